"""The twentieth round: contributor lines, a press release's furniture and two false vague
attributions that the eighteenth held-out part's second half showed, as general rules, on
lines written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Contributions to this release by refuge biologist Nell Ostrander and "
            "maintenance supervisor Gus Terhune.",
            ["Nell Ostrander", "Gus Terhune"],
        ),
        ("Contributions to this story by Ada Lindqvist.", ["Ada Lindqvist"]),
        (
            "Additional reporting by student journalist Omar Castellano, Ridgeline "
            "Broadcasting program",
            ["Omar Castellano"],
        ),
        ("Additional reporting by staff photographer Lena Voss.", ["Lena Voss"]),
        ("Reporting by freelance journalist Tomas Reyes in Quito.", ["Tomas Reyes"]),
    ],
)
def test_contributor_lines_with_a_job_before_the_name(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Contributions to this release were welcomed by the board.",
        "Additional reporting by students in the journalism program.",
    ],
)
def test_lines_like_them_name_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "News Release Date: November 6, 2025",
        "Press release date: Jan. 14, 2026",
        "Contact: Priya Nandakumar, 608-555-0187",
        "Media Contact: Priya Nandakumar, pnandakumar@example.gov",
        "-NPS-",
        "- USFWS -",
        "-END-",
    ],
)
def test_a_release_s_date_contact_and_end_mark_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Contact with the crew was lost at 4:10 p.m., the agency said.",
        "The release date for the report has not been set.",
        "-5 degrees",
    ],
)
def test_lines_like_them_stay_story(line: str) -> None:
    assert chrome_line(line) is None


def test_a_credit_of_an_agency_s_letters_and_a_name_under_a_caption_is_chrome() -> None:
    assert pasted_caption("NPS / Dana Whitlock")
    assert pasted_caption("USGS/Harold Mbeki")
    assert not pasted_caption("AP / Ipsos poll")
    assert not pasted_caption("Rain / snow mix")


def test_a_long_about_blurb_on_one_line_is_chrome() -> None:
    blurb = (
        "About Tamsin Cove National Seashore: Established by Congress in 1966, the seashore "
        "protects 34 miles of Atlantic coastline, four barrier islands and the oldest "
        "maritime forest in the state's southern counties. It welcomed 412,000 visitors in "
        "2024 and employs 86 people year-round."
    )
    assert debris([(0, "The road will stay closed, the park said."), (1, blurb)]) == [
        None,
        "'about us' blurb",
    ]


def test_running_prose_after_about_stays_story() -> None:
    line = (
        "About 40 residents: they came from the flats and the hill, and they argued for two "
        "hours about whether the ferry should keep its winter schedule, and whether the town "
        "could afford a second boat, before the board voted."
    )
    assert debris([(0, line)]) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The next time someone on a farm road calls for help at night, no one may come.",
        "When a neighbor calls 911, the page goes to three volunteers.",
    ],
)
def test_a_call_for_help_is_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_a_call_for_a_resignation_is_still_vague() -> None:
    assert _kinds("Some call for the director's resignation.") == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bluff retreated 40 feet, according to measurements taken by refuge staff.",
        "The river rose 9 feet, according to gauge measurements kept by the county.",
    ],
)
def test_measurements_someone_took_are_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


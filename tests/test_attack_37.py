"""Holes an attacker found in the thirty-seventh pass, aimed at the three commits of the
eighteenth round of checks: 'she' after a sentence opening on a surname
named in full before, a 'they' of a clause read as its sentence's subject, groups that speak
in other shapes ('tend to argue', 'were encouraged', 'parents who say', 'a group of Pinecrest
parents', 'floated', 'Riders I spoke with'), 'This summary was prepared by ...' and a second
credit after ', with', and the new sign-up and contents lines of page debris. Each test is a
realistic news sentence the checks now read wrong: a story paragraph filed as a credit, a
place read as a person, a rule on a sign read as a group's feeling, or a shape the new rules
mean to cover and miss. Each failed first; each is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import filed_draft as _read
from tests.helpers import paragraph_kinds as _kinds

HED = "Ferry fares rise 12% as fuel costs climb"
LEDE = "PORT HALE, Wash. — Ferry fares will rise 12% in January, the board said Tuesday."
LAST = "The board meets again in March."


def _story(*paragraphs: str) -> str:
    return "\n\n".join((HED, "By Lena Ortiz", LEDE, *paragraphs, LAST)) + "\n"


# --- contributor lines: a second credit after ', with'


@pytest.mark.parametrize(
    "paragraph",
    [
        "The fare study was led by Dana Cole, with research assistance from Li Wei.",
        "The plan was drawn up by the ferry district, with traffic analysis by Kimley-Horn.",
    ],
)
def test_a_sentence_on_who_helped_with_a_study_stays_in_the_story(
    tmp_path: Path, paragraph: str
) -> None:
    draft = _read(tmp_path, "fares.txt", _story(paragraph))
    assert (draft.paragraphs[1:], draft.contributors) == ((paragraph, LAST), ())


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("This summary was prepared by NWS meteorologists Ana Ruiz and Li Wei.",
         ["Ana Ruiz", "Li Wei"]),
        ("This summary was prepared by senior meteorologist Ana Ruiz.", ["Ana Ruiz"]),
    ],
)
def test_a_prepared_by_line_with_a_longer_job_names_everyone(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


# --- page debris: 'Get X Alerts'


def test_a_checklist_step_to_get_weather_alerts_stays_in_the_story(tmp_path: Path) -> None:
    steps = ("Build an emergency kit", "Get weather alerts", "Know your evacuation zone")
    draft = _read(tmp_path, "storm.txt", _story("Forecasters urged residents to prepare now:",
                                                *steps))
    assert draft.paragraphs[2:5] == steps


# --- 'she' after a sentence opening on a surname


def test_a_place_opening_a_sentence_does_not_take_an_anonymous_source_s_she() -> None:
    kinds = _kinds(
        "The Caldor fire burned to within 5 miles of South Lake Tahoe on Monday.",
        "A firefighter who was not authorized to speak publicly said crews were stretched thin.",
        "Tahoe has not seen a fire this close in decades. She said some crews had worked 20 "
        "days straight.",
    )
    assert kinds[-1] == [ANONYMOUS]


@pytest.mark.parametrize(
    ("full", "between"),
    [
        ("Lena O'Brien", "O'Brien declined to discuss the terms."),
        ("Lena Okafor", "Okafor, who founded the company in 2009, declined to discuss the terms."),
    ],
)
def test_she_after_a_surname_sentence_of_another_shape_is_that_person(
    full: str, between: str
) -> None:
    kinds = _kinds(
        f"Chief executive {full} announced the sale on Monday.",
        "A person familiar with the deal, who was not authorized to discuss it, said the price "
        "was $40 million.",
        f"{between} She said the company would keep its 300 workers.",
    )
    assert kinds[-1][-1] == NAMED


# --- 'they' in a clause of its own sentence


def test_they_is_never_a_single_named_subject() -> None:
    kinds = _kinds(
        "Two council members, who spoke on condition of anonymity because the talks were "
        "private, said the mayor would veto the budget.",
        "Mayor Dana Ruiz has opposed what they called a rushed timeline.",
    )
    assert kinds[-1] == [ANONYMOUS]


# --- groups in other shapes: false alarms


def test_mourners_floating_candles_are_no_source() -> None:
    assert _kinds("Mourners floated candles on the lake Sunday night.") == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drivers are discouraged from using Highway 12 until crews clear it.",
        "Residents were encouraged by the county to boil their water.",
        "Residents are encouraged, but not required, to evacuate.",
    ],
)
def test_advice_to_the_public_is_no_group_s_feeling(sentence: str) -> None:
    assert VAGUE not in _kinds(sentence)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law lets tenants who believe they were wrongly evicted sue their landlords.",
        "The bank will reimburse customers who say their accounts were drained.",
    ],
)
def test_the_people_a_rule_covers_are_no_source(sentence: str) -> None:
    assert VAGUE not in _kinds(sentence)[0]


def test_named_members_who_say_are_no_vague_group() -> None:
    kinds = _kinds(
        "Council members Dana Ruiz and Li Chen voted no.",
        "Ruiz and Chen are the only council members who say the plan costs too much.",
    )
    assert VAGUE not in kinds[-1]


def test_the_two_executives_named_just_before_are_named() -> None:
    kinds = _kinds(
        "Chief executive Dana Ruiz and finance chief Li Wei met with investors in New York on "
        "Tuesday. The two executives said the plant would reopen in March."
    )
    assert kinds == [[NAMED]]


# --- groups in other shapes: misses


@pytest.mark.parametrize(
    "sentence",
    [
        "Economists tend to agree that tariffs raise prices.",
        "Scientists continue to believe the fault is overdue for a quake.",
        "Customers continue to report that their power is out.",
    ],
)
def test_a_group_that_tends_to_agree_is_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


def test_advocates_encouraged_to_see_a_bill_signed_are_vague() -> None:
    assert _kinds("Advocates were encouraged to see the governor sign the bill.") == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unless parents object, the change takes effect in May.",
        "If enough parents object, the board could reconsider.",
        "If more residents complain, the city will add patrols.",
    ],
)
def test_a_group_in_a_condition_has_said_nothing(sentence: str) -> None:
    assert VAGUE not in _kinds(sentence)[0]

"""The twenty-eighth round: what the twenty-fifth held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.sentences import sentences
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A retired harbour pilot, Captain Rewi Moana, who read the report before it was "
            'released, called it "long overdue".',
            "Captain Rewi Moana",
        ),
        (
            "The region's largest kiwifruit packer, Orchard Line Ltd, forecast on Monday that "
            "volumes would fall.",
            "Orchard Line Ltd",
        ),
        ("Her spokesman, Tomas Verhoef, said the minister had read the letter.", "Tomas Verhoef"),
    ],
)
def test_who_someone_is_then_their_name_set_off_is_the_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


def test_the_name_set_off_after_who_someone_is_speaks_after_and() -> None:
    found = _speakers(
        "The island's mayor, Losana Vuki, closed the wharf on Friday and said it would reopen "
        "when the swell dropped."
    )
    assert found == [(NAMED, "Losana Vuki")]


def test_what_is_called_is_not_who_calls() -> None:
    assert _speakers('The review, which the trust ordered, called it "a careful job".') == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Weather Watch forecast heavy snow for the ranges on Tuesday.",
        "The harbour board's survey puts the damage at about $2 million.",
        "The audit report forecasts a deficit within three years.",
    ],
)
def test_a_forecast_or_an_estimate_put_at_a_figure_is_a_source(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_group_s_forecast_is_vague() -> None:
    assert _speakers("Some economists forecast a slower winter.") == [(VAGUE, "Some economists")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forecast calls for rain by Thursday.",
        "Crews put the boat in the water at dawn.",
        "Firefighters responded to the blaze within minutes.",
        "Growers responded by planting earlier.",
        "Clinics have responded the only way they could.",
    ],
)
def test_a_forecast_as_a_noun_and_a_response_in_deeds_are_not_sources(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_a_body_s_own_accounts_are_a_document() -> None:
    found = _speakers("According to the trust's own accounts, the cafe lost $40,000 last year.")
    assert [kind for kind, _ in found] == [NAMED]


def test_police_alone_are_the_force_on_the_record() -> None:
    assert _speakers("Two people were hurt, police said.") == [(NAMED, "police")]


def test_a_report_named_by_its_writers_is_a_noun_not_a_verb() -> None:
    found = _speakers("The officers' report says the gate was left open.")
    assert found == [(NAMED, "The officers' report")]


def test_people_a_paper_spoke_to_are_its_unnamed_sources() -> None:
    found = _speakers("Nurses spoken to by the Courier described shifts of 16 hours.")
    assert [kind for kind, _ in found] == [ANONYMOUS]


def test_a_group_that_told_someone_what_it_means_to_do_is_vague() -> None:
    found = _speakers("Some farmers told officers they plan to stay open.")
    assert found == [(VAGUE, "Some farmers")]


def test_a_short_quoted_sentence_after_the_speaker_is_still_theirs() -> None:
    found = _speakers(
        '"We counted every one of them," Aroha Kingi said. "Not one is missing.',
        '"Not one."',
    )
    assert found == [(NAMED, "Aroha Kingi")] * 3


def test_a_party_and_a_place_abbreviated_end_no_sentence() -> None:
    assert sentences("Sen. Ada Moss, D-St. Paul, voted no. The bill passed.") == [
        "Sen. Ada Moss, D-St. Paul, voted no.",
        "The bill passed.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Related updates",
        "Last updated: Friday 4 April 2025, 9.40am",
        "Get road closure news straight to your inbox.",
        "Share this analysis",
        "Support independent housing research.",
        "Our work is funded by readers like you.",
        "Sign up for Ward Notes, our weekly email from city hall.",
    ],
)
def test_an_emergency_page_s_and_a_think_tank_s_widgets_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Related charges were dropped in March.",
        "Residents were updated on 4 April 2025 about the works.",
        "Our work on the river is funded by the regional council.",
    ],
)
def test_story_lines_like_those_widgets_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_numbered_chart_title_and_its_source_line_are_a_caption() -> None:
    found = debris(
        [
            (0, "Figure 2: Rents as a share of income, by town"),
            (0, "Source: Trust analysis of bond data. Chart: Harbour Housing Trust"),
            (1, "Source: one tenant said the rent had doubled."),
        ]
    )
    assert found[0] is not None and found[1] is not None and found[2] is None

"""The twenty-fifth round: what the twenty-first held-out part's second half and the
twenty-second's first half showed the checks misread, as general rules, on sentences written
for them."""

from __future__ import annotations

import pytest

from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Several parents at Monday's meeting said they had heard nothing from the school.",
        "Some residents at Thursday's hearing said the noise began before dawn.",
        "Many shoppers at the March sale said prices had risen.",
    ],
)
def test_a_group_at_a_day_s_meeting_names_no_body(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_group_at_a_named_firm_is_still_the_firm_s() -> None:
    assert [kind for kind, _ in _speakers("Analysts at Pierce Harlow said the deal was dead.")] == [
        NAMED
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some clinicians believe the true figure is higher, because children referred through "
        "schools are not always added to the official list.",
        "Many growers fear the pest, which was added to the watch list in May.",
    ],
)
def test_a_thing_added_to_a_list_says_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_speaker_who_adds_a_word_to_reporters_still_speaks() -> None:
    assert _speakers('"It was a shock," she added to reporters.') == [(NAMED, "she")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting heard that the credit union's new loan has funded more than 90 retrofits.",
        "The conference was told that two thirds of the region's buses are more than 15 years old.",
    ],
)
def test_what_a_meeting_heard_is_cited_to_it(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_meeting_that_heard_from_residents_cites_no_one() -> None:
    assert _speakers("The meeting heard from residents of both estates.") == []

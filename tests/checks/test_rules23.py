"""The twenty-third round: what the twentieth held-out part's second half and the
twenty-first's first half showed the checks misread, as general rules, on sentences and lines
written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body


def _speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return [
        (a.kind, a.speaker)
        for p in analyze_body(list(paragraphs))
        for s in p.sentences
        for a in s.attributions
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The owners will keep a 15 per cent stake in the chain, it is understood.",
        "It is understood that the shortlist of bidders will be published before Easter.",
        "It is also understood the club has asked the league for a second hearing.",
        "Ferry sailings were cancelled until at least noon, it was understood last night.",
    ],
)
def test_what_a_paper_understands_comes_from_someone_it_does_not_name(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_what_is_understood_among_a_crowd_is_still_vague() -> None:
    sentence = "It is understood among supporters that the manager will not see out the season."
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_what_a_court_heard_is_still_cited_to_it_alone() -> None:
    sentence = "The court was told the pair had taken £40,000 from eight pensioners."
    assert _speakers(sentence) == [(NAMED, "the court was told")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A league spokesman said the call would be reviewed as a matter of routine.",
        "A spokesman for Harrow Valley Water told reporters the decision was not taken lightly.",
        "A department spokesperson said every school now had a plan for repairs.",
        "Services should resume by Sunday, a spokeswoman for the operator said.",
    ],
)
def test_a_spokesperson_left_unnamed_is_an_anonymous_source(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_a_spokesperson_named_in_apposition_is_named() -> None:
    sentence = "A spokeswoman for the council, Dana Ruiz, said the plan would go ahead."
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]

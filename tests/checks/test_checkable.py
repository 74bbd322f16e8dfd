"""Checkable statements: superlatives by form, dates kept whole, back-references, and
specific claims with no number offered as suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.checkable import CLAIM, DAY
from newsroom.checks.statements import analyze


def marks(text: str) -> list[tuple[str, str]]:
    facts = analyze(text)
    return [(m.kind, facts.text[m.start : m.end]) for s in facts.sentences for m in s.checkable]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It is the busiest ferry in the state.", "busiest"),
        ("The pier is the city's oldest landmark.", "oldest"),
        ("It was among the wettest springs on file.", "wettest"),
        ("She is the first mayor to serve three terms.", "first"),
        ("It is the most expensive bridge in the region.", "most"),
        ("The bakery makes the best rye in the county.", "best"),
        ("Sales hit a record high in June.", "record"),
    ],
)
def test_superlative_by_form(text: str, word: str) -> None:
    assert any(k == "superlative" and w.startswith(word) for k, w in marks(text))


@pytest.mark.parametrize(
    "text",
    [
        "At least they tried.",
        "She did her best to finish the job.",
        "He is best known for his murals.",
        "The interest on the loan is due.",
        "Residents walked through the forest.",
        "The latest plan goes to the board.",
        "It was the first step, she said.",
        '"This is the greatest town on earth," she said.',
        "Opponents argue that the levy falls hardest on renters.",
    ],
)
def test_no_superlative(text: str) -> None:
    assert "superlative" not in {kind for kind, _ in marks(text)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The hearing is set for Nov. 18.", "Nov. 18"),
        ("The hearing is set for Dec. 3, 2026.", "Dec. 3, 2026"),
        ("Voting starts in May 2026.", "May 2026"),
        ("The law took effect March 14, 2025.", "March 14, 2025"),
    ],
)
def test_dates_are_kept_whole(text: str, date: str) -> None:
    found = marks(text)
    assert ("date", date) in found
    assert not [w for kind, w in found if kind == "number"]  # its digits are the date's own


def test_the_two_as_a_back_reference_is_no_number() -> None:
    assert marks("Rescuers pulled out the two men. The two were treated at a clinic.") == []
    assert ("number", "Two") in marks("Two men were treated at a clinic.")


@pytest.mark.parametrize(
    "text",
    [
        "The governor signed the bill.",
        "The council passed the ordinance.",
        "The pilot died at the scene.",
        "A jury convicted the treasurer of fraud.",
        "The company has not disclosed a price.",
        "Both men pleaded not guilty.",
        "Both firms endorsed the challenger.",
        "The challenger conceded shortly before midnight.",
        "County records show the lot remains vacant.",
    ],
)
def test_specific_claim_without_a_number_is_a_claim(text: str) -> None:
    assert {kind for kind, _ in marks(text)} == {CLAIM}


@pytest.mark.parametrize(
    "text",
    [
        "The treaty would be signed next year.",
        '"We signed it ourselves," she said.',
        "Neighbors gathered on porches to talk.",
    ],
)
def test_no_claim(text: str) -> None:
    assert CLAIM not in {kind for kind, _ in marks(text)}


def test_weekday_that_dates_an_event_is_offered() -> None:
    assert (DAY, "Tuesday") in marks("The ferry resumed service on Tuesday.")
    assert DAY not in {k for k, _ in marks("The market opens every Sunday.")}


def test_a_claim_with_no_number_is_a_suggestion_a_number_not(tmp_path: Path) -> None:
    from newsroom.checks import engine
    from newsroom.checks.engine import Example
    from newsroom.checks.factcheck import uncovered_statement
    from newsroom.models import GATES, Severity
    from tests.checks.test_catalog import build

    def severities(body: str, where: Path) -> list[Severity]:
        view = build(where, Example(body=body, factcheck={"claims": []}))
        plan = engine.Plan([uncovered_statement], view.settings)
        found = engine.run(view, plan, frozenset(GATES))
        return [f.severity for f in found]

    assert severities("The governor signed the bill.\n", tmp_path / "a") == [Severity.SUGGESTION]
    assert severities("The governor signed 3 bills.\n", tmp_path / "b") == [
        uncovered_statement.severity
    ]


def test_a_reading_of_a_document_is_the_speakers() -> None:
    text = 'Rep. Ada Cole said the report showed that "the system is broken."'
    assert CLAIM not in {kind for kind, _ in marks(text)}

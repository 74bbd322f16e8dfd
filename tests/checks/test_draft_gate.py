"""Draft-gate rules on headlines, deks and image credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks import engine
from newsroom.checks.credits import rights_missing
from newsroom.checks.engine import Example
from newsroom.checks.text import case_problem, restates
from newsroom.models import GATES
from tests.checks.test_catalog import build


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry Service Returns to Harbor Town After Storm",
        "Pier Reopens in Time for Summer Crowds",
        "Storm Damage on the Pier Costs Town $2 Million",
    ],
)
def test_title_case_with_lowercase_small_words_is_title_case(headline: str) -> None:
    assert case_problem(headline, "sentence") is not None


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor on the pier vote: 'The town cannot wait'",
        'Harbor Town mayor: "We will rebuild the pier"',
        "Ferry service returns to Harbor Town after storm",
    ],
)
def test_sentence_case_passes(headline: str) -> None:
    assert case_problem(headline, "sentence") is None


def test_lowercase_first_word_is_a_case_error() -> None:
    assert case_problem("ferry service returns after storm", "sentence") is not None


@pytest.mark.parametrize(
    ("dek", "headline"),
    [
        ("Storm closes the town pier", "Town Pier Closed by Storm"),
        (
            "Ferry returns to Harbor Town after the storm",
            "After Storm, Ferry Returning to Harbor Town",
        ),
    ],
)
def test_dek_restating_the_headline(dek: str, headline: str) -> None:
    assert restates(dek, headline)


def test_dek_that_adds_is_no_repeat() -> None:
    assert not restates("Crews expect repairs to take three months", "Town Pier Closed by Storm")


def test_bare_outlet_credit_needs_a_rights_note(tmp_path: Path) -> None:
    image = {
        "file": "media/crews.png",
        "caption": "Crews survey the pier in Harbor Town on Tuesday.",
        "alt": "Two workers on a pier.",
    }

    def found(where: str, **extra: str) -> int:
        view = build(tmp_path / where, Example(front={"images": [{**image, **extra}]}))
        return len(engine.run(view, engine.Plan([rights_missing], view.settings), frozenset(GATES)))

    assert found("a", credit="AP") == 1
    assert found("b", credit="AP", rights="AP member agreement") == 0

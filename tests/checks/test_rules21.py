"""The twenty-first round: what the nineteenth held-out part's first half showed the checks
misread, as general rules, on sentences and lines written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The land claimed by the band was logged in 1950.",
        "Volunteers will answer calls from the hall in Dunmore Siding.",
        "The grant, announced in the 2023 budget, pays for heat pumps.",
        "The figures were first made public when the board posted its agenda online.",
        "The researchers have posted their transcriptions online.",
        "The family posted photos of the damage.",
        "Prosecutors had asked for eight years.",
        "Residents asked for a four-way stop at the corner.",
        "Shares rose 4.6 per cent as investors welcomed the cost cuts.",
        "Students protest outside Fenwick Hall on Tuesday.",
        "Dozens of farmers protested at the legislature in March.",
    ],
)
def test_acts_that_use_a_verb_of_saying_are_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_a_noun_after_its_article_and_two_words_is_no_verb() -> None:
    assert _kinds(
        '"We will rebuild," Ruiz told reporters at a makeshift command post.'
    ) == [[NAMED]]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The team posted a statement saying it would appeal.", NAMED),
        ("The sheriff's office posted on Facebook that the road was closed.", NAMED),
        ("Critics asked for the director's resignation and said the plan had failed.", VAGUE),
        ("Some protested that the fee was unfair.", VAGUE),
        ("Critics protested the decision.", VAGUE),
        ("Analysts questioned whether the plant could reopen.", VAGUE),
        ("Some residents have asked whether the plant will reopen.", VAGUE),
        (
            '"Fraud is no innovation," the U.S. attorney, Ravi Desai, said in a statement.',
            NAMED,
        ),
    ],
)
def test_the_same_verbs_that_say_something_still_attribute(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [[kind]]

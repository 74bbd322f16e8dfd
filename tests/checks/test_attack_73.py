"""Holes an attacker found in the seventy-third pass, aimed at the thirty-third round of the
checks: a participle after its noun, hearsay in a relative clause, a reply in numbers, and
the round's disclaimers and lines for the press.

Precision holes, where a plain story is misread:
- 'This video does not constitute financial advice, Lee told his followers before urging
  them to buy.', 'This ruling does not constitute legal advice, the judge stressed.' and
  'For press inquiries contact the mayor's office, the statement said, but no one answered.'
  were eaten as a site's disclaimer and a press contact: the round's notes matched a story
  line that reports such words, by who said or wrote them.

Recall holes, where a plain story's source is lost:
- 'Smith confirmed by phone that the plant would close', 'The council confirmed by email
  that ...', 'Jones explained by telephone that ...': a source saying something by a means
  of talking was no statement, as the round read any '-ed by' as a participle after its noun
  ('the scheme proposed by Harbour Re');
- 'The worry is that the strain is thought to be more transmissible.' was no one's view, as
  the round read any 'that' before hearsay as a relative clause with a subject of its own,
  where after a verb ('is that', 'fear that') it opens what is feared or said;
- 'The minister replied with 12 pages of answers to the committee's questions.' and 'The
  union replied with 14 demands of its own' were no statements: the round read any reply
  with a number after it as a reply in runs ('replied with 176').
"""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Smith confirmed by phone that the plant would close in March.", "Smith"),
        ("The council confirmed by email that the road would stay shut.", "The council"),
        ("Jones explained by telephone that the pump had failed.", "Jones"),
        ("The agency responded by letter that it would appeal the ruling.", "The agency"),
    ],
)
def test_a_source_saying_something_by_phone_or_email_still_speaks(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The worry is that the strain is thought to be more transmissible.",
        "The fear was that the dam is believed to be unsafe.",
    ],
)
def test_hearsay_in_a_clause_opened_by_a_verb_s_that_is_still_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "line",
    [
        "This video does not constitute financial advice, Lee told his followers before urging "
        "them to buy.",
        "This ruling does not constitute legal advice, the judge stressed.",
        "This briefing is for information only, the ministry said, and sets out no new policy.",
        "For press inquiries contact the mayor's office, the statement said, but no one answered.",
    ],
)
def test_a_story_line_that_reports_a_disclaimer_or_a_press_line_is_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: This commentary is provided for information only and does not constitute "
        "investment advice.",
        "This briefing does not constitute legal advice, and specific advice should be sought.",
        "For media enquiries, please contact the office on 441-555-0163.",
    ],
)
def test_the_notes_themselves_are_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The minister replied with 12 pages of answers to the committee's questions.",
            "The minister",
        ),
        ("The union replied with 14 demands of its own, including a 9% rise.", "The union"),
    ],
)
def test_a_reply_in_so_many_written_things_still_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


def test_a_reply_in_runs_is_still_no_statement() -> None:
    assert _speakers("Root replied with 176 as England reached 420.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The company responded by saying it had done nothing wrong.",
        "The governor responded by tweeting that the state would appeal.",
    ],
)
def test_a_response_by_a_deed_of_saying_still_speaks(sentence: str) -> None:
    """The thirty-third round's participle after its noun ('the scheme proposed by X') took
    every '-ed by' for one, and a response made by saying something lost its source."""
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan proposed by Manning would cost $4 million.",
        "The scheme backed by Reading council would cost $4 million.",
    ],
)
def test_a_participle_by_a_name_in_ing_is_still_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []

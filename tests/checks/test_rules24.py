"""The twenty-fourth round: what the twenty-second held-out part's second half showed the
checks misread, as general rules, on sentences and lines written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED
from newsroom.checks.statements import analyze
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize("name", ["Tully", "Kelly", "Beverly", "Reilly", "Emily"])
def test_a_name_ending_in_ly_is_a_speaker_not_an_adverb(name: str) -> None:
    sentence = f'"I honestly don\'t know what just happened," {name} said.'
    assert _speakers(sentence) == [(NAMED, name)]


def test_a_quotation_after_a_speaker_named_in_ly_has_her_for_its_speaker() -> None:
    paragraphs = (
        '"I was shaking the whole way round," Kelly said, still holding her racquet. '
        '"I just tried to keep the ball in play."',
        '"Mum told me to have fun, so I did."',
    )
    found = analyze("\n\n".join(paragraphs))
    assert not any(s.unattributed_quotes for s in found.sentences)


def test_an_adverb_before_the_verb_is_still_skipped() -> None:
    assert _speakers("The minister quickly said the plan would be reviewed.") == [
        (NAMED, "The minister")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is understood the state health department has asked for a briefing on the findings.",
        "It is understood the club told the league on Friday that it would appeal.",
    ],
)
def test_what_is_understood_is_not_read_as_a_named_subject(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Additional reporting: Priya Raman in Perth", ["Priya Raman"]),
        ("Words: Sue Pickering, club secretary", ["Sue Pickering"]),
        ("Words and pictures by Tom Reid.", ["Tom Reid"]),
        ("Words: Ann Lowe\nPhotos: Kate Delaney Photography and club volunteers", ["Ann Lowe"]),
        ("Additional reporting by\nMaria Chen.", ["Maria Chen"]),
    ],
)
def test_credit_labels_name_their_contributors(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize("line", ["Words by the minister were harsh.", "Words: 450"])
def test_words_that_name_no_one_credit_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Gamble responsibly.",
        "For free and confidential support, call the national gambling helpline on 1800 858 858.",
        "Call our community hotline on 1800 286 377 (7am-7pm, seven days) or email "
        "community@example.com.au",
        "Subscribe to project updates",
        "Sign up for council news",
        "Latest posts",
    ],
)
def test_a_betting_notice_a_page_s_hotline_and_its_update_links_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to updates on the flood recovery from the council, which has promised news.",
        "The gambling helpline took 1,200 calls in March, up from 800 a year earlier.",
        "Call our office, the mayor told residents, and email us your complaints.",
    ],
)
def test_sentences_about_updates_and_helplines_stay(line: str) -> None:
    assert chrome_line(line) is None


def test_a_live_page_s_latest_updates_are_the_story() -> None:
    # a live page's summary in bullets, not teasers for other pages: 'Latest updates' heads
    # both, and deleting the story's facts would block it for nothing
    block = (
        "Latest updates\n- Police have closed the M50 between junctions 9 and 10\n"
        "- Two people were taken to hospital"
    )
    assert [w is not None for w in debris([(0, line) for line in block.split("\n")])] == [
        False,
        False,
        False,
    ]


def test_people_who_concede_privately_are_not_named_by_a_word_for_figures() -> None:
    sentence = "Industry figures privately concede the carriers have little chance of winning."
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_what_figures_show_is_still_a_document() -> None:
    assert [kind for kind, _ in _speakers("Industry figures show sales fell 4 per cent.")] == [
        NAMED
    ]

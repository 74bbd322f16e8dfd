"""Holes an attacker found in the eighty-first pass, aimed at the thirty-fifth round of the
checks: a quotation's speaker after 'declared' and 'continued', figures who speak privately,
verbs of saying in the progressive, a post's labels and a compiler's line.

Precision holes, where a plain story is misread:
- 'The data said privately held firms grew faster.', 'Census figures said privately rented
  homes rose by 4 per cent.' and 'The report said privately owned land would be exempt.' read
  a document as unnamed people speaking in private, an anonymous source: the round's
  'privately' after the verb took the adverb of the participle after it ('privately held',
  'privately rented', 'privately educated'), which says nothing of how anyone spoke;
- '"Yesterday" continued The Beatles\' run at number one.' and '"Gone" has continued A24\'s
  streak.' made "The Beatles' run at number one" and "A24's streak" speakers: the round's
  quotation that opens a sentence took a song's or a film's title, with no punctuation of
  its own, as words said before an inverted verb;
- 'The two men were arguing outside the pub.', 'Players were arguing with the referee.',
  'Fans were saying goodbye to the old stadium.' and 'Two men were arguing over a parking
  space when the fight began.' were vague attributions to 'The two men', 'Players' and 'Fans':
  the round's verb of saying in the progressive took a quarrel and a farewell, where nothing
  is stated, for a statement;
- 'Who is saying that?' made 'Who' a named speaker: the progressive's subject was a question
  word;
- 'Labels: organic, fair trade and free range mean little, the study found' and 'Keywords:
  synergy, leverage, pivot – the jargon is back' were eaten as a post's list of labels: the
  round's pattern took any line after the label with a comma in it, though a story's sentence
  or subhead runs on past its list;
- 'Compiled by Ana Ruiz, with reports from Port Moresby and Lae', '... with reports from Los
  Angeles and San Francisco' and '... with reports from The Associated Press and Bloomberg
  News' credited 'Port Moresby', 'Los Angeles', 'San Francisco', 'The Associated Press' and
  'Bloomberg News', an error that blocks the story until a city or an agency is credited as
  a contributor: the round's reports a compiler's line was compiled from kept every name of
  two words, though places and outlets are where reports come from, not who wrote them (and
  so for 'Compiled with reports from Los Angeles and The Associated Press');
- a service story's subheads 'Sign up for Medicare Part B' and 'Sign up to Extra Help' were
  errors as a newsletter box pasted from a web page: the round's box title took any line
  'Sign up to' or 'for' a name in capitals, alone as well as over the box's field or button;
- 'Text: Gettysburg Address', 'Text: United Nations Charter' and 'Text: Full Statement'
  credited 'Gettysburg Address', 'United Nations Charter' and 'Full Statement', errors until
  a speech or a treaty is credited as a contributor: the round's 'Text:' label took the
  document whose words follow it, named by what it is, as the writer of the text.

A recall hole, where a plain story's source is lost:
- 'Residents have long been saying the junction is dangerous.' and 'Critics have repeatedly
  been arguing that the fee is unfair.' were no statements: the round's progressive took an
  adverb after 'been' ('have been now saying') but not the one between 'have' and 'been'
  that copy puts there.

What held: '"...," declared Ruiz' and '"...," has declared the prime minister' name the
speaker; 'The mayor declared a state of emergency' and 'The court declared the contract void'
are no statements; 'Industry figures privately concede', 'said privately that' and 'said
privately the deal was done' are unnamed people; 'Kenyi himself told the court' and 'Trump
himself told reporters' are named; 'Critics are saying the plan will fail' and 'Residents are
warning the council not to close the pool' are still vague; 'The defence was arguing that the
evidence was tainted' is still named; 'Compiled by Ana Ruiz, with reports from Li Wei and Tom
Hale' and 'with reports from Tom Post and Ana Newman' still credit the reporters; the page's
player, dates, share bars, sign-up boxes and network posts' signatures held against story
lines written like them, and every new pattern ran in milliseconds on 100,000 characters of
near-matches.
"""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The data said privately held firms grew faster.", "The data"),
        ("Census figures said privately rented homes rose by 4 per cent.", "Census figures"),
        ("The report said privately owned land would be exempt.", "The report"),
        ("The figures said privately educated pupils did better.", "The figures"),
    ],
)
def test_privately_before_a_participle_is_not_how_anyone_spoke(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials said privately the deal was done.", "Officials"),
        ("Trade figures said privately that the levy would go.", "Trade figures"),
        ("Ministers said privately, and bitterly, that the plan was dead.", "Ministers"),
    ],
)
def test_people_who_said_privately_what_they_said_are_still_unnamed(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(ANONYMOUS, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Yesterday" continued The Beatles\' run at number one.',
        '"Gone" has continued A24\'s streak at the box office.',
        '"Thriller" continued Michael Jackson\'s reign.',
    ],
)
def test_a_title_that_opens_a_sentence_is_no_one_s_words(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The war is over," declared the president.', "the president"),
        ('"We are ready!" declared Ana Ruiz.', "Ana Ruiz"),
        ('"We will not wait another winter", declared Ana Ruiz.', "Ana Ruiz"),
        ('"We are ready," has declared the prime minister.', "the prime minister"),
        ('"It was a lie," laughed Tom Hale.', "Tom Hale"),
    ],
)
def test_words_said_before_an_inverted_verb_are_still_the_speaker_s(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two men were arguing outside the pub.",
        "Players were arguing with the referee.",
        "Two men were arguing over a parking space when the fight began.",
        "The couple were arguing loudly when police arrived.",
        "Fans were saying goodbye to the old stadium.",
        "She was saying her prayers when the lights went out.",
        "Who is saying that?",
    ],
)
def test_a_quarrel_a_farewell_or_a_question_in_the_progressive_states_nothing(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Critics are saying the plan will fail.", [(VAGUE, "Critics")]),
        (
            "Residents are warning the council not to close the pool.",
            [(VAGUE, "Residents")],
        ),
        ("The defence was arguing that the evidence was tainted.", [(NAMED, "The defence")]),
        (
            "Lawyers for the club were arguing with some force that the fine was unlawful.",
            [(VAGUE, "Lawyers for the club")],
        ),
    ],
)
def test_a_statement_in_the_progressive_still_has_its_speaker(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _speakers(sentence) == found


@pytest.mark.parametrize(
    "line",
    [
        "Labels: organic, fair trade and free range mean little, the study found",
        "Keywords: synergy, leverage, pivot – the jargon is back",
        "Keywords: The words that won the election, from Brexit to woke",
    ],
)
def test_a_story_line_after_labels_or_keywords_is_not_a_list_of_labels(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Labels: Harbour, Jobs, Cross-border workers",
        "Keywords: budget · schools · Maseru",
        "Keywords: climate, adaptation, Pacific, Prime Minister Ana Ruiz",
        "Labels: Border | Jobs",
    ],
)
def test_a_post_s_labels_are_still_chrome(line: str) -> None:
    assert chrome_line(line) == "site navigation"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Compiled by Ana Ruiz, with reports from Port Moresby and Lae", ["Ana Ruiz"]),
        ("Compiled by Ana Ruiz, with reports from Los Angeles and San Francisco", ["Ana Ruiz"]),
        (
            "Compiled by Ana Ruiz with reports from The Associated Press and Bloomberg News",
            ["Ana Ruiz"],
        ),
        ("Compiled by Li Wei with reports from Kuala Lumpur and Hong Kong", ["Li Wei"]),
        ("Compiled by Ana Ruiz with reports from Agence France-Presse", ["Ana Ruiz"]),
        ("Compiled with reports from Los Angeles and The Associated Press", []),
    ],
)
def test_reports_from_places_and_outlets_of_two_words_credit_no_one(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Compiled by Ana Ruiz, with reports from Li Wei and Tom Hale",
            ["Ana Ruiz", "Li Wei", "Tom Hale"],
        ),
        ("Compiled with reports from Tom Post and Ana Newman", ["Tom Post", "Ana Newman"]),
        ("Compiled by Ana Ruiz, with help from Tom Hale", ["Ana Ruiz", "Tom Hale"]),
    ],
)
def test_reports_from_people_still_credit_them(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_a_service_story_s_subheads_that_say_sign_up_are_the_story_s() -> None:
    lines = _blocks(
        "Turning 65 means three deadlines, the agency said.\n\n"
        "Sign up for Medicare Part B\n\n"
        "Most people should enroll in the three months before they turn 65, it said.\n\n"
        "Sign up to Extra Help\n\n"
        "People with low incomes can apply at any time, the guide said."
    )
    assert debris(lines) == [None] * 5


def test_a_newsletter_s_title_over_its_field_is_still_the_page_s() -> None:
    lines = _blocks(
        "The port will reopen on Monday.\n\nSign up to Harbour Daily\n\n"
        "The morning briefing 8,000 shippers read first.\n\nYour work e-mail\n\nSubscribe"
    )
    found = debris(lines)
    assert (found[1], found[3], found[4]) == ("newsletter sign-up",) * 3


def test_a_sign_up_line_for_alerts_is_still_the_page_s_alone() -> None:
    lines = _blocks(
        "The road is closed.\n\nSign up for KVTN breaking news alerts\n\nIt reopens today."
    )
    assert debris(lines) == [None, "newsletter sign-up", None]


@pytest.mark.parametrize(
    "line",
    [
        "Text: Gettysburg Address",
        "Text: United Nations Charter",
        "Text: Full Statement",
        "Text: King James Bible",
        "Text: Universal Declaration of Human Rights",
    ],
)
def test_a_text_label_over_a_document_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Text: Ana Ruiz, press officer", ["Ana Ruiz"]),
        ("Text: Ana Ruiz and Li Wei", ["Ana Ruiz", "Li Wei"]),
        ("Text: Tom Hale | Photos: Li Wei", ["Tom Hale"]),
    ],
)
def test_a_text_label_over_names_still_credits_them(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Residents have long been saying the junction is dangerous.",
            [(VAGUE, "Residents")],
        ),
        (
            "Critics have repeatedly been arguing that the fee is unfair.",
            [(VAGUE, "Critics")],
        ),
        (
            "The government has long been saying that the deal is close.",
            [(NAMED, "The government")],
        ),
    ],
)
def test_a_progressive_with_an_adverb_before_been_attributes_to_its_subject(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _speakers(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The river has long been claiming the fields.",
        "The couple had long been arguing over money.",
    ],
)
def test_a_progressive_with_an_adverb_before_been_and_no_statement_attributes_nothing(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []

"""Holes an attacker found in the seventy-seventh pass, aimed at the thirty-fourth round of the
checks: sign-up boxes, credits under a label, a transcript's tags and notes, and a body's
clause of saying.

Precision holes, where a plain story is misread:
- 'Sign up for SMS alerts, the utility urged customers on Tuesday.' and 'Sign up for flood
  alerts, officials urged residents, but few did.' were eaten as a site's sign-up box: the
  box's pattern took a story line that reports such a call, by who urged it; and 'By signing
  up you agree to share your data with the ministry, critics warned.' was eaten as the box's
  consent line;
- 'Reporting: Police Say Crime Fell', 'Research: Dogs Can Smell Cancer' and 'Research: Why
  Bees Matter' credited 'Say Crime Fell', 'Dogs Can Smell Cancer' and 'Why Bees Matter' as
  contributors: a subhead in title case under the round's new labels read as a list of names,
  though it holds a verb or a question word no name has;
- 'Compiled with reports from Nairobi and Kampala.' credited 'Nairobi' and 'Kampala', and
  'Swahili translation by Google.' credited 'Google': the round's new forms took the places
  the reports came from, and the tool that translated, as the people who did the work;
- 'Research: New Findings On Malaria' credited 'New Findings On Malaria': a subhead's
  preposition in title case;
- a listings story whose entries open with a film's or a play's title ('Dr Strangelove:
  Screening at the Lido on Friday.', 'Lady Bird: Screening on Saturday.') was read as a
  transcript of a sitting, every sentence of each entry the words of 'Dr Strangelove' and
  'Lady Bird': a title that opens with a word like an honorific read as a tag for who speaks;
- '(Shouting)' in a transcript of a sitting, '(Music)' in a podcast's and '(Translated)' after
  an answer given in another language were errors as pasted photo credits: the round's list
  of what a record heard left them out;
- 'Disclaimer: The writer is a partner at Ruiz & Tau, which acts for the union; this column
  is for information only.' and 'Disclaimer: This column is for information only. I own shares
  in Harbour Foods.' were eaten as a site's disclaimer: the round's labelled note took a
  writer's disclosure of her own interest that rides on the same line as the boilerplate.

Recall holes, where a plain story's source is lost:
- 'Tau writes about the election on page 4, saying the vote was rigged.' was no statement:
  the round's columnist's tagline ('writes on food every Thursday') took any 'writes about'
  with no 'that' after it, though 'saying' opens what she writes as plainly (and so does a
  colon: 'Tau, a lawyer, writes about the case on his blog: the judge erred.');
- 'The company, which says it employs 300 people, closed the plant.' and 'The ministry, which
  says it has paid 614 planters, will publish the list.' were no statements: the round's body
  with a clause of saying ('Acme Ltd, which says') took only a body by its name, not one by
  what it is.

A transcript hole, where a quote goes to the wrong speaker:
- 'Will the minister explain why the fund lost Rs 2 million?', 'Can the minister tell the
  House when the bridge will reopen?' and 'Did the mayor say the road would close?' were the
  words of 'Will the minister', 'Can the minister' and 'Did the mayor': a question put to
  someone read as that someone speaking, so in a transcript the member's question went from
  the member who asked it to a speaker that is no one (and so when the question follows the
  tag itself: 'Mr Ruiz: Did the minister say the bridge would reopen in March?').
"""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for SMS alerts, the utility urged customers on Tuesday.",
        "Sign up for flood alerts, officials urged residents, but few did.",
        "Sign up for the council newsletter, the mayor urges in her column.",
        "By signing up you agree to share your data with the ministry, critics warned.",
    ],
)
def test_a_story_line_that_reports_a_call_to_sign_up_is_not_a_sign_up_box(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for SMS alerts",
        "Subscribe to our newsletter for the latest alerts.",
        "By signing up you agree to our Terms of Use.",
    ],
)
def test_a_sign_up_box_is_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Reporting: Police Say Crime Fell",
        "Research: Dogs Can Smell Cancer",
        "Research: Why Bees Matter",
        "Reporting: Farmers Count The Cost",
        "Research: New Findings On Malaria",
    ],
)
def test_a_title_case_subhead_under_a_label_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Research: Kabo Tau", ["Kabo Tau"]),
        ("Reporting: Ana Ruiz and Li Wei", ["Ana Ruiz", "Li Wei"]),
    ],
)
def test_a_label_over_names_still_credits_them(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_a_listing_of_films_by_title_is_no_transcript() -> None:
    facts = analyze_body(
        [
            "The Lido's summer season opens this week.",
            "Dr Strangelove: Screening on Friday at 8pm. Tickets cost R60.",
            "Lady Bird: Screening on Saturday at 6pm. The director will attend.",
        ]
    )
    assert all(not s.attributions for p in facts for s in p.sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the minister explain why the fund lost Rs 2 million?",
        "Can the minister tell the House when the bridge will reopen?",
        "Did the mayor say the road would close?",
    ],
)
def test_a_question_put_to_someone_is_not_their_words(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_a_member_s_question_in_a_transcript_is_the_member_s() -> None:
    facts = analyze_body(
        [
            "Mr Ruiz: The Auditor-General said the fund lost Rs 2 million. Will the minister "
            "explain why?",
            "Dr Wei: I will explain it to the House.",
        ]
    )
    asked = facts[0].sentences[1].attributions
    assert [(a.kind, a.speaker) for a in asked] == [(NAMED, "Mr Ruiz")]


def test_a_question_reported_by_who_asked_it_still_names_her() -> None:
    assert _speakers("Will the minister resign, Ruiz asked.") == [(NAMED, "Ruiz")]


def test_a_compilation_from_places_credits_no_one() -> None:
    assert contributor_names("Compiled with reports from Nairobi and Kampala.") == []
    assert contributor_names("Compiled with reports from Ana Ruiz in Faro.") == ["Ana Ruiz"]


def test_a_translation_by_a_tool_credits_no_one() -> None:
    assert contributor_names("Swahili translation by Google.") == []
    assert contributor_names("Tamil translation by Kumar Raj") == ["Kumar Raj"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tau writes about the election on page 4, saying the vote was rigged.",
        "Ruiz writes on farming for the Herald, arguing the subsidy has failed.",
        "Tau, a lawyer, writes about the case on his blog: the judge erred.",
    ],
)
def test_a_writer_who_writes_about_something_saying_what_still_speaks(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The company, which says it employs 300 people, closed the plant.", "The company"),
        (
            "The ministry, which says it has paid 614 planters, will publish the list.",
            "The ministry",
        ),
    ],
)
def test_a_body_by_what_it_is_with_a_clause_of_saying_is_the_source(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge, which says a lot about the council, will close.",
        "The sign, which says No Entry, was removed.",
    ],
)
def test_a_thing_with_a_clause_of_saying_is_no_source(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_a_question_right_after_a_transcript_s_tag_is_the_member_s() -> None:
    facts = analyze_body(
        [
            "Mr Ruiz: Did the minister say the bridge would reopen in March?",
            "Dr Wei: I said it might. The engineers will decide.",
        ]
    )
    asked = facts[0].sentences[0].attributions
    assert [(a.kind, a.speaker) for a in asked] == [(NAMED, "Mr Ruiz")]


@pytest.mark.parametrize("line", ["(Shouting)", "(Music)", "(Translated)", "(Off Mic)"])
def test_more_of_a_transcript_s_notes_are_no_credit(line: str) -> None:
    assert not pasted_caption(line)


def test_an_agency_in_brackets_is_still_a_credit_after_the_notes() -> None:
    assert pasted_caption("(Reuters)")


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: The writer is a partner at Ruiz & Tau, which acts for the union; this "
        "column is for information only.",
        "Disclaimer: This column is for information only. I own shares in Harbour Foods.",
        "This column is for information only; the writer holds shares in Acme.",
    ],
)
def test_a_writer_s_disclosure_with_the_boilerplate_is_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: The author accepts no liability; this article is for information only.",
        "Disclaimer: The draft minutes are published for information only and may contain errors.",
    ],
)
def test_a_site_s_disclaimer_is_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None

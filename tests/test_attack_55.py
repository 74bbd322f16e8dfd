# ruff: noqa: E501  (sentences as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-fifth pass, aimed at the twenty-fifth round of the
checks: a day after 'at', a passive 'added to', a meeting that heard, the 'Submitted by',
'with files from' and 'Thanks to ... for the notes' credits, and a link's place, a sponsor
line, a lender's warning and an '[Image]' caption as page debris. Each hole is a plain story
misread: staff at the Sunday World or volunteers at May Street Community Centre made a vague
group, a player 'added to the panel last week' made a speaker, people at a meeting who heard
shots and a meeting's minute's silence made the meeting a source, a club PRO's post credited
as a second contributor, a sentence of thanks that goes on to tell what it made possible
read as a credit, the place of a crash 'here [map link]', a sports brief about a kit
sponsor, a sentence that reports a lender's warning and a story's paragraph behind a
floated picture deleted as debris. Each test failed first, for the reason it named; each is
fixed."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers

SLUG = "harbor-seawall"


def _reported(room: Clone, paragraph: str, check: str) -> list[str]:
    return [f["excerpt"] for f in reported(room, paragraph, check, SLUG)]


# --- a day or a month after 'at' that is part of a body's name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Journalists at Sunday World said the paper would close.", "Journalists at Sunday World"),
        (
            "Volunteers at May Street Community Centre said demand had doubled.",
            "Volunteers at May Street Community Centre",
        ),
        (
            "Researchers at March of Dimes said the rate of premature births had risen.",
            "Researchers at March of Dimes",
        ),
        ("Economists at Monday Capital said rates would rise.", "Economists at Monday Capital"),
        (
            "Analysts at Next Generation Research said sales would fall.",
            "Analysts at Next Generation Research",
        ),
        ("Members at Tuesday Club said they would meet again.", "Members at Tuesday Club"),
    ],
)
def test_a_body_whose_name_holds_a_day_or_a_month_is_named(sentence: str, speaker: str) -> None:
    """Round 25 read any day, month, 'Last', 'This' or 'Next' after 'at' as a time ('parents
    at Monday's meeting'), so a body whose name opens with one (the Sunday World, the March
    of Dimes, Monday Capital) was no body and its staff a vague group."""
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents at Monday's meeting said the school should stay open.",
        "Parents at Monday night's meeting said the school should stay open.",
    ],
)
def test_a_day_after_at_is_still_a_time(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


# --- a passive 'added to' without a form of 'be' before it


@pytest.mark.parametrize(
    "sentence",
    [
        "Whelan, added to the panel last week, started at midfield.",
        "The striker, newly added to the Ireland squad, scored twice.",
        "Smith was yesterday added to the squad.",
        "Smith was on Tuesday added to the squad for Saturday's game.",
    ],
)
def test_a_player_added_to_a_panel_says_nothing(sentence: str) -> None:
    """Round 25 read 'added to' as a thing put on only straight after a form of 'be' ('was
    added to'): a passive set off by commas after its noun ('Whelan, added to the panel last
    week, started') or with a time between ('was yesterday added to') made the player a
    speaker of the rest of the sentence."""
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We need more staff," she added to the committee.', "she"),
        ("Smith, visibly emotional, added to reporters that he would fight on.", "Smith"),
    ],
)
def test_added_to_someone_is_still_a_statement(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


# --- a meeting that heard


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody at the meeting heard a thing.",
        "Those who left the meeting heard shots outside.",
        "Residents leaving the meeting heard shouting in the car park.",
        "Members of the conference heard the bang.",
        "The meeting heard a minute's silence for the late councillor.",
        "The meeting heard a presentation from the county engineer.",
        "The conference heard speeches from three ministers.",
        "The meeting heard tributes to the late councillor.",
    ],
)
def test_what_people_at_a_meeting_heard_cites_no_meeting(sentence: str) -> None:
    """Round 25 let 'the meeting heard' cite the meeting as 'the court heard' cites the
    court. But a meeting, unlike a court, is most often a place people are at ('Nobody at
    the meeting heard a thing', 'Those who left the meeting heard shots'), and what a meeting
    holds ('a minute's silence', 'a presentation', 'speeches') is no statement it heard."""
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The meeting heard the school would close in June.", "the meeting heard"),
        ("The road will close in May, the conference was told.", "the conference was told"),
    ],
)
def test_what_a_meeting_was_told_still_cites_it(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


# --- a club's posts after a submitted piece's writer


@pytest.mark.parametrize(
    "line",
    [
        "Submitted by Anne Kelly, PRO",
        "Submitted by Anne Kelly, P.R.O.",
        "Submitted by Anne Kelly, PRO, Ballina Stephenites",
        "Submitted by Anne Kelly, Hon. Secretary",
        "Submitted by Anne Kelly, Lady Captain",
        "Words: Anne Kelly, PRO",
    ],
)
def test_a_club_pro_is_her_post_not_a_second_contributor(line: str) -> None:
    """An Irish club's notes are submitted by its public relations officer, 'PRO'; round 25
    read 'Submitted by Anne Kelly, PRO' as crediting Anne Kelly and someone called 'PRO'
    (and 'Hon. Secretary', 'Lady Captain'), and the check asked to credit them."""
    assert contributor_names(line) == ["Anne Kelly"]


def test_the_check_does_not_ask_to_credit_a_pro(room: Clone) -> None:
    found = _reported(room, "Submitted by Rosa Torres, PRO", "credits.contributor-line-uncredited")
    assert found == []


# --- thanks that go on to say what they made possible


@pytest.mark.parametrize(
    "line",
    [
        "Thanks to Jones for the translation, the book reached English readers in 1998.",
        "Thanks to Mozart for the notes she hit in the final aria, the audience stood.",
        "Thanks to Ortega for the research, the hospital now screens every newborn.",
    ],
)
def test_a_sentence_opening_with_thanks_is_no_credit(line: str) -> None:
    """Round 25 let 'Thanks to X for the notes/translation ...' credit X, reading any words
    after: a sentence that goes on to its own clause ('..., the book reached English
    readers') is a story's sentence, and the check asked to credit the book's translator."""
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Thanks to Gerry Lavelle for the match notes and stats.", ["Gerry Lavelle"]),
        (
            "Thanks to Sarah Lee for the interview, which was recorded in 1987.",
            ["Sarah Lee"],
        ),
    ],
)
def test_thanks_for_the_notes_still_credit(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


# --- page debris: a link's place, a sponsor line, a lender's warning, a caption


@pytest.mark.parametrize(
    "line",
    [
        "Police said the crash happened here [map link].",
        "The council voted to build the new library here [link].",
    ],
)
def test_here_as_the_story_s_place_is_no_link_debris(line: str) -> None:
    """Round 25 read any line that ends 'here [link]' as a link's place; 'here' is as often
    the place the story happened, and the sentence of reporting was deleted."""
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "For the full advisory click here [link].",
        "You can read the full judgment here [link].",
        "The report can be read here [link].",
        "More photos from the day in our gallery [link]",
    ],
)
def test_a_link_the_reader_is_sent_to_is_still_debris(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Kit sponsor: O'Neills have agreed a new five-year deal with the county board.",
        "Title sponsor: Sky Bet, who have backed the league since 2013, will not renew.",
    ],
)
def test_a_brief_about_a_sponsor_is_news(line: str) -> None:
    """Round 25 deleted any line that opens 'Club sponsor:', 'Kit sponsor:' as a page's
    sponsor line; a sports brief led by the label tells the news of the deal."""
    assert chrome_line(line) is None


def test_a_sponsor_line_is_still_debris() -> None:
    assert chrome_line("Club sponsor: Mulroy Motors, Claremorris") is not None


@pytest.mark.parametrize(
    "line",
    [
        "This may affect your credit rating if you miss a payment, the regulator warned.",
        "Warning: if you do not keep up repayments on a mortgage, the bank may repossess the home, the court heard.",
    ],
)
def test_a_sentence_that_reports_a_lender_s_warning_is_reporting(line: str) -> None:
    """Round 25 deleted any line that opens 'This may affect your credit rating' or 'Warning:
    If you do not keep up repayments' as a lender's required notice; reporting that quotes
    the regulator or a court in the same words is the story's."""
    assert debris([(0, line)]) == [None]


def test_the_lender_s_warning_is_still_debris() -> None:
    line = (
        "Warning: If you do not meet the repayments on your loan, your account will go into "
        "arrears. This may affect your credit rating, which may limit your ability to access "
        "credit in the future."
    )
    assert debris([(0, line)]) != [None]


def test_a_paragraph_behind_a_floated_picture_is_no_caption() -> None:
    """Round 25 read a line that opens '[Image]' as a picture's caption; a picture floated
    into a paragraph leaves its marker before the story's words, which were deleted."""
    line = "[Image] Mayor Dana Whitfield said the seawall would be finished by May."
    assert not pasted_caption(line)
    assert pasted_caption("[Image] The panel celebrate their win in Croke Park.")


@pytest.mark.parametrize(
    "line",
    [
        "Submitted by John Murphy, Main Street, Ballina.",
        "Submitted by John Murphy, Church Road, Castlebar",
        "Submitted by Seán Ó Murchú, Rúnaí",
    ],
)
def test_an_address_or_an_irish_post_after_a_submitted_piece_s_writer_is_no_contributor(
    line: str,
) -> None:
    """A letter or a piece submitted to a local paper gives its writer's address ('John
    Murphy, Main Street, Ballina') or, in an Irish-language club, her post ('Rúnaí',
    secretary); round 25 credited the street, the town and the post as contributors."""
    assert contributor_names(line) == [line.split("by ", 1)[1].split(",", 1)[0]]

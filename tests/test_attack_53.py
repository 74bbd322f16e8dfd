# ruff: noqa: E501  (sentences as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-third pass, aimed at the twenty-fourth round of the
checks: a capitalized word in -ly read as a name, what is understood never read into a
subject, the 'Additional reporting:' and 'Words:' credits, a betting page's notice, a
page's hotline and its update links, and people who say a thing privately. Each hole is a
plain story misread: an adjective that opens a sentence ('Early reports', 'Weekly reports')
made a named speaker, a mayor who conceded a thing privately made an anonymous source, a
club secretary's title and the photographer's label credited as contributors, a reader's
advice and a quoted hotline deleted as the page's notice, a credit line of blank lines
read for minutes, and what 'is understood that' someone did made that person's statement. Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED
from tests.helpers import Clone, grows_linearly, reported
from tests.helpers import speakers as _speakers

SLUG = "harbor-seawall"


def _reported(room: Clone, paragraph: str, check: str) -> list[str]:
    return [f["excerpt"] for f in reported(room, paragraph, check, SLUG)]


# --- an adjective in -ly that opens a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Early reports suggest two people died in the crash.",
        "Early estimates put the damage at $2 million, officials said.",
        "Weekly reports from the clinic say demand is rising.",
        "Likely claims will rise after the storm, insurers warned.",
        "Friendly notes from the mayor were read aloud at the service.",
        "Early estimate puts the damage at $2 million.",
        "UPDATE: Early reports say two people died.",
    ],
)
def test_an_adjective_in_ly_before_a_plural_noun_is_no_speaker(sentence: str) -> None:
    """Round 24 made a capitalized word in -ly before a verb a name ('Tully said'). Before a
    word that is a noun as often as a verb ('reports', 'estimates', 'notes', 'claims'), the
    adjective that opens the sentence ('Early', 'Weekly', 'Friendly', 'Likely') becomes a
    person named Early who reports, and the check asks for a source called 'Early'."""
    adjective = next(w for w in sentence.split() if w.endswith("ly"))
    assert adjective not in [speaker for _, speaker in _speakers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kelly reports that two people had died.", "Kelly"),
        ("Connolly notes the plan is a year late.", "Connolly"),
    ],
)
def test_a_name_in_ly_before_such_a_verb_is_still_a_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


# --- people who say a thing privately


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor privately conceded the plan was dead.", "The mayor"),
        ("The prime minister has privately conceded the election is lost.", "The prime minister"),
        ("Her lawyer privately told prosecutors she would plead guilty.", "Her lawyer"),
        ("The company privately acknowledged the plant would close.", "The company"),
    ],
)
def test_someone_the_story_names_by_post_who_speaks_privately_is_no_anonymous_source(
    sentence: str, speaker: str
) -> None:
    """Round 24 made 'Industry figures privately concede' anonymous (the words could be a
    document's, but documents say nothing privately). The rule took every subject without a
    name: a mayor, a prime minister, a lawyer or a company that conceded a thing privately
    was made an anonymous source, and the story warned of an unjustified one."""
    assert _speakers(sentence) == [(NAMED, speaker)]


def test_the_check_does_not_warn_of_a_mayor_who_conceded_privately(room: Clone) -> None:
    paragraph = "Mayor Dana Whitfield had pushed for the wall for two years. The mayor privately conceded in March that the vote could fail."
    assert _reported(room, paragraph, "attribution.anonymous-unjustified") == []


# --- 'Words:' and the labels that follow it


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Words: Gail Treloar, Club Secretary", ["Gail Treloar"]),
        ("Words: Gail Treloar, President, Mount Barker Netball Association", ["Gail Treloar"]),
        ("Words: Ann Lowe. Pictures: Tom Reid", ["Ann Lowe"]),
        ("Words: Ann Lowe, Photos: Tom Reid", ["Ann Lowe"]),
        ("Reporting by Ann Lowe. Photos: Tom Reid", ["Ann Lowe"]),
        ("Words: Gail Treloar. Photos: Supplied", ["Gail Treloar"]),
        ("Words: Tom Reid, Club Captain, and Ann Lowe, Secretary", ["Tom Reid", "Ann Lowe"]),
        ("Reporting by Tom Reid, Ann Judge and Li Wei", ["Tom Reid", "Ann Judge", "Li Wei"]),
    ],
)
def test_a_credit_s_title_and_the_next_label_are_not_contributors(
    line: str, names: list[str]
) -> None:
    """A club's page credits its writer with her post ('Words: Gail Treloar, Club
    Secretary') and sets the photographer's label after a stop or a comma ('Words: Ann
    Lowe. Pictures: Tom Reid'): the post is read as a second contributor, and the label
    and the photographer as part of the writer's name ('Ann Lowe. Pictures: Tom Reid'), a
    contributor no credits file can hold."""
    assert contributor_names(line) == names


def test_the_check_does_not_ask_to_credit_a_club_secretary_s_title(room: Clone) -> None:
    found = _reported(room, "Words: Rosa Torres, Club Secretary", "credits.contributor-line-uncredited")
    assert found == []


@pytest.mark.parametrize("filler", ["\n", " \n", "\n\t"])
def test_a_credit_over_many_blank_lines_is_read_at_once(filler: str) -> None:
    """A web page's block that opens with a credit label and then holds a run of empty
    lines (a <pre> block, a spacer of <br> tags) is read by a pattern that looks for the
    next line's label across every line break: a few thousand characters take minutes."""
    assert grows_linearly(lambda n: contributor_names("Words: Ann Lowe" + filler * n + "x"), 750)


# --- a gambling helpline and a hotline, when someone is reported saying them


@pytest.mark.parametrize(
    "line",
    [
        "Mr Smith said anyone worried should call the gambling helpline on 1800 858 858.",
        "Anyone worried about their betting should call the gambling helpline on 1800 858 858.",
        "Call our hotline on 1800 286 377 or email help@example.com, Smith said.",
        "Call our hotline on 1800 286 377 or email help@example.com, the council urged residents.",
    ],
)
def test_a_reported_helpline_or_hotline_stays_in_the_story(line: str) -> None:
    """Round 24 took a betting page's helpline notice and a page's own hotline as chrome.
    The notice's rule takes any line that mentions the gambling helpline and ends on its
    number, so a reported sentence ('Mr Smith said anyone worried should call ...') is
    deleted as a disclaimer; the hotline's rule reads past the address, so a hotline an
    official gave, with her name after it, is deleted as the page's contact."""
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "For free and confidential support, call the national gambling helpline on 1800 858 858.",
        "Call the National Gambling Helpline on 1800 858 858 for free and confidential advice.",
        "Call our community hotline on 1800 286 377 (7am-7pm, seven days) or email community@example.com.au",
        "Call us on 1800 286 377 or email help@example.com.",
    ],
)
def test_the_page_s_own_helpline_and_hotline_are_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None


# --- what is understood, with 'that' before it


@pytest.mark.parametrize(
    "sentence",
    [
        "It is understood that the club told the league on Friday that it would appeal.",
        "It is understood that Treasurer Jim Chalmers told colleagues he would not budge.",
    ],
)
def test_what_is_understood_with_that_is_not_read_as_a_named_statement(sentence: str) -> None:
    """Round 24 stopped reading a subject across 'It is understood the club told the league'
    and left the anonymous phrase; the same sentence with 'that' ('It is understood that the
    club told the league') still drops the phrase for the club, read as a named source who
    told the story what only an unnamed source said it did."""
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_a_named_speaker_of_what_is_understood_is_still_named() -> None:
    sentence = "It is understood the club will appeal, coach Dean Cox said."
    assert _speakers(sentence) == [(NAMED, "coach Dean Cox")]

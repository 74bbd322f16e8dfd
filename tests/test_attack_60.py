# ruff: noqa: E501  (sentences as writers set them, a line a paragraph)
"""Holes an attacker found in the sixtieth pass, aimed at the twenty-seventh round of the
checks: a bystander after a quotation, 'signalled' as a statement, a participle's aside after
a subject, a closing '— with' line, a memorial tree counter, a press contact's label and a
sign-up box's title.

Precision holes, where a plain story is misread:
- 'one of her daughters, Kate, said' names the daughter; the bystander's rule leaves her
  quotation without a speaker, since a name of one word set off after her is not read;
- an inverted 'said one of his friends, Tom Bell' or 'said one of the organisers' names no
  speaker at all, and the quotation before it is reported as unattributed;
- 'signalled' is a gesture as often as a statement: 'The driver signalled left', 'The coach
  signalled to the bench', 'Police signalled the car to stop' are read as statements;
- 'The suit, brought by three families, accused the school of ...' and 'The indictment,
  unsealed Tuesday, accused four men of ...' read the accused ('the school of ignoring
  bullying', 'four men of fraud') as the speaker, since the participle's aside is read only
  for a participle in -ed, or one of a few, before a preposition;
- 'One participant, Denise Carrow, 44, a teacher in Tucson, Arizona, said' must keep its
  named speaker while a given name alone after a bystander ('one man, Sione,') names one;
- '500 trees have been planted in memory of the victims' is a story's sentence, not a funeral
  home's counter;
- 'Press enquiries were referred to the club.' and 'Media inquiries about the crash rose' are
  story sentences, not a press contact.

Recall holes, forms the round's rules name but miss:
- 'one of his aides said' was an anonymous source and is now a bystander, so the anonymous
  check no longer sees it;
- 'another of his aides' is named in the bystander's rule but never reaches it;
- the real check never reads a closing '— with Mere Walker' line below the first paragraph:
  the quick test runs on the paragraphs joined by NUL, where '^' matches only the first;
- 'Get NBC 5 News & Alerts': a sign-up box's title with a number in the station's name.

Left open, where careful editors differ: an agency in a closing line ('— With The Associated
Press', '— With files from ... and The Canadian Press') is asked to be credited, as the
labelled corpus credits 'The Associated Press contributed to this report.'; 'Her friends
said' is named while 'Their relatives said' is vague; 'See the full photo gallery on our
website.' with its full stop stays a story's line, as the round's 'See the photos on our
website.' does; 'The committee found the minister had breached the code' (no 'that') is no
finding; a closing line after a horizontal bar ('― with Mere Walker') is not read."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED
from newsroom.checks.statements import analyze_body
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers


def _kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in _speakers(sentence)]


def _unattributed(*paragraphs: str) -> int:
    return sum(
        len(s.unattributed_quotes) for p in analyze_body(list(paragraphs)) for s in p.sentences
    )


# --- one of someone's people, and who they are


@pytest.mark.parametrize(
    "sentence",
    [
        '"She was fearless," one of her daughters, Kate, said.',
        '"He was the best coach I had," one of his former players, Tane, said.',
    ],
)
def test_a_bystander_named_by_a_given_name_speaks(sentence: str) -> None:
    """The round reads 'one of her daughters' as a bystander, who leaves a quotation without
    a speaker; set off after it, her given name names her, as an obituary names family."""
    assert _unattributed(sentence) == 0
    assert _kinds(sentence) == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It was a gentle giant of a day," said one of his friends, Tom Bell.',
        '"Beautiful," said one of the organisers, Jo Bell.',
        '"We stay until it is fixed," said one of the organisers.',
    ],
)
def test_an_inverted_one_of_a_group_is_a_speaker(sentence: str) -> None:
    """'said one of the organisers' reads no speaker after the verb: 'one' is no known
    head, so the quotation is reported as unattributed."""
    assert _unattributed(sentence) == 0
    assert _speakers(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "One of his aides said the senator would not run again.",
        "One of her advisers said she would not stand.",
        "Another of his aides said the talks were over.",
        '"He will not run," one of his aides said.',
    ],
)
def test_one_of_someone_s_aides_is_still_an_anonymous_source(sentence: str) -> None:
    """The round makes 'one of his mates' an unnamed bystander, and with it 'one of his
    aides', an anonymous source the anonymous check asks to justify; 'another of' never
    reached the rule at all."""
    assert _kinds(sentence) == [ANONYMOUS]


def test_another_of_someone_s_mates_is_a_bystander() -> None:
    assert _kinds('"Not again," another of his mates said.') == [UNNAMED]


# --- signalling by a gesture


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver signalled left and pulled out.",
        "The coach signalled to the bench.",
        "Police signalled the car to stop.",
        "The umpire signaled him to leave the field.",
    ],
)
def test_a_signal_by_hand_is_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fed signalled to investors that rates would rise.",
        "The minister signalled to colleagues that she would stand.",
        "The Treasurer signalled its intention to cut the levy.",
        "Independent senators have signalled they will block the levy.",
    ],
)
def test_signalling_an_intention_is_still_a_statement(sentence: str) -> None:
    assert len(_speakers(sentence)) == 1


# --- a participle's aside after a document


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The suit, brought by three families, accused the school of ignoring bullying.", "The suit"),
        ("The indictment, unsealed Tuesday, accused four men of fraud.", "The indictment"),
        ("The lawsuit, filed Monday in federal court, accuses the city of negligence.", "The lawsuit"),
        ("The complaint, sent to the regulator in May, accused the bank of misleading savers.", "The complaint"),
    ],
)
def test_the_accused_are_not_the_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


# --- a closing '— with' line below the first paragraph


def test_a_closing_with_line_is_read_by_the_check(room: Clone) -> None:
    """The quick test before the check reads the prose joined by NUL characters, where a
    closing '— with' line opens no line of its own."""
    found = reported(room, "— with Mere Walker", "credits.contributor-line-uncredited")
    assert [f["excerpt"] for f in found] == ["— with Mere Walker"]


# --- a page's widgets, and story lines like them


@pytest.mark.parametrize(
    "line",
    [
        "500 trees have been planted in memory of the victims of the bushfires.",
        "Press enquiries were referred to the club.",
        "Media enquiries about the case rose sharply after the trial.",
        "Media inquiries about the crash went unanswered on Sunday.",
    ],
)
def test_story_lines_like_a_memorial_page_s_widgets_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Get NBC 5 News & Alerts",
        "Media enquiries: Tom Hale, 021 555 0199",
        "Media Contact Jane Doe 555-0100",
        "MEDIA INQUIRIES",
        "12 trees have been planted in memory of Ann Lee.",
    ],
)
def test_the_widgets_are_still_chrome(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "One participant in the trial, Denise Carrow, 44, a schoolteacher in Tucson, Arizona, said she felt better.",
            "Denise Carrow",
        ),
        ("One of his cousins, Sione, said the water rose in minutes.", "One of his cousins, Sione"),
    ],
)
def test_a_given_name_set_off_is_the_bystander_s_own(sentence: str, speaker: str) -> None:
    """A state after a town ('in Tucson, Arizona,') is no given name of the person before;
    a given name after one of someone's own people names them (where 'One man, Sione,' is
    left unnamed, as tests/test_attack_38.py keeps a first name alone)."""
    assert _speakers(sentence) == [(NAMED, speaker)]

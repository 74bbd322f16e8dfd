"""The fortieth round: what the thirty-seventh held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "line",
    [
        "Load 12 earlier updates",
        "Load more updates",
        "Show 3 new posts",
        "Get breaking storm alerts on your phone.",
        "Get flood warnings on your phone",
        "Continued on Page B2",
        "Continued from Page 1",
        "(Continued on page A6)",
        "See HARBOR, Page A5",
        "B2 | THE HARBOR LEDGER | TUESDAY, MARCH 3, 2026",
        "Tuesday, March 3, 2026 | The Harbor Ledger | Page 7",
        "◀ Back to page",
        "Back to the front page",
        "Article 2 of 9 on page B2",
        "Story 4 of 12",
        "Also on this page: Sports — Marlins win the cup",
    ],
)
def test_a_live_blog_s_times_and_buttons_and_an_e_edition_s_jumps_folios_and_controls(
    line: str,
) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "9:05 a.m. Ana Ruiz opened the hearing.",
        "The meeting starts at 9:05 a.m.",
        "Load limits on the bridge were cut to 10 tonnes.",
        "Get alerts on your phone by texting FLOOD to 555-0100, the agency said.",
        "The talks continued on page after page of amendments.",
        "Continued pressure on the port has pushed prices up.",
        "She went back to the page she had marked.",
        "The article 2 of the treaty was amended.",
        "Also on this page of the report, the auditors list the fees.",
        "Police | Fire | Ambulance",
    ],
)
def test_a_story_s_lines_of_those_words_are_the_story_s(line: str) -> None:
    assert chrome_line(line) is None


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


def test_a_live_blog_s_key_events_are_its_links() -> None:
    lines = _blocks(
        """
Key events
4:10 p.m. Ferry service resumes after the squall
1:05 p.m. Harbor master: Port stays shut until dusk

4:10 p.m.
Ferry service resumes after the squall

The first ferry left the pier at 4 p.m., the operator said.
"""
    )
    found = debris(lines)
    assert [k is not None for k in found] == [True, True, True, True, False, False]


def test_an_entry_s_time_alone_is_the_story_s_without_a_list_of_key_events() -> None:
    lines = _blocks(
        """
4:10 p.m.

The first ferry left the pier at 4 p.m., the operator said.
"""
    )
    assert debris(lines) == [None, None]


def test_a_schedule_under_its_own_heading_is_the_story_s() -> None:
    lines = _blocks(
        """
Schedule
9:30 a.m. Opening prayer at the cathedral
11 a.m. Parade along the harbor road
"""
    )
    assert debris(lines) == [None, None, None]


def test_a_jump_head_around_its_jump_line_is_the_page_s() -> None:
    lines = _blocks(
        """
The barge has been tied up since Oct. 2, the company said.

HARBOR
Continued from Page A1
Port asks for a second crane

The port authority said it would ask for $1 million.
"""
    )
    head = "e-edition's page furniture"
    assert debris(lines) == [None, head, head, head, None]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Waves break over the seawall in Agat on Tuesday.", "(Harbor 5 News)"),
        ("Crews clear a road in Yona on Monday.", "Ana M. Ruiz | Harbor Ledger"),
    ],
)
def test_a_credit_in_brackets_or_a_name_and_paper_parted_by_a_bar_under_a_caption(
    caption: str, credit: str
) -> None:
    lines = [(0, caption), (0, credit), (1, "The storm passed south of the island on Monday.")]
    assert debris(lines, [caption])[:2] == ["pasted image caption", "pasted image caption"]


def _unattributed(*paragraphs: str) -> list[bool]:
    """Whether each sentence of a body holds a quotation with no speaker, in order."""
    return [
        bool(s.unattributed_quotes) for p in analyze_body(list(paragraphs)) for s in p.sentences
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "As one trustee put it at the annual meeting in May, the library is “a luxury.”",
        "As one fisherman put it, the new quota is “a death sentence.”",
        "As another parent put it last week, the bus is “never on time.”",
    ],
)
def test_a_short_quotation_one_unnamed_put_needs_a_speaker(sentence: str) -> None:
    assert _unattributed(sentence) == [True]


def test_a_short_quotation_a_named_speaker_put_has_one() -> None:
    sentence = "As Mayor Ana Ruiz put it at the meeting, the library is “a luxury.”"
    assert _unattributed(sentence) == [False]


def test_a_quotation_that_begins_a_named_speaker_s_words_is_theirs() -> None:
    sentence = "“Good evening, councillors,” began Ana Ruiz, who has run the stall for 30 years."
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz on Monday asked Gov. Tom R. Hale to declare an emergency.",
        "The mayor asked Sen. Li Wei to delay the vote.",
        "Mayor Tom Hale on Tuesday asked Gov. Ana M. Ruiz to declare a state of emergency, "
        "which would let the port hire a second barge.",
    ],
)
def test_one_asked_by_an_abbreviated_title_is_asked_to_act_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Then the rules will finally mean what they say.",
        "The board must now do what it said.",
    ],
)
def test_what_a_thing_says_at_a_sentence_s_end_is_no_one_s_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_what_someone_said_before_a_colon_is_still_theirs() -> None:
    assert [k for k, _ in _speakers("Here is what Ana Ruiz said: the pier will close.")] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The base is 60% built, according to Joint Region Pacific, the Navy's command.",
        "Indo-Pacific Command said the exercise would go ahead.",
    ],
)
def test_a_military_region_or_command_is_an_organization_not_a_person(sentence: str) -> None:
    [paragraph] = analyze_body([sentence])
    assert not any(a.name for s in paragraph.sentences for a in s.attributions)


def _checkable(sentence: str) -> list[str]:
    """The words of a one-sentence body that the fact-checker is offered or asked to check."""
    [paragraph] = analyze_body([sentence])
    return [sentence[m.start : m.end] for s in paragraph.sentences for m in s.checkable]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hotels are quiet, said Min-won Lee, who runs a travel agency in Tamuning.",
        "The airport's purpose-built terminal is quiet.",
    ],
)
def test_a_claim_s_verb_after_a_hyphen_is_part_of_a_name_or_a_compound(sentence: str) -> None:
    assert _checkable(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The team won the final on Saturday.", ["won", "Saturday"]),
        ("The store closed in 2019.", ["closed", "2019"]),
    ],
)
def test_a_claim_s_verb_of_a_subject_is_still_a_claim(sentence: str, found: list[str]) -> None:
    assert sorted(_checkable(sentence)) == sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tinian's lawmakers have proposed similar projects twice since 2015, but none was built.",
        "Residents proposed a new park at the meeting.",
    ],
)
def test_a_group_that_proposed_a_thing_did_something_and_said_nothing(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics have proposed that the port be sold.",
        "Some senators have proposed cutting the fee.",
        "Residents proposed to close the road at night.",
    ],
)
def test_a_group_that_proposed_what_should_be_done_is_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]

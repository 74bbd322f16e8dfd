"""The thirty-fourth round: what the thirty-first held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import (
    COMMENT_WIDGET,
    DISCLAIMER,
    POST_LINKS,
    RELATED,
    chrome_line,
    debris,
    pasted_caption,
)
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


_THREAD = """\
Kgosi_Farms
Senior member · 3 Mar 2026 · #1
Has anyone else had their borehole permit held up at the district office?
We applied in October and nobody answers the phone.

Attachments
permit_letter.pdf
88.1 KB · Views: 41
Kgosi — 40 head, Mahalapye. 'Pula!'
Reactions: dryland_dan, Mma Tau and 6 others
Like Quote Reply

dryland_dan
Member · 4 Mar 2026 · #2
Same in Serowe. Ours took five months and a visit to the MP.
Like Quote Reply

Mma Tau
New member · 5 Mar 2026 · #3
Kgosi_Farms said:
We applied in October and nobody answers the phone.
Click to expand...
Call the regional office instead, they are quicker.
Like Quote Reply

You must log in or register to reply here.
"""


def test_a_forum_thread_s_replies_are_comments_and_its_opening_post_is_the_story() -> None:
    lines = _blocks(_THREAD)
    found = debris(lines)
    story = [text for (_, text), kind in zip(lines, found, strict=True) if kind is None]
    assert story == [
        "Has anyone else had their borehole permit held up at the district office?",
        "We applied in October and nobody answers the phone.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Like Quote Reply",
        "Like · Quote · Reply",
        "You must log in or register to reply here.",
        "Reactions: dryland_dan, Mma Tau and 6 others",
    ],
)
def test_a_forum_post_s_buttons_and_notes_are_comment_widgets(line: str) -> None:
    assert chrome_line(line) == COMMENT_WIDGET


@pytest.mark.parametrize(
    "line",
    [
        "Senior member · 3 Mar 2026 · #1",
        "Well-known member · 13 Nov 2025 · #14",
        "Attachments",
        "88.1 KB · Views: 41",
        "Click to expand...",
    ],
)
def test_a_forum_post_s_user_block_and_attachments_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Member of the board since 3 Mar 2026, she said.",
        "Like many farmers, he will reply to the letter.",
        "The attachments were sent on 3 March.",
    ],
)
def test_story_lines_like_a_forum_s_furniture_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_story_s_quoted_exchange_with_no_reply_buttons_is_not_a_comment() -> None:
    lines = _blocks(
        "Dabeesing\n14 Nov 2025\nThe minister said the fund had paid 614 planters.\n"
        "Planters were told to reply by Friday."
    )
    assert debris(lines)[2:] == [None, None]


_STATUS_PAGE = """\
Incident Report for Harbour Water

Resolved
Supply has been restored to all of Eastside. We apologise for the disruption.
Posted 2 hours ago. Mar 4, 2026 - 16:20 EAT

Monitoring
The main has been repaired and pressure is returning.
Posted 5 hours ago. Mar 4, 2026 - 13:05 EAT

Investigating
We are investigating reports of low pressure in Eastside.
Posted 9 hours ago. Mar 4, 2026 - 09:12 EAT
"""


def test_a_status_page_s_title_and_its_update_labels_are_the_platform_s() -> None:
    lines = _blocks(_STATUS_PAGE)
    found = debris(lines)
    story = [text for (_, text), kind in zip(lines, found, strict=True) if kind is None]
    assert story == [
        "Supply has been restored to all of Eastside. We apologise for the disruption.",
        "The main has been repaired and pressure is returning.",
        "We are investigating reports of low pressure in Eastside.",
    ]


def test_a_story_s_subhead_like_a_status_label_is_the_story_s() -> None:
    lines = _blocks(
        "The council met on Tuesday.\n\nUpdate\nThe council has since reversed the decision."
    )
    assert debris(lines) == [None, None, None]


@pytest.mark.parametrize("line", ["(Interruptions)", "(Laughter)", "(Applause)"])
def test_a_transcript_s_note_of_what_the_record_heard_is_no_credit(line: str) -> None:
    assert not pasted_caption(line)


def test_an_agency_in_brackets_is_still_a_credit() -> None:
    assert pasted_caption("(Getty Images)")


@pytest.mark.parametrize(
    "line",
    [
        "◄ Previous: Budget Vote – Second Reading",
        "Next: PQ 12 – Water Tariffs in Maseru ►",
    ],
)
def test_links_to_the_pages_either_side_with_a_triangle_are_post_links(line: str) -> None:
    assert chrome_line(line) == POST_LINKS


@pytest.mark.parametrize(
    "line",
    [
        "Print | Download PDF (1.2 MB) | Share",
        "Print this statement | Share: Facebook · X · Email",
        "Lire en français",
        "Read in English",
        "Version française",
        "English | Français",
    ],
)
def test_a_page_s_tools_and_its_switch_to_another_language_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Read in English, the letter was plain enough.",
        "She asked to read in French.",
        "Sign up and we'll see how many come, the organiser said.",
    ],
)
def test_story_lines_like_a_page_s_tools_are_the_story_s(line: str) -> None:
    assert chrome_line(line) is None


def test_a_sign_up_box_for_alerts_by_sms_is_the_page_s() -> None:
    lines = _blocks(
        "Water will be back by noon.\n\nGet outage alerts by SMS or e-mail\n"
        "Sign up and we'll text you when a fault is reported in your area.\n"
        "Phone number or email address | Subscribe\n"
        "By signing up you agree to our Terms of Use."
    )
    assert [kind is not None for kind in debris(lines)] == [False, True, True, True, True]


def test_a_list_of_recent_notices_with_their_dates_is_a_teaser_block() -> None:
    found = debris(
        [
            (0, "Return the product for a full refund."),
            (1, "Other recent notices"),
            (1, "2 May 2026 – Recall: Harbour Foods fish fingers 500g, batch 12B – possible bone"),
            (1, "14 April 2026 – Allergy alert: Sunrise granola contains peanuts not on the label"),
        ]
    )
    assert found == [None, RELATED, RELATED, RELATED]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Help Centre | Store Finder | Gift Cards | Privacy Policy | Terms of Use", True),
        ("Harare | Bulawayo | Mutare | Gweru | Masvingo", False),
    ],
)
def test_a_footer_row_is_its_own_links_round_the_legal_ones(line: str, chrome: bool) -> None:
    assert (chrome_line(line) is not None) == chrome


@pytest.mark.parametrize(
    "line",
    [
        "UNREVISED",
        "Provisional transcript",
        "Disclaimer: The draft minutes are published for information only and may contain errors.",
    ],
)
def test_a_record_s_stamp_and_its_disclaimer_are_the_page_s(line: str) -> None:
    assert chrome_line(line) == DISCLAIMER


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: The author is a member of the growers' union.",
        "The minutes were unrevised when the council voted.",
    ],
)
def test_a_writer_s_disclosure_is_not_a_page_s_disclaimer(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Research assistance for this article was provided by Ana Ruiz.", ["Ana Ruiz"]),
        ("Reporting help for this story was given by Li Wei and Tom Hale.", ["Li Wei", "Tom Hale"]),
        ("Research: Kabo Tau", ["Kabo Tau"]),
        ("Reporting: Ana Ruiz and Li Wei", ["Ana Ruiz", "Li Wei"]),
    ],
)
def test_a_research_credit_in_the_passive_or_under_a_label_credits_a_contributor(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Research: more than 40 studies have shown the link.",
        "Reporting: a guide for new councillors",
        "Research assistance was provided by the university.",
    ],
)
def test_a_subhead_or_a_body_s_help_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


_SITTING = [
    "Mr Ruiz (Member for Eastside): Madam Speaker, may I ask the Minister when the bridge "
    "will reopen?",
    "The Minister of Public Works (Dr L. Wei): The bridge will reopen in March. The repairs "
    "cost Rs 12 million.",
    "(Interruptions)",
    "Madam Speaker: Order! Let the Minister finish.",
]


def test_a_transcript_s_tagged_paragraphs_are_the_words_of_the_one_each_names() -> None:
    facts = analyze_body(_SITTING)
    for paragraph in (facts[0], facts[1], facts[3]):
        for sentence in paragraph.sentences:
            assert [a.kind for a in sentence.attributions] == [NAMED]
    assert facts[1].sentences[1].attributions[0].speaker.endswith("(Dr L. Wei)")
    assert facts[2].sentences[0].attributions == ()


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Mr Ruiz: a life in pictures.", "He was born in 1950."],
        ["The Verdict: Worth the trip.", "The Good: The view. The Bad: The stairs."],
    ],
)
def test_a_label_or_one_tag_alone_is_no_transcript(paragraphs: list[str]) -> None:
    facts = analyze_body(paragraphs)
    assert all(not s.attributions for p in facts for s in p.sentences)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The board acted after the ministry said the permits had lapsed.",
            [(NAMED, "the ministry")],
        ),
        ("The board acted after Ana Ruiz said the permits had lapsed.", [(NAMED, "Ana Ruiz")]),
        # (a group's past verb in a clause of time vouches for nothing, as when it comes first)
        ("Police arrived after neighbours said they had heard shots.", []),
    ],
)
def test_who_speaks_after_after_is_the_subject_of_its_own_clause(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _speakers(sentence) == found


def test_a_speaker_described_up_to_a_time_still_speaks() -> None:
    found = _speakers("Some workers leaving the plant after the shift said they were tired.")
    assert found == [(VAGUE, "Some workers leaving the plant after the shift")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Harbour Growers' Association, which says it speaks for 400 farms, has written "
            "to the minister.",
            "The Harbour Growers' Association",
        ),
        (
            "Acme Textiles Ltd, which said it employs 300 people, closed the plant.",
            "Acme Textiles Ltd",
        ),
    ],
)
def test_a_body_named_first_with_a_clause_of_saying_is_the_source_of_its_claim(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


def test_a_thing_with_a_clause_others_speak_in_keeps_their_words() -> None:
    assert _speakers("The bridge, which engineers say is unsafe, will close.") == [
        (VAGUE, "engineers")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lebo Tau is a former extension officer and writes on food and farming every Thursday.",
        "Ana Ruiz writes about the coast for this paper.",
    ],
)
def test_a_columnist_s_tagline_of_what_she_writes_on_is_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_what_a_writer_writes_on_a_blog_that_is_still_a_statement() -> None:
    assert _speakers("Ruiz writes on her blog that the plan has failed.") == [(NAMED, "Ruiz")]

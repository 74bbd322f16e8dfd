"""The thirty-fourth round: what the thirty-first held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import COMMENT_WIDGET, chrome_line, debris


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

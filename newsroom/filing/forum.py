"""A discussion on a learning platform's forum (Moodle's) as a browser copies it, the story a
post in it.

A student or a trainee posts a story to a course's forum for the tutor and the desk, and the
desk selects the whole page and saves it as text. The copy runs: the site's and the course's
menus, the discussion's options and its subject; then each post under 'Picture of Name', its
subject again and its poster and date ('by Ana Ruiz - Tuesday, 12 March 2024, 9:47 PM'), the
first with its count of replies ('Number of replies: 2'); the post's text, the names of its
attachments and its links ('Permalink', 'Reply'); then the replies, each the same way with
'In reply to Name' and 'Show parent'; then the links to the discussions before and after and
the site's footer.

The first post is the story: its text is read as any typed story is. Everything else on the
page is the platform's or the course's: the menus, the posters' pictures and names, the
replies and the footer.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block
from newsroom.filing.paste import text_blocks

# a post's poster and date, as the forum prints them under its subject: 'by Ana Ruiz -
# Tuesday, 12 March 2024, 9:47 PM', 'by Ana Ruiz - Tuesday, March 12, 2024, 9:47 PM'
_POSTED: Final = re.compile(
    r"^by \S.{0,80} - (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
    r"(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} \d{1,2},?) \d{4}, \d{1,2}:\d{2}(?: ?[AP]M)?$"
)
# the count of replies under the first post's date line
_REPLIES: Final = re.compile(r"^Number of replies: \d{1,4}$")
# the links under a post's text, where the post ends
_POST_LINKS: Final = frozenset(("Permalink", "Reply", "Show parent", "Edit", "Delete", "Split"))


def forum_blocks(text: str) -> list[Block] | None:
    """A copied forum discussion as blocks: its first post's text read as a typed story, the
    lines around it the page's; None when the text is no forum's discussion."""
    if "Permalink" not in text:
        return None
    lines = _lines(text)
    found = _post(lines)
    if found is None:
        return None
    start, end = found
    before = [Block(line, "p", -1, "chrome") for line in lines[:start] if line]
    after = [Block(line, "p", -1, "chrome") for line in lines[end:] if line]
    return [*before, *text_blocks("\n".join(lines[start:end])), *after]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.lstrip("\ufeff").split("\n")]


def _post(lines: list[str]) -> tuple[int, int] | None:
    """Where the first post's text starts (under its date line and its count of replies) and
    ends (at its links), or None when the lines hold no such post."""
    posted = next((i for i, line in enumerate(lines) if _POSTED.match(line)), -1)
    if posted < 0:
        return None
    start = posted + 1
    if start < len(lines) and _REPLIES.match(lines[start]):
        start += 1
    end = next((i for i in range(start, len(lines)) if lines[i] in _POST_LINKS), -1)
    return (start, end) if end > start else None

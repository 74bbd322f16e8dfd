"""A video platform's watch page as a browser copies it, the story written into the video's
description.

A station that posts its package to a video platform often writes the web version of the
story into the video's description, and the desk selects the whole page and copies it. The
copy runs: the player's controls, the video's title (' | Channel' after it), the channel's
name and its subscriber count, the buttons, then the line of views and age ('38,412 views
5 hours ago #tag'), with the description right under it; after the description come its
chapters, the transcript panel, the channel card, the comments and the videos up next.

The title, without the channel's name after it, is the headline; the description's lines are
the story, except the links, hashtags and the crew's credits a description lists for the
video ('Camera: ... | Video editing: ...'), which are the video's and not the story's; a
'Report by' line names the writer. Everything else on the page is the platform's.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block

_COUNT: Final = r"[\d][\d,.]*\s?[KkMB]?"
_SUBSCRIBERS: Final = re.compile(rf"^{_COUNT} subscribers?$")
# the line over the description: its views, its age or date, and the hashtags the platform
# sets over it
_VIEWS: Final = re.compile(
    rf"^{_COUNT} views\s+(?:\d+ (?:second|minute|hour|day|week|month|year)s? ago|"
    r"(?:Streamed live|Premiered) .+?|[A-Z][a-z]{2,8} \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
    r"(?:\s+#\w+)*$"
)
# where the description ends: its chapters, the transcript panel, 'Show less', the comments
# (or the collapsed description's '…more', under which the page copies no more of it)
_DESCRIPTION_END: Final = re.compile(
    rf"^(?:Chapters|Key moments|Transcript|Show transcript|Show less|Music|(?:…|\.\.\.)\s?more|"
    rf"{_COUNT} Comments?|Comments)$"
)
_WRITER: Final = re.compile(r"^(?:Report(?:ed)?|Story|Words|Written) by\s+(?P<names>\S.{1,80})$")
# a credit of the video's crew: 'Camera: Ana Ruiz | Video editing: Li Wei', 'Shot by Ana
# Ruiz': a role and its colon, or a short line of who did it; not a sentence opening with
# the role's word ('Sound of the horn carried ...', 'Drone footage shot by a pupil ...')
_CREW: Final = re.compile(
    r"^(?:(?:camera(?:man|woman|work)?|video(?:grapher|graphy)?|(?:video )?edit(?:ing|or)|"
    r"producer|drone(?: pilot)?|sound|graphics|presenter|anchor)\s*:\s*\S|"
    r"(?:edited|produced|shot|filmed) by\s+\S+(?:\s+\S+){0,5}$)",
    re.I,
)
_LINKED: Final = re.compile(r"https?://\S+")
_HASHTAGS: Final = re.compile(r"^#\w+(?:\s+#\w+)*$")


def is_watch_page(text: str) -> bool:
    """Whether the text is a copied watch page: a line of views and age, and above it a
    channel's subscriber count under a title."""
    lines = [line.strip() for line in text.split("\n")]
    return _parts(lines) is not None


def watch_page_blocks(text: str) -> list[Block]:
    """A copied watch page as blocks: the title a labelled headline, the description's
    lines paragraphs (its writer's line a byline), and the rest of the page furniture."""
    lines = [line.strip() for line in text.lstrip("\ufeff").split("\n")]
    parts = _parts(lines)
    if parts is None:
        return []
    title_at, channel_at, views_at, end = parts
    channel = lines[channel_at]
    blocks: list[Block] = []

    def add(text: str, kind: str = "p", hint: str = "") -> None:
        blocks.append(Block(text, kind, len(blocks), hint))

    for line in lines[:title_at]:
        if line:
            add(line, hint="chrome")
    add(_without_channel(lines[title_at], channel), "h1", "labelled")
    add(lines[title_at], hint="chrome")  # (the full title, channel and all)
    for line in lines[title_at + 1 : views_at + 1]:
        if line:
            add(line, hint="chrome")
    for line in lines[views_at + 1 : end]:
        if not line:
            continue
        if writer := _WRITER.match(line):
            add(f"By {writer.group('names')}", hint="byline")
        elif _CREW.match(line) or _LINKED.search(line) or _HASHTAGS.match(line):
            add(line, hint="chrome")
        else:
            add(line)
    for line in lines[end:]:
        if line:
            add(line, hint="chrome")
    return blocks


def _parts(lines: list[str]) -> tuple[int, int, int, int] | None:
    """Where the title, the channel's name, the views line and the description's end are,
    or None when the lines are no watch page."""
    views_at = next((i for i, line in enumerate(lines) if _VIEWS.match(line)), -1)
    if views_at < 0:
        return None
    counted = [i for i in range(max(0, views_at - 20), views_at) if _SUBSCRIBERS.match(lines[i])]
    if not counted:
        return None
    above = [i for i in range(counted[0]) if lines[i]]
    if len(above) < 2:
        return None
    channel_at, title_at = above[-1], above[-2]
    end = next(
        (i for i in range(views_at + 1, len(lines)) if _DESCRIPTION_END.match(lines[i])),
        len(lines),
    )
    return title_at, channel_at, views_at, end


def _without_channel(title: str, channel: str) -> str:
    """The video's title without the channel's name the station sets after it."""
    for mark in (" | ", " - ", " – ", " — "):
        if title.endswith(f"{mark}{channel}"):
            return title[: -len(mark) - len(channel)].strip()
    return title

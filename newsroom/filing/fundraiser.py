"""A crowdfunding page as a browser copies it (GoFundMe's), the story an update posted on
the fundraiser.

An association raising money for a project tells how it went in its fundraiser's updates,
and a correspondent sends the page; the desk selects all of it and saves it as text. The
copy runs: the site's menu, the fundraiser's name, the amount raised of its goal and the
donations counted, the organizer's line ('... is organizing this fundraiser on behalf of
...') and the fundraiser's own appeal; then 'Updates (n)' and the updates, newest first,
each under 'Update #n' and its date and poster ('March 14, 2026 by Name, Organizer'); then
the organizer and beneficiary, the donors' words of support and the site's footer.

The newest update is the story: its first line the headline when it stands alone as a
title (the fundraiser's name over the amount raised when the update has none), its other
lines the paragraphs, but for the fundraiser's asks in it ('Please keep sharing our page!',
not a quote reporting someone's words) and a leave for the press to use it. Everything else
on the page is the platform's or the fundraiser's: the appeal, the older updates, the donors'
names, gifts and words.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block

# the amount raised of the goal: 'SEK 94,310 raised of SEK 120,000 goal', '$4,120 raised of
# $10,000 target'
_AMOUNT: Final = r"\S{0,4}\s?\d[\d,.]*\s?\S{0,4}"  # 'SEK 94,310', '$4,120', '4.120 €'
_RAISED: Final = re.compile(rf"^{_AMOUNT}\s+raised of\s+{_AMOUNT}\s+(?:goal|target)\b")
_UPDATE: Final = re.compile(r"^Update #\d{1,3}$")
# the update's date and poster: 'March 14, 2026 by Kombo Diaspora Network Sweden, Organizer'
_POSTED: Final = re.compile(
    r"^(?:[A-Z][a-z]{2,8} \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}) by \S.{0,120}$"
)
# where an update ends: the next (older) update, or the page's parts under the updates
_UPDATE_END: Final = re.compile(
    r"^(?:Update #\d{1,3}|See (?:older|all|more) updates|Organi[sz]er(?: and beneficiar(?:y|ies))?|"
    r"Words of support(?: \(\d+\))?)$"
)
# an update's line that asks its readers to give or to share the page, as the fundraiser's
# appeal does: 'We still need $2,400. Please keep sharing our page!'
_ASK: Final = re.compile(r"\bplease (?:keep |continue )?(?:shar|donat|giv)(?:e|ing)\b", re.I)
# a line reporting someone's words, the update's story: '“Please give these kids a round of
# applause,” said the mayor'
_REPORTED: Final = re.compile(r"\b(?:said|says|told)\b")
# a leave for the press to use the update: 'Journalists are welcome to use this update ...'
_PRESS_LEAVE: Final = re.compile(
    r"^(?:journalists|the press|the media|media|newspapers)\b[^.]{0,40}\b(?:welcome|free|may|can)\b"
    r"[^.]{0,20}\buse\b",
    re.I,
)
# the most words of a line that is the update's title, not its first paragraph
_TITLE_WORDS: Final = 20


def is_fundraiser_page(text: str) -> bool:
    """Whether the text is a copied fundraiser's page with an update: the amount raised of
    its goal, then an update under its number and its date and poster."""
    return " raised of " in text and _update(_lines(text)) is not None


def fundraiser_blocks(text: str) -> list[Block]:
    """A copied fundraiser's page as blocks: its newest update's title a labelled headline
    and its lines paragraphs, the rest of the page furniture."""
    lines = _lines(text)
    found = _update(lines)
    if found is None:
        return []
    start, end = found
    blocks: list[Block] = []

    def add(text: str, kind: str = "p", hint: str = "") -> None:
        blocks.append(Block(text, kind, len(blocks), hint))

    story = [line for line in lines[start:end] if line]
    titled = bool(story) and _title(story[0])
    # (an update with no title of its own goes under the fundraiser's name, over the amount)
    raised = next(n for n, line in enumerate(lines) if _RAISED.match(line))
    name = -1 if titled else next((n for n in range(raised - 1, -1, -1) if lines[n]), -1)
    for n, line in enumerate(lines[:start]):
        if line:
            add(line, "h1", "labelled") if n == name else add(line, hint="chrome")
    if titled:
        add(story.pop(0), "h1", "labelled")
    for line in story:
        asks = _ASK.search(line) and not _REPORTED.search(line)
        add(line, hint="chrome" if asks or _PRESS_LEAVE.match(line) else "")
    for line in lines[end:]:
        if line:
            add(line, hint="chrome")
    return blocks


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.lstrip("\ufeff").split("\n")]


def _update(lines: list[str]) -> tuple[int, int] | None:
    """Where the newest update's text starts (under its date and poster) and ends, or None
    when the lines are no fundraiser's page with an update."""
    raised = next((i for i, line in enumerate(lines) if _RAISED.match(line)), -1)
    if raised < 0:
        return None
    numbered = next((i for i in range(raised, len(lines)) if _UPDATE.match(lines[i])), -1)
    if numbered < 0 or numbered + 1 >= len(lines) or not _POSTED.match(lines[numbered + 1]):
        return None
    start = numbered + 2
    end = next((i for i in range(start, len(lines)) if _UPDATE_END.match(lines[i])), len(lines))
    return start, end


def _title(line: str) -> bool:
    """Whether the update's first line is its title: short, and no sentence."""
    return len(line.split()) <= _TITLE_WORDS and not line.endswith((".", "!", "?", ":"))

"""A printed page read as text (a scan read by OCR, a newspaper's PDF copied): what the
page prints around and across a story that is no part of it.

A story that does not fit its page jumps: a line under its last paragraph on the page says
where it goes on ('(Continued on page 2)'), and a line over its next paragraph says where it
came from ('(From page 1)'); what stands between the two (the other stories at the page's
foot, the next page's running head, the jump's own heading) belongs to other stories. A
scan's column rule is read as a bar on a line of its own. A list's items a page sets with
dashes ('— a letter from ...') are a list's items.
"""

from __future__ import annotations

import re
from typing import Final

# a jump line: where the story goes on, and where it came from; a line of its own, opening
# with a bracket or a capital (a sentence a column wraps may leave '... readers can' / 'see
# page 4.' and '... moved up' / 'from page 1.', its words going on in lowercase)
_JUMP_ON: Final = re.compile(
    r"^(?=(?-i:[(A-Z]))\(?\s*(?:continued|cont['’]?d|turn to|see)\s+(?:on\s+)?(?:page|p\.)"
    r"\s*[a-z]?\d{1,3}[a-z]?\s*\)?\.?$",
    re.I,
)
_JUMP_FROM: Final = re.compile(
    r"^(?=(?-i:[(A-Z]))\(?\s*(?:(?:continued|cont['’]?d)\s+)?from\s+(?:page|p\.)"
    r"\s*[a-z]?\d{1,3}[a-z]?\s*\)?\.?$",
    re.I,
)
# a column rule or a frame's edge read as a character: '|', '| |', '¦'
_RULE: Final = re.compile(r"^[|¦│\s]+$")


def unjumped(text: str) -> tuple[str, list[str]]:
    """The text without what stands between a story's jump line and the line where it goes
    on (both included), and without the bars a scan read from column rules; apart, the lines
    taken out of it (the bars left out). Of several jump lines before a pickup, the last is
    the story's: one before it sends a reader to another story ('See page 12' under a
    teaser's headline), and is taken out alone."""
    if "|" not in text and not _may_jump(text):
        return text, []
    lines = text.split("\n")
    taken: list[str] = []
    opened, others = -1, []
    for n, line in enumerate(lines):
        bare = line.strip()
        if _JUMP_ON.match(bare):
            others += [opened] if opened >= 0 else []
            opened = n
        elif opened >= 0 and _JUMP_FROM.match(bare):
            for other in others:
                taken.append(lines[other].strip())
                lines[other] = ""
            taken += [kept.strip() for kept in lines[opened : n + 1] if kept.strip()]
            lines[opened : n + 1] = [""] * (n + 1 - opened)
            opened, others = -1, []
        elif bare and _RULE.match(bare):
            lines[n] = ""
    return "\n".join(lines), [line.strip("\x0c") for line in taken]


def _may_jump(text: str) -> bool:
    lower = text.lower()
    return "page" in lower and "from" in lower


# a list's item a page sets with a dash, its words going on in lowercase
# (or with a bullet, as Word saves its list as plain text: '•<tab>blocking the ditches')
_DASHED_ITEM: Final = re.compile(r"^[—–]\s+(?=[a-z])|^[•▪]\s+(?=\S)")


def dashed_items(texts: list[str]) -> list[str]:
    """Paragraphs with the items a lead-in line introduces ('To register, bring:') set as a
    Markdown list's when they open with dashes or bullets, two or more under it; others as
    they are."""
    out = list(texts)
    for n, text in enumerate(texts[:-2]):
        if not text.endswith(":") and not (_crosshead(text) and _BULLET.match(texts[n + 1])):
            continue
        end = n + 1
        while end < len(texts) and _DASHED_ITEM.match(texts[end]):
            end += 1
        if end - n > 2:
            for item in range(n + 1, end):
                out[item] = _DASHED_ITEM.sub("- ", texts[item], count=1)
    return out


# a typed bullet, the mark of a list's item whatever the line above it
_BULLET: Final = re.compile(r"^[•▪]\s+(?=\S)")


def _crosshead(text: str) -> bool:
    """Whether a line is a crosshead a list may stand under without a colon ('What residents
    need to do', over bulleted items): a few words, no sentence's end."""
    return len(text.split()) <= 10 and not text.endswith((".", "!", "?", '"', "”", ","))

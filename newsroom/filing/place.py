"""Finding the parts of a story in a document's blocks, whatever the format.

The metadata a document carries (a page's JSON-LD, a Markdown file's front matter) is
trusted first. Then, in reading order: what stands above the headline is the page's
masthead and navigation; between the headline and the first paragraph stand the dek, the
byline and the date; then the body, with its images, their captions, credits and alt lines,
and its contributor lines. Web-page chrome is found with the check catalog's own rules
(`checks.chrome.debris`), contributor lines with its contributor-line rules
(`checks.credits.contributor_names`), so a filed story and a checked one are read alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from newsroom.checks.chrome import CAPTION, debris
from newsroom.checks.credits import contributor_names, listed_names
from newsroom.checks.lexicon import DEFAULT, Lexicon
from newsroom.filing.captions import alt_label, has_credit, is_credit_line, split_credit
from newsroom.filing.draft import Block, Contribution, Draft, Hints, Picture

_BYLINE: Final = re.compile(r"^(?:by|written by|words by)\s*:?\s+(?P<names>\S.*)$", re.I)
_MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# where a byline's names end: a separator, a date, 'Updated ...'
_BYLINE_END: Final = re.compile(
    rf"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+-\s+|\s+(?:updated|published|posted)\b|"
    rf"\s+(?={_MONTH}\s+\d)|\s+(?=\d)",
    re.I,
)
_DATE_LINE: Final = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|"
    rf"satur|sun)day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\b[^.]{{0,40}}$|"
    r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}.*)?$|^\d{1,2}/\d{1,2}/\d{2,4}\b[^.]{0,30}$",
    re.I,
)
_DATELINE: Final = re.compile(
    r"^(?P<place>(?-i:[A-Z])(?-i:[A-Z.'’ -]){2,40}(?:,\s*(?-i:[A-Z])[\w.'’ ]{1,25}?)?"
    r"(?:\s*\([\w .&-]{1,30}\))?)\s*(?:—|–|--|-)\s*"
)
_SENTENCE_END: Final = (".", "?", "!", '."', ".”", "?”", '?"', "!”", ".’", ":")
_ROLES: Final = (
    ("research", "research"),
    ("photo", "photography"),
    ("graphic", "graphics"),
    ("video", "video"),
    ("translat", "translation"),
    ("written", "writing"),
)


@dataclass
class _Reading:
    """What is found so far, block by block."""

    blocks: Sequence[Block]
    chrome: list[str | None]
    used: list[bool]
    headline: str = ""
    dek: str = ""
    byline: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    body_blocks: list[int] = field(default_factory=list)
    images: list[Picture] = field(default_factory=list)
    contributors: list[Contribution] = field(default_factory=list)
    stripped: list[tuple[str, str]] = field(default_factory=list)

    def strip(self, i: int, what: str) -> None:
        self.used[i] = True
        if self.blocks[i].text:
            self.stripped.append((what, self.blocks[i].text))


def place(blocks: Sequence[Block], hints: Hints, lexicon: Lexicon = DEFAULT) -> Draft:
    """The story in `blocks`, with what was stripped from it."""
    blocks = [b for b in blocks if b.text.strip() or b.picture is not None]
    chrome = debris([(b.group, b.text if b.kind != "image" else "") for b in blocks])
    chrome = [
        "page furniture" if b.hint == "chrome" and c is None else c
        for b, c in zip(blocks, chrome, strict=True)
    ]
    r = _Reading(blocks, chrome, [False] * len(blocks))
    top = _headline(r, hints)
    start = _top(r, top, hints, lexicon)
    _body(r, start, lexicon)
    if not r.dek and hints.dek and not _summarizes(hints.dek, r.body):
        r.dek = hints.dek
    if hints.authors:
        r.byline = _names(" and ".join(hints.authors), lexicon) or list(hints.authors)
    paragraphs = _dateline_joined(r.body)
    dateline = hints.dateline or _dateline(paragraphs)
    return Draft(
        headline=r.headline,
        dek=r.dek,
        byline=tuple(dict.fromkeys(r.byline)),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        images=tuple(r.images),
        contributors=tuple(r.contributors),
        stripped=tuple(r.stripped),
    )


def _headline(r: _Reading, hints: Hints) -> int:
    """Find the headline; return the index of its block (-1 when no block holds it). What
    stands above it is the page's masthead and navigation."""
    blocks = r.blocks
    at = -1
    if hints.headline:
        r.headline = hints.headline
        at = next((i for i, b in enumerate(blocks[:60]) if _same(b.text, hints.headline)), -1)
    else:
        at = next((i for i, b in enumerate(blocks) if b.kind == "h1"), -1)
        if at < 0:
            at = _first_title(r)
        r.headline = blocks[at].text if at >= 0 else ""
    for i in range(max(at, 0)):
        if not r.used[i] and blocks[i].kind != "image":
            r.strip(i, r.chrome[i] or "above the headline")
    if at >= 0:
        r.used[at] = True
    return at


def _first_title(r: _Reading) -> int:
    candidates = [
        i
        for i, b in enumerate(r.blocks)
        if b.kind != "image" and r.chrome[i] is None and not _BYLINE.match(b.text)
    ]
    for i in candidates[:8]:
        n = len(r.blocks[i].text.split())
        if 4 <= n <= 30 and not r.blocks[i].text.endswith("."):
            return i
    return candidates[0] if candidates else -1


def _top(r: _Reading, at: int, hints: Hints, lexicon: Lexicon) -> int:
    """Read the dek, byline and date between the headline and the body; return where the
    body starts."""
    i = at + 1
    blocks = r.blocks
    while i < len(blocks):
        b = blocks[i]
        if r.used[i] or (r.chrome[i] is not None and r.chrome[i] != CAPTION):
            if not r.used[i]:
                r.strip(i, r.chrome[i] or "")
            i += 1
            continue
        if b.kind == "image" or r.chrome[i] == CAPTION or b.kind == "caption":
            return i
        if _same(b.text, r.headline):
            if _caption_next(r, i):
                return i  # the image's title line, read with its caption
            r.strip(i, "repeated headline")
        elif not r.byline and (names := _byline(b.text, lexicon)):
            r.byline = names
            r.strip(i, "byline (placed)")
        elif _DATE_LINE.match(b.text):
            r.strip(i, "page date")
        elif not r.dek and _is_dek(r, i, hints):
            r.dek = b.text
            r.used[i] = True
        else:
            return i
        i += 1
    return i


def _is_dek(r: _Reading, i: int, hints: Hints) -> bool:
    b = r.blocks[i]
    if hints.dek and _same(b.text, hints.dek):
        return True
    if b.hint == "dek" or (b.kind == "h2" and i > 0 and r.blocks[i - 1].kind == "h1"):
        return True
    if _DATELINE.match(b.text) or b.kind == "h1" or b.hint:
        return False
    n = len(b.text.split())
    after = _next_text(r, i)
    framed = after is not None and (
        _BYLINE.match(after.text) is not None or _DATE_LINE.match(after.text) is not None
    )
    return n <= 60 and (framed or (n <= 40 and not b.text.endswith(_SENTENCE_END)))


def _body(r: _Reading, start: int, lexicon: Lexicon) -> None:
    """Place every block from `start` on: body paragraphs, images, chrome."""
    blocks = r.blocks
    i = start
    while i < len(blocks):
        b = blocks[i]
        if r.used[i]:
            i += 1
            continue
        kind = r.chrome[i]
        if b.kind == "image" and b.picture is not None:
            i = _image(r, i, b.picture)
            continue
        if b.kind == "caption" or kind == CAPTION or (b.hint == "credit" and b.text):
            i = _image(r, i, Picture())
            continue
        if kind is not None:
            r.strip(i, kind)
        elif alt := alt_label(b.text):
            r.used[i] = True
            r.images.append(Picture(alt=alt))
        elif is_credit_line(b.text) and r.images and not r.images[-1].credit:
            r.images[-1] = replace(r.images[-1], credit=split_credit(b.text)[1])
            r.used[i] = True
        elif _same(b.text, r.headline) and not _caption_next(r, i):
            r.strip(i, "repeated headline")
        elif (names := _byline(b.text, lexicon)) and (not r.byline or names == r.byline):
            r.byline = r.byline or names
            r.strip(i, "byline (placed)")
        else:
            _paragraph(r, i)
        i += 1


def _paragraph(r: _Reading, i: int) -> None:
    b = r.blocks[i]
    r.used[i] = True
    text = b.text
    names = contributor_names(text)
    for name in names:
        r.contributors.append(Contribution(name, _role(text), text))
    r.body.append(f"## {text}" if b.kind in ("h1", "h2") and not names else text)
    r.body_blocks.append(i)


def _image(r: _Reading, i: int, picture: Picture) -> int:
    """Read an image from block `i` (the image, or its caption): its caption and credit
    from the blocks that follow, its alt or title line from the one before; return the
    index after it."""
    blocks = r.blocks
    r.used[i] = True
    b = blocks[i]
    caption, credit = picture.caption, picture.credit
    if b.kind != "image":
        caption = b.text
    j = i + 1
    if not caption and j < len(blocks) and _caption_block(r, j):
        caption, j = blocks[j].text, j + 1
        r.used[j - 1] = True
    if caption and not credit:
        caption, credit = split_credit(caption)
    if not credit and j < len(blocks) and not r.used[j] and _credit_block(r, j):
        credit, j = split_credit(blocks[j].text)[1] or blocks[j].text, j + 1
        r.used[j - 1] = True
    alt = picture.alt or _alt_before(r, i)
    r.images.append(replace(picture, caption=caption, credit=credit, alt=alt))
    return j


def _caption_block(r: _Reading, j: int) -> bool:
    b = r.blocks[j]
    marked = b.kind == "caption" or r.chrome[j] == CAPTION or b.hint in ("caption", "credit")
    credited = len(b.text.split()) <= 60 and has_credit(b.text)  # '... (Photo: Ana Diaz/AP)'
    return not r.used[j] and b.kind != "image" and (marked or credited)


def _credit_block(r: _Reading, j: int) -> bool:
    b = r.blocks[j]
    return b.hint == "credit" or (b.kind != "image" and is_credit_line(b.text))


def _alt_before(r: _Reading, i: int) -> str:
    """The alt or title line just before an image's caption: a short line that is no
    sentence (a title), or one labelled 'Alt text:'; taken out of the body."""
    if i == 0 or r.blocks[i].kind == "image":
        return ""
    before = r.blocks[i - 1]
    if r.body_blocks and r.body_blocks[-1] == i - 1:
        text = before.text
        labelled = alt_label(text)
        title = len(text.split()) <= 25 and not text.endswith(_SENTENCE_END)
        if labelled or (title and before.kind == "p" and not has_credit(text)):
            r.body.pop()
            r.body_blocks.pop()
            return labelled or text
    elif _same(before.text, r.headline) and before.kind != "h1" and i - 1 > 0:
        return before.text
    return ""


def _caption_next(r: _Reading, i: int) -> bool:
    j = i + 1
    return j < len(r.blocks) and (
        r.chrome[j] == CAPTION or r.blocks[j].kind == "caption" or has_credit(r.blocks[j].text)
    )


def _next_text(r: _Reading, i: int) -> Block | None:
    for j in range(i + 1, len(r.blocks)):
        if r.chrome[j] is None and r.blocks[j].kind != "image":
            return r.blocks[j]
    return None


def _byline(text: str, lexicon: Lexicon) -> list[str]:
    """The authors a byline line names ('By Ana Ruiz and Li Wei | Staff', 'BY ANA RUIZ')."""
    found = _BYLINE.match(text.strip())
    if not found or len(text.split()) > 24:
        return []
    return _names(_BYLINE_END.split(found.group("names"))[0], lexicon)


def _names(text: str, lexicon: Lexicon) -> list[str]:
    text = text.strip().rstrip(".")
    if text.isupper():
        text = text.title()
    names = []
    for name in listed_names(text):
        words = {w.lower().strip(".,") for w in name.split()}
        if not words & (lexicon.organization_words | {"staff", "wire", "reuters", "ap", "afp"}):
            names.append(name)
    return names


def _role(line: str) -> str:
    lower = line.lower()
    return next((role for word, role in _ROLES if word in lower), "additional-reporting")


def _dateline_joined(paragraphs: list[str]) -> list[str]:
    """A dateline standing alone on its line ('MILLBROOK, Ore. —') joined to the paragraph
    it opens."""
    out: list[str] = []
    for text in paragraphs:
        if out and (m := _DATELINE.match(out[-1])) and m.end() >= len(out[-1].rstrip()):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(text)
    return out


def _dateline(paragraphs: Sequence[str]) -> str:
    for text in paragraphs[:1]:
        found = _DATELINE.match(text)
        if found and sum(c.isupper() for c in found.group("place")) >= 3:
            return found.group("place").strip()
    return ""


def _summarizes(dek: str, body: Sequence[str]) -> bool:
    """Whether a page's description is only its first paragraph (or the start of it)."""
    short = _norm(dek).rstrip(".…")
    return any(_norm(p).startswith(short[:80]) for p in body[:3])


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and _norm(a) == _norm(b)


def _norm(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split()).casefold()

"""The values a filed document is read into: blocks, then a draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

# the hint of an image block whose document gives all its words (a web story's page and its
# credit line): no caption or credit is read from the blocks around it
WHOLE_PICTURE: Final = "whole picture"


@dataclass(frozen=True)
class Picture:
    """An image of the document: its words, and its bytes when the document carries them."""

    caption: str = ""
    credit: str = ""
    alt: str = ""
    data: bytes | None = None
    name: str = ""  # the file name the document gives it (crews.jpg), or ''
    source: str = ""  # where the document points for it (a URL) when it does not carry it


@dataclass(frozen=True)
class Block:
    """One paragraph-like piece of a document, in reading order.

    `kind`: 'p' (a paragraph), 'h1' (a title), 'h2' (a subhead), 'image' (its `picture`),
    'caption' (a caption the markup marks as one). `hint`: what the markup says the block
    is ('dek', 'byline', 'credit', 'chrome'), or ''. `group`: the paragraph a pasted line
    belongs to (lines of one group stand together, as under a 'Related' heading)."""

    text: str
    kind: str = "p"
    group: int = 0
    hint: str = ""
    picture: Picture | None = None


@dataclass(frozen=True)
class Hints:
    """What a document's metadata says (a page's JSON-LD and meta tags, a Markdown file's
    front matter, a Word file's title), trusted before the reading of its blocks."""

    headline: str = ""
    dek: str = ""
    authors: tuple[str, ...] = ()
    dateline: str = ""
    images: tuple[Picture, ...] = ()
    unplaced: tuple[tuple[str, str], ...] = ()  # what the metadata says that has no place
    lines: bool = False  # the blocks are a text's lines, set in paragraphs (pasted text)


@dataclass(frozen=True)
class Contribution:
    name: str
    role: str
    line: str


@dataclass(frozen=True)
class Draft:
    """A document read as a story. `stripped` and `unplaced`: (what, text) of each piece
    left out of the story, for the filing report."""

    headline: str
    dek: str = ""
    byline: tuple[str, ...] = ()
    dateline: str = ""
    paragraphs: tuple[str, ...] = ()
    images: tuple[Picture, ...] = ()
    contributors: tuple[Contribution, ...] = ()
    stripped: tuple[tuple[str, str], ...] = ()
    unplaced: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)  # how the file was read

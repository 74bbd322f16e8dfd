"""A draft's labelled fields, as copy desks write them: 'HED: ...', 'DEK: ...', 'BYLINE: ...',
'CUTLINE: ...', 'CREDIT: ...', 'ALT: ...', 'STORY: ...', and a photo note in brackets
('[PHOTO: pool.jpg | Caption: ... | Credit: ... | Alt: ...]'). Each becomes the block it
labels, so that every format reads them alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Block, Picture

_LABEL: Final = re.compile(
    r"^[*_]{0,2}(?P<label>hed|headline|head|title|dek|deck|subhed|subhead|sub-head|standfirst|"
    r"byline|by-line|by|authors?|reporters?|writers?|cutline|caption|photo caption|credit|"
    r"photo credit|photog|photographer|alt|alt text|"
    r"dateline|photo|image|picture|story|body)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<value>.*?)\s*$",
    re.I,
)
_PHOTO: Final = re.compile(
    r"^\[\s*(?:photo|image|picture|art|graphic)\b\s*\d*\s*:?\s*(?P<rest>.*?)\s*\]?\s*$", re.I
)
_PART: Final = re.compile(
    r"^(?P<label>caption|cutline|credit|photo credit|alt|alt text)\s*:\s*(?P<value>.*)$", re.I
)


_TEXT_FIELDS: Final = frozenset(("story", "body"))
# a story template's sections, as headings of their own: '## Hed', '## Dek', '## Story'
_SECTION: Final = re.compile(
    r"^[*_]{0,2}(?P<label>hed|headline|dek|deck|subhed|byline|by-line|story|body)[*_]{0,2}:?$",
    re.I,
)


def labelled(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each labelled field read as what its label says."""
    out: list[Block] = []
    section = ""  # a template's section heading ('## Hed'), whose next block is its field
    for b in blocks:
        heading = _SECTION.match(b.text) if b.kind in ("h1", "h2") else None
        if heading:
            section = heading.group("label").lower()
            out.append(Block(b.text, "p", b.group, "chrome"))  # the label, not a crosshead
            continue
        if section and b.kind not in ("h1", "h2", "image"):
            label, section = section, ""
            if label not in _TEXT_FIELDS:
                out.append(_field(b, label, b.text))
                continue
        section = ""
        photo = _PHOTO.match(b.text) if b.kind != "image" else None
        if photo and "|" in b.text:
            out.append(_photo_note(b, photo.group("rest")))
            continue
        rest = photo.group("rest") if photo else ""
        if photo and b.text.rstrip().endswith("]") and split_credit(rest.strip())[1]:
            out.append(_described_photo(b, rest))  # '[Photo: ... (Ana Diaz)]'
            continue
        found = _LABEL.match(b.text) if b.kind != "image" and b.hint != "note" else None
        if found and not found.group("value") and found.group("label").lower() in _TEXT_FIELDS:
            out.append(Block(b.text, "p", b.group, "chrome"))  # a form's 'STORY:' over the text
            continue
        if not found or not found.group("value"):
            out.append(b)
            continue
        label, value = found.group("label").lower(), found.group("value")
        out.append(_field(b, label, value))
    return out


def _field(b: Block, label: str, value: str) -> Block:
    if label in ("hed", "headline", "head", "title"):
        return Block(value, "h1", b.group, "labelled")
    if label in ("dek", "deck", "subhed", "subhead", "sub-head", "standfirst"):
        return Block(value, "p", b.group, "dek")
    if label in ("photo", "image", "picture"):
        name = value.strip("*_ ")
        if "." not in name or " " in name.strip():
            return Block(f"{label.title()}: {value}", "p", b.group)  # a credit: 'Photo: Ana Diaz'
        return Block("", "image", b.group, "", Picture(name=name, source=name))
    if label in ("byline", "by-line", "by") or label.startswith(("author", "reporter", "writer")):
        return Block(value if value.lower().startswith("by ") else f"By {value}", "p", b.group)
    if label in ("cutline", "caption", "photo caption"):
        return Block(value, "caption", b.group)
    if label in ("credit", "photo credit", "photog", "photographer"):
        return Block(value, "p", b.group, "credit")
    if label in ("alt", "alt text"):
        return Block(f"Alt text: {value}", "p", b.group)
    if label in ("story", "body"):  # a form's field for the text: 'STORY: HOLLIS HARBOR, ...'
        return Block(value, "p", b.group)
    return Block(value, "p", b.group, "dateline")


def _photo_note(b: Block, rest: str) -> Block:
    parts = [p.strip() for p in rest.split("|")]
    fields = {"caption": "", "credit": "", "alt": ""}
    name = ""
    for part in parts:
        found = _PART.match(part)
        if found:
            key = found.group("label").lower().split()[-1]
            key = {"cutline": "caption", "text": "alt"}.get(key, key)
            fields[key] = found.group("value").strip()
        elif not name:
            name = part
    picture = Picture(fields["caption"], fields["credit"], fields["alt"], name=name, source=name)
    return Block(fields["caption"], "image", b.group, "", picture)


def _described_photo(b: Block, rest: str) -> Block:
    """A photo note that gives the caption and its credit: '[Photo: Ana Ruiz speaks ...
    (Li Wei/The Courier)]'. (One with no credit, '[Image: a boardwalk ...]', is left as it
    is: the alt text of the image whose caption follows.)"""
    caption, credit = split_credit(rest.strip())
    return Block(caption, "image", b.group, "", Picture(caption, credit))

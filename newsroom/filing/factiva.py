"""A story as a news archive's full record sets it (Factiva's 'Full Article/Report plus
Indexing'): one field a paragraph, its code in a column of its own ('HD' the headline, 'BY'
the byline, 'LP' the lead paragraphs, 'TD' the rest of the text, 'ART' the captions of the
art that ran with it), the rest indexing (source, page, subjects, regions, the document's
number), with the archive's page footers and its search summary after the record.

The record is read as the story its fields name: the headline and byline from theirs, the
text's paragraphs from LP and TD, each 'PHOTO:' of ART a picture with its caption and
credit, and every other field, footer and the search summary as furniture.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Block, Hints, Picture

# a field: its code set flush left, its value after two spaces or more ('HD        ...')
_FIELD: Final = re.compile(r"^(?P<code>[A-Z]{2,3})(?:[ \t]{2,}(?P<value>\S.*))?$")
# the codes of a full record's fields (an archive prints the ones a record has)
_CODES: Final = frozenset(
    (
        *("HD", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CT"),
        *("RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "BY", "ART", "CX"),
        *("CLM", "VOL", "GE", "NGC", "RST", "SO"),
    )
)
_TEXT_FIELDS: Final = frozenset(("LP", "TD"))
# the archive's page footer: 'Page 1 of 2 © 2026 Factiva, Inc. All rights reserved.'
_FOOTER: Final = re.compile(r"^page \d+ of \d+\b.{0,80}\ball rights reserved\.?$", re.I)
_SUMMARY: Final = re.compile(r"^search summary$", re.I)
_ART_ITEM: Final = re.compile(
    r"(?:^|;\s*)(?:photo|photograph|graphic|chart|map|illustration)s?\s*:\s*", re.I
)
_BYLINE_TITLE: Final = re.compile(r"\s*;.*$")  # 'Corinne Vasquez; Staff Writer'
_BY: Final = re.compile(r"^by\s+", re.I)  # 'By Lena Ortiz' as the field may hold it


def is_full_record(text: str) -> bool:
    """Whether the text is an archive's full record: a headline field and a text field among
    four known fields or more, each code flush left."""
    codes = set()
    for line in text.split("\n")[:400]:
        found = _FIELD.match(line.rstrip())
        if found and found.group("code") in _CODES:
            codes.add(found.group("code"))
    return "HD" in codes and bool(codes & _TEXT_FIELDS) and len(codes) >= 4


def record_blocks(text: str) -> tuple[list[Block], Hints]:
    """A full record's blocks and what its headline and byline fields say."""
    fields: list[tuple[str, list[str]]] = []
    after: list[str] = []  # the search summary and what follows it
    for line in text.replace("\r\n", "\n").split("\n"):
        bare = " ".join(line.split())
        if after or _SUMMARY.match(bare):
            after.append(bare)
            continue
        found = _FIELD.match(line.rstrip())
        if found and found.group("code") in _CODES:
            fields.append((found.group("code"), [found.group("value") or ""]))
        elif fields:
            fields[-1][1].append(bare)  # a paragraph of the field, or a blank line between
        elif bare:
            fields.append(("", [bare]))  # the archive's name above the record
    blocks: list[Block] = []
    headline = authors = ""
    for code, values in fields:
        if code == "HD":
            headline = " ".join(" ".join(values).split())
        elif code == "BY":
            authors = _BY.sub("", _BYLINE_TITLE.sub("", " ".join(values).strip()))
        for n, part in enumerate(_paragraphs(values)):
            group = len(blocks)
            if code == "HD" and n == 0:
                blocks.append(Block(part, "h1", group))
            elif code == "BY" and n == 0:
                blocks.append(Block(f"By {authors}", "p", group, "byline"))
            elif code in _TEXT_FIELDS and not _FOOTER.match(part):
                blocks.append(Block(part, "p", group))
            elif code == "ART":
                blocks += _art(part, group)
            else:
                blocks.append(Block(part, "p", group, "chrome"))
    blocks += [Block(line, "p", len(blocks), "chrome") for line in after if line]
    return blocks, Hints(headline=headline, authors=(authors,) if authors else ())


def _paragraphs(values: list[str]) -> list[str]:
    """A field's paragraphs: its lines between blank lines, joined."""
    out: list[str] = []
    run: list[str] = []
    for value in [*values, ""]:
        if value.strip():
            run.append(value.strip())
        elif run:
            out.append(" ".join(run))
            run = []
    return out


def _art(text: str, group: int) -> list[Block]:
    """The art field's pictures: 'PHOTO: caption. (credit); PHOTO: caption. (credit)'."""
    blocks = []
    for item in _ART_ITEM.split(text):
        if item.strip():
            caption, credit = split_credit(item.strip())
            picture = Picture(caption=caption, credit=credit)
            blocks.append(Block(caption, "image", group, picture=picture))
    return blocks

"""A translation tool's bilingual review file: the story read down its target column.

A translation tool exports a translated file for review as a table, one row a segment:
its ID, its status, the source text, the target text and the reviewer's comment (Trados
Studio's 'Export for bilingual review', memoQ's bilingual table). The story is the target
column in segment order: a segment the translator split ('10 a', '10 b') is one paragraph
of the source, its halves joined; the tool's tag placeholders ('<1>KUWAIT</1>', the source's
formatting) are no text, and a segment left untranslated has no target. The other columns
are the tool's, not the story's. The table is known by its header's source and target
columns and by its rows, each a numbered segment: a story's own table of figures may have
'Source' and 'Target' columns too.
"""

from __future__ import annotations

import html as entities
import re
from typing import Final

# (a converted Word table has no table inside it: the innermost is read at once)
_TABLE: Final = re.compile(r"<table>(?:(?!</?table>).)*</table>", re.S)
_ROW: Final = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL: Final = re.compile(r"<t[dh]>(.*?)</t[dh]>|<t[dh]\s*/>", re.S)
_PARAGRAPH: Final = re.compile(r"<p>(.*?)</p>", re.S)
_MARKUP: Final = re.compile(r"<[^<>]+>")
# the header's columns: the source's and the target's text, and the segment's number
_SOURCE: Final = re.compile(r"^source(?: (?:segment|text))?$", re.I)
_TARGET: Final = re.compile(r"^target(?: (?:segment|text))?$", re.I)
_SEGMENT_ID: Final = re.compile(r"^(?:segment )?(?:id|#|no\.?|number)$", re.I)
# a segment's number, and the letter of a part of one the translator split: '10 a', '10b'
_NUMBER: Final = re.compile(r"^(?P<n>\d{1,5})\s*(?P<part>[a-z])?$", re.I)
# a tag placeholder, escaped in the converted text: '&lt;1&gt;', '&lt;/1&gt;', '&lt;2/&gt;'
_PLACEHOLDER: Final = re.compile(r"&lt;/?\d{1,3}\s*/?&gt;")


def target_column(html: str) -> str:
    """A Word file's converted HTML with each bilingual review table set as its target
    column's paragraphs; the HTML as it is when it holds none."""
    if "<table>" not in html:
        return html
    return _TABLE.sub(_targets, html)


def _targets(found: re.Match[str]) -> str:
    table = found.group()
    rows = [[cell or "" for cell in _CELL.findall(row)] for row in _ROW.findall(table)]
    if not rows:
        return table
    header = [_text(cell) for cell in rows[0]]
    target = next((n for n, name in enumerate(header) if _TARGET.match(name)), -1)
    if target < 0 or not any(_SOURCE.match(name) for name in header):
        return table
    number = next((n for n, name in enumerate(header) if _SEGMENT_ID.match(name)), -1)
    if not _segments(rows[1:], number):
        return table  # (a story's own table may have 'Source' and 'Target' columns too)
    paragraphs: list[str] = []
    split = ""  # the number of the segment whose first part was read last
    for row in rows[1:]:
        if target >= len(row):
            continue
        said = [_PLACEHOLDER.sub("", p).strip() for p in _PARAGRAPH.findall(row[target])]
        said = [p for p in said if _text(p)]
        if not said:
            continue  # (a segment left untranslated)
        part = _NUMBER.match(_text(row[number])) if 0 <= number < len(row) else None
        whole = part.group("n") if part and part.group("part") else ""
        if whole and whole == split and paragraphs:
            paragraphs[-1] += " " + " ".join(said)  # the split segment's next part
            continue
        split = whole
        paragraphs += said if not whole else [" ".join(said)]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _segments(rows: list[list[str]], number: int) -> bool:
    """Whether a table's rows are a review file's segments: each row numbered in the
    segment's column."""
    return number >= 0 and all(
        number < len(row) and _NUMBER.match(_text(row[number])) for row in rows
    )


def _text(cell: str) -> str:
    return " ".join(entities.unescape(_MARKUP.sub(" ", cell)).split())

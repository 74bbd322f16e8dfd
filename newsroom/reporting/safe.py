"""Story text is data: nothing in it may drive a terminal, break an output format or hide
what it says.

One list of the characters that never reach output as themselves (`UNSAFE`): C0 controls
but tab and newline, DEL, C1 controls, bidi controls, the line and paragraph separators,
lone surrogates (a byte that was not UTF-8 in a file name or an argument, as Python's
surrogateescape carries it: not a character, and no UTF-8 can hold it) and the Unicode
non-characters (U+FDD0-U+FDEF, U+FFFE and U+FFFF of every plane). Each format deals with
them one way:

- `visible` (and `one_line`, `markdown`): for people (the text report, JUnit XML, GitHub
  annotations, the job summary): each is shown as its escape, so ESC [ 2 J prints as the
  text `\\x1b[2J`;
- `json_document`: JSON and SARIF keep the exact text for the programs that read them, with
  each such character written as a JSON escape (`\\u001b`), so `json.loads` gives back what
  the file says and no raw control reaches a terminal that shows the document; a lone
  surrogate is written as the text of its escape (`\\udcff`), which every JSON parser accepts.
"""

from __future__ import annotations

import json
import re
from typing import Final

_NONCHARACTERS: Final = "".join(
    chr(plane + last) for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF)
)
UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline, DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi controls
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates
    f"\ufdd0-\ufdef{_NONCHARACTERS}]"
)
_MARKDOWN: Final = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation: CommonMark escapes it


def escaped(char: str) -> str:
    """A character as Python would write it in a string: `\\x1b`, `\\u202e`, `\\udcff`."""
    return char.encode("unicode_escape").decode("ascii")


def visible(text: str) -> str:
    """`text` with every unsafe character (ESC, CSI, bidi overrides...) shown as its escape."""
    if text.isprintable():  # no control, format or unassigned character: the common case
        return text
    return UNSAFE.sub(lambda m: escaped(m.group()), text)


def one_line(text: str) -> str:
    """`visible`, with line breaks shown as `\\n` too: for a report whose lines each say one
    thing, which a line break inside story text must not split or forge."""
    return visible(text).replace("\n", "\\n")


def markdown(text: str) -> str:
    """`text` as Markdown that shows it literally, on one line: every ASCII punctuation mark
    backslash-escaped (so no emphasis, link, image, HTML or table cell comes from it)."""
    return _MARKDOWN.sub(r"\\\1", " ".join(visible(text).split()))


def json_document(data: object) -> str:
    """`data` as indented JSON (UTF-8 text, not \\u-escaped), with unsafe characters escaped."""
    return UNSAFE.sub(_json_escape, json.dumps(data, indent=2, ensure_ascii=False))


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return json.dumps(escaped(char))[1:-1]  # the text \udcff, inside a JSON string
    return json.dumps(char)[1:-1]  # \u2028; \ud83f\udfff (a pair) above the first plane

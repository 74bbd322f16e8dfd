"""A Rich Text Format file (what WordPad and many a newsroom system save) read as Markdown.

A story saved as RTF and renamed .txt is still RTF: its control words, font and colour tables
and picture data are markup, not text. The text is read from it as Word shows it: a paragraph
for each `\\par`, escaped characters and symbols as the characters they stand for, bold and
italic runs as emphasis, a field as its result (a link's words, not its address), and a
picture as an image of its own; tables of fonts, colours and styles and the other
destinations a reader skips are left out.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

_START: Final = re.compile(r"\A\s*\{\\rtf\d?\\")
_TOKEN: Final = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+",
    re.I,
)
# destinations whose text is never shown: tables, document information, field codes, ...
_SKIPPED: Final = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "fldinst", "header", "footer",
        "headerl", "headerr", "footerl", "footerr", "footnote", "listtable",
        "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata",
        "colorschememapping", "latentstyles", "datastore", "filetbl", "revtbl",
        "pgdsctbl", "nonshppict", "object", "shpinst", "bkmkstart", "bkmkend",
    }
)  # fmt: skip
_SYMBOLS: Final = {
    "emdash": "\u2014",
    "endash": "\u2013",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "bullet": "\u2022",
    "tab": "\t",
    "line": "\n",
    "emspace": " ",
    "enspace": " ",
}
_ESCAPES: Final = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}


def is_rtf(text: str) -> bool:
    """Whether `text` is a Rich Text Format file."""
    return text.startswith("{") and _START.match(text) is not None


class _Reader:
    """The paragraphs of an RTF file as it is read, one group of state per `{`."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.runs: list[tuple[str, bool, bool]] = []
        self.codepage = "cp1252"
        self.pictures = 0
        self.high = ""  # the first half of a surrogate pair, waiting for its second
        self.hexed = bytearray()  # bytes escaped one by one, read together: a double-byte
        self.hexed_style = (False, False)  # code page writes a character in two

    def add(self, text: str, bold: bool, italic: bool) -> None:
        if text:
            self.settle()
            self.runs.append((text, bold, italic))

    def settle(self) -> None:
        """What waits is read: bytes escaped one by one, and half a pair is dropped."""
        self.high = ""
        if self.hexed:
            hexed, self.hexed = bytes(self.hexed), bytearray()
            self.runs.append((hexed.decode(self.codepage, "replace"), *self.hexed_style))

    def unicode(self, code: int, bold: bool, italic: bool) -> None:
        """The character of a '\\u' escape, a surrogate pair's two halves as one character."""
        char = chr(code % 65536)
        if 0xD800 <= ord(char) < 0xDC00:
            self.settle()
            self.high = char
        elif 0xDC00 <= ord(char) < 0xE000:  # (the second half, alone: no character)
            high = self.high
            self.settle()
            if high:
                code = 0x10000 + ((ord(high) - 0xD800) << 10) + (ord(char) - 0xDC00)
                self.runs.append((chr(code), bold, italic))
        else:
            self.add(char, bold, italic)

    def byte(self, value: int, bold: bool, italic: bool) -> None:
        """A byte escaped as '\\'hh', read with the next ones in the code page."""
        if self.high or (self.hexed and self.hexed_style != (bold, italic)):
            self.settle()
        self.hexed.append(value)
        self.hexed_style = (bold, italic)

    def end_paragraph(self) -> None:
        self.settle()
        self.paragraphs.append(_emphasised(self.runs))
        self.runs = []

    def picture(self) -> None:
        self.pictures += 1
        self.end_paragraph()
        self.paragraphs.append(f"![](picture-{self.pictures})")


def rtf_markdown(text: str) -> str:
    """The Markdown of the RTF file `text`: its paragraphs, blank-line apart."""
    reader = _Reader()
    # a group's state: skipped, bold, italic, characters to skip after a \u
    stack: list[tuple[bool, bool, bool, int]] = []
    skipped, bold, italic, skip_after_unicode = False, False, False, 1
    pending = 0  # characters still to skip after a \u's character
    starting = False  # just after a '{': a '\*' or a destination word comes first
    for match in _TOKEN.finditer(text):
        word, number, hexed, escaped, brace, plain = match.groups()
        if brace == "{":
            stack.append((skipped, bold, italic, skip_after_unicode))
            starting = True
            continue
        if brace == "}":
            if stack:
                skipped, bold, italic, skip_after_unicode = stack.pop()
            starting = False
            continue
        was_starting, starting = starting, False
        if escaped == "*" and was_starting:
            skipped = True
            continue
        if skipped:
            continue
        if word is not None:
            name = word.lower()
            if name in _SKIPPED or (name == "pict" and was_starting):
                if name == "pict":
                    reader.picture()
                skipped = True
            elif name == "par":
                reader.end_paragraph()
            elif name in ("b", "i"):
                on = number != "0"
                bold, italic = (on, italic) if name == "b" else (bold, on)
            elif name == "plain":
                bold = italic = False
            elif name == "ansicpg" and number:
                reader.codepage = _codepage(number)
            elif name == "uc" and number:
                skip_after_unicode = int(number)
            elif name == "u" and number:
                reader.unicode(int(number), bold, italic)
                pending = skip_after_unicode
            elif name in _SYMBOLS:
                reader.add(_SYMBOLS[name], bold, italic)
            continue
        if hexed is not None:
            if pending:
                pending -= 1
                continue
            reader.byte(int(hexed, 16), bold, italic)
        elif escaped is not None:
            reader.add(_ESCAPES.get(escaped, ""), bold, italic)
        elif plain is not None:
            if pending:
                plain, pending = plain[pending:], max(0, pending - len(plain))
            reader.add(plain, bold, italic)
    reader.end_paragraph()
    return "\n\n".join(p for p in reader.paragraphs if p.strip()) + "\n"


def _codepage(number: str) -> str:
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return "cp1252"


def _emphasised(runs: list[tuple[str, bool, bool]]) -> str:
    """The runs of a paragraph as one line of Markdown, bold and italic runs marked."""
    merged: list[tuple[str, bool, bool]] = []
    for text, bold, italic in runs:
        if merged and merged[-1][1:] == (bold, italic):
            merged[-1] = (merged[-1][0] + text, bold, italic)
        else:
            merged.append((text, bold, italic))
    out = []
    for text, bold, italic in merged:
        words = " ".join(text.replace("\t", " ").split())
        if not words:
            out.append(" ")
            continue
        mark = ("**" if bold else "") + ("*" if italic else "")
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        out.append(f"{lead}{mark}{words}{mark[::-1]}{trail}")
    return " ".join("".join(out).split())

"""A story exported from QuarkXPress as XPress Tags, read by its paragraph styles.

QuarkXPress saves a story's text with its tags: a header of the version and the encoding
('<v12.00><e9>'), the style sheets' definitions ('@Body=[S"","Body","Normal"]<*J*...>'),
then a line a paragraph, each opening with its style ('@Headline:Onion prices crash').
Characters are written as decimal codes ('<\\#8217>'; one outside the basic plane as its
UTF-16 surrogate pair, '<\\#55357><\\#56832>'), a soft return as '<\\n>', a
discretionary hyphen as '<\\h>', the tags' own characters escaped ('<\\@>', '<\\\\>'), and
character formatting as tags ('<B>Lasalgaon:<$>'). The style's name says what a paragraph
is, as it does in InDesign's Tagged Text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsroom.filing.draft import Block
from newsroom.filing.indesign import styled_blocks

_HEADER: Final = re.compile(r"^\ufeff?<v\d+(?:\.\d+)*><e\d+>")
# a paragraph's style, '@Body:', or a style sheet's definition, '@Body=[S"",...]<...>'
_STYLE: Final = re.compile(r"^@(?P<name>[^:=<>@]*)(?P<mark>[:=])")
# a special character: '<\#8217>' (by its decimal code), '<\n>', '<\h>', '<\@>', '<\\>'
_SPECIAL: Final = re.compile(r"<\\(?:#(?P<code>\d{1,7})|(?P<char>[^>]|!.))>")
# any other tag: character formatting, '<B>', '<$>', '<*L*h"Standard"*p(0,0,0,12,0,0,g)>'
_TAG: Final = re.compile(r"<[^<>]*>")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_SPACES: Final = {"n": " ", "d": " ", "t": " ", "s": " ", "f": " ", "p": " ", "m": " "}


def is_xpress_tags(text: str) -> bool:
    """Whether a text file is QuarkXPress's XPress Tags: its header opens it."""
    return _HEADER.match(text) is not None


def xpress_tags_blocks(text: str) -> list[Block]:
    """The story's blocks, as its paragraph styles say (see `styled_blocks`)."""
    return styled_blocks(_styled(text))


def _styled(text: str) -> Iterator[tuple[int, str, str]]:
    name = ""  # a line with no style of its own goes on in the style before it
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        line = _HEADER.sub("", raw) if number == 0 else raw
        style = _STYLE.match(line)
        if style is not None and style.group("mark") == "=":
            continue  # a style sheet's definition
        if style is not None:
            name = style.group("name").strip() or "body"
            line = line[style.end() :]
        elif not name:
            continue  # the header
        yield number, name, _plain(line)


def _plain(tagged: str) -> str:
    """A paragraph's words: its special characters read, its formatting tags left out."""
    parts: list[str] = []
    end = 0
    for found in _SPECIAL.finditer(tagged):
        parts.append(_TAG.sub("", tagged[end : found.start()]))
        parts.append(_special(found))
        end = found.end()
    parts.append(_TAG.sub("", tagged[end:]))
    text = "".join(parts)
    if _SURROGATE.search(text):  # a pair read as its character; a lone half, no character
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return " ".join(text.replace("\t", " ").split())


def _special(found: re.Match[str]) -> str:
    code = found.group("code")
    if code is not None:
        number = int(code)
        if number in (0x00A0, 0x2007, 0x202F) or number > 0x10FFFF:
            return " "
        if number == 0x00AD or number < 0x20 or 0x7F <= number <= 0x9F:
            return ""  # a soft hyphen, a control code
        return chr(number)
    char = found.group("char")
    if char.startswith("!"):  # a non-breaking space or hyphen: '<\!s>', '<\!->'
        return "-" if char == "!-" else " "
    if char.isalpha():  # a soft return, a special space; a discretionary hyphen as nothing
        return _SPACES.get(char, "")
    return char  # an escaped '@', '<', '\\'

"""A page exported from InDesign as Tagged Text, read by its paragraph styles.

A page's designer exports its stories as Tagged Text: a header ('<ASCII-WIN>'), the style
definitions, then a line a paragraph, each opening with its style ('<ParaStyle:HED 4col>').
Characters outside ASCII are written as codes ('<0x2019>'). The style's name says what a
paragraph is, as a newsroom's templates name them: HED, DEK, BYLINE, BODY, CUTLINE, PHOTO
CREDIT; the page's furniture (FOLIO, SKYBOX, JUMP LINE, INDEX) and the other stories on it
(BRIEF HED, BRIEF BODY) are no part of the story.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block, Picture
from newsroom.filing.lines import clean_credit

_HEADER: Final = re.compile(r"^\ufeff?<(?:ASCII|UNICODE|ANSI)-(?:WIN|MAC|BE|LE)>", re.I)
_STYLE: Final = re.compile(r"^<ParaStyle:(?P<name>(?:\\.|[^>\\])*)>")
_CODE: Final = re.compile(r"<0x(?P<hex>[0-9A-Fa-f]{4,6})>")
# any other tag: character styles, local formatting, definitions ('<cTracking:-10>')
_TAG: Final = re.compile(r"<(?:[^<>\\]|\\.)*(?:<(?:[^<>\\]|\\.)*>(?:[^<>\\]|\\.)*)*>")
_ESCAPED: Final = re.compile(r"\\(.)")

# what a style's name says its paragraph is (the first that matches, on the name lowercased)
_ROLES: Final = (
    (
        "chrome",
        re.compile(
            r"folio|skybox|sky box|weather|index|\bear\b|jump|continued|pull ?quote|"
            r"\bbrief|teaser|refer|promo|tagline|mug|sig\b|\btitle\b"
        ),
    ),
    ("headline", re.compile(r"^(?:hed|head|headline|title)\b")),
    ("dek", re.compile(r"\b(?:dek|deck|subhed|summary|standfirst|drop ?head|readout)\b")),
    ("byline", re.compile(r"^by ?line\b")),
    ("crosshead", re.compile(r"crosshead|subhead|breaker")),
    ("caption", re.compile(r"cutline|caption|cutlines")),
    ("credit", re.compile(r"credit")),
)


def is_tagged_text(text: str) -> bool:
    """Whether a text file is InDesign's Tagged Text: its header opens it."""
    return _HEADER.match(text) is not None


def tagged_text_blocks(text: str) -> list[Block]:
    """The story's blocks: its headline, dek, byline, paragraphs, crossheads and pictures
    (a cutline with the credit above or below it), the page's furniture and other stories
    marked as such."""
    blocks: list[Block] = []
    headline = False
    credit = ""  # a photo credit set above its cutline, waiting for it
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        style = _STYLE.match(raw)
        if style is None:
            continue  # the header and the style definitions
        words = _plain(raw[style.end() :])
        if not words:
            continue
        role = _role(_plain(style.group("name")).lower())
        if role == "headline" and headline:
            role = "chrome"  # another story's headline on the page
        if role == "headline":
            headline = True
            blocks.append(Block(words, "h1", number))
        elif role == "dek":
            blocks.append(Block(words, "p", number, "dek"))
        elif role == "byline":
            blocks.append(Block(words, "p", number))
        elif role == "crosshead":
            blocks.append(Block(words, "h2", number))
        elif role == "credit":
            credit = words
        elif role == "caption":
            picture = Picture(caption=words, credit=clean_credit(credit))
            credit = ""
            blocks.append(Block(words, "image", number, "", picture))
        elif role == "chrome":
            blocks.append(Block(words, "p", number, "chrome"))
        else:
            blocks.append(Block(words, "p", number))
    return blocks


def _role(name: str) -> str:
    return next((role for role, pattern in _ROLES if pattern.search(name)), "body")


def _plain(tagged: str) -> str:
    """A paragraph's words: its characters' codes as the characters (a soft hyphen as
    nothing, a no-break space as a space), its tags left out, its escapes read."""
    text = _CODE.sub(_character, tagged)
    text = _TAG.sub("", text)
    text = _ESCAPED.sub(r"\1", text)
    return " ".join(text.replace("\t", " ").split())


def _character(found: re.Match[str]) -> str:
    code = int(found.group("hex"), 16)
    if code == 0x00AD:
        return ""
    if code in (0x00A0, 0x2007, 0x202F) or code > 0x10FFFF:
        return " "
    return chr(code)

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
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Final

from newsroom.filing.draft import Block, Picture
from newsroom.filing.lines import clean_credit

_HEADER: Final = re.compile(r"^\ufeff?<(?:ASCII|UNICODE|ANSI)-(?:WIN|MAC|BE|LE)>", re.I)
# a paragraph's style, verbose or abbreviated: '<ParaStyle:BODY>', '<pstyle:BODY>'
_STYLE: Final = re.compile(r"^<(?:ParaStyle|pstyle):(?P<name>(?:\\.|[^>\\])*)>")
# a definition or setting of the header, never a paragraph: '<Version:19.5>', '<vsn:19.5>'
_DEFINITION: Final = re.compile(
    r"^<(?:Version|vsn|FeatureSet|fset|ColorTable|ctable|Define|dps|dcs)"
)
_PAIR: Final = re.compile(r"<0x(?P<high>D[89AB][0-9A-F]{2})><0x(?P<low>D[C-F][0-9A-F]{2})>", re.I)
_CODE: Final = re.compile(r"<0x(?P<hex>[0-9A-Fa-f]{4,6})>")
# where a table starts, and its cells and rows end: a space between their words
_CELL_END: Final = re.compile(
    r"(?=<(?:CellEnd|RowEnd|TableStart|TableEnd|clEnd|rEnd|tStart|tEnd):)"
)
# any other tag, once escaped characters are set aside: character styles, local formatting,
# definitions ('<cTracking:-10>', '<ColStart:<tColAttrWidth:100>>')
_TAG: Final = re.compile(r"<[^<>]*(?:<[^<>]*>[^<>]*)*>")
_ESCAPES: Final = str.maketrans({"\ue001": "<", "\ue002": ">", "\ue003": "\\"})

# what a style's name says its paragraph is (the first that matches, on the name lowercased)
_ROLES: Final = (
    ("crosshead", re.compile(r"^(?:body|text|copy|story)\b.*\b(?:crosshead|subhead|breaker)")),
    ("body", re.compile(r"^(?:body|text|copy|story|normal|default)\b")),
    ("credit", re.compile(r"credit")),
    ("chrome", re.compile(r"^by ?line\b.*\b(?:title|role|job|position)\b")),
    (
        "chrome",
        re.compile(
            r"folio|skybox|sky box|weather|index|\bear\b|jump|continued|pull ?quote|\bbrief|"
            r"teaser|refer|promo|tagline|mug|\bsig\b|kicker|desk ?note"
        ),
    ),
    ("headline", re.compile(r"^(?:hed|head|headline|title)\b")),
    ("dek", re.compile(r"\b(?:dek|deck|subhed|summary|standfirst|drop ?head|readout)\b")),
    ("byline", re.compile(r"^by ?line\b")),
    ("crosshead", re.compile(r"crosshead|subhead|breaker")),
    ("caption", re.compile(r"cutline|caption")),
)


def is_tagged_text(text: str) -> bool:
    """Whether a text file is InDesign's Tagged Text: its header opens it."""
    return _HEADER.match(text) is not None


def tagged_text_blocks(text: str) -> list[Block]:
    """The story's blocks: its headline, dek, byline, paragraphs, crossheads and pictures
    (a cutline with the credit above or below it), the page's furniture and other stories
    marked as such."""
    return styled_blocks(_styled(text))


def _styled(text: str) -> Iterator[tuple[int, str, str]]:
    """Each paragraph's line number, style name and words."""
    name = ""  # a line with no style of its own goes on in the style before it
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        style = _STYLE.match(raw)
        if style is None and (not name or _DEFINITION.match(raw) or _HEADER.match(raw)):
            continue  # the header and the style definitions
        if style is not None:
            name = _plain(style.group("name")) or "body"
        yield number, name, _plain(raw[style.end() :] if style else raw)


def styled_blocks(paragraphs: Iterable[tuple[int, str, str]]) -> list[Block]:
    """The blocks of a story's paragraphs, each given as its line number, the name of its
    paragraph style and its words: the style's name says what the paragraph is."""
    blocks: list[Block] = []
    headline = False
    credit = ""  # a photo credit set above its cutline, waiting for it
    for number, name, words in paragraphs:
        if not words:
            continue
        kind = _role(name.lower())
        if kind == "headline" and headline:
            kind = "chrome"  # another story's headline on the page
        if kind == "headline":
            headline = True
            blocks.append(Block(words, "h1", number))
        elif kind == "dek":
            blocks.append(Block(words, "p", number, "dek"))
        elif kind == "byline":  # ('By' may be set by the style itself)
            byline = words if words.lower().startswith("by ") else f"By {words}"
            blocks.append(Block(byline, "p", number))
        elif kind == "crosshead":
            blocks.append(Block(words, "h2", number))
        elif kind == "credit":
            last = blocks[-1] if blocks else None
            if last and last.picture and not last.picture.credit:  # set under its cutline
                picture = replace(last.picture, credit=clean_credit(words))
                blocks[-1] = replace(last, picture=picture)
            else:
                credit = words
        elif kind == "caption":
            picture = Picture(caption=words, credit=clean_credit(credit))
            credit = ""
            blocks.append(Block(words, "image", number, "", picture))
        elif kind == "chrome":
            blocks.append(Block(words, "p", number, "chrome"))
        else:
            blocks.append(Block(words, "p", number))
    return blocks


def _role(name: str) -> str:
    return next((role for role, pattern in _ROLES if pattern.search(name)), "body")


def _plain(tagged: str) -> str:
    """A paragraph's words: its characters' codes as the characters (a soft hyphen or a
    control code as nothing, a no-break space as a space, a surrogate pair as its
    character), its tags left out, its escapes read."""
    text = tagged.replace("\\\\", "\ue003").replace("\\<", "\ue001").replace("\\>", "\ue002")
    text = _PAIR.sub(_paired, text)
    text = _CODE.sub(_character, text)
    text = _CELL_END.sub(" ", text)
    text = _TAG.sub("", text).translate(_ESCAPES)
    text = text.replace("\\", "")  # (an escape of anything else)
    return " ".join(text.replace("\t", " ").split())


def _paired(found: re.Match[str]) -> str:
    high, low = int(found.group("high"), 16), int(found.group("low"), 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def _character(found: re.Match[str]) -> str:
    code = int(found.group("hex"), 16)
    if code in (0x00A0, 0x2007, 0x202F, 0x0009) or code > 0x10FFFF:
        return " "
    if code == 0x00AD or code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
        return ""  # a soft hyphen, InDesign's special characters, half a surrogate pair
    return chr(code)

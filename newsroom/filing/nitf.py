"""A story as a syndication export delivers it in NITF (the News Industry Text Format), an
XML file saved as text: a `head` of metadata (the file's own title, the rights and their
limitations, an embargo note, the revision history with the sub-editors' comments), then
the `body`: `body.head` with the `hedline` (`hl1` the headline, `hl2` the dek), editors'
notes, the `byline` (its `person`, and a `byttl` title), the distributor, a `dateline` and a
feed `abstract`; `body.content` with the paragraphs, `hl2` crossheads and `media` pictures
(their `media-caption`, `media-producer` and `alternate-text`); `body.end` with a `tagline`.

The file is read as the story its elements name; the export's comments, the head's words
meant for partners, the notes, the byline's title, the distributor and the abstract are
furniture. Characters past ASCII are numeric references in such a file: they are text once
the XML is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsroom.errors import InputError
from newsroom.filing.draft import WHOLE_PICTURE, Block, Hints, Picture
from newsroom.filing.read import control_escape, visible_controls

if TYPE_CHECKING:
    from lxml.etree import _Element

# the root element, after an XML declaration, a doctype and comments
# (the doctype perhaps with declarations of its own between brackets)
_ROOT: Final = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?"
    r"(?:<!DOCTYPE\s+nitf\b[^>\[]{0,400}(?:\[.{0,6000}?\]\s*)?>\s*)?"
    r"(?:<!--.{0,2000}?-->\s*)*<nitf[\s>]",
    re.S,
)
# an entity the doctype declares: expanding it is how a file grows a billion words or reads
# a file of the machine it is filed on, and no export declares one for a story's words
_ENTITY: Final = re.compile(r"<!ENTITY\b", re.I)
# a character XML cannot hold, raw or as a character reference: a control character, a lone
# surrogate, a number past Unicode
_REFERENCE: Final = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<dec>[0-9]{1,10}));")
_DECLARATION: Final = re.compile(r"^\ufeff?\s*<\?xml[^>]{0,200}\?>")
# the head's words written for partners and the desk, never the story's
_HEAD_WORDS: Final = (
    ("title", ""),
    ("doc.rights", "limitations"),
    ("ed-msg", "info"),
    ("revision-history", "comment"),
)
# body.head's elements that are no part of the printed story
_FURNITURE: Final = frozenset(("note", "distributor", "abstract", "series", "rights"))


def is_nitf(text: str) -> bool:
    """Whether the text is an NITF document: its root element is `nitf`."""
    return _ROOT.match(text[:8192]) is not None


def nitf_blocks(text: str, shown: str) -> tuple[list[Block], Hints]:
    """An NITF document's blocks and what its hedline and byline say; an InputError in one
    line for a file declaring entities, or one the XML reader cannot read."""
    import lxml.etree

    root_at = text.find("<nitf")
    if _ENTITY.search(text, 0, root_at if root_at >= 0 else len(text)):
        raise InputError(
            "is an NITF file whose doctype declares entities, which newsroom does not expand; "
            "export the story again without them and file that",
            path=shown,
        )
    try:
        return _blocks(_readable(_DECLARATION.sub("", text, count=1)))
    except (ValueError, lxml.etree.Error) as exc:  # (UnicodeDecodeError is a ValueError)
        raise InputError(
            f"is an NITF file newsroom cannot read ({type(exc).__name__}); export the story "
            "again and file that",
            path=shown,
        ) from None


def _readable(text: str) -> str:
    """The text with the characters XML cannot hold shown as text: a control character as
    its escape ('\\x1b', as the web reader shows it: story text is data), a reference to a
    lone surrogate or a number past Unicode as the replacement character."""
    text = visible_controls(text)
    return _REFERENCE.sub(_reference, text)


def _reference(found: re.Match[str]) -> str:
    """A character reference as it stands, or as text when XML cannot hold its character."""
    code = int(found.group("hex"), 16) if found.group("hex") else int(found.group("dec"))
    if (code < 0x20 and code not in (0x9, 0xA, 0xD)) or code == 0x7F:
        return control_escape(code)  # ESC, BEL, DEL: a terminal's codes, shown as text
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or code in (0xFFFE, 0xFFFF):
        return "\ufffd"
    return found.group()


def _blocks(text: str) -> tuple[list[Block], Hints]:
    """The blocks of an NITF document whose characters XML can hold."""
    import lxml.etree

    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=True
    )
    root = lxml.etree.fromstring(text, parser=parser)
    blocks: list[Block] = []
    if root is None:
        return blocks, Hints()
    for comment in root.itersiblings(lxml.etree.Comment, preceding=True):
        blocks.insert(0, _block(_words(comment.text or ""), "p", "chrome"))
    for tag, attribute in _HEAD_WORDS:
        for element in root.iterfind(f"head/{tag}"):
            said = element.get(attribute, "") if attribute else _text(element)
            if _words(said):
                blocks.append(_block(_words(said), "p", "chrome"))
    authors: list[str] = []
    for element in root.iterfind("body/body.head/*"):
        blocks += _head_blocks(element, authors)
    for part in ("body/body.content", "body/body.end"):
        for element in root.iterfind(part):
            blocks += _content_blocks(element)
    headline = next((b.text for b in blocks if b.kind == "h1"), "")
    dek = next((b.text for b in blocks if b.hint == "dek"), "")
    blocks = [Block(b.text, b.kind, n, b.hint, b.picture) for n, b in enumerate(blocks)]
    return blocks, Hints(headline=headline, dek=dek, authors=tuple(authors))


def _head_blocks(element: _Element, authors: list[str]) -> list[Block]:
    """The blocks of one element of body.head (the hedline, byline, notes...)."""
    tag = element.tag
    if tag == "hedline":
        out = [_block(_text(h), "h1") for h in element.iterfind("hl1")]
        return out + [_block(_text(h), "p", "dek") for h in element.iterfind("hl2")]
    if tag == "byline":
        people = [_text(p) for p in element.iter("person")]
        titles = [_text(t) for t in element.iter("byttl")]
        authors += [p for p in people if p]
        byline = " and ".join(p for p in people if p) or _text(element)
        out = [_block(f"By {byline}" if people else byline, "p", "byline")]
        return out + [_block(t, "p", "chrome") for t in titles if t]
    if isinstance(tag, str) and tag in _FURNITURE:
        return [_block(_text(element), "p", "chrome")]
    return []  # the dateline's date, the story's ids: no text of it


def _content_blocks(element: _Element) -> list[Block]:
    """The blocks of body.content or body.end, in reading order."""
    out: list[Block] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # a comment or a processing instruction
        if tag in ("p", "tagline", "li", "dd", "dt"):
            out.append(_block(_text(child), "p"))
        elif tag in ("hl1", "hl2"):
            out.append(_block(_text(child), "h2"))
        elif tag == "media":
            out += _media(child)
        elif tag in ("note", "bibliography"):
            out.append(_block(_text(child), "p", "chrome"))
        elif tag not in ("table", "object", "fn"):
            out += _content_blocks(child)  # a block, a list, a quotation: its paragraphs
    return [b for b in out if b.text or b.picture]


def _media(element: _Element) -> list[Block]:
    """A `media` element as a picture: its caption, its producer as credit, its alt text."""
    reference = element.find("media-reference")
    alt = _words(reference.get("alternate-text", "")) if reference is not None else ""
    name = reference.get("source", "") if reference is not None else ""
    caption = " ".join(_text(c) for c in element.iterfind("media-caption"))
    credit = " ".join(_text(c) for c in element.iterfind("media-producer"))
    if element.get("media-type", "image") not in ("image", "graphic", "photo"):
        return [_block(caption, "p", "chrome")] if caption else []
    picture = Picture(caption=caption, credit=credit, alt=alt, name=name.rsplit("/", 1)[-1])
    return [Block(caption, "image", 0, WHOLE_PICTURE, picture)]


def _text(element: _Element) -> str:
    """An element's words, its children's included, whitespace collapsed."""
    return _words("".join(element.itertext()))


def _words(text: str) -> str:
    return " ".join(text.split())


def _block(text: str, kind: str, hint: str = "") -> Block:
    return Block(text, kind, 0, hint)

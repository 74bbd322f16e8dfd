"""A story document in ArchieML, as a graphics desk writes one in a shared document and
downloads it as plain text for the page build:

    NOTE -- the lede below is the one the editor signed off.
    slug: flood-buyouts
    headline: After the buyouts, the lots nobody wants
    dek: Vermont has paid to tear down 212 homes. Most of the land
    now belongs to towns.
    :end
    byline: By Noor Haddadin

    {lead_image}
    src: img/lead.jpg
    caption: A front step is all that remains of a home.
    credit: Noor Haddadin/Green Mountain Ledger
    {}

    [+body]
    WENDHAM, Vt. — The front step is still there. ...
    subhed: Mowed, fenced or forgotten
    {.list}
    [.items]
    * 131 are mowed lawn;
    []
    {}
    {.quote}
    text: "Success is a house that isn't there."
    {}
    []

    :ignore
    ALT LEDE (not used): ...

As the page build reads it: a key's value is its line ('key: value'), or its lines to an
':end'; '{name}' opens an object to '{}', '[name]' a list to '[]', '[+name]' a list of the
story's parts (a line of text a paragraph, 'subhed: ...' a crosshead, '{.photo}' a block);
what stands outside a key, a list or an object is ignored, and so are ':skip' ... ':endskip'
and all after ':ignore'. The story is read from its keys: the headline, dek and byline from
theirs, the text from the list of parts, each photo, graphic or image object a picture, a
contributors' key a contributor line; the notes outside keys and the skipped and ignored
text as notes to the desk, and the page's other keys and blocks (slug, social titles, a pull
quote, related links, a sign-up) as furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newsroom.filing.draft import Block, Hints, Picture
from newsroom.filing.lines import clean_credit

_KEY: Final = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_OBJECT: Final = re.compile(r"^\{[ \t]*(?P<name>\.?[A-Za-z_][\w.-]*)?[ \t]*\}[ \t]*$")
_ARRAY: Final = re.compile(r"^\[[ \t]*(?P<free>\+)?(?P<name>\.?[A-Za-z_][\w.-]*)?[ \t]*\][ \t]*$")
_COMMAND: Final = re.compile(r"^:(?P<command>end|skip|endskip|ignore)\b", re.I)
_ITEM: Final = re.compile(r"^\*[ \t]+(?P<value>.*)$")

_HEADLINE_KEYS: Final = frozenset(("headline", "hed", "head", "title"))
_DEK_KEYS: Final = frozenset(("dek", "deck", "standfirst", "subhead", "subheadline", "summary"))
_BYLINE_KEYS: Final = frozenset(("byline", "author", "authors", "by"))
_CONTRIBUTOR_KEYS: Final = frozenset(("contributors", "contributor", "credits", "reporting"))
_CROSSHEAD_KEYS: Final = frozenset(("subhed", "subhead", "crosshead", "heading", "h2"))
_TEXT_KEYS: Final = frozenset(("text", "value", "paragraph", "graf"))
_PICTURE_NAMES: Final = re.compile(r"image|photo|picture|graphic|figure|chart|map", re.I)
_LIST_NAMES: Final = frozenset(("list", "bullets", "ul", "ol"))


def is_archieml(text: str) -> bool:
    """Whether a text is an ArchieML document: a headline's key, and a list of parts or an
    object closed as ArchieML closes them, or an ':end', ':skip' or ':ignore' line."""
    return (
        re.search(r"^(?:headline|hed|title)[ \t]*:[ \t]*\S", text, re.M | re.I) is not None
        and (
            re.search(r"^\[\+?[A-Za-z_][\w.-]*\][ \t]*$", text, re.M) is not None
            or re.search(r"^\{[A-Za-z_.][\w.-]*\}[ \t]*$", text, re.M) is not None
        )
        and re.search(r"^(?:\[\]|\{\}|:end|:endskip|:ignore)[ \t]*$", text, re.M) is not None
    )


@dataclass
class _Object:
    """An object being read ('{lead_image}', '{.photo}'): its name, its keys, its items."""

    name: str
    at: int  # where its block stands among the blocks
    keys: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


@dataclass
class _Reader:
    blocks: list[Block] = field(default_factory=list)
    arrays: list[tuple[str, bool]] = field(default_factory=list)  # (name, a list of parts)
    objects: list[_Object] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # lines under a key, until an ':end'
    last: tuple[int, str] | None = None  # the block of the last key set, and its value

    def note(self, text: str, hint: str = "note") -> None:
        if text.strip():
            self.blocks.append(Block(" ".join(text.split()), "p", -1, hint))

    def freeform(self) -> bool:
        return bool(self.arrays) and self.arrays[-1][1] and not self.objects


def archieml_blocks(text: str) -> tuple[list[Block], Hints]:
    """An ArchieML document's blocks: the story its keys give, the rest as notes and
    furniture."""
    r = _Reader()
    lines = text.split("\n")
    skipping = False
    for n, raw in enumerate(lines):
        line = raw.strip()
        command = _COMMAND.match(line)
        if command:
            said = command.group("command").lower()
            if said == "end":
                _ended(r)
            r.note(line, "chrome")
            if said == "ignore":
                for rest in lines[n + 1 :]:
                    r.note(rest)
                break
            skipping = said == "skip" or (skipping and said != "endskip")
            continue
        if skipping or not line:
            if skipping:
                r.note(line)
            continue
        if (scope := _OBJECT.match(line)) is not None:
            _object(r, scope.group("name") or "", line)
            continue
        if (array := _ARRAY.match(line)) is not None:
            _array(r, array.group("name") or "", bool(array.group("free")), line)
            continue
        _line(r, line)
    return r.blocks, Hints()


def _ended(r: _Reader) -> None:
    """An ':end': the lines since the last key are the rest of its value, not notes."""
    if r.last is None or not r.held:
        return
    at, value = r.last
    del r.blocks[-len(r.held) :]  # (each was taken for a note, the last blocks read)
    b = r.blocks[at]
    value = " ".join([value, *r.held])
    if b.kind == "p" and not b.hint and b.text.startswith("By ") and not value.startswith("By "):
        value = f"By {value}"
    r.blocks[at] = Block(value, b.kind, b.group, b.hint)
    r.held, r.last = [], None


def _object(r: _Reader, name: str, line: str) -> None:
    """'{name}' opens an object, '{}' closes the one open."""
    r.held, r.last = [], None
    if name:
        r.objects.append(_Object(name.lstrip(".").lower(), len(r.blocks)))
        r.note(line, "chrome")
        return
    r.note(line, "chrome")
    if r.objects:
        _place(r, r.objects.pop())


def _array(r: _Reader, name: str, free: bool, line: str) -> None:
    """'[name]' opens a list ('[+name]' one of the story's parts), '[]' closes the one open."""
    r.held, r.last = [], None
    r.note(line, "chrome")
    if name:
        r.arrays.append((name.lstrip(".").lower(), free))
    elif r.arrays:
        r.arrays.pop()


def _line(r: _Reader, line: str) -> None:
    """A line inside or outside the keys, lists and objects."""
    key = _KEY.match(line)
    item = _ITEM.match(line)
    if r.objects:
        o = r.objects[-1]
        if item and r.arrays:
            o.items.append(item.group("value"))
        elif key:
            o.keys[key.group("key").lower()] = key.group("value")
        o.lines.append(line)
        return
    if r.freeform():
        name = key.group("key").lower() if key else ""
        if name in _CROSSHEAD_KEYS:
            r.note(f"{name}:", "chrome")
            r.blocks.append(Block(key.group("value") if key else line, "h2"))
        elif name in _TEXT_KEYS:
            r.blocks.append(Block(key.group("value") if key else line, "p"))
        elif key and " " not in name:
            r.note(line, "chrome")  # a part of the page's own: 'ad: ...', 'embed: ...'
        else:
            r.blocks.append(Block(line, "p"))
        return
    if r.arrays:  # a list of the page's own ('[sources]'): no story
        r.note(line)
        return
    if key is None:
        r.note(line)  # ignored by the page build: a note
        r.held.append(line)
        return
    r.held = []
    name, value = key.group("key").lower(), key.group("value")
    if name in _HEADLINE_KEYS:
        r.blocks.append(Block(value, "h1", 0, "labelled"))
    elif name in _DEK_KEYS:
        r.blocks.append(Block(value, "p", 0, "dek"))
    elif name in _BYLINE_KEYS:
        r.blocks.append(Block(value if value.lower().startswith("by ") else f"By {value}", "p"))
    elif name in _CONTRIBUTOR_KEYS:
        r.blocks.append(Block(value, "p"))
    else:
        r.note(line, "chrome")  # the page's own: 'slug', 'og_title', 'pubdate', 'tagline'
        r.last = None
        return
    r.last = (len(r.blocks) - 1, value)


def _place(r: _Reader, o: _Object) -> None:
    """A closed object, where it opened: a picture, a list's items, a paragraph, or the
    page's furniture."""
    keys = o.keys
    if _PICTURE_NAMES.search(o.name) and (keys.get("src") or keys.get("caption")):
        src = keys.get("src", "")
        picture = Picture(
            caption=keys.get("caption", ""),
            credit=clean_credit(keys.get("credit", "")),
            alt=keys.get("alt", ""),
            name=src.rsplit("/", 1)[-1],
            source=src,
        )
        shown = [Block(picture.caption, "image", 0, "", picture)]
        shown += [Block(keys["title"], "p", -1, "chrome")] if keys.get("title") else []
    elif o.name in _LIST_NAMES and o.items:
        lead = [Block(keys["text"], "p")] if keys.get("text") else []
        shown = [*lead, *(Block(f"- {item}", "p") for item in o.items)]
    elif o.name in _TEXT_KEYS and keys.get("text"):
        shown = [Block(keys["text"], "p")]
    else:
        shown = [Block(" ".join(o.lines), "p", -1, "chrome")] if o.lines else []
    r.blocks[o.at + 1 : o.at + 1] = shown

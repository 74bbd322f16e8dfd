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
':end' (in an object too); '{name}' opens an object to '{}', '[name]' a list to '[]' (or to
the end of the file), '[+name]' a list of the story's parts (a line of text a paragraph,
'subhed: ...' a crosshead, '{.photo}' or '{.text}' a block, a key the page build knows a
part of the page; a speaker's label in the text, 'Q:' or 'Mayor:', is no key); what stands
outside a key, a list or an object is ignored, and so are ':skip' ... ':endskip' and all
after ':ignore'. The story is read from its keys: the headline, dek and byline from theirs
(a 'headline' before a 'title', which is then the browser's), the text from the list of
parts, a 'body' key to its ':end' (a paragraph a line) or a '[body]' list of parts as
objects ('type: text', 'value: ...'), each photo, graphic or image object a picture, a
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

# (in the order one is taken before another: a page's 'title' beside its 'headline' is the
# browser's title, with the site's name; a 'summary' beside a 'dek' is for search)
_HEADLINE_KEYS: Final = ("headline", "hed", "head", "title")
_DEK_KEYS: Final = ("dek", "deck", "standfirst", "subheadline", "subhead", "summary")
_BYLINE_KEYS: Final = frozenset(("byline", "author", "authors", "by"))
_CONTRIBUTOR_KEYS: Final = frozenset(("contributors", "contributor", "credits", "reporting"))
_CROSSHEAD_KEYS: Final = frozenset(("subhed", "subhead", "crosshead", "heading", "h2"))
_TEXT_KEYS: Final = ("text", "value", "paragraph", "graf")
# a key whose value is the story's text, its paragraphs to an ':end' ('body: ...'), and a
# list whose parts are the story's ('[body]', each part a 'type:' and a 'value:')
_BODY_KEYS: Final = frozenset(("body", "text", "story", "content", "copy", "article"))
_BODY_LISTS: Final = frozenset((*_BODY_KEYS, "paragraphs", "grafs", "parts", "blocks"))
# the parts of a page a list of parts names that are no text of the story: 'ad: leaderboard',
# 'embed: https://...', 'pullquote: ...'
_PAGE_PARTS: Final = re.compile(
    r"(?:ad|ads|advert|embed|html|iframe|video|audio|youtube|vimeo|tweet|twitter|instagram|"
    r"facebook|tiktok|podcast|graphic|chart|map|image|photo|picture|figure|gallery|"
    r"interactive|related|read_?more|links?|newsletter|signup|promo|pull_?quote|quote|"
    r"sidebar|aside|note|divider|break|hr|spacer|button|cta|donate|slug|id)(?:[_.-]\w*)?"
)
_PICTURE_NAMES: Final = re.compile(r"image|photo|picture|graphic|figure|chart|map", re.I)
_LIST_NAMES: Final = frozenset(("list", "bullets", "ul", "ol"))


def is_archieml(text: str) -> bool:
    """Whether a text is an ArchieML document: a headline's key, and a list of parts
    ('[+body]', which may run to the end of the file, as ArchieML lets it), or a list or an
    object closed as ArchieML closes them, or an ':end', ':skip' or ':ignore' line."""
    if re.search(r"^(?:headline|hed|title)[ \t]*:[ \t]*\S", text, re.M | re.I) is None:
        return False
    if re.search(r"^\[\+[A-Za-z_][\w.-]*\][ \t]*$", text, re.M) is not None:
        return True
    return (
        re.search(r"^\[[A-Za-z_][\w.-]*\][ \t]*$", text, re.M) is not None
        or re.search(r"^\{[A-Za-z_.][\w.-]*\}[ \t]*$", text, re.M) is not None
    ) and re.search(r"^(?:\[\]|\{\}|:end|:endskip|:ignore)[ \t]*$", text, re.M) is not None


@dataclass
class _Object:
    """An object being read ('{lead_image}', '{.photo}', a part of a '[body]' list): its
    name, its keys, its items, the last key set and the lines under it until an ':end'."""

    name: str
    at: int  # where its block stands among the blocks
    keys: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    last: str = ""
    held: list[str] = field(default_factory=list)


@dataclass
class _Array:
    """A list being read: its name, whether it is a list of parts ('[+body]'), and, for a
    list of the story's parts as objects ('[body]' of 'type:' and 'value:'), the key that
    opens each part and the part being read."""

    name: str
    free: bool
    first: str = ""
    part: _Object | None = None

    def story(self) -> bool:
        return not self.free and self.name in _BODY_LISTS


@dataclass
class _Reader:
    headline: str  # the key that gives the headline, the dek
    dek: str
    blocks: list[Block] = field(default_factory=list)
    arrays: list[_Array] = field(default_factory=list)
    objects: list[_Object] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # lines under a key, until an ':end'
    last: tuple[int, str, str] | None = None  # the block of the last key set, its key, value
    keys: set[str] = field(default_factory=set)  # the keys of the document's top level

    def note(self, text: str, hint: str = "note") -> None:
        if text.strip():
            self.blocks.append(Block(" ".join(text.split()), "p", -1, hint))

    def freeform(self) -> bool:
        return bool(self.arrays) and self.arrays[-1].free and not self.objects


def archieml_blocks(text: str) -> tuple[list[Block], Hints]:
    """An ArchieML document's blocks: the story its keys give, the rest as notes and
    furniture."""
    r = _read(text, _HEADLINE_KEYS[0], _DEK_KEYS[0])
    headline = next((k for k in _HEADLINE_KEYS if k in r.keys), _HEADLINE_KEYS[0])
    dek = next((k for k in _DEK_KEYS if k in r.keys), _DEK_KEYS[0])
    if (headline, dek) != (r.headline, r.dek):  # (read again, knowing which key is which)
        r = _read(text, headline, dek)
    return r.blocks, Hints()


def _read(text: str, headline: str, dek: str) -> _Reader:
    r = _Reader(headline, dek)
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
    while r.arrays:  # a list left open runs to the end
        _close_array(r)
    return r


def _ended(r: _Reader) -> None:
    """An ':end': the lines since the last key are the rest of its value, not notes."""
    if r.objects:
        o = r.objects[-1]
        if o.last and o.held:
            o.keys[o.last] = " ".join([o.keys[o.last], *o.held])
        o.held = []
        return
    if r.last is None or not r.held:
        return
    at, key, value = r.last
    del r.blocks[-len(r.held) :]  # (each was taken for a note, the last blocks read)
    b = r.blocks[at]
    if key in _BODY_KEYS:  # the story's text: a paragraph a line
        r.blocks[at + 1 : at + 1] = [Block(line, "p") for line in r.held]
        r.held, r.last = [], None
        return
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
        r.arrays.append(_Array(name.lstrip(".").lower(), free))
    elif r.arrays:
        _close_array(r)


def _close_array(r: _Reader) -> None:
    """The list open closed: the part of the story's list being read placed."""
    closed = r.arrays.pop()
    if closed.part is not None:
        _place(r, closed.part)


def _line(r: _Reader, line: str) -> None:
    """A line inside or outside the keys, lists and objects."""
    key = _KEY.match(line)
    item = _ITEM.match(line)
    if r.objects:
        o = r.objects[-1]
        if item and r.arrays:
            o.items.append(item.group("value"))
        elif key:
            o.last = key.group("key").lower()
            o.keys[o.last], o.held = key.group("value"), []
        else:
            o.held.append(line)
        o.lines.append(line)
        return
    if r.freeform():
        _part(r, line, key)
        return
    if r.arrays and r.arrays[-1].story():  # the story's parts as objects, or as items
        _story_part(r, r.arrays[-1], line, key, item)
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
    r.keys.add(name)
    if name == r.headline:
        r.blocks.append(Block(value, "h1", 0, "labelled"))
    elif name == r.dek:
        r.blocks.append(Block(value, "p", 0, "dek"))
    elif name in _BYLINE_KEYS:
        r.blocks.append(Block(value if value.lower().startswith("by ") else f"By {value}", "p"))
    elif name in _CONTRIBUTOR_KEYS:
        r.blocks.append(Block(value, "p"))
    elif name in _BODY_KEYS:  # the story's text, its first line, or its lines to an ':end'
        r.blocks.append(Block(value, "p") if value else Block(line, "p", -1, "chrome"))
    else:
        # the page's own: 'slug', 'og_title', 'pubdate', 'tagline', a 'title' beside the
        # 'headline'
        r.note(line, "chrome")
        r.last = None
        return
    r.last = (len(r.blocks) - 1, name, value)


def _part(r: _Reader, line: str, key: re.Match[str] | None) -> None:
    """A line of a list of parts: a paragraph, a crosshead, a part of the page's own. A
    'key: value' line is one of the parts the page build knows by its key ('subhed:',
    'text:', 'ad:', 'embed: https://...'), not a speaker's label in the text ('Q: Why did
    you leave?', 'Mayor: We will rebuild.')."""
    name = key.group("key").lower() if key else ""
    value = key.group("value") if key else ""
    if name in _CROSSHEAD_KEYS:
        r.note(f"{name}:", "chrome")
        r.blocks.append(Block(value, "h2"))
    elif name in _TEXT_KEYS:
        r.blocks.append(Block(value, "p"))
    elif key and _page_part(key.group("key"), value):
        r.note(line, "chrome")  # a part of the page's own: 'ad: ...', 'embed: ...'
    else:
        r.blocks.append(Block(line, "p"))


def _page_part(key: str, value: str) -> bool:
    """Whether a key in a list of parts names a part of the page: one the page build knows
    ('embed', 'video_id') given a name, a number or an address, or a key written as code (in
    lower case) that the page build knows or that is given one; not a speaker's label before
    words ('A: Yes, we did.', 'Mayor: We will rebuild.')."""
    known = _PAGE_PARTS.fullmatch(key.lower()) is not None
    named = not re.search(r"\s|[.!?,;:]$", value)  # (a name, a number, an address)
    return (known and named) or (key == key.lower() and (known or named))


def _story_part(
    r: _Reader, array: _Array, line: str, key: re.Match[str] | None, item: re.Match[str] | None
) -> None:
    """A line of a list of the story's parts: each part an object whose first key opens the
    next ('type: text', 'value: ...'), or an item ('* ...') a paragraph."""
    if key is not None:
        name = key.group("key").lower()
        if not array.first:
            array.first = name
        if name == array.first and array.part is not None and array.part.keys:
            _place(r, array.part)
            array.part = None
        if array.part is None:
            array.part = _Object("", -1)
        array.part.keys[name] = key.group("value")
        array.part.lines.append(line)
    elif item is not None:
        r.blocks.append(Block(item.group("value"), "p"))
    else:
        r.note(line)  # ignored by the page build: a note


def _text(keys: dict[str, str]) -> str:
    return next((keys[k] for k in _TEXT_KEYS if keys.get(k)), "")


def _place(r: _Reader, o: _Object) -> None:
    """A closed object, where it opened: a picture, a list's items, a paragraph, a
    crosshead, or the page's furniture. A part of a list of the story's parts is named by
    its 'type'."""
    keys = o.keys
    name = o.name or keys.get("type", "text").lower()
    text = _text(keys)
    if _PICTURE_NAMES.search(name) and (keys.get("src") or keys.get("caption")):
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
    elif name in _LIST_NAMES and o.items:
        lead = [Block(text, "p")] if text else []
        shown = [*lead, *(Block(f"- {item}", "p") for item in o.items)]
    elif name in _TEXT_KEYS and text:
        shown = [Block(text, "p")]
    elif name in _CROSSHEAD_KEYS and text:
        shown = [Block(text, "h2")]
    else:
        shown = [Block(" ".join(o.lines), "p", -1, "chrome")] if o.lines else []
    at = o.at + 1 if o.at >= 0 else len(r.blocks)  # (a part of a list: where it closes)
    r.blocks[at:at] = shown

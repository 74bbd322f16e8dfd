"""A story kept in Emacs Org mode, read as the Markdown it would export to.

Org keeps a story's metadata in keyword lines ('#+TITLE:', '#+AUTHOR:'), its notes in
sections tagged ':noexport:', drawers (':PROPERTIES:' ... ':END:'), comment lines and blocks,
and its pictures as links with '#+CAPTION:' and '#+ATTR_HTML: :alt' lines above them. What an
export would print becomes Markdown under a front matter; what it would leave out becomes
HTML comments, which the Markdown reader lists in the filing report and keeps out of the body.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

import yaml

# a keyword line: '#+TITLE: ...', '#+AUTHOR: ...', '#+CAPTION: ...'
_KEYWORD: Final = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)$")
_HEADING: Final = re.compile(
    r"^(?P<stars>\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)[ \t]+)?"
    r"(?:\[#[A-C]\][ \t]+)?(?P<title>.*?)(?:[ \t]+(?P<tags>:[\w@#%:]+:))?[ \t]*$"
)
_COMMENTED: Final = re.compile(r"^COMMENT(?:\s|$)")  # Org's word for a section left out
_DRAWER_END: Final = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
_DRAWER: Final = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_-]+):[ \t]*$")
_PLANNING: Final = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED|CLOCK):")
_BLOCK: Final = re.compile(r"^[ \t]*#\+BEGIN_(?P<kind>\w+)(?P<args>.*)$", re.I)
_BLOCK_END: Final = re.compile(r"^[ \t]*#\+END_(?P<kind>\w+)", re.I)
_COMMENT_LINE: Final = re.compile(r"^[ \t]*#(?:[ \t].*)?$")
_FOOTNOTE: Final = re.compile(r"^\[fn:[\w-]+\][ \t]*(?P<text>.*)$")
# (neither a mark's text nor a link's target holds a bracket: each is read to the next
# bracket, never to the paragraph's end from every '[[' or '[fn:')
_FOOTNOTE_MARK: Final = re.compile(r"\[fn:[\w-]*(?::[^\]\[]*)?\]")
_IMAGE_LINK: Final = re.compile(
    r"^[ \t]*\[\[(?:file:|https?:)?(?P<src>[^\]]+\.(?:jpe?g|png|gif|webp|svg|tiff?))\]"
    r"(?:\[(?P<shown>[^\]]*)\])?\][ \t]*$",
    re.I,
)
_LINK: Final = re.compile(r"\[\[(?P<target>[^\]\[]+)\](?:\[(?P<shown>[^\]]*)\])?\]")
_ALT: Final = re.compile(r":alt[ \t]+(?P<alt>.*?)(?=[ \t]+:\w|$)")
# Org's emphasis: /italic/, *bold*, +struck+, =verbatim=, ~code~, between spaces or marks
# (as Org reads them: after a space or an opening mark, before a space or a closing mark, and
# no longer than a few lines' words: never the slashes of 'https://example.org/a/')
_EMPHASIS: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s\-({'\"]))(?P<mark>[/*+=~])(?=\S)(?P<text>[^\n]{0,300}?\S)(?P=mark)"
    r"(?=[\s\-.,;:!?')}\[\"]|$)"
)
# sections of the file that hold the story itself, not a crosshead in it
_STORY_SECTIONS: Final = frozenset(("story", "body", "text", "copy", "draft", "article"))
_NOTE_SECTIONS: Final = frozenset(("footnotes", "notes", "reporting notes", "desk notes"))
_FRONT_KEYS: Final = {
    "title": "title",
    "subtitle": "subtitle",
    "author": "author",
    "date": "date",
    "description": "description",
}


def is_org(text: str) -> bool:
    """Whether a text file is an Org document: two keyword lines among its first lines, one
    with an Org heading below, a '#+TITLE:' line first, or Emacs's mode line saying so."""
    head = text.lstrip("\ufeff").split("\n", 40)[:40]
    keywords = sum(1 for line in head if _KEYWORD.match(line.strip()))
    first = next((line.strip() for line in head if line.strip() and not _MODE_LINE.match(line)), "")
    return (
        keywords >= 2
        or (keywords == 1 and any(_HEADING.match(line) for line in head))
        or first.upper().startswith("#+TITLE:")  # a file opening with its title
        or any(_MODE_LINE.match(line) is not None and "org" in line.lower() for line in head[:2])
    )


# Emacs's mode line: '# -*- mode: org -*-'
_MODE_LINE: Final = re.compile(r"^\s*#\s*-\*-.*-\*-\s*$")


def org_markdown(text: str) -> str:
    """The Markdown an Org document exports to, its keywords as a front matter and what an
    export leaves out as HTML comments."""
    front: dict[str, str] = {}
    out: list[str] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    skip_level = 0  # inside a section left out of the export, the level of its heading
    planning = False  # right under a heading, where Org reads 'DEADLINE:' as a plan
    begun = False  # the story's text has begun: keywords after it are no front matter
    picture: dict[str, str] = {}
    # where each drawer and each kind of block closes (one never closed is text to Org)
    drawer_ends = [n for n, line in enumerate(lines) if _DRAWER_END.match(line)]
    block_ends: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        if found := _BLOCK_END.match(line):
            block_ends.setdefault(found.group("kind").upper(), []).append(n)
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group("stars"))
            planning = True
            if skip_level and level > skip_level:
                out.append(_comment(line))
                continue
            skip_level = 0
            title = _inline(heading.group("title")).strip()
            tags = heading.group("tags") or ""
            left_out = ":noexport:" in tags or _COMMENTED.match(heading.group("title"))
            if left_out or title.lower() in _NOTE_SECTIONS:
                skip_level = level
                out.append(_comment(line))
            elif level == 1 and title.lower() in _STORY_SECTIONS:
                out.append(_comment(line))
            elif title:
                out += ["", f"## {title}", ""]
            continue
        if skip_level:
            out.append(_comment(line))
            continue
        if planning and _PLANNING.match(line):
            out.append(_comment(line))
            continue
        planning = False
        drawer = _DRAWER.match(line)
        closed = _next(drawer_ends, i) if drawer and drawer.group("name").upper() != "END" else -1
        if closed >= 0:
            out.append(_comment("\n".join(lines[i - 1 : closed])))
            i = closed + 1  # (after the ':END:' line)
            planning = True  # (a heading's drawer, then its plans)
            continue
        block = _BLOCK.match(line)
        kind = block.group("kind").upper() if block else ""
        closed = _next(block_ends.get(kind, []), i) if block else -1
        if closed >= 0:
            held = lines[i:closed]
            i = closed + 1
            if kind in ("QUOTE", "CENTER", "VERSE"):
                mark = "> " if kind == "QUOTE" else ""
                for paragraph in "\n".join(held).split("\n\n"):
                    if paragraph.strip():
                        out += ["", mark + _inline(" ".join(paragraph.split())), ""]
            else:  # source code, examples, comments, exports: never the story's text
                out.append(_comment("\n".join([line, *held])))
            picture = {}
            continue
        keyword = _KEYWORD.match(line.strip())
        if keyword:
            key, value = keyword.group("key").lower(), keyword.group("value").strip()
            if key in _FRONT_KEYS and not begun:
                name = _FRONT_KEYS[key]  # (several lines of one keyword: one long title)
                front[name] = f"{front[name]} {_inline(value)}" if name in front else _inline(value)
            elif key == "caption":
                picture["caption"] = _inline(value)
                picture["line"] = line
            elif key.startswith("attr_") and (given := _ALT.search(value)):
                picture["alt"] = given.group("alt").strip()
                out.append(_comment(line))
            else:
                out.append(_comment(line))
            continue
        if _COMMENT_LINE.match(line):
            out.append(_comment(line))
            continue
        image = _IMAGE_LINK.match(line)
        if image:
            shown = picture.get("alt", "") or (image.group("shown") or "")
            out += ["", f"![{_escaped(shown)}](<{image.group('src').strip()}>)"]
            if picture.get("caption"):
                out.append(f"*{picture['caption']}*")
            out.append("")
            picture = {}
            continue
        if line.strip() and picture:  # a caption for what is no picture (a table): kept aside
            if "line" in picture:
                out.append(_comment(picture["line"]))
            picture = {}
        footnote = _FOOTNOTE.match(line)
        if footnote:
            held = [footnote.group("text")]
            while i < len(lines) and lines[i].strip() and not _FOOTNOTE.match(lines[i]):
                held.append(lines[i])
                i += 1
            out.append(_comment("\n".join(held)))
            continue
        out.append(_PLAIN + line)
        begun = begun or bool(line.strip())
    body = "\n".join(_paragraphs(out))
    matter = yaml.safe_dump(front, allow_unicode=True, sort_keys=False) if front else ""
    return f"---\n{matter}---\n{body}\n" if matter else f"{body}\n"


def _next(ends: list[int], at: int) -> int:
    """The first of `ends` (line numbers, in order) at or after `at`, or -1: where a drawer
    or a block opened above line `at` closes; one never closed is no drawer or block to Org,
    and its lines are text."""
    k = bisect.bisect_left(ends, at)
    return ends[k] if k < len(ends) else -1


_PLAIN: Final = "\x00"  # a line of the story's text, to be joined with the rest of its paragraph
_LIST_ITEM: Final = re.compile(r"^[ \t]*(?:[-+]|\d+[.)])[ \t]+")


def _paragraphs(out: list[str]) -> list[str]:
    """The lines of text joined into their paragraphs (Org wraps them; a list's items stay
    one to a line), each paragraph's markup read once it is whole."""
    joined: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            joined.append(_inline(" ".join(run)))
            run.clear()

    for line in out:
        if not line.startswith(_PLAIN):
            flush()
            joined.append(line)
            continue
        text = line[1:].strip()
        if not text or _LIST_ITEM.match(line[1:]):
            flush()
            if text:
                run.append(text)
            else:
                joined.append("")
            continue
        run.append(text)
    flush()
    return joined


def _inline(text: str) -> str:
    """A line's Org markup as Markdown: links as their words, struck text left out,
    emphasis as Markdown's, footnote marks dropped."""
    text = _FOOTNOTE_MARK.sub("", text)
    text = _LINK.sub(lambda m: m.group("shown") or m.group("target").removeprefix("file:"), text)
    return _EMPHASIS.sub(_emphasis, text)


def _emphasis(m: re.Match[str]) -> str:
    mark, inner = m.group("mark"), m.group("text")
    if mark == "+":
        return ""  # struck out: deleted text
    if mark == "/":
        return f"*{inner}*"
    if mark == "*":
        return f"**{inner}**"
    return inner


def _comment(text: str) -> str:
    return f"<!-- {text.replace('-->', '-- >')} -->"


def _escaped(alt: str) -> str:
    return alt.replace("[", "(").replace("]", ")")

"""A story kept in a DokuWiki, filed as the page's source, read as the Markdown it renders to.

DokuWiki marks its headings with equals signs ('====== Title ======' for the first level),
italics with slashes ('//words//'), links and pictures with brackets and braces
('[[ns:page|words]]', '{{ :ns:photo.jpg?640 |title}}'), and keeps its notes in plugins: boxes
('<WRAP important>'), comments ('/* ... */'), footnotes ('((...))'), struck text
('<del>...</del>'), tags and macros ('{{tag>...}}', '~~NOTOC~~'). What a reader of the page
would see becomes Markdown; what the page keeps for its editors becomes HTML comments, which
the Markdown reader lists in the filing report and keeps out of the body.
"""

from __future__ import annotations

import re
from typing import Final

_MACRO: Final = re.compile(r"^[ \t]*~~[A-Z_]+(?::[^~]*)?~~[ \t]*$")
_TAG: Final = re.compile(r"^[ \t]*\{\{tag>[^}]*\}\}[ \t]*$", re.I)
# a picture alone on its line: '{{ :ns:file.jpg?640 |title}}' (spaces inside say how it sits)
_IMAGE: Final = re.compile(
    r"^[ \t]*\{\{[ \t]*(?P<src>[^|{}\s]+\.(?:jpe?g|png|gif|webp|svg|tiff?))(?:\?[^|{}\s]*)?"
    r"[ \t]*(?:\|(?P<title>[^{}]*))?\}\}[ \t]*$",
    re.I,
)
_BOX_OPEN: Final = re.compile(r"^[ \t]*<(?:WRAP|block|div)\b(?P<classes>[^>]*)>[ \t]*$", re.I)
# the wrap plugin's classes that lay a page out, not box a note: '<WRAP half column>'
_LAYOUT: Final = frozenset(
    (
        *("group", "half", "column", "third", "quarter", "twothirds", "threequarters"),
        *("clear", "left", "right", "center", "centeralign", "leftalign", "rightalign"),
    )
)
# pictures set side by side on a line of their own: '{{ :a.jpg?300 |A}} {{ :b.jpg?300 |B}}'
_IMAGES: Final = re.compile(r"^[ \t]*(?:\{\{[^{}]*\}\}[ \t]*){2,}$")
_ONE_IMAGE: Final = re.compile(r"\{\{[^{}]*\}\}")
# a Markdown heading: a note in another app's Markdown, not a DokuWiki page
_MARKDOWN_HEADING: Final = re.compile(r"^#{1,6} \S")
_BOX_CLOSE: Final = re.compile(r"^[ \t]*</(?:WRAP|block|div)>[ \t]*$", re.I)
_CODE_OPEN: Final = re.compile(r"^[ \t]*<(?P<tag>code|file|nowiki|html|php)\b[^>]*>", re.I)
_LIST_ITEM: Final = re.compile(r"^(?: {2,}|\t+)(?P<mark>[*-])[ \t]+(?P<text>.*)$")
_RULE: Final = re.compile(r"^[ \t]*-{4,}[ \t]*$")
# (each mark's span is bounded, so a line of marks never closed is read in linear time)
_FOOTNOTE: Final = re.compile(r"\(\((?:(?!\)\)).){0,1500}\)\)", re.S)
_STRUCK: Final = re.compile(r"<del>.{0,1500}?</del>", re.I | re.S)
_LINK: Final = re.compile(r"\[\[(?P<target>[^\]\[|]*)(?:\|(?P<shown>[^\]\[]*))?\]\]")
_INLINE_IMAGE: Final = re.compile(r"\{\{[^{}]*\}\}")
# '//italic//' between words, never the slashes of 'https://'
_ITALIC: Final = re.compile(r"(?<![:\w/])//(?=\S)(?P<text>.{1,600}?)(?<=\S)//(?!/)")
_MONO: Final = re.compile(r"''(?P<text>.{1,600}?)''")
_UNDERLINE: Final = re.compile(r"__(?P<text>.{1,600}?)__")
_FORCED_BREAK: Final = re.compile(r"[ \t]*\\\\(?:[ \t]+|$)")


def is_dokuwiki(text: str) -> bool:
    """Whether a text file is a DokuWiki page's source: a heading in equals signs and, among
    its first lines, a second mark of the syntax (a macro, a box, a picture or link in its
    brackets, or italics in slashes)."""
    head = text.lstrip("\ufeff").split("\n", 60)[:60]
    if any(_MARKDOWN_HEADING.match(line) for line in head):
        return False  # (an Obsidian note with a '==highlight==' and a [[link]])
    if not any(_is_heading(line) for line in head):
        return False
    return any(
        _MACRO.match(line)
        or _BOX_OPEN.match(line)
        or _IMAGE.match(line)
        or _LINK.search(line)
        or (line.startswith("//") and line.rstrip().endswith("//") and len(line.strip()) > 4)
        for line in head
    )


def _heading(line: str) -> tuple[int, str] | None:
    """('====== Title ======') the heading's signs and its title: six signs for the first
    level, two for the fifth, as many after the title as before."""
    bare = line.strip()
    if not bare.startswith("==") or not bare.endswith("=="):
        return None
    signs = len(bare) - len(bare.lstrip("="))
    title = bare[signs : len(bare) - signs]
    if not 2 <= signs <= 6 or len(bare) - len(bare.rstrip("=")) != signs or not title.strip():
        return None
    return signs, title.strip()


def _is_heading(line: str) -> bool:
    return _heading(line) is not None


def dokuwiki_markdown(text: str) -> str:
    """The Markdown a DokuWiki page's source renders to, its editors' notes as comments."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    out: list[str] = []
    run: list[str] = []
    picture = False  # the line above was a picture: an italic line under it is its caption

    def flush() -> None:
        if run:
            out.extend(["", _inline(" ".join(run)), ""])
            run.clear()

    layout = 0  # how many layout boxes are open
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        stripped = line.strip()
        if "/*" in line and stripped.startswith("/*"):  # the comment plugin's note
            held = [line]
            while "*/" not in held[-1] and i < len(lines):
                held.append(lines[i])
                i += 1
            flush()
            out.append(_comment("\n".join(held)))
            continue
        box = _BOX_OPEN.match(line)
        if box and set(box.group("classes").lower().split()) <= _LAYOUT | {"wrap"}:
            layout += 1  # a box that lays the page out: its lines are the page's
            continue
        if layout and _BOX_CLOSE.match(line):
            layout -= 1
            continue
        if box or (code := _CODE_OPEN.match(line)) is not None:
            closing = _BOX_CLOSE if _BOX_OPEN.match(line) else None
            held = [line]
            while i < len(lines):
                held.append(lines[i])
                i += 1
                if closing is not None and closing.match(held[-1]):
                    break
                if closing is None and code is not None and f"</{code.group('tag')}" in held[-1]:
                    break
            flush()
            out.append(_comment("\n".join(held)))  # an editors' box, code: not the story
            picture = False
            continue
        if _MACRO.match(line) or _TAG.match(line) or _RULE.match(line):
            flush()
            out.append(_comment(stripped))
            continue
        heading = _heading(line)
        if heading is not None:
            flush()
            out.extend(["", "#" * (7 - heading[0]) + " " + _inline(heading[1]), ""])
            continue
        images = [_IMAGE.match(one) for one in _ONE_IMAGE.findall(line)]
        if (_IMAGE.match(line) or _IMAGES.match(line)) and images and all(images):
            flush()
            for image in images:
                assert image is not None
                out.extend(["", _picture(image)])
            picture = True
            continue
        if picture and stripped.startswith("//") and stripped.endswith("//"):
            out.extend([_inline(stripped), ""])
            picture = False
            continue
        picture = False
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            mark = "-" if item.group("mark") == "*" else "1."
            out.append(f"{mark} {_inline(item.group('text'))}")
            continue
        if not stripped:
            flush()
            out.append("")
            continue
        run.append(stripped)
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _inline(text: str) -> str:
    """A line's DokuWiki markup as Markdown: footnotes and struck text left out, links as
    their words, italics as Markdown's, monospace and underline as plain words."""
    text = _FOOTNOTE.sub("", text)
    text = _STRUCK.sub("", text)
    text = _LINK.sub(lambda m: (m.group("shown") or m.group("target")).strip(), text)
    text = _INLINE_IMAGE.sub("", text)
    text = _FORCED_BREAK.sub(" ", text)
    text = _ITALIC.sub(lambda m: f"*{m.group('text')}*", text)
    text = _MONO.sub(lambda m: m.group("text"), text)
    text = _UNDERLINE.sub(lambda m: m.group("text"), text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _picture(image: re.Match[str]) -> str:
    """A picture as Markdown: its media id as a path ('photos/a.jpg'), an address as it is."""
    src = image.group("src")
    if not re.match(r"https?://", src):
        src = src.strip(":").replace(":", "/")
    title = (image.group("title") or "").strip()
    return f"![{title.replace('[', '(').replace(']', ')')}](<{src}>)"


def _comment(text: str) -> str:
    return f"<!-- {text.replace('-->', '-- >')} -->"

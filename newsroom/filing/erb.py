"""The ERB tags of a Ruby site's Markdown post (Bridgetown's, a Rails CMS's), read apart from
its text: a comment ('<%# DESK: ... %>') is a note to the desk; a component rendered with a
picture's arguments ('<%= render Shared::Figure.new(image: "...", alt: "...", caption:
"...", credit: "...") %>') is that picture; any other render (a newsletter box, related
stories) is the page's furniture; a block's opening and closing tags ('<%= markdownify do
%>', '<% end %>') are no text, and what they hold is read as the post's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Picture

# a tag standing alone on its lines (a call's arguments may run over several)
_TAG: Final = re.compile(r"^[ \t]*<%(?P<kind>[#=-]?)(?P<code>.*?)-?%>[ \t]*$", re.S | re.M)
# a keyword argument given as a string: 'caption: "A notice on a door."'
_ARGUMENT: Final = re.compile(
    r"\b(?P<key>\w+):\s*(?P<quote>[\"'])(?P<value>(?:\\.|(?!(?P=quote)).)*)(?P=quote)", re.S
)
_SOURCES: Final = ("image", "src", "url", "path", "image_path")


def erb_tags(
    body: str, figures: list[Picture], mark: Callable[[int], str]
) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without its ERB tags, each picture a component shows marked where it
    stands (`mark` of its place in `figures`), and (hint, text) of each other tag: ('note',
    ...) for a comment, ('chrome', ...) for a render."""
    if "<%" not in body:
        return body, []
    held: list[tuple[str, str]] = []

    def take(found: re.Match[str]) -> str:
        code = " ".join(found.group("code").split())
        if found.group("kind") == "#":
            held.append(("note", code))
            return ""
        picture = _picture(found.group("code")) if code.startswith("render ") else None
        if picture is not None:
            figures.append(picture)
            return f"\n{mark(len(figures) - 1)}\n"
        if code.startswith("render "):
            held.append(("chrome", " ".join(found.group().split())))
        return ""

    return _TAG.sub(take, body), held


def _picture(call: str) -> Picture | None:
    """The picture a component's arguments give: its file, alt text, caption and credit."""
    arguments = {m.group("key"): _unquoted(m.group("value")) for m in _ARGUMENT.finditer(call)}
    source = next((arguments[key] for key in _SOURCES if arguments.get(key)), "")
    if not source:
        return None
    caption, credit = arguments.get("caption", ""), arguments.get("credit", "")
    if not credit:
        caption, credit = split_credit(caption)
    return Picture(
        caption=caption,
        credit=credit,
        alt=arguments.get("alt", ""),
        name=source.split("?", 1)[0].rsplit("/", 1)[-1],
        source=source,
    )


def _unquoted(value: str) -> str:
    return " ".join(re.sub(r"\\(.)", r"\1", value).split())

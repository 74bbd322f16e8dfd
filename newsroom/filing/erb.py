"""The ERB tags of a Ruby site's Markdown post (Bridgetown's, a Rails CMS's), read apart from
its text: a comment ('<%# DESK: ... %>') is a note to the desk, one left open ending with its
block; an image component rendered with a picture's arguments ('<%= render
Shared::Figure.new(image: "...", alt: "...", caption: "...", credit: "...") %>') is that
picture, and so is a picture by the site's helper ('<%= image_tag "...", alt: "..." %>'); any
other render (a newsletter box, related stories) is the page's furniture, and so is what a
block for another part of the layout holds ('<% content_for :sidebar do %>'); a link whose
address a tag builds ('[the parish website](<%= @config[:url] %>/classes)') is its words; a
block's opening and closing tags ('<%= markdownify do %>', '<% end %>') are no text, and what
they hold is read as the post's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

from newsroom.filing.captions import split_credit
from newsroom.filing.draft import Picture

# a tag standing alone on its lines (a call's arguments may run over several, but a tag
# never runs past its own block: a comment left open is not closed by a later tag's '%>')
_TAG: Final = re.compile(
    r"^[ \t]*<%(?P<kind>[#=-]?)(?P<code>(?:(?!\n[ \t]*\n).)*?)-?%>[ \t]*$", re.S | re.M
)
# a block the layout sets elsewhere on the page, the sidebar's or the footer's ('<%
# content_for :sidebar do %>' ... '<% end %>', the end as far in as the opening)
_ELSEWHERE: Final = re.compile(
    r"^(?P<indent>[ \t]*)<%-?\s*content_for\b[^%\n]*\bdo\s*-?%>[ \t]*\n"
    r"(?P<held>.*?)^(?P=indent)<%-?\s*end\s*-?%>[ \t]*$",
    re.S | re.M,
)
# a comment whose '%>' was forgotten: it runs to the end of its block
_OPEN_COMMENT: Final = re.compile(
    r"^[ \t]*<%#(?P<code>(?:(?!%>|\n[ \t]*\n).)*)(?=\n[ \t]*\n|\n?\Z)", re.S | re.M
)
# a keyword argument given as a string: 'caption: "A notice on a door."'
_ARGUMENT: Final = re.compile(
    r"\b(?P<key>\w+):\s*(?P<quote>[\"'])(?P<value>(?:\\.|(?!(?P=quote)).)*)(?P=quote)", re.S
)
# arguments that name a picture's file in any component; the others ('url', 'src',
# 'path') only in a component that is a picture, or when they name an image file
_IMAGE_SOURCES: Final = ("image", "image_path")
_SOURCES: Final = ("src", "url", "path")
_IMAGE_COMPONENT: Final = re.compile(
    r"^render\s+(?:\w+::)*\w*(?:Figure|Image|Photo|Picture|Media|Gallery|Graphic)\w*\b"
)
# a picture by the site's helper, its file the first argument: 'image_tag "2026/crowd.jpg",
# alt: "..."' (Rails's, Middleman's)
_IMAGE_HELPER: Final = re.compile(r"^image_tag\s*\(?\s*(?P<source>\"[^\"]+\"|'[^']+')")
_IMAGE_FILE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|svg)(?:\?|$)", re.I)
# a link whose address the site builds as it renders the page, from a tag: '[the parish
# website](<%= @config[:parish_url] %>/classes)', no address the story can keep: its words
_BUILT_LINK: Final = re.compile(r"\[(?P<words>[^\[\]\n]{1,300})\]\(\s*<%=[^%\n]{1,200}%>[^()\s]*\)")


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
        picture = None
        if code.startswith("render "):
            picture = component_picture(found.group("code"))
        elif helper := _IMAGE_HELPER.match(code):  # 'image_tag "2026/crowd.jpg", alt: "..."'
            picture = component_picture(f"src: {helper.group('source')} {code[helper.end() :]}")
        if picture is not None:
            figures.append(picture)
            return f"\n{mark(len(figures) - 1)}\n"
        if code.startswith("render "):
            held.append(("chrome", " ".join(found.group().split())))
        return ""

    def take_open(found: re.Match[str]) -> str:
        held.append(("note", " ".join(found.group("code").split())))
        return ""

    def take_elsewhere(found: re.Match[str]) -> str:
        held.append(("chrome", " ".join(found.group("held").split())))
        return ""

    body = _ELSEWHERE.sub(take_elsewhere, body) if "content_for" in body else body
    body = _BUILT_LINK.sub(r"\g<words>", body)
    return _OPEN_COMMENT.sub(take_open, _TAG.sub(take, body)), held


def component_picture(call: str) -> Picture | None:
    """The picture a component's arguments give ('caption: "..."', as ERB's and Vento's
    calls write them): its file, alt text, caption and credit."""
    arguments = {m.group("key"): _unquoted(m.group("value")) for m in _ARGUMENT.finditer(call)}
    return argument_picture(arguments, _IMAGE_COMPONENT.match(" ".join(call.split())) is not None)


def argument_picture(arguments: Mapping[str, str], image_component: bool) -> Picture | None:
    """The picture a template's call gives by its arguments (`image_component`: the call is
    a picture's, whose 'src' or 'path' names its file whatever the file's name)."""
    source = next((arguments[key] for key in _IMAGE_SOURCES if arguments.get(key)), "")
    if not source:
        source = next(
            (
                arguments[key]
                for key in _SOURCES
                if arguments.get(key) and (image_component or _IMAGE_FILE.search(arguments[key]))
            ),
            "",
        )
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

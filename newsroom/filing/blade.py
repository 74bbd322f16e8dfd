"""The Blade directives of a Jigsaw site's Markdown post (a file Blade reads before its
Markdown is rendered), read apart from its text: a comment ('{{-- DESK: ... --}}') is a note
to the desk; an include of a partial with a picture's arguments ("@include('_partials.photo',
['src' => '...', 'alt' => '...', 'caption' => '...', 'credit' => '...'])") is that picture,
and any other include (a newsletter box, related posts) the page's furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsroom.filing.draft import Picture
from newsroom.filing.erb import argument_picture

# a comment, on one line or across several
_COMMENT: Final = re.compile(r"\{\{--(?P<text>.*?)--\}\}", re.S)
# an include alone on its lines, the partial's name and its array of arguments (which may
# run over several lines, never past its paragraph)
_INCLUDE: Final = re.compile(
    r"^[ \t]*@include(?:If|When|First)?\(\s*(?P<quote>['\"])(?P<name>[\w./-]+)(?P=quote)"
    r"(?P<arguments>(?:(?!\n[ \t]*\n).)*?)\)[ \t]*$",
    re.S | re.M,
)
# an argument given as a string: "'caption' => 'Elders watch the dancing.'"
_ARGUMENT: Final = re.compile(
    r"(?P<keyquote>['\"])(?P<key>\w+)(?P=keyquote)\s*=>\s*"
    r"(?P<quote>['\"])(?P<value>(?:\\.|(?!(?P=quote)).)*)(?P=quote)",
    re.S,
)
# a partial that shows a picture, by its name's last part: '_partials.photo', 'figure'
_PICTURE_PARTIAL: Final = re.compile(
    r"(?:^|[./_-])(?:figure|image|photo|picture|media|graphic)s?$", re.I
)


def blade_tags(
    body: str, figures: list[Picture], mark: Callable[[int], str]
) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without its Blade comments and includes, each picture an include shows
    marked where it stands (`mark` of its place in `figures`), and (hint, text) of each other
    directive: ('note', ...) for a comment, ('chrome', ...) for an include."""
    if "{{--" not in body and "@include" not in body:
        return body, []
    held: list[tuple[str, str]] = []

    def comment(found: re.Match[str]) -> str:
        held.append(("note", " ".join(found.group("text").split())))
        return ""

    def include(found: re.Match[str]) -> str:
        arguments = {
            m.group("key"): " ".join(re.sub(r"\\(.)", r"\1", m.group("value")).split())
            for m in _ARGUMENT.finditer(found.group("arguments"))
        }
        picture = argument_picture(
            arguments, _PICTURE_PARTIAL.search(found.group("name")) is not None
        )
        if picture is None:  # (the partial's name and each of its words, as the page shows them)
            held.extend(
                [("chrome", found.group("name")), *(("chrome", v) for v in arguments.values())]
            )
            return ""
        figures.append(picture)
        return f"\n{mark(len(figures) - 1)}\n"

    body = _COMMENT.sub(comment, body) if "{{--" in body else body
    return (_INCLUDE.sub(include, body) if "@include" in body else body), held

"""The Vento tags of a Lume site's Markdown post, read apart from its text: a comment ('{{#
KQ to desk: ... #}}') is a note to the desk; a component called with a picture's properties
('{{ comp.figure({ src: "...", alt: "...", caption: "...", credit: "..." }) }}') is that
picture, any other component ('{{ comp.pullquote({ ... }) }}') and an include ('{{ include
"partials/x.vto" }}') the page's furniture; a loop ('{{ for p of search.pages(...) }}' ...
'{{ /for }}') fills the site's list under its heading, no words of the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsroom.filing.draft import Picture
from newsroom.filing.erb import component_picture

# a comment, on one line or across several
_COMMENT: Final = re.compile(r"\{\{#(?P<text>.*?)#\}\}", re.S)
# a loop and what it repeats, its tags each alone on their line, and the heading right over
# it, the list's ('## More from the coast')
_LOOP: Final = re.compile(
    r"^(?:#{1,6}[ \t][^\n]*\n[ \t]*\n?)?"
    r"[ \t]*\{\{-?\s*for\s+[^{}\n]*\bof\b[^{}\n]*-?\}\}.*?^[ \t]*\{\{-?\s*/for\s*-?\}\}[ \t]*$",
    re.S | re.M,
)
# a component called with an object of properties, or an include, alone on its lines (its
# properties may run over several, never past its paragraph)
_CALL: Final = re.compile(
    r"^[ \t]*\{\{-?\s*(?P<code>(?:\w+\.)+\w+\(\s*\{(?:(?!\n[ \t]*\n).)*?\}\s*\)|"
    r"include\s+[\"'][^\"'\n]+[\"'][^{}\n]*?)\s*-?\}\}[ \t]*$",
    re.S | re.M,
)


def vento_tags(
    body: str, figures: list[Picture], mark: Callable[[int], str]
) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without its Vento tags, each picture a component shows marked where it
    stands (`mark` of its place in `figures`), and (hint, text) of each other tag: ('note',
    ...) for a comment, ('chrome', ...) for a component, an include or a loop."""
    if "{{" not in body:
        return body, []
    held: list[tuple[str, str]] = []

    def comment(found: re.Match[str]) -> str:
        held.append(("note", " ".join(found.group("text").split())))
        return ""

    def furniture(found: re.Match[str]) -> str:
        held.append(("chrome", " ".join(found.group().split())))
        return ""

    def call(found: re.Match[str]) -> str:
        picture = component_picture(found.group("code"))
        if picture is None:
            return furniture(found)
        figures.append(picture)
        return f"\n{mark(len(figures) - 1)}\n"

    body = _COMMENT.sub(comment, body) if "{{#" in body else body
    return _CALL.sub(call, _LOOP.sub(furniture, body)), held

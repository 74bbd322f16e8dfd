"""A page fetched as Markdown through a reader service (what a desk does when a partner sends
only a link): the service's header over the page ('Title:' the page's `<title>`, 'URL
Source:', 'Published Time:', then 'Markdown Content:'), and the whole page converted under
it, its pictures numbered in the order the service met them ('![Image 2: alt](...)', or
'![Image 3](...)' for a picture with no alt text).

The header is the service's, no part of the story (the title a page's `<title>` with its
site's name), and is furniture; the numbering is the service's label, so a picture's alt is
the words after it. The page under the header is then read as any Markdown page is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from newsroom.filing.draft import Block

# the service's header: its fields on lines of their own, 'Markdown Content:' last
_HEADER: Final = re.compile(
    r"^\ufeff?Title:[^\n]*\n\s*URL Source:[ \t]*\S+[ \t]*\n"
    r"(?:\s*[A-Z][A-Za-z ]{2,30}:[^\n]*\n){0,6}?\s*Markdown Content:[ \t]*\n"
)
# a line of links and nothing else (a list's item, a run of them, a breadcrumb's), each
# link's words perhaps a picture (a logo linking to the site): the page's navigation, share
# buttons and teasers, never the story's sentences
_LINK: Final = r"\[(?:!\[[^\[\]\n]*\]\([^()\s]*\)|[^\[\]\n]*)\]\([^()\s]*\)"
_LINKS_ONLY: Final = re.compile(rf"^(?:[*+-]\s+)?(?:{_LINK}\s*[/|·•>›»]?\s*)+$", re.M)
# a link inside a line of text ('... [Become a supporter](https://...) from $5 a month.'), not
# a picture: its words, as the page showed them
_INLINE_LINK: Final = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\([^()\s]*\)")
# the service's number in a picture's alt: '![Image 2: A bus at the bridge](' or '![Image 3]('
_NUMBERED: Final = re.compile(r"!\[Image \d{1,4}(?::\s*([^\[\]\n]*))?\]\(")


def is_reader_grab(text: str) -> bool:
    """Whether the text is a page a reader service fetched as Markdown: its header first."""
    return _HEADER.match(text) is not None


def reader_grab(text: str) -> tuple[str, list[Block]]:
    """The page's Markdown under the service's header, the pictures' numbers taken off their
    alt texts, lines of links alone made comments (the page's navigation) and the links in a
    line of text their words, as a saved page is read; and the header's lines as furniture
    blocks."""
    found = _HEADER.match(text)
    if found is None:
        return text, []
    lines = [" ".join(line.split()) for line in found.group().split("\n") if line.strip()]
    header = [Block(line, "p", n, "chrome") for n, line in enumerate(lines)]
    page = _NUMBERED.sub(lambda m: f"![{m.group(1) or ''}](", text[found.end() :])
    page = _LINKS_ONLY.sub(lambda m: f"<!-- {m.group().replace('--', '- -')} -->", page)
    page = _INLINE_LINK.sub(r"\1", page)
    return page, header


def under_header(header: list[Block], blocks: list[Block]) -> list[Block]:
    """The page's blocks after the header's, their groups counted on from the header's."""
    return header + [replace(b, group=b.group + len(header)) for b in blocks]

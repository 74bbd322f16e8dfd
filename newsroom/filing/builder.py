"""A page built from components listed in a Markdown file's front matter.

A site builder's visual editor (CloudCannon's Bookshop, Forestry's and TinaCMS's block
templates) keeps a page as a list of components, each naming the component it is
(`_bookshop_name: content/rich_text`, `_template: image`) and holding its fields; the
Markdown body under the front matter is empty. The story is the page as the components set
it: the hero at the top gives the headline, the standfirst under it, the byline and the lead
picture; each text component's Markdown is the story's text, in order, and each picture
component a picture between them. The site's other components (a score card, a call to
join, a newsletter box) are the site's, not the story's.
"""

from __future__ import annotations

import re
from typing import Any, Final

# the field naming a component, as each builder writes it
_NAMED_BY: Final = ("_bookshop_name", "_template", "template", "_type", "component")
# what a component's name says it holds: text, or a picture
_TEXT: Final = re.compile(r"(?:^|[/_-])(?:rich[_-]?text|text|markdown|prose|copy|body)$", re.I)
_PICTURE: Final = re.compile(r"(?:^|[/_-])(?:image|picture|photo|figure)$", re.I)
_HERO: Final = re.compile(r"hero|header|title|intro|masthead|banner|lead", re.I)
_TEXT_FIELDS: Final = ("content", "text", "body", "markdown")
_SOURCE_FIELDS: Final = ("src", "image", "file", "url")
# the hero's fields, as the front matter's own would name them
_HERO_FIELDS: Final = {
    "headline": ("heading", "headline", "title"),
    "dek": ("subheading", "subtitle", "standfirst", "lead", "intro"),
    "byline": ("byline", "author", "authors"),
}


def components(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's components in order, or [] when the front matter lists none: a list of
    two or more mappings, each named by its builder's field, one of them text."""
    for value in data.values():
        if (
            isinstance(value, list)
            and len(value) > 1
            and all(isinstance(c, dict) and _name(c) for c in value)
            and any(_TEXT.search(_name(c)) for c in value)
        ):
            return value
    return []


def hero_fields(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """What the page's hero (a component named for it, with a heading, above the first
    text) says, under the front matter's own names: headline, dek, byline and its picture
    as 'image'."""
    for part in parts:
        if _TEXT.search(_name(part)):
            break
        if not _HERO.search(_name(part)):
            continue  # (a notice or a call to subscribe over the story is no hero)
        fields = {
            key: value
            for key, names in _HERO_FIELDS.items()
            if (value := next((part[n] for n in names if part.get(n)), None))
        }
        if "headline" in fields:
            if isinstance(picture := part.get("image"), dict):
                fields["image"] = picture
            return fields
    return {}


def page_parts(parts: list[dict[str, Any]]) -> list[str | dict[str, Any]]:
    """The page's text and pictures in order: each text component's Markdown, and each
    picture component as a mapping of its fields, its address under 'src'."""
    out: list[str | dict[str, Any]] = []
    for part in parts:
        name = _name(part)
        if _TEXT.search(name):
            out += [part[f] for f in _TEXT_FIELDS if isinstance(part.get(f), str)][:1]
        elif _PICTURE.search(name):
            source = next((part[f] for f in _SOURCE_FIELDS if isinstance(part.get(f), str)), "")
            if source:
                out.append({**part, "src": source})
    return out


def _name(part: dict[str, Any]) -> str:
    name = next((part[k] for k in _NAMED_BY if isinstance(part.get(k), str)), "")
    return str(name)

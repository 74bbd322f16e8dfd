"""A page a developer hub exports as Markdown (ReadMe's): Markdown with the hub's own blocks
in it. Its legacy 'magic blocks' hold JSON between '[block:kind]' and '[/block]' lines:

    [block:image]
    {"images": [{"image": ["https://.../a.jpg", "a.jpg", 1600, 1067], "caption": "..."}]}
    [/block]

An image block is the story's picture, captioned by its caption (the file name in it is no
alt); a callout is a box set apart from the text (a note, a warning, a draft's word to the
desk), a parameters block a table, an embed a video or a link's card: none of them the
story's text. The newer '<Image ... />' component is a picture by its props, a glossary
term ('<<glossary:Payout API>>') is its words, and a callout written as a quotation opening
with its emoji ('> 📘 Developer questions') is a box set apart, as the legacy one is.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Final

# (its JSON ends at the next block's line, opening or closing: a page of unclosed '[block:x]'
# lines is not searched to its end from each of them)
_MAGIC_BLOCK: Final = re.compile(
    r"^\[block:(?P<kind>[\w-]{1,40})\][ \t]*\n(?P<json>(?:(?!\n\[/?block[:\]]).)*?)"
    r"\n\[/block\][ \t]*$",
    re.M | re.S,
)
_GLOSSARY: Final = re.compile(r"<<glossary:(?P<term>[^<>\n]{1,80})>>")
_IMAGE_COMPONENT: Final = re.compile(r"^[ \t]*<Image\b(?P<props>[^<>]*?)/?>[ \t]*$", re.M)
_PROP: Final = re.compile(r"(?P<name>\w+)=(?:\"(?P<value>[^\"]*)\"|\{[^{}]*\})")
# a callout as a quotation, its first line opening with the emoji of its kind: info, success,
# warning, error
_QUOTED_CALLOUT: Final = re.compile(r"^>[ \t]*(?:📘|👍|🚧|❗|ℹ️|⚠️)\ufe0f?[^\n]*(?:\n>[^\n]*)*", re.M)


def is_hub_export(body: str) -> bool:
    """Whether a Markdown page is a developer hub's export: a magic block of its own, or a
    glossary term written as the hub writes one."""
    return _MAGIC_BLOCK.search(body) is not None or _GLOSSARY.search(body) is not None


def hub_markdown(body: str) -> tuple[str, list[str]]:
    """The page as plain Markdown: its pictures as images with their captions, its glossary
    terms as their words; and the words of the boxes and widgets left out (furniture)."""
    left: list[str] = []

    def block(found: re.Match[str]) -> str:
        data = _json(found.group("json"))
        images = data.get("images") if data is not None else None
        if found.group("kind") == "image" and isinstance(images, list):
            return "\n\n".join(_image(item) for item in images if item)
        if data is not None:
            left.extend(_words(data))
        return ""

    body = _MAGIC_BLOCK.sub(block, body)
    body = _GLOSSARY.sub(lambda m: m.group("term"), body)
    body = _IMAGE_COMPONENT.sub(_image_component, body)

    def callout(found: re.Match[str]) -> str:
        lines = (line.lstrip(">").strip() for line in found.group().split("\n"))
        left.extend(line for line in lines if line)
        return ""

    return _QUOTED_CALLOUT.sub(callout, body), left


def _json(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (JSON nested deeper than the reader goes)
        return None
    return data if isinstance(data, dict) else None


def _image(item: Any) -> str:
    """One picture of an image block as Markdown: its address (the file name beside it in
    the block is no alt) and its caption under it."""
    if not isinstance(item, dict):
        return ""
    image = item.get("image")
    source = image[0] if isinstance(image, list) and image and isinstance(image[0], str) else ""
    caption = item.get("caption")
    return _figure(source, "", caption if isinstance(caption, str) else "")


def _image_component(found: re.Match[str]) -> str:
    props = {m.group("name"): m.group("value") or "" for m in _PROP.finditer(found["props"])}
    return _figure(props.get("src", ""), props.get("alt", ""), props.get("caption", ""))


def _figure(source: str, alt: str, caption: str) -> str:
    if not source:
        return ""
    alt = alt.replace("]", "")
    shown = f"![{alt}]({source.replace(' ', '%20')})"
    return (
        f"{shown}\n<figcaption>{html.escape(caption, quote=False)}</figcaption>"
        if caption
        else shown
    )


# a block's fields that set its look, not its words: a callout's kind, a table's alignment
_LAYOUT: Final = frozenset(
    ("type", "align", "sizing", "provider", "typeOfEmbed", "favicon", "icon")
)


_DEPTH: Final = 20


def _words(data: Any, depth: int = 0) -> list[str]:
    """The words a block's JSON holds (a callout's title and body, a table's cells, an
    embed's title), for the report of what was left out; none deeper than a block's fields
    go (JSON nested hundreds deep is no block the hub wrote)."""
    if depth > _DEPTH:
        return []
    if isinstance(data, str):
        return [line for line in (" ".join(data.split()),) if line and "://" not in line]
    if isinstance(data, dict):
        return [
            w for key, value in data.items() if key not in _LAYOUT for w in _words(value, depth + 1)
        ]
    if isinstance(data, list):
        return [w for value in data for w in _words(value, depth + 1)]
    return []

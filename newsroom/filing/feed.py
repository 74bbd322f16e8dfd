"""An article a terminal feed reader saved as text (newsboat's save command): the item's
fields ('Feed:', 'Title:', 'Author:', 'Date:', 'Link:') over its text, the text hard-wrapped
in paragraphs, each picture as '[image 1: <its alt> (link #1)]', each link's number after its
words ('become a member[4] today'), and at the end the 'Links:' list of where each points.

The title is the headline, and the 'Author:' field the byline when it names a writer; the
feed's other fields, the link numbers and the list are no part of the story; a picture's line
is that picture, its alt text read from it (a picture set inside a sentence, with no alt, is
the feed's tracking pixel, and is left out).
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block, Picture

_FIELD: Final = re.compile(
    r"^(?P<name>Feed|Title|Author|Date|Link|Podcast Download URL):[ \t]*(?P<value>.*)$"
)
# the list at the end: 'Links: ', then '[1]: https://... (image)'
_LINKS: Final = re.compile(r"^Links:[ \t]*\n(?=\[1\]: \S+ \((?:link|image|embedded flash)\))", re.M)
_ENTRY: Final = re.compile(r"^\[(?P<number>\d+)\]: (?P<target>\S+) \((?P<kind>[\w ]+)\)$")
_PICTURE: Final = re.compile(r"\[image \d+(?:: (?P<alt>[^\[\]]*?))? \(link #(?P<number>\d+)\)\]")
_MARK: Final = re.compile(r"(?<=\S)\[\d+\]")
# a writer's name, or several ('Ana Ruiz', 'Ana Ruiz and Li Wei'), never an address
_NAME: Final = re.compile(r"[^\W\d_][\w.'’-]*(?:(?:,? and |, | & | )[^\W\d_][\w.'’-]*){1,7}")


def is_saved_article(text: str) -> bool:
    """Whether the text is an article a feed reader saved: its fields at the top, a title
    among them, and the list of its links at the end."""
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].split("\n")
    fields = [found.group("name") for line in head if (found := _FIELD.match(line))]
    return len(fields) == len(head) >= 2 and "Title" in fields and _LINKS.search(text) is not None


def saved_article_blocks(text: str) -> list[Block]:
    """A saved feed article as blocks: the title a labelled headline, the other fields and
    the link list furniture, each paragraph's lines joined, each picture's line a picture."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    found = _LINKS.search(text)
    article, listed = (text[: found.start()], text[found.start() :]) if found else (text, "")
    targets = {}
    for line in listed.split("\n"):
        if entry := _ENTRY.match(line.strip()):
            targets[entry.group("number")] = entry.group("target")
    head, _, body = article.partition("\n\n")
    fields = {
        m.group("name"): m.group("value").strip()
        for line in head.split("\n")
        if (m := _FIELD.match(line))
    }
    blocks: list[Block] = []
    for line in head.split("\n"):
        field = _FIELD.match(line)
        if field and field.group("name") == "Title":
            blocks.append(Block(field.group("value").strip(), "h1", len(blocks), "labelled"))
        elif field and _writer(field.group("name"), field.group("value").strip(), fields):
            blocks.append(Block(f"By {field.group('value').strip()}", "p", len(blocks), "byline"))
        elif line.strip():
            blocks.append(Block(line.strip(), "p", len(blocks), "chrome"))
    for paragraph in re.split(r"\n[ \t]*\n", body):
        words = " ".join(paragraph.split())
        if words:
            blocks += _paragraph(words, len(blocks), targets)
    blocks += [
        Block(line.strip(), "p", len(blocks), "chrome")
        for line in listed.split("\n")
        if line.strip()
    ]
    return blocks


def _writer(name: str, value: str, fields: dict[str, str]) -> bool:
    """Whether a field names the article's writer: its 'Author:', when that is a name and
    not an address or the feed's own name."""
    return (
        name == "Author"
        and _NAME.fullmatch(value) is not None
        and value.casefold() != fields.get("Feed", "").casefold()
    )


def _paragraph(words: str, group: int, targets: dict[str, str]) -> list[Block]:
    """A paragraph of the article: a picture's line alone is that picture; a picture inside
    a sentence (a tracking pixel) and the links' numbers are taken out of the text."""
    alone = _PICTURE.fullmatch(words)
    if alone:
        target = targets.get(alone.group("number"), "")
        name = target.split("?", 1)[0].rsplit("/", 1)[-1]
        picture = Picture(alt=(alone.group("alt") or "").strip(), name=name, source=target)
        return [Block("", "image", group, picture=picture)]
    text = " ".join(_MARK.sub("", _PICTURE.sub("", words)).split())
    return [Block(text, "p", group)] if text else []

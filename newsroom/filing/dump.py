"""A page as a text browser dumps it (`lynx -dump`, `links -dump`): its text set in a margin
and wrapped at a fixed width, a number in brackets before each link ('[12]Marisol
Etcheverry'), form fields drawn as underscores and '(BUTTON)', and at the end a
'References' list of where each numbered link points.

The dump is read as the page it shows: the numbers taken off, a wrapped paragraph's lines
joined (by the width the dump was wrapped at, numbers and all), a linked picture's line
('[19]A white bookmobile ...', its alt text, over a reference to an image file) read as
that picture, and the reference list, form fields and frames marked as furniture.
"""

from __future__ import annotations

import re
from typing import Final

from newsroom.filing.draft import Block, Picture

# the reference list: 'References' flush left, then '   1. https://...' (perhaps under
# 'Visible links:' and 'Hidden links:')
_REFERENCES: Final = re.compile(
    r"^References[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*(?:Visible links:|1\. (?:https?|ftp|file|mailto):))",
    re.M,
)
_ENTRY: Final = re.compile(r"^[ \t]*(?P<number>\d+)\.[ \t]+(?P<target>\S+)[ \t]*$")
_MARK: Final = re.compile(r"\[(\d+)\]")
_IMAGE_FILE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]\S*)?$", re.I)
# a form's field or button as the dump draws it, a frame's address, and the line of the
# page's own links (its feeds, '#[1]Register » Feed [2]Register » News Feed') over its text
_FORM: Final = re.compile(r"\]_{3,}|\(BUTTON\)|^IFRAME:|^\[\d+\]$|^#\[\d+\]")
_ITEM: Final = re.compile(r"^(?:[*+o#@-]|\d+\.)[ \t]+")


def is_text_dump(text: str) -> bool:
    """Whether the text is a text browser's dump: numbered links in its text and the list of
    where they point after it."""
    found = _REFERENCES.search(text)
    return found is not None and "[1]" in text[: found.start()]


def dump_blocks(text: str) -> list[Block]:
    """A text browser's dump as the blocks of the page it shows."""
    found = _REFERENCES.search(text)
    page, listed = (text[: found.start()], text[found.start() :]) if found else (text, "")
    targets = {}
    for line in listed.split("\n"):
        entry = _ENTRY.match(line)
        if entry:
            targets[entry.group("number")] = entry.group("target")
    lines = page.replace("\r\n", "\n").split("\n")
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    lines = [line[margin:].rstrip() for line in lines]
    width = _wrap_width(lines)
    blocks: list[Block] = []
    group = 0
    run: list[str] = []

    def flush() -> None:
        if run:
            blocks.append(_block(" ".join(run), group, targets))
            run.clear()

    for n, line in enumerate(lines):
        if not line.strip():
            flush()
            group += 1
            continue
        bare = line.strip()
        if _ITEM.match(bare) and line.startswith((" ", "*")):
            flush()
            bare = _ITEM.sub("", bare, count=1)
        run.append(bare)
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        first = following.split(None, 1)[0] if following else ""
        if not first or len(line) + 1 + len(first) <= width - 2:
            flush()
    flush()
    blocks += [
        Block(line, group=group + 1, hint="chrome") for line in listed.split("\n") if line.strip()
    ]
    return blocks


def _wrap_width(lines: list[str]) -> int:
    """The width the dump was wrapped at: the longest line of words that another line
    (within a few characters) also reaches; an address too long to wrap, a line of its
    own, sets no width."""
    lengths = sorted((len(line) for line in lines if " " in line.strip()), reverse=True)
    for n, length in enumerate(lengths[:-1]):
        if length - lengths[n + 1] <= 4:
            return length
    return lengths[0] if lengths else 0


def _block(line: str, group: int, targets: dict[str, str]) -> Block:
    """One line or joined paragraph of the dump: a linked picture, a form's field, or text
    without its link numbers."""
    marks = len(_MARK.findall(line))
    row = (
        line.startswith("[")
        and marks >= 3
        and len(line.split()) <= 3 * marks
        and not line.rstrip().endswith((".", "?", "!", '"', "”"))  # (a sentence of names)
    )
    if _FORM.search(line) or row:  # (a row of links: 'About Contact Privacy policy')
        return Block(_MARK.sub("", line).strip(), group=group, hint="chrome")
    picture = _MARK.match(line)
    target = targets.get(picture.group(1), "") if picture else ""
    if picture and _IMAGE_FILE.search(target):
        alt = line[picture.end() :].strip()
        name = target.split("?", 1)[0].rsplit("/", 1)[-1]
        return Block("", "image", group, picture=Picture(alt=alt, name=name, source=target))
    return Block(" ".join(_MARK.sub("", line).split()), group=group)

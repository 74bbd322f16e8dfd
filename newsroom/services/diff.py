"""`diff`: what changed in a story since a stage's sign-off, section by section.

The story as the sign-off commit left it is read from git, the story now from the working
tree (so uncommitted edits count), both by the one story-file reader; then the two are
compared field by field: the front matter, the body word by word, claims and sources by id,
waivers by their text, credits by name, images by file (and by a hash of the file's bytes).
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Final

from newsroom.errors import UsageError
from newsroom.models import Stage, Story
from newsroom.services.workflow import last_departure
from newsroom.services.workspace import Workspace
from newsroom.store import media
from newsroom.store import stories as store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

CONTEXT: Final = 4  # words kept around each change in the body
_WORD: Final = re.compile(r"[^ \t\r]+")  # words split on spaces only: every other character shows


class Section(enum.StrEnum):
    """The parts of a story a change is in, in the order they are shown."""

    HEADLINE = "headline"
    DEK = "dek"
    BYLINE = "byline"
    STAGE = "stage"
    BODY = "body"
    CLAIMS = "claims"
    WAIVERS = "waivers"
    SOURCES = "sources"
    CREDITS = "credits"
    IMAGES = "images"


class Words(enum.StrEnum):
    """What a run of the body's words is in a word diff."""

    SAME = "same"  # context, unchanged
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Change:
    """One change: to a field of the story, to a field of an item (a claim, source,
    contributor or image), an item added or removed, or a passage of the body."""

    section: Section
    change: str  # changed, added or removed
    item: str = ""  # the claim's or source's id, the contributor's name, the image's file
    field: str = ""  # the field that changed ('file': an image file's bytes)
    old: str = ""
    new: str = ""
    line: int = 0  # body: the line in story.md now
    old_line: int = 0  # body: the line in story.md at the sign-off
    words: tuple[tuple[Words, str], ...] = ()  # body: the passage, word runs with what they are


@dataclass(frozen=True)
class StoryDiff:
    """What changed in a story since a sign-off."""

    slug: str
    since: Stage  # the stage the sign-off moved the story out of
    commit: str  # the sign-off commit
    signer: str
    date: str
    uncommitted: tuple[str, ...]  # the story's files with uncommitted edits
    changes: tuple[Change, ...]


def diff(ws: Workspace, slug: str, since: Stage) -> StoryDiff:
    """The changes to story `slug` since the newest sign-off that moved it out of `since`."""
    now = store.read_story(ws.root, slug)
    repo = ws.repo()
    repo.recover(reading=True)
    left = last_departure(repo, slug, since)
    if left is None:
        raise UsageError(
            f"{slug} has no {since.value} sign-off yet; nothing to compare "
            f"('newsroom history {slug}' shows its sign-offs)"
        )
    folder = f"{store.STORIES_DIR}/{slug}"
    then = store.story_from_files(
        slug, repo.files_at(left.commit, folder, store.STORY_FILES), f"{left.commit[:10]}:{folder}"
    )
    files = {name for i in then.meta.images if (name := media.inside_name(i.file))}
    old_media = {n: media.blob_id(b) for n, b in repo.files_at(left.commit, folder, files).items()}
    dirty = repo.dirty([folder])
    return StoryDiff(
        slug,
        since,
        left.commit,
        left.signer.name,
        left.date,
        tuple(sorted(p.removeprefix(f"{folder}/") for p in dirty)),
        tuple(compare(then, now, old_media)),
    )


def compare(then: Story, now: Story, old_media: dict[str, str]) -> Iterator[Change]:
    """The changes from `then` to `now`; `old_media`: digests of `then`'s image files."""
    old, new = then.meta, now.meta
    for section, a, b in (
        (Section.HEADLINE, old.headline, new.headline),
        (Section.DEK, old.dek, new.dek),
        (Section.BYLINE, _shown(old.byline), _shown(new.byline)),
        (Section.STAGE, old.stage.value, new.stage.value),
    ):
        if a != b:
            yield Change(section, "changed", old=a, new=b)
    yield from body_changes(then, now)
    yield from _items(Section.CLAIMS, then.claims, now.claims, "id", "text")
    yield from _items(Section.WAIVERS, then.waivers, now.waivers, "text", "reason")
    yield from _items(Section.SOURCES, then.sources, now.sources, "id", "name")
    yield from _items(Section.CREDITS, then.credits, now.credits, "name", "role")
    yield from _items(Section.IMAGES, old.images, new.images, "file", "caption")
    yield from _image_files(then, now, old_media)


def body_changes(then: Story, now: Story) -> Iterator[Change]:
    """The body's changed passages, word by word with a few words of context: the changed
    lines are found first, then the words within them."""
    if then.body == now.body:
        return
    old, new = then.body.split("\n"), now.body.split("\n")
    lines = difflib.SequenceMatcher(None, old, new, autojunk=False)
    found = False
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag != "equal":
            a, b = then.body_line + i1, now.body_line + j1
            for change in _passages(_words(old[i1:i2], a), _words(new[j1:j2], b), (a, b)):
                found = True
                yield change
    if not found:
        yield Change(Section.BODY, "changed", field="spacing")


Located = tuple[list[str], list[int]]  # words, and the line in story.md of each


def _words(lines: Sequence[str], first: int) -> Located:
    words: list[str] = []
    where: list[int] = []
    for number, line in enumerate(lines, first):
        found = _WORD.findall(line)
        words += found
        where += [number] * len(found)
    return words, where


def _passages(old: Located, new: Located, starts: tuple[int, int]) -> Iterator[Change]:
    """The changed passages of a block of lines; `starts`: its first line then and now."""
    (a, a_lines), (b, b_lines) = old, new
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(CONTEXT):
        runs: list[tuple[Words, str]] = []
        first = next((op for op in group if op[0] != "equal"), None)
        if first is None:
            continue
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                runs.append((Words.SAME, " ".join(b[j1:j2])))
                continue
            if i2 > i1:
                runs.append((Words.REMOVED, " ".join(a[i1:i2])))
            if j2 > j1:
                runs.append((Words.ADDED, " ".join(b[j1:j2])))
        _, i, _, j, _ = first
        yield Change(
            Section.BODY,
            "changed",
            line=_line_of(b_lines, j, starts[1]),
            old_line=_line_of(a_lines, i, starts[0]),
            words=tuple(runs),
        )


def _line_of(lines: list[int], index: int, start: int) -> int:
    """The line of word `index` (past the end: of the last word; no words: the block's)."""
    return lines[min(index, len(lines) - 1)] if lines else start


def _items(
    section: Section,
    old: Iterable[DataclassInstance],
    new: Iterable[DataclassInstance],
    key: str,
    summary: str,
) -> Iterator[Change]:
    """Items added, removed and changed, matched by their `key` field; an added or removed
    item is shown by its `summary` field."""
    before, after = _keyed(old, key), _keyed(new, key)
    for name, item in before.items():
        if name not in after:
            yield Change(section, "removed", name, summary, old=_shown(getattr(item, summary)))
    for name, item in after.items():
        if name not in before:
            yield Change(section, "added", name, summary, new=_shown(getattr(item, summary)))
            continue
        was = before[name]
        for f in fields(item):
            a, b = _shown(getattr(was, f.name)), _shown(getattr(item, f.name))
            if a != b:
                yield Change(section, "changed", name, f.name, a, b)


def _keyed(items: Iterable[DataclassInstance], key: str) -> dict[str, DataclassInstance]:
    """Items by their `key` field; a key seen again gets ' #2', ' #3'..."""
    out: dict[str, DataclassInstance] = {}
    for item in items:
        name = base = str(getattr(item, key))
        n = 1
        while name in out:
            n += 1
            name = f"{base} #{n}"
        out[name] = item
    return out


def _image_files(then: Story, now: Story, old_media: dict[str, str]) -> Iterator[Change]:
    """Images in both versions whose file's bytes differ (or that came or went)."""
    before = {i.file for i in then.meta.images}
    seen = set()
    for image in now.meta.images:
        name = media.inside_name(image.file)
        if image.file not in before or not name or name in seen:
            continue
        seen.add(name)
        a, b = old_media.get(name, ""), media.file_id(now.folder, name)
        if a != b:
            yield Change(Section.IMAGES, "changed", image.file, "file", a, b)


def _shown(value: object) -> str:
    """A field's value as text: a list as 'a, b', a flag as 'yes' or 'no'."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)

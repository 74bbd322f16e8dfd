"""Story folders: where they are, what a valid slug is, and reading one into a `Story`."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final, TypeVar

from newsroom.errors import InputError, UsageError
from newsroom.models import (
    Claim,
    ClaimStatus,
    Contributor,
    Image,
    Source,
    Stage,
    Story,
    StoryMeta,
    Waiver,
    YamlFile,
)
from newsroom.store import yamlio
from newsroom.store.shape import Shape

STORIES_DIR: Final = "stories"
STORY_FILE: Final = "story.md"
CREDITS_FILE: Final = "credits.yaml"
SOURCES_FILE: Final = "sources.yaml"
FACTCHECK_FILE: Final = "factcheck.yaml"
STORY_FILES: Final = (STORY_FILE, CREDITS_FILE, SOURCES_FILE, FACTCHECK_FILE)

SLUG_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
T = TypeVar("T")
SOURCE_KINDS: Final = ("person", "organization", "document", "dataset", "statement")
STAGE_NAMES: Final = tuple(s.value for s in Stage)
# The line that closes the front matter, found from the line break before it: a literal the
# search skips to, where `^` would make it try every character.
_CLOSING: Final = re.compile(r"\n(?:---|\.\.\.)[ \t]*$", re.M)


def check_slug(slug: str) -> str:
    """Return `slug` if it is a valid story slug, else raise a UsageError saying why."""
    if not (3 <= len(slug) <= 80) or not SLUG_RE.fullmatch(slug):
        shown = slug.encode("unicode_escape").decode("ascii")
        raise UsageError(
            f"'{shown}' is not a valid slug: use 3-80 lowercase letters, digits "
            "and single hyphens, e.g. harbor-seawall-vote"
        )
    return slug


def story_folder(root: Path, slug: str) -> Path:
    """The folder of story `slug`, refusing anything that would leave `stories/`.

    A valid slug has no '/' or '..', so only a link can lead out of stories/.
    """
    check_slug(slug)
    folder = root / STORIES_DIR / slug
    if os.path.islink(folder):
        raise InputError(
            "is a link; story folders must be real folders inside stories/",
            path=f"{STORIES_DIR}/{slug}",
        )
    return folder


def list_slugs(root: Path) -> list[str]:
    """Every story folder under stories/, sorted; folders with invalid names are reported."""
    base = root / STORIES_DIR
    if not base.is_dir():
        return []
    with os.scandir(base) as scan:  # the folder listing tells what is a folder: no stat each
        return sorted(e.name for e in scan if not e.name.startswith(".") and e.is_dir())


def split_front_matter(text: str, shown: str) -> tuple[str, str, int]:
    """(front matter, body, line where the body starts) of a story.md text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.partition("\n")[0]
    if first.rstrip() != "---":
        raise InputError(
            "has no front matter; start the file with a '---' line, the "
            "headline, dek, byline, desk, stage and type, then another '---'",
            path=shown,
            line=1,
        )
    match = _CLOSING.search(text, len(first))
    if match is None:
        raise InputError(
            "front matter is not closed; add a '---' line after it", path=shown, line=1
        )
    front = text[len(first) + 1 : match.start() + 1]
    body = text[match.end() :]
    body_line = 2 + front.count("\n") + 1
    if body.startswith("\n"):
        body = body[1:]
    else:
        body_line -= 1
    return front, body, body_line


def read_story(root: Path, slug: str, files: Mapping[str, bytes] | None = None) -> Story:
    """Read story `slug` and its side files, or raise an InputError naming the file and line.

    `files`: bytes of the folder's files already read by the caller (by name), not read again.
    """
    files = files or {}
    check_slug(slug)
    rel = f"{STORIES_DIR}/{slug}"
    folder = root / STORIES_DIR / slug
    try:
        mode = os.lstat(folder).st_mode
    except OSError:
        mode = 0
    if stat.S_ISLNK(mode):
        story_folder(root, slug)  # raises: a link is not a story folder
    if not stat.S_ISDIR(mode):
        raise InputError(
            f"no story '{slug}'; see 'newsroom status' for the stories there are", path=rel
        )
    story_path = folder / STORY_FILE
    raw = yamlio.read_bytes(files.get(STORY_FILE), story_path, f"{rel}/{STORY_FILE}")
    if raw is None:
        raise InputError("file not found", path=f"{rel}/{STORY_FILE}")
    front, body, body_line = split_front_matter(raw, f"{rel}/{STORY_FILE}")
    data, positions = yamlio.load(front, path=f"{rel}/{STORY_FILE}", line_offset=1)
    shape = Shape(data, positions, f"{rel}/{STORY_FILE}", what="the front matter")
    meta = _meta(shape)
    credits_, credits_file = _side(folder, rel, CREDITS_FILE, _credits, files)
    sources, sources_file = _side(folder, rel, SOURCES_FILE, _sources, files)
    fact, factcheck_file = _side(folder, rel, FACTCHECK_FILE, _factcheck, files)
    claims, waivers = fact if fact else ((), ())
    return Story(
        slug=slug,
        folder=folder,
        meta=meta,
        body=body,
        body_line=body_line,
        story_file=YamlFile(story_path, positions),
        credits=credits_ or (),
        credits_file=credits_file,
        sources=sources or (),
        sources_file=sources_file,
        claims=claims,
        waivers=waivers,
        factcheck_file=factcheck_file,
        raw=raw,
    )


def _side(
    folder: Path, rel: str, name: str, parse: Callable[[Shape], T], files: Mapping[str, bytes]
) -> tuple[T | None, YamlFile | None]:
    path = folder / name
    shown = f"{rel}/{name}"
    text = yamlio.read_bytes(files.get(name), path, shown)
    if text is None:
        return None, None
    data, positions = yamlio.load(text, path=shown)
    return parse(Shape(data, positions, shown)), YamlFile(path, positions)


def _meta(s: Shape) -> StoryMeta:
    stage = s.choice("stage", STAGE_NAMES, Stage.DRAFT.value)
    images = tuple(
        Image(
            file=i.text("file"),
            caption=i.text("caption"),
            credit=i.text("credit"),
            alt=i.text("alt"),
            rights=i.text("rights"),
        )
        for i in s.items("images", "image")
    )
    byline, outside = _byline(s)
    return StoryMeta(
        headline=s.text("headline"),
        dek=s.text("dek"),
        byline=byline,
        desk=s.text("desk"),
        stage=Stage(stage),
        type=s.text("type") or "news",
        images=images,
        dateline=s.text("dateline"),
        embargo=s.when("embargo"),
        outside=outside,
    )


def _byline(s: Shape) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Byline entries are roster ids or names, or `{name: ..., outside: true}`."""
    value = s.data.get("byline")
    if not isinstance(value, list):
        return s.texts("byline"), ()
    names, outside = [], []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            entry = Shape(item, s.positions, s.path, ("byline", i), f"byline entry {i + 1}")
            name = entry.text("name", required=True)
            if entry.flag("outside"):
                outside.append(name)
            names.append(name)
        elif item is None or isinstance(item, list):
            raise s.error(
                ("byline", i),
                f"byline entry {i + 1} must be a name or {{name: ..., outside: true}}",
            )
        else:
            names.append(str(item))
    return tuple(names), tuple(outside)


def _credits(s: Shape) -> tuple[Contributor, ...]:
    return tuple(
        Contributor(
            name=c.text("name", required=True),
            role=c.text("role"),
            person=c.text("person"),
            note=c.text("note"),
        )
        for c in s.items("contributors", "contributor")
    )


def _sources(s: Shape) -> tuple[Source, ...]:
    out = []
    seen: set[str] = set()
    for i, c in enumerate(s.items("sources", "source")):
        sid = c.text("id", required=True)
        if sid in seen:
            raise c.error(
                ("sources", i, "id"),
                f"source id '{sid}' is used twice; give each source its own id",
            )
        seen.add(sid)
        out.append(
            Source(
                id=sid,
                name=c.text("name", required=True),
                kind=c.choice("kind", SOURCE_KINDS, "person"),
                affiliation=c.text("affiliation"),
                contact=c.text("contact"),
                url=c.text("url"),
                anonymous=c.flag("anonymous"),
                why_anonymous=c.text("why_anonymous"),
                anonymity_approved_by=c.text("anonymity_approved_by"),
            )
        )
    return tuple(out)


_STATUSES: Final = tuple(s.value for s in ClaimStatus)


def _factcheck(s: Shape) -> tuple[tuple[Claim, ...], tuple[Waiver, ...]]:
    claims = []
    seen: set[str] = set()
    for i, c in enumerate(s.items("claims", "claim")):
        cid = c.text("id", required=True)
        if cid in seen:
            raise c.error(
                ("claims", i, "id"), f"claim id '{cid}' is used twice; give each claim its own id"
            )
        seen.add(cid)
        claims.append(
            Claim(
                id=cid,
                text=c.text("text", required=True),
                sources=c.texts("sources"),
                status=ClaimStatus(c.choice("status", _STATUSES, "unverified")),
                checked_by=c.text("checked_by"),
                note=c.text("note"),
                evidence=c.text("evidence"),
            )
        )
    waivers = tuple(
        Waiver(text=w.text("text", required=True), reason=w.text("reason"))
        for w in s.items("waivers", "waiver")
    )
    return tuple(claims), waivers

"""The story-file module: the only reader and writer of a story's files.

Every caller that reads a story (the checks, the board, the workflow, `verify` replaying
history) and every command that changes one goes through here, so that all of them read the
same value from the same text, however its YAML is spelled. It splits story.md into front
matter and body, reads the front matter and the side files (credits.yaml, sources.yaml,
factcheck.yaml) into the model with the position of every value, and writes the edits the
commands make: the stage, a correction note, an entry of a side file's list.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple, TypeVar

from newsroom.errors import InputError, UsageError
from newsroom.models import (
    Claim,
    ClaimStatus,
    Contributor,
    CorrectionNote,
    Image,
    Positions,
    Source,
    Stage,
    Story,
    StoryMeta,
    Waiver,
    YamlFile,
)
from newsroom.store import _fastyaml, yamledit, yamlio
from newsroom.store.shape import Shape, did_you_mean, shown

STORIES_DIR: Final = "stories"
STORY_FILE: Final = "story.md"
CREDITS_FILE: Final = "credits.yaml"
SOURCES_FILE: Final = "sources.yaml"
FACTCHECK_FILE: Final = "factcheck.yaml"
SIDE_FILES: Final = (CREDITS_FILE, SOURCES_FILE, FACTCHECK_FILE)
STORY_FILES: Final = (STORY_FILE, *SIDE_FILES)  # what `read_story` reads of a folder

SLUG_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
T = TypeVar("T")
SOURCE_KINDS: Final = ("person", "organization", "document", "dataset", "statement")
STAGE_NAMES: Final = tuple(s.value for s in Stage)
# The line that closes the front matter, found from the line break before it: a literal the
# search skips to, where `^` would make it try every character.
_CLOSING: Final = re.compile(r"\n(?:---|\.\.\.)[ \t]*\r?$", re.M)


def check_slug(slug: str) -> str:
    """Return `slug` if it is a valid story slug, else raise a UsageError saying why."""
    if not (3 <= len(slug) <= 80) or not SLUG_RE.fullmatch(slug):
        shown = slug.encode("unicode_escape").decode("ascii")
        raise UsageError(
            f"'{shown}' is not a valid slug: use 3-80 lowercase letters, digits "
            "and single hyphens, e.g. harbor-seawall-vote"
        )
    return slug


# Names Windows keeps for its devices: a folder so named cannot be checked out there.
WINDOWS_DEVICES: Final = frozenset(
    ["con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10))]
)


def kept_by_windows(name: str) -> bool:
    """Whether Windows keeps a file or folder of this name for a device ('con', 'nul.png')."""
    return name.partition(".")[0].lower() in WINDOWS_DEVICES


def check_new_slug(slug: str) -> str:
    """Return `slug` if a new story may take it: a valid slug every clone can check out."""
    check_slug(slug)
    if kept_by_windows(slug):
        raise UsageError(
            f"'{slug}' is a name Windows keeps for a device, so no clone there could check "
            "the story out; pick another slug, e.g. harbor-seawall-vote"
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


def no_story(root: Path, slug: str) -> str:
    """'no story SLUG', with the slug of the story there that is closest to it, if any."""
    return f"no story '{slug}'" + did_you_mean(
        slug, list_slugs(root), "see 'newsroom status' for the stories there are"
    )


def list_slugs(root: Path) -> list[str]:
    """Every story folder under stories/, sorted; folders with invalid names are reported."""
    base = root / STORIES_DIR
    if not base.is_dir():
        return []
    with os.scandir(base) as scan:  # the folder listing tells what is a folder: no stat each
        return sorted(e.name for e in scan if not e.name.startswith(".") and e.is_dir())


class Parts(NamedTuple):
    """story.md cut in three: the opening line (with a byte order mark, if any), the front
    matter, and the rest (the closing line and the body)."""

    head: str
    front: str
    rest: str


def split(text: str, shown: str) -> Parts:
    """story.md's text cut at its front matter, or an InputError saying what is missing."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    first = text[len(bom) :].partition("\n")[0]
    if first.rstrip() != "---":
        raise InputError(
            "has no front matter; start the file with a '---' line, the "
            "headline, dek, byline, desk, stage and type, then another '---'",
            path=shown,
            line=1,
        )
    opening = len(bom) + len(first)
    match = _CLOSING.search(text, opening)
    if match is None:
        raise InputError(
            "front matter is not closed; add a '---' line after it", path=shown, line=1
        )
    return Parts(
        text[: opening + 1], text[opening + 1 : match.start() + 1], text[match.start() + 1 :]
    )


def split_front_matter(text: str, shown: str) -> tuple[str, str, int]:
    """(front matter, body, line where the body starts) of a story.md text."""
    _, front, rest = split(text, shown)
    body = rest[len(rest.partition("\n")[0]) :]  # from the end of the closing line
    body_line = 2 + front.count("\n") + 1
    if body.startswith("\n"):
        body = body[1:]
    else:
        body_line -= 1
    return front, body, body_line


def load_yaml(text: str, shown: str, line_offset: int = 0) -> tuple[Any, Positions]:
    """A story file's YAML: plain block YAML by the fast reader, the rest by the full parser.

    The two agree on every input (tests/store/test_story_yaml.py); the fast one only reads
    the common, simple part of YAML and leaves everything else, errors included, to the
    full one."""
    fast = _fastyaml.load(text, line_offset, yamlio.MAX_NODES)
    if fast is not None:
        return fast
    return yamlio.load(text, path=shown, line_offset=line_offset)


def read_front(text: str, shown: str) -> tuple[StoryMeta, Positions, str, int]:
    """(meta, positions, body, body line) of story.md's text, or an InputError."""
    front, body, body_line = split_front_matter(text, shown)
    data, positions = load_yaml(front, shown, line_offset=1)
    shape = Shape(data, positions, shown, what="the front matter")
    return _meta(shape), positions, body, body_line


class Version(NamedTuple):
    """What one version of story.md says, as `verify` needs it: the same reading as
    `read_story`, or the reason it cannot be read."""

    meta: StoryMeta | None
    positions: Positions
    problem: str
    body: str = ""

    def line_of(self, key: str) -> int:
        return self.positions.get((key,), (1, 1))[0]


def read_version(data: bytes, shown: str = STORY_FILE) -> Version:
    """One version of story.md from git (its bytes), read as `read_story` reads the file."""
    try:
        text = yamlio.read_bytes(data, Path(shown), shown) or ""  # size, bytes, UTF-8
        meta, positions, body, _ = read_front(text, shown)
    except InputError as exc:
        return Version(None, {}, exc.message)
    return Version(meta, positions, "", body)


class SideVersion(NamedTuple):
    """What one version of a side file says (None when it cannot be read, with the reason)."""

    credits: tuple[Contributor, ...] | None = ()
    sources: tuple[Source, ...] | None = ()
    claims: tuple[Claim, ...] | None = ()
    problem: str = ""


def read_side_version(name: str, data: bytes, shown: str) -> SideVersion:
    """One version of side file `name` from git (its bytes), read as `read_story` reads it;
    the lists of the other side files are left empty, its own is None if it cannot be read."""
    try:
        text = yamlio.read_bytes(data, Path(shown), shown) or ""
        shape = Shape(*load_yaml(text, shown), shown)
        if name == CREDITS_FILE:
            return SideVersion(credits=_credits(shape))
        if name == SOURCES_FILE:
            return SideVersion(sources=_sources(shape))
        if name == FACTCHECK_FILE:
            return SideVersion(claims=_factcheck(shape)[0])
        return SideVersion()
    except InputError as exc:
        if name == CREDITS_FILE:
            return SideVersion(credits=None, problem=exc.message)
        if name == SOURCES_FILE:
            return SideVersion(sources=None, problem=exc.message)
        return SideVersion(claims=None, problem=exc.message)


class Mention(NamedTuple):
    """A story that may name someone: its front matter and its claims as read."""

    slug: str
    front: Version
    claims: tuple[Claim, ...]


def stories_mentioning(
    root: Path, words: tuple[str, ...], slugs: Sequence[str] | None = None
) -> list[Mention]:
    """The stories (of `slugs`, default all) whose story.md or factcheck.yaml holds one of
    `words` (a look at the bytes first, so that only those are read), each read as
    `read_story` reads it."""
    wanted = [w.encode("utf-8") for w in words if w]
    found = []
    base = os.path.join(root, STORIES_DIR)
    for slug in list_slugs(root) if slugs is None else slugs:
        texts = {n: _raw(os.path.join(base, slug, n)) for n in (STORY_FILE, FACTCHECK_FILE)}
        if not any(w in data for data in texts.values() for w in wanted):
            continue
        claims = read_side_version(FACTCHECK_FILE, texts[FACTCHECK_FILE], FACTCHECK_FILE).claims
        found.append(Mention(slug, read_version(texts[STORY_FILE]), claims or ()))
    return found


def _raw(path: str) -> bytes:
    """A file's bytes (b'' when it cannot be read), with the fewest calls: a look at ten
    thousand stories' files is mostly these."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return b""
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return b""
    finally:
        os.close(fd)


def read_story(root: Path, slug: str, files: Mapping[str, bytes] | None = None) -> Story:
    """Read story `slug` and its side files, or raise an InputError naming the file and line.

    `files`: bytes of the folder's files already read by the caller (by name), not read again.
    """
    given = files or {}
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
        raise InputError(no_story(root, slug), path=rel)

    def text(name: str) -> str | None:
        return yamlio.read_bytes(given.get(name), folder / name, f"{rel}/{name}")

    return _story(slug, folder, rel, text)


def story_from_files(slug: str, files: Mapping[str, bytes | None], shown_folder: str) -> Story:
    """Story `slug` from the bytes of its files by name (story.md, credits.yaml...; a name
    absent or None is a file that is not there), read as `read_story` reads the folder,
    without touching the disk: e.g. the folder as it was at a commit. Errors name the files
    under `shown_folder` (e.g. 'a1b2c3d4e5:stories/harbor-seawall')."""
    check_slug(slug)
    folder = Path(shown_folder)

    def text(name: str) -> str | None:
        data = files.get(name)
        shown = f"{shown_folder}/{name}"
        return None if data is None else yamlio.read_bytes(data, folder / name, shown)

    return _story(slug, folder, shown_folder, text)


def _story(slug: str, folder: Path, rel: str, text: Callable[[str], str | None]) -> Story:
    """The story whose files' texts `text` gives by name (None: no such file)."""
    raw = text(STORY_FILE)
    if raw is None:
        raise InputError("file not found", path=f"{rel}/{STORY_FILE}")
    meta, positions, body, body_line = read_front(raw, f"{rel}/{STORY_FILE}")
    credits_, credits_file = _side(folder, rel, CREDITS_FILE, _credits, text)
    sources, sources_file = _side(folder, rel, SOURCES_FILE, _sources, text)
    fact, factcheck_file = _side(folder, rel, FACTCHECK_FILE, _factcheck, text)
    claims, waivers = fact if fact else ((), ())
    return Story(
        slug=slug,
        folder=folder,
        meta=meta,
        body=body,
        body_line=body_line,
        story_file=YamlFile(folder / STORY_FILE, positions),
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
    folder: Path,
    rel: str,
    name: str,
    parse: Callable[[Shape], T],
    text: Callable[[str], str | None],
) -> tuple[T | None, YamlFile | None]:
    found = text(name)
    if found is None:
        return None, None
    data, positions = load_yaml(found, f"{rel}/{name}")
    return parse(Shape(data, positions, f"{rel}/{name}")), YamlFile(folder / name, positions)


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
    corrections = tuple(
        CorrectionNote(date=c.when("date"), note=c.text("note", required=True))
        for c in s.items("corrections", "correction")
    )
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
        fact_checked=s.text("fact_checked"),
        corrections=corrections,
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
        elif type(item) is not str:
            raise s.error(
                ("byline", i),
                f"byline entry {i + 1} must be a name or {{name: ..., outside: true}}, "
                f"not {shown(item)}",
            )
        else:
            names.append(item)
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
                verified_hash=c.text("verified_hash"),
            )
        )
    waivers = tuple(
        Waiver(text=w.text("text", required=True), reason=w.text("reason"))
        for w in s.items("waivers", "waiver")
    )
    return tuple(claims), waivers


# --- writing: the edits commands make, each read back through the same reader


def new_story_text(front: Mapping[str, Any], body: str) -> str:
    """story.md for a new story: front matter written out in full, then the body."""
    return f"---\n{yamlio.dump(dict(front))}---\n\n{body}"


def with_stage(
    text: str, stage: Stage, shown: str = STORY_FILE, fact_checked: str | None = None
) -> str:
    """story.md's text with its stage set to `stage` (and, if given, the fact-check pin
    `fact_checked`) and nothing else changed.

    The value is found where the YAML parser finds it (whatever its spelling: quoted,
    tagged, anchored, a block scalar, a complex key), never by a pattern that a look-alike
    line inside another value could fool; the result is read back and must differ from the
    original in those values alone."""
    changed = _with_value(text, "stage", stage.value, shown)
    if fact_checked is not None:
        changed = _with_value(changed, "fact_checked", fact_checked, shown)
    _require_only(
        text,
        changed,
        shown,
        ("stage", "fact_checked"),
        lambda meta: meta.stage is stage and fact_checked in (None, meta.fact_checked),
    )
    return changed


def with_fact_check_pin(text: str, pin: str, shown: str = STORY_FILE) -> str:
    """story.md's text with `fact_checked` set to `pin` and nothing else changed."""
    changed = _with_value(text, "fact_checked", pin, shown)
    _require_only(text, changed, shown, ("fact_checked",), lambda meta: meta.fact_checked == pin)
    return changed


def _with_value(text: str, key: str, value: str, shown: str) -> str:
    """story.md's text with top-level `key` set to the plain word `value`."""
    head, front, rest = split(text, shown)
    span = _value_span(front, key, shown)
    if span is not None:
        start, end = span
        old = front[start:end]
        ending = old[len(old.rstrip("\r\n")) :]
        space = " " if start == end else ""  # `key:` with no value
        front = f"{front[:start]}{space}{value}{ending}{front[end:]}"
    elif front.rstrip().endswith("}"):  # the whole front matter as one {key: value, ...}
        close = front.rstrip().rindex("}")
        front = f"{front[:close].rstrip()}, {key}: {value}{front[close:]}"
    else:
        gap = "" if not front or front.endswith("\n") else "\n"
        front = f"{front}{gap}{key}: {value}\n"
    return head + front + rest


def with_correction(text: str, when: str, note: str, shown: str = STORY_FILE) -> str:
    """story.md's text with a correction (`when`, `note`) added to its front matter's
    `corrections` list, the rest of the front matter kept as written (comments, [a, b])."""
    head, front, rest = split(text, shown)
    data, positions = load_yaml(front, shown, line_offset=1)
    data = dict(Shape(data, positions, shown, what="the front matter").data)
    corrections = data.get("corrections") or []
    if not isinstance(corrections, list):
        raise InputError(
            "'corrections' in the front matter must be a list",
            path=shown,
            line=positions.get(("corrections",), (1, 1))[0],
        )
    origin: list[int | None] = [*range(len(corrections)), None]
    data["corrections"] = [*corrections, {"date": when, "note": note}]
    kept = yamledit.with_list(front, data, "corrections", origin) if front.strip() else None
    changed = head + (kept or yamlio.dump(data)) + rest
    _require_only(text, changed, shown, ("corrections",), lambda meta: True)
    return changed


def with_front_list(
    text: str, key: str, change: Callable[[list[dict[str, Any]]], None], shown: str = STORY_FILE
) -> str:
    """story.md's text after `change` edits its front matter's list `key` (e.g. `images`) in
    place, the rest of the front matter kept as written where it can be; read back, the
    result must differ from `text` in that list alone."""
    head, front, rest = split(text, shown)
    data, positions = load_yaml(front, shown, line_offset=1)
    data = dict(Shape(data, positions, shown, what="the front matter").data)
    items = data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InputError(
            f"'{key}' in the front matter must be a list of mappings",
            path=shown,
            line=positions.get((key,), (1, 1))[0],
        )
    items = [dict(i) for i in items]
    originals = list(items)  # alive until the end, so no new entry can take an old one's id
    before = {id(item): i for i, item in enumerate(originals)}
    change(items)
    data[key] = items
    origin = [before.get(id(item)) for item in items]
    kept = yamledit.with_list(front, data, key, origin) if front.strip() else None
    changed = head + (kept or yamlio.dump(data)) + rest
    _require_only(text, changed, shown, (key,), lambda meta: True)
    return changed


def with_front_value(text: str, key: str, value: str | None, shown: str = STORY_FILE) -> str:
    """story.md's text with top-level `key` set to the plain word `value` (None: the key
    taken out), and nothing else changed."""
    if value is not None:
        changed = _with_value(text, key, value, shown)
    else:
        head, front, rest = split(text, shown)
        data, positions = load_yaml(front, shown, line_offset=1)
        data = dict(Shape(data, positions, shown, what="the front matter").data)
        if key not in data:
            return text
        lines = front.splitlines(keepends=True)
        line = positions.get((key,), (0, 0))[0] - 2  # the key's line, 0-based in `front`
        span = _value_span(front, key, shown)
        start = sum(len(x) for x in lines[:line])
        if (
            span is not None
            and 0 <= line < len(lines)
            and lines[line].startswith(f"{key}:")
            and (
                span[1] <= start + len(lines[line])  # the value ends on the key's line
            )
        ):
            changed = head + "".join(lines[:line] + lines[line + 1 :]) + rest
        else:
            del data[key]
            changed = head + yamlio.dump(data) + rest
    _require_only(text, changed, shown, (key,), lambda meta: True)
    return changed


def read_side_file(root: Path, slug: str, name: str) -> str | None:
    """The text of side file `name` (credits.yaml, sources.yaml, factcheck.yaml) of story
    `slug`, or None when the story has none, for an edit by `edit_list`."""
    if name not in SIDE_FILES:
        raise UsageError(f"'{name}' is not a story's side file; use one of {', '.join(SIDE_FILES)}")
    folder = story_folder(root, slug)
    return yamlio.read_file(folder / name, f"{STORIES_DIR}/{slug}/{name}")


def edit_list(
    old: str | None,
    key: str,
    change: Callable[[list[dict[str, Any]]], None],
    shown: str,
) -> str:
    """A side file's new text after `change` edits its list `key` in place (entries are
    dicts; `change` validates and raises before anything is decided). The file's comments
    and layout are kept where they can be."""
    data, positions = load_yaml(old or "", shown)
    data = dict(Shape(data, positions, shown).data)
    items = data.get(key) or []
    if not isinstance(items, list):
        raise UsageError(f"'{key}' must be a list", path=shown, line=positions[(key,)][0])
    items = [dict(i) for i in items]
    originals = list(items)  # alive until the end, so no new entry can take an old one's id
    before = {id(item): i for i, item in enumerate(originals)}
    change(items)
    data[key] = items
    text = yamlio.dump(data)
    if old and "#" in old:  # keep the file's comments, which a plain dump would drop
        origin = [before.get(id(item)) for item in items]
        text = yamledit.with_list(old, data, key, origin) or text
    return text


def _value_span(front: str, key: str, shown: str) -> tuple[int, int] | None:
    """Where the value of top-level `key` stands in the front matter (start, end), by the
    full YAML parser; None when there is no such key."""
    data, positions = yamlio.load(front, path=shown, line_offset=1)  # every reader's refusals
    Shape(data, positions, shown, what="the front matter")  # a mapping, or says so
    spans = yamlio.value_spans(front)
    return spans.get(key) if spans else None


def _require_only(
    old: str, new: str, shown: str, keys: tuple[str, ...], wanted: Callable[[StoryMeta], bool]
) -> None:
    """Refuse an edit of `keys` that changed anything else, or did not do what was wanted."""
    before = _front_data(old, shown)
    try:
        after = _front_data(new, shown)
        meta = read_front(new, shown)[0]
    except InputError:
        after, meta = {}, None
    for key in keys:
        before.pop(key, None)
        after.pop(key, None)
    old_body, new_body = split(old, shown).rest, split(new, shown).rest
    if meta is None or before != after or old_body != new_body or not wanted(meta):
        raise InputError(
            f"the front matter is written in a way newsroom cannot edit safely; write "
            f"'{keys[0]}' as a plain 'key: value' line of its own and try again",
            path=shown,
        )


def _front_data(text: str, shown: str) -> dict[str, Any]:
    data, positions = load_yaml(split(text, shown).front, shown, line_offset=1)
    return dict(Shape(data, positions, shown, what="the front matter").data)

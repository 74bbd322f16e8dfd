"""A cache of check results, as ruff and mypy keep one, so unchanged stories cost a file read.

Results live in `.newsroom-cache/` at the newsroom's root (git never sees it: the folder
ignores itself). A story's entry is valid only for the same bytes in its files, the same set
of files in its folder (so an image added or removed counts as a change), the same
newsroom.yaml, the same newsroom version and the same request (checks and stage asked for).
Anything unexpected while reading or writing the cache is treated as a miss: the cache can
make a run faster, never different.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from newsroom import __version__
from newsroom.models import Finding, Severity, Stage
from newsroom.store import yamlio
from newsroom.store.stories import STORIES_DIR

CACHE_DIR = ".newsroom-cache"
STAGES = "stages.json"  # each story's stage, for the board (and person remove)
FORMAT = 2  # 2: entries carry the story's desk
KEEP_FILES = 8  # result files for different requests kept side by side
Entry = dict[str, Any]
TEXT_SUFFIXES = (".md", ".yaml", ".yml", ".txt", ".html", ".json")


def request_key(fingerprint: str, checks: Sequence[str], asked: Stage | None) -> str:
    """What a run was asked for: the same request on the same stories gives the same results.
    `checks`: the words that choose its checks (with the code, which the key holds, they
    decide which checks run)."""
    text = "\0".join(
        (
            str(FORMAT),
            __version__,
            _code_fingerprint(),
            fingerprint,
            asked.value if asked else "",
            *checks,
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _code_fingerprint() -> str:
    """Size and modification time of newsroom's own source and data files (the checks' word
    lists, words.yaml), so that a changed check (an upgrade, or a working copy being edited)
    never reuses results of the old one."""
    package = Path(__file__).resolve().parents[1]
    parts = []
    for path in code_files():
        info = path.stat()
        parts.append(f"{path.relative_to(package)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def code_files() -> list[Path]:
    """newsroom's own source and data files, in order."""
    package = Path(__file__).resolve().parents[1]
    return sorted([*package.rglob("*.py"), *package.rglob("*.yaml")])


def story_key(folder: Path, request: str, keep: dict[str, bytes] | None = None) -> str | None:
    """A hash of everything in a story folder that a check can see, or None if it has links
    (a link can change without the folder changing, so such stories are always checked).

    `keep` receives the bytes of the folder's own text files, so that checking the story
    after a miss does not read them a second time.
    """
    digest = hashlib.blake2b(request.encode(), digest_size=24)
    try:
        if os.path.islink(folder):
            return None
        return _hash_folder(digest, str(folder), "", keep if keep is not None else {})
    except OSError:
        return None


def _hash_folder(digest: Any, folder: str, prefix: str, keep: dict[str, bytes]) -> str | None:
    """Add the names of a folder's entries, the bytes of its text files, and the size,
    modification time and inode of the other files (images: the fact-check pin covers their
    bytes, and a changed image is a new file to git) to `digest`, folders included; None
    when an entry is a link."""
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=_name)
    for entry in entries:
        if entry.is_symlink():
            keep.clear()
            return None
        rel = prefix + entry.name
        if entry.is_dir():
            digest.update(b"d\0" + rel.encode() + b"\0")
            if _hash_folder(digest, entry.path, rel + "/", keep) is None:
                return None
        elif entry.name.endswith(TEXT_SUFFIXES) and entry.is_file(follow_symlinks=False):
            data = _read(entry.path)
            digest.update(b"t\0" + rel.encode() + b"\0" + str(len(data)).encode() + b"\0")
            digest.update(data)
            if not prefix:
                keep[entry.name] = data
        elif entry.is_file(follow_symlinks=False):  # an image: the fact-check pin covers it
            info = entry.stat(follow_symlinks=False)
            digest.update(f"f\0{rel}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}\0".encode())
        else:
            digest.update(f"o\0{rel}\0".encode())
    return str(digest.hexdigest())


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _read(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Cached:
    """One story's cached outcome, in plain values."""

    stage: Stage | None
    findings: tuple[Finding, ...]
    problem: str
    headline: str
    byline: tuple[str, ...]
    desk: str


def encode(key: str, c: Cached) -> Entry:
    return {
        "key": key,
        "stage": c.stage.value if c.stage else None,
        "problem": c.problem,
        "headline": c.headline,
        "byline": list(c.byline),
        "desk": c.desk,
        "findings": [
            [
                f.file,
                f.line,
                f.column,
                f.check,
                f.severity.value,
                f.message,
                f.excerpt,
                f.gate.value,
                f.blocking,
            ]
            for f in c.findings
        ],
    }


def entry_json(key: str, c: Cached) -> str:
    """One story's entry as JSON text: made where the story was checked, on every core,
    so that saving the cache is only joining texts."""
    return _json(encode(key, c))


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def decode(slug: str, entry: Entry) -> Cached:
    findings = tuple(
        Finding(
            story=slug,
            file=file,
            line=line,
            column=column,
            check=check,
            severity=Severity(severity),
            message=message,
            excerpt=excerpt,
            gate=Stage(gate),
            blocking=blocking,
        )
        for file, line, column, check, severity, message, excerpt, gate, blocking in entry[
            "findings"
        ]
    )
    stage = entry["stage"]
    return Cached(
        Stage(stage) if stage else None,
        findings,
        entry["problem"],
        entry["headline"],
        tuple(entry["byline"]),
        entry["desk"],
    )


def _file(root: Path, request: str) -> Path:
    return root / CACHE_DIR / f"check-{request[:24]}.json"


def linked(root: Path) -> bool:
    """Whether the cache folder is a link: one committed to the repository would have
    newsroom read and write wherever it points, so such a cache is neither read nor
    written."""
    return (root / CACHE_DIR).is_symlink()


def load(root: Path, request: str) -> dict[str, Entry]:
    """The cached entries for this request, by slug; empty when there are none or they are
    unreadable."""
    if linked(root):
        return {}
    try:
        data = json.loads(_file(root, request).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("request") != request:
        return {}
    stories = data.get("stories")
    return stories if isinstance(stories, dict) else {}


def save(root: Path, request: str, kept: Mapping[str, Entry], fresh: Mapping[str, str]) -> None:
    """Write the entries for this request: those `kept` from before, and the `fresh` ones
    (JSON texts from `entry_json`), by slug. Drop the oldest files of other requests."""
    folder = root / CACHE_DIR
    if linked(root):
        return
    try:
        folder.mkdir(exist_ok=True)
        _ignore_itself(folder)
        texts = [*((s, _json(e)) for s, e in kept.items()), *fresh.items()]
        stories = ",".join(f"{_json(slug)}:{entry}" for slug, entry in texts)
        text = f'{{"request":{_json(request)},"stories":{{{stories}}}}}'
        yamlio.write_atomic(_file(root, request), text)
        _prune(folder.glob("check-*.json"))
    except OSError:
        pass  # a cache that cannot be written only makes the next run slower


def _ignore_itself(folder: Path) -> None:
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Made by newsroom: a cache of check results, safe to delete.\n*\n")


def _prune(files: Iterable[Path]) -> None:
    by_age = sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
    for old in by_age[KEEP_FILES:]:
        old.unlink(missing_ok=True)


# --- each story's stage, for the board


def stages(root: Path, slugs: Sequence[str], read: Callable[[str], str]) -> dict[str, str]:
    """Each story's stage ('' when its files cannot be read), as `read(slug)` gives it.

    The board needs every story's stage only to leave the published and killed ones out, and
    most stories of a big newsroom are those: reading them all would cost more than the rest
    of the board. So the stage is kept, in `stages.json`, with the size, modification time
    and inode of the story.md it was read from (a change to the file, or a new file put in
    its place, changes these), and read again only when they change, or newsroom does.
    A story folder or story.md that is a link is read every time."""
    path = root / CACHE_DIR / STAGES
    code = request_key("", (), None)
    kept = not linked(root)
    known = _stage_entries(path, code) if kept else {}
    out: dict[str, str] = {}
    entries: dict[str, list[Any]] = {}
    marks = _file_marks(root, slugs)
    for slug in slugs:
        mark = marks[slug]
        entry = known.get(slug)
        if _fresh(entry, mark):
            out[slug] = str(entry[-1])
        else:
            out[slug] = read(slug)
        if mark is not None:
            entries[slug] = [*mark, out[slug]]
    if entries != known and kept:
        try:
            folder = root / CACHE_DIR
            folder.mkdir(exist_ok=True)
            _ignore_itself(folder)
            yamlio.write_atomic(path, _json({"code": code, "stories": entries}))
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower
    return out


def known_stages(root: Path, slugs: Sequence[str]) -> dict[str, str]:
    """The stage `stages` last read of each of `slugs` whose story.md has not changed since
    (the same size, modification time and inode), reading no story and writing nothing; a
    story not known that way (never read, changed, unreadable, a link) is left out."""
    if linked(root):
        return {}
    known = _stage_entries(root / CACHE_DIR / STAGES, request_key("", (), None))
    marks = _file_marks(root, [slug for slug in slugs if slug in known])
    return {slug: str(known[slug][-1]) for slug, mark in marks.items() if _fresh(known[slug], mark)}


def _fresh(entry: Any, mark: list[int] | None) -> TypeGuard[list[Any]]:
    """Whether a stage cache `entry` was read from the story.md that has `mark` now."""
    return mark is not None and isinstance(entry, list) and entry[:-1] == mark


def _stage_entries(path: Path, code: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("code") != code:
        return {}
    stories = data.get("stories")
    return stories if isinstance(stories, dict) else {}


def _file_marks(root: Path, slugs: Sequence[str]) -> dict[str, list[int] | None]:
    """Size, modification time and inode of each story's story.md; None when the folder or
    the file is a link or not a plain file. (One listing of stories/ tells the links: a
    look at ten thousand stories is mostly these calls.)"""
    base = os.path.join(root, STORIES_DIR)
    try:
        with os.scandir(base) as scan:
            links = {entry.name for entry in scan if entry.is_symlink()}
    except OSError:
        links = set(slugs)
    return {s: None if s in links else _file_mark(os.path.join(base, s)) for s in slugs}


def _file_mark(folder: str) -> list[int] | None:
    """Size, modification time and inode of a story folder's story.md (a folder that is not
    a link); None when the file is a link or not a plain file."""
    try:
        info = os.lstat(os.path.join(folder, "story.md"))
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]

"""The journal of a sign-off under way (`.git/newsroom-pending.json`), as a file: its record,
the lock of the command that owns it, and reading it back.

What is read back is untrusted input: the file may be damaged, copied from another clone or
written by hand. `load` takes a journal only in the exact shape `Record` has, and only when
it agrees with the repository: its paths stay inside the story folder it names, its new
commit exists and has the old one as its only parent, changes nothing but the journal's
files, holds exactly the blobs the journal would stage (which are its texts), deletes each
file it would delete (a file the old commit holds), its tag is `published/<slug>` on a
commit that publishes that story, and every file it would overwrite or delete is in git's
objects. Anything else is a GitError naming the file and what to do, and
nothing has been touched.

A command that writes a journal holds a lock (an flock on git's folder, released by the
system when the process ends, however it ends) until the journal is gone; the next command
takes a journal only with that lock, so it never takes one that belongs to a running
command.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any

from newsroom.errors import GitError
from newsroom.repo.runner import Git
from newsroom.store.files import write_atomic

ROSTER = "newsroom.yaml"  # the one file outside stories/ a journaled commit may change

JOURNAL = "newsroom-pending.json"
UNCHANGED = "nothing was changed"
STORIES = "stories"
PUBLISHED = "published/"
WAIT = 10.0  # seconds a writing command waits for another's sign-off to finish
_POLL = 0.05
_OBJECT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_TEXT_MODE = "100644"
FILE_MODES = ("100644", "100755")  # what a commit may delete: a file, not a link or a folder


@dataclass(frozen=True)
class Record:
    """One sign-off under way: the branch moves from `old` ('' for the first commit) to
    `new`; the working tree gets `texts` (path -> text), whose blobs `new` holds, and loses
    the files `removed`, which `new` no longer has; `before` is each of these files as it
    was (None: no file); with `whole_folder` the folder's own edits are in `new` too; `tag`
    ('' for none) is made on `new`."""

    old: str
    new: str
    folder: str
    texts: Mapping[str, str]
    before: Mapping[str, str | None]
    blobs: Mapping[str, str]
    whole_folder: bool
    tag: str
    removed: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(asdict(self))


class _Unusable(ValueError):
    """Why a journal cannot be acted on (its shape, or what it says of the repository)."""


def path(git: Git) -> Path:
    return git.git_dir / JOURNAL


def present(git: Git) -> bool:
    journal = path(git)
    return journal.exists() or journal.is_symlink()


def busy(git: Git) -> GitError:
    """The refusal when another command's sign-off holds the journal."""
    return GitError(
        f"another newsroom command is signing off in this clone ({git.shown(path(git))} is "
        f"its journal); wait for it to finish, then try again; {UNCHANGED}"
    )


@contextlib.contextmanager
def owned(git: Git, wait: float) -> Iterator[bool]:
    """Hold the journal's lock for the `with` block: True when held (waiting up to `wait`
    seconds for it), False when another process still holds it. Where the system has no
    such lock (a file system without flock), True: as unguarded as git itself."""
    try:
        fd = os.open(git.git_dir, os.O_RDONLY)
    except OSError:
        yield True
        return
    try:
        deadline = time.monotonic() + wait
        while not _lock(fd):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(_POLL)
        yield True
    finally:
        os.close(fd)  # (closing releases the lock)


def _lock(fd: int) -> bool:
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True
    return True


def write(git: Git, record: Record) -> None:
    write_atomic(path(git), record.to_json())


def load(git: Git) -> Record | None:
    """The journal, read strictly and checked against the repository (None: there is
    none); a GitError saying what to do when it cannot be acted on."""
    journal = path(git)
    shown = git.shown(journal)
    if not present(git):
        return None
    if journal.is_symlink() or not journal.is_file():
        what = "a folder" if journal.is_dir() else "not a file"
        raise GitError(
            f"{shown} is {what}, where newsroom keeps the journal of a sign-off under way; "
            f"remove it (rm -r {shown}) and try again; {UNCHANGED}"
        )
    try:
        text = journal.read_text(encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise GitError(
            f"cannot read {shown} ({reason}); make it readable (chmod u+r {shown}) and try "
            f"again; {UNCHANGED}"
        ) from None
    except UnicodeDecodeError:
        text = "\0"
    try:
        record = parse(text)
        _check(git, record)
    except _Unusable as exc:
        raise GitError(
            f"{shown} is not a sign-off journal newsroom can act on ({exc}); a journal that "
            "is damaged, copied from another clone or written by hand is never acted on: "
            f"remove it (rm {shown}), check 'git status', and try again; {UNCHANGED}"
        ) from None
    return record


def drop(git: Git) -> None:
    """Remove the journal (OSError when it cannot be)."""
    path(git).unlink(missing_ok=True)


# --- the shape ----------------------------------------------------------------------------


def parse(text: str) -> Record:
    """The record of a journal's text, in exactly the shape `Record` has, or _Unusable."""
    try:
        data = json.loads(text)
    except ValueError:
        raise _Unusable("it is not JSON") from None
    if not isinstance(data, dict):
        raise _Unusable("it is not a JSON object")
    names = [field.name for field in fields(Record)]
    missing = [name for name in names if name not in data and name != "removed"]
    if missing:
        raise _Unusable(f"'{missing[0]}' is missing")
    unknown = sorted(name for name in data if name not in names)
    if unknown:
        raise _Unusable(f"'{unknown[0]}' is not a field of a journal")
    texts = _mapping(data, "texts", lambda v: isinstance(v, str))
    before = _mapping(data, "before", lambda v: v is None or isinstance(v, str))
    blobs = _mapping(data, "blobs", lambda v: isinstance(v, str) and _is_id(v))
    removed = _removed(data)
    if set(texts) & set(removed):
        raise _Unusable(f"it both writes and deletes '{sorted(set(texts) & set(removed))[0]}'")
    if not (set(texts) == set(blobs) and set(before) == set(texts) | set(removed)):
        raise _Unusable("'texts', 'before', 'blobs' and 'removed' name different files")
    old, new = data["old"], data["new"]
    if not isinstance(old, str) or (old and not _is_id(old)):
        raise _Unusable("'old' is not a commit id")
    if not isinstance(new, str) or not _is_id(new):
        raise _Unusable("'new' is not a commit id")
    for name, kind in (("folder", str), ("tag", str), ("whole_folder", bool)):
        if not isinstance(data[name], kind):
            raise _Unusable(f"'{name}' is not a {'text' if kind is str else 'true or false'}")
    folder, whole, tag = data["folder"], data["whole_folder"], data["tag"]
    return Record(old, new, folder, texts, before, blobs, whole, tag, removed)


def _removed(data: dict[str, Any]) -> tuple[str, ...]:
    """The files the journal deletes (none in a journal from before deletions were made)."""
    value = data.get("removed", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Unusable("'removed' is not a list of files in the right form")
    if len(set(value)) != len(value):
        raise _Unusable("'removed' names a file twice")
    return tuple(value)


def _mapping(data: dict[str, Any], name: str, valid: Callable[[object], bool]) -> dict[str, Any]:
    value = data[name]
    if not isinstance(value, dict) or not all(valid(v) for v in value.values()):
        raise _Unusable(f"'{name}' is not a list of files in the right form")
    return value


def _is_id(value: str) -> bool:
    return bool(_OBJECT_ID.fullmatch(value))


# --- agreeing with the repository ----------------------------------------------------------


def _check(git: Git, record: Record) -> None:
    """_Unusable unless `record` is what a sign-off in this repository would have written."""
    slug = _check_paths(git, record)
    parents, message = _commit(git, record.new)
    if parents != ([record.old] if record.old else []):
        raise _Unusable(
            f"its commit {record.new[:10]} is not a commit made on {record.old[:10] or 'nothing'}"
        )
    lines = message.splitlines()
    if record.tag and (
        record.tag != f"{PUBLISHED}{slug}"
        or f"Newsroom-Story: {slug}" not in lines
        or "Newsroom-To: published" not in lines
    ):
        raise _Unusable(f"its tag {record.tag} is not the publication its commit records")
    _check_changes(git, record)
    _check_blobs(git, record)
    _check_before(git, record)


def _check_paths(git: Git, record: Record) -> str:
    """The story's slug ('' for the first commit or a roster change): every path must be
    inside its folder."""
    folder = record.folder
    slug = folder.removeprefix(f"{STORIES}/")
    if folder == "" and not record.old and not record.removed:
        prefix = ""  # the newsroom's first commit (init): its files anywhere in it
    elif folder == "" and list(record.texts) == [ROSTER] and not record.removed:
        prefix = ""  # a roster change (`newsroom person`): newsroom.yaml alone
    elif folder == f"{STORIES}/{slug}" and _plain(slug) and "/" not in slug:
        prefix = f"{folder}/"
    else:
        raise _Unusable(f"'{folder}' is not a story folder")
    root = git.root.resolve()
    for name in [*record.texts, *record.removed]:
        if not (name.startswith(prefix) and _plain(name)):
            raise _Unusable(f"'{name}' is not a file of {folder or 'the newsroom'}")
        where = (root / name).resolve()
        if not where.is_relative_to(root) or where.is_relative_to(git.git_dir):
            raise _Unusable(f"'{name}' leads out of the newsroom")
    return slug


def _plain(name: str) -> bool:
    """A relative path of plain names: no '', '.', '..' or .git part, no backslash."""
    parts = name.split("/")
    return (
        "\\" not in name
        and "\0" not in name
        and all(p not in ("", ".", "..") and p.casefold() != ".git" for p in parts)
        and PurePosixPath(name).as_posix() == name
    )


def _commit(git: Git, commit: str) -> tuple[list[str], str]:
    """The parents and the message of `commit`."""
    try:
        text = git.run("cat-file", "commit", commit)
    except GitError:
        raise _Unusable(f"its commit {commit[:10]} is not in this repository") from None
    head, _, message = text.partition("\n\n")
    parents = [line.split(" ", 1)[1] for line in head.splitlines() if line.startswith("parent ")]
    return parents, message


def _check_changes(git: Git, record: Record) -> None:
    """The commit changes the journal's files only (with `whole_folder`: its folder only)."""
    around = [record.old, record.new] if record.old else ["--root", record.new]
    out = git.run("diff-tree", "-r", "--no-renames", "--name-only", "-z", *around)
    changed = [p for p in out.split("\0") if p and p != record.new]
    for name in changed:
        inside = name.startswith(f"{record.folder}/") if record.whole_folder else False
        if name not in record.texts and name not in record.removed and not inside:
            raise _Unusable(f"its commit {record.new[:10]} changes '{name}', not its files")


def _check_blobs(git: Git, record: Record) -> None:
    """The commit holds exactly the journal's blobs, which are its texts."""
    held = tree_entries(git, record.new, list(record.texts))
    for name, blob in record.blobs.items():
        if held.get(name) != (_TEXT_MODE, blob):
            raise _Unusable(f"its commit {record.new[:10]} does not hold its {name}")
        made = git.run("hash-object", "--stdin", f"--path={name}", input=record.texts[name])
        if made.strip() != blob:
            raise _Unusable(f"its text of {name} is not the blob it names")
    gone = tree_entries(git, record.new, list(record.removed))
    there = tree_entries(git, record.old, list(record.removed))
    for name in record.removed:
        if name in gone:
            raise _Unusable(f"its commit {record.new[:10]} still holds {name}, which it deletes")
        if there.get(name, ("", ""))[0] not in FILE_MODES:
            raise _Unusable(f"{name}, which it deletes, is not a file of {record.old[:10]}")


def _check_before(git: Git, record: Record) -> None:
    """Every file the sign-off would overwrite or delete (or put back) is in git's objects:
    a journal never replaces words git does not hold."""
    ids = {}
    for name, text in record.before.items():
        if text is not None and text != record.texts.get(name):
            ids[name] = git.run("hash-object", "--no-filters", "--stdin", input=text).strip()
    if not ids:
        return
    out = git.run("cat-file", "--batch-check", input="".join(f"{i}\n" for i in ids.values()))
    for (name, _), line in zip(ids.items(), out.splitlines(), strict=False):
        if line.endswith(" missing"):
            raise _Unusable(f"{name} as it says it was is in no commit and no object")


def tree_entries(git: Git, commit: str, names: list[str]) -> dict[str, tuple[str, str]]:
    """(mode, object id) of each of the files `names` at `commit` that is there."""
    if not commit or not names:
        return {}
    out = git.run("ls-tree", "-r", "-z", commit, "--", *names, env={"GIT_LITERAL_PATHSPECS": "1"})
    entries = {}
    for entry in out.split("\0"):
        info, tab, name = entry.partition("\t")
        if tab:
            mode, _, blob = info.split(" ")
            entries[name] = (mode, blob)
    return entries

"""sync's steps with the remote, each one safe for the work in this clone.

- `in_the_way`: files git does not track, ignored ones included, that taking another
  commit's files would overwrite (git treats an ignored file as expendable; a person's
  interview notes are not).
- `incoming_size`: how many bytes the files of another commit need on the disk.
- `rebase`: a conflict told apart from any other failure (a commit git cannot sign, a full
  disk), which is named in git's words; whatever git wrote before failing is taken away.
- `push`: the remote moving (try again) told apart from the remote refusing (a protected
  branch, a hook, no permission), whose words are kept.
- `stray_tags`, `kept_aside_only`, `identities`, `move_tag`: what sync needs to keep a
  published/ tag on its commit when a rebase copies the commit, and to drop it with the
  commit when a clash keeps the commit aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final

from newsroom.errors import GitError
from newsroom.repo.preflight import MIN_FREE, UNCHANGED
from newsroom.repo.runner import Git

PATHSPECS = 500  # paths per git call: far below any command-line limit
MOVED = ("(fetch first)", "(non-fast-forward)")  # the remote has commits we have not
# another push moved the branch while the remote was taking ours (two people syncing at the
# same moment): git's words on the remote, "cannot lock ref ...: is at X but expected Y"
RACED = "but expected"
COLLATERAL = "(atomic push failed)"  # a ref refused only because another one was
NO_ATOMIC = "does not support --atomic"
_FULL = ("No space left on device", "Disk quota exceeded")
# git's words when it cannot reach a remote at all: a path or a host that is gone, no network
_UNREACHABLE = (
    "does not appear to be a git repository",
    "Could not read from remote repository",
    "unable to access",
)


def differing(git: Git, ref: str, other: str) -> list[str]:
    """Paths whose file differs between the trees of `ref` and `other`."""
    out = git.run("diff", "--name-only", "--no-renames", "-z", ref, other)
    return [p for p in out.split("\0") if p]


def untracked(git: Git, paths: Collection[str]) -> list[str]:
    """The files git does not track (ignored or not) at `paths` or inside them."""
    found: list[str] = []
    ordered = sorted(paths)
    for start in range(0, len(ordered), PATHSPECS):
        batch = ordered[start : start + PATHSPECS]
        out = git.run("ls-files", "--others", "-z", "--", *(f":(literal){p}" for p in batch))
        found.extend(p for p in out.split("\0") if p)
    return found


def in_the_way(git: Git, paths: Collection[str]) -> list[str]:
    """Files git does not track, ignored ones included, that writing the files `paths`
    would overwrite: at one of them, inside one (a folder where a file comes) or on the way
    to one (a file where a folder comes)."""
    spots: set[str] = set()
    for path in paths:
        if os.path.lexists(git.root / path):
            spots.add(path)
        for folder in PurePosixPath(path).parents:
            where = git.root / folder
            if str(folder) != "." and os.path.lexists(where) and not _is_folder(where):
                spots.add(str(folder))
    return sorted(set(untracked(git, spots))) if spots else []


def incoming_size(git: Git, ref: str, other: str) -> int:
    """The bytes of the files that differ at `other` from `ref`: what checking `other` out
    writes to the disk."""
    fields = git.run("diff", "--raw", "-z", "--no-renames", "--no-abbrev", ref, other).split("\0")
    blobs = [
        meta.split()[3]
        for meta in fields[0::2]
        if meta.startswith(":") and len(meta.split()) == 5 and meta.split()[1] != "160000"
    ]
    blobs = [b for b in blobs if b.strip("0")]  # all zeros: the file goes away
    if not blobs:
        return 0
    out = git.run("cat-file", "--batch-check=%(objectsize)", input="\n".join(blobs) + "\n")
    return sum(int(size) for size in out.split() if size.isdigit())


# (path, base text, their text, our text) -> the merged text, or None: a true conflict
Resolver = Callable[[str, str, str, str], str | None]


def rebase(git: Git, onto: str, resolve: Resolver | None = None) -> bool:
    """Rebase the current branch onto `onto`. A conflict that `resolve` merges is settled
    and the rebase goes on; on any other conflict, undo it and return False; on any other
    failure, undo it (the files git wrote before it failed included) and raise a GitError
    in git's words (the disk being full said as such)."""
    shown = onto.removeprefix("refs/remotes/")
    before = _Before.of(git, onto)
    marker = git.git_dir / SYNC_REBASE
    marker.write_text(onto + "\n", encoding="utf-8")  # (a kill from here on: see abandon)
    try:
        status, _, err = git.attempt("rebase", "-q", onto)
        while status != 0 and resolve is not None and _rebasing(git) and _resolved(git, resolve):
            status, _, err = git.attempt("rebase", "--continue", env={"GIT_EDITOR": "true"})
    except BaseException:  # interrupted (Ctrl-C): leave no rebase half-done
        _abort(git)
        marker.unlink(missing_ok=True)
        raise
    try:
        return _after_rebase(git, before, shown, status, err)
    finally:
        if not _rebasing(git):
            marker.unlink(missing_ok=True)


# sync's mark of a rebase it is making, in the clone's git folder: a rebase left with it was
# stopped by a kill, not begun by the person
SYNC_REBASE: Final = "newsroom-sync-rebase"


def abandon(git: Git) -> bool:
    """Undo a rebase a killed sync left half-done (its commits back as they were before it,
    as if it had not begun), so that the next command finds the clone as the person left it;
    a rebase the person began is never touched. True when one was undone."""
    marker = git.git_dir / SYNC_REBASE
    if not marker.exists():
        return False
    if _rebasing(git):
        _abort(git)
        if _rebasing(git):
            return False
    marker.unlink(missing_ok=True)
    return True


def _after_rebase(git: Git, before: _Before, shown: str, status: int, err: str) -> bool:
    if status == 0:
        return True
    conflict = bool(git.run("ls-files", "-u").strip())
    full = any(words in err for words in _FULL) or _free(git.root) < MIN_FREE
    said = _said(err)
    if not _put_back(git, before):
        raise GitError(
            f"git could not rebase your commits onto {shown} ({said}), nor undo the rebase; "
            f"{'free some space, then ' if full else ''}run git rebase --abort, then "
            "newsroom sync again"
        )
    if conflict:
        return False
    if full:
        raise GitError(
            f"the disk filled up while taking the commits of {shown} (git: {said}); free "
            f"some space and run newsroom sync again; {UNCHANGED}"
        )
    raise GitError(
        f"git could not rebase your commits onto {shown}: {said}; {UNCHANGED}; fix that, "
        "then run newsroom sync again"
    )


def _resolved(git: Git, resolve: Resolver) -> bool:
    """Settle the files a stopped rebase left in conflict, when `resolve` merges every one
    of them (each changed on both sides, none added or removed by one): write and stage the
    merged texts. False, with nothing written, when any is a true conflict."""
    stages: dict[str, dict[int, str]] = {}
    for entry in git.run("ls-files", "-u", "-z").split("\0"):
        if "\t" in entry:
            info, path = entry.split("\t", 1)
            _, blob, stage = info.split()
            stages.setdefault(path, {})[int(stage)] = blob
    if not stages:
        return False
    merged: dict[str, str] = {}
    for path, blobs in stages.items():
        if set(blobs) != {1, 2, 3} or (git.root / path).is_symlink():
            return False  # (a link's target is no file of this clone to write)
        base, theirs, ours = (git.run("cat-file", "blob", blobs[n]) for n in (1, 2, 3))
        text = resolve(path, base, theirs, ours)
        if text is None:
            return False
        merged[path] = text
    for path, text in merged.items():
        (git.root / path).write_text(text, encoding="utf-8")
        git.run("add", "--", f":(literal){path}")
    return True


@dataclass(frozen=True)
class _Before:
    """The working tree before a rebase, as far as the rebase will change it."""

    arriving: list[str]  # files the rebase brings that are not here now
    made: set[str]  # folders it will make for them
    edited: set[str]  # files with uncommitted changes (git refuses to rebase over them)

    @classmethod
    def of(cls, git: Git, onto: str) -> _Before:
        arriving = [p for p in differing(git, "HEAD", onto) if not os.path.lexists(git.root / p)]
        made = {f for p in arriving for f in _missing_folders(git.root, p)}
        return cls(arriving, made, set(_changed(git)))


def _put_back(git: Git, before: _Before) -> bool:
    """Undo a failed rebase: abort it, take away the files it brought (none was here before
    it began, and git does not track them now) and the folders it made for them, and give
    the files it changed back their committed text (the rebase began on a clean tree, so
    the changes are git's). False when the rebase cannot be aborted."""
    _abort(git)
    if _rebasing(git):
        return False
    for path in untracked(git, before.arriving) if before.arriving else []:
        with contextlib.suppress(OSError):
            (git.root / path).unlink()
    for folder in sorted(before.made, key=lambda f: -f.count("/")):
        with contextlib.suppress(OSError):
            (git.root / folder).rmdir()
    changed = sorted(set(_changed(git)) - before.edited)
    for start in range(0, len(changed), PATHSPECS):
        batch = changed[start : start + PATHSPECS]
        git.run("checkout", "-q", "HEAD", "--", *(f":(literal){p}" for p in batch))
    return True


def fetch(git: Git, remote: str) -> None:
    """Fetch `remote`. When it cannot be reached, a GitError in git's first words (not its
    closing hint, 'and the repository exists.') that says what to check; any other failure
    in the words git's runner gives every command."""
    status, _, err = git.attempt("fetch", "-q", remote)
    if status == 0:
        return
    if any(words in err for words in _UNREACHABLE):
        raise GitError(
            f"cannot reach {remote}: {_said(err)}; check the network and the remote's "
            "address ('git remote -v'), then run newsroom sync again; nothing was changed"
        )
    git.run("fetch", "-q", remote)


def push(git: Git, remote: str, branch: str, tags: Sequence[str] = ()) -> bool:
    """Push HEAD to `branch` (and `tags`, all or nothing); False when the remote refused
    because it has commits we have not (it moved, before or while it took ours), a GitError
    in the remote's words when it refused for any other reason."""
    refs = [f"HEAD:refs/heads/{branch}", *(f"refs/tags/{t}" for t in tags)]
    atomic = ["--atomic"] if tags else []
    status, out, err = git.attempt("push", "--porcelain", *atomic, remote, *refs)
    if status != 0 and atomic and NO_ATOMIC in err:  # a server without atomic pushes
        status, out, err = git.attempt("push", "--porcelain", remote, *refs)
    if status == 0:
        return True
    refused = [
        line.split("\t") for line in out.splitlines() if line.startswith("!") and "\t" in line
    ]
    causes = [row for row in refused if not row[-1].endswith(COLLATERAL)]
    if causes and all(row[-1].endswith(MOVED) for row in causes):
        return False
    if causes and RACED in err:
        return False
    targets = ", ".join(row[1].rpartition(":")[2].removeprefix("refs/heads/") for row in causes)
    reasons = "; ".join(row[-1].rpartition("] ")[2] for row in causes)
    said = " ".join(
        line.removeprefix("remote:").strip()
        for line in err.splitlines()
        if line.startswith("remote:")
    ).strip()
    raise GitError(
        f"{remote} refused the push{f' to {targets}' if targets else ''}: "
        f"{said or _said(err)}{f' {reasons}' if reasons else ''}; your commits are safe in "
        f"this clone; once that is settled on {remote} (a protected branch takes a pull "
        "request), run newsroom sync again"
    )


def stray_tags(git: Git, prefix: str) -> dict[str, str]:
    """Tag name -> commit for every tag under refs/tags/<prefix> whose commit is not on the
    current branch (none before the first commit)."""
    if not git.head():
        return {}
    out = git.run(
        "for-each-ref",
        "--no-merged=HEAD",
        "--format=%(refname:short) %(objectname) %(*objectname)",
        f"refs/tags/{prefix}",
    )
    rows = (line.split() for line in out.splitlines())
    return {row[0]: row[-1] for row in rows if len(row) >= 2}


def kept_aside_only(git: Git, commit: str, kept: str) -> bool:
    """Whether `commit` is on a branch under refs/heads/<kept> and on no other branch, here
    or on a remote."""
    out = git.run(
        "for-each-ref", "--contains", commit, "--format=%(refname)", "refs/heads/", "refs/remotes/"
    )
    refs = out.split()
    return bool(refs) and all(ref.startswith(f"refs/heads/{kept}") for ref in refs)


def identities(git: Git, revisions: str) -> dict[str, str]:
    """Commit -> what a rebase keeps of it (author, author date, message), for every commit
    of `revisions`."""
    return _identities(git, revisions)


def identity(git: Git, commit: str) -> str:
    """What a rebase keeps of `commit`: its author, author date and message."""
    return _identities(git, "-1", commit).get(commit, "")


def _identities(git: Git, *args: str) -> dict[str, str]:
    out = git.run("log", "--format=%H%x00%an <%ae> %ad%x00%B%x1e", "--date=raw", *args)
    found: dict[str, str] = {}
    for record in out.split("\x1e"):
        sha, _, rest = record.strip("\n").partition("\0")
        if sha:
            found[sha] = rest
    return found


def move_tag(git: Git, tag: str, new: str, old: str) -> None:
    """Point `tag` at `new`, provided it still points at `old`."""
    git.run("update-ref", f"refs/tags/{tag}", new, old)


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _missing_folders(root: Path, path: str) -> Iterator[str]:
    for folder in PurePosixPath(path).parents:
        if str(folder) != "." and not os.path.lexists(root / folder):
            yield str(folder)


def _rebasing(git: Git) -> bool:
    return (git.git_dir / "rebase-merge").is_dir() or (git.git_dir / "rebase-apply").is_dir()


def _abort(git: Git) -> None:
    if _rebasing(git):
        with contextlib.suppress(GitError):
            git.run("rebase", "--abort")


def _changed(git: Git) -> list[str]:
    """Tracked files whose text here (staged or not) is not HEAD's."""
    out = git.run("diff", "--name-only", "--no-renames", "-z", "HEAD")
    return [p for p in out.split("\0") if p]


def _free(root: Path) -> int:
    try:
        return shutil.disk_usage(root).free
    except OSError:
        return MIN_FREE  # a file system that does not say


def _said(err: str) -> str:
    """git's first error line, without its 'error:' or 'fatal:'; its last line if none."""
    lines = [line.strip() for line in err.splitlines() if line.strip()]
    for line in lines:
        for prefix in ("error:", "fatal:"):
            if line.startswith(prefix):
                return line.removeprefix(prefix).strip()
    return lines[-1] if lines else "git said nothing"

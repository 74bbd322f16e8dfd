"""What can make a write fail, checked before a command writes anything.

A command that writes first asks `check_repository` (is git busy, or in the middle of
something, or off any branch?), then finishes or rolls back an interrupted sign-off (the
journal), and before it moves the branch asks `check_targets` (can every file it will write
be written, and is there room?). Each refusal is a GitError naming the file in the way and
the next step; nothing has been written when it is raised.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from newsroom.errors import GitError
from newsroom.repo.runner import Git, locked_message

UNCHANGED = "nothing was changed"
MIN_FREE = 1 << 20  # bytes a commit needs beyond its own files (objects, reflog, journal)

# (file in the git folder, what git is in the middle of, how to get out of it)
_UNFINISHED = (
    ("rebase-merge", "a rebase", "git rebase --continue, or git rebase --abort"),
    ("rebase-apply", "a rebase", "git rebase --continue, or git rebase --abort (git am --abort)"),
    ("MERGE_HEAD", "a merge", "git commit to conclude it, or git merge --abort"),
    ("CHERRY_PICK_HEAD", "a cherry-pick", "git cherry-pick --continue, or git cherry-pick --abort"),
    ("REVERT_HEAD", "a revert", "git revert --continue, or git revert --abort"),
    ("BISECT_LOG", "a bisect", "git bisect reset"),
)


def check_repository(git: Git) -> str:
    """Refuse when a lock file is in the way, when a rebase, merge, cherry-pick, revert or
    bisect is unfinished, or when HEAD is on no branch; return the branch (refs/heads/...)."""
    for lock in (git.git_dir / "index.lock", git.git_dir / "HEAD.lock"):
        _refuse_lock(git, lock)
    for name, what, way_out in _UNFINISHED:
        if (git.git_dir / name).exists():
            raise GitError(
                f"{what} is in progress ({git.shown(git.git_dir / name)}); finish it first "
                f"({way_out}), then try again; {UNCHANGED}"
            )
    branch = git.branch()
    if not branch:
        at = git.head()[:10]
        here = git.run(
            "for-each-ref", "--points-at", "HEAD", "--format=%(refname:short)", "refs/heads/"
        ).split()
        raise GitError(
            f"HEAD is detached{f' (at {at})' if at else ''}, on no branch: a commit made here "
            f"would belong to no branch; switch to your branch with 'git switch "
            f"{here[0] if here else 'BRANCH'}' (or keep commits made here on a new branch with "
            f"'git switch -c NAME'), then try again; {UNCHANGED}"
        )
    for lock in (git.common_dir / f"{branch}.lock", git.common_dir / "packed-refs.lock"):
        _refuse_lock(git, lock)
    return branch


def check_targets(git: Git, paths: Iterable[str], size: int) -> None:
    """Refuse unless every file of `paths` (relative to the newsroom) and git's own folders
    can be written, and the disks holding them have room for `size` bytes and a commit."""
    folders = [git.git_dir, git.common_dir / "objects", git.common_dir / "refs"]
    for path in paths:
        target = git.root / path
        if target.exists() and not os.access(target, os.W_OK):
            raise _unchanged(unwritable(git, target))
        folders.append(target.parent)
    for folder in dict.fromkeys(folders):
        existing = _nearest_existing(folder)
        if not os.access(existing, os.W_OK | os.X_OK):
            raise _unchanged(unwritable(git, existing))
    check_room(git, 2 * size)


def check_room(git: Git, size: int) -> None:
    """Refuse unless the disks holding the newsroom and git's folder have room for `size`
    bytes, a new index and a commit."""
    index = git.git_dir / "index"
    need = size + MIN_FREE + (index.stat().st_size if index.exists() else 0)
    for where in dict.fromkeys((git.root, git.git_dir)):
        _refuse_full(git, where, need)


def unwritable(git: Git, path: Path, exc: OSError | None = None) -> GitError:
    """The error for a file or folder that cannot be written (`exc`: what the system said),
    naming the folder when it is the folder that cannot be written."""
    if exc is not None and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return GitError(
            f"the disk is full (writing {git.shown(path)}); free some space and try again"
        )
    folder = _nearest_existing(path.parent)
    if not os.access(folder, os.W_OK | os.X_OK):
        path = folder
    shown = git.shown(path)
    why = os.strerror(exc.errno) if exc is not None and exc.errno else "it is read-only"
    return GitError(
        f"cannot write {shown} ({why}); make it writable (chmod u+w {shown}) and try again"
    )


def _unchanged(error: GitError) -> GitError:
    return GitError(f"{error.message}; {UNCHANGED}")


def _refuse_lock(git: Git, lock: Path) -> None:
    if lock.exists():
        raise GitError(f"{locked_message(git.shown(lock))}; {UNCHANGED}")


def _refuse_full(git: Git, where: Path, need: int) -> None:
    try:
        free = shutil.disk_usage(where).free
    except OSError:
        return  # a file system that does not say; writing will tell
    if free < need:
        raise GitError(
            f"only {free // 1024} KiB free on the disk holding {git.shown(where) or '.'}, and "
            f"this needs about {need // 1024} KiB; free some space and try again; {UNCHANGED}"
        )


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder

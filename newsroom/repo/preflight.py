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
import stat
import struct
import sys
import time
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from newsroom.errors import GitError
from newsroom.repo.runner import Git, locked_message

UNCHANGED = "nothing was changed"
MIN_FREE = 1 << 20  # bytes a commit needs beyond its own files (objects, reflog, journal)
# files a commit makes beyond one per file it writes: its trees and their folders in
# .git/objects, the commit, the journal, lock files for the index and the branch, a tag
MIN_FILES = 32

# Linux's ioctl that reads a file's attributes (`lsattr`), as <linux/fs.h> encodes it on
# x86, ARM and RISC-V (other machines encode it otherwise, and the call then fails, telling
# nothing), and the attribute of a file or folder that takes new data but lets nothing in it
# be replaced or removed (`chattr +a`)
_FS_IOC_GETFLAGS = (2 << 30) | (struct.calcsize("l") << 16) | (ord("f") << 8) | 1
_FS_APPEND_FL = 0x20

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
            f"'git switch -c <new-branch>'), then try again; {UNCHANGED}"
        )
    for lock in (git.common_dir / f"{branch}.lock", git.common_dir / "packed-refs.lock"):
        _refuse_lock(git, lock)
    return branch


def check_targets(git: Git, paths: Iterable[str], size: int) -> None:
    """Refuse unless every file of `paths` (relative to the newsroom) and git's own folders
    can be written, and the disks holding them have room for `size` bytes and a commit
    (bytes, and files: a disk with bytes free can have no room for another file)."""
    folders = [git.git_dir, git.common_dir / "objects", git.common_dir / "refs"]
    paths = list(paths)
    for path in paths:
        target = git.root / path
        _refuse_linked_folder(git, path)
        if target.exists() and not os.access(target, os.W_OK):
            raise _unchanged(unwritable(git, target))
        _refuse_append_only(git, target)
        folders.append(target.parent)
    for folder in dict.fromkeys(folders):
        existing = _nearest_existing(folder)
        if not os.access(existing, os.W_OK | os.X_OK):
            raise _unchanged(unwritable(git, existing))
    index = git.git_dir / "index"
    need = 2 * size + MIN_FREE + (index.stat().st_size if index.exists() else 0)
    # each file written: its blob, a folder for it in .git/objects, its temporary file
    files = MIN_FILES + 3 * len(paths)
    for where in dict.fromkeys((git.root, git.git_dir)):
        _refuse_full(git, where, need)
        _refuse_no_files(git, where, files)


def check_room(git: Git, size: int, files: int = 0) -> None:
    """Refuse unless the disks holding the newsroom and its git folder have room for `size`
    more bytes in `files` more files (a commit of files already in the working tree, or the
    files a sync takes from the remote), a new index and a commit."""
    index = git.git_dir / "index"
    size += index.stat().st_size if index.exists() else 0
    for where in dict.fromkeys((git.root, git.git_dir)):
        _refuse_full(git, where, size + MIN_FREE)
        _refuse_no_files(git, where, files + MIN_FILES)


def folder_changes(git: Git, folder: str) -> tuple[int, int]:
    """The bytes and the number of the files in `folder` that differ from the index (new or
    edited): what a commit of the folder as it is adds to git's objects."""
    listed = git.run("ls-files", "-z", "--others", "--modified", "--exclude-standard", "--", folder)
    paths = [path for path in dict.fromkeys(listed.split("\0")) if path]
    size = 0
    for path in paths:
        with suppress(OSError):  # (an edit that deletes a file adds nothing)
            size += (git.root / path).stat().st_size
    return size, len(paths)


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


def _refuse_linked_folder(git: Git, path: str) -> None:
    """Refuse a file whose folder is a link (to elsewhere in the newsroom or out of it):
    git keeps no file beyond a link."""
    folder = git.root
    for part in Path(path).parts[:-1]:
        folder = folder / part
        if folder.is_symlink():
            shown = git.shown(folder)
            raise GitError(
                f"{shown} is a link ({os.readlink(folder)}), and git keeps no file inside a "
                f"link; make {shown} a folder of its own and try again; {UNCHANGED}"
            )


def _refuse_lock(git: Git, lock: Path) -> None:
    """Refuse when a lock file stays in the way: a git command running beside this one
    (another newsroom command reading the status) holds one for a moment, a stale one
    stays."""
    deadline = time.monotonic() + LOCK_WAIT
    while lock.exists():
        if time.monotonic() >= deadline:
            raise GitError(f"{locked_message(git.shown(lock))}; {UNCHANGED}")
        time.sleep(0.05)


LOCK_WAIT = 3.0  # seconds to wait for another git process's lock file to go


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


def _refuse_append_only(git: Git, target: Path) -> None:
    """Refuse when `target` or its folder takes new data but lets no file be replaced: a
    write makes a temporary file beside the file and renames it over the file, and there
    the rename would fail and leave the temporary file, which could not be removed."""
    for marked in (target, target.parent):
        if _append_only(marked):
            shown = git.shown(marked)
            raise GitError(
                f"cannot replace {git.shown(target)}: {shown} is append-only (as a backup or "
                f"sync tool may set it), which lets nothing in it be replaced; clear that "
                f"({_clear_append(shown)}) and try again; {UNCHANGED}"
            )


def _append_only(path: Path) -> bool:
    """Whether `path` is marked append-only (Linux's `chattr +a`, BSD's and macOS's
    `chflags uappnd`/`sappnd`)."""
    try:
        flags = getattr(os.stat(path), "st_flags", None)  # BSD and macOS say it in stat
    except OSError:
        return False
    if flags is not None:
        return bool(flags & (stat.UF_APPEND | stat.SF_APPEND))
    return bool(_linux_attributes(path) & _FS_APPEND_FL)


def _linux_attributes(path: Path) -> int:
    """The attributes `lsattr` shows for `path` on Linux, or 0 when they cannot be read."""
    if not sys.platform.startswith("linux"):
        return 0
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return 0
    try:
        said = fcntl.ioctl(fd, _FS_IOC_GETFLAGS, bytes(8))
    except OSError:  # a file system without attributes (tmpfs before Linux 6.0, NFS...)
        return 0
    finally:
        os.close(fd)
    return int.from_bytes(said[:4], sys.byteorder)


def _clear_append(shown: str) -> str:
    return f"chattr -a {shown}" if sys.platform.startswith("linux") else f"chflags nouappnd {shown}"


def _refuse_no_files(git: Git, where: Path, need: int) -> None:
    """Refuse when the file system has room for fewer than `need` new files: bytes may be
    free while no file can be made (it has run out of inodes)."""
    try:
        disk = os.statvfs(where)
    except (AttributeError, OSError):
        return  # no statvfs (Windows), or a file system that does not say; writing will tell
    if disk.f_files and disk.f_favail < need:
        raise GitError(
            f"the disk holding {git.shown(where) or '.'} has room for only {disk.f_favail} more "
            f"files (it has run out of inodes), and this needs about {need}; free some space "
            f"(delete files you do not need) and try again; {UNCHANGED}"
        )


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder

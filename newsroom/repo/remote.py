"""sync's steps with the remote, each one safe for the work in this clone.

- `in_the_way`: files git does not track, ignored ones included, that taking another
  commit's files would overwrite (git treats an ignored file as expendable; a person's
  interview notes are not).
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path, PurePosixPath

from newsroom.repo.runner import Git

PATHSPECS = 500  # paths per git call: far below any command-line limit


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


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()

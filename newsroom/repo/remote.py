"""sync's steps with the remote, each one safe for the work in this clone.

- `in_the_way`: files git does not track, ignored ones included, that taking another
  commit's files would overwrite (git treats an ignored file as expendable; a person's
  interview notes are not).
- `push`: the remote moving (try again) told apart from the remote refusing (a protected
  branch, a hook, no permission), whose words are kept.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path, PurePosixPath

from newsroom.errors import GitError
from newsroom.repo.runner import Git

PATHSPECS = 500  # paths per git call: far below any command-line limit
MOVED = ("(fetch first)", "(non-fast-forward)")  # the remote has commits we have not
COLLATERAL = "(atomic push failed)"  # a ref refused only because another one was
NO_ATOMIC = "does not support --atomic"


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


def push(git: Git, remote: str, branch: str, tags: Sequence[str] = ()) -> bool:
    """Push HEAD to `branch` (and `tags`, all or nothing); False when the remote refused
    because it has commits we have not (it moved), a GitError in the remote's words when
    it refused for any other reason."""
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


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _said(err: str) -> str:
    """git's first error line, without its 'error:' or 'fatal:'; its last line if none."""
    lines = [line.strip() for line in err.splitlines() if line.strip()]
    for line in lines:
        for prefix in ("error:", "fatal:"):
            if line.startswith(prefix):
                return line.removeprefix(prefix).strip()
    return lines[-1] if lines else "git said nothing"

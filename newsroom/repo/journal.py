"""A sign-off as one commit of one story, journaled so that a kill leaves it whole.

The commit is built with plumbing (nothing visible changes), a journal
(`.git/newsroom-pending.json`) records what the working tree must become, and moving HEAD
is the single step that decides: a kill before it leaves everything as it was; after it,
`recover` finishes the job.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsroom.errors import GitError
from newsroom.repo.records import StoryCommit
from newsroom.repo.runner import Git
from newsroom.store.files import write_atomic

JOURNAL = "newsroom-pending.json"


def commit_story(git: Git, plan: StoryCommit) -> str:
    """Make `plan` one commit on HEAD, then bring the working tree and index up to it."""
    old = git.head()
    if not old:
        raise GitError("the newsroom has no commits yet; run 'newsroom init' first")
    blobs = {
        path: git.run("hash-object", "-w", "--stdin", f"--path={path}", input=text).strip()
        for path, text in plan.texts.items()
    }
    if plan.include_worktree:
        tree = _tree_from_worktree(git, old, plan.folder, blobs)
    else:
        tree = _tree_with(git, old, "", blobs)
    if tree == git.run("rev-parse", f"{old}^{{tree}}").strip() and not plan.allow_empty:
        raise GitError("nothing would change; the commit was not made")
    new = _commit_tree(git, plan, tree, old)
    record = {
        "old": old,
        "new": new,
        "folder": plan.folder,
        "texts": dict(plan.texts),
        "blobs": blobs,
        "whole_folder": plan.include_worktree,
        "tag": plan.tag,
    }
    journal = _journal(git)
    write_atomic(journal, json.dumps(record))
    try:
        git.run("update-ref", "-m", plan.message.splitlines()[0], "HEAD", new, old)
    except GitError:
        journal.unlink(missing_ok=True)
        raise GitError(
            "the branch moved while signing off; nothing was changed, try again"
        ) from None
    _finish(git, record)
    return new


def recover(git: Git) -> bool:
    """Finish a sign-off interrupted after its commit, or drop one interrupted before.

    Returns True when an interrupted sign-off was finished."""
    journal = _journal(git)
    if not journal.exists():
        return False
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)
        return False
    if git.head() == record.get("new"):
        _finish(git, record)
        return True
    journal.unlink(missing_ok=True)
    return False


def _journal(git: Git) -> Path:
    return git.git_dir / JOURNAL


def _commit_tree(git: Git, plan: StoryCommit, tree: str, parent: str) -> str:
    """The commit object of `tree` on `parent`, by the plan's author (signed if asked)."""
    author = {"GIT_AUTHOR_NAME": plan.author.name, "GIT_AUTHOR_EMAIL": plan.author.email}
    sign = ["-S"] if plan.sign else []
    config = ("gpg.format=ssh",) if plan.sign else ()
    args = ["commit-tree", tree, "-p", parent, *sign, "-F", "-"]
    return git.run(*args, env=author, input=plan.message, config=config).strip()


def _tree_with(git: Git, base: str, prefix: str, blobs: Mapping[str, str]) -> str:
    """The tree of folder `prefix` at commit `base` with `blobs` (path -> blob) put in.

    Only the folders on the way to the changed files are listed and rebuilt (mktree), so
    the cost does not grow with the size of the index."""
    try:
        listing = git.run("ls-tree", "-z", f"{base}:{prefix}" if prefix else base)
    except GitError:
        listing = ""
    entries = {}
    for entry in listing.split("\0"):
        if "\t" in entry:
            entries[entry.split("\t", 1)[1]] = entry
    below: dict[str, dict[str, str]] = {}
    for path, blob in blobs.items():
        name, sep, _ = path[len(prefix) :].partition("/")
        if sep:
            below.setdefault(name, {})[path] = blob
        else:
            entries[name] = f"100644 blob {blob}\t{name}"
    for name, inner in below.items():
        sub = _tree_with(git, base, f"{prefix}{name}/", inner)
        entries[name] = f"040000 tree {sub}\t{name}"
    text = "".join(f"{line}\0" for line in entries.values())
    return git.run("mktree", "-z", input=text).strip()


def _tree_from_worktree(git: Git, base: str, folder: str, blobs: Mapping[str, str]) -> str:
    """The tree of `base` with `folder` as it is in the working tree, then `blobs` put in."""
    index = _journal(git).with_name("newsroom-index")
    env = {"GIT_INDEX_FILE": str(index)}
    try:
        git.run("read-tree", base, env=env)
        git.run("add", "-A", "--", folder, env=env)
        for path, blob in blobs.items():
            git.run("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
        return git.run("write-tree", env=env).strip()
    finally:
        index.unlink(missing_ok=True)


def _finish(git: Git, record: Mapping[str, Any]) -> None:
    """Bring the working tree, the index and the tag up to the commit `record` made."""
    for path, text in record["texts"].items():
        write_atomic(git.root / path, text)
    if record.get("whole_folder") or "blobs" not in record:
        git.run("reset", "-q", record["new"], "--", record["folder"])
    else:
        info = [f"100644,{blob},{path}" for path, blob in record["blobs"].items()]
        git.run("update-index", "--add", *(a for i in info for a in ("--cacheinfo", i)))
    tag = record["tag"]
    if tag and not git.rev_parse(f"refs/tags/{tag}"):
        git.run("tag", tag, record["new"])
    _journal(git).unlink(missing_ok=True)

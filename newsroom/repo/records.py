"""The values the repository takes and hands back: who signs, what a commit is made of,
what history says a commit did."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Author:
    name: str
    email: str


@dataclass(frozen=True)
class StoryCommit:
    """One commit that changes one story: new file texts, the files it deletes, and what
    the commit says."""

    folder: str  # stories/<slug>
    texts: Mapping[str, str]  # repository-relative path -> new text
    message: str
    author: Author
    sign: bool = False
    include_worktree: bool = False  # also commit the folder's uncommitted edits
    tag: str = ""
    allow_empty: bool = False
    first: bool = False  # may be the first commit of the repository (newsroom init)
    removed: tuple[str, ...] = ()  # repository-relative paths of files it deletes


@dataclass(frozen=True)
class Change:
    """One file a commit changed: its path and its new blob id (all zeros when deleted)."""

    path: str
    blob: str


@dataclass(frozen=True)
class LogEntry:
    sha: str
    author: Author
    date: str
    signature: str  # git's %G? verdict: G good, N none, B bad, U/E unknown key...
    signer: str  # %GS: the principal the allowed-signers file gave the key
    message: str
    changes: tuple[Change, ...] = field(default_factory=tuple)
    parents: tuple[str, ...] = ()

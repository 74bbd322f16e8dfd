"""The only code that talks to git, through GitPython. Everything else asks it for values.

- `commands`: the repository and its everyday commands (`Repo`);
- `journal`: a sign-off as one journaled commit of one story, safe against a kill or a
  failure (rolled back);
- `preflight`: what would make a write fail (locks, an unfinished rebase, a detached HEAD,
  unwritable files, a full disk), refused before anything is written;
- `remote`: sync's steps (what a pull would overwrite, the rebase, the push, the published
  tags that follow a rebased commit), each safe for the work in the clone;
- `history`: the log and blob readers verify streams;
- `runner`: the GitPython repository every git command goes through;
- `records`: the values they take and hand back.
"""

from newsroom.repo.commands import Repo
from newsroom.repo.history import BLOB_BATCH
from newsroom.repo.records import Author, Change, LogEntry, StoryCommit

__all__ = ["BLOB_BATCH", "Author", "Change", "LogEntry", "Repo", "StoryCommit"]

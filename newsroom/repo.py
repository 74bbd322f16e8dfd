"""The only module that talks to git. Everything else asks it for values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsroom.errors import GitError


@dataclass(frozen=True)
class Author:
    name: str
    email: str


class Repo:
    """A newsroom's git repository."""

    def __init__(self, root: Path) -> None:
        import git

        self.root = root
        try:
            self._repo = git.Repo(root)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise GitError(
                f"{root} is not a git repository; run 'git init' there or 'newsroom init'"
            ) from None
        self._git = self._repo.git

    @classmethod
    def init(cls, root: Path) -> Repo:
        import git

        root.mkdir(parents=True, exist_ok=True)
        try:
            git.Repo(root, search_parent_directories=False)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            git.Repo.init(root)
        return cls(root)

    def run(self, *args: str, env: dict[str, str] | None = None, strip: bool = True) -> str:
        """Run one git command in the repository and return its output."""
        import git

        try:
            out: Any = self._git.execute(["git", *args], env=env, strip_newline_in_stdout=strip)
        except git.GitCommandError as exc:
            detail = (exc.stderr or "").strip().splitlines()
            raise GitError(f"git {args[0]} failed: {detail[-1] if detail else exc}") from None
        return str(out)

    def config_value(self, key: str) -> str:
        try:
            return self.run("config", "--get", key)
        except GitError:
            return ""

    def actor(self) -> Author:
        """Who is acting: git's user.name and user.email."""
        email = self.config_value("user.email")
        if not email:
            raise GitError(
                "git does not know who you are; run "
                "'git config user.email you@example.org' (your roster email)"
            )
        return Author(self.config_value("user.name") or email, email)

    def has_commits(self) -> bool:
        try:
            self.run("rev-parse", "--verify", "-q", "HEAD")
        except GitError:
            return False
        return True

    def dirty(self, paths: Sequence[str]) -> list[str]:
        """Paths under `paths` with uncommitted changes (staged, unstaged or untracked)."""
        out = self.run(
            "status", "--porcelain", "-z", "--untracked-files=all", "--", *paths, strip=False
        )
        return [entry[3:] for entry in out.split("\0") if len(entry) > 3]

    def commit(
        self,
        paths: Sequence[str],
        message: str,
        author: Author | None = None,
        extra: Sequence[str] = (),
    ) -> str:
        """Commit exactly the changes under `paths` (nothing else staged goes in); return sha."""
        self.run("add", "-A", "--", *paths)
        args = ["commit", "-q", "--no-verify", "-m", message, *extra]
        if author is not None:
            args += [f"--author={author.name} <{author.email}>"]
        self.run(*args, "--", *paths)
        return self.run("rev-parse", "HEAD")

    def changed_paths(self, ref: str) -> set[str]:
        """Files changed since `ref`: committed, staged, unstaged or untracked."""
        try:
            self.run("rev-parse", "--verify", "-q", f"{ref}^{{commit}}")
        except GitError:
            raise GitError(
                f"'{ref}' is not a commit in this repository; name a branch, tag "
                "or commit (e.g. origin/main)"
            ) from None
        changed = set(self.run("diff", "--name-only", "-z", ref, strip=False).split("\0"))
        changed |= set(
            self.run("ls-files", "--others", "--exclude-standard", "-z", strip=False).split("\0")
        )
        return {p for p in changed if p}

    def last_changes(self, under: str) -> dict[str, tuple[str, str, str]]:
        """For each folder directly under `under`: (iso date, author name, subject) of its
        newest commit, read from one `git log` pass."""
        if not self.has_commits():
            return {}
        out = self.run(
            "log", "--format=%x00%aI%x1f%an%x1f%s", "--name-only", "--", under, strip=False
        )
        newest: dict[str, tuple[str, str, str]] = {}
        for record in out.split("\0")[1:]:
            head, _, names = record.partition("\n")
            date, name, subject = ([*head.split("\x1f"), "", "", ""])[:3]
            for path in names.split("\n"):
                parts = path.split("/")
                if len(parts) > 2 and parts[1] not in newest:
                    newest[parts[1]] = (date, name, subject)
        return newest


def stream(lines: Iterable[str]) -> Iterator[str]:
    yield from lines

"""The only module that talks to git. Everything else asks it for values."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsroom.errors import GitError
from newsroom.store.files import write_atomic


@dataclass(frozen=True)
class Author:
    name: str
    email: str


class Repo:
    """A newsroom's git repository."""

    def __init__(self, root: Path) -> None:
        self.root = root
        try:
            top = self._call("rev-parse", "--show-toplevel").strip() if root.is_dir() else ""
        except GitError:
            top = ""
        if not top or Path(top).resolve() != root.resolve():
            raise GitError(
                f"{root} is not a git repository; run 'git init' there or 'newsroom init'"
            )

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
        """Run one git command in the repository and return its output (one trailing
        newline removed unless `strip` is False)."""
        out = self._call(*args, env=env)
        return out[:-1] if strip and out.endswith("\n") else out

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

    # --- plumbing for sign-offs: one commit of one story, journaled so a kill leaves it whole

    def _call(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        config: Sequence[str] = (),
    ) -> str:
        """Run git directly (no shell); return stdout, or raise GitError with git's last line."""
        full_env = {**os.environ, **(env or {})}
        cmd = ["git", *(part for c in config for part in ("-c", c)), *args]
        try:
            done = subprocess.run(
                cmd,
                cwd=self.root,
                env=full_env,
                input=input,
                capture_output=True,
                encoding="utf-8",
                errors="replace",
            )
        except OSError as exc:
            raise GitError(f"cannot run git ({exc}); is git installed?") from None
        if done.returncode != 0:
            detail = done.stderr.strip().splitlines()
            raise GitError(f"git {args[0]} failed: {detail[-1] if detail else done.returncode}")
        return done.stdout

    def head(self) -> str:
        return (
            self._call("rev-parse", "--verify", "-q", "HEAD").strip() if self.has_commits() else ""
        )

    def git_dir(self) -> Path:
        return (self.root / self._call("rev-parse", "--git-dir").strip()).resolve()

    def resolve(self, ref: str) -> str:
        try:
            return self._call("rev-parse", "--verify", "-q", f"{ref}^{{commit}}").strip()
        except GitError:
            raise GitError(
                f"'{ref}' is not a commit in this repository; name a branch, tag "
                "or commit (e.g. origin/main)"
            ) from None

    def text_at(self, ref: str, path: str) -> str | None:
        """A file's text at `ref`, or None when it is not there."""
        try:
            return self._call("cat-file", "blob", f"{ref}:{path}")
        except GitError:
            return None

    def tag_exists(self, name: str) -> bool:
        try:
            self._call("rev-parse", "--verify", "-q", f"refs/tags/{name}")
        except GitError:
            return False
        return True

    def _journal(self) -> Path:
        return self.git_dir() / "newsroom-pending.json"

    def commit_story(self, plan: StoryCommit) -> str:
        """Make `plan` one commit on HEAD, then bring the working tree and index up to it.

        The commit is built with plumbing (nothing visible changes), a journal records what the
        working tree must become, and moving HEAD is the single step that decides: a kill
        before it leaves everything as it was; after it, `recover()` finishes the job.
        """
        old = self.head()
        if not old:
            raise GitError("the newsroom has no commits yet; run 'newsroom init' first")
        journal = self._journal()
        blobs = {
            path: self._call("hash-object", "-w", "--stdin", f"--path={path}", input=text).strip()
            for path, text in plan.texts.items()
        }
        if plan.include_worktree:
            tree = self._tree_from_worktree(old, plan.folder, blobs)
        else:
            tree = self._tree_with(old, "", blobs)
        if tree == self._call("rev-parse", f"{old}^{{tree}}").strip() and not plan.allow_empty:
            raise GitError("nothing would change; the commit was not made")
        author = {"GIT_AUTHOR_NAME": plan.author.name, "GIT_AUTHOR_EMAIL": plan.author.email}
        sign = ["-S"] if plan.sign else []
        config = ("gpg.format=ssh",) if plan.sign else ()
        new = self._call(
            "commit-tree",
            tree,
            "-p",
            old,
            *sign,
            "-F",
            "-",
            env=author,
            input=plan.message,
            config=config,
        ).strip()
        record = {
            "old": old,
            "new": new,
            "folder": plan.folder,
            "texts": dict(plan.texts),
            "blobs": blobs,
            "whole_folder": plan.include_worktree,
            "tag": plan.tag,
        }
        write_atomic(journal, json.dumps(record))
        try:
            self._call("update-ref", "-m", plan.message.splitlines()[0], "HEAD", new, old)
        except GitError:
            journal.unlink(missing_ok=True)
            raise GitError(
                "the branch moved while signing off; nothing was changed, try again"
            ) from None
        self._finish(record)
        return new

    def _tree_with(self, base: str, prefix: str, blobs: Mapping[str, str]) -> str:
        """The tree of folder `prefix` at commit `base` with `blobs` (path -> blob) put in.

        Only the folders on the way to the changed files are listed and rebuilt (mktree), so
        the cost does not grow with the size of the index."""
        try:
            listing = self._call("ls-tree", "-z", f"{base}:{prefix}" if prefix else base)
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
            sub = self._tree_with(base, f"{prefix}{name}/", inner)
            entries[name] = f"040000 tree {sub}\t{name}"
        text = "".join(f"{line}\0" for line in entries.values())
        return self._call("mktree", "-z", input=text).strip()

    def _tree_from_worktree(self, base: str, folder: str, blobs: Mapping[str, str]) -> str:
        """The tree of `base` with `folder` as it is in the working tree, then `blobs` put in."""
        index = self._journal().with_name("newsroom-index")
        env = {"GIT_INDEX_FILE": str(index)}
        try:
            self._call("read-tree", base, env=env)
            self._call("add", "-A", "--", folder, env=env)
            for path, blob in blobs.items():
                self._call("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
            return self._call("write-tree", env=env).strip()
        finally:
            index.unlink(missing_ok=True)

    def _finish(self, record: Mapping[str, Any]) -> None:
        for path, text in record["texts"].items():
            write_atomic(self.root / path, text)
        if record.get("whole_folder") or "blobs" not in record:
            self._call("reset", "-q", record["new"], "--", record["folder"])
        else:
            info = [f"100644,{blob},{path}" for path, blob in record["blobs"].items()]
            self._call("update-index", "--add", *(a for i in info for a in ("--cacheinfo", i)))
        if record["tag"] and not self.tag_exists(record["tag"]):
            self._call("tag", record["tag"], record["new"])
        self._journal().unlink(missing_ok=True)

    def recover(self) -> bool:
        """Finish a sign-off interrupted after its commit, or drop one interrupted before.

        Returns True when an interrupted sign-off was finished."""
        journal = self._journal()
        if not journal.exists():
            return False
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal.unlink(missing_ok=True)
            return False
        if self.head() == record.get("new"):
            self._finish(record)
            return True
        journal.unlink(missing_ok=True)
        return False

    # --- reading history in one pass

    def history(
        self,
        *,
        revisions: str = "HEAD",
        paths: Sequence[str] = (),
        signers_file: Path | None = None,
        reverse: bool = True,
    ) -> Iterator[LogEntry]:
        """Every commit (touching `paths`, if given), streamed from one `git log` process.

        With `signers_file`, each entry carries git's signature verdict (%G?) and the
        principal (%GS) found for the signing key in that allowed-signers file."""
        if not self.has_commits():
            return
        fields = (
            "%H%x00%an%x00%ae%x00%aI%x00%G?%x00%GS%x00%B"
            if signers_file
            else ("%H%x00%an%x00%ae%x00%aI%x00%x00%x00%B")
        )
        config = ["-c", f"gpg.ssh.allowedSignersFile={signers_file}"] if signers_file else []
        cmd = [
            "git",
            *config,
            "log",
            # oldest first in an order that respects parents, or newest first as a stream
            *(["--reverse", "--topo-order"] if reverse else []),
            "--no-renames",
            "--raw",
            "--no-abbrev",
            f"--format=%x00C%x00{fields}%x00",
            revisions,
            # path limiting costs git twice the time; the whole log is filtered by the caller
            *(["--full-history", "--full-diff", "--", *paths] if paths else []),
        ]
        proc = subprocess.Popen(
            cmd,
            cwd=self.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        try:
            yield from _log_entries(_Pump(proc.stdout))
        except BaseException:  # the reader stopped early (or failed): stop git too
            proc.kill()
            proc.wait()
            proc.stdout.close()
            proc.stderr.close()
            raise
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        if proc.wait() != 0:
            lines = err.strip().splitlines()
            raise GitError(f"git log failed: {lines[-1] if lines else proc.returncode}")

    @contextlib.contextmanager
    def blob_reader(self) -> Iterator[Callable[[Sequence[str]], list[bytes]]]:
        """A function that reads a batch of blobs (at most BLOB_BATCH) from one
        `git cat-file --batch` process kept open for as many batches as needed."""
        proc = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=self.root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdin is not None and proc.stdout is not None
        stdin, stdout = proc.stdin, proc.stdout

        def read(oids: Sequence[str]) -> list[bytes]:
            # a batch of ids fits in the pipe, so writing never waits for the answers
            assert len(oids) <= BLOB_BATCH
            stdin.write("".join(f"{oid}\n" for oid in oids).encode())
            stdin.flush()
            found = []
            for _ in oids:
                header = stdout.readline().split()
                if len(header) < 3 or header[1] == b"missing":
                    found.append(b"")
                else:
                    found.append(stdout.read(int(header[2]) + 1)[:-1])
            return found

        try:
            yield read
        finally:
            stdin.close()
            stdout.close()
            proc.wait()

    def tree_files(self, ref: str, under: str) -> list[tuple[str, str]]:
        """(path, blob id) of every file under `under` at `ref`."""
        out = self._call("ls-tree", "-r", "-z", ref, "--", under)
        rows = []
        for entry in out.split("\0"):
            meta, _, path = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "blob":
                rows.append((path, parts[2]))
        return rows

    # --- signing

    def signing_key(self) -> str:
        """The public SSH key git would sign with (user.signingkey), or '' when none is set."""
        spec = self.config_value("user.signingkey")
        if not spec:
            return ""
        if spec.startswith("key::"):
            return spec[5:].strip()
        if spec.startswith("ssh-") or spec.startswith("ecdsa-"):
            return spec.strip()
        path = Path(os.path.expanduser(spec))
        if not path.is_absolute():
            path = self.root / path
        for candidate in (path, Path(str(path) + ".pub")):
            try:
                text = candidate.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                continue
            if text.startswith(("ssh-", "ecdsa-", "sk-")):
                return text
        return ""

    # --- talking to the remote

    def upstream(self) -> tuple[str, str]:
        """(remote, branch) the current branch pulls from and pushes to."""
        branch = self._call("symbolic-ref", "--short", "-q", "HEAD").strip()
        remote = self.config_value(f"branch.{branch}.remote")
        merge = self.config_value(f"branch.{branch}.merge").removeprefix("refs/heads/")
        if not remote:
            remotes = self._call("remote").split()
            if not remotes:
                raise GitError("this clone has no remote; add one with 'git remote add origin URL'")
            remote = "origin" if "origin" in remotes else remotes[0]
        return remote, merge or branch

    def fetch(self, remote: str) -> None:
        self._call("fetch", "-q", remote)

    def commits(self, revisions: str) -> list[str]:
        return self._call("rev-list", "--reverse", revisions).split()

    def rebase(self, onto: str) -> bool:
        """Rebase the current branch onto `onto`; on a conflict abort and return False."""
        try:
            self._call("rebase", "-q", onto)
        except GitError:
            with contextlib.suppress(GitError):
                self._call("rebase", "--abort")
            return False
        return True

    def keep_branch(self, name: str, at: str) -> None:
        self._call("branch", "-f", name, at)

    def reset_hard(self, ref: str) -> None:
        self._call("reset", "-q", "--hard", ref)

    def push(self, remote: str, branch: str, tags: Sequence[str] = ()) -> bool:
        """Push HEAD (and tags); False when the remote refused because it moved."""
        refs = [f"HEAD:refs/heads/{branch}", *(f"refs/tags/{t}" for t in tags)]
        try:
            self._call("push", "--porcelain", remote, *refs)
        except GitError:
            return False
        return True

    def tags_under(self, prefix: str) -> dict[str, str]:
        """Tag name -> commit for every tag under refs/tags/<prefix>."""
        out = self._call(
            "for-each-ref", "--format=%(refname:short) %(objectname)", f"refs/tags/{prefix}"
        )
        return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)

    def delete_tag(self, name: str) -> None:
        self._call("tag", "-d", name)

    def tracked_changes(self) -> list[str]:
        out = self._call("status", "--porcelain", "-z", "--untracked-files=no")
        return [entry[3:] for entry in out.split("\0") if len(entry) > 3]


@dataclass(frozen=True)
class StoryCommit:
    """One commit that changes one story: new file texts, and what the commit says."""

    folder: str  # stories/<slug>
    texts: Mapping[str, str]  # repository-relative path -> new text
    message: str
    author: Author
    sign: bool = False
    include_worktree: bool = False  # also commit the folder's uncommitted edits
    tag: str = ""
    allow_empty: bool = False


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


BLOB_BATCH = 1000  # 41 bytes an id: a batch stays within a 64 KiB pipe


class _Pump:
    """Reads a pipe on a thread, so git keeps writing while the reader is busy."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        self._thread.start()

    def _run(self, stream: IO[bytes]) -> None:
        read = getattr(stream, "read1", stream.read)
        try:
            while data := read(1 << 20):
                self._chunks.put(data)
        except (OSError, ValueError):
            pass
        finally:
            self._chunks.put(b"")

    def read1(self, size: int = -1) -> bytes:
        return self._chunks.get()


def _log_entries(stream: _Pump) -> Iterator[LogEntry]:
    """Entries as soon as git writes them (read1 returns what is there, without waiting)."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    read = stream.read1
    buffer = ""
    while True:
        data = read(1 << 20)
        buffer += decoder.decode(data, final=not data)
        records = buffer.split("\0C\0")
        buffer = records.pop()  # the last record may not be complete yet
        for record in records:
            if record:
                yield _entry(record)
        if not data:
            if buffer:
                yield _entry(buffer)
            return


def _entry(record: str) -> LogEntry:
    sha, name, email, date, verdict, signer, message, raw = ([*record.split("\0", 7), *[""] * 8])[
        :8
    ]
    changes = []
    for line in raw.split("\n"):
        if line.startswith(":"):
            meta, _, path = line.partition("\t")
            parts = meta.split()
            if len(parts) >= 5:
                changes.append(Change(path, parts[3]))
    return LogEntry(sha, Author(name, email), date, verdict, signer, message, tuple(changes))

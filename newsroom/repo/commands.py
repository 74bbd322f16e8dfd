"""A newsroom's git repository: the everyday commands (status, config, refs, tags, the
remote), and the door to the journaled sign-off commit and to the history reader."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path

from newsroom.errors import GitError
from newsroom.repo import history, journal, pending, preflight, remote
from newsroom.repo.records import Author, LogEntry, StoryCommit
from newsroom.repo.runner import Git, finish, stop

NOT_A_COMMIT = (
    "'{ref}' is not a commit in this repository; name a branch, tag or commit "
    "('git branch -a' lists the branches)"
)
NOT_FETCHED = (
    "'{ref}' is not a commit in this repository: this clone never fetched branch '{branch}' "
    "of {remote}; run 'git fetch {remote} {branch}', then run it again"
)
NOT_IN_A_SHALLOW_CLONE = (
    "'{ref}' is not a commit in this repository: this clone's history is shallow (it holds "
    "only the last commits of what it fetched); fetch the whole history with 'git fetch "
    "--unshallow{remote}' (in GitHub Actions: actions/checkout with fetch-depth: 0), then run "
    "it again"
)

# what .gitattributes can set that makes git write a file to the working tree as other text
# than the commit holds (line endings aside: every reader takes CRLF as LF)
CONVERSIONS = ("working-tree-encoding", "ident", "filter")


class Repo:
    """A newsroom's git repository."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._git = Git(root)
        self._base: str | None = None  # HEAD when a writing command began to read

    @classmethod
    def init(cls, root: Path) -> Repo:
        Git.init(root)
        return cls(root)

    def run(self, *args: str, env: dict[str, str] | None = None, strip: bool = True) -> str:
        """Run one git command in the repository and return its output (one trailing
        newline removed unless `strip` is False)."""
        out = self._git.run(*args, env=env)
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
        return bool(self._git.head())

    def head(self) -> str:
        return self._git.head()

    def git_dir(self) -> Path:
        return self._git.git_dir

    def resolve(self, ref: str) -> str:
        sha = self._git.rev_parse(f"{ref}^{{commit}}")
        if not sha:
            raise GitError(self._not_a_commit(ref))
        return sha

    def _not_a_commit(self, ref: str) -> str:
        """Why `ref` names no commit here, in one line: a shallow clone, or a remote's
        branch this clone never fetched (a CI checkout of a pull request fetches its merge
        commit alone), else a name that is no commit anywhere."""
        remotes = self._git.run("remote").split()
        remote, _, branch = ref.removeprefix("refs/remotes/").partition("/")
        if self.shallow_cuts():
            named = remote if branch and remote in remotes else next(iter(remotes), "")
            return NOT_IN_A_SHALLOW_CLONE.format(ref=ref, remote=f" {named}" if named else "")
        if branch and remote in remotes:
            return NOT_FETCHED.format(ref=ref, remote=remote, branch=branch)
        return NOT_A_COMMIT.format(ref=ref)

    def tag_exists(self, name: str) -> bool:
        return bool(self._git.rev_parse(f"refs/tags/{name}"))

    def text_at(self, ref: str, path: str) -> str | None:
        """A file's text at `ref`, or None when it is not there."""
        try:
            return self._git.run("cat-file", "blob", f"{ref}:{path}")
        except GitError:
            return None

    def committed_files(self, paths: Sequence[str]) -> set[str]:
        """Those of `paths` that HEAD holds as files (not links or folders): what a commit
        of `commit_story` may delete."""
        held = pending.tree_entries(self._git, self._git.head(), list(paths))
        return {path for path in paths if held.get(path, ("", ""))[0] in pending.FILE_MODES}

    # --- the working tree and everyday commits

    def dirty(self, paths: Sequence[str]) -> list[str]:
        """Paths under `paths` with uncommitted changes (staged, unstaged or untracked)."""
        out = self.run(
            "status", "--porcelain", "-z", "--untracked-files=all", "--", *paths, strip=False
        )
        return [entry[3:] for entry in out.split("\0") if len(entry) > 3]

    def tracked_changes(self) -> list[str]:
        out = self._git.run("status", "--porcelain", "-z", "--untracked-files=no")
        return [entry[3:] for entry in out.split("\0") if len(entry) > 3]

    def merge_base(self, commits: Sequence[str]) -> str:
        """The best common ancestor of `commits` ('' when they share none)."""
        try:
            return self.run("merge-base", "--octopus", *commits).split()[0]
        except (GitError, IndexError):
            return ""

    def touched_paths(self, revisions: str, *, every_parent: bool = False) -> set[str]:
        """Every path a commit of `revisions` added, changed or deleted (a merge: what it
        changed on the branch it joins, as verify replays it; with `every_parent`, also
        where it differs from its other parents, such as what it kept of its own side)."""
        out = self.run(
            "log",
            "--format=",
            "--name-only",
            "--no-renames",
            f"--diff-merges={'separate' if every_parent else 'first-parent'}",
            "-z",
            revisions,
            strip=False,
        )
        return {p.strip("\n") for p in out.split("\0") if p.strip("\n")}

    def converted_on_checkout(self, paths: Sequence[str]) -> dict[str, str]:
        """Those of `paths` that git checks out through a conversion of their text set in
        .gitattributes, each with the attribute as set ('working-tree-encoding=UTF-7'), in
        the order given."""
        if not paths:
            return {}
        out = self._git.run(
            "check-attr", "-z", "--stdin", *CONVERSIONS, input="\0".join(paths) + "\0"
        )
        fields = out.split("\0")
        found: dict[str, str] = {}
        for path, name, value in zip(fields[0::3], fields[1::3], fields[2::3], strict=False):
            if value not in ("unspecified", "unset"):
                found.setdefault(path, name if value == "set" else f"{name}={value}")
        return found

    def tracked(self, path: str) -> list[str]:
        """The files under `path` that git tracks (in its index)."""
        out = self.run("ls-files", "-z", "--", path, strip=False)
        return [p for p in out.split("\0") if p]

    def changed_paths(self, ref: str) -> set[str]:
        """Files changed since `ref`: committed, staged, unstaged or untracked."""
        self.resolve(ref)
        changed = set(self.run("diff", "--name-only", "-z", ref, strip=False).split("\0"))
        changed |= set(
            self.run("ls-files", "--others", "--exclude-standard", "-z", strip=False).split("\0")
        )
        return {p for p in changed if p}

    def last_changes(
        self, under: str, folders: Collection[str] = ()
    ) -> dict[str, tuple[str, str, str]]:
        """For each folder directly under `under` (or each of `folders`, names of folders
        under it): (iso date, author name, subject) of its newest commit.

        One `git log`, newest first, read as git writes it and stopped as soon as every
        folder asked for has been seen: the stories still being worked on were touched
        lately, so the walk rarely goes far into a long history."""
        if not self.has_commits():
            return {}
        wanted = set(folders)
        # one pathspec: git matches every path of every commit against each pathspec, so
        # naming hundreds of folders costs far more than reading the names it prints
        process = self._git.start(
            "log", "--format=%x00%aI%x1f%an%x1f%s", "--name-only", "--no-renames", "--", under
        )
        try:
            newest = _newest_by_folder(process.stdout, wanted)
        except BaseException:
            stop(process)
            raise
        if wanted and len(newest) == len(wanted):
            stop(process)  # every folder asked for is found: the rest of history is not read
        else:
            process.stdout.close()
            finish(process, "log")
        return newest

    # --- sign-offs: one journaled commit of one story (see journal.py)

    def commit_story(self, plan: StoryCommit) -> str:
        """Make `plan` one commit on HEAD, then bring the working tree and index up to it;
        a kill at any point leaves the story before or after, never between."""
        if plan.include_worktree:  # the folder's new and edited files need room too
            size, files = preflight.folder_changes(self._git, plan.folder)
            texts = sum(len(text) for text in plan.texts.values())
            preflight.check_room(self._git, size + 2 * texts, files + 3 * len(plan.texts))
        return journal.commit_story(self._git, plan, self._base)

    def recover(self, *, reading: bool = False) -> bool:
        """Finish a sign-off interrupted after its commit, or drop one interrupted before.

        Returns True when an interrupted sign-off was finished. A command that only reads
        (`reading`) leaves alone a sign-off another command is still making, and a journal
        it cannot remove (a read-only clone)."""
        return journal.recover(self._git, reading=reading)

    def ready_to_write(self) -> bool:
        """What every command that writes does first: refuse (a GitError naming the file in
        the way and the next step) when a lock file is there, a rebase, merge, cherry-pick
        or revert is unfinished, HEAD is on no branch, git's folders cannot be written or
        the disk is full; then finish or roll back an interrupted sign-off (True when one
        was finished)."""
        # another newsroom command's commit holds git's index lock for a moment: wait for
        # it (it holds the journal's lock) rather than refuse
        with pending.owned(self._git, pending.WAIT) as mine:
            if not mine:
                raise pending.busy(self._git)
            preflight.check_repository(self._git)
        preflight.check_targets(self._git, (), 0)
        recovered = journal.recover(self._git)
        self._base = self._git.head()
        return recovered

    # --- reading history in one pass (see history.py)

    def history(
        self,
        *,
        revisions: str = "HEAD",
        paths: Sequence[str] = (),
        signers_file: Path | None = None,
        reverse: bool = True,
        parts: Sequence[Sequence[str]] = (),
    ) -> Iterator[LogEntry]:
        """Every commit (touching `paths`, if given), streamed from one `git log` process,
        or from one per part of history, oldest first, with `parts` (see history.py).

        With `signers_file`, each entry carries git's signature verdict (%G?) and the
        principal (%GS) found for the signing key in that allowed-signers file."""
        return history.read_log(
            self._git,
            revisions=revisions,
            paths=paths,
            signers_file=signers_file,
            reverse=reverse,
            parts=parts,
        )

    @contextlib.contextmanager
    def blob_reader(self) -> Iterator[Callable[[Sequence[str]], list[bytes]]]:
        """A function that reads a batch of blobs (at most BLOB_BATCH) from one
        `git cat-file --batch` process kept open for as many batches as needed."""
        with history.blob_reader(self._git) as read:
            yield read

    def tree_files(self, ref: str, under: str) -> list[tuple[str, str]]:
        """(path, blob id) of every file under `under` at `ref`."""
        return history.tree_files(self._git, ref, under)

    def parent_lists(self, revisions: str) -> dict[str, tuple[str, ...]]:
        """Each commit of `revisions` with its parents (one `git rev-list --parents`)."""
        if not self._git.head():
            return {}
        rows = (
            line.split() for line in self._git.run("rev-list", "--parents", revisions).split("\n")
        )
        return {row[0]: tuple(row[1:]) for row in rows if row}

    def files_at(self, ref: str, folder: str, names: Collection[str]) -> dict[str, bytes]:
        """The bytes of the files `names` (paths inside `folder`) at commit `ref`, by name;
        a name that was not there is left out."""
        inside = (
            (path[len(folder) + 1 :], blob)
            for path, blob in self.tree_files(ref, folder)
            if path.startswith(f"{folder}/")
        )
        wanted = [(name, blob) for name, blob in inside if name in names]
        found: dict[str, bytes] = {}
        if not wanted:
            return found
        with self.blob_reader() as read:
            for start in range(0, len(wanted), history.BLOB_BATCH):
                batch = wanted[start : start + history.BLOB_BATCH]
                found.update(zip((n for n, _ in batch), read([b for _, b in batch]), strict=True))
        return found

    def signoff_log(self, revisions: str, paths: Sequence[str] = ()) -> list[LogEntry]:
        """The commits of `revisions` (touching `paths`, if given) whose message has a
        `Newsroom-Story:` line, oldest first, without the files they changed: what the site
        build reads of history."""
        return history.signoff_log(self._git, revisions, paths)

    def is_ancestor(self, older: str, newer: str) -> bool:
        """Whether commit `older` is `newer` or one of its ancestors."""
        status, _, _ = self._git.attempt("merge-base", "--is-ancestor", older, newer)
        return status == 0

    def folder_trees(self, ref: str, under: str) -> dict[str, str]:
        """Name -> tree id of each folder directly inside `under` at `ref`: a folder's id
        changes exactly when a file in it does."""
        out = self._git.run("ls-tree", "-z", ref, "--", f"{under}/")
        trees = {}
        for entry in out.split("\0"):
            meta, _, path = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "tree":
                trees[path.rpartition("/")[2]] = parts[2]
        return trees

    def commits(self, revisions: str) -> list[str]:
        return self._git.run("rev-list", "--reverse", revisions).split()

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
        """(remote, branch) the current branch pulls from and pushes to; GitError when HEAD
        is on no branch (detached, or in the middle of a rebase)."""
        try:
            branch = self._git.run("symbolic-ref", "--short", "-q", "HEAD").strip()
        except GitError:
            raise GitError(self._no_branch()) from None
        remote = self.config_value(f"branch.{branch}.remote")
        merge = self.config_value(f"branch.{branch}.merge").removeprefix("refs/heads/")
        if not remote:
            remotes = self._git.run("remote").split()
            if not remotes:
                raise GitError("this clone has no remote; add one with 'git remote add origin URL'")
            remote = "origin" if "origin" in remotes else remotes[0]
        return remote, merge or branch

    def _no_branch(self) -> str:
        """What to do when HEAD is on no branch, in one line."""
        git_dir = self.git_dir()
        if (git_dir / "rebase-merge").is_dir() or (git_dir / "rebase-apply").is_dir():
            return (
                "a rebase is in progress, so HEAD is on no branch; finish it with "
                "'git rebase --continue' or drop it with 'git rebase --abort', then run "
                "newsroom sync again"
            )
        here = self.run(
            "for-each-ref", "--points-at", "HEAD", "--format=%(refname:short)", "refs/heads/"
        ).split()
        return (
            f"HEAD is detached (at {self.head()[:10]}), so there is no branch to sync; "
            f"switch to your branch with 'git switch {here[0] if here else '<branch>'}' (or "
            "keep commits made here on a new branch with 'git switch -c <new-branch>'), then "
            "run newsroom sync again"
        )

    def shallow_cuts(self) -> set[str]:
        """The commits at which a shallow clone's history was cut (their parents are not in
        this clone); none in a full clone."""
        out = self.run("rev-parse", "--is-shallow-repository", "--git-path", "shallow")
        shallow, _, path = out.partition("\n")
        if shallow.strip() != "true":
            return set()
        try:
            return set((self.root / path.strip()).read_text(encoding="ascii").split())
        except (OSError, UnicodeDecodeError):
            return set()

    def fetch(self, name: str) -> None:
        remote.fetch(self._git, name)

    def abandon_interrupted_sync(self) -> bool:
        """Undo a rebase a killed sync left half-done (see remote.abandon)."""
        return remote.abandon(self._git)

    def rebase(self, onto: str, resolve: remote.Resolver | None = None) -> bool:
        """Rebase the current branch onto `onto`, settling the conflicts `resolve` merges;
        on any other conflict abort and return False; on any other failure abort, take away
        what git wrote, and raise GitError in git's words (see remote.py)."""
        return remote.rebase(self._git, onto, resolve)

    def room_for(self, ref: str) -> None:
        """Refuse (GitError: free some space) unless the disk has room for the files
        checking `ref` out would write."""
        preflight.check_room(self._git, remote.incoming_size(self._git, "HEAD", ref))

    def keep_branch(self, name: str, at: str) -> None:
        self._git.run("branch", "-f", name, at)

    def reset_keep(self, ref: str) -> None:
        """Point the branch at `ref` and the working tree with it; git refuses (GitError)
        rather than overwrite a file it does not track."""
        self._git.run("reset", "-q", "--keep", ref)

    def in_the_way(self, paths: Collection[str]) -> list[str]:
        """Files git does not track, ignored ones included, that writing `paths` would
        overwrite (at, inside or on the way to one of them)."""
        return remote.in_the_way(self._git, paths)

    def differing(self, ref: str, other: str) -> list[str]:
        """Paths whose file differs between the trees of `ref` and `other`."""
        return remote.differing(self._git, ref, other)

    def push(self, remote_name: str, branch: str, tags: Sequence[str] = ()) -> bool:
        """Push HEAD (and tags, all or nothing); False when the remote refused because it
        moved, GitError in the remote's words when it refused for another reason."""
        return remote.push(self._git, remote_name, branch, tags)

    def stray_tags(self, prefix: str) -> dict[str, str]:
        """Tag name -> commit for the tags under refs/tags/<prefix> off the current branch."""
        return remote.stray_tags(self._git, prefix)

    def kept_aside_only(self, commit: str, kept: str) -> bool:
        """Whether `commit` is only on branches under refs/heads/<kept>."""
        return remote.kept_aside_only(self._git, commit, kept)

    def identities(self, revisions: str) -> dict[str, str]:
        """Commit -> what a rebase keeps of it (author, date, message) in `revisions`."""
        return remote.identities(self._git, revisions)

    def identity(self, commit: str) -> str:
        return remote.identity(self._git, commit)

    def move_tag(self, tag: str, new: str, old: str) -> None:
        remote.move_tag(self._git, tag, new, old)

    def tags_under(self, prefix: str) -> dict[str, str]:
        """Tag name -> commit for every tag under refs/tags/<prefix>."""
        out = self._git.run(
            "for-each-ref", "--format=%(refname:short) %(objectname)", f"refs/tags/{prefix}"
        )
        return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)

    def delete_tag(self, name: str) -> None:
        self._git.run("tag", "-d", name)


def _newest_by_folder(
    lines: Iterable[bytes], wanted: Collection[str]
) -> dict[str, tuple[str, str, str]]:
    """The first commit (newest) that names each folder in `git log --name-only` output,
    reading no further than needed once every folder in `wanted` (if any) is found."""
    newest: dict[str, tuple[str, str, str]] = {}
    head = ("", "", "")
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        if line.startswith("\0"):
            date, name, subject = ([*line[1:].split("\x1f", 2), "", "", ""])[:3]
            head = (date, name, subject)
            continue
        parts = line.split("/")
        if len(parts) > 2 and parts[1] not in newest and (not wanted or parts[1] in wanted):
            newest[parts[1]] = head
            if wanted and len(newest) == len(wanted):
                break
    return newest

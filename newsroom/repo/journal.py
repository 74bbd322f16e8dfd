"""A sign-off as one commit of one story, journaled so that a kill or a failure leaves it whole.

The commit is built with plumbing (nothing visible changes), a journal
(`.git/newsroom-pending.json`, see pending.py) records what the working tree was and must
become (the files it writes, and the files it deletes, each as it was), and moving HEAD is
the single step that decides:

- a kill before it leaves everything as it was (`recover` drops the journal);
- a kill after it leaves the working tree behind the branch: the next command that writes
  (`recover`) finishes the job, so a plain `git commit -a` afterwards cannot undo it; if
  the branch has moved on since (a `git pull`), the files history still has as the sign-off
  made them are brought up to it all the same;
- a failure after it (a lock another git process took, a folder turned read-only, a full
  disk) is rolled back there and then: the files, the index, the tag and the branch return
  to what they were, and the error says what was in the way.

The command that signs off holds the journal's lock throughout, and `recover` acts only on
a journal whose lock it holds and that agrees with the repository (pending.load): never on
one of a command still running, nor on one damaged, copied or written by hand.
"""

from __future__ import annotations

import contextlib
import glob
from collections.abc import Iterable, Mapping
from pathlib import Path

from newsroom.errors import Conflict, GitError
from newsroom.repo import pending, preflight
from newsroom.repo.pending import JOURNAL, Record
from newsroom.repo.records import StoryCommit
from newsroom.repo.runner import Git
from newsroom.store.files import remove_file, write_atomic

__all__ = ["JOURNAL", "commit_story", "recover"]

UNDONE = "the sign-off was undone, nothing was changed"


def commit_story(git: Git, plan: StoryCommit, base: str | None = None) -> str:
    """Make `plan` one commit on HEAD, then bring the working tree and index up to it.
    `base`: HEAD when the command began to read what it changes; when another command has
    since committed a change to a file the plan writes or deletes, the plan was made from
    what is no longer there, and is refused rather than let it undo that change."""
    with pending.owned(git, pending.WAIT) as mine:
        if not mine:
            raise pending.busy(git)
        if base is not None:
            _refuse_moved(git, base, plan)
        return _commit_story(git, plan)


def _refuse_moved(git: Git, base: str, plan: StoryCommit) -> None:
    head = git.head()
    if head == base or not base:
        return
    paths = [*plan.texts, *plan.removed]
    changed = git.run("diff", "--name-only", "--no-renames", base, head, "--", *paths).split()
    if changed:
        raise Conflict(
            f"another newsroom command changed {changed[0]} while this one was running; "
            "nothing was changed; run the command again"
        )


def _commit_story(git: Git, plan: StoryCommit) -> str:
    old = git.head()
    if not old and not plan.first:
        raise GitError("the newsroom has no commits yet; run 'newsroom init' first")
    preflight.check_targets(
        git, [*plan.texts, *plan.removed], sum(len(t) for t in plan.texts.values())
    )
    _refuse_not_files(git, old, plan.removed, plan.texts)
    blobs = {
        path: git.run("hash-object", "-w", "--stdin", f"--path={path}", input=text).strip()
        for path, text in plan.texts.items()
    }
    if plan.include_worktree:
        tree = _tree_from_worktree(git, old, plan.folder, blobs, plan.removed)
    else:
        tree = _tree_with(git, old, "", {**blobs, **dict.fromkeys(plan.removed)})
    unchanged = bool(old) and tree == git.run("rev-parse", f"{old}^{{tree}}").strip()
    if unchanged and not plan.allow_empty:
        raise GitError("nothing would change; the commit was not made")
    new = _commit_tree(git, plan, tree, old)
    before = _before(git, plan.texts, plan.removed)
    record = Record(
        old,
        new,
        plan.folder,
        dict(plan.texts),
        before,
        blobs,
        plan.include_worktree,
        plan.tag,
        plan.removed,
    )
    try:
        pending.write(git, record)
    except OSError as exc:
        journal = pending.path(git)
        raise _with(preflight.unwritable(git, journal, exc), preflight.UNCHANGED) from None
    _move_head(git, plan.message.splitlines()[0], new, old)
    done: set[str] = set()
    try:
        kept = _finish(git, record, done)
    except (OSError, GitError) as exc:
        raise _rolled_back(git, record, done, exc) from None
    _close(git)
    _refuse_kept(record, kept)
    return new


def recover(git: Git, *, reading: bool = False) -> bool:
    """Finish a sign-off interrupted after its commit, or drop one interrupted before.

    Returns True when an interrupted sign-off was finished. If it cannot be finished (a
    folder became read-only, the disk is full) it is rolled back and a GitError says why.
    A journal that cannot be acted on (pending.load) is a GitError, and nothing is touched.
    A command that only reads (`reading`) leaves a journal another command still owns
    alone, and one it cannot remove (a read-only clone) where it is."""
    if not pending.present(git) or (git.git_dir / "index.lock").exists():
        return False  # (with git busy, left for later: a command that writes refuses first)
    with pending.owned(git, 0.0 if reading else pending.WAIT) as mine:
        if not mine:
            if reading:
                return False
            raise pending.busy(git)
        record = pending.load(git)
        return record is not None and _recover(git, record, reading)


def _recover(git: Git, record: Record, reading: bool) -> bool:
    _clear_partial_writes(git.root, record.texts)
    head = git.head()
    if head == record.new:
        done: set[str] = set()
        try:
            kept = _finish(git, record, done)
        except (OSError, GitError) as exc:
            raise _rolled_back(git, record, done, exc, record.new) from None
        _close(git)
        _refuse_kept(record, kept)
        return True
    if head and _descends(git, head, record.new):
        # the branch moved on past the sign-off (a `git stash; git pull; git stash pop`)
        _close(git, _caught_up(git, record))
        return True
    # before the branch moved, or after a rollback put it back: nothing to undo; or HEAD
    # has moved elsewhere since (a reset, a checkout): history has the last word
    if head == record.old:
        _drop_tag(git, record)
    try:
        pending.drop(git)
    except OSError as exc:
        if not reading:
            raise preflight.unwritable(git, pending.path(git), exc) from None
    return False


def _move_head(git: Git, subject: str, new: str, old: str) -> None:
    """Move the branch from `old` to `new`: the step that decides."""
    try:
        git.run("update-ref", "-m", subject, "HEAD", new, old)
    except GitError as exc:
        pending.drop(git)
        if ".lock" in exc.message:
            raise _with(exc, preflight.UNCHANGED) from None
        raise GitError(
            "the branch moved while signing off; nothing was changed, try again"
        ) from None


def _finish(git: Git, record: Record, done: set[str]) -> list[str]:
    """Bring the working tree, the index and the tag up to the commit `record` made; `done`
    collects the steps taken, for a rollback. Returns the files left as they are because
    the person changed them after the sign-off began (theirs stay; the index has ours)."""
    kept = _write_texts(git, record, record.texts, done)
    kept += _remove_files(git, record, record.removed, done)
    if record.whole_folder:
        git.run("reset", "-q", record.new, "--", record.folder)
    else:
        _stage(git, record.blobs, record.removed)
    done.add(":index")
    if record.tag and not git.rev_parse(f"refs/tags/{record.tag}"):
        git.run("tag", record.tag, record.new)
        done.add(":tag")
    return kept


def _caught_up(git: Git, record: Record) -> list[str]:
    """Bring the files of a sign-off the branch has since moved past up to it, where the
    branch still has them as the sign-off made them and the working tree as they were
    before it; likewise their index entries (nothing is undone on a failure: the branch is
    not the sign-off's to move back). Returns the files kept as the person changed them."""
    names = [*record.texts, *record.removed]
    head = pending.tree_entries(git, "HEAD", names)
    old = pending.tree_entries(git, record.old, names)
    standing = {
        n: t for n, t in record.texts.items() if head.get(n, ("", ""))[1] == record.blobs[n]
    }
    gone = [n for n in record.removed if n not in head]
    try:
        kept = _write_texts(git, record, standing, set())
        kept += _remove_files(git, record, gone, set())
        staged = _index_entries(git, [*standing, *gone])
        _stage(
            git,
            {n: record.blobs[n] for n in standing if staged.get(n) == old.get(n)},
            [n for n in gone if n in staged and staged[n] == old.get(n)],
        )
        if record.tag and not git.rev_parse(f"refs/tags/{record.tag}"):
            git.run("tag", record.tag, record.new)
    except GitError as exc:
        raise _with(exc, _LEFT) from None
    except OSError as exc:
        raise _with(preflight.unwritable(git, _file(exc), exc), _LEFT) from None
    return kept


_LEFT = "the interrupted sign-off is finished by the next newsroom command once this is fixed"


def _write_texts(git: Git, record: Record, texts: Mapping[str, str], done: set[str]) -> list[str]:
    """Write each of `texts` whose file is as it was before the sign-off; the files the
    person changed since are returned, untouched."""
    kept = []
    for path, text in texts.items():
        now = _read(git.root / path)
        if now == text:
            continue
        if now != record.before[path]:
            kept.append(path)
            continue
        try:
            write_atomic(git.root / path, text)
        except OSError as exc:
            raise preflight.unwritable(git, git.root / path, exc) from None
        done.add(path)
    return kept


def _remove_files(git: Git, record: Record, paths: Iterable[str], done: set[str]) -> list[str]:
    """Delete each of the files `paths` that is as it was before the sign-off (and the
    folders that leaves empty); the files the person changed since are returned, untouched."""
    kept = []
    for path in paths:
        now = _read(git.root / path)
        if now is None:
            continue
        if now != record.before[path]:
            kept.append(path)
            continue
        try:
            remove_file(git.root / path)
        except OSError as exc:
            raise preflight.unwritable(git, (git.root / path).parent, exc) from None
        done.add(path)
        _remove_empty_folders(git.root, git.root / path)
    return kept


def _refuse_not_files(
    git: Git, commit: str, paths: tuple[str, ...], plan_texts: Mapping[str, str]
) -> None:
    """A commit deletes only files `commit` holds (not a link, a folder or a new file),
    and none it writes."""
    if set(paths) & set(plan_texts):
        raise GitError(f"a commit cannot both write and delete a file; {preflight.UNCHANGED}")
    held = pending.tree_entries(git, commit, list(paths))
    for path in paths:
        if held.get(path, ("", ""))[0] not in pending.FILE_MODES:
            raise GitError(f"{path} is not a file of the last commit; {preflight.UNCHANGED}")


def _stage(git: Git, blobs: Mapping[str, str], removed: Iterable[str] = ()) -> None:
    """Put `blobs` in the index and take the files `removed` out, in one update-index (each
    one rewrites the whole index)."""
    info = [f"100644,{blob},{path}" for path, blob in blobs.items()]
    gone = list(removed)
    if info or gone:
        args = [a for i in info for a in ("--cacheinfo", i)]
        git.run("update-index", "--add", *args, *(("--force-remove", "--", *gone) if gone else ()))


def _index_entries(git: Git, names: list[str]) -> dict[str, tuple[str, str]]:
    """(mode, blob) of each of the files `names` in the index."""
    if not names:
        return {}
    out = git.run("ls-files", "-s", "-z", "--", *names, env={"GIT_LITERAL_PATHSPECS": "1"})
    entries = {}
    for entry in out.split("\0"):
        info, tab, name = entry.partition("\t")
        if tab:
            mode, blob, _ = info.split(" ")
            entries[name] = (mode, blob)
    return entries


def _descends(git: Git, head: str, commit: str) -> bool:
    try:
        git.run("merge-base", "--is-ancestor", commit, head)
    except GitError:
        return False
    return True


def _close(git: Git, kept: list[str] | None = None) -> None:
    """Remove the journal of a finished sign-off (if that fails, the next command finds
    every step done and removes it)."""
    with contextlib.suppress(OSError):
        pending.drop(git)
    if kept:
        raise _kept_error(kept)


def _refuse_kept(record: Record, kept: list[str]) -> None:
    if kept:
        raise _kept_error(kept, record.new)


def _kept_error(kept: list[str], new: str = "") -> GitError:
    shown = " ".join(kept)
    return GitError(
        f"{shown}: changed after an interrupted sign-off{f' ({new[:10]})' if new else ''}, "
        f"which is now complete; your version is kept: 'git diff -- {shown}' shows how it "
        "differs from the sign-off; commit it only if it should undo that, then try again"
    )


def _rolled_back(
    git: Git,
    record: Record,
    done: set[str],
    exc: OSError | GitError,
    interrupted: str = "",
) -> GitError:
    """Put back what `done` says was done, and the branch; the error to raise for `exc`."""
    cause = exc if isinstance(exc, GitError) else preflight.unwritable(git, _file(exc), exc)
    try:
        _undo(git, record, done)
    except (OSError, GitError) as again:
        problem = again.message if isinstance(again, GitError) else str(again)
        return _with(
            cause,
            f"undoing the sign-off failed too ({problem}); once that is fixed, any newsroom "
            "command finishes it",
        )
    if interrupted:
        return _with(
            cause,
            f"an interrupted sign-off ({interrupted[:10]}) could not be finished, so it was "
            "undone; run that command again once this is fixed",
        )
    return _with(cause, UNDONE)


def _undo(git: Git, record: Record, done: set[str]) -> None:
    old, new = record.old, record.new
    if ":tag" in done:
        _drop_tag(git, record)
    paths = [*record.texts, *record.removed]
    if ":index" in done:
        if record.whole_folder:
            git.run("reset", "-q", old, "--", record.folder)
        elif old:
            git.run("reset", "-q", old, "--", *paths)
        else:
            git.run("update-index", "--force-remove", "--", *paths)
    for path in paths:
        if path in done:
            _put_back(git.root, path, record.before[path])
    if old:
        git.run("update-ref", "-m", "newsroom: undo an unfinished sign-off", "HEAD", old, new)
    else:
        git.run("update-ref", "-d", "HEAD", new)
    pending.drop(git)


def _put_back(root: Path, path: str, before: str | None) -> None:
    target = root / path
    if before is not None:
        write_atomic(target, before.encode("utf-8", "surrogateescape"))
        return
    target.unlink(missing_ok=True)
    _remove_empty_folders(root, target)  # folders the sign-off made


def _remove_empty_folders(root: Path, target: Path) -> None:
    """Remove the folders holding `target`, inside `root`, that are empty."""
    for folder in target.relative_to(root).parents:
        if folder != Path("."):
            try:
                (root / folder).rmdir()
            except OSError:
                break


def _drop_tag(git: Git, record: Record) -> None:
    tag = record.tag
    if tag and git.rev_parse(f"refs/tags/{tag}") == record.new:
        git.run("tag", "-d", tag)


def _before(git: Git, texts: Mapping[str, str], removed: tuple[str, ...]) -> dict[str, str | None]:
    """The files the sign-off will write or delete, as they are now (None: not there), each
    one it will replace or delete kept in git's objects too (a journal only replaces words
    git holds)."""
    before = {}
    for path, text in [*texts.items(), *((path, None) for path in removed)]:
        try:
            now = before[path] = _read(git.root / path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise GitError(
                f"cannot read {path} ({reason}); make it readable and try again; "
                f"{preflight.UNCHANGED}"
            ) from None
        if now is not None and now != text:
            git.run("hash-object", "-w", "--no-filters", "--stdin", input=now)
    return before


def _read(path: Path) -> str | None:
    """A file's text, byte for byte (line endings and undecodable bytes kept as they are,
    so that a Word file or an image reads back as the bytes written), or None when there is
    none."""
    try:
        return path.read_bytes().decode("utf-8", "surrogateescape")
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return ""


def _file(exc: OSError) -> Path:
    return Path(exc.filename) if exc.filename else Path(".")


def _with(error: GitError, said: str) -> GitError:
    return GitError(f"{error.message}; {said}", path=error.path)


def _clear_partial_writes(root: Path, paths: Iterable[str]) -> None:
    """Remove what a kill in the middle of `_finish` left of the files it was writing:
    write_atomic writes `.<name>.<random>.tmp` beside the file, then renames it."""
    for path in paths:
        target = root / path
        for partial in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


def _commit_tree(git: Git, plan: StoryCommit, tree: str, parent: str) -> str:
    """The commit object of `tree` on `parent` (none for a first commit), by the plan's
    author (signed if asked)."""
    author = {"GIT_AUTHOR_NAME": plan.author.name, "GIT_AUTHOR_EMAIL": plan.author.email}
    sign = ["-S"] if plan.sign else []
    config = ("gpg.format=ssh",) if plan.sign else ()
    parents = ["-p", parent] if parent else []
    args = ["commit-tree", tree, *parents, *sign, "-F", "-"]
    return git.run(*args, env=author, input=plan.message, config=config).strip()


def _tree_with(git: Git, base: str, prefix: str, blobs: Mapping[str, str | None]) -> str:
    """The tree of folder `prefix` at commit `base` with `blobs` (path -> blob) put in, and
    the paths whose blob is None taken out ('' when that leaves the folder empty).

    Only the folders on the way to the changed files are listed and rebuilt (mktree), so
    the cost does not grow with the size of the index."""
    try:
        listing = git.run("ls-tree", "-z", f"{base}:{prefix}" if prefix else base) if base else ""
    except GitError:
        listing = ""
    entries = {}
    for entry in listing.split("\0"):
        if "\t" in entry:
            entries[entry.split("\t", 1)[1]] = entry
    below: dict[str, dict[str, str | None]] = {}
    for path, blob in blobs.items():
        name, sep, _ = path[len(prefix) :].partition("/")
        if sep:
            below.setdefault(name, {})[path] = blob
        elif blob is None:
            entries.pop(name, None)
        else:
            entries[name] = f"100644 blob {blob}\t{name}"
    for name, inner in below.items():
        sub = _tree_with(git, base, f"{prefix}{name}/", inner)
        if sub:
            entries[name] = f"040000 tree {sub}\t{name}"
        else:
            entries.pop(name, None)
    if prefix and not entries:
        return ""
    text = "".join(f"{line}\0" for line in entries.values())
    return git.run("mktree", "-z", input=text).strip()


def _tree_from_worktree(
    git: Git, base: str, folder: str, blobs: Mapping[str, str], removed: tuple[str, ...]
) -> str:
    """The tree of `base` with `folder` as it is in the working tree, then `blobs` put in
    and `removed` taken out."""
    index = git.git_dir / "newsroom-index"
    env = {"GIT_INDEX_FILE": str(index)}
    try:
        git.run("read-tree", *([base] if base else ["--empty"]), env=env)
        git.run("add", "-A", "--", folder, env=env)
        for path, blob in blobs.items():
            git.run("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
        if removed:
            git.run("update-index", "--force-remove", "--", *removed, env=env)
        return git.run("write-tree", env=env).strip()
    finally:
        with contextlib.suppress(OSError):
            index.unlink(missing_ok=True)

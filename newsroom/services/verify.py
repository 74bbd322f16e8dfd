"""`verify`: replay history with the product's own model and report every change to a story
that no one allowed to make it made.

One `git log` streams every commit, oldest first (a merge with what it changed on the branch
it joins), and one `git cat-file --batch` reads the story files those commits wrote; every
version is read by the story-file module (`newsroom.store.stories`) that `status` and `check`
use. For each commit and each story it touches, verify compares what the product reports
before and after it: the stage, the byline, the credits, each claim's verdict, each anonymous
source's approval, and the content a fact-check covers (recomputed from the files, images by
their bytes). Every change must be explained by the commit: a sign-off by someone the roster
*before the commit* allows (`signoff.objection`, the rule the signing commands refuse by), a
verdict made by the checker it names, a roster change made by an editor.

A finding stays open until the story is back where it was (a revert) or an editor repairs it
(`newsroom repair`), so an honest fix always turns CI green again.
"""

from __future__ import annotations

import functools
import gc
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsroom.errors import GitError, InputError, UsageError
from newsroom.models import (
    PIPELINE,
    Claim,
    ClaimStatus,
    Contributor,
    CorrectionNote,
    Finding,
    Severity,
    Source,
    Stage,
    only_added,
)
from newsroom.repo import BLOB_BATCH, LogEntry, Repo
from newsroom.services import signoff as rules
from newsroom.services.signoff import Action, SignOff
from newsroom.services.workspace import Workspace
from newsroom.store import content, media, yamlio
from newsroom.store import stories as store
from newsroom.store.config import CONFIG_FILE, Config, read_config

NO_BLOB = "0" * 40
STORIES_PREFIX = store.STORIES_DIR + "/"
READ_FILES = (store.STORY_FILE, *store.SIDE_FILES)  # the files verify reads; others by id
FROZEN_CREDITS = (Stage.FACT_CHECK, Stage.PUBLISH, Stage.PUBLISHED)  # credit signed off
FROZEN_CONTENT = (Stage.PUBLISH, Stage.PUBLISHED)  # fact-check signed off
BATCH = 500  # log entries handled together, the files they wrote read in one go
SPLIT_FROM = 4000  # commits: from here, history is read by two `git log`s at once


# --- one version of a story, as the product reads it


@dataclass(frozen=True)
class Version:
    """One version of a story folder: its files by blob id, read by the story-file module."""

    files: Mapping[str, str]  # name inside the folder -> blob id
    front: store.Version
    credits: tuple[Contributor, ...] | None = ()
    sources: tuple[Source, ...] | None = ()
    claims: tuple[Claim, ...] | None = ()

    @property
    def stage(self) -> Stage | None:
        return self.front.meta.stage if self.front.meta else None

    @property
    def byline(self) -> tuple[str, ...]:
        return self.front.meta.byline if self.front.meta else ()

    @property
    def corrections(self) -> tuple[CorrectionNote, ...]:
        return self.front.meta.corrections if self.front.meta else ()

    @functools.cached_property
    def verdicts(self) -> dict[str, tuple[str, str, str]]:
        """Each claim's verdict, who it names and the words it pinned, for claims that have
        one."""
        return {
            c.id: (c.status.value, c.checked_by, c.verified_hash)
            for c in self.claims or ()
            if c.status is not ClaimStatus.UNVERIFIED
        }

    @functools.cached_property
    def approvals(self) -> dict[str, str]:
        """Who approved each anonymous source's anonymity."""
        return {
            s.id: s.anonymity_approved_by.strip()
            for s in self.sources or ()
            if s.anonymous and s.anonymity_approved_by.strip()
        }

    @functools.cached_property
    def content(self) -> str:
        """The content hash a fact-check pins, from these files ('' when unreadable)."""
        meta = self.front.meta
        if meta is None or self.claims is None:
            return ""
        images = {i.file: self.files.get(media.inside_name(i.file), "") for i in meta.images}
        return content.content_digest(meta, self.front.body, self.claims, images)

    def value(self, what: str) -> object:
        """The value of one field with authority: what a finding waits to see restored."""
        kind, _, key = what.partition(":")
        match kind:
            case "verdict":
                return self.verdicts.get(key)
            case "approval":
                return self.approvals.get(key)
            case "stage":
                return self.stage
            case "byline":
                return self.byline
            case "credits":
                return self.credits
            case "content":
                return self.content
            case "corrections":
                return self.corrections
        raise ValueError(f"no field {what}")

    def line(self, key: str) -> int:
        return self.front.line_of(key)


def read_front(data: bytes) -> Version:
    """A version of a story whose story.md has these bytes, read as verify reads history."""
    return Version({store.STORY_FILE: ""}, store.read_version(data))


NEW_STORY = Version({}, store.Version(None, {}, ""))  # what a story is before it is filed


def _new_story_stage(version: Version) -> Stage | None:
    return version.stage if version is not NEW_STORY else Stage.DRAFT


def _was(stage: Stage | None) -> str:
    return f": {stage.value} before this commit" if stage else ""


# --- the state history leaves, commit by commit


@dataclass(frozen=True)
class Open:
    """A finding that stands until `what` is back to `honest`, or an editor repairs the story."""

    what: str
    honest: object
    finding: Finding
    commit: str = ""  # the commit that made the change


@dataclass(frozen=True)
class _Timeline:
    version: Version
    fact_checker: str = ""  # who signed off the last fact-check (for four_eyes)
    open: tuple[Open, ...] = ()
    killed_from: Stage | None = None  # the stage it was killed at, which holds what it held


@dataclass(frozen=True)
class _Roster:
    config: Config | None  # the roster trusted now: the last one an editor wrote
    blob: str = ""  # newsroom.yaml as it is now (trusted or not)
    trusted: str = ""  # newsroom.yaml as the trusted roster was written
    open: tuple[Open, ...] = ()


@dataclass
class _State:
    stories: dict[str, _Timeline]
    gone: dict[str, _Timeline]  # deleted stories, should they be added again
    roster: _Roster

    def copy(self) -> _State:
        return _State(dict(self.stories), dict(self.gone), self.roster)


@dataclass(frozen=True)
class Repair:
    """An editor's repair of a story after a change no one was allowed to make."""

    story: str
    commit: str
    by: str
    email: str
    reason: str
    to: str


@dataclass(frozen=True)
class VerifyReport:
    findings: tuple[Finding, ...]
    commits: int
    stories: int
    repairs: tuple[Repair, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.findings)


@contextmanager
def allowed_signers(config: Config) -> Iterator[Path | None]:
    """An allowed-signers file built from the roster's signing keys (None unless required)."""
    if not config.require_signed:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="newsroom-signers-") as folder:
        path = Path(folder) / "allowed_signers"
        rows = [
            f'{p.email} namespaces="git" {" ".join(p.signing_key.split()[:2])}'
            for p in config.people
            if p.signing_key.strip()
        ]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        yield path


# --- the replay


def verify(
    ws: Workspace, since: str = "", split_from: int = SPLIT_FROM, *, empty_ok: bool = False
) -> VerifyReport:
    """Replay every commit of HEAD's history (or those after `since`) and report each change
    to a story, or to the roster, that the commit making it could not make. A history of
    `split_from` commits or more is read by two `git log`s at once. No commit to replay is
    refused, as a pass would prove nothing, unless `empty_ok` (sync: its own commits on top
    of the remote's may be none)."""
    repo = ws.repo()
    if not empty_ok:
        _refuse_no_history(repo)
    revisions, base = "HEAD", ""
    touched: set[str] = set()
    if since:
        base = repo.resolve(since)
        if not empty_ok:
            _refuse_an_empty_range(repo, since, base)
        revisions = f"{base}..HEAD"
        # the stories as they were before the range, read only for those it touches (or a
        # merge in it keeps unlike a parent: git merge -s ours over a kill made before it)
        touched = {_story_path(p)[0] for p in repo.touched_paths(revisions, every_parent=True)}
    graph = repo.parent_lists(revisions)
    _refuse_a_cut_history(repo, graph)
    with (
        allowed_signers(ws.config) as signers,
        repo.blob_reader() as read,
        _fewer_collections(),
    ):
        files = _Files(ws.root, read)
        given = functools.partial(_given, repo, files, touched)
        seed = given(base) if base else _State({}, {}, _Roster(None))
        replay = _Replay(files, seed, graph, repo)
        if base:  # a range: its commits' parents before it are read where they are
            replay.outside = {base: seed}
            replay.given = given
        batch: list[LogEntry] = []
        parts = _halves(graph, base, split_from)
        for entry in repo.history(revisions=revisions, signers_file=signers, parts=parts):
            batch.append(entry)
            if len(batch) >= BATCH:
                replay.run(batch)
                batch = []
        replay.run(batch)
    final = replay.states.get(repo.head(), seed) if graph else seed
    gone = [t for t in final.gone.values() if _honest_stage(t) in FROZEN_CREDITS]
    timelines = [*final.stories.values(), *gone]
    findings = [o.finding for t in timelines for o in t.open]
    findings += [o.finding for o in final.roster.open] + replay.loose
    return VerifyReport(
        tuple(sorted(findings, key=Finding.sort_key)),
        replay.commits,
        len(final.stories),
        tuple(r for r in replay.repairs if r.story in final.stories),
    )


def _given(repo: Repo, files: _Files, slugs: set[str], commit: str) -> _State:
    """The state at `commit`, a parent of the commits verified that is not verified itself
    (`since`, or a commit before it that a branch in the range was cut from), taken as
    given: the stories `slugs` and the roster as they are there. A story killed there holds
    what the stage it was killed at held, read from the sign-off that killed it."""
    stories = {s: f for s, f in _stories_at(repo, commit).items() if s in slugs}
    roster_blob = next((b for p, b in repo.tree_files(commit, CONFIG_FILE) if p == CONFIG_FILE), "")
    files.add(
        [*(b for f in stories.values() for n, b in f.items() if n in READ_FILES), roster_blob]
    )
    timelines = {slug: _Timeline(files.version(f, None)) for slug, f in stories.items()}
    for slug, timeline in timelines.items():
        if timeline.version.stage is Stage.KILLED:
            timelines[slug] = replace(timeline, killed_from=_killed_at(repo, commit, slug))
    return _State(timelines, {}, _Roster(files.config(roster_blob), roster_blob, roster_blob))


def _killed_at(repo: Repo, commit: str, slug: str) -> Stage | None:
    """The stage the last sign-off before `commit` that killed a story took it from."""
    for entry in reversed(repo.signoff_log(commit, [f"{STORIES_PREFIX}{slug}"])):
        try:
            signed = rules.parse(entry.message)
        except rules.MalformedSignOff:
            continue
        if (
            signed is not None
            and signed.story == slug
            and signed.to_stage is Stage.KILLED
            and signed.from_stage is not Stage.KILLED
        ):
            return signed.from_stage
    return None


def _halves(graph: Mapping[str, tuple[str, ...]], base: str, split_from: int) -> list[list[str]]:
    """Two parts of a long history for `git log`: the ancestors of a commit about halfway
    (the older part) and the rest, each read by its own git at once; none when the history
    is short or no commit splits it near the middle (a history of long side branches)."""
    if len(graph) < split_from:
        return []
    middle = list(graph)[len(graph) // 2]  # rev-list's order: newest first
    older, todo = {middle}, [middle]
    while todo:
        for parent in graph.get(todo.pop(), ()):
            if parent in graph and parent not in older:
                older.add(parent)
                todo.append(parent)
    if not len(graph) // 4 <= len(older) <= 3 * len(graph) // 4:
        return []
    outside = [f"^{base}"] if base else []
    return [[middle, *outside], ["HEAD", f"^{middle}", *outside]]


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the young generation every 100,000 allocations instead of every 700 while
    history is replayed: the replay keeps tens of thousands of small objects alive and makes
    no reference cycles, and the default cost it about 6% more CPU."""
    saved = gc.get_threshold()
    gc.set_threshold(100_000, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _refuse_no_history(repo: Repo) -> None:
    """A repository with no commit (or a branch not born yet) has no history to replay: a
    verify of it would pass having proved nothing."""
    if not repo.has_commits():
        raise GitError(
            "this repository has no commits yet (or HEAD is on a branch with none), so there "
            "is no history to verify; commit the newsroom (git add -A, then git commit) or "
            "check out the branch that holds it, then run it again"
        )


def _refuse_an_empty_range(repo: Repo, since: str, base: str) -> None:
    """Commits after `since` are what a range verifies: when HEAD is `since` itself or
    older (CI on a push to main given origin/main), there are none, and a run that passed
    would have proved nothing."""
    head = repo.head()
    if repo.is_ancestor(head, base):
        where = "is HEAD itself" if head == base else "comes after HEAD"
        raise UsageError(
            f"there is nothing to verify after '{since}': it {where} (commit {head[:10]}), "
            "so no commit of this checkout would be checked; name the commit the changes "
            "start from (for a pull request, the branch it merges into, e.g. origin/main; "
            "for a push, the commit before it), or run it without that option to verify the "
            "whole history"
        )


def _refuse_a_cut_history(repo: Repo, graph: Mapping[str, tuple[str, ...]]) -> None:
    """A shallow clone's history is cut: a commit whose parents are not here looks like one
    that wrote every story as it stands, so a replay through it would report what no one
    did. Refuse unless every commit to replay has its parents here (a range after the cut)."""
    cut = sorted(repo.shallow_cuts() & graph.keys())
    if cut:
        raise GitError(
            f"this clone's history is shallow (cut at commit {cut[0][:10]}): verify must "
            "replay the commits before it, and without them its findings would not be true; "
            "fetch the full history with 'git fetch --unshallow' (in GitHub Actions: "
            "actions/checkout with fetch-depth: 0), then run it again"
        )


@dataclass
class _Batch:
    """The files a batch of commits wrote: their bytes, and what the story-file module read
    in them (each blob read once)."""

    texts: dict[str, bytes]
    fronts: dict[str, store.Version] = field(default_factory=dict)
    sides: dict[tuple[str, str], store.SideVersion] = field(default_factory=dict)


class _Files:
    """Reads the files history names, by blob id, in batches, through the story-file module."""

    def __init__(self, root: Path, read: Callable[[Sequence[str]], list[bytes]]) -> None:
        self._root = root
        self._read = read
        self._batch = _Batch({})

    def fetch(self, blobs: Iterable[str]) -> _Batch:
        """Read these blobs (story files and newsroom.yaml versions)."""
        wanted = list(dict.fromkeys(b for b in blobs if b and b != NO_BLOB))
        texts: dict[str, bytes] = {}
        for start in range(0, len(wanted), BLOB_BATCH):
            part = wanted[start : start + BLOB_BATCH]
            texts.update(zip(part, self._read(part), strict=True))
        return _Batch(texts)

    def use(self, batch: _Batch) -> None:
        self._batch = batch

    def add(self, blobs: Iterable[str]) -> None:
        """Read these blobs too, beside the batch being replayed."""
        self._batch.texts.update(self.fetch(blobs).texts)

    def version(self, files: Mapping[str, str], before: Version | None) -> Version:
        """The version of a story folder whose files are `files`; files unchanged since
        `before` are not read again."""
        blob = files.get(store.STORY_FILE, "")
        same = before is not None and before.files.get(store.STORY_FILE, "") == blob
        front = before.front if before is not None and same else self._front(blob)
        parts = {}
        for name, attr in (
            (store.CREDITS_FILE, "credits"),
            (store.SOURCES_FILE, "sources"),
            (store.FACTCHECK_FILE, "claims"),
        ):
            blob = files.get(name, "")
            if before is not None and before.files.get(name, "") == blob:
                parts[attr] = getattr(before, attr)
            elif not blob:
                parts[attr] = ()
            else:
                parts[attr] = getattr(self._side(name, blob), attr)
        return Version(dict(files), front, **parts)

    def version_now(self, files: Mapping[str, str]) -> Version:
        """The version of a story folder whose files are `files`, read now (a merge base)."""
        saved = self._batch
        self._batch = self.fetch(b for n, b in files.items() if n in READ_FILES)
        try:
            return self.version(files, None)
        finally:
            self._batch = saved

    def _front(self, blob: str) -> store.Version:
        if not blob:
            return store.Version(None, {}, "no story.md")
        fronts = self._batch.fronts
        if blob not in fronts:
            fronts[blob] = store.read_version(self._batch.texts.get(blob, b""))
        return fronts[blob]

    def _side(self, name: str, blob: str) -> store.SideVersion:
        sides = self._batch.sides
        if (name, blob) not in sides:
            data = self._batch.texts.get(blob, b"")
            sides[(name, blob)] = store.read_side_version(name, data, name)
        return sides[(name, blob)]

    def config(self, blob: str) -> Config | None:
        """The configuration a newsroom.yaml version gives (None: none, or unreadable)."""
        if not blob or blob == NO_BLOB:
            return None
        try:
            data = self._batch.texts.get(blob, b"")
            text = yamlio.read_bytes(data, Path(CONFIG_FILE), CONFIG_FILE)
            return read_config(self._root, text or "")
        except InputError:
            return None


class _Replay:
    """The state after each commit, kept while a later commit still needs it."""

    def __init__(
        self, files: _Files, seed: _State, graph: Mapping[str, tuple[str, ...]], repo: Repo
    ) -> None:
        self.files = files
        self.repo = repo  # for a merge's base
        self.seed = seed
        # with a range: the state at a parent before it, and those read, by commit
        self.given: Callable[[str], _State] | None = None
        self.outside: dict[str, _State] = {}
        self.states: dict[str, _State] = {}
        self.waiting: dict[str, int] = {}  # commit -> children not replayed yet
        for parents in graph.values():
            for parent in parents:
                self.waiting[parent] = self.waiting.get(parent, 0) + 1
        self.commits = 0
        self.loose: list[Finding] = []  # findings no story can hold
        self.repairs: list[Repair] = []

    def run(self, batch: list[LogEntry]) -> None:
        """Replay a batch of commits, the files they wrote read together first."""
        self.files.use(
            self.files.fetch(
                c.blob
                for e in batch
                for c in e.changes
                if c.path == CONFIG_FILE or _story_path(c.path)[1] in READ_FILES
            )
        )
        for entry in batch:
            state = self._take(entry.parents[0]) if entry.parents else _State({}, {}, _Roster(None))
            others = [self._peek(p) for p in entry.parents[1:]]
            left = _left_behind(state, others)
            if (
                "Newsroom-" in entry.message
                or any(
                    c.path.startswith(STORIES_PREFIX) or c.path == CONFIG_FILE
                    for c in entry.changes
                )
                or left
            ):
                self.commits += 1
                _Commit(self, state, entry, others, left).replay()
            self.states[entry.sha] = state

    def _take(self, parent: str) -> _State:
        """The state after `parent`, to become the next commit's (a copy if others need it)."""
        if parent not in self.states:
            return self._before_range(parent).copy()
        self.waiting[parent] -= 1
        if self.waiting[parent] <= 0:
            return self.states.pop(parent)
        return self.states[parent].copy()

    def _before_range(self, parent: str) -> _State:
        """The state at a parent the range verified does not hold: `since` itself, or a
        commit before it that a branch was cut from, judged by what it held there."""
        if self.given is None:  # the whole history: no commit before it
            return self.seed
        if parent not in self.outside:
            self.outside[parent] = self.given(parent)
        return self.outside[parent]

    def _peek(self, parent: str) -> _State:
        state = self.states.get(parent) or self._before_range(parent)
        if parent in self.states:
            self.waiting[parent] -= 1
            if self.waiting[parent] <= 0:
                del self.states[parent]
        return state


def _honest_stage(timeline: _Timeline) -> Stage | None:
    """The stage the story has by its sign-offs, when a change to it is still open; for a
    killed story, the stage it was killed at."""
    held = [o.honest for o in timeline.open if o.what == "stage"]
    stage = held[0] if held else timeline.version.stage
    if stage is Stage.KILLED:
        return timeline.killed_from
    return stage if held and isinstance(stage, Stage) else None


def _stage_held(timeline: _Timeline) -> Stage | None:
    """The stage a story honestly has: its own, or the one a change still open took it from."""
    held = next((o.honest for o in timeline.open if o.what == "stage"), timeline.version.stage)
    return held if isinstance(held, Stage) else None


def _held_stage(version: Version, honest: Stage | None) -> Stage | None:
    """The stage that holds a story's byline, credits and content: the one it honestly has
    when a stage set by hand put it lower (a stage edited by hand frees nothing), and for a
    killed story the one it was killed at (a story withdrawn after publication keeps what
    was published: its notice shows the headline)."""
    if honest is None:
        return version.stage
    if version.stage is None or version.stage is Stage.KILLED or honest.order > version.stage.order:
        return honest
    return version.stage


def _killed_from(timeline: _Timeline, after: Version) -> Stage | None:
    """The stage a story was last killed at: set when a change kills it, kept after."""
    if after.stage is not Stage.KILLED or timeline.version.stage is Stage.KILLED:
        return timeline.killed_from
    return _held_stage(timeline.version, _honest_stage(timeline))


def _frozen_fields(version: Version, honest: Stage | None) -> set[str]:
    """The fields a story's stage holds signed off: byline and credits from the credit
    sign-off on, the content and the corrections from the fact-check sign-off on."""
    stage = _held_stage(version, honest)
    credits = {"byline", "credits"} if stage in FROZEN_CREDITS else set()
    return credits | ({"content", "corrections"} if stage in FROZEN_CONTENT else set())


def _stories_at(repo: Repo, ref: str) -> dict[str, dict[str, str]]:
    """Each story's files (name inside the folder -> blob id) at commit `ref`."""
    found: dict[str, dict[str, str]] = {}
    for path, blob in repo.tree_files(ref, store.STORIES_DIR):
        slug, name = _story_path(path)
        if slug:
            found.setdefault(slug, {})[name] = blob
    return found


def _story_path(path: str) -> tuple[str, str]:
    """(slug, name inside the folder) of a path under stories/<slug>/, else ('', '')."""
    parts = path.split("/", 2)
    if len(parts) == 3 and parts[0] == store.STORIES_DIR:
        return parts[1], parts[2]
    return "", ""


# the findings that say a sign-off's author may not make it
REFUSALS = frozenset(
    {"signoff.wrong-role", "signoff.self-signoff", "signoff.unsigned", "signoff.bad-signature"}
)
BEFORE = object()  # the honest value of a finding: its field's value before the commit
NEVER = object()  # the honest value of a finding that no later value of its field undoes


@dataclass
class _Flag:
    what: str
    check: str
    message: str
    line: int = 1
    file: str = store.STORY_FILE
    revertible: bool = True  # False: no value of `what` undoes it, only a repair or recheck
    honest: object = BEFORE  # the value that undoes it


def _left_behind(state: _State, others: Sequence[_State]) -> set[str]:
    """The stories a merge leaves as its first parent has them while another parent holds
    them at another stage, or with corrections they lack, or with another byline, credits or
    content held signed off (git merge -s ours), or holds other findings against them (a
    kill reverted there): judged, though the merge changes none of their files."""
    return {
        slug
        for other in others
        for slug, theirs in other.stories.items()
        if (mine := state.stories.get(slug)) is not None
        and (_other_findings(theirs, mine) or _unlike(theirs, mine))
    }


def _other_findings(theirs: _Timeline, mine: _Timeline) -> bool:
    """Whether two branches hold other findings against a story (one settled or made on
    one branch alone)."""
    return theirs.open != mine.open and set(theirs.open) != set(mine.open)


def _unlike(theirs: _Timeline, mine: _Timeline) -> bool:
    """Whether another branch holds a story at another stage, with corrections this one
    lacks, or with another byline, credits or content held signed off."""
    return theirs.version.files != mine.version.files and (
        theirs.version.stage != mine.version.stage
        or not only_added(theirs.version.corrections, mine.version.corrections)
        or any(
            theirs.version.value(f) != mine.version.value(f)
            for f in _frozen_fields(theirs.version, _honest_stage(theirs))
        )
    )


class _Commit:
    """One commit replayed: each story it touches judged before against after."""

    def __init__(
        self,
        replay: _Replay,
        state: _State,
        entry: LogEntry,
        others: list[_State],
        left: set[str],
    ) -> None:
        self.run = replay
        self.state = state
        self.entry = entry
        self.others = others
        self.left = left  # stories a merge leaves as its first parent has them
        # the roster at the parent judges the commit (at a merge onto a history with no
        # roster yet, the roster of the branch that has one)
        self.config = state.roster.config or next(
            (o.roster.config for o in others if o.roster.config is not None), None
        )
        self.person = self.config.person_by_email(entry.author.email) if self.config else None
        self.renamed: set[str] = set()  # stories that came under a new slug in this commit
        self.brought: set[str] = set()  # stories a merge brought from another branch
        # at a merge: the stories where its branches parted, and their versions, read once
        self._base_trees: dict[str, dict[str, dict[str, str]]] = {}
        self._base_versions: dict[tuple[str, str], Version] = {}

    @functools.cached_property
    def where(self) -> str:
        """The commit and its author, as a finding names them."""
        entry = self.entry
        return f"{entry.sha[:10]} by {entry.author.name} <{entry.author.email}>"

    @functools.cached_property
    def excerpt(self) -> str:
        entry = self.entry
        return f"{entry.sha[:10]} {entry.author.name}: {entry.message.split(chr(10), 1)[0]}"

    def replay(self) -> None:
        touched: dict[str, dict[str, str]] = {}  # slug -> name -> new blob
        outside: list[str] = []
        roster_blob = ""
        for change in self.entry.changes:
            slug, name = _story_path(change.path)
            if slug:
                touched.setdefault(slug, {})[name] = change.blob
            elif change.path == CONFIG_FILE:
                roster_blob = change.blob
                outside.append(change.path)
            else:
                outside.append(change.path)
        self._follow_renames(touched)
        signed, malformed = self._signoff()
        for slug in sorted(set(touched) | self.left | ({signed.story} if signed else set())):
            mine = signed if signed is not None and signed.story == slug else None
            flags = list(malformed)
            if mine is not None:
                flags += self._scope(mine, touched, outside)
            if slug in touched or slug in self.state.stories:
                self._story(slug, touched.get(slug, {}), mine, flags)
            elif flags:
                self.run.loose += [self._finding(slug, f) for f in flags]
        if roster_blob:
            self._roster(roster_blob)

    def _follow_renames(self, touched: Mapping[str, Mapping[str, str]]) -> None:
        """A story folder renamed in this commit before its credits were signed off (its
        story.md or its factcheck.yaml moved unchanged to a new slug) keeps its history under
        the new slug; past them, the slug is part of the record."""
        stories = self.state.stories
        leaving: dict[str, str] = {}
        for slug, changed in touched.items():
            timeline = stories.get(slug)
            if changed.get(store.STORY_FILE) != NO_BLOB or timeline is None:
                continue
            stage = _honest_stage(timeline) or timeline.version.stage  # killed: where
            if stage in FROZEN_CREDITS or timeline.open:
                continue
            for name in (store.STORY_FILE, store.FACTCHECK_FILE):
                if timeline.version.files.get(name):
                    leaving.setdefault(timeline.version.files[name], slug)
        for slug, changed in touched.items():
            if slug in stories:
                continue
            found = [
                leaving[b]
                for n in (store.STORY_FILE, store.FACTCHECK_FILE)
                if (b := changed.get(n, "")) in leaving
            ]
            old = next((o for o in found if o in stories), "")
            if old:
                stories[slug] = stories.pop(old)
                self.renamed.add(slug)

    def _signoff(self) -> tuple[SignOff | None, list[_Flag]]:
        try:
            return rules.parse(self.entry.message), []
        except rules.MalformedSignOff as exc:
            return None, [_Flag("stage", "signoff.malformed", f"commit {self.where}: {exc}")]

    def _scope(
        self, signed: SignOff, touched: Mapping[str, object], outside: list[str]
    ) -> list[_Flag]:
        flags = []
        others = sorted(set(touched) - {signed.story}) + outside
        if others:
            flags.append(
                _Flag(
                    "stage",
                    "signoff.mixed-commit",
                    f"sign-off {self.where} also changes {', '.join(others[:3])}"
                    f"{' ...' if len(others) > 3 else ''}; a sign-off commit must touch only "
                    "its own story: revert it and sign off again with newsroom",
                )
            )
        if signed.story not in touched and signed.action is not Action.REPAIR:
            flags.append(
                _Flag(
                    "stage",
                    "signoff.stage-mismatch",
                    f"sign-off {self.where} for {signed.story} changes none of its files",
                )
            )
        return flags

    # --- a story

    def _story(
        self, slug: str, changed: Mapping[str, str], signed: SignOff | None, flags: list[_Flag]
    ) -> None:
        stories = self.state.stories
        before_line = stories.get(slug) or self.state.gone.pop(slug, None)
        fresh = slug in self.renamed
        if before_line is None:  # a merge bringing a story this branch never had: judged
            before_line = next(  # against the branch it comes from
                (o.stories[slug] for o in self.others if slug in o.stories), None
            )
            fresh = fresh or before_line is not None
            if before_line is not None:
                self.brought.add(slug)
        files = dict(before_line.version.files) if before_line and not fresh else {}
        for name, blob in changed.items():
            if blob == NO_BLOB:
                files.pop(name, None)
            else:
                files[name] = blob
        if store.STORY_FILE not in files:  # the story is gone: keep its history
            if before_line is not None:
                self.state.gone[slug] = self._deleted(slug, before_line)
            stories.pop(slug, None)
            return
        timeline = before_line or _Timeline(NEW_STORY)
        after = self.run.files.version(files, timeline.version if before_line else None)
        mine = timeline.version.files if before_line else {}
        if self.others:  # a merge: what another branch settled is settled here
            timeline = replace(timeline, open=self._unsettled(slug, timeline.open, after))
        for i, other in enumerate(self.others):  # a merge that takes a story as the other
            theirs = other.stories.get(slug)  # branch left it, where this one has not
            same = theirs is not None and theirs.version.files == after.files  # touched it
            if theirs is not None and same and mine == self.base_files(i).get(slug, {}):
                still = [o for o in timeline.open if after.value(o.what) != o.honest]
                found = self._unsettled(slug, (*theirs.open, *still), after)
                stories[slug] = replace(theirs, open=found)
                return
        before = timeline.version
        allowed = signed
        if signed is not None:
            judged = self._signed(slug, signed, before, after, timeline)
            if any(f.check in REFUSALS for f in judged):
                allowed = None  # a sign-off its author may not make frees nothing
            flags += judged
            if signed.action is Action.ADVANCE and signed.from_stage is Stage.FACT_CHECK:
                timeline = replace(timeline, fact_checker=self.person.id if self.person else "")
        elif after.stage != _new_story_stage(before):
            flags += self._skipped(slug, _new_story_stage(before), after)
            shown = after.stage.value if after.stage else "an unknown stage"
            flags.append(
                _Flag(
                    "stage",
                    "signoff.hand-edited-stage",
                    f"commit {self.where} set the stage of {slug} to {shown} without a "
                    "sign-off; revert it, or have an editor repair it (newsroom repair "
                    f"{slug} --to <stage> --reason ..., <stage> being the one it should be "
                    f"at{_was(_new_story_stage(before))})",
                    after.line("stage"),
                )
            )
        flags += self._frozen(slug, allowed, before, after, _honest_stage(timeline))
        timeline = replace(timeline, killed_from=_killed_from(timeline, after))
        flags += self._verdicts(slug, before, after)
        flags += self._approvals(slug, before, after)
        carried: tuple[Open, ...] = ()
        if self.others:  # a merge: what either branch had is explained by that branch, with
            taken = {f.what for f in flags if self._merged(slug, f.what, before, after)}
            flags = [f for f in flags if f.what not in taken]
            carried = self._carried(slug, taken, after)  # the findings it holds against it
            if "stage" in taken:  # and who signed off the fact-check on the way there
                timeline = replace(timeline, fact_checker=self._their_checker(slug, after))
            parents = [timeline, *(o.stories[slug] for o in self.others if slug in o.stories)]
            held = _honest_stage(replace(timeline, version=after))
            flags += self._merged_frozen(
                slug, signed, after, held, parents, {f.what for f in flags}
            )
            flags += self._kept_corrections(slug, after, parents, {f.what for f in flags})
            flags += self._kept_changes(slug, after, {f.what for f in flags})
        self._hold(slug, timeline, replace(timeline, version=after), flags, signed, carried)

    def _deleted(self, slug: str, timeline: _Timeline) -> _Timeline:
        """A story deleted past its credit sign-off (honestly: not by a change still open)
        leaves a finding until it comes back; a draft may be dropped. Its open findings go
        with it and come back with it."""
        stage = _honest_stage(timeline) or timeline.version.stage
        if stage not in FROZEN_CREDITS:
            return timeline
        restore = f"restore it (git revert {self.entry.sha[:10]})"
        flag = _Flag(
            "stage",
            "signoff.hand-edited-stage",
            f"commit {self.where} deleted {slug}, killed at {stage}, without a sign-off; "
            f"{restore}: its notice stands in for the story it withdrew"
            if timeline.version.stage is Stage.KILLED
            else f"commit {self.where} deleted {slug} at {stage} without a sign-off; {restore}, "
            f"then kill it with newsroom kill {slug} --reason ... if it is to be withdrawn",
        )
        # restored as it was: at its honest stage, or killed
        honest = next((o.honest for o in timeline.open if o.what == "stage"), None)
        honest = honest or timeline.version.stage
        kept = tuple(o for o in timeline.open if o.what != "stage")
        made = Open("stage", honest, self._finding(slug, flag), self.entry.sha)
        return replace(timeline, open=(*kept, made))

    def _skipped(self, slug: str, old: Stage | None, after: Version) -> list[_Flag]:
        new = after.stage
        if old not in PIPELINE or new not in PIPELINE or new.order <= old.order + 1:
            return []
        return [
            _Flag(
                "stage",
                "signoff.skipped-stage",
                f"commit {self.where} moved {slug} from {old} to {new}, skipping a stage; "
                "each stage needs its own sign-off: revert the commit",
                after.line("stage"),
            )
        ]

    def _corrections(
        self, slug: str, stage: Stage | None, before: Version, after: Version, correcting: bool
    ) -> list[_Flag]:
        """The corrections after the fact-check: a correction only adds its own note after
        those made before it (dropping or rewriting one, the page would stop showing it);
        any other commit leaves them as they were."""
        made, now = before.corrections, after.corrections
        if stage not in FROZEN_CONTENT or (only_added(made, now) if correcting else now == made):
            return []
        message = (
            f"commit {self.where} corrected {slug} and took back or rewrote a correction made "
            "before it; revert it (a correction adds its own note, and none is taken back: "
            f"newsroom correct {slug} --note ...)"
            if correcting
            else f"commit {self.where} changed the corrections of {slug} after its fact-check "
            f"sign-off; revert it (a correction is added by newsroom correct {slug} --note "
            "..., and none is taken back)"
        )
        return [
            _Flag(
                "corrections",
                "signoff.corrections-changed",
                message,
                after.line("corrections"),
            )
        ]

    def _merged(self, slug: str, what: str, before: Version, after: Version) -> bool:
        """Whether a merge's value of `what` is the other branch's change, made there since
        the branches parted while this branch left the value as it was."""
        if slug in self.brought:
            return False  # judged against the branch it came from: nothing more explains it
        value = after.value(what)
        return any(
            o.stories[slug].version.value(what) == value
            and (
                before.value(what) == self._base_version(i, slug).value(what)
                if slug in self.base_files(i)
                else before is NEW_STORY
            )
            for i, o in enumerate(self.others)
            if slug in o.stories
        )

    def _merged_frozen(
        self,
        slug: str,
        signed: SignOff | None,
        after: Version,
        honest: Stage | None,
        parents: Sequence[_Timeline],
        flagged: set[str],
    ) -> list[_Flag]:
        """At a merge that leaves a story where its byline, credits or content are signed
        off: each must be as a parent that signed it off has it. Taken from a branch where
        it could still change (a body edited at fact-check, merged with the fact-check
        sign-off made on the other branch), it was never signed off."""
        flags = []
        for what in sorted(_frozen_fields(after, honest) - flagged):
            held = [t for t in parents if what in _frozen_fields(t.version, _honest_stage(t))]
            if held and all(t.version.value(what) != after.value(what) for t in held):
                signed_off = held[0].version
                found = self._frozen(slug, signed, signed_off, after, _honest_stage(held[0]))
                flags += [
                    replace(f, honest=signed_off.value(what)) for f in found if f.what == what
                ]
        return flags

    def _kept_corrections(
        self, slug: str, after: Version, parents: Sequence[_Timeline], flagged: set[str]
    ) -> list[_Flag]:
        """At a merge, every correction a parent holds signed off is still there, as made
        and in order: a merge that keeps its own side (git merge -s ours) takes no
        correction made on the other branch off the page."""
        if "corrections" in flagged:
            return []
        for parent in parents[1:]:
            made = parent.version.corrections
            held = "corrections" in _frozen_fields(parent.version, _honest_stage(parent))
            if held and not only_added(made, after.corrections):
                return [
                    _Flag(
                        "corrections",
                        "signoff.corrections-changed",
                        f"merge {self.where} took back a correction of {slug} made on the "
                        "branch it merged; revert it, or merge again keeping the corrections "
                        "both branches made (a correction is added by newsroom correct "
                        f"{slug} --note ..., and none is taken back)",
                        after.line("corrections"),
                        honest=made,
                    )
                ]
        return []

    def _kept_changes(self, slug: str, after: Version, flagged: set[str]) -> list[_Flag]:
        """At a merge, a change of the stage, or of a byline, credits or content held signed
        off, that another branch made since it parted from this one (a kill, a return, a
        correction's edit) is not taken back by keeping the value they parted with (git
        merge -s ours), nor one this branch made instead (-X ours over a kill): that undoes
        a sign-off, and no sign-off made the merge."""
        flags: list[_Flag] = []
        for i, other in enumerate(self.others):
            theirs = other.stories.get(slug)
            if theirs is None or slug not in self.base_files(i):
                continue
            base = self._base_version(i, slug)
            fields = {"stage"} | _frozen_fields(theirs.version, _honest_stage(theirs))
            for what in sorted(fields - flagged - {"corrections"} - {f.what for f in flags}):
                made = theirs.version.value(what)
                if made == base.value(what) or after.value(what) == made:
                    continue  # not changed there, or kept here
                if any(o.what == what for o in theirs.open):
                    continue  # a change no one was allowed to make: undoing it is right
                flags.append(self._taken_back(slug, what, theirs.version, after))
        return flags

    def _taken_back(self, slug: str, what: str, theirs: Version, after: Version) -> _Flag:
        """A change made on the branch a merge joins, which the merge took back."""
        check, done = {
            "stage": ("signoff.hand-edited-stage", f"moved {slug} to {theirs.stage}"),
            "byline": ("signoff.byline-changed", f"changed the byline of {slug}"),
            "credits": ("signoff.credits-changed", f"changed the credits of {slug}"),
            "content": ("signoff.content-changed", f"changed {slug} (a correction)"),
        }[what]
        return _Flag(
            what,
            check,
            f"merge {self.where} took back what the branch it merged did: that branch "
            f"{done} since the branches parted, and the merge kept {slug} as it was before "
            "or as this branch had it, undoing a sign-off without one; restore the story as "
            "that branch left it (git "
            f"checkout <its commit> -- {store.STORIES_DIR}/{slug}, then commit), or have an "
            f"editor repair it (newsroom repair {slug} --to <stage> --reason ...)",
            after.line(what) if what in ("stage", "byline") else 1,
            file=store.CREDITS_FILE if what == "credits" else store.STORY_FILE,
            honest=theirs.value(what),
        )

    def _unsettled(self, slug: str, found: Iterable[Open], after: Version) -> tuple[Open, ...]:
        """The findings a merge holds of those its parents hold: one a parent saw made (its
        commit is in that parent's history) and no longer holds, where that parent leaves
        its field as the merge does, was settled there (an editor's repair, a revert)."""
        parents = [
            (self.entry.parents[0], self.state.stories.get(slug)),
            *zip(self.entry.parents[1:], (o.stories.get(slug) for o in self.others), strict=True),
        ]
        return tuple(
            o
            for o in dict.fromkeys(found)
            if not any(
                timeline is not None
                and o not in timeline.open
                and timeline.version.value(o.what) == after.value(o.what)
                and bool(o.commit)
                and self.run.repo.is_ancestor(o.commit, commit)
                for commit, timeline in parents
            )
        )

    def _their_checker(self, slug: str, after: Version) -> str:
        """Who signed off the fact-check on the branch a merge takes the stage from."""
        return next(
            o.stories[slug].fact_checker
            for o in self.others
            if slug in o.stories and o.stories[slug].version.stage == after.stage
        )

    def _carried(self, slug: str, fields: set[str], after: Version) -> tuple[Open, ...]:
        """The findings another branch still holds against the values a merge takes from
        it: a stage set by hand there stays a finding here, merged with other changes."""
        return tuple(
            o
            for other in self.others
            if slug in other.stories
            for o in other.stories[slug].open
            if o.what in fields and other.stories[slug].version.value(o.what) == after.value(o.what)
        )

    def _base_version(self, i: int, slug: str) -> Version:
        key = (self.merge_bases[i], slug)
        if key not in self._base_versions:
            self._base_versions[key] = self.run.files.version_now(self.base_files(i)[slug])
        return self._base_versions[key]

    @functools.cached_property
    def merge_bases(self) -> list[str]:
        """At a merge: for each parent after the first, the commit where its branch and the
        first parent's parted ('' when none). Each branch of an octopus merge parted from
        this one where it did: where all of them parted may be before a story existed."""
        first, *others = self.entry.parents
        return [self.run.repo.merge_base([first, other]) for other in others]

    def base_files(self, i: int) -> dict[str, dict[str, str]]:
        """At a merge: each story's files (by blob id) where the branch of its parent after
        the first, `i`, parted from this one."""
        base = self.merge_bases[i]
        if base not in self._base_trees:
            self._base_trees[base] = _stories_at(self.run.repo, base) if base else {}
        return self._base_trees[base]

    def base_roster(self, i: int) -> str:
        base = self.merge_bases[i]
        rows = self.run.repo.tree_files(base, CONFIG_FILE) if base else []
        return next((b for p, b in rows if p == CONFIG_FILE), "")

    def _hold(
        self,
        slug: str,
        before: _Timeline,
        after: _Timeline,
        flags: list[_Flag],
        signed: SignOff | None = None,
        carried: tuple[Open, ...] = (),
    ) -> None:
        """Keep the story's open findings that still stand, those a merge carries from the
        other branch, and add this commit's."""
        version = after.version
        repaired = signed is not None and signed.action is Action.REPAIR and not flags
        rechecked = (
            signed is not None
            and signed.action is Action.RETURN
            and not flags
            and signed.to_stage.order <= Stage.FACT_CHECK.order
        )
        if repaired:
            assert signed is not None
            self.run.repairs.append(
                Repair(
                    slug,
                    self.entry.sha,
                    self.entry.author.name,
                    self.entry.author.email,
                    signed.note,
                    signed.to_stage.value,
                )
            )
        kept = [
            o
            for o in before.open
            if not repaired
            and version.value(o.what) != o.honest
            and not (rechecked and o.what == "content")
        ]
        kept += [o for o in carried if not repaired and o not in kept]
        restored = {o.what for o in before.open if version.value(o.what) == o.honest}
        for flag in flags:
            if flag.what in restored and flag.revertible and flag.honest is BEFORE:
                continue  # back as it was: a revert (a flag naming its own value stands)
            standing = next((o for o in kept if o.what == flag.what), None)
            honest = standing.honest if standing else flag.honest
            if honest is BEFORE:
                honest = before.version.value(flag.what)
            if flag.what == "stage" and before.version is NEW_STORY:
                honest = Stage.DRAFT
            if not flag.revertible:
                honest = NEVER
            kept.append(Open(flag.what, honest, self._finding(slug, flag), self.entry.sha))
        self.state.stories[slug] = replace(after, open=tuple(kept))

    def _finding(self, slug: str, flag: _Flag) -> Finding:
        return Finding(
            story=slug,
            file=f"{store.STORIES_DIR}/{slug}/{flag.file}" if slug else flag.file,
            line=flag.line,
            column=1,
            check=flag.check,
            severity=Severity.ERROR,
            message=flag.message,
            excerpt=self.excerpt,
        )

    def _signed(
        self, slug: str, signed: SignOff, before: Version, after: Version, timeline: _Timeline
    ) -> list[_Flag]:
        """What is wrong with a sign-off of this story (the rules the commands refuse by)."""
        flags = []
        line = after.line("stage")
        where = self.where
        problem = rules.transition_problem(signed.action, signed.from_stage, signed.to_stage)
        if problem:
            skip = signed.action in (Action.ADVANCE, Action.PUBLISH)
            check = "signoff.skipped-stage" if skip else "signoff.stage-mismatch"
            flags.append(_Flag("stage", check, f"sign-off {where}: {problem}", line))
        old = _new_story_stage(before)
        if old != signed.from_stage:
            flags.append(
                _Flag(
                    "stage",
                    "signoff.stage-mismatch",
                    f"sign-off {where} says {slug} left {signed.from_stage.value}, but it was "
                    f"{old.value if old else 'at a stage newsroom cannot read'}",
                    line,
                )
            )
        if after.stage != signed.to_stage:
            flags.append(
                _Flag(
                    "stage",
                    "signoff.stage-mismatch",
                    f"sign-off {where} says {slug} went to {signed.to_stage.value}, but its "
                    f"story.md says {after.stage.value if after.stage else 'something else'}",
                    line,
                )
            )
        # the byline before and after, and as it stood before a change still open: leaving
        # it for the signing commit, or just before it, does not help
        held: list[str] = [
            name
            for o in timeline.open
            if o.what == "byline" and isinstance(o.honest, tuple)
            for name in o.honest
        ]
        byline = tuple(dict.fromkeys((*before.byline, *after.byline, *held)))
        found = self._objection(signed, byline, timeline.fact_checker)
        refused = (
            []
            if found is None
            else [_Flag("stage", found.check, f"sign-off {where}: {found.message}", line)]
        )
        refused += [replace(f, line=line) for f in self._signature("sign-off")]
        if signed.from_stage is signed.to_stage:
            refused = [_until_repaired(slug, signed.to_stage, f) for f in refused]
        elif _stage_held(timeline) is Stage.KILLED:  # a notice reads every kill and publish
            refused = [_until_repaired(slug, Stage.KILLED, f) for f in refused]
        flags += refused
        if signed.content_hash and signed.content_hash != after.content:
            flags.append(
                _Flag(
                    "content",
                    "signoff.content-changed",
                    f"sign-off {where} pins content that is not what the story's files hold "
                    "(headline, dek, body, captions, claims or images differ); return it to "
                    "fact-check so it is checked again",
                    line,
                    revertible=False,
                )
            )
        if (
            signed.action in (Action.ADVANCE, Action.PUBLISH)
            and signed.from_stage
            in (
                Stage.FACT_CHECK,
                Stage.PUBLISH,
            )
            and not signed.content_hash
        ):
            flags.append(
                _Flag(
                    "content",
                    "signoff.content-changed",
                    f"sign-off {where} pins no content hash; sign off with newsroom",
                    line,
                    revertible=False,
                )
            )
        return flags

    def _objection(
        self, signed: SignOff, byline: tuple[str, ...], fact_checker: str
    ) -> rules.Objection | None:
        if self.config is None:
            return rules.Objection(
                "signoff.wrong-role",
                f"there was no readable {CONFIG_FILE} before this commit, so no roster to allow it",
            )
        return rules.objection(
            self.config, self.person, self.entry.author.email, signed, byline, fact_checker
        )

    def _signature(self, what: str) -> list[_Flag]:
        if self.config is None or not self.config.require_signed:
            return []
        entry = self.entry
        if entry.signature == "N":
            return [
                _Flag(
                    "stage",
                    "signoff.unsigned",
                    f"{what} {self.where} is not signed, and require_signed is on; sign off "
                    "again with a signing key (git config user.signingkey)",
                )
            ]
        if entry.signature != "G" or entry.signer.lower() != entry.author.email.lower():
            signer = entry.signer or "a key not in the roster"
            return [
                _Flag(
                    "stage",
                    "signoff.bad-signature",
                    f"{what} {self.where} is signed by {signer}, not by the roster key of "
                    f"{entry.author.email}; the signer's name and email prove nothing without it",
                )
            ]
        return []

    def _frozen(
        self,
        slug: str,
        signed: SignOff | None,
        before: Version,
        after: Version,
        honest: Stage | None,
    ) -> list[_Flag]:
        """Byline and credits after the credit sign-off, content and corrections after the
        fact-check, judged by the stage the story honestly has (a stage edited by hand frees
        nothing). A correction frees them all but the corrections already made: it only adds
        its own note."""
        stage = _held_stage(before, honest)
        if signed is not None and signed.action is Action.CORRECT:
            return self._corrections(slug, stage, before, after, correcting=True)
        if signed is not None and signed.action is Action.REPAIR:
            return []
        flags = []
        killed = before.stage is Stage.KILLED  # no sign-off moves it on: only a repair
        recredit = (
            f"return the story to contributor-credit (newsroom return {slug} --to "
            "contributor-credit --reason ...) and change it there"
        )
        repair = f"have an editor repair it (newsroom repair {slug} --to killed --reason ...)"
        if stage in FROZEN_CREDITS and after.byline != before.byline:
            flags.append(
                _Flag(
                    "byline",
                    "signoff.byline-changed",
                    f"commit {self.where} changed the byline of {slug} after its contributor "
                    f"credit was signed off; revert it, or {repair if killed else recredit}",
                    after.line("byline"),
                )
            )
        if stage in FROZEN_CREDITS and after.credits != before.credits:
            flags.append(
                _Flag(
                    "credits",
                    "signoff.credits-changed",
                    f"commit {self.where} changed the credits of {slug} after they were signed "
                    f"off; revert it, or {repair if killed else recredit}",
                    file=store.CREDITS_FILE,
                )
            )
        flags += self._corrections(slug, stage, before, after, correcting=False)
        if stage in FROZEN_CONTENT and after.content != before.content:
            fix = (
                repair
                if killed
                else f"record it as a correction (newsroom correct {slug} --note ...)"
                if stage is Stage.PUBLISHED
                else f"return it to fact-check (newsroom return {slug} --to fact-check "
                "--reason ...)"
            )
            flags.append(
                _Flag(
                    "content",
                    "signoff.content-changed",
                    f"commit {self.where} changed {slug} after its fact-check sign-off "
                    f"(headline, dek, body, captions, claims or images); revert it, or {fix}",
                )
            )
        return flags

    def _verdicts(self, slug: str, before: Version, after: Version) -> list[_Flag]:
        """A verdict counts only when the checker it names made it, and may check."""
        flags: list[_Flag] = []
        if after.claims is before.claims:  # factcheck.yaml unchanged
            return flags
        still = {c.id for c in after.claims or ()}
        for cid, (status, checker, _) in before.verdicts.items():
            if cid in after.verdicts:
                continue  # kept or changed: judged below
            check = SignOff(slug, Action.ADVANCE, Stage.FACT_CHECK, Stage.PUBLISH)
            found = self._objection(check, after.byline, "")
            # removing a claim a fact-checker ruled on takes the verdict back as well
            did = (
                f"took back {checker}'s verdict '{status}' on claim '{cid}'"
                if cid in still
                else f"removed claim '{cid}', and with it {checker}'s verdict '{status}'"
            )
            if found is not None:
                flags.append(
                    _Flag(
                        f"verdict:{cid}",
                        "claim.forged-verdict",
                        f"commit {self.where} {did}: {found.message}; only a fact-checker "
                        "may; revert it",
                        file=store.FACTCHECK_FILE,
                    )
                )
        for cid, verdict in after.verdicts.items():
            if before.verdicts.get(cid) == verdict:
                continue
            status, checker, _ = verdict
            who = self.person
            problem = ""
            if who is None or checker not in (who.id, who.name):
                problem = (
                    f"it names {checker or 'no checker'}, but {self.entry.author.name} made it"
                )
            else:
                check = SignOff(slug, Action.ADVANCE, Stage.FACT_CHECK, Stage.PUBLISH)
                found = self._objection(check, after.byline, "")
                problem = found.message if found is not None else ""
            problem = problem or "; ".join(f.message for f in self._signature("the verdict"))
            if problem:
                flags.append(
                    _Flag(
                        f"verdict:{cid}",
                        "claim.forged-verdict",
                        f"commit {self.where} set claim '{cid}' to {status}: {problem}; a "
                        "verdict counts only when the fact-checker it names records it "
                        f"(newsroom claim verify {slug} {cid} ...); revert it",
                        file=store.FACTCHECK_FILE,
                    )
                )
        return flags

    def _approvals(self, slug: str, before: Version, after: Version) -> list[_Flag]:
        """An anonymous source's approval counts only when the editor it names made it."""
        flags: list[_Flag] = []
        if after.sources is before.sources:  # sources.yaml unchanged
            return flags
        for sid, approver in after.approvals.items():
            if before.approvals.get(sid) == approver:
                continue
            who = self.person
            problem = ""
            if who is None or approver not in (who.id, who.name):
                problem = f"it names {approver}, but {self.entry.author.name} made it"
            elif rules.EDITOR not in who.roles:
                problem = f"{who.name} is not an editor"
            problem = problem or "; ".join(f.message for f in self._signature("the approval"))
            if problem:
                flags.append(
                    _Flag(
                        f"approval:{sid}",
                        "source.forged-approval",
                        f"commit {self.where} approved the anonymity of source '{sid}': "
                        f"{problem}; only the editor named may approve it; revert it",
                        file=store.SOURCES_FILE,
                    )
                )
        return flags

    # --- the roster

    def _roster(self, blob: str) -> None:
        roster = self.state.roster
        for i, other in enumerate(self.others):  # a merge that takes another branch's
            if other.roster.blob == blob and roster.blob == self.base_roster(i):  # roster
                self.state.roster = other.roster  # where this branch kept it
                return
        if blob == roster.trusted:  # back as the trusted roster was written: a revert
            self.state.roster = replace(roster, blob=blob, open=())
            return
        problem = ""
        if roster.config is None and self.config is not None:  # onto a history with no roster
            roster = next(o.roster for o in self.others if o.roster.config is self.config)
        if roster.config is not None:
            who = self.person
            if who is None or rules.EDITOR not in who.roles:
                problem = (
                    f"{self.entry.author.name} <{self.entry.author.email}> is not an editor on "
                    "the roster before it"
                )
            problem = problem or "; ".join(f.message for f in self._signature("the change"))
        if not problem:
            config = self.run.files.config(blob)
            self.state.roster = _Roster(config or roster.config, blob, blob)
            return
        flag = _Flag(
            "roster",
            "roster.unauthorized-change",
            f"commit {self.where} changed {CONFIG_FILE} (the roster, roles, keys and checks): "
            f"{problem}; only an editor may change it, so newsroom keeps judging by the roster "
            "before it: revert it, or have an editor make the change",
            file=CONFIG_FILE,
        )
        opened = roster.open or (Open("roster", roster.trusted, self._finding("", flag)),)
        self.state.roster = replace(roster, blob=blob, open=opened)


def _until_repaired(slug: str, to: Stage, flag: _Flag) -> _Flag:
    """A sign-off that leaves the story at its stage (a correction, a repair in place), or
    one made of a killed story, by someone who may not: no later stage undoes it, as its
    note stays in the history the site and `history` read (a withdrawal notice gives the
    last kill's date and reason, and none without a publication before it), so it stands
    until an editor vouches for the story (at `to`)."""
    stage = to.value
    return replace(
        flag,
        message=f"{flag.message}; revert its edits, if any, and have an editor vouch for the "
        f"story (newsroom repair {slug} --to {stage} --reason ...)",
        revertible=False,
    )

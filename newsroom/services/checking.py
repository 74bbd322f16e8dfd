"""Running the check catalog over stories: choosing stories and gates, both cores, one pass.

The checks themselves (their rules compile hundreds of patterns) are imported only when a
story has to be checked: a run whose stories are all in the result cache never loads them."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom.errors import InputError, NewsroomError, UsageError
from newsroom.models import GATES, Finding, Stage
from newsroom.services import cache
from newsroom.store import stories as store
from newsroom.store.config import CONFIG_FILE, Config

if TYPE_CHECKING:
    from newsroom.checks.engine import Check
    from newsroom.services.workspace import Workspace

PARALLEL_FROM = 400  # stories; below this, one process is faster than starting a second


@dataclass(frozen=True)
class CheckRequest:
    slugs: tuple[str, ...] = ()
    stage: Stage | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    jobs: int = 0  # 0: as many as there are cores
    cache: bool = True  # reuse results of unchanged stories from .newsroom-cache/


@dataclass(frozen=True)
class StoryResult:
    slug: str
    stage: Stage | None
    findings: tuple[Finding, ...] = ()
    problem: str = ""  # a one-line input error that kept the story from being checked
    headline: str = ""
    byline: tuple[str, ...] = ()
    desk: str = ""


@dataclass(frozen=True)
class CheckReport:
    results: tuple[StoryResult, ...] = field(default_factory=tuple)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def problems(self) -> list[str]:
        return [r.problem for r in self.results if r.problem]

    @property
    def failed(self) -> bool:
        return any(f.blocks for f in self.findings)

    def exit_code(self) -> int:
        if self.problems:
            return 2
        return 1 if self.failed else 0


def select_checks(select: Sequence[str], ignore: Sequence[str]) -> tuple[Check, ...]:
    from newsroom.checks.catalog import CATALOG

    def matches(check_id: str, patterns: Sequence[str]) -> bool:
        return any(check_id == p or check_id.startswith(p.rstrip(".") + ".") for p in patterns)

    known = {c.id for c in CATALOG} | {c.id.split(".")[0] for c in CATALOG}
    for pattern in (*select, *ignore):
        if pattern.rstrip(".") not in known:
            raise UsageError(
                f"no check or check group '{pattern}'; see the check table in "
                "the README or 'newsroom check --help'"
            )
    return tuple(
        c for c in CATALOG if (not select or matches(c.id, select)) and not matches(c.id, ignore)
    )


def gates_for(stage: Stage, asked: Stage | None) -> tuple[frozenset[Stage], frozenset[Stage]]:
    """(blocking gates, to-do gates) for a story in `stage`, or as if leaving `asked`."""
    if asked is not None:
        return frozenset(g for g in GATES if g.order <= asked.order), frozenset()
    todo = frozenset({stage}) if stage in GATES else frozenset()
    return frozenset(stage.gates_before()), todo


class StoryChecker:
    """What checking any story of a run needs, made once for the run: the newsroom's
    config, the plan of checks and severities, the roster and the word lists."""

    def __init__(self, config: Config, checks: Iterable[Check], asked: Stage | None) -> None:
        from newsroom.checks import engine
        from newsroom.checks.lexicon import Lexicon
        from newsroom.checks.view import Roster

        self.config = config
        self.asked = asked
        self.plan = engine.Plan(checks, config.checks)
        self.roster = Roster.of(config)
        self.lexicon = Lexicon.with_changes(config.checks.words)

    def check(self, slug: str, files: dict[str, bytes] | None = None) -> StoryResult:
        """Every finding for one story, or the one-line reason it could not be read.
        `files`: the bytes of the story's files when they have already been read."""
        from newsroom.checks import engine
        from newsroom.checks.view import StoryView

        config = self.config
        try:
            story = store.read_story(config.root, slug, files)
        except NewsroomError as exc:
            return StoryResult(slug, None, problem=exc.one_line())
        view = StoryView(
            story, config.checks, self.roster, config.credit_roles, lexicon=self.lexicon
        )
        blocking, todo = gates_for(story.meta.stage, self.asked)
        return StoryResult(
            slug,
            story.meta.stage,
            tuple(engine.run(view, self.plan, blocking, todo)),
            headline=story.meta.headline,
            byline=story.meta.byline,
            desk=story.meta.desk,
        )


def check_story(
    config: Config,
    slug: str,
    checks: Iterable[Check],
    asked: Stage | None = None,
    files: dict[str, bytes] | None = None,
) -> StoryResult:
    """Every finding for one story, or the one-line reason it could not be read. `files`:
    the bytes of the story's files when they have already been read."""
    return StoryChecker(config, checks, asked).check(slug, files)


def resolve_targets(root: Path, targets: Iterable[str]) -> list[str]:
    """Slugs for command-line targets: slugs, story folders, or files inside them."""
    slugs: list[str] = []
    for target in targets:
        path = Path(target)
        if "/" not in target and not _exists(path):
            slugs.append(store.check_slug(target))
            continue
        # Normalized without following links, so a linked story folder is reported as a link.
        full = Path(os.path.abspath(path))
        base = Path(os.path.abspath(root / store.STORIES_DIR))
        if not full.is_relative_to(base) or full == base:
            raise UsageError(
                f"'{target}' is not a story: name a slug or a folder under {store.STORIES_DIR}/"
            )
        slug = full.relative_to(base).parts[0]
        slugs.append(store.check_slug(slug))
    if not slugs:
        raise UsageError("name the stories to check, or use --all")
    missing = [s for s in slugs if not (root / store.STORIES_DIR / s).is_dir()]
    if missing:
        raise InputError(store.no_story(root, missing[0]), path=f"{store.STORIES_DIR}/{missing[0]}")
    return list(dict.fromkeys(slugs))


def _exists(path: Path) -> bool:
    """Whether `path` names a file or folder; False for a name no file can have (longer
    than the file system allows), which is then refused as a slug."""
    try:
        return path.exists()
    except OSError:
        return False


def parse_stage(name: str) -> Stage | None:
    if not name:
        return None
    gates = [g.value for g in GATES]
    if name not in gates:
        raise UsageError(f"'{name}' is not a stage with a gate; use one of: {', '.join(gates)}")
    return Stage(name)


def choose(ws: Workspace, targets: Sequence[str], all_: bool, changed_since: str) -> list[str]:
    """The slugs a check run covers: named targets, --all, or what changed since a ref."""
    if targets and all_:
        raise UsageError("name stories or use --all, not both")
    if changed_since:
        changed = ws.repo().changed_paths(changed_since)
        touched = {
            p.split("/")[1]
            for p in changed
            if p.startswith(store.STORIES_DIR + "/") and p.count("/") >= 2
        }
        pool = resolve_targets(ws.root, targets) if targets else store.list_slugs(ws.root)
        if CONFIG_FILE in changed:  # what every story is checked against: all of them
            return pool
        return [s for s in pool if s in touched]
    if all_:
        return store.list_slugs(ws.root)
    return resolve_targets(ws.root, targets)


def refuse_unlike_the_commit(ws: Workspace, slugs: Sequence[str], cached: bool) -> None:
    """What CI's run of the checks must hold to: the text checked is what the commit holds
    (`_refuse_converted`), and, when the run uses the cache, its results are newsroom's own
    (`_refuse_committed_cache`)."""
    _refuse_converted(ws, slugs)
    if cached:
        _refuse_committed_cache(ws)


def _refuse_committed_cache(ws: Workspace) -> None:
    """Refuse to check beside a result cache that comes from the repository: an entry's key
    is made of what anyone can read (a story's bytes, newsroom.yaml, newsroom's own files),
    so a cache file a contributor commits could pass a story no check has read."""
    for path in ws.repo().tracked(cache.CACHE_DIR)[:1]:
        raise InputError(
            "this file of the check results' cache is committed to git, so a result in it "
            "could pass a story no check read; take the folder out of git (git rm -r "
            f"--cached {cache.CACHE_DIR}) and commit that",
            path=path,
        )


def _refuse_converted(ws: Workspace, slugs: Sequence[str]) -> None:
    """Refuse to check stories that git writes to the working tree as other text than the
    commit holds (a .gitattributes working-tree-encoding, ident or filter on a story's file
    or on newsroom.yaml): the checks would pass text that verify and the site never read."""
    names = store.STORY_FILES
    paths = [CONFIG_FILE, *(f"{store.STORIES_DIR}/{s}/{n}" for s in slugs for n in names)]
    for path, how in ws.repo().converted_on_checkout(paths).items():
        raise InputError(
            f"git checks this file out converted ({how}, set in .gitattributes), so the "
            "checks would read other text than the commit holds, which verify and the site "
            f"read; take the attribute out of .gitattributes ('git check-attr -a {path}' "
            "shows it) and commit that",
            path=path,
        )


@dataclass(frozen=True)
class _Job:
    """A check run in plain values, the same for every batch of its stories."""

    config: Config
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    asked: Stage | None
    request: str  # the cache's request key, "" when the cache is off

    def checker(self) -> StoryChecker:
        return StoryChecker(self.config, select_checks(self.select, self.ignore), self.asked)


Done = tuple[StoryResult, str | None]  # a result, and its new cache entry when it has one


def _check_batch(job: _Job, slugs: list[str], cached: dict[str, cache.Entry]) -> list[Done]:
    """The results of a batch of stories; `cached`: their entries in the cache. The checker
    is made at the first story the cache does not answer for."""
    checker = functools.cache(job.checker)
    return [_check_one(job, checker, slug, cached.get(slug)) for slug in slugs]


def _check_one(
    job: _Job, checker: Callable[[], StoryChecker], slug: str, entry: cache.Entry | None
) -> Done:
    """One story's result, from its cache `entry` when its files are unchanged; and, when
    it was checked afresh, its new cache entry (JSON text)."""
    request = job.request
    if not request:
        return checker().check(slug), None
    files: dict[str, bytes] = {}
    key = cache.story_key(job.config.root / store.STORIES_DIR / slug, request, files)
    if key is not None and entry is not None and entry.get("key") == key:
        try:
            c = cache.decode(slug, entry)
        except (KeyError, TypeError, ValueError):
            pass
        else:
            return (
                StoryResult(slug, c.stage, c.findings, c.problem, c.headline, c.byline, c.desk),
                None,
            )
    r = checker().check(slug, files)
    if key is None:
        return r, None
    return r, cache.entry_json(
        key, cache.Cached(r.stage, r.findings, r.problem, r.headline, r.byline, r.desk)
    )


def run_checks(config: Config, request: CheckRequest) -> CheckReport:
    """Check the requested stories, reusing cached results of unchanged ones; many stories
    are spread over all cores."""
    if request.select or request.ignore:
        select_checks(request.select, request.ignore)  # refuses an unknown check first
    slugs = list(request.slugs)
    key = ""
    cached: dict[str, cache.Entry] = {}
    if request.cache:
        # the checks a request runs follow from its --select and --ignore and the code,
        # which the key holds: so a warm run needs no check loaded to find its results
        asked = ("select", *request.select, "ignore", *request.ignore)
        key = cache.request_key(config.fingerprint, asked, request.stage)
        cached = cache.load(config.root, key)
    job = _Job(config, request.select, request.ignore, request.stage, key)
    jobs = request.jobs or os.cpu_count() or 1
    if jobs <= 1 or len(slugs) < PARALLEL_FROM:
        done = _check_batch(job, slugs, cached)
    else:
        done = _check_in_parallel(job, slugs, cached, jobs)
    if key:
        _remember(config.root, key, cached, done)
    return CheckReport(tuple(result for result, _ in done))


def _check_in_parallel(
    job: _Job, slugs: list[str], cached: dict[str, cache.Entry], jobs: int
) -> list[Done]:
    """The results of many stories, checked in batches by `jobs` worker processes.

    Each batch goes to a worker with the job and the batch's own cache entries as arguments
    (pickled: a few kilobytes for the job, next to a batch's findings coming back), and the
    worker builds its checker from them. Nothing is left in a global for the workers to find.
    """
    import multiprocessing

    size = max(20, min(100, len(slugs) // (jobs * 8)))  # small: no worker idles long at the end
    batches = [
        (batch, {s: cached[s] for s in batch if s in cached})
        for batch in (slugs[i : i + size] for i in range(0, len(slugs), size))
    ]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        parts = pool.starmap(functools.partial(_check_batch, job), batches, chunksize=1)
    return [d for part in parts for d in part]


def _remember(root: Path, key: str, cached: dict[str, cache.Entry], done: list[Done]) -> None:
    """Store the results that were computed this run (unchanged entries are already there)."""
    fresh = {r.slug: entry for r, entry in done if entry is not None}
    if fresh:
        kept = {
            s: e
            for s, e in cached.items()
            if s not in fresh and (root / store.STORIES_DIR / s).is_dir()
        }
        cache.save(root, key, kept, fresh)

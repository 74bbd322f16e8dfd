"""`newsroom build`: the site in `public/`, rendered from a commit, only what changed.

The site is a function of the commit (HEAD): the stories' files, newsroom.yaml and the
newsroom's own templates are read from git, not from the working tree, and every time on
a page is a sign-off commit's date. The same commit gives the same bytes. The one input
that is not in the commit is the clock, and it decides only one thing: whether a
published story's embargo has passed (a story under embargo is not on the site at all).

`public/.newsroom-build.json` (the manifest) remembers, for each story, a key made of its
folder's git tree id, its timeline, and the build's settings (newsroom's version, the
templates, newsroom.yaml, the site's address), with what the story gave (its kind and its
index entry), and the commit the timelines were read at. The next build reads only the
sign-off commits since that commit and renders only the stories whose key changed; the
index and the feeds are written again from the entries when anything changed. Stories to
render are spread over all cores in batches.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from newsroom import __version__
from newsroom.errors import InputError, UsageError
from newsroom.repo import BLOB_BATCH, Repo
from newsroom.site import feeds, timeline
from newsroom.site.feeds import Entry
from newsroom.site.page import Site
from newsroom.site.render import OWN_TEMPLATES, TEMPLATES, Renderer, Templates
from newsroom.site.work import Context, Job, Kind, Output, render_batch
from newsroom.store import stories as store
from newsroom.store import yamlio
from newsroom.store.config import CONFIG_FILE, read_config
from newsroom.store.media import inside_name

MANIFEST: Final = ".newsroom-build.json"
FORMAT: Final = 1
PARALLEL_FROM: Final = 64  # fewer stories than this render in this process
SITE_FILES: Final = ("index.html", "feed.xml", "feed.json")
ON_SITE: Final = (Kind.PAGE, Kind.NOTICE)  # the kinds of story that have a folder


@dataclass(frozen=True)
class Built:
    """What a build did."""

    out: Path
    commit: str
    on_site: int  # stories with a page
    undated: int  # of those, how many have no publication sign-off in the history read
    rendered: int  # stories rendered this time (pages and notices)
    removed: int  # stories whose output was taken away (unpublished, deleted)
    embargoed: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()  # one line each: the file and what is wrong


@dataclass
class _Manifest:
    commit: str = ""
    settings: str = ""
    timelines: dict[str, timeline.Timeline] = field(default_factory=dict)
    stories: dict[str, dict[str, Any]] = field(default_factory=dict)  # slug -> key, kind...


def build(root: Path, out: Path, base_url: str = "", now: datetime | None = None) -> Built:
    """Build the site of the newsroom at `root` into `out` from its HEAD commit."""
    repo = Repo(root)
    commit = repo.head()
    if not commit:
        raise UsageError("the newsroom has no commits yet; commit a story, then build")
    context = site_context(repo, commit, base_url, now or datetime.now(UTC))
    settings = _settings_key(context)
    old = _read_manifest(out)
    timelines = _timelines(repo, commit, old)
    trees = repo.folder_trees(commit, store.STORIES_DIR)
    new = _Manifest(commit, settings, timelines)
    todo = []
    for slug, tree in sorted(trees.items()):
        key = _story_key(settings, tree, timelines.get(slug))
        was = old.stories.get(slug)
        if was is not None and was["key"] == key and not _due(was, context.now):
            new.stories[slug] = was
        else:
            todo.append((slug, key))
    outputs = _render(repo, commit, context, [s for s, _ in todo], timelines)
    failed = next((o.problem for o in outputs if o.kind is Kind.FAILED), "")
    if failed:
        raise InputError(failed)
    keys = dict(todo)
    taken = 0
    for output in outputs:
        was_kind = old.stories.get(output.slug, {}).get("kind")
        taken += was_kind in ON_SITE and output.kind not in ON_SITE
        _write_story(repo, commit, out, output)
        new.stories[output.slug] = _record(keys[output.slug], output)
    gone = [s for s in old.stories if s not in trees]
    for slug in gone:
        shutil.rmtree(out / slug, ignore_errors=True)
    entries = _entries(new)
    if outputs or gone or old.settings != settings or _missing_site_files(out):
        _write_site_files(out, context, entries)
    _write_manifest(out, new)
    return Built(
        out,
        commit,
        len(entries),
        sum(1 for e in entries if e.published == feeds.EPOCH),
        sum(1 for o in outputs if o.kind in ON_SITE),
        len(gone) + taken,
        tuple(s for s, r in sorted(new.stories.items()) if r["kind"] == Kind.EMBARGOED),
        tuple(o.problem for o in outputs if o.kind is Kind.UNREADABLE),
    )


def site_context(
    repo: Repo, commit: str, base_url: str, now: datetime, working: bool = False
) -> Context:
    """What every page of a build is rendered with: newsroom.yaml and the newsroom's own
    templates at `commit` (or, `working`, as they are in the working folder, for a
    preview)."""
    if working:
        text = yamlio.read_text(repo.root / CONFIG_FILE, shown=CONFIG_FILE)
        own = {name: (repo.root / OWN_TEMPLATES / name) for name in TEMPLATES}
        found = {name: path.read_bytes() for name, path in own.items() if path.is_file()}
    else:
        text = repo.text_at(commit, CONFIG_FILE) or ""
        if not text:
            raise UsageError(f"{CONFIG_FILE} is not committed; commit it, then build")
        found = repo.files_at(commit, OWN_TEMPLATES, TEMPLATES)
    config = read_config(repo.root, text)
    templates = Templates.with_own(
        {name: _template_text(name, data) for name, data in found.items()}
    )
    return Context(config, Site(config.name, base_url or config.url), templates, now)


def _template_text(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            "is not UTF-8 text; save the template as UTF-8", path=f"{OWN_TEMPLATES}/{name}"
        ) from None


def _settings_key(context: Context) -> str:
    parts = (__version__, context.templates.fingerprint(), context.config.fingerprint)
    return _digest(*parts, context.site.name, context.site.base_url)


def _story_key(settings: str, tree: str, line: timeline.Timeline | None) -> str:
    return _digest(settings, tree, json.dumps(line.as_json() if line else None))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _due(record: Mapping[str, Any], now: datetime) -> bool:
    """Whether a story kept back by its embargo may now be on the site."""
    embargo = record.get("embargo")
    return record["kind"] == Kind.EMBARGOED and datetime.fromisoformat(str(embargo)) <= now


def _timelines(repo: Repo, commit: str, old: _Manifest) -> dict[str, timeline.Timeline]:
    """Every story's timeline at `commit`: the manifest's, plus the sign-offs since its
    commit when that is an ancestor (else read from the whole history)."""
    if old.commit and old.commit != commit and repo.is_ancestor(old.commit, commit):
        return timeline.fold(old.timelines, repo.signoff_log(f"{old.commit}..{commit}"))
    if old.commit == commit:
        return old.timelines
    return timeline.fold({}, repo.signoff_log(commit))


def _render(
    repo: Repo,
    commit: str,
    context: Context,
    slugs: Sequence[str],
    timelines: Mapping[str, timeline.Timeline],
) -> list[Output]:
    jobs = [
        Job(slug, files, timelines.get(slug, timeline.Timeline()))
        for slug, files in _story_files(repo, commit, slugs)
    ]
    workers = os.cpu_count() or 1
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return render_batch(context, jobs)
    import multiprocessing

    size = max(20, min(200, len(jobs) // (workers * 8)))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        parts = pool.map(functools.partial(render_batch, context), batches, chunksize=1)
    return [output for part in parts for output in part]


def _story_files(
    repo: Repo, commit: str, slugs: Sequence[str]
) -> Iterator[tuple[str, dict[str, bytes]]]:
    """Each story's files (story.md and the side files) at `commit`, read in batches."""
    wanted = set(slugs)
    listing = _listing(repo, commit, slugs)
    blobs: dict[str, list[tuple[str, str]]] = {s: [] for s in slugs}
    for path, blob in listing:
        _, slug, name = [*path.split("/", 2), "", ""][:3]  # (stories/.gitkeep has no name)
        if slug in wanted and name in store.STORY_FILES:
            blobs[slug].append((name, blob))
    with repo.blob_reader() as read:
        pending: list[tuple[str, str, str]] = []
        for slug in slugs:
            pending.extend((slug, name, blob) for name, blob in blobs[slug])
        found: dict[str, dict[str, bytes]] = {s: {} for s in slugs}
        for i in range(0, len(pending), BLOB_BATCH):
            batch = pending[i : i + BLOB_BATCH]
            for (slug, name, _), data in zip(batch, read([b for *_, b in batch]), strict=True):
                found[slug][name] = data
    yield from ((slug, found[slug]) for slug in slugs)


def _listing(repo: Repo, commit: str, slugs: Sequence[str]) -> list[tuple[str, str]]:
    """(path, blob id) of the files of `slugs` at `commit`: one listing of every story
    folder when many are asked for, else one per story."""
    if len(slugs) > 20:
        return repo.tree_files(commit, store.STORIES_DIR)
    return [row for slug in slugs for row in repo.tree_files(commit, f"stories/{slug}")]


def _write_story(repo: Repo, commit: str, out: Path, output: Output) -> None:
    folder = out / output.slug
    shutil.rmtree(folder, ignore_errors=True)
    if not output.files:
        return
    folder.mkdir(parents=True)
    for name, data in output.files.items():
        (folder / name).write_bytes(data)
    if output.media:
        media = repo.files_at(commit, f"{store.STORIES_DIR}/{output.slug}", output.media)
        for name, data in sorted(media.items()):
            target = folder / inside_name(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def _record(key: str, output: Output) -> dict[str, Any]:
    record: dict[str, Any] = {"key": key, "kind": output.kind.value}
    if output.entry is not None:
        record["entry"] = output.entry.as_json()
    if output.embargo:
        record["embargo"] = output.embargo
    return record


def _entries(manifest: _Manifest) -> list[Entry]:
    return feeds.newest_first(
        [Entry.from_json(r["entry"]) for r in manifest.stories.values() if r["kind"] == Kind.PAGE]
    )


def _missing_site_files(out: Path) -> bool:
    return not all((out / name).is_file() for name in SITE_FILES)


def _write_site_files(out: Path, context: Context, entries: Sequence[Entry]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    renderer = Renderer(context.templates, context.site)
    (out / "index.html").write_text(renderer.index(entries), encoding="utf-8")
    (out / "feed.xml").write_text(feeds.atom(entries, context.site), encoding="utf-8")
    (out / "feed.json").write_text(feeds.json_feed(entries, context.site), encoding="utf-8")


def check_output_folder(out: Path) -> None:
    """Refuse to build into a folder that holds files newsroom did not write."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; give --out a folder for the site")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise UsageError(
            f"{out} holds files that no 'newsroom build' wrote; empty it or give --out "
            "another folder (the site replaces what is there)"
        )


def _read_manifest(out: Path) -> _Manifest:
    check_output_folder(out)
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return _Manifest()
        lines = {s: timeline.Timeline.from_json(t) for s, t in data["timelines"].items()}
        return _Manifest(data["commit"], data["settings"], lines, data["stories"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return _Manifest()  # no manifest, or not one this version wrote: build it all


def _write_manifest(out: Path, manifest: _Manifest) -> None:
    data = {
        "format": FORMAT,
        "commit": manifest.commit,
        "settings": manifest.settings,
        "timelines": {s: t.as_json() for s, t in sorted(manifest.timelines.items())},
        "stories": dict(sorted(manifest.stories.items())),
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")

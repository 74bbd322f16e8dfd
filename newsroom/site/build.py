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

The manifest is deployed with the site (it is in the folder), so it names only the stories
the site shows: a story not on it (a draft, a spiked one) is remembered by a digest of its
slug and key, and one under embargo is not remembered (it is read again each build). A
build that will change the folder first marks the manifest unfinished; a build killed
part-way leaves that mark, and the next one renders everything again and takes away every
story folder of the site whose story is gone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
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
from newsroom.store.files import write_atomic
from newsroom.store.shape import shown

MANIFEST: Final = ".newsroom-build.json"
FORMAT: Final = 2
PARALLEL_FROM: Final = 64  # fewer stories than this render in this process
SITE_FILES: Final = ("index.html", "feed.xml", "feed.json")
INDEX_SIZE: Final = 100  # the newest stories on the front page; the archive has every one
# archive.d/YYYY-MM/index.html: each month's stories. Every name the build writes at the
# site's root holds a dot, which no slug can (store.SLUG_RE), so a story's folder and the
# build's own pages never share a name, and the build never removes a story's folder but
# by its slug.
ARCHIVE: Final = "archive.d"
ROOT_NAMES: Final = (*SITE_FILES, ARCHIVE, MANIFEST)
FORMER_ARCHIVE: Final = "archive"  # where builds before archive.d put the months
ON_SITE: Final = (Kind.PAGE, Kind.NOTICE)  # the kinds of story that have a folder
IMAGE_SUFFIXES: Final = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")


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
    stories: dict[str, dict[str, Any]] = field(default_factory=dict)  # on the site: key, kind...
    unlisted: set[str] = field(default_factory=set)  # the others: digests of slug and key
    unfinished: bool = False  # a build began to change the folder and did not end


def build(root: Path, out: Path, base_url: str = "", now: datetime | None = None) -> Built:
    """Build the site of the newsroom at `root` into `out` from its HEAD commit."""
    check_output_place(root, out, "--out")
    base_url = web_address(base_url)
    repo = Repo(root)
    commit = repo.head()
    if not commit:
        raise UsageError("the newsroom has no commits yet; commit a story, then build")
    context = site_context(repo, commit, base_url, now or datetime.now(UTC))
    settings = _settings_key(context)
    old = _read_manifest(out)
    timelines = _timelines(repo, commit, old)
    # (a folder whose name is no slug is no story: `check` names it; the site leaves it out)
    trees = {
        slug: tree
        for slug, tree in repo.folder_trees(commit, store.STORIES_DIR).items()
        if store.SLUG_RE.fullmatch(slug)
    }
    new = _Manifest(commit, settings, timelines)
    todo = _plan(old, new, trees)
    gone = [s for s in _story_folders(out, old) if s not in trees]
    if not (todo or gone or _changed(out, old, new)):
        return _built(out, old, new, [], gone)
    _write_manifest(out, _Manifest(stories=old.stories, unfinished=True))
    outputs = _render(repo, context, out, _folders(repo, commit, list(todo)), timelines)
    failed = next((o.problem for o in outputs if o.kind is Kind.FAILED), "")
    if failed:
        raise InputError(failed)
    _remember(new, todo, outputs)
    for slug in gone:
        shutil.rmtree(out / slug, ignore_errors=True)
    moved = _remove_former_archive(out, new)  # (its months are written again in archive.d)
    # (every month page lists the months and their counts: a change to them is on each)
    whole = old.settings != settings or moved or _missing_site_files(out)
    whole = whole or _month_counts(old) != _month_counts(new)
    if outputs or gone or whole:
        months = None if whole else _months(old, outputs, gone)
        _write_site_files(out, context, _entries(new), months)
    _write_manifest(out, new)
    return _built(out, old, new, outputs, gone)


def _changed(out: Path, old: _Manifest, new: _Manifest) -> bool:
    """Whether the folder needs writing though no story changed: another commit or other
    settings, a file of the site missing, or the month archive of an earlier build."""
    former = (out / FORMER_ARCHIVE).is_dir() and FORMER_ARCHIVE not in old.stories
    moved = (old.commit, old.settings) != (new.commit, new.settings)
    return moved or former or _missing_site_files(out)


def _story_folders(out: Path, old: _Manifest) -> list[str]:
    """The story folders the site holds: those the manifest names, and, after a build that
    did not end, every folder named like a story (it may have written any of them)."""
    named = set(old.stories)
    if old.unfinished and out.is_dir():
        named.update(p.name for p in out.iterdir() if store.SLUG_RE.fullmatch(p.name))
    return sorted(named)


def _remember(new: _Manifest, todo: Mapping[str, str], outputs: Sequence[Output]) -> None:
    """Keep in `new` what each rendered story gave: a story on the site by its slug, one
    that is not by a digest; a story under embargo, or one that cannot be read (the next
    build tries it again, and says it), not at all."""
    for o in outputs:
        if o.kind in ON_SITE:
            new.stories[o.slug] = _record(todo[o.slug], o)
        elif o.kind is Kind.NONE:
            new.unlisted.add(_digest(o.slug, todo[o.slug]))
    new.stories = dict(sorted(new.stories.items()))


def _plan(old: _Manifest, new: _Manifest, trees: Mapping[str, str]) -> dict[str, str]:
    """Keep in `new` every story whose key is the one it was built with; the others (slug
    -> their new key) are rendered."""
    todo = {}
    for slug, tree in sorted(trees.items()):
        key = _story_key(new.settings, tree, new.timelines.get(slug))
        was = old.stories.get(slug)
        if was is not None and was["key"] == key:
            new.stories[slug] = was
        elif _digest(slug, key) in old.unlisted:
            new.unlisted.add(_digest(slug, key))
        else:
            todo[slug] = key
    return todo


def _built(
    out: Path, old: _Manifest, new: _Manifest, outputs: Sequence[Output], gone: Sequence[str]
) -> Built:
    def kind(records: Mapping[str, Mapping[str, Any]], slug: str) -> str:
        return str(records.get(slug, {}).get("kind", ""))

    pages = [r for r in new.stories.values() if r["kind"] == Kind.PAGE]
    taken = [o for o in outputs if kind(old.stories, o.slug) in ON_SITE and o.kind not in ON_SITE]
    return Built(
        out,
        new.commit,
        len(pages),
        sum(1 for r in pages if r["entry"]["published"] == feeds.EPOCH),
        sum(1 for o in outputs if o.kind in ON_SITE),
        len(gone) + len(taken),
        tuple(o.slug for o in outputs if o.kind is Kind.EMBARGOED),
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
    """What a story's output is made from: the build's settings, its files (the folder's
    tree id) and its timeline."""
    if line is None:
        return _digest(settings, tree)
    said = (c for correction in line.corrections for c in (correction.date, correction.note))
    return _digest(settings, tree, line.published, line.killed, line.kill_note, *said)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


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
    context: Context,
    out: Path,
    folders: Mapping[str, Mapping[str, str]],
    timelines: Mapping[str, timeline.Timeline],
) -> list[Output]:
    """Render the stories whose folders (name -> blob id of each file) are given, and write
    their folders of the site: in worker processes, on every core, when there are many."""
    wanted = {s: {n: b for n, b in f.items() if _needed(n)} for s, f in folders.items()}
    data = _blobs(repo, {b for files in wanted.values() for b in files.values()})
    jobs = [
        Job(
            slug,
            {n: data[b] for n, b in files.items() if n in store.STORY_FILES},
            timelines.get(slug, timeline.Timeline()),
            {n: data[b] for n, b in files.items() if n not in store.STORY_FILES},
        )
        for slug, files in wanted.items()
    ]
    workers = os.cpu_count() or 1
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return render_batch(context, out, jobs)
    import multiprocessing

    size = max(20, min(200, len(jobs) // (workers * 8)))
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        parts = pool.map(functools.partial(render_batch, context, out), batches, chunksize=1)
    return [output for part in parts for output in part]


def _needed(name: str) -> bool:
    """Whether a file of a story folder is read to build its page: the story's files, and
    images (which the page may show; other files, such as a filed draft, are not)."""
    return name in store.STORY_FILES or name.lower().endswith(IMAGE_SUFFIXES)


def _folders(repo: Repo, commit: str, slugs: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each story folder's files at `commit`: name inside the folder -> blob id. One
    listing of every story folder when many are asked for, else one per story."""
    if len(slugs) > 20:
        listing = repo.tree_files(commit, store.STORIES_DIR)
    else:
        listing = [row for s in slugs for row in repo.tree_files(commit, f"stories/{s}")]
    folders: dict[str, dict[str, str]] = {s: {} for s in slugs}
    for path, blob in listing:
        _, slug, name = [*path.split("/", 2), "", ""][:3]  # (stories/.gitkeep has no name)
        if slug in folders and name:
            folders[slug][name] = blob
    return folders


def _blobs(repo: Repo, ids: Collection[str]) -> dict[str, bytes]:
    """The bytes of each blob, read in batches from one `git cat-file` (each once)."""
    unique = sorted(set(ids))
    found: dict[str, bytes] = {}
    if not unique:
        return found
    with repo.blob_reader() as read:
        for i in range(0, len(unique), BLOB_BATCH):
            batch = unique[i : i + BLOB_BATCH]
            found.update(zip(batch, read(batch), strict=True))
    return found


def _record(key: str, output: Output) -> dict[str, Any]:
    record: dict[str, Any] = {"key": key, "kind": output.kind.value}
    if output.entry is not None:
        record["entry"] = output.entry.as_json()
    return record


def _entries(manifest: _Manifest) -> list[Entry]:
    return feeds.newest_first(
        [Entry.from_json(r["entry"]) for r in manifest.stories.values() if r["kind"] == Kind.PAGE]
    )


def _remove_former_archive(out: Path, manifest: _Manifest) -> bool:
    """Take away the month archive an earlier build wrote at `archive/`, unless a story
    slugged 'archive' has its folder there now; whether there was one to take away."""
    folder = out / FORMER_ARCHIVE
    story = manifest.stories.get(FORMER_ARCHIVE, {})
    if story.get("kind") in ON_SITE or not folder.is_dir():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True


def _missing_site_files(out: Path) -> bool:
    return not all((out / name).is_file() for name in SITE_FILES)


def _month_counts(manifest: _Manifest) -> Counter[str]:
    """How many stories each month of the archive lists."""
    return Counter(
        str(r["entry"]["published"])[:7]
        for r in manifest.stories.values()
        if r["kind"] == Kind.PAGE
    )


def _months(old: _Manifest, outputs: Sequence[Output], gone: Sequence[str]) -> set[str]:
    """The months whose archive pages list a story that changed: where it is now, and
    where it was."""
    months = {o.entry.published[:7] for o in outputs if o.entry is not None}
    for slug in [*gone, *(o.slug for o in outputs)]:
        entry = old.stories.get(slug, {}).get("entry")
        if entry:
            months.add(str(entry["published"])[:7])
    return months


def _write_site_files(
    out: Path, context: Context, entries: Sequence[Entry], months: set[str] | None
) -> None:
    """The index (the newest stories, and the months of the archive), the archive pages of
    `months` (None: every month, and no other), and the feeds."""
    out.mkdir(parents=True, exist_ok=True)
    renderer = Renderer(context.templates, context.site)
    by_month: dict[str, list[Entry]] = {}
    for entry in entries:
        by_month.setdefault(entry.published[:7], []).append(entry)
    listed = [(m, len(by_month[m])) for m in sorted(by_month, reverse=True)]
    index = renderer.index(entries[:INDEX_SIZE], listed, "", "", ARCHIVE)
    (out / "index.html").write_text(index, encoding="utf-8")
    archive = out / ARCHIVE
    if months is None:
        shutil.rmtree(archive, ignore_errors=True)
    for month in sorted(by_month if months is None else months):
        folder = archive / month
        if month not in by_month:
            shutil.rmtree(folder, ignore_errors=True)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        page = renderer.index(by_month[month], listed, month, "../../", ARCHIVE)
        (folder / "index.html").write_text(page, encoding="utf-8")
    (out / "feed.xml").write_text(feeds.atom(entries, context.site), encoding="utf-8")
    (out / "feed.json").write_text(feeds.json_feed(entries, context.site), encoding="utf-8")


# A web address for --base-url: http(s), a host, then a path with no space or control
# character (what newsroom.yaml's `url` takes too).
_WEB_ADDRESS: Final = re.compile(r"https?://[^\s/\x00-\x1f\x7f]+(?:/[^\s\x00-\x1f\x7f]*)?")


def web_address(value: str) -> str:
    """--base-url as given, or a UsageError when it is not an http(s) address."""
    value = value.strip()
    if value and not _WEB_ADDRESS.fullmatch(value):
        raise UsageError(
            f"--base-url must be a web address starting with https:// (or http://), "
            f"not {shown(value)}"
        )
    return value


def check_output_place(root: Path, out: Path, option: str) -> None:
    """Refuse an output inside the newsroom's own files: its git folder, its stories, its
    configuration (the site or an export written there would be read as a story or break
    the repository)."""
    where = Path(os.path.abspath(out))
    top = Path(os.path.abspath(root))
    for own in (top / ".git", top / store.STORIES_DIR):
        if (
            where == own
            or where.is_relative_to(own)
            or where.resolve().is_relative_to(own.resolve())
        ):
            raise UsageError(
                f"{option} {out} is inside the newsroom's {own.name}/ folder; write it "
                "elsewhere (public/, or a folder outside the repository)"
            )
    if where == top / CONFIG_FILE:
        raise UsageError(f"{option} {out} is the newsroom's configuration; write it elsewhere")


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
            return _Manifest(unfinished=True)  # an earlier version's: build it all again
        lines = {s: timeline.Timeline.from_json(t) for s, t in data["timelines"].items()}
        # only story folders are ever removed: a name in the file that is no slug is dropped
        stories = {s: r for s, r in data["stories"].items() if store.SLUG_RE.fullmatch(s)}
        unlisted = {str(d) for d in data["unlisted"]}
        unfinished = data["unfinished"] is True
        return _Manifest(data["commit"], data["settings"], lines, stories, unlisted, unfinished)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        # no manifest, or one that cannot be read: build it all, as after a build killed
        # part-way (the folder is the build's own: check_output_folder said so)
        return _Manifest(unfinished=True)


def _write_manifest(out: Path, manifest: _Manifest) -> None:
    data = {
        "format": FORMAT,
        "commit": manifest.commit,
        "settings": manifest.settings,
        "timelines": {s: t.as_json() for s, t in sorted(manifest.timelines.items())},
        "stories": dict(sorted(manifest.stories.items())),
        "unlisted": sorted(manifest.unlisted),
        "unfinished": manifest.unfinished,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # keys in a fixed order
    write_atomic(out / MANIFEST, text + "\n")  # (never half a manifest: it is read first)

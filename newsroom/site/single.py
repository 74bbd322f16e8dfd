"""One story at a time: its ninjs export (from the last commit, as the site has it) and its
preview (from the working folder, at any stage, before anyone signs it off)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsroom.errors import InputError, Refused
from newsroom.models import Stage
from newsroom.repo import Repo
from newsroom.site import ninjs, timeline
from newsroom.site.build import site_context
from newsroom.site.page import story_page
from newsroom.site.render import Renderer
from newsroom.site.work import page_output, publishable
from newsroom.store import media
from newsroom.store import stories as store


def export_ninjs(root: Path, slug: str, base_url: str = "") -> dict[str, Any]:
    """Story `slug` as the last commit has it, as a ninjs news item: a published story
    (usable) whose embargo, if any, has passed, or one killed after publication
    (canceled)."""
    store.check_slug(slug)
    repo = Repo(root)
    commit = repo.head()
    folder = f"{store.STORIES_DIR}/{slug}"
    files = repo.files_at(commit, folder, store.STORY_FILES) if commit else {}
    if store.STORY_FILE not in files:
        raise InputError(
            f"no story '{slug}' in the last commit; see 'newsroom status' for the stories",
            path=folder,
        )
    now = datetime.now(UTC)
    context = site_context(repo, commit, base_url, now)
    story = store.story_from_files(slug, files, folder)
    line = timeline.fold({}, repo.signoff_log(commit, [folder])).get(slug, timeline.Timeline())
    stage = story.meta.stage
    if stage is not Stage.PUBLISHED and not (stage is Stage.KILLED and line.killed):
        raise Refused(
            f"{slug} is {stage.value}; only a published story is exported (see it before "
            f"publication with 'newsroom preview {slug}')"
        )
    embargo = story.meta.embargo
    if stage is Stage.PUBLISHED and embargo is not None and story.meta.held_at(now):
        raise Refused(
            f"{slug} is under embargo until {embargo.isoformat()}; like its page, it is "
            "exported once that time has passed"
        )
    page = story_page(story, line, context.config)
    if stage is Stage.KILLED:
        shown = line.as_filed(story.meta.corrections)
        return ninjs.item(page, context.site, shown.killed, shown.kill_note)
    return ninjs.item(page, context.site)


@dataclass(frozen=True)
class Preview:
    folder: Path  # the temporary folder holding the page (index.html) and its images
    slug: str
    stage: Stage


def preview(root: Path, slug: str) -> Preview:
    """Render story `slug` from the working folder, at whatever stage, into a new temporary
    folder: its page as it would be published now, with its images beside it."""
    story = store.read_story(root, slug)
    repo = Repo(root)
    commit = repo.head()
    context = site_context(repo, commit, "", datetime.now(UTC), working=True)
    folder = f"{store.STORIES_DIR}/{slug}"
    lines = timeline.fold({}, repo.signoff_log(commit, [folder])) if commit else {}
    output = page_output(
        context, Renderer(context.templates, context.site), story, lines.get(slug, _now())
    )
    out = Path(tempfile.mkdtemp(prefix=f"newsroom-preview-{slug}-"))
    page = out / slug
    page.mkdir()
    for name, data in output.files.items():
        (page / name).write_bytes(data)
    for name in output.media:
        image = media.read_file(story.folder, name)
        if image is not None and publishable(name, image, output.files):
            (page / name).parent.mkdir(parents=True, exist_ok=True)
            (page / name).write_bytes(image)
    return Preview(page, slug, story.meta.stage)


def _now() -> timeline.Timeline:
    """The times a story not yet published shows in its preview: now."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return timeline.Timeline(published=now)


def server(folder: Path) -> ThreadingHTTPServer:
    """A web server for `folder` on this machine only (127.0.0.1), on a free port; the
    caller runs it (`serve_forever`) and closes it. Requests are not logged."""

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    httpd.daemon_threads = True  # Ctrl-C stops it at once: a browser's open connection
    httpd.block_on_close = False  # (kept alive for its next request) is not waited for
    return httpd

"""One story's output: what a build's worker makes of a story folder's files.

A worker gets the files' bytes (from git), the story's timeline and the build's context,
reads the story through the story-file module and renders its page, its article.json and
its entry in the index and feeds, or its withdrawal notice. Batches of stories go to
worker processes with the context as an argument; nothing is left in a global.
"""

from __future__ import annotations

import enum
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from newsroom.errors import InputError, NewsroomError
from newsroom.models import Stage, Story
from newsroom.site import structured
from newsroom.site.feeds import Entry
from newsroom.site.page import Site, story_page
from newsroom.site.render import Renderer, Templates
from newsroom.site.timeline import Timeline
from newsroom.store import stories as store
from newsroom.store.config import Config
from newsroom.store.media import image_kind, inside_name


class Kind(enum.StrEnum):
    PAGE = "page"  # published: a page, its article.json and an entry in the index and feeds
    NOTICE = "notice"  # killed after publication: its page says it was withdrawn
    EMBARGOED = "embargoed"  # published, but its embargo has not passed: nothing yet
    NONE = "none"  # not published: nothing on the site
    UNREADABLE = "unreadable"  # its files cannot be read: nothing, and the build says so
    FAILED = "failed"  # a template failed: the build stops and says why


@dataclass(frozen=True)
class Context:
    config: Config
    site: Site
    templates: Templates
    now: datetime


@dataclass(frozen=True)
class Job:
    slug: str
    files: Mapping[str, bytes]  # story.md and the side files, by name
    timeline: Timeline
    images: Mapping[str, bytes] = field(default_factory=dict)  # the folder's image files


@dataclass(frozen=True)
class Output:
    slug: str
    kind: Kind
    files: Mapping[str, bytes] = field(default_factory=dict)  # name beside the page -> bytes
    media: tuple[str, ...] = ()  # the story folder's image files the page shows
    entry: Entry | None = None
    problem: str = ""


def render_batch(context: Context, out: Path, jobs: Sequence[Job]) -> list[Output]:
    """Render `jobs` and write each story's folder under `out` (in place of what it held);
    what each gave, without its files (they are written)."""
    renderer = Renderer(context.templates, context.site)
    outputs = []
    for job in jobs:
        try:
            output = render(context, renderer, job)
        except NewsroomError as exc:  # a template's fault, not the story's: say it once
            return [Output(job.slug, Kind.FAILED, problem=exc.one_line())]
        write(out / job.slug, output, job.images)
        outputs.append(replace(output, files={}))
    return outputs


def write(folder: Path, output: Output, images: Mapping[str, bytes]) -> None:
    """A story's folder of the site: its page and data, and the images the page shows."""
    shutil.rmtree(folder, ignore_errors=True)
    if not output.files:
        return
    folder.mkdir(parents=True)
    for name, content in output.files.items():
        (folder / name).write_bytes(content)
    for name in output.media:
        image = images.get(name)
        if image is not None and publishable(name, image, output.files):
            target = folder / inside_name(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(image)


def publishable(name: str, image: bytes, page_files: Mapping[str, bytes]) -> bool:
    """Whether a story's image file goes beside its page: an image by its bytes (JPEG, PNG,
    GIF, WebP, TIFF, AVIF, HEIC: never an SVG or HTML, which could carry script onto the
    site's origin), and not named as one of the page's own files."""
    return bool(image_kind(image)) and inside_name(name) not in page_files


def render(context: Context, renderer: Renderer, job: Job) -> Output:
    """What the site holds for one story."""
    try:
        story = store.story_from_files(job.slug, job.files, f"{store.STORIES_DIR}/{job.slug}")
    except InputError as exc:
        return Output(job.slug, Kind.UNREADABLE, problem=exc.one_line())
    stage = story.meta.stage
    if stage is Stage.KILLED and job.timeline.killed:
        line = job.timeline.as_filed(story.meta.corrections)  # dated after what it shows
        html = renderer.notice(story.meta.headline, line.killed, line.kill_note)
        return Output(job.slug, Kind.NOTICE, {"index.html": html.encode()})
    if stage is not Stage.PUBLISHED:
        return Output(job.slug, Kind.NONE)
    if story.meta.held_at(context.now):
        return Output(job.slug, Kind.EMBARGOED)
    return page_output(context, renderer, story, job.timeline)


def page_output(context: Context, renderer: Renderer, story: Story, timeline: Timeline) -> Output:
    page = story_page(story, timeline, context.config)
    files = {
        "index.html": renderer.story(page).encode(),
        "article.json": structured.document(structured.graph(page, context.site)).encode(),
    }
    media = tuple(f.src for f in page.figures)
    return Output(story.slug, Kind.PAGE, files, media, Entry.of(page))

"""A story's images: the file copied into its `media/` folder and the entry in its front
matter's `images` list (file, caption, credit, alt, rights), committed together.

A file is taken as an image by its bytes, never its name: a JPEG, PNG, GIF, WebP, TIFF, AVIF
or HEIC signature, with the header that format cannot be without. What a fact-check covers
(the captions and each image's bytes: `store.content`) is not changed once the fact-check is
signed off; an image's credit, alt text and rights are not part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from newsroom.errors import Refused, UsageError
from newsroom.models import Image, Story
from newsroom.repo import Repo, StoryCommit
from newsroom.services.contributions import (
    Edited,
    load_story,
    refuse_after_fact_check,
    rel,
    set_entry,
    spaced,
)
from newsroom.services.workspace import Workspace
from newsroom.store import media
from newsroom.store import stories as store
from newsroom.store.files import what_is_there
from newsroom.store.shape import did_you_mean

MEDIA: Final = "media"
MAX_BYTES: Final = 20 * 1024 * 1024
FORMATS: Final = "JPEG, PNG, GIF, WebP, TIFF, AVIF or HEIC"
_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
MAX_NAME: Final = 100  # characters of a file name in media/


@dataclass(frozen=True)
class NewImage:
    path: Path  # the file to copy in
    caption: str
    credit: str
    alt: str
    rights: str = ""
    name: str = ""  # its name in media/ (default: the file's own)


@dataclass(frozen=True)
class ImageChange:
    """What `image edit` changes: each field given (None: left as it is)."""

    image: str
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    rights: str | None = None


@dataclass(frozen=True)
class ImageRow:
    image: Image
    present: bool  # the file is in the story folder
    size: int


_SAME_FORMAT: Final = {"jpeg": "jpg", "jpe": "jpg", "tiff": "tif", "heif": "heic"}


def _media_name(given: str, source: Path, kind: str) -> str:
    """The image's name in media/: the name given (or the file's), its extension the one
    its bytes have; refused unless plain letters, digits, dots, hyphens and underscores."""
    name = given or source.name
    if not _NAME.fullmatch(name) or ".." in name:
        raise UsageError(
            f"'{name}' cannot be a file name in media/; give --name with letters, digits, "
            "'.', '-' and '_', e.g. --name seawall-crews.jpg"
        )
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if _SAME_FORMAT.get(ext.lower(), ext.lower()) != kind:
        name = f"{stem}.{kind}"
    if len(name) > MAX_NAME:
        raise UsageError(
            f"'{name[:40]}...' is {len(name)} characters, too long a file name for media/ "
            f"(at most {MAX_NAME}); give a shorter --name, e.g. --name seawall-crews.jpg"
        )
    if store.kept_by_windows(name):
        raise UsageError(
            f"'{name}' is a name Windows keeps for a device, so no clone there could check "
            "the image out; give another --name, e.g. --name seawall-crews.jpg"
        )
    return name


def _read_image(path: Path) -> bytes:
    shown = str(path)
    if not path.is_file():
        raise UsageError(f"{what_is_there(path)}; give the image file to add", path=shown)
    if path.stat().st_size > MAX_BYTES:
        raise UsageError(
            f"larger than {MAX_BYTES // 1024 // 1024} MB; add a smaller copy "
            "(the newsroom's repository keeps every version)",
            path=shown,
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {shown} ({exc.strerror}); make it readable") from None
    if not media.image_kind(data):
        raise UsageError(
            f"not an image: its bytes are not {FORMATS} (whatever its name says); "
            "export it as JPEG or PNG and add that",
            path=shown,
        )
    return data


def _refuse_uncommitted(repo: Repo, slug: str, *paths: str) -> None:
    dirty = repo.dirty(list(paths))
    if dirty:
        files = " ".join(dirty)
        raise Refused(
            f"{files} {'has' if len(dirty) == 1 else 'have'} uncommitted edits; an image is "
            f"committed with story.md as it is in git: commit them first (git commit {files}) "
            f"or discard them (git checkout -- {files}); nothing was changed"
        )


def _commit(
    ws: Workspace,
    repo: Repo,
    story: Story,
    what: str,
    change: Callable[[list[dict[str, Any]]], None],
    extra: dict[str, str] | None = None,
    removed: tuple[str, ...] = (),
) -> Edited:
    """story.md with `change` made to its `images` list (and the files `extra` written and
    `removed` deleted, by path inside the newsroom), as one journaled commit by the acting
    person."""
    _, author = ws.acting_person(repo)
    slug = story.slug
    story_md = rel(slug, store.STORY_FILE)
    text = store.with_front_list(story.raw, "images", change, story_md)
    message = f"newsroom: {slug} {what}\n\nNewsroom-Story: {slug}\n"
    texts = {story_md: text, **(extra or {})}
    plan = StoryCommit(rel(slug), texts, message, author, removed=removed)
    return Edited(slug, story_md, repo.commit_story(plan))


def add_image(ws: Workspace, slug: str, new: NewImage) -> tuple[Edited, str]:
    """Copy an image into the story's media/ and list it with its caption, credit and alt
    text; returns the commit and the image's `file` as listed."""
    repo = ws.writer()
    story = load_story(ws, slug)
    data = _read_image(new.path)
    name = _media_name(new.name, new.path, media.image_kind(data))
    inside = f"{MEDIA}/{name}"
    for field, value in (("--caption", new.caption), ("--credit", new.credit), ("--alt", new.alt)):
        if not value.strip():
            raise UsageError(f"give the image's {field.lstrip('-')} ({field} '...')")
    if any(media.inside_name(i.file) == inside for i in story.meta.images):
        raise UsageError(
            f"'{inside}' is already one of the story's images; change it with 'newsroom "
            f"image {slug} edit {name} ...', or give this one another --name",
            path=rel(slug, store.STORY_FILE),
        )
    if (story.folder / inside).exists() or (story.folder / inside).is_symlink():
        raise UsageError(
            "a file of that name is already there; give the new image another --name",
            path=rel(slug, inside),
        )
    same = _same_but_case(story.folder / MEDIA, name)
    if same:  # one file on macOS and Windows, where names ignore case
        raise UsageError(
            f"'{MEDIA}/{same}' is already there, a name that differs only in case; give the "
            "new image another --name",
            path=rel(slug, inside),
        )
    refuse_after_fact_check(story, "images")
    _refuse_uncommitted(repo, slug, rel(slug, store.STORY_FILE), rel(slug, inside))
    entry = {"file": inside, "caption": spaced("the image's caption", new.caption)}
    entry["credit"] = spaced("the image's credit", new.credit)
    entry["alt"] = spaced("the image's alt", new.alt)
    if new.rights.strip():
        entry["rights"] = spaced("the image's rights", new.rights)
    copy = {rel(slug, inside): data.decode("utf-8", "surrogateescape")}
    edited = _commit(
        ws, repo, story, f"image add {inside}", lambda items: items.append(entry), copy
    )
    return edited, inside


def _same_but_case(folder: Path, name: str) -> str:
    """The name of a file in `folder` that is `name` but for case, or ""."""
    if not folder.is_dir():
        return ""
    wanted = name.lower()
    return next((f.name for f in folder.iterdir() if f.name.lower() == wanted), "")


def _image_index(story: Story, image: str) -> int:
    """The index of the image named `image`: its `file`, that file's name in media/, or its
    number in the list (1 for the first), which an image with no file is named by."""
    for i, listed in enumerate(story.meta.images):
        inside = media.inside_name(listed.file)
        if image in (listed.file, inside, inside.rpartition("/")[2]):
            return i
    if image.isdigit() and 1 <= int(image) <= len(story.meta.images):
        return int(image) - 1  # its place in the list: an image with no file has no name
    files = [i.file for i in story.meta.images]
    names = [*files, *(f.rpartition("/")[2] for f in files)]
    raise UsageError(
        f"'{image}' is not one of the images of '{story.slug}' ({', '.join(files) or 'none yet'})"
        + did_you_mean(image, names, f"'newsroom image {story.slug} list' shows them"),
        path=rel(story.slug, store.STORY_FILE),
    )


def edit_image(ws: Workspace, slug: str, change: ImageChange) -> Edited:
    """Change an image's caption, credit, alt text or rights note."""
    repo = ws.writer()
    story = load_story(ws, slug)
    index = _image_index(story, change.image)
    given = {
        k: spaced(f"the image's {k}", v)
        for k, v in (
            ("caption", change.caption),
            ("credit", change.credit),
            ("alt", change.alt),
            ("rights", change.rights),
        )
        if v is not None
    }
    if not given:
        raise UsageError(
            "say what to change: --caption, --credit, --alt or --rights (see 'newsroom image "
            f"{slug} edit --help')"
        )
    old = story.meta.images[index]
    if "caption" in given and given["caption"] != old.caption:
        refuse_after_fact_check(story, "captions")
    _refuse_uncommitted(repo, slug, rel(slug, store.STORY_FILE))

    def edit(items: list[dict[str, Any]]) -> None:
        merged = {**items[index], **given}
        kept = {k: v for k, v in merged.items() if v != "" or k in ("caption", "alt")}
        set_entry(items, index, kept)

    return _commit(ws, repo, story, f"image edit {old.file}", edit)


def remove_image(ws: Workspace, slug: str, image: str) -> Edited:
    """Take an image off the story, and its file out of the story folder in the same commit
    (history keeps it), unless another of the story's images shows the same file."""
    repo = ws.writer()
    story = load_story(ws, slug)
    index = _image_index(story, image)
    refuse_after_fact_check(story, "images")
    removed = _file_to_remove(repo, story, index)
    _refuse_uncommitted(repo, slug, rel(slug, store.STORY_FILE), *removed)

    def drop(items: list[dict[str, Any]]) -> None:
        del items[index]

    what = f"image remove {story.meta.images[index].file}"
    return _commit(ws, repo, story, what, drop, removed=removed)


def _file_to_remove(repo: Repo, story: Story, index: int) -> tuple[str, ...]:
    """The file of image `index` (by path inside the newsroom), when it is in media/ (where
    `image add` puts it), committed, and no other of the story's images shows it; otherwise
    none."""
    inside = media.inside_name(story.meta.images[index].file)
    others = {media.inside_name(i.file) for n, i in enumerate(story.meta.images) if n != index}
    if not inside.startswith(f"{MEDIA}/") or inside in others:
        return ()
    path = rel(story.slug, inside)
    return (path,) if path in repo.committed_files([path]) else ()


def images(ws: Workspace, slug: str) -> list[ImageRow]:
    story = load_story(ws, slug)
    rows = []
    for image in story.meta.images:
        data = media.read_file(story.folder, image.file)
        rows.append(ImageRow(image, data is not None, len(data or b"")))
    return rows

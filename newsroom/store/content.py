"""What a fact-check covers, as one hash: the headline, dek, body, captions, claims and the
bytes of every image. The fact-check sign-off pins it (in its commit and in story.md's
`fact_checked`), `publish` and the checks compare the files with it, and `verify` recomputes
it from history at every commit, so all of them agree on whether a story changed."""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Mapping, Sequence
from pathlib import Path

from newsroom.models import Claim, Story, StoryMeta


def content_hash(story: Story) -> str:
    """A hash of what a fact-check covers: headline, dek, body, captions, claims, and the
    bytes of each image, read from the story's folder."""
    return content_digest(story.meta, story.body, story.claims, image_ids(story))


def content_digest(
    meta: StoryMeta, body: str, claims: Sequence[Claim], images: Mapping[str, str]
) -> str:
    """`content_hash` from its parts; `images` maps an image's file (as written in the front
    matter) to the git blob id of its bytes ('' when there is no such file)."""
    content = {
        "headline": meta.headline,
        "dek": meta.dek,
        "body": body.strip(),
        "captions": [image.caption for image in meta.images],
        "images": [[image.file, images.get(image.file, "")] for image in meta.images],
        "claims": [[c.id, c.text, list(c.sources), c.status.value, c.checked_by] for c in claims],
    }
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def image_ids(story: Story) -> dict[str, str]:
    """The git blob id of each image file's bytes, as git would name them, so that a hash
    taken from the files on disk and one taken from history agree."""
    found = {}
    for image in story.meta.images:
        path = image_path(story.folder, image.file)
        try:
            data = path.read_bytes() if path is not None and path.is_file() else None
        except OSError:
            data = None
        found[image.file] = blob_id(data) if data is not None else ""
    return found


def image_path(folder: Path, file: str) -> Path | None:
    """Where an image of the story folder stands; None for a path that leaves the folder."""
    name = in_folder(file)
    return folder / name if name else None


def in_folder(file: str) -> str:
    """An image's path relative to its story folder, normalised ('' when it leaves it)."""
    name = posixpath.normpath(file.replace("\\", "/")) if file.strip() else ""
    if not name or name.startswith(("/", "../")) or name in (".", ".."):
        return ""
    return name


def blob_id(data: bytes) -> str:
    """The id git gives a file with these bytes (`git hash-object`)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()

"""What a fact-check covers, as one hash: the headline, dek, body, captions, claims and the
bytes of every image. The fact-check sign-off pins it (in its commit and in story.md's
`fact_checked`), `publish` and the checks compare the files with it, and `verify` recomputes
it from history at every commit, so all of them agree on whether a story changed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from newsroom.models import Claim, Story, StoryMeta
from newsroom.store import media


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
    return {image.file: media.file_id(story.folder, image.file) for image in story.meta.images}

"""Checks on images: caption, credit, alt text and file (IPTC Photo Metadata, AP captions)."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check
from newsroom.checks.text import normalize, similar, title_cased_words
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage

D, E, W = Stage.DRAFT, Severity.ERROR, Severity.WARNING
IPTC: Final = "IPTC Photo Metadata Standard"
AP_CAPTIONS: Final = "AP Stylebook, 'captions'"


def _at(view: StoryView, i: int, key: str, detail: str = "", excerpt: str = "") -> Hit:
    """A problem at `key` of the story's i-th image; its file fills the message's ID."""
    line, col = view.field_text_column("images", i, key)
    # an image with no file is named by its place in the list, as 'image edit' takes it
    fill = (("ID", view.meta.images[i].file.strip() or str(i + 1)),)
    return Hit(line, col, excerpt=excerpt, detail=detail, fill=fill)


def _image(**fields: str) -> Example:
    """An example story with one image that has these fields."""
    return Example(front={"images": [fields]})


def _no_image(key: str) -> Example:
    return Example(
        front={
            "images": [
                {
                    "file": "media/crews.jpg",
                    "caption": "Crews survey the eastern waterfront in Harbor City, "
                    "Fla., on Tuesday.",
                    "credit": "Jane Roe/Reuters",
                    "alt": "Workers in hard hats beside a sea wall.",
                    key: "",
                }
            ]
        }
    )


@check(
    "captions.missing",
    D,
    E,
    "give every image a caption ('newsroom image SLUG edit ID --caption \"...\"')",
    IPTC + " 'Description (caption)'",
    passing=[Example()],
    failing=[_no_image("caption")],
)
def caption_missing(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        if not image.caption.strip():
            yield _at(view, i, "caption" if _has(view, i, "caption") else "file")


def _has(view: StoryView, i: int, key: str) -> bool:
    """Whether the story's i-th image writes `key` (a finding then points at it)."""
    return ("images", i, key) in view.story.story_file.positions


@check(
    "captions.credit-missing",
    D,
    E,
    "give every image a credit naming the creator and the supplier ('newsroom image SLUG "
    'edit ID --credit "Jane Roe/Reuters"\')',
    IPTC + " 'Creator' and 'Credit Line'",
    passing=[Example()],
    failing=[_no_image("credit")],
)
def credit_missing(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        if not image.credit.strip():
            yield _at(view, i, "credit" if _has(view, i, "credit") else "file")


@check(
    "captions.alt-missing",
    D,
    E,
    "give every image alt text describing what it shows, for readers who cannot see it "
    "('newsroom image SLUG edit ID --alt \"...\"')",
    IPTC + " 'Alt Text (Accessibility)'; WCAG 1.1.1",
    passing=[Example()],
    failing=[_no_image("alt")],
)
def alt_missing(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        if not image.alt.strip():
            yield _at(view, i, "alt" if _has(view, i, "alt") else "file")


_PLATFORM: Final = re.compile(
    r"^(?:via |from |courtesy of )?(?:facebook|twitter|x|instagram|tiktok|youtube|snapchat|"
    r"threads|bluesky|reddit|linkedin|whatsapp|telegram|google(?: images)?|social media|"
    r"the internet|internet|web|online|file|stock)(?: photo| image)?$",
    re.I,
)


@check(
    "captions.credit-format",
    D,
    E,
    "credit the creator and the supplier, e.g. 'Jane Roe/Reuters' or 'Courtesy of Jane Roe'",
    IPTC + " 'Creator' and 'Credit Line'; AP Stylebook, 'photo credits'",
    passing=[
        Example(),
        _image(
            file="media/crews.png",
            caption="Crews survey the waterfront in Harbor City on Tuesday.",
            credit="Courtesy of the Harbor City Public Works Department",
            alt="Workers beside a wall.",
        ),
    ],
    failing=[
        _image(
            file="media/crews.png",
            caption="Crews survey the waterfront in Harbor City on Tuesday.",
            credit=credit,
            alt="Workers beside a wall.",
        )
        for credit in ("Facebook", "Getty", "via Instagram")
    ],
)
def credit_format(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        credit = image.credit.strip()
        if not credit:
            continue  # captions.credit-missing says so
        if _PLATFORM.match(credit):
            detail = (
                f"'{credit}' is where the image was found, not who made it; find the "
                "creator and the owner of the rights and credit them, e.g. 'Jane Roe/Facebook'"
            )
        elif "/" not in credit and not credit.lower().startswith(("courtesy", "handout")):
            detail = (
                f"'{credit}' names one party; credit the creator and the supplier, "
                "e.g. 'Jane Roe/Reuters' (or 'Courtesy of ...' for a handout)"
            )
        else:
            continue
        yield _at(view, i, "credit", detail, credit)


@check(
    "captions.file-missing",
    D,
    E,
    "put the image file in the story folder (e.g. media/photo.jpg) or fix the path",
    "house style",
    passing=[Example()],
    failing=[
        _image(
            file="media/nowhere.jpg",
            caption="Crews survey the waterfront in Harbor City on Tuesday.",
            credit="Jane Roe/Reuters",
            alt="Workers beside a wall.",
        ),
        _image(
            file="../../newsroom.yaml",
            caption="Crews survey the waterfront in Harbor City on Tuesday.",
            credit="Jane Roe/Reuters",
            alt="Workers beside a wall.",
        ),
    ],
)
def file_missing(view: StoryView) -> Iterator[Hit]:
    folder = view.story.folder
    links: dict[str, bool] = {}
    for i, image in enumerate(view.meta.images):
        if not image.file.strip():
            yield _at(
                view,
                i,
                "file",
                "the image has no 'file'; name its file in the story folder, e.g. media/photo.jpg",
            )
            continue
        where = _where(folder, image.file, links)
        if where == "outside":
            yield _at(
                view,
                i,
                "file",
                f"'{image.file}' is outside the story folder; copy the "
                "image into the story's media/ folder",
                image.file,
            )
        elif where == "missing":
            yield _at(
                view,
                i,
                "file",
                f"'{image.file}' does not exist in the story folder; add the file or fix the path",
                image.file,
            )


def _where(folder: Path, name: str, links: dict[str, bool]) -> str:
    """'inside' for an image file in the story folder, 'missing' when there is no such file,
    'outside' when the name (a '..', an absolute path, a link) leads out of the folder.

    `links` remembers which folders on the way (e.g. media/) are links, across a story's images.
    """
    parts = name.replace("\\", "/").split("/")
    if not parts[0] or ".." in parts or ":" in parts[0]:
        return "outside"
    path = os.path.join(folder, name)
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        mode = 0
    linked = stat.S_ISLNK(mode)
    for n in range(1, len(parts)):
        sub = os.path.join(folder, *parts[:n])
        if sub not in links:
            links[sub] = os.path.islink(sub)
        linked = linked or links[sub]
    if linked:
        if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder)):
            return "outside"
        return "inside" if os.path.isfile(path) else "missing"
    return "inside" if stat.S_ISREG(mode) else "missing"


@check(
    "captions.repeats-headline",
    D,
    E,
    "write a caption that describes the image instead of repeating the headline",
    AP_CAPTIONS,
    passing=[Example()],
    failing=[
        _image(
            file="media/crews.jpg",
            caption="Harbor City Council approves $42 million seawall",
            credit="Jane Roe/Reuters",
            alt="Workers beside a wall.",
        )
    ],
)
def caption_repeats_headline(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        if image.caption.strip() and similar(image.caption, view.meta.headline):
            yield _at(view, i, "caption", excerpt=image.caption)


@check(
    "captions.duplicate",
    D,
    E,
    "give each image its own caption",
    AP_CAPTIONS,
    passing=[Example()],
    failing=[
        Example(
            front={
                "images": [
                    {
                        "file": "media/crews.jpg",
                        "caption": "Crews survey the waterfront in Harbor City on Tuesday.",
                        "credit": "Jane Roe/Reuters",
                        "alt": "Workers beside a wall.",
                    },
                    {
                        "file": "media/crews.jpg",
                        "caption": "Crews survey the waterfront in Harbor City on Tuesday.",
                        "credit": "Jane Roe/Reuters",
                        "alt": "A wall at dusk.",
                    },
                ]
            }
        )
    ],
)
def caption_duplicate(view: StoryView) -> Iterator[Hit]:
    seen: dict[str, int] = {}
    for i, image in enumerate(view.meta.images):
        key = normalize(image.caption)
        if not key:
            continue
        if key in seen:
            yield _at(
                view,
                i,
                "caption",
                f"same caption as image {seen[key] + 1}; give each image its own caption",
                image.caption,
            )
        else:
            seen[key] = i


_PLACE: Final = re.compile(
    r"\b(?:in|at|near|outside|inside|along|across|on|off|over|from|beside|"
    r"behind|above|below|under|through|around)\s+(?:the\s+)?[A-Z]"
)


@check(
    "captions.not-a-sentence",
    D,
    E,
    "write the caption as a sentence that says who or what is shown and where, "
    "not a title-case label",
    AP_CAPTIONS,
    passing=[Example()],
    failing=[
        _image(
            file="media/crews.jpg",
            caption="Construction Crews At The Eastern Waterfront",
            credit="Jane Roe/Reuters",
            alt="Workers beside a wall.",
        ),
        _image(
            file="media/crews.jpg",
            caption="Crews at work.",
            credit="Jane Roe/Reuters",
            alt="Workers beside a wall.",
        ),
    ],
)
def caption_sentence(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        text = image.caption.strip()
        if not text:
            continue
        reason = _caption_problem(text)
        if reason:
            yield _at(view, i, "caption", reason, text)


def _caption_problem(text: str) -> str:
    caps, lows, _ = title_cased_words(text)
    if lows == 0 and caps >= 2:
        return (
            "the caption is a title-case label; write a sentence saying who or what is "
            "shown and where"
        )
    if len(text.split()) < 5 or not text.rstrip("'\"’”)").endswith((".", "!", "?")):
        return (
            "the caption is not a full sentence; say who or what is shown and where, "
            "ending with a period"
        )
    if not _PLACE.search(text):
        return "the caption does not say where; name the place (e.g. 'in Harbor City')"
    return ""


@check(
    "captions.alt-is-caption",
    D,
    E,
    "write alt text that describes what the image shows; it must not copy the caption",
    "W3C WAI images tutorial; " + IPTC + " 'Alt Text (Accessibility)'",
    passing=[Example()],
    failing=[
        _image(
            file="media/crews.jpg",
            caption="Crews survey the waterfront in Harbor City on Tuesday.",
            credit="Jane Roe/Reuters",
            alt="Crews survey the waterfront in Harbor City on Tuesday.",
        )
    ],
)
def alt_is_caption(view: StoryView) -> Iterator[Hit]:
    for i, image in enumerate(view.meta.images):
        if image.alt.strip() and image.caption.strip() and similar(image.alt, image.caption):
            yield _at(view, i, "alt", excerpt=image.alt)


CHECKS: Final[tuple[Check, ...]] = (
    caption_missing,
    credit_missing,
    credit_format,
    alt_missing,
    file_missing,
    caption_repeats_headline,
    caption_duplicate,
    caption_sentence,
    alt_is_caption,
)

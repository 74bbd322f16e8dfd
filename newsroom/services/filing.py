"""`newsroom file`: a story filed from the document a reporter has, committed as a draft.

The document is read (newsroom/filing) before anything is written; then the story folder
(story.md, the side files, the images the document carries in media/, the original as it
was and the filing report in source/) is one journaled commit by the acting person, as
`new` makes one, and the draft gate runs on what was filed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from newsroom.checks.lexicon import Lexicon
from newsroom.errors import InputError, UsageError
from newsroom.filing.draft import Draft, Picture
from newsroom.filing.reader import read_draft
from newsroom.models import Finding, Stage
from newsroom.repo import StoryCommit
from newsroom.services.checking import check_story, select_checks
from newsroom.services.contributions import byline_names
from newsroom.services.contributions import one_line as refuse_line_breaks
from newsroom.services.stories import refuse_taken
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store import yamlio

SOURCE_DIR: Final = "source"
REPORT_FILE: Final = "filing-report.md"
_SAFE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}")
_EXTENSIONS: Final = {b"\xff\xd8\xff": "jpg", b"\x89PNG": "png", b"GIF8": "gif", b"RIFF": "webp"}
SLUG_WORDS: Final = 8


@dataclass(frozen=True)
class FileRequest:
    path: Path
    slug: str = ""
    desk: str = ""
    byline: tuple[str, ...] = ()
    type: str = "news"


@dataclass(frozen=True)
class Placement:
    """One row of the filing report: a part of the document and where it went."""

    part: str
    went: str
    text: str


@dataclass(frozen=True)
class Filed:
    slug: str
    folder: Path
    draft: Draft
    byline: tuple[str, ...]  # as written in story.md (roster ids where a name matched)
    byline_found: bool  # the document named its authors (else: --byline, or the filer)
    rows: tuple[Placement, ...]  # what went where, each piece stripped listed
    summary: tuple[Placement, ...]  # the same, the stripped pieces grouped by kind
    report: str  # the report's path in the story folder
    findings: tuple[Finding, ...]


def file_story(ws: Workspace, request: FileRequest) -> Filed:
    """Read the document, then write and commit the story folder as one draft commit."""
    if request.slug:
        store.check_new_slug(request.slug)
    byline_names(ws, request.byline)
    refuse_line_breaks("the desk", request.desk)
    refuse_line_breaks("the type", request.type)
    document, draft = read_draft(request.path, Lexicon.with_changes(ws.config.checks.words))
    slug = store.check_new_slug(request.slug or slug_for(draft.headline))
    repo = ws.writer()
    person, author = ws.acting_person(repo)
    folder = ws.root / store.STORIES_DIR / slug
    rel = f"{store.STORIES_DIR}/{slug}"
    refuse_taken(ws, repo, slug, "pick another slug with --slug")
    found = tuple(_entry(ws, name) for name in draft.byline)
    byline = request.byline or found or (person.id,)
    media, media_data = _media_files(draft.images, str(request.path))
    original = f"{SOURCE_DIR}/{_original_name(request.path)}"
    rows = _rows(draft, byline, media, original)
    if not found and not request.byline:
        rows = tuple(
            replace(r, text=f"{r.text} (the document names no author: you)")
            if r.part == "byline"
            else r
            for r in rows
        )
    files: dict[str, str | bytes] = {
        store.STORY_FILE: _story_text(draft, byline, request, media),
        store.CREDITS_FILE: _credits(ws, draft, byline),
        store.SOURCES_FILE: "sources: []\n",
        store.FACTCHECK_FILE: "claims: []\n",
        original: document.data,
        f"{SOURCE_DIR}/{REPORT_FILE}": report_text(slug, request.path.name, draft, rows),
        **media_data,
    }
    if not media_data:
        files["media/.gitkeep"] = ""
    try:
        _read_back(slug, rel, files)
    except InputError as exc:  # (a document too long for a story, say)
        raise InputError(
            f"cannot be filed as a story: {exc.message}", path=str(request.path)
        ) from None
    message = (
        f"newsroom: new story {slug} (filed from {_one_line(request.path.name)})\n\n"
        f"Newsroom-Story: {slug}"
    )
    texts = {f"{rel}/{name}": _as_text(data) for name, data in files.items()}
    repo.commit_story(StoryCommit(rel, texts, message, author))
    result = check_story(ws.config, slug, select_checks((), ()), Stage.DRAFT)
    return Filed(
        slug,
        folder,
        draft,
        byline,
        bool(found),
        rows,
        summarized(rows),
        f"{rel}/{SOURCE_DIR}/{REPORT_FILE}",
        result.findings,
    )


def slug_for(headline: str) -> str:
    """A slug from the headline's first words: 'Harbor City approves $42 million seawall'
    is harbor-city-approves-42-million-seawall."""
    plain = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain.replace("'", "").replace("’", ""))
    slug = ""
    for word in words[:SLUG_WORDS]:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    if len(slug) < 3:
        raise UsageError(
            "cannot make a slug from the headline; give one with --slug, e.g. "
            "--slug harbor-seawall-vote"
        )
    return slug


def _entry(ws: Workspace, name: str) -> str:
    """A byline name as `new` writes it: the roster id of the person of that name."""
    person = ws.config.person(name) or next(
        (p for p in ws.config.people if p.name.casefold() == name.casefold()), None
    )
    return person.id if person else name


def _story_text(
    draft: Draft, byline: tuple[str, ...], request: FileRequest, files: dict[int, str]
) -> str:
    front: dict[str, Any] = {
        "headline": draft.headline,
        "dek": draft.dek,
        "byline": list(byline),
        "desk": request.desk,
        "stage": Stage.DRAFT.value,
        "type": request.type,
        "dateline": draft.dateline,
        "images": [
            {"file": files.get(id(p), ""), "caption": p.caption, "credit": p.credit, "alt": p.alt}
            for p in draft.images
        ],
    }
    body = "\n\n".join(draft.paragraphs) or "TK: write the story here."
    return store.new_story_text(front, body + "\n")


def _credits(ws: Workspace, draft: Draft, byline: tuple[str, ...]) -> str:
    people = [{"name": _name(ws, b), "role": "reporting", **_person(ws, b)} for b in byline]
    named = {p["name"].casefold() for p in people}
    for c in draft.contributors:
        if c.name.casefold() not in named:
            named.add(c.name.casefold())
            person = _person(ws, _entry(ws, c.name))
            people.append({"name": c.name, "role": c.role, **person, "note": c.line})
    return yamlio.dump({"contributors": people})


def _name(ws: Workspace, entry: str) -> str:
    person = ws.config.person(entry)
    return person.name if person else entry


def _person(ws: Workspace, entry: str) -> dict[str, str]:
    person = ws.config.person(entry)
    return {"person": person.id} if person else {}


def _media_files(
    images: tuple[Picture, ...], shown: str
) -> tuple[dict[int, str], dict[str, bytes]]:
    """A file in media/ for each image whose bytes the document carries: (the file of each
    picture, by its id; the bytes of each file). Pictures with the same bytes share one
    file, and no two names differ only in case (one file on macOS and Windows)."""
    files: dict[int, str] = {}
    data: dict[str, bytes] = {}
    by_bytes: dict[bytes, str] = {}
    taken: set[str] = set()
    for n, picture in enumerate(images, start=1):
        if picture.data is None:
            continue
        if picture.data in by_bytes:
            files[id(picture)] = by_bytes[picture.data]
            continue
        ext = next((e for magic, e in _EXTENSIONS.items() if picture.data.startswith(magic)), "img")
        safe = _SAFE_NAME.fullmatch(picture.name) and not store.kept_by_windows(picture.name)
        stem = Path(picture.name).stem if safe else ""
        name = f"media/{stem or f'image-{n}'}.{ext}"
        while name.lower() in taken:
            name = f"media/{stem or 'image'}-{n}.{ext}"
            n += 1
        taken.add(name.lower())
        files[id(picture)] = by_bytes[picture.data] = name
        data[name] = picture.data
    total = sum(map(len, data.values()))
    if total > MAX_MEDIA:
        raise InputError(
            f"carries {total / 1_048_576:.0f} MB of images, more than "
            f"a story keeps ({MAX_MEDIA // 1_048_576} MB); save the page without its images, "
            "file it, and add the photos it needs with 'newsroom image <slug> add'",
            path=shown,
        )
    return files, data


MAX_MEDIA: Final = 60 * 1_048_576  # the images one filed document may bring


def _original_name(path: Path) -> str:
    """The name the original keeps in source/: its own, unless that is no safe file name
    (nor one Windows keeps for a device, 'con.txt') or the report's ('filing-report.md'),
    which the report would write over."""
    name = path.name
    mine = (
        _SAFE_NAME.fullmatch(name)
        and name.casefold() != REPORT_FILE.casefold()
        and not store.kept_by_windows(name)
    )
    return name if mine else f"original{path.suffix.lower()}"


def _rows(
    draft: Draft, byline: tuple[str, ...], files: dict[int, str], original: str
) -> tuple[Placement, ...]:
    rows = [
        Placement("original", original, "kept as it was"),
        Placement("headline", "story.md: headline", draft.headline),
        Placement("dek", "story.md: dek", draft.dek or "(none found)"),
        Placement("byline", "story.md: byline", ", ".join(byline)),
        Placement("dateline", "story.md: dateline", draft.dateline or "(none found)"),
        Placement("body", "story.md: body", f"{len(draft.paragraphs)} paragraphs"),
    ]
    for n, p in enumerate(draft.images, start=1):
        where = files.get(id(p)) or (f"not in the document: {p.source}" if p.source else "no file")
        rows.append(Placement(f"image {n}", f"story.md: images ({where})", _image_words(p)))
    for c in draft.contributors:
        rows.append(Placement("contributor", f"credits.yaml: {c.name} ({c.role})", c.line))
    for what, text in draft.stripped:
        rows.append(Placement("stripped", what, text))
    for what, text in draft.unplaced:
        rows.append(Placement("not placed", what, text))
    return tuple(rows)


def summarized(rows: tuple[Placement, ...], examples: int = 3) -> tuple[Placement, ...]:
    """The rows with the pieces left out grouped by kind (how many, and the first few), and
    the images past the first few counted in one row."""
    out: list[Placement] = []
    groups: dict[tuple[str, str], list[str]] = {}
    images = [row for row in rows if row.part.startswith("image ")]
    later = {id(row) for row in images[examples:]}
    for row in rows:
        if row.part.startswith("image ") and len(images) > 2 * examples:
            if row is images[examples]:
                more = f"{len(images) - examples} more images"
                out.append(
                    Placement(
                        f"images {examples + 1}-{len(images)}",
                        "story.md: images",
                        f"{more}, each listed in the report",
                    )
                )
            if id(row) in later:
                continue
        if row.part in ("stripped", "not placed"):
            if (row.part, row.went) not in groups:
                out.append(Placement(row.part, row.went, ""))
            groups.setdefault((row.part, row.went), []).append(row.text)
        else:
            out.append(row)
    for i, row in enumerate(out):
        texts = groups.get((row.part, row.went))
        if texts:
            more = f" (and {len(texts) - examples} more)" if len(texts) > examples else ""
            went = f"{row.went} ({len(texts)})" if len(texts) > 1 else row.went
            shown = " / ".join(_one_line(t)[:80] for t in texts[:examples])
            out[i] = Placement(row.part, went, shown + more)
    return tuple(out)


def _image_words(p: Picture) -> str:
    return (
        "; ".join(
            f"{label}: {value}"
            for label, value in (("caption", p.caption), ("credit", p.credit), ("alt", p.alt))
            if value
        )
        or "(no caption, credit or alt text)"
    )


def report_text(slug: str, name: str, draft: Draft, rows: tuple[Placement, ...]) -> str:
    """The filing report kept beside the original: what went where, what was left out."""
    lines = [
        f"# Filing report: {slug}",
        "",
        f"Filed from `{_one_line(name)}`, kept unchanged in this folder.",
        *(f"{note}." for note in draft.notes),
        "",
        "| part | went to | text |",
        "|---|---|---|",
    ]
    lines += [f"| {_cell(r.part)} | {_cell(r.went)} | {_cell(r.text)} |" for r in rows]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return _one_line(text).replace("\\", "\\\\").replace("|", "\\|")


def _one_line(text: str) -> str:
    """A file's name for a commit message: on one line, with a control character (an
    escape that would play on the terminal of whoever reads the log) shown as its escape."""
    flat = " ".join(text.split())
    if flat.isprintable():
        return flat
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in flat)


def _as_text(data: str | bytes) -> str:
    """A file's bytes as the text the journal carries: bytes that are not UTF-8 (an image,
    a Word file) ride as surrogate escapes and are written back byte for byte."""
    return data if isinstance(data, str) else data.decode("utf-8", "surrogateescape")


def _read_back(slug: str, rel: str, files: dict[str, str | bytes]) -> None:
    """Read the story as every command will, before anything is committed."""
    data = {
        name: value.encode("utf-8") if isinstance(value, str) else value
        for name, value in files.items()
        if name in store.STORY_FILES
    }
    store.story_from_files(slug, data, rel)

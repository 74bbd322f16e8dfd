"""A published story as IPTC ninjs 2.1 (News in JSON), the format wire partners and
newsroom systems such as Superdesk exchange (https://iptc.org/standards/ninjs/).

The story's main text goes in `bodies` as the same sanitized HTML as its page, its images
as `associations` of type picture (caption, credit, a rendition at the site's address), its
corrections as `descriptions` with role "correction". A story killed after publication is
pubstatus "canceled", a version newer than every one sent before it (a partner keeps the
newest version of an item), dated when it was withdrawn, with why (a description of role
"withdrawal") and without the text and pictures it withdraws.
"""

from __future__ import annotations

import re
from typing import Any, Final

from newsroom.site.page import Site, StoryPage

VERSION: Final = "2.1"
SCHEMA: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
MEDIA_TYPES: Final = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml",
}  # fmt: skip

Json = dict[str, Any]


def item(page: StoryPage, site: Site, killed: str = "", kill_note: str = "") -> Json:
    """The ninjs news item of a story's page; `killed`: when it was withdrawn, and why."""
    shown = not killed  # a withdrawn story's text and pictures are not handed on
    withdrawal = [{"role": "withdrawal", "value": f"{killed}: {kill_note}"}] if killed else []
    doc: Json = {
        "uri": uri(site, page.slug),
        "standard": {"name": "ninjs", "version": VERSION, "schema": SCHEMA},
        "type": "text",
        "representationtype": "full" if shown else "partial",
        "profile": "text-photo" if page.figures and shown else "text-only",
        "version": str(1 + len(page.corrections) + (0 if shown else 1)),
        "firstcreated": page.published,
        "versioncreated": page.modified if shown else killed,
        "pubstatus": "usable" if shown else "canceled",
        "slugline": page.slug,
        "headlines": [{"role": "main", "value": page.headline}],
        "descriptions": [
            *([{"role": "summary", "value": page.dek}] if page.dek else []),
            *({"role": "correction", "value": f"{c.date}: {c.note}"} for c in page.corrections),
            *withdrawal,
        ],
        "bodies": [_body(page)] if shown else [],
        "by": ", ".join(a.name for a in page.authors),
        "located": page.dateline,
        "genres": [{"name": page.type}],
        "copyrightholder": site.name,
        "associations": [_picture(page, site, i) for i in range(len(page.figures)) if shown],
    }
    if page.embargo:
        doc["embargoed"] = page.embargo
    return {k: v for k, v in doc.items() if v not in ("", [])}


def uri(site: Site, slug: str) -> str:
    """The item's global id: its page's address, or a URN for a site without one."""
    if site.base_url:
        return site.url(f"{slug}/")
    name = re.sub(r"[^a-z0-9]+", "-", site.name.lower()).strip("-") or "newsroom"
    return f"urn:newsroom:{name}:{slug}"


def _body(page: StoryPage) -> Json:
    text = re.sub(r"<[^>]+>", " ", page.body_html)
    return {
        "role": "main",
        "contenttype": "text/html",
        "value": page.body_html,
        "wordcount": len(text.split()),
        "charcount": len(" ".join(text.split())),
    }


def _picture(page: StoryPage, site: Site, i: int) -> Json:
    figure = page.figures[i]
    suffix = re.search(r"\.[A-Za-z0-9]+$", figure.src)
    rendition: Json = {"name": "original"}
    if site.base_url:  # ninjs wants a full address; without the site's, the file is named only
        rendition["href"] = site.url(f"{page.slug}/{figure.src}")
    else:
        rendition["title"] = figure.src
    kind = MEDIA_TYPES.get(suffix.group(0).lower() if suffix else "")
    if kind:
        rendition["contenttype"] = kind
    picture: Json = {
        "name": f"picture{i + 1}",
        "uri": f"{uri(site, page.slug)}#picture{i + 1}",
        "type": "picture",
        "headlines": [{"role": "alt", "value": figure.alt}] if figure.alt else [],
        "descriptions": [{"role": "caption", "value": figure.caption}] if figure.caption else [],
        "by": figure.credit,
        "renditions": [rendition],
    }
    return {k: v for k, v in picture.items() if v not in ("", [])}

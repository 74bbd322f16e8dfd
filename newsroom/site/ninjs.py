"""A published story as IPTC ninjs 2.1 (News in JSON), the format wire partners and
newsroom systems such as Superdesk exchange (https://iptc.org/standards/ninjs/).

The story's main text goes in `bodies` as the same sanitized HTML as its page, its images
as `associations` of type picture (caption, credit, a rendition at the site's address), its
corrections as `descriptions` with role "correction", and a killed story as
pubstatus "canceled".
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


def item(page: StoryPage, site: Site, killed: bool = False) -> Json:
    """The ninjs news item of a story's page."""
    doc: Json = {
        "uri": uri(site, page.slug),
        "standard": {"name": "ninjs", "version": VERSION, "schema": SCHEMA},
        "type": "text",
        "representationtype": "full",
        "profile": "text-photo" if page.figures else "text-only",
        "version": str(1 + len(page.corrections)),
        "firstcreated": page.published,
        "versioncreated": page.modified,
        "pubstatus": "canceled" if killed else "usable",
        "slugline": page.slug,
        "headlines": [{"role": "main", "value": page.headline}],
        "descriptions": [
            *([{"role": "summary", "value": page.dek}] if page.dek else []),
            *({"role": "correction", "value": f"{c.date}: {c.note}"} for c in page.corrections),
        ],
        "bodies": [_body(page)],
        "by": ", ".join(a.name for a in page.authors),
        "located": page.dateline,
        "genres": [{"name": page.type}],
        "copyrightholder": site.name,
        "associations": [_picture(page, site, i) for i in range(len(page.figures))],
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

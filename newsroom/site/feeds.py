"""The index's entries, the Atom feed (RFC 4287) and the JSON Feed (version 1.1).

An entry is what the index and the feeds say of a published story; the build keeps each
story's entry in its manifest, so a build that renders one story writes the index and the
feeds again without reading the others.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

from newsroom.site.page import Site, StoryPage

FEED_SIZE: Final = 50  # the newest stories a feed carries (the index lists them all)
ATOM: Final = "http://www.w3.org/2005/Atom"
JSON_FEED: Final = "https://jsonfeed.org/version/1.1"
# The time a feed gives when it has none: a feed with no entry, or a story published with no
# publication sign-off in the history it was built from (a shallow clone; the build says so).
EPOCH: Final = "1970-01-01T00:00:00Z"


@dataclass(frozen=True)
class Entry:
    slug: str
    headline: str
    dek: str
    published: str
    modified: str
    authors: tuple[tuple[str, str], ...]  # (name, url)
    image: str = ""  # the first figure's path beside the page

    @classmethod
    def of(cls, page: StoryPage) -> Entry:
        return cls(
            page.slug,
            page.headline,
            page.dek,
            page.published or EPOCH,
            page.modified or EPOCH,
            tuple((a.name, a.url) for a in page.authors),
            page.figures[0].src if page.figures else "",
        )

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        authors = tuple((str(n), str(u)) for n, u in data["authors"])
        return cls(**{**data, "authors": authors})


def newest_first(entries: Sequence[Entry]) -> list[Entry]:
    """Newest publication first; stories published in the same second by slug."""
    by_slug = sorted(entries, key=lambda e: e.slug)
    return sorted(by_slug, key=lambda e: e.published, reverse=True)


def story_id(site: Site, slug: str) -> str:
    """A story's permanent id in the feeds: its address, or a URN for a site without one."""
    return site.url(f"{slug}/") if site.base_url else f"urn:newsroom:story:{slug}"


def atom(entries: Sequence[Entry], site: Site) -> str:
    """The Atom feed of the newest `FEED_SIZE` of `entries` (given newest first)."""
    shown = list(entries[:FEED_SIZE])
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if site.base_url:
        feed.set("{http://www.w3.org/XML/1998/namespace}base", site.url(""))
    _text(feed, "id", site.url("") if site.base_url else f"urn:newsroom:site:{_name(site)}")
    _text(feed, "title", site.name)
    _text(feed, "updated", max((e.modified for e in shown), default=EPOCH))
    _link(feed, "self", "feed.xml", "application/atom+xml")
    _link(feed, "alternate", "./", "text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", site.name)
    for e in shown:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", story_id(site, e.slug))
        _text(entry, "title", e.headline)
        _text(entry, "published", e.published)
        _text(entry, "updated", e.modified)
        _link(entry, "alternate", f"{e.slug}/", "text/html")
        for name, url in e.authors:
            person = ET.SubElement(entry, f"{{{ATOM}}}author")
            _text(person, "name", name)
            if url:
                _text(person, "uri", url)
        if e.dek:
            _text(entry, "summary", e.dek)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _name(site: Site) -> str:
    return re.sub(r"[^a-z0-9]+", "-", site.name.lower()).strip("-") or "newsroom"


# Characters XML 1.0 does not allow in a document: story text holding one (a control
# character pasted from a terminal) is written with U+FFFD in its place.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _xml(text)


def _link(parent: ET.Element, rel: str, href: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"rel": rel, "href": _xml(href), "type": kind})


def json_feed(entries: Sequence[Entry], site: Site) -> str:
    """The JSON Feed 1.1 of the newest `FEED_SIZE` of `entries` (given newest first)."""
    feed: dict[str, Any] = {
        "version": JSON_FEED,
        "title": site.name,
        "home_page_url": site.url("") or "./",
        "feed_url": site.url("feed.json"),
        "items": [_item(e, site) for e in entries[:FEED_SIZE]],
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def _item(e: Entry, site: Site) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": story_id(site, e.slug),
        "url": site.url(f"{e.slug}/"),
        "title": e.headline,
        "summary": e.dek,
        "content_text": e.dek or e.headline,
        "date_published": e.published,
        "date_modified": e.modified,
        "authors": [{"name": n, **({"url": u} if u else {})} for n, u in e.authors],
    }
    if e.image:
        item["image"] = site.url(f"{e.slug}/{e.image}")
    return item

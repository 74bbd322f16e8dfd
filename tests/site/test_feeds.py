"""The index and the feeds: published stories newest first; a killed story leaves them and
its page becomes a notice.

The Atom feed is held to RFC 4287 (https://www.rfc-editor.org/rfc/rfc4287): atom:feed has
exactly one atom:id, atom:title and atom:updated, and an atom:author unless every entry has
one (4.1.1); each atom:entry exactly one atom:id, atom:title and atom:updated, and, with no
atom:content, an atom:link with rel="alternate" (4.1.2); dates are RFC 3339 date-times
(3.3); ids are IRIs (4.2.6). The JSON Feed is held to version 1.1
(https://www.jsonfeed.org/version/1.1/): version, title and items are required, and each
item has an id and content_html or content_text.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from tests.helpers import Clone
from tests.site.conftest import SLUG, publish_story

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z")
IRI = re.compile(r"[a-z][a-z0-9+.-]*:\S+\Z")


def build(room: Clone, *args: str) -> Path:
    result = room.run("build", *args)
    assert result.code == 0, result.text
    return room.path / "public"


def one(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.findall(A + tag)
    assert len(found) == 1, (tag, found)
    return found[0]


def atom_shape(feed: ET.Element) -> list[ET.Element]:
    """The feed's entries, once its shape and each entry's is RFC 4287's."""
    assert feed.tag == A + "feed"
    assert IRI.match(one(feed, "id").text or "")
    assert one(feed, "title").text
    assert RFC3339.match(one(feed, "updated").text or "")
    entries = feed.findall(A + "entry")
    assert feed.findall(A + "author") or all(e.findall(A + "author") for e in entries)
    for entry in entries:
        assert IRI.match(one(entry, "id").text or "")
        assert one(entry, "title").text
        assert RFC3339.match(one(entry, "updated").text or "")
        assert RFC3339.match(one(entry, "published").text or "")
        alternates = [x for x in entry.findall(A + "link") if x.get("rel") == "alternate"]
        assert len(alternates) == 1 and alternates[0].get("href")
    return entries


def json_feed(site: Path) -> dict[str, Any]:
    feed: dict[str, Any] = json.loads((site / "feed.json").read_text())
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and isinstance(feed["items"], list)
    for item in feed["items"]:
        assert item["id"] and (item.get("content_html") or item.get("content_text"))
    return feed


def index_links(site: Path) -> list[str]:
    return re.findall(r'<li><a href="([^"]+)/">', (site / "index.html").read_text())


def archive_links(site: Path) -> dict[str, list[str]]:
    """Each month's archive page: the stories it links to."""
    return {page.parent.name: re.findall(r'<li><a href="\.\./\.\./([^"]+)/">', page.read_text())
            for page in sorted((site / "archive.d").glob("*/index.html"))}


def test_the_feeds_list_published_stories_newest_first(site_room: Clone) -> None:
    publish_story(site_room, "harbor-ferry")
    site = build(site_room)
    entries = atom_shape(ET.parse(site / "feed.xml").getroot())
    assert [one(e, "id").text for e in entries] == [
        "urn:newsroom:story:harbor-ferry", f"urn:newsroom:story:{SLUG}"]
    assert [e["id"] for e in json_feed(site)["items"]] == [one(e, "id").text for e in entries]
    assert index_links(site) == ["harbor-ferry", SLUG]
    (month,) = archive_links(site)
    assert archive_links(site) == {month: ["harbor-ferry", SLUG]}
    assert f'href="archive.d/{month}/"' in (site / "index.html").read_text()
    # every link resolves, against the feed's own address, to a page that was built
    for entry in entries:
        href = next(x.get("href") for x in entry.findall(A + "link"))
        target = urljoin("http://site.test/feed.xml", href or "")
        assert (site / target.removeprefix("http://site.test/") / "index.html").is_file()


def test_with_the_site_s_address_the_feeds_use_it(site_room: Clone) -> None:
    site = build(site_room, "--base-url", "https://news.coastal.example")
    feed = ET.parse(site / "feed.xml").getroot()
    (entry,) = atom_shape(feed)
    assert one(feed, "id").text == "https://news.coastal.example/"
    assert one(entry, "id").text == f"https://news.coastal.example/{SLUG}/"
    (item,) = json_feed(site)["items"]
    assert item["url"] == f"https://news.coastal.example/{SLUG}/"
    assert item["image"] == f"https://news.coastal.example/{SLUG}/media/crews.png"


def test_a_killed_story_leaves_the_feeds_and_its_page_says_so(site_room: Clone) -> None:
    publish_story(site_room, "harbor-ferry")
    build(site_room)
    result = site_room.run("kill", SLUG, "--reason", "The vote was annulled by a court.")
    assert result.code == 0, result.text
    site = build(site_room)
    assert index_links(site) == ["harbor-ferry"]
    assert list(archive_links(site).values()) == [["harbor-ferry"]]
    assert [one(e, "id").text for e in atom_shape(ET.parse(site / "feed.xml").getroot())] == [
        "urn:newsroom:story:harbor-ferry"]
    assert [i["id"] for i in json_feed(site)["items"]] == ["urn:newsroom:story:harbor-ferry"]
    notice = (site / SLUG / "index.html").read_text()
    assert "This story has been withdrawn" in notice
    assert "The vote was annulled by a court." in notice
    assert "The Harbor City Council voted" not in notice
    assert sorted(p.name for p in (site / SLUG).iterdir()) == ["index.html"]


def test_an_empty_site_has_valid_feeds(room: Clone) -> None:
    site = build(room)
    assert atom_shape(ET.parse(site / "feed.xml").getroot()) == []
    assert json_feed(site)["items"] == []

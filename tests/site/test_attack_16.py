"""Hostile story data and odd slugs against `newsroom build`."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.helpers import Clone, edit_story
from tests.site.conftest import file_story, publish_story


def build(room: Clone, *args: str) -> Path:
    result = room.run("build", *args)
    assert result.code == 0, result.text
    return room.path / "public"


def test_a_story_slugged_archive_keeps_its_page(site_room: Clone) -> None:
    publish_story(site_room, "archive")
    public = build(site_room)
    page = public / "archive" / "index.html"
    assert page.is_file()
    assert "application/ld+json" in page.read_text(encoding="utf-8")


def test_a_control_character_in_a_headline_keeps_the_feed_well_formed(site_room: Clone) -> None:
    publish_story(site_room, "escape-headline",
                  front={"headline": "Council votes \x1b[31m on the seawall"})
    public = build(site_room)
    ET.fromstring((public / "feed.xml").read_bytes())


SCRIPTED_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>"
)


def test_an_svg_with_script_does_not_reach_the_site(site_room: Clone) -> None:
    image = {"file": "media/map.svg",
             "caption": "Crews survey the eastern waterfront in Harbor City, Fla., on Tuesday.",
             "credit": "Samir Khan/Coastal Daily Press",
             "alt": "Two workers measure a crumbling concrete wall."}
    publish_story(site_room, "svg-map", front={"images": [image]},
                  files={"media/map.svg": SCRIPTED_SVG})
    public = build(site_room)
    shipped = [p for p in public.rglob("*.svg") if b"<script" in p.read_bytes()]
    assert shipped == []


def test_an_image_named_like_the_page_does_not_replace_the_preview(site_room: Clone) -> None:
    file_story(site_room, "draft-story")
    folder = site_room.story_dir("draft-story")
    (folder / "index.html").write_text("<script>alert('not the page')</script>")
    image = {"file": "index.html", "caption": "Crews survey the waterfront on Tuesday.",
             "credit": "Samir Khan/Coastal Daily Press", "alt": "Two workers by a wall."}
    edit_story(folder / "story.md", {"images": [image]})
    result = site_room.run("preview", "draft-story", "--no-serve")
    assert result.code == 0, result.text
    page = Path(result.out.strip())
    try:
        assert "<h1>" in page.read_text(encoding="utf-8")
    finally:
        shutil.rmtree(page.parent.parent, ignore_errors=True)


def test_the_site_is_not_built_into_the_stories_folder(site_room: Clone) -> None:
    result = site_room.run("build", "--out", "stories/site")
    assert result.code == 2, result.text
    assert not site_room.story_dir("site").exists()


def test_a_base_url_that_is_not_a_web_address_is_refused(site_room: Clone) -> None:
    result = site_room.run("build", "--base-url", "javascript:alert(1)//")
    assert result.code == 2, result.text
    assert not (site_room.path / "public").exists()


def test_export_does_not_write_over_the_newsroom_s_files(site_room: Clone) -> None:
    story = site_room.story_dir("harbor-seawall") / "story.md"
    before = story.read_bytes(), (site_room.path / ".git" / "HEAD").read_bytes()
    for target in ("stories/harbor-seawall/story.md", ".git/HEAD"):
        site_room.run("export", "harbor-seawall", "--format", "ninjs", "--out", target)
    assert (story.read_bytes(), (site_room.path / ".git" / "HEAD").read_bytes()) == before


def test_export_to_a_folder_is_refused_in_one_line(site_room: Clone, tmp_path: Path) -> None:
    for target in ("stories", str(tmp_path / "missing" / "item.json")):
        result = site_room.run("export", "harbor-seawall", "--format", "ninjs", "--out", target)
        assert result.code == 2, result.text
        assert "internal error" not in result.text

"""No story can lose its page to a file of the build's own: every name the build writes at
the site's root is one no slug can take (the slug rule: lowercase letters, digits and
hyphens), so a story's folder and the build's pages never share a name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsroom.errors import UsageError
from newsroom.site import build as site_build
from newsroom.store import stories as store
from tests.helpers import Clone, edit_story
from tests.site.conftest import SLUG, publish_story


def built(room: Clone) -> Path:
    result = room.run("build")
    assert result.code == 0, result.text
    return room.path / "public"


def month_links(site: Path) -> dict[str, list[str]]:
    """Each month's archive page (archive.d/YYYY-MM/): the stories it links to."""
    return {
        page.parent.name: [
            line.split('"')[1].removeprefix("../../").rstrip("/")
            for line in page.read_text().splitlines()
            if line.startswith("<li><a href=")
        ]
        for page in sorted((site / "archive.d").glob("*/index.html"))
    }


@pytest.mark.parametrize("name", site_build.ROOT_NAMES)
def test_no_name_the_build_keeps_at_the_root_is_a_slug(name: str) -> None:
    assert not store.SLUG_RE.fullmatch(name)
    with pytest.raises(UsageError):
        store.check_slug(name)


def test_the_root_holds_the_stories_folders_and_only_the_build_s_own_names(
    site_room: Clone,
) -> None:
    publish_story(site_room, "archive")
    site = built(site_room)
    manifest = json.loads((site / site_build.MANIFEST).read_text())
    stories = {s for s, r in manifest["stories"].items() if r["kind"] in ("page", "notice")}
    assert stories == {"archive", SLUG}
    own = {p.name for p in site.iterdir()} - stories
    assert own == set(site_build.ROOT_NAMES)
    assert [name for name in own if store.SLUG_RE.fullmatch(name)] == []
    assert all((site / s / "index.html").is_file() for s in stories)


def test_a_story_slugged_archive_is_corrected_then_killed(site_room: Clone) -> None:
    publish_story(site_room, "archive")
    site = built(site_room)
    (month,) = month_links(site)
    assert month_links(site) == {month: ["archive", SLUG]}
    assert f'href="archive.d/{month}/"' in (site / "index.html").read_text()

    story = site_room.story_dir("archive") / "story.md"
    edit_story(story, {"headline": "Harbor City Council approves $43 million seawall"})
    result = site_room.run("correct", "archive", "--note", "The cost was $43 million.")
    assert result.code == 0, result.text
    site = built(site_room)
    page = (site / "archive" / "index.html").read_text()
    assert "$43 million seawall" in page and "The cost was $43 million." in page
    assert month_links(site) == {month: ["archive", SLUG]}
    assert "$43 million seawall" in (site / "archive.d" / month / "index.html").read_text()

    result = site_room.run("kill", "archive", "--reason", "The vote was annulled by a court.")
    assert result.code == 0, result.text
    site = built(site_room)
    notice = (site / "archive" / "index.html").read_text()
    assert "This story has been withdrawn" in notice
    assert sorted(p.name for p in (site / "archive").iterdir()) == ["index.html"]
    assert month_links(site) == {month: [SLUG]}
    assert 'href="archive/"' not in (site / "index.html").read_text()


def test_the_archive_folder_of_an_earlier_build_is_taken_away(site_room: Clone) -> None:
    site = built(site_room)
    old = site / "archive" / "2026-01" / "index.html"  # where builds once put a month
    old.parent.mkdir(parents=True)
    old.write_text("<li>an old month page</li>")
    (month,) = [p.name for p in (site / "archive.d").iterdir()]
    shutil.rmtree(site / "archive.d")  # as a build before archive.d left the site
    site = built(site_room)
    assert not (site / "archive").exists()
    assert (site / SLUG / "index.html").is_file()
    assert (site / "archive.d" / month / "index.html").is_file()  # nothing changed, yet

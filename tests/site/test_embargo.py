"""An embargoed story is never on the site before its time: not by `build`, and not by the
scheduled job, which publishes the due stories (`publish --due`) and then builds."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from tests.helpers import Clone
from tests.site.conftest import SLUG, file_story, sign_through


def soon(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def wait_until(due: float) -> None:
    """Sleep until a second past `due` (a time.monotonic() reading)."""
    time.sleep(max(0.0, due - time.monotonic()) + 1.5)


def on_site(room: Clone) -> list[str]:
    result = room.run("build")
    assert result.code == 0, result.text
    site = room.path / "public"
    return sorted(p.name for p in site.iterdir() if p.is_dir() and p.name != "archive.d")


def test_a_published_story_under_embargo_waits_for_its_time(site_room: Clone) -> None:
    # published by hand with an embargo still to come (publish itself would refuse)
    site_room.write_story("early-story", front={"stage": "published", "embargo": soon(4)})
    site_room.commit_all("early-story, published ahead of its embargo")
    result = site_room.run("build")
    assert result.code == 0 and "1 under embargo" in result.out
    assert on_site(site_room) == [SLUG]
    index = (site_room.path / "public" / "index.html").read_text()
    assert "early-story" not in index
    assert "early-story" not in (site_room.path / "public" / "feed.xml").read_text()
    time.sleep(5)
    assert on_site(site_room) == ["early-story", SLUG]  # the same commit, its time come


def test_the_scheduled_job_publishes_then_builds_the_due_story(site_room: Clone) -> None:
    # an embargo far enough off for the sign-offs before it on a slow, shared machine
    due = time.monotonic() + 25
    file_story(site_room, "due-story", front={"embargo": soon(25)})
    sign_through(site_room, "due-story", publish=False)
    assert time.monotonic() < due, "the sign-offs took longer than the embargo's wait"
    assert site_room.act_as("gbell").run("publish", "--due").code == 0  # not due yet
    assert on_site(site_room) == [SLUG]
    wait_until(due)
    result = site_room.act_as("gbell").run("publish", "--due")
    assert result.code == 0 and "due-story: published" in result.out
    assert on_site(site_room) == ["due-story", SLUG]

"""An embargoed story is never on the site before its time: not by `build`, and not by the
scheduled job, which publishes the due stories (`publish --due`) and then builds."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

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


# Embargoes are read against the real clock, so each test needs its commands to finish
# before the embargo comes. On a slow, shared machine they may not: a test then tries again
# with a longer embargo (a wrong result on time is a failure; a machine too slow to tell is
# a longer wait).
WAITS = (8, 30, 90)


def test_a_published_story_under_embargo_waits_for_its_time(site_room: Clone) -> None:
    for wait in WAITS:
        slug = f"early-story-{wait}"
        due = time.monotonic() + wait - 1  # (the embargo is written to the second)
        # published by hand with an embargo still to come (publish itself would refuse)
        site_room.write_story(slug, front={"stage": "published", "embargo": soon(wait)})
        site_room.commit_all(f"{slug}, published ahead of its embargo")
        result = site_room.run("build")
        shown = on_site(site_room)
        index = (site_room.path / "public" / "index.html").read_text()
        feed = (site_room.path / "public" / "feed.xml").read_text()
        if time.monotonic() >= due:
            continue  # its time came while it was being built: try a longer embargo
        assert result.code == 0 and "1 under embargo" in result.out, result.text
        assert slug not in shown and SLUG in shown
        assert slug not in index and slug not in feed
        wait_until(due + 1)
        assert slug in on_site(site_room)  # the same commit, its time come
        return
    pytest.fail(f"no build finished within the longest embargo tried ({WAITS[-1]} s)")


def test_the_scheduled_job_publishes_then_builds_the_due_story(site_room: Clone) -> None:
    for wait in WAITS[1:]:  # (the sign-offs before it take several seconds)
        slug = f"due-story-{wait}"
        due = time.monotonic() + wait - 1
        file_story(site_room, slug, front={"embargo": soon(wait)})
        sign_through(site_room, slug, publish=False)
        early = site_room.act_as("gbell").run("publish", "--due")
        shown = on_site(site_room)
        if time.monotonic() >= due:
            continue  # its time came during the sign-offs: try a longer embargo
        assert early.code == 0, early.text  # not due yet
        assert slug not in early.out and slug not in shown
        wait_until(due + 1)
        result = site_room.act_as("gbell").run("publish", "--due")
        assert result.code == 0 and f"{slug}: published" in result.out, result.text
        assert slug in on_site(site_room)
        return
    pytest.fail(f"the sign-offs never finished within the longest embargo tried ({WAITS[-1]} s)")

"""`newsroom embargo SLUG set|clear` against a real repository, with time zones."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.helpers import Clone, snapshot

SLUG = "harbor-seawall"


def _filed(room: Clone) -> Clone:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, "file story")
    return room


def _embargo(room: Clone) -> object:
    text = (room.story_dir(SLUG) / "story.md").read_text()
    return yaml.safe_load(text.split("---\n")[1]).get("embargo")


def test_embargo_set_with_an_offset_and_clear(room: Clone) -> None:
    _filed(room)
    done = room.run("embargo", SLUG, "set", "2099-03-02T09:00-05:00")
    assert done.code == 0, done.text
    assert "until 2099-03-02T09:00:00-05:00" in done.out
    assert _embargo(room) == "2099-03-02T09:00:00-05:00"
    assert room.git("log", "-1", "--format=%s") == (
        f"newsroom: {SLUG} embargo until 2099-03-02T09:00:00-05:00")
    assert room.git("status", "--porcelain") == ""
    shown = room.run("show", SLUG)
    assert shown.code == 0, shown.text
    cleared = room.run("embargo", SLUG, "clear")
    assert cleared.code == 0, cleared.text
    assert _embargo(room) is None
    assert "embargo" not in (room.story_dir(SLUG) / "story.md").read_text()
    again = room.run("embargo", SLUG, "clear")
    assert again.code == 2 and f"'{SLUG}' has no embargo" in again.err
    verified = room.run("verify", "--format", "json")
    assert json.loads(verified.out)["findings"] == []


def test_embargo_with_a_named_zone_takes_its_offset_that_day(room: Clone) -> None:
    _filed(room)
    summer = room.run("embargo", SLUG, "set", "2099-07-01", "09:00", "America/New_York")
    assert summer.code == 0, summer.text
    assert _embargo(room) == "2099-07-01T09:00:00-04:00"
    winter = room.run("embargo", SLUG, "set", "2099-01-05 09:00 America/New_York")
    assert winter.code == 0, winter.text
    assert _embargo(room) == "2099-01-05T09:00:00-05:00"
    utc = room.run("embargo", SLUG, "set", "2099-01-05T14:00Z")
    assert utc.code == 0, utc.text
    assert _embargo(room) == "2099-01-05T14:00:00+00:00"


def test_impossible_times_are_refused_in_one_line(room: Clone) -> None:
    _filed(room)
    before = snapshot(room.path)
    for when, expected in [
        ("2026-02-30T09:00-05:00", "is not a date and time (day is out of range for month)"),
        ("yesterday", "'yesterday' is not a date and time"),
        ("2099-03-02T09:00", "has no time zone"),
        ("2099-03-02 09:00 Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a time zone"),
        ("2020-03-02T09:00Z", "has passed"),
    ]:
        result = room.run("embargo", SLUG, "set", when)
        assert result.code == 2, (when, result.text)
        assert expected in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
    assert snapshot(room.path) == before


def test_publish_waits_for_an_embargo_set_with_the_command(
        tmp_path: Path, env: dict[str, str]) -> None:
    from tests.workflow.conftest import make_team, signed_through, stage_of

    team = make_team(tmp_path / "team", env)
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    assert grace.run("embargo", SLUG, "set", "2099-03-02 09:00 America/New_York").code == 0
    held = grace.run("publish", SLUG)
    assert held.code == 1, held.text
    assert "under embargo until 2099-03-02T09:00:00-05:00" in held.err
    assert f"newsroom embargo {SLUG} clear" in held.err
    due = grace.run("publish", "--due")
    assert stage_of(grace, ref="HEAD") == "publish", due.text
    assert grace.run("embargo", SLUG, "clear").code == 0
    published = grace.run("publish", SLUG)
    assert published.code == 0, published.text
    verified = grace.run("verify", "--format", "json")
    assert json.loads(verified.out)["findings"] == []

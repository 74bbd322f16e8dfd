"""Newsrooms with stories taken to publication through the real sign-offs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Clone, make_newsroom

SLUG = "harbor-seawall"
# who signs each stage off by default: the byline reporter, an editor, a fact-checker not
# on the byline, an editor not on the byline (who publishes)
SIGNERS = (("rtorres", "advance"), ("eokafor", "advance"), ("lpark", "advance"))


def file_story(room: Clone, slug: str, **write: Any) -> None:
    """A new story filed by its reporter, with its claims checked by the fact-checker."""
    room.act_as("rtorres")
    room.write_story(slug, **write)
    room.commit_filing(slug, f"file {slug}")


def sign_through(room: Clone, slug: str, publish: bool = True) -> None:
    """Take a filed story through each sign-off, by the right person, to published."""
    for person, command in SIGNERS:
        result = room.act_as(person).run(command, slug)
        assert result.code == 0, result.text
    if publish:
        result = room.act_as("gbell").run("publish", slug)
        assert result.code == 0, result.text
    room.act_as("eokafor")


def publish_story(room: Clone, slug: str, **write: Any) -> None:
    file_story(room, slug, **write)
    sign_through(room, slug)


@pytest.fixture
def site_room(tmp_path: Path, env: dict[str, str]) -> Clone:
    """A newsroom with one story published through every sign-off."""
    room = make_newsroom(tmp_path / "newsroom", env)
    publish_story(room, SLUG)
    return room

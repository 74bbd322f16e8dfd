"""A story no one on the roster may ever sign off is said to be stuck, with what to do:
on the board, on its card, and when the sign-off is refused."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import FIXTURES, Clone, make_newsroom

SLUG = "harbor-seawall"


def _one_editor_newsroom(tmp_path: Path, env: dict[str, str]) -> Clone:
    """A newsroom whose only editor, Emeka Okafor, wrote the story waiting to be published."""
    config = (FIXTURES / "newsroom.yaml").read_text()
    start = config.index("  - id: gbell")
    end = config.index("  - id: lpark")
    room = make_newsroom(tmp_path / "room", env, config[:start] + config[end:])
    room.write_story(SLUG, front={"stage": "publish", "byline": ["eokafor"]})
    room.commit_all("the story")
    return room


def test_the_board_says_a_story_can_never_move_on(tmp_path: Path, env: dict[str, str]) -> None:
    room = _one_editor_newsroom(tmp_path, env)
    board = room.run("status")
    assert board.code == 0, board.text
    assert f"{SLUG} can never move on:" in board.out
    assert "Emeka Okafor" in board.out and "off the byline" in board.out
    entry = json.loads(room.run("status", "--format", "json").out)["stories"][0]
    assert entry["with"] == "no one"
    assert "every editor on the roster (Emeka Okafor) is on its byline" in entry["stuck"]


def test_show_says_it_can_never_move_on(tmp_path: Path, env: dict[str, str]) -> None:
    room = _one_editor_newsroom(tmp_path, env)
    card = room.run("show", SLUG)
    assert "it can never move on: every editor on the roster (Emeka Okafor)" in card.out


def test_the_refused_sign_off_says_no_one_can(tmp_path: Path, env: dict[str, str]) -> None:
    room = _one_editor_newsroom(tmp_path, env)
    refused = room.run("publish", SLUG)
    assert refused.code == 1, refused.text
    assert "no one can: every editor on the roster (Emeka Okafor) is on its byline" in refused.err
    assert "add an editor who is not on the byline to the roster" in refused.err


def test_a_story_someone_may_sign_is_not_stuck(room: Clone) -> None:
    room.write_story(SLUG, front={"stage": "publish", "byline": ["eokafor"]})
    room.commit_all("the story")
    assert "can never move on" not in room.run("status").out
    refused = room.run("publish", SLUG)  # Emeka is on the byline, but Grace Bell may publish
    assert refused.code == 1 and "no one can" not in refused.err

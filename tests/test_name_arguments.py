"""A story name or a folder that cannot be one (longer than a file name may be, with a
slash, a file where a folder should be): every command that takes one says so in one line,
exits 2 and changes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import Clone, newsroom, snapshot

SLUG = "harbor-seawall"

NAMES = {
    "too long": "a" * 300,
    "too long in bytes": "é" * 200,
    "too long, as a path": "stories/" + "a" * 300,
    "a folder too long on the way": "x/" + "b" * 300 + "/y",
    "a path longer than any": "a/" * 3000,
    "a slash": "harbor/seawall",
    "out of stories/": "../harbor-seawall",
    "a file, not a story": "newsroom.yaml",
    "a file in stories/": "stories/notes.txt",
    "a file's name in stories/": "notes.txt",
}

COMMANDS = [
    ("check", "NAME"), ("show", "NAME"), ("status", "NAME"), ("diff", "NAME"),
    ("history", "NAME"), ("advance", "NAME"), ("return", "NAME", "--to", "draft", "--reason", "r"),
    ("publish", "NAME"), ("kill", "NAME", "--reason", "r"), ("correct", "NAME", "--note", "n"),
    ("repair", "NAME", "--to", "draft", "--reason", "r"),
    ("new", "NAME", "--headline", "A headline"),
    ("credit", "NAME", "add", "Ana Ruiz", "--role", "research"), ("credit", "NAME", "list"),
    ("source", "NAME", "list"), ("claim", "NAME", "list"), ("claim", "NAME", "add", "a claim"),
]


def test_every_command_refuses_a_name_that_cannot_be_a_story(room: Clone) -> None:
    room.write_story(SLUG)
    (room.path / "stories" / "notes.txt").write_text("a note\n")
    room.commit_all("a story")
    before = snapshot(room.path)
    commands = [tuple(name if a == "NAME" else a for a in command)
                for command in COMMANDS for name in NAMES.values()]
    for args, result in zip(commands, room.run_many(commands), strict=True):
        said = args[0], args[1][:40]
        assert result.code == 2, (said, result.text)
        assert "Traceback" not in result.text and "internal error" not in result.text, said
        assert len(result.err.strip().splitlines()) == 1, (said, result.err)
    assert snapshot(room.path) == before


@pytest.mark.parametrize("folder", ["a" * 300, "x/" + "b" * 300 + "/y", "notes.txt",
                                    "notes.txt/coastal"])
def test_init_refuses_a_folder_that_cannot_be_made(
        tmp_path: Path, env: dict[str, str], folder: str) -> None:
    """`init FOLDER`, where FOLDER is a file, lies under a file, or has a name too long for
    a file name: one line, exit 2, and nothing made."""
    (tmp_path / "notes.txt").write_text("a note\n")
    before = sorted(tmp_path.rglob("*"))
    result = newsroom(tmp_path, "init", folder, env=env)
    assert result.code == 2, result.text
    assert "Traceback" not in result.text and "internal error" not in result.text
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert sorted(tmp_path.rglob("*")) == before


def test_init_in_a_folder_where_nothing_can_be_made(tmp_path: Path, env: dict[str, str]) -> None:
    """`init FOLDER` inside a folder that takes no new files: one line, exit 2."""
    locked = tmp_path / "locked"
    locked.mkdir()
    made = subprocess.run(["chattr", "+i", str(locked)], capture_output=True, text=True)
    if made.returncode != 0:  # (as root, only an immutable folder refuses a new one)
        locked.chmod(0o555)
    try:
        result = newsroom(tmp_path, "init", "locked/coastal", env=env)
    finally:
        if made.returncode == 0:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        locked.chmod(0o755)
    assert result.code == 2, result.text
    assert "locked/coastal" in result.err and len(result.err.strip().splitlines()) == 1
    assert not (locked / "coastal").exists()

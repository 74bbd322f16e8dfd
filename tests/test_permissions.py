"""Files newsroom writes get the ordinary permissions, so a shared checkout stays readable."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Clone, git

SLUG = "harbor-seawall-vote"


@pytest.fixture(params=[0o022, 0o002], ids=["umask-022", "umask-002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test (and the commands it starts, which inherit it) under this umask."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_and_folders_follow_the_umask(
    umask: int, tmp_path: Path, env: dict[str, str]
) -> None:
    room = Clone(tmp_path / "room", env)
    room.path.mkdir()
    git(room.path, "init", "-q", env=env)
    room.act_as("eokafor")
    assert room.run("init", "--name", "Coastal Daily Press").code == 0
    assert room.run("new", SLUG, "--headline", "Harbor City approves seawall").code == 0

    folder = room.story_dir(SLUG)
    for path in (
        room.path / "newsroom.yaml",
        room.path / ".gitignore",
        room.path / ".github" / "workflows" / "newsroom.yml",
        folder / "story.md",
        folder / "credits.yaml",
        folder / "sources.yaml",
        folder / "factcheck.yaml",
    ):
        assert _mode(path) == 0o666 & ~umask, (path, oct(_mode(path)))
    for path in (folder, folder / "media", room.path / "stories"):
        assert _mode(path) == 0o777 & ~umask, (path, oct(_mode(path)))


def test_a_replaced_file_keeps_its_mode(umask: int, room: Clone) -> None:
    assert room.run("new", SLUG, "--headline", "Harbor City approves seawall").code == 0
    credits = room.story_dir(SLUG) / "credits.yaml"
    credits.chmod(0o640)
    added = room.run("credit", SLUG, "add", "Maria Chen", "--role", "additional-reporting")
    assert added.code == 0, added.text
    assert "Maria Chen" in credits.read_text()
    assert _mode(credits) == 0o640

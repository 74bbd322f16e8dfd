"""sync's steps with the remote (newsroom/repo/remote.py), where the command cannot reach
them: a rebase that fills the disk after the room check passed."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsroom.errors import GitError
from newsroom.repo import Repo
from tests.helpers import git, isolated_env


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB file system of its own (tmpfs; needs root), to fill up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_rebase_that_fills_the_disk_leaves_the_clone_as_it_was(
        tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The remote brings a 3.5 MB photo to a clone with 2.5 MB free and a commit of its own:
    git removes that commit's file, fails to write the photo and leaves part of it. The
    rebase says to free some space; the file is back and the partial photo gone."""
    env = {**isolated_env(tmp_path / "home"), "GIT_AUTHOR_NAME": "Rosa Torres",
           "GIT_AUTHOR_EMAIL": "rosa@example.org", "GIT_COMMITTER_NAME": "Rosa Torres",
           "GIT_COMMITTER_EMAIL": "rosa@example.org"}
    for key in ("HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(key, env[key])
    seed, remote, mine = tmp_path / "seed", tmp_path / "remote.git", small_disk / "mine"
    git(tmp_path, "init", "-q", "-b", "main", str(seed), env=env)
    (seed / "notes.md").write_text("notes\n")
    git(seed, "add", ".", env=env)
    git(seed, "commit", "-q", "-m", "notes", env=env)
    git(tmp_path, "clone", "-q", "--bare", str(seed), str(remote), env=env)
    git(tmp_path, "clone", "-q", "--no-local", str(remote), str(mine), env=env)
    (mine / "mine.md").write_text("my own file\n")
    git(mine, "add", "mine.md", env=env)
    git(mine, "commit", "-q", "-m", "mine", env=env)
    git(seed, "remote", "add", "origin", str(remote), env=env)
    (seed / "media").mkdir()
    (seed / "media" / "photo.jpg").write_bytes(os.urandom(3_500_000))
    git(seed, "add", ".", env=env)
    git(seed, "commit", "-q", "-m", "photo", env=env)
    git(seed, "push", "-q", "origin", "main", env=env)
    git(mine, "fetch", "-q", env=env)
    head = git(mine, "rev-parse", "HEAD", env=env)

    with pytest.raises(GitError, match="free some space") as caught:
        Repo(mine).rebase("refs/remotes/origin/main")
    assert "nothing was changed" in caught.value.message
    assert git(mine, "rev-parse", "HEAD", env=env) == head
    assert git(mine, "status", "--porcelain", "--ignored", env=env) == ""
    assert (mine / "mine.md").read_text() == "my own file\n"
    assert not (mine / "media").exists()

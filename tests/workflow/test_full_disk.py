"""A disk that fills up while a command runs, after its free-space check: git's failure is
named as a full disk, with what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import make_newsroom
from tests.workflow.conftest import SLUG
from tests.workflow.gitshim import Shim
from tests.workflow.test_attack_faults import mounted

# (bash, run by the shim before the git call it stops at: make empty files until none can be)
FILL = 'mkdir -p "$FILL"; i=0; while : 2>/dev/null > "$FILL/$i"; do i=$((i + 1)); done'


@pytest.fixture
def few_files(tmp_path: Path) -> Iterator[Path]:
    """A file system with room for 400 files and folders, and 20 MiB."""
    with mounted(tmp_path / "disk", "size=20m,nr_inodes=400") as mount:
        yield mount


@pytest.mark.parametrize("call", ["hash-object", "mktree", "commit-tree"])
def test_a_disk_that_runs_out_of_files_during_a_credit_says_to_free_space(
        few_files: Path, tmp_path: Path, env: dict[str, str], call: str) -> None:
    """Another program takes the last free files of the disk just before git writes an
    object: the credit fails saying the disk is full, and the branch has not moved."""
    room = make_newsroom(few_files / "newsroom", env, person="rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, f"file {SLUG}")
    before = room.git("rev-parse", "HEAD")
    shim = Shim.make(tmp_path / "shim")
    filled = {**shim.env(room.env, at_name=call, do="run", run=FILL),
              "FILL": str(few_files / "filler")}
    result = shim.run(room.path, filled, "credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    assert shim.hit().endswith(call), result.text
    assert result.code == 2, result.text
    assert "free some space" in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert room.git("rev-parse", "HEAD") == before

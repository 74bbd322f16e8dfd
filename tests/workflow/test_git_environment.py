"""git's variables for another repository (or set by the hook that runs newsroom) never
point newsroom's git at anything but the repository it found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team


def _elsewhere(team: Team, tmp_path: Path, variable: str) -> str:
    """A value of `variable` that names another repository's parts, or a folder of none."""
    other = team.editor.path / ".git"
    folder = tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    return {
        "GIT_DIR": str(other),
        "GIT_COMMON_DIR": str(other),
        "GIT_OBJECT_DIRECTORY": str(folder),
    }[variable]


@pytest.mark.parametrize(
    "variable", ["GIT_DIR", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"]
)
def test_a_credit_commits_in_the_newsroom_it_runs_in(
        team: Team, tmp_path: Path, variable: str) -> None:
    """Rosa's credit lands in her clone, as one commit of credits.yaml, and Emeka's clone
    (which the variable names) is untouched."""
    rosa, emeka = team.reporter, team.editor
    before, theirs = rosa.git("rev-parse", "HEAD"), emeka.git("rev-parse", "HEAD")
    hooked = Clone(rosa.path, {**rosa.env, variable: _elsewhere(team, tmp_path, variable)})
    result = hooked.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    assert result.code == 0, result.text
    changed = rosa.git("diff", "--name-only", before, "HEAD").splitlines()
    assert changed == [f"stories/{SLUG}/credits.yaml"], changed
    assert rosa.git("status", "--porcelain") == ""
    assert emeka.git("rev-parse", "HEAD") == theirs
    assert emeka.git("status", "--porcelain") == ""


def test_check_runs_from_a_git_hook(team: Team) -> None:
    """newsroom ignores those variables rather than refusing them: a pre-commit hook (git
    sets GIT_INDEX_FILE, and GIT_DIR with --git-dir) runs `newsroom check` on the story,
    and the commit goes through."""
    rosa = team.reporter
    hook = rosa.path / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nenv | grep ^GIT_ >&2\n"
                    f"exec \"$NEWSROOM_PYTHON\" -m newsroom check stories/{SLUG} >&2\n")
    hook.chmod(0o755)
    (rosa.story_dir(SLUG) / "notes.txt").write_text("a note\n")
    rosa.git("add", "-A")
    env = {**rosa.env, "NEWSROOM_PYTHON": sys.executable}
    done = subprocess.run(["git", "--git-dir", str(rosa.path / ".git"), "commit", "-q", "-m",
                           "a note"], cwd=rosa.path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "GIT_INDEX_FILE" in done.stderr, done.stderr

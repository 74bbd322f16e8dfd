"""`newsroom ci` in and out of GitHub Actions, the workflow `init` writes, and --help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import Clone, edit_story, isolated_env, newsroom
from tests.workflow.conftest import SLUG, Team, signed_through

COMMANDS = ("advance", "return", "publish", "kill", "correct", "history", "verify", "ci", "sync")


def test_ci_passes_a_clean_signed_history(team: Team) -> None:
    signed_through(team, "publish")
    result = team.checker.run("ci")
    assert result.code == 0, result.text


def test_ci_in_github_actions_annotates_and_summarises(team: Team, tmp_path: Path) -> None:
    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md", {"stage": "fact-check"})
    rosa.commit_all("skip ahead")
    summary = tmp_path / "summary.md"
    env = {**rosa.env, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = newsroom(rosa.path, "ci", env=env)
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(line.startswith("::error file=stories/harbor-seawall/story.md") and
               "signoff.hand-edited-stage" in line for line in lines)
    text = summary.read_text()
    assert text.startswith("## newsroom ci: failed")
    assert "`signoff.skipped-stage`" in text


def test_ci_fails_a_story_whose_earlier_gate_fails(team: Team) -> None:
    signed_through(team, "contributor-credit")
    rosa = team.reporter
    rosa.run("sync")
    edit_story(rosa.story_dir(SLUG) / "story.md", {"headline": "TK"})
    rosa.commit_all("oops")
    result = rosa.run("ci", "--format", "json")
    assert result.code == 1
    assert "headline.placeholder" in {f["check"] for f in json.loads(result.out)["findings"]}


def test_ci_changed_since_checks_only_recent_commits(team: Team) -> None:
    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md", {"stage": "contributor-credit"})
    rosa.commit_all("before the cut-over")
    base = rosa.git("rev-parse", "HEAD")
    assert rosa.run("ci").code == 1
    assert rosa.run("ci", "--changed-since", base).code == 2  # no commit after it to verify
    (rosa.path / "notes.txt").write_text("desk notes\n")
    rosa.commit_all("desk notes")
    assert rosa.run("ci", "--changed-since", base).code == 0


def test_init_workflow_runs_ci_with_full_history(tmp_path: Path) -> None:
    env = isolated_env(tmp_path / "home")
    folder = tmp_path / "paper"
    folder.mkdir()
    clone = Clone(folder, env)
    clone.git("init", "-q")
    clone.act_as("eokafor")
    assert clone.run("init", ".").code == 0
    workflow = (folder / ".github/workflows/newsroom.yml").read_text()
    assert "fetch-depth: 0" in workflow
    assert "run: newsroom ci" in workflow


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(room: Clone, command: str) -> None:
    result = room.run(command, "--help")
    assert result.code == 0
    assert "Example: newsroom " + command in " ".join(result.out.split())

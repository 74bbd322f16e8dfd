"""`newsroom init` as a newsroom runs it: the CI workflow it writes and the hook it installs."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import yaml

from newsroom import DISTRIBUTION, __version__
from newsroom.services.hooks import STORY_FILES
from tests.helpers import FIXTURES, ROOT, Clone, git, newsroom, snapshot


def fresh(tmp_path: Path, env: dict[str, str]) -> Path:
    path = tmp_path / "coastal"
    path.mkdir()
    git(path, "init", "-q", env=env)
    git(path, "config", "user.name", "Ada Lovelace", env=env)
    git(path, "config", "user.email", "ada@coastal.example", env=env)
    return path


def test_the_distribution_name_is_the_one_pyproject_builds() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION != "newsroom"  # `newsroom` on the index is not ours


def test_the_workflow_installs_the_version_that_wrote_it(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = fresh(tmp_path, env)
    assert newsroom(path, "init", env=env).code == 0
    workflow = yaml.safe_load((path / ".github/workflows/newsroom.yml").read_text())
    installs = [s["run"] for s in workflow["jobs"]["stories"]["steps"] if "pip" in s.get("run", "")]
    assert installs == [f'pip install "{DISTRIBUTION}=={__version__}"']


def test_by_default_init_sets_up_pre_commit(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    result = newsroom(path, "init", env=env)
    assert result.code == 0, result.text
    assert "checked by pre-commit once each clone runs 'pre-commit install'" in result.out
    config = yaml.safe_load((path / ".pre-commit-config.yaml").read_text())
    [hook] = config["repos"][0]["hooks"]
    assert hook["entry"] == "newsroom check" and hook["files"] == STORY_FILES
    assert ".pre-commit-config.yaml" in git(path, "ls-files", env=env)
    assert not (path / ".git" / "hooks" / "pre-commit").exists()


def test_the_pre_commit_manifest_runs_newsroom_check_on_story_files() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "newsroom-check" and hook["language"] == "python"
    assert hook["entry"] == "newsroom check" and hook["pass_filenames"] is True
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["newsroom"] == "newsroom.cli.app:main"
    # the same files as the hook `init` writes: a story's files, not stories/.gitkeep
    assert hook["files"] == STORY_FILES
    assert re.match(STORY_FILES, "stories/harbor-seawall/media/photo.jpg")
    assert not re.match(STORY_FILES, "stories/.gitkeep")


def _roster_and_story(path: Path, env: dict[str, str], headline: str) -> Clone:
    clone = Clone(path, env).act_as("eokafor")
    (path / "newsroom.yaml").write_text((FIXTURES / "newsroom.yaml").read_text())
    clone.git("commit", "-q", "-am", "the roster")  # no story touched: the hook has nothing to do
    clone.write_story("harbor-seawall", front={"headline": headline, "stage": "fact-check"})
    clone.git("add", "-A")
    return clone


def test_a_plain_git_hook_checks_the_stories_a_commit_touches(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = fresh(tmp_path, env)
    result = newsroom(path, "init", "--hook", "git", env=env)
    assert result.code == 0, result.text
    assert "checked by the git hook .git/hooks/pre-commit" in result.out
    hook = path / ".git" / "hooks" / "pre-commit"
    assert hook.stat().st_mode & 0o111
    assert not (path / ".pre-commit-config.yaml").exists()
    assert git(path, "status", "--porcelain", env=env) == ""

    clone = _roster_and_story(path, env, "Harbor City Council Approves $42 Million Seawall")
    refused = subprocess.run(["git", "commit", "-q", "-m", "title case"], cwd=path, env=env,
                             capture_output=True, text=True)
    assert refused.returncode != 0
    assert "headline.case" in refused.stdout + refused.stderr
    assert clone.git("log", "-1", "--format=%s") == "the roster"

    clone.write_story("harbor-seawall", front={"stage": "fact-check"})
    clone.git("add", "-A")
    clone.git("commit", "-q", "-m", "a clean story")
    assert clone.git("log", "-1", "--format=%s") == "a clean story"


def test_init_never_replaces_an_existing_git_hook(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    hook = path / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexec make lint\n")
    before = snapshot(path)
    result = newsroom(path, "init", "--hook", "git", env=env)
    assert result.code == 2
    assert "pre-commit already exists" in result.err and "nothing was changed" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert snapshot(path) == before


def test_the_git_hook_goes_where_core_hooks_path_says(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    git(path, "config", "core.hooksPath", str(tmp_path / "shared-hooks"), env=env)
    result = newsroom(path, "init", "--hook", "git", env=env)
    assert result.code == 0, result.text
    assert (tmp_path / "shared-hooks" / "pre-commit").is_file()
    assert str(tmp_path / "shared-hooks" / "pre-commit") in result.out


def test_init_can_set_up_no_hook(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    result = newsroom(path, "init", "--hook", "none", env=env)
    assert result.code == 0, result.text
    assert "no commit hook was set up" in result.out
    assert not (path / ".pre-commit-config.yaml").exists()
    assert not (path / ".git" / "hooks" / "pre-commit").exists()

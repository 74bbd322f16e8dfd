"""`newsroom init` as a newsroom runs it: the CI workflow it writes and the hook it installs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

from newsroom import DISTRIBUTION, __version__
from tests.helpers import ROOT, git, newsroom


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

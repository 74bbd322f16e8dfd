"""The CI workflow `init` writes builds the site on main and deploys it with GitHub Pages'
official actions, after the scheduled due publishes; the site is never committed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from newsroom import DISTRIBUTION, __version__
from tests.helpers import newsroom
from tests.test_init import fresh


def workflow(tmp_path: Path, env: dict[str, str]) -> dict[Any, Any]:
    path = fresh(tmp_path, env)
    assert newsroom(path, "init", env=env).code == 0
    data: dict[Any, Any] = yaml.safe_load((path / ".github/workflows/newsroom.yml").read_text())
    return data


def test_the_site_job_builds_on_main_and_deploys_to_pages(
    tmp_path: Path, env: dict[str, str]
) -> None:
    site = workflow(tmp_path, env)["jobs"]["site"]
    assert site["needs"] == "stories"  # after the checks, and after the due publishes
    assert "refs/heads/main" in site["if"] and "pull_request" in site["if"]
    assert site["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert site["environment"]["name"] == "github-pages"
    steps = site["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/cache",
                    "actions/configure-pages", "actions/upload-pages-artifact",
                    "actions/deploy-pages"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0] == f'pip install "{DISTRIBUTION}=={__version__}"'
    assert runs[1] == "newsroom verify"  # main as checked out, before it is built
    assert runs[2].startswith("newsroom build --out public --base-url")
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages"))
    assert upload["with"]["path"] == "public"
    checkout = steps[0]
    assert checkout["with"]["ref"] == "main"  # with the commits the due publishes pushed


def test_the_site_is_not_committed(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    assert newsroom(path, "init", env=env).code == 0
    assert "public/" in (path / ".gitignore").read_text().splitlines()

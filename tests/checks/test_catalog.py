"""Every check has examples that pass and fail, and they do (as proselint keeps its checks)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from newsroom.checks import engine
from newsroom.checks.catalog import CATALOG
from newsroom.checks.engine import Check, Example
from newsroom.checks.view import Roster, StoryView
from newsroom.models import GATES
from newsroom.store.config import load_config
from newsroom.store.stories import read_story
from tests.helpers import CLEAN_STORY, FIXTURES, edit_story


def build(root: Path, example: Example) -> StoryView:
    (root / "stories").mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "newsroom.yaml", root / "newsroom.yaml")
    folder = root / "stories" / "example-story"
    shutil.copytree(CLEAN_STORY, folder)
    edit_story(folder / "story.md", example.front, example.body)
    for name, data in (
        ("credits.yaml", example.credits),
        ("sources.yaml", example.sources),
        ("factcheck.yaml", example.factcheck),
    ):
        if data is not None:
            (folder / name).write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(root)
    return StoryView(
        read_story(root, "example-story"), config.checks, Roster.of(config), config.credit_roles
    )


def ids(check: Check) -> str:
    return check.id


def test_ids_are_unique_and_dotted() -> None:
    names = [c.id for c in CATALOG]
    assert len(names) == len(set(names))
    assert all("." in n and n == n.lower() for n in names)


@pytest.mark.parametrize("check", CATALOG, ids=ids)
def test_check_has_examples_and_source(check: Check) -> None:
    assert check.passing, f"{check.id} has no passing example"
    assert check.failing, f"{check.id} has no failing example"
    assert check.source.strip() and check.message.strip()


@pytest.mark.parametrize("check", CATALOG, ids=ids)
def test_failing_examples_fail(check: Check, tmp_path: Path) -> None:
    for i, example in enumerate(check.failing):
        view = build(tmp_path / f"f{i}", example)
        found = engine.run(view, engine.Plan([check], view.settings), frozenset(GATES))
        assert [f for f in found if f.check == check.id], f"{check.id}: failing example {i}"


# a placeholder standing as a word of a command (not an obvious <to-fill>)
BARE = re.compile(r"(?<![\w<-])(SLUG|ID|NAME|ROLE|STAGE|THEIR-ROSTER-ID|CHECK-ID)(?![\w>-])")


@pytest.mark.parametrize("check", CATALOG, ids=ids)
def test_failing_examples_suggest_commands_that_run_as_printed(check: Check,
                                                               tmp_path: Path) -> None:
    """What a finding tells the person to run names the story, the claim, the image...:
    no bare SLUG, ID or NAME is left for them to notice and replace."""
    for i, example in enumerate(check.failing):
        view = build(tmp_path / f"f{i}", example)
        for finding in engine.run(view, engine.Plan([check], view.settings), frozenset(GATES)):
            assert not BARE.findall(finding.message), (check.id, i, finding.message)


@pytest.mark.parametrize("check", CATALOG, ids=ids)
def test_passing_examples_pass(check: Check, tmp_path: Path) -> None:
    for i, example in enumerate(check.passing):
        view = build(tmp_path / f"p{i}", example)
        found = engine.run(view, engine.Plan([check], view.settings), frozenset(GATES))
        assert not found, f"{check.id}: passing example {i}: {found}"


def test_check_table_in_docs_is_up_to_date() -> None:
    """docs/checks.md is the catalog's table; regenerate it with python -m newsroom.checks.docs."""
    from newsroom.checks.docs import table
    from tests.helpers import ROOT

    current = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    hint = "docs/checks.md is out of date: run python -m newsroom.checks.docs"
    assert current == table(CATALOG), hint
    for check in CATALOG:
        assert f"| `{check.id}` |" in current

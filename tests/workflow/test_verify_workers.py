"""A long history is read on both cores: worker processes read the story files while the
replay goes on. The replay must find exactly what it finds reading them itself."""

from __future__ import annotations

import pytest

from newsroom.services import verify as service
from newsroom.services.workspace import Workspace
from tests.helpers import edit_story
from tests.workflow.conftest import SLUG, Team, signed_through
from tests.workflow.test_forgeries import forge, set_stage


def report(team: Team) -> service.VerifyReport:
    return service.verify(Workspace.find(team.reporter.path))


def test_workers_find_what_the_replay_finds_alone(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_through(team, "publish")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    edit_story(rosa.story_dir(SLUG) / "story.md", {}, body="A new body after the fact-check.\n")
    forge(rosa, "rtorres", "tighten")
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "done")
    alone = report(team)
    monkeypatch.setattr(service, "WORKERS_FROM", 0)
    monkeypatch.setattr(service, "WORKERS", 2)
    monkeypatch.setattr(service, "BATCH", 2)  # many batches, each read while one is replayed
    with_workers = report(team)
    assert alone.findings and with_workers.findings == alone.findings
    assert {f.check for f in alone.findings} >= {
        "signoff.content-changed",
        "signoff.hand-edited-stage",
    }

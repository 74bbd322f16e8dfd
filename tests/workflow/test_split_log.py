"""verify reads a long history with two `git log`s at once, the older half and the newer:
the replay must be the same as from one, forgeries in either half and across the middle."""

from __future__ import annotations

from newsroom.services.verify import VerifyReport, verify
from newsroom.services.workspace import Workspace
from tests.workflow.conftest import SLUG, Team, signed_through
from tests.workflow.test_forgeries import forge, set_stage
from tests.workflow.test_forgeries import verify as verify_cli

OTHER = "tide-gauge"


def report(team: Team, split_from: int) -> VerifyReport:
    return verify(Workspace.find(team.checker.path), split_from=split_from)


def test_two_logs_at_once_replay_as_one(team: Team) -> None:
    rosa = team.reporter
    rosa.write_story(OTHER, front={"headline": "Harbor City installs a tide gauge"})
    rosa.commit_filing(OTHER, f"file {OTHER}")
    set_stage(rosa, "fact-check", OTHER)  # an early forgery, in the older half
    forge(rosa, "rtorres", "tidy up")
    rosa.git("push", "-q")
    signed_through(team, "publish")
    checker = team.checker
    checker.git("pull", "-q")
    set_stage(checker, "published")  # a late one, on a story signed off in the older half
    forge(checker, "lpark", "ship it")

    whole = report(team, split_from=10**9)
    for split_from in (2, 3, whole.commits):
        halves = report(team, split_from)
        assert halves == whole, split_from
    assert {f.story for f in whole.findings} == {SLUG, OTHER}
    code, findings = verify_cli(checker)
    assert code == 1
    assert len(findings) == len(whole.findings)

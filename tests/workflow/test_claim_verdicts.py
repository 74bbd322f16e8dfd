"""Stale verdicts in the workflow: the fact-check gate, and a correction that changes a fact."""

from __future__ import annotations

import json

from tests.helpers import Clone, snapshot
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of


def _change_the_length_sentence(clone: Clone) -> None:
    story = clone.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Pelican Street pier", "Pelican Street dock"))


def _stale(clone: Clone) -> list[str]:
    result = clone.run("check", SLUG, "--format", "json")
    found = json.loads(result.out)["findings"]
    return [f["excerpt"] for f in found if f["check"] == "claim.stale-verdict" and f["blocking"]]


def test_the_fact_check_gate_blocks_on_a_stale_verdict(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa, lena = team.reporter, team.checker
    assert rosa.run("sync").code == 0
    _change_the_length_sentence(rosa)
    rosa.commit_all("the pier is a dock")
    assert rosa.run("sync").code == 0
    assert lena.run("sync").code == 0
    before = snapshot(lena.path)
    refused = lena.run("advance", SLUG)
    assert refused.code == 1, refused.text
    assert "claim.stale-verdict" in refused.text
    assert f"newsroom claim {SLUG} verify length --status verified" in refused.text
    assert snapshot(lena.path) == before
    verified = lena.run("claim", SLUG, "verify", "length", "--status", "verified")
    assert verified.code == 0, verified.text
    advanced = lena.run("advance", SLUG)
    assert advanced.code == 0, advanced.text
    assert stage_of(lena) == "publish"
    assert lena.run("verify").code == 0


def test_a_correction_leaves_the_verdicts_it_changed_stale(team: Team) -> None:
    signed_through(team, "published")
    grace, lena = team.chief, team.checker
    _change_the_length_sentence(grace)
    corrected = grace.run("correct", SLUG, "--note", "The wall starts at the dock, not the pier.")
    assert corrected.code == 0, corrected.text
    assert _stale(grace) == ["The wall will run 2.4 miles"]
    assert grace.run("sync").code == 0
    assert lena.run("sync").code == 0
    verified = lena.run("claim", SLUG, "verify", "length", "--status", "verified")
    assert verified.code == 0, verified.text
    assert _stale(lena) == []
    assert lena.run("check", SLUG).code == 0
    assert lena.run("verify").code == 0

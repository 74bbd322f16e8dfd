"""A killed story keeps what its stage held when it was killed: a story withdrawn after
publication still shows its headline on the notice that replaces its page, and the record
of what was published (content, corrections, byline, credits) is not for plain git to
rewrite while it is killed. A story spiked as a draft held nothing, and holds nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, make_team, published_with_reporter, signed_through

REASON = "The council withdrew the figures."


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def _killed(team: Team) -> Clone:
    """The story killed by an editor; the reporter's clone, synced after it."""
    grace = team.chief
    assert grace.run("sync").code == 0
    killed = grace.run("kill", SLUG, "--reason", REASON)
    assert killed.code == 0, killed.text
    assert grace.run("sync").code == 0
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    return rosa


def _edit(clone: Clone, old: str, new: str, message: str) -> str:
    story = clone.story_dir(SLUG) / "story.md"
    text = story.read_text()
    assert re.search(old, text, re.M), text
    story.write_text(re.sub(old, new, text, count=1, flags=re.M))
    clone.commit_all(message)
    return clone.git("rev-parse", "HEAD")


def _notice(clone: Clone) -> str:
    built = clone.run("build")
    assert built.code == 0, built.text
    return (clone.path / "public" / SLUG / "index.html").read_text()


def test_a_headline_changed_with_plain_git_after_a_kill_is_reported(team: Team) -> None:
    published_with_reporter(team)
    rosa = _killed(team)
    forged = _edit(rosa, r"^headline: .*$", "headline: Council admits it made the figures up",
                   "fix the headline")
    found = rosa.run("verify")
    assert found.code == 1, found.text
    assert "signoff.content-changed" in found.text and forged[:10] in found.text
    rosa.git("revert", "--no-edit", "HEAD")
    assert rosa.run("verify").code == 0
    assert "made the figures up" not in _notice(rosa)


def test_a_correction_taken_off_a_killed_story_is_reported(team: Team) -> None:
    published_with_reporter(team)
    grace = team.chief
    assert grace.run("sync").code == 0
    note = "An earlier version miscounted the workers."
    story = grace.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Two workers", "Three workers"))
    assert grace.run("correct", SLUG, "--note", note).code == 0
    assert grace.run("sync").code == 0
    rosa = _killed(team)
    story = rosa.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:")
    story.write_text(text[:start] + text[text.index("\n---\n", start) + 1 :])
    rosa.commit_all("tidy the front matter")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.corrections-changed" in found.text, found.text


def test_a_byline_changed_on_a_story_killed_after_its_credits_is_reported(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa = _killed(team)
    _edit(rosa, r"^(byline:.*)$", r"\1\n- Emeka Okafor", "add a name")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.byline-changed" in found.text, found.text
    assert "signoff.content-changed" not in found.text


def test_a_story_spiked_as_a_draft_holds_nothing(team: Team) -> None:
    rosa = _killed(team)
    _edit(rosa, r"^headline: .*$", "headline: A draft nobody will read", "rework the spiked draft")
    assert rosa.run("verify").code == 0


def test_an_editor_who_repairs_a_killed_story_vouches_for_it_as_it_stands(team: Team) -> None:
    published_with_reporter(team)
    rosa = _killed(team)
    _edit(rosa, r"^headline: .*$", "headline: Council figures withdrawn", "fix the headline")
    assert rosa.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    assert grace.run("verify").code == 1
    repaired = grace.run("repair", SLUG, "--to", "killed", "--reason", "the new headline stands")
    assert repaired.code == 0, repaired.text
    checked = grace.run("verify")
    assert checked.code == 0, checked.text
    assert "Council figures withdrawn" in _notice(grace)


def test_a_story_killed_after_publication_deleted_with_plain_git_is_reported(team: Team) -> None:
    published_with_reporter(team)
    rosa = _killed(team)
    rosa.git("rm", "-rq", f"stories/{SLUG}")
    rosa.commit_all("clear out the killed story")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.hand-edited-stage" in found.text, found.text
    assert "killed at published" in found.out and "newsroom kill" not in found.out
    rosa.git("revert", "--no-edit", "HEAD")
    assert rosa.run("verify").code == 0
    assert "withdrew" in _notice(rosa)


def test_a_spiked_draft_may_be_deleted(team: Team) -> None:
    rosa = _killed(team)
    rosa.git("rm", "-rq", f"stories/{SLUG}")
    rosa.commit_all("clear out the spiked draft")
    assert rosa.run("verify").code == 0

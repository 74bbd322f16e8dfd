"""Forgeries an attack on verify found: a merge commit that sets the stage, and an editor
who leaves the byline to publish and comes back. verify replays merges against their parents
and judges the byline of every commit."""

from __future__ import annotations

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, signed_through
from tests.workflow.test_forgeries import checks, forge, set_stage, verify


def test_a_merge_commit_that_sets_the_stage_is_caught(team: Team) -> None:
    rosa: Clone = team.reporter
    rosa.git("checkout", "-q", "-b", "side")
    (rosa.path / "NOTES.txt").write_text("x\n")
    forge(rosa, "rtorres", "notes")
    rosa.git("checkout", "-q", "main")
    (rosa.path / "TODO.txt").write_text("y\n")
    forge(rosa, "rtorres", "todo")
    rosa.git("merge", "-q", "--no-ff", "--no-commit", "side")
    set_stage(rosa, "publish")
    forge(rosa, "rtorres", "Merge branch 'side'")
    code, found = verify(rosa)
    assert code == 1 and "signoff.hand-edited-stage" in checks(found)


def test_an_editor_who_leaves_the_byline_to_publish_and_comes_back_is_caught(
    team: Team,
) -> None:
    rosa = team.reporter
    from tests.helpers import edit_story

    edit_story(rosa.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "gbell"]})
    credits = rosa.story_dir(SLUG) / "credits.yaml"
    credits.write_text(
        credits.read_text() + "  - name: Grace Bell\n    role: writing\n    person: gbell\n"
    )
    forge(rosa, "rtorres", "Grace co-writes")
    assert rosa.run("sync").code == 0
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    assert grace.run("publish", SLUG).code == 1  # on the byline: refused
    edit_story(grace.story_dir(SLUG) / "story.md", {"byline": ["rtorres"]})
    forge(grace, "gbell", "byline tidy")
    assert grace.run("publish", SLUG).code == 0
    edit_story(grace.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "gbell"]})
    forge(grace, "gbell", "restore byline")
    code, _ = verify(grace)
    assert code == 1

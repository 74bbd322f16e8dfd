"""The whole path, draft to published, by the right people in their own clones."""

from __future__ import annotations

import json

from tests.workflow.conftest import SLUG, Team, signed_through, stage_of


def test_draft_to_published_through_four_clones(team: Team) -> None:
    signed_through(team, "published")
    for clone in (team.reporter, team.editor, team.checker, team.chief):
        assert clone.run("sync").code == 0
        assert stage_of(clone) == "published"
        assert clone.git("status", "--porcelain") == ""
    rosa = team.reporter
    assert rosa.git("ls-remote", "--tags", "origin", f"published/{SLUG}")
    authors = rosa.git("log", "--format=%an", "-4", "--", f"stories/{SLUG}").splitlines()
    assert authors == ["Grace Bell", "Lena Park", "Emeka Okafor", "Rosa Torres"]
    verified = rosa.run("verify", "--format", "json")
    assert verified.code == 0, verified.text
    assert json.loads(verified.out)["findings"] == []


def test_each_signoff_is_one_commit_touching_only_the_story(team: Team) -> None:
    rosa = team.reporter
    rosa.write_story("other-story")
    rosa.commit_all("file other-story")
    (rosa.path / "notes.txt").write_text("staged elsewhere\n")
    rosa.git("add", "notes.txt")
    before = rosa.git("rev-parse", "HEAD")
    assert rosa.run("advance", SLUG, "--note", "ready for credits").code == 0
    assert rosa.git("rev-list", "--count", f"{before}..HEAD") == "1"
    changed = rosa.git("show", "--name-only", "--format=", "HEAD").splitlines()
    assert changed == [f"stories/{SLUG}/story.md"]
    body = rosa.git("show", "-s", "--format=%B", "HEAD")
    for trailer in ("Newsroom-Story: harbor-seawall", "Newsroom-From: draft",
                    "Newsroom-To: contributor-credit", "ready for credits"):
        assert trailer in body
    assert rosa.git("show", "-s", "--format=%an <%ae>", "HEAD") == (
        "Rosa Torres <rosa.torres@coastal.example>")
    assert rosa.git("diff", "--cached", "--name-only") == "notes.txt"  # left staged, not committed


def test_fact_check_signoff_pins_content_hash_and_history_shows_it(team: Team) -> None:
    signed_through(team, "publish")
    lena = team.checker
    body = lena.git("show", "-s", "--format=%B", "HEAD")
    assert "Newsroom-Content-Hash: sha256:" in body
    shown = lena.run("history", SLUG)
    assert shown.code == 0, shown.text
    for expected in ("Lena Park", "fact-check -> publish", "claims verified", "Emeka Okafor"):
        assert expected in shown.out


def test_return_kill_and_correct_are_signoffs(team: Team) -> None:
    signed_through(team, "fact-check")
    emeka = team.editor
    emeka.run("sync")
    back = emeka.run("return", SLUG, "--to", "draft", "--reason", "needs the mayor's response")
    assert back.code == 0, back.text
    assert stage_of(emeka) == "draft"
    assert "Newsroom-Action: return" in emeka.git("show", "-s", "--format=%B", "HEAD")
    assert emeka.run("verify").code == 0
    killed = emeka.run("kill", SLUG, "--reason", "the vote was postponed")
    assert killed.code == 0, killed.text
    assert stage_of(emeka) == "killed"
    assert emeka.run("verify").code == 0
    assert "the vote was postponed" in emeka.run("history", SLUG).out


def test_correct_commits_the_edit_with_a_dated_note(team: Team) -> None:
    signed_through(team, "published")
    grace = team.chief
    story = grace.story_dir(SLUG) / "story.md"
    edited = story.read_text().replace("2.4 miles from", "2.4 miles, from")
    story.write_text(edited.replace("---\n", "---\n# the desk's note stays\n", 1))
    result = grace.run("correct", SLUG, "--note", "An earlier version misplaced a comma.")
    assert result.code == 0, result.text
    assert grace.git("status", "--porcelain") == ""
    text = grace.git("show", f"HEAD:stories/{SLUG}/story.md")
    assert "2.4 miles, from" in text and "An earlier version misplaced a comma." in text
    assert text.startswith("---\n# the desk's note stays\n")  # the front matter is kept
    assert stage_of(grace) == "published"
    assert grace.run("verify").code == 0


def test_publish_due_publishes_only_stories_whose_embargo_passed(team: Team) -> None:
    from tests.helpers import edit_story

    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md", {"embargo": "2999-06-01T09:00:00+00:00"})
    rosa.write_story("tide-gauge", front={"embargo": "2001-06-01T09:00:00+00:00"})
    rosa.commit_all("two embargoed stories")
    assert rosa.run("sync").code == 0
    for slug in (SLUG, "tide-gauge"):
        for clone in (team.reporter, team.editor, team.checker):
            assert clone.run("sync").code == 0
            assert clone.run("advance", slug).code == 0, slug
            assert clone.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    result = grace.run("publish", "--due")
    assert result.code == 0, result.text
    assert "tide-gauge: published" in result.out and SLUG not in result.out
    assert stage_of(grace, "tide-gauge") == "published"
    assert stage_of(grace, SLUG) == "publish"
    assert "no embargoed story is due" in grace.run("publish", "--due").out
    assert grace.run("publish", SLUG, "--due").code == 2

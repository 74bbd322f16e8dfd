"""Forgeries made with plain git are caught by `verify`, in the formats of `check`."""

from __future__ import annotations

import json
from typing import Any

from tests.helpers import Clone, edit_story
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of


def forge(clone: Clone, person: str, message: str) -> None:
    """Commit everything in the clone as `person`, with plain git and a hand-written message."""
    from tests.helpers import PEOPLE

    name, email = PEOPLE[person]
    clone.git("add", "-A")
    clone.git("-c", f"user.name={name}", "-c", f"user.email={email}", "commit", "-q", "-m", message)


def trailers(frm: str, to: str, action: str = "advance", story: str = SLUG) -> str:
    return (f"newsroom: {story} {frm} -> {to}\n\nNewsroom-Story: {story}\n"
            f"Newsroom-Action: {action}\nNewsroom-From: {frm}\nNewsroom-To: {to}\n")


def set_stage(clone: Clone, stage: str, slug: str = SLUG) -> None:
    edit_story(clone.story_dir(slug) / "story.md", {"stage": stage})


def verify(clone: Clone) -> tuple[int, list[dict[str, Any]]]:
    result = clone.run("verify", "--format", "json")
    assert result.code in (0, 1), result.text
    return result.code, json.loads(result.out)["findings"]


def checks(findings: list[dict[str, Any]]) -> set[str]:
    return {f["check"] for f in findings}


def test_clean_history_verifies(team: Team) -> None:
    signed_through(team, "publish")
    assert verify(team.checker) == (0, [])


def test_stage_edited_by_hand_is_caught(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "move it along")
    code, found = verify(rosa)
    assert code == 1
    # the commit that did it, one finding for one forgery
    assert checks(found) == {"signoff.hand-edited-stage"}
    hit = next(f for f in found if f["check"] == "signoff.hand-edited-stage")
    assert hit["story"] == SLUG and hit["file"] == f"stories/{SLUG}/story.md"
    assert hit["line"] > 1 and "without a sign-off" in hit["message"]
    assert f"newsroom repair {SLUG} --to <stage> --reason" in hit["message"]
    assert "draft before this commit" in hit["message"] and "STAGE" not in hit["message"]


def test_trailers_written_by_someone_without_the_role(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa = team.reporter
    rosa.run("sync")
    set_stage(rosa, "publish")
    forge(rosa, "rtorres", trailers("fact-check", "publish"))
    code, found = verify(rosa)
    assert code == 1 and "signoff.wrong-role" in checks(found)
    assert any("takes a fact-checker" in f["message"] for f in found)


def test_trailers_by_someone_not_on_the_roster(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    rosa.git("add", "-A")
    rosa.git("-c", "user.name=Mallory", "-c", "user.email=mallory@example.org", "commit", "-q",
             "-m", trailers("draft", "contributor-credit"))
    _, found = verify(rosa)
    assert any(f["check"] == "signoff.wrong-role" and "not on the roster" in f["message"]
               for f in found)


def test_two_stages_in_one_commit(team: Team) -> None:
    emeka = team.editor
    set_stage(emeka, "fact-check")
    forge(emeka, "eokafor", trailers("draft", "fact-check"))
    _, found = verify(emeka)
    assert "signoff.skipped-stage" in checks(found)


def test_two_stages_in_one_commit_without_trailers(team: Team) -> None:
    emeka = team.editor
    set_stage(emeka, "fact-check")
    forge(emeka, "eokafor", "fix stage")
    _, found = verify(emeka)
    assert {"signoff.skipped-stage", "signoff.hand-edited-stage"} <= checks(found)


def test_byline_author_approving_own_story(team: Team) -> None:
    emeka = team.editor
    edit_story(emeka.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "eokafor"]})
    forge(emeka, "eokafor", "add Emeka to the byline")
    emeka.run("sync")
    signed_through(team, "publish")
    emeka.run("sync")
    set_stage(emeka, "published")
    forge(emeka, "eokafor", trailers("publish", "published", "publish"))
    _, found = verify(emeka)
    assert "signoff.self-signoff" in checks(found)
    assert any("on the byline" in f["message"] for f in found)


def test_signoff_that_also_changes_another_story(team: Team) -> None:
    rosa = team.reporter
    rosa.write_story("other-story")
    rosa.commit_filing("other-story", "file another")
    set_stage(rosa, "contributor-credit")
    story = rosa.story_dir("other-story") / "story.md"
    story.write_text(story.read_text().replace("Tuesday", "Monday", 1))
    forge(rosa, "rtorres", trailers("draft", "contributor-credit"))
    _, found = verify(rosa)
    assert checks(found) == {"signoff.mixed-commit"}
    assert "other-story" in found[0]["message"]


def test_trailers_that_disagree_with_the_stage(team: Team) -> None:
    rosa = team.reporter
    (rosa.story_dir(SLUG) / "sources.yaml").write_text("sources: []\n")
    forge(rosa, "rtorres", trailers("draft", "contributor-credit"))
    _, found = verify(rosa)
    assert "signoff.stage-mismatch" in checks(found)


def test_verify_since_ignores_older_history(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "adopted before sign-offs existed")
    base = rosa.git("rev-parse", "HEAD")
    assert rosa.run("verify").code == 1
    assert rosa.run("verify", "--since", base).code == 2  # nothing after it: proves nothing
    emeka = rosa.act_as("eokafor")
    assert emeka.run("advance", SLUG).code == 0
    assert stage_of(emeka) == "fact-check"
    assert emeka.run("verify", "--since", base).code == 0


def test_verify_formats_match_check(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "move it along")
    github = rosa.run("verify", "--format", "github")
    assert github.code == 1
    assert github.out.startswith(f"::error file=stories/{SLUG}/story.md,line=")
    assert "title=signoff.hand-edited-stage" in github.out
    sarif = json.loads(rosa.run("verify", "--format", "sarif").out)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "signoff.hand-edited-stage"
    assert "<failure" in rosa.run("verify", "--format", "junit").out
    text = rosa.run("verify")
    assert "signoff.hand-edited-stage" in text.out and text.code == 1


def test_leaving_the_byline_in_the_signing_commit_does_not_help(team: Team) -> None:
    roster = team.editor.path / "newsroom.yaml"
    emeka = team.editor
    edit_story(emeka.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "eokafor"]})
    both = roster.read_text().replace("roles: [editor]", "roles: [editor, fact-checker]", 1)
    roster.write_text(both)
    forge(emeka, "eokafor", "Emeka co-writes and checks facts")
    emeka.run("sync")
    signed_through(team, "fact-check")
    emeka.run("sync")
    edit_story(emeka.story_dir(SLUG) / "story.md", {"byline": ["rtorres"], "stage": "publish"})
    forge(emeka, "eokafor", trailers("fact-check", "publish"))
    _, found = verify(emeka)
    assert "signoff.self-signoff" in checks(found)

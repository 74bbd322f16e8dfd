"""Every refusal: the wrong person, a dirty story, a failing gate, changed content, an embargo.

Each refused command exits 1 (2 for bad input) and leaves the clone exactly as it was."""

from __future__ import annotations

import pytest

from tests.helpers import Clone, edit_story, snapshot
from tests.workflow.conftest import SLUG, Team, signed_through


def refused(clone: Clone, *args: str, code: int = 1) -> str:
    before = snapshot(clone.path)
    result = clone.run(*args)
    assert result.code == code, result.text
    assert "Traceback" not in result.text
    assert snapshot(clone.path) == before, "a refused command changed the repository"
    return result.err


@pytest.mark.parametrize(
    ("until", "wrong", "expected"),
    [
        ("", "lpark", "cannot sign off draft"),  # a fact-checker may not sign the draft
        ("", "mchen", "cannot sign off draft"),  # a reporter not on the byline may not either
        ("contributor-credit", "rtorres", "takes an editor"),
        ("contributor-credit", "lpark", "takes an editor"),
        ("fact-check", "eokafor", "takes a fact-checker"),
        ("fact-check", "rtorres", "takes a fact-checker"),
        ("publish", "lpark", "takes an editor"),
        ("publish", "rtorres", "takes an editor"),
    ],
)
def test_wrong_person_at_each_stage_is_refused(
    team: Team, until: str, wrong: str, expected: str
) -> None:
    if until:
        signed_through(team, until)
    clone = team.chief
    assert clone.run("sync").code == 0
    clone.act_as(wrong)
    command = "publish" if until == "publish" else "advance"
    err = refused(clone, command, SLUG)
    assert expected in err and "nothing was changed" in err


def test_byline_fact_checker_may_not_check_own_story(team: Team) -> None:
    roster = (team.chief.path / "newsroom.yaml").read_text()
    roster = roster.replace("roles: [reporter]\n  - id: mchen", "roles: [reporter, fact-checker]\n"
                            "  - id: mchen", 1)
    grace = team.chief
    (grace.path / "newsroom.yaml").write_text(roster)
    grace.commit_all("Rosa also checks facts")
    assert grace.run("sync").code == 0
    signed_through(team, "fact-check")
    rosa = team.reporter
    rosa.run("sync")
    err = refused(rosa, "advance", SLUG)
    assert "on the byline" in err


def test_four_eyes_fact_checker_may_not_publish(tmp_path, env) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import FIXTURES
    from tests.workflow.conftest import make_team

    config = (FIXTURES / "newsroom.yaml").read_text().replace(
        "roles: [fact-checker]", "roles: [fact-checker, editor]").replace(
        "require_signed: false", "require_signed: false\nfour_eyes: true")
    team = make_team(tmp_path, env, config)
    signed_through(team, "publish")
    lena = team.checker
    err = refused(lena, "publish", SLUG)
    assert "four_eyes" in err
    assert team.chief.run("sync").code == 0
    assert team.chief.run("publish", SLUG).code == 0


def test_unknown_person_is_refused(team: Team) -> None:
    rosa = team.reporter
    rosa.git("config", "user.email", "stranger@example.org")
    err = refused(rosa, "advance", SLUG)
    assert "stranger@example.org is not in the roster" in err


def test_uncommitted_edits_in_the_story_are_refused(team: Team) -> None:
    rosa = team.reporter
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Tuesday", "Wednesday", 1))
    err = refused(rosa, "advance", SLUG)
    assert "uncommitted edits" in err and "story.md" in err


def test_failing_gate_is_refused_and_shows_findings(team: Team) -> None:
    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md", {"headline": ""})
    rosa.commit_all("drop the headline")
    before = snapshot(rosa.path)
    result = rosa.run("advance", SLUG)
    assert result.code == 1
    assert "headline.present" in result.out
    assert "cannot leave draft" in result.err
    assert snapshot(rosa.path) == before


def test_publish_refused_when_content_changed_after_fact_check(team: Team) -> None:
    signed_through(team, "publish")
    grace = team.chief
    grace.run("sync")
    story = grace.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Crews survey", "Workers survey"))
    grace.commit_all("tweak the caption")
    err = refused(grace, "publish", SLUG)
    assert "changed after its fact-check sign-off" in err and "return" in err
    assert grace.run("return", SLUG, "--to", "fact-check", "--reason", "caption changed").code == 0
    grace.run("sync")
    lena = team.checker
    lena.run("sync")
    assert lena.run("advance", SLUG).code == 0
    lena.run("sync")
    grace.run("sync")
    assert grace.run("publish", SLUG).code == 0


def test_publish_refused_before_the_embargo(team: Team) -> None:
    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md", {"embargo": "2999-01-01T09:00:00+00:00"})
    rosa.commit_all("embargo")
    rosa.run("sync")
    signed_through(team, "publish")
    grace = team.chief
    grace.run("sync")
    err = refused(grace, "publish", SLUG)
    assert "embargo until 2999-01-01" in err


def test_advance_at_publish_points_to_publish_and_published_goes_nowhere(team: Team) -> None:
    signed_through(team, "publish")
    grace = team.chief
    grace.run("sync")
    assert "newsroom publish" in refused(grace, "advance", SLUG)
    assert grace.run("publish", SLUG).code == 0
    assert "no stage after" in refused(grace, "advance", SLUG)
    assert "cannot be returned" in refused(grace, "return", SLUG, "--to", "draft", "--reason", "x")


def test_reporter_may_not_return_kill_or_correct(team: Team) -> None:
    signed_through(team, "contributor-credit")
    rosa = team.reporter
    assert "takes an editor" in refused(rosa, "return", SLUG, "--to", "draft", "--reason", "x")
    assert "takes an editor" in refused(rosa, "kill", SLUG, "--reason", "x")
    assert "only a published story" in refused(team.editor, "correct", SLUG, "--note", "x")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("advance", "../etc"), "not a valid slug"),
        (("advance", "no-such-story"), "no story 'no-such-story'"),
        (("return", SLUG, "--to", "printed", "--reason", "x"), "'printed' is not one of"),
        (("return", SLUG, "--to", "draft", "--reason", " "), "say why"),
        (("verify", "--since", "no-such-ref"), "not a commit"),
        (("verify", "--format", "yaml"), "'yaml' is not one of"),
        (("history", "Bad Slug"), "not a valid slug"),
        (("history", "no-such-story"), "no story 'no-such-story'"),
        (("publish",), "name one story to publish, or use --due"),
    ],
)
def test_bad_input_is_one_line_exit_2(team: Team, args: tuple[str, ...], message: str) -> None:
    err = refused(team.editor, *args, code=2)
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_broken_story_file_names_the_file(team: Team) -> None:
    rosa = team.reporter
    (rosa.story_dir(SLUG) / "credits.yaml").write_text("contributors: [\n")
    rosa.commit_all("break credits")
    err = refused(rosa, "advance", SLUG, code=2)
    assert f"stories/{SLUG}/credits.yaml" in err


def test_sync_without_a_remote_says_how_to_add_one(room: Clone) -> None:
    err = refused(room, "sync", code=2)
    assert "git remote add origin" in err

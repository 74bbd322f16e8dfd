"""Holes an attacker found in the seventy-second pass, aimed at what `verify` (and the
sign-off rules it shares with the commands) accepts of history made with plain git in
several clones of one remote: side branches merged back with an edit made on main, a range
verified from a commit after a branch was cut, replace refs and a grafts file, and a byline
that names its own fact-checker in other letters. Each test was seen to fail before its
fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsroom.store import stories
from newsroom.store.content import content_hash
from tests.helpers import PEOPLE, Clone, edit_story, pin_fact_check
from tests.workflow.conftest import (
    SLUG,
    Team,
    fact_checked_beside,
    make_team,
    signed_through,
    stage_of,
)
from tests.workflow.test_forgeries import checks, forge, set_stage, trailers, verify


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def _merged_with_an_edit_on_main(rosa: Clone, forgery: Callable[[], None]) -> None:
    """A forgery committed on a side branch, a body edit on main, then the side merged in:
    the merge takes the forged value from one parent and the edit from the other."""
    rosa.git("checkout", "-q", "-b", "side")
    forgery()
    forge(rosa, "rtorres", "move it along")
    rosa.git("checkout", "-q", "main")
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Residents filled", "Residents packed"))
    forge(rosa, "rtorres", "tighten the residents paragraph")
    rosa.git("merge", "-q", "--no-edit", "side")
    assert "Residents packed" in story.read_text()


def test_a_stage_set_by_hand_on_a_side_branch_stays_a_finding_once_merged(team: Team) -> None:
    rosa = team.reporter
    _merged_with_an_edit_on_main(rosa, lambda: set_stage(rosa, "contributor-credit"))
    assert stage_of(rosa) == "contributor-credit"
    code, found = verify(rosa)
    assert code == 1 and checks(found) == {"signoff.hand-edited-stage"}, found
    assert "move it along" in found[0]["excerpt"]
    rosa.git("revert", "--no-edit", "side")  # an honest revert clears it
    assert stage_of(rosa) == "draft"
    assert verify(rosa) == (0, [])


def test_a_verdict_forged_on_a_side_branch_stays_a_finding_once_merged(team: Team) -> None:
    rosa = team.reporter
    claims = rosa.story_dir(SLUG) / "factcheck.yaml"

    def dispute() -> None:
        text = claims.read_text()
        claims.write_text(text.replace("status: verified", "status: disputed", 1))

    _merged_with_an_edit_on_main(rosa, dispute)
    code, found = verify(rosa)
    assert code == 1 and checks(found) == {"claim.forged-verdict"}, found


def _replacement(clone: Clone, commit: str, person: str, message: str) -> str:
    """A commit with `commit`'s tree and parents, authored by `person` with `message`."""
    name, email = PEOPLE[person]
    tree = clone.git("rev-parse", f"{commit}^{{tree}}")
    parents = clone.git("rev-parse", f"{commit}^@").split()
    args = [a for p in parents for a in ("-p", p)]
    return clone.git("-c", f"user.name={name}", "-c", f"user.email={email}",
                     "commit-tree", tree, *args, "-m", message)


def test_a_replace_ref_does_not_turn_a_forged_stage_into_a_signoff(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "move it along")
    forged = rosa.git("rev-parse", "HEAD")
    rosa.git("replace", forged,
             _replacement(rosa, forged, "eokafor", trailers("draft", "contributor-credit")))
    code, found = verify(rosa)
    assert code == 1 and checks(found) == {"signoff.hand-edited-stage"}, found


def test_a_grafts_file_does_not_hide_a_forged_stage(team: Team) -> None:
    emeka = team.editor
    assert emeka.run("advance", SLUG).code == 0
    advanced = emeka.git("rev-parse", "HEAD")
    returned = emeka.run("return", SLUG, "--to", "draft", "--reason", "credits are missing")
    assert returned.code == 0, returned.text
    set_stage(emeka, "contributor-credit")
    forge(emeka, "rtorres", "move it along")
    forged = emeka.git("rev-parse", "HEAD")
    (emeka.path / ".git" / "info").mkdir(exist_ok=True)
    (emeka.path / ".git" / "info" / "grafts").write_text(f"{forged} {advanced}\n")
    code, found = verify(emeka)
    assert code == 1 and checks(found) == {"signoff.hand-edited-stage"}, found


def test_a_branch_cut_before_a_return_is_judged_by_its_own_parent_with_since(
    team: Team,
) -> None:
    """A pull request's CI verifies only the commits since main (`ci --changed-since
    origin/main`): a commit on a branch cut before main moved is judged by the story as
    its own parent had it, not as main has it now."""
    emeka = team.editor
    assert emeka.run("advance", SLUG).code == 0
    cut = emeka.git("rev-parse", "HEAD")
    returned = emeka.run("return", SLUG, "--to", "draft", "--reason", "credits are missing")
    assert returned.code == 0, returned.text
    main = emeka.git("rev-parse", "HEAD")
    emeka.git("checkout", "-q", "-b", "side", cut)
    story = emeka.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Residents filled", "Residents packed"))
    forge(emeka, "rtorres", trailers("draft", "contributor-credit"))
    emeka.git("merge", "-q", "-s", "ours", "--no-edit", "main")
    assert stage_of(emeka) == "contributor-credit"
    assert verify(emeka)[0] == 1
    result = emeka.run("verify", "--since", main, "--format", "json")
    assert result.code == 1, result.text
    ci = emeka.run("ci", "--changed-since", main)
    assert ci.code == 1, ci.text


@pytest.mark.parametrize("signed_on", ["side", "main"])
def test_a_body_edited_at_fact_check_merged_with_the_fact_check_signoff(
    team: Team, signed_on: str
) -> None:
    """The fact-check is signed off on one branch while the body is edited (at fact-check,
    where that is allowed) on the other: merged, the story is at publish with words no one
    checked, whichever parent the sign-off is on."""
    def edit(lena: Clone) -> None:
        story = lena.story_dir(SLUG) / "story.md"
        story.write_text(story.read_text().replace("Residents filled", "Residents packed"))
        forge(lena, "rtorres", "tighten the residents paragraph")

    lena = fact_checked_beside(team, signed_on, edit)
    assert "Residents packed" in (lena.story_dir(SLUG) / "story.md").read_text()
    pin_fact_check(lena.path, SLUG)  # the pin rewritten by hand, as anyone can
    forge(lena, "rtorres", "pin")
    code, found = verify(lena)
    assert code == 1 and "signoff.content-changed" in checks(found), found


@pytest.mark.parametrize("written", ["lena park", "Lena  Park", "LPARK"])
def test_a_fact_checker_on_the_byline_in_other_letters_may_not_sign_it_off(
    team: Team, written: str
) -> None:
    """A byline names a person however it is written: 'lena park', marked as an outside
    contributor so the byline check takes it, is Lena Park, who may not check her story."""
    rosa = team.reporter
    edit_story(rosa.story_dir(SLUG) / "story.md",
               {"byline": ["rtorres", {"name": written, "outside": True}]})
    credits = rosa.story_dir(SLUG) / "credits.yaml"
    credits.write_text(credits.read_text() + f"  - name: {written}\n    role: reporting\n")
    forge(rosa, "rtorres", "Lena reported from the council chamber")
    assert rosa.run("sync").code == 0
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    result = lena.run("advance", SLUG, "--note", "claims verified")
    assert result.code == 1 and "on the byline" in result.text, result.text
    set_stage(lena, "publish")
    pin_fact_check(lena.path, SLUG)  # the pin rewritten by hand, as anyone can
    pin = content_hash(stories.read_story(lena.path, SLUG))
    forge(lena, "lpark", trailers("fact-check", "publish") + f"Newsroom-Content-Hash: {pin}\n")
    code, found = verify(lena)
    assert code == 1 and "signoff.self-signoff" in checks(found), found



def test_four_eyes_holds_for_a_fact_check_signoff_merged_from_a_side_branch(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """With four_eyes, the fact-checker who is also an editor may not publish what she
    checked: also when her fact-check sign-off came in by a merge with a dateline edit."""
    from tests.helpers import FIXTURES

    config = (FIXTURES / "newsroom.yaml").read_text().replace(
        "roles: [fact-checker]", "roles: [fact-checker, editor]").replace(
        "require_signed: false", "require_signed: false\nfour_eyes: true")
    team = make_team(tmp_path, env, config)
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    lena.git("checkout", "-q", "-b", "side")
    assert lena.run("advance", SLUG, "--note", "claims verified").code == 0
    lena.git("checkout", "-q", "main")
    story = lena.story_dir(SLUG) / "story.md"
    text = story.read_text()
    story.write_text(text.replace("dateline: HARBOR CITY, Fla.", "dateline: Harbor City"))
    forge(lena, "rtorres", "drop the state from the dateline")
    lena.git("merge", "-q", "--no-edit", "side")
    assert stage_of(lena) == "publish"
    assert verify(lena) == (0, [])
    set_stage(lena, "published")
    pin = content_hash(stories.read_story(lena.path, SLUG))
    forge(lena, "lpark", trailers("publish", "published", "publish")
          + f"Newsroom-Content-Hash: {pin}\n")
    code, found = verify(lena)
    assert code == 1 and checks(found) == {"signoff.self-signoff"}, found

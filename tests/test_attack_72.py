"""Holes an attacker found in the seventy-second pass, aimed at what `verify` accepts of
history made with plain git in several clones of one remote (merges, renames, rewritten
history, refs that claim a sign-off), at commands killed while they write, at impossible
values, and at two clones signing off at once. Each test was seen to fail before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, make_team, stage_of
from tests.workflow.test_forgeries import checks, forge, set_stage, verify


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
    from tests.helpers import PEOPLE

    name, email = PEOPLE[person]
    tree = clone.git("rev-parse", f"{commit}^{{tree}}")
    parents = clone.git("rev-parse", f"{commit}^@").split()
    args = [a for p in parents for a in ("-p", p)]
    return clone.git("-c", f"user.name={name}", "-c", f"user.email={email}",
                     "commit-tree", tree, *args, "-m", message)


def test_a_replace_ref_does_not_turn_a_forged_stage_into_a_signoff(team: Team) -> None:
    from tests.workflow.test_forgeries import trailers

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
    from tests.workflow.test_forgeries import trailers

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


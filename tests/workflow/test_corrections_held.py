"""The corrections a published story shows are the ones its story.md holds, each dated by the
sign-off that made it: a correction's note is a field with authority, read by the one
story-file module, so a note forged with plain git leaves the page once an editor reverts it
and repairs the story, and a correction cannot be taken off a page without a sign-off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import (
    SLUG,
    Team,
    fact_checked_beside,
    make_team,
    published_with_reporter,
    signed_through,
)
from tests.workflow.test_forgeries import checks, forge, verify

FORGED = "An earlier version of this story was made up."


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def _forge_correction(clone: Clone, note: str, *, in_story: bool) -> str:
    """A correction committed with plain git by someone without the role: an edit, the note
    in story.md's `corrections` (when `in_story`) and the trailers `correct` writes."""
    story = clone.story_dir(SLUG) / "story.md"
    text = story.read_text().replace("Two workers", "Three workers")
    if in_story:
        head, _, rest = text.partition("\n---\n")
        text = f"{head}\ncorrections:\n- date: '2026-06-01T00:00:00Z'\n  note: {note}\n---\n{rest}"
    story.write_text(text)
    clone.git("add", "-A")
    clone.git(
        "commit", "-q", "-m",
        f"newsroom: {SLUG} correction\n\n{note}\n\nNewsroom-Story: {SLUG}\n"
        "Newsroom-Action: correct\nNewsroom-From: published\nNewsroom-To: published\n",
    )
    return clone.git("rev-parse", "HEAD")


def _page(clone: Clone) -> str:
    built = clone.run("build")
    assert built.code == 0, built.text
    return (clone.path / "public" / SLUG / "index.html").read_text()


def _ninjs(clone: Clone) -> str:
    exported = clone.run("export", SLUG, "--format", "ninjs")
    assert exported.code == 0, exported.text
    return exported.out


@pytest.mark.parametrize("in_story", [True, False], ids=["note-in-story", "trailer-only"])
def test_a_forged_correction_reverted_and_repaired_leaves_no_note(
    team: Team, in_story: bool
) -> None:
    rosa = published_with_reporter(team)
    forged = _forge_correction(rosa, FORGED, in_story=in_story)
    assert rosa.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    grace.git("revert", "--no-edit", forged)
    repaired = grace.run("repair", SLUG, "--to", "published", "--reason", "forged correction")
    assert repaired.code == 0, repaired.text
    assert grace.run("verify").code == 0
    page = _page(grace)
    assert FORGED not in page and 'class="corrections"' not in page
    assert FORGED not in _ninjs(grace)


def test_an_editor_who_repairs_over_a_forged_note_vouches_for_it(team: Team) -> None:
    rosa = published_with_reporter(team)
    _forge_correction(rosa, FORGED, in_story=True)
    assert rosa.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    held = grace.run("verify")
    assert held.code == 1 and "signoff.wrong-role" in held.text, held.text
    repaired = grace.run("repair", SLUG, "--to", "published", "--reason", "the note stands")
    assert repaired.code == 0, repaired.text
    assert grace.run("verify").code == 0
    assert FORGED in _page(grace)


def test_a_correction_taken_out_of_story_md_with_plain_git_is_reported(team: Team) -> None:
    published_with_reporter(team)
    grace = team.chief
    assert grace.run("sync").code == 0
    story = grace.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Two workers", "Three workers"))
    note = "An earlier version miscounted the workers."
    assert grace.run("correct", SLUG, "--note", note).code == 0
    assert grace.run("sync").code == 0
    assert note in _page(grace)
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    story = rosa.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:")
    end = text.index("\n---\n", start)
    story.write_text(text[:start] + text[end + 1 :])
    rosa.commit_all("tidy the front matter")
    hidden = rosa.git("rev-parse", "HEAD")
    found = rosa.run("verify")
    assert found.code == 1, found.text
    assert "signoff.corrections-changed" in found.text and hidden[:10] in found.text
    assert len([x for x in found.out.splitlines() if "corrections-changed" in x]) == 1
    rosa.git("revert", "--no-edit", "HEAD")
    assert rosa.run("verify").code == 0
    assert note in _page(rosa)


def test_a_correction_added_with_plain_git_before_publication_is_not_shown(
    team: Team,
) -> None:
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    story = rosa.story_dir(SLUG) / "story.md"
    head, _, rest = story.read_text().partition("\n---\n")
    story.write_text(f"{head}\ncorrections:\n- date: '2026-06-01T00:00:00Z'\n  note: {FORGED}\n"
                     f"---\n{rest}")
    rosa.commit_all("a note for later")
    assert rosa.run("sync").code == 0
    signed_through(team, "published")
    grace = team.chief
    assert grace.run("sync").code == 0
    page = _page(grace)
    assert FORGED not in page
    data = json.loads(_ninjs(grace))
    assert all(d.get("role") != "correction" for d in data.get("descriptions", []))


def test_a_corrections_list_that_is_not_a_list_of_notes_is_named(team: Team) -> None:
    rosa = team.reporter
    story = rosa.story_dir(SLUG) / "story.md"
    head, _, rest = story.read_text().partition("\n---\n")
    story.write_text(f"{head}\ncorrections:\n- date: '2026-06-01T00:00:00Z'\n  note: [a, b]\n"
                     f"---\n{rest}")
    result = rosa.run("check", SLUG)
    assert result.code == 2, result.text
    assert "story.md:" in result.text and "'corrections.0.note' must be text" in result.text


def _forged_ahead_and_taken_back(team: Team) -> Clone:
    """A correction forged with plain git and dated in 2099 (a commit's date is its author's
    to set), reverted and repaired by the chief editor, whose clone is returned."""
    rosa = published_with_reporter(team)
    rosa.env = {**rosa.env, "GIT_AUTHOR_DATE": "2099-01-01T00:00:00Z"}
    forged = _forge_correction(rosa, FORGED, in_story=True)
    rosa.env = {k: v for k, v in rosa.env.items() if k != "GIT_AUTHOR_DATE"}
    assert rosa.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    grace.git("revert", "--no-edit", forged)
    assert grace.run("repair", SLUG, "--to", "published", "--reason", "forged").code == 0
    return grace


def test_a_forged_correction_dated_ahead_does_not_date_the_real_one_after_it(
    team: Team,
) -> None:
    """The forged correction leaves the page, and leaves the date of the real correction
    made after it to that correction's own sign-off (and the page's modified time with it)."""
    grace = _forged_ahead_and_taken_back(team)
    story = grace.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Two workers", "Four workers"))
    note = "An earlier version miscounted the workers."
    assert grace.run("correct", SLUG, "--note", note).code == 0
    page = _page(grace)
    assert FORGED not in page and note in page
    assert "2099" not in page
    data = json.loads(_ninjs(grace))
    assert not data["versioncreated"].startswith("2099"), data["versioncreated"]


def test_a_kill_after_a_forged_correction_dated_ahead_is_dated_by_its_own_sign_off(
    team: Team,
) -> None:
    grace = _forged_ahead_and_taken_back(team)
    killed = grace.run("kill", SLUG, "--reason", "The council withdrew the figures.")
    assert killed.code == 0, killed.text
    notice = _page(grace)
    assert "withdrew" in notice and "2099" not in notice


@pytest.mark.parametrize("signed_on", ["side", "main"])
def test_a_note_added_at_fact_check_and_merged_with_the_fact_check_signoff(
    team: Team, signed_on: str
) -> None:
    """The fact-check is signed off on one branch while a correction note is written into
    story.md on the other (at fact-check, where the list is not yet held): merged, the story
    is at publish with a corrections list nobody signed off, whichever parent the sign-off
    is on."""

    def add_note(lena: Clone) -> None:
        story = lena.story_dir(SLUG) / "story.md"
        text = story.read_text().removeprefix("---\n")
        story.write_text(f"---\ncorrections:\n- date: '2026-06-01T00:00:00Z'\n"
                         f"  note: {FORGED}\n{text}")
        forge(lena, "rtorres", "front matter")

    lena = fact_checked_beside(team, signed_on, add_note)
    assert FORGED in (lena.story_dir(SLUG) / "story.md").read_text()
    code, found = verify(lena)
    assert code == 1 and "signoff.corrections-changed" in checks(found), found

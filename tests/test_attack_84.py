"""Holes an attacker found in the eighty-fourth pass, aimed at the corrections a page shows
now that it shows only those story.md's `corrections` list holds (verify guarding that list
as `signoff.corrections-changed`). Each test drives the real command against real git
repositories and was seen to fail before its fix.

- A correction was free to change the whole list: verify let a `correct` sign-off through
  whatever it did to story.md's `corrections`, so `newsroom correct` run in a folder where
  an earlier note had been taken out (or reworded) committed that too, and the earlier
  correction left the page and the export with verify passing; an editor's correction
  committed with plain git did the same. `correct` now refuses such a folder in one line,
  nothing changed, and verify reports a correction that drops or rewrites one made before
  it: a correction only adds its own note.

What held: a second correction, a kill and a repair back to published kept every earlier
correction on the page and in the export (the kill notice showing none); `correct` on a
list written by hand in flow style with a comment added its note and kept the comment; a
note written over two lines that reads as the same words stayed on the page with verify
passing; notes reordered or duplicated with plain git were reported; a `corrections` key
written as a mapping or as text, or a correction dated in a form that is no ISO time, was
named by file and line (exit 2) by check, export, build and correct, and verify reported
the commit; a `corrections` key left empty read as no corrections.

Left open:

- While a story is killed its corrections are not frozen (nor is its content): a note taken
  out then is gone from the page once an editor repairs the story back to published, the
  repair vouching for the story as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, make_team, signed_through

FIRST = "An earlier version miscounted the workers."
SECOND = "An earlier version gave the wrong length of the wall."


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def _corrected(team: Team) -> Clone:
    """The story published and corrected once by Grace Bell, an editor."""
    signed_through(team, "published")
    grace = team.chief
    assert grace.run("sync").code == 0
    _edit(grace, "Two workers", "Three workers")
    done = grace.run("correct", SLUG, "--note", FIRST)
    assert done.code == 0, done.text
    return grace


def _edit(clone: Clone, old: str, new: str) -> Path:
    story = clone.story_dir(SLUG) / "story.md"
    text = story.read_text()
    assert old in text
    story.write_text(text.replace(old, new, 1))
    return story


def _without_corrections(clone: Clone) -> None:
    story = clone.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:")
    story.write_text(text[:start] + text[text.index("\n---\n", start) + 1 :])


def _page(clone: Clone) -> str:
    built = clone.run("build")
    assert built.code == 0, built.text
    return (clone.path / "public" / SLUG / "index.html").read_text()


def _ninjs(clone: Clone) -> str:
    exported = clone.run("export", SLUG, "--format", "ninjs")
    assert exported.code == 0, exported.text
    return exported.out


@pytest.mark.parametrize("how", ["dropped", "reworded"])
def test_correct_refuses_a_folder_that_takes_back_an_earlier_correction(
    team: Team, how: str
) -> None:
    grace = _corrected(team)
    if how == "dropped":
        _without_corrections(grace)
    else:
        _edit(grace, f"note: {FIRST}", "note: An earlier version was fine.")
    story = _edit(grace, "Three workers", "Four workers")
    before = story.read_text()
    head = grace.git("rev-parse", "HEAD")
    refused = grace.run("correct", SLUG, "--note", SECOND)
    assert refused.code == 1, refused.text
    assert "drops or rewrites a correction already made" in refused.text
    assert "nothing was changed" in refused.text and "Traceback" not in refused.text
    assert grace.git("rev-parse", "HEAD") == head and story.read_text() == before
    assert grace.run("verify").code == 0
    assert FIRST in _page(grace) and FIRST in _ninjs(grace)


def test_a_correction_committed_by_hand_that_takes_back_an_earlier_one_is_reported(
    team: Team,
) -> None:
    grace = _corrected(team)
    _without_corrections(grace)
    story = _edit(grace, "Three workers", "Four workers")
    head, _, rest = story.read_text().partition("\n---\n")
    story.write_text(f"{head}\ncorrections:\n- date: '2026-12-01T00:00:00Z'\n  note: {SECOND}\n"
                     f"---\n{rest}")
    grace.git("add", "-A")
    grace.git(
        "commit", "-q", "-m",
        f"newsroom: {SLUG} correction\n\n{SECOND}\n\nNewsroom-Story: {SLUG}\n"
        "Newsroom-Action: correct\nNewsroom-From: published\nNewsroom-To: published\n",
    )
    hidden = grace.git("rev-parse", "HEAD")
    found = grace.run("verify")
    assert found.code == 1, found.text
    assert "signoff.corrections-changed" in found.text and hidden[:10] in found.text
    assert "took back or rewrote a correction" in found.text


def test_earlier_corrections_survive_a_second_correction_a_kill_and_a_repair(
    team: Team,
) -> None:
    grace = _corrected(team)
    _edit(grace, "Three workers", "Four workers")
    assert grace.run("correct", SLUG, "--note", SECOND).code == 0
    page = _page(grace)
    assert FIRST in page and SECOND in page and page.index(FIRST) < page.index(SECOND)
    assert grace.run("kill", SLUG, "--reason", "The council vote was annulled.").code == 0
    notice = _page(grace)
    assert "annulled" in notice and FIRST not in notice
    repaired = grace.run("repair", SLUG, "--to", "published", "--reason", "vote stands")
    assert repaired.code == 0, repaired.text
    assert grace.run("verify").code == 0
    page = _page(grace)
    assert FIRST in page and SECOND in page
    exported = _ninjs(grace)
    assert FIRST in exported and SECOND in exported


def test_correct_keeps_a_list_written_by_hand_in_flow_style(team: Team) -> None:
    grace = _corrected(team)
    story = grace.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:")
    end = text.index("\n---\n", start)
    date = text[start:end].split("date: ", 1)[1].split("\n", 1)[0]
    flow = f"corrections: [{{date: {date}, note: '{FIRST}'}}]  # kept by hand"
    story.write_text(text[:start] + flow + text[end:])
    _edit(grace, "Three workers", "Four workers")
    done = grace.run("correct", SLUG, "--note", SECOND)
    assert done.code == 0, done.text
    assert "# kept by hand" in story.read_text()
    assert grace.run("verify").code == 0
    page = _page(grace)
    assert FIRST in page and SECOND in page


def test_a_note_rewrapped_over_two_lines_stays_on_the_page(team: Team) -> None:
    grace = _corrected(team)
    words = FIRST.split(" ")
    folded = f"note: >-\n      {' '.join(words[:3])}\n      {' '.join(words[3:])}"
    _edit(grace, f"note: {FIRST}", folded)
    grace.commit_all("wrap the correction note")
    assert grace.run("verify").code == 0
    assert FIRST in _page(grace)


@pytest.mark.parametrize("how", ["reordered", "duplicated"])
def test_a_list_reordered_or_duplicated_with_plain_git_is_reported(
    team: Team, how: str
) -> None:
    grace = _corrected(team)
    _edit(grace, "Three workers", "Four workers")
    assert grace.run("correct", SLUG, "--note", SECOND).code == 0
    story = grace.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:\n") + len("corrections:\n")
    end = text.index("\n---\n", start) + 1
    entries = text[start:end].replace("\n  - ", "\n\0  - ").split("\0")
    assert len(entries) == 2
    changed = entries[::-1] if how == "reordered" else [entries[0], *entries]
    story.write_text(text[:start] + "".join(changed) + text[end:])
    grace.commit_all("tidy the corrections")
    found = grace.run("verify")
    assert found.code == 1 and "signoff.corrections-changed" in found.text, found.text


ODD = {
    "mapping": ("corrections:\n  note: x\n", "must be a list of correction, not a mapping"),
    "text": ("corrections: none\n", "must be a list of correction, not 'none'"),
    "date": ("corrections:\n- date: June 1st\n  note: x\n", "must be an ISO date and time"),
}


@pytest.mark.parametrize("odd", list(ODD))
def test_a_corrections_key_that_is_no_list_of_notes_is_named(team: Team, odd: str) -> None:
    grace = _corrected(team)
    story = grace.story_dir(SLUG) / "story.md"
    text = story.read_text()
    start = text.index("corrections:")
    written, said = ODD[odd]
    story.write_text(text[:start] + written + text[text.index("\n---\n", start) + 1 :])
    grace.commit_all("hand-written corrections")
    for args in (("check", SLUG), ("export", SLUG, "--format", "ninjs"), ("build",),
                 ("correct", SLUG, "--note", SECOND)):
        result = grace.run(*args)
        assert result.code == 2, (args, result.text)
        assert "story.md:" in result.text and said in result.text, (args, result.text)
    audited = grace.run("verify")
    assert audited.code == 1 and "Traceback" not in audited.text, audited.text


def test_an_empty_corrections_key_reads_as_none(team: Team) -> None:
    signed_through(team, "published")
    grace = team.chief
    assert grace.run("sync").code == 0
    story = grace.story_dir(SLUG) / "story.md"
    head, _, rest = story.read_text().partition("\n---\n")
    story.write_text(f"{head}\ncorrections:\n---\n{rest}")
    grace.commit_all("an empty list")
    assert grace.run("verify").code == 0
    _edit(grace, "Two workers", "Three workers")
    assert grace.run("correct", SLUG, "--note", FIRST).code == 0
    assert grace.run("verify").code == 0
    assert FIRST in _page(grace)

"""Holes an attacker found in the eighty-ninth pass, aimed at verify's newest rules: a
killed story holds what the stage it was killed at held, and a merge that keeps its own
side takes back no sign-off. Each test drives the real command against real git
repositories and was seen to fail before its fix.

Holes:

- `ci --changed-since origin/main` on a pull request whose branch, cut before an editor's
  kill, merged main keeping its own side (`git merge -s ours`) passed, where a full verify
  refused it: the range read only the stories its commits changed against their first
  parent, and the merge changed none. The stories a range reads now include those a merge
  in it leaves unlike any of its parents.
- An octopus merge keeping its own side (`git merge -s ours origin/main archive`, the
  `archive` branch cut before the story was filed) took back a kill with verify silent:
  where all the branches parted the story did not exist, so nothing was judged taken
  back. Each branch of a merge is now judged from where it parted from the first.
- A kill reverted with plain git on a branch off main (a finding there), merged into a
  branch cut before the kill, passed verify: the story was the same on both sides, so the
  merge was not judged for it, and it kept the first branch's findings (none). And the
  other way: a forged kill touching none of the story's files stands until a repair, but a
  pull of main's interview notes in the story's folder took the story as main left it,
  findings and all, and the forged kill's finding was lost. A merge now holds the findings
  of every parent, unless one settled it (below).
- A false finding: a stage set back by hand, repaired in place by an editor on main, came
  back when a branch cut before the repair that touched the story (interview notes) was
  merged, either way round: verify stayed red after the honest fix. A finding a parent of a
  merge saw made (its commit is in that parent's history), no longer holds, and leaves as
  the merge does, was settled there: each finding now names its commit.
- An editor's return on a branch, merged with main's kill keeping its own side of the
  stage line (`git merge -X ours`), dropped the kill with verify silent, the story on its
  way to publication again: only a merge keeping the value the branches parted with was
  judged. A merge keeping anything but the value the other branch changed it to is now
  reported, as one taking the other's value over this branch's change already was.
- `--since REF` took a story killed before REF as holding nothing, so a pull request
  deleting a story killed after publication, or rewriting the headline its notice shows,
  passed `ci --changed-since origin/main`, where the full verify on main reported both. A
  story killed at REF now holds what the stage the last sign-off before REF that killed it
  took it from held (one `git log` of its folder, for the killed stories a range touches).

What held: a kill and a correction made at once by two editors and merged either way with
`git pull --no-rebase` / `git merge` verify silent, the story killed with the correction
kept; `git revert` of a kill is reported and a revert of that revert clears it; `git revert
-m 1` of the merge that brought a kill is reported, `-m 2` (taking back the merging branch's
own desk notes) is not; careless input to kill and repair (an empty or blank reason, one of
zero-width spaces, a terminal escape, a direction mark) is refused before anything is
written, a stage in other letters (`--to Published`, in full-width letters) is refused by
the option's choices, and a reason of 100,000 characters is kept on one line that verify,
`history` and `build` read; `ci --changed-since` given HEAD or a commit after it, or
'--output=/tmp/x', is refused (exit 2), and one given the root commit or an annotated tag
verifies the commits after it.

Left open:

- Without `require_signed`, a cherry-pick of an old sign-off (the fact-check's, after an
  editor's return, the content unchanged) keeps its author and trailers and passes, as any
  commit with another author's email does; with it, the cherry-pick is unsigned or signed
  by the wrong key and reported.
- Two sign-offs moving the same story's stage on two branches can only be merged by
  choosing one (the stage is one line): whichever is chosen is reported until an editor
  repairs the story; sync refuses the second sign-off as stale, so only plain git gets
  there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, make_team, published_with_reporter, signed_through

REASON = "The council withdrew the figures."


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def _desk_notes(clone: Clone, name: str = "NOTES.txt") -> None:
    (clone.path / name).write_text("desk notes\n")
    clone.commit_all("desk notes")


def _kill_on_main(team: Team) -> None:
    grace = team.chief
    assert grace.run("sync").code == 0
    assert grace.run("kill", SLUG, "--reason", REASON).code == 0
    assert grace.run("sync").code == 0


def test_a_pull_request_keeping_its_own_side_over_a_kill_fails_ci(team: Team) -> None:
    """The reporter's branch, cut before the kill, merges main keeping its own side; CI
    on the pull request (`ci --changed-since origin/main`) read no story the range's
    commits changed against their first parent, so it passed what a full verify refused."""
    rosa = published_with_reporter(team)
    rosa.git("checkout", "-q", "-b", "follow-up")
    _desk_notes(rosa)
    _kill_on_main(team)
    rosa.git("fetch", "-q")
    rosa.git("merge", "-q", "-s", "ours", "--no-edit", "origin/main")
    merge = rosa.git("rev-parse", "HEAD")
    assert rosa.run("verify").code == 1
    found = rosa.run("ci", "--changed-since", "origin/main")
    assert found.code == 1 and "signoff.hand-edited-stage" in found.text, found.text
    assert merge[:10] in found.text


def test_an_octopus_merge_keeping_its_own_side_takes_back_no_kill(team: Team) -> None:
    """One branch of the octopus was cut before the story was filed: where all the
    branches parted, the story did not exist, so nothing was judged taken back."""
    rosa = published_with_reporter(team)
    root = rosa.git("rev-list", "--max-parents=0", "HEAD")
    rosa.git("checkout", "-q", "-b", "archive", root)
    _desk_notes(rosa, "ARCHIVE.txt")
    rosa.git("checkout", "-q", "main")
    _desk_notes(rosa)
    _kill_on_main(team)
    rosa.git("fetch", "-q")
    rosa.git("merge", "-q", "-s", "ours", "--no-edit", "origin/main", "archive")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.hand-edited-stage" in found.text, found.text


def test_a_kill_reverted_on_a_branch_merged_where_the_story_is_untouched_is_reported(
    team: Team,
) -> None:
    """A branch off main reverts the editor's kill (a finding there); merged into a branch
    cut before the kill, the story is the same on both sides, so the merge was not judged
    for it and the finding was lost: the story published again with no sign-off."""
    rosa = published_with_reporter(team)
    rosa.git("checkout", "-q", "-b", "follow-up")
    _desk_notes(rosa)
    _kill_on_main(team)
    rosa.git("fetch", "-q")
    rosa.git("checkout", "-q", "-b", "undo", "origin/main")
    rosa.git("revert", "--no-edit", "HEAD")
    revert = rosa.git("rev-parse", "HEAD")
    rosa.git("checkout", "-q", "follow-up")
    rosa.git("merge", "-q", "--no-edit", "undo")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.hand-edited-stage" in found.text, found.text
    assert revert[:10] in found.text


def test_a_repair_stands_when_a_branch_cut_before_it_is_merged(team: Team) -> None:
    """A stage set back by hand, repaired in place by an editor on main; a branch cut
    before the repair that touched the story (interview notes) is merged: its finding
    came back with it, and verify stayed red after the honest fix."""
    rosa = published_with_reporter(team)
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("stage: published", "stage: publish", 1))
    rosa.commit_all("set back")
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "notes")
    (rosa.story_dir(SLUG) / "media").mkdir(exist_ok=True)
    (rosa.story_dir(SLUG) / "media" / "notes.txt").write_text("interview notes\n")
    rosa.commit_all("interview notes")
    grace = team.chief
    assert grace.run("sync").code == 0
    reason = "set back by hand; it stays at publish"
    assert grace.run("repair", SLUG, "--to", "publish", "--reason", reason).code == 0
    assert grace.run("sync").code == 0
    rosa.git("checkout", "-q", "main")
    rosa.git("pull", "-q", "--no-rebase", "--no-edit")
    assert rosa.run("verify").code == 0
    rosa.git("merge", "-q", "--no-edit", "notes")
    found = rosa.run("verify")
    assert found.code == 0, found.text
    # and the other way round: the branch merges main
    rosa.git("checkout", "-q", "-b", "notes-2", "notes")
    rosa.git("merge", "-q", "--no-edit", "main~1")
    found = rosa.run("verify")
    assert found.code == 0, found.text


def test_a_merge_keeping_its_own_return_over_a_kill_is_reported(team: Team) -> None:
    """An editor returns the story at publish to fact-check on a branch, another kills it
    on main; the branch merges main keeping its side of the stage (-X ours): the kill was
    dropped with no finding, the story on its way to publication again."""
    signed_through(team, "publish")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    emeka.git("checkout", "-q", "-b", "recheck")
    assert emeka.run("return", SLUG, "--to", "fact-check", "--reason", "a figure").code == 0
    _kill_on_main(team)
    emeka.git("fetch", "-q")
    emeka.git("merge", "-q", "-X", "ours", "--no-edit", "origin/main")
    found = emeka.run("verify")
    assert found.code == 1 and "signoff.hand-edited-stage" in found.text, found.text


def _trailers(action: str, old: str, new: str, note: str) -> str:
    """A sign-off's message, as a reporter types it with plain git."""
    return (
        f"newsroom: {SLUG} {action} {old} -> {new}\n\n{note}\n\nNewsroom-Story: {SLUG}\n"
        f"Newsroom-Action: {action}\nNewsroom-From: {old}\nNewsroom-To: {new}\n"
    )


def test_a_forged_kill_stands_when_the_other_branch_touched_the_story(team: Team) -> None:
    """The reporter forges a kill of the killed story touching none of its files (it stands
    until an editor repairs it); main files interview notes in the story's folder; the
    reporter's pull merges them: the merge took the story as main left it, findings and all,
    and the forged kill's finding was lost."""
    rosa = published_with_reporter(team)
    _kill_on_main(team)
    assert rosa.run("sync").code == 0
    (rosa.path / "NOTES.txt").write_text("x\n")
    rosa.git("add", "-A")
    rosa.git("commit", "-q", "-m", _trailers("kill", "published", "killed", "We made it up."))
    forged = rosa.git("rev-parse", "HEAD")
    assert rosa.run("verify").code == 1
    grace = team.chief
    (grace.story_dir(SLUG) / "media").mkdir(exist_ok=True)
    (grace.story_dir(SLUG) / "media" / "notes.txt").write_text("interview notes\n")
    grace.commit_all("interview notes")
    assert grace.run("sync").code == 0
    rosa.git("pull", "-q", "--no-rebase", "--no-edit")
    found = rosa.run("verify")
    assert found.code == 1 and "signoff.wrong-role" in found.text, found.text
    assert forged[:10] in found.text


def test_a_kill_and_a_correction_made_at_once_and_merged_either_way_pass_verify(
    team: Team,
) -> None:
    """Two editors at once: one kills the story, the other corrects it, each in their
    clone; each merges the other's work (git pull --no-rebase, git merge): both sign-offs
    stand, verify silent."""
    published_with_reporter(team)
    grace, emeka = team.chief, team.editor
    assert emeka.run("sync").code == 0
    story = emeka.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\nThe vote was 7-2.\n")
    assert emeka.run("correct", SLUG, "--note", "Added the vote.").code == 0
    assert grace.run("kill", SLUG, "--reason", REASON).code == 0
    kill = grace.git("rev-parse", "HEAD")
    emeka.git("push", "-q")
    grace.git("pull", "-q", "--no-rebase", "--no-edit")
    found = grace.run("verify")
    assert found.code == 0, found.text
    emeka.git("fetch", "-q", str(grace.path), "main")
    emeka.git("merge", "-q", "--no-edit", kill)
    found = emeka.run("verify")
    assert found.code == 0, found.text


def test_a_pull_request_deleting_a_story_killed_after_publication_fails_ci(team: Team) -> None:
    """A story killed after publication before the pull request's base was taken as given,
    holding nothing: deleting it, or rewriting the headline its notice shows, passed
    `ci --changed-since origin/main`, where the full verify on main reports both."""
    rosa = published_with_reporter(team)
    _kill_on_main(team)
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "tidy")
    rosa.git("rm", "-q", "-r", f"stories/{SLUG}")
    rosa.commit_all("drop the withdrawn story")
    assert rosa.run("verify").code == 1
    found = rosa.run("ci", "--changed-since", "origin/main")
    assert found.code == 1 and "killed at published" in found.text, found.text
    rosa.git("revert", "--no-edit", "HEAD")
    assert rosa.run("ci", "--changed-since", "origin/main").code == 0
    story = rosa.story_dir(SLUG) / "story.md"
    lines = story.read_text().splitlines(keepends=True)
    lines = ["headline: Nothing happened\n" if x.startswith("headline:") else x for x in lines]
    story.write_text("".join(lines))
    rosa.commit_all("a better headline")
    found = rosa.run("ci", "--changed-since", "origin/main")
    assert found.code == 1 and "signoff.content-changed" in found.text, found.text

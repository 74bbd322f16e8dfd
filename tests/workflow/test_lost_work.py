"""Nothing lost, nothing crashes: what an attacker found, each through the real command and
real git. A fault (a kill, a lock, a read-only folder, an unfinished rebase) leaves the
newsroom as it was or as the command meant it to be, never between, and the command says in
one line which file is in the way and what to do."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.helpers import Clone, git, snapshot
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of
from tests.workflow.gitshim import Shim
from tests.workflow.readonly import read_only

CREDIT = ("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
NOTES = "call the mayor's office back\n"


@pytest.fixture
def shim(tmp_path: Path) -> Shim:
    return Shim.make(tmp_path / "shim")


def state(clone: Clone) -> tuple[str, ...]:
    """What the clone holds, as git and the person see it: refs, index, status and every
    file of the working tree (git's object store aside: an object nothing points to is not
    part of any state)."""
    files = sorted(
        f"{p.relative_to(clone.path)}:{p.read_bytes()!r}"
        for p in clone.path.rglob("*")
        if p.is_file() and ".git" not in p.relative_to(clone.path).parts[:1]
        and ".newsroom-cache" not in p.parts
    )
    return (clone.git("for-each-ref"), clone.git("symbolic-ref", "HEAD"),
            clone.git("ls-files", "-s"), clone.git("status", "--porcelain"), *files)


def pending(clone: Clone) -> Path:
    return clone.path / ".git" / "newsroom-pending.json"


def no_crash(result: object) -> None:
    text = getattr(result, "text", "")
    assert "Traceback" not in text and "internal error" not in text, text


# --- sync -------------------------------------------------------------------------------


def test_a_clash_never_overwrites_a_file_not_yet_committed(team: Team) -> None:
    """Grace's sign-off clashes with Emeka's, whose commit also added a chart; Grace has a
    chart of her own at that path, not committed yet. sync resets her clone to the remote
    only once nothing of hers would be overwritten."""
    emeka, grace = team.editor, team.chief
    signed_through(team, "contributor-credit")
    assert grace.run("sync").code == 0 and emeka.run("sync").code == 0
    assert emeka.run("advance", SLUG).code == 0
    chart = Path("stories", SLUG, "media", "chart.svg")
    (emeka.path / chart).write_text("<svg>Emeka's chart</svg>\n")
    emeka.git("add", str(chart))
    emeka.git("commit", "-q", "-m", "chart")
    assert emeka.run("sync").code == 0
    assert grace.run("advance", SLUG).code == 0
    mine = grace.path / chart
    mine.write_text("<svg>Grace's chart, not committed yet</svg>\n")
    (grace.path / "notes.txt").write_text(NOTES)
    head = grace.git("rev-parse", "HEAD")

    result = grace.run("sync")
    no_crash(result)
    assert mine.read_text() == "<svg>Grace's chart, not committed yet</svg>\n"
    assert result.code == 1 and str(chart) in result.err, result.text
    assert grace.git("rev-parse", "HEAD") == head  # nothing was changed

    mine.rename(grace.path / "my-chart.svg")  # as the message says: move it away
    again = grace.run("sync")
    assert again.code == 1 and "Nothing is lost" in again.err, again.text
    assert (grace.path / "my-chart.svg").exists()
    assert (grace.path / "notes.txt").read_text() == NOTES


def test_sync_names_a_file_not_yet_committed_that_the_remote_added(team: Team) -> None:
    rosa, emeka = team.reporter, team.editor
    (emeka.path / "style-notes.md").write_text("Emeka's style notes\n")
    emeka.commit_all("style notes")
    assert emeka.run("sync").code == 0
    assert rosa.run(*CREDIT).code == 0  # a commit of her own to rebase
    (rosa.path / "style-notes.md").write_text("Rosa's own notes\n")
    head = rosa.git("rev-parse", "HEAD")
    result = rosa.run("sync")
    no_crash(result)
    assert (rosa.path / "style-notes.md").read_text() == "Rosa's own notes\n"
    assert result.code == 1 and "style-notes.md" in result.err, result.text
    assert "same lines" not in result.err  # not a conflict between commits
    assert rosa.git("rev-parse", "HEAD") == head


# --- half-finished sign-offs ------------------------------------------------------------


def test_a_signoff_killed_after_the_branch_moved_is_finished_by_the_next_command(
        team: Team, shim: Shim) -> None:
    """advance is killed right after it moved the branch; Rosa then adds a credit and, as a
    careless user would, commits everything with git: the sign-off stays."""
    rosa = team.reporter
    (rosa.path / "notes.txt").write_text(NOTES)
    env = shim.env(rosa.env, at_name="update-ref", do="kill-after")
    shim.run(rosa.path, env, "advance", SLUG)
    assert shim.hit().endswith("update-ref")
    assert stage_of(rosa, ref="HEAD") == "contributor-credit"  # the branch had moved

    added = rosa.run(*CREDIT)
    assert added.code == 0, added.text
    rosa.git("commit", "-q", "-am", "my edits", check=False)
    assert stage_of(rosa, ref="HEAD") == "contributor-credit"
    assert stage_of(rosa) == "contributor-credit"
    assert "Ana Ruiz" in rosa.git("show", f"HEAD:stories/{SLUG}/credits.yaml")
    assert (rosa.path / "notes.txt").read_text() == NOTES
    assert not pending(rosa).exists()
    assert rosa.run("verify").code == 0


def test_credit_add_killed_before_its_commit_can_simply_be_run_again(
        team: Team, shim: Shim) -> None:
    rosa = team.reporter
    env = shim.env(rosa.env, at_name="add commit update-ref", do="kill")
    shim.run(rosa.path, env, *CREDIT)
    assert shim.hit(), "the command never reached its commit"
    again = rosa.run(*CREDIT)
    no_crash(again)
    assert again.code == 0 or "already credited" in again.err, again.text
    assert "Ana Ruiz" in rosa.git("show", f"HEAD:stories/{SLUG}/credits.yaml")
    assert rosa.git("status", "--porcelain") == ""
    advanced = rosa.run("advance", SLUG)
    assert advanced.code == 0, advanced.text


@pytest.mark.parametrize("args", [("advance", SLUG), CREDIT,
                                  ("source", SLUG, "add", "mayor", "Mayor Ana Diaz"),
                                  ("new", "harbor-tolls", "--headline", "Tolls rise")],
                         ids=["advance", "credit-add", "source-add", "new"])
def test_a_stale_index_lock_is_named_and_nothing_moves(team: Team, args: tuple[str, ...]) -> None:
    rosa = team.reporter
    lock = rosa.path / ".git" / "index.lock"
    lock.write_text("")
    head, before = rosa.git("rev-parse", "HEAD"), snapshot(rosa.path)
    result = rosa.run(*args)
    no_crash(result)
    assert result.code == 2, result.text
    assert ".git/index.lock" in result.err and "remove" in result.err, result.err
    assert "manually" not in result.err
    assert rosa.git("rev-parse", "HEAD") == head and snapshot(rosa.path) == before
    assert not pending(rosa).exists()
    lock.unlink()
    done = rosa.run(*args)
    assert done.code == 0, done.text


@pytest.mark.parametrize(("who", "args"), [
    ("reporter", ("advance", SLUG)),
    ("reporter", CREDIT),
    ("checker", ("claim", SLUG, "verify", "vote", "--status", "disputed", "--note", "recount")),
], ids=["advance", "credit-add", "claim-verify"])
def test_a_read_only_story_folder_is_refused_before_anything_moves(
        team: Team, who: str, args: tuple[str, ...]) -> None:
    clone: Clone = getattr(team, who)
    folder = clone.story_dir(SLUG)
    head, before = clone.git("rev-parse", "HEAD"), snapshot(clone.path)
    with read_only(folder):
        result = clone.run(*args)
    no_crash(result)
    assert result.code == 2, result.text
    assert f"stories/{SLUG}" in result.err and "writ" in result.err, result.err
    assert clone.git("rev-parse", "HEAD") == head and snapshot(clone.path) == before
    assert not pending(clone).exists()
    done = clone.run(*args)
    assert done.code == 0, done.text


def test_a_lock_taken_after_the_branch_moved_undoes_the_signoff(team: Team, shim: Shim) -> None:
    """Another git process takes the index while advance brings the working tree up to its
    new commit: the sign-off is rolled back, and the lock named."""
    rosa = team.reporter
    lock = rosa.path / ".git" / "index.lock"
    before = state(rosa)
    env = shim.env(rosa.env, at_name="update-index reset", do="run",
                   run=f": > {shlex.quote(str(lock))}")
    result = shim.run(rosa.path, env, "advance", SLUG)
    assert shim.hit(), "advance never reached the index"
    no_crash(result)
    assert result.code == 2 and ".git/index.lock" in result.err, result.text
    lock.unlink()
    assert state(rosa) == before
    assert not pending(rosa).exists()
    done = rosa.run("advance", SLUG)
    assert done.code == 0, done.text
    assert rosa.run("verify").code == 0


def test_a_tag_that_cannot_be_made_undoes_the_whole_publication(team: Team, shim: Shim) -> None:
    """Another git process holds the lock of the published/ tag when publish comes to make
    it, after the branch, the files and the index moved: all of them go back."""
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    tags = grace.path / ".git" / "refs" / "tags" / "published"
    lock = tags / f"{SLUG}.lock"
    before = state(grace)
    env = shim.env(grace.env, at_name="tag", do="run",
                   run=f"mkdir -p {shlex.quote(str(tags))} && : > {shlex.quote(str(lock))}")
    result = shim.run(grace.path, env, "publish", SLUG)
    assert shim.hit(), "publish never reached its tag"
    no_crash(result)
    assert result.code == 2, result.text
    assert f".git/refs/tags/published/{SLUG}.lock" in result.err, result.err
    assert "the sign-off was undone" in result.err
    lock.unlink()
    assert state(grace) == before
    assert not pending(grace).exists()
    done = grace.run("publish", SLUG)
    assert done.code == 0, done.text
    assert grace.run("verify").code == 0


def test_an_edit_made_after_an_interrupted_signoff_is_kept(team: Team, shim: Shim) -> None:
    """advance is killed after moving the branch; Rosa, seeing the old stage, edits the
    story before any other command runs. Finishing the sign-off keeps her edit and says so."""
    rosa = team.reporter
    shim.run(rosa.path, shim.env(rosa.env, at_name="update-ref", do="kill-after"),
             "advance", SLUG)
    assert shim.hit()
    story = rosa.story_dir(SLUG) / "story.md"
    mine = story.read_text().replace("could not afford to wait", "could not wait any longer")
    story.write_text(mine)
    result = rosa.run(*CREDIT)
    no_crash(result)
    assert result.code == 2 and f"stories/{SLUG}/story.md" in result.err, result.text
    assert "your version is kept" in result.err
    assert story.read_text() == mine
    assert stage_of(rosa, ref="HEAD") == "contributor-credit"
    assert not pending(rosa).exists()
    assert rosa.run(*CREDIT).code == 0  # then the command runs


def test_a_folder_turned_read_only_after_the_branch_moved_undoes_the_signoff(
        team: Team, shim: Shim) -> None:
    rosa = team.reporter
    folder = rosa.story_dir(SLUG)
    root = os.geteuid() == 0  # permission bits do not stop root; an immutable folder does
    quoted = shlex.quote(str(folder))
    before = state(rosa)
    env = shim.env(rosa.env, at_name="update-ref", do="run",
                   run=f"chattr +i {quoted}" if root else f"chmod a-w {quoted}")
    try:
        result = shim.run(rosa.path, env, "advance", SLUG)
    finally:
        if root:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)
    assert shim.hit(), "advance never moved the branch"
    no_crash(result)
    assert result.code == 2 and f"stories/{SLUG}" in result.err, result.text
    assert state(rosa) == before
    assert not pending(rosa).exists()


def test_no_commit_in_the_middle_of_a_stopped_rebase(team: Team) -> None:
    rosa = team.reporter
    (rosa.path / "notes.txt").write_text(NOTES)
    rosa.commit_all("notes")
    git(rosa.path, "rebase", "-q", "-i", "HEAD~1",
        env={**rosa.env, "GIT_SEQUENCE_EDITOR": "sed -i s/^pick/edit/"})
    assert (rosa.path / ".git" / "rebase-merge").is_dir()
    head = rosa.git("rev-parse", "HEAD")
    for args in (CREDIT, ("advance", SLUG)):
        result = rosa.run(*args)
        no_crash(result)
        assert result.code == 2, result.text
        assert "rebase" in result.err and "git rebase --abort" in result.err, result.err
    assert rosa.git("rev-parse", "HEAD") == head


def test_no_signoff_on_a_detached_head(team: Team) -> None:
    rosa = team.reporter
    rosa.git("checkout", "-q", "--detach")
    head = rosa.git("rev-parse", "HEAD")
    result = rosa.run("advance", SLUG)
    no_crash(result)
    assert result.code == 2 and "detached" in result.err and "git switch" in result.err, result.text
    assert rosa.git("rev-parse", "HEAD") == head

"""Two people signing off one story at once, and a command killed halfway."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.helpers import Clone
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of


def test_concurrent_signoffs_loser_is_told_and_keeps_their_commit(team: Team) -> None:
    signed_through(team, "publish")
    emeka, grace = team.editor, team.chief
    emeka.run("sync")
    grace.run("sync")
    assert emeka.run("publish", SLUG).code == 0
    assert grace.run("publish", SLUG).code == 0
    lost = grace.git("rev-parse", "HEAD")
    assert emeka.run("sync").code == 0
    result = grace.run("sync")
    assert result.code == 1, result.text
    assert "Emeka Okafor signed off harbor-seawall (publish -> published)" in result.err
    assert "Nothing is lost" in result.err
    kept = [b.strip() for b in grace.git("branch", "--list", "newsroom/unsynced-*").splitlines()]
    assert len(kept) == 1
    assert grace.git("rev-parse", kept[0]) == lost  # Grace's sign-off is kept, not dropped
    assert grace.git("rev-parse", "HEAD") == grace.git("rev-parse", "origin/main")
    assert grace.git("status", "--porcelain") == ""
    assert grace.git("tag", "--list", "published/*") == ""  # her tag went with her commit
    assert grace.run("verify").code == 0
    assert grace.run("sync").code == 0


def test_identical_concurrent_advances_are_not_silently_merged(team: Team) -> None:
    emeka, grace = team.editor, team.chief
    signed_through(team, "contributor-credit")
    emeka.run("sync")
    grace.run("sync")
    assert emeka.run("advance", SLUG, "--note", "credits fine").code == 0
    assert grace.run("advance", SLUG, "--note", "credits ok").code == 0
    assert emeka.run("sync").code == 0
    result = grace.run("sync")
    assert result.code == 1 and "Emeka Okafor" in result.err
    log = emeka.git("log", "--format=%an %s", "origin/main", "-3")
    assert log.count("contributor-credit -> fact-check") == 1


def test_sync_rebases_unrelated_work_and_retries(team: Team) -> None:
    rosa, emeka = team.reporter, team.editor
    rosa.write_story("second-story")
    rosa.commit_filing("second-story", "file second-story")
    assert rosa.run("advance", "second-story").code == 0
    emeka_story = emeka.story_dir(SLUG) / "story.md"
    emeka_story.write_text(emeka_story.read_text().replace("Tuesday", "Tuesday night", 1))
    emeka.commit_all("copy edit")
    assert rosa.run("sync").code == 0
    result = emeka.run("sync")
    assert result.code == 0, result.text
    assert "1 pushed" in result.out and "3 commits pulled" in result.out
    assert emeka.run("verify").code == 0
    assert rosa.run("sync").code == 0
    assert "Tuesday night" in (rosa.story_dir(SLUG) / "story.md").read_text()
    assert stage_of(emeka, "second-story") == "contributor-credit"


def test_sync_refuses_with_uncommitted_edits(team: Team) -> None:
    story = team.reporter.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\nMore.\n")
    result = team.reporter.run("sync")
    assert result.code == 1 and "uncommitted edits" in result.err


def _start(clone: Clone, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "newsroom", *args], cwd=clone.path,
                            env=clone.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _assert_before_or_after(rosa: Clone, start: str) -> str:
    # Let any git child the kill orphaned finish (it may hold the index lock for a while
    # on a loaded machine).
    deadline = time.monotonic() + 15
    time.sleep(0.3)
    while (rosa.path / ".git" / "index.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert rosa.run("history", SLUG).code == 0  # the next command finishes or drops it
    head = rosa.git("rev-parse", "HEAD")
    committed = stage_of(rosa, ref="HEAD")
    assert rosa.git("status", "--porcelain", "--untracked-files=all") == ""
    assert stage_of(rosa) == committed
    if head == start:
        assert committed == "draft"
        return "before"
    assert rosa.git("rev-parse", "HEAD~1") == start
    assert committed == "contributor-credit"
    assert rosa.run("verify").code == 0
    return "after"


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.8, 0.9, 0.95, 1.0, 1.5])
def test_kill_during_advance_leaves_story_before_or_after(team: Team, fraction: float) -> None:
    rosa = team.reporter
    start = rosa.git("rev-parse", "HEAD")
    began = time.monotonic()
    assert rosa.run("advance", SLUG).code == 0
    took = time.monotonic() - began
    rosa.git("reset", "-q", "--hard", start)
    proc = _start(rosa, "advance", SLUG)
    time.sleep(took * fraction)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _assert_before_or_after(rosa, start)


def test_kill_while_the_signoff_is_being_committed(team: Team) -> None:
    """Kill the moment the commit is under way (its journal exists): never half."""
    rosa = team.reporter
    start = rosa.git("rev-parse", "HEAD")
    journal = rosa.path / ".git" / "newsroom-pending.json"
    proc = _start(rosa, "advance", SLUG)
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _assert_before_or_after(rosa, start)

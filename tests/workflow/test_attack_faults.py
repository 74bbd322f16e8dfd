"""Holes an attacker found in "nothing lost, nothing crashes", each through the real command
and real git: a forged or damaged sign-off journal, kills, locks, read-only files, and
plain git run in between. Each test fails while the hole is open (xfail, strict)."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Clone, make_newsroom
from tests.workflow.conftest import SLUG, Team, stage_of
from tests.workflow.gitshim import Shim
from tests.workflow.readonly import read_only

STORY = f"stories/{SLUG}/story.md"


def journal(clone: Clone) -> Path:
    return clone.path / ".git" / "newsroom-pending.json"


def no_crash(result: object) -> None:
    code = getattr(result, "code", 0)
    text = getattr(result, "text", "")
    assert code in (0, 1, 2), text
    assert "Traceback" not in text and "internal error" not in text, text


def forge(clone: Clone, **fields: object) -> None:
    """Write a sign-off journal by hand, as if a sign-off had been killed after its commit
    (`new` is HEAD, so the next command will 'finish' it)."""
    head = clone.git("rev-parse", "HEAD")
    record = {"old": clone.git("rev-parse", "HEAD~1"), "new": head,
              "folder": f"stories/{SLUG}", "texts": {}, "before": {}, "blobs": {},
              "whole_folder": False, "tag": ""}
    record.update(fields)
    journal(clone).write_text(json.dumps(record))


def signed_here(clone: Clone, until: str, person: str) -> None:
    """Sign the story off up to `until`, each stage by its right person, all in `clone`
    (faster than a clone each), push it, and act as `person` again."""
    steps = [("contributor-credit", "rtorres", ("advance", SLUG)),
             ("fact-check", "eokafor", ("advance", SLUG)),
             ("publish", "lpark", ("advance", SLUG, "--note", "claims verified"))]
    for stage, signer, args in steps:
        result = clone.act_as(signer).run(*args)
        assert result.code == 0, result.text
        if stage == until:
            break
    assert clone.act_as(person).run("sync").code == 0


# --- a hand-made or damaged journal -------------------------------------------------------


@pytest.mark.parametrize("text", ["{}", "[]", "null", '{"texts": {}, "new": "HEAD"}'])
def test_a_damaged_journal_is_an_error_not_a_crash(team: Team, text: str) -> None:
    emeka = team.editor
    text = text.replace('"HEAD"', json.dumps(emeka.git("rev-parse", "HEAD")))
    journal(emeka).write_text(text)
    no_crash(emeka.run("history", SLUG))
    no_crash(emeka.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research"))


@pytest.mark.parametrize("args", [("history", SLUG), ("diff", SLUG)])
def test_a_leftover_journal_in_a_read_only_clone_is_not_a_crash(
        team: Team, tmp_path: Path, args: tuple[str, ...]) -> None:
    """advance is killed just before it moves the branch (its journal written); the clone is
    then looked at where its .git cannot be written (a read-only mount, a backup)."""
    rosa = team.reporter
    shim = Shim.make(tmp_path / "shim")
    shim.run(rosa.path, shim.env(rosa.env, at_name="update-ref", do="kill"), "advance", SLUG)
    assert shim.hit().endswith("update-ref") and journal(rosa).exists()
    with read_only(rosa.path / ".git"):
        no_crash(rosa.run(*args))


def test_a_folder_in_the_journals_place_is_an_error_not_a_crash(team: Team) -> None:
    emeka = team.editor
    journal(emeka).mkdir()
    result = emeka.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    no_crash(result)
    assert ".git/newsroom-pending.json" in result.err, result.text


def test_a_forged_journal_cannot_write_outside_the_repository(team: Team) -> None:
    emeka = team.editor
    outside = emeka.path.parent / "outside.txt"
    forge(emeka, texts={"../outside.txt": "written by a journal\n"})
    no_crash(emeka.run("history", SLUG))
    assert not outside.exists()


def test_a_forged_journal_cannot_stage_a_forgery_or_tag_a_publication(team: Team) -> None:
    emeka = team.editor
    forged = (emeka.path / STORY).read_text().replace("stage: draft", "stage: published")
    blob = _blob(emeka, forged)
    roster = _blob(emeka, "people: []\n")
    forge(emeka, texts={STORY: forged, "newsroom.yaml": "people: []\n"},
          blobs={STORY: blob, "newsroom.yaml": roster}, tag=f"published/{SLUG}")
    no_crash(emeka.run("history", SLUG))
    # the journal's commit (HEAD) has neither: nothing may differ from it, nor be tagged
    assert emeka.git("diff", "--cached", "--name-only") == ""
    assert emeka.git("status", "--porcelain") == ""
    assert emeka.git("tag", "--list") == ""


def test_a_journal_never_overwrites_an_edit_made_before_it(team: Team) -> None:
    """A sign-off refuses a folder with uncommitted edits, so a real journal's files were,
    before it, as its old commit had them. One whose `before` is an uncommitted edit (a
    journal copied from another clone, or made by hand) cannot be real: the edit stays."""
    emeka = team.editor
    path = emeka.path / STORY
    committed = path.read_text()
    edited = committed + "\nA paragraph the reporter is still writing.\n"
    path.write_text(edited)
    forge(emeka, texts={STORY: committed}, before={STORY: edited},
          blobs={STORY: _blob(emeka, committed)})
    no_crash(emeka.run("history", SLUG))
    assert path.read_text() == edited


def _blob(clone: Clone, text: str) -> str:
    """Store `text` in the clone's object store; its blob id."""
    done = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=clone.path,
                          env=clone.env, input=text, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_forged_journal_cannot_move_the_branch_back(team: Team) -> None:
    emeka = team.editor
    head = emeka.git("rev-parse", "HEAD")
    root = emeka.git("rev-list", "--max-parents=0", "HEAD")
    forge(emeka, old=root, tag="not..a..tag")
    no_crash(emeka.run("history", SLUG))
    assert emeka.git("rev-parse", "HEAD") == head


# --- sync ---------------------------------------------------------------------------------


def test_sync_never_overwrites_a_file_this_clone_ignores(team: Team) -> None:
    """Grace keeps interview notes in the story folder and has git ignore them (her own
    .git/info/exclude); Rosa commits notes of her own at the same path. Ignored is still
    untracked work: sync refuses rather than overwrite it."""
    rosa, grace = team.reporter, team.chief
    notes = "notes/interview.txt"
    (grace.path / ".git" / "info" / "exclude").write_text("notes/\n")
    mine = grace.story_dir(SLUG) / notes
    mine.parent.mkdir()
    mine.write_text("Grace's interview with the harbor master, not filed anywhere else\n")
    theirs = rosa.story_dir(SLUG) / notes
    theirs.parent.mkdir()
    theirs.write_text("Rosa's notes\n")
    rosa.commit_all("Rosa's notes")
    assert rosa.run("sync").code == 0
    result = grace.run("sync")
    no_crash(result)
    assert mine.read_text().startswith("Grace's interview"), result.text


def test_sync_says_why_the_remote_refused_the_push(team: Team) -> None:
    """The main branch is protected (here: a pre-receive hook that refuses every push, as
    a host does for a protected branch). Rosa's sync says the remote refused and why, not
    that it kept moving."""
    rosa = team.reporter
    hook = team.remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'GH006: Protected branch update failed for "
                    "refs/heads/main.' >&2\nexit 1\n")
    hook.chmod(0o755)
    assert rosa.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research").code == 0
    result = rosa.run("sync")
    no_crash(result)
    assert result.code != 0
    assert "kept moving" not in result.err, result.err
    assert "Protected branch" in result.err, result.err


# --- a kill after the branch moved, then plain git -----------------------------------------


def test_a_pull_after_a_killed_signoff_does_not_leave_it_half_done(
        team: Team, tmp_path: Path) -> None:
    """advance is killed right after it moved the branch. Rosa, as a careless user would,
    runs `git stash; git pull; git stash pop` (a colleague pushed an unrelated commit, and
    git refused to pull over the half-done sign-off), then a newsroom command, then
    `git commit -am`: the sign-off must still stand, as it does when she does not pull."""
    rosa, emeka = team.reporter, team.editor
    shim = Shim.make(tmp_path / "shim")
    env = shim.env(rosa.env, at_name="update-ref", do="kill-after")
    shim.run(rosa.path, env, "advance", SLUG)
    assert shim.hit().endswith("update-ref")
    assert stage_of(rosa, ref="HEAD") == "contributor-credit"  # the branch had moved
    (emeka.path / "README.md").write_text("The Coastal Daily Press newsroom\n")
    emeka.commit_all("a readme")
    assert emeka.run("sync").code == 0
    rosa.git("stash", "-q")
    rosa.git("pull", "-q", "--no-rebase")
    rosa.git("stash", "pop", "-q")
    no_crash(rosa.run("history", SLUG))
    rosa.git("commit", "-q", "-am", "my edits", check=False)
    assert stage_of(rosa, ref="HEAD") == "contributor-credit"
    assert stage_of(rosa) == "contributor-credit"


def test_sync_keeps_the_published_tag_of_a_rebased_publication(team: Team) -> None:
    """Grace publishes while Rosa pushes an unrelated commit; Grace's sync rebases her
    publication onto it. The remote gets the publication and its published/ tag, on the
    commit that is on the branch."""
    rosa, grace = team.reporter, team.chief
    signed_here(grace, "publish", "gbell")
    assert grace.run("publish", SLUG).code == 0
    (rosa.path / "README.md").write_text("The Coastal Daily Press newsroom\n")
    rosa.commit_all("a readme")
    assert rosa.run("sync").code == 0
    synced = grace.run("sync")
    assert synced.code == 0, synced.text
    assert stage_of(grace, ref="origin/main") == "published"
    tag = f"refs/tags/published/{SLUG}"
    assert grace.git("rev-parse", f"{tag}^{{commit}}") == grace.git("rev-parse", "HEAD")
    assert rosa.git("ls-remote", "--tags", "origin", f"published/{SLUG}")


def test_a_sync_killed_before_dropping_a_clashing_tag_is_finished_by_the_next(
        team: Team, tmp_path: Path) -> None:
    """Grace publishes while Emeka returns the story to fact-check and syncs first. Grace's
    sync keeps her publication on a branch, resets her clone to the remote and is killed
    just before it drops her published/ tag. Her next sync finishes the job, and once Lena
    has checked the story again Grace can publish it."""
    emeka, grace = team.editor, team.chief
    signed_here(grace, "publish", "gbell")
    assert emeka.run("sync").code == 0
    assert grace.run("publish", SLUG).code == 0
    back = emeka.run("return", SLUG, "--to", "fact-check", "--reason", "the vote count is off")
    assert back.code == 0, back.text
    assert emeka.run("sync").code == 0
    shim = Shim.make(tmp_path / "shim")
    env = shim.env(grace.env, at_name="tag", do="kill")
    shim.run(grace.path, env, "sync")
    assert shim.hit().endswith("tag"), shim.calls()
    no_crash(grace.run("sync"))
    checked = grace.act_as("lpark").run("advance", SLUG, "--note", "count checked")
    assert checked.code == 0, checked.text  # (Lena, at Grace's desk)
    published = grace.act_as("gbell").run("publish", SLUG)
    assert published.code == 0, published.text


def test_sync_names_the_cause_when_a_rebase_fails_without_a_conflict(team: Team) -> None:
    """Rosa's git signs every commit (commit.gpgsign) with a key file she has since moved.
    Her sync must rebase her credit onto Emeka's unrelated commit; git cannot sign it. The
    message says what git said, not that the commits change the same lines."""
    rosa, emeka = team.reporter, team.editor
    assert rosa.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research").code == 0
    (emeka.path / "README.md").write_text("The Coastal Daily Press newsroom\n")
    emeka.commit_all("a readme")
    assert emeka.run("sync").code == 0
    for key, value in (("commit.gpgsign", "true"), ("gpg.format", "ssh"),
                       ("user.signingkey", str(rosa.path.parent / "moved-away.pub"))):
        rosa.git("config", key, value)
    result = rosa.run("sync")
    no_crash(result)
    assert result.code != 0
    assert "same lines" not in result.err, result.err


# --- two commands in one clone ------------------------------------------------------------


def test_a_command_never_undoes_a_signoff_that_is_still_running(
        team: Team, tmp_path: Path) -> None:
    """Rosa advances the story; while advance brings the index up to its new commit, she
    (or a `watch newsroom history` in another terminal) runs history, whose recovery finds
    the journal and tries to finish the sign-off too. advance's own `git update-index`
    holds the index at that moment (here: a lock taken at history's update-index, as that
    git would). history must leave a sign-off it does not own alone: advance says it
    advanced the story, and so the branch must have it."""
    rosa = team.reporter
    start = rosa.git("rev-parse", "HEAD")
    first, second = Shim.make(tmp_path / "shim-a"), Shim.make(tmp_path / "shim-b")
    lock = rosa.path / ".git" / "index.lock"
    other = second.env(rosa.env, at_name="update-index", do="run",
                       run=f": > {shlex.quote(str(lock))}")
    history = " ".join(shlex.quote(w) for w in (
        "env", *(f"{k}={v}" for k, v in other.items()), sys.executable, "-m", "newsroom",
        "history", SLUG))
    env = first.env(rosa.env, at_name="update-index", do="run",
                    run=f"{history} > /dev/null 2>&1; rm -f {shlex.quote(str(lock))}")
    result = first.run(rosa.path, env, "advance", SLUG)
    assert first.hit(), "advance never reached the index"
    no_crash(result)
    if result.code == 0:  # advance says the story moved: the branch has the sign-off
        assert rosa.git("rev-parse", "HEAD~1") == start
        assert stage_of(rosa, ref="HEAD") == "contributor-credit"
    assert rosa.git("status", "--porcelain") == ""



# --- git's environment variables, set for another repository or by a git hook ---------------


@pytest.mark.parametrize("variable", ["GIT_WORK_TREE", "GIT_INDEX_FILE"])
def test_git_variables_in_the_environment_cannot_turn_a_commit_into_a_deletion(
        team: Team, tmp_path: Path, variable: str) -> None:
    """Rosa's shell still has GIT_WORK_TREE (or GIT_INDEX_FILE) exported for another
    repository, or newsroom runs from a git hook, which sets such variables. A credit
    commits credits.yaml and nothing else, and the clone's index is the commit's."""
    rosa = team.reporter
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    value = str(elsewhere / "index") if variable == "GIT_INDEX_FILE" else str(tmp_path)
    before = rosa.git("rev-parse", "HEAD")
    hooked = Clone(rosa.path, {**rosa.env, variable: value})
    result = hooked.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    no_crash(result)
    if rosa.git("rev-parse", "HEAD") != before:
        changed = rosa.git("diff", "--name-only", before, "HEAD").splitlines()
        assert changed == [f"stories/{SLUG}/credits.yaml"], changed
    assert rosa.git("status", "--porcelain") == ""


# --- folders that take new files but let none be replaced or removed ------------------------


def test_a_failed_write_leaves_no_temporary_file_to_block_the_retry(team: Team) -> None:
    """Rosa's story folder takes new files but no rename or removal (`chattr +a`, as a
    backup or sync tool may set): advance makes its temporary story.md, cannot put it in
    place, and undoes the sign-off. Once the folder is normal again, advance works."""
    rosa = team.reporter
    folder = rosa.story_dir(SLUG)
    made = subprocess.run(["chattr", "+a", str(folder)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make {folder} append-only: {made.stderr.strip()}")
    try:
        refused = rosa.run("advance", SLUG)
    finally:
        subprocess.run(["chattr", "-a", str(folder)], check=True)
    no_crash(refused)
    assert refused.code == 2 and "story.md" in refused.err, refused.text
    assert rosa.git("status", "--porcelain", "--untracked-files=all") == "", refused.text
    done = rosa.run("advance", SLUG)
    assert done.code == 0, done.text


# --- a disk that fills up -------------------------------------------------------------------


@contextlib.contextmanager
def mounted(mount: Path, options: str) -> Iterator[Path]:
    """A small file system of its own at `mount` (tmpfs; needs root), to fill up."""
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB file system."""
    with mounted(tmp_path / "disk", "size=6m") as mount:
        yield mount


@pytest.fixture
def few_inodes(tmp_path: Path) -> Iterator[Path]:
    """A file system with room for 400 files and folders, and 20 MiB."""
    with mounted(tmp_path / "disk", "size=20m,nr_inodes=400") as mount:
        yield mount


def test_correct_with_a_photo_too_big_for_the_disk_says_to_free_space(
        small_disk: Path, env: dict[str, str]) -> None:
    """An editor corrects a published story by adding a 3.5 MB photo to it, with 2.5 MB
    left on the disk. The correction is refused first, saying to free some space."""
    room = make_newsroom(small_disk / "newsroom", env)
    room.act_as("rtorres")
    room.write_story(SLUG, front={"stage": "published"})
    room.commit_filing(SLUG, f"file {SLUG}")
    room.act_as("eokafor")
    before = room.git("rev-parse", "HEAD")
    photo = room.story_dir(SLUG) / "media" / "crews-at-work.jpg"
    photo.write_bytes(os.urandom(3_500_000))  # random bytes: git cannot compress them
    result = room.run("correct", SLUG, "--note", "Adds a photo of the crews at work.")
    no_crash(result)
    assert result.code == 2, result.text
    assert "free some space" in result.err and "nothing was changed" in result.err, result.err
    assert room.git("rev-parse", "HEAD") == before
    assert photo.stat().st_size == 3_500_000


@pytest.mark.parametrize("args", [("credit", SLUG, "add", "Ana Ruiz", "--role", "research"),
                                  ("advance", SLUG)])
def test_a_disk_out_of_inodes_is_named_as_full(
        few_inodes: Path, env: dict[str, str], args: tuple[str, ...]) -> None:
    """Bytes are free but the file system can make no more files (a small /home, a
    quota): the command refuses, saying to free some space, and changes nothing."""
    room = make_newsroom(few_inodes / "newsroom", env, person="rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, f"file {SLUG}")
    before = room.git("rev-parse", "HEAD")
    filler = few_inodes / "filler"
    filler.mkdir()
    n = 0
    with contextlib.suppress(OSError):
        while True:
            (filler / str(n)).touch()
            n += 1
    (filler / str(n - 1)).unlink()  # one file may still be made
    result = room.run(*args)
    no_crash(result)
    assert result.code == 2, result.text
    assert "free some space" in result.err and "nothing was changed" in result.err, result.err
    assert room.git("rev-parse", "HEAD") == before


def test_sync_that_fills_the_disk_says_to_free_space(team: Team, small_disk: Path) -> None:
    """Emeka pushes a 3.5 MB photo; Rosa's clone lives on a disk with less room than that.
    Her sync fails, saying the disk is full and to free some space, and leaves her clone as
    it was."""
    emeka = team.editor
    path = small_disk / "rosa"
    done = subprocess.run(["git", "clone", "-q", "--no-local", str(team.remote), str(path)],
                          env=emeka.env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rosa = Clone(path, emeka.env).act_as("rtorres")
    photo = emeka.story_dir(SLUG) / "media" / "crews-at-work.jpg"
    photo.write_bytes(os.urandom(3_500_000))
    emeka.commit_all("a photo of the crews")
    assert emeka.run("sync").code == 0
    before = rosa.git("rev-parse", "HEAD")
    result = rosa.run("sync")
    no_crash(result)
    assert rosa.git("rev-parse", "HEAD") == before
    assert rosa.git("status", "--porcelain") == ""
    assert result.code == 2, result.text
    assert "free some space" in result.err, result.err

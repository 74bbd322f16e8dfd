"""The sign-off journal as untrusted input: a real journal, left by a sign-off killed right
after its branch moved, is finished; the same journal changed in any one way that no
sign-off in this clone could have written is refused in one line naming the file, and the
clone is left exactly as it was."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsroom.errors import GitError
from newsroom.repo import Author, Repo, StoryCommit, pending
from tests.helpers import Clone, isolated_env, make_newsroom

STORY = "stories/harbour-fire/story.md"
PHOTO = "stories/harbour-fire/media/crews.png"
Record = dict[str, Any]


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Clone:
    env = isolated_env(tmp_path / "home")
    for key in ("HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(key, env[key])
    return make_newsroom(tmp_path / "newsroom", env)


def killed_after_the_branch_moved(clone: Clone, monkeypatch: pytest.MonkeyPatch,
                                  removed: tuple[str, ...] = ()) -> Record:
    """Commit an edit of story.md (deleting the files `removed`) and stop the process as it
    writes the file, the branch already moved: the journal it leaves, as a dict."""
    from newsroom.repo import journal

    clone.write_story("harbour-fire")
    clone.commit_all("file harbour-fire")
    text = (clone.path / STORY).read_text(encoding="utf-8") + "\nOne more line.\n"
    written = journal.write_atomic

    def killed(path: Path, data: str) -> None:
        if path.name != "story.md":
            return written(path, data)
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(journal, "write_atomic", killed)
        with pytest.raises(KeyboardInterrupt):
            Repo(clone.path).commit_story(StoryCommit(
                "stories/harbour-fire", {STORY: text}, "newsroom: edit\n",
                Author("Ada Byline", "ada@example.org"), removed=removed))
    record: Record = json.loads(journal_of(clone).read_text(encoding="utf-8"))
    return record


def journal_of(clone: Clone) -> Path:
    return clone.path / ".git" / "newsroom-pending.json"


def state(clone: Clone) -> tuple[str, ...]:
    files = sorted(f"{p.relative_to(clone.path)}:{p.read_bytes()!r}"
                   for p in clone.path.parent.rglob("*")
                   if p.is_file() and ".git" not in p.parts and "home" not in p.parts)
    return (clone.git("for-each-ref"), clone.git("rev-parse", "HEAD"),
            clone.git("ls-files", "-s"), clone.git("status", "--porcelain"), *files)


def blob(clone: Clone, text: str) -> str:
    done = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=clone.path, env=clone.env,
                          input=text, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_real_journal_is_finished(clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    record = killed_after_the_branch_moved(clone, monkeypatch)
    assert Repo(clone.path).recover()
    assert (clone.path / STORY).read_text(encoding="utf-8") == record["texts"][STORY]
    assert clone.git("status", "--porcelain") == ""
    assert not journal_of(clone).exists()


def test_a_real_journal_that_deletes_a_file_is_finished(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    record = killed_after_the_branch_moved(clone, monkeypatch, (PHOTO,))
    assert record["removed"] == [PHOTO] and (clone.path / PHOTO).exists()
    assert Repo(clone.path).recover()
    assert (clone.path / STORY).read_text(encoding="utf-8") == record["texts"][STORY]
    assert not (clone.path / PHOTO).exists()
    assert clone.git("status", "--porcelain", "--untracked-files=all") == ""
    assert not journal_of(clone).exists()


def test_a_deletion_killed_before_the_branch_moved_is_dropped(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    record = killed_after_the_branch_moved(clone, monkeypatch, (PHOTO,))
    clone.git("update-ref", "HEAD", record["old"])  # as if killed just before it moved
    clone.git("reset", "-q")
    assert not Repo(clone.path).recover()
    assert (clone.path / PHOTO).exists()
    assert clone.git("status", "--porcelain", "--untracked-files=all") == ""


def _removes(name: str) -> Callable[[Record, Clone], None]:
    """The journal deletes file `name` too (as it was before: as it is on disk, if any)."""
    def change(record: Record, clone: Clone) -> None:
        record["removed"] = [*record["removed"], name]
        path = clone.path / name
        record["before"][name] = path.read_text(encoding="utf-8") if path.is_file() else None
    return change


def _moved(name: str) -> Callable[[Record, Clone], None]:
    """The journal with its one file at path `name` instead (consistently in all three)."""
    def change(record: Record, clone: Clone) -> None:
        for key in ("texts", "before", "blobs"):
            record[key] = {name: record[key][STORY]}
    return change


def _edited_before(record: Record, clone: Clone) -> None:
    """The file 'was', before the sign-off, an edit that is on disk now and in no commit."""
    edit = record["before"][STORY] + "\nA paragraph the reporter is still writing.\n"
    (clone.path / STORY).write_text(edit, encoding="utf-8")
    record["before"][STORY] = edit


def _forged_blob(record: Record, clone: Clone) -> None:
    text = record["texts"][STORY].replace("One more line.", "A forged line.")
    record["texts"][STORY] = text
    record["blobs"][STORY] = blob(clone, text)


def _forged_text(record: Record, clone: Clone) -> None:
    record["texts"][STORY] += "A line the commit does not have.\n"


def _older_old(record: Record, clone: Clone) -> None:
    record["old"] = clone.git("rev-list", "--max-parents=0", "HEAD")


def _tag(name: str) -> Callable[[Record, Clone], None]:
    def change(record: Record, clone: Clone) -> None:
        record["tag"] = name
    return change


def _field(name: str, value: object) -> Callable[[Record, Clone], None]:
    def change(record: Record, clone: Clone) -> None:
        if value is KeyError:
            del record[name]
        else:
            record[name] = value
    return change


CHANGES = {
    "outside": (_moved("../outside.txt"), "leads out of|is not a file of"),
    "absolute": (_moved("/tmp/outside.txt"), "is not a file of"),
    "git-folder": (_moved(".git/hooks/post-checkout"), "is not a file of"),
    "other-story": (_moved("stories/other/story.md"), "is not a file of"),
    "roster": (_moved("newsroom.yaml"), "is not a file of"),
    "edit-before": (_edited_before, "in no commit and no object"),
    "forged-blob": (_forged_blob, "does not hold"),
    "forged-text": (_forged_text, "is not the blob it names"),
    "older-old": (_older_old, "is not a commit made on"),
    "tag": (_tag("published/harbour-fire"), "not the publication"),
    "bad-tag": (_tag("not..a..tag"), "not the publication"),
    "folder": (_field("folder", "stories"), "is not a story folder"),
    "missing": (_field("blobs", KeyError), "'blobs' is missing"),
    "unknown": (_field("pid", 12), "'pid' is not a field"),
    "wrong-type": (_field("whole_folder", "yes"), "'whole_folder' is not a true or false"),
    "new": (_field("new", "HEAD"), "'new' is not a commit id"),
    "missing-commit": (_field("new", "1" * 40), "is not in this repository"),
    "remove-outside": (_removes("newsroom.yaml"), "is not a file of"),
    "remove-escape": (_removes("stories/harbour-fire/../../newsroom.yaml"), "is not a file of"),
    "remove-kept": (_removes("stories/harbour-fire/sources.yaml"), "still holds"),
    "remove-written": (_removes(STORY), "both writes and deletes"),
    "removed-type": (_field("removed", "media/crews.png"), "'removed' is not a list of files"),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_journal_no_signoff_could_have_written_is_refused_and_nothing_moves(
        clone: Clone, monkeypatch: pytest.MonkeyPatch,
        change: tuple[Callable[[Record, Clone], None], str]) -> None:
    record = killed_after_the_branch_moved(clone, monkeypatch)
    forge, said = change
    forge(record, clone)
    journal_of(clone).write_text(json.dumps(record), encoding="utf-8")
    before = state(clone)
    with pytest.raises(GitError, match=said) as caught:
        Repo(clone.path).recover()
    message = caught.value.message
    assert message.startswith(".git/newsroom-pending.json is not a sign-off journal"), message
    assert "rm .git/newsroom-pending.json" in message and message.endswith("nothing was changed")
    assert state(clone) == before
    assert journal_of(clone).exists()


def test_a_journal_whose_lock_is_held_belongs_to_a_running_command(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    record = killed_after_the_branch_moved(clone, monkeypatch)
    repo = Repo(clone.path)
    before = state(clone)
    monkeypatch.setattr(pending, "WAIT", 0.1)
    with pending.owned(repo._git, 0.0) as mine:  # (another process, as far as flock goes)
        assert mine
        assert not repo.recover(reading=True)
        with pytest.raises(GitError, match="another newsroom command is signing off"):
            repo.recover()
    assert state(clone) == before
    assert repo.recover()  # once it is gone, the journal is an interrupted one
    assert (clone.path / STORY).read_text(encoding="utf-8") == record["texts"][STORY]

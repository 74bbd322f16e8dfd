"""The git layer: GitPython underneath, newsroom's own errors and values on top."""

from __future__ import annotations

import ast
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from newsroom.errors import GitError
from newsroom.repo import Author, Repo, StoryCommit
from tests.helpers import ROOT, Clone, isolated_env, make_newsroom


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Clone:
    """A newsroom whose git, run in this process too, sees only the test's own config."""
    env = isolated_env(tmp_path / "home")
    for key in ("HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(key, env[key])
    return make_newsroom(tmp_path / "newsroom", env)


def test_a_folder_that_is_not_the_top_of_a_repository_is_refused(clone: Clone,
                                                                 tmp_path: Path) -> None:
    for folder in (tmp_path / "elsewhere", tmp_path / "missing"):
        if folder.name == "elsewhere":
            folder.mkdir()
        with pytest.raises(GitError, match="is not a git repository; run 'git init'"):
            Repo(folder)
    with pytest.raises(GitError, match=r"is a subfolder \(stories/\) of the git repository .*"
                       r"move newsroom.yaml and stories/ to .*'git init' in a new folder"):
        Repo(clone.path / "stories")


def test_init_makes_a_repository_once(tmp_path: Path) -> None:
    Repo.init(tmp_path / "room")
    assert (tmp_path / "room" / ".git").is_dir()
    assert Repo.init(tmp_path / "room").root == tmp_path / "room"


def test_a_failing_command_says_what_git_said_in_one_line(clone: Clone) -> None:
    repo = Repo(clone.path)
    with pytest.raises(GitError) as caught:
        repo.run("cat-file", "-p", "no-such-object")
    assert caught.value.message.startswith("git cat-file failed: fatal: ")
    assert "\n" not in caught.value.message
    with pytest.raises(GitError, match="'nope' is not a commit in this repository"):
        repo.resolve("nope")
    with pytest.raises(GitError, match="'nope' is not a commit in this repository"):
        repo.changed_paths("nope")


def test_output_input_environment_and_config_reach_git(clone: Clone) -> None:
    repo = Repo(clone.path)
    assert repo.run("rev-parse", "HEAD") == clone.git("rev-parse", "HEAD")
    assert repo.run("cat-file", "blob", "HEAD:stories/.gitkeep", strip=False) == ""
    text = "Überschrift\nzwei Zeilen\n"
    data = text.encode()
    expected = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
    git = repo._git
    assert git.run("hash-object", "--stdin", input=text).strip() == expected
    assert git.run("config", "--get", "newsroom.probe", config=["newsroom.probe=yes"]) == "yes\n"
    assert repo.config_value("newsroom.probe") == ""  # the setting was for that call only
    env = {"GIT_AUTHOR_NAME": "Ada Byline", "GIT_AUTHOR_EMAIL": "ada@example.org"}
    assert git.run("var", "GIT_AUTHOR_IDENT", env=env).startswith("Ada Byline <ada@example.org>")


def test_a_story_commit_is_by_its_author_and_leaves_the_tree_clean(clone: Clone) -> None:
    clone.write_story("harbour-fire")
    clone.commit_all("file harbour-fire")
    repo = Repo(clone.path)
    story = "stories/harbour-fire/story.md"
    text = (clone.path / story).read_text(encoding="utf-8") + "\nOne more line.\n"
    plan = StoryCommit("stories/harbour-fire", {story: text}, "newsroom: edit\n\nNewsroom-Story: "
                       "harbour-fire\n", Author("Ada Byline", "ada@example.org"), tag="v-1")
    sha = repo.commit_story(plan)
    assert clone.git("log", "-1", "--format=%an <%ae>|%B", sha) == (
        "Ada Byline <ada@example.org>|newsroom: edit\n\nNewsroom-Story: harbour-fire")
    assert clone.git("show", f"{sha}:{story}") == text.rstrip("\n")
    assert clone.git("status", "--porcelain") == ""
    assert repo.tag_exists("v-1") and not (repo.git_dir() / "newsroom-pending.json").exists()
    with pytest.raises(GitError, match="nothing would change"):
        repo.commit_story(plan)


def test_history_streams_commits_and_stops_git_when_the_reader_stops(clone: Clone) -> None:
    for n in range(3):
        clone.write_story(f"story-{n}")
        clone.commit_all(f"file story-{n}")
    repo = Repo(clone.path)
    entries = list(repo.history())
    assert [e.message.strip() for e in entries] == [
        "newsroom: init", "file story-0", "file story-1", "file story-2"]
    assert entries[1].author.email == "emeka.okafor@coastal.example"
    newest = repo.history(reverse=False)
    assert next(newest).message.strip() == "file story-2"
    newest.close()  # git is stopped, nothing is left waiting
    with pytest.raises(GitError, match=r"^git log failed: "):
        list(repo.history(revisions="no-such-branch"))


def test_the_blob_reader_reads_batches_and_missing_blobs_as_empty(clone: Clone) -> None:
    repo = Repo(clone.path)
    blob = clone.git("rev-parse", "HEAD:newsroom.yaml")
    with repo.blob_reader() as read:
        first = read([blob, "0" * 40])
        again = read([blob])
    assert first == [(clone.path / "newsroom.yaml").read_bytes(), b""]
    assert again == first[:1]


def test_only_the_repo_package_imports_git_and_it_starts_no_process_itself() -> None:
    for path in sorted((ROOT / "newsroom").rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        in_repo = path.parent.name == "repo"
        assert in_repo or "git" not in names, f"{path} imports git"
        assert not in_repo or "subprocess" not in names or path.name == "runner.py", path
    runner = (ROOT / "newsroom" / "repo" / "runner.py").read_text(encoding="utf-8")
    assert "from subprocess import PIPE\n" in runner and "subprocess." not in runner


def test_help_does_not_import_gitpython() -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsroom", "--help"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    modules = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "newsroom.cli.app" in modules
    assert "git" not in modules and "newsroom.repo" not in modules


def test_recovery_finishes_a_signoff_killed_while_writing_its_files(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsroom.repo import journal

    clone.write_story("harbour-fire")
    clone.commit_all("file harbour-fire")
    story = "stories/harbour-fire/story.md"
    text = (clone.path / story).read_text(encoding="utf-8") + "\nOne more line.\n"
    written = journal.write_atomic

    def killed_while_writing_the_story(path: Path, data: str) -> None:
        if path.name != "story.md":
            return written(path, data)
        (path.parent / ".story.md.k1ll3d.tmp").write_text(data[:10], encoding="utf-8")
        raise KeyboardInterrupt  # the process ends here, its temporary file left behind

    monkeypatch.setattr(journal, "write_atomic", killed_while_writing_the_story)
    repo = Repo(clone.path)
    with pytest.raises(KeyboardInterrupt):
        repo.commit_story(StoryCommit("stories/harbour-fire", {story: text}, "newsroom: edit\n",
                                      Author("Ada Byline", "ada@example.org")))
    monkeypatch.setattr(journal, "write_atomic", written)
    assert repo.recover()
    assert clone.git("status", "--porcelain", "--untracked-files=all") == ""
    assert (clone.path / story).read_text(encoding="utf-8") == text
    assert not repo.recover()


def _harbour_fire(clone: Clone) -> tuple[Repo, StoryCommit, str]:
    """A committed story and a plan that tags its edit, as publish does."""
    clone.write_story("harbour-fire")
    clone.commit_all("file harbour-fire")
    story = "stories/harbour-fire/story.md"
    text = (clone.path / story).read_text(encoding="utf-8") + "\nOne more line.\n"
    plan = StoryCommit("stories/harbour-fire", {story: text}, "newsroom: edit\n",
                       Author("Ada Byline", "ada@example.org"), tag="published/harbour-fire")
    return Repo(clone.path), plan, story


def _as_it_was(clone: Clone) -> tuple[str, ...]:
    return (clone.git("for-each-ref"), clone.git("rev-parse", "HEAD"),
            clone.git("ls-files", "-s"), clone.git("status", "--porcelain", "--ignored"),
            (clone.path / "stories/harbour-fire/story.md").read_text(encoding="utf-8"))


def test_a_full_disk_after_the_branch_moved_is_rolled_back(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the sign-off writes story.md, after the branch moved: the
    branch, the index and the files go back, and the error says the disk is full. (git is
    real; the full disk is a stand-in for the write, since a small file system cannot be
    made without root.)"""
    import errno

    from newsroom.repo import journal

    repo, plan, _ = _harbour_fire(clone)
    before = _as_it_was(clone)
    written = journal.write_atomic

    def full(path: Path, data: str | bytes) -> None:
        if path.name == "story.md" and isinstance(data, str):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written(path, data)

    monkeypatch.setattr(journal, "write_atomic", full)
    with pytest.raises(GitError, match=r"the disk is full \(writing stories/harbour-fire/story"
                                       r"\.md\); free some space.*the sign-off was undone"):
        repo.commit_story(plan)
    assert _as_it_was(clone) == before
    assert not (repo.git_dir() / "newsroom-pending.json").exists()


def test_too_little_free_space_is_refused_before_anything_is_written(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from collections import namedtuple

    from newsroom.repo import preflight

    repo, plan, _ = _harbour_fire(clone)
    before = _as_it_was(clone)
    objects = sorted((repo.git_dir() / "objects").rglob("*"))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(preflight.shutil, "disk_usage", lambda path: usage(10**9, 10**9, 4096))
    with pytest.raises(GitError, match=r"only 4 KiB free on the disk holding .*; free some "
                                       r"space and try again; nothing was changed"):
        repo.commit_story(plan)
    assert preflight.shutil is shutil
    assert _as_it_was(clone) == before
    assert sorted((repo.git_dir() / "objects").rglob("*")) == objects  # not even an object


def test_a_deletion_that_fails_after_the_branch_moved_is_rolled_back(
        clone: Clone, monkeypatch: pytest.MonkeyPatch) -> None:
    """The photo cannot be deleted (its folder turned read-only after the checks before
    writing): story.md, already written, the index and the branch go back with it."""
    import errno

    from newsroom.repo import journal

    repo, plan, _ = _harbour_fire(clone)
    photo = "stories/harbour-fire/media/crews.png"
    plan = StoryCommit(plan.folder, plan.texts, plan.message, plan.author, removed=(photo,))
    before = (*_as_it_was(clone), (clone.path / photo).read_bytes())

    def refused(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(journal, "remove_file", refused)
    with pytest.raises(GitError, match=r"stories/harbour-fire/media.*the sign-off was undone"):
        repo.commit_story(plan)
    assert (*_as_it_was(clone), (clone.path / photo).read_bytes()) == before
    assert not (repo.git_dir() / "newsroom-pending.json").exists()


def test_a_commit_deletes_a_file_with_the_edit(clone: Clone) -> None:
    repo, plan, story = _harbour_fire(clone)
    photo = "stories/harbour-fire/media/crews.png"
    plan = StoryCommit(plan.folder, plan.texts, plan.message, plan.author, removed=(photo,))
    repo.commit_story(plan)
    assert not (clone.path / photo).exists() and not (clone.path / photo).parent.exists()
    changed = clone.git("show", "--name-status", "--format=", "HEAD").splitlines()
    assert changed == [f"D\t{photo}", f"M\t{story}"]
    assert clone.git("status", "--porcelain", "--untracked-files=all") == ""

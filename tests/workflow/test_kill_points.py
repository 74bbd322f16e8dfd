"""Every writing command killed at every git call it makes, deterministically (no timing).

A kill at a git call leaves the clone in some state; then, as a person would go on:

1. a different writing command runs (it must succeed: whatever the kill left is finished or
   rolled back first);
2. `git commit -am`, as a careless user would;
3. nothing reverted: the command's record is in history or not, once at most, and the story
   at HEAD and in the working tree says the same (`verify` agrees: no finding);
4. nothing lost: the person's uncommitted edit and untracked file are still there;
5. nothing stuck: the command, run again, succeeds (or, when it had happened, refuses only
   as it refuses anything done already, never for a lock, a journal or an edit of its own).

How the kill points are found and made, per command: a first run under the git shim
(tests/workflow/gitshim.py) counts the command's git calls and writes the clone's
fingerprint (refs, index, journal, locks, working tree; git's objects aside, since an object
nothing points to is in no state) before every call, and after every call that may write.
That is what a kill at that moment leaves: newsroom is waiting for git then, its own writes
done. (A kill after a call that writes nothing, like rev-parse, status, ls-tree or
commit-tree, leaves what a kill before it leaves.) Kill points with the same fingerprint are
one case. Each case is then made for real: a fresh copy of the newsroom runs the command and
the shim SIGKILLs it at that call, before git runs or after git ran to its end alone; the
fingerprint must be the first run's; and steps 1-5 follow, except for a kill that left
everything as the command found it, which needs nothing (the first run is that case).

The newsroom every case starts from is built once, through the commands themselves, and
copied per case.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.filing.test_file import word_file
from tests.helpers import Clone, Result, git, isolated_env, make_newsroom
from tests.workflow.conftest import stage_of
from tests.workflow.gitshim import Shim

SLUG = "harbor-seawall"
NOTES = "call the mayor's office back\n"
DESK_NOTE = "\nMonday: seawall follow-up.\n"
# git commands that change nothing a kill could leave half-done
READING = {"version", "config", "rev-parse", "status", "symbolic-ref", "ls-tree", "ls-files",
           "log", "rev-list", "cat-file", "for-each-ref", "diff", "merge-base", "hash-object",
           "mktree", "commit-tree", "show"}
WHEN = "2026-03-02T10:00:00Z"
GRACE = f"Grace Bell newsroom: {SLUG} draft -> contributor-credit"
STUCK = ("uncommitted", ".lock", "in progress", "interrupted", "detached", "Traceback",
         "internal error")


@dataclass(frozen=True)
class Command:
    """A writing command, who runs it, and how to tell whether it happened."""

    id: str
    person: str
    args: tuple[str, ...]
    # (clone, happened?) -> None: asserts the newsroom at HEAD is what that outcome says
    outcome: Callable[[Clone, bool], None]
    subject: str = ""  # the commit that records it
    other: tuple[str, ...] = ("source", SLUG, "add", "mayor-office", "Office of the Mayor",
                              "--kind", "organization")
    base: str = "room"
    tracked_edit: bool = True  # sync refuses while tracked files have edits, by design
    prepare: Callable[[Clone], None] | None = None
    code: int = 0  # what the command exits with when it works (a sync clash: 1)
    needs_it: bool = False  # the other command needs this one to have happened (init)
    # how many times it happened, for a command that makes no commit of its own (edit)
    count: Callable[[Clone], int] | None = None

    def happened(self, clone: Clone) -> int:
        """How many times its record is in the history (of the remote, for sync)."""
        if self.count:
            return self.count(clone)
        if self.id.startswith("sync"):
            return _synced(clone, self.id)
        log = clone.git("log", "--format=%s", check=False)
        return log.splitlines().count(self.subject)


def _synced(clone: Clone, which: str) -> int:
    if which == "sync-clash":  # her clone was reset to the remote: her sign-off is set aside
        return int(GRACE not in clone.git("log", "--format=%an %s").splitlines())
    remote = clone.path.parent / "remote.git"
    pushed = git(remote, "log", "--format=%s", "main", env=clone.env).splitlines()
    return pushed.count(f"newsroom: {SLUG} credit Ana Ruiz (research)")


def _stage_is(slug: str, before: str, after: str) -> Callable[[Clone, bool], None]:
    def check(clone: Clone, done: bool) -> None:
        assert stage_of(clone, slug, ref="HEAD") == (after if done else before)
        assert stage_of(clone, slug) == stage_of(clone, slug, ref="HEAD")
    return check


def _file_has(path: str, text: str, present: bool = True) -> Callable[[Clone, bool], None]:
    def check(clone: Clone, done: bool) -> None:
        committed = clone.git("show", f"HEAD:{path}", check=False)
        assert (text in committed) == (done == present), committed
        assert (clone.path / path).read_text(encoding="utf-8").rstrip("\n") == committed
    return check


def _exists_at_head(path: str) -> Callable[[Clone, bool], None]:
    def check(clone: Clone, done: bool) -> None:
        born = clone.git("rev-parse", "-q", "--verify", "HEAD", check=False)
        listed = clone.git("ls-tree", "--name-only", "HEAD", path) if born else ""
        assert bool(listed) == done
        assert (clone.path / path).exists() == done
    return check


def _image_removed(clone: Clone, done: bool) -> None:
    """The entry and its file go together: both at HEAD and on disk, or neither."""
    _file_has(f"stories/{SLUG}/story.md", "media/crews.png", present=False)(clone, done)
    _exists_at_head(f"stories/{SLUG}/media/crews.png")(clone, not done)


def _pushed(clone: Clone, done: bool) -> None:
    """Rosa's credit is in her history whatever happened; pushed, the remote has it too."""
    assert f"newsroom: {SLUG} credit Ana Ruiz (research)" in clone.git("log", "--format=%s")
    if done:  # fails unless the remote's branch is in Rosa's history
        remote = git(clone.path.parent / "remote.git", "rev-parse", "main", env=clone.env)
        clone.git("merge-base", "--is-ancestor", remote, "HEAD")


def _kept(clone: Clone, done: bool) -> None:
    """Grace's sign-off is on a branch whatever happened: hers, or the one kept aside."""
    assert GRACE in clone.git("log", "--all", "--format=%an %s").splitlines()
    if done:  # her clone was reset to the remote (and the next command committed on it)
        ahead = clone.git("rev-list", "origin/main..HEAD").split()
        behind = clone.git("rev-list", "HEAD..origin/main").split()
        assert behind == [] and len(ahead) <= 1


def _published(clone: Clone, done: bool) -> None:
    _stage_is("bridge-tolls", "publish", "published")(clone, done)
    assert bool(clone.git("tag", "--list", "published/bridge-tolls")) == done


def _correction_edit(clone: Clone) -> None:
    story = clone.story_dir("museum-gift") / "story.md"
    story.write_text(story.read_text().replace("Residents filled", "Residents packed"))


def _corrected(clone: Clone, done: bool) -> None:
    """The correction note is committed or not; the editor's edit is never lost (if the
    correction did not happen, the careless commit took it)."""
    head = clone.git("show", "HEAD:stories/museum-gift/story.md")
    assert ("corrections:" in head) == done
    assert "Residents packed" in head
    assert (clone.story_dir("museum-gift") / "story.md").read_text().rstrip("\n") == head


def _photo(clone: Clone) -> None:
    """A PNG beside the clone, to add as an image."""
    from tests.test_images import png

    (clone.path.parent / "crowd.png").write_bytes(png())


def _word_file(clone: Clone) -> None:
    """The Word file `file` files: with an image, so its bytes and the original's ride in the
    journal; the same bytes in every case (a Word file made again has other timestamps)."""
    (clone.path.parent / "seawall.docx").write_bytes(_word_bytes())


@functools.cache
def _word_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return word_file(Path(folder) / "seawall.docx").read_bytes()


EDITED = "The council meets again on Thursday."


def _editor(clone: Clone) -> None:
    """$EDITOR is a script that adds a paragraph to the file it is given, and saves."""
    editor = clone.path.parent / "editor.sh"
    editor.write_text(f'#!/bin/sh\nprintf "\\n{EDITED}\\n" >> "$1"\n')
    editor.chmod(0o755)
    clone.env = {**{k: v for k, v in clone.env.items() if k != "VISUAL"},
                 "EDITOR": str(editor)}


def _edits_in_history(clone: Clone) -> int:
    """`edit` leaves the edit in the working tree for the person to commit (step 2 of the
    module's docstring does): how many times the editor's paragraph is at HEAD."""
    committed = clone.git("show", f"HEAD:stories/{SLUG}/story.md", check=False)
    return committed.count(EDITED)


OTHER = ("source", "pier-fire", "add", "chief", "Fire Chief Ana Soto")
CREDIT = ("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
COMMANDS = [
    Command("advance", "rtorres", ("advance", SLUG), _stage_is(SLUG, "draft", "contributor-credit"),
            f"newsroom: {SLUG} draft -> contributor-credit"),
    Command("return", "eokafor", ("return", "pier-fire", "--to", "draft", "--reason", "more"),
            _stage_is("pier-fire", "fact-check", "draft"),
            "newsroom: pier-fire return fact-check -> draft", other=OTHER),
    Command("publish", "gbell", ("publish", "bridge-tolls"), _published,
            "newsroom: bridge-tolls publish -> published",
            other=("source", "bridge-tolls", "add", "chief", "Fire Chief Ana Soto")),
    Command("publish-due", "gbell", ("publish", "--due"), _published,
            "newsroom: bridge-tolls publish -> published"),
    Command("kill", "eokafor", ("kill", SLUG, "--reason", "the vote was postponed"),
            _stage_is(SLUG, "draft", "killed"), f"newsroom: {SLUG} kill draft -> killed"),
    Command("correct", "eokafor",
            ("correct", "museum-gift", "--note", "Residents packed the chamber."),
            _corrected, "newsroom: museum-gift correction",
            other=("source", "museum-gift", "add", "chief", "Fire Chief Ana Soto"),
            prepare=_correction_edit),
    Command("repair", "eokafor",
            ("repair", "museum-gift", "--to", "published", "--reason", "checked by hand"),
            _stage_is("museum-gift", "published", "published"),
            "newsroom: museum-gift repair published -> published"),
    Command("credit-add", "rtorres", CREDIT,
            _file_has(f"stories/{SLUG}/credits.yaml", "Ana Ruiz"),
            f"newsroom: {SLUG} credit Ana Ruiz (research)"),
    Command("credit-remove", "rtorres", ("credit", SLUG, "remove", "Samir Khan"),
            _file_has(f"stories/{SLUG}/credits.yaml", "Samir Khan", present=False),
            f"newsroom: {SLUG} uncredit Samir Khan"),
    Command("source-add", "rtorres", ("source", SLUG, "add", "dunes", "Dune Coalition",
                                      "--kind", "organization"),
            _file_has(f"stories/{SLUG}/sources.yaml", "Dune Coalition"),
            f"newsroom: {SLUG} source dunes", other=CREDIT),
    Command("claim-add", "rtorres", ("claim", SLUG, "add", "cast the deciding vote",
                                     "--source", "whitfield", "--id", "deciding"),
            _file_has(f"stories/{SLUG}/factcheck.yaml", "cast the deciding vote"),
            f"newsroom: {SLUG} claim deciding added"),
    Command("claim-verify", "lpark", ("claim", SLUG, "verify", "vote", "--status", "disputed",
                                      "--note", "recount pending"),
            _file_has(f"stories/{SLUG}/factcheck.yaml", "status: disputed"),
            f"newsroom: {SLUG} claim vote disputed"),
    Command("claim-waive", "lpark", ("claim", SLUG, "waive", "Residents filled the council chamber",
                                     "--reason", "our reporter was in the room"),
            _file_has(f"stories/{SLUG}/factcheck.yaml", "Residents filled the council chamber"),
            f"newsroom: {SLUG} waive 'Residents filled the council chamber'"),
    Command("claim-edit", "rtorres", ("claim", SLUG, "edit", "length", "--note",
                                      "measured on the engineering plan"),
            _file_has(f"stories/{SLUG}/factcheck.yaml", "measured on the engineering plan"),
            f"newsroom: {SLUG} claim length edited"),
    Command("claim-remove", "lpark", ("claim", SLUG, "remove", "most-expensive"),
            _file_has(f"stories/{SLUG}/factcheck.yaml", "the most expensive answer",
                      present=False),
            f"newsroom: {SLUG} claim most-expensive removed"),
    Command("source-edit", "rtorres", ("source", SLUG, "edit", "ortega", "--affiliation",
                                       "State environment agency"),
            _file_has(f"stories/{SLUG}/sources.yaml", "State environment agency"),
            f"newsroom: {SLUG} edit source ortega", other=CREDIT),
    Command("source-remove", "rtorres", ("source", SLUG, "remove", "whitfield"),
            _file_has(f"stories/{SLUG}/sources.yaml", "Dana Whitfield", present=False),
            f"newsroom: {SLUG} remove source whitfield", other=CREDIT),
    Command("image-add", "rtorres", ("image", SLUG, "add", "../crowd.png", "--caption",
                                     "Residents fill the council chamber in Harbor City.",
                                     "--credit", "Samir Khan/Coastal Daily Press", "--alt",
                                     "A crowded room."),
            _file_has(f"stories/{SLUG}/story.md", "media/crowd.png"),
            f"newsroom: {SLUG} image add media/crowd.png", prepare=_photo),
    Command("image-edit", "rtorres", ("image", SLUG, "edit", "crews.png", "--credit",
                                      "Ana Ruiz/Reuters"),
            _file_has(f"stories/{SLUG}/story.md", "Ana Ruiz/Reuters"),
            f"newsroom: {SLUG} image edit media/crews.png"),
    Command("image-remove", "rtorres", ("image", SLUG, "remove", "crews.png"),
            _image_removed, f"newsroom: {SLUG} image remove media/crews.png"),
    Command("edit", "rtorres", ("edit", SLUG), _file_has(f"stories/{SLUG}/story.md", EDITED),
            prepare=_editor, count=_edits_in_history),
    # the person opens the story in their editor right after a sign-off of it was killed:
    # the editor must get the story as the sign-off made it, not the file it was replacing
    Command("advance-then-edit", "rtorres", ("advance", SLUG),
            _stage_is(SLUG, "draft", "contributor-credit"),
            f"newsroom: {SLUG} draft -> contributor-credit", other=("edit", SLUG),
            prepare=_editor),
    Command("embargo-set", "rtorres", ("embargo", SLUG, "set", "2099-03-02T09:00-05:00"),
            _file_has(f"stories/{SLUG}/story.md", "2099-03-02T09:00:00-05:00"),
            f"newsroom: {SLUG} embargo until 2099-03-02T09:00:00-05:00"),
    Command("embargo-clear", "gbell", ("embargo", "bridge-tolls", "clear"),
            _file_has("stories/bridge-tolls/story.md", "2020-01-01", present=False),
            "newsroom: bridge-tolls embargo cleared", other=("source", "bridge-tolls", "add",
                                                            "chief", "Fire Chief Ana Soto")),
    Command("person-add", "eokafor", ("person", "add", "jdoe", "--name", "Jane Doe", "--email",
                                      "jane@example.org", "--role", "reporter"),
            _file_has("newsroom.yaml", "jane@example.org"), "newsroom: roster: add jdoe"),
    Command("person-edit", "eokafor", ("person", "edit", "mchen", "--name", "Maria Chen-Lopez"),
            _file_has("newsroom.yaml", "Maria Chen-Lopez"), "newsroom: roster: edit mchen"),
    Command("person-remove", "eokafor", ("person", "remove", "mchen"),
            _file_has("newsroom.yaml", "maria.chen@coastal.example", present=False),
            "newsroom: roster: remove mchen"),
    Command("new", "rtorres", ("new", "harbor-tolls", "--headline", "Harbor City raises tolls"),
            _exists_at_head("stories/harbor-tolls/story.md"), "newsroom: new story harbor-tolls"),
    Command("file", "rtorres", ("file", "../seawall.docx", "--slug", "harbor-docs"),
            _exists_at_head("stories/harbor-docs/media/image-1.png"),
            "newsroom: new story harbor-docs (filed from seawall.docx)", prepare=_word_file),
    Command("init", "eokafor", ("init", "--name", "Coastal Daily Press", "--hook", "none"),
            _exists_at_head("newsroom.yaml"), "newsroom: init",
            other=("new", "harbor-tolls", "--headline", "Harbor City raises tolls"), base="empty",
            tracked_edit=False, needs_it=True),
    Command("sync", "rtorres", ("sync",), _pushed, base="ahead", tracked_edit=False,
            other=("credit", SLUG, "add", "Ben Ode", "--role", "research")),
    Command("sync-clash", "gbell", ("sync",), _kept, base="clash", tracked_edit=False,
            other=("credit", SLUG, "add", "Ben Ode", "--role", "research"), code=1),
]


@dataclass
class Bases:
    """The newsrooms the cases start from, each a clone (with its remote beside it)."""

    folder: Path
    env: dict[str, str]
    made: dict[str, Path] = field(default_factory=dict)

    def copy(self, name: str, into: Path, remote: bool = False) -> Path:
        """A copy of base `name` in `into`: its clone, and with `remote` its remote too,
        re-pointed to (otherwise the copy's remote is the base's, which no case changes)."""
        source = self.made[name]
        if not remote:
            shutil.copytree(source, into / source.name, symlinks=True)
            return into / source.name
        shutil.copytree(source.parent, into, symlinks=True)
        clone = into / source.name
        git(clone, "config", "remote.origin.url", str(into / "remote.git"), env=self.env)
        return clone

    def compact(self) -> None:
        """Fewer files to copy per case: objects in one pack, no sample hooks, no cache."""
        for clone in self.made.values():
            for repo in (clone, clone.parent / "remote.git"):
                if not repo.exists():
                    continue
                if git(repo, "rev-parse", "-q", "--verify", "HEAD", env=self.env, check=False):
                    git(repo, "repack", "-a", "-d", "-q", env=self.env)
                    git(repo, "prune-packed", env=self.env)
                hooks = repo / ("hooks" if repo.name.endswith(".git") else ".git/hooks")
                for sample in hooks.glob("*.sample"):
                    sample.unlink()
            shutil.rmtree(clone / ".newsroom-cache", ignore_errors=True)


def _run(clone: Clone, *args: str) -> Result:
    result = clone.run(*args)
    assert result.code == 0, (args, result.text)
    return result


def _file(clone: Clone, slug: str, front: dict[str, object] | None = None) -> None:
    clone.act_as("rtorres")
    clone.write_story(slug, front=front)
    clone.commit_filing(slug, f"file {slug}")


def _build_room(folder: Path, env: dict[str, str]) -> Path:
    """A newsroom with stories at each stage, signed off by the right people, pushed."""
    seed = make_newsroom(folder / "seed", env)
    (seed.path / "desk-notes.md").write_text("Desk notes\n")
    seed.commit_all("desk notes")
    _file(seed, SLUG)
    for slug in ("pier-fire", "bridge-tolls", "museum-gift"):
        front = {"embargo": "2020-01-01T09:00:00Z"} if slug == "bridge-tolls" else None
        _file(seed, slug, front)
        _run(seed.act_as("rtorres"), "advance", slug)
        _run(seed.act_as("eokafor"), "advance", slug)
    for slug in ("bridge-tolls", "museum-gift"):
        _run(seed.act_as("lpark"), "advance", slug, "--note", "claims verified")
    _run(seed.act_as("gbell"), "publish", "museum-gift")
    room = folder / "room"
    room.mkdir()
    git(folder, "clone", "-q", "--bare", str(seed.path), str(room / "remote.git"), env=env)
    git(folder, "clone", "-q", str(room / "remote.git"), str(room / "clone"), env=env)
    shutil.rmtree(seed.path)
    return room / "clone"


def _build_ahead(bases: Bases) -> Path:
    """Rosa has a commit of her own to push; the remote has one of Emeka's she lacks."""
    clone = Clone(bases.copy("room", bases.folder / "ahead", remote=True), bases.env)
    clone.act_as("rtorres")
    other = clone.path.parent / "other"
    git(clone.path.parent, "clone", "-q", str(clone.path.parent / "remote.git"), str(other),
        env=bases.env)
    emeka = Clone(other, bases.env).act_as("eokafor")
    (other / "style.md").write_text("Style: 'seawall', one word.\n")
    emeka.commit_all("style")
    emeka.git("push", "-q", "origin", "main")
    shutil.rmtree(other)
    _run(clone, "credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    return clone.path


def _build_clash(bases: Bases) -> Path:
    """Grace advanced the draft; so did Emeka, who pushed first."""
    clone = Clone(bases.copy("room", bases.folder / "clash", remote=True), bases.env)
    clone.act_as("gbell")
    other = clone.path.parent / "other"
    git(clone.path.parent, "clone", "-q", str(clone.path.parent / "remote.git"), str(other),
        env=bases.env)
    emeka = Clone(other, bases.env).act_as("eokafor")
    _run(emeka, "advance", SLUG)
    _run(emeka, "sync")
    shutil.rmtree(other)
    _run(clone, "advance", SLUG)
    return clone.path


def _build_empty(folder: Path, env: dict[str, str]) -> Path:
    room = folder / "empty" / "room"
    room.mkdir(parents=True)
    git(room, "init", "-q", env=env)
    return room


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bases]:
    folder = tmp_path_factory.mktemp("kill-bases")
    # one date for every commit, so that the same kill makes the same commits in every copy
    env = {**isolated_env(folder / "home"), "GIT_AUTHOR_DATE": WHEN, "GIT_COMMITTER_DATE": WHEN}
    made = Bases(folder, env)
    made.made["room"] = _build_room(folder, env)
    made.made["ahead"] = _build_ahead(made)
    made.made["clash"] = _build_clash(made)
    made.made["empty"] = _build_empty(folder, env)
    made.compact()
    yield made


def _start(bases: Bases, command: Command, into: Path) -> Clone:
    copied = bases.copy(command.base, into, remote=command.id.startswith("sync"))
    clone = Clone(copied, bases.env).act_as(command.person)
    (clone.path / "notes.txt").write_text(NOTES)
    if command.tracked_edit:
        with (clone.path / "desk-notes.md").open("a") as notes:
            notes.write(DESK_NOTE)
    if command.prepare:
        command.prepare(clone)
    return clone


def _whole(clone: Clone, command: Command) -> None:
    """Steps 1-5 of the module's docstring, from a clone a kill left behind."""
    other = clone.run(*command.other)
    assert "Traceback" not in other.text and "internal error" not in other.text, other.text
    assert other.code == 0 or command.needs_it, ("the next command", other.text)
    assert not (clone.path / ".git" / "newsroom-pending.json").exists()
    clone.git("commit", "-q", "-am", "my own edits", check=False)
    done = command.happened(clone)
    assert done <= 1
    assert other.code == 0 or not done, ("the next command", other.text)
    command.outcome(clone, bool(done))
    assert clone.git("status", "--porcelain", "--untracked-files=all", "--", "stories") == ""
    assert (clone.path / "notes.txt").read_text() == NOTES
    if command.tracked_edit:
        assert (clone.path / "desk-notes.md").read_text().endswith(DESK_NOTE)
    if done:  # (undone, the outcome above has HEAD and the working tree as before)
        checked = clone.run("verify")
        assert checked.code == 0, checked.text
    again = clone.run(*command.args)
    if not done:
        assert again.code == command.code, ("run again", again.text)
        assert command.happened(clone) == 1
    else:
        assert again.code in (0, 1, 2) and not any(s in again.text for s in STUCK), again.text


@pytest.mark.parametrize("command", COMMANDS, ids=[c.id for c in COMMANDS])
def test_killed_at_every_git_call(bases: Bases, command: Command, tmp_path: Path) -> None:
    began = time.monotonic()
    shim = Shim.make(tmp_path / "shim")
    counting = _start(bases, command, tmp_path / "count")
    env = shim.env(counting.env, snapshot=counting.path, reading=READING)
    first = shim.run(counting.path, env, *command.args)
    assert first.code == command.code, first.text
    calls = shim.calls()
    # what a kill before each call (or after one that writes) leaves, from the fingerprints
    # the shim wrote: the points that leave the same state are one case, killed for real
    points: dict[str, tuple[int, str]] = {}
    for n, name in enumerate(calls, start=1):
        for mode in ("kill", "kill-after") if name not in READING else ("kill",):
            points.setdefault(shim.snapshot(n, mode), (n, mode))
    untouched = shim.snapshot(1, "kill")
    for expected, (n, mode) in points.items():
        name = calls[n - 1]
        case = tmp_path / f"{n}-{mode}"
        clone = _start(bases, command, case)
        shim.run(clone.path, shim.env(clone.env, at=n, do=mode), *command.args)
        assert shim.hit() == f"{n} {name}", (n, mode, shim.calls())
        if command.id != "correct":  # (a correction is dated to the second)
            assert shim.fingerprint(clone.path) == expected, f"{n}-{mode} left another state"
        if expected == untouched:
            # killed before it changed anything: the newsroom is as the command found it,
            # and the command run from there is the first run above
            shutil.rmtree(case, ignore_errors=True)
            continue
        try:
            _whole(clone, command)
        except AssertionError as exc:
            raise AssertionError(f"killed {mode} git call {n} ({name}) of "
                                 f"{' '.join(command.args)}: {exc}") from exc
        shutil.rmtree(case, ignore_errors=True)
    cases = ", ".join(f"{n}-{mode} ({calls[n - 1]})" for n, mode in points.values())
    print(f"\n{command.id}: {len(calls)} git calls ({' '.join(calls)}); "
          f"{len(points)} distinct states, each killed for real: {cases}; "
          f"{time.monotonic() - began:.0f} s")

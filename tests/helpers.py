"""Test helpers: real temporary git repositories and the real `newsroom` command."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsroom.filing.draft import Draft

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CLEAN_STORY = FIXTURES / "clean-story"

PEOPLE = {
    "rtorres": ("Rosa Torres", "rosa.torres@coastal.example"),
    "mchen": ("Maria Chen", "maria.chen@coastal.example"),
    "eokafor": ("Emeka Okafor", "emeka.okafor@coastal.example"),
    "gbell": ("Grace Bell", "grace.bell@coastal.example"),
    "lpark": ("Lena Park", "lena.park@coastal.example"),
    "skhan": ("Samir Khan", "samir.khan@coastal.example"),
}


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose git sees only a config file of the test's own."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / ".gitconfig"
    if not config.exists():
        config.write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n"
                          "[protocol \"file\"]\n\tallow = always\n")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "NEWSROOM_", "GITHUB_"))}
    env.update({"HOME": str(home), "GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1",
                "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"})
    return env


def git(cwd: Path, *args: str, env: dict[str, str], check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done.stdout.strip()


def newsroom(cwd: Path, *args: str, env: dict[str, str], input: str | None = None,
             timeout: float = 120) -> Result:
    """Run the real command (`python -m newsroom`, the same entry point as the script)."""
    done = subprocess.run([sys.executable, "-m", "newsroom", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, input=input, timeout=timeout)
    return Result(done.returncode, done.stdout, done.stderr)


# Runs `newsroom` once per command line read from stdin (JSON), through the command's own
# entry point and error boundary (`newsroom.cli.app.main`, what the installed script calls),
# in one process: for tests that run hundreds of commands.
_RUN_MANY = """
import contextlib, io, json, sys
from newsroom.cli.app import main
results = []
def stream():  # like a real standard stream: text over bytes (machine formats write bytes)
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
def value(s):
    s.flush()
    return s.buffer.getvalue().decode("utf-8")
for argv in json.load(sys.stdin):
    out, err = stream(), stream()
    sys.argv = ["newsroom", *argv]
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else int(done.code is not None)
    results.append([code, value(out), value(err)])
json.dump(results, sys.__stdout__)
"""


def newsroom_many(cwd: Path, commands: list[tuple[str, ...]], *, env: dict[str, str],
                  timeout: float = 600) -> list[Result]:
    """The results of many `newsroom` commands run one after another in one process."""
    done = subprocess.run([sys.executable, "-c", _RUN_MANY], cwd=cwd, env=env, text=True,
                          input=json.dumps(commands), capture_output=True, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(f"the command runner failed: {done.stderr}")
    return [Result(code, out, err) for code, out, err in json.loads(done.stdout)]


def snapshot(path: Path) -> str:
    """A fingerprint of everything in a folder (files, .git included): equal means unchanged.

    The check cache (.newsroom-cache/, which git never sees) is not part of the repository.
    """
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() or p.is_symlink()):
        rel = file.relative_to(path).as_posix()
        if rel.startswith(".newsroom-cache/"):
            continue
        if rel.startswith(".git/") and (rel.endswith(".lock") or "/logs/" in rel or
                                        rel == ".git/index" or rel == ".git/FETCH_HEAD"):
            continue
        digest.update(rel.encode())
        digest.update(os.readlink(file).encode() if file.is_symlink() else file.read_bytes())
    return digest.hexdigest()


class Clone:
    """One person's working copy of a newsroom, with that person's git identity."""

    def __init__(self, path: Path, env: dict[str, str]) -> None:
        self.path = path
        self.env = env

    def run(self, *args: str, input: str | None = None) -> Result:
        return newsroom(self.path, *args, env=self.env, input=input)

    def run_many(self, commands: list[tuple[str, ...]]) -> list[Result]:
        return newsroom_many(self.path, commands, env=self.env)

    def git(self, *args: str, check: bool = True) -> str:
        return git(self.path, *args, env=self.env, check=check)

    def act_as(self, person: str) -> Clone:
        name, email = PEOPLE[person]
        self.git("config", "user.name", name)
        self.git("config", "user.email", email)
        return self

    def story_dir(self, slug: str) -> Path:
        return self.path / "stories" / slug

    def write_story(self, slug: str, *, front: dict[str, Any] | None = None,
                    body: str | None = None, files: dict[str, Any] | None = None,
                    source: Path = CLEAN_STORY) -> Path:
        """Write a story folder from `source` with front-matter keys and side files replaced."""
        folder = self.story_dir(slug)
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(source, folder)
        if front is not None or body is not None:
            edit_story(folder / "story.md", front or {}, body)
        for name, data in (files or {}).items():
            target = folder / name
            if isinstance(data, str):
                target.write_text(data, encoding="utf-8")
            elif isinstance(data, bytes):
                target.write_bytes(data)
            else:
                target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                  encoding="utf-8")
        if (front or {}).get("stage") in ("publish", "published"):
            pin_fact_check(self.path, slug)
        return folder

    def commit_all(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def commit_filing(self, slug: str, message: str, checker: str = "lpark",
                      checker_key: Path | None = None) -> None:
        """Commit a new story as filed: everything by this clone's person, then the claim
        verdicts of its factcheck.yaml by the fact-checker they name (a verdict counts only
        when its checker records it), signed with `checker_key` if given."""
        verdicts = self.story_dir(slug) / "factcheck.yaml"
        self.git("add", "-A")
        self.git("reset", "-q", "--", str(verdicts))
        self.git("commit", "-q", "-m", message)
        name, email = PEOPLE[checker]
        signing = (["-c", "gpg.format=ssh", "-c", f"user.signingkey={checker_key}"]
                   if checker_key else [])
        self.git("add", "-A")
        self.git("-c", f"user.name={name}", "-c", f"user.email={email}", *signing, "commit",
                 "-q", *(["-S"] if checker_key else []), "--allow-empty", "-m",
                 f"{slug}: claims checked")


def edit_story(path: Path, front: dict[str, Any], body: str | None = None) -> None:
    """Replace front-matter keys (None deletes a key) and optionally the body of a story.md."""
    text = path.read_text(encoding="utf-8")
    _, head, rest = text.split("---\n", 2)
    data = yaml.safe_load(head)
    for key, value in front.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    new_body = rest if body is None else "\n" + body
    path.write_text("---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
                    + "---\n" + new_body, encoding="utf-8")


def make_newsroom(path: Path, env: dict[str, str], config: str | None = None,
                  person: str = "eokafor") -> Clone:
    """A new newsroom repository at `path` with the test roster, committed by `person`."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", env=env)
    clone = Clone(path, env).act_as(person)
    (path / "newsroom.yaml").write_text(config or (FIXTURES / "newsroom.yaml").read_text())
    (path / "stories").mkdir(exist_ok=True)
    (path / "stories" / ".gitkeep").write_text("")
    clone.commit_all("newsroom: init")
    return clone


def pin_fact_check(root: Path, slug: str) -> None:
    """Write into story.md the fact-check pin of the story as it is, as the fact-check
    sign-off would have (for a story written straight at publish or published)."""
    from newsroom.store import stories
    from newsroom.store.content import content_hash

    story = stories.read_story(root, slug)
    path = story.folder / "story.md"
    path.write_text(stories.with_fact_check_pin(story.raw, content_hash(story)), encoding="utf-8")


# The commands that read stories and change nothing: those that read every story, and those
# that read one.
ALL_STORY_READERS: list[tuple[str, ...]] = [
    ("check", "--all", "--no-cache"), ("check", "--all", "--format", "json"),
    ("check", "--all", "--format", "sarif"), ("check", "--all", "--format", "github"),
    ("check", "--all", "--format", "junit"), ("status",), ("status", "--format", "json"),
    ("verify",), ("verify", "--format", "json"), ("ci",),
]


def story_readers(slug: str) -> list[tuple[str, ...]]:
    return [
        ("check", slug), ("check", slug, "--stage", "publish", "--format", "json"),
        ("show", slug), ("claim", slug, "list"), ("claim", slug, "suggest"),
        ("credit", slug, "list"), ("source", slug, "list"), ("image", slug, "list"),
        ("diff", slug),
        ("diff", slug, "--format", "json"), ("history", slug),
    ]


def reading_commands(slug: str) -> list[tuple[str, ...]]:
    """Every command that reads a story and changes nothing."""
    return [*story_readers(slug), *ALL_STORY_READERS]


def never_crashed(commands: list[tuple[str, ...]], results: list[Result]) -> None:
    """Each command exited 0, 1 or 2, without a traceback."""
    for args, result in zip(commands, results, strict=True):
        assert result.code in (0, 1, 2), (args, result.text)
        assert "Traceback" not in result.text and "internal error" not in result.text, args


def filed_draft(tmp_path: Path, name: str, text: str | bytes, encoding: str = "utf-8") -> Draft:
    """The draft `newsroom file` reads from a document written to `tmp_path` as `name`. A
    refusal fails the test with its one line: for a document a reporter could file, the
    refusal is the hole itself, not an error of the test."""
    from newsroom.errors import InputError
    from newsroom.filing.reader import read_draft

    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding=encoding)
    try:
        return read_draft(path)[1]
    except InputError as refused:
        raise AssertionError(f"the file was refused: {refused}") from refused



def body_text(draft: Draft) -> str:
    """A filed draft's body paragraphs, one a line."""
    return "\n".join(draft.paragraphs)


FERRY_OPENING = [
    "KILCARRAN — A passenger ferry will run to Isle Moran again from July, the county council "
    "said on Tuesday.",
    "Islanders have waited a long time for the boat, said Maire Dunne, who runs the island's "
    "only shop.",
]


def ferry_story(*paragraphs: str, headline: str = "Ferry to return to Isle Moran") -> str:
    """A typed story, headline and byline first, its opening and then `paragraphs`."""
    return "\n\n".join([headline, "By Ann Lee", *FERRY_OPENING, *paragraphs]) + "\n"


def reported(
    room: Clone, paragraph: str, check: str, slug: str = "harbor-seawall"
) -> list[dict[str, Any]]:
    """The findings `newsroom check` reports under `check` when the clean story ends with
    `paragraph`."""
    story = (CLEAN_STORY / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    room.write_story(slug, body=story.rstrip("\n") + "\n\n" + paragraph + "\n")
    result = room.run("check", slug, "--stage", "publish", "--format", "json")
    assert result.code in (0, 1), result.text
    return [f for f in json.loads(result.out)["findings"] if f["check"] == check]

def speakers(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of each attribution the checks read in the paragraphs, in order."""
    from newsroom.checks.statements import analyze_body

    return [
        (a.kind, a.speaker)
        for p in analyze_body(list(paragraphs))
        for s in p.sentences
        for a in s.attributions
    ]


def paragraph_kinds(*paragraphs: str) -> list[list[str]]:
    """The kinds of attribution the checks read in each paragraph of a body, in order."""
    from newsroom.checks.statements import analyze_body

    return [
        [a.kind for s in p.sentences for a in s.attributions]
        for p in analyze_body(list(paragraphs))
    ]


@functools.lru_cache(maxsize=1)
def _warmed(folder: str) -> None:
    from newsroom.filing import word  # noqa: F401  (a .docx's reader and what it imports)
    from newsroom.filing.reader import read_draft

    for name, text in (
        ("warm.txt", "Council delays vote\n\nBy Ana Ruiz\n\nThe council delayed its vote.\n"),
        ("warm.md", "# Council delays vote\n\nBy Ana Ruiz\n\nThe council delayed its vote.\n"),
        ("warm.html", "<h1>Council delays vote</h1><p>By Ana Ruiz</p><p>The council voted.</p>"),
    ):
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        read_draft(path)


def warm_filing(tmp_path: Path) -> None:
    """Load the importer and what it imports once in this process, so that a test which times
    one filing times the reading, not the first import of every reader (a second or two on a
    loaded machine)."""
    folder = tmp_path / "warm"
    folder.mkdir(exist_ok=True)
    _warmed(str(folder))


def children_cpu() -> float:
    """The CPU seconds (user and system) of this process's finished children: a command's
    cost measured around its run, which a neighbour's load on a shared machine does not
    lengthen as it lengthens the clock."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def grows_linearly(run: Callable[[int], object], n: int) -> bool:
    """Whether `run(4 * n)` takes less than eight times as long as `run(n)`, the best of
    three runs of each (and a twentieth of a second to spare): work that grows with its
    input, not with its square. A ratio holds on a busy machine as on an idle one, where a
    bound in seconds fails whenever the machine is shared. Time is this process's CPU, not
    the clock, so a neighbour's load does not count; and the comparison is made up to three
    times, as one pause of the machine can still land on a single run. Work that grows with
    the square takes sixteen times as long every time, and fails all three."""
    import time

    def best(size: int) -> float:
        taken = []
        for _ in range(3):
            began = time.process_time()
            run(size)
            taken.append(time.process_time() - began)
        return min(taken)

    return any(best(4 * n) < 8 * best(n) + 0.05 for _ in range(3))

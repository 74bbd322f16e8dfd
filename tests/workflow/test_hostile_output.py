"""Hostile story text through the real command, in every output format of every command that
has one: the output stays valid (tests/valid_output.py) and shows the text as data.
tests/test_hostile_text.py feeds generated text to each emitter for breadth."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests import valid_output as valid
from tests.helpers import CLEAN_STORY, Clone, Result, edit_story, snapshot
from tests.workflow.conftest import SLUG, Team, signed_through
from tests.workflow.test_forgeries import forge, set_stage

FORMATS = ("text", "json", "github", "sarif", "junit")
# Every kind of character that must not reach output as itself, as raw characters in a body
# (a NUL would make story.md a binary file: it comes through a YAML escape instead)
BAD = ("\x1b[2J\x1b]0;pwned\x07 \x9b31m \x7f\x08\x85\r\x0b\x0c\x1c \ufffe\uffff\ufdd0\U0001fffe"
       "\u2028\u2029 \u202eevil\u202c \u2066x\u2069 50% :: , [bold]b[/bold] <i>&amp;]]> | `x`")
HEADLINE = r'"Harbor \x00\e[2J\uFFFF\u202E\x9b %0A ::x:: council approves seawall."'


def run(clone: Clone, *args: str, env: dict[str, str] | None = None) -> Result:
    """The real command, its output read as bytes: it must be UTF-8."""
    done = subprocess.run([sys.executable, "-m", "newsroom", *args], cwd=clone.path,
                          env=env or clone.env, capture_output=True, timeout=120)
    try:
        return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise AssertionError(f"{args}: output is not UTF-8 ({exc}): {done.stdout!r}") from None


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def check_format(fmt: str, out: str) -> None:
    {"text": valid.text_report, "json": valid.json_document, "github": valid.github_commands,
     "sarif": valid.sarif_document, "junit": valid.junit_document}[fmt](out)


@pytest.fixture
def hostile(room: Clone) -> Clone:
    """A story whose headline (through YAML escapes), body and a source carry every kind."""
    body = (CLEAN_STORY / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    folder = room.write_story("harbor-seawall",
                              body=body + f"\nThe the council said 31 people voted {BAD} end.\n")
    story = folder / "story.md"
    text = re.sub(r"(?m)^headline: .*$", lambda _: f"headline: {HEADLINE}",
                  story.read_text(encoding="utf-8"), count=1)
    story.write_text(text, encoding="utf-8")
    sources = folder / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        "name: Dana Whitfield", 'name: "Dana \\e[5mWhitfield\\u2028::error::x"'), encoding="utf-8")
    room.commit_all("hostile text")
    return room


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_output_stays_valid(hostile: Clone, fmt: str) -> None:
    result = run(hostile, "check", "harbor-seawall", "--stage", "fact-check", "--format", fmt)
    assert result.code == 1, result.text
    check_format(fmt, result.out)
    valid.no_raw(result.err)


def test_json_keeps_the_exact_text_and_text_shows_it_escaped(hostile: Clone) -> None:
    doc = json.loads(run(hostile, "check", "harbor-seawall", "--stage", "fact-check",
                         "--format", "json").out)
    excerpts = " ".join(f["excerpt"] for f in doc["findings"])
    assert "\u202eevil" in excerpts and "\x00" in excerpts and "\uffff" in excerpts
    shown = run(hostile, "check", "harbor-seawall", "--stage", "fact-check").out
    assert "\\x1b[2J" in shown and "\\u202eevil" in shown and "\\uffff" in shown
    assert "[bold]b[/bold]" in shown


@pytest.mark.parametrize("args", [("status",), ("status", "--format", "json"),
                                  ("show", "harbor-seawall"), ("source", "harbor-seawall", "list"),
                                  ("claim", "harbor-seawall", "suggest")])
def test_board_card_and_lists_stay_valid(hostile: Clone, args: tuple[str, ...]) -> None:
    result = run(hostile, *args)
    assert result.code == 0, result.text
    (valid.json_document if "json" in args else valid.text_report)(result.out)
    assert "Harbor \\x00\\x1b[2J\\uffff\\u202e\\x9b" in result.out or "json" in args or (
        args[0] in ("source", "claim"))


def test_a_folder_name_that_is_not_utf8(room: Clone) -> None:
    """A byte that is not UTF-8 in a folder's name reaches Python as a lone surrogate."""
    room.write_story("harbor-seawall")
    bad = os.fsencode(room.path / "stories") + b"/bad\xff\x1b[2J-name"
    os.makedirs(bad)
    os.symlink(os.fsencode(room.story_dir("harbor-seawall") / "story.md"), bad + b"/story.md")
    for fmt in FORMATS:
        result = run(room, "check", "--all", "--format", fmt)
        assert result.code == 2, result.text
        check_format(fmt, result.out)
    for args in (("status",), ("status", "--format", "json")):
        result = run(room, *args)
        assert result.code == 0, result.text
        (valid.json_document if "json" in args else valid.text_report)(result.out)
        assert "bad\\udcff\\x1b[2J-name" in result.out.replace("\\\\", "\\")


REASON = "stage was edited\x1b[2J by hand\n::error::forged %0A 100%\u202e"
# what a person can still type: the workflow command's marks, a line break (kept as one line)
TYPED_REASON = "stage was edited by hand\n::error::forged %0A 100%"


def test_verify_and_ci_stay_valid_with_hostile_commits(team: Team, tmp_path: Path) -> None:
    rosa, emeka = team.reporter, team.editor
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "ship it \x1b[31m\x9b2J \u202e %0A ::error::x\n\nbody \x07")
    assert run(rosa, "sync").code == 0
    for fmt in FORMATS:
        result = run(rosa, "verify", "--format", fmt)
        assert result.code == 1, result.text
        check_format(fmt, result.out)
    assert run(emeka, "sync").code == 0
    # a reason with a terminal escape or a mark that turns text around is refused as typed
    assert run(emeka, "repair", SLUG, "--to", "draft", "--reason", REASON).code == 2
    assert run(emeka, "repair", SLUG, "--to", "draft", "--reason", TYPED_REASON).code == 0
    for fmt in FORMATS:
        result = run(emeka, "verify", "--format", fmt)
        assert result.code == 0, result.text
        check_format(fmt, result.out.rstrip("\n") if fmt == "github" else result.out)
    repairs = json.loads(run(emeka, "verify", "--format", "json").out)["repairs"]
    assert "::error::forged %0A 100%" in repairs[0]["reason"]  # as the commit keeps it
    notices = valid.github_commands(run(emeka, "verify", "--format", "github").out.rstrip("\n"))
    assert len(notices) == 1 and "::error::forged %250A 100%25" in notices[0][2]
    summary = tmp_path / "summary.md"
    env = {**rosa.env, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "skip \x1b[2J <img src=x> ![p](https://evil.example/p.png) | a |")
    result = run(rosa, "ci", env=env)
    assert result.code == 1, result.text
    valid.github_commands(result.out)
    valid.no_raw(summary.read_text(encoding="utf-8"))
    assert "<img" not in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_diff_stays_valid(team: Team, fmt: str) -> None:
    signed_through(team, "publish")
    lena = team.checker
    story = lena.story_dir(SLUG) / "story.md"
    edit_story(story, {"dek": f"A new dek {BAD}"})
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("voted 5-2 on Tuesday", f"voted {BAD} on Tuesday"),
                     encoding="utf-8")
    result = run(lena, "diff", SLUG, "--format", fmt)
    assert result.code == 0, result.text
    check_format(fmt, result.out)
    if fmt == "json":
        assert json.loads(result.out)["changes"][0]["new"] == f"A new dek {BAD}"


def test_an_unexpected_error_shows_story_text_escaped(room: Clone, tmp_path: Path) -> None:
    """The crash line quotes the exception: its text is shown, never run, too."""
    broken = (
        "from newsroom.services import stories\n"
        "def board(*args):\n    raise RuntimeError('bad \\x1b[2J \\u202e text')\n"
        "stories.board = board\n"
        "from newsroom.cli.app import main\nmain()\n"
    )
    done = subprocess.run([sys.executable, "-c", broken, "status"], cwd=room.path,
                          env={**room.env, "XDG_CACHE_HOME": str(tmp_path / "cache")},
                          capture_output=True, timeout=120)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 3, err
    valid.no_raw(err)
    assert "bad \\x1b[2J \\u202e text" in err


@pytest.mark.parametrize("args", [
    ("credit", "harbor-seawall", "add", "Ma\udcffria", "--role", "reporting"),
    ("new", "harbor-two", "--headline", "Head\udcffline \x1b[2J"),
    ("source", "harbor-seawall", "add", "mayor", "Dana \udcff"),
])
def test_an_argument_that_is_not_utf8_is_refused_in_one_line(
    room: Clone, args: tuple[str, ...]
) -> None:
    """A byte that is not UTF-8 in an argument (Python carries it as a lone surrogate) could
    never be written to a story file: refused before anything runs."""
    room.write_story("harbor-seawall")
    room.commit_all("a story")
    before = snapshot(room.path)
    result = run(room, *args)
    assert result.code == 2, result.text
    said = one_line(result.err)
    assert "is not UTF-8" in said and "\\udcff" in said, said
    valid.no_raw(said)
    assert snapshot(room.path) == before


def test_a_crash_whose_message_is_not_utf8_still_writes_its_log(room: Clone,
                                                                tmp_path: Path) -> None:
    broken = (
        "from newsroom.services import stories\n"
        "def board(*args):\n    raise RuntimeError('a file named \\udcff')\n"
        "stories.board = board\n"
        "from newsroom.cli.app import main\nmain()\n"
    )
    cache = tmp_path / "cache"
    done = subprocess.run([sys.executable, "-c", broken, "status"], cwd=room.path,
                          env={**room.env, "XDG_CACHE_HOME": str(cache)}, capture_output=True,
                          timeout=120)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 3, err
    assert one_line(err).endswith(f"please report it with the log in {cache}/newsroom/newsroom.log")
    assert "a file named \\udcff" in (cache / "newsroom" / "newsroom.log").read_text()

"""Closed sets are real choices: listed in --help, completed by the shell, refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.cli.choices import Format, Gate, SourceKind, Verdict
from newsroom.models import GATES
from newsroom.reporting.formats import FORMATS
from newsroom.services.claims import VERDICTS
from newsroom.store.stories import SOURCE_KINDS
from tests.helpers import Clone, newsroom


def test_the_choices_are_the_sets_the_services_take() -> None:
    assert tuple(Format) == tuple(FORMATS)
    assert tuple(Gate) == tuple(g.value for g in GATES)
    assert tuple(Verdict) == VERDICTS
    assert tuple(SourceKind) == SOURCE_KINDS


@pytest.mark.parametrize(
    ("command", "option", "choices"),
    [
        (("check",), "--format", Format),
        (("check",), "--stage", Gate),
        (("verify",), "--format", Format),
        (("ci",), "--format", Format),
        (("return",), "--to", Gate),
        (("claim", "x", "verify"), "--status", Verdict),
        (("source", "x", "add"), "--kind", SourceKind),
    ],
)
def test_help_lists_the_choices(
    command: tuple[str, ...], option: str, choices: type[Format], room: Clone
) -> None:
    result = room.run(*command, "--help")
    assert result.code == 0, result.text
    assert f"{option} <{'|'.join(choices)}>" in result.out, result.out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("check", "--all", "--format", "xml"), "newsroom check: invalid value for '--format'"),
        (("check", "--all", "--stage", "printing"), "'printing' is not one of 'draft'"),
        (("ci", "--format", "yaml"), "'yaml' is not one of 'text', 'json'"),
        (("return", "some-story", "--reason", "x"), "missing option '--to'"),
        (("claim", "some-story", "verify", "c1", "--status", "maybe"), "newsroom claim verify"),
    ],
)
def test_a_bad_value_is_one_line_exit_2(args: tuple[str, ...], expected: str, room: Clone) -> None:
    result = room.run(*args)
    assert result.code == 2, result.text
    assert expected in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert result.out == ""


# The shell is named on the command line: the tests do not depend on finding a shell among
# the processes that started them (a CI runner's may have none).
_NO_DETECTION = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}


def test_show_completion_prints_a_script_for_the_shell(tmp_path: Path, env: dict[str, str]) -> None:
    result = newsroom(
        tmp_path, "--show-completion", "bash", env={**env, "SHELL": "/bin/bash", **_NO_DETECTION}
    )
    assert result.code == 0, result.text
    assert "_NEWSROOM_COMPLETE=complete_bash" in result.out
    assert "complete -o default -F _newsroom_completion newsroom" in result.out


def test_install_completion_installs_it_for_the_shell(tmp_path: Path, env: dict[str, str]) -> None:
    result = newsroom(
        tmp_path, "--install-completion", "bash", env={**env, "SHELL": "/bin/bash", **_NO_DETECTION}
    )
    assert result.code == 0, result.text
    home = Path(env["HOME"])
    assert "_newsroom_completion" in (home / ".bash_completions" / "newsroom.sh").read_text()
    assert ".bash_completions/newsroom.sh" in (home / ".bashrc").read_text()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("newsroom check --format ", ["text", "json", "github", "sarif", "junit"]),
        ("newsroom return harbor-seawall --to ", [g.value for g in Gate]),
        ("newsroom cl", ["claim"]),
    ],
)
def test_the_shell_completes_commands_and_choices(
    words: str, expected: list[str], tmp_path: Path, env: dict[str, str]
) -> None:
    asked = {
        "_NEWSROOM_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1),
    }
    result = newsroom(tmp_path, env={**env, **asked})
    assert result.code == 0, result.text
    assert result.out.split() == expected


def test_the_shell_completes_story_slugs(room: Clone, tmp_path: Path) -> None:
    room.write_story("harbor-seawall")
    room.write_story("library-hours")
    asked = {"_NEWSROOM_COMPLETE": "complete_bash", "COMP_CWORD": "2"}
    for words, expected in [
        ("newsroom show har", ["harbor-seawall"]),
        ("newsroom claim l", ["library-hours"]),
        ("newsroom advance ", ["harbor-seawall", "library-hours"]),
    ]:
        result = newsroom(room.path, env={**room.env, **asked, "COMP_WORDS": words})
        assert result.code == 0, result.text
        assert result.out.split() == expected, words
    outside = newsroom(tmp_path, env={**room.env, **asked, "COMP_WORDS": "newsroom show h"})
    assert outside.code == 0 and outside.out.strip() == ""

"""A usage error (an unknown command or option, a missing argument or value, an extra
argument) is one line that names the problem and the help to read, exit 2."""

from __future__ import annotations

import re

import pytest

from tests.helpers import Clone


@pytest.mark.parametrize(
    ("args", "problem", "help"),
    [
        (("--bogus",), "newsroom: no such option: --bogus", "newsroom --help"),
        (("publsh",), "newsroom: no such command 'publsh' (did you mean 'publish'?)",
         "newsroom --help"),
        (("check", "--bogus"), "newsroom check: no such option: --bogus", "newsroom check --help"),
        (("return", "harbor-seawall", "--reason", "x"),
         "newsroom return: missing option '--to' (choose from: draft, contributor-credit, "
         "fact-check, publish)", "newsroom return --help"),
        (("show",), "newsroom show: missing argument 'slug'", "newsroom show --help"),
        (("check", "--stage"), "newsroom check: option '--stage' requires an argument",
         "newsroom check --help"),
        (("status", "extra"), "newsroom status: got unexpected extra argument",
         "newsroom status --help"),
        (("new", "harbor-seawall"), "newsroom new: missing option '--headline'",
         "newsroom new --help"),
        (("claim", "harbor-seawall", "verify", "vote", "--status"),
         "newsroom claim verify: option '--status' requires an argument",
         "newsroom claim harbor-seawall verify --help"),
        (("claim", "harbor-seawall", "nosuch"), "newsroom claim: no such command 'nosuch'",
         "newsroom claim --help"),
        (("credit", "harbor-seawall", "add"), "newsroom credit add: missing argument 'name'",
         "newsroom credit harbor-seawall add --help"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_help(
    args: tuple[str, ...], problem: str, help: str, room: Clone
) -> None:
    result = room.run(*args)
    assert result.code == 2, result.text
    assert result.out == ""
    assert len(result.err.splitlines()) == 1, result.err
    assert result.err.startswith(f"error: {problem}"), result.err
    assert result.err.endswith(f"; see '{help}'\n"), result.err
    shown = room.run(*help.split()[1:])
    assert shown.code == 0 and re.match(r"Usage: newsroom", shown.out), shown.text


def test_a_group_run_bare_shows_its_help(room: Clone) -> None:
    for args in ((), ("claim",)):
        result = room.run(*args)
        assert result.code == 2 and "Usage: newsroom" in result.text, result.text

"""Every command has help with an example, and the README shows every command."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer

from newsroom.cli.app import _register, app
from tests.helpers import ROOT

_register()
_ROOT_COMMAND = typer.main.get_command(app)


def _commands(group: object = _ROOT_COMMAND, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], object]]:
    subs = getattr(group, "commands", None)
    if not subs:
        yield path, group
        return
    for name, command in sorted(subs.items()):
        yield from _commands(command, (*path, name))


COMMANDS = list(_commands())
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_there_are_commands() -> None:
    names = {p[0] for p, _ in COMMANDS}
    assert {"init", "new", "check", "status", "show"} <= names


@pytest.mark.parametrize("path,command", COMMANDS, ids=lambda v: " ".join(v)
                         if isinstance(v, tuple) else "")
def test_help_has_an_example(path: tuple[str, ...], command: object) -> None:
    help_text = (getattr(command, "help", "") or "") + " " + (getattr(command, "epilog", "") or "")
    # Subcommands name the story first: `newsroom claim SLUG add ...`.
    pattern = rf"Example: newsroom {re.escape(path[0])}" + "".join(
        rf"(?: \S+)? {re.escape(p)}\b" for p in path[1:])
    assert re.search(pattern, " ".join(help_text.split())), path


@pytest.mark.parametrize("path,command", COMMANDS, ids=lambda v: " ".join(v)
                         if isinstance(v, tuple) else "")
def test_readme_shows_the_command(path: tuple[str, ...], command: object) -> None:
    first, rest = path[0], path[1:]
    pattern = rf"^\$? ?newsroom {re.escape(first)}\b" + "".join(
        rf".*\b{re.escape(p)}\b" for p in rest)
    assert re.search(pattern, README, re.M), f"README shows no 'newsroom {' '.join(path)}'"


def test_readme_lists_every_check() -> None:
    from newsroom.checks.catalog import CATALOG

    missing = [c.id for c in CATALOG if f"`{c.id}`" not in README]
    assert not missing, f"README's check table lacks {missing}; copy docs/checks.md's table"

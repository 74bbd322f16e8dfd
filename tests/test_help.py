"""Every command has help that ends with an example (as the README shows each command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.cli.app import _register, app
from tests.helpers import isolated_env, newsroom

_register()
COMMANDS = sorted(
    c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
)


def test_root_help_ends_with_an_example(tmp_path: Path) -> None:
    result = newsroom(tmp_path, "--help", env=isolated_env(tmp_path / "home"))
    assert result.code == 0
    assert result.out.strip().splitlines()[-1].strip().startswith("Example: newsroom ")


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_ends_with_its_example(command: str, tmp_path: Path) -> None:
    result = newsroom(tmp_path, command, "--help", env=isolated_env(tmp_path / "home"))
    assert result.code == 0, result.text
    last = result.out.strip().splitlines()[-1].strip()
    assert last.startswith(f"Example: newsroom {command}"), result.out

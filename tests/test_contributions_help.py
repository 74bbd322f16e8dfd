"""Every credit, source and claim command explains itself with an example."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsroom.cli.app import _register, app

COMMANDS = [
    ("credit", "add"),
    ("credit", "remove"),
    ("credit", "list"),
    ("source", "add"),
    ("source", "list"),
    ("claim", "add"),
    ("claim", "verify"),
    ("claim", "waive"),
    ("claim", "list"),
    ("claim", "suggest"),
]


@pytest.mark.parametrize(("group", "command"), COMMANDS, ids=lambda c: str(c))
def test_help_ends_with_an_example(group: str, command: str) -> None:
    _register()
    result = CliRunner().invoke(app, [group, "some-story", command, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Example: newsroom {group} " in " ".join(result.output.split())


@pytest.mark.parametrize("group", ["credit", "source", "claim"])
def test_group_help_lists_its_commands(group: str) -> None:
    _register()
    result = CliRunner().invoke(app, [group, "--help"])
    assert result.exit_code == 0
    assert f"Example: newsroom {group} " in " ".join(result.output.split())
    for g, command in COMMANDS:
        if g == group:
            assert command in result.output

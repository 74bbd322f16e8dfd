"""Holes an attacker found in what a person can type (story YAML, newsroom.yaml, command
arguments) and in what newsroom prints for it: each must give exit 0, 1 or 2 with one line
naming the file and what to do, and every output format must stay valid. Each test fails
while the hole is open (xfail, strict)."""

from __future__ import annotations

import pytest

from tests.helpers import Clone, Result


def no_crash(result: Result) -> None:
    assert result.code in (0, 1, 2), result.text
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text


@pytest.mark.parametrize("name", ["a" * 300, "é" * 200])
def test_check_of_a_name_too_long_for_a_file_name(room: Clone, name: str) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("a story")
    result = room.run("check", name)
    no_crash(result)
    assert result.code == 2, result.text

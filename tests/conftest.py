from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import Clone, isolated_env, make_newsroom


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path / "home")


@pytest.fixture
def room(tmp_path: Path, env: dict[str, str]) -> Clone:
    """A fresh newsroom repository with the test roster, acting as editor Emeka Okafor."""
    return make_newsroom(tmp_path / "newsroom", env)

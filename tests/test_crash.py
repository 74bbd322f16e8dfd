"""An unexpected error (a bug) exits 3 with one line naming a log that holds the traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsroom import __version__
from tests.helpers import Clone, Result

# The real entry point, run after a service has been broken the way a bug would break it.
BROKEN_BOARD = """
from newsroom.services import stories

def board(ws, *args, **kwargs):
    raise RuntimeError("the board fell\\nover")

stories.board = board
from newsroom.cli.app import main
main()
"""


def _run_broken(room: Clone, env: dict[str, str]) -> Result:
    done = subprocess.run([sys.executable, "-c", BROKEN_BOARD, "status"], cwd=room.path,
                          env=env, capture_output=True, text=True, timeout=120)
    return Result(done.returncode, done.stdout, done.stderr)


def test_a_bug_writes_its_traceback_to_the_log_and_names_it(room: Clone, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    result = _run_broken(room, {**room.env, "XDG_CACHE_HOME": str(cache)})
    log = cache / "newsroom" / "newsroom.log"
    assert result.code == 3, result.text
    assert result.err.splitlines() == [
        "newsroom: internal error (RuntimeError: the board fell over). This is a bug; "
        f"please report it with the log in {log}"
    ]
    text = log.read_text()
    assert f"newsroom: {__version__}, " in text
    assert "command: newsroom status" in text and f"python: {sys.version.split()[0]}" in text
    assert "Traceback (most recent call last)" in text
    assert 'File "<string>", line 5, in board' in text
    assert text.rstrip().endswith("RuntimeError: the board fell\nover")


def test_without_xdg_cache_home_the_log_is_in_the_home_cache(room: Clone) -> None:
    env = {k: v for k, v in room.env.items() if k != "XDG_CACHE_HOME"}
    result = _run_broken(room, env)
    assert result.code == 3
    assert (Path(env["HOME"]) / ".cache" / "newsroom" / "newsroom.log").is_file()


def test_a_log_that_cannot_be_written_is_shown_instead(room: Clone, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be\n")
    result = _run_broken(room, {**room.env, "XDG_CACHE_HOME": str(not_a_folder)})
    assert result.code == 3
    assert "Traceback (most recent call last)" in result.err
    assert result.err.strip().splitlines()[-1].startswith("newsroom: internal error (RuntimeError")

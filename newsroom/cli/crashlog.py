"""The log of an unexpected error, for a bug report: what ran, on what, and the traceback.

It is kept where pre-commit keeps its own (~/.cache/pre-commit/pre-commit.log): in
$XDG_CACHE_HOME/newsroom/newsroom.log, or ~/.cache/newsroom/newsroom.log. Each crash
replaces the last one's log.
"""

from __future__ import annotations

import os
import platform
import shlex
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path


def log_path() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(cache) if os.path.isabs(cache) else Path.home() / ".cache"
    return base / "newsroom" / "newsroom.log"


def report(exc: BaseException) -> str:
    """The log's text: version and build, Python, platform, command line, traceback."""
    from newsroom import __version__, build

    head = "\n".join(
        [
            "# newsroom crash log: please attach it to a bug report",
            f"when: {datetime.now(UTC).isoformat(timespec='seconds')}",
            f"newsroom: {__version__}, {build()}",
            f"python: {sys.version.split()[0]} ({sys.executable})",
            f"platform: {platform.platform()}",
            f"command: {shlex.join(['newsroom', *sys.argv[1:]])}",
            f"folder: {os.getcwd()}",
        ]
    )
    return head + "\n\n" + "".join(traceback.format_exception(exc))


def write(exc: BaseException) -> Path:
    """Write the log of `exc` and say where; OSError if it cannot be written."""
    from newsroom.store.files import write_atomic

    path = log_path()
    # a byte that was not UTF-8 (a file name, an argument) as its escape, not a crash here
    write_atomic(path, report(exc).encode("utf-8", "backslashreplace").decode("utf-8"))
    return path

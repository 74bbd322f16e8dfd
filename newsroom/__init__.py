"""newsroom: an editorial workflow for stories kept in git."""

from __future__ import annotations

__version__ = "0.1.0"  # the one place the version is written; pyproject.toml reads it here
DISTRIBUTION = "newsroom-workflow"  # the name to `pip install`; the command is `newsroom`


def build() -> str:
    """Which build runs: 'compiled (mypyc)' when the checking modules load from extensions
    (NEWSROOM_COMPILE=1 at install), else 'pure Python'."""
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec("newsroom.checks.engine")
    compiled = spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)
    return "compiled (mypyc)" if compiled else "pure Python"

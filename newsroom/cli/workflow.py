"""Commands of the workflow group (to be filled)."""

from __future__ import annotations

from newsroom.cli.app import app  # noqa: F401

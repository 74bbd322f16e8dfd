"""Checks for the sources part of the contributor-credit and fact-check gates (to be filled)."""

from __future__ import annotations

from newsroom.checks.engine import Check

CHECKS: tuple[Check, ...] = ()

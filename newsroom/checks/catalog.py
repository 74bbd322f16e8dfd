"""Every check newsroom knows, in one explicit tuple (no import-time registration)."""

from __future__ import annotations

from newsroom.checks import (
    attribution,
    body,
    byline,
    captions,
    conflicts,
    content_pin,
    credits,
    factcheck,
    headline,
    sources,
)
from newsroom.checks.engine import Check

CATALOG: tuple[Check, ...] = (
    *headline.CHECKS,
    *byline.CHECKS,
    *body.CHECKS,
    *conflicts.CHECKS,
    *captions.CHECKS,
    *credits.CHECKS,
    *sources.CHECKS,
    *attribution.CHECKS,
    *factcheck.CHECKS,
    *content_pin.CHECKS,
)


def by_id() -> dict[str, Check]:
    return {c.id: c for c in CATALOG}

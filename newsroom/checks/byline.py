"""Checks on the byline (Trust Project: 'Author/reporter' indicator)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from newsroom.checks.engine import Check, Example, Hit, check
from newsroom.checks.view import StoryView
from newsroom.models import Severity, Stage

TRUST_AUTHOR: Final = "Trust Project indicator 'Author/reporter'"


@check(
    "byline.present",
    Stage.DRAFT,
    Severity.ERROR,
    "add a byline: 'byline: [your-roster-id]'",
    TRUST_AUTHOR,
    passing=[Example()],
    failing=[Example(front={"byline": []})],
)
def byline_present(view: StoryView) -> Iterator[Hit]:
    if not [b for b in view.meta.byline if b.strip()]:
        line, col = view.field("byline")
        yield Hit(line, col)


@check(
    "byline.unknown-person",
    Stage.DRAFT,
    Severity.ERROR,
    "name a roster person (id or name from newsroom.yaml) or mark the entry "
    "'{name: ..., outside: true}' for an outside contributor",
    TRUST_AUTHOR,
    passing=[Example(front={"byline": ["rtorres", {"name": "Ana Ruiz", "outside": True}]})],
    failing=[Example(front={"byline": ["Somebody Unknown"]})],
)
def byline_unknown(view: StoryView) -> Iterator[Hit]:
    for i, name in enumerate(view.meta.byline):
        if name.strip() and view.person(name) is None and name not in view.meta.outside:
            line, col = view.field("byline", i)
            yield Hit(
                line,
                col,
                excerpt=name,
                detail=f"'{name}' is not in the roster; use a roster id or name, or "
                "write '{name: ..., outside: true}' for an outside contributor",
            )


CHECKS: Final[tuple[Check, ...]] = (byline_present, byline_unknown)

"""What a check is, and running a set of them over one story."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from newsroom.checks.view import Paragraph, StoryView
from newsroom.models import Finding, Severity, Stage
from newsroom.store.config import CheckSettings


@dataclass(frozen=True)
class Hit:
    """Where a check found a problem. `file` is relative to the story folder."""

    line: int
    column: int
    excerpt: str = ""
    detail: str = ""  # replaces the check's message when it needs specifics
    file: str = "story.md"


def hit_at(para: Paragraph, offset: int, excerpt: str = "", detail: str = "") -> Hit:
    """A problem at character `offset` of a body paragraph, placed in story.md."""
    line, col = para.position(offset)
    return Hit(line, col, excerpt=excerpt, detail=detail)


@dataclass(frozen=True)
class Example:
    """A story that differs from a clean baseline story only by these parts.

    `front` overrides front-matter keys; `body`, when given, replaces the body; `credits`,
    `sources` and `factcheck` replace those files' data.
    """

    front: dict[str, Any] = field(default_factory=dict)
    body: str | None = None
    credits: dict[str, Any] | None = None
    sources: dict[str, Any] | None = None
    factcheck: dict[str, Any] | None = None


CheckFn = Callable[[StoryView], Iterable[Hit]]


@dataclass(frozen=True)
class Check:
    id: str
    gate: Stage
    severity: Severity
    message: str
    source: str
    fn: CheckFn
    passing: tuple[Example, ...] = ()
    failing: tuple[Example, ...] = ()


def check(
    id: str,
    gate: Stage,
    severity: Severity,
    message: str,
    source: str,
    *,
    passing: Iterable[Example] = (),
    failing: Iterable[Example] = (),
) -> Callable[[CheckFn], Check]:
    """Decorator that turns a function into a `Check` value (not registered anywhere)."""

    def wrap(fn: CheckFn) -> Check:
        return Check(
            id=id,
            gate=gate,
            severity=severity,
            message=message,
            source=source,
            fn=fn,
            passing=tuple(passing),
            failing=tuple(failing),
        )

    return wrap


_IGNORE_RE: Final = re.compile(
    r"(?:<!--|#)\s*newsroom-ignore\s+([\w.\-, ]+?)\s*(?::\s*(.*?))?\s*(?:-->|$)"
)


@dataclass(frozen=True)
class Suppression:
    line: int  # the line it covers (and the one after it)
    ids: tuple[str, ...]
    reason: str
    marker: int = 0  # the line the marker itself is on

    def covers(self, check_id: str, line: int) -> bool:
        if line not in (self.line, self.line + 1):
            return False
        return any(check_id == i or check_id.startswith(i + ".") for i in self.ids)


SUPPRESSION_CHECK: Final = "suppression.reason"


def suppressions(raw: str) -> list[Suppression]:
    """Inline `newsroom-ignore ID: reason` markers in story.md (HTML or YAML comments)."""
    if "newsroom-ignore" not in raw:
        return []
    found = []
    lines = raw.split("\n")
    for number, text in enumerate(lines, start=1):
        if "newsroom-ignore" not in text:
            continue
        m = _IGNORE_RE.search(text)
        if m is None:
            continue
        ids = tuple(i.strip() for i in m.group(1).split(",") if i.strip())
        target = number
        if text.strip().startswith(("<!--", "#")):
            # A marker alone on its line covers the next line that has text.
            while target < len(lines) and not lines[target].strip():
                target += 1
        reason = (m.group(2) or "").strip()
        found.append(Suppression(line=target, ids=ids, reason=reason, marker=number))
    return found


# The checks a story runs and their severities, by what decides them (gates, desk and
# story type): worked out once for the stories that share them, for the last check set and
# settings used.
_PLANS: Final[
    list[tuple[object, CheckSettings, dict[tuple[Any, ...], list[tuple[Check, Severity]]]]]
] = []


def _plan(
    checks: Iterable[Check],
    settings: CheckSettings,
    blocking: frozenset[Stage],
    todo: frozenset[Stage],
    desk: str,
    story_type: str,
) -> list[tuple[Check, Severity]]:
    if not isinstance(checks, tuple | list):
        checks = tuple(checks)  # a one-off iterable: planned afresh (the identity test fails)
    if not _PLANS or _PLANS[0][0] is not checks or _PLANS[0][1] is not settings:
        _PLANS[:] = [(checks, settings, {})]
    plans = _PLANS[0][2]
    key = (blocking, todo, desk, story_type)
    plan = plans.get(key)
    if plan is None:
        plan = []
        for c in checks:
            if c.gate not in blocking and c.gate not in todo:
                continue
            configured = settings.severity_for(c.id, desk, story_type)
            if configured != "off":
                plan.append((c, Severity(configured) if configured else c.severity))
        plans[key] = plan
    return plan


def run(
    view: StoryView,
    checks: Iterable[Check],
    blocking: frozenset[Stage],
    todo: frozenset[Stage] = frozenset(),
) -> list[Finding]:
    """Run the checks of the given gates over one story, applying config and suppressions."""
    meta = view.story.meta
    marks = suppressions(view.story.raw)
    findings: list[Finding] = []
    for c, severity in _plan(checks, view.settings, blocking, todo, meta.desk, meta.type):
        for hit in c.fn(view):
            rel = f"{view.rel}/{hit.file}"
            if hit.file == "story.md" and any(m.reason and m.covers(c.id, hit.line) for m in marks):
                continue
            findings.append(
                Finding(
                    story=view.story.slug,
                    file=rel,
                    line=hit.line,
                    column=hit.column,
                    check=c.id,
                    severity=severity,
                    message=hit.detail or c.message,
                    excerpt=hit.excerpt,
                    gate=c.gate,
                    blocking=c.gate in blocking,
                )
            )
    for m in marks:
        if not m.reason:
            findings.append(
                Finding(
                    story=view.story.slug,
                    file=f"{view.rel}/story.md",
                    line=m.marker or m.line,
                    column=1,
                    check=SUPPRESSION_CHECK,
                    severity=Severity.ERROR,
                    message="a newsroom-ignore marker needs a reason: "
                    "'newsroom-ignore CHECK-ID: why this is right here'",
                    gate=Stage.DRAFT,
                    blocking=True,
                )
            )
    findings.sort(key=Finding.sort_key)
    return findings

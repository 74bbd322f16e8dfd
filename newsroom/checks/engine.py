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
    # words of the message's commands to fill in, e.g. (("ID", "vote-tally"),); SLUG is
    # always the story's own
    fill: tuple[tuple[str, str], ...] = ()

    # at most this severe: a check offers some of its findings as suggestions
    severity: Severity | None = None


def hit_at(
    para: Paragraph,
    offset: int,
    excerpt: str = "",
    detail: str = "",
    severity: Severity | None = None,
) -> Hit:
    """A problem at character `offset` of a body paragraph, placed in story.md."""
    line, col = para.position(offset)
    return Hit(line, col, excerpt=excerpt, detail=detail, severity=severity)


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


IGNORE_MARKER: Final = "newsroom-ignore"
_IGNORE_RE: Final = re.compile(
    r"(?:<!--|#)\s*" + IGNORE_MARKER + r"\s+([\w.\-, ]+?)\s*(?::\s*(.*?))?\s*(?:-->|$)"
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
    if IGNORE_MARKER not in raw:
        return []
    found = []
    lines = raw.split("\n")
    for number, text in enumerate(lines, start=1):
        if IGNORE_MARKER not in text:
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


class Plan:
    """The checks of a run and the severity each has in a story, as the newsroom's settings
    make them. The checks a story runs depend on its gates, desk and type, which many
    stories share: each combination is worked out once per plan, and a run makes one plan.
    """

    def __init__(self, checks: Iterable[Check], settings: CheckSettings) -> None:
        self.checks = tuple(checks)
        self.settings = settings
        self._planned: dict[
            tuple[frozenset[Stage], frozenset[Stage], str, str], list[tuple[Check, Severity]]
        ] = {}

    def for_story(
        self, blocking: frozenset[Stage], todo: frozenset[Stage], desk: str, story_type: str
    ) -> list[tuple[Check, Severity]]:
        """Each check of the given gates that is not turned off, with its severity."""
        key = (blocking, todo, desk, story_type)
        if key not in self._planned:
            self._planned[key] = self._plan(blocking, todo, desk, story_type)
        return self._planned[key]

    def _plan(
        self, blocking: frozenset[Stage], todo: frozenset[Stage], desk: str, story_type: str
    ) -> list[tuple[Check, Severity]]:
        planned = []
        for c in self.checks:
            if c.gate not in blocking and c.gate not in todo:
                continue
            severity = self._severity(c, desk, story_type)
            if severity is not None:
                planned.append((c, severity))
        return planned

    def _severity(self, c: Check, desk: str, story_type: str) -> Severity | None:
        """The check's severity in a story of this desk and type; None when it is off."""
        configured = self.settings.severity_for(c.id, desk, story_type)
        if configured == "off":
            return None
        return Severity(configured) if configured else c.severity


def run(
    view: StoryView,
    plan: Plan,
    blocking: frozenset[Stage],
    todo: frozenset[Stage] = frozenset(),
) -> list[Finding]:
    """Run the planned checks of the given gates over one story, applying config and
    suppressions."""
    meta = view.story.meta
    marks = suppressions(view.story.raw)
    findings: list[Finding] = []
    for c, severity in plan.for_story(blocking, todo, meta.desk, meta.type):
        for hit in c.fn(view):
            if hit.file == "story.md" and any(m.reason and m.covers(c.id, hit.line) for m in marks):
                continue
            findings.append(
                Finding(
                    story=view.story.slug,
                    file=f"{view.rel}/{hit.file}",
                    line=hit.line,
                    column=hit.column,
                    check=c.id,
                    severity=_at_most(severity, hit.severity),
                    message=filled(hit.detail or c.message, view.story.slug, hit.fill),
                    excerpt=hit.excerpt,
                    gate=c.gate,
                    blocking=c.gate in blocking,
                )
            )
    findings += [_reason_missing(view, m) for m in marks if not m.reason]
    findings.sort(key=Finding.sort_key)
    return findings


_PLACEHOLDER: Final = re.compile(r"(?<![\w-])(SLUG|ID)(?![\w-])")


def filled(message: str, slug: str, fill: tuple[tuple[str, str], ...] = ()) -> str:
    """The message with the story's slug, and the ids the hit knows, in place of the
    catalog's SLUG and ID, so that the commands it suggests run as printed."""
    words = {"SLUG": slug, **dict(fill)}
    return _PLACEHOLDER.sub(lambda m: words.get(m.group(1), m.group(1)), message)


def _at_most(severity: Severity, cap: Severity | None) -> Severity:
    return cap if cap is not None and cap.rank < severity.rank else severity


def _reason_missing(view: StoryView, mark: Suppression) -> Finding:
    """The finding for a newsroom-ignore marker that gives no reason."""
    return Finding(
        story=view.story.slug,
        file=f"{view.rel}/story.md",
        line=mark.marker or mark.line,
        column=1,
        check=SUPPRESSION_CHECK,
        severity=Severity.ERROR,
        message="a newsroom-ignore marker needs a reason: "
        f"'newsroom-ignore {', '.join(mark.ids) or '<check-id>'}: <why this is right here>'",
        gate=Stage.DRAFT,
        blocking=True,
    )

"""What history says of a story's publication, folded from its sign-off commits.

The publication time is the author date of the sign-off that published the story; each
later `correct` sign-off is a correction (its date and note), and a `kill` after
publication withdraws it. A page shows only the corrections whose notes its story.md still
holds (`Timeline.as_filed`): verify guards that list, so a note that history carries but the
story no longer does (a forged correction reverted and repaired) is never shown. The dates
are git's, so the same commit always gives the same times: no clock is read. A correction or
a kill dated before the publication is dated with it, and one dated before the correction it
follows is dated with that correction, among the corrections the page shows: a page is never
corrected before it was published, and a correction taken back (a forged one dated years
ahead) dates nothing after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from newsroom.models import CorrectionNote, Stage
from newsroom.repo import LogEntry
from newsroom.services import signoff as rules


@dataclass(frozen=True)
class Correction:
    date: str  # UTC, e.g. 2026-03-02T14:05:00Z
    note: str


@dataclass(frozen=True)
class Timeline:
    """One story's publication history: empty for a story never published."""

    published: str = ""
    corrections: tuple[Correction, ...] = ()
    killed: str = ""
    kill_note: str = ""

    @property
    def modified(self) -> str:
        """When the story last changed for its readers: its newest correction, else its
        publication."""
        return self.corrections[-1].date if self.corrections else self.published

    def as_filed(self, filed: Iterable[CorrectionNote]) -> Timeline:
        """This timeline with only the corrections whose notes the story file holds, each
        note once: one history signs but the file no longer holds was taken back, and one
        the file holds with no sign-off in history was never made. A note history signs
        more often than the file holds it (a correction taken back and made again) is the
        sign-off dated nearest the date the file gives it. Each kept correction, and the
        kill, is dated no earlier than the kept correction before it."""
        wanted: dict[str, list[datetime | None]] = {}
        for c in filed:
            wanted.setdefault(rules.one_line(c.note), []).append(c.date)
        chosen: set[int] = set()
        for note, dates in wanted.items():
            made = [i for i, c in enumerate(self.corrections) if rules.one_line(c.note) == note]
            for date in dates:
                left = [i for i in made if i not in chosen]
                if left:
                    chosen.add(min(left, key=lambda i: (self._apart(i, date), i)))
        kept = []
        latest = self.published
        for i, correction in enumerate(self.corrections):
            if i in chosen:
                latest = max(correction.date, latest)
                kept.append(replace(correction, date=latest))
        killed = max(self.killed, latest) if self.killed else ""
        return replace(self, corrections=tuple(kept), killed=killed)

    def _apart(self, i: int, date: datetime | None) -> float:
        """How far correction `i`'s sign-off is from the date the file gives it, in
        seconds (0 when the file gives none: the earliest sign-off is taken)."""
        if date is None:
            return 0.0
        filed = date if date.tzinfo else date.replace(tzinfo=UTC)
        return abs((datetime.fromisoformat(self.corrections[i].date) - filed).total_seconds())

    def as_json(self) -> dict[str, Any]:
        return {
            "published": self.published,
            "corrections": [[c.date, c.note] for c in self.corrections],
            "killed": self.killed,
            "kill_note": self.kill_note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Timeline:
        return cls(
            str(data["published"]),
            tuple(Correction(str(d), str(n)) for d, n in data["corrections"]),
            str(data["killed"]),
            str(data["kill_note"]),
        )


def utc(date: str) -> str:
    """An ISO 8601 date as git gives it (with its offset), in UTC with a Z."""
    return datetime.fromisoformat(date).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(timelines: Mapping[str, Timeline], entries: Iterable[LogEntry]) -> dict[str, Timeline]:
    """The timelines after the sign-off commits `entries` (oldest first)."""
    out = dict(timelines)
    for entry in entries:
        try:
            signed = rules.parse(entry.message)
        except rules.MalformedSignOff:
            continue
        if signed is None:
            continue
        before = out.get(signed.story, Timeline())
        after = _step(before, signed, utc(entry.date))
        if after != before:
            out[signed.story] = after
    return out


def _step(t: Timeline, signed: rules.SignOff, when: str) -> Timeline:
    action = signed.action
    if signed.to_stage is Stage.PUBLISHED and action in (rules.Action.PUBLISH, rules.Action.REPAIR):
        return Timeline(t.published or when, t.corrections)
    # what happens after the publication is never dated before it (a commit's date is its
    # author's to set: GIT_AUTHOR_DATE, a rebase); as_filed orders the corrections kept
    after = max(when, t.published)
    if action is rules.Action.CORRECT and t.published:
        return Timeline(t.published, (*t.corrections, Correction(after, signed.note)))
    if action is rules.Action.KILL and t.published:
        return Timeline(t.published, t.corrections, after, signed.note)
    return t

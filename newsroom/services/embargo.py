"""A story's embargo: the time before which `publish` refuses it (`publish --due` publishes
it once the time has passed), set and cleared in story.md's front matter as one commit.

A time is read with its zone, never without: an ISO time with an offset
(2026-03-02T09:00-05:00, or Z for UTC), or a date and time followed by a named zone
(2026-03-02 09:00 America/New_York), which is written down with the offset that zone has at
that moment. A time with no zone could mean any of them, so it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Final

from newsroom.errors import Refused, UsageError
from newsroom.models import Stage
from newsroom.repo import StoryCommit
from newsroom.services.contributions import load_story, rel
from newsroom.services.workspace import Workspace
from newsroom.store import stories as store
from newsroom.store.shape import did_you_mean

EXAMPLE: Final = (
    "e.g. 2026-03-02T09:00-05:00, 2026-03-02T14:00Z or '2026-03-02 09:00 America/New_York'"
)
_ZONE: Final = re.compile(r"^(?P<when>.+?)\s+(?P<zone>UTC|[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+)$")


@dataclass(frozen=True)
class Embargoed:
    slug: str
    until: datetime | None  # None: cleared
    commit: str


def parse_time(text: str) -> datetime:
    """The moment `text` names, with its zone; a UsageError saying why it names none."""
    words = " ".join(text.split())
    zone_name = ""
    found = _ZONE.match(words)
    if found:
        words, zone_name = found["when"], found["zone"]
    try:
        moment = datetime.fromisoformat(words.replace(" ", "T", 1))
    except ValueError as exc:
        why = str(exc).split(":")[0] if "out of range" in str(exc) else ""
        raise UsageError(
            f"'{text}' is not a date and time{f' ({why})' if why else ''}; give one with its "
            f"time zone, {EXAMPLE}"
        ) from None
    if zone_name:
        if moment.tzinfo is not None:
            raise UsageError(f"'{text}' gives both an offset and a zone; give one, {EXAMPLE}")
        moment = moment.replace(tzinfo=_zone(zone_name))
        _one_moment(text, moment)
    if moment.tzinfo is None:
        raise UsageError(
            f"'{text}' has no time zone, so it could be any of them; add one, {EXAMPLE}"
        )
    try:
        moment.astimezone(UTC)  # how story.md is read back, and the site writes it
    except OverflowError:
        raise UsageError(
            f"'{text}' falls outside the calendar once read in UTC (years 1 to 9999); give "
            f"a time to come, {EXAMPLE}"
        ) from None
    return moment


def _one_moment(text: str, moment: datetime) -> None:
    """Refuse a local time its zone skips (clocks went forward past it) or shows twice
    (clocks went back over it): the time it names would be a guess."""
    earlier, later = moment.replace(fold=0), moment.replace(fold=1)
    if earlier.utcoffset() == later.utcoffset():
        return
    round_trip = earlier.astimezone(UTC).astimezone(moment.tzinfo)
    skipped = round_trip.replace(tzinfo=None) != moment.replace(tzinfo=None)
    # each reading's offset, as isoformat ends it: '-04:00 or -05:00'
    offsets = " or ".join(
        dict.fromkeys(m.isoformat(timespec="minutes")[-6:] for m in (earlier, later))
    )
    what = "never happens there (the clocks skip it)" if skipped else "happens twice there"
    raise UsageError(
        f"'{text}' {what}, as the clocks change for daylight saving; give the time with an "
        f"offset instead ({offsets}), {EXAMPLE}"
    )


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"'{name}' is not a time zone this system knows"
            + did_you_mean(
                name,
                available_timezones(),
                "use a name like America/New_York or Europe/Paris, or an offset like -05:00",
            )
        ) from None


def _commit(ws: Workspace, slug: str, value: str | None, what: str) -> str:
    repo = ws.writer()
    _, author = ws.acting_person(repo)
    story = load_story(ws, slug)
    story_md = rel(slug, store.STORY_FILE)
    if story.meta.stage in (Stage.PUBLISHED, Stage.KILLED):
        raise Refused(
            f"'{slug}' is {story.meta.stage.value}; an embargo holds only a story not yet published"
        )
    if value is None and story.meta.embargo is None:
        raise UsageError(f"'{slug}' has no embargo; nothing was changed", path=story_md)
    dirty = repo.dirty([story_md])
    if dirty:
        raise Refused(
            f"{story_md} has uncommitted edits; commit them first (git commit {story_md}) or "
            f"discard them (git checkout -- {story_md}); nothing was changed"
        )
    text = store.with_front_value(story.raw, "embargo", value, story_md)
    if text == story.raw:
        raise UsageError("the embargo is already that; nothing was changed", path=story_md)
    message = f"newsroom: {slug} {what}\n\nNewsroom-Story: {slug}\n"
    return repo.commit_story(StoryCommit(rel(slug), {story_md: text}, message, author))


def set_embargo(ws: Workspace, slug: str, when: str, now: datetime | None = None) -> Embargoed:
    """Hold the story until `when` (with its zone), which must be still to come."""
    moment = parse_time(when)
    if moment <= (now or datetime.now(UTC)):
        raise UsageError(
            f"{moment.isoformat()} has passed; an embargo holds a story until a time to come "
            f"(to lift one, 'newsroom embargo {slug} clear')"
        )
    written = moment.isoformat()
    commit = _commit(ws, slug, f'"{written}"', f"embargo until {written}")
    return Embargoed(slug, moment, commit)


def clear_embargo(ws: Workspace, slug: str) -> Embargoed:
    """Lift the story's embargo."""
    return Embargoed(slug, None, _commit(ws, slug, None, "embargo cleared"))

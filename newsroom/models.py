"""The newsroom's own nouns as typed, frozen values."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# A path into a YAML document, e.g. ("images", 0, "caption"), mapped to its 1-based (line, column).
YamlPath = tuple[str | int, ...]
Positions = dict[YamlPath, tuple[int, int]]


class Stage(enum.StrEnum):
    DRAFT = "draft"
    CONTRIBUTOR_CREDIT = "contributor-credit"
    FACT_CHECK = "fact-check"
    PUBLISH = "publish"
    PUBLISHED = "published"
    KILLED = "killed"

    @property
    def order(self) -> int:
        return PIPELINE.index(self) if self in PIPELINE else len(PIPELINE)

    def next(self) -> Stage | None:
        i = PIPELINE.index(self) if self in PIPELINE else len(PIPELINE)
        return PIPELINE[i + 1] if i + 1 < len(PIPELINE) else None

    def gates_before(self) -> tuple[Stage, ...]:
        """The gates a story in this stage must already pass."""
        if self is Stage.KILLED:
            return ()
        return tuple(s for s in GATES if s.order < self.order)


PIPELINE: tuple[Stage, ...] = (
    Stage.DRAFT,
    Stage.CONTRIBUTOR_CREDIT,
    Stage.FACT_CHECK,
    Stage.PUBLISH,
    Stage.PUBLISHED,
)
# The stages that have a gate (checks that decide whether a story may leave them).
GATES: tuple[Stage, ...] = PIPELINE[:-1]


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "suggestion": 1}[self.value]


@dataclass(frozen=True)
class Image:
    file: str
    caption: str
    credit: str
    alt: str
    rights: str = ""


@dataclass(frozen=True)
class CorrectionNote:
    """A correction as story.md's `corrections` list holds it (`correct` writes it)."""

    date: datetime | None
    note: str


def only_added(made: tuple[CorrectionNote, ...], now: tuple[CorrectionNote, ...]) -> bool:
    """Whether the corrections `now` keep every one `made` before, as made and in order, and
    add only after them: what a correction may do to the list."""
    return now[: len(made)] == made


@dataclass(frozen=True)
class StoryMeta:
    headline: str
    dek: str
    byline: tuple[str, ...]  # roster ids or names, in order
    desk: str
    stage: Stage
    type: str
    images: tuple[Image, ...] = ()
    dateline: str = ""
    embargo: datetime | None = None
    outside: tuple[str, ...] = ()  # byline names marked as outside contributors
    fact_checked: str = ""  # the content hash the last fact-check sign-off pinned
    corrections: tuple[CorrectionNote, ...] = ()

    def held_at(self, moment: datetime) -> bool:
        """Whether the story's embargo still holds it at `moment`."""
        return self.embargo is not None and self.embargo > moment


@dataclass(frozen=True)
class Waiver:
    """A checkable statement the fact-checker decided needs no claim, with the reason."""

    text: str
    reason: str


@dataclass(frozen=True)
class Contributor:
    name: str
    role: str
    person: str = ""
    note: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    affiliation: str = ""
    contact: str = ""
    url: str = ""
    anonymous: bool = False
    why_anonymous: str = ""
    anonymity_approved_by: str = ""


class ClaimStatus(enum.StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    NOT_CHECKABLE = "not-checkable"


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    sources: tuple[str, ...] = ()
    status: ClaimStatus = ClaimStatus.UNVERIFIED
    checked_by: str = ""
    note: str = ""
    evidence: str = ""
    verified_hash: str = ""  # what the verdict pinned: see newsroom/checks/pins.py


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    email: str
    roles: tuple[str, ...]
    signing_key: str = ""
    url: str = ""  # a public page about the person (their author page), for the site

    def named_in(self, names: Iterable[str]) -> bool:
        """Whether one of `names` (a byline's entries) is this person: their roster id or
        name however it is written ('lena park' or 'LPARK' on a byline is Lena Park)."""
        mine = {name_key(self.id), name_key(self.name)}
        return any(name_key(name) in mine for name in names)


def name_key(name: str) -> str:
    """A name as it is compared with another: in any case, spacing or Unicode form."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class YamlFile:
    """What a YAML file in a story folder held, with where each value stood."""

    path: Path
    positions: Positions = field(default_factory=dict)

    def where(self, *keys: str | int) -> tuple[int, int]:
        """The closest known position of `keys`, falling back to their parents, then 1:1."""
        k: YamlPath = tuple(keys)
        while k:
            if k in self.positions:
                return self.positions[k]
            k = k[:-1]
        return self.positions.get((), (1, 1))


@dataclass(frozen=True)
class Story:
    slug: str
    folder: Path
    meta: StoryMeta
    body: str
    body_line: int  # 1-based line in story.md where the body starts
    story_file: YamlFile
    credits: tuple[Contributor, ...] = ()
    credits_file: YamlFile | None = None
    sources: tuple[Source, ...] = ()
    sources_file: YamlFile | None = None
    claims: tuple[Claim, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    factcheck_file: YamlFile | None = None
    raw: str = ""  # the whole story.md text


@dataclass(frozen=True)
class Finding:
    """One problem found in a story: immutable, positioned, and saying what to do."""

    story: str
    file: str
    line: int
    column: int
    check: str
    severity: Severity
    message: str
    excerpt: str = ""
    gate: Stage = Stage.DRAFT
    blocking: bool = True  # False for the to-do list of the story's current stage

    @property
    def blocks(self) -> bool:
        """Whether it holds the story back: an error of a gate the story must pass (a
        warning never does, nor anything on its own stage's to-do list)."""
        return self.blocking and self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, str, int, int, str]:
        return (self.story, self.file, self.line, self.column, self.check)

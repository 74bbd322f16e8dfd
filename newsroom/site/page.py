"""The values a story's page, its structured data and its feed entry are made from.

A page is made from the story as the story-file module reads it (newsroom/store/stories.py),
its timeline from history (timeline.py), the roster (for authors' and contributors' names
and pages) and the site (its name and address). Nothing here reads a file or git.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsroom.models import ClaimStatus, Story
from newsroom.site.markup import body_html
from newsroom.site.timeline import Correction, Timeline, utc
from newsroom.store.config import Config
from newsroom.store.media import inside_name

# A verdict as the rating readers and search engines see (ClaimReview's alternateName), with
# its place on a 1 (false) to 5 (true) scale. Unverified and not-checkable claims have no
# rating, so they get no ClaimReview.
RATINGS: Final = {
    ClaimStatus.VERIFIED: ("True", 5),
    ClaimStatus.DISPUTED: ("Disputed", 3),
    ClaimStatus.FALSE: ("False", 1),
}
FACT_CHECK_TYPES: Final = frozenset({"fact-check", "factcheck"})


@dataclass(frozen=True)
class Site:
    """The site a page belongs to: the newsroom's name and public address ('' for a site
    whose links are all relative)."""

    name: str
    base_url: str = ""

    def url(self, path: str) -> str:
        base = self.base_url.rstrip("/")
        return f"{base}/{path}" if base else path


@dataclass(frozen=True)
class Someone:
    name: str
    url: str = ""
    kind: str = "person"  # or organization


@dataclass(frozen=True)
class Credit:
    name: str
    role: str
    url: str = ""


@dataclass(frozen=True)
class Figure:
    src: str  # the image's path inside the story folder, also its path beside the page
    alt: str
    caption: str
    credit: str


@dataclass(frozen=True)
class Review:
    """A fact-checker's verdict on one claim, as published."""

    claim: str
    rating: str
    value: int
    said_by: tuple[Someone, ...]  # the claim's sources that are people or organizations


@dataclass(frozen=True)
class StoryPage:
    slug: str
    headline: str
    dek: str
    body_html: str
    type: str
    desk: str
    dateline: str
    authors: tuple[Someone, ...]
    credits: tuple[Credit, ...]
    figures: tuple[Figure, ...]
    reviews: tuple[Review, ...]
    published: str
    modified: str
    corrections: tuple[Correction, ...]
    embargo: str = ""  # UTC, like the times from history

    @property
    def path(self) -> str:
        return f"{self.slug}/"


def story_page(story: Story, timeline: Timeline, config: Config) -> StoryPage:
    """The page of `story` (read through the story-file module) at this point of history."""
    meta = story.meta
    timeline = timeline.as_filed(meta.corrections)
    return StoryPage(
        slug=story.slug,
        headline=meta.headline,
        dek=meta.dek,
        body_html=body_html(story.body),
        type=meta.type,
        desk=meta.desk,
        dateline=meta.dateline,
        authors=tuple(_someone(config, who) for who in meta.byline),
        credits=tuple(
            Credit(c.name, c.role, _someone(config, c.person or c.name).url) for c in story.credits
        ),
        figures=tuple(
            Figure(inside_name(i.file), i.alt, i.caption, i.credit)
            for i in meta.images
            if inside_name(i.file)
        ),
        reviews=_reviews(story, config) if meta.type in FACT_CHECK_TYPES else (),
        published=timeline.published,
        modified=timeline.modified,
        corrections=timeline.corrections,
        embargo=utc(meta.embargo.isoformat()) if meta.embargo else "",
    )


def _someone(config: Config, who: str) -> Someone:
    """A byline entry (a roster id or a name) as a name and, from the roster, a page."""
    person = config.person(who)
    return Someone(person.name, person.url) if person else Someone(who)


def _reviews(story: Story, config: Config) -> tuple[Review, ...]:
    sources = {s.id: s for s in story.sources}
    return tuple(
        Review(
            claim.text,
            *RATINGS[claim.status],
            tuple(
                Someone(sources[i].name, sources[i].url, sources[i].kind)
                for i in claim.sources
                if i in sources
                and sources[i].kind in ("person", "organization")
                and not sources[i].anonymous
            ),
        )
        for claim in story.claims
        if claim.status in RATINGS
    )

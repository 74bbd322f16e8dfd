"""schema.org structured data for a story page, as JSON-LD.

A `NewsArticle` for every story (headline, description, image, datePublished,
dateModified, author, contributor, dateline, publisher, correction), and for a fact-check a
`ClaimReview` per claim with a verdict, after Google's Article and ClaimReview structured
data documentation and schema.org's NewsArticle and ClaimReview types.
"""

from __future__ import annotations

import json
from typing import Any

from newsroom.site.page import Review, Site, Someone, StoryPage

Json = dict[str, Any]


def here(site: Site, page: StoryPage, inside: str = "") -> str:
    """The address of `inside` (a path in the story's folder; '' for the page itself): in
    full with the site's address, else relative to the page (and to article.json beside
    it), which is what a JSON-LD reader resolves it against."""
    return site.url(page.path + inside) if site.base_url else inside or "./"


def news_article(page: StoryPage, site: Site) -> Json:
    url = here(site, page)
    article: Json = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "headline": page.headline,
        "description": page.dek,
        "image": [here(site, page, f.src) for f in page.figures],
        "datePublished": page.published,
        "dateModified": page.modified,
        "author": [_person(a) for a in page.authors],
        # schema.org's Role: the contributor with the part they had (photography, ...)
        "contributor": [
            {"@type": "Role", "roleName": c.role, "contributor": _person(Someone(c.name, c.url))}
            for c in page.credits
        ],
        "publisher": publisher(site),
        "articleSection": page.desk,
    }
    if page.dateline:
        article["dateline"] = page.dateline
    if page.corrections:
        article["correction"] = [
            {"@type": "CorrectionComment", "text": c.note, "datePublished": c.date}
            for c in page.corrections
        ]
    return {k: v for k, v in article.items() if v not in ("", [])}


def claim_reviews(page: StoryPage, site: Site) -> list[Json]:
    """One ClaimReview per claim with a verdict (an empty list for other story types)."""
    url = here(site, page)
    return [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "claimReviewed": review.claim,
            "datePublished": page.published,
            "author": publisher(site),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": review.value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": review.rating,
            },
            "itemReviewed": _claim(review, url, page.headline),
        }
        for review in page.reviews
    ]


def _claim(review: Review, url: str, headline: str) -> Json:
    """The claim reviewed: who made it (its sources, unless anonymous) and where it is
    reported (this story)."""
    claim: Json = {
        "@type": "Claim",
        "appearance": {"@type": "NewsArticle", "url": url, "headline": headline},
    }
    if review.said_by:
        claim["author"] = [_person(s) for s in review.said_by]
    return claim


def publisher(site: Site) -> Json:
    org: Json = {"@type": "NewsMediaOrganization", "name": site.name}
    if site.base_url:
        org["url"] = site.url("")
    return org


def _person(someone: Someone) -> Json:
    kind = "Organization" if someone.kind == "organization" else "Person"
    person: Json = {"@type": kind, "name": someone.name}
    if someone.url:
        person["url"] = someone.url
    return person


def graph(page: StoryPage, site: Site) -> Json | list[Json]:
    """Everything structured about the page: the article alone, or the article and then
    its claim reviews."""
    reviews = claim_reviews(page, site)
    return [news_article(page, site), *reviews] if reviews else news_article(page, site)


def document(data: Any) -> str:
    """`data` as a JSON file (stable key order as built, two-space indent)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def script_text(data: Any) -> str:
    """`data` as the text of a <script type="application/ld+json"> element: '<', '>' and
    '&' written as JSON escapes, so no story text (a '</script>' in a headline) can close
    the element or open a comment; the JSON means exactly the same."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")

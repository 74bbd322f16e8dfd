"""The structured data of a story page, held to what the references ask for.

- Google Search Central, "Article (Article, NewsArticle, BlogPosting) structured data"
  (https://developers.google.com/search/docs/appearance/structured-data/article): no
  property is required; recommended are author (each a Person or Organization with name
  and, where there is one, url), dateModified, datePublished (ISO 8601), headline and image.
- Google Search Central, "Fact check (ClaimReview) structured data"
  (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
  required are claimReviewed, reviewRating with alternateName (the verdict as words), and
  url (the page with the review); recommended are author (who published the review) and
  itemReviewed, a Claim with its author and its appearance. The page now opens with a
  caution: Google Search is phasing out support for ClaimReview markup, which Google's
  Fact Check Explorer still reads (so a fact-check keeps its ClaimReview).

Checked against those two pages as stored for search (December 2026): their openings and
examples agree with the lists above (the Article example has exactly headline, image,
datePublished, dateModified and author as a Person with name and url; the Article page
says no markup is required for Google News features). Their property tables were not in
what the search returned, so the lists themselves are not re-checked line by line.
- schema.org's NewsArticle (https://schema.org/NewsArticle: dateline, and from
  CreativeWork correction, contributor, publisher) and ClaimReview
  (https://schema.org/ClaimReview), with Rating (https://schema.org/Rating) and Role
  (https://schema.org/Role: a contributor with their roleName).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.helpers import Clone
from tests.site.conftest import SLUG, publish_story

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")


def structured(room: Clone, slug: str = SLUG) -> Any:
    html = (room.path / "public" / slug / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data == json.loads((room.path / "public" / slug / "article.json").read_text())
    return data


def build(room: Clone, *args: str) -> None:
    result = room.run("build", *args)
    assert result.code == 0, result.text


def test_the_article_has_google_s_recommended_properties(site_room: Clone) -> None:
    build(site_room, "--base-url", "https://news.coastal.example/")
    article = structured(site_room)
    assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
    assert article["headline"] == "Harbor City Council approves $42 million seawall"
    assert article["image"] == ["https://news.coastal.example/harbor-seawall/media/crews.png"]
    assert ISO.match(article["datePublished"]) and ISO.match(article["dateModified"])
    assert article["author"] == [{"@type": "Person", "name": "Rosa Torres"}]
    # schema.org's NewsArticle beyond Google's list
    assert article["description"].startswith("The 5-2 vote ends")
    assert article["dateline"] == "HARBOR CITY, Fla."
    assert article["url"] == "https://news.coastal.example/harbor-seawall/"
    assert article["publisher"] == {"@type": "NewsMediaOrganization",
                                    "name": "Coastal Daily Press",
                                    "url": "https://news.coastal.example/"}
    assert {"@type": "Role", "roleName": "photography",
            "contributor": {"@type": "Person", "name": "Samir Khan"}} in article["contributor"]
    assert "correction" not in article


def test_a_fact_check_has_a_claim_review_per_verdict(tmp_path: Path, site_room: Clone) -> None:
    publish_story(site_room, "seawall-check", front={"type": "fact-check"})
    build(site_room, "--base-url", "https://news.coastal.example/")
    article, *reviews = structured(site_room, "seawall-check")
    assert article["@type"] == "NewsArticle"
    claims = [c for c in _claims() if c["status"] == "verified"]  # not-checkable: no rating
    assert [r["claimReviewed"] for r in reviews] == [c["text"] for c in claims]
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["url"] == "https://news.coastal.example/seawall-check/"
        assert review["reviewRating"]["alternateName"] == "True"
        assert review["reviewRating"]["@type"] == "Rating"
        assert 1 <= review["reviewRating"]["ratingValue"] <= 5
        assert review["author"]["name"] == "Coastal Daily Press"
        assert review["datePublished"] == article["datePublished"]
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["appearance"]["url"] == review["url"]
    by_text = {r["claimReviewed"]: r for r in reviews}
    said = by_text["The state has agreed to cover $14 million of the cost"]["itemReviewed"]
    assert said["author"] == [{"@type": "Person", "name": "Luis Ortega"}]


def _claims() -> list[dict[str, Any]]:
    import yaml

    path = Path(__file__).parents[1] / "fixtures" / "clean-story" / "factcheck.yaml"
    claims: list[dict[str, Any]] = yaml.safe_load(path.read_text())["claims"]
    return claims


def test_other_story_types_have_no_claim_review(site_room: Clone) -> None:
    build(site_room)
    assert isinstance(structured(site_room), dict)


def test_a_correction_shows_on_the_page_and_in_the_data(site_room: Clone) -> None:
    story = site_room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("about the work", "about the noise"))
    later = {**site_room.env, "GIT_AUTHOR_DATE": "2031-05-06T07:08:09+02:00"}
    result = Clone(site_room.path, later).run(
        "correct", SLUG, "--note", "Malone worried about the noise, not the work.")
    assert result.code == 0, result.text
    build(site_room)
    article = structured(site_room)
    assert article["dateModified"] == "2031-05-06T05:08:09Z" != article["datePublished"]
    assert article["correction"] == [{"@type": "CorrectionComment",
                                      "text": "Malone worried about the noise, not the work.",
                                      "datePublished": "2031-05-06T05:08:09Z"}]
    html = (site_room.path / "public" / SLUG / "index.html").read_text()
    assert "but worried about the noise" in html
    corrections = html[html.index('<section class="corrections"'):]
    assert "Malone worried about the noise, not the work." in corrections
    assert '<time datetime="2031-05-06T05:08:09Z">' in corrections
    feed = json.loads((site_room.path / "public" / "feed.json").read_text())
    assert feed["items"][0]["date_modified"] == "2031-05-06T05:08:09Z"


def test_dates_are_the_sign_offs_not_the_clock(site_room: Clone) -> None:
    build(site_room)
    published = structured(site_room)["datePublished"]
    tag_date = site_room.git("log", "-1", "--format=%aI", f"published/{SLUG}")
    assert datetime.fromisoformat(published) == datetime.fromisoformat(tag_date)

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-sixth filing round reads right: a WordPress theme's wrapper named for the
share bar it holds beside the story ('post-content-wrap has-share-float'), its ad slot between
the paragraphs ('a-wrap') and its meta line's comment count and reading time run together."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft


def test_a_wrapper_named_for_the_share_bar_it_has_holds_the_story(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "quarry.html",
        "<html><body><div class='main-wrap'><div class='the-post-header s-head-modern'>"
        "<h1 class='is-title post-title'>Quarry to close for a month while the crusher is replaced</h1>"
        "<div class='sub-title'>Builders on the island will have to ship in gravel until April.</div>"
        "</div><div class='the-post s-post-modern'><article class='post type-post'>"
        "<div class='post-content-wrap has-share-float'>"
        "<div class='post-share-float share-float-a is-hidden'><div class='inner'><span class='share-text'>Share</span>"
        "<a href='#' class='service s-facebook'><span class='label'>Facebook</span></a></div></div>"
        "<div class='post-content cf entry-content content-spacious'>"
        "<p><strong>PORT ELLIS</strong> — The island's only quarry will close for a month from Monday while its crusher is replaced, the council said on Tuesday.</p>"
        "<p>Builders said they would have to ship gravel from the mainland at twice the price until the quarry reopens in April.</p>"
        "</div></div></article></div></div></body></html>",
    )
    assert draft.dateline == "PORT ELLIS"
    assert draft.paragraphs[-1].startswith("Builders said they would have to ship gravel")
    assert "Facebook" not in body_text(draft)


def _magazine_post(inside: str) -> str:
    """A post on a WordPress magazine theme (SmartMag): its header with the title, the meta
    line under it, and the story's text with `inside` set between its paragraphs."""
    return (
        "<html><body><div class='main-wrap'><div class='the-post-header s-head-modern'>"
        "<h1 class='is-title post-title'>Ferry fares to rise by a tenth from July</h1>"
        "<div class='post-meta-items meta-below has-author-img'>\n<span class='meta-item post-author has-img'><img alt='Tamsin Leonard' src='https://secure.gravatar.com/avatar/1?s=32' class='avatar photo' height='32' width='32' /><span class='by'>By</span> <a href='/author/x/'>Tamsin Leonard</a></span>\n"
        "<span class='meta-item date'><time class='post-date' datetime='2027-03-09T11:12:40+08:00'>9 March 2027</time></span>\n"
        "<span class='meta-item date-modified'><span class='updated-on'>Updated:</span><time class='post-date' datetime='2027-03-09T15:40:02+08:00'>9 March 2027</time></span>\n"
        "<span class='meta-item comments has-icon'><a href='#comments'><i class='tsi tsi-comment-o'></i>12 Comments</a></span>\n"
        "<span class='meta-item read-time has-icon'><i class='tsi tsi-clock'></i>3 Mins Read</span>\n</div>"
        "</div><div class='post-content entry-content'>"
        "<p>Ferry fares to the mainland will rise by ten per cent from 1 July, the shipping company said on Monday, its first rise in four years.</p>"
        f"{inside}"
        "<p>The company said the money would pay for a second crew on the winter sailings.</p>"
        "</div></div></body></html>"
    )


def test_a_magazine_theme_s_ad_slot_between_paragraphs_is_no_picture(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "fares.html",
        _magazine_post(
            "<div class='a-wrap a-wrap-base a-wrap-5'><div class='label'>Advertisement</div>"
            "<a href='https://ads.example.org/click/1'><img src='https://example.org/wp-content/uploads/2027/02/mrec-tavern.jpg' width='300' height='250' alt='The Harbour Tavern – seafood every Friday' /></a></div>"
        ),
    )
    assert draft.images == ()
    assert "Advertisement" not in body_text(draft)


def test_a_meta_line_s_comment_count_and_reading_time_run_together_are_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.html", _magazine_post(""))
    assert draft.byline == ("Tamsin Leonard",)
    assert draft.paragraphs[0].startswith("Ferry fares to the mainland will rise")
    assert "Mins Read" not in body_text(draft)


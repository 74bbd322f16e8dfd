# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-sixth filing round reads right: a WordPress theme's wrapper named for the
share bar it holds beside the story ('post-content-wrap has-share-float')."""

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


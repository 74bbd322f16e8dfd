# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-sixth filing round reads right: a residents' association's post on a
WordPress.com site, two pictures in a gallery block with their own captions and the gallery's
caption crediting both; and a freelancer's Markdown file, a highlighted question to the desk
after a paragraph's last sentence."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WORDPRESS_GALLERY = """<!DOCTYPE html><html lang="en-GB"><head><title>Market traders move to new stalls – Eastfield Traders</title></head><body class="single single-post">
<header id="masthead"><p class="site-title"><a href="/">Eastfield Traders</a></p></header>
<main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Market traders move to new&nbsp;stalls</h1></header>
<div class="entry-content">
<p>EASTFIELD – Forty market traders moved into the rebuilt covered market on Monday, two years after a fire closed the old hall.</p>
<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img width="1024" height="768" data-id="71" src="https://eastfield.files.wordpress.example/2026/03/stalls.jpg?w=1024" alt="" class="wp-image-71" /><figcaption class="wp-element-caption">Traders set out fruit on the first morning.</figcaption></figure>
<figure class="wp-block-image size-large"><img width="1024" height="768" data-id="72" src="https://eastfield.files.wordpress.example/2026/03/roof.jpg?w=1024" alt="The new market roof" class="wp-image-72" /><figcaption class="wp-element-caption">The glass roof over the fish stalls.</figcaption></figure>
<figcaption class="blocks-gallery-caption wp-element-caption">Photos: Eastfield Traders Media</figcaption></figure>
<p>The council will charge no rent for the first three months, the market manager, Mr Tom Hale, said at the opening.</p>
<p>Shoppers queued from seven in the morning.</p>
</div></article></main>
<footer><p>Blog at WordPress.com.</p></footer></body></html>
"""


def test_a_gallery_s_pictures_keep_their_captions_and_share_its_credit(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "market.html", WORDPRESS_GALLERY)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Traders set out fruit on the first morning.", "Eastfield Traders Media", ""),
        (
            "The glass roof over the fish stalls.",
            "Eastfield Traders Media",
            "The new market roof",
        ),
    ]
    text = body_text(draft)
    assert "The council will charge no rent for the first three months" in text
    assert "Photos:" not in text


STACKEDIT_NOTE = """# Harbour ferry fares to rise in April

*The council says fuel costs have doubled since the last rise*

**By Ruth Adjei**

PORTVALE, 2 March 2026 – Ferry fares across the harbour will rise by a fifth from April, the council said on Monday.

Commuters at the north pier said they would walk the long way round. "I pay twice a day already," said Mrs Ama Boateng, a trader at the fish market. ==[desk: fish market or Quay Street market? checking]==

The council will meet ferry users on 14 March.
"""


def test_a_highlighted_question_to_the_desk_leaves_its_paragraph(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.md", STACKEDIT_NOTE)
    assert draft.paragraphs[1] == (
        'Commuters at the north pier said they would walk the long way round. "I pay twice a '
        'day already," said Mrs Ama Boateng, a trader at the fish market.'
    )
    assert "checking" not in body_text(draft)

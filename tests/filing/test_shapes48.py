# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-eighth filing round reads right: a 'By Name, job' line typed in italics at
the top of a blog post whose page already names its author."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

SHOP_BLOG_POST = """<html><head><title>Olive mill reopens - Blog</title></head><body>
<header><a href="/">Home</a> <a href="/shop">Shop</a></header>
<main>
<h1 class="page-title"><span class="base">Old olive mill in Lofou grinds again after forty years</span></h1>
<div class="post-info"><div class="item post-posed-date"><span class="label">Posted:</span> <span class="value">March 3, 2026</span></div>
<div class="item post-author"><span class="label">Author:</span> <span class="value"><a href="/blog/author/maria">Maria Georgiadou</a></span></div></div>
<div class="post-content">
<p><em>By Maria Georgiadou, visitor centre coordinator</em></p>
<p>The stone olive mill at the edge of Lofou turned again on Saturday for the first time since 1986, after the village's cultural society spent two winters repairing its millstones.</p>
<p>About 200 people came to watch the first pressing, and the oil was shared among the families who brought their olives.</p>
<p>The mill will open on Sundays from April, the society said.</p>
</div></main>
<footer>Copyright © 2026 Lofou Oils</footer>
</body></html>
"""


def test_an_italic_by_line_with_a_job_under_the_post_s_author_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "mill.html", SHOP_BLOG_POST)
    assert draft.headline == "Old olive mill in Lofou grinds again after forty years"
    assert draft.dek == ""
    assert list(draft.byline) == ["Maria Georgiadou"]
    assert "visitor centre coordinator" not in body_text(draft)
    assert draft.paragraphs[0].startswith("The stone olive mill at the edge of Lofou")

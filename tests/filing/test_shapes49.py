# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-ninth filing round reads right: a ministry's story on its own site, the
writer's byline naming his post as information attaché and the ministry, its lede opening on
the place in its own case with the weekday and the full date before the dash, and a line of
additional reporting naming a ministry whose name has an 'and' in it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seed Fairs 2026 | Ministry of Agriculture</title>
<base href="https://agriculture.gov.example/"></head><body>
<nav><ul class="menu"><li class="first"><a href="/">Home</a></li><li><a href="news">News</a></li><li class="last"><a href="contact">Contact</a></li></ul></nav>
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="news">News</a></li><li class="active">Seed Fairs 2026</li></ul>
<div class="article">
<h1>Ministry Opens Seed Fairs in Four Districts Ahead of Planting Season</h1>
<p class="introtext">Farmers can exchange vouchers for certified rice and groundnut seed until the end of April</p>
<div class="content">
<p><strong>By Osman K. Turay, Information Attach&eacute;, MAFS</strong></p>
<p>Makeni, Tuesday 10th March 2026 &ndash; The Ministry of Agriculture has opened seed fairs in four districts where farmers can trade their vouchers for certified seed before the planting season starts in May.</p>
<p>The fairs will run every Saturday at chiefdom headquarters towns, and each registered farmer may collect up to two bushels of rice seed and one bag of groundnut seed.</p>
<p>Officials said last year's fairs reached about 9,000 farmers, and that the vouchers had been printed for twice as many this year.</p>
<p><em>Additional reporting by Hawa Sesay, Ministry of Information and Civic Education.</em></p>
</div></div>
<footer><p>&copy; 2026 Ministry of Agriculture</p></footer>
</body></html>
"""


def test_a_ministry_page_s_byline_post_dated_dateline_and_reporting_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "seed.html", MINISTRY_PAGE)
    assert list(draft.byline) == ["Osman K. Turay"]
    assert draft.dateline == "Makeni, Tuesday 10th March 2026"
    assert draft.paragraphs[0].startswith("Makeni, Tuesday 10th March 2026 – The Ministry")
    assert [c.name for c in draft.contributors] == ["Hawa Sesay"]

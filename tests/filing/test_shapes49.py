# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-ninth filing round reads right: a ministry's story on its own site, the
writer's byline naming his post as information attaché and the ministry, its lede opening on
the place in its own case with the weekday and the full date before the dash, and a line of
additional reporting naming a ministry whose name has an 'and' in it; a university's news page
whose meta list gives 'Story by' and 'Photos by' one under the other, and links the study's
paper by its DOI under the story."""

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


UNIVERSITY_NEWS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="TERMINALFOUR">
<title>Bees return to campus gardens | Coastal Plains University</title></head><body>
<!-- navigation object : Main menu -->
<nav><a href="/">Home</a> <a href="/study">Study</a> <a href="/research">Research</a></nav>
<main>
<span id="d.en.51002"></span>
<article class="news-article">
<p class="news-kicker">Research</p>
<h1>Wild bees come back to campus gardens after mowing is cut by half</h1>
<p class="news-standfirst">Students counted eleven kinds of bee on the lawns left to flower last summer</p>
<ul class="news-meta">
<li class="news-author">Story by Mariam Okafor</li>
<li class="news-photographer">Photos by Tobias Lindqvist</li>
<li class="news-date">4 March 2026</li>
</ul>
<span id="d.en.51003"></span>
<p>Wild bees have returned in numbers to the gardens of Coastal Plains University since the grounds team began mowing its lawns half as often, a student survey has found.</p>
<p>Volunteers walked the same routes every fortnight from May to September and counted eleven kinds of bee, against four in the summer before the change.</p>
<p>The grounds team said it would leave two more lawns to flower this year.</p>
<p class="paper-link"><a href="https://doi.example/10.5555/pollin.2026.0031">Read the paper (DOI: 10.5555/pollin.2026.0031)</a></p>
</article>
</main>
<footer><p>&copy; Coastal Plains University</p></footer>
</body></html>
"""


def test_a_university_page_s_story_by_and_photos_by_lines_and_its_paper_link(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "bees.html", UNIVERSITY_NEWS)
    assert list(draft.byline) == ["Mariam Okafor"]
    assert [(c.name, c.role) for c in draft.contributors] == [("Tobias Lindqvist", "photography")]
    assert draft.images == ()
    assert "DOI" not in "\n".join(draft.paragraphs)

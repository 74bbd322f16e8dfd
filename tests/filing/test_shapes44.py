# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-fourth filing round reads right: a club's match report on the event page
of a sports plugin for WordPress, the fixture in the `<h1>` and the report's own heading at
the top of the event's content, signed 'Report by Name | Media Officer'; a society's news
page whose report is signed 'Reported by Name, Publicity Sub-committee'."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft

EVENT_PAGE = """<!DOCTYPE html>
<html><head><title>Ashby Rovers vs Dunmore Town &#8211; Ashby Rovers FC</title>
<meta property="og:title" content="Ashby Rovers 3-0 Dunmore Town | Match Report"></head>
<body class="sp_event-template-default single single-sp_event postid-812 sportspress">
<header class="site-header"><a href="https://ashbyrovers.example/">Ashby Rovers FC</a></header>
<main>
<article class="sp_event type-sp_event status-publish hentry">
  <header class="entry-header"><h1 class="entry-title">Ashby Rovers vs Dunmore Town</h1></header>
  <div class="entry-content">
    <div class="sp-template sp-template-event-logos"><strong class="sp-team-name">Ashby Rovers</strong> 3 - 0 <strong class="sp-team-name">Dunmore Town</strong></div>
    <div class="sp-post-content">
<h2>Okafor hat-trick sends Rovers top of the table</h2>
<p><em>Visitors reduced to ten men before half-time</em></p>
<p><strong>Report by Tunde Bakare | Media Officer</strong></p>
<p>Chidi Okafor scored three times as Ashby Rovers beat Dunmore Town 3-0 on Saturday to go top of the league for the first time this season.</p>
<p>The striker opened the scoring after 12 minutes, heading in a corner from the left, and added a second from the penalty spot before the break.</p>
<p>Dunmore's captain was sent off for a second booking in the 40th minute.</p>
    </div>
  </div>
</article>
</main>
</body></html>
"""


def test_an_event_page_reads_the_reports_heading_over_the_fixture_name(tmp_path: Path) -> None:
    """A shape seen in a football club's saved match page: the plugin's `<h1>` is the
    fixture, and the report's heading opens the event's content, its italic line the dek."""
    draft = filed_draft(tmp_path, "match.html", EVENT_PAGE)
    assert draft.headline == "Okafor hat-trick sends Rovers top of the table"
    assert draft.dek == "Visitors reduced to ten men before half-time"
    assert draft.byline == ("Tunde Bakare",)
    assert draft.paragraphs[0].startswith("Chidi Okafor scored three times")


SOCIETY_PAGE = """<!DOCTYPE html>
<html><head><title>Lantern walk draws 3,000 to the river | Riverside Cultural Society</title></head>
<body><main>
<h1>Lantern walk draws 3,000 to the river</h1>
<p>Reported by P. Sundari, Publicity Sub-committee</p>
<p>About 3,000 people carried paper lanterns along the riverside path on Friday evening for the society's yearly walk, the largest turnout in its ten years.</p>
<p>Volunteers folded more than 1,200 lanterns in the fortnight before the walk.</p>
</main></body></html>
"""


def test_a_reported_by_line_names_the_writer_without_her_committee(tmp_path: Path) -> None:
    """A shape seen in a society's saved news page: 'Reported by' signs the report, and the
    committee after the comma is the writer's role, no name."""
    draft = filed_draft(tmp_path, "walk.html", SOCIETY_PAGE)
    assert draft.byline == ("P. Sundari",)

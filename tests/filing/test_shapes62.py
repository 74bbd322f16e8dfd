# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-second filing round reads right: a page's 'Story: Name' line, a post's
meta line naming the account that put it up ('Posted by Club Media', 'Posted by Club Admin
· 3h ago') over the story's own dek and byline, a club app's comments and buttons; a
government page's side menu, contact line and comments (eZ Publish); a blog theme's cover
picture; a checker's line at the story's foot; a Jigsaw post's Blade comments and includes;
a Word file exported from a PDF, a sentence broken by its page; a box for print only; a
newsletter's next item under the story's closing credit."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft


def test_a_page_s_story_line_naming_the_writer_is_the_byline(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ferry.html",
        "<html><body><main><article>"
        "<div class='node-headline'><h1>New ferry ramp opens at the north landing</h1></div>"
        "<div class='node-text'><p class='subline'>Cars can now drive straight aboard at any tide</p></div>"
        "<div class='meta'><time datetime='2026-03-04'>4 March 2026</time></div>"
        "<div class='node-text'><p>Story: Marama Tekori</p></div>"
        "<div class='node-text'><p>NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide that has set the ferry's times for 40 years.</p>"
        "<p>The harbour board said the ramp cost $2.1 million and took 14 months to build.</p></div>"
        "</article></main></body></html>",
    )
    assert draft.byline == ("Marama Tekori",)
    assert draft.paragraphs[0].startswith("NORTH LANDING — The island's new ferry ramp")
    assert "Story:" not in body_text(draft)


def test_a_form_s_story_field_still_holds_the_text(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ramp.txt",
        "HED: New ferry ramp opens at the north landing\n\n"
        "BYLINE: Marama Tekori\n\n"
        "STORY: NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide.\n\n"
        "The harbour board said the ramp cost $2.1 million.\n",
    )
    assert draft.byline == ("Marama Tekori",)
    assert draft.paragraphs[0] == "NORTH LANDING — The island's new ferry ramp opened on Tuesday, ending the wait for high tide."


def test_a_post_s_meta_line_naming_an_account_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "rowing.html",
        "<html><body><div class='module module-layouts'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div class='edit' field='content' rel='content'>"
        "<h1 class='edit title' field='title'>Island rowers take two golds at the regional regatta</h1>"
        "<div class='post-meta'><span class='post-author'>Posted by Club Media</span> <span>3 March 2026</span></div>"
        "<p class='element'><em>A crew of four and a single sculler win their finals as the club finishes second overall</em></p>"
        "<p class='element'>Words: Leilani Kaupu</p>"
        "<p class='element'><strong>APIA –</strong> The club's rowers came home from the regional regatta with two gold medals, their best result in a decade.</p>"
        "<p class='element'>Coach Tavita Lefiti said the crews had trained at dawn for six months.</p>"
        "</div></body></html>",
    )
    assert draft.dek == "A crew of four and a single sculler win their finals as the club finishes second overall"
    assert draft.byline == ("Leilani Kaupu",)
    assert "Posted by" not in body_text(draft)


CLUB_APP_ITEM = """Harbour Hawks FC
Club App
Home
News
Fixtures
Chat
More

Back
News

PREMIERS: Hawks hold on by two points to take the flag
Posted by Hawks Admin · 3h ago

A last-minute mark in defence seals the first premiership in nine years

By Tomasi Vaka

Harbour Hawks 8.10 (58) def Reef Rays 8.8 (56)

The Harbour Hawks are premiers for the first time since 2017 after holding off the Reef Rays by two points at the Central Oval on Saturday.

Defender Sam Taufa took the mark that saved the game with 20 seconds left, as the Rays kicked long for the winning goal.

"We defended for our lives in the last five minutes," coach Ana Fifita said.

The club's presentation night is on Saturday 20 September at the clubrooms.

👍 Like
💬 Comment
↗ Share
52 likes
6 comments

View all 6 comments
Mele Tonga
Best day ever. Up the Hawks
3h · Reply
Iki P
Rays will be back next year
2h · Reply
Write a comment...

Powered by Club App
"""


def test_a_club_app_item_s_title_with_its_kicker_over_the_poster_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "premiers.txt", CLUB_APP_ITEM)
    assert draft.headline == "PREMIERS: Hawks hold on by two points to take the flag"
    assert draft.dek == "A last-minute mark in defence seals the first premiership in nine years"
    assert draft.byline == ("Tomasi Vaka",)
    assert draft.paragraphs[0] == "Harbour Hawks 8.10 (58) def Reef Rays 8.8 (56)"


def test_a_club_app_item_s_buttons_and_comments_are_the_app_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "premiers.txt", CLUB_APP_ITEM)
    assert draft.paragraphs[-1] == "The club's presentation night is on Saturday 20 September at the clubrooms."
    text = body_text(draft)
    for app in ("Posted by", "Like", "Share", "View all", "Mele Tonga", "Best day ever", "Reply", "Rays will be back"):
        assert app not in text


EZ_ARTICLE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Water tanks for every home in the eastern villages / News / Island Information Service</title>
<meta name="author" content="Island Information Service"></head>
<body>
<div id="page">
<div id="topmenu"><ul><li><a href="/">Home</a></li><li><a href="/News">News</a></li><li><a href="/Notices">Notices</a></li></ul></div>
<div id="path"><p><a href="/">Home</a> / <a href="/News">News</a> / <span>Water tanks for every home in the eastern villages</span></p></div>
<div id="sidemenu"><div class="border-box"><ul class="menu-list">
<li><div><a href="/News/Latest">Latest news</a></div></li>
<li><div><a href="/News/Features">Features</a></div></li>
<li><div><a href="/News/Villages">From the villages</a></div></li>
</ul></div></div>
<div id="main"><div class="content-view-full"><div class="class-article">
<div class="attribute-header"><h1>Water tanks for every home in the eastern villages</h1></div>
<div class="attribute-byline"><p class="author">Losa Fiamalua</p><p class="date">02/04/2026 09:15</p></div>
<div class="attribute-short"><p>Two hundred households get a 10,000-litre tank before the dry season</p></div>
<div class="attribute-long">
<p><b>FALEALUPO</b> – Every home in the eastern villages will have its own water tank before the dry season, the Ministry of Works said on Wednesday.</p>
<p>The ministry said 200 tanks had arrived by ship and crews would install 20 a week from Monday.</p>
<p>"No family should carry water in buckets again," the works minister, Tavita Soli, said.</p>
<div class="factbox"><p><b>Media enquiries:</b> Island Information Service, Government Building, Apia. Telephone +685 555 0142 or email media@iis.example.gov</p></div>
</div>
<div class="attribute-tipafriend"><p><a href="/content/tipafriend/77">Tip a friend</a></p></div>
<h1>Comments</h1>
<div class="content-view-children"><div class="class-comment">
<h2>At last</h2>
<div class="attribute-byline"><p class="author">Sefo Tuilagi</p><p class="date">02/04/2026 11:02</p></div>
<div class="attribute-message"><p>Good news for our village.</p></div>
</div></div>
<p>Log in or create a user account to comment.</p>
</div></div></div>
</div></body></html>
"""


def test_a_side_menu_under_latest_news_ends_at_the_page_s_own_title(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tanks.html", EZ_ARTICLE)
    assert draft.headline == "Water tanks for every home in the eastern villages"
    assert draft.byline == ("Losa Fiamalua",)
    assert draft.dek == "Two hundred households get a 10,000-litre tank before the dry season"


def test_a_government_page_s_contact_line_send_on_link_and_comments(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tanks.html", EZ_ARTICLE)
    assert draft.paragraphs == (
        "FALEALUPO – Every home in the eastern villages will have its own water tank before the dry season, the Ministry of Works said on Wednesday.",
        "The ministry said 200 tanks had arrived by ship and crews would install 20 a week from Monday.",
        '"No family should carry water in buckets again," the works minister, Tavita Soli, said.',
    )


def test_a_blog_theme_s_cover_picture_over_the_title_is_the_story_s_first(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "depot.html",
        "<html><body><nav class='navbar'><a class='navbar-brand' href='/'>Island Notebook</a></nav>"
        "<div class='container'><div class='card my-5 border-0'>"
        "<img class='card-img-top' alt='Cover Image' src='https://notebook.example/bl-content/uploads/pages/ab12/depot-gate.jpg'/>"
        "<div class='card-body p-0'><a href='/depot-jobs'><h1 class='title'>Depot contractor to cut 25 local jobs</h1></a>"
        "<p class='page-description'>Staff told to expect notices by the end of the month</p>"
        "<div class='page-content'><p>By <strong>Mele Vainikolo</strong></p>"
        "<p>The contractor that runs the island's fuel depot will cut 25 jobs held by local staff by the end of June, according to a letter seen by this blog.</p>"
        "<p>The company did not answer questions sent on Monday.</p>"
        "<p><em>Mele Vainikolo checked the figures in this story with the union.</em></p>"
        "</div></div></div></div></body></html>",
    )
    assert draft.headline == "Depot contractor to cut 25 local jobs"
    [cover] = draft.images
    assert (cover.caption, cover.credit, cover.alt) == ("", "", "")
    assert cover.name == "depot-gate.jpg"


def test_a_checker_s_line_at_the_story_s_foot_is_a_contributor_line(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "hall.html",
        "<html><body><article><h1>Village raises $30,000 for a new hall roof</h1>"
        "<p>By Sione Latu</p>"
        "<p>The village has raised $30,000 to replace the roof of its meeting hall, passing its target a month early.</p>"
        "<p>Work will start after the rains.</p>"
        "<p><em>Treasurer Ana Taufa checked the figures in this story.</em></p>"
        "</article></body></html>",
    )
    assert [c.name for c in draft.contributors] == ["Ana Taufa"]
    assert draft.paragraphs == (
        "The village has raised $30,000 to replace the roof of its meeting hall, passing its target a month early.",
        "Work will start after the rains.",
    )


JIGSAW_POST = """---
extends: _layouts.post
section: content
title: "Canoe crews race for the island cup on a calm lagoon"
date: 2026-05-02
description: "Six villages send crews, and the youngest paddler is twelve"
author: Sefa Leota
---

{{-- DESK: pictures from Tavita, check the crew names before this goes up. --}}

**SALELOLOGA** – Six village crews raced for the island cup on Saturday, the first race on the lagoon since the new wharf opened.

@include('_partials.figure', [
    'src' => '/assets/img/posts/2026/canoe-start.jpg',
    'alt' => 'Six outrigger canoes lined up on calm water',
    'caption' => 'The crews wait for the starter off the wharf.',
    'credit' => 'Tavita Lemalu',
])

The crew from Fagamalo won by two lengths, its youngest paddler only twelve.

@include('_partials.signup', ['heading' => 'The lagoon letter every Friday', 'button' => 'Count me in'])

The next race is set for the dry season.

{{-- end --}}
"""


def test_a_jigsaw_post_s_blade_include_of_a_picture_partial_is_its_picture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "canoes.md", JIGSAW_POST)
    [picture] = draft.images
    assert picture.caption == "The crews wait for the starter off the wharf."
    assert picture.credit == "Tavita Lemalu"
    assert picture.alt == "Six outrigger canoes lined up on calm water"
    assert picture.name == "canoe-start.jpg"


def test_a_jigsaw_post_s_blade_comments_and_other_includes_are_no_text(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "canoes.md", JIGSAW_POST)
    assert draft.paragraphs == (
        "SALELOLOGA – Six village crews raced for the island cup on Saturday, the first race on the lagoon since the new wharf opened.",
        "The crew from Fagamalo won by two lengths, its youngest paddler only twelve.",
        "The next race is set for the dry season.",
    )
    assert not any(word in draft.headline + draft.dek for word in ("DESK", "lagoon letter", "Count me in"))


def _release_exported_from_a_pdf(tmp_path: Path) -> bytes:
    """A release turned back into Word from its PDF: a page break in a paragraph of its own
    where the PDF's page broke, in the middle of a sentence, and one between two paragraphs."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Council signs a contract to rebuild the harbour road", style="Title")
    document.add_paragraph("PORTVALE – The council has signed a $4 million contract to rebuild the harbour road, the mayor said on Monday.")
    document.add_paragraph("Gravel from the old quarry will be used for the road's base and its")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("verges, and the asphalt will come from the island's own plant.")
    document.add_paragraph("Work starts in July.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("the council's notes on the tender are attached.")
    path = tmp_path / "road.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_sentence_a_pdf_s_page_broke_in_two_is_one_paragraph(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "road.docx", _release_exported_from_a_pdf(tmp_path))
    assert draft.paragraphs[:3] == (
        "PORTVALE – The council has signed a $4 million contract to rebuild the harbour road, the mayor said on Monday.",
        "Gravel from the old quarry will be used for the road's base and its verges, and the asphalt will come from the island's own plant.",
        "Work starts in July.",
    )


def _reporter_s_file_with_a_print_only_panel(tmp_path: Path) -> bytes:
    """A reporter's Word file with a table for the paper alone under the story."""
    import docx

    document = docx.Document()
    document.add_paragraph("Council passes its budget after a late sitting")
    document.add_paragraph("By Ama Osei, council reporter")
    document.add_paragraph("PORTVALE – The council passed its $41 million budget for next year shortly before midnight on Thursday, after a sitting of nine hours and two adjournments.")
    document.add_paragraph("The budget was passed by nine votes to three, with the three independent members voting against it and calling it a budget for one year only.")
    document.add_paragraph("Mayor Kofi Mensah said the budget would pay for the harbour road, the new clinic and two more buses on the island's school routes next year.")
    document.add_paragraph("PRINT ONLY – How they voted").runs[0].bold = True
    table = document.add_table(rows=3, cols=2)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells + table.rows[2].cells, ("For", "9", "Against", "3", "Absent", "1"), strict=True):
        cell.text = text
    document.add_paragraph("ENDS")
    path = tmp_path / "budget.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_box_labelled_for_print_only_under_the_story_is_no_part_of_it(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "budget.docx", _reporter_s_file_with_a_print_only_panel(tmp_path))
    assert draft.paragraphs[-1].startswith("Mayor Kofi Mensah said the budget")
    text = body_text(draft)
    for panel in ("PRINT ONLY", "How they voted", "Against", "Absent"):
        assert panel not in text


def test_a_newsletter_s_next_item_under_the_story_s_closing_credit(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "hall.html",
        "<html><body><table class='mailpoet_template'><tr><td class='mailpoet_text'>"
        "<h1>Village raises $30,000 for a new hall roof</h1>"
        "<p><strong>By Sione Latu, youth secretary</strong></p>"
        "<p>The village has raised $30,000 to replace the roof of its meeting hall, passing its target a month early after a concert, a fishing competition and gifts from families overseas.</p>"
        "<p>The old roof was put on in 1979 and has leaked over the stage for the past three wet seasons, the hall committee said on Sunday.</p>"
        "<p>The new roof will arrive on the next cargo ship and will be fitted by a team of volunteers over four weekends in June and July.</p>"
        "<p><em>Additional reporting by Mele Fifita.</em></p>"
        "<h2>Dates for June</h2>"
        "<p>Saturday 6 June: working bee at the hall, 8am</p>"
        "<p>Sunday 14 June: combined service with the north village, 10am</p>"
        "</td></tr></table></body></html>",
    )
    assert draft.paragraphs[-1].startswith("The new roof will arrive on the next cargo ship")
    assert "working bee" not in body_text(draft)
    assert [c.name for c in draft.contributors] == ["Mele Fifita"]


def test_a_crosshead_under_a_credit_over_the_story_s_own_paragraphs_stays(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "hall.html",
        "<html><body><article><h1>Village raises $30,000 for a new hall roof</h1>"
        "<p>By Sione Latu</p>"
        "<p>The village has raised $30,000 to replace the roof of its meeting hall, passing its target a month early after a concert, a fishing competition and gifts from families overseas.</p>"
        "<p>The old roof was put on in 1979 and has leaked over the stage for the past three wet seasons, the hall committee said on Sunday.</p>"
        "<p>The new roof will arrive on the next cargo ship and will be fitted by a team of volunteers over four weekends in June and July.</p>"
        "<p><em>Additional reporting by Mele Fifita.</em></p>"
        "<h2>What the committee wants next</h2>"
        "<p>The committee will now raise money for new guttering, which it says will cost about $4,000.</p>"
        "</article></body></html>",
    )
    assert draft.paragraphs[-1] == "The committee will now raise money for new guttering, which it says will cost about $4,000."

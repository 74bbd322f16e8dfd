# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-fourth filing round reads right: a council's news node on a Drupal or
Backdrop site, its writer and its picture's credit in fields whose labels stand inline
beside their values; a library's blog post on Hostinger Website Builder, its cover picture's
alt the post's title by default and the story's credits ('Story: ... | Photos: ...') under
it; a rowing club's post on Bear Blog, its date set '03 Feb, 2026', a line leading in to an
embedded video, a crosshead 'Next' under it, its secretary's sign-off and the blog's line
inviting replies by e-mail; a band parents' fundraiser on GoFundMe, its whole page copied as
text, the story its newest update; a council's release in its Word report template, its
'Plate 1:' caption, a table's caption, a QR code and a 'PIX 1:' line; a dairy's news post
built with Beaver Builder, the posting account in its meta line, its photo module titled
with the file's name, a testimonials slider and a callout; and a makers club's Outstatic
content file, a caption's credit after a backslash's hard break and the club's 'About'
paragraph in bold under the story."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

DRUPAL_NODE = """<!DOCTYPE html><html><head><title>Council approves new bus depot | Riverside District Council</title></head><body>
<header><a href="/">Riverside District Council</a></header>
<main><h1 class="page-title">Council approves new bus depot at Old Mill Road</h1>
<article class="node node-news"><div class="content">
<div class="field field-name-field-summary field-label-hidden"><div class="field-items"><div class="field-item even"><p>The depot will take forty buses off residential streets by next spring</p></div></div></div>
<div class="field field-name-field-author field-type-text field-label-inline clearfix"><div class="field-label">Author:&nbsp;</div><div class="field-items"><div class="field-item even">Grace Mensah, Communications Officer</div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img src="/files/styles/large/public/depot-site.jpg" width="900" height="600" alt="The cleared depot site beside the railway" /></div></div></div>
<div class="field field-name-field-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">The cleared site on Old Mill Road where the depot will stand.</div></div></div>
<div class="field field-name-field-photographer field-type-text field-label-inline clearfix"><div class="field-label">Photographer:&nbsp;</div><div class="field-items"><div class="field-item even">Council Media/Peter Addo</div></div></div>
<div class="field field-name-body field-label-hidden"><div class="field-items"><div class="field-item even"><p><strong>RIVERSIDE –</strong> Councillors on Tuesday approved plans for a bus depot on the old mill site, ending three years of argument over where the town's buses should sleep.</p>
<p>The depot will hold forty buses and a workshop, and is due to open in April next year.</p>
<p>Residents of Station Street, where buses now park overnight, welcomed the vote.</p>
</div></div></div>
<div class="field field-name-field-tags field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/transport">Transport</a></div></div></div>
</div></article></main>
<footer><p>© 2026 Riverside District Council</p></footer></body></html>
"""


def test_a_drupal_field_s_inline_label_is_read_with_its_value(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "depot.html", DRUPAL_NODE)
    assert draft.byline == ("Grace Mensah",)
    assert draft.dateline == "RIVERSIDE"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The cleared site on Old Mill Road where the depot will stand.",
            "Council Media/Peter Addo",
            "The cleared depot site beside the railway",
        )
    ]
    text = body_text(draft)
    assert text.startswith("RIVERSIDE – Councillors on Tuesday")
    for furniture in ("Author:", "Photographer:", "Communications Officer"):
        assert furniture not in text


HOSTINGER_POST = """<!DOCTYPE html><html lang="en"><head><meta name="generator" content="Hostinger Website Builder"><title>Library opens Saturday reading club | Harbour Town Library</title></head><body>
<div id="app"><header class="block-header" data-v-1a2b3c4d=""><img src="https://assets.zyrosite.com/cdn-cgi/image/format=auto,w=160/Abc123/library-logo.png" alt="Harbour Town Library logo" class="block-header-logo__image" data-v-1a2b3c4d=""><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main>
<section class="block-blog-header" data-v-5e6f7a8b="">
<a href="/news" class="block-blog-header__back" data-v-5e6f7a8b="">← Back to all news</a>
<h1 class="block-blog-header__title font-primary" data-v-5e6f7a8b="" data-qa="blog-post-title">Library opens Saturday reading club for children</h1>
<p class="block-blog-header__description" data-v-5e6f7a8b="" data-qa="blog-post-description">Volunteers will read with children aged six to ten every week until the end of term</p>
<div class="block-blog-header__meta" data-v-5e6f7a8b=""><span class="blog-post-author" data-v-5e6f7a8b="">Library Web Desk</span><span class="blog-post-meta-separator" data-v-5e6f7a8b="">·</span><span class="blog-post-date" data-v-5e6f7a8b="">Apr 2, 2026</span><span class="blog-post-meta-separator" data-v-5e6f7a8b="">·</span><span class="blog-post-read-time" data-v-5e6f7a8b="">3 min read</span></div>
<img src="https://assets.zyrosite.com/cdn-cgi/image/format=auto,w=1224/Abc123/reading-club-cover.jpg" alt="Library opens Saturday reading club for children" class="block-blog-header__cover-image" data-v-5e6f7a8b="" data-qa="blog-post-cover-image">
</section>
<div class="layout-element text-box" data-v-9c0d1e2f="">
<p class="body" data-v-9c0d1e2f=""><em>Story: Rosa Okoye | Photos: Daniel Mensah, Library Media</em></p>
<p class="body" data-v-9c0d1e2f="">The town library has started a Saturday reading club for children, run by twelve volunteers from the parents' association.</p>
<p class="body" data-v-9c0d1e2f="">The club meets in the children's room from ten until noon, and each child is paired with the same volunteer every week.</p>
<p class="body" data-v-9c0d1e2f="">The head librarian, Mrs Helen Adu, said forty children had signed up in the first week.</p>
</div>
<div class="layout-element grid-image" data-v-3a4b5c6d=""><img src="https://assets.zyrosite.com/cdn-cgi/image/format=auto,w=880/Abc123/volunteer-reading.jpg" alt="A volunteer reads with two children" class="grid-image__image" data-v-3a4b5c6d=""></div>
<div class="layout-element text-box" data-v-9c0d1e2f=""><p class="body" style="text-align:center" data-v-9c0d1e2f=""><em>A volunteer reads with two pupils on the club's first morning. Photo: Daniel Mensah/Library Media</em></p></div>
<div class="layout-element text-box" data-v-9c0d1e2f=""><p class="body" data-v-9c0d1e2f="">Parents can register their children at the front desk.</p></div>
</main>
<footer><p>© 2026 Harbour Town Library</p><a href="https://www.hostinger.com">Built with Hostinger Website Builder</a></footer>
</div></body></html>
"""


def test_a_story_and_photos_line_under_a_cover_picture_is_the_byline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "reading-club.html", HOSTINGER_POST)
    assert draft.byline == ("Rosa Okoye",)
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Daniel Mensah", "Story: Rosa Okoye | Photos: Daniel Mensah, Library Media")
    ]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("", "", ""),  # the cover, its alt the post's title by default
        (
            "A volunteer reads with two pupils on the club's first morning.",
            "Daniel Mensah/Library Media",
            "A volunteer reads with two children",
        ),
    ]
    text = body_text(draft)
    assert text.startswith("The town library has started")
    assert "Story:" not in text


BEAR_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Beach clean-up at Marsh Point | Marsh Point Rowing Club</title><meta name="description" content="Our members cleared the beach before the regatta."></head><body>
<header><a class="title" href="/"><h2>Marsh Point Rowing Club</h2></a>
<nav><p><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/feed/">RSS</a></p></nav></header>
<main>
<h1>Beach clean-up at Marsh Point: 60 rowers, 900 bags and a lost anchor</h1>
<p><i><time datetime="2026-02-03T09:00Z">03 Feb, 2026</time></i></p>
<content>
<p>Sixty members of the club spent Saturday morning clearing the beach beside the boathouse before next month's regatta.</p>
<p>We filled more than nine hundred bags with plastic, rope and broken oars, and the council collected them the same afternoon.</p>
<p>The juniors found an old iron anchor half buried in the sand near the slipway, which the harbour master has asked to see.</p>
<p><strong>Watch the morning in two minutes:</strong></p>
<p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/aBcD1234xyz" title="Clean-up time-lapse" frameborder="0" allowfullscreen></iframe></p>
<h2 id="next">Next</h2>
<p>The next clean-up is on Saturday 7 March at eight o'clock. Bring gloves and a flask, and the club will provide the bags and breakfast.</p>
<p>Report by Helen Marsh, Secretary General, Marsh Point Rowing Club</p>
<p>Photos by Tom Reid</p>
<p>Got something to say about this post? <a href="mailto:club@example.org">Reply by email</a>.</p>
</content>
<p class="tags"><a href="/blog/?q=cleanup">#cleanup</a></p>
</main>
<footer><span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span></footer>
</body></html>
"""


def test_a_bear_blog_post_s_date_video_lead_in_next_crosshead_and_sign_off(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "clean-up.html", BEAR_POST)
    assert draft.dek == ""  # '03 Feb, 2026': the post's date
    assert draft.byline == ("Helen Marsh",)  # not 'Secretary General'
    assert [c.name for c in draft.contributors] == ["Tom Reid"]
    text = body_text(draft)
    assert "## Next\nThe next clean-up is on Saturday 7 March" in text
    assert "Watch the morning" not in text
    assert "Reply by email" not in text
    assert "03 Feb" not in text


FUNDRAISER_PAGE = """Skip to content
GoFundMe
Search
Donate
Fundraise
Sign in

Send the Millbrook High band to the state finals

$18,240 raised of $25,000 goal · 311 donations
Share
Donate now

Millbrook Band Parents is organizing this fundraiser on behalf of Millbrook High School Band.
Donation protected

Our band has qualified for the state finals for the first time in twenty years. We need buses, hotel rooms and new reeds for sixty students.
Every dollar helps. Please share this page with your friends.
Read more

Updates (2)

Update #2
April 3, 2026 by Millbrook Band Parents, Organizer

BAND TAKES SECOND PLACE AT STATE FINALS IN ITS FIRST TRIP IN TWENTY YEARS

CAPITAL CITY, April 2 – The Millbrook High School band finished second of eighteen bands at the state marching finals on Saturday, the best result in the school's history.

The sixty students travelled on two buses paid for by your donations and stayed two nights at a hotel near the stadium.

"The kids played the best show of their lives," said the band director, Mr Paul Okafor. "The judges told us our drum line was the cleanest of the day."

Photo 1: The drum line warms up in the stadium car park. (Photo: Sarah Lindgren)

The band will play its finals show again at the town's spring fair on April 25.

We still need $6,760 to pay for the new uniforms. Please keep sharing our page!

Journalists are welcome to use this update and the photos, with credit.

Written by Dana Whitfield, Band Parents Secretary

Update #1
March 1, 2026 by Millbrook Band Parents, Organizer
We have booked the buses and the hotel. Thank you to everyone who has given so far...
See older updates

Organizer and beneficiary
Millbrook Band Parents
Organizer

Words of support (20)
Jim Carter
$50 · 2 d
Go Millbrook! So proud of these kids.

Created February 12, 2026
Community
Report fundraiser
© 2010-2026 GoFundMe
Terms
Privacy Notice
"""


def test_a_fundraiser_page_copied_whole_is_read_as_its_newest_update(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "band.txt", FUNDRAISER_PAGE)
    assert draft.headline == (
        "BAND TAKES SECOND PLACE AT STATE FINALS IN ITS FIRST TRIP IN TWENTY YEARS"
    )
    assert draft.dek == ""
    assert draft.byline == ("Dana Whitfield",)  # not the organizer's account
    assert draft.dateline == "CAPITAL CITY, April 2"
    assert draft.contributors == ()
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The drum line warms up in the stadium car park.", "Sarah Lindgren")
    ]
    text = body_text(draft)
    assert text.endswith("at the town's spring fair on April 25.")
    for furniture in (
        "raised of",
        "Every dollar helps",
        "Please keep sharing",
        "Journalists are welcome",
        "booked the buses",
        "Go Millbrook",
        "Organizer",
    ):
        assert furniture not in text


def _council_report(tmp_path: Path) -> bytes:
    """A council's release in its report template: a Heading 1 headline, a picture under a
    'Plate 1:' caption with its credit, a 'Table 1:' caption over a table of figures, a QR
    code with the line inviting readers to scan it, and under the end mark a picture sent
    separately, listed 'PIX 1: ...'."""
    import docx

    from tests.filing.make_docx import picture

    document = docx.Document()
    document.add_heading("Council to resurface forty rural roads before the rains", level=1)
    document.add_paragraph().add_run("By Peter Lang, Communications Officer").bold = True
    opening = document.add_paragraph()
    opening.add_run("EASTFIELD, 4 May 2026 –").bold = True
    opening.add_run(" The district council will resurface forty kilometres of rural roads before the rainy season, it said on Monday.")
    document.add_paragraph("The work will cost 2.1 million and will be done by three local contractors.")
    picture(document, 3, "A grader levels a gravel road")
    document.add_paragraph("Plate 1: A grader at work on the Hillside road on Friday. Photo credit: Council Works Unit", style="Caption")
    document.add_paragraph("The council said the roads chosen carry the most school buses and market traffic.")
    document.add_paragraph("Table 1: Roads to be resurfaced, by ward (kilometres)", style="Caption")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells, ("Ward", "Km", "North", "14"), strict=True):
        cell.text = text
    document.add_paragraph("Residents can report damaged roads at the council offices.")
    picture(document, 4, "QR code", width=1.0)
    document.add_paragraph("Scan to read the full roads plan on the council's website")
    document.add_paragraph("-ENDS-")
    document.add_paragraph("PIX (sent separately on WhatsApp):")
    document.add_paragraph("PIX 1: Workers patch the Mill road on Saturday. Photo: Peter Lang")
    path = tmp_path / "roads.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_report_template_s_plate_caption_table_caption_and_qr_code(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roads.docx", _council_report(tmp_path))
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "A grader at work on the Hillside road on Friday.",
            "Council Works Unit",
            "A grader levels a gravel road",
        ),
        ("Workers patch the Mill road on Saturday.", "Peter Lang", ""),  # sent separately
    ]
    text = body_text(draft)
    assert text.endswith("Residents can report damaged roads at the council offices.")
    for furniture in ("Plate 1", "Table 1", "Scan to read"):
        assert furniture not in text


BEAVER_BUILDER_POST = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Dairy opens a cheese room at Hillcrest - Hillcrest Dairy</title></head>
<body class="fl-builder fl-theme-builder-singular"><div class="fl-page">
<header class="fl-page-header fl-page-header-primary"><div class="fl-page-header-logo"><a href="/"><img class="fl-logo-img" src="https://dairy.example/wp-content/uploads/dairy-logo.png" alt="Hillcrest Dairy" width="200" height="60"></a></div>
<nav class="fl-page-nav"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<div class="fl-page-content"><div class="fl-content"><article class="fl-post">
<header class="fl-post-header"><h1 class="fl-post-title" itemprop="headline">Hillcrest Dairy opens a cheese room that will take milk from forty farms</h1>
<div class="fl-post-meta fl-post-meta-top"><span class="fl-post-author">By <a href="/author/hd_admin/"><span>hd_admin</span></a></span><span class="fl-sep"> | </span><span class="fl-post-date">April 8, 2026</span><span class="fl-sep"> | </span><span class="fl-post-cats">Posted in <a href="/category/news/">News</a></span></div></header>
<div class="fl-post-content"><div class="fl-builder-content"><div class="fl-row"><div class="fl-col">
<div class="fl-module fl-module-rich-text"><div class="fl-module-content"><div class="fl-rich-text">
<p><em>The new room will turn 6,000 litres of milk a day into hard cheese for shops across the county</em></p>
<p><strong>HILLCREST, 8 April 2026 –</strong> Hillcrest Dairy has opened a cheese room at its creamery that will take milk from forty local farms, the company said on Wednesday.</p>
<p>The room cost 1.4 million and employs twelve people, most of them from the village.</p>
</div></div></div>
<div class="fl-module fl-module-photo"><div class="fl-module-content"><div class="fl-photo fl-photo-align-center"><div class="fl-photo-content">
<img class="fl-photo-img wp-image-881 size-large" src="https://dairy.example/wp-content/uploads/2026/04/PXL_20260407_101512-1024x683.jpg" alt="" title="PXL_20260407_101512" width="1024" height="683"></div>
<div class="fl-photo-caption fl-photo-caption-below">Cheesemakers turn the first wheels on Tuesday. Photo: Hillcrest Dairy</div></div></div></div>
<div class="fl-module fl-module-rich-text"><div class="fl-module-content"><div class="fl-rich-text">
<p>Farmers who supply the dairy will be paid two cents a litre more for milk that goes to cheese.</p>
<p>-Ends-</p></div></div></div>
<div class="fl-module fl-module-testimonials"><div class="fl-module-content"><div class="fl-testimonials-wrap"><div class="fl-testimonial">
<p>“Hillcrest has always paid on time, and the new price helps us through the winter.”</p><p>— Mary Dunne, dairy farmer, Knockmore</p></div></div></div></div>
<div class="fl-module fl-module-callout"><div class="fl-module-content"><div class="fl-callout"><div class="fl-callout-content"><h3 class="fl-callout-title"><span>Supply your milk to Hillcrest</span></h3><div class="fl-callout-text-wrap"><div class="fl-callout-text"><p>Farms within thirty miles can join our collection round from June.</p></div><a href="/suppliers/" class="fl-button"><span class="fl-button-text">Join the round</span></a></div></div></div></div></div>
</div></div></div></div></article></div></div>
<footer class="fl-page-footer-wrap"><p>© 2026 Hillcrest Dairy</p></footer></div></body></html>
"""


def test_a_beaver_builder_post_s_account_file_titled_photo_testimonials_and_callout(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "cheese.html", BEAVER_BUILDER_POST)
    assert draft.dek == (
        "The new room will turn 6,000 litres of milk a day into hard cheese for shops across the county"
    )
    assert draft.byline == ()  # 'hd_admin' is the account that posted it
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Cheesemakers turn the first wheels on Tuesday.", "Hillcrest Dairy", "")
    ]
    text = body_text(draft)
    assert text.startswith("HILLCREST, 8 April 2026 – Hillcrest Dairy has opened")
    for furniture in ("hd_admin", "paid on time", "Mary Dunne", "Supply your milk", "collection round"):
        assert furniture not in text


OUTSTATIC_FILE = """---
title: 'Makers club builds a weather station for the primary school'
status: 'published'
author:
  name: 'Riverside Makers'
  picture: 'https://avatars.example/u/123?v=4'
slug: 'makers-weather-station'
description: 'Eleven pupils and four volunteers spent the spring half-term wiring sensors to a rooftop mast'
coverImage: '/images/weather-station-cover.jpg'
publishedAt: '2026-04-10T08:00:00.000Z'
---

*By Owen Price*

**RIVERSIDE –** Eleven pupils from Riverside Primary School have built a weather station on the school's roof with volunteers from the town's makers club.

The station measures rain, wind and temperature every five minutes and sends the readings to a screen in the school hall.

![](/images/IMG_5120-kq2.jpg)

*Pupils fix the wind vane to the mast on Thursday.*\\
*Photo: Riverside Makers/Jo Hart*

The club plans to build a second station for the secondary school in the autumn.

---

**About Riverside Makers:** Riverside Makers is a volunteer workshop in the old library. Since 2019 it has taught electronics and woodwork to more than 400 children.
"""


def test_an_outstatic_file_s_hard_broken_caption_and_about_paragraph(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "weather.md", OUTSTATIC_FILE)
    assert draft.byline == ("Owen Price",)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("", ""),  # the cover
        ("Pupils fix the wind vane to the mast on Thursday.", "Riverside Makers/Jo Hart"),
    ]
    text = body_text(draft)
    assert text.endswith("a second station for the secondary school in the autumn.")
    for furniture in ("About Riverside Makers", "volunteer workshop"):
        assert furniture not in text

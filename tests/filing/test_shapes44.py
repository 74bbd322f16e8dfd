# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-fourth filing round reads right: a club's match report on the event page
of a sports plugin for WordPress, the fixture in the `<h1>` and the report's own heading at
the top of the event's content, signed 'Report by Name | Media Officer', its featured
picture set over the fixture; a society's news page whose report is signed 'Reported by
Name, Publicity Sub-committee'; a learning platform's forum post, the site's name in the
`<h1>` and the post's subject below it, over the posting account's line and the count of
replies; a page from a site builder that sets no heading element, its title block's title
and description fields the headline and dek; an old site's table layout, its headline a
paragraph the page's style sets large and bold and each picture a small table over its
caption and credit; a forum thread's prefix label set before its title, and the furniture
the forum sets round the thread's first post; a docsify page's tip and warning boxes and
the image options in a picture's title; a listed company's release, its bulleted
highlights over a first paragraph that opens on a dated dateline; a site builder's news
page whose meta title is the page's short name and whose headline is its first heading."""

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


def test_an_event_pages_featured_picture_is_the_reports_first(tmp_path: Path) -> None:
    """A shape seen in the same saved match page: the event's featured picture, with alt
    text and no caption, set over the fixture's name, is the report's first picture."""
    page = EVENT_PAGE.replace(
        '<header class="entry-header">',
        '<header class="entry-header"><div class="entry-thumbnail"><img width="1024" height="576"'
        ' src="https://ashbyrovers.example/uploads/line-up.jpg" class="attachment-large size-large'
        ' wp-post-image" alt="Ashby Rovers players line up before kick-off"></div>',
    )
    draft = filed_draft(tmp_path, "match.html", page)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("", "", "Ashby Rovers players line up before kick-off")
    ]
    assert draft.dek == "Visitors reduced to ten men before half-time"


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


FORUM_POST = """<!DOCTYPE html>
<html><head><title>HPS Online: Primary 5 pupils plant 200 mangrove saplings at Pasir Ris | News and notices</title></head>
<body id="page-mod-forum-discuss" class="path-mod path-mod-forum pagelayout-incourse notloggedin">
<div id="page">
<header id="page-header"><div class="page-context-header"><h1 class="h2">Hillview Primary School Online Learning Space</h1></div></header>
<div role="main">
<div class="activity-header"><h2>News and notices</h2></div>
<article class="forum-post-container">
<div class="forumpost firstpost starter">
<header><h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject">Primary 5 pupils plant 200 mangrove saplings at Pasir Ris</h3></header>
<div class="post-content-container"><div class="text_to_html">
<p>Forty Primary 5 pupils planted 200 mangrove saplings along the Pasir Ris river mouth on Friday, helping to restore a stretch of shore eroded by storms last year.</p>
<p>Each pupil was paired with a volunteer from the park's nature group, who showed them how deep to dig and how far apart to set the saplings.</p>
<p>The school plans to return in six months to count how many saplings have taken root.</p>
</div></div>
</div>
</article>
</div>
</div>
</body></html>
"""


def test_a_forum_posts_subject_is_the_headline_under_the_sites_name(tmp_path: Path) -> None:
    """A shape seen in a school's learning-platform page saved from its announcements
    forum: the `<h1>` is the site's name over every page, and the post's subject, which the
    page's `<title>` names, is a smaller heading below it."""
    draft = filed_draft(tmp_path, "mangroves.html", FORUM_POST)
    assert draft.headline == "Primary 5 pupils plant 200 mangrove saplings at Pasir Ris"
    assert draft.paragraphs[0].startswith("Forty Primary 5 pupils planted")


def test_a_forum_posts_attribution_and_reply_count_are_no_dek_or_byline(tmp_path: Path) -> None:
    """A shape seen in the same learning platform's forum post: under the subject, 'by' the
    posting account linked to its profile, a dash and the time, then the count of replies;
    the post's own italic first line is the dek and its 'Written by' line the byline."""
    page = FORUM_POST.replace(
        "Pasir Ris</h3></header>",
        'Pasir Ris</h3><div class="mb-3" tabindex="-1">by <a href="https://hps.example/user/view.php?id=12&amp;course=1">Tan Hui Min</a>'
        ' - <time datetime="2026-04-02T15:10:00+08:00">Thursday, 2 April 2026, 3:10 PM</time></div>'
        '<span class="badge badge-pill badge-info mb-2">Number of replies: 0</span></header>',
    ).replace(
        '<div class="text_to_html">',
        '<div class="text_to_html"><p><em>Each sapling was tagged so the pupils can check on it when they return in six months</em></p>'
        "<p><strong>Written by Nur Aisyah and Ethan Lim (5 Kindness)</strong></p>",
    )
    draft = filed_draft(tmp_path, "mangroves.html", page)
    assert (
        draft.dek
        == "Each sapling was tagged so the pupils can check on it when they return in six months"
    )
    assert draft.byline == ("Nur Aisyah", "Ethan Lim")
    assert "Tan Hui Min" not in "\n".join(draft.paragraphs)


BLOCKS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>Kampong choir records first album | Suara Pantai</title>
<meta property="og:title" content="Kampong choir records first album" /></head>
<body class="t-body">
<div id="allrecords" class="t-records" data-tilda-project-id="5512">
<div id="rec4410001" class="r t-rec" data-record-type="257"><!-- T228 --><div class="t228"><a href="/">Suara Pantai</a> <a href="/news">News</a> <a href="/about">About</a></div></div>
<div id="rec4410002" class="r t-rec" data-record-type="30"><!-- T017 --><div class="t017"><div class="t-container">
<div class="t017__uptitle t-uptitle t-uptitle_sm" field="subtitle">News &middot; Music</div>
<div class="t017__title t-title t-title_xs" field="title">Kampong choir records its first album after 40 years of singing</div>
<div class="t017__descr t-descr t-descr_xl" field="descr">The 26 singers, the oldest 81, recorded 12 songs in a borrowed church hall over three weekends</div>
</div></div></div>
<div id="rec4410003" class="r t-rec" data-record-type="106"><!-- T004 --><div class="t004"><div class="t-container"><div class="t-text t-text_md" field="text">The Kampong Lorong Buangkok choir has recorded its first album, 40 years after it first sang at a village wedding.<br /><br />The choir's leader, Madam Aminah Salleh, said the songs had never been written down until last year.<br /><br />The album will be launched at the community club on 12 April.</div></div></div></div>
</div>
</body></html>
"""


def test_a_block_builders_title_field_is_the_headline_and_its_description_the_dek(
    tmp_path: Path,
) -> None:
    """A shape seen in pages saved from a site builder that sets no heading element: the
    title and description block's title field is the headline the page's meta title
    shortens, and its description field the dek."""
    draft = filed_draft(tmp_path, "choir.html", BLOCKS_PAGE)
    assert draft.headline == "Kampong choir records its first album after 40 years of singing"
    assert (
        draft.dek
        == "The 26 singers, the oldest 81, recorded 12 songs in a borrowed church hall over three weekends"
    )
    assert draft.paragraphs[0].startswith("The Kampong Lorong Buangkok choir")


TABLE_LAYOUT_PAGE = """<html><head><title>KDLC :: News :: Council approves market levy</title>
<style type="text/css">
<!--
.style2 {font-family: Verdana, Arial, sans-serif; font-size: 11px; font-weight: bold; color: #FFFFFF; }
.style4 {font-family: Verdana, Arial, sans-serif; font-size: 12px; }
.style6 {font-family: Georgia, serif; font-size: 22px; font-weight: bold; color: #7A1F1F; }
.style8 {font-family: Georgia, serif; font-size: 14px; font-style: italic; }
.caption {font-family: Verdana, Arial, sans-serif; font-size: 10px; }
.credit {font-family: Verdana, Arial, sans-serif; font-size: 9px; text-transform: uppercase; }
-->
</style></head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="200" valign="top"><table width="200" border="0" cellpadding="6"><tr><td class="style2"><strong>USEFUL LINKS</strong></td></tr>
<tr><td class="style4"><a href="../about.html">About the Council</a><br><a href="../wards.html">Wards and Members</a></td></tr></table></td>
<td width="580" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<p class="style6">Council approves levy to rebuild Oja Oba market stalls</p>
<p class="style8">Traders to pay N500 a week for two years from May</p>
<table width="520" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><img src="images/market_01.jpg" alt="Traders at the council chamber" width="510" height="320"></td></tr>
<tr><td><span class="caption">Market traders in the gallery of the council chamber on Wednesday.</span><br>
<span class="credit">PHOTO: Council Press Unit</span></td></tr>
</table>
<p class="style4">The Kudeti Local Council on Wednesday approved a weekly levy of N500 on traders at the Oja Oba market to rebuild 640 stalls destroyed by fire in January.</p>
<p class="style4">The levy will run for two years from May, the council's chairman said after the vote.</p>
</td></tr></table></td></tr>
</table>
</body></html>
"""


def test_a_table_layout_pages_styled_paragraphs_and_picture_table_are_read(
    tmp_path: Path,
) -> None:
    """A shape seen in an old council or assembly site made in a table layout: no heading
    element, the headline a paragraph the page's `<style>` sets large and bold, the strap
    under it one it sets in italics, and each picture a small table of its own, its caption
    and credit in the row under it."""
    draft = filed_draft(tmp_path, "levy.html", TABLE_LAYOUT_PAGE)
    assert draft.headline == "Council approves levy to rebuild Oja Oba market stalls"
    assert draft.dek == "Traders to pay N500 a week for two years from May"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Market traders in the gallery of the council chamber on Wednesday.",
            "Council Press Unit",
            "Traders at the council chamber",
        )
    ]
    assert draft.paragraphs[0].startswith("The Kudeti Local Council on Wednesday")


THREAD_PAGE = """<!DOCTYPE html>
<html><head><title>[Match Report] - Harbour Hawks win the inter-club relay at Marina Bay | PaddleSG Forums</title>
<meta property="og:title" content="[Match Report] - Harbour Hawks win the inter-club relay at Marina Bay" /></head>
<body data-template="thread_view">
<div class="p-body-header"><div class="p-title ">
<h1 class="p-title-value"><a href="/forums/reports.12/?prefix_id=3" class="labelLink" rel="nofollow"><span class="label label--blue" dir="auto">Match Report</span></a><span class="label-append">&nbsp;</span>Harbour Hawks win the inter-club relay at Marina Bay</h1>
</div></div>
<div class="p-body-main"><article class="message message--post">
<article class="message-body js-selectToQuote"><div class="bbWrapper">
<p>The Harbour Hawks won the inter-club relay at Marina Bay on Sunday, finishing four seconds ahead of the defending champions.</p>
<p>Twelve crews raced the 2km course in light rain.</p>
</div></article>
</article></div>
</body></html>
"""


def test_a_forum_threads_prefix_label_is_not_the_headlines_words(tmp_path: Path) -> None:
    """A shape seen in a saved forum thread: the thread's prefix, a label the forum links to
    the threads that carry it, set in the heading before the thread's title."""
    draft = filed_draft(tmp_path, "relay.html", THREAD_PAGE)
    assert draft.headline == "Harbour Hawks win the inter-club relay at Marina Bay"


THREAD_POST_PAGE = """<!DOCTYPE html>
<html><head><title>Harbour Hawks win the inter-club relay at Marina Bay | PaddleSG Forums</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Harbour Hawks win the inter-club relay at Marina Bay", "author": {"@type": "Person", "name": "HHawks_Admin"}}</script>
</head>
<body data-template="thread_view">
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">Harbour Hawks win the inter-club relay at Marina Bay</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><span class="u-srOnly">Thread starter</span> <a href="/members/hhawks_admin.881/" class="username">HHawks_Admin</a></li>
<li><span class="u-srOnly">Start date</span> <a href="/threads/relay.5120/"><time class="u-dt" datetime="2026-04-06T09:00:00+0800">Apr 6, 2026</time></a></li>
</ul></div></div>
<div class="p-body-main"><article class="message message--post">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<h4 class="message-name"><a href="/members/hhawks_admin.881/" class="username">HHawks_Admin</a></h4>
<h5 class="userTitle message-userTitle">Club account</h5>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jan 3, 2020</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>208</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/relay.5120/post-9001"><time class="u-dt" datetime="2026-04-06T09:00:00+0800">Apr 6, 2026</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="/threads/relay.5120/post-9001">#1</a></li></ul></header>
<article class="message-body js-selectToQuote"><div class="bbWrapper"><i>The Hawks came from third at the last changeover to win by four seconds</i><br />
<br />
Words by Rachel Ong | Photos by Marcus Teo<br />
<br />
The Harbour Hawks won the inter-club relay at Marina Bay on Sunday, finishing four seconds ahead of the defending champions.<br />
<br />
Twelve crews raced the 2km course in light rain, each of its four paddlers in a boat covering 500m before handing over to the next at the pontoon.<br />
<br />
The Hawks were third at the last changeover, two boat lengths behind the leaders, before their anchor, 19-year-old polytechnic student Darren Goh, overtook both crews in the final 200m.<br />
<br />
"I just kept my head down and counted strokes," Goh said. "I did not know we had won until I heard the horn."<br />
<br />
The club's coach, Madam Siti Rahmah, said the crew had trained three mornings a week since January for the race, the last of the season.</div></article>
</div></div>
</article></div>
</body></html>
"""


def test_a_forum_threads_furniture_leaves_the_posts_own_dek_and_byline(tmp_path: Path) -> None:
    """A shape seen in a saved forum thread posted by a club's account: the thread's starter
    and start date under its title, the poster's column (name, title, when they joined, their
    count of messages) and the post's date and number are the forum's, the account's handle
    no writer's name; the post's italic first line is the dek and 'Words by' its byline."""
    draft = filed_draft(tmp_path, "relay.html", THREAD_POST_PAGE)
    assert draft.dek == "The Hawks came from third at the last changeover to win by four seconds"
    assert draft.byline == ("Rachel Ong",)
    assert draft.paragraphs[0].startswith("The Harbour Hawks won the inter-club relay")


DOCSIFY_PAGE = """# Temple bell cast in 1898 rings again after restoration

> Volunteers spent eight months cleaning and rehanging the bronze bell

*By Lee Siew Ling*

?> This page has a printable version: see the link at the foot of the page.

The bronze bell of the Hock Seng temple rang on Sunday for the first time in 30 years, after eight months of restoration by volunteers.

![](_media/bell.jpg ':size=60% :no-zoom')

*The bell back in its frame on Sunday. (Photo: Tan Boon Kiat)*

The bell was cast in Fujian in 1898 and shipped to the temple two years later.

!> Please do not ring the bell outside the temple's opening hours.
"""


def test_a_docsify_pages_helper_boxes_and_image_options_are_no_words(tmp_path: Path) -> None:
    """A shape seen in a Markdown page for a docsify site: the tip ('?>') and warning ('!>')
    boxes are the site's notes to its readers, and the options docsify reads from an image's
    title (its size, no zoom) are not the picture's alt text."""
    draft = filed_draft(tmp_path, "bell.md", DOCSIFY_PAGE)
    assert draft.headline == "Temple bell cast in 1898 rings again after restoration"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("The bell back in its frame on Sunday.", "Tan Boon Kiat", "")
    ]
    story = "\n".join(draft.paragraphs)
    assert "printable version" not in story
    assert "opening hours" not in story


LISTED_RELEASE = """TIONG BAHRU FOODS LIMITED
(Company Registration No. 200900000Z)

PRESS RELEASE

TIONG BAHRU FOODS TO CLOSE TWO CENTRAL KITCHENS AFTER FLOOD DAMAGE

 • Kitchens at Senoko and Tuas closed for up to four months
 • Outlets to be supplied from the Group's Jurong kitchen

SINGAPORE, 9 April 2026 – Tiong Bahru Foods Limited, which runs 42 noodle outlets, said today that it will close two of its three central kitchens for up to four months after they were damaged by flooding last week.

The Group said its outlets would be supplied from its Jurong kitchen in the meantime.
"""


def test_a_listed_companys_release_highlights_leave_the_dateline_to_its_first_paragraph(
    tmp_path: Path,
) -> None:
    """A shape seen in a listed company's release copied from its PDF: bulleted highlights
    under the headline, right over the first paragraph, which opens on a dateline with its
    date before an en dash; the highlights repeat the story."""
    draft = filed_draft(tmp_path, "kitchens.txt", LISTED_RELEASE)
    assert draft.dateline == "SINGAPORE, 9 April 2026"
    assert draft.paragraphs[0].startswith("SINGAPORE, 9 April 2026 – Tiong Bahru Foods Limited")


BUILDER_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Zoho Sites"><title>Borehole Project - Ezinifite Progress Union</title>
<meta name="description" content="News from Ezinifite Progress Union (EPU)">
<meta property="og:title" content="Borehole Project">
<meta property="og:site_name" content="Ezinifite Progress Union"></head>
<body data-zs-home="false" data-zs-page-name="borehole-project"><div class="theme-site-wrapper">
<div class="theme-header-topbar"><div class="zpcontainer"><div class="theme-topbar-contact-info"><span class="theme-topbar-info">&#128222; +234 800 000 0009</span> <span class="theme-topbar-info">&#9993; info@ezinifite-union.example</span></div></div></div>
<header data-header="none" class="theme-header"><div class="zpcontainer"><div data-zs-branding class="theme-branding-info"><div class="theme-site-name"><span data-zs-sitename>Ezinifite Progress Union</span><span data-zs-slogan class="theme-site-tagline">Onye aghala nwanne ya</span></div></div>
<nav data-zs-menu-container><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/projects">Projects</a></li></ul></nav></div></header>
<div data-zs-app="content" class="zpcontent-container page-container"><div data-element-type="section" class="zpsection"><div class="zpcontainer"><div data-element-type="row" class="zprow"><div data-element-type="column" class="zpelem-col zpcol-12">
<div data-element-type="text" class="zpelement zpelem-text"><div class="zptext" data-editor="true"><p><span style="font-size:12px;">NEWS &nbsp;/&nbsp; PROJECTS</span></p></div></div>
<div data-element-type="heading" class="zpelement zpelem-heading"><h2 class="zpheading" data-editor="true">Ezinifite union commissions solar borehole for three villages</h2></div>
<div data-element-type="heading" class="zpelement zpelem-heading"><h4 class="zpheading" data-editor="true">Youth wing raised N4m of the N6.5m cost, chairman says</h4></div>
<div data-element-type="text" class="zpelement zpelem-text"><div class="zptext" data-editor="true"><p><span style="font-weight:700;">By Obinna Eze, Publicity Secretary, EPU</span><br><span>22 March 2026</span></p></div></div>
<div data-element-type="text" class="zpelement zpelem-text"><div class="zptext" data-editor="true"><p>The Ezinifite Progress Union on Sunday commissioned a solar-powered borehole that will supply water to three villages in the community.</p>
<p>The chairman of the union, Chief Emeka Obiano, said the youth wing had raised N4 million of the project's N6.5 million cost.</p></div></div>
</div></div></div></div></div>
</div></body></html>
"""


def test_a_pages_short_menu_title_gives_way_to_its_first_heading(tmp_path: Path) -> None:
    """A shape seen in a site builder's news page: the meta title is the page's short name in
    the site's menu, which the page never shows, and the story's headline is the first
    heading of the page, an `<h2>` with no `<h1>` anywhere."""
    draft = filed_draft(tmp_path, "borehole.html", BUILDER_PAGE)
    assert draft.headline == "Ezinifite union commissions solar borehole for three villages"
    assert draft.dek == "Youth wing raised N4m of the N6.5m cost, chairman says"
    assert draft.paragraphs[0].startswith("The Ezinifite Progress Union on Sunday")

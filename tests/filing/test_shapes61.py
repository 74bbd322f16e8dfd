# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-first filing round reads right: a WordPress theme's figure whose caption
gives its credit after a bar ('... | Name/Outlet'), and a share plugin's box named after the
plugin; a mailed list of pictures under a heading crediting them all ('Photos (all credit
Name):'); a newsletter's items under 'Also in <its name>' and its sponsor's line; a Markdown
link whose address a template tag builds; the comments a team's app shows under a message
copied with the story, and the reactions over them."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

TRADE_POST = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Harbour insurer buys broker – Quayside Finance</title></head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="site-branding"><p class="main-title"><a href="/">Quayside Finance</a></p></div></header>
<div class="site-content"><main class="site-main"><article class="post type-post">
<header class="entry-header">
<div class="gb-container"><p class="gb-headline gb-headline-text"><a href="/category/insurance/">Insurance</a></p></div>
<h1 class="entry-title">Harbour insurer buys local broker for £12m</h1>
<p class="gb-headline gb-headline-text">Pier Street Partners keeps its name and its 40 staff under the deal</p>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/rosa-mahy/"><span class="author-name">Rosa Mahy</span></a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2027-03-08T07:00:00+00:00">8 March 2027</time></span> <span class="gp-read-time">3 min read</span></div>
</header>
<div class="novashare-buttons novashare-inline novashare-inline-before novashare-columns-3">
<div class="ns-inline-cta">Share this article</div>
<a href="https://www.linkedin.com/shareArticle?url=x" class="ns-button ns-button-linkedin"><span class="ns-button-wrapper"><span class="ns-button-label"><span class="ns-button-label-wrapper">Send to LinkedIn</span></span></span></a>
<a href="https://www.facebook.com/sharer.php?u=x" class="ns-button ns-button-facebook"><span class="ns-button-wrapper"><span class="ns-button-label"><span class="ns-button-label-wrapper">Post to Facebook</span></span></span></a>
<a href="mailto:?subject=x" class="ns-button ns-button-email"><span class="ns-button-wrapper"><span class="ns-button-label"><span class="ns-button-label-wrapper">Mail a colleague</span></span></span></a>
</div>
<div class="entry-content">
<p><strong>ST ANNE —</strong> Harbour Mutual has agreed to buy the broker Pier Street Partners for £12m, the two firms said on Monday.</p>
<p>The deal still needs the regulator's approval, which the insurer expects by the spring.</p>
<figure class="wp-block-image size-large"><img src="/uploads/pier-street.jpg" alt="A stone office front on a harbour street"><figcaption class="wp-element-caption">The broker's office on Pier Street, which will keep its name for two years | Tomas Ogier/Quayside Finance</figcaption></figure>
<p>None of the broker's 40 staff will lose their jobs, its chairman said.</p>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;Harbour insurer buys local broker for £12m&rdquo;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Pete L</b> <time>9 March 2027 at 10:02</time></footer>
<div class="comment-content"><p>About time the two of them merged.</p></div></article></li></ol></div>
</main></div></body></html>
"""


def test_a_figure_caption_s_credit_after_a_bar_is_its_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "insurer.html", TRADE_POST)
    [picture] = draft.images
    assert picture.caption == "The broker's office on Pier Street, which will keep its name for two years"
    assert picture.credit == "Tomas Ogier/Quayside Finance"


def test_a_bar_in_a_line_of_menu_words_or_after_a_price_is_no_credit(tmp_path: Path) -> None:
    from newsroom.filing.captions import split_credit

    assert split_credit("Newyddion lleol / Local news every Friday")[1] == ""
    assert split_credit("Residents | How Do I... | Agenda Center")[1] == ""
    assert split_credit("Tickets £5 | Box office/Reception")[1] == ""


def test_a_share_plugin_s_box_named_after_the_plugin_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "insurer.html", TRADE_POST)
    assert draft.paragraphs[0] == "ST ANNE — Harbour Mutual has agreed to buy the broker Pier Street Partners for £12m, the two firms said on Monday."
    text = body_text(draft)
    for button in ("Share this article", "Send to LinkedIn", "Post to Facebook", "Mail a colleague", "About time"):
        assert button not in text, button


REGATTA_MAIL = """Regatta report for Monday + pics
Inbox - kofi@portvalesailing.example

Hi desk, report below, pics attached.

HEADLINE: Gull Wing takes the Harbour Cup by three seconds
STANDFIRST: A last-mark pass settles the club's longest race

By Kofi Mensah, club secretary

Gull Wing won the Harbour Cup on Saturday by three seconds, passing the leader as the wind died at the last mark after more than two hours of racing around the islands.

Her skipper, Ama Osei, said the crew had sailed the course twice in the week to learn its shifts, and had kept to the western shore when the rest of the fleet went out into the bay.

Eighteen boats started, the most since the club moved to the new harbour, and all but two finished inside the time limit despite a fading breeze in the last hour of the race.

ENDS

Photos (all credit Yaw Boateng/PSC):
DSC_0412.jpg – Gull Wing crosses the line off the harbour wall
DSC_0430.jpg – Skipper Ama Osei holds the Harbour Cup on the slipway. Photo: Efua Boateng

--
Kofi Mensah
Secretary | Portvale Sailing Club
"""


def test_a_mailed_list_of_pictures_under_a_heading_crediting_them_all(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "regatta.txt", REGATTA_MAIL)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Gull Wing crosses the line off the harbour wall", "Yaw Boateng/PSC"),
        ("Skipper Ama Osei holds the Harbour Cup on the slipway.", "Efua Boateng"),
    ]
    assert draft.paragraphs[-1].startswith("Eighteen boats started")
    assert "all credit" not in body_text(draft)


def test_a_heading_crediting_pictures_over_no_list_of_files_is_read_as_before(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "regatta.txt",
        REGATTA_MAIL.replace("DSC_0412.jpg – ", "").replace("DSC_0430.jpg – ", ""),
    )
    assert "all credit" not in " ".join(p.caption for p in draft.images)


def _column(html: str) -> str:
    """A block of a newsletter built with MJML, as its web version sets one."""
    return (
        '<div class="mj-column-per-100 mj-outlook-group-fix" style="display:inline-block;width:100%;">'
        '<table border="0" cellpadding="0" cellspacing="0" role="presentation" width="100%"><tbody><tr>'
        f'<td align="left" style="font-size:0px;padding:10px 25px;">{html}</td></tr></tbody></table></div>\n'
    )


def _item(title: str, line: str) -> str:
    return _column(
        f'<div style="font-family:Arial;font-size:14px;"><strong>{title}</strong><br>{line}</div>'
    ) + _column('<a href="https://example.org/r" style="color:#0b2e59;">Full story →</a>')


RIVER_NEWSLETTER = (
    '<!doctype html><html><head><title>Valley Weekly: the ford reopens</title></head>'
    '<body style="word-spacing:normal;background-color:#f4f4f4;"><div style="background-color:#f4f4f4;">\n'
    + _column('<div style="font-family:Georgia;font-size:26px;font-weight:bold;"><h1 style="margin:0;">Ashford ford reopens after six months of repairs</h1></div>')
    + _column('<div style="font-family:Georgia;font-size:16px;"><p>The ford at Ashford reopened to traffic on Friday, six months after winter floods washed away half of its stone bed and left the village with a nine-mile detour to the market town.</p>'
              '<p>The county council spent £86,000 on the repairs, which were delayed twice by high water in the spring and once by a shortage of the local stone the conservation officers had asked for.</p>'
              '<p>Farmers on the far side of the river said the detour had cost them hours a week, and the parish council thanked the contractors for working through the long evenings of the summer to finish.</p></div>')
    + _column('<div style="font-family:Arial;font-size:18px;font-weight:bold;color:#0b2e59;">Also in Valley Weekly</div>')
    + _item("Mill Lane bakery wins county prize", "Its sourdough beat forty other entries.")
    + _item("Cricket club seeks new groundsman", "The post is paid for the first time.")
    + _column('<div style="font-size:12px;text-align:center;">Valley Weekly is supported by Ashford Garden Centre – growing with the valley since 1987</div>')
    + _column('<div style="font-size:11px;">You are receiving this email because you signed up for Valley Weekly. <a href="#">Unsubscribe</a></div>')
    + "</div></body></html>"
)


def test_a_newsletter_s_items_under_also_in_its_name_and_its_sponsor_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "weekly.html", RIVER_NEWSLETTER)
    assert draft.headline == "Ashford ford reopens after six months of repairs"
    assert len(draft.paragraphs) == 3
    assert draft.paragraphs[-1].startswith("Farmers on the far side")
    text = body_text(draft)
    for item in ("Also in Valley Weekly", "Mill Lane bakery", "Its sourdough", "Cricket club seeks", "paid for the first time", "Ashford Garden Centre"):
        assert item not in text, item


def test_a_roundup_s_crosshead_also_in_a_place_stays_the_story_s(tmp_path: Path) -> None:
    roundup = RIVER_NEWSLETTER.replace("Also in Valley Weekly", "Also in Wenlow").replace(
        "Its sourdough beat forty other entries.",
        "Its sourdough beat forty other entries at the county show on Saturday, and the judges asked for the recipe, which the baker, Ann Cole, said she would keep to herself for another year at least.",
    )
    draft = filed_draft(tmp_path, "weekly.html", roundup)
    assert any(p.startswith("Its sourdough beat forty other entries at the county show") for p in draft.paragraphs)


NANOC_POST = """---
title: Ford at Ashford reopens after repairs
kind: article
created_at: 2027-03-04 09:00:00 +0000
author: Ann Cole
---
<%# For the desk: fine to run before my site does. %>

The ford at Ashford reopened to traffic on Friday, six months after winter floods washed away half of its stone bed.

The timetable for the detour buses is on the [county council's travel page](<%= @items['/travel/'].path %>buses) until the end of the month.
"""


def test_a_link_whose_address_a_template_tag_builds_is_its_words(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ford.md", NANOC_POST)
    assert draft.paragraphs[-1] == "The timetable for the detour buses is on the county council's travel page until the end of the month."
    assert "<%" not in body_text(draft)


TEAM_APP_MESSAGE = """Skip to main content
Home
Activity
Find

Valley Post Newsroom
Message Board

Copy for Friday: Ashford ford
AC
Ann Cole • Today at 9:12am • Notified 5 people

Ford at Ashford reopens after six months of repairs

By Ann Cole

The ford at Ashford reopened to traffic on Friday, six months after winter floods washed away half of its stone bed and left the village with a nine-mile detour to the market town.

The county council spent £86,000 on the repairs, which were delayed twice by high water in the spring and once by a shortage of the local stone the conservation officers had asked for.

Farmers on the far side of the river said the detour had cost them hours a week, and the parish council thanked the contractors for working through the long evenings of the summer to finish.

🎉 Boost
Rhys, Maya, and 3 others boosted this

2 comments

RP
Rhys Pugh
Today at 9:40am
Lovely, thanks Ann. Subbed and scheduled for the web at 6 tonight, and I have kept the farmers' line because readers on the far side of the river will want to see it in the paper too.

MB
Maya Bell
Today at 10:02am
Photo desk has a picture of the ford from last week if you want one.

Add a comment here…

Subscribers
5 people will be notified when someone comments on this message.
You're subscribed
Unsubscribe me
Bookmark
Put in the trash
"""


def test_a_team_app_s_comments_under_a_message_are_the_desk_s_talk(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ford.txt", TEAM_APP_MESSAGE)
    assert draft.headline == "Ford at Ashford reopens after six months of repairs"
    assert len(draft.paragraphs) == 3
    assert draft.paragraphs[-1].startswith("Farmers on the far side")
    text = body_text(draft)
    for talk in ("Boost", "boosted this", "Rhys Pugh", "Today at", "Subbed and scheduled", "Photo desk has", "Subscribers", "will be notified", "You're subscribed", "Put in the trash"):
        assert talk not in text, talk


def test_a_count_of_comments_with_the_story_going_on_under_it_takes_nothing(tmp_path: Path) -> None:
    story = TEAM_APP_MESSAGE.replace(
        "Add a comment here…",
        "The ford will close again for a day in May so that the council can check the new stones after the first floods of the spring, a spokesman for the county council said.",
    )
    draft = filed_draft(tmp_path, "ford.txt", story)
    assert any(p.startswith("The ford will close again for a day in May") for p in draft.paragraphs)


def test_a_pix_heading_over_a_mailed_list_of_pictures_is_the_list_s(tmp_path: Path) -> None:
    text = REGATTA_MAIL.replace("Photos (all credit Yaw Boateng/PSC):", "Pix:").replace(
        "harbour wall\n", "harbour wall. Pic: Yaw Boateng\n"
    )
    story = text[text.index("HEADLINE") : text.index("--")].replace("HEADLINE: ", "").replace("STANDFIRST: ", "")
    story = story.replace("ENDS\n\n", "") + "ENDS\n"
    page = (
        "<html><head><title>Regatta report for Monday + pics - Webmail</title></head><body>"
        '<div class="msg-subject">Regatta report for Monday + pics</div>'
        '<div class="mailer_plaincontent">' + story.strip().replace("\n", "<br />\n") + "</div></body></html>"
    )
    draft = filed_draft(tmp_path, "regatta.html", page)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Gull Wing crosses the line off the harbour wall.", "Yaw Boateng"),
        ("Skipper Ama Osei holds the Harbour Cup on the slipway.", "Efua Boateng"),
    ]
    assert "Pix" not in body_text(draft)

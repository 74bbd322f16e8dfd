# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fortieth filing round reads right: a Messenger thread downloaded from Facebook
as JSON, newest message first, its strings' UTF-8 bytes written one escape a byte, the story
sent in labelled parts ('PART 1/3') and a paragraph sent again, fixed, under a word to the
desk; a newsletter's plain-text part as Mailchimp generates it, forwarded by a mail program
that keeps only the text, its lead item the story; a post on a WordPress site with the Avada
theme, its alert box over the standfirst, its image elements' caption titles over their
captions and the byline's desk named 'Public Affairs'; a site made with Mobirise, its
subtitle over a 'Words: ... | Pictures: ...' line set in the same style, its pictures carrying
the builder's default alt; a news item written in the Trix editor, a picture it attached
with no caption typed, so that its file's name and size stand in the caption's place."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import body_text, filed_draft


def _facebook(text: str) -> str:
    """A string as Facebook's download writes it: each UTF-8 byte a character of its own."""
    return text.encode("utf-8").decode("latin-1")


def _messenger_thread(said: list[tuple[str, str | None]]) -> str:
    """A Messenger thread's JSON, as the download writes it: newest first, a photo as its uri."""
    messages = []
    for n, (who, content) in enumerate(said):
        message: dict[str, object] = {"sender_name": _facebook(who), "timestamp_ms": 1772600000000 + n * 60_000}
        if content is None:
            message["photos"] = [{"uri": f"your_facebook_activity/messages/inbox/thread_11/photos/{n}_9912_n.jpg", "creation_timestamp": 1772600000 + n * 60}]
        else:
            message["content"] = _facebook(content)
        message["is_geoblocked_for_viewer"] = False
        messages.append(message)
    thread = {
        "participants": [{"name": "Wanjiru Kamau"}, {"name": "Otieno Baraka"}],
        "messages": messages[::-1],
        "title": "Wanjiru Kamau",
        "is_still_participant": True,
        "thread_path": "inbox/thread_11",
    }
    return json.dumps(thread, indent=2)


def test_a_messenger_thread_downloaded_as_json_is_read_as_the_story_it_was_sent_in(tmp_path: Path) -> None:
    thread = _messenger_thread([
        ("Wanjiru Kamau", "Hello Otieno, the ferry story is coming in two parts, then a pic 🙏"),
        ("Wanjiru Kamau", "PART 1/2\n\nHEADLINE: Mbita ferry back in service after a month on the slipway\nSUB: Islanders had paid boat owners three times the fare to cross\nBy Wanjiru Kamau\n\nMBITA, Homa Bay — The ferry between Mbita and Rusinga Island carried its first passengers in a month on Thursday, after repairs to its engine took longer than the operator had planned.\n\nTraders said the month without the ferry had doubled what they paid to move fish and maize across the channel."),
        ("Wanjiru Kamau", "PART 2/2\n\n“We could not wait any longer, so we paid what the boat owners asked,” said Akinyi Odera, who sells omena at the Mbita market.\n\nThe operator said 14 crossings a day would run until the end of April, and that the fare would stay at KSh100.\n\nAdditional reporting by Jared Omondi in Rusinga.\n\nENDS"),
        ("Wanjiru Kamau", None),
        ("Wanjiru Kamau", "Pic 1: The ferry leaves Mbita pier on Thursday morning. (Photo: Wanjiru Kamau)"),
        ("Otieno Baraka", "Got it, thanks. Part 2 says 14 crossings, the operator's notice says 12. Which?"),
        ("Wanjiru Kamau", "Sorry, my mistake. Take this one:\n\nThe operator said 12 crossings a day would run until the end of April, and that the fare would stay at KSh100."),
        ("Otieno Baraka", "Asante 👍"),
    ])
    draft = filed_draft(tmp_path, "ferry.txt", thread)
    assert draft.headline == "Mbita ferry back in service after a month on the slipway"
    assert draft.dek == "Islanders had paid boat owners three times the fare to cross"
    assert draft.byline == ("Wanjiru Kamau",)
    assert draft.dateline == "MBITA, Homa Bay"
    assert draft.paragraphs[0].startswith("MBITA, Homa Bay — The ferry between Mbita and Rusinga")
    assert "“We could not wait any longer, so we paid what the boat owners asked,” said Akinyi Odera, who sells omena at the Mbita market." in draft.paragraphs
    assert "The operator said 12 crossings a day would run until the end of April, and that the fare would stay at KSh100." in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The ferry leaves Mbita pier on Thursday morning.", "Wanjiru Kamau", ""),
    ]
    assert {c.name for c in draft.contributors} == {"Jared Omondi"}
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("14 crossings", "PART 1/2", "PART 2/2", "Take this one", "sender_name", "â€", "thread_11", "Which?"):
        assert chrome not in text


NEWSLETTER_FORWARD = """From: Halima Said <halima.said@pwani-tribune.example>
Sent: Tuesday, April 7, 2026 9:02 AM
To: Coast Desk <coast@pwani-tribune.example>
Subject: FW: Water Matters | Issue 6

Desk - the first item is written as a story by the company's press officer. Fine to use with her byline. Ignore the tariff table.

Halima

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: Tana Water Services <news@tanawater.example>
Sent: Monday, April 6, 2026 4:40:02 PM
Subject: Water Matters | Issue 6

New kiosks, tariffs and a leak hotline.

View this email in your browser (https://mailchi.mp/tanawater/water-matters-6?e=11aa22bb33)

** WATER MATTERS
------------------------------------------------------------

Issue 6 | April 2026

IN THIS ISSUE

* Kiosks open in Hola
* Tariffs for April

** Twelve water kiosks open in Hola after pipeline repairs
------------------------------------------------------------

Residents of four estates no longer queue at the river for drinking water

By Zawadi Mwakio, Public Relations Officer

HOLA, 6 April 2026 – Twelve water kiosks opened in Hola town on Monday, two months after repairs to the pipeline from the Galole treatment works were finished, ending long queues at the river for families in four estates.

Each kiosk sells a twenty-litre jerrycan of treated water for two shillings, the company said, and is run by a member of the estate's residents' association who is paid a share of the sales.

** How the kiosks are run
------------------------------------------------------------

The company trains each attendant for a week and checks the meters every month. The kiosk rules are set out in the operator handbook (https://tanawater.example/downloads/kiosk-handbook.pdf) and a copy is kept at every kiosk.

"Before the kiosks my daughters walked to the river before school every morning," said Rehema Bakari, who lives in Laza estate.

Attendant Omari Jilo fills a jerrycan at the Laza estate kiosk. Photo: TWS/Said Kombo

Read the operator handbook (https://tanawater.example/downloads/kiosk-handbook.pdf)

============================================================

** Tariffs for April
------------------------------------------------------------

Domestic, per cubic metre, for customers on metered connections across all the towns the company serves this quarter.

Band A
80

============================================================

Copyright © 2026 Tana Water Services, All rights reserved.
Our mailing address is:
P.O. Box 00000-70101
Want to change how you receive these emails?
You can ** update your preferences (https://tanawater.us5.list-manage.com/profile?u=1a2b&id=3c4d)
or ** unsubscribe from this list (https://tanawater.us5.list-manage.com/unsubscribe?u=1a2b&id=3c4d)

Email Marketing Powered by Mailchimp
"""


def test_a_newsletters_text_part_forwarded_is_read_as_its_lead_item(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "kiosks.txt", NEWSLETTER_FORWARD)
    assert draft.headline == "Twelve water kiosks open in Hola after pipeline repairs"
    assert draft.dek == "Residents of four estates no longer queue at the river for drinking water"
    assert draft.byline == ("Zawadi Mwakio",)
    assert draft.dateline == "HOLA, 6 April 2026"
    assert draft.paragraphs[0].startswith("HOLA, 6 April 2026 – Twelve water kiosks opened")
    assert "How the kiosks are run" in draft.paragraphs
    assert "The company trains each attendant for a week and checks the meters every month. The kiosk rules are set out in the operator handbook and a copy is kept at every kiosk." in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Attendant Omari Jilo fills a jerrycan at the Laza estate kiosk.", "TWS/Said Kombo", ""),
    ]
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("https://", "**", "----", "====", "WATER MATTERS", "Issue 6", "Kiosks open in Hola", "Read the operator handbook", "Tariffs for April", "Band A", "Public Relations Officer", "Mailchimp", "mailing address", "Ignore the tariff table", "View this email"):
        assert chrome not in text


AVADA_POST = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Ferry levy cut for island schools – Lamu County</title></head>
<body class="post-template-default single single-post fusion-body">
<div id="wrapper"><header class="fusion-header-wrapper"><div class="fusion-logo">Lamu County</div>
<nav class="fusion-main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions"><h1 class="entry-title">Ferry levy cut for pupils crossing to Lamu island schools</h1></div>
<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs"><ol><li><a href="/">Home</a></li><li><span class="breadcrumb-leaf">Ferry levy cut for pupils crossing to Lamu island schools</span></li></ol></nav></div></div></div></div></section>
<main id="main"><section id="content"><article id="post-901" class="post type-post">
<span class="entry-title rich-snippet-hidden">Ferry levy cut for pupils crossing to Lamu island schools</span>
<div class="post-content"><div class="fusion-fullwidth fullwidth-box"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column"><div class="fusion-column-wrapper">
<div class="fusion-alert alert custom alert-dismissable" role="alert"><div class="fusion-alert-content-wrapper"><span class="fusion-alert-content">Beware of people selling fake ferry passes in the county's name.</span></div><button type="button" class="close toggle-alert">&times;</button></div>
<div class="fusion-title title fusion-title-1 fusion-title-text fusion-title-size-three"><h3 class="fusion-title-heading title-heading-left">Pupils in uniform will pay half fare on the Mokowe jetty boats from the first week of term</h3></div>
<div class="fusion-text fusion-text-1"><p><strong>By Fatuma Athman, Department of Education and Public Affairs</strong></p>
<p>Pupils who cross from Mokowe to schools on Lamu island will pay half the usual fare from next week, after the county assembly approved a cut in the ferry levy on Tuesday.</p>
<p>Parents had complained that the daily crossing cost more than the school's lunch programme, and head teachers said absences rose whenever the fares went up.</p>
</div>
<div class="fusion-image-element "><div class="awb-image-frame awb-image-frame-1 imageframe-liftup"><span class=" fusion-imageframe imageframe-none imageframe-1 awb-imageframe-style awb-imageframe-style-below"><img decoding="async" width="1200" height="800" alt="" title="DSC_0412" src="https://lamu.example/wp-content/uploads/2026/04/DSC_0412-1200x800.jpg" class="img-responsive wp-image-77"><div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption"><h2 class="awb-imageframe-caption-title">Crossing</h2><p class="awb-imageframe-caption-text">Pupils board a boat at the Mokowe jetty on Monday. Photo: Bakari Shee/Lamu County</p></div></div></span></div></div>
<div class="fusion-text fusion-text-2"><p>The boat owners' association said its members would be paid the difference from the county's transport fund at the end of each month.</p>
</div></div></div></div></div></div>
</article></section></main>
<footer class="fusion-footer"><p>Copyright 2012 - 2026 | Avada Website Builder by ThemeFusion | All Rights Reserved | Powered by WordPress</p></footer>
</div></body></html>
"""


def test_an_avada_posts_alert_caption_titles_and_desk_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "levy.html", AVADA_POST)
    assert draft.headline == "Ferry levy cut for pupils crossing to Lamu island schools"
    assert draft.dek == "Pupils in uniform will pay half fare on the Mokowe jetty boats from the first week of term"
    assert draft.byline == ("Fatuma Athman",)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Pupils board a boat at the Mokowe jetty on Monday.", "Bakari Shee/Lamu County", ""),
    ]
    assert draft.paragraphs[0].startswith("Pupils who cross from Mokowe")
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("fake ferry passes", "Crossing", "DSC_0412", "Public Affairs", "ThemeFusion"):
        assert chrome not in text


MOBIRISE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><meta name="generator" content="Mobirise v5.9.0, mobirise.com"><title>Club news</title></head>
<body>
<section data-bs-version="5.1" class="menu menu1 cid-tQ2a9Lm1Xb" once="menus" id="menu1-0"><nav class="navbar navbar-expand-lg"><div class="navbar-brand"><img src="assets/images/logo.png" alt="Mobirise Website Builder"><a class="navbar-caption" href="index.html">Kenya Cycling Union</a></div><ul class="navbar-nav"><li><a href="index.html">Home</a></li><li><a href="news.html">News</a></li></ul></nav></section>
<section data-bs-version="5.1" class="header16 cid-tQ2b1Nn2Yc mbr-fullscreen" id="header16-1"><div class="container"><div class="row"><div class="col-12 col-lg-9">
<h1 class="mbr-section-title mbr-fonts-style mbr-white mb-4 display-1"><strong>Iten riders take both titles at the Kerio Valley hill climb</strong></h1>
<h3 class="mbr-section-subtitle mbr-fonts-style mbr-white mb-4 display-5">A record field of 96 climbed the 14km road from Chebloch to Iten in heavy mist</h3>
</div></div></div></section>
<section data-bs-version="5.1" class="content4 cid-tQ2c2Pp3Zd" id="content4-2"><div class="container"><div class="row justify-content-center"><div class="title col-md-12 col-lg-10">
<h4 class="mbr-section-subtitle align-center mbr-fonts-style mb-4 display-7">Words: Jeptoo Kiprono | Pictures: Barasa Wekesa</h4>
</div></div></div></section>
<section data-bs-version="5.1" class="content5 cid-tQ2d3Qq4Ae" id="content5-3"><div class="container"><div class="row justify-content-center"><div class="col-md-12 col-lg-10">
<p class="mbr-text mbr-fonts-style display-7"><strong>ITEN —</strong> Riders from the Iten Wheelers club won the men's and women's titles at the Kerio Valley hill climb on Saturday, in mist so thick that marshals lit the road with torches.<br><br>The women's winner, Chepkorir Lagat, finished more than a minute clear of the field after attacking on the last hairpin.</p>
</div></div></div></section>
<section data-bs-version="5.1" class="image3 cid-tQ2e4Rr5Bf" id="image3-4"><figure class="mbr-figure container"><div class="image-block" style="width: 80%;"><img src="assets/images/hill-climb-1200x800.jpg" alt="Mobirise Website Builder" title=""><figcaption class="mbr-figure-caption mbr-fonts-style pt-3 display-7">Chepkorir Lagat on the last hairpin above the Kerio Valley. Photo: Barasa Wekesa/KCU</figcaption></div></figure></section>
<section data-bs-version="5.1" class="content5 cid-tQ2f5Ss6Cg" id="content5-5"><div class="container"><div class="row justify-content-center"><div class="col-md-12 col-lg-10">
<p class="mbr-text mbr-fonts-style display-7">The union said the climb would be part of next year's national series for the first time.</p>
</div></div></div></section>
<section data-bs-version="5.1" class="footer3 cid-tQ2g6Tt7Dh" once="footers" id="footer3-6"><div class="container"><p class="mbr-text mb-0 mbr-fonts-style align-center display-7">© Copyright 2026 Kenya Cycling Union. All Rights Reserved.</p></div></section>
</body></html>
"""


def test_a_mobirise_pages_subtitle_credit_line_and_default_alt(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "climb.html", MOBIRISE_PAGE)
    assert draft.headline == "Iten riders take both titles at the Kerio Valley hill climb"
    assert draft.dek == "A record field of 96 climbed the 14km road from Chebloch to Iten in heavy mist"
    assert draft.byline == ("Jeptoo Kiprono",)
    assert {c.name for c in draft.contributors} == {"Barasa Wekesa"}
    assert draft.dateline == "ITEN"
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Chepkorir Lagat on the last hairpin above the Kerio Valley.", "Barasa Wekesa/KCU", ""),
    ]
    assert "The women's winner, Chepkorir Lagat, finished more than a minute clear of the field after attacking on the last hairpin." in draft.paragraphs
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    assert "Words:" not in text and "Mobirise" not in text


TRIX_ITEM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | County Government of Baringo</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news" wire:navigate>News</a></nav></header>
<main><div wire:snapshot="{&quot;data&quot;:{&quot;post&quot;:[null,{&quot;key&quot;:412}]}}" wire:id="pQ7x2">
<!--[if BLOCK]><![endif]--><span class="badge">Health</span><!--[if ENDBLOCK]><![endif]-->
<h1 class="news-title">Baringo opens maternity wing at Kabarnet hospital</h1>
<p class="lead">The wing has 40 beds and its own theatre, ending transfers to Eldoret for caesarean births</p>
<div class="trix-content">
<div><em>By Chelimo Kiptoo</em><br><br><strong>KABARNET, April 2 – </strong>Mothers in Baringo will no longer be sent to Eldoret for caesarean births after the county opened a maternity wing with its own theatre at Kabarnet County Referral Hospital on Thursday.<br><br>The wing, built over two years, has 40 beds, a newborn unit with six incubators and a waiting shelter for relatives.</div>
<figure data-trix-attachment="{&quot;contentType&quot;:&quot;image/jpeg&quot;,&quot;filename&quot;:&quot;DSC_7781.jpg&quot;,&quot;filesize&quot;:2204117}" data-trix-content-type="image/jpeg" data-trix-attributes="{&quot;presentation&quot;:&quot;gallery&quot;}" class="attachment attachment--preview attachment--jpg"><a href="/storage/news/412/DSC_7781.jpg"><img src="/storage/news/412/DSC_7781.jpg" width="4000" height="3000"><figcaption class="attachment__caption"><span class="attachment__name">DSC_7781.jpg</span> <span class="attachment__size">2.1 MB</span></figcaption></a></figure>
<div>Nurses at the hospital said the theatre would cut the four-hour drive many mothers made in labour.</div>
</div></div></main>
<footer><p>© 2026 County Government of Baringo</p></footer></body></html>
"""


def test_a_trix_attachment_with_no_caption_typed_is_known_by_its_file_name(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "wing.html", TRIX_ITEM)
    assert draft.headline == "Baringo opens maternity wing at Kabarnet hospital"
    assert draft.byline == ("Chelimo Kiptoo",)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [("", "", "DSC_7781.jpg")]
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    assert "2.1 MB" not in text

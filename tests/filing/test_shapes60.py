# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixtieth filing round reads right: a Simple Machines Forum topic saved as a page,
its first post the story; a press officer's note in square brackets leaving the press to run
the report, and a note in brackets that speaks of the photos, which credits none."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

SMF_TOPIC = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta property="og:title" content="Regatta report: Harbour Cup to Gull Wing">
<title>Regatta report: Harbour Cup to Gull Wing</title></head>
<body id="chrome" class="action_display board_2">
<div id="header"><h1 class="forumtitle"><a href="/">Portvale Sailing Forum</a></h1></div>
<div id="upper_section"><div class="navigate_section"><ul>
<li><a href="/"><span>Portvale Sailing Forum</span></a></li>
<li><span class="dividers"> &#9658; </span><a href="/?board=2.0"><span>Club News</span></a></li>
<li class="last"><span class="dividers"> &#9658; </span><a href="/?topic=77.0"><span>Regatta report: Harbour Cup to Gull Wing</span></a></li>
</ul></div></div>
<div id="content_section"><div id="main_content_section">
<div id="display_head" class="information">
<h2 class="display_title"><span id="top_subject">Regatta report: Harbour Cup to Gull Wing</span></h2>
<p>Started by kmensah_psc, 14 June 2026, 08:02:11 pm</p>
<p>0 Members and 2 Guests are viewing this topic.</p>
</div>
<div class="pagesection top"><div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> <span class="pages">Pages</span><span class="current_page">1</span></div></div>
<div id="forumposts"><form action="/?action=quickmod2" method="post" id="quickModForm">
<div class="windowbg" id="msg501"><div class="post_wrapper">
<div class="poster"><h4><a href="/?action=profile;u=3">kmensah_psc</a></h4>
<ul class="user_info"><li class="membergroup">Club Officer</li><li class="postcount">Posts: 212</li></ul></div>
<div class="postarea">
<div class="keyinfo"><div id="subject_501" class="subject_title"><a href="/?msg=501">Regatta report: Harbour Cup to Gull Wing</a></div>
<div class="postinfo"><a href="/?msg=501" class="smalltext">14 June 2026, 08:02:11 pm</a></div></div>
<div class="post"><div class="inner" data-msgid="501" id="msg_501">
<b><span style="font-size: 14pt;" class="bbc_size">Gull Wing wins the Harbour Cup in the last light wind of the day</span></b><br><i>A three-second margin after two hours on the water</i><br><br>By Kofi Mensah, club secretary<br><br>PORTVALE — Gull Wing won the Harbour Cup on Saturday by three seconds, passing the leader as the wind died at the last mark.<br><br>Her skipper, Ama Osei, said the crew had sailed the course twice in the week to learn its shifts.<br><br><a href="/?action=dlattach;attach=90;image" class="bbc_link"><img src="/?action=dlattach;attach=91;image" alt="gull-wing-finish.jpg" title="gull-wing-finish.jpg" class="bbc_img"></a><br><i>Gull Wing crosses the line off the harbour wall.</i> Photo: Yaw Boateng/PSC<br><br>Eighteen boats started, the most since the club moved to the new harbour.<br><br><span style="color: gray;" class="bbc_color">[Full results are in the attached sheet. Newspapers are welcome to use this report and the photos with credit.]</span>
</div></div>
<div class="attachments"><div class="attached"><div class="attachments_top"><a href="/?action=dlattach;attach=92"><img src="/generic_attach.png" class="centericon" alt="*"></a></div>
<div class="attachments_bot"><a href="/?action=dlattach;attach=92"><img src="/clip.png" class="centericon" alt="*">&nbsp;harbour-cup-results.pdf</a><br>(41.20 kB - downloaded 12 times.)</div></div></div>
<div class="under_message"><ul><li class="like_count smalltext"><a href="/?action=likes">9 people like this.</a></li></ul></div>
</div>
<div class="moderatorbar"><div class="signature">Kofi Mensah | Secretary, Portvale Sailing Club<br><i>Fair winds, full sails.</i></div></div>
</div></div>
<hr class="post_separator">
<div class="windowbg" id="msg502"><div class="post_wrapper">
<div class="poster"><h4><a href="/?action=profile;u=9">HarbourWatcher</a></h4><ul class="user_info"><li class="postcount">Posts: 40</li></ul></div>
<div class="postarea">
<div class="keyinfo"><div class="subject_title"><a href="/?msg=502">Re: Regatta report: Harbour Cup to Gull Wing</a></div></div>
<div class="post"><div class="inner" data-msgid="502" id="msg_502">
<blockquote class="bbc_standard_quote"><cite><a href="/?msg=501">Quote from: kmensah_psc on 14 June 2026, 08:02:11 pm</a></cite>Eighteen boats started, the most since the club moved to the new harbour.<br></blockquote>Great day out. Well sailed, Gull Wing!
</div></div>
</div></div></div>
<hr class="post_separator">
</form></div>
<div class="pagesection"><div class="pagelinks floatleft"><a href="#main_content_section" class="button" id="bot">Go Up</a></div></div>
<div id="display_jump_to"><label for="jump">Jump to:</label> <select id="jump"><option>=&gt; Club News</option><option>=&gt; Boats for Sale</option></select></div>
</div></div>
<div id="footer"><ul><li class="copyright"><a href="https://www.simplemachines.org">SMF 2.1.4 &copy; 2023</a>, Simple Machines</li></ul><p>Page created in 0.090 seconds with 21 queries.</p></div>
</body></html>
"""


def test_a_simple_machines_forum_topic_s_first_post_is_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "regatta.html", SMF_TOPIC)
    assert draft.headline == "Gull Wing wins the Harbour Cup in the last light wind of the day"
    assert draft.dek == "A three-second margin after two hours on the water"
    assert draft.byline == ("Kofi Mensah",)
    assert draft.paragraphs == (
        "PORTVALE — Gull Wing won the Harbour Cup on Saturday by three seconds, passing the leader as the wind died at the last mark.",
        "Her skipper, Ama Osei, said the crew had sailed the course twice in the week to learn its shifts.",
        "Eighteen boats started, the most since the club moved to the new harbour.",
    )
    [picture] = draft.images
    assert picture.caption == "Gull Wing crosses the line off the harbour wall."
    assert picture.credit == "Yaw Boateng/PSC"
    assert picture.alt == "gull-wing-finish.jpg"
    text = body_text(draft)
    for board in ("Started by", "Guests are viewing", "Go Down", "Great day out", "Fair winds", "people like this", "harbour-cup-results.pdf", "Jump to", "Regatta report"):
        assert board not in text, board


def test_a_note_in_square_brackets_leaving_the_press_to_run_the_report(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "fair.html",
        "<html><body><article><h1>County fair draws record crowd on its last day</h1>"
        "<p>More than 9,000 people came to the county fair on Sunday, its organisers said.</p>"
        "<p>The fair will return in the same week next year.</p>"
        "<p>[Figures from the gate are in the attached sheet. Media outlets may use this release and its pictures freely.]</p>"
        "</article></body></html>",
    )
    assert draft.paragraphs == (
        "More than 9,000 people came to the county fair on Sunday, its organisers said.",
        "The fair will return in the same week next year.",
    )


def test_a_note_in_brackets_speaking_of_the_photos_credits_no_picture(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "fair.html",
        "<html><body><article><h1>County fair draws record crowd on its last day</h1>"
        "<p>More than 9,000 people came to the county fair on Sunday, its organisers said.</p>"
        "<p>The fair will return in the same week next year.</p>"
        "<p>(The photos from the gate and the show ring will be sent to the desk tonight.)</p>"
        "</article></body></html>",
    )
    assert not draft.images
    assert "The fair will return in the same week next year." in draft.paragraphs


MIDDLEMAN_ARTICLE = """---
title: "Harbour Day regatta goes to the Gull Wing crew"
author: Ana Osei
layout: article
---
<%# DESK: pictures from the club's media team, credit as below. %>

PORTVALE — The Gull Wing crew won the Harbour Day regatta on Saturday by three seconds.

READMORE

Eighteen boats started, the most since the club moved to the new harbour.

<%= image_tag "2026/gull-wing.jpg", alt: "A sailing boat crosses a finish line by a harbour wall", class: "article-image" %>

*Gull Wing crosses the line off the harbour wall.* <span class="credit">Photo: Club Media/Yaw Boateng</span>

The club will hold its next regatta in August.

<% content_for :sidebar do %>
  <h4>Regattas this summer</h4>
  <ul>
    <li>Sat 8 Aug – Lighthouse Race, Portvale</li>
  </ul>
<% end %>
"""


def test_a_middleman_article_s_image_helper_and_its_credit_span(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "regatta.md", MIDDLEMAN_ARTICLE)
    [picture] = draft.images
    assert picture.alt == "A sailing boat crosses a finish line by a harbour wall"
    assert picture.caption == "Gull Wing crosses the line off the harbour wall."
    assert picture.credit == "Club Media/Yaw Boateng"


def test_a_middleman_article_s_summary_mark_and_sidebar_block(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "regatta.md", MIDDLEMAN_ARTICLE)
    assert draft.paragraphs == (
        "PORTVALE — The Gull Wing crew won the Harbour Day regatta on Saturday by three seconds.",
        "Eighteen boats started, the most since the club moved to the new harbour.",
        "The club will hold its next regatta in August.",
    )


def test_a_correspondent_s_byline_from_our_correspondent_then_the_name(tmp_path: Path) -> None:
    for line in ("From our harbour correspondent, Ama Boateng", "By our Sport Correspondent: Ama Boateng"):
        draft = filed_draft(
            tmp_path,
            "road.txt",
            "Harbour road to be mended before the rains\n\n"
            f"{line}\n\n"
            "PORTVALE — The council will mend the harbour road before the rains, its engineer said on Friday.\n\n"
            "Work starts on Monday and will take three weeks, he said.\n",
        )
        assert draft.byline == ("Ama Boateng",), line
        assert draft.paragraphs[0].startswith("PORTVALE — "), line


MESSENGER_PAGE = """Chats
Search Messenger
All
Unread
Ama Boateng
Pic 2: The council's engineer marks the broken edge… · 4m
Night desk
Kofi: pages closing at 11 · 2h

Ama Boateng
Active 4m ago

Ama Boateng
You're friends on Facebook
Lives in Portvale
View profile

FRI 6:40 PM
Evening. Road story coming in bits, signal bad. Hed on top
You sent
ok send when ready
Ama
Hed: Council to mend the harbour road before the rains

by Ama Boateng, Portvale correspondent
Ama
PORTVALE — The council will mend the broken harbour road before the rains come in June, its chief engineer said on Friday after walking its length with traders from the fish market.

Work will start on Monday and take three weeks, with one lane kept open for the ferry traffic, said the engineer, Kofi Mensah, who put the cost at $40,000.
👍 1
Ama
Traders said the road had been broken since the storms of last year, and that two handcarts had tipped over on it in a week.

ENDS
Ama sent 2 photos.
Ama
Pic 1: The broken edge of the harbour road by the fish market on Friday. (Ama Boateng)
Ama
Pic 2: The council's engineer marks the broken edge of the road. (Ama Boateng)
Ama
Voice message
0:31
You sent
Got it, thanks Ama
Seen by Ama Boateng at 6:58 PM

Aa
Send a message…
"""


def test_a_story_sent_in_messages_copied_from_messenger_s_page(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "road.txt", MESSENGER_PAGE)
    assert draft.headline == "Council to mend the harbour road before the rains"
    assert draft.byline == ("Ama Boateng",)
    assert len(draft.paragraphs) == 3
    assert draft.paragraphs[0].startswith("PORTVALE — The council will mend")
    assert draft.paragraphs[2].startswith("Traders said the road")
    text = body_text(draft)
    for page in ("Ama\n", "You sent", "👍", "Voice message", "Seen by", "Send a message", "Evening. Road story"):
        assert page not in text + "\n", page


def test_captions_sent_after_the_photos_in_a_messenger_page(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "road.txt", MESSENGER_PAGE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The broken edge of the harbour road by the fish market on Friday.", "Ama Boateng"),
        ("The council's engineer marks the broken edge of the road.", "Ama Boateng"),
    ]


def test_a_photographer_s_name_alone_in_brackets_after_a_caption(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "road.txt",
        "Council to mend the harbour road before the rains\n\nBy Ama Boateng\n\n"
        "PORTVALE — The council will mend the harbour road before the rains, its engineer said on Friday.\n\n"
        "Work starts on Monday and will take three weeks, he said.\n\n"
        "Caption: The broken edge of the harbour road by the fish market. (Yaw Mensah)\n",
    )
    [picture] = draft.images
    assert picture.caption == "The broken edge of the harbour road by the fish market."
    assert picture.credit == "Yaw Mensah"


SOLEDAD_POST = """<html><body><div class="penci-single-wrapper"><article class="post type-post">
<div class="header-standard"><h1 class="post-title single-post-title entry-title">Harbour road to be mended before the rains</h1>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written by <a class="author-url url fn n" href="/author/ama/">Ama Boateng</a></span></span></div></div>
<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<p>PORTVALE — The council will mend the harbour road before the rains, its engineer said on Friday.</p>
<div class="penci-ilrltpost-insert penci-ilrltpost-beside"><div class="penci-ilrlt-inner"><span class="penci-ilrltpost-title">Read These Too</span><ul><li><a href="/2026/04/ferry-fares/">Ferry fares frozen for another year</a></li><li><a href="/2026/05/fish-market/">Fish market roof finally fixed</a></li></ul></div></div>
<p>Work starts on Monday and will take three weeks, he said.</p>
<p><span style="font-size:11px">Share this post: <a href="https://www.facebook.com/sharer.php">Facebook</a> | <a href="https://api.whatsapp.com/send">WhatsApp</a> | <a href="mailto:?subject=Road">Email a friend</a></span></p>
</div></div></article></div></body></html>
"""


def test_a_soledad_post_s_related_box_between_paragraphs_and_its_share_row(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "road.html", SOLEDAD_POST)
    assert draft.paragraphs == (
        "PORTVALE — The council will mend the harbour road before the rains, its engineer said on Friday.",
        "Work starts on Monday and will take three weeks, he said.",
    )


WEBMAIL_RELEASE = """<html><head><title>PRESS RELEASE: Harbour Board freezes ferry fares – Inbox (12) – desk@portvale.example</title></head>
<body><nav class="mailboxes"><ul><li><a href="/Inbox">Inbox 12</a></li><li><a href="/Sent">Sent</a></li></ul></nav>
<main><h1 class="thread-subject">PRESS RELEASE: Harbour Board freezes ferry fares</h1>
<div class="message"><header class="message-header"><span class="from-name">Harbour Board Press Office</span> <span class="from-email">&lt;press@harbourboard.example&gt;</span>
<time datetime="2026-03-03T10:00:00">Tue 3 Mar 2026, 10:00</time></header>
<div class="message-body">
<p><b>PORTVALE HARBOUR BOARD</b><br>Office of the Chairman</p>
<p><b>FOR IMMEDIATE RELEASE</b><br>Release No. HB 7/2026</p>
<p style="font-size:15pt"><b>Harbour Board freezes ferry fares for all of 2026</b></p>
<p><i>Commuters will pay the same on all four routes as the board absorbs higher fuel costs</i></p>
<p>PORTVALE, 3 March 2026 — The Harbour Board will keep ferry fares at this year's level for all of 2026, its chairman said on Tuesday, despite a rise of a fifth in the price of fuel.</p>
<p>"Families who cross the harbour twice a day cannot carry another rise," said the chairman, Mr Kofi Mensah.</p>
<p style="text-align:center">-ENDS-</p>
</div></div></main></body></html>
"""


def test_a_release_s_own_title_under_the_mail_s_subject_in_a_webmail_page(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.html", WEBMAIL_RELEASE)
    assert draft.headline == "Harbour Board freezes ferry fares for all of 2026"
    assert draft.dek == "Commuters will pay the same on all four routes as the board absorbs higher fuel costs"
    assert draft.dateline == "PORTVALE, 3 March 2026"
    assert draft.paragraphs[0].startswith("PORTVALE, 3 March 2026 — The Harbour Board")


def test_a_camera_pictograph_labels_a_caption_s_credit(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "road.html",
        "<html><body><article><h1>Harbour road to be mended before the rains</h1>"
        "<p>PORTVALE — The council will mend the harbour road before the rains, its engineer said on Friday.</p>"
        '<table><tr><td><img src="road.jpg" alt="A broken road by a harbour"></td></tr>'
        "<tr><td>The broken edge of the harbour road by the fish market. 📷 Courtesy Portvale Council</td></tr></table>"
        "<p>Work starts on Monday and will take three weeks, he said.</p>"
        '<table><tr><td><img src="engineer.jpg" alt=""></td></tr>'
        "<tr><td>The council's engineer marks the road on Friday. 📸 Yaw Mensah</td></tr></table>"
        "</article></body></html>",
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The broken edge of the harbour road by the fish market.", "Courtesy Portvale Council"),
        ("The council's engineer marks the road on Friday.", "Yaw Mensah"),
    ]


RELEASE_WITH_NOTES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour wall to be rebuilt by 2028 | Portvale Port Company</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">Newsroom</a></nav></header>
<main><div class="release">
<h1>Harbour wall to be rebuilt by 2028</h1>
<p>PORTVALE, 3 March 2026 — The Portvale Port Company will rebuild the harbour's northern wall by 2028, it said on Tuesday, after winter storms opened two breaches in its face.</p>
<p>The company estimates the work at about 14 million dollars, most of it for stone brought in by sea from the quarry at Black Head.</p>
<p>Ships will keep using the inner berths while the wall is rebuilt, the harbour master, Ines Oduya, said, with pilots on hand for the larger vessels.</p>
<p>Fishermen on the north quay will be moved to a pontoon in the inner basin until the work is finished.</p>
</div>
<section class="release__notes" aria-labelledby="notes-title"><h2 id="notes-title">Notes to editors</h2><ol>
<li>Portvale Port Company Ltd runs the harbour at Portvale and two smaller ports on the east coast. It is owned by the county council.</li>
<li>The wall was last rebuilt in 1961. Its plans are held in the county archive.</li>
<li>Pictures of the breaches may be used free of charge with the credit shown.</li>
</ol></section>
<footer><p>&copy; 2026 Portvale Port Company</p></footer>
</main></body></html>
"""


def test_a_release_s_numbered_notes_to_editors_are_the_release_s_all_of_them(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "release.html", RELEASE_WITH_NOTES)
    body = body_text(draft)
    assert "Fishermen on the north quay will be moved" in body
    assert "Notes to editors" not in body
    assert "owned by the county council" not in body
    assert "last rebuilt in 1961" not in body
    assert "free of charge with the credit shown" not in body

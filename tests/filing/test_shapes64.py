# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-fourth filing round reads right: a site builder's small print giving the
date and then the writer after a bar ('Posted 6 July 2026 | By Name, Title'); a government
page's metadata list and a last heading over the page's furniture alone; a saved webmail's
capitals headline under its list of parts, a 'PICS (all Name):' list and the pictures shown
under it; a webmail's message list copied with the page; a Jekyll post's Liquid comment and
the byline a note asks for; a Messages conversation copied on a Mac, its parts, its resent
paragraph and its pictures; an ad plugin's block typed as one; a Word file's graphics box, a
picture and its numbered caption in a floating text box; a box the writer offers for the page
('FOR A BOX IF THERE'S ROOM:'); a box asking readers to follow a messaging app's channel."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from lxml import etree

from tests.filing.test_file import png
from tests.helpers import body_text, filed_draft


def test_a_site_builder_s_posted_date_then_the_writer_after_a_bar(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "regatta.html",
        "<html><body><div class='ed-element ed-container'><div class='inner'>"
        "<div class='ed-element ed-headline'><h1>Sloop race returns to the harbour after four years</h1></div>"
        "<div class='ed-element ed-headline'><h2>Twelve boats are entered for the Easter weekend</h2></div>"
        "<div class='ed-element ed-text small-print'><p><span>Posted 2 March 2026 &nbsp;|&nbsp; By Dwayne Penn, Club Secretary</span></p></div>"
        "<div class='ed-element ed-text'><p>The island's sloop race will be sailed again over Easter after four years without it, the sailing club said on Monday.</p>"
        "<p>Twelve boats have entered, three of them built on the island since the last race.</p></div>"
        "</div></div></body></html>",
    )
    assert draft.byline == ("Dwayne Penn",)
    assert "Posted 2 March" not in body_text(draft)
    assert draft.paragraphs[0].startswith("The island's sloop race will be sailed again")


GOVERNMENT_NEWS_STORY = (
    "<html><body><header class='gem-c-layout-super-navigation-header'><a href='/'>Home</a></header>"
    "<main><div class='gem-c-title'><span class='gem-c-title__context'>Press release</span>"
    "<h1 class='gem-c-title__text'>New lifeboat station opens on the north shore</h1></div>"
    "<p class='gem-c-lead-paragraph'>The station will cut the time to reach the outer reefs by half.</p>"
    "<div class='gem-c-metadata'><dl><dt class='gem-c-metadata__term'>From:</dt>"
    "<dd class='gem-c-metadata__definition'><a href='/org'>Department for Island Affairs</a></dd>"
    "<dt class='gem-c-metadata__term'>Published</dt><dd class='gem-c-metadata__definition'>4 March 2026</dd></dl></div>"
    "<div class='govspeak'>"
    "<p>A new lifeboat station opened on the north shore on Tuesday, the first built on the island for thirty years, with a crew of twelve volunteers and a boat that can reach the outer reefs in twenty minutes.</p>"
    "<p>The station cost £2.1 million, paid for by the department and a bequest from a former coxswain's family.</p>"
    "<h2 id='further-information'>Further information</h2>"
    "<p>Follow the department on <a href='https://www.facebook.com/x'>Facebook</a> and <a href='https://www.instagram.com/x'>Instagram</a>.</p>"
    "<p>For media enquiries, contact Ms Ana Ruiz, Communications Officer, on <a href='mailto:press@example.org'>press@example.org</a>.</p>"
    "</div><div class='gem-c-published-dates'>Published 4 March 2026</div></main>"
    "<footer><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>© Crown copyright</p></footer>"
    "</body></html>"
)


def test_a_government_page_s_metadata_list_in_a_plain_dl_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lifeboat.html", GOVERNMENT_NEWS_STORY)
    assert draft.paragraphs[0].startswith("A new lifeboat station opened on the north shore")
    assert "From:" not in body_text(draft)
    assert "Department for Island Affairs" not in body_text(draft)


def test_the_last_heading_over_the_page_s_furniture_alone_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lifeboat.html", GOVERNMENT_NEWS_STORY)
    assert draft.paragraphs[-1].startswith("The station cost £2.1 million")
    assert "Further information" not in body_text(draft)


def test_a_crosshead_over_the_story_s_last_paragraph_stays(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "lifeboat.html",
        GOVERNMENT_NEWS_STORY.replace(
            "<p>Follow the department on",
            "<p>The crew will train every Thursday evening and is looking for four more volunteers.</p><p>Follow the department on",
        ),
    )
    assert "## Further information" in body_text(draft)
    assert draft.paragraphs[-1].startswith("The crew will train every Thursday evening")


def _saved_webmail_message(pictures_heading: str = "PICS (all Tamsin Leonard):") -> str:
    """A correspondent's mail saved from a webmail's message view: the subject in the headers
    table, the list of the mail's parts under it, the plain text as lines, the pictures shown
    inline after it with their files' names as alt text."""
    parts = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>[image/jpeg]</td><td>1.{n} MB</td><td><a href='#'>Download</a></td><td><a href='#'>View</a></td></tr>"
        for n, name in enumerate(("DSC_0101.jpg", "DSC_0107.jpg", "DSC_0112.jpg"), 2)
    )
    text = "<br />\n".join(
        [
            "Hello desk, the quarry story for Friday. Three pics attached, captions at the end. Ring me after 5 if anything.",
            "",
            "QUARRY BLASTING TO STOP AFTER SCHOOL ROOF CRACKS",
            "",
            "Parents say the cracks appeared within a week of the new blasting schedule",
            "",
            "By Tamsin Leonard",
            "North Coast Correspondent",
            "",
            "PORT ELLIS – Blasting at the Haw Point quarry will stop from Monday while engineers inspect cracks in the roof of the primary school below it, the island council said on Thursday.",
            "",
            "The quarry's owners said the charges had been no larger than in any other year, and that they would pay for the inspection themselves.",
            "",
            "Parents said the cracks had appeared within a week of the quarry moving its blasting to the mornings, when the children are in class.",
            "",
            '"We felt the floor shake on Tuesday and by Wednesday there was plaster on the desks," said Maura Tiernan, whose two sons are at the school. "Nobody told us the times had changed."',
            "",
            "The council's engineer, Desmond Kealy, said the roof would be checked by Friday and that the school would stay open in the meantime, with the two infants' classrooms moved to the hall.",
            "",
            "The quarry employs 34 people and supplies most of the stone for the new breakwater at Port Ellis, which is due to be finished in October.",
            "",
            "ENDS",
            "",
            pictures_heading,
            "DSC_0101.jpg – Cracks in the ceiling of the infants' classroom at Port Ellis school.",
            "DSC_0107.jpg – The Haw Point quarry seen from the school playground.",
            "DSC_0112.jpg – Engineers on the school roof on Thursday.",
            "",
            "-- ",
            "Tamsin Leonard",
        ]
    )
    shown = "".join(
        f"<div class='mimePartBase'><div class='mimePartInfo'><div><a href='#' title='Download'><span class='iconImg downloadImg'></span></a> {name} [image/jpeg] 1.{n} MB</div></div>"
        f"<div class='mimePartData'><img src='/imp/view.php?actionID=view_attach&amp;id={n}' alt='{name}' /></div></div>"
        for n, name in enumerate(("DSC_0101.jpg", "DSC_0107.jpg", "DSC_0112.jpg"), 2)
    )
    return (
        "<html><head><title>Horde :: Mail :: Inbox :: Quarry story + 3 pics</title></head><body>"
        "<div id='horde-navigation'><a href='#'>Mail</a> <a href='#'>Calendar</a> <a href='#'>Address Book</a></div>"
        "<div id='sidebar'><ul><li><a href='#'>Inbox (9)</a></li><li><a href='#'>Sent</a></li><li><a href='#'>Trash</a></li></ul></div>"
        "<div class='header'><div class='horde-buttonbar'><ul><li><a href='#'>Reply</a></li><li><a href='#'>Forward</a></li><li><a href='#'>Delete</a></li></ul></div>"
        "<h1 class='header'><span class='subject'>Quarry story + 3 pics</span></h1></div>"
        "<table class='messageHeaders'>"
        "<tr><td><strong>Date:</strong></td><td>Thu, 05 Mar 2026 17:48:02 +0000</td></tr>"
        "<tr><td><strong>From:</strong></td><td>Tamsin Leonard &lt;tamsin@example.org&gt;</td></tr>"
        "<tr><td><strong>To:</strong></td><td>newsdesk@example.org</td></tr>"
        "<tr><td><strong>Subject:</strong></td><td>Quarry story + 3 pics</td></tr>"
        f"<tr><td><strong>Part(s):</strong></td><td><table class='partlist'>{parts}</table> <a href='#'>Download All Attachments (in .zip file)</a></td></tr>"
        "<tr><td><strong>Flags:</strong></td><td>Seen</td></tr></table>"
        f"<div class='messageBody'><div class='mimePartBase'><div class='mimePartData'><div class='fixed leftAlign'>{text}</div></div></div>{shown}</div>"
        "</body></html>"
    )


def test_a_saved_webmail_s_subject_gives_way_to_the_headline_under_the_parts_list(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "quarry.html", _saved_webmail_message())
    assert draft.headline == "QUARRY BLASTING TO STOP AFTER SCHOOL ROOF CRACKS"
    assert draft.dek == "Parents say the cracks appeared within a week of the new blasting schedule"
    assert draft.byline == ("Tamsin Leonard",)
    assert draft.dateline == "PORT ELLIS"
    assert "Hello desk" not in body_text(draft)


def test_a_list_heading_giving_all_the_pictures_one_name_credits_them(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "quarry.html", _saved_webmail_message())
    assert [p.credit for p in draft.images] == ["Tamsin Leonard"] * 3
    assert "PICS" not in body_text(draft)


def test_a_mail_s_pictures_shown_under_the_list_take_its_captions(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "quarry.html", _saved_webmail_message())
    assert [p.caption for p in draft.images] == [
        "Cracks in the ceiling of the infants' classroom at Port Ellis school.",
        "The Haw Point quarry seen from the school playground.",
        "Engineers on the school roof on Thursday.",
    ]
    assert [p.source[-5:] for p in draft.images] == ["&id=2", "&id=3", "&id=4"]


def test_a_list_heading_naming_no_one_credits_no_one(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "quarry.html", _saved_webmail_message("PICS (all attached):"))
    assert all(not p.credit for p in draft.images)


WEBMAIL_COPY = """iCloud
Mail

Mailboxes
Inbox
9
VIPs
Flagged
Drafts
2
Sent
Junk
Bin
Archive
Correspondents

Inbox
Sort by Date
Owen Pascoe
09:41
Ferry story for Saturday
Morning desk, ferry story below, two pics attached. Back on the boat at noon if...
Harbour Office
08:15
Notice: south quay closed for dredging
The south quay will be closed to all vessels from Monday 9 March while the...
Council Press Office
07:50
PRESS RELEASE: Budget meeting moved to Tuesday
The council's budget meeting will now be held on Tuesday 10 March at the...
Island Rugby Club
Yesterday
Re: match report
Final score was 24-17, report to follow by tonight if I can get the...

Reply
Reply All
Forward
Move
Archive
Delete
Flag
More

Owen Pascoe
To: News Desk
Cc: Picture Desk
6 March 2026 at 09:41
Details
Ferry story for Saturday

Morning desk, ferry story below, two pics attached. Back on the boat at noon if you need me. The harbourmaster says he will ring you about the new timetable.
Owen

New ferry makes first crossing a month late

By Owen Pascoe

ST MARY'S -- The island's new passenger ferry made its first crossing on Friday, a month after it was due, with 140 passengers and the mayor on board for the 40-minute run to the mainland.

The ferry cost £4.1 million, paid for by the council and a grant from the islands' development fund, and replaces a boat that had sailed the route for 38 years.

The operator said the delay came from a fault in one of the two engines found during sea trials in January, which had to be sent back to the builders in the Netherlands.

"We have waited a long time for this boat and a month more did not matter," said Edna Jenkin, who has crossed every Friday for twenty years to see her sister.

The old ferry will be sold, the council said, and the money put towards a new waiting room on the quay.

ENDS

Captions:
IMG_0412.HEIC - The new ferry leaves St Mary's quay on its first crossing on Friday. (Photo: Owen Pascoe)
IMG_0420.HEIC - Passengers on the upper deck. (Photo: Owen Pascoe)

Sent from my iPhone

IMG_0412.HEIC
2.2 MB
IMG_0420.HEIC
1.9 MB
Download All
"""


def test_a_webmail_s_message_list_copied_with_the_page_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", WEBMAIL_COPY)
    text = body_text(draft)
    assert "south quay will be closed" not in text
    assert "Final score was 24-17" not in text
    assert "Island Rugby Club" not in text
    assert draft.paragraphs[0].startswith("ST MARY'S -- The island's new passenger ferry")


def test_the_story_s_title_over_its_byline_under_the_mail_s_sender_and_subject(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", WEBMAIL_COPY)
    assert draft.headline == "New ferry makes first crossing a month late"
    assert draft.byline == ("Owen Pascoe",)
    assert draft.dateline == "ST MARY'S"


def test_lines_with_times_over_sentences_cut_short_once_are_no_message_list(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "timeline.txt",
        "How the night unfolded\n\nBy Owen Pascoe\n\n"
        "ST MARY'S -- The lifeboat was called out three times on Friday night as the storm passed over the islands.\n\n"
        "Coxswain\n21:40\nFirst call\nA yacht dragging its anchor off the quay, its crew of two unable to...\n\n"
        "The crew said the yacht's owners had been asleep below when the anchor gave way.\n",
    )
    assert "First call" in body_text(draft)


JEKYLL_POST = """---
title: "Island school opens its first marine science lab"
description: "Thirty pupils will study the reef from a converted boathouse on the quay"
author: ahenwood
date: 2026-03-18 09:30:00 +0000
categories: [Education]
---

{% comment %}
Desk -- this is the post from my blog, sent as the .md because the site is down this week. Byline please as Alys Henwood, freelance. Pics are mine, credits in the captions. The head teacher's figures checked on Monday. A.
{% endcomment %}

ST AGNES -- The island's secondary school opened its first marine science laboratory on Monday, in a boathouse on the quay that the harbour trust gave the school last year.

Thirty pupils will use the lab each week to study the reef and the seagrass beds off the quay, the head teacher, Morwenna Pender, said.

The trust and a bequest from a former pupil paid the £80,000 the conversion cost.
"""


def test_a_jekyll_post_s_liquid_comment_is_a_note_to_the_desk(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lab.md", JEKYLL_POST)
    text = body_text(draft)
    assert "Byline please" not in text
    assert "figures checked" not in text
    assert draft.paragraphs[0].startswith("ST AGNES -- The island's secondary school")


def test_a_note_giving_the_byline_names_the_writer_the_author_s_login_does_not(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lab.md", JEKYLL_POST)
    assert draft.byline == ("Alys Henwood",)


def test_a_login_as_author_with_no_note_asking_a_byline_stays(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lab.md", JEKYLL_POST.replace("Byline please as Alys Henwood, freelance. ", ""))
    assert draft.byline == ("ahenwood",)


MESSAGES_ON_A_MAC = """Rhiannon Tresize
iMessage
Sat, 7 Mar at 16:02
Afternoon! Match just finished, writing now. We won 🏉
Great, send it in bits if that's easier
Delivered
Sat, 7 Mar at 17:10
Part 1 of 2

Islanders win the county cup for the first time

By Rhiannon Tresize

ST MARY'S — The Islanders won the county rugby cup for the first time on Saturday, beating the holders Penzance Pirates 24-17 in front of about 900 people at the Garrison field.

The home side trailed 17-10 at half-time before two tries from winger Jory Pascoe in the last 15 minutes turned the game around.

Coach Demelza Hicks said it was the best afternoon in the club's 60 years.
Loved “Part 1 of 2 Islanders win the county cup for the first time By Rhiannon Tresize ST MARY'S…”
Sat, 7 Mar at 17:24
Part 2 of 2

“We have lost this final four times,” Hicks said. “Today the island carried us over the line.”

The cup is worth £2,000 to the club, which will put it towards new floodlights.

END
Sat, 7 Mar at 17:31
Sorry, wrong score at half-time in part 1 para 2, use this one:

The home side trailed 17-7 at half-time before two tries from winger Jory Pascoe in the last 15 minutes turned the game around.
Edited
Thanks R, got it. Any pictures?
Read 17:33
Sat, 7 Mar at 17:40
\ufffc
\ufffc
Pic 1 Jory Pascoe scores the winning try in the 76th minute.
Pic 2 Captain Tomas Ellis lifts the cup.
Pics by my brother Kit Tresize please credit him 🙏
Liked “Pics by my brother Kit Tresize please credit him 🙏”
Brilliant. Thanks for tonight
Delivered
iMessage
"""


def test_a_messages_conversation_copied_on_a_mac_is_the_story_its_parts_hold(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cup.txt", MESSAGES_ON_A_MAC)
    assert draft.headline == "Islanders win the county cup for the first time"
    assert draft.byline == ("Rhiannon Tresize",)
    assert draft.dateline == "ST MARY'S"
    assert draft.paragraphs[-1] == "The cup is worth £2,000 to the club, which will put it towards new floodlights."
    text = body_text(draft)
    for talk in ("Part 1 of 2", "Part 2 of 2", "Loved", "Delivered", "Read 17:33", "Edited", "Any pictures?", "Brilliant"):
        assert talk not in text


def test_a_paragraph_resent_in_a_messages_conversation_takes_its_place(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cup.txt", MESSAGES_ON_A_MAC)
    assert draft.paragraphs[1].startswith("The home side trailed 17-7 at half-time")
    assert "17-10" not in body_text(draft)


def test_pictures_copied_as_objects_take_the_numbered_captions_and_the_credit_for_all(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cup.txt", MESSAGES_ON_A_MAC)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Jory Pascoe scores the winning try in the 76th minute.", "Kit Tresize"),
        ("Captain Tomas Ellis lifts the cup.", "Kit Tresize"),
    ]


def test_a_sentence_opening_on_a_count_is_no_part_label(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "vote.txt",
        "Council keeps the ferry subsidy\n\nBy Ana Ruiz\n\n"
        "ST MARY'S — The council voted on Tuesday to keep the ferry subsidy for another year.\n\n"
        "2 of 5 councillors voted against it, saying the money should go to the school roof.\n",
    )
    assert "2 of 5 councillors voted against it" in body_text(draft)


def test_an_ad_plugin_s_block_typed_for_search_engines_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "rates.html",
        "<html><body><main><article class='post single-post'>"
        "<h1 class='single-post-title'><span class='post-title'>Harbour dues to rise by a tenth in April</span></h1>"
        "<div class='entry-content'>"
        "<p><strong>ST MARY'S —</strong> Harbour dues for visiting yachts will rise by ten per cent from 1 April, the harbour board said on Tuesday, the first rise in six years.</p>"
        "<p>The board said the money would pay for new pontoons and a second fuel berth on the quay.</p>"
        "<div class='qwrt qwrt-post-inline qwrt-align-center'><div id='qwrt-118-2201' class='qwrt-container qwrt-type-image' itemscope='' itemtype='https://schema.org/WPAdBlock' data-adid='118'>"
        "<a class='qwrt-link' href='https://example.org/?track=118' rel='nofollow'><img class='qwrt-image' src='https://example.org/wp-content/uploads/2026/01/chandlery-728.jpg' alt='Quay Chandlery – everything for the boat since 1971' /></a>"
        "<p class='qwrt-caption qwrt-caption-below'>Advertisement</p></div></div>"
        "<p>Boat owners said the rise was fair if the work was done before the summer, when the harbour is full.</p>"
        "</div></article></main></body></html>",
    )
    assert draft.images == ()
    assert "Advertisement" not in body_text(draft)
    assert draft.paragraphs[-1].startswith("Boat owners said the rise was fair")


_BOX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _graphics_box(document: docx.Document, paragraph: docx.text.paragraph.Paragraph, caption: str) -> None:
    """A floating text box anchored in `paragraph`, holding a picture and its caption, as a
    word processor saves a graphics box (WordPerfect's) in a .docx."""
    run = document.add_paragraph().add_run()
    run.add_picture(io.BytesIO(png()))
    drawing = etree.tostring(run._r.find(docx.oxml.ns.qn("w:drawing"))).decode()
    run._r.getparent().getparent().remove(run._r.getparent())
    box = (
        f'<w:r {_BOX_NS}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2926080" cy="2468880"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="20" name="Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r>{drawing}</w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Figure 1</w:t></w:r>'
        f'<w:r><w:t xml:space="preserve">  {caption}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )
    paragraph._p.append(parse_xml(box))


def _court_copy(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph().add_run("Harbour clerk jailed for taking mooring fees").bold = True
    document.add_paragraph("By Petroc Angove, Courts Reporter")
    document.add_paragraph(
        "TRURO – A former harbour clerk who kept £48,000 of visiting yachts' mooring fees was jailed for three years on Thursday."
    )
    held = document.add_paragraph(
        "Gwen Rowe, 47, admitted 22 counts of theft committed over four summers while she ran the harbour office alone."
    )
    _graphics_box(document, held, "The harbour office on the quay, where the fees were paid. Photo: Western Courier file")
    document.add_paragraph(
        "The judge said the harbour board had trusted her with the cash box and she had treated it as her own purse."
    )
    document.add_paragraph("Defence counsel said she had paid back £6,000 and was deeply ashamed.")
    path = tmp_path / "clerk.docx"
    document.save(str(path))
    return path


def test_a_word_file_s_graphics_box_is_its_picture_and_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "clerk.docx", _court_copy(tmp_path).read_bytes())
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The harbour office on the quay, where the fees were paid.", "Western Courier file")
    ]
    assert draft.images[0].data is not None
    assert "Figure 1" not in body_text(draft)
    assert draft.paragraphs[-1] == "Defence counsel said she had paid back £6,000 and was deeply ashamed."


_VOTE_STORY = (
    "Council votes to rebuild the north quay\n\nBy Jenna Kitto\n\n"
    "ST MARY'S — The council voted on Tuesday to rebuild the north quay, which has been closed to ferries since a storm cracked its outer wall in January, at a cost the engineers put at £3.2 million over two years.\n\n"
    "The vote was nine to three after a debate that ran for more than two hours, with the three members against saying the money should go first to the school roof and the care home.\n\n"
    "The council's engineer said the work would start in September and that ferries would use the south quay until the north quay reopened, probably in the spring of 2028.\n\n"
)


def test_a_box_the_writer_offers_for_the_page_is_no_part_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "quay.txt",
        _VOTE_STORY + "FOR A BOX IF THERE'S ROOM:\n\nOuter wall\n\n£2.1 million\n\nNew fenders\n\n£0.6 million\n\nENDS\n",
    )
    text = body_text(draft)
    assert "FOR A BOX" not in text
    assert "Outer wall" not in text
    assert draft.paragraphs[-1].startswith("The council's engineer said the work would start")



def test_a_box_asking_readers_to_follow_a_messaging_channel_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "show.html",
        "<html><body><div class='ed-element ed-container'><div class='inner'>"
        "<div class='ed-element ed-headline'><h1>Agricultural show moves to the airfield this year</h1></div>"
        "<div class='ed-element ed-text'><p>The island's agricultural show will be held on the old airfield in August, the show committee said on Monday, because the usual field is needed for the new school's foundations.</p>"
        "<p>Entries for the livestock classes close on 20 July, and the committee expects more than 3,000 visitors over the two days.</p></div>"
        "<div class='ed-element ed-text share'><p><strong>Share this story</strong> <a href='#'>Facebook</a> · <a href='#'>WhatsApp</a></p></div>"
        "</div></div>"
        "<div class='ed-element ed-container preset-box-green'><div class='inner'>"
        "<div class='ed-element ed-headline'><h3>Get show updates on WhatsApp</h3></div>"
        "<div class='ed-element ed-text'><p>Join our channel for parking, timetables and results. No spam, just the show.</p></div>"
        "<div class='ed-element ed-button'><a href='https://whatsapp.com/channel/x' class='button'>Join the channel</a></div>"
        "</div></div></body></html>",
    )
    text = body_text(draft)
    assert "WhatsApp" not in text
    assert "Join our channel" not in text
    assert draft.paragraphs[-1].startswith("Entries for the livestock classes close on 20 July")


def test_a_chat_whose_writer_sends_a_voice_note_after_the_pictures_is_filed(
    tmp_path: Path,
) -> None:
    """A message the export leaves with no text of its own ('\u200eaudio omitted') after the
    pictures is no line to read a credit from: the chat is filed."""
    lrm = "\u200e"
    chat = (
        "[02/04/2026, 09:01:10] Desk: Send the harbour story when ready\r\n"
        "[02/04/2026, 09:20:31] Ana Ruiz: Pontoons to be replaced before the summer\r\n"
        "[02/04/2026, 09:20:55] Ana Ruiz: ST MARY'S — The harbour board will replace the "
        "visitors' pontoons before the summer, its chairman said on Tuesday.\r\n"
        "[02/04/2026, 09:21:40] Ana Ruiz: The work will cost £1.2 million and take eight weeks, "
        "he said, and the quay will stay open throughout.\r\n"
        f"[02/04/2026, 09:22:02] Ana Ruiz: {lrm}image omitted\r\n"
        "[02/04/2026, 09:22:30] Ana Ruiz: Pic 1: The visitors' pontoons at St Mary's on "
        "Tuesday. (Photo: Ana Ruiz)\r\n"
        f"[02/04/2026, 09:23:01] Ana Ruiz: {lrm}audio omitted\r\n"
        "[02/04/2026, 09:24:15] Desk: Thanks, running it now\r\n"
    )
    draft = filed_draft(tmp_path, "harbour.txt", chat)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The visitors' pontoons at St Mary's on Tuesday.", "Ana Ruiz")
    ]

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-eighth filing round reads right: a story pasted in parts into a
meeting's chat, a translation tool's bilingual review file, a Word export with a library's
evaluation notices, a forwarded memo from a mail server, a blog platform's Markdown backup,
and pages from a publishing tool, a team site and agency and weekly papers."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft
from tests.helpers import Clone


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


MEETING = """09:30:05 From Dana Whitfield (Metro Desk) to Everyone:
\tMorning. Budget first, then Tomas's file.
09:31:12 From Tomas Lindqvist to Everyone:
\tMail is down here, pasting the ferry story in parts
09:32:40 From Tomas Lindqvist to Everyone:
\tHEADLINE: Island ferry adds a winter run as school numbers grow
\tSTANDFIRST: Families on the outer islands say the early boat will save their children a night away from home
\tBy Tomas Lindqvist
09:33:18 From Tomas Lindqvist to Everyone:
\tHARBOR ISLE, Maine -- The ferry to the outer islands will add a 6:15 a.m. run this winter so that children can reach the mainland school before the first bell, the ferry service said on Monday.
\t
\tUntil now the first boat left at 7:40, and about 30 pupils stayed on the mainland with relatives from Sunday to Friday, said Ruth Calder, who heads the island school board.
09:33:55 From Mei Okafor (Sports) to Everyone:
\tcan someone mute, there is a dog barking
09:34:30 From Tomas Lindqvist to Everyone:
\tThe early run costs the service about 900 dollars a week in fuel and crew, which the state will cover for two winters, said the ferry service's director, Paul Brennan.
\t
\tHow it will work
\t
\tThe boat will wait at the mainland pier for ten minutes after the school bus arrives on the way back, so that no child misses it, Brennan said at a meeting in the island hall.
09:35:02 From Dana Whitfield (Metro Desk) to Everyone:
\tReplying to "The early run costs the service about 900 dollars a week in f..."
\t
\tTomas, is that 900 a week or a month? Readers will ask.
09:36:10 From Tomas Lindqvist to Everyone:
\tReplying to "Tomas, is that 900 a week or a month? Readers will ask...."
\t
\tA week, but I had the old figure. Use this for that para:
\t
\tThe early run costs the service about 1,100 dollars a week in fuel and crew, which the state will cover for two winters, said the ferry service's director, Paul Brennan.
09:36:20 From Dana Whitfield (Metro Desk) to Everyone:
\tReacted to "A week, but I had th..." with 👍
09:37:44 From Tomas Lindqvist to Everyone:
\tParents said the change had come after three years of asking. "My son will sleep in his own bed on a school night for the first time since he was eleven," said Ellen Marsh, a lobster fisher's wife.
\t
\tEND
09:38:15 From Tomas Lindqvist to Everyone:
\tPhotos coming by phone. Captions:
\tPic 1: The ferry leaves the mainland pier on Monday morning. (Photo: Tomas Lindqvist)
\tPic 2: Pupils wait for the school bus at the pier. (Photo: Courtesy of the Island School Board)
09:38:50 From Dana Whitfield (Metro Desk) to Everyone:
\tGot it, thanks. Next up, sports.
"""


def test_a_story_pasted_in_parts_into_a_meeting_s_chat(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", MEETING)
    assert draft.headline == "Island ferry adds a winter run as school numbers grow"
    assert draft.dek.startswith("Families on the outer islands")
    assert draft.byline == ("Tomas Lindqvist",)
    assert draft.dateline == "HARBOR ISLE, Maine"
    assert draft.paragraphs[0].startswith("HARBOR ISLE, Maine -- The ferry")
    assert draft.paragraphs[-1].startswith("Parents said the change")
    assert "How it will work" in draft.paragraphs
    for talk in ("From ", "mute", "Mail is down", "Got it", "Reacted to", "Replying to"):
        assert talk not in body, talk


def test_a_paragraph_rewritten_in_reply_to_the_desk_takes_its_place(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", MEETING)
    assert "about 900 dollars" not in body
    fixed = [n for n, p in enumerate(draft.paragraphs) if "1,100 dollars" in p]
    assert fixed == [2]  # where the old paragraph stood
    assert "Readers will ask" not in body and "Use this" not in body


def test_captions_listed_in_a_chat_message_are_the_pictures(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", MEETING)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The ferry leaves the mainland pier on Monday morning.", "Tomas Lindqvist", ""),
        ("Pupils wait for the school bus at the pier.", "Courtesy of the Island School Board", ""),
    ]
    assert "Photos coming" not in body


def _review_file(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbour_Levy_FR.docx")
    document.add_paragraph("Project: HL-2603 | Translator: Ines Moreau | Reviewer: Paul Girard")
    document.add_paragraph("Edit the Target segment column only.")
    rows = (
        ("1", "Translation Approved", "Le port relève sa taxe", "Port raises its levy on cruise passengers", ""),
        ("2", "Translated", "La taxe passera à 12 euros", "The levy will rise to 12 euros a passenger from April", ""),
        ("3", "Translated", "Par Claire Dubois", "By Claire Dubois", ""),
        ("4", "Translated", "<1>CHERBOURG</1> – Le port ...", "<1>CHERBOURG</1> – The port will raise the levy it charges cruise passengers from 8 to 12 euros in April, its board decided on Tuesday.", ""),
        ("5 a", "Translated", "Le conseil a voté ...", "The board voted 9 to 2 for the rise.", ""),
        ("5 b", "Draft", "Les opposants ...", "Two members said it would drive ships to other ports.", "Reviewer: check the count"),
        ("6", "Translated", "Des navires à quai. (Photo : Luc Bernard)", "Ships at the quay on Sunday. (Photo: Luc Bernard)", ""),
        ("7", "Translated", "Le produit financera ...", "The money will pay for shore power at the cruise terminal, the port's director said.", ""),
        ("8", "Not Translated", "Note au traducteur : ne pas traduire.", "", ""),
    )
    table = document.add_table(rows=len(rows) + 1, cols=5)
    header = ("Segment ID", "Segment status", "Source segment", "Target segment", "Comment")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.save(str(path))


def test_a_bilingual_review_file_is_read_down_its_target_column(tmp_path: Path) -> None:
    path = tmp_path / "levy.docx"
    _review_file(path)
    draft = read_draft(path)[1]
    body = "\n".join(draft.paragraphs)
    assert draft.headline == "Port raises its levy on cruise passengers"
    assert draft.dek == "The levy will rise to 12 euros a passenger from April"
    assert draft.byline == ("Claire Dubois",)
    assert draft.dateline == "CHERBOURG"
    assert draft.paragraphs[0].startswith("CHERBOURG – The port will raise")
    assert "The board voted 9 to 2 for the rise. Two members said it would drive ships to other ports." in draft.paragraphs
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Ships at the quay on Sunday.", "Luc Bernard")
    ]
    for chrome in ("Segment", "Translated", "Le port", "Reviewer", "<1>", "Note au"):
        assert chrome not in body, chrome


def test_a_word_export_s_evaluation_notices_and_a_credit_after_a_bar(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Evaluation Only. Created with Wordsmith.Lib. Copyright 2003-2026 Wordsmith Ltd.")
    document.add_paragraph("Lake town caps its boat moorings", style="Title")
    document.add_paragraph("By Grace Wanjiku")
    for text in (
        "The county will cap the number of moorings in the bay after two summers of crowding, its fisheries officer said on Tuesday.",
        "Boat owners said they had not been asked before the rule was drawn up.",
    ):
        document.add_paragraph(text)
    document.add_paragraph("Boats moored in the bay on Monday. PHOTO | GRACE WANJIKU | MIRROR", style="Caption")
    document.add_paragraph("The old jetty before the storm. PHOTO | FILE", style="Caption")
    document.add_paragraph("The rule takes effect in March.")
    document.add_paragraph(
        "Created with an evaluation copy of Wordsmith.Lib. To remove all limitations, you can use a Free Temporary License https://example.com/temporary-license/"
    )
    path = tmp_path / "moorings.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Boats moored in the bay on Monday.", "GRACE WANJIKU | MIRROR"),
        ("The old jetty before the storm.", "FILE"),
    ]
    assert draft.paragraphs[-1] == "The rule takes effect in March."
    assert not any("evaluation" in p.lower() for p in draft.paragraphs)


WEEKLY = """Skip to content
Tuesday, March 3, 2026 | የካቲት 24 ቀን 2018 ዓ.ም.
The Rift Weekly

News
Regions
Regions
Coffee growers share a solar dryer on the hills above Jimma

[Image: Women spread coffee cherries on raised beds under a clear plastic roof]
Growers dry cherries under the new roof in February. Photo: Rift Weekly/Abel Tesfaye

BY HANNA GIRMA
Rift Weekly Staff Reporter
March 3, 2026 | የካቲት 24 ቀን 2018 ዓ.ም.

JIMMA – Coffee growers in three kebeles above Jimma have started drying their cherries under a shared solar roof, cutting the days it takes to dry a harvest from three weeks to about ten.

"Before, the rain came and we lost half," said Ato Kebede Alemu, who grows coffee on two hectares. "Now the roof keeps it dry."

The dryer was paid for by a cooperative union and cost about 900,000 Birr, the union said.

Join our Telegram channel for breaking news: t.me/riftweekly

Leave a Reply
Comment *
Name *
Email *
Post Comment

Editor's Pick
Teff prices fall after the harvest
Addis bus lanes open in April

© 2026 The Rift Weekly. All Rights Reserved.
"""


def test_a_picture_s_described_line_above_its_caption_is_no_headline(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "coffee.txt", WEEKLY)
    assert draft.headline == "Coffee growers share a solar dryer on the hills above Jimma"
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Growers dry cherries under the new roof in February.",
            "Rift Weekly/Abel Tesfaye",
            "Women spread coffee cherries on raised beds under a clear plastic roof",
        )
    ]


def test_a_date_line_in_two_calendars_and_a_weekly_s_tail(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "coffee.txt", WEEKLY)
    assert draft.paragraphs[0].startswith("JIMMA – Coffee growers")
    assert draft.paragraphs[-1].startswith("The dryer was paid for")
    for chrome in ("ዓ.ም.", "Telegram", "Name *", "Post Comment", "Editor's Pick", "Teff prices"):
        assert chrome not in body, chrome


AGENCY_PAGE = """<html><head><title>Lake Kivu ferry | English Service</title></head><body>
<main><div class="portlet-content">
<h1>Lake Kivu gets a night ferry to Rubavu</h1>
<p class="summary">The new boat will run three nights a week between Rusizi and Rubavu from January</p>
<p class="byline">By Alice Uwase</p>
<div class="body">
<p><strong>RUSIZI, 4 March 2026 (XNA)</strong> – A night ferry will start running on Lake Kivu between Rusizi and Rubavu in January, the transport authority said on Wednesday, cutting the trip by road from six hours to four by water.</p>
<p>The boat will carry 120 passengers and leave at nine in the evening, the authority said.</p>
<p>"Traders have asked for this for years," said Jean Bosco Nkurunziza, who sells fish in Kamembe.</p>
<p>XNA/AU/JN</p>
</div>
<div class="asset-ratings"><div class="rating-label">Rate this.</div><div class="rating-label-average">Average (0 Votes)</div></div>
<h2>Related Assets:</h2>
<ul><li><a href="/a">Rusizi budget passes</a></li><li><a href="/b">Port fees cut</a></li></ul>
</div>
<h2>Photo of the Day</h2>
<div><img alt="Tea pickers on a hillside" src="/potd.jpg"><p>Tea pickers start the morning round in Nyamasheke. XNA Photo / Eric Kabera</p></div>
</main></body></html>
"""


def test_an_agency_dateline_with_the_day_before_the_month_and_the_year(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.html", AGENCY_PAGE)
    assert draft.dateline == "RUSIZI, 4 March 2026 (XNA)"
    assert "XNA/AU/JN" not in body


def test_a_rail_s_photo_of_the_day_and_a_ratings_widget_are_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.html", AGENCY_PAGE)
    assert draft.images == ()
    for chrome in ("Rate this", "Votes", "Related Assets", "Rusizi budget"):
        assert chrome not in body, chrome


MEMO = """From: Khalid Nasser <knasser@example.om>
To: foreign.desk@example.com
Subject: Fwd: Salalah fishing story

Please find our Salalah story below.

=====-----=====-----=====
Notice: The information contained in this e-mail message and/or attachments to it may
contain confidential or privileged information. If you are not the intended recipient, any
dissemination, use or copying of it is strictly prohibited. Thank you

HEADLINE: Salalah fishers get a new ice plant

SALALAH - Fishers at Salalah harbour will get a second ice plant by the spring, the
fisheries ministry said on Sunday, ending queues that have kept boats waiting for hours.

The plant will make 40 tonnes of ice a day, the ministry said, twice what the old one makes.

"We wait from dawn for ice," said Ali Al Amri, who owns two boats. "By then the fish is
warm."

ENDS

Pic 1 (harbour.jpg): Boats wait for ice at Salalah harbour on Saturday. (Photo: Omar Al Said/Dhofar Times)

(See attached file: harbour.jpg)

=====-----=====-----=====
Notice: The information contained in this e-mail message and/or attachments to it may
contain confidential or privileged information. If you are not the intended recipient, any
dissemination, use or copying of it is strictly prohibited. Thank you
"""


def test_a_mail_server_s_notice_its_rules_and_attachment_marks(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ice.txt", MEMO)
    assert draft.paragraphs[-1].startswith('"We wait from dawn for ice,"')
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Boats wait for ice at Salalah harbour on Saturday.", "Omar Al Said/Dhofar Times")
    ]
    for chrome in ("=====", "confidential", "See attached"):
        assert chrome not in body, chrome


def test_a_numbered_list_of_photo_files_with_captions(tmp_path: Path) -> None:
    text = """HED: Island council rations water after plant fails

By Ahmed Rasheed

HITHADHOO, Maldives — Households on the island are living on 40 litres of water a day after the desalination plant broke down last week, the council said.

Engineers expect new pumps by the end of the month, the plant's operator said.

PHOTOS
1) bowser-queue.jpg — Residents queue at a water bowser on Tuesday. (Photo: Ahmed Rasheed)
2) plant.jpg — The desalination plant, where two of three units have failed. (Photo: Ahmed Rasheed)
"""
    draft, _ = read(tmp_path, "water.txt", text)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Residents queue at a water bowser on Tuesday.", "Ahmed Rasheed"),
        ("The desalination plant, where two of three units have failed.", "Ahmed Rasheed"),
    ]


BACKUP = """---
title: "Two years of readings show the city's canals are still dirty"
subtitle: "Bacteria counts at nine points have not fallen since the clean-up began"
cuid: cmx01abc
slug: canals-readings
cover: https://cdn.example.com/cover.jpeg
tags: data, water

---

<div data-node-type="callout">
<div data-node-type="callout-emoji">📌</div>
<div data-node-type="callout-text">Partners: free to republish with credit. The charts are ours.</div>
</div>

*Cover photo: A crew clears rubbish from a canal bank in October. Photo: Amina Yusuf*

*By Amina Yusuf*

Since 2024, crews have cleared tonnes of rubbish from the city's canals, and the council says the water is getting cleaner.

Its own test results tell a different story. We analysed 800 samples taken at nine points between 2024 and 2026.

At seven of the nine points, the median count of bacteria was higher this year than in 2024.

Data cleaning by Peter Okello; the analysis was checked by Sara Mwangi.
"""


def test_a_blog_backup_s_callout_cover_caption_and_data_credits(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "canals.md", BACKUP)
    assert draft.dek == "Bacteria counts at nine points have not fallen since the clean-up began"
    assert "Partners" not in body and "data-node-type" not in body
    assert (draft.images[0].caption, draft.images[0].credit) == (
        "A crew clears rubbish from a canal bank in October.",
        "Amina Yusuf",
    )
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Peter Okello", "research"),
        ("Sara Mwangi", "research"),
    ]


PUBLISHED_PAGE = """<html><head><title>Cold rooms give the fish market a longer day – Telegraph</title>
<meta property="article:author" content="Asha Noor, Berbera stringer"></head><body>
<main class="tl_article"><header class="tl_article_header">
<h1>Cold rooms give the fish market a longer day</h1>
<address><a rel="author" href="https://t.me/asha">Asha Noor, Berbera stringer</a><a href="/x"><time>March 02, 2026</time></a></address>
</header>
<article id="_tl_editor"><h1>Cold rooms give the fish market a longer day</h1>
<address><a href="https://t.me/asha">Asha Noor, Berbera stringer</a></address>
<h4>Three containers at the market have cut spoilage, traders say, but the waiting list is growing</h4>
<p><strong>BERBERA, Somaliland</strong> — By nine in the morning the tuna landed at dawn has usually started to soften. This week, for the first time, it did not.</p>
<p>The containers cost about $60,000, said the cooperative's treasurer, Sahra Ali.</p>
<p>"Nobody gave us this," she said.</p>
<p><em>Asha Noor is a freelance journalist in Berbera. Telegram: @asha</em></p>
<p><em>For the foreign desk: 640 words. Photos on WhatsApp.</em></p>
</article></main>
<div class="tl_popup tl_popup_hidden"><main class="tl_popup_body"><div class="tl_copyright_field">Please submit your DMCA takedown request to dmca@example.org</div></main></div>
</body></html>
"""


def test_a_published_page_s_author_field_standfirst_and_closing_notes(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "cold.html", PUBLISHED_PAGE)
    assert draft.byline == ("Asha Noor",)
    assert draft.dek.startswith("Three containers at the market")
    assert draft.dateline == "BERBERA, Somaliland"
    assert draft.paragraphs[-1] == '"Nobody gave us this," she said.'
    assert draft.images == ()
    for chrome in ("stringer", "freelance journalist", "foreign desk", "DMCA"):
        assert chrome not in body, chrome


TEAM_SITE = """<html><head><meta property="og:title" content="Shade rules will follow the heat, not the calendar">
<title>Shade rules will follow the heat, not the calendar</title></head><body>
<div class="pageTitle_a1" role="region">
<div class="titleText_b8" role="heading" aria-level="1"><span>Shade rules will follow the heat, not the calendar</span></div>
<div class="authorByline_9f"><div class="ms-Persona">
<div class="ms-Persona-coin"><div aria-hidden="true"><span>NK</span></div></div>
<div class="ms-Persona-details"><div>Noor Khalifa</div><div>Syndication Coordinator</div></div>
</div><div class="publishedDate_03">March 2, 2026</div></div>
</div>
<div class="rte-webpart">
<p><strong>USAGE:</strong> Free for Gulf Herald content partners. Keep the byline; do not resyndicate.</p>
<p><em>A pilot on 30 sites replaces the fixed midday break with heat readings on site</em></p>
<p><strong>By Salma Al Harthy</strong></p>
<p>Fujairah: Outdoor work at 30 building sites in the emirate will stop whenever sensors show heat stress above a set level, the labour office said on Tuesday.</p>
<p>Supervisors will have to send workers into shade for 15 minutes in every hour, the office said.</p>
<p>Worker groups in Fujairah said the readings should be shared with the workers themselves.</p>
</div>
<div class="commentsWrapper_b3"><h2>Comments</h2>
<div class="comment_0e"><div class="commentAuthor_2d">Omar Saleh</div><div>Can we run this Thursday?</div></div>
</div>
</body></html>
"""


def test_a_team_site_s_page_author_is_no_byline_under_a_typed_one(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "shade.html", TEAM_SITE)
    assert draft.byline == ("Salma Al Harthy",)
    assert draft.dek == "A pilot on 30 sites replaces the fixed midday break with heat readings on site"
    assert draft.dateline == "Fujairah"
    for chrome in ("Noor Khalifa", "NK", "Coordinator", "USAGE", "Omar Saleh"):
        assert chrome not in body, chrome


@pytest.fixture
def reporter(room: Clone) -> Clone:
    return room.act_as("rtorres")


def test_newsroom_files_a_story_pasted_in_parts_into_a_meeting_s_chat(
    reporter: Clone, tmp_path: Path
) -> None:
    draft = tmp_path / "ferry.txt"
    draft.write_text(MEETING, encoding="utf-8")
    result = reporter.run("file", str(draft), "--slug", "island-ferry")
    assert result.code == 0, result.text
    story = (reporter.story_dir("island-ferry") / "story.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(story.split("---\n")[1])
    assert meta["headline"] == "Island ferry adds a winter run as school numbers grow"
    assert meta["dateline"] == "HARBOR ISLE, Maine"
    assert [image["caption"] for image in meta["images"]] == [
        "The ferry leaves the mainland pier on Monday morning.",
        "Pupils wait for the school bus at the pier.",
    ]
    text = story.split("---\n", 2)[2]
    assert "1,100 dollars a week" in text and "900 dollars" not in text
    assert "Parents said the change" in text and "mute" not in text


RECAP = """Menu

Basketball
Lakers Win First Conference Crown Since 1998
4/12/2026 5:10:00 PM | Basketball

Share:
Facebook
X
Email

[Image: Lakers players crowd around the trophy at the plate.]
Pitcher Ana Ruiz (12) lifts the conference trophy after Sunday's win. (Photo by Jo Lind/Lake Athletics)

Story Links
Box Score (PDF)
Live Stats
Photo Gallery
Postgame Interview (YouTube)

        1    2    3    4    F
HILL   10   12   21   12   55
LAKE   16   17   20   18   71

BAYFIELD, Wis. – Ana Ruiz scored 24 points and the Lakers beat Hillcrest 71-55 on Sunday to clinch the conference title.

The Lakers open the tournament on Friday.
"""


def test_a_recap_s_links_with_a_file_and_a_clip_are_no_dek(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "recap.txt", RECAP)
    assert draft.headline == "Lakers Win First Conference Crown Since 1998"
    assert draft.dek == ""
    assert "Postgame Interview" not in body and "Box Score" not in body
    assert body.startswith("BAYFIELD, Wis. – Ana Ruiz scored 24 points")

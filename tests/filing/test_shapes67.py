# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-seventh filing round reads right: a statement copied out of Windows
Mail's reading pane (the subject, the sender's initials, the cover note and letterhead over
the statement's number and its title in capitals; '– END –' under it); a newsletter whose h1
is its name and issue, the story a section with its byline, a calendar and a contact card
under it (Smore); a release labelled in two languages, its company's 'About' with a comma;
'Words: Name | Photos: Name' at a report's foot; an office's web team as a release's author,
the release's number over its subheading; a writer's thanks to those the story told of; a
paragraph a reply under the story adds 'after the para about' something; a Drafts note to
the desk and its list of pictures sent apart; a Drupal field's inline label on a credit; a
team chat's thread, window and captions counted in the order sent (Mattermost); a credit
closing on 'Ltd.'; a bulletin's other items its list of contents names (AWeber); a heading
in capitals in a newsletter's text block (Flodesk); a Joomla article's meta list, its lead
picture the markup names its image and the sponsors' logos under the article (YOOtheme)."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import body_text, filed_draft


def test_a_numbered_statement_copied_out_of_a_mail_app_is_read_under_its_letterhead(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "statement.txt",
        "Reply\nReply all\nForward\nArchive\nDelete\nSet flag\n…\n"
        "MEDIA STATEMENT No. 14/2026 – Harbour dues frozen\n"
        "PA\nPort Authority <media@port.example.org>\nMon 3/9/2026 10:02 AM\n"
        "To: News Desk; radio@example.org\n"
        "statement_14.pdf\n92 KB\nwharf.jpg\n1.4 MB\n"
        "Show all 2 attachments (2 MB)   Download all\n\n"
        "Good morning,\n\n"
        "Please find below and attached Media Statement No. 14/2026 for publication.\n\n"
        "Warm regards,\n\n"
        "Lena Oduya\nCommunications Officer\n\n\n"
        "PORT AUTHORITY OF WESTHAVEN\nCORPORATE AFFAIRS\nP.O. Box 12, Westhaven\n\n"
        "MEDIA STATEMENT No. 14/2026\nFOR IMMEDIATE RELEASE\nMarch 9, 2026\n\n"
        "PORT BOARD FREEZES HARBOUR DUES FOR ANOTHER YEAR\n\n"
        "Shipping lines told the freeze will be reviewed when the new wharf opens\n\n"
        "WESTHAVEN, March 9, 2026 – The Port Authority board on Friday froze harbour dues for a second year running, saying the island's importers could not bear a rise while fuel prices stayed high.\n\n"
        "The board's chairman, Rafael Oyelaran, said the freeze would cost the Authority about $240,000 in the coming year, which it would meet from its reserves rather than from a loan.\n\n"
        "The dues will be reviewed when the new container wharf opens, which the board expects in the middle of next year, and shipping lines will be asked for their views before any change is made.\n\n"
        "– END –\n\n"
        "For more information please contact Corporate Affairs, tel. (555) 210-4410.\n\n"
        "Sent from Mail for Windows\n",
    )
    assert draft.headline == "PORT BOARD FREEZES HARBOUR DUES FOR ANOTHER YEAR"
    assert draft.dek == "Shipping lines told the freeze will be reviewed when the new wharf opens"
    assert draft.dateline == "WESTHAVEN, March 9, 2026"
    assert draft.paragraphs[0].startswith("WESTHAVEN, March 9, 2026 – The Port Authority")
    assert draft.paragraphs[-1].startswith("The dues will be reviewed")
    text = body_text(draft)
    for chrome in ("Please find below", "CORPORATE AFFAIRS", "For more information", "Sent from Mail"):
        assert chrome not in text


def _newsletter(sections_after: str) -> str:
    """A school newsletter made on a newsletter site (Smore): its name and issue in the h1,
    a column over the story's heading block, the story, and `sections_after` under it."""
    return (
        "<html><head><title>The Harbour Herald — June 2026</title></head><body>"
        "<h1>The Harbour Herald — June 2026</h1>"
        "<p>News from Westhaven Primary · Westhaven</p>"
        "<h2>From the Principal</h2>"
        "<p>Hello, Herald families! A busy month: the choir sang at the fair and reports go home on June 20. Please return library books by Friday.</p>"
        "<p>— Principal Ada Morrow</p>"
        "<h2>Year 6 win the schools' debating shield</h2>"
        "<p><em>The team beat three high schools on the way to the final in the town hall</em></p>"
        "<p><strong>By Noor Haddad, Year 6 Reporter</strong></p>"
        "<p>Westhaven Primary's Year 6 debaters won the schools' debating shield on Saturday, the first primary school to take it in the forty years it has been contested in the district.</p>"
        "<p>The team argued that the town should ban plastic bags at the market, and the judges gave them the final by two points over Westhaven High School's senior team.</p>"
        "<p>Their coach, Mr. Evan Price, said the four students had practised every lunchtime since February and had written their own speeches, with help only on the timing.</p>"
        f"{sections_after}"
        "</body></html>"
    )


def test_a_newsletter_s_story_heading_under_its_name_and_issue_is_the_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "herald.html", _newsletter(""))
    assert draft.headline == "Year 6 win the schools' debating shield"
    assert draft.dek == "The team beat three high schools on the way to the final in the town hall"
    assert draft.byline == ("Noor Haddad",)
    assert draft.paragraphs[0].startswith("Westhaven Primary's Year 6 debaters")
    assert "library books" not in body_text(draft)


def test_a_newsletter_s_calendar_and_contact_card_under_the_story_are_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "herald.html",
        _newsletter(
            "<h2>Dates for the Diary</h2>"
            "<p>June 12 — Sports day, 9 a.m., school field</p>"
            "<p>June 20–21 — Reports go home</p>"
            "<p>July 3 — Last day of term, noon finish</p>"
            "<h2>Westhaven Primary</h2>"
            "<p>office@westhaven-primary.example.org</p>"
            "<p>(555) 310-2291</p>"
        ),
    )
    assert draft.paragraphs[-1].startswith("Their coach, Mr. Evan Price")
    text = body_text(draft)
    for chrome in ("Dates for the Diary", "Sports day", "Reports go home", "310-2291"):
        assert chrome not in text


def test_a_release_labelled_in_two_languages_is_read_under_its_label(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("新闻稿 PRESS RELEASE").bold = True
    document.add_paragraph("For immediate release | April 2, 2026")
    document.add_paragraph().add_run("Harbin Fisheries opens ice plant at the Westhaven wharf").bold = True
    document.add_paragraph().add_run("The plant will sell ice to the town's small boats at cost").italic = True
    for text in (
        "WESTHAVEN, April 2, 2026 — Harbin Fisheries Co., Ltd. today opened an ice plant at the Westhaven wharf, the first on the island built by a fishing company that will also sell its ice to the town's own small boats.",
        "The plant can make 40 tonnes of flake ice a day and will employ 22 people, most of them from Westhaven, when it is fully running, the company said on Thursday.",
        "The town's fishermen now buy ice from the government's cold store, which has run short every summer for three years because its machines are old.",
        "- End -",
    ):
        document.add_paragraph(text)
    document.add_paragraph().add_run("About Harbin Fisheries Co., Ltd.").bold = True
    document.add_paragraph(
        "Founded in Dalian in 1992, Harbin Fisheries Co., Ltd. runs eight longliners in the western Pacific and sells frozen tuna to buyers in Asia and Europe."
    )
    path = tmp_path / "ice.docx"
    document.save(str(path))
    draft = filed_draft(tmp_path, "ice.docx", path.read_bytes())
    assert draft.headline == "Harbin Fisheries opens ice plant at the Westhaven wharf"
    assert draft.dek == "The plant will sell ice to the town's small boats at cost"
    text = body_text(draft)
    assert "PRESS RELEASE" not in text
    assert "About Harbin" not in text and "Founded in Dalian" not in text
    assert draft.paragraphs[-1].startswith("The town's fishermen now buy ice")


def test_a_club_report_s_foot_line_giving_words_and_photos_names_its_writer(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "cup.html",
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='news-item'><h1>Harbour Hawks take the Coast Cup on penalties</h1>"
        "<p class='meta'>Sunday, 8 March 2026 Posted by Westhaven Hawks FC Seniors</p>"
        "<p><strong>A save from Tomas Reyes in the shoot-out gave the Hawks their first cup in a decade.</strong></p>"
        "<p>The Westhaven Hawks won the Coast Cup for the first time in ten years on Saturday, beating Port Ellis 4-3 on penalties after a 1-1 draw in front of 300 people at the harbour oval.</p>"
        "<p>Port Ellis led at half-time through a header from their captain, and the Hawks needed a late goal from the bench to take the final to penalties.</p>"
        "<p>Keeper Tomas Reyes saved the fifth kick, and the Hawks' captain said afterwards the side had practised penalties every Thursday since January.</p>"
        "<p><em>Words: Imogen Shaw | Photos: Kwame Asante</em></p>"
        "<p>Share this: Facebook Twitter Email</p></div></body></html>",
    )
    assert draft.byline == ("Imogen Shaw",)
    assert [c.name for c in draft.contributors] == ["Kwame Asante"]
    assert "Words:" not in body_text(draft)


def test_a_draft_s_length_after_words_is_still_its_label(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ferry.txt",
        "Words: 450\n\nFerry to run twice a day from July\n\nBy Ana Ruiz\n\n"
        "KILCARRAN — A passenger ferry will run to Isle Moran twice a day from July, the county council said on Tuesday.\n\n"
        "Islanders have waited a long time for the second boat, said Maire Dunne, who runs the island's only shop.\n",
    )
    assert draft.headline == "Ferry to run twice a day from July"
    assert "Words: 450" not in body_text(draft)


def test_a_release_posted_by_an_office_s_web_team_has_no_byline_and_its_label_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "curfew.html",
        "<html><head><title>Governor lifts the storm curfew - Government House</title>"
        "<meta property='og:title' content='Governor lifts the storm curfew'>"
        "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"headline\": \"Governor lifts the storm curfew\", \"author\": {\"@type\": \"Person\", \"name\": \"Comms Web Team\"}}</script>"
        "</head><body><main><article class='post-entry'>"
        "<h1 class='post-title entry-title'>Governor lifts the storm curfew</h1>"
        "<span class='post-meta-infos'><time>March 3, 2026</time>/<span class='blog-categories'>in <a href='/news'>Releases</a></span>/<span class='blog-author'>by <a href='/author/web/'>Comms Web Team</a></span></span>"
        "<div class='entry-content'><div class='av-special-heading'><h2 class='av-special-heading-tag'>MEDIA RELEASE No. 2026-031</h2>"
        "<div class='av-subheading'><p>Shops may open from 6 a.m. on Wednesday; schools stay shut until the power is back</p></div></div>"
        "<p>WESTHAVEN — The Governor on Tuesday lifted the night curfew set before Cyclone Mira, three days after the storm passed to the south of the island.</p>"
        "<p>Shops and the market may open from 6 a.m. on Wednesday, but schools will stay closed until power is restored to the whole island, the Governor's office said.</p>"
        "</div></article></main></body></html>",
    )
    assert draft.byline == ()
    assert draft.dek == "Shops may open from 6 a.m. on Wednesday; schools stay shut until the power is back"
    assert "MEDIA RELEASE No." not in body_text(draft)


def test_a_writer_s_thanks_to_those_the_story_told_of_is_the_story_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "dinner.html",
        "<html><body><article><h1>Year 10 cooks serve the seniors' lunch</h1>"
        "<p><em>Written by Mara Quill, Food Technology Teacher</em></p>"
        "<p>Fourteen of our Year 10 food technology students cooked and served a three-course lunch for 90 guests at the Westhaven Seniors Club on Friday, their first meal for paying guests.</p>"
        "<p>The students planned the menu over four weeks with the club's kitchen volunteers, and the club's president said it was the best lunch the hall had seen in years.</p>"
        "<p>The lunch counts towards the students' cookery certificate, and every student worked at least ten hours in the kitchen before the day, the school said.</p>"
        "<p>A big thank you to the Westhaven Seniors Club, to the parents who lent us trays and urns, and to the bakery for the bread.</p>"
        "</article></body></html>",
    )
    assert draft.paragraphs[-1].startswith("A big thank you to the Westhaven Seniors Club")


def test_a_paragraph_a_reply_under_the_story_adds_after_a_named_para_goes_there(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "wharf.txt",
        "Story Budget\nWharf repairs begin\nStatus\nFiled\n"
        "Updates / 3\nWrite an update and mention others with @\n"
        "AR\nAna Ruiz\nMar 4, 9:12 AM\n"
        "HEADLINE: Wharf repairs begin after a year of delays\n\n"
        "By Ana Ruiz\n\n"
        "WESTHAVEN — Repairs to the town wharf began on Monday, a year after storm damage closed its northern berth to the island's cargo boats.\n\n"
        "The work is being done by a crew of nine from the mainland, who will replace forty of the wharf's piles over the next three months, the harbourmaster said.\n\n"
        "Cargo boats will use the southern berth until the work is done, and the ferry will keep its usual times, the shipping company said on Monday.\n\n"
        "-30-\n"
        "Like\nReply\nSeen by 4\n"
        "TM\nTom Marsh\nMar 4, 10:02 AM\n"
        "Thanks Ana. Who is paying for it? Need it by noon.\n"
        "Like\nReply\n"
        "AR\nAna Ruiz\nMar 4, 11:40 AM\n"
        '@Tom Marsh Add this after the para about the crew: "The repairs will cost $2.1 million, paid for by the island council and a grant from the ports fund, the harbourmaster said."\n'
        "Like\nReply\n",
    )
    assert draft.paragraphs[2].startswith("The repairs will cost $2.1 million")
    assert draft.paragraphs[1].startswith("The work is being done by a crew of nine")
    assert draft.paragraphs[3].startswith("Cargo boats will use the southern berth")


def test_a_drafts_note_to_the_desk_its_italic_dek_and_its_list_of_pictures_sent_apart(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "ferry.md",
        "---\n"
        'title: "Ferry fares to rise by a tenth from July"\n'
        "created: 2026-03-09 08:14\n"
        "tags: [weekly, transport]\n"
        "source: Drafts for iOS\n"
        "---\n\n"
        "DESK — pics coming by mail tonight, captions at the bottom. Fares checked with the shipping office. -AR\n\n"
        "*Islanders face dearer crossings as the shipping company passes on the cost of fuel*\n\n"
        "By Ana Ruiz\n\n"
        "**WESTHAVEN** — Ferry fares to the mainland will rise by ten per cent from July 1, the shipping company said on Monday, its first rise in four years.\n\n"
        "The company said the money would pay for a second crew on the winter sailings.\n\n"
        "---\n\n"
        "PICS (to follow):\n\n"
        "1. `ferry_deck.jpg` — Passengers board the morning ferry at Westhaven on March 8. Photo: Ana Ruiz/Weekly\n"
        "2. `ticket_office.jpg` — The ticket office at the ferry terminal. Photo: Ana Ruiz/Weekly\n",
    )
    assert draft.dek == "Islanders face dearer crossings as the shipping company passes on the cost of fuel"
    assert draft.paragraphs[0].startswith("WESTHAVEN — Ferry fares")
    assert [p.caption for p in draft.images] == [
        "Passengers board the morning ferry at Westhaven on March 8.",
        "The ticket office at the ferry terminal.",
    ]
    assert [p.credit for p in draft.images] == ["Ana Ruiz/Weekly", "Ana Ruiz/Weekly"]
    text = body_text(draft)
    assert "DESK" not in text and "PICS" not in text


def test_a_drupal_media_field_s_inline_label_is_no_part_of_the_credit(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "barge.html",
        "<html><body><main><h1 class='page-title'>New crane for the wharf</h1>"
        "<article class='media media--type-image'><figure class='media-figure'>"
        "<div class='field field--name-field-media-image field--label-hidden field__item'><img src='/files/crane.jpg' alt='A crane on the wharf'></div>"
        "<figcaption><div class='field field--name-field-media-caption field--label-hidden field__item'>The new crane lifts its first container on Monday.</div>"
        "<div class='field field--name-field-media-credit field--type-string field--label-inline'>"
        "<div class='field__label'>Image credit</div><div class='field__item'>Rhys Morgan, Port Office</div></div>"
        "</figcaption></figure></article>"
        "<div class='field field--name-body field__item'>"
        "<p>A new crane lifted its first container at the town wharf on Monday, halving the time a cargo ship needs to unload, the port office said.</p>"
        "<p>The crane cost $3.4 million and replaces one bought in 1988.</p></div></main></body></html>",
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The new crane lifts its first container on Monday.", "Rhys Morgan, Port Office")
    ]


def test_a_chat_s_captions_counted_in_the_order_sent_lose_their_count(tmp_path: Path) -> None:
    from newsroom.filing.captions import unnumbered

    assert unnumbered("1st - Volunteers tie up the ferry at the jetty on Monday.") == (
        "Volunteers tie up the ferry at the jetty on Monday."
    )
    assert unnumbered("2nd – Lanterns hang ready for the festival.") == "Lanterns hang ready for the festival."


def test_a_team_chat_s_thread_and_window_under_the_story_are_the_chat_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "regatta.txt",
        "harbour-copy\n 9 members\n\nToday\n\n"
        "Tama Reid  8:02 AM\n"
        "@desk regatta story below, pics in the next post.\n\n"
        "Regatta returns to the harbour after two years\n\n"
        "By Tama Reid, harbour correspondent\n\n"
        "PORT ELLIS, Lomond (North) Isles — The harbour regatta will return on Saturday for the first time in two years, with 40 boats entered in six classes and a new race for youth crews from the island's two schools.\n\n"
        "The regatta was cancelled twice after storms damaged the club's slipway, which was rebuilt over the winter by volunteers and a grant from the council's harbour fund.\n\n"
        "Club commodore Ellen Faulds said entries were the highest since 2019 and that boats were coming from three other islands, some of them sailing over on Friday to be ready for the start.\n\n"
        "(edited)\n\n"
        "Tama Reid  8:10 AM\n"
        "IMG_4410.jpg\nJPG 2.1MB\n"
        "Captions:\n"
        "1st - Youth crews practise starts off the breakwater on Wednesday. Pic: Tama Reid\n\n"
        "Jo Marsh  8:30 AM\n"
        "Thanks Tama, got it. Is it Ms Faulds or Mrs Faulds?\n"
        "Tama Reid  8:33 AM\n"
        "Ms Faulds is right\n\n"
        "Write to harbour-copy\nShift + Enter for a new line\n",
    )
    assert draft.dateline == "PORT ELLIS, Lomond (North) Isles"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Youth crews practise starts off the breakwater on Wednesday.", "Tama Reid")
    ]
    assert draft.paragraphs[-1].startswith("Club commodore Ellen Faulds said")
    text = body_text(draft)
    for chrome in ("(edited)", "JPG 2.1MB", "Thanks Tama", "Ms Faulds is right", "Write to", "Shift + Enter"):
        assert chrome not in text



def test_a_credit_ending_in_a_company_s_abbreviation_keeps_its_stop(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Ice plant opens at the wharf", style="Title")
    document.add_paragraph(
        "WESTHAVEN — Harbin Fisheries opened an ice plant at the Westhaven wharf on Thursday, the first on the island to sell its ice to the town's small boats."
    )
    document.add_paragraph("The plant's first load of flake ice goes aboard a longliner on Wednesday.")
    document.add_paragraph("Photo: Harbin Fisheries Co., Ltd.")
    document.add_paragraph("The plant will employ 22 people when it is fully running, the company said.")
    path = tmp_path / "ice.docx"
    document.save(str(path))
    draft = filed_draft(tmp_path, "ice.docx", path.read_bytes())
    assert "Harbin Fisheries Co., Ltd." in [p.credit for p in draft.images]


def test_a_bulletin_s_other_items_its_list_names_under_the_story_are_the_bulletin_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "bulletin.html",
        "<html><body><table><tr><td>"
        "<p>Issue 88 · Friday 6 March 2026 · Westhaven</p>"
        "<p>Hi there,</p>"
        "<p><strong>In this issue</strong></p>"
        "<p>1. Ferry fares to rise from July</p><p>2. Around the harbour</p><p>3. Member deals</p>"
        "<h1>Ferry fares to rise from July</h1>"
        "<p>By Lena Oduya, Secretary</p>"
        "<p>The shipping company has told the chamber that ferry fares to the mainland will rise by ten per cent from 1 July, its first rise in four years, because of the price of fuel.</p>"
        "<p>The company's manager said the money would pay for a second crew on the winter sailings, which have been cancelled eleven times this season for want of one.</p>"
        "<p>Members said the rise would add about $40 a month to the cost of bringing in stock, and the chamber has asked the company to hold freight rates until the new year.</p>"
        "<h2>Around the harbour</h2>"
        "<p>Wharf forum. The port office will brief members on the new berthing rules on Wednesday 18 March at 6pm at the bowling club, and all are welcome to come along.</p>"
        "<p>Member deals</p>"
        "<p>10% off paint at Harbour Hardware until the end of March. Show your card.</p>"
        "<p>See you at the forum,</p><p>Lena</p>"
        "</td></tr></table></body></html>",
    )
    assert draft.headline == "Ferry fares to rise from July"
    assert draft.paragraphs[-1].startswith("Members said the rise would add about $40")
    text = body_text(draft)
    for chrome in ("Around the harbour", "Wharf forum", "Member deals", "10% off paint", "See you at the forum"):
        assert chrome not in text


def test_a_calendar_under_a_heading_in_capitals_in_a_text_block_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "herald.html",
        _newsletter(
            "<p>COMING UP</p>"
            "<p>June 12 — Sports day at the school field. Bring a hat and water.</p>"
            "<p>July 3 — Last day of term. Cheer on the leavers!</p>"
        ),
    )
    assert draft.paragraphs[-1].startswith("Their coach, Mr. Evan Price")
    text = body_text(draft)
    assert "COMING UP" not in text and "Sports day" not in text


def test_a_joomla_article_s_meta_list_lead_picture_and_sponsor_logos(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "regatta.html",
        "<html><body><main><article class='uk-article' typeof='Article' vocab='https://schema.org/'>"
        "<div class='uk-text-center' property='image' typeof='ImageObject'>"
        "<img src='/images/news/start-line.jpg' alt='Dinghies crowd the start line off the harbour wall'></div>"
        "<h1 property='headline' class='uk-article-title'>Youth crews sweep the harbour regatta</h1>"
        "<ul class='uk-subnav uk-subnav-divider'><li>Written by <a href='/news?filter_author=4'>Club Office</a>.</li>"
        "<li>Posted in <a href='/news/reports'>Race Reports</a></li><li><time>8 March 2026</time></li></ul>"
        "<div property='text'><p class='uk-text-lead'>Forty boats, two days of racing and a clean sweep for the club's under-16 crews.</p>"
        "<p><em>Report by Moana Tait</em></p>"
        "<p>The club's under-16 crews won all three dinghy classes at the harbour regatta on Sunday, the first time juniors have taken every class since the regatta began in 1978, in a fleet of forty boats.</p>"
        "<p>A fresh south-easterly on the second day tipped over half the fleet at the windward mark, and the youth crews, who train in it every winter, were the quickest to right their boats and carry on.</p>"
        "<p>The regatta's chairman said entries were the highest in ten years and that the club would run a second regatta in the spring.</p>"
        "</div></article>"
        "<h2>Thank you to our sponsors</h2>"
        "<div><img src='/images/sponsors/marine.png' alt='Harbour Marine'></div>"
        "<div><img src='/images/sponsors/bakery.png' alt='Quay Bakery'></div>"
        "</main></body></html>",
    )
    assert draft.dek == "Forty boats, two days of racing and a clean sweep for the club's under-16 crews."
    assert draft.byline == ("Moana Tait",)
    assert [p.alt for p in draft.images] == ["Dinghies crowd the start line off the harbour wall"]
    text = body_text(draft)
    assert "Written by" not in text and "Posted in" not in text

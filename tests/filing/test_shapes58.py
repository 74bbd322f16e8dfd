# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-eighth filing round reads right: a press release whose headline stands
under its 'FOR IMMEDIATE RELEASE' line or under a table of the release's details, short as a
contact's name; credits 'Photo courtesy ...' with no 'of' and captions labelled 'Pic 1
caption:'; a league site's name in the <h1> over the story's heading, and its 'News Image'
alt; a note to the desk over a correspondent's italic dek; a magazine theme's author box
head; categories under a bold label; a mailed story's capitals headline under the subject of
a saved webmail page; and a chat's time under a picture."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

RELEASE_UNDER_A_COVER_NOTE = """Good morning,

Please see the release below for publication.

Regards,
Nia

FOR IMMEDIATE RELEASE

HARBOUR BOARD FREEZES FERRY FARES FOR 2026

Commuters will pay the same as this year on all four routes as the board absorbs higher fuel costs

PORTVALE, 3 March 2026 – The Harbour Board will keep ferry fares at this year's level for all of 2026, its chairman said on Tuesday, despite a rise of a fifth in the price of fuel.

"Families who cross the harbour twice a day cannot carry another rise," said the chairman, Mr Kofi Mensah. The board will meet the extra cost from its reserve fund.

The board will review fares again in January.

-ENDS-

Media contact:
Nia Osei, Press Officer
press@harbourboard.example | 555-0100
"""


def test_a_release_s_short_capitals_headline_under_its_release_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.txt", RELEASE_UNDER_A_COVER_NOTE)
    assert draft.headline == "HARBOUR BOARD FREEZES FERRY FARES FOR 2026"
    assert draft.dek == (
        "Commuters will pay the same as this year on all four routes as the board absorbs "
        "higher fuel costs"
    )
    assert draft.paragraphs[0].startswith("PORTVALE, 3 March 2026 – The Harbour Board")
    text = body_text(draft)
    assert "FOR IMMEDIATE RELEASE" not in text
    assert "Nia Osei" not in text


def _release_with_details_table(tmp_path: Path) -> bytes:
    """A ministry's release in Word: a table of the release's number, date and contact over
    a Title style headline of eight words, and a Subtitle style dek."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    details = ("PRESS RELEASE", "No. MOH/2026/12", "Date", "3 March 2026", "Contact", "Ama Boateng, Press Officer, 555-0199")
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells + table.rows[2].cells, details, strict=True):
        cell.text = text
    document.add_paragraph("Twelve new clinics for the northern district", style="Title")
    document.add_paragraph("The first opens at Hillside in May, with a midwife and two nurses", style="Subtitle")
    document.add_paragraph("PORTVALE, 3 March 2026 – The Ministry of Health will open twelve clinics in the northern district this year, the minister said on Tuesday.")
    document.add_paragraph("Each clinic will have a midwife and two nurses and will open six days a week.")
    document.add_paragraph("-END-")
    path = tmp_path / "clinics.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_release_s_headline_under_its_table_of_details(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "clinics.docx", _release_with_details_table(tmp_path))
    assert draft.headline == "Twelve new clinics for the northern district"
    assert draft.dek == "The first opens at Hillside in May, with a midwife and two nurses"
    text = body_text(draft)
    assert text.startswith("PORTVALE, 3 March 2026 – The Ministry of Health")
    for furniture in ("PRESS RELEASE", "MOH/2026/12", "Ama Boateng"):
        assert furniture not in text


CARIBBEAN_NEWS_SITE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge at Hillside to reopen in June – Windward Daily</title></head>
<body class="single single-post"><header><p class="site-title"><a href="/">Windward Daily</a></p></header>
<main><article class="post"><h1 class="entry-title">Bridge at Hillside to reopen in June after repairs</h1>
<div class="entry-meta"><span class="entry-meta-author">By Marcia Joseph</span></div>
<div class="entry-content">
<p>The Hillside bridge, closed since the floods of October, will reopen to traffic in June, the Ministry of Works said on Monday.</p>
<figure class="wp-caption aligncenter"><img src="https://windward.example/uploads/bridge.jpg" alt="A concrete bridge with scaffolding" width="800" height="533"><figcaption class="wp-caption-text">Workers pour the new deck of the Hillside bridge. Photo courtesy Ministry of Works</figcaption></figure>
<p>Buses have used a detour through the valley for six months, adding forty minutes to the trip into town.</p>
<p>The repairs cost EC$2.1 million.</p>
</div></article></main></body></html>
"""


def test_a_caption_s_photo_courtesy_credit_without_of(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", CARIBBEAN_NEWS_SITE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Workers pour the new deck of the Hillside bridge.", "Photo courtesy Ministry of Works")
    ]


PICTURES_IN_MESSAGES = """HEADLINE: Hillside school gets a new roof before the rains

By Marcia Joseph

HILLSIDE – Pupils at Hillside Primary will start the new term under a new roof, after the parents' association raised EC$40,000 in a year of bake sales and fetes.

"We tired put bucket under the leaks," said the association's president, Mrs Ann Charles.

Pic 1 caption: Parents carry new roof sheets into the school yard on Saturday. Pic by Marcia Joseph

Pic 2 caption: The finished roof over the infant classrooms. Pic courtesy Hillside PTA

END
"""


def test_pictures_captioned_pic_n_caption_in_a_correspondent_s_message(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roof.txt", PICTURES_IN_MESSAGES)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Parents carry new roof sheets into the school yard on Saturday.", "Marcia Joseph"),
        ("The finished roof over the infant classrooms.", "Pic courtesy Hillside PTA"),
    ]
    assert "caption" not in body_text(draft)


LEAGUE_SITE_NEWS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>North Coast Netball League - News - Harbour Stars win the league on the last night</title>
<meta property="og:title" content="Harbour Stars win the league on the last night" /></head>
<body><div class="top-bar"><a href="/login">Login</a> <a href="/register">Register</a></div>
<div class="league-header"><div class="league-title"><h1>North Coast Netball League</h1><p class="league-sub">Founded 1979</p></div></div>
<nav class="navbar"><ul><li><a href="/teams">Teams</a></li><li><a href="/results">Results</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="container"><div class="news-detail">
<h2 class="news-title">Harbour Stars win the league on the last night</h2>
<div class="news-image"><img src="/images/news/881.jpg" alt="News Image" class="img-responsive"></div>
<div class="news-description">
<p><em>Harbour Stars captain Lisa Mark with the league shield on Friday night. Photo: Dean Felix</em></p>
<p><strong>By Joan Pascal</strong></p>
<p>Harbour Stars took the North Coast league title on the last night of the season, beating Bay Rovers 41-38 in front of a full house at the Sandy Point court on Friday.</p>
<p>The Stars needed a win to finish above Rovers on goal difference, and trailed by four at half-time.</p>
</div></div></div>
<footer><p>Powered by the league's site</p></footer></body></html>
"""


def test_a_league_site_s_name_over_the_story_s_own_heading(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "netball.html", LEAGUE_SITE_NEWS)
    assert draft.headline == "Harbour Stars win the league on the last night"
    assert draft.dek == ""
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Harbour Stars captain Lisa Mark with the league shield on Friday night.", "Dean Felix", "")
    ]
    assert draft.paragraphs[0].startswith("Harbour Stars took the North Coast league title")


def test_a_league_site_s_word_for_any_news_picture_is_no_alt_text(tmp_path: Path) -> None:
    page = LEAGUE_SITE_NEWS.replace('<h1>North Coast Netball League</h1>', "")
    draft = filed_draft(tmp_path, "netball.html", page)
    assert [p.alt for p in draft.images] == [""]


def _correspondent_s_file_with_a_note_over_the_dek(tmp_path: Path) -> bytes:
    """A correspondent's file typed on a phone: a bold headline, a note to the desk under its
    own bold heading, then the dek in italics over the byline."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Fishers protest new jetty fees at Gouyave").bold = True
    document.add_paragraph().add_run("NOTE FOR DESK").bold = True
    document.add_paragraph("The co-op chairman will call me back tonight with the fee schedule, so the figures in par 3 may change. Pic to follow by WhatsApp. – Dale")
    document.add_paragraph().add_run("Co-operative says the new charge of EC$25 a week will push boats back onto the beach").italic = True
    document.add_paragraph("By Dale Francis")
    document.add_paragraph("GOUYAVE, St John – Fishers at Gouyave staged a protest at the jetty on Thursday over a new weekly fee for berthing, which they say most boats cannot pay.")
    document.add_paragraph("The fee is due to start on 1 September.")
    path = tmp_path / "jetty.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_note_to_the_desk_ends_at_the_dek_in_italics_over_the_byline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "jetty.docx", _correspondent_s_file_with_a_note_over_the_dek(tmp_path))
    assert draft.headline == "Fishers protest new jetty fees at Gouyave"
    assert draft.dek == (
        "Co-operative says the new charge of EC$25 a week will push boats back onto the beach"
    )
    assert draft.byline == ("Dale Francis",)
    text = body_text(draft)
    assert text.startswith("GOUYAVE, St John – Fishers at Gouyave")
    assert "fee schedule" not in text


MAGAZINE_THEME_AUTHOR_BOX = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new bus shelters – Harbour Post</title></head>
<body class="single single-post"><div class="mh-container"><header class="mh-header"><p class="mh-site-title"><a href="/">Harbour Post</a></p></header>
<div class="mh-content"><article class="post"><header class="entry-header"><h1 class="entry-title">Council approves twenty new bus shelters for the east side</h1>
<p class="entry-meta"><span class="entry-meta-author author vcard"><a class="fn" href="/author/jnoel/">Jerome Noel</a></span></p></header>
<div class="entry-content">
<p>The town council approved twenty new bus shelters for the east side on Tuesday, after residents complained of waiting in the rain.</p>
<p>The shelters will cost EC$300,000 and be built by the end of the year, the council said.</p>
</div>
<div class="mh-author-box clearfix"><figure class="mh-author-box-avatar"><img alt="" src="https://secure.example/avatar/1.png" class="avatar" height="90" width="90"></figure>
<div class="mh-author-box-header"><span class="mh-author-box-name">About Jerome Noel</span>
<span class="mh-author-box-postcount"><a href="/author/jnoel/" title="More articles written by Jerome Noel">87 Articles</a></span></div>
<div class="mh-author-box-bio">Jerome Noel covers local government for the Harbour Post.</div></div>
</article></div></div></body></html>
"""


def test_a_magazine_theme_s_author_box_head_with_the_writer_s_count_of_posts(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "shelters.html", MAGAZINE_THEME_AUTHOR_BOX)
    assert draft.paragraphs[-1] == (
        "The shelters will cost EC$300,000 and be built by the end of the year, the council said."
    )
    assert "87 Articles" not in body_text(draft)


TEXTPATTERN_ARTICLE = """<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>New organ for St Mark's: St Mark's Parish</title></head>
<body class="article-page"><header class="site-header"><h1><a href="/" rel="home">St Mark's Parish</a></h1></header>
<main><article class="article" itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline"><a href="/parish-news/new-organ" rel="bookmark">New organ for St Mark's after twenty years</a></h1>
<p class="author">Posted by <span itemprop="author">Grace Alleyne</span> on <time datetime="2026-05-03T10:00:00">3 May 2026</time></p>
<div itemprop="articleBody">
<p>A new pipe organ was played for the first time at St Mark's on Sunday, twenty years after the old one was lost to damp.</p>
<p>The parish raised EC$210,000 for it from fetes, a radiothon and gifts from members abroad.</p>
</div>
<p><strong>Categories</strong> <span itemprop="keywords"><a rel="tag" href="/category/parish-news/">Parish News</a>, <a rel="tag" href="/category/music/">Music</a></span></p>
</article></main>
<footer><p>Published with Textpattern CMS</p></footer></body></html>
"""


def test_an_article_s_categories_under_a_bold_label_with_no_colon(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "organ.html", TEXTPATTERN_ARTICLE)
    assert draft.paragraphs[-1] == (
        "The parish raised EC$210,000 for it from fetes, a radiothon and gifts from members abroad."
    )
    assert "Categories" not in body_text(draft)


WEBMAIL_SAVED_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>STORY - ferry fares (1 pic) - Mail - Islandnet Webmail</title></head>
<body><div id="app"><nav class="folders"><ul><li>Inbox</li><li>Sent</li><li>Trash</li></ul></nav>
<main class="mail-detail"><header class="detail-header"><div class="from">Ruth Adjei &lt;ruth@islandnet.example&gt;</div><div class="date">Mon, 02/03/2026 07:40</div>
<h1 class="subject">STORY - ferry fares (1 pic)</h1><div class="recipients">To News Desk</div></header>
<div class="mail-body plain-text">Morning Desk,<br><br>Ferry story below. I am still waiting on the council for the new timetable, will send an add later.<br><br>Ruth<br><br>HARBOUR FERRY FARES TO RISE BY A FIFTH IN APRIL<br><br>Council says fuel costs have doubled since the last increase<br><br>By Ruth Adjei<br><br>PORTVALE – Ferry fares across the harbour will rise by a fifth from April, the council said on Monday.<br><br>Commuters at the north pier said they would walk the long way round.<br><br>The council will meet ferry users on 14 March.<br><br>ENDS</div>
</main></div></body></html>
"""


def test_a_mailed_story_s_capitals_headline_under_the_subject_and_a_note(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "ferry.html", WEBMAIL_SAVED_PAGE)
    assert draft.headline == "HARBOUR FERRY FARES TO RISE BY A FIFTH IN APRIL"
    assert draft.dek == "Council says fuel costs have doubled since the last increase"
    assert draft.byline == ("Ruth Adjei",)
    assert draft.paragraphs[0].startswith("PORTVALE – Ferry fares across the harbour")
    assert "timetable" not in body_text(draft)


CHAT_COPIED_WITH_TIMES = """HEADLINE: Hillside school gets a new roof before the rains

By Marcia Joseph

HILLSIDE – Pupils at Hillside Primary will start the new term under a new roof, after the parents' association raised EC$40,000 in a year of bake sales and fetes.
9:02 AM
Photo
9:03 AM
Pic 1 caption: Parents carry new roof sheets into the school yard on Saturday. Pic by Marcia Joseph
9:03 AM
"We tired put bucket under the leaks," said the association's president, Mrs Ann Charles.
9:05 AM
"""


def test_a_chat_s_time_under_a_picture_is_no_alt_text(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "roof.txt", CHAT_COPIED_WITH_TIMES)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Parents carry new roof sheets into the school yard on Saturday.", "Marcia Joseph", "")
    ]


def test_a_newsletter_box_s_pitch_under_its_title_goes_with_the_box(tmp_path: Path) -> None:
    """A sign-up box pasted in the middle of a story: its title ('Sign up to Morning
    Briefing'), which the checks know as a sign-up line, still heads the box's pitch, which
    goes with it, as it did before the checks knew the title."""
    text = (
        "Ferry fares to rise by a fifth in April\n\n"
        "By Ana Ruiz\n\n"
        "The island's ferry operator will raise its fares by 20% from 1 April, it said on "
        "Monday, the first rise in six years.\n\n"
        "Sign up to Morning Briefing\n"
        "Our daily email sets out the main stories of the day and what they mean for you\n"
        "Privacy Notice: Newsletters may contain info about charities and online ads.\n"
        "after newsletter promotion\n\n"
        "The operator said fuel now cost it twice what it did in 2019, and that the rise "
        "would pay for two new engines.\n"
    )
    body = body_text(filed_draft(tmp_path, "fares.txt", text))
    assert "Our daily email" not in body
    assert "Sign up to" not in body
    assert "two new engines" in body

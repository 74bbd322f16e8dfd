# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-sixth filing round reads right: a WordPress theme's wrapper named for the
share bar it holds beside the story ('post-content-wrap has-share-float'), its ad slot between
the paragraphs ('a-wrap') and its meta line's comment count and reading time run together; a
Word file's text box Word writes twice, read by the converter where it is anchored, one box (a
'Note to editors' in it is the box's alone); a quote giving 'Credit to' a side; a mail's 'PIC:
file.jpg' over the 'Caption:' and 'Photo:' lines; a federation site's events list under its
related news and the row of links parted by bars between them; a government release's 'Issued
by' field under its title; a newsletter article's title under its issue's list of articles,
past its category's label."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from tests.helpers import body_text, filed_draft


def test_a_wrapper_named_for_the_share_bar_it_has_holds_the_story(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "quarry.html",
        "<html><body><div class='main-wrap'><div class='the-post-header s-head-modern'>"
        "<h1 class='is-title post-title'>Quarry to close for a month while the crusher is replaced</h1>"
        "<div class='sub-title'>Builders on the island will have to ship in gravel until April.</div>"
        "</div><div class='the-post s-post-modern'><article class='post type-post'>"
        "<div class='post-content-wrap has-share-float'>"
        "<div class='post-share-float share-float-a is-hidden'><div class='inner'><span class='share-text'>Share</span>"
        "<a href='#' class='service s-facebook'><span class='label'>Facebook</span></a></div></div>"
        "<div class='post-content cf entry-content content-spacious'>"
        "<p><strong>PORT ELLIS</strong> — The island's only quarry will close for a month from Monday while its crusher is replaced, the council said on Tuesday.</p>"
        "<p>Builders said they would have to ship gravel from the mainland at twice the price until the quarry reopens in April.</p>"
        "</div></div></article></div></div></body></html>",
    )
    assert draft.dateline == "PORT ELLIS"
    assert draft.paragraphs[-1].startswith("Builders said they would have to ship gravel")
    assert "Facebook" not in body_text(draft)


def _magazine_post(inside: str) -> str:
    """A post on a WordPress magazine theme (SmartMag): its header with the title, the meta
    line under it, and the story's text with `inside` set between its paragraphs."""
    return (
        "<html><body><div class='main-wrap'><div class='the-post-header s-head-modern'>"
        "<h1 class='is-title post-title'>Ferry fares to rise by a tenth from July</h1>"
        "<div class='post-meta-items meta-below has-author-img'>\n<span class='meta-item post-author has-img'><img alt='Tamsin Leonard' src='https://secure.gravatar.com/avatar/1?s=32' class='avatar photo' height='32' width='32' /><span class='by'>By</span> <a href='/author/x/'>Tamsin Leonard</a></span>\n"
        "<span class='meta-item date'><time class='post-date' datetime='2027-03-09T11:12:40+08:00'>9 March 2027</time></span>\n"
        "<span class='meta-item date-modified'><span class='updated-on'>Updated:</span><time class='post-date' datetime='2027-03-09T15:40:02+08:00'>9 March 2027</time></span>\n"
        "<span class='meta-item comments has-icon'><a href='#comments'><i class='tsi tsi-comment-o'></i>12 Comments</a></span>\n"
        "<span class='meta-item read-time has-icon'><i class='tsi tsi-clock'></i>3 Mins Read</span>\n</div>"
        "</div><div class='post-content entry-content'>"
        "<p>Ferry fares to the mainland will rise by ten per cent from 1 July, the shipping company said on Monday, its first rise in four years.</p>"
        f"{inside}"
        "<p>The company said the money would pay for a second crew on the winter sailings.</p>"
        "</div></div></body></html>"
    )


def test_a_magazine_theme_s_ad_slot_between_paragraphs_is_no_picture(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "fares.html",
        _magazine_post(
            "<div class='a-wrap a-wrap-base a-wrap-5'><div class='label'>Advertisement</div>"
            "<a href='https://ads.example.org/click/1'><img src='https://example.org/wp-content/uploads/2027/02/mrec-tavern.jpg' width='300' height='250' alt='The Harbour Tavern – seafood every Friday' /></a></div>"
        ),
    )
    assert draft.images == ()
    assert "Advertisement" not in body_text(draft)


def test_a_meta_line_s_comment_count_and_reading_time_run_together_are_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.html", _magazine_post(""))
    assert draft.byline == ("Tamsin Leonard",)
    assert draft.paragraphs[0].startswith("Ferry fares to the mainland will rise")
    assert "Mins Read" not in body_text(draft)


_BOX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_written_twice(paragraphs: list[str]) -> str:
    """A run holding a floating text box as Word writes one: the DrawingML shape, and the
    same box again as VML for older readers, each with the box's paragraphs (the first
    bold)."""
    held = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if n == 0 else ''}<w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"
        for n, text in enumerate(paragraphs)
    )
    return (
        f"<w:r {_BOX_NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<wp:anchor distT='0' distB='0' distL='114300' distR='114300' simplePos='0' relativeHeight='2' behindDoc='0' "
        "locked='0' layoutInCell='1' allowOverlap='1'><wp:simplePos x='0' y='0'/>"
        "<wp:positionH relativeFrom='margin'><wp:align>right</wp:align></wp:positionH>"
        "<wp:positionV relativeFrom='paragraph'><wp:posOffset>0</wp:posOffset></wp:positionV>"
        "<wp:extent cx='2286000' cy='1143000'/><wp:wrapSquare wrapText='bothSides'/><wp:docPr id='7' name='Text Box 7'/>"
        "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr/><wps:txbx><w:txbxContent>{held}</w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape id='Text Box 7' style='position:absolute;width:180pt;height:90pt' fillcolor='#FFF2CC'>"
        f"<v:textbox><w:txbxContent>{held}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_a_note_to_editors_in_a_text_box_beside_the_story_is_the_box_alone(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Beach road to close for turtle nesting", style="Title")
    for text in (
        "The road to Long Beach will close at night from Friday while green turtles nest on the beach, the park service said on Monday.",
        "Rangers counted more than 40 nests last season, the most since counts began in 1998.",
    ):
        document.add_paragraph(text)
    anchor = document.add_paragraph()
    anchor._p.append(
        parse_xml(
            _text_box_written_twice(
                ["Note to editors", "Please check the park's page for the closing times before publishing. Not for publication."]
            )
        )
    )
    for text in (
        "The head ranger said drivers had crushed two nests on the road's verge last year.",
        "The road will open again at dawn each day until the end of March.",
    ):
        document.add_paragraph(text)
    path = tmp_path / "turtles.docx"
    document.save(str(path))
    draft = filed_draft(tmp_path, "turtles.docx", path.read_bytes())
    text = body_text(draft)
    assert "Note to editors" not in text
    assert "Please check the park's page" not in text
    assert draft.paragraphs[-1] == "The road will open again at dawn each day until the end of March."
    assert "The head ranger said drivers had crushed two nests" in text


def test_a_quote_giving_credit_to_a_side_is_no_picture_s_credit(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "final.html",
        "<html><body><div class='news-article'><h1 class='news-title'>Harbour Rovers win the island cup</h1>"
        "<div class='news-body'>"
        "<p>Harbour Rovers won the island cup for the first time in six years, beating the Airport XI 2-1 on Saturday night.</p>"
        "<p>The Airport captain said his side had no complaints. &quot;We had our chances. Credit to Rovers, they defended well when it mattered.&quot;</p>"
        "<p>The cup was presented by the council's chairman after the match.</p>"
        "</div></div></body></html>",
    )
    assert draft.images == ()
    assert "Credit to Rovers, they defended well" in body_text(draft)


def test_a_mail_s_pic_label_naming_a_file_is_the_picture_the_caption_lines_describe(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "court.txt",
        "Fisherman fined for undersized crayfish\n\nBy Ana Ruiz, Courts Reporter\n\n"
        "PORT ELLIS — A fisherman was fined $2,000 on Tuesday for landing 40 undersized crayfish at the town wharf.\n\n"
        "The magistrate said the size limits protected the fishery for everyone on the island.\n\n"
        "The court sits again in May.\n\n"
        "PIC: IMG_2210.jpg\nCaption: The fisherman leaves the courthouse on Tuesday.\nPhoto: Ana Ruiz/The Gazette\n\n"
        "ENDS\n",
    )
    assert draft.paragraphs[-1] == "The court sits again in May."
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The fisherman leaves the courthouse on Tuesday.", "Ana Ruiz/The Gazette")
    ]


def test_an_events_list_under_related_news_and_its_row_of_links_is_the_page_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "trials.html",
        "<html><body><div id='pageContentContainer' class='row'><div class='layoutContainer layout-66-33'><div class='column column1'>"
        "<div class='pageElement newsItemElement'><div class='newsItemHeader'><h2>Island pairs chosen for the regional beach tour</h2></div>"
        "<div class='newsText'><p>Four pairs will represent the island at the regional beach volleyball tour in May, the federation said on Monday after two days of trials.</p>"
        "<p>The federation's president said the standard at the trials had been the highest she could remember.</p>"
        "<p>The two women's pairs won every match they played over the weekend, and the men's first pair lost only one set, to the pair who finished second.</p>"
        "<p>The coach said the chosen players would train together three mornings a week at the Point until the tour, and that the federation would pay for their travel.</p>"
        "<p>Two of the eight players are still at school, and the federation said it had written to the school to ask for a week's leave for each of them in May.</p>"
        "<p>The regional tour has four legs this year, and the island's pairs will play in the first two, the federation said, with a decision on the others after May.</p></div></div>"
        "<div class='pageElement aggregatorElement'><h3><span>Related News</span></h3><div class='newsAggregatorElement'>"
        "<div class='item'><h4><a href='/news/1'>Coaching course set for April at the sports hall</a></h4><div class='newsDate'>Tuesday, March 3, 2026</div>"
        "<p class='newsPreviewText'>Registration is open for the federation's first coaching course of the year.</p></div>"
        "<div class='item'><h4><a href='/news/2'>Junior league returns after the rainy season</a></h4><div class='newsDate'>Friday, February 20, 2026</div>"
        "<p class='newsPreviewText'>Twelve school teams have entered the junior league, which starts in April.</p></div></div>"
        "<div class='extendedOptions'><a href='/news' class='icon'>More News</a> <a href='/news.rss' class='rss'>Subscribe via RSS</a></div></div></div>"
        "<div class='column column2'><div class='pageElement eventAggregatorElement'><h3><span>Upcoming Events</span></h3><ul>"
        "<li><span class='date'>Mar 28</span> <a href='/event/1'>Junior Clinic – North Beach</a></li>"
        "<li><span class='date'>Apr 11</span> <a href='/event/2'>Island Trials – the Point</a></li></ul>"
        "<a href='/calendar' class='icon'>View Full Calendar</a></div>"
        "<div class='pageElement textBlockElement'><h3><span>Join the Club</span></h3><p>Players, coaches and referees: membership for the season is now open. Register online in five minutes.</p>"
        "<p><a class='button-medium' href='/register'>Register Now</a></p></div></div></div></div></body></html>",
    )
    text = body_text(draft)
    assert "The regional tour has four legs this year" in text
    for line in ("Junior Clinic", "Island Trials", "View Full Calendar"):
        assert line not in text


def test_a_release_s_issued_by_field_under_the_title_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "jetty.html",
        "<html><body><main><article class='node node--type-media-release'>"
        "<div class='page-title-wrapper'><h1 class='page-title'>New jetty for the north shore ferry</h1></div>"
        "<div class='node__meta'><div class='field field--name-field-issued-by field--label-inline'>"
        "<div class='field__label'>Issued by</div><div class='field__item'>Office of the Island Administrator</div></div></div>"
        "<div class='field field--name-field-summary field__item'><p>The $2.4 million jetty will let the ferry run in all but the worst swell.</p></div>"
        "<div class='field field--name-body'><p>A new jetty will be built on the north shore this year so that the ferry can run in all but the worst swell, the Administrator said on Friday.</p>"
        "<p>Work will start in June and take about five months.</p></div></article></main></body></html>",
    )
    assert draft.dek == "The $2.4 million jetty will let the ferry run in all but the worst swell."
    assert "Issued by" not in body_text(draft)


def test_a_newsletter_article_s_title_under_its_issue_list_past_its_category_label(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "garden.html",
        "<html><body><div class='sz-layout'><nav class='sz-issue-nav' aria-label='In this issue'><h2>In this issue</h2><ul>"
        "<li><a href='/a/1'>Principal's Report</a></li><li><a href='/a/2'>Year 9 students plant a kitchen garden</a></li>"
        "<li><a href='/a/3'>Swimming Carnival</a></li><li><a href='/a/4'>Canteen Menu</a></li></ul></nav>"
        "<main class='sz-article'><div class='sz-article__category'>Secondary</div>"
        "<h1 class='sz-article__title'>Year 9 students plant a kitchen garden</h1>"
        "<div class='sz-article__content'><p><em>Written by Ana Ruiz, Science Coordinator</em></p>"
        "<p>Our Year 9 science class has planted a kitchen garden behind the library, with beans, chillies and pandan that the canteen will use from next term.</p>"
        "<p>The students built the beds from timber left over from the new shade structure.</p></div></main></div></body></html>",
    )
    assert draft.headline == "Year 9 students plant a kitchen garden"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs[0].startswith("Our Year 9 science class has planted")

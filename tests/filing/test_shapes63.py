# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the sixty-third filing round reads right: a mail's plain text as a list archive
shows it (HyperKitty: a paragraph a `<p>`, a line a `<br>`); the picture a release's mail
attaches, named by its file over its caption; a meta title written for sharing that the page
never shows, a featured picture framed over an `entry-title` heading and a post's meta list
(OceanWP); 'Reporting assistance from <place> by <name>'; a task copied from a project app
(a cutline labelled for the attached picture, the attachment's upload line, the task's feed
and comments); a terminal mail reader's part markers and a picture line naming its file
before the caption (Mutt); a Word 2003 picture's VML alt text and title; a byline that names
the photographer too, and how a picture was taken before its credit's label; an image title
ending with a name in brackets; a newsletter's line over its sponsors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpers import body_text, filed_draft

ARCHIVED_RELEASE = """<html><head><title>[press] County opens the new river bridge a month early - press - lists.county.example.org</title></head>
<body><nav class="navbar"><a href="/">lists.county.example.org</a> <a href="/accounts/login/">Sign In</a></nav>
<div class="container"><div class="row"><div class="col-sm-9">
<h1>County opens the new river bridge a month early</h1>
<div class="email">
<div class="email-header"><span class="name">County Press Office</span> <span class="date">Monday, 2 March 2026 9:14 a.m.</span></div>
<div class="email-body">
<p>COUNTY OF ALDER<br>
PRESS OFFICE</p><p>FOR IMMEDIATE RELEASE</p><p>County opens the new river bridge a month early</p><p>ALDER FALLS (March 2, 2026) -- The county's new bridge over the Alder River<br>
opened to traffic on Monday, a month before the date the contract set and<br>
under its budget of $14 million, the county engineer said.</p><p>The old bridge, built in 1931, had been closed to trucks since a flood<br>
cracked two of its piers in 2023, sending loaded trucks on a detour of<br>
40 miles through the hills.</p><p>"Farmers lost a day a week to that detour," said commissioner Ada Perlow,<br>
who chairs the roads committee. "This gives them the day back."</p><p>The old bridge will be taken down over the summer.</p>
<p>--<br>
press mailing list -- press@lists.county.example.org<br>
To unsubscribe send an email to press-leave@lists.county.example.org</p>
</div></div>
</div></div></div>
<p>Powered by HyperKitty</p>
</body></html>
"""


def test_a_list_archive_s_plain_text_mail_keeps_its_wrapped_paragraphs(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", ARCHIVED_RELEASE)
    assert draft.headline == "County opens the new river bridge a month early"
    assert draft.paragraphs[0] == (
        "ALDER FALLS (March 2, 2026) -- The county's new bridge over the Alder River opened to "
        "traffic on Monday, a month before the date the contract set and under its budget of "
        "$14 million, the county engineer said."
    )
    assert draft.paragraphs[1] == (
        "The old bridge, built in 1931, had been closed to trucks since a flood cracked two of "
        "its piers in 2023, sending loaded trucks on a detour of 40 miles through the hills."
    )
    assert "The old bridge will be taken down over the summer." in draft.paragraphs


RELEASE_WITH_ATTACHED_PICTURE = """FOR IMMEDIATE RELEASE

County opens the new river bridge a month early

ALDER FALLS -- The county's new bridge over the Alder River opened to traffic on Monday, a month before the date the contract set.

The old bridge will be taken down over the summer, the county engineer said.

Photo attached: alder-bridge-opening.jpg
Caption: Commissioner Ada Perlow cuts the ribbon on the new Alder River bridge on Monday.
Photo: Tom Reyes/County of Alder

###
"""


def test_a_release_s_attached_picture_line_names_the_picture_not_its_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.txt", RELEASE_WITH_ATTACHED_PICTURE)
    assert "The old bridge will be taken down over the summer, the county engineer said." in draft.paragraphs
    assert len(draft.images) == 1
    picture = draft.images[0]
    assert picture.caption == "Commissioner Ada Perlow cuts the ribbon on the new Alder River bridge on Monday."
    assert picture.credit == "Tom Reyes/County of Alder"
    assert picture.name == "alder-bridge-opening.jpg"
    assert "attached" not in body_text(draft)


THEMED_POST = """<html><head>
<title>Harbour board backs a second ferry berth at the north quay &#8211; Quayside Weekly</title>
<meta property="og:title" content="Second ferry berth: what it means for island commuters">
<meta name="author" content="Tomas Ferreira">
</head><body class="single-post oceanwp-theme">
<header id="site-header"><a class="site-logo" href="/">Quayside Weekly</a>
<nav id="site-navigation"><ul class="main-menu"><li><a href="/">Home</a></li><li><a href="/category/harbour/">Harbour</a></li></ul></nav></header>
<main id="main"><header class="page-header"><h1 class="page-header-title">Harbour</h1>
<nav class="site-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/category/harbour/">Harbour</a></li><li>Harbour board backs a second ferry berth at the north quay</li></ol></nav></header>
<div id="content-wrap"><div id="primary"><article class="post type-post entry has-media">
<div class="thumbnail"><img src="/wp-content/uploads/2026/03/north-quay.jpg" class="attachment-full size-full wp-post-image" alt="The north quay at low tide">
<div class="thumbnail-caption">The north quay at low tide on Tuesday, where the second berth would be built. | Photo: Rita Moss/Quayside Weekly</div></div>
<header class="entry-header"><h2 class="single-post-title entry-title">Harbour board backs a second ferry berth at the north quay</h2></header>
<ul class="meta ospm-default">
<li class="meta-author"><span class="screen-reader-text">Post author:</span><a href="/author/tomas/" rel="author">Tomas Ferreira</a></li>
<li class="meta-date"><span class="screen-reader-text">Post published:</span>March 4, 2026</li>
<li class="meta-cat"><span class="screen-reader-text">Post category:</span><a href="/category/harbour/">Harbour</a> / <a href="/category/news/">Island News</a></li>
<li class="meta-cmt"><span class="screen-reader-text">Post comments:</span><a href="#comments">5 Comments</a></li>
<li class="meta-rt"><span class="screen-reader-text">Reading time:</span>3 mins read</li>
</ul>
<div class="entry-content">
<p><em>The board says the berth would end the queue of ferries waiting to dock on summer weekends</em></p>
<p><strong>PORT ELLEN —</strong> The harbour board voted on Tuesday to build a second ferry berth at the north quay, at a cost the board put at $3.2 million.</p>
<p>Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends.</p>
</div></article></div></div></main></body></html>
"""


def test_a_shared_title_the_page_never_shows_gives_way_to_the_one_its_title_names(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "berth.html", THEMED_POST)
    assert draft.headline == "Harbour board backs a second ferry berth at the north quay"
    assert draft.dek == "The board says the berth would end the queue of ferries waiting to dock on summer weekends"
    assert draft.dateline == "PORT ELLEN"


def test_a_featured_picture_framed_over_the_entry_title_is_the_first_picture(tmp_path: Path) -> None:
    page = THEMED_POST.replace('<meta property="og:title"', '<meta property="og:image:alt"')
    draft = filed_draft(tmp_path, "berth.html", page)
    assert draft.headline == "Harbour board backs a second ferry berth at the north quay"
    assert len(draft.images) == 1
    picture = draft.images[0]
    assert picture.caption == "The north quay at low tide on Tuesday, where the second berth would be built."
    assert picture.credit == "Rita Moss/Quayside Weekly"
    assert picture.alt == "The north quay at low tide"


def test_a_post_s_meta_list_of_category_comments_and_reading_time_is_the_site_s(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "berth.html", THEMED_POST)
    text = body_text(draft)
    for said in ("Island News", "5 Comments", "mins read", "Post category"):
        assert said not in text and said not in draft.dek
    assert draft.byline == ("Tomas Ferreira",)


def test_reporting_assistance_from_a_place_by_a_name_is_a_contributor_line(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "berth.txt",
        "Harbour board backs a second ferry berth\n\n"
        "By Tomas Ferreira\n\n"
        "PORT ELLEN — The harbour board voted on Tuesday to build a second ferry berth at the north quay.\n\n"
        "Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends.\n\n"
        "Reporting assistance from Port Ellen by Rita Moss.\n",
    )
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Rita Moss", "Reporting assistance from Port Ellen by Rita Moss.")
    ]
    assert "Reporting assistance" not in body_text(draft)


TASK_COPY = """My tasks
Inbox
City Desk — April
Mark complete
Council — ferry berth vote — 450w
Assignee
TF
Tomas Ferreira
Due date
Apr 2
Description
Harbour board backs a second ferry berth at the north quay
By Tomas Ferreira, harbour reporter
PORT ELLEN — The harbour board voted 5-2 on Tuesday to build a second ferry berth at the north quay, at a cost the board put at $3.2 million, to be paid over four years from harbour dues.
Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends, and that the wait had cost the operator two sailings a day in August and September.
The two members who voted no said they supported a second berth but wanted the money to come from the port's reserve rather than from higher dues on fishing boats.
Caption for the attached photo: The north quay at low tide on Tuesday, where the second berth would be built.
Credit: Rita Moss/Quayside Weekly
Attachments
north-quay.jpg
Uploaded Apr 1 · 3.4 MB
Comments
All activity
TF
Tomas Ferreira created this task · Yesterday at 3:02pm
TF
Tomas Ferreira attached north-quay.jpg · Yesterday at 3:05pm
RM
Rita Moss
Yesterday at 4:40pm
Is the vote count right? I had it 4-3 from the gallery.
TF
Tomas Ferreira
Yesterday at 4:52pm
Checked with the clerk: 5-2.
Ask a question or post an update...
Collaborators
Leave task
"""


def test_a_cutline_labelled_for_the_attached_picture_is_its_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.txt", TASK_COPY)
    assert draft.headline == "Harbour board backs a second ferry berth at the north quay"
    assert len(draft.images) == 1
    assert draft.images[0].caption == "The north quay at low tide on Tuesday, where the second berth would be built."
    assert draft.images[0].credit == "Rita Moss/Quayside Weekly"


def test_a_task_s_attachment_feed_and_comments_are_no_part_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.txt", TASK_COPY)
    text = body_text(draft)
    for said in ("Uploaded Apr 1", "created this task", "All activity", "4-3 from the gallery", "Checked with the clerk", "Leave task", "Collaborators"):
        assert said not in text
    assert draft.paragraphs[-1].startswith("The two members who voted no said")


PAGER_COPY = """Date: Tue, 3 Mar 2026 18:02:44 +0000
From: Tomas Ferreira <tferreira@quayside.example.org>
To: City Desk <desk@quayside.example.org>
Subject: HARBOUR: second berth vote -- for Wed

[-- Attachment #1 --]
[-- Type: text/plain, Encoding: 7bit, Size: 2.1K --]

HED: Harbour board backs a second ferry berth at the north quay

By Tomas Ferreira

PORT ELLEN -- The harbour board voted 5-2 on Tuesday to build a second
ferry berth at the north quay, at a cost the board put at $3.2 million.

Board chair Ines Duarte said ferries waited up to 40 minutes to dock on
summer weekends.

PHOTO: north-quay-0303.jpg -- The north quay at low tide on Tuesday,
where the second berth would be built. (Rita Moss/Quayside Weekly)

END

[-- Attachment #2: north-quay-0303.jpg --]
[-- Type: image/jpeg, Encoding: base64, Size: 2.4M --]

[-- image/jpeg is unsupported (use 'v' to view this part) --]
"""


def test_a_picture_line_naming_its_file_before_the_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.txt", PAGER_COPY)
    assert draft.images[0].caption == "The north quay at low tide on Tuesday, where the second berth would be built."
    assert draft.images[0].credit == "Rita Moss/Quayside Weekly"


def test_a_terminal_mail_reader_s_part_markers_are_the_mail_s(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.txt", PAGER_COPY)
    assert len(draft.images) == 1
    assert "[--" not in body_text(draft)
    assert draft.paragraphs[-1] == "Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends."


_VML = (
    '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:300pt;height:200pt"{alt}>'
    '<v:imagedata r:id="{rid}" o:title="{title}"/></v:shape></w:pict>'
)


def _vml_picture(run: Any, tmp_path: Path, title: str, alt: str = "") -> None:
    """Set the picture in `run` as Word 2003 saves one: VML, with its title and alt text."""
    from lxml import etree

    from tests.filing.test_shapes26 import _png

    run.add_picture(str(_png(tmp_path / f"{title}.png")))
    element = run._r
    drawing = element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}drawing")
    blip = drawing.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    rid = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
    shown = f' alt="{alt}"' if alt else ""
    drawing.addnext(etree.fromstring(_VML.format(rid=rid, title=title, alt=shown)))
    element.remove(drawing)


def _file_with_vml_pictures(tmp_path: Path) -> bytes:
    """A correspondent's file as Word 2003 saves its pictures."""
    import docx

    document = docx.Document()
    document.add_paragraph("Harbour board backs a second ferry berth at the north quay")
    document.add_paragraph("By Tomas Ferreira")
    document.add_paragraph(
        "PORT ELLEN – The harbour board voted 5-2 on Tuesday to build a second ferry berth at the north quay."
    )
    _vml_picture(document.add_paragraph().add_run(), tmp_path, "north quay at low tide")
    document.add_paragraph("Caption: The north quay at low tide on Tuesday.")
    document.add_paragraph("Photo by Rita Moss")
    document.add_paragraph("Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends.")
    _vml_picture(document.add_paragraph().add_run(), tmp_path, "board_vote", "Board members raise their hands")
    document.add_paragraph("Caption: The board votes on the berth on Tuesday.")
    document.add_paragraph("Photo by Rita Moss")
    _vml_picture(document.add_paragraph().add_run(), tmp_path, "ferry_queue")
    document.add_paragraph("Caption: Ferries wait off the quay on a Saturday in August.")
    document.add_paragraph("Photo by Rita Moss")
    path = tmp_path / "made.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_word_2003_picture_s_alt_text_or_its_title_of_words_is_its_alt(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "berth.docx", _file_with_vml_pictures(tmp_path))
    assert [p.alt for p in draft.images] == [
        "north quay at low tide",
        "Board members raise their hands",
        "",  # (a title that is the file's name describes nothing)
    ]
    assert draft.images[0].caption == "The north quay at low tide on Tuesday."
    assert draft.images[0].credit == "Rita Moss"
    assert all(p.data is not None and p.data.startswith(b"\x89PNG") for p in draft.images)


PHOTO_ESSAY = """<html><head><title>Mara Lund Photography - The last salt pans of Ardmore</title></head>
<body><header class="site-header"><div class="logo-wrap"><a href="/">Mara Lund Photography</a></div>
<nav><a href="/work">Work</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main><div class="page-header"><h1 class="title preserve-whitespace">The last salt pans of Ardmore</h1>
<p class="description">Three families still rake salt by hand on the north shore, and the youngest raker is 61</p></div>
<div class="project-modules">
<div class="project-module module text project-module-text"><div class="rich-text"><div style="font-size:14px;">Story and photographs by Mara Lund</div></div></div>
<div class="project-module module text project-module-text"><div class="rich-text"><div>On a still morning in August, Tomas Brennan walks the edge of the pans before the sun is up, checking which have crusted overnight.</div><div><br></div><div>His family has raked salt on this shore for four generations. The county counts three working pans left, from more than forty in 1950.</div></div></div>
<div class="project-module module image project-module-image"><img class="lazyload" data-src="/img/brennan-rake.jpg" src="/img/brennan-rake-small.jpg" alt="A man rakes salt at dawn"></div>
<div class="project-module module text project-module-text"><div class="rich-text module-caption"><div>Tomas Brennan rakes the first crust of the morning at the family's north pan in August.</div></div></div>
<div class="project-module module image project-module-image"><img class="lazyload" data-src="/img/pans-air.jpg" src="/img/pans-air-small.jpg" alt=""></div>
<div class="project-module module text project-module-text"><div class="rich-text module-caption"><div>The pans from the air in September, the three working ones at the left. Aerial photo: Courtesy of Ardmore County Council</div></div></div>
<div class="project-module module text project-module-text"><div class="rich-text"><div>"My father said the sea gives it and the sun makes it," Brennan said. "All we do is wait and rake."</div></div></div>
</div></main>
<footer><p>© 2026 Mara Lund</p><p>Powered by Adobe Portfolio</p></footer></body></html>
"""


def test_a_byline_that_names_the_photographer_credits_the_uncredited_pictures(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "salt.html", PHOTO_ESSAY)
    assert draft.byline == ("Mara Lund",)
    assert [p.credit for p in draft.images] == ["Mara Lund", "Courtesy of Ardmore County Council"]


def test_how_a_picture_was_taken_before_its_credit_s_label_is_no_part_of_the_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "salt.html", PHOTO_ESSAY)
    assert draft.images[1].caption == "The pans from the air in September, the three working ones at the left."
    assert draft.images[1].credit == "Courtesy of Ardmore County Council"


def test_an_image_title_ending_with_a_name_in_brackets_is_its_caption_and_credit(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "berth.md",
        "Title: Harbour board backs a second ferry berth\n"
        "Date: March 4, 2026\n\n"
        "**PORT ELLEN —** The harbour board voted on Tuesday to build a second ferry berth at the north quay.\n\n"
        '![The north quay from the air](_north-quay-air.jpg "The north quay from the air in February. (Port Ellen Harbour Board)")\n\n'
        "Board chair Ines Duarte said ferries waited up to 40 minutes to dock on summer weekends.\n",
    )
    assert len(draft.images) == 1
    assert draft.images[0].caption == "The north quay from the air in February."
    assert draft.images[0].credit == "Port Ellen Harbour Board"
    assert draft.images[0].alt == "The north quay from the air"


def test_a_newsletter_s_line_over_its_sponsors_is_the_newsletter_s(tmp_path: Path) -> None:
    draft = filed_draft(
        tmp_path,
        "regatta.html",
        "<html><body><table role='presentation' width='100%'><tr><td class='eo-text'>"
        "<h1>Port Ellen crew wins the harbour regatta by a length</h1>"
        "<p><em>The four from the north quay club take the cup for the first time since 2019</em></p>"
        "<p>By Rita Moss</p>"
        "<p>The north quay club's coxed four won the harbour regatta on Saturday by a length, the club's first cup since 2019.</p>"
        "<p>The crew led from the start and held off the Ardmore boat in the last 200 metres.</p>"
        "</td></tr><tr><td align='center'>"
        "<p style='font-size:11px'>HARBOUR REGATTA WEEKLY IS BROUGHT TO YOU BY</p>"
        "<img src='https://example.org/sponsors.png' alt='Sponsors: Mulroy Motors, Quay Stores'>"
        "</td></tr></table></body></html>",
    )
    assert "BROUGHT TO YOU BY" not in body_text(draft)
    assert draft.paragraphs[-1] == "The crew led from the start and held off the Ardmore boat in the last 200 metres."

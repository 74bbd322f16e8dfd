# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-seventh filing round reads right: a release a Domino server renders,
its whole page in the document's form, its text in `<font>` tags with `<br>` lines and the
title in a larger one, the press office's initials under it and the document's files listed
under it; a Word file written on a Greek-language Word, its captions numbered by Insert
Caption's Greek label ('Εικόνα 1:') and the story closed by 'ΤΕΛΟΣ' ('END'); a text file
saved by Notepad on a Greek Windows, in its code page, Windows-1253; an HTMLy blog's post
file, its title, description, tags and picture in metadata comments; the pictures of a
1C-Bitrix news detail and a Magefan Blog post, whose alt text the system fills with the post's
title."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from tests.helpers import filed_draft

DOMINO_RELEASE = """<html><head><title>GIS: New opening hours for the Harbour Museum</title>
<script>function _doClick(v, o, t, h) { var form = document._Form; form.__Click.value = v; form.submit(); }</script>
</head><body>
<form method="post" action="/gis/news.nsf/All/0A1B?OpenDocument&amp;Seq=1" name="_Form">
<input type="hidden" name="__Click" value="0">
<table width="100%"><tr><td width="160">
<table><tr><td><font size="2"><b>News</b></font></td></tr>
<tr><td><font size="1"><a href="/gis/news.nsf/latest?OpenView">Latest news</a></font></td></tr>
<tr><td><font size="1"><a href="/gis/news.nsf/bymonth?OpenView">News by month</a></font></td></tr>
<tr><td><font size="1"><a href="/gis/news.nsf/join?OpenForm">Receive the news by e-mail</a></font></td></tr>
</table></td><td>
<font size="1"><a href="" onclick="return _doClick('1', this, null)">Print</a></font><br><br>
<font size="4" face="Arial"><b>New opening hours for the Harbour Museum</b></font><br>
<br>
<font size="2" face="Arial">The Harbour Museum in Portvale will open an hour earlier, at 8am, from 1 May, the Department of Museums announces.</font><br>
<br>
<font size="2" face="Arial">The museum will stay open until 7pm on Fridays and Saturdays through the summer.</font><br>
<br>
<div align="center"><img src="/gis/news.nsf/All/0A1B/Body/0.1C?OpenElement&amp;FieldElemFormat=jpg" width="400" height="300" alt="The museum's west hall"></div>
<div align="center"><font size="1"><i>The west hall of the Harbour Museum. (Photo: Department of Museums)</i></font></div>
<br>
<font size="1">(PL/GKa)</font><br>
<br>
<font size="1"><b>Attachments:</b></font><br>
<a href="/gis/news.nsf/All/0A1B/$file/museum_hours.pdf"><img src="/icons/vwicn005.gif" width="16" height="16" alt="File attachment"><font size="1">museum_hours.pdf</font></a><font size="1"> (0.3 MB)</font><br>
<br>
<font size="1"><b>Other news of the Department of Museums</b></font><br>
<font size="1"><a href="/gis/news.nsf/All/77C?OpenDocument">Free entry to the castle on Museums Day</a></font><br>
<font size="1"><a href="/gis/news.nsf/All/88D?OpenDocument">Works close the old mill until June</a></font><br>
</td></tr></table>
</form></body></html>
"""


def _domino(tmp_path: Path) -> Draft:
    return filed_draft(tmp_path, "museum.html", DOMINO_RELEASE)


def test_a_domino_document_form_holding_the_page_is_read(tmp_path: Path) -> None:
    draft = _domino(tmp_path)
    assert draft.headline == "New opening hours for the Harbour Museum"
    assert draft.paragraphs[0].startswith("The Harbour Museum in Portvale will open")
    assert draft.paragraphs[-1].startswith("The museum will stay open until 7pm")


def test_a_domino_page_s_picture_keeps_its_caption_and_credit(tmp_path: Path) -> None:
    images = _domino(tmp_path).images
    assert [(i.caption, i.credit, i.alt) for i in images] == [
        ("The west hall of the Harbour Museum.", "Department of Museums", "The museum's west hall")
    ]


def test_a_domino_release_s_initials_files_and_other_news_are_not_the_story(
    tmp_path: Path,
) -> None:
    draft = _domino(tmp_path)
    body = "\n".join(draft.paragraphs)
    for line in (
        "PL/GKa",
        "Attachments:",
        "museum_hours.pdf",
        "0.3 MB",
        "Other news of the Department of Museums",
        "Free entry to the castle",
        "Works close the old mill",
        "Latest news",
    ):
        assert line not in body


def _greek_word_file(tmp_path: Path) -> bytes:
    """A story typed in English on a Word set up in Greek, as it saves it: captions under the
    pictures numbered with Insert Caption's Greek label, and the writer's Greek end mark."""
    import docx
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph("Olive mill at Kathikas reopens after fire", style="Title")
    document.add_paragraph(
        "KATHIKAS – The village's olive mill pressed its first fruit on Monday, eight months after a fire gutted its press room."
    )
    document.add_paragraph("The community council paid for a new press and a roof.")
    document.add_paragraph().add_run().add_picture(png(60, 40, 3), width=Inches(3))
    document.add_paragraph(
        "Εικόνα 1: Farmers unload olives at the mill on Monday.", style="Caption"
    )
    document.add_paragraph("The mill will press for villagers at no charge until March.")
    document.add_paragraph().add_run().add_picture(png(60, 40, 4), width=Inches(3))
    document.add_paragraph("Σχήμα 2. The new press in the rebuilt hall.", style="Caption")
    document.add_paragraph("ΤΕΛΟΣ")
    path = tmp_path / "mill.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_greek_word_s_caption_label_and_number_are_not_the_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "mill.docx", _greek_word_file(tmp_path))
    assert [i.caption for i in draft.images] == [
        "Farmers unload olives at the mill on Monday.",
        "The new press in the rebuilt hall.",
    ]


def test_a_greek_writer_s_end_mark_is_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "mill.docx", _greek_word_file(tmp_path))
    assert draft.paragraphs[-1] == "The mill will press for villagers at no charge until March."
    assert "ΤΕΛΟΣ" not in "\n".join(draft.paragraphs)


NOTEPAD_GREEK = "\r\n\r\n".join(
    [
        "Προς: Αθλητικό Τμήμα",
        "Sailing club wins the island regatta",
        "By Marios Ioannou",
        "PAPHOS – The Paphos Sailing Club won the island regatta on Sunday, the club’s first title since 2019.",
        "The crews sang «Πάμε ομάδα» (“Come on, team”) as they came ashore.",
        "Ευχαριστούμε πολύ για τη φιλοξενία.",
    ]
)


def test_a_greek_windows_notepad_file_is_read_in_its_code_page(tmp_path: Path) -> None:
    data = NOTEPAD_GREEK.encode("cp1253")
    draft = filed_draft(tmp_path, "regatta.txt", data)
    body = "\n".join(draft.paragraphs)
    assert draft.headline == "Sailing club wins the island regatta"
    assert "The crews sang «Πάμε ομάδα» (“Come on, team”) as they came ashore." in body
    assert "the club’s first title since 2019" in body


HTMLY_POST = """<!--t Harbour swim draws 300 to Larnaca seafront t-->
<!--d The annual harbour swim, with results and pictures. d-->
<!--tag swimming,Larnaca,results tag-->
<!--image https://swim.example/content/images/harbour-start.jpg image-->

*Swimmers of every age crossed the old harbour in calm water on Sunday*

**By Maria Loizou**

*Top: the first wave of swimmers leaves the pier. Photo: Nikos Pavlou*

More than 300 swimmers took part in the Larnaca harbour swim on Sunday, the most since the race began in 2011.

The 1.5-kilometre course ran from the marina to the old customs house.
"""


def test_an_htmly_post_s_title_comment_is_the_headline_and_its_image_the_first_picture(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "swim.md", HTMLY_POST)
    assert draft.headline == "Harbour swim draws 300 to Larnaca seafront"
    assert draft.dek == "Swimmers of every age crossed the old harbour in calm water on Sunday"
    assert draft.byline == ("Maria Loizou",)
    first = draft.images[0]
    assert first.caption == "the first wave of swimmers leaves the pier."
    assert first.credit == "Nikos Pavlou"
    assert draft.paragraphs[0].startswith("More than 300 swimmers took part")
    text = "\n".join(draft.paragraphs)
    assert "The annual harbour swim, with results and pictures." not in text + draft.dek
    assert "swimming,Larnaca,results" not in text


BITRIX_NEWS = """<html><head><title>Harbour crane goes electric</title></head><body>
<h1 id="pagetitle">Harbour crane goes electric at Vassiliko terminal</h1>
<div class="news-detail">
<span class="news-date-time">02.03.2026</span>
<img class="detail_picture" src="/upload/iblock/1a2/crane.jpg" width="800" height="533" alt="Harbour crane goes electric at Vassiliko terminal" title="Harbour crane goes electric at Vassiliko terminal" />
<div class="detail_picture_description">The new crane on the terminal's east quay. Photo: Terminal Press Office</div>
<p>The container terminal at Vassiliko switched its largest crane to mains power on Monday, ending its use of diesel generators.</p>
<p>The terminal said the change would cut its fuel bill by a third.</p>
</div></body></html>
"""

MAGEFAN_POST = """<html><head><title>Old olive press restored in Lofou - Village Shop Blog</title></head><body class="blog-post-view">
<h1 class="page-title"><span class="base">Old olive press restored in Lofou</span></h1>
<div class="post-view"><div class="post-holder"><div class="post-content"><div class="post-description">
<div class="post-ftimg-hld"><img src="/media/magefan_blog/2026/03/press.jpg" alt="Old olive press restored in Lofou" /></div>
<div class="post-text-hld">
<p>The olive press in the old school yard of Lofou turned again on Saturday, restored by the village's cultural association.</p>
<p>The press had stood idle since 1968.</p>
</div></div></div></div></div></body></html>
"""


def test_a_bitrix_news_detail_s_default_alt_is_no_description(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "crane.html", BITRIX_NEWS)
    assert [(i.caption, i.alt) for i in draft.images] == [
        ("The new crane on the terminal's east quay.", "")
    ]


def test_a_magefan_post_s_featured_image_alt_is_no_description(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "press.html", MAGEFAN_POST)
    assert draft.headline == "Old olive press restored in Lofou"
    assert [i.alt for i in draft.images] == [""]

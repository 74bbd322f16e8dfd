# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-eighth filing round reads right: a 'By Name, job' line typed in italics at
the top of a blog post whose page already names its author; a press office's e-mail in Greek
with its English translation below it, and its list of pictures by file name under a heading in
both languages; a club's match report, its competition line over the result line and the
headline, its officer's byline naming the club after the job, its thanks to its sponsors, its
signature in two languages and a postscript; a council's Word file whose first page is the
signed letter scanned as a picture the size of the page, its credit line in two languages and
its signature block; a news detail's summary over the dateline lede, under a description that
only repeats the title; and a news reader's info line naming an office, no person."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

SHOP_BLOG_POST = """<html><head><title>Olive mill reopens - Blog</title></head><body>
<header><a href="/">Home</a> <a href="/shop">Shop</a></header>
<main>
<h1 class="page-title"><span class="base">Old olive mill in Lofou grinds again after forty years</span></h1>
<div class="post-info"><div class="item post-posed-date"><span class="label">Posted:</span> <span class="value">March 3, 2026</span></div>
<div class="item post-author"><span class="label">Author:</span> <span class="value"><a href="/blog/author/maria">Maria Georgiadou</a></span></div></div>
<div class="post-content">
<p><em>By Maria Georgiadou, visitor centre coordinator</em></p>
<p>The stone olive mill at the edge of Lofou turned again on Saturday for the first time since 1986, after the village's cultural society spent two winters repairing its millstones.</p>
<p>About 200 people came to watch the first pressing, and the oil was shared among the families who brought their olives.</p>
<p>The mill will open on Sundays from April, the society said.</p>
</div></main>
<footer>Copyright © 2026 Lofou Oils</footer>
</body></html>
"""


def test_an_italic_by_line_with_a_job_under_the_post_s_author_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "mill.html", SHOP_BLOG_POST)
    assert draft.headline == "Old olive mill in Lofou grinds again after forty years"
    assert draft.dek == ""
    assert list(draft.byline) == ["Maria Georgiadou"]
    assert "visitor centre coordinator" not in body_text(draft)
    assert draft.paragraphs[0].startswith("The stone olive mill at the edge of Lofou")


FIRE_SERVICE_MAIL = """From: Petros Ioannou <p.ioannou@herald.example>
Sent: Tuesday, 10 March 2026 09:14
To: News Desk <news@herald.example>
Subject: FW: Ανακοίνωση Πυροσβεστικής / Fire Service announcement

Desk, the fire service's release on the Kokkinotrimithia blaze. Their English is below the Greek.

Petros

________________________________
From: Πυροσβεστική Υπηρεσία <press@fire.example.gov>
Sent: Tuesday, 10 March 2026 08:50
Subject: Ανακοίνωση / Announcement

ΠΥΡΟΣΒΕΣΤΙΚΗ ΥΠΗΡΕΣΙΑ

Πυρκαγιά σε αποθήκη ξυλείας στην Κοκκινοτριμιθιά

Πυρκαγιά εκδηλώθηκε χθες το βράδυ σε αποθήκη ξυλείας στη βιομηχανική περιοχή της Κοκκινοτριμιθιάς, προκαλώντας εκτεταμένες ζημιές στο κτίριο και στο περιεχόμενό του.

Στο σημείο μετέβησαν έξι οχήματα της Πυροσβεστικής Υπηρεσίας με είκοσι δύο πυροσβέστες, οι οποίοι έθεσαν τη φωτιά υπό έλεγχο μετά από τρεις ώρες.

Δεν αναφέρθηκαν τραυματισμοί, ενώ τα αίτια της πυρκαγιάς διερευνώνται από πραγματογνώμονα της Υπηρεσίας και από την Αστυνομία.

Η Υπηρεσία υπενθυμίζει στους ιδιοκτήτες αποθηκών να ελέγχουν τακτικά τις ηλεκτρικές εγκαταστάσεις τους και να διατηρούν πυροσβεστήρες σε κάθε χώρο.

-----------------------------------------------------------

FIRE SERVICE

Fire at timber warehouse in Kokkinotrimithia

A fire broke out last night at a timber warehouse in the industrial area of Kokkinotrimithia, causing extensive damage to the building and its contents.

Six vehicles of the Fire Service with twenty-two firefighters went to the scene, and they brought the fire under control after three hours.

No injuries were reported, while the causes of the fire are being investigated by an expert of the Service and by the Police.

The Service reminds warehouse owners to check their electrical installations regularly and to keep fire extinguishers in every room.
"""


def test_a_press_mail_s_english_translation_under_the_original_is_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "fire.txt", FIRE_SERVICE_MAIL)
    assert draft.headline == "Fire at timber warehouse in Kokkinotrimithia"
    assert draft.paragraphs[0].startswith("A fire broke out last night at a timber warehouse")
    assert draft.paragraphs[-1].startswith("The Service reminds warehouse owners")
    body = body_text(draft)
    for greek in ("Πυρκαγιά", "Στο σημείο μετέβησαν", "Δεν αναφέρθηκαν", "Η Υπηρεσία"):
        assert greek not in body


MATCH_REPORT = """PANTHERS ATHIENOU – PRESS OFFICE
Match report, Sunday 8/3/2026

Kalimera Giorgo, the report is below, photos to follow tonight.

REGIONAL LEAGUE, DIVISION 2 – ROUND 21
PANTHERS ATHIENOU 3 DOXA AVDELLEROU 0 (HT 1-0)

Three-goal Panthers move within a point of the summit

By Sotiris Panayiotou, Press Officer, Panthers Athienou FC

ATHIENOU – Panthers Athienou beat Doxa Avdellerou 3-0 on Sunday to move within a point of the leaders with five rounds of the regional league left to play.

Midfielder Loukas Christodoulou opened the scoring in the 22nd minute with a free kick from 25 metres that curled over the wall and into the top corner, out of the goalkeeper's reach.

Striker Pavlos Antoniou added two more after the break, the first from the penalty spot after a foul on the winger and the second a header from a corner seven minutes from time.

“We were patient and the goals came,” coach Michalis Savvides said.
"""


def test_a_competition_line_over_a_result_line_is_no_headline(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "panthers.txt", MATCH_REPORT)
    assert draft.headline == "Three-goal Panthers move within a point of the summit"
    assert draft.dek == ""
    assert draft.dateline == "ATHIENOU"
    assert "ROUND 21" not in body_text(draft)


def test_a_club_officer_s_byline_names_the_writer_not_the_club(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "panthers.txt", MATCH_REPORT)
    assert list(draft.byline) == ["Sotiris Panayiotou"]


def _council_word_file(tmp_path: Path) -> bytes:
    """A village council's announcement as its secretary sends it: the signed letter in
    Greek scanned and set as a picture filling the first page, then the English text typed
    for the papers, a photograph with its caption and a credit line in both languages, and
    the council's signature block."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph().add_run().add_picture(
        png(85, 110, 5), width=Inches(6.5), height=Inches(8.4)
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    headline = document.add_paragraph().add_run("Kyperounta to reopen its old stone footpaths")
    headline.bold = True
    document.add_paragraph(
        "The Kyperounta Village Council will clear and mark six kilometres of old footpaths between the village and its chapels this spring, the council said on Friday."
    )
    document.add_paragraph(
        "The paths, used by muleteers carrying apples and wine to the plains until the 1960s, have been overgrown for decades and are blocked by fallen walls in several places."
    )
    document.add_paragraph(
        "Volunteers from the village and the forestry department will start the work on 4 April, and the paths are to open with signs and maps in June."
    )
    document.add_paragraph().add_run().add_picture(png(60, 40, 6), width=Inches(3))
    document.add_paragraph().add_run("A stretch of the old path above the village.").italic = True
    document.add_paragraph("Φωτογραφία: Κοινοτικό Συμβούλιο / Photo: Kyperounta Village Council")
    document.add_paragraph("“We want our children to walk where their grandparents walked,” the council said.")
    document.add_paragraph("On behalf of the Village Council")
    document.add_paragraph("Marios Christodoulides")
    document.add_paragraph("Κοινοτάρχης / Village Leader")
    path = tmp_path / "paths.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_scanned_letter_set_as_a_page_sized_picture_is_no_image(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "paths.docx", _council_word_file(tmp_path))
    assert draft.headline == "Kyperounta to reopen its old stone footpaths"
    assert len(draft.images) == 1
    assert draft.images[0].caption == "A stretch of the old path above the village."


def test_a_credit_line_in_two_languages_gives_the_second_as_the_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "paths.docx", _council_word_file(tmp_path))
    assert [(i.caption, i.credit) for i in draft.images][-1] == (
        "A stretch of the old path above the village.",
        "Kyperounta Village Council",
    )


def test_a_signature_block_signed_for_a_council_is_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "paths.docx", _council_word_file(tmp_path))
    assert draft.paragraphs[-1].startswith("“We want our children to walk")
    body = body_text(draft)
    for line in ("On behalf of the Village Council", "Marios Christodoulides", "Village Leader"):
        assert line not in body


FIRE_SERVICE_PHOTOS = (
    FIRE_SERVICE_MAIL
    + """
-----------------------------------------------------------

ΦΩΤΟΓΡΑΦΙΕΣ / PHOTOS

DSC_2210.jpg
Πυροσβέστες στην αποθήκη ξυλείας κατά τη διάρκεια της νύχτας.
Firefighters at the timber warehouse during the night. (Photo: Fire Service)

DSC_2231.jpg
Η κατεστραμμένη στέγη της αποθήκης το πρωί.
The burnt roof of the warehouse in the morning. (Photo: Fire Service)
"""
)


def test_a_photo_list_by_file_name_under_a_two_language_heading_gives_its_pictures(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "fire.txt", FIRE_SERVICE_PHOTOS)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Firefighters at the timber warehouse during the night.", "Fire Service", ""),
        ("The burnt roof of the warehouse in the morning.", "Fire Service", ""),
    ]
    body = body_text(draft)
    assert "PHOTOS" not in body
    assert "DSC_22" not in body


MATCH_REPORT_SIGNED = (
    MATCH_REPORT
    + """
Panthers Athienou thanks its kit sponsor, Athienou Dairies, and the ground sponsor, Kafeneio O Kipos.

Σωτήρης Παναγιώτου / Sotiris Panayiotou
Υπεύθυνος Τύπου / Press Officer
Τηλ. 99 111111

Υ.Γ. Γιώργο, ο σκόρερ του δεύτερου γκολ γράφεται Αντωνίου, με ωμέγα.
"""
)


def test_a_club_s_thanks_to_its_sponsors_is_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "panthers.txt", MATCH_REPORT_SIGNED)
    assert "Athienou Dairies" not in body_text(draft)


def test_a_signature_in_two_languages_and_its_postscript_are_not_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "panthers.txt", MATCH_REPORT_SIGNED)
    assert draft.paragraphs[-1] == "“We were patient and the goals came,” coach Michalis Savvides said."
    body = body_text(draft)
    for line in ("Sotiris Panayiotou", "Press Officer", "99 111111", "Υ.Γ."):
        assert line not in body


NEWS_DETAIL = """<html><head><title>Harbour pilots get a new launch</title>
<meta name="description" content="Larnaca harbour pilots take delivery of a new launch" />
</head><body>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news/">Company news</a></div>
<h1 id="pagetitle">Larnaca harbour pilots take delivery of a new launch</h1>
<div class="news-detail">
<span class="news-date-time">09.03.2026</span>
<h3>Larnaca harbour pilots take delivery of a new launch</h3>
<p>The 16-metre aluminium boat will carry pilots to ships in any weather up to force eight.</p>
<p><b>LARNACA, 9 March 2026 –</b> Larnaca Marine Services handed a new pilot launch to the port's pilots on Monday, replacing a boat that had served since 1998.</p>
<p>The launch, built at a yard in Perama, can reach 25 knots and has a heated cabin for four pilots.</p>
<p>“Our pilots board ships at night and in winter seas, and they deserve a safe boat,” the company's director, Marina Theodorou, said.</p>
</div>
<footer>© 2026 Larnaca Marine Services</footer>
</body></html>
"""


def test_a_summary_over_the_dateline_lede_is_the_dek_not_the_title_s_description(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "launch.html", NEWS_DETAIL)
    assert draft.headline == "Larnaca harbour pilots take delivery of a new launch"
    assert draft.dek == (
        "The 16-metre aluminium boat will carry pilots to ships in any weather up to force eight."
    )
    assert draft.paragraphs[0].startswith("LARNACA, 9 March 2026 – Larnaca Marine Services")


NEWS_READER = """<html><head><title>Seagrass survey - Marine Institute</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="mod_newsreader block">
<div class="layout_full block">
<h1>Divers map seagrass meadows off Cape Greco</h1>
<p class="info"><time datetime="2026-03-10T09:15:00+02:00">10.03.2026 09:15</time> by Press Office</p>
<h2>The survey found the meadows have shrunk by a fifth since 2012</h2>
<div class="ce_text block">
<p>Divers from the Marine Institute spent three weeks mapping the seagrass meadows off Cape Greco, the institute said on Tuesday.</p>
<p>The meadows shelter young fish and hold the sand of the beaches in place.</p>
</div></div></div>
<footer>© 2026 Marine Institute</footer>
</body></html>
"""


def test_a_news_reader_s_info_line_naming_an_office_is_no_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "seagrass.html", NEWS_READER)
    assert draft.headline == "Divers map seagrass meadows off Cape Greco"
    assert draft.dek == "The survey found the meadows have shrunk by a fifth since 2012"
    assert draft.byline == ()
    assert "Press Office" not in body_text(draft)

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fiftieth filing round reads right: a page saved from Magnolia's author instance,
its editor's bars and boxes around every component and its header's labels in two languages
('Oleh / By:', 'Gambar / Photos:', 'Foto / Photo:'); a correspondent's Word file with each
translated quote's original typed after it in grey square brackets for the desk to check, its
pictures' captions numbered by Insert Caption ('Gambar' and a SEQ field) and its Malay end mark
('– TAMAT –'); a Malay association's press letter in Word, its 'Oleh:' byline with the
writer's unit, its dateline naming the district and the Hijri date, its 'Keterangan gambar:'
captions and its close ('Sekian, terima kasih.', 'Wassalam.', 'Yang benar,') over the
signature; a correspondent's e-mail closing with 'Terima kasih.' and 'Wassalam,'; and a
TinaCMS content file saved as Markdown, its hero picture in front matter fields ('heroImg'),
a note to the desk in an MDX comment, a rich-text picture's caption and credit in its title and
the starter's templates written as components."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

MAGNOLIA_AUTHOR_PAGE = """<!DOCTYPE html><html><head><title>Ferry pier - Berita / News</title></head><body>
<header class="site-header"><a href="/">Utama / Home</a> <a href="/berita">Berita / News</a></header>
<main class="article">
<!-- cms:area name="header" label="Header" -->
<div class="mgnlEditorBar mgnlEditor area init"><div class="mgnlEditorBarLabel" title="Header">Header</div></div>
<!-- cms:component content="website:/dept/en/berita/pier/header/0" label="Article header" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Article header">Article header</div></div>
<header class="article-header">
<p class="article-header__date">Selasa, 3 Mac 2026 / Tuesday, 3 March 2026</p>
<h1 class="article-header__title">Muara ferry pier gets a second floating landing</h1>
<p class="article-header__lead">The new landing lets two boats load at once during the morning rush, the port office said.</p>
<div class="article-header__meta">
<p class="article-header__author"><span class="label">Oleh / By:</span> Rahimah Osman Jaludin, Unit Komunikasi Korporat</p>
<p class="article-header__photos"><span class="label">Gambar / Photos:</span> Firdaus Kamaluddin</p>
</div></header>
<!-- /cms:component -->
<!-- cms:component content="website:/dept/en/berita/pier/main/00" label="Text and Image" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Text and Image">Text and Image</div></div>
<div class="text-section">
<p>A second floating landing opened at the Muara ferry pier on Monday, so that two boats can take on passengers at the same time during the busiest hour of the morning.</p>
<p>Queues on the pier had stretched past the ticket booth on weekday mornings since the route to the islands was extended last year, the port office said.</p>
</div>
<!-- /cms:component -->
<!-- cms:component content="website:/dept/en/berita/pier/main/01" label="Image" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Image">Image</div></div>
<figure class="image-block">
<img src="./pier_files/landing.jpg" alt="A floating landing beside a timber pier at low tide" width="1200" height="675">
<figcaption><span class="image-block__caption">The new landing on its first morning.</span>
<span class="image-block__credit">Foto / Photo: Jabatan Pelabuhan</span></figcaption>
</figure>
<!-- /cms:component -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Text and Image">Text and Image</div></div>
<div class="text-section">
<p>The landing cost B$240,000 and was built in Labuan over four months.</p>
</div>
<div class="mgnlEditorPlaceholder component"><div class="mgnlEditorPlaceholderElements">New Main component</div></div>
</main>
<footer>Hak Cipta Terpelihara © 2026</footer>
</body></html>
"""


def test_a_magnolia_author_page_s_bilingual_labels_and_editor_bars(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "pier.html", MAGNOLIA_AUTHOR_PAGE)
    assert draft.headline == "Muara ferry pier gets a second floating landing"
    assert draft.dek.startswith("The new landing lets two boats load at once")
    assert list(draft.byline) == ["Rahimah Osman Jaludin"]
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Firdaus Kamaluddin", "Gambar / Photos: Firdaus Kamaluddin")
    ]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The new landing on its first morning.",
            "Jabatan Pelabuhan",
            "A floating landing beside a timber pier at low tide",
        )
    ]
    text = body_text(draft)
    for furniture in ("Text and Image", "Article header", "New Main component", "Unit Komunikasi"):
        assert furniture not in text
    assert draft.paragraphs[0].startswith("A second floating landing opened")
    assert draft.paragraphs[-1] == "The landing cost B$240,000 and was built in Labuan over four months."


def _correspondent_word_file(tmp_path: Path) -> bytes:
    """A district correspondent's story in Word: her quotes translated from Malay, each
    original after it in grey brackets; a picture captioned with Insert Caption, whose number
    is a SEQ field; and the end mark in Malay."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, RGBColor

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_heading("Kasat farmers dig a new canal to save their dry-season crop", level=1)
    document.add_paragraph().add_run("By Siti Aminah Yusof").bold = True
    opening = document.add_paragraph()
    opening.add_run("KASAT –").bold = True
    opening.add_run(" Farmers in Kasat finished digging a 900-metre canal from the river to their fields on Sunday, three weeks before the dry season is due to begin.")

    def quoted(*parts: tuple[str, bool]) -> None:
        paragraph = document.add_paragraph()
        for text, grey in parts:
            run = paragraph.add_run(text)
            if grey:
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    quoted(
        ("“Last year the fields cracked before the grain was full,” said Awang Jaini Ahmad, 58.", False),
        (" [BM: “Tahun lapas tanah retak sebelum padi masak.”]", True),
        (" “This year the water will come to us.”", False),
    )
    quoted(
        ("The canal was dug by hand over six weekends, said his neighbour, Dayang Rosnah Ali.", False),
        (" [BM: “Kami gali sendiri.”]", True),
    )
    document.add_paragraph().add_run().add_picture(png(60, 40, 7), width=Inches(3))
    caption = document.add_paragraph(style="Caption")
    caption.add_run("Gambar ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " SEQ Gambar \\* ARABIC ")
    number = OxmlElement("w:r")
    digit = OxmlElement("w:t")
    digit.text = "1"
    number.append(digit)
    field.append(number)
    caption._p.append(field)
    caption.add_run(": Farmers clear the last stretch of the canal on Sunday. (Photo: Siti Aminah Yusof)")
    document.add_paragraph("The district office will line the canal's banks with stone before the rains return.")
    document.add_paragraph("– TAMAT –").alignment = 1
    path = tmp_path / "canal.docx"
    document.save(str(path))
    return path.read_bytes()


def test_grey_bracketed_originals_in_a_word_file_are_notes_to_the_desk(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "canal.docx", _correspondent_word_file(tmp_path))
    text = body_text(draft)
    assert "[BM:" not in text and "Tahun lapas" not in text and "Kami gali" not in text
    assert (
        "“Last year the fields cracked before the grain was full,” said Awang Jaini Ahmad, 58. “This year the water will come to us.”"
        in draft.paragraphs
    )
    assert "The canal was dug by hand over six weekends, said his neighbour, Dayang Rosnah Ali." in draft.paragraphs


def test_an_insert_caption_number_and_a_malay_end_mark(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "canal.docx", _correspondent_word_file(tmp_path))
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Farmers clear the last stretch of the canal on Sunday.", "Siti Aminah Yusof")
    ]
    assert "TAMAT" not in body_text(draft)
    assert draft.paragraphs[-1].startswith("The district office will line the canal's banks")


def _association_letter(tmp_path: Path) -> bytes:
    """A surau association's press letter: the subject line, a cover note in Malay, then the
    English story with its byline, a picture and its caption, and the letter's close."""
    import docx
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph("Assalamualaikum warahmatullahi wabarakatuh.")
    subject = document.add_paragraph().add_run("SIARAN AKHBAR: GOTONG-ROYONG SURAU KAMPONG SENGKURONG")
    subject.bold = True
    subject.underline = True
    document.add_paragraph("Dengan hormatnya, bersama-sama ini disertakan berita dalam Bahasa Inggeris untuk siaran tuan.")
    headline = document.add_paragraph()
    headline.alignment = 1
    headline.add_run("Sengkurong villagers rebuild their surau's flood-damaged hall in three weekends").bold = True
    dek = document.add_paragraph()
    dek.alignment = 1
    dek.add_run("More than 150 residents gave their Saturdays and Sundays, and local shops gave the timber").italic = True
    document.add_paragraph("Oleh: Hazirah Mohd Noor, Unit Dakwah PPSKS")
    opening = document.add_paragraph()
    opening.add_run("SENGKURONG, Brunei-Muara, 4 Syaaban 1447H (22 January 2026) –").bold = True
    opening.add_run(" Residents of Kampong Sengkurong finished rebuilding the hall of their surau on Sunday, after floodwater tore out its floor in December.")
    document.add_paragraph("The work took three weekends and cost B$26,000, almost all of it given by families and shops in the kampong, the association said, and the timber came from a sawmill in Lumut at cost.")
    document.add_paragraph("Classes for the children of the kampong, which were held in a neighbour's garage while the hall was closed, will return to the hall next week, and the association will hold a kenduri there on Friday to thank the volunteers.")
    document.add_paragraph().add_run().add_picture(png(60, 40, 8), width=Inches(3))
    document.add_paragraph("Keterangan gambar: Volunteers lay the new floor of the hall on Saturday.", style="Caption")
    document.add_paragraph("Foto: Unit Media PPSKS")
    document.add_paragraph("Sekian, terima kasih.")
    document.add_paragraph("Wassalam.")
    document.add_paragraph("Yang benar,")
    document.add_paragraph("(HAZIRAH BINTI MOHD NOOR)")
    document.add_paragraph("Setiausaha Dakwah")
    document.add_paragraph("Persatuan Pengurusan Surau Kampong Sengkurong")
    path = tmp_path / "surau.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_malay_press_letter_s_byline_dateline_captions_and_close(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "surau.docx", _association_letter(tmp_path))
    assert draft.headline == "Sengkurong villagers rebuild their surau's flood-damaged hall in three weekends"
    assert list(draft.byline) == ["Hazirah Mohd Noor"]
    assert draft.dateline == "SENGKURONG, Brunei-Muara, 4 Syaaban 1447H (22 January 2026)"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Volunteers lay the new floor of the hall on Saturday.", "Unit Media PPSKS")
    ]
    text = body_text(draft)
    for close in ("Sekian", "Wassalam", "Yang benar", "HAZIRAH BINTI", "Setiausaha Dakwah", "Persatuan Pengurusan"):
        assert close not in text
    assert draft.paragraphs[-1] == "Classes for the children of the kampong, which were held in a neighbour's garage while the hall was closed, will return to the hall next week, and the association will hold a kenduri there on Friday to thank the volunteers."


CORRESPONDENT_MAIL = """From: Rosli Jaafar <rosli.j@mail.example>
To: News Desk <desk@sentinel.example>
Subject: STORY: Kuala Belait jetty lights (for Thu)

Salam Tuan Editor, story as discussed below.

Kuala Belait jetty gets solar lights after years in the dark
Anglers welcome the 40 new lamps along the old fishing jetty

By Rosli Jaafar

KUALA BELAIT - Forty solar lamps were switched on along the old fishing jetty at Kuala Belait on Tuesday night, after anglers complained for years that the jetty was too dark to use safely.

The lamps cost B$62,000 and were paid for by the municipal board, which said the jetty was used by about 300 people a week, most of them after dark when the fish bite best.

"Before this we used torches tied to our caps, and two of my friends fell through the broken planks," said angler Awang Zulkifli Harun, 49. "Now my children can come with me after school."

The board said it would add benches along the jetty next year.

-ends-

Terima kasih.

Wassalam,
Awg Rosli bin Hj Jaafar
Kuala Belait correspondent
"""


def test_a_malay_correspondent_s_sign_off_under_a_mailed_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "jetty.txt", CORRESPONDENT_MAIL)
    assert list(draft.byline) == ["Rosli Jaafar"]
    text = body_text(draft)
    for close in ("Terima kasih", "Wassalam", "Awg Rosli", "correspondent"):
        assert close not in text
    assert draft.paragraphs[-1] == "The board said it would add benches along the jetty next year."


TINA_CONTENT_FILE = """---
title: Hornbill nest found in Ulu Temburong for the first time in a decade
excerpt: >-
  Rangers watched a pair of rhinoceros hornbills feed a chick in a hollow
  meranti near the park's canopy walk.
date: 2026-02-14T06:00:00.000Z
author: content/authors/aisyah-rahman.md
heroImg: /uploads/2026/02/hornbill-pair.jpg
heroAlt: Two large black birds with orange casques on a branch
heroCaption: The hornbill pair near the nest tree on Wednesday.
heroCredit: 'Photo: Azlan Yusof/Heart of Borneo Rangers'
draft: false
---

{/* Desk: the park asked us not to say which tree. Cleared by Aisyah on 13 Feb. */}

*By Aisyah Rahman*

TEMBURONG — Rangers in Ulu Temburong National Park have found a rhinoceros hornbill nest in use for the first time in ten years, the park said on Friday.

The pair were seen carrying figs to a hollow high in a meranti tree three times in one morning, and a chick was heard calling from inside.

![A ranger with binoculars on a platform in the forest](/uploads/2026/02/ranger-platform.jpg "A ranger watches the nest from the canopy walk. Photo: Heart of Borneo Rangers")

<BlockQuote
  children="The pair were seen carrying figs to a hollow high in a meranti tree."
  authorName="Park ranger"
/>

The park will close the trail nearest the tree until the chick has flown, which may take four months.

<NewsletterSignup
  placeholder="Your email"
  buttonText="Sign up"
>
  Hear first about our walks and bird counts.
</NewsletterSignup>
"""


def test_a_tinacms_content_file_s_hero_fields_comment_and_titled_picture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "hornbill.md", TINA_CONTENT_FILE)
    assert draft.headline == "Hornbill nest found in Ulu Temburong for the first time in a decade"
    assert draft.dek == (
        "Rangers watched a pair of rhinoceros hornbills feed a chick in a hollow meranti near the park's canopy walk."
    )
    assert list(draft.byline) == ["Aisyah Rahman"]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The hornbill pair near the nest tree on Wednesday.",
            "Azlan Yusof/Heart of Borneo Rangers",
            "Two large black birds with orange casques on a branch",
        ),
        (
            "A ranger watches the nest from the canopy walk.",
            "Heart of Borneo Rangers",
            "A ranger with binoculars on a platform in the forest",
        ),
    ]
    text = body_text(draft)
    for furniture in ("which tree", "Hear first about", "Your email", "authorName"):
        assert furniture not in text
    assert draft.paragraphs[0].startswith("TEMBURONG — Rangers in Ulu Temburong")
    assert draft.paragraphs[-1].startswith("The park will close the trail nearest the tree")

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-third filing round reads right: a printed newsletter's page copied from a
phone's photograph, a line of text a printed line, under a correspondent's mail; a page built
from a site builder's components in a Markdown file's front matter; a form's copy of its
responses, forwarded with a correction; a correspondent's Word file in two languages,
paragraph by paragraph; a newsroom service's picture details under its caption; a static
site's box of links to its own crossheads; and a phone note's voice recording in Word."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

PHOTOGRAPHED_PAGE = """From: Lwazi Nxumalo <lwazi.n@mail.example>
Date: Mon, 9 Feb 2026 at 07:40
Subject: Clinic story from the council bulletin
To: <desk@courier.example>

Hello desk, here is the text of the bulletin's front page, I copied it from a photo on my phone so the lines are as they are printed. The writer says we may use it with her name.

Lwazi

-----

VALLEY COUNCIL BULLETIN
FEBRUARY 2026
New maternity ward opens at
the Riverside Health Centre
Twelve beds and a theatre will spare
mothers the two-hour drive to the
district hospital
By Grace Mabuza

Mothers in the valley will no longer have
to travel to the district hospital to give
birth after the council opened a twelve-bed
maternity ward at the Riverside Health Cen-
tre on Friday, 6 February.

The ward, which cost E2.4 million, was built
in eleven months by a contractor from the
valley and has its own small operating thea-
tre for the emergency births of the valley.

The council's health officer, Mr Peter Dla-
mini, said the centre had delivered most of
the valley's babies in a single room with
two beds since it was opened in 1979.

The centre's old delivery room will become
a clinic for mothers and babies, where nur-
ses will weigh newborns and give them their
first vaccinations in the weeks after birth.

The council will pay for the ward's staff
from its health budget for the next three
years, after which the ministry has agreed
to take over the salaries of the new nurses.

RIVERSIDE HEALTH CENTRE
EST. 1979

ABOVE: Nurses carry the new beds into one
of the new wards at the centre on 4 February.
Picture: Sipho Khoza

Nurses will work in three shifts so that the
ward is open day and night, and an ambulance
will be kept at the centre for mothers who
need to be moved to the district hospital.

The ward's twelve beds were given by a
church in Manzini, and the curtains were
sewn by the women's group of the valley,
who met every Saturday for two months.

Before the ward opened, women in labour at
night were driven to the district hospital
in the council's only bakkie, a journey of
two hours on a gravel road in the rainy sea-
son, when the river bridge is often closed.

"We have waited for this ward for twenty
years," said Mrs Thandi Hlophe, who has been
a midwife at the centre since 1998. "Now a
mother can give birth close to her family."

Photographs by Sipho Khoza, valley camera
club.
"""


def test_a_phone_photo_of_a_printed_page_copied_a_printed_line_a_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ward.txt", PHOTOGRAPHED_PAGE)
    assert draft.headline == "New maternity ward opens at the Riverside Health Centre"
    assert draft.dek == (
        "Twelve beds and a theatre will spare mothers the two-hour drive to the district hospital"
    )
    assert draft.byline == ("Grace Mabuza",)
    assert draft.paragraphs[0] == (
        "Mothers in the valley will no longer have to travel to the district hospital to give "
        "birth after the council opened a twelve-bed maternity ward at the Riverside Health "
        "Centre on Friday, 6 February."
    )
    assert (
        "The council's health officer, Mr Peter Dlamini, said the centre had delivered most of "
        "the valley's babies in a single room with two beds since it was opened in 1979."
    ) in draft.paragraphs
    assert body_text(draft).endswith(
        '"Now a mother can give birth close to her family."'
    )


def test_a_caption_placed_by_its_label_under_a_sign_in_the_photograph(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ward.txt", PHOTOGRAPHED_PAGE)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Nurses carry the new beds into one of the new wards at the centre on 4 February.", "Sipho Khoza", "")
    ]


def test_a_photographer_s_club_after_the_name_is_no_name(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ward.txt", PHOTOGRAPHED_PAGE)
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Sipho Khoza", "Photographs by Sipho Khoza, valley camera club.")
    ]
    assert body_text(draft).endswith('"Now a mother can give birth close to her family."')


BOOKSHOP_PAGE = """---
_schema: default
title: "Harbour Hawks take the cup | Coast Rugby Union"
description: "The Hawks beat Bay United in the final for their first cup since 2015."
date: 2026-04-12T17:00:00+02:00
# For the sports desk: the story is in the blocks below. The table is our website's.
content_blocks:
  - _bookshop_name: page/hero
    kicker: Cup final
    heading: Harbour Hawks hold off Bay United to win the Coast Cup
    subheading: A try in the last minute gave the Hawks a 24-21 win and their first cup since 2015.
    byline: Lindiwe Dube
    image:
      src: /uploads/2026/04/hawks-cup.jpg
      alt: Hawks players hold up the cup in front of the main stand
      caption: The Harbour Hawks celebrate their 24-21 win over Bay United on Saturday.
      credit: "Photo: Musa Khumalo"
  - _bookshop_name: content/rich_text
    content: |-
      **DURBAN –** The Harbour Hawks won the Coast Cup for the first time since 2015 on Saturday, beating Bay United 24-21 with a try in the last minute of the final.

      United led 21-17 with five minutes to play after two penalties from their fly-half, Sipho Ngcobo.
  - _bookshop_name: content/standings_table
    heading: Final table
    rows: "Hawks 24, United 21"
  - _bookshop_name: content/rich_text
    content: |-
      The Hawks' wing, Andile Zulu, scored the winning try after a long run down the left touchline.

      ## A full stadium

      About 4,000 supporters watched the final, the union's largest crowd in ten years.
  - _bookshop_name: content/image
    src: /uploads/2026/04/zulu-try.jpg
    alt: ""
    caption: Andile Zulu dives over for the winning try.
    credit: "Photo: Musa Khumalo"
  - _bookshop_name: cta/newsletter
    heading: Get the union's news
    text: One email a week with fixtures and results.
    button_text: Sign up
---
<!-- This page is built from the blocks above. -->
"""


def test_a_page_builder_s_blocks_in_the_front_matter_are_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cup.md", BOOKSHOP_PAGE)
    assert draft.headline == "Harbour Hawks hold off Bay United to win the Coast Cup"
    assert draft.dek == (
        "A try in the last minute gave the Hawks a 24-21 win and their first cup since 2015."
    )
    assert draft.byline == ("Lindiwe Dube",)
    assert draft.dateline == "DURBAN"
    assert [p.replace("*", "") for p in draft.paragraphs] == [
        "DURBAN – The Harbour Hawks won the Coast Cup for the first time since 2015 on "
        "Saturday, beating Bay United 24-21 with a try in the last minute of the final.",
        "United led 21-17 with five minutes to play after two penalties from their fly-half, "
        "Sipho Ngcobo.",
        "The Hawks' wing, Andile Zulu, scored the winning try after a long run down the left "
        "touchline.",
        "## A full stadium",
        "About 4,000 supporters watched the final, the union's largest crowd in ten years.",
    ]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The Harbour Hawks celebrate their 24-21 win over Bay United on Saturday.",
            "Musa Khumalo",
            "Hawks players hold up the cup in front of the main stand",
        ),
        ("Andile Zulu dives over for the winning try.", "Musa Khumalo", ""),
    ]
    text = body_text(draft)
    for furniture in ("Final table", "Hawks 24, United 21", "Get the union's news", "Sign up"):
        assert furniture not in text


FORM_COPY = """From: Thandeka Ginindza <tginindza@mail.example>
Sent: Friday, 6 March 2026 18:10
To: Courier Schools Desk <schools@courier.example>
Subject: Fwd: Courier Schools News – reports

Good evening,

I sent our choir report through your form today. One mistake: the choir's score should be 94 points, not 49. Everything else is right.

Thank you,
Mrs T. Ginindza

---------- Forwarded message ---------
From: Google Forms <forms-receipts-noreply@google.com>
Date: Fri, 6 Mar 2026 at 14:02
Subject: Courier Schools News – reports

Google Forms

Thanks for filling out Courier Schools News – reports

Edit response

Courier Schools News – reports

Send us news from your school. Reports received by Friday are considered for Monday's paper.

* Indicates required question

School *
Lobamba Primary School

Suggested headline
Lobamba Primary choir wins the regional music festival

Summary (one sentence that will appear under the headline)
The choir of 40 pupils sang two songs in siSwati and one in English to beat nine other schools.

Report * (please start with the place in capitals)
LOBAMBA – The choir of Lobamba Primary School won the Hhohho regional music festival on Thursday, its first win since the festival began.

The judges gave the choir 49 points out of 100, the highest score of the day, for its two siSwati songs and a hymn in English.

"The children practised every afternoon for a term," said the choir's conductor, Mr Sipho Dlamini.

The choir will sing at the national festival in Manzini in May.

Scores (one per line, please)
Lobamba Primary 94, Mbabane Central 88, Ezulwini Primary 85

Name as it should appear on the report *
Thandeka Ginindza

Phone number for the desk (not published) *
7600 0001

Photo captions – one per photo, with the name of the photographer
1. The Lobamba Primary choir on stage at the festival on Thursday. (Photo: Thandeka Ginindza)
2. The conductor, Mr Sipho Dlamini, holds up the trophy. (Photo: Nomsa Dube)

Create your own Google Form
"""


def test_a_form_s_copy_of_its_responses_question_over_answer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "choir.txt", FORM_COPY)
    assert draft.headline == "Lobamba Primary choir wins the regional music festival"
    assert draft.dek == (
        "The choir of 40 pupils sang two songs in siSwati and one in English to beat nine "
        "other schools."
    )
    assert draft.byline == ("Thandeka Ginindza",)
    assert draft.dateline == "LOBAMBA"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The Lobamba Primary choir on stage at the festival on Thursday.", "Thandeka Ginindza"),
        ("The conductor, Mr Sipho Dlamini, holds up the trophy.", "Nomsa Dube"),
    ]
    text = body_text(draft)
    assert text.endswith("The choir will sing at the national festival in Manzini in May.")
    for furniture in ("Lobamba Primary School\n", "Mbabane Central 88", "7600", "Google Form"):
        assert furniture not in text


def test_a_correction_in_the_note_forwarding_a_form_s_copy_is_put_in_place(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "choir.txt", FORM_COPY)
    assert draft.paragraphs[1] == (
        "The judges gave the choir 94 points out of 100, the highest score of the day, for its "
        "two siSwati songs and a hymn in English."
    )
    assert "One mistake" not in body_text(draft)


def _two_language_word_file(tmp_path: Path) -> bytes:
    """A correspondent's Word file for two papers: each paragraph in siSwati, tagged as such,
    and its English under it; the byline's label in both languages, and a picture captioned
    in both."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()

    def paragraph(text: str, language: str, style: str | None = None) -> None:
        run = document.add_paragraph(style=style).add_run(text)
        tag = OxmlElement("w:lang")
        tag.set(qn("w:val"), language)
        run._r.get_or_add_rPr().append(tag)

    paragraph("Sikolo sematfomu lamatsha sivulwa eLavumisa", "ss-SZ", "Title")
    paragraph("New school block opens at Lavumisa", "en-GB", "Title")
    paragraph("Ngu / By Zanele Khumalo", "en-GB")
    paragraph("LAVUMISA – Bantfwana labangu-300 bangene emakilasini lamasha ngeMsombuluko.", "ss-SZ")
    paragraph("LAVUMISA – About 300 pupils moved into six new classrooms at Lavumisa Primary School on Monday, after two years of lessons in tents.", "en-GB")
    paragraph("Lomsebenti ubite emalangeni langu-3 million.", "ss-SZ")
    paragraph("The E3 million block was paid for by the ministry and built by a contractor from Nhlangano.", "en-GB")
    document.add_paragraph().add_run().add_picture(png(60, 40, 9), width=Inches(3))
    paragraph("Sitfombe: Bantfwana emakilasini lamasha. (Sitfombe: Zanele Khumalo)", "ss-SZ", "Caption")
    paragraph("Pupils in one of the new classrooms on Monday. (Photo: Zanele Khumalo)", "en-GB", "Caption")
    paragraph("Thishela lomkhulu utsite bantfwana bebafundzela ematendeni.", "ss-SZ")
    paragraph("The head teacher, Mrs Lindiwe Mamba, said the pupils had been taught in tents since a storm took the old block's roof.", "en-GB")
    path = tmp_path / "school.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_word_file_in_two_languages_paragraph_by_paragraph(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "school.docx", _two_language_word_file(tmp_path))
    assert draft.headline == "New school block opens at Lavumisa"
    assert draft.dateline == "LAVUMISA"
    assert list(draft.paragraphs) == [
        "LAVUMISA – About 300 pupils moved into six new classrooms at Lavumisa Primary School "
        "on Monday, after two years of lessons in tents.",
        "The E3 million block was paid for by the ministry and built by a contractor from "
        "Nhlangano.",
        "The head teacher, Mrs Lindiwe Mamba, said the pupils had been taught in tents since a "
        "storm took the old block's roof.",
    ]
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Pupils in one of the new classrooms on Monday.", "Zanele Khumalo")
    ]


def test_a_byline_s_label_in_two_languages(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "school.docx", _two_language_word_file(tmp_path))
    assert draft.byline == ("Zanele Khumalo",)
    assert "Ngu / By" not in body_text(draft)


PRESSROOM_RELEASE = """<!DOCTYPE html><html><head><title>Water board release</title></head><body>
<nav><a href="/">Latest news</a> <a href="/pressreleases">Press releases</a> <a href="/images">Images</a></nav>
<main><article class="newsroom-item">
<h1 class="newsroom-item__title">Water board finishes the Mpaka reservoir a month early</h1>
<div class="newsroom-item__summary"><p>The 2.4-million-litre reservoir will supply four villages through the dry season.</p></div>
<figure class="newsroom-item__image">
<a class="js-lightbox" href="https://assets.example/image/upload/reservoir.jpg"><img src="https://assets.example/image/upload/w_1280/reservoir" alt="A concrete reservoir on a hill above a village"></a>
<figcaption class="newsroom-item__image-caption">
<p class="media-caption">Workers close the reservoir's last valve on Tuesday.</p>
<dl class="media-meta"><dt>License</dt><dd>All rights reserved</dd><dt>Photographer</dt><dd>Musa Shongwe/Water Board</dd></dl>
<a class="media-download" href="https://assets.example/image/upload/fl_attachment/reservoir" download>Download image (JPG, 3.1 MB)</a>
</figcaption></figure>
<div class="newsroom-item__body">
<p><strong>MPAKA, 10 March 2026 –</strong> The water board has finished building the Mpaka reservoir a month ahead of time, it said on Tuesday.</p>
<p>The reservoir will be filled from the board's new borehole field over the next two weeks.</p>
<p>Four villages will draw water from it through the dry season, the board's engineer said.</p>
</div>
</article></main>
</body></html>
"""


def test_a_pressroom_picture_s_details_listed_under_its_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "reservoir.html", PRESSROOM_RELEASE)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Workers close the reservoir's last valve on Tuesday.",
            "Musa Shongwe/Water Board",
            "A concrete reservoir on a hill above a village",
        )
    ]
    assert "All rights reserved" not in body_text(draft)


STATIC_SITE_POST = """<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>The seed bank - Valley Farmers Trust</title>
<meta name="generator" content="Publii Open-Source CMS for Static Site"></head><body>
<header class="top"><a class="logo" href="/"><img src="/media/website/logo.png" alt="Valley Farmers Trust"></a></header>
<main class="post"><article class="content"><div class="hero"><header class="hero__content"><div class="wrapper">
<div class="post__meta"><time datetime="2026-02-02T09:00">2 February 2026</time> <span class="post__meta-reading-time">4 min read</span></div>
<h1>The seed bank opens its doors to 300 farmers</h1>
<div class="post__meta post__meta--author"><a href="/authors/ayanda-dube/" class="feed__author invert">Ayanda Dube</a></div>
</div></header></div>
<div class="wrapper post__entry">
<div class="post__toc"><h3>Table of Contents</h3><ul><li><a href="#how-it-works">How the bank works</a></li><li><a href="#old-seed">Seed from the old fields</a></li></ul></div>
<p>The trust's seed bank opened in a converted grain store on Saturday, with maize, sorghum and bean seed for 300 farmers in the valley.</p>
<p>Farmers may borrow a bag of seed in spring and bring back two bags after the harvest.</p>
<h2 id="how-it-works">How the bank works</h2>
<p>Each farmer signs for the seed in a register kept by two volunteers, who check the bags for weevils when they come back.</p>
<h2 id="old-seed">Seed from the old fields</h2>
<p>Most of the sorghum seed came from three families who had kept their grandparents' varieties for fifty years.</p>
</div></article></main>
<footer class="footer"><p>© 2026 Valley Farmers Trust</p></footer>
</body></html>
"""


def test_a_post_s_box_of_links_to_its_own_crossheads(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "seed.html", STATIC_SITE_POST)
    assert draft.headline == "The seed bank opens its doors to 300 farmers"
    assert draft.dek == ""
    assert draft.paragraphs[0].startswith("The trust's seed bank opened")
    assert [p for p in draft.paragraphs if "How the bank works" in p] == ["## How the bank works"]


def _phone_note_word_file(tmp_path: Path) -> bytes:
    """A phone note exported to Word: the story's pictures, each over its caption, and a
    voice recording shown as its icon beside the recording's file name and length."""
    import docx
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph().add_run("Flood cuts the road to Ngwempisi").bold = True
    document.add_paragraph("By Sifiso Motsa")
    document.add_paragraph("NGWEMPISI – The river burst its banks on Tuesday night and cut the only road to the village for most of Wednesday.")
    document.add_paragraph().add_run().add_picture(png(60, 40, 11), width=Inches(3))
    document.add_paragraph().add_run("Pic 1: Villagers wade across the flooded road on Wednesday. (Pic: Sifiso Motsa)").italic = True
    recording = document.add_paragraph()
    recording.add_run().add_picture(png(8, 8, 12), width=Inches(0.3))
    recording.add_run("  Voice 002.m4a  01:05")
    document.add_paragraph("Schoolchildren stayed at home, and a clinic nurse walked 6 km round the water to reach work.")
    document.add_paragraph().add_run().add_picture(png(60, 40, 13), width=Inches(3))
    document.add_paragraph().add_run("Pic 2: The water reached the windows of the village store. (Pic courtesy of Ngwempisi Store)").italic = True
    document.add_paragraph("The water had gone down by Thursday morning, and the road was open again by noon.")
    path = tmp_path / "flood.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_voice_recording_s_icon_in_a_phone_note_is_no_picture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "flood.docx", _phone_note_word_file(tmp_path))
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Villagers wade across the flooded road on Wednesday.", "Sifiso Motsa"),
        ("The water reached the windows of the village store.", "Pic courtesy of Ngwempisi Store"),
    ]
    assert "m4a" not in body_text(draft)

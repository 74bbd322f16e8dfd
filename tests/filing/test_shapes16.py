# ruff: noqa: E501  (documents as reporters file them, a line a paragraph)
"""Shapes the eighteenth filing round reads right (found on held-out-13's second half): a story
kept in Emacs Org mode, a Google Docs text download with its comments, a note to the desk set
after a paragraph's last sentence, and a desk's notes under a heading set as a plain line."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.org import is_org
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


ORG = """#+TITLE: Ferry fares rise 12% as fuel costs climb
#+SUBTITLE: The county board approved the increase over riders' objections
#+AUTHOR: Lena Ortiz and Sam Wu
#+OPTIONS: toc:nil num:nil
# Desk: hold for Friday.

* Notes                                                            :noexport:
** TODO Call the ferry union back
   SCHEDULED: <2026-12-02 Wed 14:00>

* Story
:PROPERTIES:
:SLUG: ferry-fares
:END:

#+CAPTION: Riders board the morning ferry at Pier 3. Photo: Sam Wu/Island Record
#+ATTR_HTML: :alt Commuters walk up a ramp onto a white ferry :width 900
[[file:img/ferry.jpg]]

PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board
decided Tuesday, the largest increase since the /Island Record/ began tracking
them.[fn:1]

The board voted 4-1. [[https://example.org/vote][The minutes]] show the fuel bill
doubled, to $3.1 million, +last year+ since 2022.

** What riders said

#+BEGIN_QUOTE
"We have no other way off the island," rider Mae Olsen told the board.
#+END_QUOTE

#+BEGIN_SRC python
print("chart")
#+END_SRC

#+BEGIN_COMMENT
Check the fuel figure with the finance office.
#+END_COMMENT

/Ana Ruiz contributed reporting./

* Footnotes

[fn:1] From the board's fare tables, 1998 to 2026.
"""


def test_an_org_file_reads_as_its_export(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", ORG)
    assert draft.headline == "Ferry fares rise 12% as fuel costs climb"
    assert draft.dek == "The county board approved the increase over riders' objections"
    assert draft.byline == ("Lena Ortiz", "Sam Wu")
    assert draft.dateline == "PORT HALE, Wash."
    assert draft.paragraphs[0] == (
        "PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board decided "
        "Tuesday, the largest increase since the *Island Record* began tracking them."
    )
    assert "The minutes show the fuel bill doubled, to $3.1 million, since 2022." in body
    assert '"We have no other way off the island," rider Mae Olsen told the board.' in body
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Riders board the morning ferry at Pier 3.",
            "Sam Wu/Island Record",
            "Commuters walk up a ramp onto a white ferry",
        )
    ]
    for left_out in (
        "TODO",
        "SCHEDULED",
        "PROPERTIES",
        "ferry-fares",
        "print(",
        "fuel figure",
        "fare tables",
        "Desk:",
        "Story",
        "last year",
        "fn:1",
        "OPTIONS",
    ):
        assert left_out not in body, left_out
    assert [c.name for c in draft.contributors] == ["Ana Ruiz"]


def test_what_is_no_org_file() -> None:
    assert not is_org("Ferry fares rise\n\nThe board voted.\n")
    assert not is_org("#+ is how Org marks a keyword, the manual says.\n\nThe board voted.\n")


DOCS = """\ufeffFerry fares rise 12% as fuel costs climb[a]\r
By Lena Ortiz\r
\r
PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board decided Tuesday, the largest increase in the 40 years the county has run the boats, and the third in five years.\r
The board voted 4-1 after a two-hour hearing.[b] [CHECK: vote count — LO]\r
"We have no other way off the island," rider Mae Olsen told the board.\r
-30-\r
________________\r
\r
NOTES FOR DESK\r
* Olsen cell 360-555-0101\r
* Finance office said the fuel bill figure was preliminary\r
\r
[a]Dana Whitlock: Hed runs long, can we trim?\r
Lena Ortiz: Fine for print\r
[b]Dana Whitlock: 4-1 or 5-0?\r
"""


def test_a_google_docs_download_with_its_comments(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fares.txt", DOCS)
    assert draft.headline == "Ferry fares rise 12% as fuel costs climb"
    assert "The board voted 4-1 after a two-hour hearing." in draft.paragraphs
    for left_out in (
        "[a]",
        "[b]",
        "CHECK",
        "Dana Whitlock",
        "Fine for print",
        "preliminary",
        "NOTES FOR DESK",
    ):
        assert left_out not in body, left_out
    assert draft.paragraphs[-1].startswith('"We have no other way off the island,"')


def test_brackets_that_are_no_comment_marks_stay(tmp_path: Path) -> None:
    text = (
        "Ferry fares rise 12%\n\nThe board cited rule [a] of the charter.\n\n"
        "[a]Section 4 of the charter sets fares.\n"
    )
    draft, _ = read(tmp_path, "fares.txt", text)
    assert "The board cited rule [a] of the charter." in draft.paragraphs


def test_a_student_draft_s_citations_and_reference_list_are_no_story(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Rents near campus have climbed 59% since 2019").runs[0].bold = True
    document.add_paragraph("By Noor Haddad")
    paragraph = document.add_paragraph(
        "Median rent for a two-bedroom apartment reached $1,240 a month this fall, according "
        "to the city's rental registry"
    )
    paragraph._p.append(
        parse_xml(
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:sdtPr><w:citation/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">'
            " (Palouse Rental Registry, 2026)</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    paragraph.add_run(".")
    document.add_paragraph("Landlords say their own costs have risen sharply, owners said.")
    document.add_paragraph("Word count: 804 (not counting references)")
    document.add_heading("References", level=1)
    document.add_paragraph("Palouse Rental Registry. (2026). Annual Rent Report, Fall 2026.")
    path = tmp_path / "rents.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert draft.headline == "Rents near campus have climbed 59% since 2019"
    body = "\n".join(draft.paragraphs)
    assert "according to the city's rental registry." in body
    for left_out in (
        "(Palouse Rental Registry, 2026)",
        "References",
        "Annual Rent Report",
        "Word count",
    ):
        assert left_out not in body, left_out


BYLINE_NAMES = """<!doctype html><html><head><meta charset=utf-8>
<title>Tromso proposes fee for aurora tour buses</title></head><body>
<article><h1>Tromso proposes fee for aurora tour buses</h1>
<p class="article__lead">The municipality proposes a fee of 45 kroner per seat.</p>
<ul class="bylines"><li class="byline"><span class="byline__name">Ingrid Solbakk</span>
<span class="byline__role">Journalist</span>
<a class="byline__email" href="mailto:is@example.org">is@example.org</a></li>
<li class="byline"><span class="byline__name">Henrik Aas Moe</span>
<span class="byline__role">Fotograf</span></li></ul>
<p>TROMSO, Norway — Tour buses that stop at the city's northern lights spots would pay a fee
of 45 kroner a seat under a plan the municipality released Tuesday.</p>
<p>Operators say the fee will push tourists onto narrow rural roads.</p>
<div class="comments"><span class="author-name">Kari Nordmann</span><p>Good idea.</p></div>
</article></body></html>
"""


def test_a_page_s_byline_names_set_in_elements_of_their_own(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "aurora.html", BYLINE_NAMES)
    assert draft.byline == ("Ingrid Solbakk", "Henrik Aas Moe")
    assert draft.dek == "The municipality proposes a fee of 45 kroner per seat."
    assert "Journalist" not in body and "Fotograf" not in body


def test_a_credit_set_after_a_caption_with_no_label() -> None:
    from newsroom.filing.captions import split_credit

    assert split_credit("An aerial view of the levee in 2022. Picture supplied") == (
        "An aerial view of the levee in 2022.",
        "Picture supplied",
    )
    assert split_credit("Volunteers sandbag shops. File picture") == (
        "Volunteers sandbag shops.",
        "File picture",
    )
    assert split_credit("The owner said the goods were supplied.")[1] == ""


READ_MORE_BOX = """<!doctype html><html><head><meta charset=utf-8>
<title>Levee funding gap leaves North Wagga waiting</title></head><body><article>
<h1>Levee funding gap leaves North Wagga waiting</h1>
<p>WAGGA WAGGA — The second stage of the city's levee upgrade has no date, council staff said
on Tuesday, because state and federal money has not been promised.</p>
<p>The first stage, finished last year, raised about 2.5 kilometres of levee.</p>
<div class="read-more"><p><strong>READ MORE:</strong></p><ul>
<li><a href="/a">River gauge upgrade promised for Gundagai Road</a></li>
<li><a href="/b">Showground stables to be demolished after 60 years</a></li></ul></div>
<p>Cr Deanne Pallister said residents had been "left waiting at the back of the queue".</p>
<p>The council will write to both governments this month, the mayor said on Tuesday.</p>
</article></body></html>
"""


def test_the_paragraph_after_a_read_more_box_is_the_story_again(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "levee.html", READ_MORE_BOX)
    assert (
        'Cr Deanne Pallister said residents had been "left waiting at the back of the queue".'
        in (draft.paragraphs)
    )
    assert "Showground stables" not in body


CLIPPED = """---
title: "Heirs sell Ferrin Falls sawmill to Boise firm | Inland Timber Journal"
source: "https://www.inlandtimberjournal.com/news/2026/12/01/haldane-lumber-sold/"
author:
  - "[[Corinne Haskett]]"
  - "[[Leo Ferreira]]"
  - "[[Inland Timber Journal]]"
---
FERRIN FALLS, Wash. — The Haldane family has sold its sawmill to a Boise investment firm.

The sale closed Nov. 26. Neither side would disclose the price, the company said.
"""


def test_a_web_clipper_s_title_and_authors(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "sawmill.md", CLIPPED)
    assert draft.headline == "Heirs sell Ferrin Falls sawmill to Boise firm"
    assert draft.byline == ("Corinne Haskett", "Leo Ferreira")


def test_a_title_with_a_bar_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = CLIPPED.replace("Boise firm | Inland Timber Journal", "Boise firm | Analysis")
    draft, _ = read(tmp_path, "sawmill.md", text)
    assert draft.headline == "Heirs sell Ferrin Falls sawmill to Boise firm | Analysis"


def test_a_word_in_a_sentence_is_no_credit_label() -> None:
    from newsroom.filing.captions import split_credit

    text = "Software sorts the images by species. Kesling said she checks the counts by eye."
    assert split_credit(text) == (text, "")
    assert split_credit("Crews work on Tuesday — photo by Jane Roe") == (
        "Crews work on Tuesday",
        "Jane Roe",
    )


def test_quintype_s_caption_attribution_and_also_read_box(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><meta charset=utf-8>
<title>Haor embankment work lags</title></head><body><article><h1>Haor embankment work lags</h1>
<figure><img src="a.jpg" alt=""><figcaption class="hero-image-m_caption__2bT1Q"><span
class="hero-image-m_title__1n2Ko">Labourers carry soil at Shanir Haor on Monday</span><span
class="hero-image-m_attribution__3JqfD">Abu Sayeed Chowdhury</span></figcaption></figure>
<p>SUNAMGANJ — Only 41 per cent of repair work on 612 km of embankments is done, officials said.</p>
<div class="also-read-m_container__1"><span class="also-read-m_title__3Qw8n">Also read</span>
<a class="also-read-m_headline__1xR2t" href="/x">Boro farmers count losses after hailstorm</a></div>
<p>Farmers say the work starts late every year, the forum's convener said on Tuesday.</p>
<p><em>* This report, first published in our Bangla edition, has been rewritten in English by
Tanvir Rahman Shuvo</em></p></article></body></html>"""
    draft, body = read(tmp_path, "haor.html", page)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Labourers carry soil at Shanir Haor on Monday", "Abu Sayeed Chowdhury")
    ]
    assert "Boro farmers" not in body and "Also read" not in body
    assert [c.name for c in draft.contributors] == ["Tanvir Rahman Shuvo"]


def test_word_s_decorative_icon_and_online_video_are_no_pictures(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph("Salmon climb the rebuilt fish ladder").runs[0].bold = True
    document.add_paragraph("By Ines Vasquez-Park")
    document.add_paragraph("HOLLIS FALLS, Ore. — Chinook are climbing past the dam again.")
    for n in range(3):
        document.add_picture(png(40, 30, n + 2), width=Inches(2))
        if n == 0:
            video = document.add_paragraph("VIDEO: Chinook move through the window. (Ana Diaz)")
            video.runs[0].italic = True
        elif n == 1:
            document.add_paragraph("Picture 2 of the ladder. Photo: Ana Diaz", style="Caption")
    drawings = document.element.body.findall(".//" + docx.oxml.ns.qn("wp:docPr"))
    ext = (
        '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext '
        'uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec='
        '"http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext>'
        "</a:extLst>"
    )
    drawings[2].append(parse_xml(ext))  # the third: an icon its author marked decorative
    blip = drawings[0].getparent().findall(".//" + docx.oxml.ns.qn("a:blip"))[0]
    blip.append(
        parse_xml(
            '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext '
            'uri="{C809E66F-F1BF-436E-B5F7-EEA9579F0CBA}"><wp15:webVideoPr xmlns:wp15='
            '"http://schemas.microsoft.com/office/word/2012/wordprocessingDrawing" '
            'embeddedHtml="&lt;iframe&gt;&lt;/iframe&gt;" h="315" w="560"/></a:ext></a:extLst>'
        )
    )  # the first: an online video's poster
    path = tmp_path / "ladder.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert [p.caption for p in draft.images] == ["Picture 2 of the ladder."]


TAGGED = """<ASCII-WIN>
<Version:19.5><FeatureSet:InDesign-Roman><DefineParaStyle:BODY=<Nextstyle:BODY><cSize:9.3>>
<ParaStyle:FOLIO>A1\tTHE PORTAGE LANDING GAZETTE\tTHURSDAY, DECEMBER 3, 2026
<ParaStyle:HED 4col>Levee district asks landowners to triple assessment
<ParaStyle:DEK>Board says the levee needs $9.4 million in repairs
<ParaStyle:BYLINE>By Renata Solberg
<ParaStyle:BYLINE title>Staff Writer
<ParaStyle:BODY><CharStyle:Dateline>PORTAGE LANDING, Mo.<CharStyle:> <0x2014> The levee \
board wants landowners to pay three times what they pay now.
<ParaStyle:BODY crosshead><0x2018>Same people every time<0x2019>
<ParaStyle:BODY><cTracking:-10><0x201C>We got lucky in April,<0x201D> Dorsey said of the as\
<0x00AD>sessment, now $1.8<0x00A0>million.
<ParaStyle:BODY contrib>Gazette correspondent June Whitacre contributed to this report.
<ParaStyle:PHOTO CREDIT>DARNELL PRUITT/GAZETTE
<ParaStyle:CUTLINE>Hal Dorsey points to a sand boil ring at Mile 14 on Nov.<0x00A0>24.
<ParaStyle:PULL QUOTE><0x201C>The people paying for it are the same people every time.<0x201D>
<ParaStyle:JUMP LINE>See LEVEE, A6
<ParaStyle:BRIEF HED>Library board names interim director
<ParaStyle:BRIEF BODY>The library board on Monday named an interim director.
"""


def test_a_page_exported_from_indesign_as_tagged_text(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "a1.txt", TAGGED.replace("\\\n", ""))
    assert draft.headline == "Levee district asks landowners to triple assessment"
    assert draft.dek == "Board says the levee needs $9.4 million in repairs"
    assert draft.byline == ("Renata Solberg",)
    assert draft.dateline == "PORTAGE LANDING, Mo."
    assert draft.paragraphs[0] == (
        "PORTAGE LANDING, Mo. — The levee board wants landowners to pay three times what they "
        "pay now."
    )
    assert "“We got lucky in April,” Dorsey said of the assessment, now $1.8 million." in body
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Hal Dorsey points to a sand boil ring at Mile 14 on Nov. 24.", "DARNELL PRUITT/GAZETTE")
    ]
    assert [c.name for c in draft.contributors] == ["June Whitacre"]
    for left_out in (
        "GAZETTE\t",
        "Staff Writer",
        "See LEVEE",
        "Library board",
        "ParaStyle",
        "same people every time.”",
    ):
        assert left_out not in body, left_out


TEMPLATE = """# Coroner backlog — working doc (Sun A1)

**Status:** with Dana for first read.

## Hed

Coroner's autopsy backlog hits 214 cases as families wait months

## Dek

The county's only forensic pathologist is working six days a week.

## Byline

By Renee Okafor

## Story

MAPLE FERRY, Ore. — When Carla Mendenhall's husband died in August, she expected the paperwork
to take a few weeks. Four months later, she is still waiting.

The office has one full-time forensic pathologist, the coroner said on Tuesday.
"""


def test_a_story_template_s_sections_as_headings(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "coroner.md", TEMPLATE)
    assert draft.headline == "Coroner's autopsy backlog hits 214 cases as families wait months"
    assert draft.dek == "The county's only forensic pathologist is working six days a week."
    assert draft.byline == ("Renee Okafor",)
    assert draft.dateline == "MAPLE FERRY, Ore."
    assert "Hed" not in draft.paragraphs and "Story" not in draft.paragraphs


FORM = """From: The Larkspur Weekly <noreply@larkspurweekly.com>
Subject: New submission from Community News Submission - Pine Hollow

Your Name: Bernadette Kowalczyk

Email: bk52@example.net

Suggested headline: Pancake breakfast puts Pine Hollow tanker fund over the top

Summary (appears under the headline online): The auxiliary's breakfast raised $14,260

How should your name appear with the story?: Bernadette Kowalczyk, Pine Hollow correspondent

Story (please paste your text here, no attachments):
PINE HOLLOW -- More than 600 people lined up at the fire hall on Sunday for the auxiliary's
41st annual pancake breakfast.

Serving hours: 7 a.m. to noon, the auxiliary's president said.

Photo 1: https://larkspurweekly.com/uploads/IMG_0412.jpg

Photo 1 caption: Auxiliary members flip pancakes at the fire hall on Sunday.

Photo 1 taken by: Gene Ruiz

Photo 1 description for readers who can't see it (optional): Two women at a long griddle

Anything else the editor should know?: Gene is the chief's son-in-law.

Entry ID: 4821
"""


def test_a_web_form_s_submission_e_mailed_to_the_newsroom(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "form.txt", FORM)
    assert draft.headline == "Pancake breakfast puts Pine Hollow tanker fund over the top"
    assert draft.dek == "The auxiliary's breakfast raised $14,260"
    assert draft.byline == ("Bernadette Kowalczyk",)
    assert "Serving hours: 7 a.m. to noon, the auxiliary's president said." in draft.paragraphs
    assert [(p.caption, p.credit, p.alt, p.name) for p in draft.images] == [
        (
            "Auxiliary members flip pancakes at the fire hall on Sunday.",
            "Gene Ruiz",
            "Two women at a long griddle",
            "IMG_0412.jpg",
        )
    ]
    for left_out in ("son-in-law", "Entry ID", "bk52@", "Your Name", "Story (please"):
        assert left_out not in body, left_out


def test_a_markdown_byline_whose_names_are_links(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Sawmill sold\n---\nBy [Corinne Haskett](https://x.example/author/ch/) and "
        "[Leo Ferreira](https://x.example/author/lf/)\n\nFERRIN FALLS, Wash. — The family has "
        "sold the mill, the company said.\n"
    )
    draft, _ = read(tmp_path, "sawmill.md", text)
    assert draft.byline == ("Corinne Haskett", "Leo Ferreira")
    assert draft.images == ()


INSTANT = """<!doctype html><html><head><meta charset=utf-8>
<title>Ice-out contest hands the call to a sensor</title></head><body><article><header>
<img class="logo" src="/logo.png">
<figure><img src="https://example.org/iceout.jpg" /><figcaption>The ice-out clock sits on Lake
Tamarind on March 4.<cite>Helga Garver | Northwoods Dispatch</cite></figcaption></figure>
<h1>Ice-out contest hands the call to a sensor</h1>
<address><a href="/author/hgarver/">Helga Garver</a> covers Lake County for the Dispatch.
</address><address><a href="/author/kh/">Kenji Halvorsen</a> Dispatch weather reporter</address>
</header>
<p>TAMARIND LAKE, Minn. — For 104 springs, the end of winter was called by a cinder block,
the Lions Club said.</p>
<p>This year the official time will come from a buoy, club president Ana Ruiz said.</p>
</article></body></html>
"""


def test_a_cover_figure_over_the_headline_and_authors_in_address(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "iceout.html", INSTANT)
    assert draft.byline == ("Helga Garver", "Kenji Halvorsen")
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "The ice-out clock sits on Lake Tamarind on March 4.",
            "Helga Garver | Northwoods Dispatch",
        )
    ]


WIKI = """<!doctype html><html><head><meta charset=utf-8><title>Island asked to cut power use</title>
</head><body><a class="mw-jump-link" href="#nav">Jump to navigation</a>
<div id="content"><h1>Island asked to cut power use after cable fault</h1>
<table class="infobox noprint"><tr><td><img alt="Location of Orkney" src="map.png"></td></tr>
<tr><td>Orkney, Scotland</td></tr></table>
<p>Residents of Skerrow have been asked to limit their use of electricity after the undersea
cable failed on Monday, the network operator said.</p>
<figure><img alt="Generators on a pier" src="gen.jpg"><figcaption>The generators on the pier on
Thursday.<br><small>Image: Fenella Cowe.</small></figcaption></figure>
<p>The company said the generators could supply about 60 percent of winter demand.</p>
</div></body></html>
"""


def test_a_wiki_page_s_infobox_and_jump_links_and_a_credit_s_stop(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "skerrow.html", WIKI)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("The generators on the pier on Thursday.", "Fenella Cowe")
    ]
    assert "Jump to navigation" not in body and draft.dek == ""


def test_an_empty_byline_name_element_is_no_name(tmp_path: Path) -> None:
    page = BYLINE_NAMES.replace(
        '<li class="byline"><span class="byline__name">Ingrid Solbakk</span>',
        '<li class="byline"><span class="byline__name"></span>'
        '<span class="byline__name">Ingrid Solbakk</span>',
    )
    draft, _ = read(tmp_path, "aurora.html", page)
    assert draft.byline == ("Ingrid Solbakk", "Henrik Aas Moe")

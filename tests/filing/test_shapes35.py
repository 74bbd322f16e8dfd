# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-fifth filing round reads right: a syndication export's NITF file saved as
text, a classic Mac's text export (Mac Roman, a carriage return alone at each line's end) under
a cover note greeting the editor and over a club's thank-you line, a page a reader service
fetched as Markdown under its header, a page builder's shortcodes printed as text, a caption's
'(Supplied)' credit and a Word field's error result."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.helpers import body_text, filed_draft

NITF = """<?xml version="1.0" encoding="US-ASCII"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<!-- Harbour Gazette partner feed. Exported by GazetteDesk 4.1 -->
<nitf version="-//IPTC//DTD NITF 3.6//EN" baselang="en-GB">
  <head>
    <title>Ferry fares rise again</title>
    <docdata>
      <doc-id id-string="HG-0212"/>
      <doc.rights owner="Harbour Gazette" limitations="Partner titles only; keep the Gazette credit."/>
      <ed-msg info="Hold until 6am Monday, partners."/>
    </docdata>
    <revision-history name="Ines Okoro" function="editor" comment="trimmed the last two pars"/>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Island ferry fares to rise by a fifth in April</hl1>
        <hl2>The operator says fuel and crew costs have doubled since 2022</hl2>
      </hedline>
      <note noteclass="editorsnote"><body.content><p>EDS: fares table to follow in a separate file.</p></body.content></note>
      <byline>By <person>Tomasz Wren</person>, <byttl>Transport Correspondent</byttl></byline>
      <distributor>Harbour Gazette partner feed</distributor>
      <dateline><story.date norm="20260302T000000">2 March 2026</story.date></dateline>
      <abstract><p>Ferry fares will climb 20 per cent next month.</p></abstract>
    </body.head>
    <body.content>
      <p>Return fares on the island ferry will rise by 20 per cent from 1 April, the operator said on Monday.</p>
      <media media-type="image" class="photograph">
        <media-reference mime-type="image/jpeg" source="HG-0212-01.jpg" alternate-text="A white ferry leaving a stone harbour wall"/>
        <media-caption>The morning ferry leaves Port Alder.</media-caption>
        <media-producer>Lotte Brand/Harbour Gazette</media-producer>
      </media>
      <p>&#8220;We held prices for three years,&#8221; managing director Colm Rafferty said.</p>
      <hl2>Islanders&#8217; discount stays</hl2>
      <p>Residents will keep their 40 per cent discount, the company said.</p>
    </body.content>
    <body.end>
      <tagline>Additional reporting by <person>Dana Fairweather</person>.</tagline>
    </body.end>
  </body>
</nitf>
"""


def test_an_nitf_file_saved_as_text_is_read_by_its_elements(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", NITF)
    assert draft.headline == "Island ferry fares to rise by a fifth in April"
    assert draft.dek == "The operator says fuel and crew costs have doubled since 2022"
    assert draft.byline == ("Tomasz Wren",)
    assert draft.dateline == ""
    assert draft.paragraphs == (
        "Return fares on the island ferry will rise by 20 per cent from 1 April, the operator said on Monday.",
        "“We held prices for three years,” managing director Colm Rafferty said.",
        "## Islanders’ discount stays",
        "Residents will keep their 40 per cent discount, the company said.",
    )
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The morning ferry leaves Port Alder.", "Lotte Brand/Harbour Gazette", "A white ferry leaving a stone harbour wall"),
    ]
    assert [c.name for c in draft.contributors] == ["Dana Fairweather"]


def test_an_nitf_file_s_notes_rights_and_byline_title_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", NITF)
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("GazetteDesk", "Partner titles only", "Hold until", "trimmed the last", "EDS:", "Transport Correspondent", "partner feed", "Ferry fares rise again", "climb 20 per cent", "<"):
        assert chrome not in text


CLASSIC_MAC = "\r".join(
    (
        "FOR THE HILLSIDE ADVOCATE – Bowls club news",
        "Hi Gordon, here is our report for the paper. Pictures to follow from my daughter’s computer. – Elsie",
        "",
        "Bowls club’s new green opens after 18 months",
        "",
        "By Elsie Trounce, Secretary, Kettering Bowls Club",
        "",
        "The Kettering Bowls Club opened its new synthetic green on Saturday, 18 months after floodwater ruined the old grass one.",
        "",
        "“We’ve waited a long time… it plays beautifully,” club president Ron Hatch said, in 31° heat.",
        "",
        "The green cost about $240,000, most of it from a state recovery grant.",
        "",
        "Thank you to the Kettering Hall committee for the lunch, and to Dunn Plumbing for the loan of the trailer.",
        "",
        "ENDS",
        "",
    )
).encode("mac_roman")


def test_classic_mac_text_with_carriage_returns_alone_is_mac_roman(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bowls.txt", CLASSIC_MAC)
    assert draft.headline == "Bowls club’s new green opens after 18 months"
    assert "“We’ve waited a long time… it plays beautifully,” club president Ron Hatch said, in 31° heat." in draft.paragraphs


def test_a_note_greeting_the_editor_and_the_line_naming_the_paper_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bowls.txt", CLASSIC_MAC)
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    assert "Hi Gordon" not in text
    assert "FOR THE HILLSIDE ADVOCATE" not in text
    assert draft.paragraphs[0].startswith("The Kettering Bowls Club opened")


def test_a_thank_you_line_under_a_club_s_story_is_its_sign_off(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bowls.txt", CLASSIC_MAC)
    assert "Thank you to the Kettering Hall committee" not in body_text(draft)
    assert draft.paragraphs[-1] == "The green cost about $240,000, most of it from a state recovery grant."


READER_GRAB = """Title: Saltbush ferry back on the river after six-week repair | Flatlands Herald

URL Source: https://flatlandsherald.example/news/saltbush-ferry-back

Published Time: 2026-02-11T07:00:00+10:30

Markdown Content:
[Skip to content](https://flatlandsherald.example/news/saltbush-ferry-back#main)

[![Image 1: Flatlands Herald](https://flatlandsherald.example/logo.svg)](https://flatlandsherald.example/)

*   [News](https://flatlandsherald.example/news)
*   [Sport](https://flatlandsherald.example/sport)

[News](https://flatlandsherald.example/news) / [River](https://flatlandsherald.example/topics/river)

The Saltbush ferry is back on the river after a six-week repair
===============================================================

Farmers on the eastern bank no longer face a 90-kilometre drive to the nearest bridge.

By [Nadia Coulter](https://flatlandsherald.example/authors/nadia-coulter) · 11 February 2026 · 3 min read

[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=x)[Copy link](https://flatlandsherald.example/news/saltbush-ferry-back#)

![Image 2: The cable ferry carrying a ute across a brown river](https://flatlandsherald.example/img/ferry.jpg)

The first crossing on Monday morning. Photo: Reuben Ashe

The cable ferry at Saltbush returned to service on Monday after repairs to its hull and winch.

![Image 3](https://flatlandsherald.example/img/crew.jpg)

Ferry crew members test the new winch on Sunday. Supplied: Riverlands Council

Operator Gail Munro said the ferry would run from 6am to 10pm, as before.

**Get the Herald's morning email.** [Sign up free](https://flatlandsherald.example/newsletter)

**The Flatlands Herald is independent and free to read.** [Become a supporter](https://flatlandsherald.example/support) from $4 a month.

The Flatlands Herald acknowledges the Traditional Owners of the lands on which we work, and pays respect to Elders past and present.
"""


def test_a_page_a_reader_service_fetched_as_markdown_is_read_under_its_header(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.md", READER_GRAB)
    assert draft.headline == "The Saltbush ferry is back on the river after a six-week repair"
    assert draft.dek == "Farmers on the eastern bank no longer face a 90-kilometre drive to the nearest bridge."
    assert draft.byline == ("Nadia Coulter",)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The first crossing on Monday morning.", "Reuben Ashe", "The cable ferry carrying a ute across a brown river"),
        ("Ferry crew members test the new winch on Sunday.", "Supplied: Riverlands Council", ""),
    ]
    assert draft.paragraphs == (
        "The cable ferry at Saltbush returned to service on Monday after repairs to its hull and winch.",
        "Operator Gail Munro said the ferry would run from 6am to 10pm, as before.",
    )


def test_a_reader_service_s_header_and_the_page_s_links_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.md", READER_GRAB)
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("URL Source", "Markdown Content", "Published Time", "| Flatlands Herald", "Skip to content", "Share on Facebook", "Image 1"):
        assert chrome not in text


def test_a_site_s_supporter_box_sign_up_and_acknowledgement_of_country_are_not_the_story(tmp_path: Path) -> None:
    text = body_text(filed_draft(tmp_path, "ferry.md", READER_GRAB))
    for chrome in ("Sign up free", "independent and free to read", "Become a supporter", "acknowledges the Traditional Owners"):
        assert chrome not in text


BUILDER_PAGE = """<!DOCTYPE html><html lang="en-AU"><head><meta charset="UTF-8"><title>Old flour mill to become a library &#8211; The Plains Leader</title></head>
<body class="post-template-default single single-post"><div id="page" class="hfeed site"><div id="content" class="site-content">
<main id="main" class="site-main"><article id="post-311" class="post-311 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Old flour mill will become the town&#8217;s new library</h1></header>
<div class="entry-content clear">
<p>[vc_row][vc_column][vc_column_text]The brick flour mill on Station Street will be turned into a library and community hall, the shire said on Thursday.</p>
<p>The mill closed in 1971 and has stood empty since a fire in 1988 took its roof.</p>
<p>[/vc_column_text][vc_single_image image=&#8221;5120&#8243; img_size=&#8221;large&#8221;][vc_column_text]Mayor Rhys Pendlebury said the conversion would cost about $6.2 million, most of it from a state grant.</p>
<p>Work is due to start in August and take about 18 months.[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column][vc_btn title=&#8221;Read more local news&#8221; link=&#8221;url:%2Fnews%2F&#8221;][/vc_column][/vc_row]</p>
</div></article></main></div></div></body></html>
"""


def test_a_page_builder_s_shortcodes_printed_as_text_are_no_words_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "mill.html", BUILDER_PAGE)
    assert draft.headline == "Old flour mill will become the town’s new library"
    assert draft.paragraphs == (
        "The brick flour mill on Station Street will be turned into a library and community hall, the shire said on Thursday.",
        "The mill closed in 1971 and has stood empty since a fire in 1988 took its roof.",
        "Mayor Rhys Pendlebury said the conversion would cost about $6.2 million, most of it from a state grant.",
        "Work is due to start in August and take about 18 months.",
    )
    assert "vc_" not in body_text(draft) and "Read more local news" not in body_text(draft)


COUNCIL_PAGE = """<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Skate park opens | Mirrool Shire Council</title></head>
<body><main id="main-content"><h1 class="oc-page-title">Skate park opens in Ardlethan</h1>
<div class="main-content"><p>The shire's new skate park in Ardlethan opened on Saturday with a demonstration by local riders.</p>
<figure class="image"><img src="/files/skate.jpg" alt="A rider in the air above a concrete bowl"><figcaption>Ardlethan rider Tayla Munce clears the bowl on opening day. (Supplied)</figcaption></figure>
<p>The park cost $380,000, shared between the shire and a state youth fund.</p>
<figure class="image"><img src="/files/ribbon.jpg" alt=""><figcaption>Students from Ardlethan Central School cut the ribbon. (Supplied: Ardlethan Central School)</figcaption></figure>
<p>It is open every day from 7am until dusk.</p></div></main></body></html>
"""


def test_a_caption_s_supplied_mark_in_brackets_is_its_credit(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "skate.html", COUNCIL_PAGE)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Ardlethan rider Tayla Munce clears the bowl on opening day.", "Supplied"),
        ("Students from Ardlethan Central School cut the ribbon.", "Supplied: Ardlethan Central School"),
    ]


def _word_file(*paragraphs: tuple[str, str]) -> bytes:
    """A Word file of (style, text) paragraphs, written as Word writes its parts."""
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for style, text in paragraphs
    )
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_a_word_field_s_error_result_alone_in_its_paragraph_is_no_text(tmp_path: Path) -> None:
    data = _word_file(
        ("Title", "Hay stolen from a paddock near Coolac"),
        ("Normal", "Police are looking for a truck seen leaving a paddock near Coolac with 40 round bales on Tuesday night."),
        ("Normal", "Error! Not a valid filename."),
        ("Normal", "Anyone who saw the truck is asked to call the station."),
    )
    draft = filed_draft(tmp_path, "hay.docx", data)
    assert draft.headline == "Hay stolen from a paddock near Coolac"
    assert "Error!" not in body_text(draft)
    assert draft.paragraphs[-1] == "Anyone who saw the truck is asked to call the station."

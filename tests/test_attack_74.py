# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the seventy-fourth pass, aimed at the fifty-third and
fifty-fourth filing rounds: QR codes, fundraisers' pages, Word files in two languages and
page builders' components.

Precision holes (ordinary documents misread):

- A web page's photograph of a woman holding her phone to the QR code on a memorial bench,
  its alt saying so, was dropped with its caption and credit as a QR code itself: a picture
  is a QR code only when its alt says it is one ('QR code', 'A QR code to our video').
- A reporter's Word story quoting a farmworker in Spanish, three of its ten paragraphs her
  words as she said them, each followed by the story's English, lost the three quotes as a
  translation set apart: a file in two languages has a paragraph in the other language for
  half the main one's at least.
- A fundraiser's update quoting the mayor ('“Please give these kids a round of applause ...,”
  said the mayor') lost the quote as the fundraiser's ask: a line reporting someone's words
  is the story's.
- A fundraiser's update with no title of its own (as most are) lost its opening paragraphs
  and took a quote for the headline: the fundraiser's name, over the amount raised, is the
  headline of an update without one.
- A Markdown story typed under a front matter that lists a sidebar's components (a hero
  'Walks and Trails', a note) took the sidebar's heading for its headline, its line for the
  dek and its note for the opening paragraph: a page is built from its components only when
  its body holds no text of its own.

Robustness: a form's copy with two thousand questions, or with two thousand corrections over
two thousand paragraphs; a fundraiser's page with two thousand updates, or with no update
under its numbers; a front matter of two thousand components, nested past the limit, of
components whose fields are lists, or holding a NUL; a one-line fundraiser's amount and a
file of binary junk were read or refused in one line, in time growing with their size; no
crash found.

Left open:

- A plain-text story whose headline is typed over two lines, the first ending on 'of'
  ('Council approves budget of' / '€4.2 million for harbour works'), still takes the second
  line for the dek: the round runs a headline's lines on only in a printed column.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread

BENCHES_PAGE = """<html><head><title>Memorial benches tell the stories of the town's dead</title></head><body>
<article>
<h1>Memorial benches tell the stories of the town's dead</h1>
<p class="byline">By Ana Ruiz</p>
<p>PORTHAVEN — Twelve new benches along the seafront each carry a plaque with a QR code that plays a recording of the person the bench remembers.</p>
<figure><img src="bench.jpg" alt="A woman holds her phone to the QR code on a memorial bench on the seafront"><figcaption>Claire Dunne plays her mother's recording at the bench on Tuesday. Photo: Tom Hale</figcaption></figure>
<p>The recordings were made by the town's library over the past two years, most of them in the residents' own kitchens.</p>
<p>The idea came from Mary Dunne's daughter, Claire, who said she wanted people to hear her mother laugh again.</p>
</article></body></html>
"""


def test_a_photograph_of_someone_scanning_a_qr_code_is_the_story_s(tmp_path: Path) -> None:
    """A photograph whose alt mentions the QR code in it is no QR code: its caption and
    credit stay."""
    draft = _read(tmp_path, "benches.html", BENCHES_PAGE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Claire Dunne plays her mother's recording at the bench on Tuesday.", "Tom Hale")
    ]


def test_a_picture_described_as_a_qr_code_is_still_none_of_the_story_s(tmp_path: Path) -> None:
    page = BENCHES_PAGE.replace(
        "A woman holds her phone to the QR code on a memorial bench on the seafront",
        "QR code to the recordings",
    )
    assert list(_read(tmp_path, "benches.html", page).images) == []


def _story_quoting_spanish(tmp_path: Path) -> bytes:
    """A reporter's Word story in English that quotes a farmworker in Spanish, paragraph by
    paragraph as she spoke, Word tagging each quote's run as Spanish."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()

    def paragraph(text: str, language: str = "en-US", style: str | None = None) -> None:
        run = document.add_paragraph(style=style).add_run(text)
        tag = OxmlElement("w:lang")
        tag.set(qn("w:val"), language)
        run._r.get_or_add_rPr().append(tag)

    paragraph("Farmworkers walk out over heat rules", style="Title")
    paragraph("By Ana Ruiz")
    for text, language in [
        ("SALINAS — About 200 farmworkers walked off the lettuce fields east of town on Tuesday, saying growers had ignored the state's rules on shade and water in the heat.", "en-US"),
        ("Rosa Méndez, 46, has picked lettuce in the valley for twenty years and led the walkout from the first row.", "en-US"),
        ("“No nos dan agua ni sombra, y el calor llega a cuarenta grados”, dijo Méndez.", "es-MX"),
        ("The state requires shade within a five-minute walk of every worker once the temperature passes 80 degrees.", "en-US"),
        ("Two growers named by the workers did not answer calls on Tuesday.", "en-US"),
        ("“Mi compañera se desmayó la semana pasada y nadie llamó a una ambulancia”, dijo.", "es-MX"),
        ("The county's agricultural commissioner said inspectors would visit the fields on Wednesday.", "en-US"),
        ("Méndez said the workers would not go back until the growers signed a promise.", "en-US"),
        ("“Queremos trabajar, pero no queremos morir en el campo”, dijo.", "es-MX"),
        ("The walkout is the third in the valley this summer.", "en-US"),
    ]:
        paragraph(text, language)
    path = tmp_path / "walkout.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_story_quoting_in_another_language_keeps_its_quotes(tmp_path: Path) -> None:
    """A few paragraphs in another language among a story's are its quotes, not a
    translation under each paragraph: a file in two languages has a paragraph in the other
    for each, or nearly, of the main one's."""
    draft = _read(tmp_path, "walkout.docx", _story_quoting_spanish(tmp_path))
    assert len(draft.paragraphs) == 10
    assert draft.paragraphs[2].startswith("“No nos dan agua ni sombra")
    assert draft.paragraphs[8].startswith("“Queremos trabajar")


def test_a_fundraiser_s_update_keeps_a_quote_that_says_please_give(tmp_path: Path) -> None:
    """An ask in the update is the fundraiser's; a line reporting someone's words that
    happen to say 'please give' is the story's."""
    from tests.filing.test_shapes54 import FUNDRAISER_PAGE

    quote = "“Please give these kids a round of applause when they march past on Saturday,” said the mayor, Ruth Adeyemi, who will ride at the front of the parade."
    page = FUNDRAISER_PAGE.replace(
        "The band will play its finals show again at the town's spring fair on April 25.", quote
    )
    draft = _read(tmp_path, "fundraiser.txt", page)
    assert draft.paragraphs[-1] == quote
    assert "Please keep sharing our page!" not in body_text(draft)


def test_a_fundraiser_s_update_without_a_title_keeps_its_text(tmp_path: Path) -> None:
    """An update with no title of its own goes under the fundraiser's name: its first
    paragraphs are no headline, nor lost with it."""
    from tests.filing.test_shapes54 import FUNDRAISER_PAGE

    page = FUNDRAISER_PAGE.replace(
        "BAND TAKES SECOND PLACE AT STATE FINALS IN ITS FIRST TRIP IN TWENTY YEARS\n\n", ""
    )
    draft = _read(tmp_path, "fundraiser.txt", page)
    assert draft.headline == "Send the Millbrook High band to the state finals"
    assert draft.paragraphs[0].startswith("CAPITAL CITY, April 2 – The Millbrook High School band")
    assert len(draft.paragraphs) == 4


PATH_STORY = """---
title: Coastal path reopens after landslip repairs
author: Ana Ruiz
date: 2026-03-14
sidebar:
  - _template: hero
    heading: Walks and Trails
    subheading: Our guide to the county on foot, updated every week by our outdoors desk
  - _template: text
    content: "The county has more than 300 miles of public footpaths, most of them waymarked."
---

PORTHAVEN — The coastal path between Porthaven and Kilcarran reopened on Saturday, eight months after a landslip closed it.

Walkers were back on it by nine, some of them with dogs and flasks, and the cafe at the halfway point ran out of scones by noon.

The council spent £1.2 million on the repairs, most of it on a new retaining wall below the worst stretch.
"""


def test_a_markdown_story_under_a_front_matter_listing_components_is_the_story(tmp_path: Path) -> None:
    """Components listed beside a story typed under its front matter (a sidebar's hero and
    note) are no page built from them: the story keeps its headline and opens on its lead."""
    draft = _read(tmp_path, "path.md", PATH_STORY)
    assert draft.headline == "Coastal path reopens after landslip repairs"
    assert draft.paragraphs[0].startswith("PORTHAVEN — The coastal path")
    assert len(draft.paragraphs) == 3

# ruff: noqa: E501  (documents as archives set them, a line a paragraph)
"""Shapes the nineteenth filing round reads right: a page as a text browser dumps it (link
numbers, reference list, form fields), a news byline's photographer on the line under it, a
writer's job set beside the name, a row of links set with no spaces between them, and a
metered paywall's count captured in the middle of a story."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.dump import is_text_dump
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


DUMP = """   [1]Skip to main content

   [2]Prairie Ledger

     * [3]News
     * [4]Farm
     * [5]Donate

   Search: [6]____________________ [7](BUTTON) Search

   Grain elevator in Halvorsen reopens after a two-year fight over its
   lease

   The co-op will take wheat from 40 farms again, starting with the fall
   harvest

   By [8]Dana Whitlock
   November 3, 2026

   [9]A concrete grain elevator beside a railroad siding at dusk

   The Halvorsen elevator on Sunday, the day before it reopened. (Dana
   Whitlock/Prairie Ledger)

   HALVORSEN, N.D. — The grain elevator that stood empty on the edge of
   Halvorsen for two years will take its first load of wheat Monday, after
   the co-op and the railroad settled a [10]lease dispute in September.

   Farmers had been hauling grain 60 miles to the next elevator, a trip
   that cost some of them $9,000 a season in fuel, the co-op's manager
   said.

   "We drove past our own elevator every day," said farmer Lena Brandt.

   IFRAME: [11]https://www.youtube.com/embed/abc123

   [12]About [13]Contact [14]Privacy policy

References

   Visible links:
   1. https://www.prairieledger.example/2026/11/03/elevator/#main
   2. https://www.prairieledger.example/
   3. https://www.prairieledger.example/news/
   4. https://www.prairieledger.example/farm/
   5. https://www.prairieledger.example/donate/
   8. https://www.prairieledger.example/author/dwhitlock/
   9. https://www.prairieledger.example/uploads/2026/11/elevator-dusk.jpg
  10. https://www.prairieledger.example/2026/09/lease/
  11. https://www.youtube.com/embed/abc123
  12. https://www.prairieledger.example/about/
  13. https://www.prairieledger.example/contact/
  14. https://www.prairieledger.example/privacy/
"""


def test_a_text_browser_s_dump_reads_as_the_page_it_shows(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "elevator.txt", DUMP)
    assert draft.headline == (
        "Grain elevator in Halvorsen reopens after a two-year fight over its lease"
    )
    assert draft.dek == (
        "The co-op will take wheat from 40 farms again, starting with the fall harvest"
    )
    assert draft.byline == ("Dana Whitlock",)
    assert draft.dateline == "HALVORSEN, N.D."
    assert draft.paragraphs[0] == (
        "HALVORSEN, N.D. — The grain elevator that stood empty on the edge of Halvorsen for two "
        "years will take its first load of wheat Monday, after the co-op and the railroad "
        "settled a lease dispute in September."
    )
    [picture] = draft.images
    assert picture.alt == "A concrete grain elevator beside a railroad siding at dusk"
    assert picture.caption == "The Halvorsen elevator on Sunday, the day before it reopened."
    assert picture.credit == "Dana Whitlock/Prairie Ledger"
    for debris in ("[", "BUTTON", "IFRAME", "https://", "Privacy policy", "Visible links"):
        assert debris not in body


def test_what_is_no_text_browser_dump() -> None:
    assert is_text_dump(DUMP)
    # a story with a reference list of its own, and no link numbers in its text
    assert not is_text_dump("The study found a rise.\n\nReferences\n\n1. https://a.example/\n")
    assert not is_text_dump(DUMP.replace("[1]", "").replace("\nReferences\n", "\nSources\n"))


def test_a_news_byline_s_photographer_on_the_line_under_it(tmp_path: Path) -> None:
    text = DUMP.replace(
        "   November 3, 2026\n", "   Photos by [15]Ole Brandt\n   November 3, 2026\n"
    )
    draft, _ = read(tmp_path, "elevator.txt", text)
    assert draft.byline == ("Dana Whitlock", "Ole Brandt")
    assert not draft.contributors


def test_a_magazine_s_photographs_credit_stays_a_contributor(tmp_path: Path) -> None:
    text = DUMP.replace(
        "   November 3, 2026\n", "   Photographs by [15]Ole Brandt\n   November 3, 2026\n"
    )
    draft, _ = read(tmp_path, "elevator.txt", text)
    assert draft.byline == ("Dana Whitlock",)
    assert [(c.name, c.role) for c in draft.contributors] == [("Ole Brandt", "photography")]


def test_a_writer_s_job_set_beside_the_name() -> None:
    from newsroom.checks.lexicon import DEFAULT
    from newsroom.filing.lines import byline_names

    assert byline_names("By Whitney Achterberg Staff writer", DEFAULT) == ["Whitney Achterberg"]
    assert byline_names("By Ana Ruiz and Li Wei Senior Reporters", DEFAULT) == [
        "Ana Ruiz",
        "Li Wei",
    ]
    assert byline_names("By Ana Ruiz", DEFAULT) == ["Ana Ruiz"]


FLATTENED = """<!doctype html><html><head><meta charset=utf-8>
<title>Lodge to close as log walls fail</title></head><body>
<div style="font-size:38px"><h1>Lodge to close as log walls fail</h1></div>
<div><span style="font-weight:700">By <a href="/u/wa">Whitney Achterberg</a></span>
<span style="color:#666">Staff writer</span></div>
<div><span style="font-weight:700">Photos by <a href="/u/lm">Lise Montcalm</a></span></div>
<div><a href="https://www.facebook.com/sharer.php?u=x">Share on Facebook</a><a
href="https://twitter.com/intent/tweet?url=x">Share on X</a><a href="#">Email this story</a><a
href="#">Print this story</a></div>
<div style="font-size:18px">
<p>MARROW POINT, Va. — The log lodge at Marrow Point State Park will close to overnight
guests Jan. 4, state parks officials said Tuesday.</p>
<p>The report estimated repairs at $4.6 million to $5.8 million.</p>
<div style="text-align:center"><div style="font-size:20px">You have 1 free article remaining
this month.</div><div>Subscribe now for 99 cents for the first month.</div></div>
<p>Parks Director Anselm Korhonen said the agency will ask for design money in January.</p>
<p>Construction could not start before 2028, he said.</p>
</div>
<div><span style="font-weight:700">Tags</span> <a href="#">State Parks</a> <a
href="#">Historic Preservation</a></div>
<div><div style="font-weight:700">Comments (14)</div><div>Sign in to comment. Please read our
commenting policy before posting.</div></div>
</body></html>
"""


def test_a_page_flattened_into_styled_boxes(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "lodge.html", FLATTENED)
    assert draft.byline == ("Whitney Achterberg", "Lise Montcalm")
    assert (
        "Parks Director Anselm Korhonen said the agency will ask for design money in January."
        in (draft.paragraphs)
    )
    for debris in (
        "Share on",
        "Print this story",
        "free article",
        "Historic Preservation",
        "Sign in",
    ):
        assert debris not in body


def test_links_in_a_paragraph_are_no_row_of_links(tmp_path: Path) -> None:
    page = FLATTENED.replace(
        "<p>The report estimated repairs at $4.6 million to $5.8 million.</p>",
        '<div>The <a href="/r">report</a> and <a href="/b">budget</a> put repairs at '
        "$4.6 million.</div>",
    )
    _, body = read(tmp_path, "lodge.html", page)
    assert "The report and budget put repairs at $4.6 million." in body


RECORD = """Factiva

HD        Ferry fares rise 12% as fuel costs climb
SE        Local News
BY        Lena Ortiz; Staff Writer
WC        310 words
PD        2 December 2026
SN        The Island Record
SC        ISLREC
PG        A1
LA        English
CY        Copyright 2026, The Island Record. All Rights Reserved.

LP        PORT HALE, Wash. -- Ferry fares will rise 12% in January, the county board decided Tuesday.

TD        The board voted 4-1 after the fuel bill doubled, to $3.1 million.

                                                        Page 1 of 2 © 2026 Factiva, Inc. All rights reserved.

          "We have no other way off the island," rider Mae Olsen told the board.

ART       PHOTO: Riders board the morning ferry at Pier 3. (Sam Wu/The Island Record); PHOTO: The ferry Tillicum at its dock. (Courtesy of the county)

NS        gcat : Political/General News | ntra : Transport
RE        usw : Western U.S.
AN        Document ISLREC0020261202ekc20000a

Search Summary
Text                 ferry and fares
Results Found        1
"""


def test_a_news_archive_s_full_record(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", RECORD)
    assert draft.headline == "Ferry fares rise 12% as fuel costs climb"
    assert draft.dek == ""
    assert draft.byline == ("Lena Ortiz",)
    assert draft.dateline == "PORT HALE, Wash."
    assert draft.paragraphs == (
        "PORT HALE, Wash. -- Ferry fares will rise 12% in January, the county board decided Tuesday.",
        "The board voted 4-1 after the fuel bill doubled, to $3.1 million.",
        '"We have no other way off the island," rider Mae Olsen told the board.',
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Riders board the morning ferry at Pier 3.", "Sam Wu/The Island Record"),
        ("The ferry Tillicum at its dock.", "Courtesy of the county"),
    ]
    for debris in ("Factiva", "ISLREC", "Copyright", "gcat", "Search Summary", "ferry and fares"):
        assert debris not in body


def test_what_is_no_full_record() -> None:
    from newsroom.filing.factiva import is_full_record

    assert is_full_record(RECORD)
    assert not is_full_record("HD radio is coming to the county.\n\nThe station said so.\n")


BILINGUAL = """Neidio i'r prif gynnwys / Skip to main content
Derbyn / Accept
Hafan / Home
Newyddion / News

Ferry fares to rise 12% on the Menai crossing

The council says fuel costs have doubled since 2022

Gan / By Elin Prys-Jones
Gohebydd Democratiaeth Leol / Local Democracy Reporter
Diweddarwyd / Updated: 02/12/2026 11:42

Passengers board the morning ferry at Porthaethwy. (Llun: Gareth Hughes)

Ferry fares on the Menai crossing will rise 12% in January, the council decided on Tuesday.

The cabinet voted 7-2 after officers said the fuel bill had doubled.

News / Wales / Anglesey
Polisi preifatrwydd / Privacy policy · Cwcis / Cookies · Hygyrchedd / Accessibility
"""


def test_a_bilingual_site_s_furniture_in_two_languages(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", BILINGUAL)
    assert draft.headline == "Ferry fares to rise 12% on the Menai crossing"
    assert draft.dek == "The council says fuel costs have doubled since 2022"
    assert draft.byline == ("Elin Prys-Jones",)
    [picture] = draft.images
    assert picture.caption == "Passengers board the morning ferry at Porthaethwy."
    assert picture.credit == "Gareth Hughes"
    for debris in ("Skip to main content", "Accept", "Home", "Reporter", "Updated", "Privacy"):
        assert debris not in body


def test_a_label_before_a_byline_is_no_translation() -> None:
    from newsroom.checks.lexicon import DEFAULT
    from newsroom.filing.lines import byline_names

    assert byline_names("Gan / By Elin Prys-Jones", DEFAULT) == ["Elin Prys-Jones"]
    assert byline_names("Riverland / By Tessa Kwan", DEFAULT) == []  # a section's label

"""Holes an attacker found in the thirty-third pass, aimed at the five filing commits just
merged: a page as a text browser dumps it (dump.py: is_text_dump, the width its lines are
joined by, the row of links), a news byline's photographer on the line under it
(place.py: _byline_photographers), a news archive's full record (factiva.py: the BY field)
and a bilingual site's 'first / second' furniture. Each hole is story text lost, joined or
split at filing, a real document misread as a dump, or a byline given a picture agency, an
agency's name or the word 'By'. Each test was seen to fail for the reason it names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft as _read

HED = "Ferry fares rise 12% as fuel costs climb"
LEDE = "PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board said Tuesday."
VOTE = "The board voted 4-1."


# --- a page as a text browser dumps it


def test_a_long_address_leaves_a_dump_s_wrapped_paragraphs_whole(tmp_path: Path) -> None:
    text = (
        "   [1]Skip to main content\n\n"
        "   " + HED + "\n\n"
        "   By [2]Lena Ortiz\n\n"
        "   PORT HALE, Wash. — Ferry fares will rise 12% in January, the county\n"
        "   board decided Tuesday, after the fuel bill for the two boats doubled in\n"
        "   a year.\n\n"
        "   The plan is posted at\n"
        "   https://www.islandrecord.example/documents/2026/12/ferry-fare-plan-final-adopted.pdf\n"
        "   for riders to read before the hearing.\n\n"
        "References\n\n"
        "   Visible links:\n"
        "   1. https://www.islandrecord.example/#main\n"
        "   2. https://www.islandrecord.example/author/lortiz/\n"
    )
    draft = _read(tmp_path, "dump.txt", text)
    assert draft.paragraphs[0] == (
        "PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board decided "
        "Tuesday, after the fuel bill for the two boats doubled in a year."
    )


def test_a_short_sentence_opening_on_three_links_stays_in_a_dump(tmp_path: Path) -> None:
    text = (
        "   [1]Skip to main content\n\n"
        "   " + HED + "\n\n"
        "   By [2]Lena Ortiz\n\n"
        "   PORT HALE, Wash. — Ferry fares will rise 12% in January, the county\n"
        "   board decided Tuesday.\n\n"
        "   [3]Ruiz, [4]Lee and [5]Kim voted for the plan.\n\n"
        "   Commissioner Dale Hart cast the lone no vote.\n\n"
        "References\n\n"
        "   Visible links:\n"
        "   1. https://www.islandrecord.example/#main\n"
        "   2. https://www.islandrecord.example/author/lortiz/\n"
        "   3. https://www.islandrecord.example/ruiz/\n"
        "   4. https://www.islandrecord.example/lee/\n"
        "   5. https://www.islandrecord.example/kim/\n"
    )
    draft = _read(tmp_path, "dump.txt", text)
    assert "Ruiz, Lee and Kim voted for the plan." in draft.paragraphs


# --- a reporter's own draft with a numbered source list, no dump at all

SOURCED = (
    "PORT HALE, Wash. — Ferry fares will rise 12% in January, the county board decided "
    "Tuesday, after a consultant's study found the fuel bill had doubled.[1]"
)
SOURCES = "References\n\n1. County ferry fuel study, November 2026.\n"


def test_a_story_with_a_footnote_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    text = HED + "\n\nBy Lena Ortiz\n\n" + SOURCED + "\n" + VOTE + "\n\n" + SOURCES
    draft = _read(tmp_path, "fares.txt", text)
    assert VOTE in draft.paragraphs


def test_a_markdown_story_with_a_footnote_keeps_its_headline(tmp_path: Path) -> None:
    text = "# " + HED + "\n\nBy Lena Ortiz\n\n" + SOURCED + "\n\n" + VOTE + "\n\n" + SOURCES
    draft = _read(tmp_path, "fares.md", text)
    assert draft.headline == HED


# --- a photographer's line under the byline


def test_photos_by_a_picture_agency_add_no_byline(tmp_path: Path) -> None:
    text = HED + "\n\nBy Lena Ortiz\nPhotos by Getty Images\n\n" + LEDE + "\n\n" + VOTE + "\n"
    draft = _read(tmp_path, "fares.txt", text)
    assert draft.byline == ("Lena Ortiz",)


def test_a_photographer_s_credit_adds_the_name_without_the_paper(tmp_path: Path) -> None:
    text = HED + "\n\nBy Lena Ortiz\nPhoto by Sam Wu/The Island Record\n\n" + LEDE + "\n\n" + VOTE
    draft = _read(tmp_path, "fares.txt", text + "\n")
    assert "Sam Wu/The Island Record" not in draft.byline


# --- a news archive's full record


def test_an_archive_record_s_by_field_with_by_names_the_writer(tmp_path: Path) -> None:
    text = (
        "HD        " + HED + "\n"
        "BY        By Lena Ortiz\n"
        "WC        412 words\n"
        "PD        2 December 2026\n"
        "SN        The Island Record\n\n"
        "LP        " + LEDE + "\n\n"
        "TD        " + VOTE + "\n\n"
        "AN        Document ISLREC0020261202ekc20000a\n"
    )
    draft = _read(tmp_path, "record.txt", text)
    assert draft.byline == ("Lena Ortiz",)

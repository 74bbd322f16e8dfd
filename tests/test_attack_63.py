# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the sixty-third pass, aimed at the thirty-seventh filing round:
reStructuredText page sources filed as text, releases forwarded as plain text, Ghost's
Markdown, community sites' bylines ('Words:', 'Nā', 'Report:') and 'Whakaahua:' credits.

Precision holes (ordinary documents misread):

- A plain-text story with its headline underlined by '=====' that quotes one line of a
  documentation markup ('.. warning:: Bins must be out by 7am.') was read as a
  reStructuredText page and lost the quoted line.
- A reStructuredText page's field list set in its body (a timetable: ':Monday: 8am and 4pm')
  was taken for the page's metadata, and the story lost it: only the field list under the
  title is the page's; one further down is shown to readers.
- A story's paragraph opening on 'By' and ending on a date with no full stop ('By the end of
  the morning ... since 9 March 2026') was struck as a page's meta line; the meta line names
  who posted the page, in capitals ('By Kilcarran Coastcare 9 March 2026').

Recall holes (shapes the round meant to read, missed):

- A te reo Māori 'Nā' byline naming two writers ('Nā Wiremu Tautahi rāua ko Mere Hōhaia')
  was not read: the line stayed in the story and the byline was empty.

The command's promises: an rST file with an enormous title rule, a title of half a million
characters, a hundred thousand directives or fields, a mail forwarded 500 times, and binary
bytes in those shapes were all filed (exit 0) or refused in one line (exit 2) in seconds,
with no traceback and nothing left behind on a refusal; no hole found.

Left open:

- A plain-text story whose account's meta line ('By Kilcarran Coastcare 9 March 2026') sits
  over a 'Nā' line takes the account for its byline and loses the 'Nā' line; the HTML page
  of that shape is read right. Left for want of time.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread


def test_a_plain_text_story_quoting_a_directive_keeps_the_line(tmp_path: Path) -> None:
    """A story about a council's documentation quotes one line of its markup as an example:
    a directive with a sentence on its line and nothing under it is the story's words, not
    a page's box (a page's directives carry a path, options or a block under them)."""
    text = (
        "Council's website moves to a new documentation system\n"
        "=====================================================\n\n"
        "By Ann Lee\n\n"
        "KILCARRAN — The county council's web team has moved its help pages to Sphinx, a tool that turns plain text files into web pages.\n\n"
        "Staff write each page in a format called reStructuredText. A warning box, for example, is written as a line of its own:\n\n"
        ".. warning:: Bins must be out by 7am.\n\n"
        '"It took us a week to learn the markup, and a month to stop hating it," said web manager Maire Dunne.\n\n'
        "The council said the move would save it about 12,000 euro a year in licence fees.\n"
    )
    draft = _read(tmp_path, "docs.txt", text)
    assert draft.byline == ("Ann Lee",)
    assert ".. warning:: Bins must be out by 7am." in draft.paragraphs
    assert len(draft.paragraphs) == 5


def test_a_field_list_in_a_pages_body_is_shown(tmp_path: Path) -> None:
    """Only the field list under a page's title is its metadata; one in its body (a
    timetable) is rendered for readers, a line a field."""
    text = (
        "Ferry to return to Isle Moran\n"
        "=============================\n\n"
        ":authors: Ann Lee\n"
        ":date: 2026-05-02\n\n"
        "A passenger ferry will run to Isle Moran again from July, the county council said on Tuesday.\n\n"
        "The boat will sail twice a day on two days a week:\n\n"
        ":Monday: 8am and 4pm\n"
        ":Friday: 9am and 5pm\n\n"
        "The council will review the service after a year.\n"
    )
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.byline == ("Ann Lee",)
    body = _body(draft)
    assert "Monday: 8am and 4pm" in body and "Friday: 9am and 5pm" in body
    assert ":date:" not in body and "2026-05-02" not in body


def test_a_paragraph_opening_on_by_and_ending_on_a_date_is_the_story_s(tmp_path: Path) -> None:
    """A page's meta line names who posted it ('By Ferncliff Pony Club 12 April 2026'); a
    paragraph of the story may open on 'By' and end on a date with no full stop after it."""
    text = (
        "Road to the coast reopens after slip\n\n"
        "By Ann Lee\n\n"
        "KILCARRAN — The coast road reopened on Monday after contractors cleared a slip that had "
        "closed it for three days.\n\n"
        "By the end of the morning more than 400 vehicles had used the road, the first since 9 March 2026\n\n"
        "The council said a retaining wall would be built in the spring.\n"
    )
    draft = _read(tmp_path, "slip.txt", text)
    assert draft.byline == ("Ann Lee",)
    assert "By the end of the morning more than 400 vehicles" in _body(draft)


# --- recall: shapes the round meant to read


def test_a_na_byline_naming_two_writers_is_the_byline(tmp_path: Path) -> None:
    """Te reo Māori joins two people with 'rāua ko' ('and', of two): 'Nā A rāua ko B'."""
    page = (
        "<!DOCTYPE html><html><body><main><article><h1>Pony club wins the regional teams trophy</h1>\n"
        "<p>By Ferncliff Pony Club 12 April 2026</p>\n"
        "<p><strong>Nā Wiremu Tautahi rāua ko Mere Hōhaia</strong></p>\n"
        "<p>The Ferncliff Pony Club won the regional teams trophy at the Ashgrove showgrounds on Sunday, beating eleven other clubs.</p>\n"
        "<p>The four riders, aged 11 to 15, had the only clear rounds in the final jumping phase.</p>\n"
        "</article></main></body></html>"
    )
    draft = _read(tmp_path, "pony.html", page)
    assert draft.byline == ("Wiremu Tautahi", "Mere Hōhaia")
    assert "rāua ko" not in _body(draft)

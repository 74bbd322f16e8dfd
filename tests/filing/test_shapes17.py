"""Shapes the nineteenth filing round reads right: a page as a text browser dumps it (link
numbers, reference list, form fields), a news byline's photographer on the line under it and
a writer's job set beside the name."""

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

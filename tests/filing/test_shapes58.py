# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-eighth filing round reads right: a press release whose headline stands
under its 'FOR IMMEDIATE RELEASE' line or under a table of the release's details, short as a
contact's name."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

RELEASE_UNDER_A_COVER_NOTE = """Good morning,

Please see the release below for publication.

Regards,
Nia

FOR IMMEDIATE RELEASE

HARBOUR BOARD FREEZES FERRY FARES FOR 2026

Commuters will pay the same as this year on all four routes as the board absorbs higher fuel costs

PORTVALE, 3 March 2026 – The Harbour Board will keep ferry fares at this year's level for all of 2026, its chairman said on Tuesday, despite a rise of a fifth in the price of fuel.

"Families who cross the harbour twice a day cannot carry another rise," said the chairman, Mr Kofi Mensah. The board will meet the extra cost from its reserve fund.

The board will review fares again in January.

-ENDS-

Media contact:
Nia Osei, Press Officer
press@harbourboard.example | 555-0100
"""


def test_a_release_s_short_capitals_headline_under_its_release_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.txt", RELEASE_UNDER_A_COVER_NOTE)
    assert draft.headline == "HARBOUR BOARD FREEZES FERRY FARES FOR 2026"
    assert draft.dek == (
        "Commuters will pay the same as this year on all four routes as the board absorbs "
        "higher fuel costs"
    )
    assert draft.paragraphs[0].startswith("PORTVALE, 3 March 2026 – The Harbour Board")
    text = body_text(draft)
    assert "FOR IMMEDIATE RELEASE" not in text
    assert "Nia Osei" not in text


def _release_with_details_table(tmp_path: Path) -> bytes:
    """A ministry's release in Word: a table of the release's number, date and contact over
    a Title style headline of eight words, and a Subtitle style dek."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    details = ("PRESS RELEASE", "No. MOH/2026/12", "Date", "3 March 2026", "Contact", "Ama Boateng, Press Officer, 555-0199")
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells + table.rows[2].cells, details, strict=True):
        cell.text = text
    document.add_paragraph("Twelve new clinics for the northern district", style="Title")
    document.add_paragraph("The first opens at Hillside in May, with a midwife and two nurses", style="Subtitle")
    document.add_paragraph("PORTVALE, 3 March 2026 – The Ministry of Health will open twelve clinics in the northern district this year, the minister said on Tuesday.")
    document.add_paragraph("Each clinic will have a midwife and two nurses and will open six days a week.")
    document.add_paragraph("-END-")
    path = tmp_path / "clinics.docx"
    document.save(str(path))
    return path.read_bytes()


def test_a_release_s_headline_under_its_table_of_details(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "clinics.docx", _release_with_details_table(tmp_path))
    assert draft.headline == "Twelve new clinics for the northern district"
    assert draft.dek == "The first opens at Hillside in May, with a midwife and two nurses"
    text = body_text(draft)
    assert text.startswith("PORTVALE, 3 March 2026 – The Ministry of Health")
    for furniture in ("PRESS RELEASE", "MOH/2026/12", "Ama Boateng"):
        assert furniture not in text

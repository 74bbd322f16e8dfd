# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-second filing round reads right: a correspondent's note typed with its
dek under a 'Strap:' label; a Word file's picture credits under the 'PIX:' and 'Pix by'
labels West African desks use; a Yoruba correspondent's 'From' byline and 'Additional report
by' line, their names and places written with accented capitals and tone marks."""

from __future__ import annotations

import io
from pathlib import Path

from tests.filing.test_file import png
from tests.helpers import filed_draft

STRAP_NOTE = """Ferry fares to double on Lekki route from April

Strap: Operators blame diesel price as commuters count cost

By Chidinma Eze

LAGOS - Ferry operators on the Lekki-Ikoyi route will double their fares from April 1, the boat owners' association said on Thursday.

The association's chairman, Mr Tunde Akerele, said the price of diesel had risen three times since January.

Commuters at the Ikoyi jetty said they would return to the road if the fares rose.
"""


def test_a_strap_label_names_the_dek(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", STRAP_NOTE)
    assert draft.headline == "Ferry fares to double on Lekki route from April"
    assert draft.dek == "Operators blame diesel price as commuters count cost"
    assert not any("Strap" in p for p in draft.paragraphs)


def _bureau_word_file(tmp_path: Path) -> bytes:
    """A bureau's Word file: a 'From' byline in Yoruba letters, two pictures captioned in
    the Caption style with 'PIX:' and 'Pix by' credits, and an additional report line."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Ẹdẹ weavers win contract for new state uniforms", style="Title")
    doc.add_paragraph("From Ọlájùmọ̀kẹ́ Àyìndé, Ẹdẹ")
    doc.add_paragraph(
        "Weavers in Ẹdẹ will make the cloth for the uniforms of 4,000 state workers, the Ministry of Commerce said on Friday."
    )
    doc.add_paragraph().add_run().add_picture(io.BytesIO(png()))
    doc.add_paragraph(
        "A weaver at work on a loom in Ẹdẹ on Friday. PIX: Ọlájùmọ̀kẹ́ Àyìndé", style="Caption"
    )
    doc.add_paragraph("The contract is worth N64m and runs for two years.")
    doc.add_paragraph().add_run().add_picture(io.BytesIO(png()))
    doc.add_paragraph(
        "Rolls of aso oke stacked at the weavers' hall. Pix by Bísí Ọ̀ṣọ́/Eko Standard",
        style="Caption",
    )
    doc.add_paragraph("The weavers' leader, Mrs Fúnkẹ́ Ọdẹ́yẹmí, said the guild would hire 60 apprentices.")
    doc.add_paragraph("Additional report by Bísí Ọ̀ṣọ́, Ìwó.").runs[0].italic = True
    path = tmp_path / "base.docx"
    doc.save(str(path))
    return path.read_bytes()


def test_pix_and_pix_by_are_credit_labels(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "weavers.docx", _bureau_word_file(tmp_path))
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("A weaver at work on a loom in Ẹdẹ on Friday.", "Ọlájùmọ̀kẹ́ Àyìndé"),
        ("Rolls of aso oke stacked at the weavers' hall.", "Bísí Ọ̀ṣọ́/Eko Standard"),
    ]


def test_a_from_byline_and_a_report_line_in_yoruba_letters_name_their_people(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "weavers.docx", _bureau_word_file(tmp_path))
    assert draft.byline == ("Ọlájùmọ̀kẹ́ Àyìndé",)
    assert draft.dateline == ""
    assert [c.name for c in draft.contributors] == ["Bísí Ọ̀ṣọ́"]
    assert not any("From " in p or "Additional report" in p for p in draft.paragraphs)

"""A Word file laid out in text boxes (a newsletter made from Word's template: the masthead,
the story and the captions each in a box, nothing outside them) is read box by box, where the
converter alone finds no text at all; a file with text of its own keeps its boxes out."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from newsroom.filing.reader import read_draft

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def _box(n: int, paragraphs: list[tuple[str, str]]) -> str:
    inner = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{text}</w:t></w:r></w:p>"
        for style, text in paragraphs
    )
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="6400800" cy="1097280"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n}" name="Box {n}"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>'
        f"{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


STORY = [
    ("Heading1", "Lake owners vote to form a sanitary district"),
    ("Normal", "By Marta Lind"),
    (
        "Normal",
        "Property owners voted 112 to 47 on Nov. 14 to ask the county to create a sanitary "
        "district for the lake.",
    ),
    ("Normal", "The vote followed two summers of septic inspections."),
]


def _newsletter(tmp_path: Path, outside: str = "") -> Path:
    document = docx.Document()
    masthead = document.add_paragraph()
    masthead._p.append(
        parse_xml(
            _box(1, [("Title", "The Lake Loon"), ("Normal", "Winter 2026 • Volume 12, Issue 4")])
        )
    )
    story = document.add_paragraph(outside)
    story._p.append(parse_xml(_box(2, STORY)))
    path = tmp_path / "loon.docx"
    document.save(str(path))
    return path


def test_a_newsletter_laid_out_in_text_boxes_is_read_box_by_box(tmp_path: Path) -> None:
    draft = read_draft(_newsletter(tmp_path))[1]
    assert draft.headline == "Lake owners vote to form a sanitary district"
    assert draft.byline == ("Marta Lind",)
    assert draft.paragraphs[-1] == "The vote followed two summers of septic inspections."


def test_a_file_with_its_own_text_keeps_its_boxes_out(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Council approves the budget", level=1)
    document.add_paragraph("By Ana Ruiz")
    document.add_paragraph(
        "The council approved a $41 million budget on Monday after three hearings, with two "
        "members voting no because of the cost of the new fire station."
    )
    quote = document.add_paragraph(
        "The fire station will be paid for from reserves, the mayor said."
    )
    quote._p.append(parse_xml(_box(3, [("Normal", "We could not wait another year.")])))
    path = tmp_path / "budget.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert draft.headline == "Council approves the budget"
    assert not any("another year" in p for p in draft.paragraphs)  # (a pull quote's box)

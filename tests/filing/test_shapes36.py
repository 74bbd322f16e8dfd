# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-sixth filing round reads right: a wire item's ninjs JSON saved as text,
its pictures in its associations."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import body_text, filed_draft

NINJS_ITEM = {
    "guid": "urn:newsml:wire.example:20260211:5501",
    "uri": "https://api.wire.example/items/urn:newsml:wire.example:20260211:5501",
    "type": "text",
    "version": "2",
    "language": "en",
    "slugline": "PORT-GRAIN/SILOS",
    "usageterms": "Clients only. No resale.",
    "headline": "Grain silos at Port Carrow reopen after three-month repair",
    "description_text": "Farmers had trucked wheat 200 km inland while the silos were shut",
    "byline": "Tomasz Wrona and Ines Barreto",
    "ednote": "CORRECTS: spelling of harbour master's name in para 3",
    "sign_off": "TW/IB/KL",
    "authors": [
        {"name": "Tomasz Wrona", "role": "writer", "biography": "Ports correspondent, based in Carrow."},
        {"name": "Ines Barreto", "role": "writer", "biography": "Agriculture writer for the wire."},
    ],
    "body_html": (
        "<p>PORT CARROW, Feb 11 (Wire) \u2013 The two grain silos at Port Carrow took their first"
        " wheat in three months on Wednesday, after repairs to a cracked conveyor.</p>\n"
        "<p>Farmers said the closure had cost them \u201cweeks of haulage\u201d to inland stores.</p>\n"
        '<!-- EMBED START Image {id: "editor_0"} -->\n<figure>\n'
        '<img src="https://media.wire.example/conveyor.jpg" alt="A steel conveyor rising to a silo" />\n'
        "<figcaption>The rebuilt conveyor at the east silo, Feb 11.</figcaption>\n</figure>\n"
        '<!-- EMBED END Image {id: "editor_0"} -->\n'
        "<h2>QUEUES EASE</h2>\n"
        "<p>Harbour master Olwen Pryce said lorries were being cleared within the hour.</p>\n"
        "<p>(Reporting by Tomasz Wrona; Additional reporting by Caio Mendes; Editing by Ruth Abiodun)</p>"
    ),
    "associations": {
        "featuremedia": {
            "type": "picture",
            "headline": "Silos at dawn",
            "description_text": "Lorries wait outside the Port Carrow silos on Feb 11.",
            "alt_text": "A line of lorries beside two concrete towers",
            "byline": "Ines Barreto/Wire",
            "usageterms": "Editorial use only.",
            "renditions": {"original": {"href": "https://media.wire.example/lorries.jpg"}},
        },
        "editor_0": {
            "type": "picture",
            "description_text": "The rebuilt conveyor at the east silo, Feb 11.",
            "alt_text": "A steel conveyor rising to a silo",
            "byline": "Tomasz Wrona/Wire",
            "renditions": {"original": {"href": "https://media.wire.example/conveyor.jpg"}},
        },
    },
}


def test_a_ninjs_item_saved_as_text_is_read_as_the_story_it_carries(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "silos.txt", json.dumps(NINJS_ITEM, indent=2))
    assert draft.headline == "Grain silos at Port Carrow reopen after three-month repair"
    assert draft.dek == "Farmers had trucked wheat 200 km inland while the silos were shut"
    assert set(draft.byline) == {"Tomasz Wrona", "Ines Barreto"}
    assert draft.dateline == "PORT CARROW, Feb 11 (Wire)"
    assert draft.paragraphs[0].startswith("PORT CARROW, Feb 11 (Wire) \u2013 The two grain silos")
    assert "## QUEUES EASE" in draft.paragraphs
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Lorries wait outside the Port Carrow silos on Feb 11.", "Ines Barreto/Wire", "A line of lorries beside two concrete towers"),
        ("The rebuilt conveyor at the east silo, Feb 11.", "Tomasz Wrona/Wire", "A steel conveyor rising to a silo"),
    ]
    assert {c.name for c in draft.contributors} == {"Caio Mendes", "Ruth Abiodun"}
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for field in ("PORT-GRAIN/SILOS", "CORRECTS:", "TW/IB/KL", "Clients only", "Ports correspondent", "EMBED", "urn:newsml"):
        assert field not in text

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-sixth filing round reads right: a flat-file CMS's content file (Pico's)
with its meta header's keys in capitals, the lead image in a theme's own fields beside
it, a byline the site's template fills and headings carrying their ids."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from tests.helpers import filed_draft

PICO_FILE = """---
Title: Harbour crane returns to the old quay after refit
Description: The 1931 steam crane was stripped, sandblasted and painted in its first colours over two winters
Author: Tomasz Wierzba
Date: 2026-02-14
Template: article
Robots: noindex,nofollow
Image: "%assets_url%/news/crane-lift.jpg"
ImageAlt: A black steam crane lowered onto rails by a mobile crane
ImageCaption: The refitted crane is set back on its rails at the old quay on Friday.
ImageCredit: "Photo: Ola Brekke"
Tags: [harbour, heritage]
Hidden: false
---

*By %meta.author%, museum volunteer*

**KIRKVIK** – The steam crane that loaded herring barrels at Kirkvik's old quay for forty years was lifted back onto its rails on Friday, after two winters in the museum's shed.

Volunteers stripped the crane to its frame, sandblasted every plate and painted it in the green and red it wore when it was new.

## Two winters in the shed {#two-winters}

The harbour trust paid for the paint and the new rails, and a shipyard lent its sandblaster.

"We found the builder's plate under six coats of grey," said Eira Lund, who led the work.
"""


def _filed(tmp_path: Path) -> Draft:
    return filed_draft(tmp_path, "crane.md", PICO_FILE)


def test_a_pico_meta_header_s_capitalised_keys_are_the_story_s_fields(tmp_path: Path) -> None:
    draft = _filed(tmp_path)
    assert draft.headline == "Harbour crane returns to the old quay after refit"
    assert draft.dek == (
        "The 1931 steam crane was stripped, sandblasted and painted in its first colours over two winters"
    )
    assert draft.byline == ("Tomasz Wierzba",)
    assert draft.dateline == "KIRKVIK"
    assert draft.paragraphs[0].startswith("KIRKVIK – The steam crane that loaded herring barrels")


def test_a_theme_s_image_fields_beside_the_image_give_the_lead_picture(tmp_path: Path) -> None:
    pictures = _filed(tmp_path).images
    assert len(pictures) == 1
    assert pictures[0].caption == "The refitted crane is set back on its rails at the old quay on Friday."
    assert pictures[0].credit == "Ola Brekke"
    assert pictures[0].alt == "A black steam crane lowered onto rails by a mobile crane"


TEMPLATED_BYLINE = """---
title: Ferry timetable adds a late boat on Fridays
author: Ines Calado
---

_By {{ page.author }}, harbour office_

The ferry to Ilha Verde will run a last boat at 23:10 on Fridays from April, the harbour office said on Monday.

Islanders had asked for a late boat for years so that they could see a film or a match in town.
"""


def test_a_byline_the_template_fills_is_neither_dek_nor_body(tmp_path: Path) -> None:
    for name, text in (("crane.md", PICO_FILE), ("ferry.md", TEMPLATED_BYLINE)):
        draft = filed_draft(tmp_path, name, text)
        assert "author" not in draft.dek
        assert not any("author" in p for p in draft.paragraphs)
        assert len(draft.byline) == 1


def test_a_heading_s_id_is_no_part_of_its_words(tmp_path: Path) -> None:
    paragraphs = _filed(tmp_path).paragraphs
    assert "## Two winters in the shed" in paragraphs
    assert not any("{#two-winters}" in p for p in paragraphs)


CLICK_NAMES = """Gemsbok count on the Fish River plateau finds herds growing

By Hendrik ǃGarisab

AUS – Game guards counted 412 gemsbok on the plateau this month, up from 297 two years ago, the conservancy said on Tuesday.

The count was done on foot and from two vehicles over three days, the conservancy's chairperson, Sophia ǁHoebes, said.

Additional reporting by Petrus ǂKhomob in Bethanie.
"""


def test_names_opening_with_a_click_letter_are_people(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "gemsbok.txt", CLICK_NAMES)
    assert draft.byline == ("Hendrik ǃGarisab",)
    assert [c.name for c in draft.contributors] == ["Petrus ǂKhomob"]
    assert not any("Additional reporting" in p for p in draft.paragraphs)

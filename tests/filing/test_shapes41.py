# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-first filing round reads right: a community blog's Markdown post, its
cover image given by the front matter and captioned by an italic 'Cover:' line over the
text, and its byline naming the writer and then his group; a Word vox pop, its headshots
side by side in a table's cells, each over its own line, and one plural credit line under
them all; an association's blog page whose readers' comments sit in a box its site builder
names in camelCase ('commentsContainer') and a crosshead in its text saying what comes
next ('Next: ...'); a sports federation's story with its results listed under it, each
match's line ending on its sets' scores; a listed company's release page, its legal notice
under 'Forward-Looking Statements' as long as a paragraph of prose; a federation's thanks to
its sponsors closing its own news."""

from __future__ import annotations

import io
from pathlib import Path

from tests.filing.test_file import png
from tests.helpers import filed_draft

COVER_POST = """---
title: Pupils map every streetlight in Ashcombe with a phone app
published: false
description: A coding club's weekend project finds one lamp in five out of order
tags: civictech, mapping
cover_image: https://uploads.example.org/articles/lamp-survey-cover.jpg
---

_Cover: Club members check a broken lamp on Quarry Lane on Saturday evening. Photo: Milo Varga_

**By Petra Lindqvist, Ashcombe Code Collective**

Twelve pupils from Ashcombe mapped all 840 streetlights in the town over one weekend, and found that 171 of them did not work.

The club wrote a small phone app that records each lamp's position and a photograph, and sent the list to the council on Monday.

![Two pupils photograph a lamp post](https://uploads.example.org/articles/lamp-post.jpg)
<figcaption>Two pupils photograph a lamp post on the high street. Photo: Milo Varga</figcaption>

The council said it would repair the lamps by the end of April.
"""


def test_a_cover_line_over_the_text_captions_the_front_matter_s_cover_image(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lamps.md", COVER_POST)
    assert [(p.name, p.caption, p.credit) for p in draft.images] == [
        (
            "lamp-survey-cover.jpg",
            "Club members check a broken lamp on Quarry Lane on Saturday evening.",
            "Milo Varga",
        ),
        ("lamp-post.jpg", "Two pupils photograph a lamp post on the high street.", "Milo Varga"),
    ]


def test_a_group_named_after_the_writer_in_the_byline_is_no_writer(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "lamps.md", COVER_POST)
    assert draft.byline == ("Petra Lindqvist",)


def _vox_pop_word_file(tmp_path: Path) -> bytes:
    """A stringer's Word file: a story whose vox pop sets three headshots in one table row,
    each cell a picture over a bold line, and a credit line for them all under the table."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Bus fares to rise in Oakvale from May", style="Title")
    doc.add_paragraph(
        "OAKVALE — Bus fares in Oakvale will rise by ten cents from May, the transit board said on Monday."
    )
    doc.add_paragraph("The board said the rise would pay for two new routes to the hospital.")
    doc.add_paragraph("What riders say", style="Heading 2")
    row = doc.add_table(rows=1, cols=3).rows[0]
    for cell, line in zip(
        row.cells,
        (
            "Iris Okafor, nurse, Eastgate",
            "Tobias Wren, student, Millbrook",
            "Ruth Amsel, baker, Old Town",
        ),
        strict=True,
    ):
        cell.paragraphs[0].add_run().add_picture(io.BytesIO(png()))
        cell.add_paragraph().add_run(line).bold = True
    doc.add_paragraph().add_run("Vox pop photos: Lena Fairweather").italic = True
    doc.add_paragraph(
        "Iris Okafor, nurse: \u201cTen cents a ride adds up over a month of night shifts.\u201d"
    )
    doc.add_paragraph(
        "Tobias Wren, student: \u201cIf the new route runs on time, I will pay it.\u201d"
    )
    path = tmp_path / "base.docx"
    doc.save(str(path))
    return path.read_bytes()


def test_a_row_of_headshots_in_table_cells_is_captioned_by_each_cell_s_line(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "fares.docx", _vox_pop_word_file(tmp_path))
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Iris Okafor, nurse, Eastgate", "Lena Fairweather"),
        ("Tobias Wren, student, Millbrook", "Lena Fairweather"),
        ("Ruth Amsel, baker, Old Town", "Lena Fairweather"),
    ]
    assert (
        draft.paragraphs[-1]
        == "Tobias Wren, student: \u201cIf the new route runs on time, I will pay it.\u201d"
    )
    assert not any(
        "Vox pop photos" in p or p == "Iris Okafor, nurse, Eastgate" for p in draft.paragraphs
    )


ASSOCIATION_POST = """<!DOCTYPE html>
<html><head><title>Library van returns to Glenholm villages</title></head><body>
<div id="pageBody">
  <h1 class="postTitle">Library van returns to Glenholm villages</h1>
  <div class="postText">
    <p>GLENHOLM – The mobile library will visit nine villages in the Glenholm valley again from April, after members of the Friends of Glenholm Library raised £18,000 to refit the old van.</p>
    <p>The van stopped running in 2023 when its heating and shelving failed an inspection.</p>
    <h3>Next: a reading room in Kirkbrae</h3>
    <p>Volunteer driver Agnes Pollock said the first route would run every second Tuesday, and that the group now hoped to open a small reading room in the old Kirkbrae school.</p>
  </div>
  <div class="postFooter commentsContainer">
    <h4>Comments</h4>
    <div class="commentItem"><div class="commentAuthor">Hamish Reid | 3 Mar 2026 9:10 AM</div>
    <div class="commentBody">Brilliant news, my mother has missed the van terribly.</div></div>
    <div class="commentItem"><div class="commentAuthor">Isla Munro | 4 Mar 2026 6:45 PM</div>
    <div class="commentBody">Count me in as a reserve driver.</div></div>
  </div>
</div>
</body></html>
"""


def test_a_comment_box_named_in_camel_case_is_no_part_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "van.html", ASSOCIATION_POST)
    assert draft.paragraphs[-1].startswith("Volunteer driver Agnes Pollock said")
    assert not any(
        "Brilliant news" in p or "Isla Munro" in p or "reserve driver" in p
        for p in draft.paragraphs
    )


def test_a_next_crosshead_between_the_story_s_paragraphs_is_kept(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "van.html", ASSOCIATION_POST)
    assert draft.paragraphs[-2] == "## Next: a reading room in Kirkbrae"


RESULTS_PAGE = """<!DOCTYPE html>
<html><head><title>Harbour pair win Westport beach tennis open</title></head><body>
<div class="newsItemElement">
  <h2>Harbour pair win Westport beach tennis open</h2>
  <div class="newsAuthor">By Corin Haldane</div>
  <div class="newsText">
    <p>WESTPORT – Mara Quill and Elsie Dunmore won the Westport beach tennis open on Sunday, coming from a set down to beat the top seeds in front of a full stand.</p>
    <p>The pair lost the first set 6-4 before winning the next two, and take the points lead in the national series with two events left.</p>
    <p><strong>RESULTS</strong><br>
    Women’s final: Quill/Dunmore (HAR) d. Pike/Orme (LAK) 21-18, 19-21, 15-12<br>
    Men’s final: Tarrant/Bell (WES) d. Noakes/Venn (HAR) 21-19, 21-17</p>
    <p>The next event is at Cliffhaven from June 6 to 8.</p>
  </div>
</div>
</body></html>
"""


def test_a_sports_story_s_results_lines_and_their_heading_are_agate(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "open.html", RESULTS_PAGE)
    assert draft.images == ()
    assert draft.paragraphs[-1] == "The next event is at Cliffhaven from June 6 to 8."
    assert not any("RESULTS" in p or "final:" in p for p in draft.paragraphs)


RELEASE_WITH_NOTICE = """<!DOCTYPE html>
<html><head><title>Press Release Details</title></head><body>
<div class="module_container">
  <h2 class="module_headline">Fenwick Mills opens second flour line at Saltash</h2>
  <div class="module_body">
    <p><strong>SALTASH, England, April 7, 2026</strong> – Fenwick Mills plc today opened a second flour line at its Saltash mill, doubling the site's output.</p>
    <p>The line cost £9 million and will take wheat from 60 farms in Cornwall and Devon.</p>
    <p>Chief executive Harriet Lowe said the mill would hire 25 more people by the autumn.</p>
    <p><b>Forward-Looking Statements</b></p>
    <p>This announcement contains forward-looking statements, including statements about the company's output, hiring plans and the timing of further investment at its mills. These statements reflect current expectations and are subject to risks and uncertainties, including harvests, energy prices and demand, that could cause actual results to differ materially from those expressed. The company undertakes no obligation to update them.</p>
  </div>
</div>
</body></html>
"""


def test_a_long_forward_looking_notice_under_its_heading_is_no_part_of_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "mill.html", RELEASE_WITH_NOTICE)
    assert (
        draft.paragraphs[-1]
        == "Chief executive Harriet Lowe said the mill would hire 25 more people by the autumn."
    )


def test_a_federation_s_thanks_to_its_sponsors_under_its_news_is_no_part_of_the_story(
    tmp_path: Path,
) -> None:
    page = RESULTS_PAGE.replace(
        "<p>The next event is at Cliffhaven from June 6 to 8.</p>",
        "<p>The next event is at Cliffhaven from June 6 to 8.</p>\n"
        "    <p><em>The WBTA thanks Gull Point Cider and Harrow Tyres for their continued support of the open series.</em></p>",
    )
    draft = filed_draft(tmp_path, "open.html", page)
    assert draft.paragraphs[-1] == "The next event is at Cliffhaven from June 6 to 8."

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the sixty-ninth pass, aimed at the forty-sixth and
forty-seventh filing rounds: a Domino release's title in a larger `<font>`, the press office's
list of its other releases, a photographs' credit line, and their near shapes.

Precision holes (ordinary documents misread):

- PLACEHOLDER
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread

FONT_PARAGRAPHS = """<html><head><title>Mill reopens</title></head><body>
<table><tr><td>
<font size="5"><b>Mill reopens</b></font><br><br>
<font size="4">The old flour mill at Brackwater reopened on Saturday after three years of repairs, the trust that owns it said.</font><br><br>
<font size="4">Volunteers rebuilt the wheel and replaced the roof with slates from a quarry nearby.</font><br><br>
<font size="4">"It turns again," said Maren Tolle, who chairs the trust.</font>
</td></tr></table></body></html>
"""


def test_a_page_whose_paragraphs_are_set_in_a_larger_font_keeps_its_headline(
    tmp_path: Path,
) -> None:
    """An old page sets its text in `<font size="4">` and its short title in a larger one:
    the first paragraph is no headline for being of four words in a large font."""
    draft = _read(tmp_path, "mill.html", FONT_PARAGRAPHS)
    assert draft.headline == "Mill reopens"
    assert draft.paragraphs[0].startswith("The old flour mill at Brackwater reopened")
    assert len(draft.paragraphs) == 3


LEDE_IN_LARGER_FONT = """<html><head><title>Bridge to close for two weeks</title></head><body>
<table><tr><td>
<font size="3"><b>Bridge to close</b></font><br><br>
<font size="4">The Ostrey footbridge will close for repairs from Monday, the county council said on Thursday.</font><br><br>
<font size="3">Walkers will be sent by the road bridge, a detour of about a kilometre.</font><br><br>
<font size="3">"We are sorry for the trouble," said Lena Haas, who leads the works.</font>
</td></tr></table></body></html>
"""


def test_a_lede_set_in_a_larger_font_is_no_headline(tmp_path: Path) -> None:
    """The story's first sentence set large, as an intro is, ends with its full stop: it
    is the story's opening, not its title."""
    draft = _read(tmp_path, "bridge.html", LEDE_IN_LARGER_FONT)
    assert draft.headline == "Bridge to close"
    assert draft.paragraphs[0].startswith("The Ostrey footbridge will close")


FONT_AROUND_THE_PAGE = """<html><head><title>Council news</title></head><body>
<font face="Arial" size="4">
<p><b>Bridge to close for two weeks</b></p>
<p>The Ostrey footbridge will close for repairs from Monday, the county council said on Thursday.</p>
<p>Walkers will be sent by the road bridge, a detour of about a kilometre.</p>
<p>"We are sorry for the trouble," said Lena Haas, who leads the works.</p>
</font></body></html>
"""


def test_a_font_tag_around_the_whole_page_is_no_headline(tmp_path: Path) -> None:
    """A `<font>` that sets the size of the whole page holds its paragraphs: it is no title
    (the page was refused as holding no story)."""
    draft = _read(tmp_path, "council.html", FONT_AROUND_THE_PAGE)
    assert draft.headline == "Bridge to close for two weeks"
    assert len(draft.paragraphs) == 3


ROUNDUP_WITH_OTHER_NEWS = """Council approves new budget for Harbourside

By Priya Ramdass

HARBOURSIDE — The town council approved a budget of 14 million for next year on Tuesday night, with more money for roads and the library.

The library will open on Sundays from March, said the council's chair, Tomas Brenner.

Roads in the east of the town will be resurfaced over the summer.

Other news

The council also named a new clerk, Ines Kamara, who has worked for the county for twelve years.

It agreed to plant forty trees along the river path in the autumn.

A meeting on the harbour wall will be held on 3 March at the town hall.
"""


def test_a_council_roundup_s_other_news_crosshead_keeps_the_items_under_it(
    tmp_path: Path,
) -> None:
    """'Other news' over the rest of a meeting's business is the story's crosshead, not a
    press office's list of its other releases."""
    draft = _read(tmp_path, "budget.txt", ROUNDUP_WITH_OTHER_NEWS)
    assert draft.paragraphs[-1] == "A meeting on the harbour wall will be held on 3 March at the town hall."
    assert any(p.startswith("The council also named a new clerk") for p in draft.paragraphs)

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-first filing round reads right: a company's announcement saved as Word's
HTML, its bullets' markers drawn for browsers that cannot draw a list's."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

WORD_HTML_ANNOUNCEMENT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Trading Update | Northmoor Quarries plc</title></head><body>
<nav><a href="/">Home</a> <a href="/investors">Investors</a></nav>
<div class="announcement">
<h1>Northmoor Quarries Reports Record Winter Output</h1>
<p class="MsoNormal"><span lang="EN-GB">Northmoor Quarries plc, the aggregates producer, today reports its output for the three winter months to the end of February.</span></p>
<p class="MsoNormal"><b><u><span lang="EN-GB">Highlights</span></u></b></p>
<p class="MsoListParagraphCxSpFirst" style="margin-left:36.0pt;text-indent:-18.0pt"><![if !supportLists]><span lang="EN-GB" style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang="EN-GB">Crushed stone sales rose by a fifth to 410,000 tonnes</span></p>
<p class="MsoListParagraphCxSpLast" style="margin-left:36.0pt;text-indent:-18.0pt"><![if !supportLists]><span lang="EN-GB" style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang="EN-GB">The new washing plant at Harrowfield ran for its first full season</span></p>
<p class="MsoNormal"><span lang="EN-GB">The board expects the full year to end in line with its guidance.</span></p>
</div>
</body></html>
"""


def test_word_html_bullets_read_without_the_markers_drawn_for_them(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "update.html", WORD_HTML_ANNOUNCEMENT)
    assert "Crushed stone sales rose by a fifth to 410,000 tonnes" in draft.paragraphs
    assert "The new washing plant at Harrowfield ran for its first full season" in draft.paragraphs
    assert "·" not in body_text(draft)

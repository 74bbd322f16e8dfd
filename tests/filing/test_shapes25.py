# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-fifth filing round reads right: a page's text its style never shows, ..."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


UNSHOWN = """<html><head><title>Levee study finds weak spots - Delta Institute</title></head><body>
<nav class="breadcrumbs"><a href="/">Home</a> <a href="/news">News</a> <span>Levee study finds weak spots along river road</span></nav>
<main><article>
<div class="above-title"><span class="page-tags" style="display: none"><span itemprop="name">Levee study finds weak spots along river road</span>
<span itemprop="description">Sonar and core samples found more seepage than expected.</span>
<span itemprop="url">https://delta.example.edu/news/levee-study</span></span></div>
<h1>Levee study finds weak spots along river road</h1>
<div class="byline">by <a href="/author/jdoe">Jana Doe</a></div>
<p class="documentDescription">Sonar surveys and core samples by the Delta Institute found more seepage under the old levee than a 2018 study did.</p>
<p>MARROW BEND, La. — Engineers at the Delta Institute have found six weak spots along the levee that carries River Road, according to a study released Monday.</p>
<p>The parish asked for the study after water seeped under the road twice last spring, the parish president said.</p>
<p>Repairs could begin next summer if the state pays for them, she said.</p>
</article></main></body></html>
"""


def test_text_a_page_s_style_never_shows_is_not_read(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "levee.html", UNSHOWN)
    assert "https://delta.example.edu" not in body + draft.dek
    assert not any("delta.example.edu" in text for _, text in draft.stripped)


def test_plone_s_description_paragraph_is_the_dek(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "levee.html", UNSHOWN)
    assert draft.dek.startswith("Sonar surveys and core samples by the Delta Institute")
    assert body.startswith("MARROW BEND, La. — Engineers")

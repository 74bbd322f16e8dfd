# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fiftieth filing round reads right: a page saved from Magnolia's author instance,
its editor's bars and boxes around every component and its header's labels in two languages
('Oleh / By:', 'Gambar / Photos:', 'Foto / Photo:')."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

MAGNOLIA_AUTHOR_PAGE = """<!DOCTYPE html><html><head><title>Ferry pier - Berita / News</title></head><body>
<header class="site-header"><a href="/">Utama / Home</a> <a href="/berita">Berita / News</a></header>
<main class="article">
<!-- cms:area name="header" label="Header" -->
<div class="mgnlEditorBar mgnlEditor area init"><div class="mgnlEditorBarLabel" title="Header">Header</div></div>
<!-- cms:component content="website:/dept/en/berita/pier/header/0" label="Article header" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Article header">Article header</div></div>
<header class="article-header">
<p class="article-header__date">Selasa, 3 Mac 2026 / Tuesday, 3 March 2026</p>
<h1 class="article-header__title">Muara ferry pier gets a second floating landing</h1>
<p class="article-header__lead">The new landing lets two boats load at once during the morning rush, the port office said.</p>
<div class="article-header__meta">
<p class="article-header__author"><span class="label">Oleh / By:</span> Rahimah Osman Jaludin, Unit Komunikasi Korporat</p>
<p class="article-header__photos"><span class="label">Gambar / Photos:</span> Firdaus Kamaluddin</p>
</div></header>
<!-- /cms:component -->
<!-- cms:component content="website:/dept/en/berita/pier/main/00" label="Text and Image" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Text and Image">Text and Image</div></div>
<div class="text-section">
<p>A second floating landing opened at the Muara ferry pier on Monday, so that two boats can take on passengers at the same time during the busiest hour of the morning.</p>
<p>Queues on the pier had stretched past the ticket booth on weekday mornings since the route to the islands was extended last year, the port office said.</p>
</div>
<!-- /cms:component -->
<!-- cms:component content="website:/dept/en/berita/pier/main/01" label="Image" -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Image">Image</div></div>
<figure class="image-block">
<img src="./pier_files/landing.jpg" alt="A floating landing beside a timber pier at low tide" width="1200" height="675">
<figcaption><span class="image-block__caption">The new landing on its first morning.</span>
<span class="image-block__credit">Foto / Photo: Jabatan Pelabuhan</span></figcaption>
</figure>
<!-- /cms:component -->
<div class="mgnlEditorBar mgnlEditor component init"><div class="mgnlEditorBarLabel" title="Text and Image">Text and Image</div></div>
<div class="text-section">
<p>The landing cost B$240,000 and was built in Labuan over four months.</p>
</div>
<div class="mgnlEditorPlaceholder component"><div class="mgnlEditorPlaceholderElements">New Main component</div></div>
</main>
<footer>Hak Cipta Terpelihara © 2026</footer>
</body></html>
"""


def test_a_magnolia_author_page_s_bilingual_labels_and_editor_bars(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "pier.html", MAGNOLIA_AUTHOR_PAGE)
    assert draft.headline == "Muara ferry pier gets a second floating landing"
    assert draft.dek.startswith("The new landing lets two boats load at once")
    assert list(draft.byline) == ["Rahimah Osman Jaludin"]
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Firdaus Kamaluddin", "Gambar / Photos: Firdaus Kamaluddin")
    ]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The new landing on its first morning.",
            "Jabatan Pelabuhan",
            "A floating landing beside a timber pier at low tide",
        )
    ]
    text = body_text(draft)
    for furniture in ("Text and Image", "Article header", "New Main component", "Unit Komunikasi"):
        assert furniture not in text
    assert draft.paragraphs[0].startswith("A second floating landing opened")
    assert draft.paragraphs[-1] == "The landing cost B$240,000 and was built in Labuan over four months."

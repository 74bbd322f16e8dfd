# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-second filing round reads right: a release on a Bloomreach newsroom, its
box of media downloads (thumbnails of the story's pictures again, file names and sizes)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

BLOOMREACH_RELEASE = """<!DOCTYPE html><html><head><title>Pipeline release</title></head><body>
<div class="hst-container"><div class="hst-container-item">
<article class="article">
<h1 class="article__title">Harbour pipeline to be lifted in two sections</h1>
<p class="article__intro">The old export line will come ashore in pieces over the dry season, the operator said.</p>
<figure class="article__hero"><picture>
<source srcset="/site/binaries/op%3Awide/content/gallery/op/2026/02/pipeline-barge.jpg" media="(min-width: 800px)">
<img src="/site/binaries/op%3Alandscape/content/gallery/op/2026/02/pipeline-barge.jpg" alt="A crane barge beside a buoy at sea">
</picture>
<figcaption><span class="caption">The crane barge at the pipeline's seaward end.</span> <span class="credit">Image: OPC/Rina Salleh</span></figcaption></figure>
<div class="article__body">
<p><strong>MUARA, 4 February 2026 –</strong> The operator will lift its disused export pipeline from the harbour floor in two sections between May and August, it said on Wednesday.</p>
<p>The line carried condensate to the terminal for thirty years and was flushed and filled with seawater in 2022.</p>
<p>Divers will cut it at the midpoint before the barge raises each half onto a cargo deck.</p>
</div>
<section class="media-downloads" aria-labelledby="dl">
<h2 id="dl">Media downloads</h2>
<ul class="media-downloads__list">
<li class="media-downloads__item"><img src="/site/binaries/op%3Athumbnail/content/gallery/op/2026/02/pipeline-barge.jpg" alt="" width="160" height="90">
<span class="media-downloads__name">pipeline-barge.jpg</span> <span class="media-downloads__size">JPG, 5.2 MB</span>
<a class="media-downloads__link" href="/site/binaries/content/gallery/op/2026/02/pipeline-barge.jpg" download>Download image</a></li>
<li class="media-downloads__item"><span class="media-downloads__name">Operator logo pack</span> <span class="media-downloads__size">ZIP, 1.9 MB</span>
<a class="media-downloads__link" href="/site/binaries/content/assets/op/logo-pack.zip" download>Download file</a></li>
</ul></section>
<p class="article__back"><a href="/en/newsroom">Back to media releases</a></p>
</article>
</div></div>
<footer>© 2026 Operator</footer>
</body></html>
"""


def test_a_bloomreach_release_s_media_downloads_are_not_its_pictures(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "pipeline.html", BLOOMREACH_RELEASE)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "The crane barge at the pipeline's seaward end.",
            "OPC/Rina Salleh",
            "A crane barge beside a buoy at sea",
        )
    ]
    text = body_text(draft)
    assert text.endswith("raises each half onto a cargo deck.")
    for furniture in ("Media downloads", "pipeline-barge.jpg", "5.2 MB", "logo pack"):
        assert furniture not in text

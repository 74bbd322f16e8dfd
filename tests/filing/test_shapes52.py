# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the fifty-second filing round reads right: a release on a Bloomreach newsroom, its
box of media downloads (thumbnails of the story's pictures again, file names and sizes); a
school site's news item on Blackboard Web Community Manager, its title and teaser in the
Headlines app's markup under the school's name, its photographer credited with a form of
address ('Cikgu') and a post ('Head of Art and Design'), and its notice to parents; and a
web shop's blog post on BigCommerce's Cornerstone theme, its thumbnail's alt the post's
title, the shop's product cards under it and the story again in Malay after a heading; and a
sports council's page exported from Adobe Muse, its headline, standfirst and crosshead set as
paragraphs of one styled run."""

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


BLACKBOARD_ITEM = """<!DOCTYPE html><html lang="en"><head>
<title>Primary 5 choir wins district folk song contest / Headlines &amp; Features</title>
<meta property="og:title" content="Primary 5 choir wins district folk song contest">
</head><body>
<div id="sw-mystart-outer" class="sw-mystart"><a class="sw-skipnav" href="#sw-maincontent">Skip to Main Content</a>
<div class="sw-mystart-nav"><a href="/site/Default.aspx?PageType=7">Sign In</a></div></div>
<header id="gb-header">
<div class="gb-sitename"><h1 class="gb-school-name">Bukit Cempaka Primary School</h1>
<p class="gb-tagline">Belajar, Berbakti · Learn, Serve</p></div>
</header>
<div id="sw-content-layout1">
<div id="module-content-2040" class="ui-widget app headlines">
<div class="ui-widget-header"><h1>Headlines &amp; Features</h1></div>
<div class="ui-widget-detail">
<div class="ui-article">
<h1 class="ui-article-title sw-article-title">Primary 5 choir wins district folk song contest</h1>
<p class="ui-article-date sw-article-date"><span>April 14, 2026</span></p>
<div class="ui-article-teaser"><p>Twenty-four pupils sang two old harvest songs in three-part harmony and beat eleven other schools.</p></div>
<div class="ui-article-description">
<p>The Primary 5 choir won the district folk song contest at the community hall on Saturday, singing two harvest songs their teachers learned from the village elders.</p>
<p><img class="sw-image" src="/cms/lib/XX0100/Centricity/Domain/4/choir.jpg" alt="Pupils in green uniforms sing on a stage" width="720" height="480"></p>
<p style="text-align:center;"><em>The choir on stage in the final round. (Photo: School Arts Department)</em></p>
<p>The judges gave the choir full marks for diction and praised its soloist, who is ten.</p>
<p>The choir will sing at the district's Teachers' Day assembly next month.</p>
<p><em>Photographs by Cikgu Hamidah Yusof Salleh, Head of Art and Design.</em></p>
<p><strong>Parents:</strong> the concert forms went home on Monday. Please sign and return them by 20 April.</p>
</div></div>
<div class="ui-article-controls"><a href="/Domain/4">Return to Headlines</a></div>
</div></div>
<div id="module-content-2041" class="ui-widget app headlines-list">
<div class="ui-widget-header"><h2>Other Headlines</h2></div>
<div class="ui-widget-detail"><ul class="ui-articles">
<li><div class="ui-article"><h3 class="ui-article-title"><a href="/site/default.aspx?PageType=3&amp;FlexDataID=310">Year 2 pupils visit the fire station</a></h3><p class="ui-article-date">April 02, 2026</p></div></li>
</ul></div></div>
</div>
<footer id="sw-footer-outer"><div id="sw-footer-copyright">Copyright © 2002-2026 Blackboard, Inc.</div></footer>
</body></html>
"""


def test_a_blackboard_headlines_item_s_title_and_teaser(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "choir.html", BLACKBOARD_ITEM)
    assert draft.headline == "Primary 5 choir wins district folk song contest"
    assert draft.dek == (
        "Twenty-four pupils sang two old harvest songs in three-part harmony and beat eleven "
        "other schools."
    )
    text = body_text(draft)
    for furniture in (
        "Bukit Cempaka Primary School",
        "Learn, Serve",
        "Headlines & Features",
        "Other Headlines",
        "fire station",
    ):
        assert furniture not in text
    assert text.startswith("The Primary 5 choir won the district folk song contest")


def test_a_photographer_s_form_of_address_and_post_are_no_names(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "choir.html", BLACKBOARD_ITEM)
    assert [(c.name, c.line) for c in draft.contributors] == [
        (
            "Hamidah Yusof Salleh",
            "Photographs by Cikgu Hamidah Yusof Salleh, Head of Art and Design.",
        )
    ]


def test_a_school_s_notice_to_parents_under_its_news_item(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "choir.html", BLACKBOARD_ITEM)
    text = body_text(draft)
    assert "concert forms" not in text
    assert text.endswith("Teachers' Day assembly next month.")


BIGCOMMERCE_POST = """<!DOCTYPE html><html><head><title>Rattan baskets reach a Perth shop - Anyaman Tutong</title></head><body>
<header class="header"><nav class="navUser"><a href="/compare">Compare</a> <a href="/login.php">Sign in or Register</a> <a href="/cart.php">Cart</a></nav></header>
<article class="blog">
<div class="blog-post-figure"><figure class="blog-thumbnail"><a href="/blog/rattan-baskets-reach-a-perth-shop/">
<img src="https://cdn11.bigcommerce.com/s-abc123/images/stencil/80w/uploaded_images/baskets.jpg" alt="Rattan baskets reach a Perth shop" title="Rattan baskets reach a Perth shop" class="lazyload">
</a></figure></div>
<div class="blog-post-body">
<header class="blog-header"><p class="blog-date">12th Apr 2026</p>
<h1 class="blog-title"><a href="/blog/rattan-baskets-reach-a-perth-shop/">Rattan baskets reach a Perth shop</a></h1></header>
<div class="blog-post">
<p><strong>By Nurul Ain Latif</strong></p>
<p>Forty rattan baskets woven by six women in Kampong Keriam went on sale this week in a homeware shop in Perth, the village's first order from Australia.</p>
<p>The shop's owner found the baskets at a craft fair in Bandar Seri Begawan last year and asked for a sample of each of the four sizes the weavers make.</p>
<p>Each basket takes two days to weave, and the rattan is cut, split and dried by the weavers' husbands in the forest behind the village.</p>
<p><img src="https://cdn11.bigcommerce.com/s-abc123/product_images/uploaded_images/weaver.jpg" alt="Hands weave strips of rattan into a round base" width="800" height="533"></p>
<p><em>A weaver starts the base of a laundry basket. (Photo: Anyaman Tutong)</em></p>
<p>"We never thought our baskets would travel so far," said the group's leader, who has woven for forty years.</p>
<hr>
<h2>Versi Bahasa Melayu</h2>
<p><strong>Oleh Nurul Ain Latif</strong></p>
<p>Empat puluh bakul rotan yang dianyam oleh enam orang wanita di Kampong Keriam mula dijual minggu ini di sebuah kedai di Perth.</p>
<p>Setiap bakul mengambil masa dua hari untuk dianyam, dan rotan dipotong, dibelah dan dikeringkan oleh suami-suami penganyam.</p>
<p>"Kami tidak pernah menyangka bakul kami akan pergi sejauh itu," kata ketua kumpulan tersebut.</p>
</div>
<p class="blog-author">Posted by Anyaman Tutong</p>
</div>
</article>
<div data-content-region="blog_post_below"><section class="productCarousel-wrap"><h2 class="page-heading">Shop the story</h2>
<ul class="productGrid"><li class="product"><article class="card">
<figure class="card-figure"><img src="https://cdn11.bigcommerce.com/s-abc123/images/stencil/500x659/products/7/11/laundry-basket.jpg" alt="Laundry Basket, Large" title="Laundry Basket, Large"></figure>
<div class="card-body"><h3 class="card-title"><a href="/laundry-basket-large/">Laundry Basket, Large</a></h3><span class="price">B$45.00</span></div>
</article></li></ul></section></div>
<footer class="footer"><p>Powered by BigCommerce</p></footer>
</body></html>
"""


def test_a_bigcommerce_post_s_thumbnail_and_product_cards(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "baskets.html", BIGCOMMERCE_POST)
    assert draft.headline == "Rattan baskets reach a Perth shop"
    assert list(draft.byline) == ["Nurul Ain Latif"]
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("", "", ""),
        (
            "A weaver starts the base of a laundry basket.",
            "Anyaman Tutong",
            "Hands weave strips of rattan into a round base",
        ),
    ]
    assert "Laundry Basket" not in body_text(draft)


def test_the_story_again_in_malay_after_its_heading_is_another_readership_s(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "baskets.html", BIGCOMMERCE_POST)
    text = body_text(draft)
    assert text.endswith("who has woven for forty years.")
    for other in ("Versi Bahasa Melayu", "Empat puluh bakul", "Kami tidak pernah", "Posted by"):
        assert other not in text


MUSE_PAGE = """<!DOCTYPE html><html class="nojs html css_verticalspacer" lang="ms-BN"><head>
<meta http-equiv="Content-type" content="text/html;charset=UTF-8"/>
<meta name="generator" content="2018.1.1.386"/>
<title>BERITA | Sepak Takraw 2026</title>
<link rel="stylesheet" type="text/css" href="css/site_global.css?crc=443350757"/>
</head><body>
<div class="clearfix" id="page"><!-- group -->
<div class="clearfix grpelem" id="u204-4"><!-- content --><p id="u204-2">MAJLIS SUKAN DAERAH BELAIT</p></div>
<div class="clearfix colelem" id="u980-4"><!-- content --><p id="u980-2">BERITA &nbsp;|&nbsp; 2 Apr 2026</p></div>
<div class="clearfix colelem" id="u990-4"><!-- content --><p id="u990-2"><span id="u990">Labi youth take district sepak takraw cup</span></p></div>
<div class="clearfix colelem" id="u995-4"><!-- content --><p id="u995-2"><span id="u995">A team of three from the Labi youth club won all five of their matches without dropping a set.</span></p></div>
<div class="clearfix colelem" id="u1002-12"><!-- content -->
<p id="u1002-3"><span id="u1002">KUALA BELAIT, 1 April &#8211;</span> The Labi youth club won the Belait District sepak takraw cup on Saturday, beating the holders from Seria in a final that went to three sets.</p>
<p id="u1002-4">&nbsp;</p>
<p id="u1002-6">Sixteen teams from across the district played in the two-day tournament at the Kuala Belait sports complex.</p>
<p id="u1002-7">&nbsp;</p>
<p id="u1002-9"><span id="u1002-8">A first for Labi</span></p>
<p id="u1002-10">&nbsp;</p>
<p id="u1002-11">It was the first time a team from the interior had won the cup since it was first played in 1996.</p>
</div>
<div class="clearfix colelem" id="u1030-4"><!-- content --><p id="u1030-2">Hak Cipta &#169; 2026 Majlis Sukan Daerah Belait.</p></div>
</div>
</body></html>
"""


def test_an_adobe_muse_page_s_styled_paragraph_headings(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "takraw.html", MUSE_PAGE)
    assert draft.headline == "Labi youth take district sepak takraw cup"
    assert draft.dek == (
        "A team of three from the Labi youth club won all five of their matches without "
        "dropping a set."
    )
    assert draft.dateline == "KUALA BELAIT, 1 April"
    assert "## A first for Labi" in draft.paragraphs

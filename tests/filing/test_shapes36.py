# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-sixth filing round reads right: a wire item's ninjs JSON saved as text,
its pictures in its associations; a video platform's watch page copied as text, the story in
the video's description."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from tests.filing.test_file import png as _png
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


WATCH_PAGE = """Skip navigation
Search
Create

1:02 / 4:48
•
Harbour talk

Ferry crews walk out over night rosters | Valley Nine News
Valley Nine News
812K subscribers

Subscribed

904

Share

Save

9,730 views  2 days ago  #ValleyNine #Ferries
Ferry crews on the Carrow crossing stopped work on Monday morning, leaving about 3,000 commuters to find other ways across the estuary.

The crews' union said new rosters would have some deckhands working four night shifts in a row.

"Nobody signed up for that," said Dilys Morgan, a deckhand for eleven years.

Reported by Gethin Lloyd
Camera: Aled Price | Video editing: Sian Hughes

Watch more at https://news.valleynine.example
#ValleyNine #Ferries #Carrow

Chapters

View all

Intro
0:00
Transcript
Follow along using the transcript.
57 Comments
Sort by
@harbour_watcher
1 day ago
About time someone spoke up for the crews
14
Reply
Up next
Coastal path closed after landslip | Valley Nine News
"""


def test_a_copied_watch_page_s_description_is_the_story_under_the_video_s_title(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", WATCH_PAGE)
    assert draft.headline == "Ferry crews walk out over night rosters"
    assert draft.byline == ("Gethin Lloyd",)
    assert draft.dek == ""
    assert draft.paragraphs == (
        "Ferry crews on the Carrow crossing stopped work on Monday morning, leaving about 3,000 commuters to find other ways across the estuary.",
        "The crews' union said new rosters would have some deckhands working four night shifts in a row.",
        '"Nobody signed up for that," said Dilys Morgan, a deckhand for eleven years.',
    )
    assert draft.images == ()
    assert draft.contributors == ()


K2_ITEM = """<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>Bridge repairs close river road for six weeks</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head><body>
<div id="k2Container" class="itemView itemIsFeatured">
<div class="itemHeader">
<span class="itemDateCreated">Monday, 09 February 2026 09:15</span>
<h2 class="itemTitle">
  Bridge repairs close river road for six weeks
  <!-- Featured flag -->
  <span><sup>Featured</sup></span>
</h2>
<span class="itemAuthor">Written by&nbsp;<a rel="author" href="/itemlist/user/12-odamoreno">Oda Moreno</a></span>
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">font size</span><a href="#" id="fontDecrease"><span>decrease font size</span></a><a href="#" id="fontIncrease"><span>increase font size</span></a></li>
<li><a class="itemPrintLink" href="#"><span>Print</span></a></li>
<li><a class="itemCommentsLink k2Anchor" href="#itemCommentsAnchor">Be the first to comment!</a></li>
</ul></div>
<div class="itemRatingBlock"><span>Rate this item</span><div class="itemRatingForm">
<ul class="itemRatingList"><li><a href="#" title="1 star out of 5" class="one-star">1</a></li><li><a href="#" title="2 stars out of 5" class="two-stars">2</a></li></ul>
<div class="itemRatingLog">(3 votes)</div></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a class="modal" href="/media/k2/items/cache/abc_XL.jpg"><img src="/media/k2/items/cache/abc_L.jpg" alt="Bridge repairs close river road for six weeks" /></a></span>
<span class="itemImageCaption">Workers lift a cracked deck slab off the Marrow bridge on Saturday.</span>
<span class="itemImageCredits">Photo/Oda Moreno</span></div>
<div class="itemIntroText"><p>The river road between Dunmore and Kells will close for six weeks from Monday while engineers replace two deck slabs on the Marrow bridge.</p></div>
<div class="itemFullText"><p>Buses will run on the hill road instead, adding about 20 minutes to each trip, the roads office said.</p>
<p>"The slabs were poured in 1971 and they have done their work," said engineer Pol Varga.</p></div>
</div></div></body></html>
"""


def test_a_k2_item_s_featured_flag_toolbar_and_rating_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "bridge.html", K2_ITEM)
    assert draft.headline == "Bridge repairs close river road for six weeks"
    assert draft.dek == ""
    assert draft.byline == ("Oda Moreno",)
    assert draft.paragraphs == (
        "The river road between Dunmore and Kells will close for six weeks from Monday while engineers replace two deck slabs on the Marrow bridge.",
        "Buses will run on the hill road instead, adding about 20 minutes to each trip, the roads office said.",
        '"The slabs were poured in 1971 and they have done their work," said engineer Pol Varga.',
    )
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Workers lift a cracked deck slab off the Marrow bridge on Saturday.", "Oda Moreno", ""),
    ]


CREATOR_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market Traders Move Stalls After Drain Overflows - Voxa Creators</title></head><body>
<div id="app"><header class="vx-header"><a href="/">Voxa</a></header>
<main class="vx-page"><article class="vx-article">
<h1 class="vx-article__title">Market Traders Move Stalls After Drain Overflows For Third Week</h1>
<div class="vx-author-row">
  <img class="vx-avatar" src="https://img.voxa.example/avatar/77.jpg" alt="avatar" width="36" height="36">
  <div class="vx-author-row__meta">
    <a class="vx-author-row__name" href="/creator/MiraLund">Mira Lund</a>
    <span class="vx-badge vx-badge--creator">Star Creator</span>
    <div class="vx-author-row__sub"><span class="vx-time">11-02-2026 14:20</span> · <span class="vx-views">4.8k views</span></div>
  </div>
  <button class="vx-btn vx-btn--follow" type="button">+ Follow</button>
</div>
<div class="vx-article__content">
<p><b>HALDEN</b> — Traders at the east market moved their stalls to the car park on Tuesday after a blocked drain flooded the hall for the third week running.</p>
<p>The market's trader group said the council had promised to clear the drain in January.</p>
<p>“We lose a morning's sales every time,” said fishmonger Tove Ask.</p>
<p class="vx-supplied-by">Content created and supplied by: MiraLund (via Voxa Creator)</p>
</div>
<div class="vx-article__disclaimer"><p>Voxa is an open platform for creators. The opinions expressed in this article are those of the creator alone and are not those of Voxa. Posts appear as their creators submit them.</p></div>
</article></main></div></body></html>
"""


def test_a_creator_platform_s_author_row_badge_and_supplied_by_line_are_not_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "market.html", CREATOR_PAGE)
    assert draft.headline == "Market Traders Move Stalls After Drain Overflows For Third Week"
    assert draft.byline == ("Mira Lund",)
    assert draft.dek == ""
    assert draft.dateline == "HALDEN"
    assert draft.paragraphs == (
        "HALDEN — Traders at the east market moved their stalls to the car park on Tuesday after a blocked drain flooded the hall for the third week running.",
        "The market's trader group said the council had promised to clear the drain in January.",
        "“We lose a morning's sales every time,” said fishmonger Tove Ask.",
    )


AGGREGATOR_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Norway: Tromso Ferry Yards Wait for Steel As Orders Pile Up - Nordwire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Norway: Tromso Ferry Yards Wait for Steel As Orders Pile Up","author":{"@type":"Organization","name":"The Arctic Ledger"}}</script>
</head><body>
<article class="story">
<header class="story-header">
<h1 class="headline"><span class="country-label">Norway:</span> Tromso Ferry Yards Wait for Steel As Orders Pile Up</h1>
<div class="publisher-block">
<a class="publisher-logo" href="/publisher/arctic_ledger/"><img src="/static/publishers/arcticledger.png" alt="The Arctic Ledger (Tromso)" width="150" height="40"></a>
<div class="publisher-meta"><div class="publisher-name"><a href="/publisher/arctic_ledger/">The Arctic Ledger (Tromso)</a></div><div class="publication-date">12 February 2026</div></div>
</div>
<div class="byline">By Sigrid Halvorsen</div>
</header>
<div class="story-body">
<p>Tromso &mdash; Two ferry yards on the island have stopped laying keels because the steel plate they ordered in the autumn has not arrived, their owners said on Wednesday.</p>
<p>The yards employ about 300 people in Tromso and build most of the small car ferries that serve the fjord villages.</p>
<p>&ldquo;We have the men and the orders, but not the plate,&rdquo; said yard owner Henrik Dahl.</p>
</div>
<div class="read-original">Read the original article on <a href="https://arcticledger.example/ferry-yards">The Arctic Ledger</a>.</div>
<div class="story-copyright"><p>Copyright &copy; 2026 The Arctic Ledger. All rights reserved. Distributed by Nordwire (nordwire.example). To contact the copyright holder directly for corrections &mdash; or for permission to republish or make other authorised use of this material, <a href="/contact/">click here</a>.</p></div>
<div class="publisher-notice"><p>Nordwire carries reports from more than 80 Nordic news organisations. Each report is the responsibility of the publisher named above it; Nordwire does not edit or correct partner content.</p></div>
<div class="story-topics"><h3>Tagged:</h3><ul><li><a href="/norway/">Norway</a></li><li><a href="/shipbuilding/">Shipbuilding</a></li></ul></div>
</article></body></html>
"""


def test_an_aggregator_s_country_label_publisher_block_and_notices_are_not_the_partner_s_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "yards.html", AGGREGATOR_PAGE)
    assert draft.headline == "Tromso Ferry Yards Wait for Steel As Orders Pile Up"
    assert draft.dek == ""
    assert draft.byline == ("Sigrid Halvorsen",)
    assert draft.dateline == "Tromso"
    assert draft.paragraphs == (
        "Tromso — Two ferry yards on the island have stopped laying keels because the steel plate they ordered in the autumn has not arrived, their owners said on Wednesday.",
        "The yards employ about 300 people in Tromso and build most of the small car ferries that serve the fjord villages.",
        "“We have the men and the orders, but not the plate,” said yard owner Henrik Dahl.",
    )
    assert draft.images == ()


def test_a_dash_dateline_in_title_case_is_the_place_the_story_names_again(tmp_path: Path) -> None:
    text = (
        "Lake ice fishing contest called off after warm week\n\n"
        "By Pekka Virtanen\n\n"
        "Kuopio — The town's ice fishing contest will not go ahead on Saturday after a week of thaw left the ice on the bay too thin, organisers said.\n\n"
        "About 400 anglers had signed up to fish the bay in Kuopio, where the contest has run every winter since 1988.\n"
    )
    draft = filed_draft(tmp_path, "ice.txt", text)
    assert draft.dateline == "Kuopio"
    assert draft.paragraphs[0].startswith("Kuopio — The town's ice fishing contest")


PORTAL_REPORT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chad: Wells repaired before the hot season reach 90 villages | AidBoard</title></head><body>
<main><article class="ab-report">
<header class="ab-report__header">
<p class="ab-report__countries"><a href="/country/tcd">Chad</a></p>
<h1 class="ab-report__title">Wells repaired before the hot season reach 90 villages in Ouaddai</h1>
<dl class="ab-meta ab-meta--core">
<div class="ab-meta__item"><dt>Format</dt><dd><a href="/updates?f=news">News and Press Release</a></dd></div>
<div class="ab-meta__item"><dt>Source</dt><dd><a href="/organization/swa">Sahel Water Alliance</a></dd></div>
<div class="ab-meta__item"><dt>Posted</dt><dd><time datetime="2026-02-12T08:00:00+00:00">12 Feb 2026</time></dd></div>
<div class="ab-meta__item"><dt>Origin</dt><dd><a href="https://swa.example/news/wells">View original</a></dd></div>
</dl>
</header>
<section class="ab-attachment-list">
<figure class="ab-attachment-preview"><a href="/attachments/9c/SWA_wells_Feb2026.pdf"><img src="/attachments/9c/SWA_wells_Feb2026.pdf.png" alt="Preview of SWA_wells_Feb2026.pdf" width="220" height="311" /></a>
<figcaption><a href="/attachments/9c/SWA_wells_Feb2026.pdf">Download Press Release <span>(PDF | 201.4 KB)</span></a></figcaption></figure>
</section>
<div class="ab-report__content">
<p><em>Crews fixed pumps and lined shafts in the weeks before temperatures climb, so that herders need not walk to the river</em></p>
<p><strong>ABECHE, Chad, 11 February 2026</strong> – Repair crews have brought 140 village wells in Ouaddai province back into use ahead of the hot season, the Sahel Water Alliance said on Wednesday.</p>
<p>The wells serve about 90 villages whose herders would otherwise walk their animals up to a day to reach water.</p>
<p><img src="/files/2026-02/swa-pump.jpg" alt="A man turns the handle of a village pump" width="800" height="533" /></p>
<p><em>A repaired hand pump at Bir Taouil on 8 February. Photo: Sahel Water Alliance/Idriss Mahamat</em></p>
<p>“Last year we lost goats on the road to the river,” said herder Zakaria Abakar.</p>
</div>
</article></main></body></html>
"""


def test_a_portal_s_republished_release_is_read_without_the_portal_s_details_and_attachments(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "wells.html", PORTAL_REPORT)
    assert draft.headline == "Wells repaired before the hot season reach 90 villages in Ouaddai"
    assert draft.dek == "Crews fixed pumps and lined shafts in the weeks before temperatures climb, so that herders need not walk to the river"
    assert draft.byline == ()
    assert draft.dateline == "ABECHE, Chad, 11 February 2026"
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("A repaired hand pump at Bir Taouil on 8 February.", "Sahel Water Alliance/Idriss Mahamat", "A man turns the handle of a village pump"),
    ]
    assert draft.paragraphs == (
        "ABECHE, Chad, 11 February 2026 – Repair crews have brought 140 village wells in Ouaddai province back into use ahead of the hot season, the Sahel Water Alliance said on Wednesday.",
        "The wells serve about 90 villages whose herders would otherwise walk their animals up to a day to reach water.",
        "“Last year we lost goats on the road to the river,” said herder Zakaria Abakar.",
    )


HUGO_POST = """---
title: River gauge shows the Tarn at its lowest March level in thirty years
subtitle: Readings from three stations put the river a metre below its average for the month
authors:
  - Ilse Brandt
  - admin
image:
  caption: 'Exposed gravel bars below the Tarn weir on 2 March. Image credit: [**Jonas Weber**](https://lab.example/author/jonas-weber/)'
  alt_text: 'Dry gravel banks either side of a narrow stream'
  focal_point: 'Smart'
---

The River Tarn is lower this March than in any March since the gauge at Millford opened in 1995, our readings show.

Levels at the three stations we run fell through February, when less than a third of the usual rain fell on the catchment.

*Field measurements by Jonas Weber and Petra Lang.*
"""


def test_a_theme_s_featured_image_caption_gives_its_credit_after_its_label(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "index.md", HUGO_POST)
    assert draft.headline == "River gauge shows the Tarn at its lowest March level in thirty years"
    assert draft.dek == "Readings from three stations put the river a metre below its average for the month"
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Exposed gravel bars below the Tarn weir on 2 March.", "Jonas Weber", "Dry gravel banks either side of a narrow stream"),
    ]
    assert {c.name for c in draft.contributors} == {"Jonas Weber", "Petra Lang"}


def test_a_study_s_helpers_and_a_kenyan_additional_information_line_are_contributors(tmp_path: Path) -> None:
    text = (
        "Wetland birds return to the restored marsh\n\n"
        "By Olu Bankole\n\n"
        "NAIVASHA — Counts of waders on the restored marsh have doubled since the dykes were opened, a survey by the lake's research station found.\n\n"
        "The station counted 2,140 birds of 31 species in January, against 1,050 birds two years earlier.\n\n"
        "Wanjiku Mbugua, a field assistant at the station, contributed to the fieldwork for this study.\n\n"
        "Additional information by Kamau Njoroge, Gilgil.\n"
    )
    draft = filed_draft(tmp_path, "marsh.txt", text)
    assert draft.byline == ("Olu Bankole",)
    assert {c.name for c in draft.contributors} == {"Wanjiku Mbugua", "Kamau Njoroge"}
    assert not any("contributed to the fieldwork" in p or "Additional information" in p for p in draft.paragraphs)


def _inked_word_file(tmp_path: Path) -> bytes:
    """A Word file with a photo and its caption, and a pen's circle drawn on the page, which
    Word keeps as an ink part with a picture of the strokes as its fallback."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Ferry fares to rise from June", style="Title")
    doc.add_paragraph("Fares on the Mbita ferry will rise by a fifth from June, the operator said.")
    doc.add_picture(io.BytesIO(_png()))
    doc.add_paragraph("The Mbita ferry leaves the jetty on Monday. Photo: Akinyi Were")
    doc.add_paragraph("INKMARK The operator said the rise would pay for a second boat.")
    path = tmp_path / "base.docx"
    doc.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = parts["word/document.xml"].decode()
    picture = re.search(r"<w:drawing>.*?</w:drawing>", document, re.S)
    assert picture is not None
    ink = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        '<mc:Choice Requires="wpi"><w:drawing><wp:inline><a:graphic><a:graphicData'
        ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingInk">'
        '<w14:contentPart r:id="rId99"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
        f"</mc:Choice><mc:Fallback>{picture.group()}</mc:Fallback></mc:AlternateContent>"
    )
    document = document.replace("<w:t>INKMARK ", f"</w:r><w:r>{ink}</w:r><w:r><w:t>", 1)
    parts["word/document.xml"] = document.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_pen_s_ink_on_the_page_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.docx", _inked_word_file(tmp_path))
    assert [i.caption for i in draft.images] == ["The Mbita ferry leaves the jetty on Monday."]
    assert draft.paragraphs[-1] == "The operator said the rise would pay for a second boat."

# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the thirty-eighth filing round reads right: a paste site's page copied whole, a number
before every line of the paste; a company's press release in Word, its rupee signs typed in a
rupee font, its 'Key highlights' box over the story and its safe-harbour notice under it; a
django CMS blog's post, the section's name in the page's `<h1>` over the post's title and the
post's abstract under it; a manuscript Obsidian's Longform plugin compiled, each scene's title
set over it and its pictures embedded by name with an alt text or a width; a government press
office's release page, each photograph centred alone in a paragraph over a centred caption; a
business site's company story, a live price chip glued to each listed company's name; a legal
news portal's report of an order, a premium box in the story and the case's details under it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.helpers import body_text, filed_draft

PASTE_PAGE = """Skip to main content
SNIPDROP
+ new snip
tools   help   api
SIGN IN   JOIN

Ferry copy for the Coast Ledger - Ruth
A GUEST   FEB 9TH, 2026   31   0   1 WEEK
Not a member? Join to keep your snips.
text 2.10 KB | None | 0 0
raw download clone embed print report
1. Hi desk, my ferry story is below, photos went by mail. Ruth
2.
3. HEADLINE: Island ferry returns to Port Wenna after a winter in dry dock
4. SUB: Islanders had relied on a fishing boat for supplies since November
5. By Ruth Calloway
6.
7. Port Wenna, Feb 9: The island ferry Morwen sailed into Port Wenna on Monday for the first time since November, after repairs to her rudder took longer than planned.
8.
9. “We have waited twelve weeks for this,” said Tamsin Hoskin, who runs the island shop.
10.
11. The harbour board said the ferry would run twice a day until Easter.
12.
13. Ned Pascoe contributed reporting from St Kerran.
14.
15. PICS:
16. Pic 1 (IMG-0209-0044.jpg): The Morwen ties up at Port Wenna on Monday. (Pic by Ruth Calloway)
17. Pic 2 (IMG-0209-0051.jpg): The new rudder before it was fitted. (Photo courtesy: Wenna Boatyard)

Advertisement
Public Snips
Untitled
Python | 12 sec ago | 0.41 KB
create new snip  /  archive  /  faq
Site design © 2026 Snipdrop
"""


def test_a_paste_site_page_is_read_as_the_paste_its_numbered_lines_hold(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", PASTE_PAGE)
    assert draft.headline == "Island ferry returns to Port Wenna after a winter in dry dock"
    assert draft.dek == "Islanders had relied on a fishing boat for supplies since November"
    assert draft.byline == ("Ruth Calloway",)
    assert draft.dateline == "Port Wenna, Feb 9"
    assert draft.paragraphs[0].startswith("Port Wenna, Feb 9: The island ferry Morwen sailed")
    assert "The harbour board said the ferry would run twice a day until Easter." in draft.paragraphs
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("The Morwen ties up at Port Wenna on Monday.", "Ruth Calloway"),
        ("The new rudder before it was fitted.", "Photo courtesy: Wenna Boatyard"),
    ]
    assert {c.name for c in draft.contributors} == {"Ned Pascoe"}
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("Ferry copy for the Coast Ledger", "A GUEST", "raw download", "Hi desk", "Public Snips", "Snipdrop", "HEADLINE:"):
        assert chrome not in text
    assert not any(p[:3].rstrip(".").isdigit() for p in draft.paragraphs)


def test_a_numbered_list_in_a_typed_story_keeps_its_numbers(tmp_path: Path) -> None:
    story = (
        "Council sets out three road repairs\n\nBy Ann Lee\n\n"
        "KILCARRAN — The council named the roads it will mend first.\n\n"
        "1. Mill Lane\n2. Quay Street\n3. Church Road\n4. Back Lane\n5. Shore Road\n6. Bell Hill\n\n"
        "Work starts in May.\n"
    )
    draft = filed_draft(tmp_path, "roads.txt", story)
    assert "Work starts in May." in draft.paragraphs
    assert "KILCARRAN — The council named the roads it will mend first." in draft.paragraphs


def _run(text: str, font: str = "") -> str:
    """A run of Word text, in `font` when one is given."""
    props = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _paragraph(*runs: str, style: str = "Normal") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(runs)}</w:p>'


def _word_file(*paragraphs: str) -> bytes:
    """A Word file of the paragraphs given as WordprocessingML, written as Word writes its parts."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{"".join(paragraphs)}</w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


RELEASE_OPENING = (
    "Pune, February 12, 2026: Sahyadri Pumps Ltd on Thursday opened a foundry at Chakan that will cast 40,000 pump bodies a year for its export range, the company said in a statement to the exchanges.",
    "The foundry employs 210 people and runs on power from a rooftop solar plant of 3 MW, which the company said would meet about a third of its needs through the year.",
    "Managing director Anil Gokhale said orders from farm equipment makers in East Africa had doubled in two years and the new capacity would be sold out by the end of the year.",
)


def test_a_rupee_font_s_grave_accents_are_rupee_signs(tmp_path: Path) -> None:
    data = _word_file(
        _paragraph(_run("Sahyadri Pumps opens "), _run("`", "Rupee Foradian"), _run("310-crore foundry at Chakan"), style="Title"),
        *(_paragraph(_run(text)) for text in RELEASE_OPENING),
        _paragraph(_run("The shares closed at "), _run("`", "Rupee Foradian"), _run(" 842.10 on the BSE, while the price of the ` key on old typewriters stayed where it was.")),
    )
    draft = filed_draft(tmp_path, "foundry.docx", data)
    assert draft.headline == "Sahyadri Pumps opens \u20b9310-crore foundry at Chakan"
    assert draft.paragraphs[-1] == "The shares closed at \u20b9 842.10 on the BSE, while the price of the ` key on old typewriters stayed where it was."


def test_a_release_s_key_highlights_box_over_the_story_is_left_out(tmp_path: Path) -> None:
    data = _word_file(
        _paragraph(_run("Sahyadri Pumps opens export foundry at Chakan"), style="Title"),
        _paragraph(_run("Key highlights:")),
        _paragraph(_run("Foundry to cast 40,000 pump bodies a year"), style="ListBullet"),
        _paragraph(_run("210 people employed at Chakan"), style="ListBullet"),
        _paragraph(_run("Rooftop solar plant of 3 MW"), style="ListBullet"),
        *(_paragraph(_run(text)) for text in RELEASE_OPENING),
    )
    draft = filed_draft(tmp_path, "foundry.docx", data)
    assert draft.dateline == "Pune, February 12, 2026"
    assert draft.paragraphs[0] == RELEASE_OPENING[0]
    assert "Key highlights" not in body_text(draft)


def test_a_release_s_safe_harbour_statement_is_its_legal_notice(tmp_path: Path) -> None:
    data = _word_file(
        _paragraph(_run("Sahyadri Pumps opens export foundry at Chakan"), style="Title"),
        *(_paragraph(_run(text)) for text in RELEASE_OPENING),
        _paragraph(_run("-ENDS-")),
        _paragraph(_run("Safe Harbour Statement")),
        _paragraph(_run("Some statements in this release about the company's plans and prospects are forward-looking statements, which carry risks that could make actual results differ from those the statements suggest; the company does not undertake to revise them.")),
    )
    draft = filed_draft(tmp_path, "foundry.docx", data)
    assert draft.paragraphs == RELEASE_OPENING
    assert "Safe Harbour" not in body_text(draft)


DJANGO_BLOG_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kelp forest returns to Ardmore reef after urchin cull - Updates - Southern Reef Trust</title></head>
<body><header><nav><a href="/en/">Southern Reef Trust</a><ul><li><a href="/en/about/">About</a></li><li><a href="/en/updates/">Updates</a></li></ul></nav></header>
<main class="container"><div class="page-header"><h1>Updates</h1></div>
<section class="blog-list"><article class="post-item post-detail"><header>
<h2>Kelp forest returns to Ardmore reef after urchin cull</h2>
<ul class="post-detail"><li>by <a href="/en/updates/author/ines-moreau/">Ines Moreau</a></li><li>9 February 2026</li></ul>
</header>
<div class="blog-visual"><img src="/media/filer_public_thumbnails/kelp.jpg__800x450_q85.jpg" alt="Kelp fronds swaying over a rocky reef"></div>
<div class="blog-lead"><p>Divers counted kelp on 60 per cent of the reef, up from a tenth two years ago.</p></div>
<div class="blog-content">
<p>Kelp has grown back over most of the Ardmore reef two years after volunteers began removing purple urchins, the trust said on Monday.</p>
<p>The urchins had stripped the reef bare after a marine heatwave in 2022 killed the starfish that ate them.</p>
<p>Volunteers will go on diving each month until the autumn.</p>
</div></article></section></main>
<footer><p>Built with django CMS</p></footer></body></html>
"""


def test_a_blog_post_under_its_section_s_heading_is_read_by_its_own_title(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "kelp.html", DJANGO_BLOG_POST)
    assert draft.headline == "Kelp forest returns to Ardmore reef after urchin cull"
    assert draft.dek == "Divers counted kelp on 60 per cent of the reef, up from a tenth two years ago."
    assert draft.byline == ("Ines Moreau",)
    assert draft.paragraphs[0].startswith("Kelp has grown back over most of the Ardmore reef")
    assert "Updates" not in body_text(draft)


LONGFORM_MANUSCRIPT = """---
title: Shearing season (working title)
author: Mere Tawhiri
workflow: Default Workflow
---

## 00 Opening

# Shearing gangs short of hands as season starts

*Contractors in the Mackenzie Basin say they are 40 shearers down on last year*

By Mere Tawhiri

## 01 The woolshed

At first light on Monday the woolshed at Glenmore Station was half empty, its stands waiting for shearers who had not come.

![[woolshed-0209.jpg|Shearers bent over sheep on a wooden board]]

*The board at Glenmore Station on Monday. Photo: Mere Tawhiri*

## 02 Who is missing

### Across the Tasman

Contractor Hemi Rangi said many of his younger shearers had gone to Australia, where the pay was better.

![[pens-0209.jpg|800]]

*Sheep in the pens waiting for the gang. Photo: Aroha Kemp*

## 99 Notes for desk (do not compile)

- Stand count checked with Hemi
- Second pic is Aroha's
"""


def test_a_compiled_manuscript_s_scene_titles_and_left_out_scene_are_no_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "shearing.md", LONGFORM_MANUSCRIPT)
    assert draft.headline == "Shearing gangs short of hands as season starts"
    assert draft.paragraphs == (
        "At first light on Monday the woolshed at Glenmore Station was half empty, its stands waiting for shearers who had not come.",
        "## Across the Tasman",
        "Contractor Hemi Rangi said many of his younger shearers had gone to Australia, where the pay was better.",
    )
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("The woolshed", "Who is missing", "Notes for desk", "Stand count", "Second pic"):
        assert chrome not in text


def test_an_embedded_picture_s_width_after_its_bar_is_no_alt_text(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "shearing.md", LONGFORM_MANUSCRIPT)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("The board at Glenmore Station on Monday.", "Mere Tawhiri", "Shearers bent over sheep on a wooden board"),
        ("Sheep in the pens waiting for the gang.", "Aroha Kemp", ""),
    ]


RELEASE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press Release: Ministry of Ports</title></head>
<body><form method="post" action="./PressRelease.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzA2" />
<div class="innner-page-main-about-us-content-right-part">
<h2 style="text-align:center">Ministry opens cold-storage terminal at Kandla for fish exports</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: 12 FEB 2026 3:05PM by PIB Ahmedabad</div>
<p style="text-align:justify">The Ministry of Ports on Thursday opened a cold-storage terminal at Kandla port that can hold 6,000 tonnes of frozen fish for export.</p>
<p style="text-align:justify">The terminal will cut the time fish consignments wait at the port from four days to one, the ministry said.</p>
<p style="text-align:center"><img src="https://static.example.gov.in/userfiles/image/kandla01.jpg" style="height:400px; width:600px" /></p>
<p style="text-align:center">The Secretary of the ministry opening the terminal at Kandla on February 12, 2026.</p>
<p style="text-align:justify">Exporters from Veraval and Porbandar have booked half of its space for the coming season.</p>
<p style="text-align:center"><img src="https://static.example.gov.in/userfiles/image/kandla02.jpg" style="height:400px; width:600px" /></p>
<p style="text-align:center">Reefer containers stacked at the new terminal.</p>
<p style="text-align:center">***</p>
</div></form></body></html>
"""


def test_a_centred_paragraph_under_a_picture_centred_alone_is_its_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "kandla.html", RELEASE_PAGE)
    assert draft.headline == "Ministry opens cold-storage terminal at Kandla for fish exports"
    assert [(i.caption, i.credit) for i in draft.images][:2] == [
        ("The Secretary of the ministry opening the terminal at Kandla on February 12, 2026.", ""),
        ("Reefer containers stacked at the new terminal.", ""),
    ]
    assert "Exporters from Veraval and Porbandar have booked half of its space for the coming season." in draft.paragraphs
    assert not any(p.startswith(("The Secretary of the ministry", "Reefer containers")) for p in draft.paragraphs)


BUSINESS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Deccan Tiles to shut Morbi kiln for upgrade | Bourse Daily</title></head>
<body><header><nav><a href="/">Bourse Daily</a> <a href="/markets/">Markets</a></nav></header>
<main><article>
<h1>Deccan Tiles to shut Morbi kiln for two months to cut gas use</h1>
<h2 class="summary">The tile maker expects the upgrade to lower its fuel bill by a fifth</h2>
<div class="author-row">By <a href="/author/kavya-iyer">Kavya Iyer</a></div>
<a class="google-pref" href="https://www.google.com/preferences/source?q=boursedaily.example">Add Bourse Daily as a preferred source on Google</a>
<div class="story-body">
<p><a href="/stocks/deccan-tiles-share-price" class="stock-name">Deccan Tiles Ltd</a><span class="stock-chip" data-symbol="DECTILE"><span class="chip-price">₹842.30</span> <span class="chip-change">(+0.85%)</span></span> will shut the larger of its two kilns at Morbi for two months from April 1 to fit new burners, the company told the exchanges on Thursday.</p>
<div class="stock-widget" data-symbol="DECTILE"><div class="sw-price">₹842.30</div><div class="sw-change">+7.10 (+0.85%)</div><a href="/watchlist/add?s=DECTILE">Add to Watchlist</a></div>
<p>Its rival <a href="/stocks/konark-ceramics-share-price" class="stock-name">Konark Ceramics</a><span class="stock-chip" data-symbol="KONCER"><span class="chip-price">₹315.05</span> <span class="chip-change">(-1.20%)</span></span>, which also makes tiles in Morbi, finished a similar upgrade last year.</p>
<p>Deccan Tiles shares closed at ₹840.15 on Thursday.</p>
</div></article></main></body></html>
"""


def test_a_live_price_chip_glued_to_a_company_s_name_is_no_words_of_the_story(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tiles.html", BUSINESS_PAGE)
    assert draft.paragraphs == (
        "Deccan Tiles Ltd will shut the larger of its two kilns at Morbi for two months from April 1 to fit new burners, the company told the exchanges on Thursday.",
        "Its rival Konark Ceramics, which also makes tiles in Morbi, finished a similar upgrade last year.",
        "Deccan Tiles shares closed at ₹840.15 on Thursday.",
    )
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("₹842.30", "(-1.20%)", "Add to Watchlist", "preferred source"):
        assert chrome not in text


LEGAL_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry Licence Cannot Be Cancelled Without Hearing: Kerala High Court | Bench Notes</title></head>
<body><header><a href="/">Bench Notes</a></header>
<main><article class="story">
<h1>Ferry Licence Cannot Be Cancelled Without Hearing: Kerala High Court</h1>
<div class="author">By <a href="/author/anil-varghese">Anil Varghese</a></div>
<div class="story-content">
<p>The Kerala High Court has set aside the cancellation of a private ferry operator's licence at Vaikom, holding that the port officer should have heard the operator first.</p>
<div class="bn-premium-box"><h4>Get Bench Notes Premium</h4><p>Every judgment explained, with weekly digests. Plans from ₹149 a month.</p><a href="/premium">Subscribe Now</a></div>
<p>The operator, Thomas Kurian, had run the ferry across the lake for eleven years without a complaint.</p>
<p>The Court directed the port officer to restore the licence within a week.</p>
<div class="bn-case-details">
<p><strong>Case Title:</strong> Thomas Kurian v. Port Officer, Alappuzha</p>
<p><strong>Case No.:</strong> WP(C) No. 4410 of 2025</p>
<p><strong>Citation:</strong> 2026 BN (Ker) 77</p>
<a href="/pdf/kurian-order.pdf">Click Here To Read/Download Order</a>
</div></div></article></main></body></html>
"""


def test_a_legal_portal_s_premium_box_and_case_details_are_its_furniture(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.html", LEGAL_PAGE)
    assert draft.headline == "Ferry Licence Cannot Be Cancelled Without Hearing: Kerala High Court"
    assert draft.paragraphs[-1] == "The Court directed the port officer to restore the licence within a week."
    text = body_text(draft)
    for chrome in ("Premium", "Plans from", "Case Title", "Case No.", "Citation:", "2026 BN (Ker) 77"):
        assert chrome not in text


def test_a_long_numbered_line_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    import time

    from newsroom.filing.listing import numbered_paste

    text = "1. a" + " " * 100_000 + "b\n" + "".join(f"{n}.\n" for n in range(2, 9))
    start = time.process_time()
    found = numbered_paste(text)
    assert time.process_time() - start < 1.0
    assert found is not None and found[0].split("\n")[0] == "a" + " " * 100_000 + "b"


def test_runs_left_open_in_a_file_with_a_rupee_font_are_read_in_linear_time() -> None:
    import time

    from newsroom.filing.word import _RUPEE_RUN

    document = b'<w:rFonts w:ascii="Rupee Foradian"/>' + b"<w:r><w:rPr><w:b/>" * 20_000
    start = time.process_time()
    _RUPEE_RUN.findall(document)
    assert time.process_time() - start < 1.0


def test_scene_titles_with_long_runs_of_spaces_are_read_in_linear_time() -> None:
    import time

    from newsroom.filing.longform import scene_titles

    body = "".join(f"## {n:02d} Scene" + " " * 50_000 + "end\n\nText of the scene.\n\n" for n in range(4))
    start = time.process_time()
    kept, taken = scene_titles(body)
    assert time.process_time() - start < 1.0
    assert kept.count("Text of the scene.") == 4
    assert taken == [f"{n:02d} Scene end" for n in range(4)]

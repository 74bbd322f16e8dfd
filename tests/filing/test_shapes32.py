# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-second filing round reads right: a story saved as Rich Text and renamed
.txt (its control words, tables and pictures markup, its escaped accents and quotes text)."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft
from tests.filing.test_file import body
from tests.helpers import Clone


def read(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


RICH = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Georgia;}}
{\colortbl ;\red0\green0\blue255;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\qc\b\f1\fs36 Ferry crossing returns to two sailings a day\b0\f0\fs22\par
\pard\sa200\sl276\slmult1\qc\i The island council says the second boat is back in service after its refit\i0\par
\pard\sa200\sl276\slmult1\qc By Ren\'e9e Castonguay\par
\pard\sa200\sl276\slmult1\b PORT MILLAR \emdash \b0  The ferry to Grand \'cele will run twice a day again from Monday, the council said.\par
\pard\sa200\sl276\slmult1 The second boat\rquote s refit took three months longer than planned, according to {\field{\*\fldinst{HYPERLINK https://example.org/ferry-refit }}{\fldrslt{\ul\cf1 the council\rquote s notice}}}\ul0\cf0 .\par
\pard\sa200\sl276\slmult1\qc {\pict{\*\picprop}\pngblip\picw6350\pich4233\picwgoal3600\pichgoal2400
89504e470d0a1a0a0000000d49484452000000180000001008020000008346
}\par
\pard\sa200\sl276\slmult1\i The ferry leaves the Port Millar dock on Friday.\i0  (Photo: Joss Ardagh/Island Weekly)\par
\pard\sa200\sl276\slmult1 \ldblquote We have missed it every single morning,\rdblquote  said commuter Lise Tremblay.\par
\pard\sa200\sl276\slmult1 Fares stay the same until the end of the year.\par
}
"""


def test_a_rich_text_file_renamed_txt_is_read_as_rich_text(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "ferry.txt", RICH)
    assert draft.headline == "Ferry crossing returns to two sailings a day"
    assert draft.byline == ("Renée Castonguay",)
    assert draft.dateline == "PORT MILLAR"
    assert "The ferry to Grand Île will run twice a day again" in draft.paragraphs[0]
    assert "The second boat’s refit took three months longer than planned, according to the council’s notice." in draft.paragraphs
    assert "“We have missed it every single morning,” said commuter Lise Tremblay." in draft.paragraphs
    assert len(draft.images) == 1
    assert draft.images[0].caption == "The ferry leaves the Port Millar dock on Friday."
    assert draft.images[0].credit == "Joss Ardagh/Island Weekly"
    assert "rtf1" not in text and "pngblip" not in text and "HYPERLINK" not in text


def test_a_rich_text_story_is_filed_as_its_words(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "ferry.txt"
    path.write_text(RICH, encoding="cp1252")
    result = reporter.run("file", str(path), "--slug", "ferry-sailings")
    assert result.code == 0, result.text
    text = body(reporter, "ferry-sailings")
    assert "Fares stay the same until the end of the year." in text
    assert "\\par" not in text and "fonttbl" not in text


RADIO = "\r\n".join(
    [
        "RIVERBEND COMMUNITY RADIO - NEWSROOM",
        "WEB COPY (pronouncers in [brackets] are for the announcers; take them out before posting)",
        "Slug: BRIDGE",
        "",
        "HEADLINE: Footbridge over the Little Sauk reopens after a winter of repairs",
        "SUMMARY: Walkers and school buses had taken a six-kilometre detour since November. The new deck opened Tuesday.",
        "",
        "By Odile Papineau, Riverbend Community Radio",
        "",
        "BIRCH FALLS, Man. -- The footbridge over the Little Sauk River reopened Tuesday after four months of repairs.",
        "",
        "Public works manager Aurèle Dufault [doo-FOH], 52, said the crew replaced every plank of the deck and two of the cables.",
        "",
        "Students at the Birch Falls school had walked the long way round since November, said principal Marguerite Oakes-Lavallée [OHKS-la-va-LAY].",
        "",
        "Councillor Teodor Wnukowski [vnoo-KOV-skee] said the town will inspect the bridge every spring from now on.",
        "",
        "PHOTO 1: Aurèle Dufault [doo-FOH] walks the new deck on Tuesday. (Photo: Odile Papineau/Riverbend Community Radio)",
        "ALT 1: A man in a hard hat walks across a wooden footbridge over a frozen river.",
        "",
    ]
)


def test_a_broadcaster_s_pronouncers_are_left_out_of_the_web_copy(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "bridge.txt", RADIO, "utf-16")
    assert "Public works manager Aurèle Dufault, 52, said the crew replaced every plank of the deck and two of the cables." in draft.paragraphs
    assert "Councillor Teodor Wnukowski said the town will inspect the bridge every spring from now on." in draft.paragraphs
    assert "[doo-FOH]" not in text and "[vnoo-KOV-skee]" not in text
    assert draft.images[0].caption == "Aurèle Dufault walks the new deck on Tuesday."


def test_a_labelled_summary_is_the_dek_and_a_numbered_alt_line_the_alt(tmp_path: Path) -> None:
    draft = read(tmp_path, "bridge.txt", RADIO, "utf-16")[0]
    assert draft.dek == "Walkers and school buses had taken a six-kilometre detour since November. The new deck opened Tuesday."
    assert draft.images[0].alt == "A man in a hard hat walks across a wooden footbridge over a frozen river."


def test_a_radio_station_after_the_byline_s_comma_is_not_a_writer(tmp_path: Path) -> None:
    draft = read(tmp_path, "bridge.txt", RADIO, "utf-16")[0]
    assert draft.byline == ("Odile Papineau",)


NOTE_APP = """---
title: Wharf repairs start a month early after the January storm
date: 2026-03-02T09:00:00Z
---

*The harbour authority moved the work up so boats can land catch by the opening day.*
{: id="20260302090001-a1b2c3d" updated="20260302090001"}

By Yvon Arsenault
{: id="20260302090002-e4f5g6h" updated="20260302090002"}

ANSE-BLEUE, N.B. — Crews began rebuilding the east wharf on Monday, a month ahead of plan.
{: id="20260302090003-i7j8k9l" updated="20260302090003"}

Under ((20260228101010-m1n2o3p "the port's repair agreement")), the authority pays for the deck and the fishers' committee for the ladders.
{: id="20260302090004-q4r5s6t" updated="20260302090004"}

{{{col
{{{row
![A crane lifts a concrete block onto the wharf](assets/IMG_0101-20260302.jpg)
{: id="20260302090005-u7v8w9x" updated="20260302090005"}

*A crane sets a new block on the east wharf on Monday.* Photo: Yvon Arsenault
{: id="20260302090006-y1z2a3b" updated="20260302090006"}
}}}
{: id="20260302090007-c4d5e6f" updated="20260302090007"}

{{{row
![image](assets/IMG_0102-20260302.jpg)
{: id="20260302090008-g7h8i9j" updated="20260302090008"}

*The storm left a gap in the old deck in January.* (Courtesy of the harbour authority)
{: id="20260302090009-k1l2m3n" updated="20260302090009"}
}}}
{: id="20260302090010-o4p5q6r" updated="20260302090010"}
}}}
{: id="20260302090011-s7t8u9v" updated="20260302090011"}

The work has three parts, the authority said:
{: id="20260302090012-w1x2y3z" updated="20260302090012"}

* {: id="20260302090013-a4b5c6d" updated="20260302090013"}a new deck on the east wharf
* {: id="20260302090014-e7f8g9h" updated="20260302090014"}two steel ladders for the smaller boats
{: id="20260302090015-i1j2k3l" updated="20260302090015"}

{{SELECT * FROM blocks WHERE content LIKE '%quai%'}}
{: id="20260302090016-m4n5o6p" updated="20260302090016"}

The wharf should reopen on April 20.
{: id="20260302090017-q7r8s9t" updated="20260302090017"}

## Notes (pas pour publication)
{: id="20260302090018-u1v2w3x" updated="20260302090018"}

Rappeler le comité pour le coût des échelles.
{: id="20260302090019-y4z5a6b" updated="20260302090019"}
"""


def test_a_note_app_s_block_references_read_as_their_anchor_text(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "wharf.md", NOTE_APP)
    assert "Under the port's repair agreement, the authority pays for the deck and the fishers' committee for the ladders." in draft.paragraphs
    assert "20260228101010" not in text


def test_a_note_app_s_list_items_and_layout_marks_are_not_text(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "wharf.md", NOTE_APP)
    assert "* a new deck on the east wharf" in draft.paragraphs
    assert "{{{" not in text and "}}}" not in text and "SELECT" not in text
    assert [image.caption for image in draft.images] == [
        "A crane sets a new block on the east wharf on Monday.",
        "The storm left a gap in the old deck in January.",
    ]
    assert draft.images[1].alt == ""


def test_notes_marked_not_for_publication_in_french_are_left_out(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "wharf.md", NOTE_APP)
    assert draft.paragraphs[-1] == "The wharf should reopen on April 20."
    assert "Rappeler" not in text


ARTICLE_CMS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Library reopens - La Voix du Nord-Ouest</title></head>
<body>
<div class="page">
<div class="main">
<h1 class="surlignable">Village library reopens in the old bank</h1>
<p class="info-publi"><abbr class="published" title="2026-03-02T10:00:00Z">2 March 2026</abbr><span class="sep">, </span><span class="auteurs">by <span class="vcard author"><a class="url fn" href="spip.php?page=auteur&amp;id_auteur=3">Rosalie Thériault</a></span></span></p>
<div class="traductions"><p>This article is also available in: <span lang="fr"><a href="La-bibliotheque-rouvre" hreflang="fr">français</a></span></p></div>
<div class="chapo"><p>Volunteers moved 9,000 books over two weekends into the building the bank left in December.</p></div>
<div class="texte">
<p>SAINT-ISIDORE, Alta. – The village library opened its doors in the old bank on Saturday.</p>
<p>The move cost $48,000, most of it for shelving and a ramp at the front door.<span class="spip_note_ref">&nbsp;[<a href="#nb1" class="spip_note" rel="appendix" id="nh1">1</a>]</span></p>
<p>The old library building will be sold in the spring, the village said.</p>
</div>
<div class="notes"><h2>Notes</h2><div id="nb1">
<p><span class="spip_note_ref">[<a href="#nh1" class="spip_note" rev="appendix">1</a>] </span>Costs from the village council's budget, which the clerk shared with the paper.</p>
</div></div>
<div class="documents_joints"><h2>Attached documents</h2>
<ul><li><a href="IMG/pdf/budget.pdf">Council budget summary</a> <small>(PDF – 210 kB)</small></li></ul>
</div>
</div>
</div>
</body></html>
"""


def test_a_note_s_mark_and_the_notes_under_a_story_are_not_its_text(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "library.html", ARTICLE_CMS)
    assert "The move cost $48,000, most of it for shelving and a ramp at the front door." in draft.paragraphs
    assert "Costs from the village council's budget" not in text
    assert "Attached documents" not in text and "Council budget summary" not in text


def test_a_standfirst_named_chapo_is_the_dek_and_the_language_links_are_chrome(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "library.html", ARTICLE_CMS)
    assert draft.dek == "Volunteers moved 9,000 books over two weekends into the building the bank left in December."
    assert "also available in" not in text and "also available in" not in draft.dek


def test_a_byline_after_the_date_it_was_published_names_its_writer(tmp_path: Path) -> None:
    draft = read(tmp_path, "library.html", ARTICLE_CMS)[0]
    assert draft.byline == ("Rosalie Thériault",)


SHOW_NOTES = """<!DOCTYPE html>
<html><head><title>Episode 40: The ferry's last winter | Harbour Hour</title></head>
<body>
<h1 class="episode-title">The ferry's last winter</h1>
<div class="show-notes">
<p>By Tamsin Orr</p>
<p>CALVER ISLAND — The island's winter ferry will make its last run on Friday, the province said.</p>
<p>The route has lost money for nine years, and the new bridge opens in April.</p>
<p>"We will miss the crossing," said deckhand Ivo Brandt.</p>
</div>
</body></html>
"""


def test_a_podcast_page_s_show_notes_hold_the_story_not_a_story_s_notes(tmp_path: Path) -> None:
    draft = read(tmp_path, "ferry.html", SHOW_NOTES)[0]
    assert len(draft.paragraphs) == 3
    assert draft.byline == ("Tamsin Orr",)


RELEASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Funding for rural clinics - Canada.ca</title></head>
<body>
<main>
<h1>Government funds new equipment for four rural clinics in Manitoba</h1>
<p class="gc-byline"><strong>From: Department of Rural Affairs</strong></p>
<p class="h3">News release</p>
<p>February 9, 2026 – Fort Ames, Manitoba – Department of Rural Affairs</p>
<p>Today, the Minister of Rural Affairs announced $900,000 to replace X-ray machines and generators at four clinics.</p>
<p>The clinics serve about 12,000 people, most of them more than an hour's drive from a hospital.</p>
<p>Work will begin in June and end before winter.</p>
<h2>Associated links</h2>
<ul>
<li><a href="/en/rural-affairs/clinic-fund.html">Rural Clinic Equipment Fund</a></li>
<li><a href="/en/rural-affairs/mandate.html">Department of Rural Affairs – Our mandate</a></li>
</ul>
<h2>Contacts</h2>
<p>For more information (media only), please contact:</p>
<p>Ines Hallgrimson<br>Press Secretary<br>Office of the Minister of Rural Affairs<br>204-555-0131</p>
<p>Media Relations<br>Department of Rural Affairs<br>1-800-555-0177</p>
<section>
<h3>Did you find what you were looking for?</h3>
<a href="/report-problem.html">Report a problem or mistake on this page</a>
<dl><dt>Date modified:</dt><dd>2026-02-09</dd></dl>
</section>
</main>
</body></html>
"""


def test_a_release_s_date_place_and_department_line_is_no_dek(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "clinics.html", RELEASE)
    assert draft.dek == ""
    assert "Fort Ames, Manitoba" not in text
    assert draft.paragraphs[0].startswith("Today, the Minister of Rural Affairs announced")


def test_a_release_s_links_contacts_and_feedback_widget_are_chrome(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "clinics.html", RELEASE)
    assert "Work will begin in June and end before winter." in draft.paragraphs
    for chrome in ("Associated links", "Our mandate", "please contact", "Ines Hallgrimson", "Press Secretary", "204-555-0131", "Media Relations", "Did you find", "Report a problem", "Date modified"):
        assert chrome not in text, chrome


BLOG_POST = """<!DOCTYPE html>
<html><head><title>Net loft becomes a boat school - Maren Kask</title></head>
<body>
<div class="h-entry">
<h1 class="p-name">An old net loft becomes a school for wooden boats</h1>
<div class="e-content">
<p><em>Eight apprentices will spend two winters building a dory, the first built in the harbour in forty years.</em></p>
<p>Story and photos by Maren Kask</p>
<p><em>Editors: this story is free to run for Island Press Co-op members, with credit.</em></p>
<p>PETIT-DÉGRAT, N.S. — The net loft on the harbour road has held nothing but old buoys since 1998. This winter it holds a half-built dory.</p>
<p><img src="https://cdn.example/uploads/loft.jpg" alt="Two apprentices bend a steamed plank onto a dory's frames."></p>
<p><em>Apprentices fit the first plank on Tuesday.</em> Photo: Maren Kask</p>
<p>The school is run by a retired boatbuilder, who says the harbour has lost the trade in one generation.</p>
<p><img src="https://cdn.example/uploads/plan.jpg" alt=""></p>
<p><em>A plan of the finished dory.</em> (Drawing courtesy of the Harbour Boat School)</p>
<p>The dory should be in the water by June next year.</p>
</div>
</div>
</body></html>
"""


def test_story_and_photos_by_is_the_byline_not_a_picture_s_credit(tmp_path: Path) -> None:
    draft = read(tmp_path, "loft.html", BLOG_POST)[0]
    assert draft.byline == ("Maren Kask",)
    assert [image.caption for image in draft.images] == [
        "Apprentices fit the first plank on Tuesday.",
        "A plan of the finished dory.",
    ]


def test_a_drawing_s_credit_in_brackets_is_kept_whole_without_its_bracket(tmp_path: Path) -> None:
    draft = read(tmp_path, "loft.html", BLOG_POST)[0]
    assert draft.images[1].credit == "Drawing courtesy of the Harbour Boat School"
    assert draft.images[1].caption == "A plan of the finished dory."


def test_a_writer_s_note_that_the_story_is_free_to_run_is_chrome(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "loft.html", BLOG_POST)
    assert "free to run" not in text and "free to run" not in draft.dek
    assert draft.paragraphs[0].startswith("PETIT-DÉGRAT, N.S. — The net loft")


EPISODE = """<!DOCTYPE html>
<html><head><title>Episode 12: The mill's last shift | Valley Current</title></head>
<body>
<h1>The mill's last shift</h1>
<div class="episode-tabs">
<button role="tab" aria-controls="panel-notes" aria-selected="true">Show Notes</button>
<button role="tab" aria-controls="panel-transcript" aria-selected="false">Transcript</button>
<section role="tabpanel" id="panel-notes">
<p>By Wren Halloran</p>
<p>ASHFORD FALLS — The sawmill that employed three generations of the town ran its last shift on Friday.</p>
<p>The owners said the price of logs had doubled in five years.</p>
<p>"We always thought it would outlast us," said millwright Cal Dorsey.</p>
</section>
<section role="tabpanel" id="panel-transcript" hidden>
<p class="transcript__notice">This transcript was generated automatically and may contain errors.</p>
<p>good morning and welcome to the valley current</p>
<p>we always figured it would outlast us you know</p>
</section>
</div>
</body></html>
"""


def test_a_hidden_tab_s_transcript_is_not_the_story(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "mill.html", EPISODE)
    assert len(draft.paragraphs) == 3
    assert "generated automatically" not in text and "valley current" not in text

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-seventh filing round reads right: a Spanish-language agency's English
service pasted from its client area, a story pasted from a military public-affairs
distribution site, a Mexican paper's English edition and a partner's translation."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


AGENCY = """NOTISUR English Service | Subscribers
Latest  Peru  Bolivia  Economy  Photos
Logged in as: Valley Courier (US) · Log out

ECONOMY
03/04/2026 09:10 GMT · Priority: Normal · 402 words
Ver en español

Port workers in Callao end strike after wage deal with terminal operator

By Rodrigo Quispe

Villa de las Flores, Peru, Mar 4 (NTS).- Dock workers at the country's main port ended a three-day strike on Wednesday after the operator of its largest container terminal agreed to raise wages by 9 percent.

The strike had left more than 40 ships waiting offshore, the port authority said.

"We did not want to stop the port, but nobody listened until we did," union leader Ana Lucía Chávez told reporters.

The terminal operator said in a statement that work resumed at midnight.

(With reporting by Pilar Gómez in Lima)

RELATED PHOTOS (2)

NTS20260304-0711
Dock workers leave the port of Callao after a union assembly on Mar 4, 2026. NTS/Pilar Gómez
Download · Add to lightbox

NTS20260304-0725
Container ships wait off the coast of Callao, in a handout photo. NTS/Handout Port Authority
Restrictions: editorial use only. No sales.
Download · Add to lightbox

© Noticias del Sur 2026. All rights reserved.
"""


def test_a_link_to_the_story_in_the_other_language_is_no_headline(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "port.txt", AGENCY)
    assert draft.headline.startswith("Port workers in Callao end strike")
    assert draft.dek == ""
    assert not any("Ver en" in text for text in (draft.headline, draft.dek))


def test_a_spanish_agency_s_dateline_with_its_stop_and_hyphen(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "port.txt", AGENCY)
    assert draft.dateline == "Villa de las Flores, Peru, Mar 4 (NTS)"
    assert body.startswith("Villa de las Flores, Peru, Mar 4 (NTS).- Dock workers")


def test_an_agency_s_photo_list_keeps_no_ids_buttons_or_restrictions(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "port.txt", AGENCY)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Dock workers leave the port of Callao after a union assembly on Mar 4, 2026.", "NTS/Pilar Gómez", ""),
        ("Container ships wait off the coast of Callao, in a handout photo.", "NTS/Handout Port Authority", ""),
    ]
    for chrome in ("NTS20260304", "lightbox", "Restrictions:"):
        assert chrome not in body


GALLERY = """Skip to main content
An official website of the United States government

Home / News / Fort Arroyo

Soldiers and county crews clear flood debris from river crossing

Story by Sgt. 1st Class Dana Whitfield
3rd Sustainment Brigade Public Affairs
Subscribe 9

[Image 1 of 2]
Soldiers with the 3rd Sustainment Brigade load broken concrete and tree limbs into a dump truck at the low-water crossing on Arroyo Seco Road near Fort Arroyo, New Mexico, March 4, 2026, after floodwater left the crossing closed to traffic for more than a week. The brigade sent two squads and a front loader at the county's request under a memorandum of understanding signed with the county in 2022, the first time the agreement has been used. (U.S. Army photo by Spc. Tomas Herrera)
Photo Details | Download: High-Res | Full-Res
Photo ID: 8812044 | VIRIN: 260304-A-TH101-1002

[Image 2 of 2]
County road crews and Soldiers talk over the day's work at the crossing, March 5, 2026. (Courtesy photo)
Photo Details | Download: High-Res | Full-Res
Photo ID: 8812051 | VIRIN: 260305-A-XX000-1001

FORT ARROYO, N.M. -- Soldiers from the 3rd Sustainment Brigade spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The crossing on Arroyo Seco Road is the only way in and out for about 60 families on the far side of the river.

"They brought equipment we would have waited a month to rent," county road supervisor Luis Baca said.

The work ended March 6, and the county reopened the crossing the next morning.

Staff Sgt. Rene Ortiz contributed to this story.

Web Views: 412
Downloads: 3
Podcast Hits: 0

PUBLIC DOMAIN
This work, Soldiers and county crews clear flood debris from river crossing, by SFC Dana Whitfield, identified by the service, must comply with the restrictions shown on https://media.example.mil/about/copyright.

NEWS INFO
Date Posted: 03.07.2026 10:05
Location: FORT ARROYO, NM, US

Accessibility / Section 508
No FEAR Act
Privacy & Security
"""


def test_a_gallery_above_the_story_gives_its_pictures(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "crossing.txt", GALLERY)
    assert [(i.caption[:38], i.credit) for i in draft.images] == [
        ("Soldiers with the 3rd Sustainment Brig", "U.S. Army photo by Spc. Tomas Herrera"),
        ("County road crews and Soldiers talk ov", "Courtesy photo"),
    ]
    assert draft.images[0].caption.endswith("the first time the agreement has been used.")
    for chrome in ("Image 1 of 2", "Photo Details", "VIRIN"):
        assert chrome not in body


def test_the_unit_s_public_affairs_office_is_no_dek(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "crossing.txt", GALLERY)
    assert draft.dek == ""
    assert draft.byline == ("Dana Whitfield",)
    assert "Public Affairs" not in body
    assert draft.dateline == "FORT ARROYO, N.M."


def test_a_distribution_site_s_counts_licence_and_footer(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "crossing.txt", GALLERY)
    assert body.endswith("the county reopened the crossing the next morning.")
    assert [c.name for c in draft.contributors] == ["Rene Ortiz"]


BORDER_DAILY = """<html><head><title>Market vendors move to new plaza - El Centinela English</title></head><body>
<article class="nota">
<h1 class="nota__titulo">Market vendors move to new plaza as old lot closes</h1>
<p class="nota__sumario">About 80 stalls reopened Saturday on a paved lot two blocks east.</p>
<div class="nota__autor">By <span class="autor">Graciela Montaño</span> <span class="cargo">Reportera</span></div>
<div class="nota__cuerpo">
<p><strong>NOGALES, Son.</strong> — Vendors at the city's Saturday market set up for the first time in a new plaza this weekend after the lot they used for 20 years was sold.</p>
<p>The city paved the new lot and added lights and restrooms, the market's association said.</p>
<p class="lee-tambien"><strong>Lee también:</strong> <a href="/english/2026/02/27/lot-sold/">City sells downtown lot to hotel group</a></p>
<p>"The first Saturday is always slow, but people found us," said Rosa Elvira Campos, who sells dried chiles.</p>
<p>The association said it expects all 80 stalls to be open by April.</p>
<p><em>With information from Hugo Valenzuela.</em></p>
<p><em>Translated from the Spanish by Beth Kroll.</em></p>
</div>
<div class="nota__etiquetas"><span>Temas:</span> <a href="/tag/mercado/">mercado</a> <a href="/tag/nogales/">Nogales</a></div>
<div class="nota__comentarios"><h4>Comentarios (0)</h4></div>
</article></body></html>
"""


def test_a_spanish_title_after_the_writer_s_name_is_no_name(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "plaza.html", BORDER_DAILY)
    assert draft.byline == ("Graciela Montaño",)


def test_with_information_from_and_a_translator_s_line_name_contributors(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "plaza.html", BORDER_DAILY)
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Hugo Valenzuela", "additional-reporting"),
        ("Beth Kroll", "translation"),
    ]
    assert "Translated" not in body


def test_a_book_s_translator_in_a_review_s_details_is_still_no_contributor(tmp_path: Path) -> None:
    details = "The Salt Road, by Elena Ferrán. Translated from the Spanish by Ruth Ames. Harbor Books, 288 pages, $27."
    draft, body = read(
        tmp_path,
        "review.txt",
        f"A novel of one long drought\n\nBy Ana Ruiz\n\n{details}\n\nFerrán's novel follows a family of salt carriers across one dry year.\n",
    )
    assert details in body
    assert not draft.contributors


def test_a_spanish_page_s_see_also_tags_and_comment_count(tmp_path: Path) -> None:
    _, body = read(tmp_path, "plaza.html", BORDER_DAILY)
    for chrome in ("Lee también", "City sells downtown lot", "Temas:", "Comentarios"):
        assert chrome not in body
    assert "Rosa Elvira Campos" in body


MONITORED = """WORLD PRESS MONITOR | Subscriber Portal
Home    Search    My Alerts    Sign out (desk@example.com)

You are here: Latin America > Mexico > Energy

Mexican daily says Ensenada fishermen protest new fuel quota

Item ID: WPM-LA-20260305-0112
Language: Spanish (translated)
Source type: Online news
Processed: 05 Mar 2026 09:12 GMT

Text of report by Mexican newspaper El Vigía Costero website on 4 March

[Report by Joaquín Arellano: "Fishermen block port road over diesel quota"]

Ensenada, B.C. - About 200 fishermen blocked the road to the port of El Sauzal on Wednesday [4 March] to protest a new limit on subsidized marine diesel, the paper reported.

The quota cuts the subsidized fuel each boat may buy by a third, leaders of two cooperatives said.

[passage omitted: history of the subsidy]

[Photo caption] Fishing boats tied up at the El Sauzal dock on Wednesday. (Photo: Sara Meléndez/El Vigía Costero)

"Without diesel we do not go out, and without going out we do not eat," said Ramiro Ochoa, who heads one of the cooperatives.

[passage omitted]

Federal officials said the quota would be reviewed in June.

Source: El Vigía Costero website, Ensenada, in Spanish 4 Mar 26

(Description of Source: Ensenada El Vigía Costero Online in Spanish -- Website of a regional daily)

WPM LatAm 050326 jd/ak

Copyright (c) World Press Monitor 2026. For subscribers' internal use only.

Related items
Mexico: Sonora shrimp season opens early (WPM-LA-20260301-0050)
"""


def test_a_monitoring_item_s_metadata_and_source_line_are_no_dek(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fuel.txt", MONITORED)
    assert draft.headline == "Mexican daily says Ensenada fishermen protest new fuel quota"
    assert draft.dek == ""
    for chrome in ("Item ID", "Source type", "Text of report by", "Processed"):
        assert chrome not in body


def test_a_monitoring_item_s_bracketed_report_line_gives_the_byline(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fuel.txt", MONITORED)
    assert draft.byline == ("Joaquín Arellano",)
    assert "Fishermen block port road" not in body


def test_a_regional_dateline_with_its_state_s_abbreviation(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fuel.txt", MONITORED)
    assert draft.dateline == "Ensenada, B.C."
    assert body.startswith("Ensenada, B.C. - About 200 fishermen")
    assert "[4 March]" in body  # (the translator's gloss stays as printed)


def test_a_monitoring_item_s_marks_source_lines_and_routing_code(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fuel.txt", MONITORED)
    for chrome in ("passage omitted", "Source:", "Description of Source", "jd/ak", "Copyright", "Related items", "shrimp"):
        assert chrome not in body
    assert body.endswith("Federal officials said the quota would be reviewed in June.")
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Fishing boats tied up at the El Sauzal dock on Wednesday.", "Sara Meléndez/El Vigía Costero")
    ]


SVELTE = """---
layout: story
title: "Library bookmobile returns to county roads after four years"
subtitle: "A state grant paid for a new van. Rural readers say they missed it."
authors:
  - name: Marisol Ybarra
hero:
  src: /images/2026/03/bookmobile.jpg
  alt: "A white van with shelves of books open on its side."
  caption: "The new bookmobile parked outside the Cañada Verde post office on March 3."
  credit: "Photo: Tomás Reyes for the Valley Record"
seo_title: "Bookmobile is back | Valley Record"
---

<script>
	import Figure from '$lib/components/Figure.svelte';
	import DonateBox from '$lib/components/DonateBox.svelte';
	import shelves from '$lib/images/2026/03/shelves.jpg?enhanced';
	import { dev } from '$app/environment';

	export let showDonate = true;
</script>

<svelte:head>
	<title>{seo_title}</title>
</svelte:head>

{#if dev}
<aside class="desk-note">DESK: check the grant figure with the county before noon</aside>
{/if}

**CAÑADA VERDE, N.M.** — The county library's bookmobile made its first run in four years on Tuesday, stopping at six rural post offices and a senior center.

The old van was retired in 2022 after its transmission failed, and the library could not afford a new one until a state grant came through last fall, library director Anita Baca said.

<Figure
	src={shelves}
	alt="Shelves of children's books inside a van."
	caption="The van holds about 2,500 books, a third of them for children."
	credit="Photo: Marisol Ybarra/Valley Record"
/>

{#if showDonate}
<DonateBox campaign="spring">
	The Valley Record is free because readers chip in. <a href="/donate">Give today.</a>
</DonateBox>
{/if}

"People were calling every week to ask when it was coming back," Baca said.

The bookmobile will visit each stop every two weeks.
"""


def test_a_svelte_page_s_script_head_and_dev_only_note_are_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "bookmobile.md", SVELTE)
    assert draft.dek == "A state grant paid for a new van. Rural readers say they missed it."
    for chrome in ("export let", "</script>", "seo_title", "DESK:", "{#if", "{/if}", "chip in"):
        assert chrome not in body
    assert body.endswith("The bookmobile will visit each stop every two weeks.")


def test_a_front_matter_s_hero_mapping_and_a_svelte_figure_give_the_pictures(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "bookmobile.md", SVELTE)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "The new bookmobile parked outside the Cañada Verde post office on March 3.",
            "Tomás Reyes for the Valley Record",
            "A white van with shelves of books open on its side.",
        ),
        (
            "The van holds about 2,500 books, a third of them for children.",
            "Marisol Ybarra/Valley Record",
            "Shelves of children's books inside a van.",
        ),
    ]


def test_a_dateline_in_bold_before_its_dash(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "bookmobile.md", SVELTE)
    assert draft.dateline == "CAÑADA VERDE, N.M."
    assert body.startswith("CAÑADA VERDE, N.M. — The county library's bookmobile")


NEWSSTAND = """<html><head><title>Digital Newsstand - The Cayo Star - 2026-03-06 - Ferry fares rise</title></head><body>
<div class="toolbar"><a>Read issue</a> <a>Text view</a> <a>Page view</a></div>
<article>
<h1 class="art-title">Ferry fares to rise 15 percent on island routes</h1>
<p class="art-subtitle">Operators blame fuel; fishermen say they will pay twice.</p>
<p class="art-author">By Delia Tzib</p>
<p>SAN PEDRO, Ambergris Caye, Thurs. Mar. 5, 2026-- Fares on the two ferry lines that link the cayes to Belize City will rise by 15 percent from April 1, the operators announced on Wednesday.</p>
<p>The operators said fuel now costs them nearly twice what it did in 2022.</p>
<p class="jump">Continued on page 6</p>
<p class="jump">From page 1</p>
<p>Fishermen who ship their catch on the ferries said they would pay more for freight and for their own tickets.</p>
<p>The Port Authority said it would review the new fares at its March meeting.</p>
</article></body></html>
"""


def test_a_dateline_with_the_weekday_before_its_date(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.html", NEWSSTAND)
    assert draft.dateline == "SAN PEDRO, Ambergris Caye, Thurs. Mar. 5, 2026"
    assert body.startswith("SAN PEDRO, Ambergris Caye, Thurs. Mar. 5, 2026-- Fares")


def test_a_print_page_s_jump_markers_either_way(tmp_path: Path) -> None:
    _, body = read(tmp_path, "ferry.html", NEWSSTAND)
    assert "page 6" not in body
    assert "From page 1" not in body
    assert "Fishermen who ship their catch" in body


RELATED_IN_COLUMN = """<html><head><title>Clinic hours cut - Llano Report</title></head><body>
<article>
<h1>Rural clinic cuts its hours as doctors leave</h1>
<p class="dates"><time datetime="2026-03-02">March 2, 2026</time><span class="updated">Updated March 3, 2026, 8:40 a.m.</span></p>
<p>By Ana Ruiz</p>
<p>The county's only clinic east of the river will close on Fridays starting in April, its board decided on Monday, after two of its three doctors gave notice this winter.</p>
<p>The clinic sees about 9,000 patients a year, most of them from ranches and small towns.</p>
<aside class="related"><h3>Related coverage</h3><ul><li><a href="/a">Hospital district asks voters for new tax</a></li><li><a href="/b">Why rural doctors leave, in five charts</a></li></ul></aside>
<h2>Looking for doctors</h2>
<p>The board has advertised both jobs since December and had two applicants, neither of whom accepted, the clinic's director said at the meeting on Monday night.</p>
<p>The clinic will keep its telehealth hours on Fridays.</p>
</article></body></html>
"""


def test_a_crosshead_under_a_related_box_in_the_column_is_the_story_s(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "clinic.html", RELATED_IN_COLUMN)
    assert "## Looking for doctors" in draft.paragraphs
    assert "Hospital district asks voters" not in body


def test_a_page_date_with_its_updated_time_run_into_it(tmp_path: Path) -> None:
    _, body = read(tmp_path, "clinic.html", RELATED_IN_COLUMN)
    assert "Updated" not in body
    assert body.startswith("The county's only clinic east of the river")


STORYMAP = """<html><head><title>Orchard frost night</title></head><body>
<main>
<section class="cover cover--full">
<div class="cover__media"><figure class="image-media"><img src="cover.jpg" alt="Smudge pots glow between rows of apricot trees."/></figure></div>
<div class="cover__content">
<h1 class="cover__title">The night the valley stayed up to save its apricots</h1>
<p class="cover__summary">When the forecast called for 26 degrees, growers lit fires and ran fans until dawn.</p>
<div class="cover__byline">Rosa Chávez and Liam Ortega | Mesa Student Press</div>
</div></section>
<div class="blocks">
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph">The call went out at 9 p.m.: the temperature would fall below freezing by 3 a.m., and the apricot blossoms were open.</p></div>
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph">By midnight, growers on both sides of the river had lit smudge pots and started wind machines.</p></div>
<section class="immersive sidecar" data-block-type="immersive">
<div class="slide"><div class="slide__narrative"><p class="text-block paragraph">The orchards sit in a narrow band along the river, where cold air pools on still nights.</p></div>
<div class="slide__media"><figure class="express-map" aria-label="Map of orchards along the river.">
<div class="map-view"><div class="esri-zoom"><button aria-label="Zoom in"></button></div><div class="esri-attribution__sources">County GIS</div></div>
<figcaption class="media-caption"><div class="caption">About 40 orchards line six miles of the river.</div><div class="attribution">Map: Mesa Student Press</div></figcaption></figure></div></div>
</section>
<div class="block-wrapper" data-block-type="video"><figure class="video-block"><iframe title="Wind machines at night" src="https://video.example.com/embed/1"></iframe>
<figcaption class="caption-block"><div class="caption">Wind machines running at 2 a.m.</div></figcaption></figure></div>
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph">By morning the thermometers read 27 degrees, and most of the blossoms had survived.</p></div>
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph"><em>Marta Ibarra, the Press's faculty adviser, edited this story. Jon Pak translated interviews conducted in Spanish.</em></p></div>
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph"><em>Mesa Student Press is the student newsroom of Mesa Community College. Read more of our work at mesastudentpress.org.</em></p></div>
<section class="credits" data-block-type="credits"><h2 class="credits__title">Credits</h2><ul class="credits__list">
<li class="credits__item"><div class="credits__content">Cover photo</div><div class="credits__attribution">Liam Ortega / Mesa Student Press</div></li>
<li class="credits__item"><div class="credits__content">Map</div><div class="credits__attribution">Mesa Student Press</div></li>
</ul></section>
</div></main></body></html>
"""


def test_a_storymap_s_cover_gives_the_dek_and_its_byline_field_the_names(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "frost.html", STORYMAP)
    assert draft.dek == "When the forecast called for 26 degrees, growers lit fires and ran fans until dawn."
    assert draft.byline == ("Rosa Chávez", "Liam Ortega")
    assert "Mesa Student Press" not in body


def test_a_storymap_s_express_map_is_a_picture_and_its_credits_block_credits_the_cover(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "frost.html", STORYMAP)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("", "Liam Ortega / Mesa Student Press", "Smudge pots glow between rows of apricot trees."),
        ("About 40 orchards line six miles of the river.", "Mesa Student Press", "Map of orchards along the river."),
    ]
    for chrome in ("Zoom in", "County GIS", "Credits", "Cover photo", "Wind machines running"):
        assert chrome not in body


def test_an_adviser_s_and_a_translator_s_closing_lines_and_the_newsroom_s_blurb(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "frost.html", STORYMAP)
    assert [(c.name, c.role) for c in draft.contributors] == [("Marta Ibarra", "editing"), ("Jon Pak", "translation")]
    assert "student newsroom" not in body
    assert body.endswith("most of the blossoms had survived.")


def test_a_footer_menu_with_a_longer_item_between_short_ones(tmp_path: Path) -> None:
    _, body = read(tmp_path, "port.txt", AGENCY + "Help · Contact the Photo Desk · Terms of use\n")
    assert "Contact the Photo Desk" not in body

# ruff: noqa: E501  (documents as converters set them, a line a paragraph)
"""Shapes the twentieth filing round reads right: a Word file's tracked changes and comments
as Pandoc writes them in Markdown, a WordPress export's escaped shortcodes, a dateline in
bold, Markdown's backslash escapes, and a cover image the body shows."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


PANDOC = """---
author:
- Ana Ruiz
title: Ferry dock repairs run months past the deadline
---

[]{#_GoBack .anchor}The county closed the ferry dock in May for what
it called a six-week repair[, and it is still
closed]{.insertion author="Lee Park" date="2026-12-01T16:42:00Z"}.
Crews found rot in the
[old]{.deletion author="Lee Park" date="2026-12-01T16:42:00Z"}[1950s]{.insertion author="Lee Park" date="2026-12-01T16:43:00Z"}
pilings in June, the county's engineer said.

The repair will cost [Source for this figure?]{.comment-start id="0" author="Lee Park" date="2026-12-01T16:51:00Z"}about
\\$1.2 million[]{.comment-end id="0"}, twice the first estimate. [The
engineer declined to say more.]{.deletion author="Lee Park" date="2026-12-01T16:52:00Z"}

![Workers on a barge beside wooden pilings at a closed ferry
dock](media/image1.jpeg){width="6.5in" height="4.3in"}

*Crews inspect the pilings on Monday. (Photo: Ana Ruiz/The Island Record)*

## []{#_Toc2157 .anchor}What comes next

Riders will take the water taxi until the dock reopens in March, a
spokesperson said.
"""


def test_a_word_file_s_tracked_changes_in_pandoc_markdown_are_accepted(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", PANDOC)
    assert draft.paragraphs[0] == (
        "The county closed the ferry dock in May for what it called a six-week repair, and it "
        "is still closed. Crews found rot in the 1950s pilings in June, the county's engineer said."
    )
    assert (
        draft.paragraphs[1] == "The repair will cost about $1.2 million, twice the first estimate."
    )
    assert "declined" not in body and "Source for this figure" not in body
    assert "## What comes next" in draft.paragraphs
    assert "{" not in body and "anchor" not in body
    assert draft.images[0].caption == "Crews inspect the pilings on Monday."
    assert draft.images[0].credit == "Ana Ruiz/The Island Record"
    assert draft.images[0].alt.startswith("Workers on a barge beside wooden pilings")


WORDPRESS = """---
title: "County to rebuild the ferry dock before summer"
coverImage: "dock-0412.jpg"
---

By Ana Ruiz

\\[caption id="attachment_41" align="aligncenter" width="1024"\\]![Pilings at a closed dock](images/dock-0412.jpg) Crews inspect the pilings on Monday. (Photo: Ana Ruiz/The Island Record)\\[/caption\\]

**HARBOR POINT, Wash. —** The county will rebuild the ferry dock before summer, its engineer said on Tuesday.

\\[gallery ids="42,43,44" columns="3"\\]

The plans are posted as dock\\_plans\\_final.pdf on the county's site.

\\[embed\\]https://www.youtube.com/watch?v=abc123\\[/embed\\]

\\[related\\_posts title="More on the ferry"\\]

Riders will take the water taxi until then.
"""


def test_a_wordpress_export_s_escaped_shortcodes_are_read(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", WORDPRESS)
    assert len(draft.images) == 1  # (the cover image is the captioned picture)
    picture = draft.images[0]
    assert picture.caption == "Crews inspect the pilings on Monday."
    assert picture.credit == "Ana Ruiz/The Island Record"
    assert picture.alt == "Pilings at a closed dock"
    assert draft.dateline == "HARBOR POINT, Wash."
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. — The county will rebuild")
    assert "dock_plans_final.pdf" in body
    assert "gallery" not in body and "youtube" not in body and "related" not in body
    assert draft.paragraphs[-1] == "Riders will take the water taxi until then."


AGENCY_PAGE = """<!doctype html><html><head><title>Oyster farmers count losses</title></head>
<body><article>
<h1>Oyster farmers count losses after king tide tears rafts loose</h1>
<figure><img src="rafts.jpg" alt="Rafts on a breakwater">
<figcaption>Rafts piled against the breakwater on Tuesday. (Photo courtesy of the harbor association)</figcaption></figure>
<p>Lianpu, Dec. 3 (TNA) Oyster farmers in Lianpu counted losses of more than NT$60 million on Wednesday after a king tide tore bamboo rafts from their moorings.</p>
<p>The association said about 300 rafts were lost, most of them ready for harvest this month.</p>
<figure><img src="line.jpg" alt="">
<figcaption>A farmer shows a snapped mooring line on Wednesday. <span class="credit">TNA photo Dec. 2, 2026</span></figcaption></figure>
<p>Farmers said they planned to rebuild in time for the spring seeding season.</p>
<p>(By Lin Pei-shan and Kao Wen-chieh)</p>
<p>Enditem/AW</p>
<p><a href="/zh/1">Read this story in Chinese</a></p>
</article>
<section><h2>More in Society</h2><ul>
<li><a href="/n/1"><img src="t1.jpg" alt=""><span>Bus drivers to strike Friday over shift pay</span></a></li>
<li><a href="/n/2"><img src="t2.jpg" alt=""><span>Resort fined for discharging untreated water</span></a></li>
<li><a href="/n/3"><img src="t3.jpg" alt=""><span>Ministry proposes higher fines for sand dredging</span></a></li>
</ul></section>
<footer><p>About us / Um okkur</p><p>Privacy / Persónuvernd</p></footer>
</body></html>
"""


def test_an_agency_s_page_its_dateline_closing_byline_and_end_mark(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "rafts.html", AGENCY_PAGE)
    assert draft.dateline == "Lianpu, Dec. 3 (TNA)"
    assert draft.byline == ("Lin Pei-shan", "Kao Wen-chieh")
    assert draft.paragraphs[-1].startswith("Farmers said they planned")
    assert "Enditem" not in body and "Chinese" not in body and "strike" not in body
    assert [p.name for p in draft.images] == ["rafts.jpg", "line.jpg"]  # (no teaser's thumbnail)
    assert draft.images[0].credit == "Photo courtesy of the harbor association"
    assert draft.images[1].credit == "TNA photo"  # (the picture's date is no credit)


BROADCASTER = """<!doctype html><html><head><title>Town without hot water</title></head>
<body><article>
<h1>Town without hot water for third day after frost splits main</h1>
<p class="byline">Þórdís Björk Ragnarsdóttir</p>
<figure><img src="dig.jpg" alt="Workers in snow beside a pipe">
<figcaption>Crews dig out the damaged main on Wednesday. <span>Mynd: Landsvarp – Arnar Freyr Gunnarsson</span></figcaption></figure>
<p>Residents of Kaldárvík have been without hot water and heating since Monday, when frost split the town's main.</p>
<p>The utility said repairs were going more slowly than expected because the ground was frozen.</p>
<p>The heaters have pushed up electricity use in the town sharply, the grid operator said.</p>
<p><em>Additional reporting by Katrín Lind Baldursdóttir in Ísafjörður. This story was translated from Icelandic by Ólafur Hrafn Jensen.</em></p>
</article></body></html>
"""


def test_a_credit_labelled_in_icelandic_and_a_translator_s_line(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "water.html", BROADCASTER)
    assert draft.images[0].credit == "Landsvarp – Arnar Freyr Gunnarsson"
    assert {(c.name, c.role) for c in draft.contributors} == {
        ("Katrín Lind Baldursdóttir", "additional-reporting"),
        ("Ólafur Hrafn Jensen", "translation"),
    }
    assert "translated" not in body


BILINGUAL = """Council to consult on closing the village school

Gan / By Elin Prys-Jones

ABERDARON — The council will consult parents on closing Ysgol Pen-y-Garth, which has 19 pupils this term.

Ysgol Pen-y-Garth, which opened in 1878, has 19 pupils this term. (Llun: Gareth Hughes)
Rhannu / Share: Facebook X WhatsApp E-bost

Parents say losing the school would mean a 40-minute bus ride each way.

The consultation runs until Feb. 20, the council said.

Cofrestrwch i'n cylchlythyr / Sign up to our newsletter
Cyfeiriad e-bost / Email address
Tanysgrifio / Subscribe
"""


def test_a_bilingual_page_s_share_bar_and_form_are_no_credit(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "school.txt", BILINGUAL)
    assert len(draft.images) == 1
    assert (
        draft.images[0].caption
        == "Ysgol Pen-y-Garth, which opened in 1878, has 19 pupils this term."
    )
    assert draft.images[0].credit == "Gareth Hughes"
    assert "Share" not in body and "Email address" not in body


NEWS_DOWNLOAD = """Valley Sentinel [Wed, 02 Dec 2026]

| Next | Section menu | Main menu | Previous |

Dark runway forces night medevac flights to land 40 miles away

By Casey Underhill

CADY FLAT, Wash. — For seven weeks, the runway at Cady Flat Municipal Airport has gone dark at sundown, airport manager Luis Bermudez said.

An underground cable that powers the runway lights failed on Oct. 9, he said.

Ground ambulances have been taking night patients to Omak, about 40 miles away.
Sentinel graphic

Replacing the cable will cost an estimated $680,000, the city said.

This article was downloaded by calibre from https://www.valleysentinel.example/news/dark-runway.html

| Next | Section menu | Main menu | Previous |

Fair board picks new manager after six-month search

By Nora Lindquist

The fair board on Monday hired Deb Solano as its first full-time manager since 2019.
"""


def test_an_e_reader_s_news_download_ends_its_article_at_the_footer(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "runway.txt", NEWS_DOWNLOAD)
    assert draft.headline == "Dark runway forces night medevac flights to land 40 miles away"
    assert draft.byline == ("Casey Underhill",)
    assert (
        draft.paragraphs[-1]
        == "Replacing the cable will cost an estimated $680,000, the city said."
    )
    assert "Section menu" not in body and "downloaded" not in body and "Solano" not in body
    assert len(draft.images) == 1
    assert draft.images[0].caption.startswith("Ground ambulances have been taking")
    assert draft.images[0].credit == "Sentinel graphic"


READER_COMMENTS = """Electric fence idle for six months as elephants raid paddy fields

By Chaminda Perera

Farmers in Ranwelipitiya say wild elephants have destroyed more than 120 acres of paddy this season because an electric fence has not been powered since June.

The fence, completed in 2023 at a cost of Rs. 27 million, runs along the edge of the forest reserve, residents said.

Follow the Daily Ledger WhatsApp channel for breaking news alerts.

Reader's Comments (2)

Dharshana Thursday, 03 December 2026 06:41 AM
Same story every season. Money is spent on fences and then nobody maintains them.

Suresh K Thursday, 03 December 2026 08:02 AM
Poor farmers always suffer. Pay the compensation first.

Add comment
Comments will be edited and authorized at the discretion of the editors.
"""


def test_a_reader_s_comments_heading_ends_the_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fence.txt", READER_COMMENTS)
    assert draft.paragraphs[-1].startswith("The fence, completed in 2023")
    assert "WhatsApp" not in body and "Comments" not in body and "Poor farmers" not in body


def _box(inner: str) -> str:
    return f'<section class="yaqOZd"><div class="mYVXT"><div class="tyJCtd baZpAe">{inner}</div></div></section>'


SITE_PAGE = (
    "<!doctype html><html><head><title>Harbor Weekly - Dock vote</title>"
    '<meta property="og:title" content="Harbor Weekly - Dock vote"></head><body>'
    '<div class="Xpil1b"><a href="/home">Home</a> <a href="/news">News</a> <a href="/events">Events</a></div>'
    + _box("<h1>Dock vote</h1>")
    + _box(
        "<h2>Selectboard votes to rebuild the ferry dock before summer</h2>"
        "<p>The $2.1 million plan would replace the rotted pilings. Voters will have the final say in March.</p>"
        "<p>By Ana Ruiz | Weekly correspondent</p>"
    )
    + _box(
        "<p>HARBOR POINT — The Selectboard voted 4-1 on Monday night to ask voters for $2.1 million to rebuild the ferry dock before the summer season begins.</p>"
        "<p>Crews found rot in the 1950s pilings in June, and the dock has been closed to the larger ferry since then, the town manager said.</p>"
    )
    + _box(
        "<p>The town would pay for most of the project with a 20-year bond, and the state has offered a grant for the rest, the manager said.</p>"
        "<p>Selectboard member Harlan Deyo cast the lone vote against the plan, saying the town should repair the old dock instead of building a new one.</p>"
        "<p>About 40 residents attended the meeting at the Grange hall, and most of those who spoke supported the plan to rebuild the dock.</p>"
        "<p>The board will hold two information sessions on the project before Town Meeting, one in January and one in February.</p>"
        "<p>The bond question will be decided by Australian ballot on March 2, with polls open at the town office from 10 a.m. to 7 p.m.</p>"
    )
    + _box(
        "<p>Previous coverage of the ferry dock</p>"
        "<p>Town weighs three plans for the ferry dock (Sept. 2026)</p>"
        "<p>Ferry dock closes to the larger boat (June 2026)</p>"
    )
    + _box(
        "<h2>Get the Weekly by email</h2><p>We publish every Thursday. Sign up below and we will send you each issue, free.</p>"
    )
    + "</body></html>"
)


def test_a_site_builder_s_page_its_name_over_the_headline_and_text_in_boxes(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "dock.html", SITE_PAGE)
    assert draft.headline == "Selectboard votes to rebuild the ferry dock before summer"
    assert draft.dek.startswith("The $2.1 million plan")
    assert draft.dateline == "HARBOR POINT"
    assert len(draft.paragraphs) == 7
    assert draft.paragraphs[-1].startswith("The bond question will be decided")
    assert "Dock vote" not in body and "Previous coverage" not in body and "Sign up" not in body


def test_text_below_the_main_text_found_is_kept_when_that_is_a_fragment() -> None:
    from newsroom.filing.draft import Block
    from newsroom.filing.web import _key, _within_article

    story = [
        "HARBOR POINT — The Selectboard voted 4-1 on Monday night to ask voters for $2.1 million to rebuild the dock.",
        "Crews found rot in the 1950s pilings in June, and the dock has been closed to the larger ferry since then.",
        "The town would pay for most of the project with a 20-year bond, and the state has offered a grant for the rest.",
    ]
    blocks = [Block("Dock vote", "h1", 0), Block("The plan would replace the pilings.", "p", 1)]
    blocks += [Block(text, "p", 2 + n) for n, text in enumerate(story)]
    blocks.append(Block("Ferry dock closes to the larger boat", "p", 9))
    kept = {_key("Dock vote"), _key("The plan would replace the pilings.")}  # (one box)
    assert [b.hint for b in _within_article(blocks, kept)] == [""] * 6
    whole = kept | {_key(text) for text in story}  # (the story found whole: what follows is chrome)
    assert _within_article(blocks, whole)[-1].hint == "chrome"


FACT_CHECK = """<!doctype html><html><head><title>Did the jail cost twice what voters approved?</title>
<meta name="author" content="Renata Solberg"></head><body><article>
<h1>Did the county's new jail cost twice what voters approved?</h1>
<p>By Renata Solberg Ledger Fact Check reporter December 2, 2026</p>
<p>A campaign mailer sent to voters last month says the county's new jail cost more than twice what voters approved in 2022.</p>
<p>The jail did cost more than voters were told, but most of the increase paid for a courts annex that was added later, county records show.</p>
<p>We rate the claim Half True.</p>
<p><em>Ledger data reporter Tomasz Ebert contributed research. This fact-check was edited by Carla Nunnally.</em></p>
<h2>Our sources</h2>
<p>Kittredge for Commission, campaign mailer, received Nov. 19, 2026</p>
<p>County Clerk, sample ballot and voter information mailer, August 2022 election</p>
<p>Interview with the county administrator, Nov. 30, 2026</p>
</article></body></html>
"""


def test_a_fact_check_s_byline_with_its_desk_editor_line_and_sources(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "jail.html", FACT_CHECK)
    assert draft.byline == ("Renata Solberg",)
    assert draft.paragraphs[0].startswith("A campaign mailer")
    assert draft.paragraphs[-1] == "We rate the claim Half True."
    assert {(c.name, c.role) for c in draft.contributors} == {
        ("Tomasz Ebert", "research"),
        ("Carla Nunnally", "editing"),
    }
    assert "sources" not in body and "mailer, received" not in body


STRUCK = """# Lease talks stall as city balks at ballpark repairs

By Delphine Oyarzun

PORT AVERY, Ore. -- Talks over a new lease have stalled, with the city unwilling to commit to ==$14 million== in repairs, officials said.

Season-ticket holder Bernadette Quiroga said she ~~would be heartbroken~~ worries the city is "playing chicken" with the team.

## Notes to self

- [x] Confirm seat count with parks dept
- [ ] Ask for the consultant's report
"""


def test_a_draft_s_struck_words_are_deleted_and_its_notes_to_self_left_out(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "lease.md", STRUCK)
    assert "commit to $14 million in repairs" in draft.paragraphs[0]
    assert draft.paragraphs[1] == (
        'Season-ticket holder Bernadette Quiroga said she worries the city is "playing chicken" '
        "with the team."
    )
    assert "Notes" not in body and "seat count" not in body


FRAMED = """<!doctype html><html><body>
<h1>A leaky wooden pipe still carries the town's water</h1>
<p>By Ana Sofía Restrepo</p>
<p><em>Special to the High Country Chronicle</em></p>
<p>GARNET GULCH, Colo. — Every drop of water in town travels the last two miles through a wooden pipe built in the 1890s.</p>
<p>The pipe is made of redwood staves held together by steel hoops, a design once common across the West.</p>
<p>Illustration 1: The flume crosses the creek on wooden trestles. Photo: Ana Sofía Restrepo</p>
<img src="flume.png" alt="A wooden pipe on timber trestles above a creek">
<p>The town has a state loan lined up to replace it, the mayor said.</p>
</body></html>
"""


def test_a_caption_set_above_its_picture_as_a_text_frame_holds_them(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "flume.html", FRAMED)
    assert len(draft.images) == 1
    picture = draft.images[0]
    assert picture.caption == "The flume crosses the creek on wooden trestles."
    assert picture.credit == "Ana Sofía Restrepo"
    assert picture.alt == "A wooden pipe on timber trestles above a creek"
    assert picture.name == "flume.png"
    assert "Special to" not in body
    assert draft.paragraphs[0].startswith("GARNET GULCH, Colo.")


PRINTED_FORM = """CORRESPONDENT STORY FORM

HEADLINE (60 characters or fewer)

Lake group turns to divers to fight invasive algae

SUMMARY (one sentence that will run under the headline)

Starry stonewort now covers a third of the lake's bottom, and the association wants an assessment to pay for the work.

BYLINE (as you want it printed)

By Doreen Klapthor, Herald correspondent

STORY (Begin with the dateline in capitals. Leave one blank line between paragraphs.)

BURDOCK TOWNSHIP — Members of the lake association will ask the township board this month to create a special assessment district.

The work would cost about $145,000 a year, the association's president said.

PHOTOS (Type the caption and the photographer's name under each photo.)

Caption: Starry stonewort pulled from the lake near the boat launch in August.
Photographer: Marv Ostrander, Lake Association

NOTES FOR THE EDITOR (not printed)

Marv says his photo is fine to use. I can do a follow-up after the hearing.
"""


def test_a_printed_form_s_labels_with_their_instructions(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "lake.txt", PRINTED_FORM)
    assert draft.headline == "Lake group turns to divers to fight invasive algae"
    assert draft.dek.startswith("Starry stonewort now covers")
    assert draft.byline == ("Doreen Klapthor",)
    assert draft.dateline == "BURDOCK TOWNSHIP"
    assert len(draft.paragraphs) == 2
    assert draft.images[0].caption.startswith("Starry stonewort pulled")
    assert draft.images[0].credit == "Marv Ostrander, Lake Association"
    assert "(" not in body and "follow-up" not in body and "PHOTOS" not in body


FORUM_POST = """<!doctype html><html><body><article>
<h1>East flats closed to clamming after sewage pump failure</h1>
<p>By Ingrid Solheim</p>
<p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/original/sign.jpeg" title="east-flats-sign"><img src="/uploads/optimized/sign_690x460.jpeg" alt="A red closure sign staked in mud flats"><div class="meta"><span class="filename">east-flats-sign</span><span class="informations">1920×1280 412 KB</span></div></a></div></p>
<p>A closure sign on the east flats near Heron Cove on Monday. Photo: Tobias Mwangi/Island Bulletin</p>
<p>BRAMBLE ISLAND, Maine — The state closed the island's east flats to clam harvesting Monday after a sewage pump failed.</p>
<p>The closure covers about 140 acres and will last at least until Dec. 20, the state said.</p>
<p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/original/map.png" title="closure-map"><img src="/uploads/optimized/map_690x474.png" alt="closure-map"><div class="meta"><span class="filename">closure-map</span><span class="informations">1600×1100 233 KB</span></div></a></div></p>
<p>The closed area, shaded red, runs from Heron Cove to the ferry landing. Map courtesy of the state shellfish program</p>
<p>A new pump is due on the Friday boat, the district said.</p>
<figure><img src="garage.jpg" alt="Netting under a garage ceiling"><figcaption>Netting covers the ceiling where engineers noted corroded steel in 2019. Provided by City of Hollister Falls</figcaption></figure>
<div class="poll"><div class="poll-title">Did your household get the spill alert?</div><ul><li>Yes, by text</li><li>No alert at all</li></ul></div>
<p>The district's board will meet Thursday.</p>
</article></body></html>
"""


def test_a_forum_post_s_lightbox_details_poll_and_courtesy_credits(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "flats.html", FORUM_POST)
    assert [(p.caption[:20], p.credit) for p in draft.images] == [
        ("A closure sign on th", "Tobias Mwangi/Island Bulletin"),
        ("The closed area, sha", "Map courtesy of the state shellfish program"),
        ("Netting covers the c", "Provided by City of Hollister Falls"),
    ]
    assert draft.images[0].alt == "A red closure sign staked in mud flats"
    assert "KB" not in body and "spill alert" not in body and "by text" not in body
    assert draft.paragraphs[-1] == "The district's board will meet Thursday."


ONLINE_PICTURE = """<!doctype html><html><body>
<h1>State quarantines firewood after emerald ash borer found near the lake</h1>
<p>By Corinne Gilchrist</p>
<p>LAKE TAMSIN, Wash. — The state has barred moving ash logs and firewood out of three counties.</p>
<img src="beetle.png" alt="emerald ash borer adult on a leaf">
<p>This Photo by Unknown Author is licensed under CC BY</p>
<p class="caption">An adult emerald ash borer, about half an inch long.</p>
<p><b>[OPTIONAL TRIM BEGINS]</b></p>
<p>The beetle was first found in the state in 2022, officials said.</p>
<p><b>[OPTIONAL TRIM ENDS]</b></p>
<img src="paint.png" alt="Orange paint marks on ash trees">
<p class="caption">Orange paint marks ash trees scheduled for removal on Nov. 28.</p>
<p>Corinne Gilchrist/Special to the Tribune</p>
<p>The state will hold an online meeting about the quarantine Dec. 15.</p>
</body></html>
"""


def test_word_s_attribution_of_an_online_picture_and_a_desk_s_trim_marks(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "beetle.html", ONLINE_PICTURE)
    assert [(p.caption[:20], p.credit) for p in draft.images] == [
        ("An adult emerald ash", "This Photo by Unknown Author is licensed under CC BY"),
        ("Orange paint marks a", "Corinne Gilchrist/Special to the Tribune"),
    ]
    assert "TRIM" not in body
    assert "The beetle was first found in the state in 2022, officials said." in draft.paragraphs


def test_a_contributing_line_s_outlet_is_no_contributor(tmp_path: Path) -> None:
    text = (
        "Garage stays closed as repairs near $9 million\n\n"
        "By Renata Oyelowo\n\n"
        "HOLLISTER FALLS, Ind. — The city's downtown parking garage will stay closed through "
        "next year, officials said Monday.\n\n"
        "Engineers found corroded steel in 2019, the city said.\n\n"
        "Contributing: Jalen Okafor, Marlow Star-Herald\n"
    )
    draft, body = read(tmp_path, "garage.txt", text)
    assert [c.name for c in draft.contributors] == ["Jalen Okafor"]
    assert "Contributing" not in body


NAMES_ALONE = """<!doctype html><html><head><title>Garage closed</title>
<meta name="author" content="Renata Oyelowo, Caleb Strand"></head><body><article>
<h1>Downtown parking garage closed after chunk of concrete falls onto car</h1>
<p>Renata Oyelowo and Caleb Strand</p>
<p>Hollister Falls Courier</p>
<p>HOLLISTER FALLS, Ind. — The city closed its downtown parking garage indefinitely on Monday after a chunk of concrete fell onto a parked car.</p>
<p>No one was hurt, the fire chief said.</p>
</article></body></html>
"""


def test_the_authors_names_alone_under_the_headline_are_the_byline(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "garage.html", NAMES_ALONE)
    assert draft.byline == ("Renata Oyelowo", "Caleb Strand")
    assert draft.dek == ""
    assert "Oyelowo" not in body

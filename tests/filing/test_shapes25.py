# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-fifth filing round reads right: a page's text its style never shows and
Plone's description, an agency's English page, a results site's recap a coach sent in, a
note kept with Foam, a story filed as a GitLab issue, a news theme's photo credit and ad slot,
and a note to the desk opening a Word file."""

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


AGENCY = """KABAR English
Home > Regional > Central Java

Rice barn fire destroys harvest stock in Klaten village

3rd November 2026 08:15 WIB

Share
Copy link

Klaten, C Java (KABAR) - A fire destroyed about 40 tonnes of stored rice in a village barn in Klaten District on Monday night, local officials said here on Tuesday.

The fire started in a drying shed next to the barn and spread quickly in strong wind, head of the district fire brigade Sutrisno Hadi informed.

Related news: Central Java farmers expect early harvest after heavy rains

No one was hurt, but the loss is valued at around Rp480 million, he added.

The village head said the harvest belonged to 35 farming families.

Reporter: Dewi Lestari, Agus Santoso
Editor: Rini Kusuma
Translator: Hendra Wijaya
Copyright © KABAR 2026

Disclaimer: KABAR is not responsible for the content of external sites linked from this page.
"""


def test_an_agency_s_page_date_with_an_ordinal_day_is_no_dek(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "barn.txt", AGENCY)
    assert draft.dek == ""


def test_an_agency_s_dateline_in_its_own_case_before_a_spaced_hyphen(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "barn.txt", AGENCY)
    assert draft.dateline == "Klaten, C Java (KABAR)"
    assert body.startswith("Klaten, C Java (KABAR) - A fire destroyed")


def test_an_agency_s_staff_lines_under_its_reporters(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "barn.txt", AGENCY)
    assert draft.byline == ("Dewi Lestari", "Agus Santoso")
    assert [(c.name, c.role, c.line) for c in draft.contributors] == [
        ("Rini Kusuma", "editing", "Editor: Rini Kusuma"),
        ("Hendra Wijaya", "translation", "Translator: Hendra Wijaya"),
    ]
    assert "Rini Kusuma" not in body


def test_an_agency_s_related_news_lines_and_its_labelled_disclaimer(tmp_path: Path) -> None:
    _, body = read(tmp_path, "barn.txt", AGENCY)
    assert "Related news" not in body
    assert "not responsible" not in body
    assert "No one was hurt" in body


RECAP = """ScoreHub
Scores
Teams

GAME RECAP · GIRLS BASKETBALL

Lakers hold off Eagles 58-51 to reach regional final

Recap submitted by Tom Albers, Head Coach
Pine Lake Lakers · Feb 20, 2027 · 10:05pm

This recap was submitted by a team's coach and has not been reviewed by ScoreHub staff.

FINAL
Team\t1\t2\t3\t4\tF
Eagle Grove (18-6)\t10\t14\t12\t15\t51
Pine Lake (20-4)\t16\t12\t15\t15\t58

Our girls came out on fire Friday night, hitting four of our first five shots from the three-point line and building a 16-10 lead after one quarter in front of a packed gym.

Eagle Grove battled back in the second quarter behind Maya Lund, who scored eight of her 19 points in the period, and we went into the locker room tied at 26.

I told the girls at halftime to trust our defense. They held Eagle Grove to two field goals in the first six minutes of the third quarter and we never trailed again.

Senior guard Kelsey Rahn finished with 22 points and seven rebounds, and Ava Dorn added 14. We play for the regional title Tuesday at 7 p.m. in Mason City. Go Lakers!

Report an error in this recap

GAME STATS
Scoring: PL - Kelsey Rahn 22, Ava Dorn 14; EG - Maya Lund 19
Rebounds: PL - Kelsey Rahn 7; EG - Jo Brandt 9

UP NEXT
Class 3A Regional Final
Pine Lake (20-4) vs. Clear Creek (21-3)
Buy tickets online

More Pine Lake Girls Basketball
Lakers win conference title on senior night
Get the ScoreHub app for live scores and alerts.
"""


def test_a_coach_s_submitted_recap_names_its_writer(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "recap.txt", RECAP)
    assert draft.byline == ("Tom Albers",)
    assert draft.dek == ""
    assert "Head Coach" not in body
    assert "Feb 20, 2027" not in body


def test_a_results_site_s_disclaimer_and_linescore_are_furniture(tmp_path: Path) -> None:
    _, body = read(tmp_path, "recap.txt", RECAP)
    assert "has not been reviewed" not in body
    assert "Eagle Grove (18-6) 10 14 12 15 51" not in body
    assert "Pine Lake (20-4) 16 12 15 15 58" not in body
    assert body.startswith("Our girls came out on fire")


def test_the_page_under_a_report_an_error_link_is_furniture(tmp_path: Path) -> None:
    _, body = read(tmp_path, "recap.txt", RECAP)
    assert body.endswith("in Mason City. Go Lakers!")


FOAM = """---
type: story
status: draft
created: 2026-10-02
---

# Ferry fares rise for the first time in a decade

#story #draft

Filed for: [[island-record]] · Sources: [[sources/ana-ruiz]], [[sources/port-office]] · Daily note: [[journal/2026-10-02]]

![[desk-notes-ferry-fares]]

*The county says fuel and crew costs left it no choice; riders say the island's workers will pay the most*

By Li Wei

HARBOR POINT, Wash. — The county ferry's fares will rise by a fifth in January, the first increase since 2016, the [[county-ferry-board|County Ferry Board]] decided Tuesday.

A round trip for a car and driver will cost $18, up from $15, and a walk-on ticket will cost $5, up from $4, under the schedule the board approved on a 4-1 vote after two hours of public comment.

Board members said fuel and wages had risen faster than the fares for years, and that the ferry lost $1.2 million last year even after the county cut two evening runs in the spring.

Riders who cross daily for work said the increase would cost them hundreds of dollars a year.

![Cars wait in line at the ferry dock](attachments/dock-line.jpg)

*Cars wait at the Harbor Point dock on Tuesday morning. (Photo: Li Wei/The Island Record)*

The new fares take effect Jan. 4.

---

## Notes

- fare table from the board packet, see [[sources/port-office]]
- follow-up idea: [[ideas/ferry-commuter-pass]]

![[quotes-board-meeting]]
"""


def test_a_note_s_line_of_labelled_wikilinks_is_no_dek(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fares.md", FOAM)
    assert draft.dek.startswith("The county says fuel and crew costs")
    assert "Filed for" not in body + draft.dek
    assert "County Ferry Board decided Tuesday" in body


def test_a_note_embed_is_no_picture(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "fares.md", FOAM)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Cars wait at the Harbor Point dock on Tuesday morning.",
            "Li Wei/The Island Record",
            "Cars wait in line at the ferry dock",
        )
    ]


def test_a_note_s_notes_section_under_a_rule_is_no_story(tmp_path: Path) -> None:
    _, body = read(tmp_path, "fares.md", FOAM)
    assert body.endswith("The new fares take effect Jan. 4.")


GITLAB = """## Copy

**Library levy heads to the ballot after board vote**

By Ana Ruiz

MILLBROOK, Ore. — The library board voted 4-1 on Monday to ask voters for a five-year levy that would cost the owner of a median home about {- $62 -}{+ $58 +} a year.

The levy would pay for longer weekend hours at both branches and a bookmobile for the county's east end, the library's director said. {+ She said the bookmobile would stop at six schools. +}

Board member Li Wei voted no, saying the county should wait a year. {- He has opposed every levy since 2019. -}

Voters will decide the measure in May.
"""


def test_gitlab_s_inline_diff_is_read_with_its_changes_accepted(tmp_path: Path) -> None:
    _, body = read(tmp_path, "levy.md", GITLAB)
    paragraphs = body.split("\n")
    assert any(p.endswith("the owner of a median home about $58 a year.") for p in paragraphs)
    assert "$62" not in body
    assert (
        "The levy would pay for longer weekend hours at both branches and a bookmobile for the county's east end, the library's director said. She said the bookmobile would stop at six schools."
        in paragraphs
    )
    assert "Board member Li Wei voted no, saying the county should wait a year." in paragraphs


def test_gitlab_s_quick_actions_are_no_story(tmp_path: Path) -> None:
    text = GITLAB + '\n/label ~"desk::metro" ~"status::needs-edit"\n/assign @aruiz\n/due 2027-01-15\n'
    _, body = read(tmp_path, "levy.md", text)
    assert body.endswith("Voters will decide the measure in May.")


JANNAH = """<html><head><title>Grain elevator closes after 90 years - Valley Courier</title></head><body>
<article class="post"><h1 class="post-title entry-title">Grain elevator closes after 90 years</h1>
<div class="post-meta"><span class="meta-author">By Ana Ruiz</span></div>
<figure class="single-featured-image"><img src="elevator.jpg" alt="A grain elevator at dusk">
<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> The Marsh Creek elevator on its last day of business, Friday. — Courier photo by Li Wei</figcaption></figure>
<div class="entry-content">
<p>MARSH CREEK — The grain elevator that has stood beside the rail line here since 1936 took its last load of corn on Friday.</p>
<div class="stream-item stream-item-in-post"><span class="stream-title">- Advertisement -</span>
<a href="https://example.com/go/dealer"><img src="dealer-300x250.jpg" alt="Spring truck sale at Marsh Creek Motors" width="300" height="250"></a></div>
<p>The cooperative that owns it said farmers now haul most of their grain to a larger terminal 30 miles east.</p>
<figure class="wp-caption"><img src="elevator-1950.jpg" alt="Trucks lined up at the elevator in the 1950s"><figcaption class="wp-caption-text">Trucks wait to unload at the elevator in 1952. (Photo courtesy of the Marsh Creek Historical Society)</figcaption></figure>
<p>Its last manager said he would miss the farmers most of all.</p>
</div></article></body></html>
"""


def test_a_credit_of_the_outlet_s_photographer_after_a_long_dash(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "elevator.html", JANNAH)
    assert (draft.images[0].caption, draft.images[0].credit) == (
        "The Marsh Creek elevator on its last day of business, Friday.",
        "Courier photo by Li Wei",
    )


def test_a_news_theme_s_ad_slot_in_the_post_is_no_picture(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "elevator.html", JANNAH)
    assert [p.alt for p in draft.images] == [
        "A grain elevator at dusk",
        "Trucks lined up at the elevator in the 1950s",
    ]


def test_a_note_addressing_the_desk_with_a_dash_is_no_headline(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    document = docx.Document()
    document.add_paragraph("City to buy the old depot for a transit hub")
    note = document.add_paragraph().add_run(
        "Desk — the upload to the site failed again, so here is the file with both photos in it — AR"
    )
    note.font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.add_paragraph().add_run("The council voted 5-2 after a long debate").italic = True
    document.add_paragraph().add_run("By Ana Ruiz").bold = True
    story = document.add_paragraph(
        "MILLBROOK, Ore. — The city will buy the old rail depot for $1.4 million and turn it into a hub for buses, the council decided Monday. "
    )
    story.add_run("The hub would open in 2028.").font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.add_paragraph("The depot has stood empty since 2011, when the last freight office closed.")
    path = tmp_path / "depot.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert draft.headline == "City to buy the old depot for a transit hub"
    assert draft.dek == "The council voted 5-2 after a long debate"
    body = "\n".join(draft.paragraphs)
    assert "upload to the site failed" not in body
    assert "The hub would open in 2028." in body  # (words highlighted in a paragraph stay)

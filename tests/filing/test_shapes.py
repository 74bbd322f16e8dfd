"""Shapes of filed documents read right: the broadcast page's player and menus, the press
release's subject line, a newsletter's byline and embeds, a photo note in brackets, a credit
alone on its line, a caption shown twice, bylines with titles, writers' bios at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.filing.draft import Draft
from newsroom.filing.furniture import furniture
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


HEAD = "County opens warming center two weeks early"
LEDE = (
    "MILLBROOK, Ore. — The county opened its new warming center on Tuesday, two weeks ahead "
    "of schedule, and 40 people slept there on its first night."
)
SECOND = "The center has 60 beds and will stay open through March, officials said."


RADIO = f"""WKPL Community Radio
Watch Live Donate Shows Schedule Podcasts
NOW PLAYING: Evening Jazz
Local
County opens warming center two weeks early as cold snap arrives
March 3, 2026 · 6:10 AM PST
Heard on Weekend Edition
Audio will be available later today.
Ines Carvalho, WKPL Reporter
Play Listen · 3:55 Download

Cots line a gym floor at the new center on Tuesday.
Ines Carvalho/WKPL
toggle caption
Ines Carvalho/WKPL

{LEDE}

Sponsor Message

{SECOND}

More Stories From WKPL
Ferry fares rise for the first time in a decade
"""


def test_a_broadcast_page_loses_its_player_and_menus(tmp_path: Path) -> None:
    draft = read(tmp_path, "radio.txt", RADIO)
    assert draft.headline == "County opens warming center two weeks early as cold snap arrives"
    assert draft.dek == ""
    assert draft.byline == ("Ines Carvalho",)
    [image] = draft.images
    assert (image.caption, image.credit) == (
        "Cots line a gym floor at the new center on Tuesday.",
        "Ines Carvalho/WKPL",
    )
    assert draft.paragraphs == (LEDE, SECOND)


RELEASE = f"""From: County Communications <news@county.example>
Sent: Tuesday, March 3, 2026 9:15 AM
Subject: MEDIA ADVISORY: County opens warming center two weeks early

MILLBROOK COUNTY
Department of Public Affairs and Outreach

County opens warming center two weeks early

{LEDE}

{SECOND}

###

About Millbrook County: Founded in 1854, the county serves 88,000 residents.
Millbrook County · 120 Courthouse Square · Millbrook, OR 97301
"""


def test_a_release_headline_is_its_subject_line(tmp_path: Path) -> None:
    draft = read(tmp_path, "release.txt", RELEASE)
    assert draft.headline == "County opens warming center two weeks early"
    assert draft.paragraphs == (LEDE, SECOND)


NEWSLETTER = f"""The Valley Letter
County opens warming center two weeks early
Forty people slept there on its first night, and more are expected
Priya Natarajan
Mar 3, 2026

{LEDE}

Jon Ek (@jonek_pdx) · Mar 2
Walked past the new warming center tonight, lights on and a line out the door.
♡ 52 ↻ 9

{SECOND}

Privacy ∙ Terms ∙ Collection notice
Get the app
"""


def test_a_newsletter_byline_and_an_embed_with_its_header_on_top(tmp_path: Path) -> None:
    draft = read(tmp_path, "letter.txt", NEWSLETTER)
    assert draft.byline == ("Priya Natarajan",)
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_post_the_story_introduces_stays_in_it(tmp_path: Path) -> None:
    text = f"""County opens warming center two weeks early

By Priya Natarajan

{LEDE}

The county's emergency office posted the news just after 5 p.m.:

Warming center at 12 Oak St. is OPEN tonight. Pets welcome.
— Millbrook County EM (@MillbrookEM) March 3, 2026

{SECOND}
"""
    draft = read(tmp_path, "quoted.txt", text)
    assert "Warming center at 12 Oak St. is OPEN tonight. Pets welcome." in draft.paragraphs


def test_an_embedded_post_in_a_page_is_furniture(tmp_path: Path) -> None:
    page = f"""<html><body><article>
<h1>County opens warming center two weeks early</h1>
<p class="byline">By Priya Natarajan</p>
<p>{LEDE}</p>
<blockquote class="twitter-tweet"><p>Lights on and a line out the door tonight.</p>
&mdash; Jon Ek (@jonek_pdx) <a href="#">March 2, 2026</a></blockquote>
<p>{SECOND}</p>
</article></body></html>"""
    draft = read(tmp_path, "page.html", page)
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_bracketed_photo_note_with_its_credit(tmp_path: Path) -> None:
    text = f"""County opens warming center two weeks early

By Priya Natarajan

[Photo: Volunteers set up cots at the center on Monday. (Dale Ortiz / Valley Times)]

{LEDE}
"""
    [image] = read(tmp_path, "note.txt", text).images
    assert (image.caption, image.credit) == (
        "Volunteers set up cots at the center on Monday.",
        "Dale Ortiz / Valley Times",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers set up cots at the center on Monday. (Courtesy of Millbrook County)",
        "Volunteers set up cots at the center on Monday. Courtesy of Millbrook County",
    ],
)
def test_a_courtesy_credit_keeps_its_words(tmp_path: Path, caption: str) -> None:
    text = f"{HEAD}\n\nBy Priya Natarajan\n\n{caption}\n\n{LEDE}\n"
    [image] = read(tmp_path, "courtesy.txt", text).images
    assert image.caption == "Volunteers set up cots at the center on Monday."
    assert image.credit == "Courtesy of Millbrook County"


def test_a_caption_shown_twice_is_one_image(tmp_path: Path) -> None:
    caption = "Volunteers set up cots at the center on Monday. Valley Times/Dale Ortiz"
    text = f"{HEAD}\n\nBy Priya Natarajan\n\n{caption}\n{caption}\n\n{LEDE}\n"
    [image] = read(tmp_path, "twice.txt", text).images
    assert image.credit == "Valley Times/Dale Ortiz"


def test_a_figure_credit_in_cite_and_a_byline_with_titles(tmp_path: Path) -> None:
    page = f"""<html><head><script type="application/ld+json">
{{"@type": "NewsArticle", "headline": "County opens warming center two weeks early",
"author": {{"@type": "Person", "name": "Priya Natarajan"}}}}</script></head><body><article>
<h1>County opens warming center two weeks early</h1>
<p class="byline">By Priya Natarajan, Valley Times Staff Writer,
and Jon Ek, Valley Times Staff</p>
<figure><img src="cots.jpg" alt="Cots in a gym">
<figcaption>Volunteers set up cots on Monday.
<cite>Dale Ortiz for the Valley Times</cite></figcaption>
</figure>
<p>{LEDE}</p>
<p>{SECOND}</p>
<p><i>Priya Natarajan is a freelance writer in Salem. Jon Ek covers the county.</i></p>
</article></body></html>"""
    draft = read(tmp_path, "page.html", page)
    assert draft.byline == ("Priya Natarajan", "Jon Ek")
    [image] = draft.images
    assert (image.caption, image.credit) == (
        "Volunteers set up cots on Monday.",
        "Dale Ortiz for the Valley Times",
    )
    assert draft.paragraphs == (LEDE, SECOND)  # the bio line is out


def test_story_by_and_photos_by(tmp_path: Path) -> None:
    text = f"{HEAD}\n\nStory by Priya Natarajan | Photos by Dale Ortiz\n\n{LEDE}\n"
    draft = read(tmp_path, "story-by.txt", text)
    assert draft.byline == ("Priya Natarajan",)
    assert [(c.name, c.role) for c in draft.contributors] == [("Dale Ortiz", "photography")]
    assert draft.images == ()


def test_front_matter_with_one_image(tmp_path: Path) -> None:
    text = f"""---
headline: County opens warming center two weeks early
image:
  src: /uploads/cots.jpg
  caption: Volunteers set up cots on Monday.
  credit: Dale Ortiz for the Valley Times
  alt: Cots in a gym
---

{LEDE}
"""
    [image] = read(tmp_path, "front.md", text).images
    assert (image.caption, image.credit, image.alt) == (
        "Volunteers set up cots on Monday.",
        "Dale Ortiz for the Valley Times",
        "Cots in a gym",
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "— Contributing: Omar Said and Li Wei of the Valley Times staff.",
            ["Omar Said", "Li Wei"],
        ),
        ("WKPL's Omar Said contributed to this report.", ["Omar Said"]),
        ("The Associated Press contributed to this report.", []),
    ],
)
def test_contributor_lines_name_people(tmp_path: Path, line: str, names: list[str]) -> None:
    text = f"{HEAD}\n\nBy Priya Natarajan\n\n{LEDE}\n\n{line}\n"
    draft = read(tmp_path, "contrib.txt", text)
    assert [c.name for c in draft.contributors] == names
    assert draft.paragraphs[0] == LEDE


@pytest.mark.parametrize(
    "line",
    [
        "Listen Live Donate Programs Schedule Podcasts",
        "Download Embed Transcript",
        "Share on Facebook Share on X Email Print",
        "— Read this next —",
        "More Transit coverage",
        "Article continues below this ad",
        "hide caption",
        "Support comes from",
        "Become a WKPL sustaining member for just $8 a month.",
        "The day's top stories, in your inbox by 7 a.m. Sign up now",
        "Our science coverage is supported in part by the Alder Fund.",
        "NOTE TO COPY: check the spelling of Natarajan. —PN",
        "If someone forwarded this to you, sign up here.",
    ],
)
def test_more_furniture(line: str) -> None:
    assert furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Schools and parks will close early.",
        "Sports and politics rarely mix in Millbrook, he said.",
        "About 40 people slept there on the first night.",
        "The program is supported by a state grant, the county said.",
    ],
)
def test_story_lines_stay(line: str) -> None:
    assert furniture(line) is None


def test_the_headline_readers_see_wins_over_the_search_headline(tmp_path: Path) -> None:
    page = f"""<html><head><script type="application/ld+json">
{{"@type": "NewsArticle", "headline": "Warming center opens early",
"author": [{{"@type": "Person", "name": "Valley Times Staff"}}]}}</script></head><body>
<article><h1>{HEAD}</h1>
<p class="byline">By Priya Natarajan</p>
<p>{LEDE}</p></article></body></html>"""
    draft = read(tmp_path, "seo.html", page)
    assert draft.headline == HEAD
    assert draft.byline == ("Priya Natarajan",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Priya Natarajan, ValleyTimes.com\nMar 3, 2026", ("Priya Natarajan",)),
        ("Priya Natarajan and Jon Ek\nMar 3, 2026", ("Priya Natarajan", "Jon Ek")),
        ("PRIYA NATARAJAN / March 3, 2026", ("Priya Natarajan",)),
        ("Words: Priya Natarajan. Pictures: Dale Ortiz.", ("Priya Natarajan",)),
    ],
)
def test_bylines_without_by(tmp_path: Path, line: str, names: tuple[str, ...]) -> None:
    text = f"Scores  Schedule  Standings  Stats  Teams\n\n{HEAD}\n\n{line}\n\n{LEDE}\n"
    draft = read(tmp_path, "nb.txt", text)
    assert draft.headline == HEAD
    assert draft.byline == names
    assert draft.paragraphs == (LEDE,)


def test_a_credit_in_square_brackets(tmp_path: Path) -> None:
    caption = "Volunteers set up cots at the center on Monday. [Dale Ortiz/Valley Times]"
    text = f"{HEAD}\n\nBy Priya Natarajan\n\n{caption}\n\n{LEDE}\n"
    [image] = read(tmp_path, "bracket.txt", text).images
    assert image.credit == "Dale Ortiz/Valley Times"


def test_a_byline_with_a_title_in_front_matter(tmp_path: Path) -> None:
    text = f'---\nheadline: {HEAD}\nbyline: "Priya Natarajan, Staff Reporter"\n---\n\n{LEDE}\n'
    assert read(tmp_path, "title.md", text).byline == ("Priya Natarajan",)


def test_a_hugo_page_toml_front_matter_and_figure_shortcodes(tmp_path: Path) -> None:
    text = f"""+++
title = "{HEAD}"
description = "Forty people slept there on its first night"
authors = ["Priya Natarajan"]
+++

{{{{< newsletter-signup list="weekly" >}}}}

{LEDE}

{{{{< figure src="/img/cots.jpg" alt="Cots in a gym"
  caption="Volunteers set up cots on Monday." credit="Dale Ortiz for the Valley Times" >}}}}

{SECOND}
"""
    draft = read(tmp_path, "hugo.md", text)
    assert (draft.headline, draft.byline) == (HEAD, ("Priya Natarajan",))
    [image] = draft.images
    assert (image.caption, image.credit, image.alt) == (
        "Volunteers set up cots on Monday.",
        "Dale Ortiz for the Valley Times",
        "Cots in a gym",
    )
    assert draft.paragraphs == (LEDE, SECOND)


def test_an_mdx_post_with_a_component_figure_and_a_hero_image(tmp_path: Path) -> None:
    text = f"""---
title: "{HEAD}"
heroImage: /img/line.jpg
heroCaption: "People wait outside the center on Tuesday."
heroCredit: "Photo: Dale Ortiz/Valley Times"
---
import Figure from "../components/Figure.astro";

{LEDE}

<Figure
  src="/img/cots.jpg"
  caption="Volunteers set up cots on Monday."
  credit="Jon Ek/Valley Times"
/>

<NewsletterSignup list="weekly" />

{SECOND}
"""
    draft = read(tmp_path, "post.md", text)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("People wait outside the center on Tuesday.", "Dale Ortiz/Valley Times"),
        ("Volunteers set up cots on Monday.", "Jon Ek/Valley Times"),
    ]
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_note_apps_embeds_callouts_tags_and_properties(tmp_path: Path) -> None:
    text = f"""# {HEAD}

Created: March 2, 2026 3:18 PM
Last edited time: March 3, 2026 7:02 PM

> [!note] For the desk
> Second quote still needs a callback.

{LEDE}

![[warming-center.jpg]]

{SECOND}

#draft #millbrook-county
"""
    draft = read(tmp_path, "note.md", text)
    assert draft.headline == HEAD
    assert draft.paragraphs == (LEDE, SECOND)
    [image] = draft.images
    assert image.name == "warming-center.jpg"


@pytest.mark.parametrize(
    "line",
    [
        "SKIP ADVERTISEMENT",
        "Read 87 Comments",
        "See more on: Oregon, Homelessness",
        "On Tue, Mar 3, 2026 at 6:02 PM Jon Ek <jon@valley.example> wrote:",
        "o: 503-555-0143 | c: 503-555-0178",
        "This e-mail and any attachments are confidential and intended for the addressee.",
        "Priya Natarajan is the Valley Times's county reporter.",
        "Jon Ek is a staff writer covering Millbrook County. More about Jon Ek",
        "★★★☆☆",
        "← Back to County News",
        "ENDS",
    ],
)
def test_furniture_of_more_kinds(line: str) -> None:
    assert furniture(line) is not None


def test_a_byline_with_a_job_title(tmp_path: Path) -> None:
    text = f"{HEAD}\n\nWritten by Priya Natarajan, Communications Coordinator\n\n{LEDE}\n"
    assert read(tmp_path, "title.txt", text).byline == ("Priya Natarajan",)


def test_an_authors_portrait_is_no_photo_of_the_story(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>{HEAD}</h1>
<ul class="author-list"><li><a class="author-avatar" href="/a/pn">
<img class="author-profile-image" src="/img/pn.jpg" alt="Priya Natarajan"></a></li></ul>
<p class="byline">By Priya Natarajan</p>
<figure><img src="/img/cots.jpg" alt="Cots in a gym" width="1200" height="800">
<figcaption>Volunteers set up cots on Monday. <em>Photo: Dale Ortiz</em></figcaption></figure>
<p>{LEDE}</p></article></body></html>"""
    draft = read(tmp_path, "ghost.html", page)
    [image] = draft.images
    assert (image.caption, image.credit, image.alt) == (
        "Volunteers set up cots on Monday.",
        "Dale Ortiz",
        "Cots in a gym",
    )


def test_a_photo_illustration_credit_keeps_its_words(tmp_path: Path) -> None:
    caption = "The center's floor plan. Photo illustration by Dale Ortiz/Valley Times"
    text = f"{HEAD}\n\nBy Priya Natarajan\n\n{caption}\n\n{LEDE}\n"
    [image] = read(tmp_path, "illustration.txt", text).images
    assert image.credit == "Photo illustration by Dale Ortiz/Valley Times"


@pytest.mark.parametrize("line", ["3 of 12", "Buy Now", "Enlarge image"])
def test_gallery_furniture(line: str) -> None:
    assert furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Priya Natarajan, Staff Writer and Jon Ek, News Editor",
        "Priya Natarajan · Valley Times Community Reporter",
        "Author of the article: Priya Natarajan",
    ],
)
def test_a_headline_over_a_byline_without_by(tmp_path: Path, line: str) -> None:
    text = f"""The Valley Times
The independent voice of Millbrook County since 1911
News | Opinion | Arts & Culture | The Weekend | Print Archives | Donate

{HEAD}

Forty people slept there on its first night, and more are expected

{line}
March 3, 2026

{LEDE}
"""
    draft = read(tmp_path, "masthead.txt", text)
    assert draft.headline == HEAD
    assert draft.byline[0] == "Priya Natarajan"


def test_a_live_blogs_entries_are_all_the_article() -> None:
    """Entries marked as articles side by side are read as one article, even when none of
    them alone holds half of the page's text."""
    import lxml.html

    from newsroom.filing.web import _marked_article

    texts = [f"Entry {n}: {LEDE}" for n in range(3)]
    entries = "".join(f'<article class="entry"><p>{t}</p></article>' for t in texts)
    page = f"<html><body><div>{entries}</div><aside><p>{SECOND}</p></aside></body></html>"
    kept = _marked_article(lxml.html.document_fromstring(page))
    assert {t.casefold() for t in texts} <= kept


def test_struck_words_and_footnote_marks_leave_the_text(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>{HEAD}</h1>
<p>{LEDE[:-1]}<del> on Monday</del>.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>
<ol><li id="footnote-1"><p>Count from the shelter's log.
<a href="#footnote-ref-1">↑</a></p></li></ol>
</article></body></html>"""
    assert read(tmp_path, "draft.html", page).paragraphs == (LEDE,)


def test_a_note_apps_links_read_as_their_words(tmp_path: Path) -> None:
    text = f"# {HEAD}\n\nThe [[Millbrook County|county]] opened it after a [[vote]].\n"
    assert read(tmp_path, "links.md", text).paragraphs == ("The county opened it after a vote.",)


def test_an_image_description_in_brackets_is_the_alt_of_the_caption_under_it(
    tmp_path: Path,
) -> None:
    text = f"""{HEAD}

By Priya Natarajan

[Image: Rows of green cots under gym lights]
Volunteers set up cots at the center on Monday. (Photo: Dale Ortiz/Valley Times)

{LEDE}
"""
    [image] = read(tmp_path, "alt.txt", text).images
    assert (image.caption, image.credit, image.alt) == (
        "Volunteers set up cots at the center on Monday.",
        "Dale Ortiz/Valley Times",
        "Rows of green cots under gym lights",
    )


def word(html: str) -> Draft:
    """A Word file's text as mammoth converts it, read as the importer reads it."""
    from newsroom.filing.draft import Hints
    from newsroom.filing.place import place
    from newsroom.filing.web import word_blocks

    return place(word_blocks(html, {}), Hints())


def test_a_word_paragraph_of_wrapped_lines_reads_as_its_paragraphs() -> None:
    """Text pasted into Word with its hard wraps: one line break is a space inside a
    paragraph, an empty line between two breaks ends it."""
    wrapped = "<br />".join(
        [
            HEAD,
            "",
            "By Ines Carvalho",
            "",
            "MILLBROOK, Ore. — The county opened its new warming center on Tuesday,",
            "two weeks ahead of schedule, and 40 people slept there on its first",
            "night.",
            "",
            "The center has 60 beds and will stay open through March, officials",
            "said.",
        ]
    )
    draft = word(f"<p>{wrapped}</p>")
    assert draft.headline == HEAD
    assert draft.paragraphs == (LEDE, SECOND)


def test_markdown_footnotes_and_desk_containers_are_notes(tmp_path: Path) -> None:
    """Footnote marks leave the text and the footnotes, like a ':::' container addressed to
    the desk, are notes; a container's fences are no text."""
    text = f"""# {HEAD}

::: {{.editor-note}}
Legal has read the sourcing.
:::

{LEDE}[^log]

:::warning
Waiting on the shelter's count.
:::

{SECOND}

[^log]: From the shelter's sign-in log.
"""
    draft = read(tmp_path, "notes.md", text)
    assert draft.paragraphs == (LEDE, SECOND)
    notes = " ".join(text for what, text in draft.stripped if what == "note to the desk")
    assert "sign-in log" in notes and "sourcing" in notes and "count" in notes


def test_a_pandoc_title_block_gives_headline_and_byline(tmp_path: Path) -> None:
    text = f"% {HEAD}\n% Ines Carvalho; Tom Reyes\n% March 3, 2026\n\n{LEDE}\n\n{SECOND}\n"
    draft = read(tmp_path, "pandoc.md", text)
    assert (draft.headline, draft.dek) == (HEAD, "")
    assert draft.byline == ("Ines Carvalho", "Tom Reyes")
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_pandoc_figure_has_its_caption_in_brackets(tmp_path: Path) -> None:
    """A standalone image with attributes is a figure: the brackets hold its caption (and
    credit), `fig-alt` its alt text, the attributes are no text."""
    caption = "Cots line a gym floor at the new center on Tuesday."
    figure = (
        f"![{caption} Photo: Ana Diaz/Millbrook Star](cots.jpg)"
        '{#fig-cots width=60% fig-alt="Rows of green cots in a gym"}'
    )
    draft = read(tmp_path, "figure.md", f"# {HEAD}\n\n{LEDE}\n\n{figure}\n\n{SECOND}\n")
    (picture,) = draft.images
    assert (picture.caption, picture.credit) == (caption, "Ana Diaz/Millbrook Star")
    assert picture.alt == "Rows of green cots in a gym"
    assert draft.paragraphs == (LEDE, SECOND)


def test_the_heading_a_markdown_draft_shows_wins_over_its_front_matter_title(
    tmp_path: Path,
) -> None:
    text = f"---\ntitle: warming center — working title\n---\n\n# {HEAD}\n\n{LEDE}\n\n{SECOND}\n"
    draft = read(tmp_path, "titled.md", text)
    assert draft.headline == HEAD
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_hackmd_image_size_is_no_part_of_it(tmp_path: Path) -> None:
    text = f"# {HEAD}\n\n{LEDE}\n\n![Rows of green cots](cots.jpg =640x)\n\n{SECOND}\n"
    (picture,) = read(tmp_path, "sized.md", text).images
    assert (picture.alt, picture.source) == ("Rows of green cots", "cots.jpg")


def test_a_reporter_label_is_a_byline(tmp_path: Path) -> None:
    text = f"# {HEAD}\n\nReporter: Ines Carvalho · Photos: Tom Reyes\n\n{LEDE}\n\n{SECOND}\n"
    draft = read(tmp_path, "labelled.md", text)
    assert draft.byline == ("Ines Carvalho",)
    assert [(c.name, c.role) for c in draft.contributors] == [("Tom Reyes", "photography")]
    assert draft.paragraphs == (LEDE, SECOND)


@pytest.mark.parametrize("credit", ["(Photo: Ana Diaz)", "Photo: Ana Diaz"])
def test_an_italic_caption_with_its_credit_after_it(tmp_path: Path, credit: str) -> None:
    caption = "Cots line a gym floor at the new center on Tuesday."
    image = f"![Rows of green cots](cots.jpg)\n*{caption}* {credit}"
    text = f"# {HEAD}\n\n{LEDE}\n\n{image}\n\n{SECOND}\n"
    (picture,) = read(tmp_path, "italic.md", text).images
    assert (picture.caption, picture.credit) == (caption, "Ana Diaz")


def test_ia_writer_content_blocks_are_pictures_or_desk_files(tmp_path: Path) -> None:
    """A line that is a file's path (an iA Writer content block): a picture when it names
    an image, its quoted title the alt text; any other file is no part of the story."""
    text = (
        f'# {HEAD}\n\n{LEDE}\n\n/art/cots.jpg "Rows of green cots in a gym"\n'
        f"*Cots line a gym floor on Tuesday.* Photo: Ana Diaz\n\n/tables/beds.csv\n\n{SECOND}\n"
    )
    draft = read(tmp_path, "ia.md", text)
    (picture,) = draft.images
    assert picture.alt == "Rows of green cots in a gym"
    assert picture.caption == "Cots line a gym floor on Tuesday."
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_carousel_slides_counter_is_no_part_of_its_caption(tmp_path: Path) -> None:
    caption = "Cots line a gym floor at the new center on Tuesday."
    page = f"""<html><body><article><h1>{HEAD}</h1><p>{LEDE}</p>
<figure><img src="cots.jpg" alt="Rows of cots"><figcaption><span class="count">1/2</span>
<span>{caption}</span> <span class="credit">Ana Diaz</span></figcaption></figure>
<p>{SECOND}</p></article></body></html>"""
    (picture,) = read(tmp_path, "slides.html", page).images
    assert (picture.caption, picture.credit) == (caption, "Ana Diaz")


@pytest.mark.parametrize("label", ["Figure . ", "Figure 2. ", "Fig. 2: "])
def test_a_captions_figure_number_is_a_label(label: str) -> None:
    """Word's 'Figure {SEQ Figure}.' (the converter leaves the field's number out)."""
    caption = "Cots line a gym floor at the new center on Tuesday."
    draft = word(
        f"<h1>{HEAD}</h1><p>{LEDE}</p><p><img src='cots.png' alt='Rows of cots' /></p>"
        f'<p class="caption">{label}{caption}</p><p>Photo: Ana Diaz/Millbrook Star</p>'
        f"<p>{SECOND}</p>"
    )
    (picture,) = draft.images
    assert (picture.caption, picture.credit) == (caption, "Ana Diaz/Millbrook Star")


def test_interview_by_names_the_byline(tmp_path: Path) -> None:
    text = f"{HEAD}\n\nInterview by Ines Carvalho\n\n{LEDE}\n\n{SECOND}\n"
    draft = read(tmp_path, "qa.txt", text)
    assert draft.byline == ("Ines Carvalho",)
    assert draft.paragraphs == (LEDE, SECOND)


def test_a_date_set_close_to_the_bylines_name_is_apart_from_it(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>{HEAD}</h1><div class="byline">By <a>Ines Carvalho</a>,
<a>Tom Reyes</a><time datetime="2026-03-03">March 3, 2026</time></div>
<p>{LEDE}</p><p>{SECOND}</p></article></body></html>"""
    assert read(tmp_path, "time.html", page).byline == ("Ines Carvalho", "Tom Reyes")


def test_a_copyright_sign_before_a_credit_is_a_label(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>{HEAD}</h1><p>{LEDE}</p>
<figure><img src="cots.jpg" alt="Rows of cots"><figcaption>Cots line a gym floor on Tuesday.
<small>© Ana Diaz</small></figcaption></figure><p>{SECOND}</p></article></body></html>"""
    (picture,) = read(tmp_path, "sign.html", page).images
    assert picture.credit == "Ana Diaz"


def test_a_captioned_images_title_is_its_caption(tmp_path: Path) -> None:
    """Joomla's JCaption prints an `<img class="caption">`'s title under it."""
    caption = "Cots line a gym floor at the new center on Tuesday."
    page = f"""<html><body><article><h1>{HEAD}</h1><p>{LEDE}</p>
<p><img src="cots.jpg" class="caption" alt="Rows of cots" title="{caption}"></p>
<p>{SECOND}</p></article></body></html>"""
    (picture,) = read(tmp_path, "jcaption.html", page).images
    assert (picture.caption, picture.alt) == (caption, "Rows of cots")

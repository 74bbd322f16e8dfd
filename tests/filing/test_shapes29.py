# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-ninth filing round reads right: a desk's web package in Word, a
freelancer's file with its sources and invoice under the end mark, a university CMS's
image components and its boxes for republishers, a government design system's news page
(a summary box, a folded methodology, the identifier under it), a blog post's thanks,
footnotes and note to editors, a partner's byline of linked writers and their outlets, an
article a feed reader saved, a Ruby site's post with its ERB tags, and a chat room's
export with an edited message and a story sent in parts."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft
from tests.filing.test_file import body, front
from tests.helpers import Clone


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


def _package(path: Path) -> Path:
    """A desk's web package: its headline options and social copy under Heading 1s, then
    the story with its headline in the Title style."""
    import docx

    document = docx.Document()
    document.add_paragraph("WEB PACKAGE")
    document.add_heading("Headline options", level=1)
    document.add_paragraph("A: Ferry fares rise again", style="List Number")
    document.add_paragraph("B: Island ferry fares will rise 12 percent in June", style="List Number")
    document.add_heading("Social", level=1)
    document.add_paragraph("Push alert: Ferry fares go up June 1.")
    document.add_heading("Story", level=1)
    document.add_paragraph("Island ferry fares will rise 12 percent in June", style="Title")
    document.add_paragraph("The increase is the third in four years, and commuters pay most of it.", style="Subtitle")
    document.add_paragraph("By Nadia Oyelowo and Tom Garrity")
    document.add_paragraph(
        "The ferry authority's board voted 4-1 on Thursday to raise fares by 12 percent on June 1, the third increase since 2023."
    )
    document.add_paragraph(
        "A monthly commuter pass will cost $212, up from $189. Single tickets will rise by 75 cents."
    )
    document.add_paragraph(
        "The authority said fuel and crew costs rose faster than ridership recovered after the pandemic."
    )
    document.save(str(path))
    return path


def test_a_word_file_s_title_paragraph_is_the_headline_under_a_package_s_headings(
    tmp_path: Path,
) -> None:
    draft = read_draft(_package(tmp_path / "fares.docx"))[1]
    assert draft.headline == "Island ferry fares will rise 12 percent in June"
    assert draft.dek == "The increase is the third in four years, and commuters pay most of it."
    assert draft.byline == ("Nadia Oyelowo", "Tom Garrity")
    body = "\n".join(draft.paragraphs)
    assert body.startswith("The ferry authority's board voted 4-1")
    for chrome in ("Headline options", "A: Ferry fares", "Push alert", "Social"):
        assert chrome not in body


def test_the_package_s_story_is_filed_with_its_title_paragraph(
    room: Clone, tmp_path: Path
) -> None:
    reporter = room.act_as("rtorres")
    path = _package(tmp_path / "fares.docx")
    result = reporter.run("file", str(path), "--slug", "ferry-fares")
    assert result.code == 0, result.text
    meta = front(reporter, "ferry-fares")
    assert meta["headline"] == "Island ferry fares will rise 12 percent in June"
    assert meta["dek"] == "The increase is the third in four years, and commuters pay most of it."
    text = body(reporter, "ferry-fares")
    assert "Headline options" not in text and "Push alert" not in text
    assert "$212, up from $189" in text


FREELANCE = """Marta Sieverding
Freelance reporter · Duluth, Minn.

Re: Harbor dredging contract

Dredging bids came in double the estimate. The harbor board took the lowest anyway.

By Marta Sieverding

DULUTH, Minn. — The harbor board accepted a $14.2 million bid on Monday to dredge the ore dock channel, nearly twice what its engineers had estimated a year ago, according to board records.

Only two companies bid on the work. The other bid was $16.9 million, and board members said they had little choice but to take the lower one before the shipping season opens in March.

"We can't leave the channel at 24 feet and expect the boats to keep coming," said board chair Ellen Vik, who voted for the contract along with four of the board's six other members.

The board's engineers had put the cost at $7.5 million in their 2025 plan, before fuel and disposal prices rose across the region and before the state tightened its rules for where dredged sediment may be dumped.

Data reporter Ken Osei contributed to this report.

-30-

SOURCES (for checking)
Ellen Vik, board chair — 218-555-0144
Board clerk — minutes emailed 3/2

INVOICE
Invoice no. 2026-014
Reporting and writing, about 900 words
$650.00
Payment terms: net 30 from publication.
"""


def test_what_a_freelancer_files_under_the_end_mark_is_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dredging.txt", FREELANCE)
    assert draft.paragraphs[-1].startswith("The board's engineers had put the cost")
    for chrome in ("-30-", "SOURCES", "218-555-0144", "INVOICE", "Invoice no.", "$650.00", "net 30"):
        assert chrome not in body, chrome
    assert [c.name for c in draft.contributors] == ["Ken Osei"]


SXA = """<!doctype html><html><head><title>Rural libraries | State University</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main>
<div class="component title col-12"><div class="component-content"><h1 class="field-title">Rural libraries stretch hours as county money shrinks</h1></div></div>
<div class="component rich-text col-12"><div class="component-content"><p>By <a href="/people/ines-calder">Ines Calder</a> and <a href="/people/bo-lindqvist">Bo Lindqvist</a>, Prairie Reporting Lab</p></div></div>
<div class="component image file-type-icon-media-link col-12">
  <div class="component-content"><img src="/-/media/project/lab/2026/03/library.jpg?h=720&amp;w=1280" alt="A librarian shelves books in a small brick library." width="1280" height="720" /><span class="image-caption field-imagecaption">The Millbrook library opens three days a week. Photo by Ada Voss | Prairie Reporting Lab</span></div>
</div>
<div class="component rich-text col-12"><div class="component-content">
<p>MILLBROOK, Neb. — Public libraries in a dozen rural counties have cut their hours since 2022 as county boards trimmed what they give them, a review of county budgets by the Prairie Reporting Lab found.</p>
<p>The libraries' share of county spending fell by a fifth over four years, the budgets show, while the number of visitors held steady.</p>
<p>"People still come in to print their tax forms and apply for jobs," said librarian Greta Holm, who now runs the Millbrook branch alone three days a week.</p>
<p>County board members said road repairs and jail costs left little for anything else.</p>
<p><em>Editor's note: This story was produced by the Prairie Reporting Lab, a class at the State University journalism school, and is offered free to Nebraska news outlets.</em></p>
</div></div>
<div class="component rich-text col-12 article-tagline"><div class="component-content">
<p><small>Ines Calder and Bo Lindqvist are juniors in the Prairie Reporting Lab.</small></p>
</div></div>
<div class="component rich-text col-12 republish-box"><div class="component-content">
<h4>Run this story</h4>
<p>Nebraska outlets may republish lab stories at no cost. Write to the lab for photos.</p>
</div></div>
</main>
<footer><p>© 2026 State University</p></footer>
</body></html>
"""


def test_a_photo_in_an_image_component_whose_class_names_an_icon(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "libraries.html", SXA)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "The Millbrook library opens three days a week.",
            "Ada Voss | Prairie Reporting Lab",
            "A librarian shelves books in a small brick library.",
        )
    ]


def test_a_box_for_republishers_is_no_story(tmp_path: Path) -> None:
    _, body = read(tmp_path, "libraries.html", SXA)
    assert "Run this story" not in body and "republish" not in body


def test_a_note_offering_the_story_to_other_outlets_is_no_story(tmp_path: Path) -> None:
    _, body = read(tmp_path, "libraries.html", SXA)
    assert "Editor's note" not in body and "offered free" not in body


def test_the_bio_of_two_writers_under_the_story_is_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "libraries.html", SXA)
    assert "are juniors" not in body
    assert draft.paragraphs[-1] == "County board members said road repairs and jail costs left little for anything else."


USWDS = """<!doctype html><html lang="en"><head><title>News | Licensing Office</title></head><body>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Ohio"><div class="usa-accordion"><header class="usa-banner__header"><p class="usa-banner__header-text">An official website of the State of Ohio</p></header></div></section>
<main id="main-content"><article>
<h1>Inspections of child care centers fell by a third in 2025</h1>
<p class="usa-intro">The licensing office blamed vacancies among its inspectors; the backlog is now at its highest since 2019.</p>
<p>By Dana Whitfield</p>
<div class="usa-summary-box" role="region" aria-labelledby="kf"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="kf">Key findings</h2>
<div class="usa-summary-box__text"><ul class="usa-list">
<li>Inspections fell from 9,120 to 6,040.</li>
<li>Eleven of 40 inspector posts were empty.</li>
<li>Backlog: 1,310 centers.</li>
</ul></div></div></div>
<p>TOLEDO, Ohio — State inspectors visited 6,040 child care centers last year, down from 9,120 in 2024, according to the licensing office's annual report released on Monday.</p>
<p>Eleven of the office's 40 inspector positions were empty for most of the year, the report said, and the centers left without a visit now number 1,310.</p>
<p>"We have asked for the money to fill every post," said the office's director, Marcus Bell, who took over in October.</p>
<div class="usa-accordion usa-accordion--bordered">
<h4 class="usa-accordion__heading"><button type="button" class="usa-accordion__button" aria-expanded="false" aria-controls="m1">How we counted</button></h4>
<div id="m1" class="usa-accordion__content usa-prose" hidden>
<p>The counts come from the office's inspection database, which logs each visit on the day an inspector files the report.</p>
</div></div>
</article></main>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--usagov" aria-label="State government information and services"><div class="usa-identifier__container"><div class="usa-identifier__usagov-description">Looking for state government information and services?</div> <a href="https://ohio.example.gov" class="usa-link">Visit the state portal</a></div></section></div>
</body></html>
"""


def test_a_summary_box_repeating_the_story_is_left_out_and_the_dateline_read(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "inspections.html", USWDS)
    assert draft.dateline == "TOLEDO, Ohio"
    assert draft.paragraphs[0].startswith("TOLEDO, Ohio — State inspectors visited")
    assert "Key findings" not in body and "Backlog: 1,310 centers." not in body


def test_a_folded_section_s_heading_is_its_button_s_words(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "inspections.html", USWDS)
    at = draft.paragraphs.index("## How we counted")
    assert draft.paragraphs[at + 1].startswith("The counts come from the office's inspection database")


def test_a_government_page_s_identifier_is_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "inspections.html", USWDS)
    assert "Looking for state government" not in " ".join((body, draft.dek))


def test_a_government_news_page_is_filed_without_its_box_or_identifier(
    room: Clone, tmp_path: Path
) -> None:
    reporter = room.act_as("rtorres")
    page = tmp_path / "inspections.html"
    page.write_text(USWDS, encoding="utf-8")
    result = reporter.run("file", str(page), "--slug", "child-care-inspections")
    assert result.code == 0, result.text
    meta = front(reporter, "child-care-inspections")
    assert meta["dateline"] == "TOLEDO, Ohio"
    text = body(reporter, "child-care-inspections")
    assert "## How we counted" in text
    for chrome in ("Key findings", "Looking for state government", "official website"):
        assert chrome not in text, chrome


BLOG = """<!doctype html><html><head><title>Dry wells in the valley — Lena Okafor</title>
<meta name="author" content="Lena Okafor"></head><body>
<header><h1 id="blog-title"><a href="/lenaokafor/" class="h-card p-author">Lena Okafor</a></h1>
<nav><a href="/lenaokafor/about">About</a> <a href="/lenaokafor/hire-me">Hire me</a></nav></header>
<article id="post-body" class="norm h-entry">
<h2 id="title" class="p-name">Half the valley's domestic wells have dropped below their pumps</h2>
<div class="e-content">
<p><em>I mapped every well report the county has filed since 2015. The pattern is hard to miss.</em></p>
<p>Of the 1,240 domestic wells in the county's records, 611 now report water levels below the depth of their pumps, according to the reports the county sent me under the state's public records law.<sup class="footnote-ref" id="fnref:1"><a href="#fn:1">1</a></sup></p>
<p>Most of the dry wells sit within two miles of the almond orchards planted along the river since 2016, the reports show, and the county has approved 38 new agricultural wells there since then.</p>
<p>"We drilled 40 feet deeper in 2022, and it's dry again," said Rosa Medina, who has lived on her family's land outside Dos Palos for 30 years.</p>
<p>The county's water manager did not answer three requests for comment.</p>
<p><em>Thanks to Ibrahim Soto, who helped clean the well reports.</em></p>
<p><em>Editors: you can republish this post for free under a Creative Commons BY-ND license. Keep my name on it and link back here.</em></p>
</div>
<div class="footnotes"><hr><ol>
<li id="fn:1">The county sent the reports as 14 scanned PDFs; I typed them into a spreadsheet. <a class="footnote-return" href="#fnref:1"><sup>[return]</sup></a></li>
</ol></div>
</article>
<footer><p>published with write.as</p></footer>
</body></html>
"""


def test_a_writer_s_thanks_to_someone_who_helped_with_the_data_is_a_contributor_line(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "wells.html", BLOG)
    assert [(c.name, c.line) for c in draft.contributors] == [
        ("Ibrahim Soto", "Thanks to Ibrahim Soto, who helped clean the well reports.")
    ]
    assert "Thanks to" not in body


def test_a_post_s_footnotes_and_its_note_to_republishing_editors_are_no_story(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "wells.html", BLOG)
    assert draft.paragraphs[-1] == "The county's water manager did not answer three requests for comment."
    for chrome in ("scanned PDFs", "[return]", "Editors:", "republish", "Keep my name"):
        assert chrome not in body, chrome


PARTNERS = """<!doctype html><html><head><title>Buyouts stall | Delta Watchdog</title>
<meta name="author" content="Delta Watchdog"></head><body>
<article><header>
<h1>Flood buyouts stalled when appraisals came in low</h1>
<p class="article__byline">By <a href="/people/ruth-adeyemi/">Ruth Adeyemi</a>, Delta Watchdog, and <a href="/people/colm-barry/">Colm Barry</a>, River Public Media</p>
</header>
<p>The county's flood buyout program has bought 41 of the 160 homes it set out to clear from the creek's floodplain, county records show.</p>
<p>Owners said appraisals came in below what they still owed on their mortgages, leaving them unable to sell.</p>
<p>"I can't walk away owing the bank $30,000," said one owner, who has lived on the creek since 1998.</p>
</article></body></html>
"""


def test_a_byline_of_linked_writers_each_beside_an_outlet_names_the_writers(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "buyouts.html", PARTNERS)
    assert draft.byline == ("Ruth Adeyemi", "Colm Barry")
    assert "Delta Watchdog, and" not in body


SAVED = """Feed: Courts – Plains Current
Title: Jail phone rates doubled after the county's new contract
Author: pcadmin
Date: Tue, 10 Mar 2026 05:30:00 -0600
Link: https://plainscurrent.example/2026/03/10/jail-phone-rates/

[image 1: A row of wall phones in a jail visiting room. (link #1)]

Phones in the visiting room of the county jail in Garden Plain in February.
(Photo: Lucia Brenner/Plains Current)

By Lucia Brenner

GARDEN PLAIN, Kan. — Families of people held in the county jail are paying
twice as much for a phone call as they did a year ago, after the county signed a
new contract with its phone vendor, records show.

A 15-minute call now costs $6.30, up from $3.15. The county receives a 60 percent
commission on every call, according to the contract.

Support our reporting: become a member[2] today.

"I put $50 on the account every week and it's gone by Thursday," said Dolores
Harjo, whose son has been held in the jail since October awaiting trial.

The sheriff's office said the commission pays for programs for people in the
jail. This story is republished under a Creative Commons license. [image 2 (link
#3)]

The post Jail phone rates doubled after the county's new contract[4] appeared
first on Plains Current[5].

Links:
[1]: https://plainscurrent.example/wp-content/uploads/2026/03/phones.jpg (image)
[2]: https://plainscurrent.example/join/ (link)
[3]: https://plainscurrent.example/?pixel=1 (image)
[4]: https://plainscurrent.example/2026/03/10/jail-phone-rates/ (link)
[5]: https://plainscurrent.example (link)
"""


def test_a_feed_reader_s_saved_article_gives_its_title_and_no_fields(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "phones.txt", SAVED)
    assert draft.headline == "Jail phone rates doubled after the county's new contract"
    assert draft.dek == ""
    assert draft.byline == ("Lucia Brenner",)
    assert draft.dateline == "GARDEN PLAIN, Kan."
    for chrome in ("Feed:", "Author:", "pcadmin", "Link:", "Links:", "(link)", "appeared first"):
        assert chrome not in " ".join((draft.headline, draft.dek, body)), chrome


def test_a_saved_article_s_picture_lines_give_their_alt_and_no_pixel(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "phones.txt", SAVED)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Phones in the visiting room of the county jail in Garden Plain in February.",
            "Lucia Brenner/Plains Current",
            "A row of wall phones in a jail visiting room.",
        )
    ]
    assert "[image" not in body and "[2]" not in body


ERB_POST = """---
layout: post
title: "Two towns let their fire hydrants go untested for years"
subtitle: "Inspection logs show 400 hydrants had not been flushed since 2019."
authors:
  - Rhea Castellano
date: 2026-03-02 06:00:00 -0600
image:
  path: /images/2026/03/hydrant-social.jpg
  alt: ""
---

<%# DESK: hold the chief's name until he calls back. %>

<%= render Shared::Figure.new(
  image: "/images/2026/03/hydrant.jpg",
  alt: "A rusted fire hydrant beside a gravel road.",
  caption: "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
  credit: "Rhea Castellano/Prairie Data Desk"
) %>

OAK BLUFF, Kan. — Fire crews in two towns went years without testing hundreds of their hydrants, according to inspection logs obtained by the Prairie Data Desk.

The logs show 400 of the towns' 1,150 hydrants had not been flushed or pressure-tested since 2019.

<%= render "newsletter_signup", list: "prairie-weekly" %>

"You find out a hydrant is dry when you hook up to it," said a volunteer firefighter who asked not to be named.

<%= markdownify do %>
Both towns said they would test every hydrant by fall.
<% end %>

<%= render "related_stories", tag: "fire" %>

*Rhea Castellano reported from Oak Bluff.*
"""


def test_a_ruby_site_s_figure_component_is_its_picture(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "hydrants.md", ERB_POST)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
            "Rhea Castellano/Prairie Data Desk",
            "A rusted fire hydrant beside a gravel road.",
        )
    ]


def test_erb_comments_partials_and_block_tags_are_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "hydrants.md", ERB_POST)
    assert draft.dek == "Inspection logs show 400 hydrants had not been flushed since 2019."
    assert "Both towns said they would test every hydrant by fall." in draft.paragraphs
    for chrome in ("<%", "%>", "DESK:", "render", "newsletter_signup", "markdownify"):
        assert chrome not in body, chrome


def test_a_front_matter_s_social_crop_of_the_lead_picture_is_no_second_picture(
    tmp_path: Path,
) -> None:
    draft, _ = read(tmp_path, "hydrants.md", ERB_POST)
    assert len(draft.images) == 1


def test_an_italic_line_under_a_captioned_figure_is_no_caption(tmp_path: Path) -> None:
    text = ERB_POST.replace('<%= render "related_stories", tag: "fire" %>\n\n', "").replace(
        "*Rhea Castellano reported from Oak Bluff.*",
        '<%= render Shared::Figure.new(image: "/images/2026/03/crew.jpg", alt: "Firefighters at a hydrant.", caption: "A crew tests a hydrant in March.", credit: "Courtesy of the Oak Bluff Fire Department") %>\n\n*Data intern Wes Amari contributed reporting.*',
    )
    draft, _ = read(tmp_path, "hydrants.md", text)
    assert [i.caption for i in draft.images] == [
        "A hydrant in Oak Bluff that the town's logs show was last flushed in 2018.",
        "A crew tests a hydrant in March.",
    ]
    assert [c.name for c in draft.contributors] == ["Wes Amari"]


def test_an_empty_paragraph_a_markdown_widget_writes_is_no_paragraph(tmp_path: Path) -> None:
    text = "---\ntitle: Bridge closes for repairs\n---\n\nThe Elm Street bridge will close on Monday for six weeks of deck repairs, the city said.\n\n&nbsp;\n\nDetours will send traffic over the Oak Street bridge.\n"
    draft, _ = read(tmp_path, "bridge.md", text)
    assert draft.paragraphs == (
        "The Elm Street bridge will close on Monday for six weeks of deck repairs, the city said.",
        "Detours will send traffic over the Oak Street bridge.",
    )


ROOM = """2/3/2026, 6:02:11 PM - Lena Ruiz changed the room topic to "Filing: Tuesday — bus drivers".
2/3/2026, 6:05:40 PM - Ike Moss: Lena will file the bus driver piece here
2/3/2026, 6:10:02 PM - Lena Ruiz: here it comes in two parts

HED: School district is short 40 bus drivers as routes run late
By Lena Ruiz

PINE HOLLOW, Ore. — The Pine Hollow School District is short 40 bus drivers this winter, and more than a third of its routes ran at least 20 minutes late in January, district records show.

The district pays new drivers $19.50 an hour, about $3 less than the county's transit agency, according to the two agencies' posted wages.
2/3/2026, 6:11:30 PM - Lena Ruiz: "We have kids standing at stops in the dark for half an hour," said Marta Cole, whose two children ride a route that was late on 14 school days last month.

District spokesperson Ben Ortiz said the board will vote in March on raising drivers' pay to $22 an hour.

Data reporter Sam Kettle contributed reporting.

END
2/3/2026, 6:12:05 PM - Lena Ruiz sent an image. (Media omitted)
2/3/2026, 6:12:40 PM - Lena Ruiz: captions, in order:
1) Students wait for a late bus in Pine Hollow on Jan. 21, 2026. Photo by Lena Ruiz for the Valley Courier
2) A page of the district's January route log shows 61 late arrivals. (Pine Hollow School District records)
2/3/2026, 6:20:00 PM - Ike Moss: <Lena Ruiz "here it comes in two parts"> is it $19.50 or $19?
2/3/2026, 6:22:10 PM - Lena Ruiz: * here it comes in two parts

HED: School district is short 40 bus drivers as routes run late
By Lena Ruiz

PINE HOLLOW, Ore. — The Pine Hollow School District is short 40 bus drivers this winter, and more than a third of its routes ran at least 20 minutes late in January, district records show.

The district pays new drivers $19 an hour, about $3 less than the county's transit agency, according to the two agencies' posted wages.
2/3/2026, 6:25:00 PM - Ike Moss: thanks, got it
"""


def test_a_chat_export_s_edit_replaces_the_message_it_corrects(tmp_path: Path) -> None:
    _, body = read(tmp_path, "drivers.txt", ROOM)
    assert "The district pays new drivers $19 an hour" in body
    assert "$19.50" not in body
    assert body.count("is short 40 bus drivers this winter") == 1
    assert "* here it comes" not in body


def test_a_story_sent_in_several_messages_is_read_whole(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "drivers.txt", ROOM)
    assert draft.headline == "School district is short 40 bus drivers as routes run late"
    assert draft.paragraphs[-1].startswith("District spokesperson Ben Ortiz said")
    assert [c.name for c in draft.contributors] == ["Sam Kettle"]


def test_a_chat_s_numbered_captions_give_the_pictures_it_left_out(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "drivers.txt", ROOM)
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Students wait for a late bus in Pine Hollow on Jan. 21, 2026.",
            "Lena Ruiz for the Valley Courier",
            "",
        ),
        (
            "A page of the district's January route log shows 61 late arrivals.",
            "Pine Hollow School District records",
            "",
        ),
    ]
    assert "captions" not in body and "Media omitted" not in body


def test_a_chat_export_is_filed_with_the_edited_text(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "drivers.txt"
    path.write_text(ROOM, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "bus-drivers")
    assert result.code == 0, result.text
    text = body(reporter, "bus-drivers")
    assert "$19 an hour" in text and "Ben Ortiz" in text
    assert "$19.50" not in text and "Media omitted" not in text

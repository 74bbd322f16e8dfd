# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-third filing round reads right: a DokuWiki page's source, a design
system's lead paragraph and a page's date labels, a social site's article copied from its
logged-in view, a scanned page's printed line ends in a Word paragraph, and a mailed story's
picture list."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


WIKI = """~~NOTOC~~
<WRAP round info>
**Desk:** holding for the Friday paper. --- //[[user:kim|Kim Oh]] 2026/03/02 10:12//
</WRAP>

/* Status: needs a second read -- KO */

====== Library board picks a site for the new branch ======

//The old feed store on Main Street won out over two lots at the edge of town.//

**By Kim Oh**

{{ :photos:2026-03:feed-store.jpg?600 |A brick storefront with boarded windows}}
//The former feed store on Main Street, where the branch would open in 2028. (Photo: Lee Park/Valley Ledger)//

PINEDALE -- The library board voted 4-1 on Monday to buy the former feed store on Main Street for the town's second branch. <del>The store closed in 2019.</del> Board members said the site was the only one within walking distance of the middle school.

The purchase price is $410,000((Figure from the board packet, p. 3.)), the board said, and the [[news:2026:01:branch-plan|renovation plan]] is due in the spring.

==== A second vote ====

The town council must still approve the purchase, which it will take up on March 16.

----
{{tag>library pinedale}}
~~DISCUSSION~~
"""


def test_a_dokuwiki_page_s_source(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "branch.txt", WIKI)
    assert draft.headline == "Library board picks a site for the new branch"
    assert draft.dek.startswith("The old feed store on Main Street won out")
    assert draft.byline == ("Kim Oh",)
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.caption.startswith("The former feed store on Main Street")
    assert image.credit == "Lee Park/Valley Ledger"
    assert image.alt == "A brick storefront with boarded windows"
    # the editors' box, comment, struck text and footnote are no text; a link reads as its words
    assert "Desk" not in body and "Status" not in body and "closed in 2019" not in body
    assert "board packet" not in body and "~~" not in body and "tag>" not in body
    assert (
        "The purchase price is $410,000, the board said, and the renovation plan is due in the spring."
        in draft.paragraphs
    )
    assert "## A second vote" in draft.paragraphs


COUNCIL_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Town hall car park to close - Dunmere Council</title></head>
<body>
<a class="govuk-skip-link" href="#main">Skip to main content</a>
<main class="govuk-main-wrapper" id="main">
<span class="govuk-caption-l">News</span>
<h1 class="govuk-heading-xl">Town hall car park to close for resurfacing in January</h1>
<p class="govuk-body-l">Drivers are asked to use the leisure centre car park for three weeks while the surface and lighting are replaced.</p>
<dl class="page-metadata">
<dt>Published:</dt><dd><time datetime="2026-12-01">1 December 2026</time></dd>
<dt>Last updated:</dt><dd><time datetime="2026-12-02">2 December 2026</time> — <a href="#history">see all updates</a></dd>
</dl>
<p class="govuk-body">Dunmere Council will close the town hall car park from Monday 5 January so that contractors can resurface it and replace its lighting columns.</p>
<p class="govuk-body">The work is expected to take three weeks. Blue badge holders can park free of charge in marked bays on Market Street while the car park is closed.</p>
<p class="govuk-body">Councillor Sam Okafor, cabinet member for transport, said the surface had been patched many times and was no longer safe in icy weather.</p>
</main>
</body></html>
"""


def test_a_design_system_s_lead_paragraph_and_a_page_s_date_labels(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "carpark.html", COUNCIL_PAGE)
    assert draft.headline == "Town hall car park to close for resurfacing in January"
    # the lead paragraph under the title is the dek
    assert draft.dek.startswith("Drivers are asked to use the leisure centre car park")
    # the date labels set apart from their dates, and the link to the page's history, no text
    assert "Last updated" not in body and "Published:" not in body
    assert "see all updates" not in body
    assert draft.paragraphs[0].startswith("Dunmere Council will close the town hall car park")


SOCIAL_ARTICLE = """To view keyboard shortcuts, press question mark
View keyboard shortcuts
Home
Explore
Notifications
Messages
Profile
Post
Article
Ferry fares to rise 8% in the spring, island board says
Island Weekly
@IslandWeekly
The increase is the first in four years and will pay for a second deckhand on the early run.
By Tara Quinn
HARBOR ISLAND — The island's ferry board voted on Thursday to raise fares by 8% from April 1, the first increase since 2022.
Board members said the money would pay for a second deckhand on the 6 a.m. sailing, which carries most of the island's commuters.
"We held the line as long as we could," board chair Will Amos said.
The Weekly is free to read because readers chip in. Become a member at islandweekly.example/join.
Last edited
9:12 AM · Mar 3, 2026
·
2.1K
Views
Relevant
View quotes
Post your reply
Reply
Dana Fitch
@danafitch
·
1h
Eight percent is a lot for those of us who ride it every day.
Show more replies
"""


def test_a_social_article_copied_from_the_logged_in_view(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", SOCIAL_ARTICLE)
    # the site's hint for its keyboard shortcuts is no headline
    assert draft.headline == "Ferry fares to rise 8% in the spring, island board says"
    assert draft.dek.startswith("The increase is the first in four years")
    # the appeal, the post's footer and the replies under the reply box are no text
    assert "free to read" not in body and "Become a member" not in body
    assert "Last edited" not in body and "View quotes" not in body
    assert "Eight percent" not in body and "Show more replies" not in body
    assert '"We held the line as long as we could," board chair Will Amos said.' in draft.paragraphs


def test_a_scanned_page_s_printed_line_ends_in_a_word_paragraph(tmp_path: Path) -> None:
    import docx

    document = docx.Document()

    def printed(lines: list[str], bold: bool = False, italic: bool = False) -> None:
        paragraph = document.add_paragraph()
        for n, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold, run.italic = bold, italic
            if n + 1 < len(lines):
                run.add_break()  # a line end kept where the printed column's line ended

    printed(["Grain elevator in Dunvale", "to close after 90 years"], bold=True)
    printed(
        ["The co-op says trucks now haul", "most of the crop to the river terminal"], italic=True
    )
    document.add_paragraph().add_run("By MARA LUND").bold = True
    printed(
        [
            "DUNVALE — The farmers co-op",
            "that owns the Dunvale grain elevator",
            "will close it after this year's harvest,",
            "its board said Monday.",
        ]
    )
    printed(
        [
            "The elevator was built in 1936 and",
            "took in more than a million bushels",
            "a year at its peak, general manager",
            "Rolf Beck said.",
        ]
    )
    path = tmp_path / "elevator.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    # the printed lines of a headline, a deck and a paragraph are one each
    assert draft.headline == "Grain elevator in Dunvale to close after 90 years"
    assert draft.dek == "The co-op says trucks now haul most of the crop to the river terminal"
    assert draft.paragraphs[0] == (
        "DUNVALE — The farmers co-op that owns the Dunvale grain elevator will close it after this year's harvest, its board said Monday."
    )
    assert draft.paragraphs[1].startswith("The elevator was built in 1936 and took in more")


MAILED_STORY = """Council to repair the market roof before the rains

By Ruth Banda

CHIPATA - The municipal council will repair the leaking roof of the main market before the rains begin, the town clerk said yesterday.

Traders said water had damaged their stock every rainy season for three years.

The council has set aside K120,000 for the work, which will start next week.

ENDS

PICTURES:
Pic 1 (IMG_4410.jpg): Traders at the main market under the damaged roof section. Picture by RUTH BANDA
Pic 2 (IMG_4415.jpg): Town clerk Moses Phiri at the council offices. Picture courtesy of the council's public relations office
"""


def test_a_heading_over_a_mail_s_picture_list_and_a_picture_courtesy_credit(
    tmp_path: Path,
) -> None:
    draft, _ = read(tmp_path, "roof.txt", MAILED_STORY)
    # the list's heading is no picture, and 'Picture courtesy of ...' is kept whole
    assert [i.caption for i in draft.images] == [
        "Traders at the main market under the damaged roof section.",
        "Town clerk Moses Phiri at the council offices.",
    ]
    assert draft.images[0].credit == "RUTH BANDA"
    assert draft.images[1].credit == "Picture courtesy of the council's public relations office"


CONVERTED_PAGE = """{0}------------------------------------------------

# **THE BIRCH LAKE BUGLE**

Vol. 88, No. 12 • Birch Lake, Minnesota • Thursday, March 5, 2026 • $1.25

## **County to rebuild the Birch Lake boat landing this summer**

### **Anglers will launch at the public beach while the ramp is closed**

**By Nils Aho**

BIRCH LAKE — The county will tear out and rebuild the public boat landing on the north shore of Birch Lake in June, the parks director said Tuesday.

The concrete ramp has cracked in several places, and the dock sits too low when the lake is high.

{1}------------------------------------------------

The work is expected to take six weeks and cost about $310,000.
"""


def test_a_pdf_converter_s_masthead_bold_headings_and_page_marks(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "landing.md", CONVERTED_PAGE)
    # the paper's name over its issue's folio line is no headline, and a heading's bold is
    # no part of its words
    assert draft.headline == "County to rebuild the Birch Lake boat landing this summer"
    assert draft.dek == "Anglers will launch at the public beach while the ramp is closed"
    assert "BIRCH LAKE BUGLE" not in body and "Vol. 88" not in body
    # the converter's mark where a page ends is no text
    assert "{1}" not in body and "---" not in body
    assert draft.paragraphs[-1] == "The work is expected to take six weeks and cost about $310,000."


FULL_STOP_DATELINE = """Traders protest new market dues in Tororo

By Grace Akello

Tororo. Traders at the central market in Tororo have closed their stalls for a second day to protest new daily dues introduced by the municipal council this month.

The traders say the dues, which rose from Shs1,000 to Shs3,000, are more than many of them earn in a day.

The town clerk said the council would meet the traders' leaders on Friday.
"""

ONE_WORD_SENTENCE = """Council approves the new bus shelters

By Grace Akello

Finally. After three years of requests, the council on Monday approved eight new bus shelters along the main road through the town.

The shelters will be built before the rains, the works engineer said.
"""


def test_a_place_set_with_a_full_stop_as_a_dateline(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "dues.txt", FULL_STOP_DATELINE)
    assert draft.dateline == "Tororo"
    # a first sentence of one word, whose word the story never names again, is no place
    draft, _ = read(tmp_path, "shelters.txt", ONE_WORD_SENTENCE)
    assert draft.dateline == ""


def test_a_name_in_capitals_beside_a_station_in_a_byline(tmp_path: Path) -> None:
    text = FULL_STOP_DATELINE.replace("By Grace Akello", "By GRACE AKELLO, Tororo")
    draft, _ = read(tmp_path, "dues.txt", text)
    assert draft.byline == ("Grace Akello",)


WIKI_EXPORT = """# Boat landing — working title, for Tue

<p class="callout warning">DESK: hold for Tuesday; check the cost with the county.</p>

# County to rebuild the north shore boat landing

*The ramp will be closed for six weeks starting in June.*

By Nils Aho

[![A cracked concrete boat ramp at the edge of a lake](https://wiki.example.org/uploads/images/gallery/2026-03/scaled-1680-/ramp.jpg)](https://wiki.example.org/uploads/images/gallery/2026-03/ramp.jpg)

*The cracked ramp at the north shore landing on March 2.* Photo: Nils Aho/Birch Lake Bugle

BIRCH LAKE, Minn. — The county will tear out and rebuild the public boat landing on the north shore of Birch Lake in June, the parks director said Tuesday.

The work is expected to take six weeks and cost about $310,000.
"""


def test_a_wiki_page_s_name_over_the_headline_and_a_linked_thumbnail(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "landing.md", WIKI_EXPORT)
    # of two titles, the one over the byline is the headline; the page's name is none
    assert draft.headline == "County to rebuild the north shore boat landing"
    assert draft.dek == "The ramp will be closed for six weeks starting in June."
    assert "working title" not in body
    # a picture linked to its full size is the picture, its brackets' words its alt
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.alt == "A cracked concrete boat ramp at the edge of a lake"
    assert image.caption == "The cracked ramp at the north shore landing on March 2."
    assert image.credit == "Nils Aho/Birch Lake Bugle"


BLOG_POST = """<!DOCTYPE html>
<html><head><title>Clinic adds Saturday hours</title></head>
<body>
<article class="blog-post">
<h1>Rural clinic adds Saturday hours for farm families</h1>
<p class="author">By Jo Reyes</p>
<p>HARLAN — The county's only rural clinic will open on Saturdays starting in January, its director said Monday.</p>
<p>The clinic has been open only on weekdays since it opened in 2011.</p>
<span class="hs-cta-wrapper"><span class="hs-cta-node"><a href="https://cta.example.com/redirect/1"><img class="hs-cta-img" src="https://cta.example.com/button.png" alt="Get rural health news every week. Sign up for our newsletter."></a></span></span>
<p>Saturday hours will run from 8 a.m. to noon, and walk-ins will be welcome.</p>
<figure><img src="clinic.jpg" alt=""><figcaption>The clinic's waiting room on Monday. (Photo: Jo Reyes/Plains Health)</figcaption></figure>
<p>The state health department is paying for the extra staff for two years.</p>
</article>
</body></html>
"""


def test_a_call_to_action_s_image_button_is_no_picture(tmp_path: Path) -> None:
    (tmp_path / "clinic.jpg").write_bytes(b"")
    draft, _ = read(tmp_path, "clinic.html", BLOG_POST)
    assert len(draft.images) == 1
    assert draft.images[0].caption == "The clinic's waiting room on Monday."
    assert all("newsletter" not in i.alt for i in draft.images)


SIGNED_MAIL = """Dear Editor,

Please find my story below.

Borehole dries up in Kasenga as the dry season drags on

By Ruth Banda

KASENGA - The only borehole serving more than 2,000 people in Kasenga has dried up, forcing women to walk six kilometres to the river for water, residents said yesterday.

Village headman Joseph Mwale said the council had been told about the borehole in August, and that villagers had since collected money to repair the pump themselves before learning the water table had dropped.

The district water officer said a drilling team would be sent next week to sink a deeper borehole, and that a water bowser from the council would visit the village twice a week until then.

Regards,

Ruth Banda
Kasenga Correspondent
Cell: +260 97 555 0100

Sent from Yahoo Mail on Android
"""


def test_a_mail_s_signature_under_its_sign_off(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "borehole.txt", SIGNED_MAIL)
    assert draft.paragraphs[-1].startswith("The district water officer said")
    assert "Correspondent" not in body and "Cell" not in body and "Yahoo" not in body


MARKDOWN_WITH_HTML = """# Library board picks a site for the new branch

By Kim Oh

PINEDALE — The library board voted 4-1 on Monday to buy the former feed store on Main Street for the town's second branch.

<div class="diagram-box"><img src="https://wiki.example.org/uploads/drawio/branch-costs.png"></div>

*What the branch would cost, by year.* Graphic: Kim Oh/Valley Ledger

The purchase price is $410,000, the board said.

<details>
<summary>Reporting notes (not for publication)</summary>

- Board chair interview 3/2, recorded.
- Check the price against the board packet.

</details>
"""


def test_a_picture_as_html_in_markdown_and_a_folded_box_of_notes(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "branch.md", MARKDOWN_WITH_HTML)
    # a picture as HTML alone in its box: its alt what the tag says (here none)
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.alt == "" and image.caption == "What the branch would cost, by year."
    assert image.credit == "Kim Oh/Valley Ledger"
    # a folded box whose summary says it holds notes is no text
    assert "interview" not in body and "board packet" not in body
    assert draft.paragraphs[-1] == "The purchase price is $410,000, the board said."


def test_a_social_site_s_alt_badge_over_a_typed_caption_is_no_alt(tmp_path: Path) -> None:
    text = SOCIAL_ARTICLE.replace(
        '"We held the line',
        "ALT\nThe ferry Island Queen at the town dock on Monday. (Photo: Tara Quinn/Island Weekly)\n"
        '"We held the line',
    )
    draft, _ = read(tmp_path, "ferry.txt", text)
    assert [i.caption for i in draft.images] == [
        "The ferry Island Queen at the town dock on Monday."
    ]
    assert draft.images[0].alt == "" and draft.images[0].credit == "Tara Quinn/Island Weekly"
    assert "ALT" not in draft.paragraphs


def test_a_newsletter_s_promise_under_the_story_is_no_text(tmp_path: Path) -> None:
    text = SIGNED_MAIL.replace(
        "Regards,",
        "Get the Ledger in your inbox\n\nOne email every Friday: what we published and what comes next.\n\nRegards,",
    )
    _, body = read(tmp_path, "borehole.txt", text)
    assert "One email every Friday" not in body


def test_a_writer_s_bio_set_in_the_caption_style_is_no_picture(tmp_path: Path) -> None:
    (tmp_path / "clinic.jpg").write_bytes(b"")
    page = BLOG_POST.replace(
        "</article>",
        '<p class="text-preset-caption"><em>Jo Reyes is a contributing writer for Plains Health and lives in Harlan.</em></p>\n</article>',
    )
    draft, body = read(tmp_path, "clinic.html", page)
    assert len(draft.images) == 1
    assert "contributing writer" not in body

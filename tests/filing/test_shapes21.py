# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-first filing round reads right: a caption's credit after a long dash, a
cutline list numbered with the pictures' file names, a chat's captions in the order sent."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


STORY = """Ferry dock repairs run months past the deadline

By Ana Ruiz

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.

Crews found rot in the 1950s pilings in June, the county's engineer said.

Riders will take the water taxi until the dock reopens in March, a spokesperson said.
"""

DASHED = """<html><head><title>Mudflow buries orchard village</title></head><body>
<article><h1>Mudflow buries orchard village after three days of rain</h1>
<p class="byline">By Siti Aminah</p>
<p>IPOH: Residents of a village near here spent Tuesday digging out their homes after a mudflow came down the slope above them.</p>
<figure><img src="a.jpg" alt=""><figcaption>Residents salvaging belongings from a buried house on Tuesday (Dec 1). — NOR AZIZAH/The Valley Post</figcaption></figure>
<p>The state government said it would pay for the clean-up.</p>
<figure><img src="b.jpg" alt=""><figcaption>Machinery clearing the slope in a photo taken in August. — Filepic</figcaption></figure>
<p>Villagers said they had warned the district office about the slope for years.</p>
<figure><img src="c.jpg" alt=""><figcaption>The state's chief minister speaking to reporters on Wednesday (Dec 2). — Bernama photo</figcaption></figure>
<p>A relief centre has been opened at the village school, the chief minister said.</p>
</article></body></html>
"""


def test_a_caption_s_credit_after_a_long_dash(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "mud.html", DASHED)
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Residents salvaging belongings from a buried house on Tuesday (Dec 1).",
            "NOR AZIZAH/The Valley Post",
        ),
        ("Machinery clearing the slope in a photo taken in August.", "Filepic"),
        ("The state's chief minister speaking to reporters on Wednesday (Dec 2).", "Bernama photo"),
    ]


def test_a_dash_before_a_quotation_s_speaker_is_no_credit(tmp_path: Path) -> None:
    text = STORY + '\nOne rider put it plainly: "We just want the boat back." — Mara Olsen\n'
    draft, body = read(tmp_path, "dock.txt", text)
    assert not draft.images
    assert "Mara Olsen" in body


NUMBERED = (
    STORY
    + """
CUTLINES:

1. IMG_4410 — Crews inspect the pilings on Monday. (Ana Ruiz/The Island Record)

2. dock_1958_scan — The dock on its opening day in 1958. (Courtesy of the Harbor Point Historical Society)
"""
)


def test_a_cutline_list_numbered_with_the_pictures_file_names(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.txt", NUMBERED)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz/The Island Record"),
        ("The dock on its opening day in 1958.", "Courtesy of the Harbor Point Historical Society"),
    ]
    assert "CUTLINES" not in body


ORDERED = (
    STORY
    + """
1st pic - Crews inspect the pilings on Monday. Photo: Ana Ruiz
2nd pic - The dock on its opening day in 1958. Photo: Harbor Point Historical Society
"""
)


def test_captions_named_by_the_order_the_pictures_were_sent(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "dock.txt", ORDERED)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz"),
        ("The dock on its opening day in 1958.", "Harbor Point Historical Society"),
    ]


def test_a_word_draft_s_photo_log_table_a_picture_a_row(tmp_path: Path) -> None:
    import docx
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph("Packhorse librarians ride again in the hollows", style="Title")
    document.add_paragraph("By Corinne Mabry")
    document.add_paragraph("LICK FORK, Ky. — Twice a month, two mules carry books up the creek.")
    document.add_paragraph("The county library started the route last spring, its director said.")
    document.add_paragraph("Research assistance by county library archivist Della Baker.")
    document.add_paragraph("PHOTO LOG")
    table = document.add_table(rows=3, cols=5)
    header = ("No.", "Thumbnail", "File", "Caption", "Credit")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    rows = (
        (
            "CM_014.jpg",
            "The librarian rides along the creek on Oct. 22.",
            "Corinne Mabry for the Ledger",
        ),
        (
            "WPA_1938.tif",
            "A packhorse librarian sets out in 1938.",
            "Courtesy of the county library",
        ),
    )
    for n, (row, (name, caption, credit)) in enumerate(zip(table.rows[1:], rows, strict=True)):
        row.cells[0].text = str(n + 1)
        row.cells[1].paragraphs[0].add_run().add_picture(png(40, 30, n + 2), width=Inches(1))
        row.cells[2].text, row.cells[3].text, row.cells[4].text = name, caption, credit
    path = tmp_path / "packhorse.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert [(p.caption, p.credit) for p in draft.images] == [(c, cr) for _, c, cr in rows]
    assert all(p.data for p in draft.images)
    assert "CM_014.jpg" not in "\n".join(draft.paragraphs)
    assert [c.name for c in draft.contributors] == ["Della Baker"]


COURT = """SLUG:     VERDICT-RUIZ
DESK:     METRO

HEAD: Jury convicts former treasurer of the Harbor Point rowing club
DECK: Prosecutors said the money paid for a sailboat, a time-share and the mortgage on a cabin up the coast; sentencing is set for March 3

By Ana Ruiz
Island Record Staff Writer

     HARBOR POINT, Wash. -- A county jury on Tuesday found the former
treasurer of the Harbor Point Rowing Club guilty of stealing $88,000
from the club over five years.

     Dale Pruett (cq), 58, of Cove Road, was convicted of theft and
forgery after about four hours of deliberation.  He was acquitted of
a count of tampering with records.

     Judge Rosa Ekholm (cq) revoked his bail and ordered him held in the
county jail until sentencing [CHECK: is it March 3 or 4? -AR], she said.

     Club figures were tallied by Record news assistant Li Wei.

                              -30-

ART
SKETCH -- Former club treasurer Dale Pruett, right, listens with his
attorney as the verdict is read Tuesday in county court.  Courtroom
sketch by Hal Rudd for the Record.

MUG -- Dale Pruett (County Sheriff's Office)

NOTE TO DESK: Ekholm is spelled with an h, not Eckholm -- the court
website has it wrong.  Docket number is in the affidavit if anybody
wants to link it.  Sketch is Hal's, he's invoicing us direct.  I'm in
the press room till 7.
"""


def test_a_court_reporter_s_typed_story_its_marks_and_art_list(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "verdict.txt", COURT)
    assert draft.headline == "Jury convicts former treasurer of the Harbor Point rowing club"
    assert draft.dek.startswith("Prosecutors said the money paid for a sailboat")
    assert draft.paragraphs[1] == (
        "Dale Pruett, 58, of Cove Road, was convicted of theft and forgery after about four "
        "hours of deliberation. He was acquitted of a count of tampering with records."
    )
    assert draft.paragraphs[2] == (
        "Judge Rosa Ekholm revoked his bail and ordered him held in the county jail until "
        "sentencing, she said."
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Former club treasurer Dale Pruett, right, listens with his attorney as the verdict "
            "is read Tuesday in county court.",
            "Courtroom sketch by Hal Rudd for the Record",
        ),
        ("Dale Pruett", "County Sheriff's Office"),
    ]
    assert "(cq)" not in body and "CHECK" not in body and "Ekholm is spelled" not in body
    assert [c.name for c in draft.contributors] == ["Li Wei"]


JEKYLL = """---
layout: single
title: "Ferry dock repairs run months past the deadline"
excerpt: "The county said six weeks. It has been six months, and riders are still on the water taxi."
author: aruiz
header:
  overlay_image: /assets/images/dock-wide.jpg
  image_description: "Workers on a barge beside wooden pilings at a closed ferry dock"
  caption: "Photo: [**Ana Ruiz/The Island Record**](https://record.example.org/staff/aruiz/)"
---

{::comment}
DESK: the engineer's report posts Friday; swap in the final figure. -AR
{:/comment}

**Desk:** Hold for Wednesday. Do not push to the app until the cost is confirmed.
{: .notice--danger}

By **Ana Ruiz**
{: .byline}

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.
{: .lead}

Crews found rot in the 1950s pilings in June, the county's engineer said.

{% include figure image_path="/assets/images/pilings.jpg" alt="A diver beside a rotted piling" caption="A county diver inspects a piling on Nov. 18. *Photo: Li Wei/The Island Record*" %}

## What comes next
{: #next}

{::nomarkdown}
<div class="datawrapper-embed"><iframe title="Ferry riders by month" src="https://datawrapper.example/x/"></iframe></div>
{:/nomarkdown}

Riders will take the water taxi until the dock reopens in March, a spokesperson said.

![](/assets/images/dock-1958.jpg){: .align-center}
The dock on its opening day in 1958. (Courtesy of the Harbor Point Historical Society)
{: .small .caption}

*Rider counts for this story were compiled by Record data intern Mia Soto.*
{: .contributor}

**The Island Record is a nonprofit newsroom.** Become a member today.
{: .notice--info}

*[AQI]: Air Quality Index
"""


def test_a_jekyll_post_s_kramdown_marks_figure_include_and_header_image(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", JEKYLL)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek.startswith("The county said six weeks.")
    assert draft.byline == ("Ana Ruiz",)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "",
            "Ana Ruiz/The Island Record",
            "Workers on a barge beside wooden pilings at a closed ferry dock",
        ),
        (
            "A county diver inspects a piling on Nov. 18.",
            "Li Wei/The Island Record",
            "A diver beside a rotted piling",
        ),
        (
            "The dock on its opening day in 1958.",
            "Courtesy of the Harbor Point Historical Society",
            "",
        ),
    ]
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. —")
    assert "## What comes next" in draft.paragraphs
    for mark in (
        "{:",
        "{::",
        "DESK",
        "Hold for Wednesday",
        "Ferry riders by month",
        "nonprofit",
        "AQI",
    ):
        assert mark not in body
    assert [c.name for c in draft.contributors] == ["Mia Soto"]


PANDOC_PICTURES = """---
title: Mussels found on a tire at the marina
---

By Ana Ruiz

KESTREL, Mont. -- State divers found adult zebra mussels on a tire
beside the marina breakwater, the wildlife agency said Tuesday.

![A diver in a dry suit holds up a tire crusted with small striped
shells beside a marina
dock.](media/image1.jpeg){width="6.5in" height="4.3in"}

A state diver holds up the tire on Nov. 12. Mussels covered its inside
wall. (Courtesy of the state wildlife agency)

The launch ramps will open with inspection stations next season, the
agency said.

![](media/image2.png){width="5.0in" height="3.4in"}

The reservoir's three launch sites. Only the marina ramp will open next
season. Graphic by Li Wei/The Island Record

Boaters will have to drain their bilges before launching, the agency said.
"""


def test_a_word_picture_pandoc_converted_its_description_then_its_caption(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "mussels.md", PANDOC_PICTURES)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "A state diver holds up the tire on Nov. 12. Mussels covered its inside wall.",
            "Courtesy of the state wildlife agency",
            "A diver in a dry suit holds up a tire crusted with small striped shells beside a marina dock.",
        ),
        (
            "The reservoir's three launch sites. Only the marina ramp will open next season.",
            "Li Wei/The Island Record",
            "",
        ),
    ]
    assert "launch sites" not in body


ARCHIVED = """[Island-news] DOCK: Ferry dock repairs run months past the deadline (for Thursday papers)

Ana Ruiz aruiz at record.example.org
Wed Dec  2 10:14:03 EST 2026

    Previous message (by thread): [Island-news] BUDGET: Council sets the levy at $2.4 million for next year
    Next message (by thread): [Island-news] ADVISORY: Thursday's package and photo list for member papers
    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

SLUG: DOCK
PHOTOS: 1 (attached; the caption is in the file's description)

Ferry dock repairs run months past the deadline

By Ana Ruiz
Island News Service

HARBOR POINT, Wash. -- The county closed the ferry dock in May for
what it called a six-week repair, and it is still closed, leaving
riders on the water taxi for the busiest months of the year.

Crews found rot in the 1950s pilings in June, the county's engineer
said, and the repair grew from a patch to a rebuild of the whole
north side of the dock.

Riders will take the water taxi until the dock reopens in March, a
spokesperson said. The county has not said what the repair will
cost, or who will pay for it.

The taxi carries 40 riders a trip, about a third of what the ferry
carried, and its last run leaves the island at 7 p.m., two hours
before the ferry's did. Commuters who work late shifts on the
mainland say they have had to find rooms there during the week.

"We were told six weeks, and we planned for six weeks," said Mara
Olsen, who runs a bakery near the dock and has lost most of her
morning trade since May. "Nobody plans for a whole season."

The county council will take up the repair contract at its meeting
next Tuesday, the engineer said, and the rebuilt dock will be
inspected by the state before the ferry returns to it.

-30-
-------------- next part --------------
A non-text attachment was scrubbed...
Name: DOCK-01.jpg
Type: image/jpeg
Size: 2291044 bytes
Desc: Crews inspect the pilings on Monday. (Photo: Ana Ruiz/Island News Service)
URL: <http://lists.record.example.org/pipermail/island-news/attachments/20261202/9f3c1a2e/attachment.jpg>
-------------- next part --------------
_______________________________________________
Island-news mailing list
Island-news at lists.record.example.org
http://lists.record.example.org/mailman/listinfo/island-news
"""


def test_a_mail_archive_page_its_wrapped_story_and_scrubbed_picture(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.txt", ARCHIVED)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. -- The county closed the ferry dock")
    assert draft.paragraphs[0].endswith("for the busiest months of the year.")
    assert len(draft.paragraphs) == 6
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz/Island News Service", "")
    ]
    for chrome in (
        "Previous message",
        "next part",
        "scrubbed",
        "Size:",
        "mailing list",
        "listinfo",
    ):
        assert chrome not in body


FORWARDED = """<html><head><title>Fwd: dock story v2</title></head><body>
<table class="moz-header-part1 moz-main-header"><tr><td>Subject: Fwd: dock story v2</td></tr></table>
<p>Desk, use the version below, not the draft quoted at the bottom.</p>
<div class="moz-signature">-- <br>Lee Park | Managing Editor | Island Record<br>
<i>Serving the islands since 1911</i></div>
<div class="moz-forward-container">-------- Forwarded Message --------
<p>Lee, here's the rewrite.</p>
<p>Headline idea: Ferry dock repairs run months past the deadline</p>
<p>Second line: Riders face a winter on the water taxi; the county blames rotten pilings</p>
<p>By Ana Ruiz<br>Record correspondent</p>
<p>HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.</p>
<p>Crews found rot in the 1950s pilings in June, the county's engineer said.</p>
<p>Riders will take the water taxi until the dock reopens in March, a spokesperson said.</p>
<pre class="moz-signature" cols="72">--
Ana Ruiz
"Out here the news is whatever the tide brings."</pre>
<div class="moz-cite-prefix">On 12/1/26 4:12 PM, Lee Park wrote:<br></div>
<blockquote type="cite"><p>Ana, the cost figure is wrong, can you resend?</p>
<p>HARBOR POINT, Wash. — The county closed the dock in May and says it will cost $9 million to fix.</p>
</blockquote></div></body></html>
"""


def test_a_forwarded_mail_saved_as_a_page_its_signatures_and_quoted_draft(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "dock.html", FORWARDED)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek == "Riders face a winter on the water taxi; the county blames rotten pilings"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. — The county closed the ferry dock")
    for chrome in ("since 1911", "tide brings", "wrote:", "$9 million", "cost figure"):
        assert chrome not in body


def test_a_sub_line_under_a_labelled_headline_is_the_dek(tmp_path: Path) -> None:
    text = (
        "Headline: Ferry dock repairs run months past the deadline\nSub: Riders face a winter on the water taxi\n"
        + STORY.split("\n", 2)[2]
    )
    draft, _ = read(tmp_path, "dock.txt", text)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek == "Riders face a winter on the water taxi"
    assert draft.byline == ("Ana Ruiz",)


def test_a_subject_line_is_no_dek_without_a_labelled_headline_above(tmp_path: Path) -> None:
    text = STORY + "\nSub: the dock story\n"
    draft, _ = read(tmp_path, "dock.txt", text)
    assert draft.dek == ""


def test_a_release_s_label_over_its_headline_is_no_headline(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("NEWS RELEASE").bold = True
    document.add_paragraph().add_run("FOR IMMEDIATE RELEASE").bold = True
    document.add_paragraph("December 2, 2026")
    headline = "Food bank opens a cold-storage warehouse that triples its capacity"
    document.add_paragraph().add_run(headline).bold = True
    document.add_paragraph(
        "LINDEN GROVE, Calif. (Dec. 2, 2026) – The food bank opened its new warehouse on Tuesday."
    )
    document.add_paragraph(
        "The warehouse will let it take farm surplus it has turned away for years, its director said."
    )
    path = tmp_path / "release.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert draft.headline == headline
    assert "NEWS RELEASE" not in "\n".join(draft.paragraphs)


LYNX = """   #[1]Island Record » Feed [2]Island Record » News Feed

   [3]Skip to main content

   [4]Island Record

   Wednesday, December 2, 2026 [5]41°F Harbor Point

   [6]Subscribe — 99¢ for 6 months [7]Sign in

     * [8]News
     * [9]Local

   Ferry dock repairs run months past the deadline, leaving riders on
   the water taxi

   The county said six weeks; it has been six months

   By [10]Ana Ruiz

   HARBOR POINT, Wash. — The county closed the ferry dock in May for what
   it called a six-week repair, and it is still closed, the county's
   engineer said on Tuesday.

   Crews found rot in the 1950s pilings in June, and the repair grew
   from a patch to a rebuild of the dock's north side, he said.

   Riders will take the water taxi until the dock reopens in March, a
   spokesperson said.

References

   Visible links:
   1. https://record.example.org/feed/
   2. https://record.example.org/news/feed/
   3. https://record.example.org/#main
   4. https://record.example.org/
   5. https://record.example.org/weather/
   6. https://record.example.org/subscribe/
   7. https://record.example.org/login/
   8. https://record.example.org/news/
   9. https://record.example.org/local/
  10. https://record.example.org/staff/ana-ruiz/
"""


def test_a_text_browser_s_dump_under_its_masthead_and_feed_links(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.txt", LYNX)
    assert draft.headline == (
        "Ferry dock repairs run months past the deadline, leaving riders on the water taxi"
    )
    assert draft.dek == "The county said six weeks; it has been six months"
    assert draft.byline == ("Ana Ruiz",)
    assert "Feed" not in body and "Subscribe" not in body


RELEASE_SERVICE = """Skip to main content
ScienceWire
Research news from universities, institutes and journals
News Releases
Reporter Portal

NEWS RELEASE 2-DEC-2026
Dried-out prairie wetlands release a burst of methane when they refill, study finds
Peer-Reviewed Publication
DAKOTA PRAIRIE UNIVERSITY
Share
Print
IMAGE: A doctoral student checks a gas chamber at a refilled wetland near Hartwell, S.D., in October 2025.
view more
Credit: Jonah Eskildsen/Dakota Prairie University

HARTWELL, S.D. — Shallow prairie wetlands that dry out in summer release as much methane in the two weeks after they refill as in the rest of the year, a study found.

The findings were published Dec. 1 in a wetlands journal, the university said.
"""


def test_a_release_service_page_its_dated_label_and_labelled_picture(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "methane.txt", RELEASE_SERVICE)
    assert draft.headline == (
        "Dried-out prairie wetlands release a burst of methane when they refill, study finds"
    )
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "A doctoral student checks a gas chamber at a refilled wetland near Hartwell, S.D., in October 2025.",
            "Jonah Eskildsen/Dakota Prairie University",
            "",
        )
    ]
    assert "view more" not in body and "NEWS RELEASE" not in body


LINE_EXPORT = (
    "[LINE] Chat history with Ana\n"
    "Saved on: 12/2/2026, 10:21\n"
    "\n"
    "Mon, 11/30/2026\n"
    "08:55\tLee P.\tHi Ana, still ok for the dock piece for Sunday?\n"
    "08:57\tAna\tyes, sending in a minute\n"
    "08:58\tAna\t[Sticker]\n"
    '09:02\tAna\t"DOCK - for Sunday\n'
    "Headline: Ferry dock repairs run months past the deadline\n"
    "Sub: Riders face a winter on the water taxi\n"
    "By Ana Ruiz\n"
    "\n"
    "HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.\n"
    "\n"
    "Crews found rot in the 1950s pilings in June, the county's engineer said.\n"
    "\n"
    "Riders will take the water taxi until the dock reopens in March, a spokesperson said.\n"
    'END"\n'
    "09:03\tAna\tabout 600 words. photos coming\n"
    "09:05\tAna\t[Photo]\n"
    '09:07\tAna\t"captions\n'
    "1st pic - Crews inspect the pilings on Monday. Photo: Ana Ruiz\n"
    '2nd pic - The dock on its opening day in 1958. Photo: Harbor Point Historical Society"\n'
    "09:31\tLee P.\tGreat, thanks! Reading now\n"
    "09:48\tLee P.\tIs the March date firm?\n"
    "09:50\tAna\tyes, the engineer said so\n"
    "\n"
    "Tue, 12/1/2026\n"
    "07:12\tLee P.\tRunning Sunday p.1\n"
)


def test_a_line_chat_export_its_quoted_story_and_captions(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.txt", LINE_EXPORT)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek == "Riders face a winter on the water taxi"
    assert draft.byline == ("Ana Ruiz",)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz"),
        ("The dock on its opening day in 1958.", "Harbor Point Historical Society"),
    ]
    for talk in (
        "Reading now",
        "March date firm",
        "600 words",
        "Sticker",
        "Running Sunday",
        "11/30/2026",
    ):
        assert talk not in body


BROADCASTER = """<html><head><title>Boil water notice extended</title></head><body>
<article class="c-story">
<div class="c-story-header">
<h1 class="c-story-header__headline">Harbor Point told to keep boiling water for three more weeks</h1>
<p class="c-story-header__summary">Residents and two schools will have to boil their water until at least Christmas, the council says.</p>
</div>
<div class="c-story-meta">
<span class="c-story-meta__author">Ana Ruiz, Local Democracy Reporter</span>
<span class="c-story-meta__updated">9:12 am on 2 December 2026</span>
</div>
<div class="article__body">
<p>Harbor Point residents will have to keep boiling their drinking water for at least three more weeks after a second detection of E. coli, the district council said on Tuesday.</p>
<p>The council said it was flushing the network and would test daily until two clear results in a row.</p>
</div>
</article></body></html>
"""


def test_a_broadcaster_s_summary_and_byline_beside_its_date(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "boil.html", BROADCASTER)
    assert draft.dek == (
        "Residents and two schools will have to boil their water until at least Christmas, "
        "the council says."
    )
    assert draft.byline == ("Ana Ruiz",)


NEWSLETTER_PICTURES = (
    STORY
    + """
![Pilings at the closed dock|690x460](upload://7QnG1fJbWlbLrEj5k7sVxGQ8H6c.jpeg)
<sub>Crews inspect the pilings on Monday. Photo: Ana Ruiz for The Island Record</sub>

The dock opened in 1958, the county's records show.

![](https://lists.example.org/uploads/dock-1958.jpg)
<sub>*The dock on its opening day in 1958.* (Courtesy of the Harbor Point Historical Society)</sub>
"""
)


def test_a_caption_in_a_tag_under_its_picture_and_a_forum_s_image_size(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", NEWSLETTER_PICTURES)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Crews inspect the pilings on Monday.",
            "Ana Ruiz for The Island Record",
            "Pilings at the closed dock",
        ),
        (
            "The dock on its opening day in 1958.",
            "Courtesy of the Harbor Point Historical Society",
            "",
        ),
    ]
    assert "<sub>" not in body


NOTEBOOK = """---
title: dock repairs
toc: false
---

# Ferry dock repairs run months past the deadline

<p class="dek">The county said six weeks; it has been six months, and riders are still on the water taxi</p>

<p class="byline">By Ana Ruiz and Li Wei</p>

<div class="warning" label="For the desk">Cost figures in the cards are live; freeze them before we publish. — AR</div>

<div class="grid grid-cols-2">
  <div class="card"><h2>Days closed</h2><span class="big">${daysClosed}</span></div>
  <div class="card"><h2>Riders a day</h2><span class="big">1,200</span></div>
</div>

<figure>
  <img src="./images/pilings.jpg" alt="Workers on a barge beside wooden pilings" width="1200">
  <figcaption>Crews inspect the pilings on Monday. Photo: Ana Ruiz/The Island Record</figcaption>
</figure>

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.

Riders will take the water taxi until the dock reopens in March, a spokesperson said.
"""


def test_a_markdown_page_s_html_blocks_its_dek_byline_callout_and_cards(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", NOTEBOOK)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek.startswith("The county said six weeks")
    assert draft.byline == ("Ana Ruiz", "Li Wei")
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Crews inspect the pilings on Monday.",
            "Ana Ruiz/The Island Record",
            "Workers on a barge beside wooden pilings",
        )
    ]
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. —")
    for chrome in ("<", "freeze them", "Days closed", "1,200", "daysClosed"):
        assert chrome not in body


TRANSCRIBED = (
    STORY
    + """
-30-

ART

dock_pilings.jpg
Cutline: Crews inspect the pilings on Monday.
Credit: Ana Ruiz/The Island Record

dock_rider.jpg
DON'T RUN YET -- the rider hasn't signed the release. If it comes in, cutline: Mara Olsen waits for the water taxi.

OTTER TRANSCRIPT (auto, not corrected)

Ana Ruiz  0:03
Okay, it's recording. So the dock closed in May?

Dale Pruett  0:07
May, yeah. May the fourth. We thought six weeks.

Ana Ruiz  0:12
And now?

Speaker 3  0:15
Now it's March, they're saying. Maybe.

Transcribed by https://otter.ai
"""
)


def test_an_interview_s_transcript_filed_under_the_story_and_a_held_picture(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "dock.txt", TRANSCRIBED)
    assert len(draft.paragraphs) == 3
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz/The Island Record")
    ]
    for chrome in ("recording", "May the fourth", "Maybe", "otter", "DON'T RUN", "Mara Olsen"):
        assert chrome not in body


def _message(n: int, who: str, text: str, joined: bool = False, photo: str = "") -> str:
    sender = "" if joined else f'<div class="from_name">{who}</div>'
    picture = (
        f'<div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left" href="photos/{photo}">'
        f'<img class="photo" src="photos/{photo}" style="width: 260px; height: 173px"/></a></div>'
        if photo
        else ""
    )
    return (
        f'<div class="message default clearfix{" joined" if joined else ""}" id="message{n}">'
        f'<div class="body"><div class="pull_right date details" title="14.09.2026 09:0{n % 10}:00">09:0{n % 10}</div>'
        f'{sender}{picture}<div class="text">{text}</div></div></div>'
    )


_FILLER = " ".join(
    f"The county's engineer said crews had found more rot in pile number {n} than in any other."
    for n in range(1, 12)
)
TELEGRAM = (
    '<html><head><title>Exported Data</title></head><body><div class="page_wrap"><div class="history">'
    + _message(1, "Lee Park", "Morning Ana, how's the dock piece? Need it by 11 for the site")
    + _message(2, "Ana Ruiz", "almost there, 10 min. photos right after")
    + _message(
        3,
        "Ana Ruiz",
        "Title: Ferry dock repairs run months past the deadline<br>By Ana Ruiz<br><br>"
        "HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a "
        "six-week repair, and it is still closed.<br><br>" + _FILLER,
    )
    + _message(
        4,
        "Ana Ruiz",
        "Riders will take the water taxi until the dock reopens in March, a spokesperson said.",
        joined=True,
    )
    + _message(41, "Ana Ruiz", "that's all, 640 words", joined=True)
    + _message(
        5, "Ana Ruiz", "Crews inspect the pilings on Monday. Photo: Ana Ruiz", photo="photo_1.jpg"
    )
    + _message(6, "Lee Park", "where's the March date from? the county site says April")
    + _message(
        7,
        "Ana Ruiz",
        "the spokesperson said March on the phone yesterday, she will confirm by email",
    )
    + _message(
        8,
        "Ana Ruiz",
        "The county has not said what the repair will cost, or who will pay for it, and the council will take it up next week.",
    )
    + _message(9, "Lee Park", "👍 great, running it at noon")
    + "</div></div></body></html>"
)


def test_a_chat_app_s_exported_page_its_story_picture_and_talk(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "messages.html", TELEGRAM)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. —")
    assert (
        "Riders will take the water taxi until the dock reopens in March, a spokesperson said."
        in draft.paragraphs
    )
    assert draft.paragraphs[-1].startswith("The county has not said what the repair will cost")
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz")
    ]
    for talk in (
        "640 words",
        "Need it by 11",
        "almost there",
        "county site says April",
        "will confirm",
        "running it at noon",
        "Lee Park",
        "09:0",
    ):
        assert talk not in body


def test_a_paragraph_the_writer_texts_after_the_story_is_the_story_s(tmp_path: Path) -> None:
    later = "09:50\tAna\tThe county has not said what the repair will cost, or who will pay for it, and the council will take it up at its meeting next week.\n"
    draft, body = read(tmp_path, "dock.txt", LINE_EXPORT + later)
    assert draft.paragraphs[-1].startswith("The county has not said what the repair will cost")
    assert "March date firm" not in body


def test_a_fact_checker_s_source_numbers_and_source_list_in_a_word_file(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Ferry dock repairs run months past the deadline", style="Title")
    document.add_paragraph("By Ana Ruiz")
    sentences = (
        "HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed, leaving riders on the water taxi.",
        "Crews found rot in the 1950s pilings in June, the county's engineer said, and the repair grew from a patch to a rebuild of the whole north side of the dock.",
        "The new deck will cover 1,200 ft",
        "Riders will take the water taxi until the dock reopens in March, a spokesperson said, and the county has not said what the repair will cost or who will pay.",
    )
    for n, sentence in enumerate(sentences):
        paragraph = document.add_paragraph(sentence)
        paragraph.add_run(str(n + 1) if n != 2 else "2").font.superscript = True
        if n == 2:
            paragraph.add_run(
                " of the pier, the engineer said, more than the old deck did before the rot set in over the winter."
            )
    document.add_paragraph().add_run("SOURCE LIST (checker — not for publication)").bold = True
    document.add_paragraph(
        "County engineer's report, Nov. 2, pp. 3–4 (pile count per the 1958 plans)."
    )
    document.add_paragraph("Ferry riders' association, phone 11/25: 1,200 riders a day in summer.")
    path = tmp_path / "dock.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    body = "\n".join(draft.paragraphs)
    assert draft.paragraphs[0].endswith("leaving riders on the water taxi.")
    assert draft.paragraphs[1].endswith("north side of the dock.")
    assert draft.paragraphs[2].startswith("The new deck will cover 1,200 ft2 of the pier")
    assert "SOURCE LIST" not in body and "pile count" not in body and "phone 11/25" not in body


def _bound(alias: str, text: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:p><w:sdt><w:sdtPr><w:alias w:val="{alias}"/>{shown}<w:text/></w:sdtPr>'
        f"<w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    )


def test_a_word_cover_page_s_bound_fields(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(
        "HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed."
    )
    document.add_paragraph(
        "Riders will take the water taxi until the dock reopens in March, a spokesperson said."
    )
    cover = (
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr>'
        '<w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent>"
        + _bound("Title", "Ferry dock repairs run months past the deadline")
        + _bound("Subtitle", "The county said six weeks; it has been six months")
        + "<w:p><w:r><w:t>Abstract</w:t></w:r></w:p>"
        + _bound("Abstract", "Pitch for the Sunday paper, about 900 words, with my photos.")
        + _bound("Author", "Ana Ruiz")
        + _bound("Company", "[Company name]", placeholder=True)
        + _bound("Publish Date", "12/2/2026")
        + "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(0, parse_xml(cover))
    math = document.add_paragraph("For each month we calculated ")._p
    math.append(
        parse_xml(
            '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            '<m:r><m:t xml:space="preserve">riders a day = riders </m:t></m:r>'
            '<m:r><m:t xml:space="preserve">÷ days open</m:t></m:r></m:oMath>'
        )
    )
    math.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t>, then averaged the months.</w:t></w:r>'
        )
    )
    document.add_paragraph("Fact-checking by Li Wei.")
    path = tmp_path / "dock.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    body = "\n".join(draft.paragraphs)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert draft.dek == "The county said six weeks; it has been six months"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. —")
    assert "Pitch for" not in body and "[Company name]" not in body and "12/2/2026" not in body
    assert (
        "For each month we calculated riders a day = riders ÷ days open, then averaged the months."
        in draft.paragraphs
    )
    assert [c.name for c in draft.contributors] == ["Li Wei"]


FORUM_POST = """<html><head><title>Ferry dock repairs run months past the deadline</title></head><body>
<div class="cooked">
<h1>Ferry dock repairs run months past the deadline</h1>
<p>By Ana Ruiz</p>
<p>HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.</p>
<p>Mara Olsen raised the dock's condition on this forum in October, after the first repair:</p>
<aside class="quote no-group" data-username="mara_olsen" data-post="3">
<div class="title"><img alt="" width="24" height="24" src="/user_avatar/mara_olsen/48/1.png" class="avatar"> mara_olsen:</div>
<blockquote><p>If those pilings go in a storm, every one of us is cut off until the county says otherwise.</p></blockquote>
</aside>
<p>Riders will take the water taxi until the dock reopens in March, a spokesperson said.</p>
<details><summary>Reporting notes (for Record staff)</summary>
<p>The March date is the spokesperson's; the engineer has not confirmed it.</p>
</details>
</div></body></html>
"""


def test_a_forum_post_s_quoted_post_and_folded_reporting_notes(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.html", FORUM_POST)
    assert (
        "If those pilings go in a storm, every one of us is cut off until the county says otherwise."
        in draft.paragraphs
    )
    assert "mara_olsen" not in body
    assert "engineer has not confirmed" not in body and "Reporting notes" not in body


GALLERIES = """<html><head><title>Ferry dock repairs run months past the deadline</title></head><body><article>
<h1>Ferry dock repairs run months past the deadline</h1>
<p class="byline">By Ana Ruiz</p>
<p>HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.</p>
<div class="story-gallery">
<figure><img src="a.jpg" alt=""><figcaption>Crews inspect the pilings on Monday. (Photo: Ana Ruiz/The Island Record)</figcaption></figure>
<p class="gallery-count">1 of 2 photos</p>
</div>
<p>Riders will take the water taxi until the dock reopens in March, a spokesperson said.</p>
<div class="em em_gallery" aria-label="Gallery: Inside the closed dock">
<a href="/picture-gallery/news/2026/12/01/inside-closed-dock/">
<img src="https://example.org/gallery-01.jpg?width=320" alt="Gallery thumbnail">
<span>Inside the closed dock</span><span>14 photos</span><span>View Gallery</span></a>
</div>
<p>The county has not said what the repair will cost, or who will pay for it.</p>
</article></body></html>
"""


def test_a_link_to_the_site_s_gallery_is_no_picture_of_the_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.html", GALLERIES)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Crews inspect the pilings on Monday.", "Ana Ruiz/The Island Record")
    ]
    assert (
        "View Gallery" not in body
        and "14 photos" not in body
        and "Inside the closed dock" not in body
    )


def test_a_story_s_audio_player_and_report_a_mistake_box(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Dock</title></head><body><article>"
        "<h1>Ferry dock repairs run months past the deadline</h1><p class='byline'>By Ana Ruiz</p>"
        "<p>HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.</p>"
        "<div class='c-audio-embed'><div class='c-audio-embed__title'>Listen to this story</div>"
        "<span class='c-audio-embed__duration'>Duration: 3′ 57″</span>"
        "<span class='c-audio-embed__download'>Download: <a href='a.ogg'>Ogg</a> <a href='a.mp3'>MP3</a></span>"
        "<a class='c-audio-embed__more' href='/programmes/checkpoint'>More from Checkpoint</a></div>"
        "<p>Riders will take the water taxi until the dock reopens in March, a spokesperson said.</p>"
        "<div class='report-error'><p>Found a mistake in this article? <a href='#'>Report it to us.</a></p></div>"
        "</article></body></html>"
    )
    draft, body = read(tmp_path, "dock.html", page)
    assert len(draft.paragraphs) == 2
    for chrome in ("Duration", "Download", "Checkpoint", "Found a mistake", "Report it"):
        assert chrome not in body

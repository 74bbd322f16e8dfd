# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-sixth filing round reads right (found on held-out-20's first half): a
page an ASP.NET site serves inside its one server form, with a news module's picture title
and description, the writer's portrait and the files to download under the story; a fax
delivered as OCR text, its pages' headers, slugs and '(more)' marks, its cover sheet and the
service around it, and its list of prints to come."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


WEBFORMS = """<!DOCTYPE html>
<html><head><title>Field Notes - Birchwood Water Authority</title></head>
<body id="Body">
<form method="post" action="/News/Field-Notes" id="Form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="aGVsbG8gd29ybGQ=" /></div>
<header class="siteHeader"><a href="/">Home</a> <a href="/Pay">Pay My Bill</a></header>
<div class="DnnModule"><div class="news_article">
<h1 class="news_articleTitle">Crews swap the last lead service lines on Quarry Street</h1>
<div class="news_articleSummary"><p>The authority says every lead line in the borough will be gone by spring</p></div>
<div class="news_metaDetails"><span class="news_author">By <a href="/Author/4">Odile Ferrante</a>, Field Notes Editor</span></div>
<div class="news_mediaContainer">
<a href="/media/quarry.jpg" class="lightbox"><img alt="Workers lowering a pipe into a trench" src="/media/quarry-900.jpg" /></a>
<div class="news_mediaTitle">A crew lowers new copper pipe into a trench on Quarry Street in November.</div>
<div class="news_mediaDescription"><p>Field Notes photo by Odile Ferrante</p></div>
</div>
<div class="news_articleContent">
<p>The Birchwood Water Authority finished replacing the lead service lines on Quarry Street last week, the 212th street of the borough to get new pipe.</p>
<p>Crews dug up 38 lines there, most of them laid before 1940, said Tomas Reyes, the authority's distribution manager.</p>
<p>Homeowners paid nothing for the work, which a state loan covered in full, he said.</p>
<p>Customers with questions about their own line can call the authority at 555-0142.</p>
</div>
<div class="news_documentsWrapper">
<h3>Documents to download</h3>
<ul><li><a href="/docs/lead-line-map.pdf">lead-line-map.pdf</a> <span>(1.2 MB)</span></li></ul>
</div>
<div class="news_aboutTheAuthor">
<img src="/media/authors/ferrante.jpg" alt="Odile Ferrante" />
<p class="news_authorBio">Odile Ferrante is the editor of Field Notes.</p>
</div>
</div></div>
<div class="footer">Birchwood Water Authority</div>
</form></body></html>
"""


def test_a_web_forms_page_s_server_form_is_the_page_not_a_form_in_it(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "quarry.html", WEBFORMS)
    assert draft.headline == "Crews swap the last lead service lines on Quarry Street"
    assert draft.dek.startswith("The authority says every lead line")
    assert draft.byline == ("Odile Ferrante",)
    assert body.startswith("The Birchwood Water Authority finished replacing")
    assert "Customers with questions about their own line" in body


def test_a_news_module_s_picture_title_is_its_caption_and_an_in_house_credit_is_whole(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "quarry.html", WEBFORMS)
    assert len(draft.images) == 1  # (the writer's portrait in the box about her is none)
    image = draft.images[0]
    assert (
        image.caption == "A crew lowers new copper pipe into a trench on Quarry Street in November."
    )
    assert image.credit == "Field Notes photo by Odile Ferrante"
    assert image.alt == "Workers lowering a pipe into a trench"
    assert "A crew lowers new copper pipe" not in body


def test_a_news_module_s_files_to_download_are_no_story(tmp_path: Path) -> None:
    _, body = read(tmp_path, "quarry.html", WEBFORMS)
    assert "Documents to download" not in body
    assert "lead-line-map.pdf" not in body


def test_a_form_to_sign_up_stays_furniture(tmp_path: Path) -> None:
    page = WEBFORMS.replace(
        '</div></div>\n<div class="footer">',
        '</div></div>\n<form class="signup"><p>Get Field Notes in your inbox every month.</p></form>\n<div class="footer">',
    )
    _, body = read(tmp_path, "quarry.html", page)
    assert "Get Field Notes in your inbox" not in body


FAX = """MailFax Delivery  |  From: 555-0187  |  Received: Mon, Mar 2, 2026 10:12 AM  |  Pages: 3
This text was read from the fax by OCR and may hold mistakes.
=====================================================================

MAR-02-2026 10:05 FROM:ASHBY GRANGE HALL      5550187      TO:5550100      P.1/3

                         FAX COVER

To:    City Desk, Valley Ledger
From:  Ruth Okonkwo
Fax:   555-0100
Pages: 3
Re:    Grange supper story

Comments: Here it is, pictures by mail Friday.

MAR-02-2026 10:07 FROM:ASHBY GRANGE HALL      5550187      TO:5550100      P.2/3

GRANGE -- OKONKWO -- VALLEY LEDGER                 Page 1

Ashby Grange serves its last pancake supper after
ninety winters in the old hall

Members will sell the building to the township in May

By Ruth Okonkwo

ASHBY -- The pancake supper the Ashby Grange has served every
March since 1936 will be its last in the hall on Mill Road,
members voted on Saturday, when the grange agreed to sell the
building to the township for a dollar.

The grange has 19 members now, down from more than 200 in the
1950s, said its master, Lowell Pryce, and the roof needs work
the members cannot pay for.

"We kept the griddles going as long as we could," Pryce said.

                            (more)

MAR-02-2026 10:09 FROM:ASHBY GRANGE HALL      5550187      TO:5550100      P.3/3

GRANGE -- OKONKWO -- VALLEY LEDGER                 Page 2

The township plans to use the hall for its road crew and to
keep the stage and the honor roll of members who served in
the world wars, the supervisors said.

The last supper is set for March 14, and the grange expects to
serve more than 400 people, the most since the hall's 50th
anniversary.

                              -30-

=====================================================================
MailFax -- faxes in your inbox. Manage your account at mailfax.example
"""


def test_a_fax_s_transmission_headers_slugs_and_more_marks_are_no_text(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "grange.txt", FAX)
    assert (
        draft.headline
        == "Ashby Grange serves its last pancake supper after ninety winters in the old hall"
    )
    assert draft.dek == "Members will sell the building to the township in May"
    assert draft.byline == ("Ruth Okonkwo",)
    assert draft.paragraphs[0].startswith("ASHBY -- The pancake supper")
    assert draft.paragraphs[0].endswith("to the township for a dollar.")
    for furniture in (
        "P.2/3",
        "GRANGE -- OKONKWO",
        "(more)",
        "MailFax",
        "City Desk",
        "pictures by mail",
    ):
        assert furniture not in body


def test_a_fax_s_paragraph_cut_by_a_page_break_is_one(tmp_path: Path) -> None:
    fax = FAX.replace(
        "Pryce said.\n\n                            (more)",
        "Pryce said. The\n\n                            (more)",
    )
    fax = fax.replace("The township plans to use", "township plans to use")
    draft, _ = read(tmp_path, "grange.txt", fax)
    assert any(
        p.startswith('"We kept the griddles going') and "The township plans to use the hall" in p
        for p in draft.paragraphs
    )


PRINTS = """Covered bridge reopens after two-year repair

By Anton Ferris

MILLSBORO -- The Ridge Creek covered bridge reopened to cars on Tuesday after two years of repairs.

The county spent $1.4 million to replace its floor beams and roof, the commissioners said.

PHOTOS (prints to follow):

1. Anton Ferris walks the new deck of the Ridge Creek bridge. Photo by Lena Ortiz

2. The bridge in 1910, before its first roof. Courtesy of the Millsboro Historical Society
"""


def test_a_list_of_prints_to_come_gives_captions_without_their_numbers(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "bridge.txt", PRINTS)
    assert [i.caption for i in draft.images] == [
        "Anton Ferris walks the new deck of the Ridge Creek bridge.",
        "The bridge in 1910, before its first roof.",
    ]
    assert [i.credit for i in draft.images] == [
        "Lena Ortiz",
        "Courtesy of the Millsboro Historical Society",
    ]


SIGNED = """From: Nadia Brennan <nbrennan@mail.example>
To: Metro desk <metro@ledger.example>
Subject: FILE: bus depot -- signed

-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

Desk -- signed copy below, please hold until 5 a.m.

- ------------------------------------------------

County will close the Elm Street bus depot in June

By Nadia Brennan

CARVER CITY -- The county transit authority will close its Elm Street
depot in June and move its 40 buses to a new garage by the airport,
its board decided on Thursday.

The move follows three years of complaints about diesel fumes from
neighbors of the depot, which opened in 1958.

The board's plan lists the steps:

- - June 1: The last buses leave Elm Street.
- - July: The county puts the depot up for sale.

"It was time," said board chair Lena Farouk.

- -30-

- --
Nadia Brennan
Freelance | Signal: +1 555 0133
-----BEGIN PGP SIGNATURE-----

iQEzBAEBCAAdFiEExampleExampleExampleExampleExampleExample
=AbCd
-----END PGP SIGNATURE-----

2 attachments · Download all
depot-plan.pdf   1.2 MB
""".replace("\n- --\n", "\n- -- \n")  # (the signature's delimiter ends in a space)


def test_a_clearsigned_message_is_read_without_its_armor_escapes_and_signature(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "depot.txt", SIGNED)
    assert draft.headline == "County will close the Elm Street bus depot in June"
    assert draft.byline == ("Nadia Brennan",)
    assert "June 1: The last buses leave Elm Street." in [p.lstrip("- ") for p in draft.paragraphs]
    assert not any(p.startswith("- -") for p in draft.paragraphs)
    assert draft.paragraphs[-1] == '"It was time," said board chair Lena Farouk.'
    for furniture in ("PGP", "iQEz", "Signal:", "Hash:", "attachments", "depot-plan.pdf"):
        assert furniture not in body


HASHNODE = """---
title: "Ferry fares rise for the first time in a decade"
seoTitle: "Harbor ferry fare increase 2027"
cuid: clx0example000a1b2c3d4e5f
slug: ferry-fares-rise
cover: https://cdn.example.com/uploads/banner-ferry.jpeg
tags: transit, harbor

---

*The harbor ferry will charge $4 a ride from March, up from $2.75.*

**By Imogen Sallow**

**PORT ELLIS —** The harbor ferry will raise its fare to $4 in March, its board voted on Monday, the first increase since 2016.

Fuel and insurance now cost the ferry twice what they did then, its manager said.

![A ferry pulls away from the dock at sunrise](https://cdn.example.com/uploads/ferry-dock.jpeg align="center")

*The morning ferry leaves Port Ellis. (Photo: Ravi Mendel for Harbor Notes)*

%[https://charts.example.net/ferry-fares/1/]

Riders with monthly passes will pay $90, up from $70.

%%[harbor-newsletter-box]

*Republishing? This story is free to republish with credit under CC BY-ND 4.0.*
"""


def test_a_hashnode_picture_with_its_alignment_is_a_picture(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.md", HASHNODE)
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.alt == "A ferry pulls away from the dock at sunrise"
    assert image.caption == "The morning ferry leaves Port Ellis."
    assert image.credit == "Ravi Mendel for Harbor Notes"
    assert "align=" not in body


def test_hashnode_s_embeds_widgets_and_a_republishing_notice_are_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.md", HASHNODE)
    assert "%[" not in body and "%%[" not in body
    assert "Republishing?" not in body
    assert draft.paragraphs[-1] == "Riders with monthly passes will pay $90, up from $70."


def _png(path: Path) -> Path:
    """A small grey picture, written without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x80" * 16 for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


def test_a_post_s_unrun_shortcodes_in_a_word_file_give_its_caption_and_no_widgets(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Library adds a seed lending shelf", level=1)
    document.add_paragraph("By Cora Villanueva")
    document.add_paragraph(
        "DUNMORE, Pa. — The borough library will lend seeds this spring, its board said on Tuesday."
    )
    figure = document.add_paragraph('[caption id="attachment_88" align="alignright" width="600"]')
    figure.add_run().add_picture(str(_png(tmp_path / "seeds.png")))
    figure.add_run(
        " Packets of bean seeds wait on the new shelf. (Photo: Omar Reyes / Valley Post)[/caption]"
    )
    document.add_paragraph('[newsletter_signup list="weekly" title="Get the Valley Post"]')
    document.add_paragraph(
        "Borrowers will be asked to bring back seeds from their own gardens in the fall."
    )
    document.add_paragraph("END OF STORY — Questions: desk@valleypost.example")
    path = tmp_path / "seeds.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Packets of bean seeds wait on the new shelf.", "Omar Reyes / Valley Post")
    ]
    body = "\n".join(draft.paragraphs)
    assert "[" not in body and "END OF STORY" not in body
    assert draft.paragraphs[-1].startswith("Borrowers will be asked")


def test_a_compared_redline_s_moved_words_and_summary_are_no_story(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Township hires a new road master", style="Title")
    document.add_paragraph("By Piet Osei")
    document.add_paragraph(
        "GLEN ARDEN, Pa. — The township supervisors hired a new road master on Monday, ending a four-month search."
    )
    document.add_paragraph().add_run(
        "The last road master retired in July after 22 years."
    ).font.double_strike = True
    document.add_paragraph(
        "The new road master, Hal Brandt, ran the county's garage for nine years, the supervisors said."
    )
    moved = document.add_paragraph().add_run("The last road master retired in July after 22 years.")
    moved.font.underline = True
    document.add_paragraph().add_run().add_picture(str(_png(tmp_path / "brandt.png")))
    document.add_paragraph("Hal Brandt at the township garage in 2024.", style="Caption")
    document.add_paragraph("Gazette file photo")
    document.add_paragraph("He starts on Jan. 4 at a salary of $71,000.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(
        "Document comparison by Workshare Compare on Tuesday, December 1, 2026 4:02:11 PM"
    )
    table = document.add_table(rows=3, cols=2)
    for row, (label, count) in zip(
        table.rows, (("Insertions", "4"), ("Deletions", "2"), ("Total changes", "6")), strict=True
    ):
        row.cells[0].text, row.cells[1].text = label, count
    path = tmp_path / "roads.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    body = "\n".join(draft.paragraphs)
    assert body.count("The last road master retired in July") == 1
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Hal Brandt at the township garage in 2024.", "Gazette file photo")
    ]
    assert draft.paragraphs[-1] == "He starts on Jan. 4 at a salary of $71,000."
    assert "Workshare" not in body and "Total changes" not in body


REPUBLISHED = """<h1>A creamery cooperative pays its farmers for cleaner creeks</h1><p class="byline">by <a href="https://ridgeledger.example/author/tanvi-rao/">Tanvi Rao</a> and <a href="https://ridgeledger.example/author/otto-fenn/">Otto Fenn</a>, <a href="https://ridgeledger.example">Tamarack Current</a><br />March 3, 2026</p>
<p><strong>MILL HOLLOW, Pa. —</strong> The Mill Hollow Creamery will pay its member farms two cents more a gallon for milk from barns that keep their cows out of the creek, its board decided last week.</p>
<p>About 40 of the cooperative's 130 farms already fence their stream banks, the creamery's manager said.</p>
<p>The rest have until 2028 to build fences or lose the bonus, she said.</p>
"""


def test_the_outlet_after_two_names_in_a_byline_is_no_name(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "creamery.html", REPUBLISHED)
    assert draft.byline == ("Tanvi Rao", "Otto Fenn")


GALLERY = """<html><head><meta name="GENERATOR" content="Microsoft FrontPage 6.0"><title>Fair week</title></head>
<body>
<h1>County fair draws its biggest crowd since 1998</h1>
<p><i>Gate counts top 60,000 over six days</i></p>
<p>By Mabel Quist</p>
<p>The Orchard County Fair sold 61,200 gate tickets this year, the most since 1998, the fair board said Sunday.</p>
<p>A new grandstand and a week without rain drew the crowds, the board's president said.</p>
<p>The board will use the extra money to fix the livestock barns, she said.</p>
<p><b>More photos</b> (click to enlarge)</p>
<!--webbot bot="PhotoAlbum" startspan -->
<table border="0">
<tr>
<td><a href="gallery/real.htm?slide=0"><img src="gallery/thumb0.jpg" width="100" height="75" alt="Children ride the carousel on opening night."></a></td>
<td><a href="gallery/real.htm?slide=1"><img src="gallery/thumb1.jpg" width="100" height="75" alt="A steer is judged in the show ring."></a></td>
</tr>
<tr>
<td><b>Children ride the carousel on opening night.</b><br>Photo by Lars Benedek</td>
<td><b>A steer is judged in the show ring.</b><br>Courtesy of the Orchard County 4-H</td>
</tr>
</table>
<!--webbot bot="PhotoAlbum" endspan -->
<hr>
<p>You are visitor number <img src="_vti_bin/fpcount.exe/fair/?Page=fair.htm|Image=0" alt="Hit Counter"> since May 1, 2003</p>
<p>Send mail to webmaster@orchardcounty.example with questions or comments about this web site.</p>
</body></html>
"""


def test_a_gallery_s_row_of_pictures_over_their_captions_is_read_a_picture_at_a_time(
    tmp_path: Path,
) -> None:
    draft, _ = read(tmp_path, "fair.htm", GALLERY)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Children ride the carousel on opening night.", "Lars Benedek"),
        ("A steer is judged in the show ring.", "Courtesy of the Orchard County 4-H"),
    ]
    assert draft.images[1].alt == "A steer is judged in the show ring."


def test_an_old_site_s_hit_counter_and_webmaster_line_are_furniture(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "fair.htm", GALLERY)
    for furniture in ("visitor number", "Send mail to", "click to enlarge"):
        assert furniture not in body
    assert not any(i.alt == "Hit Counter" for i in draft.images)
    assert (
        draft.paragraphs[-1]
        == "The board will use the extra money to fix the livestock barns, she said."
    )


ANGULAR = """<!DOCTYPE html><html lang="en"><head><title>Library hours cut | Hill Country Radio</title></head>
<body><app-root ng-version="18.2.8" ng-server-context="ssr"><main id="main"><app-story ngh="3"><article class="story">
<h1 class="story-headline">Branch libraries will close on Mondays from February</h1>
<p class="story-dek">The county says it cannot fill eleven open jobs.</p>
<p class="story-byline">By <!--ngtns-->Wren Halloway</p>
<div class="story-body"><!--container-->
<p>The county's four branch libraries will close on Mondays starting Feb. 2, the library board decided on Tuesday.</p><!--container-->
<p>The system has eleven open jobs and has not been able to fill them since summer, its director said.</p><!--container-->
<app-related-card ngh="4"><aside class="related-card" aria-label="Related story"><span class="related-label">Related</span><!--ngetn--><a href="/news/bookmobile">Bookmobile gets a new route through the hills</a><mat-icon role="img" aria-hidden="true" class="mat-icon material-icons mat-ligature-font">arrow_forward</mat-icon></aside></app-related-card><!--container-->
<p>The main library downtown will keep its hours, the director said.</p><!--container-->
<p>Patrons can still return books to the branches' drop boxes on Mondays.</p>
</div>
<app-support-banner><div class="support"><p>Reporting like this is made possible by listeners like you.</p></div></app-support-banner>
</article></app-story></main></app-root></body></html>
"""


def test_an_app_s_component_holding_a_sidebar_is_no_paragraph_of_the_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "library.html", ANGULAR)
    assert "Bookmobile gets a new route" not in body
    assert "arrow_forward" not in body
    assert "The main library downtown will keep its hours, the director said." in draft.paragraphs
    assert (
        draft.paragraphs[-1]
        == "Patrons can still return books to the branches' drop boxes on Mondays."
    )
    assert draft.byline == ("Wren Halloway",)

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-third filing round reads right: a city daily's district copy, a story
exported from QuarkXPress as XPress Tags, a stringer's e-mail with its covering letter and
labelled heading, a civic body's press note under its letter, and datelines set with a colon
after the place and its date ('Sangli, April 9:', 'WARDHA, Apr 9 (PTI):', 'Miraj, dt. 9:')."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft

XPRESS = "\r\n".join(
    [
        "<v14.00><e9>",
        '@Normal=<Ps100t0h100z10k0b0c"Black"f"Times New Roman">',
        '@Kicker=[S"","Kicker","Normal"]<*L*h"Standard"*p(0,0,0,12,0,0,g,"U.S. English")Ps100t0h100z9k50b0c"Cyan"f"Utopia Bold">',
        '@Hed=[S"","Hed","Normal"]<*L*h"Standard"*p(0,0,0,30,0,6,g,"U.S. English")Ps100t0h100z32k-5b0c"Black"f"Utopia Bold">',
        '@Deck=[S"","Deck","Normal"]<*L*p(0,0,0,15,0,8,g,"U.S. English")f"Utopia Italic">',
        '@Byline=[S"","Byline","Normal"]<*L*f"Helvetica Bold">',
        '@Body=[S"","Body","Normal"]<*J*p(9,0,0,11.5,0,0,g,"U.S. English")>',
        '@Caption=[S"","Caption","Normal"]<*L*f"Helvetica">',
        '@Credit=[S"","Credit","Normal"]<*R*f"Helvetica Oblique">',
        '@Desk Note=[S"","Desk Note","Normal"]<*L*c"Magenta"f"Courier">',
        "@Desk Note:SANGLI ED PG 3 <\\#8212> HOLD FOR RATES. PIC: PICS<\\\\>SANGLI<\\\\>TURMERIC.JPG",
        "@Kicker:FARM PRICES",
        "@Hed:Turmeric bidding stops at Sangli<\\n>as rates slide to <\\#8377>11,000",
        "@Deck:Growers walk out of the yard for three hours; traders cite a glut from Telangana",
        "@Byline:Ketaki Mhaske",
        "@Caption:Growers sit by their sacks in the Sangli market yard on Thursday.",
        "@Credit:Omkar Salunkhe",
        "@Body:<B>Sangli:<$> Bidding for turmeric in the Sangli market yard stopped for three hours on Thursday after growers objected to rates of <\\#8377>11,000 a quintal, the lowest this sea<\\h>son.",
        "@Body:<\\#8220>We spent more than that on the crop,<\\#8221> said Ramesh Patil, a grower from Tasgaon.",
        "@Body:Bidding resumed at noon after the market committee promised to take the growers<\\#8217> demand to the state.",
        "@Tagline:ketaki.mhaske<\\@>example.in",
    ]
)


def test_a_story_exported_as_xpress_tags_reads_by_its_styles(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "turmeric.txt", XPRESS)
    text = "\n".join(draft.paragraphs)
    assert draft.headline == "Turmeric bidding stops at Sangli as rates slide to ₹11,000"
    assert (
        draft.dek
        == "Growers walk out of the yard for three hours; traders cite a glut from Telangana"
    )
    assert draft.byline == ("Ketaki Mhaske",)
    assert draft.dateline == "Sangli"
    assert draft.paragraphs[0].startswith("Sangli: Bidding for turmeric")
    assert "the lowest this season." in draft.paragraphs[0]
    assert (
        "“We spent more than that on the crop,” said Ramesh Patil, a grower from Tasgaon."
        in draft.paragraphs
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Growers sit by their sacks in the Sangli market yard on Thursday.", "Omkar Salunkhe")
    ]
    for chrome in ("HOLD FOR RATES", "FARM PRICES", "example.in", "@Body", "<v14", "Utopia"):
        assert chrome not in text


STRINGER = "\n".join(
    [
        "Webmail\tdistrict.desk@example.in",
        "",
        "Wardha cotton news with 1 photo",
        "",
        "From : Prakash Umare <prakash.umare@example.com>\tWed, Apr 08, 2026 06:12 PM",
        "Subject : Wardha cotton news with 1 photo",
        "To : District Desk <district.desk@example.in>",
        "",
        "Respected Sir,",
        "",
        "Please find below the news from Wardha for the district page. Kindly publish with photo. Figures of the centres are attached for reference.",
        "",
        "NEWS:",
        "",
        "HEADING: Cotton buying centres in Wardha stay shut as growers wait with their crop",
        "",
        "SUB HEADING: Federation says the centres will open only after the grading staff arrive",
        "",
        "By Prakash Umare",
        "",
        "Wardha, April 8: Seven cotton buying centres in the district have stayed shut for a week, leaving hundreds of growers waiting with their carts outside the gates.",
        "",
        "The federation said the grading staff would reach the district by Monday and the centres would open the same day.",
        "",
        '"We have waited for eight days and the carts are still standing in the sun," said grower Vitthal Raut of Hinganghat.',
        "",
        "PHOTO CAPTIONS:",
        "",
        "Photo 1 (Hinganghat_carts.jpg) - Carts loaded with cotton outside the Hinganghat centre on Wednesday. (Photo: Prakash Umare)",
        "",
        "Thanking you,",
        "Yours faithfully,",
        "Prakash Umare",
        "Correspondent, Wardha",
    ]
)


def test_a_stringer_s_mail_with_its_letter_and_labelled_heading(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "cotton.txt", STRINGER)
    text = "\n".join(draft.paragraphs)
    assert (
        draft.headline
        == "Cotton buying centres in Wardha stay shut as growers wait with their crop"
    )
    assert draft.dek == "Federation says the centres will open only after the grading staff arrive"
    assert draft.byline == ("Prakash Umare",)
    assert draft.dateline == "Wardha, April 8"
    assert draft.paragraphs[0].startswith("Wardha, April 8: Seven cotton buying centres")
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Carts loaded with cotton outside the Hinganghat centre on Wednesday.", "Prakash Umare")
    ]
    for chrome in (
        "Respected Sir",
        "Please find below",
        "NEWS:",
        "HEADING",
        "Thanking you",
        "Yours faithfully",
    ):
        assert chrome not in text


def test_a_press_note_under_its_covering_letter(tmp_path: Path) -> None:
    import docx
    from docx.shared import Inches

    from tests.filing.make_docx import png

    document = docx.Document()
    document.add_paragraph().add_run(
        "Outward No. SMC/PR/Press/88/2026\tDate: 08/04/2026"
    ).bold = True
    document.add_paragraph().add_run("PRESS NOTE").bold = True
    for line in (
        "To,",
        "The Editor / Chief Reporter,",
        "All Dailies and News Portals,",
        "Solapur.",
    ):
        document.add_paragraph(line)
    document.add_paragraph().add_run("Subject: Press note on the new water tanks").bold = True
    document.add_paragraph("Sir/Madam,")
    document.add_paragraph(
        "Kindly give wide publicity to the following press note in your esteemed daily."
    )
    document.add_paragraph().add_run(
        "Solapur to build four elevated water tanks before the monsoon"
    ).bold = True
    document.add_paragraph(
        "Solapur, April 8: The Solapur Municipal Corporation will build four elevated water tanks in the eastern wards before the end of June, the civic body said in a statement on Wednesday."
    )
    document.add_paragraph(
        "The tanks, each holding 20 lakh litres, will end the alternate-day water supply in six wards of the city, executive engineer Sunil Kale said at a press conference at the civic headquarters."
    )
    document.add_paragraph(
        "Work on the first two tanks, at Jule Solapur and Akkalkot Road, has started, and the other two will be taken up after the tenders close this month."
    )
    document.add_paragraph("Thanking you,")
    document.add_paragraph("Yours faithfully,")
    document.add_paragraph().add_run().add_picture(png(64, 24, 3), width=Inches(1.2))
    document.add_paragraph().add_run("(Meera Deshpande)").bold = True
    document.add_paragraph("Public Relations Officer")
    path = tmp_path / "tanks.docx"
    document.save(str(path))
    draft = filed_draft(tmp_path, "tanks.docx", path.read_bytes())
    text = "\n".join(draft.paragraphs)
    assert draft.headline == "Solapur to build four elevated water tanks before the monsoon"
    assert draft.dek == ""
    assert draft.dateline == "Solapur, April 8"
    assert draft.images == ()
    for chrome in (
        "Outward No.",
        "The Editor",
        "All Dailies",
        "Sir/Madam",
        "Kindly give",
        "Yours faithfully",
        "Meera",
    ):
        assert chrome not in text


def test_datelines_set_with_a_colon_after_the_place_and_its_date(tmp_path: Path) -> None:
    story = (
        "Rains lash the coast as the sea turns rough\n\n"
        "{dateline}: Fishing boats stayed in harbour on Thursday as heavy rain and strong winds lashed the coast for a second day.\n\n"
        "The fisheries department has told boat owners not to put out to sea until Sunday.\n"
    )
    for dateline in (
        "RATNAGIRI, Apr 9 (PTI)",
        "Alibag, April 9",
        "Malvan, dt. 9",
        "Vengurla, Ta. 9 (Correspondent)",
    ):
        draft = filed_draft(tmp_path, "rain.txt", story.format(dateline=dateline))
        assert draft.dateline == dateline
    bold = story.split("\n\n", 1)[1].replace("{dateline}:", "**DAPOLI:**")
    draft = filed_draft(tmp_path, "rain.md", "# Rains lash the coast\n\n" + bold)
    assert draft.dateline == "DAPOLI"
    # (a speaker's words after a colon, with no date: no dateline)
    draft = filed_draft(tmp_path, "rain.txt", story.format(dateline="Sunita Kadam, chair"))
    assert draft.dateline == ""


def test_a_paper_s_credit_in_brackets_and_its_list_of_picture_files(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "# Godown fire at Bhiwandi destroys stock of cotton bales",
            "",
            "By Sayali Bhosale",
            "",
            "**BHIWANDI:** A fire at a godown in Bhiwandi destroyed cotton bales worth several lakh rupees late on Monday, the fire brigade said.",
            "",
            "![][image1]",
            "",
            "*Firemen spray water on the burning godown late on Monday. (Tribune photo: Nitin Kshirsagar)*",
            "",
            "No one was hurt, and the cause of the fire is being looked into, chief fire officer Raju Gavit said.",
            "",
            "Photo files: DSC_1102.jpg (Nitin), godown_fire.jpg (fire brigade)",
            "",
            "[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==>",
        ]
    )
    draft = filed_draft(tmp_path, "godown.md", text)
    assert draft.dateline == "BHIWANDI"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Firemen spray water on the burning godown late on Monday.", "Tribune photo: Nitin Kshirsagar")
    ]
    assert not any("DSC_1102" in p for p in draft.paragraphs)


TRANSLATED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Well water turns red in Ichalkaranji</title></head>
<body><article>
<h1><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Well water turns red in Ichalkaranji; Dye units suspected</font></font></h1>
<figure><img src="well.jpg" alt="इचलकरंजी येथील विहिरीचे लाल पाणी">
<figcaption><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Red water drawn from a well at Shahapur on Tuesday. (Shadow: Sagar Mane)</font></font></figcaption></figure>
<p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Ichalkaranji, Ta. 7 (Representative): Water in eleven wells at Shahapur turned red on Tuesday, and residents blamed the dye units along the stream nearby.</font></font></p>
<p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">The pollution control board has taken samples of the water from four wells, its regional officer said.</font></font></p>
<p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">Residents said they had stopped using the water for washing as well as drinking.</font></font></p>
<div class="reaction-box"><h4><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">What is your reaction to this news?</font></font></h4></div>
</article></body></html>
"""


def test_a_page_a_browser_translated_its_photo_label_and_reactions_box(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "well.html", TRANSLATED)
    assert draft.dateline == "Ichalkaranji, Ta. 7 (Representative)"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Red water drawn from a well at Shahapur on Tuesday.", "Sagar Mane")
    ]
    assert not any("reaction" in p for p in draft.paragraphs)


NATIONAL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Thane: Ghodbunder flyover closed</title></head>
<body><main><article>
<h1>Thane: Ghodbunder flyover closed for four nights for bearing repairs</h1>
<h2 class="story-synopsis">Traffic to be diverted through the service road between 11 pm and 5 am</h2>
<div class="byline-row">
<div class="author-name">Written By: <a href="/author/a">Shruti Naik</a></div>
<span class="sep">|</span>
<div class="editor-name">Edited By: <a href="/author/b">Kunal Mehra</a></div>
</div>
<div class="dateline-row"><span class="loc">Thane</span> <span class="sep">|</span> <span class="upd">Updated: Apr 07, 2026, 21:05 IST</span></div>
<p>The Ghodbunder Road flyover at Kasarvadavali will be closed to traffic for four nights from Wednesday while its bearings are replaced, the traffic police said.</p>
<p>Vehicles will be diverted through the service road between 11 pm and 5 am, deputy commissioner Vinay Rathod said.</p>
<p>The work was put off twice last year because of the monsoon.</p>
</article></main></body></html>
"""


def test_a_news_site_s_edited_by_line_and_its_place_with_the_time_updated(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "flyover.html", NATIONAL)
    assert draft.byline == ("Shruti Naik",)
    assert [(c.name, c.role) for c in draft.contributors] == [("Kunal Mehra", "editing")]
    assert draft.paragraphs[0].startswith("The Ghodbunder Road flyover")
    assert not any("Updated" in p for p in draft.paragraphs)


DISTRICT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Collector reviews tanker plan | District Latur | India</title></head>
<body>
<header id="header"><div class="logo"><a href="/" class="emblem"><img src="/emblem.png" alt="State Emblem of India" width="60" height="100">
<div class="logo-text"><strong lang="mr">लातूर जिल्हा</strong><h1 class="h1-logo">District Latur</h1></div></a></div></header>
<main><article>
<h1>Collector orders 60 more tankers for villages in Ausa and Nilanga talukas</h1>
<div class="date">Publish Date : 08/04/2026</div>
<div class="entry-content">
<p>LATUR, April 8 (DIO): District Collector Varsha Thakur on Wednesday ordered 60 more water tankers for villages in Ausa and Nilanga talukas, where wells have gone dry.</p>
<p>The tahsildars were told to send proposals for new villages within a day, she said at a review meeting at the Collectorate.</p>
<p>Citizens can call the control room on 1077 for complaints about the supply.</p>
</div>
<div class="press-release-download"><a href="/release.pdf">Press Release (Marathi) <span class="file-info">(PDF 188 KB)</span></a></div>
<div class="gallery-wrapper"><h2 class="gallery-title">Photo Gallery</h2>
<ul><li><a class="fancybox" href="/a.jpg"><img width="300" height="200" src="/a-300x200.jpg" alt="Review meeting at the Collectorate"></a>
<p class="gallery-caption">Collector Varsha Thakur at the review meeting on Wednesday. (Photo: DIO Latur)</p></li></ul></div>
</article></main>
<section class="carousel-wrapper"><ul class="gov-logos">
<li><a href="https://www.mygov.in/"><img src="/carousel/mygov.png" alt="MyGov - External site that opens in a new window"></a></li>
<li><a href="https://www.india.gov.in/"><img src="/carousel/india-gov.png" alt="National Portal of India - External site that opens in a new window"></a></li>
</ul></section>
</body></html>
"""


def test_a_district_site_s_press_release_under_its_logo_heading(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "tankers.html", DISTRICT)
    text = "\n".join(draft.paragraphs)
    assert draft.headline == "Collector orders 60 more tankers for villages in Ausa and Nilanga talukas"
    assert draft.dek == ""
    assert draft.dateline == "LATUR, April 8 (DIO)"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Collector Varsha Thakur at the review meeting on Wednesday.", "DIO Latur")
    ]
    for chrome in ("District Latur", "Publish Date", "PDF 188 KB", "Photo Gallery"):
        assert chrome not in text


WEB_STORY = """<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>Pune opens night shelters</title>
<script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><amp-story standalone title="Pune opens night shelters" publisher="Example Daily">
<amp-story-page id="cover">
  <amp-story-grid-layer template="vertical"><div class="page-fullbleed-area">
    <amp-img src="https://img.example.in/cover-640x853.jpg" width="640" height="853" layout="responsive" alt="Rows of beds under blankets in a school hall"></amp-img>
  </div></amp-story-grid-layer>
  <amp-story-grid-layer template="vertical"><div class="page-safe-area">
    <h1>Pune opens 12 night shelters as the cold sets in</h1>
    <p class="byline">By Ketan Joshi</p>
    <p class="credit">Photo: Daily/Ravi Pawar</p>
  </div></amp-story-grid-layer>
</amp-story-page>
<amp-story-page id="page-2">
  <amp-story-grid-layer template="fill" class="bg-ink"><div></div></amp-story-grid-layer>
  <amp-story-grid-layer template="vertical"><div class="page-safe-area">
    <p class="story-text">PUNE: The civic body has opened 12 night shelters in schools and community halls as the city recorded its coldest night of the season on Monday.</p>
  </div></amp-story-grid-layer>
</amp-story-page>
<amp-story-page id="page-3">
  <amp-story-grid-layer template="vertical"><div class="page-fullbleed-area">
    <amp-img src="https://img.example.in/volunteers-640x853.jpg" width="640" height="853" layout="responsive" alt="Volunteers hand out blankets outside a shelter"></amp-img>
  </div></amp-story-grid-layer>
  <amp-story-grid-layer template="vertical"><div class="page-safe-area">
    <p class="story-text">Each shelter has 40 beds, blankets and hot tea in the morning, and will stay open till the end of February.</p>
    <p class="credit">Photo: Civic body</p>
  </div></amp-story-grid-layer>
</amp-story-page>
</amp-story></body></html>
"""


def test_a_web_story_s_pictures_behind_its_text_have_no_caption(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "shelters.html", WEB_STORY)
    assert draft.headline == "Pune opens 12 night shelters as the cold sets in"
    assert draft.dateline == "PUNE"
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("", "Daily/Ravi Pawar", "Rows of beds under blankets in a school hall"),
        ("", "Civic body", "Volunteers hand out blankets outside a shelter"),
    ]
    assert draft.paragraphs[0].startswith("PUNE: The civic body has opened 12 night shelters")
    assert draft.paragraphs[1].startswith("Each shelter has 40 beds")

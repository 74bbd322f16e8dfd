# ruff: noqa: E501  (documents as reporters file them, a line a paragraph)
"""Shapes the seventeenth filing round reads right (found on held-out-13's first half): a site
builder's blog post whose theme wraps the post in a class that says 'sidebar', pictures whose
alt is the builder's word for any picture, a CMS's 'download as Word' whose story is a web
page (or a web archive) brought in whole, and a draft preview whose text carries a hidden
code of zero-width characters."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.errors import InputError
from newsroom.filing.captions import plain_alt
from newsroom.filing.draft import Draft
from newsroom.filing.furniture import furniture
from newsroom.filing.read import without_invisible
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


SITE_BUILDER = """<!doctype html><html><head><meta charset=utf-8>
<title>Fair board closes grandstand after engineer finds rot</title>
<meta property="og:title" content="Fair board closes grandstand after engineer finds rot"></head>
<body><div class=nav><a href=/>Home</a> <a href=/news>News</a></div>
<div id=wsite-content><div class="blog-sidebar-separator"><div class=blog-post>
<h2 class=blog-title>Fair board closes grandstand after engineer finds rot</h2>
<div class=blog-content>
<div class=paragraph><strong>By Carla Yellow</strong><br />Pioneer Editor<br /><br />HARLAN, Mont. – The wooden grandstand at the county fairgrounds will stay closed through next year's rodeo, the fair board decided Monday.<br /><br />The board voted 4-1 to fence off the 1948 grandstand, which seats about 1,100 people.</div>
<div class=wsite-image><img src=/uploads/post.jpg alt="Picture"><div>An engineer points out rot at the base of a post.<br />Staff photo/Jess Lind</div></div>
<div class=paragraph>Repairs would cost $240,000 to $310,000, the engineer estimated.</div>
</div></div></div>
<div class=blog-sidebar><h2>Archives</h2><a href=/a>December 2026</a></div></div>
</body></html>
"""


def test_a_post_the_theme_wraps_in_a_sidebar_class(tmp_path: Path) -> None:
    draft = read(tmp_path, "grandstand.html", SITE_BUILDER)
    assert draft.byline == ("Carla Yellow",)
    assert draft.paragraphs[0].startswith("HARLAN, Mont. – The wooden grandstand")
    assert (
        draft.paragraphs[-1] == "Repairs would cost $240,000 to $310,000, the engineer estimated."
    )
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("An engineer points out rot at the base of a post.", "Staff photo/Jess Lind", "")
    ]
    assert "December 2026" not in "\n".join(draft.paragraphs)  # the real sidebar


@pytest.mark.parametrize("alt", ["Picture", "image", "图片", "IMG_2041.jpg"])
def test_a_builder_s_default_alt_is_no_alt(alt: str) -> None:
    assert plain_alt(alt) == ""


def test_hidden_codes_of_zero_width_characters_are_taken_out() -> None:
    code = "\u200c\ufeff\u200d\ufeff\u200b\u200d\u200b\u200d\u200c"
    assert (
        without_invisible(f"A marsh sells carbon credits{code}") == "A marsh sells carbon credits"
    )
    assert without_invisible("zero\u200bwidth") == "zerowidth"
    # a joiner alone shapes an emoji or a script's letters and is kept
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert without_invisible(family) == family
    assert without_invisible("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )


def test_a_page_with_a_hidden_code_in_its_headline(tmp_path: Path) -> None:
    code = "\u200c\ufeff\u200d\ufeff\u200b\u200d" * 20
    draft = read(
        tmp_path,
        "marsh.html",
        f"<html><body><article><h1>Marsh sells carbon credits{code}</h1><p>By Ana Ruiz{code}</p>"
        f"<p>AWENDAW, S.C. — The first sale brought in $1.3 million.{code}</p></article></body></html>",
    )
    assert draft.headline == "Marsh sells carbon credits"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs == ("AWENDAW, S.C. — The first sale brought in $1.3 million.",)


CHUNK_HTML = """<html><head><meta charset="windows-1252"></head><body>
<h1>Dog park opens after six-year push</h1>
<p>By Wren Castell</p>
<p>LARKIN, Ore. — The county's first dog park opened Saturday, six years after a group of owners first asked for one.</p>
<p>The fenced, 3-acre park has areas for large and small dogs.</p>
</body></html>"""

MHT = """MIME-Version: 1.0
Content-Type: multipart/related; boundary="----=_NextPart_000"

------=_NextPart_000
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Location: file:///C:/export/story.htm

<html><body><h1>Drive-in adds solar roof</h1><p>By Nell Parr</p>=
<p>ROANOKE, Va. =E2=80=94 The drive-in will run on the sun this summer, its owners said.</p>=
<img src=3D"file:///C:/export/roof.jpg" alt=3D"Panels over a screen">=
<p class=3D"caption">Solar panels over the screen on Tuesday. (Photo: Nell Parr)</p></body></html>

------=_NextPart_000
Content-Type: image/jpeg
Content-Transfer-Encoding: base64
Content-Location: file:///C:/export/roof.jpg

/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AJ//Z

------=_NextPart_000--
"""


def _with_alt_chunk(tmp_path: Path, name: str, part: str, data: bytes) -> Path:
    """A Word file whose body brings in `part` whole, between two paragraphs of its own."""
    from docx import Document

    made = tmp_path / "made.docx"
    document = Document()
    document.add_paragraph("EXPORT FROM THE CMS: story 48213")
    document.add_paragraph("CHUNK-GOES-HERE")
    document.add_paragraph("END OF EXPORT")
    document.save(made)
    out = BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w") as copy:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/document.xml":
                text = content.decode()
                start = text.rfind("<w:p>", 0, text.find("CHUNK-GOES-HERE"))
                start = (
                    start if start >= 0 else text.rfind("<w:p ", 0, text.find("CHUNK-GOES-HERE"))
                )
                end = text.find("</w:p>", text.find("CHUNK-GOES-HERE")) + len("</w:p>")
                text = text[:start] + '<w:altChunk r:id="rIdChunk"/>' + text[end:]
                content = text.encode()
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/aFChunk" Target="' + part.encode() + b'"/>'
                    b"</Relationships>",
                )
            copy.writestr(item, content)
        copy.writestr(f"word/{part}", data)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def test_a_word_file_whose_story_is_a_web_page_brought_in_whole(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "dogpark.docx", "afchunk1.htm", CHUNK_HTML.encode("cp1252"))
    draft = read_draft(path)[1]
    assert draft.headline == "Dog park opens after six-year push"
    assert draft.byline == ("Wren Castell",)
    assert draft.paragraphs[0].startswith("LARKIN, Ore. — The county's first dog park")
    assert "The fenced, 3-acre park has areas for large and small dogs." in draft.paragraphs


def test_a_word_file_whose_story_is_a_web_archive(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "drivein.docx", "afchunk2.mht", MHT.encode())
    draft = read_draft(path)[1]
    assert draft.headline == "Drive-in adds solar roof"
    assert any(p.startswith("ROANOKE, Va. — The drive-in") for p in draft.paragraphs)
    [picture] = draft.images
    assert (picture.caption, picture.credit) == (
        "Solar panels over the screen on Tuesday.",
        "Nell Parr",
    )
    assert picture.data is not None and picture.data.startswith(
        b"\xff\xd8"
    )  # its bytes, from the archive


def test_an_empty_chunk_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "broken.docx", "afchunk3.htm", b"")
    # an empty part reads as nothing, and a file of two lines holds no story: said so
    with pytest.raises(InputError, match="holds no story newsroom can find"):
        read_draft(path)


SMS_EXPORT = """TextVault — SMS/MMS conversation export (plain text)
Conversation: Wade Till <+1 307-555-0187>
========================================================

12/1/26, 7:48 PM - Wade Till: Deb it's Wade. I'll text you the story in pieces in the morning
12/1/26, 7:52 PM - Me: Ok. Number them so I can stitch it together.
12/2/26, 6:41 AM - Wade Till: (1/6) HED: Culvert washout strands 14 ranch families
12/2/26, 6:42 AM - Wade Till: (2/6) By Wade Till
12/2/26, 6:44 AM - Wade Till: (3/6) SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert on Cottonwood Road.
12/2/26, 6:49 AM - Wade Till: (5/6) "We've got 300 head of cows on this side and the feed is on the other side," said rancher Lora Hask.
12/2/26, 6:49 AM - Wade Till: (4/6) The washout is about 23 miles north of town, past the end of the pavement.
12/2/26, 6:50 AM - Wade Till: Sorry 4 and 5 came thru backwards. Signal keeps dropping
12/2/26, 6:51 AM - Me: Got it, I'll fix the order
12/2/26, 6:55 AM - Wade Till: (6/6) A permanent culvert will cost $410,000, the county engineer estimates.
12/2/26, 7:12 AM - Wade Till: <MMS: image/jpeg, IMG_2231.jpg, 412 KB>
12/2/26, 7:12 AM - Wade Till: Pic 1: Lora Hask carries hay across the creek on Monday. Photo by Wade Till
12/2/26, 7:15 AM - Me: Pic 1 came thru tiny. Can you resend full size?
12/2/26, 7:21 AM - Wade Till: <MMS: image/jpeg, IMG_2231.jpg, 1.9 MB>
12/2/26, 7:25 AM - Wade Till: Will do 👍
"""


def test_a_story_texted_in_numbered_parts(tmp_path: Path) -> None:
    draft = read(tmp_path, "washout.txt", SMS_EXPORT)
    assert draft.headline == "Culvert washout strands 14 ranch families"
    assert draft.byline == ("Wade Till",)
    assert (
        draft.paragraphs
        == (
            "SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert on Cottonwood Road.",
            "The washout is about 23 miles north of town, past the end of the pavement.",  # (4/6) before (5/6)
            '"We\'ve got 300 head of cows on this side and the feed is on the other side," said rancher Lora Hask.',
            "A permanent culvert will cost $410,000, the county engineer estimates.",
        )
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Lora Hask carries hay across the creek on Monday.", "Wade Till")
    ]  # once, though sent twice


WHATSAPP = """12/2/26, 7:41 AM - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
12/2/26, 7:41 AM - Wes Hanra: Morning! How's the piece coming? Need it by 10
12/2/26, 7:58 AM - Maren Sobi: Almost there. Sending now, photos after
12/2/26, 8:02 AM - Maren Sobi: HED: Radar finds 38 unmarked graves at pioneer cemetery
By Maren Sobi

ORD, Neb. — Ground-penetrating radar has found 38 unmarked graves at Pleasant Ridge Cemetery north of Ord.

"We knew there were people out there without stones," said Kermit Vlas, president of the cemetery board. <This message was edited>
12/2/26, 8:03 AM - Maren Sobi: IMG-20261202-WA0004.jpg (file attached)
A radar cart along the west fence of the cemetery in November. (Photo by Maren Sobi)
12/2/26, 8:05 AM - Wes Hanra: Got it 👍 is the radar company ok with their name in the cutline?
12/2/26, 8:06 AM - Maren Sobi: Yes she said that's fine
12/2/26, 8:09 AM - Maren Sobi: PTT-20261202-WA0006.opus (file attached)
"""


def test_a_story_sent_as_one_chat_message(tmp_path: Path) -> None:
    draft = read(tmp_path, "graves.txt", WHATSAPP)
    assert draft.headline == "Radar finds 38 unmarked graves at pioneer cemetery"
    assert draft.byline == ("Maren Sobi",)
    assert draft.paragraphs == (
        "ORD, Neb. — Ground-penetrating radar has found 38 unmarked graves at Pleasant Ridge Cemetery north of Ord.",
        '"We knew there were people out there without stones," said Kermit Vlas, president of the cemetery board.',
    )
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("A radar cart along the west fence of the cemetery in November.", "Maren Sobi", "")
    ]


def test_a_text_with_a_few_dated_lines_is_no_chat(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "notes.txt",
        "Council sets hearing on budget\n\nBy Ana Ruiz\n\n"
        "12/2/26, 7:00 PM - Council meets at City Hall: the budget is first.\n\n"
        "The council will hear comments on the $41 million budget on Tuesday.\n",
    )
    assert "12/2/26, 7:00 PM - Council meets at City Hall: the budget is first." in draft.paragraphs


TELEPRINTER = """\x01
ZCZC
INS0187 3 I 0455 INS-EN12
URGENT

Whale-watching boat runs aground off Azores; all 41 aboard rescued

by Ines Carva

   PONTA DELGADA, Portugal, Dec 2 (INS) - A whale-watching boat
carrying 41 people ran aground on rocks off the south coast of Sao
Miguel island on Wednesday, port authorities said.
   Six passengers were taken to hospital with cuts and suspected
fractures, the regional health service said.
   The 14-metre catamaran struck a reef about 400 metres off the
village of Agua de Alto shortly after 11 a.m. (1100 GMT) in calm
seas.
   Passengers were told to put on
life jackets as the hull began taking on water.

inc/ms
NNNN
\x03
"""


def test_a_teleprinter_take_whose_paragraphs_open_on_an_indent(tmp_path: Path) -> None:
    draft = read(tmp_path, "azores.txt", TELEPRINTER)
    assert draft.headline == "Whale-watching boat runs aground off Azores; all 41 aboard rescued"
    assert draft.byline == ("Ines Carva",)
    assert (
        draft.paragraphs
        == (
            "PONTA DELGADA, Portugal, Dec 2 (INS) - A whale-watching boat carrying 41 people ran aground on rocks off the south coast of Sao Miguel island on Wednesday, port authorities said.",
            "Six passengers were taken to hospital with cuts and suspected fractures, the regional health service said.",
            "The 14-metre catamaran struck a reef about 400 metres off the village of Agua de Alto shortly after 11 a.m. (1100 GMT) in calm seas.",
            "Passengers were told to put on life jackets as the hull began taking on water.",  # (wrapped early)
        )
    )


ULYSSES = """%% Sasha — v3 for the Sunday page. Photos are in the shared folder. — J.

# A dental clinic on wheels tries to reach farmworkers

By Joanna Pru

IMMOKALEE, Fla. — The line outside the van starts forming before 6 a.m. By 7 there are usually a dozen people on folding chairs, ++Rosa said 12 — go with dozen?++ some of them holding their jaws.

In a survey last year of 600 farmworkers, 71% said they had not seen a dentist in two years. ::Nearly a third said they had pulled one of their own teeth.::

%% Check with Luis whether the survey report is public

Crews {follow the crops north}(Could link the migrant-stream map here.) in spring. ||He said a decision is expected in April.|| The collaborative hopes to add a second van.

~~<div class="flourish-embed"></div>
"""


def test_a_ulysses_sheet_with_its_comments_and_deletions(tmp_path: Path) -> None:
    draft = read(tmp_path, "van.md", ULYSSES)
    assert draft.headline == "A dental clinic on wheels tries to reach farmworkers"
    assert draft.paragraphs == (
        "IMMOKALEE, Fla. — The line outside the van starts forming before 6 a.m. By 7 there are usually a dozen people on folding chairs, some of them holding their jaws.",
        "In a survey last year of 600 farmworkers, 71% said they had not seen a dentist in two years. Nearly a third said they had pulled one of their own teeth.",
        "Crews follow the crops north in spring. The collaborative hopes to add a second van.",
    )


def test_obsidian_comments_are_no_ulysses_sheet(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "note.md",
        "# Council sets budget hearing\n\n%% a note for me %%\n\n"
        "The council will hear comments on the budget || and the levy || on Tuesday.\n",
    )
    assert (
        "The council will hear comments on the budget || and the levy || on Tuesday."
        in draft.paragraphs
    )


STATAMIC = """---
id: 3c9e51d2
title: 'Westbrook Park votes to phase out gas leaf blowers'
dek: 'The city will offer $200,000 in rebates.'
byline: 'By Priya Venk and Dom Acht, Current staff'
content:
  -
    type: paragraph
    content:
      -
        type: text
        marks:
          -
            type: bold
        text: 'WESTBROOK PARK, Ill. — '
      -
        type: text
        text: 'The City Council voted 6-3 Monday to phase out gas-powered leaf blowers.'
  -
    type: set
    attrs:
      values:
        type: pull_quote
        quote: 'This is about noise.'
  -
    type: heading
    attrs:
      level: 2
    content:
      -
        type: text
        text: 'Rebates for landscapers'
  -
    type: set
    attrs:
      values:
        type: image_block
        image: articles/cantu-batteries.jpg
        caption: 'Battery blowers on a trailer in Westbrook Park.'
        credit: 'Renzo Alb/Kettle River Current'
        alt: null
  -
    type: set
    attrs:
      values:
        type: image_block
        enabled: false
        image: articles/old.jpg
        caption: 'An old picture, switched off.'
  -
    type: bullet_list
    content:
      -
        type: list_item
        content:
          -
            type: paragraph
            content:
              -
                type: text
                text: 'double the rebate fund;'
  -
    type: paragraph
    content:
      -
        type: text
        text: 'Enforcement will be based on complaints, the city manager said.'
---
"""


def test_a_story_kept_as_an_editor_s_document_in_the_front_matter(tmp_path: Path) -> None:
    draft = read(tmp_path, "blowers.md", STATAMIC)
    assert draft.headline == "Westbrook Park votes to phase out gas leaf blowers"
    assert draft.byline == ("Priya Venk", "Dom Acht")
    assert draft.paragraphs[0] == (
        "WESTBROOK PARK, Ill. — The City Council voted 6-3 Monday to phase out gas-powered leaf blowers."
    )
    assert "## Rebates for landscapers" in draft.paragraphs
    assert draft.paragraphs[-1] == "Enforcement will be based on complaints, the city manager said."
    assert not any("This is about noise" in p for p in draft.paragraphs)  # a pull quote's set
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Battery blowers on a trailer in Westbrook Park.", "Renzo Alb/Kettle River Current")
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("A daily roundup of Milwaukee news, delivered to your inbox", "sign-up or appeal"),
        ("EDITORIAL USE ONLY. NO RESALES. NO ARCHIVES. MANDATORY CREDIT.", "sign-up or appeal"),
        ("END OF STORY 48213", "end mark"),
    ],
)
def test_furniture_of_the_seventeenth_round(line: str, kind: str) -> None:
    assert furniture(line) == kind


def test_an_ad_marker_between_dashes() -> None:
    assert chrome_line("— Advertisement —") == "ad marker"
    assert furniture("No sales were made on Tuesday.") is None


FORM = """STORY FORM — LOCAL NEWS

HEADLINE: Harbor caps short-term rentals at 90

BYLINE: Teodora Vas

STORY:

HOLLIS HARBOR, Mich. — The City Council voted 5-2 Tuesday to cap short-term rental licenses at 90.

Owners have until March 31 to register.

PHOTO: cottages.jpg

CUTLINE: Cottages on Lake Street, where the city counted 11 rentals on one block.

PHOTOG: Nathan Rey/Lakeshore County Tribune

END OF FORM
"""


def test_a_story_form_s_fields(tmp_path: Path) -> None:
    draft = read(tmp_path, "rentals.txt", FORM)
    assert draft.headline == "Harbor caps short-term rentals at 90"
    assert draft.byline == ("Teodora Vas",)
    assert draft.dateline == "HOLLIS HARBOR, Mich."  # not 'STORY', the field's label
    assert draft.paragraphs == (
        "HOLLIS HARBOR, Mich. — The City Council voted 5-2 Tuesday to cap short-term rental licenses at 90.",
        "Owners have until March 31 to register.",
    )
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Cottages on Lake Street, where the city counted 11 rentals on one block.",
            "Nathan Rey/Lakeshore County Tribune",
        )
    ]

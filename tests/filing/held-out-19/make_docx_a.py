"""Write the two Word files of filing set h19 (part a).

Run with a Python that has python-docx installed, from any directory:

    python make_docx_a.py

Both files are written next to this script. Core properties, comment dates and zip entry
times are fixed and python-docx's template thumbnail is dropped, so a rerun writes the same
bytes. The answer keys (``*.expected.yaml``) are written by hand, not by this script.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 2, 9, 30, 0)

BLOG_NAME = (
    "docx-word-blog-post-mode-post-title-control-bound-blogpostinfo-category-dropdown-"
    "highlighted-desk-note-mill-village-water.docx"
)
SCRIV_NAME = (
    "docx-scrivener-compile-title-page-binder-titles-as-headings-inline-annotations-"
    "linked-comments-research-folder-included-pigeon-racing-club.docx"
)


# --------------------------------------------------------------------------- helpers


def paragraphs(block: str) -> list[str]:
    """Split a text block into paragraphs: blank lines separate them, line ends are spaces."""
    return [" ".join(part.split()) for part in block.strip().split("\n\n")]


def png(width: int, height: int, seed: int) -> bytes:
    """A small deterministic PNG: soft diagonal bands in a colour picked by ``seed``."""
    base = [(seed * 53) % 256, (seed * 101) % 256, (seed * 197) % 256]
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            band = ((x + y) // 24 + seed) % 5
            row += bytes((c + 28 * band) % 256 for c in base)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def set_core(doc, *, author: str, modified_by: str, title: str, created: dt.datetime) -> None:
    props = doc.core_properties
    props.author = author
    props.last_modified_by = modified_by
    props.title = title
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 3
    props.created = created
    props.modified = created + dt.timedelta(hours=2, minutes=17)


def add_picture(paragraph, data: bytes, *, width_in: float, name: str, descr: str) -> None:
    run = paragraph.add_run()
    shape = run.add_picture(io.BytesIO(data), width=Inches(width_in))
    doc_pr = shape._inline.docPr
    doc_pr.set("name", name)
    if descr:
        doc_pr.set("descr", descr)


def para(
    doc,
    text: str = "",
    *,
    style: str | None = None,
    italic: bool = False,
    bold: bool = False,
    size: float | None = None,
    align=None,
    color: str | None = None,
):
    p = doc.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.italic = italic or None
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def add_style(
    doc,
    name: str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    if size:
        style.font.size = Pt(size)
    style.font.bold = bold or None
    style.font.italic = italic or None
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    return style


def bottom_border(style, color: str = "808080") -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="4" '
            f'w:color="{color}"/></w:pBdr>'
        )
    )


def write_package(
    doc,
    path: Path,
    *,
    application: str,
    extra_parts: dict[str, bytes] | None = None,
    document_rels: list[str] | None = None,
    overrides: list[str] | None = None,
    comment_date: str | None = None,
) -> None:
    """Save ``doc`` and rewrite its zip with fixed times, no thumbnail and any extra parts."""
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    entries: list[tuple[str, bytes]] = []
    for name in source.namelist():
        if name == "docProps/thumbnail.jpeg":
            continue
        data = source.read(name)
        if name == "_rels/.rels":
            data = re.sub(rb"\s*<Relationship [^>]*thumbnail[^>]*/>", b"", data)
        elif name == "docProps/app.xml":
            data = re.sub(
                rb"<Application>[^<]*</Application>",
                b"<Application>" + application.encode() + b"</Application>",
                data,
            )
            data = re.sub(rb"<Template>[^<]*</Template>", b"<Template>Normal.dotm</Template>", data)
        elif name == "word/comments.xml" and comment_date:
            data = re.sub(rb'w:date="[^"]*"', b'w:date="' + comment_date.encode() + b'"', data)
        elif name == "word/_rels/document.xml.rels" and document_rels:
            data = data.replace(
                b"</Relationships>", "".join(document_rels).encode() + b"</Relationships>"
            )
        elif name == "[Content_Types].xml" and overrides:
            data = data.replace(b"</Types>", "".join(overrides).encode() + b"</Types>")
        entries.append((name, data))
    for name, data in (extra_parts or {}).items():
        entries.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)


# ------------------------------------------------------------- 1. Word blog post file

BLOG_TOOL_NS = "http://www.microsoft.com/Office/Word/BlogTool"
BLOG_STORE_ID = "{6E2B9D41-7C3A-4F58-A1D0-93B5E7C4F2A8}"

BLOG_TITLE = "County to take over Satilla Mills water system after state order"

BLOG_NOTE = (
    "Desk — I tried to publish this straight from Word to the site and it went up as a draft "
    "with no pictures, so here is the file. Category is set and both photos are in. — CB"
)

BLOG_DEK = (
    "The 1920s mill-village pipes lose more than half the water they carry; residents have "
    "been told to boil their water 11 times since 2023"
)

BLOG_BODY = """
SATILLA MILLS, Ga. — Breck County will take over the water system that has served the old
Satilla Mills village since the 1920s, commissioners decided Tuesday, four months after state
regulators ordered the private owner to fix it or give it up.

[[PHOTO 1]]

The system’s 212 customers, most of them in the white frame houses the textile mill built for
its workers, have been under a boil-water notice 11 times since January 2023. A state
inspection in July found the system was losing about 54 percent of the water it pumped through
leaks in cast-iron mains laid nearly a century ago.

Commissioners voted 4-1 to accept the system from Satilla Utilities LLC for $1 and to borrow up
to $3.2 million from a state revolving loan fund to replace the worst of the pipe.

“These folks have been paying for water they can’t drink,” Commission Chairman Ellis Varnadoe
said before the vote. “Whatever it costs, it costs less than letting that go on.”

Satilla Utilities, owned by Jacksonville, Fla., businessman Roderick Fanning, bought the system
out of the mill company’s bankruptcy in 2004. Fanning did not attend Tuesday’s meeting. In a
letter read aloud by the county attorney, he said he had spent more than $400,000 on repairs
and could not raise rates enough to do more.

[[PHOTO 2]]

## What changes for customers

The county will begin running the system Feb. 1, County Manager Tasha Brinson said. Customers
will be billed by the county starting in March and will keep their current rate, $48 a month
for the first 3,000 gallons, until at least July.

Brinson said crews would first connect the village to the county’s main water line along
Highway 15, which would let the county shut down the mill’s old well and storage tank. That
work should take about six months.

Replacing the mains under the village’s nine streets will take longer. The county plans to do
it in three phases over three years, starting with Mill Row and Spool Street, where most of the
leaks have been found.

Residents at Tuesday’s meeting were relieved, if wary.

“I’ve got a case of bottled water in my truck right now,” said Odell Crews, 71, who has lived
on Spool Street since he went to work at the mill in 1972. “When I can drink out of the tap
without thinking about it, I’ll believe it.”

Geraldine Tippins, who runs a home day care on Mill Row, said she spends about $60 a month on
bottled water for the children. “I just want to know who to call,” she said. “For twenty years,
nobody answered that phone.”

## The lone no vote

Commissioner Buck Harrell, who cast the only vote against the takeover, said he worried the
county was taking on a cost it could not see the bottom of. “We’re buying a hole,” he said. “I
hope it’s as small as they say it is.”

Under the loan terms, about $800,000 of the $3.2 million would be forgiven if the county
finishes the first phase by the end of 2028.
"""

BLOG_PHOTOS = {
    "[[PHOTO 1]]": (
        "crews-kitchen-tap-0147.jpg",
        "An older man holds a glass of water up to the light at a kitchen sink",
        (
            "Odell Crews checks a glass of tap water in his kitchen on Spool Street, where he "
            "has lived since 1972. (Photo: Corinne Bazemore/The Tri-County Crier)"
        ),
    ),
    "[[PHOTO 2]]": (
        "mill-tower-1927-scan.jpg",
        "Black-and-white photo of mill workers standing beneath a new steel water tower",
        (
            "Mill workers gather under the village’s new water tower in 1927. (Courtesy of the "
            "Breck County Historical Society)"
        ),
    ),
}

BLOG_CONTRIB = "Crier correspondent Amos Whitfield contributed to this report."
BLOG_TAGLINE = "Corinne Bazemore can be reached at cbazemore@tricountycrier.example.com."


def blog_post_info() -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<BlogPostInfo xmlns="{BLOG_TOOL_NS}">'
        f"<PostTitle>{BLOG_TITLE}</PostTitle>"
        "<PostDate>2026-12-02T14:05:00Z</PostDate>"
        "<PostID>48213</PostID>"
        "<Category1>Local News</Category1>"
        "<BlogName>The Tri-County Crier</BlogName>"
        "<BlogURL>https://tricountycrier.example.com/xmlrpc.php</BlogURL>"
        "<ProviderName>WordPress</ProviderName>"
        "<AccountId>{2D7F04C8-5B1E-4A93-8E66-0C9A3D51B7F2}</AccountId>"
        "</BlogPostInfo>"
    ).encode()


def blog_item_props() -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'customXml" ds:itemID="{BLOG_STORE_ID}"><ds:schemaRefs>'
        f'<ds:schemaRef ds:uri="{BLOG_TOOL_NS}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode()


def binding(xpath: str) -> str:
    return (
        f"<w:dataBinding w:prefixMappings=\"xmlns:ns0='{BLOG_TOOL_NS}'\" "
        f'w:xpath="/ns0:BlogPostInfo/ns0:{xpath}" w:storeItemID="{BLOG_STORE_ID}"/>'
    )


def build_blog_post() -> None:
    doc = Document()
    set_core(
        doc,
        author="cbazemore",
        modified_by="Corinne Bazemore",
        title="",
        created=dt.datetime(2026, 12, 2, 11, 40),
    )
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    title_style = add_style(doc, "Publish with line", size=20, bold=True, color="1F3864")
    bottom_border(title_style, "1F3864")
    add_style(doc, "PadderBetweenTitleandProperties", size=6)
    underline = add_style(doc, "underline", size=4)
    bottom_border(underline, "A6A6A6")
    add_style(doc, "PadderBetweenControlandBody", size=6)

    body = doc.element.body
    title_sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Post Title"/>'
        f'<w:id w:val="-1402829171"/>{binding("PostTitle")}<w:text/></w:sdtPr>'
        '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Publishwithline"/></w:pPr>'
        f"<w:r><w:t>{BLOG_TITLE}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    sect_pr = body.find(qn("w:sectPr"))
    sect_pr.addprevious(title_sdt)

    para(doc, style="PadderBetweenTitleandProperties")
    category = para(doc, "Category: ", color="595959", size=9)
    category._p.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Category"/>'
            f'<w:id w:val="1190365218"/>{binding("Category1")}'
            '<w:dropDownList w:lastValue="Local News">'
            '<w:listItem w:displayText="Local News" w:value="Local News"/>'
            '<w:listItem w:displayText="Schools" w:value="Schools"/>'
            '<w:listItem w:displayText="Sports" w:value="Sports"/>'
            '<w:listItem w:displayText="Obituaries" w:value="Obituaries"/>'
            '</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="595959"/>'
            '<w:sz w:val="18"/></w:rPr><w:t>Local News</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )
    para(doc, style="underline")
    para(doc, style="PadderBetweenControlandBody")

    note = doc.add_paragraph()
    note_run = note.add_run(BLOG_NOTE)
    note_run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    para(doc, BLOG_DEK, italic=True, size=13)
    para(doc, "By Corinne Bazemore", bold=True)

    for number, text in enumerate(paragraphs(BLOG_BODY)):
        if text in BLOG_PHOTOS:
            name, descr, caption = BLOG_PHOTOS[text]
            holder = doc.add_paragraph()
            add_picture(holder, png(480, 320, 7 + number), width_in=5.5, name=name, descr=descr)
            para(doc, caption, italic=True, size=9, color="404040")
        elif text.startswith("## "):
            doc.add_paragraph(text[3:], style="Heading 2")
        else:
            doc.add_paragraph(text)

    para(doc, BLOG_CONTRIB, italic=True)
    para(doc, BLOG_TAGLINE, italic=True, size=9)

    rel = (
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/customXml" Target="../customXml/item2.xml"/>'
    )
    item_rels = (
        b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/customXmlProps" Target="itemProps2.xml"/></Relationships>'
    )
    override = (
        '<Override PartName="/customXml/itemProps2.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    )
    write_package(
        doc,
        HERE / BLOG_NAME,
        application="Microsoft Office Word",
        extra_parts={
            "customXml/item2.xml": blog_post_info(),
            "customXml/itemProps2.xml": blog_item_props(),
            "customXml/_rels/item2.xml.rels": item_rels,
        },
        document_rels=[rel],
        overrides=[override],
    )


# ------------------------------------------------------- 2. Scrivener compile to Word

SCRIV_TITLE = "Homing Season"
SCRIV_SUBTITLE = (
    "On Des Moines’ south side, a 94-year-old pigeon-racing club is down to 11 members and a "
    "handful of backyard lofts. Its newest champion is 15."
)

# Each section starts with its binder title ("= title"); "#" is Scrivener's scene separator;
# "[[NOTE ...]]" marks an inline annotation; "[[COMMENT n]]" anchors a linked comment on the
# words before it; "[[PHOTO n]]" a picture with its caption.
SCRIV_DRAFT = """
= Lede — the Cameron release

At 6:40 on a Sunday morning in September, in the gravel lot of a truck stop off Interstate 35
near Cameron, Mo., Gus Karamanlis opened the side of a trailer and 340 pigeons went up all at
once, a sound like a flag snapping in the wind.

They circled twice, getting their bearings, and then they were gone — north, toward Des Moines,
150 miles away, toward 11 backyard lofts on the south side where the owners had already set
their clocks and put the coffee on.

“Now we wait,” said Karamanlis, 81, president of the South Side Racing Pigeon Club, climbing
back into his truck. “That’s the whole sport. You let go of something and then you wait to see
if it comes home.”

[[PHOTO 1]]

= Nut graf

The club was chartered in 1932, when there were more than 40 lofts within a few miles of the old
Riegel packing plant.[[NOTE 1]] Racing pigeons was a working man’s hobby, cheap to start and hard
to master, and Sunday races drew crowds to backyards across the neighborhood.

Today it has 11 members.[[COMMENT 1]] Nine are over 65. The youngest is Mae Thibodeaux, who is 15
and flies 22 birds from a loft her grandfather built in 1978 on a garage roof on Southeast
Hartford Avenue.

= How it works

Homing pigeons can find their way back from hundreds of miles away, using the sun, the Earth’s
magnetic field and, researchers believe, smell. Racers are bred for speed and endurance; a good
bird can average 50 miles an hour over a 300-mile course.

Each bird wears a numbered band. When it lands at its home loft, a scanner reads a chip in the
band and records the time to the second. The club’s race secretary divides each bird’s distance
by its time, and the fastest average speed wins.

For decades the clocks were mechanical, brass boxes the size of a lunch pail that had to be
sealed by the race secretary and opened in front of witnesses. Karamanlis still keeps three in a
glass case in his basement.

[[PHOTO 2]]

#

= Mae

Thibodeaux started going up to the loft with her grandfather, Lucien, when she was 7. When he
died in 2022, the family talked about selling the birds. She talked them out of it.

“Everybody thought it was going to be a phase,” she said, scattering feed across the loft floor
while the birds shuffled around her sneakers. “It’s been three years. I think it’s just my phase
now.”

She won her first race in August, a 100-mile flight from Lamoni, with a blue-bar hen she named
Soup.

= Race day

On the Sunday of the Cameron release, Thibodeaux sat on the garage roof from 9 a.m. with a pair
of binoculars and a bag of sunflower seeds. The first of her birds dropped out of the sky at
10:52.

Across town, Karamanlis’ first bird came in four minutes later. When the speeds were calculated
that night, she had beaten him by 38 yards per minute.[[COMMENT 2]]

He called her to congratulate her. “He said, ‘Don’t get used to it,’” she said. “Which is what
he says every time.”

= Kicker

Karamanlis worries about what happens to the club in 10 years, and says so. Then he changes the
subject to next season, and the 40 young birds he has already banded for it.

“You don’t quit on pigeons,” he said. “They don’t quit on you. They come back every time, as
long as there’s a place to come back to.”
"""

SCRIV_NOTES = {
    "[[NOTE 1]]": (
        " [OL: charter in the club booklet says 1932, Gus keeps saying 1931. Going with the "
        "charter unless Lena finds otherwise.]"
    ),
}

SCRIV_COMMENTS = {
    "[[COMMENT 1]]": "Roster Gus e-mailed 11/3 lists 11 paid members for 2026.",
    "[[COMMENT 2]]": "Race sheet photo in Research > Documents. Her bird 1,214 ypm, his 1,176.",
}

SCRIV_PHOTOS = {
    "[[PHOTO 1]]": (
        "karamanlis-release-3391.jpg",
        "An older man in a cap lifts the side panel of a trailer as pigeons burst out",
        (
            "Gus Karamanlis opens the club’s release trailer near Cameron, Mo. Photograph by "
            "Bennett Sowa for Riverlight"
        ),
    ),
    "[[PHOTO 2]]": (
        "brass-clocks-0722.jpg",
        "",
        (
            "Mechanical racing clocks from the 1950s in Karamanlis’ basement. Photograph by "
            "Bennett Sowa for Riverlight"
        ),
    ),
}

SCRIV_END = [
    ("Fact-checking by Lena Marchetti.", True),
    (
        (
            "Odessa Lindgren is a Des Moines writer whose work has appeared in Riverlight "
            "since 2019. She has never owned a bird."
        ),
        True,
    ),
]

SCRIV_RESEARCH = """
= Research

== Interview — Gus Karamanlis, Nov. 3 (kitchen, 1 hr 40 min)

- Club founded 1931 or 1932? Booklet says charter 1932.

- 340 birds in the Cameron release, 11 lofts. Trailer belongs to the club, bought 1994.

- “Mae’s the best thing that happened to us since the chip clocks.”

== Sources

- Gus Karamanlis, club president, 515-555-0182

- Renee Thibodeaux (Mae’s mother), 515-555-0147 — OK to quote Mae, confirmed 11/5

- Club history booklet (1982), scanned, in Research > Documents
"""


def comment_runs(paragraph_obj, text: str, comments: dict[str, str], doc) -> None:
    """Add ``text`` to a paragraph, turning [[COMMENT n]] markers into Word comments."""
    pieces = re.split(r"(\[\[COMMENT \d\]\]|\[\[NOTE \d\]\])", text)
    last_run = None
    for piece in pieces:
        if not piece:
            continue
        if piece in comments:
            doc.add_comment(
                [last_run], text=comments[piece], author="Odessa Lindgren", initials="OL"
            )
        elif piece in SCRIV_NOTES:
            note = paragraph_obj.add_run(SCRIV_NOTES[piece])
            note.font.color.rgb = RGBColor.from_string("C00000")
        else:
            last_run = paragraph_obj.add_run(piece)


def build_scrivener() -> None:
    doc = Document()
    set_core(
        doc,
        author="Odessa Lindgren",
        modified_by="Odessa Lindgren",
        title=SCRIV_TITLE,
        created=dt.datetime(2026, 11, 29, 21, 5),
    )
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Lindgren / HOMING SEASON / draft 3"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )

    for _ in range(6):
        para(doc)
    para(doc, SCRIV_TITLE, style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, SCRIV_SUBTITLE, style="Subtitle", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "by Odessa Lindgren", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    para(doc, "About 2,100 words", align=WD_ALIGN_PARAGRAPH.CENTER)
    last = para(doc, "Draft 3 — for Riverlight, February issue", align=WD_ALIGN_PARAGRAPH.CENTER)
    last.add_run().add_break(WD_BREAK.PAGE)

    photo_seed = 30
    for text in paragraphs(SCRIV_DRAFT):
        if text.startswith("= "):
            doc.add_paragraph(text[2:], style="Heading 2")
        elif text == "#":
            para(doc, "#", align=WD_ALIGN_PARAGRAPH.CENTER)
        elif text in SCRIV_PHOTOS:
            name, descr, caption = SCRIV_PHOTOS[text]
            holder = doc.add_paragraph()
            holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
            photo_seed += 11
            add_picture(holder, png(420, 280, photo_seed), width_in=5.0, name=name, descr=descr)
            doc.add_paragraph(caption, style="Caption")
        else:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Inches(0.5)
            comment_runs(p, text, SCRIV_COMMENTS, doc)

    for text, italic in SCRIV_END:
        para(doc, text, italic=italic)

    research = doc.add_section(WD_SECTION.NEW_PAGE)
    research.header.is_linked_to_previous = True
    for text in paragraphs(SCRIV_RESEARCH):
        if text.startswith("== "):
            doc.add_paragraph(text[3:], style="Heading 2")
        elif text.startswith("= "):
            doc.add_paragraph(text[2:], style="Heading 1")
        else:
            doc.add_paragraph(text[2:], style="List Bullet")

    write_package(
        doc, HERE / SCRIV_NAME, application="Scrivener", comment_date="2026-11-29T21:05:00Z"
    )


def main() -> None:
    build_blog_post()
    build_scrivener()
    for name in (BLOG_NAME, SCRIV_NAME):
        print("wrote", name)


if __name__ == "__main__":
    main()

"""Build the two Word drafts of filing set b (part b of set 14) with python-docx.

Run with the project's Python from anywhere:

    python make_docx_b.py

It writes, next to this script:

- docx-pandoc-generated-author-abstract-styles-captioned-figure-custom-style-desk-note-cwd-test-backlog.docx
  a story a reporter wrote in Markdown and converted with ``pandoc -o``: Pandoc's paragraph
  styles (Title, Subtitle, Author, Date, Abstract Title, Abstract, First Paragraph, Body Text,
  Compact, Block Text, Captioned Figure, Image Caption), a ``custom-style="Desk Note"`` div,
  heading bookmarks, picture descriptions equal to the caption text, a hyperlink and Pandoc's
  custom document properties from the YAML metadata.
- docx-mainbar-and-sidebar-one-file-page-break-comments-slug-header-ski-hill-chairlift.docx
  a reporter's file holding a mainbar and its sidebar, each with headline, byline, picture,
  caption and end mark, separated by a page break; slug in the page header, a red note at
  the top and two Word comments from the editor.

The pictures are small PNGs drawn with zlib/struct. Core properties, comment dates and zip
entry times are fixed, so two runs write the same bytes.
"""

import re
import struct
import zipfile
import zlib
from datetime import datetime
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 9, 12, 0, 0)
CORE_TIME = datetime(2026, 12, 9, 12, 0, 0)


# --- pictures -------------------------------------------------------------------------------


def png(width, height, pixel):
    """Return PNG bytes for an RGB picture; pixel(x, y) gives an (r, g, b) tuple."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def cooler_picture():
    # rows of pale shapes on a dark steel background
    def pixel(x, y):
        if 12 <= y <= 40 and (x // 16) % 2 == 0:
            return (196, 170, 140)
        return (70, 78, 86)

    return png(96, 56, pixel)


def lab_picture():
    # white bench, blue gloves
    def pixel(x, y):
        if y > 36:
            return (235, 235, 232)
        if 30 <= x <= 50 and 18 <= y <= 36:
            return (60, 110, 200)
        return (180, 196, 204)

    return png(96, 56, pixel)


def chairlift_picture():
    # snow, sky, a cable and chairs
    def pixel(x, y):
        if y == 14 + x // 8:
            return (30, 30, 30)
        if x % 24 == 6 and 14 + x // 8 < y < 22 + x // 8:
            return (30, 120, 60)
        if y > 42:
            return (245, 248, 252)
        return (150, 190, 230)

    return png(96, 56, pixel)


def bullwheel_picture():
    # a dark ring on a grey flatbed
    def pixel(x, y):
        d = (x - 48) ** 2 + (y - 24) ** 2
        if 180 <= d <= 320:
            return (40, 40, 44)
        if y > 44:
            return (120, 120, 124)
        return (205, 200, 190)

    return png(96, 56, pixel)


# --- helpers --------------------------------------------------------------------------------


def paragraph_style(doc, name, base="Normal", italic=None, bold=None, size=None, color=None):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
    if italic is not None:
        style.font.italic = italic
    if bold is not None:
        style.font.bold = bold
    if size is not None:
        style.font.size = Pt(size)
    if color is not None:
        style.font.color.rgb = RGBColor(*color)
    return style


def set_descr(run, descr):
    """Give the picture in `run` a description (Word's alt text), as Pandoc and Word write it."""
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("descr", descr)


def add_bookmark(paragraph, ident, name):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p = paragraph._p
    first_run = p.find(qn("w:r"))
    first_run.addprevious(start)
    p.append(end)


def bulleted(doc, paragraph):
    """Number `paragraph` as a bullet, using the numbering of the template's List Bullet style."""
    num_pr = doc.styles["List Bullet"].element.pPr.numPr
    num_id = num_pr.numId.val
    ppr = paragraph._p.get_or_add_pPr()
    new = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    new.append(ilvl)
    new.append(num)
    ppr.append(new)


def add_hyperlink(paragraph, url, text):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), "Hyperlink")
    rpr.append(rstyle)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def fix_core(doc, title, author):
    core = doc.core_properties
    core.title = title
    core.author = author
    core.last_modified_by = author.split(";")[0]
    core.created = CORE_TIME
    core.modified = CORE_TIME
    core.revision = 1
    core.comments = ""
    core.keywords = ""
    core.subject = ""


CUSTOM_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>"""
CUSTOM_PROP = (
    '<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
    "<vt:lpwstr>{value}</vt:lpwstr></property>"
)


def save_fixed(doc, path, custom_props=None):
    """Save `doc` to `path` with fixed zip entry times (and custom properties if given)."""
    buf = BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(BytesIO(buf.getvalue()))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-12-09T16:20:00Z"', data)
            if custom_props and info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            if custom_props and info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>',
                )
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, data)
        if custom_props:
            props = "".join(
                CUSTOM_PROP.format(pid=i + 2, name=name, value=value)
                for i, (name, value) in enumerate(custom_props)
            )
            entry = zipfile.ZipInfo("docProps/custom.xml", date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, CUSTOM_XML.format(props=props).encode("utf-8"))
    path.write_bytes(out.getvalue())


# --- document 1: a Pandoc conversion ---------------------------------------------------------

PANDOC_NAME = (
    "docx-pandoc-generated-author-abstract-styles-captioned-figure-custom-style-desk-note-"
    "cwd-test-backlog.docx"
)

CWD_TITLE = "Hunters wait weeks for chronic wasting disease results as state lab falls behind"
CWD_FIG1 = (
    "Deer heads wait in a cooler at the Otsego County drop-off station in Gaylord on Dec. 5. "
    "Photo: Cole Halvorsen/Northern Michigan Sentinel"
)
CWD_FIG2 = (
    "A technician prepares lymph node samples at the state Wildlife Disease Laboratory in "
    "Lansing. Courtesy of Michigan DNR"
)


def build_pandoc():
    doc = Document()
    # Pandoc's reference.docx styles (names as Pandoc writes them)
    for name in ("Author", "Date"):
        paragraph_style(doc, name, size=12)
    paragraph_style(doc, "Abstract Title", bold=True, size=10)
    paragraph_style(doc, "Abstract", size=10)
    paragraph_style(doc, "First Paragraph", base="Body Text")
    paragraph_style(doc, "Compact", base="Body Text")
    paragraph_style(doc, "Block Text", base="Body Text")
    paragraph_style(doc, "Captioned Figure", base="Normal")
    paragraph_style(doc, "Image Caption", italic=True, size=10)
    paragraph_style(doc, "Desk Note", base="Normal")

    doc.add_paragraph(CWD_TITLE, style="Title")
    doc.add_paragraph(
        "Some processors won’t release venison until tests come back negative, leaving "
        "freezers full and hunters in limbo",
        style="Subtitle",
    )
    doc.add_paragraph("Priya Raman", style="Author")
    doc.add_paragraph("Cole Halvorsen", style="Author")
    doc.add_paragraph("December 9, 2026", style="Date")
    doc.add_paragraph("Abstract", style="Abstract Title")
    doc.add_paragraph(
        "Budget line: CWD test backlog at the state lab leaves hunters waiting up to five "
        "weeks; processors holding meat. 780 words, two photos. Slug: CWD-BACKLOG.",
        style="Abstract",
    )
    doc.add_paragraph(
        "NOTE TO DESK: DNR spokesman promised an updated backlog figure by 3 p.m. If it "
        "changes, the number in the fourth paragraph needs to change too. —PR",
        style="Desk Note",
    )

    p = doc.add_paragraph(style="First Paragraph")
    p.add_run("GAYLORD, Mich.").bold = True
    p.add_run(
        " — Jim Kowalski shot his first buck in nine years on opening day of the firearm "
        "season. Three weeks later, the deer is still hanging in a cooler at a processor "
        "outside Gaylord, and Kowalski still doesn’t know whether he can eat it."
    )

    fig = doc.add_paragraph(style="Captioned Figure")
    run = fig.add_run()
    run.add_picture(BytesIO(cooler_picture()), width=Inches(5.5))
    set_descr(run, CWD_FIG1)
    doc.add_paragraph(CWD_FIG1, style="Image Caption")

    body = [
        (
            "Kowalski is one of thousands of hunters in northern Michigan waiting on results from "
            "the state’s chronic wasting disease testing program, which has fallen weeks behind "
            "after a record number of samples arrived in the first days of the season."
        ),
        (
            "Chronic wasting disease is a fatal brain disease of deer and elk. There is no "
            "evidence it infects people, but federal health officials advise hunters not to eat "
            "meat from animals that test positive."
        ),
        (
            "As of Monday, about 6,800 samples were waiting to be tested at the state’s Wildlife "
            "Disease Laboratory in Lansing, according to the Department of Natural Resources. "
            "Results that usually take 10 to 14 days are now taking up to five weeks."
        ),
    ]
    for i, text in enumerate(body):
        doc.add_paragraph(text, style="First Paragraph" if i == 0 else "Body Text")

    h = doc.add_heading("Why the backlog", level=2)
    add_bookmark(h, 20, "why-the-backlog")
    doc.add_paragraph(
        "The department expanded mandatory testing this year to 11 counties in the northern "
        "Lower Peninsula after two positive deer were found in Otsego County last winter. "
        "Hunters in those counties must bring the head of any deer they kill to a drop-off "
        "station within 72 hours.",
        style="First Paragraph",
    )
    doc.add_paragraph(
        "Lab manager Teresa Ochoa said the lab received more than 9,000 samples in the first "
        "10 days of the season, nearly double last year’s total for the same period, while two "
        "of its six technician positions were vacant.",
        style="Body Text",
    )

    fig = doc.add_paragraph(style="Captioned Figure")
    run = fig.add_run()
    run.add_picture(BytesIO(lab_picture()), width=Inches(5.5))
    set_descr(run, CWD_FIG2)
    doc.add_paragraph(CWD_FIG2, style="Image Caption")

    doc.add_paragraph("In a written statement Tuesday, the department said:", style="Body Text")
    doc.add_paragraph(
        "“We understand hunters’ frustration, and we share it. Every sample will be tested, "
        "and every hunter will get a result. We’ve brought in staff from other labs and are "
        "running two shifts through the end of December.”",
        style="Block Text",
    )
    doc.add_paragraph(
        "Processors say the delays have left them with little room. At Northwoods Custom "
        "Meats near Gaylord, owner Darlene Pokorski said 140 deer were hanging in her coolers "
        "on Monday, about twice her usual number in early December, because many customers "
        "had asked her to hold the meat until results came back.",
        style="First Paragraph",
    )
    doc.add_paragraph(
        "“I’ve got guys calling every day asking if their deer is clean. I tell them I know as "
        "much as they do,” Pokorski said. She has started charging $5 a day for storage after "
        "the first two weeks.",
        style="Body Text",
    )

    h = doc.add_heading("What hunters can do", level=2)
    add_bookmark(h, 21, "what-hunters-can-do")
    doc.add_paragraph("The department says hunters waiting on results can:", style="First Paragraph")
    item = doc.add_paragraph("Check the status of a sample ", style="Compact")
    add_hyperlink(item, "https://www.michigan.gov/dnr/cwd-results", "online")
    item.add_run(" using the number on their drop-off receipt.")
    bulleted(doc, item)
    item = doc.add_paragraph(
        "Have the deer processed and keep the meat frozen separately until the result comes "
        "back.",
        style="Compact",
    )
    bulleted(doc, item)
    item = doc.add_paragraph(
        "Call the department’s CWD hotline, which has added evening hours through Dec. 31.",
        style="Compact",
    )
    bulleted(doc, item)
    doc.add_paragraph(
        "Kowalski, who has already paid $60 in storage fees, said he would keep waiting. “I’m "
        "not going to take a chance feeding it to my grandkids,” he said. “But by the time I "
        "hear, it’ll be Christmas.”",
        style="First Paragraph",
    )
    p = doc.add_paragraph(style="Body Text")
    p.add_run("Sentinel intern Maya Oberle contributed reporting.").italic = True

    fix_core(doc, CWD_TITLE, "Priya Raman; Cole Halvorsen")
    save_fixed(
        doc,
        HERE / PANDOC_NAME,
        custom_props=[("slug", "CWD-BACKLOG"), ("desk", "Outdoors"), ("editor", "Jen Marsh")],
    )


# --- document 2: mainbar and sidebar in one file -------------------------------------------

MAINBAR_NAME = (
    "docx-mainbar-and-sidebar-one-file-page-break-comments-slug-header-ski-hill-chairlift.docx"
)

GREY = (110, 110, 110)
RED = (192, 0, 0)


def label(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(*GREY)
    return p


def build_mainbar():
    doc = Document()
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    hr = header.add_run("LIFT — SUNDAY A1 — MAINBAR 780 + SIDEBAR 190 — ABERNATHY")
    hr.font.size = Pt(9)
    hr.font.color.rgb = RGBColor(*GREY)

    note = doc.add_paragraph()
    nr = note.add_run(
        "NOTE: Mainbar and sidebar in one file per Kim. Sidebar runs as its own story online, "
        "linked from the mainbar. —WA"
    )
    nr.font.color.rgb = RGBColor(*RED)

    label(doc, "MAINBAR")
    hed = doc.add_paragraph()
    hed_run = hed.add_run(
        "Snowbank Hill’s ‘new’ chairlift is 52 years old — and Council couldn’t be happier"
    )
    hed_run.bold = True
    hed_run.font.size = Pt(20)
    dek = doc.add_paragraph()
    dek_run = dek.add_run(
        "Volunteers spent the summer rebuilding a double chair the ski club bought for $85,000 "
        "from a shuttered Colorado resort"
    )
    dek_run.italic = True
    dek_run.font.size = Pt(13)
    doc.add_paragraph("By Wes Abernathy")

    pic = doc.add_paragraph()
    run = pic.add_run()
    run.add_picture(BytesIO(chairlift_picture()), width=Inches(5.5))
    set_descr(run, "Skiers ride a green double chairlift past snow-covered pines")
    cap = doc.add_paragraph()
    cap_run = cap.add_run(
        "Skiers ride the rebuilt double chair on opening day at Snowbank Hill on Saturday. "
        "(Rory Dunlap/Adams County Record)"
    )
    cap_run.font.size = Pt(9)

    lede = doc.add_paragraph()
    lede.add_run("COUNCIL, Idaho").bold = True
    lede.add_run(
        " — At 9:02 a.m. Saturday, two minutes behind schedule, Rita Vance and her grandson "
        "Eli sat down on chair No. 1 and rode up Snowbank Hill on a lift that had last carried "
        "skiers in Colorado in 2019."
    )
    paragraphs = [
        (
            "By the end of the day, 412 people had done the same, the most the small town-owned "
            "ski hill has seen on an opening day since it was built by volunteers in 1961."
        ),
        (
            "“I cried a little, I’ll admit it,” said Vance, 71, who learned to ski on the hill’s "
            "old rope tow. “We’ve been talking about a chairlift up here since I was in high "
            "school.”"
        ),
        (
            "The lift, a Riblet double chair built in 1974, is older than most of the people who "
            "spent the summer rebuilding it. The Snowbank Hill Ski Club bought it for $85,000 last "
            "year from the owners of a shuttered resort near Gunnison, Colo., and hauled it to "
            "Idaho on nine flatbed trucks."
        ),
        (
            "Club volunteers logged more than 6,000 hours between May and October pouring "
            "footings, hanging 84 chairs and stringing 3,100 feet of haul rope, said club "
            "president Dale Ostrander."
        ),
    ]
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.add_heading("‘We didn’t have a choice’", level=2)
    paragraphs = [
        (
            "The club had little choice, Ostrander said. Its 1961 rope tow failed a state tramway "
            "inspection in 2024, and a new lift would have cost more than $2 million."
        ),
        (
            "Used lifts have become a lifeline for small community ski areas across the West, "
            "said Marcy Tunnell, who tracks lift sales for a ski-industry trade newsletter. Dozens "
            "of older chairlifts come on the market each year as large resorts replace them with "
            "faster models."
        ),
        (
            "“For a hill like this, a used double chair is the difference between staying open and "
            "closing,” Tunnell said."
        ),
        (
            "The city of Council, which owns the land, contributed $30,000 toward the purchase. "
            "The rest came from a community fundraiser, a state recreation grant and a $20,000 "
            "loan from a local bank."
        ),
        (
            "Day passes at Snowbank Hill cost $28 for adults and $15 for children, up $4 from last "
            "season to help repay the loan. The hill is open Saturdays, Sundays and holidays "
            "through March."
        ),
        (
            "For Eli Vance, 9, the ride was a first. “It’s faster than the rope,” he said. “And "
            "my arms don’t hurt.”"
        ),
    ]
    body_paras = [doc.add_paragraph(text) for text in paragraphs]
    contrib = doc.add_paragraph()
    contrib.add_run("Record correspondent Hallie Fisk contributed reporting.").italic = True
    end = doc.add_paragraph("—30—")
    end.add_run().add_break(WD_BREAK.PAGE)

    label(doc, "SIDEBAR")
    side_hed = doc.add_paragraph()
    side_run = side_hed.add_run("How a Colorado lift found its way to Council")
    side_run.bold = True
    side_run.font.size = Pt(16)
    doc.add_paragraph("By Wes Abernathy")
    sidebar = [
        (
            "The chairlift that opened Saturday at Snowbank Hill spent its first 45 years at "
            "Crested Pines, a small resort west of Gunnison that closed after the 2019 season."
        ),
        (
            "Ostrander found it in a listing on a lift broker’s website in the fall of 2024. He "
            "drove to Colorado with two club members the next week to inspect the towers, which "
            "were still standing."
        ),
        (
            "Taking it down took a crew of 14 volunteers 11 days. The bullwheel alone weighed "
            "7,400 pounds."
        ),
        (
            "“We labeled every bolt,” Ostrander said. “My garage still has a box that says ‘Tower "
            "6, do not lose.’”"
        ),
    ]
    for text in sidebar:
        doc.add_paragraph(text)
    pic = doc.add_paragraph()
    run = pic.add_run()
    run.add_picture(BytesIO(bullwheel_picture()), width=Inches(4.5))
    set_descr(run, "A large steel wheel strapped to a flatbed truck")
    cap = doc.add_paragraph()
    cap_run = cap.add_run(
        "The lift’s bullwheel leaves Colorado on a flatbed in June 2025. "
        "(Courtesy of Snowbank Hill Ski Club)"
    )
    cap_run.font.size = Pt(9)
    doc.add_paragraph("—30—")

    doc.add_comment(
        hed_run,
        text="Hed won’t fit 2-col. Try: Council’s ‘new’ lift is 52 years old",
        author="Kim Mattson",
        initials="KM",
    )
    doc.add_comment(
        body_paras[1].runs[0],
        text="Does Tunnell’s newsletter have a name? Would be good to say which one.",
        author="Kim Mattson",
        initials="KM",
    )

    fix_core(doc, "LIFT mainbar + sidebar", "Wes Abernathy")
    save_fixed(doc, HERE / MAINBAR_NAME)


if __name__ == "__main__":
    build_pandoc()
    build_mainbar()

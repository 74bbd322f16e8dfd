"""Write the two Word files of filing set h21 (part b) next to this script.

Run with a Python that has python-docx: ``python make_docx_b.py`` (from any directory).
The pictures are small PNGs drawn here with zlib and struct; core properties, comment
dates and zip entry times are fixed, so a rerun writes the same bytes.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 11, 18, 0, 0)
ZIP_TIME = (2026, 3, 11, 18, 0, 0)

NAME_COMMENTS = (
    "docx-stringer-captions-typed-as-word-comments-anchored-on-pictures-desk-comment-on-body"
    "-grey-routing-line-title-style-en-dash-dateline-ends-mark-indian-river-silt.docx"
)
NAME_PARLIAMENT = (
    "docx-parliament-reporter-bordered-shaded-paragraph-boxes-desk-note-and-fact-box-seq-photo"
    "-captions-table-of-figures-field-bookmarks-heading-headline-subtitle-dek-basseterre-fisheries-bill.docx"
)


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """A vertical two-colour gradient as PNG bytes."""
    rows = []
    for y in range(height):
        f = y / max(height - 1, 1)
        px = bytes(round(a + (b - a) * f) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\x00" + px * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def set_descr(run, descr: str, name: str) -> None:
    """Give the inline picture in run a name and (if any) a description (alt text)."""
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("name", name)
        if descr:
            doc_pr.set("descr", descr)
    for c_nv_pr in run._r.iter(qn("pic:cNvPr")):
        c_nv_pr.set("name", name)


# ---------------------------------------------------------------- helpers


def fixed_props(doc, author: str, title: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def grey(run, size: float = 9) -> None:
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def para_border_and_shading(paragraph, fill: str) -> None:
    """Put a box border and a background fill on a paragraph (w:pBdr, w:shd)."""
    p_pr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "8")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), "404040")
        bdr.append(edge)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # schema order inside w:pPr: pStyle, keepNext, ..., pBdr, shd, ..., spacing, ..., jc
    anchor = None
    for tag in ("w:spacing", "w:ind", "w:jc", "w:rPr"):
        anchor = p_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
        anchor.addprevious(shd)
    else:
        p_pr.append(bdr)
        p_pr.append(shd)


def add_field(paragraph, instr: str, result: str, bold: bool = False) -> None:
    """A complex field: begin, instruction, separate, cached result, end."""

    def fld(kind: str):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r

    paragraph._p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    paragraph._p.append(r)
    paragraph._p.append(fld("separate"))
    res = paragraph.add_run(result)
    res.bold = bold
    paragraph._p.append(fld("end"))


def bookmark(paragraph, bm_id: int, name: str) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bm_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bm_id))
    p = paragraph._p
    first_run = p.find(qn("w:r"))
    if first_run is not None:
        first_run.addprevious(start)
    else:
        p.append(start)
    p.append(end)


def ensure_style(doc, name: str, base: str = "Normal"):
    styles = doc.styles
    try:
        return styles[name]
    except KeyError:
        st = styles.add_style(name, 1)
        st.base_style = styles[base]
        return st


def save_fixed(doc, path: Path) -> None:
    """Save, then rewrite the zip with fixed entry times and no thumbnail."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename.startswith("docProps/thumbnail"):
                continue
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b'<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/>',
                    b"",
                )
            if item.filename == "_rels/.rels":
                start = data.find(b"<Relationship Id=")
                parts = data[start:].split(b"/>")
                data = data[:start] + b"/>".join(p for p in parts if b"thumbnail" not in p)
            if item.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-03-11T17:00:00Z"', data)
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- document 1


def comments_doc() -> None:
    doc = Document()
    fixed_props(doc, "Marvlyn Jno Baptiste", "Indian River")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    p = doc.add_paragraph()
    grey(
        p.add_run(
            "FROM: Marvlyn Jno Baptiste (Portsmouth) | FOR: ECS web + Sat regional | "
            "Captions are in the comments on each photo, sorry typing this on the tablet"
        )
    )

    doc.add_paragraph("Indian River guides halt tours as silt blocks river mouth", style="Title")
    dek = doc.add_paragraph()
    dek.add_run(
        "Rowers say boats have scraped bottom at the bar since January; the harbour board "
        "says dredging must wait for an environmental permit"
    ).italic = True
    doc.add_paragraph("By Marvlyn Jno Baptiste")

    body = [
        "PORTSMOUTH, Dominica – The rowing guides who take visitors up the Indian River, one of "
        "the island’s best-known attractions, have stopped their tours after sand and silt "
        "built up across the mouth of the river, leaving it too shallow for their boats.",
        "About 30 licensed guides, who row groups of up to eight people through the mangroves "
        "and swamp bloodwood trees, said on Monday that they had not taken a tour since "
        "February 27, when two boats carrying cruise passengers ran aground on the bar.",
    ]
    for text in body:
        doc.add_paragraph(text)

    pic1 = doc.add_paragraph()
    pic1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run1 = pic1.add_run()
    run1.add_picture(io.BytesIO(png(96, 64, (46, 110, 84), (120, 98, 60))), width=None)
    set_descr(run1, "", "IMG_20260307_101522.jpg")
    doc.add_comment(
        run1,
        text=(
            "CAPTION: Guide Albert Pascal rows visitors up the Indian River near Portsmouth "
            "last week, before the tours stopped. PHOTO: Marvlyn Jno Baptiste"
        ),
        author="Marvlyn Jno Baptiste",
        initials="MJB",
    )

    more = [
        "“The river is our bread. When the boats cannot pass the mouth, nobody eats,” said "
        "Albert Pascal, who has rowed on the river for 22 years and heads the Indian River "
        "Guides Association.",
        "Guides said the bar began to build after heavy rains in November washed soil down "
        "from farms and from a quarry road in the hills above the river. By January the water "
        "at the mouth was less than two feet deep at low tide.",
        "The tours are one of the main stops for cruise passengers who come ashore at the "
        "Cabrits cruise berth. Guides said they lost about 1,800 bookings in the first two "
        "weeks of March.",
        "The Portsmouth Harbour Board, which manages the river mouth, said it had a contractor "
        "ready to dredge but could not start until the Environmental Coordinating Unit issued "
        "a permit.",
        "“We have to be careful. This is a protected area and the mangroves are the reason "
        "people come,” said the board’s manager, Gerald St. Jean. He said the permit was "
        "expected “within weeks, not months.”",
    ]
    paras = [doc.add_paragraph(text) for text in more]
    doc.add_comment(
        paras[2].runs,
        text="Check the 1,800 against the tourism ministry numbers before we run it? — R",
        author="Rosalind Lestrade (desk)",
        initials="RL",
    )

    pic2 = doc.add_paragraph()
    pic2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run2 = pic2.add_run()
    run2.add_picture(io.BytesIO(png(96, 64, (170, 150, 110), (60, 120, 150))), width=None)
    set_descr(run2, "Sandbar across the mouth of a river at low tide", "Picture 2")
    doc.add_comment(
        run2,
        text=(
            "Caption: The sandbar across the mouth of the Indian River at low tide on Monday. "
            "Credit: Courtesy of Portsmouth Harbour Board"
        ),
        author="Marvlyn Jno Baptiste",
        initials="MJB",
    )

    last = [
        "In the meantime, some guides have begun walking visitors along the riverbank trail, "
        "but Pascal said few cruise passengers wanted to walk in the heat.",
        "The association has asked the government for a one-time payment to guides while the "
        "river is closed. The tourism ministry said it was considering the request.",
        "Fishers who moor at the river mouth said they, too, had been forced to anchor their "
        "boats in the bay. “Even the small canoe touching bottom now,” said fisherman Curtis "
        "Joseph.",
        "Additional reporting by Ferdinand Laville in Roseau.",
        "ENDS",
    ]
    for text in last:
        doc.add_paragraph(text)

    save_fixed(doc, HERE / NAME_COMMENTS)


# ---------------------------------------------------------------- document 2


def parliament_doc() -> None:
    doc = Document()
    fixed_props(doc, "Jaden Liburd", "Fisheries Bill 2R")
    normal = doc.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(11)
    ensure_style(doc, "Caption")
    tof = ensure_style(doc, "Table of Figures")
    tof.font.size = Pt(10)

    desk = [
        "FOR THE DESK: Second reading only tonight. Committee stage is Thursday.",
        "Division list to follow when the Clerk releases it. Hold for web until the sitting "
        "ends (expected about 9 p.m.).",
    ]
    for text in desk:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(10)
        para_border_and_shading(p, "FFF2CC")

    doc.add_paragraph(
        "Fisheries bill passes second reading with fines of up to EC$50,000", style="Heading 1"
    )
    doc.add_paragraph(
        "Opposition walks out over quota clause; fishers’ co-operatives say the rules on "
        "undersized lobster are overdue",
        style="Subtitle",
    )
    by = doc.add_paragraph()
    by.add_run("By Jaden Liburd").bold = True
    by.add_run(", Parliament Reporter")

    body = [
        "BASSETERRE, St Kitts – A bill that would raise the fines for landing undersized "
        "lobster and conch to as much as EC$50,000 passed its second reading in the National "
        "Assembly on Tuesday night after opposition members walked out over a clause giving "
        "the minister power to set catch quotas.",
        "The Fisheries (Amendment) Bill, 2026, replaces fines that have stood at EC$500 since "
        "1984 and allows fisheries officers to seize boats and gear used in repeated "
        "offences.",
    ]
    for text in body:
        doc.add_paragraph(text)

    pic1 = doc.add_paragraph()
    run1 = pic1.add_run()
    run1.add_picture(io.BytesIO(png(120, 72, (40, 60, 110), (150, 130, 90))), width=None)
    set_descr(run1, "Minister speaking at a desk in the Assembly chamber", "Picture 1")
    cap1 = doc.add_paragraph(style="Caption")
    cap1.add_run("Photo ")
    add_field(cap1, "SEQ Photo \\* ARABIC", "1")
    cap1.add_run(
        ": Minister of Marine Resources Delano Warner moves the second reading of the "
        "Fisheries (Amendment) Bill in the National Assembly on Tuesday. "
        "(Photo: Assembly Broadcast Unit)"
    )
    bookmark(cap1, 10, "_Toc161402001")

    more = [
        "“The lobster of today is the livelihood of tomorrow. A fine of five hundred dollars "
        "is a cost of doing business, not a deterrent,” said the Minister of Marine "
        "Resources, Delano Warner, who moved the bill.",
        "Warner said fisheries officers had seized more than 2,000 undersized lobsters at "
        "landing sites and restaurants last year, most of them during the closed season.",
        "Opposition members objected to a clause that allows the minister to set quotas for "
        "any species by order, without a vote of the Assembly. Opposition fisheries "
        "spokesman Lennox Hanley called it “a blank cheque.”",
        "“Today it is lobster. Tomorrow the minister wakes up and decides how many pot fish "
        "a man can catch, and nobody in this chamber gets a say,” Hanley said before "
        "opposition members left the chamber.",
        "The bill passed with the votes of the seven government members present.",
    ]
    for text in more:
        doc.add_paragraph(text)

    box = [
        "THE BILL AT A GLANCE",
        "Fines for landing undersized lobster or conch: up to EC$50,000, from EC$500",
        "Boats and gear used in a second offence may be forfeited",
        "Minister may set catch quotas by order",
        "Closed season for lobster stays May 1 to August 31",
    ]
    for i, text in enumerate(box):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = i == 0
        r.font.size = Pt(10)
        para_border_and_shading(p, "DEEAF6")

    more2 = [
        "Fishers’ co-operatives on both islands welcomed the higher fines. Sylvester "
        "Bridgewater, chairman of the Dieppe Bay Fishers Co-operative, said fishers who "
        "respected the rules had been undercut for years by those who did not.",
        "“We put back the small ones and somebody else sells them to the hotel the same "
        "evening. That must stop,” he said.",
    ]
    for text in more2:
        doc.add_paragraph(text)

    pic2 = doc.add_paragraph()
    run2 = pic2.add_run()
    run2.add_picture(io.BytesIO(png(120, 72, (190, 90, 60), (70, 120, 160))), width=None)
    set_descr(run2, "", "Picture 2")
    cap2 = doc.add_paragraph(style="Caption")
    cap2.add_run("Photo ")
    add_field(cap2, "SEQ Photo \\* ARABIC", "2")
    cap2.add_run(
        ": Lobster pots stacked at the Dieppe Bay landing site on Monday. (Photo: Jaden Liburd)"
    )
    bookmark(cap2, 11, "_Toc161402002")

    last = [
        "Restaurant owners were more cautious. The St Kitts Restaurant Association said its "
        "members would need clear guidance on how to check the size of lobster they buy.",
        "The bill goes to committee stage on Thursday. If it passes its third reading, it "
        "will take effect when the Governor-General assents to it.",
        "Kerel Hodge contributed reporting from Charlestown.",
        "ENDS",
    ]
    for text in last:
        doc.add_paragraph(text)

    doc.add_paragraph()
    head = doc.add_paragraph()
    head.add_run("Photos in this file (for the photo desk)").bold = True

    entries = [
        (
            "_Toc161402001",
            "Photo 1: Minister of Marine Resources Delano Warner moves the second reading of "
            "the Fisheries (Amendment) Bill in the National Assembly on Tuesday. "
            "(Photo: Assembly Broadcast Unit)",
            "1",
        ),
        (
            "_Toc161402002",
            "Photo 2: Lobster pots stacked at the Dieppe Bay landing site on Monday. "
            "(Photo: Jaden Liburd)",
            "2",
        ),
    ]
    for i, (anchor, text, page) in enumerate(entries):
        p = doc.add_paragraph(style="Table of Figures")
        if i == 0:
            begin = OxmlElement("w:r")
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "begin")
            begin.append(fc)
            p._p.append(begin)
            r = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\h \\z \\c "Photo" '
            r.append(it)
            p._p.append(r)
            sep = OxmlElement("w:r")
            fc2 = OxmlElement("w:fldChar")
            fc2.set(qn("w:fldCharType"), "separate")
            sep.append(fc2)
            p._p.append(sep)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), anchor)
        link.set(qn("w:history"), "1")
        for chunk_text, is_tab in ((text, False), ("\t", True), (page, False)):
            r = OxmlElement("w:r")
            if is_tab:
                r.append(OxmlElement("w:tab"))
            else:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = chunk_text
                r.append(t)
            link.append(r)
        p._p.append(link)
        if i == len(entries) - 1:
            end = OxmlElement("w:r")
            fc3 = OxmlElement("w:fldChar")
            fc3.set(qn("w:fldCharType"), "end")
            end.append(fc3)
            p._p.append(end)

    save_fixed(doc, HERE / NAME_PARLIAMENT)


if __name__ == "__main__":
    comments_doc()
    parliament_doc()

"""Write the two Word files of filing set h18 (part a).

Run with the project's Python (python-docx installed) from any directory:

    python make_docx_a.py

It writes, next to itself:

- docx-finereader-ocr-scanned-weekly-clipping-...-drone-seeding.docx: a weekly's page scanned
  and turned into Word by OCR (FineReader-style editable copy): the running head recognised as
  a page header, a three-column section, the printed line ends kept as line breaks, direct
  fonts with character scaling and exact line spacing, a photo cropped from the scan with its
  credit and caption, the edges of neighbouring stories and an ad in a frame, and the news
  clerk's highlighted note added in Word.
- docx-apple-pages-export-...-robotic-milkers.docx: a freelancer's feature written in Apple
  Pages and exported to Word: Pages' own style names (Body, Heading, Caption, Title, Subtitle),
  Helvetica Neue, two described and undescribed pictures with Caption paragraphs, the writer's
  own comments, a footnote, a highlight, a page header and a PAGE field.

Pictures are small PNGs drawn with zlib and struct. Core properties, comment dates and zip
entry times are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 3, 9, 0, 0)

OCR_NAME = (
    "docx-finereader-ocr-scanned-weekly-clipping-running-header-three-column-section-"
    "kept-line-breaks-column-break-caps-credit-above-caption-framed-ad-cut-off-neighbour-"
    "stories-drone-seeding.docx"
)
PAGES_NAME = (
    "docx-apple-pages-export-body-heading-caption-style-names-helvetica-neue-writer-note-"
    "own-comments-footnote-highlight-described-and-undescribed-pictures-robotic-milkers.docx"
)

Pixel = Callable[[int, int], tuple[int, int, int]]


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, pixel: Pixel) -> bytes:
    """Encode an RGB picture as PNG without any imaging library."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def grey(v: float) -> tuple[int, int, int]:
    g = max(0, min(255, int(v)))
    return (g, g, g)


def drone_over_wheat(x: int, y: int) -> tuple[int, int, int]:
    """A newsprint photo: sky, a wheat field in rows, a drone; coarse screen and scan grain."""
    w, h = 220, 150
    screen = ((x * 7 + y * 13) % 5) * 6 - 12
    if y < h * 0.42:
        base = 200 - y * 0.5
    else:
        row = (x + (y - 63) * 2) % 9
        base = 120 + (25 if row < 4 else -10) - (y - 63) * 0.3
    dx, dy = x - w * 0.62, y - h * 0.24
    if abs(dy) < 2.5 and abs(dx) < 22:
        base = 40
    if abs(dx) < 5 and abs(dy) < 6:
        base = 30
    for px in (-20, 20):
        if math.hypot(dx - px, dy + 3) < 6 and math.hypot(dx - px, dy + 3) > 4:
            base = 60
    if x < 3 or y > h - 3:
        base = 250
    return grey(base + screen)


def cow_in_robot(x: int, y: int) -> tuple[int, int, int]:
    """A barn: concrete floor, a red milking box, a black-and-white cow."""
    w, h = 240, 160
    if y > h * 0.78:
        r, g, b = 150, 148, 140
    else:
        r, g, b = 96, 84, 70
    if w * 0.55 < x < w * 0.95 and h * 0.25 < y < h * 0.82:
        r, g, b = 178, 34, 40
    ex, ey = (x - w * 0.42) / (w * 0.3), (y - h * 0.5) / (h * 0.2)
    if ex * ex + ey * ey < 1:
        patch = math.sin(x * 0.11) + math.cos(y * 0.17) > 0.6
        r, g, b = (25, 25, 25) if patch else (235, 232, 226)
    if abs(x - w * 0.2) < 5 and h * 0.6 < y < h * 0.8:
        r, g, b = 30, 30, 30
    return (r, g, b)


def old_tie_stall_barn(x: int, y: int) -> tuple[int, int, int]:
    """A faded sepia print of a barn aisle with stanchions."""
    w, h = 200, 140
    v = 170 - abs(x - w / 2) * 0.5 + (y / h) * 30
    if y > h * 0.55 and x % 22 < 3:
        v -= 70
    if abs(y - h * 0.55) < 2:
        v -= 50
    v += ((x * 31 + y * 17) % 7) - 3
    if x < 4 or x > w - 5 or y < 4 or y > h - 5:
        v = 235
    v = max(0, min(255, v))
    return (int(v), int(v * 0.86), int(v * 0.68))


# --------------------------------------------------------------------------- xml helpers


def set_ppr(paragraph, inner: str) -> None:
    """Replace a paragraph's properties with hand-written XML (children in schema order)."""
    p = paragraph._p
    old = p.find(qn("w:pPr"))
    if old is not None:
        p.remove(old)
    p.insert(0, parse_xml(f"<w:pPr {nsdecls('w')}>{inner}</w:pPr>"))


def add_run(paragraph, text: str, rpr: str = ""):
    """Add a run; tabs and newlines in ``text`` become w:tab and w:br."""
    run = paragraph.add_run(text)
    if rpr:
        run._r.insert(0, parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>"))
    return run


def describe_picture(run, name: str, descr: str | None) -> None:
    doc_pr = run._r.find(".//" + qn("wp:docPr"))
    doc_pr.set("name", name)
    if descr is not None:
        doc_pr.set("descr", descr)


def fixed_core(doc, author: str, last_by: str, title: str = "") -> None:
    core = doc.core_properties
    core.author = author
    core.last_modified_by = last_by
    core.title = title
    core.subject = ""
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.revision = 3
    core.created = datetime(2026, 12, 3, 8, 12, 0)
    core.modified = datetime(2026, 12, 3, 8, 41, 0)


def save_fixed(doc, path: Path, application: str) -> None:
    """Save, then rewrite the package with fixed entry times and fixed comment dates."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data = src.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*thumbnail\.jpeg\"/>", b"", data)
            if name == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if name == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-12-01T21:14:00Z"', data)
            if name == "docProps/app.xml":
                data = re.sub(
                    rb"<Application>[^<]*</Application>",
                    b"<Application>" + application.encode() + b"</Application>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


def wrap_lines(text: str, width: int) -> str:
    """Break text into printed column lines (at spaces) joined by newlines."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- OCR clipping

OCR_BODY_FONT = (
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    '<w:spacing w:val="-2"/><w:w w:val="96"/><w:sz w:val="19"/><w:szCs w:val="19"/>'
    '<w:lang w:val="en-US"/>'
)
OCR_BODY_PARA = (
    '<w:spacing w:before="0" w:after="0" w:line="216" w:lineRule="exact"/>'
    '<w:ind w:firstLine="144"/><w:jc w:val="both"/>'
)

OCR_BODY = [
    (
        "COULEE FORKS — Two weeks before he cut his winter wheat last summer, Arne Halvorsrud "
        "watched a drone the size of a card table fly low over the field and scatter cereal rye "
        "seed into the standing crop."
    ),
    (
        "By the time the combine came through, the rye had already sprouted in the shade of the "
        "wheat. By September it was a green carpet, holding the soil through the windy fall that "
        "usually strips his stubble fields bare."
    ),
    (
        "“I’ve tried cover crops three times and never got a stand, because by the time I could "
        "get a drill in after harvest, it was too dry and too late,” Halvorsrud said. “This is "
        "the first year it worked.”"
    ),
    (
        "Halvorsrud was one of six farmers around Coulee Forks who tried aerial seeding this year "
        "through a pilot project run by the Coulee County Conservation District. The district "
        "paid a contractor to seed 1,850 acres by drone and split the cost with growers."
    ),
    (
        "The drones carry about 40 pounds of seed per flight and can cover 40 to 60 acres an "
        "hour, said district agronomist Kelsey Rambur, who ran the project."
    ),
    (
        "Seeding into a standing crop, sometimes called interseeding, gives cover crops a head "
        "start that can make the difference in a dry year, Rambur said. The cover crop protects "
        "the soil from wind erosion, adds organic matter and can be grazed in the fall."
    ),
    (
        "The catch is the price. With seed, the contractor charged about $38 an acre this year, "
        "compared with about $22 for seeding with a drill after harvest."
    ),
    (
        "“If I’m honest, at $38 I’d only do my worst blowing ground,” said Marlys Fjeld, who "
        "seeded 240 acres north of town. She said about two-thirds of her seed came up."
    ),
    (
        "Rambur said the district would publish yields and soil moisture data from the pilot "
        "fields in February and hoped to repeat the project next summer if it could find grant "
        "money to share the cost."
    ),
    (
        "She said the district was also looking at whether a local farmer could buy a drone and "
        "offer custom seeding, which could bring the price down."
    ),
    (
        "Halvorsrud said he would be first in line. “It’s a lot cheaper than watching your "
        "topsoil blow into North Dakota,” he said."
    ),
]


def ocr_body_paragraph(doc, text: str, column_break_after: int | None = None) -> None:
    p = doc.add_paragraph()
    set_ppr(p, OCR_BODY_PARA)
    printed = wrap_lines(text, 38)
    if column_break_after is None:
        add_run(p, printed, OCR_BODY_FONT)
        return
    lines = printed.split("\n")
    add_run(p, "\n".join(lines[:column_break_after]), OCR_BODY_FONT)
    add_run(p, "", OCR_BODY_FONT).add_break(WD_BREAK.COLUMN)
    add_run(p, "\n".join(lines[column_break_after:]), OCR_BODY_FONT)


def build_ocr_clipping(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(9.5)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.55)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.5)
    sec.header_distance = Inches(0.3)

    head = sec.header.paragraphs[0]
    set_ppr(
        head,
        '<w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
        'w:color="000000"/></w:pBdr><w:tabs><w:tab w:val="clear" w:pos="4320"/>'
        '<w:tab w:val="clear" w:pos="8640"/><w:tab w:val="center" w:pos="3700"/>'
        '<w:tab w:val="right" w:pos="7400"/></w:tabs>',
    )
    add_run(
        head,
        "4\tTHE HI-LINE PIONEER-PRESS\tWEDNESDAY, DECEMBER 2, 2026",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:b/><w:spacing w:val="10"/>'
        '<w:sz w:val="16"/>',
    )

    note = doc.add_paragraph()
    set_ppr(note, '<w:spacing w:after="120"/>')
    add_run(
        note,
        "REPRINT — OCR’d from page 4 of the Hi-Line Pioneer-Press, Dec. 2, 2026, with "
        "permission (Gail Tvedt OK’d by phone 12/3). Proof against the PDF clipping before it "
        "runs; the scan was crooked. — K. Jensen, news clerk",
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
        '<w:highlight w:val="yellow"/>',
    )

    tail = doc.add_paragraph()
    set_ppr(tail, OCR_BODY_PARA.replace('<w:ind w:firstLine="144"/>', ""))
    add_run(tail, "sandwiches, cake and coffee will follow at the Legion hall.", OCR_BODY_FONT)

    rule = doc.add_paragraph()
    set_ppr(
        rule,
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'
        '<w:spacing w:before="0" w:after="60"/>',
    )

    hed = doc.add_paragraph()
    set_ppr(hed, '<w:spacing w:before="60" w:after="60" w:line="520" w:lineRule="exact"/>')
    add_run(
        hed,
        "Farmers try drones to seed\ncover crops before harvest",
        '<w:rFonts w:ascii="Century Schoolbook" w:hAnsi="Century Schoolbook"/><w:b/>'
        '<w:spacing w:val="-6"/><w:w w:val="92"/><w:sz w:val="50"/><w:szCs w:val="50"/>',
    )

    deck = doc.add_paragraph()
    set_ppr(deck, '<w:spacing w:before="0" w:after="80" w:line="300" w:lineRule="exact"/>')
    add_run(
        deck,
        "Aerial seeding lets rye and radish sprout under standing wheat,\nbut the cost per "
        "acre still gives growers pause",
        '<w:rFonts w:ascii="Century Schoolbook" w:hAnsi="Century Schoolbook"/><w:i/>'
        '<w:sz w:val="26"/><w:szCs w:val="26"/>',
    )

    by = doc.add_paragraph()
    set_ppr(by, '<w:spacing w:before="0" w:after="0"/>')
    add_run(
        by,
        "By DARCY KNUTSON",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:b/><w:sz w:val="17"/>',
    )
    title = doc.add_paragraph()
    set_ppr(title, '<w:spacing w:before="0" w:after="100"/>')
    add_run(
        title,
        "Pioneer-Press Staff Writer",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:i/><w:sz w:val="16"/>',
    )

    cols = doc.add_section(WD_SECTION.CONTINUOUS)
    sect_pr = cols._sectPr
    old_cols = sect_pr.find(qn("w:cols"))
    if old_cols is not None:
        sect_pr.remove(old_cols)
    doc_grid = sect_pr.find(qn("w:docGrid"))
    new_cols = parse_xml(f'<w:cols {nsdecls("w")} w:num="3" w:space="216" w:sep="1"/>')
    if doc_grid is not None:
        doc_grid.addprevious(new_cols)
    else:
        sect_pr.append(new_cols)

    for text in OCR_BODY[:4]:
        ocr_body_paragraph(doc, text)

    pic_para = doc.add_paragraph()
    set_ppr(pic_para, '<w:spacing w:before="80" w:after="0"/><w:jc w:val="center"/>')
    pic_run = pic_para.add_run()
    pic_run.add_picture(io.BytesIO(png(220, 150, drone_over_wheat)), width=Inches(2.2))
    describe_picture(pic_run, "Picture 3", None)

    credit = doc.add_paragraph()
    set_ppr(credit, '<w:spacing w:before="20" w:after="20"/><w:jc w:val="right"/>')
    add_run(
        credit,
        "LYLE BRANDVOLD | PIONEER-PRESS",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:spacing w:val="4"/>'
        '<w:sz w:val="13"/>',
    )
    caption = doc.add_paragraph()
    set_ppr(
        caption,
        '<w:spacing w:before="0" w:after="140" w:line="190" w:lineRule="exact"/>'
        '<w:jc w:val="both"/>',
    )
    cap_font = '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:sz w:val="16"/>'
    add_run(caption, "TAKING OFF — ", cap_font.replace("<w:sz", "<w:b/><w:sz"))
    add_run(
        caption,
        wrap_lines(
            "District agronomist Kelsey Rambur launches a seeding drone over a wheat field "
            "north of Coulee Forks in July. The drone can carry about 40 pounds of cereal rye "
            "seed per flight.",
            44,
        ),
        cap_font,
    )

    stray = doc.add_paragraph()
    set_ppr(stray, '<w:spacing w:before="0" w:after="0"/>')
    add_run(stray, "|", OCR_BODY_FONT)

    for i, text in enumerate(OCR_BODY[4:], start=4):
        ocr_body_paragraph(doc, text, column_break_after=3 if i == 6 else None)

    contrib = doc.add_paragraph()
    set_ppr(contrib, '<w:spacing w:before="80" w:after="0"/><w:ind w:firstLine="144"/>')
    add_run(
        contrib,
        "Pioneer-Press intern Jonah Brekke\ncontributed to this report.",
        OCR_BODY_FONT.replace("<w:spacing", "<w:i/><w:spacing"),
    )
    tagline = doc.add_paragraph()
    set_ppr(tagline, '<w:spacing w:before="60" w:after="160"/>')
    add_run(
        tagline,
        "Darcy Knutson can be reached at\n406-555-0140 or dknutson@hilinepio-\nneerpress.com.",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:i/><w:sz w:val="15"/>',
    )

    ad_lines = [
        ("COULEE FORKS IMPLEMENT", '<w:b/><w:sz w:val="26"/>'),
        (
            (
                "Winter shop special:\n10% off parts & labor on combine\nand drill inspections "
                "through Dec. 31"
            ),
            '<w:sz w:val="18"/>',
        ),
        ("406-555-0193 • Hwy. 2 East", '<w:b/><w:sz w:val="18"/>'),
    ]
    for text, fmt in ad_lines:
        ad = doc.add_paragraph()
        set_ppr(
            ad,
            '<w:framePr w:w="3200" w:hSpace="144" w:wrap="around" w:vAnchor="text" '
            'w:hAnchor="text" w:y="120"/><w:pBdr>'
            '<w:top w:val="double" w:sz="6" w:space="4" w:color="000000"/>'
            '<w:left w:val="double" w:sz="6" w:space="4" w:color="000000"/>'
            '<w:bottom w:val="double" w:sz="6" w:space="4" w:color="000000"/>'
            '<w:right w:val="double" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'
            '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
        )
        add_run(ad, text, '<w:rFonts w:ascii="Arial Black" w:hAnsi="Arial Black"/>' + fmt)

    next_hed = doc.add_paragraph()
    set_ppr(next_hed, '<w:spacing w:before="200" w:after="40"/>')
    add_run(
        next_hed,
        "Lady Coyotes open\nseason at home",
        '<w:rFonts w:ascii="Century Schoolbook" w:hAnsi="Century Schoolbook"/><w:b/>'
        '<w:sz w:val="32"/>',
    )
    next_by = doc.add_paragraph()
    set_ppr(next_by, '<w:spacing w:before="0" w:after="40"/>')
    add_run(
        next_by,
        "By TREVOR AASHEIM",
        '<w:rFonts w:ascii="Arial Narrow" w:hAnsi="Arial Narrow"/><w:b/><w:sz w:val="17"/>',
    )
    next_body = doc.add_paragraph()
    set_ppr(next_body, OCR_BODY_PARA)
    add_run(
        next_body,
        "The Coulee Forks Lady Coyotes open\ntheir basketball season Friday night at\nhome against",
        OCR_BODY_FONT,
    )

    fixed_core(doc, author="ABBYY FineReader", last_by="Kari Jensen")
    save_fixed(doc, path, "Microsoft Office Word")


# --------------------------------------------------------------------------- Pages export

PAGES_FONT = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:cs="Helvetica Neue"/>'


def pages_styles(doc) -> None:
    """Give the document the style names a Pages export carries."""
    styles_el = doc.styles.element
    defs = [
        (
            "Body",
            "Body",
            '<w:spacing w:before="0" w:after="160" w:line="288" w:lineRule="auto"/>',
            '<w:color w:val="000000"/><w:sz w:val="22"/>',
        ),
        (
            "Heading",
            "Heading",
            '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:color w:val="000000"/><w:sz w:val="28"/>',
        ),
        (
            "CaptionPages",
            "Caption",
            '<w:spacing w:before="60" w:after="240" w:line="240" w:lineRule="auto"/>',
            '<w:color w:val="5E5E5E"/><w:sz w:val="18"/>',
        ),
    ]
    for style_id, name, ppr, rpr in defs:
        for existing in styles_el.findall(qn("w:style")):
            if existing.get(qn("w:styleId")) == style_id:
                styles_el.remove(existing)
        styles_el.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" '
                f'w:styleId="{style_id}"><w:name w:val="{name}"/><w:qFormat/>'
                f"<w:pPr>{ppr}</w:pPr><w:rPr>{PAGES_FONT}{rpr}</w:rPr></w:style>"
            )
        )
    for builtin in ("Title", "Subtitle"):
        style = doc.styles[builtin]
        style.font.name = "Helvetica Neue"
        style.font.color.rgb = RGBColor(0, 0, 0)
    for existing in styles_el.findall(qn("w:style")):
        if existing.get(qn("w:styleId")) == "Caption":
            existing.find(qn("w:name")).set(qn("w:val"), "caption")


def style_by_id(doc, style_id: str):
    for style in doc.styles:
        if style.style_id == style_id:
            return style
    raise KeyError(style_id)


def body_para(doc, text: str = "", style: str = "Body"):
    p = doc.add_paragraph(style=style_by_id(doc, style))
    if text:
        add_run(p, text)
    return p


def add_footnotes_part(doc, note_text: str) -> None:
    w = nsdecls("w")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr>{PAGES_FONT}<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
        "<w:footnoteRef/></w:r>"
        f'<w:r><w:rPr>{PAGES_FONT}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> '
        f"{note_text}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    foot_pr = parse_xml(
        f'<w:footnotePr {w}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    settings.find(qn("w:compat")).addprevious(foot_pr)


def footnote_reference(paragraph) -> None:
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    run._r.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))


def page_field(paragraph) -> None:
    w = nsdecls("w")
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>1</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


PAGES_BEFORE_PICTURE = [
    (
        "EAST CALDER, Vt. — At 4:30 on a December morning, the only sound in the Pollard "
        "family’s barn is the hum of a vacuum pump and the soft clank of a gate. There is no one "
        "milking. A Holstein named Juniper walks into a stall-sized box, a laser finds her teats "
        "and a robotic arm attaches the cups."
    ),
    "Seven minutes later she walks out, and another cow walks in.",
]

PAGES_MIDDLE = [
    (
        "“People think we did it to take it easy,” said Dale Pollard, 58, who runs the farm with "
        "his wife, Mary Beth, and their son, Cody. “We did it because we could not find anybody "
        "to milk at 4 in the morning, and I could not keep doing it myself.”"
    ),
]

PAGES_AFTER_HEADING_1 = [
    (
        "In the robot barn, the cows decide when to be milked. Most come in about three times a "
        "day, drawn by a scoop of grain that the machine dispenses while it works. The robots "
        "record each cow’s milk yield, weight and milk temperature, and flag any that might be "
        "getting sick."
    ),
]

PAGES_AFTER_HEADING_2 = [
    (
        "The work has not gone away so much as changed. Cody Pollard, 29, now spends part of each "
        "morning at a laptop in the barn office, reading alerts from the robots and tracking down "
        "cows that have not come in on their own."
    ),
]

PAGES_END = [
    (
        "Agricultural economist Priya Raman, who studies dairy labor at Champlain Valley College, "
        "said robotic milking had spread quickly among mid-sized family farms that could not find "
        "hired help, but that the payments could be hard to carry when milk prices fall."
    ),
    (
        "The Pollards’ loan has six years left. Dale Pollard said the farm had made every payment "
        "so far, helped by two years of good milk prices."
    ),
    (
        "“If prices go in the tank, we’ll find out how smart we were,” he said. “But without the "
        "robots, I don’t think there’d be a farm to worry about.”"
    ),
]


def build_pages_export(path: Path) -> None:
    doc = Document()
    pages_styles(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Helvetica Neue"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    head = sec.header.paragraphs[0]
    add_run(
        head,
        "Quist / Pollard robots / for the Green Mountain Courier / 1,240 words",
        PAGES_FONT + '<w:color w:val="8E8E8E"/><w:sz w:val="16"/>',
    )
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(foot)

    note = body_para(doc)
    add_run(
        note,
        "Ruth — here’s the dairy piece, 1,240 words. I wrote it in Pages, so the formatting "
        "may look a little odd in Word. Both photos are embedded; full-size versions are in "
        "the shared folder. My comments are notes to myself — ignore them. — Hannah",
        '<w:i/><w:color w:val="7F7F7F"/>',
    )

    title = doc.add_paragraph(style="Title")
    add_run(title, "In East Calder, the cows now milk themselves")
    sub = doc.add_paragraph(style="Subtitle")
    add_run(
        sub,
        "The town’s last dairy spent $620,000 on robotic milkers to stay in business. Three "
        "years of payments in, the Pollards say it was that or sell.",
    )
    body_para(doc, "By Hannah Quist")

    for text in PAGES_BEFORE_PICTURE:
        body_para(doc, text)

    pic_para = body_para(doc)
    pic_para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic_run = pic_para.add_run()
    pic_run.add_picture(io.BytesIO(png(240, 160, cow_in_robot)), width=Inches(5.5))
    describe_picture(
        pic_run,
        "IMG_2214.jpeg",
        "A black-and-white Holstein cow standing in a red milking robot stall while a "
        "robotic arm reaches under her",
    )
    body_para(
        doc,
        "Juniper, a 5-year-old Holstein, is milked by one of the Pollard farm’s two robots. The "
        "machines milk each cow about three times a day. (Photo: Hannah Quist for the Courier)",
        style="CaptionPages",
    )

    robots = body_para(doc)
    add_run(
        robots,
        "The Pollards installed two milking robots in the spring of 2023, replacing the "
        "tie-stall barn where three generations of the family had milked twice a day since "
        "1951. The robots cost ",
    )
    price = add_run(robots, "$620,000", '<w:highlight w:val="yellow"/>')
    add_run(
        robots,
        ", including a new free-stall addition to house them, most of it financed with a "
        "10-year loan.",
    )
    doc.add_comment(
        price, text="Confirmed with the dealer 11/20.", author="Hannah Quist", initials="HQ"
    )

    for text in PAGES_MIDDLE:
        body_para(doc, text)

    records = body_para(doc)
    add_run(
        records,
        "The Pollard farm is the last of 23 dairies that operated in East Calder in 1980, "
        "according to town records.",
    )
    footnote_reference(records)
    add_run(
        records,
        " Across Vermont, the number of dairy farms has fallen by more than half since 2010.",
    )

    body_para(doc, "Cows on their own schedule", style="Heading")
    for text in PAGES_AFTER_HEADING_1:
        body_para(doc, text)
    yield_para = body_para(doc)
    add_run(yield_para, "Milk production per cow has risen ")
    pct = add_run(yield_para, "about 12 percent")
    add_run(
        yield_para,
        " since the switch, Dale Pollard said, which he credits to more frequent milking and "
        "less stress on the animals.",
    )
    doc.add_comment(
        pct,
        text="Dale gave me 12; his herd records say 11.6. Round or use exact?",
        author="Hannah Quist",
        initials="HQ",
    )
    body_para(
        doc,
        "“The cows are calmer. I didn’t expect that,” Mary Beth Pollard said. “They don’t stand "
        "around waiting for us anymore.”",
    )

    body_para(doc, "A different kind of long day", style="Heading")
    for text in PAGES_AFTER_HEADING_2:
        body_para(doc, text)
    calls = body_para(doc)
    add_run(
        calls,
        "The robots also call his phone, at any hour, when something goes wrong. “Last "
        "February one of them called me at 2 a.m. ",
    )
    add_run(calls, "eleven nights in a row", '<w:highlight w:val="cyan"/>')
    add_run(
        calls,
        ",” he said. “The cows milk themselves. The robots do not fix themselves.”",
    )

    old_para = body_para(doc)
    old_para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    old_run = old_para.add_run()
    old_run.add_picture(io.BytesIO(png(200, 140, old_tie_stall_barn)), width=Inches(4.5))
    describe_picture(old_run, "pollard-barn-1978-scan.png", None)
    body_para(
        doc,
        "Dale Pollard’s father, Everett, milking in the tie-stall barn in 1978. (Courtesy of "
        "the Pollard family)",
        style="CaptionPages",
    )

    for text in PAGES_END:
        body_para(doc, text)

    end = body_para(doc, "-30-")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bio = body_para(doc)
    add_run(
        bio,
        "Hannah Quist is a freelance writer in North Alder, Vt. She grew up on a dairy farm "
        "two towns over.",
        "<w:i/>",
    )

    add_footnotes_part(
        doc,
        "Town clerk’s grand list, 1980, and the state agriculture agency’s annual dairy count. "
        "I have both as PDFs if the desk wants them.",
    )
    fixed_core(doc, author="Hannah Quist", last_by="Hannah Quist", title="Pollard robots")
    save_fixed(doc, path, "Pages")


if __name__ == "__main__":
    build_ocr_clipping(HERE / OCR_NAME)
    build_pages_export(HERE / PAGES_NAME)
    print("wrote", OCR_NAME)
    print("wrote", PAGES_NAME)

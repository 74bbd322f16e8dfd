"""Write the two Word documents of filing set h18 (part b).

Run with a Python that has python-docx 1.2 installed, from any directory:

    python make_docx_b.py

The files are written next to this script. Pictures are small PNGs drawn with zlib and
struct, the worksheet preview is a small EMF drawn with struct, and the embedded worksheet
is a minimal .xlsx written with zipfile. Core properties, comment dates and zip entry times
are fixed, so a rerun writes the same bytes.
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

WPS_NAME = (
    "docx-wps-office-stringer-file-numeric-style-ids-kso-custom-properties-"
    "wps-timestamp-author-comments-file-name-alt-rinjani-porters-strike.docx"
)
EXCEL_NAME = (
    "docx-partner-weekly-shared-story-paste-special-excel-worksheet-object-"
    "emf-preview-source-line-fire-levy-recount.docx"
)


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, seed: int) -> bytes:
    """A small RGB PNG: a sky-to-ground gradient with a darker ridge line."""
    rows = []
    for y in range(height):
        ridge = int(height * (0.45 + 0.12 * ((seed * 7 + y) % 5) / 5))
        row = bytearray([0])
        for x in range(width):
            wave = (x * (seed + 3) // 7) % 23
            if y < ridge - wave // 4:
                r, g, b = 150 + y % 40, 180 + (seed * 13) % 50, 215
            else:
                r, g, b = 90 + (x + seed) % 60, 80 + y % 50, 60 + (seed * 11) % 40
            row += bytes((r % 256, g % 256, b % 256))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def emf_table_preview(cols: int, rows: int) -> bytes:
    """An EMF of a ruled table outline, the kind of preview Word keeps for an Excel object."""
    width_px, height_px = 432, 192
    records = []

    def rec(kind: int, payload: bytes) -> None:
        records.append(struct.pack("<II", kind, 8 + len(payload)) + payload)

    rec(43, struct.pack("<iiii", 0, 0, width_px - 1, height_px - 1))  # EMR_RECTANGLE
    for i in range(1, rows):
        y = i * height_px // rows
        rec(27, struct.pack("<ii", 0, y))  # EMR_MOVETOEX
        rec(54, struct.pack("<ii", width_px - 1, y))  # EMR_LINETO
    for j in range(1, cols):
        x = 200 + (j - 1) * (width_px - 200) // (cols - 1)
        rec(27, struct.pack("<ii", x, 0))
        rec(54, struct.pack("<ii", x, height_px - 1))
    rec(14, struct.pack("<III", 0, 16, 20))  # EMR_EOF
    body = b"".join(records)
    size = 88 + len(body)
    header = struct.pack(
        "<II4i4iIIIIHHIIIiiii",
        1,
        88,
        0,
        0,
        width_px - 1,
        height_px - 1,
        0,
        0,
        11430,
        5080,
        0x464D4520,
        0x00010000,
        size,
        len(records) + 1,
        1,
        0,
        0,
        0,
        0,
        1024,
        768,
        320,
        240,
    )
    return header + body


def write_zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    return out.getvalue()


def results_xlsx(rows: list[tuple[str, int, int]]) -> bytes:
    """A minimal workbook holding the precinct results."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    head = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Precinct</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Yes</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>No</t></is></c></row>'
    )
    cells = [head]
    for i, (name, yes, no) in enumerate(rows, start=2):
        cells.append(
            f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{name}</t></is></c>'
            f'<c r="B{i}"><v>{yes}</v></c><c r="C{i}"><v>{no}</v></c></row>'
        )
    last = len(rows) + 1
    total = last + 1
    cells.append(
        f'<row r="{total}"><c r="A{total}" t="inlineStr"><is><t>Total</t></is></c>'
        f'<c r="B{total}"><f>SUM(B2:B{last})</f><v>{sum(r[1] for r in rows)}</v></c>'
        f'<c r="C{total}"><f>SUM(C2:C{last})</f><v>{sum(r[2] for r in rows)}</v></c></row>'
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}>'
        f"<sheetData>{''.join(cells)}</sheetData></worksheet>"
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}>'
        '<sheets><sheet name="Recount" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    return write_zip(
        [
            ("[Content_Types].xml", ct.encode()),
            ("_rels/.rels", rels.encode()),
            ("xl/workbook.xml", workbook.encode()),
            ("xl/_rels/workbook.xml.rels", wb_rels.encode()),
            ("xl/worksheets/sheet1.xml", sheet.encode()),
        ]
    )


# --------------------------------------------------------------------------- helpers


def fix_core(doc, author: str, title: str, created: dt.datetime) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2, minutes=17)
    cp.last_printed = created


def set_descr(run, descr: str, name: str) -> None:
    """Give the inline picture in `run` a name and a description (alt text)."""
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("name", name)
        doc_pr.set("descr", descr)


def repackage(data: bytes, edit) -> bytes:
    """Rewrite a saved package through `edit(name, bytes) -> bytes | None` (None drops
    the part) with fixed entry times."""
    src = zipfile.ZipFile(io.BytesIO(data))
    entries = []
    names = src.namelist()
    names.remove("[Content_Types].xml")
    for name in ["[Content_Types].xml", *names]:
        new = edit(name, src.read(name))
        if new is not None:
            entries.append((name, new))
    return write_zip(entries)


def drop_thumbnail(name: str, data: bytes) -> bytes | None:
    if name == "docProps/thumbnail.jpeg":
        return None
    if name == "_rels/.rels":
        text = data.decode()
        text = re.sub(r"<Relationship [^>]*thumbnail[^>]*/>", "", text)
        return text.encode()
    return data


# --------------------------------------------------------------------------- WPS file

WPS_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0"><w:lsdException w:name="Normal" w:semiHidden="0" w:uiPriority="0" w:unhideWhenUsed="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:semiHidden="0" w:uiPriority="9" w:unhideWhenUsed="0" w:qFormat="1"/></w:latentStyles><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:link w:val="7"/><w:qFormat/><w:uiPriority w:val="9"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:kern w:val="44"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="annotation text"/><w:basedOn w:val="1"/><w:link w:val="8"/><w:unhideWhenUsed/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/><w:semiHidden/><w:unhideWhenUsed/><w:uiPriority w:val="1"/></w:style><w:style w:type="table" w:default="1" w:styleId="4"><w:name w:val="Normal Table"/><w:semiHidden/><w:unhideWhenUsed/><w:uiPriority w:val="99"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="character" w:styleId="6"><w:name w:val="annotation reference"/><w:basedOn w:val="5"/><w:unhideWhenUsed/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="7"><w:name w:val="Heading 1 Char"/><w:basedOn w:val="5"/><w:link w:val="2"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:kern w:val="44"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="8"><w:name w:val="Comment Text Char"/><w:basedOn w:val="5"/><w:link w:val="3"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style></w:styles>"""

WPS_CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1033-12.2.0.19805</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>7C3A1F0E5B2D4A8C9E6F1D2B3A4C5E6F_13</vt:lpwstr></property></Properties>"""

WPS_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template><Pages>3</Pages><Words>912</Words><Characters>5201</Characters><Lines>43</Lines><Paragraphs>12</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>6101</CharactersWithSpaces><Application>WPS Office_12.2.0.19805_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>"""

WPS_AUTHOR = "WPS_1740898516"

WPS_HEADER_BLOCK = [
    "To: Asia desk, Pacific Rim Press (Jakarta)",
    "From: Rini Kusumawardani, Lombok stringer",
    "Slug: INDONESIA-RINJANI/PORTERS",
    "Date: Monday 2 March 2026",
    "Length: approx 780 words + 2 photos",
]

WPS_BODY = [
    "SEMBALUN, Indonesia — Hundreds of porters and mountain guides on Mount Rinjani refused to work on Sunday as the volcano’s trekking trails reopened after the rainy-season closure, demanding higher pay from the tour operators who hire them.",
    "About 400 porters gathered at the Sembalun trailhead in the morning, many with the bamboo shoulder poles they use to carry tents, food and water for climbers, and said they would not go up the mountain until operators agree to raise their daily rate.",
    "Porters are paid Rp 200,000 (about $12) a day to carry loads of up to 35 kilograms on treks that usually last two to four days, according to the Sembalun Porters Association, which organised the strike. The rate was last raised in 2019.",
    "“The climbers pay more every year, the operators earn more every year, but the porter is still carrying the same basket for the same money,” said Amaq Junaidi, 46, who has worked as a porter for 24 years. “We are not asking to be rich. We are asking for what is fair.”",
    "The association is asking for a daily rate of Rp 350,000, insurance for porters injured on the mountain and a limit of 30 kilograms per load.",
    # picture 2 goes here
    "The park authority doubled the entry fee for foreign trekkers in 2024, to Rp 300,000 a day, and introduced an online booking system that requires climbers to go through a licensed operator. Packages sold to foreign tourists now often cost more than $250 for a two-day climb.",
    "Lalu Hamdani, who heads an association of about 60 trekking operators in East Lombok, said members were willing to negotiate but that many small operators could not afford the full increase.",
    "“If we raise the porter rate to 350,000, we have to raise our prices, and then the tourists go to Bromo or Ijen instead,” he said by telephone. “We need to find a number that keeps everyone working.”",
    "About 1,100 climbers had booked treks for the first week of the season, according to the park’s booking data. Some tour groups waited at guesthouses in Sembalun on Sunday, while others cancelled.",
    "Sophie Lindqvist, a 29-year-old nurse from Sweden, said her group had been told to wait a day. “We understand why they are doing it. Without them, nobody gets to the top,” she said.",
    "The head of the park authority’s Sembalun office, Nyoman Sukarta, said officials would host talks between porters and operators on Tuesday and that the trails would remain open to climbers who carry their own equipment with a licensed guide.",
    "Porters said they would continue the strike until an agreement is signed.",
    "“The mountain will wait,” Junaidi said. “It has waited for us for a long time.”",
]


def wps_run(par, text: str, bold: bool = False, italic: bool = False):
    run = par.add_run(text)
    rpr = run._r.get_or_add_rPr()
    rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:hint="default"/>'))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    return run


def wps_para(doc, text: str = "", indent: bool = False, **fmt):
    par = doc.add_paragraph()
    if indent:
        par._p.get_or_add_pPr().append(
            parse_xml(f'<w:ind {nsdecls("w")} w:firstLine="420" w:firstLineChars="200"/>')
        )
    if text:
        wps_run(par, text, **fmt)
    return par


def build_wps() -> bytes:
    doc = Document()
    fix_core(
        doc,
        author="Rini K",
        title="",
        created=dt.datetime(2026, 3, 1, 22, 41, 0, tzinfo=dt.UTC),
    )
    for line in WPS_HEADER_BLOCK:
        wps_para(doc, line, bold=line.startswith("Slug"))
    wps_para(doc)
    head = doc.add_paragraph(style="Heading 1")
    wps_run(head, "Rinjani porters strike over pay as climbing season reopens")
    wps_para(
        doc,
        "Porters and guides on Indonesia’s second-highest volcano say their wages have not "
        "risen since 2019 while trekking fees have doubled",
        italic=True,
    )
    wps_para(doc, "By Rini Kusumawardani")
    wps_para(doc)

    pic1 = wps_para(doc)
    pic1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = pic1.add_run()
    run.add_picture(io.BytesIO(png(96, 64, 3)), width=Inches(4.8))
    set_descr(run, "IMG_20260228_071544.jpg", "Picture 1")
    wps_para(
        doc,
        "Caption: Porters carry baskets of food and gas canisters up the trail above Sembalun "
        "on 28 February 2026, a day before the strike began. (Photo: Rini Kusumawardani)",
        italic=True,
    )
    wps_para(doc)

    comment_targets = {}
    for i, text in enumerate(WPS_BODY):
        par = wps_para(doc, text, indent=True)
        comment_targets[i] = par
        wps_para(doc)
        if i == 4:
            pic2 = wps_para(doc)
            pic2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = pic2.add_run()
            run.add_picture(io.BytesIO(png(96, 64, 8)), width=Inches(4.8))
            set_descr(run, "IMG-20260301-WA0012.jpg", "Picture 2")
            wps_para(
                doc,
                "Caption: Members of the Sembalun Porters Association gather at the trailhead "
                "on 1 March 2026 to demand higher pay. (Photo courtesy of Sembalun Porters "
                "Association)",
                italic=True,
            )
            wps_para(doc)

    wps_para(doc, "Additional reporting by Made Wirawan in Mataram.", italic=True)
    wps_para(doc)
    wps_para(doc, "-END-", bold=True)
    wps_para(doc, "Contact: Rini Kusumawardani, +62 812 3456 7788 (WhatsApp)")
    wps_para(doc, "Photos: 2 files inserted above. Original files also sent by WhatsApp.")

    doc.add_comment(
        comment_targets[2].runs,
        text="Desk: rate confirmed with association secretary Baiq Nurul, 1 March. "
        "I used Rp 16,400 to the dollar.",
        author=WPS_AUTHOR,
        initials="W",
    )
    doc.add_comment(
        comment_targets[10].runs,
        text="Park office gave his name but no English title. Please check "
        "“head of the Sembalun office” is OK.",
        author=WPS_AUTHOR,
        initials="W",
    )

    buf = io.BytesIO()
    doc.save(buf)

    def edit(name: str, data: bytes) -> bytes | None:
        data = drop_thumbnail(name, data)
        if data is None or name == "word/stylesWithEffects.xml":
            return None
        if name == "word/styles.xml":
            return WPS_STYLES.encode()
        if name == "docProps/app.xml":
            return WPS_APP.encode()
        text = data.decode("utf8") if name.endswith((".xml", ".rels")) else None
        if text is None:
            return data
        if name == "[Content_Types].xml":
            text = text.replace(
                '<Override PartName="/word/stylesWithEffects.xml" '
                'ContentType="application/vnd.ms-word.stylesWithEffects+xml"/>',
                "",
            )
            text = text.replace(
                "</Types>",
                '<Override PartName="/docProps/custom.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
            )
        elif name == "_rels/.rels":
            text = text.replace(
                "</Relationships>",
                '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/custom-properties" '
                'Target="docProps/custom.xml"/></Relationships>',
            )
        elif name == "word/_rels/document.xml.rels":
            text = re.sub(r"<Relationship [^>]*stylesWithEffects[^>]*/>", "", text)
        elif name in ("word/document.xml", "word/comments.xml"):
            text = text.replace('w:val="Heading1"', 'w:val="2"')
            text = text.replace('w:val="CommentText"', 'w:val="3"')
            text = text.replace('w:val="CommentReference"', 'w:val="6"')
            text = re.sub(r'w:date="[^"]*"', 'w:date="2026-03-02T06:52:00Z"', text)
        return text.encode("utf8")

    out = repackage(buf.getvalue(), edit)
    # add the custom properties part WPS writes
    src = zipfile.ZipFile(io.BytesIO(out))
    entries = [(n, src.read(n)) for n in src.namelist()]
    entries.insert(3, ("docProps/custom.xml", WPS_CUSTOM.encode()))
    return write_zip(entries)


# --------------------------------------------------------------------------- Excel-object file

PRECINCTS = [
    ("Horse Ridge", 512, 398),
    ("Paulina Springs North", 441, 470),
    ("Paulina Springs South", 388, 402),
    ("Juniper Flat", 276, 301),
    ("Dry Creek", 230, 215),
]

EXCEL_BODY_BEFORE = [
    "A property tax levy to put paid firefighters at the Horse Ridge fire station passed by 61 votes, according to recount results certified Friday by the Sagebrush County Clerk’s Office.",
    "The five-year levy for Sagebrush County Fire District 4 passed with 1,847 votes in favor and 1,786 against, a margin of 1.7 percentage points. Election night results in February had shown it passing by 58 votes, close enough to trigger an automatic recount under state law.",
    "The recount found three additional yes votes in the Horse Ridge precinct, where a batch of ballots had been set aside because of a damaged envelope, County Clerk Marjorie Dahl said.",
    "“The machines and the hand count matched everywhere else, to the ballot,” Dahl said. “That’s what you want to see.”",
    "Here are the certified results by precinct:",
]

EXCEL_BODY_AFTER = [
    "The levy will cost property owners 49 cents per $1,000 of assessed value, or about $98 a year on a home assessed at $200,000. It is expected to raise about $412,000 a year.",
    "Fire Chief Darla Mattingly said the district will use the money to hire two full-time firefighter-EMTs for the Horse Ridge station, which has been staffed only by volunteers since it opened in 1978.",
]

EXCEL_BODY_END = [
    "The district’s average response time to calls in the Horse Ridge area last year was 14 minutes, compared with six minutes in Paulina Springs, where the district already has paid staff, Mattingly said.",
    "“At 2 in the afternoon on a weekday, most of our volunteers are at work an hour away,” she said. “The pager goes off and sometimes nobody can answer it.”",
    "Opponents of the levy, including members of the Sagebrush County Taxpayers Alliance, argued that the district should have asked voters for a smaller amount and relied on mutual aid from neighboring departments.",
    "“Nobody is against firefighters,” said alliance spokesman Carl Brandvold. “We’re against a levy that grows every year whether the district needs it or not. We’ll be watching how they spend it.”",
    "The district board will meet March 10 to approve job postings. Mattingly said she hopes to have the new firefighters on shift by July 1.",
]

OLE_PARAGRAPH = (
    '<w:p {ns}><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="6480" '
    'w:dyaOrig="2880"><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" '
    'o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">'
    '<v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" '
    'o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
    '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:324pt;height:144pt" '
    'o:ole=""><v:imagedata r:id="{emf}" o:title=""/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
    'DrawAspect="Content" ObjectID="_1802567342" r:id="{xlsx}"/></w:object></w:r></w:p>'
)


def grey(run, size: float | None = None) -> None:
    run.font.color.rgb = RGBColor(0x6B, 0x6B, 0x6B)
    if size:
        run.font.size = Pt(size)


def build_excel() -> bytes:
    doc = Document()
    fix_core(
        doc,
        author="Hank Ortega",
        title="Fire levy recount",
        created=dt.datetime(2026, 2, 27, 23, 5, 0, tzinfo=dt.UTC),
    )
    doc.core_properties.last_modified_by = "Dee Walling"

    section = doc.sections[0]
    hdr = section.header.paragraphs[0]
    grey(
        hdr.add_run(
            "SHARED STORY · Paulina Springs Courier · for Mountain States Press members · "
            "slug: FIRE-LEVY-RECOUNT"
        ),
        8,
    )
    ftr = section.footer.paragraphs[0]
    grey(ftr.add_run("Paulina Springs Courier | 541-555-0117 | news@pscourier.example"), 8)

    note = doc.add_paragraph()
    r = note.add_run(
        "Partner copy — OK to run in full or in part with the credit line “By Hank Ortega, "
        "Paulina Springs Courier.” Photo OK with credit. The results table is an Excel object; "
        "double-click it to edit or copy the numbers. — Dee Walling, editor"
    )
    r.italic = True
    grey(r, 9)

    head = doc.add_paragraph()
    r = head.add_run("Fire levy passes by 61 votes after recount")
    r.bold = True
    r.font.size = Pt(20)

    dek = doc.add_paragraph()
    r = dek.add_run(
        "Sagebrush County Fire District 4 will hire two paid firefighters for its Horse Ridge "
        "station starting in July"
    )
    r.italic = True
    r.font.size = Pt(13)

    by = doc.add_paragraph()
    by.paragraph_format.space_after = Pt(0)
    by.add_run("By Hank Ortega").bold = True
    outlet = doc.add_paragraph()
    grey(outlet.add_run("Paulina Springs Courier"), 10)

    pic = doc.add_paragraph()
    run = pic.add_run()
    run.add_picture(io.BytesIO(png(96, 60, 5)), width=Inches(5.5))
    set_descr(
        run,
        "Volunteer firefighters roll a hose back onto an engine outside a metal-sided fire "
        "station.",
        "Picture 1",
    )
    doc.add_paragraph(
        "Volunteer firefighters with Sagebrush County Fire District 4 put away hose after a "
        "training drill at the Horse Ridge station on Feb. 24. (Photo by Tess Quiñones/Paulina "
        "Springs Courier)",
        style="Caption",
    )

    first = doc.add_paragraph()
    first.add_run("PAULINA SPRINGS, Ore. — ").bold = True
    first.add_run(EXCEL_BODY_BEFORE[0])
    for text in EXCEL_BODY_BEFORE[1:]:
        doc.add_paragraph(text)

    # the Excel object: a preview picture and the embedded workbook
    part = doc.part
    emf_part = blob_part(doc, "/word/media/image_emf1.emf", "image/x-emf", emf_table_preview(3, 7))
    emf_rid = part.relate_to(emf_part, RT.IMAGE)
    xlsx_part = blob_part(
        doc,
        "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        results_xlsx(PRECINCTS),
    )
    xlsx_rid = part.relate_to(xlsx_part, RT.PACKAGE)
    ns = (
        nsdecls("w", "r")
        + ' xmlns:v="urn:schemas-microsoft-com:vml"'
        + ' xmlns:o="urn:schemas-microsoft-com:office:office"'
    )
    sect = doc.element.body.find(qn("w:sectPr"))
    sect.addprevious(parse_xml(OLE_PARAGRAPH.format(ns=ns, emf=emf_rid, xlsx=xlsx_rid)))
    src = doc.add_paragraph()
    grey(src.add_run("Source: Sagebrush County Clerk’s Office, certified Feb. 27, 2026"), 8)

    for text in EXCEL_BODY_AFTER:
        doc.add_paragraph(text)
    doc.add_paragraph("Response times", style="Heading 2")
    for text in EXCEL_BODY_END:
        doc.add_paragraph(text)

    contrib = doc.add_paragraph()
    contrib.add_run("Courier correspondent Lyle Banner contributed to this report.").italic = True
    tag = doc.add_paragraph()
    r = tag.add_run(
        "Hank Ortega covers local government for the Paulina Springs Courier. Reach him at "
        "hank@pscourier.example."
    )
    r.italic = True
    grey(r, 9)
    end = doc.add_paragraph("-30-")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER

    buf = io.BytesIO()
    doc.save(buf)
    return repackage(buf.getvalue(), drop_thumbnail)


def blob_part(doc, partname: str, content_type: str, blob: bytes) -> Part:
    return Part(PackURI(partname), content_type, blob, doc.part.package)


def main() -> None:
    (HERE / WPS_NAME).write_bytes(build_wps())
    (HERE / EXCEL_NAME).write_bytes(build_excel())
    for name in (WPS_NAME, EXCEL_NAME):
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()

"""Build the two Word documents of filing set a.

Run with the project's Python (python-docx 1.2):

    python make_docx_a.py   (with python-docx installed)

The files are written next to this script. Pictures are small PNGs drawn with zlib and struct;
text boxes, floating pictures, frames and section columns are raw WordprocessingML. Core
properties and zip entry times are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 12, 1, 21, 48, 0)
ZIP_TIME = (2026, 12, 1, 21, 48, 0)

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
EMU_PER_INCH = 914400


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, pixel) -> bytes:
    """Encode an RGB picture; ``pixel(x, y)`` returns an (r, g, b) tuple."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def rail_ties(x: int, y: int) -> tuple[int, int, int]:
    if 70 <= y <= 76 or 104 <= y <= 110:
        return (150, 150, 156)
    if (x // 14) % 2 == 0 and 56 <= y <= 124:
        return (96, 70, 44)
    if y < 40:
        return (178, 204, 226)
    return (188, 170, 132)


def spur_map(x: int, y: int) -> tuple[int, int, int]:
    if abs(y - (30 + x // 3)) <= 1:
        return (180, 30, 30)
    if x % 40 == 0 or y % 40 == 0:
        return (205, 205, 205)
    return (243, 240, 228)


def drainfield(x: int, y: int) -> tuple[int, int, int]:
    if y < 50:
        return (200, 218, 236)
    if 60 <= x <= 150 and 80 <= y <= 96:
        return (30, 30, 30)
    if x > 170 and y < 120:
        return (120, 84, 52)
    return (92, 74, 58) if (x + y) % 9 else (70, 56, 44)


# --------------------------------------------------------------------------- XML pieces


def run(text: str, *, b=False, i=False, sz=None, color=None, font=None, caps=False, brk=None):
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        props += "<w:b/><w:bCs/>"
    if i:
        props += "<w:i/><w:iCs/>"
    if caps:
        props += "<w:caps/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if sz:
        props += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = []
    for n, line in enumerate(text.split("\n")):
        if n:
            parts.append("<w:br/>")
        if line:
            parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    if brk:
        parts.append(f'<w:br w:type="{brk}"/>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def para(
    *runs: str, style=None, jc=None, first=None, after=None, before=None, tabs="", ppr_extra=""
):
    """A paragraph; ``ppr_extra`` is appended last in w:pPr (a w:sectPr goes there)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += tabs
    if after is not None or before is not None:
        ppr += (
            f'<w:spacing w:before="{before or 0}" w:after="{after or 0}" '
            'w:line="240" w:lineRule="auto"/>'
        )
    if first is not None:
        ppr += f'<w:ind w:firstLine="{first}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += ppr_extra
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr_xml}{''.join(runs)}</w:p>"


def position(rel_h: str, x: int, rel_v: str, y: int) -> str:
    return (
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
    )


def quoted(text: str) -> str:
    """Escape text for a double-quoted XML attribute."""
    return escape(text, {'"': "&quot;"})


def anchored_picture(rid, shape_id, name, descr, cx, cy, pos, wrap="square", height=251660288):
    wraps = {
        "square": '<wp:wrapSquare wrapText="bothSides"/>',
        "topbottom": "<wp:wrapTopAndBottom/>",
    }
    return (
        "<w:r><w:drawing>"
        f'<wp:anchor distT="0" distB="91440" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{height}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f"{pos}"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f"{wraps[wrap]}"
        f'<wp:docPr id="{shape_id}" name="{escape(name)}" descr="{quoted(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{shape_id}" name="{escape(name)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def text_box(
    shape_id,
    name,
    cx,
    cy,
    pos,
    *,
    content="",
    txbx_id=None,
    linked=None,
    line=None,
    fill=None,
    wrap="square",
    height=251662336,
):
    """A DrawingML text box (wps); ``linked=(id, seq)`` makes it a later box of a chain."""
    wraps = {
        "square": '<wp:wrapSquare wrapText="bothSides"/>',
        "none": "<wp:wrapNone/>",
        "topbottom": "<wp:wrapTopAndBottom/>",
    }
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    if line:
        line_xml = f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
    else:
        line_xml = '<a:ln w="6350"><a:noFill/></a:ln>'
    if linked:
        body = f'<wps:linkedTxbx id="{linked[0]}" seq="{linked[1]}"/>'
    else:
        id_attr = f' id="{txbx_id}"' if txbx_id is not None else ""
        body = f"<wps:txbx{id_attr}><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{height}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f"{pos}"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f"{wraps[wrap]}"
        f'<wp:docPr id="{shape_id}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}{line_xml}</wps:spPr>'
        f"{body}"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>"
    )


def section_break(cols: int, *, continuous: bool) -> str:
    kind = '<w:type w:val="continuous"/>' if continuous else ""
    return para(
        ppr_extra=(
            f"<w:sectPr>{kind}"
            '<w:pgSz w:w="12240" w:h="15840"/>'
            '<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="360" '
            'w:footer="360" w:gutter="0"/>'
            f'<w:cols w:num="{cols}" w:space="360"/></w:sectPr>'
        )
    )


def inches(value: float) -> int:
    return int(value * EMU_PER_INCH)


# --------------------------------------------------------------------------- assembly


def new_document(title: str, author: str) -> docx.Document:
    document = docx.Document()
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    return document


def finish(document: docx.Document, fragments: list[str], cols: int, path: Path) -> None:
    body = document.element.body
    sect = body.sectPr
    for fragment in fragments:
        element = parse_xml(fragment.replace("<w:p>", f"<w:p {NS}>", 1))
        sect.addprevious(element)
    sect_xml = (
        f'<w:sectPr {NS}><w:type w:val="continuous"/><w:pgSz w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="360" '
        f'w:footer="360" w:gutter="0"/><w:cols w:num="{cols}" w:space="360"/>'
        '<w:docGrid w:linePitch="360"/></w:sectPr>'
    )
    sect.getparent().replace(sect, parse_xml(sect_xml))
    raw = io.BytesIO()
    document.save(raw)
    write_fixed_zip(raw.getvalue(), path)


def write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed entry times so reruns give identical bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        contents = [source.read(name) for name in names]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in zip(names, contents, strict=True):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    path.write_bytes(out.getvalue())


def add_image(document: docx.Document, data: bytes) -> str:
    rid, _image = document.part.get_or_add_image(io.BytesIO(data))
    return rid


# --------------------------------------------------------------------------- document 1

REFLOW_NAME = (
    "docx-word-pdf-reflow-page-proof-two-column-section-split-paragraph-column-break-"
    "floating-photos-caps-credits-ad-box-rail-spur.docx"
)

SERIF = "Georgia"
GOTHIC = "Franklin Gothic Demi Cond"


def paragraphs(block: str) -> list[str]:
    """Split a block of text on blank lines; each paragraph's lines are joined by spaces."""
    return [" ".join(chunk.split()) for chunk in block.strip().split("\n\n")]


RAIL_BODY_A = paragraphs("""
A short-line railroad plans to reopen an 11-mile spur that has sat unused since 2009, giving
farmers in northern Tolliver County a way to ship wheat and sorghum by rail for the first time
in 17 years.

Prairie Line Railroad, which runs 240 miles of track in central Kansas, will spend $6.8 million
to replace ties and rail and rebuild two bridges on the line between Dunmore and Orland
Crossing, company President Glenn Ashby said Monday.

A state rail grant will cover $4.1 million of the cost. The Hollis Cooperative, which owns the
elevator at the end of the line, will put in $900,000.

Work began in November and should be finished before next summer’s wheat harvest, Ashby said.
""")
# One paragraph of the PDF that Word's reflow broke in two at the column break.
RAIL_SPLIT = paragraphs("""
Co-op General Manager Darla Quint said rail service would let the co-op load

110-car unit trains bound for export terminals on the Gulf Coast, instead of trucking grain 48
miles to the nearest rail elevator in Dunmore.
""")
RAIL_BODY_B = paragraphs("""
“Right now every bushel we take in goes on a truck twice,” Quint said. “Once the rail is in, it
goes on a truck once, to us, and then it’s gone.”

The co-op estimates the change will save its members 25 to 30 cents a bushel, or about $1.2
million a year across the roughly 4.5 million bushels it handles.

The spur was built in 1912 and carried grain until the previous operator stopped service in
2009, saying there was not enough traffic to pay for repairs. Sections of rail were pulled up in
2014, though the right-of-way was never sold.

Farmers along the line say they are glad to see it back, though some worry about the crossings.
The line crosses six county roads, none of them with gates or signals.
""")
RAIL_BODY_C = paragraphs("""
“My grandkids have never seen a train go through here,” said Lowell Friesen, who farms south of
Orland Crossing. “I want lights on those crossings before the first one comes.”

Tolliver County Commissioner Brenda Okafor said the county had asked the state to put signals at
the two busiest crossings, on Roads 14 and 19, and expects an answer in the spring.

Ashby said trains would run no faster than 10 mph on the spur and would sound their horns at
every crossing.

The co-op plans to lengthen its loading track to hold a full unit train by 2028.
""")


def body_para(text: str) -> str:
    return para(run(text, font=SERIF, sz=19), first=180, after=0, jc="both")


def build_reflow() -> None:
    document = new_document("A06_1202_PS_proof2", "Acrobat PDFMaker 24 for InDesign")
    photo = add_image(document, png(240, 160, rail_ties))
    chart = add_image(document, png(200, 150, spur_map))
    f: list[str] = []

    # Page furniture the PDF carried, as Word's reflow places it.
    f.append(
        para(
            run("A6", font=GOTHIC, sz=16, b=True),
            run("\tTHE PRAIRIE SENTINEL\t", font=GOTHIC, sz=16),
            run("WEDNESDAY, DECEMBER 2, 2026", font=GOTHIC, sz=16),
            after=60,
            tabs=(
                '<w:tabs><w:tab w:val="center" w:pos="5400"/>'
                '<w:tab w:val="right" w:pos="10800"/></w:tabs>'
            ),
        )
    )
    stamp = para(
        run(
            "PROOF 2 — A06_1202 — 12/1/26 9:48 PM — NOT FOR PUBLICATION",
            b=True,
            color="C00000",
            sz=16,
            font=GOTHIC,
        )
    )
    f.append(
        para(
            text_box(
                101,
                "Text Box 101",
                inches(2.6),
                inches(0.45),
                position("page", inches(5.4), "page", inches(0.15)),
                content=stamp,
                line="C00000",
                wrap="none",
            ),
            run("AGRICULTURE", font=GOTHIC, sz=18, color="7F6000"),
            after=40,
        )
    )
    f.append(
        para(
            run(
                "Short-line railroad to reopen\nOrland Crossing spur for grain shippers",
                font=GOTHIC,
                sz=56,
                b=True,
            ),
            after=80,
        )
    )
    f.append(
        para(
            run(
                "Co-op says rail service could cut shipping costs by 30 cents a bushel\n"
                "when the 11-mile line reopens before next harvest",
                font=SERIF,
                sz=26,
                i=True,
            ),
            after=80,
        )
    )
    f.append(para(run("By Ruth Ann Kemper", font=GOTHIC, sz=18, b=True), after=0))
    f.append(para(run("Sentinel Staff Writer", font=GOTHIC, sz=16, i=True), after=120))
    f.append(section_break(1, continuous=True))

    # Two-column story text.
    first = RAIL_BODY_A[0]
    f.append(
        para(
            run("ORLAND CROSSING, Kan. — ", font=SERIF, sz=19, b=True),
            run(first, font=SERIF, sz=19),
            after=0,
            jc="both",
        )
    )
    f.append(
        para(
            anchored_picture(
                photo,
                201,
                "Picture 201",
                "",
                inches(3.4),
                inches(2.27),
                position("column", 0, "paragraph", inches(0.05)),
                wrap="topbottom",
            ),
            run(RAIL_BODY_A[1], font=SERIF, sz=19),
            first=180,
            after=0,
            jc="both",
        )
    )
    f.append(
        para(
            run(
                "Crews replace ties on the Orland Crossing spur west of the Hollis Cooperative "
                "elevator on Nov. 20. ",
                font=SERIF,
                sz=15,
                i=True,
            ),
            run("SENTINEL PHOTO BY RUTH ANN KEMPER", font=GOTHIC, sz=13),
            after=120,
        )
    )
    for text in RAIL_BODY_A[2:]:
        f.append(body_para(text))
    f.append(
        para(
            run(RAIL_SPLIT[0], font=SERIF, sz=19),
            run("", brk="column"),
            first=180,
            after=0,
            jc="both",
        )
    )
    f.append(para(run(RAIL_SPLIT[1], font=SERIF, sz=19), after=0, jc="both"))
    pull = para(
        run(
            "“Once the rail is in, it goes on a truck once, to us, and then it’s gone.”",
            font=GOTHIC,
            sz=26,
            color="7F6000",
        ),
        after=60,
    ) + para(run("— DARLA QUINT, HOLLIS COOPERATIVE", font=GOTHIC, sz=15), jc="right")
    f.append(
        para(
            text_box(
                102,
                "Text Box 102",
                inches(3.4),
                inches(1.3),
                position("column", 0, "paragraph", inches(0.1)),
                content=pull,
                line="7F6000",
                wrap="topbottom",
            ),
            run(RAIL_BODY_B[0], font=SERIF, sz=19),
            first=180,
            after=0,
            jc="both",
        )
    )
    for text in RAIL_BODY_B[1:]:
        f.append(body_para(text))
    f.append(
        para(
            anchored_picture(
                chart,
                202,
                "Picture 202",
                "",
                inches(3.4),
                inches(2.55),
                position("column", 0, "paragraph", inches(0.05)),
                wrap="topbottom",
                height=251661312,
            ),
            run(RAIL_BODY_C[0], font=SERIF, sz=19),
            first=180,
            after=0,
            jc="both",
        )
    )
    f.append(
        para(
            run(
                "The 11-mile spur runs from the Prairie Line main track at Dunmore to the Hollis "
                "Cooperative elevator at Orland Crossing. ",
                font=SERIF,
                sz=15,
                i=True,
            ),
            run("SENTINEL GRAPHIC", font=GOTHIC, sz=13),
            after=120,
        )
    )
    for text in RAIL_BODY_C[1:]:
        f.append(body_para(text))
    f.append(
        para(
            run(
                "Sentinel correspondent Hal Dreyer contributed to this report.",
                font=SERIF,
                sz=17,
                i=True,
            ),
            first=180,
            before=80,
            after=0,
        )
    )
    f.append(
        para(
            run(
                "Reach Ruth Ann Kemper at 620-555-0199 or rkemper@prairiesentinel.com.",
                font=SERIF,
                sz=15,
                i=True,
            ),
            first=180,
            after=160,
        )
    )
    ad = (
        para(run("DUNMORE IMPLEMENT", font=GOTHIC, sz=30, b=True), jc="center", after=40)
        + para(run("Year-end deals on grain carts & augers", font=SERIF, sz=20), jc="center")
        + para(run("620-555-0134 • Hwy 56 East, Dunmore", font=GOTHIC, sz=18), jc="center")
    )
    f.append(
        para(
            text_box(
                103,
                "Text Box 103",
                inches(3.4),
                inches(1.1),
                position("column", 0, "paragraph", 0),
                content=ad,
                line="000000",
                fill="FFF2CC",
                wrap="topbottom",
                height=251663360,
            ),
            run("FARM BRIEFS", font=GOTHIC, sz=20, b=True),
            after=40,
        )
    )
    f.append(
        para(
            run("Wheat tour set for May: ", font=GOTHIC, sz=17, b=True),
            run(
                "The annual Tolliver County wheat plot tour will start at the Orland Crossing "
                "fairgrounds at 8 a.m. May 19. Lunch is provided.",
                font=SERIF,
                sz=17,
            ),
            after=0,
        )
    )
    f.append(
        para(
            run("prairiesentinel.com • A6", font=GOTHIC, sz=14, color="808080"),
            jc="right",
            before=120,
        )
    )
    finish(document, f, 2, HERE / REFLOW_NAME)


# --------------------------------------------------------------------------- document 2

NEWSLETTER_NAME = (
    "docx-word-newsletter-template-linked-text-box-chain-story-masthead-title-style-"
    "inside-this-issue-mailing-panel-sanitary-district.docx"
)

STORY_HEAD = [
    ("h", "Birch Lake owners vote to form a sanitary district"),
    (
        "dek",
        (
            "Inspections found 38 failing septic systems on the lake; a shared treatment system "
            "for the north shore could follow"
        ),
    ),
    ("by", "By Marjorie Tveit, Newsletter Editor"),
]
STORY_BODY = paragraphs("""
Birch Lake property owners voted 112 to 47 on Nov. 14 to ask Cass County to create a sanitary
district for the lake, the first step toward a shared sewage treatment system for the crowded
north shore.

The vote, taken at the association’s fall meeting at the Remer community center and by mail
ballot, followed two summers of septic inspections that found 38 of the lake’s 214 systems
failing or out of compliance.

Most of the failing systems are on the north shore, where cabins built in the 1950s and 1960s sit
on lots too small for a modern drainfield.

“Some of these lots are 50 feet wide with a well on one side and a drainfield on the other,”
said association President Walt Hagedorn. “There isn’t room to fix them one at a time.”

A sanitary district would be able to borrow money, apply for state clean-water grants and charge
property owners a fee to pay for a shared system. Its board would be elected by property owners
within its boundaries.

## What it would cost

An engineering study paid for by the association estimates that a cluster system serving 60
north-shore properties would cost $3.2 million. With state grants, owners could pay about $180 a
quarter for 20 years, the study said.

Several owners at the meeting said that was too much for seasonal cabins. “I use my place six
weeks a year,” said Dennis Arnott of the east bay. “I’m not paying for a sewer plant.”

Hagedorn said owners whose systems pass inspection would not be required to connect, and the fee
would apply only to properties on the shared system.

The county board must hold a public hearing before the district can be formed. County
Administrator Julie Stenerson said the hearing could come as early as March.

Water testing by association volunteers this summer found phosphorus levels in the north bay
nearly twice those in the main lake, and the state listed Birch Lake as impaired for nutrients
in 2024.

“People come here for the water,” Hagedorn said. “If we don’t take care of it, nothing else we
do matters.”
""")
STORY_THANKS = "Thanks to Arnie Pekkala, who compiled the inspection records for this story."


def story_xml() -> str:
    out = []
    for kind, text in STORY_HEAD:
        if kind == "h":
            out.append(para(run(text), style="Heading1", after=60))
        elif kind == "dek":
            out.append(para(run(text, i=True, sz=24, color="1F4E79"), after=80))
        else:
            out.append(para(run(text, b=True, sz=18), after=120))
    for text in STORY_BODY:
        if text.startswith("## "):
            out.append(para(run(text[3:]), style="Heading2", after=40))
        else:
            out.append(para(run(text, sz=21), after=100))
    out.append(para(run(STORY_THANKS, i=True, sz=18), before=120))
    return "".join(out)


DOT_LEADER = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="2300"/></w:tabs>'


def build_newsletter() -> None:
    document = new_document("Loon Winter 2026", "Marjorie Tveit")
    photo = add_image(document, png(220, 150, drainfield))
    f: list[str] = []

    masthead = (
        para(run("The Birch Lake Loon"), style="Title", after=0)
        + para(
            run("Newsletter of the Birch Lake Property Owners Association", i=True, sz=22), after=0
        )
        + para(run("Winter 2026 • Volume 12, Issue 4", sz=20, color="1F4E79"), after=0)
    )
    inside = (
        para(run("Inside this issue", b=True, sz=24, color="FFFFFF"), after=120)
        + para(
            run("Sanitary district vote\t1", sz=20, color="FFFFFF"),
            after=60,
            tabs=DOT_LEADER,
        )
        + para(
            run("Ice safety on the narrows\t2", sz=20, color="FFFFFF"),
            after=60,
            tabs=DOT_LEADER,
        )
        + para(
            run("2027 dues are due\t2", sz=20, color="FFFFFF"),
            after=60,
            tabs=DOT_LEADER,
        )
        + para(
            run("Winter calendar\t2", sz=20, color="FFFFFF"),
            after=60,
            tabs=DOT_LEADER,
        )
    )
    caption = para(
        run(
            "A contractor digs out a failed drainfield behind a north-shore cabin in October.",
            i=True,
            sz=17,
        ),
        after=40,
    ) + para(run("Photo: Gus Lindqvist", sz=15, color="595959"), jc="right")
    # Page 1: every item is a floating shape anchored in a near-empty paragraph.
    f.append(
        para(
            text_box(
                1,
                "Masthead",
                inches(7.0),
                inches(1.2),
                position("margin", 0, "margin", 0),
                content=masthead,
                fill="DEEBF7",
                wrap="topbottom",
                height=251658240,
            ),
            text_box(
                2,
                "Inside this issue",
                inches(2.4),
                inches(3.2),
                position("margin", inches(4.7), "margin", inches(1.4)),
                content=inside,
                fill="1F4E79",
                height=251659264,
            ),
            text_box(
                3,
                "Story part 1",
                inches(4.5),
                inches(8.2),
                position("margin", 0, "margin", inches(1.4)),
                content=story_xml(),
                txbx_id=1,
                height=251660288,
            ),
            anchored_picture(
                photo,
                4,
                "Picture 4",
                "Excavator bucket lifting black pipe out of a trench beside a log cabin",
                inches(2.4),
                inches(1.64),
                position("margin", inches(4.7), "margin", inches(4.8)),
                height=251661312,
            ),
            text_box(
                5,
                "Caption 5",
                inches(2.4),
                inches(0.9),
                position("margin", inches(4.7), "margin", inches(6.5)),
                content=caption,
                height=251662336,
            ),
            text_box(
                6,
                "Continued note",
                inches(2.0),
                inches(0.35),
                position("margin", inches(2.5), "margin", inches(9.45)),
                content=para(run("(Continued on page 2)", i=True, sz=16), jc="right"),
                wrap="none",
                height=251663360,
            ),
        )
    )
    f.append(para(run("", brk="page")))
    briefs = (
        para(run("Ice safety on the narrows"), style="Heading2", after=40)
        + para(
            run(
                "The current under the Highway 6 bridge keeps the narrows thin well into "
                "January. Stay off the ice between the bridge and the public access until "
                "the association posts the all-clear.",
                sz=20,
            ),
            after=120,
        )
        + para(run("2027 dues are due"), style="Heading2", after=40)
        + para(
            run(
                "Dues are still $40 per property. Mail a check to the address on the back "
                "page or pay at the annual chili feed.",
                sz=20,
            ),
            after=120,
        )
        + para(run("Winter calendar"), style="Heading2", after=40)
        + para(run("Jan. 17 — Chili feed and ice fishing contest, north access", sz=20), after=40)
        + para(run("Feb. 21 — Board meeting, Remer community center, 10 a.m.", sz=20))
    )
    mailing = para(
        run("Birch Lake Property Owners Association\nPO Box 41\nRemer, MN 56672", sz=18), after=120
    ) + para(run("RETURN SERVICE REQUESTED", b=True, sz=14))
    permit = para(run("PRSRT STD\nU.S. POSTAGE PAID\nREMER, MN\nPERMIT NO. 12", sz=14), jc="center")
    # Page 2: the second box of the story chain holds no text of its own.
    f.append(
        para(
            text_box(
                7,
                "Continued from",
                inches(2.0),
                inches(0.35),
                position("margin", 0, "margin", 0),
                content=para(run("(Continued from page 1)", i=True, sz=16)),
                wrap="none",
                height=251664384,
            ),
            text_box(
                8,
                "Story part 2",
                inches(4.5),
                inches(4.6),
                position("margin", 0, "margin", inches(0.4)),
                linked=(1, 1),
                height=251665408,
            ),
            text_box(
                9,
                "Briefs",
                inches(2.4),
                inches(4.6),
                position("margin", inches(4.7), "margin", inches(0.4)),
                content=briefs,
                line="1F4E79",
                height=251666432,
            ),
            text_box(
                10,
                "Mailing panel",
                inches(3.6),
                inches(1.3),
                position("margin", 0, "margin", inches(7.6)),
                content=mailing,
                height=251667456,
            ),
            text_box(
                11,
                "Permit",
                inches(1.3),
                inches(0.9),
                position("margin", inches(5.7), "margin", inches(7.6)),
                content=permit,
                line="000000",
                height=251668480,
            ),
        )
    )
    finish(document, f, 1, HERE / NEWSLETTER_NAME)


def main() -> None:
    build_reflow()
    build_newsletter()


if __name__ == "__main__":
    main()

"""Write the two Word documents of this set (part b) next to this script.

Run with the project's Python: `python make_docx_b.py`. The pictures are small PNGs drawn with
zlib/struct; tracked changes, the deleted table row, text boxes (DrawingML with their VML
fallbacks) and the PAGE fields are raw XML. Core properties, comment dates and zip entry times
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
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor
from lxml import etree

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 12, 1, 16, 0, 0)
ZIP_TIME = (2026, 12, 1, 16, 0, 0)

NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, painter) -> bytes:
    """A truecolour PNG whose pixel (x, y) is painter(x, y) -> (r, g, b)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(painter(x, y))

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def hollow(x: int, y: int) -> tuple[int, int, int]:
    """Two green ridges over a creek bed, a dark figure on the path."""
    ridge = 40 + int(18 * abs(((x % 80) - 40) / 40))
    if y < ridge:
        return (186, 208, 226)
    if y > 100 and abs(x - 60) < 4 and 80 < y < 104:
        return (60, 44, 30)
    if y > 108:
        return (150, 140, 118)
    return (70 + y // 3, 112 + y // 4, 58)


def porch(x: int, y: int) -> tuple[int, int, int]:
    """White boards of a porch and a block of book spines."""
    if 40 < x < 80 and 50 < y < 90:
        return ((x * 37) % 200 + 40, 60, (x * 11) % 150 + 60)
    return (236, 232, 222) if (y // 8) % 2 else (214, 208, 196)


def archive(x: int, y: int) -> tuple[int, int, int]:
    """A grainy grey print: horse, rider, building."""
    g = 150 + ((x * 7 + y * 13) % 23) - 11
    if 30 < x < 70 and 60 < y < 100:
        g -= 80
    if y < 30:
        g += 40
    return (g, g, g)


def bridge(x: int, y: int) -> tuple[int, int, int]:
    """A footbridge over water."""
    if 55 < y < 60:
        return (90, 70, 50)
    if y > 60:
        return (60, 100, 130)
    return (200, 215, 225)


def sensor(x: int, y: int) -> tuple[int, int, int]:
    """A grey box on a concrete railing over a brown creek."""
    if 50 < x < 90 and 30 < y < 70:
        return (128, 132, 136)
    if 70 < y < 80:
        return (190, 188, 180)
    if y >= 80:
        return (122, 96, 64)
    return (176, 200, 220)


def sandbags(x: int, y: int) -> tuple[int, int, int]:
    """Sandbags stacked along a wet street."""
    if y > 70 and (x // 14 + y // 10) % 2:
        return (196, 176, 130)
    if y > 70:
        return (170, 150, 108)
    return (96, 100, 108)


# ---------------------------------------------------------------- raw XML helpers

REV = [900]
SHAPETYPE: list[int] = []  # the VML text-box shape type is written once per document


def rev_id() -> int:
    REV[0] += 1
    return REV[0]


def run_xml(text: str, rpr: str = "", deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def ins_xml(text: str, author: str, date: str, rpr: str = "") -> str:
    return (
        f'<w:ins {NSDECL} w:id="{rev_id()}" w:author="{author}" w:date="{date}">'
        f"{run_xml(text, rpr)}</w:ins>"
    )


def del_xml(text: str, author: str, date: str, rpr: str = "") -> str:
    return (
        f'<w:del {NSDECL} w:id="{rev_id()}" w:author="{author}" w:date="{date}">'
        f"{run_xml(text, rpr, deleted=True)}</w:del>"
    )


def add_segments(paragraph, segments, author: str, date: str, rpr: str = "") -> dict:
    """Append ("t"|"ins"|"del"|"anchor", text) segments; return the anchor runs by text."""
    anchors = {}
    for kind, text in segments:
        if kind == "t":
            run = paragraph.add_run(text)
        elif kind == "anchor":
            run = paragraph.add_run(text)
            anchors[text] = run
            continue
        elif kind == "ins":
            paragraph._p.append(parse_xml(ins_xml(text, author, date, rpr)))
            continue
        else:
            paragraph._p.append(parse_xml(del_xml(text, author, date, rpr)))
            continue
        if rpr:
            run._r.insert(0, parse_xml(rpr.replace("<w:rPr>", f"<w:rPr {NSDECL}>", 1)))
    return anchors


def page_field_xml() -> str:
    return (
        f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r {NSDECL}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r {NSDECL}><w:t>1</w:t></w:r>"
        f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'
    )


def add_page_field(paragraph) -> None:
    for piece in re.findall(r"<w:r .*?</w:r>", page_field_xml()):
        paragraph._p.append(parse_xml(piece))


def inline_xml(doc, image: bytes, width_in: float, pic_id: int, descr: str = "") -> str:
    """A wp:inline picture as XML text, with its relationship registered on the document."""
    inline = doc.part.new_pic_inline(io.BytesIO(image), Inches(width_in), None)
    inline.docPr.set("id", str(pic_id))
    inline.docPr.set("name", f"Picture {pic_id}")
    if descr:
        inline.docPr.set("descr", descr)
    return etree.tostring(inline, encoding="unicode")


def textbox_run_xml(
    box_id: int,
    paragraphs_xml: str,
    width_in: float,
    height_in: float,
    fill: str,
    line: str,
    halign: str = "right",
    rel_from: str = "margin",
    offset_in: float = 0.0,
) -> str:
    """A floating text box: DrawingML in mc:Choice, the VML copy Word writes in mc:Fallback."""
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    shapetype = ""
    if not SHAPETYPE:
        SHAPETYPE.append(box_id)
        shapetype = (
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        )
    off = int(offset_in * 914400)
    wpt, hpt = width_in * 72, height_in * 72
    return (
        f'<w:r {NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + box_id}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel_from}"><wp:align>{halign}</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{off}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paragraphs_xml}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        f'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        f"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{shapetype}"
        f'<v:shape id="Text Box {box_id}" o:spid="_x0000_s{1025 + box_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{offset_in * 72:.1f}pt;'
        f"width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:{251658240 + box_id};"
        f'mso-position-horizontal:{halign};mso-position-horizontal-relative:{rel_from}" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight=".75pt">'
        f"<v:textbox><w:txbxContent>{paragraphs_xml}</w:txbxContent></v:textbox>"
        f'<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def box_para(text: str, bold: bool = False, italic: bool = False, size: int = 18, **kw) -> str:
    rpr = "<w:rPr>"
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    color = kw.get("color")
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr += f'<w:sz w:val="{size}"/></w:rPr>'
    ppr = '<w:pPr><w:spacing w:after="60"/>'
    if kw.get("bullet"):
        ppr += '<w:ind w:left="180" w:hanging="180"/>'
        text = "\u2022 " + text
    ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def grey(paragraph, text: str, italic: bool = True, size: int = 9) -> None:
    run = paragraph.add_run(text)
    run.italic = italic
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# ---------------------------------------------------------------- package rewrite


def finish(doc, path: Path, title: str, author: str, last_by: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = last_by
    cp.created = FIXED
    cp.modified = FIXED + dt.timedelta(hours=2)
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/comments.xml":
                text = data.decode("utf-8")
                text = re.sub(r'w:date="[^"]*"', 'w:date="2026-12-01T17:05:00Z"', text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- document 1: freelancer

FREELANCE = "docx-freelancer-pitch-note-tracked-edits-comments-photo-log-table-thumbnails-deleted-row-packhorse-library"
RO = "Renata Olsen"
RO_DATE = "2026-12-01T16:20:00Z"

BODY_1 = [
    [
        (
            "t",
            (
                "CANEY BRANCH, Ky. \u2014 The mules know the route better than the librarian does. "
                "At the mouth of Lick Fork, Dolly stops on her own, and Pearl, tied behind with two "
                "saddlebags of books, stops a half-step later and sighs."
            ),
        )
    ],
    [
        (
            "t",
            (
                "\u201cThat\u2019s the Pridemores\u2019,\u201d said Jolene Hollace, 38, swinging down "
                "from the saddle in front of a white frame house with a porch full of cats. \u201cMiss "
                "Edna gets four westerns and a large-print Bible study every two weeks. She\u2019ll "
                "have the last ones stacked by the door.\u201d"
            ),
        )
    ],
    [
        (
            "t",
            (
                "Since April, the Hensley County Public Library has sent books up the county\u2019s "
                "hollows by mule twice a month, reviving"
            ),
        ),
        ("del", " \u2014 in a small way \u2014"),
        ("ins", ", on a small scale,"),
        (
            "t",
            (
                " the packhorse library program that employed hundreds of women in eastern Kentucky "
                "during the Depression."
            ),
        ),
    ],
    [
        (
            "t",
            (
                "The library\u2019s bookmobile, a 2009 diesel van, cannot reach about a third of the "
                "county\u2019s households, said library director Marvin Sizemore. Many sit at the end "
                "of creek-bed roads that wash out every spring, and some have no road at all, only a "
                "footpath and a swinging bridge."
            ),
        )
    ],
    [
        (
            "t",
            (
                "\u201cWe had people who hadn\u2019t held a library book since the school closed,\u201d "
                "Sizemore said. \u201cThe county\u2019s not getting any flatter. So we went back to "
                "what worked in 1936.\u201d"
            ),
        )
    ],
    [
        (
            "t",
            (
                "The program costs about $18,000 a year, most of it for feed, a farrier and a "
                "part-time salary for Hollace, who grew up on nearby Greasy Creek and learned to ride "
                "before she learned to drive. A regional foundation paid for the saddles and the "
                "waterproof bags."
            ),
        ),
        (
            "del",
            (
                " The mules were donated by a retired coal miner in Harlan County who asked that his "
                "name not be used."
            ),
        ),
    ],
    [
        (
            "t",
            (
                "Hollace rides a 14-mile loop on alternate Tuesdays and Thursdays, stopping at 31 "
                "houses, a church and a one-room senior center. She carries about 120 books a trip, "
                "along with large-print magazines, seed catalogs, puzzle books and, this fall, "
                "flu-shot schedules from the county health department."
            ),
        )
    ],
    "H:\u2018They\u2019re waiting on us\u2019",
    [
        (
            "anchor",
            (
                "The original packhorse librarians, hired under the Works Progress Administration "
                "from 1935 to 1943, carried books and magazines on horseback and muleback to remote "
                "homes and schools across eastern Kentucky. Many of the books were donated, worn and "
                "patched with wallpaper."
            ),
        )
    ],
    [
        (
            "t",
            (
                "Edna Pridemore, 86, remembers her mother talking about them. \u201cShe said the book "
                "woman came across the creek on a horse with her skirts tied up,\u201d Pridemore "
                "said. \u201cNow it\u2019s a girl on a mule with a cellphone. I reckon it\u2019s about "
                "the same.\u201d"
            ),
        )
    ],
    [
        (
            "t",
            (
                "Hollace said readers have started leaving things for her in return \u2014 a jar of "
                "sorghum, a bag of half-runner beans, drawings by children that she pins to the wall "
                "of the library\u2019s back office."
            ),
        ),
        (
            "ins",
            (
                " One man on Lick Fork leaves a thermos of coffee on his mailbox post every other "
                "Thursday."
            ),
        ),
    ],
    [
        ("t", "Circulation at the county\u2019s single branch has risen "),
        ("anchor", "14 percent"),
        (
            "t",
            (
                " since the program began, Sizemore said, and 63 people have signed up for library "
                "cards for the first time."
            ),
        ),
    ],
    [
        (
            "t",
            (
                "The library has applied for a state grant to add a second rider and a third mule "
                "next year, and to extend the route to the county\u2019s northern end, where the "
                "bookmobile does not go at all."
            ),
        )
    ],
    [
        (
            "t",
            (
                "Not everything has gone smoothly. In June, a swollen creek swept a saddlebag of 30 "
                "books downstream; most were found in a brush pile a mile away and are still drying "
                "in a corner of the library basement. Pearl, the younger mule, refuses to cross one "
                "particular bridge and has to be led around it by a half-mile detour."
            ),
        )
    ],
    [
        (
            "t",
            (
                "\u201cShe\u2019s got opinions,\u201d Hollace said. \u201cBut so does everybody up "
                "here. You just work around them.\u201d"
            ),
        )
    ],
    [
        (
            "t",
            (
                "At the Pridemore house, Edna had the last batch stacked by the door, just as "
                "promised. She traded them for four new westerns and asked whether the next trip might "
                "bring a cookbook."
            ),
        )
    ],
    [
        (
            "t",
            (
                "\u201cThey\u2019re waiting on us,\u201d Hollace said, climbing back onto Dolly. "
                "\u201cThat\u2019s the whole thing. Somebody up every one of these hollows is waiting "
                "on us.\u201d"
            ),
        )
    ],
]

PHOTO_LOG = [
    (
        "1",
        hollow,
        "CM_packhorse_014.jpg",
        [
            (
                "t",
                (
                    "Librarian Jolene Hollace rides Dolly, with Pearl carrying the book bags, along "
                    "Lick Fork in Hensley County, Ky., on Oct. 22."
                ),
            )
        ],
        "Corinne Mabry for the Ledger",
        (
            "A woman in a knit cap rides a brown mule along a creek bed, leading a second mule "
            "loaded with canvas saddlebags."
        ),
        False,
    ),
    (
        "2",
        porch,
        "CM_packhorse_031.jpg",
        [
            (
                "t",
                "Edna Pridemore, 86, trades a stack of westerns for new books with Jolene ",
            ),
            ("del", "Hollis"),
            ("ins", "Hollace"),
            ("t", " on her porch on Lick Fork on Nov. 5."),
        ],
        "Corinne Mabry for the Ledger",
        (
            "An elderly woman in a cardigan hands a stack of paperback books to a younger woman on a "
            "porch."
        ),
        False,
    ),
    (
        "3",
        archive,
        "WPA_1938_HCPL_scan.tif",
        [("t", "A packhorse librarian sets out from the Hensley County library in 1938.")],
        "Courtesy of the Hensley County Public Library",
        (
            "A black-and-white photo of a woman on horseback with saddlebags in front of a wooden "
            "building."
        ),
        False,
    ),
    (
        "4",
        bridge,
        "CM_packhorse_052.jpg",
        [("t", "Pearl balks at the swinging bridge over Greasy Creek on Nov. 5.")],
        "Corinne Mabry for the Ledger",
        "A mule stands with its legs planted at the end of a narrow suspension footbridge.",
        True,
    ),
]


def cell_text_xml(segments, deleted_row: bool, size: int = 16) -> str:
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>'
    runs = ""
    for kind, text in segments:
        if deleted_row or kind == "del":
            runs += f'<w:del w:id="{rev_id()}" w:author="{RO}" w:date="{RO_DATE}">'
            runs += run_xml(text, rpr, deleted=True) + "</w:del>"
        elif kind == "ins":
            runs += f'<w:ins w:id="{rev_id()}" w:author="{RO}" w:date="{RO_DATE}">'
            runs += run_xml(text, rpr) + "</w:ins>"
        else:
            runs += run_xml(text, rpr)
    return f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{runs}</w:p>'


def photo_log_table(doc, pic_base: int) -> str:
    widths = [400, 1300, 1500, 2600, 1500, 2200]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    border = (
        "<w:tblBorders>"
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )

    def cell(width: int, content: str, shade: bool = False) -> str:
        fill = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{content}</w:tc>'

    heads = ["No.", "Thumbnail", "File", "Caption", "Credit", "Alt text"]
    header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
    for w, h in zip(widths, heads, strict=False):
        header += cell(
            w, f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="16"/></w:rPr><w:t>{h}</w:t></w:r></w:p>', True
        )
    header += "</w:tr>"
    rows = ""
    for i, (num, painter, fname, caption, credit, alt, dropped) in enumerate(PHOTO_LOG):
        pic = inline_xml(doc, png(120, 120, painter), 0.7, pic_base + i)
        if dropped:
            pic_run = (
                f'<w:del w:id="{rev_id()}" w:author="{RO}" w:date="{RO_DATE}">'
                f"<w:r><w:drawing>{pic}</w:drawing></w:r></w:del>"
            )
        else:
            pic_run = f"<w:r><w:drawing>{pic}</w:drawing></w:r>"
        trpr = (
            f'<w:trPr><w:del w:id="{rev_id()}" w:author="{RO}" w:date="{RO_DATE}"/></w:trPr>'
            if dropped
            else ""
        )
        row = f"<w:tr>{trpr}"
        row += cell(widths[0], cell_text_xml([("t", num)], dropped))
        row += cell(widths[1], f"<w:p>{pic_run}</w:p>")
        row += cell(widths[2], cell_text_xml([("t", fname)], dropped))
        row += cell(widths[3], cell_text_xml(caption, dropped))
        row += cell(widths[4], cell_text_xml([("t", credit)], dropped))
        row += cell(widths[5], cell_text_xml([("t", alt)], dropped))
        row += "</w:tr>"
        rows += row
    return (
        f'<w:tbl {NSDECL}><w:tblPr><w:tblW w:w="9500" w:type="dxa"/>{border}'
        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{header}{rows}</w:tbl>"
    )


def build_freelance() -> None:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    footer = sec.footer.paragraphs[0]
    grey(footer, "Mabry / PACKHORSE LIBRARY / draft 3 with RO edits / page ", italic=False, size=8)
    add_page_field(footer)

    # the pitch note to the editor
    for text in (
        "NOTE FOR RENATA (delete before layout)",
        (
            "Renata \u2014 here\u2019s the packhorse library feature, about 1,650 words. It can "
            "come down to 1,200 for print if you need the room; the easiest trims are the two "
            "history grafs in the middle."
        ),
        (
            "All photos are mine except No. 3, which the library lent me (the credit is in the "
            "log). Hi-res files are on WeTransfer until Dec. 9: https://we.tl/t-7Hq2LmX9aa"
        ),
        "Invoice to follow. Thanks for taking this one! \u2014 Corinne",
    ):
        grey(doc.add_paragraph(), text, size=10)
    doc.add_paragraph()

    doc.add_paragraph("Up the hollows by mule, the library rides again", style="Title")
    dek = doc.add_paragraph(style="Subtitle")
    add_segments(
        dek,
        [
            ("t", "Ninety years after the Depression-era packhorse librarians, "),
            ("del", "a"),
            ("ins", "an eastern"),
            (
                "t",
                (
                    " Kentucky county library is carrying books to homes the bookmobile can\u2019t "
                    "reach"
                ),
            ),
        ],
        RO,
        RO_DATE,
    )
    by = doc.add_paragraph()
    by.add_run("By Corinne Mabry").bold = True
    grey(doc.add_paragraph(), "Special to the Cumberland Ledger", size=10)

    anchors_all = {}
    for item in BODY_1:
        if isinstance(item, str):
            doc.add_paragraph(item[2:], style="Heading 2")
            continue
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Inches(0.3)
        anchors_all.update(add_segments(p, item, RO, RO_DATE))

    history = next(k for k in anchors_all if k.startswith("The original packhorse"))
    doc.add_comment(
        anchors_all[history],
        text="Could lose this graf for print if we\u2019re tight. \u2014RO",
        author=RO,
        initials="RO",
    )
    doc.add_comment(
        anchors_all["14 percent"],
        text="14% over what period? His e-mail to you says 12 \u2014 please check. \u2014RO",
        author=RO,
        initials="RO",
    )

    contrib = doc.add_paragraph()
    contrib.add_run(
        "Research assistance by Hensley County Public Library archivist Della Baker."
    ).italic = True
    end = doc.add_paragraph("-30-")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER

    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    log_head = doc.add_paragraph()
    log_head.add_run("PHOTO LOG").bold = True
    grey(
        doc.add_paragraph(),
        "Thumbnails only \u2014 full-size files on WeTransfer (link in the note up top).",
        size=9,
    )
    anchor_p = doc.add_paragraph()
    anchor_p._p.addnext(parse_xml(photo_log_table(doc, 30)))
    notes = doc.add_paragraph()
    grey(
        notes,
        "Photo notes: shot Oct. 22 and Nov. 5. Model releases on file for Edna Pridemore and "
        "Jolene Hollace. Corinne Mabry \u00b7 corinne@mabrywrites.example \u00b7 606-555-0172",
        size=9,
    )
    finish(doc, HERE / f"{FREELANCE}.docx", "packhorse v3 RO edits", "Corinne Mabry", RO)


# ---------------------------------------------------------------- document 2: press office

PRESS = "docx-university-press-office-news-release-text-boxes-embargo-banner-contacts-at-a-glance-pull-quote-boxed-photo-flood-sensors"

BODY_2 = [
    (
        "MARLOW, Ohio \u2014 When Tanner Creek rose out of its banks in April, the first warning "
        "most people in the village of Port Adair got was water in their basements. This spring, "
        "they expect to have about three hours\u2019 notice."
    ),
    (
        "A team of Marlow State University engineering students has built and installed 22 "
        "water-level sensors along nine miles of the creek and its two main tributaries, each made "
        "from about $40 in parts: an ultrasonic rangefinder, a solar panel the size of a paperback, "
        "a small cellular modem and a weatherproof electrical box."
    ),
    (
        "The sensors measure the distance to the water\u2019s surface every five minutes and send "
        "the readings to a server on campus. When the creek rises faster than a set rate at the "
        "upstream gauges, the system texts an alert to the village\u2019s emergency coordinator "
        "and to about 640 residents who have signed up."
    ),
    (
        "\u201cCommercial river gauges cost $15,000 to $25,000 apiece, and the nearest federal "
        "gauge is 30 miles downstream, below where the flooding happens,\u201d said Samuel Oduya, "
        "an associate professor of civil engineering who advised the project. \u201cWe asked the "
        "students whether they could get 80 percent of the value for 1 percent of the cost.\u201d"
    ),
    "PIC1",
    "H:Built in a basement lab",
    (
        "The project began in fall 2025 as a senior capstone for four civil and electrical "
        "engineering students, who spent most of a semester testing sensors in a flume in the "
        "basement of Brandt Hall and on a footbridge over the creek behind the campus stadium."
    ),
    (
        "The first prototype, in a plastic food-storage box, lasted nine days before condensation "
        "killed it, said team lead Aaliyah Brooks, a senior from Columbus. The final design uses a "
        "vented enclosure and a desiccant pack that the team replaces twice a year."
    ),
    (
        "\u201cWe learned more from the boxes that died than from the ones that worked,\u201d Brooks "
        "said. \u201cEvery failure was the creek teaching us something.\u201d"
    ),
    (
        "The students mounted the sensors on bridges and culverts with permission from the county "
        "engineer and wrote the alert software themselves. The code and circuit designs are posted "
        "publicly so other communities can copy them."
    ),
    "H:A head start for Port Adair",
    "BOX2",
    (
        "The system got its first real test on Nov. 14, when 2.8 inches of rain fell on the upper "
        "watershed overnight. The upstream gauges triggered an alert at 4:52 a.m.; the creek "
        "reached flood stage at the Main Street bridge at 8:10 a.m."
    ),
    (
        "\u201cThree hours and 18 minutes,\u201d said Port Adair Mayor Gwen Tolliver. "
        "\u201cThat\u2019s enough time to move a car, get the sandbags out and get Mrs. Sayre\u2019s "
        "wheelchair van up the hill. In April we had about 15 minutes.\u201d"
    ),
    (
        "The village has agreed to pay about $1,200 a year for the cellular data plans and server "
        "costs. A second student team will take over maintenance next fall and plans to add sensors "
        "on Little Tanner Creek."
    ),
    "The project is supported by a $48,000 grant from the Ohio River Valley Resilience Fund.",
]


def build_press() -> None:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run("MARLOW STATE UNIVERSITY").bold = True
    grey(
        sec.header.add_paragraph(),
        "Office of University Communications \u00b7 210 Founders Hall \u00b7 Marlow, OH 45799 "
        "\u00b7 news.marlowstate.example",
        italic=False,
        size=8,
    )
    foot = sec.footer.paragraphs[0]
    grey(
        foot,
        "Marlow State University is an equal opportunity educator and employer. Page ",
        italic=False,
        size=8,
    )
    add_page_field(foot)

    # banner box anchored in an empty first paragraph
    banner = doc.add_paragraph()
    banner._p.append(
        parse_xml(
            textbox_run_xml(
                101,
                box_para("NEWS RELEASE", bold=True, size=32, color="FFFFFF")
                + box_para(
                    "EMBARGOED UNTIL 10 A.M. EST, THURSDAY, DEC. 3, 2026",
                    bold=True,
                    size=18,
                    color="FFD966",
                ),
                6.0,
                0.75,
                "1F3864",
                "1F3864",
                halign="center",
            )
        )
    )
    doc.add_paragraph()
    doc.add_paragraph()

    doc.add_paragraph(
        "Students\u2019 $40 flood sensors give a river village a three-hour head start",
        style="Title",
    )
    doc.add_paragraph(
        "Marlow State engineering seniors built and installed 22 low-cost water-level gauges "
        "along Tanner Creek; Port Adair now gets a text alert before the water reaches Main "
        "Street",
        style="Subtitle",
    )
    by = doc.add_paragraph()
    by.add_run("By Keisha Armbrister").bold = True
    by.add_run(", University Communications")

    pic_id = 60
    for i, item in enumerate(BODY_2):
        if item.startswith("H:"):
            doc.add_paragraph(item[2:], style="Heading 2")
            continue
        if item == "PIC1":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run()
            run.add_picture(io.BytesIO(png(200, 130, sensor)), width=Inches(4.5))
            inline = run._r.xpath(".//wp:inline")[0]
            inline.docPr.set(
                "descr",
                "Two students in hard hats fasten a gray electrical box to a concrete bridge "
                "railing above a muddy creek.",
            )
            cap = doc.add_paragraph(style="Caption")
            cap.add_run(
                "Seniors Aaliyah Brooks, left, and Mateo Ruiz mount a water-level sensor on the "
                "Route 93 bridge over Tanner Creek in October. "
            )
            credit = cap.add_run("(Photo by Andre Whitlow/Marlow State University)")
            credit.font.size = Pt(8)
            continue
        if item == "BOX2":
            continue
        p = doc.add_paragraph(item)
        if i == 0:
            # the media-contact box in the margin and the at-a-glance box, both anchored here
            contacts = (
                box_para("MEDIA CONTACTS", bold=True, size=16, color="1F3864")
                + box_para("Keisha Armbrister, University Communications", size=15)
                + box_para("740-555-0160 \u00b7 karmbrister@marlowstate.example", size=15)
                + box_para("Samuel Oduya, Department of Civil Engineering", size=15)
                + box_para("740-555-0188 \u00b7 oduya.4@marlowstate.example", size=15)
            )
            p._p.append(
                parse_xml(
                    textbox_run_xml(102, contacts, 1.9, 1.5, "F2F2F2", "BFBFBF", offset_in=0.1)
                )
            )
        if i == 1:
            glance = (
                box_para("AT A GLANCE", bold=True, size=18, color="1F3864")
                + box_para("22 sensors on nine miles of Tanner Creek", size=16, bullet=True)
                + box_para("About $40 in parts per sensor", size=16, bullet=True)
                + box_para("Alerts go to about 640 phones in Port Adair", size=16, bullet=True)
                + box_para(
                    "First real test: 3 hours, 18 minutes of warning on Nov. 14",
                    size=16,
                    bullet=True,
                )
            )
            p._p.append(parse_xml(textbox_run_xml(103, glance, 2.1, 1.6, "EAF1F8", "1F3864")))
        if item.startswith("\u201cWe learned more"):
            pull = box_para(
                "\u201cWe learned more from the boxes that died than from the ones that "
                "worked.\u201d",
                italic=True,
                size=24,
                color="1F3864",
            ) + box_para("\u2014 Aaliyah Brooks, team lead", size=16)
            p._p.append(
                parse_xml(textbox_run_xml(104, pull, 2.0, 1.3, "FFFFFF", "1F3864", halign="left"))
            )
        if BODY_2[i - 1] == "BOX2":
            pic = inline_xml(doc, png(200, 130, sandbags), 2.2, pic_id + 1)
            photo_box = (
                f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:drawing>{pic}'
                "</w:drawing></w:r></w:p>"
                + box_para(
                    "Port Adair residents fill sandbags on Main Street on Nov. 14, about two "
                    "hours after the first alert.",
                    italic=True,
                    size=16,
                )
                + box_para("Courtesy of the Village of Port Adair", size=14, color="595959")
            )
            p._p.append(parse_xml(textbox_run_xml(105, photo_box, 2.4, 2.5, "FFFFFF", "D9D9D9")))

    contrib = doc.add_paragraph()
    contrib.add_run("Student writer Jonah Pell contributed to this release.").italic = True
    end = doc.add_paragraph("###")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER
    about = doc.add_paragraph()
    about.add_run("About Marlow State University").bold = True
    doc.add_paragraph(
        "Founded in 1887, Marlow State University enrolls about 14,000 students on its main "
        "campus in Marlow and at regional campuses in Zanesfield and Port Adair. Its College of "
        "Engineering and Applied Science offers 14 undergraduate majors and is known for "
        "community-engaged capstone projects."
    )
    rel = doc.add_paragraph()
    rel.add_run("Related links").bold = True
    for text in (
        "Tanner Creek Flood Sensor Project (project page and open-source designs)",
        "Department of Civil Engineering",
        "Sign up for Port Adair flood alerts",
    ):
        doc.add_paragraph(text, style="List Bullet")
    finish(
        doc,
        HERE / f"{PRESS}.docx",
        "NR 26-118 Tanner Creek sensors EMBARGO",
        "University Communications",
        "Keisha Armbrister",
    )


def main() -> None:
    REV[0] = 900
    build_freelance()
    REV[0] = 900
    SHAPETYPE.clear()
    build_press()
    print("wrote", FREELANCE + ".docx", "and", PRESS + ".docx")


if __name__ == "__main__":
    main()

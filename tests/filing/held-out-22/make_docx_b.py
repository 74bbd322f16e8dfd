"""Write the two Word files of filing set h22 (part b) next to this script.

docx-word-drawing-canvas-...: a regional agency's media release whose two pictures sit in Word
drawing canvases (wpc:wpc), each with its caption and credit in text boxes inside the canvas
(and the VML group Word writes as the fallback), the second with a callout label on the map.

docx-story-exchange-form-...: a partner station's filing form built from content controls:
plain-text, date, drop-down and checkbox controls (the checkbox glyphs are text), a rich-text
control holding the story, and a repeating-section control with one item per photo (a picture
control, caption, credit and description controls); the third item is empty.

python-docx 1.2 builds the documents; canvases, content controls and fields are raw XML. The
pictures are small PNGs drawn here with zlib and struct. Core properties and zip entry times
are fixed and the template thumbnail is dropped, so a rerun writes the same bytes.
Run: python make_docx_b.py  (with a Python that has python-docx)
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
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 4, 9, 0, 0)
ZIP_TIME = (2026, 3, 4, 9, 0, 0)

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
)


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, top: tuple, bottom: tuple, band: tuple | None = None) -> bytes:
    """A vertical gradient, with an optional darker band across the lower third."""
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
        if band and height * 2 // 3 <= y < height * 2 // 3 + height // 8:
            colour = band
        rows.append(b"\x00" + bytes(colour) * width)
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        crc = zlib.crc32(body) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def image_rid(doc, data: bytes) -> str:
    rid, _image = doc.part.get_or_add_image(io.BytesIO(data))
    return rid


def header_image_rid(header, data: bytes) -> str:
    rid, _image = header.part.get_or_add_image(io.BytesIO(data))
    return rid


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline_pic(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        f'<w:r {NS}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{esc(name)}" descr="{esc(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{esc(name)}" descr="{esc(descr)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ---------------------------------------------------------------- drawing canvas

SHAPETYPES = (
    '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
    'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
    '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" '
    'aspectratio="t"/></v:shapetype>'
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shapetype id="_x0000_t61" coordsize="21600,21600" o:spt="61" adj="1350,25920" '
    'path="m,l0@8@12@24,0@9,,21600@6,21600@15@27@7,21600,21600,21600,21600@9@18@30,21600@8,21600,0@7,0@21@33@6,xe">'
    '<v:stroke joinstyle="miter"/><v:path o:connecttype="custom"/></v:shapetype>'
)


def txbx_paras(lines: list[tuple[str, str]]) -> str:
    """Text-box paragraphs; each line is (text, kind) with kind 'cap', 'credit' or 'label'."""
    out = []
    for text, kind in lines:
        jc = '<w:jc w:val="right"/>' if kind == "credit" else ""
        rpr = {
            "cap": '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
            '<w:i/><w:sz w:val="18"/>',
            "credit": '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="14"/>',
            "label": '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="C00000"/>'
            '<w:sz w:val="16"/>',
        }[kind]
        out.append(
            f"<w:p><w:pPr>{jc}<w:spacing w:after='0'/></w:pPr>"
            f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
        )
    return "".join(out)


def canvas_run(
    rid: str,
    base_id: int,
    descr: str,
    caption: str,
    credit: str,
    callout: str | None = None,
) -> str:
    """A drawing canvas holding a picture, a caption box, a credit box and an optional callout."""
    emu_w, emu_h = 5486400, 4023360
    pic_h = 3200400
    cap = txbx_paras([(caption, "cap")])
    cred = txbx_paras([(credit, "credit")])
    shapes = [
        (
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{base_id + 1}" name="Picture {base_id + 1}" '
            f'descr="{esc(descr)}"/>'
            '<pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            "</pic:blipFill>"
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{pic_h}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        ),
        (
            f'<wps:wsp><wps:cNvPr id="{base_id + 2}" name="Text Box {base_id + 2}"/><wps:cNvSpPr '
            'txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="{pic_h + 45720}"/><a:ext cx="4206240" '
            'cy="731520"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
            "</wps:spPr>"
            f"<wps:txbx><w:txbxContent>{cap}</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
            'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        ),
        (
            f'<wps:wsp><wps:cNvPr id="{base_id + 3}" name="Text Box {base_id + 3}"/><wps:cNvSpPr '
            'txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="4251960" y="{pic_h + 45720}"/><a:ext cx="1234440" '
            'cy="274320"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
            "</wps:spPr>"
            f"<wps:txbx><w:txbxContent>{cred}</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
            'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        ),
    ]
    vml = [
        (
            f'<v:shape id="Picture {base_id + 1}" o:spid="_x0000_s{base_id + 1}" '
            'type="#_x0000_t75" '
            f'alt="{esc(descr)}" '
            'style="position:absolute;width:54864;height:32004;visibility:visible">'
            f'<v:imagedata r:id="{rid}" o:title=""/></v:shape>'
        ),
        (
            f'<v:shape id="Text Box {base_id + 2}" o:spid="_x0000_s{base_id + 2}" '
            'type="#_x0000_t202" '
            'style="position:absolute;top:32461;width:42062;height:7315" filled="f" stroked="f">'
            f"<v:textbox inset='0,0,0,0'><w:txbxContent>{cap}</w:txbxContent></v:textbox></v:shape>"
        ),
        (
            f'<v:shape id="Text Box {base_id + 3}" o:spid="_x0000_s{base_id + 3}" '
            'type="#_x0000_t202" '
            'style="position:absolute;left:42519;top:32461;width:12344;height:2743" filled="f" '
            'stroked="f">'
            f"<v:textbox inset='0,0,0,0'><w:txbxContent>{cred}</w:txbxContent></v:textbox>"
            "</v:shape>"
        ),
    ]
    if callout:
        lab = txbx_paras([(callout, "label")])
        shapes.append(
            f'<wps:wsp><wps:cNvPr id="{base_id + 4}" name="Rectangular Callout {base_id + 4}"/>'
            "<wps:cNvSpPr/>"
            '<wps:spPr><a:xfrm><a:off x="3474720" y="457200"/><a:ext cx="1737360" cy="457200"/>'
            "</a:xfrm>"
            '<a:prstGeom prst="wedgeRectCallout"><a:avLst><a:gd name="adj1" fmla="val -62000"/>'
            '<a:gd name="adj2" fmla="val 90000"/></a:avLst></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill>'
            '<a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
            f"<wps:txbx><w:txbxContent>{lab}</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" '
            'bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        )
        vml.append(
            f'<v:shape id="Rectangular Callout {base_id + 4}" o:spid="_x0000_s{base_id + 4}" '
            'type="#_x0000_t61" '
            'adj="-13392,19440" '
            'style="position:absolute;left:34747;top:4572;width:17373;height:4572" '
            'strokecolor="#c00000"><v:textbox>'
            f"<w:txbxContent>{lab}</w:txbxContent></v:textbox></v:shape>"
        )
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wpc"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{base_id}" name="Canvas {base_id}"/><wp:cNvGraphicFramePr/>'
        "<a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas">'
        "<wpc:wpc><wpc:bg/><wpc:whole/>"
        + "".join(shapes)
        + "</wpc:wpc></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:group id="Canvas {base_id}" o:spid="_x0000_s{base_id}" editas="canvas" '
        'style="width:6in;height:316.8pt;mso-position-horizontal-relative:char;'
        'mso-position-vertical-relative:line" '
        'coordsize="54864,40233">'
        '<v:shape id="_x0000_s1" type="#_x0000_t75" '
        'style="position:absolute;width:54864;height:40233" o:preferrelative="f">'
        '<v:fill o:detectmouseclick="t"/><v:path o:extrusionok="t" o:connecttype="none"/><o:lock '
        'v:ext="edit" text="t"/></v:shape>'
        + SHAPETYPES
        + "".join(vml)
        + "</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


# ---------------------------------------------------------------- helpers


def para(
    doc, text: str = "", bold=False, italic=False, size=None, align=None, colour=None, font=None
):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if font:
            r.font.name = font
    if align is not None:
        p.alignment = align
    return p


def add_page_field(paragraph, prefix: str) -> None:
    paragraph.add_run(prefix)
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t>'
            "</w:r></w:fldSimple>"
        )
    )


def fix_core(doc, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def finish(doc, path: Path, extra_ns: bool = False) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data = src.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", data)
            if name == "word/document.xml" and extra_ns:
                data = data.replace(
                    b'mc:Ignorable="w14 wp14"',
                    b'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
                    b'mc:Ignorable="w14 w15 wp14"',
                    1,
                )
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())
    Document(str(path))  # must still open
    print(path.name)


# ---------------------------------------------------------------- document A: drawing canvas


CANVAS_NAME = (
    "docx-word-drawing-canvas-wpc-photo-and-map-with-caption-and-credit-text-boxes-vml-group-fallback-"
    "map-callout-label-agency-letterhead-logo-header-release-boilerplate-pacific-tide-gauge-records.docx"
)


def build_canvas_doc() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)

    section = doc.sections[0]
    header = section.header
    hp = header.paragraphs[0]
    logo_rid = header_image_rid(header, png(120, 60, (10, 70, 120), (20, 140, 170)))
    hp._p.append(parse_xml(inline_pic(logo_rid, 900, "Picture 900", "OCMP logo", 685800, 342900)))
    hr = hp.add_run(
        "  OCEANIA COASTAL MONITORING PROGRAMME · PO Box 2390, Apia, Samoa · Tel +685 25 555"
    )
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor.from_string("1F4E79")
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, "OCMP Media Release 07/2026 · Page ")

    para(doc, "MEDIA RELEASE", bold=True, size=14, colour="1F4E79")
    para(doc, "For immediate release", italic=True, size=10)
    para(doc, "")
    para(
        doc,
        "Tide gauges record highest February sea levels in three decades at four Pacific stations",
        bold=True,
        size=16,
    )
    para(
        doc,
        "King tides and a bulge of warm water pushed readings up to 18 centimetres above normal, "
        "the Oceania Coastal Monitoring Programme says",
        italic=True,
        size=12,
    )
    para(doc, "")

    body = [
        "APIA, Samoa, 3 March 2026 – Tide gauges at four stations in the Oceania Coastal "
        "Monitoring "
        "Programme network recorded their highest February sea levels in at least 30 years last "
        "month, "
        "as king tides coincided with a bulge of warm water across the western Pacific.",
        "The gauges at Apia, Nukuʻalofa, Funafuti and Port Vila each recorded monthly mean sea "
        "levels "
        "between 14 and 18 centimetres above their long-term February average, according to data "
        "the "
        "Programme released on Tuesday.  The Apia gauge, which has the longest record in the "
        "network, "
        "was 16 centimetres above its average.",
        "The highest single reading, at Nukuʻalofa on 17 February, was 41 centimetres above the "
        "predicted tide.",
    ]
    for text in body:
        para(doc, text)

    photo_rid = image_rid(doc, png(320, 200, (170, 200, 220), (90, 110, 120), band=(60, 80, 90)))
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp._p.append(
        parse_xml(
            canvas_run(
                photo_rid,
                101,
                "Sea water covering a road between houses, with a man wading through it",
                "Sea water covers a road in Nukuʻalofa during the king tide of 17 February.",
                "Photo: Sione Latu/OCMP",
            )
        )
    )

    body2 = [
        "“What we saw in February is a preview of ordinary high tides in 20 or 30 years,” said the "
        "Programme’s head of sea-level science, Dr Fetu Leaupepe.",
        "Dr Leaupepe said the readings were driven by two things at once: the normal king tides of "
        "late summer and an unusually warm ocean, which expands and lifts the sea surface.",
        "Low-lying communities in several countries reported flooding of roads, gardens and homes "
        "during the king-tide period, including parts of Nukuʻalofa’s Popua and Sopu areas.",
    ]
    for text in body2:
        para(doc, text)
    para(doc, "Warning for the coming months", bold=True)
    body3 = [
        "The Programme expects sea levels to stay above normal until at least May and has advised "
        "national disaster offices to plan for further flooding during the king tides of late "
        "March "
        "and April.",
        "It has also issued tide tables marking the dates when high water is most likely to flood "
        "low-lying roads.  The tables are available from national meteorology offices.",
        "The network’s 14 gauges are run by national agencies with technical support from the "
        "Programme, which checks and publishes the data each month.",
    ]
    for text in body3:
        para(doc, text)

    map_rid = image_rid(doc, png(320, 200, (200, 225, 240), (180, 210, 230), band=(240, 220, 170)))
    mp = doc.add_paragraph()
    mp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mp._p.append(
        parse_xml(
            canvas_run(
                map_rid,
                111,
                "",
                "The 14 gauges of the OCMP network. The four stations with record February "
                "readings "
                "are marked in red.",
                "Map: OCMP",
                callout="Nukuʻalofa: +41 cm on 17 Feb",
            )
        )
    )

    para(
        doc,
        "Dr Leaupepe said two of the gauges, at Honiara and Tarawa, had gaps in their February "
        "records because of equipment faults, and would be repaired during a maintenance voyage "
        "in April.",
    )
    para(
        doc,
        "Data for this release were compiled by OCMP sea-level analyst Malia Havea.",
        italic=True,
    )
    para(doc, "ENDS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "About the Oceania Coastal Monitoring Programme", bold=True, size=10)
    para(
        doc,
        "The Oceania Coastal Monitoring Programme supports 11 Pacific Island countries to measure "
        "sea level, waves and coastal change, and shares its data free with governments and "
        "researchers. It is based in Apia.",
        size=10,
    )
    para(
        doc,
        "Media contact: Pua Aiono, Communications Officer, +685 25 556, pua.aiono@ocmp.int",
        size=10,
    )

    fix_core(doc, "Media release 07-2026 tide gauges FINAL", "Pua Aiono")
    finish(doc, HERE / CANVAS_NAME)


# ---------------------------------------------------------------- document B: exchange form

FORM_NAME = (
    "docx-story-exchange-form-content-controls-checkbox-glyphs-date-and-dropdown-controls-rich-text-"
    "story-control-repeating-section-photo-items-picture-controls-empty-placeholder-item-eua-kava-root-rot.docx"
)

PLACEHOLDER = "Click or tap here to enter text."
_sdt_id = [7100]


def next_id() -> int:
    _sdt_id[0] += 1
    return _sdt_id[0]


def run_xml(text: str, placeholder: bool = False, bold: bool = False) -> str:
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    if bold:
        rpr = "<w:rPr><w:b/></w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def inline_text_sdt(alias: str, value: str | None, kind: str = "<w:text/>") -> str:
    if value is None:
        return (
            f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
            f'<w:id w:val="{next_id()}"/><w:placeholder><w:docPart '
            'w:val="DefaultPlaceholder_-1854013440"/>'
            f"</w:placeholder><w:showingPlcHdr/>{kind}</w:sdtPr>"
            f"<w:sdtContent>{run_xml(PLACEHOLDER, placeholder=True)}</w:sdtContent></w:sdt>"
        )
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
        f'<w:id w:val="{next_id()}"/>{kind}</w:sdtPr>'
        f"<w:sdtContent>{run_xml(value)}</w:sdtContent></w:sdt>"
    )


def label_para(label: str, sdt: str, grey_note: str = "") -> str:
    note = (
        f'<w:r><w:rPr><w:i/><w:color w:val="808080"/><w:sz w:val="16"/></w:rPr>'
        f'<w:t xml:space="preserve">  {esc(grey_note)}</w:t></w:r>'
        if grey_note
        else ""
    )
    return (
        f"<w:p {NS}><w:pPr><w:spacing w:after='60'/></w:pPr>"
        f"{run_xml(label + ' ', bold=True)}{sdt}{note}</w:p>"
    )


def checkbox_sdt(alias: str, checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{next_id()}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent>'
        "</w:sdt>"
    )


def body_para_xml(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r>{rpr}'
        f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    )


def photo_item(pic_run: str, caption: str | None, credit: str | None, descr: str | None) -> str:
    picture_sdt = (
        f'<w:sdt><w:sdtPr><w:alias w:val="Photo"/><w:tag w:val="photo"/><w:id w:val="{next_id()}"/>'
        + ("<w:showingPlcHdr/>" if caption is None else "")
        + "<w:picture/></w:sdtPr><w:sdtContent>"
        f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr>{pic_run}</w:p></w:sdtContent></w:sdt>'
    )

    def field(label: str, alias: str, value: str | None) -> str:
        return (
            f"<w:p><w:pPr><w:spacing w:after='40'/></w:pPr>{run_xml(label + ' ', bold=True)}"
            f"{inline_text_sdt(alias, value)}</w:p>"
        )

    return (
        f'<w:sdt><w:sdtPr><w:id w:val="{next_id()}"/><w15:repeatingSectionItem/></w:sdtPr>'
        "<w:sdtContent>"
        + picture_sdt
        + field("Caption:", "Caption", caption)
        + field("Credit:", "Credit", credit)
        + field("Description for screen readers:", "Description", descr)
        + "<w:p/></w:sdtContent></w:sdt>"
    )


STORY = [
    "ʻEUA, Tonga – Kava growers on ʻEua say a root rot that turns plants yellow and kills them "
    "within "
    "weeks has destroyed about a third of the island’s crop, and they fear the disease will reach "
    "Tongatapu.",
    "A team from the Ministry of Agriculture took soil and root samples from 60 plantations last "
    "week "
    "and sent them to a laboratory in New Zealand for testing. Results are expected within a "
    "month.",
    "Farmers say the first plants died in November, after weeks of heavy rain, and that the "
    "disease has "
    "since moved from the low-lying gardens near ʻOhonua to plantations in the hills.",
    "“I planted 2,000 kava three years ago for my children’s school fees. Now I have maybe 600 "
    "left,” "
    "said grower Tevita Mafi, whose plantation is on the road to the national park.",
    "Kava takes three to four years to reach harvest, and growers say many families borrowed money "
    "against crops that are now lost.",
    "The ministry’s ʻEua officer, Lose Taione, said farmers should not move plants, roots or soil "
    "from "
    "affected gardens, and should burn dead plants where they fall.",
    "“The worst thing we can do is carry sick plants on the ferry to Tongatapu,” she said.",
    ("Ferry checks", True),
    "Quarantine officers began checking bags and boxes at the ʻEua wharf on Monday. Kava roots and "
    "planting material may now leave the island only with a ministry permit.",
    "The island’s kava growers’ association has asked the government for seedlings of hardier "
    "varieties "
    "and for help with loan repayments.",
    "ʻEua supplies a large share of the dried kava sold in the Nukuʻalofa markets, and traders "
    "there "
    "say prices have already risen by a fifth since January.",
    "The ministry will hold a meeting for growers at the ʻOhonua town hall on Friday to explain "
    "the "
    "permit rules.",
]


def build_form_doc() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor.from_string("808080")

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hr = hp.add_run("PNX story form v2.3 · Pacific Current News Service, Suva")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor.from_string("7F7F7F")
    fp = section.footer.paragraphs[0]
    fr = fp.add_run(
        "Stories filed on this form may be used by all exchange partners with credit to the "
        "filing station."
    )
    fr.font.size = Pt(8)
    fr.italic = True

    para(doc, "PACIFIC NEWS EXCHANGE — STORY FILING FORM", bold=True, size=14, colour="1F4E79")
    para(
        doc,
        "Partner stations: fill in every field. Do not change the labels or delete the boxes.",
        italic=True,
        size=9,
        colour="7F7F7F",
    )

    body = doc.element.body
    sect = body[-1]

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    add(label_para("Partner station:", inline_text_sdt("Station", "Kalia FM 89.5, Nukuʻalofa")))
    add(label_para("Filed by:", inline_text_sdt("FiledBy", "Sela Tuʻipulotu (news director)")))
    add(
        label_para(
            "Date filed:",
            inline_text_sdt(
                "DateFiled",
                "04/03/2026",
                kind='<w:date w:fullDate="2026-03-04T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
                '<w:lid w:val="en-NZ"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar '
                'w:val="gregorian"/></w:date>',
            ),
        )
    )
    add(
        label_para(
            "Category:",
            inline_text_sdt(
                "Category",
                "Environment & agriculture",
                kind='<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>'
                '<w:listItem w:displayText="Politics" w:value="pol"/>'
                '<w:listItem w:displayText="Environment &amp; agriculture" w:value="env"/>'
                '<w:listItem w:displayText="Health" w:value="hea"/>'
                '<w:listItem w:displayText="Sport" w:value="spo"/></w:dropDownList>',
            ),
        )
    )
    add(
        f"<w:p {NS}>"
        + run_xml("Cleared for web ")
        + checkbox_sdt("Web", True)
        + run_xml("    Cleared for radio ")
        + checkbox_sdt("Radio", True)
        + run_xml("    Embargoed ")
        + checkbox_sdt("Embargo", False)
        + "</w:p>"
    )
    add(
        label_para(
            "Headline:",
            inline_text_sdt(
                "Headline",
                "Root rot wipes out a third of ʻEua’s kava as growers wait for test results",
            ),
        )
    )
    add(
        label_para(
            "Standfirst:",
            inline_text_sdt(
                "Standfirst",
                "Ministry team takes soil samples from 60 plantations after farmers report plants "
                "dying "
                "within weeks",
            ),
            grey_note="(one sentence, no full stop)",
        )
    )
    add(label_para("Byline:", inline_text_sdt("Byline", "Sela Tuʻipulotu and Viliami Fonua")))
    add(
        f"<w:p {NS}>{run_xml('Dateline and story:', bold=True)}"
        '<w:r><w:rPr><w:i/><w:color w:val="808080"/><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve">  (start with the dateline in capitals)</w:t></w:r></w:p>'
    )
    story_xml = "".join(
        body_para_xml(item[0], bold=True) if isinstance(item, tuple) else body_para_xml(item)
        for item in STORY
    )
    add(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Story"/><w:tag w:val="story"/><w:id '
        f'w:val="{next_id()}"/>'
        f"</w:sdtPr><w:sdtContent>{story_xml}</w:sdtContent></w:sdt>"
    )
    add(
        label_para(
            "Contributors:",
            inline_text_sdt("Contributors", "Additional reporting by Mele Vaipulu in Nukuʻalofa."),
        )
    )
    add(
        f"<w:p {NS}>{run_xml('Photos', bold=True)}"
        '<w:r><w:rPr><w:i/><w:color w:val="808080"/><w:sz w:val="16"/></w:rPr>'
        '<w:t xml:space="preserve">  (click + at the bottom right of a photo box to add '
        "another)</w:t></w:r></w:p>"
    )

    rid1 = image_rid(doc, png(300, 200, (110, 150, 80), (70, 55, 40), band=(200, 190, 60)))
    rid2 = image_rid(doc, png(300, 200, (190, 210, 225), (120, 110, 100)))
    rid_ph = image_rid(doc, png(96, 96, (235, 235, 235), (215, 215, 215)))
    items = [
        photo_item(
            inline_pic(rid1, 501, "Picture 501", "", 2743200, 1828800).replace(f" {NS}", ""),
            "Grower Tevita Mafi holds a kava plant killed by root rot at his plantation near "
            "ʻOhonua.",
            "Kalia FM/Viliami Fonua",
            "A man holding up a kava plant with yellow leaves and black, rotten roots",
        ),
        photo_item(
            inline_pic(rid2, 502, "Picture 502", "", 2743200, 1828800).replace(f" {NS}", ""),
            "Quarantine officers check boxes at the ʻEua wharf on Monday.",
            "Courtesy of Ministry of Agriculture",
            None,
        ),
        photo_item(
            inline_pic(rid_ph, 503, "Picture 503", "", 914400, 914400).replace(f" {NS}", ""),
            None,
            None,
            None,
        ),
    ]
    add(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Photos"/><w:tag w:val="photos"/><w:id '
        f'w:val="{next_id()}"/>'
        "<w15:repeatingSection/></w:sdtPr><w:sdtContent>"
        + "".join(items)
        + "</w:sdtContent></w:sdt>"
    )
    add(
        label_para(
            "Notes for the exchange desk:",
            inline_text_sdt(
                "DeskNotes",
                "Audio of the ministry officer is on the FTP as EUA_KAVA_ACT1.mp3. Please credit "
                "Kalia FM "
                "on air.",
            ),
        )
    )
    add(
        f"<w:p {NS}><w:pPr><w:pBdr><w:top w:val='single' w:sz='4' w:space='4' w:color='auto'/>"
        "</w:pBdr></w:pPr>"
        '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="595959"/></w:rPr><w:t xml:space="preserve">'
        "By filing this form the station confirms it holds the rights to the text and photos and "
        "agrees "
        "to their use by all PNX partners.</w:t></w:r></w:p>"
    )

    fix_core(doc, "PNX story filing form", "Kalia FM Newsroom")
    finish(doc, HERE / FORM_NAME, extra_ns=True)


if __name__ == "__main__":
    build_canvas_doc()
    build_form_doc()

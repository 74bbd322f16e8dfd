"""Write the two Word files of filing set h31 (part a) with the standard library only.

The files are hand-written WordprocessingML packed with zipfile. The pictures are tiny PNGs
drawn here with zlib and struct. Zip entry times, comment dates and revision dates are fixed,
so a rerun writes the same bytes.

Run:  python make_docx_a.py [name ...]   (no names: write both files next to this script)
"""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 13, 16, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

ROOT_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
PIC_NS = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """A truecolour PNG of width x height whose pixels come from pixel(x, y)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def logo_pixel(x: int, y: int) -> tuple[int, int, int]:
    """A teal disc with a white drop on it: the utility company's logo."""
    dx, dy = x - 24, y - 24
    if dx * dx + dy * dy > 22 * 22:
        return (255, 255, 255)
    if abs(dx) <= 6 - max(0, (12 - dy) // 3) and -10 <= dy <= 12:
        return (255, 255, 255)
    return (0, 122, 128)


def trench_pixel(x: int, y: int) -> tuple[int, int, int]:
    """Sky, green hillside, a red-earth trench and a blue pipe lying in it."""
    if y < 12:
        return (150, 200, 235)
    if y < 22:
        return (60, 130 + (x % 7) * 4, 60)
    if 28 <= y <= 31 and 6 <= x <= 58:
        return (40, 80, 190)
    return (150 + (x * 3 + y) % 20, 70, 40)


def beach_pixel(x: int, y: int) -> tuple[int, int, int]:
    """Sea over sand, with a fallen tree trunk lying across the beach."""
    if y < 18:
        return (30, 120 + y * 3, 170)
    if abs((y - 30) - (x - 32) // 4) <= 1 and 8 <= x <= 56:
        return (90, 60, 35)
    if 6 <= x <= 16 and 20 <= y <= 28:
        return (40, 110, 50)
    return (230, 215 - (x + y) % 9, 170)


# --------------------------------------------------------------------------- XML helpers


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{props}{t(text)}</w:r>"


def para(body: str, ppr: str = "", attrs: str = "") -> str:
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p{attrs}>{props}{body}</w:p>"


def styled(style: str, extra: str = "") -> str:
    return f'<w:pStyle w:val="{style}"/>{extra}'


def ins(body: str, rev: int, author: str, date: str) -> str:
    return f'<w:ins w:id="{rev}" w:author="{author}" w:date="{date}">{body}</w:ins>'


def deleted(text: str, rev: int, author: str, date: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{rev}" w:author="{author}" w:date="{date}">'
        f'<w:r>{props}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def comment_ref(cid: int) -> str:
    return (
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f'<w:commentReference w:id="{cid}"/></w:r>'
    )


def inline_picture(rid: str, pic_id: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="Picture {pic_id}" descr="{escape(descr)}"/>'
        "<wp:cNvGraphicFramePr>"
        f'<a:graphicFrameLocks {A_NS} noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f"<a:graphic {A_NS}>"
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic {PIC_NS}><pic:nvPicPr><pic:cNvPr id="0" name="{escape(name)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def anchored_picture(rid: str, pic_id: int, name: str, cx: int, cy: int) -> str:
    """A floating picture, wrapped top and bottom, as ONLYOFFICE writes one."""
    return (
        "<w:r><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset>'
        "</wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{pic_id}" name="{escape(name)}" descr=""/>'
        "<wp:cNvGraphicFramePr/>"
        f"<a:graphic {A_NS}>"
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic {PIC_NS}><pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{escape(name)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch/></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def text_box(box_id: int, paragraphs: str, offset_y: int, cx: int, cy: int) -> str:
    """A floating text box (wps) with the VML fallback Word and ONLYOFFICE both write."""
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset_y}</wp:posOffset>'
        "</wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/>'
        "<wp:cNvGraphicFramePr/>"
        f"<a:graphic {A_NS}>"
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        "</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    width_pt = cx // 12700
    height_pt = cy // 12700
    fallback = (
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {box_id}" o:spid="_x0000_s10{box_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{offset_y // 12700}pt;'
        f"width:{width_pt}pt;height:{height_pt}pt;z-index:251661312;"
        'mso-wrap-style:square" fillcolor="#f2f2f2" stroked="f">'
        f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
    )
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def document_xml(body: str, sect: str) -> str:
    return f"{XML_HEAD}<w:document {ROOT_NS}><w:body>{body}{sect}</w:body></w:document>"


def rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{DOC_REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{items}</Relationships>'


def content_types(overrides: list[tuple[str, str]]) -> str:
    base = "application/vnd.openxmlformats-officedocument"
    items = "".join(
        f'<Override PartName="{part}" ContentType="{base}.{kind}"/>' for part, kind in overrides
    )
    return (
        f"{XML_HEAD}<Types "
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}"
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{base}.extended-properties+xml"/>'
        "</Types>"
    )


PACKAGE_RELS = (
    f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{DOC_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def core_xml(title: str, creator: str, modified_by: str, created: str, modified: str) -> str:
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        "<cp:revision>4</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application: str, version: str, words: int, company: str) -> str:
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>41</TotalTime><Pages>2</Pages>"
        f"<Words>{words}</Words><Application>{application}</Application>"
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        f"<AppVersion>{version}</AppVersion></Properties>"
    )


def styles_xml(font: str, extra: str = "") -> str:
    def pstyle(sid: str, name: str, ppr: str, rpr: str, based: str = "Normal") -> str:
        base = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{base}'
            f'<w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>'
            "</w:style>"
        )

    return (
        f"{XML_HEAD}<w:styles {ROOT_NS}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
        'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style>'
        + pstyle(
            "Title",
            "Title",
            '<w:spacing w:after="120"/>',
            '<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>',
        )
        + pstyle(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="240"/>',
            '<w:i/><w:color w:val="404040"/><w:sz w:val="26"/>',
        )
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
        )
        + pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="26"/>',
        )
        + pstyle(
            "Caption",
            "caption",
            '<w:spacing w:after="200"/>',
            '<w:i/><w:color w:val="44546A"/><w:sz w:val="18"/>',
        )
        + pstyle(
            "ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>', ""
        )
        + pstyle(
            "Header",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/>'
            '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>',
            "",
        )
        + pstyle(
            "Footer",
            "footer",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/>'
            '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>',
            '<w:sz w:val="16"/>',
        )
        + pstyle(
            "CommentText",
            "annotation text",
            '<w:spacing w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="20"/>',
        )
        + '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        + extra
        + "</w:styles>"
    )


FONT_TABLE = (
    f"{XML_HEAD}<w:fonts {ROOT_NS}>"
    '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/>'
    '<w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)


def settings_xml(track: bool, rsids: list[str]) -> str:
    track_el = "<w:trackRevisions/>" if track else ""
    rsid_els = "".join(f'<w:rsid w:val="{r}"/>' for r in rsids)
    return (
        f"{XML_HEAD}<w:settings {ROOT_NS}>"
        f'<w:zoom w:percent="110"/>{track_el}<w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        f'<w:rsids><w:rsidRoot w:val="{rsids[0]}"/>{rsid_els}</w:rsids>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/>'
        '<w:listSeparator w:val=","/></w:settings>'
    )


def comments_xml(items: list[tuple[int, str, str, str, str]]) -> str:
    body = ""
    for cid, author, initials, date, text in items:
        body += (
            f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" '
            f'w:initials="{initials}">'
            + para(
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/>'
                "</w:r>" + run(text),
                styled("CommentText"),
            )
            + "</w:comment>"
        )
    return f"{XML_HEAD}<w:comments {ROOT_NS}>{body}</w:comments>"


def write_package(path: Path, parts: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, data)


def section(header: str = "", footer: str = "", title_pg: bool = False) -> str:
    refs = ""
    if header:
        refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
    if footer:
        refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
    tp = "<w:titlePg/>" if title_pg else ""
    return (
        f"<w:sectPr>{refs}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        f'w:footer="708" w:gutter="0"/><w:cols w:space="708"/>{tp}'
        '<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


# --------------------------------------------------------------------------- document 1
# A utility company's press release written in ONLYOFFICE Desktop Editors: letterhead table
# with the logo in the page header, labels, Title and Subtitle, a time changed with tracked
# changes by the communications manager, a bulleted list of districts, a floating photo with
# its caption and credit in a text box under it, the chief executive's comment, -ENDS-,
# notes to editors and a media contact.

RELEASE_NAME = (
    "docx-onlyoffice-utility-press-release-letterhead-header-logo-tracked-time-change-"
    "floating-photo-caption-text-box-ceo-comment-ends-notes-to-editors-south-mahe-water-cut"
)
VL = "Vanessa Loizeau"
VL_DATE = "2026-03-09T07:52:00Z"


def release_document() -> str:
    b = ""
    label = '<w:b/><w:color w:val="007A80"/><w:spacing w:val="20"/><w:sz w:val="20"/>'
    b += para(run("PRESS RELEASE", label), styled("IUCLabel"))
    b += para(run("FOR IMMEDIATE RELEASE", '<w:b/><w:sz w:val="18"/>'), styled("IUCLabel"))
    b += para(run("Ref: IUC/COMMS/2026/031", '<w:sz w:val="18"/>'), styled("IUCLabel"))
    b += para(
        run("Water supply to be interrupted in five southern Mahé districts on 17 and 18 March"),
        styled("Title"),
    )
    b += para(
        run(
            "Supply cut for up to 30 hours while the new Les Canelles–Anse Royale main is "
            "connected; water tankers to serve schools and the health centre"
        ),
        styled("Subtitle"),
    )
    b += para(
        run(
            "VICTORIA, 9 March 2026 – The Island Utilities Company (IUC) wishes to inform its "
            "customers that the water supply to parts of southern Mahé will be interrupted from "
        )
        + deleted("7am", 11, VL, VL_DATE)
        + ins(run("8am"), 12, VL, VL_DATE)
        + run(
            " on Tuesday 17 March until 2pm on Wednesday 18 March, while the new 400-millimetre "
            "main between Les Canelles and Anse Royale is connected to the network."
        ),
        styled("Normal", '<w:jc w:val="both"/>'),
    )
    b += para(run("The following districts will be affected:"))
    bullets = [
        "Anse Royale, including Mont Plaisir and the Anse Royale health centre;",
        "Takamaka;",
        "Baie Lazare, from Anse Gaulettes to Anse Soleil;",
        "Au Cap (upper areas only);",
        "Anse Aux Pins (upper areas only).",
    ]
    for item in bullets:
        b += para(
            run(item),
            styled("ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
        )
    b += para(
        run(
            "The new main, worth SR 38.5 million, replaces a pipe laid in the 1980s that has "
            "burst 14 times since January 2024. It will carry water from the Rochon treatment "
            "works to the south of the island at higher pressure."
        ),
        styled("Normal", '<w:jc w:val="both"/>'),
    )
    caption_box = para(
        run(
            "Workers lay the final section of the new Les Canelles–Anse Royale main last week. ",
            '<w:i/><w:sz w:val="18"/>',
        )
        + run("Photo: IUC Communications Unit", '<w:b/><w:sz w:val="16"/>'),
        styled("Caption", '<w:spacing w:after="0"/>'),
    )
    b += para(
        anchored_picture("rId20", 2, "Picture 2", 5486400, 3429000)
        + text_box(3, caption_box, 3530600, 5486400, 420000),
        styled("Normal", '<w:spacing w:after="0"/>'),
    )
    b += para(
        '<w:commentRangeStart w:id="0"/>'
        + run(
            "“We know that 30 hours without water is a real hardship, and we apologise to our "
            "customers,” said IUC’s chief executive, Mr Dereck Hoareau. “Once this connection is "
            "made, the south of Mahé will have a far more reliable supply in the dry season.”"
        )
        + '<w:commentRangeEnd w:id="0"/>'
        + comment_ref(0),
        styled("Normal", '<w:jc w:val="both"/>'),
    )
    b += para(
        run(
            "Water tankers will be stationed at the Anse Royale, Takamaka and Baie Lazare "
            "district administration offices, and will serve schools, the Anse Royale health "
            "centre and homes for the elderly during the interruption. Customers are advised to "
            "store enough water for drinking and cooking before 8am on 17 March."
        ),
        styled("Normal", '<w:jc w:val="both"/>'),
    )
    b += para(
        run(
            "Customers can follow the progress of the works on IUC’s Facebook page or call the "
            "IUC customer line on +248 400 0000, which will be open 24 hours during the works."
        ),
        styled("Normal", '<w:jc w:val="both"/>'),
    )
    b += para(run("-ENDS-", "<w:b/>"), styled("Normal", '<w:jc w:val="center"/>'))
    b += para(run("Notes to editors"), styled("Heading2"))
    notes = [
        "The Island Utilities Company supplies water to about 96 per cent of households on "
        "Mahé, Praslin and La Digue.",
        "A map of the affected areas is available from the Communications Unit on request.",
    ]
    for note in notes:
        b += para(
            run(note, '<w:sz w:val="18"/>'),
            styled("ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'),
        )
    b += para(
        run("Media contact: ", '<w:b/><w:sz w:val="18"/>')
        + run(
            "Mrs Vanessa Loizeau, Communications Manager, IUC | +248 400 0000 | media@iuc.example",
            '<w:sz w:val="18"/>',
        )
    )
    return document_xml(b, section("rId30", "rId31"))


def release_header() -> str:
    cell = '<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
    logo = para(
        inline_picture("rId1", 1, "iuc-logo.png", "IUC logo", 640080, 640080), styled("Header")
    )
    lines = (
        para(
            run("ISLAND UTILITIES COMPANY", '<w:b/><w:color w:val="007A80"/><w:sz w:val="24"/>'),
            styled("Header"),
        )
        + para(run("Water · Electricity · Sewerage", '<w:i/><w:sz w:val="16"/>'), styled("Header"))
        + para(
            run(
                "PO Box 000, Victoria, Mahé, Seychelles | Tel +248 400 0000 | www.iuc.example",
                '<w:sz w:val="16"/>',
            ),
            styled("Header"),
        )
    )
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders>'
        '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="007A80"/></w:tblBorders>'
        '<w:tblLook w:val="04A0"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="1400"/><w:gridCol w:w="7626"/></w:tblGrid>'
        f"<w:tr><w:tc>{cell.format(w=1400)}{logo}</w:tc>"
        f"<w:tc>{cell.format(w=7626)}{lines}</w:tc></w:tr></w:tbl>"
    )
    return f"{XML_HEAD}<w:hdr {ROOT_NS}>{table}{para('', styled('Header'))}</w:hdr>"


def release_footer() -> str:
    body = (
        run("IUC – Keeping our islands running", "<w:i/>")
        + "<w:r><w:tab/></w:r>"
        + run("Page ")
        + '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        + run(" of ")
        + '<w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>2</w:t></w:r>'
        "</w:fldSimple>"
    )
    return f"{XML_HEAD}<w:ftr {ROOT_NS}>{para(body, styled('Footer'))}</w:ftr>"


def numbering_xml() -> str:
    bullet = (
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
        "</w:lvl></w:abstractNum>"
    )
    decimal = (
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    return f"{XML_HEAD}<w:numbering {ROOT_NS}>{bullet}{decimal}{nums}</w:numbering>"


def build_release() -> list[tuple[str, bytes]]:
    label_style = (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="IUCLabel">'
        '<w:name w:val="IUC Label"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:caps/></w:rPr></w:style>'
    )
    doc_rels = rels_xml(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId3", "fontTable", "fontTable.xml"),
            ("rId4", "numbering", "numbering.xml"),
            ("rId5", "comments", "comments.xml"),
            ("rId20", "image", "media/image2.png"),
            ("rId30", "header", "header1.xml"),
            ("rId31", "footer", "footer1.xml"),
        ]
    )
    header_rels = rels_xml([("rId1", "image", "media/image1.png")])
    comments = comments_xml(
        [
            (
                0,
                "Dereck Hoareau",
                "DH",
                "2026-03-09T08:40:00Z",
                "Fine by me. Send to all media before 10am please, and put it on Facebook.",
            )
        ]
    )
    main = "wordprocessingml"
    overrides = [
        ("/word/document.xml", f"{main}.document.main+xml"),
        ("/word/styles.xml", f"{main}.styles+xml"),
        ("/word/settings.xml", f"{main}.settings+xml"),
        ("/word/fontTable.xml", f"{main}.fontTable+xml"),
        ("/word/numbering.xml", f"{main}.numbering+xml"),
        ("/word/comments.xml", f"{main}.comments+xml"),
        ("/word/header1.xml", f"{main}.header+xml"),
        ("/word/footer1.xml", f"{main}.footer+xml"),
    ]
    return [
        ("[Content_Types].xml", content_types(overrides).encode()),
        ("_rels/.rels", PACKAGE_RELS.encode()),
        (
            "docProps/core.xml",
            core_xml(
                "Press release – water interruption south Mahé",
                VL,
                VL,
                "2026-03-06T11:20:00Z",
                "2026-03-09T08:41:00Z",
            ).encode(),
        ),
        (
            "docProps/app.xml",
            app_xml("ONLYOFFICE/8.2.2.22", "8.2000", 486, "Island Utilities Company").encode(),
        ),
        ("word/document.xml", release_document().encode()),
        ("word/styles.xml", styles_xml("Arial", label_style).encode()),
        ("word/settings.xml", settings_xml(False, ["00000000"]).encode()),
        ("word/fontTable.xml", FONT_TABLE.encode()),
        ("word/numbering.xml", numbering_xml().encode()),
        ("word/comments.xml", comments.encode()),
        ("word/header1.xml", release_header().encode()),
        ("word/footer1.xml", release_footer().encode()),
        ("word/_rels/document.xml.rels", doc_rels.encode()),
        ("word/_rels/header1.xml.rels", header_rels.encode()),
        ("word/media/image1.png", png(48, 48, logo_pixel)),
        ("word/media/image2.png", png(64, 40, trench_pixel)),
    ]


# --------------------------------------------------------------------------- document 2
# A Praslin correspondent's Word file after the sub-editor's pass with Track Changes on:
# a highlighted note to the desk and a slug, the headline rewritten (old one deleted, new one
# inserted), a dek inserted as a new paragraph, a deleted paragraph, an English translation
# inserted after a Kreol quote, a comment on the quote, a picture with alt text, a caption,
# a "Pix:" credit line, a contributor line and the correspondent's end mark.

EROSION_NAME = (
    "docx-praslin-correspondent-highlighted-desk-note-tracked-headline-rewrite-inserted-dek-"
    "deleted-paragraph-inserted-translation-comment-pix-credit-line-cote-d-or-erosion"
)
SUB = "Gilbert Labrosse"
SUB_DATE = "2026-03-13T14:26:00Z"
RSID_JF = ' w:rsidR="004B2A71" w:rsidRDefault="004B2A71"'
RSID_GL = ' w:rsidR="00C91F3E" w:rsidRDefault="004B2A71"'


def erosion_document() -> str:
    b = ""
    hl = '<w:highlight w:val="yellow"/>'
    b += para(
        run("FOR SATURDAY PAPER + WEB. 1 pic attached, more on WhatsApp if you need. – JF", hl),
        attrs=RSID_JF,
    )
    b += para(run("SLUG: PRASLIN-EROSION / 640 words", '<w:sz w:val="18"/>'), attrs=RSID_JF)
    b += para(
        deleted("Côte d’Or beach is disappearing, say residents", 21, SUB, SUB_DATE)
        + ins(
            run("Praslin asks for rock wall as Côte d’Or loses eight metres of beach"),
            22,
            SUB,
            SUB_DATE,
        ),
        styled("Heading1"),
        RSID_GL,
    )
    b += para(
        ins(
            run(
                "District wants SR 14 million revetment before the south-east monsoon; "
                "environmental groups would rather replant the dune",
                "<w:i/>",
            ),
            23,
            SUB,
            SUB_DATE,
        ),
        f'<w:rPr><w:ins w:id="24" w:author="{SUB}" w:date="{SUB_DATE}"/></w:rPr>',
        RSID_GL,
    )
    b += para(run("By Joelle Fanchette, Praslin correspondent", "<w:b/>"), attrs=RSID_JF)
    b += para(
        run(
            "ANSE VOLBERT, Praslin – The Baie Ste Anne district administration has asked the "
            "government for SR 14 million to build a rock revetment along Côte d’Or beach, where "
            "residents say the sea has taken eight metres of sand in three years."
        ),
        attrs=RSID_JF,
    )
    b += para(
        run(
            "The request, sent to the ministry responsible for the environment last week, "
            "follows a survey by the district’s technical officer which found that the "
            "high-water line had moved inland along 600 metres of the bay, between the "
            "fishermen’s slipway and the Côte d’Or stream."
        ),
        attrs=RSID_JF,
    )
    b += para(
        run("Three guesthouses and a row of ")
        + '<w:proofErr w:type="spellStart"/>'
        + run("takamaka")
        + '<w:proofErr w:type="spellEnd"/>'
        + run(" trees planted in the 1960s are now ")
        + deleted("less than", 25, SUB, SUB_DATE)
        + ins(run("within"), 26, SUB, SUB_DATE)
        + run(" ten metres of the water. One of the trees fell during a storm on 19 February."),
        attrs=RSID_JF,
    )
    gone = f'<w:rPr><w:del w:id="27" w:author="{SUB}" w:date="{SUB_DATE}"/></w:rPr>'
    b += para(
        deleted(
            "Everybody here knows the hotel at the end of the beach made it worse when it "
            "built its jetty without a permit, and nobody was punished.",
            28,
            SUB,
            SUB_DATE,
        ),
        gone,
        RSID_JF,
    )
    b += para(
        '<w:commentRangeStart w:id="0"/>'
        + run("“")
        + '<w:proofErr w:type="spellStart"/>'
        + run("Lanmer pe manz nou lakour", '<w:lang w:val="fr-FR"/>')
        + '<w:proofErr w:type="spellEnd"/>'
        + run(",” said Mrs Josianne Labiche, 67, who has lived behind the beach all her life.")
        + '<w:commentRangeEnd w:id="0"/>'
        + comment_ref(0)
        + ins(run(" “The sea is eating our yard.”"), 29, SUB, SUB_DATE),
        attrs=RSID_JF,
    )
    b += para(
        run(
            "The district administrator, Mr Alix Belle, said a revetment was the only "
            "protection that could be built before the south-east monsoon begins in May. "
            "“Replanting is good for the long term, but we do not have ten years,” he said."
        ),
        attrs=RSID_JF,
    )
    b += para(
        run(
            "Environmental groups on Praslin disagree. The Praslin Dune Care Group, which has "
            "planted more than 2,000 beach creepers and shrubs along the bay since 2022, said "
            "rock walls often pushed erosion further along the coast. It wants the dune at the "
            "back of the beach replanted and fenced instead."
        ),
        attrs=RSID_JF,
    )
    b += para(
        run(
            "A spokesperson for the ministry said the request would be considered with other "
            "coastal protection projects in the 2027 budget."
        ),
        attrs=RSID_JF,
    )
    b += para(
        inline_picture(
            "rId20",
            1,
            "IMG-20260219-WA0031.jpg",
            "Fallen takamaka tree lying across Côte d'Or beach",
            5029200,
            3771900,
        ),
        styled("Normal", '<w:jc w:val="center"/>'),
        RSID_JF,
    )
    b += para(
        run("A takamaka tree that fell onto Côte d’Or beach during the storm of 19 February."),
        styled("Caption"),
        RSID_JF,
    )
    b += para(run("Pix: Joelle Fanchette", '<w:sz w:val="18"/>'), attrs=RSID_JF)
    b += para(run("Additional reporting by Sandra Esther in Victoria.", "<w:i/>"), attrs=RSID_JF)
    b += para(run("ENDS JF", "<w:b/>"), attrs=RSID_JF)
    return document_xml(b, section("rId30"))


def erosion_header() -> str:
    body = (
        run("The Island Courier – Praslin bureau")
        + "<w:r><w:tab/><w:tab/></w:r>"
        + run("Copy for sub-desk")
    )
    return f"{XML_HEAD}<w:hdr {ROOT_NS}>{para(body, styled('Header'))}</w:hdr>"


def build_erosion() -> list[tuple[str, bytes]]:
    doc_rels = rels_xml(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId3", "fontTable", "fontTable.xml"),
            ("rId5", "comments", "comments.xml"),
            ("rId20", "image", "media/image1.png"),
            ("rId30", "header", "header1.xml"),
        ]
    )
    comments = comments_xml(
        [
            (
                0,
                SUB,
                "GL",
                "2026-03-13T14:31:00Z",
                "Joelle – is this exactly what she said in Kreol? I have added the English. "
                "Please check with her before we run it.",
            )
        ]
    )
    main = "wordprocessingml"
    overrides = [
        ("/word/document.xml", f"{main}.document.main+xml"),
        ("/word/styles.xml", f"{main}.styles+xml"),
        ("/word/settings.xml", f"{main}.settings+xml"),
        ("/word/fontTable.xml", f"{main}.fontTable+xml"),
        ("/word/comments.xml", f"{main}.comments+xml"),
        ("/word/header1.xml", f"{main}.header+xml"),
    ]
    return [
        ("[Content_Types].xml", content_types(overrides).encode()),
        ("_rels/.rels", PACKAGE_RELS.encode()),
        (
            "docProps/core.xml",
            core_xml(
                "PRASLIN-EROSION",
                "Joelle Fanchette",
                SUB,
                "2026-03-12T17:05:00Z",
                "2026-03-13T14:33:00Z",
            ).encode(),
        ),
        (
            "docProps/app.xml",
            app_xml("Microsoft Office Word", "16.0000", 640, "").encode(),
        ),
        ("word/document.xml", erosion_document().encode()),
        ("word/styles.xml", styles_xml("Calibri").encode()),
        ("word/settings.xml", settings_xml(True, ["004B2A71", "00C91F3E"]).encode()),
        ("word/fontTable.xml", FONT_TABLE.encode()),
        ("word/comments.xml", comments.encode()),
        ("word/header1.xml", erosion_header().encode()),
        ("word/_rels/document.xml.rels", doc_rels.encode()),
        ("word/media/image1.png", png(64, 48, beach_pixel)),
    ]


BUILDERS: dict[str, Callable[[], list[tuple[str, bytes]]]] = {
    RELEASE_NAME: build_release,
    EROSION_NAME: build_erosion,
}


def main(argv: list[str]) -> int:
    names = argv or list(BUILDERS)
    for name in names:
        key = name.removesuffix(".docx")
        if key not in BUILDERS:
            print(f"unknown document: {name}", file=sys.stderr)
            return 1
        out = HERE / f"{key}.docx"
        write_package(out, BUILDERS[key]())
        print(f"wrote {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

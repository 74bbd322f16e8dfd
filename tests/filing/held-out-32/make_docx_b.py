"""Write the two Word files of set h32 (part b) with the standard library only.

The WordprocessingML is written by hand, the way the two applications imitated here
(Zoho Writer for a ministry's press release, Polaris Office on an Android phone for a
correspondent's file) save it. Zip timestamps, revision and comment dates are fixed, so a
rerun writes the same bytes.

    python tests/filing/held-out-32/make_docx_b.py
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2025, 7, 24, 10, 0, 0)

W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 wp14"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


# --- pictures ---------------------------------------------------------------------------


def png(width: int, height: int, rgb: tuple[int, int, int], stripe: tuple[int, int, int]) -> bytes:
    """A small PNG: a flat colour with a darker band across the lower third."""
    rows = []
    for y in range(height):
        colour = stripe if y > height * 2 // 3 else rgb
        rows.append(b"\x00" + bytes(colour) * width)
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


# --- runs and paragraphs ----------------------------------------------------------------


def t(text: str) -> str:
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    highlight: str | None = None,
    font: str | None = None,
) -> str:
    props = []
    if font:
        props.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font))
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if highlight:
        props.append('<w:highlight w:val="%s"/>' % highlight)
    if size:
        props.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
    rpr = "<w:rPr>%s</w:rPr>" % "".join(props) if props else ""
    return "<w:r>%s%s</w:r>" % (rpr, t(text))


def ins(text: str, rid: int, author: str, date: str) -> str:
    return '<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s</w:r></w:ins>' % (
        rid,
        escape(author),
        date,
        t(text),
    )


def dele(text: str, rid: int, author: str, date: str) -> str:
    return (
        '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>'
        '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
    ) % (rid, escape(author), date, escape(text))


def para(
    content: str,
    *,
    style: str | None = None,
    jc: str | None = None,
    numbered: int | None = None,
    spacing_after: int | None = None,
) -> str:
    props = []
    if style:
        props.append('<w:pStyle w:val="%s"/>' % style)
    if numbered is not None:
        props.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numbered)
    if spacing_after is not None:
        props.append('<w:spacing w:after="%d"/>' % spacing_after)
    if jc:
        props.append('<w:jc w:val="%s"/>' % jc)
    ppr = "<w:pPr>%s</w:pPr>" % "".join(props) if props else ""
    return "<w:p>%s%s</w:p>" % (ppr, content)


def comment_start(cid: int) -> str:
    return '<w:commentRangeStart w:id="%d"/>' % cid


def comment_end(cid: int) -> str:
    return (
        '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        '</w:rPr><w:commentReference w:id="%d"/></w:r>'
    ) % (cid, cid)


def inline_picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        "<w:r><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="%s" descr="%s"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="%s" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    ) % (
        cx,
        cy,
        pid,
        escape(name, {'"': "&quot;"}),
        escape(descr, {'"': "&quot;"}),
        pid,
        escape(name, {'"': "&quot;"}),
        escape(descr, {'"': "&quot;"}),
        rid,
        cx,
        cy,
    )


def anchored_text_box(pid: int, name: str, paragraphs: list[str], cx: int, cy: int) -> str:
    """A floating text box, DrawingML first and the VML fallback after it, as Word writes it."""
    inner = "".join(paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill></a:ln></wps:spPr>'
        "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="%s" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:220pt;height:96pt;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
        'fillcolor="#fff2cc" strokecolor="#bf9000">'
        "<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (cx, cy, pid, escape(name), cx, cy, inner, escape(name), inner)


def field_page() -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r>%s</w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    ) % t("1")


def table(rows: list[list[str]], widths: list[int], shade_first_col: bool = False) -> str:
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        "<w:tblGrid>%s</w:tblGrid>" % (sum(widths), grid)
    ]
    for row in rows:
        out.append("<w:tr>")
        for i, cell in enumerate(row):
            shade = (
                '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                if shade_first_col and i == 0
                else ""
            )
            out.append(
                '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                % (widths[i], shade, para(run(cell, bold=shade_first_col and i == 0)))
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# --- package parts ----------------------------------------------------------------------

STYLES_TEMPLATE = DECL + (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" '
    'w:cs="{font}" w:eastAsia="{font}"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
    "</w:pPr></w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference">'
    '<w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    "</w:style></w:styles>"
)

NUMBERING = DECL + (
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def settings(track: bool) -> str:
    return DECL + (
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '%s<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    ) % ("<w:trackRevisions/>" if track else "")


def header_footer(kind: str, paragraphs: list[str]) -> str:
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return DECL + "<%s %s>%s</%s>" % (tag, W_NS, "".join(paragraphs), tag)


def comments_part(comments: list[tuple[int, str, str, str, str]]) -> str:
    body = []
    for cid, author, initials, date, text in comments:
        body.append(
            '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            "%s</w:p></w:comment>" % (cid, escape(author), date, escape(initials), run(text))
        )
    return DECL + "<w:comments %s>%s</w:comments>" % (W_NS, "".join(body))


def core(title: str, creator: str, modified_by: str, created: str, modified: str) -> str:
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>%s</dc:title><dc:creator>%s</dc:creator>"
        "<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        "</cp:coreProperties>"
    ) % (escape(title), escape(creator), escape(modified_by), created, modified)


def app(application: str, version: str) -> str:
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><Template>Normal</Template><TotalTime>0</TotalTime>'
        "<Application>%s</Application><AppVersion>%s</AppVersion><DocSecurity>0</DocSecurity>"
        "</Properties>"
    ) % (escape(application), version)


def build(
    path: Path,
    *,
    body: str,
    header: str | None,
    footer: str | None,
    comments: list[tuple[int, str, str, str, str]],
    media: dict[str, bytes],
    track: bool,
    core_xml: str,
    app_xml: str,
    font: str,
) -> None:
    rels = [
        '<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>' % REL_NS,
        '<Relationship Id="rId2" Type="%s/settings" Target="settings.xml"/>' % REL_NS,
        '<Relationship Id="rId3" Type="%s/numbering" Target="numbering.xml"/>' % REL_NS,
    ]
    overrides = [
        ("/word/document.xml", "wordprocessingml.document.main"),
        ("/word/styles.xml", "wordprocessingml.styles"),
        ("/word/settings.xml", "wordprocessingml.settings"),
        ("/word/numbering.xml", "wordprocessingml.numbering"),
    ]
    sect_refs = ""
    if header:
        rels.append('<Relationship Id="rId4" Type="%s/header" Target="header1.xml"/>' % REL_NS)
        overrides.append(("/word/header1.xml", "wordprocessingml.header"))
        sect_refs += '<w:headerReference w:type="default" r:id="rId4"/>'
    if footer:
        rels.append('<Relationship Id="rId5" Type="%s/footer" Target="footer1.xml"/>' % REL_NS)
        overrides.append(("/word/footer1.xml", "wordprocessingml.footer"))
        sect_refs += '<w:footerReference w:type="default" r:id="rId5"/>'
    if comments:
        rels.append('<Relationship Id="rId6" Type="%s/comments" Target="comments.xml"/>' % REL_NS)
        overrides.append(("/word/comments.xml", "wordprocessingml.comments"))
    for i, name in enumerate(media, start=10):
        rels.append(
            '<Relationship Id="rId%d" Type="%s/image" Target="media/%s"/>' % (i, REL_NS, name)
        )
    document = DECL + (
        "<w:document %s><w:body>%s"
        '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    ) % (W_NS, body, sect_refs)
    ct = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        "%s"
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>'
    ) % "".join(
        '<Override PartName="%s" ContentType="application/vnd.openxmlformats-officedocument.'
        '%s+xml"/>' % (part, kind)
        for part, kind in overrides
    )
    pkg_rels = DECL + (
        '<Relationships xmlns="%s">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    ) % (PKG_REL_NS, REL_NS, REL_NS)
    doc_rels = DECL + '<Relationships xmlns="%s">%s</Relationships>' % (
        PKG_REL_NS,
        "".join(rels),
    )
    parts: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", ct.encode()),
        ("_rels/.rels", pkg_rels.encode()),
        ("docProps/core.xml", core_xml.encode()),
        ("docProps/app.xml", app_xml.encode()),
        ("word/document.xml", document.encode()),
        ("word/_rels/document.xml.rels", doc_rels.encode()),
        ("word/styles.xml", STYLES_TEMPLATE.replace("{font}", font).encode()),
        ("word/settings.xml", settings(track).encode()),
        ("word/numbering.xml", NUMBERING.encode()),
    ]
    if header:
        parts.append(("word/header1.xml", header.encode()))
    if footer:
        parts.append(("word/footer1.xml", footer.encode()))
    if comments:
        parts.append(("word/comments.xml", comments_part(comments).encode()))
    for name, data in media.items():
        parts.append(("word/media/" + name, data))
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)


# --- document 1: ministry press release written in Zoho Writer --------------------------

NUTMEG = (
    "docx-zoho-writer-ministry-press-release-letterhead-header-release-details-table-"
    "tracked-figure-change-ps-comment-caption-style-credit-bulleted-distribution-points-"
    "nutmeg-seedlings"
)


def nutmeg() -> None:
    ps = "Permanent Secretary MOA"
    when = "2025-07-24T09:12:00Z"
    header = header_footer(
        "header",
        [
            para(run("GOVERNMENT OF GRENADA", bold=True, size=20), style="Header", jc="center"),
            para(
                run("MINISTRY OF AGRICULTURE AND LANDS", bold=True, size=24),
                style="Header",
                jc="center",
            ),
            para(
                run("Ministerial Complex, Botanical Gardens, Tanteen, St George\u2019s", size=16),
                style="Header",
                jc="center",
            ),
        ],
    )
    footer = header_footer(
        "footer",
        [
            para(
                run(
                    "Issued by the Communications Unit, Ministry of Agriculture and Lands  |  Page "
                )
                + field_page(),
                style="Footer",
                jc="center",
            )
        ],
    )
    details = table(
        [
            ["PRESS RELEASE", "No. MOA/CU/2025/047"],
            ["Date", "24 July 2025"],
            ["For release", "Immediate"],
            ["Contact", "Ren\u00e9e Charles, Communications Officer, (473) 440-0000 ext. 3110"],
        ],
        [2600, 6426],
        shade_first_col=True,
    )
    body = [
        details,
        para(""),
        para(
            dele("36,000", 1, ps, when)
            + ins("40,000", 2, ps, when)
            + run(" nutmeg seedlings for farmers in three parishes"),
            style="Title",
        ),
        para(
            run(
                "Replanting programme runs to March 2026, with the first distribution at "
                "Mirabeau on 4 August"
            ),
            style="Subtitle",
        ),
        para(
            run(
                "ST GEORGE\u2019S, Grenada, 24 July 2025 \u2013 The Ministry of Agriculture and "
                "Lands will distribute "
            )
            + dele("36,000", 3, ps, when)
            + ins("40,000", 4, ps, when)
            + run(
                " nutmeg seedlings free of charge to farmers in St Andrew, St Patrick and St "
                "John between August and March, the largest replanting effort since the "
                "industry began its recovery after the storms of the last two decades."
            )
        ),
        para(
            comment_start(0)
            + run(
                "The programme will cost EC$2.3 million, of which EC$1.5 million comes from the "
                "Government\u2019s capital budget and EC$800,000 from the Grenada Cooperative "
                "Nutmeg Association (GCNA)."
            )
            + comment_end(0)
        ),
        para(
            run(
                "The seedlings, grafted at the Mirabeau and Boulogne propagation stations, are "
                "female plants, so farmers will no longer have to wait six or seven years to find "
                "out whether a tree will bear. Each registered farmer may collect up to 150 "
                "seedlings."
            )
        ),
        para(
            inline_picture(
                "rId10",
                11,
                "seedlings.png",
                "Rows of potted nutmeg seedlings under shade netting",
                4572000,
                3048000,
            ),
            jc="center",
        ),
        para(
            run(
                "Grafted nutmeg seedlings ready for distribution at the Mirabeau Propagation "
                "Station, St Andrew. (Photo: MOA Communications Unit)"
            ),
            style="Caption",
        ),
        para(
            run(
                "\u201cNutmeg built this country and nutmeg can carry it again, but only if we "
                "put young trees in the ground now,\u201d said Chief Agricultural Officer Dr "
                "Kenrick Noel. \u201cA tree planted this year will be bearing by 2030. A tree we "
                "do not plant will never bear.\u201d"
            )
        ),
        para(run("Seedlings will be distributed on the following dates, from 9 a.m. to 2 p.m.:")),
        para(
            run("St Andrew \u2013 Mirabeau Propagation Station, 4 to 8 August"),
            style="ListParagraph",
            numbered=1,
            spacing_after=0,
        ),
        para(
            run("St Patrick \u2013 Sauteurs Agricultural Office, 11 to 15 August"),
            style="ListParagraph",
            numbered=1,
            spacing_after=0,
        ),
        para(
            run("St John \u2013 Boulogne Propagation Station, 18 to 22 August"),
            style="ListParagraph",
            numbered=1,
        ),
        para(
            run(
                "Farmers must bring their farmer registration card and proof of land ownership "
                "or a letter from the landowner. Extension officers will visit each farm within "
                "three months to check on the young trees and advise on shade and spacing."
            )
        ),
        para(
            run(
                "Farmers in other parishes will be included in a second phase from January, the "
                "Ministry said."
            )
        ),
        para(run("-END-"), jc="center"),
    ]
    comments = [
        (
            0,
            ps,
            "PS",
            when,
            "Ren\u00e9e \u2013 confirm the GCNA share with Budget before this goes out. Figure "
            "changed to 40,000 per Cabinet conclusion.",
        )
    ]
    build(
        HERE / (NUTMEG + ".docx"),
        body="".join(body),
        header=header,
        footer=footer,
        comments=comments,
        media={"image1.png": png(96, 64, (86, 120, 60), (70, 50, 35))},
        track=True,
        core_xml=core(
            "Press release nutmeg seedlings",
            "Ren\u00e9e Charles",
            ps,
            "2025-07-23T14:05:00Z",
            "2025-07-24T09:15:00Z",
        ),
        app_xml=app("Zoho Writer", "1.0"),
        font="Roboto",
    )


# --- document 2: correspondent's file written in Polaris Office on a phone ---------------

VENDORS = (
    "docx-polaris-office-android-correspondent-file-slug-header-desk-note-text-box-"
    "bold-headline-italic-dek-picture-separate-pic-credit-line-comment-page-field-footer-"
    "grenville-vendors"
)


def vendors() -> None:
    when = "2025-07-23T18:40:00Z"
    header = header_footer(
        "header",
        [para(run("GRENVILLE VENDORS / Antoine / 23-07-25 / 620 words", size=16), style="Header")],
    )
    footer = header_footer(
        "footer",
        [
            para(
                run("Carenage Herald \u2013 Grenville bureau \u2013 Page ") + field_page(),
                style="Footer",
                jc="right",
            )
        ],
    )
    note = anchored_text_box(
        5,
        "Text Box 1",
        [
            para(run("NOTE FOR DESK", bold=True, font="Arial")),
            para(
                run(
                    "The vendors\u2019 association president asked me not to name her with the "
                    "first quote so I kept it to \u2018one vendor\u2019. Two pix. Ministry "
                    "figures are from the PS by phone. \u2013 Nadia",
                    font="Arial",
                )
            ),
        ],
        2794000,
        1219200,
    )
    body = [
        para(note + run("Grenville vendors refuse move to temporary market", bold=True, size=32)),
        para(
            run(
                "Ministry says the old market must close for an EC$4.8 million rebuild; vendors "
                "say the new site at the bus terminal is too far from their customers",
                italic=True,
                size=24,
            )
        ),
        para(run("By Nadia Antoine")),
        para(
            run(
                "GRENVILLE, St Andrew \u2013 More than 60 vendors at the Grenville market say "
                "they will not move to a temporary site at the bus terminal when the old market "
                "closes for rebuilding next month, setting up a stand-off with the Ministry of "
                "Infrastructure two weeks before work is due to start."
            )
        ),
        para(
            run(
                "The Ministry plans to close the market on 11 August and demolish the old "
                "building, parts of which date from the 1930s, to make way for a two-storey "
                "market with a fish section, cold storage and public toilets. The rebuild is "
                "expected to cost EC$4.8 million and take 14 months."
            )
        ),
        para(
            comment_start(0)
            + run(
                "\u201cWho go walk all the way down dey to buy two pound of dasheen and a bunch "
                "of fig?\u201d one vendor said on Wednesday, pointing towards the terminal on "
                "the far side of the bay. \u201cWe eh against no new market. We against starving "
                "while they build it.\u201d"
            )
            + comment_end(0)
        ),
        para(
            inline_picture(
                "rId10",
                7,
                "IMG_20250723_101544.png",
                "",
                4114800,
                2743200,
            ),
            jc="center",
        ),
        para(
            run(
                "Vendor Theresa Ogiste arranges callaloo and christophene at her stall in the "
                "Grenville market on Wednesday."
            ),
            style="Caption",
        ),
        para(run("Pic: Nadia Antoine"), style="Caption"),
        para(
            run(
                "The vendors want the Ministry to use the empty lot beside the Grenville "
                "Anglican School instead, which they say is closer to the bus stops and the "
                "banks where most of their customers go."
            )
        ),
        para(
            run(
                "Permanent Secretary in the Ministry of Infrastructure, Glenroy Pascal, said the "
                "lot had been looked at and rejected because it floods in heavy rain. He said "
                "the terminal site would have 70 covered stalls, water and lights, and that "
                "vendors would pay no stall rent while the work went on."
            )
        ),
        para(
            run(
                "\u201cNobody wants to put vendors out of business. We are building a market "
                "that will last 60 years, and we need them to bear with us for 14 months,\u201d "
                "Mr Pascal said."
            )
        ),
        para(
            inline_picture(
                "rId11",
                8,
                "market-drawing.png",
                "",
                4114800,
                2743200,
            ),
            jc="center",
        ),
        para(
            run(
                "An artist\u2019s impression of the new Grenville market. Pic: courtesy "
                "Physical Planning Unit"
            ),
            style="Caption",
        ),
        para(
            run(
                "Grenville Vendors\u2019 Association president Lydia Mark-Francis said members "
                "would meet the Minister on Monday. \u201cIf they listen, we will move,\u201d "
                "she said. \u201cIf they do not listen, we are staying right here.\u201d"
            )
        ),
        para(run("ENDS")),
    ]
    comments = [
        (
            0,
            "Nadia Antoine",
            "NA",
            when,
            "Recorded this on my phone, audio available if legal needs it.",
        )
    ]
    build(
        HERE / (VENDORS + ".docx"),
        body="".join(body),
        header=header,
        footer=footer,
        comments=comments,
        media={
            "image1.png": png(90, 60, (196, 150, 70), (60, 110, 50)),
            "image2.png": png(90, 60, (200, 205, 210), (120, 90, 80)),
        },
        track=False,
        core_xml=core(
            "Grenville vendors",
            "Nadia Antoine",
            "Nadia Antoine",
            "2025-07-23T16:02:00Z",
            "2025-07-23T18:44:00Z",
        ),
        app_xml=app("Polaris Office", "9.0"),
        font="Calibri",
    )


def main() -> None:
    nutmeg()
    vendors()


if __name__ == "__main__":
    main()

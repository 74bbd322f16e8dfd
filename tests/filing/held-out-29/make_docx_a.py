"""Write the two Word files of this set with the standard library only.

Every part is hand-written WordprocessingML; the photographs are small PNGs drawn with zlib and
struct. Zip entry times and document properties are fixed, so a rerun writes the same bytes.
Run: python make_docx_a.py (from any directory); the files are written next to this script.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 14, 10, 0, 0)
EMU_PER_PX = 9525

NS = (
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
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---------------------------------------------------------------- pictures


def png(width, height, colour):
    """A small PNG: a sky band, a horizon and a ground band tinted by ``colour``."""
    r0, g0, b0 = colour
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < height * 0.45:
                px = (150 + y, 190 + y // 2, 235)
            elif y < height * 0.55:
                px = (r0, g0, b0)
            else:
                shade = (x * 7 + y * 3) % 40
                px = (min(255, r0 // 2 + shade), min(255, g0 // 2 + shade), b0 // 3)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def logo_png(width, height, colour):
    """A flat logo block with a lighter square in the middle."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            inside = width // 3 < x < 2 * width // 3 and height // 4 < y < 3 * height // 4
            row += bytes((255, 255, 255) if inside else colour)
        rows.append(bytes(row))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- runs and paragraphs


def run(
    text,
    *,
    b=False,
    i=False,
    u=False,
    sz=None,
    color=None,
    caps=False,
    vert=None,
    font=None,
    highlight=None,
    space=True,
):
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if b:
        props.append("<w:b/><w:bCs/>")
    if i:
        props.append("<w:i/><w:iCs/>")
    if caps:
        props.append("<w:caps/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if sz:
        props.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    if u:
        props.append('<w:u w:val="single"/>')
    if vert:
        props.append(f'<w:vertAlign w:val="{vert}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    preserve = ' xml:space="preserve"' if space else ""
    return f"<w:r>{rpr}<w:t{preserve}>{escape(text)}</w:t></w:r>"


def tab():
    return "<w:r><w:tab/></w:r>"


def soft_break(**kw):
    b = "<w:b/>" if kw.get("b") else ""
    u = '<w:u w:val="single"/>' if kw.get("u") else ""
    return f"<w:r><w:rPr>{b}{u}</w:rPr><w:br/></w:r>"


def para(*runs, style=None, align=None, shade=None, ind=None, after=None, line=None, keep=False):
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        props.append("<w:keepNext/>")
    if shade:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if after is not None or line is not None:
        attrs = ""
        if after is not None:
            attrs += f' w:after="{after}"'
        if line is not None:
            attrs += f' w:line="{line}" w:lineRule="auto"'
        props.append(f"<w:spacing{attrs}/>")
    if ind:
        props.append(f"<w:ind {ind}/>")
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def empty(style=None):
    return para(style=style)


def inline_picture(rid, pic_id, name, cx_px, cy_px, descr=None):
    cx, cy = cx_px * EMU_PER_PX, cy_px * EMU_PER_PX
    d = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="{escape(name)}"{d}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{escape(name)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def text_box(shape_id, name, paragraphs_xml, cx_px, cy_px):
    """A floating text box anchored to the right margin, with Word's VML fallback."""
    cx, cy = cx_px * EMU_PER_PX, cy_px * EMU_PER_PX
    inner = "".join(paragraphs_xml)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
        "<a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="E6F2F1"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="00807A"/></a:solidFill></a:ln>'
        "</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s10{shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{cx_px * 0.75:.0f}pt;'
        f"height:{cy_px * 0.75:.0f}pt;z-index:251659264;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" fillcolor="#e6f2f1" strokecolor="#00807a" '
        'strokeweight="1.5pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def table(rows, widths, *, borders=True, shade_first_col=None):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    border = (
        "<w:tblBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
        if borders
        else ""
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" '
        f'w:type="dxa"/>{border}<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    for cells in rows:
        out.append("<w:tr>")
        for n, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            shd = ""
            if shade_first_col and n == 0:
                shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade_first_col}"/>'
            content = cell if isinstance(cell, str) and cell.startswith("<w:p") else para(run(cell))
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{content}</w:tc>'
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def page_field():
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


# ---------------------------------------------------------------- package parts

STYLES = (
    XML_DECL + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    '<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="00605B"/>'
    '<w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:i/><w:color w:val="5A5A5A"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="00807A"/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:ind w:left="864" w:right="864"/><w:jc w:val="center"/></w:pPr>'
    '<w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
    '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
    '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr>'
    '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr></w:style>'
    "</w:styles>"
)

SETTINGS = (
    XML_DECL + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-GB"/></w:settings>'
)


def content_types(headers, footers):
    overrides = [
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        (
            "/word/styles.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        ),
        (
            "/word/settings.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        ),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    for h in headers:
        overrides.append(
            (
                f"/word/{h}",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            )
        )
    for f in footers:
        overrides.append(
            (
                f"/word/{f}",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            )
        )
    body = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{body}</Types>"
    )


ROOT_RELS = (
    XML_DECL + f'<Relationships xmlns="{REL_NS}">'
    f'<Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def rels(entries):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{OFFICE_REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in entries
    )
    return XML_DECL + f'<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def core(title, author, modified_by):
    return (
        XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-12T09:14:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-13T16:02:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(application, company):
    return (
        XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>2</Pages>"
        f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
        f"<Company>{escape(company)}</Company><AppVersion>16.0000</AppVersion></Properties>"
    )


def part_xml(tag, paragraphs):
    return XML_DECL + f"<w:{tag} {NS}>{''.join(paragraphs)}</w:{tag}>"


def document_xml(body, sect):
    return XML_DECL + f"<w:document {NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"


def sect_pr(header_rid, footer_rid):
    return (
        "<w:sectPr>"
        f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
        f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
    )


def write_docx(
    name,
    *,
    body,
    header,
    footer,
    images,
    header_images,
    font,
    size,
    title,
    author,
    modified_by,
    application,
    company,
):
    """Pack one Word file. ``images`` and ``header_images`` are (rid, file name, bytes)."""
    doc_rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "header", "header1.xml"),
        ("rId4", "footer", "footer1.xml"),
    ] + [(rid, "image", f"media/{fname}") for rid, fname, _ in images]
    header_rels = [(rid, "image", f"media/{fname}") for rid, fname, _ in header_images]
    parts = [
        ("[Content_Types].xml", content_types(["header1.xml"], ["footer1.xml"])),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core(title, author, modified_by)),
        ("docProps/app.xml", app(application, company)),
        ("word/document.xml", document_xml(body, sect_pr("rId3", "rId4"))),
        ("word/_rels/document.xml.rels", rels(doc_rels)),
        ("word/styles.xml", STYLES.replace("{font}", font).replace("{size}", str(size))),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", part_xml("hdr", header)),
        ("word/footer1.xml", part_xml("ftr", footer)),
    ]
    if header_rels:
        parts.append(("word/_rels/header1.xml.rels", rels(header_rels)))
    path = HERE / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, text in parts:
            info = zipfile.ZipInfo(arcname, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
        for _, fname, data in [*images, *header_images]:
            info = zipfile.ZipInfo(f"word/media/{fname}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


# ---------------------------------------------------------------- document 1: success story

SUCCESS_NAME = (
    "docx-ngo-donor-success-story-template-logo-header-table-shaded-banner-grey-guidance-"
    "left-in-project-info-table-title-subtitle-written-by-photos-by-lines-caption-style-pull-"
    "quote-text-box-disclaimer-footer-kambia-waiting-home.docx"
)

GUIDE = {"i": True, "color": "7F7F7F", "sz": 18}


def success_story():
    body = [
        para(run("SUCCESS STORY", b=True, color="FFFFFF", sz=28), shade="00807A", align="left"),
        para(
            run(
                "[Template guidance: Success stories should be 400–700 words and tell the story "
                "of one person or community. Use a strong photo with signed consent on file. "
                "Delete all guidance text before submission.]",
                **GUIDE,
            )
        ),
        table(
            [
                [para(run("Project", b=True)), "Safe Motherhood in Kambia (SMK)"],
                [para(run("Location", b=True)), "Kychom, Samu Chiefdom, Kambia District"],
                [para(run("Implementing partner", b=True)), "Hands for Health Sierra Leone"],
                [para(run("Reporting period", b=True)), "October 2025 – March 2026"],
                [para(run("Consent forms on file", b=True)), "Yes (3)"],
            ],
            [2800, 6226],
            shade_first_col="D9EDEB",
        ),
        empty(),
        para(
            run("A house by the clinic: how a waiting home is keeping mothers alive in Kychom"),
            style="Title",
        ),
        para(
            run(
                "Women from the islands and swamps of Samu Chiefdom now wait out the last weeks "
                "of pregnancy beside a health centre, and no mother has died in childbirth there "
                "since it opened"
            ),
            style="Subtitle",
        ),
        para(
            run("Written by: ", b=True),
            run("Hawa Bangura, Communications Officer, Hands for Health Sierra Leone"),
            after=0,
        ),
        para(run("Photos by: ", b=True), run("Abdul Rahman Kamara")),
        para(
            run(
                "[Insert lead photo here – landscape, minimum 1500 px wide. Caption must give "
                "the person’s name, age, location and what they are doing.]",
                **GUIDE,
            )
        ),
        para(
            inline_picture(
                "rId10",
                10,
                "Picture 3",
                480,
                300,
                "A pregnant woman sits on a bench outside a white-painted waiting home",
            ),
            align="center",
            keep=True,
            after=60,
        ),
        para(
            run(
                "Adama Kamara, 24, rests outside the maternity waiting home at Kychom Community "
                "Health Centre, two weeks before giving birth. Photo: Abdul Rahman Kamara/Hands "
                "for Health"
            ),
            style="Caption",
        ),
        para(
            text_box(
                20,
                "Text Box 20",
                [
                    para(
                        run(
                            "“My first child died on the water. This one was born in a bed.”",
                            b=True,
                            color="00605B",
                            sz=26,
                        ),
                        align="center",
                    ),
                    para(
                        run("— Adama Kamara, Yelibuya Island", i=True, sz=18),
                        align="right",
                    ),
                ],
                220,
                150,
            ),
            run(
                "When Adama Kamara went into labour with her first child in 2023, her husband "
                "paddled her for three hours through the mangrove creeks from Yelibuya Island to "
                "the health centre at Kychom. The baby did not survive the journey."
            ),
        ),
        para(
            run(
                "This year, Adama did not wait for the pains to start. Two weeks before her due "
                "date she moved into the new maternity waiting home built beside the Kychom "
                "Community Health Centre, where she gave birth to a healthy girl, Fatmata, on "
                "9 February."
            )
        ),
        para(
            run(
                "“I slept here, I ate here, and when the time came the nurse was only ten steps "
                "away,” Adama said. “My first child died on the water. This one was born in a "
                "bed.”"
            ),
            style="Quote",
        ),
        para(run("Nine beds, one kitchen"), style="Heading2"),
        para(
            run(
                "The waiting home, which opened in October 2025, has nine beds, a shared "
                "kitchen, a solar-powered light in every room and a latrine. Community health "
                "workers encourage women from the island and swamp villages of Samu Chiefdom to "
                "move in from 36 weeks of pregnancy."
            )
        ),
        para(
            run(
                "Since it opened, 212 women have stayed at the home and given birth at the "
                "health centre. No mother has died in childbirth at Kychom in that time, "
                "compared with four maternal deaths in the 12 months before it opened, "
                "according to the health centre’s records."
            )
        ),
        para(
            run(
                "Sister Mabinty Turay, the midwife in charge at Kychom, said the home had "
                "changed her team’s work. “Before, the women came to us when it was already too "
                "late, bleeding in the boat,” she said. “Now we see them every day before "
                "delivery. We can catch the danger signs early.”"
            )
        ),
        para(
            inline_picture("rId11", 11, "Picture 5", 480, 300),
            align="center",
            keep=True,
            after=60,
        ),
        para(
            run(
                "Midwife Sister Mabinty Turay examines a mother at Kychom Community Health "
                "Centre. Photo: Hands for Health Sierra Leone"
            ),
            style="Caption",
        ),
        para(run("Families bring the food"), style="Heading2"),
        para(
            run(
                "The community built the home, providing sand, timber and labour, with "
                "materials and training paid for by the Brightwater Foundation through Hands for "
                "Health Sierra Leone. Families bring rice and firewood, and a women’s group in "
                "Kychom takes turns to cook."
            )
        ),
        para(
            run(
                "The Paramount Chief of Samu Chiefdom has passed a by-law asking traditional "
                "birth attendants to bring women to the health centre rather than deliver them "
                "at home."
            )
        ),
        para(
            run(
                "Hands for Health plans to build two more waiting homes in Kambia District "
                "this year, at Rokupr and Mambolo."
            )
        ),
        para(
            run(
                "[Optional: add a short closing quote from a district official or community "
                "leader.]",
                **GUIDE,
            )
        ),
        empty(),
        para(
            run("For more information contact: ", b=True, sz=18),
            run(
                "Hawa Bangura, +232 (0) 30 000 000, hawa.bangura@handsforhealth.example",
                sz=18,
            ),
            shade="F2F2F2",
        ),
    ]
    logos = table(
        [
            [
                para(
                    inline_picture("rId20", 30, "Picture 1", 150, 50, "Brightwater Foundation logo")
                ),
                para(
                    inline_picture(
                        "rId21", 31, "Picture 2", 150, 50, "Hands for Health Sierra Leone logo"
                    ),
                    align="right",
                ),
            ]
        ],
        [4513, 4513],
        borders=False,
    )
    header = [
        logos,
        para(
            run("Brightwater Foundation | Hands for Health Sierra Leone", sz=16, color="7F7F7F"),
            style="Header",
        ),
    ]
    footer = [
        para(
            run(
                "This success story was made possible by the generous support of the "
                "Brightwater Foundation. The contents are the responsibility of Hands for Health "
                "Sierra Leone and do not necessarily reflect the views of the Brightwater "
                "Foundation.",
                i=True,
            ),
            style="Footer",
        ),
        para(
            run("Success story template v2.1 | Page "), page_field(), style="Footer", align="right"
        ),
    ]
    images = [
        ("rId10", "image1.png", png(48, 30, (240, 240, 235))),
        ("rId11", "image2.png", png(48, 30, (200, 120, 90))),
    ]
    header_images = [
        ("rId20", "image3.png", logo_png(30, 10, (0, 96, 160))),
        ("rId21", "image4.png", logo_png(30, 10, (0, 128, 122))),
    ]
    return write_docx(
        SUCCESS_NAME,
        body=body,
        header=header,
        footer=footer,
        images=images,
        header_images=header_images,
        font="Calibri",
        size=22,
        title="Success Story – SMK waiting home",
        author="Hawa Bangura",
        modified_by="Hawa Bangura",
        application="Microsoft Office Word",
        company="Hands for Health Sierra Leone",
    )


# ---------------------------------------------------------------- document 2: business centre

TYPED_NAME = (
    "docx-business-centre-typed-correspondent-file-memo-block-space-centred-underlined-caps-"
    "headline-soft-break-superscript-ordinal-dateline-tab-indented-paragraphs-empty-"
    "paragraph-spacing-picture-labels-typist-stamp-footer-koidu-street-traders.docx"
)

TNR = {"font": "Times New Roman", "sz": 28}


def typed(*runs, **kw):
    return para(*runs, align="both", line=360, **kw)


def body_para(text, *extra):
    """A paragraph the way the typist keyed it: a tab, then the text, justified."""
    return typed(tab(), run(text, **TNR), *extra)


def business_centre():
    memo = {"b": True, **TNR}
    body = [
        para(
            run("TO:", **memo),
            tab(),
            run("THE EDITOR, COTTON TREE HERALD, FREETOWN", **memo),
            after=0,
        ),
        para(
            run("FROM:", **memo), tab(), run("SAHR J. FILLIE, KONO CORRESPONDENT", **memo), after=0
        ),
        para(
            run("DATE:", **memo),
            tab(),
            run("12", **memo),
            run("TH", vert="superscript", **memo),
            run(" MARCH, 2026", **memo),
            after=0,
        ),
        para(run("SUBJECT:", **memo), tab(), run("NEWS STORY FOR PUBLICATION", **memo)),
        empty(),
        para(
            run("              ", **TNR),
            tab(),
            run("KOIDU CITY COUNCIL MOVES STREET TRADERS", b=True, u=True, **TNR),
            soft_break(b=True, u=True),
            run("                            ", **TNR),
            tab(),
            run("OFF MAIN MOTOR ROAD", b=True, u=True, **TNR),
        ),
        empty(),
        para(
            run("               ", **TNR),
            run(
                "Traders say the new market at Tankoro is too far from their customers",
                b=True,
                i=True,
                **TNR,
            ),
        ),
        empty(),
        para(run("By Sahr J. Fillie, Kono", b=True, **TNR)),
        empty(),
        typed(
            tab(),
            run("KOIDU CITY, 12", b=True, **TNR),
            run("th", b=True, vert="superscript", **TNR),
            run(" March, 2026 –", b=True, **TNR),
            run(
                " The Koidu New Sembehun City Council has started moving hundreds of street "
                "traders off the Main Motor Road in Koidu to a new market at Tankoro, three "
                "kilometres away, in a move the council says will ease traffic and reduce "
                "accidents in the busy diamond town.",
                **TNR,
            ),
        ),
        empty(),
        body_para(
            "Council task force officers, backed by police, on Tuesday and Wednesday removed "
            "tables, umbrellas and zinc shelters from the road between the Small Market junction "
            "and the Gbense road.  Traders were given until Friday to collect goods seized by the "
            "task force."
        ),
        empty(),
        para(run("PICTURE 1", b=True, u=True, **TNR), align="center"),
        para(inline_picture("rId10", 10, "Picture 1", 420, 280), align="center"),
        para(
            run(
                "Council task force officers remove a trader’s table on Main Motor Road, Koidu.  "
                "(Photo: Sahr J. Fillie)",
                i=True,
                **TNR,
            ),
            align="center",
        ),
        empty(),
        body_para(
            "The Mayor, His Worship Mr. Komba Tengbeh, told this medium that traders had been "
            "warned since December.  “The road is not a market.  Last year we buried eleven "
            "people knocked down by okadas and lorries on this stretch,” he said."
        ),
        empty(),
        body_para(
            "He said the new Tankoro market had 600 stalls, water, toilets and security lights, "
            "and that traders would pay NLe 5 a day in market dues, the same as they paid on the "
            "road."
        ),
        empty(),
        body_para(
            "But many traders said the new market was too far from their customers.  Mamie Finda "
            "Sam, who sells palm oil and pepper, said she had sold nothing since moving on "
            "Wednesday.  “Nobody go waka tri mayl fɔ bay pepe,” she said in Krio.  (“Nobody will "
            "walk three miles to buy pepper.”)"
        ),
        empty(),
        body_para(
            "The chairman of the Kono Petty Traders Association, Mr. Aiah Komba, said the "
            "association was not against the relocation but wanted the council to run free "
            "transport from the town centre to Tankoro for the first three months."
        ),
        empty(),
        para(run("PICTURE 2", b=True, u=True, **TNR), align="center"),
        para(inline_picture("rId11", 11, "Picture 2", 420, 280), align="center"),
        para(
            run(
                "Traders set up stalls at the new Tankoro market on Wednesday.  "
                "(Photo: Courtesy KNSCC Media)",
                i=True,
                **TNR,
            ),
            align="center",
        ),
        empty(),
        body_para(
            "The council’s Chief Administrator, Mr. Sahr Mbayo, said talks with the traders’ "
            "association and the okada riders’ union would continue next week."
        ),
        empty(),
        para(run("-ENDS-", b=True, **TNR), align="center"),
        empty(),
        para(
            run(
                "N.B. Editor, please call me on 078 000 000 if any query.  My phone credit has "
                "finished so flash me and I will call back.",
                i=True,
                font="Times New Roman",
                sz=24,
            )
        ),
        empty(),
        para(run("Typist: M.K.", font="Times New Roman", sz=20)),
    ]
    header = [
        para(
            run("COTTON TREE HERALD – KONO", font="Times New Roman", sz=18),
            tab(),
            tab(),
            run("Page ", font="Times New Roman", sz=18),
            page_field(),
            style="Header",
        ),
    ]
    footer = [
        para(
            run(
                "Typed & Printed by GBENSE BUSINESS CENTRE, 22 Main Motor Road, Koidu City. "
                "Typing • Printing • Photocopy • Lamination • Internet • Passport Photos. "
                "Tel: 076 000 000",
                font="Arial Narrow",
            ),
            style="Footer",
            align="center",
        ),
    ]
    images = [
        ("rId10", "image1.png", png(42, 28, (120, 90, 60))),
        ("rId11", "image2.png", png(42, 28, (90, 110, 70))),
    ]
    return write_docx(
        TYPED_NAME,
        body=body,
        header=header,
        footer=footer,
        images=images,
        header_images=[],
        font="Times New Roman",
        size=24,
        title="KOIDU CITY COUNCIL",
        author="GBENSE BC",
        modified_by="GBENSE BC",
        application="Microsoft Office Word",
        company="",
    )


def main():
    for path in (success_story(), business_centre()):
        print(path.name)


if __name__ == "__main__":
    main()

"""Write the two Word files of held-out set 32, part a, with the standard library only.

The files are hand-written WordprocessingML in a zip: a Tynwald reporter's story saved by Word
for Mac after the news editor's pass (tracked changes, a comment, a routing table, a note to subs
in a floating text box, inline pictures with Caption-style captions, a slug header and a page
footer), and a parish commissioners' press release saved by SoftMaker TextMaker (a letterhead
table in the page header, a tracked date change, the chairman's comment, a floating picture with
its caption and credit in a text box, Manx Gaelic runs tagged gv-GB, a contact table, a footer).

Zip timestamps, document dates and comment dates are fixed, so a rerun writes the same bytes.
Run: python tests/filing/held-out-32/make_docx_a.py
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 10, 17, 42, 0)

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
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 w15 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# ---------------------------------------------------------------- small pictures


def png(width, height, top, bottom):
    """A small vertical-gradient PNG, made with zlib and struct."""
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\x00" + pixel * width)
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return (
            struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- WordprocessingML helpers


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text, rpr=""):
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def p(content, ppr="", rsid="00A41C2E"):
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'


def ins(content, rid, author, date):
    return f'<w:ins w:id="{rid}" w:author="{author}" w:date="{date}">{content}</w:ins>'


def dele(text, rid, author, date, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{rid}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rp}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def comment_ref(cid):
    return (
        f'<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


def inline_picture(rid, pid, name, descr, cx, cy):
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}" descr="{escape(descr, {chr(34): "&quot;"})}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def anchored_picture(rid, pid, name, descr, cx, cy, x, y):
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}" descr="{escape(descr, {chr(34): "&quot;"})}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def text_box(pid, name, paragraphs, cx, cy, x, y, fill="FFF2CC"):
    """A floating text box: DrawingML (wps) with the VML fallback Word writes beside it."""
    inner = "".join(paragraphs)
    w_pt = round(cx / 12700, 1)
    h_pt = round(cy / 12700, 1)
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{pid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s10{pid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{round(x / 12700, 1)}pt;margin-top:{round(y / 12700, 1)}pt;'
        f'width:{w_pt}pt;height:{h_pt}pt;z-index:251661312;mso-wrap-style:square" fillcolor="#{fill.lower()}">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def table(rows, widths, style="TableGrid", shade_first=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    for row in rows:
        out.append("<w:tr>")
        for i, cell in enumerate(row):
            shade = (
                '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
                if shade_first and i == 0
                else ""
            )
            content = (
                cell
                if cell.startswith("<w:p")
                else p(r(cell, "<w:b/>" if shade_first and i == 0 else ""))
            )
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{shade}</w:tcPr>{content}</w:tc>'
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def field(instr, result, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rp}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rp}{t(result)}</w:r>"
        f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def document(body, sect):
    return f"{XML_HEAD}<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"


def part(root, inner):
    return f"{XML_HEAD}<w:{root} {NS}>{inner}</w:{root}>"


def styles_xml(lang, font, extra=""):
    def st(kind, sid, name, ppr="", rpr="", based="Normal", extra_tags=""):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (
            f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra_tags}'
            f"{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}</w:style>"
        )

    return part(
        "styles",
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="Times New Roman"/>'
        f'<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + st(
            "paragraph",
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
            extra_tags='<w:next w:val="Normal"/><w:qFormat/>',
        )
        + st(
            "paragraph",
            "Title",
            "Title",
            '<w:spacing w:after="120"/>',
            '<w:b/><w:sz w:val="44"/><w:szCs w:val="44"/>',
            extra_tags='<w:next w:val="Normal"/><w:qFormat/>',
        )
        + st(
            "paragraph",
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="160"/>',
            '<w:i/><w:color w:val="5A5A5A"/><w:sz w:val="28"/>',
            extra_tags='<w:next w:val="Normal"/><w:qFormat/>',
        )
        + st(
            "paragraph",
            "Caption",
            "caption",
            '<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>',
            '<w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
            extra_tags='<w:next w:val="Normal"/><w:qFormat/>',
        )
        + st(
            "paragraph",
            "Header",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        )
        + st(
            "paragraph",
            "Footer",
            "footer",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        )
        + st(
            "paragraph",
            "CommentText",
            "annotation text",
            "",
            '<w:sz w:val="20"/><w:szCs w:val="20"/>',
        )
        + st(
            "character",
            "CommentReference",
            "annotation reference",
            "",
            '<w:sz w:val="16"/><w:szCs w:val="16"/>',
            based="DefaultParagraphFont",
        )
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
        '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>" + extra,
    )


def settings_xml(track, rsids, compat="15"):
    rs = "".join(f'<w:rsid w:val="{x}"/>' for x in rsids[1:])
    return part(
        "settings",
        '<w:zoom w:percent="120"/>'
        + ("<w:trackRevisions/>" if track else "")
        + '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="{compat}"/>'
        "</w:compat>"
        f'<w:rsids><w:rsidRoot w:val="{rsids[0]}"/><w:rsid w:val="{rsids[0]}"/>{rs}</w:rsids>'
        '<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>',
    )


def comments_xml(comments):
    out = []
    for cid, author, initials, date, text in comments:
        out.append(
            f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{r(text)}</w:p></w:comment>"
        )
    return part("comments", "".join(out))


def content_types():
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


ROOT_RELS = (
    XML_HEAD
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def doc_rels(images):
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "comments", "comments.xml"),
        ("rId4", "header", "header1.xml"),
        ("rId5", "footer", "footer1.xml"),
    ]
    rels += [(rid, "image", f"media/{name}") for rid, name in images]
    body = "".join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return (
        XML_HEAD
        + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
    )


def core_xml(title, creator, modified_by, created, modified, revision):
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>{revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application, version, template, words, company):
    return (
        XML_HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{template}</Template><TotalTime>47</TotalTime><Pages>2</Pages><Words>{words}</Words>"
        f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion>"
        "</Properties>"
    )


def write_docx(path, parts):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def sect_pr(title_pg=False):
    return (
        '<w:sectPr w:rsidR="00A41C2E"><w:headerReference w:type="default" r:id="rId4"/>'
        '<w:footerReference w:type="default" r:id="rId5"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
        + ("<w:titlePg/>" if title_pg else "")
        + '<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


# ---------------------------------------------------------------- document 1: Word for Mac, Keys story

MAC_NAME = (
    "docx-word-for-mac-tynwald-reporter-copy-routing-table-news-editor-tracked-pass-inserted-paragraph-"
    "comment-note-to-subs-text-box-caption-style-picture-lines-slug-header-keys-mountain-road-limit"
)


def build_mac():
    ne, rep = "Juan Kelly", "Ealish Quayle"
    d1, d2 = "2026-03-10T16:58:00Z", "2026-03-10T17:21:00Z"
    body = []
    body.append(
        table(
            [
                ["SLUG", "KEYS-MOUNTAIN-ROAD"],
                ["REPORTER", "Ealish Quayle"],
                ["LENGTH", "640 words"],
                ["PIX", "2 (captions under each)"],
                ["FOR", "Web tonight / Wednesday paper p5"],
            ],
            [2200, 6826],
            shade_first=True,
        )
    )
    body.append(p("", rsid="00A41C2E"))
    body.append(
        p(
            r("MHKs throw out speed limit plan for the Mountain Road"),
            '<w:pStyle w:val="Heading1"/>',
        )
    )
    body.append(
        p(
            r(
                "Members vote 14-9 against a 60mph cap after two hours of debate, leaving the unrestricted stretches unchanged for this year\u2019s TT"
            ),
            '<w:pStyle w:val="Subtitle"/>',
        )
    )
    body.append(p(r("By Ealish Quayle, Political Reporter", "<w:b/>")))
    body.append(
        p(
            inline_picture(
                "rId10",
                1,
                "IMG_7731.png",
                "Motorcyclists riding past a grassy bank on a moorland road with a mountain behind",
                5486400,
                3086100,
            ),
            '<w:jc w:val="center"/>',
        )
    )
    body.append(
        p(
            r(
                "Riders on the Mountain Road near the Bungalow during last year\u2019s TT. Picture: Orry Gelling/Manx Beacon"
            ),
            '<w:pStyle w:val="Caption"/>',
        )
    )
    # note to subs in a floating text box, anchored in the lede paragraph
    box = text_box(
        3,
        "Text Box 3",
        [
            p(r("NOTE TO SUBS", '<w:b/><w:color w:val="C00000"/>')),
            p(
                r(
                    "Vote figures checked against the Hansard proof at 5.15pm. Speaker did not vote. Pls keep the Christian quote in full, she has asked twice. EQ"
                )
            ),
        ],
        1828800,
        1371600,
        4114800,
        0,
    )
    body.append(
        p(
            box
            + r(
                "A plan to put a 60mph speed limit on the Mountain Road was thrown out by the House of Keys on Tuesday, "
            )
            + dele("after a long debate", 101, ne, d1)
            + ins(r("after more than two hours of debate in which members"), 102, ne, d1)
            + r(" split along lines that had little to do with party or constituency.")
        )
    )
    body.append(
        p(
            r(
                "Members voted 14-9 against the amendment to the Road Traffic Regulation Bill, which would have ended the road\u2019s unrestricted status outside the TT and Festival of Motorcycling for the first time. The Speaker did not vote."
            )
        )
    )
    body.append(
        p(
            '<w:commentRangeStart w:id="0"/>'
            + r(
                "Rachel Christian MHK (Garff), who proposed the limit, told the House that 11 people had died on the road outside race periods in the past ten years. \u201cThese are not racers. They are visitors and islanders on ordinary days, and the road as it stands is asking them to prove something,\u201d she said. \u201cEvery other road on this Island has a limit. I have not heard one good reason why this one should not.\u201d"
            )
            + comment_ref(0)
        )
    )
    body.append(
        p(
            r(
                "The Minister for Infrastructure, Daniel Cregeen MHK, said the Department had reduced accidents on the road by a third since 2019 with average-speed cameras on the approach to Ramsey Hairpin, new barriers and one-way running on race days, and that a blanket limit was not needed. \u201cWe have made it safer without taking away something that makes this Island different,\u201d he said."
            )
        )
    )
    # a whole paragraph inserted by the news editor
    body.append(
        f'<w:p w:rsidR="00C70B19" w:rsidRDefault="00C70B19"><w:pPr><w:rPr><w:ins w:id="103" w:author="{ne}" w:date="{d2}"/></w:rPr></w:pPr>'
        + ins(
            r(
                "The road between Ramsey and Douglas carries about 4,000 vehicles a day in summer, according to the Department\u2019s own counts."
            ),
            104,
            ne,
            d2,
        )
        + "</w:p>"
    )
    body.append(
        p(
            r(
                "Several members said they had changed their minds during the debate. Tom Moore MHK (Ramsey) said he had come in ready to back the limit but had been persuaded that enforcement on an open moorland road would be \u201cimpossible without a policeman behind every sheep\u201d."
            )
            + dele(
                " He said he would vote for it next time if the figures did not improve.",
                105,
                ne,
                d1,
            )
        )
    )
    body.append(
        p(
            inline_picture(
                "rId11",
                2,
                "IMG_7744.png",
                "A woman in a dark coat standing outside a grey stone building",
                2743200,
                3657600,
            ),
            '<w:jc w:val="center"/>',
        )
    )
    body.append(
        p(
            r(
                "Rachel Christian MHK, who proposed the limit, outside the Legislative Buildings after the vote. Picture: Manx Beacon"
            ),
            '<w:pStyle w:val="Caption"/>',
        )
    )
    body.append(
        p(
            r(
                "The vote does not end the argument. The Department is due to publish a review of Mountain Road safety in the autumn, and Mrs Christian said she would bring the amendment back if the review showed no fall in serious crashes."
            )
        )
    )
    body.append(
        p(
            r(
                "Motorcycle groups welcomed the result. Kirsty Watterson, of the Manx Riders\u2019 Association, said: \u201cThe Mountain is the one place in the British Isles where you can ride a public road like this, and people come from all over the world for it. We would rather see more training and better barriers than a sign with a number on it.\u201d"
            )
        )
    )
    body.append(p(r("Additional reporting by Tom Sayle.", "<w:i/>")))
    body.append(p(r("ENDS", "<w:b/>"), '<w:jc w:val="center"/>'))

    header = part(
        "hdr",
        p(
            r(
                "THE MANX BEACON \u2013 NEWSDESK COPY \u2013 KEYS-MOUNTAIN-ROAD \u2013 v2 (NE edit)",
                '<w:sz w:val="16"/>',
            ),
            '<w:pStyle w:val="Header"/>',
        ),
    )
    footer = part(
        "ftr",
        p(
            r("Filed 10/03/2026 17:42 by EQ", '<w:sz w:val="16"/>')
            + r("\t", '<w:sz w:val="16"/>')
            + r("Page ", '<w:sz w:val="16"/>')
            + field("PAGE", "1", '<w:sz w:val="16"/>')
            + r(" of ", '<w:sz w:val="16"/>')
            + field("NUMPAGES", "2", '<w:sz w:val="16"/>'),
            '<w:pStyle w:val="Footer"/>',
        ),
    )
    comments = comments_xml(
        [
            (
                0,
                ne,
                "JK",
                "2026-03-10T17:05:00Z",
                "Is the 11 deaths figure hers or the police\u2019s? If it\u2019s hers we need to say so. JK",
            ),
        ]
    )
    images = [("rId10", "image1.png"), ("rId11", "image2.png")]
    write_docx(
        HERE / f"{MAC_NAME}.docx",
        [
            ("[Content_Types].xml", content_types()),
            ("_rels/.rels", ROOT_RELS),
            (
                "docProps/app.xml",
                app_xml(
                    "Microsoft Macintosh Word", "16.0000", "Normal.dotm", "702", "The Manx Beacon"
                ),
            ),
            (
                "docProps/core.xml",
                core_xml(
                    "KEYS-MOUNTAIN-ROAD",
                    rep,
                    ne,
                    "2026-03-10T15:31:00Z",
                    "2026-03-10T17:42:00Z",
                    "6",
                ),
            ),
            ("word/_rels/document.xml.rels", doc_rels(images)),
            ("word/document.xml", document("".join(body), sect_pr())),
            ("word/styles.xml", styles_xml("en-GB", "Calibri")),
            ("word/settings.xml", settings_xml(True, ["00A41C2E", "00C70B19", "00E12D44"])),
            ("word/comments.xml", comments),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("word/media/image1.png", png(64, 36, (96, 110, 84), (172, 160, 120))),
            ("word/media/image2.png", png(36, 48, (120, 124, 130), (60, 64, 70))),
        ],
    )


# ---------------------------------------------------------------- document 2: TextMaker press release

TM_NAME = (
    "docx-softmaker-textmaker-parish-commissioners-press-release-letterhead-header-table-tracked-date-change-"
    "chairman-comment-floating-photo-caption-text-box-manx-gaelic-language-runs-contact-table-silverburn-path"
)


def build_textmaker():
    clerk, chair = "Joan Caine", "Phil Bridson"
    d1 = "2026-03-09T11:20:00Z"
    gv = '<w:lang w:val="gv-GB"/>'
    body = []
    body.append(p(r("PRESS RELEASE", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/>')))
    body.append(p(r("Date of issue: 9 March 2026", '<w:sz w:val="20"/>')))
    body.append(
        p(
            r("Silverburn riverside path to be rebuilt after flood damage"),
            '<w:pStyle w:val="Title"/>',
        )
    )
    body.append(
        p(
            r(
                "Walkers to use a signed diversion from Monks\u2019 Bridge while the 600-metre stretch is closed for six weeks"
            ),
            '<w:pStyle w:val="Subtitle"/>',
        )
    )
    body.append(
        p(
            anchored_picture(
                "rId10",
                1,
                "Silverburn path Dec 2025.png",
                "Footpath beside a river with a stone bridge in the background",
                2743200,
                1828800,
                3200400,
                0,
            )
            + text_box(
                2,
                "Text Box 2",
                [
                    p(
                        r(
                            "The Silverburn path near Monks\u2019 Bridge after the December floods.",
                            '<w:i/><w:sz w:val="18"/>',
                        )
                    ),
                    p(r("Photo: Malew Parish Commissioners", '<w:sz w:val="16"/>')),
                ],
                2743200,
                640080,
                3200400,
                1874520,
                fill="FFFFFF",
            )
            + r(
                "BALLASALLA, 9 March 2026 \u2013 Malew Parish Commissioners are to rebuild the riverside footpath along the Silverburn between Monks\u2019 Bridge and Silverdale Glen, which was washed out in places by the floods of December 2025."
            )
        )
    )
    body.append(
        p(
            r("The work will begin on ")
            + dele("16 March", 201, chair, d1)
            + ins(r("23 March"), 202, chair, d1)
            + r(
                " and is expected to take six weeks. The 600-metre stretch of path will be closed while it is done, and a signed diversion will take walkers along the Silverdale Road."
            )
        )
    )
    body.append(
        p(
            '<w:commentRangeStart w:id="0"/>'
            + r(
                "The path will be raised by up to 40 centimetres on the low-lying sections, resurfaced with compacted stone and given new drainage under it, so that it can take a flood of the same size without being lost again. The work will cost"
            )
            + r(
                " \u00a358,500, of which \u00a330,000 comes from the Department of Infrastructure\u2019s flood recovery fund."
            )
            + comment_ref(0)
        )
    )
    body.append(
        p(
            r(
                "Chairman of the Commissioners, Mr Phil Bridson, said: \u201cThis is one of the best-loved walks in the south of the Island. People have walked to the Abbey this way for hundreds of years. As the old people used to say, "
            )
            + r("traa dy liooar", f"<w:i/>{gv}")
            + r(
                " \u2013 time enough \u2013 but this path has waited long enough, and we want it open again before the summer.\u201d"
            )
        )
    )
    body.append(
        p(
            r(
                "The Commissioners have also agreed to put up new bilingual signs at both ends of the path, in English and Manx. The sign at the Ballasalla end will read "
            )
            + r("Balley Salley", f"<w:i/>{gv}")
            + r(", the village\u2019s name in Manx, as well as Ballasalla.")
        )
    )
    body.append(
        p(
            r(
                "Dogs must be kept on leads on the diversion, which runs beside the road for part of its length. Parents with pushchairs are advised to use the pavement on the east side of Silverdale Road."
            )
        )
    )
    body.append(p(r("\u2013 ENDS \u2013", "<w:b/>"), '<w:jc w:val="center"/>'))
    body.append(p(r("Notes to editors", "<w:b/>")))
    body.append(
        p(
            r(
                "1. Malew Parish Commissioners are the local authority for the parish of Malew, which includes Ballasalla, Derbyhaven and Santon Road."
            )
        )
    )
    body.append(p(r("2. A map of the diversion is available from the Parish Office on request.")))
    body.append(
        table(
            [
                ["Media enquiries", "Mrs Joan Caine, Clerk to the Commissioners"],
                ["Telephone", "01624 000000"],
                ["Email", "clerk@malew-commissioners.example"],
            ],
            [2600, 6426],
            shade_first=True,
        )
    )
    body.append(p(""))

    header = part(
        "hdr",
        table(
            [
                [
                    p(
                        r(
                            "MALEW PARISH COMMISSIONERS",
                            '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="30"/>',
                        )
                    ),
                    p(
                        r(
                            "Parish Office, Main Road, Ballasalla, Isle of Man",
                            '<w:sz w:val="18"/>',
                        ),
                        '<w:jc w:val="right"/>',
                    ),
                ]
            ],
            [5013, 4013],
        )
        + p("", '<w:pStyle w:val="Header"/>'),
    )
    footer = part(
        "ftr",
        p(
            r(
                "Malew Parish Commissioners \u00b7 Parish Office, Main Road, Ballasalla \u00b7 www.malew-commissioners.example",
                '<w:sz w:val="16"/>',
            )
            + r("\t", '<w:sz w:val="16"/>')
            + field("PAGE", "1", '<w:sz w:val="16"/>'),
            '<w:pStyle w:val="Footer"/>',
        ),
    )
    comments = comments_xml(
        [
            (
                0,
                chair,
                "PB",
                "2026-03-09T11:24:00Z",
                "Joan \u2013 has DOI confirmed the 30k in writing? If not, take it out before this goes. Phil",
            ),
        ]
    )
    images = [("rId10", "image1.png")]
    write_docx(
        HERE / f"{TM_NAME}.docx",
        [
            ("[Content_Types].xml", content_types()),
            ("_rels/.rels", ROOT_RELS),
            (
                "docProps/app.xml",
                app_xml(
                    "SoftMaker TextMaker", "1.0", "Normal", "498", "Malew Parish Commissioners"
                ),
            ),
            (
                "docProps/core.xml",
                core_xml(
                    "Press release - Silverburn path",
                    clerk,
                    chair,
                    "2026-03-06T09:10:00Z",
                    "2026-03-09T11:26:00Z",
                    "4",
                ),
            ),
            ("word/_rels/document.xml.rels", doc_rels(images)),
            ("word/document.xml", document("".join(body), sect_pr())),
            ("word/styles.xml", styles_xml("en-GB", "Arial")),
            ("word/settings.xml", settings_xml(True, ["00B10F3A", "00D22A71"], compat="14")),
            ("word/comments.xml", comments),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("word/media/image1.png", png(60, 40, (150, 170, 150), (80, 90, 70))),
        ],
    )


if __name__ == "__main__":
    build_mac()
    build_textmaker()

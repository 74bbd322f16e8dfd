"""Write the two Word files of set h36 (part b) with the standard library only.

The files are built from hand-written WordprocessingML, the way the two programs that made
the originals lay them out: a Parks Australia update saved by Word for Microsoft 365 in a
Commonwealth office, with a protective-marking add-in's header, footer and custom
properties; and a reporter's copy saved by Word 2010, with the chief of staff's tracked edits
and comments. Zip timestamps and revision dates are fixed, so a rerun writes the same bytes.

    python tests/filing/held-out-36/make_docx_b.py
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2027, 1, 1, 0, 0, 0)

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
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# --- small PNG pictures -------------------------------------------------------------


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """A small two-band RGB picture, enough to stand in for a photograph."""
    rows = []
    for y in range(height):
        colour = top if y < height * 0.55 else bottom
        rows.append(b"\x00" + bytes(colour) * width)
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --- WordprocessingML helpers -------------------------------------------------------


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(text: str, *, b: bool = False, i: bool = False, rpr: str = "") -> str:
    props = rpr + ("<w:b/><w:bCs/>" if b else "") + ("<w:i/><w:iCs/>" if i else "")
    rpr_xml = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr_xml}{t(text)}</w:r>"


def ins(rid: int, author: str, date: str, text: str, *, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
        f"<w:r>{rpr_xml}{t(text)}</w:r></w:ins>"
    )


def dele(rid: int, author: str, date: str, text: str, *, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return (
        f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
        f"<w:r>{rpr_xml}<w:delText{space}>{escape(text)}</w:delText></w:r></w:del>"
    )


def para(content: str, style: str = "", *, ppr: str = "", rsid: str = "00A1B2C3") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = style_xml + ppr
    ppr_xml = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{ppr_xml}{content}</w:p>'


def comment_start(cid: int) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid: int) -> str:
    return (
        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


def comments_xml(items: list[tuple[int, str, str, str, str]]) -> str:
    out = []
    for cid, author, initials, date, text in items:
        out.append(
            f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" '
            f'w:initials="{initials}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{run(text)}</w:p></w:comment>"
        )
    return f"{XML_HEAD}<w:comments {NS}>{''.join(out)}</w:comments>"


def graphic(rel: str, pic_id: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel}" cstate="print"/><a:stretch><a:fillRect/>'
        "</a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic>"
    )


def inline_picture(rel: str, pic_id: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="{escape(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        f"{graphic(rel, pic_id, name, descr, cx, cy)}"
        "</wp:inline></w:drawing></w:r>"
    )


def anchored_picture(rel: str, pic_id: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{pic_id}" name="{escape(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        f"{graphic(rel, pic_id, name, descr, cx, cy)}"
        '<wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></w:r>"
    )


def text_box(shape_id: int, name: str, paragraphs: list[str], cx: int, cy: int, fill: str) -> str:
    """A floating text box: DrawingML shape with the VML fallback Word writes beside it."""
    body = "".join(paragraphs)
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill><a:miter lim="800000"/>'
        "<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic>"
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s10{shape_id:02d}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:3.6pt;width:{cx // 12700}pt;'
        f"height:{cy // 12700}pt;z-index:251661312;mso-position-horizontal:right;"
        "mso-position-horizontal-relative:margin;mso-width-relative:margin;"
        f'mso-height-relative:margin" fillcolor="#{fill}" strokecolor="#7f7f7f">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent>'
        '</v:textbox><w10:wrap type="square"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def cell(content: str, width: int, *, shade: str = "") -> str:
    shade_xml = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade_xml}</w:tcPr>{content}</w:tc>'


def table(rows: list[list[str]], widths: list[int], *, style: str = "TableGrid") -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def field(instr: str, result: str, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr_xml}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr_xml}{t(result)}</w:r>"
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def styles_xml(font: str, size: int, extra: str = "") -> str:
    def pstyle(
        sid: str, name: str, ppr: str, rpr: str, *, based: str = "Normal", q: bool = True
    ) -> str:
        qf = "<w:qFormat/>" if q else ""
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/>{qf}'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    return (
        f"{XML_HEAD}<w:styles {NS}>"
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" '
        f'w:hAnsi="{font}" w:cs="Times New Roman"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        '<w:lang w:val="en-AU" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        + pstyle(
            "Title",
            "Title",
            '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="4F81BD"/></w:pBdr>'
            '<w:spacing w:after="300" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
            '<w:color w:val="17365D"/><w:spacing w:val="5"/><w:kern w:val="28"/><w:sz w:val="52"/>',
        )
        + pstyle(
            "Subtitle",
            "Subtitle",
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>',
            '<w:i/><w:iCs/><w:color w:val="4F81BD"/><w:spacing w:val="15"/><w:sz w:val="24"/>',
        )
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="0"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:bCs/><w:color w:val="365F91"/><w:sz w:val="28"/>',
        )
        + pstyle(
            "Caption",
            "caption",
            '<w:spacing w:line="240" w:lineRule="auto"/>',
            '<w:b/><w:bCs/><w:color w:val="4F81BD"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        )
        + pstyle(
            "ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>', ""
        )
        + pstyle(
            "Header",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/>'
            '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/>',
            "",
            q=False,
        )
        + pstyle(
            "Footer",
            "footer",
            '<w:tabs><w:tab w:val="center" w:pos="4513"/>'
            '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/>',
            "",
            q=False,
        )
        + pstyle(
            "CommentText",
            "annotation text",
            '<w:spacing w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="20"/><w:szCs w:val="20"/>',
            q=False,
        )
        + '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation '
        'reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal '
        'Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
        "</w:style>"
        f"{extra}</w:styles>"
    )


def numbering_bullets() -> str:
    return (
        f"{XML_HEAD}<w:numbering {NS}>"
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        '<w:nsid w:val="3A6C1F2E"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="0C09000F"/><w:lvl w:ilvl="0" w:tplc="0C090001"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
        'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def settings_xml(compat_mode: int, *, track: bool, rsids: list[str]) -> str:
    track_xml = "<w:trackRevisions/>" if track else ""
    rsid_xml = "".join(f'<w:rsid w:val="{r}"/>' for r in rsids)
    return (
        f"{XML_HEAD}<w:settings {NS} "
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
        f'<w:zoom w:percent="110"/>{track_xml}<w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
        f'<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="{compat_mode}"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
        f'<w:rsids><w:rsidRoot w:val="{rsids[0]}"/>{rsid_xml}</w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
        '<w:themeFontLang w:val="en-AU"/><w:decimalSymbol w:val="."/>'
        '<w:listSeparator w:val=","/></w:settings>'
    )


def font_table(fonts: list[str]) -> str:
    items = "".join(
        f'<w:font w:name="{f}"><w:charset w:val="00"/><w:family w:val="swiss"/>'
        '<w:pitch w:val="variable"/></w:font>'
        for f in fonts
    )
    return f"{XML_HEAD}<w:fonts {NS}>{items}</w:fonts>"


def hdr_ftr(tag: str, paragraphs: str) -> str:
    return f"{XML_HEAD}<w:{tag} {NS}>{paragraphs}</w:{tag}>"


def core_xml(title: str, creator: str, last: str, rev: int, created: str, modified: str) -> str:
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:subject></dc:subject>"
        f"<dc:creator>{escape(creator)}</dc:creator><cp:keywords></cp:keywords>"
        f"<dc:description></dc:description><cp:lastModifiedBy>{escape(last)}</cp:lastModifiedBy>"
        f"<cp:revision>{rev}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(version: str, template: str, company: str, words: int, pages: int) -> str:
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{escape(template)}</Template><TotalTime>47</TotalTime><Pages>{pages}</Pages>"
        f"<Words>{words}</Words><Characters>{words * 5}</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>{words // 12}</Lines><Paragraphs>{words // 40}</Paragraphs>"
        "<ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{words * 6}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        f"<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion>"
        "</Properties>"
    )


def custom_xml(props: list[tuple[str, str]]) -> str:
    items = "".join(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
        f'pid="{n}" name="{escape(name)}"><vt:lpwstr>{escape(value)}</vt:lpwstr></property>'
        for n, (name, value) in enumerate(props, start=2)
    )
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )


def content_types(*, custom: bool, numbering: bool) -> str:
    over = [
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
        (
            "/word/fontTable.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        ),
        (
            "/word/comments.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        ),
        (
            "/word/header1.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        ),
        (
            "/word/footer1.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        ),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    if numbering:
        over.append(
            (
                "/word/numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            )
        )
    if custom:
        over.append(
            (
                "/docProps/custom.xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            )
        )
    items = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in over)
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


def package_rels(*, custom: bool) -> str:
    rels = [
        (
            "rId3",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
            "docProps/app.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (
            "rId1",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            "word/document.xml",
        ),
    ]
    if custom:
        rels.append(
            (
                "rId4",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                "docProps/custom.xml",
            )
        )
    return rels_xml(rels)


def rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{ty}" Target="{tg}"/>' for i, ty, tg in rels)
    return (
        f"{XML_HEAD}<Relationships "
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'
    )


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def document_rels(images: list[str], *, numbering: bool) -> str:
    rels = [
        ("rId1", R + "styles", "styles.xml"),
        ("rId2", R + "settings", "settings.xml"),
        ("rId3", R + "fontTable", "fontTable.xml"),
        ("rId4", R + "comments", "comments.xml"),
        ("rId5", R + "header", "header1.xml"),
        ("rId6", R + "footer", "footer1.xml"),
    ]
    if numbering:
        rels.append(("rId7", R + "numbering", "numbering.xml"))
    for n, name in enumerate(images, start=10):
        rels.append((f"rId{n}", R + "image", f"media/{name}"))
    return rels_xml(rels)


def document_xml(body: str, *, margins: str) -> str:
    return (
        f"{XML_HEAD}<w:document {NS}><w:body>{body}"
        '<w:sectPr w:rsidR="00A1B2C3"><w:headerReference w:type="default" r:id="rId5"/>'
        '<w:footerReference w:type="default" r:id="rId6"/>'
        f'<w:pgSz w:w="11906" w:h="16838"/>{margins}'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
    )


def write_docx(path: Path, parts: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --- document 1: Parks Australia update, Word for Microsoft 365, protective marking ----------

PARKS = "docx-word-365-commonwealth-protective-marking-official-header-footer-custom-properties-surname-first-author-tracked-edits-note-to-editors-text-box-caption-style-credit-line-contacts-table-red-crab-road-closures"

MERCER = "MERCER, Siobhan"
HUSSEIN = "HUSSEIN, Azlan"
D1 = "2026-11-12T14:05:00Z"
D2 = "2026-11-12T15:31:00Z"
MARK = '<w:b/><w:bCs/><w:color w:val="FF0000"/><w:sz w:val="24"/><w:szCs w:val="24"/>'


def parks_docx() -> None:
    grey = '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
    bullets = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    note = [
        para(run("Note to editors", b=True), ppr='<w:spacing w:after="60"/>'),
        para(
            run(
                "Please check the Parks Australia Christmas Island Facebook page or call the "
                "visitor centre for the latest closures before publishing. Photos may be used "
                "with the credit shown. Not for publication.",
                rpr='<w:sz w:val="18"/>',
            ),
            ppr='<w:spacing w:after="0"/>',
        ),
    ]
    contacts = table(
        [
            [
                cell(para(run("Media enquiries", b=True)), 3000, shade="D9E2F3"),
                cell(para(run("Parks Australia Christmas Island, Communications")), 6026),
            ],
            [
                cell(para(run("Phone", b=True)), 3000, shade="D9E2F3"),
                cell(para(run("(08) 9164 8700")), 6026),
            ],
            [
                cell(para(run("Email", b=True)), 3000, shade="D9E2F3"),
                cell(para(run("christmas.island.media@example.gov.au")), 6026),
            ],
        ],
        [3000, 6026],
    )
    body = "".join(
        [
            para(
                run("Media statement", rpr='<w:caps/><w:color w:val="1F3864"/><w:sz w:val="20"/>')
                + run(
                    "\u2003|\u2003" + "12 November 2026",
                    rpr='<w:color w:val="595959"/><w:sz w:val="20"/>',
                )
            ),
            para(
                run("Red crab migration: roads close from Monday as the march to the sea begins"),
                "Title",
            ),
            para(
                run(
                    "Parks Australia is asking drivers to slow down, use the detours and give the "
                    "crabs right of way as millions of red crabs head for the coast to spawn."
                ),
                "Subtitle",
            ),
            para(
                run(
                    "The annual red crab migration on Christmas Island has begun, with the first "
                    "large groups of crabs seen leaving the forest near Drumsite and Silver City "
                    "after heavy rain over the weekend."
                )
            ),
            para(
                run(
                    "Parks Australia expects the main migration to reach the coast in the next ten "
                    "days, with the crabs spawning at the turn of the high tide before dawn on or "
                    "about "
                )
                + dele(101, MERCER, D1, "28 November")
                + ins(102, MERCER, D1, "29 November")
                + run(".")
            ),
            para(
                run(
                    "Roads will be closed or restricted from Monday 16 November to protect the crabs "
                    "and the people who drive among them. The closures are:"
                )
            ),
            para(
                run(
                    "Lily Beach Road and Ethel Beach Road, closed to all vehicles until further notice;"
                ),
                "ListParagraph",
                ppr=bullets,
            ),
            para(
                run(
                    "Murray Road between the Drumsite turn-off and the Settlement, closed from 6am "
                    "to 6pm, with a detour through Poon Saan;"
                ),
                "ListParagraph",
                ppr=bullets,
            ),
            para(
                run(
                    "the Settlement access road at Flying Fish Cove, open with a 10 km/h limit and "
                    "crab crossings marked by rangers; and"
                ),
                "ListParagraph",
                ppr=bullets,
            ),
            para(
                run(
                    "Gaze Road, open to residents only, with rangers raking crabs from the road "
                    "ahead of traffic between 3pm and 5pm."
                ),
                "ListParagraph",
                ppr=bullets,
            ),
            para("", ppr='<w:spacing w:after="0"/>')
            + para(text_box(7, "Text Box 7", note, 2286000, 1143000, "FFF2CC")),
            para(
                run(
                    "Christmas Island National Park manager Siobhan Mercer said the migration was "
                    "one of the great wildlife events on earth, and it depended on the community."
                )
            ),
            para(
                run(
                    "\u201cEvery year islanders stop their cars, get out with a rake and sweep crabs "
                    "off the road so they can keep going. That is what makes this place different,\u201d "
                    "Ms Mercer said."
                )
            ),
            para(
                run(
                    "\u201cWe ask visitors to do the same. If you are not sure whether a road is open, "
                    "ask at the visitor centre before you drive.\u201d"
                )
            ),
            para(
                anchored_picture(
                    "rId10",
                    8,
                    "Picture 8",
                    "Hundreds of red crabs cover a sealed road with rainforest on both sides",
                    5400000,
                    3240000,
                )
            ),
            para(
                run("Red crabs cross Murray Road near the Drumsite turn-off on Sunday morning."),
                "Caption",
            ),
            para(run("Photo: Parks Australia / Azlan Hussein", rpr=grey)),
            para(
                comment_start(1)
                + run(
                    "Crab fences along Murray Road and the tunnels and the crab bridge on Lily "
                    "Beach Road have been checked and repaired. Rangers "
                )
                + ins(103, MERCER, D2, "will be on the closed roads every morning and ")
                + run("ask drivers to follow their directions.")
                + comment_end(1)
            ),
            para(
                run(
                    "Drivers who must use an open road during the migration should drive slowly, "
                    "watch for rangers and volunteers on the road, and check under their tyres "
                    "before moving off after parking. Crab shells can puncture tyres."
                )
            ),
            para(
                run(
                    "Updates on closures will be posted at the visitor centre and on the Shire of "
                    "Christmas Island noticeboards."
                )
                + dele(
                    104,
                    MERCER,
                    D2,
                    " Updates will also be read on the community radio each morning at 7am.",
                )
            ),
            para(run("ENDS", b=True), ppr='<w:jc w:val="center"/>'),
            contacts,
            para(""),
        ]
    )
    doc = document_xml(
        body,
        margins='<w:pgMar w:top="1701" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="567" w:footer="567" w:gutter="0"/>',
    )
    header = hdr_ftr(
        "hdr",
        para(run("OFFICIAL", rpr=MARK), "Header", ppr='<w:jc w:val="center"/>')
        + para(
            inline_picture("rId11", 3, "Picture 3", "", 1620000, 360000)
            + run(
                "\tParks Australia \u2013 Christmas Island National Park",
                rpr='<w:color w:val="1F3864"/><w:sz w:val="18"/>',
            ),
            "Header",
        ),
    )
    footer = hdr_ftr(
        "ftr",
        para(
            run(
                "Parks Australia is part of the Department of Climate Change, Energy, the "
                "Environment and Water.",
                rpr='<w:sz w:val="16"/>',
            )
            + run("\tPage ", rpr='<w:sz w:val="16"/>')
            + field("PAGE \\* Arabic \\* MERGEFORMAT", "1", '<w:sz w:val="16"/>')
            + run(" of ", rpr='<w:sz w:val="16"/>')
            + field("NUMPAGES \\* Arabic \\* MERGEFORMAT", "2", '<w:sz w:val="16"/>'),
            "Footer",
        )
        + para(run("OFFICIAL", rpr=MARK), "Footer", ppr='<w:jc w:val="center"/>'),
    )
    comments = comments_xml(
        [
            (
                1,
                HUSSEIN,
                "AH",
                "2026-11-12T15:02:00Z",
                "Siobhan - the crab bridge repair finished Friday, OK to say 'repaired'? Also confirm "
                "the ranger roster with Dave before this goes to The Flying Fish.",
            ),
        ]
    )
    custom = custom_xml(
        [
            ("PM_Namespace", "gov.au"),
            ("PM_Caveats_Count", "0"),
            ("PM_Version", "2018.4"),
            ("PM_Note", ""),
            (
                "PMHMAC",
                "v=2022.1;a=SHA256;h=6C1F0AD3E2B94C5A8E7D1F20B3C4A5D6E7F8091A2B3C4D5E6F708192A3B4C5D6",
            ),
            ("PM_Qualifier", ""),
            ("PM_SecurityClassification", "OFFICIAL"),
            ("PM_ProtectiveMarkingValue_Header", "OFFICIAL"),
            ("PM_ProtectiveMarkingValue_Footer", "OFFICIAL"),
            ("PM_Originator_Hash_SHA1", "2F7A4C91D0B38E6A5C1F9D2B7E4A0C3F8B6D1E95"),
            (
                "PM_OriginatorUserAccountName_SHA256",
                "9A0B1C2D3E4F5061728394A5B6C7D8E9F0A1B2C3D4E5F60718293A4B5C6D7E8F",
            ),
            ("PM_InsertionValue", "OFFICIAL"),
            ("PM_Display", "OFFICIAL"),
            ("PM_Markers", ""),
            (
                "PM_ProtectiveMarkingImage_Header",
                "C:\\Program Files\\Common Files\\janusNET Shared\\janusSEAL\\Images\\DocumentSlashBlue.png",
            ),
            (
                "PM_ProtectiveMarkingImage_Footer",
                "C:\\Program Files\\Common Files\\janusNET Shared\\janusSEAL\\Images\\DocumentSlashBlue.png",
            ),
            ("PM_Originating_FileId", "8E1D3C5B7A9F4E2D8C6B0A1F3E5D7C9B"),
            ("PM_ProtectiveMarkingValue_Header_Type", "Text"),
            ("PM_DisplayValueSecClassificationWithQualifier", "OFFICIAL"),
            ("PMUuid", "v=2022.2;d=gov.au;g=46DD6D7C-8107-577B-BC6E-F348953B2E44"),
            ("PM_Hash_Version", "2022.1"),
            ("PM_Hash_Salt_Prev", "3C8E1A0F5B7D9E2C4A6F8B0D1E3C5A7F"),
            ("PM_Hash_Salt", "7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7A"),
            ("PM_Hash_SHA1", "A1C3E5F7091B3D5F7A9C1E3F5B7D9F1A3C5E7F90"),
            ("PM_SecurityClassification_Prev", "OFFICIAL"),
            ("PM_Qualifier_Prev", ""),
        ]
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(custom=True, numbering=True),
        "_rels/.rels": package_rels(custom=True),
        "docProps/core.xml": core_xml(
            "Media statement - red crab migration road closures",
            HUSSEIN,
            MERCER,
            6,
            "2026-11-11T23:48:00Z",
            "2026-11-12T15:36:00Z",
        ),
        "docProps/app.xml": app_xml(
            "16.0000", "Parks Australia Media Statement.dotx", "Australian Government", 612, 2
        ),
        "docProps/custom.xml": custom,
        "word/document.xml": doc,
        "word/styles.xml": styles_xml("Arial", 21),
        "word/settings.xml": settings_xml(
            15, track=True, rsids=["00A1B2C3", "00D4E5F6", "0117C2A9"]
        ),
        "word/fontTable.xml": font_table(["Arial", "Times New Roman", "Symbol", "Calibri Light"]),
        "word/numbering.xml": numbering_bullets(),
        "word/comments.xml": comments,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/_rels/document.xml.rels": document_rels(["image1.png", "image2.png"], numbering=True),
        "word/_rels/header1.xml.rels": rels_xml([("rId11", R + "image", "media/image2.png")]),
        "word/media/image1.png": png(60, 36, (34, 85, 51), (180, 30, 25)),
        "word/media/image2.png": png(45, 10, (31, 56, 100), (255, 255, 255)),
    }
    write_docx(HERE / f"{PARKS}.docx", parts)


# --- document 2: reporter's copy, Word 2010, the chief of staff's tracked edits -----------

ROAD = "docx-word-2010-reporter-copy-slug-header-desk-note-text-box-bold-headline-italic-dek-by-line-bold-dateline-inline-photo-caption-paragraph-pic-credit-tracked-cos-edits-comments-table-figures-murray-road-haul-trucks"

SANTOS = "Maria Santos"
CHONG = "Wei Ling Chong"
E1 = "2027-01-21T02:10:00Z"
E2 = "2027-01-21T02:26:00Z"


def road_docx() -> None:
    times = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
    desk_note = [
        para(
            run("DESK:", b=True)
            + run(
                " Shire president's quotes are from the meeting, CEO's "
                "from a phone call after. Mine didn't get back to me by "
                "5pm - have left a message. WLC"
            ),
            ppr='<w:spacing w:after="0"/>',
        ),
    ]
    figures = table(
        [
            [
                cell(para(run("Murray Road repairs", b=True)), 4513, shade="F2F2F2"),
                cell(para(run("Cost", b=True)), 4513, shade="F2F2F2"),
            ],
            [
                cell(para(run("Resurfacing, Drumsite to the Settlement (4.1 km)")), 4513),
                cell(para(run("$2.9 million")), 4513),
            ],
            [cell(para(run("Drainage and culverts")), 4513), cell(para(run("$850,000")), 4513)],
            [
                cell(para(run("Crab fencing and underpasses")), 4513),
                cell(para(run("$450,000")), 4513),
            ],
            [cell(para(run("Total", b=True)), 4513), cell(para(run("$4.2 million", b=True)), 4513)],
        ],
        [4513, 4513],
    )
    body = "".join(
        [
            para(text_box(4, "Text Box 4", desk_note, 2514600, 800100, "F2F2F2")),
            para(
                run(
                    "Shire asks Canberra and the mine to share $4.2 million bill for Murray Road",
                    b=True,
                    rpr=times + '<w:sz w:val="36"/><w:szCs w:val="36"/>',
                )
            ),
            para(
                run(
                    "Councillors say haul trucks have worn out the island's busiest road ten years "
                    "early",
                    i=True,
                    rpr=times + '<w:sz w:val="26"/>',
                )
            ),
            para(run("By Wei Ling Chong", rpr=times)),
            para(
                run("DRUMSITE \u2014", b=True)
                + run(
                    " The Shire of Christmas Island will ask the "
                    "Commonwealth and the island's phosphate mine to pay for a $4.2 million rebuild of "
                    "Murray Road, after an engineer's report found "
                )
                + dele(201, SANTOS, E1, "the heavy trucks")
                + ins(202, SANTOS, E1, "mine haul trucks")
                + run(" had worn out the road a decade before it was due for resurfacing.")
            ),
            para(
                run(
                    "Councillors voted 6-1 at Tuesday night's meeting to write to the Department of "
                    "Infrastructure and to Island Phosphate Holdings seeking a funding agreement "
                    "before the next wet season."
                )
            ),
            para(
                comment_start(0)
                + run(
                    "The report, by Perth firm Coastline Civil, found that haul trucks carrying ore "
                    "to the port make up less than 5 per cent of traffic on the road but cause "
                )
                + dele(203, SANTOS, E1, "most")
                + ins(204, SANTOS, E1, "about 80 per cent")
                + run(" of the wear.")
                + comment_end(0)
            ),
            para(
                run(
                    "Shire President Faridah Osman said residents had been driving around potholes "
                    "on the stretch between Drumsite and the Settlement for two years."
                )
            ),
            para(
                run(
                    "\u201cEvery family on this island uses that road to get to school, to the "
                    "hospital and to work. It should not be falling apart,\u201d Ms Osman said."
                )
            ),
            para(
                run(
                    "\u201cWe are not blaming the mine for existing. We are asking the people who "
                    "wear the road out to help fix it.\u201d"
                )
            ),
            para(
                inline_picture(
                    "rId10",
                    5,
                    "Picture 5",
                    "Deep potholes filled with rainwater on a two-lane road lined with forest",
                    5029200,
                    3017520,
                )
            ),
            para(
                run(
                    "Shire President Faridah Osman at one of the potholes on Murray Road near the "
                    "Drumsite turn-off on Wednesday."
                )
            ),
            para(run("Pic: Ahmad Faizal Yusof", i=True)),
            para(
                run(
                    "Cr Jonathan Pryce, who voted against the motion, said the Shire should fix the "
                    "worst sections from its own reserves first and argue about the bill later."
                )
            ),
            para(
                run(
                    "\u201cWe could be out there with a crew next month. Instead we are writing "
                    "letters to Canberra "
                )
                + ins(205, SANTOS, E2, "and waiting ")
                + run("while somebody blows a tyre,\u201d Cr Pryce said.")
            ),
            para(
                comment_start(1)
                + comment_start(2)
                + run(
                    "Shire chief executive Peter Langridge said the reserves held about $600,000, "
                    "not enough for more than patching."
                )
                + comment_end(1)
                + comment_end(2)
            ),
            para(
                run(
                    "The road will also need new crab fencing and underpasses, which Parks "
                    "Australia says are needed to keep red crabs off the road during the annual "
                    "migration."
                )
            ),
            para(
                run(
                    "A spokesman for Island Phosphate Holdings said the company had not seen the "
                    "report and would respond to the Shire directly."
                )
            ),
            para(
                dele(
                    206,
                    SANTOS,
                    E2,
                    "The Shire will discuss the road again at its February meeting.",
                ),
                ppr=f'<w:rPr><w:del w:id="207" w:author="{SANTOS}" w:date="{E2}"/></w:rPr>',
            ),
            para(run("Additional reporting by Callum Reeve.", i=True)),
            para(run("ENDS", rpr=times), ppr='<w:jc w:val="center"/>'),
            para(run("For graphic - Coastline Civil figures:", b=True, rpr=times)),
            figures,
            para(""),
        ]
    )
    doc = document_xml(
        body,
        margins='<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="708" w:footer="708" w:gutter="0"/>',
    )
    header = hdr_ftr(
        "hdr",
        para(
            run(
                "SLUG: MURRAY ROAD / SHIRE   FOR: 22 JAN   WORDS: 560   WLC",
                rpr='<w:sz w:val="16"/>',
            ),
            "Header",
        ),
    )
    footer = hdr_ftr(
        "ftr",
        para(
            run("The Flying Fish \u2014 copy", rpr='<w:sz w:val="16"/>')
            + run("\t\t", rpr='<w:sz w:val="16"/>')
            + field("PAGE", "1", '<w:sz w:val="16"/>'),
            "Footer",
        ),
    )
    comments = comments_xml(
        [
            (
                0,
                SANTOS,
                "MS",
                "2027-01-21T02:14:00Z",
                "Is 80 per cent the report's figure? If it's your estimate, say so or drop it.",
            ),
            (
                1,
                SANTOS,
                "MS",
                "2027-01-21T02:21:00Z",
                "Check: is the $600k the reserve for roads only, or all reserves?",
            ),
            (
                2,
                CHONG,
                "WC",
                "2027-01-21T02:40:00Z",
                "Roads reserve only. Will add 'roads' if there's room.",
            ),
        ]
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(custom=False, numbering=False),
        "_rels/.rels": package_rels(custom=False),
        "docProps/core.xml": core_xml(
            "", CHONG, SANTOS, 4, "2027-01-20T10:02:00Z", "2027-01-21T02:41:00Z"
        ),
        "docProps/app.xml": app_xml("14.0000", "Normal.dotm", "", 561, 2),
        "word/document.xml": doc,
        "word/styles.xml": styles_xml("Calibri", 22),
        "word/settings.xml": settings_xml(
            14, track=True, rsids=["00A1B2C3", "003E91F0", "00B27C4D"]
        ),
        "word/fontTable.xml": font_table(["Calibri", "Times New Roman", "Cambria"]),
        "word/comments.xml": comments,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/_rels/document.xml.rels": document_rels(["image1.png"], numbering=False),
        "word/media/image1.png": png(64, 40, (70, 110, 60), (90, 90, 95)),
    }
    write_docx(HERE / f"{ROAD}.docx", parts)


if __name__ == "__main__":
    parks_docx()
    road_docx()

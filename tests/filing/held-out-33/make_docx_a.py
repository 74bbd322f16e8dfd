"""Write the two Word files of README-a.md with the standard library only.

The WordprocessingML is written by hand, the way Word for iPad and Word for Windows save
it: tracked insertions and deletions, comments, a floating picture with its caption in a
text box (with the VML fallback Word writes beside it), a letterhead table in the page
header, a reference table, Caption-style lines and a page-number footer. The pictures are
small PNGs made with zlib and struct. Zip entries and comment dates are fixed, so a rerun
writes the same bytes.

    python tests/filing/held-out-33/make_docx_a.py [name ...]
"""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2026, 4, 8, 9, 30, 0)

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
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


# --- pictures -------------------------------------------------------------------------

def png(width: int, height: int, rgb: tuple[int, int, int], band: tuple[int, int, int]) -> bytes:
    """A small PNG: a plain field with a darker band across the lower third."""
    rows = []
    for y in range(height):
        colour = band if y > height * 2 // 3 else rgb
        rows.append(b"\x00" + bytes(colour) * width)
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


# --- runs and paragraphs --------------------------------------------------------------

def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rp}{t(text)}</w:r>"


def ins(text: str, rid: int, author: str, date: str, rpr: str = "") -> str:
    return f'<w:ins w:id="{rid}" w:author="{author}" w:date="{date}">{run(text, rpr)}</w:ins>'


def dele(text: str, rid: int, author: str, date: str, rpr: str = "") -> str:
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:del w:id="{rid}" w:author="{author}" w:date="{date}"><w:r>{rp}'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def para(content: str, style: str = "", ppr: str = "", rsid: str = "00A1B2C3") -> str:
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    pp = f"<w:pPr>{st}{ppr}</w:pPr>" if (st or ppr) else ""
    return f'<w:p w14:paraId="{rsid}" w14:textId="77777777" w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{pp}{content}</w:p>'


def p(text: str, style: str = "", rpr: str = "", ppr: str = "") -> str:
    return para(run(text, rpr), style, ppr)


def empty() -> str:
    return para("")


def inline_picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )


def anchored_picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        '</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )


def text_box(pid: int, lines: list[tuple[str, str]], cx: int, cy: int, y_offset: int) -> str:
    """A floating text box as Word writes it: wps:wsp in mc:Choice, a VML v:textbox fallback."""
    inner = "".join(p(text, rpr=rpr) for text, rpr in lines)
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251661312" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_offset}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{pid}" name="Text Box {pid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {pid}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:5pt;width:180pt;height:60pt;z-index:251661312;mso-position-horizontal:right;mso-position-horizontal-relative:margin" stroked="f">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def field(instr: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def comment_range(cid: int, content: str) -> str:
    return (f'<w:commentRangeStart w:id="{cid}"/>{content}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


# --- parts ----------------------------------------------------------------------------

STYLES = XML_HEAD + (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4D3A"/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    '</w:styles>'
)

SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:zoom w:percent="100"/>{track}<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
)

FONT_TABLE = XML_HEAD + (
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '</w:fonts>'
)


def content_types(has_header: bool, has_comments: bool) -> str:
    parts = [
        '<Default Extension="png" ContentType="image/png"/>',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
        '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ]
    if has_header:
        parts.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    if has_comments:
        parts.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    return XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + "".join(parts) + "</Types>"


ROOT_RELS = XML_HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>'
)


def core(title: str, creator: str, last: str, created: str, modified: str) -> str:
    return XML_HEAD + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f'<cp:lastModifiedBy>{escape(last)}</cp:lastModifiedBy><cp:revision>4</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>'
    )


def app(words: int, company: str) -> str:
    return XML_HEAD + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>1</Pages><Words>{words}</Words>'
        f'<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>9</Lines><Paragraphs>3</Paragraphs>'
        f'<ScaleCrop>false</ScaleCrop><Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
    )


def comments_part(items: list[tuple[int, str, str, str, str]]) -> str:
    body = "".join(
        f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" w:initials="{initials}">'
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{run(text)}</w:p></w:comment>'
        for cid, author, initials, date, text in items
    )
    return XML_HEAD + f"<w:comments {NS}>{body}</w:comments>"


def hdr_ftr(tag: str, content: str) -> str:
    return XML_HEAD + f"<w:{tag} {NS}>{content}</w:{tag}>"


def document(body: str, has_header: bool) -> str:
    hdr = '<w:headerReference w:type="default" r:id="rIdHdr1"/>' if has_header else ""
    sect = (f'<w:sectPr w:rsidR="00A1B2C3">{hdr}<w:footerReference w:type="default" r:id="rIdFtr1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return XML_HEAD + f"<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"


def doc_rels(images: dict[str, str], has_header: bool, has_comments: bool, header_images: bool) -> str:
    rels = [
        f'<Relationship Id="rId1" Type="{REL_BASE}styles" Target="styles.xml"/>',
        f'<Relationship Id="rId2" Type="{REL_BASE}settings" Target="settings.xml"/>',
        f'<Relationship Id="rId3" Type="{REL_BASE}fontTable" Target="fontTable.xml"/>',
        f'<Relationship Id="rIdFtr1" Type="{REL_BASE}footer" Target="footer1.xml"/>',
    ]
    if has_header:
        rels.append(f'<Relationship Id="rIdHdr1" Type="{REL_BASE}header" Target="header1.xml"/>')
    if has_comments:
        rels.append(f'<Relationship Id="rIdCmt1" Type="{REL_BASE}comments" Target="comments.xml"/>')
    for rid, target in images.items():
        if not (header_images and rid == "rIdCrest"):
            rels.append(f'<Relationship Id="{rid}" Type="{REL_IMAGE}" Target="{target}"/>')
    return XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"


def write(name: str, parts: dict[str, bytes | str]) -> None:
    path = HERE / f"{name}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("wrote", path.name)


# --- document 1: Word for iPad, Half Tree Hollow correspondent ------------------------

PARK = "docx-word-for-ipad-correspondent-file-highlighted-slug-bold-headline-italic-dek-own-tracked-changes-editor-comment-floating-picture-caption-text-box-vml-fallback-footer-half-tree-hollow-play-park"


def make_park() -> None:
    who, when = "Cheryl Buckley", "2026-04-06T18:12:00Z"
    body = "".join([
        p("HTH – for Thursday's paper – 480 words – pic in the file", rpr='<w:highlight w:val="yellow"/>'),
        p("Half Tree Hollow children get their play park back", rpr='<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>'),
        p("Swings, a climbing frame and a shaded seat for parents after a three-year fundraising push by residents", rpr="<w:i/><w:iCs/>"),
        p("By Cheryl Buckley"),
        empty(),
        para(
            anchored_picture("rIdImg1", 2, "IMG_0932.jpeg", "Children on the new swings at Half Tree Hollow", 2286000, 1714500)
            + text_box(3, [
                ("Children try out the new swings at the Half Tree Hollow play park on Saturday.", "<w:i/><w:sz w:val=\"18\"/>"),
                ("Picture: Cheryl Buckley", "<w:sz w:val=\"16\"/>"),
            ], 2286000, 571500, 1841500)
            + run("Children in Half Tree Hollow have a play park again after the Governor opened the rebuilt park beside the community centre on Saturday, three years after the old swings were taken down as unsafe.")
        ),
        para(
            run("The new park has two swings, a climbing frame with a slide, a roundabout built for wheelchair users and a shaded seat for parents. It cost ")
            + dele("£31,000", 101, who, when)
            + ins("£33,500", 102, who, when)
            + run(", most of it raised by residents through raffles, a fun run up to Ladder Hill and a Christmas market at the community centre.")
        ),
        p("\u201cEvery Saturday the grandchildren been asking me when the swings coming back,\u201d said Valerie Thomas, who chaired the fundraising group. \u201cToday I could tell them they here.\u201d"),
        para(comment_range(0, run("Governor Helen Marsh said Half Tree Hollow, now the island\u2019s most populous district, had \u201cshown the rest of St Helena what a district can do for itself\u201d and thanked the Public Works team who laid the safety surface."))),
        para(
            run("The district\u2019s councillor, Derek Legg, said the next aim was lighting so that the park could be used on winter evenings.")
            + ins(" The community centre committee has offered to pay for the electricity.", 103, who, "2026-04-06T18:20:00Z")
        ),
        para(
            run("The park is open from 8am until dusk every day. Parents are asked to keep dogs out of the fenced area.")
            + dele(" Smoking is not allowed anywhere in the park.", 104, who, "2026-04-06T18:21:00Z")
        ),
        p("ENDS"),
    ])
    footer = hdr_ftr("ftr", p("Cheryl Buckley \u00b7 Half Tree Hollow correspondent \u00b7 mob 51234", style="Footer"))
    comments = comments_part([
        (0, "Jenna Isaac", "JI", "2026-04-07T08:40:00Z", "Cheryl, is it Helen Marsh? Please check the Governor's name with the Castle before we go."),
    ])
    images = {"rIdImg1": "media/image1.png"}
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types(False, True),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core("", "Cheryl Buckley", "Jenna Isaac", "2026-04-06T17:30:00Z", "2026-04-07T08:41:00Z"),
        "docProps/app.xml": app(480, ""),
        "word/document.xml": document(body, False),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS.format(track="<w:trackRevisions/>"),
        "word/fontTable.xml": FONT_TABLE,
        "word/footer1.xml": footer,
        "word/comments.xml": comments,
        "word/_rels/document.xml.rels": doc_rels(images, False, True, False),
        "word/media/image1.png": png(48, 36, (120, 170, 200), (90, 140, 70)),
    }
    write(PARK, parts)


# --- document 2: St Helena Government press release, Word for Windows ------------------

FLIGHT = "docx-shg-press-office-release-word-for-windows-letterhead-header-table-crest-reference-table-caps-formatted-headline-italic-subheading-tracked-fare-change-comment-caption-lines-notes-to-editors-johannesburg-second-flight"


def cell(content: str, width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def make_flight() -> None:
    who, when = "SHG Press Office", "2026-04-08T10:05:00Z"
    header = hdr_ftr("hdr", (
        '<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="7226"/></w:tblGrid><w:tr>'
        + cell(para(inline_picture("rIdCrest", 10, "Picture 10", "St Helena Government crest", 720000, 720000), "Header"), 1800)
        + cell(p("ST HELENA GOVERNMENT", "Header", '<w:b/><w:sz w:val="32"/>') + p("PRESS RELEASE", "Header", '<w:b/><w:color w:val="1F4D3A"/><w:sz w:val="28"/>'), 7226)
        + "</w:tr></w:tbl>" + p("", "Header")
    ))
    ref_table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3013"/><w:gridCol w:w="3013"/></w:tblGrid><w:tr>'
        + cell(p("Ref: SHG/PR/2026/041", rpr='<w:sz w:val="20"/>'), 3000)
        + cell(p("Date: 9 April 2026", rpr='<w:sz w:val="20"/>'), 3013)
        + cell(p("For immediate release", rpr='<w:b/><w:sz w:val="20"/>'), 3013)
        + "</w:tr></w:tbl>"
    )
    body = "".join([
        ref_table,
        empty(),
        p("Second weekly Johannesburg flight confirmed for the summer season", rpr='<w:b/><w:bCs/><w:caps/><w:sz w:val="30"/>'),
        p("Extra Saturday service will run from October to March, with fares held at this year\u2019s level", rpr="<w:i/><w:iCs/>"),
        p("A second weekly flight between Johannesburg and St Helena will run from 3 October 2026 to 27 March 2027, St Helena Government confirmed today."),
        p("The extra service will leave Johannesburg on Saturday mornings and return the same afternoon, alongside the existing Tuesday flight. It will add about 1,800 seats over the summer season, when flights are most often full and many Saints overseas travel home for Christmas."),
        para(comment_range(0,
            run("Return economy fares will stay at this year\u2019s level of ")
            + dele("£1,120", 201, who, when)
            + ins("£1,150", 202, who, when)
            + run(" for residents and £1,390 for visitors. Fares on the Saturday service will be the same as on Tuesdays."))),
        p("Portfolio Director for Economic Development, Simon Fuller, said: \u201cThe summer flights have been full for three years running. Saints overseas have told us clearly that they want to come home for Christmas without booking a year ahead, and businesses in the tourism sector want the visitors that a second flight brings.\u201d"),
        para(inline_picture("rIdImg1", 11, "Picture 11", "Passenger aircraft over the runway at St Helena Airport", 4572000, 2571750), ppr='<w:jc w:val="center"/>'),
        p("The weekly flight from Johannesburg on approach to St Helena Airport at Prosperous Bay Plain.", "Caption"),
        p("Photo: SHG", "Caption"),
        p("The cost of the additional service will be met from the air access budget approved by the Legislative Council in March. The Government will review passenger numbers in January before deciding whether the second flight should continue in future years."),
        p("ENDS", ppr='<w:jc w:val="center"/>', rpr="<w:b/>"),
        p("Notes to Editors", rpr="<w:b/><w:u w:val=\"single\"/>"),
        p("1. The Tuesday service will continue to run throughout the year."),
        p("2. Flight times are subject to confirmation by the airline and will be published on the SHG website."),
        p("Media enquiries: SHG Press Office, The Castle, Jamestown. Tel: +290 22470"),
    ])
    footer = hdr_ftr("ftr", para(
        run("St Helena Government \u00b7 The Castle \u00b7 Jamestown \u00b7 St Helena Island \u00b7 STHL 1ZZ\tPage ")
        + field("PAGE \\* Arabic \\* MERGEFORMAT", "1") + run(" of ") + field("NUMPAGES \\* Arabic \\* MERGEFORMAT", "1"),
        "Footer"))
    comments = comments_part([
        (0, "Marian Coleman", "MC", "2026-04-08T11:30:00Z", "Please confirm residents' fare with the airline before release - I have £1,150 from them on Monday."),
    ])
    images = {"rIdImg1": "media/image1.png", "rIdCrest": "media/image2.png"}
    header_rels = XML_HEAD + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdCrest" Type="{REL_IMAGE}" Target="media/image2.png"/></Relationships>'
    )
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types(True, True),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core("Press Release", "SHG Press Office", "Marian Coleman", "2026-04-08T09:12:00Z", "2026-04-08T11:31:00Z"),
        "docProps/app.xml": app(390, "St Helena Government"),
        "word/document.xml": document(body, True),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS.format(track=""),
        "word/fontTable.xml": FONT_TABLE,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/comments.xml": comments,
        "word/_rels/document.xml.rels": doc_rels(images, True, True, True),
        "word/_rels/header1.xml.rels": header_rels,
        "word/media/image1.png": png(64, 36, (150, 190, 225), (110, 110, 100)),
        "word/media/image2.png": png(24, 24, (30, 77, 58), (200, 170, 60)),
    }
    write(FLIGHT, parts)


MAKERS = {PARK: make_park, FLIGHT: make_flight}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(MAKERS)
    for key in wanted:
        MAKERS[key]()

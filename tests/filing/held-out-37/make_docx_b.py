"""Write the two Word files of set h37 (part b) with the standard library only.

Both files are hand-written WordprocessingML laid out the way the programs that saved the
originals write it:

* a media release from the Prime Minister's Office media unit, saved by Word 2021 (Office
  LTSC) on Windows: letterhead page header with the crest, a release-number table, an
  all-capitals headline and italic sub-heading typed as direct formatting, the press
  secretary's tracked deletions left in the file, a modern (threaded) comment with its
  commentsExtended / commentsIds / commentsExtensible parts, an inline photograph with alt
  text, bullets, "ENDS" and a contact block, and a page-numbered footer;
* a Parliament reporter's copy saved by Word 2019: slug in the page header, "Page X of Y"
  footer, a highlighted note to the desk, Title and Subtitle styles, a byline and a job-title
  line, a comment with a reply from the reporter, a chief of staff's tracked deletion, a
  floating photograph with alt text, its caption and credit in a one-column table under it,
  a desk note in a text box and a contributor line.

Zip timestamps, revision dates and comment dates are fixed, so a rerun writes the same bytes.

    python tests/filing/held-out-37/make_docx_b.py
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2026, 3, 12, 0, 0, 0)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# The namespace block Word 2019/2021 put on every part's root element.
NS_BASE = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
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
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
)
NS_2019 = (
    NS_BASE + 'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'mc:Ignorable="w14 w15 w16se w16cid wp14"'
)
NS_2021 = (
    NS_BASE + 'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"'
)


# --- a small PNG stand-in for each photograph ------------------------------------------


def png(width: int, height: int, sky: tuple[int, int, int], ground: tuple[int, int, int]) -> bytes:
    rows = []
    for y in range(height):
        colour = sky if y < height * 0.45 else ground
        rows.append(b"\x00" + bytes(colour) * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# --- paragraph and run helpers --------------------------------------------------------


class Ids:
    """Word 2010+ stamps every paragraph with w14:paraId / w14:textId; keep them stable."""

    def __init__(self, seed: int) -> None:
        self.n = seed

    def next(self) -> tuple[str, str]:
        self.n += 0x1F3B
        para_id = f"{(self.n * 2654435761) & 0x7FFFFFFF:08X}"
        text_id = f"{(self.n * 40503 + 0x77) & 0x7FFFFFFF:08X}"
        return para_id, text_id


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(text: str, rpr: str = "", rsid: str = "") -> str:
    rsid_attr = f' w:rsidR="{rsid}"' if rsid else ""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r{rsid_attr}>{rpr_xml}{t(text)}</w:r>"


def deleted(rid: int, author: str, date: str, text: str, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return (
        f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
        f"<w:r>{rpr_xml}<w:delText{space}>{escape(text)}</w:delText></w:r></w:del>"
    )


def inserted(rid: int, author: str, date: str, text: str, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
        f"<w:r>{rpr_xml}{t(text)}</w:r></w:ins>"
    )


def para(ids: Ids, content: str, ppr: str = "", rsid: str = "00C31F4A") -> str:
    para_id, text_id = ids.next()
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return (
        f'<w:p w14:paraId="{para_id}" w14:textId="{text_id}" w:rsidR="{rsid}" '
        f'w:rsidRDefault="{rsid}" w:rsidP="{rsid}">{ppr_xml}{content}</w:p>'
    )


def comment_start(cid: int) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid: int) -> str:
    return (
        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


def field(instr: str, result: str, rpr: str = "") -> str:
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr_xml}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:rPr>{rpr}<w:noProof/></w:rPr>{t(result)}</w:r>"
        f'<w:r>{rpr_xml}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def pic_graphic(rel: str, name: str, cx: int, cy: int) -> str:
    return (
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel}" cstate="print"><a:extLst>'
        '<a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi '
        'xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext>'
        "</a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic>"
    )


def attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def inline_picture(rel: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{attr(descr)}"' if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="3A1F0C2D" '
        'wp14:editId="5B7E2A10">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        f"</wp:cNvGraphicFramePr>{pic_graphic(rel, name, cx, cy)}</wp:inline></w:drawing></w:r>"
    )


def floating_picture(rel: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:anchor distT="0" distB="91440" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="6E0B9F31" wp14:editId="2C4D7A88">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{attr(descr)}"/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        f"</wp:cNvGraphicFramePr>{pic_graphic(rel, name, cx, cy)}"
        '<wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></w:r>"
    )


def text_box(sid: int, name: str, inner: str, cx: int, cy: int) -> str:
    """A floating text box the way Word writes it: DrawingML choice, VML fallback."""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251662336" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="0F9A3B21" wp14:editId="7D21C0E4">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{sid}" name="{escape(name)}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill><a:miter lim="800000"/>'
        "<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic>"
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {sid}" o:spid="_x0000_s10{sid:02d}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{cx // 12700}pt;'
        f"height:{cy // 12700}pt;z-index:251662336;visibility:visible;"
        "mso-wrap-style:square;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" fillcolor="#fff2cc" strokecolor="#bf9000">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent>'
        '</v:textbox><w10:wrap type="square"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def tc(content: str, width: int, shade: str = "", borders: str = "") -> str:
    shade_xml = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{borders}{shade_xml}'
        f'<w:vAlign w:val="center"/></w:tcPr>{content}</w:tc>'
    )


def table(rows: list[str], widths: list[int], style: str = "TableGrid", look: str = "04A0") -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(f'<w:tr w:rsidR="00C31F4A" w:rsidTr="00C31F4A">{r}</w:tr>' for r in rows)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblLook w:val="{look}" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


# --- package parts ---------------------------------------------------------------------


def styles_xml(ns: str, font: str, size: int, lang: str, extra: str) -> str:
    return (
        f"{XML_HEAD}<w:styles {ns}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
        f'w:cstheme="minorBidi"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
        '<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
        '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
        '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
        '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
        '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>'
        "</w:latentStyles>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f'<w:qFormat/><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        "</w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
        '<w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
        '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
        '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation '
        'reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
        "</w:style>"
        f"{extra}</w:styles>"
    )


def settings_xml(ns: str, rsids: list[str], extra_compat: str = "", word2021: bool = False) -> str:
    rsid_xml = "".join(f'<w:rsid w:val="{r}"/>' for r in rsids)
    doc_id = (
        '<w14:docId w14:val="4C2E91A7"/><w15:chartTrackingRefBased/>'
        '<w15:docId w15:val="{8B3F0E2C-5D41-4A7B-9E0C-2F6A1D93B4C8}"/>'
        if word2021
        else '<w14:docId w14:val="1E77A30B"/><w15:chartTrackingRefBased/>'
        '<w15:docId w15:val="{3D9C4F1A-0B62-47E8-A5D3-91C7E2F04B66}"/>'
    )
    return (
        f"{XML_HEAD}<w:settings {ns} "
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
        '<w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
        f'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>{extra_compat}</w:compat>'
        f'<w:rsids><w:rsidRoot w:val="{rsids[0]}"/>{rsid_xml}</w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
        '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
        '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
        '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="en-GB"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
        'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" '
        'w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/><w:shapeDefaults><o:shapedefaults v:ext="edit" '
        'spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
        "</o:shapelayout></w:shapeDefaults>"
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        f"{doc_id}</w:settings>"
    )


def web_settings(ns: str) -> str:
    return f"{XML_HEAD}<w:webSettings {ns}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"


def font_table(ns: str, fonts: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="00"/>'
        '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        for name, panose in fonts
    )
    return f"{XML_HEAD}<w:fonts {ns}>{items}</w:fonts>"


def theme_xml() -> str:
    """A cut-down Office theme: Word always writes one, and the docDefaults point at it."""
    colours = (
        ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
        ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
        ("dk2", '<a:srgbClr val="44546A"/>'),
        ("lt2", '<a:srgbClr val="E7E6E6"/>'),
        ("accent1", '<a:srgbClr val="4472C4"/>'),
        ("accent2", '<a:srgbClr val="ED7D31"/>'),
        ("accent3", '<a:srgbClr val="A5A5A5"/>'),
        ("accent4", '<a:srgbClr val="FFC000"/>'),
        ("accent5", '<a:srgbClr val="5B9BD5"/>'),
        ("accent6", '<a:srgbClr val="70AD47"/>'),
        ("hlink", '<a:srgbClr val="0563C1"/>'),
        ("folHlink", '<a:srgbClr val="954F72"/>'),
    )
    clr = "".join(f"<a:{k}>{v}</a:{k}>" for k, v in colours)
    return (
        f'{XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'name="Office Theme"><a:themeElements>'
        f'<a:clrScheme name="Office">{clr}</a:clrScheme>'
        '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
        '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
        'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
        '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/>'
        '</a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/>'
        '</a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
        '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
        "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>"
        "</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
        '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>'
        '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>"
        "</a:theme>"
    )


def numbering_xml(ns: str) -> str:
    return (
        f"{XML_HEAD}<w:numbering {ns}>"
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="2F4C7A19"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="1B0E0C2A"/><w:lvl w:ilvl="0" w:tplc="08090001"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
        'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1" w16cid:durableId="1408230517"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>"
    )


def comments_parts(ns: str, items: list[dict], word2021: bool) -> dict[str, str]:
    """comments.xml, the commentsExtended part that threads replies under their parent and the
    commentsIds part with durable ids; Word 2021 also writes commentsExtensible (UTC dates)."""
    comments = []
    extended = []
    ids = []
    extensible = []
    for c in items:
        comments.append(
            f'<w:comment w:id="{c["id"]}" w:author="{escape(c["author"])}" w:date="{c["date"]}" '
            f'w:initials="{c["initials"]}"><w:p w14:paraId="{c["para"]}" w14:textId="77777777" '
            'w:rsidR="00C31F4A" w:rsidRDefault="00C31F4A"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{run(c['text'])}</w:p></w:comment>"
        )
        parent = f' w15:paraIdParent="{c["parent"]}"' if c.get("parent") else ""
        extended.append(f'<w15:commentEx w15:paraId="{c["para"]}"{parent} w15:done="0"/>')
        ids.append(
            f'<w16cid:commentId w16cid:paraId="{c["para"]}" w16cid:durableId="{c["durable"]}"/>'
        )
        extensible.append(
            f'<w16cex:commentExtensible w16cex:durableId="{c["durable"]}" '
            f'w16cex:dateUtc="{c["date"]}"/>'
        )
    parts = {
        "word/comments.xml": f"{XML_HEAD}<w:comments {ns}>{''.join(comments)}</w:comments>",
        "word/commentsExtended.xml": f"{XML_HEAD}<w15:commentsEx {ns}>{''.join(extended)}</w15:commentsEx>",
        "word/commentsIds.xml": f"{XML_HEAD}<w16cid:commentsIds {ns}>{''.join(ids)}</w16cid:commentsIds>",
    }
    if word2021:  # modern comments; Word 2019 has no commentsExtensible part
        parts["word/commentsExtensible.xml"] = (
            f"{XML_HEAD}<w16cex:commentsExtensible {ns}>{''.join(extensible)}</w16cex:commentsExtensible>"
        )
    return parts


def people_xml(ns: str, people: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<w15:person w15:author="{escape(name)}"><w15:presenceInfo w15:providerId="{provider}" '
        f'w15:userId="{escape(user)}"/></w15:person>'
        for name, provider, user in people
    )
    return f"{XML_HEAD}<w15:people {ns}>{items}</w15:people>"


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


def app_xml(company: str, words: int, pages: int, minutes: int) -> str:
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>{minutes}</TotalTime><Pages>{pages}</Pages>"
        f"<Words>{words}</Words><Characters>{words * 5}</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>{words // 11}</Lines><Paragraphs>{words // 38}</Paragraphs>"
        "<ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{words * 6}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    )


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MSR = "http://schemas.microsoft.com/office/2011/relationships/"


def rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{ty}" Target="{tg}"/>' for i, ty, tg in rels)
    return (
        f"{XML_HEAD}<Relationships "
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'
    )


PACKAGE_RELS = rels_xml(
    [
        ("rId3", R + "extended-properties", "docProps/app.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        ("rId1", R + "officeDocument", "word/document.xml"),
    ]
)

WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def content_types(parts: list[str]) -> str:
    kinds = {
        "word/document.xml": WML + "document.main+xml",
        "word/styles.xml": WML + "styles+xml",
        "word/settings.xml": WML + "settings+xml",
        "word/webSettings.xml": WML + "webSettings+xml",
        "word/fontTable.xml": WML + "fontTable+xml",
        "word/numbering.xml": WML + "numbering+xml",
        "word/comments.xml": WML + "comments+xml",
        "word/commentsExtended.xml": WML + "commentsExtended+xml",
        "word/commentsIds.xml": WML + "commentsIds+xml",
        "word/commentsExtensible.xml": WML + "commentsExtensible+xml",
        "word/people.xml": WML + "people+xml",
        "word/header1.xml": WML + "header+xml",
        "word/footer1.xml": WML + "footer+xml",
        "word/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
        "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    over = "".join(
        f'<Override PartName="/{p}" ContentType="{kinds[p]}"/>' for p in parts if p in kinds
    )
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{over}</Types>"
    )


def write_docx(path: Path, parts: dict[str, str | bytes]) -> None:
    order = ["[Content_Types].xml", "_rels/.rels"] + [
        p for p in parts if p not in ("[Content_Types].xml", "_rels/.rels")
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            data = parts[name]
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def sect_pr(rsid: str, *, title_pg: bool = False) -> str:
    return (
        f'<w:sectPr w:rsidR="{rsid}" w:rsidSect="{rsid}"><w:headerReference w:type="default" r:id="rId8"/>'
        '<w:footerReference w:type="default" r:id="rId9"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1247" '
        'w:left="1304" w:header="567" w:footer="510" w:gutter="0"/><w:cols w:space="708"/>'
        f'{"<w:titlePg/>" if title_pg else ""}<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


# --- document 1: Prime Minister's Office media release, Word 2021 --------------------------

PMO = (
    "docx-word-2021-pm-office-media-release-crest-letterhead-header-release-table-caps-headline-"
    "italic-subheading-tracked-deletions-threaded-comment-inline-photo-alt-caption-credit-line-"
    "bullets-contact-block-outer-islands-road-fund"
)
TARIP = "Obed Tarip"
DATE_EDIT = "2026-03-10T21:47:00Z"
DATE_EDIT2 = "2026-03-10T22:05:00Z"


def pmo_docx() -> None:
    ids = Ids(0x2A11)
    arial = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
    body_ppr = '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/>'
    bullet_ppr = (
        '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:spacing w:after="60"/><w:jc w:val="both"/>'
    )

    def p(text: str, ppr: str = body_ppr, rpr: str = arial, rsid: str = "00C31F4A") -> str:
        return para(ids, run(text, rpr), ppr, rsid)

    release_table = table(
        [
            tc(
                para(
                    ids,
                    run(
                        "MEDIA RELEASE",
                        arial + '<w:b/><w:bCs/><w:color w:val="FFFFFF"/><w:sz w:val="24"/>',
                    ),
                    '<w:spacing w:after="0"/>',
                ),
                3100,
                shade="1F3864",
            )
            + tc(
                para(
                    ids,
                    run("Ref: PMO/MR/014/2026", arial + '<w:sz w:val="20"/>'),
                    '<w:spacing w:after="0"/><w:jc w:val="center"/>',
                ),
                3100,
                shade="D9E2F3",
            )
            + tc(
                para(
                    ids,
                    run("11 March 2026", arial + '<w:sz w:val="20"/>'),
                    '<w:spacing w:after="0"/><w:jc w:val="right"/>',
                ),
                3098,
                shade="D9E2F3",
            ),
        ],
        [3100, 3100, 3098],
    )

    body = "".join(
        [
            release_table,
            para(ids, "", '<w:spacing w:after="0"/>'),
            para(
                ids,
                run(
                    "PRIME MINISTER LAUNCHES VT 640 MILLION ROAD FUND FOR OUTER ISLANDS",
                    arial + '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>',
                ),
                '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
            ),
            para(
                ids,
                run(
                    "Pentecost, Ambae and Erromango roads first in line as works start before the end "
                    "of the dry season",
                    arial + '<w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
                ),
                '<w:spacing w:after="240"/><w:jc w:val="center"/>',
            ),
            para(
                ids,
                run("Port Vila, 11 March 2026 \u2013 ", arial + "<w:b/><w:bCs/>")
                + run(
                    "The Prime Minister, Hon. Reuben Malas Tavoa, today launched a VT 640 million fund to "
                    "rebuild and maintain roads on the outer islands",
                    arial,
                )
                + deleted(11, TARIP, DATE_EDIT, ", subject to Council of Ministers approval", arial)
                + run(
                    ", with the first works to start on Pentecost, Ambae and Erromango before the end of "
                    "the dry season.",
                    arial,
                ),
                body_ppr,
            ),
            p(
                "The Outer Islands Road Fund will be managed by the Ministry of Infrastructure and Public "
                "Utilities and paid for from the Government\u2019s development budget over three years."
            ),
            para(
                ids,
                comment_start(0)
                + comment_start(1)
                + run(
                    "Speaking at the signing of the fund agreement at the Prime Minister\u2019s Office on "
                    "Tuesday, the Prime Minister said poor roads were the biggest complaint he heard when "
                    "visiting the islands.",
                    arial,
                )
                + comment_end(0)
                + comment_end(1),
                body_ppr,
            ),
            p(
                "\u201cOl rod oli laef blong ol aelan. Sipos rod i nogud, trak i no save karem kopra i go "
                "long sip, mo ol sikman i no save kasem klinik,\u201d the Prime Minister said."
            ),
            p(
                "\u201cRoads are the life of our islands. When the road is bad, trucks cannot take copra "
                "to the ship and sick people cannot reach the clinic.\u201d"
            ),
            p("In the first year the fund will pay for:"),
            p(
                "VT 210 million to rebuild 24 kilometres of road between Loltong and Ranwadi on Pentecost;",
                bullet_ppr,
            ),
            p(
                "VT 180 million for drainage and resealing on the east coast road of Ambae;",
                bullet_ppr,
            ),
            p(
                "VT 150 million to open the road between Dillon\u2019s Bay and Ipota on Erromango; and",
                bullet_ppr,
            ),
            p(
                "VT 100 million for emergency repairs after cyclones and landslides on any island.",
                bullet_ppr,
            ),
            p(
                "Works will be carried out by local contractors where possible, and each contract will "
                "require at least a third of the workers to be hired from the communities along the road."
            ),
            # a whole paragraph the press secretary deleted, paragraph mark and all
            para(
                ids,
                deleted(
                    12,
                    TARIP,
                    DATE_EDIT,
                    "The fund will also pay for two new graders for Malampa and Torba provinces.",
                    arial,
                ),
                body_ppr
                + f'<w:rPr><w:del w:id="13" w:author="{TARIP}" w:date="{DATE_EDIT}"/>{arial}</w:rPr>',
            ),
            p(
                "The Director General of the Ministry of Infrastructure and Public Utilities, Mr Harrison "
                "Lokon, said surveys on all three islands would be finished by the end of April and the "
                "first contracts advertised in May."
            ),
            para(
                ids,
                run(
                    "Mr Lokon said the Ministry would publish a list of every contract, its value and the "
                    "contractor ",
                    arial,
                )
                + deleted(14, TARIP, DATE_EDIT2, "both ", arial)
                + run("on its website and in the newspapers.", arial),
                body_ppr,
            ),
            para(
                ids,
                inline_picture(
                    "rId20",
                    3,
                    "Picture 3",
                    "The Prime Minister signs the road fund agreement at a table with the Director General "
                    "of Infrastructure and Public Utilities standing beside him",
                    4754880,
                    3169920,
                ),
                '<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/>',
            ),
            para(
                ids,
                run(
                    "The Prime Minister, Hon. Reuben Malas Tavoa (seated, centre), signs the Outer Islands "
                    "Road Fund agreement with the Director General of Infrastructure and Public Utilities, "
                    "Mr Harrison Lokon, on Tuesday.",
                    arial + '<w:sz w:val="18"/><w:szCs w:val="18"/>',
                ),
                '<w:spacing w:after="0"/><w:jc w:val="center"/>',
            ),
            para(
                ids,
                run(
                    "Photo: PMO Media Unit",
                    arial + '<w:i/><w:iCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
                ),
                '<w:spacing w:after="240"/><w:jc w:val="center"/>',
            ),
            para(
                ids,
                run("\u2013 ENDS \u2013", arial + "<w:b/><w:bCs/>"),
                '<w:spacing w:after="240"/><w:jc w:val="center"/>',
            ),
            p(
                "For more information, please contact:",
                '<w:spacing w:after="0"/>',
                arial + "<w:b/><w:bCs/>",
            ),
            p(
                "Obed Tarip, Press Secretary, Office of the Prime Minister",
                '<w:spacing w:after="0"/>',
            ),
            para(
                ids,
                run("Phone: +678 33 ", arial)
                + deleted(15, TARIP, DATE_EDIT2, "410", arial)
                + inserted(16, TARIP, DATE_EDIT2, "514", arial)
                + run(" | Mobile: +678 771 2046", arial),
                '<w:spacing w:after="240"/>',
            ),
            para(
                ids,
                run("Note to editors: ", arial + '<w:b/><w:bCs/><w:sz w:val="18"/>')
                + run(
                    "High-resolution photographs from the signing are available on request from the PMO "
                    "Media Unit.",
                    arial + '<w:sz w:val="18"/>',
                ),
                '<w:spacing w:after="0"/>',
            ),
            sect_pr("00C31F4A"),
        ]
    )
    doc = f"{XML_HEAD}<w:document {NS_2021}><w:body>{body}</w:body></w:document>"

    hids = Ids(0x51C0)
    hdr_font = (
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    )
    header = (
        f"{XML_HEAD}<w:hdr {NS_2021}>"
        + para(
            hids,
            inline_picture(
                "rId1", 1, "Picture 1", "Coat of arms of the Republic of Vanuatu", 640080, 640080
            ),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            hids,
            run("REPUBLIC OF VANUATU", hdr_font + '<w:b/><w:bCs/><w:sz w:val="24"/>'),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            hids,
            run("OFFICE OF THE PRIME MINISTER", hdr_font + '<w:b/><w:bCs/><w:sz w:val="28"/>'),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            hids,
            run("Media Unit", hdr_font + '<w:i/><w:iCs/><w:sz w:val="20"/>'),
            '<w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" '
            'w:color="1F3864"/></w:pBdr><w:jc w:val="center"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        f"{XML_HEAD}<w:ftr {NS_2021}>"
        + para(
            hids,
            run(
                "Prime Minister\u2019s Office | Private Mail Bag 9053 | Port Vila, Vanuatu | Tel: (678) 33 514",
                arial + '<w:sz w:val="16"/><w:color w:val="595959"/>',
            ),
            '<w:pStyle w:val="Footer"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" '
            'w:color="1F3864"/></w:pBdr><w:jc w:val="center"/>',
        )
        + para(
            hids,
            run("Page ", arial + '<w:sz w:val="16"/>')
            + field("PAGE  \\* Arabic  \\* MERGEFORMAT", "1", arial + '<w:sz w:val="16"/>')
            + run(" of ", arial + '<w:sz w:val="16"/>')
            + field("NUMPAGES  \\* Arabic  \\* MERGEFORMAT", "2", arial + '<w:sz w:val="16"/>'),
            '<w:pStyle w:val="Footer"/><w:jc w:val="right"/>',
        )
        + "</w:ftr>"
    )

    comments = comments_parts(
        NS_2021,
        [
            {
                "id": 0,
                "author": TARIP,
                "initials": "OT",
                "date": "2026-03-10T21:52:00Z",
                "para": "1C5E0A01",
                "durable": "3F0A2B11",
                "text": "Check with MIPU that the agreement was signed on Tuesday and not Monday before this goes out.",
            },
            {
                "id": 1,
                "author": "Lorna Kaltapas",
                "initials": "LK",
                "date": "2026-03-10T22:31:00Z",
                "para": "1C5E0A02",
                "durable": "3F0A2B12",
                "parent": "1C5E0A01",
                "text": "Confirmed with the DG's secretary: Tuesday 10 March, 2pm.",
            },
        ],
        word2021=True,
    )
    list_style = (
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr>'
        '<w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
    )
    doc_rels = rels_xml(
        [
            ("rId1", R + "numbering", "numbering.xml"),
            ("rId2", R + "styles", "styles.xml"),
            ("rId3", R + "settings", "settings.xml"),
            ("rId4", R + "webSettings", "webSettings.xml"),
            ("rId5", R + "comments", "comments.xml"),
            (
                "rId6",
                "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                "commentsExtended.xml",
            ),
            (
                "rId7",
                "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
                "commentsIds.xml",
            ),
            ("rId8", R + "header", "header1.xml"),
            ("rId9", R + "footer", "footer1.xml"),
            (
                "rId10",
                "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
                "commentsExtensible.xml",
            ),
            ("rId11", R + "fontTable", "fontTable.xml"),
            (
                "rId12",
                "http://schemas.microsoft.com/office/2011/relationships/people",
                "people.xml",
            ),
            ("rId13", R + "theme", "theme/theme1.xml"),
            ("rId20", R + "image", "media/image2.png"),
        ]
    )
    parts: dict[str, str | bytes] = {
        "word/document.xml": doc,
        "word/styles.xml": styles_xml(NS_2021, "Arial", 22, "en-GB", list_style),
        "word/settings.xml": settings_xml(
            NS_2021, ["00C31F4A", "001B6E2D", "004A90F7", "00E27C53"], word2021=True
        ),
        "word/webSettings.xml": web_settings(NS_2021),
        "word/fontTable.xml": font_table(
            NS_2021,
            [
                ("Arial", "020B0604020202020204"),
                ("Times New Roman", "02020603050405020304"),
                ("Symbol", "05050102010706020507"),
                ("Calibri", "020F0502020204030204"),
            ],
        ),
        "word/numbering.xml": numbering_xml(NS_2021),
        **comments,
        "word/people.xml": people_xml(
            NS_2021,
            [
                (TARIP, "AD", "S::obed.tarip@pmo.gov.vu::5a1e9c40-7b22-4d0f-a3c1-0e2b6f8d9a17"),
                (
                    "Lorna Kaltapas",
                    "AD",
                    "S::lorna.kaltapas@pmo.gov.vu::c83f0b12-2e64-4a71-9d55-61f0a2b7e3c4",
                ),
            ],
        ),
        "word/header1.xml": header,
        "word/_rels/header1.xml.rels": rels_xml([("rId1", R + "image", "media/image1.png")]),
        "word/footer1.xml": footer,
        "word/theme/theme1.xml": theme_xml(),
        "word/_rels/document.xml.rels": doc_rels,
        "word/media/image1.png": png(40, 40, (200, 30, 40), (20, 110, 50)),
        "word/media/image2.png": png(72, 48, (190, 175, 150), (90, 70, 55)),
        "docProps/core.xml": core_xml(
            "Media Release - Outer Islands Road Fund",
            "PMO Media",
            TARIP,
            7,
            "2026-03-10T04:12:00Z",
            "2026-03-10T22:33:00Z",
        ),
        "docProps/app.xml": app_xml("Government of the Republic of Vanuatu", 512, 2, 96),
    }
    parts["[Content_Types].xml"] = content_types(list(parts))
    parts["_rels/.rels"] = PACKAGE_RELS
    write_docx(HERE / f"{PMO}.docx", parts)


# --- document 2: Parliament reporter's copy, Word 2019 ------------------------------------

PARL = (
    "docx-word-2019-parliament-reporter-copy-slug-header-page-x-of-y-footer-highlighted-desk-note-"
    "title-subtitle-byline-job-title-comment-reply-tracked-deletion-floating-photo-caption-credit-"
    "table-text-box-fisheries-licence-bill"
)
MAHIT = "Annie Mahit"
COS = "Roy Tamata"


def parl_docx() -> None:
    ids = Ids(0x7C03)

    def p(text: str, rpr: str = "", ppr: str = "", rsid: str = "00D84E19") -> str:
        return para(ids, run(text, rpr), ppr, rsid)

    desk_box = text_box(
        5,
        "Text Box 5",
        para(
            ids,
            run("PICS: ", "<w:b/><w:bCs/>")
            + run("Parliament media sending three more vote pics by 5pm. Will forward."),
            '<w:spacing w:after="0"/>',
        ),
        2286000,
        594360,
    )
    caption_table = table(
        [
            tc(
                para(
                    ids,
                    run(
                        "Government members stand to be counted during the vote on the fisheries bill on "
                        "Wednesday.",
                        '<w:sz w:val="20"/><w:szCs w:val="20"/>',
                    ),
                    '<w:spacing w:after="0"/>',
                ),
                9026,
                borders='<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                '<w:right w:val="nil"/></w:tcBorders>',
            ),
            tc(
                para(
                    ids,
                    run(
                        "Photo: Parliament of Vanuatu Media",
                        '<w:i/><w:iCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
                    ),
                    '<w:spacing w:after="0"/>',
                ),
                9026,
                borders='<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                '<w:right w:val="nil"/></w:tcBorders>',
            ),
        ],
        [9026],
    )
    body = "".join(
        [
            para(
                ids,
                run(
                    "NOTE TO DESK: Vote numbers are from the Clerk\u2019s tally sheet, which I photographed. "
                    "The Opposition Leader\u2019s quotes are from his press conference after the sitting, "
                    "not from the floor. \u2013 AM",
                    '<w:highlight w:val="yellow"/>',
                ),
            )
            + para(ids, desk_box, '<w:spacing w:after="0"/>'),
            para(
                ids,
                run("Parliament passes bill to raise foreign fishing licence fees by nearly half"),
                '<w:pStyle w:val="Title"/>',
            ),
            para(
                ids,
                run(
                    "Government says the change will bring in VT 290 million a year; Opposition warns "
                    "longline fleets may move to other waters"
                ),
                '<w:pStyle w:val="Subtitle"/>',
            ),
            p("By Annie Mahit", "<w:b/><w:bCs/>", '<w:spacing w:after="0"/>'),
            p("Parliament reporter", '<w:i/><w:iCs/><w:color w:val="595959"/>'),
            p(
                "Parliament on Wednesday passed the Fisheries (Licensing Amendment) Bill 2026, which raises "
                "the annual licence fee for each foreign longline vessel fishing in Vanuatu waters from "
                "US$18,000 to US$26,500."
            ),
            para(
                ids,
                comment_start(0)
                + comment_start(1)
                + run("The bill passed 31 votes to 12")
                + comment_end(0)
                + comment_end(1)
                + run(
                    " after a debate that lasted most of the day. Three members abstained and six were absent."
                ),
            ),
            p(
                "Introducing the bill, the Minister of Agriculture, Livestock, Forestry, Fisheries and "
                "Biosecurity, Hon. Silas Warakar, said the fee had not changed since 2014, while the value "
                "of tuna caught in Vanuatu\u2019s waters had more than doubled."
            ),
            p(
                "\u201cOur ocean is not cheap and our fee should not be cheap,\u201d Mr Warakar told the House. "
                "He said the increase would bring in about VT 290 million a year, which would be spent on "
                "fisheries patrols, observers and support for coastal communities."
            ),
            para(
                ids,
                deleted(
                    21,
                    COS,
                    "2026-03-11T05:12:00Z",
                    "Mr Warakar is expected to travel to a regional fisheries meeting in Honiara next month.",
                ),
                f'<w:rPr><w:del w:id="22" w:author="{COS}" w:date="2026-03-11T05:12:00Z"/></w:rPr>',
            ),
            para(
                ids,
                floating_picture(
                    "rId20",
                    4,
                    "Picture 4",
                    "Members of Parliament standing at their desks in the chamber during a vote",
                    5486400,
                    3108960,
                ),
                '<w:spacing w:after="0"/>',
            ),
            caption_table,
            para(ids, "", '<w:spacing w:after="0"/>'),
            p(
                "The Leader of the Opposition, Hon. Francis Iapatu, said the Opposition supported higher "
                "fees but the Government had not talked to the fishing companies or to the licensed agents "
                "in Port Vila."
            ),
            p(
                "\u201cIf the boats go to Fiji or the Solomons to fish, we get nothing,\u201d Mr Iapatu said "
                "at a press conference after the sitting. \u201cWe are asking for a proper plan, not a number "
                "pulled out of the air.\u201d"
            ),
            p(
                "The Fisheries Department says 68 foreign longliners held licences last year, most of them "
                "flagged in Taiwan, China and Fiji."
            ),
            p(
                "The new fee will apply from 1 July. The bill also doubles the fine for fishing without a "
                "licence to VT 50 million."
            ),
            p("Additional reporting by Edwin Kaltong.", "<w:i/><w:iCs/>"),
            p("ENDS", "<w:b/><w:bCs/>", '<w:jc w:val="center"/>'),
            sect_pr("00D84E19"),
        ]
    )
    doc = f"{XML_HEAD}<w:document {NS_2019}><w:body>{body}</w:body></w:document>"

    hids = Ids(0x6601)
    header = (
        f"{XML_HEAD}<w:hdr {NS_2019}>"
        + para(
            hids,
            run(
                "PARL / FISHERIES BILL \u2013 Mahit \u2013 for Thu 12/03 \u2013 620 wds",
                '<w:sz w:val="16"/>',
            ),
            '<w:pStyle w:val="Header"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        f"{XML_HEAD}<w:ftr {NS_2019}>"
        + para(
            hids,
            run("Island Courier \u2013 Parliament copy", '<w:sz w:val="16"/>')
            + run("\t", '<w:sz w:val="16"/>')
            + run("\tPage ", '<w:sz w:val="16"/>')
            + field("PAGE", "1", '<w:sz w:val="16"/>')
            + run(" of ", '<w:sz w:val="16"/>')
            + field("NUMPAGES", "2", '<w:sz w:val="16"/>'),
            '<w:pStyle w:val="Footer"/>',
        )
        + "</w:ftr>"
    )
    comments = comments_parts(
        NS_2019,
        [
            {
                "id": 0,
                "author": COS,
                "initials": "RT",
                "date": "2026-03-11T05:09:00Z",
                "para": "4B2D6E01",
                "durable": "6A3E1C21",
                "text": "The Clerk's website says 30 for. Which is right?",
            },
            {
                "id": 1,
                "author": MAHIT,
                "initials": "AM",
                "date": "2026-03-11T05:26:00Z",
                "para": "4B2D6E02",
                "durable": "6A3E1C22",
                "parent": "4B2D6E01",
                "text": "31. The website was corrected after the sitting. Tally sheet photo is in the shared folder.",
            },
        ],
        word2021=False,
    )
    extra_styles = (
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/>'
        '<w:szCs w:val="56"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="SubtitleChar"/><w:uiPriority w:val="11"/><w:qFormat/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/>'
        '<w:color w:val="5A5A5A" w:themeColor="text1" w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr></w:style>'
    )
    doc_rels = rels_xml(
        [
            ("rId2", R + "styles", "styles.xml"),
            ("rId3", R + "settings", "settings.xml"),
            ("rId4", R + "webSettings", "webSettings.xml"),
            ("rId5", R + "comments", "comments.xml"),
            (
                "rId6",
                "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                "commentsExtended.xml",
            ),
            (
                "rId7",
                "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
                "commentsIds.xml",
            ),
            ("rId8", R + "header", "header1.xml"),
            ("rId9", R + "footer", "footer1.xml"),
            ("rId11", R + "fontTable", "fontTable.xml"),
            (
                "rId12",
                "http://schemas.microsoft.com/office/2011/relationships/people",
                "people.xml",
            ),
            ("rId13", R + "theme", "theme/theme1.xml"),
            ("rId20", R + "image", "media/image1.png"),
        ]
    )
    parts: dict[str, str | bytes] = {
        "word/document.xml": doc,
        "word/styles.xml": styles_xml(NS_2019, "Calibri", 22, "en-AU", extra_styles),
        "word/settings.xml": settings_xml(NS_2019, ["00D84E19", "002F61A8", "00B93C07"]),
        "word/webSettings.xml": web_settings(NS_2019),
        "word/fontTable.xml": font_table(
            NS_2019,
            [
                ("Calibri", "020F0502020204030204"),
                ("Times New Roman", "02020603050405020304"),
                ("Calibri Light", "020F0302020204030204"),
            ],
        ),
        **comments,
        "word/people.xml": people_xml(
            NS_2019,
            [
                (COS, "Windows Live", "3f2a9b01c7d4e866"),
                (MAHIT, "Windows Live", "b81c04e2a9f3d517"),
            ],
        ),
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/theme/theme1.xml": theme_xml(),
        "word/_rels/document.xml.rels": doc_rels,
        "word/media/image1.png": png(80, 45, (120, 85, 60), (45, 60, 95)),
        "docProps/core.xml": core_xml(
            "", MAHIT, COS, 5, "2026-03-11T02:40:00Z", "2026-03-11T05:27:00Z"
        ),
        "docProps/app.xml": app_xml("", 618, 2, 142),
    }
    parts["[Content_Types].xml"] = content_types(list(parts))
    parts["_rels/.rels"] = PACKAGE_RELS
    write_docx(HERE / f"{PARL}.docx", parts)


if __name__ == "__main__":
    pmo_docx()
    parl_docx()

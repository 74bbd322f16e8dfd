"""Write the two Word files of filing set h31 (part b).

Standard library only: the WordprocessingML is written by hand, the pictures are tiny PNGs
drawn with zlib and struct, and every zip entry has a fixed time, so a rerun writes the same
bytes.

    python make_docx_b.py            # writes both files next to this script
"""

import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2024, 3, 12, 9, 30, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

DOC_NS = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
    f'xmlns:pic="{PIC_NS}" xmlns:wps="{WPS_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# --------------------------------------------------------------------------- pictures


def png(width, height, pixel):
    """A small RGB PNG; pixel(x, y) returns an (r, g, b) tuple."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def photo(seed):
    """A landscape 'photo': sky, hill line and ground in colours that depend on seed."""

    def pixel(x, y):
        hill = 30 + (x * seed) % 9 - abs(x - 48) // 6
        if y < hill:
            return (150 + y, 190 + y // 2, 230)
        return (60 + (x * y + seed * 7) % 50, 110 + (x + seed) % 60, 40 + (y * seed) % 30)

    return png(96, 64, pixel)


def coat_of_arms():
    """Green, red and yellow bands with a yellow star in the middle band."""

    def pixel(x, y):
        if x < 16:
            return (0, 122, 61)
        if x < 32:
            dx, dy = abs(x - 24), abs(y - 24)
            if dx + dy < 6 or (dx < 2 and dy < 8) or (dy < 2 and dx < 8):
                return (252, 209, 22)
            return (206, 17, 38)
        return (252, 209, 22)

    return png(48, 48, pixel)


def stamp():
    """A blue ring on white, the office's rubber stamp."""

    def pixel(x, y):
        d2 = (x - 32) ** 2 + (y - 32) ** 2
        if 22**2 <= d2 <= 30**2 or 12**2 <= d2 <= 14**2:
            return (40, 60, 170)
        return (255, 255, 255)

    return png(64, 64, pixel)


# --------------------------------------------------------------------------- markup helpers


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, bold=False, italic=False, underline=False, size=None, caps=False,
        highlight=None, font=None, lang=None):
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if caps:
        props += "<w:caps/>"
    if underline:
        props += '<w:u w:val="single"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if lang:
        props += f'<w:lang w:val="{lang}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def para(*runs, style=None, align=None, ind=None, spacing=None, num=None, tabs=None,
         keep_next=False, rpr=""):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        props += "<w:keepNext/>"
    if num:
        props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if tabs:
        props += "<w:tabs>" + "".join(
            f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs
        ) + "</w:tabs>"
    if spacing:
        props += f"<w:spacing {spacing}/>"
    if ind:
        props += f"<w:ind {ind}/>"
    if align:
        props += f'<w:jc w:val="{align}"/>'
    if rpr:
        props += f"<w:rPr>{rpr}</w:rPr>"
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def tab():
    return "<w:r><w:tab/></w:r>"


def graphic(rid, name, cx, cy):
    return (
        f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{PIC_NS}">'
        f'<pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr><pic:cNvPr id="0" name="{name}"/>'
        '<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr>'
        f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
        '</a:stretch></pic:blipFill><pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</pic:spPr></pic:pic></a:graphicData></a:graphic>"
    )


def inline_picture(rid, pid, name, descr, cx, cy, title=None):
    title_attr = f' title="{escape(title)}"' if title else ""
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}" descr="{escape(descr)}"{title_attr}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks '
        f'xmlns:a="{A_NS}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f"{graphic(rid, name, cx, cy)}</wp:inline></w:drawing></w:r>"
    )


def anchored_picture(rid, pid, name, descr, cx, cy, x, y):
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{pid}" name="Picture {pid}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks '
        f'xmlns:a="{A_NS}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f"{graphic(rid, name, cx, cy)}</wp:anchor></w:drawing></w:r>"
    )


def text_box(pid, inner_paras, cx, cy, y):
    """A floating text box, as Word and ONLYOFFICE write it: DrawingML with a VML fallback."""
    content = "".join(inner_paras)
    height_pt = cy / 12700
    width_pt = cx / 12700
    top_pt = y / 12700
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{pid}" name="Text Box {pid}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{WPS_NS}"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350"><a:solidFill>'
        '<a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shape id="Text Box {pid}" o:spid="_x0000_s10{pid:02d}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{top_pt:.1f}pt;'
        f'width:{width_pt:.1f}pt;height:{height_pt:.1f}pt;z-index:251659264" '
        'fillcolor="#f2f2f2" strokecolor="#a6a6a6" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        "<w10:wrap type=\"topAndBottom\"/></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def cell(content, width, borders=False, valign=None, shade=None):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if not borders:
        props += (
            '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/></w:tcBorders>'
        )
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        props += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(content)}</w:tc>"


def table(rows, widths, style=None):
    tpr = ""
    if style:
        tpr += f'<w:tblStyle w:val="{style}"/>'
    tpr += f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
    tpr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" ' \
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    return f"<w:tbl><w:tblPr>{tpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def ins(text, rid, author, date, **kw):
    return (
        f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{run(text, **kw)}'
        "</w:ins>"
    )


def dele(text, rid, author, date, **kw):
    r = run(text, **kw).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
    return f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{r}</w:del>'


def field(instr, result, **kw):
    """A complex field: begin, instruction, separate, cached result, end."""
    rpr = run("", **kw).split("<w:t ")[0].removeprefix("<w:r>")
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result, **kw)}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def comment_start(cid):
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid):
    return (
        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


# --------------------------------------------------------------------------- package parts


def styles_xml(font, size, extra=""):
    def style(sid, name, ppr="", rpr="", based="Normal", kind="paragraph", nxt="Normal"):
        based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (
            f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based_on}'
            f'<w:next w:val="{nxt}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>'
            "</w:style>"
        )

    return (
        XML_HEAD
        + f'<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        + style("Title", "Title", '<w:spacing w:after="80"/><w:contextualSpacing/>',
                '<w:sz w:val="48"/><w:szCs w:val="48"/><w:kern w:val="28"/>')
        + style("Subtitle", "Subtitle", '<w:spacing w:after="160"/>',
                '<w:i/><w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/>')
        + style("Heading2", "heading 2",
                '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                '<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>')
        + style("Caption", "caption", "", '<w:i/><w:sz w:val="18"/><w:szCs w:val="18"/>')
        + style("ListParagraph", "List Paragraph", '<w:ind w:left="720"/>')
        + style("CommentText", "annotation text", "", '<w:sz w:val="20"/><w:szCs w:val="20"/>')
        + style("Footer", "footer", '<w:tabs><w:tab w:val="center" w:pos="4513"/>'
                '<w:tab w:val="right" w:pos="9026"/></w:tabs>', "")
        + '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        + extra
        + "</w:styles>"
    )


def settings_xml(track=False):
    return (
        XML_HEAD
        + f'<w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:zoom w:percent="100"/>'
        + ("<w:trackRevisions/>" if track else "")
        + '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def font_table_xml(fonts):
    body = "".join(f'<w:font w:name="{f}"><w:family w:val="auto"/></w:font>' for f in fonts)
    return XML_HEAD + f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:fonts>'


def comments_xml(comments):
    body = ""
    for cid, author, initials, date, text in comments:
        body += (
            f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" '
            f'w:initials="{initials}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{run(text)}</w:p></w:comment>"
        )
    return XML_HEAD + f'<w:comments xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:comments>'


def numbering_xml():
    def lvl(fmt, text, left, hanging, font=None):
        rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
        return (
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
        )

    return (
        XML_HEAD
        + f'<w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        + lvl("lowerLetter", "%1)", 1080, 360)
        + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
        + lvl("bullet", "-", 720, 360, "Times New Roman")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


def footer_xml(paras):
    return XML_HEAD + f"<w:ftr {DOC_NS}>{''.join(paras)}</w:ftr>"


def core_xml(title, creator, modified_by, created, modified):
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application, template, company, words):
    return (
        XML_HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes">'
        f"<Template>{template}</Template><TotalTime>37</TotalTime><Pages>2</Pages>"
        f"<Words>{words}</Words><Application>{escape(application)}</Application>"
        f"<DocSecurity>0</DocSecurity><Company>{escape(company)}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "</Properties>"
    )


def content_types(overrides):
    body = (
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
    )
    for part, ctype in overrides:
        body += f'<Override PartName="/{part}" ContentType="{ctype}"/>'
    return (
        XML_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + body
        + "</Types>"
    )


WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CTYPES = {
    "word/document.xml": f"{WML}.document.main+xml",
    "word/styles.xml": f"{WML}.styles+xml",
    "word/settings.xml": f"{WML}.settings+xml",
    "word/fontTable.xml": f"{WML}.fontTable+xml",
    "word/numbering.xml": f"{WML}.numbering+xml",
    "word/comments.xml": f"{WML}.comments+xml",
    "word/footer1.xml": f"{WML}.footer+xml",
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
REL_TYPES = {
    "styles": f"{OFFICE_REL}/styles",
    "settings": f"{OFFICE_REL}/settings",
    "fontTable": f"{OFFICE_REL}/fontTable",
    "numbering": f"{OFFICE_REL}/numbering",
    "comments": f"{OFFICE_REL}/comments",
    "footer": f"{OFFICE_REL}/footer",
    "image": f"{OFFICE_REL}/image",
}


def relationships(rels):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels
    )
    return XML_HEAD + f'<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def write_docx(path, parts):
    """parts: list of (name, bytes or str) in the order they go into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def package(path, body, sect, doc_rels, media, extra_parts, core, app):
    names = ["word/document.xml"] + [n for n, _ in extra_parts]
    overrides = [(n, CTYPES[n]) for n in names] + [
        ("docProps/core.xml", CTYPES["docProps/core.xml"]),
        ("docProps/app.xml", CTYPES["docProps/app.xml"]),
    ]
    document = XML_HEAD + f"<w:document {DOC_NS}><w:body>{body}{sect}</w:body></w:document>"
    root_rels = relationships([
        ("rId1", f"{OFFICE_REL}/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                 "core-properties", "docProps/core.xml"),
        ("rId3", f"{OFFICE_REL}/extended-properties", "docProps/app.xml"),
    ])
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", relationships(doc_rels)),
        *extra_parts,
        *media,
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]
    write_docx(path, parts)


# --------------------------------------------------------------------------- document 1
# A Divisional Office's radio-press communiqué, typed by the secretariat in Word: the
# two-language letterhead as a borderless table with the arms in the middle, the reference
# number and a DATE field, the subject line, tracked changes from the second reading, a
# lettered list, the signature block with the stamp behind it, the copies list, a comment
# from the secretariat, and a footer with the office's address and a PAGE field.

COMMUNIQUE = (
    "docx-government-communique-bilingual-letterhead-table-arms-picture-reference-number-"
    "date-field-subject-line-tracked-date-change-lettered-list-signature-stamp-copies-list-"
    "buea-slash-and-burn-ban.docx"
)
SEC = "Secretariat DO Buea"
SEC_DATE = "2024-03-11T10:12:00Z"


def communique():
    tnr = "Times New Roman"
    left = [
        "REPUBLIC OF CAMEROON", "Peace – Work – Fatherland", "----------",
        "MINISTRY OF TERRITORIAL ADMINISTRATION", "----------", "SOUTH WEST REGION",
        "----------", "FAKO DIVISION", "----------", "BUEA SUB-DIVISION", "----------",
        "DIVISIONAL OFFICE, BUEA",
    ]
    right = [
        "REPUBLIQUE DU CAMEROUN", "Paix – Travail – Patrie", "----------",
        "MINISTERE DE L'ADMINISTRATION TERRITORIALE", "----------", "REGION DU SUD-OUEST",
        "----------", "DEPARTEMENT DU FAKO", "----------", "ARRONDISSEMENT DE BUEA",
        "----------", "SOUS-PREFECTURE DE BUEA",
    ]

    def head_lines(lines):
        out = []
        for line in lines:
            motto = "Patrie" in line or "Fatherland" in line
            out.append(para(
                run(line, bold=not motto, italic=motto, size=17),
                align="center", spacing='w:after="0" w:line="240" w:lineRule="auto"',
            ))
        return out

    arms = para(
        inline_picture("rId10", 1, "armoiries.png", "Armoiries / Coat of arms", 685800, 685800),
        align="center", spacing='w:before="240" w:after="0"',
    )
    letterhead = table(
        [[cell(head_lines(left), 4200), cell([arms], 1400, valign="center"),
          cell(head_lines(right), 4200)]],
        [4200, 1400, 4200],
    )
    body = [letterhead, para(spacing='w:after="0"')]
    body.append(para(
        run("N° 0017/C/DO-BUEA/SP/2024", bold=True),
        tab(),
        run("Buea, ", bold=True),
        field('DATE \\@ "d MMMM yyyy"', "11 March 2024", bold=True),
        tabs=[("right", 9638)], spacing='w:before="240" w:after="360"',
    ))
    body.append(para(
        run("RADIO-PRESS COMMUNIQUE", bold=True, underline=True, size=30),
        align="center", spacing='w:after="360"',
    ))
    body.append(para(
        run("SUBJECT: ", bold=True, underline=True),
        run("Bush fires – suspension of slash-and-burn farming on the slopes of Mount Cameroon "
            "until ", bold=True),
        dele("15", 1, SEC, SEC_DATE, bold=True),
        ins("30", 2, SEC, SEC_DATE, bold=True),
        run(" April 2024", bold=True),
        ind='w:left="1134" w:hanging="1134"', spacing='w:after="360"', align="both",
    ))
    just = {"align": "both", "spacing": 'w:after="200" w:line="300" w:lineRule="auto"'}
    body.append(para(
        run("The Divisional Officer for Buea hereby informs the general public, and farmers in "
            "particular, that following the bush fires which destroyed more than 300 hectares of "
            "farmland and forest on the slopes of Mount Cameroon between 20 February and 8 March "
            "2024, the practice of slash-and-burn farming is suspended throughout Buea "
            "Sub-Division until "),
        dele("15", 3, SEC, SEC_DATE),
        ins("30", 4, SEC, SEC_DATE),
        run(" April 2024."),
        **just,
    ))
    body.append(para(run("During this period, the following are forbidden:"), **just))
    items = [
        "the burning of grass, bush or farm waste on any farm, plantation or fallow land;",
        "the setting of fires to hunt game or to collect honey;",
        "the burning of refuse in the open in the quarters of Bokwango, Upper Farms, Buea Town, "
        "Bonakanda and Bova.",
    ]
    body.append(para(
        comment_start(0), run(items[0]), comment_end(0),
        style="ListParagraph", num=1, align="both", spacing='w:after="80"',
    ))
    body.append(para(run(items[1]), style="ListParagraph", num=1, align="both",
                     spacing='w:after="80"'))
    body.append(para(run(items[2]), style="ListParagraph", num=1, align="both",
                     spacing='w:after="200"'))
    for text in [
        "Any person found setting fire in violation of this communiqué will be arrested and "
        "handed over to the competent services, and will be liable to a fine of FCFA 50,000 to "
        "FCFA 500,000, without prejudice to the compensation of victims, in accordance with the "
        "laws and regulations in force.",
        "Chiefs, quarter heads and the presidents of farmers' groups are requested to sensitise "
        "their populations and to report any outbreak of fire immediately to the nearest "
        "gendarmerie brigade or police station, or to the Divisional Office on 6 00 00 00 00.",
        "Traditional rulers of the villages bordering the Mount Cameroon forest are further "
        "requested to mobilise vigilance committees to watch the forest edge at night, in "
        "collaboration with the forestry post and the fire brigade.",
        "The Divisional Officer counts on the sense of responsibility of all for the strict "
        "observance of this communiqué.",
    ]:
        body.append(para(run(text), **just))
    sign = {"ind": 'w:left="5103"', "align": "center", "spacing": 'w:after="0"'}
    body.append(para(
        anchored_picture("rId11", 2, "cachet.png", "Stamp of the Divisional Office, Buea",
                         1097280, 1097280, 3474720, -91440),
        run("The Divisional Officer,", bold=True), **sign,
    ))
    body.append(para(run("(Signed)", italic=True), **sign))
    body.append(para(**sign))
    body.append(para(run("TAMBE ENOW Alfred", bold=True, underline=True), **sign))
    body.append(para(spacing='w:after="0"'))
    body.append(para(
        run("Copies:", bold=True, underline=True), spacing='w:before="240" w:after="60"',
    ))
    for line in [
        "Governor, South West Region (ATCR);",
        "SDO, Fako (ATCR);",
        "Mayor, Buea Council;",
        "Company Commander, Gendarmerie, Buea;",
        "Divisional Delegate of Agriculture and Rural Development, Fako;",
        "Chiefs of Buea Sub-Division;",
        "Radio stations and press organs;",
        "Notice boards;",
        "Chrono/Archives.",
    ]:
        body.append(para(run(line, size=20), num=2, spacing='w:after="0"'))
    sect = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rId12"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="851" w:right="1134" w:bottom="1134" '
        'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    footer = footer_xml([para(
        run("Divisional Office, Buea – P.O. Box 000 Buea – Tel.: (+237) 6 00 00 00 00 – "
            "sp.dobuea@minat.example", size=16),
        tab(),
        run("Page ", size=16),
        '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t>'
        "</w:r></w:fldSimple>",
        style="Footer",
    )])
    comments = comments_xml([(
        0, SEC, "SDB", SEC_DATE,
        "Mr DO asked to add honey collectors here after the meeting with the chiefs. "
        "Date changed to 30 April on his instruction. Please confirm before it goes to the press.",
    )])
    doc_rels = [
        ("rId1", REL_TYPES["styles"], "styles.xml"),
        ("rId2", REL_TYPES["settings"], "settings.xml"),
        ("rId3", REL_TYPES["fontTable"], "fontTable.xml"),
        ("rId4", REL_TYPES["numbering"], "numbering.xml"),
        ("rId5", REL_TYPES["comments"], "comments.xml"),
        ("rId10", REL_TYPES["image"], "media/image1.png"),
        ("rId11", REL_TYPES["image"], "media/image2.png"),
        ("rId12", REL_TYPES["footer"], "footer1.xml"),
    ]
    extra = [
        ("word/numbering.xml", numbering_xml()),
        ("word/comments.xml", comments),
        ("word/footer1.xml", footer),
    ]
    base = [
        ("word/styles.xml", styles_xml(tnr, 24)),
        ("word/settings.xml", settings_xml(track=True)),
        ("word/fontTable.xml", font_table_xml([tnr, "Calibri"])),
    ]
    media = [("word/media/image1.png", coat_of_arms()), ("word/media/image2.png", stamp())]
    package(
        HERE / COMMUNIQUE, "".join(body), sect, doc_rels, media, base + extra,
        core_xml("COMMUNIQUE", "SECRETARIAT", "DO-BUEA-PC", "2024-03-11T08:02:00Z",
                 "2024-03-11T10:14:00Z"),
        app_xml("Microsoft Office Word", "Normal.dotm", "Divisional Office Buea", 402),
    )


# --------------------------------------------------------------------------- document 2
# A Donga-Mantung correspondent's file written in ONLYOFFICE Desktop Editors: a highlighted
# slug line, Title and Subtitle styles, a bold byline paragraph, the dateline as a bold run, a
# picture whose caption and credit sit in a floating text box (DrawingML with a VML fallback,
# so the caption is in the file twice), a Pidgin quote with the English in brackets, a comment
# to the desk, a contributor line in the middle of the story, a Heading 2 crosshead, a second
# picture in a two-cell table with "Caption:" and "Credit:" lines, "ENDS" and a phone line.

NDU = (
    "docx-onlyoffice-desktop-editors-correspondent-file-highlighted-slug-title-subtitle-"
    "text-box-caption-vml-fallback-table-caption-credit-cells-mid-story-contributor-comment-"
    "ndu-grazier-compensation.docx"
)
AUTHOR = "Bongjoh Emmanuel Tanko"
A_DATE = "2024-03-12T20:41:00Z"


def ndu():
    font = "Arial"
    body = []
    body.append(para(
        run("NDU GRAZIERS / Donga-Mantung bureau / 760 words / 2 pix / for Thursday 14 March",
            bold=True, highlight="yellow", size=20),
    ))
    body.append(para(
        run("Ndu peace committee pays FCFA 3.2 million to farmers after cattle destroy crops"),
        style="Title",
    ))
    body.append(para(
        run("Ardos and farmers' leaders agree a grazing calendar and weekly joint patrols on the "
            "hills above the town"),
        style="Subtitle",
    ))
    body.append(para(run("By Bongjoh Emmanuel Tanko, Donga-Mantung correspondent", bold=True)))
    body.append(para(
        run("NDU, Donga-Mantung Division – ", bold=True),
        run("A farmer–grazier peace committee in Ndu has paid FCFA 3.2 million in compensation "
            "to 27 farmers whose crops were destroyed by cattle in January and February, in what "
            "its members say is the largest settlement reached without going to court since the "
            "committee was set up in 2019."),
    ))
    body.append(para(run(
        "The money was contributed by 11 Mbororo cattle owners whose herds strayed into maize, "
        "beans and Irish potato farms in the Ndu valley during the dry season, when herders bring "
        "their cattle down from the hills in search of pasture and water."
    )))
    body.append(para(run(
        "At a ceremony at the Ndu council hall on Saturday, the farmers received between FCFA "
        "40,000 and FCFA 310,000 each, depending on the size of the farm damaged, in the presence "
        "of the Divisional Officer for Ndu, traditional rulers and the ardos, the Mbororo "
        "community leaders."
    )))
    box = text_box(3, [
        para(run("Farmers and cattle owners shake hands after the compensation ceremony at the "
                 "Ndu council hall on Saturday, 9 March."), style="Caption",
             spacing='w:after="40"'),
        para(run("Photo: Bongjoh E. Tanko/The Crossroads Daily", size=16), style="Caption",
             spacing='w:after="0"'),
    ], 5486400, 548640, 3474720)
    body.append(para(
        inline_picture("rId10", 1, "IMG-20240309-WA0014.png",
                       "Farmers and herders at the Ndu council hall", 5486400, 3429000),
        box,
        align="center", spacing='w:after="720"',
    ))
    body.append(para(
        run("“Before, when cow chop farm, people fight, people go for court, and nobody get "
            "money,” said Mrs Wirngo Theresia Nyah, who leads the farmers' side of the "
            "committee. "),
        run("(Before, when cattle ate a farm, people fought, people went to court, and nobody got "
            "any money.)"),
        run(" “Now we sit down together, we count the ridges, we agree.”"),
    ))
    body.append(para(
        comment_start(0),
        run("Ardo Usmanu Jibrilla, who speaks for the cattle owners, said the herders had agreed "
            "to pay because the committee's assessment was fair. “We are neighbours. The farmer "
            "needs the manure of our cattle and we need the farmer's peace,” he said through an "
            "interpreter."),
        comment_end(0),
    ))
    body.append(para(run("(Nfor Hanson Ngala contributed reporting from Nkambe.)", italic=True)))
    body.append(para(run("A calendar for the cattle"), style="Heading2"))
    body.append(para(run(
        "Under an agreement signed at the ceremony, cattle will be kept above a line marked by "
        "the committee on the hills above Ndu from 1 May to 30 November, when crops are in the "
        "fields. Farmers, for their part, have agreed not to open new farms on the grazing land "
        "marked out in 2021."
    )))
    body.append(para(run(
        "Joint patrols of two farmers and two herders will walk the boundary every week, and "
        "the committee will meet on the first Saturday of each month, the agreement says. Cattle "
        "found on farms will be held at the council pound and their owners fined FCFA 5,000 a "
        "head."
    )))
    pic_cell = cell([para(
        inline_picture("rId11", 2, "IMG-20240309-WA0021.png",
                       "Cattle grazing on a hillside above Ndu", 2743200, 1828800),
        spacing='w:after="0"',
    )], 4500, borders=True)
    text_cell = cell([
        para(run("Caption: ", bold=True),
             run("Cattle on the hills above Ndu, where herds must stay from 1 May under the new "
                 "agreement.")),
        para(run("Credit: ", bold=True), run("Wimbum Peace Initiative")),
    ], 4500, borders=True, valign="center", shade="F2F2F2")
    body.append(table([[pic_cell, text_cell]], [4500, 4500], style="TableGrid"))
    body.append(para(spacing='w:after="0"'))
    body.append(para(run(
        "Conflicts between farmers and herders have been a recurring source of violence in "
        "Donga-Mantung and across the North-West Region, sometimes leading to deaths. Shufai "
        "Nformi Bernard, a notable who sits on the committee for the traditional council, said "
        "quarter heads had been warned not to allocate grazing land for farming."
    )))
    body.append(para(run(
        "The committee, which brings together farmers, herders, the council and the traditional "
        "council, is supported by a local non-governmental organisation, the Wimbum Peace "
        "Initiative. It says it has settled 64 disputes since 2019."
    )))
    body.append(para(run("ENDS", bold=True), align="center"))
    body.append(para(run("Correspondent's phone: 6 00 00 00 00 (WhatsApp)", size=18)))
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
        'w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
    )
    comments = comments_xml([(
        0, AUTHOR, "BE", A_DATE,
        "Desk: he writes his name Jibrilla with double l – I checked with the committee "
        "secretary. Not Jibril.",
    )])
    doc_rels = [
        ("rId1", REL_TYPES["styles"], "styles.xml"),
        ("rId2", REL_TYPES["settings"], "settings.xml"),
        ("rId3", REL_TYPES["fontTable"], "fontTable.xml"),
        ("rId4", REL_TYPES["comments"], "comments.xml"),
        ("rId10", REL_TYPES["image"], "media/image1.png"),
        ("rId11", REL_TYPES["image"], "media/image2.png"),
    ]
    base = [
        ("word/styles.xml", styles_xml(font, 22)),
        ("word/settings.xml", settings_xml()),
        ("word/fontTable.xml", font_table_xml([font, "Times New Roman"])),
    ]
    extra = [("word/comments.xml", comments)]
    media = [("word/media/image1.png", photo(3)), ("word/media/image2.png", photo(7))]
    package(
        HERE / NDU, "".join(body), sect, doc_rels, media, base + extra,
        core_xml("", AUTHOR, AUTHOR, "2024-03-12T17:05:00Z", "2024-03-12T20:44:00Z"),
        app_xml("ONLYOFFICE/8.0.1.31", "", "", 761),
    )


def main(argv):
    makers = {"communique": communique, "ndu": ndu}
    for name in argv or makers:
        makers[name]()
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])

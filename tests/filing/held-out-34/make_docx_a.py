"""Write the two Word files of set h34 (part a) with the standard library only.

Each file is hand-written WordprocessingML zipped with fixed timestamps, so a rerun writes the
same bytes. Run from anywhere: python make_docx_a.py
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 1, 9, 0, 0)

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
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
R_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def png(width, height, rgb):
    """A small solid-colour PNG."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rp}{t(text)}</w:r>"


def para(content, style="", ppr="", rsid="00A41C2B"):
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    pp = f"<w:pPr>{ps}{ppr}</w:pPr>" if ps or ppr else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{pp}{content}</w:p>'


def p(text, style="", rpr="", ppr=""):
    return para(run(text, rpr), style, ppr)


def ins(text, rid, author, date, rpr=""):
    return (
        f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{run(text, rpr)}</w:ins>'
    )


def dele(text, rid, author, date):
    return (
        f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def comment_ref(cid):
    return (
        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


def graphic(rid, pid, name, cx, cy):
    return (
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    )


def inline_picture(rid, pid, name, descr, cx, cy):
    d = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{d}/>'
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        f"</wp:cNvGraphicFramePr>{graphic(rid, pid, name, cx, cy)}</wp:inline></w:drawing></w:r>"
    )


def anchored_picture(rid, pid, name, descr, cx, cy, x_off, y_off):
    d = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x_off}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_off}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{d}/><wp:cNvGraphicFramePr/>'
        f"{graphic(rid, pid, name, cx, cy)}</wp:anchor></w:drawing></w:r>"
    )


def text_box(pid, name, paragraphs_xml, cx, cy, x_off, y_off, fill="FFF2CC"):
    """A floating text box as Word writes it: DrawingML shape with a VML fallback."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x_off}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_off}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{pid}" name="{escape(name)}"/>'
        "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paragraphs_xml}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {pid}" o:spid="_x0000_s10{pid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{cx // 12700}pt;'
        f'height:{cy // 12700}pt;z-index:251661312" fillcolor="#{fill.lower()}">'
        f"<v:textbox><w:txbxContent>{paragraphs_xml}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def field(instr, result, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rp}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result, rpr)}"
        f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def styles_xml(extra=""):
    def style(sid, name, ppr="", rpr="", kind="paragraph", based="Normal", nxt="Normal"):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        n = f'<w:next w:val="{nxt}"/>' if nxt and kind == "paragraph" else ""
        return (
            f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{n}'
            f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
            if kind == "paragraph"
            else f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f"<w:rPr>{rpr}</w:rPr></w:style>"
        )

    body = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" '
        'w:cs="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        + style("Title", "Title", "", '<w:b/><w:sz w:val="44"/>')
        + style("Subtitle", "Subtitle", "", '<w:i/><w:color w:val="595959"/><w:sz w:val="28"/>')
        + style(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="36"/>',
        )
        + style("Caption", "caption", "", '<w:i/><w:sz w:val="18"/>')
        + style("CommentText", "annotation text", "", '<w:sz w:val="20"/>')
        + style("Header", "header", "", '<w:sz w:val="18"/>')
        + style("Footer", "footer", "", '<w:sz w:val="18"/>')
        + style(
            "CommentReference", "annotation reference", kind="character", rpr='<w:sz w:val="16"/>'
        )
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr></w:style>"
        + extra
    )
    return XML_HEAD + f"<w:styles {NS}>{body}</w:styles>"


def header_footer(tag, paragraphs_xml):
    return XML_HEAD + f"<w:{tag} {NS}>{paragraphs_xml}</w:{tag}>"


def comments_xml(comments):
    out = []
    for cid, author, initials, date, text in comments:
        out.append(
            f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" '
            f'w:initials="{initials}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{run(text)}</w:p></w:comment>"
        )
    return XML_HEAD + f"<w:comments {NS}>{''.join(out)}</w:comments>"


def content_types(has_comments=True):
    over = [
        ("/word/document.xml", "wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "wordprocessingml.styles+xml"),
        ("/word/settings.xml", "wordprocessingml.settings+xml"),
        ("/word/header1.xml", "wordprocessingml.header+xml"),
        ("/word/footer1.xml", "wordprocessingml.footer+xml"),
        ("/docProps/app.xml", "extended-properties+xml"),
    ]
    if has_comments:
        over.append(("/word/comments.xml", "wordprocessingml.comments+xml"))
    items = "".join(
        f'<Override PartName="{n}" ContentType="application/vnd.openxmlformats-officedocument.{c}"/>'
        for n, c in over
    )
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{items}"
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )


def root_rels():
    return (
        XML_HEAD + f'<Relationships xmlns="{R_PKG}">'
        f'<Relationship Id="rId1" Type="{R_OFFICE}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{R_OFFICE}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def doc_rels(images):
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "header", "header1.xml"),
        ("rId4", "footer", "footer1.xml"),
        ("rId5", "comments", "comments.xml"),
    ] + [(rid, "image", f"media/{fname}") for rid, fname in images]
    body = "".join(
        f'<Relationship Id="{i}" Type="{R_OFFICE}/{k}" Target="{tg}"/>' for i, k, tg in rels
    )
    return XML_HEAD + f'<Relationships xmlns="{R_PKG}">{body}</Relationships>'


def core_xml(title, creator, modified_by, created, modified):
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application, version, words, pages=2):
    return (
        XML_HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{escape(application)}</Application><AppVersion>{version}</AppVersion>"
        f"<Pages>{pages}</Pages><Words>{words}</Words><DocSecurity>0</DocSecurity></Properties>"
    )


def settings_xml(track=True):
    tr = "<w:trackRevisions/>" if track else ""
    return (
        XML_HEAD + f'<w:settings {NS}><w:zoom w:percent="100"/>{tr}'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-GB"/></w:settings>'
    )


def document_xml(body_xml):
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return XML_HEAD + f"<w:document {NS}><w:body>{body_xml}{sect}</w:body></w:document>"


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --- 1. Alderney correspondent's file saved by OfficeSuite on an Android tablet --------------

ALDERNEY = (
    "docx-officesuite-android-correspondent-file-slug-header-page-footer-desk-note-text-box-"
    "title-subtitle-dateline-picture-alt-caption-style-credit-line-own-tracked-changes-comment-"
    "alderney-breakwater-breach"
)


def alderney():
    who, when = "Iris Gaudion", "2026-11-30T16:12:00Z"
    note = p(
        "NOTE FOR DESK: figures are from the P&F Committee papers of 25 November and the "
        "engineers' summary – the clerk confirmed both by phone. Please don't use "
        "'collapse', it is a breach. Pic is mine.",
        rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="18"/>',
    )
    body = [
        para(
            text_box(10, "Text Box 10", note, 2286000, 1143000, 3886200, 0)
            + run("Breakwater repair bill rises to £7.8m as storm opens new breach"),
            "Title",
        ),
        p(
            "Alderney asks Guernsey to bring forward money for emergency work as engineers warn "
            "of further damage this winter",
            "Subtitle",
        ),
        p("By Iris Gaudion", rpr="<w:b/>"),
        p(
            "ALDERNEY – The cost of repairing Alderney's breakwater has risen to £7.8m after last "
            "month's storm tore a 12-metre breach in the outer wall, the States of Alderney has "
            "been told."
        ),
        para(
            run(
                "Engineers who inspected the Victorian structure after the storm on 19 November "
                "found that the breach, "
            )
            + dele("about 600 metres from the root", 1, who, when)
            + ins("near the 700-metre mark", 2, who, when)
            + run(
                ", had exposed the rubble core to the sea. Their report puts the cost of "
                "emergency work this winter at £2.1m, on top of the £5.7m repair programme "
                "agreed last year."
            )
        ),
        para(
            inline_picture(
                "rId10",
                20,
                "Picture 20",
                "Waves breaking over a gap in the breakwater wall with Braye Harbour behind",
                5486400,
                3086100,
            ),
            ppr='<w:jc w:val="center"/>',
        ),
        p(
            "Waves break over the damaged section of the breakwater on 19 November, seen from "
            "Fort Albert.",
            "Caption",
        ),
        p("Picture: Iris Gaudion", "Caption", rpr="<w:b/>"),
        p(
            "The breakwater, completed in 1864, shelters Braye Harbour, where the island's fuel, "
            "freight and ferry passengers arrive. Who should pay for its upkeep has been argued "
            "over between the two islands for decades."
        ),
        p(
            "States member James Herivel, who chairs the Policy and Finance Committee, said: "
            "“Every storm we wait costs more. We are asking Guernsey to bring forward the money "
            "for the emergency work now, not in next year's budget.”"
        ),
        para(
            run(
                "Harbour master Colin Duplain said the harbour remained open, but larger vessels "
                "would be turned away in strong northerly winds until "
            )
            + ins("the temporary ", 3, who, "2026-11-30T16:20:00Z")
            + run("repairs were done.")
        ),
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run(
                "In St Peter Port, a spokesperson for the Policy & Resources Committee said it "
                "had received the engineers' report and would consider the request at its next "
                "meeting on 9 December."
            )
            + comment_ref(0)
        ),
        p("Additional reporting by Ruth Marquand in St Peter Port.", rpr="<w:i/>"),
        p("ENDS", ppr='<w:jc w:val="center"/>'),
    ]
    header = para(run("ALD BREAKWATER – Gaudion – 560w – for Wed web + Thu paper"), "Header")
    footer = para(
        run("Page ")
        + field("PAGE", "1")
        + run(" of ")
        + field("NUMPAGES", "2")
        + run("   ·   Alderney copy – not for publication before 6pm"),
        "Footer",
        '<w:jc w:val="right"/>',
    )
    comments = [
        (
            0,
            who,
            "IG",
            "2026-11-30T16:25:00Z",
            "Ruth – can you get P&R on the record today? If not this para stands.",
        ),
    ]
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", root_rels()),
        (
            "docProps/core.xml",
            core_xml("Breakwater", who, who, "2026-11-30T14:02:00Z", "2026-11-30T16:31:00Z"),
        ),
        ("docProps/app.xml", app_xml("MobiSystems OfficeSuite", "14.6", 562)),
        ("word/document.xml", document_xml("".join(body))),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings_xml(track=True)),
        ("word/header1.xml", header_footer("hdr", header)),
        ("word/footer1.xml", header_footer("ftr", footer)),
        ("word/comments.xml", comments_xml(comments)),
        ("word/_rels/document.xml.rels", doc_rels([("rId10", "image1.png")])),
        ("word/media/image1.png", png(48, 27, (96, 118, 140))),
    ]
    write_zip(HERE / f"{ALDERNEY}.docx", parts)


# --- 2. Harbours reporter's copy saved as .docx by Nisus Writer Pro on a Mac -----------------

YACHTS = (
    "docx-nisus-writer-pro-reporter-copy-routing-table-heading-1-headline-italic-dek-byline-title-"
    "caption-style-parenthesis-credit-floating-picture-text-box-caption-editor-tracked-insertion-"
    "comment-visiting-yachts"
)


def cell(text, width, bold=False):
    rpr = ("<w:b/>" if bold else "") + '<w:sz w:val="18"/>'
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p(text, rpr=rpr)}</w:tc>'


def yachts():
    tom, neil = "Tom Le Sauvage", "Neil Guille"
    rows = [
        ("Slug", "YACHTS", "Writer", "Tom Le Sauvage"),
        ("Length", "640 words", "Pix", "2 – Ben's marina shot + mine of the chandlery"),
        ("For", "Web Tues / paper Weds business page", "Status", "Subbed by NG"),
    ]
    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
        '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1400"/>'
        '<w:gridCol w:w="3113"/><w:gridCol w:w="1400"/><w:gridCol w:w="3113"/></w:tblGrid>'
        + "".join(
            "<w:tr>"
            + cell(a, 1400, True)
            + cell(b, 3113)
            + cell(c, 1400, True)
            + cell(d, 3113)
            + "</w:tr>"
            for a, b, c, d in rows
        )
        + "</w:tbl>"
    )
    caption_box = p(
        "Chandler Sophie Le Noury at her shop on the Albert Pier. Photo: Tom Le Sauvage",
        "Caption",
    )
    body = [
        table,
        p(""),
        p("Visiting yacht numbers fall by 14% but harbour income holds up", "Heading1"),
        p(
            "Fewer French boats crossed from Brittany and Normandy in a wet, windy season, "
            "harbour figures show",
            rpr="<w:i/>",
        ),
        p("By Tom Le Sauvage, Harbours Reporter"),
        para(
            run(
                "The number of visiting yachts calling at St Peter Port fell by 14% this year, in "
                "what harbour staff describe as one of the wettest and windiest seasons for "
            )
            + dele("almost ten years", 1, tom, "2026-11-30T10:02:00Z")
            + ins("a decade", 2, tom, "2026-11-30T10:02:00Z")
            + run(".")
        ),
        p(
            "Figures for January to October show 6,410 visiting boats, down from 7,455 last year. "
            "French yachts, which make up more than half of visitors, fell by 19%, with the "
            "sharpest drop in boats from St Malo, Granville and Carteret."
        ),
        para(
            inline_picture(
                "rId10",
                30,
                "Picture 30",
                "Dozens of yachts moored side by side in a marina",
                5486400,
                3429000,
            ),
            ppr='<w:jc w:val="center"/>',
        ),
        p(
            "Visiting yachts rafted up in the Victoria Marina in August. (Photo: Ben Rabey/"
            "Bailiwick Courier)",
            "Caption",
        ),
        p(
            "Income from visitor berths nevertheless rose slightly, to £1.46m, after fees went up "
            "by 8% in April. A 10-metre yacht now pays £38 a night in the Victoria Marina in high "
            "season."
        ),
        p(
            "Harbour master Captain David Ogier said the weather, not the fees, had kept boats "
            "away. “We had three weekends in July when nobody in their right mind would have "
            "crossed from Brittany,” he said. “When the sun came out in September we were full "
            "again.”"
        ),
        para(
            anchored_picture("rId11", 31, "Picture 31", "", 1828800, 2286000, 0, 0)
            + text_box(32, "Text Box 32", caption_box, 1828800, 640080, 0, 2331720, "FFFFFF")
            + '<w:commentRangeStart w:id="0"/>'
            + run(
                "Businesses on the Albert Pier said the season had been difficult. Chandler "
                "Sophie Le Noury said takings were down by about a fifth. “The French sailors "
                "are our best customers. When they don't come, you feel it by lunchtime,” "
                "she said."
            )
            + comment_ref(0)
        ),
        para(
            run(
                "The Committee for Economic Development is due to publish a review of marina fees "
                "and facilities"
            )
            + ins(" in the spring", 3, neil, "2026-11-30T15:40:00Z")
            + run(", including a proposal for 120 extra visitor berths in the QEII Marina.")
        ),
    ]
    header = para(run("Bailiwick Courier – HARBOURS – YACHTS – Le Sauvage"), "Header")
    footer = para(run("– ") + field("PAGE", "1") + run(" –"), "Footer", '<w:jc w:val="center"/>')
    comments = [
        (
            0,
            neil,
            "NG",
            "2026-11-30T15:38:00Z",
            "Tom – is she happy to be named with the takings figure? Check before 5.",
        ),
    ]
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", root_rels()),
        (
            "docProps/core.xml",
            core_xml("YACHTS", tom, neil, "2026-11-29T17:45:00Z", "2026-11-30T15:41:00Z"),
        ),
        ("docProps/app.xml", app_xml("Nisus Writer Pro", "3.4", 641, 2)),
        ("word/document.xml", document_xml("".join(body))),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings_xml(track=True)),
        ("word/header1.xml", header_footer("hdr", header)),
        ("word/footer1.xml", header_footer("ftr", footer)),
        ("word/comments.xml", comments_xml(comments)),
        (
            "word/_rels/document.xml.rels",
            doc_rels([("rId10", "image1.png"), ("rId11", "image2.png")]),
        ),
        ("word/media/image1.png", png(50, 31, (180, 200, 220))),
        ("word/media/image2.png", png(24, 30, (150, 110, 80))),
    ]
    write_zip(HERE / f"{YACHTS}.docx", parts)


if __name__ == "__main__":
    alderney()
    yachts()

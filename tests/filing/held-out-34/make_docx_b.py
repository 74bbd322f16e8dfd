"""Write the two Word files of set h34 (part b) with the standard library only.

The WordprocessingML is written by hand so that each file looks like what its app writes:
an Adobe Acrobat "Export PDF to Word" of a government media release, and a reporter's file
started in Word for Android and passed through the chief sub's tracked edits in Word.
Zip entry times, document properties and comment dates are fixed, so a rerun writes the
same bytes. Run: python make_docx_b.py (it writes next to itself).
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2025, 3, 18, 9, 0, 0)

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
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png(width, height, sky, sea, blobs):
    """A small picture: sky over sea with a few round shapes, as an RGB PNG."""
    rows = []
    horizon = height * 3 // 5
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            colour = sky if y < horizon else sea
            for cx, cy, rad, col in blobs:
                if (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad:
                    colour = col
            row += bytes(colour)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def t(text):
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(text, rpr=""):
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(runs, ppr=""):
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def content_types(extra):
    parts = "".join(f'<Override PartName="/word/{n}" ContentType="{c}"/>' for n, c in extra)
    return (
        XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        + parts
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


ROOT_RELS = (
    XML
    + f'<Relationships xmlns="{REL.replace("officeDocument/2006/relationships", "package/2006/relationships")}">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def doc_rels(items):
    body = "".join(
        f'<Relationship Id="{i}" Type="{k if k.startswith("http") else REL + "/" + k}" Target="{tg}"/>'
        for i, k, tg in items
    )
    return (
        XML
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + body
        + "</Relationships>"
    )


def core(title, creator, modifier, created, modified, revision):
    return (
        XML
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modifier)}</cp:lastModifiedBy><cp:revision>{revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(application, version, pages, words, company):
    return (
        XML
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>{pages}</Pages><Words>{words}</Words>"
        f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
        f"<Company>{escape(company)}</Company><AppVersion>{version}</AppVersion></Properties>"
    )


def styles(font, extra=""):
    return (
        XML + f"<w:styles {NS}>"
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-AU" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
        + extra
        + "</w:styles>"
    )


def inline_pic(rid, pid, name, descr, cx, cy):
    return (
        f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def write_docx(name, parts):
    path = HERE / f"{name}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in parts:
            info = zipfile.ZipInfo(arc, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("wrote", path.name)


# ---------------------------------------------------------------------------------------------
# 1. Adobe Acrobat "Export PDF to Word" of the President's Office media release
# ---------------------------------------------------------------------------------------------

ACRO = "docx-adobe-acrobat-export-pdf-to-word-presidents-office-media-release-header-text-box-letterhead-release-table-exact-spacing-paragraph-split-at-page-break-caption-text-box-sticky-note-comment-ends-contact-table-topside-rehabilitation"


def acro_p(text_runs, before=0, after=0, line=276, ind=0, jc="left", keep=""):
    ppr = (
        f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'
        f'<w:ind w:left="{ind}"/><w:jc w:val="{jc}"/>{keep}'
    )
    return para(text_runs, ppr)


def acro_r(text, size=22, bold=False, italic=False, colour="000000", spacing=""):
    rpr = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
    rpr += "<w:b/>" if bold else ""
    rpr += "<w:i/>" if italic else ""
    rpr += f'<w:color w:val="{colour}"/>'
    rpr += f'<w:spacing w:val="{spacing}"/>' if spacing else ""
    rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return run(text, rpr)


def textbox(pid, name, paras_xml, x, y, cx, cy, anchor_para=True):
    """A floating text box as Acrobat writes it: wps shape with a VML fallback."""
    vml_paras = paras_xml
    choice = (
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + pid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{pid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    fallback = (
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1024 + pid}" type="#_x0000_t202" filled="f" stroked="f" '
        f'style="position:absolute;margin-left:{x / 12700:.1f}pt;margin-top:{y / 12700:.1f}pt;width:{cx / 12700:.1f}pt;height:{cy / 12700:.1f}pt;'
        'z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{vml_paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    )
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def anchored_pic(rid, pid, x, y, cx, cy):
    return (
        f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251658240 + pid}" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{pid}" name="image{pid}.png"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="image{pid}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def acro_cell(text, width, bold=False, size=18):
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="4" w:color="7F7F7F"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="7F7F7F"/></w:tcBorders></w:tcPr>'
        + acro_p(acro_r(text, size=size, bold=bold), before=40, after=40, line=230)
        + "</w:tc>"
    )


def acro_table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(
        "<w:tr>"
        + "".join(
            acro_cell(c, w, bold=(i == 0 and len(rows) > 2)) for c, w in zip(r, widths, strict=True)
        )
        + "</w:tr>"
        for i, r in enumerate(rows)
    )
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="120" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="01E0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="1" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def acrobat_doc():
    header_box = textbox(
        1,
        "Text Box 1",
        acro_p(
            acro_r("REPUBLIC OF NAURU", size=28, bold=True, colour="1F3864", spacing="20"),
            line=320,
            jc="center",
        )
        + acro_p(
            acro_r("OFFICE OF THE PRESIDENT", size=20, bold=True, colour="1F3864"),
            line=240,
            jc="center",
        )
        + acro_p(
            acro_r("MEDIA RELEASE", size=20, colour="1F3864", spacing="40"), line=240, jc="center"
        ),
        2286000,
        365760,
        2990088,
        640080,
    )
    header = (
        XML
        + f"<w:hdr {NS}>"
        + para(
            header_box,
            '<w:pStyle w:val="Header"/><w:spacing w:before="0" w:after="0" w:line="14" w:lineRule="exact"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        XML
        + f"<w:ftr {NS}>"
        + para(
            acro_r(
                "Government Offices, Yaren District, Republic of Nauru  |  Tel +674 557 3009  |  Page ",
                size=16,
                colour="595959",
            )
            + '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            + acro_r("1", size=16, colour="595959")
            + '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            + acro_r(" of 2", size=16, colour="595959"),
            '<w:pStyle w:val="Footer"/><w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )
    b = []
    b.append(acro_p(acro_r(" ", size=12), before=1200, line=120))
    b.append(
        acro_table(
            [["Media Release No. 47/2025", "18 March 2025", "FOR IMMEDIATE RELEASE"]],
            [3000, 2600, 3400],
        )
    )
    b.append(
        acro_p(
            acro_r(
                "An A$12.5 million contract signed to rehabilitate 40 hectares of mined-out topside",
                size=30,
                bold=True,
                colour="1F3864",
            ),
            before=300,
            after=120,
            line=340,
        )
    )
    b.append(
        acro_p(
            acro_r(
                "Work on the land behind Anabar and Ijuw begins in July, using soil from the Higher Ground terraces",
                size=22,
                italic=True,
                colour="404040",
            ),
            after=240,
            line=276,
        )
    )
    body = [
        "YAREN – The Government of Nauru has signed an A$12.5 million contract with a local company to rehabilitate 40 hectares of mined-out phosphate land behind Anabar and Ijuw, the largest rehabilitation project on topside since mining began more than a century ago.",
        "Cabinet approved the contract with Topside Earthworks (Nauru) Ltd at its meeting on 13 March, and it was signed on Monday by the Minister for Environment and Land Management, Ebonne Capelle, and the company's managing director, Paulo Harris.",
        "The work will crush and level the coral limestone pinnacles left by mining, cover the land with soil and plant it with native trees and food crops. The first 12 hectares are to be ready for planting by the end of 2026.",
        "“For a hundred years our land was taken away on ships. Now we are putting it back together, one hectare at a time,” Minister Capelle said. “The landowners of Anabar and Ijuw have waited long enough.”",
    ]
    # first paragraph carries the Acrobat comment (from the PDF's sticky note) on the amount
    first = body[0].split("A$12.5 million", 1)
    b.append(
        acro_p(
            acro_r(first[0])
            + '<w:commentRangeStart w:id="0"/>'
            + acro_r("A$12.5 million")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'
            + acro_r(first[1]),
            after=200,
            line=276,
        )
    )
    for text in body[1:]:
        b.append(acro_p(acro_r(text), after=200, line=276))
    # the photograph and its caption, each placed where they stood on the PDF page
    caption_box = textbox(
        4,
        "Text Box 4",
        acro_p(
            acro_r(
                "Minister for Environment and Land Management Ebonne Capelle (left) and Topside Earthworks managing director Paulo Harris sign the contract at the Government Building on Monday.",
                size=17,
                italic=True,
            ),
            line=220,
        )
        + acro_p(
            acro_r("Photo: Government Information Office", size=15, colour="595959"), line=200
        ),
        1097280,
        8138160,
        5303520,
        420624,
    )
    b.append(
        acro_p(
            anchored_pic("rId10", 3, 1097280, 5577840, 5303520, 2468880) + caption_box,
            before=0,
            after=0,
            line=240,
        )
    )
    b.append(acro_p(acro_r(" ", size=12), before=3900, line=120))
    # a paragraph that Acrobat split where the PDF page broke
    b.append(
        acro_p(
            acro_r("Crushed pinnacle rock from the site will be used for roads and building"),
            after=0,
            line=276,
        )
    )
    b.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    b.append(
        acro_p(
            acro_r(
                "foundations, and the soil will come in part from the terraces cleared for the Higher Ground project in Meneng."
            ),
            before=1400,
            after=200,
            line=276,
        )
    )
    rest = [
        "The contract will employ about 60 people, most of them from the two districts. Landowners whose blocks are rehabilitated will keep their title to the land and will be consulted on what is planted.",
        "The project is funded from the Government's rehabilitation levy on phosphate exports and a grant from development partners. The Nauru Rehabilitation Corporation will supervise the work and report to Cabinet every quarter.",
        "Mined-out land covers about four fifths of the island's topside. Most of the land mined before independence in 1968 has never been rehabilitated.",
        "Landowners with questions about the project are invited to a meeting at the Anabar community hall on Saturday 22 March at 10am.",
    ]
    for text in rest:
        b.append(acro_p(acro_r(text), after=200, line=276))
    b.append(acro_p(acro_r("– ENDS –", bold=True), before=200, after=240, line=276, jc="center"))
    b.append(acro_p(acro_r("Notes to editors", bold=True, size=20), after=60, line=240))
    b.append(
        acro_p(
            acro_r(
                "Topside Earthworks (Nauru) Ltd is a Nauruan-owned civil works company founded in 2009. High-resolution photographs are available from the Government Information Office.",
                size=20,
            ),
            after=200,
            line=240,
        )
    )
    b.append(
        acro_p(acro_r("For more information contact:", bold=True, size=20), after=60, line=240)
    )
    b.append(
        acro_table(
            [["Lorena Tsitsi", "Senior Information Officer", "+674 557 3009", "media@gio.gov.nr"]],
            [2200, 2600, 1800, 2400],
        )
    )
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1420" w:right="1140" w:bottom="900" w:left="1200" w:header="720" w:footer="420" w:gutter="0"/>'
        '<w:cols w:space="720"/></w:sectPr>'
    )
    document = XML + f"<w:document {NS}><w:body>" + "".join(b) + sect + "</w:body></w:document>"
    comments = (
        XML + f"<w:comments {NS}>"
        '<w:comment w:id="0" w:author="nrgio-presssec" w:date="2025-03-17T16:48:00Z" w:initials="n">'
        + para(
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + run(
                "Sticky Note: check with Finance before release – is A$12.5m the contract sum or the whole budget incl. supervision?"
            ),
            '<w:pStyle w:val="CommentText"/>',
        )
        + "</w:comment></w:comments>"
    )
    extra_styles = (
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    )
    settings = (
        XML + f'<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )
    picture = png(
        96,
        44,
        (203, 214, 222),
        (166, 150, 120),
        [(30, 24, 9, (60, 52, 44)), (62, 22, 10, (40, 62, 92))],
    )
    parts = [
        (
            "[Content_Types].xml",
            content_types(
                [
                    (
                        "header1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                    ),
                    (
                        "footer1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
                    ),
                    (
                        "comments.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    ),
                ]
            ),
        ),
        ("_rels/.rels", ROOT_RELS),
        (
            "docProps/core.xml",
            core(
                "MR 47-2025 Topside rehabilitation contract",
                "Government Information Office",
                "Government Information Office",
                "2025-03-18T01:12:00Z",
                "2025-03-18T01:12:00Z",
                1,
            ),
        ),
        ("docProps/app.xml", app("Adobe Acrobat Pro (64-bit) 24.1.20643", "16.0000", 2, 512, "")),
        (
            "word/_rels/document.xml.rels",
            doc_rels(
                [
                    ("rId1", "styles", "styles.xml"),
                    ("rId2", "settings", "settings.xml"),
                    ("rId7", "header", "header1.xml"),
                    ("rId8", "footer", "footer1.xml"),
                    ("rId9", "comments", "comments.xml"),
                    ("rId10", "image", "media/image1.png"),
                ]
            ),
        ),
        ("word/document.xml", document),
        ("word/styles.xml", styles("Arial", extra_styles)),
        ("word/settings.xml", settings),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("word/comments.xml", comments),
        ("word/media/image1.png", picture),
    ]
    write_docx(ACRO, parts)


# ---------------------------------------------------------------------------------------------
# 2. Word for Android reporter's file with the chief sub's tracked pass
# ---------------------------------------------------------------------------------------------

PARL = "docx-word-for-android-parliament-reporter-file-chief-sub-tracked-pass-replaced-figures-inserted-and-deleted-paragraphs-comment-with-reply-print-only-vote-panel-table-inline-picture-caption-style-slug-header-appropriation-bill"

SUB = 'w:author="Mabel Deiranauw" w:date="2025-06-27T11:05:00Z"'
REPORTER = 'w:author="Joslyn Akua" w:date="2025-06-26T22:41:00Z"'


def ins(text, rid, who=SUB, rpr=""):
    return f'<w:ins w:id="{rid}" {who}>{run(text, rpr)}</w:ins>'


def dele(text, rid, who=SUB, rpr=""):
    r = f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
    return f'<w:del w:id="{rid}" {who}>{r}</w:del>'


def body_p(runs, pid):
    return f'<w:p w14:paraId="{pid}" w14:textId="77777777"><w:pPr><w:spacing w:after="200"/></w:pPr>{runs}</w:p>'


def parl_doc():
    b = []
    big = '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>'
    headline = run("Parliament passes A$190 million budget as Opposition walks out", big) + dele(
        " after late-night sitting", 101, rpr=big
    )
    b.append(para(headline, '<w:spacing w:after="120"/>'))
    b.append(
        para(
            run(
                "Finance Minister says processing centre revenue and fishing licences will carry the budget; Opposition calls it a ‘budget for one year’",
                '<w:i/><w:color w:val="595959"/>',
            ),
            '<w:spacing w:after="120"/>',
        )
    )
    b.append(
        para(run("By Joslyn Akua, Parliament reporter", "<w:b/>"), '<w:spacing w:after="240"/>')
    )
    b.append(
        body_p(
            run("YAREN – Parliament passed the Government's ")
            + dele("A$188 million", 102)
            + ins("A$190 million", 103)
            + run(
                " budget for 2025-26 shortly before midnight on Thursday after the four Opposition members walked out of the chamber in protest at the guillotining of the debate."
            ),
            "1A2B3C01",
        )
    )
    b.append(
        body_p(
            run(
                "The Appropriation Bill 2025 was passed by 13 votes to none, with two Government members absent overseas."
            ),
            "1A2B3C02",
        )
    )
    b.append(
        body_p(
            run("Finance Minister Radley Jeremiah told the House the budget relied on ")
            + '<w:commentRangeStart w:id="0"/>'
            + run("A$96 million")
            + '<w:commentRangeEnd w:id="0"/>'
            + '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'
            + run(
                " in revenue from the regional processing arrangement and A$41 million from fishing licences, with the rest from taxes, phosphate royalties and distributions from the Nauru Trust Fund."
            ),
            "1A2B3C03",
        )
    )
    b.append(
        body_p(
            run(
                "“This is a budget that builds: Higher Ground, the port, the hospital. We are spending our money on things our children will use,” Mr Jeremiah said."
            ),
            "1A2B3C04",
        )
    )
    b.append(
        body_p(
            run(
                "Opposition Leader Delma Dagiaro said the budget depended on money “that can stop with one phone call from Canberra”. "
            )
            + dele("She called the Minister a gambler. ", 104)
            + run(
                "“This is a budget for one year. What happens to the public servants when the centre closes?” she said before leading her members out."
            ),
            "1A2B3C05",
        )
    )
    # paragraph inserted whole by the chief sub
    b.append(
        '<w:p w14:paraId="1A2B3C06" w14:textId="77777777"><w:pPr><w:spacing w:after="200"/><w:rPr>'
        f'<w:ins w:id="105" {SUB}/></w:rPr></w:pPr>'
        + ins(
            "The walkout was the second this year. In March the Opposition left the chamber during the debate on the Electoral Amendment Bill.",
            106,
        )
        + "</w:p>"
    )
    # the picture and its caption
    b.append(
        para(
            inline_pic(
                "rId10",
                1,
                "Picture 1",
                "Four members of parliament walk out through the chamber doors",
                5486400,
                2514600,
            ),
            '<w:spacing w:after="60"/><w:jc w:val="center"/>',
        )
    )
    b.append(
        para(
            run(
                "Opposition members leave the chamber on Thursday night before the vote on the Appropriation Bill. Photo: Harvey Tsitsi"
            ),
            '<w:pStyle w:val="Caption"/>',
        )
    )
    b.append(
        body_p(
            run(
                "The budget includes A$12 million for Higher Ground, A$8.5 million to finish the cargo yard at the new wharf and A$4 million for the overseas medical referral scheme, an increase of A$1.5 million on last year."
            ),
            "1A2B3C07",
        )
    )
    # paragraph deleted whole by the chief sub
    b.append(
        '<w:p w14:paraId="1A2B3C08" w14:textId="77777777"><w:pPr><w:spacing w:after="200"/><w:rPr>'
        f'<w:del w:id="107" {SUB}/></w:rPr></w:pPr>'
        + dele(
            "Public servants will get a 3 per cent pay rise from July, the Minister said, although the figure was not in the printed estimates handed to members.",
            108,
        )
        + "</w:p>"
    )
    b.append(
        body_p(
            run("Members also approved ")
            + dele("a small increase", 109)
            + ins("an extra A$600,000", 110)
            + run(
                " for the Nauru Airlines route subsidy, which keeps the twice-weekly Brisbane service running."
            ),
            "1A2B3C09",
        )
    )
    b.append(body_p(run("The Speaker adjourned Parliament until 14 August."), "1A2B3C0A"))
    # the print-only vote panel
    cells = [
        ("PRINT ONLY – How they voted", ""),
        ("For", "13"),
        ("Against", "0"),
        ("Absent", "2"),
        ("Walked out", "4"),
    ]
    rows = ""
    span = '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
    for left, right in cells:
        left_pr = '<w:tcW w:w="3600" w:type="dxa"/>' + ("" if right else span)
        left_tc = (
            f"<w:tc><w:tcPr>{left_pr}</w:tcPr>"
            + para(run(left, "" if right else "<w:b/>"), '<w:spacing w:after="0"/>')
            + "</w:tc>"
        )
        right_tc = ""
        if right:
            right_p = para(run(right), '<w:spacing w:after="0"/><w:jc w:val="right"/>')
            right_tc = f'<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>{right_p}</w:tc>'
        rows += "<w:tr>" + left_tc + right_tc + "</w:tr>"
    b.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="4800" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="1200"/></w:tblGrid>' + rows + "</w:tbl>"
    )
    b.append(para(run("ENDS", "<w:b/>"), '<w:spacing w:before="240"/><w:jc w:val="center"/>'))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )
    document = XML + f"<w:document {NS}><w:body>" + "".join(b) + sect + "</w:body></w:document>"
    header = (
        XML
        + f"<w:hdr {NS}>"
        + para(
            run(
                "PARL-BUDGET · Akua · filed 10.52pm Thu · subbed MD 11.05am Fri",
                '<w:color w:val="808080"/><w:sz w:val="18"/>',
            ),
            '<w:pStyle w:val="Header"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        XML
        + f"<w:ftr {NS}>"
        + para(
            run(
                "The Nauru Current – newsroom copy – not for publication",
                '<w:color w:val="808080"/><w:sz w:val="16"/>',
            ),
            '<w:pStyle w:val="Footer"/><w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )
    comments = (
        XML + f"<w:comments {NS}>"
        f'<w:comment w:id="0" {SUB} w:initials="MD">'
        '<w:p w14:paraId="5C0A0001" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        + run("Joslyn – is 96 from the budget papers or from his speech? They don't match.")
        + "</w:p></w:comment>"
        '<w:comment w:id="1" w:author="Joslyn Akua" w:date="2025-06-27T11:32:00Z" w:initials="JA">'
        '<w:p w14:paraId="5C0A0002" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        + run("From the speech. Budget paper 1 says 96.4, he rounded it. Fine to keep.")
        + "</w:p></w:comment></w:comments>"
    )
    comments_ex = (
        XML + f"<w15:commentsEx {NS}>"
        '<w15:commentEx w15:paraId="5C0A0001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="5C0A0002" w15:paraIdParent="5C0A0001" w15:done="0"/>'
        "</w15:commentsEx>"
    )
    extra_styles = (
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    )
    settings = (
        XML
        + f'<w:settings {NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:rsids><w:rsidRoot w:val="00A41C27"/><w:rsid w:val="00A41C27"/><w:rsid w:val="00C2F5D1"/></w:rsids>'
        "</w:settings>"
    )
    picture = png(
        96,
        44,
        (230, 224, 210),
        (120, 84, 52),
        [(20, 30, 8, (30, 30, 30)), (44, 30, 8, (30, 30, 30)), (68, 30, 8, (30, 30, 30))],
    )
    parts = [
        (
            "[Content_Types].xml",
            content_types(
                [
                    (
                        "header1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                    ),
                    (
                        "footer1.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
                    ),
                    (
                        "comments.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    ),
                    (
                        "commentsExtended.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                    ),
                ]
            ),
        ),
        ("_rels/.rels", ROOT_RELS),
        (
            "docProps/core.xml",
            core(
                "",
                "Joslyn Akua",
                "Mabel Deiranauw",
                "2025-06-26T21:58:00Z",
                "2025-06-27T11:33:00Z",
                4,
            ),
        ),
        ("docProps/app.xml", app("Microsoft Office Word", "16.0000", 2, 548, "")),
        (
            "word/_rels/document.xml.rels",
            doc_rels(
                [
                    ("rId1", "styles", "styles.xml"),
                    ("rId2", "settings", "settings.xml"),
                    ("rId7", "header", "header1.xml"),
                    ("rId8", "footer", "footer1.xml"),
                    ("rId9", "comments", "comments.xml"),
                    (
                        "rId11",
                        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                        "commentsExtended.xml",
                    ),
                    ("rId10", "image", "media/image1.png"),
                ]
            ),
        ),
        ("word/document.xml", document),
        ("word/styles.xml", styles("Calibri", extra_styles)),
        ("word/settings.xml", settings),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("word/comments.xml", comments),
        ("word/commentsExtended.xml", comments_ex),
        ("word/media/image1.png", picture),
    ]
    write_docx(PARL, parts)


if __name__ == "__main__":
    acrobat_doc()
    parl_doc()

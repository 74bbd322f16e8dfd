"""Write the two Word files of the held-out-33 "b" set with the standard library only.

docx-collabora-online-...-hurricane-shelters.docx imitates a press release edited in
Nextcloud Office (Collabora Online): letterhead header, page-field footer, Title and Subtitle
styles, tracked figure changes and a tracked deleted paragraph, Word comments, an internal
note in a floating text box, a Caption-style caption with the credit in it, a contact table.

docx-abiword-export-...-east-end-water-main.docx imitates AbiWord's Office Open XML export
of a district correspondent's copy: no docProps, direct formatting instead of styles, a page
header and footer, the photo and its caption/credit side by side in a table, and the
correspondent's note to the desk in a VML text box.

Zip timestamps, comment and revision dates are fixed, so a rerun writes the same bytes.
Run: python make_docx_b.py
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2026, 6, 2, 9, 0, 0)

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
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OD_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---------------------------------------------------------------- small pictures


def png(width, height, rgb):
    """A solid-colour PNG of the given size."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

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


# ---------------------------------------------------------------- run and paragraph helpers


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rp}{t(text)}</w:r>"


def para(inner, ppr=""):
    pp = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{pp}{inner}</w:p>"


def ins(rid, author, date, inner):
    return f'<w:ins w:id="{rid}" w:author="{author}" w:date="{date}">{inner}</w:ins>'


def dele(rid, author, date, text, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{rid}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rp}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def inline_picture(rid, pid, name, descr, cx, cy):
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr>'
        "</pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def rels_xml(rels):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{OD_REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    )
    return f'{XML_DECL}<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def content_types(overrides, media=("png",)):
    defaults = (
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
    )
    for ext in media:
        defaults += f'<Default Extension="{ext}" ContentType="image/{ext}"/>'
    over = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in overrides
    )
    return (
        f"{XML_DECL}<Types "
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f"{defaults}{over}</Types>"
    )


CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            zf.writestr(info, data)


def styles_xml(extra=""):
    return (
        f"{XML_DECL}<w:styles {W_NS}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault>"
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        f"{extra}</w:styles>"
    )


# ---------------------------------------------------------------- document 1: Collabora Online

COLLABORA_NAME = (
    "docx-collabora-online-nextcloud-office-press-release-letterhead-header-page-field-footer-"
    "tracked-figure-changes-deleted-paragraph-comments-internal-note-text-box-caption-style-"
    "contact-table-hurricane-shelters.docx"
)

TW = "Tamara Webster"
AC = "Alwyn Connor"
D1 = "2026-06-01T16:12:40Z"
D2 = "2026-06-01T17:03:05Z"


def collabora():
    body_ppr = '<w:pStyle w:val="BodyText"/>'
    parts = []

    parts.append(para(run("PRESS RELEASE", '<w:b/><w:sz w:val="28"/>'), '<w:jc w:val="center"/>'))

    textbox = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor behindDoc="0" distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="3">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-60960</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="868680"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="largest"/><wp:docPr id="3" name="Text Frame 1"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2286000" cy="868680"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="9360"><a:solidFill>'
        '<a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        "<wps:txbx><w:txbxContent>"
        + para(
            run(
                "INTERNAL – do not send before PS sign-off.",
                '<w:b/><w:color w:val="C00000"/><w:sz w:val="18"/>',
            )
        )
        + para(
            run(
                "Shelter list to be checked against the gazette notice. – T.W.",
                '<w:color w:val="C00000"/><w:sz w:val="18"/>',
            )
        )
        + "</w:txbxContent></wps:txbx>"
        '<wps:bodyPr lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:rect id="Text Frame 1" stroked="t" o:allowincell="f" style="position:absolute;margin-left:0pt;'
        "margin-top:-4.8pt;width:180pt;height:68.4pt;mso-wrap-style:square;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" fillcolor="#fff2cc" strokecolor="#c00000">'
        "<v:textbox><w:txbxContent>"
        + para(
            run(
                "INTERNAL – do not send before PS sign-off.",
                '<w:b/><w:color w:val="C00000"/><w:sz w:val="18"/>',
            )
        )
        + para(
            run(
                "Shelter list to be checked against the gazette notice. – T.W.",
                '<w:color w:val="C00000"/><w:sz w:val="18"/>',
            )
        )
        + '</w:txbxContent></v:textbox><w10:wrap type="square"/></v:rect></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )
    parts.append(para(run("FOR IMMEDIATE RELEASE", "<w:b/>") + textbox))

    parts.append(
        para(
            run("Hurricane shelter list grows to 19 as forecasters expect a busy season"),
            '<w:pStyle w:val="Title"/>',
        )
    )
    parts.append(
        para(
            run(
                "New shelters in Island Harbour and West End; EC$2.4 million spent on generators and shutters"
            ),
            '<w:pStyle w:val="Subtitle"/>',
        )
    )

    parts.append(
        para(
            run(
                "THE VALLEY, Anguilla, 2 June 2026 — The Department of Disaster Management has added "
                "two buildings to Anguilla’s list of official hurricane shelters, bringing the total to "
            )
            + dele(101, TW, D1, "18")
            + ins(102, TW, D1, run("19"))
            + run(" as the 2026 Atlantic hurricane season gets under way."),
            body_ppr,
        )
    )
    parts.append(
        para(
            run(
                "The new shelters are the Island Harbour Primary School hall and the West End "
                "Community Centre, which together can hold about 260 people. Both have been fitted "
                "with storm shutters, backup generators and water storage."
            ),
            body_ppr,
        )
    )
    parts.append(
        para(
            inline_picture(
                "rId8",
                1,
                "Image1",
                "Storm shutters on the Island Harbour Primary School hall",
                4320000,
                2880000,
            ),
            '<w:pStyle w:val="Normal"/><w:jc w:val="center"/>',
        )
    )
    parts.append(
        para(
            '<w:commentRangeStart w:id="1"/>'
            + run(
                "Director Alwyn Connor inspects new storm shutters at the Island Harbour Primary "
                "School hall. (Photo: DDM/Shamara Lloyd)"
            )
            + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>',
            '<w:pStyle w:val="Caption"/>',
        )
    )
    parts.append(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run("Director of Disaster Management Alwyn Connor said the Department had spent ")
            + dele(103, TW, D1, "EC$2.1 million")
            + ins(104, TW, D1, run("EC$2.4 million"))
            + run(
                " over the past year on generators, shutters, cots and radios for shelters across "
                "the island."
            )
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
            body_ppr,
        )
    )
    parts.append(
        para(
            run(
                "“Forecasters are telling us to expect an above-normal season, and we are taking "
                "them at their word,” Mr. Connor said. “A shelter is not a place you want to be, "
                "but it must be a place you can be safe.”"
            ),
            body_ppr,
        )
    )
    parts.append(
        para(
            run(
                "Residents are asked to know the location of their nearest shelter, to bring their "
                "own medication, identification, bedding and food for three days, and to leave pets "
                "with family where possible. Shelters open only when the Department issues a notice "
                "on radio and on its social media pages."
            ),
            body_ppr,
        )
    )
    # a whole paragraph deleted with tracked changes, paragraph mark included
    parts.append(
        para(
            dele(
                105,
                AC,
                D2,
                "The Department will also hold a workshop for shelter managers at the Teachers’ "
                "Resource Centre on 10 June.",
            ),
            body_ppr + f'<w:rPr><w:del w:id="106" w:author="{AC}" w:date="{D2}"/></w:rPr>',
        )
    )
    parts.append(
        para(
            run(
                "The full list of shelters, with their capacities, is published on the Department’s "
                "website and will be read on Radio Anguilla each evening when a storm watch is in "
                "effect."
            ),
            body_ppr,
        )
    )
    parts.append(
        para(
            run("The 2026 Atlantic hurricane season runs from 1 June to 30 November."),
            body_ppr,
        )
    )
    parts.append(para(run("– ENDS –", "<w:b/>"), '<w:jc w:val="center"/>'))
    parts.append(para(run("Notes to editors", "<w:b/>"), body_ppr))
    parts.append(
        para(
            run(
                "The Department of Disaster Management coordinates Anguilla’s preparation for, "
                "response to and recovery from hurricanes, floods, earthquakes and other hazards."
            ),
            body_ppr,
        )
    )

    def cell(text, width, bold=False):
        rpr = "<w:b/>" if bold else ""
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            "</w:tcBorders></w:tcPr>"
            + para(run(text, rpr), '<w:pStyle w:val="TableContents"/>')
            + "</w:tc>"
        )

    rows = [
        ("Media contact", "Tamara Webster, Public Education Officer"),
        ("Email", "ddm.media@gov.ai.example"),
        ("Telephone", "(264) 555-0161"),
    ]
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:jc w:val="left"/>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/>'
        '<w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="2800"/><w:gridCol w:w="6838"/></w:tblGrid>'
        + "".join(f"<w:tr>{cell(a, 2800, True)}{cell(b, 6838)}</w:tr>" for a, b in rows)
        + "</w:tbl>"
    )
    parts.append(table)
    parts.append(para("", body_ppr))

    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
        '<w:footerReference w:type="default" r:id="rId3"/><w:type w:val="nextPage"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" w:gutter="0" '
        'w:header="1134" w:top="1693" w:footer="1134" w:bottom="1693"/>'
        '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/>'
        '<w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>'
    )
    document = f"{XML_DECL}<w:document {W_NS}><w:body>{''.join(parts)}{sect}</w:body></w:document>"

    header = (
        f"{XML_DECL}<w:hdr {W_NS}>"
        + para(
            run("GOVERNMENT OF ANGUILLA", '<w:b/><w:sz w:val="22"/>'),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            run("DEPARTMENT OF DISASTER MANAGEMENT", '<w:b/><w:sz w:val="20"/>'),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            run("The Valley, Anguilla, B.W.I.", '<w:sz w:val="18"/>'),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        f"{XML_DECL}<w:ftr {W_NS}>"
        + para(
            run("DDM/PR/2026/014 · Prepare · Respond · Recover · Page ")
            + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
            '<w:pStyle w:val="Footer"/><w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )
    comments = (
        f"{XML_DECL}<w:comments {W_NS}>"
        f'<w:comment w:id="0" w:author="{TW}" w:date="{D1}" w:initials="TW">'
        + para(
            run(
                "Alwyn – Finance says 2.4 including the radios from the Red Cross order. Changed it. TW"
            ),
            '<w:pStyle w:val="CommentText"/>',
        )
        + "</w:comment>"
        f'<w:comment w:id="1" w:author="{AC}" w:date="{D2}" w:initials="AC">'
        + para(
            run("Is Shamara OK with the credit like this? Use the other picture if not."),
            '<w:pStyle w:val="CommentText"/>',
        )
        + "</w:comment></w:comments>"
    )
    styles = styles_xml(
        '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/>'
        '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Heading"/>'
        '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="120"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="Caption"/><w:basedOn w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/></w:pPr>'
        '<w:rPr><w:i/><w:iCs/><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="Header"/><w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="Footer"/><w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>'
    )
    settings = (
        f'{XML_DECL}<w:settings {W_NS}><w:trackRevisions/><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="" w:eastAsia="" w:bidi=""/></w:settings>'
    )
    font_table = (
        f"{XML_DECL}<w:fonts {W_NS}>"
        '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font>'
        '<w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/><w:charset w:val="01"/><w:family w:val="roman"/></w:font>'
        '<w:font w:name="Liberation Sans"><w:altName w:val="Arial"/><w:charset w:val="01"/><w:family w:val="swiss"/></w:font>'
        "</w:fonts>"
    )
    core = (
        f"{XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-01T14:20:11Z</dcterms:created>'
        "<dc:creator>Tamara Webster</dc:creator><dc:language>en-GB</dc:language>"
        f"<cp:lastModifiedBy>{AC}</cp:lastModifiedBy>"
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-06-01T17:04:52Z</dcterms:modified>'
        "<cp:revision>7</cp:revision><dc:title>DDM press release shelters 2026</dc:title>"
        "</cp:coreProperties>"
    )
    app = (
        f"{XML_DECL}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template></Template><TotalTime>44</TotalTime>"
        "<Application>CollaboraOffice/24.04.10.2$Linux_X86_64 LibreOffice_project/a1c2e9f0b7</Application>"
        "<AppVersion>15.0000</AppVersion><Pages>1</Pages><Words>371</Words><Characters>2105</Characters>"
        "<CharactersWithSpaces>2461</CharactersWithSpaces><Paragraphs>21</Paragraphs></Properties>"
    )
    doc_rels = rels_xml(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "header", "header1.xml"),
            ("rId3", "footer", "footer1.xml"),
            ("rId4", "fontTable", "fontTable.xml"),
            ("rId5", "settings", "settings.xml"),
            ("rId6", "comments", "comments.xml"),
            ("rId8", "image", "media/image1.png"),
        ]
    )
    root_rels = (
        f'{XML_DECL}<Relationships xmlns="{REL_NS}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId2" Type="{OD_REL}/extended-properties" Target="docProps/app.xml"/>'
        f'<Relationship Id="rId3" Type="{OD_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    ctypes = content_types(
        [
            ("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml"),
            (
                "/word/_rels/document.xml.rels",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
            ("/word/document.xml", CT_MAIN),
            ("/word/styles.xml", CT + "styles+xml"),
            ("/word/header1.xml", CT + "header+xml"),
            ("/word/footer1.xml", CT + "footer+xml"),
            ("/word/comments.xml", CT + "comments+xml"),
            ("/word/fontTable.xml", CT + "fontTable+xml"),
            ("/word/settings.xml", CT + "settings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            (
                "/docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            ),
        ]
    )
    write_zip(
        HERE / COLLABORA_NAME,
        [
            ("_rels/.rels", root_rels),
            ("docProps/app.xml", app),
            ("docProps/core.xml", core),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("word/comments.xml", comments),
            ("word/fontTable.xml", font_table),
            ("word/settings.xml", settings),
            ("word/media/image1.png", png(12, 8, (120, 128, 136))),
            ("[Content_Types].xml", ctypes),
        ],
    )


# ---------------------------------------------------------------- document 2: AbiWord export

ABIWORD_NAME = (
    "docx-abiword-export-correspondent-copy-no-docprops-header-footer-direct-formatted-headline-"
    "from-our-correspondent-byline-photo-and-caption-credit-table-cells-vml-text-box-desk-note-"
    "east-end-water-main.docx"
)


def abiword():
    # AbiWord writes direct formatting on every run and paragraph rather than named styles.
    rf = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    sp = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    parts = []

    parts.append(
        para(
            run(
                "New water main reaches East End after years of dry taps",
                rf + '<w:b/><w:sz w:val="36"/>',
            ),
            '<w:jc w:val="center"/>' + sp,
        )
    )
    parts.append(
        para(
            run(
                "Water Corporation says 180 homes will be connected by the end of August; residents "
                "count the cost of trucked water",
                rf + '<w:i/><w:sz w:val="26"/>',
            ),
            '<w:jc w:val="center"/>' + sp,
        )
    )
    parts.append(para("", sp))
    parts.append(para(run("From our East End correspondent, Wendell Lake", rf + "<w:b/>"), sp))
    parts.append(para("", sp))

    body = [
        "EAST END, Anguilla — For the first time in more than a decade, water is running in a main "
        "pipe along the East End road, and the Water Corporation of Anguilla says 180 homes between "
        "the East End pond and Mount Fortune will be connected by the end of August.",
        "The EC$4.7 million project, paid for from the Government’s capital budget, laid 6.2 "
        "kilometres of new pipe from the main line at The Valley. The old East End main, laid in "
        "the 1980s, had cracked in so many places that the Corporation stopped pumping to it in 2014.",
        "Since then most households have lived on the rain caught in their cisterns and on trucked "
        "water, which costs between EC$350 and EC$450 a load in the dry months.",
    ]
    for text in body:
        parts.append(para(run(text, rf), sp + '<w:ind w:firstLine="0"/>'))
        parts.append(para("", sp))

    # the photo and its caption side by side in a two-cell table, as the correspondent laid it out
    pic = inline_picture("rId5", 1, "IMG_2231", "IMG_2231", 2743200, 1828800)
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>'
        '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>' + para(pic, sp) + "</w:tc>"
        '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>'
        + para(
            run(
                "Beryl Hodge fills a bucket from her new standpipe on Monday.",
                rf + '<w:i/><w:sz w:val="20"/>',
            ),
            sp,
        )
        + para(run("Photo: Jaden Lake", rf + '<w:sz w:val="18"/>'), sp)
        + "</w:tc></w:tr></w:tbl>"
    )
    parts.append(table)
    parts.append(para("", sp))

    body2 = [
        "Beryl Hodge, 72, has lived beside the East End road all her life. “Years now we catching "
        "water off the roof and buying truck water when the cistern dry,” she said. “When I turn on "
        "the pipe Monday and it run, I bawl. I tell you, I bawl.”",
        "Chief Engineer Desmond Carty said pressure would be low at first while crews flushed the "
        "new line. “People must be patient with us for two, three weeks,” he said. “After that they "
        "should have water every day, not every other day.”",
        "The Corporation is charging a connection fee of EC$250, which will be waived for "
        "pensioners who apply before 31 July.",
        "Residents at the Mount Fortune end of the line said they had heard promises before. “When "
        "it reach my gate, I will believe,” said Elvis Brooks, a mason. “Till then I keeping my "
        "cistern clean.”",
    ]
    for text in body2:
        parts.append(para(run(text, rf), sp))
        parts.append(para("", sp))

    note = (
        '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="textbox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0pt;margin-top:6pt;width:430pt;height:54pt;'
        'z-index:1;mso-position-horizontal-relative:margin" stroked="t" strokecolor="#000000">'
        "<v:textbox><w:txbxContent>"
        + para(
            run(
                "Note to editor: Mr Carty’s title is Chief Engineer, he spelled his name for me. Pic "
                "by my nephew Jaden, credit him as shown. Will send the Mount Fortune pics Tuesday. – Wendell",
                rf + '<w:sz w:val="20"/>',
            ),
            sp,
        )
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    parts.append(para(run("-ends-", rf) + note, '<w:jc w:val="center"/>' + sp))

    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    document = f"{XML_DECL}<w:document {W_NS}><w:body>{''.join(parts)}{sect}</w:body></w:document>"

    header = (
        f"{XML_DECL}<w:hdr {W_NS}>"
        + para(
            run("East End Notes — correspondent copy for The Tideline", rf + '<w:sz w:val="18"/>'),
            '<w:jc w:val="right"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        f"{XML_DECL}<w:ftr {W_NS}>"
        + para(
            run("Wendell Lake · East End · 264-555-0119 · page ", rf + '<w:sz w:val="18"/>')
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            '<w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )
    styles = styles_xml(
        '<w:style w:type="character" w:styleId="DefaultParagraphFont" w:default="1">'
        '<w:name w:val="Default Paragraph Font"/></w:style>'
    )
    settings = f'{XML_DECL}<w:settings {W_NS}><w:defaultTabStop w:val="720"/></w:settings>'
    numbering = f"{XML_DECL}<w:numbering {W_NS}></w:numbering>"
    doc_rels = rels_xml(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "numbering", "numbering.xml"),
            ("rId3", "header", "header1.xml"),
            ("rId4", "footer", "footer1.xml"),
            ("rId5", "image", "media/image1.png"),
            ("rId6", "settings", "settings.xml"),
        ]
    )
    root_rels = (
        f'{XML_DECL}<Relationships xmlns="{REL_NS}">'
        f'<Relationship Id="rId1" Type="{OD_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    ctypes = content_types(
        [
            ("/word/document.xml", CT_MAIN),
            ("/word/styles.xml", CT + "styles+xml"),
            ("/word/numbering.xml", CT + "numbering+xml"),
            ("/word/settings.xml", CT + "settings+xml"),
            ("/word/header1.xml", CT + "header+xml"),
            ("/word/footer1.xml", CT + "footer+xml"),
        ]
    )
    write_zip(
        HERE / ABIWORD_NAME,
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", root_rels),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/settings.xml", settings),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("word/media/image1.png", png(10, 7, (96, 140, 170))),
        ],
    )


if __name__ == "__main__":
    collabora()
    abiword()

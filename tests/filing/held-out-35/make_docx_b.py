"""Write the two Word files of set h35 (part b) with the standard library only.

docx-wordperfect-...: the courts reporter's copy saved from Corel WordPerfect as .docx.
docx-textedit-...: the House of Assembly reporter's copy saved from TextEdit on a Mac as .docx.

Zip timestamps, core properties and comment dates are fixed, so a rerun writes the same bytes.
Run: python tests/filing/held-out-35/make_docx_b.py
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 12, 18, 0, 0)

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
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG with a darker band, enough to stand for a photograph."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = []
    for y in range(height):
        shade = 0.6 if height // 3 <= y < 2 * height // 3 else 1.0
        pixel = bytes(int(c * shade) for c in rgb)
        rows.append(b"\x00" + pixel * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- run and paragraph helpers


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    font: str | None = None,
    color: str | None = None,
) -> str:
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def content_types(*, comments: bool, header_footer: bool) -> str:
    extra = ""
    if comments:
        extra += (
            '<Override PartName="/word/comments.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        )
    if header_footer:
        extra += (
            '<Override PartName="/word/header1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            '<Override PartName="/word/footer1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        )
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/fontTable.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
        + extra
        + '<Override PartName="/docProps/core.xml" ContentType="application/'
        'vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


PACKAGE_RELS = (
    XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def core(creator: str, title: str, when: str) -> str:
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(application: str, version: str) -> str:
    return (
        XML_HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{application}</Application><AppVersion>{version}</AppVersion>"
        "<DocSecurity>0</DocSecurity><Pages>2</Pages></Properties>"
    )


def font_table(*fonts: str) -> str:
    body = "".join(
        f'<w:font w:name="{f}"><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
        for f in fonts
    )
    return XML_HEAD + f"<w:fonts {NS}>{body}</w:fonts>"


def write_docx(name: str, parts: dict[str, str | bytes]) -> None:
    path = HERE / f"{name}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- WordPerfect: courts


WP_NAME = (
    "docx-wordperfect-x9-save-as-docx-courts-reporter-copy-bold-headline-case-details-table-"
    "graphics-box-text-box-figure-caption-photo-file-credit-tracked-swap-comment-header-slug-footer-"
    "page-field-charter-deposits-theft-sentence"
)
WP_FONT = "Times New Roman"


def wp_run(text: str, **kw) -> str:
    return run(text, font=WP_FONT, size=kw.pop("size", 24), **kw)


def wp_para(text: str, *, jc: str | None = None, **kw) -> str:
    ppr = '<w:spacing w:after="0" w:line="480" w:lineRule="auto"/><w:ind w:firstLine="720"/>'
    if jc:
        ppr = f'<w:spacing w:after="240"/><w:jc w:val="{jc}"/>'
    return para(wp_run(text, **kw), ppr=ppr)


def wp_cell(text: str, width: int, *, bold: bool = False) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        + para(wp_run(text, bold=bold, size=20))
        + "</w:tc>"
    )


def wp_graphics_box() -> str:
    """A WordPerfect graphics box with a caption, written as a floating text box that holds the
    picture and its 'Figure 1' caption."""
    inline_pic = (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="2743200" cy="1828800"/><wp:docPr id="3" name="Image1" descr=""/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="WP_GRAPHIC_1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1828800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    caption = para(
        wp_run("Figure 1", bold=True, size=18),
        wp_run(
            "  The High Court building in Road Town, where Trevor Maynard-Fahie was sentenced "
            "on Thursday. Photo: Tortola Mercury file",
            size=18,
        ),
    )
    box_content = para(inline_pic) + caption
    return (
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:drawing>'
        '<wp:anchor distT="91440" distB="91440" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2926080" cy="2468880"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="2" name="Box 1"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2926080" cy="2468880"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{box_content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"
    )


WP_BODY = [
    "ROAD TOWN, Tortola – A former charter company director who spent $1.2 million of his guests’ "
    "deposits on a house in Cane Garden Bay, a speedboat and his own company’s debts was jailed for "
    "six years in the High Court on Thursday.",
    "Trevor Maynard-Fahie, 52, pleaded guilty in January to 14 counts of theft and one of false "
    "accounting committed while he was managing director of Blue Latitude Yacht Charters Ltd, which "
    "collapsed in October 2024 owing money to more than 90 customers from the United States, Canada "
    "and Europe.",
    "Justice Anselm Rawle-Baptiste said Maynard-Fahie had “treated clients’ money as his own bank” for "
    "more than two years, taking deposits for charters he knew his company could not provide and "
    "using new bookings to pay refunds on old ones.",
    "“This was not a business that fell on hard times,” the judge said. “This was a man who decided, "
    "week after week, that families who had saved for a holiday in these islands would pay for his "
    "lifestyle.”",
    "The court heard that deposits ranged from $2,500 to $38,000. One Canadian couple lost $21,400 "
    "they had paid for a two-week crewed charter to celebrate their 40th wedding anniversary.",
    "Principal Crown Counsel Sonia Greenaway-Penn told the court that only $186,000 had been "
    "recovered, most of it from the sale of the speedboat. The Crown will seek a confiscation order "
    "at a hearing in June.",
    "Defence counsel Patrick Thomas-Ward said his client was “deeply ashamed” and had tried to keep "
    "the company afloat to protect the jobs of its 11 staff. He asked the court to take account of "
    "Maynard-Fahie’s early guilty plea and his care for his elderly mother.",
    "The judge reduced the sentence by a third for the plea, from nine years.",
    "The collapse of Blue Latitude led the Financial Services Commission to warn charter customers to "
    "pay deposits only into client accounts, and the BVI Tourist Board set up a help line for "
    "stranded guests in late 2024. Several charter companies took on the lost bookings at cost.",
]


def wp_tracked_para() -> str:
    """The sixth paragraph, with the reporter's own revision left in: 'just' replaced by 'only'
    after the legal read, kept as a tracked deletion and insertion."""
    who = 'w:author="Avril Scatliffe-Vanterpool" w:date="2026-03-12T16:48:00Z"'
    rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr>'
    head, tail = WP_BODY[5].split("only ", 1)
    return (
        '<w:p><w:pPr><w:spacing w:after="0" w:line="480" w:lineRule="auto"/>'
        '<w:ind w:firstLine="720"/></w:pPr>'
        + wp_run(head)
        + f'<w:del w:id="11" {who}><w:r>{rpr}<w:delText xml:space="preserve">just </w:delText></w:r></w:del>'
        + f'<w:ins w:id="12" {who}><w:r>{rpr}<w:t xml:space="preserve">only </w:t></w:r></w:ins>'
        + wp_run(tail)
        + "</w:p>"
    )


def wordperfect_doc() -> None:
    table_rows = [
        ("CASE", "R v Trevor Maynard-Fahie"),
        ("COURT", "High Court, Criminal Division, Road Town"),
        ("JUDGE", "Justice Anselm Rawle-Baptiste"),
        ("SENTENCE", "6 years (9 less one-third for plea)"),
        ("NEXT", "Confiscation hearing, June (date TBC)"),
    ]
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblBorders>'
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2160"/><w:gridCol w:w="7200"/></w:tblGrid>'
        + "".join(
            f"<w:tr>{wp_cell(a, 2160, bold=True)}{wp_cell(b, 7200)}</w:tr>" for a, b in table_rows
        )
        + "</w:tbl>"
    )
    body = [
        table,
        para(ppr='<w:spacing w:after="0"/>'),
        wp_para(
            "Charter boss jailed for six years over $1.2m taken from guests’ deposits",
            jc="left",
            bold=True,
            size=32,
        ),
        wp_para(
            "Judge says Trevor Maynard-Fahie ‘treated clients’ money as his own bank’ as families "
            "lost holidays and savings",
            jc="left",
            italic=True,
        ),
        wp_para("By Avril Scatliffe-Vanterpool, Courts Reporter", jc="left"),
        wp_para(WP_BODY[0]),
        wp_para(WP_BODY[1]),
        wp_graphics_box(),
        # the reporter's own note to the desk as a comment on the third paragraph
        '<w:p><w:pPr><w:spacing w:after="0" w:line="480" w:lineRule="auto"/><w:ind w:firstLine="720"/>'
        '</w:pPr><w:commentRangeStart w:id="0"/>'
        + wp_run(WP_BODY[2])
        + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        '<w:commentReference w:id="0"/></w:r></w:p>',
        wp_para(WP_BODY[3]),
        wp_para(WP_BODY[4]),
        wp_tracked_para(),
        *(wp_para(t) for t in WP_BODY[6:]),
        wp_para("Additional reporting by Kareem Varlack.", italic=True),
        wp_para("ENDS", jc="center"),
    ]
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
        '<w:footerReference w:type="default" r:id="rId21"/>'
        '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
        'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    document = XML_HEAD + f"<w:document {NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    header = (
        XML_HEAD
        + f"<w:hdr {NS}>"
        + para(
            wp_run(
                "court-charter-theft | Scatliffe-Vanterpool | for Fri 13 Mar | 620 wds", size=18
            ),
            ppr='<w:jc w:val="right"/>',
        )
        + "</w:hdr>"
    )
    footer = (
        XML_HEAD
        + f"<w:ftr {NS}>"
        + para(
            wp_run("Page ", size=18),
            '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" '
            'w:hAnsi="Times New Roman"/><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>',
            ppr='<w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )
    comments = (
        XML_HEAD
        + f"<w:comments {NS}>"
        + (
            '<w:comment w:id="0" w:author="Avril Scatliffe-Vanterpool" w:date="2026-03-12T17:05:00Z" '
            'w:initials="AS">'
            + para(
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>',
                run(
                    "Desk: judge’s quote is from the sentencing remarks, I have the printed copy if "
                    "legal want to see it. Company name checked on the registry search."
                ),
            )
            + "</w:comment></w:comments>"
        )
    )
    styles = XML_HEAD + (
        f"<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        "</w:styles>"
    )
    settings = XML_HEAD + (
        f'<w:settings {NS}><w:defaultTabStop w:val="720"/><w:compat>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="14"/></w:compat></w:settings>'
    )
    rels = XML_HEAD + (
        f'<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_NS}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/fontTable" Target="fontTable.xml"/>'
        f'<Relationship Id="rId4" Type="{REL_NS}/comments" Target="comments.xml"/>'
        f'<Relationship Id="rId10" Type="{REL_NS}/image" Target="media/image1.png"/>'
        f'<Relationship Id="rId20" Type="{REL_NS}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId21" Type="{REL_NS}/footer" Target="footer1.xml"/>'
        "</Relationships>"
    )
    write_docx(
        WP_NAME,
        {
            "[Content_Types].xml": content_types(comments=True, header_footer=True),
            "_rels/.rels": PACKAGE_RELS,
            "docProps/core.xml": core(
                "Avril Scatliffe-Vanterpool", "court-charter-theft", "2026-03-12T17:20:00Z"
            ),
            "docProps/app.xml": app("Corel WordPerfect", "19.0.0.325"),
            "word/document.xml": document,
            "word/styles.xml": styles,
            "word/settings.xml": settings,
            "word/fontTable.xml": font_table("Times New Roman", "Arial"),
            "word/comments.xml": comments,
            "word/header1.xml": header,
            "word/footer1.xml": footer,
            "word/_rels/document.xml.rels": rels,
            "word/media/image1.png": png(48, 32, (150, 140, 120)),
        },
    )


# ---------------------------------------------------------------- TextEdit: House of Assembly


TE_NAME = (
    "docx-textedit-mac-save-as-word-2007-assembly-reporter-copy-no-styles-helvetica-direct-"
    "formatting-empty-paragraph-spacing-desk-note-first-bold-headline-italic-dek-box-table-photos-"
    "sent-separately-caption-lines-beef-island-runway-vote"
)
TE_FONT = "Helvetica"


def te_para(text: str = "", **kw) -> str:
    ppr = '<w:spacing w:after="0" w:line="264" w:lineRule="auto"/>'
    return para(run(text, font=TE_FONT, size=kw.pop("size", 24), **kw) if text else "", ppr=ppr)


TE_BODY = [
    "The House of Assembly on Tuesday approved $6.1 million in supplementary spending for the "
    "Terrance B. Lettsome International Airport on Beef Island, including $4.8 million to design a "
    "longer runway that successive governments have promised for more than 20 years.",
    "The Supplementary Appropriation (No. 2) Bill, 2026 passed its third reading by eight votes to "
    "four after a debate that ran past 10 pm. One member was absent.",
    "Premier Dr Marcus Wheatley said the design work would allow the Territory to approach lenders "
    "for the construction, which the BVI Airports Authority has estimated at $180 million to "
    "$220 million. “You cannot borrow for a runway you have not drawn,” he told the House.",
    "The remaining $1.3 million will pay for repairs to the terminal roof, which has leaked since "
    "Hurricane Irma, and for new baggage screening equipment required by the UK’s Air Safety Support "
    "International.",
    "Opposition Leader Rosalind Penn-Maduro said her side supported a longer runway but not another "
    "study. “We have had three feasibility studies, two environmental assessments and one "
    "sod-turning,” she said. “The only thing this House has not seen is a bulldozer.”",
    "Kelvin Hodge-Lake, the representative for East End and Long Look, said residents would want to "
    "know what the extension would mean for the road to the airport and for the fishermen who use "
    "Trellis Bay.",
    "The Airports Authority’s managing director, Celia Rhymer, told the Mercury after the vote that a "
    "design consultant would be chosen by July and that the work would take about 14 months.",
    "The bill now goes to the Governor for assent.",
]


def te_cell(text: str, width: int, *, bold: bool = False) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>'
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:color="BFBFBF"/>'
            for s in ("top", "left", "bottom", "right")
        )
        + "</w:tcBorders></w:tcPr>"
        + te_para(text, bold=bold, size=22)
        + "</w:tc>"
    )


def textedit_doc() -> None:
    box_rows = [
        ("Runway extension design", "$4.8 million"),
        ("Terminal roof repairs", "$0.9 million"),
        ("Baggage screening equipment", "$0.4 million"),
        ("Total", "$6.1 million"),
    ]
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="6480" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4320"/><w:gridCol w:w="2160"/></w:tblGrid>'
        + "".join(
            f"<w:tr>{te_cell(a, 4320, bold=a == 'Total')}{te_cell(b, 2160, bold=a == 'Total')}</w:tr>"
            for a, b in box_rows
        )
        + "</w:tbl>"
    )
    body = [
        te_para(
            "Note for desk: all members’ names checked against the Clerk’s list. GIS photos "
            "coming separately by WeTransfer, captions at the bottom. Leon",
            color="FF2600",
        ),
        te_para(),
        te_para(
            "House approves $6.1 million for runway design and terminal repairs at Beef Island",
            bold=True,
            size=36,
        ),
        te_para(),
        te_para(
            "Opposition votes against, saying the airport has waited for a longer runway through "
            "four governments",
            italic=True,
            size=28,
        ),
        te_para(),
        te_para("By Leon Frett-Stoutt"),
        te_para(),
    ]
    for text in TE_BODY:
        body += [te_para(text), te_para()]
    body += [
        te_para("FOR A BOX IF THERE’S ROOM:", bold=True),
        table,
        te_para(),
        te_para("PHOTOS (GIS, sent separately):", bold=True),
        te_para(
            "1. HoA_vote_0310.jpg — Members of the House of Assembly during Tuesday’s debate on "
            "the supplementary appropriation bill. Photo: Government Information Service"
        ),
        te_para(
            "2. TBLIA_terminal.jpg — Buckets catch rainwater in the departure lounge at the "
            "Terrance B. Lettsome International Airport in January. Photo: Leon Frett-Stoutt"
        ),
        te_para(),
        te_para("ENDS"),
    ]
    sect = (
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    document = XML_HEAD + f"<w:document {NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    styles = XML_HEAD + (
        f"<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Helvetica" w:hAnsi="Helvetica" w:cs="Helvetica"/><w:sz w:val="24"/>'
        "</w:rPr></w:rPrDefault></w:docDefaults></w:styles>"
    )
    settings = XML_HEAD + f'<w:settings {NS}><w:defaultTabStop w:val="720"/></w:settings>'
    rels = XML_HEAD + (
        f'<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_NS}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/fontTable" Target="fontTable.xml"/>'
        "</Relationships>"
    )
    write_docx(
        TE_NAME,
        {
            "[Content_Types].xml": content_types(comments=False, header_footer=False),
            "_rels/.rels": PACKAGE_RELS,
            "docProps/core.xml": core("Leon Frett-Stoutt", "", "2026-03-10T23:41:00Z"),
            "docProps/app.xml": app("Cocoa TextEdit", "1.19"),
            "word/document.xml": document,
            "word/styles.xml": styles,
            "word/settings.xml": settings,
            "word/fontTable.xml": font_table("Helvetica"),
            "word/_rels/document.xml.rels": rels,
        },
    )


def main() -> None:
    wordperfect_doc()
    textedit_doc()


if __name__ == "__main__":
    main()

"""Write the two Word files of filing set h27 (part a) with the standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct. Zip entry times and document properties are fixed, so a rerun writes the same bytes.

Run: python make_docx_a.py   (from any directory; the files are written next to this script)
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 16, 19, 40, 0)

NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="w14"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --------------------------------------------------------------------------- pictures


def png(width, height, top, bottom, stripe=None):
    """A small RGB PNG: a vertical gradient from top to bottom colour, with optional stripes."""
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = [round(top[i] + (bottom[i] - top[i]) * t) for i in range(3)]
        row = bytearray([0])
        for x in range(width):
            if stripe and (x // 6 + y // 9) % 5 == 0:
                row += bytes(stripe)
            else:
                row += bytes(colour)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- runs and paragraphs


def run(
    text,
    bold=False,
    italic=False,
    size=None,
    highlight=None,
    font=None,
    color=None,
    caps=False,
    small_caps=False,
):
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if caps:
        props.append("<w:caps/>")
    if small_caps:
        props.append("<w:smallCaps/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    parts = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{body}</w:r>"


def para(*runs, style=None, jc=None, space_after=None, keep_next=False, sect=None, ind=None):
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if space_after is not None:
        props.append(f'<w:spacing w:after="{space_after}"/>')
    if ind:
        props.append(f'<w:ind w:firstLine="{ind}"/>')
    if jc:
        props.append(f'<w:jc w:val="{jc}"/>')
    if sect:
        props.append(sect)
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def picture(rid, pid, name, descr, cx_cm, cy_cm):
    cx = int(cx_cm * 360000)
    cy = int(cy_cm * 360000)
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{descr_attr}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{escape(name)}"/><pic:cNvPicPr/>'
        f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
        '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def table(rows, widths, header=True, font_size=18):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
        f"<w:tblGrid>{grid}</w:tblGrid>",
    ]
    for i, row in enumerate(rows):
        cells = []
        for j, text in enumerate(row):
            bold = header and i == 0
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/></w:tcPr>'
                + para(run(text, bold=bold, size=font_size), space_after=0)
                + "</w:tc>"
            )
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def sect_pr(header_rid, footer_rid, landscape=False, next_page=False):
    size = (
        '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        if landscape
        else '<w:pgSz w:w="11906" w:h="16838"/>'
    )
    refs = ""
    if header_rid:
        refs += f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
    if footer_rid:
        refs += f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
    kind = '<w:type w:val="nextPage"/>' if next_page else ""
    return (
        f"<w:sectPr>{refs}{kind}{size}"
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
        "</w:sectPr>"
    )


# --------------------------------------------------------------------------- fixed parts

STYLES = (
    XML_DECL + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="34"/><w:szCs w:val="34"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/>'
    '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
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


def content_types(has_header, has_footer):
    parts = [
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/word/settings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ]
    if has_header:
        parts.append(
            '<Override PartName="/word/header1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        )
    if has_footer:
        parts.append(
            '<Override PartName="/word/footer1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        )
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>' + "".join(parts) + "</Types>"
    )


ROOT_RELS = (
    XML_DECL + f'<Relationships xmlns="{REL_NS}">'
    f'<Relationship Id="rId1" Type="{OFFDOC}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{OFFDOC}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def doc_rels(images, has_header, has_footer):
    rels = [
        f'<Relationship Id="rIdStyles" Type="{OFFDOC}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdSettings" Type="{OFFDOC}/settings" Target="settings.xml"/>',
    ]
    for rid, target in images:
        rels.append(f'<Relationship Id="{rid}" Type="{OFFDOC}/image" Target="{target}"/>')
    if has_header:
        rels.append(f'<Relationship Id="rIdHdr1" Type="{OFFDOC}/header" Target="header1.xml"/>')
    if has_footer:
        rels.append(f'<Relationship Id="rIdFtr1" Type="{OFFDOC}/footer" Target="footer1.xml"/>')
    return XML_DECL + f'<Relationships xmlns="{REL_NS}">' + "".join(rels) + "</Relationships>"


def core(title, creator, modified_by):
    return (
        XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-16T15:02:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-16T18:40:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP = (
    XML_DECL
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>74</TotalTime><Pages>2</Pages>"
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)


def hdr_ftr(tag, body):
    return XML_DECL + f"<w:{tag} {NS}>{body}</w:{tag}>"


def page_field():
    return (
        '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr>'
        "<w:t>1</w:t></w:r></w:fldSimple>"
    )


def write_docx(name, body_xml, images, header_xml, footer_xml, props):
    path = HERE / name
    document = XML_DECL + f"<w:document {NS}><w:body>{body_xml}</w:body></w:document>"
    entries = [
        ("[Content_Types].xml", content_types(bool(header_xml), bool(footer_xml))),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core(*props)),
        ("docProps/app.xml", APP),
        ("word/document.xml", document),
        (
            "word/_rels/document.xml.rels",
            doc_rels(
                [(rid, f"media/{fn}") for rid, fn, _ in images], bool(header_xml), bool(footer_xml)
            ),
        ),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
    ]
    if header_xml:
        entries.append(("word/header1.xml", hdr_ftr("hdr", header_xml)))
    if footer_xml:
        entries.append(("word/footer1.xml", hdr_ftr("ftr", footer_xml)))
    for _, fn, data in images:
        entries.append((f"word/media/{fn}", data))
    with zipfile.ZipFile(path, "w") as z:
        for arc, data in entries:
            info = zipfile.ZipInfo(arc, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- Osogbo adire dyers

OSOGBO = (
    "docx-osun-bureau-file-yoruba-tone-marks-nfc-combining-accents-on-dotted-letters-"
    "highlighted-desk-note-bold-centred-headline-from-byline-caption-style-pix-label-courtesy-"
    "credit-glossary-table-after-ends-osogbo-adire-dyers.docx"
)


def osogbo():
    images = [
        ("rIdImg1", "image1.png", png(96, 64, (40, 60, 140), (210, 200, 170), (30, 40, 110))),
        ("rIdImg2", "image2.png", png(96, 64, (120, 90, 60), (60, 70, 120))),
    ]
    paras = [
        para(
            run(
                "NB Desk: Please keep the tone marks on the names \u2013 they are correct, I "
                "checked with each person. Glossary of Yoruba words at the end is for the subs, "
                "not for publication. Two pix in the file. \u2013 \u00c0d\u00ecg\u00fan",
                highlight="yellow",
            )
        ),
        para(
            run("Osogbo adire dyers reject move to new craft village", bold=True, size=32),
            jc="center",
        ),
        para(
            run(
                "Traders say relocation site has no water for dyeing; government insists the "
                "market must make way for a road",
                italic=True,
            ),
            jc="center",
        ),
        para(
            run(
                "From \u00c0d\u00ecg\u00fan \u1eccl\u00e1\u00f2\u1e63eb\u00eckan, Osogbo", bold=True
            )
        ),
        para(
            picture(
                "rIdImg1",
                1,
                "Picture 1",
                "Adire cloths drying on lines at \u1eccj\u00e0 \u1eccba market, Osogbo",
                15.5,
                10.3,
            ),
            jc="center",
            space_after=60,
        ),
        para(
            run(
                "Adire cloths drying at the dyers\u2019 section of \u1eccj\u00e0 \u1eccba "
                "market, Osogbo, on Monday. PIX: \u00c0d\u00ecg\u00fan "
                "\u1eccl\u00e1\u00f2\u1e63eb\u00eckan"
            ),
            style="Caption",
        ),
        para(
            run(
                "Hundreds of adire dyers at \u1eccj\u00e0 \u1eccba market in Osogbo have "
                "rejected a plan by the Osun State Government to move them to a new craft "
                "village on the \u00ccl\u1ecd\u0300bu road, about 11 kilometres from the city "
                "centre."
            )
        ),
        para(
            run(
                "The dyers, most of them women, gathered at the market on Monday with placards "
                "and sang \u201cA\u1e63\u1ecd wa ni \u00ecd\u00e1nim\u1ecd\u0300 wa\u201d (Our "
                "cloth is our identity) as officials of the Ministry of Commerce addressed them."
            )
        ),
        para(
            run(
                "The \u00ccy\u00e1l\u1ecd\u0301j\u00e0 of the dyers\u2019 section, Alhaja "
                "M\u00f9\u00edn\u00e0t \u00c0d\u00ecs\u00e1, said the new site had no borehole "
                "and no drainage for the water used in dyeing, and that the dyers\u2019 "
                "customers, many of them tourists, would not travel that far."
            )
        ),
        para(
            run(
                "\u201cA \u00f2 n\u00ed k\u00far\u00f2 n\u00edb\u00ed (We will not leave "
                "here). Our mothers dyed cloth in this market before any of these officials "
                "were born. If they want us to move, let them bring water to the place first,"
                "\u201d she said."
            )
        ),
        para(
            run(
                "Another dyer, Mrs Ad\u00e9r\u00f3nk\u1eb9\u0301 \u1ecc\u0300\u1e63\u00fan"
                "n\u00edy\u00ec, said she had spent N480,000 on indigo, caustic soda and cloth "
                "for the Easter season and could not afford to stop work."
            )
        ),
        para(run("Government: road cannot wait"), style="Heading2"),
        para(
            run(
                "The Commissioner for Commerce, Mr Ol\u00fa\u1e63\u1eb9\u0301gun \u00c0j\u00e0"
                "y\u00ed, said the dyers\u2019 section stood in the way of a dual carriageway "
                "linking the market to the \u00d2k\u00e8-F\u00eca roundabout, and that the craft "
                "village would have a borehole before the move in June."
            )
        ),
        para(
            run(
                "\u201cNobody is sending the dyers away from Osogbo. The craft village has 240 "
                "stalls, a dyeing yard and a car park, and the first year is rent-free,\u201d he "
                "said."
            )
        ),
        para(picture("rIdImg2", 2, "Picture 2", "", 15.5, 10.3), jc="center", space_after=60),
        para(
            run(
                "Alhaja M\u00f9\u00edn\u00e0t \u00c0d\u00ecs\u00e1 (middle) with other dyers at "
                "Monday\u2019s protest. PIX: Courtesy of Osun Adire Dyers\u2019 Association"
            ),
            style="Caption",
        ),
        para(run("He said the government would meet the dyers\u2019 leaders again on Thursday.")),
        para(
            run(
                "Additional report by K\u1eb9\u0301h\u00ecnd\u00e9 Ad\u00e9b\u00e1y\u1ecd\u0300, "
                "\u00cckir\u00e8.",
                italic=True,
            )
        ),
        para(run("ENDS", bold=True), jc="center"),
        para(run("GLOSSARY (for subs, not for publication)", bold=True, color="C00000")),
        table(
            [
                ["Word", "Meaning"],
                ["adire", "tie-and-dye cloth, usually dyed with indigo"],
                ["\u1eccj\u00e0 \u1eccba", "the king\u2019s market, beside the palace"],
                ["\u00ccy\u00e1l\u1ecd\u0301j\u00e0", "leader of the market women"],
                ["Alhaja", "title of a Muslim woman who has made the hajj"],
                [
                    "A\u1e63\u1ecd wa ni \u00ecd\u00e1nim\u1ecd\u0300 wa",
                    "a dyers\u2019 song, translated in the copy",
                ],
            ],
            [2600, 6400],
        ),
        para(run("")),
        sect_pr("rIdHdr1", "rIdFtr1"),
    ]
    header = para(
        run("THE EKO STANDARD \u00b7 OSUN BUREAU \u00b7 ADIRE/OSOGBO", color="808080", size=16),
        style="Header",
    )
    footer = para(
        run(
            "Filed 16/03/2026 19:40 \u00b7 \u00c0d\u00ecg\u00fan \u1eccl\u00e1\u00f2\u1e63eb"
            "\u00eckan \u00b7 Page ",
            size=16,
        ),
        page_field(),
        style="Footer",
        jc="right",
    )
    return write_docx(
        OSOGBO,
        "".join(paras),
        images,
        header,
        footer,
        ("Osogbo adire", "Adigun Olaosebikan", "Adigun Olaosebikan"),
    )


# --------------------------------------------------------------------------- Nasarawa council polls

NASARAWA = (
    "docx-state-correspondent-lg-election-file-courier-slug-line-small-caps-kicker-"
    "heading-1-headline-italic-dek-bold-dateline-run-pix-by-credit-landscape-section-"
    "results-table-agate-desk-note-after-ends-nasarawa-council-polls.docx"
)


def nasarawa():
    images = [
        ("rIdImg1", "image1.png", png(96, 64, (200, 170, 120), (90, 110, 70), (60, 60, 60))),
        ("rIdImg2", "image2.png", png(96, 64, (230, 230, 220), (150, 120, 90))),
    ]
    results = [
        ["Council", "PPC", "DAP", "Others", "Winner"],
        ["Lafia", "48,112", "21,907", "3,114", "PPC"],
        ["Keffi", "17,240", "19,836", "1,202", "DAP"],
        ["Akwanga", "15,604", "18,221", "988", "DAP"],
        ["Nasarawa", "22,915", "9,470", "1,515", "PPC"],
        ["Karu", "41,380", "26,553", "2,871", "PPC"],
        ["Doma", "\u2013", "\u2013", "\u2013", "On hold"],
        ["Obi", "\u2013", "\u2013", "\u2013", "On hold"],
    ]
    section_one_end = sect_pr("rIdHdr1", "rIdFtr1")
    paras = [
        para(
            run(
                "SLUG: LG POLLS/NASARAWA | FILED: 15/03/2026 21:15 | WORDS: 640 | PIX: 2 | "
                "TABLE: 1 (landscape page)",
                font="Courier New",
                size=18,
            )
        ),
        para(run("Local Government Elections", small_caps=True, color="7F7F7F")),
        para(
            run("PPC sweeps 11 of 13 councils in Nasarawa LG polls, opposition heads to tribunal"),
            style="Heading1",
        ),
        para(
            run(
                "Low turnout, late materials mar Saturday vote in Lafia, Keffi and Akwanga",
                italic=True,
            )
        ),
        para(run("By Ibrahim Musa Danjuma")),
        para(
            run("LAFIA \u2014 ", bold=True),
            run(
                "The People\u2019s Progress Congress (PPC) won the chairmanship seats in 11 of "
                "the 13 local government areas of Nasarawa State in Saturday\u2019s council "
                "elections, the State Independent Electoral Commission announced on Sunday."
            ),
        ),
        para(
            run(
                "The Democratic Alliance Party (DAP) won in Keffi and Akwanga, while results in "
                "Doma and Obi were put on hold after ballot boxes were snatched in three wards."
            )
        ),
        para(
            run(
                "Announcing the results at the collation centre in Lafia, the chairman of the "
                "commission, Mr Aliyu Bala Ogah, said the election was \u201clargely "
                "peaceful\u201d but that turnout was low in most councils."
            )
        ),
        para(
            run(
                "He put the turnout at 31 per cent, compared with 44 per cent at the last "
                "council elections in 2022."
            )
        ),
        para(
            picture(
                "rIdImg1", 1, "Picture 1", "Voters queuing at a polling unit in Lafia", 15.0, 10.0
            ),
            jc="center",
            space_after=60,
        ),
        para(
            run(
                "Voters queue at a polling unit in Lafia East ward on Saturday. Photo: Ibrahim "
                "Musa Danjuma"
            ),
            style="Caption",
        ),
        para(
            run(
                "In Lafia, voting materials did not arrive at several polling units until after "
                "11am, and some voters left before accreditation began, our correspondent "
                "observed."
            )
        ),
        para(
            run(
                "The DAP state chairman, Mr Emmanuel Ayuba Akolo, rejected the results in three "
                "councils and said the party would go to the election petitions tribunal."
            )
        ),
        para(
            run(
                "\u201cWhat happened in Doma and Obi was not an election. Our agents were chased "
                "away and results were written in a hotel room. We are going to court,\u201d he "
                "said."
            )
        ),
        para(
            run(
                "The PPC state publicity secretary, Mr Yakubu Sallah Abdullahi, said the party "
                "had won fairly and urged the opposition to accept the results."
            )
        ),
        para(
            run(
                "The Police Public Relations Officer in the state, SP Rahila Gambo, said 14 "
                "people were arrested for ballot snatching and thuggery and would be charged "
                "to court."
            )
        ),
        para(
            picture(
                "rIdImg2", 2, "Picture 2", "Electoral officials counting ballot papers", 15.0, 10.0
            ),
            jc="center",
            space_after=60,
        ),
        para(
            run(
                "Electoral officials count votes at the Keffi local government collation centre "
                "on Sunday. Pix by Hauwa Ladi Ogbole/Eko Standard"
            ),
            style="Caption",
        ),
        para(
            run("The newly elected chairmen are expected to be sworn in by the governor on Friday.")
        ),
        para(run("Additional reporting by Hauwa Ladi Ogbole in Keffi.", italic=True)),
        para(run("ENDS", bold=True), jc="center", sect=section_one_end),
        para(
            run(
                "TABLE: Chairmanship results by council (as announced at the collation centre, "
                "Lafia)",
                bold=True,
            )
        ),
        table(results, [2600, 2000, 2000, 2000, 2400]),
        para(run("Source: State Independent Electoral Commission", italic=True, size=18)),
        para(
            run(
                "Desk: table figures as announced on Sunday; Doma and Obi still on hold at "
                "filing. Pix 2 is Hauwa\u2019s. \u2013 IMD",
                highlight="yellow",
            )
        ),
        sect_pr("rIdHdr1", "rIdFtr1", landscape=True, next_page=True),
    ]
    header = para(
        run("LG POLLS \u2014 NASARAWA \u2014 FOR WEB AND PAGE 6", color="808080", size=16),
        style="Header",
    )
    footer = para(
        run("Ibrahim Musa Danjuma, Lafia \u00b7 Page ", size=16),
        page_field(),
        style="Footer",
        jc="right",
    )
    return write_docx(
        NASARAWA,
        "".join(paras),
        images,
        header,
        footer,
        ("LG polls Nasarawa", "IMD Lafia", "IMD Lafia"),
    )


def main():
    for build in (osogbo, nasarawa):
        print(build().name)


if __name__ == "__main__":
    main()

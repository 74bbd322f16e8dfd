"""Write the two Word files of filing set h26, part a, with Python's standard library only.

Every part of each package is written by hand as WordprocessingML: content types,
relationships, document, styles, settings, footnotes, page header and footer, and the core and
app properties. The pictures are small PNGs drawn with zlib and struct. Zip entry times and the
document properties are fixed, so a rerun writes the same bytes.

Run it as ``python make_docx_a.py`` from any directory; the files are written next to it.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 14, 12, 0, 0)

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
ROOT_NS = f'xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}"'
EMU_PER_PX = 9525


# --- pictures -------------------------------------------------------------------------------


def png(width, height, pixel):
    """Return the bytes of an RGB PNG whose colour at (x, y) is pixel(x, y)."""
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


def photo(width, height, top, bottom):
    """A landscape: a sky fading from top to bottom colour, and darker ground below."""

    def pixel(x, y):
        t = y / max(height - 1, 1)
        if y > height * 0.62:
            return (60 + x % 7, 90 + (x * y) % 11, 40)
        return tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))

    return png(width, height, pixel)


def headshot(width, height, shade):
    """A head-and-shoulders silhouette on a grey ground."""

    def pixel(x, y):
        cx, cy = width / 2, height * 0.38
        head = (x - cx) ** 2 / (width * 0.2) ** 2 + (y - cy) ** 2 / (height * 0.2) ** 2 <= 1
        body = y > height * 0.62 and abs(x - cx) < width * (0.2 + (y / height - 0.62))
        if head or body:
            return shade
        return (205, 205, 200)

    return png(width, height, pixel)


def logo(width, height, colour):
    """A coloured disc on white, for letterhead and sponsor logos."""

    def pixel(x, y):
        r = min(width, height) / 2 - 2
        inside = (x - width / 2) ** 2 + (y - height / 2) ** 2 <= r * r
        return colour if inside else (255, 255, 255)

    return png(width, height, pixel)


# --- WordprocessingML -----------------------------------------------------------------------


def text_runs(text, props):
    """Runs for text, with U+2011 as a non-breaking hyphen and U+00AD as a soft hyphen."""
    out, buf = [], ""
    for ch in text:
        if ch in "\u2011\u00ad":
            if buf:
                out.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
                buf = ""
            out.append("<w:noBreakHyphen/>" if ch == "\u2011" else "<w:softHyphen/>")
        elif ch == "\t":
            if buf:
                out.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
                buf = ""
            out.append("<w:tab/>")
        else:
            buf += ch
    if buf:
        out.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def run(text, *, bold=False, italic=False, size=None, color=None, highlight=None, style=None):
    props = ""
    if style:
        props += f'<w:rStyle w:val="{style}"/>'
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    return text_runs(text, props)


def footnote_ref(number):
    return (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )


def para(*runs, style=None, align=None, tabs=None, after=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if tabs:
        ppr += "<w:tabs>" + "".join(tabs) + "</w:tabs>"
    if after is not None:
        ppr += f'<w:spacing w:after="{after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def picture(rid, pid, name, px_w, px_h, descr=None):
    """An inline picture run; descr is the picture's alt text (Word's description)."""
    cx, cy = px_w * EMU_PER_PX, px_h * EMU_PER_PX
    alt = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}"{alt}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{NS_PIC}"><pic:pic xmlns:pic="{NS_PIC}">'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill><pic:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def table(rows, widths):
    """A borderless layout table; rows is a list of rows, each a list of cell XML strings."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    none = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right"))
    inner = '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        f"<w:tblBorders>{none}{inner}</w:tblBorders>"
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
    ]
    for row in rows:
        out.append("<w:tr>")
        for cell, width in zip(row, widths, strict=True):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{cell}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{NS_W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" \
w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/>\
<w:lang w:val="en-JM" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>\
</w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
</w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" \
w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" \
w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/>\
<w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/>\
<w:color w:val="5A5A5A"/><w:spacing w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>\
<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>\
<w:color w:val="2F5496"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>\
<w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/>\
<w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>\
<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>\
</w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>\
</w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>\
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>\
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" \
w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\
<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" \
w:lineRule="auto"/></w:pPr></w:style>
</w:styles>
"""


def settings(footnotes):
    notes = ""
    if footnotes:
        notes = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:settings xmlns:w="{NS_W}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        f'{notes}<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )


def footnotes_part(notes):
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
    )
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f"{run(' ' + text)}</w:p></w:footnote>"
        for i, text in enumerate(notes, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {ROOT_NS}>{sep}{body}</w:footnotes>"
    )


def rels(entries):
    """A relationships part; kind is a short name under REL or a full type URI."""
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind if "://" in kind else REL + kind}" '
        f'Target="{target}"/>'
        for rid, kind, target in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{NS_PKG}">{items}</Relationships>'
    )


def core_xml(title, author):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-14T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-14T11:48:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000'
    "</AppVersion></Properties>"
)


def header_footer(kind, paragraphs):
    tag = "hdr" if kind == "header" else "ftr"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:{tag} {ROOT_NS}>{''.join(paragraphs)}</w:{tag}>"
    )


def write_package(name, *, title, author, body, media, notes=None, header=None, footer=None):
    """Write name.docx. media maps rId -> (file name, bytes, owner part: document/header/footer)."""
    doc_rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml")]
    types = [
        ("/word/document.xml", WORD_CT + "document.main+xml"),
        ("/word/styles.xml", WORD_CT + "styles+xml"),
        ("/word/settings.xml", WORD_CT + "settings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    parts = {}
    sect = ""
    if notes:
        doc_rels.append(("rId3", "footnotes", "footnotes.xml"))
        types.append(("/word/footnotes.xml", WORD_CT + "footnotes+xml"))
        parts["word/footnotes.xml"] = footnotes_part(notes)
    for rid, kind, part in (("rId4", "header", header), ("rId5", "footer", footer)):
        if part is None:
            continue
        doc_rels.append((rid, kind, f"{kind}1.xml"))
        types.append((f"/word/{kind}1.xml", WORD_CT + f"{kind}+xml"))
        parts[f"word/{kind}1.xml"] = header_footer(kind, part)
        sect += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    owned = {"document": doc_rels, "header": [], "footer": []}
    for rid, (file_name, data, owner) in media.items():
        owned[owner].append((rid, "image", f"media/{file_name}"))
        parts[f"word/media/{file_name}"] = data
    for kind in ("header", "footer"):
        if owned[kind]:
            parts[f"word/_rels/{kind}1.xml.rels"] = rels(owned[kind])
    sect = (
        f'<w:sectPr>{sect}<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" '
        'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
        'w:gutter="0"/></w:sectPr>'
    )
    parts["word/document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {ROOT_NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    )
    parts["word/styles.xml"] = STYLES
    parts["word/settings.xml"] = settings(bool(notes))
    parts["word/_rels/document.xml.rels"] = rels(doc_rels)
    parts["docProps/core.xml"] = core_xml(title, author)
    parts["docProps/app.xml"] = APP_XML
    overrides = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in types
    )
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="png" ContentType="image/png"/>{overrides}</Types>'
    )
    parts["_rels/.rels"] = rels(
        [
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", CORE_REL, "docProps/core.xml"),
            ("rId3", "extended-properties", "docProps/app.xml"),
        ]
    )
    first = ("[Content_Types].xml", "_rels/.rels")
    order = [*first, *sorted(p for p in parts if p not in first)]
    with zipfile.ZipFile(HERE / f"{name}.docx", "w") as zf:
        for part in order:
            info = zipfile.ZipInfo(part, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = parts[part]
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return HERE / f"{name}.docx"


# --- document 1: a stringer's water story with a vox pop --------------------------------------

VOX_NAME = (
    "docx-stringer-water-lock-off-story-vox-pop-headshots-in-table-cells-name-captions-shared-"
    "photos-credit-line-patois-quotes-footnote-glosses-may-pen-water-schedule"
)

VOX_PEOPLE = [
    # (caption in the cell, description or None, bold lead, quote, footnote gloss or None)
    (
        "Delroy Campbell, taxi operator, Denbigh",
        "Delroy Campbell",
        "Delroy Campbell, taxi operator:",
        "“Mi affi buy water from truck three times a week now, and di price double. "
        "Taxi money cyaan cover dat.”",
        "Desk: “I have to buy water from the truck three times a week now, and the price "
        "has doubled. Taxi money can’t cover that.”",
    ),
    (
        "Sharon McKenzie, vendor, May Pen market",
        "Sharon McKenzie",
        "Sharon McKenzie, vendor:",
        "“Wi can manage if dem stick to di schedule. A when dem seh Tuesday and it come "
        "Thursday dat vex people.”",
        "Desk: “We can manage if they stick to the schedule. It’s when they say Tuesday and "
        "it comes Thursday that people get angry.”",
    ),
    (
        "Neville Brown, retired teacher, Hazard",
        None,
        "Neville Brown, retired teacher:",
        "“I have lived here 40 years and I have never seen the Minho this low. We have to "
        "start catching rainwater again, like our parents did.”",
        None,
    ),
    (
        "Tashana Ellis, student, Palmers Cross",
        None,
        "Tashana Ellis, student:",
        "“Mi haffi bathe before light come up fi reach school. Some mornings no water nuh "
        "deh at all.”",
        "Desk: “I have to bathe before daylight to get to school. Some mornings there is no "
        "water at all.”",
    ),
]


def vox_pop_story():
    media = {"rId10": ("image1.png", photo(160, 100, (120, 170, 220), (230, 215, 180)), "document")}
    body = [
        para(
            run(
                "FOR: Web desk / Clarendon page | FROM: Kemar Whyte, Clarendon correspondent | "
                "PIX: 5 embedded (lead + 4 vox pop) | Patois glossed in footnotes for the desk",
                color="808080",
                size=18,
            )
        ),
        para(
            run("May Pen residents brace for three-day water lock-offs as Rio Minho runs low"),
            style="Title",
        ),
        para(
            run(
                "Utility says the schedule will last until the May rains; vendors and taxi men "
                "count the cost"
            ),
            style="Subtitle",
        ),
        para(run("By Kemar Whyte", bold=True)),
        para(
            picture(
                "rId10",
                1,
                "IMG_4402.png",
                480,
                300,
                "Residents queue with buckets beside a water truck on Manchester Avenue",
            ),
            align="center",
            after=0,
        ),
        para(
            run(
                "Residents of Denbigh queue at a water truck on Tuesday as supply to parts of "
                "May Pen was cut for the second time this month. (Photo: Kemar Whyte)"
            ),
            style="Caption",
        ),
        para(
            run("MAY PEN, Clarendon — ", bold=True),
            run(
                "Thousands of households in and around May Pen will get piped water only four "
                "days a week from Monday, after the Southern Parishes Water Authority announced "
                "a rotating lock-off schedule it blamed on the lowest flows in the Rio Minho in "
                "11 years."
            ),
        ),
        para(
            run(
                "Under the schedule, each of four zones — Denbigh, Hazard, Palmers Cross and the "
                "town centre — will be without water for three days a week in rotation, with the "
                "authority sending trucks to schools, clinics and the May Pen Hospital."
            )
        ),
        para(
            run(
                "The authority’s regional manager, Marvia Dunkley, said the river was flowing at "
                "less than 40 per cent of its normal level for March. “We are taking what the "
                "river can give without draining it. If we don’t ration now, we will have "
                "nothing to give in April,” she said."
            )
        ),
        para(
            run(
                "Ms Dunkley said the schedule would last until the May rains and would be posted "
                "each Friday on the authority’s social media pages and read on local radio."
            )
        ),
        para(
            run(
                "Businesses in the town centre say they are already paying for the dry spell. "
                "Cookshop owner Andrea Spence said she had spent $38,000 on trucked water since "
                "February."
            )
        ),
        para(run("What residents are saying"), style="Heading2"),
    ]
    cells = []
    for i, (caption, descr, _lead, _quote, _gloss) in enumerate(VOX_PEOPLE):
        rid = f"rId{11 + i}"
        shade = [(70, 50, 40), (95, 65, 50), (60, 45, 35), (110, 80, 60)][i]
        media[rid] = (f"image{2 + i}.png", headshot(60, 75, shade), "document")
        cells.append(
            para(picture(rid, 2 + i, f"vox{i + 1}.png", 90, 112, descr), align="center", after=40)
            + para(run(caption, bold=True, size=16), align="center", after=0)
        )
    body.append(table([cells], [2340, 2340, 2340, 2340]))
    body.append(para(run("Vox pop photos: Kemar Whyte", italic=True, size=16), align="right"))
    note = 0
    for _caption, _descr, lead, quote, gloss in VOX_PEOPLE:
        runs = [run(lead + " ", bold=True), run(quote)]
        if gloss:
            note += 1
            runs.append(footnote_ref(note))
        body.append(para(*runs))
    body += [
        para(
            run(
                "The authority is asking customers to store water in clean, covered containers "
                "and to report leaks on its toll-free line, 888-555-0100."
            )
        ),
        para(run("Additional reporting by Sasha-Gaye Lindo in Kingston.", italic=True)),
        para(run("-30-"), align="center"),
    ]
    glosses = [gloss for *_rest, gloss in VOX_PEOPLE if gloss]
    header = [
        para(
            run("WHYTE / MAY PEN WATER / FOR WEB SAT 14/3", color="808080", size=16), style="Header"
        )
    ]
    footer = [
        para(
            run("Page ", size=16),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            run("1", size=16),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            style="Footer",
            align="right",
        )
    ]
    return write_package(
        VOX_NAME,
        title="MAY PEN WATER",
        author="Kemar Whyte",
        body=body,
        media=media,
        notes=glosses,
        header=header,
        footer=footer,
    )


# --- document 2: a schools athletics association's media release -----------------------------

RELAYS_NAME = (
    "docx-schools-athletics-association-media-release-letterhead-header-logo-sponsor-logos-"
    "footer-dated-dateline-photo-courtesy-caption-tab-leader-results-issued-by-mandeville-relays"
)

RESULTS = [
    ("Boys Class One 4x100m", "Spur Tree High", "40.12 (MR)"),
    ("Boys Class Two 4x100m", "Spur Tree High", "42.37"),
    ("Girls Class Two 4x100m", "Mile Gully Comprehensive", "46.02 (MR)"),
    ("Girls Distance Medley", "Knockpatrick College", "12:04.31 (MR)"),
    ("Boys 4x400m Open", "Porus Technical", "3:14.88 (MR)"),
]


def relays_release():
    media = {
        "rId10": ("image1.png", photo(160, 100, (20, 30, 70), (200, 190, 120)), "document"),
        "rId1": ("image2.png", logo(48, 48, (0, 110, 60)), "header"),
        "rId2": ("image3.png", logo(40, 24, (20, 120, 200)), "footer"),
        "rId3": ("image4.png", logo(40, 24, (200, 120, 20)), "footer"),
    }
    leader = [
        '<w:tab w:val="left" w:leader="dot" w:pos="4320"/>',
        '<w:tab w:val="right" w:leader="dot" w:pos="9000"/>',
    ]
    body = [
        para(run("FOR IMMEDIATE RELEASE", bold=True), after=0),
        para(run("Sunday, March 15, 2026")),
        para(
            run("Spur Tree High sweeps sprint relays as Central Classic records fall"),
            style="Title",
        ),
        para(
            run(
                "Four meet records broken at Mandeville’s first floodlit schools relays; "
                "Knockpatrick girls take distance medley"
            ),
            style="Subtitle",
        ),
        para(
            run("MANDEVILLE, Manchester, March 14, 2026 – ", bold=True),
            run(
                "Spur Tree High School won all four boys’ sprint relays at the Central Classic "
                "Relays on Saturday night as four meet records fell at the first schools meet "
                "held under the new floodlights at the Mandeville Sports Complex."
            ),
        ),
        para(
            run(
                "Spur Tree’s Class One 4x100m team of Romario Grant, Jaheim Dixon, Shamar Powell "
                "and Odane Reid clocked 40.12 seconds, breaking the meet record of 40.58 set by "
                "Porus Technical in 2023."
            )
        ),
        para(
            picture(
                "rId10",
                1,
                "SCSAA_relays_0412.png",
                480,
                300,
                "A sprinter in a green vest crosses the finish line under floodlights",
            ),
            align="center",
            after=0,
        ),
        para(
            run(
                "Spur Tree High anchor Odane Reid crosses the line in the Class One boys’ "
                "4x100m on Saturday night. Photo courtesy of SCSAA/Andre Lewin"
            ),
            style="Caption",
        ),
        para(
            run(
                "“We came here for the sprint relays and we got all four. The boys have been "
                "running under lights at training since January, so tonight felt like home,” "
                "said Spur Tree coach Dalton Forbes."
            )
        ),
        para(
            run(
                "Knockpatrick College won the girls’ distance medley in 12:04.31, another meet "
                "record, with 16-year-old Shantoya Morgan running down Porus Technical’s anchor "
                "in the final 200 metres."
            )
        ),
        para(
            run(
                "The other records came in the Class Two girls’ 4x100m, won by Mile Gully "
                "Comprehensive in 46.02, and the boys’ 4x400m open, won by Porus Technical in "
                "3:14.88."
            )
        ),
        para(
            run(
                "Association president Dr Carmen Heron\u2011Blake said more than 3,000 spectators "
                "attended and that the floodlit format would be kept next year. “Our athletes "
                "deserve a champion\u00adship atmosphere before the national championships, and "
                "tonight they got one,” she said."
            )
        ),
        para(run("SELECTED RESULTS", bold=True), after=60),
    ]
    for event, school, mark in RESULTS:
        body.append(para(run(f"{event}\t{school}\t{mark}", size=20), tabs=leader, after=0))
    body += [
        para(""),
        para(
            run(
                "The association thanks its sponsors, Coral Spring Water and Hilltop Hardware, "
                "and the staff of the Mandeville Sports Complex.",
                italic=True,
            )
        ),
        para(run("-30-"), align="center"),
        para(
            run("Issued by: ", bold=True),
            run("Nadine Spence\u2011Walker, Public Relations Officer, SCSAA · 876-555-0191"),
            after=0,
        ),
        para(
            run("Notes to editors: ", bold=True),
            run(
                "High-resolution photographs are available on request. Please credit "
                "SCSAA/Andre Lewin."
            ),
        ),
    ]
    header = [
        para(
            picture("rId1", 101, "scsaa-logo.png", 48, 48, "SCSAA logo"),
            run("  SOUTH CENTRAL SCHOOLS ATHLETICS ASSOCIATION", bold=True, color="006E3C"),
            run("\tMEDIA RELEASE", bold=True, color="808080"),
            style="Header",
            tabs=['<w:tab w:val="right" w:pos="9360"/>'],
        ),
        para(
            run(
                "Member of the All-Island Schools Sports Council · Founded 1972",
                size=16,
                color="808080",
            ),
            style="Header",
        ),
    ]
    footer = [
        para(
            run("Presented by  ", size=16, color="808080"),
            picture("rId2", 102, "coral-spring.png", 40, 24, "Coral Spring Water logo"),
            run("  "),
            picture("rId3", 103, "hilltop.png", 40, 24, "Hilltop Hardware logo"),
            run("\tP.O. Box 000, Mandeville · media@scsaa.org.jm", size=16, color="808080"),
            style="Footer",
        )
    ]
    return write_package(
        RELAYS_NAME,
        title="Media release - Central Classic Relays",
        author="Nadine Spence-Walker",
        body=body,
        media=media,
        header=header,
        footer=footer,
    )


def main():
    for path in (vox_pop_story(), relays_release()):
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()

"""Write the two Word files of filing set h30 (part a) with the standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct, and zipfile packs the parts. Zip entry times and document properties are fixed, so a
rerun writes the same bytes. Run it as ``python make_docx_a.py`` from any directory: the files
are written next to this script.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 13, 9, 0, 0)

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
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


# --------------------------------------------------------------------------- pictures


def png(width, height, pixel):
    """A truecolour PNG; pixel(x, y) returns an (r, g, b) tuple."""
    rows = b""
    for y in range(height):
        rows += b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def photo(seed, sky, ground):
    """A landscape-ish picture: sky, a horizon band and ground, with a little texture."""

    def pixel(x, y):
        n = (x * 7 + y * 13 + seed * 31) % 17
        if y < 22:
            return tuple(min(255, c + n) for c in sky)
        if y < 26:
            return (90 + n, 110 + n, 70)
        return tuple(max(0, c - n) for c in ground)

    return png(64, 48, pixel)


def qr_code():
    """A QR-code-like block pattern (finder squares and fixed pseudo-random modules)."""
    size, scale = 25, 3

    def dark(mx, my):
        for fx, fy in ((0, 0), (18, 0), (0, 18)):
            if fx <= mx < fx + 7 and fy <= my < fy + 7:
                dx, dy = mx - fx, my - fy
                return dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
        return (mx * 31 + my * 17 + mx * my) % 5 < 2

    def pixel(x, y):
        mx, my = x // scale - 2, y // scale - 2
        if 0 <= mx < size and 0 <= my < size and dark(mx, my):
            return (0, 0, 0)
        return (255, 255, 255)

    side = (size + 4) * scale
    return png(side, side, pixel)


# --------------------------------------------------------------------------- WordprocessingML


def run(text, bold=False, italic=False, underline=False, caps=False, size=None, highlight=None):
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if caps:
        props += "<w:caps/>"
    if underline:
        props += '<w:u w:val="single"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def cr():
    """A carriage return element, as pasted text sometimes brings it."""
    return "<w:r><w:cr/></w:r>"


def field(instr, result):
    """A simple field with its last result, as Word stores it."""
    return (
        f'<w:fldSimple w:instr=" {escape(instr)} "><w:r><w:rPr><w:noProof/></w:rPr>'
        f"<w:t>{escape(result)}</w:t></w:r></w:fldSimple>"
    )


def tab():
    return "<w:r><w:tab/></w:r>"


def para(*runs, style=None, align=None, num=None, keep_next=False, spacing_after=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if spacing_after is not None:
        ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def picture(rid, pic_id, name, cx, cy, descr=""):
    descr_attr = f' descr="{escape(descr)}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="{escape(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr>"
        '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{escape(name)}"/><pic:cNvPicPr/>'
        "</pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def cell(text_xml, width, shade=None):
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{text_xml}</w:tc>'


def table(rows, widths, header_shade=None, first_col_shade=None):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = ""
    for i, row in enumerate(rows):
        cells = ""
        for j, text in enumerate(row):
            shade = header_shade if i == 0 and header_shade else None
            if j == 0 and first_col_shade:
                shade = first_col_shade
            bold = (i == 0 and header_shade is not None) or (j == 0 and first_col_shade is not None)
            cells += cell(para(run(text, bold=bold), spacing_after=0), widths[j], shade)
        body += f"<w:tr>{cells}</w:tr>"
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def document(body, sect):
    return f"{XML_HEAD}<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"


def hdr_ftr(kind, body):
    tag = "hdr" if kind == "header" else "ftr"
    return f"{XML_HEAD}<w:{tag} {NS}>{body}</w:{tag}>"


STYLE_BASE = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" '
    'w:cs="{font}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "</w:style>"
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    "</w:tblBorders></w:tblPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>'
    '<w:spacing w:after="80"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/>'
    '<w:color w:val="595959"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '{h1num}<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '{h2num}<w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>'
    '<w:ind w:left="864" w:right="864"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/>'
    "</w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>'
    '<w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/>'
    '<w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
    "<w:contextualSpacing/></w:pPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    "{extra}"
)


def styles(font, h1num="", h2num="", extra=""):
    body = STYLE_BASE.replace("{font}", font).replace("{h1num}", h1num)
    body = body.replace("{h2num}", h2num).replace("{extra}", extra)
    return f"{XML_HEAD}<w:styles {NS}>{body}</w:styles>"


SETTINGS = (
    f'{XML_HEAD}<w:settings {NS}><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-GB"/></w:settings>'
)


def content_types(parts):
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{ctype}"/>' for name, ctype in parts
    )
    return (
        f"{XML_HEAD}<Types "
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{overrides}</Types>"
    )


WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def rels(items):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL_NS}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">{body}</Relationships>'


def core(title, author):
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-13T08:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-13T10:47:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(template):
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{escape(template)}</Template><TotalTime>41</TotalTime><Pages>2</Pages>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


def write_package(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def sect_pr(headers, footers, title_pg=False):
    refs = "".join(
        f'<w:headerReference w:type="{kind}" r:id="{rid}"/>' for kind, rid in headers
    ) + "".join(f'<w:footerReference w:type="{kind}" r:id="{rid}"/>' for kind, rid in footers)
    tp = "<w:titlePg/>" if title_pg else ""
    return (
        f"<w:sectPr>{refs}"
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        f'<w:cols w:space="708"/>{tp}<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def package(path, body, sect, header_parts, footer_parts, media, style_xml, numbering, props):
    doc_rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
    ]
    parts_ct = [
        ("word/document.xml", f"{WML}.document.main+xml"),
        ("word/styles.xml", f"{WML}.styles+xml"),
        ("word/settings.xml", f"{WML}.settings+xml"),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    files = []
    if numbering:
        doc_rels.append(("rId3", "numbering", "numbering.xml"))
        parts_ct.append(("word/numbering.xml", f"{WML}.numbering+xml"))
        files.append(("word/numbering.xml", numbering))
    for rid, name, xml in header_parts:
        doc_rels.append((rid, "header", name))
        parts_ct.append((f"word/{name}", f"{WML}.header+xml"))
        files.append((f"word/{name}", xml))
    for rid, name, xml in footer_parts:
        doc_rels.append((rid, "footer", name))
        parts_ct.append((f"word/{name}", f"{WML}.footer+xml"))
        files.append((f"word/{name}", xml))
    for rid, name, data in media:
        doc_rels.append((rid, "image", f"media/{name}"))
        files.append((f"word/media/{name}", data))
    title, author, template = props
    root_rels = (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" '
        'Target="docProps/app.xml"/></Relationships>'
    )
    write_package(
        path,
        [
            ("[Content_Types].xml", content_types(parts_ct)),
            ("_rels/.rels", root_rels),
            ("word/document.xml", document(body, sect)),
            ("word/_rels/document.xml.rels", rels(doc_rels)),
            ("word/styles.xml", style_xml),
            ("word/settings.xml", SETTINGS),
            *files,
            ("docProps/core.xml", core(title, author)),
            ("docProps/app.xml", app(template)),
        ],
    )


PHOTO_CX, PHOTO_CY = 4572000, 3429000


def t(text):
    """Prose is kept wrapped in triple-quoted strings; the file's text is one line."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- file 1

BONGA = {
    "hed": "Government suspends bonga export permits for three months",
    "dek": """Processors must sell on the local market until 30 June as prices climb ahead of
        Tobaski""",
    "p1": """The Ministry of Fisheries and Water Resources has suspended all permits to export
        fresh, frozen and smoked bonga for three months, from 16 March to 30 June, to keep the
        fish on the local market, where prices have almost doubled since December.""",
    "p2": """A basin of smoked bonga that sold for D1,500 at Tanji in December now costs up to
        D2,800, and fresh bonga has been scarce at the Banjul and Serrekunda markets since
        January, the ministry said.""",
    "p3": """The Minister of Fisheries and Water Resources, Hon. Sainey B. Touray, announced the
        decision on Wednesday at a meeting with processors and exporters at the Brufut landing
        site.""",
    "quote": """“Bonga is the fish of the ordinary Gambian family. We cannot allow trucks to
        carry it across the border while our own markets are empty,” the Minister said.""",
    "plate1": """: Women smoke bonga at the Tanji fish processing site. Photo credit: MOFWR
        Press Unit""",
    "p4": """The ministry said bonga landings at the main sites fell by almost a fifth last
        year, while exports of smoked bonga to Senegal, Guinea and Ghana rose. Processors told
        the ministry that buyers from across the border were paying more than local traders at
        the landing beaches.""",
    "p5": """Processors and exporters holding valid permits will not lose them, the ministry
        said, but no consignments will be cleared at Amdalai, Giboro or the Port of Banjul
        during the suspension. Fisheries officers and the Gambia Revenue Authority will check
        trucks at the border posts.""",
    "p6": """The secretary of the Tanji women fish smokers’ kafo, Mrs Haddy Bojang, said the
        women understood the decision but wanted help with the cost of firewood, which she said
        had risen by a third since the dry season began.""",
    "plate2": """: The Minister, Hon. Sainey B. Touray, addresses processors at Brufut on
        Wednesday. Photo credit: Lamin Drammeh/MOFWR""",
    "p7": "The ministry said it would review the suspension at the end of May.",
    "note1": """Bonga (Ethmalosa fimbriata) is the most widely eaten fish in The Gambia and is
        landed mainly by artisanal fishers on the Atlantic coast.""",
    "note2": """High-resolution photographs are available from the Press and Public Relations
        Unit on request.""",
    "contact": """Kaddy Camara, Information Officer, Marina Parade, Banjul. Tel: +220 000 0000.
        Email: pru@mofwr-gm.example""",
}


def ministry_press_unit():
    """A ministry press unit's release typed into a report template with numbered headings."""
    name = (
        "docx-ministry-press-unit-report-template-document-control-table-outline-numbered-"
        "heading-1-headline-heading-2-crossheads-subtitle-dek-dated-dateline-quote-style-"
        "statement-plate-captions-table-caption-notes-to-editors-bonga-export-permits.docx"
    )
    numbering = (
        f"{XML_HEAD}<w:numbering {NS}>"
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )
    style_xml = styles(
        "Calibri",
        h1num='<w:numPr><w:numId w:val="1"/></w:numPr>',
        h2num='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>',
    )
    control = table(
        [
            ["Document title", "Press release: suspension of bonga export permits"],
            ["Version", "1.2 (final)"],
            ["Prepared by", "Kaddy Camara, Information Officer"],
            ["Approved by", "Permanent Secretary"],
            ["Date", "13 March 2026"],
            ["Distribution", "All media houses; GRTS; GAMNA"],
        ],
        [2600, 6426],
        first_col_shade="D9E2F3",
    )
    landings = table(
        [
            ["Year", "Tanji", "Brufut", "Gunjur", "Total"],
            ["2023", "18,420", "9,870", "12,160", "40,450"],
            ["2024", "16,050", "8,930", "10,880", "35,860"],
            ["2025", "13,210", "7,140", "8,300", "28,650"],
        ],
        [1800, 1800, 1800, 1800, 1826],
        header_shade="D9E2F3",
    )
    b = {k: t(v) for k, v in BONGA.items()}
    desc1 = "Women smoking fish over a long oven at Tanji"
    p = [
        para(run("DOCUMENT CONTROL", bold=True, size=18), spacing_after=60),
        control,
        para(),
        para(run(b["hed"]), style="Heading1"),
        para(run(b["dek"]), style="Subtitle"),
        para(run("By Kaddy Camara, Information Officer", bold=True)),
        para(run("BANJUL, 13 March 2026 –", bold=True), run(" " + b["p1"]), align="both"),
        para(run(b["p2"]), align="both"),
        para(run(b["p3"]), align="both"),
        para(run(b["quote"]), style="Quote"),
        para(
            picture("rId20", 1, "Picture 1", PHOTO_CX, PHOTO_CY, desc1),
            align="center",
            keep_next=True,
            spacing_after=40,
        ),
        para(
            run("Plate "),
            field("SEQ Plate \\* ARABIC", "1"),
            run(b["plate1"]),
            style="Caption",
            align="center",
        ),
        para(run("Why the suspension"), style="Heading2"),
        para(run(b["p4"]), align="both"),
        para(
            run("Table "),
            field("SEQ Table \\* ARABIC", "1"),
            run(": Bonga landings at the main sites, 2023–2025 (tonnes)"),
            style="Caption",
            keep_next=True,
        ),
        landings,
        para(run("Source: Fisheries Department landing surveys", italic=True, size=16)),
        para(run("What processors must do"), style="Heading2"),
        para(run(b["p5"]), align="both"),
        para(run(b["p6"]), align="both"),
        para(
            picture("rId21", 2, "Picture 2", PHOTO_CX, PHOTO_CY),
            align="center",
            keep_next=True,
            spacing_after=40,
        ),
        para(
            run("Plate "),
            field("SEQ Plate \\* ARABIC", "2"),
            run(b["plate2"]),
            style="Caption",
            align="center",
        ),
        para(run(b["p7"]), align="both"),
        para(run("Additional reporting by Ebrima Colley.", italic=True)),
        para(run("-ENDS-", bold=True), align="center"),
        para(run("Notes to editors"), style="Heading1"),
        para(run(b["note1"]), style="ListParagraph", num=(2, 0)),
        para(run(b["note2"]), style="ListParagraph", num=(2, 0)),
        para(run("Media contact"), style="Heading1"),
        para(run(b["contact"])),
    ]
    header = hdr_ftr(
        "header",
        table(
            [
                ["MINISTRY OF FISHERIES AND WATER RESOURCES", "Ref: MOFWR/PRU/2026/014"],
                ["Press and Public Relations Unit", "Marina Parade, Banjul"],
            ],
            [6026, 3000],
        )
        + para(style="Header"),
    )
    footer = hdr_ftr(
        "footer",
        para(
            run("OFFICIAL – FOR IMMEDIATE RELEASE"),
            tab(),
            tab(),
            run("Page "),
            field("PAGE", "1"),
            run(" of "),
            field("NUMPAGES", "2"),
            style="Footer",
        ),
    )
    package(
        HERE / name,
        "".join(p),
        sect_pr([("default", "rId10")], [("default", "rId11")]),
        [("rId10", "header1.xml", header)],
        [("rId11", "footer1.xml", footer)],
        [
            ("rId20", "image1.png", photo(3, (150, 190, 225), (120, 95, 70))),
            ("rId21", "image2.png", photo(8, (170, 200, 230), (200, 180, 140))),
        ],
        style_xml,
        numbering,
        (
            "Press release: suspension of bonga export permits",
            "Kaddy Camara",
            "MOFWR Report Template v3.dotx",
        ),
    )


# --------------------------------------------------------------------------- file 2

LUMO = {
    "hed": "Basse traders refuse to move weekly lumo to Mansajang",
    "dek": """Council says the Sunday market blocks the highway; traders say the new site is too
        far from the river and the lorry park""",
    "p1": """Traders at Basse’s weekly lumo have refused to move to a new site at Mansajang,
        three kilometres from the town centre, a week after the Basse Area Council ordered them
        off the roadside by 31 March.""",
    "p2": """The lumo is held every Sunday and draws traders and buyers from Senegal,
        Guinea-Bissau and Guinea. On a busy day its stalls stretch for almost a kilometre along
        the main road through the town, and lorries heading for Fatoto queue for hours to get
        through.""",
    "p3": """The council’s Chief Executive Officer, Mr Ousainou Jawo, said the market had become
        dangerous. “Two children were knocked down at the lumo last year. We cannot wait for a
        third,” he said. He said the Mansajang site had been cleared and fenced, and that stalls
        would be allocated free of charge for the first six months.""",
    "cap1": "Traders set out their goods along the highway at the Basse lumo on Sunday.",
    "p4": """But the traders’ association says the new site is too far from the river crossing
        and the lorry park, where most buyers arrive. Its chairman, Alhagie Sambou Kanteh, who
        has sold cloth at the lumo for 31 years, said members had voted on Sunday not to
        move.""",
    "p5": """Speaking in Mandinka, he said the market had stood beside the road “since the time
        of our grandfathers” and that the council had not consulted the traders before choosing
        Mansajang. “We are not against order. Give us a place near the river and we will go
        tomorrow,” he said.""",
    "p6": """Cattle traders, most of them Fula herders who bring animals from as far as
        Velingara in Senegal, said the new site had no water for livestock. One of them, Mamadou
        Sowe, greeted the council’s officers with “On jaaraama” – thank you all, in Pulaar –
        before telling them the site would not work for cattle.""",
    "p7": """Prices at the lumo rose on Sunday as traders brought in extra stock before what
        some feared could be the last market at the roadside.""",
    "p8": """The Governor of the Upper River Region, Mr Lamin S. Ceesay, has called a meeting of
        the council, the traders’ association and the Basse police commander for Thursday.""",
    "p9": """The council says the order stands. Traders found on the roadside after 31 March
        will have their goods seized, Mr Jawo said.""",
    "qr": """Scan to watch our video report from the lumo on the Kairaba Chronicle Facebook
        page""",
    "pix2": """PIX 2: Basse Area Council CEO Mr Ousainou Jawo at the fenced site in Mansajang.
        Photo: Yaya Baldeh""",
    "pix3": """PIX 3: Cattle traders with their animals at the lumo. Photo: Courtesy of Basse
        Area Council""",
    "note": """Editor, the bull price is for a three-year-old animal, per head. I will send the
        council’s letter to the traders tomorrow when the cyber café opens. Transport allowance
        for February not yet received. – Yaya""",
    "footer": """Filed from the URR bureau, Basse – not for publication before the desk has
        checked it""",
}


def basse_correspondent():
    """A regional correspondent's file with a kicker style, a price table and a QR code."""
    name = (
        "docx-upper-river-correspondent-file-first-page-header-kicker-style-title-subtitle-"
        "byline-with-station-carriage-return-caption-credit-price-table-seq-caption-qr-code-"
        "video-picture-pix-list-after-ends-desk-note-basse-lumo-relocation.docx"
    )
    custom = (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker">'
        '<w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:b/><w:caps/>'
        '<w:color w:val="C00000"/><w:spacing w:val="20"/><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline">'
        '<w:name w:val="Byline"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/>'
        '<w:sz w:val="20"/></w:rPr></w:style>'
    )
    style_xml = styles("Arial", extra=custom)
    prices = table(
        [
            ["Item", "Unit", "Price (D)"],
            ["Rice (imported)", "50 kg bag", "1,850"],
            ["Groundnut oil", "20 litres", "2,300"],
            ["Onions", "25 kg bag", "750"],
            ["Bull, three years old", "head", "28,000"],
            ["Goat", "head", "4,500"],
        ],
        [3800, 2600, 2626],
        header_shade="E2EFD9",
    )
    b = {k: t(v) for k, v in LUMO.items()}
    desc1 = "Stalls and traders along the road at the Basse weekly market"
    p = [
        para(run("Regions | URR"), style="Kicker"),
        para(run(b["hed"]), style="Title"),
        para(run(b["dek"]), style="Subtitle"),
        para(run("By Yaya Baldeh, Basse"), style="Byline"),
        para(run("BASSE SANTA SU, URR – ", bold=True), run(b["p1"])),
        para(run(b["p2"])),
        para(run(b["p3"])),
        para(
            picture("rId20", 1, "Picture 1", PHOTO_CX, PHOTO_CY, desc1),
            align="center",
            spacing_after=40,
        ),
        para(
            run(b["cap1"], italic=True),
            cr(),
            run("Photo: Yaya Baldeh", italic=True),
            align="center",
        ),
        para(run(b["p4"])),
        para(run(b["p5"])),
        para(run(b["p6"])),
        para(run(b["p7"])),
        para(
            run("Table "),
            field("SEQ Table \\* ARABIC", "1"),
            run(": Prices at Basse lumo, Sunday 8 March 2026"),
            style="Caption",
            keep_next=True,
        ),
        prices,
        para(),
        para(run(b["p8"])),
        para(run(b["p9"])),
        para(
            picture("rId21", 2, "Picture 2", 685800, 685800, "QR code"),
            align="center",
            spacing_after=0,
        ),
        para(run(b["qr"], size=16), align="center"),
        para(run("ENDS", bold=True), align="center"),
        para(run("PIX (sent separately on WhatsApp):", bold=True)),
        para(run(b["pix2"])),
        para(run(b["pix3"])),
        para(run(b["note"], highlight="yellow")),
    ]
    first_header = hdr_ftr(
        "header",
        para(
            run("THE KAIRABA CHRONICLE – REGIONS DESK – CORRESPONDENT COPY", bold=True),
            style="Header",
        ),
    )
    default_header = hdr_ftr(
        "header",
        para(run("Kairaba Chronicle / URR bureau / page "), field("PAGE", "2"), style="Header"),
    )
    footer = hdr_ftr("footer", para(run(b["footer"]), style="Footer"))
    package(
        HERE / name,
        "".join(p),
        sect_pr(
            [("first", "rId10"), ("default", "rId11")],
            [("default", "rId12")],
            title_pg=True,
        ),
        [("rId10", "header1.xml", first_header), ("rId11", "header2.xml", default_header)],
        [("rId12", "footer1.xml", footer)],
        [
            ("rId20", "image1.png", photo(5, (200, 190, 160), (160, 120, 80))),
            ("rId21", "image2.png", qr_code()),
        ],
        style_xml,
        None,
        ("Basse lumo story", "Yaya Baldeh", "Normal.dotm"),
    )


if __name__ == "__main__":
    ministry_press_unit()
    basse_correspondent()

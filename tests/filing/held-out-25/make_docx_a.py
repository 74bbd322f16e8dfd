"""Write the two Word files of filing set h25 (part a) with the Python standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct; zip entry times and document properties are fixed, so a rerun writes the same bytes.
Run it from any directory: ``python make_docx_a.py``. The files are written next to it.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 9, 9, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ROOT_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}"'

FB_FONT = "Segoe UI Historic"
FB_COLOUR = "050505"
FB_LINK = "385898"


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, pixel) -> bytes:
    """A truecolour PNG whose pixel (x, y) is the (r, g, b) tuple pixel(x, y) returns."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def gradient(top: tuple, bottom: tuple, width: int = 96, height: int = 64) -> bytes:
    def pixel(x: int, y: int) -> tuple:
        t = y / (height - 1)
        shade = 1.0 - 0.25 * (x / (width - 1))
        return tuple(int((a + (b - a) * t) * shade) for a, b in zip(top, bottom, strict=True))

    return png(width, height, pixel)


def dot(colour: tuple, size: int = 16) -> bytes:
    """A round coloured dot on white, standing in for a pasted emoji image."""
    centre = (size - 1) / 2

    def pixel(x: int, y: int) -> tuple:
        inside = (x - centre) ** 2 + (y - centre) ** 2 <= (size / 2 - 1) ** 2
        return colour if inside else (255, 255, 255)

    return png(size, size, pixel)


# ---------------------------------------------------------------- WordprocessingML pieces


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def rpr(
    bold=False, italic=False, colour=None, size=None, font=None, highlight=None, style=None
) -> str:
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if colour:
        parts.append(f'<w:color w:val="{colour}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if highlight:
        parts.append(f'<w:highlight w:val="{highlight}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, **fmt) -> str:
    pieces = text.split("\t")
    inner = "<w:tab/>".join(t(p) for p in pieces)
    return f"<w:r>{rpr(**fmt)}{inner}</w:r>"


def para(*runs: str, style=None, align=None, border=None, shade=None, after=None) -> str:
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if border:
        sides = "".join(
            f'<w:{side} w:val="single" w:sz="12" w:space="4" w:color="{border}"/>'
            for side in ("top", "left", "bottom", "right", "between")
        )
        ppr.append(f"<w:pBdr>{sides}</w:pBdr>")
    if shade:
        ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if after is not None:
        ppr.append(f'<w:spacing w:after="{after}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{head}{''.join(runs)}</w:p>"


def picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int, file: str) -> str:
    descr_attr = f" descr={quoteattr(descr)}" if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name={quoteattr(name)}{descr_attr}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic xmlns:pic="{PIC_NS}">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name={quoteattr(file)}/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def hyperlink(rid: str, text: str, **fmt) -> str:
    return f'<w:hyperlink r:id="{rid}" w:history="1">{run(text, **fmt)}</w:hyperlink>'


def cell(text: str, width: int, bold=False, shade=None) -> str:
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>'
        f"{para(run(text, bold=bold, size=18), after=0)}</w:tc>"
    )


def table(rows: list, widths: tuple) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(
        "<w:tr>"
        + cell(label, widths[0], bold=True, shade="EDEDED")
        + cell(value, widths[1])
        + "</w:tr>"
        for label, value in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def document(body: str, sect: str) -> str:
    return f"{XML_HEAD}<w:document {ROOT_NS}><w:body>{body}{sect}</w:body></w:document>"


# ---------------------------------------------------------------- shared parts

STYLES = (
    XML_HEAD + f'<w:styles xmlns:w="{W_NS}">'
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-NZ" w:eastAsia="en-US"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="80"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:kern w:val="28"/>'
    '<w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:color w:val="5A5A5A"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:ind w:left="864" w:right="864"/></w:pPr>'
    '<w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference">'
    '<w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="LineNumber"><w:name w:val="line number"/>'
    '<w:rPr><w:color w:val="A6A6A6"/><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    "<w:tblPr><w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders></w:tblPr></w:style></w:styles>"
)

SETTINGS = (
    XML_HEAD + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-NZ"/></w:settings>'
)


def core(creator: str, title: str) -> str:
    return (
        XML_HEAD + "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-03T20:14:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T03:40:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP = (
    XML_HEAD + "<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>"
    "<DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>"
)

ROOT_RELS = (
    XML_HEAD + f'<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def content_types(extra: list) -> str:
    overrides = [
        ("/word/document.xml", f"{WML}.document.main+xml"),
        ("/word/styles.xml", f"{WML}.styles+xml"),
        ("/word/settings.xml", f"{WML}.settings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
        *extra,
    ]
    items = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides)
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{items}</Types>"
    )


def doc_rels(rels: list) -> str:
    items = []
    for rid, kind, target in rels:
        external = ' TargetMode="External"' if target.startswith("http") else ""
        items.append(
            f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target={quoteattr(target)}{external}/>'
        )
    return XML_HEAD + f'<Relationships xmlns="{PKG_REL}">{"".join(items)}</Relationships>'


def write_docx(name: str, parts: dict) -> None:
    path = HERE / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("wrote", path.name)


# ---------------------------------------------------------------- document 1: brigade post

BRIGADE = (
    "docx-brigade-secretary-facebook-post-pasted-into-word-highlighted-note-suggested-headline-"
    "label-page-name-timestamp-emoji-as-inline-pictures-hashtag-links-auto-alt-photos-numbered-"
    "caption-lines-reactions-comment-signature-hay-barn-fire.docx"
)

EMOJI = {
    "🚒": ("rId10", (214, 40, 40)),
    "🔥": ("rId11", (247, 140, 20)),
    "🌾": ("rId12", (222, 184, 80)),
    "🙏": ("rId13", (250, 205, 120)),
    "👍": ("rId14", (24, 119, 242)),
    "❤️": ("rId15", (243, 62, 88)),
    "😮": ("rId16", (247, 200, 60)),
    "💪": ("rId17", (250, 190, 110)),
}


def brigade() -> dict:
    counter = iter(range(1, 100))
    fb = {"font": FB_FONT, "colour": FB_COLOUR, "size": 23}

    def emoji(char: str) -> str:
        rid = EMOJI[char][0]
        n = next(counter)
        return picture(rid, n, f"Picture {n}", char, 152400, 152400, "emoji.php")

    def fb_para(*pieces: str) -> str:
        return para(*pieces, after=0)

    def photo(rid: str, alt: str) -> str:
        n = next(counter)
        return para(picture(rid, n, f"Picture {n}", alt, 4572000, 3048000, "image.png"))

    body = [
        para(
            run(
                "Hi Mere – this is our Facebook post from Sunday about the new tanker. Could it go"
                " in the Sentinel this week and on the website? I’ve put a headline on it. The"
                " photos are pasted in from Facebook but I’ll email you the full-size ones"
                " tonight. Cheers, Dave (brigade secretary)",
                highlight="yellow",
            )
        ),
        para(
            run("Suggested headline: ", bold=True),
            run("Waihou brigade’s new tanker gets a baptism of fire", bold=True),
        ),
        para(),
        fb_para(hyperlink("rId20", "Waihou Volunteer Fire Brigade", bold=True, **fb)),
        fb_para(run("1 March at 18:42 ·", font=FB_FONT, colour="65676B", size=20)),
        para(),
        fb_para(
            emoji("🚒"),
            run(
                " Our new tanker is in service – and it didn’t have to wait long for its first"
                " job! ",
                **fb,
            ),
            emoji("🔥"),
        ),
        fb_para(),
        fb_para(
            run(
                "The Scania tanker, which carries 9000 litres of water, arrived at the station"
                " from Fire and Emergency’s workshops on Wednesday, replacing the brigade’s 1996"
                " Isuzu.",
                **fb,
            )
        ),
        fb_para(),
        fb_para(
            run(
                "Less than 48 hours later, at 2.10am on Friday, the crew was paged to a hay barn"
                " fire on Manawaru Road. About 400 bales of hay were alight in an open-sided"
                " barn.",
                **fb,
            )
        ),
        fb_para(),
        fb_para(
            run(
                "The tanker ferried water from the farm’s dam for nearly six hours, alongside"
                " crews from Te Aroha, Matamata and Morrinsville. The barn could not be saved,"
                " but the fire was kept away from the house and the calf sheds.",
                **fb,
            )
        ),
        fb_para(),
        fb_para(
            run(
                "Chief Fire Officer Tony Marsden said the new tanker made a huge difference. “The"
                " old truck carried half as much water and we would have been running back and"
                " forth all night. With this one we could keep a steady supply going to the"
                " pumps,” he said.",
                **fb,
            )
        ),
        fb_para(),
        fb_para(
            run(
                "Hay that is baled or stacked too damp can heat up and catch fire on its own,"
                " weeks after it goes in the shed. Farmers are urged to check their stacks with"
                " a probe or a crowbar and to call 111 straight away if there is smoke or a"
                " burning smell. ",
                **fb,
            ),
            emoji("🌾"),
        ),
        fb_para(),
        fb_para(
            run(
                "A huge thank you to the farm family for the hot drinks and sandwiches at 5am,"
                " and to our employers who let our volunteers go at all hours. ",
                **fb,
            ),
            emoji("🙏"),
        ),
        fb_para(),
        fb_para(
            run(
                "We are always looking for new volunteers – message us or pop in on a Tuesday"
                " night from 7pm.",
                **fb,
            )
        ),
        fb_para(),
        fb_para(
            hyperlink("rId21", "#firesafety", colour=FB_LINK, font=FB_FONT, size=23),
            run(" ", **fb),
            hyperlink("rId22", "#haystackfires", colour=FB_LINK, font=FB_FONT, size=23),
            run(" ", **fb),
            hyperlink("rId23", "#volunteerfirefighters", colour=FB_LINK, font=FB_FONT, size=23),
            run(" ", **fb),
            hyperlink("rId24", "#Waihou", colour=FB_LINK, font=FB_FONT, size=23),
        ),
        photo("rId30", "May be an image of fire truck and road"),
        photo("rId31", "May be an image of fire, night and smoke"),
        fb_para(
            emoji("👍"),
            emoji("❤️"),
            emoji("😮"),
            run(" You, Jo Mason and 185 others", font=FB_FONT, colour="65676B", size=20),
        ),
        fb_para(run("23 comments\t41 shares", font=FB_FONT, colour="65676B", size=20)),
        fb_para(run("Like\tComment\tShare", font=FB_FONT, colour="65676B", size=20, bold=True)),
        fb_para(run("Most relevant", font=FB_FONT, colour="65676B", size=20, bold=True)),
        fb_para(run("Jo Mason", font=FB_FONT, colour=FB_COLOUR, size=20, bold=True)),
        fb_para(
            run("Great work team, and what a beast of a truck! ", **fb),
            emoji("💪"),
        ),
        fb_para(run("2d\tLike\tReply", font=FB_FONT, colour="65676B", size=18)),
        para(),
        para(run("PHOTO CAPTIONS", bold=True)),
        para(
            run(
                "1. The brigade’s new tanker outside the Waihou station on Wednesday."
                " Photo: Dave Hollis"
            )
        ),
        para(
            run(
                "2. Crews at the hay barn fire on Manawaru Road early on Friday."
                " Photo: Waihou Volunteer Fire Brigade"
            )
        ),
        para(),
        para(
            run(
                "Dave Hollis | Secretary | Waihou Volunteer Fire Brigade | 027 000 3318",
                colour="595959",
                size=18,
            )
        ),
    ]
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
    )
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId20", "hyperlink", "https://www.facebook.com/waihouvfb"),
        ("rId21", "hyperlink", "https://www.facebook.com/hashtag/firesafety"),
        ("rId22", "hyperlink", "https://www.facebook.com/hashtag/haystackfires"),
        ("rId23", "hyperlink", "https://www.facebook.com/hashtag/volunteerfirefighters"),
        ("rId24", "hyperlink", "https://www.facebook.com/hashtag/waihou"),
        ("rId30", "image", "media/image9.png"),
        ("rId31", "image", "media/image10.png"),
    ]
    parts = {
        "[Content_Types].xml": content_types([]),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core("Dave Hollis", ""),
        "docProps/app.xml": APP,
        "word/document.xml": document("".join(body), sect),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
    }
    for n, (rid, colour) in enumerate(EMOJI.values(), start=1):
        rels.append((rid, "image", f"media/image{n}.png"))
        parts[f"word/media/image{n}.png"] = dot(colour)
    parts["word/media/image9.png"] = gradient((196, 30, 36), (60, 60, 64))
    parts["word/media/image10.png"] = gradient((20, 16, 30), (240, 120, 30))
    parts["word/_rels/document.xml.rels"] = doc_rels(rels)
    return parts


# ---------------------------------------------------------------- document 2: court copy

COURT = (
    "docx-court-reporter-copy-red-bordered-suppression-orders-box-court-details-table-title-"
    "subtitle-byline-with-title-quote-style-judge-remarks-photo-file-line-line-numbering-"
    "legal-check-footer-word-comment-club-treasurer-theft.docx"
)


def court() -> dict:
    red = {"colour": "C00000"}
    details = [
        ("Court", "Thames District Court"),
        ("Judge", "Judge M. Aperahama"),
        ("Charge", "Theft by a person in a special relationship (s 220 Crimes Act)"),
        ("Plea", "Guilty (December 2025)"),
        ("Sentence", "9 months’ home detention, $18,000 reparation"),
        ("Reporter", "Ruth Tangitu (in court)"),
        ("Legal check", "Pending"),
    ]
    text = [
        "A former sports club treasurer who took more than $61,000 from the club over nearly"
        " three years has been sentenced to nine months’ home detention.",
        "The 52-year-old woman, who has permanent name suppression, appeared for sentence in the"
        " Thames District Court on Tuesday after earlier pleading guilty to a charge of theft by a"
        " person in a special relationship.",
        "The court heard she used the club’s bank card and online banking to pay her power, phone"
        " and grocery bills, and transferred money to her own account, between April 2022 and"
        " January 2025. She hid the payments by altering the bank statements she presented at the"
        " club’s annual general meetings.",
        "The losses came to light when a new treasurer asked the bank for the original statements.",
    ]
    text2 = [
        "In a victim impact statement read to the court, the club’s president said the theft had"
        " nearly forced the club to close, and members had run raffles and sausage sizzles for a"
        " year to cover the shortfall.",
        "Judge Mere Aperahama said the offending was a serious breach of trust against a"
        " volunteer organisation.",
    ]
    quote = (
        "“Community clubs run on the goodwill of volunteers and the trust they place in each"
        " other. You took advantage of that trust, month after month,” the judge said."
    )
    text3 = [
        "The judge gave credit for the woman’s guilty plea, her remorse and the $43,000 she had"
        " already repaid by selling a vehicle and drawing on her KiwiSaver savings.",
        "She was ordered to pay the remaining $18,000 in reparation at $150 a week.",
    ]
    commented = (
        "Granting permanent name suppression, the judge said naming her would cause extreme"
        " hardship to a family member in her care."
    )
    body = [
        para(
            run(
                "COURT – club treasurer theft – 620w – web Wed, Sentinel Thurs – RT",
                colour="808080",
                size=18,
            )
        ),
        para(
            run("SUPPRESSION ORDERS – READ BEFORE PUBLISHING", bold=True, **red),
            border="C00000",
            shade="FDE9E9",
            after=0,
        ),
        para(
            run(
                "Permanent name suppression for the defendant (Judge’s order, Thames District"
                " Court, 3 March 2026). Do NOT name her, her town, the club or the sport. Do not"
                " use a photo of her. The order also covers her employer.",
                **red,
            ),
            border="C00000",
            shade="FDE9E9",
        ),
        table(details, (2200, 6800)),
        para(),
        para(run("Former club treasurer sentenced for taking $61,000"), style="Title"),
        para(
            run(
                "The woman used the club’s bank card to pay her own bills for nearly three years,"
                " the court heard."
            ),
            style="Subtitle",
        ),
        para(run("By Ruth Tangitu, Court Reporter", bold=True)),
        *(para(run(p)) for p in text),
        para(run("‘A breach of trust’"), style="Heading2"),
        *(para(run(p)) for p in text2),
        para(run(quote), style="Quote"),
        *(para(run(p)) for p in text3),
        (
            '<w:p><w:commentRangeStart w:id="0"/>'
            f"{run(commented)}"
            '<w:commentRangeEnd w:id="0"/>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            '<w:commentReference w:id="0"/></w:r></w:p>'
        ),
        para(
            picture(
                "rId10",
                1,
                "Picture 1",
                "The front of the Thames courthouse",
                4572000,
                3048000,
                "thames-court-file.png",
            ),
            align="center",
        ),
        para(
            run(
                "Thames District Court, where the woman was sentenced on Tuesday.",
                italic=True,
                size=18,
            )
        ),
        para(run("Photo: File", italic=True, size=18)),
        para(run("ENDS", bold=True), align="center"),
        para(
            run(
                "[Note for subs: do NOT add the club’s location to the headline or to any photo"
                " caption – suppression. RT]",
                highlight="yellow",
            )
        ),
    ]
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
        '<w:footerReference w:type="default" r:id="rId21"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/>'
        '<w:lnNumType w:countBy="5" w:distance="360" w:restart="continuous"/>'
        '<w:cols w:space="708"/></w:sectPr>'
    )
    header = (
        XML_HEAD
        + f"<w:hdr {ROOT_NS}>"
        + para(
            run("SUPPRESSION ORDER IN PLACE – CHECK BEFORE PUBLISHING", bold=True, **red),
            style="Header",
            align="right",
        )
        + "</w:hdr>"
    )
    footer = (
        XML_HEAD
        + f"<w:ftr {ROOT_NS}>"
        + para(
            run("Page "),
            '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
            run(" of "),
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>',
            run("\tLEGALLY CHECKED:  ☐ YES  ☐ NO   Initials: ______"),
            style="Footer",
        )
        + "</w:ftr>"
    )
    comments = (
        XML_HEAD + f"<w:comments {ROOT_NS}>"
        '<w:comment w:id="0" w:author="James Baird" w:date="2026-03-04T09:12:00Z" '
        'w:initials="JB"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        + run(
            "Legal: OK to run as is, suppression respected. Keep the headline generic and no"
            " location in the caption. – JB"
        )
        + "</w:p></w:comment></w:comments>"
    )
    rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "comments", "comments.xml"),
        ("rId10", "image", "media/image1.png"),
        ("rId20", "header", "header1.xml"),
        ("rId21", "footer", "footer1.xml"),
    ]
    return {
        "[Content_Types].xml": content_types(
            [
                ("/word/comments.xml", f"{WML}.comments+xml"),
                ("/word/header1.xml", f"{WML}.header+xml"),
                ("/word/footer1.xml", f"{WML}.footer+xml"),
            ]
        ),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core("Ruth Tangitu", "COURT club treasurer theft"),
        "docProps/app.xml": APP,
        "word/document.xml": document("".join(body), sect),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/comments.xml": comments,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/media/image1.png": gradient((150, 160, 170), (90, 100, 80)),
        "word/_rels/document.xml.rels": doc_rels(rels),
    }


if __name__ == "__main__":
    write_docx(BRIGADE, brigade())
    write_docx(COURT, court())

"""Write the two Word files of filing set h24 (part b) next to this script.

Standard library only: every part is hand-written WordprocessingML packed with zipfile, the
pictures are small PNGs drawn with zlib and struct, and zip entry times and document
properties are fixed, so a rerun writes the same bytes.

- The Kisumu bureau chief's marked-up copy: pen ink drawn in Word (InkML content parts with
  PNG fallback pictures), a tracked deletion made with the Ink Editor, and a typed comment.
- An Elgeyo Marakwet county communications unit story saved by Word 2007 with smart tags
  (PersonName, place/country-region, date, metricconverter) around names, dates and figures.

Run: python make_docx_b.py
"""

import itertools
import math
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 4, 9, 30, 0)

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS_WP14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
NS_WPI = "http://schemas.microsoft.com/office/word/2010/wordprocessingInk"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SMART = "urn:schemas-microsoft-com:office:smarttags"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# --------------------------------------------------------------------------- pictures


def png(width, height, pixel, alpha=False):
    """A PNG whose pixel(x, y) gives an (r, g, b) or (r, g, b, a) tuple."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    colour_type = 6 if alpha else 2
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def photo(width, height, top, bottom, band=None):
    """A soft vertical gradient, optionally with a darker band (a road, a shoreline)."""

    def pixel(x, y):
        t = y / (height - 1)
        rgb = [round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)]
        if band and band[0] <= y < band[1]:
            rgb = [max(0, c - 45) for c in rgb]
        shade = (x * 7 + y * 3) % 11
        return tuple(min(255, c + shade) for c in rgb)

    return png(width, height, pixel)


def ink_png(strokes, width, height, colour=(231, 18, 36)):
    """Rasterise pen strokes (lists of points in a 0..1 box) as Word's fallback picture."""
    lit = set()
    for stroke in strokes:
        for (x0, y0), (x1, y1) in itertools.pairwise(stroke):
            steps = max(2, int(max(abs(x1 - x0) * width, abs(y1 - y0) * height) * 2))
            for i in range(steps + 1):
                t = i / steps
                cx = (x0 + (x1 - x0) * t) * (width - 3) + 1
                cy = (y0 + (y1 - y0) * t) * (height - 3) + 1
                for dx in (0, 1):
                    for dy in (0, 1):
                        lit.add((int(cx) + dx, int(cy) + dy))

    def pixel(x, y):
        return (*colour, 255) if (x, y) in lit else (255, 255, 255, 0)

    return png(width, height, pixel, alpha=True)


def ellipse(cx, cy, rx, ry, start=0.2, turn=1.08, n=40):
    return [
        (
            cx + rx * math.cos(start + 2 * math.pi * turn * i / n),
            cy + ry * math.sin(start + 2 * math.pi * turn * i / n),
        )
        for i in range(n + 1)
    ]


TICK = [[(0.05, 0.55), (0.2, 0.7), (0.35, 0.9), (0.55, 0.6), (0.75, 0.3), (0.95, 0.05)]]
CIRCLE = [ellipse(0.5, 0.5, 0.47, 0.42)]
# "OK to run - JO" as a hurried scrawl: an O, a K, a joined "to run", a dash, a J and an O
SCRAWL = [
    ellipse(0.06, 0.5, 0.045, 0.35, start=1.5, turn=1.0, n=18),
    [(0.13, 0.15), (0.13, 0.85)],
    [(0.2, 0.15), (0.135, 0.5), (0.21, 0.85)],
    [
        (0.27, 0.35),
        (0.29, 0.2),
        (0.3, 0.8),
        (0.33, 0.55),
        (0.37, 0.5),
        (0.39, 0.7),
        (0.37, 0.85),
        (0.35, 0.6),
        (0.42, 0.55),
        (0.44, 0.85),
        (0.47, 0.55),
        (0.5, 0.85),
        (0.53, 0.55),
        (0.55, 0.85),
        (0.58, 0.55),
        (0.6, 0.8),
        (0.62, 0.55),
        (0.63, 0.85),
    ],
    [(0.67, 0.55), (0.74, 0.55)],
    [(0.82, 0.12), (0.82, 0.75), (0.79, 0.9), (0.76, 0.8)],
    ellipse(0.92, 0.5, 0.05, 0.36, start=1.5, turn=1.0, n=18),
]


def inkml(strokes, width_cm, height_cm, stamp):
    """InkML as Word stores pen ink: a context, a red pen brush and one trace per stroke."""
    traces = []
    for n, stroke in enumerate(strokes):
        points = ", ".join(
            f"{round(x * width_cm * 1000)} {round(y * height_cm * 1000)} {1400 + (i * 37) % 900}"
            for i, (x, y) in enumerate(stroke)
        )
        traces.append(
            f'<inkml:trace contextRef="#ctx0" brushRef="#br0" xml:id="t{n}">{points}</inkml:trace>'
        )
    return (
        XML_DECL + '<inkml:ink xmlns:inkml="http://www.w3.org/2003/InkML">'
        "<inkml:definitions>"
        '<inkml:context xml:id="ctx0"><inkml:inkSource xml:id="inkSrc0"><inkml:traceFormat>'
        '<inkml:channel name="X" type="integer" max="32767" units="cm"/>'
        '<inkml:channel name="Y" type="integer" max="32767" units="cm"/>'
        '<inkml:channel name="F" type="integer" max="4095" units="dev"/>'
        "</inkml:traceFormat><inkml:channelProperties>"
        '<inkml:channelProperty channel="X" name="resolution" value="1000" units="1/cm"/>'
        '<inkml:channelProperty channel="Y" name="resolution" value="1000" units="1/cm"/>'
        '<inkml:channelProperty channel="F" name="resolution" value="0" units="1/dev"/>'
        "</inkml:channelProperties></inkml:inkSource>"
        f'<inkml:timestamp xml:id="ts0" timeString="{stamp}"/></inkml:context>'
        '<inkml:brush xml:id="br0">'
        '<inkml:brushProperty name="width" value="0.05" units="cm"/>'
        '<inkml:brushProperty name="height" value="0.05" units="cm"/>'
        '<inkml:brushProperty name="color" value="#E71224"/>'
        "</inkml:brush></inkml:definitions>" + "".join(traces) + "</inkml:ink>"
    )


# --------------------------------------------------------------------------- WordprocessingML


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr="", rsid=""):
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    attr = f' w:rsidR="{rsid}"' if rsid else ""
    return f"<w:r{attr}>{props}{t(text)}</w:r>"


def para(content, ppr="", rsid=""):
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    attr = f' w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}"' if rsid else ""
    return f"<w:p{attr}>{props}{content}</w:p>"


def inline_picture(rid, pid, name, cx, cy, descr=""):
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{name}"{descr_attr}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{NS_A}" noChangeAspect="1"/>'
        f'</wp:cNvGraphicFramePr><a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_PIC}">'
        f'<pic:pic xmlns:pic="{NS_PIC}"><pic:nvPicPr><pic:cNvPr id="0" name="{name}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def ink_run(ink_rid, png_rid, pid, x, y, cx, cy, anchor_id):
    """Pen ink as Word writes it: an ink content part, with a picture for older readers."""

    def anchor(graphic):
        return (
            '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="{251659264 + pid}" behindDoc="0" locked="0" '
            f'layoutInCell="1" allowOverlap="1" wp14:anchorId="{anchor_id}" '
            f'wp14:editId="{anchor_id}">'
            '<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset>'
            "</wp:positionV>"
            f'<wp:extent cx="{cx}" cy="{cy}"/>'
            '<wp:effectExtent l="38100" t="38100" r="38100" b="38100"/><wp:wrapNone/>'
            f'<wp:docPr id="{pid}" name="Ink {pid}"/><wp:cNvGraphicFramePr/>'
            f"<a:graphic>{graphic}</a:graphic></wp:anchor></w:drawing>"
        )

    choice = anchor(
        f'<a:graphicData uri="{NS_WPI}">'
        f'<w14:contentPart bwMode="auto" r:id="{ink_rid}">'
        "<w14:nvContentPartPr><w14:cNvContentPartPr/></w14:nvContentPartPr>"
        f'<w14:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></w14:xfrm>'
        "</w14:contentPart></a:graphicData>"
    )
    fallback = anchor(
        f'<a:graphicData uri="{NS_PIC}">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name=""/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{png_rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
    )
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wpi">'
        + choice
        + "</mc:Choice><mc:Fallback>"
        + fallback
        + "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def smart(element, inner, **attrs):
    """A Word 2003/2007 smart tag around runs (or around another smart tag)."""
    pr = "".join(f'<w:attr w:name="{k}" w:val="{escape(v)}"/>' for k, v in attrs.items())
    pr = f"<w:smartTagPr>{pr}</w:smartTagPr>" if pr else ""
    return f'<w:smartTag w:uri="{SMART}" w:element="{element}">{pr}{inner}</w:smartTag>'


def person(name, rpr=""):
    return smart("PersonName", run(name, rpr), ProductID=name)


def measure(value):
    return smart("metricconverter", run(value), ProductID=value)


def date(text, year, month, day):
    return smart("date", run(text), Year=str(year), Month=str(month), Day=str(day))


def country(name):
    return smart("place", smart("country-region", run(name)))


def spell(inner):
    return '<w:proofErr w:type="spellStart"/>' + inner + '<w:proofErr w:type="spellEnd"/>'


STYLES = (
    XML_DECL + f'<w:styles xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>'
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="0"/><w:outlineLvl w:val="1"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="4F81BD"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/>'
    '<w:rPr><w:b/><w:bCs/><w:color w:val="4F81BD"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
    '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference">'
    '<w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    "</w:styles>"
)

FONT_TABLE = (
    XML_DECL + f'<w:fonts xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)

SECT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
    'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
    "</w:sectPr>"
)


def core(title, creator, modified_by, created, modified, revision):
    return (
        XML_DECL + "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        f"<cp:revision>{revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(version, company, words):
    return (
        XML_DECL + "<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><TotalTime>38</TotalTime><Pages>2</Pages>"
        f"<Words>{words}</Words><Application>Microsoft Office Word</Application>"
        f"<DocSecurity>0</DocSecurity><Company>{escape(company)}</Company>"
        f"<AppVersion>{version}</AppVersion></Properties>"
    )


def rels(items, package=False):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items
    )
    return XML_DECL + f'<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def content_types(overrides, defaults=(("png", "image/png"),)):
    ct = "application/vnd.openxmlformats-officedocument"
    parts = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
    ]
    parts += [f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults]
    for name, kind in overrides:
        full = kind if "/" in kind else f"{ct}.{kind}"
        parts.append(f'<Override PartName="{name}" ContentType="{full}"/>')
    return (
        XML_DECL
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(parts)
        + "</Types>"
    )


def write_package(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


PACKAGE_RELS = rels(
    [
        ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ("rId2", CORE_REL, "docProps/core.xml"),
        ("rId1", f"{REL}/officeDocument", "word/document.xml"),
    ]
)


# --------------------------------------------------------------------------- Kibuye (ink)

KIBUYE = HERE / (
    "docx-bureau-chief-pen-ink-annotations-inkml-content-parts-png-fallback-pictures-"
    "handwritten-cleared-mark-ink-circle-and-tick-ink-editor-tracked-deletion-typed-comment-"
    "kibuye-market-stalls.docx"
)

GREY_SMALL = '<w:color w:val="808080"/><w:sz w:val="18"/>'
ITALIC = "<w:i/>"


def kibuye_document():
    r = "00A41C2E"
    body = []
    body.append(
        para(
            run(
                "KISUMU BUREAU | Slug: KIBUYE-STALLS | Words: 640 | Filed 04/03/2026 07:52",
                GREY_SMALL,
            )
            + ink_run("rId20", "rId21", 101, 3600000, -60000, 1800000, 380000, "3B1C7A10"),
            rsid=r,
        )
    )
    body.append(
        para(
            run(
                "Kibuye traders refuse new stalls over KSh 3,000 monthly rent",
                '<w:b/><w:sz w:val="36"/>',
            ),
            rsid=r,
        )
    )
    body.append(
        para(
            run(
                "County says the new market block will clear Jomo Kenyatta Highway; traders say "
                "the rent is three times what they pay on the open ground",
                ITALIC,
            ),
            rsid=r,
        )
    )
    body.append(para(run("By Beryl Awino Okello", "<w:b/>"), rsid=r))
    body.append(
        para(
            inline_picture(
                "rId10",
                1,
                "IMG_20260302_093144.jpg",
                5486400,
                3657600,
                "Traders sell clothes from sacks beside a busy road, a new multi-storey building "
                "behind them",
            ),
            rsid=r,
        )
    )
    body.append(
        para(
            run(
                "Traders display second-hand clothes on the road reserve at Kibuye market on "
                "Monday, metres from the new market block. PHOTO | BERYL OKELLO",
                ITALIC + '<w:sz w:val="18"/>',
            )
            + ink_run("rId22", "rId23", 102, 5300000, -120000, 420000, 380000, "4C2D8B21"),
            rsid=r,
        )
    )
    body.append(
        para(
            run("KISUMU — ", "<w:b/>")
            + run(
                "Traders at Kibuye market have refused to move into a new county-built market "
                "block, saying the monthly rent of KSh 3,000 for a stall is three times what "
                "they pay for their spaces on the open ground."
            ),
            rsid=r,
        )
    )
    paragraphs = [
        "The four-storey block, on the northern side of the market along Jomo Kenyatta Highway, "
        "was completed in December and was meant to take traders off the highway reserve, where "
        "hawkers spread their goods on sacks and handcarts block traffic every morning.",
        "But on Monday only a handful of the stalls were occupied, while hundreds of traders "
        "continued to sell clothes, shoes and vegetables along the road.",
    ]
    body += [para(run(p), rsid=r) for p in paragraphs]
    # paragraph 4: the circled figure, the comment and the Ink Editor's tracked deletion
    body.append(
        para(
            run("The county says the block has ")
            + '<w:commentRangeStart w:id="0"/>'
            + run("1,460 stalls")
            + ink_run("rId24", "rId25", 103, 2300000, -90000, 900000, 330000, "5D3E9C32")
            + '<w:commentRangeEnd w:id="0"/>'
            + '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            '<w:commentReference w:id="0"/></w:r>'
            + run(
                " and that allocation would be done by ballot among traders registered in a "
                "census carried out last year. Traders who spoke to the Herald said "
            )
            + '<w:del w:id="11" w:author="Joseph Omondi" w:date="2026-03-04T09:14:00Z">'
            '<w:r><w:delText xml:space="preserve">said </w:delText></w:r></w:del>'
            + run("they were not consulted on the rent."),
            rsid=r,
        )
    )
    more = [
        "“We pay KSh 30 a day for this space on the ground. That is about KSh 900 a month. "
        "Where will I get KSh 3,000 when I sell second-hand shoes?” asked Mr Tom Ouma Ojwang, "
        "who has traded at Kibuye for 17 years.",
        "The Kibuye Traders Welfare Association said it would go to court if the county tries to "
        "force traders into the block before the rent is reviewed.",
    ]
    body += [para(run(p), rsid=r) for p in more]
    body.append(para(inline_picture("rId11", 2, "Picture 2", 5486400, 3086100), rsid=r))
    body.append(
        para(
            run(
                "The new four-storey block at Kibuye market, completed in December. "
                "(Courtesy of Kisumu County)",
                ITALIC + '<w:sz w:val="18"/>',
            ),
            rsid=r,
        )
    )
    body.append(para(run("County stands firm"), '<w:pStyle w:val="Heading2"/>', rsid=r))
    rest = [
        "Kisumu County chief officer for trade Ms Maureen Akoth Nyangweso said the rent had been "
        "set to recover the cost of running the building, including security, water and "
        "cleaning, and was lower than what private landlords charge in the town centre.",
        "“The highway is not a market. We cannot have people selling on a road that carries "
        "trucks to Uganda,” she said. “We are ready to talk about the rent, but nobody will be "
        "allowed back on the road reserve.”",
        "She said traders who move in before the end of March would get two months free.",
        "Kibuye, one of the largest open-air markets in East Africa, draws traders from as far "
        "as Busia, Siaya and Homa Bay on its busiest day, Sunday.",
        "The association’s chairperson, Mrs Rosemary Adhiambo Onyango, said traders were ready "
        "to pay KSh 1,500 a month and wanted the county to put the offer in writing.",
    ]
    body += [para(run(p), rsid=r) for p in rest]
    body.append(para(run("Additional reporting by Kevin Onyango.", ITALIC), rsid=r))
    body.append(para(run("ENDS", "<w:b/>"), '<w:jc w:val="center"/>', rsid=r))
    return (
        XML_DECL + "<w:document "
        f'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        f'xmlns:mc="{NS_MC}" xmlns:r="{NS_R}" xmlns:wp14="{NS_WP14}" xmlns:wp="{NS_WP}" '
        f'xmlns:w="{NS_W}" xmlns:w14="{NS_W14}" xmlns:wpi="{NS_WPI}" xmlns:a="{NS_A}" '
        f'xmlns:pic="{NS_PIC}" mc:Ignorable="w14 wp14">'
        "<w:body>" + "".join(body) + SECT + "</w:body></w:document>"
    )


def kibuye_comments():
    return (
        XML_DECL + f'<w:comments xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        '<w:comment w:id="0" w:author="Joseph Omondi" w:date="2026-03-04T09:16:00Z" '
        'w:initials="JO">'
        '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        + run(
            "Cleared for web. I have circled the stall figure in par 4 – please confirm it with "
            "the county before it goes to print. JO"
        )
        + "</w:p></w:comment></w:comments>"
    )


def kibuye_settings():
    return (
        XML_DECL + f'<w:settings xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:rsids><w:rsidRoot w:val="00A41C2E"/><w:rsid w:val="00A41C2E"/>'
        '<w:rsid w:val="00B7730F"/></w:rsids>'
        '<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/>'
        '<w:listSeparator w:val=","/></w:settings>'
    )


def build_kibuye():
    doc_rels = rels(
        [
            ("rId1", f"{REL}/styles", "styles.xml"),
            ("rId2", f"{REL}/settings", "settings.xml"),
            ("rId3", f"{REL}/fontTable", "fontTable.xml"),
            ("rId4", f"{REL}/comments", "comments.xml"),
            ("rId10", f"{REL}/image", "media/image1.png"),
            ("rId11", f"{REL}/image", "media/image2.png"),
            ("rId20", f"{REL}/customXml", "ink/ink1.xml"),
            ("rId21", f"{REL}/image", "media/image3.png"),
            ("rId22", f"{REL}/customXml", "ink/ink2.xml"),
            ("rId23", f"{REL}/image", "media/image4.png"),
            ("rId24", f"{REL}/customXml", "ink/ink3.xml"),
            ("rId25", f"{REL}/image", "media/image5.png"),
        ]
    )
    inkml_type = "application/inkml+xml"
    overrides = [
        ("/word/document.xml", "wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "wordprocessingml.styles+xml"),
        ("/word/settings.xml", "wordprocessingml.settings+xml"),
        ("/word/fontTable.xml", "wordprocessingml.fontTable+xml"),
        ("/word/comments.xml", "wordprocessingml.comments+xml"),
        ("/word/ink/ink1.xml", inkml_type),
        ("/word/ink/ink2.xml", inkml_type),
        ("/word/ink/ink3.xml", inkml_type),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "extended-properties+xml"),
    ]
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", kibuye_document()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", kibuye_settings()),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/comments.xml", kibuye_comments()),
        ("word/ink/ink1.xml", inkml(SCRAWL, 5.0, 1.05, "2026-03-04T09:11:42.310")),
        ("word/ink/ink2.xml", inkml(TICK, 1.2, 1.05, "2026-03-04T09:12:20.905")),
        ("word/ink/ink3.xml", inkml(CIRCLE, 2.5, 0.92, "2026-03-04T09:13:07.488")),
        ("word/media/image1.png", photo(120, 80, (176, 196, 214), (148, 120, 92), (50, 62))),
        ("word/media/image2.png", photo(120, 68, (190, 206, 222), (170, 168, 160))),
        ("word/media/image3.png", ink_png(SCRAWL, 150, 32)),
        ("word/media/image4.png", ink_png(TICK, 36, 32)),
        ("word/media/image5.png", ink_png(CIRCLE, 76, 28)),
        (
            "docProps/core.xml",
            core(
                "Kibuye traders refuse new stalls",
                "Beryl Okello",
                "Joseph Omondi",
                "2026-03-04T04:31:00Z",
                "2026-03-04T09:17:00Z",
                7,
            ),
        ),
        ("docProps/app.xml", app("16.0000", "", 640)),
    ]
    write_package(KIBUYE, parts)


# --------------------------------------------------------------------------- Kerio (smart tags)

KERIO = HERE / (
    "docx-word-2007-smart-tags-personname-productid-place-country-region-date-metricconverter-"
    "around-byline-dateline-figures-and-names-county-communications-unit-kerio-valley-"
    "sirens.docx"
)

NS_2007 = (
    'xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{NS_R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    f'xmlns:wp="{NS_WP}" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{NS_W}" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"'
)


def kerio_document():
    r1, r2, r3 = "00D5296B", "00E61A0C", "00F7B3D1"
    p = []
    p.append(para(run("FOR PUBLICATION", '<w:b/><w:color w:val="7F7F7F"/>'), rsid=r1))
    p.append(
        para(
            run(
                "COUNTY INSTALLS LANDSLIDE SIRENS IN 12 KERIO VALLEY VILLAGES",
                '<w:b/><w:sz w:val="28"/>',
            ),
            rsid=r1,
        )
    )
    p.append(
        para(
            run("Rain gauges on the escarpment will set off the sirens when more than ", ITALIC)
            + smart(
                "metricconverter",
                run("50 mm", ITALIC),
                ProductID="50 mm",
            )
            + run(" of rain falls in a day", ITALIC),
            rsid=r1,
        )
    )
    p.append(para(run("By ", "<w:b/>") + person("Kiprono Langat", "<w:b/>"), rsid=r1))
    p.append(para(run("County Communications Officer", ITALIC), rsid=r1))
    p.append(
        para(
            inline_picture(
                "rId10",
                1,
                "Picture 1",
                5486400,
                3657600,
                "A woman in a blue dress presses a button on a pole-mounted siren",
            ),
            rsid=r1,
        )
    )
    p.append(
        para(
            run("CECM Mrs ")
            + spell(person("Jerotich Chelimo Kibor"))
            + run(" tests a warning siren at Chesongoch Primary School on Tuesday."),
            '<w:pStyle w:val="Caption"/>',
            rsid=r1,
        )
    )
    p.append(
        para(
            run("Picture: ") + person("Kiprono Langat"),
            '<w:pStyle w:val="Caption"/><w:jc w:val="right"/>',
            rsid=r1,
        )
    )
    p.append(
        para(
            run("CHESONGOCH, Elgeyo Marakwet — ", "<w:b/>")
            + run(
                "The county government has installed solar-powered warning sirens in 12 "
                "villages along the Kerio Valley escarpment, an early-warning system that it "
                "says is the first of its kind in "
            )
            + country("Kenya")
            + run("’s North Rift."),
            rsid=r2,
        )
    )
    p.append(
        para(
            run(
                "Each siren is linked to an automatic rain gauge on the escarpment above the "
                "village. When more than "
            )
            + measure("50 mm")
            + run(" of rain falls within 24 hours, or ")
            + measure("30 mm")
            + run(
                " in an hour, the gauge sends a signal that sets off the siren and an SMS alert "
                "to village elders, chiefs and the county disaster team."
            ),
            rsid=r2,
        )
    )
    p.append(
        para(
            run("The system, which cost KSh 23.4 million, was commissioned on ")
            + date("March 3, 2026", 2026, 3, 3)
            + run(
                " by the county executive committee member for water, environment and natural "
                "resources, Mrs "
            )
            + spell(person("Jerotich Chelimo Kibor"))
            + run(", at Chesongoch Primary School."),
            rsid=r2,
        )
    )
    p.append(
        para(
            run(
                "“In 2020 we lost neighbours who were asleep when the hill came down. The rain "
                "was heavy the whole evening but nobody told them to leave,” Mrs "
            )
            + spell(run("Kibor"))
            + run(
                " said. “These sirens will give families the minutes they need to move to safe "
                "ground.”"
            ),
            rsid=r2,
        )
    )
    p.append(
        para(
            run("Villages covered in the first phase include ")
            + spell(run("Chesongoch"))
            + run(", ")
            + spell(run("Kaben"))
            + run(", Tot, ")
            + spell(run("Murkutwa"))
            + run(", ")
            + spell(run("Kipkaner"))
            + run(" and ")
            + spell(run("Sambalat"))
            + run(
                ", where the county has also marked evacuation routes and assembly points on "
                "higher ground."
            ),
            rsid=r2,
        )
    )
    p.append(para(run("Volunteers trained", "<w:b/>"), rsid=r3))
    p.append(
        para(
            run("County disaster management director Mr ")
            + person("Paul Kiptoo Cheruiyot")
            + run(" said each gauge sits at least ")
            + measure("2 km")
            + run(
                " uphill from the village it protects, so that a warning can be given before "
                "run-off reaches homes."
            ),
            rsid=r3,
        )
    )
    p.append(
        para(
            run(
                "He said the county had trained 48 volunteers, four in each village, to check the "
                "sirens every month and to lead drills with schools and churches. The first drill "
                "will be held on "
            )
            + date("April 10", 2026, 4, 10)
            + run("."),
            rsid=r3,
        )
    )
    p.append(
        para(
            run("“When the rains come at night, we sleep with one eye open,” said Mr ")
            + spell(person("Kimutai Kiplimo Kendagor"))
            + run(
                ", a farmer in Tot whose house was destroyed in a landslide in 2020. “Now at "
                "least there will be a voice telling us to wake up.”"
            ),
            rsid=r3,
        )
    )
    plain = [
        "Forecasters expect above-normal long rains in parts of the Rift Valley from mid-March, "
        "and the county has asked residents of landslide-prone areas to take part in the drills.",
        "The second phase, to be rolled out in the 2026/27 financial year, will extend the "
        "system to 18 more villages in Marakwet East and Keiyo North sub-counties.",
    ]
    p += [para(run(x), rsid=r3) for x in plain]
    p.append(
        para(
            run("Mrs ")
            + spell(run("Kibor"))
            + run(
                " said the county would also plant 40,000 bamboo and indigenous tree seedlings on "
                "bare slopes above the villages to hold the soil."
            ),
            rsid=r3,
        )
    )
    p.append(
        para(
            run("Additional information by ", ITALIC)
            + person("Brenda Jepchumba", ITALIC)
            + run(", Marakwet East.", ITALIC),
            rsid=r3,
        )
    )
    p.append(para(run("ENDS", "<w:b/>"), '<w:jc w:val="center"/>', rsid=r3))
    p.append(
        para(
            run(
                "For more information contact the County Communications Unit, Iten. "
                "Tel: 0700 000 215",
                '<w:sz w:val="18"/>',
            ),
            rsid=r3,
        )
    )
    sect = SECT.replace(
        "<w:sectPr>",
        '<w:sectPr w:rsidR="00D5296B"><w:headerReference w:type="default" r:id="rId7"/>'
        '<w:footerReference w:type="default" r:id="rId8"/>',
    )
    return (
        XML_DECL + f"<w:document {NS_2007}><w:body>" + "".join(p) + sect + "</w:body></w:document>"
    )


def kerio_header():
    return (
        XML_DECL
        + f"<w:hdr {NS_2007}>"
        + para(
            run("COUNTY GOVERNMENT OF ELGEYO MARAKWET", "<w:b/>"),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + para(
            run("Department of ICT, e-Government and Communication — County Communications Unit"),
            '<w:pStyle w:val="Header"/><w:jc w:val="center"/>',
        )
        + "</w:hdr>"
    )


def kerio_footer():
    return (
        XML_DECL
        + f"<w:ftr {NS_2007}>"
        + para(
            run("Transforming Lives Together", ITALIC)
            + run("\t")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("1")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            '<w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs>',
        )
        + "</w:ftr>"
    )


def kerio_settings():
    types = "".join(
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="{name}"/>'
        for name in ("country-region", "place", "date", "metricconverter", "PersonName")
    )
    return (
        XML_DECL + f'<w:settings {NS_2007} xmlns:sl="http://schemas.openxmlformats.org/schema'
        'Library/2006/main">'
        '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat/><w:rsids><w:rsidRoot w:val="00D5296B"/><w:rsid w:val="00D5296B"/>'
        '<w:rsid w:val="00E61A0C"/><w:rsid w:val="00F7B3D1"/></w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
        '<m:brkBinSub m:val="--"/><m:smallFrac m:val="off"/><m:dispDef/><m:lMargin m:val="0"/>'
        '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
        '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
        '<w:themeFontLang w:val="en-GB"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
        'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
        'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/>'
        + types
        + '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def build_kerio():
    doc_rels = rels(
        [
            ("rId1", f"{REL}/styles", "styles.xml"),
            ("rId2", f"{REL}/settings", "settings.xml"),
            ("rId3", f"{REL}/fontTable", "fontTable.xml"),
            ("rId7", f"{REL}/header", "header1.xml"),
            ("rId8", f"{REL}/footer", "footer1.xml"),
            ("rId10", f"{REL}/image", "media/image1.png"),
        ]
    )
    overrides = [
        ("/word/document.xml", "wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "wordprocessingml.styles+xml"),
        ("/word/settings.xml", "wordprocessingml.settings+xml"),
        ("/word/fontTable.xml", "wordprocessingml.fontTable+xml"),
        ("/word/header1.xml", "wordprocessingml.header+xml"),
        ("/word/footer1.xml", "wordprocessingml.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "extended-properties+xml"),
    ]
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", kerio_document()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", kerio_settings()),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/header1.xml", kerio_header()),
        ("word/footer1.xml", kerio_footer()),
        ("word/media/image1.png", photo(120, 80, (150, 190, 120), (96, 120, 70), (56, 64))),
        (
            "docProps/core.xml",
            core(
                "COUNTY INSTALLS LANDSLIDE SIRENS",
                "Comms Office",
                "Kiprono Langat",
                "2026-03-03T12:05:00Z",
                "2026-03-04T06:48:00Z",
                4,
            ),
        ),
        ("docProps/app.xml", app("12.0000", "County Government of Elgeyo Marakwet", 590)),
    ]
    write_package(KERIO, parts)


def main():
    build_kibuye()
    build_kerio()
    for path in (KIBUYE, KERIO):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()

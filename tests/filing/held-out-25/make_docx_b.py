"""Write the two Word files of filing set h25 (part b) next to this script.

Standard library only: every part is hand-written WordprocessingML, the pictures are small
gradient PNGs drawn with zlib and struct, and zipfile packs them with fixed entry times, so a
rerun writes the same bytes.  Run: python make_docx_b.py
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 5, 18, 30, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml."

# Run properties used more than once.
BOLD = "<w:b/><w:bCs/>"
ITALIC = "<w:i/><w:iCs/>"
GREY = '<w:color w:val="808080"/>'
FORADIAN = '<w:rFonts w:ascii="Rupee Foradian" w:hAnsi="Rupee Foradian"/>'
URDU = (
    '<w:rFonts w:cs="Jameel Noori Nastaleeq"/><w:rtl/><w:sz w:val="28"/>'
    '<w:szCs w:val="36"/><w:lang w:bidi="ur-IN"/>'
)
DEGREE = '<w:r><w:sym w:font="Symbol" w:char="F0B0"/></w:r>'


def size(half_points):
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def png(width, height, top, bottom):
    """A small vertical-gradient RGB PNG."""
    rows = bytearray()
    for y in range(height):
        share = y / max(height - 1, 1)
        colour = bytes(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        rows += b"\x00" + colour * width

    def chunk(kind, data):
        body = kind + data
        crc = zlib.crc32(body) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def run(text, rpr=""):
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, ppr=""):
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def styled(style, *runs, ppr=""):
    return para(*runs, ppr=f'<w:pStyle w:val="{style}"/>{ppr}')


def picture(rid, pid, cx, cy, descr=None):
    """An inline picture; descr is the alt text Word stores on wp:docPr."""
    alt = ""
    if descr:
        alt = ' descr="' + escape(descr, {'"': "&quot;"}) + '"'
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}"{alt}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image{pid}.png"/><pic:cNvPicPr/>'
        f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
        '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def table(rows, widths, header_bold=True):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    for number, row in enumerate(rows):
        cells = []
        for width, cell in zip(widths, row, strict=True):
            rpr = BOLD if header_bold and number == 0 else ""
            lines = "".join(para(run(line, rpr + size(18))) for line in cell.split("\n"))
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{lines}</w:tc>'
            )
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


STYLES = (
    XML_DECL + f'<w:styles xmlns:w="{W_NS}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:eastAsia="Calibri" w:cs="Mangal"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-IN" w:eastAsia="en-US" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>'
    '<w:spacing w:after="80"/></w:pPr><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/>'
    '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/>'
    '<w:color w:val="595959"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>'
    '<w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/>'
    '<w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:after="60"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>'
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
    "</w:tblPr></w:style></w:styles>"
)

NUMBERING = (
    XML_DECL + f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
    'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)

SETTINGS = (
    XML_DECL + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-IN" w:bidi="ur-IN"/></w:settings>'
)


def font_table(*extra):
    fonts = ["Calibri", "Cambria", "Mangal", "Symbol", *extra]
    body = "".join(f'<w:font w:name="{name}"/>' for name in fonts)
    return XML_DECL + f'<w:fonts xmlns:w="{W_NS}">{body}</w:fonts>'


def core(title, creator, modified_by):
    return (
        XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
        f'XMLSchema-instance"><dc:title>{escape(title)}</dc:title>'
        f"<dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T09:10:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T13:40:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP = (
    XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>Microsoft Office Word</Application>'
    "<AppVersion>16.0000</AppVersion><DocSecurity>0</DocSecurity></Properties>"
)


CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
PACKAGE_RELS = [
    ("rId1", "officeDocument", "word/document.xml"),
    ("rId2", CORE_REL, "docProps/core.xml"),
    ("rId3", "extended-properties", "docProps/app.xml"),
]


def rels(items):
    body = "".join(
        f'<Relationship Id="{rid}" '
        f'Type="{kind if kind.startswith("http") else REL_BASE + kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return XML_DECL + f'<Relationships xmlns="{PKG_NS}">{body}</Relationships>'


def content_types(parts):
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in parts
    )
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{overrides}</Types>"
    )


def document(body, sect):
    return XML_DECL + f"<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"


def header_footer(tag, body):
    return XML_DECL + f"<w:{tag} {NS}>{body}</w:{tag}>"


SECT = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
    '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" '
    'w:left="1304" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
)
SECT_PLAIN = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
    'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
)


def write(name, parts):
    """Pack parts (a list of (path, bytes-or-str)) with fixed times."""
    path = HERE / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rupee():
    """The rupee sign as the Rupee Foradian font draws it: a grave accent typed in that font."""
    return run("`", FORADIAN)


# --------------------------------------------------------------------------- the solar glass
def solar_glass():
    centre = '<w:jc w:val="center"/>'
    body = [
        para(run("For immediate release", BOLD + size(20))),
        para(
            run("Vidarbha Solar Glass commissions ", BOLD + size(32)),
            run("`", FORADIAN + BOLD + size(32)),
            run("1,120-crore float glass line at Butibori, doubles capacity", BOLD + size(32)),
            ppr=centre,
        ),
        para(
            run(
                "New 650-tonnes-a-day line makes the company India’s largest maker of solar "
                "cover glass; exports to begin in the first quarter of FY27",
                ITALIC + size(24),
            ),
            ppr=centre,
        ),
        para(run("Key highlights:", BOLD)),
        styled(
            "ListBullet",
            run(
                "Second float glass line of 650 tonnes a day commissioned at Butibori; total "
                "capacity now 1,300 tonnes a day"
            ),
        ),
        styled(
            "ListBullet",
            run("Project cost of "),
            rupee(),
            run(" 1,120 crore met through "),
            rupee(),
            run(" 400 crore of internal accruals and "),
            rupee(),
            run(" 720 crore of term loans"),
        ),
        styled(
            "ListBullet",
            run(
                "About 450 direct jobs created, 70 per cent of them filled from Nagpur and "
                "Wardha districts"
            ),
        ),
        para(
            run("Nagpur, March 5, 2026:", BOLD),
            run(
                " Vidarbha Solar Glass Ltd (VSGL), a maker of glass for solar panels, on Thursday "
                "commissioned a second float glass line at its plant in the Butibori industrial "
                "area near Nagpur, doubling its production capacity to 1,300 tonnes a day."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run("The "),
            rupee(),
            run(
                "1,120-crore line will make 3.2 mm and 2 mm tempered glass with an anti-reflective "
                "coating, used as the front cover of solar modules. The company said the new line "
                "makes it the largest producer of solar cover glass in the country."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run(
                "India imported about 68 per cent of the solar glass used by its module makers in "
                "2024-25, mostly from China and Vietnam, according to industry estimates. Rules "
                "that require domestically made cells and modules for several government schemes "
                "have raised demand for locally made glass."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run(
                "“Until now, Indian module makers have depended on imports for the one component "
                "that every panel needs in large quantities. With this line, we can supply glass "
                "for about 14 GW of modules a year from Butibori,” said Ashutosh Deshmukh, "
                "Managing Director and CEO, VSGL."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run(
                "Mr Deshmukh said the company had signed supply agreements with three module "
                "makers for about 60 per cent of the new line’s output and would begin exports to "
                "the Middle East and Africa in the first quarter of FY27."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run("The company’s shares rose 2.4 per cent to "),
            rupee(),
            run("612.40 on the NSE on Thursday."),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            picture(
                "rIdImg2",
                2,
                5486400,
                3200400,
                "The second float glass line at VSGL’s Butibori plant",
            ),
            ppr=centre,
        ),
        para(
            run("Photo caption: ", BOLD + size(20)),
            run(
                "Workers inspect coated solar glass sheets on the new float line at Butibori.",
                size(20),
            ),
        ),
        para(run("Photo: VSGL", ITALIC + size(18))),
        para(
            run(
                "VSGL had announced the expansion in November 2023. The line was to have been "
                "commissioned by September 2025 but was delayed by the late delivery of the tin "
                "bath and annealing equipment from Europe, the company said."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run(
                "The furnace of the new line runs on natural gas supplied through a pipeline from "
                "the Nagpur city gas network, and the company said it costs about ₹9 crore a year "
                "less to run than an oil-fired furnace. A 24 MW solar plant on the campus will "
                "meet about a fifth of the plant’s electricity needs."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(
            run(
                "The company has trained 120 ITI graduates in glass processing at its in-house "
                "centre and plans to set up a cullet-recycling unit at Butibori by 2027, which it "
                "said would cut its use of soda ash by about 12 per cent."
            ),
            ppr='<w:jc w:val="both"/>',
        ),
        para(run("Production details", BOLD)),
        table(
            [
                ("Line", "Capacity (tonnes a day)", "Commissioned"),
                ("Line 1", "650", "August 2021"),
                ("Line 2", "650", "March 2026"),
                ("Total", "1,300", "–"),
            ],
            [3000, 3000, 3000],
        ),
        para(run("-ENDS-", BOLD), ppr=centre),
        para(run("About Vidarbha Solar Glass Ltd", BOLD + size(20))),
        para(
            run(
                "Vidarbha Solar Glass Ltd (BSE: 543921 | NSE: VSGL) was set up in 2009 and makes "
                "float, tempered and coated glass for the solar and construction industries at its "
                "plant in Butibori, Nagpur. Its products are supplied to module makers in India "
                "and 11 other countries.",
                size(20),
            )
        ),
        para(run("Safe Harbour Statement", BOLD + size(18))),
        para(
            run(
                "Certain statements in this release concerning our future growth prospects are "
                "forward-looking statements, which involve a number of risks and uncertainties "
                "that could cause actual results to differ materially from those in such "
                "statements. Vidarbha Solar Glass Ltd does not undertake to update any "
                "forward-looking statement that may be made from time to time by or on behalf of "
                "the company.",
                ITALIC + size(16),
            )
        ),
        para(run("For further information, please contact:", BOLD + size(20))),
        table(
            [
                (
                    "Priya Wankhede\nHead – Corporate Communications\nVidarbha Solar Glass Ltd\n"
                    "+91 98220 00000 | priya.wankhede@vidarbhasolarglass.in",
                    "Rahul Menon\nCrimson Arc Communications\n+91 98190 00000 | "
                    "rahul@crimsonarc.in",
                ),
            ],
            [4600, 4600],
            header_bold=False,
        ),
    ]
    header = "".join(
        [
            para(
                picture("rIdLogo", 1, 1280160, 457200, "VSGL logo"),
                "<w:r><w:tab/></w:r>",
                run("PRESS RELEASE", BOLD + size(28) + '<w:color w:val="1F4E79"/>'),
                ppr='<w:pStyle w:val="Header"/><w:tabs><w:tab w:val="right" w:pos="9298"/>'
                "</w:tabs>",
            ),
            para(
                run("BSE: 543921 | NSE: VSGL", GREY + size(16)),
                ppr='<w:pStyle w:val="Header"/><w:jc w:val="right"/>',
            ),
        ]
    )
    footer = "".join(
        [
            para(
                run("Vidarbha Solar Glass Limited | CIN: L26102MH2009PLC192811", size(14) + GREY),
                ppr='<w:pStyle w:val="Footer"/><w:jc w:val="center"/>',
            ),
            para(
                run(
                    "Regd. Office: Plot No. C-14, MIDC Industrial Area, Butibori, Nagpur 441122, "
                    "Maharashtra | www.vidarbhasolarglass.in",
                    size(14) + GREY,
                ),
                ppr='<w:pStyle w:val="Footer"/><w:jc w:val="center"/>',
            ),
            para(
                run("Page ", size(14)),
                '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
                run(" of ", size(14)),
                '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>',
                ppr='<w:pStyle w:val="Footer"/><w:jc w:val="right"/>',
            ),
        ]
    )
    doc_rels = rels(
        [
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            ("rIdFonts", "fontTable", "fontTable.xml"),
            ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdHeader1", "header", "header1.xml"),
            ("rIdFooter1", "footer", "footer1.xml"),
            ("rIdImg2", "image", "media/image2.png"),
        ]
    )
    parts = [
        (
            "[Content_Types].xml",
            content_types(
                [
                    ("word/document.xml", CT_BASE + "document.main+xml"),
                    ("word/styles.xml", CT_BASE + "styles+xml"),
                    ("word/settings.xml", CT_BASE + "settings+xml"),
                    ("word/fontTable.xml", CT_BASE + "fontTable+xml"),
                    ("word/numbering.xml", CT_BASE + "numbering+xml"),
                    ("word/header1.xml", CT_BASE + "header+xml"),
                    ("word/footer1.xml", CT_BASE + "footer+xml"),
                    (
                        "docProps/core.xml",
                        "application/vnd.openxmlformats-package.core-properties+xml",
                    ),
                    (
                        "docProps/app.xml",
                        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    ),
                ]
            ),
        ),
        ("_rels/.rels", rels(PACKAGE_RELS)),
        ("docProps/core.xml", core("Press Release Template 2024", "VSGL Corp Comm", "Priya W")),
        ("docProps/app.xml", APP),
        ("word/document.xml", document("".join(body), SECT)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", font_table("Rupee Foradian")),
        ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", header_footer("hdr", header)),
        ("word/footer1.xml", header_footer("ftr", footer)),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/_rels/header1.xml.rels", rels([("rIdLogo", "image", "media/image1.png")])),
        ("word/media/image1.png", png(56, 20, (31, 78, 121), (120, 170, 210))),
        ("word/media/image2.png", png(96, 56, (150, 190, 215), (40, 70, 95))),
    ]
    return write(
        "docx-listed-company-press-release-letterhead-header-logo-stock-codes-rupee-foradian-"
        "font-backtick-rupee-signs-key-highlights-bullets-capacity-table-safe-harbour-cin-footer-"
        "butibori-solar-glass.docx",
        parts,
    )


# --------------------------------------------------------------------------- the almond bloom
def almond_bloom():
    justify = '<w:jc w:val="both"/>'
    body = [
        para(
            run(
                "SGR-BUREAU | ALMOND-BLOOM | 640 words | 2 pix | filed 5/3 7.15 pm | Aasiya",
                GREY + size(16),
            )
        ),
        styled(
            "Title",
            run("Badamwari in bloom three weeks early as Kashmir sees its warmest February"),
        ),
        styled(
            "Subtitle",
            run(
                "Almond trees on the slopes of Hari Parbat flowered in the first week of March; "
                "horticulturists warn that a late frost could ruin the crop"
            ),
        ),
        para(run("By Aasiya Jan", BOLD), ppr='<w:spacing w:after="0"/>'),
        para(run("Srinagar Bureau", GREY + ITALIC + size(18))),
        para(
            run("SRINAGAR:", BOLD),
            run(
                " The almond trees of Srinagar’s Badamwari garden, which usually flower in the "
                "last week of March, burst into bloom this week after what the Meteorological "
                "Centre in Srinagar described as the city’s warmest February in more than three "
                "decades."
            ),
            ppr=justify,
        ),
        para(
            run("The city recorded an average maximum temperature of 14.8"),
            DEGREE,
            run("C in February, 5.3"),
            DEGREE,
            run("C above normal, and a high of 19.2"),
            DEGREE,
            run("C on February 26, the centre said."),
            ppr=justify,
        ),
        para(
            run(
                "Hundreds of visitors walked through the garden on the slopes of Hari Parbat on "
                "Thursday, a day after the Floriculture Department opened it to the public, "
                "nearly a month ahead of its usual opening."
            ),
            ppr=justify,
        ),
        para(
            picture(
                "rIdImg1",
                1,
                5486400,
                3474720,
                "Visitors under white almond blossom on a grassy slope, with the Hari Parbat fort "
                "behind",
            ),
            ppr='<w:jc w:val="center"/>',
        ),
        styled("Caption", run("Visitors walk under almond blossom at Badamwari on Thursday.")),
        styled(
            "Caption",
            run("Pic: Bilal Ahmad Bhat/The Indus Standard"),
            ppr='<w:jc w:val="right"/>',
        ),
        para(
            run(
                "Ghulam Nabi Dar, 68, who has tended the garden’s trees for four decades, greeted "
                "visitors at the gate with a couplet he said his father used to recite when the "
                "first blossoms appeared:"
            ),
            ppr=justify,
        ),
        para(
            "<w:r><w:rPr>"
            + URDU
            + '</w:rPr><w:t xml:space="preserve">'
            + escape("ابھی برف گئی نہیں، بادام کھل گئے")
            + "</w:t><w:br/><w:t>"
            + escape("اس بار بہار نے جلدی دستک دی")
            + "</w:t></w:r>",
            ppr='<w:bidi/><w:jc w:val="center"/>',
        ),
        para(
            run(
                "(The snow has not yet left, and the almonds are in bloom; this time spring has "
                "knocked early.)",
                ITALIC,
            ),
            ppr='<w:jc w:val="center"/>',
        ),
        para(
            run(
                "“In my father’s time this couplet was a joke. Now it comes true every other "
                "year,” Dar said."
            ),
            ppr=justify,
        ),
        para(picture("rIdImg2", 2, 3657600, 2743200), ppr='<w:jc w:val="center"/>'),
        styled("Caption", run("Ghulam Nabi Dar at the gate of Badamwari.")),
        styled("Caption", run("Pic: Aasiya Jan"), ppr='<w:jc w:val="right"/>'),
        styled("Heading2", run("Frost risk")),
        para(
            run(
                "Horticulture experts said the early flowering could hurt the almond crop in "
                "Pulwama and Budgam districts, where about 4,000 hectares are under almond "
                "orchards, if temperatures drop below freezing in the coming weeks."
            ),
            ppr=justify,
        ),
        para(
            run(
                "“A single night below minus two degrees after the petals open can destroy the "
                "crop. Last year a frost in the last week of March cut almond production by "
                "nearly 40 per cent,” said Dr Irfan Rashid Mir, a pomologist who advises the "
                "Horticulture Department."
            ),
            ppr=justify,
        ),
        para(
            run(
                "The Meteorological Centre has forecast rain and snow in the higher reaches from "
                "March 9, with night temperatures in the valley expected to fall to around 1"
            ),
            DEGREE,
            run("C."),
            ppr=justify,
        ),
        para(
            run(
                "The Floriculture Department said the garden would stay open from 9 am to 6 pm "
                "daily, and that entry would remain free for children under 12."
            ),
            ppr=justify,
        ),
        para(run("Additional reporting by Umar Farooq Wani in Pulwama.", ITALIC)),
        para(run("-Ends-"), ppr='<w:jc w:val="center"/>'),
        para(
            run(
                "FOR DESK: The couplet is typed in Urdu script (Jameel Noori Nastaleeq). Please "
                "check that it shows correctly on the web page; the translation is mine. Pix sent "
                "on WhatsApp to the photo desk.",
                size(18),
            ),
            ppr=(
                '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="C00000"/>'
                '<w:left w:val="single" w:sz="8" w:space="4" w:color="C00000"/>'
                '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="C00000"/>'
                '<w:right w:val="single" w:sz="8" w:space="4" w:color="C00000"/></w:pBdr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="FDE9E7"/>'
            ),
        ),
    ]
    doc_rels = rels(
        [
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            ("rIdFonts", "fontTable", "fontTable.xml"),
            ("rIdImg1", "image", "media/image1.png"),
            ("rIdImg2", "image", "media/image2.png"),
        ]
    )
    parts = [
        (
            "[Content_Types].xml",
            content_types(
                [
                    ("word/document.xml", CT_BASE + "document.main+xml"),
                    ("word/styles.xml", CT_BASE + "styles+xml"),
                    ("word/settings.xml", CT_BASE + "settings+xml"),
                    ("word/fontTable.xml", CT_BASE + "fontTable+xml"),
                    (
                        "docProps/core.xml",
                        "application/vnd.openxmlformats-package.core-properties+xml",
                    ),
                    (
                        "docProps/app.xml",
                        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    ),
                ]
            ),
        ),
        ("_rels/.rels", rels(PACKAGE_RELS)),
        ("docProps/core.xml", core("Badamwari almond bloom", "Aasiya Jan", "Aasiya Jan")),
        ("docProps/app.xml", APP),
        ("word/document.xml", document("".join(body), SECT_PLAIN)),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", font_table("Jameel Noori Nastaleeq")),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/media/image1.png", png(96, 60, (236, 214, 226), (96, 128, 72))),
        ("word/media/image2.png", png(80, 60, (200, 196, 186), (88, 74, 60))),
    ]
    return write(
        "docx-kashmir-bureau-file-slug-line-rtl-urdu-couplet-bidi-paragraph-nastaliq-cs-font-line-"
        "break-translation-symbol-font-degree-signs-caption-style-pic-credits-desk-box-srinagar-"
        "almond-bloom.docx",
        parts,
    )


def main():
    for path in (solar_glass(), almond_bloom()):
        print(path.name)


if __name__ == "__main__":
    main()

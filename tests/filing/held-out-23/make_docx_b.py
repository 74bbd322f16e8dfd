"""Write the two Word files of filing set h23 (part b) with the standard library only.

The WordprocessingML is written by hand and zipped with ``zipfile``; the pictures are small
PNGs drawn with ``zlib`` and ``struct``. Zip entry times and the core properties are fixed, so a
rerun writes the same bytes. Run ``python make_docx_b.py`` from any directory: the files are
written next to this script.

- ``docx-municipal-corporation-press-note-letter-...`` is an ordinary (transitional) Word file:
  a civic body's press note typed as a letter to the editor on letterhead.
- ``docx-strict-open-xml-...`` is saved as "Strict Open XML Document": every part uses the
  ISO/IEC 29500 Strict namespaces (``http://purl.oclc.org/ooxml/...``) and the document element
  carries ``w:conformance="strict"``.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 5, 18, 30, 0)
EMU_PER_INCH = 914400

PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_REL = PKG_RELS + "/metadata/core-properties"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
RELS_CT = "application/vnd.openxmlformats-package.relationships+xml"

TRANSITIONAL = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "rel": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "app_rel": "extended-properties",
    "app": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "start": "left",
    "end": "right",
    "strict": False,
}

STRICT = {
    "w": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "r": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "wp": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "a": "http://purl.oclc.org/ooxml/drawingml/main",
    "pic": "http://purl.oclc.org/ooxml/drawingml/picture",
    "rel": "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    "app_rel": "extendedProperties",
    "app": "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "vt": "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    "start": "start",
    "end": "end",
    "strict": True,
}

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, shade) -> bytes:
    """A small RGB PNG whose pixel (x, y) is ``shade(x, y)``."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            row.extend(shade(x, y))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"".join(rows), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def photo_dogs(x: int, y: int) -> tuple[int, int, int]:
    return (120 + x % 90, 110 + y % 70, 80 + (x + y) % 60)


def photo_wada(x: int, y: int) -> tuple[int, int, int]:
    grey = 90 + (x * 3 + y * 2) % 120
    return (grey + 30 if grey < 200 else grey, grey, max(grey - 25, 0))


def logo(x: int, y: int) -> tuple[int, int, int]:
    ring = (x - 24) ** 2 + (y - 24) ** 2
    return (20, 70, 150) if 300 < ring < 520 else (255, 255, 255)


def signature(x: int, y: int) -> tuple[int, int, int]:
    on_stroke = abs(y - 12 - (x % 17) // 3) < 1
    return (15, 40, 110) if on_stroke else (255, 255, 255)


# ---------------------------------------------------------------- WordprocessingML


def run(
    text: str,
    *,
    b: bool = False,
    i: bool = False,
    u: bool = False,
    sz: int | None = None,
    color: str | None = None,
    font: str | None = None,
    highlight: str | None = None,
    lang: str | None = None,
) -> str:
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        props += "<w:b/><w:bCs/>"
    if i:
        props += "<w:i/><w:iCs/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if sz:
        props += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if u:
        props += '<w:u w:val="single"/>'
    if lang:
        props += f'<w:lang w:val="en-IN" w:bidi="{lang}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    pieces = text.split("\t")
    body = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in pieces)
    return f"<w:r>{rpr}{body}</w:r>"


def para(
    content: str = "",
    *,
    style: str | None = None,
    jc: str | None = None,
    first_line: int | None = None,
    after: int | None = None,
    tabs: str = "",
    border_bottom: bool = False,
) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if border_bottom:
        props += (
            '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F3864"/></w:pBdr>'
        )
    if tabs:
        props += f"<w:tabs>{tabs}</w:tabs>"
    if after is not None:
        props += f'<w:spacing w:after="{after}"/>'
    if first_line is not None:
        props += f'<w:ind w:firstLine="{first_line}"/>'
    if jc:
        props += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{content}</w:p>"


def field(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{result}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def picture(ns: dict, rid: str, pid: int, name: str, descr: str, width_in: float, px: tuple) -> str:
    cx = int(width_in * EMU_PER_INCH)
    cy = int(cx * px[1] / px[0])
    descr_attr = f" descr={quoteattr(descr)}" if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}"{descr_attr}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{ns["a"]}" noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        f'<a:graphic xmlns:a="{ns["a"]}"><a:graphicData uri="{ns["pic"]}">'
        f'<pic:pic xmlns:pic="{ns["pic"]}">'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def root_attrs(ns: dict) -> str:
    return (
        f'xmlns:w="{ns["w"]}" xmlns:r="{ns["r"]}" xmlns:wp="{ns["wp"]}" '
        f'xmlns:a="{ns["a"]}" xmlns:pic="{ns["pic"]}"'
    )


def document_xml(ns: dict, body: str, sect: str) -> str:
    conformance = ' w:conformance="strict"' if ns["strict"] else ""
    return (
        f"{XML_DECL}<w:document {root_attrs(ns)}{conformance}>"
        f"<w:body>{body}{sect}</w:body></w:document>"
    )


def part_xml(ns: dict, tag: str, body: str) -> str:
    return f"{XML_DECL}<w:{tag} {root_attrs(ns)}>{body}</w:{tag}>"


def styles_xml(ns: dict, base_font: str, size: int) -> str:
    def style(sid: str, name: str, ppr: str = "", rpr: str = "", kind: str = "paragraph") -> str:
        based = '<w:basedOn w:val="Normal"/>' if sid != "Normal" and kind == "paragraph" else ""
        return (
            f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based}'
            f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    body = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{base_font}" w:hAnsi="{base_font}" w:cs="{base_font}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        '<w:lang w:val="en-IN" w:bidi="mr-IN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        + style("Normal", "Normal")
        + style(
            "Title",
            "Title",
            '<w:spacing w:after="80"/>',
            '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:b/><w:sz w:val="44"/>',
        )
        + style(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="200"/>',
            '<w:i/><w:color w:val="404040"/><w:sz w:val="26"/>',
        )
        + style(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/>',
        )
        + style("Caption", "caption", "", '<w:i/><w:color w:val="44546A"/><w:sz w:val="18"/>')
        + style("Header", "header")
        + style("Footer", "footer")
    )
    return part_xml(ns, "styles", body)


def settings_xml(ns: dict) -> str:
    body = (
        '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-IN" w:bidi="mr-IN"/>'
    )
    return part_xml(ns, "settings", body)


def font_table_xml(ns: dict) -> str:
    fonts = "".join(
        f'<w:font w:name="{name}"><w:family w:val="{family}"/></w:font>'
        for name, family in (
            ("Times New Roman", "roman"),
            ("Georgia", "roman"),
            ("Calibri", "swiss"),
            ("Arial", "swiss"),
            ("Mangal", "roman"),
        )
    )
    return part_xml(ns, "fonts", fonts)


def rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels
    )
    return f'{XML_DECL}<Relationships xmlns="{PKG_RELS}">{items}</Relationships>'


def core_xml(title: str, creator: str, modified_by: str, revision: int) -> str:
    return (
        f"{XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        f"<cp:revision>{revision}</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T10:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T12:41:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(ns: dict, company: str, words: int, pages: int) -> str:
    return (
        f'{XML_DECL}<Properties xmlns="{ns["app"]}" xmlns:vt="{ns["vt"]}">'
        f"<Template>Normal.dotm</Template><TotalTime>41</TotalTime><Pages>{pages}</Pages>"
        f"<Words>{words}</Words><Application>Microsoft Office Word</Application>"
        f"<DocSecurity>0</DocSecurity><Company>{escape(company)}</Company>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


def content_types(extra: list[tuple[str, str]]) -> str:
    overrides = [
        ("/word/document.xml", f"{WML_CT}.document.main+xml"),
        ("/word/styles.xml", f"{WML_CT}.styles+xml"),
        ("/word/settings.xml", f"{WML_CT}.settings+xml"),
        ("/word/fontTable.xml", f"{WML_CT}.fontTable+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", APP_CT),
        *extra,
    ]
    items = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides)
    return (
        f'{XML_DECL}<Types xmlns="{CT}">'
        f'<Default Extension="rels" ContentType="{RELS_CT}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{items}</Types>"
    )


def write_package(name: str, parts: dict[str, bytes | str]) -> None:
    path = HERE / name
    with zipfile.ZipFile(path, "w") as zf:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("wrote", path.name)


def base_parts(ns: dict, document: str, doc_rels: list, core: str, app: str, extra_ct: list):
    rel = ns["rel"]
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types(extra_ct),
        "_rels/.rels": rels_xml(
            [
                ("rId1", rel + "officeDocument", "word/document.xml"),
                ("rId2", CORE_REL, "docProps/core.xml"),
                ("rId3", rel + ns["app_rel"], "docProps/app.xml"),
            ]
        ),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": rels_xml(
            [
                ("rId1", rel + "styles", "styles.xml"),
                ("rId2", rel + "settings", "settings.xml"),
                ("rId3", rel + "fontTable", "fontTable.xml"),
                *doc_rels,
            ]
        ),
        "docProps/core.xml": core,
        "docProps/app.xml": app,
    }
    return parts


# ---------------------------------------------------------------- document 1: press note letter

PRESS_NOTE = (
    "docx-municipal-press-note-letter-letterhead-header-logo-outward-number-tab-date-to-the-"
    "editor-block-subject-line-publicity-request-centred-title-photo-caption-label-signature-"
    "copy-to-list-pimpri-chinchwad-stray-dogs.docx"
)

NOTE_BODY = (
    "Pimpri, March 5: The Pimpri Chinchwad Municipal Corporation (PCMC) will sterilise and "
    "vaccinate 18,000 stray dogs in the 2026-27 financial year under its Animal Birth Control "
    "(ABC) programme, and will open two new ABC centres at Moshi and Tathawade by June, "
    "Additional Commissioner Shubhangi Kharat said on Thursday.",
    "According to the dog census carried out by the civic body in January, there are an "
    "estimated 94,000 stray dogs in the city. Of them, about 41,000 have been sterilised since "
    "2019.",
    "The existing centre at Nehrunagar can handle 40 surgeries a day. With the two new centres, "
    "each with 60 kennels, the capacity will go up to 110 surgeries a day. An expenditure of "
    "Rs. 6.8 crore has been provided for the programme in the budget.",
    "\u201cThe numbers will come down only if at least 70 per cent of the dogs in an area are "
    "sterilised within a short period. We will therefore take up the work ward by ward instead "
    "of picking up dogs on complaints,\u201d Ms. Kharat said.",
    "Every sterilised dog will be given an anti-rabies vaccine and marked with a V-shaped notch "
    "on its ear before being released in the same area from where it was picked up, as per the "
    "Animal Birth Control Rules, 2023.",
    "The Veterinary Department has also started a 24x7 helpline, 8888 006 116, for complaints "
    "about dog bites and for citizens who wish to get the dogs in their housing societies "
    "sterilised.",
    "Chief Veterinary Officer Dr. Arun Dagade, officials of the Health Department and "
    "representatives of animal welfare organisations were present at the meeting.",
)


def press_note() -> None:
    ns = TRANSITIONAL
    right_tab = '<w:tab w:val="right" w:pos="9180"/>'
    body = [
        para(
            run("Outward No. PCMC/PRD/Press/412/2026", b=True) + run("\tDate: 05/03/2026", b=True),
            tabs=right_tab,
            after=240,
        ),
        para(run("PRESS NOTE", b=True, u=True, sz=28), jc="center", after=240),
        para(run("To,"), after=0),
        para(run("The Editor / Bureau Chief,"), after=0),
        para(run("All Newspapers, News Channels and News Portals,"), after=0),
        para(run("Pune / Pimpri Chinchwad."), after=240),
        para(
            run("Subject: ", b=True)
            + run(
                "Press note regarding the Animal Birth Control programme for stray dogs in "
                "the city",
                b=True,
                u=True,
            ),
            after=240,
        ),
        para(run("Sir/Madam,")),
        para(
            run(
                "Kindly give wide publicity to the following press note in your esteemed "
                "newspaper / channel / portal."
            ),
            first_line=720,
            after=240,
        ),
        para(
            run(
                "PCMC to sterilise 18,000 stray dogs this year; two new ABC centres at Moshi "
                "and Tathawade",
                b=True,
                sz=28,
            ),
            jc="center",
            after=240,
        ),
    ]
    for text in NOTE_BODY:
        body.append(para(run(text), jc="both", first_line=720))
    body += [
        para(
            picture(
                ns,
                "rId10",
                3,
                "ABC_centre_Nehrunagar.png",
                "Officials and animal welfare volunteers at the ABC centre in Nehrunagar",
                4.2,
                (96, 64),
            ),
            jc="center",
            after=60,
        ),
        para(
            run("Photo caption: ", b=True, i=True)
            + run(
                "Additional Commissioner Shubhangi Kharat reviews the work at the ABC centre in "
                "Nehrunagar on Thursday.",
                i=True,
            ),
            after=0,
        ),
        para(run("Photo: Public Relations Department, PCMC", i=True, sz=18), after=240),
        para(run("***"), jc="center", after=240),
        para(run("Thanking you,"), after=0),
        para(run("Yours faithfully,"), after=0),
        para(picture(ns, "rId11", 4, "sign.png", "", 1.3, (64, 24)), after=0),
        para(run("(Kishor Shinde)", b=True), after=0),
        para(run("Public Relations Officer"), after=0),
        para(run("Pimpri Chinchwad Municipal Corporation"), after=240),
        para(run("Copy to:", b=True, u=True), after=0),
        para(run("1. Hon. Commissioner, PCMC \u2013 for information."), after=0),
        para(run("2. Additional Commissioner (General) \u2013 for information."), after=0),
        para(run("3. Office copy."), after=0),
    ]
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
        '<w:footerReference w:type="default" r:id="rId21"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1134" w:bottom="1134" w:left="1440" w:header="567" '
        'w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    header = "".join(
        [
            para(
                picture(ns, "rId1", 1, "pcmc_logo.png", "PCMC logo", 0.7, (48, 48)),
                jc="center",
                after=0,
            ),
            para(
                run("PIMPRI CHINCHWAD MUNICIPAL CORPORATION", b=True, sz=30, color="1F3864"),
                jc="center",
                after=0,
            ),
            para(
                run(
                    "\u092a\u093f\u0902\u092a\u0930\u0940 \u091a\u093f\u0902\u091a\u0935\u0921 "
                    "\u092e\u0939\u093e\u0928\u0917\u0930\u092a\u093e\u0932\u093f\u0915\u093e",
                    b=True,
                    sz=26,
                    font="Mangal",
                    lang="mr-IN",
                ),
                jc="center",
                after=0,
            ),
            para(
                run(
                    "Public Relations Department, Main Administrative Building, Pimpri, "
                    "Pune \u2013 411 018",
                    sz=18,
                ),
                jc="center",
                after=0,
            ),
            para(
                run("Phone: 020-2742 5511 | E-mail: pr.department@pcmcpress.in", sz=18),
                jc="center",
                after=120,
                border_bottom=True,
            ),
        ]
    )
    footer = "".join(
        [
            para(
                run(
                    "\u0938\u094d\u0935\u091a\u094d\u091b \u092a\u093f\u0902\u092a\u0930\u0940 "
                    "\u091a\u093f\u0902\u091a\u0935\u0921, \u0938\u0941\u0902\u0926\u0930 "
                    "\u092a\u093f\u0902\u092a\u0930\u0940 \u091a\u093f\u0902\u091a\u0935\u0921",
                    sz=16,
                    font="Mangal",
                    lang="mr-IN",
                    color="1F3864",
                ),
                jc="center",
                after=0,
            ),
            para(
                run("Page ", sz=16)
                + field("PAGE", "1")
                + run(" of ", sz=16)
                + field("NUMPAGES", "2"),
                jc="center",
                after=0,
            ),
        ]
    )
    rel = ns["rel"]
    parts = base_parts(
        ns,
        document_xml(ns, "".join(body), sect),
        [
            ("rId10", rel + "image", "media/image2.png"),
            ("rId11", rel + "image", "media/image3.png"),
            ("rId20", rel + "header", "header1.xml"),
            ("rId21", rel + "footer", "footer1.xml"),
        ],
        core_xml("PRESS NOTE", "PRD-PC-07", "PRD-PC-07", 6),
        app_xml(ns, "PCMC", 512, 2),
        [
            ("/word/header1.xml", f"{WML_CT}.header+xml"),
            ("/word/footer1.xml", f"{WML_CT}.footer+xml"),
        ],
    )
    parts["word/styles.xml"] = styles_xml(ns, "Times New Roman", 24)
    parts["word/settings.xml"] = settings_xml(ns)
    parts["word/fontTable.xml"] = font_table_xml(ns)
    parts["word/header1.xml"] = part_xml(ns, "hdr", header)
    parts["word/_rels/header1.xml.rels"] = rels_xml([("rId1", rel + "image", "media/image1.png")])
    parts["word/footer1.xml"] = part_xml(ns, "ftr", footer)
    parts["word/media/image1.png"] = png(48, 48, logo)
    parts["word/media/image2.png"] = png(96, 64, photo_dogs)
    parts["word/media/image3.png"] = png(64, 24, signature)
    write_package(PRESS_NOTE, parts)


# ---------------------------------------------------------------- document 2: Strict Open XML

STRICT_STORY = (
    "docx-strict-open-xml-purl-oclc-namespaces-conformance-strict-title-subtitle-byline-title-"
    "line-bold-colon-dateline-caption-style-credit-line-heading-2-crosshead-highlighted-desk-"
    "note-kasba-peth-wada-collapse.docx"
)

WADA_BEFORE_PHOTO = (
    "The rear portion of a 140-year-old three-storey wada in Kasba Peth collapsed early on "
    "Thursday, hours after the 14 families living in it had been moved out by the fire brigade "
    "following a loud cracking sound from the wooden beams."
)

WADA_BODY = (
    "No one was injured. The front portion of the structure, which houses two shops, has been "
    "sealed, and the lane behind it has been closed to traffic.",
    "Residents said they heard the beams creaking around 1.30 am. \u201cThe plaster started "
    "falling on the staircase. We woke up everyone and came out onto the road with whatever we "
    "could carry,\u201d said Madhav Joglekar, 67, who has lived in the wada since 1981.",
    "The fire brigade, which reached around 2 am, evacuated all the residents. The rear wall and "
    "the wooden floors of the second and third storeys came down at about 4.15 am, said station "
    "officer Vijay Mhetre of the Kasba fire station.",
    None,
    "The Pune Municipal Corporation (PMC) had declared the wada a dangerous structure in its C1 "
    "category in 2023 and served a notice asking the owner to vacate it and either demolish or "
    "repair it.",
    "The owner, Anil Bhide, said the tenants had refused to leave. \u201cI cannot repair a "
    "building that people will not vacate. Most of them pay a rent of \u20b9150 to \u20b9400 a "
    "month under the old rent control law,\u201d he said.",
    "Tenants said they feared they would never get their homes back. \u201cIf we leave, we lose "
    "our rights. Nobody has given us anything in writing about where we will stay and for how "
    "long,\u201d said tenant Rekha Kulkarni.",
    "According to the PMC\u2019s building department, 412 structures in the old city\u2019s "
    "peths have been listed as dangerous this year, 96 of them in the C1 category.",
    "Executive engineer Suhas Dhamale said the families had been given temporary accommodation "
    "in a civic school in Shaniwar Peth and that a structural audit of the remaining portion "
    "would be done by Monday.",
)


def strict_story() -> None:
    ns = STRICT
    body = [
        para(
            run("Part of 140-year-old wada collapses in Kasba Peth; 14 families moved out"),
            style="Title",
        ),
        para(
            run(
                "PMC had declared the structure dangerous in 2023; owner and tenants blame each "
                "other for delay in repairs"
            ),
            style="Subtitle",
        ),
        para(run("By Rashmi Gokhale", b=True), after=0),
        para(run("Senior Correspondent", i=True, color="7F7F7F"), after=240),
        para(run("PUNE: ", b=True) + run(WADA_BEFORE_PHOTO)),
        para(
            picture(
                ns,
                "rId10",
                1,
                "wada_kasba_0503.png",
                "Rubble of the collapsed rear wing of the wada with a wooden staircase hanging "
                "from the remaining wall",
                5.5,
                (110, 70),
            ),
            jc="center",
            after=40,
        ),
        para(
            run("The collapsed rear portion of the wada in Kasba Peth on Thursday morning."),
            style="Caption",
            after=0,
        ),
        para(run("Photo: Sachin Mokashi", sz=16, color="595959"), jc=ns["end"], after=200),
    ]
    for text in WADA_BODY:
        if text is None:
            body.append(para(run("Notice served in 2023"), style="Heading2"))
        else:
            body.append(para(run(text)))
    body += [
        para(
            run(
                "[Desk: owner\u2019s lawyer yet to respond, pls update if he calls back "
                "\u2013 Rashmi]",
                highlight="yellow",
            )
        ),
        para(run("Farhan Shaikh contributed to this report.", i=True)),
        para(run("ENDS"), jc="center"),
    ]
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    rel = ns["rel"]
    parts = base_parts(
        ns,
        document_xml(ns, "".join(body), sect),
        [("rId10", rel + "image", "media/image1.png")],
        core_xml("Wada collapse Kasba Peth", "Rashmi Gokhale", "Rashmi Gokhale", 4),
        app_xml(ns, "The Sahyadri Herald", 468, 2),
        [],
    )
    parts["word/styles.xml"] = styles_xml(ns, "Calibri", 22)
    parts["word/settings.xml"] = settings_xml(ns)
    parts["word/fontTable.xml"] = font_table_xml(ns)
    parts["word/media/image1.png"] = png(110, 70, photo_wada)
    write_package(STRICT_STORY, parts)


def main() -> None:
    press_note()
    strict_story()


if __name__ == "__main__":
    main()

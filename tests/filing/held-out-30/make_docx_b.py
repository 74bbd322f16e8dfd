"""Write the two Word files of this set with Python's standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct; zip entry times and document properties are fixed, so a rerun writes the same bytes.
Run as ``python make_docx_b.py`` from any directory: the files are written next to this script.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 12, 9, 0, 0)

NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# ---------------------------------------------------------------------------------------------
# Pictures


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """A small vertical-gradient PNG."""
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        px = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\x00" + px * width)
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def sketch_png(width: int, height: int) -> bytes:
    """A white square with a few dark strokes, standing in for a handwritten drawing."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            on = (abs(x - y) < 2) or (abs(x + y - width) < 2) or (y == height // 2)
            row += b"\x22\x22\x22" if on else b"\xff\xff\xff"
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------------
# WordprocessingML building blocks


def run(
    text: str,
    *,
    b: bool = False,
    i: bool = False,
    sz: int | None = None,
    color: str | None = None,
    lang: str | None = None,
    highlight: str | None = None,
    font: str | None = None,
) -> str:
    props = []
    if font:
        props.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if b:
        props.append("<w:b/><w:bCs/>")
    if i:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if sz:
        props.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    if lang:
        props.append(f'<w:lang w:val="{lang}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    *runs: str,
    style: str | None = None,
    jc: str | None = None,
    after: int | None = None,
    keep_next: bool = False,
) -> str:
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if after is not None:
        props.append(f'<w:spacing w:after="{after}"/>')
    if jc:
        props.append(f'<w:jc w:val="{jc}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def drawing(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    """An inline picture run; descr is the picture's alt text ('' for none)."""
    descr_attr = f" descr={quoteattr(descr)}" if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f"<wp:docPr id={quoteattr(str(pid))} name={quoteattr(name)}{descr_attr}/>"
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        "<pic:pic>"
        f"<pic:nvPicPr><pic:cNvPr id={quoteattr(str(pid))} name={quoteattr(name)}/>"
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def document_xml(body: list[str], *, sect: str) -> str:
    return XML_HEAD + f"<w:document {NS}><w:body>" + "".join(body) + sect + "</w:body></w:document>"


SECT_A4 = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
    'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
)


def styles_xml(extra: str, *, font: str, lang: str) -> str:
    return (
        XML_HEAD
        + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>" + extra + "</w:styles>"
    )


WORD_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="80"/></w:pPr>'
    '<w:rPr><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>'
    '</w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="120"/></w:pPr>'
    '<w:rPr><w:i/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
)


def settings_xml() -> str:
    return (
        XML_HEAD
        + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )


def font_table_xml(fonts: list[str]) -> str:
    inner = "".join(f'<w:font w:name="{f}"/>' for f in fonts)
    return (
        XML_HEAD
        + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + inner
        + "</w:fonts>"
    )


def core_xml(title: str, creator: str, modified_by: str) -> str:
    return (
        XML_HEAD + "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-12T06:40:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-12T07:05:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application: str, version: str) -> str:
    return (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties">'
        f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
        f"<AppVersion>{version}</AppVersion></Properties>"
    )


def content_types() -> str:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
        f'<Override PartName="/word/fontTable.xml" ContentType="{wml}.fontTable+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


def package_rels() -> str:
    return (
        XML_HEAD + f'<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def document_rels(images: list[str]) -> str:
    rels = [
        f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>',
        f'<Relationship Id="rId3" Type="{REL}/fontTable" Target="fontTable.xml"/>',
    ]
    for n, name in enumerate(images, start=10):
        rels.append(f'<Relationship Id="rId{n}" Type="{REL}/image" Target="media/{name}"/>')
    return XML_HEAD + f'<Relationships xmlns="{PKG}">' + "".join(rels) + "</Relationships>"


def write_docx(path: Path, parts: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


EMU_CM = 360000


# ---------------------------------------------------------------------------------------------
# 1. The Lubombo correspondent's file: siSwati paragraphs, each followed by its English


GREY = "7F7F7F"
SS = "ss-SZ"
EN = "en-GB"


def ss_para(text: str, **kw: object) -> str:
    """A siSwati paragraph: grey, tagged as siSwati."""
    style = kw.get("style")
    italic = bool(kw.get("i"))
    bold = bool(kw.get("b"))
    return para(
        run(text, color=GREY, lang=SS, i=italic, b=bold),
        style=style if isinstance(style, str) else None,
    )


def en_para(text: str, **kw: object) -> str:
    style = kw.get("style")
    italic = bool(kw.get("i"))
    bold = bool(kw.get("b"))
    return para(
        run(text, lang=EN, i=italic, b=bold),
        style=style if isinstance(style, str) else None,
    )


PAIRS_A = [
    (
        "SITEKI – Imindeni lengu-420 etigodzini letintsatfu eduze neSiteki ayisahambi "
        "emakhilomitha lasitfupha iyokukha emanti, ngemuva kwekutsi kuvulwe imigodzi "
        "lemitsatfu lemisha yemanti ngeLesine.",
        "SITEKI – About 420 households in three villages near Siteki no longer have to walk "
        "six kilometres to fetch water, after three new solar-powered boreholes were switched "
        "on on Thursday.",
    ),
    (
        "Lomsebenti ubite emalangeni langu-1.9 million. Imali ivela esikhwameni "
        "senkhundla yaseSiteki kanye nasebandleni laseJalimane.",
        "The E1.9 million project was paid for by the Siteki Inkhundla development fund and a "
        "partner church in Germany, and built over five months by a contractor from Manzini.",
    ),
]

PAIRS_B = [
    (
        "Bomake labanyenti bebavuka ngehora lesine ekuseni kute bafike emfuleni bantfwana "
        "babo basengakayi esikolweni.",
        "Until this week many women in Maphungwane, Mafucula and Nkilongo woke at 4am to walk "
        "to the Mbuluzi River and back before their children left for school, carrying "
        "25-litre containers on their heads.",
    ),
    (
        "“Besihamba emahora lamatsatfu onkhe emalanga,” kusho Make Sibongile Sihlongonyane. "
        "“Nyalo emanti asemnyango.”",
        "“We walked three hours every single day,” said Make Sibongile Sihlongonyane, a mother "
        "of five. “Now the water is at the door. I can use those hours to work in my garden.”",
    ),
    (
        "Umgodzi ngamunye unelipompi lelisebentisa lilanga kanye nelitangi lemanti "
        "lelingemalitha langu-10,000.",
        "Each borehole has a solar pump that fills a 10,000-litre tank, and the water is piped "
        "to 12 standpipes, so that no household is more than 500 metres from a tap.",
    ),
    (
        "Likomidi lemanti lelikhetfwe emphakatsini litawutsatsa imali lencane emndenini "
        "ngamunye yekulungisa emapompi.",
        "A water committee elected at the umphakatsi will collect E10 a month from each "
        "household to pay for repairs, and two young men from the villages have been trained "
        "to maintain the pumps.",
    ),
]

PAIRS_C = [
    (
        "Indvuna yenkhundla, Mandla Simelane, itsite kusenemindeni lengu-1,100 enkhundleni "
        "lesahamba emabanga lamadze kuyokukha emanti.",
        "The Siteki indvuna yenkhundla, Mandla Simelane, said about 1,100 more households in "
        "the constituency still walked long distances for water, and that the fund would pay "
        "for two more boreholes next year.",
    ),
    (
        "Emakhaya lamanye eSiteki asatawuhlala ematsembile emfuleni kuze kube ngumnyaka lotako.",
        "Until then, families in the other villages of the constituency will go on relying on "
        "the river and on a municipal tanker that visits twice a week.",
    ),
]


def build_siteki() -> None:
    name = (
        "docx-lubombo-correspondent-file-siswati-paragraphs-each-followed-by-english-"
        "grey-ss-sz-runs-siswati-title-above-english-title-ngu-by-byline-paired-sitfombe-"
        "captions-highlighted-desk-note-siteki-boreholes.docx"
    )
    cm = EMU_CM
    body = [
        para(
            run(
                "NOTE TO DESK: siSwati first (for Lilanga), English under each paragraph for "
                "the Courier. Please use only the English on the website. Two pictures from "
                "my phone, captions under each. – Sipho",
                b=True,
                highlight="yellow",
                lang=EN,
            )
        ),
        para(
            run(
                "SLUG: SITEKI BOREHOLES / Sipho Mamba / Lubombo / 610 words (English)",
                color=GREY,
                sz=18,
                lang=EN,
            )
        ),
        ss_para(
            "Imigodzi lemisha yemanti icedza luhambo lwemakhilomitha lasitfupha", style="Title"
        ),
        en_para(
            "New boreholes end the six-kilometre walk for water in three Siteki villages",
            style="Title",
        ),
        ss_para(
            "Emanti asesondzele etindlini letingu-420 eMaphungwane, eMafucula naseNkilongo", i=True
        ),
        en_para(
            "The E1.9 million solar-powered boreholes bring water to within 500 metres of "
            "420 households in Maphungwane, Mafucula and Nkilongo",
            i=True,
        ),
        para(run("Ngu / By Sipho Mamba", b=True, lang=EN)),
    ]
    for ss, en in PAIRS_A:
        body.append(ss_para(ss))
        body.append(en_para(en))
    body.append(
        para(
            drawing(
                "rId10",
                1,
                "Picture 1",
                "Women fill yellow containers at a standpipe beside a green water tank",
                int(15 * cm),
                int(10 * cm),
            ),
            jc="center",
            keep_next=True,
        )
    )
    body.append(
        para(
            run(
                "Sitfombe 1: Bomake bagcwalisa emabhakede emanti emgodzini lomusha "
                "eMaphungwane ngeLesine. (Sitfombe: Sipho Mamba)",
                color=GREY,
                lang=SS,
            ),
            style="Caption",
        )
    )
    body.append(
        para(
            run(
                "Picture 1: Women fill 25-litre containers at the new borehole at Maphungwane "
                "on Thursday. (Photo: Sipho Mamba)",
                lang=EN,
            ),
            style="Caption",
        )
    )
    body.append(ss_para("Luhambo lwemakhilomitha lasitfupha", style="Heading2"))
    body.append(en_para("A six-kilometre walk", style="Heading2"))
    for ss, en in PAIRS_B:
        body.append(ss_para(ss))
        body.append(en_para(en))
    body.append(
        para(
            drawing("rId11", 2, "Picture 2", "", int(15 * cm), int(10 * cm)),
            jc="center",
            keep_next=True,
        )
    )
    body.append(
        para(
            run(
                "Sitfombe 2: Bheki Sihlongonyane, sihlalo selikomidi lemanti, ufundza imitha "
                "yelipompi. (Sitfombe: Yinkhundla yaseSiteki)",
                color=GREY,
                lang=SS,
            ),
            style="Caption",
        )
    )
    body.append(
        para(
            run(
                "Picture 2: Bheki Sihlongonyane, chairman of the Maphungwane water committee, "
                "reads the meter on the solar pump. (Courtesy of Siteki Inkhundla)",
                lang=EN,
            ),
            style="Caption",
        )
    )
    for ss, en in PAIRS_C:
        body.append(ss_para(ss))
        body.append(en_para(en))
    body.append(ss_para("Kubika lokwengetiwe nguNokwanda Dlamini eMbabane.", i=True))
    body.append(en_para("Additional reporting by Nokwanda Dlamini in Mbabane.", i=True))
    body.append(para(run("-KUPHELILE- / -ENDS-", b=True, lang=EN), jc="center"))

    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": package_rels(),
        "docProps/core.xml": core_xml("SITEKI BOREHOLES", "Sipho Mamba", "Sipho Mamba"),
        "docProps/app.xml": app_xml("Microsoft Office Word", "16.0000"),
        "word/document.xml": document_xml(body, sect=SECT_A4),
        "word/_rels/document.xml.rels": document_rels(["image1.png", "image2.png"]),
        "word/styles.xml": styles_xml(WORD_STYLES, font="Calibri", lang=EN),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(["Calibri", "Times New Roman"]),
        "word/media/image1.png": png(48, 32, (70, 130, 180), (160, 120, 60)),
        "word/media/image2.png": png(48, 32, (200, 200, 190), (60, 90, 60)),
    }
    write_docx(HERE / name, parts)


# ---------------------------------------------------------------------------------------------
# 2. The Shiselweni correspondent's phone note, exported from Samsung Notes to Word

NOTE_FONT = "SamsungOne"


def note(text: str, **kw: object) -> str:
    """A note paragraph: direct formatting only, as the export writes it."""
    return para(
        run(
            text,
            b=bool(kw.get("b")),
            i=bool(kw.get("i")),
            sz=kw.get("sz") if isinstance(kw.get("sz"), int) else None,
            color=kw.get("color") if isinstance(kw.get("color"), str) else None,
            font=NOTE_FONT,
        ),
        after=0,
    )


def blank() -> str:
    return para(after=0)


STORY_1 = [
    "MAHAMBA – A hailstorm that lasted less than 20 minutes tore the roofs off 64 homes and "
    "damaged two schools in the Mahamba area near Nhlangano on Wednesday afternoon, leaving "
    "about 300 people without shelter.",
    "Hailstones the size of golf balls fell from about 3.30pm, residents said, followed by "
    "strong winds that lifted corrugated iron sheets and carried some of them more than 100 "
    "metres.",
]

STORY_2 = [
    "Two people, an elderly man and a 12-year-old girl, were treated at Mahamba Clinic for "
    "cuts from falling sheets and broken windows. Neither was seriously hurt, a nurse at the "
    "clinic said.",
    "“Sesiphila ngemusa wabomakhelwane,” said Make Nomsa Dlamini, whose four-roomed house "
    "lost its whole roof – we are living by the kindness of our neighbours. “My children "
    "slept at my sister’s house. Tonight we do not know.”",
    "About 80 people spent Wednesday night in the Mahamba Methodist church hall, and classes "
    "at Mahamba Primary School were suspended on Thursday so that families could shelter in "
    "two classrooms.",
]

STORY_3 = [
    "The regional disaster management officer for Shiselweni, Thulani Nkambule, said a team "
    "had assessed the damage on Thursday morning and that tarpaulins and blankets would be "
    "delivered to all affected families by Friday.",
    "“The first need is to cover the houses before the next rain,” he said. “Then we will "
    "look at which families need roofing material and which can repair with help from the "
    "community.”",
]

STORY_4 = [
    "The weather service had warned on Tuesday of severe thunderstorms with hail over the "
    "Shiselweni and Lubombo regions.",
    "The chairperson of the Mahamba community development committee, Sabelo Zwane, said "
    "residents would meet on Saturday to organise work teams to help elderly people repair "
    "their homes.",
]


def build_mahamba() -> None:
    name = (
        "docx-samsung-notes-export-to-word-phone-note-title-and-date-line-checklist-glyphs-"
        "direct-formatting-bold-large-headline-voice-recording-icon-gallery-pictures-no-alt-"
        "handwritten-sketch-mahamba-hailstorm.docx"
    )
    cm = EMU_CM
    body = [
        note("Mahamba hail 12 Mar", b=True, sz=40),
        note("12 March 2026 18:47", sz=18, color="8C8C8C"),
        blank(),
        note("☑ Call Shiselweni disaster management officer (done, Nkambule)"),
        note("☑ Clinic numbers"),
        note("☐ Get the school’s photo of the hailstones"),
        note("☐ Ask Red Cross how many tarpaulins"),
        blank(),
        note("Hailstorm rips roofs off 64 homes near Mahamba", b=True, sz=32),
        note(
            "Families sleep in a church hall and classrooms as officials promise tarpaulins by "
            "Friday",
            i=True,
            sz=24,
        ),
        note("By Bongani Dlamini", b=True),
        blank(),
    ]
    for text in STORY_1:
        body += [note(text), blank()]
    body.append(
        para(drawing("rId10", 1, "20260311_160412.jpg", "", int(14 * cm), int(10.5 * cm)), after=0)
    )
    body.append(
        note(
            "Pic 1: Residents gather roofing sheets blown off homes at Mahamba on "
            "Wednesday. (Pic: Bongani Dlamini)",
            i=True,
        )
    )
    body.append(blank())
    for text in STORY_2:
        body += [note(text), blank()]
    body.append(
        para(
            drawing("rId11", 2, "Voice 001", "Voice recording", int(0.8 * cm), int(0.8 * cm)),
            run("  Voice 001.m4a  02:14", sz=18, color="8C8C8C", font=NOTE_FONT),
            after=0,
        )
    )
    body.append(blank())
    body.append(note("Help on the way", b=True))
    body.append(blank())
    for text in STORY_3:
        body += [note(text), blank()]
    body.append(
        para(
            drawing("rId12", 3, "IMG-20260311-WA0007.jpg", "", int(14 * cm), int(10.5 * cm)),
            after=0,
        )
    )
    body.append(
        note(
            "Pic 2: Hailstones collected by learners at Mahamba Primary School after "
            "the storm. (Pic courtesy of Mahamba Primary School)",
            i=True,
        )
    )
    body.append(blank())
    for text in STORY_4:
        body += [note(text), blank()]
    body.append(
        note(
            "sketch for graphics – where the damaged homesteads are, NOT for printing",
            color="C00000",
        )
    )
    body.append(para(drawing("rId13", 4, "Drawing 1", "", int(8 * cm), int(8 * cm)), after=0))
    body.append(blank())
    body.append(note("ENDS"))
    body.append(note("Contacts: Nkambule 7600 0000 / Zwane 7800 0000 / clinic 2207 0000"))

    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": package_rels(),
        "docProps/core.xml": core_xml("Mahamba hail 12 Mar", "Galaxy A34", "Galaxy A34"),
        "docProps/app.xml": app_xml("Samsung Notes", "4.4"),
        "word/document.xml": document_xml(body, sect=SECT_A4),
        "word/_rels/document.xml.rels": document_rels(
            ["image1.png", "image2.png", "image3.png", "image4.png"]
        ),
        "word/styles.xml": styles_xml("", font=NOTE_FONT, lang=EN),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml([NOTE_FONT]),
        "word/media/image1.png": png(48, 36, (120, 130, 140), (90, 70, 50)),
        "word/media/image2.png": png(8, 8, (230, 60, 60), (230, 60, 60)),
        "word/media/image3.png": png(48, 36, (235, 235, 240), (170, 175, 185)),
        "word/media/image4.png": sketch_png(40, 40),
    }
    write_docx(HERE / name, parts)


def main() -> None:
    build_siteki()
    build_mahamba()


if __name__ == "__main__":
    main()

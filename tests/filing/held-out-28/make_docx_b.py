"""Write the two Word files of filing set h28 (part b) with the standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct. Zip entry times and document properties are fixed, so a rerun writes the same bytes.
Run it from any directory: ``python make_docx_b.py``.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 5, 9, 0, 0)

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
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OD_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EMU_PER_PX = 9525


# ---------------------------------------------------------------- pictures


def png(width: int, height: int, pixel) -> bytes:
    """A truecolour PNG whose pixel(x, y) gives an (r, g, b) tuple."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def photo(width: int, height: int, top: tuple, bottom: tuple, band: tuple) -> bytes:
    """A photograph stand-in: a vertical gradient with a darker band across the lower third."""

    def pixel(x: int, y: int) -> tuple:
        t = y / (height - 1)
        base = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        if height * 0.62 < y < height * 0.78 and (x // 9) % 3:
            return band
        return base

    return png(width, height, pixel)


def scanned_page(width: int, height: int) -> bytes:
    """A scanned A4 letter: off-white paper, a letterhead block, lines of text, a stamp."""

    def pixel(x: int, y: int) -> tuple:
        paper = (246, 244, 238)
        if 14 <= y <= 30 and width * 0.3 <= x <= width * 0.7:
            return (40, 40, 40)
        on_line = 60 <= y <= height * 0.78 and (y - 60) % 9 < 2 and 18 <= x <= width - 18
        if on_line and (x * 7 + y * 3) % 23 < 17:
            return (70, 70, 70)
        cx, cy = width * 0.72, height * 0.86
        if 160 <= (x - cx) ** 2 + (y - cy) ** 2 <= 260:
            return (60, 80, 160)
        return paper

    return png(width, height, pixel)


def inline_picture(rid: str, pid: int, name: str, descr: str, cx_px: int, cy_px: int) -> str:
    cx, cy = cx_px * EMU_PER_PX, cy_px * EMU_PER_PX
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr, {chr(34): "&quot;"})}"/>'
        "<wp:cNvGraphicFramePr>"
        '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ---------------------------------------------------------------- runs and paragraphs


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = "",
    size: int = 0,
    lang: str = "",
    highlight: str = "",
) -> str:
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if lang:
        props += f'<w:lang w:val="{lang}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(instr: str, result: str, lang: str = "") -> str:
    inner = f'<w:lang w:val="{lang}"/>' if lang else ""
    rpr = f"<w:rPr>{inner}</w:rPr>" if inner else ""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:rPr><w:noProof/>{inner}</w:rPr><w:t>{escape(result)}</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def para(body: str, *, style: str = "", jc: str = "", extra: str = "", pid: str = "") -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += extra
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    attrs = f' w14:paraId="{pid}" w14:textId="77777777"' if pid else ""
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p{attrs}>{ppr_xml}{body}</w:p>"


def document(body: str, sect: str) -> str:
    return f"{XML_HEAD}<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"


def sect_pr(refs: str = "", margins: str = "", kind: str = "") -> str:
    mar = margins or (
        '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" '
        'w:footer="709" w:gutter="0"/>'
    )
    typ = f'<w:type w:val="{kind}"/>' if kind else ""
    return (
        f'<w:sectPr>{refs}{typ}<w:pgSz w:w="11906" w:h="16838"/>{mar}'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


# ---------------------------------------------------------------- package parts


def rels(items: list[tuple[str, str, str]], external: tuple = ()) -> str:
    out = [f'{XML_HEAD}<Relationships xmlns="{REL_NS}">']
    for rid, kind, target in items:
        mode = ' TargetMode="External"' if rid in external else ""
        out.append(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(overrides: list[tuple[str, str]]) -> str:
    out = [
        XML_HEAD,
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        '<Default Extension="png" ContentType="image/png"/>',
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
    ]
    for part, kind in overrides:
        out.append(f'<Override PartName="{part}" ContentType="{kind}"/>')
    out.append("</Types>")
    return "".join(out)


WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
BASE_OVERRIDES = [
    ("/word/document.xml", f"{WML}.document.main+xml"),
    ("/word/styles.xml", f"{WML}.styles+xml"),
    ("/word/settings.xml", f"{WML}.settings+xml"),
    ("/word/webSettings.xml", f"{WML}.webSettings+xml"),
    ("/word/fontTable.xml", f"{WML}.fontTable+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]

PACKAGE_RELS = rels(
    [
        ("rId3", f"{OD_REL}/extended-properties", "docProps/app.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        ("rId1", f"{OD_REL}/officeDocument", "word/document.xml"),
    ]
)


def core(title: str, creator: str, modified_by: str, created: str, modified: str) -> str:
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:subject></dc:subject>"
        f"<dc:creator>{escape(creator)}</dc:creator><cp:keywords></cp:keywords>"
        f"<dc:description></dc:description><cp:lastModifiedBy>{escape(modified_by)}"
        "</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(pages: int, words: int, company: str) -> str:
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><TotalTime>94</TotalTime>"
        f"<Pages>{pages}</Pages><Words>{words}</Words>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>40</Lines><Paragraphs>18</Paragraphs><Company>{escape(company)}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    )


WEB_SETTINGS = (
    f'{XML_HEAD}<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
    'main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
)


def font_table() -> str:
    fonts = [
        ("Calibri", "020F0502020204030204"),
        ("Times New Roman", "02020603050405020304"),
        ("Calibri Light", "020F0302020204030204"),
    ]
    out = [
        f'{XML_HEAD}<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
        '2006/main">'
    ]
    for name, panose in fonts:
        out.append(
            f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="A1"/>'
            '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        )
    out.append("</w:fonts>")
    return "".join(out)


def settings(lang: str) -> str:
    return (
        f'{XML_HEAD}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
        'main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'mc:Ignorable="w14"><w:zoom w:percent="110"/><w:proofState w:spelling="clean" '
        'w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
        'w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{lang}"/><w:decimalSymbol w:val=","/>'
        '<w:listSeparator w:val=";"/></w:settings>'
    )


def style(kind: str, sid: str, name: str, body: str = "", *, default: bool = False) -> str:
    dflt = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="{kind}"{dflt} w:styleId="{sid}"><w:name w:val="{escape(name)}"/>'
        f"{body}</w:style>"
    )


def styles(lang: str, entries: list[str]) -> str:
    return (
        f'{XML_HEAD}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
        'main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>" + "".join(entries) + "</w:styles>"
    )


def write_docx(path: Path, parts: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ================================================================ Paphos: Greek-locale Word

# A Greek-language Word stores the built-in styles under their English names but derives the
# style ids from the localized names, so the ids lose every Greek letter: "a" for Normal,
# "a3" for Title, "2" for heading 2; linked character styles keep localized names ("Char").
EL_STYLES = [
    style(
        "paragraph",
        "a",
        "Normal",
        '<w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr>',
        default=True,
    ),
    style("character", "a0", "Default Paragraph Font", "<w:uiPriority w:val='1'/>", default=True),
    style(
        "table",
        "a1",
        "Normal Table",
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
        default=True,
    ),
    style("numbering", "a2", "No List", "", default=True),
    style(
        "paragraph",
        "a3",
        "Title",
        '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="Char"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>'
        '<w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:hAnsiTheme="majorHAnsi"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>'
        "</w:rPr>",
    ),
    style(
        "character",
        "Char",
        "Τίτλος Char",
        '<w:basedOn w:val="a0"/><w:link w:val="a3"/><w:rPr><w:sz w:val="52"/></w:rPr>',
    ),
    style(
        "paragraph",
        "a5",
        "Subtitle",
        '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="Char0"/><w:qFormat/>'
        '<w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="595959"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
    ),
    style(
        "character",
        "Char0",
        "Υπότιτλος Char",
        '<w:basedOn w:val="a0"/><w:link w:val="a5"/><w:rPr><w:color w:val="595959"/></w:rPr>',
    ),
    style(
        "paragraph",
        "2",
        "heading 2",
        '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="2Char"/><w:uiPriority '
        'w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:spacing w:before="240" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>'
        '</w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
    ),
    style(
        "character",
        "2Char",
        "Επικεφαλίδα 2 Char",
        '<w:basedOn w:val="a0"/><w:link w:val="2"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
    ),
    style(
        "paragraph",
        "a6",
        "caption",
        '<w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="35"/>'
        '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="200" w:line="240" '
        'w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:i/><w:iCs/>'
        '<w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    style(
        "paragraph",
        "a7",
        "footer",
        '<w:basedOn w:val="a"/><w:link w:val="Char1"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
        '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr>',
    ),
    style("character", "Char1", "Υποσέλιδο Char", '<w:basedOn w:val="a0"/><w:link w:val="a7"/>'),
]

GB = "en-GB"


def gb(text: str, **kw) -> str:
    return run(text, lang=GB, **kw)


def el_caption(number: str, text: str) -> str:
    # Word's Insert Caption in Greek: the label "Εικόνα" and a SEQ field, then the typed text.
    return para(
        run("Εικόνα ", lang="el-GR")
        + field("SEQ Εικόνα \\* ARABIC", number, lang="el-GR")
        + gb(": " + text),
        style="a6",
    )


def paphos_document() -> str:
    body = [
        para(
            run(
                "ΠΑΦΟΣ / title deeds ruling / 610 words / 2 pics – Κώστας",
                color="808080",
                lang="el-GR",
            )
        ),
        para(
            gb("Paphos court orders developer to pay €186,000 to British couple over title deeds"),
            style="a3",
        ),
        para(
            gb(
                "Judge rules that Coral Horizon Developers breached a 2007 contract by mortgaging "
                "the land under the couple’s villa in Peyia"
            ),
            style="a5",
        ),
        para(gb("By Costas Pittas", bold=True), jc="left"),
        para(
            gb("PAPHOS – ", bold=True)
            + gb(
                "A Paphos district court judge has ordered a property developer to pay €186,000 "
                "in damages and costs to a British couple who have waited 18 years for the title "
                "deed to the villa they bought in Peyia."
            )
        ),
        para(
            gb(
                "Judge Eleni Hadjiantoniou ruled on Wednesday that Coral Horizon Developers Ltd "
                "breached its 2007 contract with Graham and Pauline Hartley by mortgaging the plot "
                "on which their villa stands to secure a €2.4 million bank loan, a year after the "
                "couple had paid the full price of €312,000."
            )
        ),
        para(
            gb(
                "The bank, which has since sold the loan to a credit acquiring company, holds a "
                "charge on the land, and the Hartleys cannot be issued with a title deed until it "
                "is lifted."
            )
        ),
        para(
            run("«", lang="el-GR")
            + gb(
                "The defendant knew, or ought to have known, that by encumbering the property it "
                "made the transfer of the title impossible for an indefinite time,"
            )
            + run("»", lang="el-GR")
            + gb(" the judge wrote in her 46-page decision.")
        ),
        para(
            gb(
                "The court awarded the couple €148,000 in damages for the loss of value of the "
                "property and €38,000 in legal costs, and ordered the company to pay interest at 3 "
                "per cent from 2019, when the couple filed the action."
            )
        ),
        para(
            inline_picture(
                "rId8",
                1,
                "Εικόνα 1",
                "Graham and Pauline Hartley outside their villa in Peyia",
                400,
                267,
            ),
            jc="center",
        ),
        el_caption("1", "Graham and Pauline Hartley outside their villa in Peyia on Thursday."),
        para(gb("Photo: Costas Pittas/The Ledra Herald"), style="a6", jc="right"),
        para(
            gb(
                "Pauline Hartley, 71, said the couple had spent more than €40,000 on lawyers since "
                "2012. "
            )
            + run("«", lang="el-GR")
            + gb(
                "We are pleased, but we still don’t have the deed, and that is what we came to "
                "Cyprus for,"
            )
            + run("»", lang="el-GR")
            + gb(" she said.")
        ),
        para(
            gb(
                "A lawyer for the company, Andreas Kouloumis, said it would appeal. He said the "
                "company had offered to pay off the part of the loan secured on the Hartleys’ "
                "plot, but that the bank had refused to release the charge."
            )
        ),
        para(gb("Thousands still waiting"), style="2"),
        para(
            gb(
                "Thousands of foreign buyers in the Paphos district bought homes during the "
                "property boom of the 2000s on land that developers later mortgaged. A 2015 law "
                "allows the Land Registry to transfer title to buyers who paid in full, but the "
                "procedure cannot be used while a developer’s loan is in dispute in court."
            )
        ),
        para(
            gb(
                "The Hartleys’ lawyer, Niki Ioannou, said she would ask the court to order the "
                "bank to release the charge once the judgment was final."
            )
        ),
        para(inline_picture("rId9", 2, "Εικόνα 2", "", 400, 267), jc="center"),
        el_caption("2", "The Paphos district court building."),
        para(gb("Photo: Christos Theodorides/The Ledra Herald"), style="a6", jc="right"),
        para(gb("Additional reporting by Maria Efthymiou in Nicosia.", italic=True)),
        para(run("ΤΕΛΟΣ", bold=True, lang="el-GR"), jc="center"),
    ]
    sect = sect_pr('<w:footerReference w:type="default" r:id="rId7"/>')
    return document("".join(body), sect)


def paphos_footer() -> str:
    return (
        f"{XML_HEAD}<w:ftr {NS}>"
        + para(
            run("Σελίδα ", lang="el-GR")
            + field("PAGE \\* Arabic \\* MERGEFORMAT", "1")
            + run(" από ", lang="el-GR")
            + field("NUMPAGES \\* Arabic \\* MERGEFORMAT", "2"),
            style="a7",
            jc="center",
        )
        + "</w:ftr>"
    )


def write_paphos() -> Path:
    name = (
        "docx-greek-locale-word-letter-stripped-style-ids-localized-char-style-names-el-gr-"
        "autoformat-guillemets-in-english-quotes-eikona-seq-captions-page-x-of-y-footer-telos-"
        "paphos-title-deeds-ruling.docx"
    )
    doc_rels = rels(
        [
            ("rId1", f"{OD_REL}/styles", "styles.xml"),
            ("rId2", f"{OD_REL}/settings", "settings.xml"),
            ("rId3", f"{OD_REL}/webSettings", "webSettings.xml"),
            ("rId4", f"{OD_REL}/fontTable", "fontTable.xml"),
            ("rId7", f"{OD_REL}/footer", "footer1.xml"),
            ("rId8", f"{OD_REL}/image", "media/image1.png"),
            ("rId9", f"{OD_REL}/image", "media/image2.png"),
        ]
    )
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types(
            [*BASE_OVERRIDES, ("/word/footer1.xml", f"{WML}.footer+xml")]
        ),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": paphos_document(),
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": styles("el-GR", EL_STYLES),
        "word/settings.xml": settings("el-GR"),
        "word/webSettings.xml": WEB_SETTINGS,
        "word/fontTable.xml": font_table(),
        "word/footer1.xml": paphos_footer(),
        "word/media/image1.png": photo(160, 107, (196, 214, 232), (214, 190, 150), (120, 96, 70)),
        "word/media/image2.png": photo(160, 107, (180, 196, 214), (150, 150, 140), (90, 90, 96)),
        "docProps/core.xml": core(
            "", "Κώστας Πίττας", "Κώστας Πίττας", "2026-03-04T15:12:00Z", "2026-03-05T08:41:00Z"
        ),
        "docProps/app.xml": app(2, 610, ""),
    }
    path = HERE / name
    write_docx(path, parts)
    return path


# ================================================================ Agros: scanned letter first

EN_STYLES = [
    style(
        "paragraph",
        "Normal",
        "Normal",
        '<w:qFormat/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>',
        default=True,
    ),
    style("character", "DefaultParagraphFont", "Default Paragraph Font", "", default=True),
    style("numbering", "NoList", "No List", "", default=True),
    style(
        "paragraph",
        "Header",
        "header",
        '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
        '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:spacing w:after="0"/></w:pPr>',
    ),
    style(
        "paragraph",
        "Footer",
        "footer",
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:sz w:val="16"/></w:rPr>',
    ),
]


def agros_document() -> str:
    zero = (
        '<w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" '
        'w:gutter="0"/>'
    )
    first_section = sect_pr(margins=zero)
    body = [
        # Page 1: the signed Greek announcement, scanned at the council office and inserted as a
        # full-page picture; the section ends here with no margins.
        para(
            inline_picture("rId8", 1, "Picture 1", "", 794, 1123),
            extra=f'<w:spacing w:after="0"/>{first_section}',
        ),
        # Page 2: the English text typed for the English-language press.
        para(
            run("Αρ. Φακ.: 4.12.03/26", size=20, lang="el-GR")
            + "<w:r><w:tab/></w:r>"
            + run("Αγρός, 4 Μαρτίου 2026", size=20, lang="el-GR"),
            extra='<w:tabs><w:tab w:val="right" w:pos="9298"/></w:tabs>',
        ),
        para(run("Προς: Συντάκτες εφημερίδων / To: Newspaper editors", bold=True, lang="el-GR")),
        para(
            run(
                "English text for publication. The signed announcement in Greek is on the first "
                "page.",
                italic=True,
                lang=GB,
            )
        ),
        para(""),
        para(
            run(
                "Agros to replant its historic rose terraces with €180,000 grant",
                bold=True,
                size=32,
                lang=GB,
            ),
            jc="center",
        ),
        para(
            run(
                "Forty terraces abandoned since the 1980s will be restored and planted with 3,000 "
                "Damask roses for the village’s rose water producers",
                italic=True,
                lang=GB,
            ),
            jc="center",
        ),
        para(""),
        para(
            gb(
                "The Agros Community Council will restore 40 stone terraces above the village that "
                "were once planted with roses, using a €180,000 grant from the rural development "
                "programme, the council announced on Wednesday."
            ),
            jc="both",
        ),
        para(
            gb(
                "The terraces, on the slopes below the chapel of Profitis Ilias, were abandoned in "
                "the 1980s as younger families moved to Limassol and Nicosia, and many of their "
                "dry-stone walls have since collapsed."
            ),
            jc="both",
        ),
        para(
            gb(
                "Work will begin in April with the rebuilding of about 1.2 kilometres of walls by "
                "local stonemasons, followed in the autumn by the planting of 3,000 Damask roses "
                "(Rosa damascena), the variety used by the village’s producers of rose water and "
                "rose liqueur."
            ),
            jc="both",
        ),
        para(
            inline_picture(
                "rId9", 2, "Picture 2", "Collapsed dry-stone terrace walls on a hillside", 420, 280
            ),
            jc="center",
        ),
        para(
            gb("The abandoned rose terraces below the chapel of Profitis Ilias.", italic=True),
            jc="center",
        ),
        para(
            run("Φωτογραφία: Κοινοτικό Συμβούλιο Αγρού / Photo: Agros Community Council", size=18),
            jc="center",
        ),
        para(
            gb(
                "The council will lease the restored terraces at a nominal rent to young farmers "
                "from the village, on condition that they sell their flowers to the producers of "
                "Agros."
            ),
            jc="both",
        ),
        para(
            gb(
                "“Every May our producers have to buy petals from other villages because we do not "
                "grow enough roses ourselves,” said the community leader, Stavros Kleanthous. "
                "“These terraces fed the stills of Agros for a hundred years, and we want them to "
                "do so again.”"
            ),
            jc="both",
        ),
        para(
            gb(
                "The restoration is expected to be completed in time for the 2027 Rose Festival, "
                "which the village holds every May."
            ),
            jc="both",
        ),
        para(""),
        para(run("Για το Κοινοτικό Συμβούλιο / For the Community Council", lang="el-GR")),
        para(run("Σταύρος Κλεάνθους", bold=True, lang="el-GR")),
        para(run("Κοινοτάρχης / Community Leader", lang="el-GR")),
        para(
            run(
                "Για περισσότερες πληροφορίες / For more information: 25 000000",
                size=20,
                lang="el-GR",
            )
        ),
    ]
    last = sect_pr(
        '<w:headerReference w:type="default" r:id="rId6"/>'
        '<w:footerReference w:type="default" r:id="rId7"/>'
    )
    return document("".join(body), last)


def agros_header() -> str:
    return (
        f"{XML_HEAD}<w:hdr {NS}>"
        + para(
            run("ΚΟΙΝΟΤΙΚΟ ΣΥΜΒΟΥΛΙΟ ΑΓΡΟΥ – AGROS COMMUNITY COUNCIL", bold=True, lang="el-GR"),
            style="Header",
            jc="center",
        )
        + "</w:hdr>"
    )


def agros_footer() -> str:
    return (
        f"{XML_HEAD}<w:ftr {NS}>"
        + para(
            run("Πλατεία Αγρού, 4860 Αγρός, Λεμεσός · Τηλ. 25 000000 · agros.cc@example.cy"),
            style="Footer",
            jc="center",
        )
        + "</w:ftr>"
    )


def write_agros() -> Path:
    name = (
        "docx-community-council-press-note-scanned-signed-greek-letter-full-page-picture-own-"
        "section-then-typed-english-text-for-newspapers-bilingual-credit-and-signature-block-"
        "letterhead-header-agros-rose-terraces.docx"
    )
    doc_rels = rels(
        [
            ("rId1", f"{OD_REL}/styles", "styles.xml"),
            ("rId2", f"{OD_REL}/settings", "settings.xml"),
            ("rId3", f"{OD_REL}/webSettings", "webSettings.xml"),
            ("rId4", f"{OD_REL}/fontTable", "fontTable.xml"),
            ("rId6", f"{OD_REL}/header", "header1.xml"),
            ("rId7", f"{OD_REL}/footer", "footer1.xml"),
            ("rId8", f"{OD_REL}/image", "media/image1.png"),
            ("rId9", f"{OD_REL}/image", "media/image2.png"),
        ]
    )
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types(
            [
                *BASE_OVERRIDES,
                ("/word/header1.xml", f"{WML}.header+xml"),
                ("/word/footer1.xml", f"{WML}.footer+xml"),
            ]
        ),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": agros_document(),
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": styles("el-GR", EN_STYLES),
        "word/settings.xml": settings("el-GR"),
        "word/webSettings.xml": WEB_SETTINGS,
        "word/fontTable.xml": font_table(),
        "word/header1.xml": agros_header(),
        "word/footer1.xml": agros_footer(),
        "word/media/image1.png": scanned_page(124, 175),
        "word/media/image2.png": photo(168, 112, (170, 200, 230), (160, 140, 100), (110, 100, 80)),
        "docProps/core.xml": core(
            "Ανακοίνωση", "Γραμματεία", "Γραμματεία", "2026-03-04T07:02:00Z", "2026-03-04T09:37:00Z"
        ),
        "docProps/app.xml": app(2, 402, "Κοινοτικό Συμβούλιο Αγρού"),
    }
    path = HERE / name
    write_docx(path, parts)
    return path


def main() -> None:
    for path in (write_paphos(), write_agros()):
        print(path.name)


if __name__ == "__main__":
    main()

"""Write the two Word files of filing set h29 (part b) next to this script.

Standard library only: every part is hand-written WordprocessingML, the pictures are small
PNGs drawn with zlib and struct, and zipfile packs them with fixed entry times, so a rerun
writes the same bytes.

    python make_docx_b.py
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 9, 8, 0, 0)

W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


# ---------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """A vertical two-colour gradient with a darker band, as a stand-in photograph."""
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        base = [round(top[i] + (bottom[i] - top[i]) * t) for i in range(3)]
        row = bytearray([0])
        for x in range(width):
            shade = 0.82 if (x // 24 + y // 18) % 5 == 0 else 1.0
            row += bytes(max(0, min(255, int(c * shade))) for c in base)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# Runs and paragraphs
# ---------------------------------------------------------------------------


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    color: str | None = None,
    highlight: str | None = None,
    size: int | None = None,
    lang: str | None = None,
    rtl: bool = False,
    cs_font: str | None = None,
    caps: bool = False,
) -> str:
    props = []
    if cs_font:
        props.append(f'<w:rFonts w:cs="{cs_font}"/>')
    if bold:
        props.append("<w:b/>")
        if rtl:
            props.append("<w:bCs/>")
    if italic:
        props.append("<w:i/>")
    if caps:
        props.append("<w:caps/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/>')
        props.append(f'<w:szCs w:val="{size}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    if underline:
        props.append('<w:u w:val="single"/>')
    if rtl:
        props.append("<w:rtl/>")
    if lang:
        if rtl:
            props.append(f'<w:lang w:bidi="{lang}"/>')
        else:
            props.append(f'<w:lang w:val="{lang}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def jawi(text: str, *, size: int | None = None, bold: bool = False) -> str:
    """A right-to-left run in Jawi (Malay in Arabic script)."""
    return run(text, rtl=True, lang="ar-SA", cs_font="Traditional Arabic", size=size, bold=bold)


def proof(kind: str) -> str:
    return f'<w:proofErr w:type="{kind}"/>'


def tab() -> str:
    return "<w:r><w:tab/></w:r>"


def para(
    *runs: str,
    style: str | None = None,
    align: str | None = None,
    bidi: bool = False,
    after: int | None = None,
    tabs: str = "",
    keep_next: bool = False,
) -> str:
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if tabs:
        props.append(tabs)
    if bidi:
        props.append("<w:bidi/>")
    if after is not None:
        props.append(f'<w:spacing w:after="{after}"/>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def seq(label: str, number: int) -> str:
    """Insert Caption's SEQ field with its cached result."""
    return (
        f'<w:fldSimple w:instr=" SEQ {label} \\* ARABIC ">'
        f"<w:r><w:rPr><w:noProof/></w:rPr>{t(str(number))}</w:r></w:fldSimple>"
    )


def picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr>"
        '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' noChangeAspect="1"/></wp:cNvGraphicFramePr>'
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


# ---------------------------------------------------------------------------
# Package parts
# ---------------------------------------------------------------------------


def styles_xml(default_lang: str) -> str:
    return (
        XML_HEAD + f"<w:styles {W_NS}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri"'
        ' w:cs="Arial"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/>'
        f'<w:lang w:val="{default_lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Heading1">'
        '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'
        '<w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Heading2">'
        '<w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
        '<w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>'
        '</w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/>'
        '<w:szCs w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption">'
        '<w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
        "</w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Header">'
        '<w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
        '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Footer">'
        '<w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>'
        '<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
        "</w:style>"
        "</w:styles>"
    )


def settings_xml(lang: str) -> str:
    return (
        XML_HEAD + f"<w:settings {W_NS}>"
        '<w:zoom w:percent="100"/><w:proofState w:spelling="dirty" w:grammar="dirty"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode"'
        ' w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{lang}" w:bidi="ar-SA"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


FONT_TABLE = (
    XML_HEAD + f"<w:fonts {W_NS}>"
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>'
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/>'
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Traditional Arabic"><w:panose1 w:val="02020603050405020304"/>'
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)


def hdr_ftr(kind: str, paragraphs: list[str]) -> str:
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return XML_HEAD + f"<{tag} {W_NS}>{''.join(paragraphs)}</{tag}>"


def core_xml(title: str, creator: str) -> str:
    return (
        XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T06:10:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-09T07:45:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP_XML = (
    XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>41</TotalTime>'
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><AppVersion>16.0000</AppVersion></Properties>"
)

ROOT_RELS = (
    XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def document_rels(images: list[str], header: bool, footer: bool) -> str:
    rels = [
        f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/>',
        f'<Relationship Id="rId2" Type="{REL}settings" Target="settings.xml"/>',
        f'<Relationship Id="rId3" Type="{REL}fontTable" Target="fontTable.xml"/>',
    ]
    if header:
        rels.append(f'<Relationship Id="rId4" Type="{REL}header" Target="header1.xml"/>')
    if footer:
        rels.append(f'<Relationship Id="rId5" Type="{REL}footer" Target="footer1.xml"/>')
    for n, name in enumerate(images, start=10):
        rels.append(f'<Relationship Id="rId{n}" Type="{REL}image" Target="media/{name}"/>')
    return (
        XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships">' + "".join(rels) + "</Relationships>"
    )


def content_types(header: bool, footer: bool) -> str:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = [
        f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>',
        f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>',
        f'<Override PartName="/word/settings.xml" ContentType="{main}.settings+xml"/>',
        f'<Override PartName="/word/fontTable.xml" ContentType="{main}.fontTable+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/'
        'vnd.openxmlformats-package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ]
    if header:
        parts.append(f'<Override PartName="/word/header1.xml" ContentType="{main}.header+xml"/>')
    if footer:
        parts.append(f'<Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/>')
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>' + "".join(parts) + "</Types>"
    )


def sect(header: bool, footer: bool) -> str:
    refs = ""
    if header:
        refs += '<w:headerReference w:type="default" r:id="rId4"/>'
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rId5"/>'
    return (
        f"<w:sectPr>{refs}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708"'
        ' w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
        '<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def write_docx(
    name: str,
    body: list[str],
    *,
    lang: str,
    title: str,
    creator: str,
    images: dict[str, bytes],
    header: list[str] | None = None,
    footer: list[str] | None = None,
) -> Path:
    has_h = header is not None
    has_f = footer is not None
    document = (
        XML_HEAD
        + f"<w:document {W_NS}><w:body>"
        + "".join(body)
        + sect(has_h, has_f)
        + "</w:body></w:document>"
    )
    parts: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", content_types(has_h, has_f).encode()),
        ("_rels/.rels", ROOT_RELS.encode()),
        ("docProps/core.xml", core_xml(title, creator).encode()),
        ("docProps/app.xml", APP_XML.encode()),
        ("word/document.xml", document.encode()),
        ("word/_rels/document.xml.rels", document_rels(list(images), has_h, has_f).encode()),
        ("word/styles.xml", styles_xml(lang).encode()),
        ("word/settings.xml", settings_xml(lang).encode()),
        ("word/fontTable.xml", FONT_TABLE.encode()),
    ]
    if header is not None:
        parts.append(("word/header1.xml", hdr_ftr("header", header).encode()))
    if footer is not None:
        parts.append(("word/footer1.xml", hdr_ftr("footer", footer).encode()))
    for image_name, data in images.items():
        parts.append((f"word/media/{image_name}", data))
    out = HERE / name
    with zipfile.ZipFile(out, "w") as zf:
        for part_name, data in parts:
            info = zipfile.ZipInfo(part_name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return out


# ---------------------------------------------------------------------------
# Document 1: a mosque association's press letter with Jawi
# ---------------------------------------------------------------------------

MOSQUE_NAME = (
    "docx-mosque-association-press-letter-jawi-bidi-letterhead-header-basmala-hijri-date-line-"
    "malay-cover-note-oleh-byline-rtl-jawi-runs-in-english-paragraphs-keterangan-gambar-captions-"
    "foto-credits-wassalam-bubur-pedas-kitchen.docx"
)


def mosque_letter() -> Path:
    ms = "ms-BN"
    header = [
        para(
            jawi("ڤرساتوان جماعه مسجد الرحمة کامڤوڠ لوماڤس", size=32, bold=True),
            style="Header",
            align="center",
            bidi=True,
        ),
        para(
            run("PERSATUAN JEMAAH MASJID AR-RAHMAH KAMPONG LUMAPAS", bold=True, lang=ms),
            style="Header",
            align="center",
        ),
        para(
            run(
                "Masjid Ar-Rahmah, Jalan Lumapas, Brunei-Muara BJ2521 | Tel: +673 000 0000 | "
                "pjmar.media@mailbox.example",
                size=16,
                lang=ms,
            ),
            style="Header",
            align="center",
        ),
    ]
    footer = [
        para(
            run(
                "Berdaftar di bawah Akta Pertubuhan, No. Pendaftaran: ROS/0000/2011",
                size=16,
                color="7F7F7F",
                lang=ms,
            ),
            style="Footer",
            align="center",
        )
    ]
    cx, cy = 4572000, 3048000
    right_tab = '<w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs>'
    body = [
        para(jawi("بسم الله الرحمن الرحيم", size=32), align="center", bidi=True),
        para(
            run("Ruj. Kami: PJMAR/MEDIA/2026/07", lang=ms),
            tab(),
            run("Tarikh: 12 Ramadan 1447H / 2 Mac 2026", lang=ms),
            tabs=right_tab,
        ),
        para(run("Kepada:", lang=ms), after=0),
        para(run("Pengarang Berita,", lang=ms), after=0),
        para(run("The Begawan Sentinel,", lang=ms), after=0),
        para(run("Bandar Seri Begawan.", lang=ms)),
        para(run("Assalamualaikum warahmatullahi wabarakatuh.", lang=ms)),
        para(run("Tuan,", lang=ms)),
        para(
            run(
                "SIARAN AKHBAR: DAPUR BUBUR PEDAS BAHARU MASJID AR-RAHMAH",
                bold=True,
                underline=True,
                lang=ms,
            )
        ),
        para(
            run(
                "Dengan hormatnya perkara di atas adalah dirujuk. Bersama-sama ini disertakan "
                "berita dalam Bahasa Inggeris beserta dua keping gambar untuk siaran akhbar "
                "tuan. Versi Bahasa Melayu telah dihantar kepada akhbar-akhbar Bahasa Melayu.",
                lang=ms,
            ),
            align="both",
        ),
        para(),
        para(
            run(
                "Lumapas mosque’s new kitchen cooks 3,000 packs of bubur pedas a day for Ramadan",
                bold=True,
                size=28,
                lang="en-GB",
            ),
            align="center",
        ),
        para(
            run(
                "Volunteers who once stirred the spiced porridge over wood fires in the mosque car "
                "park now work in a B$180,000 kitchen paid for by the congregation",
                italic=True,
                lang="en-GB",
            ),
            align="center",
        ),
        para(
            run("Oleh: ", bold=True, lang=ms),
            run("Mohd Shahrul Azmi Abd Rahman", bold=True, lang=ms),
            run(", Unit Penerangan PJMAR", lang=ms),
        ),
        para(
            run("LUMAPAS, Brunei-Muara, 12 Ramadan 1447H (2 March 2026) –", bold=True),
            run(
                " Every afternoon this Ramadan, a team of 40 volunteers at Masjid Ar-Rahmah in "
                "Kampong Lumapas has been cooking 3,000 packs of ",
                lang="en-GB",
            ),
            proof("spellStart"),
            run("bubur", lang="en-GB"),
            proof("spellEnd"),
            run(" ", lang="en-GB"),
            proof("spellStart"),
            run("pedas", lang="en-GB"),
            proof("spellEnd"),
            run(
                ", the spiced rice porridge that Bruneians break their fast with, in a new kitchen "
                "built beside the mosque.",
                lang="en-GB",
            ),
            align="both",
        ),
        para(
            run(
                "The kitchen, which cost B$180,000 and was paid for entirely by donations from the "
                "congregation and local businesses, opened on the first day of Ramadan. It "
                "replaces the open-air shelter in the mosque car park where volunteers had cooked "
                "over wood fires for almost 30 years.",
                lang="en-GB",
            ),
            align="both",
        ),
        para(
            run("Above its door hangs a signboard in Jawi, ", lang="en-GB"),
            jawi("داڤور الرحمة"),
            run(
                " (Dapur Ar-Rahmah), painted by a retired teacher from the kampong. Inside are six "
                "gas-fired cauldrons, each holding enough porridge for 500 people, a cold room and "
                "stainless steel tables for packing.",
                lang="en-GB",
            ),
            align="both",
        ),
        para(
            run(
                "“In the old shelter, when it rained, the fires went out and we had to start "
                "again,” said Haji Abdul Hamid Haji Kamis, 67, who has led the cooking since "
                "1998. “Now we can cook in any weather. The young ones do not have to go home "
                "smelling of smoke.”",
                lang="en-GB",
            ),
            align="both",
        ),
        para(run("Recipe unchanged", lang="en-GB"), style="Heading2"),
        para(
            run(
                "The porridge is cooked with rice, coconut milk, beef and a paste of more than 20 "
                "spices that volunteers pound by hand the night before, including lemongrass, "
                "galangal, turmeric and the aromatic roots known in Malay as ",
                lang="en-GB",
            ),
            proof("spellStart"),
            run("akar", lang="en-GB"),
            proof("spellEnd"),
            run(" ", lang="en-GB"),
            proof("spellStart"),
            run("kayu", lang="en-GB"),
            proof("spellEnd"),
            run(".", lang="en-GB"),
            align="both",
        ),
        para(
            run(
                "Packs are handed out free from 4.30pm at the mosque gate and taken by volunteers "
                "to 180 elderly and disabled residents in Lumapas, Kasat and Pengkalan Batu who "
                "cannot collect them. Each pack carries a sticker with the mosque’s name in "
                "Jawi, ",
                lang="en-GB",
            ),
            jawi("مسجد الرحمة"),
            run(", and the words “Not for sale”.", lang="en-GB"),
            align="both",
        ),
        para(
            picture(
                "rId10",
                1,
                "IMG_4402.png",
                "Volunteers stir a large cauldron of porridge in a steel kitchen",
                cx,
                cy,
            ),
            align="center",
            keep_next=True,
        ),
        para(
            run("Keterangan gambar: ", lang=ms),
            run(
                "Volunteers stir bubur pedas in one of the six cauldrons at Dapur Ar-Rahmah on "
                "Sunday.",
                lang="en-GB",
            ),
            style="Caption",
        ),
        para(run("Foto: Unit Multimedia PJMAR", size=16, lang=ms), align="right"),
        para(
            run(
                "Mosque imam Haji Mohd Yusri Haji Latif said the kitchen’s name meant “the "
                "kitchen of mercy”. “The porridge is the same as before,” he said. “What is new "
                "is that it is cooked with a little less hardship.”",
                lang="en-GB",
            ),
            align="both",
        ),
        para(
            run(
                "The association plans to keep the kitchen busy after Ramadan, cooking for "
                "funerals, weddings and the mosque’s Maulud celebrations, and renting it at cost "
                "to families in the kampong.",
                lang="en-GB",
            ),
            align="both",
        ),
        para(picture("rId11", 2, "IMG_4417.png", "", cx, cy), align="center", keep_next=True),
        para(
            run("Keterangan gambar: ", lang=ms),
            run("The Jawi signboard above the door of the new kitchen.", lang="en-GB"),
            style="Caption",
        ),
        para(run("Foto: Awangku Muhd Firdaus Pg Ahmad", size=16, lang=ms), align="right"),
        para(run("Additional reporting by Nur Syahirah Idris.", italic=True, lang="en-GB")),
        para(run("Sekian, terima kasih.", lang=ms)),
        para(run("Wassalam.", lang=ms)),
        para(run("Yang benar,", lang=ms), after=720),
        para(run("(MOHD SHAHRUL AZMI BIN HAJI ABD RAHMAN)", bold=True, lang=ms), after=0),
        para(run("Setiausaha Penerangan", lang=ms), after=0),
        para(run("Persatuan Jemaah Masjid Ar-Rahmah Kampong Lumapas", lang=ms), after=0),
        para(run("Tel: +673 000 0000", lang=ms)),
        para(
            run("s.k.: Imam Masjid Ar-Rahmah; Pengerusi PJMAR; Fail", size=18, lang=ms),
        ),
    ]
    images = {
        "image1.png": png(96, 64, (196, 120, 60), (92, 70, 52)),
        "image2.png": png(96, 64, (40, 84, 60), (210, 200, 170)),
    }
    return write_docx(
        MOSQUE_NAME,
        body,
        lang=ms,
        title="Siaran akhbar - Dapur Ar-Rahmah",
        creator="Unit Penerangan PJMAR",
        images=images,
        header=header,
        footer=footer,
    )


# ---------------------------------------------------------------------------
# Document 2: a district correspondent's file with Malay originals in brackets
# ---------------------------------------------------------------------------

LABI_NAME = (
    "docx-belait-correspondent-file-translated-malay-quotes-grey-bracketed-bm-originals-inside-"
    "paragraphs-proofing-marks-slug-highlighted-desk-note-heading-1-headline-seq-gambar-captions-"
    "tamat-labi-longhouse-water.docx"
)

GREY = "808080"


def bm(text: str) -> str:
    """The correspondent's grey bracket with the Malay original of a quotation."""
    return proof("spellStart") + run(f" [BM: {text}]", color=GREY, lang="ms-BN") + proof("spellEnd")


def en(text: str) -> str:
    return run(text, lang="en-GB")


def labi_file() -> Path:
    cx, cy = 4572000, 3048000
    body = [
        para(
            run("LABI-WATER / Nurhazwani / for Wed / 610 words / 2 pix", color=GREY, size=18),
        ),
        para(
            run(
                "DESK: Quotes were in Malay, translated by me. Originals in grey brackets after "
                "each quote for checking – please take them out before it goes up. Thanks, Wani",
                highlight="yellow",
            ),
        ),
        para(en("Labi longhouse gets piped water after 30 years on rain tanks"), style="Heading1"),
        para(
            run(
                "Families at Rumah Panjang Sungai Bakong say they will no longer ration water in "
                "the dry months",
                italic=True,
                lang="en-GB",
            )
        ),
        para(run("By Nurhazwani Ismail", bold=True, lang="en-GB")),
        para(
            run("LABI –", bold=True, lang="en-GB"),
            en(
                " Residents of a longhouse in Labi turned on their first taps of treated water on "
                "Saturday, ending three decades in which the 19 families living there relied on "
                "rain tanks and a hillside stream."
            ),
        ),
        para(
            en(
                "The Department of Water Services laid 7.2 kilometres of pipe from the Labi road "
                "to Rumah Panjang Sungai Bakong, an Iban longhouse at the end of a gravel track, "
                "at a cost of B$1.3 million. A booster pump and a 45,000-litre storage tank were "
                "built on a hill behind the longhouse."
            ),
        ),
        para(
            en(
                "“When the rain stopped for two months last year, we had to carry water from "
                "the stream in buckets, even the old people,” said the longhouse head, Tuai "
                "Rumah Jimbun anak Sagan, 71."
            ),
            bm(
                "“Masa hujan inda turun dua bulan tahun lapas, kami terpaksa mengangkat air "
                "dari sungai pakai baldi, urang tua pun sama.”"
            ),
            en(" “Today my grandchildren can wash their hands at the tap like children in town.”"),
            bm("“Hari ani cucu-cucu saya dapat basuh tangan di paip macam budak-budak di bandar.”"),
        ),
        para(
            picture(
                "rId10",
                1,
                "DSC_0193.png",
                "An elderly man in a singlet turns on a tap on a post beside a wooden longhouse",
                cx,
                cy,
            ),
            keep_next=True,
        ),
        para(
            en("Gambar "),
            seq("Gambar", 1),
            en(
                ": Tuai Rumah Jimbun anak Sagan turns on the new tap outside the longhouse on "
                "Saturday. (Photo: Nurhazwani Ismail)"
            ),
            style="Caption",
        ),
        para(
            en(
                "The longhouse, home to about 80 people, had asked for a water supply since the "
                "early 1990s, but the cost of pumping water up the valley kept it off the "
                "department’s list until a national programme for remote villages was funded in "
                "2024."
            ),
        ),
        para(en("No more rationing"), style="Heading2"),
        para(
            en(
                "Residents said they had rationed water every dry season, saving tank water for "
                "cooking and drinking and washing clothes in the stream."
            ),
        ),
        para(
            en(
                "“We used to plan our laundry around the weather,” said Dayang Linda anak Bujang, "
                "44, who runs a small shop at the longhouse."
            ),
            bm("“Dulu kami merancang basuh kain ikut cuaca.”"),
            en(
                " She said she now hoped to open a homestay for visitors to the nearby forest "
                "reserves, which had not been possible without running water."
            ),
        ),
        para(
            en(
                "A department engineer, Awang Mohd Faizal Haji Osman, said water pressure at the "
                "longhouse would be checked weekly for the first three months. The department "
                "plans to connect two more longhouses in the Labi area by the end of next year."
            ),
        ),
        para(picture("rId11", 2, "pipe_laying_JPA.png", "", cx, cy), keep_next=True),
        para(
            en("Gambar "),
            seq("Gambar", 2),
            en(
                ": Pipes being laid along the track to the longhouse in January. (Courtesy of "
                "the Department of Water Services)"
            ),
            style="Caption",
        ),
        para(
            en(
                "Tuai Rumah Jimbun said the longhouse would hold a thanksgiving feast next month, "
                "to which the pipe-laying crews had been invited."
            ),
            bm("“Semua pekerja yang pasang paip kami jemput makan.”"),
        ),
        para(run("Additional reporting by Jong Ah Kiat in Kuala Belait.", italic=True)),
        para(run("– TAMAT –", bold=True), align="center"),
    ]
    images = {
        "image1.png": png(96, 64, (150, 180, 200), (110, 90, 60)),
        "image2.png": png(96, 64, (120, 150, 90), (170, 130, 90)),
    }
    return write_docx(
        LABI_NAME,
        body,
        lang="en-GB",
        title="LABI-WATER",
        creator="Nurhazwani Ismail",
        images=images,
    )


def main() -> None:
    for path in (mosque_letter(), labi_file()):
        print(path.name)


if __name__ == "__main__":
    main()

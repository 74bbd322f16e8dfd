"""Write the two Word files of filing set h23 (part a) with the standard library only.

Run it with any Python 3.11 or later:

    python make_docx_a.py

It writes, next to itself:

- docx-legal-read-black-highlight-and-black-shading-redactions-text-still-in-file-...
  a court reporter's story back from the lawyer's legal read, the cuts blacked out with
  black highlighting (and, once, black shading) but still in the file, the lawyer's red
  bracketed notes, a cover note, and a "LEGAL READ COPY" page header;
- docx-word-2007-smartart-timeline-diagram-parts-...
  a freelancer's story saved by Word 2007: Title/Subtitle/Caption styles, runs split by
  revision ids, Gaelic runs with spelling-error marks, a `_GoBack` bookmark, a picture with a
  description, and a SmartArt timeline whose text lives only in the diagram parts.

Every part is hand-written WordprocessingML / DrawingML; the pictures are small PNGs drawn
with zlib and struct. Zip entry times are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 6, 16, 40, 0)

LEGAL_NAME = (
    "docx-legal-read-black-highlight-and-black-shading-redactions-text-still-in-file-"
    "red-bracketed-lawyer-notes-cover-note-legal-copy-header-kilchoan-woodland-buyout-appeal.docx"
)
SMARTART_NAME = (
    "docx-word-2007-smartart-timeline-diagram-data-and-drawing-parts-graphic-caption-credit-"
    "title-subtitle-styles-rsid-split-runs-gaelic-proofing-marks-tarbert-fuel-pumps.docx"
)

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_DML = "application/vnd.openxmlformats-officedocument.drawingml"

DOC_NS_2007 = (
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
DOC_NS_365 = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    f'xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:w="{NS_W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'mc:Ignorable="w14"'
)


# ------------------------------------------------------------------ small builders


def attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def png(width: int, height: int, seed: int) -> bytes:
    """A small gradient PNG, so each picture part is a real image."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(((x * 5 + seed) % 256, (y * 4 + seed * 2) % 256, (x + y + seed) % 256))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def run(
    text: str,
    *,
    b: bool = False,
    i: bool = False,
    color: str | None = None,
    size: int | None = None,
    highlight: str | None = None,
    shade: str | None = None,
    lang: str | None = None,
    rsid: str | None = None,
) -> str:
    props = []
    if b:
        props.append("<w:b/>")
    if i:
        props.append("<w:i/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    if shade:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if lang:
        props.append(f'<w:lang w:val="{lang}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    rsid_attr = f' w:rsidR="{rsid}"' if rsid else ""
    return f'<w:r{rsid_attr}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*parts: str, style: str | None = None, align: str | None = None, rsid: str = "") -> str:
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    rsid_attr = f' w:rsidR="{rsid}" w:rsidRDefault="{rsid}"' if rsid else ""
    return f"<w:p{rsid_attr}>{ppr_xml}{''.join(parts)}</w:p>"


def redact(text: str) -> str:
    """The lawyer's cut: black text on black highlighting."""
    return run(text, color="000000", highlight="black")


def redact_shaded(text: str) -> str:
    """The same cut made with black paragraph-run shading instead of highlighting."""
    return run(text, color="000000", shade="000000")


def legal_note(text: str) -> str:
    return para(run(text, b=True, color="C00000"))


def picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{attr(descr)}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{attr(name)}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr>"
        f'<a:graphicFrameLocks xmlns:a="{NS_A}" noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_PIC}">'
        f'<pic:pic xmlns:pic="{NS_PIC}">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{attr(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def smartart(pid: int, descr: str, rids: tuple[str, str, str, str]) -> str:
    dm, lo, qs, cs = rids
    return (
        "<w:r><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="1463040"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Diagram {pid}" descr="{attr(descr)}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_DGM}">'
        f'<dgm:relIds xmlns:dgm="{NS_DGM}" r:dm="{dm}" r:lo="{lo}" r:qs="{qs}" r:cs="{cs}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def styles_xml(font: str) -> str:
    def pstyle(sid: str, name: str, ppr: str, rpr: str, extra: str = "") -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>{extra}<w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    return (
        XML_HEAD + f'<w:styles xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="Times New Roman"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="480" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>',
        )
        + pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
        )
        + pstyle(
            "Title",
            "Title",
            '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="4F81BD"/></w:pBdr>'
            '<w:spacing w:after="300" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
            '<w:color w:val="17365D"/><w:spacing w:val="5"/><w:kern w:val="28"/>'
            '<w:sz w:val="52"/><w:szCs w:val="52"/>',
        )
        + pstyle(
            "Subtitle",
            "Subtitle",
            '<w:numPr><w:ilvl w:val="1"/></w:numPr>',
            '<w:i/><w:color w:val="4F81BD"/><w:spacing w:val="15"/>'
            '<w:sz w:val="24"/><w:szCs w:val="24"/>',
        )
        + pstyle(
            "Caption",
            "caption",
            '<w:spacing w:line="240" w:lineRule="auto"/>',
            '<w:b/><w:bCs/><w:color w:val="4F81BD"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        )
        + pstyle("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4513"/></w:tabs>', "")
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
        "</w:styles>"
    )


def core_xml(title: str, creator: str, modified_by: str, created: str, modified: str) -> str:
    return (
        XML_HEAD + "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        "<cp:revision>7</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(version: str, words: int) -> str:
    return (
        XML_HEAD + "<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><TotalTime>94</TotalTime><Pages>2</Pages>"
        f"<Words>{words}</Words><Application>Microsoft Office Word</Application>"
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        f"<AppVersion>{version}</AppVersion></Properties>"
    )


def rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels
    )
    return XML_HEAD + f'<Relationships xmlns="{PKG_REL}">{items}</Relationships>'


def content_types(overrides: list[tuple[str, str]]) -> str:
    items = "".join(f'<Override PartName="{part}" ContentType="{ct}"/>' for part, ct in overrides)
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + items + "</Types>"
    )


PACKAGE_RELS = rels_xml(
    [
        ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        ("rId1", f"{REL}/officeDocument", "word/document.xml"),
    ]
)

BASE_OVERRIDES = [
    ("/word/document.xml", f"{CT_WML}.document.main+xml"),
    ("/word/styles.xml", f"{CT_WML}.styles+xml"),
    ("/word/settings.xml", f"{CT_WML}.settings+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]


def write_package(path: Path, parts: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def settings_xml(rsids: list[str], extra: str = "") -> str:
    rsid_xml = "".join(f'<w:rsid w:val="{r}"/>' for r in rsids)
    return (
        XML_HEAD + f'<w:settings xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        '<w:zoom w:percent="100"/>' + extra + '<w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        f'<w:rsids><w:rsidRoot w:val="{rsids[0]}"/>{rsid_xml}</w:rsids>'
        '<w:themeFontLang w:val="en-GB"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


SECT_A4 = (
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
    'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
)


# ------------------------------------------------------------------ document 1: legal read


def legal_read() -> None:
    body = [
        para(
            run(
                "LEGAL – cleared for web and print SUBJECT TO THE CUTS BLACKED OUT BELOW "
                "(not privileged / unattributed allegations). Blacked-out words must not run. "
                "Please confirm the cuts have been made before publication. "
                "– RH, Halliday Kerr LLP, 6/3/26, 4.40pm",
                b=True,
                color="C00000",
                highlight="yellow",
            )
        ),
        para(run("Estate loses court fight to stop Kilchoan woodland buyout"), style="Heading1"),
        para(
            run(
                "Sheriff rejects Corrachan Estate’s appeal against approval of community "
                "right-to-buy",
                i=True,
            )
        ),
        para(run("By Kenneth Baird, Court Reporter", b=True)),
        para(
            picture(
                "rId8",
                1,
                "Picture 1",
                "Birch and conifer woodland on a slope above a grey bay",
                4572000,
                3048000,
            )
        ),
        para(
            run(
                "Part of the Corrachan woodland the trust hopes to buy, looking towards "
                "Kilchoan Bay."
            ),
            style="Caption",
        ),
        para(run("Picture: Kenneth Baird/Firth & Glen Media", i=True), align="right"),
        para(
            run(
                "A community company’s bid to buy 240 hectares of woodland near Kilchoan can go "
                "ahead after a sheriff threw out an appeal by the estate that owns it."
            )
        ),
        para(
            run(
                "Corrachan Estate Ltd had asked Fort William Sheriff Court to overturn "
                "ministers’ approval of the Kilchoan Woodland Trust’s application under "
                "community right-to-buy legislation."
            )
        ),
        para(
            run(
                "In a written judgment issued on Thursday, Sheriff Fiona MacInnes said the "
                "estate had failed to show that ministers had misapplied the law or reached a "
                "decision that no reasonable decision-maker could have reached."
            )
        ),
        para(
            run(
                "The estate argued that the trust’s ballot, in which 71 per cent of those who "
                "voted backed the buyout, was flawed because some holiday-home owners had not "
                "been sent ballot papers."
            ),
            redact(
                " Several tenants say the estate’s factor, Neil Ormiston, had told them for "
                "months that the ballot would be “binned” whatever the result."
            ),
        ),
        legal_note(
            "[LEGAL: last sentence CUT – tenants’ claim about the factor is unattributed and "
            "defamatory.]"
        ),
        para(
            run(
                "Sheriff MacInnes found that the trust had followed the rules and that the "
                "handful of papers that were not delivered could not have changed the outcome."
            )
        ),
        para(
            run("Counsel for the estate, Iain Drummond, told the court at a hearing in January"),
            redact(
                ", in what one trust director later called “a smear on every volunteer in the "
                "village”,"
            ),
            run(
                " that the estate had “managed this woodland responsibly for four generations” "
                "and that the trust’s business plan was “built on optimism rather than "
                "arithmetic”."
            ),
        ),
        legal_note(
            "[LEGAL: Drummond quotes OK – said in open court, fair and accurate report. "
            "Director’s “smear” comment CUT – said outside court, not privileged.]"
        ),
        para(
            redact(
                "One former estate worker, who asked not to be named, claimed the owners had "
                "deliberately let the plantation run down to make it less attractive to the "
                "community."
            )
        ),
        legal_note(
            "[LEGAL: CUT whole para – unattributed allegation of bad faith, could not be stood up.]"
        ),
        para(run("‘A good day for Kilchoan’"), style="Heading2"),
        para(
            run(
                "Trust chairwoman Sheena Cameron said: “This is a good day for Kilchoan. We have "
                "waited three years for this, and we are ready to get on with it.”"
            )
        ),
        para(picture("rId9", 2, "Picture 2", "", 3657600, 2743200)),
        para(
            run("Trust chairwoman Sheena Cameron outside Fort William Sheriff Court in January."),
            style="Caption",
        ),
        para(run("Picture: Firth & Glen Media", i=True), align="right"),
        para(
            run("The trust plans to thin the plantation conifers"),
            redact_shaded(" – planted in the 1980s, locals say, purely as a tax dodge –"),
            run(
                ", replant native woodland along the shore and create six affordable house "
                "plots at the edge of the village."
            ),
        ),
        legal_note("[LEGAL: tax dodge line CUT – no basis.]"),
        para(
            run(
                "It has until the end of September to raise the £1.15 million purchase price, "
                "which was set by an independent valuer. It has already been promised £870,000 "
                "in grants."
            )
        ),
        para(
            run(
                "The estate can appeal to the Sheriff Appeal Court within 28 days. A spokesman "
                "for its solicitors said: “Our client is disappointed by the decision and is "
                "considering its options.”"
            )
        ),
        para(run("Additional reporting by Mhairi Stewart.", i=True)),
        para(run("ENDS", b=True), align="center"),
    ]
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/>' + SECT_A4 + "</w:sectPr>"
    document = (
        XML_HEAD + f"<w:document {DOC_NS_365}><w:body>" + "".join(body) + sect + "</w:body>"
        "</w:document>"
    )
    header = (
        XML_HEAD
        + f'<w:hdr xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        + para(
            run(
                "LEGAL READ COPY – Kilchoan woodland appeal – cleared subject to blacked-out "
                "cuts – do not publish from this file",
                b=True,
                color="C00000",
            ),
            style="Header",
        )
        + "</w:hdr>"
    )
    doc_rels = rels_xml(
        [
            ("rId1", f"{REL}/styles", "styles.xml"),
            ("rId2", f"{REL}/settings", "settings.xml"),
            ("rId8", f"{REL}/image", "media/image1.png"),
            ("rId9", f"{REL}/image", "media/image2.png"),
            ("rId10", f"{REL}/header", "header1.xml"),
        ]
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(
            [*BASE_OVERRIDES, ("/word/header1.xml", f"{CT_WML}.header+xml")]
        ),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": styles_xml("Calibri"),
        "word/settings.xml": settings_xml(["004A1F3C", "00B72E91", "00C9D4A7"]),
        "word/header1.xml": header,
        "word/media/image1.png": png(48, 32, 60),
        "word/media/image2.png": png(40, 30, 140),
        "docProps/core.xml": core_xml(
            "Kilchoan appeal – LEGAL",
            "Kenneth Baird",
            "Rhona Halliday",
            "2026-03-05T17:02:00Z",
            "2026-03-06T16:40:00Z",
        ),
        "docProps/app.xml": app_xml("16.0000", 612),
    }
    write_package(HERE / LEGAL_NAME, parts)


# ------------------------------------------------------------------ document 2: Word 2007


TIMELINE = [
    "Sept 2025: owner announces closure",
    "Nov 2025: 140 at public meeting",
    "Jan 2026: trust votes to bid",
    "Feb 2026: £96,000 raised",
    "1 April 2026: trust reopens the pumps",
]


def diagram_parts() -> dict[str, str]:
    """SmartArt parts: data model, layout, quick style, colours and Word's drawing cache."""
    a_text = (
        '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/><a:t>{}</a:t></a:r>'
        "</a:p></dgm:t>"
    )
    points = [
        '<dgm:pt modelId="{4D1A5F3B-0C2E-4B7A-9E61-2A3F5C7D9B01}" type="doc">'
        '<dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/process1" '
        'loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" '
        'qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" '
        'csCatId="accent1" phldr="1"/><dgm:spPr/>'
        '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>'
    ]
    cxns = []
    for n, label in enumerate(TIMELINE, start=1):
        node = f"{{7C2B{n:04d}-5E1D-4F3A-8B2C-6D9E0A1B2C3D}}"
        par = f"{{8D3C{n:04d}-6F2E-4A4B-9C3D-7E0F1B2C3D4E}}"
        sib = f"{{9E4D{n:04d}-7A3F-4B5C-8D4E-8F1A2C3D4E5F}}"
        points.append(
            f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
            + a_text.format(escape(label))
            + "</dgm:pt>"
        )
        cxn = f"{{C{n:07d}-0000-4000-8000-0000000000AA}}"
        points.append(
            f'<dgm:pt modelId="{par}" type="parTrans" cxnId="{cxn}">'
            "<dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p>"
            '<a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>'
        )
        points.append(
            f'<dgm:pt modelId="{sib}" type="sibTrans" cxnId="{cxn}">'
            "<dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p>"
            '<a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>'
        )
        cxns.append(
            f'<dgm:cxn modelId="{cxn}" '
            f'srcId="{{4D1A5F3B-0C2E-4B7A-9E61-2A3F5C7D9B01}}" destId="{node}" '
            f'srcOrd="{n - 1}" destOrd="0" parTransId="{par}" sibTransId="{sib}"/>'
        )
    data = (
        XML_HEAD + f'<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" xmlns:r="{NS_R}">'
        "<dgm:ptLst>" + "".join(points) + "</dgm:ptLst>"
        "<dgm:cxnLst>" + "".join(cxns) + "</dgm:cxnLst>"
        "<dgm:bg/><dgm:whole/>"
        '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
        f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="rId12" '
        f'minVer="{NS_DGM}"/></a:ext></dgm:extLst>'
        "</dgm:dataModel>"
    )
    layout = (
        XML_HEAD + f'<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process1">'
        '<dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="process" pri="1000"/></dgm:catLst>'
        '<dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/>'
        '</dgm:varLst><dgm:alg type="lin"/><dgm:shape xmlns:r="' + NS_R + '" r:blip=""/>'
        "<dgm:presOf/><dgm:constrLst>"
        '<dgm:constr type="w" for="ch" forName="node" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="node" refType="w" refFor="ch" '
        'refForName="node" fact="0.6"/>'
        '<dgm:constr type="w" for="ch" forName="sibTrans" refType="w" refFor="ch" '
        'refForName="node" fact="0.2"/>'
        "</dgm:constrLst><dgm:ruleLst/>"
        '<dgm:forEach name="Name1" axis="ch" ptType="node">'
        '<dgm:layoutNode name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst>'
        '<dgm:alg type="tx"/><dgm:shape xmlns:r="' + NS_R + '" type="roundRect" r:blip="">'
        '<dgm:adjLst><dgm:adj idx="1" val="0.1"/></dgm:adjLst></dgm:shape>'
        '<dgm:presOf axis="desOrSelf" ptType="node"/>'
        '<dgm:constrLst><dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/>'
        '<dgm:constr type="bMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst>'
        "</dgm:layoutNode>"
        '<dgm:forEach name="Name2" axis="followSib" ptType="sibTrans" cnt="1">'
        '<dgm:layoutNode name="sibTrans"><dgm:alg type="conn"/>'
        '<dgm:shape xmlns:r="' + NS_R + '" type="conn" r:blip=""/>'
        '<dgm:presOf axis="self"/></dgm:layoutNode></dgm:forEach>'
        "</dgm:forEach></dgm:layoutNode></dgm:layoutDef>"
    )
    quick_style = (
        XML_HEAD + f'<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1">'
        '<dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst>'
        '<dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
        '</dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d>'
        '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>'
        '<dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/>'
        '</a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style>'
        "</dgm:styleLbl></dgm:styleDef>"
    )
    colors = (
        XML_HEAD + f'<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2">'
        '<dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst>'
        '<dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/>'
        '</dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst>'
        "<dgm:effectClrLst/><dgm:txLinClrLst/>"
        '<dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
        "<dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>"
    )
    shapes = []
    for n, label in enumerate(TIMELINE):
        x = 16002 + n * 1097280
        shapes.append(
            f'<dsp:sp modelId="{{5A{n:06d}-1B2C-4D3E-8F4A-5B6C7D8E9F{n:02d}}}">'
            "<dsp:nvSpPr>"
            f'<dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            f'<dsp:spPr><a:xfrm><a:off x="{x}" y="365760"/><a:ext cx="914400" cy="731520"/>'
            '</a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill></dsp:spPr>'
            '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
            '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
            '<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
            'anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            '<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="900" kern="1200"/>'
            f"<a:t>{escape(label)}</a:t></a:r></a:p></dsp:txBody>"
            f'<dsp:txXfrm><a:off x="{x}" y="365760"/><a:ext cx="914400" cy="731520"/>'
            "</dsp:txXfrm></dsp:sp>"
        )
    drawing = (
        XML_HEAD + f'<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}">'
        '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/>'
        "</dsp:nvGrpSpPr><dsp:grpSpPr/>" + "".join(shapes) + "</dsp:spTree></dsp:drawing>"
    )
    return {
        "word/diagrams/data1.xml": data,
        "word/diagrams/layout1.xml": layout,
        "word/diagrams/quickStyle1.xml": quick_style,
        "word/diagrams/colors1.xml": colors,
        "word/diagrams/drawing1.xml": drawing,
    }


def spell(text: str, rsid: str = "") -> str:
    """A Gaelic word Word 2007 did not know: spelling-error marks round a gd-GB run."""
    return (
        '<w:proofErr w:type="spellStart"/>'
        + run(text, lang="gd-GB", rsid=rsid or None)
        + '<w:proofErr w:type="spellEnd"/>'
    )


def word_2007() -> None:
    r1, r2, r3 = "00D21A6B", "005E73C0", "00F1482D"
    body = [
        para(
            run(
                "FREELANCE – Ruth Morrison – for Hebridean Clarion and web – 840 words – "
                "timeline graphic made in Word, happy for you to redo it in house style",
                color="808080",
                size=18,
            ),
            rsid=r1,
        ),
        para(
            run("Harris community steps in to keep ", rsid=r1),
            run("Tarbert’s fuel pumps flowing", rsid=r2),
            style="Title",
            rsid=r1,
        ),
        para(
            run("Island trust takes over the village filling station after its owner of ", rsid=r1),
            run("38 years retires", rsid=r3),
            style="Subtitle",
            rsid=r1,
        ),
        para(run("By Ruth Morrison", b=True), rsid=r1),
        para(
            picture(
                "rId7",
                1,
                "Picture 1",
                "An older man in blue overalls standing between two fuel pumps",
                4572000,
                3429000,
            ),
            rsid=r1,
        ),
        para(
            run("Hector MacSween at the pumps on Pier Road, where he has worked since 1988."),
            style="Caption",
            rsid=r1,
        ),
        para(run("Photo: Ruth Morrison"), style="Caption", align="right", rsid=r1),
        para(
            run(
                "Tarbert’s filling station will stay open after a community trust agreed to ",
                rsid=r1,
            ),
            run("take over the pumps from their retiring owner.", rsid=r2),
            rsid=r1,
        ),
        para(
            run(
                "Hector MacSween, who has run the garage on Pier Road for 38 years, announced in "
                "September that he would close at the end of March, leaving drivers in much of "
                "Harris facing a round trip of up to 70 miles for fuel."
            ),
            rsid=r1,
        ),
        para(
            run("The village’s community trust, ", rsid=r1),
            spell("Urras", r1),
            run(" an ", lang="gd-GB"),
            spell("Tairbeirt", r1),
            run(
                ", stepped in after a public meeting in November at which more than 140 people "
                "packed the village hall.",
                rsid=r3,
            ),
            rsid=r1,
        ),
        para(
            run(
                "The trust has raised £96,000 to buy the tanks and pumps and to replace the "
                "1990s card machine, and will keep on two of Mr MacSween’s part-time staff."
            ),
            rsid=r2,
        ),
        para(
            run("“"),
            run("Tha", lang="gd-GB"),
            run(" ", lang="gd-GB"),
            spell("sinn"),
            run(" ", lang="gd-GB"),
            spell("uabhasach"),
            run(" ", lang="gd-GB"),
            spell("toilichte"),
            run(
                ",” said trust chairman Donald John MacInnes. “We are delighted. Without fuel in "
                "Tarbert you lose the visitors, you lose the fishermen, and in the end you lose "
                "the young folk.”",
                rsid=r2,
            ),
            rsid=r2,
        ),
        para(
            run(
                "Mr MacSween, who is 71, said he was glad the pumps would not close. “I’ve been "
                "filling tanks here since I was a boy working for my father,” he said. “I "
            ),
            '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
            run("couldn’t have walked away and left it shut.”", rsid=r3),
            rsid=r2,
        ),
        para(
            smartart(
                2,
                "Timeline: from the closure notice in September 2025 to the trust reopening "
                "the pumps on 1 April 2026",
                ("rId8", "rId9", "rId10", "rId11"),
            ),
            rsid=r3,
        ),
        para(
            run("How the campaign to keep fuel on sale in Tarbert unfolded."),
            style="Caption",
            rsid=r3,
        ),
        para(run("Graphic: Ruth Morrison"), style="Caption", align="right", rsid=r3),
        para(
            '<w:r w:rsidR="00D21A6B"><w:lastRenderedPageBreak/>'
            "<w:t>Prices and opening hours</w:t></w:r>",
            style="Heading2",
            rsid=r1,
        ),
        para(
            run(
                "The trust says it cannot promise mainland prices. Fuel in Tarbert has been about "
                "14p a litre dearer than in Inverness, largely because of the cost of shipping it "
                "across the Minch."
            ),
            rsid=r1,
        ),
        para(
            run(
                "Trust director Peigi Ann Mackinnon said the aim was to break even, not to make "
                "money. “If we can hold the price where it is and keep the doors open, that’s a "
                "win,” she said."
            ),
            rsid=r2,
        ),
        para(
            run(
                "Under the trust, the station will open from 8am to 6pm, Monday to Saturday, from "
                "1 April."
            ),
            rsid=r2,
        ),
        para(
            run(
                "The trust is also looking at adding an electric vehicle charger on the "
                "forecourt, paid for from the community wind turbine on the hill above the "
                "village."
            ),
            rsid=r3,
        ),
        para(run("Additional reporting by Calum Maciver.", i=True), rsid=r3),
        para(run("-ends-"), align="center", rsid=r3),
    ]
    sect = f'<w:sectPr w:rsidR="{r1}">' + SECT_A4 + '<w:docGrid w:linePitch="360"/></w:sectPr>'
    document = (
        XML_HEAD + f"<w:document {DOC_NS_2007}><w:body>" + "".join(body) + sect + "</w:body>"
        "</w:document>"
    )
    diagram_rel = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
    doc_rels = rels_xml(
        [
            ("rId1", f"{REL}/styles", "styles.xml"),
            ("rId2", f"{REL}/settings", "settings.xml"),
            ("rId7", f"{REL}/image", "media/image1.png"),
            ("rId8", f"{REL}/diagramData", "diagrams/data1.xml"),
            ("rId9", f"{REL}/diagramLayout", "diagrams/layout1.xml"),
            ("rId10", f"{REL}/diagramQuickStyle", "diagrams/quickStyle1.xml"),
            ("rId11", f"{REL}/diagramColors", "diagrams/colors1.xml"),
            ("rId12", diagram_rel, "diagrams/drawing1.xml"),
        ]
    )
    overrides = [
        *BASE_OVERRIDES,
        ("/word/diagrams/data1.xml", f"{CT_DML}.diagramData+xml"),
        ("/word/diagrams/layout1.xml", f"{CT_DML}.diagramLayout+xml"),
        ("/word/diagrams/quickStyle1.xml", f"{CT_DML}.diagramStyle+xml"),
        ("/word/diagrams/colors1.xml", f"{CT_DML}.diagramColors+xml"),
        ("/word/diagrams/drawing1.xml", "application/vnd.ms-office.drawingml.diagramDrawing+xml"),
    ]
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(overrides),
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": styles_xml("Cambria"),
        "word/settings.xml": settings_xml(
            [r1, r2, r3],
            '<w:proofState w:spelling="dirty" w:grammar="clean"/>',
        ),
        "word/media/image1.png": png(48, 36, 200),
        **diagram_parts(),
        "docProps/core.xml": core_xml(
            "Tarbert fuel",
            "Ruth",
            "Ruth",
            "2026-03-02T19:20:00Z",
            "2026-03-04T22:08:00Z",
        ),
        "docProps/app.xml": app_xml("12.0000", 857),
    }
    write_package(HERE / SMARTART_NAME, parts)


def main() -> None:
    legal_read()
    word_2007()
    for name in (LEGAL_NAME, SMARTART_NAME):
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()

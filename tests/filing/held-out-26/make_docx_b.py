"""Write the two Word files of set h26 (part b) with the standard library only.

Every part is hand-written WordprocessingML; the pictures are small PNGs drawn with zlib and
struct; zipfile packs them with fixed entry times, so a rerun writes the same bytes.

    python make_docx_b.py            # writes both files next to this script
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 5, 9, 0, 0)

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

DOCUMENT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

ROOT_ATTRS = (
    f'xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}" xmlns:pic="{NS_PIC}"'
)


# ------------------------------------------------------------------ pictures


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """A vertical gradient PNG, RGB, no filter."""
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        colour = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\x00" + colour * width)
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


def drawing(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    """An inline picture run."""
    descr_attr = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{descr_attr}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{NS_PIC}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ------------------------------------------------------------------ runs and paragraphs


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def para(content: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>" if ppr else f"<w:p>{content}</w:p>"


def style(name: str) -> str:
    return f'<w:pStyle w:val="{name}"/>'


# ------------------------------------------------------------------ shared parts


def styles_xml(extra: str = "") -> str:
    return (
        XML_DECL + f'<w:styles xmlns:w="{NS_W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" '
        'w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:b/><w:sz w:val="40"/></w:rPr>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:rPr><w:i/><w:color w:val="404040"/><w:sz w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>'
        '<w:outlineLvl w:val="1"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        f"{extra}</w:styles>"
    )


FONT_TABLE = (
    XML_DECL + f'<w:fonts xmlns:w="{NS_W}">'
    '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Cambria"><w:panose1 w:val="02040503050406030204"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/></w:font></w:fonts>'
)


def core_xml(title: str, creator: str, modified_by: str, revision: int) -> str:
    return (
        XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        f"<cp:revision>{revision}</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T06:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T08:47:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(template: str, words: int) -> str:
    return (
        XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes"><Template>{escape(template)}</Template><TotalTime>74</TotalTime>'
        f"<Pages>2</Pages><Words>{words}</Words><Application>Microsoft Office Word</Application>"
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


def package_rels() -> str:
    return (
        XML_DECL + f'<Relationships xmlns="{NS_PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def rels(items: list[tuple[str, str, str, bool]]) -> str:
    out = [XML_DECL, f'<Relationships xmlns="{NS_PKG}">']
    for rid, kind, target, external in items:
        mode = ' TargetMode="External"' if external else ""
        out.append(f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"{mode}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(main_ct: str, overrides: list[tuple[str, str]]) -> str:
    out = [
        XML_DECL,
        f'<Types xmlns="{NS_CT}">',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Default Extension="png" ContentType="image/png"/>',
        f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/>',
        f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>',
        f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>',
        f'<Override PartName="/word/fontTable.xml" ContentType="{WML}.fontTable+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/>',
    ]
    for part, ct in overrides:
        out.append(f'<Override PartName="{part}" ContentType="{ct}"/>')
    out.append("</Types>")
    return "".join(out)


def section(header_rid: str = "", footer_rid: str = "") -> str:
    refs = ""
    if header_rid:
        refs += f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
    if footer_rid:
        refs += f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
    return (
        f"<w:sectPr>{refs}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" '
        'w:footer="709" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
        "</w:sectPr>"
    )


def document(body: str, sect: str) -> str:
    return XML_DECL + f"<w:document {ROOT_ATTRS}><w:body>{body}{sect}</w:body></w:document>"


def write_zip(path: Path, parts: list[tuple[str, bytes | str]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ------------------------------------------------------------------ file 1: the press statement

STATEMENT = (
    "docx-parliament-committee-press-statement-saved-as-word-template-dotx-content-type-in-docx-"
    "attached-template-header-coat-of-arms-unfilled-placeholder-controls-list-number-signature-"
    "block-vaccine-fridges.docx"
)

BOLD = "<w:b/>"
CENTRE = '<w:jc w:val="center"/>'
JUSTIFY = '<w:jc w:val="both"/>'
RIGHT = '<w:jc w:val="right"/>'


def sdt_text(tag: str, alias: str, value: str, sid: int) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
        f"<w:text/></w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>"
    )


def sdt_date(value: str, iso: str, sid: int) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="Release date"/><w:tag w:val="ReleaseDate"/>'
        f'<w:id w:val="{sid}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        f"</w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>"
    )


def sdt_placeholder(tag: str, alias: str, sid: int) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
        "<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
        + run("Click or tap here to enter text.", '<w:rStyle w:val="PlaceholderText"/>')
        + "</w:sdtContent></w:sdt>"
    )


def numbered(text: str) -> str:
    return para(run(text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' + JUSTIFY)


NUMBERING = (
    XML_DECL + f'<w:numbering xmlns:w="{NS_W}">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
    '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="720" w:hanging="494"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def statement_parts() -> list[tuple[str, bytes | str]]:
    sz_small = '<w:sz w:val="18"/>'
    header = (
        XML_DECL
        + f"<w:hdr {ROOT_ATTRS}>"
        + para(
            drawing(
                "rId1", 101, "Picture 1", "Coat of arms of the Republic of Kenya", 685800, 685800
            ),
            CENTRE,
        )
        + para(run("REPUBLIC OF KENYA", BOLD), CENTRE + '<w:spacing w:after="0"/>')
        + para(
            run("THE NATIONAL ASSEMBLY", BOLD + '<w:sz w:val="28"/>'),
            CENTRE + '<w:spacing w:after="0"/>',
        )
        + para(
            run("THIRTEENTH PARLIAMENT – FIFTH SESSION", sz_small),
            CENTRE + '<w:spacing w:after="0"/>',
        )
        + para(
            run("DEPARTMENTAL COMMITTEE ON HEALTH", BOLD + sz_small),
            CENTRE + '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="1F5C2E"/>'
            "</w:pBdr>",
        )
        + "</w:hdr>"
    )
    footer = (
        XML_DECL
        + f"<w:ftr {ROOT_ATTRS}>"
        + para(
            run(
                "Clerk’s Chambers, Parliament Buildings, Parliament Road | "
                "P.O. Box 00000-00100, Nairobi | Tel: 0700 000 500 | www.parliament.go.ke",
                sz_small,
            ),
            CENTRE,
        )
        + para(
            run("Page ", sz_small)
            + '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:instrText xml:space="preserve"> PAGE '
            "</w:instrText></w:r>"
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("1", sz_small)
            + '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>',
            RIGHT,
        )
        + "</w:ftr>"
    )
    body = "".join(
        [
            para(
                run("PRESS STATEMENT", BOLD + '<w:sz w:val="32"/><w:color w:val="1F5C2E"/>'), CENTRE
            ),
            para(
                run("Ref: ", BOLD)
                + sdt_text("RefNo", "Reference number", "NA/DCH/PS/2026/014", 7301)
            ),
            para(run("Date: ", BOLD) + sdt_date("5 March 2026", "2026-03-05", 7302)),
            para(run("Embargo: ", BOLD) + sdt_placeholder("Embargo", "Embargo", 7303)),
            para(run("FOR IMMEDIATE RELEASE", BOLD), '<w:spacing w:after="240"/>'),
            para(
                run("MPs find one in four vaccine fridges broken in northern counties"),
                style("Title"),
            ),
            para(
                run(
                    "Health committee gives the Ministry 30 days to replace 31 cold-chain units "
                    "after inspecting 46 facilities in Marsabit, Samburu and Isiolo"
                ),
                style("Subtitle"),
            ),
            para(
                run("NAIROBI, 5 March 2026 — ", BOLD)
                + run(
                    "The Departmental Committee on Health has found that 31 of the 118 "
                    "vaccine refrigerators it inspected in Marsabit, Samburu and Isiolo "
                    "counties were out of order, leaving some health facilities unable to "
                    "offer routine immunisation for weeks at a time."
                ),
                JUSTIFY,
            ),
            para(
                run(
                    "The committee visited 46 health facilities between 23 and 28 February as "
                    "part of its inquiry into the national vaccine cold chain, following reports "
                    "of measles cases in children who had missed scheduled doses."
                ),
                JUSTIFY,
            ),
            para(
                run(
                    "In 14 of the facilities, nurses told Members that vaccines were being "
                    "collected from the sub-county store on the morning of each clinic and "
                    "carried back in cool boxes the same evening, a journey of up to 80 "
                    "kilometres in some areas."
                ),
                JUSTIFY,
            ),
            para(
                drawing(
                    "rId10",
                    102,
                    "Picture 2",
                    "Committee members look into an open "
                    "vaccine refrigerator in a hospital store room",
                    5029200,
                    3352800,
                ),
                CENTRE + '<w:spacing w:after="60"/>',
            ),
            para(
                run(
                    "Members of the Departmental Committee on Health inspect a vaccine "
                    "refrigerator at Laisamis Sub-County Hospital on 25 February 2026."
                ),
                style("Caption"),
            ),
            para(run("Photo: National Assembly Media Relations Unit"), style("Caption") + RIGHT),
            para(
                run(
                    "“A fridge that has been broken since June is not a spare-parts problem. It "
                    "is a planning problem, and children are paying for it,” said the "
                    "committee’s Chairperson, Hon. (Dr) Rael Chepkurui, MP."
                ),
                JUSTIFY,
            ),
            para(
                run(
                    "The committee found that most of the broken units were solar direct-drive "
                    "refrigerators installed between 2019 and 2021 whose batteries or control "
                    "boards had failed, and that the county governments and the Ministry each "
                    "considered the other responsible for repairs."
                ),
                JUSTIFY,
            ),
            para(run("The committee has resolved that the Ministry of Health shall:"), JUSTIFY),
            numbered(
                "replace or repair all 31 units within 30 days and report to the committee "
                "on progress every fortnight;"
            ),
            numbered(
                "agree with the three county governments, within the same period, on who "
                "maintains cold-chain equipment after installation; and"
            ),
            numbered(
                "carry out a national audit of vaccine refrigerators and table its findings "
                "before the committee within 90 days."
            ),
            para(
                run(
                    "Members commended health workers in the three counties who, the committee "
                    "said, had kept immunisation services running with little support."
                ),
                JUSTIFY,
            ),
            para(
                run(
                    "The committee will table its report on the inquiry when the House resumes "
                    "sittings on 17 March 2026."
                ),
                JUSTIFY,
            ),
            para(run("Signed,"), '<w:spacing w:before="360"/>'),
            para(run("HON. (DR) RAEL CHEPKURUI, MP", BOLD), '<w:spacing w:after="0"/>'),
            para(run("CHAIRPERSON, DEPARTMENTAL COMMITTEE ON HEALTH", BOLD)),
            para(run("-ENDS-", BOLD), CENTRE),
            para(
                run(
                    "For media enquiries, contact the Media Relations Unit, National Assembly, "
                    "on 0700 000 500.",
                    '<w:i/><w:sz w:val="18"/>',
                )
            ),
        ]
    )
    settings = (
        XML_DECL + f'<w:settings xmlns:w="{NS_W}" xmlns:r="{NS_R}">'
        '<w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-GB"/></w:settings>'
    )
    template = (
        "file:///C:\\Users\\psc-media\\AppData\\Roaming\\Microsoft\\Templates\\"
        "NA%20Press%20Statement.dotx"
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml", False),
            ("rId2", "settings", "settings.xml", False),
            ("rId3", "fontTable", "fontTable.xml", False),
            ("rId4", "numbering", "numbering.xml", False),
            ("rId5", "header", "header1.xml", False),
            ("rId6", "footer", "footer1.xml", False),
            ("rId10", "image", "media/image2.png", False),
        ]
    )
    return [
        (
            "[Content_Types].xml",
            content_types(
                TEMPLATE_CT,
                [
                    ("/word/numbering.xml", f"{WML}.numbering+xml"),
                    ("/word/header1.xml", f"{WML}.header+xml"),
                    ("/word/footer1.xml", f"{WML}.footer+xml"),
                ],
            ),
        ),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(body, section("rId5", "rId6"))),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings),
        ("word/_rels/settings.xml.rels", rels([("rId1", "attachedTemplate", template, True)])),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", header),
        ("word/_rels/header1.xml.rels", rels([("rId1", "image", "media/image1.png", False)])),
        ("word/footer1.xml", footer),
        ("word/media/image1.png", png(48, 48, (0, 102, 51), (180, 30, 30))),
        ("word/media/image2.png", png(96, 64, (210, 220, 225), (90, 110, 120))),
        (
            "docProps/core.xml",
            core_xml("NA Press Statement", "PSC Media Relations", "Media Relations Unit", 6),
        ),
        ("docProps/app.xml", app_xml("Normal.dotm", 431)),
    ]


# ------------------------------------------------------------------ file 2: the bureau's pass

COPY = (
    "docx-county-correspondent-copy-bureau-sub-tracked-pass-inserted-paragraph-mark-splits-"
    "deleted-paragraph-mark-joins-pprchange-to-heading-rprchange-credit-swap-comments-nyeri-"
    "coffee-payout.docx"
)

SUB = "Kamau Njenga (Nyeri Bureau)"
SUB_DATE = "2026-03-04T17:{:02d}:00Z"
GREY = '<w:color w:val="808080"/><w:sz w:val="18"/>'


class Revs:
    """Hands out revision ids and dates for the bureau sub-editor's changes."""

    def __init__(self) -> None:
        self.n = 0

    def attrs(self) -> str:
        self.n += 1
        return f'w:id="{100 + self.n}" w:author="{SUB}" w:date="{SUB_DATE.format(self.n)}"'

    def ins(self, text: str, props: str = "") -> str:
        return f"<w:ins {self.attrs()}>{run(text, props)}</w:ins>"

    def dele(self, text: str, props: str = "") -> str:
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return (
            f"<w:del {self.attrs()}><w:r>{rpr}"
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
        )

    def mark(self, kind: str) -> str:
        """rPr for a paragraph mark that the sub inserted ("ins") or deleted ("del")."""
        return f"<w:rPr><w:{kind} {self.attrs()}/></w:rPr>"


def comment_range(cid: int, content: str) -> str:
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{content}<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f'<w:commentReference w:id="{cid}"/></w:r>'
    )


COMMENTS = [
    (0, "Split this para: two separate points."),
    (1, "Joined these two, the chairman's line explains the rise."),
    (
        2,
        "Cut the board's line. We have no one on record saying it. Call the chair before we "
        "put it back?",
    ),
    (3, "Wachira took this one himself in November, not file. Credit fixed."),
]


def comments_xml() -> str:
    out = [XML_DECL, f"<w:comments {ROOT_ATTRS}>"]
    for cid, text in COMMENTS:
        out.append(
            f'<w:comment w:id="{cid}" w:author="{SUB}" w:date="2026-03-04T17:30:00Z" '
            f'w:initials="KN"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"{run(text)}</w:p></w:comment>"
        )
    out.append("</w:comments>")
    return "".join(out)


def copy_parts() -> list[tuple[str, bytes | str]]:
    rv = Revs()
    body = "".join(
        [
            para(run("NYERI COFFEE PAYOUT | Wachira | 610 words | for Agribusiness, Monday", GREY)),
            para(
                run("Nyeri coffee farmers to ", BOLD + '<w:sz w:val="32"/>')
                + rv.dele("receive", BOLD + '<w:sz w:val="32"/>')
                + rv.ins("get", BOLD + '<w:sz w:val="32"/>')
                + run(" Sh62 a kilo as society clears arrears", BOLD + '<w:sz w:val="32"/>')
            ),
            para(
                run(
                    "Thung’ari Farmers’ Co-operative Society says payments for the 2024/25 crop "
                    "will reach members’ accounts by March 20 after it borrowed Sh48 million",
                    "<w:i/>",
                )
            ),
            para(run("By Wachira Gitau", BOLD)),
            para(
                run("NYERI — ", BOLD)
                + run(
                    "About 3,800 coffee farmers in Mathira will be paid Sh62 for every kilo of "
                    "cherry they delivered in the 2024/25 season, after their co-operative "
                    "society borrowed money to clear arrears that have been outstanding since "
                    "December."
                )
            ),
            # the sub split this paragraph: the first half's paragraph mark is an insertion
            "<w:p><w:pPr>"
            + rv.mark("ins")
            + "</w:pPr>"
            + comment_range(
                0,
                run(
                    "The Thung’ari Farmers’ Co-operative Society said on Tuesday "
                    "that payments would reach members’ bank and mobile money "
                    "accounts by March 20."
                ),
            )
            + "</w:p>",
            para(
                run(
                    "The society borrowed Sh48 million from a state-backed cherry advance fund to "
                    "pay farmers while it waits for the proceeds of coffee sold at the Nairobi "
                    "Coffee Exchange."
                )
            ),
            # the sub joined these two: the first paragraph's mark is a deletion
            "<w:p><w:pPr>"
            + rv.mark("del")
            + "</w:pPr>"
            + comment_range(1, run("The payout is Sh9 higher than last season’s rate of Sh53."))
            + rv.ins(" ")
            + "</w:p>",
            para(
                run(
                    "Society chairman Peter Macharia Wanjohi said better prices at the auction, "
                    "where Nyeri’s AA grade sold for up to US$560 a 50-kilo bag in January, had "
                    "made the increase possible."
                )
            ),
            para(
                run(
                    "“Our members waited three months for money they had already earned. We "
                    "could not let them wait for the last auction,” Mr Wanjohi said."
                )
            ),
            para(
                drawing(
                    "rId10",
                    201,
                    "Picture 1",
                    "Farmers queue with sacks of red coffee cherry at a factory weighing shed",
                    5029200,
                    3352800,
                ),
                CENTRE,
            ),
            para(
                run(
                    "Farmers deliver cherry at Gitunduti factory in Mathira, Nyeri County, in "
                    "November.",
                    "<w:i/>",
                )
            ),
            para(
                comment_range(
                    3,
                    rv.dele("Photo: File", '<w:sz w:val="18"/>')
                    + rv.ins("Photo: Wachira Gitau", '<w:sz w:val="18"/>'),
                ),
                RIGHT,
            ),
            # a crosshead the sub restyled from Normal to Heading 2
            '<w:p><w:pPr><w:pStyle w:val="Heading2"/>'
            f"<w:pPrChange {rv.attrs()}><w:pPr/></w:pPrChange></w:pPr>"
            + run("Arrears and audits")
            + "</w:p>",
            para(
                run(
                    "Farmers at the society’s Gitunduti and Kiamariga factories protested in "
                    "January over the delay, blocking the road to the society’s offices in "
                )
                + "<w:r><w:rPr>"
                f"<w:rPrChange {rv.attrs()}><w:rPr><w:b/></w:rPr></w:rPrChange>"
                "</w:rPr>" + t("Karatina") + "</w:r>" + run(" for a day.")
            ),
            para(
                run(
                    "A county audit last year found that the society had paid Sh3.1 million in "
                    "allowances to board members in 2023/24."
                )
                + comment_range(
                    2, rv.dele(" Board members said the audit was politically motivated.")
                )
                + run(" The board has since cut sitting allowances by half.")
            ),
            para(
                run(
                    "Mary Wangechi, who has 450 trees at Gitunduti, said the delay had forced her "
                    "to borrow from a moneylender to pay school fees in January."
                )
            ),
            para(
                run(
                    "“Sh62 is good, but only if it comes. We will believe it when the message "
                    "comes on the phone,” she said."
                )
            ),
            # a whole paragraph the sub added
            "<w:p><w:pPr>"
            + rv.mark("ins")
            + "</w:pPr>"
            + rv.ins(
                "The society has 4,120 registered members, of whom about 3,800 delivered "
                "cherry last season."
            )
            + "</w:p>",
            para(
                run(
                    "The county’s co-operatives officer, Jane Muthoni Karuga, said her office "
                    "would monitor the payments, and that societies that delay payouts for more "
                    "than 60 days after a sale would face an inspection."
                )
            ),
            para(run("Additional reporting by Nduta Kamau in Othaya.", "<w:i/>")),
            para(run("ENDS", BOLD), CENTRE),
        ]
    )
    settings = (
        XML_DECL + f'<w:settings xmlns:w="{NS_W}">'
        '<w:zoom w:percent="110"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-GB"/></w:settings>'
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml", False),
            ("rId2", "settings", "settings.xml", False),
            ("rId3", "fontTable", "fontTable.xml", False),
            ("rId4", "comments", "comments.xml", False),
            ("rId10", "image", "media/image1.png", False),
        ]
    )
    return [
        (
            "[Content_Types].xml",
            content_types(DOCUMENT_CT, [("/word/comments.xml", f"{WML}.comments+xml")]),
        ),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(body, section())),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/comments.xml", comments_xml()),
        ("word/media/image1.png", png(96, 64, (120, 30, 30), (60, 90, 40))),
        ("docProps/core.xml", core_xml("Nyeri coffee payout", "Wachira Gitau", SUB, 9)),
        ("docProps/app.xml", app_xml("Normal.dotm", 612)),
    ]


def main() -> None:
    write_zip(HERE / STATEMENT, statement_parts())
    write_zip(HERE / COPY, copy_parts())


if __name__ == "__main__":
    main()

"""Write the two Word files of set h37 (part a) with the standard library only.

docx-ckeditor-5-export-to-word-...  a college news office story exported from a CKEditor 5
    editor with the Export to Word converter, the reviewers' tracked changes and comments kept
docx-lark-docs-export-...  a Saipan travel agency's press release exported from Lark Docs

Run: python tests/filing/held-out-37/make_docx_a.py
Zip timestamps, revision and comment dates are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2027, 4, 6, 8, 0, 0)

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
W_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    f'xmlns:w="{W_URI}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 w15"'
)
CORE_NS = (
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small PNG: a flat colour with a lighter top third, made with zlib and struct."""
    rows = []
    for y in range(height):
        shade = tuple(min(255, c + 50) for c in rgb) if y < height // 3 else rgb
        rows.append(b"\x00" + bytes(shade) * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(inner: str, ppr: str = "", pid: str = "") -> str:
    attrs = f' w14:paraId="{pid}" w14:textId="77777777"' if pid else ""
    return f"<w:p{attrs}>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def style_ppr(style: str, extra: str = "") -> str:
    return f'<w:pStyle w:val="{style}"/>{extra}'


def write_zip(path: Path, parts: list[tuple[str, bytes | str]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind if kind.startswith("http") else f"{REL_NS}/{kind}"}" '
        f'Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">{body}</Relationships>'


ROOT_RELS = (
    f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def content_types(overrides: list[tuple[str, str]], image_ext: str = "png") -> str:
    over = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in overrides
    )
    return (
        f'{XML_HEAD}<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="{image_ext}" ContentType="image/{image_ext}"/>'
        f"{over}"
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


def inline_picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f' descr="{escape(descr)}"' if descr else ""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}"{descr_attr}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def field(instr: str, shown: str, rpr: str = "") -> str:
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
        f"<w:r>{r}{t(f' {instr} ', 'w:instrText')}</w:r>"
        f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(shown, rpr)}"
        f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>'
    )


# ---------------------------------------------------------------------------
# 1. CKEditor 5 Export to Word: Northern Marianas College news story
# ---------------------------------------------------------------------------

CK_NAME = (
    "docx-ckeditor-5-export-to-word-college-news-story-config-header-logo-page-footer-"
    "heading-1-headline-italic-dek-tracked-deletions-inserted-credit-comment-thread-"
    "figure-captions-table-rota-nursing-assistants"
)

CK_VP = "Joseph Sakisat Mafnas"
CK_WRITER = "Hannah Manglona Reyes"
CK_LAWYER = "Gloria Reyes Ogumoro"
CK_DATE = "2027-03-31T05:42:00Z"
CK_DATE2 = "2027-03-31T06:15:00Z"
CK_FONT = '<w:rFonts w:ascii="Helvetica" w:hAnsi="Helvetica" w:cs="Arial"/>'


def ck_ins(rid: int, text: str, rpr: str = "") -> str:
    return f'<w:ins w:id="{rid}" w:author="{CK_VP}" w:date="{CK_DATE}">{run(text, rpr)}</w:ins>'


def ck_del(rid: int, text: str, rpr: str = "") -> str:
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{rid}" w:author="{CK_VP}" w:date="{CK_DATE}">'
        f"<w:r>{r}{t(text, 'w:delText')}</w:r></w:del>"
    )


def comment_ref(cid: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'


def ck_document() -> str:
    b: list[str] = []
    n = "Normal"
    b.append(
        para(
            run("FOR RELEASE: Thursday, April 1, 2027", "<w:b/><w:caps/>"),
            style_ppr(n),
            "1A2B0001",
        )
    )
    # Headline (an <h2> in the editor, "Heading 1" in its heading dropdown)
    b.append(
        para(
            '<w:commentRangeStart w:id="2"/>'
            + run(
                "First Rota cohort finishes NMC nursing assistant program, ending trips to Saipan for training"
            )
            + '<w:commentRangeEnd w:id="2"/>'
            + comment_ref(2),
            style_ppr("Heading1"),
            "1A2B0002",
        )
    )
    # Dek: italic made by the vice president, recorded as a formatting change
    b.append(
        para(
            "<w:r><w:rPr><w:i/>"
            f'<w:rPrChange w:id="301" w:author="{CK_VP}" w:date="{CK_DATE}"><w:rPr/></w:rPrChange>'
            "</w:rPr>"
            + t(
                "Nine students trained at the Rota Instructional Site and did their clinical hours at the Rota Health Center"
            )
            + "</w:r>",
            style_ppr(n),
            "1A2B0003",
        )
    )
    b.append(
        para(
            run(f"By {CK_WRITER}, NMC Office of Communications and Marketing"),
            style_ppr(n),
            "1A2B0004",
        )
    )
    b.append(
        para(
            run("SONGSONG, Rota", "<w:b/>")
            + run(
                " — Nine Rota residents received their certified nursing assistant pins on Tuesday"
            )
            + ck_del(101, " (March 30)")
            + run(
                ", the first class to complete Northern Marianas College’s nursing assistant program without leaving the island."
            ),
            style_ppr(n),
            "1A2B0005",
        )
    )
    b.append(
        para(
            inline_picture(
                "rId10",
                1,
                "image1.png",
                "Nine graduates in white scrubs raise their right hands",
                5486400,
                3200400,
            ),
            style_ppr(n, '<w:jc w:val="center"/>'),
            "1A2B0006",
        )
    )
    b.append(
        para(
            run(
                "Graduates of Northern Marianas College’s first Rota nursing assistant class recite their pledge at the pinning ceremony in Songsong on March 30."
            )
            + ck_ins(102, " (Photo: NMC Office of Communications and Marketing)"),
            style_ppr("Caption", '<w:jc w:val="center"/>'),
            "1A2B0007",
        )
    )
    b.append(
        para(
            run(
                "Until this year, Rota students who wanted the certificate had to move to Saipan for a semester and pay for housing there. The college began offering the 12-week program at its Rota Instructional Site in January, with lectures by video from the As Terlaje campus and hands-on training with a Rota-based instructor."
            ),
            style_ppr(n),
            "1A2B0010",
        )
    )
    b.append(
        para(
            run(
                "The students did their 100 clinical hours at the Rota Health Center, where four of them have already been offered jobs, said Dean of Nursing Evelyn Taisacan Pangelinan."
            )
            + ck_del(
                103,
                " Three more have applied for openings with the Commonwealth Healthcare Corporation on Saipan.",
            ),
            style_ppr(n),
            "1A2B0020",
        )
    )
    # a whole paragraph deleted, paragraph mark included
    b.append(
        para(
            ck_del(
                104,
                "The college spent $38,500 to turn a classroom at the Rota site into a skills lab, with two hospital beds donated by a Guam clinic.",
            ),
            style_ppr(
                n,
                f'<w:rPr><w:del w:id="105" w:author="{CK_VP}" w:date="{CK_DATE}"/></w:rPr>',
            ),
            "1A2B0021",
        )
    )
    b.append(
        para(
            run(
                "“Rota has always had to bring in its health workers from Saipan or off-island,” Pangelinan said. “These nine are from here, and they are staying here.”"
            ),
            style_ppr(n),
            "1A2B0022",
        )
    )
    b.append(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run(
                "The youngest graduate, 18-year-old Shania Atalig Calvo, finished the program during her senior year at Dr. Rita H. Inos Jr./Sr. High School. The oldest, 52-year-old Remedios Mendiola Songao, cared for her mother for six years before deciding to get certified."
            )
            + '<w:commentRangeEnd w:id="0"/>'
            + comment_ref(0)
            + comment_ref(1),
            style_ppr(n),
            "1A2B0023",
        )
    )
    b.append(
        para(
            inline_picture(
                "rId11",
                2,
                "image2.png",
                "A nursing assistant student takes a blood pressure reading",
                5486400,
                3200400,
            ),
            style_ppr(n, '<w:jc w:val="center"/>'),
            "1A2B0024",
        )
    )
    b.append(
        para(
            run(
                "Remedios Mendiola Songao checks a patient’s blood pressure during clinical training at the Rota Health Center in February. (Courtesy of Rota Health Center)"
            ),
            style_ppr("Caption", '<w:jc w:val="center"/>'),
            "1A2B0025",
        )
    )
    for i, text in enumerate(
        (
            "“I was already doing the work at home without a certificate,” Songao said. “Now I can do it for other families, and get paid for it.”",
            "The program is paid for by a $214,000 federal workforce grant that also covers tuition, books and uniforms for two more Rota classes, the college said.",
            "Applications for the next Rota class, which starts in August, are open until June 15 at the Rota Instructional Site in Songsong.",
        )
    ):
        b.append(para(run(text), style_ppr(n), f"1A2B003{i}"))
    # the "at a glance" table (a <figure class="table"> in the editor)
    rows = [
        ("Rota CNA program at a glance", ""),
        ("Graduates", "9"),
        ("Clinical hours", "100"),
        ("Job offers so far", "4"),
        ("Next class", "August 2027"),
        ("Grant", "$214,000"),
    ]
    trs = []
    for i, (k, v) in enumerate(rows):
        if i == 0:
            trs.append(
                '<w:tr><w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:gridSpan w:val="2"/>'
                '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>'
                + para(run(k, "<w:b/>"), style_ppr(n))
                + "</w:tc></w:tr>"
            )
            continue
        trs.append(
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="4513" w:type="dxa"/></w:tcPr>'
            + para(run(k), style_ppr(n))
            + '</w:tc><w:tc><w:tcPr><w:tcW w:w="4513" w:type="dxa"/></w:tcPr>'
            + para(run(v), style_ppr(n))
            + "</w:tc></w:tr>"
        )
    b.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="9026" w:type="dxa"/>'
        '<w:jc w:val="center"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4513"/><w:gridCol w:w="4513"/></w:tblGrid>'
        + "".join(trs)
        + "</w:tbl>"
    )
    b.append(para(run("###"), style_ppr(n, '<w:jc w:val="center"/>'), "1A2B0040"))
    b.append(
        para(
            run("For more information, contact Hannah Manglona Reyes at (670) 237-6700, ext. ")
            + ck_del(106, "6718")
            + ck_ins(107, "6721")
            + run(", or communications@nmc.edu.mp."),
            style_ppr(n),
            "1A2B0041",
        )
    )
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
        '<w:footerReference w:type="default" r:id="rId21"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return f"{XML_HEAD}<w:document {W_NS}><w:body>{''.join(b)}{sect}</w:body></w:document>"


def ck_styles() -> str:
    def pstyle(sid: str, name: str, ppr: str, rpr: str, extra: str = "") -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"{extra}><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    return (
        f'{XML_HEAD}<w:styles xmlns:w="{W_URI}">'
        f'<w:docDefaults><w:rPrDefault><w:rPr>{CK_FONT}<w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
        )
        + pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="30"/><w:szCs w:val="30"/>',
        )
        + pstyle(
            "Heading3",
            "heading 3",
            '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/>',
            '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
        )
        + pstyle(
            "Caption",
            "caption",
            '<w:spacing w:before="60" w:after="240"/>',
            '<w:color w:val="555555"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        )
        + pstyle(
            "Quote",
            "Quote",
            '<w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="CCCCCC"/></w:pBdr><w:ind w:left="567"/>',
            "<w:i/>",
        )
        + '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Table"><w:name w:val="Table"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        "</w:styles>"
    )


def ck_comment(cid: int, author: str, initials: str, date: str, text: str, pid: str) -> str:
    return (
        f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{date}" w:initials="{initials}">'
        + para(
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + run(text),
            style_ppr("CommentText"),
            pid,
        )
        + "</w:comment>"
    )


def ck_comments() -> str:
    return (
        f"{XML_HEAD}<w:comments {W_NS}>"
        + ck_comment(
            0,
            CK_LAWYER,
            "GRO",
            "2027-03-31T05:55:00Z",
            "Do we have signed media consent forms from Ms. Calvo (she was 17 when the class started) and Ms. Songao? If not, please take the names out before this goes to the papers.",
            "3C4D0001",
        )
        + ck_comment(
            1,
            CK_WRITER,
            "HMR",
            CK_DATE2,
            "Both signed consent forms at the pinning ceremony; scans are in the Rota folder. OK to keep the names.",
            "3C4D0002",
        )
        + ck_comment(
            2,
            CK_VP,
            "JSM",
            CK_DATE,
            "Headline is long. Let the papers trim it if they need to.",
            "3C4D0003",
        )
        + "</w:comments>"
    )


def ck_comments_extended() -> str:
    return (
        f'{XML_HEAD}<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        '<w15:commentEx w15:paraId="3C4D0001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="3C4D0002" w15:paraIdParent="3C4D0001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="3C4D0003" w15:done="0"/>'
        "</w15:commentsEx>"
    )


def ck_header() -> str:
    logo = inline_picture(
        "rId1", 100, "header-logo.png", "Northern Marianas College seal", 548640, 548640
    )
    return (
        f"{XML_HEAD}<w:hdr {W_NS}>"
        + para(
            logo
            + run(
                "  NORTHERN MARIANAS COLLEGE", '<w:b/><w:color w:val="00467F"/><w:sz w:val="24"/>'
            )
            + "<w:r><w:tab/></w:r>"
            + run("NEWS", '<w:b/><w:color w:val="00467F"/><w:sz w:val="24"/>'),
            style_ppr("Header"),
        )
        + para(
            run(
                "Office of Communications and Marketing · As Terlaje Campus · Saipan, MP 96950",
                '<w:color w:val="7F7F7F"/><w:sz w:val="16"/>',
            ),
            style_ppr(
                "Header",
                '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="00467F"/></w:pBdr>',
            ),
        )
        + "</w:hdr>"
    )


def ck_footer() -> str:
    grey = '<w:color w:val="7F7F7F"/>'
    return (
        f"{XML_HEAD}<w:ftr {W_NS}>"
        + para(
            run("Northern Marianas College News · Page ", grey)
            + field("PAGE", "1", grey)
            + run(" of ", grey)
            + field("NUMPAGES", "2", grey),
            style_ppr("Footer"),
        )
        + "</w:ftr>"
    )


def build_ck() -> None:
    overrides = [
        ("/word/document.xml", f"{WML}.document.main+xml"),
        ("/word/styles.xml", f"{WML}.styles+xml"),
        ("/word/settings.xml", f"{WML}.settings+xml"),
        ("/word/comments.xml", f"{WML}.comments+xml"),
        (
            "/word/commentsExtended.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        ),
        ("/word/header1.xml", f"{WML}.header+xml"),
        ("/word/footer1.xml", f"{WML}.footer+xml"),
    ]
    core = (
        f"{XML_HEAD}<cp:coreProperties {CORE_NS}>"
        "<dc:title>First Rota cohort finishes NMC nursing assistant program</dc:title>"
        f"<dc:creator>{CK_WRITER}</dc:creator><cp:lastModifiedBy>CKEditor Export to Word</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-31T06:20:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-31T06:20:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>CKEditor 5 Export to Word</Application><DocSecurity>0</DocSecurity></Properties>"
    )
    settings = (
        f'{XML_HEAD}<w:settings xmlns:w="{W_URI}">'
        '<w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId3", "comments", "comments.xml"),
            (
                "rId4",
                "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                "commentsExtended.xml",
            ),
            ("rId10", "image", "media/image1.png"),
            ("rId11", "image", "media/image2.png"),
            ("rId20", "header", "header1.xml"),
            ("rId21", "footer", "footer1.xml"),
        ]
    )
    parts: list[tuple[str, bytes | str]] = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", ck_document()),
        ("word/styles.xml", ck_styles()),
        ("word/settings.xml", settings),
        ("word/comments.xml", ck_comments()),
        ("word/commentsExtended.xml", ck_comments_extended()),
        ("word/header1.xml", ck_header()),
        ("word/footer1.xml", ck_footer()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/_rels/header1.xml.rels", rels([("rId1", "image", "media/image3.png")])),
        ("word/media/image1.png", png(60, 35, (235, 235, 240))),
        ("word/media/image2.png", png(60, 35, (90, 130, 160))),
        ("word/media/image3.png", png(24, 24, (0, 70, 127))),
    ]
    write_zip(HERE / f"{CK_NAME}.docx", parts)


# ---------------------------------------------------------------------------
# 2. Lark Docs export: Haiyun Travel's press release on the Guangzhou charter
# ---------------------------------------------------------------------------

LARK_NAME = (
    "docx-lark-docs-export-travel-agency-press-release-doc-title-callout-table-mention-"
    "heading-1-headline-heading-2-dek-dated-dateline-quote-block-image-caption-lines-"
    "schedule-table-about-block-guangzhou-charter"
)

LARK_FONT = '<w:rFonts w:ascii="Arial" w:eastAsia="PingFang SC" w:hAnsi="Arial" w:cs="Arial"/>'
GREY = '<w:color w:val="8F959E"/>'


def lk(text: str, extra: str = "") -> str:
    return run(text, LARK_FONT + extra)


def lp(inner: str, style: str = "Normal", extra: str = "") -> str:
    return para(inner, style_ppr(style, extra))


def lark_document() -> str:
    b: list[str] = []
    b.append(lp(lk("【EN】Press Release – Guangzhou–Saipan charter (final v3)"), "Title"))
    # callout block: a one-cell shaded table
    callout = lp(lk("📌 ") + lk("Note from Marketing", "<w:b/>")) + lp(
        lk(
            "English version for the Saipan media. The Chinese version is in the linked doc. Photos may be used with the credit shown under each one. "
        )
        + lk("@Lin Xiaoyu", '<w:color w:val="3370FF"/>')
        + lk(" please check the flight numbers before sending.")
    )
    b.append(
        '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="6" w:space="0" w:color="FFC60A"/><w:left w:val="single" w:sz="6" w:space="0" w:color="FFC60A"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="FFC60A"/><w:right w:val="single" w:sz="6" w:space="0" w:color="FFC60A"/></w:tblBorders>'
        '<w:tblCellMar><w:top w:w="120" w:type="dxa"/><w:left w:w="160" w:type="dxa"/><w:bottom w:w="120" w:type="dxa"/><w:right w:w="160" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="9026"/></w:tblGrid>'
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="FEF7DA"/></w:tcPr>'
        f"{callout}</w:tc></w:tr></w:tbl>"
    )
    b.append(lp(lk("（中文版请见：新闻稿｜广州—塞班包机首航）", GREY)))
    b.append(
        lp(
            lk("Guangzhou charter brings 182 visitors to Saipan, first of 12 summer flights"),
            "Heading1",
        )
    )
    b.append(
        lp(
            lk(
                "Haiyun Travel says its July and August flights are 80 percent booked as it adds weekly service from southern China"
            ),
            "Heading2",
        )
    )
    # divider block
    b.append(
        lp(
            "",
            "Normal",
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="DEE0E3"/></w:pBdr>',
        )
    )
    b.append(
        lp(
            lk("SAIPAN, April 5, 2027 — ", "<w:b/>")
            + lk(
                "A charter flight from Guangzhou carrying 182 passengers landed at Francisco C. Ada/Saipan International Airport early Monday, the first of 12 summer charters arranged by Haiyun Travel (Saipan) Co., Ltd."
            )
        )
    )
    for text in (
        "The flights, operated by Southern Pearl Airlines with a 189-seat Airbus A321, will arrive every Monday until the end of June and twice a week in July and August, the company said. Most passengers are on five-night tour packages that include hotel stays in Garapan, a day trip to Managaha Island and a visit to the Grotto.",
        "Haiyun Travel general manager Chen Haoran said the company had sold more than 1,700 seats for the summer and that July and August were already 80 percent booked.",
    ):
        b.append(lp(lk(text)))
    b.append(
        lp(
            lk(
                "“Families in Guangdong want a beach holiday that is four hours away, not ten, and they want to feel welcome when they land,” Chen said. “Saipan gives them both.”"
            ),
            "Quote",
        )
    )
    b.append(
        lp(
            inline_picture("rId10", 1, "image1.png", "", 5486400, 3086100),
            "Normal",
            '<w:jc w:val="center"/>',
        )
    )
    b.append(
        lp(
            lk(
                "Passengers on the first Guangzhou charter receive mwarmwars at the airport on April 5. Photo: Haiyun Travel",
                GREY + '<w:sz w:val="18"/>',
            ),
            "Normal",
            '<w:jc w:val="center"/>',
        )
    )
    for text in (
        "Passengers were greeted at the gate by dancers and given mwarmwars, the Carolinian flower head wreaths, by staff of the Marianas Visitors Authority.",
        "MVA Managing Director Celeste Pua Magofna said the charters would help fill hotel rooms during a season when arrivals from Japan usually slow down. “Every full flight is about 180 guests eating in our restaurants and shopping in our stores for five days,” she said.",
        "Chen said the company hopes to turn the charters into a regular scheduled route in 2028 if bookings hold. Visitors from China can enter the CNMI without a U.S. visa under federal rules that allow stays of up to 14 days.",
    ):
        b.append(lp(lk(text)))
    b.append(
        lp(
            inline_picture("rId11", 2, "image2.png", "", 5486400, 3086100),
            "Normal",
            '<w:jc w:val="center"/>',
        )
    )
    b.append(
        lp(
            lk(
                "Haiyun Travel staff and MVA representatives at the arrival ceremony. Photo: Marianas Visitors Authority",
                GREY + '<w:sz w:val="18"/>',
            ),
            "Normal",
            '<w:jc w:val="center"/>',
        )
    )
    b.append(lp(lk("Summer 2027 charter schedule"), "Heading3"))
    sched = [
        ("Flight", "Days", "Dates"),
        ("SPA 8821 Guangzhou–Saipan", "Mondays", "April 5 – June 28"),
        ("SPA 8821 Guangzhou–Saipan", "Mondays and Fridays", "July 2 – Aug. 30"),
        ("SPA 8822 Saipan–Guangzhou", "Day after each arrival", "April 6 – Aug. 31"),
    ]
    trs = []
    for i, row in enumerate(sched):
        cells = "".join(
            '<w:tc><w:tcPr><w:tcW w:w="3008" w:type="dxa"/>'
            + ('<w:shd w:val="clear" w:color="auto" w:fill="F5F6F7"/>' if i == 0 else "")
            + "</w:tcPr>"
            + lp(lk(c, "<w:b/>" if i == 0 else ""))
            + "</w:tc>"
            for c in row
        )
        trs.append(f"<w:tr>{cells}</w:tr>")
    b.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3008"/><w:gridCol w:w="3008"/><w:gridCol w:w="3010"/></w:tblGrid>'
        + "".join(trs)
        + "</w:tbl>"
    )
    b.append(lp(lk("About Haiyun Travel"), "Heading3"))
    b.append(
        lp(
            lk(
                "Haiyun Travel (Saipan) Co., Ltd. is a tour operator based in Garapan with offices in Guangzhou and Shenzhen. It has brought visitors from southern China to the Northern Mariana Islands since 2016."
            )
        )
    )
    b.append(
        lp(
            lk(
                "Media contact: Lin Xiaoyu, Marketing Manager, +1 (670) 233-0000, media@haiyun-saipan.com"
            )
        )
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return f"{XML_HEAD}<w:document {W_NS}><w:body>{''.join(b)}{sect}</w:body></w:document>"


def lark_styles() -> str:
    def pstyle(sid: str, name: str, ppr: str, rpr: str) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        )

    return (
        f'{XML_HEAD}<w:styles xmlns:w="{W_URI}">'
        f'<w:docDefaults><w:rPrDefault><w:rPr>{LARK_FONT}<w:color w:val="1F2329"/><w:sz w:val="22"/>'
        '<w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:before="80" w:after="80" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + pstyle(
            "Title",
            "Title",
            '<w:spacing w:after="240"/>',
            '<w:b/><w:sz w:val="52"/><w:szCs w:val="52"/>',
        )
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="320" w:after="160"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>',
        )
        + pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>',
        )
        + pstyle(
            "Heading3",
            "heading 3",
            '<w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="2"/>',
            '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        )
        + pstyle(
            "Quote",
            "Quote",
            '<w:pBdr><w:left w:val="single" w:sz="18" w:space="10" w:color="BBBFC4"/></w:pBdr><w:ind w:left="284"/>',
            '<w:color w:val="646A73"/>',
        )
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/><w:left w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/><w:right w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="DEE0E3"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>"
    )


def build_lark() -> None:
    overrides = [
        ("/word/document.xml", f"{WML}.document.main+xml"),
        ("/word/styles.xml", f"{WML}.styles+xml"),
        ("/word/settings.xml", f"{WML}.settings+xml"),
    ]
    core = (
        f"{XML_HEAD}<cp:coreProperties {CORE_NS}>"
        "<dc:title>【EN】Press Release – Guangzhou–Saipan charter (final v3)</dc:title>"
        "<dc:creator>Lark</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-04-05T03:10:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-04-05T03:10:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Lark Docs</Application></Properties>"
    )
    settings = (
        f'{XML_HEAD}<w:settings xmlns:w="{W_URI}">'
        '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId10", "image", "media/image1.png"),
            ("rId11", "image", "media/image2.png"),
        ]
    )
    parts: list[tuple[str, bytes | str]] = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", lark_document()),
        ("word/styles.xml", lark_styles()),
        ("word/settings.xml", settings),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/media/image1.png", png(64, 36, (200, 120, 90))),
        ("word/media/image2.png", png(64, 36, (60, 140, 170))),
    ]
    write_zip(HERE / f"{LARK_NAME}.docx", parts)


if __name__ == "__main__":
    build_ck()
    build_lark()

"""Write the two Word files of set h36 (part a) with the standard library only.

docx-hancom-...  a Korean fishing company's press release saved as .docx by Hancom Office Hanword
docx-dropbox-paper-...  the Jaluit correspondent's Paper doc exported with "Export > .docx"

Run: python tests/filing/held-out-36/make_docx_a.py
Zip timestamps, revision and comment dates are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2027, 4, 6, 9, 30, 0)

W_NS = (
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
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG with a darker band, made with zlib and struct."""
    rows = []
    for y in range(height):
        shade = rgb if y < height * 2 // 3 else tuple(max(0, c - 60) for c in rgb)
        rows.append(b"\x00" + bytes(shade) * width)
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


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def write_zip(path: Path, parts: list[tuple[str, bytes | str]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL_NS}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">{body}</Relationships>'


def inline_picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="{escape(name)}" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ---------------------------------------------------------------------------
# 1. Hancom Office Hanword: Daeyang Ocean press release
# ---------------------------------------------------------------------------

HANCOM_NAME = (
    "docx-hancom-office-hanword-korean-fishing-company-press-release-bilingual-header-logo-"
    "page-footer-tracked-jobs-figure-deleted-paragraph-comment-floating-photo-caption-text-box-"
    "facts-table-boilerplate-transshipment-cold-store"
)

REV_AUTHOR = "Glenn Jorju (MIMRA)"
REV_DATE = "2027-03-14T09:12:00Z"
FONT_K = '<w:rFonts w:ascii="함초롬바탕" w:eastAsia="함초롬바탕" w:hAnsi="함초롬바탕" w:cs="함초롬바탕"/>'


def hk(text: str, extra: str = "") -> str:
    """A run in the Hanword house font, with optional extra run properties."""
    return run(text, FONT_K + extra + '<w:lang w:val="en-US" w:eastAsia="ko-KR"/>')


def hancom_caption_box() -> str:
    cap = "Daeyang Ocean’s purse seiner Daeyang No. 7 unloads skipjack tuna at the new cold store at Delap dock on March 12."
    credit = "Photo: Daeyang Ocean Co., Ltd."
    box_paras = para(hk(cap, '<w:sz w:val="17"/>'), '<w:pStyle w:val="a5"/>') + para(
        hk(credit, '<w:i/><w:sz w:val="16"/>'), '<w:pStyle w:val="a5"/>'
    )
    anchor = (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3474720</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>1920240</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="3" name="글상자 3"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="640080"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{box_paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    )
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="글상자 3" o:spid="_x0000_s1027" type="#_x0000_t202" '
        'style="position:absolute;margin-left:273.6pt;margin-top:151.2pt;width:180pt;height:50.4pt;'
        'z-index:251660288" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{box_paras}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict>'
    )
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f"{anchor}</w:drawing></mc:Choice><mc:Fallback>{fallback}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def hancom_float_picture() -> str:
    descr = "델랍 부두 냉동창고에서 가다랑어를 하역하는 대양 7호"
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3474720</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="1828800"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="2" name="그림 2" descr="{escape(descr)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="2" name="DSC_4471.JPG"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rId8"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1828800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def hancom_document() -> str:
    body = []
    p_center = '<w:jc w:val="center"/>'
    body.append(
        para(
            hk("보도자료  ", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/>')
            + hk("PRESS RELEASE", '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/>'),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk("For immediate release | March 15, 2027", '<w:sz w:val="18"/>'),
            '<w:pStyle w:val="a"/><w:jc w:val="right"/>',
        )
    )
    body.append(
        para(
            hk(
                "Daeyang Ocean opens $6.8 million cold store at Majuro’s Delap dock",
                '<w:b/><w:sz w:val="36"/>',
            ),
            f'<w:pStyle w:val="a"/><w:spacing w:before="240" w:after="120"/>{p_center}',
        )
    )
    body.append(
        para(
            hk(
                "Korean fishing company says the facility will let its purse seiners land part of their catch in Majuro for loining and export, creating 85 jobs",
                '<w:i/><w:sz w:val="24"/>',
            ),
            f'<w:pStyle w:val="a"/><w:spacing w:after="240"/>{p_center}',
        )
    )
    # P1 carries the floating picture and the caption text box.
    body.append(
        para(
            hancom_float_picture()
            + hancom_caption_box()
            + hk("MAJURO, Marshall Islands, March 15, 2027", "<w:b/>")
            + hk(
                " — Daeyang Ocean Co., Ltd. today opened a $6.8 million cold storage facility at Delap dock in Majuro, the first in the Marshall Islands built by a foreign fishing company to process part of its catch on shore rather than transship all of it to carrier vessels in the lagoon."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk(
                "The facility can hold 3,000 tonnes of frozen tuna and has four blast freezers. Daeyang said it will land about 12,000 tonnes a year from its five purse seiners fishing in the Marshall Islands’ exclusive economic zone, with most of it cut into loins in Majuro and shipped to buyers in Asia and the United States."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    jobs = (
        '<w:commentRangeStart w:id="0"/>'
        + hk("The cold store will employ ")
        + f'<w:del w:id="101" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r><w:rPr>{FONT_K}</w:rPr>'
        + '<w:delText xml:space="preserve">up to 120</w:delText></w:r></w:del>'
        + f'<w:ins w:id="102" w:author="{REV_AUTHOR}" w:date="{REV_DATE}">{hk("85")}</w:ins>'
        + hk(
            " Marshallese workers when it is fully running, most of them in the loining room, the company said. Thirty workers have been hired and are being trained."
        )
        + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:commentReference w:id="0"/></w:r>'
    )
    body.append(para(jobs, '<w:pStyle w:val="a"/>'))
    body.append(
        para(
            hk(
                "“Majuro has been one of the busiest tuna transshipment ports in the world for many years, but the fish has always left the lagoon the same week it arrived,” said Daeyang Ocean President Park Jin-ho. “We want more of the value of this fish to stay in the Marshall Islands.”"
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk(
                "Glenn Jorju, director of the Marshall Islands Marine Resources Authority, said the facility will be inspected by MIMRA’s port officers and observers like any transshipment. “Every tonne that crosses this dock will be counted,” he said."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk(
                "Under an agreement signed with the government in 2026, Daeyang will pay a landing fee of $15 a tonne on top of its fishing fees under the vessel day scheme of the Parties to the Nauru Agreement."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk(
                "The company said it will also sell ice and bait at cost to local fishermen from Majuro and nearby Arno and Aur, who now buy ice from the government fish market."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    deleted = (
        f'<w:del w:id="103" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r><w:rPr>{FONT_K}</w:rPr>'
        '<w:delText xml:space="preserve">The company also plans a second cold store on Ebeye in 2028, subject to approval by the Kwajalein Atoll Local Government.</w:delText></w:r></w:del>'
    )
    body.append(
        para(
            deleted,
            f'<w:pStyle w:val="a"/><w:rPr><w:del w:id="104" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"/></w:rPr>',
        )
    )
    # Facts table
    rows = [
        ("Facility at a glance", ""),
        ("Investment", "$6.8 million"),
        ("Storage", "3,000 tonnes"),
        ("Blast freezers", "4"),
        ("Jobs when fully running", "85"),
        ("Opening", "March 15, 2027"),
    ]
    trs = []
    for i, (a_, b_) in enumerate(rows):
        if i == 0:
            trs.append(
                '<w:tr><w:tc><w:tcPr><w:tcW w:w="8504" w:type="dxa"/><w:gridSpan w:val="2"/>'
                '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/></w:tcPr>'
                + para(hk(a_, "<w:b/>"), '<w:pStyle w:val="a"/>')
                + "</w:tc></w:tr>"
            )
            continue
        trs.append(
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="4252" w:type="dxa"/></w:tcPr>'
            + para(hk(a_), '<w:pStyle w:val="a"/>')
            + '</w:tc><w:tc><w:tcPr><w:tcW w:w="4252" w:type="dxa"/></w:tcPr>'
            + para(hk(b_), '<w:pStyle w:val="a"/>')
            + "</w:tc></w:tr>"
        )
    body.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="a8"/><w:tblW w:w="8504" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4252"/><w:gridCol w:w="4252"/></w:tblGrid>'
        + "".join(trs)
        + "</w:tbl>"
    )
    body.append(para(hk("- End -"), f'<w:pStyle w:val="a"/>{p_center}'))
    body.append(para(hk("About Daeyang Ocean Co., Ltd.", "<w:b/>"), '<w:pStyle w:val="a"/>'))
    body.append(
        para(
            hk(
                "Founded in Busan in 1978, Daeyang Ocean Co., Ltd. operates 11 purse seiners and two carrier vessels in the western and central Pacific and supplies frozen tuna to canneries in Korea, Thailand and Ecuador."
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    body.append(
        para(
            hk(
                "Media contact: Kim Soo-yeon, Public Relations Team, +82 51 440 2715, press@daeyangocean.co.kr"
            ),
            '<w:pStyle w:val="a"/>',
        )
    )
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:footerReference w:type="default" r:id="rId10"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>'
    )
    return f"{XML_HEAD}<w:document {W_NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"


def hancom_styles() -> str:
    return (
        f'{XML_HEAD}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:docDefaults><w:rPrDefault><w:rPr>{FONT_K}<w:sz w:val="20"/><w:lang w:val="en-US" w:eastAsia="ko-KR"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:wordWrap w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
        '<w:spacing w:after="0" w:line="384" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="바탕글"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="160"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="본문"/><w:basedOn w:val="a"/><w:pPr><w:ind w:left="300"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="개요 1"/><w:basedOn w:val="a"/><w:pPr><w:ind w:left="200"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="캡션"/><w:basedOn w:val="a"/><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="메모"/><w:basedOn w:val="a"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="a7"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="a8"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="머리말"/><w:basedOn w:val="a"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="aa"><w:name w:val="꼬리말"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
        "</w:styles>"
    )


def hancom_comments() -> str:
    return (
        f"{XML_HEAD}<w:comments {W_NS}>"
        '<w:comment w:id="0" w:author="김수연 (Kim Soo-yeon)" w:date="2027-03-14T11:40:00Z" w:initials="KSY">'
        + para(
            '<w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:annotationRef/></w:r>'
            + hk(
                "MIMRA에서 85명으로 정정 요청. HR confirmed 85 at full operation — please accept before sending to the Majuro papers."
            ),
            '<w:pStyle w:val="a6"/>',
        )
        + "</w:comment></w:comments>"
    )


def hancom_header() -> str:
    logo = inline_picture("rId1", 10, "그림 10", "Daeyang Ocean logo", 457200, 457200)
    return (
        f"{XML_HEAD}<w:hdr {W_NS}>"
        + para(
            logo
            + hk("  대양해양(주)  DAEYANG OCEAN CO., LTD.", '<w:b/><w:color w:val="1F4E79"/>')
            + "<w:r><w:tab/></w:r>"
            + hk("Busan · Majuro", '<w:sz w:val="16"/>'),
            '<w:pStyle w:val="a9"/>',
        )
        + "</w:hdr>"
    )


def hancom_footer() -> str:
    page = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{hk("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    return (
        f"{XML_HEAD}<w:ftr {W_NS}>"
        + para(hk("- ") + page + hk(" -"), '<w:pStyle w:val="aa"/>')
        + para(
            hk(
                "대양해양(주) 홍보팀 | 부산광역시 서구 충무대로 · Delap, Majuro MH 96960",
                '<w:sz w:val="14"/>',
            ),
            '<w:pStyle w:val="aa"/>',
        )
        + "</w:ftr>"
    )


def build_hancom() -> None:
    ct = (
        f'{XML_HEAD}<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
        f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>'
        f'<Override PartName="/word/fontTable.xml" ContentType="{WML}.fontTable+xml"/>'
        f'<Override PartName="/word/comments.xml" ContentType="{WML}.comments+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{WML}.header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{WML}.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    core = (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>보도자료_마주로 냉동창고 준공_영문</dc:title><dc:creator>김수연</dc:creator>"
        "<cp:lastModifiedBy>김수연</cp:lastModifiedBy><cp:revision>7</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-11T02:05:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-14T11:42:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Hancom Office Hanword</Application><AppVersion>12.0000</AppVersion>"
        "<Company>Daeyang Ocean Co., Ltd.</Company><Pages>2</Pages></Properties>"
    )
    settings = (
        f'{XML_HEAD}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="800"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
        "<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>"
        '<w:useFELayout/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="ko-KR"/></w:settings>'
    )
    fonts = (
        f'{XML_HEAD}<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:font w:name="함초롬바탕"><w:altName w:val="HCR Batang"/><w:charset w:val="81"/><w:family w:val="roman"/></w:font>'
        '<w:font w:name="함초롬돋움"><w:altName w:val="HCR Dotum"/><w:charset w:val="81"/><w:family w:val="swiss"/></w:font>'
        "</w:fonts>"
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId3", "fontTable", "fontTable.xml"),
            ("rId4", "comments", "comments.xml"),
            ("rId8", "image", "media/image2.png"),
            ("rId9", "header", "header1.xml"),
            ("rId10", "footer", "footer1.xml"),
        ]
    )
    parts: list[tuple[str, bytes | str]] = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", hancom_document()),
        ("word/styles.xml", hancom_styles()),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", fonts),
        ("word/comments.xml", hancom_comments()),
        ("word/header1.xml", hancom_header()),
        ("word/footer1.xml", hancom_footer()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/_rels/header1.xml.rels", rels([("rId1", "image", "media/image1.png")])),
        ("word/media/image1.png", png(24, 24, (31, 78, 121))),
        ("word/media/image2.png", png(48, 36, (70, 110, 140))),
    ]
    write_zip(HERE / f"{HANCOM_NAME}.docx", parts)


# ---------------------------------------------------------------------------
# 2. Dropbox Paper export: the Jaluit correspondent's doc
# ---------------------------------------------------------------------------

PAPER_NAME = (
    "docx-dropbox-paper-export-jaluit-correspondent-doc-title-style-slug-mentions-checklist-"
    "heading-1-headline-inline-photos-caption-paragraphs-crosshead-price-table-marshallese-"
    "diacritics-jabor-fish-freezer"
)


def pp(text: str, style: str = "", rpr: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    return para(run(text, rpr), ppr)


def paper_document() -> str:
    b = []
    b.append(pp("JALUIT – freezer plant story (draft 2)", "Title"))
    b.append(
        pp(
            "@Hemos Lanej @News Desk story for the April 8 paper. Photos are in the doc with captions under each. Mayor’s numbers checked on the phone Friday."
        )
    )
    b.append(pp("☑ Photos in", "ListParagraph"))
    b.append(pp("☐ Ask MIMRA what reef fish sells for in Majuro", "ListParagraph"))
    b.append(pp("Solar freezer lets Jaluit fishermen sell their catch at home", "Heading1"))
    b.append(
        pp(
            "The $480,000 plant in Jabor buys reef fish, tuna and octopus, and ends long trips to Majuro with fish packed in ice",
            "",
            "<w:i/>",
        )
    )
    b.append(pp("By Ruth Lanki, Jaluit correspondent"))
    b.append(
        pp(
            "JABOR, Jaluit Atoll — Fishermen on Jaluit are selling their catch at home for the first time in years after a solar-powered freezer plant opened in Jabor this month, ending long trips to Majuro with fish packed in ice."
        )
    )
    b.append(para(inline_picture("rId5", 1, "IMG_20270403_101522.jpg", "", 5486400, 3657600)))
    b.append(
        pp(
            "Fisherman Biten Laelang weighs reef fish at the new freezer plant in Jabor on April 3. (Photo: Ruth Lanki)",
            "",
            "<w:i/>",
        )
    )
    for text in (
        "The plant, built by the Jaluit Atoll Local Government with a $480,000 grant from the national government’s outer-island development fund, can freeze about one ton of fish a day and store 20 tons. It runs on 96 solar panels and a battery bank, with a diesel generator for cloudy weeks.",
        "Mayor Kaitlyn Jibas said the plant buys reef fish, tuna and octopus from fishermen for 80 cents to $1.25 a pound, and sells it frozen to families, the Jaluit High School kitchen and the field-trip ship.",
        "“Before, a fisherman would catch 200 pounds and half of it would spoil before anybody bought it,” Jibas said. “Now the fish waits for the buyer, not the other way around.”",
        "Biten Laelang, 47, who fishes the lagoon off Imroj, said he sold 340 pounds of fish to the plant in its first week. “Jālwōj has a lot of fish and not a lot of money,” he said in Marshallese. “This freezer changes that a little.”",
    ):
        b.append(pp(text))
    b.append(pp("Jālwōj then and now", "Heading2"))
    for text in (
        "Elders at the opening on April 2 reminded the crowd of the fish-drying sheds that stood in Jabor before World War II, when Jaluit was the administrative center of the Japanese mandate in the Marshalls.",
        "The local government plans to ship frozen fish to Majuro on the field-trip ship each month and has asked the Ministry of Natural Resources and Commerce for a freezer container to carry it.",
    ):
        b.append(pp(text))
    b.append(para(inline_picture("rId6", 2, "IMG_20270402_154007.jpg", "", 5486400, 3657600)))
    b.append(
        pp(
            "Solar panels cover the roof of the freezer plant. (Photo: Jaluit Atoll Local Government)",
            "",
            "<w:i/>",
        )
    )
    cells = [
        ("Jabor plant buying prices", "Per pound"),
        ("Reef fish", "$0.80"),
        ("Tuna", "$1.00"),
        ("Octopus", "$1.25"),
    ]
    trs = "".join(
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>'
        + pp(a_, "", "<w:b/>" if i == 0 else "")
        + '</w:tc><w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>'
        + pp(b_, "", "<w:b/>" if i == 0 else "")
        + "</w:tc></w:tr>"
        for i, (a_, b_) in enumerate(cells)
    )
    b.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9360" w:type="dxa"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>{trs}</w:tbl>'
    )
    b.append(
        pp(
            "At the ribbon-cutting, Pastor Jeban Kemem prayed in Marshallese and closed with “Kom̧m̧ool tata” to the workers who built the plant, many of them young men from Jabor and Imiej who learned solar installation in a College of the Marshall Islands training program in Majuro."
        )
    )
    b.append(pp("ENDS"))
    sect = (
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    return f"{XML_HEAD}<w:document {W_NS}><w:body>{''.join(b)}{sect}</w:body></w:document>"


def paper_styles() -> str:
    def pstyle(sid: str, name: str, rpr: str, ppr: str = "") -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
            f'<w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
        )

    return (
        f'{XML_HEAD}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
        '<w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + pstyle("Title", "Title", '<w:b/><w:sz w:val="52"/>', '<w:spacing w:after="320"/>')
        + pstyle(
            "Heading1",
            "heading 1",
            '<w:b/><w:sz w:val="40"/>',
            '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
        )
        + pstyle(
            "Heading2",
            "heading 2",
            '<w:b/><w:sz w:val="30"/>',
            '<w:keepNext/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="1"/>',
        )
        + pstyle(
            "ListParagraph", "List Paragraph", "", '<w:ind w:left="360"/><w:spacing w:after="40"/>'
        )
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="D0D0D0"/>'
        "</w:tblBorders></w:tblPr></w:style></w:styles>"
    )


def build_paper() -> None:
    ct = (
        f'{XML_HEAD}<Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
        f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    core = (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>JALUIT – freezer plant story (draft 2)</dc:title><dc:creator>Dropbox Paper</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-04-03T21:16:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-04-03T21:16:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    doc_rels = rels(
        [
            ("rId1", "styles", "styles.xml"),
            ("rId5", "image", "media/image1.png"),
            ("rId6", "image", "media/image2.png"),
        ]
    )
    parts: list[tuple[str, bytes | str]] = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels),
        ("docProps/core.xml", core),
        ("word/document.xml", paper_document()),
        ("word/styles.xml", paper_styles()),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/media/image1.png", png(48, 32, (40, 120, 150))),
        ("word/media/image2.png", png(48, 32, (60, 70, 90))),
    ]
    write_zip(HERE / f"{PAPER_NAME}.docx", parts)


if __name__ == "__main__":
    build_hancom()
    build_paper()

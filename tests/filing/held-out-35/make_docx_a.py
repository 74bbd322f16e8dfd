"""Write the two Word files of part a of this set (standard library only).

python tests/filing/held-out-35/make_docx_a.py [name ...]

The files imitate what two real programs save: Microsoft Word with a Japanese user interface
(localized style IDs, East Asian fonts and settings, a picture floating beside a caption text
box, a reviewer's tracked changes and comment) and Word 2003 saving .docx through the Office
Compatibility Pack (VML pictures and text box, legacy compatibility options, direct formatting).
Zip timestamps, revision dates and comment dates are fixed so a rerun writes the same bytes.
"""

import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2027, 3, 8, 9, 30, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
NS_2003 = (
    f'xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    f'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    f'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W}" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def png(width, height, rgb):
    """A small solid-colour PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return (
            struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def t(text):
    """A w:t element, keeping spaces."""
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(text, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rp}{t(text)}</w:r>"


def para(content, ppr="", rsid=""):
    pp = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rs = f' w:rsidR="{rsid}" w:rsidRDefault="{rsid}"' if rsid else ""
    return f"<w:p{rs}>{pp}{content}</w:p>"


def ins(text, rid, author, date, rpr=""):
    return (
        f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{run(text, rpr)}</w:ins>'
    )


def dele(text, rid, author, date, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}">'
        f"<w:r>{rp}<w:delText>{escape(text)}</w:delText></w:r></w:del>"
    )


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def content_types(extra=""):
    return (
        DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        + extra
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


ROOT_RELS = (
    DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def doc_rels(extra=""):
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    return (
        DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{base}styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{base}settings" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{base}fontTable" Target="fontTable.xml"/>'
        f'<Relationship Id="rId4" Type="{base}comments" Target="comments.xml"/>'
        f'<Relationship Id="rId5" Type="{base}header" Target="header1.xml"/>'
        f'<Relationship Id="rId6" Type="{base}footer" Target="footer1.xml"/>'
        f'<Relationship Id="rId7" Type="{base}image" Target="media/image1.png"/>'
        + extra
        + "</Relationships>"
    )


def core(title, creator, modified_by, created, modified, revision):
    return (
        DECL
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:subject></dc:subject><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:keywords></cp:keywords><dc:description></dc:description>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>{revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app(application, version, company, words, template="Normal.dotm"):
    return (
        DECL
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{template}</Template><TotalTime>47</TotalTime><Pages>2</Pages><Words>{words}</Words>"
        f"<Characters>{words * 6}</Characters><Application>{application}</Application>"
        f"<DocSecurity>0</DocSecurity><Lines>{words // 12}</Lines><Paragraphs>{words // 40}</Paragraphs>"
        f"<ScaleCrop>false</ScaleCrop><Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{words * 7}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        f"<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion></Properties>"
    )


# ---------------------------------------------------------------------------------------------
# 1. Word with a Japanese user interface: contractor's press release, Airai pump station
# ---------------------------------------------------------------------------------------------

JA_NAME = "docx-word-japanese-ui-contractor-press-release-localized-style-ids-header-company-name-title-subtitle-floating-photo-caption-text-box-tracked-figure-change-reviewer-comment-facts-table-boilerplate-airai-solar-pump-station"

JA_FONTS = (
    '<w:rFonts w:ascii="Century" w:eastAsia="ＭＳ 明朝" w:hAnsi="Century" w:cs="Times New Roman"/>'
)


def ja_styles():
    def style(kind, sid, name, body, default=False, based="", link="", ui=""):
        d = ' w:default="1"' if default else ""
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        lk = f'<w:link w:val="{link}"/>' if link else ""
        u = f'<w:uiPriority w:val="{ui}"/>' if ui else ""
        return f'<w:style w:type="{kind}"{d} w:styleId="{sid}"><w:name w:val="{name}"/>{b}{lk}{u}<w:qFormat/>{body}</w:style>'

    return (
        DECL
        + f'<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="{R}" xmlns:w="{W}" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>"
        + style(
            "paragraph",
            "a",
            "Normal",
            f'<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr>{JA_FONTS}</w:rPr>',
            True,
        )
        + style(
            "paragraph",
            "1",
            "heading 1",
            '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia"/><w:sz w:val="24"/></w:rPr>',
            based="a",
            ui="9",
        )
        + '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        + '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        + style(
            "paragraph",
            "a3",
            "Title",
            '<w:pPr><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="ＭＳ ゴシック" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>',
            based="a",
            link="a4",
            ui="10",
        )
        + '<w:style w:type="character" w:customStyle="1" w:styleId="a4"><w:name w:val="表題 (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="10"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="ＭＳ ゴシック" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
        + style(
            "paragraph",
            "a5",
            "Subtitle",
            '<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/><w:sz w:val="24"/></w:rPr>',
            based="a",
            link="a6",
            ui="11",
        )
        + '<w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="副題 (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="11"/><w:rPr><w:i/><w:sz w:val="24"/></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="header"/><w:basedOn w:val="a"/><w:link w:val="a8"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4252"/><w:tab w:val="right" w:pos="8504"/></w:tabs><w:snapToGrid w:val="0"/></w:pPr></w:style>'
        + '<w:style w:type="character" w:customStyle="1" w:styleId="a8"><w:name w:val="ヘッダー (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a7"/><w:uiPriority w:val="99"/></w:style>'
        + '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="aa"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4252"/><w:tab w:val="right" w:pos="8504"/></w:tabs><w:snapToGrid w:val="0"/></w:pPr></w:style>'
        + '<w:style w:type="character" w:customStyle="1" w:styleId="aa"><w:name w:val="フッター (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a9"/><w:uiPriority w:val="99"/></w:style>'
        + style(
            "paragraph",
            "ab",
            "caption",
            '<w:rPr><w:b/><w:bCs/><w:sz w:val="18"/></w:rPr>',
            based="a",
            ui="35",
        )
        + '<w:style w:type="paragraph" w:styleId="ac"><w:name w:val="annotation text"/><w:basedOn w:val="a"/><w:link w:val="ad"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>'
        + '<w:style w:type="character" w:customStyle="1" w:styleId="ad"><w:name w:val="コメント文字列 (文字)"/><w:basedOn w:val="a0"/><w:link w:val="ac"/><w:uiPriority w:val="99"/></w:style>'
        + '<w:style w:type="character" w:styleId="ae"><w:name w:val="annotation reference"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        + '<w:style w:type="table" w:styleId="af"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        + "</w:styles>"
    )


JA_SETTINGS = (
    DECL
    + f'<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}" xmlns:w="{W}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">'
    '<w:zoom w:percent="100"/><w:trackRevisions/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
    '<w:defaultTabStop w:val="840"/><w:drawingGridHorizontalSpacing w:val="105"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
    '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:hdrShapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049" fill="f" fillcolor="white" stroke="f"><v:fill color="white" on="f"/><v:stroke on="f"/><v:textbox inset="5.85pt,.7pt,5.85pt,.7pt"/></o:shapedefaults></w:hdrShapeDefaults>'
    "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
    "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    "</w:compat>"
    '<w:rsids><w:rsidRoot w:val="00A31F0C"/><w:rsid w:val="00A31F0C"/><w:rsid w:val="00C2E47B"/><w:rsid w:val="00E91D55"/></w:rsids>'
    '<w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/>'
    '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049" fill="f" fillcolor="white" stroke="f"><v:fill color="white" on="f"/><v:stroke on="f"/><v:textbox inset="5.85pt,.7pt,5.85pt,.7pt"/></o:shapedefaults><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
)

JA_FONT_TABLE = (
    DECL + f'<w:fonts xmlns:r="{R}" xmlns:w="{W}">'
    '<w:font w:name="Century"><w:panose1 w:val="02040604050505020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="ＭＳ 明朝"><w:altName w:val="MS Mincho"/><w:panose1 w:val="02020609040205080304"/><w:charset w:val="80"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="ＭＳ ゴシック"><w:altName w:val="MS Gothic"/><w:panose1 w:val="020B0609070205080204"/><w:charset w:val="80"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)

JA_REVIEWER = "小林 真理子"
JA_DATE = "2027-03-08T10:14:00Z"

JA_CAPTION = (
    "Airai State Gov. Benedicto Ngirakesau, center, and engineers from Minato Water Engineering "
    "look over the solar array at the new Ngetkib pump station on Friday."
)
JA_CREDIT_LINE = "Photo: Kenji Arakawa/Minato Water Engineering"


def ja_caption_box():
    box = (
        "<w:txbxContent>"
        + para(run(JA_CAPTION), '<w:pStyle w:val="ab"/>')
        + para(run(JA_CREDIT_LINE, "<w:i/>"), '<w:pStyle w:val="ab"/>')
        + "</w:txbxContent>"
    )
    anchor_pic = (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3A1F0C21" wp14:editId="6C0D2E44">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2880000" cy="1920000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="図 1" descr="ポンプ場の太陽光パネルを視察する知事と技術者"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="IMG_4471.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rId7"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2880000" cy="1920000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:anchor>"
    )
    anchor_box = (
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251661312" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="1E7B9A03" wp14:editId="5F2C0B18">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>2988000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2340000" cy="1080000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="2" name="テキスト ボックス 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2340000" cy="1080000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{box}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="74295" tIns="8890" rIns="74295" bIns="8890" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="テキスト ボックス 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;margin-left:235.3pt;margin-top:5pt;width:184.25pt;height:85.05pt;z-index:251661312;mso-wrap-style:square" filled="f" stroked="f">'
        f'<v:textbox inset="5.85pt,.7pt,5.85pt,.7pt">{box}</v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
    )
    return para(
        f"<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>{anchor_pic}</w:drawing></w:r><w:r><w:rPr><w:noProof/></w:rPr>{anchor_box}</w:r>",
        '<w:jc w:val="left"/>',
    )


def ja_table():
    rows = [
        ("Project", "Ngetkib Solar Water Pump Station"),
        ("Owner", "Airai State Government"),
        ("Funding", "Grant Aid for Grassroots Projects, Government of Japan"),
        ("Contractor", "Minato Water Engineering Co., Ltd."),
        ("Completion", "February 26, 2027"),
    ]
    cells = ""
    left = '<w:jc w:val="left"/>'
    for a, b in rows:
        cells += (
            "<w:tr>"
            f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>{para(run(a, "<w:b/>"), left)}</w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="6104" w:type="dxa"/></w:tcPr>{para(run(b), left)}</w:tc>'
            "</w:tr>"
        )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="af"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6104"/></w:tblGrid>' + cells + "</w:tbl>"
    )


def ja_document():
    body = []
    body.append(
        para(
            run("PRESS RELEASE", '<w:b/><w:color w:val="1F3864"/>'),
            '<w:jc w:val="left"/>',
            "00A31F0C",
        )
    )
    body.append(para(run("March 8, 2027"), '<w:jc w:val="right"/>', "00A31F0C"))
    body.append(
        para(
            run("New solar pump station brings round-the-clock water to Airai hamlets"),
            '<w:pStyle w:val="a3"/>',
            "00A31F0C",
        )
    )
    body.append(
        para(
            run("Japan-funded station replaces diesel pumps that failed in every typhoon season"),
            '<w:pStyle w:val="a5"/>',
            "00A31F0C",
        )
    )
    body.append(
        para(
            run(
                "AIRAI, Palau — About 1,300 residents of Airai State's eastern hamlets have had running water around "
                "the clock since Friday, when a solar-powered pump station built with a grant from the Government "
                "of Japan was switched on at Ngetkib."
            ),
            "",
            "00A31F0C",
        )
    )
    body.append(
        para(
            run("The station cost ")
            + dele("$3.1 million", 1, JA_REVIEWER, JA_DATE)
            + ins("$3.4 million", 2, JA_REVIEWER, JA_DATE)
            + run(
                " and replaces two diesel pumps that broke down in every typhoon season and left some households "
                "with water only in the early morning. Its 420 solar panels and battery bank can run the pumps for "
                "two days without sun."
            ),
            "",
            "00A31F0C",
        )
    )
    body.append(ja_caption_box())
    body.append(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run(
                "\u201cFor my grandchildren, water from the tap at night is normal now. For my generation it was "
                "a dream,\u201d Airai State Gov. Benedicto Ngirakesau said at the switch-on ceremony."
            )
            + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="ae"/></w:rPr><w:commentReference w:id="0"/></w:r>',
            "",
            "00C2E47B",
        )
    )
    body.append(
        para(
            run(
                "The project was built by Minato Water Engineering, which has worked on water systems in Koror "
                "and Babeldaob since 2014, with a crew of 18, including 11 Palauan workers."
            ),
            "",
            "00C2E47B",
        )
    )
    body.append(
        para(
            run(
                "Project manager Kenji Arakawa said the state's water office staff had been trained to run the station"
            )
            + dele(
                " and will take over its operation in April, after a two-month trial period",
                3,
                JA_REVIEWER,
                JA_DATE,
            )
            + run(
                ". \u201cThe panels are the easy part,\u201d he said. \u201cThe people who keep them clean and fix the "
                "pumps are what make it last.\u201d"
            ),
            "",
            "00C2E47B",
        )
    )
    body.append(
        para(
            run(
                "The state will not raise water rates because of the new station, Gov. Ngirakesau said, and the "
                "money saved on diesel, about $90,000 a year, will go to replacing old pipes in Ngetkib and Ngerusar."
            ),
            "",
            "00E91D55",
        )
    )
    body.append(para("", "", "00E91D55"))
    body.append(ja_table())
    body.append(para("", "", "00E91D55"))
    body.append(
        para(run("About Minato Water Engineering", "<w:b/>"), '<w:pStyle w:val="1"/>', "00E91D55")
    )
    body.append(
        para(
            run(
                "Minato Water Engineering Co., Ltd. is a water supply and sanitation engineering company based in "
                "Yokohama, Japan, with offices in Koror and Manila."
            ),
            "",
            "00E91D55",
        )
    )
    body.append(
        para(
            run(
                "Media contact: Sayuri Ota, Palau Office, (680) 488-3302, s.ota@minato-we.example.jp"
            ),
            "",
            "00E91D55",
        )
    )
    body.append(para(run("以上"), '<w:jc w:val="right"/>', "00E91D55"))
    sect = (
        '<w:sectPr w:rsidR="00A31F0C"><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>'
    )
    return DECL + f"<w:document {NS}><w:body>" + "".join(body) + sect + "</w:body></w:document>"


def ja_comments():
    return (
        DECL + f'<w:comments xmlns:r="{R}" xmlns:w="{W}">'
        f'<w:comment w:id="0" w:author="{JA_REVIEWER}" w:date="2027-03-08T10:21:00Z" w:initials="小林">'
        + para(
            '<w:r><w:rPr><w:rStyle w:val="ae"/></w:rPr><w:annotationRef/></w:r>'
            + run("知事のお名前の綴りを確認してください。"),
            '<w:pStyle w:val="ac"/>',
        )
        + para(
            run(
                "Please confirm the spelling of the governor's name with the state office before sending."
            ),
            '<w:pStyle w:val="ac"/>',
        )
        + "</w:comment></w:comments>"
    )


def ja_header():
    return (
        DECL
        + f"<w:hdr {NS}>"
        + para(run("株式会社ミナト水道エンジニアリング　パラオ事務所"), '<w:pStyle w:val="a7"/>')
        + para(
            run("Minato Water Engineering Co., Ltd. — Palau Office, Koror"),
            '<w:pStyle w:val="a7"/>',
        )
        + "</w:hdr>"
    )


def ja_footer():
    return (
        DECL
        + f"<w:ftr {NS}>"
        + para(
            run("- ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:lang w:val="ja-JP"/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + run(" -"),
            '<w:pStyle w:val="a9"/><w:jc w:val="center"/>',
        )
        + "</w:ftr>"
    )


def build_ja(path):
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", ja_document()),
        ("word/_rels/document.xml.rels", doc_rels()),
        ("word/styles.xml", ja_styles()),
        ("word/settings.xml", JA_SETTINGS),
        ("word/fontTable.xml", JA_FONT_TABLE),
        ("word/comments.xml", ja_comments()),
        ("word/header1.xml", ja_header()),
        ("word/footer1.xml", ja_footer()),
        ("word/media/image1.png", png(48, 32, (70, 120, 160))),
        (
            "docProps/core.xml",
            core(
                "プレスリリース",
                "荒川 健二",
                JA_REVIEWER,
                "2027-03-07T23:05:00Z",
                "2027-03-08T10:22:00Z",
                4,
            ),
        ),
        (
            "docProps/app.xml",
            app("Microsoft Office Word", "16.0000", "株式会社ミナト水道エンジニアリング", 560),
        ),
    ]
    write_zip(path, parts)


# ---------------------------------------------------------------------------------------------
# 2. Word 2003 with the Compatibility Pack: Angaur correspondent, airstrip and macaques
# ---------------------------------------------------------------------------------------------

OLD_NAME = "docx-word-2003-compatibility-pack-save-state-correspondent-file-vml-pictures-imagedata-title-alt-vml-text-box-desk-note-direct-formatted-headline-caption-label-lines-governors-secretary-tracked-edit-comment-angaur-airstrip-macaques"

TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
OLD_AUTHOR = "Angaur State Office"
OLD_DATE = "2027-03-04T15:02:00Z"


def old_styles():
    return (
        DECL + f'<w:styles xmlns:r="{R}" xmlns:w="{W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:latentStyleCount="156"/>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rsid w:val="00B12A40"/><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rsid w:val="00B12A40"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rsid w:val="00B12A40"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs></w:pPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="BalloonText"><w:name w:val="Balloon Text"/><w:basedOn w:val="Normal"/><w:semiHidden/><w:rPr><w:rFonts w:ascii="Tahoma" w:hAnsi="Tahoma" w:cs="Tahoma"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        "</w:styles>"
    )


OLD_SETTINGS = (
    DECL
    + f'<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    f'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W}" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
    '<w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:noPunctuationKerning/><w:characterSpacingControl w:val="doNotCompress"/>'
    "<w:compat><w:useWord2002TableStyleRules/><w:growAutofit/><w:useNormalStyleForList/><w:doNotUseIndentAsNumberingTabStop/>"
    "<w:useAltKinsokuLineBreakRules/><w:allowSpaceOfSameStyleInTable/><w:doNotSuppressIndentation/><w:doNotAutofitConstrainedTables/>"
    "<w:autofitToFirstFixedWidthCell/><w:displayHangulFixedWidth/><w:splitPgBreakAndParaMark/><w:doNotVertAlignCellWithSp/>"
    "<w:doNotBreakConstrainedForcedTable/><w:doNotVertAlignInTxbx/><w:useAnsiKerningPairs/><w:cachedColBalance/></w:compat>"
    '<w:rsids><w:rsidRoot w:val="00B12A40"/><w:rsid w:val="00B12A40"/><w:rsid w:val="00D4470E"/></w:rsids>'
    '<w:themeFontLang w:val="en-US"/><w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="3074"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
)

OLD_FONT_TABLE = (
    DECL + f'<w:fonts xmlns:r="{R}" xmlns:w="{W}">'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="Tahoma"><w:panose1 w:val="020B0604030504040204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)


def vml_picture(rid, shape_id, title, width_pt, height_pt):
    return (
        '<w:r><w:pict><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">'
        '<v:stroke joinstyle="miter"/><v:formulas><v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/></v:formulas>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        f'<v:shape id="{shape_id}" type="#_x0000_t75" style="width:{width_pt}pt;height:{height_pt}pt">'
        f'<v:imagedata r:id="{rid}" o:title="{escape(title)}"/></v:shape></w:pict></w:r>'
    )


def vml_text_box(paragraphs):
    inner = "".join(
        para(run(p, '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="20"/>'))
        for p in paragraphs
    )
    return (
        '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="_x0000_s1027" type="#_x0000_t202" style="position:absolute;margin-left:306pt;margin-top:-9pt;width:162pt;height:81pt;z-index:1" fillcolor="#ff9">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


OLD_CAPTION_1 = (
    "Caption: A grader smooths the new surface at the north end of the Angaur airstrip on Tuesday. "
    "The state expects charter flights to resume March 22."
)
OLD_CAPTION_2 = "Caption: A long-tailed macaque sits on the airstrip fence near the old Japanese lighthouse road."


def old_document():
    body = []
    body.append(
        para(
            vml_text_box(
                [
                    "NOTE TO DESK: Phone line on Angaur was down all week so sending by the state office email.",
                    "The secretary at the Governor's office read it before sending, her changes are in red.",
                ]
            ),
            "",
            "00B12A40",
        )
    )
    body.append(
        para(
            run(
                "Angaur airstrip reopens after $640,000 resurfacing",
                TNR + '<w:b/><w:sz w:val="32"/>',
            ),
            "",
            "00B12A40",
        )
    )
    body.append(
        para(
            run(
                "Charter flights from Koror to resume March 22, but the state has to keep the monkeys off the runway",
                TNR + '<w:i/><w:sz w:val="26"/>',
            ),
            "",
            "00B12A40",
        )
    )
    body.append(para(run("By Severina Ililau", TNR + "<w:b/>"), "", "00B12A40"))
    body.append(para(run("Angaur correspondent", TNR + "<w:i/>"), "", "00B12A40"))
    body.append(para("", "", "00B12A40"))
    body.append(
        para(
            run(
                "ANGAUR STATE \u2013 The Angaur airstrip has a new surface for the first time in more than 20 years, "
                "and charter flights from Koror will resume on March 22, Gov. Lorenzo Kitalong said Wednesday."
            ),
            "",
            "00B12A40",
        )
    )
    body.append(
        para(
            run("Workers finished resurfacing the ")
            + dele("1,900-foot", 11, OLD_AUTHOR, OLD_DATE)
            + ins("1,950-foot", 12, OLD_AUTHOR, OLD_DATE)
            + run(
                " strip last week. The work cost $640,000, paid from the state's share of Compact infrastructure "
                "money and a grant from the national government."
            ),
            "",
            "00B12A40",
        )
    )
    body.append(
        para(
            vml_picture("rId7", "_x0000_i1025", "airstrip grader", 324, 216),
            '<w:jc w:val="center"/>',
            "00B12A40",
        )
    )
    body.append(para(run(OLD_CAPTION_1, TNR + '<w:sz w:val="20"/>'), "", "00B12A40"))
    body.append(
        para(run("Photo by Severina Ililau", TNR + '<w:i/><w:sz w:val="20"/>'), "", "00B12A40")
    )
    body.append(
        para(
            run(
                "Angaur, the southernmost of Palau's main islands, is about 40 miles from Koror. For most of the "
                "past year, the only way to get there was the state boat, which takes more than three hours in "
                "good weather and does not sail when the seas are rough."
            ),
            "",
            "00B12A40",
        )
    )
    body.append(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run(
                "\u201cWhen someone is sick at night, three hours on the boat is too long,\u201d Kitalong said. "
                "\u201cThe plane is 25 minutes. For a small island, that is the difference.\u201d"
            )
            + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
            "",
            "00D4470E",
        )
    )
    body.append(
        para(
            run(
                "Before the flights start, the state has to deal with Angaur's other residents: the long-tailed "
                "macaques, brought to the island during the German era, that cross the airstrip in troops of "
                "20 or more."
            ),
            "",
            "00D4470E",
        )
    )
    body.append(
        para(
            run(
                "State rangers will walk the runway before every landing and take-off, and the state has ordered "
            )
            + ins("1,200 feet of ", 13, OLD_AUTHOR, OLD_DATE)
            + run("new fencing for the south end, said airstrip manager Hermana Ngotel.")
            + dele(" She said the fence will cost about $45,000.", 14, OLD_AUTHOR, OLD_DATE),
            "",
            "00D4470E",
        )
    )
    body.append(
        para(
            vml_picture("rId8", "_x0000_i1026", "macaque on fence", 252, 189),
            '<w:jc w:val="center"/>',
            "00D4470E",
        )
    )
    body.append(para(run(OLD_CAPTION_2, TNR + '<w:sz w:val="20"/>'), "", "00D4470E"))
    body.append(
        para(
            run("Photo: Angaur State Government", TNR + '<w:i/><w:sz w:val="20"/>'), "", "00D4470E"
        )
    )
    body.append(
        para(
            run(
                "\u201cThe monkeys were here before the runway and they think it is theirs,\u201d Ngotel said. "
                "\u201cWe only need them to share it for five minutes at a time.\u201d"
            ),
            "",
            "00D4470E",
        )
    )
    body.append(
        para(
            run(
                "The charter company will fly twice a week at first, on Mondays and Fridays. A one-way ticket will "
                "cost $95, and Angaur residents going to the hospital in Koror will pay half."
            ),
            "",
            "00D4470E",
        )
    )
    body.append(para("", "", "00D4470E"))
    body.append(para(run("-30-"), '<w:jc w:val="center"/>', "00D4470E"))
    sect = (
        '<w:sectPr w:rsidR="00B12A40" w:rsidSect="00B12A40"><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
        '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="720" w:footer="720" w:gutter="0"/>'
        '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )
    return (
        DECL + f"<w:document {NS_2003}><w:body>" + "".join(body) + sect + "</w:body></w:document>"
    )


def old_comments():
    return (
        DECL
        + f'<w:comments xmlns:r="{R}" xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:comment w:id="0" w:author="{OLD_AUTHOR}" w:date="2027-03-04T15:05:00Z" w:initials="ASO">'
        + para(
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            + run(
                "Governor OK'd this quote. Please use his full title the first time. - Secretary"
            ),
            '<w:pStyle w:val="CommentText"/>',
        )
        + "</w:comment></w:comments>"
    )


def old_header():
    return (
        DECL
        + f"<w:hdr {NS_2003}>"
        + para(
            run(
                "BELAU TIDE \u2013 ANGAUR FILE \u2013 airstrip 3/4",
                '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/>',
            ),
            '<w:pStyle w:val="Header"/>',
        )
        + "</w:hdr>"
    )


def old_footer():
    return (
        DECL
        + f"<w:ftr {NS_2003}>"
        + para(
            run("Sent from Angaur State Office, tel. (680) 277-1021     Page ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            '<w:pStyle w:val="Footer"/>',
        )
        + "</w:ftr>"
    )


def build_old(path):
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", old_document()),
        (
            "word/_rels/document.xml.rels",
            doc_rels(f'<Relationship Id="rId8" Type="{base}image" Target="media/image2.png"/>'),
        ),
        ("word/styles.xml", old_styles()),
        ("word/settings.xml", OLD_SETTINGS),
        ("word/fontTable.xml", OLD_FONT_TABLE),
        ("word/comments.xml", old_comments()),
        ("word/header1.xml", old_header()),
        ("word/footer1.xml", old_footer()),
        ("word/media/image1.png", png(48, 32, (150, 140, 120))),
        ("word/media/image2.png", png(40, 30, (90, 110, 70))),
        (
            "docProps/core.xml",
            core(
                "Angaur airstrip reopens",
                "Severina Ililau",
                OLD_AUTHOR,
                "2027-03-03T06:40:00Z",
                "2027-03-04T15:06:00Z",
                3,
            ),
        ),
        (
            "docProps/app.xml",
            app("Microsoft Office Word", "11.0000", "Angaur State Government", 610, "Normal.dot"),
        ),
    ]
    write_zip(path, parts)


BUILDERS = {JA_NAME: build_ja, OLD_NAME: build_old}


def main(names):
    for name in names or BUILDERS:
        BUILDERS[name](HERE / f"{name}.docx")
        print(f"wrote {name}.docx")


if __name__ == "__main__":
    main(sys.argv[1:])

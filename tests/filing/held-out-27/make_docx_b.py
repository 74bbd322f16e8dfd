"""Write the two Word files of set h27 (part b) with the standard library only.

Every part is written by hand as WordprocessingML and packed with zipfile; the pictures are
small gradient PNGs drawn with zlib and struct. Zip entry times and document properties are
fixed, so a rerun writes the same bytes. Run: python make_docx_b.py (from any directory).
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 5, 9, 0, 0)

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
NS_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS_W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

DOC_NS = (
    f'xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}" '
    f'xmlns:pic="{NS_PIC}" xmlns:w14="{NS_W14}" xmlns:w15="{NS_W15}" '
    f'xmlns:mc="{NS_MC}" mc:Ignorable="w14 w15"'
)


# ---------------------------------------------------------------- pictures


def png(width, height, top, bottom):
    """A vertical gradient from colour `top` to colour `bottom`, as PNG bytes."""
    rows = []
    for y in range(height):
        f = y / max(1, height - 1)
        pixel = bytes(round(top[i] + (bottom[i] - top[i]) * f) for i in range(3))
        rows.append(b"\x00" + pixel * width)
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def drawing(rid, pic_id, name, descr, cx=5486400, cy=3657600):
    """An inline picture; `descr` is the alt text Word shows ("" for none)."""
    d = f' descr="{escape(descr, {chr(34): "&quot;"})}"' if descr else ""
    return (
        "<w:r><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="{name}"{d}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{NS_PIC}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ---------------------------------------------------------------- runs and paragraphs


def run(text, bold=False, italic=False, highlight=None, color=None, east_asian=False):
    props = ""
    if east_asian:
        props += '<w:rFonts w:hint="eastAsia"/>'
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if color:
        props += f'<w:color w:val="{color}"/>'
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    if east_asian:
        props += '<w:lang w:eastAsia="zh-CN"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ruby(base, readings):
    """Word's phonetic guide as it writes it for Chinese: one w:ruby per character."""
    out = []
    for char, reading in zip(base, readings, strict=True):
        out.append(
            "<w:r><w:ruby><w:rubyPr>"
            '<w:rubyAlign w:val="center"/><w:hps w:val="11"/><w:hpsRaise w:val="20"/>'
            '<w:hpsBaseText w:val="22"/><w:lid w:val="zh-CN"/></w:rubyPr>'
            '<w:rt><w:r><w:rPr><w:rFonts w:ascii="DengXian" w:eastAsia="DengXian" '
            'w:hAnsi="DengXian" w:hint="eastAsia"/><w:sz w:val="11"/></w:rPr>'
            f"<w:t>{escape(reading)}</w:t></w:r></w:rt>"
            '<w:rubyBase><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/>'
            f"</w:rPr><w:t>{escape(char)}</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        )
    return "".join(out)


def para(content, style=None, align=None, para_id=None, keep_next=False):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        props += "<w:keepNext/>"
    if align:
        props += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    ids = ""
    if para_id:
        ids = f' w14:paraId="{para_id}" w14:textId="77777777"'
    return f"<w:p{ids}>{ppr}{content}</w:p>"


def body_xml(paragraphs, sect):
    return (
        f"{XML_HEAD}<w:document {DOC_NS}><w:body>{''.join(paragraphs)}{sect}</w:body></w:document>"
    )


SECT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
    'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
)


# ---------------------------------------------------------------- shared parts


def styles_xml(latin, east_asian, lang):
    def style(sid, name, ppr="", rpr="", kind="paragraph", based="Normal", extra=""):
        based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (
            f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based_on}'
            f"{extra}<w:qFormat/>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}"
            f"<w:rPr>{rpr}</w:rPr></w:style>"
        )

    heading = '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'
    return (
        f'{XML_HEAD}<w:styles xmlns:w="{NS_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{latin}" w:eastAsia="{east_asian}" w:hAnsi="{latin}" '
        f'w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        + style("Title", "Title", '<w:spacing w:after="80"/>', '<w:sz w:val="52"/>')
        + style("Subtitle", "Subtitle", "", '<w:i/><w:color w:val="595959"/><w:sz w:val="28"/>')
        + style(
            "Heading1",
            "heading 1",
            heading + '<w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="36"/>',
        )
        + style(
            "Heading2",
            "heading 2",
            heading + '<w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="26"/>',
        )
        + style(
            "Caption",
            "caption",
            '<w:spacing w:after="200"/>',
            '<w:i/><w:color w:val="44546A"/><w:sz w:val="18"/>',
        )
        + style("CommentText", "annotation text", "", '<w:sz w:val="20"/>')
        + style(
            "CommentReference",
            "annotation reference",
            "",
            '<w:sz w:val="16"/>',
            kind="character",
            based="",
        )
        + "</w:styles>"
    )


SETTINGS = (
    f'{XML_HEAD}<w:settings xmlns:w="{NS_W}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)

FONTS = (
    f'{XML_HEAD}<w:fonts xmlns:w="{NS_W}">'
    '<w:font w:name="Calibri"><w:charset w:val="00"/><w:family w:val="swiss"/></w:font>'
    '<w:font w:name="Aptos"><w:charset w:val="00"/><w:family w:val="swiss"/></w:font>'
    '<w:font w:name="DengXian"><w:altName w:val="等线"/><w:charset w:val="86"/>'
    '<w:family w:val="auto"/></w:font>'
    '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font>'
    "</w:fonts>"
)


def core_xml(title, creator, modified_by):
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T08:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-05T01:40:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(application):
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><Application>{application}</Application>"
        "<DocSecurity>0</DocSecurity></Properties>"
    )


def rels_xml(rels, external=False):
    mode = ' TargetMode="External"' if external else ""
    items = "".join(
        f'<Relationship Id="{rid}" '
        f'Type="{kind if kind.startswith("http") else REL + kind}" Target="{target}"{mode}/>'
        for rid, kind, target in rels
    )
    return f'{XML_HEAD}<Relationships xmlns="{NS_PKG}">{items}</Relationships>'


def content_types(overrides):
    items = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in overrides
    )
    return (
        f"{XML_HEAD}<Types "
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f"{items}</Types>"
    )


def pack(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


COMMON_OVERRIDES = [
    ("/word/styles.xml", CT_WML + "styles+xml"),
    ("/word/settings.xml", CT_WML + "settings+xml"),
    ("/word/fontTable.xml", CT_WML + "fontTable+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]

PACKAGE_RELS = [
    (
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
    ),
    ("rId3", "extended-properties", "docProps/app.xml"),
]
MS_REL = "http://schemas.microsoft.com/office/"


def package_rels(main_part):
    return rels_xml([("rId1", "officeDocument", main_part), *PACKAGE_RELS])


# ---------------------------------------------------------------- document 1: Johor Bahru

JB_NAME = (
    "docx-johor-bahru-correspondent-word-phonetic-guide-ruby-pinyin-over-chinese-characters-"
    "highlighted-desk-note-title-subtitle-styles-caption-style-pic-credit-courtesy-line-"
    "temple-sedan-chairs.docx"
)


def johor_bahru():
    note = (
        "NOTE TO DESK: I used Word’s phonetic guide to put hanyu pinyin over the Chinese "
        "characters so the subs can check them. It is for you only, please don’t print the "
        "pinyin. Two pics are in the doc and also in my email. — Mei Ling"
    )
    ps = [
        para(run(note, highlight="yellow")),
        para(
            run("Johor Bahru temple’s century-old sedan chairs restored in time for Chingay"),
            style="Title",
        ),
        para(
            run(
                "Woodcarver spent eight months repairing the five deities’ palanquins, "
                "using 2,000 sheets of gold leaf"
            ),
            style="Subtitle",
        ),
        para(run("By Chong Mei Ling", bold=True)),
        para(
            run("JOHOR BAHRU — ", bold=True)
            + run(
                "The five carved sedan chairs that carry the deities of the Johor Old Chinese "
                "Temple ("
            )
            + ruby("柔佛古庙", ["róu", "fó", "gǔ", "miào"])
            + run(
                ") through the city during its Chingay procession have been restored for the "
                "first time in more than 30 years, ahead of this year’s parade on March 12."
            ),
            align="both",
        ),
        para(
            run(
                "The chairs, made of cengal wood and covered in gilded carvings of dragons, "
                "phoenixes and scenes from Chinese legends, are more than 100 years old. "
                "Decades of being carried through rain and crowds had left their joints loose, "
                "their carvings chipped and most of their gold leaf worn away."
            ),
            align="both",
        ),
        para(
            run("The temple’s management committee hired Mr Tan Kok Seng (")
            + ruby("陈国成", ["chén", "guó", "chéng"])
            + run(
                "), 63, a third-generation woodcarver from Muar, who spent eight months "
                "taking the chairs apart in his workshop, replacing broken pieces and "
                "regilding them with 2,000 sheets of gold leaf."
            ),
            align="both",
        ),
        para(
            run(
                "“My grandfather repaired these same chairs in the 1950s. I found his mark "
                "inside one of the roof beams — he carved his name and the year,” Mr Tan "
                "said."
            ),
            align="both",
        ),
        para(
            drawing(
                "rId10",
                1,
                "Picture 1",
                "A craftsman pressing gold leaf on to the carved roof of a red sedan chair",
            ),
            align="center",
            keep_next=True,
        ),
        para(
            run(
                "Mr Tan Kok Seng applying gold leaf to the roof of one of the sedan chairs at "
                "his workshop in Muar."
            ),
            style="Caption",
        ),
        para(run("Pic: Chong Mei Ling"), style="Caption", align="right"),
        para(run("Five deities, five chairs"), style="Heading2"),
        para(
            run(
                "Each chair carries the statue of one of the temple’s five deities, led by "
                "Yuan Tian Shang Di ("
            )
            + ruby("元天上帝", ["yuán", "tiān", "shàng", "dì"])
            + run("), whose chair goes first in the procession."),
            align="both",
        ),
        para(
            run(
                "During Chingay, teams of bearers run and sway with the chairs through the "
                "streets, a ritual meant to show the strength of the deities. Temple committee "
                "member Madam Lim Soo Hiang, 58, said the committee had feared the old chairs "
                "would not survive another parade."
            ),
            align="both",
        ),
        para(
            run(
                "“Last year, one of the carrying poles cracked halfway through the procession. "
                "We had to tie it with rope and pray,” she said, laughing."
            ),
            align="both",
        ),
        para(drawing("rId11", 2, "Picture 2", ""), align="center", keep_next=True),
        para(
            run(
                "The restored sedan chair of Yuan Tian Shang Di at the temple in Jalan Trus on "
                "Sunday."
            ),
            style="Caption",
        ),
        para(
            run("Photo courtesy of the temple management committee"), style="Caption", align="right"
        ),
        para(
            run(
                "The restoration cost RM380,000, paid for by donations from devotees and the "
                "city’s clan associations. The chairs will be displayed at the temple from "
                "Saturday until the parade."
            ),
            align="both",
        ),
        para(
            run(
                "The procession, which draws hundreds of thousands of people to Johor Bahru "
                "each year, many of them from Singapore, is expected to cause heavy traffic at "
                "the Causeway checkpoints on March 12 and 13."
            ),
            align="both",
        ),
        para(run("Additional reporting by Rachel Yap in Singapore.", italic=True)),
        para(run("-ENDS-"), align="center"),
    ]
    doc_rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        ("rId10", "image", "media/image1.png"),
        ("rId11", "image", "media/image2.png"),
    ]
    overrides = [("/word/document.xml", CT_MAIN), *COMMON_OVERRIDES]
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", package_rels("word/document.xml")),
        ("word/document.xml", body_xml(ps, SECT)),
        ("word/_rels/document.xml.rels", rels_xml(doc_rels)),
        ("word/styles.xml", styles_xml("Calibri", "DengXian", "en-MY")),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS),
        ("word/media/image1.png", png(96, 64, (150, 30, 30), (212, 175, 55))),
        ("word/media/image2.png", png(96, 64, (120, 20, 20), (60, 40, 20))),
        ("docProps/core.xml", core_xml("JB Chingay chairs", "Chong Mei Ling", "Chong Mei Ling")),
        ("docProps/app.xml", app_xml("Microsoft Office Word")),
    ]
    pack(HERE / JB_NAME, parts)


# ---------------------------------------------------------------- document 2: Batam

BATAM_NAME = (
    "docx-word-for-the-web-download-main-part-named-document2-xml-people-part-comment-threads-"
    "resolved-reply-open-mention-heading-1-headline-indonesian-province-dateline-batam-water-"
    "rationing.docx"
)

PEOPLE = [
    ("Rachel Yap", "S::rachel.yap@islandcourier.example::7c1e0a52-0000-4000-8000-000000000001"),
    (
        "Putri Handayani",
        "S::putri.handayani@islandcourier.example::7c1e0a52-0000-4000-8000-000000000002",
    ),
]

# id, author, initials, date, text, paraId, parent paraId, done
COMMENTS = [
    (
        0,
        "Rachel Yap",
        "RY",
        "2026-03-05T01:12:00Z",
        "Households or residents? Pls check, the Indonesian papers have different numbers.",
        "1A2B3C01",
        None,
        True,
    ),
    (
        1,
        "Putri Handayani",
        "PH",
        "2026-03-05T01:25:00Z",
        "Households, confirmed with Tirta Kepri this morning. Their figure is 280,000 household "
        "connections.",
        "1A2B3C02",
        "1A2B3C01",
        True,
    ),
    (
        2,
        "Rachel Yap",
        "RY",
        "2026-03-05T01:31:00Z",
        "@Putri Handayani can we get the reservoir's normal level for comparison? "
        "Would help readers.",
        "1A2B3C03",
        None,
        False,
    ),
]


def comment_range(ids, inner):
    """Comments anchored on `inner`; a reply shares its parent's range, as Word writes it."""
    starts = "".join(f'<w:commentRangeStart w:id="{cid}"/>' for cid in ids)
    ends = "".join(
        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
        for cid in ids
    )
    return starts + inner + ends


def comments_xml():
    out = []
    for cid, author, initials, date, text, pid, _parent, _done in COMMENTS:
        if text.startswith("@"):
            name, rest = text[1:].split(" can ", 1)
            content = (
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/>'
                '</w:r><w:hyperlink r:id="rIdM1"><w:r><w:rPr><w:color w:val="2B579A"/>'
                f'<w:shd w:val="clear" w:color="auto" w:fill="E1DFDD"/></w:rPr><w:t>@{name}</w:t>'
                "</w:r></w:hyperlink>"
                f'<w:r><w:t xml:space="preserve"> can {escape(rest)}</w:t></w:r>'
            )
        else:
            content = (
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/>'
                f"</w:r>{run(text)}"
            )
        out.append(
            f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" '
            f'w:initials="{initials}"><w:p w14:paraId="{pid}" w14:textId="77777777">'
            f'<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{content}</w:p></w:comment>'
        )
    return f"{XML_HEAD}<w:comments {DOC_NS}>{''.join(out)}</w:comments>"


def comments_extended_xml():
    items = []
    for _cid, _a, _i, _d, _t, pid, parent, done in COMMENTS:
        parent_attr = f' w15:paraIdParent="{parent}"' if parent else ""
        items.append(f'<w15:commentEx w15:paraId="{pid}"{parent_attr} w15:done="{int(done)}"/>')
    return (
        f'{XML_HEAD}<w15:commentsEx xmlns:w15="{NS_W15}" xmlns:mc="{NS_MC}" '
        f'mc:Ignorable="w15">{"".join(items)}</w15:commentsEx>'
    )


def comments_ids_xml():
    items = "".join(
        f'<w16cid:commentId w16cid:paraId="{c[5]}" w16cid:durableId="{0x5E000001 + c[0]:08X}"/>'
        for c in COMMENTS
    )
    return (
        f'{XML_HEAD}<w16cid:commentsIds xmlns:w16cid="{NS_W16CID}" xmlns:mc="{NS_MC}" '
        f'mc:Ignorable="w16cid">{items}</w16cid:commentsIds>'
    )


def people_xml():
    items = "".join(
        f'<w15:person w15:author="{name}"><w15:presenceInfo w15:providerId="AD" '
        f'w15:userId="{uid}"/></w15:person>'
        for name, uid in PEOPLE
    )
    return (
        f'{XML_HEAD}<w15:people xmlns:w15="{NS_W15}" xmlns:mc="{NS_MC}" '
        f'mc:Ignorable="w15">{items}</w15:people>'
    )


def batam():
    pid = iter(f"2C{n:06X}" for n in range(1, 100))
    ps = [
        para(
            run(
                "Batam begins water rationing for 280,000 households as main reservoir falls "
                "to record low"
            ),
            style="Heading1",
            para_id=next(pid),
        ),
        para(
            run(
                "Supply will be cut on alternate days in most districts until the rains return, "
                "the utility says, and hotels have been asked to cut their use by a fifth",
                italic=True,
            ),
            para_id=next(pid),
        ),
        para(run("By Putri Handayani"), para_id=next(pid)),
        para(
            run("BATAM, Riau Islands — ", bold=True)
            + run("Water supply to about ")
            + comment_range([0, 1], run("280,000 households"))
            + run(
                " on Batam will be cut on alternate days from Monday (March 9), after the level "
                "of the island’s largest reservoir fell to its lowest since records began in "
                "1990, the island’s water utility said on Thursday."
            ),
            para_id=next(pid),
        ),
        para(
            run(
                "PT Tirta Kepri Sejahtera said the Duriangkang reservoir, which supplies about 60 "
                "per cent of Batam’s water, stood "
            )
            + comment_range([2], run("3.9 metres"))
            + run(
                " below its spillway on Wednesday, after the driest February on the island in "
                "more than three decades."
            ),
            para_id=next(pid),
        ),
        para(
            run(
                "Under the rationing schedule, each district will receive piped water every "
                "other day, from 6am to 6pm. Batu Aji, Sagulung and Sei Beduk, the districts "
                "furthest from the treatment plants, will be supplied first."
            ),
            para_id=next(pid),
        ),
        para(
            run(
                "“We have no choice. If we keep supplying as normal, the reservoir could run dry "
                "by the end of April,” the utility’s operations director, Mr Hendra Saputra, "
                "told reporters."
            ),
            para_id=next(pid),
        ),
        para(
            drawing(
                "rId20",
                1,
                "Picture 1",
                "People filling yellow jerrycans from the hose of a blue water tanker",
            ),
            para_id=next(pid),
            keep_next=True,
        ),
        para(
            run("Residents filling jerrycans from a water tanker in Batu Aji on Wednesday."),
            style="Caption",
            para_id=next(pid),
        ),
        para(
            run("Photo: Putri Handayani for The Island Courier"), style="Caption", para_id=next(pid)
        ),
        para(run("Hotels asked to cut use"), style="Heading2", para_id=next(pid)),
        para(
            run(
                "Hotels, shipyards and factories have been asked to cut their water use by 20 "
                "per cent, and car washes will be closed while the rationing lasts."
            ),
            para_id=next(pid),
        ),
        para(
            run(
                "Mr Rudi Halim, who speaks for a group of hotels in the Nagoya district, said "
                "most had storage tanks that would last two to three days, and that guests "
                "should not notice any difference in the first weeks. Many of the island’s "
                "weekend visitors come from Singapore, a 45-minute ferry ride away."
            ),
            para_id=next(pid),
        ),
        para(
            run(
                "In Sagulung, housewife Sri Wahyuni, 41, said her street already had water only "
                "at night. “Now it will be every two days. We will buy from the tankers, but the "
                "price has gone up to Rp150,000 a tank,” she said."
            ),
            para_id=next(pid),
        ),
        para(
            drawing(
                "rId21",
                2,
                "Picture 2",
                "Aerial view of a reservoir with wide bands of exposed red earth along its banks",
            ),
            para_id=next(pid),
            keep_next=True,
        ),
        para(
            run("The Duriangkang reservoir, seen from the air on Tuesday."),
            style="Caption",
            para_id=next(pid),
        ),
        para(run("Courtesy of PT Tirta Kepri Sejahtera"), style="Caption", para_id=next(pid)),
        para(
            run(
                "Cloud-seeding flights began on Wednesday and will continue for at least two "
                "weeks, the utility said."
            ),
            para_id=next(pid),
        ),
        para(
            run("Additional reporting by Bayu Pratama in Tanjung Pinang.", italic=True),
            para_id=next(pid),
        ),
    ]
    doc_rels = [
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        ("rId4", "comments", "comments.xml"),
        ("rId5", MS_REL + "2011/relationships/commentsExtended", "commentsExtended.xml"),
        ("rId6", MS_REL + "2016/09/relationships/commentsIds", "commentsIds.xml"),
        ("rId7", MS_REL + "2011/relationships/people", "people.xml"),
        ("rId20", "image", "media/image1.png"),
        ("rId21", "image", "media/image2.png"),
    ]
    mention = [("rIdM1", "hyperlink", "mailto:putri.handayani@islandcourier.example")]
    overrides = [
        ("/word/document2.xml", CT_MAIN),
        *COMMON_OVERRIDES,
        ("/word/comments.xml", CT_WML + "comments+xml"),
        ("/word/commentsExtended.xml", CT_WML + "commentsExtended+xml"),
        ("/word/commentsIds.xml", CT_WML + "commentsIds+xml"),
        ("/word/people.xml", CT_WML + "people+xml"),
    ]
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", package_rels("word/document2.xml")),
        ("word/document2.xml", body_xml(ps, SECT)),
        ("word/_rels/document2.xml.rels", rels_xml(doc_rels)),
        ("word/styles.xml", styles_xml("Aptos", "DengXian", "en-GB")),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS),
        ("word/comments.xml", comments_xml()),
        ("word/_rels/comments.xml.rels", rels_xml(mention, external=True)),
        ("word/commentsExtended.xml", comments_extended_xml()),
        ("word/commentsIds.xml", comments_ids_xml()),
        ("word/people.xml", people_xml()),
        ("word/media/image1.png", png(96, 64, (40, 110, 180), (230, 200, 40))),
        ("word/media/image2.png", png(96, 64, (90, 150, 90), (170, 80, 50))),
        ("docProps/core.xml", core_xml("", "Putri Handayani", "Rachel Yap")),
        ("docProps/app.xml", app_xml("Microsoft Office Word")),
    ]
    pack(HERE / BATAM_NAME, parts)


def main():
    johor_bahru()
    batam()
    for name in (JB_NAME, BATAM_NAME):
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()

"""Write the two Word files of filing set h28 (part a), using only the standard library.

Every part is hand-written WordprocessingML; the photographs are small PNGs drawn with zlib and
struct; zip entry times and document properties are fixed, so a rerun writes the same bytes.
Run it as ``python make_docx_a.py`` from any directory: the files are written next to it.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 3, 10, 18, 40, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
EMU_PER_CM = 360000


# --------------------------------------------------------------------------- pictures


def png(width, height, top, bottom):
    """A PNG that fades from colour `top` to colour `bottom`, with a darker band near the foot."""
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        rgb = [round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)]
        if height * 0.7 < y < height * 0.8:
            rgb = [c // 2 for c in rgb]
        rows.append(b"\x00" + bytes(rgb) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------- runs and paragraphs


def run(text, *, bold=False, italic=False, size=None, highlight=None, lang=None, color=None):
    props = []
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if highlight:
        props.append(f'<w:highlight w:val="{highlight}"/>')
    if lang:
        props.append(f'<w:lang w:val="{lang}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sym(char, font="Symbol", lang=None):
    """A character inserted from a symbol font (Insert > Symbol), stored as w:sym, not text."""
    rpr = f'<w:rPr><w:lang w:val="{lang}"/></w:rPr>' if lang else ""
    return f'<w:r>{rpr}<w:sym w:font="{font}" w:char="{char}"/></w:r>'


def spell_start():
    return '<w:proofErr w:type="spellStart"/>'


def spell_end():
    return '<w:proofErr w:type="spellEnd"/>'


def page_break():
    return '<w:r><w:br w:type="page"/></w:r>'


def para(*runs, style=None, align=None, spacing_after=None):
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if spacing_after is not None:
        props.append(f'<w:spacing w:after="{spacing_after}"/>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def text_para(text, **kwargs):
    run_kwargs = {
        k: kwargs.pop(k) for k in ("bold", "italic", "size", "highlight", "lang") if k in kwargs
    }
    return para(run(text, **run_kwargs), **kwargs)


def picture(rel_id, pic_id, file_name, descr, width_cm, height_cm):
    """An inline picture; `descr` is Word's alt text (None leaves the picture undescribed)."""
    cx, cy = int(width_cm * EMU_PER_CM), int(height_cm * EMU_PER_CM)
    descr_attr = f" descr={quoteattr(descr)}" if descr else ""
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="Picture {pic_id}"{descr_attr}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{A_NS}" noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{PIC_NS}">'
        f'<pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr>'
        f'<pic:cNvPr id="{pic_id}" name={quoteattr(file_name)}/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def page_field():
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


# --------------------------------------------------------------------------- package parts

STYLES = f"""{XML_HEAD}<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" \
w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>\
<w:lang w:val="en-ZA" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>\
</w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
</w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" \
w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/>\
<w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/>\
<w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>\
<w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>\
<w:color w:val="2F5496"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>\
<w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>\
<w:color w:val="2F5496"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>\
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>\
<w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/>\
<w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>\
<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>\
<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" \
w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>\
<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/>\
<w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" \
w:lineRule="auto"/></w:pPr></w:style>
</w:styles>"""

SETTINGS = f"""{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>\
<w:proofState w:spelling="dirty" w:grammar="clean"/><w:defaultTabStop w:val="720"/>\
<w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
w:val="15"/></w:compat><w:themeFontLang w:val="en-ZA"/></w:settings>"""

CONTENT_TYPES = f"""{XML_HEAD}<Types \
xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Default Extension="png" ContentType="image/png"/>\
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/settings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
<Override PartName="/word/header1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
<Override PartName="/word/footer1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
<Override PartName="/docProps/core.xml" \
ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
<Override PartName="/docProps/app.xml" \
ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
</Types>"""

ROOT_RELS = f"""{XML_HEAD}<Relationships xmlns="{REL_NS}">\
<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>\
<Relationship Id="rId3" Type="{DOC_REL}/extended-properties" Target="docProps/app.xml"/>\
</Relationships>"""

DOCUMENT_RELS = f"""{XML_HEAD}<Relationships xmlns="{REL_NS}">\
<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>\
<Relationship Id="rId3" Type="{DOC_REL}/header" Target="header1.xml"/>\
<Relationship Id="rId4" Type="{DOC_REL}/footer" Target="footer1.xml"/>\
<Relationship Id="rId5" Type="{DOC_REL}/image" Target="media/image1.png"/>\
<Relationship Id="rId6" Type="{DOC_REL}/image" Target="media/image2.png"/>\
</Relationships>"""


def core_props(title, creator):
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-10T14:02:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-10T16:38:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP_PROPS = (
    f"{XML_HEAD}<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Template>Normal.dotm</Template><TotalTime>94</TotalTime><Pages>3</Pages>"
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)


def header_part(text):
    return (
        f'{XML_HEAD}<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f"{para(run(text, size=16, color='7F7F7F'), style='Header')}</w:hdr>"
    )


def footer_part(text):
    body = para(run(text, size=16, color="7F7F7F"), page_field(), style="Footer")
    return f'{XML_HEAD}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:ftr>'


def document_part(paragraphs):
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
    )
    return (
        f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" '
        f'xmlns:a="{A_NS}" xmlns:pic="{PIC_NS}"><w:body>{"".join(paragraphs)}{sect}'
        "</w:body></w:document>"
    )


def write_docx(name, paragraphs, *, title, creator, header, footer, images):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", core_props(title, creator)),
        ("docProps/app.xml", APP_PROPS),
        ("word/document.xml", document_part(paragraphs)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", header_part(header)),
        ("word/footer1.xml", footer_part(footer)),
        ("word/media/image1.png", images[0]),
        ("word/media/image2.png", images[1]),
    ]
    with zipfile.ZipFile(HERE / name, "w") as archive:
        for part_name, data in parts:
            info = zipfile.ZipInfo(part_name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --------------------------------------------------------------------------- document 1

SPEECH_NAME = (
    "docx-correspondent-story-with-ministers-speech-appended-for-reference-page-break-"
    "check-against-delivery-salutation-lines-speech-title-in-capitals-highlighted-desk-note-"
    "title-subtitle-styles-caption-style-courtesy-credit-opuwo-school-hostel.docx"
)

STORY_PARAGRAPHS = [
    "The hostel has two dormitory blocks, a kitchen and dining hall, ablution blocks and four "
    "houses for hostel staff. It replaces a row of corrugated-iron rooms where up to 30 learners "
    "shared a room and many slept on the floor.",
    "Until now, about 150 of the school’s learners have stayed with relatives in Opuwo or in "
    "informal rooms near the school, and teachers say many of them dropped out after Grade 7.",
    "In her speech, Amupolo said the hostel was part of a plan to keep children from pastoralist "
    "families in school. “A child who walks 20 kilometres to school and back does not learn. A "
    "child who sleeps on a cold floor does not learn. Today we remove two of those reasons,” she "
    "said.",
]

STORY_PARAGRAPHS_2 = [
    "The ministry’s mobile schools, which move with Ovahimba and Ovazemba families as they follow "
    "grazing, will now send learners who finish Grade 3 directly to the Ohandungu hostel, the "
    "deputy minister said.",
    "Kunene Regional Governor Marius Kazetjindire urged parents not to take children out of the "
    "hostel during the dry season to herd cattle. “The cattle will still be there in December. "
    "The school year will not wait,” he said.",
]

STORY_PARAGRAPHS_3 = [
    "School principal Uerikua Tjambiru said 186 learners had already moved into the hostel and "
    "the rest would arrive after the school holidays. The hostel charges N$250 a term, which the "
    "ministry pays for the children of families registered for social grants.",
    "The hostel was built by a Namibian contractor over 22 months, four months later than "
    "planned, because of delays in delivering materials on the gravel road from Opuwo during the "
    "rainy season.",
    "Parents at the opening asked for a clinic point at the school and a second borehole. "
    "Amupolo said both requests had been noted and would be taken up with the regional council.",
]

SALUTATIONS = [
    "Honourable Marius Kazetjindire, Governor of the Kunene Region,",
    "Honourable Regional Councillor for the Opuwo Rural Constituency,",
    "Our traditional leaders present,",
    "The Regional Director of Education, Arts and Culture,",
    "The Principal, teachers and learners of Ohandungu Combined School,",
    "Parents and members of the community,",
    "Members of the media,",
    "Ladies and gentlemen:",
]

SPEECH = [
    "Moro! Wa lalapo! Good morning!",
    "It is a great honour for me to stand before you today, on behalf of the Minister, to hand "
    "over this beautiful hostel to the learners, parents and teachers of Ohandungu.",
    "Ladies and gentlemen, when Government speaks of education for all, we mean all. We mean the "
    "child in Windhoek and we mean the child at the cattle post in the Marienfluss. The "
    "Constitution does not ask where a child was born before it promises her an education.",
    "We know the obstacles. A child who walks 20 kilometres to school and back does not learn. A "
    "child who sleeps on a cold floor does not learn. Today we remove two of those reasons.",
    "This project, at a cost of sixty-two million Namibian dollars, was funded from the "
    "development budget of the Ministry over three financial years. I wish to thank the "
    "contractor, the regional directorate and the school board for their patience.",
    "I wish to make a special appeal to parents. The hostel is not a place where you leave your "
    "child and forget. Visit your children. Speak to the matrons. Attend the school board "
    "meetings.",
    "To the learners I say: this building was built for you. Look after it, and it will look "
    "after you.",
    "It is now my singular honour and privilege to declare the Ohandungu Combined School Hostel "
    "officially open.",
    "I thank you.",
]


def speech_document():
    body = [
        text_para(
            "DESK: Story first, the deputy minister’s speech pasted underneath for reference – her "
            "PA gave it to me on a flash drive. Quotes checked against what she actually said. Two "
            "pics. – Jeremiah",
            highlight="yellow",
        ),
        text_para(
            "Ohandungu hostel opens its doors to 240 learners from Kunene’s cattle posts",
            style="Title",
        ),
        text_para(
            "Deputy minister says mobile schools will feed into the new hostel as enrolment in the "
            "Opuwo circuit climbs",
            style="Subtitle",
        ),
        text_para("By Jeremiah Kavetuna"),
        para(
            run("OPUWO – ", bold=True),
            run(
                "Two hundred and forty learners from cattle posts across the Opuwo Rural "
                "Constituency will sleep in proper beds this term after the Deputy Minister of "
                "Education, Fransina Amupolo, opened a N$62 million hostel at Ohandungu Combined "
                "School on Tuesday."
            ),
        ),
        para(
            picture(
                "rId5",
                1,
                "DSC_0212.JPG",
                "Deputy minister cuts a ribbon in front of a new brick hostel building",
                15.0,
                10.0,
            ),
            align="center",
            spacing_after=60,
        ),
        text_para(
            "Deputy Minister of Education Fransina Amupolo cuts the ribbon at the Ohandungu "
            "Combined School hostel on Tuesday. Photo: Jeremiah Kavetuna",
            style="Caption",
        ),
        *[text_para(p) for p in STORY_PARAGRAPHS],
        text_para("From cattle post to classroom", style="Heading2"),
        *[text_para(p) for p in STORY_PARAGRAPHS_2],
        para(picture("rId6", 2, "Picture 2", None, 15.0, 10.0), align="center", spacing_after=60),
        text_para(
            "Learners carry mattresses into one of the new dormitory blocks. Photo: Courtesy of "
            "Kunene Directorate of Education",
            style="Caption",
        ),
        *[text_para(p) for p in STORY_PARAGRAPHS_3],
        text_para("-ENDS-", align="center"),
        para(page_break()),
        text_para(
            "SPEECH FOR REFERENCE – NOT FOR PUBLICATION (pasted from the Ministry’s file)",
            bold=True,
            highlight="yellow",
        ),
        text_para(
            "KEYNOTE ADDRESS BY HONOURABLE FRANSINA AMUPOLO, DEPUTY MINISTER OF EDUCATION, ON THE "
            "OCCASION OF THE OFFICIAL OPENING OF THE OHANDUNGU COMBINED SCHOOL HOSTEL",
            bold=True,
            align="center",
        ),
        text_para("OHANDUNGU, KUNENE REGION, 10 MARCH 2026", bold=True, align="center"),
        text_para("Check against delivery", italic=True, align="right"),
        *[text_para(s, spacing_after=0) for s in SALUTATIONS],
        text_para(""),
        *[text_para(p) for p in SPEECH],
    ]
    write_docx(
        SPEECH_NAME,
        body,
        title="Ohandungu hostel",
        creator="Jeremiah Kavetuna",
        header="THE WINDHOEK DISPATCH · REGIONS · OPUWO · HOSTEL OPENING",
        footer="Filed 10/03/2026 18:40 · J. Kavetuna, Opuwo · Page ",
        images=[
            png(96, 64, (196, 150, 98), (120, 84, 52)),
            png(96, 64, (220, 205, 170), (90, 70, 50)),
        ],
    )


# --------------------------------------------------------------------------- document 2

CLICKS_NAME = (
    "docx-stringer-file-khoekhoegowab-click-letters-unicode-and-keyboard-substitutes-mixed-"
    "symbol-font-not-equal-sign-proofing-marks-splitting-names-highlighted-names-check-note-"
    "bold-headline-caption-style-credits-with-clicks-khauxanas-ruins.docx"
)

NAQ = "naq-NA"


def clicky(*pieces):
    """Runs for a sentence whose Khoekhoegowab words Word marks as unknown spellings.

    A piece is plain text, or a tuple ("naq", word) for a word in the Khoekhoe language tag
    wrapped in proofing marks, or ("sym",) for the not-equal sign from the Symbol font.
    """
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(run(piece))
        elif piece[0] == "sym":
            out.append(sym("F0B9", lang=NAQ))
        else:
            parts = piece[1:]
            out.append(spell_start())
            out.extend(run(p, lang=NAQ) for p in parts)
            out.append(spell_end())
    return para(*out)


def clicks_document():
    body = [
        text_para(
            "NAMES CHECK for subs: I used the proper click letters (ǁ ǃ ǂ ǀ) where my laptop "
            "let me and // ! # / where it didn’t, and the Trust writes its name with the proper "
            "letters while the regional council uses //Kharas. Please don’t make them all the "
            "same. Phone me if unsure. – Magdalena",
            highlight="yellow",
        ),
        text_para(
            "Community trust to open //Khauxa!nas ruins to visitors after decades of neglect",
            bold=True,
            size=32,
        ),
        text_para(
            "Heritage trust and traditional authority sign agreement to fence the hilltop site, "
            "train guides and build a visitor centre",
            italic=True,
        ),
        para(run("By Magdalena "), spell_start(), run("ǂGoagoses", lang=NAQ), spell_end()),
        para(
            run("KEETMANSHOOP – ", bold=True),
            run("The stone ruins of "),
            spell_start(),
            run("ǁKhauxa", lang=NAQ),
            run("ǃnas", lang=NAQ),
            spell_end(),
            run(
                ", on a hilltop about 40 kilometres south-west of Keetmanshoop, will be opened to "
                "visitors next year after a community trust and the "
            ),
            spell_start(),
            run("ǂHaru-ǃoan", lang=NAQ),
            spell_end(),
            run(
                " Traditional Authority signed an agreement with the //Kharas Regional Council "
                "on Friday."
            ),
        ),
        para(
            picture(
                "rId5",
                1,
                "IMG_20260306_101544.jpg",
                "Dry-stone walls of the ǁKhauxaǃnas ruins on a rocky hilltop",
                15.0,
                10.0,
            ),
            spacing_after=60,
        ),
        para(
            run("The dry-stone walls of ", italic=True),
            spell_start(),
            run("ǁKhauxaǃnas", italic=True, lang=NAQ),
            spell_end(),
            run(
                ", which historians believe were built in the early 1800s as a refuge. Photo: "
                "Magdalena ",
                italic=True,
            ),
            run("ǂGoagoses", italic=True, lang=NAQ),
            style="Caption",
        ),
        text_para(
            "The ruins, a ring of dry-stone walls and the remains of more than 100 huts, are "
            "believed to have been built as a refuge by communities fleeing conflict. Parts of the "
            "site were declared a national monument decades ago, but it has never had a fence, a "
            "guide or a sign."
        ),
        clicky(
            "“Our grandparents told us the stories of this place, but our children only know it "
            "as a place where people go to dig for treasure,” said Gaob Daniel ",
            ("naq", "ǀHaibeb"),
            " of the ",
            ("naq", "ǂHaru-", "ǃoan"),
            " Traditional Authority. “We want them to be the guides.”",
        ),
        clicky(
            "Under the agreement, the ",
            ("naq", "ǁKhauxaǃnas"),
            " Heritage Trust will manage the site for 25 years. The regional council will pay "
            "N$3.8 million over three years for a fence, a gravel access road from the B1 and a "
            "small visitor centre with water and toilets.",
        ),
        text_para("Treasure hunters", style="Heading2"),
        clicky(
            "Trust chairperson Anna ",
            ("naq", "ǃNanuses"),
            " said the site had been damaged by people digging in the hut circles for coins and "
            "beads, and by vehicles driving up the slope. She said 12 young people from "
            "Keetmanshoop, Berseba and !Nami",
            ("sym",),
            "nûs would be trained as guides from June.",
        ),
        text_para(
            "//Kharas Regional Council chairperson Hon. Jakobus van Rooi said the council hoped "
            "the site would keep tourists travelling on the B1 in the region for an extra night. "
            "“People drive past Keetmanshoop on the way to the Fish River Canyon or !Nami≠nûs. We "
            "want them to stop,” he said."
        ),
        para(picture("rId6", 2, "Picture 2", None, 15.0, 10.0), spacing_after=60),
        para(
            run("Gaob Daniel ", italic=True),
            run("ǀHaibeb", italic=True, lang=NAQ),
            run(" (left) and Anna ", italic=True),
            run("ǃNanuses", italic=True, lang=NAQ),
            run(
                " sign the agreement at the regional council offices in Keetmanshoop on Friday. "
                "Photo: //Kharas Regional Council",
                italic=True,
            ),
            style="Caption",
        ),
        text_para(
            "The National Heritage Council will have to approve the building plans before work "
            "starts, and archaeologists will survey the site first to mark areas where no digging "
            "or building will be allowed."
        ),
        text_para(
            "Visitors will pay an entrance fee of N$80, with residents of the region admitted free "
            "on the first Sunday of every month, the trust said."
        ),
        para(
            run("Additional reporting by Erwin ", italic=True),
            spell_start(),
            run("ǀGaseb", italic=True, lang=NAQ),
            spell_end(),
            run(" in Berseba.", italic=True),
        ),
        text_para("ENDS", bold=True, align="center"),
    ]
    write_docx(
        CLICKS_NAME,
        body,
        title="Khauxanas ruins",
        creator="Magdalena #Goagoses",
        header="WINDHOEK DISPATCH – REGIONS – KEETMANSHOOP – KHAUXANAS RUINS – 11/03/2026",
        footer="Magdalena #Goagoses | Keetmanshoop stringer | 081 000 0000 | page ",
        images=[
            png(96, 64, (170, 160, 150), (110, 95, 80)),
            png(96, 64, (235, 230, 220), (60, 60, 70)),
        ],
    )


if __name__ == "__main__":
    speech_document()
    clicks_document()

"""Write the two Word files of set h24 (part a) with the Python standard library only.

Both files are zip packages of hand-written WordprocessingML (content types, relationships,
styles, settings, page header and footer, core and app properties) with small PNG pictures
drawn with zlib and struct. Zip entry times are fixed, so a rerun writes the same bytes.

- docx-word-2007-correspondent-template-...-batlow-apple-pickers.docx: a stringer's copy form
  made from an old Word template: MACROBUTTON prompt fields (some typed over, some left),
  FILLIN, AUTHOR, CREATEDATE and NUMWORDS field results, and Word 2007 smart tags (place,
  City, PersonName, date, metricconverter) wrapped around the runs of names and places.
- docx-police-district-media-release-...-urana-ewes-stolen.docx: a police district's media
  release assembled from standard paragraphs: DOCVARIABLE release number, INCLUDETEXT fields
  whose results run over several paragraphs, one INCLUDETEXT whose cached result is Word's
  error message, a banner table, captions with the credit after a line break.

Run: python make_docx_a.py
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
STAMP = (2026, 3, 6, 16, 12, 0)

W_NS = (
    'xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SMART = "urn:schemas-microsoft-com:office:smarttags"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# ------------------------------------------------------------------ pictures
def png(width: int, height: int, seed: int) -> bytes:
    """A small RGB PNG of soft bands, different for each seed."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            band = ((x // 12) + (y // 9) + seed) % 4
            red = (90 + band * 30 + seed * 17) % 256
            green = (120 + (y * 100 // height) + band * 10) % 256
            blue = (60 + (x * 120 // width) + seed * 40) % 256
            row += bytes((red, green, blue))
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------ runs and paragraphs
def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str, rpr: str = "", rsid: str = "") -> str:
    pieces = text.split("\t")
    inner = "<w:tab/>".join(t(piece) if piece else "" for piece in pieces)
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    attr = f' w:rsidR="{rsid}"' if rsid else ""
    return f"<w:r{attr}>{props}{inner}</w:r>"


def p(*runs: str, style: str = "", ppr: str = "", rsid: str = "00D41A7C") -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    props = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{props}{"".join(runs)}</w:p>'


def fld_begin() -> str:
    return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'


def fld_instr(instr: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(instr)}</w:instrText></w:r>'


def fld_separate() -> str:
    return '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'


def fld_end() -> str:
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def field(instr: str, result: str, rpr: str = "") -> str:
    """A complex field with its cached result."""
    return fld_begin() + fld_instr(instr) + fld_separate() + r(result, rpr) + fld_end()


def macrobutton(prompt: str) -> str:
    """An unfilled MACROBUTTON prompt: the grey text shown is part of the field code."""
    return (
        fld_begin()
        + fld_instr(" MACROBUTTON NoMacro ")
        + '<w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        + f'<w:instrText xml:space="preserve">{escape(prompt)}</w:instrText></w:r>'
        + fld_end()
    )


def smart(element: str, inner: str, **attrs: str) -> str:
    props = ""
    if attrs:
        items = "".join(f'<w:attr w:name="{k}" w:val={quoteattr(v)}/>' for k, v in attrs.items())
        props = f"<w:smartTagPr>{items}</w:smartTagPr>"
    return f'<w:smartTag w:uri="{SMART}" w:element="{element}">{props}{inner}</w:smartTag>'


TOKEN = re.compile(r"\{(city|person|metric|date|place):([^}|]*)(?:\|([^}]*))?\}")


def tagged(text: str, rpr: str = "") -> str:
    """Runs for text in which {city:X}, {person:X}, {metric:X}, {place:X} and
    {date:X|Y-M-D} mark the words Word 2007 wrapped in smart tags."""
    out = []
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(r(text[pos : m.start()], rpr))
        kind, words, extra = m.group(1), m.group(2), m.group(3)
        if kind == "city":
            out.append(smart("place", smart("City", r(words, rpr))))
        elif kind == "place":
            out.append(smart("place", smart("PlaceName", r(words, rpr))))
        elif kind == "person":
            out.append(smart("PersonName", r(words, rpr), ProductID=words))
        elif kind == "metric":
            out.append(smart("metricconverter", r(words, rpr), ProductID=words))
        else:
            year, month, day = (extra or "2026-1-1").split("-")
            out.append(smart("date", r(words, rpr), Year=year, Month=month, Day=day))
        pos = m.end()
    if pos < len(text):
        out.append(r(text[pos:], rpr))
    return "".join(out)


def picture(rid: str, pid: int, name: str, descr: str, cx: int, cy: int) -> str:
    descr_attr = f" descr={quoteattr(descr)}" if descr else ""
    return (
        "<w:r><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pid}" name="Picture {pid}"{descr_attr}/>'
        "<wp:cNvGraphicFramePr>"
        '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' noChangeAspect="1"/>'
        "</wp:cNvGraphicFramePr>"
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        "</pic:blipFill>"
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ------------------------------------------------------------------ package parts
def styles_xml(extra: str) -> str:
    base = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"'
        ' w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/>'
        '<w:lang w:val="en-AU"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    return (
        XML_DECL + f'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
        f'main">{base}{extra}</w:styles>'
    )


def header_xml(body: str) -> str:
    return XML_DECL + f"<w:hdr {W_NS}>{body}</w:hdr>"


def footer_xml(body: str) -> str:
    return XML_DECL + f"<w:ftr {W_NS}>{body}</w:ftr>"


def document_xml(body: str) -> str:
    sect = (
        '<w:sectPr w:rsidR="00D41A7C"><w:headerReference w:type="default" r:id="rIdHdr1"/>'
        '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708"'
        ' w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
        "</w:sectPr>"
    )
    return XML_DECL + f"<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>"


def content_types(has_numbering: bool) -> str:
    numbering = (
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.numbering+xml"/>'
        if has_numbering
        else ""
    )
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
        f"{numbering}"
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/>'
        "</Types>"
    )


def package_rels() -> str:
    return (
        XML_DECL + f'<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )


def document_rels(images: list[str], has_numbering: bool) -> str:
    rels = [
        f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdSettings" Type="{REL}/settings" Target="settings.xml"/>',
        f'<Relationship Id="rIdHdr1" Type="{REL}/header" Target="header1.xml"/>',
        f'<Relationship Id="rIdFtr1" Type="{REL}/footer" Target="footer1.xml"/>',
    ]
    if has_numbering:
        rels.append(f'<Relationship Id="rIdNum" Type="{REL}/numbering" Target="numbering.xml"/>')
    for i, name in enumerate(images, start=1):
        rels.append(f'<Relationship Id="rIdImg{i}" Type="{REL}/image" Target="media/{name}"/>')
    return XML_DECL + f'<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'


def core_xml(title: str, creator: str, last: str, created: str, modified: str) -> str:
    return (
        XML_DECL
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(last)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(template: str, version: str, words: int) -> str:
    return (
        XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes"><Template>{escape(template)}</Template><TotalTime>47</TotalTime>'
        f"<Pages>2</Pages><Words>{words}</Words><Application>Microsoft Office Word</Application>"
        f"<DocSecurity>0</DocSecurity><AppVersion>{version}</AppVersion></Properties>"
    )


def write_package(name: str, parts: dict[str, str | bytes]) -> None:
    path = HERE / name
    with zipfile.ZipFile(path, "w") as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print("wrote", path.name)


# ------------------------------------------------------------------ document 1
DOC1 = (
    "docx-word-2007-correspondent-copy-form-template-macrobutton-prompts-typed-over-and-left-"
    "fillin-author-createdate-numwords-field-results-smart-tags-place-personname-date-"
    "metricconverter-batlow-apple-pickers.docx"
)

DOC1_STYLES = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormTitle">'
    '<w:name w:val="Form Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
    '<w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormHelp">'
    '<w:name w:val="Form Help"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:i/><w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormField">'
    '<w:name w:val="Form Field"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormLabel">'
    '<w:name w:val="Form Label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
    '<w:spacing w:before="240"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
    '<w:b/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Headline">'
    '<w:name w:val="Headline"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="36"/></w:rPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Standfirst">'
    '<w:name w:val="Standfirst"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline">'
    '<w:name w:val="Byline"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>'
    '<w:rPr><w:b/><w:caps/><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="284"/></w:pPr></w:style>'
)

DOC1_STORY = [
    "{city:Batlow} orchardists say they are about 200 pickers short as the apple harvest starts"
    " up to a fortnight earlier than usual after a hot, dry February.",
    "Gala picking began on some orchards on {date:Monday, 2 March|2026-3-2}, and growers expect"
    " Fuji and Pink Lady to follow within weeks, putting the busiest part of the season ahead of"
    " the backpackers and seasonal workers many orchards rely on.",
    "{city:Batlow} Fruit Growers’ Association president {person:Jan Whitty} said a survey of 31"
    " orchards last week found they had filled about 540 of the 740 picking jobs they expect to"
    " need by mid-March.",
    "“The fruit doesn’t wait,” Ms Whitty said. “If we can’t get it off in the next three weeks,"
    " a lot of it will be too ripe to store, and that’s money left on the ground.”",
    "Third-generation grower {person:Tony Marcuzzi}, who runs {metric:40 hectares} of apples on"
    " the {city:Tumut} road, said he had 14 pickers on his books and needed 25.",
    "“We’ve got the fruit, we’ve got the bins, we’ve got the accommodation. We just haven’t got"
    " the hands,” he said.",
    "Growers blame the early start, a shortage of rental housing in the {place:Tumut Valley} and"
    " competition from cherry and blueberry farms around {city:Tumbarumba} and {city:Young},"
    " where wages have risen this season.",
    "Some orchards are paying above the award and offering free accommodation in converted"
    " packing sheds, Ms Whitty said.",
    "The association has asked the council to allow temporary camping at the {city:Batlow}"
    " showground for workers with their own vans, as it did in 2022.",
    "Local job agency manager {person:Kerrie Lonergan} said 60 people had registered interest"
    " since the association posted an appeal on social media on the weekend, most of them from"
    " {city:Wagga Wagga} and {city:Canberra}.",
    "“It’s hard, physical work, but it pays well if you’re quick, and plenty of locals did it"
    " when they were young,” Ms Lonergan said.",
    "Anyone interested in picking work can register at the {city:Batlow} Literary Institute on"
    " {date:Tuesday, 10 March|2026-3-10}, from 9am.",
]


def build_doc1() -> None:
    grey = '<w:color w:val="808080"/>'
    fields = [
        p(
            r("Correspondent:\t"),
            field(" AUTHOR  \\* MERGEFORMAT ", "Des Kilpatrick"),
            style="FormField",
        ),
        p(r("Town:\t"), smart("place", smart("City", r("Batlow"))), style="FormField"),
        p(
            r("Slug:\t"),
            field(
                ' FILLIN "Slug for this story (one or two words)" \\* MERGEFORMAT ',
                "BATLOW PICKERS",
            ),
            style="FormField",
        ),
        p(r("For:\t"), macrobutton("[Click here and type the title(s)]"), style="FormField"),
        p(
            r("Filed:\t"),
            field(' CREATEDATE  \\@ "d/MM/yyyy h:mm am/pm"  \\* MERGEFORMAT ', "6/03/2026 4:12 PM"),
            style="FormField",
        ),
        p(r("Words:\t"), field(" NUMWORDS  \\* MERGEFORMAT ", "587"), style="FormField"),
    ]
    body = [
        p(r("Riverine Media correspondent copy"), style="FormTitle"),
        p(
            r(
                "Press F11 to move from one grey prompt to the next and type over it. Leave"
                " blank anything that does not apply. Email the finished form to your"
                " editor with photos attached."
            ),
            style="FormHelp",
        ),
        *fields,
        p(r("HEADLINE"), style="FormLabel"),
        p(
            tagged("{city:Batlow} growers 200 pickers short as apple harvest starts early"),
            style="Headline",
        ),
        p(r("STANDFIRST (optional)"), style="FormLabel"),
        p(macrobutton("[Click here and type a one-sentence standfirst]"), style="Standfirst"),
        p(r("BYLINE"), style="FormLabel"),
        p(r("By "), tagged("{person:Des Kilpatrick}"), style="Byline"),
        p(r("STORY"), style="FormLabel"),
    ]
    body += [p(tagged(text), style="BodyText", rsid="00F3B218") for text in DOC1_STORY]
    body += [
        p(r("PHOTO 1"), style="FormLabel"),
        p(
            picture(
                "rIdImg1",
                1,
                "IMG_2231.JPG",
                "Apple bins stacked between rows of Gala trees",
                3657600,
                2438400,
            )
        ),
        p(
            r("Caption:\t"),
            tagged(
                "Apple bins waiting in a Gala block on {person:Tony Marcuzzi}’s orchard on"
                " the {city:Tumut} road."
            ),
            style="FormField",
        ),
        p(r("Photographer:\t"), tagged("{person:Des Kilpatrick}"), style="FormField"),
        p(r("PHOTO 2"), style="FormLabel"),
        p(picture("rIdImg2", 2, "IMG_2240.JPG", "", 2438400, 3048000)),
        p(
            r("Caption:\t"),
            tagged(
                "{person:Jan Whitty}, president of the {city:Batlow} Fruit Growers’"
                " Association, checks fruit in the packing shed."
            ),
            style="FormField",
        ),
        p(
            r("Photographer:\t"),
            macrobutton("[Click here and type photographer’s name]"),
            style="FormField",
        ),
        p(r("NOTES FOR THE SUB-EDITOR"), style="FormLabel"),
        p(
            r("Spoke to Jan at the packing shed Thursday "),
            '<w:proofErr w:type="spellStart"/>',
            r("arvo"),
            '<w:proofErr w:type="spellEnd"/>',
            r(
                " – her numbers are from the association’s own survey, not official figures. Can"
                " send more pics if you need them. Des"
            ),
            style="Normal",
        ),
        p(r("— END OF FORM —", f"<w:b/>{grey}"), ppr='<w:jc w:val="center"/>'),
    ]
    header = header_xml(
        p(r("Riverine Media — correspondent copy — page "), field(" PAGE ", "1"), style="Header")
    )
    footer = footer_xml(p(r("Template RM-CORR-04 (rev. 2005)"), style="Footer"))
    settings = (
        XML_DECL + f"<w:settings {W_NS}>"
        '<w:zoom w:percent="100"/><w:attachedTemplate r:id="rIdTpl"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat/><w:rsids><w:rsidRoot w:val="00D41A7C"/><w:rsid w:val="00D41A7C"/>'
        '<w:rsid w:val="00F3B218"/></w:rsids>'
        '<w:themeFontLang w:val="en-AU"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="metricconverter"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="date"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="PersonName"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="PlaceName"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="City"/>'
        f'<w:smartTagType w:namespaceuri="{SMART}" w:name="place"/>'
        "</w:settings>"
    )
    settings_rels = (
        XML_DECL + f'<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rIdTpl" Type="{REL}/attachedTemplate" '
        'Target="file:///C:\\Documents%20and%20Settings\\Des\\Application%20Data\\Microsoft\\'
        'Templates\\RM%20Correspondent%20Copy.dot" TargetMode="External"/>'
        "</Relationships>"
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(False),
        "_rels/.rels": package_rels(),
        "word/document.xml": document_xml("".join(body)),
        "word/_rels/document.xml.rels": document_rels(["image1.png", "image2.png"], False),
        "word/styles.xml": styles_xml(DOC1_STYLES),
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": settings_rels,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/media/image1.png": png(96, 64, 1),
        "word/media/image2.png": png(64, 80, 2),
        "docProps/core.xml": core_xml(
            "Riverine Media correspondent copy",
            "Des Kilpatrick",
            "Des Kilpatrick",
            "2026-03-06T05:12:00Z",
            "2026-03-06T06:01:00Z",
        ),
        "docProps/app.xml": app_xml("RM Correspondent Copy.dot", "12.0000", 587),
    }
    write_package(DOC1, parts)


# ------------------------------------------------------------------ document 2
DOC2 = (
    "docx-police-district-media-release-banner-table-docvariable-release-number-includetext-"
    "standard-paragraphs-results-over-several-paragraphs-stale-error-result-captions-after-"
    "line-break-urana-ewes-stolen.docx"
)

DOC2_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="34"/></w:rPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBanner">'
    '<w:name w:val="Release Banner"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="FFFFFF"/>'
    '<w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseMeta">'
    '<w:name w:val="Release Meta"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/></w:rPr></w:style>'
)

NUMBERING = (
    XML_DECL + f"<w:numbering {W_NS}>"
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)

DOC2_STORY = [
    "Police are appealing for information after 240 merino ewes were stolen from a property on"
    " the Urana–Lockhart Road, north-east of Urana, between Wednesday afternoon and Thursday"
    " morning.",
    "The owner found the paddock gate chained shut with a new padlock and the ewes missing when"
    " he went to check stock about 7am on Thursday, 5 March.",
    "Investigators believe the sheep were loaded onto a truck from a temporary yard set up near"
    " the road, and that whoever took them knew the property and had experience handling stock.",
    "The ewes, valued at about $72,000, are two-year-olds carrying blue ear tags printed ‘WR’"
    " and a red paint brand on the left shoulder.",
    "Detective Sergeant Alana Fitzgerald, of the district’s rural crime team, said the theft"
    " would have taken several hours and at least two people.",
    "“This was planned. You don’t move 240 sheep in the dark without a truck, a crate, dogs and"
    " people who know what they are doing,” Det Sgt Fitzgerald said.",
    "“Someone will have seen a stock truck on that road in the early hours of Thursday, or will"
    " be offered cheap ewes in the next few weeks. We want to hear from them.”",
    "Police have also released an image of a white prime mover and double-deck stock crate"
    " captured on a service station camera at Urana about 2am on Thursday.",
]

TIPS = [
    "lock gates and check boundary fences regularly;",
    "record ear tag numbers and brands, and keep photographs of stock;",
    "report suspicious vehicles near yards and loading ramps, and note registration numbers"
    " where it is safe to do so.",
]


def banner_table() -> str:
    cell = (
        '<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>'
        '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>{body}</w:tc>'
    )
    left = p(r("COLOMBO CREEK POLICE DISTRICT"), style="ReleaseBanner")
    right = p(r("MEDIA RELEASE"), style="ReleaseBanner", ppr='<w:jc w:val="right"/>')
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="6000"/><w:gridCol w:w="3026"/></w:tblGrid>'
        f"<w:tr>{cell.format(w=6000, body=left)}{cell.format(w=3026, body=right)}</w:tr>"
        "</w:tbl>"
    )


def build_doc2() -> None:
    include_tips = ' INCLUDETEXT "G:\\\\Media\\\\Standard paragraphs\\\\Livestock security.docx"'
    include_tips += " LivestockTips  \\* MERGEFORMAT "
    include_cs = ' INCLUDETEXT "G:\\\\Media\\\\Standard paragraphs\\\\Crime Stoppers.docx"'
    include_cs += "  \\* MERGEFORMAT "
    include_contacts = (
        ' INCLUDETEXT "G:\\\\Media\\\\Standard paragraphs\\\\Rural crime contacts.docx"'
        "  \\* MERGEFORMAT "
    )
    body = [
        banner_table(),
        p(
            r("Release no. "),
            field(" DOCVARIABLE  RelNo  \\* MERGEFORMAT ", "CCPD-2026-041"),
            style="ReleaseMeta",
        ),
        p(r("Saturday 7 March 2026"), style="ReleaseMeta"),
        p(
            '<w:bookmarkStart w:id="0" w:name="Headline"/>',
            r("Police appeal for help after 240 merino ewes stolen near Urana"),
            '<w:bookmarkEnd w:id="0"/>',
            style="Title",
        ),
    ]
    body += [p(r(text)) for text in DOC2_STORY]
    # the standard paragraphs on livestock security: one INCLUDETEXT field whose result
    # runs from the lead-in over the three list items
    body.append(
        p(
            fld_begin(),
            fld_instr(include_tips),
            fld_separate(),
            r("Police are reminding landholders to:"),
        )
    )
    body.append(p(r(TIPS[0]), style="ListBullet"))
    body.append(p(r(TIPS[1]), style="ListBullet"))
    body.append(p(r(TIPS[2]), fld_end(), style="ListBullet"))
    body.append(
        p(
            fld_begin(),
            fld_instr(include_cs),
            fld_separate(),
            r(
                "Anyone with information about this incident is urged to contact Crime Stoppers"
                " on 1800 975 708 or use the online reporting page. Information is treated in"
                " strict confidence. The public is reminded not to report crime information via"
                " police social media pages."
            ),
            fld_end(),
        )
    )
    body.append(
        p(
            fld_begin(),
            fld_instr(include_contacts),
            fld_separate(),
            r("Error! Not a valid filename.", "<w:b/>"),
            fld_end(),
        )
    )
    body += [
        p(
            picture(
                "rIdImg1",
                1,
                "ear tags WR.png",
                "Blue sheep ear tags printed WR lying on a fence post",
                3200400,
                2133600,
            )
        ),
        p(
            r(
                "The stolen ewes carry blue ear tags printed ‘WR’ and a red paint brand on the"
                " left shoulder."
            ),
            "<w:r><w:br/></w:r>",
            r("Image: Colombo Creek Police District"),
            style="Caption",
        ),
        p(picture("rIdImg2", 2, "cctv still 0204.png", "", 3200400, 1800225)),
        p(
            r(
                "Police want to speak to the driver of this white prime mover and double-deck"
                " stock crate, seen at Urana about 2am on Thursday."
            ),
            "<w:r><w:br/></w:r>",
            r("(Supplied: Urana Roadhouse CCTV)"),
            style="Caption",
        ),
        p(r("ENDS", "<w:b/>"), ppr='<w:jc w:val="center"/>'),
        p(
            r("Media: Senior Constable Tara Whelan, District Media Officer, 0491 570 157"),
            style="ReleaseMeta",
        ),
        p(r("Authorised by Superintendent Craig Bettens, District Commander"), style="ReleaseMeta"),
    ]
    header = header_xml(
        p(
            r("Colombo Creek Police District | Release "),
            field(" DOCVARIABLE  RelNo  \\* MERGEFORMAT ", "CCPD-2026-041"),
            r(" | Page "),
            field(" PAGE ", "1"),
            r(" of "),
            field(" NUMPAGES ", "2"),
            style="Header",
        )
    )
    footer = footer_xml(
        p(r("Sharing this release? Please include the Crime Stoppers number."), style="Footer")
    )
    settings = (
        XML_DECL + f"<w:settings {W_NS}>"
        '<w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:docVars><w:docVar w:name="RelNo" w:val="CCPD-2026-041"/></w:docVars>'
        '<w:rsids><w:rsidRoot w:val="00D41A7C"/><w:rsid w:val="00D41A7C"/></w:rsids>'
        '<w:themeFontLang w:val="en-AU"/></w:settings>'
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(True),
        "_rels/.rels": package_rels(),
        "word/document.xml": document_xml("".join(body)),
        "word/_rels/document.xml.rels": document_rels(["image1.png", "image2.png"], True),
        "word/styles.xml": styles_xml(DOC2_STYLES),
        "word/settings.xml": settings,
        "word/numbering.xml": NUMBERING,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/media/image1.png": png(90, 60, 3),
        "word/media/image2.png": png(96, 54, 4),
        "docProps/core.xml": core_xml(
            "Media release",
            "Tara Whelan",
            "Tara Whelan",
            "2026-03-06T22:40:00Z",
            "2026-03-06T23:18:00Z",
        ),
        "docProps/app.xml": app_xml("CCPD Media Release.dotx", "16.0000", 412),
    }
    write_package(DOC2, parts)


if __name__ == "__main__":
    build_doc1()
    build_doc2()

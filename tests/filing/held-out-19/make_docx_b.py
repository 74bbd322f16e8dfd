"""Write the two Word files of filing set h19, part b, next to this script.

- docx-machine-document-translation-...-apple-hail-cannons: a partner daily's Spanish story
  run through a machine document-translation service. The file keeps what the service does not
  touch: the Spanish-locale style ids (Ttulo, Subttulo, Ttulo2, Descripcin, Cita, Encabezado,
  Piedepgina), es-MX language tags on every run, the Spanish core properties and the pictures'
  Spanish descriptions; the service hands it back with read-only document protection.
- docx-microsoft-365-sensitivity-label-...-colonia-sewer-hookups: a partner TV station's web
  story from a tenant that labels every document: the label's content markings are text boxes
  (DrawingML with the VML fallback) in the page header and footer, and the label itself is a
  set of MSIP_Label_* custom properties. One Word comment from the station's digital desk.

Run with a Python that has python-docx: python make_docx_b.py. A rerun writes the same bytes
(fixed core properties, comment date and zip entry times; the template thumbnail is dropped).
"""

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent

HAIL_NAME = (
    "docx-machine-document-translation-partner-file-spanish-locale-style-ids-read-only-"
    "protection-es-mx-language-tags-untranslated-picture-descriptions-apple-hail-cannons"
)
SEWER_NAME = (
    "docx-microsoft-365-sensitivity-label-content-marking-text-boxes-header-footer-msip-"
    "custom-properties-tv-partner-web-story-word-comment-colonia-sewer-hookups"
)

ZIP_TIME = (2026, 3, 2, 9, 0, 0)
GREY = RGBColor(0x76, 0x76, 0x76)

# The stories, one block per paragraph: "kind: text", continuation lines indented.
HAIL_STORY = """
note: NOTE FOR PARTNERS: This material may be published with credit to El Diario del Noroeste.
  The photographs are included for one-time use and may not be archived.
title: Apple growers’ anti-hail cannons divide the Cuauhtémoc valley
subtitle: Neighbors and ranchers blame the devices for driving away the rain; producers say
  they are the only defense of a harvest worth millions
byline: By Araceli Domínguez Loya
role: Correspondent
dl: CUAUHTÉMOC, Chih. — The detonations begin when the sky darkens. Every few seconds, from
  the orchards that surround the city, a dry thunder rises toward the clouds: they are the
  anti-hail cannons, devices that apple producers use to protect their fruit and that for
  years have confronted them with ejidatarios and cattlemen of the region.
pic: hail1|Cañón antigranizo en una huerta de manzanos en las afueras de Cuauhtémoc
caption: An anti-hail cannon in an apple orchard on the outskirts of Cuauhtémoc. Photo:
  Special
p: According to the Regional Union of Fruit Growers, at least 140 cannons operate in the
  municipalities of Cuauhtémoc, Guerrero and Namiquipa, most of them in orchards with more
  than 50 hectares. Each equipment costs between 1.2 and 1.8 million pesos.
p: The cannons generate a shock wave with a mixture of acetylene and air that, according to
  the manufacturers, alters the formation of hail inside the clouds. Its detractors assure
  that the same wave disperses the rain.
p: “Since they put the cannons, it does not rain like before. The clouds arrive, they start
  shooting and the clouds leave,” said Rogelio Baeza, a cattleman from the ejido San Isidro
  who has 60 head of cattle.
p: The complaints are not new. In 2019 and again in 2023, groups of ejidatarios blocked the
  highway to Anáhuac to demand that the municipal authority prohibit the devices, without
  success.
h2: Science divided
p: There is no scientific consensus about the effectiveness of the cannons. Researchers
  consulted by this newspaper explained that there is no evidence that the devices prevent
  hail, nor that they reduce the rain.
p: “The shock wave of a cannon dissipates in a few hundred meters. A storm cloud is several
  kilometers high. The physics do not support neither the promise of the producers nor the
  fear of the neighbors,” said the meteorologist Lilia Carrasco Holguín, of a state
  university.
p: For the producers, the debate is about money. A hailstorm of 15 minutes can destroy the
  harvest of a whole season, and the insurance does not always cover the loss, explained
  Federico Wiebe, president of the producers’ association and owner of 80 hectares of
  orchards.
pic: hail2|Federico Wiebe recorre su huerta de manzanos al norte de la ciudad
caption: Federico Wiebe walks through his apple orchard, north of the city. Photo: Araceli
  Domínguez
p: “We do not ask anybody to believe in the cannons. We ask that they let us protect our
  work,” Wiebe said.
p: The state agricultural authority issued a statement this week on the conflict:
quote: “The Secretariat will convene producers, ejidatarios and specialists to a work table in
  the month of April, with the objective of establishing rules of operation for the devices,
  including schedules and distances from the communities.”
p: Meanwhile, the apple producers of the region prepare for the season of storms, which begins
  in May. The valley produced last year about 780 thousand tons of apple, more than half of
  the national production, according to figures of the producers.
p: In the ejido San Isidro, Baeza says that he will go to the work table, although he does not
  have much hope. “They have the money and we have the sky. We will see who wins,” he said.
p: The municipal president of Cuauhtémoc did not respond to requests for an interview.
contrib: With information from Efraín Chacón.
end: —END—
"""


SEWER_STORY = """
note: PARTNER SHARE — KDSW 9 News web story for the Desert Sun Ledger. Please credit KDSW 9.
  Video is in the web version only.
seo: SEO headline: Colonia Las Palomas gets sewer hookups after 30 years
hed: After 30 years of septic tanks, Colonia Las Palomas is finally hooking up to the sewer
dek: The county and the water district will pay for 412 household connections this spring.
  Some residents still can’t afford the plumbing inside their homes.
byline: By Natalia Cordero and Rubén Esparza, KDSW 9 News
pic: sewer1|Two workers in orange vests guide a length of green sewer pipe into a trench.
caption: Crews from Valle Seco Water District lay sewer main along Paloma Blanca Road in
  Colonia Las Palomas on Feb. 26. (Photo: KDSW 9 photojournalist Rey Saucedo)
dl: EL PASO COUNTY, Texas (KDSW) — For three decades, the 1,100 residents of Colonia Las
  Palomas have lived with septic tanks that back up every time it rains. This spring, most of
  them will finally be connected to a sewer line.
p: El Paso County and the Valle Seco Water District will pay to connect 412 homes to a new
  sewer main that crews began laying along Paloma Blanca Road last month, officials said
  Monday. The $9.7 million project is funded mostly by a state grant for colonias, the
  unincorporated neighborhoods along the border that were sold to families without basic
  services.
p: “My kids have never lived in a house where you can flush without worrying,” said Yolanda
  Barraza, who has lived on Calle Gorrión since 1998. “My grandchildren will.”
video: VIDEO: Residents describe living with failing septic tanks (2:41)
p: Colonias took shape along the border from the 1950s through the 1980s, when developers sold
  lots in the desert to working families, often with no water, sewer or paved roads. Many
  residents built their homes themselves, room by room.
pc: Las Palomas got running water in 2004. The sewer line is the last major piece. County
  engineers said septic systems in the neighborhood were built on lots too small for them, and
  many have failed.
p: “When a septic tank fails on a lot this size, there’s nowhere for the waste to go but the
  yard next door,” said county engineer Mauricio Téllez. “This is a public health project
  first.”
p: Water district general manager Delia Armendáriz said crews will connect homes street by
  street starting in April, with the last connections expected by the end of June.
h2: What residents should know
p: The district says residents should expect:
bullet: A door hanger at least one week before work begins on their street
bullet: A water and sewer shutoff of no more than eight hours on connection day
bullet: A final inspection by the county before the old septic tank is filled and closed
p: The grant pays for the line from the street to each house and for closing the old septic
  tank. It does not pay for plumbing inside the home, which in some older houses will need to
  be replaced before the connection can be made.
pic: sewer2|
caption: A failed septic tank behind a home on Calle Gorrión. (Courtesy Valle Seco Water
  District)
p: That is where some families will fall short. Armendáriz said the district had identified
  about 60 homes that will need interior plumbing work costing $3,000 to $8,000.
p: A nonprofit housing group, Manos del Valle, has offered to help some of those families with
  labor and materials, and the county is seeking an additional $400,000 from the state to
  cover the rest.
p: Barraza said she had started saving for her own plumbing two years ago, when the project
  was first announced. “We waited 30 years,” she said. “We can wait until June.”
p: Residents with questions can call the water district’s colonia office at 915-555-0148 or
  attend an information night on March 12 at the Las Palomas community center.
contrib: KDSW 9’s Andrea Molinar contributed to this report.
tag: Download the KDSW 9 News app for breaking news alerts.
copy: Copyright 2026 KDSW-TV. All rights reserved.
"""


def parse(story):
    """Return [(kind, text)] from a story block."""
    blocks = []
    for line in story.strip("\n").splitlines():
        if line.startswith("  "):
            kind, text = blocks[-1]
            blocks[-1] = (kind, text + " " + line.strip())
        else:
            kind, _, text = line.partition(": ")
            blocks.append((kind, text.strip()))
    return blocks


# ---------------------------------------------------------------- pictures


def png(width, height, pixel):
    """A small RGB PNG; pixel(x, y) returns (r, g, b)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def orchard_cannon(x, y):
    if y < 45:  # storm sky
        g = 70 + y
        return (g, g + 5, g + 20)
    if 52 <= x <= 70 and 38 <= y <= 62 and (x - 61) ** 2 // 3 <= (62 - y) * 3:
        return (40, 40, 44)  # the cone of the cannon
    if (x // 16) % 2 == 0 and y < 70:
        return (46, 96, 40)  # rows of trees
    return (150, 120, 80)


def orchard_rows(x, y):
    if y < 30:
        return (160, 190, 220)
    if 70 <= x <= 76 and 30 <= y <= 80:
        return (60, 50, 45)  # a man in the rows
    return (58, 110, 44) if (x + y // 3) % 18 < 11 else (140, 110, 70)


def trench(x, y):
    if y < 25:
        return (185, 205, 230)
    if 50 <= y <= 62:
        return (90, 70, 50)  # the trench
    if 40 <= x <= 110 and 44 <= y <= 49:
        return (40, 120, 60)  # green pipe
    return (196, 170, 128)


def septic(x, y):
    if y < 20:
        return (200, 215, 235)
    if (x - 80) ** 2 + (y - 60) ** 2 < 400:
        return (70, 60, 50)  # the open tank
    return (170, 150, 115)


PICTURES = {
    "hail1": png(160, 100, orchard_cannon),
    "hail2": png(160, 100, orchard_rows),
    "sewer1": png(160, 100, trench),
    "sewer2": png(160, 100, septic),
}


# ---------------------------------------------------------------- building blocks


def add_run(paragraph, text, bold=False, italic=False, size=None, color=None):
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    return run


def add_picture(doc, key, description):
    doc.add_picture(io.BytesIO(PICTURES[key]), width=Inches(5.5))
    paragraph = doc.paragraphs[-1]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for el in paragraph._p.iter():
        if el.tag in (qn("wp:docPr"), qn("pic:cNvPr")):
            if description:
                el.set("descr", description)
            elif "descr" in el.attrib:
                del el.attrib["descr"]
    return paragraph


def dateline_paragraph(doc, text):
    place, dash, rest = text.partition(" — ")
    paragraph = doc.add_paragraph()
    add_run(paragraph, place, bold=True)
    add_run(paragraph, f"{dash}{rest}")
    return paragraph


def tag_language(part_element, lang):
    """Give every run an explicit language, as the partner's Spanish Word did."""
    for r in part_element.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            r.insert(0, rpr)
        el = OxmlElement("w:lang")
        el.set(qn("w:val"), lang)
        rpr.append(el)


# ---------------------------------------------------------------- package rewriting


def rewrite(data, changes, drop=(), add=None):
    """Rewrite a saved .docx: changes maps part name -> function(str) -> str."""
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: src.read(name) for name in src.namelist() if name not in drop}
    for name, fix in changes.items():
        for part in [n for n in parts if re.fullmatch(name, n)]:
            parts[part] = fix(parts[part].decode("utf-8")).encode("utf-8")
    parts.update(add or {})
    out = io.BytesIO()
    order = ["[Content_Types].xml", "_rels/.rels"]
    order += sorted(n for n in parts if n not in order)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, parts[name])
    return out.getvalue()


def drop_thumbnail(rels):
    return re.sub(r'<Relationship Id="[^"]+" Type="[^"]+/thumbnail" Target="[^"]+"/>', "", rels)


def core_xml(title, creator, modified_by, created, modified, revision, language):
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:subject/><dc:creator>{creator}</dc:creator>"
        f"<cp:keywords/><dc:description/><cp:lastModifiedBy>{modified_by}</cp:lastModifiedBy>"
        f"<cp:revision>{revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        f"<dc:language>{language}</dc:language></cp:coreProperties>"
    )


def app_xml(company, doc_security, words, pages):
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>41</TotalTime>'
        f"<Pages>{pages}</Pages><Words>{words}</Words>"
        "<Application>Microsoft Office Word</Application>"
        f"<DocSecurity>{doc_security}</DocSecurity><ScaleCrop>false</ScaleCrop>"
        f"<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


# ---------------------------------------------------------------- the translated story

SPANISH_IDS = {
    "Title": "Ttulo",
    "TitleChar": "TtuloCar",
    "Subtitle": "Subttulo",
    "SubtitleChar": "SubttuloCar",
    "Heading1": "Ttulo1",
    "Heading1Char": "Ttulo1Car",
    "Heading2": "Ttulo2",
    "Heading2Char": "Ttulo2Car",
    "Heading3": "Ttulo3",
    "Heading3Char": "Ttulo3Car",
    "Caption": "Descripcin",
    "Quote": "Cita",
    "QuoteChar": "CitaCar",
    "Header": "Encabezado",
    "HeaderChar": "EncabezadoCar",
    "Footer": "Piedepgina",
    "FooterChar": "PiedepginaCar",
    "ListParagraph": "Prrafodelista",
    "ListBullet": "Listaconvietas",
    "DefaultParagraphFont": "Fuentedeprrafopredeter",
    "TableNormal": "Tablanormal",
    "NoList": "Sinlista",
    "TableGrid": "Tablaconcuadrcula",
}


def spanish_style_ids(xml):
    """Swap the English style ids for the ones a Spanish-locale Word writes (names stay)."""

    def swap(match):
        return f'{match.group(1)}"{SPANISH_IDS.get(match.group(2), match.group(2))}"'

    pattern = r'(w:styleId=|<w:(?:pStyle|rStyle|basedOn|next|link|tblStyle) w:val=)"([^"]+)"'
    return re.sub(pattern, swap, xml)


PROTECTION = (
    '<w:documentProtection w:edit="readOnly" w:enforcement="1" '
    'w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" '
    'w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" '
    'w:hash="lkutmH7wcisNh9tnJ9oACK5W0mJY0dtgXcThN7scWehyEbgLXVLdI4x0AR4DT62J'
    'QiqBPjJ8Iisyx1op5xow0A==" '
    'w:salt="uyQI41cl4LaQ3r0ExNi+Jw=="/>'
)


def hail_settings(xml):
    xml = re.sub(r"<w:proofState [^>]*/>", lambda m: m.group(0) + PROTECTION, xml)
    return xml.replace(
        '<w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/>',
        '<w:themeFontLang w:val="es-MX" w:eastAsia="en-US"/>',
    )


def hail_styles(xml):
    xml = xml.replace(
        '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>',
        '<w:lang w:val="es-MX" w:eastAsia="en-US" w:bidi="ar-SA"/>',
    )
    return spanish_style_ids(xml)


def build_hail():
    doc = Document()
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    add_run(
        header,
        "THE NORTHWEST DAILY · Field Section · Material for partner newspapers",
        size=8,
        color=GREY,
    )
    footer = section.footer.paragraphs[0]
    add_run(
        footer,
        "© The Northwest Daily. Total or partial reproduction is prohibited without authorization.",
        size=8,
        color=GREY,
    )

    for kind, text in parse(HAIL_STORY):
        if kind == "note":
            add_run(doc.add_paragraph(), text, italic=True, size=9, color=GREY)
        elif kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            doc.add_paragraph(text, style="Subtitle")
        elif kind == "byline":
            add_run(doc.add_paragraph(), text, bold=True)
        elif kind == "role":
            add_run(doc.add_paragraph(), text, italic=True)
        elif kind == "dl":
            dateline_paragraph(doc, text)
        elif kind == "pic":
            key, _, description = text.partition("|")
            add_picture(doc, key, description)
        elif kind == "caption":
            doc.add_paragraph(text, style="Caption")
        elif kind == "h2":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "quote":
            doc.add_paragraph(text, style="Quote")
        elif kind == "contrib":
            add_run(doc.add_paragraph(), text, italic=True)
        elif kind == "end":
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            doc.add_paragraph(text)

    for part in (doc.element, section.header._element, section.footer._element):
        tag_language(part, "es-MX")

    buf = io.BytesIO()
    doc.save(buf)
    core = core_xml(
        "Cañones antigranizo dividen al valle de Cuauhtémoc",
        "Araceli Domínguez",
        "Redacción Norte",
        "2026-03-01T22:10:00Z",
        "2026-03-02T16:40:00Z",
        7,
        "es-MX",
    )
    return rewrite(
        buf.getvalue(),
        {
            r"word/settings\.xml": hail_settings,
            r"word/styles(WithEffects)?\.xml": hail_styles,
            r"word/(document|header\d*|footer\d*|numbering)\.xml": spanish_style_ids,
            r"_rels/\.rels": drop_thumbnail,
            r"docProps/core\.xml": lambda _: core,
            r"docProps/app\.xml": lambda _: app_xml("El Diario del Noroeste", 4, 771, 2),
        },
        drop=("docProps/thumbnail.jpeg",),
    )


# ---------------------------------------------------------------- the labelled story

LABEL_ID = "7f3c2a91-5b6e-4d0a-9c1f-2e8b4a6d3c10"
SITE_ID = "c2d84f0e-9a17-4b3e-8e61-5f0b7d2a94c3"
ACTION_ID = "e91b07a4-3c5d-42f8-a6e2-1d8f9c0b5a77"

HDR_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)


def marking_run(shape_id, name, text, vertical, color, size_half_points, inset_pt):
    """The content-marking text box a sensitivity label writes: DrawingML plus VML fallback."""
    emu = 12700
    cy = (size_half_points * 6 + inset_pt) * emu
    cx = 9 * len(text) * emu // 2 * size_half_points // 10 + 2 * emu
    para = (
        '<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
        f'<w:color w:val="{color}"/><w:sz w:val="{size_half_points}"/>'
        f'<w:szCs w:val="{size_half_points}"/></w:rPr><w:t xml:space="preserve">{text}</w:t>'
        "</w:r></w:p>"
    )
    inset = f'lIns="0" tIns="{inset_pt * emu if vertical == "top" else 0}" rIns="0" '
    inset += f'bIns="{inset_pt * emu if vertical == "bottom" else 0}"'
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1" wp14:anchorId="3A1F0C{shape_id:02X}" '
        f'wp14:editId="3A1F0C{shape_id:02X}"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:align>{vertical}</wp:align></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="{name}" descr="{text}"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{para}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" '
        f'horzOverflow="overflow" vert="horz" wrap="none" {inset} numCol="1" spcCol="0" '
        f'rtlCol="0" fromWordArt="0" anchor="{"t" if vertical == "top" else "b"}" '
        'anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
        "<a:avLst/></a:prstTxWarp><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData>"
        '</a:graphic><wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth>'
        '</wp14:sizeRelH><wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0'
        "</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing>"
    )
    style = (
        f"position:absolute;margin-left:0;margin-top:0;width:{cx / emu:.2f}pt;"
        f"height:{cy / emu:.2f}pt;z-index:{251659264 + shape_id};mso-wrap-style:none;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:page;"
        f"mso-position-vertical:{vertical};mso-position-vertical-relative:page;"
        "v-text-anchor:top"
    )
    vml_inset = f"0,{inset_pt}pt,0,0" if vertical == "top" else f"0,0,0,{inset_pt}pt"
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t202" '
        f'alt="{text}" style="{style}" o:allowincell="f" filled="f" stroked="f">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="{vml_inset}">'
        f"<w:txbxContent>{para}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
        f"{drawing}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def header_xml():
    marking = marking_run(1, "MSIPCMa1c4e7f02b9d4e6c8f13b5a7", "INTERNAL", "top", "C00000", 20, 12)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:hdr {HDR_NS}>"
        f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{marking}</w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr>'
        '<w:color w:val="767676"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">'
        "KDSW 9 DIGITAL · partner share · colonia-sewer-0302</w:t></w:r></w:p></w:hdr>"
    )


def footer_xml():
    text = (
        "Classification: Internal – Sun Country Media Group. "
        "Do not forward outside approved partners."
    )
    marking = marking_run(2, "MSIPCMf0d2b6a93c1e4f7a8d25c9e1", text, "bottom", "737373", 16, 10)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:ftr {HDR_NS}>"
        f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{marking}</w:p></w:ftr>'
    )


def custom_xml():
    values = [
        ("Enabled", "true"),
        ("SetDate", "2026-03-02T19:04:11Z"),
        ("Method", "Standard"),
        ("Name", "Internal"),
        ("SiteId", SITE_ID),
        ("ActionId", ACTION_ID),
        ("ContentBits", "3"),
    ]
    props = "".join(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
        f'pid="{pid}" name="MSIP_Label_{LABEL_ID}_{key}"><vt:lpwstr>{value}</vt:lpwstr></property>'
        for pid, (key, value) in enumerate(values, start=2)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes">{props}</Properties>'
    )


def add_custom_part(types):
    return types.replace(
        "</Types>",
        '<Override PartName="/docProps/custom.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    )


def add_custom_rel(rels):
    rels = drop_thumbnail(rels)
    return rels.replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )


def fix_comment_dates(xml):
    return re.sub(r'w:date="[^"]*"', 'w:date="2026-03-02T18:52:00Z"', xml)


def build_sewer():
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].add_run("header placeholder")
    section.footer.paragraphs[0].add_run("footer placeholder")

    comment_run = None
    for kind, text in parse(SEWER_STORY):
        if kind in ("note", "seo"):
            add_run(doc.add_paragraph(), text, italic=kind == "note", size=9, color=GREY)
        elif kind == "hed":
            add_run(doc.add_paragraph(), text, bold=True, size=16)
        elif kind == "dek":
            add_run(doc.add_paragraph(), text, italic=True, size=12)
        elif kind == "byline":
            doc.add_paragraph(text)
        elif kind == "pic":
            key, _, description = text.partition("|")
            add_picture(doc, key, description)
        elif kind == "caption":
            doc.add_paragraph(text, style="Caption")
        elif kind == "dl":
            dateline_paragraph(doc, text)
        elif kind == "video":
            add_run(doc.add_paragraph(), text, bold=True, color=RGBColor(0x1F, 0x4E, 0x9A))
        elif kind == "h2":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "contrib":
            add_run(doc.add_paragraph(), text, italic=True)
        elif kind in ("tag", "copy"):
            add_run(doc.add_paragraph(), text, italic=kind == "tag", size=9, color=GREY)
        elif kind == "pc":
            comment_run = add_run(doc.add_paragraph(), text)
        else:
            doc.add_paragraph(text)

    doc.add_comment(
        comment_run,
        text="Partners: the county confirmed the 412 figure this morning. — LY",
        author="Lourdes Ybarra (KDSW Digital)",
        initials="LY",
    )

    buf = io.BytesIO()
    doc.save(buf)
    core = core_xml(
        "Colonia Las Palomas sewer - web",
        "Natalia Cordero",
        "Lourdes Ybarra",
        "2026-03-02T15:20:00Z",
        "2026-03-02T19:04:00Z",
        12,
        "en-US",
    )
    return rewrite(
        buf.getvalue(),
        {
            r"word/header\d*\.xml": lambda _: header_xml(),
            r"word/footer\d*\.xml": lambda _: footer_xml(),
            r"word/comments\.xml": fix_comment_dates,
            r"\[Content_Types\]\.xml": add_custom_part,
            r"_rels/\.rels": add_custom_rel,
            r"docProps/core\.xml": lambda _: core,
            r"docProps/app\.xml": lambda _: app_xml("Sun Country Media Group", 0, 742, 2),
        },
        drop=("docProps/thumbnail.jpeg",),
        add={"docProps/custom.xml": custom_xml().encode("utf-8")},
    )


def main():
    for name, build in ((HAIL_NAME, build_hail), (SEWER_NAME, build_sewer)):
        path = HERE / f"{name}.docx"
        path.write_bytes(build())
        print("wrote", path.name)


if __name__ == "__main__":
    main()

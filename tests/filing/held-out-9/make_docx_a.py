"""Build the two .docx documents of held-out-9, part a.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-9/make_docx_a.py
Writes docx-*.docx next to this script. The pictures are small PNGs drawn here
with zlib/struct (sky, field, a gabled building and a sun). The answer keys
(*.expected.yaml) are written by hand; this script does not produce them.

1. docx-german-locale-style-ids-correspondent-village-inn.docx
   A correspondent's draft saved by a German-language Word: the built-in styles
   keep their English names (w:name "Title", "heading 2", "caption", "Quote") but
   carry German style ids (Titel, Untertitel, berschrift2, Beschriftung, Zitat,
   Standard, Kopfzeile, Fuzeile), as a German Word writes them. Captions are
   "Abbildung {SEQ}: ... Foto: Name/Agency"; a slug in the page header, a
   "Seite {PAGE} von {NUMPAGES}" footer and a real Word comment from the desk.

2. docx-draft-watermark-rotated-credit-cell-one-room-school.docx
   A freelancer's magazine draft: a "DRAFT" watermark (VML textpath) in both page
   headers, the writer's contact block in the first-page header, a draft-status
   line, Title/Subtitle styles, "By" and "Photographs by" lines, a picture in a
   borderless one-row table whose narrow right cell holds the credit set
   bottom-to-top (w:textDirection btLr) with the caption under the table, a
   floating DrawingML text-box pull quote (with its VML fallback) repeating a body
   sentence, a picture whose description is Word's automatic alt text
   ("... Description automatically generated"), an archive picture with a
   separate right-aligned credit line, contributor lines, a bio and "END".
"""
import io
import os
import re
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)

SCENES = [
    # sky, ground, building
    ((150, 190, 225), (176, 150, 96), (150, 60, 45)),
    ((205, 215, 230), (120, 140, 80), (235, 230, 215)),
    ((170, 170, 170), (110, 110, 110), (60, 60, 60)),
    ((250, 210, 150), (200, 170, 90), (120, 90, 70)),
    ((190, 220, 240), (90, 130, 70), (200, 40, 40)),
]


def scene_png(n, w=160, h=100):
    """Sky, field, a gabled building and a sun, drawn pixel by pixel."""
    sky, ground, building = SCENES[n % len(SCENES)]
    horizon = int(h * 0.62)
    bx = 20 + (n * 23) % 70
    wall_top, wall_bottom, roof_top = int(h * 0.36), int(h * 0.66), int(h * 0.18)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            colour = ground if y >= horizon else sky
            if (x - (w - 24)) ** 2 + (y - 18) ** 2 <= 100:
                colour = (255, 240, 170)
            if bx <= x <= bx + 50 and wall_top <= y <= wall_bottom:
                colour = building
            half = (y - roof_top) * 29 // max(1, wall_top - roof_top)
            if roof_top <= y < wall_top and bx + 25 - half <= x <= bx + 25 + half:
                colour = building
            raw += bytes(colour)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(doc, text="", style=None, bold=False, italic=False, size=None, color=None,
         align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def picture_run(p, n, width, descr):
    r = p.add_run()
    r.add_picture(io.BytesIO(scene_png(n)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return r


def field_runs(p, instr, result):
    """A complex field (begin / instrText / separate / result / end)."""
    p._p.append(parse_xml(f'<w:r {NS_DECL}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NS_DECL}><w:instrText xml:space="preserve"> {instr} '
                          f'</w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {NS_DECL}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NS_DECL}><w:t>{result}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {NS_DECL}><w:fldChar w:fldCharType="end"/></w:r>'))


# ------------------------------------------------------------ German style ids
GERMAN_IDS = {
    "Normal": "Standard",
    "Title": "Titel",
    "TitleChar": "TitelZchn",
    "Subtitle": "Untertitel",
    "SubtitleChar": "UntertitelZchn",
    "Heading1": "berschrift1",
    "Heading1Char": "berschrift1Zchn",
    "Heading2": "berschrift2",
    "Heading2Char": "berschrift2Zchn",
    "Caption": "Beschriftung",
    "Quote": "Zitat",
    "QuoteChar": "ZitatZchn",
    "Header": "Kopfzeile",
    "HeaderChar": "KopfzeileZchn",
    "Footer": "Fuzeile",
    "FooterChar": "FuzeileZchn",
    "DefaultParagraphFont": "Absatz-Standardschriftart",
    "TableNormal": "NormaleTabelle",
    "NoList": "KeineListe",
    "CommentText": "Kommentartext",
    "CommentTextChar": "KommentartextZchn",
    "CommentReference": "Kommentarzeichen",
}
STYLE_REF = re.compile(
    r'(<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link|numStyleLink|styleLink) '
    r'w:val=")([^"]+)(")')
STYLE_ID = re.compile(r'(w:styleId=")([^"]+)(")')


def germanize(path):
    """Rewrite the style ids of a saved package the way a German Word writes them."""
    def sub(m):
        return m.group(1) + GERMAN_IDS.get(m.group(2), m.group(2)) + m.group(3)

    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                text = data.decode("utf-8")
                text = STYLE_REF.sub(sub, text)
                text = STYLE_ID.sub(sub, text)
                if info.filename == "word/comments.xml":
                    text = re.sub(r'w:date="[^"]*"', 'w:date="2026-12-02T10:14:00Z"', text)
                if info.filename in ("word/styles.xml", "word/stylesWithEffects.xml"):
                    text = re.sub(r'<w:lang w:val="en-US"', '<w:lang w:val="de-DE"', text)
                data = text.encode("utf-8")
            out.writestr(info, data)


def village_inn():
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, "INN-ALTMUEHLBERG / Voss-Ferreira / ca. 1.050 Wörter / Stand 02.12.2026",
        size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "Seite ", size=8)
    field_runs(fp, "PAGE", "1")
    run(fp, " von ", size=8)
    field_runs(fp, "NUMPAGES", "2")

    para(d, "A Bavarian village couldn’t save its last inn. So it bought it.", style="Title")
    para(d, "Altmühlberg’s 640 residents now own the Gasthaus zum Hirschen, and some of "
         "them are pouring the beer", style="Subtitle")
    para(d, "By Magdalena Voss-Ferreira", bold=True)
    para(d, "Special Correspondent", italic=True, color=GREY)

    p = d.add_paragraph()
    run(p, "ALTMÜHLBERG, Germany", bold=True)
    run(p, " — When the last owner of the Gasthaus zum Hirschen announced in March that "
        "he would close it at the end of the summer, the mayor of this village of 640 "
        "people in northern Bavaria called a meeting in the inn’s back room. Almost 200 "
        "people came.")

    p = d.add_paragraph()
    run(p, "Six months later, the village owns the inn. A cooperative of 412 members, most "
        "of them residents, raised ")
    commented = run(p, "€1.35 million")
    run(p, " to buy the 300-year-old building, its brewery license and its 14 guest rooms, "
        "and reopened it on the first Sunday of Advent.")
    d.add_comment(commented, text="Is €1.35m the purchase price alone or with the "
                  "renovation? — desk", author="Halvard Lindgren", initials="HL")

    para(d, "“Every village around here has lost its inn,” said Barbara Hollerith, 63, who "
         "chairs the cooperative. “Once the inn is gone, there is nowhere to have a funeral "
         "lunch, nowhere for the fire brigade to meet, nowhere to go on a Tuesday. The "
         "village is just houses.”")

    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture_run(p, 0, 5.5, "A half-timbered inn with green shutters and a wrought-iron "
                "sign of a stag, with a man in an apron standing in the doorway")
    cap = d.add_paragraph(style="Caption")
    run(cap, "Abbildung ")
    field_runs(cap, "SEQ Abbildung \\* ARABIC", "1")
    run(cap, ": Barbara Hollerith, who chairs the cooperative, outside the Gasthaus zum "
        "Hirschen in Altmühlberg on Nov. 27. Foto: Konstantin Reiher-Blum/Bildwerk Süd")

    para(d, "‘It was the inn or nothing’", style="Heading 2")
    para(d, "Germany has lost more than a third of its village inns since the early 2000s, "
         "according to the national hotel and restaurant association, as younger people "
         "moved to cities and owners retired without successors.")
    para(d, "Cooperatives have bought and reopened dozens of them, most in Bavaria and "
         "Baden-Württemberg, where the inn is often the last public meeting place after "
         "the bakery, the bank branch and the post office have closed.")
    para(d, "The village council’s resolution supporting the purchase, passed unanimously "
         "in May, put it plainly:")
    para(d, "“The Hirschen is not a business the municipality can run. But it is a place "
         "the municipality cannot do without.”", style="Quote")
    para(d, "Members paid €500 for each share, and no one could buy more than 20. The "
         "cooperative also took out a loan of €600,000 from a regional bank, guaranteed in "
         "part by the state.")

    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture_run(p, 1, 5.0, "Volunteers in matching aprons stand behind a wooden bar, "
                "one of them pulling a beer from a tap")
    cap = d.add_paragraph(style="Caption")
    run(cap, "Abbildung ")
    field_runs(cap, "SEQ Abbildung \\* ARABIC", "2")
    run(cap, ": Volunteers at the bar on the evening the inn reopened, Nov. 29. "
        "Foto: Gemeinde Altmühlberg")

    para(d, "Volunteers now staff the bar on weekday evenings. A professional cook, hired "
         "from a hotel in Nuremberg, runs the kitchen, which is open Thursday through "
         "Sunday.")
    para(d, "“I have poured more beer this month than in my whole life before,” said "
         "Florian Esterhammer, 34, a software developer who works from home and signs up "
         "for two bar shifts a week. “It is the best meeting I go to.”")
    para(d, "The cooperative needs to take in about €38,000 a month to cover its costs and "
         "repay the loan. In its first two weeks it took in just under €21,000, Hollerith "
         "said, but the Christmas parties booked for December should make up much of the "
         "gap.")
    para(d, "“We did not do this to get rich,” she said. “We did it so that in 20 years "
         "there is still a place in Altmühlberg with a light on.”")
    para(d, "Additional reporting by Jonas Edelbrock in Munich.", italic=True)
    para(d, "Interviews were conducted in German and translated by the author.",
         italic=True, color=GREY)

    d.core_properties.author = "Magdalena Voss-Ferreira"
    d.core_properties.language = "de-DE"
    name = "docx-german-locale-style-ids-correspondent-village-inn.docx"
    path = os.path.join(HERE, name)
    d.save(path)
    germanize(path)
    print("wrote", name)


# ------------------------------------------------------------ watermark draft
WATERMARK = (
    f'<w:r {NS_DECL}><w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
    '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s20{n}9" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:247.45pt;'
    'rotation:315;z-index:-251657216;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" '
    'stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT"/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
)


def pull_quote(text):
    body = (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:i/>'
            f'<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')
    return parse_xml(
        f'<w:r {NS_DECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="2286000" cy="1371600"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="40" name="Text Box 40"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2286000" cy="1371600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom><a:noFill/><a:ln w="19050"><a:solidFill><a:srgbClr val="8B5A2B"/>'
        '</a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/>'
        '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 40" o:spid="_x0000_s1040" type="#_x0000_t202" '
        'style="position:absolute;margin-left:252pt;margin-top:0;width:180pt;'
        'height:108pt;z-index:251659264;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin" filled="f" strokecolor="#8b5a2b" '
        'strokeweight="1.5pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {NS_DECL}><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>'))


def one_room_school():
    d = Document()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True

    first = sec.first_page_header.paragraphs[0]
    run(first, "Noor Castellano-Hughes · freelance · 580-555-0172 · "
        "noor.ch@fastmail.example", size=8, color=GREY)
    first._p.append(parse_xml(WATERMARK.replace("{n}", "1")))
    rest = sec.header.paragraphs[0]
    run(rest, "CASTELLANO-HUGHES / ONE-ROOM SCHOOL / DRAFT 2", size=8, color=GREY)
    rest._p.append(parse_xml(WATERMARK.replace("{n}", "2")))
    for footer in (sec.first_page_footer, sec.footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(fp, "High Plains Quarterly · Winter 2027 issue · confidential draft", size=8,
            color=GREY)

    para(d, "Draft 2 — 1,920 words — due Dec. 4 — photos from Eamon in the shared folder",
         size=9, color=GREY)
    para(d, "DISPATCH", bold=True, size=9, color=(0x8B, 0x5A, 0x2B))
    para(d, "The last one-room school on the High Plains has nine students and one "
         "teacher. It has no plans to close.", style="Title")
    para(d, "In Dorrance Flat, Okla., the Kiowa Creek School has outlasted the grain "
         "elevator, the post office and the café. Its teacher intends to keep it that way.",
         style="Subtitle")
    para(d, "By Noor Castellano-Hughes", bold=True)
    para(d, "Photographs by Eamon Dufresne-Kato", italic=True)

    body1 = [
        "At 7:40 on a Tuesday morning in November, the only car in the gravel lot of the "
        "Kiowa Creek School belongs to its teacher. Marguerite Okafor-Dean has unlocked "
        "the door, turned up the propane heater and written the day’s date on the "
        "chalkboard in the same spot she has written it for 19 years.",
        "By 8 the students arrive: nine of them, from kindergarten through eighth grade, "
        "in three pickups and a school van that the district runs 31 miles each way. Two "
        "are her own grandchildren.",
        "Kiowa Creek is the last one-room public school in Oklahoma, and one of fewer than "
        "200 left in the United States, most of them in Montana, Nebraska and the Dakotas. "
        "It has closed twice in its 112 years, in 1943 and in 1987, and reopened both "
        "times when enough families moved back to the ranches around Dorrance Flat.",
    ]
    for t in body1:
        para(d, t)

    table = d.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    left, right = table.rows[0].cells
    left.width, right.width = Inches(5.4), Inches(0.4)
    lp = left.paragraphs[0]
    picture_run(lp, 2, 5.3, "A white clapboard schoolhouse with a bell tower stands "
                "alone on flat brown grassland under a wide sky")
    right._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:textDirection {NS_DECL} w:val="btLr"/>'))
    right._tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign {NS_DECL} w:val="bottom"/>'))
    rp = right.paragraphs[0]
    run(rp, "EAMON DUFRESNE-KATO FOR HIGH PLAINS QUARTERLY", size=7, color=GREY)
    para(d, "The Kiowa Creek School, 14 miles north of Dorrance Flat, was built in 1914. "
         "Its bell still rings at 8 every school morning.", italic=True, size=9)

    para(d, "“People think a school like this is a museum,” Okafor-Dean said. “It is not a "
         "museum. It is the most efficient school in the state. Nobody here waits for "
         "anything.”")
    para(d, "The older students teach the younger ones to read. The younger ones sit in on "
         "the older ones’ science lessons, whether they are supposed to or not. At lunch, "
         "everyone eats at one long table that the eighth graders set.")
    anchor = d.add_paragraph()
    anchor._p.append(pull_quote("“It is not a museum. It is the most efficient school in "
                                "the state.”"))
    para(d, "The Dorrance Flat school district, which also runs a K-12 school in town with "
         "140 students, spends about $21,000 a year per student at Kiowa Creek, about "
         "$6,000 more than in town, according to the district’s budget. The board has "
         "voted three times since 2010 on whether to close it. Each time, it voted to keep "
         "it open.")
    para(d, "“The day we close it, those ranch families move to Guymon or Liberal, and then "
         "we lose them from the town school too,” said board president Cyrus Wendeborn, "
         "whose own children went to Kiowa Creek.")

    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture_run(p, 3, 5.0, "A child sitting at a desk in a classroom\n\nDescription "
                "automatically generated")
    para(d, "Marguerite Okafor-Dean helps a second grader with subtraction while the "
         "eighth graders work on an essay at the back of the room. Photograph: Eamon "
         "Dufresne-Kato", italic=True, size=9)

    para(d, "The next teacher", style="Heading 2")
    para(d, "Okafor-Dean is 64. She has said she will retire when her youngest grandchild "
         "finishes eighth grade, in 2031. The district has not found anyone to replace "
         "her, and it is not sure how it will.")
    para(d, "Teachers at one-room schools must be certified for every grade and every "
         "subject. In Oklahoma, that means a special license that only 11 working teachers "
         "hold, according to the state education department.")

    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture_run(p, 4, 4.5, "Black-and-white class photograph of 23 children and a "
                "teacher in front of a wooden schoolhouse")
    para(d, "Kiowa Creek School’s pupils and their teacher in 1938, when the school had 23 "
         "students.", italic=True, size=9)
    para(d, "Courtesy of the Cimarron Valley Historical Museum", size=8, color=GREY,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(d, "“I tell every student teacher who comes out here: you will never be bored and "
         "you will never be alone, even though it is just you,” Okafor-Dean said. “So far "
         "none of them have believed me.”")
    para(d, "At 3:15 the pickups come back. The eighth graders wipe down the long table. "
         "Okafor-Dean erases the date from the chalkboard, and writes tomorrow’s.")
    para(d, "Research assistance by Idris Nakagawa-Pell. Fact-checking by Ottilie "
         "Brandvold.", italic=True)
    para(d, "Noor Castellano-Hughes is a writer based in Guymon, Okla. This is her first "
         "story for High Plains Quarterly.", italic=True)
    para(d, "END", align=WD_ALIGN_PARAGRAPH.CENTER)

    d.core_properties.author = "Noor C-H"
    name = "docx-draft-watermark-rotated-credit-cell-one-room-school.docx"
    d.save(os.path.join(HERE, name))
    print("wrote", name)


if __name__ == "__main__":
    village_inn()
    one_room_school()

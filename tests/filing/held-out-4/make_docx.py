"""Build the four .docx documents of the held-out-4 filing set.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-4/make_docx.py
Writes docx-*.docx next to this script. The pictures are small striped PNGs drawn
here with zlib/struct. The answer keys (*.expected.yaml) are written by hand; this
script does not produce them.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
             'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
             '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')

PALETTE = [((90, 130, 170), (230, 230, 240)), ((160, 110, 60), (240, 220, 180)),
           ((60, 120, 70), (200, 230, 190)), ((120, 120, 130), (250, 250, 250))]


def make_png(n, w=96, h=64):
    """Diagonal stripes in two colours of the palette."""
    a, b = PALETTE[n % len(PALETTE)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(a if ((x + y) // 8) % 2 else b)

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def add_picture(run, n, width, descr=""):
    shape = run.add_picture(io.BytesIO(make_png(n)), width=Inches(width))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return shape


def float_picture(paragraph, n, width, descr, left_offset):
    """Add a picture and turn its wp:inline into a square-wrapped wp:anchor."""
    run = paragraph.add_run()
    add_picture(run, n, width, descr)
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    cx, cy = extent.get("cx"), extent.get("cy")
    docpr = inline.find(qn("wp:docPr"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="114300" '
        f'distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" '
        f'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{Emu(left_offset)}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{docpr.get("id")}" name="{docpr.get("name")}" descr="{descr}"/>'
        f'<wp:cNvGraphicFramePr/></wp:anchor>')
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


def text_box(paragraph, lines, left_pt, top_pt, width_pt, height_pt):
    """A floating VML text box holding one paragraph per (text, italic, bold, size) line."""
    paras = ""
    for text, italic, bold, size in lines:
        rpr = ("<w:i/>" if italic else "") + ("<w:b/>" if bold else "")
        rpr += f'<w:sz w:val="{size * 2}"/>'
        paras += f"<w:p><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
    style = (f"position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;"
             f"width:{width_pt}pt;height:{height_pt}pt;z-index:3;mso-wrap-style:square")
    run = parse_xml(
        f'<w:r {nsdecls("w")} {VML}><w:pict>{SHAPETYPE}<v:shape type="#_x0000_t202" style="{style}" '
        f'filled="f" stroked="f"><v:textbox><w:txbxContent>{paras}</w:txbxContent>'
        f"</v:textbox></v:shape></w:pict></w:r>")
    paragraph._p.append(run)


def para(doc, text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------------------- 1. story template with labelled fields
def template_snowmobile():
    d = Document()
    para(d, "NORTH WOODS STAR — STORY TEMPLATE v3", bold=True, size=9, color=(0x66, 0x66, 0x66))
    fields = [
        ("SLUG", "TRAILS-GRANT"),
        ("SECTION", "Outdoors"),
        ("HEADLINE", "State grant will groom 140 more miles of snowmobile trail in Tamarack County"),
        ("DEK", "Clubs say the money arrives just as volunteers are getting harder to find"),
        ("BYLINE", "Kirsten Halloran-Abiodun"),
        ("EDITOR", "Marcus Delgado-Finch"),
        ("RUN DATE", "Thu 12/3"),
        ("WORD COUNT", "470"),
        ("PHOTO", None),
        ("CAPTION", "A groomer from the Pine Lake Trail Riders packs snow on a trail north of Eckert "
                    "on Saturday."),
        ("PHOTO CREDIT", "Kirsten Halloran-Abiodun/North Woods Star"),
        ("ALT TEXT", "A tracked grooming machine drags a wide blade along a snowy forest trail"),
        ("NOTES", "Holding for DNR callback on whether the grant total includes the equipment money"),
    ]
    table = d.add_table(rows=len(fields), cols=2)
    table.style = "Table Grid"
    for i, (label, value) in enumerate(fields):
        c0, c1 = table.cell(i, 0), table.cell(i, 1)
        c0.width, c1.width = Inches(1.4), Inches(5.0)
        c0.paragraphs[0].add_run(label).bold = True
        if value is None:
            add_picture(c1.paragraphs[0].add_run(), 0, 2.5)
        else:
            c1.paragraphs[0].add_run(value)
    para(d)
    para(d, "STORY", bold=True)
    for t in [
        "ECKERT, Wis. — Snowmobile clubs in Tamarack County will be able to groom about 140 more "
        "miles of trail this winter after the state awarded the county a $318,000 grant, the "
        "Department of Natural Resources said Tuesday.",
        "The money pays clubs by the mile to run grooming machines through the night, packing snow "
        "so that riders do not tear up the trails. It will also buy a second groomer for the county’s "
        "northern clubs, which have shared one machine since 2019.",
        "“Our groomer was running 14 hours a night last February, and we still couldn’t keep up,” "
        "said Lyle Brandvold-Acheson, president of the Pine Lake Trail Riders.",
        "Snowmobiling brings an estimated $41 million a year to the county, most of it in gas, food "
        "and lodging, according to the county tourism office.",
        "Club leaders said the bigger worry was people. Most of the volunteers who drive the groomers "
        "are retired, and few younger riders have signed up to learn.",
        "The trails open once there is 12 inches of snow on the ground and the county lifts its "
        "frost restrictions.",
        "Researcher Anouk Tessier-Mbeki contributed to this report.",
    ]:
        para(d, t)
    save(d, "docx-template-fields-table-snowmobile-trails.docx")


# ------------------------------------------------- 2. bulleted fact box in the text flow
def fact_box_wind():
    d = Document()
    para(d, "Oak Creek approves 38-turbine wind farm after two-night hearing", bold=True, size=18)
    para(d, "Supporters pointed to $1.9 million a year for the county; neighbors worried about noise "
            "and property values", italic=True, size=12)
    para(d, "By Ngozi Albrecht-Moreau and Teodor Lindahl")
    para(d, "The Prairie Ledger", size=9, color=(0x77, 0x77, 0x77))
    for t in [
        "OAK CREEK, Neb. — After two nights of testimony that ran past midnight, the Oak Creek County "
        "Board of Supervisors voted 4-1 on Tuesday to approve a 38-turbine wind farm on farmland "
        "south of Highway 91.",
        "The project’s developer, Great Plains Breeze LLC, will pay the county about $1.9 million a "
        "year in taxes and fees and will lease land from 27 landowners.",
    ]:
        para(d, t)
    add_picture(d.add_paragraph().add_run(), 2, 4.5, "People sit in rows of folding chairs in a "
                "crowded meeting room")
    para(d, "Residents listen to testimony at the Oak Creek County Courthouse on Monday night. "
            "(Photo: Lucinda Varga-Holt, Prairie Ledger)", style="Caption")
    for t in [
        "“This is the biggest thing to happen to this county since the railroad came through,” said "
        "Supervisor Hal Vanderpool, who voted yes.",
        "Dozens of residents spoke against the project. Many live on acreages near the planned "
        "turbines and said they feared noise, flickering shadows and falling home values.",
    ]:
        para(d, t)
    para(d, "Fast facts: the Oak Creek wind project", bold=True)
    for t in [
        "38 turbines, each about 500 feet tall to the tip of the blade",
        "Enough electricity for about 60,000 homes a year",
        "Turbines must stand at least 2,000 feet from any home",
        "Construction to begin in spring 2027",
    ]:
        para(d, t, style="List Bullet")
    for t in [
        "The lone no vote came from Supervisor Bettina Okorie-Strand, who said the 2,000-foot "
        "setback was too small. “I would have voted yes at half a mile,” she said.",
        "Opponents said they were considering a lawsuit.",
        "Ledger intern Paxton Yellowhorse contributed reporting.",
    ]:
        para(d, t)
    para(d, "Ngozi Albrecht-Moreau covers agriculture and rural communities. Teodor Lindahl covers "
            "county government.", italic=True, size=9)
    save(d, "docx-bulleted-fact-box-wind-farm-vote.docx")


# ------------------------------------------------- 3. floated pictures, captions in text boxes
def floated_lighthouse():
    d = Document()
    para(d, "Gull Point lighthouse gets its lens back after 40 years in a museum", bold=True,
         size=20)
    para(d, "Story by Cordelia Ashfield-Nwosu | Photos by Emeric Santangelo")
    p = para(d, "Volunteers carried the 1,200-pound Fresnel lens up the 96 steps of the Gull Point "
                "lighthouse one piece at a time on Saturday, returning it to the tower it left in "
                "1986.")
    float_picture(p, 3, 2.2, "A large glass lens made of rings of prisms sits in a lighthouse lantern "
                  "room", 4000000)
    text_box(p, [("The restored Fresnel lens in the lantern room of the Gull Point lighthouse on "
                  "Saturday.", True, False, 8),
                 ("Emeric Santangelo/The Coastline Register", False, True, 7)],
             330, 130, 160, 60)
    for t in [
        "The glass lens, made in Paris in 1871, had been on display at the Port Wensley Maritime "
        "Museum since the Coast Guard replaced it with an automated beacon.",
        "“People cried. Grown men who have been coming out here their whole lives,” said Marguerite "
        "Oyelaran-Pike, president of the Friends of Gull Point Light, which raised $410,000 to "
        "restore the tower and bring the lens home.",
        "The lens will not be used to guide ships. The Coast Guard’s LED beacon, mounted on the "
        "gallery railing outside, will stay in service, but the old lens will be lit from inside "
        "for visitors on summer evenings.",
    ]:
        para(d, t)
    p = para(d, "Restoring the lens took two years. A glass specialist from Maine, Ingrid "
                "Halvorsen-Ruiz, cleaned each of its 282 prisms and replaced eleven cracked ones with "
                "glass cast to match.")
    float_picture(p, 1, 1.8, "", 0)
    text_box(p, [("Volunteers carry a brass section of the lens frame up the tower stairs.", True,
                  False, 8),
                 ("Emeric Santangelo/The Coastline Register", False, True, 7)],
             0, 110, 140, 60)
    for t in [
        "The lighthouse will open for tours on weekends starting in May.",
        "Emeric Santangelo is a staff photographer at The Coastline Register.",
    ]:
        para(d, t, italic=t.startswith("Emeric"))
    save(d, "docx-floated-pictures-textbox-captions-lighthouse.docx")


# ------------------------------------------------- 4. reporter's draft: strike-through, highlights
def draft_quarry():
    d = Document()

    def mixed(parts):
        """parts: (text, kind) with kind "" (plain), "strike" or "note" (yellow highlight)."""
        p = d.add_paragraph()
        for text, kind in parts:
            r = p.add_run(text)
            if kind == "strike":
                r.font.strike = True
            elif kind in ("note", "check"):
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if kind == "note":
                r.bold = True
        return p

    para(d, "QUARRY DRAFT 2 — kh — not for copy yet??", size=9, color=(0x99, 0x99, 0x99))
    para(d, "Zoning board lets Calloway Gap quarry expand despite dust complaints", bold=True,
         size=16)
    para(d, "By Kwabena Hollister-Vey")
    mixed([("CALLOWAY GAP, Pa. — The Calloway County Zoning Hearing Board voted 4-1 ", ""),
           ("on Tuesday ", "strike"),
           ("Wednesday night to let the Ridgeback Stone quarry expand onto ", ""),
           ("62 acres", "check"),
           (" of farmland along Sawmill Road, over the objections of neighbors who say dust from the "
            "quarry already coats their homes.", "")])
    mixed([("The expansion will add about 15 years to the life of the quarry, which employs 48 "
            "people, said quarry manager Bram Hadley-Osei.", ""),
           (" [CHECK spelling — Hadley or Hadleigh? his card is in my car]", "note")])
    para(d, "Neighbors said the quarry had gotten busier and dustier. Doreen Kasprzak-Ibe, who lives "
            "across Sawmill Road, brought a jar of grey dust she said she had wiped off her porch "
            "railing in a single week.")
    p = d.add_paragraph()
    p.add_run("Board members voted after more than three hours of public comment, mostly from people "
              "opposed to the plan. The quarry has been cited twice by state regulators since "
              "2022.").font.strike = True
    mixed([("“We’re not against the quarry. We’re against breathing it,” Kasprzak-Ibe ", ""),
           ("told the board", "strike"),
           ("said.", "")])
    para(d, "As a condition of approval, the board required the company to pave its haul road, "
            "water its stockpiles on dry days and plant a row of evergreens along Sawmill Road.")
    mixed([("[NOTE FOR LORNA: board solicitor says written decision comes out in 45 days, worth a "
            "line?]", "note")])
    para(d, "The lone no vote came from board member Estelle Fairweather-Obi, who said the "
            "conditions did not go far enough.")
    para(d, "Neighbors have 30 days after the written decision to appeal to the county court.")
    para(d, "###", align=WD_ALIGN_PARAGRAPH.CENTER)
    save(d, "docx-draft-strikethrough-highlights-quarry-permit.docx")


if __name__ == "__main__":
    template_snowmobile()
    fact_box_wind()
    floated_lighthouse()
    draft_quarry()

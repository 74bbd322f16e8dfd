"""Build the two .docx documents of held-out-9, part b.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-9/make_docx_b.py
Writes docx-*.docx next to this script. The pictures are small PNGs of soft
horizontal stripes drawn here with zlib/struct; the footnotes part, the page
field in the header and table shading/borders are written as raw XML. The
answer keys (*.expected.yaml) are written by hand; this script does not make
them.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)
WHITE = (0xFF, 0xFF, 0xFF)


# ------------------------------------------------------------------ helpers
def stripe_png(seed, w=96, h=64):
    """Horizontal stripes that fade from one colour to another."""
    tops = [(40, 70, 110), (150, 90, 40), (20, 20, 60), (90, 110, 80)]
    bots = [(200, 215, 230), (240, 220, 180), (80, 80, 140), (210, 225, 190)]
    a, b = tops[seed % 4], bots[seed % 4]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        t = y / (h - 1)
        band = 0.85 if (y // 6) % 2 else 1.0
        px = bytes(int((a[i] * (1 - t) + b[i] * t) * band) for i in range(3))
        raw += px * w

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture_into(paragraph, seed, width, descr=""):
    r = paragraph.add_run()
    r.add_picture(io.BytesIO(stripe_png(seed)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return r


def add_run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, align=None, space_after=None, indent=None,
         line_spacing=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, **fmt)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Inches(indent)
    if line_spacing is not None:
        p.paragraph_format.line_spacing = line_spacing
    return p


def first_cell_paragraph(cell):
    return cell.paragraphs[0]


def shade_cell(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                           f'w:fill="{fill}"/>'))


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="nil"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def page_field_run(p):
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml % nsdecls("w")))


def save(doc, name):
    doc.core_properties.author = "newsroom"
    doc.core_properties.title = ""
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------- 1. banner table headline, photo beside caption
def banner_table_crab_picking_house():
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "PELLAM GAZETTE — INTERNAL DRAFT — NOT FOR PUBLICATION", size=8, color=GREY)

    para(d, "WATERFRONT-2 / crabhouse · FINAL · Sunday Metro cover · art: 2 (Kemal + 1 "
            "archival from museum) · 1,020 words", size=8, color=GREY)

    banner = d.add_table(rows=1, cols=1)
    banner.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = banner.cell(0, 0)
    shade_cell(cell, "1F3A5F")
    kp = first_cell_paragraph(cell)
    add_run(kp, "WORKING WATERFRONT | PART 2 OF 3", bold=True, size=9, color=(0xF2, 0xC1, 0x4E))
    hp = cell.add_paragraph()
    add_run(hp, "‘I’m the end of the line’: At Pellam Island’s last crab-picking house, "
                "the hands are running out", bold=True, size=22, color=WHITE)
    dp = cell.add_paragraph()
    add_run(dp, "Tull Brothers Seafood has seven pickers left, five of them over 60. Nobody "
                "younger has taken a seat at the steel tables in a decade.",
            italic=True, size=13, color=WHITE)
    dp.paragraph_format.space_after = Pt(8)

    para(d)
    bp = d.add_paragraph()
    add_run(bp, "Story by ", size=10)
    add_run(bp, "Leontyne Abara-Fitzgerald", bold=True, size=10)
    add_run(bp, ", Senior Writer", size=10, color=GREY)
    add_run(bp, "  ·  ", size=10)
    add_run(bp, "Photographs by ", size=10)
    add_run(bp, "Kemal Ostrowski-Diallo", bold=True, size=10)
    add_run(bp, ", Staff Photographer", size=10, color=GREY)

    para(d, "Editor’s note: This is the second of three stories about the people who "
            "still make a living on Pellam Sound. The first, about the island’s last "
            "oyster shucker, ran Nov. 22.", italic=True)

    body1 = [
        "At 4:30 on a November morning, the steam kettles at Tull Brothers Seafood are "
        "already rattling, and Ernestine Coaxum-Bell, 68, is sitting at the same "
        "stainless-steel table where she has picked crabmeat since 1976.",
        "She does not look at her hands. She talks about her grandchildren, the price of "
        "gas and the new pastor at Mount Olive, and the knife keeps moving: the back fin, "
        "the claws, the lump, into three plastic tubs.",
        "“My mother picked at this table, and her mother picked at a table in the old "
        "building that burned,” she said. “I’m the end of the line. Nobody’s coming "
        "behind me.”",
        "Tull Brothers is the last crab-picking house on Pellam Island. In 1962 there "
        "were 14. Most closed in the 1990s, when cheaper crabmeat from Asia and Latin "
        "America began filling the plastic tubs in grocery store seafood cases.",
    ]
    for t in body1:
        para(d, t)

    # picture in the left cell, caption and credit in the right cell
    side = d.add_table(rows=1, cols=2)
    no_borders(side)
    left, right = side.cell(0, 0), side.cell(0, 1)
    left.width, right.width = Inches(3.6), Inches(2.6)
    picture_into(first_cell_paragraph(left), 0, 3.4,
                 "Close-up of an older woman’s hands picking white crabmeat into a "
                 "plastic tub at a steel table")
    cp = first_cell_paragraph(right)
    add_run(cp, "Ernestine Coaxum-Bell picks crabmeat at Tull Brothers Seafood on Pellam "
                "Island, where she has worked since 1976.", italic=True, size=9)
    crp = right.add_paragraph()
    add_run(crp, "Kemal Ostrowski-Diallo | The Pellam Gazette", size=8, color=GREY)

    para(d, "Ten pounds an hour", style="Heading 2")
    body2 = [
        "Pickers are paid by the pound — $4.10 for lump, less for claw. The best pickers, "
        "Coaxum-Bell among them, can pick 10 pounds of meat an hour, which works out to "
        "about 80 crabs.",
        "The house has seven pickers this season, down from 22 in 2010. Five are older "
        "than 60. Owner Lamar Tull, 57, said he has placed ads in three counties and at "
        "the community college and has hired no one under 40 in a decade.",
        "“The work is there. The crabs are there,” Tull said. “It’s the hands that "
        "aren’t.”",
    ]
    for t in body2:
        para(d, t)

    # caption above the picture, credit below it
    para(d, "Pickers at work in the Tull Brothers house in 1962, when 14 picking houses "
            "operated on Pellam Island.", style="Caption")
    picture_into(d.add_paragraph(), 1, 5.0)
    para(d, "Courtesy of the Pellam Island Museum", size=8, color=GREY,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

    body3 = [
        "Tull said he expects to keep the house open for at least two more seasons. "
        "After that, he said, he may sell his crabs live to a processor on the mainland, "
        "as most of the island’s watermen already do.",
        "Coaxum-Bell said she would keep picking as long as the table was there. “When "
        "they turn the kettles off,” she said, “I’ll go home.”",
    ]
    for t in body3:
        para(d, t)

    para(d, "Research assistance by Gazette librarian Fionnuala Dagher-Moss.", italic=True)
    para(d, "Leontyne Abara-Fitzgerald writes about the coast and the people who work "
            "it. Reach her at labara@pellamgazette.com.", italic=True, size=9, color=GREY)
    para(d, "NEXT SUNDAY: The last tugboat captain on Pellam Sound.", bold=True, size=9)
    save(d, "docx-banner-table-headline-photo-beside-caption-crab-picking-house.docx")


# ---------------------------- 2. freelance manuscript, captions above pictures, footnote
FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> Source: Quillan Falls '
    'Public Works streetlight inventory, Oct. 30, 2026 (spreadsheet attached). Lindgren-Tso '
    'confirmed the 78 percent figure by phone Nov. 24.</w:t></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)


def add_footnotes_part(doc):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, fid):
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def manuscript_dark_sky():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Courier New"
    st.font.size = Pt(12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, "Adebayo-Rhodes / DARK SKY / ")
    page_field_run(hp)

    top = d.add_table(rows=1, cols=2)
    no_borders(top)
    left, right = top.cell(0, 0), top.cell(0, 1)
    lines_l = ["Celestine Adebayo-Rhodes", "1118 Arroyo Seco Road", "Quillan Falls, NM 88041",
               "(575) 555-0193", "celestine.ar@fastmail.example"]
    lines_r = ["About 1,150 words", "First North American serial rights",
               "Photos: 2 attached (hi-res by WeTransfer)"]
    first_cell_paragraph(left).add_run(lines_l[0])
    for t in lines_l[1:]:
        left.add_paragraph(t)
    rp = first_cell_paragraph(right)
    rp.add_run(lines_r[0])
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in lines_r[1:]:
        para(right, t, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(d, "Submitted to High Desert Monthly, attn. Orla Quennell-Baptiste, features editor")
    for _ in range(5):
        para(d)
    para(d, "The stargazers who talked a town into turning down its lights", style="Title",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "by Celestine Adebayo-Rhodes", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d)
    sp = d.add_paragraph()
    add_run(sp, "Standfirst: ", bold=True)
    add_run(sp, "In Quillan Falls, a retired physics teacher and 140 amateur astronomers "
                "persuaded the council to dim the town. Not everyone wants to go dark.",
            italic=True)
    para(d)

    def body(t, fn=None):
        p = para(d, t, indent=0.5, line_spacing=2.0, space_after=0)
        if fn:
            footnote_ref(p, fn)
        return p

    body("QUILLAN FALLS, N.M. — On a clear night in October, Marguerite Oyelaran-Voss "
         "stood in the middle of Second Street, pointed her phone at the sky and held up the "
         "screen so the town council could see it: a smear of orange where the Milky Way "
         "should have been.")
    body("“This is what we’ve done to ourselves,” she told them. “And this” — she swiped "
         "to a photo taken from the same spot during a 2019 power outage — “is what we "
         "had.”")
    body("Three weeks later, the council voted 5-0 to adopt one of the strictest outdoor "
         "lighting ordinances in the state. By 2029, every streetlight in Quillan Falls must "
         "be fully shielded and use warm-colored bulbs, and businesses must turn off signs "
         "and parking lot lights an hour after closing.")
    body("The town has already replaced 78 percent of its 640 streetlights.", fn=1)
    body("Public works director Arvo Lindgren-Tso said the new fixtures use about half the "
         "electricity of the old ones, saving the town about $31,000 a year.")

    cap = d.add_paragraph()
    add_run(cap, "Photo 1: ", bold=True, size=10)
    add_run(cap, "Members of the Quillan Falls Dark Sky Society set up telescopes at the "
                 "rodeo grounds for their monthly star party. (Photo: Tobin Yazzie-Kerr)",
            size=10)
    picture_into(d.add_paragraph(), 2, 4.5,
                 "Silhouettes of people beside telescopes under a sky full of stars")

    para(d, "#", align=WD_ALIGN_PARAGRAPH.CENTER, line_spacing=2.0)

    body("Not everyone was pleased. Delbert Ruiz-Haskell, who owns the Copper Kettle diner "
         "on Second Street, said his sign had been lit all night since his father hung it in "
         "1971. “People see the sign from the highway at 2 in the morning and they know "
         "there’s a place,” he said. He has until 2029 to comply and has asked the council "
         "for an exemption.")
    body("Oyelaran-Voss, a retired high school physics teacher, started the Quillan Falls "
         "Dark Sky Society with four friends in 2022. It now has 140 members and holds a "
         "monthly star party at the rodeo grounds that draws families from as far as Las "
         "Cruces.")

    cap = d.add_paragraph()
    add_run(cap, "Photo 2: ", bold=True, size=10)
    add_run(cap, "A shielded LED streetlight, left, next to one of the town’s old "
                 "unshielded fixtures on Mesa Avenue. (Courtesy of Quillan Falls Public "
                 "Works)", size=10)
    picture_into(d.add_paragraph(), 3, 4.5)

    body("The society is applying for recognition from a national dark-sky group, which "
         "would put the town on the maps that astronomy tourists use to plan trips.")
    body("On a recent Saturday, Oyelaran-Voss stood at the rodeo grounds in the dark and "
         "named the constellations for a cluster of fourth graders. Then she stopped "
         "talking and let them look.")
    body("“That’s the whole argument,” she said. “You just have to let people see it.”")
    body("Tobin Yazzie-Kerr took the photographs and contributed reporting.")
    para(d, "END", align=WD_ALIGN_PARAGRAPH.CENTER, line_spacing=2.0)
    para(d)
    para(d, "Contributor note: Celestine Adebayo-Rhodes is a writer in Quillan Falls. Her "
            "work has appeared in Mesa Review and Southwest Field Notes.", size=10)
    para(d, "Sources and contacts (not for publication)", bold=True, size=10)
    for t in ("Marguerite Oyelaran-Voss — (575) 555-0128",
              "Arvo Lindgren-Tso, Public Works — (575) 555-0100 ext. 4",
              "Delbert Ruiz-Haskell, Copper Kettle — (575) 555-0175"):
        para(d, t, style="List Bullet", size=10)

    add_footnotes_part(d)
    save(d, "docx-freelance-manuscript-format-captions-above-footnote-dark-sky.docx")


if __name__ == "__main__":
    banner_table_crab_picking_house()
    manuscript_dark_sky()

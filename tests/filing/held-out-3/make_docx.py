"""Build the four .docx documents of the held-out-3 filing set.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-3/make_docx.py
Writes docx-*.docx next to this script. The pictures are small PNGs drawn here
with zlib/struct. The answer keys (*.expected.yaml) are written by hand; this
script does not produce them.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def png(w, h, top, bottom):
    """A vertical gradient from colour `top` to colour `bottom`, with a dark horizon line."""
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        t = y / max(1, h - 1)
        c = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=False))
        if y == h // 2:
            c = (20, 20, 20)
        rows += bytes(c) * w

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
            + chunk(b"IEND", b""))


COLOURS = [((180, 200, 230), (60, 80, 60)), ((240, 200, 150), (90, 50, 30)),
           ((200, 230, 240), (30, 60, 90)), ((220, 220, 210), (70, 70, 70)),
           ((250, 230, 190), (120, 80, 20))]


def picture(run, n, width, descr=None):
    top, bottom = COLOURS[n % len(COLOURS)]
    run.add_picture(io.BytesIO(png(120, 80, top, bottom)), width=Inches(width))
    if descr is not None:
        for el in run._r.iter(qn("wp:docPr")):
            el.set("descr", descr)


def para(container, text="", bold=None, italic=None, size=None, color=None, align=None, style=None):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        par.alignment = align
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd {} w:val="clear" w:color="auto" w:fill="{}"/>'.format(nsdecls("w"), fill)))


def box_borders(table):
    tblPr = table._tbl.tblPr
    edges = "".join(f'<w:{e} w:val="single" w:sz="12" w:space="0" w:color="444444"/>'
                    for e in ("top", "left", "bottom", "right"))
    tblPr.append(parse_xml('<w:tblBorders {}>{}</w:tblBorders>'.format(nsdecls("w"), edges)))


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 1. pasted from an e-mail
def email_recall():
    d = Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for line in [
        "From: Selma Haddad-Brooks <shbrooks@lakeportgazette.example>",
        "Sent: Tuesday, December 1, 2026 9:47 PM",
        "To: Metro Desk <metro@lakeportgazette.example>",
        "Cc: Ansel Whitford <awhitford@lakeportgazette.example>",
        "Subject: RECALL -- final, 640 words, art attached",
    ]:
        para(d, line, size=10)
    para(d)
    para(d, "Hi all \u2014 pasting below so you don\u2019t have to open the attachment. Ansel\u2019s photo is "
            "in the body. Clerk\u2019s office confirmed the signature count at 8:15. Thanks, S.")
    para(d)
    para(d, "Recall petition against Lakeport mayor falls 212 signatures short", bold=True, size=14)
    para(d, "By Selma Haddad-Brooks")
    body = [
        "LAKEPORT, Wis. \u2014 An effort to recall Lakeport Mayor Desmond Okafor-Lund has failed after the city clerk "
        "found that organizers submitted 212 fewer valid signatures than required, the clerk\u2019s office said Tuesday.",
        "Organizers turned in 3,904 signatures on Nov. 17. City Clerk Henrietta Vasquez-Moore said 3,488 of them were "
        "valid, short of the 3,700 needed to force a recall election in February.",
        "Most of the rejected signatures came from people who do not live in the city or whose addresses could not be "
        "matched to the voter rolls, Vasquez-Moore said. About 90 were duplicates.",
    ]
    for t in body:
        para(d, t)
    r = d.add_paragraph().add_run()
    picture(r, 0, 4.5, descr="Two women count petition pages at a folding table")
    para(d, "Recall organizers Perpetua Lindahl, left, and Shonda Birkeland sort petition pages at the Lakeport "
            "Public Library on Nov. 16. (Ansel Whitford/Lakeport Gazette)", size=9)
    for t in [
        "\u201cWe knocked on doors in the snow for six weeks,\u201d said Perpetua Lindahl, one of the organizers. "
        "\u201cWe\u2019re disappointed, but we\u2019re not going away.\u201d",
        "The recall effort began in September after Okafor-Lund cast the deciding vote to sell the city-owned "
        "Harborside golf course to a developer.",
        "In a statement, Okafor-Lund said he was \u201cgrateful to the clerk\u2019s staff for their careful work\u201d "
        "and that he intended to finish his term, which ends in April 2028.",
        "Organizers have five days to challenge the clerk\u2019s findings.",
    ]:
        para(d, t)
    para(d, "Ansel Whitford contributed reporting.")
    para(d)
    para(d, "--")
    para(d, "Selma Haddad-Brooks | City Hall Reporter | Lakeport Gazette", size=9)
    para(d, "o: 920-555-0143 | c: 920-555-0178 | @selmahb", size=9)
    para(d, "This e-mail and any attachments are confidential and intended solely for the addressee. If you "
            "received it in error, please notify the sender and delete it.", size=8, color=(0x80, 0x80, 0x80))
    para(d)
    para(d, "On Tue, Dec 1, 2026 at 6:02 PM Ansel Whitford <awhitford@lakeportgazette.example> wrote:", size=10)
    para(d, "> Photo\u2019s in the shared folder, the one of the two of them at the table. Use that one.", size=10,
         color=(0x1F, 0x4E, 0x79))
    save(d, "docx-email-paste-recall-petition.docx")


# ---------------------------------------------------------------- 2. sidebar box
def sidebar_flood():
    d = Document()
    para(d, "Flooded out, then turned down: Morrow Falls homeowners fight insurance denials", bold=True, size=20)
    para(d, "Nearly half of the claims filed after the July flood have been rejected, state regulators say",
         size=13, color=(0x55, 0x55, 0x55))
    para(d, "By Fenna Oduya-Lindqvist and Rafael Quezada")
    para(d, "MORROW FALLS, Vt. \u2014 Five months after the Ompompanoosuc River poured into her basement and first "
            "floor, Lorraine Tibbetts-Ahn is still waiting for an insurance check.")
    para(d, "Her insurer denied her claim in September, saying the damage came from groundwater seeping through "
            "the foundation rather than from the flood itself. Tibbetts-Ahn has appealed.")
    para(d, "\u201cThe river was in my living room. I have the video,\u201d she said. \u201cI don\u2019t know how "
            "much clearer it gets.\u201d")
    # sidebar box: a one-cell table, shaded, with borders
    box = d.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.RIGHT
    box_borders(box)
    cell = box.cell(0, 0)
    shade(cell, "E8EEF4")
    cell.paragraphs[0].add_run("IF YOUR HOME FLOODED").bold = True
    for t in ["Photograph every room before you throw anything out.",
              "Ask your insurer for the adjuster\u2019s report in writing.",
              "You have 60 days after a denial to file an appeal with the state Department of Financial Regulation.",
              "Free legal help: Vermont Flood Legal Clinic, 802-555-0166."]:
        cell.add_paragraph("\u2022 " + t)
    para(d)
    para(d, "Of the 1,140 flood claims filed with private insurers in Windsor and Orange counties since July, 512 "
            "have been denied, according to figures the state Department of Financial Regulation released Monday.")
    r = d.add_paragraph().add_run()
    picture(r, 2, 4.0, descr="A flood line marked on a kitchen wall")
    para(d, "A water line about four feet up the kitchen wall of Lorraine Tibbetts-Ahn\u2019s home in Morrow Falls "
            "marks the height of the July flood. Rafael Quezada/Green Mountain Courier", style="Caption")
    para(d, "Insurance Commissioner Beatrix Haldane said her office had opened a review of how insurers were "
            "deciding whether water damage counted as flooding.")
    para(d, "\u201cIf companies are drawing that line in the wrong place, we will hear about it and so will they,\u201d "
            "Haldane said.")
    para(d, "The Vermont Insurance Association said its members were following the terms of their policies.")
    para(d, "Fenna Oduya-Lindqvist can be reached at fenna@gmcourier.example. Rafael Quezada is a Courier photographer "
            "and reporter.", italic=True, size=9)
    save(d, "docx-sidebar-box-flood-insurance.docx")


# ---------------------------------------------------------------- 3. two-column layout table
def two_column_hatchery():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "CLEARWATER CURRENT \u2014 OUTDOORS \u2014 for Sun 12/6 \u2014 layout draft"
    para(d, "A hatchery\u2019s last season?", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Story and photos by Imogen Thackeray-Bell", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Inches(4.0), Inches(2.5)
    first = True
    for text in [
        "The concrete raceways at the Silver Fork Fish Hatchery are full for what may be the last time.",
        "About 180,000 young steelhead are circling in the long, shallow pools, fed four times a day by hatchery "
        "manager Quentin Albescu and two technicians. In the spring they will be trucked to the Silver Fork River "
        "and released.",
        "After that, the state Department of Fish and Wildlife plans to close the 1938 hatchery, saying it would cost "
        "$11 million to bring its water intake and pipes up to modern standards.",
        "\u201cThis place has raised fish for almost ninety years,\u201d Albescu said, scooping a net of feed pellets. "
        "\u201cIt\u2019s hard to be the guy who turns off the water.\u201d",
    ]:
        if first:
            left.paragraphs[0].add_run(text)
            first = False
        else:
            left.add_paragraph(text)
    right.paragraphs[0].add_run()
    picture(right.paragraphs[0].runs[0], 3, 2.3, descr="Long concrete fish raceways under a cloudy sky")
    c1 = right.add_paragraph()
    r = c1.add_run("Steelhead raceways at the Silver Fork Fish Hatchery on Nov. 30.")
    r.font.size = Pt(8)
    c1b = right.add_paragraph()
    r = c1b.add_run("Imogen Thackeray-Bell/Clearwater Current")
    r.font.size = Pt(7)
    r.bold = True
    pr = right.add_paragraph().add_run()
    picture(pr, 4, 2.3)
    c2 = right.add_paragraph()
    r = c2.add_run("Hatchery manager Quentin Albescu feeds young steelhead.")
    r.font.size = Pt(8)
    c2b = right.add_paragraph()
    r = c2b.add_run("Imogen Thackeray-Bell/Clearwater Current")
    r.font.size = Pt(7)
    r.bold = True
    for text in [
        "Anglers and the Silver Fork Tribe have asked the Legislature to pay for repairs. Tribal fisheries director "
        "Winona Redcloud-Sands said the hatchery\u2019s steelhead make up most of the fish caught in the tribe\u2019s "
        "winter fishery.",
        "A department spokesperson, Halvard Ekwueme, said the agency would move the steelhead program to its "
        "larger hatchery at Bridger Springs, 90 miles away.",
        "The Legislature\u2019s budget committee is expected to consider the request in February.",
    ]:
        para(d, text)
    para(d, "[LAYOUT: run photo 1 at 2 cols if we lose the ad on C3]", bold=True, color=(0xC0, 0x00, 0x00))
    save(d, "docx-two-column-layout-table-fish-hatchery.docx")


# ---------------------------------------------------------------- 4. inline italic captions
def italic_captions_foundry():
    d = Document()
    para(d, "The last bell foundry in the valley rings its final order", bold=True, size=18,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Annika S\u00f8rvik, Special Correspondent")
    para(d, "WHITCOMBE, England \u2014 For 324 years, the Whitcombe Bell Foundry has cast bells for churches, "
            "schools, ships and town halls. On Friday, it will pour its last one.")
    para(d, "The foundry\u2019s owners announced in September that it would close at the end of the year, citing the "
            "cost of energy for its furnaces and a steep fall in orders.")
    r = d.add_paragraph().add_run()
    picture(r, 1, 5.0, descr="Molten bronze pours from a ladle into a mould")
    para(d, "Foundry workers pour bronze into a bell mould on Nov. 26. Photograph by Tomasz Wierzbicki", italic=True,
         size=9)
    para(d, "The final bell, a 310-kilogram treble for St. Aldhelm\u2019s Church in nearby Kettering Parva, will "
            "bear the names of the foundry\u2019s eleven remaining workers.")
    para(d, "\u201cEvery bell we have ever made is still out there somewhere, ringing,\u201d said master founder "
            "Gideon Ashworth-Pryce, who started at the foundry as an apprentice at 16. \u201cThat is not a bad "
            "thing to leave behind.\u201d")
    r = d.add_paragraph().add_run()
    picture(r, 4, 3.5)
    para(d, "The foundry\u2019s oldest surviving bell, cast in 1702, stands in the yard. (Courtesy of Whitcombe Bell "
            "Foundry Trust)", italic=True, size=9)
    para(d, "A charitable trust hopes to turn the Georgian workshop into a museum of bell founding. It has raised "
            "about half of the \u00a33.2 million it needs.")
    para(d, "Trust chair Philippa Mensah-Oldroyd said the furnaces would be kept in working order, \u201cin case "
            "anyone is ever mad enough to try again.\u201d")
    para(d, "Additional reporting by Hugo Brannigan-Seo.", italic=True)
    para(d, "Annika S\u00f8rvik is a freelance writer based in Yorkshire.", italic=True)
    para(d, "ENDS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    save(d, "docx-italic-inline-captions-bell-foundry.docx")


if __name__ == "__main__":
    email_recall()
    sidebar_flood()
    two_column_hatchery()
    italic_captions_foundry()

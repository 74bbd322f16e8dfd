"""Build the two .docx documents of held-out-8 (writer a).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-8/make_docx_a.py
Writes docx-*.docx next to this script. The pictures are small PNGs of a checker
pattern drawn here with zlib/struct; the endnotes part and its reference marks are
written as raw XML. The answer keys (*.expected.yaml) are written by hand; this
script does not produce them.
"""
import io
import os
import struct
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)
COLOURS = [((120, 60, 30), (240, 210, 170)), ((40, 100, 70), (200, 235, 215)),
           ((60, 60, 120), (215, 215, 245)), ((130, 130, 130), (230, 230, 230))]


def checker_png(n, w=80, h=60, cell=10):
    a, b = COLOURS[n % len(COLOURS)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(a if ((x // cell) + (y // cell)) % 2 else b)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture_run(p, n, width, descr):
    r = p.add_run()
    r.add_picture(io.BytesIO(checker_png(n)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return r


def add(doc, text="", bold=False, italic=False, size=None, color=None, align=None,
        style=None):
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


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name):
    doc.core_properties.author = "Courier-Standard"
    doc.core_properties.title = ""
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------- 1. takes with -more-, side-by-side pictures
def takes_side_by_side_cider_tax():
    d = Document()
    add(d, "CIDERTAX -- Kovacs-Whitfield -- 1st take -- 11/30 5:10 pm", color=GREY, size=9)
    add(d)
    add(d, "Small cideries say new state excise tax could shut a third of them",
        bold=True, size=18)
    add(d, "By Ilona Kovács-Whitfield", bold=True)
    add(d, "Courier-Standard", italic=True, color=GREY)
    first = d.add_paragraph()
    r = first.add_run("ORCHARD GROVE, Ore. — ")
    r.bold = True
    first.add_run("Greta Lindahl-Moreau pressed 14,000 gallons of hard cider in her barn "
                  "this fall. Starting in July, the state will want 90 cents of every "
                  "gallon, a tax she says will eat most of what her cidery earns in a year.")
    add(d, "Lindahl-Moreau is one of 62 licensed cider makers in Oregon who have asked "
           "lawmakers to delay the excise tax, which the Legislature passed in June to pay "
           "for alcohol treatment programs. Most are farm operations that make fewer than "
           "20,000 gallons a year.")
    add(d, "“Beer got a small-brewer rate. Wine got a small-winery rate. Cider got "
           "forgotten,” said Lindahl-Moreau, who chairs the Willamette Cider Guild.")
    add(d, "-more-", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)
    add(d, "CIDERTAX -- add 1", color=GREY, size=9)
    add(d, "2-2-2-2", align=WD_ALIGN_PARAGRAPH.CENTER)
    pics = add(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture_run(pics, 0, 2.7, "A woman in rubber boots pours apples from a crate into "
                "a wooden cider press in a barn")
    pics.add_run("   ")
    picture_run(pics, 1, 2.7, "Rows of stainless steel tanks with handwritten labels in "
                "a cool room")
    add(d, "LEFT: Greta Lindahl-Moreau loads Gravenstein apples into the press at Two "
           "Ravens Cidery in Orchard Grove on Nov. 24. RIGHT: Fermentation tanks at Two "
           "Ravens hold about 9,000 gallons of this year’s cider.", italic=True, size=9)
    add(d, "Photos by Bram Oduya-Fennimore/Courier-Standard", size=8, color=GREY,
        align=WD_ALIGN_PARAGRAPH.RIGHT)
    add(d, "The tax of 90 cents a gallon applies to cider with more than 1.2 percent "
           "alcohol. Breweries that make fewer than 15,000 barrels a year pay a lower "
           "rate, as do wineries under 40,000 gallons.")
    add(d, "State Sen. Howard Bexley-Quan, who wrote the bill, said the cider rate was "
           "not an oversight. Cider makers did not testify when the bill was heard, he "
           "said, and lawmakers used the rate already charged on imported cider.")
    add(d, "“I’m willing to look at it in February,” Bexley-Quan said. “But I’m not "
           "going to promise a carve-out for one beverage before I know what it costs.”")
    add(d, "-more-", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)
    add(d, "CIDERTAX -- add 2", color=GREY, size=9)
    add(d, "3-3-3-3", align=WD_ALIGN_PARAGRAPH.CENTER)
    add(d, "The guild estimates that the tax would cost its members $1.1 million a year "
           "and that 20 of them would close or stop selling cider within two years.")
    add(d, "At Two Ravens, Lindahl-Moreau said she has already canceled an order for "
           "600 young trees she planned to plant in the spring.")
    add(d, "“You don’t plant an orchard for next year,” she said. “You plant it for "
           "twenty years. Right now I can’t see past July.”")
    add(d, "Staff writer Nils Ambrose-Teague contributed to this report.", italic=True)
    add(d, "-30-", align=WD_ALIGN_PARAGRAPH.CENTER)
    save(d, "docx-takes-more-lines-side-by-side-pictures-cider-tax.docx")


# ----------------------------- 2. op-ed submission: headshot, endnotes, tagline
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
EN_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"


def endnote_ref(p, n):
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:endnoteReference w:id="{n}"/></w:r>'))


def add_endnotes(doc, notes):
    body = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
            '</w:p></w:endnote>',
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:endnote>']
    for i, text in enumerate(notes, 1):
        body.append(
            f'<w:endnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}'
            f'</w:t></w:r></w:p></w:endnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:endnotes xmlns:w="{W}">{"".join(body)}</w:endnotes>')
    part = Part(PackURI("/word/endnotes.xml"), EN_CT, xml.encode("utf-8"),
                doc.part.package)
    doc.part.relate_to(part, EN_RT)


def op_ed_headshot_endnotes_wells():
    d = Document()
    add(d, "OP-ED SUBMISSION · exclusive to the Valley Courier · 684 words · photo and "
           "headshot attached", color=GREY, size=9)
    add(d)
    add(d, "Our wells are running dry. Metering every one of them is the only fair fix.",
        bold=True, size=18)
    mug = add(d)
    picture_run(mug, 3, 0.9, "Headshot of Rosalind Achterberg-Mensah")
    add(d, "By Rosalind Achterberg-Mensah", bold=True)
    p = add(d, "Last summer, 41 household wells in the Dunmore Valley went dry, more than "
               "in any year since the county started counting.")
    endnote_ref(p, 1)
    add(d, "I have spent 22 years measuring the aquifer under this valley, and I can tell "
           "you what is happening to it: we are taking out about a third more water than "
           "the rain and the river put back. We know this because the state’s monitoring "
           "wells tell us the water table has dropped 19 feet since 2004.")
    endnote_ref(d.paragraphs[-1], 2)
    add(d, "What we do not know is who is taking it. Of the roughly 3,800 wells in the "
           "valley, fewer than 300 have meters. The rest pump as much as their owners "
           "like, and nobody writes it down.")
    pic = add(d)
    picture_run(pic, 2, 5.0, "A green irrigation pivot sprays water over a brown field "
                "under a hazy sky")
    add(d, "A center-pivot sprinkler waters alfalfa near Dunmore in August, when the "
           "valley’s water table was at its lowest on record.", italic=True, size=9)
    add(d, "Courtesy of the Dunmore Irrigation District", size=8, color=GREY)
    add(d, "The county commission will vote on Dec. 15 on a proposal to require meters "
           "on every well that irrigates more than two acres. Farm groups oppose it, and "
           "I understand why: a meter is the first step toward a limit.")
    add(d, "But a limit is coming whether we measure or not. Under the state’s "
           "groundwater law, if the valley is declared critically overdrawn, the state "
           "will set the limits itself, and it will set them from the same monitoring "
           "wells that show the decline, not from what each farm actually uses.")
    endnote_ref(d.paragraphs[-1], 3)
    add(d, "Meters are how farmers who have already cut back get credit for it. Without "
           "them, the family that switched to drip irrigation in 2015 and the operation "
           "that added 600 acres of pivots last year will be treated the same.")
    add(d, "The meters would cost about $1,400 each, and the proposal would pay for half. "
           "That is a small price for knowing how much water we have left.")
    add(d, "I hope the commission votes yes.")
    add(d, "Rosalind Achterberg-Mensah is a hydrogeologist and a former member of the "
           "county water advisory board. She lives in Dunmore.", italic=True)
    add(d, "Contact (not for publication): 555-0192 · rachterberg@dunmorehydro.example",
        color=GREY, size=9)
    add_endnotes(d, [
        "Dunmore County Environmental Health, dry-well reports, Jan.–Sept. 2026 (spreadsheet "
        "sent to the editor).",
        "State Department of Water Resources, Groundwater Level Report 2026, table 4, "
        "monitoring wells DV-2 and DV-7.",
        "State groundwater code, section on critically overdrawn areas; see also the "
        "department’s 2025 guidance memo.",
    ])
    save(d, "docx-op-ed-headshot-endnotes-well-meters.docx")


if __name__ == "__main__":
    takes_side_by_side_cider_tax()
    op_ed_headshot_endnotes_wells()

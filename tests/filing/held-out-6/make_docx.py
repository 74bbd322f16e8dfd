"""Build the four .docx documents of the held-out-6 filing set.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-6/make_docx.py
Writes docx-*.docx next to this script. The pictures are small PNGs of diagonal
bands drawn here with zlib/struct. Tracked changes, section columns and hyperlinks
are written as raw XML. The answer keys (*.expected.yaml) are written by hand;
this script does not produce them.
"""
import io
import os
import struct
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x66, 0x66, 0x66)
PALETTE = [((200, 120, 40), (250, 230, 200)), ((30, 90, 140), (200, 225, 245)),
           ((70, 120, 60), (215, 240, 205))]
DATE = "2026-12-01T10:00:00Z"


def band_png(n, w=90, h=60):
    """Diagonal bands in two colours."""
    a, b = PALETTE[n % len(PALETTE)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(a if ((x + y) // 8) % 2 else b)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def add_picture(doc, n, width, descr=""):
    p = doc.add_paragraph()
    run = p.add_run()
    run.add_picture(io.BytesIO(band_png(n)), width=Inches(width))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return p


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None,
         color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def save(doc, name):
    doc.core_properties.author = "newsroom"
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------------------ 1. lead art above the headline
def lead_art_orchard_auction():
    d = Document()
    add_picture(d, 0, 5.5, "Bidders in winter coats stand between bare apple trees "
                "while an auctioneer on a hay wagon raises his hand")
    para(d, "Bidders gather in the Lindqvist orchard in Calloway on Saturday as auctioneer "
         "Wendell Marsh-Odum opens the sale of the farm’s equipment.", italic=True, size=9)
    para(d, "Photograph by Lina Vasquez-Horn for the Tribune", size=8, color=GREY,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d)
    para(d, "Last harvest sold: 600 bidders turn out as century-old orchard auctions its "
         "equipment", bold=True, size=22)
    para(d, "The Lindqvist family kept the land but sold everything else, down to the "
         "ladders, in a five-hour sale", size=14, color=GREY)
    para(d, "By Amara Osei-Lindholm, Bartholomew Crane and Yewande Kristiansen", bold=True,
         size=10)
    first = d.add_paragraph()
    run(first, "CALLOWAY, Mich. ", bold=True)
    run(first, "— About 600 people stood in a muddy orchard on Saturday morning to bid on "
        "the tractors, sprayers, bins and ladders of Lindqvist Orchards, which has grown "
        "apples on the same 140 acres since 1921.")
    body = [
        "The family decided in September to stop farming after a late frost in May killed "
        "most of this year’s blossoms, the second such frost in three years.",
        "“We could have borrowed to get through one more bad year,” said Signe "
        "Lindqvist-Abara, 58, who ran the orchard with her brother, Henrik. “We couldn’t "
        "borrow to get through every bad year that’s coming.”",
        "The auction’s top lot, a 2019 orchard tractor, sold for $71,500 to a grower from "
        "Ontario. A set of 400 wooden apple bins, stamped with the family’s name, went for "
        "$18 apiece, many to people who said they planned to use them as bookshelves.",
        "The family will keep the land and lease about half of it to a neighbor who grows "
        "hay. The house and the farm stand will stay in the family.",
        "“My grandfather planted the first trees with a horse,” Henrik Lindqvist said. “I "
        "don’t know who’s going to plant the next ones.”",
    ]
    for t in body:
        para(d, t)
    para(d, "Tribune correspondent Mateus Okwuosa-Brandt contributed reporting.",
         italic=True)
    para(d, "[PHOTO DESK: Lina has 40 more frames from the sale if online wants a "
         "gallery.]", color=GREY)
    save(d, "docx-lead-art-above-headline-orchard-auction.docx")


# ------------------------------------------------------ 2. tracked insertions
REV = iter(range(301, 400))


def t(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins(text, author="Philippa Okafor"):
    return (f'<w:ins w:id="{next(REV)}" w:author="{author}" w:date="{DATE}">'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def dele(text, author="Philippa Okafor"):
    return (f'<w:del w:id="{next(REV)}" w:author="{author}" w:date="{DATE}">'
            f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def p_of(inner, ppr_inner="", rpr_mark=""):
    ppr = ""
    if ppr_inner or rpr_mark:
        ppr = f"<w:pPr>{ppr_inner}{f'<w:rPr>{rpr_mark}</w:rPr>' if rpr_mark else ''}</w:pPr>"
    return parse_xml(f'<w:p {nsdecls("w")}>{ppr}{inner}</w:p>')


def tracked_insertions_school_closures():
    d = Document()
    body = d.element.body
    sect = body.find(qn("w:sectPr"))

    def add(el):
        sect.addprevious(el)

    big = '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr>'
    add(p_of(
        f'<w:r>{big}<w:t xml:space="preserve">Board votes to close </w:t></w:r>'
        f'<w:del w:id="{next(REV)}" w:author="Philippa Okafor" w:date="{DATE}"><w:r>{big}'
        '<w:delText xml:space="preserve">three </w:delText></w:r></w:del>'
        f'<w:ins w:id="{next(REV)}" w:author="Philippa Okafor" w:date="{DATE}"><w:r>{big}'
        '<w:t xml:space="preserve">two </w:t></w:r></w:ins>'
        f'<w:r>{big}<w:t xml:space="preserve">elementary schools, keeps Birchfield open '
        'for now</w:t></w:r>'))
    add(p_of(t("A crowd of parents changed one vote, and the district will try again with "
               "Birchfield in a year")
             .replace("<w:r>", '<w:r><w:rPr><w:i/><w:sz w:val="26"/></w:rPr>')))
    add(p_of(t("Oren Faletau and Priya Sandoval-Reyes")
             .replace("<w:r>", '<w:r><w:rPr><w:b/></w:rPr>')))
    add(p_of(t("OSWIN CENTER, Mich. — The Oswin Area Schools board voted 4-3 Monday night to "
               "close Fernhill and Quarry Lane elementary schools at the end of the school "
               "year, ") + ins("but ") + t("pulled a third school, Birchfield, from the plan "
                                           "after more than 200 parents packed the meeting.")))
    add(p_of(t("Superintendent Lavinia Obuya-Strand had proposed closing all three to close a "
               "$4.8 million budget gap. ") + dele("The district has lost 1,100 students "
                                                    "since 2015. ")
             + t("Enrollment in the district has fallen by about a fifth in a decade.")))
    # a whole paragraph deleted with track changes
    mark = f'<w:del w:id="{next(REV)}" w:author="Philippa Okafor" w:date="{DATE}"/>'
    add(p_of(dele("Board members spent much of the four-hour meeting arguing about the bus "
                  "contract."), rpr_mark=mark))
    add(p_of(t("Board member Gustavo Nakamura-Hale, who had been expected to vote for all "
               "three closures, moved to take Birchfield out of the plan after hearing from "
               "parents") + ins(" who said the school was the only one within walking "
                                "distance of the Riverside apartments") + t(".")))
    add(p_of(t("“I walked in a yes. I’m walking out a yes on two,” he said.")))
    # a paragraph the editor inserted whole
    mark = f'<w:ins w:id="{next(REV)}" w:author="Philippa Okafor" w:date="{DATE}"/>'
    add(p_of(ins("Closing the two schools is expected to save about $2.9 million a year, "
                 "according to district estimates."), rpr_mark=mark))
    add(p_of(t("Students at Fernhill will move to Oswin Center Elementary, and Quarry Lane "
               "students to Birchfield and Highland. The district will hold meetings for "
               "families at each school in January.")))
    add(p_of(t("Obuya-Strand said she would bring Birchfield back to the board next fall. “The "
               "numbers don’t change because the meeting was loud,” she said.")))
    add(p_of(t("EDITOR NOTE — Philippa: I tightened the top and added the savings line from "
               "the budget memo. Oren, check the walking-distance quote is his words.")
             .replace("<w:r>", '<w:r><w:rPr><w:color w:val="C00000"/></w:rPr>')))
    save(d, "docx-tracked-insertions-editor-pass-school-closures.docx")


# --------------------------------------- 3. newspaper columns with jump lines
def columns_jump_lines_bridge_inspection():
    d = Document()
    para(d, "A1 / METRO / THURSDAY, DEC. 3, 2026", size=8, color=GREY)
    para(d, "Inspectors find cracked steel on Calloway lift bridge", bold=True, size=24)
    para(d, "Weight limit cut to 10 tons while the county waits on a repair estimate",
         italic=True, size=13)
    para(d, "By Hana Kowalczyk-Ebo | Staff Writer", size=10)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    sec._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="360"/>'))
    first = d.add_paragraph()
    run(first, "PORT CALLOWAY, Mich.", bold=True)
    run(first, " – County inspectors found cracks in two steel floor beams of the Calloway "
        "River lift bridge last week, and the county cut the bridge’s weight limit to 10 "
        "tons on Wednesday, keeping school buses, fuel trucks and most delivery trucks off "
        "the only direct route between downtown and the east side.")
    para(d, "The cracks, each about 3 inches long, were found during a routine inspection on "
         "Nov. 24, county engineer Ferdinand Achterberg-Nwosu said.")
    para(d, "See BRIDGE, Page A6", bold=True, italic=True, size=9,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.COLUMN)
    para(d, "BRIDGE, from Page A1", bold=True, italic=True, size=9)
    para(d, "“They’re not going to let go tomorrow,” Achterberg-Nwosu said. “But a crack in "
         "a floor beam only goes one way, and we are not going to find out how far it goes "
         "with a loaded gravel truck on top of it.”")
    add_picture(d, 1, 2.8, "Close view of a rusted steel beam with a chalk circle drawn "
                "around a thin crack")
    para(d, "An inspector circled one of the two cracks found in the bridge’s floor beams on "
         "Nov. 24.", style="Caption")
    para(d, "Ilse Brandvold | The Beacon", italic=True, size=8,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    for text in [
        "The detour for heavy vehicles adds about 6 miles, by way of the Route 12 bridge. "
        "The school district said it had rerouted four bus routes and that some students "
        "would be picked up about 10 minutes earlier.",
        "The lift bridge was built in 1931 and rebuilt in 1987. A full rehabilitation has "
        "been on the county’s capital plan since 2018 but has not been paid for.",
        "A repair estimate is expected by Dec. 18.",
    ]:
        para(d, text)
    para(d, "Beacon reporter Kwabena Lindgren-Hart contributed to this story.",
         italic=True)
    save(d, "docx-newspaper-columns-jump-lines-bridge-inspection.docx")


# ---------------------- 4. quote styles, numbered list, pull quote, hyperlinks
def hyperlink_para(doc, before, link_text, url):
    p = doc.add_paragraph()
    run(p, before)
    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr>'
        '<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(link_text)}</w:t></w:r></w:hyperlink>'))
    return p


def quote_styles_library_levy():
    d = Document()
    d.add_heading("Library asks voters for its first levy increase in 22 years", level=1)
    para(d, "A 0.4-mill request would restore Sunday hours and reopen the Vell branch",
         italic=True, size=13)
    para(d, "Written by Marisol Ekwueme-Tran, Government Editor", size=10)
    add_picture(d, 2, 4.5, "A librarian shelves books in an empty reading room")
    para(d, "Marisol Ekwueme-Tran/The Ledger", size=8, color=GREY)
    para(d, "Librarian Agnieszka Oduya-Marsh shelves returns at the main library, which has "
         "been closed on Sundays since 2020.", style="Caption")
    for text in [
        "The Oswin County District Library will ask voters in May to raise its property-tax "
        "levy for the first time since 2004, the library board decided Tuesday.",
        "The request, 0.4 mills, would cost the owner of a $200,000 home about $40 a year "
        "and raise about $1.6 million annually, library director Cornelius Bakshi-Holm said.",
        "In a letter to the county commission, board chair Yolanda Fairweather-Ibe wrote:",
    ]:
        para(d, text)
    para(d, "We have cut hours, closed a branch and left eleven positions empty. We have "
         "done everything we can do without asking the public. We are asking now.",
         style="Quote")
    para(d, "The board listed what the money would pay for:")
    for item in ["Reopening the Vell branch, closed since 2021, five days a week.",
                 "Restoring Sunday hours at the main library.",
                 "Replacing the 19-year-old bookmobile."]:
        para(d, item, style="List Number")
    para(d, "“We have cut hours, closed a branch and left eleven positions empty.”",
         style="Intense Quote")
    d.add_heading("Opposition", level=3)
    para(d, "County Commissioner Ruben Aldaco-Sørensen said he would vote against putting "
         "the levy on the ballot. “Everybody’s taxes went up this year. I’m not going to "
         "ask people for more,” he said. The commission votes on the ballot language Dec. 15.")
    hyperlink_para(d, "Read more: ", "How the library lost its Sunday hours",
                   "https://ledger.example/2021/library-sundays")
    para(d, "Contributing: Ledger reporters Anselm Brightwater and Noor Kimathi-Vos.",
         italic=True)
    save(d, "docx-quote-styles-numbered-list-library-levy.docx")


if __name__ == "__main__":
    lead_art_orchard_auction()
    tracked_insertions_school_closures()
    columns_jump_lines_bridge_inspection()
    quote_styles_library_levy()

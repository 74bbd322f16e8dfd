"""Build the two .docx documents of the held-out-12 (part b) filing set.

Run with the project's Python (python-docx 1.2):
    python make_docx_b.py
Writes the docx-*.docx files next to this script. The pictures are small PNGs of
concentric rings drawn here with zlib/struct. Bookmarks, Word's compatibility
setting, non-breaking and optional hyphens, line breaks and tabs are written as
raw XML. Every zip entry gets a fixed timestamp so two runs give the same bytes.
The answer keys (*.expected.yaml) are written by hand; this script does not
produce them.
"""
import io
import os
import re
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x70, 0x70, 0x70)


def rings_png(seed, w=96, h=64):
    """Concentric rings in two colours; seed picks the colours and the centre."""
    a = (40 + 50 * seed % 200, 90, 150 - 30 * seed % 120)
    b = (235, 225 - 20 * seed % 80, 200)
    cx, cy = w // (2 + seed % 2), h // 2
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            d = int(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5)
            raw += bytes(a if (d // 6) % 2 else b)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture(doc, seed, descr="", title=""):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_picture(io.BytesIO(rings_png(seed)), width=Inches(4.5))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
        if title:
            el.set("title", title)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def add(p, text, bold=False, italic=False, size=None, color=None, caps=False,
        font=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def para(doc, text="", style=None, **kw):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add(p, text, **kw)
    return p


def raw_run(p, inner_xml, italic=False):
    """Append a run whose content is raw WordprocessingML (w:t, w:tab, w:br ...)."""
    rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}>{rpr}{inner_xml}</w:r>"))


def t(text):
    return f'<w:t xml:space="preserve">{text}</w:t>'


def hyperlink(p, text, url):
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}" w:history="1">'
        f'<w:r><w:rPr><w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr>'
        f'{t(text)}</w:r></w:hyperlink>'))


def bookmark(p, bid, name):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    p._p.insert(1 if p._p.pPr is not None else 0, start)
    p._p.append(end)


def bottom_border(p):
    p_pr = p._p.get_or_add_pPr()
    p_pr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
        f'w:color="888888"/></w:pBdr>'))


def save_fixed(doc, name):
    """Save, then rewrite the zip with fixed timestamps (comment dates too)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(item.filename)
            if item.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-11-29T21:14:00Z"', data)
            dst.writestr(info, data)


# --------------------------------------------------------------------------
# 1. Google Docs "Download > Microsoft Word (.docx)": story template table,
#    person chips exported as mailto links, heading bookmarks, comments,
#    an editor's-notes section after a horizontal line.
# --------------------------------------------------------------------------
def google_docs_export():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    doc.core_properties.title = "Ely grocery co-op — DRAFT v2"
    doc.core_properties.author = ""

    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    rows = [("Slug", "ely-grocery-coop"), ("Status", "Ready for edit (Ruth, Sun 9 p.m.)"),
            ("Editor", "Helen Park"), ("Art", "2 photos in doc + 6 more in the shared folder")]
    for row, (k, v) in zip(meta.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].paragraphs[0].add_run(v)
    para(doc)

    hed = para(doc, "Ely’s shuttered grocery store will reopen as a co-op owned by 1,100 households",
               style="Title")
    bookmark(hed, 0, "_heading=h.gjdgxs")
    dek = para(doc, "Seven months after Northland Market closed, members voted to buy the store. "
               "It opens Jan. 15.", style="Subtitle")
    bookmark(dek, 1, "_heading=h.30j0zll")

    by = para(doc, "By ")
    hyperlink(by, "Ruth Adeyemi", "mailto:radeyemi@bwbulletin.example")
    add(by, " and ")
    hyperlink(by, "Colm Devereux", "mailto:cdevereux@bwbulletin.example")

    picture(doc, 1, descr="Shoppers' carts lined up outside a closed grocery store with paper "
            "over its windows")
    para(doc, "The former Northland Market on Chapman Street in Ely has been closed since May. "
         "Photo: Colm Devereux/Boundary Waters Bulletin", italic=True, size=9)

    p1 = para(doc)
    add(p1, "ELY, Minn. — ", bold=True)
    add(p1, "Ely’s only full-size grocery store will reopen next month as a cooperative owned by "
        "more than 1,100 local households, seven months after its longtime owner closed it and "
        "left the town of 3,300 with a 20-mile drive for fresh produce.")

    p2 = para(doc, "Members of the Ely Community Grocery Co-op voted Sunday to buy the building and "
              "equipment of the former Northland Market on Chapman Street for $1.9 million, using "
              "member shares, a state loan and a grant from the Minnesota Department of "
              "Agriculture’s food access program.")
    doc.add_comment(p2.runs, text="Is the grant amount public yet? If so let's add it here.",
                    author="Helen Park", initials="HP")

    para(doc, "“People were driving to Tower or Virginia for milk,” said co-op board president "
         "Judith Kaskela. “You can’t be a town without a grocery store. We just decided not to be "
         "that town.”")
    para(doc, "The store is set to open Jan. 15 with about 28 employees, most of whom worked at "
         "Northland Market before it closed in May.")

    h2 = para(doc, "A store owned by its neighbors", style="Heading 2")
    bookmark(h2, 2, "_heading=h.1fob9te")

    para(doc, "Membership costs $200, which can be paid over two years. Members will get a yearly "
         "dividend if the store makes a profit, and every household gets one vote regardless of "
         "how much it buys.")
    p6 = para(doc)
    add(p6, "Kaskela said the board set a goal of 800 members when it launched the drive in June. ")
    r_hit = add(p6, "It reached 1,100 in October.")
    doc.add_comment([r_hit], text="1,100 or 1,087? Her email Friday said 1,087.",
                    author="Helen Park", initials="HP")

    para(doc, "The former owner, Arnold Brekke, said he had tried for three years to sell the store "
         "to a chain before closing it. He said he was glad it would stay local.")
    para(doc, "“I’d rather it be them than anybody,” Brekke said. “They know what people here buy.”")

    picture(doc, 2)
    para(doc, "Northland Market’s opening day on Chapman Street in 1962. "
         "(Courtesy of Ely Area Historical Society)", italic=True, size=9)

    para(doc, "Rural grocery co-ops have opened in at least a dozen small Minnesota towns since "
         "2020, according to the University of Minnesota Extension, often after a private owner "
         "retired or a chain pulled out.")
    para(doc, "The co-op plans to keep the Northland name on the building’s sign for now. “People "
         "still call it that,” Kaskela said. “We’re not going to fight it.”")
    para(doc, "Bulletin intern Noor Haddad contributed reporting.", italic=True)

    rule = para(doc)
    bottom_border(rule)
    notes = para(doc, "NOTES FOR EDITOR", style="Heading 3")
    bookmark(notes, 3, "_heading=h.3znysh7")
    for item in ("Kaskela cell: 218-555-0139 (ok to call before 8 p.m.)",
                 "Brekke asked that we not say why he closed — he told me off the record.",
                 "Extension count is from their 2025 rural grocery report, p. 14."):
        para(doc, item, style="List Bullet")

    save_fixed(doc, "docx-google-docs-download-template-table-person-chip-links-comments-"
               "editor-notes-ely-grocery-coop.docx")


# --------------------------------------------------------------------------
# 2. A freelancer's file from an older Word in compatibility mode: headline
#    typed in sentence case but formatted All Caps, dateline in its own bold
#    paragraph, tab-indented paragraphs with empty paragraphs between them,
#    non-breaking and optional hyphens, caption and credit split by a line
#    break, Office 2016 automatic alt text, word count and invoice note.
# --------------------------------------------------------------------------
NBH = "<w:noBreakHyphen/>"
SHY = "<w:softHyphen/>"
TAB = "<w:tab/>"
NBSP = "\u00a0"


def body(doc, inner):
    """A tab-indented body paragraph followed by an empty paragraph."""
    p = doc.add_paragraph()
    raw_run(p, TAB + inner)
    doc.add_paragraph()
    return p


def compat_mode_freelancer():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = "Teo"

    hdr = doc.sections[0].header.paragraphs[0]
    add(hdr, "Maciel / hop kiln move / 1st draft / for Valley Sentinel weekend", size=9,
        color=GREY)

    h = para(doc)
    add(h, "Old hop kiln makes a slow trip down the Yakima Valley Highway", bold=True, size=18,
        caps=True)
    para(doc, "The 80-year-old kiln, saved from demolition, will be the centerpiece of a new "
         "farm-heritage park", italic=True, size=13)
    doc.add_paragraph()
    by = para(doc, "By Teodor Maciel")
    add(by, " | For the Valley Sentinel", color=GREY)
    doc.add_paragraph()

    para(doc, "ZILLAH, Wash. —", bold=True)
    body(doc, t("It took four hours, two trucks and a line of utility crews lifting power lines "
                "out of the way, but the old Ortiz") + NBH
         + t("Whitman hop kiln finally made it to its new home on Saturday."))
    body(doc, t("The two-story wooden kiln, built around 1943 to dry hops from the fields east of "
                "town, rode 3.2 miles on a flatbed down the Yakima Valley Highway at about "
                f"5{NBSP}mph, trailed by a few dozen people in pickups and on foot."))

    picture(doc, 3, descr="A wooden hop kiln on a flatbed truck on a two-lane highway")
    cap = doc.add_paragraph()
    raw_run(cap, t("The Ortiz") + NBH + t("Whitman hop kiln travels down the Yakima Valley "
                                            "Highway on Saturday morning.") + "<w:br/>"
            + t("Photo by Teodor Maciel"), italic=True)
    doc.add_paragraph()

    body(doc, t("It will become the centerpiece of the Lower Valley Farm Heritage Park, which the "
                "Zillah Historical Society plans to open in the spring of 2028 on land donated by "
                "the city."))
    body(doc, t("“My grandfather built the fire boxes in this thing,”  said Lorena Ortiz")
         + NBH + t("Whitman, 71, whose family farmed the land until 1998.  “I wasn’t going to let "
                   "it get bulldozed.”"))
    body(doc, t("The historical society paid $1 for the building and about $84,000 to move it, "
                "most of it raised at a year") + NBH
         + t("round series of pancake breakfasts and a grant from the state’s heritage barn "
             "program."))
    body(doc, t("The farm’s new owner, a solar developer, had planned to tear the kiln down to "
                "make room for panels.  Society president Wendell Aoki said the company agreed "
                "in May to donate it if the society could move it by the end of the year."))

    note = doc.add_paragraph()
    r = add(note, "[TM: Aoki’s title confirmed by email Sunday — he’s president since June, not "
            "vice president as in the society’s website]")
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    doc.add_paragraph()

    picture(doc, 4, descr="A picture containing building, outdoor, old, wooden\n\n"
            "Description generated with very high confidence")
    cap2 = doc.add_paragraph()
    raw_run(cap2, t("The kiln in about 1950, when it was still drying hops for the Ortiz family.")
            + "<w:br/>" + t("Courtesy of the Zillah Historical Society"), italic=True)
    doc.add_paragraph()

    body(doc, t("Moving it was the easy part, Aoki said.  The society still needs about $300,000 "
                "to put in a foundation, repair the roof and make the building safe for "
                "visitors."))
    body(doc, t("Hop kilns, where fresh") + SHY + t("ly picked hops were dried over wood or oil "
                                                    "fires, once dotted the valley.  Historians "
                                                    "estimate fewer than 20 of the wood")
         + NBH + t("framed ones are left standing."))
    body(doc, t("“People drive past these every day and don’t know what they are,” Aoki said.  "
                "“Now they’ll get to walk inside one.”"))

    para(doc, "###")
    doc.add_paragraph()
    para(doc, "Word count: 742 (without captions)")
    para(doc, "Invoice TM-2026-31 attached separately. Both photos free to use with credit; the "
         "1950 one belongs to the society, please credit them.")

    compat = doc.settings.element.find(qn("w:compat"))
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            compat.remove(setting)
    compat.append(parse_xml(
        f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" '
        f'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>'))
    save_fixed(doc, "docx-compat-mode-all-caps-headline-dateline-own-paragraph-nonbreaking-"
               "hyphens-zillah-hop-kiln.docx")


if __name__ == "__main__":
    google_docs_export()
    compat_mode_freelancer()

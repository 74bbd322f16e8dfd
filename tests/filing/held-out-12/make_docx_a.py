"""Build the two .docx documents of filing set 12, part a.

Run with the project's Python (python-docx 1.2):
    python make_docx_a.py
Writes the docx-*.docx files next to this script. The pictures are small PNGs of
soft horizontal stripes drawn here with zlib/struct. Tracked changes, comments,
smart-chip hyperlinks, bookmarks, the TOC field, soft and non-breaking hyphens and
Symbol-font characters are written as raw XML. The answer keys (*.expected.yaml)
are written by hand; this script does not produce them.
"""
import io
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x70, 0x70, 0x70)
STAMP = (2026, 12, 2, 9, 0, 0)
W_DATE = "2026-12-02T09:00:00Z"


def stripe_png(seed, w=96, h=64):
    """Soft horizontal stripes whose colours depend on seed."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        band = (y // 6 + seed) % 4
        base = [(60, 110, 150), (180, 160, 120), (90, 140, 90), (200, 200, 210)][band]
        for x in range(w):
            shade = (x * 40) // w
            raw += bytes(min(255, c + shade) for c in base)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture(doc, seed, descr="", title="", name=None, width=4.5):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_picture(io.BytesIO(stripe_png(seed)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
        if title:
            el.set("title", title)
        if name:
            el.set("name", name)
    return p


def para(doc, text="", style=None, bold=False, italic=False, size=None, color=None,
         align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return r


def raw_run(text, rpr=""):
    return (f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def append_xml(p, xml):
    p._p.append(parse_xml(xml))


def tracked(p, kind, text, rid, author):
    """A tracked insertion (kind='ins') or deletion (kind='del')."""
    tag = "w:delText" if kind == "del" else "w:t"
    append_xml(p, f'<w:{kind} {nsdecls("w")} w:id="{rid}" w:author="{author}" '
                  f'w:date="{W_DATE}"><w:r><{tag} xml:space="preserve">{escape(text)}'
                  f'</{tag}></w:r></w:{kind}>')


def hyperlink(doc, p, text, url):
    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    append_xml(p, f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr>'
                  f'<w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr>'
                  f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>')


def bookmark(p, bid, name, first=True):
    el = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{name}"/>')
    if first:
        p._p.insert(1 if p._p.pPr is not None else 0, el)
    else:
        p._p.append(el)
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>'))


def comment(doc, p, text, author, initials, anchor_text):
    """Anchor a real Word comment on anchor_text (appended as a run of p)."""
    runs = [p.add_run(anchor_text)]
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), W_DATE)


def fix_zip_times(path):
    """Rewrite the package with fixed entry times so the output is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def save(doc, name, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    path = os.path.join(HERE, name)
    doc.save(path)
    fix_zip_times(path)


# ---------------------------------------------------------------------------
# 1. A Google Docs draft downloaded as .docx: suggestions exported as tracked
#    changes, comments with an "Assigned to" line, Google's _heading bookmarks,
#    a person smart chip (mailto link) in the byline, a status chip line.
# ---------------------------------------------------------------------------
def google_docs_cemetery():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    hdr = doc.sections[0].header.paragraphs[0]
    add_run(hdr, "ELLSWORTH CEMETERY — Crane/Mayhew — for Sunday", size=8, color=GREY)

    p = para(doc, "Status: ", size=9, color=GREY)
    add_run(p, "Ready for copy", bold=True, size=9, color=RGBColor(0x0B, 0x80, 0x43))
    add_run(p, "   Editor: Marguerite Oakes   Photo: 2 attached", size=9, color=GREY)

    p = para(doc, "With no room left in its last city cemetery, Ellsworth asks voters to buy a "
                  "hayfield for the dead", style="Title")
    bookmark(p, 0, "_heading=h.gjdgxs")

    para(doc, "The city has sold 96% of its plots. A 22-acre parcel on the Bucksport Road "
              "would add room for about 60 years of burials, at a price some councilors call "
              "too high.", style="Subtitle")

    p = para(doc, "By Hollis Crane and ")
    hyperlink(doc, p, "Priscilla Mayhew", "mailto:pmayhew@downeastcourier.com")

    picture(doc, 1, descr="Rows of granite headstones on a hillside with a stone wall and "
                          "bare maples behind them", name="image1.jpg")
    p = para(doc, "Woodbine Cemetery, the last city-owned cemetery in Ellsworth with plots "
                  "for sale, on Nov. 24.", italic=True, size=9)
    add_run(p, " Photo: Ada Thibodeau/Downeast Courier", size=9, color=GREY)

    p = para(doc, "ELLSWORTH, Maine — Ellsworth has ")
    tracked(p, "del", "just under ", 101, "Marguerite Oakes")
    tracked(p, "ins", "fewer than ", 102, "Marguerite Oakes")
    add_run(p, "90 burial plots left for sale in the last cemetery it owns, and city "
               "officials say they will be gone within four years at the current pace.")

    para(doc, "On Jan. 27, voters will decide whether the city should borrow $610,000 to buy "
              "a 22-acre hayfield on the Bucksport Road and turn part of it into a new "
              "municipal cemetery. The land would hold about 4,000 plots, enough for roughly "
              "60 years, according to a study the city commissioned last spring.")

    p = para(doc, "\u201cPeople assume a cemetery is forever, and it is, but the space in it "
                  "isn\u2019t,\u201d said Ellsworth\u2019s cemetery sexton, Dale Pinkham, who has "
                  "sold plots for the city since 2004.")

    p = para(doc, "Woodbine Cemetery opened in 1889. The city sold ")
    comment(doc, p, "Is 61 from the 2025 sales report or from Dale? Please confirm before copy."
                    "\n_Assigned to Hollis Crane_", "Marguerite Oakes", "MO", "61 plots")
    add_run(p, " there last year, up from about 35 a year a decade ago, as more families "
               "chose local burial over cemeteries in Bangor and as cremation burials, which "
               "need smaller plots, also grew.")

    p = para(doc, "Why now", style="Heading 2")
    bookmark(p, 1, "_heading=h.30j0zll")

    p = para(doc, "The hayfield\u2019s owners, the Haskell family, have agreed to hold the "
                  "land for the city until March. ")
    tracked(p, "del", "After that, they say, it goes on the market.", 103, "Priscilla Mayhew")
    tracked(p, "ins", "After that, Nathan Haskell said, they will list it with a broker.",
            104, "Priscilla Mayhew")

    para(doc, "Councilor Jeannine Grindle voted against putting the bond on the ballot. She "
              "said the price, about $27,700 an acre, was well above what farmland sells for "
              "in Hancock County, and that the city had not looked hard enough at expanding "
              "into a wooded lot behind Woodbine.")

    p = para(doc, "\u201cI\u2019m not against a cemetery. I\u2019m against paying house-lot "
                  "prices for a hayfield,\u201d Grindle said.")

    para(doc, "Pinkham said the wooded lot sits on ledge and wet soil that the study found "
              "unsuitable for burials.")

    picture(doc, 2, descr="", name="image2.jpg")
    p = para(doc, "A surveyor\u2019s stake marks a corner of the hayfield the city would buy "
                  "on the Bucksport Road.", italic=True, size=9)
    add_run(p, " Photo: Courtesy of the City of Ellsworth", size=9, color=GREY)

    para(doc, "If the bond passes, the city would lay out roads and the first section of "
              "about 600 plots in 2027, and plot prices at the new cemetery would match "
              "Woodbine\u2019s $850 for residents.")

    p = para(doc, "If it fails, Pinkham said, Ellsworth families will have to look to "
                  "private and church cemeteries, several of which also have waiting lists.")

    p = para(doc, "Downeast Courier intern Calla Brigham contributed to this report.",
             italic=True)

    p = para(doc, "[Hollis — Marguerite wants a shorter web hed too. Try: \u201cEllsworth "
                  "is running out of cemetery space\u201d]", color=RGBColor(0x99, 0x00, 0x00))

    save(doc, "docx-google-docs-download-suggestions-assigned-comment-person-chip-byline-"
              "cemetery-plots.docx", "Hollis Crane")


# ---------------------------------------------------------------------------
# 2. A long feature with a TOC field at the top, Heading 1 part titles with
#    _Toc bookmarks, soft hyphens, non-breaking hyphens (in the byline name),
#    Symbol-font characters (w:sym), and Caption-style captions whose credit
#    follows a line break in the same paragraph.
# ---------------------------------------------------------------------------
def toc_feature_salt_works():
    doc = Document()
    sec = doc.sections[0]
    add_run(sec.header.paragraphs[0], "FEATURES / SALTWORKS / Kealoha-Voss / 2,150 wds / "
                                      "for Dec. 13 magazine", size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "Pacific Shore Weekly \u2014 draft \u2014 not for distribution", size=8,
            color=GREY)

    para(doc, "TIDELINE", bold=True, size=10, color=GREY)
    para(doc, "Boiling the sea: a Netarts couple revives Oregon\u2019s oldest salt trade",
         style="Title")
    para(doc, "In a greenhouse above Netarts Bay, two former oyster farmers make salt the "
              "way settlers did in 1843 \u2014 and chefs from Portland are waiting in line.",
         style="Subtitle")

    p = para(doc, "By Ilse Kealoha")
    append_xml(p, f'<w:r {nsdecls("w")}><w:noBreakHyphen/></w:r>')
    append_xml(p, raw_run("Voss"))
    para(doc, "Photographs by Tomasz Oduya", italic=True)

    # Table of contents: a TOC field whose result lists the parts with page numbers.
    para(doc, "Contents", bold=True, size=14)
    toc_parts = [("Part one: The pans", "_Toc217700101", "2"),
                 ("Part two: The market", "_Toc217700102", "3"),
                 ("Part three: The weather", "_Toc217700103", "4")]
    for i, (label, anchor, page) in enumerate(toc_parts):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
                 '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if i == 0 else "")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(toc_parts) - 1 else ""
        xml = (f'<w:p {nsdecls("w")}><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" '
               f'w:pos="9350"/></w:tabs></w:pPr>{begin}'
               f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
               f'<w:r><w:t xml:space="preserve">{escape(label)}</w:t></w:r>'
               f'<w:r><w:tab/></w:r>'
               f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText>'
               f'</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
               f'</w:hyperlink>{end}</w:p>')
        doc.element.body.append(parse_xml(xml))
    # python-docx appends after sectPr; move the TOC paragraphs before it.
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    body.remove(sect)
    body.append(sect)

    def part(title, bid, anchor):
        p = para(doc, title, style="Heading 1")
        bookmark(p, bid, anchor)

    def body_para(*pieces):
        """pieces: plain strings, ('shy',) soft hyphen, ('sym', hex) Symbol char."""
        p = doc.add_paragraph()
        for piece in pieces:
            if isinstance(piece, str):
                append_xml(p, raw_run(piece))
            elif piece[0] == "shy":
                append_xml(p, f'<w:r {nsdecls("w")}><w:softHyphen/></w:r>')
            elif piece[0] == "sym":
                append_xml(p, f'<w:r {nsdecls("w")}><w:sym w:font="Symbol" '
                              f'w:char="{piece[1]}"/></w:r>')
        return p

    def caption(text, credit):
        p = doc.add_paragraph(style="Caption")
        add_run(p, text)
        p.add_run().add_break()
        add_run(p, credit, bold=True)

    body_para("NETARTS, Ore. \u2014 Every morning at six, Ruth Ambrose opens a valve and lets "
              "the Pacific into her greenhouse. Seawater runs down a pipe from the bay, "
              "through three sand filters and into a row of shallow steel pans, where it will "
              "sit for as long as three weeks until nothing is left but salt.")
    part("Part one: The pans", 10, "_Toc217700101")
    body_para("Ambrose and her husband, Felix Tanaka, farmed oysters on Netarts Bay for 19 "
              "years. When a warm-water bloom killed most of their seed in 2023, they sold "
              "the lease and bought a half-acre above the bay with a collapsed hop barn on "
              "it.")
    body_para("\u201cWe knew the water. We just didn\u2019t want to grow anything in it "
              "anymore,\u201d Tanaka said.")
    picture(doc, 3, descr="A woman rakes white salt crystals in a long shallow pan inside a "
                          "plastic greenhouse")
    caption("Ruth Ambrose rakes salt crystals in an evaporation pan at Netarts Bay Salt Co. "
            "on Nov. 18.", "Tomasz Oduya/Pacific Shore Weekly")
    body_para("The greenhouse does most of the work. Inside, the air reaches about 95",
              ("sym", "F0B0"), " Fahrenheit on a sunny day, and the brine loses roughly a "
              "centimeter of water a day to evap", ("shy",), "oration. In winter, a wood "
              "stove under the last pan finishes the job.")

    part("Part two: The market", 11, "_Toc217700102")
    body_para("The couple sold their first 40 pounds of salt at the Tillamook farmers "
              "market in 2024. This year they expect to sell 2,600 pounds, most of it to "
              "restaurants in Portland and Seattle at $22 a pound.")
    body_para("Chef Nadia Forsberg-Lund, who uses the salt at her Portland restaurant, said "
              "she tastes the difference between summer and winter batches. \u201cThe "
              "summer salt is brighter. The winter salt tastes a little of the wood fire,"
              "\u201d she said.")
    body_para("Salt-making on the Oregon coast is older than statehood. Settlers and "
              "Clatsop people boiled seawater near present-day Seaside in the 1840s, and "
              "a reconstructed salt cairn there draws visitors every summer.")
    picture(doc, 4, descr="")
    caption("Felix Tanaka packs flake salt into paper tins for a Portland restaurant order.",
            "Tomasz Oduya/Pacific Shore Weekly")

    part("Part three: The weather", 12, "_Toc217700103")
    body_para("The business depends on sun that the north Oregon coast rarely promises. "
              "Last January the greenhouse produced 60 pounds of salt, a tenth of a good "
              "July.")
    body_para("Ambrose is testing a second greenhouse with a heat pump that runs on a small "
              "solar array. If it works, she said, the couple could make salt year-round "
              "and hire their first full-time employee.")
    body_para("\u201cThe ocean is never going to run out,\u201d she said. \u201cThe "
              "question is whether we can keep up with it.\u201d")

    para(doc, "Additional reporting by Wendell Aho.", italic=True)
    para(doc, "Ilse Kealoha-Voss writes about food and work on the Oregon coast. Her last "
              "feature for the Weekly was about Astoria\u2019s cannery workers.",
         italic=True, size=9, color=GREY)
    para(doc, "# # #", align=WD_ALIGN_PARAGRAPH.CENTER)

    save(doc, "docx-toc-field-bookmarks-nonbreaking-hyphen-byline-symbol-font-caption-line-"
              "break-credit-sea-salt-works.docx", "Ilse Kealoha-Voss")


if __name__ == "__main__":
    google_docs_cemetery()
    toc_feature_salt_works()

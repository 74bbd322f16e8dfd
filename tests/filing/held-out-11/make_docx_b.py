"""Build the two .docx documents of the held-out-11 filing set (part b).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-11/make_docx_b.py
Writes docx-*.docx next to this script. The pictures are small PNGs of a plaid
(crossing bands of two colours on a third), drawn here with zlib/struct. Tracked
changes around pictures and text, the "decorative" picture flag, the SEQ and PAGE
fields and the footnotes part are written as raw XML. Every zip entry gets a fixed
timestamp, so the output is byte-for-byte the same on every run. The answer keys
(*.expected.yaml) are written by hand; this script does not produce them.
"""
import datetime as dt
import io
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
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
STAMP = "2026-12-02T16:40:00Z"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- pictures
def plaid_png(seed, w=96, h=64):
    """A small plaid: two sets of crossing bands over a ground colour."""
    grounds = [(214, 196, 160), (180, 205, 222), (222, 214, 200), (200, 190, 220)]
    bands = [(120, 40, 40), (40, 70, 120), (60, 100, 60), (90, 60, 110)]
    g = grounds[seed % len(grounds)]
    b1 = bands[seed % len(bands)]
    b2 = bands[(seed + 1) % len(bands)]
    step = 10 + 3 * seed
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            px = g
            if (x // step) % 3 == 0:
                px = b1
            if (y // step) % 3 == 1:
                px = tuple((a + c) // 2 for a, c in zip(px, b2, strict=True))
            raw += bytes(px)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture_run(paragraph, seed, width, descr=None, decorative=False):
    """Add a run holding an inline picture; set its description (alt text)."""
    r = paragraph.add_run()
    r.add_picture(io.BytesIO(plaid_png(seed)), width=Inches(width))
    for doc_pr in r._r.iter(qn("wp:docPr")):
        if descr is not None:
            doc_pr.set("descr", descr)
        if decorative:
            doc_pr.append(parse_xml(
                '<a:extLst %s><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/'
                'drawing/2017/decorative" val="1"/></a:ext></a:extLst>' % nsdecls("a")))
    return r


# --------------------------------------------------------------------------- text helpers
def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None,
         style=None, align=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None):
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


_rev = [100]


def _rev_id():
    _rev[0] += 1
    return str(_rev[0])


def tracked(kind, run_el, author):
    """Wrap an existing w:r element in w:ins or w:del (kind = 'ins' or 'del')."""
    wrapper = parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"/>'
                        % (kind, nsdecls("w"), _rev_id(), escape(author), STAMP))
    run_el.addprevious(wrapper)
    wrapper.append(run_el)
    if kind == "del":
        for t in run_el.findall(qn("w:t")):
            t.tag = qn("w:delText")
    return wrapper


def ins_text(p, text, author, **fmt):
    return tracked("ins", add_run(p, text, **fmt)._r, author)


def del_text(p, text, author, **fmt):
    return tracked("del", add_run(p, text, **fmt)._r, author)


def field(p, instr, shown, size=None, color=None):
    """A complex field (begin / instrText / separate / result / end)."""
    def fld(kind):
        r = p.add_run()
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
        return r
    fld("begin")
    r = p.add_run()
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    fld("separate")
    add_run(p, shown, size=size, color=color)
    fld("end")


def grid_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="4" w:color="999999"/>'
        '<w:left w:val="single" w:sz="4" w:color="999999"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="999999"/>'
        '<w:right w:val="single" w:sz="4" w:color="999999"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="999999"/>'
        '<w:insideV w:val="single" w:sz="4" w:color="999999"/></w:tblBorders>'
        % nsdecls("w")))


def add_footnotes(doc, notes):
    """Create word/footnotes.xml holding the given {id: text} notes."""
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes.items():
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
            '</w:p></w:footnote>' % (fid, escape(text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W_NS, "".join(body)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, fid):
    r = p.add_run()
    r._r.append(parse_xml('<w:rPr %s><w:vertAlign w:val="superscript"/></w:rPr>' % nsdecls("w")))
    r._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), fid)))


def save(doc, name):
    cp = doc.core_properties
    cp.author = "newsroom"
    cp.last_modified_by = "newsroom"
    cp.created = dt.datetime(2026, 12, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 12, 2, 16, 40, 0)
    cp.revision = 7
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out_path = os.path.join(HERE, name)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 2, 16, 40, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    print("wrote", out_path)


# --------------------------------------------------------------------------- document 1
def hardware_store():
    """Byline in the first-page header; decorative ornament; a tracked picture swap."""
    doc = Document()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True

    fh = sec.first_page_header
    p = fh.paragraphs[0]
    add_run(p, "CABINET MOUNTAIN GAZETTE · NEWS", size=8, color=GREY)
    p = fh.add_paragraph()
    add_run(p, "By Harriet Munsell and Teodor Vasicek", bold=True, size=10)
    p = fh.add_paragraph()
    add_run(p, "Gazette staff", italic=True, size=9, color=GREY)
    p = fh.add_paragraph()
    add_run(p, "Filed Dec. 2, 2026, 4:40 p.m. · 820 words", size=8, color=GREY)

    hp = sec.header.paragraphs[0]
    add_run(hp, "HARDWARE-BUYOUT — Munsell/Vasicek — page ", size=8, color=GREY)
    field(hp, "PAGE", "2", size=8, color=GREY)
    for footer in (sec.first_page_footer, sec.footer):
        fp = footer.paragraphs[0]
        add_run(fp, "Gazette internal draft — not for publication", size=8, color=GREY)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Libby hardware store’s workers become its owners", style="Title")
    doc.add_paragraph("Kootenai Mercantile’s 23 employees bought the 91-year-old business from "
                      "the family that ran it for three generations", style="Subtitle")

    orn = doc.add_paragraph()
    orn.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture_run(orn, 3, 1.2, descr="", decorative=True)

    editor = "Ruth Delacroix-Moy"
    pic = doc.add_paragraph()
    old = picture_run(pic, 0, 5.5, descr="Exterior of the hardware store on Mineral Avenue at dusk")
    tracked("del", old._r, editor)
    new = picture_run(pic, 1, 5.5, descr="About twenty employees in red aprons stand in a paint "
                                         "aisle, several of them raising their hands")
    tracked("ins", new._r, editor)

    cap = doc.add_paragraph(style="Caption")
    del_text(cap, "The store on Mineral Avenue at dusk.", editor)
    ins_text(cap, "Employees of Kootenai Mercantile & Hardware gather in the paint aisle on "
                  "Monday, the first day the store was fully owned by its workers.", editor)
    cred = doc.add_paragraph()
    cred.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    del_text(cred, "Gazette file photo", editor, size=9, color=GREY)
    ins_text(cred, "Teodor Vasicek/Cabinet Mountain Gazette", editor, size=9, color=GREY)

    p = doc.add_paragraph()
    add_run(p, "LIBBY, Mont. — ", bold=True)
    add_run(p, "The 23 employees of Kootenai Mercantile & Hardware became its owners Monday, "
               "buying the 91-year-old store from the family that has run it since 1935 and "
               "keeping the last full-line hardware store in Lincoln County in local hands.")
    para(doc, "Lloyd Brekke, 68, whose grandfather Arne opened the store on Mineral Avenue, said "
              "he spent two years looking for a buyer before his longtime manager suggested the "
              "workers buy it themselves.")
    para(doc, "“I had two offers from outfits that wanted the building and not the business,” "
              "Brekke said. “These folks already know where every bolt in this place is. It made "
              "sense to sell it to them.”")
    p = doc.add_paragraph()
    add_run(p, "The employees formed a worker cooperative in August. Each worker-owner paid a "
               "$1,000 membership fee, and the cooperative borrowed the rest of the $2.1 million "
               "purchase price from a community development lender and a local credit union")
    ins_text(p, ", with Brekke financing about $400,000 himself", editor)
    add_run(p, ".")

    doc.add_paragraph("How the deal works", style="Heading 2")
    p = doc.add_paragraph()
    add_run(p, "Each worker-owner gets one vote on the cooperative’s board, regardless of position "
               "or years at the store. ")
    del_text(p, "The board meets monthly in the break room. ", editor)
    add_run(p, "Profits left after loan payments will be shared based on hours worked.")
    para(doc, "Dana Pinkham, who has worked in the plumbing department for 14 years and was "
              "elected board president, said the employees were nervous about taking on debt but "
              "more afraid of losing their jobs.")
    para(doc, "“If this place closed, the nearest hardware store that cuts keys and mixes paint "
              "and has a guy who knows your water heater is 90 miles away,” Pinkham said.")

    pic2 = doc.add_paragraph()
    picture_run(pic2, 2, 3.2, descr="A black-and-white photo of a man in a fedora behind a "
                                    "store counter lined with jars of nails")
    doc.add_paragraph("Arne Brekke behind the counter of the store he founded, in about 1940.",
                      style="Caption")
    para(doc, "Courtesy of the Brekke family", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Myrna Castellanos, a cooperative development adviser who helped the employees "
              "with the purchase, said owners of retirement age are selling businesses across "
              "rural Montana, and few have children who want to take them over.")
    para(doc, "“A lot of these towns are one retirement away from losing the grocery store or the "
              "hardware store,” she said. “Selling to employees keeps the jobs and the money in "
              "town.”")
    para(doc, "Brekke said he plans to stay on for six months as a paid adviser and then spend "
              "more time fishing on the Kootenai River.")
    p = doc.add_paragraph()
    add_run(p, "The store’s name, hours and staff will not change, Pinkham said. ")
    ins_text(p, "The cooperative plans a customer appreciation day on Saturday.", editor)
    para(doc, "Gazette intern Sully Ramadani contributed reporting.", italic=True)
    para(doc, "-30-", align=WD_ALIGN_PARAGRAPH.CENTER)
    save(doc, "docx-byline-in-first-page-header-decorative-ornament-tracked-picture-swap-"
              "hardware-co-op.docx")


# --------------------------------------------------------------------------- document 2
def wind_closure():
    """A TV script table, a next-page section break, then the web version."""
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "KBXQ NEWS · 6P · SLUG: I80-WIND · WRITER: ASP · TRT 1:45", size=8, color=GREY)

    para(doc, "RUNDOWN B4 — PKG — I80-WIND", bold=True)
    rows = [
        ("VIDEO", "AUDIO"),
        ("[ANCHOR 2-SHOT]",
         "(TERESA) FOR THE THIRD TIME THIS WEEK, HIGH WINDS HAVE SHUT DOWN INTERSTATE 80 BETWEEN "
         "LARAMIE AND RAWLINS. KBXQ'S ANA SOFIA PULASKI IS AT THE SUMMIT WITH THE DRIVERS WAITING "
         "IT OUT."),
        ("[TAKE PKG]\nSUPER: Ana Sofia Pulaski / KBXQ News",
         "(ANA SOFIA) HUNDREDS OF TRUCKS ARE PARKED ALONG THE FRONTAGE ROAD, WAITING FOR THE "
         "GUSTS TO DIE DOWN."),
        ("SOT: DWAYNE KOTCHIK / TRUCK DRIVER",
         "\"MY LOAD WAS SUPPOSED TO BE IN SALT LAKE YESTERDAY. I'M NOT GOING ANYWHERE.\""),
        ("[STANDUP]",
         "(ANA SOFIA) TROOPERS SAY THIS IS THE ELEVENTH FULL CLOSURE SINCE NOVEMBER FIRST."),
        ("[ANCHOR TAG]\nFS: ROAD CONDITIONS / 511",
         "(TERESA) FOR THE LATEST ROAD CONDITIONS, CHECK THE KBXQ FIRST ALERT WEATHER APP."),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    grid_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (left, right) in enumerate(rows):
        for j, text in enumerate((left, right)):
            cell = table.cell(i, j)
            lines = text.split("\n")
            cp = cell.paragraphs[0]
            add_run(cp, lines[0], bold=(i == 0), size=10)
            for extra in lines[1:]:
                add_run(cell.add_paragraph(), extra, size=10)
    para(doc, "### END SCRIPT ###", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER)

    web = doc.add_section(WD_SECTION.NEW_PAGE)
    web.header.is_linked_to_previous = False
    wh = web.header.paragraphs[0]
    add_run(wh, "KBXQ.COM WEB VERSION · I80-WIND · post after 6P hit", size=8, color=GREY)
    web.footer.is_linked_to_previous = False
    wf = web.footer.paragraphs[0]
    wf.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(wf, "web ", size=8, color=GREY)
    field(wf, "PAGE", "2", size=8, color=GREY)

    para(doc, "WEB VERSION", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY)
    doc.add_paragraph("Wind shuts I-80 between Laramie and Rawlins for third time this week",
                      style="Heading 1")
    para(doc, "Hundreds of truckers waited out gusts of more than 70 mph, some of them for "
              "nearly a full day", italic=True)
    para(doc, "By Ana Sofia Pulaski, KBXQ", bold=True)

    p = doc.add_paragraph()
    add_run(p, "LARAMIE, Wyo. (KBXQ) — ", bold=True)
    add_run(p, "For the third time this week, high winds closed Interstate 80 between Laramie "
               "and Rawlins on Tuesday, stranding hundreds of truckers along a 100-mile stretch "
               "of the highway.")
    para(doc, "The westbound lanes closed at about 4 a.m. and the eastbound lanes soon after, "
              "when gusts at Arlington reached 74 mph, according to the Highway Patrol. Both "
              "directions were still closed Tuesday evening.")

    pic = doc.add_paragraph()
    picture_run(pic, 1, 5.8, descr="Rows of semitrailers parked along a snowy frontage road "
                                   "under a gray sky")
    cap = doc.add_paragraph(style="Caption")
    add_run(cap, "Image ")
    field(cap, "SEQ Image \\* ARABIC", "1")
    add_run(cap, ": Trucks line the frontage road near the Summit truck stop east of Laramie "
                 "on Tuesday.")
    para(doc, "KBXQ video", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "At the Summit truck stop, trucks filled the parking lot by midmorning and lined "
              "the frontage road for more than a mile.")
    para(doc, "“I’ve been parked here since yesterday afternoon, going on 19 hours now,” said "
              "Dwayne Kotchik, a driver from Ogden, Utah, who is hauling frozen food to Salt Lake "
              "City. “You can feel the trailer rock every time it gusts.”")
    para(doc, "Kotchik said a gust tipped over a trailer in front of him near Arlington on Monday, "
              "before the road was closed. No one was hurt in that crash, troopers said.")

    pic2 = doc.add_paragraph()
    picture_run(pic2, 0, 4.0)
    cap2 = doc.add_paragraph(style="Caption")
    add_run(cap2, "Image ")
    field(cap2, "SEQ Image \\* ARABIC", "2")
    add_run(cap2, ": A semitrailer lies on its side in the median near Arlington after a gust "
                  "tipped it over Monday.")
    para(doc, "Courtesy of Dwayne Kotchik", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_paragraph("Closed 11 times since Nov. 1", style="Heading 2")
    p = para(doc, "Sgt. Miriam Olafsen of the Highway Patrol said the interstate has been closed "
                  "to all traffic 11 times since Nov. 1, most of them on the stretch through "
                  "Arlington and Elk Mountain, where the wind funnels between the Laramie Range "
                  "and the Snowy Range.")
    footnote_ref(p, 1)
    para(doc, "“Every one of those closures is because we had trucks blowing over or we expected "
              "to,” Olafsen said. “We would rather have them angry in a parking lot than on their "
              "side in the median.”")
    para(doc, "Light, high-profile vehicles are barred from the stretch whenever gusts pass 40 "
              "mph, even when the road is open to other traffic. The state transportation "
              "department is reviewing whether to lower that threshold to 35 mph.")
    para(doc, "[EMBED VIDEO: I80WIND_PKG_6P — 1:45]", color=GREY)
    para(doc, "Hollis Brandt, who manages the truck stop, said the restaurant ran out of "
              "breakfast sausage by 9 a.m. and staff were working double shifts. “We love the "
              "business, but we’re tired,” he said.")
    para(doc, "Forecasters expect the wind to ease Wednesday afternoon. Drivers can check road "
              "conditions by calling 511 or on the state’s travel information website.")
    para(doc, "KBXQ photojournalist Rory Eckhardt contributed to this report.", italic=True)
    para(doc, "Copyright 2026 KBXQ. All rights reserved.", size=8, color=GREY)
    add_footnotes(doc, {1: "Count from the state road-closure log, pulled 12/2 at 3 p.m. "
                           "Olafsen confirmed by phone. — ASP"})
    save(doc, "docx-tv-script-table-section-break-web-version-seq-captions-footnote-"
              "interstate-wind-closure.docx")


if __name__ == "__main__":
    hardware_store()
    wind_closure()

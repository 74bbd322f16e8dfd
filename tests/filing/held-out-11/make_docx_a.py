"""Build the two .docx documents of held-out set 11, part a.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-11/make_docx_a.py
Writes docx-*.docx next to this script. The output is byte-for-byte reproducible: every date
in the package is fixed and the zip is rewritten with fixed timestamps. The pictures are small
PNGs of a horizon, a field and a sun, drawn here with zlib/struct. Tracked changes, the comment
thread (commentsExtended part), the decorative-picture flag, the WordArt text box, the text box
holding a picture and its caption, line numbering and the page fields are raw XML. The answer
keys (*.expected.yaml) are written by hand; this script does not produce them.
"""
import io
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x70, 0x70, 0x70)
ZIP_TIME = (2027, 1, 19, 12, 0, 0)


# ------------------------------------------------------------------ pictures
def scene_png(n, w=120, h=80):
    """A sky, a horizon and a sun; colours vary with n."""
    skies = [(150, 185, 220), (190, 200, 210), (235, 200, 150), (170, 170, 175)]
    grounds = [(235, 235, 240), (150, 60, 60), (90, 110, 70), (200, 180, 60)]
    sky, ground = skies[n % 4], grounds[n % 4]
    horizon = h // 2 + (n % 3) * 6
    sx, sy, sr = 25 + 20 * (n % 4), 18, 8
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if (x - sx) ** 2 + (y - sy) ** 2 < sr * sr:
                px = (250, 240, 180)
            elif y < horizon:
                k = y * 40 // horizon
                px = tuple(max(0, c - k) for c in sky)
            else:
                px = tuple(max(0, c - ((x + y) % 7) * 4) for c in ground)
            raw += bytes(px)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def rule_png(w=400, h=6):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        raw += bytes((120, 120, 120) if y in (2, 3) else (255, 255, 255)) * w

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture_run(paragraph, png, width, descr="", title=None):
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png), width=Inches(width))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
        if title is not None:
            el.set("title", title)
    return run


# ------------------------------------------------------------------ text helpers
def add_run(p, text, bold=False, italic=False, size=None, color=None, style=None,
            small_caps=False, highlight=None):
    r = p.add_run(text, style=style)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if small_caps:
        r.font.small_caps = True
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def para(doc, text="", style=None, align=None, **kw):
    p = doc.add_paragraph(style=style)
    if text:
        add_run(p, text, **kw)
    if align is not None:
        p.alignment = align
    return p


REV = iter(range(900, 999))


def track(run, kind, author, date):
    """Wrap a run in w:ins or w:del (for w:del its w:t become w:delText)."""
    wrap = OxmlElement("w:" + kind)
    wrap.set(qn("w:id"), str(next(REV)))
    wrap.set(qn("w:author"), author)
    wrap.set(qn("w:date"), date)
    r = run._r
    r.addprevious(wrap)
    wrap.append(r)
    if kind == "del":
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    return wrap


def track_mark(paragraph, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), str(next(REV)))
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), date)
    rpr.append(m)


def field_runs(p, instr, shown):
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:t>{shown}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml))


def set_core(doc, author, title, rev):
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = rev
    cp.created = dt.datetime(2027, 1, 18, 15, 4, 0)
    cp.modified = dt.datetime(2027, 1, 19, 22, 31, 0)
    cp.last_printed = dt.datetime(2027, 1, 19, 22, 0, 0)
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def save(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(out.getvalue())
    print("wrote", name)


# ============================================================ 1. propane buses
def propane_buses():
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    # line numbering, as some desks turn on for edits by phone ("graf 3, line 12")
    sec._sectPr.append(parse_xml(
        f'<w:lnNumType {nsdecls("w")} w:countBy="1" w:distance="360" w:restart="continuous"/>'))
    hp = sec.header.paragraphs[0]
    add_run(hp, "BUSES-PROPANE — Ruiz-Tenorio/Breckenridge — 24 in — for Tues A1", size=8,
            color=GREY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "DRAFT — Prairie Ledger newsroom — Page ", size=8, color=GREY)
    field_runs(fp, "PAGE", "1")
    add_run(fp, " of ", size=8, color=GREY)
    field_runs(fp, "NUMPAGES", "2")

    DESK, REPORTER = "Haldis Brekke", "Alma Ruiz-Tenorio"
    T1, T2 = "2027-01-19T21:40:00Z", "2027-01-19T21:52:00Z"

    # the reporter's template puts the slug in Title and the headline in Heading 2
    para(d, "BUSES-PROPANE", style="Title")
    para(d, "After a week of gelled fuel, Missouri Slope schools will move 40 buses to "
         "propane", style="Heading 2")
    para(d, "Diesel buses stalled on routes during the January cold snap, stranding students "
         "for up to an hour; the district says propane buses start at 30 below",
         style="Intense Quote")
    by = d.add_paragraph()
    add_run(by, "By ")
    add_run(by, "Alma Ruiz-Tenorio and Kofi Breckenridge", style="Book Title")
    para(d, "Prairie Ledger staff", style=None, italic=True, color=GREY, size=9)
    note = d.add_paragraph()
    add_run(note, "EDITOR’S NOTE (Haldis): Hold for Tuesday A1; web can go Monday night. Kofi’s "
            "frames are in the BUSES folder.", bold=True, highlight=WD_COLOR_INDEX.YELLOW)

    p1 = d.add_paragraph(style="List Paragraph")
    add_run(p1, "BISMARCK, N.D.", bold=True)
    add_run(p1, " — The Missouri Slope School District will replace ")
    forty = add_run(p1, "40")
    add_run(p1, " of its diesel school buses with propane buses over the next two years, the "
            "school board decided Monday, after a week of subzero temperatures left buses "
            "stalled on rural routes with students aboard.")
    c1 = d.add_comment(forty, text="Transportation memo says 38 buses. Which is it?",
                       author=DESK, initials="HB")
    c2 = d.add_comment(forty, text="40 — board amended it Monday night. Confirmed with "
                       "Haugland.", author=REPORTER, initials="AR")
    for c, date, pid in ((c1, T1, "3A1F0C21"), (c2, T2, "3A1F0C22")):
        c._comment_elm.set(qn("w:date"), date)
        c._comment_elm.find(qn("w:p")).set(qn("w14:paraId"), pid)
        c._comment_elm.find(qn("w:p")).set(qn("w14:textId"), "77777777")

    para(d, "Fuel gelled in at least 17 buses between Jan. 11 and Jan. 15, when overnight lows "
         "reached 34 below zero, district transportation director Curtis Haugland told the "
         "board. Diesel fuel thickens into a waxy gel in extreme cold, clogging filters and "
         "fuel lines.", style="List Paragraph")
    para(d, "On Jan. 13, a bus carrying 22 students stalled on a gravel road north of Wilton, "
         "and the children waited about 50 minutes for a replacement bus while the driver kept "
         "the cabin warm with a battery-powered heater, Haugland said. No one was hurt.",
         style="List Paragraph")

    pic1 = d.add_paragraph()
    picture_run(pic1, scene_png(0), 5.0,
                descr="A school bus with its engine hood tilted open in a snowy garage bay",
                title="IMG_4471.JPG")
    para(d, "A mechanic works on a stalled bus at the Missouri Slope School District bus "
         "garage in Bismarck, N.D., on Friday, Jan. 15, 2027.", style="Caption")
    cr1 = d.add_paragraph()
    cr1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(cr1, "Photo by Kofi Breckenridge/Prairie Ledger", style="Subtle Reference")

    para(d, "“I had parents call me from their kitchens watching the GPS dot not move,” board "
         "president Lorraine Escobedo-Wahl said. “That is not a phone call I want to get "
         "again.”", style="List Paragraph")

    # a picture the editor took out, with its caption and credit: tracked deletions
    pic3 = d.add_paragraph()
    r3 = picture_run(pic3, scene_png(3), 4.5,
                     descr="Children in winter coats sit in the seats of a school bus")
    track(r3, "del", DESK, T1)
    track_mark(pic3, "del", DESK, T1)
    cap3 = d.add_paragraph(style="Caption")
    track(add_run(cap3, "Students wait inside a replacement bus north of Wilton on Wednesday, "
                  "Jan. 13, 2027."), "del", DESK, T1)
    track_mark(cap3, "del", DESK, T1)
    cr3 = d.add_paragraph()
    cr3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    track(add_run(cr3, "Submitted photo", style="Subtle Reference"), "del", DESK, T1)
    track_mark(cr3, "del", DESK, T1)

    # a decorative divider marked "decorative" (no alt text, not an article picture)
    rule = d.add_paragraph()
    rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = picture_run(rule, rule_png(), 3.0, descr="")
    for el in rr._r.iter(qn("wp:docPr")):
        el.set("name", "Divider")
        el.append(parse_xml(
            '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
            '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/'
            'decorative" val="1"/></a:ext></a:extLst>'))

    para(d, "Cost and fueling", bold=True)
    p5 = d.add_paragraph()
    add_run(p5, "The propane buses cost ")
    track(add_run(p5, "roughly "), "del", DESK, T1)
    track(add_run(p5, "about "), "ins", DESK, T1)
    add_run(p5, "$14,000 more apiece than comparable diesel buses, but the district expects to "
            "recover much of that through lower fuel and maintenance costs and a state "
            "clean-transportation grant it applied for in December, business manager Deb "
            "Skalicky-Moen said. The first 16 buses would arrive before next winter.")
    para(d, "The district will also build a propane fueling station at its bus garage on the "
         "east side of Bismarck. Until it is finished, buses will fuel at a propane dealer’s "
         "station a mile away under a contract the board approved Monday.")

    # a picture the editor added: tracked insertions
    pic2 = d.add_paragraph()
    r2 = picture_run(pic2, scene_png(2), 4.5,
                     descr="A yellow school bus with a propane tank visible beneath its side "
                     "panel", title="dealer_propane_bus.jpg")
    track(r2, "ins", DESK, T2)
    track_mark(pic2, "ins", DESK, T2)
    cap2 = d.add_paragraph(style="Caption")
    ins_run = add_run(cap2, "A propane-powered school bus at a dealer’s lot in Fargo, N.D., in "
                      "October.")
    c3 = d.add_comment(ins_run, text="Added the dealer’s photo — they OK’d use for this story. "
                       "Credit as shown.", author=DESK, initials="HB")
    c3._comment_elm.set(qn("w:date"), T2)
    c3._comment_elm.find(qn("w:p")).set(qn("w14:paraId"), "3A1F0C23")
    c3._comment_elm.find(qn("w:p")).set(qn("w14:textId"), "77777777")
    track(ins_run, "ins", DESK, T2)
    track_mark(cap2, "ins", DESK, T2)
    cr2 = d.add_paragraph()
    cr2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    track(add_run(cr2, "Courtesy of Red River Bus Sales", style="Subtle Reference"), "ins",
          DESK, T2)
    track_mark(cr2, "ins", DESK, T2)

    for t in (
        "Drivers who have used propane buses in other districts say they start reliably in "
        "the cold and warm up faster, Haugland said, though they get fewer miles per gallon.",
        "Not everyone on the board was convinced. Member Gary Thorsrud voted against the plan, "
        "saying the district should first try better fuel additives, block heaters and heated "
        "storage for the buses it already has. “We’re buying 40 buses to fix a problem that a "
        "$60 plug-in fixes most of the time,” he said.",
        "The board voted 6-1 for the plan.",
        "Haugland said the district had treated its diesel with anti-gel additives all winter "
        "and that all of the buses that failed had been parked outside, because the district’s "
        "heated garage holds only 28 of its 95 buses.",
        "Parents can sign up for text alerts about bus delays on the district’s website.",
    ):
        para(d, t)
    para(d, "Prairie Ledger reporter Nadia Fjelstad contributed to this report.", italic=True)
    para(d, "Alma Ruiz-Tenorio covers education for the Prairie Ledger. Kofi Breckenridge is a "
         "Ledger photographer and reporter.", italic=True, color=GREY, size=9)

    # the reply thread and its resolved state live in commentsExtended.xml
    ext = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
           '2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'mc:Ignorable="w15">'
           '<w15:commentEx w15:paraId="3A1F0C21" w15:done="1"/>'
           '<w15:commentEx w15:paraId="3A1F0C22" w15:paraIdParent="3A1F0C21" w15:done="1"/>'
           '<w15:commentEx w15:paraId="3A1F0C23" w15:done="0"/>'
           '</w15:commentsEx>')
    part = Part(PackURI("/word/commentsExtended.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml."
                "commentsExtended+xml", ext.encode("utf8"), d.part.package)
    d.part.relate_to(part, "http://schemas.microsoft.com/office/2011/relationships/"
                     "commentsExtended")
    # Word shows the draft with changes visible
    d.settings.element.append(parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))
    set_core(d, "Alma Ruiz-Tenorio", "buses propane draft", 7)
    save(d, "docx-misused-styles-comment-reply-thread-tracked-picture-swap-propane-buses.docx")


# ============================================================ 2. blueberry barrens
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')


def textbox_run(box_id, name, paras_xml, cx, cy, wordart=False, rel_h=251659264):
    """A floating DrawingML text box with the VML fallback Word writes beside it."""
    body_pr = ('<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
               'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"'
               + (' fromWordArt="1"><a:prstTxWarp prst="textPlain"><a:avLst/></a:prstTxWarp>'
                  '<a:spAutoFit/></wps:bodyPr>' if wordart else '><a:spAutoFit/></wps:bodyPr>'))
    wrap_dml = '<wp:wrapTopAndBottom/>' if wordart else '<wp:wrapSquare wrapText="bothSides"/>'
    pos_h = ('<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
             if wordart else
             '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>')
    line = ('<a:ln><a:noFill/></a:ln>' if wordart else
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln>')
    dml = (
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" '
        f'distL="114300" distR="114300" simplePos="0" relativeHeight="{rel_h}" behindDoc="0" '
        f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>{pos_h}'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_dml}'
        f'<wp:docPr id="{box_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect">'
        f'<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{line}'
        f'</wps:spPr><wps:txbx><w:txbxContent>{paras_xml(box_id + 1)}</w:txbxContent></wps:txbx>'
        f'{body_pr}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    w_pt, h_pt = cx / 12700, cy / 12700
    vml_fill = ('filled="f" stroked="f"' if wordart
                else 'strokecolor="#a6a6a6" strokeweight=".5pt"')
    vml_h = "center" if wordart else "right"
    vml_wrap = "topAndBottom" if wordart else "square"
    vml = (
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
        f'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s10{box_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{w_pt:.1f}pt;'
        f'height:{h_pt:.1f}pt;z-index:{rel_h};mso-position-horizontal:{vml_h};'
        f'mso-position-horizontal-relative:margin" {vml_fill}>'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras_xml(box_id + 50)}'
        f'</w:txbxContent></v:textbox><w10:wrap type="{vml_wrap}"/>'
        f'</v:shape></w:pict></mc:Fallback>')
    return parse_xml(f'<w:r {W_NS}><mc:AlternateContent>{dml}{vml}</mc:AlternateContent></w:r>')


def blueberry_barrens():
    d = Document()
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    add_run(sec.header.paragraphs[0], "SOLAR-BARRENS · Marchbanks · v3 · 1,150 words", size=8,
            color=GREY)
    add_run(sec.even_page_header.paragraphs[0], "Down East Packet · Weekend edition draft",
            size=8, color=GREY)
    for ft in (sec.footer, sec.even_page_footer):
        fp = ft.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_run(fp, "Page ", size=8, color=GREY)
        field_runs(fp, "PAGE", "1")
        add_run(fp, " of ", size=8, color=GREY)
        field_runs(fp, "NUMPAGES", "2")

    headline = "A solar lease on the blueberry barrens splits a Washington County town"

    def wordart_paras(_):
        return ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
                '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:b/><w:color w:val="2F5496"/>'
                '<w:sz w:val="52"/><w14:textOutline w14:w="9525" w14:cap="flat" '
                'w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:srgbClr w14:val="1F3864"/>'
                '</w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>'
                '<w14:shadow w14:blurRad="38100" w14:dist="19050" w14:dir="2700000" '
                'w14:sx="100000" w14:sy="100000" w14:kx="0" w14:ky="0" w14:algn="tl">'
                '<w14:srgbClr w14:val="000000"><w14:alpha w14:val="60000"/></w14:srgbClr>'
                '</w14:shadow></w:rPr>'
                f'<w:t>{escape(headline)}</w:t></w:r></w:p>')

    hp = d.add_paragraph()
    hp._p.append(textbox_run(20, "WordArt 1", wordart_paras, 5943600, 1005840, wordart=True,
                             rel_h=251658240))
    para(d, "Growers say the 1,300-acre project would keep a struggling family farm alive. "
         "Neighbors say it would fence off land they have picked and hunted on for "
         "generations.", style="Subtitle")
    by = d.add_paragraph()
    add_run(by, "By Fenella Marchbanks", bold=True)
    add_run(by, " · ", color=GREY)
    add_run(by, "Photographs by Jonah Treadwell", bold=True)

    # the lead picture sits in a floating text box with its caption and credit
    tmp = d.add_paragraph()
    picture_run(tmp, scene_png(1), 2.6,
                descr="Low red blueberry bushes stretch to a line of distant trees under a "
                "gray sky", title="barrens_wide_0117")
    drawing_xml = tmp._p.find(qn("w:r")).find(qn("w:drawing"))
    inline = etree.tostring(drawing_xml).decode()
    tmp._p.getparent().remove(tmp._p)

    def pic_box_paras(docpr_id):
        inl = re.sub(r'<wp:docPr id="\d+"', f'<wp:docPr id="{docpr_id}"', inline)
        return ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>' + inl + '</w:r></w:p>'
                '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/>'
                '</w:rPr><w:t xml:space="preserve">The Pellerin-Haskell family’s blueberry '
                'barrens in Columbia Falls, Maine, on Sunday, Jan. 17, 2027. The family wants to '
                'lease 1,300 acres to a solar developer.</w:t></w:r></w:p>'
                '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="16"/>'
                '</w:rPr><w:t>Jonah Treadwell/Down East Packet</w:t></w:r></w:p>')

    p1 = d.add_paragraph()
    p1._p.append(textbox_run(30, "Text Box 2", pic_box_paras, 2651760, 2377440,
                             rel_h=251660288))
    add_run(p1, "COLUMBIA FALLS, Maine", bold=True)
    add_run(p1, " — For four generations the Pellerin-Haskell family has raked wild blueberries "
            "on the same stretch of barrens north of Route 1, a rolling, treeless plain that "
            "turns red in the fall and is burned every other spring to keep the bushes low.")
    for t in (
        "Now the family wants to lease 1,300 acres of it to a solar developer, and the plan "
        "has divided this town of about 500 people more sharply than anything residents can "
        "remember.",
        "At a packed hearing of the town’s planning board on Monday night, 41 people spoke "
        "over nearly four hours. The board did not vote and will continue the hearing Feb. 8.",
        "“Wild blueberry prices have been below what it costs us to grow them for six of the "
        "last eight years,” said Ada Pellerin-Haskell, 46, who runs the farm with her husband "
        "and father. “The lease pays on every acre every year, whether it rains or doesn’t. "
        "That is the difference between keeping this farm and selling it.”",
    ):
        para(d, t)
    p5 = d.add_paragraph()
    add_run(p5, "The developer, Tidewater Sun Partners of Portland, would pay the family about "
            "$1,100 an acre each year for 35 years, according to a summary of the lease filed "
            "with the town. The project would produce up to 180 megawatts, enough for about "
            "40,000 homes, and connect to a transmission line that crosses the barrens.")
    add_run(p5, " [CHECK: 180 MW is from the lease summary — Tidewater’s website says 160. —FM]",
            bold=True, highlight=WD_COLOR_INDEX.YELLOW)

    pic2 = d.add_paragraph()
    picture_run(pic2, scene_png(2), 4.8,
                descr="A woman in a wool hat speaks at a microphone in a crowded gymnasium")
    cap2 = d.add_paragraph(style="Caption")
    add_run(cap2, "Ada Pellerin-Haskell speaks at the planning board hearing on Monday. ")
    add_run(cap2, "— Jonah Treadwell/Down East Packet", italic=True)

    para(d, "Land everyone knows", style="Heading 3")
    for t in (
        "Opponents say the barrens, though privately owned, have long been open to the town. "
        "People pick berries along the edges in August, hunt deer and grouse in the fall and "
        "ride snowmobiles across them in winter.",
        "“My grandmother raked that field. I raked that field. My kids rake that field,” said "
        "Wendell Crowley-Amos, 58, a lobsterman who lives on the road that borders the "
        "property. “They’re going to put an eight-foot fence around it and call it progress.”",
        "Others worry about what the panels would do to the land itself. Marguerite "
        "Dion-Fessenden, a retired soil scientist who lives in town, told the board that the "
        "barrens’ thin, sandy soil takes decades to recover from grading and that the lease "
        "did not say how the land would be restored.",
        "A Tidewater Sun project manager, Rafael Osterhout, said the company would not grade "
        "the fields, would mount the panels on driven posts and would leave the blueberry "
        "plants in place between the rows, where sheep would graze them. The lease requires "
        "the company to post a bond to pay for removing the panels, he said.",
    ):
        para(d, t)

    pic3 = d.add_paragraph()
    picture_run(pic3, scene_png(3), 4.0, descr="")
    para(d, "Rakers on the Pellerin-Haskell barrens in August 1958.", style="Caption")
    para(d, "Courtesy of the Pellerin-Haskell family", align=WD_ALIGN_PARAGRAPH.RIGHT,
         italic=True, small_caps=True, size=9)

    for t in (
        "Town officials said they had no ordinance that would let them block the project "
        "outright. The planning board can attach conditions, such as setbacks from roads and "
        "homes, limits on fencing and a plan for taking the project down at the end of the "
        "lease.",
        "Pellerin-Haskell said the family would keep raking the 400 acres it is not leasing. "
        "“We are not leaving the barrens,” she said. “We are trying to stay on them.”",
    ):
        para(d, t)
    para(d, "Fenella Marchbanks reports on Washington County for the Down East Packet.",
         italic=True, color=GREY, size=9)
    para(d, "-30-", align=WD_ALIGN_PARAGRAPH.CENTER)

    # what Word's Transcribe pane inserted from the reporter's recording
    para(d, "Transcript", style="Heading 1")
    para(d, "blueberry_hearing_0118.m4a", color=GREY, size=9)
    for stamp, who, said in (
        ("00:00:04", "Speaker 1", "So the lease is 35 years, and the bond covers taking out "
         "the posts, the racking, the wiring, all of it."),
        ("00:00:19", "Speaker 2", "And the bushes stay where they are?"),
        ("00:00:21", "Speaker 1", "The bushes stay. We drive the posts between the rows and "
         "the sheep keep it mowed underneath."),
        ("00:00:33", "Speaker 2", "Okay. Can you spell your last name for me?"),
    ):
        sp = d.add_paragraph()
        add_run(sp, stamp + " ", color=GREY, size=9)
        add_run(sp, who, bold=True, size=9)
        para(d, said, size=10)
    para(d, "Transcript generated by Microsoft Word. Accuracy may vary.", italic=True,
         color=GREY, size=8)
    set_core(d, "Fenella Marchbanks", "solar barrens v3", 12)
    save(d, "docx-wordart-headline-textbox-picture-caption-transcribe-appendix-blueberry-"
         "barrens-solar.docx")


if __name__ == "__main__":
    propane_buses()
    blueberry_barrens()

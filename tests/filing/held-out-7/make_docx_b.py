"""Build the two .docx documents of the held-out-7 filing set (writer b).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-7/make_docx_b.py
Writes the two docx-*.docx files next to this script. The pictures are small PNGs of
concentric rings drawn here with zlib/struct. Hidden text, tracked moves and the
DrawingML text box (with its VML fallback, as Word writes it) are raw XML. The answer
keys (*.expected.yaml) are written by hand; this script does not produce them.
"""
import io
import os
import struct
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)
DATE = "2026-12-02T15:20:00Z"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def ring_png(n, w=96, h=64):
    """Concentric rings in two colours."""
    cols = [((20, 70, 110), (180, 210, 230)), ((120, 60, 30), (240, 215, 190)),
            ((40, 100, 70), (200, 235, 215))][n % 3]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            d = int(((x - w / 2) ** 2 + (y - h / 2) ** 2) ** 0.5)
            raw += bytes(cols[(d // 6) % 2])

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


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


def hidden_run(p, text):
    """A run formatted as hidden text (w:vanish): on screen only with 'Show all'."""
    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:vanish {nsdecls("w")}/>'))
    rpr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="C00000"/>'))
    return r


def picture(doc, n, width, descr=""):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_picture(io.BytesIO(ring_png(n)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return p


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    run(cell.paragraphs[0], text, bold=bold, size=size)


def save(doc, name):
    doc.core_properties.author = "Metro Desk"
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- document 1

def budget_table_hidden_text():
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Cambria"
    styles["Normal"].font.size = Pt(11)

    para(doc, "METRO BUDGET — Thursday, Dec. 3, 2026 — as of 3:15 p.m.", bold=True, size=10)
    rows = [
        ("SLUG", "REPORTER", "LENGTH", "ART", "STATUS"),
        ("AMBULANCE (this file)", "Okafor-Lindh", "22 in.", "1 photo, Morrow", "READY for copy"),
        ("SNOWPLOW-BIDS", "Saar", "12 in.", "none", "Thurs p.m."),
        ("LIBRARY-HOURS", "Pell", "brief", "mug", "READY for copy"),
    ]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0))
    para(doc, "Budget line: County signs three-year deal with Fenwick Fire & Rescue for west-end "
              "ambulance coverage; vote 4-1. Snowplow bids come in 30 percent over estimate. "
              "Ossian branch library cuts Saturday hours.", italic=True, size=9, color=GREY)
    para(doc, "")

    para(doc, "Marlow County will pay Fenwick $1.2 million to cover rural ambulance calls",
         bold=True, size=18)
    para(doc, "The three-year deal is meant to end waits of up to 40 minutes for an ambulance "
              "in the county’s west end.", italic=True, size=13)
    para(doc, "By Farrah Okafor-Lindh, Marlow Sentinel", size=11)

    p = doc.add_paragraph()
    run(p, "OSSIAN", bold=True)
    run(p, " — Marlow County commissioners voted 4-1 on Tuesday to pay the Fenwick Fire & "
           "Rescue district $1.2 million over three years to answer ambulance calls in the "
           "county’s four western townships, which have had no ambulance station of their own "
           "since a private service pulled out in March.")

    p = doc.add_paragraph()
    run(p, "Since then, residents of Greer, Halloway, Upton and Sable townships have waited as "
           "long as 40 minutes")
    hidden_run(p, " [CHECK: 40 min is Hobbs’s number, verify against dispatch logs before print]")
    run(p, " for an ambulance to arrive from the county seat, according to figures presented at "
           "the meeting by Emergency Management Director Carl Hobbs.")

    p = doc.add_paragraph()
    run(p, "“We have been lucky, and luck is not a plan,” Commissioner Odette Vanterpool said "
           "before the vote. “Every one of us has heard from a family that sat in a driveway "
           "waiting.”")

    picture(doc, 0, 4.5, descr="A paramedic in a navy jacket carries an oxygen bag into the "
                                 "back of a white ambulance inside a fire station bay")
    para(doc, "Paramedic Lonnie Graves restocks a Fenwick Fire & Rescue ambulance at Station 2 on "
              "Monday. (Janek Morrow/Marlow Sentinel)", style="Caption")

    p = doc.add_paragraph()
    run(p, "Under the agreement, Fenwick will staff a second ambulance around the clock at its "
           "Station 2 on Route 14, about 6 miles from the Greer township line. The county will "
           "pay $400,000 a year and Fenwick will keep what it bills patients’ insurers.")

    para(doc, "What the county gets", style="Heading 2")

    p = doc.add_paragraph()
    run(p, "Fenwick Chief Renata Dolby said the district expects to reach most west-end "
           "addresses in 15 minutes or less.")
    hidden_run(p, " NOTE: Dolby said 12 on the phone, 15 at the meeting. Using 15.")
    run(p, " The contract requires quarterly reports on response times.")

    p = doc.add_paragraph()
    run(p, "Commissioner Glenn Ashby cast the only vote against the deal. He said the county "
           "should build its own station instead of “renting one from our neighbors,” and asked "
           "staff to price one out before the contract comes up for renewal in 2029.")

    p = doc.add_paragraph()
    run(p, "The new ambulance is expected to go into service Jan. 4.")

    para(doc, "Sentinel reporter Benedikt Saar contributed to this report.", italic=True)
    para(doc, "")
    para(doc, "SOURCES (for the desk — not for publication)", bold=True, size=10)
    for s in ["Marlow County Commission meeting, Dec. 1, 2026 (video, 1:12:40 onward)",
              "Carl Hobbs, Emergency Management Director — phone, Nov. 30",
              "Renata Dolby, Fenwick Fire & Rescue chief — phone, Dec. 1",
              "Interlocal agreement draft, 14 pp., from county clerk"]:
        para(doc, s, style="List Number", size=10)

    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    run(fp, "AMBULANCE — Okafor-Lindh — 2nd draft — Page ", size=8, color=GREY)
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                    f'</w:fldSimple>')
    fp._p.append(fld)
    run(fp, " of ", size=8, color=GREY)
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>2'
                           f'</w:t></w:r></w:fldSimple>'))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    save(doc, "docx-budget-table-hidden-text-sources-list-ambulance-contract.docx")


# ---------------------------------------------------------------- document 2

def r_xml(text, bold=False, extra=""):
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + extra + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def textbox_xml(rid_unused, lines, box_id):
    """A floating DrawingML text box with a VML fallback, as Word 2016+ writes it.
    lines: list of (text, bold)."""
    small = '<w:sz w:val="18"/>'
    body = "".join(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{r_xml(t, b, small)}</w:p>'
                   for t, b in lines)
    return (
        f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3429000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-1143000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2057400" cy="1028700"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2057400" cy="1028700"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {box_id}" o:spid="_x0000_s10{box_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:270pt;margin-top:-90pt;width:162pt;height:81pt;'
        'z-index:251659264;mso-wrap-style:square" fillcolor="#f2f2f2" stroked="f">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        '</w:p>')


def append_xml(doc, xml):
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)   # before the final sectPr
    return el


def tracked_move_textbox():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    ed = 'w:author="Priscilla Agyeman (Metro)" w:date="%s"' % DATE

    para(doc, "Volunteer divers pull 40 tons of ghost nets from Kessock Bay", bold=True, size=20)
    para(doc, "In a second season underwater, the net recovery project has found gear lost as "
              "long ago as the 1980s — and a few things that were not fishing gear at all.",
         size=13, color=GREY)
    p = para(doc, "Ilse Marchetti — Staff Writer", bold=True, size=10)
    para(doc, "Photographs by Tavish Oduya-Brennan", size=10, color=GREY)

    p = doc.add_paragraph()
    run(p, "KESSOCK BAY, Alaska", bold=True)
    run(p, " — For eight weeks this fall, a rotating crew of 23 volunteer divers spent their "
           "weekends 40 to 90 feet under the cold water of Kessock Bay, cutting lost fishing nets "
           "off the rocks one section at a time.")

    # moveTo: the paragraph the editor moved up, with a word changed inside the move
    append_xml(doc,
        f'<w:p {W}><w:pPr><w:rPr><w:moveTo w:id="11" {ed}/></w:rPr></w:pPr>'
        f'<w:moveToRangeStart w:id="10" {ed} w:name="move_nets_total"/>'
        f'<w:moveTo w:id="12" {ed}>{r_xml("By the time the season ended Nov. 22, they had pulled ")}</w:moveTo>'
        f'<w:del w:id="13" {ed}><w:r><w:delText xml:space="preserve">about </w:delText></w:r></w:del>'
        f'<w:ins w:id="14" {ed}>{r_xml("nearly ")}</w:ins>'
        f'<w:moveTo w:id="15" {ed}>{r_xml("40 tons of net, line and rope from the bay, more than double last year’s haul, according to the Kessock Bay Net Recovery Project, which organizes the dives.")}</w:moveTo>'
        f'<w:moveToRangeEnd w:id="10"/></w:p>')

    p = doc.add_paragraph()
    run(p, "Ghost nets — gillnets and trawl nets lost or abandoned at sea — keep catching fish, "
           "crabs and the occasional seal for years after they are gone from a boat. Project "
           "director Noor Halvorsen-Achebe said one 300-foot gillnet recovered in October held the "
           "remains of more than 200 Dungeness crabs.")

    p = doc.add_paragraph()
    run(p, "“You come up from one of those dives and you don’t talk much for a while,” said "
           "Halvorsen-Achebe, a former commercial diver.")

    # the same paragraph at its old place, as a tracked move-from
    append_xml(doc,
        f'<w:p {W}><w:pPr><w:rPr><w:moveFrom w:id="21" {ed}/></w:rPr></w:pPr>'
        f'<w:moveFromRangeStart w:id="20" {ed} w:name="move_nets_total"/>'
        f'<w:moveFrom w:id="22" {ed}>{r_xml("By the time the season ended Nov. 22, they had pulled about 40 tons of net, line and rope from the bay, more than double last year’s haul, according to the Kessock Bay Net Recovery Project, which organizes the dives.")}</w:moveFrom>'
        f'<w:moveFromRangeEnd w:id="20"/></w:p>')

    picture(doc, 1, 3.2, descr="A diver with a headlamp grips a knife beside a tangle of green "
                                "netting draped over an underwater rock")
    append_xml(doc, textbox_xml(None, [
        ("A diver from the Kessock Bay Net Recovery Project cuts a gillnet free from a rock "
         "ledge 60 feet down on Nov. 19.", False),
        ("Tavish Oduya-Brennan/Tidewater Ledger", True)], 7))

    p = doc.add_paragraph()
    r = run(p, "Most of the nets date from the 1990s and 2000s, when a bigger gillnet fleet "
               "worked the bay, but the divers also found a net tagged with a 1984 permit number.")
    # an editor's formatting change on this run, left tracked (w:rPrChange)
    r._r.get_or_add_rPr().append(parse_xml(
        f'<w:rPrChange {nsdecls("w")} w:id="31" w:author="Priscilla Agyeman (Metro)" '
        f'w:date="{DATE}"><w:rPr><w:b/></w:rPr></w:rPrChange>'))
    p = doc.add_paragraph()
    run(p, "Among the other things they brought up: two crab pots, a shopping cart, a "
           "snowmachine seat and a bronze ship’s bell that the project has handed to the Kessock "
           "Historical Society.")

    picture(doc, 2, 4.5)
    para(doc, "Nets recovered in November are piled at the Kessock harbor boatyard before being "
              "shipped to a recycler in Washington state. Courtesy of Kessock Bay Net Recovery "
              "Project", style="Caption")

    p = doc.add_paragraph()
    run(p, "The project is paid for with a $180,000 grant from the state’s marine debris fund "
           "and donations. The recovered nylon is shredded and made into pellets for plastic "
           "lumber, Halvorsen-Achebe said.")
    p = doc.add_paragraph()
    run(p, "The divers plan to return in April to the north side of the bay, where a sonar survey "
           "found what looks like another 15 tons of net.")

    para(doc, "Kessock Sound Radio’s Pauline Achterberg contributed reporting.", italic=True)
    para(doc, "ENDIT", bold=True)
    save(doc, "docx-tracked-move-drawingml-textbox-ghost-nets.docx")


if __name__ == "__main__":
    budget_table_hidden_text()
    tracked_move_textbox()

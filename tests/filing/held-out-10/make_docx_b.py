"""Build the two .docx documents of held-out-10 (writer b).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-10/make_docx_b.py

Writes the docx-*.docx files next to this script. The pictures are small PNGs
drawn here with zlib/struct (a horizon with a few round shapes). Word comments
use python-docx's own comments support; the "Page X of Y" fields, the grouped
picture-plus-caption drawing, the floating text box and the non-breaking
hyphen are written as raw XML. The answer keys (*.expected.yaml) are written by
hand; this script does not produce them.
"""
import io
import os
import struct
import zlib
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)


# --------------------------------------------------------------------------
# pictures


def scene_png(sky, ground, dots, w=120, h=80, horizon=0.45):
    """A flat scene: sky above a horizon, ground below, and filled circles."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            col = sky if y < h * horizon else ground
            for cx, cy, r, c in dots:
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    col = c
            row += bytes(col)
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


BERRIES = scene_png((170, 200, 225), (60, 90, 150),
                    [(20 + 9 * i % 100, 44 + (7 * i) % 30, 3, (190, 20, 40)) for i in range(40)]
                    + [(60, 30, 9, (40, 60, 40))])
DOCKS = scene_png((200, 215, 230), (215, 190, 140),
                  [(30, 50, 4, (110, 80, 50)), (50, 52, 4, (110, 80, 50)), (100, 70, 25, (90, 130, 170))])
HOVER = scene_png((190, 205, 220), (235, 240, 245),
                  [(60, 40, 14, (240, 120, 20)), (95, 60, 20, (70, 110, 150))])
THROW = scene_png((180, 195, 215), (245, 245, 250),
                  [(40, 50, 5, (230, 60, 30)), (80, 55, 5, (30, 60, 160)), (60, 65, 3, (240, 200, 0))])


def set_descr(run, descr):
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)


def inline_picture(paragraph, png, width, descr=""):
    r = paragraph.add_run()
    r.add_picture(io.BytesIO(png), width=width)
    set_descr(r, descr)
    return r


# --------------------------------------------------------------------------
# text helpers


def add_run(p, text, bold=False, italic=False, size=None, color=None, small_caps=False):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if small_caps:
        r.font.small_caps = True
    return r


def para(container, text="", style=None, align=None, space_after=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, **fmt)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_x_of_y(p, size=8):
    """'Page {PAGE} of {NUMPAGES}' with simple fields."""
    add_run(p, "Page ", size=size, color=GREY)
    p._p.append(parse_xml(
        '<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:color w:val="707070"/><w:sz w:val="16"/></w:rPr>'
        '<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
    add_run(p, " of ", size=size, color=GREY)
    p._p.append(parse_xml(
        '<w:fldSimple %s w:instr=" NUMPAGES "><w:r><w:rPr><w:color w:val="707070"/><w:sz w:val="16"/></w:rPr>'
        '<w:t>2</w:t></w:r></w:fldSimple>' % nsdecls("w")))


def table_rules(table):
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    # keep the schema order of w:tblPr: tblBorders goes before shd/tblLayout/tblCellMar/tblLook
    later = [c for c in tblPr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"),
                                           qn("w:tblLook"), qn("w:tblCaption"))]
    if later:
        later[0].addprevious(borders)
    else:
        tblPr.append(borders)


def save(doc, name):
    cp = doc.core_properties
    cp.author = "newsroom"
    cp.last_modified_by = "newsroom"
    doc.save(os.path.join(HERE, name))


# --------------------------------------------------------------------------
# 1. letterhead first-page header, Word comments, caption in a table,
#    credits in small caps


def cranberry_wells():
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)

    sec = d.sections[0]
    sec.different_first_page_header_footer = True

    fh = sec.first_page_header
    p = fh.paragraphs[0]
    add_run(p, "THE CENTRAL SANDS JOURNAL", bold=True, size=16, color=(0x8B, 0x1A, 0x1A))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(fh, "220 E. Grand Ave. · Wisconsin Rapids, Wis. 54494 · Newsroom 715-555-0190",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=8, color=GREY)

    hp = sec.header.paragraphs[0]
    add_run(hp, "CRANBERRY WELLS — Lindqvist/Ahn — 2nd draft for Wed. A1", size=8, color=GREY)

    for footer in (sec.first_page_footer, sec.footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        page_x_of_y(fp)

    para(d, "Cranberry growers say new well limits would leave marshes dry by August",
         bold=True, size=20, space_after=4)
    para(d, "A proposed state rule would cap pumping near 31 lakes and streams in central "
            "Wisconsin. Growers call it a threat to the harvest; lake associations call it overdue.",
         italic=True, size=13, color=(0x44, 0x44, 0x44), space_after=10)
    para(d, "By Signe Lindqvist and Daniel Ahn", bold=True, small_caps=True, space_after=0)
    para(d, "Journal staff", size=9, color=GREY, space_after=12)

    p = d.add_paragraph()
    add_run(p, "WISCONSIN RAPIDS, Wis. —", bold=True)
    add_run(p, " Cranberry growers in central Wisconsin say a proposed state rule limiting "
               "high-capacity wells near 31 lakes and streams would leave some of their marshes "
               "without enough water to flood for harvest by late summer.")

    para(d, "The rule, released for public comment on Nov. 19 by the state’s natural resources "
            "board, would cap how much water new and existing wells may pump within a half mile of "
            "lakes and trout streams that have dropped below set levels in three of the past five years.")

    p = d.add_paragraph()
    add_run(p, "At least ")
    anchor = add_run(p, "2,900 acres of cranberry beds")
    add_run(p, " in Wood, Portage and Juneau counties sit within those zones, according to a map "
               "the Central Sands Cranberry Growers Cooperative gave the Journal.")
    d.add_comment(anchor, text="Is 2,900 the co-op’s number or the board’s? Board map says 2,640.",
                  author="Pat Kowalczyk", initials="PK")

    # picture 1: in a two-row table; caption and small-caps credit in the row under it
    t = d.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_rules(t)
    pic_p = t.cell(0, 0).paragraphs[0]
    pic_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline_picture(pic_p, BERRIES, Inches(5.2),
                   "A man in waders pulls a boom across a flooded cranberry bed")
    cap_cell = t.cell(1, 0)
    cp = cap_cell.paragraphs[0]
    cap_run = add_run(cp, "Arne Vollmer corrals floating berries on his family’s marsh near "
                          "Cranmoor during the October harvest.", size=9)
    cr = para(cap_cell, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_run(cr, "Marit Olsen/Central Sands Journal", size=8, small_caps=True, color=GREY)
    d.add_comment(cap_run, text="Need ID for the man at left in the wide frame — MO",
                  author="Marit Olsen", initials="MO")
    para(d, "")

    para(d, "“You can’t grow a cranberry without flooding the bed twice a year, once to harvest "
            "and once to protect the vines over winter,” said Arne Vollmer, whose family has farmed "
            "a marsh near Cranmoor since 1921. “If I can’t pump in August, I don’t have a crop in "
            "October.”")
    para(d, "Lake associations have pushed for the limits for more than a decade. The Long Lake "
            "Property Owners Association says the lake north of Plainfield has dropped nearly four "
            "feet since 2008, leaving docks on dry sand and a public boat ramp unusable for most of "
            "the summer.")
    para(d, "“Nobody on our lake is against farming,” said the association’s president, Corinne "
            "Vanderhoof. “We’re against a lake turning into a meadow.”")

    para(d, "A three-year phase-in", style="Heading 2")

    para(d, "The rule would give existing wells three years to comply and would let farmers trade "
            "pumping allowances within the same watershed, a provision growers said they had asked for.")

    # picture 2: inline, then a Caption-style paragraph whose credit is a small-caps run
    pp = d.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline_picture(pp, DOCKS, Inches(4.6))
    cap = d.add_paragraph(style="Caption")
    add_run(cap, "Docks sit on dry sand at Long Lake north of Plainfield in August. ")
    add_run(cap, "Courtesy of the Long Lake Property Owners Association", small_caps=True)

    p = d.add_paragraph()
    add_run(p, "Hydrologist Pavel Sandoval, who helped draft the rule’s technical appendix, said "
               "most cranberry marshes draw on surface reservoirs rather than deep wells and ")
    anchor2 = add_run(p, "would be affected less than vegetable growers")
    add_run(p, " in the same area.")
    d.add_comment(anchor2, text="Sandoval asked to see his quote before we run. I told him we "
                                "don’t do that, but read him this paraphrase. — SL",
                  author="Signe Lindqvist", initials="SL")

    para(d, "The cooperative disputes that. Its general manager, Lorna Eichhorst, said 40% of member "
            "marshes now refill their reservoirs from wells during dry summers, up from about 10% "
            "two decades ago.")
    para(d, "The board will hold public hearings in Wisconsin Rapids on Jan. 8 and in Stevens Point "
            "on Jan. 12, and is taking written comments until Feb. 2. A final vote is not expected "
            "before next summer.")
    para(d, "Journal photographer Marit Olsen contributed reporting.", italic=True)
    para(d, "Reach Signe Lindqvist at slindqvist@centralsandsjournal.com or 715-555-0193.",
         italic=True, size=9, color=GREY)

    save(d, "docx-letterhead-header-comments-caption-table-smallcaps-credits-cranberry-wells.docx")


# --------------------------------------------------------------------------
# 2. a picture grouped with its caption text box, a floating desk-note text
#    box, three-name byline with an Oxford comma, page header and footer


GROUP_XML = """
<w:r %(ns)s>
  <mc:AlternateContent>
    <mc:Choice Requires="wpg">
      <w:drawing>
        <wp:anchor distT="0" distB="114300" distL="114300" distR="114300" simplePos="0"
                   relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>63500</wp:posOffset></wp:positionV>
          <wp:extent cx="%(w)d" cy="%(h)d"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapTopAndBottom/>
          <wp:docPr id="201" name="Group 201"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">
              <wpg:wgp>
                <wpg:cNvGrpSpPr/>
                <wpg:grpSpPr>
                  <a:xfrm><a:off x="0" y="0"/><a:ext cx="%(w)d" cy="%(h)d"/>
                    <a:chOff x="0" y="0"/><a:chExt cx="%(w)d" cy="%(h)d"/></a:xfrm>
                </wpg:grpSpPr>
                <pic:pic>
                  <pic:nvPicPr>
                    <pic:cNvPr id="202" name="Picture 202" descr=%(descr)s/>
                    <pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr>
                  </pic:nvPicPr>
                  <pic:blipFill><a:blip r:embed="%(rid)s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
                  <pic:spPr>
                    <a:xfrm><a:off x="0" y="0"/><a:ext cx="%(w)d" cy="%(ph)d"/></a:xfrm>
                    <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                  </pic:spPr>
                </pic:pic>
                <wps:wsp>
                  <wps:cNvPr id="203" name="Text Box 203"/>
                  <wps:cNvSpPr txBox="1"/>
                  <wps:spPr>
                    <a:xfrm><a:off x="0" y="%(ph)d"/><a:ext cx="%(w)d" cy="%(th)d"/></a:xfrm>
                    <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                    <a:noFill/><a:ln><a:noFill/></a:ln>
                  </wps:spPr>
                  <wps:txbx>
                    <w:txbxContent>%(paras)s</w:txbxContent>
                  </wps:txbx>
                  <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="45720" rIns="0" bIns="0"
                              anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
                </wps:wsp>
              </wpg:wgp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
  </mc:AlternateContent>
</w:r>
"""

NOTE_XML = """
<w:r %(ns)s>
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="45720" distB="45720" distL="182880" distR="0" simplePos="0"
                   relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="1920240" cy="1188720"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapSquare wrapText="left"/>
          <wp:docPr id="301" name="Text Box 301"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr>
                  <a:xfrm><a:off x="0" y="0"/><a:ext cx="1920240" cy="1188720"/></a:xfrm>
                  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                  <a:solidFill><a:srgbClr val="FFF2A8"/></a:solidFill>
                  <a:ln w="6350"><a:solidFill><a:srgbClr val="C9A800"/></a:solidFill></a:ln>
                </wps:spPr>
                <wps:txbx>
                  <w:txbxContent>%(paras)s</w:txbxContent>
                </wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440"
                            bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
  </mc:AlternateContent>
</w:r>
"""

DRAWING_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
              'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def w_para(text, bold=False, italic=False, size=None, align=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if size:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
    ppr = '<w:pPr><w:spacing w:after="40"/>%s</w:pPr>' % (
        '<w:jc w:val="%s"/>' % align if align else "")
    return '%s<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (
        ppr, rpr, escape(text))


def grouped_picture(doc, paragraph, png, descr, caption, credit, width_in=5.0):
    rid, _ = doc.part.get_or_add_image(io.BytesIO(png))
    w = int(Inches(width_in))
    ph = int(w * 80 / 120)
    th = int(Inches(0.75))
    paras = "<w:p>%s</w:p><w:p>%s</w:p>" % (
        w_para(caption, italic=True, size=9),
        w_para(credit, bold=True, size=8, align="right", color="595959"))
    xml = GROUP_XML % dict(ns=DRAWING_NS, w=w, h=ph + th, ph=ph, th=th, rid=rid,
                           descr=quoteattr(descr), paras=paras)
    paragraph._p.append(parse_xml(xml))


def desk_note_box(paragraph, lines):
    paras = "".join("<w:p>%s</w:p>" % w_para(t, bold=(i == 0), size=8, color="5A4A00")
                    for i, t in enumerate(lines))
    paragraph._p.append(parse_xml(NOTE_XML % dict(ns=DRAWING_NS, paras=paras)))


def add_with_nb_hyphen(p, before, left, right, after):
    """Text with a non-breaking hyphen (w:noBreakHyphen) between left and right."""
    add_run(p, before + left)
    r = p.add_run()
    r._r.append(parse_xml('<w:noBreakHyphen %s/>' % nsdecls("w")))
    add_run(p, right + after)


def ice_rescue_hovercraft():
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(11)

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "MILLE LACS MESSENGER · OUTDOORS · slug ICE-HOVERCRAFT · for Sat. 12/5 print",
            size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    add_run(fp, "Filed 12/2, 4:40 p.m. Questions: Aune Bergquist, 320-555-0148", size=8, color=GREY)

    para(d, "Ice rescue team gets a hovercraft, and a lesson in how to drive it",
         bold=True, size=20, space_after=4)
    para(d, "The $118,000 craft can cross open water, slush and thin ice. The volunteers who will "
            "run it have until first ice to learn.", italic=True, size=13, space_after=10)
    para(d, "By Aune Bergquist, Tomas Redcloud, and Priya Halvorsen", bold=True, space_after=0)
    para(d, "Messenger staff", size=9, color=GREY, space_after=12)

    p = d.add_paragraph()
    add_run(p, "ISLE, Minn. —", bold=True)
    add_with_nb_hyphen(p, " For 11 winters, the volunteers of South Mille Lacs Ice Rescue have "
                          "gone out onto bad ice with what they could carry: a pair of rescue sleds, "
                          "a ", "30", "foot",
                       " rope, drysuits and a johnboat they drag behind a snowmobile.")

    p = para(d, "This winter they will have a hovercraft.")
    desk_note_box(p, ["NOTE TO DESK", "More Redcloud frames on the photo server under "
                                      "ICE-HOVER-1202. Video from the training run is 40 sec, no audio."])

    para(d, "The team took delivery on Nov. 21 of a 16-foot, four-seat craft that can run across "
            "open water, slush, thin ice and snow, powered by a single 130-horsepower engine that "
            "drives both the lift fan and the thrust. It cost $118,000, most of it raised at pancake "
            "breakfasts, a fishing-contest raffle and a $40,000 grant from a regional foundation.")

    gp = d.add_paragraph()
    grouped_picture(d, gp, HOVER,
                    "An orange hovercraft skims across open water near a frozen shoreline",
                    "The South Mille Lacs Ice Rescue team’s new hovercraft crosses open water off "
                    "Wahkon Bay during a training run on Nov. 28.",
                    "Photo: Tomas Redcloud/Mille Lacs Messenger")

    para(d, "“Our problem has always been that 2-inch ice in the middle of a crack,” said team "
            "captain Ole Brandvold, a retired lineman. “Too thin to walk on, too thick to row "
            "through. The hovercraft doesn’t care.”")
    para(d, "Last winter the team responded to 14 calls on the south end of the lake, including two "
            "anglers whose truck went through near Cove Bay on Dec. 29. Both men were rescued, but it "
            "took the team 50 minutes to reach them, Brandvold said.")
    para(d, "Now the volunteers have to learn to drive it. A hovercraft has no brakes, turns wide "
            "and drifts sideways in any wind above 15 mph, said trainer Ingrid Solheim, who came "
            "from Duluth to run the team’s first three sessions.")
    para(d, "“Everybody’s first time, they overcorrect,” she said. “You plan every stop a hundred "
            "yards ahead.”")

    pp = d.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline_picture(pp, THROW, Inches(4.2))
    para(d, "Team members practice a throw-bag rescue at Isle’s public access in November. "
            "(Submitted photo)", style="Caption")

    para(d, "Twelve of the team’s 19 members have started training, and Brandvold said he wants at "
            "least six certified before anglers start driving onto the ice, usually in the last "
            "week of December.")
    para(d, "The county sheriff’s office, which dispatches the team, will add the hovercraft to its "
            "rescue plan for the south end of the lake. The office keeps its own airboat at the "
            "north end, about 40 minutes away.")
    para(d, "Brandvold said the team’s next goal is a heated trailer so the craft can be launched "
            "from any public access. “We got the boat,” he said. “Now we need the garage.”")
    para(d, "Messenger intern Kalani Brooks contributed to this report.", italic=True)
    para(d, "Aune Bergquist covers the lake and the outdoors for the Messenger.",
         italic=True, size=9, color=GREY)

    save(d, "docx-grouped-picture-caption-textbox-desk-note-box-ice-rescue-hovercraft.docx")


if __name__ == "__main__":
    cranberry_wells()
    ice_rescue_hovercraft()

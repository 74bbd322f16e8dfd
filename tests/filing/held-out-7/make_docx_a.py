"""Build the two .docx documents of held-out-7 (set a).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-7/make_docx_a.py

The answer keys (*.expected.yaml) are written by hand, not generated here.
The pictures are small PNGs drawn with zlib/struct.
"""
import datetime
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def png(seed, w=240, h=150):
    """A small PNG: diagonal bands whose colours depend on seed."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            band = ((x + y * (seed + 1)) // 18) % 4
            base = (40 + 50 * band, 90 + 30 * ((band + seed) % 3), 150 - 25 * band)
            row += bytes(max(0, min(255, c + (seed * 37) % 60)) for c in base)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def picture(paragraph, seed, width, descr):
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png(seed)), width=Inches(width))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return run


def xml_run(text, rpr=""):
    return ('<w:r %s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (nsdecls("w"), rpr, text.replace("&", "&amp;").replace("<", "&lt;")))


def inline_sdt(paragraph, alias, text, sdt_id, extra_pr=""):
    """An inline (run-level) content control holding text, appended to the paragraph."""
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s</w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, alias.lower(), sdt_id, extra_pr, text))
    paragraph._p.append(sdt)


def add_style(doc, name, size=11, bold=False, italic=False, color=None, hidden=False,
              align=None, space_after=6):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    st.font.name = "Georgia"
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if hidden:
        st.font.hidden = True
    if align is not None:
        st.paragraph_format.alignment = align
    st.paragraph_format.space_after = Pt(space_after)
    return st


# ---------------------------------------------------------------------------
# 1. Custom newsroom styles, inline content controls, a smart tag, a HYPERLINK
#    field and hidden text.
# ---------------------------------------------------------------------------
def build_reservoir():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Courier Story Template v3"
    cp.title = "reservoir-drawdown"
    cp.last_modified_by = "hokafor"
    cp.created = datetime.datetime(2026, 12, 1, 16, 5)
    cp.modified = datetime.datetime(2026, 12, 2, 23, 40)
    for name, kw in [
        ("HED", dict(size=22, bold=True)),
        ("DEK", dict(size=14, italic=True, color="444444")),
        ("BYLINE", dict(size=10, bold=True)),
        ("FILED", dict(size=9, color="777777")),
        ("BODY", dict(size=11)),
        ("SUBHEAD", dict(size=12, bold=True)),
        ("PHOTO", dict(size=11, align=WD_ALIGN_PARAGRAPH.CENTER)),
        ("CUTLINE", dict(size=9)),
        ("CREDIT", dict(size=8, color="555555", align=WD_ALIGN_PARAGRAPH.RIGHT)),
        ("CONTRIB", dict(size=10, italic=True)),
        ("TAGLINE", dict(size=9, italic=True, color="555555")),
        ("DESKNOTE", dict(size=10, color="C00000", hidden=True)),
    ]:
        add_style(doc, name, **kw)

    doc.add_paragraph("NOTE TO DESK: Okafor-Lyle and Kaur split the byline; "
                      "Kaur shot the art. Legal has read grafs 6-7.", style="DESKNOTE")
    doc.add_paragraph("Drought drawdown brings Elderton's drowned town back into view", style="HED")
    doc.add_paragraph("Foundations, a church step and a stretch of the old county road have surfaced "
                      "as the reservoir drops to 31% of capacity", style="DEK")

    by = doc.add_paragraph(style="BYLINE")
    by.add_run("By ")
    inline_sdt(by, "Author1", "Harriet Okafor-Lyle", 410221)
    by.add_run(" and ")
    inline_sdt(by, "Author2", "Anselm Kaur", 410222)

    filed = doc.add_paragraph(style="FILED")
    filed.add_run("Filed: ")
    inline_sdt(filed, "FiledDate", "Dec. 2, 2026", 410223,
               '<w:date w:fullDate="2026-12-02T00:00:00Z"><w:dateFormat w:val="MMM. d, yyyy"/>'
               '<w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/>'
               '<w:calendar w:val="gregorian"/></w:date>')

    # Dateline inside a smart tag, then the rest of the first paragraph.
    p1 = doc.add_paragraph(style="BODY")
    p1._p.append(parse_xml(
        '<w:smartTag %s w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>ELDERTON</w:t></w:r></w:smartTag>' % nsdecls("w")))
    p1._p.append(parse_xml(xml_run(", Ore. — For the first time since 1994, people can walk "
                                   "down Main Street in the town of Sumner Flat — or what is left "
                                   "of it, 40 feet below where the surface of Elderton Reservoir "
                                   "usually sits.")))

    doc.add_paragraph("A dry summer and a warm, rainless fall have pulled the reservoir down to 31% "
                      "of capacity, its lowest level in three decades, the Elder Valley Irrigation "
                      "District said Monday. As the water retreated in November, it uncovered the "
                      "concrete foundations of a dozen buildings, the stone steps of the town's "
                      "Methodist church and a quarter-mile of the old county road, its center line "
                      "still faintly visible.", style="BODY")

    pic = doc.add_paragraph(style="PHOTO")
    picture(pic, 1, 5.2, "Concrete foundations and a cracked road emerge from dry, cracked mud "
                         "at the edge of a low reservoir")
    doc.add_paragraph("Visitors walk along the old county road through Sumner Flat on Nov. 29. The "
                      "town was flooded when Elder Dam was finished in 1951.", style="CUTLINE")
    doc.add_paragraph("Anselm Kaur/The Elder Valley Courier", style="CREDIT")

    p = doc.add_paragraph("Sumner Flat had about 300 residents when the federal government bought "
                          "it out in 1949. Most of its houses were moved or burned before Elder Dam "
                          "was closed, but the foundations stayed.", style="BODY")
    p.add_run(" [src: Sumner Flat buyout records, county museum box 14]").font.hidden = True

    doc.add_paragraph("“My grandmother was married on those steps,” said Dolores Pruett, 81, who "
                      "drove from Bend with her son on Saturday to see them. “I never thought I "
                      "would stand there myself.”", style="BODY")

    # A paragraph whose link is a HYPERLINK field (fldChar/instrText), not w:hyperlink.
    hp = doc.add_paragraph(style="BODY")
    hp.add_run("The district's ")
    for frag in [
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r %s><w:instrText xml:space="preserve"> HYPERLINK "https://eldervalleyirrigation.example/'
        'docs/2026-drought-operations-plan.pdf" \\o "Open the plan" </w:instrText></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r %s><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t>drought '
        'operations plan</w:t></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
    ]:
        hp._p.append(parse_xml(frag % nsdecls("w")))
    hp.add_run(" calls for releases to stop on Dec. 15 so the reservoir can begin refilling with "
               "winter rain and snowmelt. If the winter is average, the town will be under water "
               "again by April, district manager Curtis Oyama said.")

    doc.add_paragraph("Look, don't take", style="SUBHEAD")
    doc.add_paragraph("The county sheriff's office and the U.S. Bureau of Reclamation, which owns "
                      "the reservoir bed, have posted signs warning that removing artifacts from "
                      "the site is a federal crime. Deputies cited two people on Nov. 22 for "
                      "digging near the church foundation with a metal detector.", style="BODY")
    doc.add_paragraph("Oyama said the mud at the edge of the water is deeper than it looks and asked "
                      "visitors to stay on the old road and the dry shelf above it.", style="BODY")

    doc.add_paragraph("Courier staff writer Emeka Dorsey contributed to this report.", style="CONTRIB")
    doc.add_paragraph("Harriet Okafor-Lyle covers water and agriculture for the Courier. Reach her at "
                      "hokafor@eldervalleycourier.example.", style="TAGLINE")
    doc.save(os.path.join(HERE, "docx-custom-styles-inline-controls-reservoir-drawdown.docx"))


# ---------------------------------------------------------------------------
# 2. A stringer's file: budget line, story, end mark, then a landscape "ART"
#    section after a page break listing the photos (file name, picture, CUTLINE,
#    CREDIT, ALT), then sources not for publication and an invoice note.
# ---------------------------------------------------------------------------
def build_fire_district():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_paragraph("BUDGET: Glenmoor fire district votes to dissolve — 780 words, 2 photos, "
                      "moves Wednesday for Thursday print. Stringer: Dascalu.")
    doc.add_paragraph("Invoice to follow (780 words + 2 photos at stringer rate).")
    doc.add_paragraph()

    h = doc.add_paragraph()
    r = h.add_run("Glenmoor volunteers vote to fold their fire district into the county's")
    r.bold = True
    r.font.size = Pt(16)
    d = doc.add_paragraph()
    r = d.add_run("After 71 years and a two-year search for new members, the last 9 firefighters "
                  "say they can no longer cover night calls")
    r.italic = True
    doc.add_paragraph("By Mirela Dascalu, Special to the Courier")

    p1 = doc.add_paragraph()
    r = p1.add_run("GLENMOOR")
    r.bold = True
    p1.add_run(" -- The Glenmoor Volunteer Fire District will go out of existence on July 1 after "
               "its board voted 4-1 on Tuesday night to ask the county to absorb its station, its "
               "two engines and the 1,900 households it protects.")
    for text in [
        "The vote followed a year in which the district's nine remaining volunteers missed 23 night "
        "calls, about one in every six, according to the district's own response logs. In each case "
        "an engine from the county station in Ridley, 11 miles away, was sent instead.",
        "\"We are not quitting on Glenmoor. We are admitting there are not enough of us to do it "
        "right,\" said Chief Ansel Marchbanks, 66, who joined the department in 1977 and has been "
        "chief since 2004.",
        "Under the plan approved Tuesday, the county fire department will take over the Glenmoor "
        "station on Hollow Road and staff it with two paid firefighters around the clock. The "
        "district's property tax levy of 92 cents per $1,000 of assessed value will end, and "
        "Glenmoor property owners will pay the county fire levy of $1.41 instead — about $98 more a "
        "year on a home assessed at $200,000.",
        "The one dissenting board member, Prue Halvorsen, said she worried that the county would "
        "eventually close the station. County Fire Chief Dominic Reyes said in a phone interview on "
        "Wednesday that the county's agreement commits it to keep the station open for at least ten "
        "years.",
        "Marchbanks said the volunteers will be offered places in the county's paid-on-call program, "
        "and that the district's 1958 engine, restored in 2011, will go to the Glenmoor Grange for "
        "parades.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("Courier photographer Lionel Abara contributed to this report.")
    end = doc.add_paragraph("-30-")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # The art list in a new, landscape section.
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    art = doc.add_paragraph()
    r = art.add_run("ART")
    r.bold = True
    r.font.size = Pt(14)

    doc.add_paragraph("PHOTO 1 — file: GLENMOOR_FD_01_DASCALU.jpg")
    picture(doc.add_paragraph(), 2, 4.0, "Firefighters in turnout gear stand beside a red fire "
                                         "engine in a small station bay")
    doc.add_paragraph("CUTLINE: Glenmoor Chief Ansel Marchbanks, center, and volunteers Tess "
                      "Whitlow, left, and Ray Okonjo stand with the district's newer engine at the "
                      "Hollow Road station on Sunday.")
    doc.add_paragraph("CREDIT: Mirela Dascalu/Special to the Courier")
    doc.add_paragraph("ALT: Firefighters in turnout gear stand beside a red fire engine in a small "
                      "station bay")
    doc.add_paragraph()

    doc.add_paragraph("PHOTO 2 — file: glenmoor_1958_engine_courtesy.tif (scan, 600 dpi)")
    picture(doc.add_paragraph(), 3, 4.0, "A faded color photo of an old fire engine in a parade")
    doc.add_paragraph("CUTLINE: The district's 1958 engine in the Glenmoor Days parade in 1962.")
    doc.add_paragraph("CREDIT: Courtesy of Glenmoor Volunteer Fire District")
    doc.add_paragraph("ALT: A faded color photo of an old fire engine in a parade")
    doc.add_paragraph()

    src = doc.add_paragraph()
    r = src.add_run("SOURCES (not for publication)")
    r.bold = True
    for text in [
        "Ansel Marchbanks, chief — 555-0172 (cell), interviewed Tues. after the meeting",
        "Prue Halvorsen, board member — 555-0139",
        "Dominic Reyes, county fire chief — via county PIO, phone Wed. 10:15 a.m.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.save(os.path.join(HERE, "docx-art-list-after-end-mark-fire-district.docx"))


if __name__ == "__main__":
    build_reservoir()
    build_fire_district()
    print("wrote 2 documents")

"""Build the six .docx documents of the held-out-2 filing set.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-2/make_docx.py
Writes docx-*.docx next to this script. The pictures are tiny PNGs drawn here
with zlib/struct. The answer keys (*.expected.yaml) are written by hand; this
script does not produce them.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- pictures
def make_png(w, h, palette):
    """Horizontal bands of colour with a diagonal stripe: a tiny but valid PNG."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)  # filter: none
        band = palette[(y * len(palette)) // h]
        for x in range(w):
            if (x + y) % 17 < 3:
                raw += bytes((255, 255, 255))
            else:
                raw += bytes(band)

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b"")


PALETTES = [
    [(30, 60, 110), (70, 120, 170), (200, 190, 150)],
    [(120, 40, 30), (200, 120, 60), (240, 220, 180)],
    [(20, 90, 50), (90, 160, 90), (210, 230, 200)],
    [(60, 60, 60), (140, 140, 140), (230, 230, 230)],
    [(90, 30, 110), (170, 90, 170), (240, 210, 240)],
    [(10, 70, 90), (40, 150, 170), (220, 240, 245)],
]


def add_picture(container_run_or_doc, n, width=4.0, descr=None):
    """Add picture n; set Word's 'alt text' (docPr/@descr) when descr is given."""
    stream = io.BytesIO(make_png(96, 60, PALETTES[n % len(PALETTES)]))
    if hasattr(container_run_or_doc, "add_picture") and hasattr(container_run_or_doc, "paragraphs"):
        container_run_or_doc.add_picture(stream, width=Inches(width))
        run = container_run_or_doc.paragraphs[-1].runs[-1]
    else:
        run = container_run_or_doc
        run.add_picture(stream, width=Inches(width))
    if descr is not None:
        for docpr in run._r.iter(qn("wp:docPr")):
            docpr.set("descr", descr)
    return run


def p(doc, text="", style=None, bold=None, italic=None, size=None, align=None, color=None):
    par = doc.add_paragraph(style=style)
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        par.alignment = align
    return par


def paras(doc, texts, **kw):
    for t in texts:
        p(doc, t, **kw)


def save(doc, name):
    doc.save(os.path.join(OUT, name))
    print("wrote", name)


# ------------------------------------------------ 1. captions below, credits in brackets
def harbor_dredging():
    d = Document()
    p(d, "Kellam harbor dredging finally starts, three years and $4 million over plan", bold=True, size=22)
    p(d, "Shipping pilots say silt has forced the largest vessels to wait for high tide since 2023", size=13, color=(0x44, 0x44, 0x44))
    p(d, "Lucia Ferrante, The Harbor Log")
    paras(d, [
        "KELLAM, Maine — A dredge barge began scooping silt from the bottom of Kellam Harbor on Monday, starting a $17.6 million project that port officials first promised in 2022 and that has since grown by more than $4 million.",
        "The work will deepen the harbor's main channel from 28 feet to 34 feet, enough for the loaded container ships that now must wait offshore for high tide before coming in.",
    ])
    add_picture(d, 0, width=5.0, descr="A dredge barge with a crane in a harbor")
    p(d, "The dredge Margaret K. works in the main channel of Kellam Harbor on Monday morning. [Anselm Roy/The Harbor Log]", style="Caption")
    paras(d, [
        "Port Director Yolanda Brisbois said the delays came from a two-year federal permit review and a fight over where to dump the dredged material. The port eventually agreed to truck the most contaminated silt to a lined landfill in Androscoggin County, which added about $3.1 million.",
        "\u201cIt took longer than anybody wanted, and it cost more than anybody wanted,\u201d Brisbois said. \u201cBut in eighteen months this will be a deep-water port again.\u201d",
        "Harbor pilot Evander McLeish said pilots have had to turn away or delay about one ship a week. \u201cYou're threading a needle with 40,000 tons of steel,\u201d he said.",
    ])
    add_picture(d, 5, width=3.5, descr="Map of the harbor channel")
    p(d, "The dredging will deepen the shaded section of the main channel to 34 feet.", style="Caption")
    p(d, "[Graphic: Courtesy of Port of Kellam]", style="Caption")
    paras(d, [
        "Lobstermen have worried that the work will stir up sediment in the outer harbor. The project's permit bars dredging from April through June, when lobsters molt in shallow water.",
        "The dredging is scheduled to finish in May 2028.",
    ])
    p(d, "The Harbor Log's Teodoro Vance contributed reporting.", italic=True)
    p(d, "Got a tip about the waterfront? Email lferrante@harborlog.example", italic=True, size=9)
    save(d, "docx-captions-below-bracket-credits-harbor-dredging.docx")


# ------------------------------------------------ 2. results table, Title/Subtitle
def school_board_runoff():
    d = Document()
    d.add_paragraph("Brisco school board runoff: Oyelaran wins by 61 votes", style="Title")
    d.add_paragraph("Challenger ousts 12-year incumbent after campaign over the four-day week", style="Subtitle")
    p(d, "By Prakash Venkataraman and Joelle Sutter")
    p(d, "UPDATED WITH FINAL COUNT 11:52 P.M.", size=8, color=(0x99, 0x00, 0x00))
    paras(d, [
        "BRISCO, Texas — Retired principal Funmilayo Oyelaran defeated 12-year incumbent Garrett Pruitt by 61 votes Tuesday in a runoff for the District 3 seat on the Brisco Independent School District board, according to final unofficial results.",
        "Oyelaran campaigned against the district's plan to move to a four-day school week next fall, which Pruitt supported. Her win gives opponents of the plan a 4-3 majority on the board.",
    ])
    table = d.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    rows = [("Candidate", "Votes", "Share"),
            ("Funmilayo Oyelaran", "2,204", "50.7%"),
            ("Garrett Pruitt", "2,143", "49.3%"),
            ("Turnout", "4,347", "14.2%")]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            cell.text = val
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    p(d, "Source: Brisco County Elections Office, unofficial results", size=8, italic=True)
    paras(d, [
        "\u201cParents told me over and over that they did not want their kids home on Fridays with nowhere to go,\u201d Oyelaran said at her election-night party at a downtown restaurant. \u201cTonight they were heard.\u201d",
        "Pruitt said he would not request a recount. \u201cSixty-one votes is close, but it's not that close,\u201d he said.",
        "Superintendent Lisette Draper said the district would present the board with options in January, including delaying the four-day week by a year.",
        "Turnout was 14.2 percent, nearly double the district's usual runoff turnout.",
    ])
    p(d, "TABLE NOTE FOR DESK: box can run as a sidebar graphic if there's room on B1.", italic=True, color=(0x00, 0x00, 0x99))
    save(d, "docx-results-table-school-board-runoff.docx")


# ------------------------------------------------ 3. headers and footers, byline with title
def hospital_staffing():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "STAFFING SERIES pt. 2 \u2014 draft 4 \u2014 NGUYEN \u2014 embargoed to Sunday"
    sec.footer.paragraphs[0].text = "CONFIDENTIAL \u2014 Ridgefield Post-Courier newsroom draft \u2014 not for distribution"
    fp = sec.footer.add_paragraph()
    fp.add_run("Page ")
    # a PAGE field, as Word writes it
    fp._p.append(parse_xml('<w:fldSimple {} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'.format(nsdecls("w"))))
    d.add_heading("At Ridgefield General, one nurse for eight patients on the night shift", level=1)
    p(d, "Internal schedules show the hospital routinely exceeded its own staffing limits while it paid $14 million for traveling nurses", italic=True)
    p(d, "By Thao Nguyen, Health Care Reporter")
    paras(d, [
        "RIDGEFIELD, N.C. — On at least 140 nights over the past year, nurses on Ridgefield General Hospital's medical-surgical floors cared for eight patients or more at a time, twice the ratio the hospital's own guidelines recommend, according to internal schedules reviewed by the Post-Courier.",
        "The schedules, provided by three nurses who asked not to be named because they feared losing their jobs, cover January through October. They show that the hospital met its target of four patients per nurse on fewer than half of all night shifts.",
        "\u201cYou walk in and you know you will not get to everyone,\u201d said one nurse, who has worked at Ridgefield General for nine years. \u201cYou just decide who you're going to check on first.\u201d",
        "Hospital spokeswoman Ilse Marchetti said patient safety \u201chas never been compromised\u201d and that the hospital had hired 46 nurses since July. She said the schedules did not reflect float nurses and supervisors who help on busy nights.",
        "The hospital spent about $14 million on traveling nurses in its last fiscal year, according to its filings with the state, nearly three times what it spent two years earlier.",
        "State law does not set nurse-to-patient ratios. A bill that would have required them, sponsored by state Rep. Omari Blackwood, died in committee in June.",
    ])
    add_picture(d, 3, width=4.5, descr="A hospital corridor at night")
    cap = d.add_paragraph()
    cap.add_run("A hallway on the fourth floor of Ridgefield General Hospital. ").italic = True
    cap.add_run("(Photo illustration by Renske de Vries/Post-Courier)").italic = True
    paras(d, [
        "Blackwood said he would file the bill again in January. \u201cWe set limits on how many kids can be in a day care room,\u201d he said. \u201cWe can do it for hospital patients.\u201d",
    ])
    p(d, "Data analysis: Lars Brekke. Editing: Corazon Villanueva.")
    p(d, "NEXT: How other states set nurse staffing rules, and what happened.", bold=True)
    save(d, "docx-header-footer-hospital-staffing.docx")


# ------------------------------------------------ 4. Word comments and a tracked deletion
def _tracked_deletion(paragraph, deleted_text, author="M. Osei", date="2026-12-02T15:10:00Z"):
    """Append a w:del run (text deleted with track changes on) to a paragraph."""
    el = parse_xml(
        '<w:del {} w:id="901" w:author="{}" w:date="{}"><w:r><w:delText xml:space="preserve">{}</w:delText></w:r></w:del>'.format(nsdecls("w"), author, date, deleted_text))
    paragraph._p.append(el)


def library_levy():
    d = Document()
    p(d, "Voters will decide on Ashgrove library levy after board puts 1.2-mill request on May ballot", bold=True, size=18)
    p(d, "By Kwabena Osei-Tutu | Staff Writer")
    first = d.add_paragraph()
    first.add_run("ASHGROVE, Mich. \u2014 The Ashgrove District Library board voted 5-2 on Monday to ask voters for a new 1.2-mill property tax in May, saying the library will have to close one of its three branches without it.")
    second = d.add_paragraph()
    r1 = second.add_run("The levy would raise about $2.3 million a year for 10 years. ")
    _tracked_deletion(second, "Officials said it is the first new library tax in decades. ")
    second.add_run("The owner of a home with a taxable value of $100,000 would pay $120 a year.")
    d.add_comment([r1], text="Osei: is $2.3M the first-year number or the average? Ask the finance director.", author="Meredith Osei", initials="MO")
    paras(d, [
        "Library Director Anneliese Cho said costs have risen faster than the library's existing 0.8-mill levy, which voters last renewed in 2016. Without new money, she said, the board would likely close the Westfield branch in 2028 and cut Sunday hours at the main library.",
    ])
    q = d.add_paragraph()
    rq = q.add_run("\u201cWe have been stretching the same dollars for ten years,\u201d Cho said. \u201cThere is nothing left to stretch.\u201d")
    d.add_comment([rq], text="Good quote. Keep high.", author="Meredith Osei", initials="MO")
    paras(d, [
        "Trustees Walter Brinkman and Dorothy Szabo voted no. Brinkman said the library should first consider sharing services with the neighboring Pell Township library.",
        "{{EDITOR: Szabo's reason isn't in my notes \u2014 calling her back tonight. Cut her from this graf if I don't reach her. \u2014KOT}}",
        "The board will hold three public information sessions before the May 5 election, the first on Feb. 10 at the main library.",
    ])
    p(d, "Kwabena Osei-Tutu covers education and local government. Follow him on Bluesky: @kwabena.bsky.social", italic=True)
    save(d, "docx-word-comments-tracked-deletion-library-levy.docx")


# ------------------------------------------------ 5. real footnotes, bylines with titles
FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="%s">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '%s</w:footnotes>'
)
FOOTNOTE = ('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>')


def add_footnotes(doc, notes):
    xml = FOOTNOTES_XML % (W_NS, "".join(FOOTNOTE % (i + 1, t) for i, t in enumerate(notes)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(paragraph, n):
    r = paragraph.add_run()
    r._r.append(parse_xml('<w:rPr {}><w:vertAlign w:val="superscript"/></w:rPr>'.format(nsdecls("w"))))
    r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{n}"/>'))


def museum_reopening():
    d = Document()
    d.add_heading("Restored Carrow Museum reopens with its lost Tiffany dome back in place", level=0)
    p(d, "By Helena Marsh, Arts and Culture Editor, and Quentin Abara, Senior Staff Photographer")
    body = [
        ("DELMONT, Ill. \u2014 For 61 years, visitors to the Carrow Museum of Art looked up at a plain plaster ceiling. On Saturday, when the museum reopened after a three-year, $38 million renovation, they saw what had been hidden above it: a stained-glass dome of more than 4,000 pieces of glass.", None),
        ("The dome, made by Tiffany Studios in 1912, was covered over in 1965 after leaks damaged the skylight above it. Restorers from a Chicago studio removed, cleaned and repaired every panel, replacing about 300 broken pieces with new glass made to match.", 1),
        ("\u201cPeople cried. Grown men, security guards, people cried,\u201d said museum director Sabine Okoro-Lund. \u201cThey had no idea it was there.\u201d", None),
    ]
    for text, note in body:
        par = d.add_paragraph(text)
        if note:
            footnote_ref(par, note)
    add_picture(d, 4, width=5.0, descr="Looking up at a round stained-glass dome in shades of amber and blue")
    p(d, "The restored Tiffany dome above the Carrow Museum's central rotunda.", italic=True)
    p(d, "Quentin Abara/Delmont Register-Star", size=8)
    more = [
        ("About 2,300 people came through the doors on opening day, more than the museum usually draws in a month, staff said.", 2),
        ("The renovation also added an elevator, a climate-controlled gallery for works on paper and a ground-floor caf\u00e9. About two-thirds of the cost was covered by private donors, led by a $12 million gift from the Harwell family.", None),
        ("Admission remains free. The museum is open Wednesday through Sunday.", None),
    ]
    for text, note in more:
        par = d.add_paragraph(text)
        if note:
            footnote_ref(par, note)
    add_footnotes(d, [
        "Per restoration studio invoice shown to HM, 11/20; studio asked not to be named until their own release.",
        "Attendance figure from museum comms (Pruitt), not independently counted.",
    ])
    save(d, "docx-footnotes-bylines-with-titles-museum-dome.docx")


# ------------------------------------------------ 6. sports feature, agency-via credit, end mark
def rowing_feature():
    d = Document()
    p(d, "SPORTS \u2014 WEEKEND FEATURE \u2014 1,100 words + 2 art", size=9, color=(0x77, 0x77, 0x77))
    p(d, "Up before the bridge lights go off", bold=True, size=20)
    p(d, "The Tolland River Rowing Club\u2019s masters eight, average age 67, is heading to the national championships", italic=True, size=13)
    p(d, "Words: Annika Sj\u00f6berg. Pictures: Darnell Boateng.")
    paras(d, [
        "TOLLAND, Conn. \u2014 At 5:15 on a November morning, with frost on the dock and the bridge lights still on, eight rowers who have a combined 540 years of life between them lower a 60-foot shell into the Tolland River.",
        "They are the masters women's eight of the Tolland River Rowing Club, and in March they will race at the U.S. Masters Indoor and Head Championships in Florida, the first crew from the club to qualify in 30 years.",
    ])
    add_picture(d, 2, width=5.0, descr="A rowing eight on a misty river at dawn")
    p(d, "The Tolland River Rowing Club masters eight practices below the Main Street bridge before sunrise.")
    p(d, "Darnell Boateng/Tolland Courant via Regional Sports Photo Network", size=8)
    paras(d, [
        "Their stroke, Beatrice Nwankwo, is 71 and took up rowing at 58 after a knee replacement ended her running. \u201cMy surgeon said find something low-impact,\u201d she said. \u201cI don't think he meant this.\u201d",
        "Coach Piet van der Linde, 44, a former college rower, said the crew's advantage is discipline. \u201cThey are never late. Never. I have college kids who can't say that,\u201d he said.",
        "The crew trains six days a week from April through November and on rowing machines in a church basement in winter.",
    ])
    p(d).add_run().add_break(WD_BREAK.PAGE)
    add_picture(d, 1, width=3.5)
    p(d, "Coxswain Ruth Adebayo-Stein, 66, calls the stroke rate during a practice piece. (Courtesy of Tolland River Rowing Club)")
    paras(d, [
        "The club is raising $9,000 to send the crew and its boat to Florida. As of last week it had collected about $6,200, much of it from a pancake breakfast.",
        "\u201cWe're not going down there to have a nice time,\u201d Nwankwo said. \u201cWell, we are. But we're also going to win.\u201d",
    ])
    p(d, "Courant sports staff Milo Ferraro and Ingrid Solberg contributed.")
    p(d, "-30-", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Sidebar: 'How masters rowing handicaps work' to come from Milo \u2014 AS", italic=True)
    save(d, "docx-sports-feature-agency-credit-masters-rowing.docx")


if __name__ == "__main__":
    harbor_dredging()
    school_board_runoff()
    hospital_staffing()
    library_levy()
    museum_reopening()
    rowing_feature()

"""Build the .docx documents of the held-out filing set.

Run with the project's Python (python-docx installed):
    python tests/filing/held-out/make_docx.py
Writes docx-*.docx next to this script. The answer keys (*.expected.yaml) are
written by hand and are not produced by this script.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def png(width=64, height=40, seed=0):
    """A small RGB PNG made with zlib/struct only."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(((x * 4 + seed * 37) % 256, (y * 6 + seed * 11) % 256, (x + y + seed * 53) % 256))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def picture(doc, seed, width=4.5, alt=None):
    doc.add_picture(io.BytesIO(png(seed=seed)), width=Inches(width))
    if alt is not None:
        # alt text lives on the inline's docPr (descr attribute), as Word writes it
        inline = doc.paragraphs[-1].runs[-1]._r.xpath('.//wp:docPr')[0]
        inline.set('descr', alt)
    return doc.paragraphs[-1]


def para(doc, text, style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if align:
        p.alignment = align
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# 1. Title/Subtitle styles, "By" line, caption + separate photo line, editor note
def council_budget():
    d = Document()
    para(d, "[Editor: Figures are from the adopted budget, not the proposal. Sidebar on fee changes coming separately. — R.]", italic=True, color=(0xC0, 0, 0))
    d.add_paragraph("Fenwick council adopts $212 million budget with first property tax cut in 15 years", style="Title")
    d.add_paragraph("Homeowners will see an average savings of $46; library hours and pothole crews are expanded", style="Subtitle")
    para(d, "By Renata Kowalski")
    body = [
        "FENWICK, Ohio — The Fenwick City Council on Monday adopted a $212 million budget for 2027 that trims the city's property tax rate for the first time since 2012, while adding money for library hours, street repairs and two new firefighters.",
        "The council voted 6-1 to lower the rate from 4.85 mills to 4.6 mills. City finance director Omar Lindqvist said the owner of a $200,000 home would pay about $46 less next year.",
        "Council President Deborah Ashcroft said rising income tax collections, driven by new jobs at the Fenwick Commerce Park, made the cut possible without reducing services.",
        "\u201cWe told people that if growth paid off, they would see it on their tax bill,\u201d Ashcroft said. \u201cThis is us keeping that promise.\u201d",
    ]
    for t in body:
        para(d, t)
    picture(d, 1, alt="Council members seated at the dais during the budget vote")
    para(d, "Fenwick City Council members vote on the 2027 budget during Monday night's meeting at City Hall.", italic=True)
    para(d, "Photo: Jamal Whitaker/Fenwick Tribune", size=8)
    body2 = [
        "The budget adds $1.4 million for road resurfacing, enough to pave about 11 more lane-miles than this year, and restores Sunday hours at the Fenwick Public Library's two branches.",
        "Councilman Rick Dombrowski cast the lone no vote. He said the city should have put the surplus into its underfunded police and fire pension fund instead.",
        "\u201cA $46 cut is nice. A pension crisis in 2035 is not,\u201d Dombrowski said.",
        "The new budget takes effect Jan. 1.",
    ]
    for t in body2:
        para(d, t)
    para(d, "Tribune reporter Hollis Grant contributed to this story.", italic=True)
    para(d, "Renata Kowalski covers Fenwick city hall. Reach her at 419-555-0182.", italic=True)
    save(d, "docx-title-style-council-budget.docx")


# 2. Heading 1 headline, italic dek, two bylines, updated line, crosshead, bullet list
def ferry_service():
    d = Document()
    d.add_heading("Island ferry to add winter runs after months of complaints", level=1)
    para(d, "Vashon-to-Cove route gets two extra weekday sailings starting Jan. 5", italic=True, size=13)
    para(d, "By Priya Raman and Colm O'Driscoll", bold=True)
    para(d, "Updated 3:45 p.m.", size=9, color=(0x66, 0x66, 0x66))
    body = [
        "CEDAR COVE, Wash. — The Puget Island Ferry District will add two weekday round trips on its Cedar Cove route starting Jan. 5, district officials said Tuesday, responding to months of complaints from commuters who said winter schedule cuts had left them stranded.",
        "The additional sailings, at 6:10 a.m. and 5:40 p.m., restore trips that were dropped in October when the district took its larger vessel, the Kittiwake, out of service for engine repairs.",
        "\u201cWe heard from nurses, teachers, kids trying to get to the community college,\u201d said district general manager Fiona Albrecht. \u201cThe schedule we had was not working for the people who depend on us most.\u201d",
    ]
    for t in body:
        para(d, t)
    d.add_heading("What changes", level=2)
    para(d, "Under the revised winter schedule:")
    for t in [
        "weekday departures from Cedar Cove rise from nine to eleven;",
        "the last weekday boat from the island leaves at 9:20 p.m.;",
        "weekend service is unchanged.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    body2 = [
        "The district will lease a smaller passenger-only boat, the Dunlin, from a Bremerton operator for about $38,000 a month until the Kittiwake returns, expected in March.",
        "Commuter Elena Vasquez-Hart, who organized a petition that gathered 1,900 signatures, called the change a good start. \u201cIt shouldn't have taken a petition,\u201d she said.",
    ]
    for t in body2:
        para(d, t)
    para(d, "Island Beacon correspondent Teodor Nilsen contributed reporting from Vashon.")
    save(d, "docx-heading-crosshead-ferry-schedule.docx")


# 3. Reporter's slugged draft with labels: SLUG / HED / DEK / BY / CUTLINE / CREDIT
def slugged_draft():
    d = Document()
    para(d, "SLUG: GRANARY-FIRE")
    para(d, "FOR: Thursday A1   LENGTH: 600   PHOTO: yes (1)")
    para(d, "HED: Century-old Millbrook granary destroyed in overnight fire", bold=True)
    para(d, "DEK: No one was hurt; fire marshal says cause is under investigation")
    para(d, "BY: Tobias Lindgren")
    para(d, "—————")
    body = [
        "MILLBROOK, Ore. — A fire early Wednesday destroyed the Hartwell granary, a four-story wooden grain elevator that had stood beside the Millbrook rail line since 1911 and was one of the last of its kind in the Willamette Valley.",
        "Firefighters from three departments were called at 2:14 a.m. and found the structure fully engulfed, said Millbrook Fire Chief Anita Sorensen. The elevator collapsed about 40 minutes later.",
        "No one was inside, and no injuries were reported. Crews kept the fire from spreading to a feed store and two houses on Depot Street.",
        "\u201cWhen a building that old and that dry goes up, you're protecting everything around it,\u201d Sorensen said. \u201cThe elevator itself was lost the minute it caught.\u201d",
        "The granary had been empty since 2019, when the Hartwell family stopped buying grain. A local group, Friends of the Hartwell Elevator, had been raising money to convert it into a museum and event space and had collected about $180,000.",
        "Group president Lorraine Abbott said she watched the fire from across the tracks. \u201cI keep thinking about all the people who signed their names on the inside walls over a hundred years,\u201d she said.",
        "The state fire marshal's office is investigating. Sorensen said there was no power to the building.",
    ]
    for t in body[:3]:
        para(d, t)
    picture(d, 3, width=5)
    para(d, "CUTLINE: Flames consume the Hartwell granary in Millbrook early Wednesday.")
    para(d, "CREDIT: Courtesy of Millbrook Fire District")
    for t in body[3:]:
        para(d, t)
    para(d, "—————")
    para(d, "NOTES FOR DESK: Abbott cell 503-555-0117 if you need to check the $180K. Fire marshal PIO said she'd call back by 4. Chief's name is Anita, not Annette. — TL")
    save(d, "docx-slugged-draft-granary-fire.docx")


# 4. Picture and caption laid out in a table; centered bold headline; dateline in bold run
def table_photo():
    d = Document()
    para(d, "Harbor Ridge students build a satellite, and NASA is sending it to space", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "A shoebox-sized CubeSat designed by a rural high school robotics club will launch next spring", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "by Gwendolyn Achterberg, Coastal Weekly Staff Writer", italic=True)
    p = d.add_paragraph()
    r = p.add_run("HARBOR RIDGE, Maine")
    r.bold = True
    p.add_run(" — For two years, the eleven members of the Harbor Ridge High School robotics club have spent their lunch breaks in a converted chemistry lab, soldering circuit boards for a satellite about the size of a loaf of bread.")
    body = [
        "Next spring, NASA will carry it into orbit.",
        "The club's CubeSat, which the students named Puffin-1, was one of 14 student projects selected this fall for the agency's CubeSat Launch Initiative. It will measure sea-surface temperatures in the Gulf of Maine and beam the data to a ground station on the school's roof.",
    ]
    for t in body:
        para(d, t)
    t = d.add_table(rows=2, cols=1)
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run().add_picture(io.BytesIO(png(seed=4)), width=Inches(4))
    cap = t.cell(1, 0).paragraphs[0]
    cap.add_run("Senior Abigail Thorsen tests the solar panel on Puffin-1 in the Harbor Ridge High School robotics lab.").italic = True
    t.cell(1, 0).add_paragraph("Photo by Samuel Okonjo")
    body2 = [
        "\u201cWe kept waiting for someone to tell us it was too hard,\u201d said senior Abigail Thorsen, 17, the club's lead engineer. \u201cNobody did, so we kept going.\u201d",
        "Physics teacher and club adviser Martin Delacroix said the students raised about $22,000 for parts from local businesses, including a lobster cooperative that paid for the satellite's radio.",
        "The launch is expected between March and June on a commercial rocket from Vandenberg Space Force Base in California. The students plan to watch the livestream together in the school gym.",
        "Puffin-1 is expected to stay in orbit for about 18 months before burning up in the atmosphere.",
    ]
    for t2 in body2:
        para(d, t2)
    para(d, "Coastal Weekly intern Jonah Pelletier contributed to this report.")
    para(d, "© 2026 Coastal Weekly. All rights reserved.", size=8)
    save(d, "docx-table-photo-cubesat-launch.docx")


# 5. Wire-style Word file: byline with title, dateline with agency, sign-off credits
def wire_style():
    d = Document()
    para(d, "BALTIC WIRE — WORLD SERVICE — URGENT", size=9)
    d.add_heading("Estonia opens first undersea power link to Finland in a decade", level=0)
    para(d, "By Kadri Tamm, Energy Correspondent")
    body = [
        "TALLINN, Estonia, Dec 1 (Baltic Wire) - Estonia switched on a 700-megawatt undersea electricity cable to Finland on Tuesday, the first new power link between the two countries in more than ten years, as the Baltic states move to cut their reliance on imported electricity.",
        "The Estlink 3 cable, which runs about 170 kilometres under the Gulf of Finland, cost about 760 million euros and was partly financed by the European Union's Connecting Europe Facility.",
        "\"Every new cable is a little more independence,\" Estonian Prime Minister Liis Kivisild said at a ceremony at the Harku converter station outside Tallinn.",
        "Grid operator Elering said the link would roughly double the capacity for electricity trading between the two countries and help absorb growing output from Estonian offshore wind farms.",
        "Power prices in Estonia have been among the most volatile in the EU since the Baltic states disconnected from the Russian-controlled grid in early 2025.",
        "Finnish grid operator Fingrid said the cable had been tested at full capacity last week and performed as expected.",
    ]
    for t in body:
        para(d, t)
    para(d, "Reporting by Kadri Tamm; Additional reporting by Eero Virtanen in Helsinki; Editing by Margit Saar")
    para(d, "(c) Baltic Wire 2026. All rights reserved. Republication or redistribution of Baltic Wire content is expressly prohibited without prior written consent.", size=8)
    save(d, "docx-wire-style-estonia-cable.docx")


# 6. Feature draft, two pictures, "Credit:" lines, inline notes, "Contributing:" line
def feature_two_pictures():
    d = Document()
    para(d, "DRAFT 3 — do not publish before Sunday", bold=True, color=(0xAA, 0, 0))
    d.add_heading("The night shift at the last 24-hour diner in Greer County", level=1)
    d.add_heading("At the Star-Lite on Route 9, the regulars are truckers, nurses and one retired judge", level=2)
    para(d, "Story by Benedikt Strauss | Photos by Anouk Verhoeven")
    body = [
        "GREER, Okla. — At 2:30 in the morning, the only lights on Route 9 for twenty miles belong to the Star-Lite Diner, and Loretta Pickens is pouring her fourth pot of coffee.",
        "Pickens, 63, has worked the overnight shift here since 1997. She knows which truckers take cream, which nurses from Greer County Hospital want their eggs scrambled soft, and which booth the retired judge will sit in at 4 a.m. sharp.",
    ]
    for t in body:
        para(d, t)
    picture(d, 6, alt="A waitress pours coffee at a diner counter")
    para(d, "Loretta Pickens refills a customer's coffee at the Star-Lite Diner around 3 a.m. on a Tuesday.")
    para(d, "Credit: Anouk Verhoeven for the Greer County Gazette")
    body2 = [
        "The Star-Lite is the last restaurant in the county that never closes. Two others, a truck stop grill in Mangum Junction and a Waffle Hut off the highway, cut their overnight hours after the pandemic and never brought them back.",
        "Owner Sunil Mehta, who bought the diner in 2018, said the overnight shift barely breaks even. He keeps it open anyway.",
        "\u201cIf I close at midnight, where does the nurse go after a double?\u201d Mehta said. \u201cWhere does the driver go when he's been on the road since Amarillo?\u201d",
        "[[BS: confirm Mehta bought in 2018 not 2017 — county records say both??]]",
        "Retired District Judge Harlan Voss, 81, arrives at 4 a.m. every day except Sunday. He orders a short stack and reads the newspaper front to back.",
    ]
    for t in body2:
        para(d, t)
    picture(d, 7, alt="")
    para(d, "Harlan Voss, a retired district judge, reads the paper in his usual booth.")
    para(d, "Credit: Anouk Verhoeven for the Greer County Gazette")
    body3 = [
        "\u201cI spent thirty years listening to people argue,\u201d Voss said. \u201cThis is the quietest hour in Oklahoma. I'm not giving it up.\u201d",
        "By 6 a.m., the day crew arrives and Pickens counts her tips at the end of the counter. Then she drives home, sleeps until two, and does it again.",
    ]
    for t in body3:
        para(d, t)
    para(d, "Contributing: Gazette staff writer Mireille Okafor.")
    para(d, "Benedikt Strauss is a freelance writer in Oklahoma City.", italic=True)
    save(d, "docx-feature-two-photos-night-diner.docx")


if __name__ == "__main__":
    council_budget()
    ferry_service()
    slugged_draft()
    table_photo()
    wire_style()
    feature_two_pictures()

"""Write the .docx documents of the filing test set into documents/.

Run: python tests/filing/make_docx.py [name ...]   (needs python-docx)
Each document is a Word draft as a reporter would file it; the pictures are small PNGs
drawn here with zlib and struct so the script needs nothing but python-docx.
"""
from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Inches, Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent / "documents"


def png(width: int, height: int, seed: int) -> io.BytesIO:
    """A small RGB PNG: a sky-to-ground gradient with a band, enough to stand for a photo."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0 for each scanline
        for x in range(width):
            if y < height * 0.55:
                r, g, b = 90 + y, 140 + y // 2, 200
            else:
                r, g, b = 70 + (x * seed) % 60, 90 + y // 3, 60
            if abs(y - height * 0.55) < 2:
                r, g, b = 40, 40, 40
            row += bytes((r % 256, g % 256, b % 256))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
    data += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    return io.BytesIO(data)


def new_document(author: str) -> Document:
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = datetime(2026, 3, 1, 9, 0, 0)
    props.modified = datetime(2026, 3, 1, 9, 0, 0)
    return doc


def picture(doc: Document, seed: int, alt: str = "", width: float = 4.5) -> None:
    """An inline picture in its own paragraph; alt text goes in the picture's descr."""
    run = doc.add_paragraph().add_run()
    shape = run.add_picture(png(160, 100, seed), width=Inches(width))
    if alt:
        shape._inline.docPr.set("descr", alt)


def body(doc: Document, paragraphs: list[str]) -> None:
    for text in paragraphs:
        doc.add_paragraph(text)


def italic(doc: Document, text: str, style: str | None = None) -> None:
    doc.add_paragraph(style=style).add_run(text).italic = True


def bold(doc: Document, text: str, size: int | None = None) -> None:
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def comment(doc: Document, paragraph: Paragraph, text: str, author: str, initials: str, when: str) -> None:
    """An editor's Word comment on a whole paragraph, dated (w:date) so reruns match."""
    note = doc.add_comment(paragraph.runs, text=text, author=author, initials=initials)
    note._comment_elm.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", when)


def highlighted(doc: Document, text: str) -> None:
    run = doc.add_paragraph().add_run(text)
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW


DOCUMENTS: dict[str, Callable[[], Document]] = {}


def document(name: str) -> Callable[[Callable[[], Document]], Callable[[], Document]]:
    def register(build: Callable[[], Document]) -> Callable[[], Document]:
        DOCUMENTS[name] = build
        return build

    return register


@document("docx-title-style-redistricting")
def redistricting() -> Document:
    doc = new_document("Lorenzo Whitfield-Baez")
    doc.add_paragraph("County adopts new commission map after two failed votes", style="Title")
    italic(doc, "The map keeps Oak Flats whole but splits the fast-growing north end, a choice that drew "
           "a threat of a lawsuit")
    doc.add_paragraph("By Lorenzo Whitfield-Baez")
    body(doc, [
        "SALINA BEND, Kan. — The Reno Valley County Commission on Monday adopted new district "
        "boundaries on its third try, voting 3-2 for a map that keeps the town of Oak Flats in a "
        "single district but divides the county's rapidly growing northern suburbs between two.",
        "The commission must redraw its five districts after each census, and the 2020 count found "
        "that the county's north end had grown by 31% in a decade while the rural south lost "
        "population. Two earlier maps failed in votes in January and February.",
        "Commissioner Dolores Vance, who drew the adopted map with the county clerk's office, said "
        "keeping Oak Flats together mattered more than keeping the new subdivisions north of "
        "Highway 61 in one district. \"Oak Flats is a town with a school, a water system and a "
        "hundred years of history,\" she said. \"The subdivisions are five years old.\"",
    ])
    picture(doc, 3, "Residents fill rows of chairs in a county meeting room.")
    doc.add_paragraph("Residents listen as the Reno Valley County Commission debates district maps on "
                      "Monday in Salina Bend. (Photo: Gwen Ashby/Salina Bend Register)")
    body(doc, [
        "Residents of the northern subdivisions, many of whom packed the meeting, said the map dilutes "
        "their voice. Under it, about 9,400 north-end residents will share a district with the "
        "county's rural southeast corner.",
        "Mark Tobias, a lawyer who lives in the Prairie Ridge subdivision, told the commission he and "
        "other residents were considering a lawsuit. \"You have split a community of interest to "
        "protect incumbents,\" he said.",
        "Commissioners Ray Dunning and Alice Koenig voted against the map. Dunning said he preferred "
        "a version that kept the north end whole and split Oak Flats instead.",
        "The districts vary in population by 4.2% from largest to smallest, within the 10% range "
        "courts generally accept for local districts, according to the county clerk's analysis.",
        "The new map takes effect for the August primary.",
    ])
    doc.add_paragraph("Register reporter Jenna Kowalski contributed to this report.")
    return doc


@document("docx-bold-headline-school-meals")
def school_meals() -> Document:
    doc = new_document("Tasha Greenberg")
    highlighted(doc, "NOTE TO DESK: This is for Sunday A1 if there's room. Photo is Dmitri's from the "
                     "Lincoln cafeteria, cleared with the district. — TG")
    bold(doc, "Free school meals for every student? Two districts tried it. Here's what happened.", 16)
    italic(doc, "Participation rose by a third, and so did the paperwork savings, but a state "
                "funding formula left one district $400,000 short")
    doc.add_paragraph("By Tasha Greenberg and Luis Ferreira-Hall")
    body(doc, [
        "ROCKFORD HILLS, Ill. — When the Rockford Hills school district began serving free breakfast "
        "and lunch to all 8,200 of its students two years ago, Food Services Director Nadine Pruitt "
        "expected more children in the lunch line. She did not expect the line to grow by a third.",
        "\"We had kids who had never eaten school lunch because of what their friends would think of "
        "a free-lunch card,\" Pruitt said. \"When everybody eats free, nobody's on a card.\"",
        "Rockford Hills and neighboring Carver Township are among about 40 Illinois districts that "
        "serve free meals to every student under a federal option known as the Community "
        "Eligibility Provision, which lets high-poverty districts skip individual applications.",
    ])
    picture(doc, 7, "Students carry lunch trays past a serving line in a school cafeteria.")
    doc.add_paragraph("Students pick up lunch at Lincoln Elementary School in Rockford Hills on Feb. 4.")
    doc.add_paragraph("Photo by Dmitri Volkov/Prairie State Journal")
    body(doc, [
        "In both districts, the number of lunches served daily rose by 30% to 35% in the first year, "
        "according to figures the districts provided. Both also stopped processing roughly 3,000 "
        "paper applications a year.",
        "But the switch has a catch. Illinois uses the count of students who qualify for free or "
        "reduced-price meals to steer some state aid, and without applications that count has "
        "become harder to establish. Carver Township lost about $400,000 in state poverty funding "
        "last year as a result, Superintendent Gregory Amos said.",
        "\"Nobody designed these two programs to talk to each other,\" Amos said.",
        "A bill in the Illinois House would let districts use federal eligibility data instead of "
        "meal applications to calculate the aid. It passed a committee last month.",
        "Parents in both districts said the change has made mornings easier. \"I used to count out "
        "lunch money in quarters,\" said Jolene Marsh, who has three children in Carver Township "
        "schools. \"Now I just make sure they're out the door.\"",
    ])
    doc.add_paragraph("[TK: Amos to send the exact state aid figure Monday]")
    doc.add_paragraph("Additional reporting by Ivy Sandoval.")
    return doc


@document("docx-heading-slug-almond-water")
def almond_water() -> Document:
    doc = new_document("Reyna Castillo")
    doc.add_paragraph("ALMOND-WELLS / Castillo / 900 words / for Thu web, Fri print / art: 1 photo")
    doc.add_paragraph("Wells are running dry in Merced County. Almond orchards keep drilling deeper.",
                      style="Heading 1")
    italic(doc, "More than 300 household wells failed in two years as the groundwater table fell; "
                "a new state rule may not take effect until 2030")
    doc.add_paragraph("By Reyna Castillo, Staff Writer")
    doc.add_paragraph("MERCED, Calif. —")
    body(doc, [
        "When the kitchen faucet at Evelia Montoya's house outside Le Grand started sputtering last "
        "August, she called the well driller who had put in her family's well in 1994. He told her "
        "the wait was five months.",
        "Montoya, 58, is one of more than 300 Merced County residents who have reported dry household "
        "wells since 2024, according to a state tracking system. Most live in unincorporated areas "
        "near large orchards, where agricultural wells drilled to 800 feet or more pull from the same "
        "aquifer as household wells a few hundred feet deep.",
        "Groundwater levels in the area have fallen about 40 feet since 2015, according to "
        "monitoring data from the Merced Subbasin Groundwater Sustainability Agency.",
        "\"The orchards aren't doing anything illegal,\" said Héctor Ibarra, a hydrologist at the "
        "University of California, Merced. \"That's the problem. The rules that would stop this "
        "haven't bitten yet.\"",
        "Under California's 2014 groundwater law, local agencies must bring their basins into balance "
        "by 2040. The Merced agency's plan, approved by the state last year, would cap pumping "
        "starting in 2030.",
        "Growers say they have already cut back. Dana Whitlock, who manages 2,600 acres of almonds "
        "for a family partnership near Le Grand, said the operation has fallowed about 300 acres and "
        "switched to drip irrigation. \"We live here too,\" he said.",
        "The county's emergency program has delivered bottled water and 2,500-gallon tanks to 148 "
        "households. Montoya has had a tank in her yard since October.",
        "A new well was finally drilled on her property last month, at a cost of $31,000, most of it "
        "covered by a state grant. It goes down 480 feet.",
    ])
    picture(doc, 11)
    doc.add_paragraph("Evelia Montoya stands beside the water tank the county installed in her yard "
                      "near Le Grand. Credit: Paolo Nguyen / Valley Courier")
    doc.add_paragraph("Staff writers Ann Whitcombe and Jorge Salas contributed to this report.")
    doc.add_paragraph("-30-")
    return doc


@document("docx-crossheads-caption-style-rural-vet")
def rural_vet() -> Document:
    doc = new_document("Maren Solberg")
    doc.add_paragraph("The last large-animal vet in three counties is 71. She can't find anyone to take over.",
                      style="Title")
    doc.add_paragraph("Dr. June Halloran has worked calvings and colic calls across the Missouri "
                      "Breaks for 44 years. A national shortage means there may be no one after her.",
                      style="Subtitle")
    doc.add_paragraph("By: Maren Solberg")
    picture(doc, 5, "A woman in coveralls kneels beside a newborn calf in a snowy corral.", 5.5)
    doc.add_paragraph("Dr. June Halloran checks a newborn calf on a ranch north of Winifred in March.",
                      style="Caption")
    doc.add_paragraph("Credit: Maren Solberg/Big Sky Ledger", style="Caption")
    body(doc, [
        "WINIFRED, Mont. — The call came at 2:40 a.m., as most of them do in calving season. A heifer "
        "on the Teigen ranch, 38 miles north on a gravel road, had been trying to deliver for three "
        "hours.",
        "Dr. June Halloran was on the road by 2:55. She has made the same kind of drive, by her "
        "estimate, more than 10,000 times since she opened her practice in Winifred in 1982.",
        "Halloran is 71, and she is the only veterinarian who treats cattle and horses in an area of "
        "about 9,000 square miles spanning parts of Fergus, Petroleum and Judith Basin counties. She "
        "has been trying to sell her practice for four years.",
    ])
    doc.add_paragraph("A national shortage", style="Heading 2")
    body(doc, [
        "The U.S. Department of Agriculture lists more than 230 counties nationwide as having a "
        "shortage of veterinarians who treat food animals. Fewer than 5% of new veterinary graduates "
        "go into food-animal practice, according to the American Association of Bovine Practitioners.",
        "The reasons are not hard to find. A rural large-animal vet earns substantially less than a "
        "small-animal vet in a city, works longer and less predictable hours, and often graduates "
        "with more than $200,000 in student debt.",
        "\"I've had three young vets come out and ride along,\" Halloran said. \"All three were "
        "wonderful, and all three went back to Billings.\"",
    ])
    doc.add_paragraph("What ranchers fear", style="Heading 2")
    body(doc, [
        "For the ranchers who rely on her, the question is not abstract. Without a vet nearby, a "
        "difficult calving can mean a dead cow and calf, and federal rules require a veterinarian "
        "to certify cattle for interstate shipment.",
        "\"If June retires, the nearest vet is in Lewistown, and that's two hours for some of us,\" "
        "said Carl Teigen, whose heifer delivered a healthy bull calf that night. \"Two hours is "
        "a long time when a calf is stuck.\"",
    ])
    picture(doc, 9, "Veterinary tools laid out on the tailgate of a pickup truck.")
    doc.add_paragraph("Halloran's truck carries most of a clinic's equipment.", style="Caption")
    doc.add_paragraph("Credit: Maren Solberg/Big Sky Ledger", style="Caption")
    body(doc, [
        "Montana lawmakers last year created a loan repayment program that pays up to $80,000 to "
        "veterinarians who commit to four years in an underserved rural area. Two vets have signed "
        "up so far, neither in central Montana.",
        "Halloran says she will keep working until someone comes. \"I'm not going to leave these "
        "people without anybody,\" she said. \"I'd just like to not be doing it at 80.\"",
    ])
    highlighted(doc, "Ed: the USDA county count is from the 2025 list — still need to confirm with "
                     "the agency whether the 2026 list is out.")
    return doc


@document("docx-labelled-hed-dek-cutline-grain-elevator")
def grain_elevator() -> Document:
    doc = new_document("Owen Riggle")
    doc.add_paragraph("HED: Grain elevator explosion injures 3, damages 100-year-old landmark in Prairie Rose")
    doc.add_paragraph("DEK: Cause under investigation; co-op says harvest deliveries will shift to "
                      "its Alton site")
    doc.add_paragraph("BYLINE: Owen Riggle")
    doc.add_paragraph("")
    body(doc, [
        "PRAIRIE ROSE, Neb. (Plains Wire) — An explosion at a grain elevator in this Custer County "
        "town injured three workers Tuesday morning and blew out part of the concrete headhouse "
        "atop the structure, a landmark that has stood over the town since 1921.",
        "The blast happened at about 9:20 a.m. at the Prairie Rose elevator owned by Heartland "
        "Growers Cooperative, according to Custer County Sheriff Dwight Reimer. Two workers were "
        "flown to a hospital in Kearney with burns, and a third was treated at the scene.",
        "Reimer said all three were conscious and talking when they left the site. The co-op did not "
        "release their names.",
        "Grain dust can explode when it builds up in enclosed spaces and meets a spark, and such "
        "blasts were once common at elevators. Federal safety rules adopted in 1987 sharply reduced "
        "them, but the U.S. still averages about 8 to 10 grain dust explosions a year, according to "
        "researchers at Purdue University.",
        "\"You could feel it in the floor of the post office,\" said Linda Aasen, the town's "
        "postmaster, whose office is two blocks from the elevator. \"I thought a truck had hit the "
        "building.\"",
        "Heartland Growers CEO Thomas Gerber said the co-op was cooperating with state fire "
        "investigators and the federal Occupational Safety and Health Administration. Farmers who "
        "had planned to deliver soybeans to Prairie Rose this week should take them to the co-op's "
        "elevator in Alton, 22 miles east, he said.",
        "The Prairie Rose elevator, which holds about 1.4 million bushels, was listed on the "
        "Nebraska Register of Historic Places in 2019.",
    ])
    picture(doc, 13, "A tall concrete grain elevator with its top section damaged and smoke rising.")
    doc.add_paragraph("CUTLINE: Smoke rises from the damaged headhouse of the Heartland Growers "
                      "Cooperative elevator in Prairie Rose on Tuesday.")
    doc.add_paragraph("CREDIT: Courtesy of Custer County Sheriff's Office")
    doc.add_paragraph("")
    doc.add_paragraph("Reporting by Owen Riggle in Prairie Rose and Sadie Kwan in Lincoln; Editing by "
                      "Martin Abernethy")
    doc.add_paragraph("ENDIT")
    return doc


@document("docx-word-comments-county-budget")
def county_budget() -> Document:
    doc = new_document("Felicia Nakamura-Ross")
    doc.add_paragraph("Pell County budget adds 14 deputies, delays new jail for a third year",
                      style="Heading 1")
    italic(doc, "Commissioners also approved a 2-cent property tax cut, the first in more than a decade")
    doc.add_paragraph("Written by Felicia Nakamura-Ross")
    lede = doc.add_paragraph(
        "LA GRANGE, Ga. — Pell County commissioners on Tuesday approved a $212 million budget that "
        "hires 14 new sheriff's deputies and trims the property tax rate, while again postponing "
        "construction of a new county jail that officials have called overdue since 2019.")
    comment(doc, lede, "Felicia, is $212M the general fund or all funds? Clarify please.",
            "Sandra Voss", "SV", "2026-06-09T16:02:00Z")
    paragraphs = [
        "The budget, which takes effect July 1, is about 6% larger than this year's. It passed 4-1, "
        "with Commissioner Earl Whitmire voting no.",
        "The tax rate will drop from 9.84 mills to 9.82 mills. For the owner of a $250,000 home, "
        "that works out to a savings of about $2 a year. Commission Chair Patricia Oduya called it "
        "\"a signal more than a savings.\"",
        "Sheriff Ronald Kessler had asked for 20 new deputies, saying his patrol division regularly "
        "runs below minimum staffing on overnight shifts. \"Fourteen is a start,\" he said after the "
        "vote.",
        "The jail, estimated at $68 million, would replace a 1978 building that held an average of "
        "311 inmates last year in space designed for 240. Commissioners have delayed it each year "
        "since 2024, citing construction costs.",
        "Whitmire said he voted against the budget because of the delay. \"We are going to pay for "
        "that jail either with a bond or with a lawsuit,\" he said.",
        "Oduya said the county would consider asking voters to approve a special-purpose sales tax "
        "for the jail in November 2027.",
    ]
    for text in paragraphs:
        p = doc.add_paragraph(text)
        if text.startswith("The jail"):
            comment(doc, p, "Source for the 311 average? Jail report or sheriff?",
                    "Sandra Voss", "SV", "2026-06-09T16:05:00Z")
    doc.add_paragraph("Marcus Bell contributed reporting.")
    return doc


@document("docx-header-footer-bullets-library-hours")
def library_hours() -> Document:
    doc = new_document("Ana Beltrán")
    section = doc.sections[0]
    section.header.paragraphs[0].text = "DRAFT — NOT FOR PUBLICATION — Beltrán — v3"
    section.footer.paragraphs[0].text = "The Oakmont Herald · Metro desk · Confidential until published"
    bold(doc, "CITY WILL CUT LIBRARY HOURS AT SIX BRANCHES STARTING IN JULY")
    italic(doc, "Officials blame a hiring freeze; the cuts fall mostly on evenings and Sundays")
    doc.add_paragraph("By Ana Beltrán and Sam Whitley | The Oakmont Herald")
    body(doc, [
        "OAKMONT, Pa. — Six of Oakmont's 11 public library branches will close earlier on weeknights "
        "and stop opening on Sundays starting July 6, the city's library system announced Thursday, "
        "blaming a citywide hiring freeze that has left it 27 positions short.",
        "The changes, which library officials said were the most significant cuts to hours since "
        "2010, will reduce the system's total weekly open hours by about 14%.",
        "Under the new schedule:",
    ])
    for item in [
        "The Hazelwood, Carrick and Fineview branches will close at 6 p.m. instead of 8 p.m. Monday "
        "through Thursday.",
        "The Brookline, Spring Hill and Lincoln Place branches will close on Sundays.",
        "The Main Library downtown and the other four branches will keep their current hours.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    picture(doc, 17, "The front entrance of a brick library branch with a sign listing its hours.")
    doc.add_paragraph("A sign lists the current hours at the Carrick branch library on Thursday. "
                      "(Tomasz Reilly/The Oakmont Herald)")
    body(doc, [
        "Library Director Gwendolyn Asante said the system had tried to spread the cuts to avoid "
        "closing any branch entirely. \"Every one of these hours is somebody's homework time or "
        "job search,\" she said. \"We did not make these choices lightly.\"",
        "Mayor Richard Tanaka imposed the hiring freeze in January after the city projected a $41 "
        "million shortfall. A spokesperson for the mayor, Delia Marsh, said the freeze would be "
        "reviewed in the fall.",
        "City Council member Renee Okafor, whose district includes the Carrick branch, said she would "
        "ask the council to exempt library positions from the freeze. \"The library is the cheapest "
        "thing we do that people actually use,\" she said.",
        "The system recorded about 2.1 million visits last year, according to its annual report.",
    ])
    doc.add_paragraph("Herald researcher Priya Venkataraman contributed to this report.")
    return doc


@document("docx-sports-quote-style-state-title")
def state_title() -> Document:
    doc = new_document("DeShawn Mabry")
    doc.add_paragraph("[Notes for desk: game ended 10:52 p.m.; quotes from locker room. Box score is "
                      "in a separate file. Need this in by 11:45 for the late edition.]")
    doc.add_paragraph("Fairview ends 41-year wait with overtime win for Class 3A state title",
                      style="Title")
    italic(doc, "Junior guard Keisha Abernathy scored 9 of her 27 points in overtime as the Falcons "
                "beat Northport 64-59")
    doc.add_paragraph("By DeShawn Mabry")
    doc.add_paragraph("Sports Writer")
    body(doc, [
        "NORMAL, Ill. — For 41 years, the 1985 state championship banner hung alone in the Fairview "
        "High School gym. On Saturday night, Keisha Abernathy made sure it will have company.",
        "The junior guard scored nine of her 27 points in overtime, including a 3-pointer with 1:14 "
        "left that put Fairview ahead for good, as the Falcons beat Northport 64-59 in the Class 3A "
        "girls basketball state championship at Redbird Arena.",
        "Fairview (33-2) trailed by 11 points early in the third quarter before a 14-2 run, fueled by "
        "a full-court press, tied the game. Northport's Maya Lindstrom forced overtime with a "
        "layup at the regulation buzzer.",
        "\"I told them in the huddle, we've been in worse spots than this all year,\" Fairview coach "
        "Linda Castellanos said. \"They looked at me like I was crazy. Then they went out and "
        "proved me right.\"",
        "Lindstrom, a Northwestern signee, finished with 22 points and 11 rebounds for Northport "
        "(30-5), which was playing in its second straight title game.",
        "After the game, the Illinois High School Association read a statement from Fairview's "
        "1985 coach, Dorothy Hale, 88, who could not travel to the game:",
    ])
    doc.add_paragraph("\"I have waited a long time to share this, and I could not be prouder to "
                      "share it with these young women. Now go get another one.\"", style="Quote")
    body(doc, [
        "Abernathy, who was named the tournament's most valuable player, said she had read Hale's "
        "name on the banner every day since sixth grade. \"Now my name's going up there next to "
        "hers,\" she said.",
    ])
    picture(doc, 19, "Basketball players in white uniforms celebrate at center court holding a trophy.")
    doc.add_paragraph("Fairview players celebrate with the Class 3A trophy after beating Northport "
                      "64-59 in overtime Saturday at Redbird Arena in Normal.")
    doc.add_paragraph("Photo: Jordan Ellsworth/Central Illinois Gazette")
    doc.add_paragraph("DeShawn Mabry can be reached at dmabry@cigazette.example. Follow him on "
                      "X: @DMabryPreps.")
    return doc


def save(doc: Document, path: Path) -> None:
    """Save with fixed timestamps inside the zip, so that a rerun writes identical bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def main(argv: list[str]) -> int:
    names = argv or list(DOCUMENTS)
    for name in names:
        save(DOCUMENTS[name](), OUT / f"{name}.docx")
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

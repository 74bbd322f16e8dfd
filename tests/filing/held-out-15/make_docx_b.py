"""Build the two Word test documents of this folder with python-docx.

    python make_docx_b.py

writes, next to this script:

- docx-nonprofit-press-release-letterhead-logo-header-contact-table-list-bullets-photo-credit-lines-boilerplate-food-bank-cold-storage.docx
- docx-magazine-fact-check-copy-highlight-legend-superscript-source-keys-tracked-correction-checker-comments-fire-lookout.docx

The pictures are small PNGs drawn here with zlib and struct. Core properties,
comment dates and zip entry times are fixed, so a rerun writes the same bytes.
"""

import io
import re
import struct
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 12, 2, 9, 0, 0)

RELEASE_NAME = (
    "docx-nonprofit-press-release-letterhead-logo-header-contact-table-list-bullets-"
    "photo-credit-lines-boilerplate-food-bank-cold-storage.docx"
)
CHECK_NAME = (
    "docx-magazine-fact-check-copy-highlight-legend-superscript-source-keys-"
    "tracked-correction-checker-comments-fire-lookout.docx"
)


# --------------------------------------------------------------------------- pictures


def png(width, height, pixel):
    """Return the bytes of an RGB PNG whose pixels come from pixel(x, y)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return (
            struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def logo_png():
    """A green square with a gold band: the food bank's mark."""

    def pixel(x, y):
        if 26 <= y <= 36:
            return (212, 160, 23)
        return (46, 125, 50)

    return png(64, 64, pixel)


def warehouse_png():
    """Crates of fruit under cold blue light."""

    def pixel(x, y):
        if (x // 20 + y // 16) % 2:
            return (214, 120 + (y % 40), 60)
        return (150, 190, 225)

    return png(240, 160, pixel)


def ribbon_png():
    """A red ribbon across a grey loading dock."""

    def pixel(x, y):
        if abs(y - 80 - (x - 120) // 6) < 5:
            return (200, 30, 40)
        return (140 + (x % 30), 140, 145)

    return png(240, 160, pixel)


def lookout_png():
    """A small cab on a ridge against a pale sky."""

    def pixel(x, y):
        ridge = 110 - abs(x - 120) // 3
        if 60 <= x <= 84 and 44 <= y <= 66:
            return (120, 80, 50)
        if y > ridge:
            return (40, 80 + (x % 25), 45)
        return (200, 220, 240 - y // 4)

    return png(240, 160, pixel)


def archive_png():
    """A grainy sepia print."""

    def pixel(x, y):
        v = 150 + ((x * 7 + y * 13) % 40) - (40 if 70 <= x <= 170 and 30 <= y <= 120 else 0)
        return (v, int(v * 0.85), int(v * 0.65))

    return png(240, 160, pixel)


def add_picture(paragraph, data, width, description=None):
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=width)
    if description is not None:
        shape._inline.docPr.set("descr", description)
    return shape


# --------------------------------------------------------------------------- helpers


def set_core(doc, author, title):
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 7


def para(doc, text="", style=None, bold=False, italic=False, size=None, color=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = color
    if align is not None:
        p.alignment = align
    return p


def page_field(paragraph):
    paragraph._p.append(
        parse_xml(
            '<w:fldSimple {} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'.format(
                nsdecls("w")
            )
        )
    )


def tracked(paragraph, kind, change_id, author, text, highlight=None):
    """Append a tracked deletion ('del') or insertion ('ins') of text to paragraph."""
    rpr = f'<w:rPr><w:highlight w:val="{highlight}"/></w:rPr>' if highlight else ""
    tag = "w:delText" if kind == "del" else "w:t"
    xml = (
        f'<w:{kind} {nsdecls("w")} w:id="{change_id}" w:author="{author}" '
        f'w:date="2026-12-01T15:20:00Z"><w:r>{rpr}<{tag} xml:space="preserve">{text}</{tag}>'
        f"</w:r></w:{kind}>"
    )
    paragraph._p.append(parse_xml(xml))


def save(doc, name):
    """Save doc with fixed zip entry times and fixed comment dates."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-12-01T16:05:00Z"', data)
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, data)
    (HERE / name).write_bytes(out.getvalue())


# --------------------------------------------------------------------------- press release

RELEASE_BODY = [
    (
        "Valley Harvest Food Bank on Tuesday opened an 18,000-square-foot cold-storage warehouse that will "
        "triple the amount of fresh produce, dairy and meat it can accept from farms and grocers across "
        "Merced, Stanislaus and Madera counties."
    ),
    (
        "The $6.8 million facility, on a 3-acre site next to the food bank’s existing warehouse on Industrial "
        "Way, includes three refrigerated rooms and a freezer large enough to hold 40 pallets of frozen food."
    ),
    (
        "Until now, the food bank could store about 90,000 pounds of perishable food at a time. The new "
        "building raises that to about 280,000 pounds."
    ),
    (
        "“Every summer we have had to tell growers no. We’d get a call about ten tons of peaches that didn’t "
        "make grade, and we had nowhere to put them,” said Miguel Arredondo, chief executive officer of Valley "
        "Harvest Food Bank. “This building means we can finally say yes.”"
    ),
    (
        "The food bank distributed 21.4 million pounds of food last year through 142 partner pantries, "
        "schools and senior centers, about 38% of it fresh produce. Demand at partner pantries has risen 27% "
        "since 2023, Arredondo said."
    ),
]

RELEASE_BULLETS = [
    "Three cold rooms held at 34 to 38 degrees for produce and dairy",
    "A 2,400-square-foot freezer held at minus 10 degrees",
    "Six refrigerated loading docks, so trucks can unload without breaking the cold chain",
    "A rooftop solar array expected to cover about 60% of the building’s electricity use",
]

RELEASE_AFTER = [
    (
        "The project was paid for with a $3.5 million state grant, $2.1 million from the Linden Grove "
        "Community Foundation and more than 1,100 individual donations, the food bank said."
    ),
    (
        "“Cold storage is the single biggest thing that limits how much fresh food a food bank can move,” "
        "said Hannah Osei, executive director of the Linden Grove Community Foundation. “This gives the whole "
        "region more room to work with.”"
    ),
    (
        "The food bank expects to add six full-time jobs, including two refrigeration technicians and four "
        "warehouse workers, by spring."
    ),
    (
        "Volunteers are needed for weekday sorting shifts in the new building. Information is at "
        "valleyharvest.org/volunteer."
    ),
]

GREY = RGBColor(0x66, 0x66, 0x66)
GREEN = RGBColor(0x2E, 0x7D, 0x32)


def build_release():
    doc = Document()
    set_core(doc, "Rosa Delgado-Pike", "PR - cold storage opening FINAL v3")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    header = section.header
    hp = header.paragraphs[0]
    add_picture(hp, logo_png(), Inches(0.6), "Valley Harvest Food Bank logo")
    run = hp.add_run("  Valley Harvest Food Bank")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = GREEN
    hp2 = header.add_paragraph()
    run = hp2.add_run(
        "2250 Industrial Way · Linden Grove, CA 95348 · (209) 555-0134 · valleyharvest.org"
    )
    run.font.size = Pt(8)
    run.font.color.rgb = GREY

    fp = section.footer.paragraphs[0]
    run = fp.add_run(
        "Valley Harvest Food Bank is a 501(c)(3) nonprofit organization. Tax ID 94-2860117. Page "
    )
    run.font.size = Pt(8)
    run.font.color.rgb = GREY
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    lp = left.paragraphs[0]
    run = lp.add_run("NEWS RELEASE")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = GREEN
    lp2 = left.add_paragraph()
    run = lp2.add_run("FOR IMMEDIATE RELEASE")
    run.bold = True
    left.add_paragraph("December 2, 2026")
    rp = right.paragraphs[0]
    run = rp.add_run("Media contact:")
    run.bold = True
    right.add_paragraph("Rosa Delgado-Pike, Communications Manager")
    right.add_paragraph("(209) 555-0139 | rdelgado@valleyharvest.org")
    for cell_paragraph in right.paragraphs:
        cell_paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc)
    para(
        doc,
        "Valley Harvest Food Bank opens $6.8 million cold-storage warehouse, tripling its capacity for "
        "fresh produce",
        bold=True,
        size=16,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(
        doc,
        "New 18,000-square-foot facility will let the food bank accept farm surplus it has turned away "
        "for years",
        italic=True,
        size=12,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc)

    first = doc.add_paragraph()
    run = first.add_run("LINDEN GROVE, Calif. (Dec. 2, 2026) – ")
    run.bold = True
    first.add_run(RELEASE_BODY[0])
    for text in RELEASE_BODY[1:3]:
        para(doc, text)

    pic = doc.add_paragraph()
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_picture(
        pic,
        warehouse_png(),
        Inches(4.5),
        "Volunteers in jackets sorting peaches and plums into crates inside a refrigerated room",
    )
    para(
        doc,
        "Volunteers sort donated stone fruit in one of the food bank’s new cold rooms on Tuesday.",
        italic=True,
        size=9,
    )
    para(doc, "Photo: Marisol Estrada Photography", size=8, color=GREY)

    for text in RELEASE_BODY[3:]:
        para(doc, text)
    para(doc, "The new warehouse includes:")
    for text in RELEASE_BULLETS:
        para(doc, text, style="List Bullet")
    for text in RELEASE_AFTER[:2]:
        para(doc, text)

    pic = doc.add_paragraph()
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_picture(pic, ribbon_png(), Inches(4.5))
    para(
        doc,
        "Board chair Lucinda Park, center, and CEO Miguel Arredondo, right, cut the ribbon at the new "
        "warehouse’s loading dock.",
        italic=True,
        size=9,
    )
    para(doc, "Courtesy of Valley Harvest Food Bank", size=8, color=GREY)

    for text in RELEASE_AFTER[2:]:
        para(doc, text)

    para(doc, "###", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "About Valley Harvest Food Bank", bold=True)
    para(
        doc,
        "Valley Harvest Food Bank has fought hunger in the northern San Joaquin Valley since 1982. "
        "Working with 142 partner agencies, it provides food to more than 95,000 people each month. "
        "Learn more at valleyharvest.org.",
    )
    para(
        doc,
        "Note to editors: High-resolution photos are attached. Interviews with Miguel Arredondo and "
        "tours of the warehouse can be arranged through the media contact above.",
        italic=True,
        size=9,
        color=GREY,
    )
    save(doc, RELEASE_NAME)


# --------------------------------------------------------------------------- fact-check copy

CHECKER = "Marisol Ferrante"

SOURCES = [
    (
        "U.S. Forest Service, Sawtooth Ridge Lookout history file, Carlton Ranger District, pp. 3–4 "
        "(tower height 68 ft per 1989 structural survey; brochure’s 62 ft is the cab floor)."
    ),
    (
        "Carlton RD recreation staff, email 11/24: cab 14x14, propane fridge, woodstove; acreage in "
        "seen-area map is 412,000."
    ),
    (
        "Bitterroot Valley Historical Society, CCC Camp F-38 records; district archaeologist T. Ruano, "
        "phone 11/25."
    ),
    (
        "Forest Service Northern Region fire office (J. Amsel), email 11/26: 25 staffed lookouts in MT in "
        "2026; 600+ in 1940s per Forest Fire Lookout Association registry."
    ),
    "Same as 4. Amsel confirmed no one else in region with 30+ consecutive full seasons.",
    "Osborne Firefinder patent and Forest Service equipment history, 1915 model year.",
    "Dale Kittredge, FMO, phone 11/25: $38,000 incl. pay, supplies, maintenance (FY2026 estimate).",
]


def check_paragraph(doc, pieces):
    """pieces: (text, kind) with kind None, 'green', 'yellow', 'red' or 'sup'."""
    p = doc.add_paragraph()
    runs = []
    for text, kind in pieces:
        run = p.add_run(text)
        if kind == "sup":
            run.font.superscript = True
        elif kind == "green":
            run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
        elif kind == "yellow":
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "red":
            run.font.highlight_color = WD_COLOR_INDEX.RED
        runs.append(run)
    return p, runs


def build_check():
    doc = Document()
    set_core(doc, "Teodora Lind", "Lookout - Winter 26 - FC copy")
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    run = hp.add_run(
        "FACT-CHECK COPY — Cascade Quarterly, Winter 2026 — “The Lookout” — checked by M. Ferrante — "
        "do not send to layout"
    )
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    fp = section.footer.paragraphs[0]
    run = fp.add_run("Cascade Quarterly research desk · ")
    run.font.size = Pt(8)
    page_field(fp)

    para(doc, "CHECKER’S KEY", bold=True, size=9)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    legend = [
        ("Confirmed", WD_COLOR_INDEX.BRIGHT_GREEN, "Checked against the source listed; no change."),
        ("Changed", WD_COLOR_INDEX.YELLOW, "Corrected; see tracked edit and comment."),
        ("Unconfirmed", WD_COLOR_INDEX.RED, "Could not confirm; writer to resolve before close."),
        (
            "1 2 3",
            None,
            "Superscript numbers refer to the source list at the end of this document.",
        ),
    ]
    for row, (label, colour, meaning) in zip(key.rows, legend, strict=False):
        lp = row.cells[0].paragraphs[0]
        run = lp.add_run(label)
        run.font.size = Pt(9)
        if colour is not None:
            run.font.highlight_color = colour
        else:
            run.font.superscript = True
        mp = row.cells[1].paragraphs[0]
        run = mp.add_run(meaning)
        run.font.size = Pt(9)
    para(doc)

    para(doc, "The Last Lookout on Sawtooth Ridge", style="Title")
    para(
        doc,
        "For 31 summers, Verna Hollings has watched for smoke from a 14-by-14-foot cab on stilts. She "
        "may be the last person in the region to do it full time.",
        style="Subtitle",
    )
    para(doc, "By Teodora Lind", bold=True)

    pic = doc.add_paragraph()
    add_picture(
        pic,
        lookout_png(),
        Inches(5.5),
        "A woman with binoculars on the catwalk of a fire lookout above forested ridges",
    )
    para(
        doc,
        "Verna Hollings scans the ridgelines from the Sawtooth Ridge lookout in August.",
        style="Caption",
    )
    para(doc, "Photograph by Callum Reyes", style="Caption")

    check_paragraph(
        doc,
        [
            (
                (
                    "Verna Hollings climbs to work a little after 8 every morning, a thermos in one hand and a "
                    "handheld radio in the other. By the time she reaches the catwalk, she has already looked "
                    "at every ridge she can see."
                ),
                None,
            )
        ],
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "“You don’t wait to get inside to start,” she said on a clear morning in August. “Smoke "
                    "doesn’t care whether you’ve had your coffee.”"
                ),
                None,
            )
        ],
    )

    p, runs = check_paragraph(
        doc,
        [
            ("Hollings, 71, has spent 31 summers in the Sawtooth Ridge lookout, a ", "green"),
        ],
    )
    tracked(p, "del", 101, CHECKER, "62")
    tracked(p, "ins", 102, CHECKER, "68", highlight="yellow")
    tail = [
        ("-foot steel tower in the Carlton Ranger District of western Montana.", "green"),
        ("1", "sup"),
        (
            (
                " From June to September she lives there alone, with a propane fridge, a woodstove she "
                "rarely needs and a view across more than 400,000 acres of national forest."
            ),
            "green",
        ),
        ("2", "sup"),
    ]
    for text, kind in tail:
        run = p.add_run(text)
        if kind == "sup":
            run.font.superscript = True
        else:
            run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    doc.add_comment(
        runs[0],
        text="Brochure and the writer’s notes say 62 ft; that is the height of the cab floor. The 1989 "
        "structural survey gives 68 ft to the catwalk rail. Changed to 68 (source 1). —MF",
        author=CHECKER,
        initials="MF",
    )

    p, runs = check_paragraph(
        doc,
        [
            (
                (
                    "The tower was built in 1934 by a Civilian Conservation Corps crew that hauled the steel up "
                    "the ridge on mules."
                ),
                "green",
            ),
            ("3", "sup"),
            (
                (
                    " It is one of about 25 lookouts in Montana that the Forest Service still staffs each fire "
                    "season, down from more than 600 in the 1940s."
                ),
                "green",
            ),
            ("4", "sup"),
        ],
    )
    doc.add_comment(
        runs[0],
        text="Mules: district archaeologist says the CCC camp log mentions a pack string; OK. —MF",
        author=CHECKER,
        initials="MF",
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "Most of the others are staffed by seasonal workers who stay a summer or two, or by "
                    "volunteers on weekend shifts. Hollings is the only person in the region who has worked a "
                    "lookout full time every season for more than 30 years, according to the Forest Service’s "
                    "regional fire office."
                ),
                "green",
            ),
            ("5", "sup"),
        ],
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "Her job is the same one lookouts did a century ago: spot smoke, fix its location and "
                    "report it. She uses a circular map table called an Osborne Firefinder, which dates to "
                    "1915, to take a bearing on each smoke and estimate its distance."
                ),
                "green",
            ),
            ("6", "sup"),
        ],
    )

    para(doc, "Smoke reports by radio", style="Heading 2")

    check_paragraph(
        doc,
        [
            (
                (
                    "Last season she reported 23 smokes, 19 of which turned out to be wildfires, she said. The "
                    "district’s fire management officer, Dale Kittredge, said her reports were often the first "
                    "the district received."
                ),
                "green",
            )
        ],
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "“Cameras and satellites are great, and we use them, but Verna will call in a smoke with a "
                    "location that’s within a quarter-mile before the satellite has even passed over,” "
                    "Kittredge said."
                ),
                None,
            )
        ],
    )

    pic = doc.add_paragraph()
    add_picture(pic, archive_png(), Inches(4.0))
    para(doc, "The original lookout cab in 1936, two years after it was built.", style="Caption")
    para(doc, "Courtesy of the Bitterroot Valley Historical Society", style="Caption")

    check_paragraph(
        doc,
        [
            (
                (
                    "The Forest Service has installed remote cameras on four nearby peaks since 2021, and some "
                    "in the agency have questioned whether staffed lookouts are worth the cost. Keeping "
                    "Sawtooth Ridge open costs about $38,000 a season, including Hollings’ pay, supplies and "
                    "tower maintenance, Kittredge said."
                ),
                "green",
            ),
            ("7", "sup"),
        ],
    )
    check_paragraph(
        doc,
        [
            (
                "Hollings does not argue with the cameras. She just points out what they cannot do.",
                None,
            )
        ],
    )
    p, runs = check_paragraph(
        doc,
        [
            ("“A camera sees smoke. It doesn’t know that ", None),
            ("the Pattersons burn their slash pile every Tuesday", "red"),
            (
                ", or that the haze over Cold Creek is dust from the logging road,” she said.",
                None,
            ),
        ],
    )
    doc.add_comment(
        runs[1],
        text="Teo — can’t reach the Pattersons and the county has no burn permit on file for them. Either "
        "get them on the phone or make it “a neighbor burns a slash pile.” Flagging for close. —MF",
        author=CHECKER,
        initials="MF",
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "She plans to come back next summer, and the summer after that, she said, as long as her "
                    "knees hold out for the climb."
                ),
                None,
            )
        ],
    )
    check_paragraph(
        doc,
        [
            (
                (
                    "“When I can’t do the stairs anymore, I’ll know,” she said. “Until then, somebody’s got to "
                    "be up here.”"
                ),
                None,
            )
        ],
    )

    para(doc)
    para(doc, "SOURCE LIST (checker — not for publication)", bold=True)
    for source in SOURCES:
        para(doc, source, style="List Number", size=9)
    para(
        doc,
        "Checked by Marisol Ferrante, Dec. 1, 2026. Writer has seen all changes; item in red still open.",
        italic=True,
        size=9,
        color=GREY,
    )
    save(doc, CHECK_NAME)


if __name__ == "__main__":
    build_release()
    build_check()

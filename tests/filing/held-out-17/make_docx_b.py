"""Write the two Word documents of this folder (filing test set, part b).

Run with the project's Python, which has python-docx:

    python make_docx_b.py   (with python-docx installed)

The files are written next to this script. Core properties, comment dates and zip entry times are
fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 12, 2, 16, 40, 0)
ZIP_TIME = (2026, 12, 2, 16, 40, 0)
GREY = RGBColor(0x6E, 0x6E, 0x6E)
RED = RGBColor(0xC0, 0x00, 0x00)


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, pixel) -> bytes:
    """A small RGB PNG; pixel(x, y) returns an (r, g, b) tuple."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
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


def house_with_tarp(x: int, y: int) -> tuple[int, int, int]:
    if y < 40:
        return (150, 180, 215)  # sky
    if 40 <= y < 70 and 30 <= x < 130 and abs(x - 80) < (y - 40) * 2 + 10:
        return (40, 90, 190)  # blue tarp on the roof
    if 70 <= y < 110 and 35 <= x < 125:
        return (205, 195, 170)  # siding
    return (110, 140, 80)  # lawn


def shingle_pallet(x: int, y: int) -> tuple[int, int, int]:
    if y < 30:
        return (200, 200, 205)
    if 50 <= y < 95 and 45 <= x < 115:
        return (70, 70, 75) if (y // 6) % 2 else (95, 95, 100)
    return (150, 140, 125)  # driveway


def ferry_on_river(x: int, y: int) -> tuple[int, int, int]:
    if y < 35:
        return (185, 205, 225)
    if y < 45:
        return (160, 110, 60)  # autumn bank
    if 60 <= y < 78 and 55 <= x < 115:
        return (230, 230, 225)  # ferry deck
    if y == 58:
        return (30, 30, 30)  # the cable
    return (60, 90, 120)  # river


def operator_cabin(x: int, y: int) -> tuple[int, int, int]:
    if 20 <= y < 90 and 50 <= x < 110:
        return (190, 40, 40) if y < 35 else (235, 230, 220)
    return (60, 90, 120) if y >= 90 else (175, 195, 215)


def picture_stream(fn, width: int = 160, height: int = 120) -> io.BytesIO:
    return io.BytesIO(png(width, height, fn))


def describe_last_picture(run, description: str) -> None:
    doc_pr = run._r.xpath(".//wp:docPr")[0]
    doc_pr.set("descr", description)


# --------------------------------------------------------------------------- helpers


def fix_core(document: Document, title: str, author: str) -> None:
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def add_field(paragraph, instruction: str, result: str) -> None:
    """A simple field (PAGE, NUMPAGES) with its shown result."""
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>{result}</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(fld)


def grey_run(paragraph, text: str, size: float = 9, italic: bool = False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.color.rgb = GREY
    run.italic = italic
    return run


def save_reproducibly(document: Document, path: Path) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, data)
    print("wrote", path.name)


# --------------------------------------------------------------------------- document 1

LEGAL_NAME = (
    "docx-legal-review-copy-auto-numbered-paragraphs-counsel-comments-tracked-softening-"
    "bracketed-counsel-note-privileged-header-roofer-deposits"
)

COUNSEL = "Miriam Ostrander"

LEGAL_BODY = [
    (
        "CASTLE BUTTE, S.D. — When hail the size of golf balls shredded the roof of Marlene Fjeld’s "
        "ranch house in June, a salesman from Summit Peak Roofing was on her porch two days later."
    ),
    (
        "She signed a contract for $14,600 and wrote a check for a $7,300 deposit. That was the "
        "last she saw of the company, she said. “He told me they’d be out in three weeks. It’s "
        "December and I still have a tarp on my roof,” said Fjeld, 74."
    ),
    (
        "Fjeld is one of at least 43 homeowners in western South Dakota who have filed complaints "
        "with the state attorney general’s office against Summit Peak Roofing since the June 14 "
        "storm, according to records obtained by the Journal through an open-records request. "
        "Together, they say they paid the company more than $390,000 in deposits for work that was "
        "never started."
    ),
    "TRACKED",
    (
        "Summit Peak’s owner, Travis Lindell of Sioux Falls, said in a phone interview that the "
        "company is not a scam. He said a shortage of shingles and crews after the storm left it "
        "unable to keep up with the contracts it had signed, and that he intends to either complete "
        "the work or refund every customer."
    ),
    (
        "“I’m not hiding from anybody. I answer my phone,” Lindell said. “We got buried. We signed "
        "too many jobs, I’ll own that. But nobody took anybody’s money and ran.”"
    ),
    "PICTURE1",
    "CROSSHEAD",
    (
        "Homeowners interviewed by the Journal described similar experiences: a salesman who "
        "arrived within days of the storm, a deposit of half the contract price, a start date that "
        "kept slipping, and then phone calls that went unanswered."
    ),
    (
        "Rick and Sonja Albers paid $9,850 in July for a new roof and gutters on their home in "
        "Castle Butte. A crew dropped off a pallet of shingles in August, they said, but never came "
        "back. The shingles are still in their driveway under a tarp."
    ),
    "“At least we have the shingles,” Sonja Albers said. “That’s what the neighbors keep telling us.”",
    "COUNSELNOTE",
    "Lindell said he had not been served with the lawsuit. His attorney did not return messages Tuesday.",
    "PICTURE2",
    (
        "South Dakota does not license roofing contractors, though some cities require them to "
        "register. The Castle Butte City Council is scheduled to consider a registration "
        "requirement in January."
    ),
    (
        "The attorney general’s office asks anyone with a complaint against a contractor to call "
        "its consumer hotline or to file one online."
    ),
]


def add_numbering(document: Document) -> int:
    """Add a plain decimal list (1., 2., 3. ...) and return its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:nsid w:val="5A3C1E27"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="0409000F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:b/><w:color w:val="C00000"/></w:rPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return 90


def numbered(document: Document, num_id: int, text: str = ""):
    paragraph = document.add_paragraph(style="List Paragraph")
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    ppr.append(
        parse_xml(f'<w:spacing {nsdecls("w")} w:after="160" w:line="300" w:lineRule="auto"/>')
    )
    if text:
        paragraph.add_run(text)
    return paragraph


def tracked_paragraph(document: Document, num_id: int) -> None:
    paragraph = numbered(document, num_id)
    paragraph.add_run(
        "The attorney general’s Consumer Protection Division confirmed Monday that it has opened "
    )
    date = "2026-12-02T16:12:00Z"
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="901" w:author="{COUNSEL}" w:date="{date}">'
            '<w:r><w:delText xml:space="preserve">a fraud</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="902" w:author="{COUNSEL}" w:date="{date}">'
            "<w:r><w:t>an</w:t></w:r></w:ins>"
        )
    )
    paragraph.add_run(" investigation. A spokesperson declined to give details.")


def comment(document: Document, runs, text: str, when: str) -> None:
    c = document.add_comment(runs, text=text, author=f"{COUNSEL} (counsel)", initials="MO")
    c._comment_elm.set(qn("w:date"), when)


def build_legal() -> None:
    document = Document()
    fix_core(document, "Summit Peak Roofing - legal read", "Dana Whitcomb")
    styles = document.styles
    styles["Normal"].font.name = "Cambria"
    styles["Normal"].font.size = Pt(11)
    num_id = add_numbering(document)

    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(
        "PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION — PREPARED FOR LEGAL REVIEW"
    )
    run.bold = True
    run.font.size = Pt(8)
    run.font.color.rgb = RED
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    grey_run(foot, "Legal read, copy 2 · returned Dec. 2, 2026 · Page ", size=8)
    add_field(foot, "PAGE", "1")
    grey_run(foot, " of ", size=8)
    add_field(foot, "NUMPAGES", "3")

    note = document.add_paragraph()
    grey_run(
        note,
        (
            "LEGAL READ — Summit Peak Roofing. Paragraphs are numbered for reference only; the "
            "numbers will not print. Counsel’s changes are tracked and her questions are in the "
            "margin. —DW"
        ),
        size=9,
        italic=True,
    )

    hed = document.add_paragraph()
    run = hed.add_run(
        "Hail victims say a roofer took their deposits and vanished. Now the state is investigating."
    )
    run.bold = True
    run.font.size = Pt(20)
    dek = document.add_paragraph()
    run = dek.add_run(
        "More than 40 homeowners have filed complaints against Summit Peak Roofing since the June "
        "storm; the company’s owner says he was overwhelmed by supply delays, not running a scam"
    )
    run.italic = True
    run.font.size = Pt(13)
    document.add_paragraph("By Dana Whitcomb and Eli Marchetti")

    numbered_paragraphs = []
    for text in LEGAL_BODY:
        if text == "TRACKED":
            tracked_paragraph(document, num_id)
        elif text == "PICTURE1":
            pic = document.add_paragraph()
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = pic.add_run()
            run.add_picture(picture_stream(house_with_tarp), width=Inches(4.5))
            describe_last_picture(
                run,
                "An older woman stands in front of a one-story house with a blue tarp on its roof.",
            )
            document.add_paragraph(
                "Marlene Fjeld stands outside her home in Castle Butte, where a tarp has covered "
                "the hail damage since June.",
                style="Caption",
            )
            credit = document.add_paragraph()
            credit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            grey_run(credit, "Eli Marchetti/Black Hills Journal")
        elif text == "PICTURE2":
            pic = document.add_paragraph()
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pic.add_run().add_picture(picture_stream(shingle_pallet), width=Inches(4.5))
            document.add_paragraph(
                "Shingles delivered by Summit Peak Roofing in August sit under a tarp in the "
                "driveway of Rick and Sonja Albers’ home.",
                style="Caption",
            )
            credit = document.add_paragraph()
            credit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            grey_run(credit, "Courtesy of Rick and Sonja Albers")
        elif text == "CROSSHEAD":
            paragraph = numbered(document, num_id)
            paragraph.add_run("‘Nobody ever called back’").bold = True
        elif text == "COUNSELNOTE":
            paragraph = numbered(document, num_id)
            paragraph.add_run(
                "Three of the homeowners, including the Alberses, filed a lawsuit in circuit court "
                "in Castle Butte last month seeking the return of their deposits. The suit accuses "
                "the company of breach of contract and of violating the state’s deceptive trade "
                "practices law."
            )
            note_run = paragraph.add_run(
                " [COUNSEL: keep “accuses” — these are allegations only; do not write that he "
                "“took” the money. MO]"
            )
            note_run.bold = True
            note_run.font.color.rgb = RED
            numbered_paragraphs.append(paragraph)
        else:
            numbered_paragraphs.append(numbered(document, num_id, text))

    contrib = document.add_paragraph()
    contrib.add_run("Journal researcher Pat Oyama contributed to this report.").italic = True

    signoff = document.add_paragraph()
    run = signoff.add_run(
        "COUNSEL SIGN-OFF: Cleared for publication with the changes marked. Hold if Lindell’s "
        "attorney calls back with anything new. — M. Ostrander, Dec. 2, 2026, 4:40 p.m."
    )
    run.bold = True
    run.font.color.rgb = RED
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    # numbered_paragraphs: 0 lede, 1 Fjeld deposit, 2 complaints, 3 Lindell, 4 Lindell quote, ...
    complaints = numbered_paragraphs[2]
    comment(
        document,
        complaints.runs[0],
        "Confirm the $390,000 total against the AG records. Do we have all 43 complaint forms in hand?",
        "2026-12-02T15:58:00Z",
    )
    comment(
        document,
        numbered_paragraphs[3].runs[0],
        "Is he the sole owner? The Secretary of State filing lists a second member of the LLC.",
        "2026-12-02T16:03:00Z",
    )
    comment(
        document,
        numbered_paragraphs[4].runs[0],
        "Fine to run — he said it on the record and Dana has the recording.",
        "2026-12-02T16:05:00Z",
    )

    save_reproducibly(document, HERE / f"{LEGAL_NAME}.docx")


# --------------------------------------------------------------------------- document 2

BILINGUAL_NAME = (
    "docx-side-by-side-bilingual-table-english-left-french-right-merged-photo-rows-paired-captions-"
    "translator-line-cable-ferry-bridge"
)

# (English, French) pairs in reading order. "PIC1"/"PIC2" mark the merged picture rows.
PAIRS = [
    (
        (
            "POINTE-LAVALLÉE, N.B. — The cable ferry that has carried cars across the Rivière aux "
            "Saules at Pointe-Lavallée since 1907 will be replaced by a two-lane bridge, the "
            "provincial Department of Transportation announced Tuesday."
        ),
        (
            "POINTE-LAVALLÉE (N.-B.) – Le traversier à câble qui transporte des voitures sur la "
            "rivière aux Saules à Pointe-Lavallée depuis 1907 sera remplacé par un pont à deux "
            "voies, a annoncé mardi le ministère provincial des Transports."
        ),
    ),
    (
        (
            "Construction of the 210-metre bridge is to begin in 2028 and finish by the fall of "
            "2030, at an estimated cost of $38 million. The ferry will keep running until the "
            "bridge opens."
        ),
        (
            "La construction du pont de 210 mètres doit commencer en 2028 et se terminer à "
            "l’automne 2030, au coût estimé de 38 millions de dollars. Le traversier restera en "
            "service jusqu’à l’ouverture du pont."
        ),
    ),
    (
        (
            "For residents of the north shore, the bridge will end the winter closures that cut "
            "them off from the village whenever ice jams the crossing. Last winter the ferry was "
            "out of service for 41 days, forcing a 46-kilometre detour through Saint-Ours."
        ),
        (
            "Pour les résidents de la rive nord, le pont mettra fin aux fermetures hivernales qui "
            "les coupent du village chaque fois que la glace bloque la traversée. L’hiver dernier, "
            "le traversier a été hors service pendant 41 jours, imposant un détour de 46 kilomètres "
            "par Saint-Ours."
        ),
    ),
    (
        (
            "“When the ferry stops, my children get to school an hour late and I get to work an "
            "hour late,” said Nathalie Robichaud, who lives on the north shore and works at the "
            "health centre in Pointe-Lavallée. “A bridge changes our lives.”"
        ),
        (
            "« Quand le traversier arrête, mes enfants arrivent à l’école une heure en retard et "
            "moi au travail une heure en retard », a déclaré Nathalie Robichaud, qui habite la rive "
            "nord et travaille au centre de santé de Pointe-Lavallée. « Un pont, ça change nos "
            "vies. »"
        ),
    ),
    ("PIC1", ""),
    (
        (
            "Others say the crossing is part of what makes the village what it is. The ferry, which "
            "carries up to 12 cars, draws hundreds of tourists on summer weekends, and its "
            "operators are local celebrities."
        ),
        (
            "D’autres estiment que la traversée fait partie de l’identité du village. Le "
            "traversier, qui peut transporter 12 voitures, attire des centaines de touristes les "
            "fins de semaine d’été, et ses opérateurs sont des vedettes locales."
        ),
    ),
    (
        (
            "“People come from Quebec and Maine just to ride it,” said Gérard Léger, who has "
            "operated the ferry for 23 years. “They take pictures of the cable, of the river, of "
            "me. Nobody takes pictures of a bridge.”"
        ),
        (
            "« Les gens viennent du Québec et du Maine juste pour le prendre », a dit Gérard Léger, "
            "qui exploite le traversier depuis 23 ans. « Ils photographient le câble, la rivière, "
            "moi. Personne ne photographie un pont. »"
        ),
    ),
    ("PIC2", ""),
    ("CROSSHEAD", ""),
    (
        (
            "Department spokesperson Julie Arsenault said the province is open to keeping the ferry "
            "as a seasonal tourist attraction, run by the village or a non-profit group, once the "
            "bridge opens."
        ),
        (
            "La porte-parole du ministère, Julie Arsenault, a indiqué que la province est ouverte à "
            "l’idée de conserver le traversier comme attraction touristique saisonnière, exploitée "
            "par le village ou un organisme sans but lucratif, une fois le pont ouvert."
        ),
    ),
    (
        (
            "Mayor Rémi Doucet said council would study the idea but could not afford to run the "
            "ferry on its own. Operating it costs the province about $620,000 a year."
        ),
        (
            "Le maire Rémi Doucet a affirmé que le conseil étudiera l’idée, mais qu’il n’a pas les "
            "moyens d’exploiter seul le traversier. Son exploitation coûte environ 620 000 $ par "
            "année à la province."
        ),
    ),
    (
        (
            "A public information session on the bridge design will be held Jan. 13 at the Centre "
            "communautaire de Pointe-Lavallée."
        ),
        (
            "Une séance d’information publique sur la conception du pont aura lieu le 13 janvier au "
            "Centre communautaire de Pointe-Lavallée."
        ),
    ),
]


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text: str, bold: bool = False, italic: bool = False, size: float | None = None):
    paragraph = (
        cell.paragraphs[0]
        if not cell.paragraphs[0].text and not cell.paragraphs[0].runs
        else (cell.add_paragraph())
    )
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return paragraph


def picture_rows(
    table, fn, description: str | None, captions: tuple[str, str], credits: tuple[str, str] | None
):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[1])
    paragraph = merged.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.add_picture(picture_stream(fn), width=Inches(5.0))
    if description is not None:
        describe_last_picture(run, description)
    row = table.add_row()
    for cell, caption in zip(row.cells, captions, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.style = "Caption"
        paragraph.add_run(caption)
    if credits:
        for cell, credit in zip(row.cells, credits, strict=True):
            paragraph = cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            grey_run(paragraph, credit, size=8)


def build_bilingual() -> None:
    document = Document()
    fix_core(document, "Traversier / Ferry - page bilingue", "Mireille Cormier")
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)

    section = document.sections[0]
    section.left_margin = Inches(0.7)
    section.right_margin = Inches(0.7)
    head = section.header.paragraphs[0]
    grey_run(
        head, "Le Courrier des Marées / The Tidewater Courier — BROUILLON / DRAFT — A4", size=8
    )

    top = document.add_paragraph()
    grey_run(
        top,
        (
            "PAGE BILINGUE / BILINGUAL PAGE — set in two columns, English left, French right — "
            "about 600 words each. Do not reflow the table; layout matches rows across."
        ),
        size=9,
        italic=True,
    )

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, label in zip(hdr, ("ENGLISH", "FRANÇAIS"), strict=True):
        cell_text(cell, label, bold=True, size=9)
        shade(cell, "D9D9D9")

    def pair_row(
        english: str,
        french: str,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ):
        row = table.add_row()
        cell_text(row.cells[0], english, bold=bold, italic=italic, size=size)
        cell_text(row.cells[1], french, bold=bold, italic=italic, size=size)

    pair_row(
        "Province to replace Pointe-Lavallée cable ferry with a bridge by 2030",
        "La province remplacera le traversier à câble de Pointe-Lavallée par un pont d’ici 2030",
        bold=True,
        size=16,
    )
    pair_row(
        (
            "Residents welcome the end of winter closures but worry about losing a 119-year-old "
            "crossing that draws tourists every summer"
        ),
        (
            "Les résidents saluent la fin des fermetures hivernales, mais craignent de perdre une "
            "traversée centenaire qui attire les touristes chaque été"
        ),
        italic=True,
        size=12,
    )
    pair_row("By Mireille Cormier", "Par Mireille Cormier", bold=True)

    for english, french in PAIRS:
        if english == "PIC1":
            picture_rows(
                table,
                ferry_on_river,
                "A small cable ferry carrying two cars crosses a river lined with autumn trees.",
                (
                    (
                        "The Pointe-Lavallée cable ferry crosses the Rivière aux Saules on Nov. 30. "
                        "The province says a bridge will replace it by 2030. Photo: Mireille "
                        "Cormier/The Tidewater Courier"
                    ),
                    (
                        "Le traversier à câble de Pointe-Lavallée franchit la rivière aux Saules le "
                        "30 novembre. Selon la province, un pont le remplacera d’ici 2030. Photo : "
                        "Mireille Cormier/Le Courrier des Marées"
                    ),
                ),
                None,
            )
        elif english == "PIC2":
            picture_rows(
                table,
                operator_cabin,
                None,
                (
                    "Gérard Léger has operated the ferry for 23 years.",
                    "Gérard Léger exploite le traversier depuis 23 ans.",
                ),
                (
                    "Courtesy of the Village of Pointe-Lavallée",
                    "Gracieuseté du Village de Pointe-Lavallée",
                ),
            )
        elif english == "CROSSHEAD":
            pair_row(
                "Old ferry may be kept", "Le vieux traversier pourrait être conservé", bold=True
            )
        else:
            pair_row(english, french)

    pair_row(
        "With files from Jacques Thériault",
        "Avec des informations de Jacques Thériault",
        italic=True,
    )

    after = document.add_paragraph()
    grey_run(after, "Traduction / Translation : Sophie Gallant", size=9)
    notes = document.add_paragraph()
    grey_run(
        notes,
        (
            "NOTE: Léger’s quotes were given in French; the English is our translation. Check the "
            "bridge length (210 m) against the department’s release before the page closes. —MC"
        ),
        size=9,
        italic=True,
    )

    # fixed column widths, and the ENGLISH / FRANÇAIS row repeats at the top of each page
    layout = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(layout)
    else:
        table._tbl.tblPr.append(layout)
    first_tr_pr = table.rows[0]._tr.get_or_add_trPr()
    first_tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))

    save_reproducibly(document, HERE / f"{BILINGUAL_NAME}.docx")


def main() -> None:
    build_legal()
    build_bilingual()


if __name__ == "__main__":
    main()

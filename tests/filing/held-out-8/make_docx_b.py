"""Build the two .docx documents of held-out-8 (writer b).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-8/make_docx_b.py
Writes docx-*.docx next to this script. The pictures are small PNGs of a
checkerboard drawn here with zlib/struct. The answer keys (*.expected.yaml)
are written by hand; this script does not produce them.
"""
import io
import os
import struct
import zlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)
COLOURS = [((40, 70, 120), (220, 230, 245)), ((150, 60, 40), (245, 220, 200)),
           ((60, 110, 70), (210, 240, 215)), ((110, 90, 30), (240, 235, 200)),
           ((90, 40, 110), (235, 215, 245))]


def checker_png(n, w=80, h=56):
    a, b = COLOURS[n % len(COLOURS)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(a if ((x // 8) + (y // 8)) % 2 else b)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture_into(p, n, width, descr=""):
    r = p.add_run()
    r.add_picture(io.BytesIO(checker_png(n)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(container, text="", style=None, align=None, **kw):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, **kw)
    if align is not None:
        p.alignment = align
    return p


def save(doc, name):
    doc.core_properties.author = "desk"
    doc.core_properties.title = ""
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------ 1. English story, Spanish translation after
def two_language_clinic_interpreters():
    d = Document()
    para(d, "FOR WEB + LA VOZ DEL VALLE (Spanish edition) — English first, translation below",
         size=9, color=GREY)
    para(d, "Valley clinic trains 30 farmworkers’ children as medical interpreters",
         bold=True, size=20)
    para(d, "After years of kids translating for parents in exam rooms, a paid program aims "
         "to put certified interpreters in every clinic in the county", italic=True, size=13)
    para(d, "By Graciela Montoya-Fairchild", bold=True)
    first = d.add_paragraph()
    run(first, "SAN ELIAS, Calif. ", bold=True)
    run(first, "— For most of her childhood, Yesenia Arredondo-Pike was the person who told "
        "her mother what the doctor had said.")
    body = [
        "“I was 9 and I had to explain a diabetes diagnosis,” said Arredondo-Pike, now 19. "
        "“I didn’t know the word in English or in Spanish.”",
        "This month she is one of 30 young people, most of them children of farmworkers, "
        "in the first class of a paid medical interpreter program run by the Salinas Ridge "
        "Community Clinic. Trainees earn $19 an hour during the 16-week course and are "
        "guaranteed a job at one of the clinic’s five sites if they pass the state "
        "certification exam.",
        "The program is paid for with a $1.3 million grant from the Tierra Baja Health "
        "Foundation. Clinic director Ansel Whitcombe-Reyes said the clinic has relied on "
        "phone interpreters and on patients’ relatives, including children, for years.",
        "“Everyone in this valley knows a kid who has translated a cancer diagnosis,” "
        "Whitcombe-Reyes said. “We decided we could pay those kids to do it properly.”",
    ]
    for t in body:
        para(d, t)
    picture_into(d.add_paragraph(), 0, 5.0,
                 "A young woman in scrubs points to a chart while an older woman listens")
    para(d, "Yesenia Arredondo-Pike practices with instructor Lourdes Ibarra-Nakamura "
         "during a training session at the Salinas Ridge Community Clinic on Nov. 30. "
         "(Foto/Photo: Teodoro Quiñones-Blake/Valley Sentinel)", style="Caption")
    more = [
        "Trainees learn medical vocabulary in English and Spanish, as well as Mixteco and "
        "Triqui for those who speak them, and practice on role-played appointments.",
        "The clinic hopes to train 90 interpreters over three years.",
    ]
    for t in more:
        para(d, t)
    para(d, "Staff writer Rubén Castellanos-Hurd contributed to this report.", italic=True)
    para(d, "—— VERSIÓN EN ESPAÑOL ——", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Traducción: Inés Balderrama-Cho", italic=True, size=10, color=GREY)
    para(d, "Clínica del valle capacita a 30 hijos de campesinos como intérpretes médicos",
         bold=True, size=16)
    para(d, "Por Graciela Montoya-Fairchild", bold=True)
    sp = d.add_paragraph()
    run(sp, "SAN ELIAS, California ", bold=True)
    run(sp, "— Durante la mayor parte de su infancia, Yesenia Arredondo-Pike fue quien le "
        "explicaba a su madre lo que había dicho el médico.")
    for t in [
        "“Tenía 9 años y tuve que explicar un diagnóstico de diabetes”, dijo "
        "Arredondo-Pike, que ahora tiene 19.",
        "Este mes, ella es una de los 30 jóvenes de la primera generación de un programa "
        "pagado de intérpretes médicos de la Clínica Comunitaria Salinas Ridge.",
        "Pie de foto: Yesenia Arredondo-Pike practica con la instructora Lourdes "
        "Ibarra-Nakamura en la clínica el 30 de noviembre.",
    ]:
        para(d, t)
    save(d, "docx-two-language-draft-translation-after-clinic-interpreters.docx")


# --------------------------- 2. photos in a 2x2 table, credits block at the end
def photo_grid_dog_sled_race():
    d = Document()
    para(d, "Mushers race the dark on the 200-mile Copperline Run", bold=True, size=20)
    para(d, "Fourteen teams, one checkpoint with a woodstove, and a finish decided by "
         "nine minutes", size=13, color=GREY)
    para(d, "By Sigrun Matagi-Ellis", bold=True)
    first = d.add_paragraph()
    run(first, "BIRCH HOLLOW, Minn. ", bold=True)
    run(first, "— Ottoline Brask crossed the finish line of the Copperline Run at 4:12 a.m. "
        "Sunday with 10 dogs in harness, a headlamp that had died two hours earlier, and a "
        "nine-minute lead over the musher who had won the race the last two years.")
    for t in [
        "“I ran the last 30 miles by the moon,” said Brask, 34, a veterinary technician "
        "from Ely who was racing the 200-mile course for the third time. “The dogs didn’t "
        "need the headlamp. I did.”",
        "Fourteen teams started the race Friday afternoon at Birch Hollow and looped north "
        "through the Copperline State Forest to a single checkpoint at the Tamarack Lake "
        "fire tower, where a volunteer crew keeps a woodstove going for two days.",
        "Eleven teams finished. Three mushers scratched at the checkpoint after "
        "temperatures fell to 31 below zero on Saturday night.",
    ]:
        para(d, t)
    table = d.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [
        (0, "Dogs wait in their harnesses at the start line in Birch Hollow on Friday.",
         "Arvid Kowalczyk-Ntim/Tundra Weekly",
         "Sled dogs in blue booties stand in pairs on a snowy trail"),
        (1, "Volunteers Hal and June Renstrom feed the woodstove at the Tamarack Lake "
            "checkpoint.",
         "Nadia Fairweather/Tundra Weekly", ""),
        (2, "Defending champion Marcus Oyelowo-Lind leaves the checkpoint at dawn on "
            "Saturday.",
         "Photo: Arvid Kowalczyk-Ntim/Tundra Weekly",
         "A musher in a fur-trimmed parka stands on sled runners behind a team of dogs"),
        (3, "Ottoline Brask hugs her lead dog, Pepper, at the finish on Sunday.",
         "Courtesy of the Copperline Run",
         "A woman kneels in the snow with her arms around a husky under floodlights"),
    ]
    for i, (n, cap, cred, descr) in enumerate(cells):
        cell = table.cell(i // 2, i % 2)
        picture_into(cell.paragraphs[0], n, 2.6, descr)
        para(cell, cap, size=9, italic=True)
        para(cell, cred, size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for t in [
        "Oyelowo-Lind, who won in 2024 and 2025, finished second. He said he lost time "
        "when two of his dogs tangled their lines crossing a beaver dam.",
        "“She ran a smarter race than I did,” he said. “That’s the whole story.”",
        "Brask won $6,000 and a hand-forged copper sled runner, the race’s traditional "
        "trophy.",
    ]:
        para(d, t)
    para(d, "###", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "CREDITS", bold=True)
    para(d, "Reporting: Sigrun Matagi-Ellis")
    para(d, "Photography: Arvid Kowalczyk-Ntim, Nadia Fairweather")
    para(d, "Editing: Colm Okereke-Vance")
    para(d, "Copy editing: Paz Villanueva-Roth")
    para(d, "Tundra Weekly is an independent newsroom covering Minnesota’s Arrowhead. "
         "Support our work at tundraweekly.org/give.", italic=True, size=9, color=GREY)
    save(d, "docx-photo-grid-2x2-table-credits-block-dog-sled-race.docx")


if __name__ == "__main__":
    two_language_clinic_interpreters()
    photo_grid_dog_sled_race()

"""Build the four .docx documents of the held-out-5 filing set.

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-5/make_docx.py
Writes docx-*.docx next to this script. The pictures are small PNGs of concentric
rings drawn here with zlib/struct. The answer keys (*.expected.yaml) are written by
hand; this script does not produce them.
"""
import io
import os
import struct
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

COLOURS = [((40, 80, 120), (210, 225, 235)), ((130, 60, 40), (245, 215, 190)),
           ((50, 100, 60), (220, 240, 210)), ((90, 70, 110), (235, 225, 245))]


def ring_png(n, w=80, h=60):
    """Concentric rings in two colours."""
    a, b = COLOURS[n % len(COLOURS)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            d = int(((x - w / 2) ** 2 + (y - h / 2) ** 2) ** 0.5)
            raw += bytes(a if (d // 6) % 2 else b)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def picture(paragraph, n, width, descr=""):
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(ring_png(n)), width=Inches(width))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
    return run


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ------------------------------------------- 1. story form built from content controls
SDT_IDS = iter(range(7001, 7100))


def sdt_block(alias, tag, paragraphs_xml, placeholder=False):
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{next(SDT_IDS)}"/>{ph}</w:sdtPr>'
        f'<w:sdtContent>{paragraphs_xml}</w:sdtContent></w:sdt>')


def p_xml(text, bold=False, italic=False, size=None, style=None, grey=False):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr += '<w:color w:val="808080"/>' if grey else ""
    rpr += f'<w:sz w:val="{size * 2}"/>' if size else ""
    return (f'<w:p {nsdecls("w")}>{ppr}<w:r><w:rPr>{rpr}</w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def content_controls_hatchery():
    d = Document()
    body = d.element.body
    sect = body.find(qn("w:sectPr"))

    def add(el):
        sect.addprevious(el)

    para(d, "Riverbend Review — Story Form (fill in every box)", bold=True, size=9, color=(0x55, 0x55, 0x55))
    add(sdt_block("Kicker", "kicker", p_xml("Click or tap here to enter text.", grey=True),
                  placeholder=True))
    add(sdt_block("Headline", "headline",
                  p_xml("Volunteers count 3,100 salmon redds, most in two decades", bold=True, size=20)))
    add(sdt_block("Dek", "dek",
                  p_xml("A dry summer was expected to hurt the run on the Teanaway. It didn’t.",
                        italic=True, size=13)))
    add(sdt_block("Byline", "byline", p_xml("By Marguerite Oyelaran-Pratt")))
    add(sdt_block("Desk note", "desknote",
                  p_xml("Note to desk: state numbers are preliminary; final count due Dec. 15.",
                        italic=True, grey=True)))

    photo = d.add_paragraph()
    picture(photo, 0, 3.0, "Orange-red salmon eggs in a shallow gravel nest under clear water")
    cap = p_xml("A coho salmon redd, or nest, in a side channel of the Teanaway River on Nov. 18.")
    cred = p_xml("Marguerite Oyelaran-Pratt/Riverbend Review", size=8)
    photo_sdt = sdt_block("Photo", "photo", "")
    content = photo_sdt.find(qn("w:sdtContent"))
    content.append(photo._p)
    content.append(parse_xml(cap))
    content.append(parse_xml(cred))
    add(photo_sdt)

    story = [
        "Volunteers walking the Teanaway River and its side channels this fall counted about 3,100 "
        "salmon redds — the gravel nests where females lay their eggs — the most since the count "
        "began in 2004.",
        "Biologists had braced for a poor year. The river ran low and warm through August, and "
        "fish were seen stacking up in the few deep pools below the Hatton bridge.",
        "“Then we got those October rains, and they just went,” said Dolores Achebe-Lindqvist, "
        "who coordinates the count for the Upper Teanaway Watershed Council. “Everything that had "
        "been waiting moved upstream in about a week.”",
        "More than 120 volunteers took part, walking 38 miles of stream in waders between Oct. 1 "
        "and Nov. 30. Each redd is marked with a flag so it is not counted twice.",
        "The council credits part of the increase to log jams placed in the river in 2019 and "
        "2021, which created the slow, gravelly water that coho prefer.",
    ]
    xml = "".join(p_xml(t) for t in story)
    add(sdt_block("Story", "story", xml))
    add(sdt_block("Contributors", "contrib",
                  p_xml("Data for this story was compiled by Riverbend Review intern Tobiah Kreutzfeldt.",
                        italic=True)))
    add(sdt_block("Art notes", "artnotes",
                  p_xml("ART: one photo, horizontal, ours. Video of the flags from the drone is on the shared drive.",
                        grey=True)))
    save(d, "docx-content-controls-story-form-salmon-redds.docx")


# ------------------------------------ 2. SEQ-numbered Word captions, hyperlinks in the body
def add_hyperlink(paragraph, text, url):
    rid = paragraph.part.relate_to(
        url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True)
    h = parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        f'<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>')
    paragraph._p.append(h)


def seq_caption(doc, label, text):
    p = doc.add_paragraph(style="Caption")
    p.add_run(f"{label} ")
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" SEQ {label} \\* ARABIC ">'
        f'<w:r><w:t>{SEQ_COUNT[label]}</w:t></w:r></w:fldSimple>')
    SEQ_COUNT[label] += 1
    p._p.append(fld)
    p.add_run(". " + text)
    return p


SEQ_COUNT = {"Figure": 1}


def seq_captions_water_tower():
    d = Document()
    para(d, "Historic water tower will be saved, not demolished, council decides", style="Title")
    para(d, "The 1931 tank will get a new coat of paint and LED lights instead of a wrecking ball",
         style="Subtitle")
    para(d, "Benedetta Nwachukwu-Hale and Arvid Thorsteinsson-Baker", bold=True)
    para(d, "The Prairie Bulletin", color=(0x80, 0x80, 0x80))

    p = para(d, "CALDWELL JUNCTION, Kan. — The city council voted 5-0 on Monday to restore the "
                "1931 water tower on Depot Street rather than tear it down, reversing a decision "
                "it made in the spring.")
    p = d.add_paragraph("The restoration will cost about $780,000, according to an ")
    add_hyperlink(p, "engineering report", "https://caldwelljunction.example.gov/tower-report.pdf")
    p.add_run(" presented to the council, compared with $410,000 to demolish the tower. A "
              "fundraising campaign by the Caldwell Junction Historical Society has raised "
              "$265,000 toward the difference.")

    d.add_paragraph().add_run().add_picture(io.BytesIO(ring_png(1)), width=Inches(3))
    seq_caption(d, "Figure", "The Depot Street water tower, seen from the grain elevator on "
                             "Nov. 30, has been empty since 1988.")
    para(d, "Photo: Arvid Thorsteinsson-Baker/The Prairie Bulletin", size=8,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(d, "“When people give directions in this town, they start with the tower,” said "
            "council member Opal Fairweather-Nkemelu, who had voted for demolition in April.")
    p = d.add_paragraph("The tower was added to the ")
    add_hyperlink(p, "Kansas Register of Historic Places", "https://example.org/krhp/caldwell")
    p.add_run(" in 1996. The city stopped using it when a new tank was built on the east side.")

    d.add_paragraph().add_run().add_picture(io.BytesIO(ring_png(2)), width=Inches(2.5))
    seq_caption(d, "Figure", "A 1952 postcard shows the tower with its original lettering.")
    para(d, "Courtesy of the Caldwell Junction Historical Society", size=8,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(d, "Work is expected to start in the spring and take about five months. The city plans "
            "to repaint the original “CALDWELL JCT.” lettering on the tank.")
    para(d, "Staff writer Corinne Malabanan-West contributed to this report.", italic=True)
    para(d, "Photo of the tower with lights on is coming Thursday night — Arvid", italic=True,
         color=(0xC0, 0x00, 0x00))
    save(d, "docx-seq-field-captions-hyperlinks-water-tower.docx")


# --------------------------------- 3. soft line breaks: a story pasted with hard wraps
def line_breaks_ice_road():
    d = Document()
    blocks = [
        ["ICE ROAD TO FOUR VILLAGES OPENS TWO WEEKS LATE"],
        ["Warm November left the lake ice too thin for trucks until Tuesday"],
        ["By Nakoma Thunderchild-Reyes and Fergus Oyama-Black"],
        ["KESAGAMI LAKE, Ont. -- The winter road that links four First Nations communities",
         "to the highway opened Tuesday, two weeks later than usual, after a warm",
         "November left the lake ice too thin for loaded trucks."],
        ["Crews from the Kesagami Tribal Council began flooding the ice in early",
         "December to thicken it faster. The road needs about 70 centimetres of ice",
         "before fuel trucks can cross."],
        ["“Every day it’s late, the groceries cost more, because everything",
         "comes in by plane,” said Chief Elsie Mianscum-Hart of Kashechewin Bay."],
    ]
    after_photo = [
        ["The 190-kilometre road will carry about 2,000 truckloads of fuel, building",
         "materials and food before it closes, usually in late March."],
        ["The tribal council has asked Ottawa to pay for an all-season road, which",
         "has been studied since 2009."],
        ["-- 30 --"],
    ]

    def write(p, blocks_):
        run = p.add_run()
        first = True
        for block in blocks_:
            if not first:
                run.add_break(WD_BREAK.LINE)
                run.add_break(WD_BREAK.LINE)
            first = False
            for i, line in enumerate(block):
                if i:
                    run.add_break(WD_BREAK.LINE)
                run.add_text(line)

    para(d, "Fwd from field laptop — formatting got mangled, sorry. F.", italic=True,
         color=(0x99, 0x99, 0x99))
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    write(p, blocks)
    pic = d.add_paragraph()
    picture(pic, 3, 3.2, "A fuel truck drives across a snow-covered frozen lake marked with poles")
    p = d.add_paragraph()
    write(p, [["A fuel tanker crosses Kesagami Lake on the first day the ice road was open.",
               "PHOTO: Fergus Oyama-Black / Northern Wire"]])
    p = d.add_paragraph()
    write(p, after_photo)
    save(d, "docx-soft-line-breaks-pasted-ice-road.docx")


# ------------------------------------ 4. Q&A interview with tab-separated caption/credit
def qa_beekeeper():
    d = Document()
    para(d, "Q&A", bold=True, size=10, color=(0xAA, 0x55, 0x00))
    para(d, "The beekeeper who answers the city’s swarm calls", style="Heading 1")
    para(d, "After 31 years and some 1,400 swarms, Hollis Ebrahimi-Crane is handing over the phone",
         italic=True, size=13)
    para(d, "Interview by Saoirse Lundqvist-Amoah", size=10)

    p = d.add_paragraph()
    picture(p, 2, 3.4, "")
    cap = d.add_paragraph(style="Caption")
    tab_stops = cap.paragraph_format.tab_stops
    tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT)
    cap.add_run("Hollis Ebrahimi-Crane lifts a frame from a hive in his backyard on Nov. 20.")
    cap.add_run("\t")
    cap.add_run("PHOTO: Saoirse Lundqvist-Amoah").bold = True

    para(d, "For three decades, when a ball of bees has landed on a mailbox, a car bumper or a "
            "playground slide anywhere in Linden Falls, the call has gone to Hollis "
            "Ebrahimi-Crane. This month, at 78, he is retiring from the city’s volunteer swarm "
            "list. We talked in his kitchen, which smells of beeswax.")
    para(d, "This interview has been edited for length and clarity.", italic=True)
    qa = [
        ("How did you end up as the swarm guy?",
         "A neighbor found bees in her rain gutter in 1995 and called the police, and the police "
         "called me because I was the only person in the phone book under “Beekeeping.” After "
         "that, they never stopped calling."),
        ("What is the strangest place you have collected a swarm?",
         "A wedding. The bees landed on the arbor about ten minutes before the bride walked out. "
         "We got them in a box, and the bride said it was good luck."),
        ("Are people still afraid of them?",
         "Less than they used to be. A swarm is the gentlest thing bees do. They have no home to "
         "defend. They’re just waiting for the scouts to come back."),
        ("Who takes over?",
         "Two of the younger members of the county club, Priya Castellano-Reyes and Dmitri Ahn. "
         "I gave them my ladder."),
    ]
    for q, a in qa:
        para(d, q, bold=True)
        para(d, a)
    para(d, "Saoirse Lundqvist-Amoah is a freelance writer in Linden Falls. Her book on urban "
            "farming is out in the spring.", italic=True, size=9)
    para(d, "[sidebar: how to report a swarm — see separate file SWARM-BOX]", color=(0x99, 0x99, 0x99))
    save(d, "docx-qa-interview-tab-credit-beekeeper.docx")


if __name__ == "__main__":
    content_controls_hatchery()
    seq_captions_water_tower()
    line_breaks_ice_road()
    qa_beekeeper()

"""Write the two Word files of this filing set (part a).

- docx-workshare-compare-...: a partner paper's correction sent to republishers as a rendered
  redline: Workshare Compare's output, in which the changes are formatting, not tracked changes
  (blue double underline for insertions, red strike-through for deletions, green double strike
  and double underline for a moved paragraph), followed by Workshare's comparison summary.
  Built with python-docx.
- docx-phpword-...: a partner's "print kit" download generated on its WordPress site with PHPWord:
  the package is written part by part as PHPWord's Word2007 writer lays it out (Application
  "PHPWord", custom style ids, VML pictures with no description, unprocessed shortcodes).

Run with a Python that has python-docx: ``python make_docx_a.py``. The files are written next to
this script; core properties and zip entry times are fixed, so a rerun writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_UNDERLINE
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 2, 18, 0, 0)
STAMP = dt.datetime(2026, 12, 2, 17, 12, 48, tzinfo=dt.UTC)

REDLINE_NAME = (
    "docx-workshare-compare-rendered-redline-formatting-not-tracked-changes-moved-paragraph-"
    "comparison-summary-tables-partner-correction-manager-severance.docx"
)
PRINTKIT_NAME = (
    "docx-phpword-generated-partner-print-kit-fields-table-vml-pictures-unprocessed-caption-"
    "shortcodes-preserve-text-footer-tick-lab-backlog.docx"
)


def flat(block: str) -> str:
    """Collapse a wrapped triple-quoted block into one line of text."""
    return " ".join(block.split())


def png(width: int, height: int, seed: int) -> bytes:
    """A small striped RGB PNG, made without any imaging library."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            band = ((x + y * seed) // 6) % 3
            row += bytes(((70 + 50 * band + seed * 9) % 256, (110 + 30 * band) % 256, 90 + seed))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a package with fixed entry times so that reruns give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# 1. Workshare Compare rendered redline
# --------------------------------------------------------------------------------------------

BLUE = RGBColor(0x00, 0x00, 0xFF)
RED = RGBColor(0xFF, 0x00, 0x00)
GREEN = RGBColor(0x00, 0x80, 0x00)
MARK = re.compile(r"\{([-+<>])(.*?)\1\}")

PARTNER_NOTE = [
    "CORRECTED VERSION — REDLINE FOR PARTNERS",
    flat(
        """This comparison shows what changed between the version we sent Nov. 30 (v3) and the
        corrected version (v4). Blue double-underlined text is new, red struck-through text is
        removed and green text was moved. Please replace v3 on your site and run the correction
        at the end. — Lena Kowalski, Tri-Borough Herald, 555-0186"""
    ),
]

HEADLINE = "Borough paid departing manager {-$186,000 to leave quietly-}{+$148,000 in severance+}"
DEK = (
    "Council approved the separation agreement {-in a closed session-}"
    "{+after a closed-door session+}, records show"
)

# Each entry: (kind, text). Kinds: "p" body, "h" crosshead, "pic1"/"pic2" pictures,
# "contrib" contributor line, "corr" correction line.
STORY = [
    (
        "p",
        """NEW ALBION, Pa. — The New Albion Borough Council agreed in August to pay its departing
        borough manager {-$186,000-}{+$148,000+} in severance, {-nearly two years-}{+about a year
        and a half+} of his salary, according to a separation agreement the Herald obtained
        through a Right-to-Know request.""",
    ),
    (
        "p",
        """The manager, Phillip Garrity, resigned Aug. 14 after 11 years in the job. Council
        members said at the time that he was leaving to spend more time with his family.""",
    ),
    ("pic1", ""),
    (
        "p",
        """The agreement, signed by council President Marjorie Tuttle, pays Garrity his salary
        through {-June-}{+February+} 2028 and covers his family’s health insurance for 18 months.
        In exchange, Garrity agreed not to sue the borough, and both sides agreed not to make
        negative public statements about each other.""",
    ),
    (
        "p",
        """Council approved the agreement 4-3 in a public vote on Aug. 21 after a 90-minute
        closed-door session. The agenda listed the item only as “personnel matter.”""",
    ),
    (
        "p",
        """{>The borough’s solicitor, Dean Albrecht, said separation agreements are common for
        managers and that the borough followed the law.>}""",
    ),
    (
        "p",
        """“Residents deserve to know where their money is going,” said Councilwoman Rosa
        Delgado, one of the three members who voted no. “If he did nothing wrong, why are we
        paying him to go away?”""",
    ),
    (
        "p",
        """Tuttle said the agreement saved the borough the cost of a drawn-out dispute. She would
        not say what the dispute was about, citing the agreement’s confidentiality clause.""",
    ),
    (
        "p",
        """{+In a statement after this story was first published, Tuttle said the agreement “was
        reviewed by the borough’s insurance carrier, which will cover $40,000 of the cost.”+}""",
    ),
    (
        "p",
        """Garrity, reached by phone, said he was proud of his work for the borough and referred
        other questions to his lawyer.""",
    ),
    ("pic2", ""),
    (
        "p",
        """{<The borough’s solicitor, Dean Albrecht, said separation agreements are common for
        managers and that the borough followed the law.<}""",
    ),
    ("h", "What it costs taxpayers"),
    (
        "p",
        """The payment equals about {-4-}{+3+} percent of the borough’s $4.6 million general fund
        budget for 2026. Council raised property taxes by half a mill in December to close a gap
        in that budget.""",
    ),
    (
        "p",
        """{-Garrity was the highest-paid public employee in the borough, earning $124,000 a
        year.-}""",
    ),
    ("p", "{+Garrity earned $98,500 a year, according to borough payroll records.+}"),
    (
        "p",
        """The borough has had an interim manager, former police chief Ron Spataro, since August.
        Council plans to hire a permanent manager by spring.""",
    ),
    (
        "p",
        """Delgado said she will ask council at its Dec. 14 meeting to adopt a policy requiring a
        public explanation of any future severance payment over $25,000.""",
    ),
    ("p", "“We’re not a corporation,” she said. “It’s a borough. People here pay the bills.”"),
    ("contrib", "{+Herald staff writer Amos Pruett contributed reporting.+}"),
    (
        "corr",
        """{+Correction: An earlier version of this story misstated the amount of the severance
        payment, the month the payments end and Garrity’s salary. The agreement pays $148,000
        through February 2028; Garrity earned $98,500 a year.+}""",
    ),
]

PIC1_CAPTION = flat(
    """New Albion Borough Hall on Main Street. Council approved the separation agreement 4-3 on
    Aug. 21."""
)
PIC1_CREDIT = "Photo by {-Danial-}{+Daniel+} Kwan / Tri-Borough Herald"
PIC1_DESCR = "Brick borough hall with a flagpole and a clock above the door"
PIC2_CAPTION = "Phillip Garrity at a New Albion council meeting in March 2023."
PIC2_CREDIT = "Herald file photo"

SUMMARY_INPUT = [
    ("Document 1 ID", r"file://C:\Users\lkowalski\Documents\Herald\severance-v3.docx"),
    ("Description", "severance-v3"),
    ("Document 2 ID", r"file://C:\Users\lkowalski\Documents\Herald\severance-v4-CORRECTED.docx"),
    ("Description", "severance-v4-CORRECTED"),
    ("Rendering set", "Standard"),
]
LEGEND = [
    ("Insertion", "+"),
    ("Deletion", "-"),
    ("Moved from", "<"),
    ("Moved to", ">"),
    ("Style change", ""),
    ("Format change", ""),
    ("Moved deletion", "<"),
    ("Inserted cell", ""),
    ("Deleted cell", ""),
    ("Moved cell", ""),
    ("Split/Merged cell", ""),
    ("Padding cell", ""),
]
STATISTICS = [
    ("Insertions", "10"),
    ("Deletions", "9"),
    ("Moved from", "1"),
    ("Moved to", "1"),
    ("Style change", "0"),
    ("Format changed", "0"),
    ("Total changes", "21"),
]


def styled_run(paragraph, text: str, kind: str, italic: bool = False):
    run = paragraph.add_run(text)
    font = run.font
    if italic:
        font.italic = True
    if kind == "+":
        font.color.rgb = BLUE
        font.underline = WD_UNDERLINE.DOUBLE
    elif kind == "-":
        font.color.rgb = RED
        font.strike = True
    elif kind == ">":
        font.color.rgb = GREEN
        font.underline = WD_UNDERLINE.DOUBLE
    elif kind == "<":
        font.color.rgb = GREEN
        font.double_strike = True
    return run


def add_marked(paragraph, text: str, italic: bool = False) -> None:
    """Add text whose {+ins+}, {-del-}, {>moved to>} and {<moved from<} parts are formatted."""
    pos = 0
    for match in MARK.finditer(text):
        if match.start() > pos:
            styled_run(paragraph, text[pos : match.start()], "=", italic)
        styled_run(paragraph, match.group(2), match.group(1), italic)
        pos = match.end()
    if pos < len(text):
        styled_run(paragraph, text[pos:], "=", italic)


def describe_last_picture(document, descr: str) -> None:
    doc_prs = document.element.body.findall(".//" + qn("wp:docPr"))
    doc_prs[-1].set("descr", descr)


def add_picture(document, data: bytes, caption: str, credit: str, descr: str) -> None:
    document.add_picture(io.BytesIO(data), width=Inches(4.5))
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if descr:
        describe_last_picture(document, descr)
    cap = document.add_paragraph(style="Caption")
    add_marked(cap, caption)
    cred = document.add_paragraph()
    cred.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_marked(cred, credit)
    for run in cred.runs:
        run.font.size = Pt(8)


def summary_table(document, rows, widths=(2.2, 4.3)):
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].width = Inches(widths[0])
        cells[1].width = Inches(widths[1])
    return table


def build_redline() -> bytes:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)

    for i, line in enumerate(PARTNER_NOTE):
        note = document.add_paragraph()
        run = note.add_run(line)
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        run.bold = i == 0
    document.add_paragraph()

    add_marked(document.add_paragraph(style="Title"), HEADLINE)
    add_marked(document.add_paragraph(style="Subtitle"), DEK)
    document.add_paragraph("By Lena Kowalski")

    for kind, block in STORY:
        if kind == "pic1":
            add_picture(document, png(96, 64, 1), PIC1_CAPTION, PIC1_CREDIT, PIC1_DESCR)
        elif kind == "pic2":
            add_picture(document, png(64, 80, 2), PIC2_CAPTION, PIC2_CREDIT, "")
        elif kind == "h":
            add_marked(document.add_paragraph(style="Heading 2"), block)
        else:
            add_marked(document.add_paragraph(), flat(block), italic=kind in {"contrib", "corr"})

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title = document.add_paragraph()
    title.add_run(
        "Document comparison by Workshare Compare on Wednesday, December 2, 2026 5:12:48 PM"
    ).bold = True
    document.add_paragraph("Input:")
    summary_table(document, SUMMARY_INPUT)
    document.add_paragraph()
    document.add_paragraph("Legend:")
    legend = document.add_table(rows=0, cols=1)
    legend.style = "Table Grid"
    for label, kind in LEGEND:
        paragraph = legend.add_row().cells[0].paragraphs[0]
        styled_run(paragraph, label, kind or "=")
    document.add_paragraph()
    document.add_paragraph("Statistics:")
    summary_table(document, [("", "Count"), *STATISTICS])

    props = document.core_properties
    props.author = "Lena Kowalski"
    props.last_modified_by = "Workshare Compare"
    props.title = "severance-v4-CORRECTED redline"
    props.created = STAMP
    props.modified = STAMP
    props.last_printed = STAMP
    props.revision = 4
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""

    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


# --------------------------------------------------------------------------------------------
# 2. PHPWord print kit
# --------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = (
    'xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

KIT_FIELDS = [
    ("Slug", "ticks-lab-backlog"),
    ("Web headline", "Ticks piled up in a state lab’s freezers while people waited for answers"),
    ("Print headline", "Tick tests took weeks; lab swamped"),
    (
        "Deck",
        flat(
            """A free tick-testing program drew nearly four times the samples it was built for.
            Some results took 11 weeks — long after doctors had to decide on treatment."""
        ),
    ),
    ("Byline", "Lydia Marchetti and Sam Oduya"),
    ("Words", "1,020"),
    ("Embargo", "None"),
    (
        "Credit line",
        flat(
            """This story was produced by Hollow Health News, a nonprofit newsroom covering health
            in rural Pennsylvania."""
        ),
    ),
    ("Photos", "2 (embedded below; print-resolution files on request)"),
]

# Body content as PHPWord's Html::addHtml turned the post's HTML into paragraphs. "[img1]" and
# "[img2]" mark where the <img> of a classic [caption] shortcode sat inside the paragraph.
KIT_BODY = [
    (
        "p",
        """LAUREL RIDGE, Pa. — When Brenda Fulmer pulled a tick off her 6-year-old son’s scalp in
        June, she did what the county health department’s website told her to do: she sealed it
        in a plastic bag, filled out a form and mailed it to the state’s free tick-testing
        lab.""",
    ),
    (
        "cap",
        """[caption id="attachment_5512" align="aligncenter" width="1200"][img1] Vials of ticks wait
        for testing in a freezer at the Ridgewater University tick lab in October. (Photo: Sam
        Oduya / Hollow Health News)[/caption]""",
    ),
    (
        "p",
        """The result came back in late August. The tick had carried the bacteria that cause Lyme
        disease. By then, her son had already developed the telltale rash, been diagnosed and
        finished a course of antibiotics.""",
    ),
    (
        "p",
        "“It was like getting a weather forecast for a storm that already happened,” Fulmer said.",
    ),
    (
        "p",
        """Fulmer’s tick was one of about 38,000 mailed to the lab at Ridgewater University this
        year, nearly four times the 10,000 it was funded to test, according to figures the
        university provided to Hollow Health News.""",
    ),
    (
        "p",
        """Through September, the median wait for a result was 44 days. In July and August, some
        people waited 11 weeks.""",
    ),
    ("sc", '[newsletter_signup list="weekly" title="Get Hollow Health News every Friday"]'),
    (
        "p",
        """The program was meant to help people and doctors decide whether to watch for symptoms
        or start treatment. Health officials say a tick test should never replace a doctor’s
        visit, but many people use it to decide whether to make one.""",
    ),
    ("h", "More ticks, same budget"),
    (
        "p",
        """The state has given the lab $1.2 million a year since the program began in 2019. Lab
        director Dr. Anjali Rao said the number of samples has grown every year, driven by a
        growing tick population, warmer winters and word of mouth.""",
    ),
    (
        "p",
        """“We never turned anyone away, and maybe that was the mistake,” Rao said. “We decided it
        was better to give an answer late than to give no answer.”""",
    ),
    (
        "cap",
        """[caption id="attachment_5520" align="alignright" width="600"][img2] Brenda Fulmer and
        her son at their home in Laurel Ridge. (Courtesy of Brenda Fulmer)[/caption]""",
    ),
    (
        "p",
        """The lab hired six temporary technicians in July and worked weekends through September.
        It cleared the backlog in mid-October, Rao said.""",
    ),
    (
        "p",
        """A spokesperson for the state health department said the department has asked
        lawmakers for an additional $800,000 for the program in next year’s budget and is
        considering limiting free tests to ticks found attached to people.""",
    ),
    ("sc", '[related_story id="5488"]'),
    ("h", "What doctors say"),
    (
        "p",
        """Dr. Marcus Bellamy, a family physician in Laurel Ridge, said he tells patients not to
        wait for a lab result if they develop a rash, fever or joint pain after a tick bite. “The
        tick test tells you about the tick,” he said. “It doesn’t tell you about the
        patient.”""",
    ),
    (
        "p",
        """Bellamy said the results are still useful for tracking where infected ticks are
        spreading. The lab’s data show ticks carrying the Lyme bacteria in every county of the
        state for the first time this year.""",
    ),
    (
        "p",
        """Fulmer said she will still send the next tick to the lab. “I just won’t be waiting by the
        mailbox,” she said.""",
    ),
    ("em", "Hollow Health News data reporter Mei Lin Brandt contributed reporting."),
    ("p", "END OF STORY — Questions: partners@hollowhealth.example"),
]


def w_run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else "<w:rPr/>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_par(runs: str, ppr: str = "") -> str:
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else "<w:pPr/>"
    return f"<w:p>{props}{runs}</w:p>"


def vml_picture(rid: str, width_pt: int, height_pt: int) -> str:
    style = f"width:{width_pt}pt; height:{height_pt}pt;"
    return (
        f'<w:r><w:pict><v:shape type="#_x0000_t75" stroked="f" style="{style}">'
        f'<v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict></w:r>'
    )


def kit_document() -> str:
    parts = [
        w_par(
            w_run("PARTNER PRINT KIT", '<w:b/><w:sz w:val="28"/>'), '<w:pStyle w:val="KitTitle"/>'
        )
    ]
    rows = []
    for label, value in KIT_FIELDS:
        rows.append(
            "<w:tr>"
            f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
            f"{w_par(w_run(label, '<w:b/>'))}</w:tc>"
            f'<w:tc><w:tcPr><w:tcW w:w="6600" w:type="dxa"/></w:tcPr>{w_par(w_run(value))}</w:tc>'
            "</w:tr>"
        )
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    parts.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="KitFields"/><w:tblW w:w="9000" w:type="dxa"/>'
        f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr>"
        '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6600"/></w:tblGrid>'
        + "".join(rows)
        + "</w:tbl>"
    )
    parts.append(w_par(""))
    headline = KIT_FIELDS[1][1]
    parts.append(
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        '<w:bookmarkStart w:id="0" w:name="_Toc1"/>'
        f"{w_run(headline)}"
        '<w:bookmarkEnd w:id="0"/></w:p>'
    )
    parts.append(w_par(w_run(KIT_FIELDS[3][1]), '<w:pStyle w:val="Dek"/>'))
    parts.append(w_par(w_run("By Lydia Marchetti and Sam Oduya"), '<w:pStyle w:val="Byline"/>'))
    toc = 1
    pictures = {"[img1]": ("rId7", 360, 240), "[img2]": ("rId8", 180, 240)}
    for kind, block in KIT_BODY:
        text = flat(block)
        if kind == "h":
            toc += 1
            parts.append(
                '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'
                f'<w:bookmarkStart w:id="{toc - 1}" w:name="_Toc{toc}"/>'
                f"{w_run(text)}"
                f'<w:bookmarkEnd w:id="{toc - 1}"/></w:p>'
            )
        elif kind == "cap":
            before, marker, after = re.split(r"(\[img\d\])", text, maxsplit=1)
            rid, width, height = pictures[marker]
            runs = w_run(before) + vml_picture(rid, width, height) + w_run(after)
            parts.append(w_par(runs, '<w:pStyle w:val="BodyText"/>'))
        elif kind == "em":
            parts.append(w_par(w_run(text, "<w:i/>"), '<w:pStyle w:val="BodyText"/>'))
        else:
            parts.append(w_par(w_run(text), '<w:pStyle w:val="BodyText"/>'))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/>'
        '<w:footerReference w:type="default" r:id="rId10"/>'
        '<w:pgSz w:orient="portrait" w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
        'w:footer="720" w:gutter="0"/><w:cols w:num="1" w:space="720"/></w:sectPr>'
    )
    body = "".join(parts)
    return f"{XML_HEAD}<w:document {DOC_NS}><w:body>{body}{sect}</w:body></w:document>"


def kit_header() -> str:
    runs = w_run("Generated 2026-12-02 19:04 by HHN Print Kit 1.3", '<w:sz w:val="16"/>')
    return f"{XML_HEAD}<w:hdr {DOC_NS}>{w_par(runs)}</w:hdr>"


def field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{w_run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def kit_footer() -> str:
    runs = (
        w_run("Hollow Health News · Partner Print Kit · Page ")
        + field("PAGE", "1")
        + w_run(" of ")
        + field("NUMPAGES", "3")
    )
    centred = w_par(runs, '<w:jc w:val="center"/>')
    return f"{XML_HEAD}<w:ftr {DOC_NS}>{centred}</w:ftr>"


def kit_styles() -> str:
    def para_style(style_id: str, name: str, ppr: str, rpr: str, based: str = "") -> str:
        based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>{based_on}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
        )

    styles = [
        (
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" '
            'w:eastAsia="Georgia" w:cs="Georgia"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>'
        ),
        (
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            "</w:style>"
        ),
        (
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name '
            'w:val="Footnote Reference"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
            '<w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        ),
        (
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:link w:val="Heading1Char"/>'
            '<w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
            '<w:sz w:val="36"/></w:rPr></w:style>'
        ),
        (
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:link w:val="Heading2Char"/>'
            '<w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>'
            '<w:sz w:val="26"/></w:rPr></w:style>'
        ),
        para_style("KitTitle", "KitTitle", '<w:spacing w:after="120"/>', "<w:b/>"),
        para_style("Dek", "Dek", '<w:spacing w:after="120"/>', '<w:i/><w:sz w:val="26"/>'),
        para_style("Byline", "Byline", '<w:spacing w:after="240"/>', "<w:b/>"),
        para_style("BodyText", "BodyText", '<w:spacing w:after="160" w:line="276"/>', ""),
        (
            '<w:style w:type="table" w:customStyle="1" w:styleId="KitFields"><w:name '
            'w:val="KitFields"/><w:uiPriority w:val="99"/><w:tblPr><w:tblCellMar><w:top w:w="60" '
            'w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        ),
    ]
    return (
        f'{XML_HEAD}<w:styles xmlns:r="{R_NS}" xmlns:w="{W_NS}">' + "".join(styles) + "</w:styles>"
    )


def build_print_kit() -> bytes:
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    content_types = (
        f"{XML_HEAD}"
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/custom.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/webSettings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
        '<Override PartName="/word/fontTable.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        "</Types>"
    )
    package_rels = (
        f'{XML_HEAD}<Relationships xmlns="{rels_ns}">'
        f'<Relationship Id="rId1" Type="{doc_rel}/extended-properties" '
        'Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{doc_rel}/officeDocument" Target="word/document.xml"/>'
        f'<Relationship Id="rId4" Type="{doc_rel}/custom-properties" '
        'Target="docProps/custom.xml"/>'
        "</Relationships>"
    )
    document_rels = (
        f'{XML_HEAD}<Relationships xmlns="{rels_ns}">'
        f'<Relationship Id="rId1" Type="{doc_rel}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{doc_rel}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="rId3" Type="{doc_rel}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rId5" Type="{doc_rel}/webSettings" Target="webSettings.xml"/>'
        f'<Relationship Id="rId6" Type="{doc_rel}/fontTable" Target="fontTable.xml"/>'
        f'<Relationship Id="rId7" Type="{doc_rel}/image" Target="media/section_image1.png"/>'
        f'<Relationship Id="rId8" Type="{doc_rel}/image" Target="media/section_image2.png"/>'
        f'<Relationship Id="rId9" Type="{doc_rel}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId10" Type="{doc_rel}/footer" Target="footer1.xml"/>'
        "</Relationships>"
    )
    app = (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>PHPWord</Application><Company>Hollow Health News'
        "</Company><Manager/></Properties>"
    )
    core = (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>HHN Print Kit</dc:creator><dc:title>ticks-lab-backlog</dc:title>"
        "<dc:description/><dc:subject/><cp:keywords/><cp:category/>"
        "<cp:lastModifiedBy>HHN Print Kit</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-02T19:04:11+00:00</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-02T19:04:11+00:00</dcterms:modified>'
        "</cp:coreProperties>"
    )
    custom = (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        'name="wp_post_id"><vt:lpwstr>5509</vt:lpwstr></property></Properties>'
    )
    settings = (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
        "</w:settings>"
    )
    numbering = f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}"/>'
    web_settings = f'{XML_HEAD}<w:webSettings xmlns:w="{W_NS}"/>'
    font_table = (
        f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}"><w:font w:name="Georgia"><w:panose1 '
        'w:val="02040502050405020303"/><w:family w:val="roman"/></w:font></w:fonts>'
    )
    parts = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("docProps/app.xml", app),
        ("docProps/core.xml", core),
        ("docProps/custom.xml", custom),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/document.xml", kit_document()),
        ("word/styles.xml", kit_styles()),
        ("word/numbering.xml", numbering),
        ("word/settings.xml", settings),
        ("word/webSettings.xml", web_settings),
        ("word/fontTable.xml", font_table),
        ("word/header1.xml", kit_header()),
        ("word/footer1.xml", kit_footer()),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts:
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            package.writestr(entry, xml.encode("utf-8"))
        for name, data in (
            ("word/media/section_image1.png", png(90, 60, 3)),
            ("word/media/section_image2.png", png(45, 60, 4)),
        ):
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            package.writestr(entry, data)
    return out.getvalue()


def main() -> None:
    (HERE / REDLINE_NAME).write_bytes(build_redline())
    (HERE / PRINTKIT_NAME).write_bytes(build_print_kit())
    # A package python-docx cannot open would be no use to anyone.
    for name in (REDLINE_NAME, PRINTKIT_NAME):
        Document(str(HERE / name))


if __name__ == "__main__":
    main()

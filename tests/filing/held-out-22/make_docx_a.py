"""Write the two Word files of filing set h22 (part a) next to this script.

1. A member weekly's story saved by its (invented) NewsLink for Word editorial plugin: every part
   of the story is wrapped in block-level ``w:customXml`` elements (the dateline in a run-level
   one), and the document carries a glossary part whose building blocks hold stale text.
2. The co-op's mail-merge story sheet, saved with "Preview Results" on: headline, dek, byline,
   photo, caption, credit, alt text and the whole body are MERGEFIELD results (the body one
   field whose paragraphs are separated by blank lines), with IF and nested INCLUDEPICTURE
   fields and a ``w:mailMerge`` data source in the settings.

Run with a Python that has python-docx (1.2): ``python make_docx_a.py``. Core properties and
zip entry times are fixed and the template thumbnail is dropped, so a rerun writes the same
bytes.
"""

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
FIXED = dt.datetime(2026, 3, 4, 9, 30, 0)
ZIP_TIME = (2026, 3, 4, 9, 30, 0)

CUSTOMXML_NAME = (
    "docx-editorial-plugin-block-level-customxml-story-element-tags-run-level-dateline-tag-"
    "glossary-part-building-blocks-stale-lede-dawson-laundromat-co-op.docx"
)
MERGE_NAME = (
    "docx-mail-merge-main-document-preview-results-mergefield-results-body-in-one-field-"
    "blank-line-paragraphs-if-fields-nested-includepicture-csv-data-source-snow-lake-pharmacy.docx"
)


# ------------------------------------------------------------------ pictures
def png_bytes(width, height, top, bottom):
    """A small vertical-gradient PNG drawn with zlib and struct."""
    raw = bytearray()
    for y in range(height):
        t = y / max(height - 1, 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        raw += b"\x00" + pixel * width

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def picture_xml(doc, png, descr, name):
    """Add a picture through python-docx and return its w:drawing XML, with descr set."""
    new_run = doc.add_paragraph().add_run()
    new_run.add_picture(io.BytesIO(png), width=Inches(4.5))
    drawing = new_run._r.find(f"{{{W_NS}}}drawing")
    doc_pr = drawing.find(
        ".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    )
    doc_pr.set("name", name)
    if descr:
        doc_pr.set("descr", descr)
    xml = drawing.xml if hasattr(drawing, "xml") else ""
    paragraph = new_run._r.getparent()
    paragraph.getparent().remove(paragraph)
    return xml


# ------------------------------------------------------------------ xml helpers
def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr=""):
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(inner, ppr=""):
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def cx(element, inner, attrs=None):
    """A block- or run-level w:customXml element of the plugin's schema."""
    pr = ""
    if attrs:
        pr = (
            "<w:customXmlPr>"
            + "".join(f'<w:attr w:name="{k}" w:val="{escape(v)}"/>' for k, v in attrs.items())
            + "</w:customXmlPr>"
        )
    return (
        f'<w:customXml w:uri="urn:newslink:story:4" w:element="{element}">{pr}{inner}</w:customXml>'
    )


def finish(doc, path, extra_parts=None, content_types=None, doc_rels=None, settings_rels=None):
    """Save, then rewrite the package with fixed times, no thumbnail, and extra parts."""
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.created = core.modified = FIXED
    core.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name.startswith("docProps/thumbnail"):
                continue
            data = src.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", data)
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Override PartName="/docProps/thumbnail[^>]*/>', b"", data)
                if content_types:
                    data = data.replace(b"</Types>", content_types.encode() + b"</Types>")
            if name == "word/_rels/document.xml.rels" and doc_rels:
                data = data.replace(b"</Relationships>", doc_rels.encode() + b"</Relationships>")
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
        for name, data in (extra_parts or {}).items():
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data.encode() if isinstance(data, str) else data)
        if settings_rels:
            zi = zipfile.ZipInfo("word/_rels/settings.xml.rels", ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, settings_rels.encode())
    path.write_bytes(out.getvalue())


def set_body(doc, xml):
    """Replace everything in the body but the final sectPr with the given XML."""
    body = doc.element.body
    sect = body.find(f"{{{W_NS}}}sectPr")
    for child in list(body):
        if child is not sect:
            body.remove(child)
    holder = parse_xml(f"<w:body {NSDECL} {PIC_NS}>{xml}</w:body>")
    for child in list(holder):
        sect.addprevious(child)


PIC_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)


def drawing_run(xml):
    xml = re.sub(r"\s+xmlns:\w+=\"[^\"]+\"", "", xml, count=0)
    return f"<w:r>{xml}</w:r>"


# ------------------------------------------------------------------ 1: customXml story
def customxml_story():
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Georgia"
    styles["Normal"].font.size = Pt(11)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "NEWSLINK 4.2 · YUKON RIVER GAZETTE · LAUNDROMAT-COOP · 812 words · released"
    header.runs[0].font.size = Pt(8)
    header.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    pic1 = picture_xml(
        doc,
        png_bytes(96, 64, (92, 110, 130), (214, 204, 188)),
        "An older man in a toque pulls towels from a dryer.",
        "Picture 1",
    )
    pic2 = picture_xml(doc, png_bytes(96, 64, (160, 120, 90), (60, 50, 40)), "", "Picture 2")

    grey = '<w:color w:val="808080"/><w:sz w:val="18"/>'
    body = []
    body.append(
        cx(
            "meta",
            para(
                run(
                    "SLUG: LAUNDROMAT-COOP | DESK: News | FOR: Wed web, Thu print | WORDS: 812 "
                    "| ART: 2",
                    grey,
                )
            ),
            {"system": "NewsLink 4.2", "storyId": "YRG-2026-0311"},
        )
    )
    body.append(
        cx(
            "deskNote",
            para(
                run(
                    "DESK: Common Ground can run this from Wednesday noon. Photo 2 is the "
                    "co-op's own, run their credit as given. Hank O. asked us not to give his "
                    "age as 72, he's 71. —RT",
                    '<w:b/><w:highlight w:val="yellow"/>',
                )
            ),
            {"visibleToWeb": "false"},
        )
    )
    body.append(
        cx(
            "hed",
            para(
                run(
                    "Dawson’s laundromat will reopen as a co-op after its owner retires",
                    '<w:b/><w:sz w:val="40"/>',
                )
            ),
        )
    )
    body.append(
        cx(
            "deck",
            para(
                run(
                    "More than 200 residents, many of them without running water at home, "
                    "pledged $150 each to keep the Front Street washers and showers going",
                    '<w:i/><w:sz w:val="26"/>',
                )
            ),
        )
    )
    body.append(cx("byline", para(run("By Maëlle Fortin", "<w:b/>"))))
    body.append(
        cx(
            "photo",
            para(drawing_run(pic1), '<w:jc w:val="center"/>')
            + cx(
                "cutline",
                para(
                    run(
                        "Hank Ostashek empties a dryer at the Front Street laundromat on "
                        "Feb. 27. He has run it since 1997.",
                        '<w:i/><w:sz w:val="18"/>',
                    )
                ),
            )
            + cx(
                "credit",
                para(
                    run("Photo: Maëlle Fortin/Yukon River Gazette", '<w:sz w:val="16"/>'),
                    '<w:jc w:val="right"/>',
                ),
            ),
            {"file": "YRG_0227_laundro_03.jpg", "web": "true"},
        )
    )

    def bp(text):
        return para(run(text))

    def sub(text):
        return cx("subhead", para(run(text, "<w:b/>")))

    story = [
        para(
            cx(
                "dateline",
                run("DAWSON CITY, Y.T. — ", "<w:b/>"),
            )
            + run(
                "The only place in Dawson where you can wash a load of laundry and take a hot "
                "shower for less than $10 will stay open, after 214 residents pledged money to "
                "turn it into a co-operative."
            )
        ),
        bp(
            "Hank Ostashek, who has run the Front Street laundromat since 1997, announced in "
            "January that he would close it at the end of April. He is 71 and said the "
            "building’s boiler, washers and septic system all need work he does not want to "
            "pay for."
        ),
        bp(
            "“I wasn’t going to sell it to someone from Outside who’d turn it into an Airbnb,” "
            "Ostashek said. “If the town wants it, the town can have it.”"
        ),
        bp(
            "The Klondike Wash Co-operative, formed at a meeting in the Legion hall on Feb. 21, "
            "has collected pledges of $150 from each member and arranged a $40,000 loan from a "
            "Whitehorse credit union. It will lease the building from Ostashek for five years, "
            "with an option to buy."
        ),
        sub("Showers for cabin dwellers"),
        bp(
            "About a third of Dawson’s year-round residents live in cabins without running "
            "water, according to a 2024 housing survey by the town. Many of them rely on the "
            "laundromat’s four coin-operated showers, which cost $4 for eight minutes."
        ),
        bp(
            "“In February you are not hauling water for a bath,” said co-op board member "
            "Sasha Tremblay-Kaye, who lives in a cabin across the river in West Dawson. “That "
            "shower is the difference between going to work and not.”"
        ),
        cx(
            "photo",
            para(drawing_run(pic2), '<w:jc w:val="center"/>')
            + cx(
                "cutline",
                para(
                    run(
                        "Members of the Klondike Wash Co-operative vote to form the co-op at "
                        "the Legion hall on Feb. 21.",
                        '<w:i/><w:sz w:val="18"/>',
                    )
                ),
            )
            + cx(
                "credit",
                para(
                    run("Courtesy Klondike Wash Co-operative", '<w:sz w:val="16"/>'),
                    '<w:jc w:val="right"/>',
                ),
            ),
            {"file": "KWC_meeting_0221.jpg", "web": "true"},
        ),
        bp(
            "The co-op will keep prices the same for its first year, Tremblay-Kaye said, and "
            "replace the boiler this summer with a propane unit that will cost about $28,000."
        ),
        sub("Volunteers at first"),
        bp(
            "Until the co-op can afford a part-time manager, members will take turns opening "
            "and closing the building and emptying the coin boxes. More than 60 people have "
            "signed up for shifts."
        ),
        bp(
            "Ostashek said he will stay on as a volunteer through the summer to show the new "
            "board how to keep the washers running. “They are older than some of the board "
            "members,” he said."
        ),
        bp("The co-op’s first general meeting is March 18 at the Legion hall."),
    ]
    body.append(cx("body", "".join(story)))
    body.append(cx("contrib", para(run("With files from Ollie Kerr.", "<w:i/>"))))
    body.append(
        cx(
            "tagline",
            para(
                run(
                    "Maëlle Fortin covers Dawson City for the Gazette. Reach her at "
                    "867-555-0125 or mfortin@yukonrivergazette.ca.",
                    '<w:i/><w:color w:val="808080"/>',
                )
            ),
        )
    )
    body.append(cx("endmark", para(run("-30-"), '<w:jc w:val="center"/>')))

    set_body(doc, cx("story", "".join(body), {"id": "YRG-2026-0311", "status": "released"}))

    glossary = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {NSDECL}><w:docParts>{
        "".join(
            f'<w:docPart><w:docPartPr><w:name w:val="{escape(n)}"/><w:category>'
            f'<w:name w:val="NewsLink"/><w:gallery w:val="autoTxt"/></w:category>'
            f'<w:behaviors><w:behavior w:val="content"/></w:behaviors>'
            f'<w:guid w:val="{{{g}}}"/></w:docPartPr><w:docPartBody>'
            f"{para(run(text))}</w:docPartBody></w:docPart>"
            for n, g, text in (
                (
                    "NL Boilerplate: Co-op",
                    "6F1C2A0E-5B7D-4C8A-9E11-3A2D4F6B8C01",
                    (
                        "This story is shared through the Common Ground News Co-operative. "
                        "Member papers may republish it with credit to the Yukon River Gazette."
                    ),
                ),
                (
                    "NL Correction",
                    "0B9E7D44-1C2F-4E3A-8B5D-7F6A9C0D1E22",
                    (
                        "CORRECTION: An earlier version of this story gave the wrong date for "
                        "the meeting. It is on ____."
                    ),
                ),
                (
                    "NL Old lede (laundromat 2023)",
                    "A4C3B2E1-9D8F-4A7B-B6C5-D4E3F2A1B033",
                    (
                        "DAWSON CITY, Y.T. — The town’s only laundromat will close for two "
                        "weeks after its boiler failed during the October cold snap, owner Hank "
                        "Ostashek said Tuesday."
                    ),
                ),
            )
        )
    }</w:docParts></w:glossaryDocument>"""
    finish(
        doc,
        HERE / CUSTOMXML_NAME,
        extra_parts={"word/glossary/document.xml": glossary},
        content_types=(
            '<Override PartName="/word/glossary/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>'
        ),
        doc_rels=(
            '<Relationship Id="rIdGloss1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>'
        ),
    )


# ------------------------------------------------------------------ 2: mail-merge story sheet
def fld_begin():
    return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'


def fld_instr(text):
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def fld_sep():
    return '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'


def fld_end():
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def mergefield(name, result_runs, switches=""):
    return (
        fld_begin()
        + fld_instr(f" MERGEFIELD {name} {switches}".rstrip() + " ")
        + fld_sep()
        + result_runs
        + fld_end()
    )


def multiline_runs(text, rpr=""):
    """Runs for a merged value whose line feeds Word shows as line breaks."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:br/></w:r>")
        if line:
            out.append(run(line, rpr))
    return "".join(out)


BODY_PARAGRAPHS = (
    (
        "Residents of Snow Lake will have to drive to Flin Flon or The Pas for their "
        "prescriptions after the town’s only pharmacy closes on April 30."
    ),
    (
        "Lakeview Drugs owner Arjun Mehta said he has tried for two years to hire a pharmacist "
        "to replace him so he could retire, and has had no qualified applicants. He turns 70 "
        "this summer."
    ),
    (
        "“I have advertised in Winnipeg, in Toronto, in India. People call, they look at the "
        "map, and they don’t call back,” Mehta said."
    ),
    (
        "The pharmacy fills about 1,900 prescriptions a month for the town’s roughly 900 "
        "residents and for workers at the nearby mine, he said."
    ),
    ("What happens next"),
    (
        "The regional health authority said in a statement that it is looking at two options: "
        "sending prescriptions from a pharmacy in Flin Flon on the twice-weekly bus, and a "
        "video-call service that would let a pharmacist in another town counsel patients at the"
        " Snow Lake health centre."
    ),
    ("Neither would be in place by April 30, a spokesperson said."),
    (
        "Marlene Fontaine, 77, takes six medications for her heart and her diabetes. She said "
        "she does not drive in winter, and her daughter works shifts at the mine."
    ),
    (
        "“If the bus is late or the road is closed, what do I do, wait?” Fontaine said. “You "
        "can’t wait on insulin.”"
    ),
    (
        "Mayor Kevin Thorsteinson said council will offer the pharmacy space rent-free for two "
        "years to anyone who reopens it, and will ask the province to put Snow Lake on its list"
        " of communities for rural pharmacist recruitment."
    ),
    (
        "Mehta said he would sell the pharmacy’s fixtures and software for a dollar to a buyer "
        "who keeps it open. “I don’t need the money,” he said. “I need someone to be here.”"
    ),
)
BODY_FIELD = "\n\n".join(BODY_PARAGRAPHS)


def merge_story():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = (
        "Story sheet template v2 · Common Ground News Co-operative · do not edit the merge fields"
    )
    footer.runs[0].font.size = Pt(8)

    pic = picture_xml(doc, png_bytes(96, 64, (200, 210, 220), (70, 90, 120)), "", "Picture 1")
    grey = '<w:color w:val="7F7F7F"/><w:sz w:val="18"/>'

    def ppr_style(style, extra=""):
        return f'<w:pStyle w:val="{style}"/>{extra}'

    parts = []
    parts.append(
        para(
            run(
                "COMMON GROUND NEWS CO-OPERATIVE · STORY SHEET · merged from the story budget", grey
            )
        )
    )
    parts.append(
        para(
            run("Record ", grey)
            + mergefield("RecordID", run("CG-0311", grey))
            + run("   Slug: ", grey)
            + mergefield("Slug", run("SNOWLAKE-PHARMACY", grey))
            + run("   Status: ", grey)
            + mergefield("Status", run("Ready for members", grey))
            + run("   Run: ", grey)
            + mergefield("RunDate", run("2026-03-05", grey), r'\@ "yyyy-MM-dd"')
        )
    )
    parts.append(
        para(
            fld_begin()
            + fld_instr(" IF ")
            + mergefield("PrintRights", run("Yes", grey))
            + fld_instr(
                ' = "Yes" "Print and web rights: members may run this in print and online." '
                '"Web only — not for print." '
            )
            + fld_sep()
            + run("Print and web rights: members may run this in print and online.", grey)
            + fld_end()
        )
    )
    parts.append(
        para(
            mergefield(
                "Headline",
                run(
                    "Snow Lake’s only pharmacy to close, leaving a 210-kilometre drive for "
                    "prescriptions"
                ),
            ),
            ppr_style("Title"),
        )
    )
    parts.append(
        para(
            mergefield(
                "Dek",
                run(
                    "The owner says he could not find a pharmacist willing to move north. The "
                    "health authority is looking at delivery by bus and a video-call service"
                ),
            ),
            ppr_style("Subtitle"),
        )
    )
    parts.append(para(mergefield("Byline", run("By Noah Sinclair", "<w:b/>"), r'\b "By "')))
    parts.append(
        para(
            fld_begin()
            + fld_instr(' INCLUDEPICTURE "')
            + mergefield("PhotoFile", run("C:\\CGNC\\photos\\0311-mehta-counter.jpg"))
            + fld_instr('" \\d ')
            + fld_sep()
            + drawing_run(pic)
            + fld_end(),
            '<w:jc w:val="center"/>',
        )
    )
    parts.append(
        para(
            mergefield(
                "PhotoCaption",
                run(
                    "Arjun Mehta behind the counter of Lakeview Drugs on Main Street, which he "
                    "has run since 1998."
                ),
            ),
            ppr_style("Caption"),
        )
    )
    parts.append(
        para(
            mergefield(
                "PhotoCredit", run("Photo: Noah Sinclair/Common Ground", grey), r'\b "Photo: "'
            ),
            '<w:jc w:val="right"/>',
        )
    )
    parts.append(
        para(
            run("Alt text: ", grey)
            + mergefield(
                "PhotoAlt",
                run(
                    "A pharmacist in a white coat stands behind a counter lined with "
                    "prescription bags.",
                    grey,
                ),
            )
        )
    )
    parts.append(
        para(
            mergefield("Dateline", run("SNOW LAKE, Man. — ", "<w:b/>"), r'\f " — "')
            + mergefield("Body", multiline_runs(BODY_FIELD))
        )
    )
    parts.append(para(mergefield("Contributors", run("With files from Jolene McIvor.", "<w:i/>"))))
    desk_notes = (
        "Pharmacist’s last day confirmed by phone Mar. 3. Health authority statement is from "
        "its email of Mar. 2. Second photo (the bus) still to come, don’t hold for it."
    )
    red = '<w:color w:val="C00000"/>'
    parts.append(
        para(
            fld_begin()
            + fld_instr(" IF ")
            + mergefield("DeskNotes", run(desk_notes, red))
            + fld_instr(' <> "" "Desk notes: " "" ')
            + fld_sep()
            + run("Desk notes: ", "<w:b/>" + red)
            + fld_end()
            + mergefield("DeskNotes", run(desk_notes, red))
        )
    )
    set_body(doc, "".join(parts))

    settings = doc.settings.element
    merge = parse_xml(
        f'<w:mailMerge {NSDECL}><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
        '<w:dataType w:val="textFile"/><w:connectString w:val=""/>'
        '<w:query w:val="SELECT * FROM C:\\Users\\cgnc-volunteer\\Documents\\Story sheets\\'
        'airtable-export-2026-03-04.csv"/><w:dataSource r:id="rIdMergeSrc"/>'
        '<w:viewMergedData/><w:activeRecord w:val="3"/>'
        '<w:odso><w:fieldMapData><w:type w:val="dbColumn"/><w:name w:val="RecordID"/>'
        '<w:mappedName w:val="Unique Identifier"/><w:column w:val="0"/><w:lid w:val="en-CA"/>'
        "</w:fieldMapData></w:odso></w:mailMerge>"
    )
    tab = settings.find(f"{{{W_NS}}}defaultTabStop")
    tab.addprevious(merge)

    finish(
        doc,
        HERE / MERGE_NAME,
        settings_rels=(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdMergeSrc" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/mailMergeSource" Target="file:///C:\\Users\\'
            'cgnc-volunteer\\Documents\\Story%20sheets\\airtable-export-2026-03-04.csv" '
            'TargetMode="External"/></Relationships>'
        ),
    )


if __name__ == "__main__":
    customxml_story()
    merge_story()
    for name in (CUSTOMXML_NAME, MERGE_NAME):
        Document(str(HERE / name))  # both files must load
        print("wrote", name)

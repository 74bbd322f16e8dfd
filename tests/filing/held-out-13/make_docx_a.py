"""Build the two .docx documents of filing set 13, part a.

Run with the project's Python (python-docx 1.2) from any directory:
    .venv/bin/python <this folder>/make_docx_a.py
It writes the docx-*.docx files next to this script, byte for byte the same on every
run (fixed core properties and zip entry times). The pictures are small PNGs of a
plaid pattern drawn here with zlib/struct.

1. A story typed into an old newsroom form template converted from Word 2003: the
   parts are legacy form fields (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN with w:ffData),
   the document is protected for filling in forms, the story body is one FORMTEXT
   field whose result runs over several paragraphs, one field still shows its default
   text, and the pictures are VML shapes (w:pict / v:imagedata) as Word 2003 wrote them.
2. A CMS "print export": a routing table and export line written as ordinary Word
   paragraphs, the story itself as an HTML part pulled in with w:altChunk (Word converts
   it when the file is opened; it is not in document.xml), then the print-resolution
   pictures again as ordinary inline pictures with File / Caption / Credit lines.

The answer keys (*.expected.yaml) are written by hand; this script does not make them.
"""
import datetime
import io
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x66, 0x66, 0x66)
ZIP_TIME = (2026, 12, 2, 9, 30, 0)
WHEN = datetime.datetime(2026, 12, 2, 9, 30, 0)
VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def plaid_png(seed, w=120, h=80):
    """A small plaid: crossing bands whose colours depend on seed."""
    palette = [(46, 84, 120), (196, 168, 92), (120, 150, 96), (170, 70, 60), (220, 220, 214)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        row_band = (y // 10 + seed) % len(palette)
        for x in range(w):
            col_band = (x // 12 + 2 * seed) % len(palette)
            a, b = palette[row_band], palette[col_band]
            raw += bytes((a[i] + b[i]) // 2 for i in range(3))

    def chunk(kind, data):
        body = kind + data
        crc = struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + body + crc

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def add_run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if caps:
        r.font.all_caps = True
    return r


def para(doc, text="", bold=False, italic=False, size=None, color=None, align=None):
    p = doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    return p


def append_xml(p, xml):
    p._p.append(parse_xml(xml))


def run_xml(text, rpr=""):
    return (f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def fld_begin(ffdata):
    return (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin">'
            f'<w:ffData>{ffdata}</w:ffData></w:fldChar></w:r>')


def fld_instr(instr):
    return (f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText>'
            f'</w:r>')


def fld_char(kind):
    return f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="{kind}"/></w:r>'


def bookmark_start(bid, name):
    return f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{name}"/>'


def bookmark_end(bid):
    return f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>'


def text_ffdata(name, default="", status="", max_length=0):
    parts = [f'<w:name w:val="{name}"/>', '<w:enabled/>', '<w:calcOnExit w:val="0"/>']
    if status:
        parts.append(f'<w:statusText w:type="text" w:val={quoteattr(status)}/>')
    parts.append('<w:textInput>')
    if default:
        parts.append(f'<w:default w:val={quoteattr(default)}/>')
    if max_length:
        parts.append(f'<w:maxLength w:val="{max_length}"/>')
    parts.append('</w:textInput>')
    return "".join(parts)


def form_text(p, bid, name, result, default="", status="", max_length=0, rpr=""):
    """A legacy FORMTEXT field, wrapped in its bookmark, whose result is `result`."""
    append_xml(p, bookmark_start(bid, name))
    append_xml(p, fld_begin(text_ffdata(name, default, status, max_length)))
    append_xml(p, fld_instr("FORMTEXT"))
    append_xml(p, fld_char("separate"))
    append_xml(p, run_xml(result, f"<w:rPr>{rpr}<w:noProof/></w:rPr>"))
    append_xml(p, fld_char("end"))
    append_xml(p, bookmark_end(bid))


def form_checkbox(p, bid, name, checked):
    append_xml(p, bookmark_start(bid, name))
    append_xml(p, fld_begin(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                            f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/>'
                            f'</w:checkBox>'))
    append_xml(p, fld_instr("FORMCHECKBOX"))
    append_xml(p, fld_char("end"))
    append_xml(p, bookmark_end(bid))


def form_dropdown(p, bid, name, entries, chosen):
    items = "".join(f'<w:listEntry w:val={quoteattr(e)}/>' for e in entries)
    append_xml(p, bookmark_start(bid, name))
    append_xml(p, fld_begin(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                            f'<w:ddList><w:result w:val="{chosen}"/>{items}</w:ddList>'))
    append_xml(p, fld_instr("FORMDROPDOWN"))
    append_xml(p, fld_char("end"))
    append_xml(p, bookmark_end(bid))


SHAPETYPE = ('<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" '
             'o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">'
             '<v:stroke joinstyle="miter"/><v:formulas>'
             '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/>'
             '<v:f eqn="sum 0 0 @1"/><v:f eqn="prod @2 1 2"/>'
             '<v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
             '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/>'
             '<v:f eqn="prod @7 21600 pixelWidth"/><v:f eqn="sum @8 21600 0"/>'
             '<v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
             '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
             '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>')


def vml_picture(doc, p, seed, shape_no, alt, file_title, with_shapetype=False):
    """An inline picture the way Word 2003 wrote it: w:pict / v:shape / v:imagedata."""
    rid, _image = doc.part.get_or_add_image(io.BytesIO(plaid_png(seed)))
    alt_attr = f" alt={quoteattr(alt)}" if alt else ""
    xml = (f'<w:r {nsdecls("w", "r")} {VML_NS}><w:pict>'
           f'{SHAPETYPE if with_shapetype else ""}'
           f'<v:shape id="_x0000_i{shape_no}" type="#_x0000_t75" '
           f'style="width:324pt;height:216pt"{alt_attr}>'
           f'<v:imagedata r:id="{rid}" o:title={quoteattr(file_title)}/></v:shape>'
           f'</w:pict></w:r>')
    append_xml(p, xml)


def inline_picture(doc, seed, descr, name, width=4.5):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_picture(io.BytesIO(plaid_png(seed)), width=Inches(width))
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
        el.set("name", name)
    return p


def settings_child(doc, xml, before_tag):
    settings = doc.settings.element
    new = parse_xml(xml)
    anchor = settings.find(qn(before_tag))
    if anchor is not None:
        anchor.addprevious(new)
    else:
        settings.append(new)


def set_compat_mode(doc, mode):
    for el in doc.settings.element.iter(qn("w:compatSetting")):
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), str(mode))


def fix_zip(path):
    """Rewrite the package with fixed entry times and order so the output is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def save(doc, name, author, title=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 3
    path = os.path.join(HERE, name)
    doc.save(path)
    fix_zip(path)
    return path


def base_document(font, size):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


# ---------------------------------------------------------------------------
# 1. Legacy form fields in a protected Word 2003 story form, VML pictures
# ---------------------------------------------------------------------------
HEADLINE_1 = "Hollis Harbor caps short-term rentals at 90 and orders yearly inspections"
DEK_1 = ("Owners who miss the March 31 deadline to register will lose their rentals; "
         "a waiting list will decide who gets licenses that open up.")
BODY_1 = [
    ("HOLLIS HARBOR, Mich. \u2014 The Hollis Harbor City Council voted 5-2 Tuesday to cap the "
     "number of short-term rental licenses in the city at 90, about 30 fewer than are operating "
     "now, and to require every licensed rental to pass a fire and safety inspection each year."),
    ("Owners who now rent homes by the night or the week will have until March 31 to register. "
     "The 90 licenses will go first to owners with no upheld complaints; the rest will be placed "
     "on a waiting list in the order they applied."),
    ("\u201cWe have blocks downtown where half the houses are dark from October to May,\u201d "
     "said Mayor Pro Tem Elise Vandermolen. \u201cThose used to be where our teachers and our "
     "nurses lived.\u201d"),
    ("The city\u2019s planning department counted 121 short-term rentals operating this summer, "
     "up from 47 in 2019. Over the same period, the number of year-round households in the city "
     "fell by about 8%, according to the department\u2019s report."),
    ("Rental owners filled the council chambers. Several said the cap would lower property "
     "values and push visitors to neighboring townships that have no limits."),
    ("\u201cI bought this house to retire in, and I rent it out 12 weeks a year to pay the "
     "taxes,\u201d said Gary Lindeman, who owns a cottage on Lake Street. \u201cNow I\u2019m "
     "supposed to wait in line behind people from Chicago who own five of them?\u201d"),
    ("Under the ordinance, no owner may hold more than two licenses. Inspections will cost $175 "
     "a year."),
    "Staff writer Gil Marchetti contributed to this report.",
]


def labelled(doc, label, bid, name, result, **kw):
    p = doc.add_paragraph()
    add_run(p, label, bold=True, size=9)
    form_text(p, bid, name, result, **kw)
    return p


def legacy_form_rentals():
    doc = base_document("Times New Roman", 12)
    set_compat_mode(doc, 11)
    protection = f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="1"/>'
    settings_child(doc, protection, "w:defaultTabStop")

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "LAKESHORE COUNTY TRIBUNE \u00b7 NEWSROOM FORMS", size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    add_run(fp, "Form TRB-7 (rev. 3/2004) \u00b7 Protected form: press Tab to move between "
                "fields \u00b7 Do not unprotect", size=7, color=GREY)

    para(doc, "STORY FORM \u2014 LOCAL NEWS", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)

    p = doc.add_paragraph()
    add_run(p, "SLUG: ", bold=True, size=9)
    form_text(p, 1, "Slug", "RENTALS-CAP", max_length=24)
    add_run(p, "\tSECTION: ", bold=True, size=9)
    form_dropdown(p, 2, "Section", ["Metro", "County", "Business", "Lakeshore"], 0)

    p = doc.add_paragraph()
    add_run(p, "FILED BY: ", bold=True, size=9)
    form_text(p, 3, "FiledBy", "T. Vasquez")
    add_run(p, "\tDATE: ", bold=True, size=9)
    form_text(p, 4, "FiledDate", "12/1/2026")

    p = doc.add_paragraph()
    form_checkbox(p, 5, "Web", True)
    add_run(p, " Web    ", size=9)
    form_checkbox(p, 6, "Print", True)
    add_run(p, " Print    ", size=9)
    form_checkbox(p, 7, "Embargo", False)
    add_run(p, " Embargoed    ", size=9)
    form_checkbox(p, 8, "Photos", True)
    add_run(p, " Photos attached", size=9)

    labelled(doc, "KICKER: ", 9, "Kicker", "Type kicker here", default="Type kicker here")
    labelled(doc, "HEADLINE: ", 10, "Headline", HEADLINE_1, default="Type headline here",
             status="Sentence case, 80 characters max.", max_length=80,
             rpr="<w:b/>")
    labelled(doc, "DEK: ", 11, "Dek", DEK_1, default="Type dek here")
    labelled(doc, "BYLINE: ", 12, "Byline", "Teodora Vasquez", default="Reporter name")
    labelled(doc, "NOTES TO DESK: ", 13, "DeskNotes",
             "Vote was 5-2, not 4-3 as in last night\u2019s web brief. Vandermolen\u2019s title "
             "is Mayor Pro Tem. Lindeman spelled right. \u2014TV",
             default="Notes for the editor (not for publication)")

    p = doc.add_paragraph()
    add_run(p, "STORY:", bold=True, size=9)

    # The story is one FORMTEXT field whose result runs over several paragraphs.
    first = doc.add_paragraph()
    append_xml(first, bookmark_start(14, "Story"))
    append_xml(first, fld_begin(text_ffdata("Story", "Type or paste story here")))
    append_xml(first, fld_instr("FORMTEXT"))
    append_xml(first, fld_char("separate"))
    append_xml(first, run_xml(BODY_1[0], "<w:rPr><w:noProof/></w:rPr>"))
    last = first
    for text in BODY_1[1:]:
        last = doc.add_paragraph()
        append_xml(last, run_xml(text, "<w:rPr><w:noProof/></w:rPr>"))
    append_xml(last, fld_char("end"))
    append_xml(last, bookmark_end(14))

    p = doc.add_paragraph()
    add_run(p, "PHOTO 1: ", bold=True, size=9)
    vml_picture(doc, p, 1, 1025,
                "Cottages with small rental signs in their yards along a lakeside street",
                "rentals_lake_st", with_shapetype=True)
    labelled(doc, "CUTLINE: ", 15, "Cutline1",
             "Cottages on Lake Street in Hollis Harbor, where the planning department counted "
             "11 short-term rentals on a single block this summer.")
    labelled(doc, "PHOTOG: ", 16, "Photog1", "Nathan Reyes/Lakeshore County Tribune")

    p = doc.add_paragraph()
    add_run(p, "PHOTO 2: ", bold=True, size=9)
    vml_picture(doc, p, 3, 1026, "", "council_vote")
    labelled(doc, "CUTLINE: ", 17, "Cutline2",
             "Council members vote on the short-term rental ordinance Tuesday at Hollis "
             "Harbor City Hall.")
    labelled(doc, "PHOTOG: ", 18, "Photog2", "Courtesy of the City of Hollis Harbor")

    para(doc, "END OF FORM", size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER)
    return save(doc, "docx-legacy-form-fields-protected-word-2003-template-story-field-spans-"
                     "paragraphs-vml-pictures-short-term-rentals.docx",
                "Lakeshore County Tribune", title="Story form TRB-7")


# ---------------------------------------------------------------------------
# 2. CMS print export: routing table, the story as an altChunk HTML part, print photos
# ---------------------------------------------------------------------------
HEADLINE_2 = ("After six years and 40 meetings, Calder County\u2019s first off-leash dog park "
              "opens Saturday")
DEK_2 = ("Donations paid for most of the $412,000 park at Larkin Park. Neighbors on Alder "
         "Street worry about parking.")
CAPTION_2A = ("Volunteer Deanna Whitcombe walks her dog, Biscuit, along the fence line of the "
              "large-dog area at the new Larkin Park dog park on Tuesday.")
CREDIT_2A = "Staff photo by Ines Marquardt"
ALT_2A = "A woman and a brown dog walk along a new chain-link fence on a grassy field"
CAPTION_2B = ("Volunteers with Friends of Larkin Park lay engraved bricks at the park\u2019s "
              "entrance in October.")
CREDIT_2B = "Courtesy of Friends of Larkin Park"

STORY_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Story 48213 \u2014 print export</title>
<style>
body { font-family: Georgia, serif; font-size: 11pt; }
h1.headline { font-size: 22pt; }
h2.dek { font-size: 13pt; font-weight: normal; font-style: italic; }
p.byline { font-weight: bold; }
.cms-embed, .web-only, .editor-note { color: #b00; }
figcaption .credit { font-size: 8pt; color: #666; }
</style>
</head>
<body>
<!-- Bylines CMS 7.2 print export; story_id=48213; revision=14; status=ready_for_copy -->
<p class="kicker">COUNTY</p>
<h1 class="headline">After six years and 40 meetings, Calder County\u2019s first off-leash dog \
park opens Saturday</h1>
<h2 class="dek">Donations paid for most of the $412,000 park at Larkin Park. Neighbors on Alder \
Street worry about parking.</h2>
<p class="byline">By <span class="author">Theo Baptiste</span> and \
<span class="author">Wren Castellanos</span>, <span class="author-title">Record staff \
writers</span></p>
<figure class="lead-art">
<img src="https://media.midvalleyrecord.test/2026/12/48213-dogpark-01.jpg" \
alt="A woman and a brown dog walk along a new chain-link fence on a grassy field" width="620">
<figcaption><span class="caption">Volunteer Deanna Whitcombe walks her dog, Biscuit, along the \
fence line of the large-dog area at the new Larkin Park dog park on Tuesday.</span> \
<span class="credit">Staff photo by Ines Marquardt</span></figcaption>
</figure>
<p><strong>LARKIN, Ore. \u2014</strong> Six years after a group of dog owners first asked the \
county for a place to let their dogs run, Calder County\u2019s first off-leash dog park opens \
Saturday at the north end of Larkin Park.</p>
<p>The fenced, 3-acre park has separate areas for large and small dogs, a water station, shade \
shelters and a double-gated entry. It cost about $412,000, of which $290,000 came from \
donations raised by the nonprofit Friends of Larkin Park, according to the county parks \
department.</p>
<p class="editor-note">[EDITOR: grafs 6-7 can come out for the B1 hole if needed. \u2014WC]</p>
<p>\u201cWe held bake sales, we sold bricks, we washed dogs in the rain,\u201d said Deanna \
Whitcombe, who helped found the group in 2020. \u201cEvery one of those bricks is in the entry \
path now.\u201d</p>
<div class="cms-embed" data-embed="related" data-story="47710">RELATED: County parks levy heads \
to the May ballot</div>
<p>The project was delayed twice: first in 2022, when a survey found wetlands on the original \
site, and again last year, when construction bids came in $120,000 over the estimate.</p>
<!-- cms:ad-slot in-article-1 -->
<h3>Parking concerns</h3>
<p>Some neighbors on Alder Street, which borders the park, told county commissioners this fall \
that they expect weekend visitors to fill the street\u2019s 40 parking spaces. The county added \
28 spaces to the park\u2019s lot and will review parking after six months, parks director Samuel \
Okoro said.</p>
<p>\u201cWe\u2019re not against the dogs. We\u2019re against circling the block for 20 \
minutes,\u201d said Patricia Venn, who has lived on Alder Street for 31 years.</p>
<figure>
<img src="https://media.midvalleyrecord.test/2026/12/48213-dogpark-02.jpg" alt="" width="620">
<figcaption><span class="caption">Volunteers with Friends of Larkin Park lay engraved bricks at \
the park\u2019s entrance in October.</span> <span class="credit">Courtesy of Friends of Larkin \
Park</span></figcaption>
</figure>
<p>The park will be open from dawn to dusk. Dogs must be licensed and vaccinated, and owners \
must stay inside the fence with them. A ribbon-cutting is scheduled for 10 a.m. Saturday.</p>
<p class="contributor"><em>Metro editor Ra\u00fal Benavides and intern Kayla Osei contributed to \
this report.</em></p>
<p class="tagline"><em>Reach Theo Baptiste at 541-555-0122 or \
tbaptiste@midvalleyrecord.test.</em></p>
<div class="web-only">WEB ONLY: Sign up for Mid-Valley Mornings, our free daily newsletter, at \
midvalleyrecord.test/newsletters.</div>
</body>
</html>
"""


def add_html_chunk(doc, html, partname):
    part = Part(PackURI(partname), "text/html", html.encode("utf-8"), doc.part.package)
    rid = doc.part.relate_to(part, RT.A_F_CHUNK)
    return parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>')


def routing_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = doc.styles["Table Grid"]
    for (label, value), row in zip(rows, table.rows, strict=True):
        cells = row.cells
        add_run(cells[0].paragraphs[0], label, bold=True, size=9)
        add_run(cells[1].paragraphs[0], value, size=9)
    return table


def page_field(p):
    append_xml(p, f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                  f'</w:fldSimple>')


def altchunk_dog_park():
    doc = base_document("Calibri", 10)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    add_run(fp, "Bylines CMS print export \u00b7 Mid-Valley Record \u00b7 story 48213 \u00b7 page ",
            size=7, color=GREY)
    page_field(fp)

    para(doc, "PRINT EXPORT \u00b7 Bylines CMS 7.2 \u00b7 story 48213 \u00b7 exported "
              "12/02/2026 09:14 by wcastellanos", size=8, color=GREY)
    routing_table(doc, [
        ("Story ID", "48213"),
        ("Slug", "DOGPARK-OPENS"),
        ("Desk", "County"),
        ("Length", "17.5 in. (742 words)"),
        ("Editor", "R. Benavides"),
        ("Print", "B1, Sat., Dec. 5"),
        ("Web", "Fri., Dec. 4, 6 a.m."),
        ("Art", "2 photos (print-resolution files at end)"),
    ])
    para(doc)

    # The story: an HTML part that Word imports in place of the w:altChunk element.
    chunk = add_html_chunk(doc, STORY_HTML, "/word/afchunk48213.htm")
    anchor = para(doc, "END OF STORY 48213", bold=True, size=9, color=GREY,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    anchor._p.addprevious(chunk)

    p = para(doc, "PRINT PHOTOS (300 dpi)", bold=True, size=11)
    p.paragraph_format.page_break_before = True
    photos = [
        (2, ALT_2A, "48213-dogpark-01.jpg", "4032 \u00d7 3024", CAPTION_2A, CREDIT_2A),
        (4, "", "48213-dogpark-02.jpg", "3000 \u00d7 2000", CAPTION_2B, CREDIT_2B),
    ]
    for seed, alt, fname, size, caption, credit in photos:
        inline_picture(doc, seed, alt, fname)
        para(doc, f"File: {fname} \u00b7 {size} \u00b7 300 dpi", size=8, color=GREY)
        p = doc.add_paragraph()
        add_run(p, "Caption: ", bold=True, size=9)
        add_run(p, caption, size=9)
        p = doc.add_paragraph()
        add_run(p, "Credit: ", bold=True, size=9)
        add_run(p, credit, size=9)
    return save(doc, "docx-cms-print-export-altchunk-html-part-routing-table-print-photos-"
                     "repeated-dog-park.docx",
                "Bylines CMS", title="Story 48213 print export")


if __name__ == "__main__":
    for built in (legacy_form_rentals(), altchunk_dog_park()):
        print(os.path.basename(built))

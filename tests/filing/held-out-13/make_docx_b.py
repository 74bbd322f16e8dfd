"""Build the two .docx documents of this filing set (writer b).

Run with the project's Python (python-docx 1.2):
    python make_docx_b.py
Writes the docx-*.docx files next to this script.

1. A content system's "Download as Word" export: the story is not in Word
   paragraphs at all but in an HTML "alternative format chunk" (w:altChunk)
   stored as an MHT part (MIME multipart/related, the HTML quoted-printable,
   the pictures base64 under file:///C:/fake/ locations). Word converts the
   chunk when it opens the file; the package itself holds no w:p of the story.
2. A student reporter's draft written with Word's References tools: APA-style
   CITATION fields inside body paragraphs (each wrapped in a citation content
   control), a BIBLIOGRAPHY field under "References", the sources in a
   customXml part, a native Word chart (a chart part with cached values, no
   picture), and a photo inserted with "Link to File" so the package holds only
   an external link to the reporter's laptop, not the picture.

The pictures are small PNGs of a few coloured bars, drawn here with zlib/struct.
Raw XML is used for what python-docx has no API for. Core properties are fixed
and every zip entry gets a fixed timestamp, so two runs give the same bytes.
The answer keys (*.expected.yaml) are written by hand; this script does not
produce them.
"""
import base64
import io
import os
import quopri
import struct
import zipfile
import zlib
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x6E, 0x6E, 0x6E)
FIXED = datetime(2026, 12, 2, 16, 18, 0, tzinfo=UTC)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def bars_png(seed, w=120, h=80):
    """A few vertical bars of varying height on a pale ground."""
    ground = (238, 234, 226)
    ink = ((60 + 40 * seed) % 256, 90 + 10 * seed, 140 - 15 * seed)
    heights = [(17 * (i + seed) * 7) % (h - 10) + 10 for i in range(6)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            col = x // (w // 6)
            inside = col < 6 and x % (w // 6) > 3 and y > h - heights[col]
            raw += bytes(ink if inside else ground)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def save_fixed(doc, name):
    """Save, then rewrite the zip with fixed entry timestamps."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(buf) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 2, 16, 18, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def add(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return r


def para(doc, text="", style=None, **kw):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add(p, text, **kw)
    return p


def t(text):
    return f'<w:t xml:space="preserve">{text}</w:t>'


# --------------------------------------------------------------------------
# 1. CMS "Download as Word": the story lives in an altChunk MHT part
# --------------------------------------------------------------------------
CHUNK_HTML = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>driveinsolar-1202 (v7)</title>
<style>
body { font-family: Georgia, serif; font-size: 11pt; }
.lodestar-export-meta { color: #777777; font-size: 8pt; }
table.lodestar-fields td { border: 1px solid #cccccc; font-size: 9pt; padding: 2px 6px; }
h1 { font-size: 22pt; }
p.dek { font-size: 13pt; font-style: italic; color: #444444; }
p.caption { font-size: 9pt; }
span.credit { color: #666666; font-size: 8pt; }
p.embed-placeholder, p.related-placeholder { background: #f1f1f1; color: #888888; font-size: 9pt; }
</style>
</head>
<body>
<p class="lodestar-export-meta">Exported from Lodestar CMS &middot; Story ID 88412 &middot; Exported by jhalvorsen on 12/02/2026 4:18 PM &middot; Revision 7 of 7</p>
<table class="lodestar-fields">
<tr><td>Slug</td><td>driveinsolar-1202</td></tr>
<tr><td>Section</td><td>Local / Business</td></tr>
<tr><td>Status</td><td>Ready for copy</td></tr>
<tr><td>Print headline</td><td>Starlite to go dark for solar farm</td></tr>
<tr><td>SEO headline</td><td>Roanoke drive-in Starlite sold to solar developer, closing Dec. 20</td></tr>
<tr><td>Word count</td><td>812</td></tr>
<tr><td>Assigned editor</td><td>Paulette Graybeal</td></tr>
</table>
<h1>The Roanoke Valley&rsquo;s last drive-in will close after its owners sell to a solar developer</h1>
<p class="dek">The Starlite has shown movies under the stars since 1952. Its final night is Dec. 20.</p>
<p class="byline">By Jolene Halvorsen</p>
<p class="image"><img src="file:///C:/fake/image0.png" alt="A tall white drive-in movie screen at dusk above an empty gravel lot with speaker posts" width="640" height="427"></p>
<p class="caption">The Starlite&rsquo;s screen tower, built in 1952, is one of the last of its kind in Virginia. <span class="credit">Dwight Ferebee/Star City Herald</span></p>
<p><strong>ROANOKE, Va. &mdash;</strong> The Starlite Drive-In, which has shown movies on the edge of the Roanoke Valley for 74 summers, will close for good after its final show on Dec. 20, its owners said Tuesday.</p>
<p>Brothers Lyle and Curtis Kessinger, whose grandfather built the theater, have agreed to sell the 19-acre property to Blue Hollow Solar for $2.35 million. The company plans to build a 4-megawatt solar array on the site and start construction in the spring.</p>
<p>&ldquo;We held on as long as we could,&rdquo; Lyle Kessinger said. &ldquo;A drive-in makes its money on about 60 good nights a year. You can&rsquo;t count on 60 good nights anymore.&rdquo;</p>
<p class="embed-placeholder">[Embedded content: YouTube video &ldquo;Starlite Drive-In, 1952&ndash;2026&rdquo; &mdash; embeds are not included in Word exports]</p>
<p>The brothers said attendance had fallen by about a third since 2019, while the cost of film licensing, insurance and maintaining the screen tower had climbed. They replaced the projector with a digital one in 2013 for about $70,000.</p>
<p>Blue Hollow Solar, based in Charlottesville, said it would sell the power to the local electric cooperative under a 25-year contract.</p>
<p class="related-placeholder">[Related: Salem&rsquo;s Sunset drive-in closes after 61 seasons]</p>
<h2>A 74-year run</h2>
<p>The Starlite opened in June 1952 with a double feature and room for 400 cars. At its peak in the 1960s it ran shows seven nights a week from April to October.</p>
<p class="image"><img src="file:///C:/fake/image1.png" alt="" width="640" height="427"></p>
<p class="caption">Cars line up for opening night at the Starlite in June 1952. <span class="credit">Courtesy of the Kessinger family</span></p>
<p>Regular customers said they were sad but not surprised.</p>
<p>&ldquo;My parents had their first date here, and I brought my kids here every summer,&rdquo; said Brenda Oakes, 58, of Vinton. &ldquo;It&rsquo;s hard to picture solar panels where the screen is.&rdquo;</p>
<p>The Kessingers said they planned to offer the screen tower to a museum or another drive-in before demolition. The last show will be a free double feature, and the snack bar will sell off its remaining stock at half price.</p>
<p><em>Herald researcher Mabel Dunford contributed to this report.</em></p>
<p class="tags">Tags: drive-in, solar, Roanoke County, business</p>
<p class="lodestar-export-meta">Lodestar CMS &middot; Unpublished draft &middot; Do not forward outside the newsroom</p>
</body>
</html>
"""


def build_mht(html, images):
    """A web archive as Word reads it: multipart/related, HTML quoted-printable."""
    boundary = "----=_NextPart_LodestarExport_88412"
    qp = quopri.encodestring(html.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    qp = qp.replace("\r\n", "\n").replace("\n", "\r\n")
    lines = [
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: file:///C:/fake/document.html",
        "",
        qp,
    ]
    for location, data in images:
        b64 = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        lines += [
            f"--{boundary}",
            "Content-Type: image/png",
            "Content-Transfer-Encoding: base64",
            f"Content-Location: {location}",
            "",
            b64,
        ]
    lines.append(f"--{boundary}--")
    lines.append("")
    return "\r\n".join(lines).encode("ascii")


def cms_altchunk_export():
    doc = Document()
    fix_core(doc, "driveinsolar-1202 (v7)", "Lodestar CMS")
    mht = build_mht(CHUNK_HTML, [("file:///C:/fake/image0.png", bars_png(1)),
                                 ("file:///C:/fake/image1.png", bars_png(4))])
    chunk = Part(PackURI("/word/afchunk.mht"), "message/rfc822", mht, doc.part.package)
    r_id = doc.part.relate_to(chunk, RT.A_F_CHUNK)
    body = doc.element.body
    body.insert(0, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{r_id}"/>'))
    save_fixed(doc, "docx-cms-download-as-word-altchunk-mht-quoted-printable-fake-image-"
               "locations-roanoke-drive-in-solar.docx")


# --------------------------------------------------------------------------
# 2. Student draft: citations, bibliography, native chart, linked picture
# --------------------------------------------------------------------------
SOURCES_XML = (
    '<?xml version="1.0" standalone="no"?>'
    '<b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6" '
    'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography">'
    '<b:Source><b:Tag>Pal26</b:Tag><b:SourceType>Report</b:SourceType>'
    '<b:Guid>{6B1F2E0A-3C4D-4E5F-9A7B-0C1D2E3F4A51}</b:Guid>'
    '<b:Title>Annual Rent Report, Fall 2026</b:Title><b:Year>2026</b:Year>'
    '<b:Author><b:Author><b:Corporate>Palouse Rental Registry</b:Corporate></b:Author></b:Author>'
    '<b:RefOrder>1</b:RefOrder></b:Source>'
    '<b:Source><b:Tag>Pal25</b:Tag><b:SourceType>DocumentFromInternetSite</b:SourceType>'
    '<b:Guid>{0D9E8F7A-6B5C-4D3E-8F2A-1B0C9D8E7F62}</b:Guid>'
    '<b:Title>Cost of Attendance, 2019-2026</b:Title><b:Year>2025</b:Year>'
    '<b:Author><b:Author><b:Corporate>Palouse State College Financial Aid Office'
    '</b:Corporate></b:Author></b:Author>'
    '<b:RefOrder>2</b:RefOrder></b:Source>'
    '</b:Sources>')

YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
RENTS = [780, 805, 840, 910, 990, 1075, 1160, 1240]


def chart_xml():
    cats = "".join(f'<c:pt idx="{i}"><c:v>{y}</c:v></c:pt>' for i, y in enumerate(YEARS))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(RENTS))
    n = len(YEARS)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<c:roundedCorners val="0"/>'
        '<c:chart>'
        '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Median two-bedroom rent near campus'
        '</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/>'
        '<c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        '<c:ser><c:idx val="0"/><c:order val="0"/>'
        '<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
        '<c:pt idx="0"><c:v>Median rent ($)</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        '<c:spPr><a:solidFill><a:srgbClr val="7A2E1F"/></a:solidFill></c:spPr>'
        '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache>'
        f'<c:ptCount val="{n}"/>{cats}</c:strCache></c:strRef></c:cat>'
        f'<c:val><c:numRef><c:f>Sheet1!$B$2:$B${n + 1}</c:f><c:numCache>'
        f'<c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{vals}'
        '</c:numCache></c:numRef></c:val></c:ser>'
        '<c:gapWidth val="80"/><c:axId val="510001"/><c:axId val="510002"/></c:barChart>'
        '<c:catAx><c:axId val="510001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:crossAx val="510002"/></c:catAx>'
        '<c:valAx><c:axId val="510002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'
        '<c:numFmt formatCode="\\$#,##0" sourceLinked="0"/><c:crossAx val="510001"/></c:valAx>'
        '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def inline_chart(p, r_id, descr):
    cx, cy = Inches(5.5), Inches(3.2)
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "r")}><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="31" name="Chart 1" descr="{descr}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{r_id}"/>'
        f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))


def inline_linked_picture(p, r_id, descr, name):
    cx, cy = Inches(5.0), Inches(3.33)
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "pic", "r")}><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="32" name="Picture 2" descr="{descr}"/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:link="{r_id}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))


def citation(p, sdt_id, tag, shown):
    """Word's Insert Citation: a CITATION field wrapped in a citation content control."""
    p._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{sdt_id}"/><w:citation/></w:sdtPr>'
        f'<w:sdtContent>'
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> CITATION {tag} \\l 1033 </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:rPr><w:noProof/></w:rPr>{t(shown)}</w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'</w:sdtContent></w:sdt>'))


def bibliography(doc, entries):
    """References heading and a BIBLIOGRAPHY field, in Word's bibliography controls."""
    hanging = ('<w:pPr><w:spacing w:line="480" w:lineRule="auto"/>'
               '<w:ind w:left="720" w:hanging="720"/></w:pPr>')
    paras = []
    for i, entry in enumerate(entries):
        start = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        paras.append(f'<w:p>{hanging}{start}<w:r><w:rPr><w:noProof/></w:rPr>{t(entry)}</w:r></w:p>')
    paras.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="-1706635381"/>'
        f'<w:docPartObj><w:docPartGallery w:val="Bibliographies"/><w:docPartUnique/>'
        f'</w:docPartObj></w:sdtPr><w:sdtContent>'
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r>{t("References")}</w:r></w:p>'
        f'<w:sdt><w:sdtPr><w:id w:val="111542456"/><w:bibliography/></w:sdtPr>'
        f'<w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>'
        f'</w:sdtContent></w:sdt>')
    body = doc.element.body
    body.insert(len(body) - 1, sdt)


def body_para(doc, text=""):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Inches(0.5)
    if text:
        p.add_run(text)
    return p


def student_citations_chart_linked_photo():
    doc = Document()
    fix_core(doc, "Haddad_rent story_FINAL_v3", "Noor Haddad")
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.line_spacing = 2.0
    normal.paragraph_format.space_after = Pt(0)

    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Haddad ")
    hp._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE \\* MERGEFORMAT "><w:r>{t("1")}</w:r>'
        f'</w:fldSimple>'))

    for line in ("Noor Haddad", "Prof. Imogen Whitcomb", "JOUR 310: News Reporting",
                 "2 December 2026"):
        para(doc, line)
    para(doc, "Also submitted to the Prospector news desk for Friday's paper. Cell "
         "208-555-0193 if anything needs checking.", italic=True, color=GREY, size=10)

    h = para(doc, "Rents near campus have climbed 59% since 2019, and students are doubling up",
             bold=True, size=14)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d = para(doc, "Median rent for a two-bedroom within a mile of Palouse State has reached "
             "$1,240 a month, city registry data show", italic=True)
    d.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = para(doc, "By Noor Haddad")
    b.alignment = WD_ALIGN_PARAGRAPH.CENTER

    body_para(doc, "When Marisela Ochoa signed a lease in August for a two-bedroom apartment three "
              "blocks from campus, she planned to share it with one roommate. By October, four "
              "people were living there.")
    p2 = body_para(doc, "Median rent for a two-bedroom apartment within a mile of Palouse State "
                   "College reached $1,240 a month this fall, up from $780 in 2019, according to "
                   "the city’s rental registry")
    citation(p2, "-1441871526", "Pal26", " (Palouse Rental Registry, 2026)")
    p2.add_run(".")

    chart = Part(PackURI("/word/charts/chart1.xml"),
                 "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                 chart_xml().encode("utf-8"), doc.part.package)
    chart_rid = doc.part.relate_to(chart, RT.CHART)
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline_chart(cp, chart_rid, "Bar chart of median rent for two-bedroom apartments near "
                 "campus, rising each year from $780 in 2019 to $1,240 in 2026")
    para(doc, "Median monthly rent for a two-bedroom apartment within a mile of campus, 2019 to "
         "2026.", style="Caption")
    cr = para(doc, "Graphic by Noor Haddad/The Palouse Prospector", size=9, color=GREY)
    cr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    body_para(doc, "“Nobody I know has their own room anymore,” said Ochoa, a junior studying "
              "nursing. “We split the rent four ways, and it’s still $310 each.”")
    p4 = body_para(doc, "The increase has outpaced financial aid. The college’s estimate of what "
                   "students pay for off-campus housing rose 22% over the same period")
    citation(p4, "1830517264", "Pal25", " (Palouse State College Financial Aid Office, 2025)")
    p4.add_run(".")
    body_para(doc, "City housing planner Gideon Marsh said only 140 apartments have been built "
              "within a mile of campus since 2019, while enrollment grew by about 1,900 "
              "students.")
    body_para(doc, "“The demand is right there on the map,” Marsh said. “The supply isn’t.”")

    para(doc, "Landlords point to costs", style="Heading 2")
    body_para(doc, "Landlords say their own costs have risen sharply. Rowan Petersen, who owns 36 "
              "units near campus, said his property taxes and insurance have nearly doubled "
              "since 2020.")
    body_para(doc, "“I’m not getting rich on this,” Petersen said. “Every time the insurance bill "
              "comes, the rent goes up. I don’t like it either.”")

    photo_rid = doc.part.relate_to(
        "file:///C:/Users/nhaddad/OneDrive%20-%20Palouse%20State/Prospector/photos/IMG_3318.JPG",
        RT.IMAGE, is_external=True)
    pp = doc.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline_linked_picture(pp, photo_rid, "Four students carry a couch up an outdoor staircase "
                          "at an apartment building", "IMG_3318.JPG")
    para(doc, "Marisela Ochoa and her roommates move a couch into their apartment in October.",
         style="Caption")
    cr2 = para(doc, "Eli Marchetti | The Palouse Prospector", size=9, color=GREY)
    cr2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    body_para(doc, "The college’s student government has asked the City Council to set up a "
              "rental-assistance fund for students and to allow more units on lots near campus. "
              "The council’s planning committee is scheduled to discuss the request on Jan. 14.")
    body_para(doc, "Ochoa said she and her roommates plan to stay together next year. “It works,” "
              "she said. “It’s just not what anybody pictured.”")
    para(doc, "Prospector staff writer Ada Kwiatkowski contributed reporting.", italic=True)
    para(doc, "Word count: 804 (not counting references)", color=GREY, size=10)

    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    bibliography(doc, [
        "Palouse Rental Registry. (2026). Annual Rent Report, Fall 2026.",
        "Palouse State College Financial Aid Office. (2025). Cost of Attendance, 2019-2026.",
    ])

    # The template already carries Word's (empty) bibliography sources part:
    # fill it with the two sources the citations point to.
    for part in doc.part.package.iter_parts():
        if part.partname == "/customXml/item1.xml":
            part._blob = SOURCES_XML.encode("utf-8")

    save_fixed(doc, "docx-student-draft-citation-fields-bibliography-native-chart-linked-photo-"
               "moscow-campus-rents.docx")


if __name__ == "__main__":
    cms_altchunk_export()
    student_citations_chart_linked_photo()

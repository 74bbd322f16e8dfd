"""Write the two Word drafts of this folder with python-docx.

docx-word-cover-page-bound-content-controls-abstract-pitch-omml-equation-rural-court-backlog.docx
    A freelancer's data feature whose headline, dek and byline exist only on a
    built-in Word cover page (Insert > Cover Page): a block-level content control
    from the "Cover Pages" gallery holding inline controls bound to the core
    properties (title, subject, author), to the cover-page properties (abstract,
    e-mail, publish date) and to the extended properties (company, left showing
    its placeholder). The methodology paragraph carries an inline Office Math
    equation whose words are in m:t, not w:t.

docx-online-pictures-cc-attribution-textbox-optional-trim-markers-emerald-ash-borer.docx
    A stringer's story with a picture inserted through Insert > Online Pictures,
    with the floating "This Photo by Unknown Author is licensed under CC BY" text
    box (hyperlinks, DrawingML with its VML fallback) Word adds under it, her own
    photo with a Caption-style caption and a right-aligned credit line, and
    "[OPTIONAL TRIM BEGINS]" / "[OPTIONAL TRIM ENDS]" markers around two grafs.

Run with the project's Python: ``python make_docx_a.py`` (from any directory).
Core properties and zip timestamps are fixed, so a rerun writes the same bytes.
"""

import io
import struct
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 12, 2, 8, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 12, 2, 8, 0, 0)
GREY = RGBColor(0x77, 0x77, 0x77)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
XMLNS_W = f'xmlns:w="{W_NS}"'
XMLNS_ALL = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
EXT_STORE = "{6668398D-A668-4E3E-A5EB-62B293D839F1}"
COVER_STORE = "{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}"
CORE_PREFIX = (
    "xmlns:ns0='http://purl.org/dc/elements/1.1/' "
    "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' "
)
COVER_PREFIX = "xmlns:ns0='http://schemas.microsoft.com/office/2006/coverPageProps' "
EXT_PREFIX = (
    "xmlns:ns0='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' "
)


def png(width, height, top, bottom):
    """Return a small PNG shading from colour ``top`` to colour ``bottom``."""
    rows = []
    for y in range(height):
        t = y / max(height - 1, 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=False))
        rows.append(b"\x00" + pixel * width)

    def chunk(kind, data):
        body = kind + data
        crc = struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fix_core(doc, author, title="", subject=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = subject
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 4


def save_fixed(doc, path, words, pages):
    """Save, then rewrite the zip with fixed timestamps so reruns match."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = app_xml(words, pages)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def app_xml(words, pages):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>312</TotalTime>'
        f"<Pages>{pages}</Pages><Words>{words}</Words>"
        "<Application>Microsoft Office Word</Application>"
        "<DocSecurity>0</DocSecurity><Company></Company><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    ).encode()


def describe(run, descr):
    """Give the picture in ``run`` a description (its alt text)."""
    for el in run._r.iter():
        if el.tag.endswith("}docPr") or el.tag.endswith("}cNvPr"):
            el.set("descr", descr)


def grey_line(doc, text, size=9, align=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = GREY
    r.italic = italic
    if align is not None:
        p.alignment = align
    return p


def ensure_char_style(doc, name, color=None, underline=False):
    styles = doc.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    if color is not None:
        style.font.color.rgb = color
    style.font.underline = underline
    return style


# --------------------------------------------------------------------------
# 1. Cover page and Office Math: rural court backlog
# --------------------------------------------------------------------------

HEADLINE_9 = "Justice on hold: Rural courts’ backlog has nearly tripled since 2019"
DEK_9 = (
    "In six mountain counties, one judge may carry 1,400 open cases. "
    "Defendants wait in jail; victims wait for answers."
)
AUTHOR_9 = "Nadia Kowalczyk-Reyes"
ABSTRACT_9 = (
    "Pitch for the Ledger Sunday magazine, about 3,100 words, with my photos. "
    "Data: the state court administrator’s monthly caseload reports, 2019-2026. "
    "Available for edits through Dec. 12."
)
EMAIL_9 = "nkowalczykreyes@fastmail.example"

BODY_9 = [
    (
        "p",
        (
            "CASCADE BEND, Ore. — The only circuit judge in Harlan County hears everything: "
            "murders and custody fights, drunken-driving cases and disputes over water rights. "
            "On a Tuesday in November, Judge Teodora Lindgren-Vance had 31 hearings on her "
            "calendar and finished 19 of them."
        ),
    ),
    (
        "p",
        (
            "“The other 12 just roll to next month,” she said during a lunch break she spent "
            "signing orders. “And next month already has its own 31.”"
        ),
    ),
    ("pic1", None),
    (
        "p",
        (
            "Across six rural counties in eastern Oregon’s 24th Judicial District, the number of "
            "criminal and civil cases waiting for a hearing has nearly tripled since 2019, from "
            "2,870 to 8,140, according to state court data analyzed for this story. Each of the "
            "district’s four judges now carries, on average, about 2,000 open cases."
        ),
    ),
    (
        "p",
        (
            "The delays fall hardest on people in jail. Of the 112 people held in the district’s "
            "two jails on Nov. 1, 47 had been waiting more than six months for trial, and nine "
            "for more than a year."
        ),
    ),
    ("h", "Fewer lawyers, more cases"),
    (
        "p",
        (
            "The backlog grew for reasons that built on one another. Courts closed or slowed "
            "during the pandemic. Then the state’s shortage of public defenders, which began in "
            "the Portland area, spread east: In 2025, the district had nine contract defense "
            "lawyers for six counties, down from 17 in 2019."
        ),
    ),
    (
        "p",
        (
            "Without a lawyer, a criminal case cannot move. Court records show 630 defendants in "
            "the district waited at least a month for one to be appointed this year."
        ),
    ),
    (
        "p",
        (
            "Prosecutors say they have had to drop cases they would once have tried. Harlan "
            "County District Attorney Benedikt Osei said his office dismissed 88 misdemeanor "
            "cases in the first 10 months of 2026 because it could not bring them to trial in "
            "time."
        ),
    ),
    (
        "p",
        (
            "“These are real victims,” Osei said. “A woman whose ex broke her windows. A man "
            "whose truck was stolen. We are telling them, in effect, that it did not happen.”"
        ),
    ),
    ("h", "A judge for every 1,400 cases"),
    (
        "p",
        (
            "The state’s chief justice asked the Legislature this year for three more judgeships "
            "in rural districts. Lawmakers funded one, for a district in the south of the state."
        ),
    ),
    (
        "p",
        (
            "Court administrator Joaquín Marsh-Deloria said the district has tried to cope by "
            "holding court by video, borrowing retired judges for two-week stints and scheduling "
            "trials in the evening."
        ),
    ),
    (
        "p",
        ("“We have squeezed every hour out of the week,” he said. “There is no more to squeeze.”"),
    ),
    (
        "p",
        (
            "For people waiting, the cost is counted in months. Marisela Dunnigan, 34, spent 211 "
            "days in the Harlan County jail on a burglary charge before a jury acquitted her in "
            "October. She lost her job and her apartment while she waited."
        ),
    ),
    ("pic2", None),
    ("p", "“Nobody ever said I did anything wrong by waiting,” she said. “I just waited.”"),
    ("h", "How we did this"),
    ("math", None),
]


def bound_control(alias, prefix, xpath, store, text, run_props="", extra="", placeholder=False):
    """An inline content control bound to a custom XML part (a document property)."""
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    rstyle = '<w:rStyle w:val="PlaceholderText"/>' if placeholder else ""
    return (
        "<w:sdt><w:sdtPr>"
        f"<w:rPr>{run_props}</w:rPr>"
        f'<w:alias w:val="{alias}"/><w:tag w:val=""/>'
        f'<w:id w:val="{abs(hash_id(alias))}"/>{shown}'
        f'<w:dataBinding w:prefixMappings="{prefix}" w:xpath="{xpath}" w:storeItemID="{store}"/>'
        f"{extra}</w:sdtPr><w:sdtContent>"
        f"<w:r><w:rPr>{rstyle}{run_props}</w:rPr><w:t>{esc(text)}</w:t></w:r>"
        "</w:sdtContent></w:sdt>"
    )


def hash_id(text):
    """A stable 31-bit id for a content control, derived from its alias."""
    value = zlib.crc32(text.encode("utf-8")) & 0x7FFFFFFF
    return value - 0x40000000


def cover_page_xml():
    big = '<w:color w:val="1F3864"/><w:sz w:val="60"/><w:szCs w:val="60"/>'
    sub = '<w:color w:val="44546A"/><w:sz w:val="30"/><w:szCs w:val="30"/>'
    small = '<w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
    date_extra = (
        '<w:date w:fullDate="2026-12-02T00:00:00Z"><w:dateFormat w:val="M/d/yyyy"/>'
        '<w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/>'
        '<w:calendar w:val="gregorian"/></w:date>'
    )
    paras = [
        '<w:p><w:pPr><w:spacing w:before="2400" w:after="0"/></w:pPr>'
        + bound_control(
            "Title",
            CORE_PREFIX,
            "/ns1:coreProperties[1]/ns0:title[1]",
            CORE_STORE,
            HEADLINE_9,
            big,
            "<w:text/>",
        )
        + "</w:p>",
        '<w:p><w:pPr><w:spacing w:before="240" w:after="480"/></w:pPr>'
        + bound_control(
            "Subtitle",
            CORE_PREFIX,
            "/ns1:coreProperties[1]/ns0:subject[1]",
            CORE_STORE,
            DEK_9,
            sub,
            "<w:text/>",
        )
        + "</w:p>",
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:caps/>'
        + small
        + "</w:rPr><w:t>Abstract</w:t></w:r></w:p>",
        "<w:p>"
        + bound_control(
            "Abstract",
            COVER_PREFIX,
            "/ns0:CoverPageProperties[1]/ns0:Abstract[1]",
            COVER_STORE,
            ABSTRACT_9,
            small,
            '<w:text w:multiLine="1"/>',
        )
        + "</w:p>",
        '<w:p><w:pPr><w:spacing w:before="1800" w:after="0"/></w:pPr>'
        + bound_control(
            "Author",
            CORE_PREFIX,
            "/ns1:coreProperties[1]/ns0:creator[1]",
            CORE_STORE,
            AUTHOR_9,
            '<w:b/><w:sz w:val="26"/>',
            "<w:text/>",
        )
        + "</w:p>",
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        + bound_control(
            "Email",
            COVER_PREFIX,
            "/ns0:CoverPageProperties[1]/ns0:CompanyEmail[1]",
            COVER_STORE,
            EMAIL_9,
            small,
            "<w:text/>",
        )
        + "</w:p>",
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        + bound_control(
            "Company",
            EXT_PREFIX,
            "/ns0:Properties[1]/ns0:Company[1]",
            EXT_STORE,
            "[Company name]",
            small,
            "<w:text/>",
            placeholder=True,
        )
        + "</w:p>",
        "<w:p>"
        + bound_control(
            "Publish Date",
            COVER_PREFIX,
            "/ns0:CoverPageProperties[1]/ns0:PublishDate[1]",
            COVER_STORE,
            "12/2/2026",
            small,
            date_extra,
        )
        + "</w:p>",
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
    ]
    return (
        f'<w:sdt {XMLNS_W}><w:sdtPr><w:id w:val="{hash_id("Cover Pages")}"/>'
        '<w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/>'
        "</w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent>"
        + "".join(paras)
        + "</w:sdtContent></w:sdt>"
    )


def add_cover_page_props(doc):
    """The customXml part that the Abstract, Email and Publish Date controls bind to."""
    package = doc.part.package
    item = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps">'
        f"<PublishDate>2026-12-02T00:00:00</PublishDate><Abstract>{esc(ABSTRACT_9)}</Abstract>"
        "<CompanyAddress/><CompanyPhone/><CompanyFax/>"
        f"<CompanyEmail>{EMAIL_9}</CompanyEmail></CoverPageProperties>"
    ).encode()
    props = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{COVER_STORE}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/'
        'coverPageProps"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode()
    item_part = Part(PackURI("/customXml/item2.xml"), "application/xml", item, package)
    props_part = Part(
        PackURI("/customXml/itemProps2.xml"),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        props,
        package,
    )
    item_part.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item_part, RT.CUSTOM_XML)


def math_paragraph(doc):
    p = doc.add_paragraph()
    p.add_run(
        "This analysis uses monthly case counts that the state court administrator publishes "
        "for each judicial district, from January 2019 through October 2026. For each county "
        "and month, we calculated "
    )
    pieces = ["backlog rate", " = ", "open cases", " ÷ ", "judge-days available"]
    runs = "".join(
        "<m:r><m:rPr><m:nor/></m:rPr>"
        '<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr>'
        f'<m:t xml:space="preserve">{esc(piece)}</m:t></m:r>'
        for piece in pieces
    )
    p._p.append(parse_xml(f'<m:oMath xmlns:m="{M_NS}" {XMLNS_W}>{runs}</m:oMath>'))
    p.add_run(
        ", then averaged the rates by year. Jail figures come from the two county sheriffs’ "
        "booking logs, which were provided on request."
    )
    return p


def picture_block(doc, image, descr, caption, credit):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.add_picture(io.BytesIO(image), width=Inches(5.5))
    if descr:
        describe(run, descr)
    doc.add_paragraph(caption, style="Caption")
    grey_line(doc, credit, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_cover_page_doc():
    doc = Document()
    fix_core(doc, AUTHOR_9, HEADLINE_9, DEK_9)
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(11)
    ph = ensure_char_style(doc, "Placeholder Text", color=RGBColor(0x80, 0x80, 0x80))
    ph.element.set(f"{{{W_NS}}}styleId", "PlaceholderText")

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.text = "Kowalczyk-Reyes / RURAL COURTS / draft 2 for Ledger Sunday"
    head.runs[0].font.size = Pt(8)
    head.runs[0].font.color.rgb = GREY
    foot = section.footer.paragraphs[0]
    foot.text = (
        "Not for publication before editing. Photos: N. Kowalczyk-Reyes, all rights reserved."
    )
    foot.runs[0].font.size = Pt(8)

    photo1 = png(96, 64, (92, 70, 52), (30, 26, 22))
    photo2 = png(96, 64, (180, 186, 196), (70, 76, 90))
    for kind, text in BODY_9:
        if kind == "p":
            doc.add_paragraph(text)
        elif kind == "h":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "pic1":
            picture_block(
                doc,
                photo1,
                "A judge in a black robe reads files at a bench in a wood-paneled courtroom",
                "Judge Teodora Lindgren-Vance reviews files between hearings at the Harlan "
                "County Courthouse in Cascade Bend on Nov. 18.",
                "Photo by Nadia Kowalczyk-Reyes for the Ledger",
            )
        elif kind == "pic2":
            picture_block(
                doc,
                photo2,
                "",
                "Marisela Dunnigan outside the Harlan County jail, where she spent 211 days "
                "before a jury acquitted her.",
                "Photo by Nadia Kowalczyk-Reyes for the Ledger",
            )
        elif kind == "math":
            math_paragraph(doc)

    credit = doc.add_paragraph()
    credit.add_run("Fact-checking by Eamon Threlkeld.").italic = True
    bio = doc.add_paragraph()
    bio_run = bio.add_run(
        "Nadia Kowalczyk-Reyes is a freelance journalist in Bend who writes about courts "
        "and rural justice."
    )
    bio_run.italic = True
    bio_run.font.color.rgb = GREY

    body = doc.element.body
    body.insert(0, parse_xml(cover_page_xml()))
    add_cover_page_props(doc)
    save_fixed(
        doc,
        HERE / "docx-word-cover-page-bound-content-controls-abstract-pitch-omml-equation-"
        "rural-court-backlog.docx",
        3104,
        6,
    )


# --------------------------------------------------------------------------
# 2. Online picture with Word's CC attribution box, optional trims
# --------------------------------------------------------------------------

ATTRIBUTION_SOURCE = "https://www.forestpests.example/images/detail/5367447"
ATTRIBUTION_LICENSE = "https://creativecommons.org/licenses/by/3.0/"


def attribution_paragraph(rid_source, rid_license):
    small = '<w:sz w:val="18"/><w:szCs w:val="18"/>'
    link = '<w:rStyle w:val="Hyperlink"/>' + small
    return (
        "<w:p><w:pPr><w:spacing w:after="
        '"0"/></w:pPr>'
        f'<w:hyperlink r:id="{rid_source}" w:history="1"><w:r><w:rPr>{link}</w:rPr>'
        "<w:t>This Photo</w:t></w:r></w:hyperlink>"
        f'<w:r><w:rPr>{small}</w:rPr><w:t xml:space="preserve"> by Unknown Author is '
        "licensed under </w:t></w:r>"
        f'<w:hyperlink r:id="{rid_license}" w:history="1"><w:r><w:rPr>{link}</w:rPr>'
        "<w:t>CC BY</w:t></w:r></w:hyperlink></w:p>"
    )


def attribution_box_run(rid_source, rid_license):
    """The floating text box Word adds under a Creative Commons online picture."""
    content = attribution_paragraph(rid_source, rid_license)
    return (
        f'<w:r {XMLNS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>3374390</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5029200" cy="182880"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="40" name="Text Box 40"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="5029200" cy="182880"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData>'
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 40" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:265.7pt;width:396pt;height:14.4pt;'
        "z-index:251660288;mso-wrap-style:square;mso-position-horizontal-relative:text;"
        'mso-position-vertical-relative:text;v-text-anchor:top" filled="f" stroked="f">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="0,0,0,0"><w:txbxContent>{content}'
        '</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


BODY_10 = [
    (
        "p",
        (
            "LAKE TAMSIN, Wash. — State agriculture officials on Monday quarantined firewood and "
            "ash logs in three counties after an emerald ash borer, the invasive beetle that has "
            "killed hundreds of millions of ash trees in the eastern United States, was found in "
            "a trap near Lake Tamsin."
        ),
    ),
    (
        "p",
        (
            "It is the first confirmed find of the beetle in the county, and the farthest north it "
            "has been detected in the state, said Ruben Achterhof, who manages the state’s "
            "invasive insect program."
        ),
    ),
    ("p", "“We knew it was coming. We hoped we had a few more years,” Achterhof said."),
    ("cc", None),
    (
        "p",
        (
            "The quarantine, which takes effect Dec. 8, bars moving firewood of any species and "
            "ash logs, branches and wood chips out of Tamsin, Corliss and Waverly counties unless "
            "the wood has been heat-treated or is going to an approved mill."
        ),
    ),
    ("p", "Violations carry fines of up to $1,000 for individuals and $10,000 for businesses."),
    ("h", "What the quarantine means"),
    (
        "p",
        (
            "Campers who bring firewood from home will have to buy it locally instead, and state "
            "parks in the three counties will sell certified firewood at entrance stations, said "
            "parks spokesperson Delia Ormsby."
        ),
    ),
    (
        "p",
        (
            "The rules will hit harder at the region’s small sawmills and firewood dealers, several "
            "of whom sell ash across county lines."
        ),
    ),
    ("trim", "[OPTIONAL TRIM BEGINS]"),
    (
        "p",
        (
            "Vernon Krall, who runs a two-man firewood business outside Corliss, said about a "
            "quarter of his wood is ash. He sells most of it to customers in the city, two "
            "counties away."
        ),
    ),
    (
        "p",
        (
            "“If I can’t move it, it’s worth nothing to me but heat for my own house,” Krall said. "
            "“I can’t burn that much.”"
        ),
    ),
    ("trim", "[OPTIONAL TRIM ENDS]"),
    (
        "p",
        (
            "Heat-treatment kilns that meet state rules cost $40,000 or more, Krall said, and the "
            "nearest one is 90 miles away."
        ),
    ),
    ("h", "A decade, maybe less"),
    (
        "p",
        (
            "The beetle’s larvae tunnel under the bark of ash trees and cut off the flow of water "
            "and nutrients. Infested trees usually die within three to five years, and untreated "
            "trees rarely survive."
        ),
    ),
    (
        "p",
        (
            "Ash makes up about one in 10 trees in the region’s towns, according to a 2024 state "
            "survey, and lines many older streets, including most of Shore Road around the lake."
        ),
    ),
    (
        "p",
        (
            "Lake Tamsin’s public works director, Harriet Beaulieu, said the town has begun marking "
            "ash trees on public land and will decide this winter which to treat with insecticide "
            "and which to cut down. Treating one large tree costs about $300 every two years."
        ),
    ),
    ("own", None),
    (
        "p",
        (
            "“We’re going to lose most of them,” Beaulieu said. “The question is how fast, and who "
            "pays.”"
        ),
    ),
    ("p", "The state will hold an online meeting about the quarantine Dec. 15 at 6 p.m."),
]


def build_online_picture_doc():
    doc = Document()
    fix_core(doc, "Corinne Gilchrist", "ASHBORER", "")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    ensure_char_style(doc, "Hyperlink", color=RGBColor(0x05, 0x63, 0xC1), underline=True)
    rid_source = doc.part.relate_to(ATTRIBUTION_SOURCE, RT.HYPERLINK, is_external=True)
    rid_license = doc.part.relate_to(ATTRIBUTION_LICENSE, RT.HYPERLINK, is_external=True)

    grey_line(doc, "ASHBORER — Gilchrist — 880 words — 2 art — for Thu. B1")
    note = doc.add_paragraph()
    note_run = note.add_run(
        "NOTE TO DESK: Optional trims are marked if you need it to fit the B1 hole. The beetle "
        "picture came from Word’s online pictures (Creative Commons); the credit line under it "
        "is the one Word added."
    )
    note_run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    head = doc.add_paragraph()
    head_run = head.add_run(
        "State quarantines firewood in three counties after emerald ash borer found near "
        "Lake Tamsin"
    )
    head_run.bold = True
    head_run.font.size = Pt(16)
    dek = doc.add_paragraph()
    dek.add_run(
        "Campers, woodcutters and sawmills face new rules on moving ash logs; officials expect "
        "the beetle to kill most of the region’s ash trees within a decade"
    ).italic = True
    by = doc.add_paragraph()
    by.add_run("By Corinne Gilchrist").bold = True
    grey_line(doc, "Special to the Tribune", size=10, italic=True)

    beetle = png(96, 64, (40, 120, 60), (12, 50, 24))
    marked = png(96, 64, (210, 120, 40), (90, 70, 50))
    for kind, text in BODY_10:
        if kind == "p":
            doc.add_paragraph(text)
        elif kind in ("h", "trim"):
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "cc":
            p = doc.add_paragraph()
            run = p.add_run()
            run.add_picture(io.BytesIO(beetle), width=Inches(5.5))
            describe(run, "emerald ash borer adult on a leaf")
            p._p.append(parse_xml(attribution_box_run(rid_source, rid_license)))
            doc.add_paragraph(
                "An adult emerald ash borer, about half an inch long. The beetle’s larvae kill "
                "ash trees by tunneling under the bark.",
                style="Caption",
            )
        elif kind == "own":
            p = doc.add_paragraph()
            run = p.add_run()
            run.add_picture(io.BytesIO(marked), width=Inches(5.5))
            describe(run, "Orange paint marks on the trunks of ash trees along a lakeside road")
            doc.add_paragraph(
                "Orange paint marks ash trees scheduled for removal along Shore Road near Lake "
                "Tamsin on Nov. 28.",
                style="Caption",
            )
            grey_line(
                doc,
                "Corinne Gilchrist/Special to the Tribune",
                size=8,
                align=WD_ALIGN_PARAGRAPH.RIGHT,
            )

    contrib = doc.add_paragraph()
    contrib.add_run(
        "Tribune reporter Anh Dao-Whitfield contributed reporting from Olympia."
    ).italic = True
    end = doc.add_paragraph("-30-")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER
    save_fixed(
        doc,
        HERE / "docx-online-pictures-cc-attribution-textbox-optional-trim-markers-"
        "emerald-ash-borer.docx",
        882,
        3,
    )


if __name__ == "__main__":
    build_cover_page_doc()
    build_online_picture_doc()

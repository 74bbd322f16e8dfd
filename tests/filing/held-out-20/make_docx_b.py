"""Write the two Word files of filing set b next to this script.

- docx-trados-studio-bilingual-review-export-...: a Kuwaiti partner paper's Arabic story as a
  translation agency returns it from Trados Studio's "Export for bilingual review": a segment
  table with the Arabic source and the English target side by side, tag placeholders, a split
  segment, a draft segment with a reviewer's comment and an untranslated note.
- docx-cms-export-aspose-words-evaluation-...: a Kenyan partner paper's story as its CMS exports
  it to Word through Aspose.Words running without a licence, so the evaluation notices are
  written into the document.

Run with a Python that has python-docx: ``python make_docx_b.py``. The output is the same bytes on
every run (fixed core properties and zip entry times, python-docx's thumbnail dropped).
"""

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 12, 2, 9, 12, 0)
GREY = RGBColor(0x6E, 0x6E, 0x6E)

TRADOS_NAME = (
    "docx-trados-studio-bilingual-review-export-arabic-source-english-target-segment-table"
    "-tag-placeholders-split-segment-reviewer-comments-kuwait-camping-season.docx"
)
ASPOSE_NAME = (
    "docx-cms-export-aspose-words-evaluation-notices-fields-table-seo-headline-intro-style"
    "-pipe-photo-credits-also-read-box-kisumu-fish-cages.docx"
)


# --- pictures ---------------------------------------------------------------------------------


def png(width, height, pixel):
    """A small RGB PNG whose pixels come from pixel(x, y) -> (r, g, b)."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def cages_pixel(x, y):
    """Grey sky, a lake and rows of square cage frames on it."""
    if y < 22:
        return (196, 204, 212)
    if 40 <= y < 64 and (x // 18) % 2 == 0 and x % 18 in (0, 1, 16, 17):
        return (92, 64, 38)
    if y in (40, 41, 62, 63) and (x // 18) % 2 == 0:
        return (92, 64, 38)
    shade = 120 + (y - 22) // 2
    return (40, 88, min(shade, 190))


def beach_pixel(x, y):
    """A strip of water over sand with pale grey shapes along the tideline."""
    if y < 30:
        return (58, 104, 150)
    if 34 <= y < 40 and (x // 11) % 3 == 0:
        return (188, 190, 186)
    return (214, 190, 140 - (y % 7))


# --- low-level helpers ------------------------------------------------------------------------


def set_cell_shading(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def mark_header_row(row):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def add_field(paragraph, instruction, result, size=None):
    """A simple field (PAGE, NUMPAGES) with its last shown result."""
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r>'
        + (f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else "")
        + f"<w:t>{result}</w:t></w:r></w:fldSimple>"
    )
    paragraph._p.append(fld)


def set_rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))


def rtl_run(run):
    r_pr = run._r.get_or_add_rPr()
    r_pr.append(OxmlElement("w:rtl"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "ar-KW")
    r_pr.append(lang)


def fix_core(doc, author, title):
    core = doc.core_properties
    core.author = author
    core.last_modified_by = author
    core.title = title
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.revision = 1
    core.created = dt.datetime(2026, 12, 2, 8, 55, 0)
    core.modified = dt.datetime(2026, 12, 2, 9, 12, 0)
    core.last_printed = dt.datetime(2026, 12, 2, 9, 12, 0)


def app_xml(application, company):
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
        f"<Application>{application}</Application><DocSecurity>0</DocSecurity>"
        f"<ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


def save(doc, name, app):
    """Save without python-docx's thumbnail, with fixed zip entry times."""
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rid)
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            data = source.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = app
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, data)


def paragraphs(block):
    """Paragraphs of a text block: blank lines separate them, line ends are spaces."""
    return [" ".join(part.split()) for part in block.strip().split("\n\n")]


# --- 1. Trados Studio bilingual review export -------------------------------------------------

# Each record: id, status, Arabic source, English target, reviewer's comment. "<1>" and "</1>"
# are Trados tag placeholders (the source's bold dateline). Continuation lines are indented.
SEGMENTS = """
id: 1
status: Translation Approved
ar: الكويت تحدد مساحات المخيمات وتضع قواعد للنار مع افتتاح موسم التخييم
en: Kuwait caps camp sizes and sets fire rules as the camping season opens

id: 2
status: Translation Approved
ar: البلدية ترخص 4200 مخيم ربيعي بمساحة لا تتجاوز 900 متر مربع لكل مخيم، وتحتفظ بتأمين قدره
  100 دينار حتى تسليم الموقع نظيفاً
en: The municipality has licensed 4,200 spring camps of no more than 900 square metres each and
  will keep a KD 100 deposit until each site is handed back clean

id: 3
status: Translation Approved
ar: كتب: فهد المطيري
en: By Fahad Al-Mutairi

id: 4
status: Translated
ar: خيام في منطقة تخييم مرخصة في كبد يوم الأحد. (تصوير: أحمد العنزي/الرمال)
en: Tents at a licensed camping area in Kabd on Sunday. (Photo: Ahmad Al-Enezi/Al-Rimal)

id: 5
status: Translation Approved
ar: <1>الكويت</1> – انطلق موسم التخييم الربيعي في الكويت يوم الأحد بقيود جديدة على مساحات
  المخيمات في البر وحظر إشعال النار مباشرة على الرمل، في محاولة من البلدية لحماية المراعي التي
  جردتها سنوات من الاستخدام المكثف.
en: <1>KUWAIT</1> – Kuwait’s spring camping season opened on Sunday with new limits on the size of
  desert camps and a ban on fires lit directly on the sand, as the municipality tries to protect
  grazing land stripped bare by years of heavy use.

id: 6
status: Translated
ar: وأصدرت البلدية 4200 ترخيص لمخيمات في المناطق المخصصة شمال العاصمة وجنوبها، بمساحة لا تتجاوز
  900 متر مربع لكل مخيم، بعد أن كانت 1200 متر مربع في الموسم الماضي، بحسب المهندس سعود العازمي
  رئيس لجنة المخيمات في البلدية.
en: The municipality has issued 4,200 licences for camps in the areas set aside north and south of
  the capital, each limited to 900 square metres, down from 1,200 square metres last season, said
  Eng. Saud Al-Azmi, who heads its camping committee.

id: 7
status: Translated
ar: ويجب على المخيمين الطبخ وإشعال النار في مواقد معدنية مرتفعة عن الأرض فقط، وستحتفظ البلدية
  بتأمين قدره 100 دينار عن كل مخيم يُرد بعد أن يتأكد المفتشون من خلو الموقع من المخلفات والأوتاد
  والرماد.
en: Campers may cook and light fires only in metal fire pits raised off the ground, and the
  municipality will hold a deposit of KD 100 for each camp, to be returned once inspectors find the
  site cleared of rubbish, tent pegs and ash.

id: 8
status: Translation Approved
ar: «كل عام نجد الأرض محروقة وسوداء في أماكن المخيمات، ولا ينبت فيها شيء لسنوات»، قال العازمي.
  «البر ليس موقفاً للسيارات».
en: “Every year we find the ground burned black where the camps stood, and nothing grows there for
  years,” Al-Azmi said. “The desert is not a car park.”

id: 9
status: Translated
ar: حراس وطائرات مسيرة
en: Inspectors and drones

id: 10 a
status: Translated
ar: وقالت البلدية إن فرق التفتيش ستجوب مناطق التخييم يومياً، وستُستخدم الطائرات المسيرة لقياس
  المخيمات من الجو.
en: Inspection teams will patrol the camping areas every day, and drones will be used to measure
  camps from the air, the municipality said.

id: 10 b
status: Translated
ar: وستُمنح المخيمات التي تتجاوز المساحة المرخصة مهلة 48 ساعة لتقليصها قبل إزالتها.
en: Camps found larger than their licence allows will be given 48 hours to shrink before they are
  removed.

id: 11
status: Draft
ar: وفي الموسم الماضي أزال المفتشون 312 مخيماً وفرضوا مخالفات بلغ مجموعها 96 ألف دينار، معظمها
  لمخيمات أقيمت دون ترخيص أو تُركت مليئة بالمخلفات، بحسب إحصاءات البلدية.
en: Last season, inspectors removed 312 camps and fined owners a total of KD 96,000, mostly for
  camps put up without a licence or left behind full of rubbish, according to municipality figures.
note: Reviewer: source says 312, the municipality's annual report says 318. Kept 312 as in the
  source, please check with Al-Rimal.

id: 12
status: Translated
ar: ويدير كثير من المخيمات لحساب العائلات عمال من جنوب آسيا يبقون في البر طوال الموسم لحراسة
  الخيام والطبخ وجلب الماء.
en: Many camps are run for families by workers from South Asia, who stay in the desert for the
  whole season to guard the tents, cook and fetch water.

id: 13
status: Translated
ar: وقال محمد رفيق، الذي يعتني بمخيم العائلة نفسها قرب كبد منذ ستة مواسم، إن المواقد ستسهل عمله.
  «على الرمل تأخذ الريح النار إلى كل مكان»، قال. «مع الموقد أستطيع أن أنام».
en: Mohammed Rafiq, who has looked after the same family’s camp near Kabd for six seasons, said the
  fire pits would make his work easier. “On the sand the wind takes the fire everywhere,” he said.
  “With the pit I can sleep.”
note: Name spelled as the partner spells it in its English edition.

id: 14
status: Translated
ar: موقد معدني من النوع المطلوب الآن في كل مخيم. (الصورة: بإذن من لجنة المخيمات)
en: A metal fire pit of the kind now required at every camp. (Photo: Courtesy of the municipality’s
  camping committee)

id: 15
status: Translated
ar: أرض تحتاج إلى راحة
en: Land that needs a rest

id: 16
status: Translated
ar: وطالما حذر باحثون في البيئة من أن موسم التخييم، الذي يجذب عشرات الآلاف من العائلات إلى البر
  بين نوفمبر ومارس، يضغط التربة ويدمر الشجيرات التي تثبت الرمال.
en: Environmental researchers have long warned that the camping season, which draws tens of
  thousands of families into the desert between November and March, packs down the soil and
  destroys the shrubs that hold the sand in place.

id: 17
status: Translation Approved
ar: «موسمان أو ثلاثة من الأمطار الجيدة من دون مخيمات وسيارات كفيلة بعودة النباتات»، قالت
  الدكتورة مريم الشطي، الباحثة في بيئة الصحراء في أحد معاهد البحث في مدينة الكويت. «البذور ما
  زالت في الأرض».
en: “Two or three good seasons of rain without camps and cars would bring the plants back,” said Dr
  Maryam Al-Shatti, a desert ecologist at a research institute in Kuwait City. “The seeds are still
  in the ground.”

id: 18
status: Translated
ar: وقالت إن تقليص المخيمات بداية، لكن بعض المناطق يجب أن تُغلق أمام التخييم تماماً لعدة سنوات.
en: She said the smaller camps were a start but that some areas should be closed to camping
  altogether for several years.

id: 19
status: Translated
ar: ويستمر الموسم حتى 15 مارس. وعلى أصحاب التراخيص الراغبين في استرداد التأمين حجز موعد للتفتيش
  عبر تطبيق البلدية خلال أسبوع من المغادرة.
en: The season runs until March 15. Licence holders who want their deposit back must book an
  inspection through the municipality’s app within a week of leaving.

id: 20
status: Translated
ar: شارك في التغطية: سالم العجمي
en: Salem Al-Ajmi contributed reporting.

id: 21
status: Not Translated
ar: ملاحظة للمترجم: الصورتان في ملف منفصل، ولا حاجة لترجمة هذه الملاحظة.
en:
"""


def parse_segments(text):
    records = []
    for block in text.strip().split("\n\n"):
        record, key = {}, None
        for line in block.split("\n"):
            if line.startswith("  ") and key:
                record[key] += " " + line.strip()
            else:
                key, _, value = line.partition(":")
                record[key] = value.strip()
        records.append(record)
    return records


def add_tagged_text(paragraph, text, tag_style, arabic=False):
    """Text with Trados tag placeholders written as runs in the tag character style."""
    for piece in re.split(r"(</?\d+>)", text):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        if re.fullmatch(r"</?\d+>", piece):
            run.style = tag_style
        if arabic:
            rtl_run(run)


def build_trados():
    doc = Document()
    fix_core(doc, "Noura Haddad", "Rimal_Camping_Season_AR")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.6))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    tag = doc.styles.add_style("Trados Tag", WD_STYLE_TYPE.CHARACTER)
    tag.font.size = Pt(7)
    tag.font.color.rgb = RGBColor(0x80, 0x00, 0x80)
    tag.font.highlight_color = WD_COLOR_INDEX.GRAY_25

    header = section.header.paragraphs[0]
    header.text = "Lisan Language Services · Bilingual review · RML-2612-EN"
    header.runs[0].font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "3")

    title = doc.add_paragraph()
    title.add_run("Rimal_Camping_Season_AR.docx").bold = True
    doc.add_paragraph("Source language: Arabic (Kuwait)")
    doc.add_paragraph("Target language: English (United Kingdom)")
    doc.add_paragraph(
        "Project: RML-2612-EN | Translator: Noura Haddad | Reviewer: Mahmoud Saleh | "
        "Exported: 02/12/2026 09:12"
    )
    note = doc.add_paragraph()
    run = note.add_run(
        "Edit the Target segment column only. Do not change the Segment ID or Source segment "
        "columns. Return this file to the project manager to update the project."
    )
    run.italic = True
    run.font.color.rgb = GREY

    records = parse_segments(SEGMENTS)
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.6), Cm(2.6), Cm(10.2), Cm(10.2), Cm(1.9))
    heads = ("Segment ID", "Segment status", "Source segment", "Target segment", "Comment")
    for cell, text, width in zip(table.rows[0].cells, heads, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(text).bold = True
        set_cell_shading(cell, "D9D9D9")
    mark_header_row(table.rows[0])
    fills = {"Draft": "FFF2CC", "Not Translated": "F2F2F2"}
    for record in records:
        cells = table.add_row().cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
        cells[0].paragraphs[0].add_run(record["id"])
        cells[1].paragraphs[0].add_run(record["status"])
        source = cells[2].paragraphs[0]
        set_rtl(source)
        add_tagged_text(source, record["ar"], tag, arabic=True)
        add_tagged_text(cells[3].paragraphs[0], record["en"], tag)
        if record.get("note"):
            cells[4].paragraphs[0].add_run(record["note"])
        if record["status"] in fills:
            for cell in cells[:2]:
                set_cell_shading(cell, fills[record["status"]])
    save(doc, TRADOS_NAME, app_xml("Microsoft Office Word", "Lisan Language Services"))


# --- 2. CMS export through Aspose.Words in evaluation mode -------------------------------------

FIELDS = (
    ("Story ID", "KM-48213"),
    ("Section", "Counties » Kisumu"),
    ("Print headline", "County caps fish cages in Winam Gulf"),
    (
        "Web headline (SEO)",
        "Kisumu fish cage limit: Lake Victoria cages capped after fish kills | Kisumu Mirror",
    ),
    ("Author", "Achieng' Odhiambo"),
    ("Status", "Published (web) · Page 14 (print)"),
    ("Word count", "1,046"),
)

KISUMU_TOP = """
Kisumu County will cap the number of fish cages in Winam Gulf and require farmers to space them
further apart, after two mass fish kills in three months wiped out stock worth an estimated
Sh38 million.

Under rules approved by the County Executive Committee on Tuesday, no new cage licences will be
issued for the gulf for two years, and existing cages must stand at least 50 metres from each other
and 200 metres from beaches and water intakes.

County Executive Committee Member for Agriculture and Blue Economy Dr Rose Auma said tests after
the kills in August and October showed oxygen levels near crowded cage clusters had fallen to almost
nothing at night.

“We encouraged cage farming, and people came in numbers. But the lake cannot carry unlimited cages
in one corner,” Dr Auma said. “Fish were dying for lack of air.”

The county counts about 4,300 cages in the Kenyan waters of the lake, more than half of them in
Winam Gulf, up from fewer than 1,000 in 2019.
"""

KISUMU_MIDDLE = """
Farmers at Dunga and Usoma beaches said the rules would hit small operators hardest, since moving
cages further offshore needs bigger boats and more anchors.

Caroline Atieno, who runs six cages with a women’s group at Usoma, said the group lost 9,000
tilapia in the October kill and had not yet restocked. “We borrowed to buy fingerlings. Now we are
told to move the cages and buy more rope,” she said.
"""

KISUMU_AFTER_BOX = """
Beach Management Unit officials said they had warned for two years that cages were crowding landing
sites and the fishing grounds used by boat fishermen.

“The cages took the best water near the beach,” said Joseph Omondi Onyango, chairman of the Dunga
BMU. “The fishermen with nets had to go further and further.”
"""

KISUMU_END = """
Researchers have linked the fish kills to a mix of calm, warm weather, algal blooms fed by sewage
and farm run-off, and waste from dense cage clusters, which uses up oxygen as it decays.

The county said it would set up three water-quality buoys in the gulf by March to warn farmers when
oxygen falls, and would offer cage owners who move a one-off grant of Sh20,000 per cage.

Dr Auma said the moratorium would be reviewed once the county had a full survey of where the lake
could hold more cages.

Fish traders at Kisumu’s Kichinjio market said tilapia prices had risen by about a fifth since
October as supplies from the cages dropped.

In Homa Bay, the neighbouring county’s fisheries office said it was considering similar rules for
cages off Rusinga Island.
"""


def add_picture(doc, data, description, width):
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=width)
    doc_pr = shape._inline.docPr
    if description:
        doc_pr.set("descr", description)
    return paragraph


def build_aspose():
    doc = Document()
    fix_core(
        doc, "NewsDesk CMS", "Kisumu caps fish cages on Lake Victoria after two mass fish kills"
    )
    styles = doc.styles
    styles["Normal"].font.name = "Georgia"
    styles["Normal"].font.size = Pt(11)
    intro = styles.add_style("Intro", WD_STYLE_TYPE.PARAGRAPH)
    intro.base_style = styles["Normal"]
    intro.font.size = Pt(13)
    intro.font.italic = True
    byline = styles.add_style("Byline", WD_STYLE_TYPE.PARAGRAPH)
    byline.base_style = styles["Normal"]
    byline.font.bold = True
    byline.font.size = Pt(10)
    caption = styles["Caption"]
    caption.font.size = Pt(9)

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "THE KISUMU MIRROR · CMS EXPORT · KM-48213"
    header.runs[0].font.size = Pt(8)
    header.runs[0].font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE", "1", size=16)

    warning = doc.add_paragraph()
    run = warning.add_run(
        "Evaluation Only. Created with Aspose.Words. Copyright 2003-2026 Aspose Pty Ltd."
    )
    run.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)

    fields = doc.add_table(rows=0, cols=2)
    fields.style = styles["Table Grid"]
    for label, value in FIELDS:
        cells = fields.add_row().cells
        cells[0].width, cells[1].width = Cm(4.0), Cm(12.0)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
        set_cell_shading(cells[0], "EDEDED")
    doc.add_paragraph()

    doc.add_paragraph(
        "Kisumu caps fish cages on Lake Victoria after two mass fish kills", style="Heading 1"
    )
    doc.add_paragraph(
        "County says overcrowded cages in Winam Gulf starved the water of oxygen; farmers say the "
        "rules will put small operators out of business",
        style="Intro",
    )
    doc.add_paragraph("By Achieng' Odhiambo", style="Byline")
    add_picture(
        doc,
        png(96, 64, cages_pixel),
        "Rows of floating fish cages on Lake Victoria with a wooden boat beside them",
        Cm(15),
    )
    doc.add_paragraph(
        "Fish cages in Winam Gulf off Dunga beach, Kisumu, on November 28, 2026. "
        "PHOTO | KENNEDY OCHIENG | MIRROR",
        style="Caption",
    )
    for text in paragraphs(KISUMU_TOP):
        doc.add_paragraph(text)
    doc.add_paragraph("[ADVERT: MPU_2]")
    doc.add_paragraph("Small farmers worried", style="Heading 3")
    for text in paragraphs(KISUMU_MIDDLE):
        doc.add_paragraph(text)

    box = doc.add_table(rows=1, cols=1)
    box.style = styles["Table Grid"]
    cell = box.rows[0].cells[0]
    set_cell_shading(cell, "F3F3F3")
    cell.paragraphs[0].add_run("ALSO READ").bold = True
    cell.add_paragraph("Water hyacinth returns to Winam Gulf as rains ease")
    cell.add_paragraph("Dunga beach traders get new fish banda after fire")
    doc.add_paragraph()

    for text in paragraphs(KISUMU_AFTER_BOX):
        doc.add_paragraph(text)
    add_picture(doc, png(96, 56, beach_pixel), "", Cm(15))
    doc.add_paragraph(
        "Dead tilapia washed up at Usoma beach after the October fish kill. PHOTO | FILE",
        style="Caption",
    )
    for text in paragraphs(KISUMU_END):
        doc.add_paragraph(text)
    contributor = doc.add_paragraph()
    contributor.add_run("Additional reporting by Faith Nyamai in Homa Bay.").italic = True
    doc.add_paragraph("aodhiambo@kisumumirror.co.ke")
    doc.add_paragraph("Tags: Fish farming | Lake Victoria | Kisumu County | Blue economy")
    closing = doc.add_paragraph()
    run = closing.add_run(
        "Created with an evaluation copy of Aspose.Words. To remove all limitations, you can use "
        "Free Temporary License https://products.aspose.com/words/temporary-license/"
    )
    run.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    save(doc, ASPOSE_NAME, app_xml("Aspose.Words for .NET 24.11.0", "Kisumu Mirror Ltd"))


if __name__ == "__main__":
    build_trados()
    build_aspose()

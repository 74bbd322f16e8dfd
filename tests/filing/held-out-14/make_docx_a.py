"""Build the two Word drafts of filing set 14, part a.

Run with the project's Python (python-docx 1.2):

    python make_docx_a.py

It writes, next to this script:

* docx-word365-online-video-poster-decorative-svg-icon-auto-generated-alt-text-fish-ladder-reopening.docx
  A reporter's draft in Word for Microsoft 365: an Online Video (a poster picture whose
  blip carries ``wp15:webVideoPr`` and whose ``docPr`` links to the video), a decorative
  SVG icon (PNG fallback plus ``asvg:svgBlip``, marked ``adec:decorative``) in the contact
  line, one photo whose alt text is Word's automatic description ("Description automatically
  generated") and one with a written description, Caption-style captions.

* docx-pandoc-generated-reference-styles-author-date-paragraphs-captioned-figure-footnote-custom-style-desk-note-school-zone-cameras.docx
  A data desk's story converted from Markdown by pandoc: Title, Subtitle, one Author
  paragraph per author, Date, First Paragraph / Body Text, Compact list items, Block Text,
  Heading 2 with bookmarks, a Captioned Figure paragraph followed by an Image Caption
  paragraph, a footnote in a real footnotes part, hyperlinks in the Hyperlink character
  style, and paragraphs in a custom "Desk Note" style.

The pictures are small PNGs drawn here with zlib and struct. Core properties are fixed and
the package is rewritten with fixed entry times, so a rerun gives the same bytes.
"""

import datetime
import html
import io
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime.datetime(2026, 12, 2, 17, 0, 0)
ZIP_TIME = (2026, 12, 2, 17, 0, 0)

VIDEO_NAME = (
    "docx-word365-online-video-poster-decorative-svg-icon-auto-generated-alt-text-"
    "fish-ladder-reopening.docx"
)
PANDOC_NAME = (
    "docx-pandoc-generated-reference-styles-author-date-paragraphs-captioned-figure-"
    "footnote-custom-style-desk-note-school-zone-cameras.docx"
)

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --------------------------------------------------------------------------- pictures


def png_bytes(width, height, colors, stripe=7):
    """A small plaid PNG in the given colours."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            r, g, b = colors[((x // stripe) + (y // stripe)) % len(colors)]
            shade = (x * 37 + y * 11) % 23
            row += bytes((max(r - shade, 0), max(g - shade, 0), max(b - shade, 0)))
        rows.append(bytes(row))
    raw = b"".join(rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def add_picture(paragraph, data, width, descr, name, title=None):
    """Add an inline picture to a paragraph and set its description."""
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=width)
    inline = shape._inline
    doc_pr = inline.docPr
    doc_pr.set("name", name)
    if descr is not None:
        doc_pr.set("descr", descr)
    if title is not None:
        doc_pr.set("title", title)
    c_nv_pr = inline.xpath(".//pic:cNvPr")[0]
    c_nv_pr.set("name", name)
    if descr is not None:
        c_nv_pr.set("descr", descr)
    return inline


def add_ext(parent, ext_xml):
    """Append an <a:ext> to the parent's <a:extLst>, creating the list if needed."""
    ext_lst = parent.find(qn("a:extLst"))
    if ext_lst is None:
        ext_lst = parse_xml(f'<a:extLst xmlns:a="{A_NS}"/>')
        parent.append(ext_lst)
    ext_lst.append(parse_xml(ext_xml))


# --------------------------------------------------------------------------- helpers


def styled(doc, text, style, bold=False, italic=False, color=None, size=None):
    paragraph = doc.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if color is not None:
            run.font.color.rgb = color
        if size is not None:
            run.font.size = size
    return paragraph


def get_style(doc, name, base="Normal", kind=WD_STYLE_TYPE.PARAGRAPH):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, kind)
        if base is not None:
            style.base_style = doc.styles[base]
        return style


def add_hyperlink(doc, paragraph, text, url, style_id="Hyperlink"):
    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    xml = (
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr>'
        f'<w:rStyle w:val="{style_id}"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'
    )
    paragraph._p.append(parse_xml(xml))


def set_core(doc, author, title):
    core = doc.core_properties
    core.author = author
    core.last_modified_by = author
    core.title = title
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    core.revision = 3
    core.comments = ""
    core.keywords = ""
    core.subject = ""


def save_fixed(doc, path):
    """Save, then rewrite the zip with fixed entry times."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- document 1

FISH_BODY_1 = [
    (
        "For the first time since 2019, chinook salmon are climbing past Hollis Dam on the "
        "Carrow River on their own, through a fish ladder that was supposed to open three years ago."
    ),
    (
        "Biologists with the Oregon Department of Fish and Wildlife counted 212 adult chinook and "
        "47 coho moving through the rebuilt ladder in its first two weeks of operation, which began Oct. 1."
    ),
    (
        "\u201cEvery one of those fish would have been in a truck a year ago,\u201d said Hana Kesling, "
        "the department\u2019s district fish biologist, who has spent most of October at the ladder\u2019s "
        "underwater viewing window with a tally counter. \u201cNow they\u2019re just swimming upstream, "
        "which is all they ever wanted to do.\u201d"
    ),
    (
        "The old concrete ladder, built when the dam went up in 1948, was closed in 2019 after "
        "engineers found cracks in its walls and a collapsed pool near the top. Since then, state "
        "crews had trapped returning salmon at the foot of the dam and hauled them upstream in "
        "tanker trucks, a process that stressed and sometimes killed the fish."
    ),
]
FISH_BODY_2 = [
    (
        "The Carrow Irrigation District, which owns the dam, began rebuilding the ladder in 2022 "
        "with $9.6 million in federal and state grants. The project\u2019s cost grew to $14.1 million "
        "after crews found that the bedrock beneath the old ladder was more fractured than expected, "
        "and a design change and two high-water seasons pushed the opening from fall 2023 to this fall."
    ),
    (
        "\u201cIt\u2019s been a long haul, and I won\u2019t pretend otherwise,\u201d said district manager "
        "Curt Yamashiro. \u201cBut we built this thing to last 75 years, and I\u2019d rather be late than "
        "do it twice.\u201d"
    ),
]
FISH_CROSSHEAD = "Counting every fish"
FISH_BODY_3 = [
    (
        "The new ladder is a series of 52 concrete pools, each about 9 inches higher than the last, "
        "that climb 38 feet beside the dam\u2019s spillway. Water flows down through slots in each "
        "pool\u2019s wall, and salmon swim up against the current, resting in the pools as they go."
    ),
    (
        "A camera at the viewing window records every fish that passes, and software developed by "
        "Oregon State University sorts the images by species. Kesling said she still checks the "
        "counts by eye, at least for now."
    ),
    (
        "Tribal fisheries staff and volunteers from the Carrow Watershed Council have also been "
        "taking shifts at the window. Watershed council coordinator Delia Marsh said more than 300 "
        "people had visited the public viewing area since it opened."
    ),
]
FISH_BODY_4 = [
    (
        "Not every fish is making it. Kesling said about a dozen chinook had been seen turning back "
        "in the ladder\u2019s upper pools, where the water runs faster than designed when the river is "
        "high. The district plans to adjust a gate at the top of the ladder this winter."
    ),
    (
        "The fall chinook run on the Carrow has averaged about 1,800 fish a year over the past "
        "decade, down from more than 6,000 in the 1980s. Biologists say it will take several years "
        "of counts to know whether the new ladder helps the run recover."
    ),
    (
        "For now, Kesling said, the numbers are a good start. \u201cTwo hundred and twelve,\u201d she "
        "said. \u201cI\u2019ll take it.\u201d"
    ),
]

ICON_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="96" height="96" overflow="hidden"><g transform="translate(-592 -312)">'
    b'<path d="M631.8 366.4C630.6 365.2 628.6 365.2 627.4 366.4L624.2 369.6C620.2 367.6 616.4 '
    b"363.8 614.4 359.8L617.6 356.6C618.8 355.4 618.8 353.4 617.6 352.2L610.6 345.2C609.4 344 "
    b"607.4 344 606.2 345.2L602.6 348.8C600.8 350.6 600.4 353.4 601.6 355.6 606.4 365.2 614.8 "
    b"373.6 624.4 378.4 626.6 379.6 629.4 379.2 631.2 377.4L634.8 373.8C636 372.6 636 370.6 "
    b'634.8 369.4Z" fill="#404040"/></g></svg>'
)


def build_video_draft():
    doc = Document()
    set_core(doc, "Ines Vasquez-Park", "FISHLADDER draft")
    grey = RGBColor(0x80, 0x80, 0x80)

    styled(
        doc,
        "WEB + PRINT \u00b7 slug FISHLADDER \u00b7 ~1,000 words \u00b7 video + 2 photos from Marcus "
        "(Marcus: video is live on YouTube, unlisted until we publish)",
        "Normal",
        color=grey,
        size=Pt(9),
    )
    styled(
        doc,
        "Salmon climb Hollis Dam\u2019s rebuilt fish ladder for the first time in six years",
        "Title",
    )
    styled(
        doc,
        "Biologists counted 212 chinook in the ladder\u2019s first two weeks. The $14 million "
        "project was supposed to open in 2023.",
        "Subtitle",
    )
    styled(doc, "By Ines Vasquez-Park", "Normal", bold=True)

    # The Online Video: a poster frame picture that plays the embedded video in Word.
    video_paragraph = doc.add_paragraph()
    video_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    poster = png_bytes(160, 90, [(20, 20, 24), (38, 58, 72), (60, 92, 110)], stripe=9)
    inline = add_picture(
        video_paragraph,
        poster,
        Inches(5.5),
        "Salmon return to the rebuilt Hollis Dam fish ladder",
        "Online Media 1",
        title="Salmon return to the rebuilt Hollis Dam fish ladder",
    )
    video_url = "https://www.youtube.com/watch?v=q7Lr2XcV0aM"
    link_rid = doc.part.relate_to(video_url, RT.HYPERLINK, is_external=True)
    inline.docPr.insert(
        0,
        parse_xml(
            f'<a:hlinkClick xmlns:a="{A_NS}" xmlns:r="{R_NS}" r:id="{link_rid}"/>'
        ),
    )
    embed_html = html.escape(
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/q7Lr2XcV0aM?'
        'feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
        'encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen '
        'title="Salmon return to the rebuilt Hollis Dam fish ladder"></iframe>',
        quote=True,
    )
    blip = inline.xpath(".//a:blip")[0]
    add_ext(
        blip,
        f'<a:ext xmlns:a="{A_NS}" uri="{{C809E66F-F1BF-436E-B5F7-EEA9579F0CBA}}">'
        '<wp15:webVideoPr xmlns:wp15="http://schemas.microsoft.com/office/word/2012/'
        f'wordprocessingDrawing" embeddedHtml="{embed_html}" h="315" w="560"/></a:ext>',
    )
    styled(
        doc,
        "VIDEO: Chinook salmon move through the new ladder\u2019s viewing window on Oct. 14. "
        "(Marcus Oyelaran/Carrow Valley Courier)",
        "Normal",
        italic=True,
        color=grey,
    )

    dateline = doc.add_paragraph()
    bold_run = dateline.add_run("HOLLIS FALLS, Ore.")
    bold_run.bold = True
    dateline.add_run(" \u2014 " + FISH_BODY_1[0])
    for text in FISH_BODY_1[1:]:
        doc.add_paragraph(text)

    photo_one = doc.add_paragraph()
    add_picture(
        photo_one,
        png_bytes(150, 100, [(64, 96, 120), (90, 130, 150), (150, 160, 150)]),
        Inches(5.5),
        "A picture containing water, outdoor, nature, river\n\nDescription automatically generated",
        "Picture 2",
    )
    styled(
        doc,
        "Fisheries biologist Hana Kesling counts fish at the ladder\u2019s viewing window on "
        "Oct. 14. (Marcus Oyelaran/Carrow Valley Courier)",
        "Caption",
    )

    for text in FISH_BODY_2:
        doc.add_paragraph(text)
    styled(doc, FISH_CROSSHEAD, "Heading 2")
    for text in FISH_BODY_3:
        doc.add_paragraph(text)

    photo_two = doc.add_paragraph()
    add_picture(
        photo_two,
        png_bytes(
            150, 100, [(120, 120, 116), (170, 168, 160), (90, 110, 130)], stripe=5
        ),
        Inches(5.5),
        "Concrete pools of a fish ladder stepping up beside a dam spillway",
        "Picture 3",
    )
    styled(
        doc,
        "The rebuilt ladder climbs 38 feet beside the Hollis Dam spillway in a series of 52 pools.",
        "Caption",
    )
    styled(doc, "Courtesy of Carrow Irrigation District", "Caption")

    for text in FISH_BODY_4:
        doc.add_paragraph(text)

    styled(
        doc,
        "Courier intern Bao Tran contributed to this report.",
        "Normal",
        italic=True,
    )

    # Contact line with a decorative icon inserted from Insert > Icons.
    contact = doc.add_paragraph()
    icon_png = png_bytes(24, 24, [(64, 64, 64), (255, 255, 255)], stripe=4)
    icon = add_picture(
        contact, icon_png, Inches(0.2), "Receiver with solid fill", "Graphic 4"
    )
    svg_part = Part(
        PackURI("/word/media/image5.svg"), "image/svg+xml", ICON_SVG, doc.part.package
    )
    svg_rid = doc.part.relate_to(svg_part, RT.IMAGE)
    add_ext(
        icon.xpath(".//a:blip")[0],
        f'<a:ext xmlns:a="{A_NS}" uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}">'
        '<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" '
        f'xmlns:r="{R_NS}" r:embed="{svg_rid}"/></a:ext>',
    )
    add_ext(
        icon.docPr,
        f'<a:ext xmlns:a="{A_NS}" uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
        '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" '
        'val="1"/></a:ext>',
    )
    tip = contact.add_run(
        " Have a tip about the Carrow River? Call the newsroom at 541-555-0142 or email "
        "tips@carrowcourier.com."
    )
    tip.italic = True

    watch = doc.add_paragraph()
    add_hyperlink(
        doc,
        watch,
        "Watch the full video on the Courier\u2019s YouTube channel.",
        video_url,
    )

    save_fixed(doc, HERE / VIDEO_NAME)


# --------------------------------------------------------------------------- document 2

FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
    '<w:r><w:t xml:space="preserve">Tribune analysis of 41,237 citations issued Oct. 6, 2025, '
    "to Oct. 5, 2026, obtained from the Kettle Lake Department of Transportation through a "
    "public records request. Times are the time of the violation, not of mailing.</w:t></w:r>"
    "</w:p></w:footnote>"
    "</w:footnotes>"
)


def pandoc_para(doc, style, text, italic=False):
    paragraph = doc.add_paragraph(style=style)
    run = paragraph.add_run(text)
    if italic:
        run.italic = True
    return paragraph


def pandoc_heading(doc, text, anchor, bookmark_id):
    paragraph = doc.add_paragraph(style="Heading 2")
    paragraph._p.append(
        parse_xml(
            f'<w:bookmarkStart {nsdecls("w")} w:id="{bookmark_id}" w:name="{anchor}"/>'
        )
    )
    paragraph.add_run(text)
    paragraph._p.append(
        parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bookmark_id}"/>')
    )
    return paragraph


def build_pandoc_draft():
    doc = Document()
    set_core(doc, "Nadia Rostami; Colm Whelan", "School-zone speed cameras")

    for name in (
        "Author",
        "Date",
        "First Paragraph",
        "Compact",
        "Block Text",
        "Captioned Figure",
        "Image Caption",
        "Footnote Text",
        "Desk Note",
    ):
        get_style(
            doc,
            name,
            base="Body Text" if name in ("First Paragraph", "Compact") else "Normal",
        )
    get_style(
        doc, "Hyperlink", base=None, kind=WD_STYLE_TYPE.CHARACTER
    ).font.color.rgb = RGBColor(0x44, 0x72, 0xC4)
    get_style(
        doc, "Footnote Reference", base=None, kind=WD_STYLE_TYPE.CHARACTER
    ).font.superscript = True
    doc.styles["Author"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.styles["Date"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.styles["Block Text"].paragraph_format.left_indent = Inches(0.5)
    doc.styles["Image Caption"].font.italic = True
    doc.styles["Desk Note"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    pandoc_para(
        doc,
        "Title",
        "School-zone speed cameras wrote 41,237 tickets in their first year. A third came from "
        "four cameras.",
    )
    pandoc_para(
        doc,
        "Subtitle",
        "A Tribune analysis of city citation data found most tickets were issued in the hours "
        "when children were not walking to or from school",
    )
    pandoc_para(doc, "Author", "Nadia Rostami")
    pandoc_para(doc, "Author", "Colm Whelan")
    pandoc_para(doc, "Date", "December 2, 2026")
    pandoc_para(
        doc,
        "Desk Note",
        "NOTE TO DESK: chart embed code is in the CMS draft. Numbers are final as of the Dec. 1 "
        "data pull. Please don\u2019t round the 41,237. \u2014NR",
    )

    lede = doc.add_paragraph(style="First Paragraph")
    lede.add_run(
        "Kettle Lake\u2019s 18 school-zone speed cameras issued 41,237 tickets in their first "
        "12 months, and more than a third of them came from just four cameras on two arterial "
        "roads, according to a "
    )
    add_hyperlink(
        doc,
        lede,
        "Tribune analysis of city citation records",
        "https://github.com/kettlelaketribune/data-2026-school-zone-cameras",
    )
    lede.add_run(".")

    second = doc.add_paragraph(style="Body Text")
    second.add_run(
        "The cameras, which began operating in October 2025, are allowed to ticket drivers going "
        "more than 6 mph over the 20 mph school-zone limit on school days from 7 a.m. to 6 p.m. "
        "But the analysis found that 58% of the tickets were issued between 9 a.m. and 2:30 "
        "p.m., when most students are already in class."
    )
    second._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )

    pandoc_para(
        doc,
        "Body Text",
        "City officials say that is by design. \u201cKids are in and out of school all day, for "
        "appointments, for lunch, for half days,\u201d said Anita Brooks-Ferrante, the city\u2019s "
        "traffic safety manager. \u201cA 20 mph limit that only applies for an hour in the "
        "morning isn\u2019t a school zone. It\u2019s a suggestion.\u201d",
    )

    pandoc_heading(
        doc,
        "Four cameras, a third of the tickets",
        "four-cameras-a-third-of-the-tickets",
        20,
    )
    pandoc_para(
        doc,
        "First Paragraph",
        "The four busiest cameras, two each on Marquette Avenue and Lakeshore Drive, accounted "
        "for 14,390 tickets, or 35% of the total. Both roads are four-lane arterials with 35 mph "
        "limits outside the school zones, and both carry more than 20,000 vehicles a day.",
    )

    figure = doc.add_paragraph(style="Captioned Figure")
    add_picture(
        figure,
        png_bytes(150, 100, [(200, 190, 60), (70, 70, 76), (120, 140, 150)], stripe=6),
        Inches(5.0),
        "A speed camera on a pole beside a flashing school-zone sign on a four-lane road",
        "Picture",
        title="",
    )
    pandoc_para(
        doc,
        "Image Caption",
        "A school-zone speed camera on Marquette Avenue near Whitfield Elementary, one of the "
        "four busiest cameras in the city. (Photo: Rafael Quintero/Kettle Lake Tribune)",
    )

    pandoc_para(
        doc,
        "Body Text",
        "The camera outside Whitfield Elementary on Marquette Avenue issued the most tickets of "
        "any, 4,812. By contrast, the camera outside Juniper Hill Elementary, on a two-lane "
        "residential street, issued 311.",
    )
    pandoc_para(
        doc,
        "Body Text",
        "Residents near the busiest cameras say the tickets have changed how people drive. "
        "\u201cIt used to be a drag strip,\u201d said Tomasz Wiley, who lives a block from "
        "Whitfield and walks his two children to school. \u201cNow people actually slow down. I "
        "don\u2019t care if they\u2019re annoyed.\u201d",
    )
    pandoc_para(
        doc,
        "Body Text",
        "Others say the cameras catch drivers who don\u2019t realize they are in a school zone. "
        "The analysis found 6,108 drivers received three or more tickets in the year, and 211 "
        "received 10 or more.",
    )
    pandoc_para(
        doc,
        "Block Text",
        "\u201cI have heard from constituents who got four tickets in the mail before they ever "
        "saw one, because the city mails them in batches,\u201d Alderman Ruth Castaneda wrote in "
        "a Nov. 18 letter to the transportation department. \u201cNobody is arguing for speeding "
        "near schools. We are arguing for a system people can learn from.\u201d",
    )

    pandoc_heading(doc, "Where the money goes", "where-the-money-goes", 21)
    pandoc_para(
        doc,
        "First Paragraph",
        "The tickets, $35 for a first offense and $100 for later ones, brought in about $1.9 "
        "million in the first year. By ordinance, the money can be spent only on traffic safety "
        "near schools.",
    )
    pandoc_para(
        doc,
        "Body Text",
        "The city has committed the first year\u2019s revenue to three projects:",
    )
    bullet_num = doc.styles["List Bullet"].element.pPr.numPr.numId.val
    for item in (
        "raised crosswalks at six elementary schools, $780,000",
        "new sidewalks on Juniper Hill Road, $640,000",
        "crossing guards at four more intersections, $310,000 a year",
    ):
        paragraph = pandoc_para(doc, "Compact", item)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                f'<w:numId w:val="{bullet_num}"/></w:numPr>'
            )
        )
    pandoc_para(
        doc,
        "First Paragraph",
        "Brooks-Ferrante said the city would review the placement of all 18 cameras next fall "
        "and could move cameras that issue few tickets to schools on busier roads.",
    )
    pandoc_para(
        doc,
        "Body Text",
        "Tribune graphics editor Esther Aduba contributed to this report.",
        italic=True,
    )
    pandoc_para(
        doc,
        "Desk Note",
        "NOTE TO DESK: the methodology box runs as a sidebar, see separate doc "
        "(cameras-methodology.docx).",
    )

    footnotes = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        FOOTNOTES_XML.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(footnotes, RT.FOOTNOTES)

    save_fixed(doc, HERE / PANDOC_NAME)


if __name__ == "__main__":
    build_video_draft()
    build_pandoc_draft()

"""Write the two Word documents of filing set 16 (part a).

Run with the project's Python from any directory: ``python make_docx_a.py``. The files are
written next to this script. Pictures are small PNGs drawn here with zlib and struct; core
properties, comment dates and zip entry times are fixed, so a rerun writes the same bytes.

- docx-libreoffice-writer-...-water-flume.docx: a freelancer's draft saved as .docx by
  LibreOffice Writer (its styles, app.xml, ``__DdeLink__`` bookmarks, comments and footnote),
  with the two pictures and their "Illustration n:" captions inside text frames, written the
  way LibreOffice writes frames: a DrawingML text box with a VML fallback copy, anchored in a
  body paragraph's run.
- docx-word-form-...-starry-stonewort.docx: a weekly's correspondent form with document
  protection, locked instruction text and editable regions (``w:permStart``/``w:permEnd``),
  and the photos embedded as OLE Package objects shown as icons.
"""

import datetime as dt
import io
import random
import re
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
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 12, 1, 21, 30, tzinfo=dt.UTC)
ZIP_TIME = (2026, 12, 1, 21, 30, 0)

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
EMU_PER_INCH = 914400


# ---------------------------------------------------------------- helpers


def png(width, height, top, bottom, noise=0, seed=1):
    """A PNG of soft horizontal stripes from colour `top` to `bottom`, optionally noisy."""
    rnd = random.Random(seed)
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        stripe = 12 if (y // 6) % 2 else 0
        row = bytearray([0])
        for _x in range(width):
            for a, b in zip(top, bottom, strict=False):
                value = int(a + (b - a) * t) - stripe
                if noise:
                    value += rnd.randint(-noise, noise)
                row.append(max(0, min(255, value)))
        rows.append(bytes(row))

    def chunk(tag, data):
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def esc(text):
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def run_xml(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def inline_picture(rid, pic_id, name, descr, cx, cy):
    """A DrawingML inline picture; `descr` is written even when empty, as LibreOffice does."""
    return (
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{pic_id}" name="{name}" descr="{esc(descr)}"/>'
        f"<wp:cNvGraphicFramePr>"
        f'<a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f"<a:graphic>"
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pic_id}" name="{name}" descr="{esc(descr)}"/>'
        f'<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/>'
        f"</pic:cNvPicPr></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        f"</pic:blipFill>"
        f'<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        f"</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


def seq_field(label, number):
    """LibreOffice's caption numbering: "Illustration " + a SEQ field + ": "."""
    return (
        run_xml(f"{label} ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + f'<w:r><w:instrText xml:space="preserve"> SEQ {label} \\* ARABIC </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run_xml(str(number))
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def frame_run(content, shape_id, frame_no, cx, cy):
    """A LibreOffice text frame: wps text box in mc:Choice, VML rectangle in mc:Fallback.

    `content` is a function (docpr_offset) -> the txbxContent paragraphs, so that the two
    copies of the frame get different drawing ids, as LibreOffice writes them.
    """
    h_in = cy / EMU_PER_INCH * 72
    w_in = cx / EMU_PER_INCH * 72
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor behindDoc="0" distT="45720" distB="45720" distL="114300" distR="0" '
        f'simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="{frame_no + 1}">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="largest"/>'
        f'<wp:docPr id="{shape_id}" name="Frame{frame_no}"/><wp:cNvGraphicFramePr/>'
        f"<a:graphic>"
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"/></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content(0)}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></wps:bodyPr>'
        f"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>"
        f'<v:rect id="shape_{frame_no}" style="position:absolute;margin-left:0pt;'
        f"margin-top:0pt;width:{w_in:.2f}pt;height:{h_in:.2f}pt;mso-wrap-style:square;"
        f'mso-position-horizontal:right;mso-position-horizontal-relative:text" stroked="f">'
        f'<v:fill on="f"/><v:textbox inset="0,0,0,0"><w:txbxContent>{content(50)}'
        f'</w:txbxContent></v:textbox><w10:wrap type="square"/></v:rect></w:pict>'
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )


def field_run(instr, result):
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run_xml(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def fix_core(doc, author, title=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def write_package(doc, path, replace=None, drop=()):
    """Save `doc` and rewrite the zip with fixed entry times and some parts replaced."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(buf)
    replace = replace or {}
    gone = "|".join(re.escape(name.rsplit("/", 1)[-1]) for name in drop)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = replace.get(info.filename, src.read(info.filename))
            if gone and info.filename.endswith((".rels", "[Content_Types].xml")):
                # forget the dropped parts: their relationships and content-type overrides
                text = data.decode("utf-8")
                text = re.sub(rf'<Relationship [^>]*Target="[^"]*({gone})"[^>]*/>', "", text)
                text = re.sub(rf'<Override PartName="[^"]*({gone})"[^>]*/>', "", text)
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, data)


def add_part(doc, partname, content_type, blob, reltype):
    part = Part(PackURI(partname), content_type, blob, doc.part.package)
    return doc.part.relate_to(part, reltype)


def body_insert(doc, xml):
    """Append a raw paragraph (or other block) before the final sectPr."""
    element = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, element)
    return element


# --------------------------------------------- 1. LibreOffice Writer, frames

LO_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>\
<TotalTime>412</TotalTime><Application>LibreOffice/7.5.9.2$Linux_X86_64 \
LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</Application><AppVersion>15.0000\
</AppVersion><Pages>3</Pages><Words>1163</Words><Characters>6391</Characters>\
<CharactersWithSpaces>7519</CharactersWithSpaces><Paragraphs>31</Paragraphs></Properties>"""

FLUME_BODY = [
    (
        "Every drop of water that comes out of a tap in Garnet Gulch travels the last two miles to "
        "town through a wooden pipe built in 1896, when the town was a silver camp of 3,000 people "
        "and the pipe was the latest thing in municipal engineering."
    ),
    (
        "The pipe is made of redwood staves held together by steel hoops, a design once common "
        "across the West. Garnet Gulch’s is one of the last still in service, and it is leaking: "
        "town crews estimate it loses about 30% of the water it carries before it reaches the "
        "treatment plant."
    ),
]


def make_flume(path):
    doc = Document()
    fix_core(doc, "Ana Sofía Restrepo", "flume draft v3")
    styles = doc.styles
    body_style = styles.add_style("Text Body", WD_STYLE_TYPE.PARAGRAPH)
    body_style.base_style = styles["Normal"]
    body_style.paragraph_format.space_after = Pt(7)
    body_style.paragraph_format.first_line_indent = Pt(14)
    body_style.font.name = "Liberation Serif"
    body_style.font.size = Pt(12)
    frame_style = styles.add_style("Frame Contents", WD_STYLE_TYPE.PARAGRAPH)
    frame_style.base_style = styles["Normal"]
    illus = styles.add_style("Illustration", WD_STYLE_TYPE.PARAGRAPH)
    illus.base_style = styles["Caption"]
    illus.font.italic = True
    illus.font.size = Pt(10)
    styles["Caption"].font.name = "Liberation Sans"
    styles.add_style("Footnote", WD_STYLE_TYPE.PARAGRAPH).font.size = Pt(10)
    styles.add_style("Footnote Characters", WD_STYLE_TYPE.CHARACTER)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "FLUME / Restrepo / for Sun., Dec. 13 / 1,150 words"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for xml in (
        run_xml("Page "),
        field_run("PAGE", "1"),
        run_xml(" of "),
        field_run("NUMPAGES", "3"),
    ):
        for r in parse_xml(f"<w:p {NS}>{xml}</w:p>"):
            footer._p.append(r)

    doc.add_paragraph(
        "A leaky 1890s wooden pipe still carries Garnet Gulch’s water. Its days are numbered.",
        style="Title",
    )
    doc.add_paragraph(
        "The mountain town has a $9.2 million state loan lined up to replace the redwood flume, "
        "but residents face a 38% rise in water bills to repay it.",
        style="Subtitle",
    )
    doc.add_paragraph("By Ana Sofía Restrepo", style="Text Body")
    p = doc.add_paragraph(style="Text Body")
    p.add_run("Special to the High Country Chronicle").italic = True

    p = doc.add_paragraph(style="Text Body")
    p.add_run("GARNET GULCH, Colo. — ").bold = True
    p.add_run(FLUME_BODY[0])
    doc.add_paragraph(FLUME_BODY[1], style="Text Body")

    img1 = png(96, 64, (120, 92, 70), (176, 190, 200), noise=6, seed=3)
    img2 = png(96, 64, (90, 90, 90), (200, 196, 186), noise=10, seed=5)
    rid1, _ = doc.part.get_or_add_image(io.BytesIO(img1))
    rid2, _ = doc.part.get_or_add_image(io.BytesIO(img2))
    cx, cy = 2743200, 1828800

    def frame1(offset):
        pic = inline_picture(
            rid1,
            11 + offset,
            "Image1",
            "A wooden stave pipe bound with steel hoops runs along timber trestles above a creek",
            cx,
            cy,
        )
        return (
            '<w:p><w:pPr><w:pStyle w:val="Illustration"/><w:spacing w:before="0" w:after="0"/>'
            f"</w:pPr><w:r>{pic}</w:r><w:r><w:br/></w:r>"
            + seq_field("Illustration", 1)
            + run_xml(
                ": The flume crosses Garnet Creek on wooden trestles about a mile above town. "
                "Photo: Ana Sofía Restrepo for the High Country Chronicle"
            )
            + "</w:p>"
        )

    def frame2(offset):
        pic = inline_picture(rid2, 21 + offset, "Image2", "", cx, cy)
        return (
            '<w:p><w:pPr><w:pStyle w:val="Illustration"/><w:spacing w:before="0" w:after="0"/>'
            f"</w:pPr><w:r>{pic}</w:r><w:r><w:br/></w:r>"
            + seq_field("Illustration", 2)
            + run_xml(": Workers build the flume’s original trestles in 1896.")
            + "<w:r><w:br/></w:r>"
            + run_xml("Courtesy of the Garnet Gulch Historical Society", '<w:i w:val="false"/>')
            + "</w:p>"
        )

    p = doc.add_paragraph(style="Text Body")
    p._p.append(parse_xml(frame_run(frame1, 10, 1, cx, cy + 640080)))
    p.add_run(
        "“We patch it every summer, and every summer it finds a new place to leak,” said Public "
        "Works Director Eli Maestas, who has worked on the pipe for "
    )
    r2 = p.add_run("22 years")
    p.add_run(". “You can only put so many bandages on something that old.”")
    comment = doc.add_comment(
        [r2],
        text="Check: 22 or 23 years? He said he started in the spring of 2004.",
        author="Ana Sofía Restrepo",
        initials="AR",
    )
    comment._comment_elm.date = FIXED

    p = doc.add_paragraph(style="Text Body")
    p.add_run(
        "This fall the town secured a $9.2 million low-interest loan from the state’s drinking "
        "water revolving fund"
    )
    p._p.append(
        parse_xml(
            f'<w:r {NS}><w:rPr><w:rStyle w:val="FootnoteCharacters"/><w:vertAlign '
            'w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
        )
    )
    p.add_run(
        " to replace the wooden pipe with a buried ductile-iron line. Construction is scheduled "
        "to begin in May and take two summers."
    )

    doc.add_paragraph("Redwood and steel hoops", style="Heading 2")
    doc.add_paragraph(
        "Wood-stave pipe was popular in the late 1800s because it was cheap, light enough to haul "
        "up mountain roads by wagon and easy to repair. Redwood resists rot as long as it stays "
        "wet, and parts of Garnet Gulch’s pipe have been replaced only a few times in 130 years.",
        style="Text Body",
    )
    doc.add_paragraph(
        "The town’s pipe sits on wooden trestles above Garnet Creek for much of its length. Where "
        "it is exposed to sun and frost, the staves dry out, shrink and split, Maestas said.",
        style="Text Body",
    )
    p = doc.add_paragraph(style="Text Body")
    p._p.append(parse_xml(frame_run(frame2, 20, 2, cx, cy + 822960)))
    p.add_run(
        "Volunteers from the Garnet Gulch Historical Society have asked the town to save a piece "
        "of the flume. Mayor Cora Lindahl said the town will keep a 40-foot section near the old "
        "powerhouse and put up a sign explaining its history."
    )

    doc.add_paragraph("What it will cost", style="Heading 2")
    doc.add_paragraph("The project includes:", style="Text Body")
    for item in (
        (
            "about 10,600 feet of 14-inch ductile-iron pipe, buried below the frost line along the "
            "county road"
        ),
        "a new intake structure at the town’s diversion on Garnet Creek",
        "removal of the trestles, except for the section to be preserved",
    ):
        doc.add_paragraph(item, style="List Bullet")

    p = doc.add_paragraph(style="Text Body")
    p.add_run("To repay the loan, the town board voted in November to raise water rates by ")
    p._p.append(parse_xml(f'<w:bookmarkStart {NS} w:id="40" w:name="__DdeLink__412_3818220571"/>'))
    p.add_run("38% over three years")
    p._p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="40"/>'))
    p.add_run(". The average household’s monthly bill will rise from $58 to about $80 by 2029.")

    doc.add_paragraph(
        "Several residents told the board the increase would be hard on retirees and seasonal "
        "workers. “I understand the pipe has to be replaced. I just don’t know where I am supposed "
        "to find another $22 a month,” said Delores Trujillo, who has lived in Garnet Gulch since "
        "1971.",
        style="Text Body",
    )
    doc.add_paragraph(
        "Lindahl said the town is applying for a state grant that could reduce the loan by as much "
        "as $2 million, and that it plans to offer a discount to low-income households. A "
        "decision on the grant is expected in March.",
        style="Text Body",
    )
    doc.add_paragraph(
        "Maestas said he will not miss the flume. “It’s a beautiful piece of history,” he said. "
        "“It belongs in a museum, not in a water system.”",
        style="Text Body",
    )
    p = doc.add_paragraph(style="Text Body")
    p.add_run("Arlo Finch of KGUL Radio in Leadville contributed to this report.").italic = True
    p = doc.add_paragraph(style="Text Body")
    note = p.add_run(
        "NOTE TO EDITOR: Maestas’s title confirmed by the town clerk. Trujillo spelling checked "
        "against the voter roll. The second photo is from the historical society; they are fine "
        "with us using it, credit as written."
    )
    note.font.color.rgb = RGBColor(0xC9, 0x21, 0x1E)

    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>'
        '<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:id="1" w:type="continuationSeparator"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="Footnote"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:footnoteRef/></w:r>'
        + run_xml(
            " Loan terms from the state revolving fund committee minutes, Oct. 21, 2026, p. 4. AR"
        )
        + "</w:p></w:footnote></w:footnotes>"
    )
    add_part(
        doc,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes.encode("utf-8"),
        RT.FOOTNOTES,
    )
    # LibreOffice writes no thumbnail, custom XML or stylesWithEffects part
    write_package(
        doc,
        path,
        replace={"docProps/app.xml": LO_APP.encode("utf-8")},
        drop=(
            "word/stylesWithEffects.xml",
            "customXml/item1.xml",
            "customXml/_rels/item1.xml.rels",
            "customXml/itemProps1.xml",
            "docProps/thumbnail.jpeg",
        ),
    )


# ------------------------------- 2. Word correspondent form, OLE photo icons


def cfb_package(label, payload):
    """A minimal compound file holding one "\\x01Ole10Native" stream (an OLE Package).

    The stream is kept above the 4,096-byte mini-stream cutoff so that it lives in ordinary
    512-byte sectors: sector 0 is the FAT, sector 1 the directory, the rest the stream.
    """
    name = label.encode("cp1252") + b"\x00"
    path = b"C:\\Users\\dklapthor\\Pictures\\" + name
    temp = b"C:\\Users\\DKLAPT~1\\AppData\\Local\\Temp\\" + name
    native = (
        struct.pack("<H", 2)
        + name
        + path
        + struct.pack("<I", 0x00030000)
        + struct.pack("<I", len(temp))
        + temp
        + struct.pack("<I", len(payload))
        + payload
    )
    stream = struct.pack("<I", len(native)) + native
    assert len(stream) >= 4096, "keep the stream out of the mini stream"
    n_sectors = (len(stream) + 511) // 512
    assert n_sectors <= 126
    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sect, end] + [3 + i for i in range(n_sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    assert len(header) == 512

    def entry(ename, etype, child, start, size, clsid=b"\x00" * 16):
        raw = ename.encode("utf-16-le") + b"\x00\x00"
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBB", len(raw), etype, 1)
            + struct.pack("<III", nostream, nostream, child)
            + clsid
            + struct.pack("<I", 0)
            + b"\x00" * 16
            + struct.pack("<II", start, size)
            + struct.pack("<I", 0)
        )

    package_clsid = struct.pack("<IHH", 0x0003000C, 0, 0) + bytes.fromhex("C000000000000046")
    empty = (
        b"\x00" * 64
        + struct.pack("<HBB", 0, 0, 0)
        + struct.pack("<III", nostream, nostream, nostream)
        + b"\x00" * 36
        + struct.pack("<III", 0, 0, 0)
    )
    directory = (
        entry("Root Entry", 5, 1, end, 0, package_clsid)
        + entry("\x01Ole10Native", 2, nostream, 2, len(stream))
        + empty
        + empty
    )
    body = stream.ljust(n_sectors * 512, b"\x00")
    return header + struct.pack("<128I", *fat) + directory + body


def ole_icon_run(icon_rid, ole_rid, shape_no, object_id):
    return (
        f'<w:r {NS}><w:object w:dxaOrig="1531" w:dyaOrig="811">'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        f'<v:shape id="_x0000_i{shape_no}" type="#_x0000_t75" style="width:76.5pt;height:40.5pt" '
        f'o:ole=""><v:imagedata r:id="{icon_rid}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i{shape_no}" '
        f'DrawAspect="Icon" ObjectID="{object_id}" r:id="{ole_rid}"/></w:object></w:r>'
    )


GREY = '<w:i/><w:color w:val="7F7F7F"/><w:sz w:val="18"/>'
SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="FFF6D5"/>'


def form_para(runs, perm=None, shaded=False, style=None):
    """A paragraph of the form; `perm` is ("start", id) / ("end", id) / ("both", id)."""
    ppr = ""
    if style or shaded:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += (SHADE if shaded else "") + "</w:pPr>"
    start = end = ""
    if perm and perm[0] in ("start", "both"):
        start = f'<w:permStart w:id="{perm[1]}" w:edGrp="everyone"/>'
    if perm and perm[0] in ("end", "both"):
        end = f'<w:permEnd w:id="{perm[1]}"/>'
    return f"<w:p {NS}>{ppr}{start}{runs}{end}</w:p>"


STONEWORT_STORY = [
    (
        "BURDOCK TOWNSHIP — Members of the Little Pike Lake Association will ask the Burdock "
        "Township Board this month to create a special assessment district to pay for a three-year "
        "fight against starry stonewort, an invasive algae that has spread across about a third of "
        "the lake’s 310 acres since it was first found there in 2021."
    ),
    (
        "Starry stonewort grows in dense mats that can reach the surface, crowding out native plants, "
        "tangling boat propellers and making swimming unpleasant. It has been found in hundreds of "
        "Michigan’s inland lakes, according to the state’s invasive species program."
    ),
    (
        "The association has tried algaecide treatments for three summers, but the mats grow back "
        "within weeks, association president Marv Ostrander said. “We have put a lot of copper in "
        "this lake and we have very little to show for it,” he said."
    ),
    (
        "The new plan calls for divers to pull stonewort by hand in the most heavily used areas, "
        "including the public boat launch and the swimming beach at Pike Lake Park, while a "
        "contractor uses a diver-assisted suction harvester, a pontoon boat fitted with a pump and a "
        "hose, to clear larger beds."
    ),
    (
        "The work would cost about $145,000 a year, Ostrander said. Spread over the lake’s 412 "
        "waterfront parcels, that would mean an assessment of about $350 a year per parcel for "
        "three years."
    ),
    (
        "Township Supervisor Karen Voss said the board would need to hold two public hearings before "
        "it could create the district, and that property owners would have a chance to object."
    ),
    (
        "“Nobody likes a new assessment, but I have heard from a lot of people on that lake who are "
        "frustrated,” Voss said."
    ),
    (
        "Not every lakefront owner supports the plan. Ted Brandvold, who has a cottage on the lake’s "
        "north shore, said he would rather see the state pay for the work, since the lake has a "
        "public boat launch and most of the boats that use it belong to people who do not live "
        "there."
    ),
    (
        "“The stonewort came in on somebody’s trailer. It wasn’t the people on the lake who brought "
        "it,” he said."
    ),
    (
        "Biologists believe starry stonewort spreads mainly on boats and trailers moved from one lake "
        "to another without being cleaned. The association plans to staff a free boat-washing "
        "station at the launch on summer weekends, paid for with a state grant it received in "
        "October."
    ),
    (
        "Ostrander said hand-pulling and suction harvesting had worked on other Michigan lakes when "
        "they were repeated for several years. “It’s not a one-summer fix. We are asking people to "
        "commit to three years, and then we will see where we are,” he said."
    ),
    "The township board meets at 7 p.m. Dec. 15 at the township hall, 4410 Cedar Road.",
    "Herald editor Gil Marchetti contributed to this report.",
]


def make_stonewort(path):
    doc = Document()
    fix_core(doc, "Burdock Weekly Herald", "Correspondent Story Form")
    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "Burdock Weekly Herald · Correspondent Story Form (v4) · Do not change the form"
    section.footer.paragraphs[
        0
    ].text = "Return completed forms to news@burdockweeklyherald.com by Monday noon."

    def label(text, hint):
        return form_para(run_xml(text, "<w:b/>") + run_xml("  " + hint, GREY))

    def filled(text, perm):
        return form_para(run_xml(text), perm=perm, shaded=True)

    blocks = [
        form_para(run_xml("CORRESPONDENT STORY FORM", '<w:b/><w:sz w:val="32"/>')),
        form_para(
            run_xml(
                "Type only inside the shaded boxes. Everything else on this form is locked.", GREY
            )
        ),
        label("HEADLINE", "(60 characters or fewer)"),
        filled(
            "Little Pike Lake group turns to divers, suction boat to fight invasive algae",
            ("both", 1),
        ),
        label("SUMMARY", "(one sentence that will run under the headline)"),
        filled(
            "Starry stonewort now covers about a third of the lake’s bottom, and the lake "
            "association wants a special assessment to pay for three years of work.",
            ("both", 2),
        ),
        label("BYLINE", "(as you want it printed)"),
        filled("By Doreen Klapthor, Herald correspondent", ("both", 3)),
        label(
            "STORY",
            "(Begin with the dateline in capitals, for example HARTWELL —. Leave one blank line "
            "between paragraphs.)",
        ),
    ]
    story = STONEWORT_STORY
    for i, text in enumerate(story):
        perm = ("start", 4) if i == 0 else None
        blocks.append(form_para(run_xml(text), perm=perm, shaded=True))
        if i < len(story) - 1:
            blocks.append(form_para("", shaded=True))
        else:
            blocks[-1] = form_para(run_xml(text), perm=("end", 4), shaded=True)
    blocks.append(
        label(
            "PHOTOS",
            "(Attach each photo as a file: Insert > Object > Create from File > Display as "
            "icon. Type the caption and the photographer’s name under each icon.)",
        )
    )
    for xml in blocks:
        body_insert(doc, xml)

    icon = png(64, 34, (236, 236, 236), (205, 214, 228), seed=9)
    photos = [
        (
            "IMG_4471.JPG",
            png(60, 44, (40, 96, 60), (150, 170, 120), noise=40, seed=11),
            "Starry stonewort pulled from Little Pike Lake near the public boat launch in August.",
            "Marv Ostrander, Little Pike Lake Association",
        ),
        (
            "DSC_0192.JPG",
            png(60, 44, (60, 110, 150), (200, 210, 220), noise=40, seed=13),
            "A diver-assisted suction harvester at work on a lake in Oakland County in 2024.",
            "Courtesy of Northern Shoreline Aquatics",
        ),
    ]
    for n, (fname, photo, caption, credit) in enumerate(photos, start=1):
        icon_rid = doc.part.relate_to(
            Part(
                PackURI(f"/word/media/icon{n}.png"),
                "image/png",
                icon,
                doc.part.package,
            ),
            RT.IMAGE,
        )
        ole_rid = add_part(
            doc,
            f"/word/embeddings/oleObject{n}.bin",
            "application/vnd.openxmlformats-officedocument.oleObject",
            cfb_package(fname, photo),
            RT.OLE_OBJECT,
        )
        perm = ("start", 5) if n == 1 else None
        body_insert(
            doc,
            form_para(
                ole_icon_run(icon_rid, ole_rid, 1024 + n, f"_179501234{n}"),
                perm=perm,
                shaded=True,
            ),
        )
        body_insert(doc, form_para(run_xml("Caption: " + caption), shaded=True))
        last = n == len(photos)
        body_insert(
            doc,
            form_para(
                run_xml("Photographer: " + credit),
                perm=("end", 5) if last else None,
                shaded=True,
            ),
        )
    body_insert(doc, form_para(run_xml("NOTES FOR THE EDITOR (not printed)", "<w:b/>")))
    body_insert(
        doc,
        filled(
            "Gil – Marv says his photo is fine to use. The Voss quotes are from a phone call on "
            "Dec. 1. The second photo came from the contractor’s sales kit; they said it is okay "
            "to run with the courtesy line. I can do a follow-up after the hearing. Doreen",
            ("both", 6),
        ),
    )

    settings = doc.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    tab_stop.addprevious(
        parse_xml(
            f'<w:documentProtection {NS} w:edit="readOnly" w:enforcement="1" '
            'w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" '
            'w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" '
            'w:hash="m3Jc0Hq5yYtVQ0o2mFJpXr1c8wq7aH4pGdV9kL2sT6uE1bN0fR5zW3xY8cA7dQ9vK4jM2nP6hS1'
            'gT0eU5iO3lA==" w:salt="Q2h0bFN0b3J5Rm9ybXY0IQ=="/>'
        )
    )
    write_package(doc, path)


def main():
    make_flume(
        HERE / "docx-libreoffice-writer-text-frames-illustration-seq-captions-vml-fallback-"
        "dde-bookmarks-comment-footnote-water-flume.docx"
    )
    make_stonewort(
        HERE / "docx-word-form-document-protection-permission-ranges-locked-instructions-"
        "ole-package-photo-icons-starry-stonewort.docx"
    )


if __name__ == "__main__":
    main()

"""Build the two .docx documents of the held-out-10 filing set (writer a).

Run with the project's Python (python-docx 1.2):
    python tests/filing/held-out-10/make_docx_a.py
Writes docx-*.docx next to this script. The pictures are small PNGs (a masthead
block, a row of bikes, a smoke plume, a shed, a grainy archive print) drawn here with
zlib/struct. INCLUDEPICTURE and simple fields, hyperlinks, drop caps and frames are
written as raw XML; the package entries get fixed times, so re-runs give the same
bytes. The answer keys (*.expected.yaml) are written by hand; this script does not
produce them.
"""
import datetime
import io
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = (0x70, 0x70, 0x70)
RED = (0xC0, 0x00, 0x00)
FIXED = datetime.datetime(2026, 12, 2, 9, 30, 0)


# ------------------------------------------------------------------ pictures
def png(w, h, colour_at):
    """A PNG of w x h pixels whose colour at (x, y) is colour_at(x, y)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(colour_at(x, y))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def masthead(x, y):
    return (20, 40, 70) if 6 < y < 22 and 6 < x < 114 else (245, 245, 240)


def bikes(x, y):
    if y > 46:
        return (150, 140, 130)                      # pavement
    if 18 < y < 40 and (x % 16) in (3, 4, 11, 12):
        return (40, 150, 90)                         # green frames
    if 10 < y < 46 and x > 96:
        return (160, 70, 50)                         # brick wall
    return (205, 215, 225)


def smoke(x, y):
    if y > 48:
        return (90, 90, 95)
    d = abs(x - 45 - (48 - y) // 3)
    if d < 4 + (48 - y) // 4:
        g = 120 + (48 - y) * 2
        return (g, g, g)
    return (190, 200, 215)


def shed(x, y):
    if y > 50:
        return (70, 60, 50)
    if 20 < y <= 50 and 25 < x < 75:
        return (60, 50, 45) if (x // 5) % 2 else (75, 62, 55)
    if 10 < y <= 20 and 25 + (20 - y) * 2 < x < 75 - (20 - y) * 2:
        return (40, 35, 35)
    return (215 - y, 200 - y, 185 - y)


def archive(x, y):
    g = 90 + ((x * 7 + y * 3) % 40) + (60 if 18 < y < 48 and 30 < x < 70 else 0)
    return (g, g - 5, g - 15)


# ------------------------------------------------------------------- helpers
def run(p, text, bold=False, italic=False, size=None, color=None, small_caps=False):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if small_caps:
        r.font.small_caps = True
    return r


def para(d, text="", style=None, **kw):
    align = kw.pop("align", None)
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, **kw)
    if align is not None:
        p.alignment = align
    return p


def link(p, text, url, size=None):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    sz = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
    p._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}" w:history="1"><w:r><w:rPr>'
        f'<w:color w:val="0563C1"/>{sz}<w:u w:val="single"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'))


def fld_char(p, kind):
    p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))


def describe(r, descr, name):
    for el in r._r.iter(qn("wp:docPr")):
        el.set("descr", descr)
        el.set("name", name)


def web_picture(d, url, data, width, descr, name, style=None):
    """A picture pasted from a web page: an INCLUDEPICTURE field whose result is the
    embedded picture, as Word writes it when a page is pasted from a browser."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    fld_char(p, "begin")
    p.add_run()._r.append(parse_xml(
        f'<w:instrText {nsdecls("w")} xml:space="preserve"> INCLUDEPICTURE '
        f'"{escape(url)}" \\* MERGEFORMATINET </w:instrText>'))
    fld_char(p, "separate")
    r = p.add_run()
    r.add_picture(io.BytesIO(data), width=Inches(width))
    describe(r, descr, name)
    fld_char(p, "end")
    return p


def simple_field(p, instr, text, rpr=""):
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} \\* MERGEFORMAT "><w:r>{rpr}'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:fldSimple>'))


def put_ppr(p, xml):
    """Insert a pPr child right after pStyle/keepNext (framePr must come early)."""
    ppr = p._p.get_or_add_pPr()
    el = parse_xml(xml)
    anchor = None
    for child in ppr:
        if child.tag in (qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines")):
            anchor = child
    if anchor is None:
        ppr.insert(0, el)
    else:
        anchor.addnext(el)
    return el


def save(d, name, author, title="", subject=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = subject
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package with fixed entry times so that re-runs give the same bytes
    with zipfile.ZipFile(buf) as src, \
            zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, src.read(item.filename))
    print("wrote", name)


# ------------------------------------------- 1. a web page pasted into Word
def web_paste_ebike_fires():
    d = Document()
    web = d.styles.add_style("Normal (Web)", WD_STYLE_TYPE.PARAGRAPH)
    web.style_id = "NormalWeb"
    web.base_style = d.styles["Normal"]
    web.font.name = "Georgia"
    web.font.size = Pt(11)
    web.paragraph_format.space_before = Pt(5)
    web.paragraph_format.space_after = Pt(5)
    W = "Normal (Web)"

    note = para(d)
    run(note, "Beth — this is the web version pasted in. For print: new fourth graf (the "
        "council date); everything around the story is the site’s, ignore it. Photos are "
        "Ryland’s except the fire one. — Naomi", bold=True, color=RED)

    p = para(d, style=W)
    link(p, "Skip to main content", "https://www.mountainledger.com/#main")
    web_picture(d, "https://www.mountainledger.com/static/img/ledger-masthead.png",
                png(120, 28, masthead), 2.2, "The Mountain Ledger", "Picture 1", style=W)
    for item in ["News", "Sports", "Outdoors", "Opinion", "Obituaries", "e-Edition"]:
        link(d.add_paragraph(style="List Bullet"), item,
             "https://www.mountainledger.com/" + item.lower().replace("-", ""))
    p = para(d, style=W)
    link(p, "Subscribe now: 3 months for $1", "https://subscribe.mountainledger.com/offer")
    p = para(d, style=W)
    link(p, "TRANSPORTATION", "https://www.mountainledger.com/news/transportation", size=9)

    d.add_paragraph("City pulls all 220 shared e-bikes after a second battery fire",
                    style="Heading 1")
    para(d, "Flagstaff’s bike-share operator has 30 days to show its batteries are safe, "
         "or the contract ends", style=W, size=14, color=GREY)
    p = para(d, style=W)
    run(p, "By ")
    link(p, "Naomi Castillo-Reyna", "https://www.mountainledger.com/staff/naomi-castillo-reyna")
    para(d, "Published 6:12 a.m. MT Dec. 2, 2026 | Updated 11:48 a.m. MT Dec. 2, 2026",
         style=W, size=9, color=GREY)
    para(d, "Share this story", style=W, size=9, bold=True)
    for item in ["Facebook", "X", "Email", "Copy link"]:
        para(d, item, style="List Bullet", size=9)

    web_picture(d, "https://cdn.mountainledger.com/2026/12/02/ebike-dock-aspen.jpg",
                png(96, 60, bikes), 5.8, "A row of green electric bikes locked into a dock "
                "beside a brick library", "Picture 2", style=W)
    cap = para(d, style=W)
    run(cap, "Shared e-bikes sit locked at the Aspen Avenue dock in downtown Flagstaff on "
        "Tuesday, hours after the city ordered the fleet off the streets. ", size=9)
    run(cap, "Ryland Chee/The Mountain Ledger", size=8, color=GREY)

    first = para(d, style=W)
    run(first, "FLAGSTAFF, Ariz. — The city on Tuesday ordered its bike-share operator to "
        "pull all 220 of its electric bikes off the streets after a second battery fire in "
        "three weeks, this one inside a bike-share dock outside the downtown library.")
    para(d, "No one was hurt in either fire. Monday night’s blaze, which started in a bike "
         "parked at the Aspen Avenue dock, scorched two neighboring bikes and the dock’s "
         "solar panel before firefighters put it out, fire officials said.", style=W)
    para(d, "Advertisement", style=W, size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "The operator, RidgeCycle, has 30 days to show that its batteries are safe or "
         "the city will end its five-year contract, city transportation manager Elena "
         "Marquez-Tso said in a letter to the company.", style=W)
    para(d, "The City Council is scheduled to discuss the contract at its Dec. 15 meeting.",
         style=W)
    para(d, "“Two fires is two more than we should have had,” Marquez-Tso said in an "
         "interview. “We’re not putting these back on the street until someone can tell us "
         "why it happened.”", style=W)
    p = para(d, style=W)
    run(p, "RELATED: ", bold=True)
    link(p, "Flagstaff’s e-bike share logged 61,000 rides in its first summer",
         "https://www.mountainledger.com/news/2026/10/ebike-share-first-summer")
    d.add_paragraph("A battery recall, and questions", style="Heading 2")
    para(d, "RidgeCycle’s chief executive, Dariusz Whitcombe-Nez, said in a statement that "
         "the company had found a manufacturing defect in a batch of batteries from one "
         "supplier and was replacing them in all of its bikes, about a third of which used "
         "batteries from that batch.", style=W)
    para(d, "“We take this extremely seriously, and we expect to be back on Flagstaff "
         "streets well before the 30 days are up,” he said.", style=W)
    web_picture(d, "https://cdn.mountainledger.com/2026/12/02/beaver-street-smoke.jpg",
                png(90, 60, smoke), 5.8, "", "Picture 3", style=W)
    cap = para(d, style=W)
    run(cap, "Smoke rises from a shared e-bike on Beaver Street on Nov. 11. ", size=9)
    run(cap, "Provided by Harlan Begay-Moss", size=8, color=GREY)
    para(d, "The first fire, on Nov. 11, started in a bike that a rider had left on the "
         "sidewalk on Beaver Street. A witness, Harlan Begay-Moss, said he saw smoke coming "
         "from the battery case and called 911 before the bike caught fire.", style=W)
    para(d, "Riders took about 61,000 trips on the bikes between April and October, "
         "according to city figures, most of them between downtown and the university.",
         style=W)
    para(d, "Stelian Oduya-Marsh, a graduate student who said he uses the bikes to get to "
         "campus most days, said he would switch to the bus for now. “I’d rather be late "
         "than be on fire,” he said.", style=W)
    para(d, "Ledger reporter Calvin Tso-Hale contributed to this report.", style=W,
         italic=True)
    para(d, "Naomi Castillo-Reyna covers city government and transportation for The "
         "Mountain Ledger. Reach her at ncastillo@mountainledger.com or 928-555-0187.",
         style=W, size=9, italic=True, color=GREY)

    d.add_paragraph("Most Popular", style="Heading 3")
    for item, slug in [
        ("Snowbowl opens two weeks early after storm drops 30 inches", "snowbowl-opening"),
        ("Route 66 diner closes after 58 years", "route-66-diner"),
        ("Police: Man arrested after chase on Butler Avenue", "butler-chase"),
    ]:
        link(d.add_paragraph(style="List Number"), item,
             "https://www.mountainledger.com/news/2026/12/" + slug)
    para(d, "The Ledger Daily", style=W, bold=True)
    para(d, "Get the day’s top stories in your inbox every morning.", style=W)
    para(d, "Email address", style=W, color=GREY)
    para(d, "Sign up", style=W, bold=True)
    para(d, "© 2026 The Mountain Ledger. All rights reserved.", style=W, size=8)
    para(d, "Terms of Service | Privacy Policy | Your Privacy Choices", style=W, size=8)
    save(d, "docx-web-page-pasted-includepicture-fields-ebike-share-fires.docx",
         author="ncastillo")


# ------------------- 2. magazine feature: property fields, drop cap, framed captions
FRAME_LEFT = ('<w:framePr {ns} w:w="2520" w:hSpace="187" w:wrap="around" '
              'w:vAnchor="text" w:hAnchor="page" w:x="346" w:y="1"/>').format(ns=nsdecls("w"))
FRAME_QUOTE = ('<w:framePr {ns} w:w="2880" w:hSpace="187" w:vSpace="187" w:wrap="around" '
               'w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
               ).format(ns=nsdecls("w"))


def framed(d, text, italic=False, size=9, color=None, frame=FRAME_LEFT, style=None):
    p = para(d, text, style=style, italic=italic, size=size, color=color)
    put_ppr(p, frame)
    return p


def picture(d, data, width, descr, name):
    p = d.add_paragraph()
    r = p.add_run()
    r.add_picture(io.BytesIO(data), width=Inches(width))
    describe(r, descr, name)
    return p


def drop_cap_smokehouse():
    d = Document()
    headline = "The smokehouse on Katlian Street"
    dek = ("For three generations, the Ebbesen family has smoked the town’s fish. This "
           "winter, the last of them is teaching someone else.")
    author = "Ingrid Vasquez-Thorne"

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, "NTQ WINTER 2027 — FEATURES — SMOKEHOUSE — 2,140 words — v3 (copy edit)",
        size=8, color=GREY)
    fp = sec.footer.paragraphs[0]
    run(fp, "Northern Tides Quarterly — confidential until publication — page ", size=8,
        color=GREY)
    simple_field(fp, "PAGE", "1", '<w:rPr><w:color w:val="707070"/><w:sz w:val="16"/></w:rPr>')

    para(d, "PLACES", size=9, bold=True, color=(0x2E, 0x5E, 0x6E))
    simple_field(d.add_paragraph(style="Title"), "TITLE", headline)
    simple_field(d.add_paragraph(style="Subtitle"), "SUBJECT", dek)
    p = para(d)
    run(p, "By ", bold=True)
    simple_field(p, "AUTHOR", author, "<w:rPr><w:b/></w:rPr>")
    para(d, "Photographs by Oskar Lindahl-Reyes", bold=True, size=10)

    picture(d, png(100, 64, shed), 4.6, "A woman in a knit cap and rubber apron hangs "
            "strips of red fish on wooden racks inside a dim, smoky shed", "Picture 1")
    framed(d, "Marguerite Ebbesen, 81, hangs split sockeye on the alder racks of the "
           "smokehouse her father built in 1951.", italic=True)
    framed(d, "Photograph by Oskar Lindahl-Reyes", size=8, color=GREY)

    # The drop cap: Word keeps the big letter in a paragraph of its own, in a frame.
    cap = d.add_paragraph()
    put_ppr(cap, '<w:framePr {} w:dropCap="drop" w:lines="3" w:wrap="around" '
            'w:vAnchor="text" w:hAnchor="text"/>'.format(nsdecls("w")))
    cap._p.get_or_add_pPr().append(parse_xml(
        f'<w:spacing {nsdecls("w")} w:after="0" w:line="827" w:lineRule="exact"/>'))
    cap._p.get_or_add_pPr().append(parse_xml(f'<w:textAlignment {nsdecls("w")} '
                                             'w:val="baseline"/>'))
    big = cap.add_run("T")
    big._r.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}><w:position w:val="-10"/>'
                               '<w:sz w:val="110"/></w:rPr>'))
    first = d.add_paragraph()
    run(first, "he smoke reaches Katlian Street", small_caps=True)
    run(first, " before the sun does. By six on a December morning, a gray ribbon is "
        "already curling out of the vents of a tar-papered shed between a net loft and a "
        "boat shop, and anyone walking to the harbor knows that Marguerite Ebbesen is up.")

    body = [
        "She has been up at that hour for most of her 81 years. Her father, Anders, built "
        "the smokehouse in 1951 out of lumber from a cannery that had burned, and for seven "
        "decades the Ebbesens have smoked the fish that Sitka catches: king and sockeye for "
        "the families who bring their own, black cod for the restaurants, a few hundred "
        "pounds of hooligan in the spring for whoever asks.",
        "This winter, for the first time, she is teaching someone who is not family.",
        "“I waited for one of the grandkids,” she said, sitting on an upturned fish tote "
        "with a mug of coffee balanced on her knee. “They all went to Anchorage. I don’t "
        "blame them. But the smoke doesn’t wait.”",
    ]
    for t in body:
        para(d, t)
    d.add_paragraph("Alder, not hemlock", style="Heading 2")
    para(d, "Her apprentice is Tomasz Kiyoshi-Brandt, 34, a deckhand who started coming by "
         "two years ago to pick up his own fish and kept asking questions. Since October he "
         "has spent four mornings a week in the shed, learning what she calls the only "
         "three things that matter: the brine, the wood and the patience.")
    para(d, "The brine is salt, brown sugar and water, nothing else, mixed by taste. The "
         "wood is red alder, split small and a little green, never hemlock or spruce, which "
         "Ebbesen says make the fish taste “like a creosote piling.” The patience is the "
         "hard part.")
    q = framed(d, "“You can’t hurry smoke. You can only ruin it faster.”", italic=True,
               size=16, color=(0x2E, 0x5E, 0x6E), frame=FRAME_QUOTE)
    q._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="4" '
        'w:color="2E5E6E"/><w:bottom w:val="single" w:sz="8" w:space="4" '
        'w:color="2E5E6E"/></w:pBdr>'))
    para(d, "“You can’t hurry smoke. You can only ruin it faster,” she said.")
    para(d, "A batch of sockeye spends two to four days on the racks, depending on the "
         "weather, the thickness of the fillets and, as far as Kiyoshi-Brandt can tell, "
         "something Ebbesen reads in the color of the fish that she has not yet been able "
         "to explain to him.")
    para(d, "“She’ll walk in, look at a rack and say ‘another six hours,’” he said. “I’ve "
         "started writing down everything she says. I have two notebooks.”")

    picture(d, png(80, 64, archive), 3.4, "", "Picture 2")
    framed(d, "Marguerite’s father, Anders Ebbesen, outside the smokehouse in about 1955.",
           italic=True)
    framed(d, "Courtesy of Marguerite Ebbesen", size=8, color=GREY)

    para(d, "The smokehouse charges $2.50 a pound to smoke fish that customers bring in, a "
         "price Ebbesen has not raised since 2009. She processed about 14,000 pounds last "
         "year, most of it for local families filling their freezers for the winter.")
    para(d, "Kiyoshi-Brandt plans to take over the lease on the shed next fall. He said he "
         "will keep the price, at least for a while, and keep the name, which is painted in "
         "white letters over the door: EBBESEN SMOKE.")
    last = para(d, "Ebbesen said she will keep coming in the mornings. “Somebody has to "
                "check his brine,” she said.")
    run(last, " ■", color=(0x2E, 0x5E, 0x6E))

    para(d, "This story was supported by the Northern Tides Fund for Coastal Reporting.",
         italic=True, size=9)
    para(d, "Photo editing by Aditi Ramaswamy-Holt.", italic=True, size=9)
    para(d, "Ingrid Vasquez-Thorne is a writer in Juneau. This is her first story for "
         "Northern Tides.", italic=True, size=9, color=GREY)
    save(d, "docx-drop-cap-framed-captions-property-fields-smokehouse.docx",
         author=author, title=headline, subject=dek)


if __name__ == "__main__":
    web_paste_ebike_fires()
    drop_cap_smokehouse()

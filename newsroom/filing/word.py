"""A Word file (.docx) as blocks, converted by mammoth, with the bytes of its images.

Word's own styles say what a paragraph is: Title is the headline, Subtitle the dek,
Caption an image's caption, headings are subheads. A damaged file, or one that is not a
Word document inside, is refused in one line.
"""

from __future__ import annotations

import email
import email.policy
import posixpath
import re
import zipfile
import zlib
from io import BytesIO
from typing import Any, Final

from newsroom.errors import InputError
from newsroom.filing.bilingual import target_column
from newsroom.filing.draft import Block
from newsroom.filing.paired import MARK, other_language_marked, set_apart
from newsroom.filing.read import declared_charset, without_invisible, word_main_part

STYLES: Final = "\n".join(
    (
        "p[style-name='Title'] => h1.title:fresh",
        "p[style-name='Subtitle'] => p.dek:fresh",
        "p[style-name='Caption'] => p.caption:fresh",
        "p[style-name='Byline'] => p.byline:fresh",
        "p[style-name='Intense Quote'] => blockquote:fresh",
        "p[style-name='Quote'] => blockquote:fresh",
    )
)
_TYPES: Final = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}


def word_blocks(data: bytes, shown: str) -> list[Block]:
    """The blocks of a .docx file's text, in order, its images with their bytes."""
    import mammoth  # imported only to file a Word document

    from newsroom.filing import web

    _refuse_inflated(data, shown)
    images: dict[str, bytes] = {}
    data, chunks = _alt_chunks(data, images, shown)

    def keep(image: Any) -> dict[str, str]:
        with image.open() as stream:
            content = stream.read()
        name = f"image-{len(images) + 1}.{_TYPES.get(image.content_type, 'bin')}"
        images[name] = content
        return {"src": name, "alt": image.alt_text or ""}

    try:
        result = mammoth.convert_to_html(
            BytesIO(data), style_map=STYLES, convert_image=mammoth.images.img_element(keep)
        )
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        EOFError,
        AttributeError,
        zlib.error,
    ) as exc:
        raise InputError(
            f"is a damaged Word file ({_why(exc)}); open it in Word, save it again as .docx "
            "and file that",
            path=shown,
        ) from None
    except RecursionError:  # (parts nested thousands deep: no draft Word writes)
        raise InputError(
            "is a Word file nested too deep to read; open it in Word, save it again as .docx "
            "and file that",
            path=shown,
        ) from None
    except Exception as exc:  # the converter's own errors on a file it cannot read
        if type(exc).__module__.split(".")[0] not in ("mammoth", "lxml", "xml", "cobble"):
            raise
        raise InputError(
            f"is a Word file newsroom cannot read ({_why(exc)}); save it again as .docx",
            path=shown,
        ) from None
    # Word's non-breaking hyphen is a hyphen that stays on its line; its optional hyphen, a
    # place a line may break, shows nothing
    html = result.value.replace("\u2011", "-").replace("\u00ad", "")
    if _CITED in html:
        html = re.sub(rf"\s*{_CITED}", "", html)  # 'the registry (Smith, 2026).': 'the registry.'
    if BOX_OPENS in html:  # a text box's paragraphs, one box (see _boxes_marked)
        html = html.replace(f"<p>{BOX_OPENS}</p>", f"<div {web.TEXT_BOX}>")
        html = html.replace(f"<p>{BOX_SHUTS}</p>", "</div>")
        html = html.replace(BOX_OPENS, "").replace(BOX_SHUTS, "")
    if _PAGE_MARK in html:  # a sentence a page broke in two is one paragraph
        html = _SPLIT_BY_PAGE.sub(" ", html).replace(f"<p>{_PAGE_MARK}</p>", "")

    for n, chunk in enumerate(chunks):  # each part brought in whole, where it stands
        html = html.replace(f"<p>{_CHUNK_MARK}{n}</p>", chunk, 1)
    html = target_column(html)  # (a translation's review file: its target column)
    if MARK in html:  # (a file in two languages: the other's paragraphs)
        html = set_apart(html)
    if "<img" in html and _RECORDING.search(html):
        html = _RECORDING.sub(r"<aside><p>\g<name></p></aside>", html)
    return web.word_blocks(without_invisible(html), images)


# a recording a note app exports into the file (Samsung Notes' voice recording): its icon, a
# picture, beside the recording's file name and length; an attachment, no picture of the story
_RECORDING: Final = re.compile(
    r"<p>\s*<img\b[^<>]*>\s*(?P<name>[^<>]{0,80}\.(?:m4a|mp3|wav|aac|amr|ogg|opus|3gp)\b[^<>]{0,40})</p>",
    re.I,
)


# Where a part brought in whole stands (Word's altChunk: a CMS's 'download as Word' puts the
# story there as a web page, or as a web archive with its pictures): marked in the text for
# the converter, which skips such parts, then replaced by the part's own HTML.
_CHUNK_MARK: Final = "NEWSROOM-ALT-CHUNK-"
# (its content read up to the next altChunk tag at most: a scan as long as the text)
_ALT_CHUNK: Final = re.compile(
    rb"<w:altChunk\b[^>]*?\br:id=\"([^\"]+)\"[^>]*?"
    rb"(?:/>|>(?:[^<]++|<(?!/?w:altChunk\b))*+</w:altChunk>)"
)
_RELATIONSHIP: Final = re.compile(rb"<Relationship\b[^>]*>")
_ATTRIBUTE: Final = re.compile(rb'(\w+)="([^"]*)"')
_BODY: Final = re.compile(r"<body\b[^>]*>(.*)</body>", re.S | re.I)


def _alt_chunks(data: bytes, images: dict[str, bytes], shown: str) -> tuple[bytes, list[str]]:
    """The file with each part it brings in whole marked in its text, and each such part's
    HTML in order (its pictures put in `images` by the names the HTML gives them), its
    citations left out ('(Palouse Rental Registry, 2026)', a field a paper's reference list
    fills); the file as it is when it brings in none and cites nothing."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        main = word_main_part(archive)
        document = archive.read(main)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error):
        return data, []  # (the converter refuses it, with its reason)
    # (nearly every file gives its page's size: only a picture of that size, a scanned page,
    # makes a file one to prepare)
    page = _page_height(document)
    scanned = _page_pictures(document, page)
    notes = _note_greys(document) if b"<w:color" in document else set()
    paired = other_language_marked(document) if b"<w:lang " in document else None
    if not scanned and not notes and not paired and not any(m in document for m in _PREPARED):
        return data, []
    document = paired or document
    targets = _relationships(archive, main)
    chunks: list[str] = []

    def mark(found: re.Match[bytes]) -> bytes:
        html = _chunk_html(archive, targets.get(found.group(1), ""), images, shown)
        if html is None:
            return b""
        chunks.append(html)
        return f"<w:p><w:r><w:t>{_CHUNK_MARK}{len(chunks) - 1}</w:t></w:r></w:p>".encode()

    if b"<w:citation/>" in document:  # (marked, so the space before it goes too)
        document = _CITATION.sub(f"<w:r><w:t>{_CITED}</w:t></w:r>".encode(), document)
    if _COVER_PAGE in document:
        document = _BOUND.sub(_cover_field, document)
    if b"<m:oMath" in document:
        document = _MATH.sub(_math_text, document)
    if _INK in document:
        document = _INK_PICTURE.sub(b"", document)
    if b"decorative" in document or b"webVideoPr" in document or scanned:
        document = _DRAWING.sub(lambda found: _story_picture(found, page), document)
    if b"txbxContent" in document:
        document = _boxes_opened(document)
    if b"<v:imagedata" in document:
        document = _VML_PICTURE.sub(_described_drawing, document)
    if b'="Rupee' in document:  # (a rupee sign typed as a font draws it)
        document = _RUPEE_RUN.sub(_rupee_signs, document)
    if b"<w:ruby>" in document:
        document = _RUBY_RUN.sub(rb"\g<base>", document)
    if notes:
        document = _GREY_NOTE.sub(
            lambda found: b"" if found.group("grey").upper() in notes else found.group(0), document
        )
    if b"<w:fldSimple" in document:
        document = _SIMPLE_FIELD.sub(b"", document)
    if _PAGE_BREAK in document:
        document = _PAGE_BREAK_PARAGRAPH.sub(
            f"<w:p><w:r><w:t>{_PAGE_MARK}</w:t></w:r></w:p>".encode(), document
        )
    if b"<w:dstrike" in document:  # (struck twice: struck, as the converter reads once)
        document = _DOUBLE_STRIKE.sub(b"<w:strike/>", document)
    if b'w:val="black"' in document or b'w:fill="000000"' in document:
        document = _RUN_STYLE.sub(_blacked_out, document)
    marked = _ALT_CHUNK.sub(mark, document) if b"altChunk" in document else document
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in archive.infolist():
            try:
                copy.writestr(item, marked if item.filename == main else archive.read(item))
            except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, KeyError):
                continue  # a damaged part: left out, as the converter leaves out parts unread
    return out.getvalue(), chunks


# a pen's ink on the page: the graphic's kind (not the namespace every file Word writes
# declares at its root)
_INK: Final = b'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingInk"'
# A page break in a paragraph of its own, as a PDF's export to Word sets one between two
# pages, even in the middle of a sentence ('... for roads and building' / 'foundations, and
# ...'): marked for the converter, which drops it, and the sentence's halves joined where the
# first goes on past the mark (it ends in no stop) and the second goes on from it (it opens
# in lowercase).
_PAGE_BREAK: Final = b'<w:br w:type="page"/>'
_PAGE_BREAK_PARAGRAPH: Final = re.compile(
    rb"<w:p\b[^>/]*>(?:<w:pPr>(?:[^<]|<(?!/w:pPr>))*</w:pPr>)?"
    rb"<w:r\b[^>/]*>(?:<w:rPr>(?:[^<]|<(?!/w:rPr>))*</w:rPr>)?" + _PAGE_BREAK + rb"</w:r></w:p>"
)
_PAGE_MARK: Final = "NEWSROOM-PAGE-BREAK"
# (the second half's first word all in small letters: a crosshead at a page's foot over a
# paragraph opening with 'iTaukei' or 'eBay' stays two paragraphs)
_SPLIT_BY_PAGE: Final = re.compile(
    rf"(?<=[a-z0-9,;])</p><p>{_PAGE_MARK}</p><p>(?=[a-z]+(?![A-Za-z]))"
)
# what the file is read for before the converter sees it
_PREPARED: Final = (
    *(b"altChunk", b"<w:citation/>", b"decorative", b"webVideoPr", b"txbxContent"),
    _PAGE_BREAK,
    b'<w:docPartGallery w:val="Cover Pages"/>',
    b"<m:oMath",
    b"<w:dstrike",
    b"<w:fldSimple",
    b"<w:ruby>",
    b'="Rupee',
    _INK,
    *(b'w:val="black"', b'w:fill="000000"'),
    b"<v:imagedata",
)
# a run's properties, and the marks in them of words a lawyer's read blacks out: black
# highlighting or black shading behind the words ('<w:highlight w:val="black"/>',
# '<w:shd w:val="clear" w:fill="000000"/>'), under black or automatic text, not white
# text reversed out of a black box; with changes tracked, the run's old properties in its
# '<w:rPrChange>' (a '<w:rPr>' within the '<w:rPr>') are what it was, not what it is
_RUN_STYLE: Final = re.compile(
    rb"<w:rPr>(?P<own>(?:(?!</?w:rPr>|<w:rPrChange\b).)*)"
    rb"(?P<change><w:rPrChange\b(?:(?!</?w:rPrChange\b).)*</w:rPrChange>)?\s*</w:rPr>",
    re.S,
)
_BLACK_BEHIND: Final = re.compile(
    rb'<w:highlight w:val="black"\s*/>|<w:shd\b[^>]*\bw:fill="000000"[^>]*/>'
)
_LIGHT_TEXT: Final = re.compile(rb'<w:color w:val="(?:FFFFFF|F[0-9A-F]F[0-9A-F]F[0-9A-F])"', re.I)


def _blacked_out(found: re.Match[bytes]) -> bytes:
    """A run's properties, with words blacked out marked struck: cut text, as a lawyer's read
    cuts it ('... the ballot.<black>Several tenants say ...</black>'), which the story as it
    may run leaves out, as it leaves out words struck through."""
    style, change = found.group("own"), found.group("change") or b""
    if not _BLACK_BEHIND.search(style) or _LIGHT_TEXT.search(style):
        return found.group()
    return b"<w:rPr>" + style + b"<w:strike/>" + change + b"</w:rPr>"


# a run holding Word's phonetic guide (a character with its reading set small over it, hanyu
# pinyin over Chinese, furigana over Japanese): the run stands for the runs of its base, the
# character as the sentence holds it; the reading is an aid for whoever reads the draft, not
# words of the story, which a converter that skips the guide loses with its base and one that
# reads every run runs into the text ('柔róu佛fó'); the run as Word writes it, with its
# revision marks ('<w:r w:rsidR="00D53A4B">'), or bare as other programs write it
_RUBY_RUN: Final = re.compile(
    rb"<w:r(?:\s[^>]*)?>(?:<w:rPr>(?:(?!</?w:r[ >]).)*?</w:rPr>)?\s*<w:ruby>"
    rb"(?:(?!</?w:ruby>).)*?<w:rubyBase>(?P<base>(?:(?!</?w:ruby>).)*?)</w:rubyBase>"
    rb"\s*</w:ruby>\s*</w:r>",
    re.S,
)
# a run's properties that set it in a grey, up to its text: the properties read once, up to
# their one colour and to their close or another run's (a file of properties never closed,
# or of colour after colour, is read in linear time)
_GREY_PROPERTIES: Final = (
    rb"<w:r(?: [^>]*)?>\s*<w:rPr>(?:(?!</?w:rPr>|<w:color\b).)*+"
    rb'<w:color w:val="(?P<grey>[5-9A-B][0-9A-F])(?P=grey)(?P=grey)"'
    rb"(?:(?!</?w:rPr>).)*+</w:rPr>\s*<w:t(?: [^>]*)?>"
)
# a run set in grey whose words are all in square brackets, inside a paragraph of the story:
# a note the writer left the desk beside the words it is about, as a correspondent types a
# translated quote's original after it for checking ('[BM: “...”]'), not the story's text
_GREY_NOTE: Final = re.compile(
    _GREY_PROPERTIES + rb"\s*\[[^\[\]<]{1,600}\]\s*</w:t>\s*</w:r>", re.S | re.I
)
# a run set in grey, its colour and its text: the story's own text in a template that sets
# it grey (Word's 'Text 1, lighter 35%': '595959') is no note, nor its brackets
_GREY_RUN: Final = re.compile(_GREY_PROPERTIES + rb"(?P<text>[^<]*)</w:t>", re.S | re.I)
_TEXT: Final = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _note_greys(document: bytes) -> set[bytes]:
    """The greys the file's notes to the desk are set in ('[BM: “...”]' in '808080'): not
    one that sets most of the file's words, the text's own colour in a template that sets
    the story grey, whose brackets are the story's ('We told [the council] in March')."""
    notes = {found.group("grey").upper() for found in _GREY_NOTE.finditer(document)}
    if not notes:
        return notes
    words = sum(len(text.strip()) for text in _TEXT.findall(document))
    greyed: dict[bytes, int] = {}
    for run in _GREY_RUN.finditer(document):
        grey = run.group("grey").upper()
        greyed[grey] = greyed.get(grey, 0) + len(run.group("text").strip())
    return {grey for grey in notes if greyed.get(grey, 0) * 2 <= words}


# a simple field's bounds, around the runs that hold its result as Word last showed it: the
# number Insert Caption gives a picture ('Gambar <SEQ Gambar>1</SEQ>: ...'), which the
# converter, reading no such field, would leave out; the runs are kept, the bounds go
_SIMPLE_FIELD: Final = re.compile(rb"<w:fldSimple\b[^>]*?/>|<w:fldSimple\b[^>]*>|</w:fldSimple>")
# text struck through twice, which the converter does not read as struck: a comparison's
# redline sets the words a paragraph moved from so ('Moved from'), as it sets deleted words
# struck once; they are no text of the story as it now stands
_DOUBLE_STRIKE: Final = re.compile(rb'<w:dstrike(?: w:val="(?:1|true|on)")?\s*/>')
# a run set in a rupee font (Rupee Foradian and its like, from the years before the rupee sign
# was in Unicode), which draws the sign for the grave accent's key: its properties, then its
# text; the sign as the page shows it is the story's ('`1,120-crore' is '₹1,120-crore')
# (each part read no further than the next run's start: a run left open ends nowhere, and a
# file of them is read in linear time)
_RUPEE_RUN: Final = re.compile(
    rb"(<w:r\b[^>]*>\s*<w:rPr>(?:(?!</?w:rPr>|<w:r\b).)*?"
    rb'<w:rFonts\b[^>]*?\bw:(?:ascii|hAnsi)="Rupee[^"]*"(?:(?!</?w:rPr>|<w:r\b).)*</w:rPr>)'
    rb"((?:(?!</?w:r\b).)*)</w:r>",
    re.S,
)


def _rupee_signs(found: re.Match[bytes]) -> bytes:
    """A run in a rupee font with the grave accents it draws as rupee signs written as them."""
    text = found.group(2).replace(b"`", "\u20b9".encode())
    return found.group(1) + text + b"</w:r>"


# an equation (Office Math), which the converter leaves out: its text as a run of the
# paragraph ('we calculated backlog rate = open cases ÷ judge-days available, then ...')
_MATH: Final = re.compile(rb"<m:oMath>(?:(?!</?m:oMath>).)*</m:oMath>", re.S)
_MATH_TEXT: Final = re.compile(rb"<m:t(?: [^>]*)?>([^<]*)</m:t>")


def _math_text(found: re.Match[bytes]) -> bytes:
    text = b"".join(_MATH_TEXT.findall(found.group()))
    return b'<w:r><w:t xml:space="preserve">' + text + b"</w:t></w:r>" if text else b""


# A cover page Word inserts: its fields are content controls bound to the document's
# properties, each named by its alias ('Title', 'Subtitle', 'Author', 'Abstract', 'Company',
# 'Publish Date'); the story's fields are labelled as a draft labels them ('HED: ...'), the
# others (an abstract, a company, an e-mail address, a date) left out.
_COVER_PAGE: Final = b'<w:docPartGallery w:val="Cover Pages"/>'
_BOUND: Final = re.compile(
    rb"<w:sdt>(?:(?!</?w:sdt>).){0,2000}?<w:alias w:val=\"(?P<alias>[^\"]{1,40})\"/>"
    rb"(?:(?!</?w:sdt>).)*?</w:sdt>",
    re.S,
)
_COVER_LABELS: Final = {b"Title": "HED", b"Subtitle": "DEK", b"Author": "BYLINE"}
_COVER_LEFT_OUT: Final = frozenset(
    (b"Abstract", b"Company", b"Email", b"Company Address", b"Company Phone", b"Publish Date")
)
_FIRST_TEXT: Final = re.compile(rb"<w:t(?: [^>]*)?>")


def _cover_field(found: re.Match[bytes]) -> bytes:
    """A cover page's field: the story's labelled, another left out, any other as it is."""
    alias = found.group("alias")
    if alias in _COVER_LEFT_OUT:
        return b""
    label = _COVER_LABELS.get(alias)
    if label is None or b"<w:showingPlcHdr/>" in found.group():
        return found.group()  # (a field its placeholder fills: '[Document title]', as it is)
    text = _FIRST_TEXT.search(found.group())
    if text is None:
        return found.group()
    at = text.end()
    return found.group()[:at] + f"{label}: ".encode() + found.group()[at:]


# A pen's ink on the page (a tablet's annotation: a circle, a tick, a word written by hand),
# which Word stores as an ink part with a picture of the strokes as the fallback that the
# converter reads: a mark on the copy, no picture of the story.
_INK_PICTURE: Final = re.compile(
    rb"<mc:AlternateContent\b(?:(?!</?mc:AlternateContent\b).)*?"
    + re.escape(_INK)
    + rb"(?:(?!</?mc:AlternateContent\b).)*</mc:AlternateContent>",
    re.S,
)
# (the innermost drawing: one in a text box's drawing is read alone, in one pass)
_DRAWING: Final = re.compile(rb"<w:drawing>(?:(?!<w:drawing>).)*?</w:drawing>", re.S)
_DECORATIVE: Final = re.compile(rb"<adec:decorative\b[^>]*\bval=\"(?:1|true)\"")


# A picture as Word 2003 and older set it, in VML: its alt text on its shape, and on its
# image data the title Word gives it, the file's name but for its kind unless the writer
# changed it ('<w:pict><v:shape ... alt="A grader on the airstrip"><v:imagedata r:id="rId7"
# o:title="airstrip_grader"/></v:shape></w:pict>'). The converter reads neither, so such a
# picture is set as the drawing a later Word writes, described by its alt text, or by its
# title when that is words and not a file's name.
_VML_PICTURE: Final = re.compile(rb"<w:pict\b[^>]*>(?:[^<]++|<(?!/w:pict>))*+</w:pict>")
_VML_SHAPE: Final = re.compile(rb"<v:shape\b[^>]*>")
_IMAGE_DATA: Final = re.compile(rb"<v:imagedata\b[^>]*>")
_QUALIFIED: Final = re.compile(rb'([\w:]+)="([^"]*)"')
_DRAWING_OF: Final = (
    b'<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
    b'wordprocessingDrawing"><wp:docPr id="0" name="" descr="%s"/><a:graphic xmlns:a="http:'
    b'//schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.'
    b'openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.'
    b'openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="%s"/>'
    b"</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
)


def _described_drawing(found: re.Match[bytes]) -> bytes:
    """A VML picture with alt text or a title of words as a drawing described by it;
    anything else as it is (a text box, a shape, a picture known by its file's name)."""
    pict = found.group()
    data = _IMAGE_DATA.search(pict)
    if data is None or b"txbxContent" in pict:
        return pict
    shape = _VML_SHAPE.search(pict)
    alt = dict(_QUALIFIED.findall(shape.group())).get(b"alt", b"") if shape else b""
    attributes = dict(_QUALIFIED.findall(data.group()))
    title, relationship = attributes.get(b"o:title", b""), attributes.get(b"r:id")
    if b" " not in title.strip() or b"_" in title:
        title = b""  # ('council_vote', 'IMG_4471': a file's name, which describes nothing)
    description = alt.strip() or title.strip()
    if not description or not relationship:
        return pict
    return _DRAWING_OF % (description, relationship)


def _story_picture(found: re.Match[bytes], page: int) -> bytes:
    """A drawing as it stands, or nothing when it is no picture of the story: one its author
    marked decorative (an icon), the poster of an online video Word embeds, or a page
    scanned and set as a picture the size of a page (a signed letter, its text in the
    picture: a document, not a photograph of the story)."""
    drawing = found.group()
    if _DECORATIVE.search(drawing) or b"webVideoPr" in drawing:
        return b""
    extent = _EXTENT.search(drawing)
    if extent and page and _page_shaped(int(extent.group("cx")), int(extent.group("cy")), page):
        return b""
    return drawing


# a drawing's size on the page and a section's page height, in EMUs and in twips
_EXTENT: Final = re.compile(rb'<wp:extent\s+cx="(?P<cx>\d{1,12})"\s+cy="(?P<cy>\d{1,12})"')
_PAGE_HEIGHT: Final = re.compile(rb'<w:pgSz\b[^>]*?\bw:h="(\d{1,6})"')
_EMU_PER_TWIP: Final = 635
# a sheet's height over its width: from US Letter's (11 by 8.5 inches, 1.29) to US Legal's
# (14 by 8.5, 1.65), A4's 1.41 between; and the share of the page's height a page's scan
# fills, set within the margins or over the whole sheet
_SHEET_SHAPE: Final = (1.2, 1.7)
_SHEET_SHARE: Final = 0.75


def _page_height(document: bytes) -> int:
    """The height of the tallest page the file's sections set, in EMUs (0 when none does)."""
    heights = [int(h) for h in _PAGE_HEIGHT.findall(document)]
    return max(heights, default=0) * _EMU_PER_TWIP


def _page_pictures(document: bytes, page: int) -> bool:
    """Whether any drawing of the file is the size and shape of its page, `page` high."""
    return page > 0 and any(
        _page_shaped(int(found.group("cx")), int(found.group("cy")), page)
        for found in _EXTENT.finditer(document)
    )


def _page_shaped(width: int, height: int, page: int) -> bool:
    """Whether a picture of this size is a sheet of paper filling most of the page's height:
    a photograph set in a story is wider than it is that tall, or smaller."""
    low, high = _SHEET_SHAPE
    return width > 0 and height >= page * _SHEET_SHARE and low <= height / width <= high


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# the most text outside text boxes for a file to be one laid out in them (a newsletter's)
_LAID_OUT_IN_BOXES: Final = 200
_FIGURE_PARAGRAPHS: Final = 4  # (the most paragraphs of a box holding a figure: its picture,
# its caption and credit)


def _boxes_opened(document: bytes) -> bytes:
    """A file laid out in text boxes (a newsletter from Word's template: the masthead, the
    story in a chain of linked boxes, the captions, all in boxes, and nothing outside them)
    with each box's paragraphs set in the text where the box is anchored, as the converter,
    which reads no box, would otherwise find no text at all. A file with text of its own
    keeps its boxes (a pull quote, a sidebar) out, as before, but for a figure's: a box
    holding a picture and its caption is opened where it stands."""
    from lxml import etree  # (the converter's own XML library)

    try:
        root = etree.fromstring(document, etree.XMLParser(resolve_entities=False, huge_tree=False))
    except etree.XMLSyntaxError:
        return document
    body = root.find(f"{_W}body")
    if body is None:
        return document
    outside = sum(
        len(t.text or "")
        for t in body.iter(f"{_W}t")
        if not any(a.tag == f"{_W}txbxContent" for a in t.iterancestors())
    )
    figures_only = outside > _LAID_OUT_IN_BOXES  # (a file with text of its own: its figures)
    opened = False
    for paragraph in list(body):
        if figures_only:
            opened = _boxes_marked(paragraph) or opened
        boxes = [
            box
            for box in paragraph.iter(f"{_W}txbxContent")
            if not any(a.tag in (f"{_W}txbxContent", f"{_MC}Fallback") for a in box.iterancestors())
            and (not figures_only or _figure_box(box))
        ]
        if not boxes:
            continue
        at = body.index(paragraph)
        held = [child for box in boxes for child in box if child.tag in (f"{_W}p", f"{_W}tbl")]
        opened = opened or bool(held)
        for n, child in enumerate(held):
            body.insert(at + 1 + n, child)  # (moved out: the box is left empty, its picture
            # and anything else of the paragraph where they were)
    if figures_only and not opened:
        return document
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


_PICTURE: Final = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
# the edges of a text box the converter reads, marked in its text: see _boxes_marked
BOX_OPENS: Final = "NEWSROOM-TEXT-BOX-OPENS"
BOX_SHUTS: Final = "NEWSROOM-TEXT-BOX-SHUTS"


def _boxes_marked(paragraph: Any) -> bool:
    """Mark the edges of each text box of words alone that Word writes twice in a paragraph
    (its shape, and the same box as a VML drawing for older readers, which the converter
    reads where the box is anchored: a note to editors, a sidebar), so that its paragraphs
    are read as one box, not as the story's next paragraphs; whether there was one."""
    from lxml import etree

    marked = False
    for fallback in paragraph.iter(f"{_MC}Fallback"):
        for box in fallback.iter(f"{_W}txbxContent"):
            if next(box.iter(f"{_W}drawing", f"{_W}pict"), None) is not None:
                continue  # (a figure's box: its picture and caption)
            opens, shuts = (
                etree.fromstring(f'<w:p xmlns:w="{_W[1:-1]}"><w:r><w:t>{mark}</w:t></w:r></w:p>')
                for mark in (BOX_OPENS, BOX_SHUTS)
            )
            box.insert(0, opens)
            box.append(shuts)
            marked = True
    return marked


def _figure_box(box: Any) -> bool:
    """Whether a text box is a figure set beside the text: a picture and the words under it
    (a graphics box as WordPerfect saves one, a caption in Word's frame), read where it is
    anchored; not a pull quote or a sidebar, which hold no picture."""
    paragraphs = [child for child in box if child.tag == f"{_W}p"]
    pictured = [p for p in paragraphs if next(p.iter(_PICTURE), None) is not None]
    # (not one Word writes twice, with a drawing of the frame for older readers, which the
    # converter reads: its picture would be read twice)
    alternate = any(a.tag == f"{_MC}AlternateContent" for a in box.iterancestors())
    return bool(pictured) and len(paragraphs) <= _FIGURE_PARAGRAPHS and not alternate


_CITED: Final = "\ue000"  # where a citation stood, in the converted text
# a citation Word inserts from its sources list: a content control marked <w:citation/>
_CITATION: Final = re.compile(
    rb"<w:sdt>(?:(?!</?w:sdt>).){0,400}?<w:citation/>(?:(?!<w:sdt>).)*?</w:sdt>", re.S
)


def _relationships(archive: zipfile.ZipFile, main: str) -> dict[bytes, str]:
    """The main part's relationships: each id's part, by its name in the archive."""
    folder, name = posixpath.split(main)
    try:
        rels = archive.read(posixpath.join(folder, "_rels", name + ".rels"))
    except KeyError:
        return {}
    targets = {}
    for tag in _RELATIONSHIP.findall(rels):
        attributes = dict(_ATTRIBUTE.findall(tag))
        if attributes.get(b"TargetMode") == b"External" or b"Id" not in attributes:
            continue
        target = attributes.get(b"Target", b"").decode("utf-8", "replace")
        name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        targets[attributes[b"Id"]] = posixpath.normpath(name)
    return targets


def _chunk_html(
    archive: zipfile.ZipFile, name: str, images: dict[str, bytes], shown: str
) -> str | None:
    """The HTML of a part brought in whole: a web page, or a web archive (MHT) whose
    pictures go into `images`; None for a part of another kind (RTF, another Word file)."""
    try:
        part = archive.read(name)
    except (KeyError, ValueError, OSError, EOFError, zipfile.BadZipFile, zlib.error):
        return None
    if name.lower().endswith((".mht", ".mhtml")) or part.lstrip()[:12].lower() in (
        b"mime-version",
        b"content-type",
    ):
        return _archive_html(part, images, shown)
    if not name.lower().endswith((".htm", ".html", ".xhtml")):
        return None
    return _inside_body(_decoded(part, declared_charset(part[:4096]) or "utf-8"))


def _archive_html(part: bytes, images: dict[str, bytes], shown: str) -> str | None:
    """A web archive's page, its pictures into `images` under the names the page gives
    them (their Content-Location, or 'cid:' and their Content-ID)."""
    try:
        pieces = list(email.message_from_bytes(part, policy=email.policy.compat32).walk())
    except RecursionError:  # (an archive nested thousands deep: no CMS writes one)
        raise InputError(
            "brings in a web archive nested too deep to read; open it in Word, save it again "
            "as .docx and file that",
            path=shown,
        ) from None
    html = None
    for piece in pieces:
        if piece.is_multipart():
            continue
        kind = piece.get_content_type()
        payload = piece.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if kind == "text/html" and html is None:
            html = _inside_body(_decoded(payload, piece.get_content_charset() or "utf-8"))
        elif kind in _TYPES and len(payload) <= MAX_MEDIA:
            for name in (piece.get("Content-Location"), piece.get("Content-ID")):
                if name:
                    key = str(name).strip()
                    images[f"cid:{key.strip('<>')}" if key.startswith("<") else key] = payload
    return html


def _decoded(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", errors="replace")


def _inside_body(html: str) -> str:
    found = _BODY.search(html)
    return found.group(1) if found else html


# What a Word file may unpack to. Its own size is bounded before it is read, but a few
# hundred kilobytes can unpack to gigabytes (an image or a run of spaces deflated), and the
# converter's XML reading slows sharply on a huge document part: a real draft's text is a
# few megabytes at most, its photos tens.
MAX_PART: Final = 8 * 1024 * 1024  # each XML part: the text, styles, notes
MAX_MEDIA: Final = 40 * 1024 * 1024  # each image
MAX_TOTAL: Final = 100 * 1024 * 1024


def _refuse_inflated(data: bytes, shown: str) -> None:
    """Refuse a .docx whose parts would unpack past the bounds (the sizes its zip directory
    declares, which reading enforces: a part that unpacks to more is damaged)."""
    try:
        parts = zipfile.ZipFile(BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return  # the converter refuses it, with its reason
    total = 0
    for part in parts:
        media = part.filename.startswith("word/media/")
        if part.file_size > (MAX_MEDIA if media else MAX_PART):
            raise InputError(
                f"unpacks {part.filename} to {part.file_size // (1024 * 1024)} MB, more than "
                f"a Word draft holds; save the document again without it and file that",
                path=shown,
            )
        total += part.file_size
    if total > MAX_TOTAL:
        raise InputError(
            f"unpacks to {total // (1024 * 1024)} MB, more than a Word draft holds; save the "
            "document with smaller images and file that",
            path=shown,
        )


def _why(exc: BaseException) -> str:
    said = " ".join(str(exc).split())[:80]
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__

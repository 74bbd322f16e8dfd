"""Reading a filed document: its bytes, the format they really are, their text encoding.

The file's name says what it should be; its bytes say what it is. A file whose bytes are of
another format newsroom files (a page saved as .txt) is read as what it is, and the report
says so; anything else (a PDF, an old .doc or a password-protected Word file, a ZIP archive,
binary data) is refused in one line saying what to do.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Final

from newsroom.errors import InputError, UsageError
from newsroom.store.files import what_is_there

MAX_BYTES: Final = 10 * 1024 * 1024
FORMATS: Final = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdx": "md",  # MDX: Markdown with a site's components in it, read as Markdown is
    ".svx": "md",  # mdsvex: Markdown compiled into a Svelte page, read as MDX is
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
NAMES: Final = {"txt": "text", "md": "Markdown", "html": "HTML", "docx": "a Word file"}
_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Word 97 file, or an encrypted .docx
_HTML_START: Final = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# a tag of a page's text (its attributes bounded, so that a search of a page of stray '<p'
# stays linear); a site's head can run to megabytes of script before the first one
_TAGS: Final = re.compile(
    r"<(?:p|div|br|h[1-6]|article|span|a|img|figure|section|pre)\b[^<>]{0,4000}>", re.I
)
_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True)
class Document:
    """A document to file: its bytes as they are, the format they hold, and its text (for
    every format but a Word file), with line breaks made LF."""

    path: Path
    data: bytes
    format: str
    text: str
    notes: tuple[str, ...] = ()


def read_document(path: Path) -> Document:
    """The document at `path`, or an error in one line saying why it cannot be filed."""
    shown = str(path)
    named = FORMATS.get(path.suffix.lower())
    if named is None:
        raise UsageError(
            f"cannot file a '{path.suffix or 'nameless'}' file; file a .txt, .md, .mdx, "
            ".svx, .html, .htm or .docx document",
            path=shown,
        )
    data = _bytes(path)
    real = _format(data, named, shown)
    said = f"read as {NAMES[real]}: the file's name says {NAMES[named]}"
    notes = () if real == named else (said,)
    if real == "docx":
        return Document(path, data, real, "", notes)
    text = decode(data, shown)
    if real == "html" and not _TAGS.search(text):
        real, notes = "txt", (*notes, "read as text: the page holds no HTML tags")
    return Document(path, data, real, text, notes)


def _bytes(path: Path) -> bytes:
    shown = str(path)
    try:
        if not path.is_file():
            raise UsageError(
                f"{what_is_there(path)}; give the path of the document to file", path=shown
            )
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"is {size / 1024 / 1024:.1f} MB, more than newsroom files "
                f"({MAX_BYTES // 1024 // 1024} MB); save the page without its images, or copy "
                "its text into a .txt file and file that",
                path=shown,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=shown) from None
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError("is empty; there is nothing to file", path=shown)
    return data


def _format(data: bytes, named: str, shown: str) -> str:
    """The format `data` really holds, or an InputError for one newsroom does not file."""
    if data.startswith(_OLE):
        raise InputError(
            "is a password-protected Word file or an old .doc; open it in Word, remove the "
            "password and save it as .docx, then file that",
            path=shown,
        )
    if data.startswith(b"%PDF"):
        raise InputError("is a PDF; copy its text into a .txt file and file that", path=shown)
    if data.startswith(b"PK\x03\x04"):
        if not _is_docx(data):
            raise InputError(
                "is a ZIP archive, not a Word document; file the .docx, .html, .md or .txt "
                "inside it",
                path=shown,
            )
        return "docx"
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return "html"
    if named == "docx":
        return "txt"  # text named .docx: read as the text it is (binary noise is refused)
    return named


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return word_main_part(archive) in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True  # a damaged Word file: the converter says what is wrong with it


# the package's relationship to its main part: the part Word opens, whatever its name
_MAIN_PART: Final = re.compile(
    rb"<Relationship\b(?=[^>]*\bType=\"[^\"]*/officeDocument\")[^>]*\bTarget=\"([^\"]+)\""
)


def word_main_part(archive: zipfile.ZipFile) -> str:
    """The name of a Word file's main part, found as Word finds it: through the package's
    relationship, since Word for the web can save it as 'word/document2.xml'; the usual
    name when the package does not say."""
    try:
        found = _MAIN_PART.search(archive.read("_rels/.rels"))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        found = None
    if found is None:
        return "word/document.xml"
    return posixpath.normpath(found.group(1).decode("utf-8", "replace").lstrip("/"))


def decode(data: bytes, shown: str) -> str:
    """The text of `data`: UTF-8, UTF-16 or UTF-32 (with a byte order mark, or UTF-16
    without one), Mac Roman where XPress Tags' header says so or the lines end as only a
    classic Mac ended them, the charset an HTML page declares, else Windows-1252; refused as binary
    when it holds control characters no text has."""
    text = _decoded(data)
    if text is not None and _FRAMING.search(text):
        text = _FRAMING.sub("", text)  # (a teleprinter's framing, before binary is told apart)
    if text is None or len(_CONTROL.findall(text[:100_000])) > max(2, len(text[:100_000]) // 200):
        raise InputError(
            "is not text (it holds binary data); file a .txt, .md, .html or .docx document",
            path=shown,
        )
    return without_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))


# a teleprinter's framing around each take, never text: start of heading, start and end of
# text, end of transmission, synchronous idle, end of block
_FRAMING: Final = re.compile("[\x01-\x04\x16\x17]")


# Characters that show nothing: a run of them is a hidden code some editors write into text
# to trace it (a CMS's preview), never words; alone, a zero-width space, word joiner or byte
# order mark is nothing either (a zero-width joiner or non-joiner alone is kept: it shapes
# an emoji or a script's letters).
_INVISIBLE: Final = re.compile("[\u200b-\u200d\u2060\ufeff]{2,}|[\u200b\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """`text` without the characters that show nothing and say nothing."""
    return _INVISIBLE.sub("", text) if _MAY_BE_INVISIBLE.search(text) else text


_MAY_BE_INVISIBLE: Final = re.compile("[\u200b-\u200d\u2060\ufeff]")


def declared_charset(head: bytes) -> str | None:
    """The charset a page's head declares ('<meta charset="windows-1252">'), or None."""
    found = _CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def _decoded(data: bytes) -> str | None:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _try(data, codec)
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):  # UTF-16 with no mark
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return _try(data, "utf-16-le" if odd > even else "utf-16-be")
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if _XPRESS_MAC_ROMAN.match(head):  # XPress Tags saved on a Mac say so: '<v8.00><e0>'
        return _try(data, "mac-roman")
    if _classic_mac(data):
        return _mac_or_windows(data)
    declared = declared_charset(head)
    charset = _web_encoding(declared) if declared else None
    if charset:
        text = _try(data, charset)
        if text is not None:
            return text
    return _windows_text(data)


def _windows_text(data: bytes) -> str:
    """Text a Windows program saved in the system's own code page: Western European's,
    unless its words are Greek. A Greek Windows writes Windows-1253, whose letters the
    Western code page reads as words of accented letters alone ('ÖÙÔÏÃÑÁÖÉÅÓ'), as no
    Western word is spelled; the Cyrillic code page's bytes are not all Greek letters, so a
    Russian text (its 'Т' and 'я') never reads as Greek."""
    western = _try(data, "cp1252")
    if western is None:
        return data.decode("latin-1")
    words = _WESTERN_WORD.findall(western)
    accented = sum(1 for word in words if _ACCENTED_ONLY.fullmatch(word))
    if accented >= _GREEK_WORDS and accented * 2 >= len(words):
        return _try(data, "cp1253") or western
    return western


# a word with a letter past ASCII, and one of those letters alone, as the Western code page
# reads a Greek word's bytes
_WESTERN_WORD: Final = re.compile(r"\w*[À-ÿ]\w*")
_ACCENTED_ONLY: Final = re.compile(r"[À-ÿ]{2,}")
_GREEK_WORDS: Final = 3


# the control characters no story's text holds and XML cannot hold
_SHOWN_CONTROLS: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_escape(code: int) -> str:
    """A control character as the text of its escape (ESC as '\\x1b')."""
    return f"\\x{code:02x}"


def visible_controls(text: str) -> str:
    """Control characters, which no story's text holds and lxml cannot hold, as their
    escapes: story text is data, shown as it is."""
    return _SHOWN_CONTROLS.sub(lambda m: control_escape(ord(m.group())), text)


# QuarkXPress's XPress Tags header naming Mac Roman as the file's encoding ('<e0>'; '<e1>' is
# Windows text, '<e9>' Unicode)
_XPRESS_MAC_ROMAN: Final = re.compile(rb"^<v\d+(?:\.\d+)*><e0>")


def _classic_mac(data: bytes) -> bool:
    """Whether `data` is text a classic Mac OS program wrote (AppleWorks, SimpleText): its
    lines end in a carriage return alone, as only that system ended them, and its bytes past
    ASCII are then in the system's own encoding, Mac Roman, not Windows'."""
    return b"\r" in data and b"\n" not in data and not _HTML_START.match(data[:4096])


# a letter past ASCII that no word holds where it stands: a capital after a small letter
# ('CafÈ', 'WeÕve'), or a letter standing alone between spaces (' ó ', a dash misread)
_MISREAD: Final = re.compile(r"(?<=[a-z])[À-ÞŒŠŽŸ]|(?<![^\s])[^\x00-\x7f\W](?![^\s])")


def _mac_or_windows(data: bytes) -> str | None:
    """Text whose lines end as a classic Mac's did, in Mac Roman unless it reads better as
    Windows text: a Windows program's text whose line ends were changed on the way (a web
    form's paste, a converter's output) has curly quotes and accents Mac Roman garbles into
    capitals inside words and letters standing alone."""
    mac = _try(data, "mac-roman")
    windows = _try(data, "cp1252")
    if mac is None or windows is None:
        return mac or windows
    return windows if len(_MISREAD.findall(windows)) < len(_MISREAD.findall(mac)) else mac


# The encodings a page can declare (the WHATWG Encoding Standard's, as Python names them); a
# page declaring another (UTF-16 in a page of single bytes, a codec that is no encoding of
# text at all) is read as if it declared none.
_WEB_ENCODINGS: Final = frozenset(
    codecs.lookup(name).name
    for name in (
        *("utf-8", "ibm866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874"),
        *(f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
        *(f"cp{n}" for n in range(1250, 1259)),
        *("gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr"),
    )
)


def _web_encoding(label: str) -> str | None:
    """The codec of an encoding a page declares, if it is one pages may declare."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1"):
        return "cp1252"  # as browsers read 'iso-8859-1'
    return name if name in _WEB_ENCODINGS else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):  # 'undefined' is a codec that always fails
        return None

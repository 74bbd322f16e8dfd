# ruff: noqa: E501  (documents as reporters file them, a line a paragraph)
"""Shapes the seventeenth filing round reads right (found on held-out-13's first half): a site
builder's blog post whose theme wraps the post in a class that says 'sidebar', pictures whose
alt is the builder's word for any picture, a CMS's 'download as Word' whose story is a web
page (or a web archive) brought in whole, and a draft preview whose text carries a hidden
code of zero-width characters."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from newsroom.errors import InputError
from newsroom.filing.captions import plain_alt
from newsroom.filing.draft import Draft
from newsroom.filing.read import without_invisible
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


SITE_BUILDER = """<!doctype html><html><head><meta charset=utf-8>
<title>Fair board closes grandstand after engineer finds rot</title>
<meta property="og:title" content="Fair board closes grandstand after engineer finds rot"></head>
<body><div class=nav><a href=/>Home</a> <a href=/news>News</a></div>
<div id=wsite-content><div class="blog-sidebar-separator"><div class=blog-post>
<h2 class=blog-title>Fair board closes grandstand after engineer finds rot</h2>
<div class=blog-content>
<div class=paragraph><strong>By Carla Yellow</strong><br />Pioneer Editor<br /><br />HARLAN, Mont. – The wooden grandstand at the county fairgrounds will stay closed through next year's rodeo, the fair board decided Monday.<br /><br />The board voted 4-1 to fence off the 1948 grandstand, which seats about 1,100 people.</div>
<div class=wsite-image><img src=/uploads/post.jpg alt="Picture"><div>An engineer points out rot at the base of a post.<br />Staff photo/Jess Lind</div></div>
<div class=paragraph>Repairs would cost $240,000 to $310,000, the engineer estimated.</div>
</div></div></div>
<div class=blog-sidebar><h2>Archives</h2><a href=/a>December 2026</a></div></div>
</body></html>
"""


def test_a_post_the_theme_wraps_in_a_sidebar_class(tmp_path: Path) -> None:
    draft = read(tmp_path, "grandstand.html", SITE_BUILDER)
    assert draft.byline == ("Carla Yellow",)
    assert draft.paragraphs[0].startswith("HARLAN, Mont. – The wooden grandstand")
    assert (
        draft.paragraphs[-1] == "Repairs would cost $240,000 to $310,000, the engineer estimated."
    )
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        ("An engineer points out rot at the base of a post.", "Staff photo/Jess Lind", "")
    ]
    assert "December 2026" not in "\n".join(draft.paragraphs)  # the real sidebar


@pytest.mark.parametrize("alt", ["Picture", "image", "图片", "IMG_2041.jpg"])
def test_a_builder_s_default_alt_is_no_alt(alt: str) -> None:
    assert plain_alt(alt) == ""


def test_hidden_codes_of_zero_width_characters_are_taken_out() -> None:
    code = "\u200c\ufeff\u200d\ufeff\u200b\u200d\u200b\u200d\u200c"
    assert (
        without_invisible(f"A marsh sells carbon credits{code}") == "A marsh sells carbon credits"
    )
    assert without_invisible("zero\u200bwidth") == "zerowidth"
    # a joiner alone shapes an emoji or a script's letters and is kept
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert without_invisible(family) == family
    assert without_invisible("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )


def test_a_page_with_a_hidden_code_in_its_headline(tmp_path: Path) -> None:
    code = "\u200c\ufeff\u200d\ufeff\u200b\u200d" * 20
    draft = read(
        tmp_path,
        "marsh.html",
        f"<html><body><article><h1>Marsh sells carbon credits{code}</h1><p>By Ana Ruiz{code}</p>"
        f"<p>AWENDAW, S.C. — The first sale brought in $1.3 million.{code}</p></article></body></html>",
    )
    assert draft.headline == "Marsh sells carbon credits"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs == ("AWENDAW, S.C. — The first sale brought in $1.3 million.",)


CHUNK_HTML = """<html><head><meta charset="windows-1252"></head><body>
<h1>Dog park opens after six-year push</h1>
<p>By Wren Castell</p>
<p>LARKIN, Ore. — The county's first dog park opened Saturday, six years after a group of owners first asked for one.</p>
<p>The fenced, 3-acre park has areas for large and small dogs.</p>
</body></html>"""

MHT = """MIME-Version: 1.0
Content-Type: multipart/related; boundary="----=_NextPart_000"

------=_NextPart_000
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Location: file:///C:/export/story.htm

<html><body><h1>Drive-in adds solar roof</h1><p>By Nell Parr</p>=
<p>ROANOKE, Va. =E2=80=94 The drive-in will run on the sun this summer, its owners said.</p>=
<img src=3D"file:///C:/export/roof.jpg" alt=3D"Panels over a screen">=
<p class=3D"caption">Solar panels over the screen on Tuesday. (Photo: Nell Parr)</p></body></html>

------=_NextPart_000
Content-Type: image/jpeg
Content-Transfer-Encoding: base64
Content-Location: file:///C:/export/roof.jpg

/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AJ//Z

------=_NextPart_000--
"""


def _with_alt_chunk(tmp_path: Path, name: str, part: str, data: bytes) -> Path:
    """A Word file whose body brings in `part` whole, between two paragraphs of its own."""
    from docx import Document

    made = tmp_path / "made.docx"
    document = Document()
    document.add_paragraph("EXPORT FROM THE CMS: story 48213")
    document.add_paragraph("CHUNK-GOES-HERE")
    document.add_paragraph("END OF EXPORT")
    document.save(made)
    out = BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w") as copy:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/document.xml":
                text = content.decode()
                start = text.rfind("<w:p>", 0, text.find("CHUNK-GOES-HERE"))
                start = (
                    start if start >= 0 else text.rfind("<w:p ", 0, text.find("CHUNK-GOES-HERE"))
                )
                end = text.find("</w:p>", text.find("CHUNK-GOES-HERE")) + len("</w:p>")
                text = text[:start] + '<w:altChunk r:id="rIdChunk"/>' + text[end:]
                content = text.encode()
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/aFChunk" Target="' + part.encode() + b'"/>'
                    b"</Relationships>",
                )
            copy.writestr(item, content)
        copy.writestr(f"word/{part}", data)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def test_a_word_file_whose_story_is_a_web_page_brought_in_whole(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "dogpark.docx", "afchunk1.htm", CHUNK_HTML.encode("cp1252"))
    draft = read_draft(path)[1]
    assert draft.headline == "Dog park opens after six-year push"
    assert draft.byline == ("Wren Castell",)
    assert draft.paragraphs[0].startswith("LARKIN, Ore. — The county's first dog park")
    assert "The fenced, 3-acre park has areas for large and small dogs." in draft.paragraphs


def test_a_word_file_whose_story_is_a_web_archive(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "drivein.docx", "afchunk2.mht", MHT.encode())
    draft = read_draft(path)[1]
    assert draft.headline == "Drive-in adds solar roof"
    assert any(p.startswith("ROANOKE, Va. — The drive-in") for p in draft.paragraphs)
    [picture] = draft.images
    assert (picture.caption, picture.credit) == (
        "Solar panels over the screen on Tuesday.",
        "Nell Parr",
    )
    assert picture.data is not None and picture.data.startswith(
        b"\xff\xd8"
    )  # its bytes, from the archive


def test_an_empty_chunk_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _with_alt_chunk(tmp_path, "broken.docx", "afchunk3.htm", b"")
    # an empty part reads as nothing, and a file of two lines holds no story: said so
    with pytest.raises(InputError, match="holds no story newsroom can find"):
        read_draft(path)

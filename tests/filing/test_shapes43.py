# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-third filing round reads right: a Word file downloaded from Word for
the web, its main part named 'word/document2.xml' and found through the package's
relationship; Chinese names in a Word file with the phonetic guide's pinyin set over each
character; a release whose typed paragraph numbers became a list, one item a lead-in over
lettered items."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.helpers import filed_draft


def _word_file(tmp_path: Path, paragraphs: list[tuple[str, str | None]]) -> bytes:
    """A plain Word file of (text, style) paragraphs, as python-docx saves it."""
    import docx

    doc = docx.Document()
    for text, style in paragraphs:
        doc.add_paragraph(text, style=style)
    path = tmp_path / "base.docx"
    doc.save(str(path))
    return path.read_bytes()


def _rewritten(data: bytes, renames: dict[str, str], edits: dict[str, tuple[str, str]]) -> bytes:
    """The Word file with parts renamed and words replaced in parts (by their new names)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            name = renames.get(item.filename, item.filename)
            content = old.read(item)
            for old_words, new_words in [edits[name]] if name in edits else []:
                content = content.replace(old_words.encode(), new_words.encode())
            new.writestr(name, content)
    return out.getvalue()


PIER_STORY: list[tuple[str, str | None]] = [
    ("Ferry pier at Pulau Kecil to close for repairs in April", "Heading 1"),
    ("MERANTI, North Coast — The ferry pier at Pulau Kecil will close for six weeks from April while its piles are replaced, the port office said on Tuesday.", None),
    ("About 1,400 islanders use the pier each day, most of them to reach the market town.", None),
    ("A temporary landing stage will be set up at the fishing jetty.", None),
]


def test_a_word_file_whose_main_part_is_named_document2_is_read(tmp_path: Path) -> None:
    """A shape seen in a file downloaded from Word for the web: no 'word/document.xml', the
    main part named in the package's relationship and its content types."""
    data = _rewritten(
        _word_file(tmp_path, PIER_STORY),
        {
            "word/document.xml": "word/document2.xml",
            "word/_rels/document.xml.rels": "word/_rels/document2.xml.rels",
        },
        {
            "_rels/.rels": ('Target="word/document.xml"', 'Target="word/document2.xml"'),
            "[Content_Types].xml": ('"/word/document.xml"', '"/word/document2.xml"'),
        },
    )
    draft = filed_draft(tmp_path, "pier.docx", data)
    assert draft.headline == "Ferry pier at Pulau Kecil to close for repairs in April"
    assert draft.dateline == "MERANTI, North Coast"
    assert draft.paragraphs[-1] == "A temporary landing stage will be set up at the fishing jetty."


def _guided(character: str, reading: str) -> str:
    """One character with Word's phonetic guide over it, as Word writes it: one run."""
    return (
        "</w:t></w:r><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/><w:hps w:val=\"10\"/>"
        "<w:hpsRaise w:val=\"18\"/><w:hpsBaseText w:val=\"20\"/><w:lid w:val=\"zh-CN\"/></w:rubyPr>"
        f"<w:rt><w:r><w:rPr><w:sz w:val=\"10\"/></w:rPr><w:t>{reading}</w:t></w:r></w:rt>"
        f"<w:rubyBase><w:r><w:rPr><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t>{character}</w:t></w:r>"
        "</w:rubyBase></w:ruby></w:r><w:r><w:t xml:space=\"preserve\">"
    )


def test_the_phonetic_guide_over_chinese_characters_is_no_text_of_the_story(
    tmp_path: Path,
) -> None:
    """A shape seen in a correspondent's Word file: the pinyin over each character of a name,
    which the sentence holds as its characters alone."""
    story: list[tuple[str, str | None]] = [
        ("Lion dance troupe in Kluang marks its 80th year", "Title"),
        ("KLUANG — The Kluang Hokkien lion dance troupe (NAMEHERE) marked its 80th year on Sunday with a parade through the old town.", None),
        ("Its founder's grandson led the parade with the troupe's oldest lion head.", None),
    ]
    guide = "".join(_guided(c, r) for c, r in (("狮", "shī"), ("艺", "yì"), ("团", "tuán")))
    data = _rewritten(
        _word_file(tmp_path, story), {}, {"word/document.xml": ("NAMEHERE", guide)}
    )
    draft = filed_draft(tmp_path, "lions.docx", data)
    assert draft.paragraphs[0] == (
        "KLUANG — The Kluang Hokkien lion dance troupe (狮艺团) marked its 80th year on Sunday "
        "with a parade through the old town."
    )
    assert "shī" not in "\n".join(draft.paragraphs)


AGENCY_RELEASE = """<!DOCTYPE html>
<html><head><title>New cycling path for Tampines North | Parks Office</title></head><body>
<main>
<h1>Tampines North to get a 4km cycling path along its canal</h1>
<p><em>The path will link three parks and is due to open in the second half of 2027</em></p>
<ol>
  <li>
    <p>The Parks Office will build a 4km cycling path along the Tampines North canal, linking three neighbourhood parks, it said on Monday.</p>
  </li>
  <li>
    <p>The path will be built in two stages. The first stage includes:</p>
    <ol type="a">
      <li>a 2.5km path on the canal's east bank;</li>
      <li>two bridges over the canal; and</li>
      <li>bicycle parking at each of the three parks.</li>
    </ol>
  </li>
  <li>
    <p>Work on the second stage will begin once the first is finished.</p>
  </li>
</ol>
</main>
</body></html>
"""


def test_a_list_item_holding_a_lead_in_and_lettered_items_is_one_paragraph_each(
    tmp_path: Path,
) -> None:
    """A shape seen in a saved agency page built from Markdown: the release's typed numbers
    made a list, one item a lead-in over a list of its own."""
    draft = filed_draft(tmp_path, "path.html", AGENCY_RELEASE)
    assert draft.paragraphs == (
        "The Parks Office will build a 4km cycling path along the Tampines North canal, linking three neighbourhood parks, it said on Monday.",
        "The path will be built in two stages. The first stage includes:",
        "a 2.5km path on the canal's east bank;",
        "two bridges over the canal; and",
        "bicycle parking at each of the three parks.",
        "Work on the second stage will begin once the first is finished.",
    )

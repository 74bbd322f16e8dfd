# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the forty-third filing round reads right: a Word file downloaded from Word for
the web, its main part named 'word/document2.xml' and found through the package's
relationship; Chinese names in a Word file with the phonetic guide's pinyin set over each
character; a release whose typed paragraph numbers became a list, one item a lead-in over
lettered items; a channel's posts copied from a messaging app's desktop program, each under
its sender's name and the time in brackets, the story in numbered parts with photos posted
between them or after them, bullets under a crosshead, a call to register at a short link, and a post
correcting a figure in a paragraph."""

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


CHANNEL_COPY = """Copied from the CC's Telegram channel at 9.10am, story in 3 posts and 2 photos. Correction at the end. - Farid

Sunset Vale Residents' Committee, [12/5/2026 8:01 AM]
(1/3) 📣 Hawker centre at Sunset Vale to close for three months of repairs from June

Stalls will move to a temporary site at the bus interchange car park while the roof is replaced

Story by Ong Mei Xin, Vale Voices volunteer writer

The Sunset Vale hawker centre will close from 1 June for three months while its leaking roof and old drains are replaced, the residents' committee said on Tuesday.

All 46 stalls will move to a temporary site at the bus interchange car park, about 300 metres away.

Sunset Vale Residents' Committee, [12/5/2026 8:02 AM]
[ Photo ]
Buckets catching rainwater under the hawker centre's roof during a storm last week. (Photo: Sunset Vale Residents' Committee)

Sunset Vale Residents' Committee, [12/5/2026 8:04 AM]
(2/3) "Every time it rains, we lose customers," said Madam Goh Siew Lan, 64, who has sold fishball noodles at the centre since 1991.

The repairs will cost about $2.1 million, shared by the town council and the national agency that runs the centre.

Stallholders at the temporary site will pay 40 per cent of their usual rent for the three months.

Sunset Vale Residents' Committee, [12/5/2026 8:05 AM]
[ Photo ]
The car park where the temporary stalls will be set up. (Photo: Ong Mei Xin)

Sunset Vale Residents' Committee, [12/5/2026 8:06 AM]
(3/3) What diners should know
• The temporary site opens at 6am and closes at 10pm daily.
• Tray return points will be at both ends of the site.
• Shuttle buses will run from the old centre every 15 minutes at meal times.

The committee said the centre would reopen by the end of August.

Register for the reopening day: go.gov.sg/sv-reopening (or call our office at 6111 2222)

#SunsetVale #ValeVoices

Sunset Vale Residents' Committee, [12/5/2026 9:02 AM]
CORRECTION to post (2/3): the repairs will cost about $2.4 million, not $2.1 million as stated. The corrected paragraph:

The repairs will cost about $2.4 million, shared by the town council and the national agency that runs the centre.
"""


def test_a_channel_s_posts_copied_as_text_are_its_story_in_order(tmp_path: Path) -> None:
    """A shape seen in posts copied from a messaging app's desktop program: each under a line
    of its sender and the time in brackets, the story in numbered parts."""
    draft = filed_draft(tmp_path, "hawkers.txt", CHANNEL_COPY)
    assert draft.headline == (
        "Hawker centre at Sunset Vale to close for three months of repairs from June"
    )
    assert draft.dek == (
        "Stalls will move to a temporary site at the bus interchange car park while the roof is replaced"
    )
    assert draft.byline == ("Ong Mei Xin",)
    assert draft.paragraphs[0].startswith("The Sunset Vale hawker centre will close from 1 June")
    assert draft.paragraphs[-1] == "The committee said the centre would reopen by the end of August."
    assert not any("[12/5/2026" in p or "Farid" in p for p in draft.paragraphs)


def test_a_photo_posted_between_a_story_s_parts_is_captioned_by_its_own_post(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "hawkers.txt", CHANNEL_COPY)
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Buckets catching rainwater under the hawker centre's roof during a storm last week.",
            "Sunset Vale Residents' Committee",
        ),
        ("The car park where the temporary stalls will be set up.", "Ong Mei Xin"),
    ]


def test_a_post_that_corrects_a_figure_puts_its_paragraph_in_place(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "hawkers.txt", CHANNEL_COPY)
    text = "\n".join(draft.paragraphs)
    assert (
        "The repairs will cost about $2.4 million, shared by the town council and the national agency that runs the centre."
        in draft.paragraphs
    )
    assert "$2.1 million" not in text and "CORRECTION" not in text


def test_bullets_under_a_crosshead_without_a_colon_are_a_list_s_items(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "hawkers.txt", CHANNEL_COPY)
    at = draft.paragraphs.index("What diners should know")
    assert [p.lstrip("- ") for p in draft.paragraphs[at + 1 : at + 4]] == [
        "The temporary site opens at 6am and closes at 10pm daily.",
        "Tray return points will be at both ends of the site.",
        "Shuttle buses will run from the old centre every 15 minutes at meal times.",
    ]
    assert not any("•" in p for p in draft.paragraphs)


def test_a_post_s_call_to_register_at_a_short_link_is_no_part_of_the_story(
    tmp_path: Path,
) -> None:
    draft = filed_draft(tmp_path, "hawkers.txt", CHANNEL_COPY)
    assert not any("go.gov.sg" in p or "#SunsetVale" in p for p in draft.paragraphs)


REPORTER_CHAT = """Grace Eze (Metro Desk), [9.04.2026 10:12]
Any update on the Ajah market fire? Need it by noon

Tunde Bello, [9.04.2026 10:15]
Yes ma, writing now

Tunde Bello, [9.04.2026 11:02]
FIRE GUTS 40 SHOPS AT AJAH MARKET

By Tunde Bello

Fire on Wednesday night destroyed about 40 shops at the Ajah market in Lagos, traders said, the second fire at the market in two years.

The fire began at about 11pm in the section where traders sell fabrics and spread quickly because the fire service took more than an hour to arrive, the traders said.

Tunde Bello, [9.04.2026 11:05]
[ Photo ]
Traders salvage rolls of fabric from a burnt shop on Thursday morning. PHOTO: Tunde Bello

Grace Eze (Metro Desk), [9.04.2026 11:10]
Thanks, moving it
"""


def test_a_photo_posted_after_the_story_is_captioned_by_its_own_message(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ajah.txt", REPORTER_CHAT)
    assert draft.headline == "FIRE GUTS 40 SHOPS AT AJAH MARKET"
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Traders salvage rolls of fabric from a burnt shop on Thursday morning.", "Tunde Bello")
    ]

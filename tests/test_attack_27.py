"""Holes an attacker found in the twenty-seventh pass, aimed at the last five commits' rules: a
chat app's export read as the story (chat.py and its hook in paste.text_blocks), paragraphs
opened by an indent and a teleprinter's framing characters, Word's altChunk parts (an HTML page
or a web archive brought in whole), a chrome-classed wrapper that holds the headline, the new
furniture and chrome lines (a cookie box, a comment thread's heading, the latest stories, a
chart's source line, an agency's letters after a caption, a quoted reply under 'wrote:'), and
the new attribution and contributor rules (things named like people, feelings after 'were', a
job after a name). Each hole is story text lost, reordered or garbled at filing, a crash or
runaway time on a file a person could file, or a source's attribution or a contributor lost or
flipped. Each test was seen to fail for the reason it names."""

from __future__ import annotations

import contextlib
import time
import zipfile
from io import BytesIO
from pathlib import Path

from newsroom.checks.contributors import contributor_names
from newsroom.checks.statements import analyze_body
from newsroom.errors import InputError
from newsroom.filing.reader import read_draft
from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing

HEADLINE = "County audit finds $2.1 million in jail overbilling"
FIRST = (
    "SALEM, Ore. — The county's audit of its jail contracts found $2.1 million in overbilling "
    "by the health care vendor, the auditor said Tuesday."
)
LAST = "Commissioner Ana Ruiz said the county would seek repayment."


def _story(middle: str) -> str:
    return f"{HEADLINE}\n\nBy Li Wei\n\n{FIRST}\n\n{middle}\n\n{LAST}\n"


def _kinds(sentence: str) -> list[tuple[str, str]]:
    [paragraph] = analyze_body([sentence])
    return [(a.kind, a.speaker) for s in paragraph.sentences for a in s.attributions]


def _with_alt_chunk(path: Path, part: str, data: bytes, *, document: bytes = b"") -> Path:
    """A Word file whose body brings in `part` whole between two paragraphs of its own (its
    document part replaced by `document` when given), deflated as Word writes it."""
    from docx import Document

    made = path.parent / "made.docx"
    word = Document()
    word.add_paragraph("EXPORT FROM THE CMS: story 48213")
    word.add_paragraph("CHUNK-GOES-HERE")
    word.add_paragraph("END OF EXPORT")
    word.save(made)
    out = BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/document.xml":
                text = content.decode()
                at = text.find("CHUNK-GOES-HERE")
                start = max(text.rfind("<w:p>", 0, at), text.rfind("<w:p ", 0, at))
                end = text.find("</w:p>", at) + len("</w:p>")
                content = (text[:start] + '<w:altChunk r:id="rIdChunk"/>' + text[end:]).encode()
                content = document or content
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/aFChunk" Target="' + part.encode() + b'"/>'
                    b"</Relationships>",
                )
            copy.writestr(item.filename, content)
        copy.writestr(f"word/{part}", data)
    path.write_bytes(out.getvalue())
    return path


CHUNK_PAGE = (
    "<html><head><meta charset='utf-8'></head><body>"
    "<h1>Dog park opens after six-year push{code}</h1><p>By Wren Castell{code}</p>"
    "<p>LARKIN, Ore. — The county's first dog park opened Saturday.{code}</p>"
    "<p>The fenced, 3-acre park has areas for large and small dogs.</p></body></html>"
)


# --- a chat's export: ordinary text taken for one, and the talk taken for story


def test_a_story_quoting_four_text_messages_is_no_chat_export(tmp_path: Path) -> None:
    """chat_story reads any text with four dated 'Name: text' lines as a chat's export: a
    story quoting an inspector's texts loses its headline, byline and lede as 'talk' (page
    furniture), and the last text ('Not our call') is filed as the headline."""
    texts = (
        "The messages, released Tuesday, read in part:\n\n"
        "12/2/26, 8:02 AM - Inspector: Smell of gas is strong at the bakery\n"
        "12/2/26, 8:05 AM - Supervisor: Log it and move on\n"
        "12/2/26, 8:07 AM - Inspector: I think we should shut it off\n"
        "12/2/26, 8:15 AM - Supervisor: Not our call"
    )
    draft = _read(tmp_path, "texts.txt", _story(texts))
    assert draft.headline == HEADLINE
    assert FIRST in draft.paragraphs


CHAT_PARTS = """12/2/26, 6:40 AM - Deb Rao: Send it when ready
12/2/26, 6:41 AM - Wade Till: (1/4) HED: Culvert washout strands 14 ranch families
12/2/26, 6:42 AM - Wade Till: (2/4) By Wade Till
12/2/26, 6:44 AM - Wade Till: (3/4) SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when runoff tore out a culvert.
12/2/26, 6:49 AM - Wade Till: (4/4) A new culvert will cost $410,000, the county engineer estimates.
12/2/26, 6:52 AM - Deb Rao: Got it. Photo shoot still on?
12/2/26, 6:53 AM - Wade Till: 12/4 works for me, 9 am at the culvert
"""  # noqa: E501


def test_a_date_in_the_writer_s_talk_is_no_numbered_part(tmp_path: Path) -> None:
    """_PART takes any 'N/M ' opening, also a date ('12/4 works for me'), and never checks
    the number against the count: the writer's talk is filed as part 12 of 4, a paragraph
    of the story ('works for me, 9 am at the culvert')."""
    draft = _read(tmp_path, "washout.txt", CHAT_PARTS)
    assert draft.paragraphs == (
        "SAGE FORK, Wyo. – Fourteen ranch families have been cut off since Saturday, when "
        "runoff tore out a culvert.",
        "A new culvert will cost $410,000, the county engineer estimates.",
    )


CHAT_PICTURE = """12/2/26, 7:41 AM - Wes Hanra: Morning! How's the piece coming? Need it by 10
12/2/26, 8:02 AM - Maren Sobi: HED: Radar finds 38 unmarked graves at pioneer cemetery
By Maren Sobi

ORD, Neb. — Ground-penetrating radar has found 38 unmarked graves at Pleasant Ridge Cemetery.

"We knew there were people out there without stones," said Kermit Vlas, the board's president.
12/2/26, 8:03 AM - Maren Sobi: IMG-20261202-WA0004.jpg (file attached)
A radar cart along the west fence of the cemetery in November. (Photo by Maren Sobi)
12/2/26, 8:05 AM - Wes Hanra: Got it, is that the only one?
12/2/26, 8:06 AM - Maren Sobi: Photos of the headstones are on my laptop, will send tonight
12/2/26, 8:07 AM - Wes Hanra: ok
"""


def test_the_writer_s_talk_about_photos_is_no_caption(tmp_path: Path) -> None:
    """_pictures keeps any message of the writer's after a picture that opens with 'photo',
    'pic' or 'image' (_CAPTION): 'Photos of the headstones are on my laptop, will send
    tonight', talk to the editor, is filed as the story's last paragraph."""
    draft = _read(tmp_path, "graves.txt", CHAT_PICTURE)
    assert "Photos of the headstones are on my laptop, will send tonight" not in draft.paragraphs


def test_a_long_chat_in_numbered_parts_is_read_in_linear_time(tmp_path: Path) -> None:
    """chat_story finds the last part with `messages.index(m)` for each part, a scan that
    compares dataclasses field by field: 195 KB of numbered parts (7,900 lines) take about
    6 s. Held by a ratio: reading the importer's other rules over so many lines takes 1.2 to
    2.2 s of CPU by itself, as the machine is shared, so a bound in seconds cannot tell that
    scan from them."""
    from tests.helpers import grows_linearly

    warm_filing(tmp_path)
    runs = iter(range(1_000_000))

    def read(count: int) -> None:
        run = next(runs)  # lines never read before: no cache answers for them
        lines = [f"1/2/3 1:00 A: {n % 999 + 1}/9 {run}-{n}" for n in range(1, count + 1)]
        path = tmp_path / f"parts-{run}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with contextlib.suppress(InputError):  # a one-line refusal is fine
            read_draft(path)

    assert grows_linearly(read, 2_000)


# --- a teleprinter's takes


def test_a_flush_more_under_an_indented_take_is_not_glued_to_its_paragraph(
    tmp_path: Path,
) -> None:
    """In a text whose paragraphs open on an indent, _groups puts every flush line under an
    indented one into its paragraph: the take's 'MORE' is joined to the last paragraph ('...
    shortly after 11 a.m. MORE') instead of being read as the take's end mark."""
    text = (
        "Whale-watching boat runs aground off Azores\n\nby Ines Carva\n\n"
        "   PONTA DELGADA, Portugal, Dec 2 (INS) - A whale-watching boat\n"
        "carrying 41 people ran aground on rocks off Sao Miguel island on\n"
        "Wednesday, port authorities said.\n"
        "   Six passengers were taken to hospital with cuts, the regional\n"
        "health service said.\n"
        "   The catamaran struck a reef about 400 metres off the village\n"
        "of Agua de Alto shortly after 11 a.m.\n"
        "MORE\n"
    )
    draft = _read(tmp_path, "azores.txt", text)
    assert draft.paragraphs[-1] == (
        "The catamaran struck a reef about 400 metres off the village of Agua de Alto shortly "
        "after 11 a.m."
    )


def test_a_short_take_in_its_framing_characters_is_text(tmp_path: Path) -> None:
    """decode counts control characters as binary before _FRAMING takes the teleprinter's
    framing out: a short take in its usual SOH, STX, ETX and EOT (four in 400 characters) is
    refused as 'not text (it holds binary data)'."""
    text = (
        "\x01ZCZC\nINS0187 3 I 0455 INS-EN12\n\x02\n"
        "Ferry service to Corvo halted by storm\n\nby Ines Carva\n\n"
        "   PONTA DELGADA, Portugal, Dec 2 (INS) - Ferry service to the\n"
        "island of Corvo was halted on Wednesday as a storm brought\n"
        "waves of up to 9 metres, the operator said.\n"
        "   The operator said service would resume on Friday.\n"
        "   About 400 people live on Corvo, the smallest island of the\n"
        "Azores.\ninc/ms\nNNNN\n\x03\x04\n"
    )
    draft = _read(tmp_path, "corvo.txt", text)
    assert draft.headline == "Ferry service to Corvo halted by storm"


# --- furniture and chrome lines that take the story's own


def test_a_paragraph_quoting_we_value_your_privacy_is_story(tmp_path: Path) -> None:
    """The cookie notice '^we value your privacy\\b' has no end: a reporter's sentence quoting
    the vendor's letter is stripped whole as a cookie box."""
    line = "We value your privacy, the vendor's letter to inmates said, days before the leak."
    draft = _read(tmp_path, "leak.txt", _story(line))
    assert line in draft.paragraphs


def test_a_latest_news_subhead_does_not_strip_the_rest_of_the_story(tmp_path: Path) -> None:
    """'latest ... news' is a teaser heading: a running story's 'Latest news' subhead takes
    every short paragraph under it, down to the story's last line, as teasers."""
    middle = "Latest news\n\nThe board votes on March 3.\n\nThe vendor has 30 days to respond."
    draft = _read(tmp_path, "audit.txt", _story(middle))
    assert "The board votes on March 3." in draft.paragraphs
    assert LAST in draft.paragraphs


def test_a_count_of_replies_from_counties_is_no_comment_thread(tmp_path: Path) -> None:
    """COMMENTS takes '^\\d+ repl(?:y|ies) from [A-Z]' as a chat thread's heading: a survey's
    result ('14 replies from Oregon counties reported ...') is stripped, and everything after
    it, the story's last paragraph too, as comments."""
    middle = (
        "The auditor surveyed 36 counties about their jail vendors.\n\n"
        "14 replies from Oregon counties reported similar overbilling."
    )
    draft = _read(tmp_path, "audit.txt", _story(middle))
    assert "14 replies from Oregon counties reported similar overbilling." in draft.paragraphs
    assert draft.paragraphs[-1] == LAST


def test_a_headline_opening_with_sources_is_the_headline(tmp_path: Path) -> None:
    """The chart source line '^Sources?: [A-Z]...' takes a headline in title case ('Sources:
    Salem Jail Chief Will Resign'): it is stripped as a site disclaimer and the byline is filed
    as the headline."""
    headline = "Sources: Salem Jail Chief Will Resign"
    text = (
        f"{headline}\n\nBy Li Wei\n\n"
        "SALEM, Ore. — The chief of the county jail will resign, two officials said.\n\n"
        "The chief did not return calls.\n"
    )
    draft = _read(tmp_path, "chief.txt", text)
    assert draft.headline == headline


def test_a_sentence_ending_in_a_pdf_link_label_is_no_caption(tmp_path: Path) -> None:
    """PASTED_CAPTION's agency letters ('... on Dec. 2. (HNA)') take any capitals in
    parentheses after a sentence: a paragraph ending in its link's '(PDF)' is taken out of the
    body and filed as a picture whose credit is 'PDF'."""
    line = "The vendor's contract, signed in 2019, runs through 2027. (PDF)"
    draft = _read(tmp_path, "audit.txt", _story(line))
    assert any(p.startswith("The vendor's contract, signed in 2019") for p in draft.paragraphs)
    assert draft.images == ()


def test_a_quoted_letter_under_wrote_is_story(tmp_path: Path) -> None:
    """_WROTE ('^on \\w{3}.{4,120}\\bwrote:$') takes a reporter's 'On Tuesday, the vendor's
    chief executive wrote:' for a mail program's reply header, and the letter quoted under it
    is stripped as a quoted message."""
    quote = "> We billed for every visit our nurses made, and we will show the county our records."
    middle = f"On Tuesday, the vendor's chief executive wrote:\n\n{quote}"
    draft = _read(tmp_path, "audit.txt", _story(middle))
    assert any("We billed for every visit" in p for p in draft.paragraphs)


# --- a saved web page


def test_a_sidebar_teaser_repeating_the_headline_stays_chrome(tmp_path: Path) -> None:
    """_above_headline exempts every ancestor of any h2 whose text is the headline: a
    sidebar's teaser for the story itself makes the whole sidebar story text, and another
    story's teaser ('Seahawks sign new quarterback') is filed in the body."""
    html = (
        "<html><head><title>Storm knocks out power to 40,000 | Tacoma Daily</title>"
        '<meta property="og:title" content="Storm knocks out power to 40,000"></head><body>'
        '<div class="main"><h1>Storm knocks out power to 40,000</h1><p>By Li Wei</p>'
        "<p>TACOMA, Wash. — A windstorm knocked out power to about 40,000 homes on Tuesday.</p>"
        "<p>Crews had restored power to 12,000 homes by 6 p.m., the utility said.</p></div>"
        '<div class="sidebar"><div class="widget"><h2>Storm knocks out power to 40,000</h2>'
        "<p>A windstorm knocked out power to about 40,000 homes on Tuesday.</p></div>"
        '<div class="widget"><h2>Seahawks sign new quarterback in surprise deal</h2>'
        "<p>The team agreed to a three-year contract worth $60 million, its general manager "
        "said Monday.</p></div></div></body></html>"
    )
    draft = _read(tmp_path, "storm.html", html)
    assert not any("quarterback" in p or "three-year contract" in p for p in draft.paragraphs)


# --- Word's altChunk parts


def test_a_hidden_code_in_an_alt_chunk_is_taken_out(tmp_path: Path) -> None:
    """without_invisible runs over the converter's HTML before the altChunk parts are put in
    it: a CMS preview's hidden code of zero-width characters stays in the headline, byline
    and lede brought in whole."""
    code = "\u200c\ufeff\u200d\ufeff\u200b\u200d" * 5
    page = CHUNK_PAGE.format(code=code).encode()
    draft = read_draft(_with_alt_chunk(tmp_path / "dogpark.docx", "afchunk1.htm", page))[1]
    assert draft.headline == "Dog park opens after six-year push"
    assert draft.byline == ("Wren Castell",)


def test_a_web_archive_nested_deep_is_refused_in_one_line(tmp_path: Path) -> None:
    """_archive_html reads a web archive with email.message_from_bytes (and walks it with
    Message.walk), both recursive per level, and catches nothing: an MHT part of 3,000 nested
    multiparts (a .docx under 200 KB) raises RecursionError, a traceback and exit 3 from
    `newsroom file`, not a one-line refusal."""
    parts = ["MIME-Version: 1.0\n"]
    for n in range(3000):
        parts.append(f'Content-Type: multipart/related; boundary="b{n}"\n\n--b{n}\n')
    parts.append(
        "Content-Type: text/html\n\n<html><body><h1>Dog park opens after six-year push</h1>"
        "<p>By Wren Castell</p><p>LARKIN, Ore. - The park opened.</p></body></html>\n"
    )
    parts += [f"--b{n}--\n" for n in reversed(range(3000))]
    path = _with_alt_chunk(tmp_path / "deep.docx", "afchunk1.mht", "".join(parts).encode())
    assert path.stat().st_size < 200_000
    with contextlib.suppress(InputError):  # a one-line refusal is fine
        read_draft(path)


def test_unclosed_alt_chunk_tags_are_read_in_linear_time(tmp_path: Path) -> None:
    """_ALT_CHUNK's '>.*?</w:altChunk>' scans to the document's end from each opening tag that
    has no closing one: 8,000 such tags (in a comment, so the XML stays well formed; a 170 KB
    document part) take about 8 s."""
    document = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Dog park opens after six-year push</w:t></w:r></w:p>"
        b"<!--" + b'<w:altChunk r:id="a">' * 8000 + b"-->"
        b"<w:p><w:r><w:t>LARKIN, Ore. - The park opened.</w:t></w:r></w:p></w:body></w:document>"
    )
    path = _with_alt_chunk(tmp_path / "slow.docx", "afchunk1.htm", b"", document=document)
    warm_filing(tmp_path)
    start = time.process_time()
    with contextlib.suppress(InputError):  # a one-line refusal is fine
        read_draft(path)
    assert time.process_time() - start < 2.0


def test_a_damaged_unused_part_does_not_crash_a_file_with_an_alt_chunk(tmp_path: Path) -> None:
    """_alt_chunks rewrites the whole archive with `archive.read(item)` outside its try: one
    damaged part nothing reads (a bad CRC in a custom XML part) raises BadZipFile, a traceback
    and exit 3, where the same file without an altChunk files."""
    page = CHUNK_PAGE.format(code="").encode()
    path = _with_alt_chunk(tmp_path / "dogpark.docx", "afchunk1.htm", page)
    out = BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as copy:
        for item in source.infolist():
            copy.writestr(item, source.read(item))
        copy.writestr("customXml/item9.xml", b"<cms>STORYID48213</cms>")
    path.write_bytes(out.getvalue().replace(b"STORYID48213", b"STORYID48214", 1))
    try:
        draft = read_draft(path)[1]
    except InputError:
        return  # a one-line refusal is fine
    assert draft.headline == "Dog park opens after six-year push"


# --- attribution and contributors


def test_speakers_at_a_hearing_are_people() -> None:
    """people_plural now refuses a plural whose singular is a thing noun ('speaker', as in
    loudspeaker; 'monitor'): 'Speakers at the hearing' are read as named (vague before), and
    'International monitors' as unknown."""
    assert _kinds("Speakers at the hearing said the plan would raise rents.") == [
        ("vague", "Speakers at the hearing")
    ]
    assert _kinds("International monitors said the vote was free and fair.") == [
        ("vague", "International monitors")
    ]


def test_buildings_torn_down_are_no_speakers() -> None:
    """'torn' is now a word of feeling after 'be': 'Both buildings were torn down in 2019' is
    read as the buildings' feeling, a vague attribution the vague-source check flags."""
    assert _kinds("Both buildings were torn down in 2019.") == []


def test_newsroom_staff_after_two_names_keeps_both_names() -> None:
    """_JOB_AFTER takes ', Li Wei and Ledger staff' for a job set after a name (its last word,
    'staff', is a contributor role) and cuts it off: Li Wei is lost as a contributor."""
    names = contributor_names("Ana Ruiz, Li Wei and Ledger staff contributed to this report.")
    assert "Li Wei" in names

# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-ninth pass, aimed at the thirty-third and
thirty-fourth filing rounds: a note app's export, a club's match report, covering letters,
labelled headings, colon datelines with their date, release dates, a mail's bare '--', an
AMP web story's page that links out, a lawyer's black-out in Word, and QuarkXPress's
XPress Tags.

- A note exported with its title as the story's headline (no second headline under the
  metadata) lost its headline; the byline was read as the headline.
- A results round-up's score lines ('Kilcarran Rovers 0 Moran Athletic 2') were read as a
  club report's result line and deleted; a sports story headlined with its score lost it.
- A story's paragraph opening 'Heading:' (a skipper's log quoted) was read as a labelled
  headline: it took the headline's place and the story's headline, byline and opening went.
- A story's paragraph opening 'News:' lost the word, read as a form's field label.
- A letter the story quotes lost its salutation and its sign-off ('Dear Sir,', 'Yours
  faithfully,'), read as a covering letter's furniture.
- A review's fact box line 'Release date: 14/03/2026' was read as a government page's
  'Publish Date' line, and deleted.
- A diary told by days ('Monday, 6 July: The first boat ...') had its day read as the
  story's dateline.
- A fact box under a bare '--' at the end of a typed story was read as a mail's signature.
- An AMP web story's page linking to a report, its own line a fact from that report ('Read
  the coroner's report: ...'), was read as the site's call to read on, and its line lost.
- Words a lawyer blacks out in Word with changes tracked (the run's old formatting kept in
  its '<w:rPrChange>') stayed in the story.
- XPress Tags: a character outside the basic plane written as a surrogate pair ('<\\#55357>
  <\\#56832>') was kept as two lone surrogates, which no file can hold; a file in Mac Roman
  ('<e0>') was read as Windows text, its curly quotes and accents garbled.
- 'Writer:' lines (a programme's credits) took time growing with their square: each looked
  for itself among all blocks.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from tests.helpers import FERRY_OPENING as OPENING
from tests.helpers import body_text as _body
from tests.helpers import ferry_story as _typed
from tests.helpers import filed_draft as _read
from tests.helpers import grows_linearly

# --- a note app's export, and a club's match report


def test_a_note_exported_under_its_title_keeps_the_title_as_its_headline(tmp_path: Path) -> None:
    """A note app's export whose note title is the story's headline, with no second headline
    under its metadata (the writer's byline and story straight after), lost its headline:
    the title was taken for a working title, and the byline read as the headline."""
    note = (
        "# Ferry to return to Isle Moran\n\n---\nCreated at: 2026-03-05T08:12:44\nNotebook: Freelance\nTags: #filed\n---\n\n"
        "By Ann Lee\n\n" + "\n\n".join(OPENING) + "\n\nThe boat will sail twice a day in summer, the council said.\n"
    )
    draft = _read(tmp_path, "ferry.md", note)
    assert draft.headline == "Ferry to return to Isle Moran"
    assert draft.byline == ("Ann Lee",)


def test_a_results_round_up_keeps_its_score_lines(tmp_path: Path) -> None:
    """A weekend round-up's score lines over each match's report were read as a club
    report's result line over its headline, and deleted: the scores were lost."""
    scores = ["Kilcarran Rovers 0 Moran Athletic 2", "Ballyglas 3 Kilcarran Celtic 1"]
    text = (
        "Upsets across the county league\n\nBy Ann Lee\n\n"
        "It was a weekend of upsets in the county league, with three of the top four beaten at home.\n\n"
        f"{scores[0]}\n\nAthletic won the derby with two late goals from their captain, Sean Dunne.\n\n"
        f"{scores[1]}\n\nBallyglas climbed to second with a comfortable win over the leaders.\n"
    )
    draft = _read(tmp_path, "results.txt", text)
    for score in scores:
        assert score in draft.paragraphs, draft.paragraphs


def test_a_sports_story_headlined_with_its_score_keeps_its_headline(tmp_path: Path) -> None:
    """A match report typed with the score as its headline ('Rovers 0, Athletic 2') lost it,
    and its byline was read as the headline."""
    text = (
        "Rovers 0, Athletic 2\n\nBy Ann Lee\n\n"
        "Athletic won the derby at the Kilcarran ground on Saturday with two late goals from their captain.\n\n"
        "Rovers had the better of the first half but could not score, said their manager, who blamed the wind.\n"
    )
    draft = _read(tmp_path, "derby.txt", text)
    assert draft.headline == "Rovers 0, Athletic 2"
    assert draft.byline == ("Ann Lee",)


# --- labels, letters and dates the new rules took from a story's own lines


def test_a_quoted_log_line_opening_heading_is_no_headline(tmp_path: Path) -> None:
    """A skipper's log the story quotes, its line opening 'Heading: 040.', was read as a
    district correspondent's 'HEADING:' label: it became the headline, and the story's own
    headline, byline and opening were lost."""
    log = "Heading: 040. Wind south-west, force 4. All well aboard."
    draft = _read(tmp_path, "ferry.txt", _typed("The skipper's log for the first crossing reads, in full:", log, "The boat will sail twice a day in summer."))
    assert draft.headline == "Ferry to return to Isle Moran"
    assert draft.byline == ("Ann Lee",)
    assert draft.paragraphs[:2] == tuple(OPENING), draft.paragraphs
    assert log in draft.paragraphs, draft.paragraphs


def test_a_paragraph_opening_news_keeps_its_word(tmp_path: Path) -> None:
    """A story's paragraph opening 'News:' lost the word, read as a form's field for the
    text: its words were altered."""
    told = "News: the island's school will reopen too, the council said."
    draft = _read(tmp_path, "ferry.txt", _typed("The boat will sail twice a day in summer.", told, "Dunne was pleased."))
    assert told in draft.paragraphs, draft.paragraphs


def test_a_letter_the_story_quotes_keeps_its_salutation_and_sign_off(tmp_path: Path) -> None:
    """A letter the story quotes line by line lost its salutation and its sign-off, read as
    a covering letter's furniture around the story."""
    letter = ["Dear Sir,", "We regret that the service cannot resume this year.", "Yours faithfully,", "J. Barr, County Secretary"]
    draft = _read(tmp_path, "ferry.txt", _typed("Dunne keeps the letter the council sent her in 2023 pinned above the till. It reads:", *letter, "She says she will frame it now."))
    for line in letter:
        assert line in draft.paragraphs, draft.paragraphs


def test_a_review_s_release_date_line_is_the_story(tmp_path: Path) -> None:
    """A review's fact box line giving the film's release date was read as a government
    page's 'Publish Date : 05/03/2026', and deleted."""
    box = ["Running time: 94 minutes", "Release date: 14/03/2026"]
    draft = _read(tmp_path, "film.txt", _typed("The film about the ferry will be shown at the island hall.", *box, headline="Ferry film is a love letter to Isle Moran"))
    for line in box:
        assert line in draft.paragraphs, draft.paragraphs


def test_a_diary_s_day_is_no_dateline(tmp_path: Path) -> None:
    """A diary told by days ('Monday, 6 July: The first boat ...') was read as a colon
    dateline with its date ('Baramati, March 5:'), the day of the week as the place."""
    text = (
        "A week on the island\n\nBy Ann Lee\n\n"
        "Monday, 6 July: The first boat in four years leaves Kilcarran at nine, with 40 islanders aboard.\n\n"
        "Tuesday, 7 July: The shop gets its first delivery of fresh bread by sea since 2022.\n\n"
        "Wednesday, 8 July: Islanders hold a dance on the pier for the crew.\n"
    )
    draft = _read(tmp_path, "diary.txt", text)
    assert draft.dateline == "", draft.dateline


def test_a_fact_box_under_a_bare_double_hyphen_is_the_story(tmp_path: Path) -> None:
    """A typed story's fact box set off by a line of two hyphens at its end was read as a
    mail's signature under its delimiter with the space lost, and deleted."""
    box = ["Ferry facts:", "Crossing time: 40 minutes", "Fare: 6 euro return"]
    draft = _read(tmp_path, "ferry.txt", _typed("The boat will sail twice a day in summer, the council said.", "--\n" + "\n".join(box)))
    text = _body(draft)
    for line in box:
        assert line in text, text


# --- an AMP web story's page that links out

_AMP_HEAD = '<!doctype html><html amp lang="en"><head><title>Heat deaths prompt cool rooms</title></head><body><amp-story standalone title="Heat deaths prompt cool rooms" publisher="Valley Herald">'


def _amp_page(name: str, *lines: str, outlink: str = "") -> str:
    said = "".join(f"<p>{line}</p>" for line in lines)
    out = f'<amp-story-page-outlink layout="nodisplay"><a href="{outlink}">The report</a></amp-story-page-outlink>' if outlink else ""
    return f'<amp-story-page id="{name}"><amp-story-grid-layer template="vertical">{said}</amp-story-grid-layer>{out}</amp-story-page>'


def test_a_web_story_s_page_linking_to_its_source_keeps_its_line(tmp_path: Path) -> None:
    """A web story's page that links to the report it tells of, its line a fact from that
    report ('Read the coroner's report: it found ...'), was read as the site's call to read
    the whole story there, and its line was lost."""
    fact = "Read the coroner's report: it found that twelve deaths last summer were linked to the heat."
    page = (
        _AMP_HEAD
        + '<amp-story-page id="cover"><amp-story-grid-layer template="vertical"><h1>Heat deaths prompt cool rooms</h1><p>By Ana Ruiz</p></amp-story-grid-layer></amp-story-page>'
        + _amp_page("p2", "The city opened six cool rooms in libraries on Monday as temperatures passed 40C.")
        + _amp_page("p3", fact, outlink="https://valleyherald.example/coroner-report.pdf")
        + "</amp-story></body></html>"
    )
    draft = _read(tmp_path, "heat.html", page)
    assert fact in draft.paragraphs, draft.paragraphs


# --- a lawyer's read in Word

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(*paragraphs: str) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{"".join(paragraphs)}</w:body></w:document>')
    return out.getvalue()


def _run(text: str, props: str = "") -> str:
    style = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{style}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _para(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def test_words_blacked_out_with_changes_tracked_are_cut(tmp_path: Path) -> None:
    """A lawyer who blacks words out with Track Changes on leaves the run's old formatting
    in its '<w:rPrChange>' (a '<w:rPr>' within the '<w:rPr>'): the blacked-out words were
    not read as cut, and stayed in the story."""
    fonts = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
    tracked = f'<w:rPrChange w:id="7" w:author="Legal" w:date="2026-03-05T10:00:00Z"><w:rPr>{fonts}</w:rPr></w:rPrChange>'
    cut = " A skipper called the harbour master a drunk."
    data = _docx(
        _para(_run("Ferry to return to Isle Moran")),
        _para(_run("By Ann Lee")),
        _para(_run(OPENING[0])),
        _para(_run("The boat will sail twice a day in summer, the council said.", fonts), _run(cut, f'{fonts}<w:color w:val="000000"/><w:highlight w:val="black"/>{tracked}')),
        _para(_run(OPENING[1], fonts)),
    )
    draft = _read(tmp_path, "ferry.docx", data)
    assert "The boat will sail twice a day in summer, the council said." in draft.paragraphs, draft.paragraphs
    assert "harbour master a drunk" not in _body(draft)


# --- QuarkXPress's XPress Tags

_XPRESS_STYLES = '@Hed=[S"","Hed","Normal"]<*L*f"Utopia Bold">\r\n@Body=[S"","Body","Normal"]<*J*>\r\n'


def test_xpress_tags_read_a_surrogate_pair_as_its_character(tmp_path: Path) -> None:
    """A character outside the basic plane, which XPress Tags writes as two decimal codes
    (a surrogate pair: '<\\#55357><\\#56832>' for an emoji), was read as two lone surrogates,
    which no file can hold."""
    text = "<v14.00><e9>\r\n" + _XPRESS_STYLES + "\r\n".join(
        [
            "@Hed:Ferry to return to Isle Moran",
            "@Body:KILCARRAN <\\#8212> A passenger ferry will run to Isle Moran again from July, the county council said on Tuesday.",
            "@Body:Dunne posted <\\#55357><\\#56832> under the council<\\#8217>s notice.",
        ]
    )
    draft = _read(tmp_path, "ferry.txt", text)
    _body(draft).encode("utf-8")
    assert "Dunne posted \U0001f600 under the council’s notice." in draft.paragraphs, draft.paragraphs


def test_xpress_tags_in_mac_roman_are_read_in_it(tmp_path: Path) -> None:
    """XPress Tags saved on a Mac say so in their header ('<e0>': Mac Roman); the file was
    read as Windows text, its curly quotes, dashes and accents garbled ('cafŽÕs')."""
    text = "\r\n".join(
        [
            "<v8.00><e0>",
            "@Hed:Café owner’s plea for the ferry",
            "@Body:KILCARRAN — A passenger ferry will run to Isle Moran again from July, the café’s owner said on Tuesday.",
            "@Body:Islanders have waited a long time for the boat, said Maire Dunne.",
        ]
    ).encode("mac_roman")
    draft = _read(tmp_path, "cafe.txt", text)
    assert draft.headline == "Café owner’s plea for the ferry"
    assert "KILCARRAN — A passenger ferry will run to Isle Moran again from July, the café’s owner said on Tuesday." in draft.paragraphs


# --- slowness


def test_many_writer_lines_are_read_at_once() -> None:
    """Each 'Writer:' line (a festival programme's credits, film after film) looked for
    itself among all the blocks before looking for a byline under it: twenty thousand took
    seconds, growing with their square."""
    from newsroom.filing.draft import Block
    from newsroom.filing.labels import labelled

    def read(count: int) -> None:
        blocks = [Block("Films at the island festival", "h1", 0), Block("By Ann Lee", "p", 1)]
        blocks += [Block(f"Writer: Maire Dunne, film {n}", "p", n + 2) for n in range(count)]
        labelled(blocks)

    assert grows_linearly(read, 5000)

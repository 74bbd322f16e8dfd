# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-eighth pass, aimed at the twenty-sixth filing round:
a fax read as OCR text (its cover sheet), a mail's signature delimiter, a headline or dek
typed on two lines, notices to republishers, support banners, hit counters and end marks
with a contact, bylines of two names and an outlet, an in-house credit line, a FrontPage
photo gallery's table, unrun WordPress shortcodes and a comparison program's summary. Each
hole is a plain story misread: a real paragraph, byline or page of the story lost as
furniture, two lines of a poem run together, a contributor dropped, a caption lost or taken
from the story, a story refused, or a paragraph that takes seconds to read.
Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, "By Ana Ruiz", *paragraphs)) + "\n"


def _wrapped(paragraph: str) -> str:
    return "\n".join(textwrap.wrap(paragraph, 70))


def _timed(folder: Path, name: str, text: str) -> float:
    folder.mkdir()
    started = time.process_time()
    _read(folder, name, text)
    return time.process_time() - started


def _linear(tmp_path: Path, name: str, make: Callable[[int], str], n: int) -> bool:
    """Whether filing a text made with `n` repeats takes less than six times as long as one
    with a quarter of them (linear work takes at most four times as long; work that grows
    faster, far more), the better of two runs each."""
    warm_filing(tmp_path)
    small = min(_timed(tmp_path / f"small{k}", name, make(n // 4)) for k in (1, 2))
    big = min(_timed(tmp_path / f"big{k}", name, make(n)) for k in (1, 2))
    return big < 6 * small + 0.2  # (a floor for work so small that the ratio is noise)


BRIDGE = (
    "PINEDALE -- The council delayed its vote on the Harbor Street bridge on Tuesday night, "
    "saying it needed the state's inspection report before it could decide whether the span "
    "should close.",
    "Residents who spoke at the meeting were split over the span's future. Most said the "
    "bridge should stay open to cars while the city waits for the report, which is now three "
    "months late.",
    "The council meets again on Tuesday, and the report is due by the end of the month, City "
    "Manager Li Wei said.",
)


# --- a headline or a dek typed on two lines, joined in hard-wrapped text


def test_a_wrapped_story_s_byline_over_the_writer_s_address_is_the_byline(
    tmp_path: Path,
) -> None:
    """In a story hard-wrapped at 70 columns, as a mail sends it, the byline with the
    writer's address on the line under it ('By Ana Ruiz' / 'ana.ruiz@ledger.example') is run
    together as one line, which is then read as the dek: the story has no byline."""
    text = (
        "Council delays vote on the bridge\n\nBy Ana Ruiz\nana.ruiz@ledger.example\n\n"
        + "\n\n".join(_wrapped(p) for p in BRIDGE)
        + "\n"
    )
    draft = _read(tmp_path, "bridge.txt", text)
    assert draft.byline == ("Ana Ruiz",), (draft.byline, draft.dek)
    assert draft.dek == ""


def test_a_two_line_stanza_in_a_wrapped_story_keeps_its_lines(tmp_path: Path) -> None:
    """A poem's couplet quoted in a hard-wrapped story, its second line going on in
    lowercase ('Heron in the shallows' / 'and my father fishing'), is read as one line."""
    text = (
        "Poet laureate reads at the library\n\nBy Ana Ruiz\n\n"
        + _wrapped(
            "PINEDALE -- The county's new poet laureate read a short poem on Saturday at the "
            "library, the first of the twelve she will write for the county this year. It "
            "reads in full:"
        )
        + "\n\nHeron in the shallows\nand my father fishing\n\n"
        + _wrapped(
            "The reading drew about 80 people, the library said, and the poem will be "
            "printed on the back of the county's bus schedules in the spring."
        )
        + "\n"
    )
    draft = _read(tmp_path, "poem.txt", text)
    assert "Heron in the shallows and my father fishing" not in draft.paragraphs
    assert "Heron in the shallows" in draft.paragraphs, draft.paragraphs


# --- a fax read as OCR text


def test_a_fax_s_first_page_under_a_memo_header_is_the_story(tmp_path: Path) -> None:
    """A faxed story with no cover sheet, its first page opening with a short memo header
    ('TO:', 'FROM:', 'RE:') over the headline, byline and first paragraphs: the whole first
    page is dropped as a cover sheet, and a line of the second page is read as the headline."""
    text = """MAR-02-2026 10:05 FROM:ASHBY GRANGE HALL      5550187      TO:5550100      P.1/2

TO:    City Desk, Valley Ledger
FROM:  Ruth Okonkwo
RE:    Grange supper story, 14 inches

Ashby Grange serves its last pancake supper

By Ruth Okonkwo

ASHBY -- The pancake supper the Ashby Grange has served every
March since 1936 will be its last in the hall on Mill Road,
members voted on Saturday, when the grange agreed to sell the
building to the township for a dollar.

The grange has 19 members now, down from more than 200 in the
1950s, said its master, Lowell Pryce, and the roof needs work
the members cannot pay for.

                            (more)

MAR-02-2026 10:07 FROM:ASHBY GRANGE HALL      5550187      TO:5550100      P.2/2

"We kept the griddles going as long as we could," Pryce said.

The township plans to use the hall for its road crew and to
store its plows.

                            -30-
"""
    draft = _read(tmp_path, "grange.txt", text)
    assert draft.headline == "Ashby Grange serves its last pancake supper", draft.headline
    assert draft.byline == ("Ruth Okonkwo",)
    assert draft.paragraphs[0].startswith("ASHBY -- The pancake supper"), draft.paragraphs


# --- a mail's signature delimiter


def test_a_section_break_of_two_hyphens_is_no_signature(tmp_path: Path) -> None:
    """Text pasted from a word processor sets each paragraph on a line of its own, with no
    empty line between; a section break typed as two hyphens (with the space the editor
    left after them) is read as a mail's signature delimiter, and every paragraph after it,
    to the end of the story, is dropped as the sender's signature."""
    text = (
        "Council delays vote on the bridge\n"
        "By Ana Ruiz\n"
        "PINEDALE — The council delayed its vote on the Harbor Street bridge on Tuesday night, saying it needed the state's inspection report first.\n"
        "Residents who spoke at the meeting were split over the span's future.\n"
        "-- \n"
        "In other business, the council approved a new contract for the city's trash haulers, which will raise rates by 4 percent in July.\n"
        "The council meets again on Tuesday.\n"
    )
    draft = _read(tmp_path, "council.txt", text)
    body = "\n".join(draft.paragraphs)
    assert "In other business, the council approved a new contract" in body, draft.stripped
    assert draft.paragraphs[-1] == "The council meets again on Tuesday."


# --- notices to republishers, support banners, hit counters and end marks


def _nonprofit(line: str) -> str:
    return _story(
        "Nonprofit newsroom's stories now run in 40 papers",
        "PINEDALE — The Pinedale Current, a nonprofit newsroom, said Monday its stories now "
        "appear in 40 papers across the state, up from six two years ago.",
        line,
        "The Current has 11 reporters and is paid for by donors and two foundations.",
    )


def test_a_sentence_saying_a_story_is_free_to_republish_is_story(tmp_path: Path) -> None:
    """A story about a nonprofit newsroom says why its work travels: 'The story is free to
    republish under a Creative Commons license, which is why ...'; the paragraph is dropped
    as the notice a site sets under its stories."""
    line = (
        "The story is free to republish under a Creative Commons license, which is why small "
        "weeklies picked it up within a day, editor Tom Bell said."
    )
    draft = _read(tmp_path, "current.txt", _nonprofit(line))
    assert line in draft.paragraphs, draft.stripped


def test_a_paragraph_opening_republishing_and_a_question_mark_is_story(tmp_path: Path) -> None:
    """A paragraph that opens with the word asked as a question ('Republishing? Bell said it
    was the best decision ...') is dropped as a republishing notice, however long."""
    line = (
        "Republishing? Bell said letting other papers run its stories for free was the single "
        "best decision the newsroom ever made."
    )
    draft = _read(tmp_path, "current.txt", _nonprofit(line))
    assert line in draft.paragraphs, draft.stripped


def test_a_sentence_opening_reporting_like_this_is_possible_is_story(tmp_path: Path) -> None:
    """A source's words on what made an investigation possible ('Reporting like this is
    possible only because sources trust us, ...') are dropped as a support banner's appeal."""
    line = (
        "Reporting like this is possible only because sources trust us with documents, Bell "
        "said, and that trust took the Current years to earn."
    )
    draft = _read(tmp_path, "current.txt", _nonprofit(line))
    assert line in draft.paragraphs, draft.stripped


def test_a_sentence_quoting_a_hit_counter_is_story(tmp_path: Path) -> None:
    """A feature about an old website quotes its counter: 'You are visitor number 41,117,
    the counter at the bottom still reads.' The paragraph is dropped as the counter itself."""
    line = "You are visitor number 41,117, the counter at the bottom still reads."
    text = _story(
        "The website time forgot",
        "PINEDALE — The Pinedale Garden Club's website has not changed since 2003, and its "
        "members like it that way.",
        line,
        '"It works," club president Tom Bell said.',
    )
    draft = _read(tmp_path, "garden.txt", text)
    assert line in draft.paragraphs, draft.stripped


def test_a_paragraph_opening_end_of_story_and_a_dash_is_story(tmp_path: Path) -> None:
    """The end mark with where to ask after a dash ('END OF STORY — Questions: desk@...')
    takes any paragraph that opens with the phrase and a word like 'call': 'End of story —
    call it stubbornness, Bell said, but ...' is dropped."""
    line = (
        "End of story — call it stubbornness, Bell said, but the club will not pay for a new one."
    )
    text = _story(
        "The website time forgot",
        "PINEDALE — The Pinedale Garden Club's website has not changed since 2003, and its "
        "members like it that way.",
        line,
        "The club meets on the first Tuesday of each month.",
    )
    draft = _read(tmp_path, "garden.txt", text)
    assert line in draft.paragraphs, draft.stripped


# --- a byline of two names and an outlet


def test_a_pair_s_byline_with_reporting_by_a_third_keeps_the_third(tmp_path: Path) -> None:
    """'By Ana Ruiz and Li Wei, with reporting by Tom Bell': the rule that drops an outlet
    after two names drops 'with reporting by Tom Bell' with it; Tom Bell is credited
    nowhere."""
    text = _story(
        "Council delays vote on the bridge",
        "The council delayed its vote on the Harbor Street bridge on Tuesday night, saying it "
        "needed the state's inspection report first.",
        "Residents who spoke at the meeting were split over the span's future.",
    ).replace("By Ana Ruiz", "By Ana Ruiz and Li Wei, with reporting by Tom Bell")
    draft = _read(tmp_path, "bridge.txt", text)
    credited = [*draft.byline, *(c.name for c in draft.contributors)]
    assert "Tom Bell" in credited, (draft.byline, draft.contributors, draft.dek)


# --- an in-house credit line


def test_a_portrait_s_name_before_its_credit_is_its_caption(tmp_path: Path) -> None:
    """A portrait captioned with the person's name, its credit after it ('Lena Park
    Photo: Tom Bell'): the name is read as an in-house outlet ('Current Lines photo by ...')
    and kept in the credit, the caption left empty, and the story's first paragraph taken
    for the picture's caption."""
    page = (
        "<!DOCTYPE html><html><head><title>Park named county clerk | The Ledger</title></head>"
        "<body><article><h1>Park named county clerk</h1><p class='byline'>By Ana Ruiz</p>"
        "<figure><img src='park.jpg' alt='Lena Park'><figcaption>Lena Park <em>Photo: Tom Bell</em></figcaption></figure>"
        "<p>The county board named Lena Park its new clerk on Tuesday, ending a three-month search.</p>"
        "<p>Park, 44, has worked in the clerk's office for 12 years.</p>"
        "</article></body></html>"
    )
    draft = _read(tmp_path, "park.html", page)
    assert [(i.caption, i.credit) for i in draft.images] == [("Lena Park", "Tom Bell")]
    assert draft.paragraphs[0].startswith("The county board named Lena Park"), draft.paragraphs


# --- a FrontPage photo gallery's table


def test_a_page_laid_out_in_a_table_keeps_its_story(tmp_path: Path) -> None:
    """An old site lays its page out in a table: a row of the banner's two pictures over a
    row of the navigation and the story. It is read as a gallery of pictures over their
    captions: the story's headline, byline and paragraphs become one picture's caption."""
    page = """<html><head><title>Pinedale Historical Society - News</title></head>
<body>
<table width="760">
<tr><td><img src="images/banner-left.jpg" width="380" height="120"></td><td><img src="images/banner-right.jpg" width="380" height="120"></td></tr>
<tr><td valign="top"><a href="index.htm">Home</a><br><a href="news.htm">News</a><br><a href="contact.htm">Contact</a></td>
<td valign="top">
<h1>Society saves the old depot</h1>
<p>By Ana Ruiz</p>
<p>The Pinedale Historical Society has bought the old railroad depot on Front Street, which the railroad had planned to tear down this spring.</p>
<p>The society paid $40,000 for the building, raised from more than 300 members and neighbors over two years, president Tom Bell said.</p>
<p>It plans to open a museum there next summer.</p>
</td></tr>
</table>
</body></html>
"""
    draft = _read(tmp_path, "depot.htm", page)
    assert draft.byline == ("Ana Ruiz",)
    assert len(draft.paragraphs) == 3, draft.paragraphs
    assert not any("railroad depot" in i.caption for i in draft.images)


# --- unrun WordPress shortcodes


def _post(paragraph: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Council delays vote | The Ledger</title></head>"
        "<body><article><h1>Council delays vote on the bridge</h1><p class='byline'>By Ana Ruiz</p>"
        f"{paragraph}"
        "<p>The council delayed its vote on the Harbor Street bridge on Tuesday night, saying it needed the state's inspection report first.</p>"
        "<p>Residents who spoke at the meeting were split over the span's future.</p>"
        "</article></body></html>"
    )


def test_a_caption_shortcode_around_a_quote_with_a_bracketed_word_is_read(
    tmp_path: Path,
) -> None:
    """A captioned picture's shortcode whose caption quotes someone with a word the editor
    set in brackets ('... the bridge "[is] not safe for cars."'): the shortcode is left in
    the caption and its closing tag read as the credit."""
    page = _post(
        '<p>[caption id="attachment_12" align="alignright" width="300"]<img src="mayor.jpg" alt="Mayor Ana Ruiz"> '
        'Mayor Ana Ruiz says the bridge "[is] not safe for cars." (Photo: Tom Bell)[/caption]</p>'
    )
    draft = _read(tmp_path, "bridge.html", page)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ('Mayor Ana Ruiz says the bridge "[is] not safe for cars."', "Tom Bell")
    ]


def test_a_page_builder_s_shortcode_with_many_attributes_reads_fast(tmp_path: Path) -> None:
    """A page builder's shortcodes left in a post's content (Divi's and WPBakery's carry a
    score of attributes each: '[et_pb_text _builder_version="4.16" text_font_size="18px"
    ...]') before the text they hold: each attribute doubles the time the paragraph takes to
    read."""

    def post(n: int) -> str:
        attributes = " ".join(f'a{k}="v{k}"' for k in range(n))
        return _post(
            f"<p>[et_pb_text {attributes}]The council met on Tuesday.[/et_pb_text][/et_pb_column]</p>"
        )

    assert _linear(tmp_path, "bridge.html", post, 21)


# --- a comparison program's summary


def test_a_redline_with_its_comparison_summary_first_keeps_its_story(tmp_path: Path) -> None:
    """A comparison program can set its summary on the redline's first page instead of its
    last ('Document comparison by Workshare Compare on ...'); every paragraph after the
    summary's line is read as its furniture, and the story is refused as empty."""
    import docx

    document = docx.Document()
    document.add_paragraph(
        "Document comparison by Workshare Compare on Tuesday, December 1, 2026 4:02:11 PM"
    )
    document.add_paragraph("Township hires a new road master", style="Title")
    document.add_paragraph("By Piet Osei")
    document.add_paragraph(
        "GLEN ARDEN, Pa. — The township supervisors hired a new road master on Monday, ending a four-month search."
    )
    document.add_paragraph("He starts on Jan. 4 at a salary of $71,000.")
    path = tmp_path / "roads.docx"
    document.save(str(path))
    from newsroom.errors import InputError
    from newsroom.filing.reader import read_draft

    try:
        draft = read_draft(path)[1]
    except InputError as refused:
        raise AssertionError(f"the file was refused: {refused}") from refused
    assert draft.headline == "Township hires a new road master"
    assert draft.paragraphs[-1] == "He starts on Jan. 4 at a salary of $71,000."

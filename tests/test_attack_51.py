# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-first pass, aimed at the twenty-eighth filing round:
a meeting's saved chat (a writer's answer to the desk, or a paragraph the writer adds after
the one they quote, read as a rewrite that replaces it; a word about a picture read as a
listed caption), a bilingual review file's target column read out of a story's own data
table, a 'Photo of the week' or an 'Editor's pick' heading in a story read as a page's rail
(the paragraphs and the picture under it lost), a blog platform's callout lost whole, a
mail server's notice, a library's evaluation notice and a usage note matched on a story's
own sentences, a title-case colon dateline read from a kicker or a speaker's name, and a
source who checked the figures credited as a contributor. Each hole is a plain story
misread: a paragraph, a fact box's line or a picture lost, talk to the desk left in the
story, a label or a name read as the dateline, or a source's sentence taken for a credit.
Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, "By Ana Ruiz", *paragraphs)) + "\n"



# --- a meeting's saved chat: replies to the desk, a word about a picture

_CHAT_HEAD = """09:30:05 From Dana Whitfield (Metro Desk) to Everyone:
\tMorning. Budget first, then Tomas's file.
09:31:12 From Tomas Lindqvist to Everyone:
\tMail is down here, pasting the ferry story in parts
09:32:40 From Tomas Lindqvist to Everyone:
\tHEADLINE: Island ferry adds a winter run as school numbers grow
\tBy Tomas Lindqvist
09:33:18 From Tomas Lindqvist to Everyone:
\tHARBOR ISLE, Maine -- The ferry to the outer islands will add a 6:15 a.m. run this winter so that children can reach the mainland school before the first bell, the ferry service said on Monday.
\t
\tUntil now the first boat left at 7:40, and about 30 pupils stayed on the mainland with relatives from Sunday to Friday, said Ruth Calder, who heads the island school board.
09:33:55 From Mei Okafor (Sports) to Everyone:
\tcan someone mute, there is a dog barking
09:34:30 From Tomas Lindqvist to Everyone:
\tThe early run costs the service about 900 dollars a week in fuel and crew, which the state will cover for two winters, said the ferry service's director, Paul Brennan.
\t
\tThe boat will wait at the mainland pier for ten minutes after the school bus arrives on the way back, so that no child misses it, Brennan said at a meeting in the island hall.
"""

_CHAT_TAIL = """09:37:44 From Tomas Lindqvist to Everyone:
\tParents said the change had come after three years of asking. "My son will sleep in his own bed on a school night for the first time since he was eleven," said Ellen Marsh, a lobster fisher's wife.
\t
\tEND
"""

_OLD = "The early run costs the service about 900 dollars a week"


def test_a_writer_s_answer_to_the_desk_is_no_rewrite(tmp_path: Path) -> None:
    """The desk asks about a paragraph, quoting its first words, and the writer answers in a
    reply of one long sentence with a figure in it: the answer is taken for the paragraph
    rewritten and put in its place. The paragraph is lost from the story and the writer's
    word to the desk ('A week. Brennan said so ...') is printed in it."""
    text = (
        _CHAT_HEAD
        + """09:35:02 From Dana Whitfield (Metro Desk) to Everyone:
\tReplying to "The early run costs the service about 900 dollars a week in f..."
\t
\tTomas, is that 900 a week or a month? Readers will ask.
09:36:10 From Tomas Lindqvist to Everyone:
\tReplying to "Tomas, is that 900 a week or a month? Readers will ask...."
\t
\tA week. Brennan said so at the board meeting on Monday, and the figure is in the service's budget for 2027, which the board posted on its website last month.
"""
        + _CHAT_TAIL
    )
    draft = _read(tmp_path, "ferry.txt", text)
    body = _body(draft)
    assert _OLD in body, draft.paragraphs
    assert "Brennan said so at the board meeting" not in body, draft.paragraphs


def test_a_paragraph_added_after_a_quoted_one_keeps_both(tmp_path: Path) -> None:
    """The writer replies to one of their own paragraphs with 'Add this after that para:'
    and a new paragraph: the reply is read as a rewrite, and the new paragraph takes the
    old one's place. The story loses the paragraph the writer meant to keep."""
    text = (
        _CHAT_HEAD
        + """09:36:10 From Tomas Lindqvist to Everyone:
\tReplying to "The early run costs the service about 900 dollars a week in f..."
\t
\tAdd this after that para:
\t
\tThe state money comes from a 2024 grant for rural schools, which also pays for the school bus that meets the ferry on the mainland side each morning, said Brennan.
"""
        + _CHAT_TAIL
    )
    draft = _read(tmp_path, "ferry.txt", text)
    body = _body(draft)
    assert _OLD in body, draft.paragraphs
    assert "The state money comes from a 2024 grant" in body, draft.paragraphs


def test_a_writer_s_word_about_a_picture_is_no_caption(tmp_path: Path) -> None:
    """After the story, the desk says a picture is soft and the writer answers 'Photo 2 -
    yes it is blurry, ...': any line of the writer's that opens like a numbered caption is
    taken as one, and with no picture to hold it, the answer is printed as the story's last
    paragraph."""
    text = (
        _CHAT_HEAD
        + _CHAT_TAIL
        + """09:38:15 From Tomas Lindqvist to Everyone:
\tPhotos coming by phone. Captions:
\tPic 1: The ferry leaves the mainland pier on Monday morning. (Photo: Tomas Lindqvist)
\tPic 2: Pupils wait for the school bus at the pier. (Photo: Courtesy of the Island School Board)
09:38:30 From Dana Whitfield (Metro Desk) to Everyone:
\tPic 2 is soft, do you have another?
09:38:40 From Tomas Lindqvist to Everyone:
\tPhoto 2 - yes it is blurry, the light was bad at the pier, I will send a sharper one tonight.
"""
    )
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.paragraphs[-1].startswith("Parents said the change"), draft.paragraphs
    assert "blurry" not in _body(draft)
    assert not any("blurry" in i.caption for i in draft.images), draft.images


# --- a bilingual review file's columns read out of a story's own table


def test_a_story_s_table_with_source_and_target_columns_is_kept(tmp_path: Path) -> None:
    """A story on the county's recycling goals carries a table whose columns are
    'Material', 'Source' and 'Target': any table with both headers is taken for a
    translation tool's review file and read down its target column, so the story keeps
    '60%', '40%', '35%' and loses which material each figure is for."""
    document = docx.Document()
    document.add_paragraph("County misses its recycling goals")
    document.add_paragraph("By Ana Ruiz")
    document.add_paragraph("LARAMIE — The county recycled less than half of what it promised in 2026, a report released Monday shows.")
    rows = (
        ("Material", "Source", "Target"),
        ("Paper", "Curbside bins", "60%"),
        ("Glass", "Drop-off sites", "40%"),
        ("Plastic", "Curbside bins", "35%"),
    )
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.add_paragraph("The county said it would try again next year.")
    path = tmp_path / "recycling.docx"
    document.save(str(path))
    draft = _read(tmp_path, "recycling.docx", path.read_bytes())
    body = _body(draft)
    for word in ("Paper", "Glass", "Plastic"):
        assert word in body, draft.paragraphs


# --- a page's rail headings matched on a story's own crossheads


def test_a_photo_of_the_week_crosshead_keeps_the_story_under_it(tmp_path: Path) -> None:
    """A page of readers' pictures has the crosshead 'Photo of the week' over the winning
    picture: the crosshead is read as a rail's heading, and the winning picture and the
    paragraphs under it, the story's own, are all lost as the rail's teasers."""
    text = """<html><head><title>Readers' best shots of the first snow</title></head><body>
<article>
<h1>Readers' best shots of the first snow</h1>
<p class="byline">By Ana Ruiz</p>
<p>LARAMIE — Readers sent us more than 300 pictures of Sunday's first snow. Our photo editor picked one for each day of the week, and the winner of the week.</p>
<h2>Photo of the week</h2>
<figure><img src="snow1.jpg" alt="A fox in the snow"><figcaption>A red fox crosses a snowy field near Centennial on Sunday. (Photo: Jo Hart)</figcaption></figure>
<p>Jo Hart took the picture from her kitchen window at dawn, she said.</p>
<p>Send your pictures to photos@example.com.</p>
</article></body></html>
"""
    draft = _read(tmp_path, "snow.html", text)
    assert "Jo Hart took the picture from her kitchen window at dawn, she said." in draft.paragraphs, draft.paragraphs
    assert [i.credit for i in draft.images] == ["Jo Hart"], draft.images


def test_the_picture_under_a_story_s_photo_of_the_day_crosshead_is_kept(tmp_path: Path) -> None:
    """In a Markdown story about readers' pictures, the picture under the crosshead 'Photo
    of the day' is dropped as the one a page's rail shows, whatever its caption says: the
    story the picture is the subject of files without it."""
    text = (
        "# Readers' best shots of the first snow\n\nBy Ana Ruiz\n\n"
        "LARAMIE — Readers sent us more than 300 pictures of Sunday's first snow, and our photo editor picked one for each day of the week.\n\n"
        "## Photo of the day\n\n"
        "![A fox in the snow](fox.jpg)\n\n"
        "A red fox crosses a snowy field near Centennial on Sunday. (Photo: Jo Hart)\n\n"
        "Jo Hart took the picture from her kitchen window at dawn, she said, and it was the first fox she had seen there in ten years.\n"
    )
    draft = _read(tmp_path, "snow.md", text)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("A red fox crosses a snowy field near Centennial on Sunday.", "Jo Hart")
    ], draft.images


def test_an_editor_s_pick_crosshead_keeps_the_story_under_it(tmp_path: Path) -> None:
    """A holiday wine column's first crosshead is 'Editor's pick': matched as a page's
    'Editor's Pick' rail, it and everything after it (the wines, their prices, the next
    crosshead and its paragraphs) are lost, and the column files with its lede alone."""
    text = (
        "# Five wines for the holiday table\n\nBy Ana Ruiz\n\n"
        "The holidays are when most of us buy wine for a crowd, and the best bottles for that job are not the priciest ones.\n\n"
        "## Editor's pick\n\n"
        "2022 Sandhill Red, 14 dollars\n\n"
        "This Wyoming blend is soft and fruity and goes with turkey and ham alike.\n\n"
        "## For the host\n\n"
        "2021 Casper Cellars Riesling, 18 dollars\n\n"
        "A dry riesling that works with almost anything on the table.\n"
    )
    draft = _read(tmp_path, "wines.md", text)
    body = _body(draft)
    assert "This Wyoming blend is soft and fruity and goes with turkey and ham alike." in body, draft.paragraphs
    assert "A dry riesling that works with almost anything on the table." in body, draft.paragraphs


# --- a blog platform's callout


def test_a_callout_s_text_is_kept(tmp_path: Path) -> None:
    """A blog platform's Markdown export sets a callout as '<div data-node-type="callout">'
    with its icon and its text in blocks of their own: the block is now read as a page's
    box and dropped whole, and a story on warming centers loses where they are and when
    they open (the round meant to drop the markup, not the writer's words)."""
    text = (
        "# County opens warming centers as cold snap arrives\n\nBy Ana Ruiz\n\n"
        "LARAMIE — The county opened three warming centers on Sunday as temperatures fell to 25 below zero, the coldest night in a decade.\n\n"
        '<div data-node-type="callout">\n'
        '<div data-node-type="callout-emoji">📍</div>\n'
        '<div data-node-type="callout-text">The centers are at the library, the fairgrounds and the Eastside church, and stay open until 8 a.m. each day through Friday.</div>\n'
        "</div>\n\n"
        "The county said buses would run to all three centers for free.\n"
    )
    draft = _read(tmp_path, "cold.md", text)
    assert "The centers are at the library, the fairgrounds and the Eastside church" in _body(draft), draft.paragraphs


# --- new chrome matched on a story's own sentences


def test_a_story_quoting_an_e_mail_s_notice_keeps_the_paragraph(tmp_path: Path) -> None:
    """A story about a hospital's misdirected e-mail quotes the note it sent after ('This
    message contains confidential information ... not the intended recipient, read a note
    ...'): a mail server's notice is matched at any length on any paragraph that opens so,
    and the story's paragraph is deleted."""
    text = _story(
        "Hospital mailed patient records to wrong list",
        "PINEDALE — The county hospital sent the names and diagnoses of 212 patients to a mailing list of 4,000 residents on Friday, officials said.",
        "This message contains confidential information about patients and should be deleted by anyone who is not the intended recipient, read a note the hospital sent an hour later, after residents began calling.",
        "The hospital said it would notify the state.",
    )
    draft = _read(tmp_path, "hospital.txt", text)
    assert any(p.startswith("This message contains confidential") for p in draft.paragraphs), draft.paragraphs


def test_a_sentence_opening_with_evaluation_only_is_kept(tmp_path: Path) -> None:
    """A document library's notice ('Evaluation Only. Created with ...') is matched on any
    line opening with the two words: a story on grading teacher colleges loses its paragraph
    'Evaluation only began in 2024, when lawmakers ordered ...'."""
    text = _story(
        "State to grade teacher training programs",
        "CHEYENNE — The state will start grading the colleges that train its teachers next fall, the education board decided Tuesday.",
        "Evaluation only began in 2024, when lawmakers ordered the board to track how many graduates stay in the classroom for five years.",
        "The first grades are due in 2027.",
    )
    draft = _read(tmp_path, "colleges.txt", text)
    assert any(p.startswith("Evaluation only began in 2024") for p in draft.paragraphs), draft.paragraphs


def test_a_fact_box_s_usage_line_is_kept(tmp_path: Path) -> None:
    """A story on a new pool closes with its fact box ('Hours: ...', 'Usage: free for
    members of the recreation center, 5 dollars for others'): the usage line is read as a
    syndicator's note to its partners and deleted, and readers learn the hours but not the
    price."""
    text = _story(
        "New pool opens on the east side",
        "LARAMIE — The city opened its new east-side pool on Saturday, two years after voters approved the bond that paid for it.",
        "Hours: 6 a.m. to 9 p.m. daily",
        "Usage: free for members of the recreation center, 5 dollars for others",
        "The pool cost 8 million dollars, the city said.",
    )
    draft = _read(tmp_path, "pool.txt", text)
    assert "Usage: free for members of the recreation center, 5 dollars for others" in draft.paragraphs, draft.paragraphs


# --- a title-case colon dateline


def test_a_day_s_name_before_a_colon_is_no_dateline(tmp_path: Path) -> None:
    """A lede opens with a kicker, 'Election Day: Voters in Laramie County ...', and later
    says 'in the run-up to Election Day': a title-case colon dateline is taken whenever the
    words follow 'to' or 'in' again, and the story is datelined 'Election Day'."""
    text = _story(
        "Long lines greet early voters",
        "Election Day: Voters in Laramie County waited up to two hours on Tuesday, the longest lines the clerk's office has seen in the run-up to Election Day since 2008.",
        "The clerk said more machines would be added.",
    )
    draft = _read(tmp_path, "voters.txt", text)
    assert draft.dateline == "", draft.dateline


def test_a_speaker_s_name_before_a_colon_is_no_dateline(tmp_path: Path) -> None:
    """A profile in a nurse's own words opens 'Mary Olsen: I came to Casper in 1994 ...' and
    closes 'Patients still write to Mary Olsen ...': 'to Mary Olsen' is read as the place
    named again, and the story is datelined with the speaker's name, the very case the rule
    says it rules out."""
    text = _story(
        "A nurse on 30 years in the emergency room",
        "Mary Olsen: I came to Casper in 1994 to work nights in the emergency room, and I never left. The hospital was half the size it is now.",
        "Olsen retires on Friday. She spoke with the Star-Tribune about what has changed.",
        "Patients still write to Mary Olsen years after they were treated, the hospital said.",
    )
    draft = _read(tmp_path, "nurse.txt", text)
    assert draft.dateline == "", draft.dateline


# --- the new contributor forms


def test_a_source_who_checked_the_figures_is_no_contributor(tmp_path: Path) -> None:
    """A story on the town's balanced books ends 'The figures were checked by Tom Bell, the
    state auditor.': the new 'checked by' form reads the auditor, a source, as the story's
    researcher, and the sentence of reporting is taken out of the story."""
    text = _story(
        "Town's books balanced for first time in a decade",
        "RIVERTON — The town ended its fiscal year with its books balanced for the first time since 2015, the treasurer said Monday.",
        "The town spent 4.1 million dollars and took in 4.2 million, she said.",
        "The figures were checked by Tom Bell, the state auditor.",
    )
    draft = _read(tmp_path, "books.txt", text)
    assert not draft.contributors, draft.contributors
    assert draft.paragraphs[-1] == "The figures were checked by Tom Bell, the state auditor.", draft.paragraphs

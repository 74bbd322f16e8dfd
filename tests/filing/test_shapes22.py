# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-second filing round reads right: a page a browser printed to PDF and
copied as text, an outlet's credit kept whole and a slashed label taken off, a note-taking
app's lines and notes, a converter's picture marks, a market strip, a writer's station under
the name, and a closing 'With files from' line."""

from __future__ import annotations

import textwrap
from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


PRINTED = """11/4/26, 3:02 PM Harbor board delays ferry dock vote again | The Island Record
Skip to main content
THE ISLAND RECORD

Harbor board delays ferry dock vote for a third time

The county wants another engineering study before it picks a contractor

By Ana Ruiz
Published 5:10 p.m. PT Nov. 3, 2026

Riders wait for the water taxi at the closed ferry dock in Harbor Point on Monday, Nov. 2. The dock
has been closed since May.
ANA RUIZ/THE ISLAND RECORD

The Harbor Point port board put off a vote on rebuilding the ferry dock on Tuesday for the third time
since summer, saying it wanted a second engineering study before choosing a contractor.

The dock has been closed since May, when inspectors found rot in pilings driven in the 1950s. Riders
have used a water taxi that holds 40 people, a third of what the ferry carried.

https://www.islandrecord.example/news/2026/11/03/ferry-dock-vote-delayed/ 1/2
11/4/26, 3:02 PM Harbor board delays ferry dock vote again | The Island Record

Commissioner Lena Fowler said the first study
(https://www.harborpoint.example/port/docs/dock-study-2026.pdf) left out the cost of moving the
fuel line under the dock. "We can't sign a contract for a number we know is wrong," she said.

Riders who spoke to the Record said the delay will cost them another winter of waiting in the
rain for a boat that fills up by the second run. Several said they would drive around the

https://www.islandrecord.example/news/2026/11/03/ferry-dock-vote-delayed/ 2/2
11/4/26, 3:02 PM Harbor board delays ferry dock vote again | The Island Record

sound instead, which takes about 90 minutes each way.

The board will take up the study's scope on Nov. 17.

Conversation  0 Comments
Sign in to join the conversation

MORE LOCAL NEWS
School levy passes by 41 votes
Library extends weekend hours
"""


def test_a_page_a_browser_printed_to_pdf_copied_as_text(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", PRINTED)
    assert draft.headline == "Harbor board delays ferry dock vote for a third time"
    assert draft.byline == ("Ana Ruiz",)
    # each page's header and footer is no text, and a paragraph a page break cut is one
    assert "3:02 PM" not in body and "1/2" not in body and "islandrecord.example" not in body
    assert (
        "Riders who spoke to the Record said the delay will cost them another winter of waiting in the rain for a boat that fills up by the second run. Several said they would drive around the sound instead, which takes about 90 minutes each way."
        in draft.paragraphs
    )
    # the address the print style set after a link is no text of its paragraph
    assert any(
        p.startswith(
            "Commissioner Lena Fowler said the first study left out the cost of moving the fuel line"
        )
        for p in draft.paragraphs
    )
    # a caption of two sentences over its credit, the two a paragraph of their own
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Riders wait for the water taxi at the closed ferry dock in Harbor Point on Monday, Nov. 2. The dock has been closed since May.",
            "ANA RUIZ/THE ISLAND RECORD",
        )
    ]
    # a comment section's bar, and the teasers under it
    assert "Conversation" not in body and "School levy" not in body
    assert body.endswith("The board will take up the study's scope on Nov. 17.")


def test_two_sentences_over_a_credit_set_apart_are_no_caption(tmp_path: Path) -> None:
    text = """Ferry dock repairs run months past the deadline

By Ana Ruiz

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair.

Crews found rot in the pilings in June. The county's engineer said the work would take longer.

Photo by Ana Ruiz

Riders will take the water taxi until the dock reopens in March, a spokesperson said.
"""
    _, body = read(tmp_path, "dock.txt", text)
    assert (
        "Crews found rot in the pilings in June. The county's engineer said the work would take longer."
        in body
    )


CREDITED = """Ferry dock repairs run months past the deadline

By Ana Ruiz

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.

Riders wait for the water taxi at the closed dock on Monday. Record Photo: Lena Fowler

Crews found rot in the 1950s pilings in June, the county's engineer said.

A diver inspects a piling under the dock in June. ISLAND RECORD PHOTO BY MARK OSEI

Riders will take the water taxi until the dock reopens in March, a spokesperson said.

The ferry on its last run before the dock closed in May. PHOTO/KOFI MENSAH

The county's engineer at a board meeting on Tuesday. PHOTO/FILE
"""


def test_an_outlet_s_credit_kept_whole_and_a_slashed_label_taken_off(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "dock.txt", CREDITED)
    assert [(p.caption, p.credit) for p in draft.images] == [
        (
            "Riders wait for the water taxi at the closed dock on Monday.",
            "Record Photo: Lena Fowler",
        ),
        ("A diver inspects a piling under the dock in June.", "ISLAND RECORD PHOTO BY MARK OSEI"),
        ("The ferry on its last run before the dock closed in May.", "KOFI MENSAH"),
        ("The county's engineer at a board meeting on Tuesday.", "FILE"),
    ]


def test_a_picture_s_place_or_an_agency_s_credit_is_no_outlet(tmp_path: Path) -> None:
    text = CREDITED.replace("Record Photo: Lena Fowler", "Top photo: Lena Fowler").replace(
        "PHOTO/KOFI MENSAH", "AP Photo/Kofi Mensah"
    )
    draft, _ = read(tmp_path, "dock.txt", text)
    assert [p.credit for p in draft.images][:3] == [
        "Lena Fowler",
        "ISLAND RECORD PHOTO BY MARK OSEI",
        "AP Photo/Kofi Mensah",
    ]


NOTEBOOK = """Dock story — draft for Friday
Thursday, November 5, 2026
2:14 PM

HED: Ferry dock repairs run months past the deadline

By Ana Ruiz

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed, the county said in a statement Wednesday.

"We know riders are frustrated, and we share that frustration. The new pilings are in and the deck work starts Monday," County Executive Dana Holt said in the statement.

Pasted from <https://www.harborpoint.example/news/dock-update>

Crews found rot in the 1950s pilings in June, the county's engineer said, and the rebuilt dock will need a new permit from the state.

Riders will take the water taxi until the dock reopens in March, a spokesperson said, and the county will keep the taxi's fares at the ferry's price.

——————————
BACKGROUND / NOTES (not for story)

County code 12.40.110 sets the dock's load limit at 40 tons for vehicles on the deck.

Screen clipping taken: 11/4/2026 9:02 PM

Audio recording started: 7:01 PM Tuesday, November 3, 2026

Call the engineer back about the permit date
"""


def test_a_note_taking_app_s_lines_and_its_notes_under_the_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.txt", NOTEBOOK)
    assert draft.headline == "Ferry dock repairs run months past the deadline"
    assert any(p.startswith('"We know riders are frustrated') for p in draft.paragraphs)
    assert "Pasted from" not in body
    assert "will keep the taxi's fares at the ferry's price." in body
    for note in ("load limit", "Screen clipping", "Audio recording", "Call the engineer"):
        assert note not in body


# a Word 97 file as antiword prints it: lines wrapped at 76 columns, '[pic]' where a
# picture stood
ANTIWORD = "\n\n".join(
    textwrap.fill(paragraph, 76)
    if not paragraph.startswith("[pic]")
    else "[pic]\n" + textwrap.fill(paragraph.removeprefix("[pic] "), 76)
    for paragraph in (
        "Bell rings again at the town hall",
        "By Ann Lee",
        "NORWOOD — The bell in the town hall's tower rang again on Saturday for the first time in 40 years, after volunteers spent the summer rebuilding the tower that holds it.",
        "The township board paid for the lumber, and the volunteers gave their time, the board's chairman said. About 80 people came to hear the bell ring at noon, and the Lutheran church's choir sang two hymns on the steps of the hall before the bell was rung.",
        "The bell was cast in Ohio in 1911 and hung in the tower until 1986, when the board took it down because the beams that held it had rotted. It sat in the hall's basement for nearly 40 years before the volunteers offered to fix the tower.",
        "Arvid Halvorson, 88, who rang the bell for the last time in 1986, rang it first on Saturday. His great-granddaughter rang it second, with her father holding the rope above her hands.",
        "Carol Nyquist of the Norwood Historical Society helped with the history for this story.",
        "[pic] Arvid Halvorson watches as the new yoke is fitted to the bell in the rebuilt tower. (Photo by Lorraine Vogt)",
        "[pic] Pictured above: Ellie Halvorson, 6, rings the bell for the first time on Saturday. (Photo by Lorraine Vogt)",
        "PLEASE RUN THE PICTURE OF ELLIE BIG IF YOU CAN! Her grandmother asked me to send it to you.",
    )
)


def test_a_converter_s_picture_marks_a_position_label_and_a_plea_in_capitals(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "bell.txt", ANTIWORD)
    assert [(p.caption, p.credit, p.alt) for p in draft.images] == [
        (
            "Arvid Halvorson watches as the new yoke is fitted to the bell in the rebuilt tower.",
            "Lorraine Vogt",
            "",
        ),
        ("Ellie Halvorson, 6, rings the bell for the first time on Saturday.", "Lorraine Vogt", ""),
    ]
    assert [c.name for c in draft.contributors] == ["Carol Nyquist"]
    assert "PLEASE" not in body and "grandmother" not in body and "[pic]" not in body


STORY = """Ferry dock repairs run months past the deadline

By Ana Ruiz

HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.

Crews found rot in the 1950s pilings in June, the county's engineer said.

Riders will take the water taxi until the dock reopens in March, a spokesperson said.
"""


def test_a_sign_in_capitals_in_a_sentence_is_no_plea(tmp_path: Path) -> None:
    text = STORY + "\nPLEASE USE CAUTION, the signs at the closed dock read, in red letters.\n"
    _, body = read(tmp_path, "dock.txt", text)
    assert "PLEASE USE CAUTION, the signs at the closed dock read, in red letters." in body


DAILY = """Home
News
Business

KSE-100 61,204.55 ▲ 310.20 (0.51%)   USD Rs 278.40   Gold (per tola) Rs 231,500

City

Harbor town's old wells run dry as new bores multiply

Only 12 of the 40 public wells mapped in the old town gave water through the dry season, a survey by residents has found.

Sana Qureshi
Gwadar

Published at : November 5, 2026
Updated at : November 5, 2026 09:10

Of the 40 public wells mapped in the old town, only 12 gave water through the dry season, according to a survey released on Tuesday by a residents' committee.

Seven years ago, the same survey counted 31 wells that gave water all year.

The committee blamed private bores dug for new apartment blocks, which draw from the same shallow water.
"""


def test_a_market_strip_a_writer_s_station_under_the_name_and_published_at(
    tmp_path: Path,
) -> None:
    draft, body = read(tmp_path, "wells.txt", DAILY)
    assert draft.headline == "Harbor town's old wells run dry as new bores multiply"
    assert draft.dek.startswith("Only 12 of the 40 public wells")
    assert draft.byline == ("Sana Qureshi",)
    assert "Gwadar" not in body and "▲" not in body
    assert body.startswith("Of the 40 public wells")


def test_a_closing_line_with_files_from_a_reporter_and_an_agency(tmp_path: Path) -> None:
    text = STORY + "\n— With files from Mara Olsen and The Canadian Press\n"
    draft, body = read(tmp_path, "dock.txt", text)
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Mara Olsen", "additional-reporting")
    ]
    assert "With files from" not in body

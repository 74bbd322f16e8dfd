# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-fourth pass, aimed at the thirtieth filing round: a
chat history mailed as CSV, a printed page read by OCR (its capitals headline over two lines,
its jump lines, its notices and imprint), a chat's story sent in parts, and the Samoan photo
label. Each hole is a plain story misread: a long message refused with an internal error, a
byline read into the headline, the story's paragraphs lost as notices, an imprint or the
stories between a jump and its pickup, a second story filed inside the first, and an
interview's answers read as pictures' credits. Each test failed first, for the reason it
named; each is fixed."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.helpers import Clone, snapshot
from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read


def _column(*paragraphs: str) -> str:
    """Paragraphs as a scanned newspaper column sets them: wrapped at 36 characters."""
    return "\n\n".join(textwrap.fill(p, 36) for p in paragraphs)


FERRY = [
    "KILCARRAN — A passenger ferry will run to Isle Moran again from July, the county council said on Tuesday, three years after the last operator stopped sailing to the island.",
    "Islanders have waited a long time for the boat. \"We have had to hire a fishing boat to get to the doctor,\" said Maire Dunne, who runs the island's only shop.",
    "The council said the first sailing would leave Kilcarran at 9 a.m. on July 1, weather allowing, and that tickets would go on sale at the harbour office in June.",
    "Tickets will cost £4 for residents and £9 for visitors, and the boat will sail twice a day in summer and once a day in winter.",
]


# --- a chat history mailed as CSV


def test_a_csv_chat_with_a_long_story_message_is_filed(room: Clone, tmp_path: Path) -> None:
    """A story of more than 128 KB sent as one message (a long feature, pasted whole) makes
    the CSV reader's field limit raise: the command dies with an internal error (exit 3)
    instead of filing the story."""
    paragraph = "The marae committee said the repairs cost about $180,000, most of it raised through raffles, hāngī sales and a grant from the regional council."
    story = "HED: Flood-hit marae reopens its kitchen\nBy Aroha Ngata\n\n" + "\n\n".join([paragraph] * 1000) + "\n\nENDS"
    rows = [
        "Date,Time,Sender Name,Sender Phone Number,Message",
        "14/05/2026,07:58:02,Me,+64 21 555 0101,Morning Aroha - is the marae story coming today?",
        "14/05/2026,08:20:40,Aroha Ngata,+64 27 555 0188,Yes sending now",
        f'14/05/2026,08:31:12,Aroha Ngata,+64 27 555 0188,"{story}"',
        "14/05/2026,08:40:00,Me,+64 21 555 0101,Great thanks",
        "14/05/2026,08:41:00,Aroha Ngata,+64 27 555 0188,ok",
    ]
    path = tmp_path / "marae.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reporter = room.act_as("rtorres")
    before = snapshot(reporter.path)
    result = reporter.run("file", str(path), "--slug", "marae-kitchen")
    assert "internal error" not in result.text and "Traceback" not in result.text, result.text
    assert result.code in (0, 1), result.text
    assert snapshot(reporter.path) != before


def test_a_csv_chat_whose_rows_leave_their_empty_last_field_out_is_read(tmp_path: Path) -> None:
    """A chat history whose program names an attachment's column last and leaves the field
    out of a row with none ('...,Message,Attachment' over rows of five fields): every row
    but one is short of a field, the file is read as plain text, and its rows (the desk's
    talk, dates and phone numbers) are filed as the story."""
    rows = [
        "Date,Time,Sender Name,Sender Phone Number,Message,Attachment",
        "14/05/2026,07:58:02,Me,+64 21 555 0101,Morning Aroha - is the marae story coming today?",
        '14/05/2026,08:20:40,Aroha Ngata,+64 27 555 0188,"Yes, here it is"',
        '14/05/2026,08:31:12,Aroha Ngata,+64 27 555 0188,"HED: Flood-hit marae reopens its kitchen after six months of repairs\nBy Aroha Ngata\n\n'
        "WAIROA -- The kitchen at Te Rauhina marae reopened on Saturday, six months after floodwater filled the dining hall to the height of its tables and ruined every oven and fridge.\n\n"
        'Volunteers from three hapū spent weekends stripping the walls, and a local builder donated the timber for the new benches and shelves.\n\nENDS"',
        "14/05/2026,08:37:10,Aroha Ngata,+64 27 555 0188,Photo message,IMG_2231.jpg",
        '14/05/2026,08:40:00,Me,+64 21 555 0101,"Great, thanks! Running it at noon"',
    ]
    draft = _read(tmp_path, "marae.txt", "\n".join(rows) + "\n")
    assert draft.headline == "Flood-hit marae reopens its kitchen after six months of repairs"
    body = _body(draft)
    assert "Running it at noon" not in body and "+64" not in body, draft.paragraphs
    assert draft.paragraphs[-1].startswith("Volunteers from three hapū"), draft.paragraphs


# --- a chat's story sent in parts


CHAT = '''Date,Time,Sender Name,Sender Phone Number,Message
14/05/2026,07:58:02,Me,+64 21 555 0101,Morning Aroha - is the marae story coming today?
14/05/2026,08:20:40,Aroha Ngata,+64 27 555 0188,"Yes, here it is"
14/05/2026,08:31:12,Aroha Ngata,+64 27 555 0188,"HED: Flood-hit marae reopens its kitchen after six months of repairs
By Aroha Ngata

WAIROA -- The kitchen at Te Rauhina marae reopened on Saturday, six months after floodwater filled the dining hall to the height of its tables and ruined every oven and fridge.

Volunteers from three hapū spent weekends stripping the walls, and a local builder donated the timber for the new benches and shelves.

The marae committee said the repairs cost about $180,000, most of it raised through raffles, hāngī sales and a grant from the regional council."
14/05/2026,08:40:00,Me,+64 21 555 0101,"Great, thanks! Running it at noon"
14/05/2026,10:36:05,Aroha Ngata,+64 27 555 0188,"HED: School bus route along the coast cut

The regional council will stop running the school bus along the coast road from next term because too few pupils ride it, the council's transport manager said on Wednesday afternoon.

ENDS"
'''


def test_a_second_story_sent_later_in_the_chat_is_not_filed_inside_the_first(
    tmp_path: Path,
) -> None:
    """A writer sends a story with no end mark, then later another story under its own
    headline's label, ended: the second is read as the first's later part, its headline a
    section heading and its paragraph the first story's last."""
    draft = _read(tmp_path, "marae.txt", CHAT)
    assert draft.headline == "Flood-hit marae reopens its kitchen after six months of repairs"
    body = _body(draft)
    assert "School bus" not in body and "transport manager" not in body, draft.paragraphs
    assert draft.paragraphs[-1].startswith("The marae committee said"), draft.paragraphs


RESENT = """Date,Time,Sender Name,Sender Phone Number,Message
14/05/2026,07:58:02,Me,+64 21 555 0101,Morning Aroha - is the marae story coming today?
14/05/2026,08:20:40,Aroha Ngata,+64 27 555 0188,"Yes, here it is"
14/05/2026,08:31:12,Aroha Ngata,+64 27 555 0188,"HED: Flood-hit marae reopens its kitchen after six months of repairs
By Aroha Ngata

WAIROA -- The kitchen at Te Rauhina marae reopened on Saturday, six months after floodwater filled the dining hall to the height of its tables and ruined every oven and fridge.

Volunteers from three hapū spent weekends stripping the walls, and a local builder donated the timber for the new benches and shelves.

The marae committee said the repairs cost about $180,000, most of it raised through raffles, hāngī sales and a grant from the regional council."
14/05/2026,08:40:00,Me,+64 21 555 0101,"Thanks - is it $180,000 or $18,000? Can you check and resend?"
14/05/2026,09:36:05,Aroha Ngata,+64 27 555 0188,"Fixed, full version below
HED: Flood-hit marae reopens its kitchen
By Aroha Ngata

WAIROA -- The kitchen at Te Rauhina marae reopened on Saturday, six months after floodwater filled the dining hall to the height of its tables.

Volunteers from three hapū spent weekends stripping the walls, and a local builder donated the timber for the new benches and shelves.

The marae committee said the repairs cost about $18,000, most of it raised through raffles, hāngī sales and a grant from the regional council.

ENDS"
"""


def test_a_story_sent_again_whole_is_not_filed_twice(tmp_path: Path) -> None:
    """A writer sends a story with no end mark, the desk asks for a figure to be checked,
    and the writer sends the story again whole, its headline's label under a word to the
    desk ('Fixed, full version below'), ended: the second version is read as the first's
    later part, and the story is filed twice over, with both figures."""
    draft = _read(tmp_path, "marae.txt", RESENT)
    body = _body(draft)
    assert body.count("Volunteers from three hapū") == 1, draft.paragraphs
    assert "Fixed, full version below" not in body, draft.paragraphs


# --- a printed page: its capitals headline over two lines


def test_a_capitals_headline_does_not_take_the_capitals_byline_under_it(
    tmp_path: Path,
) -> None:
    """A scanned page's headline in capitals with its byline in capitals on the next line
    ('BY SEAN TOLAN'): the two are read as a headline set over two lines, the byline lost
    into the headline."""
    text = "FERRY SERVICE TO RETURN AFTER THREE YEARS\nBY SEAN TOLAN\n\n" + _column(*FERRY) + "\n"
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.headline == "FERRY SERVICE TO RETURN AFTER THREE YEARS", draft.headline
    assert draft.byline == ("Sean Tolan",), draft.byline


# --- a printed page: its jump lines


def test_a_column_s_wrapped_words_about_a_page_are_no_jump(tmp_path: Path) -> None:
    """A column's sentence that wraps so that 'see page 4.' falls on a line of its own, and
    a later one that leaves 'from page 1.' alone, are read as a jump and its pickup: the
    two paragraphs between them are dropped as another story's."""
    text = (
        "FERRY SERVICE TO RETURN\n\nBy Sean Tolan\n\n"
        + _column(FERRY[0])
        + "\n\nThe council's notice, which sets out\nthe fares and the timetable in full,\nis printed in this issue; readers can\nsee page 4.\n\n"
        + _column(FERRY[1])
        + "\n\nHer complaint, which the paper first\nreported last spring, was moved up\nfrom page 1.\n\n"
        + _column(FERRY[2])
        + "\n"
    )
    draft = _read(tmp_path, "ferry.txt", text)
    body = _body(draft)
    assert "Maire Dunne" in body, draft.paragraphs
    assert "Her complaint, which the paper first reported last spring" in body, draft.paragraphs


def test_a_teaser_s_see_page_line_over_the_story_does_not_open_its_jump(tmp_path: Path) -> None:
    """A front page's teaser over the story ('RUGBY: MALO WIN THE CUP FINAL' / 'See page
    12') is read as the story's jump: everything from it down to the story's pickup on page
    2 is dropped, the story's byline and its page-1 paragraphs with it."""
    text = (
        "THE ISLAND TIMES\n\nRUGBY: MALO WIN THE CUP FINAL\nSee page 12\n\n"
        "FERRY SERVICE TO RETURN\n\nBy Sean Tolan\n\n"
        + _column(*FERRY[:2])
        + "\n\n(Continued on page 2)\n\nLIBRARY HOURS CHANGE\nThe library will close on\nSundays from June.\n\n"
        "\x0cTHE ISLAND TIMES June 4, 2026 2\n\nFerry service\n(From page 1)\n\n"
        + _column(*FERRY[2:])
        + "\n"
    )
    draft = _read(tmp_path, "ferry.txt", text)
    assert draft.byline == ("Sean Tolan",), draft.byline
    assert list(draft.paragraphs) == FERRY, draft.paragraphs


# --- a printed page: its notices and imprint


NOTICE = """Council to close bridge to trucks

By Ana Ruiz

PINEDALE — The city council voted on Tuesday to close the Elm Street bridge to trucks for six months while engineers repair two cracked beams found during an inspection in February.

Council members said the closure would add about 20 minutes to the trip for trucks bound for the quarry, which will have to use the county road through Boulder instead of the bridge.

The decision came after a heated two-hour debate in which several residents who live near the county road asked the council to find another route for the quarry's trucks.

The city posted the following notice at the bridge on Wednesday morning:

PUBLIC NOTICE

The Elm Street bridge is closed to vehicles over five tons from March 9 until further notice.

Quarry owner Dan Marsh said on Wednesday that his company would lose about $4,000 a week because of the longer route, and that he would ask the council to reconsider its decision next month.

"We were given two days' notice, and that is not enough for a business like ours," Marsh said.

Repairs are expected to begin in April and cost about $350,000, paid from the city's reserve fund.
"""


def test_a_notice_the_story_quotes_does_not_end_the_story(tmp_path: Path) -> None:
    """A story that quotes a notice under its heading in capitals ('PUBLIC NOTICE'), after a
    paragraph introducing it with a colon, loses the notice and every paragraph after it as
    a printed page's notices section."""
    draft = _read(tmp_path, "bridge.txt", NOTICE)
    body = _body(draft)
    assert "closed to vehicles over five tons" in body, draft.paragraphs
    assert "Quarry owner Dan Marsh" in body, draft.paragraphs
    assert draft.paragraphs[-1].startswith("Repairs are expected"), draft.paragraphs


RAIN = """Red warning for rain across the west

By Ana Ruiz

CARDIFF — Forecasters on Tuesday issued the first red warning for rain in Wales for six years, telling people in the valleys to prepare for flooding overnight.

Issued by the Met Office on behalf of Natural Resources Wales, it covers the whole of south Wales until noon on Thursday.

Distributed by the Red Cross, the sandbags reached 2,000 homes in Merthyr by Tuesday night.

Published by the Welsh Government last spring, a flood map shows 245,000 homes at risk.

Residents in Pontypridd, where the Taff burst its banks in 2020, said they were moving furniture upstairs.
"""


def test_a_sentence_opening_with_published_by_is_no_imprint(tmp_path: Path) -> None:
    """A story's one-sentence paragraph that opens 'Distributed by the Red Cross, ...' or
    'Published by the Welsh Government last spring, ...' (or 'Issued by ... on behalf of ...,
    it ...') is read as a printed issue's imprint or a release's line, and dropped."""
    draft = _read(tmp_path, "rain.txt", RAIN)
    body = _body(draft)
    assert "the sandbags reached 2,000 homes" in body, draft.paragraphs
    assert "a flood map shows 245,000 homes" in body, draft.paragraphs
    assert "it covers the whole of south Wales" in body, draft.paragraphs


# --- the Samoan photo label


INTERVIEW = """Fisherman who found the wreck tells his story

By Ana Ruiz

APIA — Ata Leota was fishing off the reef at dawn on Sunday when he saw the mast of the missing yacht under the water. He spoke to the Observer on Monday.

Q: What did you see first?

Ata: The mast, just under the water, and then the white of the hull.

Q: Did you call anyone?

Ata: Yes, I called the police on my phone and waited there for two hours.

Q: Will you go out again?

Ata: Tomorrow. The fish do not wait.
"""


def test_an_interview_s_answers_by_a_man_named_ata_are_no_credits(tmp_path: Path) -> None:
    """A question-and-answer story whose subject is named Ata labels his answers 'Ata:':
    the Samoan photo label reads each answer as the credit of a picture whose caption is the
    question, and the whole interview is filed as three pictures."""
    draft = _read(tmp_path, "wreck.txt", INTERVIEW)
    assert draft.images == (), draft.images
    body = _body(draft)
    assert "Q: Did you call anyone?" in body, draft.paragraphs
    assert "Ata: Yes, I called the police" in body, draft.paragraphs
    assert "Ata: Tomorrow. The fish do not wait." in body, draft.paragraphs

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirtieth filing round reads right: a story a satellite link cut into several
mails and wrapped twice on its way, a picture's number with a note in brackets, a printed
page read by OCR (its ragged column, its jump to another page, its notices and imprint), a
chat history mailed as a CSV file with the story in two parts, and a bilingual blog post's
byline label, photo label and the release line under it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft
from tests.filing.test_file import body, front
from tests.helpers import Clone


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


def _twice_wrapped(paragraphs: list[str]) -> str:
    """Paragraphs as a writer's mail program wraps them (72 columns) and a radio link's
    gateway wraps each of those lines again (60 columns)."""
    out = []
    for paragraph in paragraphs:
        lines = [part for line in textwrap.wrap(paragraph, 72) for part in textwrap.wrap(line, 60)]
        out.append("\n".join(lines))
    return "\n\n".join(out)


_FOOTER = "-- \nSent over HF radio by FieldLink Mail. Keep replies short;\nattachments are dropped. Ref FL-2231-{}\n"
_PARTS = [
    [
        "HED: Glacier camp loses its supply flight as fog closes the only landing strip for a week",
        "By Tove Halvorsen",
        "RINGVIK STATION, Svalbard -- Eleven researchers at the Ringvik glacier camp are rationing fuel and food after fog kept the weekly supply flight on the ground for the seventh day running, the camp's leader said on Thursday.",
        "The camp burns about 40 litres of diesel a day to heat its three huts and run the instruments that record the glacier's movement. On Thursday it had about 260 litres",
    ],
    [
        "left, enough for a week if the team shuts down the drill and heats only the main hut.",
        '"We have done this before, and nobody is in danger, but the ice cores in the freezer will not wait forever," said camp leader Ingrid Solheim.',
        "The cores, drilled over the last two winters, hold a record of the glacier's snowfall going back about 300 years and must stay below minus 20 degrees.",
    ],
    [
        "The airline that flies the route said it would try again on Saturday morning if the forecast clears.",
        "Additional reporting by Per Lund in Longyearbyen.",
        "ENDS",
    ],
]


def _mails() -> str:
    out = ["Saved from the news desk's webmail, 3 messages\n"]
    for number, part in enumerate(_PARTS, 1):
        out.append("=" * 60 + "\n")
        out.append(
            f"From: Tove Halvorsen <tove.h@fieldlink.example>\nTo: News Desk <desk@polarnews.example>\n"
            f"Date: Thu, 5 Mar 2026 1{number}:02:44 +0100\nSubject: glacier camp [{number} of 3]\n"
            "X-Mailer: FieldLink 2.1\n"
        )
        if number > 1:
            out.append(f"[part {number} of 3 - continued]\n")
        out.append(_twice_wrapped(part) + "\n")
        out.append(_FOOTER.format(number))
    return "\n".join(out)


def test_a_text_wrapped_twice_is_read_in_whole_paragraphs(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "glacier.txt", _mails())
    assert draft.headline == "Glacier camp loses its supply flight as fog closes the only landing strip for a week"
    assert draft.byline == ("Tove Halvorsen",)
    assert draft.paragraphs[0] == _PARTS[0][2]
    assert draft.paragraphs[2] == _PARTS[1][1]


def test_a_sentence_a_mail_link_cut_goes_on_in_the_next_mail(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "glacier.txt", _mails())
    assert draft.paragraphs[1] == _PARTS[0][3] + " " + _PARTS[1][0]
    for chrome in ("X-Mailer", "[part 2 of 3", "Subject:", "FieldLink", "===="):
        assert chrome not in body
    assert [c.name for c in draft.contributors] == ["Per Lund"]


def test_a_story_mailed_in_parts_is_filed_whole(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "glacier.txt"
    path.write_text(_mails(), encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "glacier-camp")
    assert result.code == 0, result.text
    assert front(reporter, "glacier-camp")["headline"] == _PARTS[0][0][5:]
    text = body(reporter, "glacier-camp")
    assert "On Thursday it had about 260 litres left, enough for a week" in text
    assert "[part 3 of 3" not in text and "X-Mailer" not in text


def test_a_picture_s_number_may_carry_a_note_in_brackets_before_its_caption(
    tmp_path: Path,
) -> None:
    text = (
        "Ferry service resumes after storm\n\nBy Ana Ruiz\n\n"
        "PORT ELLEN -- The ferry to the mainland sailed on Monday for the first time in a week.\n\n"
        "The operator said timetables would be back to normal by Wednesday.\n\n"
        "PHOTO 1 (attached): The ferry leaves Port Ellen on Monday. Photo: Ana Ruiz\n\n"
        "PHOTO 2 (to follow by post): Storm damage at the pier. Photo: Sam Hale\n"
    )
    draft, _ = read(tmp_path, "ferry.txt", text)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("The ferry leaves Port Ellen on Monday.", "Ana Ruiz"),
        ("Storm damage at the pier.", "Sam Hale"),
    ]


SCANNED = """RIVERBEND COUNTY
WEEKLY GAZETTE

Vol. 12 No. 9 June 2026

FERRY SERVICE TO RETURN TO
ISLE MORAN AFTER THREE YEARS

By Oona Brannigan

KILCARRAN — A passenger ferry
will run to Isle Moran again from
July, the county council said on
Tuesday, three years after the last
operator stopped sailing.

The council will pay a subsidy of
£90,000 a year for five years. The
boat will sail twice a day in sum-
mer and once a day in winter.

“People on the island have waited
long enough. The school children
should not have to cross in a fish-
ing boat,” said councillor Ruth Hale.

Islanders who want a resident's
ticket will need to bring:

— a utility bill with an island
address;

— one photograph; and

— the old ferry card, if they have one.

(Continued on page 2)

NEW LIBRARY HOURS
The library will open on Sundays
from next month. (See page 5)
\x0c2 RIVERBEND COUNTY WEEKLY GAZETTE June 2026

Ferry service

(From page 1)

Tickets will cost £4 for residents
and £9 for visitors. The council
said the fares would be reviewed
after the first summer, and that a
winter timetable would be set out
in September.

|

Additional reporting by Sean Tolan.

PUBLIC NOTICES
Road closure on the Kilcarran
bypass from 3 to 5 June.

Printed by Riverbend Print Works.
"""


def test_a_scanned_column_s_lines_are_joined_however_ragged(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "ferry.txt", SCANNED)
    assert draft.headline == "FERRY SERVICE TO RETURN TO ISLE MORAN AFTER THREE YEARS"
    assert draft.paragraphs[0] == (
        "KILCARRAN — A passenger ferry will run to Isle Moran again from July, the county "
        "council said on Tuesday, three years after the last operator stopped sailing."
    )
    assert draft.paragraphs[1].endswith("twice a day in summer and once a day in winter.")


def test_a_scanned_list_s_dashed_items_are_a_list(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "ferry.txt", SCANNED)
    at = draft.paragraphs.index("Islanders who want a resident's ticket will need to bring:")
    assert draft.paragraphs[at + 1 : at + 4] == (
        "- a utility bill with an island address;",
        "- one photograph; and",
        "- the old ferry card, if they have one.",
    )


def test_what_stands_between_a_jump_and_its_pickup_is_no_story(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.txt", SCANNED)
    assert draft.paragraphs[-1].startswith("Tickets will cost £4 for residents")
    for chrome in ("Continued on page", "From page 1", "NEW LIBRARY HOURS", "Sundays", "WEEKLY GAZETTE June", "Ferry service\n"):
        assert chrome not in body
    assert "|" not in body
    assert [c.name for c in draft.contributors] == ["Sean Tolan"]


def test_a_printed_page_s_notices_and_imprint_under_the_story_are_no_story(
    tmp_path: Path,
) -> None:
    _, body = read(tmp_path, "ferry.txt", SCANNED)
    for chrome in ("PUBLIC NOTICES", "Road closure", "Printed by"):
        assert chrome not in body


def test_a_scanned_page_is_filed_as_its_story(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "ferry.txt"
    path.write_text(SCANNED, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "isle-ferry")
    assert result.code == 0, result.text
    assert front(reporter, "isle-ferry")["headline"] == "FERRY SERVICE TO RETURN TO ISLE MORAN AFTER THREE YEARS"
    text = body(reporter, "isle-ferry")
    assert "in a fishing boat" in text and "NEW LIBRARY HOURS" not in text


CSV_CHAT = '''Date,Time,Sender Name,Sender Phone Number,Message
14/05/2026,07:58:02,Me,+64 21 555 0101,Morning Aroha - is the marae story coming today?
14/05/2026,08:20:40,Aroha Ngata,+64 27 555 0188,"Yes, sending in two lots, the app keeps cutting me off"
14/05/2026,08:31:12,Aroha Ngata,+64 27 555 0188,"HED: Flood-hit marae reopens its kitchen after six months of repairs
By Aroha Ngata

WAIROA -- The kitchen at Te Rauhina marae reopened on Saturday, six months after floodwater filled the dining hall to the height of its tables and ruined every oven and fridge.

Volunteers from three hapū spent weekends stripping the walls, and a local builder donated the timber for the new benches and shelves.

""We fed 300 people on Saturday and not one plate came from outside,"" said kitchen coordinator Mere Walker, who has cooked at the marae for 40 years."
14/05/2026,08:31:50,Aroha Ngata,+64 27 555 0188,Sticker message
14/05/2026,08:36:05,Aroha Ngata,+64 27 555 0188,"PART 2

The marae committee said the repairs cost about $180,000, most of it raised through raffles, hāngī sales and a grant from the regional council.

The dining hall itself will reopen in August once its new floor has dried out and been sealed.

ENDS"
14/05/2026,08:37:10,Aroha Ngata,+64 27 555 0188,Photo message
14/05/2026,08:37:44,Aroha Ngata,+64 27 555 0188,Pic 1: Mere Walker in the new kitchen at Te Rauhina marae on Saturday. Photo: Aroha Ngata
14/05/2026,08:40:00,Me,+64 21 555 0101,"Great, thanks! Running it at noon"
'''


def test_a_chat_history_saved_as_csv_is_read_as_its_messages(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "marae.txt", CSV_CHAT)
    assert draft.headline == "Flood-hit marae reopens its kitchen after six months of repairs"
    assert draft.byline == ("Aroha Ngata",)
    assert '"We fed 300 people on Saturday and not one plate came from outside," said' in body
    for chrome in ("+64", "Sticker message", "14/05/2026", "Running it at noon", "Sender Name"):
        assert chrome not in body
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        ("Mere Walker in the new kitchen at Te Rauhina marae on Saturday.", "Aroha Ngata", "")
    ]


def test_a_story_s_second_part_under_its_label_is_read_after_its_first(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "marae.txt", CSV_CHAT)
    assert draft.paragraphs[-1] == "The dining hall itself will reopen in August once its new floor has dried out and been sealed."
    assert "PART 2" not in body and "ENDS" not in body


def test_a_chat_history_saved_as_csv_is_filed(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "marae.txt"
    path.write_text(CSV_CHAT, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "marae-kitchen")
    assert result.code == 0, result.text
    text = body(reporter, "marae-kitchen")
    assert "raffles, hāngī sales" in text and "+64 27" not in text


BLOG = """<html><head><title>Market stalls move indoors | Village Voice</title></head><body>
<article>
<h1>Market stalls move indoors for the wet season</h1>
<p><strong>Na ysgrifennu / Written by Malia Fonoti</strong></p>
<figure><img src="market.jpg" alt=""><figcaption>Stallholders set up in the church hall on Saturday. (Ata: Sione Lealofi)</figcaption></figure>
<p>APIA — Forty market stallholders moved into the church hall on Saturday after the council closed the open-air market for the wet season.</p>
<p>The council said the hall would be used until the end of March, when repairs to the market's drains are due to finish.</p>
<p>Issued by the Information Office on behalf of the Village Council.</p>
</article>
</body></html>
"""


def test_a_bilingual_byline_label_of_any_language_before_written_by(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "market.html", BLOG)
    assert draft.byline == ("Malia Fonoti",)
    assert "Written by" not in body


def test_a_samoan_photo_label_is_a_credit_s_label(tmp_path: Path) -> None:
    draft, _ = read(tmp_path, "market.html", BLOG)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Stallholders set up in the church hall on Saturday.", "Sione Lealofi")
    ]


def test_a_release_s_line_naming_who_issued_it_is_no_story(tmp_path: Path) -> None:
    _, body = read(tmp_path, "market.html", BLOG)
    assert "Issued by" not in body
    assert body.endswith("are due to finish.")


def test_a_bilingual_blog_post_is_filed_with_its_byline_and_credit(
    room: Clone, tmp_path: Path
) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "market.html"
    path.write_text(BLOG, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "market-stalls")
    assert result.code == 0, result.text
    assert front(reporter, "market-stalls")["byline"] == ["Malia Fonoti"]
    text = body(reporter, "market-stalls")
    assert "Ata:" not in text and "Issued by" not in text

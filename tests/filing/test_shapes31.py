# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-first filing round reads right: a theme's story box whose class says what
it goes without ('no-share') and its reading time, a story texted in parts with a chat app's
marks of style (a bold headline, a struck-out figure, an edit's mark), a story phoned to a
copytaker (its template, takes and bracketed spellings), and a story forwarded as plain text,
each link's address after its words and a mail server's notice under it, and a wire page's
story code and its note on who may run the story."""

from __future__ import annotations

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


THEMED = """<!DOCTYPE html>
<html><head><title>Harbour dues | Valley Courier</title></head>
<body>
<div class="jeg_inner_content">
<h1 class="jeg_post_title">Harbour dues double for the island's fishing boats</h1>
<h2 class="jeg_post_subtitle">Skippers say the new rate will keep half the fleet tied up</h2>
<div class="jeg_meta_author"><span class="meta_text">by</span> <a href="/author/mira-oduya/">Mira Oduya</a></div>
<div class="jeg_meta_reading_time"><span>Reading Time: 4 mins read</span></div>
<div class="entry-content no-share">
<div class="content-inner">
<p><strong>PORT ALDER —</strong> The harbour board doubled the yearly dues for fishing boats on Monday, the first rise in nine years.</p>
<p>Skippers said the new rate of 1,200 dollars a boat would keep half the fleet tied up through the winter.</p>
<p>"We cannot pay it out of a bad season," said Tomas Verity, who fishes from the north quay.</p>
<p>The board said the money would repair the breakwater, which storms cracked in January.</p>
</div>
</div>
</div>
</body></html>
"""


def test_a_class_naming_what_a_story_box_goes_without_is_no_furniture(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "harbour.html", THEMED)
    assert len(draft.paragraphs) == 4
    assert draft.paragraphs[3] == "The board said the money would repair the breakwater, which storms cracked in January."
    assert "Reading Time" not in text


def test_a_theme_s_story_is_filed_without_its_reading_time(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "harbour.html"
    path.write_text(THEMED, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "harbour-dues")
    assert result.code == 0, result.text
    text = body(reporter, "harbour-dues")
    assert "Skippers said the new rate of 1,200 dollars" in text
    assert "mins read" not in text


_LRM = "\u200e"
TEXTED = "\r\n".join(
    [
        f"[02/04/2026, 07:10:02] Island Desk: {_LRM}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
        "[02/04/2026, 07:11:40] Ines Marlow: Regatta still on? Need it by noon",
        "[02/04/2026, 07:15:12] Colm Arden: Yes, sending in 3 bits, signal poor",
        "[02/04/2026, 11:02:51] Colm Arden: *Rowers race the old gig course for the first time since the storm*",
        "_Nine crews from three islands row the eight miles from Tresco to the harbour mouth_",
        "",
        "By Colm Arden",
        "",
        "HUGH TOWN - Nine rowing crews from three islands raced the old gig course on Saturday for the first time since a winter storm broke the harbour wall, watched by crowds on the quay.",
        "",
        f"The winning crew, from the island of Bryher, covered the ~7~ eight miles in 51 minutes, four minutes ahead of the boat from St Agnes, the race's judges said. {_LRM}<This message was edited>",
        "[02/04/2026, 11:03:30] Ines Marlow: Got it, thanks",
        "[02/04/2026, 11:09:14] Colm Arden: The course had been closed since January, when waves moved boulders across the channel and the harbour master said it was not safe for open boats.",
        "",
        "Divers cleared the last of the boulders two weeks ago, and the harbour master said on Friday that the channel was open again for rowing.",
        "[02/04/2026, 11:12:40] Colm Arden: Part 3",
        "",
        "Crews come home",
        "",
        '"It felt like the season had finally started. Everyone was on the quay," said Della Pender, who rowed in the winning boat.',
        "",
        "The next race on the course will be held on April 18, the organisers said.",
        "",
        "Additional reporting by Ruth Kellow in St Mary's.",
        "",
        "END",
        "[02/04/2026, 11:13:01] Ines Marlow: Great, running now",
        "",
    ]
)


def test_a_story_texted_in_parts_under_a_bold_headline_is_read_whole(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "regatta.txt", TEXTED)
    assert draft.headline == "Rowers race the old gig course for the first time since the storm"
    assert draft.dek == "Nine crews from three islands row the eight miles from Tresco to the harbour mouth"
    assert "Crews come home" in draft.paragraphs
    assert draft.paragraphs[-1] == "The next race on the course will be held on April 18, the organisers said."
    assert [c.name for c in draft.contributors] == ["Ruth Kellow"]
    assert "Part 3" not in text and "Got it" not in text


def test_a_word_struck_out_in_a_chat_is_deleted_and_an_edit_s_mark_is_no_text(
    tmp_path: Path,
) -> None:
    draft, text = read(tmp_path, "regatta.txt", TEXTED)
    assert draft.paragraphs[1] == (
        "The winning crew, from the island of Bryher, covered the eight miles in 51 minutes, four "
        "minutes ahead of the boat from St Agnes, the race's judges said."
    )
    assert "~7~" not in text and "edited" not in text


def test_a_story_texted_in_parts_is_filed_whole(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "regatta.txt"
    path.write_bytes(TEXTED.encode("utf-8"))
    result = reporter.run("file", str(path), "--slug", "gig-regatta")
    assert result.code == 0, result.text
    assert front(reporter, "gig-regatta")["headline"] == "Rowers race the old gig course for the first time since the storm"
    text = body(reporter, "gig-regatta")
    assert "Divers cleared the last of the boulders" in text and "*" not in text


PHONED = """=================================================
 NORTHERN ECHO -- COPY DESK -- COPY BY PHONE
=================================================
TAKEN BY:    R. Ashdown
TIME IN:     16:40  Tue 03/03/26
FROM:        Ewan Tulloch, Shetland correspondent
CATCHLINE:   SHET-FERRY-FUEL
CORRESPONDENT'S HEADLINE: Ferry fuel bill sinks island council's budget
CORRESPONDENT'S STANDFIRST: Councillors told the inter-island ferries will cost two million pounds more than planned
-------------------------------------------------
TAKE 1

By Ewan Tulloch

LERWICK -- The island council's ferries will cost two million pounds more than planned this year because of the price of fuel, councillors were told on Tuesday.

The finance officer, Morag Halcrow [spelt H-A-L-C-R-O-W, caller confirms], said the service would need the money from the council's reserves.

[line dropped approx 10 secs -- caller rang back 16:48, repeated last par]

TAKE 2

Council leader Andrew Smollett [check: caller says two Ts at the end] said the council would ask the government for help.

The ferries carry about 800,000 passengers a year between the islands.

ENDS
-------------------------------------------------
READ BACK TO CALLER: yes, 16:55.
"""


def test_a_phoned_story_s_template_and_takes_are_no_story(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "ferry-fuel.txt", PHONED)
    assert draft.headline == "Ferry fuel bill sinks island council's budget"
    assert draft.dek == "Councillors told the inter-island ferries will cost two million pounds more than planned"
    assert draft.byline == ("Ewan Tulloch",)
    assert "TAKE 2" not in text and "CATCHLINE" not in text and "rang back" not in text


def test_a_copytaker_s_bracketed_spellings_and_checks_are_taken_out_of_their_paragraphs(
    tmp_path: Path,
) -> None:
    draft, text = read(tmp_path, "ferry-fuel.txt", PHONED)
    assert (
        "The finance officer, Morag Halcrow, said the service would need the money from the council's reserves."
        in draft.paragraphs
    )
    assert "Council leader Andrew Smollett said the council would ask the government for help." in draft.paragraphs
    assert "spelt" not in text and "two Ts" not in text


def test_a_phoned_story_is_filed_without_the_copytaker_s_notes(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "ferry-fuel.txt"
    path.write_text(PHONED, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "ferry-fuel")
    assert result.code == 0, result.text
    assert front(reporter, "ferry-fuel")["headline"] == "Ferry fuel bill sinks island council's budget"
    text = body(reporter, "ferry-fuel")
    assert "Morag Halcrow, said" in text and "[" not in text


FORWARDED = """From: Lena Okafor <lena.okafor@valleycourier.example>
Sent: Monday, March 9, 2026 8:14 AM
To: Web Desk <web@valleycourier.example>
Subject: FW: Library hours

Partner copy, free to use.

Library to open on Sundays from May

By Hal Brennan

GREYSTOKE -- The town library will open on Sunday afternoons from May, the council said in a notice<https://greystoke.example/notices/library-hours.pdf> on its website.

The library will open from 1 p.m. to 5 p.m., and the hours will be reviewed after six months.

Readers can ask for a book to be held through the library's app<https://greystoke.example/app>.

###

This e-mail and any attachments are confidential and intended solely for the use of the addressee. If you have received this e-mail in error, please notify the sender and delete it.
"""


def test_a_link_s_address_after_its_words_in_a_plain_text_mail_is_no_text(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "library.txt", FORWARDED)
    assert "GREYSTOKE -- The town library will open on Sunday afternoons from May, the council said in a notice on its website." in draft.paragraphs
    assert "Readers can ask for a book to be held through the library's app." in draft.paragraphs
    assert "https://" not in text


def test_a_mail_notice_that_names_an_addressee_is_no_story(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "library.txt"
    path.write_text(FORWARDED, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "library-hours")
    assert result.code == 0, result.text
    text = body(reporter, "library-hours")
    assert "The library will open from 1 p.m. to 5 p.m." in text
    assert "confidential" not in text and "greystoke.example" not in text


WIRE_PAGE = """<!DOCTYPE html>
<html><head><title>Port strike | Coastal Wire</title></head>
<body>
<article>
<h1>Dock workers end three-day strike at the port of Calder</h1>
<p class="byline">By Noor Sadik</p>
<p class="story-code">Story code: CW-0402-LAB-PORT &middot; 410 words</p>
<div class="elemental-area">
<div class="element element--content" id="e101"><div class="element__content"><div class="content typography">
<p>CALDER, Apr 2 (CW) – Dock workers at the port of Calder went back to work on Thursday after the port authority agreed to hire 40 more crane operators.</p>
<p>The three-day strike left more than 20 ships waiting at anchor outside the harbour, the authority said.</p>
<p>The union said the new operators would start in June.</p>
</div></div></div>
<div class="element element--notice" id="e102"><div class="element__content"><div class="content typography">
<p class="subscriber-notice">This story is for use by Coastal Wire subscribers only. Subscribers must credit Coastal Wire.</p>
</div></div></div>
</div>
<div class="article-tools">
<a href="/print" class="print">Print story</a>
<a href="mailto:?subject=Port" class="email">Email to a colleague</a>
<a href="/photos" class="photos">Order photos from this story</a>
</div>
</article>
</body></html>
"""


def test_a_wire_page_s_story_code_and_usage_notice_are_no_story(tmp_path: Path) -> None:
    draft, text = read(tmp_path, "port.html", WIRE_PAGE)
    assert draft.paragraphs[-1] == "The union said the new operators would start in June."
    for chrome in ("Story code", "410 words", "subscribers only"):
        assert chrome not in text


def test_a_wire_page_is_filed_as_its_story(room: Clone, tmp_path: Path) -> None:
    reporter = room.act_as("rtorres")
    path = tmp_path / "port.html"
    path.write_text(WIRE_PAGE, encoding="utf-8")
    result = reporter.run("file", str(path), "--slug", "calder-strike")
    assert result.code == 0, result.text
    text = body(reporter, "calder-strike")
    assert "more than 20 ships waiting at anchor" in text
    assert "subscribers only" not in text and "Order photos" not in text

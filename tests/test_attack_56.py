# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-sixth pass, aimed at the thirty-first filing round: a
chat app's marks of style (a struck-out word, a bold headline), a copytaker's notes, a wire's
note on who may run a story, a mail's link addresses and its confidentiality notice, a
proposed headline's label and a story box whose class says what it goes without. Each hole
is a story's own words lost or altered, or chrome read as the story. Each test failed first,
for the reason it named; each is fixed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import FERRY_OPENING as OPENING
from tests.helpers import Clone, snapshot
from tests.helpers import body_text as _body
from tests.helpers import ferry_story as _typed
from tests.helpers import filed_draft as _read

# --- a copytaker's notes, a wire's usage note, a mail's notice and its links


def test_an_editor_s_note_in_brackets_saying_who_called_back_is_the_story(tmp_path: Path) -> None:
    """A bracketed paragraph of a story ('[The council called back ...]') was taken for a
    copytaker's note on a dropped call ('called back'), and deleted."""
    note = "[The council called back on Wednesday to say the first sailing would be on July 2, not July 1.]"
    draft = _read(tmp_path, "ferry.txt", _typed(note, "The boat will sail twice a day in summer."))
    assert note in draft.paragraphs


def test_a_report_available_to_members_of_the_public_is_the_story(tmp_path: Path) -> None:
    """'This report is available to members of the public at ...' (what a council's report
    is) was read as an agency's note on who may run the story, and deleted; so was 'This
    story is for use by schools and members of ...' in a story about a museum's archive."""
    report = "This report is available to members of the public at the harbour office and in the library."
    archive = "This story is for use by schools and members of the island's history society, the museum said, and may be copied freely."
    draft = _read(tmp_path, "ferry.txt", _typed(report, archive, "The boat will sail twice a day in summer."))
    assert report in draft.paragraphs and archive in draft.paragraphs


def test_a_story_reporting_a_mail_marked_confidential_keeps_the_paragraph(tmp_path: Path) -> None:
    """A paragraph reporting a confidential e-mail sent by mistake ('This e-mail was marked
    confidential and intended only for ..., yet residents who received this e-mail in error
    ...') was read as a mail server's notice, and deleted."""
    told = "This e-mail was marked confidential and intended only for the council's leaders, yet dozens of residents who received this e-mail in error replied to all of them within the hour."
    draft = _read(tmp_path, "leak.txt", _typed(told, "The council apologised on Wednesday.", headline="Council e-mail sent to 400 by mistake"))
    assert told in draft.paragraphs


def test_an_address_in_brackets_of_its_own_is_the_story_s_text(tmp_path: Path) -> None:
    """An address the writer set in brackets of its own ('online (<https://...>)') is no
    link's address after its words: it was deleted, leaving '()'."""
    told = "The timetable is online (<https://council.example/ferry.pdf>) and at the harbour office."
    for name in ("ferry.txt", "ferry.md"):
        draft = _read(tmp_path, name, _typed(told))
        assert any("council.example/ferry.pdf" in p for p in draft.paragraphs), draft.paragraphs


def test_a_bracket_a_story_quotes_or_a_spelling_it_notes_is_kept(tmp_path: Path) -> None:
    """A prompt a story quotes in brackets ('asks "[confirm: are you ...?]"') and the
    writer's note on a sign's spelling ('[spelled with one R]') were taken for a copy
    desk's marks and cut out of their paragraphs."""
    asked = 'The booking page asks "[confirm: are you an island resident?]" before it shows the fare.'
    sign = 'The sign at the quay read "Welcome to Kilcaran" [spelled with one R], a mistake the council said it would fix.'
    draft = _read(tmp_path, "ferry.txt", _typed(asked, sign))
    assert asked in draft.paragraphs and sign in draft.paragraphs


def test_a_paragraph_opening_with_a_day_s_headline_is_no_headline(tmp_path: Path) -> None:
    """A paragraph opening 'Tuesday's headline: ...' was read as a proposed headline's label
    ('Stringer's headline:'): the story's headline was replaced, and every paragraph above
    it lost."""
    told = "Tuesday's headline: a council that cannot balance its books, and a ferry it cannot afford."
    draft = _read(tmp_path, "ferry.txt", _typed(told, "The boat will sail twice a day in summer."))
    assert draft.headline == "Ferry to return to Isle Moran"
    assert list(draft.paragraphs[:3]) == [*OPENING, told]


# --- a chat app's marks of style


H = "[02/04/2026, 07:10:02] Island Desk: \u200eMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."


def _chat(*lines: str) -> str:
    return "\r\n".join([H, *lines]) + "\r\n"


def test_a_range_of_approximate_prices_in_a_chat_is_not_struck_out(tmp_path: Path) -> None:
    """'tickets cost ~£5-~£8' (about £5 to about £8) was read as a struck-out '~£5-~' and
    deleted, leaving 'tickets cost £8'; a row of three asterisks lost two."""
    told = "HUGH TOWN - About ~40 crews came, the organisers said; tickets cost ~£5-~£8 and the course is rated ***, they said."
    text = _chat(
        "[02/04/2026, 07:11:40] Ines Marlow: Regatta still on? Need it by noon",
        "[02/04/2026, 07:15:12] Colm Arden: Yes, sending now",
        "[02/04/2026, 11:02:51] Colm Arden: HED: Rowers race the old gig course again",
        "",
        told,
        "",
        "The winning crew, from the island of Bryher, covered the eight miles in 51 minutes, four minutes ahead of the boat from St Agnes.",
        "",
        "END",
        "[02/04/2026, 11:03:30] Ines Marlow: Got it, thanks",
        "[02/04/2026, 11:13:01] Ines Marlow: Great, running now",
    )
    draft = _read(tmp_path, "regatta.txt", text)
    assert told in draft.paragraphs, draft.paragraphs


STORY_PARTS = [
    "HUGH TOWN - Nine rowing crews from three islands raced the old gig course on Saturday for the first time since a winter storm broke the harbour wall, watched by crowds on the quay.",
    "The winning crew, from the island of Bryher, covered the eight miles in 51 minutes, four minutes ahead of the boat from St Agnes, the race's judges said.",
]


def test_a_bold_crosshead_in_a_later_part_does_not_end_the_story(tmp_path: Path) -> None:
    """A crosshead set bold inside the story's second part ('*Crews come home to cheers*')
    was read as another story's headline: the story's third part, down to its end mark, was
    lost."""
    text = _chat(
        "[02/04/2026, 07:11:40] Ines Marlow: Regatta still on? Need it by noon",
        "[02/04/2026, 07:15:12] Colm Arden: Yes, sending in 3 bits, signal poor",
        "[02/04/2026, 11:02:51] Colm Arden: *Rowers race the old gig course for the first time since the storm*",
        "",
        STORY_PARTS[0],
        "",
        STORY_PARTS[1],
        "[02/04/2026, 11:03:30] Ines Marlow: Got it, thanks",
        "[02/04/2026, 11:09:14] Colm Arden: The course had been closed since January, when waves moved boulders across the channel and the harbour master said it was not safe for open boats.",
        "",
        "*Crews come home to cheers*",
        "",
        "Divers cleared the last of the boulders two weeks ago, and the harbour master said on Friday that the channel was open again for rowing.",
        "[02/04/2026, 11:12:40] Colm Arden: Part 3",
        "",
        '"It felt like the season had finally started. Everyone was on the quay," said Della Pender, who rowed in the winning boat.',
        "",
        "The next race on the course will be held on April 18, the organisers said.",
        "",
        "END",
        "[02/04/2026, 11:13:01] Ines Marlow: Great, running now",
    )
    draft = _read(tmp_path, "regatta.txt", text)
    assert draft.headline == "Rowers race the old gig course for the first time since the storm"
    assert draft.paragraphs[-1] == "The next race on the course will be held on April 18, the organisers said."


def test_a_bold_word_to_the_desk_is_no_headline(tmp_path: Path) -> None:
    """A reporter's word to the desk set bold ('*Sorry running late, ...*') was read as the
    headline of a story sent in parts, and the story's own headline made its dek."""
    text = _chat(
        "[02/04/2026, 07:11:40] Ines Marlow: Regatta still on? Need it by noon",
        "[02/04/2026, 07:15:12] Colm Arden: *Sorry running late, the boat was delayed by fog*",
        "[02/04/2026, 07:16:12] Ines Marlow: ok",
        "[02/04/2026, 11:02:51] Colm Arden: Rowers race the old gig course again",
        "",
        *(line for p in STORY_PARTS for line in (p, "")),
        '"It felt like the season had finally started. Everyone was on the quay," said Della Pender, who rowed in the winning boat.',
        "[02/04/2026, 11:03:30] Ines Marlow: Got it, thanks",
        "[02/04/2026, 11:13:01] Ines Marlow: Great, running now",
    )
    draft = _read(tmp_path, "regatta.txt", text)
    assert draft.headline == "Rowers race the old gig course again"
    assert "Sorry" not in draft.headline + draft.dek + _body(draft)


# --- a story box whose class says what it goes without


def test_a_box_saying_there_are_no_comments_is_still_furniture(tmp_path: Path) -> None:
    """A box whose one class is 'no-comments' (the page's note that no one has commented) is
    what the block is, not what a story's box goes without: it was read into the story."""
    page = """<html><head><title>Harbour dues | Courier</title></head><body><article>
<h1>Harbour dues double for the fishing boats</h1><p class="byline">By Mira Oduya</p>
<div class="entry-content no-share">
<p>PORT ALDER — The harbour board doubled the yearly dues for fishing boats on Monday, the first rise in nine years.</p>
<p>Skippers said the new rate of 1,200 dollars a boat would keep half the fleet tied up through the winter.</p>
</div>
<div class="no-comments"><p>Nobody has written in about this story yet. Readers who do will see their letters here.</p></div>
</article></body></html>"""
    draft = _read(tmp_path, "harbour.html", page)
    assert draft.paragraphs[-1].startswith("Skippers said the new rate"), draft.paragraphs
    assert len(draft.paragraphs) == 2
    alone = page.replace('class="entry-content no-share"', 'class="no-share"')
    assert len(_read(tmp_path, "harbour.html", alone).paragraphs) == 2  # (its story kept)


def test_a_story_reporting_a_confidential_mail_is_filed_whole(room: Clone, tmp_path: Path) -> None:
    """The same story filed by the real command: the paragraph is in the story, and a file
    with no story is refused in one line, naming it, with the repository left as it was."""
    told = "This e-mail was marked confidential and intended only for the council's leaders, yet dozens of residents who received this e-mail in error replied to all of them within the hour."
    path = tmp_path / "leak.txt"
    path.write_text(_typed(told, headline="Council e-mail sent to 400 by mistake"), encoding="utf-8")
    reporter = room.act_as("rtorres")
    result = reporter.run("file", str(path), "--slug", "council-leak")
    assert result.code == 0, result.text
    story = (reporter.story_dir("council-leak") / "story.md").read_text(encoding="utf-8")
    assert "residents who received this e-mail in error" in story
    empty = tmp_path / "take.txt"
    empty.write_text("TAKE 2\n\n[line dropped, caller rang back]\n", encoding="utf-8")
    before = snapshot(reporter.path)
    refused = reporter.run("file", str(empty), "--slug", "nothing-here")
    assert refused.code == 2 and "take.txt" in refused.err and "Traceback" not in refused.text
    assert len(refused.err.strip().splitlines()) == 1, refused.err
    assert snapshot(reporter.path) == before

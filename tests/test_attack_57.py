# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-seventh pass, aimed at the thirty-second filing round:
a broadcaster's pronouncer, a government release's date line, a byline with the writer's
pictures, and a Rich Text file renamed .txt. Each hole is a story's own words lost or
altered, or a crash on a document a reporter could file. Each test failed first, for the
reason it named; each is fixed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import FERRY_OPENING as OPENING
from tests.helpers import Clone, snapshot
from tests.helpers import body_text as _body
from tests.helpers import ferry_story as _typed
from tests.helpers import filed_draft as _read

_RTF_HEAD = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}" "\n"


def _rtf(*paragraphs: str, head: str = _RTF_HEAD) -> str:
    lines = ["Ferry to return to Isle Moran", "By Ann Lee", *OPENING, *paragraphs]
    return head + "".join(p + r"\par" + "\n" for p in lines) + "}"


# --- brackets, dates and bylines the new rules took for a desk's marks


def test_an_editor_s_bracketed_words_in_a_quote_are_not_a_pronouncer(tmp_path: Path) -> None:
    """A writer's bracketed words in a quote with an acronym in capitals ('[US-led]',
    '[EU-wide]') were read as a broadcaster's pronouncer ('[doo-FOOR]'), and deleted."""
    quote = '"The [US-led] coalition and the [EU-wide] ban hurt us badly," said Dunne.'
    draft = _read(tmp_path, "ferry.txt", _typed(quote, "The boat will sail twice a day in summer."))
    assert quote in draft.paragraphs, draft.paragraphs


def test_a_timeline_s_dated_lines_are_the_story(tmp_path: Path) -> None:
    """A timeline's entries, a date and what happened with no full stop ('March 4, 2026 –
    Council votes to fund the ferry'), were read as a government release's line of its
    date, place and department, and deleted."""
    entries = ["March 4, 2026 – Council votes to fund the ferry", "May 1, 2026 - Ferry sails again for the first time"]
    draft = _read(tmp_path, "ferry.txt", _typed("How it happened:", entries[0], "The vote was close.", entries[1], "Dozens cheered."))
    for entry in entries:
        assert entry in draft.paragraphs, draft.paragraphs


def test_a_sentence_opening_story_and_photos_by_is_not_a_byline(tmp_path: Path) -> None:
    """A story's sentence opening with 'Story and photos by ...' ('Story and photos by
    students were shown at the fair') was read as a byline, and deleted; 'Story by ...' was
    already kept so."""
    told = "Story and photos by students from the island school were shown at the fair on Sunday."
    draft = _read(tmp_path, "ferry.txt", _typed(told, "The boat will sail twice a day in summer."))
    assert told in draft.paragraphs, draft.paragraphs


# --- a Rich Text file renamed .txt


def test_rich_text_characters_outside_the_basic_plane_are_read_whole(tmp_path: Path) -> None:
    """A character RTF writes as two '\\u' escapes, a surrogate pair ('\\u-10179?\\u-8704?'
    for an emoji), was read as two lone surrogates, which no file can hold."""
    text = _rtf(r"Dunne wrote \u-10179?\u-8704? under the council's post, and a sad \u-10179?\u-8703? later.")
    draft = _read(tmp_path, "ferry.txt", text)
    assert "Dunne wrote \U0001f600 under the council's post, and a sad \U0001f601 later." in draft.paragraphs
    _body(draft).encode("utf-8")


def test_a_lone_surrogate_in_rich_text_is_not_kept(tmp_path: Path) -> None:
    """Half a surrogate pair, as a truncated or careless writer leaves it, stayed in the text."""
    draft = _read(tmp_path, "ferry.txt", _rtf(r"The shop\u-10179? is open on Sundays, said Dunne."))
    _body(draft).encode("utf-8")
    assert "The shop is open on Sundays, said Dunne." in draft.paragraphs


def test_rich_text_in_a_double_byte_code_page_is_read(tmp_path: Path) -> None:
    """A Rich Text file in a double-byte code page (Japanese, cp932) writes a character as two
    '\\'' escapes; each byte was decoded alone, and the words were lost to '\ufffd'."""
    head = _RTF_HEAD.replace("ansicpg1252", "ansicpg932")
    word = "".join(f"\\'{b:02x}" for b in "島のフェリー".encode("cp932"))
    draft = _read(tmp_path, "ferry.txt", _rtf(f"Dunne called it {word} in her post.", head=head))
    assert "Dunne called it 島のフェリー in her post." in draft.paragraphs, draft.paragraphs


def test_a_rich_text_story_with_an_emoji_is_filed(room: Clone, tmp_path: Path) -> None:
    """The real command files the Rich Text story with its emoji, and refuses a Rich Text file
    with no story in one line naming it, the repository left as it was."""
    path = tmp_path / "ferry.txt"
    path.write_text(_rtf(r"Dunne wrote \u-10179?\u-8704? under the post."), encoding="utf-8")
    reporter = room.act_as("rtorres")
    result = reporter.run("file", str(path), "--slug", "ferry-back")
    assert result.code == 0, result.text
    story = (reporter.story_dir("ferry-back") / "story.md").read_text(encoding="utf-8")
    assert "Dunne wrote \U0001f600 under the post." in story
    empty = tmp_path / "blank.txt"
    empty.write_text(r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\pict\pngblip 89504e47}" + "{" * 5000, encoding="utf-8")
    before = snapshot(reporter.path)
    refused = reporter.run("file", str(empty), "--slug", "nothing-here")
    assert refused.code == 2 and "blank.txt" in refused.err and "Traceback" not in refused.text
    assert len(refused.err.strip().splitlines()) == 1, refused.err
    assert snapshot(reporter.path) == before



# --- a saved page's tab panels and a CMS's note marks

_PAGE_BODY = "".join(
    f"<p>{p}</p>"
    for p in [
        *OPENING,
        "The boat will sail twice a day in summer, the council said on Tuesday in a statement.",
        "Fares will be cut by half for islanders under a new scheme approved by the council.",
    ]
)


def test_a_page_whose_only_tab_panel_is_hidden_is_the_story(tmp_path: Path) -> None:
    """A page saved with its story in the one tab panel it has, marked hidden (the page's
    script shows it), was read as a panel hidden behind another, and the page refused."""
    page = f"<html><body><h1>Ferry to return to Isle Moran</h1><p>By Ann Lee</p><div role='tablist'><button role='tab'>Story</button></div><div role='tabpanel' hidden>{_PAGE_BODY}</div></body></html>"
    draft = _read(tmp_path, "ferry.html", page)
    assert "Fares will be cut by half for islanders under a new scheme approved by the council." in draft.paragraphs


def test_words_in_a_span_classed_as_a_note_mark_are_kept(tmp_path: Path) -> None:
    """A run of a story's words in a span whose class names a note's mark ('note-ref', a
    theme's highlight of a sentence) was taken for SPIP's '[1]', and deleted."""
    page = f"<html><body><article><h1>Ferry to return to Isle Moran</h1><p>By Ann Lee</p>{_PAGE_BODY}<p>Dunne said <span class='note-ref'>the boat is always late</span> in winter.</p></article></body></html>"
    draft = _read(tmp_path, "ferry.html", page)
    assert "Dunne said the boat is always late in winter." in draft.paragraphs, draft.paragraphs


def test_a_summing_up_paragraph_mid_story_keeps_its_label(tmp_path: Path) -> None:
    """A story's own 'Summary: the council voted ...' paragraph, in lower case after its
    label, lost its first word as a dek's label; a dek's value opens as a sentence does."""
    paragraph = "Summary: the council voted 5-2 to keep the ferry, and the fare stays at £4."
    assert _body(_read(tmp_path, "ferry.txt", _typed(paragraph))).endswith(paragraph)

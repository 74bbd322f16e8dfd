# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the sixty-seventh pass, aimed at the forty-second and
forty-third filing rounds: messages Telegram Desktop copies as text, a developer hub's
Markdown export, and Word's phonetic guide.

Precision holes (ordinary documents misread):

- A correspondent who forwards their own story from their outlet's channel to the desk
  ('[Forwarded from Kumasi Today]' over it), then answers the desk's question, had the
  story thrown away as a statement passed on and their short answer filed as the story: a
  forwarded message is set aside only when the writer's own messages hold a story to match
  it, at least half its length.
- A story sent as a reply to the desk's word, or forwarded, took Telegram's line over it
  ('[In reply to Ama Boateng (News Desk)]') for its headline: the story opens under it.

Recall holes (shapes the rounds meant to read, missed):

- Word writes its runs with their revision marks ('<w:r w:rsidR="00D53A4B">'), the run
  holding a phonetic guide too: the guide's rule read only a bare '<w:r>', and the
  characters under the guide were lost from the sentence with their reading ('()').
- Telegram Desktop writes a message's date and time as the computer's language sets
  them: Finnish and Danish ones put a full stop in the time ('[2.4.2026 11.00]'),
  Hungarian ones the year first with a full stop and space after each part ('[2026. 04.
  02. 11:00]'); neither was read as a sender's line, and the whole chat was filed as a
  story, the desk's talk and the sender lines in it.

The command's promises:

- A developer hub's block holding deeply nested JSON stopped the command with an internal
  error (exit 3), the JSON reader out of depth; an image block whose 'images' is no list
  did too: a block the reader cannot read is left out.
- A Markdown file of many '[block:...]' lines, none of them closed, took seconds growing
  with the square of their number: a block's JSON now ends at the next block's line.

Telegram's '[ Video ]', '[ Sticker ]', '[ Album ]' and '[ File : ... ]' lines, a
relationship's absolute target ('/word/document2.xml'), a missing or unreadable one (refused
in one line), 100 KB lines built on the new patterns' openings ('From ', '…', 'Name, [',
'<<glossary:', '<Image ', '> 📘') were all filed or refused in one line in seconds; no other
hole found.

Left open:

- Telegram Desktop in Korean writes '[26. 3. 17. 오후 4:48]' (the hour's half of the day
  before it, in Korean): not read as a sender's line; locales that name the half of the day
  in their own words want a list of their words.
- A relationship target written with a percent escape ('word/document%202.xml') or in
  single quotes is not followed; no tool seen writes either for a Word file's main part.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.filing.test_shapes42 import TELEGRAM_COPY
from tests.filing.test_shapes43 import _rewritten, _word_file
from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread


@pytest.mark.parametrize(
    "mark", ["[Forwarded from Kumasi Today]", "[In reply to Ama Boateng (News Desk)]"]
)
def test_a_writer_s_own_story_forwarded_or_sent_as_a_reply_is_the_story(
    tmp_path: Path, mark: str
) -> None:
    """The story the writer posted on their outlet's channel and forwarded to the desk is
    theirs, the answer to the desk under it talk; the line over the story, and over a story
    sent as a reply to the desk, is no headline."""
    text = TELEGRAM_COPY.replace(
        "Kofi Mensah, [02.04.2026 11:00]\n", f"Kofi Mensah, [02.04.2026 11:00]\n{mark}\n"
    )
    draft = _read(tmp_path, "fire.txt", text)
    assert draft.headline == "MARKET FIRE DESTROYS 40 SHOPS IN KUMASI"
    assert draft.paragraphs[0].startswith("A fire destroyed 40 shops")
    assert draft.paragraphs[1].startswith("The fire started in a provisions shop at about 8pm")
    assert "Correct para" not in _body(draft)


# --- recall: shapes the rounds meant to read


def _guided(character: str, reading: str) -> str:
    """One character with Word's phonetic guide over it, as Word itself writes it: its
    runs with their revision marks and the outer run's properties."""
    run = '<w:r w:rsidR="00D53A4B">'
    return (
        f'</w:t></w:r>{run}<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:ruby><w:rubyPr>'
        '<w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/>'
        '<w:hpsBaseText w:val="20"/><w:lid w:val="zh-CN"/></w:rubyPr>'
        f'<w:rt>{run}<w:rPr><w:sz w:val="10"/></w:rPr><w:t>{reading}</w:t></w:r></w:rt>'
        f'<w:rubyBase>{run}<w:rPr><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t>{character}</w:t></w:r>'
        '</w:rubyBase></w:ruby></w:r><w:r><w:t xml:space="preserve">'
    )


def test_a_phonetic_guide_in_runs_with_revision_marks_keeps_its_characters(
    tmp_path: Path,
) -> None:
    story: list[tuple[str, str | None]] = [
        ("Lion dance troupe in Kluang marks its 80th year", "Title"),
        (
            "KLUANG — The Kluang Hokkien lion dance troupe (NAMEHERE) marked its 80th year on Sunday with a parade through the old town.",
            None,
        ),
        ("Its founder's grandson led the parade with the troupe's oldest lion head.", None),
    ]
    guide = "".join(_guided(c, r) for c, r in (("狮", "shī"), ("艺", "yì"), ("团", "tuán")))
    data = _rewritten(_word_file(tmp_path, story), {}, {"word/document.xml": ("NAMEHERE", guide)})
    draft = _read(tmp_path, "lions.docx", data)
    assert "(狮艺团)" in draft.paragraphs[0]
    assert "shī" not in _body(draft)


def _redated(text: str, when: str) -> str:
    """The copy with each bracketed time written as `when` writes day, month, year, hour
    and minute."""
    return re.sub(
        r"\[(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)\]",
        lambda m: "[" + when.format(*m.groups(), d=int(m[1]), m=int(m[2])) + "]",
        text,
    )


def test_telegram_times_written_with_a_full_stop_are_sender_lines(tmp_path: Path) -> None:
    """Telegram Desktop in Finnish: '[2.4.2026 11.00]'."""
    draft = _read(tmp_path, "fire.txt", _redated(TELEGRAM_COPY, "{d}.{m}.{2} {3}.{4}"))
    assert draft.headline == "MARKET FIRE DESTROYS 40 SHOPS IN KUMASI"
    assert draft.paragraphs[1].startswith("The fire started in a provisions shop at about 8pm")
    assert "Ama Boateng" not in _body(draft)


def test_telegram_dates_written_year_first_with_full_stops_are_sender_lines(
    tmp_path: Path,
) -> None:
    """Telegram Desktop in Hungarian: '[2026. 04. 02. 11:00]'."""
    draft = _read(tmp_path, "fire.txt", _redated(TELEGRAM_COPY, "{2}. {1}. {0}. {3}:{4}"))
    assert draft.headline == "MARKET FIRE DESTROYS 40 SHOPS IN KUMASI"
    assert "Ama Boateng" not in _body(draft)


# --- the command's promises

HUB_STORY = (
    "# Payout API now settles in minutes\n\n"
    "LAGOS — The payments firm said on Monday that its Payout API now settles transfers to Nigerian banks in under five minutes, down from a day.\n\n"
    "The change follows a year of work with the country's interbank switch.\n\n"
)


def test_a_hub_block_of_deeply_nested_json_is_left_out(tmp_path: Path) -> None:
    nested = '{"a":' * 100_000 + "1" + "}" * 100_000
    draft = _read(tmp_path, "payout.md", HUB_STORY + f"[block:callout]\n{nested}\n[/block]\n")
    assert draft.headline == "Payout API now settles in minutes"
    assert len(draft.paragraphs) == 2


def test_a_hub_image_block_whose_images_are_no_list_is_left_out(tmp_path: Path) -> None:
    draft = _read(tmp_path, "payout.md", HUB_STORY + '[block:image]\n{"images": 5}\n[/block]\n')
    assert draft.headline == "Payout API now settles in minutes"
    assert draft.images == ()


def test_many_unclosed_hub_blocks_are_read_in_a_moment(tmp_path: Path) -> None:
    started = time.process_time()
    _read(tmp_path, "payout.md", HUB_STORY + "[block:callout]\nx\n" * 20_000)
    assert time.process_time() - started < 10

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the thirty-first filing round reads right: a theme's story box whose class says what
it goes without ('no-share') and its reading time, a story texted in parts with a chat app's
marks of style (a bold headline, a struck-out figure, an edit's mark), a story phoned to a
copytaker (its template, takes and bracketed spellings), and a story forwarded as plain text,
each link's address after its words and a mail server's notice under it."""

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

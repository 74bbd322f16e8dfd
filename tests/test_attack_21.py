"""Holes an attacker found in the twenty-first pass, aimed at the code paths added in one day:
the newsletter greeting and sponsor patterns of the web-chrome reading, paired shortcodes
joined across lines in Markdown, a page's ARIA property rows and figures, text a browser
saved in <pre>, and authors marked with schema.org microdata. Each hole is a story sentence
dropped at filing or flagged at ERROR severity as pasted debris, text corrupted on the way
into story.md (a private character, commas inside a sentence, a button's label and a
script's code in a caption), or a reader who commented on the page credited in the byline.
Each test was seen to fail for the reason it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.checks.chrome import debris
from newsroom.filing.reader import read_draft
from tests.helpers import CLEAN_STORY, Clone

HEADLINE = "Harbor council approves seawall plan"
FIRST = "The council voted 5-2 on Tuesday to approve the seawall along the eastern waterfront."
LAST = "The state will pay half of the $42 million cost, the mayor said on Wednesday."


def _read(tmp_path: Path, name: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs and the byline newsroom reads from a draft named `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, draft = read_draft(path)
    return draft.paragraphs, draft.byline


def _markdown(inside: str) -> str:
    return f"# {HEADLINE}\n\nBy Rosa Torres\n\n{FIRST}\n\n{inside}\n\n{LAST}\n"


def _page(inside: str) -> str:
    return (
        f"<!doctype html><html><head><title>{HEADLINE}</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>{FIRST}</p>{inside}<p>{LAST}</p></article></body></html>"
    )


# --- a story's sentence read as a newsletter's greeting or a sponsor's heading


@pytest.mark.parametrize(
    "sentence",
    [
        "Hi, Mom! she shouted as the ferry pulled in, the first boat home since the storm.",
        "Happy Birthday, Marge! The whole diner sang it on Tuesday, her 100th.",
        "Hey, Coach! the players yelled from the bus as it left the flooded lot.",
    ],
    ids=["hi-mom", "happy-birthday", "hey-coach"],
)
def test_a_story_sentence_that_opens_with_a_greeting_is_kept(
    tmp_path: Path, sentence: str
) -> None:
    paragraphs, _ = _read(tmp_path, "draft.md", _markdown(sentence))
    assert sentence in paragraphs, paragraphs


def test_a_wrapped_paragraph_opening_together_with_is_no_sponsor(room: Clone) -> None:
    story = (CLEAN_STORY / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    wrapped = (
        "Together with Harbor County deputies, police searched the\n"
        "dunes for two days before they found the missing\n"
        "fisherman, who was treated for exposure, the sheriff said."
    )
    lines = [(0, line) for line in wrapped.split("\n")]
    assert debris(lines) == [None, None, None]  # (the reading the check makes)
    room.write_story("harbor-seawall", body=story.rstrip("\n") + "\n\n" + wrapped + "\n")
    result = room.run("check", "harbor-seawall", "--stage", "draft", "--format", "json")
    chrome = [f for f in json.loads(result.out)["findings"] if "web-chrome" in json.dumps(f)]
    assert chrome == [], chrome


# --- a paired shortcode joined across paragraphs


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("{{< quote >}}", "{{< /quote >}}"), ("{{% aside %}}", "{{% /aside %}}")],
    ids=["angle", "percent"],
)
def test_the_paragraphs_inside_a_paired_shortcode_are_kept(
    tmp_path: Path, opening: str, closing: str
) -> None:
    inside = (
        f"{opening}\n\nResidents filled the chamber for four hours of public comment.\n\n"
        f"The seawall was first proposed in 1998 and failed twice at the ballot.\n\n{closing}"
    )
    paragraphs, _ = _read(tmp_path, "draft.md", _markdown(inside))
    assert "Residents filled the chamber for four hours of public comment." in paragraphs, (
        paragraphs
    )
    assert LAST in paragraphs, paragraphs


# --- a page's text corrupted on its way in


def test_a_property_rows_value_is_read_as_it_shows(tmp_path: Path) -> None:
    row = (
        '<div role="row"><div role="cell">Summary</div><div role="cell">The council '
        "<b>approved</b> the $42 million seawall.</div></div>"
    )
    path = tmp_path / "page.html"
    path.write_text(_page(row), encoding="utf-8")
    _, draft = read_draft(path)
    read = " ".join([*draft.paragraphs, *(text for _, text in draft.stripped)])
    assert "The council approved the $42 million seawall." in read, read
    assert "council, approved" not in read, read


def test_a_line_break_in_a_saved_text_page_leaves_no_private_character(tmp_path: Path) -> None:
    pre = (
        "<pre>Residents filled the chamber for four hours<br>of public comment on the plan."
        "\n\nIt ends a year of debate over how to protect the eastern waterfront.</pre>"
    )
    paragraphs, _ = _read(tmp_path, "page.html", _page(pre))
    assert not any("\ue000" in p for p in paragraphs), paragraphs
    assert any(p.startswith("Residents filled the chamber for four hours") for p in paragraphs)


def test_an_aria_figures_caption_is_only_its_words(tmp_path: Path) -> None:
    figure = (
        '<div role="figure"><img src="https://cdn.example/pier.jpg" width="800" alt="A pier.">'
        '<button>Enlarge</button><script>track("fig")</script>'
        "<p>The flooded pier on Tuesday.</p></div>"
    )
    path = tmp_path / "page.html"
    path.write_text(_page(figure), encoding="utf-8")
    _, draft = read_draft(path)
    assert [i.caption for i in draft.images] == ["The flooded pier on Tuesday."], draft.images


# --- a reader credited as the writer


def test_a_commenters_microdata_author_is_not_in_the_byline(room: Clone, tmp_path: Path) -> None:
    comments = (
        '<section class="comments"><h2>Comments</h2>'
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">Greg Pawlak</span><p>Great story.</p></div></section>'
    )
    page = tmp_path / "page.html"
    page.write_text(
        _page('<p class="byline">By Rosa Torres</p>').replace(
            "</article>", f"</article>{comments}"
        ),
        encoding="utf-8",
    )
    _, draft = read_draft(page)
    assert "Greg Pawlak" not in draft.byline, draft.byline
    result = room.run("file", str(page), "--slug", "harbor-comments")
    assert result.code in (0, 1), result.text
    front = (room.story_dir("harbor-comments") / "story.md").read_text(encoding="utf-8")
    assert "Pawlak" not in front.split("---\n", 2)[1], front

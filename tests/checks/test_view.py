"""Plain prose is split into paragraphs without a parser; it must match what CommonMark says."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import synth
from newsroom.checks.view import StoryView
from newsroom.models import Stage, Story, StoryMeta, YamlFile
from newsroom.store.config import CheckSettings
from tests.helpers import FIXTURES

FRONT = "---\nheadline: x\n---\n\n"


def view(body: str) -> StoryView:
    raw = FRONT + body
    meta = StoryMeta("x", "", (), "", Stage.DRAFT, "news")
    story = Story("s", Path("."), meta, body, 5, YamlFile(Path("story.md")), raw=raw)
    return StoryView(story, CheckSettings())


def shapes(v: StoryView, paragraphs: list[object]) -> list[tuple[object, ...]]:
    out = []
    for p in paragraphs:
        text = p.text  # type: ignore[attr-defined]
        offsets = sorted(
            {0, len(text) // 2, max(0, len(text) - 1)}
            | {i + 1 for i, c in enumerate(text) if c == "\n"}
        )
        out.append((text, p.kind, [p.position(o) for o in offsets]))  # type: ignore[attr-defined]
    return out


def bodies() -> list[str]:
    rng = random.Random(11)
    out = [synth.story(rng, i)["body"] + "\n" for i in range(20)]  # type: ignore[operator]
    for name in ("clean-story", "pasted-web-draft"):
        text = (FIXTURES / name / "story.md").read_text(encoding="utf-8")
        out.append(text.split("---\n", 2)[2])
    out += [
        "One.\n\n\n\nTwo after blank lines.\n",
        "  Indented start.\nsecond line  \n   third line\n\nNext.\n",
        "Trailing spaces.   \n\nEnd without newline",
        "\n\nStarts after blanks.\n",
        "Lines\nof one\nparagraph.\n",
    ]
    return out


@pytest.mark.parametrize("body", bodies(), ids=lambda b: "")
def test_plain_split_matches_commonmark(body: str) -> None:
    v = view(body)
    assert shapes(v, v.paragraphs) == shapes(v, v._parsed_paragraphs())


@pytest.mark.parametrize(
    "body",
    [
        "# Heading\n\nText.\n",
        "Text.\n\n> quoted\n",
        "- item one\n- item two\n",
        "1. first\n2) second\n",
        "Text.\n   \nMore.\n",
        "Para\n---\n",
        "    code block\n",
        "<div>html</div>\n",
        "[ref]: https://example.org\n",
    ],
)
def test_markdown_blocks_use_the_parser(body: str) -> None:
    v = view(body)
    assert shapes(v, v.paragraphs) == shapes(v, v._parsed_paragraphs())
    if body.startswith("# "):
        assert v.paragraphs[0].kind == "heading"


@pytest.mark.parametrize(
    "body",
    [
        "Para one.\n\n## What comes next\n\nPara two.\n",
        "## Top of the story\n\nPara.\n",
        "Para.\n\n### Closing ###\n\nMore.\n",
        "Para.\n\n#   Spaced   heading  \n\nMore.\n",
        "Para.\n\n## A *marked* heading\n\nMore\nover two lines.\n",
        "Para.\n\n   ## Indented three\n\nEnd without newline",
        "Para.\n\n## Heading # with a mark\n\nMore.\n",
        "Para.\n\n##\n\nMore.\n",  # an empty heading: the parser's
        "Para.\n\n## A\nB\n\nMore.\n",  # a heading run into a paragraph: the parser's
        "Para.\n\n#hashtag\n\nMore.\n",  # no heading: the parser's
        "Para.\n\n## Heading\n\n> quoted\n",  # another block: the parser's
    ],
)
def test_headings_of_one_line_split_as_commonmark_does(body: str) -> None:
    v = view(body)
    assert shapes(v, v.paragraphs) == shapes(v, v._parsed_paragraphs())
    assert v.word_count == sum(len(p.text.split()) for p in v._parsed_paragraphs())

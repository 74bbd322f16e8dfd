"""Holes an attacker found in the twenty-third pass, aimed at the reading rules of the last two
commits: the colon dateline and its lone 'PLACE:' line, the slash byline, a layout program's
headline style, and the new debris lines (weather widget, slogan, comment widget, feed footer,
'subscribe now' appeal, digest footer, editor's note to the desk). Each hole is a story's
paragraph, headline, dek, byline, dateline or image misread at filing. Each test was seen to
fail for the reason it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.chrome import debris
from newsroom.filing.furniture import furniture
from newsroom.filing.lines import dateline_of
from tests.helpers import filed_draft as _read

HEADLINE = "Council delays vote on the harbor seawall"
FIRST = (
    "HARBOR CITY, Fla. — The council put off its vote on the seawall until January, saying it "
    "needed the engineers' final report first."
)
LAST = "The mayor said the delay would cost the city about $40,000."
LEDE = (
    "The council put off its vote on the seawall until January, saying it needed the "
    "engineers' final report first."
)


def _story(middle: str) -> str:
    return f"{HEADLINE}\n\nBy Ana Ruiz\n\n{FIRST}\n\n{middle}\n\n{LAST}\n"


# --- the colon dateline (lines.colon_dateline, dateline_of, paste._with_datelines)


@pytest.mark.parametrize("label", ["ANALYSIS", "EXCLUSIVE", "WHY IT MATTERS", "FACT CHECK"])
def test_a_label_in_capitals_is_no_colon_dateline(label: str) -> None:
    """A first paragraph opening 'ANALYSIS:' or 'WHY IT MATTERS:' got that label as dateline."""
    assert dateline_of([f"{label}: {LEDE}"]) == ""


def test_a_lone_label_line_does_not_take_the_paragraph_under_it(tmp_path: Path) -> None:
    """A live story's 'PREVIOUSLY:' line is joined to the recap under it, then both are stripped."""
    recap = (
        "The council first debated the seawall in March, when engineers warned that the old "
        "bulkhead could fail in a major storm."
    )
    draft = _read(tmp_path, "live.txt", _story(f"PREVIOUSLY:\n\n{recap}"))
    assert any(recap in p for p in draft.paragraphs)


# --- the slash byline (place._top, lines.NAME_AND_ROLE)


def test_a_photo_editor_s_slashed_credit_is_not_the_byline(tmp_path: Path) -> None:
    """'Jane Roe/Photo Editor' over a caption took the byline; the image and byline were lost."""
    draft = _read(
        tmp_path,
        "photo.txt",
        f"{HEADLINE}\n\n[Image: Crews on a seawall]\nJane Roe/Photo Editor\n"
        f"Crews survey the eastern waterfront on Tuesday.\n\nBy Ana Ruiz\n\n{FIRST}\n",
    )
    assert draft.byline == ("Ana Ruiz",)


# --- a layout program's headline style (web._HED_STYLE)


_BODY = (
    f'<p class="Body-Text-First">{FIRST}</p><p class="Body-Text">{LAST}</p>'
    "</div></body></html>"
)


def test_a_kicker_style_is_not_the_headline(tmp_path: Path) -> None:
    """The kicker 'SEAWALL VOTE' (class Hed-Kicker) became the headline, the headline a subhead."""
    page = (
        '<html><body><div><p class="Hed-Kicker">SEAWALL VOTE</p>'
        '<p class="HED-60pt">Council delays vote<br/>on the harbor seawall</p>'
        '<p class="Byline">By Ana Ruiz</p>' + _BODY
    )
    draft = _read(tmp_path, "indesign.html", page)
    assert draft.headline == HEADLINE


def test_a_secondary_headline_style_is_no_headline(tmp_path: Path) -> None:
    """The deck under the headline (class Hed-Sub) lands in the body as a '## ' subhead."""
    deck = "Residents fear a costly delay as storm season nears"
    page = (
        '<html><body><div><p class="HED-60pt">Council delays vote<br/>on the harbor seawall</p>'
        f'<p class="Hed-Sub">{deck}</p><p class="Byline">By Ana Ruiz</p>' + _BODY
    )
    draft = _read(tmp_path, "indesign.html", page)
    assert not any(deck in p for p in draft.paragraphs)


# --- debris: weather widget, slogan, comment widget (checks.chrome)


def test_a_headline_with_a_temperature_is_kept(tmp_path: Path) -> None:
    """'Heat index to hit 110°F across Harbor City' is stripped; the dek becomes the headline."""
    hed = "Heat index to hit 110°F across Harbor City"
    draft = _read(
        tmp_path,
        "heat.txt",
        f"{hed}\n\nForecasters say the heat will last through the weekend\n\nBy Ana Ruiz\n\n"
        f"{FIRST}\n\n{LAST}\n",
    )
    assert draft.headline == hed


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures could reach 45°C in parts of Spain on Friday, forecasters warn",
        "Minus 40°F wind chills possible Thursday in the Dakotas",
        "Al Ruiz has been the valley's voice since 1987",
    ],
)
def test_headlines_are_no_weather_widget_or_slogan(line: str) -> None:
    """A weather story's headline or a radio host's profile headline is read as site debris."""
    assert debris([(0, line)]) == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Please keep it civil, Mayor Ruiz told the packed chamber as shouting broke out.",
        "Start the conversation early, experts advise parents of teenagers learning to drive.",
    ],
)
def test_reporting_is_no_comment_widget(tmp_path: Path, line: str) -> None:
    """A reported sentence opening 'Please keep it civil' or 'Start the conversation' is dropped."""
    draft = _read(tmp_path, "council.txt", _story(line))
    assert line in draft.paragraphs


# --- furniture: feed footer, 'subscribe now', digest footer, editor's note (filing.furniture)


@pytest.mark.parametrize(
    "line",
    [
        "The post that got the mayor in trouble appeared first on Facebook on Sunday night "
        "and was shared 40,000 times.",
        "Fans who want to see the final season will have to subscribe now.",
        '"People are scrambling to subscribe now," said Ana Ruiz, a spokeswoman.',
        "You can change your settings to stop the app from tracking your location, the "
        "company said.",
        "Editor's Note (Jan. 5): An earlier version of this story misstated the cost of the "
        "seawall.",
    ],
)
def test_reporting_is_no_furniture(tmp_path: Path, line: str) -> None:
    """A feed-footer, 'subscribe now', digest-footer or desk-note pattern drops a real paragraph."""
    assert furniture(line) is None
    draft = _read(tmp_path, "story.txt", _story(line))
    assert line in draft.paragraphs

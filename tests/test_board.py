"""`status`: a board that fits the terminal without breaking words, names who acts next,
leaves finished stories out, and filters the same way in text and JSON."""

from __future__ import annotations

import json

import pytest

from tests.helpers import Clone, newsroom

LONG_HEADLINE = (
    "Harbor City Council approves a forty-two million dollar seawall along the eastern "
    "waterfront after a two-year debate over dunes, bonds and storm surge"
)
LONG_SLUG = "harbor-city-council-approves-the-eastern-waterfront-seawall"
LONG_NAME = "Bartholomew Featherstonehaugh-Cholmondeley"


def _newsroom(room: Clone) -> None:
    room.write_story(
        LONG_SLUG, front={"headline": LONG_HEADLINE, "byline": [LONG_NAME], "desk": "sports"}
    )
    room.write_story("seawall-credits", front={"stage": "contributor-credit", "desk": "metro"})
    room.write_story("seawall-facts", front={"stage": "fact-check", "desk": "politics"})
    room.write_story(
        "seawall-broken", front={"stage": "fact-check", "headline": "", "desk": "sports"}
    )
    room.write_story("seawall-done", front={"stage": "published"})
    room.write_story("seawall-spiked", front={"stage": "killed"})
    room.commit_all("the stories")


def _words(*texts: str) -> set[str]:
    return {w for t in texts for w in t.split()}


@pytest.mark.parametrize("columns", [80, 60, 44, 30, 132])
def test_the_board_fits_the_width_without_breaking_words(room: Clone, columns: int) -> None:
    _newsroom(room)
    shown = _status(room, columns)
    lines = shown.splitlines()
    assert all(len(line) <= columns for line in lines), [x for x in lines if len(x) > columns]
    printed = _words(*lines)
    missing = _words(LONG_HEADLINE, "Emeka Okafor or Grace Bell", "Lena Park") - printed
    assert not missing, (missing, shown)
    assert "…" not in shown  # no word was too long to show whole


def _status(room: Clone, columns: int, *args: str) -> str:
    env = {**room.env, "COLUMNS": str(columns)}
    result = newsroom(room.path, "status", *args, env=env)
    assert result.code == 0, result.text
    return result.out


def test_the_with_column_names_people(room: Clone) -> None:
    _newsroom(room)
    rows = {s["story"]: s for s in _json(room)}
    assert rows["seawall-credits"]["with"] == "Emeka Okafor or Grace Bell"
    assert rows["seawall-facts"]["with"] == "Lena Park"
    # a draft whose byline no roster reporter is on: an editor signs it off
    assert rows[LONG_SLUG]["with"] == "Emeka Okafor or Grace Bell"
    text = _status(room, 120)
    assert "Lena Park" in text and "fact-checker" not in text and " editor " not in text


def test_published_and_killed_stories_leave_the_board_unless_asked(room: Clone) -> None:
    _newsroom(room)
    default = _status(room, 100)
    assert "seawall-done" not in default and "seawall-spiked" not in default
    assert "4 of 6 stories" in default and "'newsroom status --all' lists them" in default
    everything = _status(room, 100, "--all")
    assert "seawall-done" in everything and "seawall-spiked" in everything
    assert {s["story"] for s in _json(room)} == {
        LONG_SLUG,
        "seawall-credits",
        "seawall-facts",
        "seawall-broken",
    }
    assert len(_json(room, "--all")) == 6
    assert [s["story"] for s in _json(room, "--stage", "published")] == ["seawall-done"]


def test_filters_agree_in_text_and_json(room: Clone) -> None:
    _newsroom(room)
    cases = {
        ("--stage", "fact-check"): {"seawall-facts", "seawall-broken"},
        ("--stage", "draft", "--stage", "contributor-credit"): {LONG_SLUG, "seawall-credits"},
        ("--desk", "metro"): {"seawall-credits"},
        ("--blocked",): {"seawall-broken"},
        ("--blocked", "--desk", "metro"): set(),
    }
    for args, expected in cases.items():
        assert {s["story"] for s in _json(room, *args)} == expected, args
        text = _status(room, 200, *args)
        for slug in {LONG_SLUG, "seawall-credits", "seawall-facts", "seawall-broken"}:
            assert (slug in text) == (slug in expected), (args, text)


def test_mine_lists_what_the_acting_person_must_act_on(room: Clone) -> None:
    _newsroom(room)
    room.act_as("lpark")  # the fact-checker: the two fact-check stories wait for her
    assert {s["story"] for s in _json(room, "--mine")} == {"seawall-facts", "seawall-broken"}
    room.act_as("rtorres")  # on the byline of the clean stories
    assert {s["story"] for s in _json(room, "--mine")} == {
        "seawall-credits",
        "seawall-facts",
        "seawall-broken",
    }


def _json(room: Clone, *args: str) -> list[dict[str, object]]:
    result = room.run("status", "--format", "json", *args)
    assert result.code == 0, result.text
    stories: list[dict[str, object]] = json.loads(result.out)["stories"]
    return stories

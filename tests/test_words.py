"""The word lists the checks read: data in newsroom/checks/words.yaml, which a newsroom
changes under `words:` in newsroom.yaml; a mistake there is one line naming where it is."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from newsroom.checks.lexicon import DATA_FILE, DEFAULT, LISTS, SYNTAXES, Lexicon
from newsroom.services.cache import code_files
from tests.helpers import ROOT, Clone

VAGUE = "attribution.vague"


def _set_words(room: Clone, words: str) -> None:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text() + "words:\n" + words)


def _vague(room: Clone, slug: str) -> list[tuple[int, str]]:
    result = room.run("check", slug, "--stage", "fact-check", "--format", "json")
    assert result.code in (0, 1), result.text
    findings = json.loads(result.out)["findings"]
    return [(f["line"], f["message"]) for f in findings if f["check"] == VAGUE]


def _one_error(room: Clone, pattern: str) -> None:
    result = room.run("check", "--all")
    assert result.code == 2, result.text
    lines = result.text.strip().splitlines()
    assert len(lines) == 1, result.text
    assert re.match(r"error: newsroom\.yaml:\d+:\d+: " + pattern, lines[0]), lines[0]


def test_a_verb_a_newsroom_adds_makes_vague_attribution(room: Clone) -> None:
    room.write_story("the-plan", body="Critics posit the plan will fail.\n")
    room.commit_all("a story")
    assert _vague(room, "the-plan") == []
    _set_words(room, "  opinion_verbs: {add: [posit]}\n")
    found = _vague(room, "the-plan")
    assert len(found) == 1 and "'Critics' names no one" in found[0][1]


def test_a_word_a_newsroom_takes_out_is_no_longer_read(room: Clone) -> None:
    room.write_story("the-plan", body="Critics welcome the plan to widen the road.\n")
    room.commit_all("a story")
    assert len(_vague(room, "the-plan")) == 1
    _set_words(room, "  opinion_verbs:\n    remove: [welcome]\n")
    assert _vague(room, "the-plan") == []


def test_a_group_a_newsroom_adds_names_no_one(room: Clone) -> None:
    room.write_story("the-plan", body="Townsfolk say the plan will fail.\n")
    room.commit_all("a story")
    assert _vague(room, "the-plan") == []
    _set_words(room, "  vague_groups: {add: townsfolk}\n")
    assert len(_vague(room, "the-plan")) == 1


def test_the_newsroom_lists_reach_ci(room: Clone) -> None:
    room.write_story("the-plan", front={"stage": "publish"}, body="Critics posit it will fail.\n")
    _set_words(room, "  opinion_verbs: {add: [posit]}\n")
    room.commit_all("a story")
    result = room.run("ci", "--format", "json")
    assert result.code == 1, result.text
    assert VAGUE in {f["check"] for f in json.loads(result.out)["findings"]}


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (
            "  opinon_verbs: {add: [posit]}\n",
            r"'words\.opinon_verbs' is not a word list; did you mean 'opinion_verbs'\?$",
        ),
        (
            "  opinion_verbs: {add: [posit, 'cast doubt']}\n",
            r"'words\.opinion_verbs\.add': 'cast doubt' is not an entry of this list; write a "
            r"verb's base form",
        ),
        (
            "  vague_groups: {add: [Naysayers]}\n",
            r"'words\.vague_groups\.add': 'Naysayers' is not an entry of this list; "
            r"write one lowercase word",
        ),
        (
            "  opinion_verbs: {remove: [welcom]}\n",
            r"'words\.opinion_verbs\.remove': 'welcom' is not in the list; "
            r"did you mean 'welcome'\?$",
        ),
        (
            "  opinion_verbs: {ad: [posit]}\n",
            r"'words\.opinion_verbs\.ad' is not a change to a word list .*did you mean 'add'\?$",
        ),
        ("  opinion_verbs: [posit]\n", r"'words\.opinion_verbs' must be a mapping"),
    ],
    ids=["list name", "two words", "capitalized", "not in the list", "change", "not a mapping"],
)
def test_a_mistake_in_words_is_one_line_on_its_line(room: Clone, words: str, pattern: str) -> None:
    _set_words(room, words)
    _one_error(room, pattern)
    line = int(room.run("check", "--all").text.split(":")[2])
    assert (room.path / "newsroom.yaml").read_text().splitlines()[line - 1].startswith("  ")


def test_every_list_is_written_as_its_syntax_says_and_read_by_the_lexicon() -> None:
    for name, listed in LISTS.items():
        assert listed.syntax in SYNTAXES and listed.about and listed.entries, name
        assert all(listed.valid(e) for e in listed.entries), name
        assert hasattr(DEFAULT, name), f"{name}: add a field to Lexicon"
    assert DEFAULT.people_plural_endings == (
        *("ants", "ees", "ents", "ers", "ians", "ists", "men", "ors"),
    )
    assert {"say", "says", "said", "according"} <= DEFAULT.speech_verbs
    assert {"show", "showed", "shown", "found"} <= DEFAULT.finding_verbs


def test_a_newsroom_lexicon_is_its_own_and_the_default_is_shared() -> None:
    from newsroom.store.check_settings import WordChange

    assert Lexicon.with_changes({}) is DEFAULT
    changed = Lexicon.with_changes({"opinion_verbs": WordChange(("posit",), ("see",))})
    assert {"posit", "posits", "posited"} <= changed.opinion_verbs <= changed.triggers
    assert not {"see", "sees", "saw"} & changed.opinion_verbs
    assert "posit" not in DEFAULT.triggers


def test_the_word_lists_ship_and_key_the_check_cache() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "*.yaml" in data["package-data"]["newsroom.checks"]
    assert DATA_FILE in code_files()

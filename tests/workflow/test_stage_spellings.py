"""Every YAML spelling of a stage is read the same way by `verify`, `show` and the sign-off
commands, because all of them read story.md through the one story-file module."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Clone

SLUG = "harbor-seawall"

# Each line replaces `stage: draft` in a committed draft: a plain-git forgery of the stage.
SPELLINGS = {
    "quoted key": '"stage": fact-check',
    "single-quoted value": "stage: 'fact-check'",
    "double-quoted value": 'stage: "fact-check"',
    "str tag": "stage: !!str fact-check",
    "local tag": "stage: !<tag:yaml.org,2002:str> fact-check",
    "anchor": "stage: &s fact-check",
    "trailing comment": "stage: fact-check   # moved",
    "trailing carriage return": "stage: fact-check\r",
    "block scalar": "stage: |-\n  fact-check",
    "folded scalar": "stage: >-\n  fact-check",
    "complex key": "? stage\n: fact-check",
    "flow value on next line": "stage:\n  fact-check",
    "escaped in double quotes": 'stage: "fact\\x2Dcheck"',
}


def story_md(clone: Clone) -> Path:
    return clone.story_dir(SLUG) / "story.md"


def replace_stage(clone: Clone, line: str) -> None:
    path = story_md(clone)
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(r"^stage: draft$", lambda _: line, text, count=1, flags=re.M)
    assert count == 1
    path.write_bytes(new.encode("utf-8"))


def filed(room: Clone) -> Clone:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, f"file {SLUG}")
    return room


def verify(clone: Clone) -> tuple[int, list[dict[str, Any]]]:
    result = clone.run("verify", "--format", "json")
    assert result.code in (0, 1), result.text
    return result.code, json.loads(result.out)["findings"]


def shown_stage(clone: Clone) -> str:
    result = clone.run("show", SLUG)
    assert result.code == 0, result.text
    match = re.search(r"\b(draft|contributor-credit|fact-check|publish|published)\b", result.out)
    assert match, result.out
    return match.group(1)


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=list(SPELLINGS))
def test_every_spelling_of_a_forged_stage_is_caught(room: Clone, spelling: str) -> None:
    clone = filed(room)
    replace_stage(clone, spelling)
    clone.commit_all("tidy up")
    assert shown_stage(clone) == "fact-check"  # the product reads the forged stage...
    code, found = verify(clone)  # ...and so does verify, which refuses it
    assert code == 1
    assert "signoff.hand-edited-stage" in {f["check"] for f in found}
    assert all(f["story"] == SLUG for f in found)


DECOY_DEK = 'dek: "The vote ends a long debate.\nstage: draft\nMore to come."\n'


def test_a_decoy_stage_line_inside_a_quoted_dek_fools_nobody(room: Clone) -> None:
    clone = filed(room)
    path = story_md(clone)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^dek: .*\n", lambda _: DECOY_DEK, text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    clone.commit_all("a longer dek")
    assert verify(clone) == (0, [])

    # advance writes the real stage, not the look-alike line inside the dek
    result = clone.run("advance", SLUG)
    assert result.code == 0, result.text
    after = path.read_text(encoding="utf-8")
    assert DECOY_DEK in after and "\nstage: contributor-credit\n" in after
    assert verify(clone) == (0, [])

    # a hand edit of the real stage, the decoy left at draft, is still a forgery
    path.write_text(after.replace("\nstage: contributor-credit\n", "\nstage: publish\n"))
    clone.commit_all("move it along")
    code, found = verify(clone)
    assert code == 1 and "signoff.hand-edited-stage" in {f["check"] for f in found}

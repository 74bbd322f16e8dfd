"""The fast reader for plain story YAML gives exactly what the full parser gives, or steps aside."""

from __future__ import annotations

import random

import pytest

from benchmarks import synth
from newsroom.store import fastyaml, yamlio
from newsroom.store.stories import split_front_matter
from tests.helpers import FIXTURES


def same_as_full(text: str, offset: int = 0) -> bool:
    """True when the fast reader took the text; asserts it agrees with the full parser."""
    fast = fastyaml.load(text, offset, yamlio.MAX_NODES)
    if fast is None:
        return False
    full = yamlio.full_load(text, path="x.yaml", line_offset=offset)
    assert fast[0] == full[0], text
    assert fast[1] == full[1], text
    return True


def corpus() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix == ".yaml":
            out.append((str(path), path.read_text(encoding="utf-8"), 0))
        elif path.name == "story.md":
            out.append((str(path), split_front_matter(path.read_text(), "x")[0], 1))
    rng = random.Random(7)
    for i in range(40):
        story = synth.story(rng, i)
        sentences = [s for p in str(story["body"]).split("\n\n") for s in p.split(". ")]
        story["factcheck"] = {
            "claims": [
                {"id": f"claim-{j}", "text": text, "sources": ["minutes"], "status": "verified"}
                for j, text in enumerate(sentences[:10])
            ]
        }
        for key in ("sources", "factcheck", "credits"):
            out.append((f"synth-{i}-{key}", synth._dump(story[key]), 0))
        out.append((f"synth-{i}-front", synth._dump(story["front"]), 1))
    return out


@pytest.mark.parametrize(("name", "text", "offset"), corpus(), ids=lambda v: "")
def test_story_files_take_the_fast_path_and_agree(name: str, text: str, offset: int) -> None:
    assert same_as_full(text, offset), f"{name} fell back to the full parser"


AGREE = [
    "a: 1\nb: 2.5\nc: true\nd: off\ne: null\nf: ~\ng: 2026-03-01\nh: 2026-03-01T09:00:00-05:00\n",
    "headline: Council approves seawall\n# a comment\n\n  # indented comment\ndek: x # trailing\n",
    "byline: [rtorres, mchen]\nempty: []\nmap: {}\nspaced: [ a ,  b ]\n",
    "q1: 'It''s done'\nq2: \"plain double\"\n",
    "people:\n- id: a\n  roles: [x]\n- id: b\n  roles:\n  - y\n  - z\nafter: 1\n",
    "images:\n  - file: a.png\n    caption: Crews work, in Harbor City.\n    credit: A/B\n",
    "nested:\n  deeper:\n    deepest: value\n  back: here\ntop: again\n",
    "list:\n-   wide: 1\n    same: 2\n",
    "url: https://example.org/a#b\ntime: 10:30\nyes_word: yes\nversion: 1.10\n",
    "k:   spaced value  \n",
    "- a\n- b\n",
    "key : value\n",
]


@pytest.mark.parametrize("text", AGREE)
def test_fast_reader_agrees_with_full_parser(text: str) -> None:
    assert same_as_full(text)
    assert same_as_full(text, offset=3)


STEP_ASIDE = [
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: |\n  block\n",
    "a: >\n  folded\n",
    "a: plain\n  continued\n",
    'a: "escaped \\" quote"\n',
    "a: 'two'' \n  lines'\n",
    "a: 1\na: 2\n",
    "a:\tb\n",
    "a:\n",
    "a: [1, [2]]\n",
    "a: {b: 1}\n",
    "a: x: y\n",
    "a: 'x' # comment\n",
    "q3: 'a # not a comment'\n",
    "---\na: 1\n",
    "? complex\n: key\n",
    "a:\n  - b\n c: 1\n",
    "\"quoted key\": 1\n",
    "a: -1\n",
    "a: [b,]\n",
]


@pytest.mark.parametrize("text", STEP_ASIDE)
def test_fast_reader_steps_aside(text: str) -> None:
    assert fastyaml.load(text, 0, yamlio.MAX_NODES) is None


def test_load_still_refuses_aliases_and_reports_lines() -> None:
    from newsroom.errors import InputError

    with pytest.raises(InputError, match="aliases"):
        yamlio.load("a: &x [1]\nb: *x\n", path="s.yaml")
    with pytest.raises(InputError) as info:
        yamlio.load("a: 1\nb: [2\n", path="s.yaml", line_offset=1)
    assert info.value.path == "s.yaml" and info.value.line is not None

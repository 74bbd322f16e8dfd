"""Bodies no desk writes but anyone can commit (one sentence of half a megabyte, thousands of
speakers, a sentence repeated thousands of times) are read as the ordinary ones are, without
work that grows with the square of their size. benchmarks/bench_hostile.py times them; these
tests hold the rules that keep them quick, without timing anything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsroom.checks.sources import _occurrences
from newsroom.checks.statements import PROSE_LIMIT, analyze_body
from tests.helpers import speakers


def test_a_run_longer_than_any_sentence_is_not_read_for_speakers() -> None:
    run = " ".join(f'"we {i} went home," Ana{i} Ruiz said, and' for i in range(200)) + " ended."
    assert len(run) > PROSE_LIMIT
    facts = analyze_body([run])
    assert [a for p in facts for s in p.sentences for a in s.attributions] == []
    assert [q for p in facts for s in p.sentences for q in s.unattributed_quotes] == []


def test_a_long_sentence_of_real_prose_is_still_read() -> None:
    clauses = ", and ".join(f"the {n} committee met on the {n} floor" for n in range(40))
    sentence = f'"It was a long year," Ana Ruiz said, noting that {clauses}.'
    assert 1000 < len(sentence) < PROSE_LIMIT
    assert speakers(sentence) == [("named", "Ana Ruiz")]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Cole said. Dana Cole, who owns Cole's, and Coleman agreed (Cole).", "Cole"),
        ("Dana Cole Realty and Dana Coles", "Dana Cole"),
        ("ÉmileRuiz Émile Ruiz_x Émile Ruiz", "Émile Ruiz"),
        ("O'Neill, O'Neills and O'Neill.", "O'Neill"),
        ("", "Cole"),
    ],
)
def test_whole_words_are_found_where_a_word_boundary_would_find_them(body: str, words: str) -> None:
    expected = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(words)}\b", body)]
    assert _occurrences(body, words) == expected


def test_a_sentence_in_the_body_many_times_is_named_by_what_it_claims(tmp_path: Path) -> None:
    from newsroom.checks import engine
    from newsroom.checks.engine import Example
    from newsroom.checks.factcheck import uncovered_statement
    from newsroom.models import GATES
    from tests.checks.test_catalog import build

    sentence = "The plan cost $5 million."
    body = "\n\n".join([sentence] * 3) + "\n"
    view = build(tmp_path, Example(body=body, factcheck={"claims": []}))
    found = engine.run(view, engine.Plan([uncovered_statement], view.settings), frozenset(GATES))
    assert len(found) == 3
    assert all("add '$5' " in f.message for f in found)  # (the sentence stands three times)
    once = build(tmp_path / "once", Example(body=sentence + "\n", factcheck={"claims": []}))
    alone = engine.run(once, engine.Plan([uncovered_statement], once.settings), frozenset(GATES))
    assert ["add 'The plan cost $5 million' " in f.message for f in alone] == [True]


def test_a_story_of_many_images_is_checked_in_time_that_grows_with_them(tmp_path: Path) -> None:
    """A Word file whose every caption line became an image (a long gallery) makes a story of
    hundreds of images: the caption checks asked, for each image, for every key the story
    writes, and took time that grew with the square of the images (686 images, a second)."""
    from newsroom.checks import engine
    from newsroom.checks.captions import alt_missing, caption_missing, credit_missing
    from newsroom.checks.engine import Example
    from newsroom.checks.view import StoryView
    from newsroom.models import GATES
    from tests.checks.test_catalog import build
    from tests.helpers import grows_linearly

    def view(count: int) -> StoryView:
        images = [{"file": f"media/p{n}.jpg", "caption": "", "credit": ""} for n in range(count)]
        return build(tmp_path / str(count), Example(front={"images": images}))

    views = {count: view(count) for count in (150, 600)}
    checks = [caption_missing, credit_missing, alt_missing]

    def check(count: int) -> None:
        story = views[count]
        found = engine.run(story, engine.Plan(checks, story.settings), frozenset(GATES))
        assert len(found) == 3 * count

    assert grows_linearly(check, 150)

"""Generated story files and newsroom.yaml values through the real command: every reading
command exits 0, 1 or 2 on them, never 3, never with a traceback.

The files come from tests/yaml_shapes.py (the shapes story files take, with edge values,
encodings and line endings), drawn from fixed seeds, written into stories that have a real
history (a sign-off each), in one newsroom reused by every batch.
"""

from __future__ import annotations

import random

import pytest

from tests import yaml_shapes
from tests.helpers import (
    ALL_STORY_READERS,
    FIXTURES,
    Clone,
    isolated_env,
    make_newsroom,
    never_crashed,
    story_readers,
)

STORIES = [f"generated-{i:02d}" for i in range(12)]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Clone:
    """A newsroom whose stories were each filed clean and signed off out of draft."""
    base = tmp_path_factory.mktemp("generated")
    room = make_newsroom(base / "newsroom", isolated_env(base / "home"))
    for slug in STORIES:
        room.write_story(slug)
    room.commit_all("file the stories")
    results = room.run_many([("advance", slug) for slug in STORIES])
    assert all(r.code == 0 for r in results), [r.text for r in results if r.code]
    return room


def write_generated(room: Clone, rng: random.Random, slug: str) -> None:
    """Story `slug`'s story.md, and some of its side files, replaced by generated files."""
    folder = room.story_dir(slug)
    shapes = yaml_shapes.Shapes(rng)
    (folder / "story.md").write_bytes(shapes.encoded(shapes.story_md(shapes.front_matter())))
    for name in rng.sample(sorted(yaml_shapes.SIDE_LISTS), rng.randint(0, 3)):
        (folder / name).write_bytes(shapes.encoded(shapes.side_file(name)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reading_commands_never_crash_on_generated_stories(newsroom: Clone, seed: int) -> None:
    rng = random.Random(seed)
    for slug in STORIES:
        write_generated(newsroom, rng, slug)
    newsroom.commit_all(f"generated files, seed {seed}")
    commands = [c for slug in STORIES for c in story_readers(slug)] + ALL_STORY_READERS
    results = newsroom.run_many(commands)
    never_crashed(commands, results)
    assert any(r.code == 2 for r in results) and any(r.code != 2 for r in results)


CONFIG = (FIXTURES / "newsroom.yaml").read_text(encoding="utf-8")


def generated_config(shapes: yaml_shapes.Shapes) -> str:
    """newsroom.yaml with generated values where people type them: the newsroom's name, a
    person, check severities and options."""
    v = shapes.scalar
    people, rest = CONFIG.rstrip("\n").split("require_signed")
    people = people.replace("name: Coastal Daily Press", f"name: {v()}", 1)
    person = f"  - id: {v()}\n    name: {v()}\n    email: {v()}\n    roles: [{v()}]\n"
    rest = "require_signed" + rest.replace("checks: {}", f"checks: {{headline.case: {v()}}}")
    options = f"options:\n  body:\n    min_words: {v()}\n  headline:\n    case: {v()}\n"
    text = f"{people}{person}{rest}\n{options}"
    return text if not shapes.chance(0.1) else shapes.nested() + "\n" + text


def test_reading_commands_never_crash_on_generated_config(newsroom: Clone) -> None:
    rng = random.Random(5)
    config = newsroom.path / "newsroom.yaml"
    commands = [("check", "--all"), ("status",), ("verify",), ("show", STORIES[0])]
    try:
        for _ in range(12):
            shapes = yaml_shapes.Shapes(rng, hostility=0.4)
            config.write_bytes(shapes.encoded(generated_config(shapes)))
            never_crashed(commands, newsroom.run_many(commands))
    finally:
        config.write_text(CONFIG, encoding="utf-8")

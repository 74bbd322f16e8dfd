"""The check cache: unchanged stories reuse results; any change that matters is seen."""

from __future__ import annotations

import json
import os

from tests.helpers import Clone, newsroom, snapshot


def run(room: Clone, *args: str) -> dict[str, object]:
    result = room.run("check", "--all", "--stage", "draft", "--format", "json", *args)
    assert result.code in (0, 1), result.text
    data: dict[str, object] = json.loads(result.out)
    return data


def checks_of(data: dict[str, object], story: str) -> set[str]:
    return {f["check"] for f in data["findings"] if f["story"] == story}  # type: ignore[attr-defined,index]


def two_stories(room: Clone) -> Clone:
    room.write_story("clean-one")
    room.write_story("doubled", body="The the council met.\n\n" + "Filler sentence here. " * 60)
    room.commit_all("stories")
    return room


def cache_file(room: Clone) -> object:
    files = sorted((room.path / ".newsroom-cache").glob("check-*.json"))
    assert len(files) == 1
    return files[0]


def test_warm_run_equals_cold_run_and_leaves_git_clean(room: Clone) -> None:
    two_stories(room)
    fresh = run(room, "--no-cache")
    assert not (room.path / ".newsroom-cache").exists()
    cold = run(room)
    assert (room.path / ".newsroom-cache").is_dir()
    warm = run(room)
    assert fresh == cold == warm
    assert checks_of(warm, "doubled") == {"body.repeated-word"}
    assert room.git("status", "--porcelain") == ""  # the cache ignores itself


def test_cached_results_are_reused_for_unchanged_stories(room: Clone) -> None:
    """Plant a finding in the cache: a warm run reports it, --no-cache does not."""
    two_stories(room)
    run(room)
    path = cache_file(room)
    data = json.loads(path.read_text())  # type: ignore[attr-defined]
    data["stories"]["clean-one"]["findings"].append(
        ["stories/clean-one/story.md", 1, 1, "headline.case", "error", "planted", "", "draft",
         True])
    path.write_text(json.dumps(data))  # type: ignore[attr-defined]
    assert "headline.case" in checks_of(run(room), "clean-one")
    assert checks_of(run(room, "--no-cache"), "clean-one") == set()


def test_edits_images_and_config_invalidate(room: Clone) -> None:
    two_stories(room)
    assert checks_of(run(room), "clean-one") == set()
    story = room.story_dir("clean-one") / "story.md"
    story.write_text(story.read_text().replace("Mayor Dana", "Mayor the the Dana"))
    assert checks_of(run(room), "clean-one") == {"body.repeated-word"}
    (room.story_dir("clean-one") / "media" / "crews.png").unlink()
    assert "captions.file-missing" in checks_of(run(room), "clean-one")
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace("checks: {}", "checks: {body: off}"))
    assert checks_of(run(room), "clean-one") == {"captions.file-missing"}
    assert checks_of(run(room), "doubled") == set()


def test_an_image_replaced_by_something_else_invalidates(room: Clone) -> None:
    """Images are keyed by name and kind: a file that turns into a pipe is seen."""
    two_stories(room)
    image = room.story_dir("clean-one") / "media" / "crews.png"
    image.write_bytes(image.read_bytes() + b"more bytes")  # checks read no image's bytes
    assert checks_of(run(room), "clean-one") == set()
    image.unlink()
    os.mkfifo(image)
    assert "captions.file-missing" in checks_of(run(room), "clean-one")


def test_requests_are_cached_apart(room: Clone) -> None:
    two_stories(room)
    assert checks_of(run(room, "--select", "headline"), "doubled") == set()
    assert checks_of(run(room), "doubled") == {"body.repeated-word"}
    assert checks_of(run(room, "--select", "headline"), "doubled") == set()


def test_a_broken_cache_is_only_a_miss(room: Clone) -> None:
    two_stories(room)
    run(room)
    cache_file(room).write_text("{not json")  # type: ignore[attr-defined]
    assert checks_of(run(room), "doubled") == {"body.repeated-word"}
    before = snapshot(room.path)
    (room.path / ".newsroom-cache").chmod(0o500)
    try:
        assert checks_of(run(room), "doubled") == {"body.repeated-word"}
    finally:
        (room.path / ".newsroom-cache").chmod(0o700)
    assert snapshot(room.path) == before


def imported(room: Clone, *args: str) -> set[str]:
    """The modules a real run of `newsroom ARGS` imports (as `python -X importtime` lists
    them)."""
    env = {**room.env, "PYTHONPROFILEIMPORTTIME": "1"}
    result = newsroom(room.path, *args, env=env)
    assert result.code in (0, 1), result.text
    return {
        line.rsplit("|", 1)[1].strip()
        for line in result.err.splitlines()
        if line.startswith("import time:") and "|" in line
    }


RULES = "newsroom.checks.chrome"  # the checks' rules: hundreds of patterns to compile


def test_a_run_the_cache_answers_loads_no_check(room: Clone) -> None:
    """A warm run of one story, and the board, read results from the cache: the checks
    themselves are loaded only when a story has to be checked."""
    two_stories(room)
    assert RULES in imported(room, "check", "--all")  # cold: checked, and cached
    assert RULES not in imported(room, "check", "clean-one")
    assert RULES not in imported(room, "check", "--all")
    assert RULES not in imported(room, "status")
    (room.story_dir("doubled") / "story.md").write_text(
        (room.story_dir("doubled") / "story.md").read_text() + "\nA new line.\n"
    )
    assert RULES in imported(room, "check", "--all")  # a changed story is checked again
    assert RULES not in imported(room, "check", "--all")
    assert RULES in imported(room, "check", "--all", "--no-cache")


def test_a_card_the_cache_answers_loads_no_check(room: Clone) -> None:
    """`show` asks for the request `check SLUG` makes, so an unchanged draft's card comes
    from the cache (a draft's claims carry no verdict whose pin needs the body's sentences);
    a story's changes since a sign-off (`diff`) need no check at all."""
    room.write_story("draft-one", files={"factcheck.yaml": {"claims": []}})
    room.commit_all("a draft")
    assert RULES in imported(room, "show", "draft-one")  # cold: checked, and cached
    assert RULES not in imported(room, "show", "draft-one")
    assert RULES not in imported(room, "check", "draft-one")  # the same request
    advanced = room.act_as("rtorres").run("advance", "draft-one")
    assert advanced.code == 0, advanced.text
    assert RULES not in imported(room, "diff", "draft-one", "--since", "draft")

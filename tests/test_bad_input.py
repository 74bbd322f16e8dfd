"""Bad input: each gives exit 2 and one clear line naming the file, or is shown literally;
never a traceback, never a change to the repository."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.helpers import Clone, Result, snapshot
from tests.valid_output import github_commands, sarif_document

STORY = "stories/bad-story/story.md"


def filed(room: Clone, content: bytes | str) -> Clone:
    """The clean story with story.md replaced by `content`, committed."""
    folder = room.write_story("bad-story")
    path = folder / "story.md"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    room.commit_all("file a story")
    return room


def assert_input_error(result: Result, pattern: str) -> None:
    """Exit 2; exactly one error line, matching `pattern`; no traceback."""
    assert result.code == 2, result.text
    assert "Traceback" not in result.text
    errors = [line for line in result.text.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.text
    assert re.search(pattern, errors[0]), errors[0]


def check_unchanged(room: Clone, *args: str) -> Result:
    before = snapshot(room.path)
    result = room.run(*args)
    assert snapshot(room.path) == before, "the command changed the repository"
    return result


FRONT = (CLEAN := Path(__file__).parent / "fixtures" / "clean-story" / "story.md").read_text()
BODY = FRONT.split("---\n", 2)[2]


@pytest.mark.parametrize(
    ("name", "content", "pattern"),
    [
        (
            "malformed-yaml",
            "---\nheadline: Council approves seawall\ndek: [unclosed\nbyline: [rtorres]\n---\n"
            + BODY,
            rf"^error: {STORY}:\d+:\d+: invalid YAML: .*fix the syntax",
        ),
        (
            "bad-indentation",
            "---\nheadline: Council approves seawall\n  dek: x\n   - y\n---\n" + BODY,
            rf"^error: {STORY}:\d+:\d+: invalid YAML",
        ),
        ("missing-front-matter", BODY, rf"^error: {STORY}:1: has no front matter; start"),
        (
            "unterminated-front-matter",
            "---\nheadline: Council approves seawall\ndek: Something new\n\n" + BODY,
            rf"^error: {STORY}:1: front matter is not closed; add a '---' line",
        ),
        (
            "front-matter-not-a-mapping",
            "---\n- a list\n- not a mapping\n---\n" + BODY,
            rf"^error: {STORY}:2:1: the front matter must be a mapping",
        ),
        (
            "non-utf8",
            FRONT.encode("utf-8").replace(b"Harbor City Council approves", b"Caf\xe9 owners"),
            rf"^error: {STORY}:2: is not valid UTF-8 \(byte \d+\); save it as UTF-8",
        ),
        (
            "binary",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
            rf"^error: {STORY}: is a binary file, not text",
        ),
        (
            "alias-bomb",
            "---\nheadline: Council approves seawall\n"
            'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n"
                for i in range(8)
            )
            + "---\n"
            + BODY,
            rf"^error: {STORY}:\d+:\d+: YAML aliases \(\*name\) are not allowed",
        ),
        (
            "impossible-date",
            FRONT.replace("headline:", "embargo: 2026-13-01\nheadline:", 1),
            rf"^error: {STORY}:2:10: cannot read '2026-13-01' \(month must be in 1..12\)",
        ),
        (
            "duplicate-key",
            "---\nheadline: One\nheadline: Two\n---\n" + BODY,
            rf"^error: {STORY}:3:1: 'headline' appears twice; keep one",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 30 and "\n" not in v else "",
)
def test_unreadable_story_md(room: Clone, name: str, content: str | bytes, pattern: str) -> None:
    filed(room, content)
    for args in (("check", "bad-story"), ("check", "--all"), ("show", "bad-story")):
        assert_input_error(check_unchanged(room, *args), pattern)


def test_fifty_megabyte_story(room: Clone) -> None:
    folder = room.write_story("bad-story")
    with open(folder / "story.md", "ab") as handle:
        handle.write(b"The council met again. " * (50 * 1024 * 1024 // 23))
    room.commit_all("a huge story")
    assert (folder / "story.md").stat().st_size > 50 * 1024 * 1024
    result = check_unchanged(room, "check", "--all")
    assert_input_error(result, rf"^error: {STORY}: file is 5\d\.\d MB, over the 2 MB limit")


def test_bad_side_file_names_its_line(room: Clone) -> None:
    room.write_story("bad-story", files={"sources.yaml": "sources:\n  - id: a\n    name: [x\n"})
    room.commit_all("bad sources")
    result = check_unchanged(room, "check", "bad-story")
    assert_input_error(result, r"^error: stories/bad-story/sources.yaml:\d+:\d+: invalid YAML")


def test_side_file_entry_of_the_wrong_shape_names_its_line(room: Clone) -> None:
    sources = "sources:\n- id: a\n  name: A\n- just a name\n"
    room.write_story("bad-story", files={"sources.yaml": sources})
    room.commit_all("bad sources")
    result = check_unchanged(room, "check", "bad-story")
    assert_input_error(
        result,
        r"^error: stories/bad-story/sources.yaml:4:3: source 2 of 'sources' must be a mapping "
        r"of 'key: value' lines, not 'just a name'",
    )


def test_one_bad_story_does_not_hide_the_others(room: Clone) -> None:
    room.write_story("harbor-seawall")
    filed(room, BODY)
    result = check_unchanged(room, "check", "--all", "--format", "json")
    assert result.code == 2
    data = json.loads(result.out)
    assert data["stories_checked"] == 2
    assert len(data["problems"]) == 1
    assert data["problems"][0].startswith(f"{STORY}:1: has no front matter")


def test_unreadable_story_is_annotated_on_its_line(room: Clone) -> None:
    """A CI host marks the line to mend: GitHub's annotation and SARIF's notification name
    the file, line and column of a story that could not be read."""
    filed(room, FRONT.replace("dek:", "dek: [unclosed\nx:", 1))
    github = check_unchanged(room, "check", "--all", "--format", "github")
    assert github.code == 2
    (command,) = [c for c in github_commands(github.out) if c[0] == "error"]
    props = dict(p.split("=", 1) for p in command[1].split(","))
    assert props["file"] == STORY and int(props["line"]) >= 2 and int(props["col"]) >= 1
    assert command[2].startswith("invalid YAML"), command
    sarif = sarif_document(room.run("check", "--all", "--format", "sarif").out)
    (note,) = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    place = note["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == STORY
    assert place["region"]["startLine"] == int(props["line"])


def test_unreadable_story_with_no_line_is_annotated_on_its_file(room: Clone) -> None:
    filed(room, BODY)
    github = check_unchanged(room, "check", "--all", "--format", "github")
    (command,) = github_commands(github.out)
    assert command[:2] == ("error", f"file={STORY},line=1,title=unreadable"), command


@pytest.mark.parametrize("slug", ["../x", "../../etc", "my story", "Harbor", "x", "a--b", "ab-"])
def test_bad_slug_for_new(room: Clone, slug: str) -> None:
    result = check_unchanged(room, "new", slug, "--headline", "Council approves seawall")
    shown = re.escape(slug)
    assert_input_error(result, rf"^error: '{shown}' is not a valid slug: use 3-80 lowercase")
    assert not (room.path / "x").exists() and not (room.path.parent / "x").exists()


@pytest.mark.parametrize("slug", ["my story", "Harbor", "a_b"])
def test_bad_slug_for_check(room: Clone, slug: str) -> None:
    result = check_unchanged(room, "check", slug)
    assert_input_error(result, rf"^error: '{re.escape(slug)}' is not a valid slug")


@pytest.mark.parametrize("target", ["../x", "../../etc/passwd", "/etc", "stories"])
def test_paths_outside_stories_for_check(room: Clone, target: str) -> None:
    result = check_unchanged(room, "check", target)
    assert_input_error(result, rf"^error: '{re.escape(target)}' is not a story")


def test_story_folder_linked_out_of_stories(room: Clone, tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "evil"
    room.write_story("harbor-seawall")
    room.commit_all("a story")
    outside.parent.mkdir()
    os.rename(room.story_dir("harbor-seawall"), outside)
    room.git("checkout", "--", ".")
    os.symlink(outside, room.story_dir("evil"))
    pattern = r"^error: stories/evil: is a link; story folders must be real folders"
    for args in (("check", "evil"), ("check", "stories/evil"), ("check", "--all"),
                 ("show", "evil")):
        assert_input_error(check_unchanged(room, *args), pattern)
    result = check_unchanged(room, "status")
    assert result.code == 0 and "evil" in result.out and "unreadable" in result.out


def test_story_file_that_is_a_link(room: Clone, tmp_path: Path) -> None:
    folder = room.write_story("harbor-seawall")
    (tmp_path / "elsewhere.md").write_text(FRONT)
    (folder / "story.md").unlink()
    os.symlink(tmp_path / "elsewhere.md", folder / "story.md")
    result = check_unchanged(room, "check", "harbor-seawall")
    assert_input_error(result, r"^error: stories/harbor-seawall/story.md: is a link")


def test_story_file_that_is_a_pipe(room: Clone) -> None:
    """A named pipe where a story file should be is refused, not waited on (the cache's
    reading of the folder included)."""
    folder = room.write_story("harbor-seawall")
    room.commit_all("file a story")
    (folder / "factcheck.yaml").unlink()
    os.mkfifo(folder / "factcheck.yaml")
    for args in (("check", "harbor-seawall"), ("check", "--all", "--no-cache")):
        result = check_unchanged(room, *args)
        assert_input_error(
            result, r"^error: stories/harbor-seawall/factcheck.yaml: is not a regular file"
        )


HOSTILE = '"\\e[31mRed alert\\e]0;pwned\\a [red]x[/red] [bold]Council[/bold] approves seawall."'
SHOWN = "\\x1b[31mRed alert\\x1b]0;pwned\\x07 [red]x[/red] [bold]Council[/bold] approves seawall."


@pytest.fixture
def hostile(room: Clone) -> Clone:
    """A story whose headline carries rich markup and terminal escapes (and a final period,
    so that a finding quotes it)."""
    folder = room.write_story("harbor-seawall")
    text = (folder / "story.md").read_text()
    text = re.sub(r"(?m)^headline: .*$", lambda _: f"headline: {HOSTILE}", text, count=1)
    (folder / "story.md").write_text(text)
    room.commit_all("hostile headline")
    return room


def no_raw_controls(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text, repr(text)


def test_hostile_headline_in_text_output(hostile: Clone) -> None:
    result = hostile.run("check", "harbor-seawall", "--stage", "draft")
    assert result.code == 1, result.text
    no_raw_controls(result.text)
    assert SHOWN in result.out


def test_hostile_headline_in_json_and_sarif(hostile: Clone) -> None:
    for fmt in ("json", "sarif"):
        result = hostile.run("check", "harbor-seawall", "--stage", "draft", "--format", fmt)
        no_raw_controls(result.out)
        assert "[red]x[/red]" in result.out
        assert "\\u001b[31m" in result.out
    data = json.loads(hostile.run("check", "harbor-seawall", "--format", "json").out)
    excerpts = {f["excerpt"] for f in data["findings"]}
    assert json.loads(HOSTILE.replace("\\e", "\\u001b").replace("\\a", "\\u0007")) in excerpts


def test_hostile_headline_in_github_and_junit(hostile: Clone) -> None:
    github = hostile.run("check", "harbor-seawall", "--stage", "draft", "--format", "github")
    no_raw_controls(github.out)
    assert any(
        line.startswith("::error file=stories/harbor-seawall/story.md") and SHOWN in line
        for line in github.out.splitlines()
    ), github.out
    junit = hostile.run("check", "harbor-seawall", "--stage", "draft", "--format", "junit")
    no_raw_controls(junit.out)
    failure = ET.fromstring(junit.out).find(".//failure")
    assert failure is not None and SHOWN in (failure.text or "")


def test_hostile_headline_in_status_and_show(hostile: Clone) -> None:
    for args in (("status",), ("show", "harbor-seawall")):
        result = hostile.run(*args)
        assert result.code == 0, result.text
        no_raw_controls(result.text)
        assert "[red]x[/red]" in result.out and "[bold]Council[/bold]" in result.out
        assert "\\x1b[31m" in result.out


def test_malformed_newsroom_yaml(room: Clone) -> None:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace("require_signed: false", "require_signed: [no"))
    room.commit_all("break the config")
    for args in (("check", "--all"), ("status",), ("new", "harbor-seawall", "--headline", "Hi")):
        result = check_unchanged(room, *args)
        assert_input_error(result, r"^error: newsroom.yaml:\d+:\d+: invalid YAML")


def test_image_linked_out_of_the_story_folder(room: Clone, tmp_path: Path) -> None:
    folder = room.write_story("harbor-seawall")
    (tmp_path / "secret.png").write_bytes(b"not yours")
    (folder / "media" / "crews.png").unlink()
    os.symlink(tmp_path / "secret.png", folder / "media" / "crews.png")
    room.commit_all("linked image")
    result = check_unchanged(room, "check", "harbor-seawall", "--stage", "draft", "--format",
                             "json")
    found = [(f["check"], f["message"]) for f in json.loads(result.out)["findings"]]
    assert ("captions.file-missing", "'media/crews.png' is outside the story folder; copy the "
            "image into the story's media/ folder") in found

"""`newsroom person add|edit|remove|list`: the roster, changed by an editor, audited by verify."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from tests.helpers import Clone, Result, snapshot

SLUG = "harbor-seawall"
COMMENT = "# the people of the newsroom: ask the desk before adding anyone\n"


def _room(room: Clone) -> Clone:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace("people:\n", f"{COMMENT}people:\n"))
    room.commit_all("a comment")
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, "file story")
    return room.act_as("eokafor")


def _people(room: Clone) -> dict[str, dict]:
    data = yaml.safe_load((room.path / "newsroom.yaml").read_text())
    return {p["id"]: p for p in data["people"]}


def _verify_finds(room: Clone) -> list[str]:
    result = room.run("verify", "--format", "json")
    return [f["check"] for f in json.loads(result.out)["findings"]]


def _ok(room: Clone, *args: str) -> str:
    result = room.run(*args)
    assert result.code == 0, (args, result.text)
    return result.out


def test_an_editor_adds_and_changes_a_colleague(room: Clone) -> None:
    _room(room)
    _ok(room, "person", "add", "jdoe", "--name", "Jane Doe", "--email", "jane@example.org",
        "--role", "reporter")
    assert _people(room)["jdoe"] == {"id": "jdoe", "name": "Jane Doe",
                                     "email": "jane@example.org", "roles": ["reporter"]}
    text = (room.path / "newsroom.yaml").read_text()
    assert COMMENT in text and "require_signed: false\n" in text  # comments and layout kept
    assert room.git("show", "--name-only", "--format=%s", "HEAD").split("\n") == [
        "newsroom: roster: add jdoe", "", "newsroom.yaml"]
    _ok(room, "person", "edit", "jdoe", "--role", "reporter", "--role", "editor")
    assert _people(room)["jdoe"]["roles"] == ["reporter", "editor"]
    assert "Jane Doe" in _ok(room, "person", "list")
    assert _verify_finds(room) == []
    # the new editor can act at once: the roster trusts her from the commit after
    room.git("config", "user.email", "jane@example.org")
    _ok(room, "person", "edit", "mchen", "--name", "Maria Chen-Lopez")
    assert _verify_finds(room) == []


def test_only_an_editor_changes_the_roster(room: Clone) -> None:
    _room(room).act_as("rtorres")
    before = snapshot(room.path)
    refused = room.run("person", "add", "jdoe", "--name", "Jane Doe", "--email",
                       "jane@example.org", "--role", "editor")
    assert refused.code == 1, refused.text
    assert "Rosa Torres is not an editor" in refused.err and "Emeka Okafor" in refused.err
    assert snapshot(room.path) == before
    # the same change made by hand is what verify reports
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace(
        "require_signed:", "  - id: jdoe\n    name: Jane Doe\n    email: jane@example.org\n"
        "    roles: [editor]\nrequire_signed:"))
    room.commit_all("add jane")
    assert "roster.unauthorized-change" in _verify_finds(room)


def test_roster_refusals_say_what_is_wrong(room: Clone) -> None:
    _room(room)
    before = snapshot(room.path)
    add = ("person", "add", "jdoe", "--name", "Jane Doe", "--email")
    for args, expected, code in [
        ((*add, "jane@example.org", "--role", "edtor"), "'edtor' is not a role", 2),
        ((*add, "jane", "--role", "reporter"), "give their email", 2),
        (("person", "add", "rtorres", "--name", "R", "--email", "r@x.org", "--role", "reporter"),
         "'rtorres' is already on the roster", 2),
        ((*add, "rosa.torres@coastal.example", "--role", "reporter"), "listed twice", 2),
        (("person", "edit", "nobody", "--name", "X"), "no one with id 'nobody'", 2),
        (("person", "edit", "mchen"), "say what to change", 2),
        (("person", "remove", "rtorres"),
         f"Rosa Torres is on the byline of '{SLUG}' (draft); take them off it first "
         f"(newsroom edit {SLUG})", 1),
        (("person", "remove", "lpark"),
         f"Lena Park gave the verdict on claim 'vote' of '{SLUG}' (draft)", 1),
        # her verdict counts only while she is a fact-checker: the role stays as the person does
        (("person", "edit", "lpark", "--role", "reporter"),
         f"Lena Park gave the verdict on claim 'vote' of '{SLUG}' (draft)", 1),
    ]:
        result = room.run(*args)
        assert result.code == code, (args, result.text)
        assert expected in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
    assert snapshot(room.path) == before


def test_the_last_editor_stays(room: Clone) -> None:
    _room(room)
    _ok(room, "person", "remove", "gbell")
    assert "gbell" not in _people(room)
    before = snapshot(room.path)
    for args in (("person", "remove", "eokafor"),
                 ("person", "edit", "eokafor", "--role", "reporter")):
        result = room.run(*args)
        assert result.code == 1, result.text
        assert "Emeka Okafor is the only editor; add another editor first" in result.err
    assert snapshot(room.path) == before
    assert _verify_finds(room) == []


# newsroom run with an audit hook that records every file opened under stories/
OPENS_LOGGED = """
import json, sys
log, sys.argv = sys.argv[1], ["newsroom", *sys.argv[2:]]
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and "/stories/" in args[0]:
        opened.append(args[0])
sys.addaudithook(hook)
from newsroom.cli.app import main
try:
    main()
finally:
    with open(log, "w") as out:
        out.write(json.dumps(opened))
"""


def _opened(room: Clone, log: Path, *args: str) -> tuple[Result, list[str]]:
    done = subprocess.run([sys.executable, "-c", OPENS_LOGGED, str(log), *args], cwd=room.path,
                          env=room.env, capture_output=True, text=True, timeout=120)
    return Result(done.returncode, done.stdout, done.stderr), json.loads(log.read_text())


def test_person_remove_reads_only_the_stories_not_published_or_killed(
        room: Clone, tmp_path: Path) -> None:
    """Once the board has read each story's stage (status keeps it in .newsroom-cache/),
    removing someone reads none of the published and killed stories; a story changed since
    is read again, so the byline of a published story returned to draft by hand still
    counts."""
    _room(room)
    room.act_as("rtorres")
    room.write_story("old-vote", front={"stage": "published", "byline": ["mchen"]})
    room.write_story("spiked-vote", front={"stage": "killed", "byline": ["mchen"]})
    room.commit_filing("old-vote", "file two old stories")
    room.act_as("eokafor")
    _ok(room, "status")
    removed, opened = _opened(room, tmp_path / "opened.json", "person", "remove", "mchen")
    assert removed.code == 0, removed.text
    assert "mchen" not in _people(room)
    assert opened and all(f"/stories/{SLUG}/" in path for path in opened), opened
    _ok(room, "person", "add", "mchen", "--name", "Maria Chen", "--email",
        "maria.chen@coastal.example", "--role", "reporter")
    story = room.story_dir("old-vote") / "story.md"
    story.write_text(story.read_text().replace("stage: published", "stage: draft"))
    refused = room.run("person", "remove", "mchen")
    assert refused.code == 1, refused.text
    assert "Maria Chen is on the byline of 'old-vote' (draft)" in refused.err

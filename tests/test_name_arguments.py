"""A story name or a folder that cannot be one (longer than a file name may be, with a
slash, a file where a folder should be): every command that takes one says so in one line,
exits 2 and changes nothing."""

from __future__ import annotations

from tests.helpers import Clone, snapshot

SLUG = "harbor-seawall"

NAMES = {
    "too long": "a" * 300,
    "too long in bytes": "é" * 200,
    "too long, as a path": "stories/" + "a" * 300,
    "a folder too long on the way": "x/" + "b" * 300 + "/y",
    "a path longer than any": "a/" * 3000,
    "a slash": "harbor/seawall",
    "out of stories/": "../harbor-seawall",
    "a file, not a story": "newsroom.yaml",
    "a file in stories/": "stories/notes.txt",
    "a file's name in stories/": "notes.txt",
}

COMMANDS = [
    ("check", "NAME"), ("show", "NAME"), ("status", "NAME"), ("diff", "NAME"),
    ("history", "NAME"), ("advance", "NAME"), ("return", "NAME", "--to", "draft", "--reason", "r"),
    ("publish", "NAME"), ("kill", "NAME", "--reason", "r"), ("correct", "NAME", "--note", "n"),
    ("repair", "NAME", "--to", "draft", "--reason", "r"),
    ("new", "NAME", "--headline", "A headline"),
    ("credit", "NAME", "add", "Ana Ruiz", "--role", "research"), ("credit", "NAME", "list"),
    ("source", "NAME", "list"), ("claim", "NAME", "list"), ("claim", "NAME", "add", "a claim"),
]


def test_every_command_refuses_a_name_that_cannot_be_a_story(room: Clone) -> None:
    room.write_story(SLUG)
    (room.path / "stories" / "notes.txt").write_text("a note\n")
    room.commit_all("a story")
    before = snapshot(room.path)
    commands = [tuple(name if a == "NAME" else a for a in command)
                for command in COMMANDS for name in NAMES.values()]
    for args, result in zip(commands, room.run_many(commands), strict=True):
        said = args[0], args[1][:40]
        assert result.code == 2, (said, result.text)
        assert "Traceback" not in result.text and "internal error" not in result.text, said
        assert len(result.err.strip().splitlines()) == 1, (said, result.err)
    assert snapshot(room.path) == before

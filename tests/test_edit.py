"""`newsroom edit SLUG`: story.md in the person's editor, then the draft gate."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Clone, snapshot

SLUG = "harbor-seawall"


def _filed(room: Clone) -> Clone:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, "file story")
    return room


def _editor(tmp_path: Path, name: str, script: str) -> str:
    path = tmp_path / f"{name}.sh"
    path.write_text(script)
    return f"sh {path}"


def _run(room: Clone, *args: str, **env: str) -> object:
    from tests.helpers import newsroom

    base = {k: v for k, v in room.env.items() if k not in ("VISUAL", "EDITOR")}
    return newsroom(room.path, *args, env={**base, **env})


def test_edit_opens_the_editor_then_runs_the_draft_gate(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    head = room.git("rev-parse", "HEAD")
    script = "printf '\\nThe council meets again in May.\\n' >> \"$1\"\n"
    editor = _editor(tmp_path, "append", script)
    result = _run(room, "edit", SLUG, EDITOR=editor)
    assert result.code == 0, result.text
    story_md = f"stories/{SLUG}/story.md"
    assert f'{story_md} changed; commit it: git commit -m "..." {story_md}' in result.out
    assert "The council meets again in May." in (room.path / story_md).read_text()
    assert room.git("rev-parse", "HEAD") == head  # left for the person to commit


def test_edit_shows_what_the_draft_gate_finds(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    editor = _editor(tmp_path, "blank", "sed -i 's/^headline: .*/headline: \"\"/' \"$1\"\n")
    ignored = _editor(tmp_path, "ignored", "exit 7\n")
    result = _run(room, "edit", SLUG, VISUAL=editor, EDITOR=ignored)  # VISUAL comes first
    assert result.code == 1, result.text
    assert "headline." in result.out and f"stories/{SLUG}/story.md" in result.out


def test_edit_refuses_without_an_editor_or_when_it_fails(room: Clone, tmp_path: Path) -> None:
    _filed(room)
    before = snapshot(room.path)
    none = _run(room, "edit", SLUG)
    assert none.code == 2 and "no editor is set: set $VISUAL or $EDITOR" in none.err, none.text
    failing = _run(room, "edit", SLUG, EDITOR=_editor(tmp_path, "fail", "exit 3\n"))
    assert failing.code == 1, failing.text
    assert "exited with status 3" in failing.err
    missing = _run(room, "edit", SLUG, EDITOR="no-such-editor-here")
    assert missing.code == 2 and "cannot run the editor 'no-such-editor-here'" in missing.err
    unknown = _run(room, "edit", "no-such-story", EDITOR="true")
    assert unknown.code == 2, unknown.text
    for result in (none, failing, missing, unknown):
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert snapshot(room.path) == before

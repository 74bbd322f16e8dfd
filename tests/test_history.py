"""`history`: sign-offs and the commands' audited changes by default, every commit with --all."""

from __future__ import annotations

from tests.helpers import Clone

SLUG = "harbor-seawall"


def _story_with_a_hand_edit(room: Clone) -> None:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_all("file the seawall story")
    assert room.run("advance", SLUG, "--note", "ready for the desk").code == 0
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("5-2 vote", "5-to-2 vote"))
    room.commit_all("spell out the vote")
    room.act_as("eokafor")
    added = room.run("source", SLUG, "add", "city-plan", "Engineering plan", "--kind", "document")
    assert added.code == 0, added.text


def test_history_shows_sign_offs_and_audited_changes_by_default(room: Clone) -> None:
    _story_with_a_hand_edit(room)
    shown = room.run("history", SLUG)
    assert shown.code == 0, shown.text
    assert "ready for the desk" in shown.out and "draft -> contributor-credit" in shown.out
    assert "city-plan" in shown.out  # a command's change, recorded with its story
    assert "spell out the vote" not in shown.out and "file the seawall story" not in shown.out
    assert "2 other commits" in shown.out and f"newsroom history {SLUG} --all" in shown.out


def test_history_all_shows_every_commit(room: Clone) -> None:
    _story_with_a_hand_edit(room)
    shown = room.run("history", SLUG, "--all")
    assert shown.code == 0, shown.text
    for words in (
        "ready for the desk",
        "spell out the vote",
        "file the seawall story",
        "city-plan",
    ):
        assert words in shown.out, shown.out
    assert "other commit" not in shown.out

"""Every command a message suggests runs as printed where the value exists: the story's slug,
the claim's or source's id, the roster's editors; where the person must choose (which
source to cite, a new id), the choices are listed, or the value is an obvious `<to-fill>`,
never a bare word such as ID, SLUG or NAME that looks like part of the command."""

from __future__ import annotations

import json
import re

from tests.helpers import Clone, Result, edit_story

SLUG = "harbor-seawall"
SOURCES = ("whitfield", "ocampo", "ortega", "malone", "council-minutes", "engineering-plan",
           "public-works")
# a placeholder standing as a word of a command (not inside <...>, not part of a longer word)
BARE = re.compile(r"(?<![\w<-])(SLUG|ID|NAME|ROLE|THEIR-ROSTER-ID|CHECK-ID)(?![\w>-])")


def _filed(room: Clone) -> Clone:
    room.act_as("rtorres")
    room.write_story(SLUG)
    room.commit_filing(SLUG, "file story")
    return room


def _runnable(result: Result, *real: str) -> str:
    """The command's words: no bare placeholder, and each of `real` in them."""
    said = result.text
    assert not BARE.findall(said), said
    for word in real:
        assert word in said, (word, said)
    return said


def test_removing_the_only_source_of_a_claim_lists_the_sources_to_cite(room: Clone) -> None:
    _filed(room)
    refused = room.run("source", SLUG, "remove", "ortega")
    assert refused.code == 2, refused.text
    said = _runnable(refused, f"newsroom claim {SLUG} edit state-share --source <source-id>",
                     f"newsroom claim {SLUG} remove state-share")
    assert all(s in said for s in SOURCES if s != "ortega"), said


def test_claim_edit_with_nothing_to_change_names_the_sources(room: Clone) -> None:
    _filed(room)
    said = _runnable(room.run("claim", SLUG, "edit", "vote"), "--source <source-id>")
    assert "council-minutes" in said


def test_an_anonymous_source_without_approval_names_the_editors(room: Clone) -> None:
    _filed(room)
    result = room.run("source", SLUG, "add", "aide", "A council aide", "--anonymous", "--why",
                      "would lose their job for speaking")
    assert result.code == 2, result.text
    _runnable(result, "--approved-by <editor-id>", "eokafor", "gbell")


def test_the_last_editor_is_told_how_to_add_or_make_another(room: Clone) -> None:
    _filed(room).act_as("eokafor")
    assert room.run("person", "remove", "gbell").code == 0
    removed = room.run("person", "remove", "eokafor")
    assert removed.code == 1, removed.text
    _runnable(removed, "newsroom person add <new-id> --name")
    demoted = room.run("person", "edit", "eokafor", "--role", "reporter")
    assert demoted.code == 1, demoted.text
    _runnable(demoted, "newsroom person edit <id> --role editor", "rtorres, mchen, lpark")


def test_someone_not_on_the_roster_is_told_the_command_to_ask_for(room: Clone) -> None:
    _filed(room)
    room.git("config", "user.email", "new.hire@coastal.example")
    result = room.run("source", SLUG, "add", "aide", "A council aide")
    assert result.code == 1, result.text
    _runnable(result, "newsroom person add <id>", "--email new.hire@coastal.example",
              "--role <role>")


def test_claim_list_names_the_stale_verdicts_to_verify(room: Clone) -> None:
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("5-2", "6-1"))
    listed = room.run("claim", SLUG, "list")
    _runnable(listed, f"newsroom claim {SLUG} verify vote --status")


def test_claim_suggest_names_the_sources_to_cite(room: Clone) -> None:
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\nThe city has 41 lifeguards, the most in the state.\n")
    said = _runnable(room.run("claim", SLUG, "suggest"), "--source <source-id>")
    assert "council-minutes" in said


def _messages(room: Clone) -> list[str]:
    result = room.run("check", SLUG, "--stage", "publish", "--format", "json")
    assert result.code in (0, 1), result.text
    return [f["message"] for f in json.loads(result.out)["findings"]]


def test_check_messages_name_the_story_and_its_sources(room: Clone) -> None:
    """A claim citing a source the story lacks, an anonymous source nobody approved, a
    byline person not credited, a marker with no reason, and a story with no source yet:
    each message's command is the story's own."""
    _filed(room)
    folder = room.story_dir(SLUG)
    facts = folder / "factcheck.yaml"
    facts.write_text(facts.read_text().replace("sources: [ortega]", "sources: [nobody]"))
    sources = folder / "sources.yaml"
    sources.write_text(sources.read_text() + "  - id: aide\n    name: A council aide\n"
                       "    kind: person\n    anonymous: true\n    why_anonymous: would be "
                       "fired for speaking to the press about the vote\n")
    edit_story(folder / "story.md", {"byline": ["rtorres", "mchen"]})
    story = folder / "story.md"
    story.write_text(story.read_text() + "\n<!-- newsroom-ignore headline.case -->\n")
    messages = _messages(room)
    for message in messages:
        assert not BARE.findall(message), message
    said = "\n".join(messages)
    assert f"newsroom source {SLUG} add nobody" in said, said
    assert f"newsroom claim {SLUG} edit state-share --source <source-id>" in said, said
    assert "--approved-by <editor-id>" in said and "eokafor" in said, said
    assert f"newsroom credit {SLUG} add 'Maria Chen' --role reporting --person mchen" in said
    assert "newsroom-ignore headline.case: " in said, said


def test_an_uncovered_statement_in_a_story_without_sources_says_how_to_add_one(
        room: Clone) -> None:
    _filed(room)
    folder = room.story_dir(SLUG)
    (folder / "sources.yaml").write_text("sources: []\n")
    (folder / "factcheck.yaml").write_text("claims: []\n")
    messages = [m for m in _messages(room) if "with no claim" in m]
    assert messages
    for message in messages:
        assert not BARE.findall(message), message
        assert f"newsroom source {SLUG} add <source-id> " in message, message


def test_an_anonymous_source_not_listed_is_answered_with_the_command_that_lists_it(
        room: Clone) -> None:
    """The sentence's unnamed spokesman has no entry: the message gives `source add` with his
    description quoted as the shell needs it, `--anonymous`, and the editors who may approve,
    not a YAML key to type by hand."""
    _filed(room)
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\nThe seawall's pumps were never tested, a spokesman "
                     "for the city's contractor said.\n")
    said = [m for m in _messages(room) if "anonymous source not listed" in m]
    assert said, _messages(room)
    for message in said:
        assert not BARE.findall(message), message
        assert (f"newsroom source {SLUG} add <source-id> 'a spokesman for the city'\"'\"'s "
                "contractor' --anonymous") in message, message
        assert "eokafor" in message and "anonymous: true" not in message, message

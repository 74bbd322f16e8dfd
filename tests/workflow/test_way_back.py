"""After a forged or broken change: a revert or an editor's repair turns verify green again,
and a story keeps its history when its folder is renamed or deleted and added again."""

from __future__ import annotations

import json

from tests.helpers import edit_story
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of
from tests.workflow.test_forgeries import checks, forge, set_stage, verify


def test_a_revert_of_the_forged_commit_clears_it(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "ship it")
    assert verify(rosa)[0] == 1
    rosa.git("revert", "--no-edit", "HEAD")
    found = verify(rosa)
    assert found == (0, []), [f["message"] for f in found[1]]


def test_an_editors_repair_clears_it_and_is_listed(team: Team) -> None:
    rosa, emeka = team.reporter, team.editor
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "ship it")
    assert rosa.run("sync").code == 0
    assert emeka.run("sync").code == 0
    refused = rosa.run("repair", SLUG, "--to", "draft", "--reason", "undo")
    assert refused.code == 1 and "editor" in refused.err
    done = emeka.run("repair", SLUG, "--to", "draft", "--reason", "stage was edited by hand")
    assert done.code == 0, done.text
    assert stage_of(emeka, SLUG) == "draft"
    result = emeka.run("verify", "--format", "json")
    assert result.code == 0, result.out
    repairs = json.loads(result.out)["repairs"]
    head = emeka.git("rev-parse", "HEAD")
    assert [(r["story"], r["by"], r["to"], r["reason"]) for r in repairs] == [
        (SLUG, "Emeka Okafor", "draft", "stage was edited by hand")
    ]
    assert repairs[0]["commit"] == head
    assert "repaired to draft by Emeka Okafor" in emeka.run("verify").out


def test_a_repair_by_someone_not_an_editor_clears_nothing(team: Team) -> None:
    rosa = team.reporter
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "ship it")
    set_stage(rosa, "publish")
    forge(rosa, "rtorres", "newsroom: x repair\n\nNewsroom-Story: harbor-seawall\n"
          "Newsroom-Action: repair\nNewsroom-From: published\nNewsroom-To: publish\n")
    code, found = verify(rosa)
    assert code == 1 and {"signoff.wrong-role", "signoff.hand-edited-stage"} <= checks(found)
    set_stage(rosa, "draft")  # back where it was: nothing stands
    forge(rosa, "rtorres", "put it back")
    assert verify(rosa) == (0, [])


def test_content_changed_after_fact_check_blocks_everywhere_until_returned(team: Team) -> None:
    signed_through(team, "publish")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    edit_story(rosa.story_dir(SLUG) / "story.md", {}, body="The council met. Nothing else.\n")
    forge(rosa, "rtorres", "late edit")
    assert "signoff.content-changed" in checks(verify(rosa)[1])
    checked = rosa.run("check", SLUG, "--format", "json")
    assert checked.code == 1
    assert "signoff.content-changed" in {f["check"] for f in json.loads(checked.out)["findings"]}
    assert rosa.run("ci").code == 1
    assert "signoff.content-changed" in rosa.run("show", SLUG).out
    assert rosa.run("sync").code == 0
    emeka = team.editor
    assert emeka.run("sync").code == 0
    assert emeka.run("publish", SLUG).code == 1
    back = emeka.run("return", SLUG, "--to", "fact-check", "--reason", "late edit")
    assert back.code == 0, back.text
    assert verify(emeka) == (0, [])


def test_a_draft_renamed_keeps_its_history(team: Team) -> None:
    rosa = team.reporter
    rosa.git("mv", f"stories/{SLUG}", "stories/harbor-seawall-approved")
    forge(rosa, "rtorres", "a better slug")  # its verdicts stay the checker's own
    assert verify(rosa) == (0, [])


def test_a_story_renamed_past_its_credits_is_a_new_story_and_a_deleted_one(team: Team) -> None:
    signed_through(team, "publish")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("mv", f"stories/{SLUG}", "stories/harbor-seawall-approved")
    forge(rosa, "rtorres", "a better slug")
    code, found = verify(rosa)
    assert code == 1
    assert {f["story"] for f in found} == {SLUG, "harbor-seawall-approved"}
    rosa.git("revert", "--no-edit", "HEAD")
    assert verify(rosa) == (0, [])


def test_a_story_deleted_and_added_again_keeps_its_history(team: Team) -> None:
    rosa = team.reporter
    folder = rosa.story_dir(SLUG)
    saved = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    rosa.git("rm", "-rq", f"stories/{SLUG}")
    forge(rosa, "rtorres", "drop it")
    for rel, data in saved.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    set_stage(rosa, "publish")
    forge(rosa, "rtorres", "back, and further along")
    code, found = verify(rosa)
    assert code == 1 and "signoff.hand-edited-stage" in checks(found)

"""Attacks on verify's replay: stale branches merged back, odd input, kills mid-command."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.helpers import Clone, edit_story, git, pin_fact_check
from tests.workflow.conftest import SLUG, Team, signed_through, stage_of
from tests.workflow.test_forgeries import checks, forge, set_stage, verify


def _first_commit_with_stage(clone: Clone, stage: str) -> str:
    for sha in clone.git("rev-list", "--reverse", "HEAD").split():
        try:
            if stage_of(clone, ref=sha) == stage:
                return sha
        except AssertionError:
            continue
        except Exception:
            continue
    raise AssertionError(stage)


def _show(clone: Clone, slug: str = SLUG) -> str:
    return clone.run("show", slug).text


def test_draft_branch_content_merged_into_published_story_is_caught(team: Team) -> None:
    """Rosa edits the draft on a branch cut before fact-check (allowed at draft), pins her
    text by hand, then merges so that stage comes from main and body + pin from her branch:
    every field is a value one parent had, yet the published story says what no one checked."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    draft = _first_commit_with_stage(rosa, "draft")
    rosa.git("checkout", "-q", "-b", "side", draft)
    story = rosa.story_dir(SLUG) / "story.md"
    text = story.read_text().replace("ending a two-year debate", "ending a two-year debate "
                                     "that the mayor rigged")
    story.write_text(text)
    pin_fact_check(rosa.path, SLUG)
    forge(rosa, "rtorres", "tighten the draft")
    side_story = story.read_text()
    rosa.git("checkout", "-q", "main")
    rosa.git("merge", "-q", "--no-ff", "--no-commit", "-s", "ours", "side")
    main_front = story.read_text().split("---\n")[1]
    side_parts = side_story.split("---\n", 2)
    import yaml
    front = yaml.safe_load(main_front)
    front["fact_checked"] = yaml.safe_load(side_parts[1]).get("fact_checked")
    story.write_text("---\n" + yaml.safe_dump(front, sort_keys=False, width=1000) + "---\n"
                     + side_parts[2])
    forge(rosa, "rtorres", "Merge branch 'side'")
    assert stage_of(rosa) == "published"
    assert "rigged" in story.read_text()
    board = rosa.run("check", SLUG)
    code, found = verify(rosa)
    assert code == 1, (board.text, found)


@pytest.mark.xfail(strict=True, reason=(
    "a sign-off made on a branch cut before a demotion counts when merged after it"))
def test_demoted_editor_publishes_from_a_branch_cut_before_the_demotion(team: Team) -> None:
    signed_through(team, "publish")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    before = emeka.git("rev-parse", "HEAD")
    roster = emeka.path / "newsroom.yaml"
    roster.write_text(roster.read_text().replace(
        "  - id: gbell\n    name: Grace Bell\n    email: grace.bell@coastal.example\n"
        "    roles: [editor]", "  - id: gbell\n    name: Grace Bell\n"
        "    email: grace.bell@coastal.example\n    roles: [reporter]"))
    forge(emeka, "eokafor", "Grace moves to the metro desk as a reporter")
    assert emeka.run("sync").code == 0
    grace = team.chief
    assert grace.run("sync").code == 0
    assert grace.run("publish", SLUG).code != 0  # refused: no longer an editor
    grace.git("checkout", "-q", "-b", "side", before)
    done = grace.run("publish", SLUG)
    assert done.code == 0, done.text
    grace.git("checkout", "-q", "main")
    grace.git("merge", "-q", "--no-ff", "-m", "Merge branch 'side'", "side")
    assert stage_of(grace) == "published"
    code, found = verify(grace)
    assert code == 1, found


def test_since_a_bad_ref_is_a_usage_error_not_a_crash(team: Team) -> None:
    result = team.reporter.run("verify", "--since", "no-such-ref")
    assert result.code == 2 and "Traceback" not in result.text, result.text
    result = team.reporter.run("ci", "--changed-since", "no-such-ref")
    assert result.code == 2 and "Traceback" not in result.text, result.text


def test_verify_in_an_empty_repository(tmp_path, env) -> None:
    path = tmp_path / "empty"
    path.mkdir()
    git(path, "init", "-q", env=env)
    from tests.helpers import FIXTURES
    (path / "newsroom.yaml").write_text((FIXTURES / "newsroom.yaml").read_text())
    clone = Clone(path, env).act_as("eokafor")
    for args in (("verify",), ("ci",), ("status",)):
        result = clone.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


def test_binary_story_md_in_an_old_commit(team: Team) -> None:
    rosa = team.reporter
    story = rosa.story_dir(SLUG) / "story.md"
    good = story.read_bytes()
    story.write_bytes(b"\x00\xff\xfe" * 1000)
    forge(rosa, "rtorres", "oops")
    story.write_bytes(good)
    forge(rosa, "rtorres", "fix")
    for args in (("verify",), ("ci",), ("status",), ("diff", SLUG, "--since", "draft")):
        result = rosa.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


def test_unreadable_yaml_in_an_old_commit(team: Team) -> None:
    rosa = team.reporter
    fc = rosa.story_dir(SLUG) / "factcheck.yaml"
    good = fc.read_text()
    fc.write_text("claims: [\n  - {id: : :\n")
    forge(rosa, "rtorres", "oops")
    fc.write_text(good)
    forge(rosa, "rtorres", "fix")
    for args in (("verify",), ("ci",)):
        result = rosa.run(*args)
        assert result.code in (0, 1) and "Traceback" not in result.text, (args, result.text)


def test_a_story_md_that_is_a_symlink_to_a_published_story(team: Team) -> None:
    """A new story whose story.md is a symlink to the published one: it starts life at
    published as far as the board reads it."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    import shutil
    other = rosa.story_dir("harbor-copy")
    shutil.copytree(rosa.story_dir(SLUG), other)
    (other / "story.md").unlink()
    os.symlink(f"../{SLUG}/story.md", other / "story.md")
    forge(rosa, "rtorres", "copy")
    status = rosa.run("status", "--format", "json")
    code, found = verify(rosa)
    published_copy = "harbor-copy" in status.out and '"published"' in status.out
    assert code == 1 or not published_copy, (status.out, found)


def test_an_orphan_history_merged_in_with_a_published_story(team: Team) -> None:
    rosa = team.reporter
    rosa.git("checkout", "-q", "--orphan", "ghost")
    rosa.write_story("ghost-story", front={"stage": "published"})
    forge(rosa, "rtorres", "root")
    rosa.git("checkout", "-q", "main")
    rosa.git("merge", "-q", "--allow-unrelated-histories", "--no-ff", "-m", "merge ghost",
             "ghost")
    assert stage_of(rosa, "ghost-story") == "published"
    code, found = verify(rosa)
    assert code == 1, found


def test_shallow_clone_verify_does_not_crash(team: Team, tmp_path, env) -> None:
    signed_through(team, "publish")
    path = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{team.remote}", str(path), env=env)
    clone = Clone(path, env).act_as("eokafor")
    for args in (("verify",), ("ci",), ("status",), ("diff", SLUG)):
        result = clone.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


def _merge_taking(clone: Clone, branch: str, files: dict[str, str]) -> None:
    """Merge `branch` keeping this side, except `files` (paths under the story) taken from
    `branch`: each value in the result is one a parent had."""
    clone.git("merge", "-q", "--no-ff", "--no-commit", "-s", "ours", branch)
    for rel in files:
        clone.git("checkout", branch, "--", f"stories/{SLUG}/{rel}")
    forge(clone, "rtorres", f"Merge branch '{branch}'")


def test_a_kill_undone_by_merging_a_branch_cut_before_it(team: Team) -> None:
    signed_through(team, "published")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    before = emeka.git("rev-parse", "HEAD")
    assert emeka.run("kill", SLUG, "--reason", "legal says no").code == 0
    assert emeka.run("sync").code == 0
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "side", before)
    (rosa.path / "NOTES.txt").write_text("notes\n")
    forge(rosa, "rtorres", "notes")
    rosa.git("checkout", "-q", "main")
    _merge_taking(rosa, "side", {"story.md": ""})
    assert stage_of(rosa) == "published"
    code, found = verify(rosa)
    assert code == 1, found


def test_a_false_verdict_undone_by_merging_a_branch_cut_before_it(team: Team) -> None:
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    before = lena.git("rev-parse", "HEAD")
    done = lena.run("claim", SLUG, "verify", "vote", "--status", "false", "--note", "it was 4-3")
    assert done.code == 0, done.text
    assert lena.run("sync").code == 0
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "side", before)
    (rosa.path / "NOTES.txt").write_text("notes\n")
    forge(rosa, "rtorres", "notes")
    rosa.git("checkout", "-q", "main")
    _merge_taking(rosa, "side", {"factcheck.yaml": ""})
    assert "status: false" not in (rosa.story_dir(SLUG) / "factcheck.yaml").read_text()
    code, found = verify(rosa)
    assert code == 1, found


def test_checker_and_reporter_at_once_merged_with_pull_no_rebase(team: Team) -> None:
    """Honest: at fact-check Lena verifies a claim while Rosa adds a source on her clone;
    Lena pulls with a merge and signs off. verify must stay green."""
    signed_through(team, "fact-check")
    lena, rosa = team.checker, team.reporter
    assert lena.run("sync").code == 0 and rosa.run("sync").code == 0
    sources = rosa.story_dir(SLUG) / "sources.yaml"
    sources.write_text(sources.read_text().replace("sources:\n", "sources:\n  - id: harbor-map\n"
                       "    name: Harbor City flood map\n    kind: document\n", 1))
    forge(rosa, "rtorres", "add the flood map")
    rosa.git("push", "-q", "origin", "main")
    done = lena.run("claim", SLUG, "verify", "vote", "--status", "verified",
                    "--note", "minutes again")
    assert done.code == 0, done.text
    pulled = subprocess.run(["git", "pull", "--no-rebase", "--no-edit", "origin", "main"],
                            cwd=lena.path, env=lena.env, capture_output=True, text=True)
    assert pulled.returncode == 0, (pulled.stdout, pulled.stderr)
    assert verify(lena) == (0, [])
    done = lena.run("advance", SLUG, "--note", "claims verified")
    assert done.code == 0, done.text
    assert verify(lena) == (0, [])


def test_editor_and_reporter_at_once_merged_with_pull_no_rebase(team: Team) -> None:
    """Honest: Emeka advances the draft while Rosa adds a credit; Rosa pulls with a merge."""
    rosa, emeka = team.reporter, team.editor
    assert emeka.run("advance", SLUG).code == 0
    emeka.git("push", "-q", "origin", "main")
    credits = rosa.story_dir(SLUG) / "credits.yaml"
    credits.write_text(credits.read_text()
                       + "  - name: Maria Chen\n    role: reporting\n    person: mchen\n")
    forge(rosa, "rtorres", "credit Maria")
    rosa.git("pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert stage_of(rosa) == "contributor-credit"
    assert verify(rosa) == (0, [])
    rosa.git("push", "-q", "origin", "main")
    assert emeka.run("sync").code == 0
    done = emeka.run("advance", SLUG)
    assert done.code == 0, done.text
    assert verify(emeka) == (0, [])


def _whole(clone: Clone) -> None:
    clone.run("history", SLUG)
    lock = clone.path / ".git" / "index.lock"
    if lock.exists():
        # git itself was killed holding its lock, which no one can take back for it: the
        # next writing command refuses, naming the lock, and once it is removed as told the
        # clone is whole
        refused = clone.run("advance", SLUG)
        assert refused.code == 2 and "index.lock" in refused.text, refused.text
        lock.unlink()
        clone.run("history", SLUG)
    assert clone.git("status", "--porcelain") == "", clone.git("status")
    assert not lock.exists()
    assert not (clone.path / ".git" / "newsroom-pending.json").exists()
    head_stage = stage_of(clone, ref="HEAD")
    assert stage_of(clone) == head_stage
    result = clone.run("verify")
    assert "Traceback" not in result.text and result.code in (0, 1), result.text


def _kill_at(clone: Clone, args: list[str], delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "newsroom", *args], cwd=clone.path,
                            env=clone.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("delay", [0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5])
def test_repair_killed_at_any_moment_leaves_the_clone_whole(team: Team, delay: float) -> None:
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    set_stage(grace, "published")
    forge(grace, "gbell", "oops")
    _kill_at(grace, ["repair", SLUG, "--to", "publish", "--reason", "stage edited by hand"],
             delay)
    _whole(grace)


@pytest.mark.parametrize("delay", [0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5])
def test_claim_verify_killed_at_any_moment_leaves_the_clone_whole(team: Team,
                                                                  delay: float) -> None:
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    _kill_at(lena, ["claim", SLUG, "verify", "vote", "--status", "disputed", "--note", "n"],
             delay)
    _whole(lena)
    fc = lena.git("show", f"HEAD:stories/{SLUG}/factcheck.yaml")
    assert (lena.story_dir(SLUG) / "factcheck.yaml").read_text().rstrip("\n") == fc


def test_content_of_a_published_story_laundered_through_a_hand_edited_stage(team: Team) -> None:
    """Rosa sets a published story's stage to draft by hand, edits the body and re-pins it,
    then sets the stage back: the stage finding clears as a revert, and the edit, made while
    the replayed stage said draft, is never judged as content after fact-check."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    set_stage(rosa, "draft")
    forge(rosa, "rtorres", "wip")
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace(
        "said the city could not afford to wait.",
        "said the city could not afford to wait, and the mayor rigged the vote."))
    pin_fact_check(rosa.path, SLUG)
    forge(rosa, "rtorres", "tweak")
    set_stage(rosa, "published")
    forge(rosa, "rtorres", "back")
    assert "mayor rigged the vote" in story.read_text()
    assert rosa.run("check", SLUG).code == 0  # the board sees a clean published story
    code, found = verify(rosa)
    assert code == 1, found


def test_byline_laundered_through_a_hand_edited_stage(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    set_stage(rosa, "contributor-credit")
    forge(rosa, "rtorres", "wip")
    edit_story(rosa.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "mchen"]})
    forge(rosa, "rtorres", "Maria co-wrote")
    set_stage(rosa, "fact-check")
    forge(rosa, "rtorres", "back")
    code, found = verify(rosa)
    assert code == 1, found


def test_a_demotion_undone_by_merging_a_branch_with_the_old_roster(team: Team) -> None:
    """Emeka demotes Grace; Rosa (a reporter) merges a branch cut before it, taking its
    newsroom.yaml: the roster a parent had is taken as trusted, and Grace publishes."""
    signed_through(team, "publish")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    before = emeka.git("rev-parse", "HEAD")
    roster = emeka.path / "newsroom.yaml"
    roster.write_text(roster.read_text().replace(
        "    email: grace.bell@coastal.example\n    roles: [editor]",
        "    email: grace.bell@coastal.example\n    roles: [reporter]"))
    forge(emeka, "eokafor", "Grace moves to reporting")
    assert emeka.run("sync").code == 0
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "side", before)
    (rosa.path / "NOTES.txt").write_text("notes\n")
    forge(rosa, "rtorres", "notes")
    rosa.git("checkout", "-q", "main")
    rosa.git("merge", "-q", "--no-ff", "--no-commit", "-s", "ours", "side")
    rosa.git("checkout", "side", "--", "newsroom.yaml")
    forge(rosa, "rtorres", "Merge branch 'side'")
    mine = (rosa.path / "newsroom.yaml").read_text()
    assert "roles: [reporter]" not in mine.split("gbell", 1)[1].split("- id", 1)[0]
    code, found = verify(rosa)
    assert code == 1 and "roster.unauthorized-change" in checks(found), found


def test_a_false_verdict_reset_to_unverified_by_the_reporter(team: Team) -> None:
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    assert lena.run("claim", SLUG, "verify", "vote", "--status", "false",
                    "--note", "it was 4-3").code == 0
    assert lena.run("sync").code == 0
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    import yaml
    fc = rosa.story_dir(SLUG) / "factcheck.yaml"
    data = yaml.safe_load(fc.read_text())
    for claim in data["claims"]:
        if claim["id"] == "vote":
            for key in ("checked_by", "verified_hash", "note", "evidence"):
                claim.pop(key, None)
            claim["status"] = "unverified"
    fc.write_text(yaml.safe_dump(data, sort_keys=False))
    forge(rosa, "rtorres", "reset")
    code, found = verify(rosa)
    assert code == 1 and "claim.forged-verdict" in checks(found), found


def test_a_forged_stage_kept_by_deleting_the_story_and_adding_it_again(team: Team) -> None:
    """Rosa sets her draft to published by hand (a finding, honest value draft), deletes the
    folder (a draft may be dropped, with its findings) and adds it back as it was."""
    rosa = team.reporter
    import shutil
    rosa.write_story(SLUG, front={"stage": "published"})
    forge(rosa, "rtorres", "ship it")
    keep = rosa.path.parent / "keep"
    shutil.copytree(rosa.story_dir(SLUG), keep)
    shutil.rmtree(rosa.story_dir(SLUG))
    forge(rosa, "rtorres", "drop it")
    shutil.copytree(keep, rosa.story_dir(SLUG))
    forge(rosa, "rtorres", "bring it back")
    assert stage_of(rosa) == "published"
    code, found = verify(rosa)
    assert code == 1, found


def test_a_submodule_where_story_md_should_be(team: Team) -> None:
    rosa = team.reporter
    head = rosa.git("rev-parse", "HEAD")
    rosa.git("update-index", "--add", "--cacheinfo", f"160000,{head},stories/gitlinked/story.md")
    (rosa.story_dir("gitlinked") / "story.md").mkdir(parents=True)
    rosa.git("-c", "user.name=Rosa Torres", "-c", "user.email=rosa.torres@coastal.example",
             "commit", "-q", "-m", "gitlink")
    for args in (("verify",), ("ci",), ("status",), ("check", "--all"), ("show", "gitlinked"),
                 ("diff", "gitlinked")):
        result = rosa.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


@pytest.mark.parametrize("bad", [b"\x00\xff" * 50, b"---\nstage: [\n---\n", b"", b"x" * 5_000_000])
def test_odd_story_md_in_the_working_tree(team: Team, bad: bytes) -> None:
    signed_through(team, "publish")
    grace = team.chief
    assert grace.run("sync").code == 0
    (grace.story_dir(SLUG) / "story.md").write_bytes(bad)
    forge(grace, "gbell", "broken")
    for args in (("verify",), ("ci",), ("status",), ("show", SLUG), ("diff", SLUG),
                 ("repair", SLUG, "--to", "publish", "--reason", "fix it"), ("history", SLUG)):
        result = grace.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


def test_unreadable_newsroom_yaml_in_an_old_commit(team: Team) -> None:
    emeka = team.editor
    roster = emeka.path / "newsroom.yaml"
    good = roster.read_text()
    roster.write_bytes(b"people: [\n\x00\xff")
    forge(emeka, "eokafor", "oops")
    roster.write_text(good)
    forge(emeka, "eokafor", "fix")
    for args in (("verify",), ("ci",), ("verify", "--since", "HEAD~1")):
        result = emeka.run(*args)
        assert result.code in (0, 1) and "Traceback" not in result.text, (args, result.text)


def test_a_symlinked_story_folder(team: Team) -> None:
    rosa = team.reporter
    os.symlink(SLUG, rosa.path / "stories" / "alias")
    forge(rosa, "rtorres", "alias")
    for args in (("verify",), ("ci",), ("status",), ("diff", "alias")):
        result = rosa.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


def test_a_draft_renamed_with_a_new_headline_in_the_same_commit(team: Team) -> None:
    """Honest: Rosa renames her draft's folder and fixes its headline in one commit. The
    fact-checker's verdicts in it are Lena's, not Rosa's."""
    rosa = team.reporter
    rosa.git("mv", f"stories/{SLUG}", "stories/harbor-seawall-vote")
    edit_story(rosa.story_dir("harbor-seawall-vote") / "story.md",
               {"headline": "Harbor City approves $42 million seawall"})
    forge(rosa, "rtorres", "rename and retitle")
    code, found = verify(rosa)
    assert (code, found) == (0, []), found


def test_a_correction_then_verify_is_green(team: Team) -> None:
    signed_through(team, "published")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    story = emeka.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("said the city could not afford to wait.",
                                               "said the city could not afford any more delay."))
    done = emeka.run("correct", SLUG, "--note", "The mayor's words were paraphrased wrongly.")
    assert done.code == 0, done.text
    assert verify(emeka) == (0, [])
    assert emeka.run("ci").code == 0, emeka.run("ci").text


def test_return_to_fact_check_and_advance_again_is_green(team: Team) -> None:
    signed_through(team, "publish")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    done = emeka.run("return", SLUG, "--to", "fact-check", "--reason", "check the vote again")
    assert done.code == 0, done.text
    assert emeka.run("sync").code == 0
    lena = team.checker
    assert lena.run("sync").code == 0
    assert lena.run("claim", SLUG, "verify", "vote", "--status", "verified",
                    "--note", "again").code == 0
    done = lena.run("advance", SLUG, "--note", "claims verified")
    assert done.code == 0, done.text
    assert verify(lena) == (0, [])
    assert lena.run("ci").code == 0, lena.run("ci").text


@pytest.mark.xfail(strict=True, reason=(
    "a deleted published story comes back only by restoring it; kill needs the folder"))
def test_a_published_story_deleted_then_killed_as_the_finding_advises(team: Team) -> None:
    """The finding for a deleted story says: restore it, or kill it with newsroom kill. An
    editor who follows the advice gets CI green."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    import shutil
    shutil.rmtree(rosa.story_dir(SLUG))
    forge(rosa, "rtorres", "remove it")
    assert rosa.run("sync").code == 0
    code, found = verify(rosa)
    assert code == 1 and any("newsroom kill" in f["message"] for f in found), found
    emeka = team.editor
    assert emeka.run("sync").code == 0
    done = emeka.run("kill", SLUG, "--reason", "withdrawn")
    if done.code != 0:
        done = emeka.run("repair", SLUG, "--to", "killed", "--reason", "deleted by hand")
    assert done.code == 0, done.text
    assert verify(emeka)[0] == 0


@pytest.mark.parametrize(
    "ref", ["HEAD^{tree}", "HEAD~999", "-x", "HEAD:newsroom.yaml", "main..HEAD"]
)
def test_since_odd_refs(team: Team, ref: str) -> None:
    for args in (("verify", "--since", ref), ("ci", "--changed-since", ref)):
        result = team.reporter.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)
        assert result.code != 3, result.text


def test_published_content_edited_in_a_merge_whose_first_parent_predates_the_story(
    team: Team,
) -> None:
    """Rosa cuts a branch from before the story was filed and merges main into it, editing
    the body (re-pinned) in the merge: against its first parent the story is new, and every
    flag is dropped because the other parent had that stage and those verdicts. main then
    fast-forwards to the merge."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    root = rosa.git("rev-list", "--max-parents=0", "HEAD").split()[0]
    rosa.git("checkout", "-q", "-b", "side", root)
    rosa.git("merge", "-q", "--no-ff", "--no-commit", "main")
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace(
        "said the city could not afford to wait.",
        "said the city could not afford to wait, and the mayor rigged the vote."))
    pin_fact_check(rosa.path, SLUG)
    forge(rosa, "rtorres", "Merge branch 'main' into side")
    rosa.git("checkout", "-q", "main")
    rosa.git("merge", "-q", "--ff-only", "side")
    assert stage_of(rosa) == "published" and "rigged" in story.read_text()
    assert rosa.run("check", SLUG).code == 0
    code, found = verify(rosa)
    assert code == 1, found


def test_a_reporter_promotes_herself_in_a_merge_onto_an_orphan_commit(team: Team) -> None:
    """Rosa makes an empty root commit, merges main into it and writes herself in as an
    editor in the merge: against a first parent with no roster, anyone may write one."""
    rosa = team.reporter
    rosa.git("checkout", "-q", "--orphan", "fresh")
    rosa.git("rm", "-rq", "--cached", ".")
    rosa.git("clean", "-fdq")
    rosa.git("-c", "user.name=Rosa Torres", "-c", "user.email=rosa.torres@coastal.example",
             "commit", "-q", "--allow-empty", "-m", "start")
    rosa.git("merge", "-q", "--no-ff", "--no-commit", "--allow-unrelated-histories", "main")
    roster = rosa.path / "newsroom.yaml"
    roster.write_text(roster.read_text().replace(
        "    email: rosa.torres@coastal.example\n    roles: [reporter]",
        "    email: rosa.torres@coastal.example\n    roles: [reporter, editor]"))
    forge(rosa, "rtorres", "Merge branch 'main' into fresh")
    rosa.git("checkout", "-q", "main")
    rosa.git("merge", "-q", "--ff-only", "fresh")
    assert "roles: [reporter, editor]" in roster.read_text()
    code, found = verify(rosa)
    assert code == 1 and "roster.unauthorized-change" in checks(found), found


def test_commands_on_an_unborn_branch(team: Team) -> None:
    rosa = team.reporter
    rosa.git("checkout", "-q", "--orphan", "fresh")
    for args in (("verify",), ("ci",), ("status",), ("history", SLUG), ("diff", SLUG),
                 ("verify", "--since", "main")):
        result = rosa.run(*args)
        assert result.code in (0, 1, 2) and "Traceback" not in result.text, (args, result.text)


@pytest.mark.xfail(strict=True, reason=(
    "a repair is an editor's word: it may skip sign-offs, and verify lists it"))
def test_an_editor_repairs_her_own_draft_straight_to_published(team: Team) -> None:
    """Repair is for a story a forbidden change broke; an editor must not use it to skip
    every sign-off (and the fact-check) on a clean draft."""
    grace = team.chief
    done = grace.run("repair", SLUG, "--to", "published", "--reason", "ship it")
    if done.code == 0:
        code, found = verify(grace)
        assert code == 1, found

"""Holes an attacker found in `sync`'s merge by meaning (newsroom/store/merge.py, the
rebase that settles conflicts with it in newsroom/repo/remote.py, and the check after it in
newsroom/services/sync.py). Two clones of one bare remote change the roster or a story's
side files; the real `newsroom sync` merges them. Each hole is a person's committed edit
lost while sync says it pushed it, a state the commands themselves refuse, or a history
`newsroom verify` rejects reaching the remote, or a sync killed mid-merge that leaves the
clone mid-rebase. Each test was seen to fail before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Clone, Result
from tests.workflow.conftest import SLUG, Team, make_team
from tests.workflow.gitshim import Shim


def _ok(result: Result) -> None:
    assert result.code == 0, result.text


def _no_crash(result: Result) -> None:
    assert result.code in (0, 1, 2), result.text
    assert "Traceback" not in result.text and "internal error" not in result.text, result.text


def _remote_file(team: Team, path: str) -> str:
    return team.editor.git("--git-dir", str(team.remote), "show", f"main:{path}")


def _remote_verifies(team: Team) -> None:
    """A fresh clone of the remote passes `newsroom verify`."""
    fresh = team.clone("fresh", "eokafor")
    checked = fresh.run("verify")
    assert checked.code == 0, checked.text


def _kept(clone: Clone, message: str) -> bool:
    """Whether a commit with `message` is on the remote's main, on a kept-aside branch, or
    still in this clone when sync left a true conflict to the person (nothing changed)."""
    clone.git("fetch", "-q", "origin")
    refs = [
        "origin/main",
        "HEAD",
        *clone.git("branch", "--list", "newsroom/unsynced-*", "--format=%(refname:short)").split(),
    ]
    return any(message in clone.git("log", "--format=%s", ref) for ref in refs)


def _demoted_each_other(team: Team) -> tuple[Clone, Clone]:
    """Emeka made Grace a reporter and pushed; Grace, not yet knowing, made Emeka one: on
    top of the remote, her change leaves a roster with no editor, made by a non-editor."""
    emeka, grace = team.editor, team.chief
    _ok(emeka.run("person", "edit", "gbell", "--role", "reporter"))
    _ok(grace.run("person", "edit", "eokafor", "--role", "reporter"))
    _ok(emeka.run("sync"))
    return emeka, grace


# --- a person's committed edit lost while sync says it pushed it


def test_a_comment_on_a_roster_line_the_remote_changed_is_not_lost(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    roster = grace.path / "newsroom.yaml"
    roster.write_text(
        roster.read_text().replace(
            "    name: Grace Bell\n", "    name: Grace Bell  # on leave until June: ask Emeka\n"
        )
    )
    grace.commit_all("roster: note Grace's leave")
    _ok(emeka.run("person", "edit", "gbell", "--name", "Grace A. Bell"))
    _ok(emeka.run("sync"))
    result = grace.run("sync")
    _no_crash(result)
    if result.code == 0:  # pushed: then with her note
        assert "on leave until June" in _remote_file(team, "newsroom.yaml")
    else:  # or kept aside, said so
        assert _kept(grace, "note Grace's leave"), result.text


def test_a_comment_on_a_person_added_by_hand_is_not_lost(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    _ok(
        emeka.run(
            "person",
            "add",
            "jdoe",
            "--name",
            "Jane Doe",
            "--email",
            "jdoe@coastal.example",
            "--role",
            "reporter",
        )
    )
    _ok(emeka.run("sync"))
    roster = grace.path / "newsroom.yaml"
    roster.write_text(
        roster.read_text().replace(
            "require_signed",
            "  # summer intern, until August: no sign-offs\n"
            "  - id: asmith\n    name: Al Smith\n    email: asmith@coastal.example\n"
            "    roles: [reporter]\nrequire_signed",
        )
    )
    grace.commit_all("roster: add the summer intern")
    result = grace.run("sync")
    _no_crash(result)
    if result.code == 0:
        pushed = _remote_file(team, "newsroom.yaml")
        assert "id: asmith" in pushed and "id: jdoe" in pushed
        assert "summer intern, until August" in pushed, pushed
    else:
        assert _kept(grace, "add the summer intern"), result.text


def test_claims_reordered_in_one_clone_keep_their_order(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    rosa, emeka = team.reporter, team.editor
    _ok(
        emeka.run(
            "claim",
            SLUG,
            "add",
            "Mayor Dana Whitfield, who cast the deciding vote",
            "--source",
            "whitfield",
        )
    )
    _ok(emeka.run("sync"))
    factcheck = rosa.story_dir(SLUG) / "factcheck.yaml"
    head, last = factcheck.read_text().split("  - id: most-expensive\n")
    factcheck.write_text(
        "claims:\n  - id: most-expensive\n" + last + head.removeprefix("claims:\n")
    )
    rosa.commit_all("harbor-seawall: lead with the opinion claim")
    result = rosa.run("sync")
    _no_crash(result)
    if result.code == 0:
        pushed = _remote_file(team, f"stories/{SLUG}/factcheck.yaml")
        ids = [line.split("id:", 1)[1].strip() for line in pushed.splitlines() if "- id:" in line]
        assert ids[0] == "most-expensive", ids
        assert "mayor-dana-whitfield-who" in ids, ids
    else:
        assert _kept(rosa, "lead with the opinion claim"), result.text


# --- a state the commands refuse, made by the merge


def test_one_contributor_credited_in_two_clones_in_two_cases_is_credited_once(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    rosa, emeka = team.reporter, team.editor
    _ok(rosa.run("credit", SLUG, "add", "Maria Chen", "--role", "photography"))
    _ok(emeka.run("credit", SLUG, "add", "maria chen", "--role", "photography"))
    _ok(rosa.run("sync"))
    result = emeka.run("sync")
    _no_crash(result)
    credits = _remote_file(team, f"stories/{SLUG}/credits.yaml").lower()
    assert credits.count("name: maria chen") == 1, credits


# --- a history verify rejects, pushed


def test_a_sync_killed_before_it_kept_unsound_commits_aside_never_pushes_them(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    _, grace = _demoted_each_other(team)
    shim = Shim.make(tmp_path / "shim")
    killed = shim.run(grace.path, shim.env(grace.env, at_name="branch", do="kill"), "sync")
    assert shim.hit(), killed.text  # killed as it was about to keep her commit aside
    again = grace.run("sync")
    _no_crash(again)
    assert _kept(grace, "roster: edit eokafor")
    assert "roles: [editor]" in _remote_file(team, "newsroom.yaml")
    _remote_verifies(team)


def test_a_conflict_resolved_by_hand_as_told_is_still_checked_before_the_push(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    _ok(emeka.run("person", "edit", "gbell", "--role", "reporter"))
    _ok(emeka.run("sync"))
    _ok(grace.run("person", "edit", "gbell", "--role", "editor", "--role", "reporter"))
    told = grace.run("sync")
    assert told.code == 1 and "git pull --rebase" in told.text, told.text
    grace.git("pull", "-q", "--rebase", check=False)  # stops on the conflict
    grace.git("checkout", "--theirs", "newsroom.yaml")  # (in a rebase, 'theirs' is hers)
    grace.git("add", "newsroom.yaml")
    grace.git("-c", "core.editor=true", "rebase", "--continue")
    result = grace.run("sync")
    _no_crash(result)
    assert _kept(grace, "roster: edit gbell")
    _remote_verifies(team)


# --- a kill in the middle of the merge


def test_a_sync_killed_during_the_merged_rebase_is_finished_by_the_next(
    tmp_path: Path, env: dict[str, str]
) -> None:
    team = make_team(tmp_path, env)
    emeka, grace = team.editor, team.chief
    _ok(
        emeka.run(
            "person",
            "add",
            "jdoe",
            "--name",
            "Jane Doe",
            "--email",
            "jdoe@coastal.example",
            "--role",
            "reporter",
        )
    )
    _ok(
        grace.run(
            "person",
            "add",
            "asmith",
            "--name",
            "Al Smith",
            "--email",
            "asmith@coastal.example",
            "--role",
            "reporter",
        )
    )
    _ok(emeka.run("sync"))
    shim = Shim.make(tmp_path / "shim")
    shim.run(grace.path, shim.env(grace.env, at_name="rebase", do="kill-after"), "sync")
    assert shim.hit()
    again = grace.run("sync")
    _no_crash(again)
    assert again.code == 0, again.text
    pushed = _remote_file(team, "newsroom.yaml")
    assert "id: jdoe" in pushed and "id: asmith" in pushed, pushed
    _remote_verifies(team)

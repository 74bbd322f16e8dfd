"""Holes an attacker found in the seventy-sixth pass, aimed at the everyday workflow as
several people run it at once from their own clones of one bare remote, and at the values a
hurried person types. Each test drives the real command against real git repositories and
was seen to fail before its fix.

- Two people syncing at the same moment: the push that lost the race on the remote (git's
  'cannot lock ref ...: is at X but expected Y') was reported as a refusal by the remote, to
  be settled there 'with a pull request', exit 2; it is the remote having moved, and sync
  fetches and tries again.
- An embargo set in one clone while another published the story: sync rebased the embargo
  onto the publication and pushed it, '✓ in sync', leaving a published story under an
  embargo no command would set on it, and the reporter believing it held. The embargo now
  goes aside on a branch, as a clashing sign-off does, and sync says the story was
  published first.
- A credit or source name typed with a line break (a name pasted with its newline): it was
  committed, the commit's subject broken over two lines and the line printed raw; the
  roster already refused such a name. It is refused in one line, exit 2, nothing changed.
  The same went for a headline, dek, desk or byline name given to `new`.
- A credit typed with a combining accent ('José Díaz' from some keyboards and pastes) was a
  second credit of the same person for the same role, and removing it left the first: a
  credit is found by its name in any case, spacing or Unicode form, as a byline is.
- A roster name that is another person's id in other letters ('GBELL' beside gbell, or in
  full-width letters) was taken: a byline entry 'gbell' then named two people. `person add`
  and `person edit` refuse it.
- A remote sync could not reach (a remote folder moved away, no network): the message was
  git's closing hint alone, 'git fetch failed: and the repository exists.'; it names the
  remote, git's reason and 'git remote -v'.

What held: four clones syncing at once (the losers retried); a sync in one terminal and a
credit in another, in the same clone, four times over; a fact-checker's role taken away
while she signed off (her sign-off kept aside by sync); removing a person whose verdicts
still count (refused); story files saved with a BOM and CRLF through embargo, image, credit,
source and advance; embargo times with second offsets, week dates, nanoseconds, 'Etc/GMT+5',
year 9999 at -01:00, a zone name that is a path; roster ids in capitals or full-width
letters, blank names, an email listed twice in other case; a headline and a note of 10,000
characters.

Also found: `person edit ID --role reporter` took the fact-checker role from someone whose
verdicts stood on open stories, and so turned each verdict into a to-do without a word,
where `person remove` refused while such verdicts count; it refuses the same way now
(tests/test_roster.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import Clone, snapshot
from tests.workflow.conftest import SLUG, Team, make_team, signed_through, stage_of


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


# --- two people at once


def _a_push_lands_while_ours_is_received(team: Team) -> None:
    """The remote takes Emeka's commit while it receives Rosa's push, as when both push at
    the same moment: a hook moves the branch once, before Rosa's push updates it."""
    emeka = team.editor
    assert emeka.run("new", "emeka-story", "--headline", "Emeka files a story").code == 0
    emeka.git("push", "-q", "origin", "HEAD:refs/heads/landing")
    hook = team.remote / "hooks" / "pre-receive"
    hook.write_text(
        "#!/bin/sh\n"
        'if [ ! -e "$GIT_DIR/raced" ]; then\n'
        '  : > "$GIT_DIR/raced"\n'
        "  env -u GIT_QUARANTINE_PATH git update-ref refs/heads/main refs/heads/landing\n"
        "fi\n"
    )
    hook.chmod(0o755)


def test_a_push_that_loses_the_race_on_the_remote_is_tried_again(team: Team) -> None:
    _a_push_lands_while_ours_is_received(team)
    rosa = team.reporter
    assert rosa.run("new", "rosa-story", "--headline", "Rosa files a story").code == 0
    synced = rosa.run("sync")
    assert synced.code == 0, synced.text
    assert "1 commit pulled, 1 pushed" in synced.out
    on_remote = rosa.git("--git-dir", str(team.remote), "ls-tree", "--name-only", "main:stories")
    assert {"emeka-story", "rosa-story"} <= set(on_remote.split())


def test_an_embargo_set_while_another_clone_publishes_is_not_pushed(team: Team) -> None:
    signed_through(team, "publish")
    rosa, grace = team.reporter, team.chief
    assert rosa.run("sync").code == 0 and grace.run("sync").code == 0
    held = rosa.run("embargo", SLUG, "set", "2099-01-01T09:00-05:00")
    assert held.code == 0, held.text
    assert grace.run("publish", SLUG).code == 0
    assert grace.run("sync").code == 0
    synced = rosa.run("sync")
    assert synced.code == 1, synced.text
    assert "Grace Bell" in synced.err and "published" in synced.err
    assert "newsroom/unsynced-" in synced.err
    remote_story = rosa.git("--git-dir", str(team.remote), "show", f"main:stories/{SLUG}/story.md")
    assert "embargo: 2099" not in remote_story and "2099-01-01" not in remote_story
    assert stage_of(rosa, ref="HEAD") == "published"
    assert "2099-01-01" in rosa.git("log", "--all", "--format=%s", "-1", "--grep", "embargo")


# --- values typed at the terminal


@pytest.mark.parametrize(
    "args",
    [
        ("credit", SLUG, "add", "Ana\nRuiz", "--role", "research"),
        ("credit", SLUG, "add", "Ana\rRuiz", "--role", "research"),
        ("source", SLUG, "add", "soto", "Fire Chief\nAna Soto", "--kind", "person"),
        ("source", SLUG, "edit", "ortega", "--name", "Luis\nOrtega"),
        ("source", SLUG, "edit", "ortega", "--affiliation", "State\x1b[2J agency"),
        ("new", "harbor-tolls", "--headline", "Harbor City raises\ntolls"),
        ("new", "harbor-tolls", "--headline", "Harbor City raises tolls", "--desk", "me\ntro"),
        ("new", "harbor-tolls", "--headline", "Harbor City raises tolls", "--dek", "A\x1b[2Jdek"),
    ],
)
def test_a_name_with_a_line_break_or_a_control_is_refused(
    team: Team, args: tuple[str, ...]
) -> None:
    rosa: Clone = team.reporter
    before = snapshot(rosa.path)
    refused = rosa.run(*args)
    assert refused.code == 2, refused.text
    assert len(refused.err.strip().splitlines()) == 1, refused.err
    assert "Traceback" not in refused.text
    assert snapshot(rosa.path) == before


def test_a_remote_that_is_gone_is_named_with_what_to_check(team: Team) -> None:
    """No network, or a remote folder moved away: git closes its message with a hint ('and
    the repository exists.'), which sync printed alone as the reason."""
    rosa = team.reporter
    assert rosa.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research").code == 0
    team.remote.rename(team.remote.with_name("moved.git"))
    before = snapshot(rosa.path)
    synced = rosa.run("sync")
    assert synced.code == 2, synced.text
    assert synced.err.startswith("error: cannot reach origin: ")
    assert "does not appear to be a git repository" in synced.err
    assert "git remote -v" in synced.err
    assert snapshot(rosa.path) == before


def test_a_credit_typed_in_another_unicode_form_is_the_same_credit(team: Team) -> None:
    """'José Díaz' typed with a combining accent (as some keyboards and pastes give it) is
    the credit already there, as a byline matches names, and removes it."""
    import unicodedata

    rosa = team.reporter
    composed = "José Díaz"
    decomposed = unicodedata.normalize("NFD", composed)
    assert rosa.run("credit", SLUG, "add", composed, "--role", "research").code == 0
    before = snapshot(rosa.path)
    again = rosa.run("credit", SLUG, "add", decomposed.upper(), "--role", "research")
    assert again.code == 2, again.text
    assert "already credited" in again.err
    assert snapshot(rosa.path) == before
    removed = rosa.run("credit", SLUG, "remove", decomposed)
    assert removed.code == 0, removed.text
    assert "Díaz" not in (rosa.story_dir(SLUG) / "credits.yaml").read_text()


@pytest.mark.parametrize(
    "args",
    [
        ("person", "add", "gbell2", "--name", "GBELL", "--email", "g2@coastal.example",
         "--role", "reporter"),
        ("person", "add", "gbell2", "--name", "ｇｂｅｌｌ", "--email", "g2@coastal.example",
         "--role", "reporter"),
        ("person", "edit", "mchen", "--name", "LPark"),
    ],
)
def test_a_roster_name_that_is_another_person_s_id_is_refused(
    team: Team, args: tuple[str, ...]
) -> None:
    """A byline or credit entry matches a person by id or by name in any case or Unicode
    form: a name that is another's id would make 'gbell' on a byline name two people."""
    emeka = team.editor
    before = snapshot(emeka.path)
    refused = emeka.run(*args)
    assert refused.code == 2, refused.text
    assert "roster id of" in refused.err and "newsroom.yaml" in refused.err
    assert snapshot(emeka.path) == before

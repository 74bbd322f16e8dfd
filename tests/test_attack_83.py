"""Holes an attacker and a careless maintainer found in the eighty-third pass, aimed at what a
pull request's CI sees: `newsroom ci` and `newsroom verify` run the way a git host's CI runs
them, on the checkouts it makes (full and shallow clones of a bare remote, a detached HEAD on
the host's merge commit), with the options the README and `--help` give. Each test drives
the real command against real git repositories and was seen to fail before its fix.

Holes:

- `ci --changed-since origin/main`, the line the README and `ci --help` give, run by CI on a
  push to main (where origin/main is the commit just pushed), checked no story and verified
  no commit, and passed: a stage forged and pushed straight to main went green. The same went
  for `verify --since` given HEAD or a commit after it. A range with no commit in it proves
  nothing: it is refused in one line, exit 2, naming the ref and what to give instead (the
  branch a pull request merges into, the commit before a push, or no option at all).
- `ci` and `verify` in a newsroom with no commit yet (or on a branch with none) replayed
  nothing and passed, exit 0. They say there is no history to verify, exit 2.
- A CI checkout that fetched only the pull request's merge commit (one or two commits deep,
  or whole but without the base branch) answered `--changed-since origin/main` with
  "'origin/main' is not a commit in this repository; name a branch, tag or commit (e.g.
  origin/main)": the ref given, offered as the fix. It now says the clone is shallow and how
  to fetch the history ('git fetch --unshallow origin', or fetch-depth: 0), or which branch
  of which remote was never fetched and the 'git fetch' that brings it.
- A pull request kept up to date with its base (GitHub's 'Update branch': main merged into
  it after a sign-off was made on main) failed `ci --changed-since origin/main`: the
  fact-checker's sign-off, brought in by the merge, was reported as the reporter setting the
  stage by hand from draft. The stories a range's merges change were not read as they stood
  before the range (merges were left out of the paths the range touches), so a merge seemed
  to file them anew: an honest pull request stayed red with nothing to fix, and an edit
  hidden in such a merge was named as the wrong finding. They are read, and the edit is
  reported as the change after the fact-check it is.
- An editor's pull request changing newsroom.yaml (a house minimum length raised to 5,000
  words) passed `ci --changed-since origin/main` and `check --changed-since`, which checked
  only the stories it changed, none; merged, it turned main red with every story past its
  draft failing. A range that changes newsroom.yaml, what every story is checked against,
  checks every story.
- A .gitattributes line in a pull request (`stories/*/story.md working-tree-encoding=UTF-7`)
  made git write a story to CI's working tree as other text than the commit holds, with
  `git status` clean: a headline in straight double quotes, an error of the draft gate in
  the commit, reached the checks as '+ACI-' and `ci` passed, while verify and the site read
  the commit. `ci` and `check --changed-since` refuse, in one line naming the file, a story
  file or newsroom.yaml that git checks out through a working-tree-encoding, ident or
  filter attribute, exit 2.

What held:

- A shallow clone (`--depth 1`, `--depth 2`) of the host's merge commit: `ci` and `verify`
  refuse in one line naming the cut and `git fetch --unshallow`; `--changed-since HEAD^1`
  on a checkout deep enough verifies the pull request's commits and catches a forgery.
- A detached HEAD on the host's merge commit (its author no one on the roster), a base that
  moved on while the pull request was open, a ref that is no ancestor of HEAD: each commit
  of the range is judged from its own parents, as they stood.
- newsroom.yaml edited in the same pull request that uses the new powers (a role given, a
  check turned off): judged by the roster before it, the change itself a finding.
- A story folder renamed, copied or moved into a sub-folder of stories/ past its credits,
  or deleted: verify reports the story deleted, or filed anew at a late stage, without a
  sign-off, and check names a folder with no story.md (exit 2).
- A story folder whose story.md is not valid YAML: `ci` names the file, line and column,
  exit 2, and verify reports the stage no one signed.
- A .mailmap mapping the reporter's e-mail to an editor's: verify reads each commit's
  author as written (git's %an and %ae), not as the mailmap would show it.
- `ci` outside a newsroom, or in a newsroom that is a sub-folder of a larger repository (two
  newsrooms in one repository): one line, exit 2; in a sub-folder of the newsroom it finds
  the newsroom above.
- Story text, commit subjects and author names carrying '::error', '::add-mask::', '%0A' and
  terminal escapes stay text in `--format github`, `sarif` and `json` (tests/workflow/
  test_hostile_output.py holds them).

Left open:

- `--changed-since REF` takes REF's history as verified, whatever REF is: a workflow that
  gives the pull request's own head (or any ref the contributor controls) verifies nothing
  of it. REF is the maintainer's to choose; nothing in the repository tells a base branch
  from a pull request's head (both are ancestors of the host's merge commit). The README now
  says what to give.
Closed after the pass, from what it left open:

- An unreadable story's line in `--format github` was an annotation without `file=` and
  `line=` properties (its place was only in its text). It is annotated on the file, line and
  column its message names, in SARIF too (tests/test_bad_input.py).

- A `.newsroom-cache` committed as a link to a folder elsewhere made `ci` write its cache
  files (a `.gitignore` and a `check-*.json`) there. A cache folder that is a link is
  neither read nor written.
- A `.newsroom-cache` committed to the repository (`git add -f`) with an entry saying a
  broken story has no finding passed `ci`: an entry's key is made of what anyone can read
  (the story's bytes, newsroom.yaml, newsroom's own files, and a picture's inode, so a
  story with no pictures), and a CI whose newsroom is installed the same way each time
  takes the contributor's result for its own. `ci` and `check --changed-since` refuse a
  cache folder git tracks, naming the file and the 'git rm -r --cached' that takes it out,
  exit 2.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, Clone, git, make_newsroom, snapshot
from tests.workflow.conftest import SLUG, Team, make_team, signed_through, stage_of
from tests.workflow.test_forgeries import set_stage


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def ci_clone(team: Team, name: str, *options: str) -> Clone:
    """A checkout as CI makes one: a fresh clone of the remote, with `options` (a depth)."""
    env = team.reporter.env
    path = team.remote.parent / name
    git(team.remote.parent, "clone", "-q", *options, f"file://{team.remote}", str(path), env=env)
    return Clone(path, env)


def pushed_forgery(team: Team) -> None:
    """The reporter moves her own story on by hand and pushes it to main."""
    rosa = team.reporter
    set_stage(rosa, "contributor-credit")
    rosa.commit_all("move it along")
    rosa.git("push", "-q", "origin", "HEAD:main")


def test_changed_since_the_head_itself_verifies_nothing_and_says_so(team: Team) -> None:
    """`ci --changed-since origin/main`, the README's line, run by CI on a push to main (where
    origin/main is the commit pushed) checked no story and verified no commit, and passed:
    a forged stage pushed to main went green. A range with no commit in it proves nothing,
    so it is refused in one line, exit 2, naming the ref and what to give instead."""
    pushed_forgery(team)
    ci = ci_clone(team, "ci")
    assert stage_of(ci) == "contributor-credit"
    before = snapshot(ci.path)
    for args in (
        ("ci", "--changed-since", "origin/main"),
        ("ci", "--changed-since", "HEAD", "--format", "github"),
        ("verify", "--since", "origin/main"),
        ("verify", "--since", "HEAD", "--format", "json"),
    ):
        result = ci.run(*args)
        assert result.code == 2, (args, result.text)
        said = one_line(result.err)
        assert f"'{args[2]}'" in said and "HEAD" in said, said
        assert "nothing to verify" in said and "whole history" in said, said
        assert result.out == "", (args, result.out)
    assert snapshot(ci.path) == before
    # the whole history, or a range that holds the forgery, still fails it
    assert ci.run("ci").code == 1
    assert ci.run("ci", "--changed-since", "HEAD~1").code == 1


@pytest.mark.parametrize("unborn", ["new repository", "orphan branch"])
def test_ci_on_a_repository_with_no_commits_is_refused(
    tmp_path: Path, env: dict[str, str], unborn: str
) -> None:
    """A maintainer who runs `ci` in a newsroom not yet committed (or on a branch with no
    commit) was told '0 stories checked', exit 0 (or '1 story checked' with a clean story):
    verify replayed nothing and passed. It says there is no history, exit 2."""
    if unborn == "new repository":
        path = tmp_path / "fresh"
        path.mkdir()
        git(path, "init", "-q", env=env)
        (path / "newsroom.yaml").write_text((FIXTURES / "newsroom.yaml").read_text())
        room = Clone(path, env).act_as("eokafor")
        room.write_story(SLUG)
    else:
        room = make_newsroom(tmp_path / "room", env)
        room.write_story(SLUG)
        room.commit_all("a story")
        room.git("checkout", "-q", "--orphan", "fresh")
    before = snapshot(room.path)
    for args in (("ci",), ("verify",), ("ci", "--format", "json"), ("verify", "--format", "sarif")):
        result = room.run(*args)
        assert result.code == 2, (args, result.text)
        said = one_line(result.err)
        assert "no commits" in said and "no history to verify" in said, said
        assert result.out == ""
    assert snapshot(room.path) == before


def pull_request(team: Team) -> str:
    """The reporter's pull request (a branch moving her story on by hand), and the host's
    merge commit of it into main, kept as the host keeps it (refs/pull/1/merge); its id."""
    rosa = team.reporter
    rosa.git("checkout", "-q", "-b", "feature")
    set_stage(rosa, "contributor-credit")
    rosa.commit_all("move it along")
    rosa.git("push", "-q", "origin", "feature")
    host = team.editor  # any clone can make the merge the host makes
    host.git("fetch", "-q", "origin")
    host.git("checkout", "-q", "--detach", "origin/main")
    host.git("-c", "user.name=GitHub", "-c", "user.email=noreply@github.com", "merge", "-q",
             "--no-ff", "-m", "Merge feature into main", "origin/feature")
    host.git("push", "-q", "origin", "HEAD:refs/pull/1/merge")
    merge = host.git("rev-parse", "HEAD")
    host.git("checkout", "-q", "main")
    return merge


def checkout_as_ci(team: Team, name: str, depth: int | None) -> Clone:
    """The pull request's merge commit checked out as a CI checkout step does: a new
    repository fetching only that ref (to `depth` commits), HEAD detached on it."""
    env = team.reporter.env
    path = team.remote.parent / name
    path.mkdir()
    git(path, "init", "-q", env=env)
    git(path, "remote", "add", "origin", f"file://{team.remote}", env=env)
    deepen = [f"--depth={depth}"] if depth else []
    git(path, "fetch", "-q", *deepen, "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge",
        env=env)
    git(path, "checkout", "-q", "--detach", "refs/remotes/pull/1/merge", env=env)
    return Clone(path, env)


@pytest.mark.parametrize("depth", [1, 2])
def test_a_base_branch_the_shallow_checkout_never_fetched_is_named_as_such(
    team: Team, depth: int
) -> None:
    """CI's default checkout fetches the pull request's merge commit alone, one or two
    commits deep. `ci --changed-since origin/main` there said "'origin/main' is not a commit
    in this repository; name a branch, tag or commit (e.g. origin/main)": the very ref given,
    offered as the fix. It says the clone is shallow and how to fetch the history."""
    merge = pull_request(team)
    ci = checkout_as_ci(team, f"ci{depth}", depth)
    assert ci.git("rev-parse", "HEAD") == merge
    before = snapshot(ci.path)
    for args in (("ci", "--changed-since", "origin/main"), ("verify", "--since", "origin/main"),
                 ("check", "--changed-since", "origin/main", "--format", "sarif")):
        result = ci.run(*args)
        assert result.code == 2, (args, result.text)
        said = one_line(result.err)
        assert "'origin/main'" in said and "shallow" in said, said
        assert "e.g. origin/main" not in said, said
        assert "git fetch --unshallow origin" in said and "fetch-depth: 0" in said, said
    assert snapshot(ci.path) == before
    ci.git("fetch", "-q", "--unshallow", "origin")  # as the message says
    result = ci.run("ci", "--changed-since", "origin/main")
    assert result.code == 1 and "signoff.hand-edited-stage" in result.out, result.text


def test_a_base_branch_a_full_checkout_never_fetched_is_named_as_such(team: Team) -> None:
    """The same checkout, fetched whole but for the merge ref alone: origin/main is not
    there. The message names the fetch that brings it, not origin/main as an example."""
    pull_request(team)
    ci = checkout_as_ci(team, "ci", None)
    result = ci.run("ci", "--changed-since", "origin/main")
    assert result.code == 2, result.text
    said = one_line(result.err)
    assert "e.g. origin/main" not in said and "'git fetch origin main'" in said, said
    ci.git("fetch", "-q", "origin", "main")
    result = ci.run("ci", "--changed-since", "origin/main")
    assert result.code == 1 and "signoff.hand-edited-stage" in result.out, result.text


def updated_with_main(team: Team) -> Clone:
    """A pull request that is honest: the reporter's desk notes on a branch, brought up to
    date with main (the host's 'Update branch': a merge of main into it) after the
    fact-checker signed the story off on main. Pushed, and merged by the host."""
    signed_through(team, "fact-check")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "feature")
    (rosa.path / "notes.txt").write_text("desk notes\n")
    rosa.commit_all("desk notes")
    lena = team.checker
    assert lena.run("sync").code == 0
    assert lena.run("advance", SLUG, "--note", "claims verified").code == 0
    assert lena.run("sync").code == 0
    rosa.git("fetch", "-q", "origin")
    rosa.git("merge", "-q", "--no-edit", "origin/main")
    assert stage_of(rosa) == "publish"
    return rosa


def host_merge(team: Team, branch: str) -> None:
    host = team.editor
    host.git("fetch", "-q", "origin")
    host.git("checkout", "-q", "--detach", "origin/main")
    host.git("-c", "user.name=GitHub", "-c", "user.email=noreply@github.com", "merge", "-q",
             "--no-ff", "-m", f"Merge {branch} into main", f"origin/{branch}")
    host.git("push", "-q", "origin", "HEAD:refs/pull/1/merge")
    host.git("checkout", "-q", "main")


def test_a_pull_request_brought_up_to_date_with_main_verifies(team: Team) -> None:
    """`ci --changed-since origin/main` on an honest pull request that had merged main into
    itself (GitHub's 'Update branch') reported the fact-checker's sign-off, made on main and
    brought in by that merge, as the reporter's: 'set the stage of harbor-seawall to publish
    without a sign-off ... draft before this commit'. The stories a range's merges change
    were not read as they stood before the range, so the merge looked like it filed them
    new. A pull request kept up to date with its base went red with no way to fix it."""
    rosa = updated_with_main(team)
    rosa.git("push", "-q", "origin", "feature")
    result = rosa.run("ci", "--changed-since", "origin/main")
    assert result.code == 0, result.text
    host_merge(team, "feature")
    ci = checkout_as_ci(team, "ci", None)
    ci.git("fetch", "-q", "origin", "main:refs/remotes/origin/main")
    result = ci.run("ci", "--changed-since", "origin/main", "--format", "json")
    assert result.code == 0, result.text
    assert ci.run("ci").code == 0


def test_an_edit_hidden_in_a_merge_of_main_is_judged_as_the_story_stood(team: Team) -> None:
    """The same merge, made to carry an edit of the fact-checked body as well (a merge's own
    change): it is reported as the edit after the fact-check it is, not as a story filed
    anew at publish."""
    rosa = updated_with_main(team)
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Residents filled", "Residents packed"))
    rosa.git("commit", "-q", "--amend", "-a", "--no-edit")
    result = rosa.run("ci", "--changed-since", "origin/main", "--format", "json")
    assert result.code == 1, result.text
    found = {f["check"] for f in json.loads(result.out)["findings"]}
    assert "signoff.content-changed" in found, found
    assert "signoff.hand-edited-stage" not in found, found


def test_a_pull_request_changing_newsroom_yaml_checks_every_story(team: Team) -> None:
    """An editor's pull request raising the house minimum length (options.body.min_words
    in newsroom.yaml) passed `ci --changed-since origin/main`, which checked only the stories
    the pull request changed, none: merged, it turned main red, every story past its draft
    now failing the draft gate. newsroom.yaml is what every story is checked against, so a
    range that changes it checks every story."""
    signed_through(team, "contributor-credit")
    emeka = team.editor
    assert emeka.run("sync").code == 0
    emeka.git("checkout", "-q", "-b", "longer")
    roster = emeka.path / "newsroom.yaml"
    roster.write_text(roster.read_text() + "options:\n  body: {min_words: 5000}\n")
    emeka.commit_all("stories run to 5,000 words at least")
    result = emeka.run("ci", "--changed-since", "origin/main", "--format", "json")
    assert result.code == 1, result.text
    data = json.loads(result.out)
    assert data["stories_checked"] == 1, data
    assert "body.length" in {f["check"] for f in data["findings"]}, data
    result = emeka.run("check", "--changed-since", "origin/main")
    assert result.code == 1 and "body.length" in result.out, result.text


@pytest.mark.parametrize("attribute", ["working-tree-encoding=UTF-7", "ident"])
def test_a_gitattributes_conversion_of_a_story_file_is_refused(
    team: Team, attribute: str
) -> None:
    """A reporter's pull request put a headline in straight double quotes (an error of the
    draft gate) on her story past its draft, and a .gitattributes line checking story.md out
    as UTF-7: git wrote '"' to CI's working tree as '+ACI-', `ci` checked that text and
    passed, while the commit, what verify and the site read, still broke the gate (git
    status says nothing: git takes the file for unchanged). A story file or newsroom.yaml
    that git checks out converted is refused in one line naming it, exit 2."""
    signed_through(team, "contributor-credit")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    headline = 'Council says "yes" to a $42 million seawall'
    rosa.write_story(SLUG, front={"headline": headline, "stage": "contributor-credit"})
    story = rosa.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text() + "\n<!-- $Id$ -->\n")  # what ident expands
    rosa.commit_all("a sharper headline")
    (rosa.path / ".gitattributes").write_text(f"stories/*/story.md {attribute}\n")
    rosa.git("add", ".gitattributes")
    rosa.git("commit", "-q", "-m", "attributes")
    rosa.git("push", "-q", "origin", "HEAD:refs/heads/feature")
    ci = ci_clone(team, "ci", "--branch", "feature")
    assert ci.git("status", "--porcelain") == ""
    committed = ci.git("show", f"HEAD:stories/{SLUG}/story.md")
    assert committed != (ci.story_dir(SLUG) / "story.md").read_text()
    before = snapshot(ci.path)
    for args in (("ci",), ("ci", "--format", "github"), ("ci", "--changed-since", "origin/main"),
                 ("check", "--changed-since", "origin/main", "--format", "json")):
        result = ci.run(*args)
        assert result.code == 2, (args, result.text)
        said = one_line(result.err)
        assert f"stories/{SLUG}/story.md: git checks this file out converted ({attribute}" in said
        assert ".gitattributes" in said, said
        assert result.out == "", result.out
    assert snapshot(ci.path) == before
    # UTF-7: what the working tree held passed; the commit's own text fails its gate
    assert ci.run("check", SLUG).code == (0 if "UTF-7" in attribute else 1)
    (ci.story_dir(SLUG) / "story.md").write_text(committed + "\n")
    result = ci.run("check", SLUG)
    assert result.code == 1 and "headline.straight-quotes" in result.out, result.text


def test_a_check_cache_committed_to_the_repository_is_refused(team: Team) -> None:
    """A reporter's pull request broke the draft gate of her story past its draft (a headline
    in straight double quotes) and committed, with `git add -f`, a `.newsroom-cache` whose
    entry for that story says it has no finding. An entry's key is made of what anyone can
    read (the story's bytes, newsroom.yaml, newsroom's own files), so a contributor can make
    one for the text she commits: `ci` took the result from the repository and passed. A
    cache folder that git tracks is refused by `ci` and `check --changed-since`, naming the
    file, exit 2; a cache folder that is a link is never read or written."""
    signed_through(team, "contributor-credit")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    rosa.git("checkout", "-q", "-b", "feature")
    headline = 'Council says "yes" to a $42 million seawall'
    front = {"headline": headline, "stage": "contributor-credit", "images": []}
    folder = rosa.write_story(SLUG, front=front)
    shutil.rmtree(folder / "media")  # (a picture's key holds its file's inode: no pictures)
    rosa.commit_all("a sharper headline, no pictures")
    failed = rosa.run("ci")
    assert failed.code == 1 and "headline.straight-quotes" in failed.out, failed.text
    for made in (rosa.path / ".newsroom-cache").glob("check-*.json"):
        data = json.loads(made.read_text())
        for entry in data["stories"].values():
            entry["findings"] = []  # what a clean story's entry says
        made.write_text(json.dumps(data))
    rosa.git("add", "-f", ".newsroom-cache")
    rosa.git("commit", "-q", "-m", "results")
    rosa.git("push", "-q", "origin", "HEAD:refs/heads/feature")
    ci = ci_clone(team, "ci", "--branch", "feature")
    before = snapshot(ci.path)
    for args in (("ci",), ("ci", "--changed-since", "origin/main"),
                 ("check", "--changed-since", "origin/main")):
        result = ci.run(*args)
        assert result.code == 2, (args, result.text)
        said = one_line(result.err)
        assert ".newsroom-cache/" in said and "git rm -r --cached .newsroom-cache" in said, said
    assert snapshot(ci.path) == before
    ci.git("rm", "-q", "-r", ".newsroom-cache")  # as the pull request's fix would
    result = ci.run("ci")
    assert result.code == 1 and "headline.straight-quotes" in result.out, result.text


def test_a_check_cache_that_is_a_link_is_neither_read_nor_written(
    team: Team, tmp_path: Path
) -> None:
    rosa = team.reporter
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (rosa.path / ".newsroom-cache").symlink_to(elsewhere)
    result = rosa.run("check", "--all")
    assert result.code in (0, 1), result.text
    assert list(elsewhere.iterdir()) == []

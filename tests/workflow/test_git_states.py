"""Git states a newsroom command cannot work in as it is: each is named in one line with what
to do, exit 2, and nothing is changed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import FIXTURES, Clone, git, snapshot
from tests.workflow.conftest import SLUG, Team, clone_as, signed_through


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_sync_on_a_detached_head_says_so_and_what_to_do(team: Team) -> None:
    rosa = team.reporter
    rosa.git("checkout", "-q", "--detach")
    before = snapshot(rosa.path)
    result = rosa.run("sync")
    assert result.code == 2, result.text
    said = one_line(result.err)
    head = rosa.git("rev-parse", "--short=10", "HEAD")
    assert f"HEAD is detached (at {head})" in said and "git symbolic-ref" not in said
    assert "'git switch main'" in said and "try again" in said
    assert snapshot(rosa.path) == before


def test_sync_in_the_middle_of_a_rebase_says_so(team: Team) -> None:
    signed_through(team, "contributor-credit")
    rosa = team.reporter
    rosa.git("-c", "core.editor=true", "rebase", "-q", "--exec", "false", "HEAD~1", check=False)
    result = rosa.run("sync")
    assert result.code == 2, result.text
    said = one_line(result.err)
    assert "a rebase is in progress" in said
    assert "git rebase --continue" in said and "git rebase --abort" in said


def test_a_newsroom_in_a_subfolder_of_a_repository_is_named_as_such(
    tmp_path: Path, env: dict[str, str]
) -> None:
    top = tmp_path / "monorepo"
    news = top / "news"
    news.mkdir(parents=True)
    git(top, "init", "-q", env=env)
    clone = Clone(news, env).act_as("eokafor")
    (news / "newsroom.yaml").write_text((FIXTURES / "newsroom.yaml").read_text())
    clone.write_story(SLUG)
    clone.commit_all("a newsroom inside a larger repository")
    assert clone.run("check", SLUG).code in (0, 1)  # reading stories needs no git
    for args in (("verify",), ("history", SLUG), ("advance", SLUG)):
        result = clone.run(*args)
        assert result.code == 2, result.text
        said = one_line(result.err)
        assert "not a git repository" not in said, said
        assert f"is a subfolder (news/) of the git repository {top.resolve()}" in said, said
        assert "newsroom.yaml and stories/" in said and "git init" in said, said


def test_verify_on_a_shallow_clone_says_history_is_missing(team: Team, tmp_path: Path) -> None:
    signed_through(team, "publish")
    env = team.reporter.env
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{team.remote}", str(shallow), env=env)
    clone = Clone(shallow, env).act_as("rtorres")
    for args in (("verify",), ("ci",), ("verify", "--format", "json")):
        result = clone.run(*args)
        assert result.code == 2, result.text
        said = one_line(result.err)
        assert "shallow" in said and "git fetch --unshallow" in said, said
        assert result.out == ""
    # a range whose commits all have their parents here can be verified as it is
    assert clone.run("verify", "--since", "HEAD~1").code == 0
    clone.git("fetch", "-q", "--unshallow")
    assert clone.run("verify").code == 0
    assert clone_as(team.remote, "full", "rtorres", env).run("verify").code == 0

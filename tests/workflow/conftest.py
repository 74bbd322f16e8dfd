from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import Clone, git, make_newsroom

SLUG = "harbor-seawall"


def clone_as(remote: Path, name: str, person: str, env: dict[str, str]) -> Clone:
    path = remote.parent / name
    git(remote.parent, "clone", "-q", str(remote), str(path), env=env)
    return Clone(path, env).act_as(person)


@dataclass
class Team:
    """A bare remote and one clone per person, each with its own git identity."""

    remote: Path
    reporter: Clone  # Rosa Torres, on the byline
    editor: Clone  # Emeka Okafor
    checker: Clone  # Lena Park, fact-checker
    chief: Clone  # Grace Bell, a second editor

    def clone(self, name: str, person: str) -> Clone:
        return clone_as(self.remote, name, person, self.reporter.env)


def make_team(tmp_path: Path, env: dict[str, str], config: str | None = None,
              checker_key: Path | None = None) -> Team:
    origin = make_newsroom(tmp_path / "seed", env, config)
    origin.act_as("rtorres")
    origin.write_story(SLUG)
    origin.commit_filing(SLUG, f"file {SLUG}", checker_key=checker_key)
    remote = tmp_path / "remote.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin.path), str(remote), env=env)
    return Team(
        remote,
        clone_as(remote, "rosa", "rtorres", env),
        clone_as(remote, "emeka", "eokafor", env),
        clone_as(remote, "lena", "lpark", env),
        clone_as(remote, "grace", "gbell", env),
    )


@pytest.fixture
def team(tmp_path: Path, env: dict[str, str]) -> Team:
    return make_team(tmp_path, env)


def stage_of(clone: Clone, slug: str = SLUG, ref: str = "") -> str:
    """The stage in story.md, in the working tree or at a git ref."""
    text = (
        clone.git("show", f"{ref}:stories/{slug}/story.md")
        if ref
        else (clone.story_dir(slug) / "story.md").read_text()
    )
    for line in text.splitlines():
        if line.startswith("stage:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("no stage line")


def signed_through(team: Team, until: str) -> None:
    """Sign the story off, each stage by its right person in their own clone, up to `until`."""
    steps = [
        ("contributor-credit", team.reporter, ("advance", SLUG)),
        ("fact-check", team.editor, ("advance", SLUG)),
        ("publish", team.checker, ("advance", SLUG, "--note", "claims verified")),
        ("published", team.chief, ("publish", SLUG)),
    ]
    for stage, clone, args in steps:
        assert clone.run("sync").code == 0
        result = clone.run(*args)
        assert result.code == 0, result.text
        assert clone.run("sync").code == 0
        if stage == until:
            return


def published_with_reporter(team: Team) -> Clone:
    """Sign the story off through publication; the reporter's clone, synced after it."""
    signed_through(team, "published")
    rosa = team.reporter
    assert rosa.run("sync").code == 0
    return rosa


def fact_checked_beside(team: Team, signed_on: str, change: Callable[[Clone], None]) -> Clone:
    """The fact-check signed off on one branch (`signed_on`: 'side' or 'main') while
    `change` is committed on the other, then the side branch merged into main: the
    fact-checker's clone, at publish."""
    signed_through(team, "fact-check")
    lena = team.checker
    assert lena.run("sync").code == 0
    lena.git("checkout", "-q", "-b", "side")
    if signed_on == "side":
        assert lena.run("advance", SLUG, "--note", "claims verified").code == 0
        lena.git("checkout", "-q", "main")
        change(lena)
    else:
        change(lena)
        lena.git("checkout", "-q", "main")
        assert lena.run("advance", SLUG, "--note", "claims verified").code == 0
    lena.git("merge", "-q", "--no-edit", "side")
    assert stage_of(lena) == "publish"
    return lena

"""The README's walkthroughs work as written on a fresh newsroom: their commands, taken from
README.md, run one after another and each succeeds.

The steps a person does in an editor (`$EDITOR ...`) run an editor that writes the story a
reporter would: the clean test story, with the roster ids `init` and `person add` really
made, its claims listed but not yet verified (the fact-checker's verdicts are hers to
commit), and without its image, which the walkthrough adds with `newsroom image`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from tests.helpers import CLEAN_STORY, ROOT, git

README = ROOT / "README.md"
# the ids `newsroom init` gives people: their names, lowercased and hyphenated
IDS = {"rtorres": "rosa-torres", "eokafor": "emeka-okafor", "lpark": "lena-park"}


def section(heading: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def blocks(text: str) -> list[list[str]]:
    """The commands of each console block: the lines after '$ ', continuations joined."""
    found = []
    for body in re.findall(r"```(?:console|sh)\n(.*?)```", text, re.S):
        commands: list[str] = []
        for line in body.replace("\\\n", " ").splitlines():
            if line.startswith("$ "):
                commands.append(line[2:])
        found.append(commands)
    return found


def _shims(tmp_path: Path) -> Path:
    """A `newsroom` that runs this source tree, and an editor that writes the story."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    run = bin_dir / "newsroom"
    run.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m newsroom "$@"\n')
    editor = bin_dir / "write-story"
    editor.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__)}" "$@"\n')
    for shim in (run, editor):
        shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return bin_dir


def _run(commands: list[str], cwd: Path, env: dict[str, str]) -> None:
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"$ {command}\n{done.stdout}{done.stderr}"
        if command.startswith("mkdir") and "&& cd " in command:
            cwd = cwd / command.rsplit("&& cd ", 1)[1].strip()


def _env(env: dict[str, str], bin_dir: Path) -> dict[str, str]:
    return {**env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}", "EDITOR": "write-story"}


def test_a_newsroom_in_five_minutes(tmp_path: Path, env: dict[str, str]) -> None:
    commands = blocks(section("A newsroom in five minutes"))[0]
    # the first line makes the folder and enters it; the rest run there
    _run(commands, tmp_path, _env(env, _shims(tmp_path)))
    assert (tmp_path / "coastal-daily" / "stories" / "harbor-seawall-vote" / "story.md").is_file()


def test_from_draft_to_published_by_three_people(tmp_path: Path, env: dict[str, str]) -> None:
    roster, reporter, editor, checker, publisher = blocks(section("From draft to published"))[:5]
    shell = _env(env, _shims(tmp_path))
    rosa = _newsroom_with_colleagues(tmp_path, shell, roster)
    photos = Path(shell["HOME"]) / "photos"  # the photo the reporter adds with `newsroom image`
    photos.mkdir(parents=True)
    shutil.copy(CLEAN_STORY / "media" / "crews.png", photos / "crews.png")
    remote = tmp_path / "remote.git"
    git(tmp_path, "clone", "-q", "--bare", str(rosa), str(remote), env=shell)
    git(rosa, "remote", "add", "origin", str(remote), env=shell)
    git(rosa, "fetch", "-q", "origin", env=shell)
    git(rosa, "branch", "-q", "--set-upstream-to=origin/main", env=shell)
    clones = {}
    for person, name, email in (
        ("emeka", "Emeka Okafor", "emeka.okafor@coastal.example"),
        ("lena", "Lena Park", "lena.park@coastal.example"),
        ("grace", "Grace Bell", "grace.bell@coastal.example"),
    ):
        clone = tmp_path / person
        git(tmp_path, "clone", "-q", str(remote), str(clone), env=shell)
        git(clone, "config", "user.email", email, env=shell)
        git(clone, "config", "user.name", name, env=shell)
        clones[person] = clone
    _run(reporter, rosa, shell)
    _run(editor, clones["emeka"], shell)
    _run(checker, clones["lena"], shell)
    _run(publisher, clones["grace"], shell)
    tags = git(clones["grace"], "tag", "--list", "published/*", env=shell)
    assert tags == "published/harbor-seawall-vote"
    # the story is on the built site: its page, its structured data, the feed
    public = clones["grace"] / "public"
    page = (public / "harbor-seawall-vote" / "index.html").read_text(encoding="utf-8")
    assert "Harbor City Council approves $42 million seawall" in page
    assert 'src="crews.png"' in page or "crews.png" in page
    data = json.loads((public / "harbor-seawall-vote" / "article.json").read_text("utf-8"))
    found = data if isinstance(data, list) else [data]
    articles = [d for d in found if d.get("@type") == "NewsArticle"]
    assert articles and articles[0]["headline"].startswith("Harbor City Council approves")
    assert "harbor-seawall-vote" in (public / "feed.json").read_text(encoding="utf-8")
    # and verify finds every change made by the person allowed to make it
    done = subprocess.run(["newsroom", "verify"], cwd=clones["grace"], env=shell,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _newsroom_with_colleagues(tmp_path: Path, env: dict[str, str], roster: list[str]) -> Path:
    """Rosa's newsroom, made by `init` (which makes her its first editor), with her
    colleagues put on the roster by the README's `newsroom person add` commands."""
    rosa = tmp_path / "rosa"
    rosa.mkdir()
    git(rosa, "init", "-q", env=env)
    git(rosa, "config", "user.email", "rosa.torres@coastal.example", env=env)
    git(rosa, "config", "user.name", "Rosa Torres", env=env)
    _run(['newsroom init --name "Coastal Daily Press" --hook none'], rosa, env)
    _run(roster, rosa, env)
    return rosa


def write_story(paths: list[str]) -> None:
    """The editor the walkthrough's `$EDITOR` runs: writes the clean story, without its
    image, into the story folder of the first path, with the roster's real ids."""
    folder = Path(paths[0]).parent
    for name in ("story.md", "credits.yaml", "sources.yaml", "factcheck.yaml"):
        text = (CLEAN_STORY / name).read_text(encoding="utf-8")
        for old, new in IDS.items():
            text = text.replace(old, new)
        if name == "story.md":
            text = re.sub(r"images:\n(?:  .*\n)+", "images: []\n", text)
        if name == "credits.yaml":  # the staff photographer, not on this roster
            text = text.replace("    person: skhan\n", "")
        if name == "factcheck.yaml":  # listed by the reporter; verified by the fact-checker
            verdict = (
                r"    status: .*\n    checked_by: .*\n(?:    note: .*\n)?"
                r"    verified_hash: .*\n"
            )
            text = re.sub(verdict, "    status: unverified\n", text)
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_story(sys.argv[1:])

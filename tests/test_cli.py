"""The commands as a user runs them, against real temporary git repositories."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

from tests.helpers import Clone, git, newsroom, snapshot

# A story with one blocking error (headline case), one warning (dek case) and, in the
# contributor-credit stage, nothing else.
TITLE_CASE = "Harbor City Council Approves $42 Million Seawall"


def fresh(tmp_path: Path, env: dict[str, str]) -> Path:
    path = tmp_path / "coastal"
    path.mkdir()
    git(path, "init", "-q", env=env)
    git(path, "config", "user.name", "Ada Lovelace", env=env)
    git(path, "config", "user.email", "ada@coastal.example", env=env)
    return path


def test_init_makes_and_commits_a_newsroom(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    result = newsroom(path, "init", "--name", "Coastal Daily", env=env)
    assert result.code == 0, result.text
    for name in ("newsroom.yaml", "stories/.gitkeep", ".github/workflows/newsroom.yml",
                 ".pre-commit-config.yaml", ".gitignore"):
        assert (path / name).is_file(), name
    assert git(path, "status", "--porcelain", env=env) == ""
    assert git(path, "log", "--format=%an <%ae>|%s", env=env) == (
        "Ada Lovelace <ada@coastal.example>|newsroom: init"
    )
    config = yaml.safe_load((path / "newsroom.yaml").read_text())
    assert config["name"] == "Coastal Daily"
    assert config["people"] == [
        {"id": "ada", "name": "Ada Lovelace", "email": "ada@coastal.example",
         "roles": ["reporter", "editor"]}
    ]
    workflow = yaml.safe_load((path / ".github/workflows/newsroom.yml").read_text())
    steps = workflow["jobs"]["stories"]["steps"]
    assert any("newsroom ci" in s.get("run", "") for s in steps)
    assert ".newsroom-cache/" in (path / ".gitignore").read_text()


def test_init_refuses_an_existing_newsroom(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    assert newsroom(path, "init", env=env).code == 0
    before = snapshot(path)
    result = newsroom(path, "init", env=env)
    assert result.code == 2 and "Traceback" not in result.text
    assert "a newsroom already exists here" in result.err and "nothing was changed" in result.err
    assert snapshot(path) == before


def test_init_then_new_as_the_first_person(tmp_path: Path, env: dict[str, str]) -> None:
    path = fresh(tmp_path, env)
    assert newsroom(path, "init", env=env).code == 0
    result = newsroom(path, "new", "harbor-seawall", "--headline", "Council approves seawall",
                      "--desk", "metro", env=env)
    assert result.code == 0, result.text
    front = yaml.safe_load((path / "stories/harbor-seawall/story.md").read_text().split("---")[1])
    assert front["byline"] == ["ada"] and front["stage"] == "draft" and front["desk"] == "metro"
    assert git(path, "status", "--porcelain", env=env) == ""


def test_new_commits_only_that_story_as_the_acting_person(room: Clone) -> None:
    room.act_as("rtorres")
    (room.path / "notes.txt").write_text("not part of the story\n")
    result = room.run("new", "harbor-seawall", "--headline", "Council approves seawall",
                      "--dek", "The vote was 5-2.", "--desk", "metro", "--type", "analysis")
    assert result.code == 0, result.text
    assert "stories/harbor-seawall" in result.out
    author = room.git("log", "-1", "--format=%an <%ae>")
    assert author == "Rosa Torres <rosa.torres@coastal.example>"
    files = room.git("show", "--name-only", "--format=", "HEAD").splitlines()
    assert files and all(f.startswith("stories/harbor-seawall/") for f in files)
    assert "stories/harbor-seawall/story.md" in files
    assert room.git("status", "--porcelain") == "?? notes.txt"
    front = yaml.safe_load(room.story_dir("harbor-seawall").joinpath("story.md").read_text()
                           .split("---")[1])
    assert front["byline"] == ["rtorres"] and front["type"] == "analysis"


def test_new_refuses_someone_not_on_the_roster(room: Clone) -> None:
    room.git("config", "user.email", "stranger@elsewhere.example")
    before = snapshot(room.path)
    result = room.run("new", "harbor-seawall", "--headline", "Council approves seawall")
    assert result.code == 1 and "Traceback" not in result.text
    assert "stranger@elsewhere.example is not in the roster" in result.err
    assert snapshot(room.path) == before


def test_new_refuses_an_existing_slug(room: Clone) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("story")
    before = snapshot(room.path)
    result = room.run("new", "harbor-seawall", "--headline", "Council approves seawall")
    assert result.code == 2 and "already exists" in result.err
    assert snapshot(room.path) == before


@pytest.fixture
def stories(room: Clone) -> Clone:
    """A clean story, a story with a title-case headline, and a story in contributor-credit."""
    room.write_story("clean-one")
    room.write_story("title-case", front={"headline": TITLE_CASE, "stage": "contributor-credit"})
    room.write_story("credit-stage", front={"stage": "contributor-credit"})
    room.commit_all("three stories")
    return room


REQUIRED = {"story", "file", "line", "column", "check", "severity", "message"}


def test_check_json(stories: Clone) -> None:
    result = stories.run("check", "--all", "--format", "json")
    assert result.code == 1, result.text
    data = json.loads(result.out)
    assert data["stories_checked"] == 3
    assert data["findings"], data
    for f in data["findings"]:
        assert set(f) >= REQUIRED, f
    case = [f for f in data["findings"] if f["check"] == "headline.case"]
    assert len(case) == 1
    assert case[0]["story"] == "title-case"
    assert case[0]["file"] == "stories/title-case/story.md"
    assert (case[0]["line"], case[0]["severity"]) == (2, "error")
    line = (stories.story_dir("title-case") / "story.md").read_text().splitlines()[1]
    assert line[case[0]["column"] - 1 :].startswith("Approves")


def test_check_sarif(stories: Clone) -> None:
    result = stories.run("check", "--all", "--format", "sarif")
    sarif = json.loads(result.out)
    assert sarif["version"] == "2.1.0" and "sarif-2.1.0" in sarif["$schema"]
    run = sarif["runs"][0]
    rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert "headline.case" in rules
    for r in run["results"]:
        assert r["ruleId"] in rules and r["level"] in ("error", "warning", "note")
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert any(r["ruleId"] == "headline.case" and r["level"] == "error" for r in run["results"])


def test_check_junit(stories: Clone) -> None:
    result = stories.run("check", "--all", "--format", "junit")
    suites = ET.fromstring(result.out)
    cases = {c.get("name"): c for c in suites.iter("testcase")}
    assert set(cases) == {"clean-one", "title-case", "credit-stage"}
    assert cases["title-case"].find("failure") is not None
    assert cases["clean-one"].find("failure") is None
    assert suites.find("testsuite").get("failures") == "1"  # type: ignore[union-attr]


def test_check_github(stories: Clone) -> None:
    result = stories.run("check", "--all", "--format", "github")
    lines = result.out.splitlines()
    assert lines and all(re.match(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,"
                                  r"title=[^:]+::.+", line) for line in lines), result.out
    assert any(line.startswith("::error file=stories/title-case/story.md,line=2,")
               for line in lines)


def test_check_text_groups_by_file_and_says_what_to_do(stories: Clone) -> None:
    result = stories.run("check", "title-case")
    assert result.code == 1
    assert "stories/title-case/story.md" in result.out
    assert "headline.case" in result.out and "sentence case" in result.out
    assert TITLE_CASE in result.out  # the offending text
    assert "1 story checked: 1 error," in result.out


def test_exit_codes(stories: Clone) -> None:
    assert stories.run("check", "clean-one").code == 0
    assert stories.run("check", "title-case").code == 1
    assert stories.run("check", "no-such-story").code == 2
    assert stories.run("check", "--format", "yaml", "--all").code == 2
    assert stories.run("check", "--stage", "printing", "--all").code == 2
    assert stories.run("check").code == 2
    assert stories.run("check", "--select", "nonsense.rule", "--all").code == 2


def test_select_and_ignore(stories: Clone) -> None:
    def checks(*args: str) -> set[str]:
        out = stories.run("check", "--all", "--format", "json", *args).out
        return {f["check"] for f in json.loads(out)["findings"]}

    assert "headline.case" in checks()
    assert checks("--select", "dek") <= {"dek.present", "dek.case", "dek.repeats-headline"}
    assert "headline.case" not in checks("--ignore", "headline")
    assert stories.run("check", "--all", "--ignore", "headline.case,dek.case").code == 0


def test_stage_holds_a_draft_to_its_gate(stories: Clone) -> None:
    stories.write_story("draft-title", front={"headline": TITLE_CASE})
    plain = stories.run("check", "draft-title", "--format", "json")
    findings = json.loads(plain.out)["findings"]
    assert plain.code == 0 and findings  # a draft's own gate is its to-do list
    assert not [f for f in findings if f["blocking"]]
    staged = stories.run("check", "draft-title", "--stage", "draft", "--format", "json")
    assert staged.code == 1
    held = json.loads(staged.out)["findings"]
    assert held and all(f["blocking"] and not f["todo"] for f in held)


def test_a_warning_of_a_gate_to_pass_is_not_blocking_in_json(stories: Clone) -> None:
    """JSON's `blocking` says what holds a story back, as the exit code does: an error of a
    gate it must pass, never a warning; `todo` marks its own stage's list."""
    stories.write_story("short-title", front={"headline": "Council okays wall", "dek": ""})
    staged = stories.run("check", "short-title", "--stage", "draft", "--format", "json")
    assert staged.code == 1
    held = {f["check"]: f for f in json.loads(staged.out)["findings"]}
    assert held["headline.length"]["severity"] == "warning", held
    assert not held["headline.length"]["blocking"] and not held["headline.length"]["todo"]
    assert held["dek.present"]["blocking"]
    sarif = stories.run("check", "short-title", "--stage", "draft", "--format", "sarif")
    results = json.loads(sarif.out)["runs"][0]["results"]
    assert {r["ruleId"]: r["properties"]["blocking"] for r in results}["headline.length"] is False


def test_changed_since(stories: Clone) -> None:
    stories.git("tag", "base")
    edit = stories.story_dir("clean-one") / "story.md"
    edit.write_text(edit.read_text().replace("Mayor Dana", "Mayor  Dana"))
    data = json.loads(stories.run("check", "--changed-since", "base", "--format", "json").out)
    assert data["stories_checked"] == 1
    assert stories.run("check", "--changed-since", "no-such-ref").code == 2


def test_status_board(stories: Clone) -> None:
    result = stories.run("status")
    assert result.code == 0, result.text
    for slug in ("clean-one", "title-case", "credit-stage"):
        assert slug in result.out
    assert "3 stories (draft: 1, contributor-credit: 2)" in result.out
    assert "Emeka Okafor" in result.out  # who made the last change


def test_show_card(stories: Clone) -> None:
    result = stories.run("show", "title-case")
    assert result.code == 0, result.text
    out = result.out
    assert TITLE_CASE in out
    assert re.search(r"stage\s+contributor-credit", out) and re.search(r"next\s+fact-check", out)
    assert re.search(r"images\s+1", out) and re.search(r"sources\s+7", out)
    assert re.search(r"claims\s+9 of 10 verified", out)
    assert "headline.case" in out  # the draft gate it has not passed
    assert stories.run("show", "no-such-story").code == 2


SEVERITY_CONFIG = """
checks:
  headline.case: warning
  dek: off
desks:
  sports:
    checks: {headline.case: off}
types:
  opinion:
    checks: {headline: error, dek.present: error}
"""


def test_severity_overrides_global_desk_and_type(room: Clone) -> None:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace("checks: {}\n", SEVERITY_CONFIG))
    room.write_story("metro-story", front={"headline": TITLE_CASE, "dek": TITLE_CASE})
    room.write_story("sports-story", front={"headline": TITLE_CASE, "desk": "sports"})
    room.write_story("opinion-story", front={"headline": TITLE_CASE, "type": "opinion",
                                             "dek": ""})
    room.commit_all("stories")
    out = room.run("check", "--all", "--stage", "draft", "--format", "json").out
    found = {(f["story"], f["check"]): f["severity"] for f in json.loads(out)["findings"]}
    assert found[("metro-story", "headline.case")] == "warning"
    assert not [k for k in found if k[0] == "metro-story" and k[1].startswith("dek.")]
    assert ("sports-story", "headline.case") not in found
    assert found[("opinion-story", "headline.case")] == "error"
    assert found[("opinion-story", "dek.present")] == "error"


def test_bad_severity_config_names_the_line(room: Clone) -> None:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text().replace("checks: {}\n", "checks:\n  headline: loud\n"))
    result = room.run("check", "--all")
    assert result.code == 2 and "Traceback" not in result.text
    assert re.search(r"newsroom.yaml:\d+:\d+: 'checks.headline' is 'loud'; use one of", result.err)


def test_inline_suppression_needs_a_reason(room: Clone) -> None:
    body_with = ("The seawall is the the largest project. <!-- newsroom-ignore "
                 "body.repeated-word: quoted from the council's own flyer -->\n\n")
    room.write_story("suppressed", body=body_with + "Filler sentence here. " * 60)
    room.write_story("no-reason", body="<!-- newsroom-ignore body.repeated-word -->\n"
                     "The seawall is the the largest project.\n\n" + "Filler sentence here. " * 60)
    room.commit_all("stories")
    out = room.run("check", "--all", "--stage", "draft", "--format", "json").out
    found = [(f["story"], f["check"], f["line"]) for f in json.loads(out)["findings"]]
    assert not [f for f in found if f[0] == "suppressed"]
    lines = (room.story_dir("no-reason") / "story.md").read_text().splitlines()
    doubled = 1 + next(i for i, line in enumerate(lines) if "the the" in line)
    assert ("no-reason", "body.repeated-word", doubled) in found
    assert ("no-reason", "suppression.reason", doubled - 1) in found  # the marker's line

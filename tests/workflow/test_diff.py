"""`newsroom diff`: what changed in a story since a stage's sign-off, on real repositories."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from newsroom.store.stories import STORY_FILES, read_story, story_from_files
from tests.helpers import Clone, edit_story, isolated_env
from tests.workflow.conftest import SLUG, Team, make_team, signed_through

BODY_LINE = 17  # the fixture story's first paragraph, below the fact-check pin


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Team:
    """A team whose story was signed off through fact-check (it is now at publish)."""
    tmp = tmp_path_factory.mktemp("checked")
    team = make_team(tmp, isolated_env(tmp / "home"))
    signed_through(team, "publish")
    return team


@pytest.fixture
def lena(checked: Team, tmp_path: Path) -> Clone:
    """The fact-checker's clone, just after her sign-off: a copy of its own for each test."""
    path = tmp_path / "lena"
    shutil.copytree(checked.checker.path, path, symlinks=True)
    return Clone(path, checked.checker.env)


def story_md(clone: Clone) -> Path:
    return clone.story_dir(SLUG) / "story.md"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_nothing_changed_since_the_fact_check(lena: Clone) -> None:
    result = lena.run("diff", SLUG)
    assert result.code == 0, result.text
    assert result.out.startswith(f"{SLUG}: no changes since the fact-check sign-off (commit ")
    assert "Lena Park" in result.out


def test_a_body_edit_shows_the_removed_and_added_words(lena: Clone) -> None:
    replace_in(story_md(lena), "voted 5-2 on Tuesday", "voted 6-1 on Tuesday")
    lena.commit_all("a late recount")
    result = lena.run("diff", SLUG)
    assert result.code == 0, result.text
    assert f"story.md:{BODY_LINE}: " in result.out
    assert "Council voted [-5-2-]{+6-1+} on Tuesday" in result.out
    assert "uncommitted" not in result.out
    assert "claims" not in result.out  # the claim's own text did not change


def test_a_claim_whose_text_and_status_changed(lena: Clone) -> None:
    factcheck = lena.story_dir(SLUG) / "factcheck.yaml"
    replace_in(factcheck, "text: ending a two-year debate", "text: ending a three-year debate")
    text = factcheck.read_text(encoding="utf-8")
    debate = re.search(r"  - id: debate\n.*?(?=  - id: length)", text, re.S)
    assert debate is not None
    unverified = re.sub(r"    status: verified\n    checked_by: lpark\n", (
        "    status: unverified\n    checked_by: ''\n"), debate.group())
    factcheck.write_text(text.replace(debate.group(), unverified), encoding="utf-8")
    lena.commit_all("the debate was longer")
    result = lena.run("diff", SLUG)
    assert result.code == 0, result.text
    lines = result.out.splitlines()
    assert "claims" in lines
    assert '  debate: text: "ending a two-year debate" -> "ending a three-year debate"' in lines
    assert "  debate: status: verified -> unverified" in lines
    assert "  debate: checked_by: lpark -> (none)" in lines
    assert not any(line.startswith("  vote:") for line in lines)


def test_claims_and_sources_added_and_removed(lena: Clone) -> None:
    factcheck = lena.story_dir(SLUG) / "factcheck.yaml"
    text = factcheck.read_text(encoding="utf-8")
    start = text.index("  - id: comment")
    end = text.index("  - id: malone-years")
    text = text[:start] + text[end:] + (
        "  - id: cost\n    text: a $42 million seawall\n    sources: [council-minutes]\n")
    factcheck.write_text(text, encoding="utf-8")
    sources = lena.story_dir(SLUG) / "sources.yaml"
    replace_in(sources, "  - id: whitfield\n", (
        "  - id: insider\n    name: A city official\n    kind: person\n    anonymous: true\n"
        "  - id: whitfield\n"))
    lena.commit_all("claims reworked")
    lines = lena.run("diff", SLUG).out.splitlines()
    assert '  comment: removed "more than four hours of public comment"' in lines
    assert '  cost: added "a $42 million seawall"' in lines
    assert '  insider: added "A city official"' in lines


def test_an_image_whose_bytes_changed(lena: Clone) -> None:
    image = lena.story_dir(SLUG) / "media" / "crews.png"
    image.write_bytes(image.read_bytes() + b"\0retouched")
    edit_story(story_md(lena), {"images": [{
        "file": "media/crews.png",
        "caption": "Crews survey the eastern waterfront in Harbor City, Fla., on Monday.",
        "credit": "Samir Khan/Coastal Daily Press",
        "alt": "Two workers in hard hats measure a crumbling concrete wall beside the water.",
    }]})
    lena.commit_all("a retouched photo")
    result = lena.run("diff", SLUG)
    assert result.code == 0, result.text
    lines = result.out.splitlines()
    assert "images" in lines
    assert any(line.startswith("  media/crews.png: the image file's bytes changed (")
               for line in lines), result.out
    assert any(line.startswith("  media/crews.png: caption: ") and line.endswith(
        '-> "Crews survey the eastern waterfront in Harbor City, Fla., on Monday."')
        for line in lines), result.out


def test_since_contributor_credit(lena: Clone) -> None:
    result = lena.run("diff", SLUG, "--since", "contributor-credit")
    assert result.code == 0, result.text
    assert "since the contributor-credit sign-off" in result.out
    assert "Emeka Okafor" in result.out
    assert "stage: fact-check -> publish" in result.out.splitlines()
    assert "stage:" not in lena.run("diff", SLUG).out  # the fact-check sign-off left it at publish


def test_uncommitted_edits_are_shown_and_said(lena: Clone) -> None:
    replace_in(story_md(lena), "take three years", "take four years")
    result = lena.run("diff", SLUG)
    assert result.code == 0, result.text
    assert result.out.splitlines()[0].endswith("counting uncommitted edits to story.md")
    assert "[-three-]{+four+} years" in result.out


def test_a_story_never_checked_exits_2_with_one_line(lena: Clone) -> None:
    lena.write_story("ferry-fares")
    lena.commit_all("file ferry-fares")
    result = lena.run("diff", "ferry-fares")
    assert result.code == 2
    assert result.out == ""
    assert result.err.strip() == (
        "error: ferry-fares has no fact-check sign-off yet; nothing to compare "
        "('newsroom history ferry-fares' shows its sign-offs)")
    assert len(lena.run("diff", SLUG, "--since", "publish").err.splitlines()) == 1


def test_a_story_that_does_not_exist_exits_2(lena: Clone) -> None:
    result = lena.run("diff", "no-such-story")
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert "no story 'no-such-story'" in result.err


def test_json_format_parses(lena: Clone) -> None:
    replace_in(story_md(lena), "voted 5-2 on Tuesday", "voted 6-1 on Tuesday")
    replace_in(lena.story_dir(SLUG) / "factcheck.yaml", "status: not-checkable", "status: verified")
    result = lena.run("diff", SLUG, "--format", "json")
    assert result.code == 0, result.text
    data = json.loads(result.out)
    assert data["story"] == SLUG
    assert data["since"]["stage"] == "fact-check"
    assert data["since"]["signed_by"] == "Lena Park"
    assert data["uncommitted"] == ["factcheck.yaml", "story.md"]
    body = [c for c in data["changes"] if c["section"] == "body"]
    assert body[0]["line"] == BODY_LINE
    assert {"kind": "removed", "text": "5-2"} in body[0]["words"]
    assert {"kind": "added", "text": "6-1"} in body[0]["words"]
    assert {"section": "claims", "change": "changed", "item": "most-expensive",
            "field": "status", "old": "not-checkable", "new": "verified"} in data["changes"]


def test_terminal_escapes_and_markup_in_the_body_are_shown_literally(lena: Clone) -> None:
    escaped = "take \x1b[2J\x1b[31mthree[/] [bold]years[/bold]"
    replace_in(story_md(lena), "take three years", escaped)
    lena.commit_all("an escape in the body")
    for result in (lena.run("diff", SLUG), lena.run("diff", SLUG, "--format", "json")):
        assert result.code == 0, result.text
        assert "\x1b" not in result.out
    shown = lena.run("diff", SLUG).out
    assert "[-three years,-]{+\\x1b[2J\\x1b[31mthree[/] [bold]years[/bold],+}" in shown
    body = json.loads(lena.run("diff", SLUG, "--format", "json").out)["changes"][0]
    assert {"kind": "added", "text": "\x1b[2J\x1b[31mthree[/] [bold]years[/bold],"} in body[
        "words"]


def test_story_from_files_reads_as_read_story_does(lena: Clone) -> None:
    folder = lena.story_dir(SLUG)
    files = {name: (folder / name).read_bytes() for name in STORY_FILES}
    on_disk = read_story(lena.path, SLUG)
    given = story_from_files(SLUG, files, f"stories/{SLUG}")
    assert given.meta == on_disk.meta and given.body == on_disk.body
    assert (given.claims, given.sources, given.credits) == (
        on_disk.claims, on_disk.sources, on_disk.credits)
    assert story_from_files(SLUG, {**files, "credits.yaml": None}, "x").credits == ()


def test_the_format_choices_are_the_formats_the_reporter_writes() -> None:
    from newsroom.cli.choices import TextOrJson
    from newsroom.reporting.diff import FORMATS

    assert tuple(TextOrJson) == tuple(FORMATS)

"""The contributor-credit and fact-check gates on a clean story and on a messy pasted draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, ROOT, Clone

# The pasted draft from the shared examples beside the checkout, kept as a fixture.
PASTED = ROOT.parent / "shared" / "examples" / "pasted-web-draft.txt"
MESSY_DRAFT = FIXTURES / "pasted-web-draft.txt"


def _findings(room: Clone, slug: str, stage: str) -> list[dict[str, object]]:
    result = room.run("check", slug, "--stage", stage, "--format", "json")
    assert result.code in (0, 1), result.text
    return list(json.loads(result.out)["findings"])


@pytest.mark.parametrize("stage", ["contributor-credit", "fact-check"])
def test_clean_story_passes_both_gates(room: Clone, stage: str) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("file story")
    assert _findings(room, "harbor-seawall", stage) == []


def _line(folder: Path, needle: str) -> int:
    for number, text in enumerate((folder / "story.md").read_text().split("\n"), start=1):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} not in story.md")


def test_messy_draft_gets_its_problems_found(room: Clone) -> None:
    images = [
        {
            "file": "media/crews.png",
            "caption": "Construction crews at the eastern waterfront in Harbor City.",
            "credit": "Getty",
            "alt": "Workers beside a wall.",
        },
        {
            "file": "media/crews.png",
            "caption": "The council chamber in Harbor City on Tuesday night.",
            "credit": "Facebook",
            "alt": "A crowded room.",
        },
    ]
    folder = room.write_story(
        "seawall-draft", body=MESSY_DRAFT.read_text(), front={"images": images}
    )
    room.commit_all("paste the draft")
    found = {(f["check"], f["line"]) for f in _findings(room, "seawall-draft", "fact-check")}
    expected = {
        ("attribution.vague", _line(folder, "experts warn")),
        ("attribution.vague", _line(folder, "Many said they were never consulted")),
        ("attribution.anonymous-unjustified", _line(folder, "According to people familiar")),
        ("factcheck.relative-date", _line(folder, "last Tuesday of next year")),
        ("factcheck.relative-date", _line(folder, "announced in March")),
        ("factcheck.uncovered-statement", _line(folder, "largest public works project")),
        ("credits.contributor-line-uncredited", _line(folder, "Additional reporting by Maria")),
        ("credits.image-creator", _line(folder, "credit: Getty")),
        ("credits.image-creator", _line(folder, "credit: Facebook")),
    }
    assert expected <= found, sorted(expected - found)
    # a quotation whose only speaker is 'one resident': a reader cannot tell who said it
    checks_on = {c for c, line in found if line == _line(folder, "said one resident")}
    assert "attribution.quote-no-speaker" in checks_on
    anonymous = [
        f
        for f in _findings(room, "seawall-draft", "fact-check")
        if f["check"] == "attribution.anonymous-unjustified"
    ]
    assert any("city official" in str(f["message"]).lower() for f in anonymous)
    assert any("people familiar" in str(f["message"]) for f in anonymous)


def test_messy_draft_fixture_is_the_shared_example() -> None:
    if not PASTED.exists():
        pytest.skip("the shared example is not beside this checkout")
    assert MESSY_DRAFT.read_text() == PASTED.read_text()

"""A claim's verdict is a commit of its checker and pins the words it vouched for."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from newsroom.checks import pins
from newsroom.services import signoff
from tests.helpers import CLEAN_STORY, Clone, snapshot

SLUG = "harbor-seawall"
LENGTH = "The wall will run 2.4 miles"
LENGTH_SENTENCE = (
    "The wall will run 2.4 miles from the Pelican Street pier to the mouth of the Sawgrass "
    "River, according to the city's engineering plan."
)


def _claims() -> list[dict[str, Any]]:
    return list(yaml.safe_load((CLEAN_STORY / "factcheck.yaml").read_text())["claims"])


def _unverified(claim_id: str) -> dict[str, Any]:
    """The clean story's claims with `claim_id` back to unverified, as a reporter added it."""
    claims = _claims()
    for claim in claims:
        if claim["id"] == claim_id:
            for key in ("checked_by", "verified_hash"):
                claim.pop(key, None)
            claim["status"] = "unverified"
    return {"claims": claims}


def _story(room: Clone, factcheck: dict[str, Any] | None = None, stage: str = "") -> Clone:
    files = {"factcheck.yaml": factcheck} if factcheck is not None else None
    room.write_story(SLUG, front={"stage": stage} if stage else None, files=files)
    room.commit_all("file story")
    return room


def _claim(room: Clone, claim_id: str) -> dict[str, Any]:
    data = yaml.safe_load((room.story_dir(SLUG) / "factcheck.yaml").read_text())
    return next(c for c in data["claims"] if c["id"] == claim_id)


def _row(listing: str, claim_id: str) -> str:
    return next(line for line in listing.splitlines() if f" {claim_id} " in f" {line} ")


def _findings(room: Clone, *args: str) -> list[dict[str, Any]]:
    result = room.run("check", SLUG, *args, "--format", "json")
    assert result.code in (0, 1), result.text
    return list(json.loads(result.out)["findings"])


def _blockers(room: Clone) -> int:
    board = json.loads(room.run("status", "--all", "--format", "json").out)
    return int(next(s for s in board["stories"] if s["story"] == SLUG)["blockers"])


def test_verify_commits_the_verdict_alone_as_the_checker(room: Clone) -> None:
    _story(room, _unverified("length"))
    credits = room.story_dir(SLUG) / "credits.yaml"
    credits.write_text(credits.read_text() + "  # Lena: ask Samir about the photo credit\n")
    room.act_as("lpark")
    result = room.run("claim", SLUG, "verify", "length", "--status", "verified")
    assert result.code == 0, result.text
    assert room.git("log", "-1", "--format=%an <%ae>") == "Lena Park <lena.park@coastal.example>"
    assert room.git("show", "--name-only", "--format=", "HEAD").split() == [
        f"stories/{SLUG}/factcheck.yaml"
    ]
    message = room.git("log", "-1", "--format=%B")
    assert message.startswith(f"newsroom: {SLUG} claim length verified\n")
    for trailer in (
        f"Newsroom-Story: {SLUG}",
        "Newsroom-Claim: length",
        "Newsroom-Verdict: verified",
    ):
        assert trailer in message.splitlines()
    assert signoff.parse(message) is None  # a verdict is no stage sign-off
    assert room.git("status", "--porcelain").split() == ["M", f"stories/{SLUG}/credits.yaml"]
    claim = _claim(room, "length")
    assert claim["status"] == "verified" and claim["checked_by"] == "lpark"


def test_a_verdict_pins_the_claim_and_its_sentence(room: Clone) -> None:
    _story(room, _unverified("length"))
    room.act_as("lpark")
    assert room.run("claim", SLUG, "verify", "length", "--status", "verified").code == 0
    assert _claim(room, "length")["verified_hash"] == pins.pin(LENGTH, [LENGTH_SENTENCE])
    assert "verified" in _row(room.run("claim", SLUG, "list").out, "length")
    assert not [f for f in _findings(room, "--stage", "fact-check")]


def test_verify_refuses_uncommitted_edits_and_changes_nothing(room: Clone) -> None:
    _story(room, _unverified("length"))
    room.act_as("lpark")
    factcheck = room.story_dir(SLUG) / "factcheck.yaml"
    forged = _unverified("length")
    forged["claims"][0]["note"] = "hand-written"
    factcheck.write_text(yaml.safe_dump(forged, sort_keys=False))
    before = snapshot(room.path)
    result = room.run("claim", SLUG, "verify", "length", "--status", "verified")
    assert result.code == 1, result.text
    assert len(result.err.strip().splitlines()) == 1
    assert f"stories/{SLUG}/factcheck.yaml has uncommitted edits" in result.err
    assert f"git commit stories/{SLUG}/factcheck.yaml" in result.err
    assert snapshot(room.path) == before
    room.git("checkout", "--", ".")
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Pelican Street pier", "Pelican Street dock"))
    before = snapshot(room.path)
    result = room.run("claim", SLUG, "verify", "length", "--status", "verified")
    assert result.code == 1 and f"stories/{SLUG}/story.md has uncommitted edits" in result.err
    assert snapshot(room.path) == before


def _edit_sentence(room: Clone) -> None:
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Pelican Street pier", "Pelican Street dock"))


def _edit_claim_text(room: Clone) -> None:
    factcheck = room.story_dir(SLUG) / "factcheck.yaml"
    text = factcheck.read_text()
    factcheck.write_text(text.replace(f"text: {LENGTH}\n", f"text: {LENGTH} from the\n"))


@pytest.mark.parametrize("edit", [_edit_sentence, _edit_claim_text], ids=["sentence", "text"])
def test_a_changed_claim_or_sentence_makes_the_verdict_stale(room: Clone, edit: Any) -> None:
    _story(room, stage="publish")
    assert "verified" in _row(room.run("claim", SLUG, "list").out, "length")
    assert _findings(room) == [] and _blockers(room) == 0
    edit(room)
    room.commit_all("an edit after the fact-check")
    row = _row(room.run("claim", SLUG, "list").out, "length")
    assert "stale" in row and "│ verified" not in row
    stale = [f for f in _findings(room) if f["check"] == "claim.stale-verdict"]
    assert len(stale) == 1 and stale[0]["blocking"] and stale[0]["severity"] == "error"
    assert stale[0]["file"] == f"stories/{SLUG}/factcheck.yaml"
    assert f"newsroom claim {SLUG} verify length --status verified" in stale[0]["message"]
    assert room.run("check", SLUG).code == 1
    # the stale verdict, and the content the fact-check pinned, which the edit changed too
    assert _blockers(room) == 2
    shown = room.run("show", SLUG).out
    assert re.search(r"claims\s+8 of 10 verified \(1 stale", shown)


def test_a_hand_written_verdict_without_a_pin_is_stale(room: Clone) -> None:
    claims = _unverified("homes")["claims"]
    for claim in claims:
        if claim["id"] in ("length", "most-expensive"):
            del claim["verified_hash"]
    _story(room, {"claims": claims}, stage="fact-check")
    _edit_sentence(room)  # an unverified claim has no verdict to go stale
    room.commit_all("copy edit")
    listing = room.run("claim", SLUG, "list").out
    assert "stale" in _row(listing, "length") and "stale" in _row(listing, "most-expensive")
    assert "stale" not in _row(listing, "vote") and "stale" not in _row(listing, "homes")
    found = _findings(room, "--stage", "fact-check")
    assert sorted(f["excerpt"] for f in found if f["check"] == "claim.stale-verdict") == [
        LENGTH,
        "the most expensive answer",
    ]
    assert "factcheck.unverified" in {f["check"] for f in found}
    assert room.run("check", SLUG, "--stage", "fact-check").code == 1


def test_waive_commits_as_the_checker(room: Clone) -> None:
    _story(room)
    room.act_as("lpark")
    reason = "a street name, no fact"
    result = room.run("claim", SLUG, "waive", "Pelican Street", "--reason", reason)
    assert result.code == 0, result.text
    message = room.git("log", "-1", "--format=%B")
    assert f"Newsroom-Story: {SLUG}" in message and "Newsroom-Waiver: Pelican Street" in message
    assert signoff.parse(message) is None
    assert room.git("log", "-1", "--format=%ae") == "lena.park@coastal.example"
    assert room.git("show", "--name-only", "--format=", "HEAD").split() == [
        f"stories/{SLUG}/factcheck.yaml"
    ]


def test_claim_records_round_trip_and_are_no_signoffs() -> None:
    record = signoff.ClaimRecord(SLUG, "c3", "verified", note="minutes, p. 4\nNewsroom-To: x")
    message = record.message()
    assert message.startswith(f"newsroom: {SLUG} claim c3 verified\n")
    assert signoff.parse(message) is None
    assert signoff.parse_claim(message) == signoff.ClaimRecord(
        SLUG, "c3", "verified", note="minutes, p. 4 Newsroom-To: x"
    )
    stage = f"x\n\n{signoff.STORY}: {SLUG}\n{signoff.FROM}: draft\n{signoff.TO}: contributor-credit"
    assert signoff.parse_claim(stage) is None

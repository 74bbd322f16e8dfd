"""verify replays the whole history: every authority field, not just `stage:`.

Written from the specification of the replay, one test per finding. Every test uses the
real `newsroom` command and real git; forgeries are made with plain git (`forge`)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import Clone, Result, make_newsroom
from tests.workflow.conftest import SLUG, Team, make_team, signed_through, stage_of
from tests.workflow.test_forgeries import checks, forge, set_stage, trailers, verify

OTHER = "tide-gauge"
NEW_CLAIM = (
    "  - id: deciding-vote\n"
    "    text: cast the deciding vote\n"
    "    sources: [whitfield]\n"
)
URL = "https://harborcity.example/council/minutes"


# Helpers ---------------------------------------------------------------------------------


def story_md(clone: Clone, slug: str = SLUG) -> Path:
    return clone.story_dir(slug) / "story.md"


def sub_line(path: Path, pattern: str, replacement: str) -> None:
    """Replace exactly one whole line matching `pattern` (a regex), byte for byte."""
    text = path.read_bytes().decode("utf-8")
    new, count = re.subn(pattern, lambda _: replacement, text, count=1, flags=re.M)
    assert count == 1, f"no line {pattern!r} in {path}"
    path.write_bytes(new.encode("utf-8"))


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def edit_body(clone: Clone, old: str = "next hurricane", new: str = "next typhoon") -> None:
    replace_text(story_md(clone), old, new)


def pinned_hash(clone: Clone) -> str:
    """The newest Newsroom-Content-Hash in the history (the fact-check's pin)."""
    log = clone.git("log", "--format=%B")
    match = re.search(r"^Newsroom-Content-Hash: (\S+)$", log, re.M)
    assert match, "no fact-check pin in the history"
    return match.group(1)


def synced(clone: Clone) -> Clone:
    result = clone.run("sync")
    assert result.code == 0, result.text
    return clone


def ok(result: Result) -> Result:
    assert result.code == 0, result.text
    return result


def png(rgb: tuple[int, int, int], width: int = 8, height: int = 6) -> bytes:
    """A small valid PNG of one colour."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def json_out(result: Result) -> Any:
    assert result.code in (0, 1), result.text
    return json.loads(result.out)


def entry_for(node: Any, slug: str) -> dict[str, Any] | None:
    """The first object in a JSON document that has `slug` as one of its values."""
    if isinstance(node, dict):
        if slug in node.values():
            return node
        node = list(node.values())
    if isinstance(node, list):
        for item in node:
            found = entry_for(item, slug)
            if found is not None:
                return found
    return None


def status_entry(clone: Clone, slug: str = SLUG) -> dict[str, Any]:
    result = clone.run("status", "--all", "--format", "json")
    data = json_out(result)
    entry = entry_for(data, slug)
    assert entry is not None, f"no entry for {slug} in: {result.out}"
    return entry


def strings(node: Any, skip_keys: tuple[str, ...] = ()) -> list[str]:
    """Every string value in a JSON node, leaving out values under keys containing `skip_keys`."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() if not any(w in str(k) for w in skip_keys)
                for s in strings(v, skip_keys)]
    if isinstance(node, list):
        return [s for v in node for s in strings(v, skip_keys)]
    return []


def says_content_changed(text: str) -> bool:
    return "content-changed" in text or re.search(r"changed (after|since)", text) is not None


def shown_stage(clone: Clone, slug: str = SLUG) -> str:
    result = ok(clone.run("show", slug))
    match = re.search(r"^\s*stage\s+(\S+)", result.out, re.M)
    assert match, result.out
    return match.group(1)


def head(clone: Clone) -> str:
    return clone.git("rev-parse", "HEAD")


def is_merge(clone: Clone, ref: str = "HEAD") -> bool:
    return len(clone.git("rev-list", "--parents", "-n", "1", ref).split()) == 3


def edit_claim(clone: Clone, claim_id: str, **changes: str) -> None:
    """Change one claim's fields in factcheck.yaml (a plain edit of the file, not a command)."""
    path = clone.story_dir(SLUG) / "factcheck.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    claim = next(c for c in data["claims"] if c["id"] == claim_id)
    claim.update(changes)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000),
                    encoding="utf-8")


def findings_for(found: list[dict[str, Any]], slug: str) -> list[dict[str, Any]]:
    return [f for f in found if f["story"] == slug]


# 1. Stage spellings: status --format json and verify agree -------------------------------

PUBLISHED_SPELLINGS = {
    "quoted key": '"stage": published',
    "str tag": "stage: !!str published",
    "anchor": "stage: &s published",
    "trailing carriage return": "stage: published\r",
    "block scalar": "stage: |-\n  published",
    "complex key": "? stage\n: published",
}


@pytest.mark.parametrize("spelling", PUBLISHED_SPELLINGS.values(), ids=list(PUBLISHED_SPELLINGS))
def test_a_draft_spelled_published_is_published_on_the_board_and_forged_in_verify(
    team: Team, spelling: str
) -> None:
    rosa = team.reporter
    sub_line(story_md(rosa), r"^stage: draft$", spelling)
    forge(rosa, "rtorres", "tidy up")
    assert shown_stage(rosa) == "published"
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.hand-edited-stage" in checks(findings_for(found, SLUG)), found
    entry = status_entry(rosa)  # the board reads the same stage verify refuses
    assert entry.get("stage") == "published" or (
        "stage" not in entry and "published" in strings(entry)
    ), entry


# 2. A decoy byline inside a quoted dek -------------------------------------------------

DECOY_DEKS = {
    "unindented": 'dek: "The vote ends a long debate.\nbyline: [rtorres]\nMore to come."',
    "indented": 'dek: "The vote ends a long debate.\n  byline: [rtorres]\n  More to come."',
}


@pytest.mark.parametrize("dek", DECOY_DEKS.values(), ids=list(DECOY_DEKS))
def test_a_decoy_byline_in_the_dek_does_not_hide_a_self_signoff(team: Team, dek: str) -> None:
    rosa = team.reporter
    path = story_md(rosa)
    sub_line(path, r"^byline: \[rtorres\]$", "byline: [rtorres, gbell]")
    sub_line(path, r"^dek: .*$", dek)
    credits = rosa.story_dir(SLUG) / "credits.yaml"
    credits.write_text(
        credits.read_text() + "  - name: Grace Bell\n    role: writing\n    person: gbell\n"
    )
    forge(rosa, "rtorres", "Grace co-writes; a longer dek")
    synced(rosa)
    signed_through(team, "publish")
    grace = synced(team.chief)
    assert "byline: [rtorres, gbell]" in story_md(grace).read_text()
    assert grace.run("publish", SLUG).code == 1  # the product reads the real byline
    pin = pinned_hash(grace)
    sub_line(story_md(grace), r"^stage: publish$", "stage: published")
    forge(grace, "gbell",
          trailers("publish", "published", "publish") + f"Newsroom-Content-Hash: {pin}\n")
    code, found = verify(grace)
    assert code == 1
    assert "signoff.self-signoff" in checks(found), found


# 3. Skipped stages ---------------------------------------------------------------------


def test_a_story_born_at_publish_with_matching_trailers_is_caught(
    tmp_path: Path, env: dict[str, str]
) -> None:
    # the same story signed through honestly elsewhere gives the exact folder and its pin
    other = make_team(tmp_path / "other", env)
    signed_through(other, "publish")
    folder = other.checker.story_dir(SLUG)
    pin = pinned_hash(other.checker)

    fresh = make_newsroom(tmp_path / "fresh", env)
    shutil.copytree(folder, fresh.story_dir(SLUG))
    assert stage_of(fresh) == "publish"
    forge(fresh, "lpark", trailers("fact-check", "publish") + f"Newsroom-Content-Hash: {pin}\n")
    fresh.act_as("gbell")
    fresh.run("publish", SLUG)  # whether or not the product lets it through, verify must not
    code, found = verify(fresh)
    assert code == 1
    assert findings_for(found, SLUG), found


def test_a_story_deleted_and_refiled_at_a_later_stage_is_caught(team: Team) -> None:
    signed_through(team, "contributor-credit")
    rosa = synced(team.reporter)
    rosa.git("rm", "-r", "-q", f"stories/{SLUG}")
    forge(rosa, "rtorres", "drop the seawall story")
    assert not rosa.story_dir(SLUG).exists()
    rosa.write_story(SLUG, front={"stage": "fact-check"})
    forge(rosa, "rtorres", "file the seawall story again")
    code, found = verify(rosa)
    assert code == 1
    assert findings_for(found, SLUG), found


# 4. Merges -----------------------------------------------------------------------------


def test_an_honest_merge_of_two_signoffs_on_two_stories_verifies(team: Team) -> None:
    rosa, emeka = team.reporter, team.editor
    rosa.write_story(OTHER, front={"headline": "Harbor City installs a tide gauge"})
    rosa.commit_filing(OTHER, f"file {OTHER}")  # its verdicts by the checker they name
    synced(rosa)
    synced(emeka)
    ok(rosa.run("advance", SLUG))  # story A, by the reporter on its byline
    ok(emeka.run("advance", OTHER))  # story B, by an editor, in another clone
    synced(emeka)
    rosa.git("pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert is_merge(rosa)
    rosa.git("push", "-q", "origin", "HEAD:main")
    assert stage_of(rosa, SLUG) == "contributor-credit"
    assert stage_of(rosa, OTHER) == "contributor-credit"
    assert verify(rosa) == (0, [])


def test_an_honest_merge_taking_the_stage_from_one_side_and_the_body_from_the_other(
    team: Team,
) -> None:
    rosa, emeka = team.reporter, team.editor
    ok(emeka.run("advance", SLUG))  # draft -> contributor-credit, by an editor
    synced(emeka)
    edit_body(rosa, "Residents filled the council chamber", "Residents packed the council chamber")
    forge(rosa, "rtorres", "tighten the residents paragraph")
    rosa.git("pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert is_merge(rosa)
    assert stage_of(rosa) == "contributor-credit"
    assert "Residents packed the council chamber" in story_md(rosa).read_text()
    rosa.git("push", "-q", "origin", "HEAD:main")
    assert verify(rosa) == (0, [])


# 5. Content changed after the fact-check -----------------------------------------------


def test_a_body_edit_after_the_fact_check_is_caught(team: Team) -> None:
    signed_through(team, "publish")
    rosa = synced(team.reporter)
    edit_body(rosa)
    forge(rosa, "rtorres", "one more word")
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.content-changed" in checks(found), found


def test_a_body_edit_after_publication_is_caught(team: Team) -> None:
    signed_through(team, "published")
    rosa = synced(team.reporter)
    assert stage_of(rosa) == "published"
    edit_body(rosa)
    forge(rosa, "rtorres", "one more word")
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.content-changed" in checks(found), found


def test_a_hand_made_publish_with_the_old_hash_over_a_new_body_is_caught(team: Team) -> None:
    signed_through(team, "publish")
    grace = synced(team.chief)
    pin = pinned_hash(grace)
    edit_body(grace)
    sub_line(story_md(grace), r"^stage: publish$", "stage: published")
    forge(grace, "gbell",
          trailers("publish", "published", "publish") + f"Newsroom-Content-Hash: {pin}\n")
    code, found = verify(grace)
    assert code == 1
    assert "signoff.content-changed" in checks(found), found


def test_an_image_swapped_after_the_fact_check_is_caught(team: Team) -> None:
    rosa = team.reporter
    image = rosa.story_dir(SLUG) / "media" / "crews.png"
    assert "file: media/crews.png" in story_md(rosa).read_text()  # the fixture's one image
    signed_through(team, "publish")
    synced(rosa)
    before = image.read_bytes()
    image.write_bytes(png((200, 30, 30)))
    assert image.read_bytes() != before
    forge(rosa, "rtorres", "better crop")
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.content-changed" in checks(found), found


# 6. The same edit shows up at once in check, status, show, ci and publish ----------------


def edited_after_fact_check(team: Team) -> Clone:
    """The story at publish, its body edited by the reporter with plain git and pushed;
    returns the second editor's clone, synced."""
    signed_through(team, "publish")
    rosa = synced(team.reporter)
    edit_body(rosa)
    forge(rosa, "rtorres", "one more word")
    synced(rosa)
    return synced(team.chief)


def test_an_edit_after_fact_check_fails_check(team: Team) -> None:
    grace = edited_after_fact_check(team)
    result = grace.run("check", SLUG, "--format", "json")
    assert result.code == 1, result.text
    assert "signoff.content-changed" in checks(json.loads(result.out)["findings"])


def test_an_edit_after_fact_check_shows_on_the_status_board(team: Team) -> None:
    grace = edited_after_fact_check(team)
    entry = status_entry(grace)
    values = strings(entry, skip_keys=("change", "headline", "dek"))
    assert any(says_content_changed(v) for v in values), entry


def test_an_edit_after_fact_check_shows_on_the_card(team: Team) -> None:
    grace = edited_after_fact_check(team)
    result = grace.run("show", SLUG)
    assert result.code in (0, 1), result.text
    assert says_content_changed(result.text), result.text


def test_an_edit_after_fact_check_fails_ci(team: Team) -> None:
    grace = edited_after_fact_check(team)
    result = grace.run("ci")
    assert result.code == 1, result.text


def test_an_edit_after_fact_check_is_not_published(team: Team) -> None:
    grace = edited_after_fact_check(team)
    before = head(grace)
    result = grace.run("publish", SLUG)
    assert result.code == 1, result.text
    assert head(grace) == before and stage_of(grace) == "publish"


# 7. Claim verdicts ---------------------------------------------------------------------


def test_a_reporter_appending_a_verified_claim_is_caught(team: Team) -> None:
    rosa = team.reporter
    factcheck = rosa.story_dir(SLUG) / "factcheck.yaml"
    factcheck.write_text(
        factcheck.read_text() + NEW_CLAIM + "    status: verified\n    checked_by: lpark\n"
    )
    forge(rosa, "rtorres", "one more claim")
    code, found = verify(rosa)
    assert code == 1
    assert "claim.forged-verdict" in checks(found), found
    assert rosa.run("ci").code == 1


def add_claim(clone: Clone) -> None:
    """The reporter records the 'deciding-vote' claim with the real command (it commits)."""
    before = head(clone)
    ok(clone.run("claim", SLUG, "add", "cast the deciding vote", "--source", "whitfield",
                 "--id", "deciding-vote"))
    assert head(clone) != before and clone.git("status", "--porcelain") == ""


def test_a_reporter_marking_an_existing_claim_verified_is_caught(team: Team) -> None:
    rosa = team.reporter
    add_claim(rosa)
    assert "status: unverified" in (rosa.story_dir(SLUG) / "factcheck.yaml").read_text()
    edit_claim(rosa, "deciding-vote", status="verified", checked_by="lpark")
    forge(rosa, "rtorres", "checked it myself")
    code, found = verify(rosa)
    assert code == 1
    assert "claim.forged-verdict" in checks(found), found
    assert rosa.run("ci").code == 1


def test_an_honest_claim_verdict_is_its_own_commit_and_verifies(team: Team) -> None:
    rosa = team.reporter
    add_claim(rosa)
    synced(rosa)
    lena = synced(team.checker)
    before = head(lena)
    ok(lena.run("claim", SLUG, "verify", "deciding-vote", "--status", "verified",
                "--evidence", URL))
    assert head(lena) != before
    assert lena.git("log", "-1", "--format=%an") == "Lena Park"
    assert lena.git("status", "--porcelain") == ""
    assert verify(lena) == (0, [])


def verified_then_retexted(team: Team) -> Clone:
    """Lena verifies 'deciding-vote' at fact-check; then the reporter, with plain git, points
    the claim at other words of the body. Returns the reporter's clone."""
    rosa = team.reporter
    add_claim(rosa)
    synced(rosa)
    signed_through(team, "fact-check")
    lena = synced(team.checker)
    ok(lena.run("claim", SLUG, "verify", "deciding-vote", "--status", "verified",
                "--evidence", URL))
    synced(lena)
    synced(rosa)
    assert rosa.run("check", SLUG, "--stage", "fact-check").code == 0  # clean before
    edit_claim(rosa, "deciding-vote", text="the city could not afford to wait")
    forge(rosa, "rtorres", "a better quote for the claim")
    return rosa


def claim_row(listing: str, claim_id: str) -> str:
    rows = [line for line in listing.splitlines() if claim_id in line]
    assert rows, listing
    return rows[0]


def test_a_verified_claim_whose_text_changed_is_stale_in_the_list(team: Team) -> None:
    rosa = verified_then_retexted(team)
    row = claim_row(ok(rosa.run("claim", SLUG, "list")).out, "deciding-vote")
    assert "stale" in row or not re.search(r"(?<![\w-])verified\b", row), row


def test_a_verified_claim_whose_text_changed_blocks_the_fact_check_gate(team: Team) -> None:
    rosa = verified_then_retexted(team)
    result = rosa.run("check", SLUG, "--stage", "fact-check", "--format", "json")
    assert result.code == 1, result.text
    found = json.loads(result.out)["findings"]
    assert any(f["file"].endswith("factcheck.yaml") or "claim" in f["check"]
               or "deciding-vote" in f["message"] for f in found), found


# 8. Anonymous sources ------------------------------------------------------------------


def test_a_reporter_approving_an_anonymous_source_is_caught(team: Team) -> None:
    rosa = team.reporter
    sources = rosa.story_dir(SLUG) / "sources.yaml"
    sources.write_text(
        sources.read_text()
        + "  - id: council-aide\n"
        "    name: A council aide familiar with the negotiations\n"
        "    kind: person\n"
        "    anonymous: true\n"
        "    why_anonymous: She would lose her job for disclosing negotiations that are not"
        " public.\n"
    )
    forge(rosa, "rtorres", "an anonymous source")
    assert verify(rosa) == (0, [])  # listing the source, without an approval, is no forgery
    sources.write_text(sources.read_text() + "    anonymity_approved_by: eokafor\n")
    forge(rosa, "rtorres", "Emeka said yes")
    code, found = verify(rosa)
    assert code == 1
    assert "source.forged-approval" in checks(found), found


# 9. The roster -------------------------------------------------------------------------


def promote_rosa(clone: Clone) -> None:
    roster = clone.path / "newsroom.yaml"
    text = roster.read_text()
    assert "  - id: rtorres\n" in text
    new = re.sub(r"(  - id: rtorres\n(?:    .*\n)*?    roles: )\[reporter\]",
                 lambda m: m.group(1) + "[reporter, editor]", text, count=1)
    assert new != text
    roster.write_text(new)


def test_a_reporter_giving_herself_the_editor_role_is_caught(team: Team) -> None:
    rosa = team.reporter
    promote_rosa(rosa)
    forge(rosa, "rtorres", "fix my roles")
    code, found = verify(rosa)
    assert code == 1
    assert "roster.unauthorized-change" in checks(found), found


def test_signoffs_relying_on_a_self_given_role_are_judged_by_the_old_roster(team: Team) -> None:
    signed_through(team, "contributor-credit")
    rosa = synced(team.reporter)
    promote_rosa(rosa)
    forge(rosa, "rtorres", "fix my roles")
    if rosa.run("advance", SLUG).code != 0:  # the product may refuse already; forge it then
        set_stage(rosa, "fact-check")
        forge(rosa, "rtorres", trailers("contributor-credit", "fact-check"))
    assert stage_of(rosa) == "fact-check"
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.wrong-role" in checks(found), found


def test_an_editor_changing_the_roster_is_no_finding(team: Team) -> None:
    signed_through(team, "contributor-credit")
    emeka = synced(team.editor)
    promote_rosa(emeka)
    forge(emeka, "eokafor", "Rosa edits the weekend desk")
    synced(emeka)
    assert verify(emeka) == (0, [])
    rosa = synced(team.reporter)
    ok(rosa.run("advance", SLUG))  # contributor-credit takes an editor, which she now is
    assert verify(rosa) == (0, [])


# 10. Byline and credits after the contributor-credit sign-off ----------------------------


def test_a_byline_changed_after_contributor_credit_is_caught(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa = synced(team.reporter)
    sub_line(story_md(rosa), r"^byline: \[rtorres\]$", "byline: [rtorres, mchen]")
    forge(rosa, "rtorres", "Maria helped")
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.byline-changed" in checks(found), found


def test_credits_changed_after_contributor_credit_are_caught(team: Team) -> None:
    signed_through(team, "fact-check")
    rosa = synced(team.reporter)
    credits = rosa.story_dir(SLUG) / "credits.yaml"
    credits.write_text(
        credits.read_text() + "  - name: Maria Chen\n    role: reporting\n    person: mchen\n"
    )
    forge(rosa, "rtorres", "Maria helped")
    code, found = verify(rosa)
    assert code == 1
    assert "signoff.credits-changed" in checks(found), found


# 11. A way back ------------------------------------------------------------------------


def forged_and_pushed(team: Team) -> str:
    """The reporter moves the draft to publish by hand and pushes it; returns the sha."""
    rosa = team.reporter
    set_stage(rosa, "publish")
    forge(rosa, "rtorres", "move it along")
    sha = head(rosa)
    synced(rosa)
    assert verify(rosa)[0] == 1
    return sha


@pytest.mark.parametrize("who", ["reporter", "editor"])
def test_reverting_a_forged_stage_commit_verifies_again(team: Team, who: str) -> None:
    sha = forged_and_pushed(team)
    clone = synced(getattr(team, who))  # a revert is plain git: anyone may make it
    clone.git("revert", "--no-edit", sha)
    assert stage_of(clone) == "draft"
    synced(clone)
    assert verify(clone) == (0, [])


def test_an_editor_repairs_a_forged_stage_and_verify_lists_the_repair(team: Team) -> None:
    forged_and_pushed(team)
    emeka = synced(team.editor)
    ok(emeka.run("repair", SLUG, "--to", "draft", "--reason", "undo hand edit"))
    assert stage_of(emeka) == "draft"
    sha = head(emeka)
    text = emeka.run("verify")
    assert text.code == 0, text.text
    assert "repair" in text.out.lower(), text.out
    result = emeka.run("verify", "--format", "json")
    assert result.code == 0, result.text
    data = json.loads(result.out)
    assert data["findings"] == []
    repairs = data["repairs"]
    assert len(repairs) == 1, repairs
    repair = repairs[0]
    values = strings(repair)
    assert SLUG in values, repair
    assert any(len(v) >= 7 and re.fullmatch(r"[0-9a-f]+", v) and sha.startswith(v)
               for v in values), repair
    assert any("Emeka Okafor" in v for v in values), repair
    assert any("undo hand edit" in v for v in values), repair


def test_a_reporter_may_not_repair(team: Team) -> None:
    forged_and_pushed(team)
    rosa = team.reporter
    before = head(rosa)
    result = rosa.run("repair", SLUG, "--to", "draft", "--reason", "undo hand edit")
    assert result.code == 1, result.text
    assert "Traceback" not in result.text
    assert rosa.git("status", "--porcelain") == ""
    assert head(rosa) == before


def test_repair_to_a_stage_that_does_not_exist_is_bad_input(team: Team) -> None:
    emeka = team.editor
    before = head(emeka)
    result = emeka.run("repair", SLUG, "--to", "nonsense", "--reason", "undo hand edit")
    assert result.code == 2, result.text
    assert "No such command" not in result.text and "Traceback" not in result.text
    assert head(emeka) == before


# 12. newsroom diff ---------------------------------------------------------------------


def marked(out: str, word: str, sign: str) -> bool:
    """Whether `word` is shown marked as added (+) or removed (-) in a diff's output."""
    label = {"+": ("added", "inserted"), "-": ("removed", "deleted")}[sign]
    s = re.escape(sign)
    for line in out.splitlines():
        if word not in line:
            continue
        if line.lstrip().startswith(sign):  # a unified diff line
            return True
        if re.search(rf"[\[{{]{s}[^\]}}]*\b{word}\b", line):  # word diff: {+word+} [-word-]
            return True
        if re.search(rf"{s}\s*{word}\b", line):
            return True
        if any(w in line.lower() for w in label):
            return True
    return False


def test_diff_shows_the_words_changed_since_the_fact_check(team: Team) -> None:
    signed_through(team, "publish")
    rosa = synced(team.reporter)
    edit_body(rosa)
    forge(rosa, "rtorres", "one more word")
    result = rosa.run("diff", SLUG)
    assert result.code in (0, 1), result.text
    assert "Traceback" not in result.text
    assert marked(result.out, "typhoon", "+"), result.out
    assert marked(result.out, "hurricane", "-"), result.out


def test_diff_since_contributor_credit(team: Team) -> None:
    signed_through(team, "publish")
    rosa = synced(team.reporter)
    edit_body(rosa)
    forge(rosa, "rtorres", "one more word")
    result = rosa.run("diff", SLUG, "--since", "contributor-credit")
    assert result.code in (0, 1), result.text
    assert "Traceback" not in result.text
    assert marked(result.out, "typhoon", "+"), result.out
    assert marked(result.out, "hurricane", "-"), result.out


def test_diff_of_a_story_never_fact_checked_says_so_in_one_line(team: Team) -> None:
    rosa = team.reporter
    result = rosa.run("diff", SLUG)
    assert result.code in (1, 2), result.text
    assert "Traceback" not in result.text
    assert len(result.text.strip().splitlines()) == 1, result.text

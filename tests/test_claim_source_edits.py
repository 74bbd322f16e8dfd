"""claim edit/remove and source edit/remove against a real git repository, judged by verify."""

from __future__ import annotations

import yaml

from tests.helpers import Clone, snapshot

SLUG = "harbor-seawall"
LONGER = "The wall will run 2.4 miles from the Pelican Street pier"


def _filed(room: Clone, stage: str = "") -> Clone:
    """The clean story filed by its reporter, its verdicts committed by the fact-checker."""
    room.act_as("rtorres")
    room.write_story(SLUG, front={"stage": stage} if stage else None)
    room.commit_filing(SLUG, "file story")
    return room


def _data(room: Clone, name: str) -> dict:
    return yaml.safe_load((room.story_dir(SLUG) / name).read_text())


def _claim(room: Clone, cid: str) -> dict | None:
    return next((c for c in _data(room, "factcheck.yaml")["claims"] if c["id"] == cid), None)


def _ok(room: Clone, *args: str) -> str:
    result = room.run(*args)
    assert result.code == 0, (args, result.text)
    return result.out


def _verify_finds(room: Clone) -> list[str]:
    result = room.run("verify", "--format", "json")
    import json

    return [f["check"] for f in json.loads(result.out)["findings"]]


def test_claim_edit_text_turns_its_verdict_stale(room: Clone) -> None:
    _filed(room)
    _ok(room, "claim", SLUG, "edit", "length", "--text", LONGER)
    claim = _claim(room, "length")
    assert claim is not None and claim["text"] == LONGER
    assert claim["status"] == "verified" and claim["checked_by"] == "lpark"  # kept, not erased
    assert room.git("show", "--name-only", "--format=%s", "HEAD").split("\n") == [
        f"newsroom: {SLUG} claim length edited",
        "",
        f"stories/{SLUG}/factcheck.yaml",
    ]
    listed = _ok(room, "claim", SLUG, "list")
    assert "stale (verified before)" in listed
    checked = room.run("check", SLUG, "--stage", "fact-check", "--format", "json")
    assert "claim.stale-verdict" in checked.out
    assert _verify_finds(room) == []  # a reporter may change the words; the verdict is stale
    _ok(room.act_as("lpark"), "claim", SLUG, "verify", "length", "--status", "verified")
    assert "stale" not in _ok(room, "claim", SLUG, "list")
    assert _verify_finds(room) == []


def test_claim_edit_sources_and_note(room: Clone) -> None:
    _filed(room)
    _ok(room, "claim", SLUG, "edit", "vote", "--source", "council-minutes", "--source", "ocampo",
        "--note", "Ocampo confirmed the count")
    claim = _claim(room, "vote")
    assert claim is not None
    assert claim["sources"] == ["council-minutes", "ocampo"]
    assert claim["note"] == "Ocampo confirmed the count"
    assert room.git("status", "--porcelain") == ""


def test_claim_edit_refusals_change_nothing(room: Clone) -> None:
    _filed(room)
    before = snapshot(room.path)
    for args, expected in [
        (("edit", "nope", "--text", "x"), f"no claim 'nope'; 'newsroom claim {SLUG} list'"),
        (("edit", "vote"), "say what to change"),
        (("edit", "vote", "--text", "voted 6-1"), "is not in the body"),
        (("edit", "vote", "--source", "rumor-mill"), "no source 'rumor-mill' in sources.yaml"),
        (("edit", "vote", "--text", "ending a two-year debate"), "claim 'debate' already quotes"),
    ]:
        result = room.run("claim", SLUG, *args)
        assert result.code == 2, (args, result.text)
        assert expected in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
    assert snapshot(room.path) == before


def test_claims_are_not_changed_after_the_fact_check(room: Clone) -> None:
    _filed(room, stage="publish").act_as("lpark")
    before = snapshot(room.path)
    for args in (("edit", "vote", "--source", "ocampo"), ("edit", "vote", "--text", "voted 5-2"),
                 ("remove", "vote")):
        result = room.run("claim", SLUG, *args)
        assert result.code == 1, result.text
        assert f"newsroom return {SLUG} --to fact-check" in result.err
    assert snapshot(room.path) == before
    noted = room.run("claim", SLUG, "edit", "vote", "--note", "minutes, page 4")  # not checked
    assert noted.code == 0, noted.text


def test_claim_remove_unverified_by_anyone(room: Clone) -> None:
    _filed(room)
    _ok(room, "claim", SLUG, "add", "cast the deciding vote", "--source", "whitfield",
        "--id", "deciding")
    _ok(room, "claim", SLUG, "remove", "deciding")
    assert _claim(room, "deciding") is None
    assert room.git("log", "-1", "--format=%s") == f"newsroom: {SLUG} claim deciding removed"
    assert _verify_finds(room) == []


def test_claim_remove_with_a_verdict_is_the_checkers(room: Clone) -> None:
    _filed(room).act_as("rtorres")
    before = snapshot(room.path)
    refused = room.run("claim", SLUG, "remove", "vote")
    assert refused.code == 1, refused.text
    assert "claim 'vote' carries a verdict (verified, by lpark)" in refused.err
    assert "Lena Park" in refused.err
    assert snapshot(room.path) == before
    _ok(room.act_as("lpark"), "claim", SLUG, "remove", "vote")
    assert _claim(room, "vote") is None
    assert _verify_finds(room) == []


def test_verify_flags_a_verdict_removed_by_someone_else(room: Clone) -> None:
    _filed(room)
    room.act_as("rtorres")
    path = room.story_dir(SLUG) / "factcheck.yaml"
    data = yaml.safe_load(path.read_text())
    data["claims"] = [c for c in data["claims"] if c["id"] != "vote"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    room.commit_all("drop the vote claim")
    result = room.run("verify")
    assert result.code == 1, result.text
    assert "claim.forged-verdict" in result.out
    assert "removed claim 'vote', and with it lpark's verdict 'verified'" in result.out


def test_source_edit_changes_only_what_is_given(room: Clone) -> None:
    _filed(room)
    _ok(room, "source", SLUG, "edit", "ortega", "--affiliation", "State environment agency",
        "--contact", "555-0100")
    source = next(s for s in _data(room, "sources.yaml")["sources"] if s["id"] == "ortega")
    assert source == {"id": "ortega", "name": "Luis Ortega", "kind": "person",
                      "affiliation": "State environment agency", "contact": "555-0100"}
    _ok(room, "source", SLUG, "edit", "ortega", "--contact", "")
    source = next(s for s in _data(room, "sources.yaml")["sources"] if s["id"] == "ortega")
    assert "contact" not in source
    assert room.git("log", "-1", "--format=%s") == f"newsroom: {SLUG} edit source ortega"
    assert _verify_finds(room) == []


def test_source_anonymity_is_approved_by_the_editor_who_gives_it(room: Clone) -> None:
    _filed(room)
    why = ("--why", "She would lose her job for talking to us.")
    room.act_as("rtorres")
    before = snapshot(room.path)
    refused = room.run("source", SLUG, "edit", "malone", "--anonymous", *why,
                                         "--approved-by", "eokafor")
    assert refused.code == 1, refused.text
    assert "only Emeka Okafor can record Emeka Okafor's approval" in refused.err
    assert snapshot(room.path) == before
    _ok(room.act_as("eokafor"), "source", SLUG, "edit", "malone", "--anonymous", *why,
        "--approved-by", "eokafor")
    source = next(s for s in _data(room, "sources.yaml")["sources"] if s["id"] == "malone")
    assert source["anonymous"] is True and source["anonymity_approved_by"] == "eokafor"
    assert _verify_finds(room) == []
    # the reporter may change the description; the approval stands as the editor gave it
    _ok(room.act_as("rtorres"), "source", SLUG, "edit", "malone", "--name", "A resident")
    assert _verify_finds(room) == []
    _ok(room, "source", SLUG, "edit", "malone", "--named", "--name", "Teresa Malone")
    source = next(s for s in _data(room, "sources.yaml")["sources"] if s["id"] == "malone")
    assert "anonymous" not in source and "anonymity_approved_by" not in source


def test_verify_flags_an_approval_recorded_by_someone_else(room: Clone) -> None:
    _filed(room)
    room.act_as("rtorres")
    path = room.story_dir(SLUG) / "sources.yaml"
    text = path.read_text()
    line = "    affiliation: Bayview Drive resident\n"
    assert line in text
    path.write_text(text.replace(line, line + "    anonymous: true\n"
                                 "    why_anonymous: She would lose her job for talking to us.\n"
                                 "    anonymity_approved_by: eokafor\n"))
    room.commit_all("malone anonymous")
    assert "source.forged-approval" in _verify_finds(room)


def test_source_approver_errors_say_what_is_wrong(room: Clone) -> None:
    _filed(room).act_as("eokafor")
    before = snapshot(room.path)
    why = ("--why", "She would lose her job for talking to us.")
    editors = "eokafor (Emeka Okafor), gbell (Grace Bell)"
    for approver, expected in [
        ("zz", "'zz' is not on the roster in newsroom.yaml"),
        ("rtorres", "Rosa Torres (rtorres) is not an editor (reporter)"),
        ("", "needs the approving editor's roster id (--approved-by <editor-id>)"),
    ]:
        for args in (("add", "aide", "An aide"), ("edit", "malone")):
            result = room.run("source", SLUG, *args, "--anonymous", *why,
                              "--approved-by", approver)
            assert result.code == 2, result.text
            assert expected in result.err and editors in result.err, result.err
            assert len(result.err.strip().splitlines()) == 1
    assert snapshot(room.path) == before


def test_source_remove_refuses_while_a_claim_cites_it(room: Clone) -> None:
    _filed(room)
    before = snapshot(room.path)
    refused = room.run("source", SLUG, "remove", "ocampo")
    assert refused.code == 2, refused.text
    fix = f"newsroom claim {SLUG} remove most-expensive"
    assert "claim 'most-expensive' cites source 'ocampo'" in refused.err and fix in refused.err
    assert snapshot(room.path) == before
    room.act_as("lpark")
    _ok(room, *fix.split()[1:])
    _ok(room, "source", SLUG, "remove", "ocampo")
    assert "ocampo" not in [s["id"] for s in _data(room, "sources.yaml")["sources"]]


def test_source_remove_names_the_edit_that_frees_it(room: Clone) -> None:
    _filed(room)
    _ok(room, "claim", SLUG, "edit", "vote", "--source", "council-minutes", "--source", "ocampo")
    room.act_as("lpark")
    _ok(room, "claim", SLUG, "remove", "most-expensive")
    refused = room.run("source", SLUG, "remove", "ocampo")
    fix = f"newsroom claim {SLUG} edit vote --source council-minutes"
    assert refused.code == 2 and fix in refused.err, refused.text
    _ok(room, *fix.split()[1:])
    _ok(room, "source", SLUG, "remove", "ocampo")
    assert _verify_finds(room) == []


def test_edits_keep_the_files_comments(room: Clone) -> None:
    _filed(room)
    anchors = (("sources.yaml", "  - id: ortega\n"), ("factcheck.yaml", "  - id: vote\n"))
    for name, anchor in anchors:
        path = room.story_dir(SLUG) / name
        path.write_text(path.read_text().replace(anchor, f"  # checked by phone\n{anchor}"))
    room.act_as("lpark").commit_all("notes")
    _ok(room, "source", SLUG, "edit", "ortega", "--affiliation", "State environment agency")
    _ok(room, "claim", SLUG, "edit", "vote", "--note", "minutes page 4")
    for name in ("sources.yaml", "factcheck.yaml"):
        assert "  # checked by phone\n" in (room.story_dir(SLUG) / name).read_text(), name

"""credit, source and claim commands against a real git repository."""

from __future__ import annotations

import yaml

from tests.helpers import Clone, snapshot

SLUG = "harbor-seawall"


def _story(room: Clone) -> Clone:
    room.write_story(SLUG)
    room.commit_all("file story")
    return room


def _data(room: Clone, name: str) -> dict:
    return yaml.safe_load((room.story_dir(SLUG) / name).read_text())


def _last_commit_files(room: Clone) -> list[str]:
    return room.git("show", "--name-only", "--format=", "HEAD").split()


def test_credit_add_list_remove(room: Clone) -> None:
    _story(room)
    added = room.run(
        "credit", SLUG, "add", "Maria Chen", "--role", "additional-reporting", "--person", "mchen"
    )
    assert added.code == 0, added.text
    entry = _data(room, "credits.yaml")["contributors"][-1]
    assert entry == {"name": "Maria Chen", "role": "additional-reporting", "person": "mchen"}
    assert _last_commit_files(room) == [f"stories/{SLUG}/credits.yaml"]
    assert (
        room.git("log", "-1", "--format=%an <%ae>") == "Emeka Okafor <emeka.okafor@coastal.example>"
    )
    listed = room.run("credit", SLUG, "list")
    assert listed.code == 0 and "Maria Chen" in listed.out and "additional-reporting" in listed.out
    removed = room.run("credit", SLUG, "remove", "Maria Chen")
    assert removed.code == 0, removed.text
    names = [c["name"] for c in _data(room, "credits.yaml")["contributors"]]
    assert "Maria Chen" not in names
    assert room.git("status", "--porcelain") == ""
    by_id = room.run("credit", SLUG, "add", "gbell", "--role", "editing")
    assert by_id.code == 0, by_id.text
    entry = _data(room, "credits.yaml")["contributors"][-1]
    assert entry == {"name": "Grace Bell", "role": "editing", "person": "gbell"}


def test_credit_refuses_bad_input_and_changes_nothing(room: Clone) -> None:
    _story(room)
    before = snapshot(room.path)
    for args, expected in [
        (("add", "Maria Chen", "--role", "sidekick"), "not a credit role"),
        (("add", "Maria Chen", "--role", "reporting", "--person", "zz"), "not on the roster"),
        (("add", "Rosa Torres", "--role", "reporting"), "already credited"),
        (("remove", "Nobody Here"), "no credit for 'Nobody Here'"),
    ]:
        result = room.run("credit", SLUG, *args)
        assert result.code == 2, result.text
        assert expected in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert (
        "credits.yaml:2"
        in room.run("credit", SLUG, "add", "Rosa Torres", "--role", "reporting").err
    )
    assert snapshot(room.path) == before


def test_source_add_named_and_anonymous(room: Clone) -> None:
    _story(room)
    result = room.run(
        "source", SLUG, "add", "engineer", "Gerald Finch", "--affiliation", "City engineer"
    )
    assert result.code == 0, result.text
    result = room.run(
        "source",
        SLUG,
        "add",
        "insider",
        "City official familiar with the negotiations",
        "--anonymous",
        "--why",
        "She would lose her job for disclosing talks that are not public.",
        "--approved-by",
        "eokafor",
    )
    assert result.code == 0, result.text
    added = _data(room, "sources.yaml")["sources"][-1]
    assert added["anonymous"] is True and added["anonymity_approved_by"] == "eokafor"
    assert _last_commit_files(room) == [f"stories/{SLUG}/sources.yaml"]
    listed = room.run("source", SLUG, "list")
    assert "engineer" in listed.out and "approved by eokafor" in listed.out


def test_source_refusals_change_nothing(room: Clone) -> None:
    _story(room)
    before = snapshot(room.path)
    for args, expected in [
        (("add", "whitfield", "Someone Else"), "sources.yaml:2"),
        (("add", "Bad Id", "Someone"), "not a source id"),
        (("add", "x1", "Someone", "--kind", "rumor"), "'rumor' is not one of"),
        (
            (
                "add",
                "x2",
                "An official",
                "--anonymous",
                "--why",
                "not authorized to speak publicly",
                "--approved-by",
                "eokafor",
            ),
            "real reason",
        ),
        (
            (
                "add",
                "x3",
                "An official",
                "--anonymous",
                "--why",
                "She would lose her job for talking to us.",
                "--approved-by",
                "rtorres",
            ),
            "editor",
        ),
    ]:
        result = room.run("source", SLUG, *args)
        assert result.code == 2, result.text
        assert expected in result.err, result.err
    assert snapshot(room.path) == before


def test_claim_add_verify_list(room: Clone) -> None:
    _story(room)
    (room.story_dir(SLUG) / "factcheck.yaml").write_text("claims: []\nwaivers: []\n")
    room.commit_all("start over on claims")
    added = room.run("claim", SLUG, "add", "voted 5-2 on Tuesday", "--source", "council-minutes")
    assert added.code == 0, added.text
    claim = _data(room, "factcheck.yaml")["claims"][0]
    assert claim == {
        "id": "voted-5-2-on",
        "text": "voted 5-2 on Tuesday",
        "sources": ["council-minutes"],
        "status": "unverified",
    }
    room.act_as("rtorres")
    refused = room.run("claim", SLUG, "verify", "voted-5-2-on", "--status", "verified")
    assert refused.code == 1 and "not a fact-checker" in refused.err
    room.act_as("lpark")
    verified = room.run(
        "claim",
        SLUG,
        "verify",
        "voted-5-2-on",
        "--status",
        "verified",
        "--evidence",
        "https://harborcity.example/council/minutes",
    )
    assert verified.code == 0, verified.text
    claim = _data(room, "factcheck.yaml")["claims"][0]
    assert claim["status"] == "verified" and claim["checked_by"] == "lpark"
    assert room.git("log", "-1", "--format=%ae") == "lena.park@coastal.example"
    assert _last_commit_files(room) == [f"stories/{SLUG}/factcheck.yaml"]
    listed = room.run("claim", SLUG, "list")
    assert "voted-5-2-on" in listed.out and "16:" in listed.out


def test_fact_checker_on_the_byline_cannot_verify(room: Clone) -> None:
    room.write_story(SLUG, front={"byline": ["rtorres", "lpark"]})
    room.commit_all("file story")
    room.act_as("lpark")
    before = snapshot(room.path)
    result = room.run("claim", SLUG, "verify", "vote", "--status", "verified")
    assert result.code == 1 and "on the byline" in result.err
    assert snapshot(room.path) == before


def test_claim_refusals_change_nothing(room: Clone) -> None:
    _story(room)
    room.act_as("lpark")
    before = snapshot(room.path)
    for args, expected in [
        (("add", "voted 9-0 on Sunday", "--source", "council-minutes"), "is not in the body"),
        (("add", "the", "--source", "council-minutes"), "appears"),
        (("add", "The wall will run 2.4 miles", "--source", "nobody"), "no source 'nobody'"),
        (("add", "The wall will run", "--source", "ortega", "--id", "vote"), "factcheck.yaml:2"),
        (("add", "The wall will run 2.4 miles", "--source", "ortega"), "already quotes"),
        (("verify", "nope", "--status", "verified"), "no claim 'nope'"),
        (("verify", "vote", "--status", "maybe"), "'maybe' is not one of"),
        (("verify", "vote", "--status", "verified", "--evidence", "minutes"), "not a URL"),
    ]:
        result = room.run("claim", SLUG, *args)
        assert result.code == 2, (args, result.text)
        assert expected in result.err, (args, result.err)
        assert len(result.err.strip().splitlines()) == 1
    assert snapshot(room.path) == before


def test_wrong_shape_yaml_is_named_with_its_line(room: Clone) -> None:
    _story(room)
    (room.story_dir(SLUG) / "factcheck.yaml").write_text("claims:\n  id: vote\n")
    room.commit_all("break factcheck.yaml")
    before = snapshot(room.path)
    result = room.run("claim", SLUG, "add", "The wall will run 2.4 miles", "--source", "ortega")
    assert result.code == 2
    assert f"stories/{SLUG}/factcheck.yaml:2" in result.err and "must be a list" in result.err
    (room.story_dir(SLUG) / "sources.yaml").write_text(
        "sources:\n  - id: a\n    name: A\n  - id: a\n    name: B\n"
    )
    result = room.run("source", SLUG, "list")
    assert result.code == 2 and "sources.yaml:4" in result.err and "used twice" in result.err
    room.git("checkout", "--", ".")
    assert snapshot(room.path) == before


def test_claim_suggest_lists_uncovered_statements(room: Clone) -> None:
    _story(room)
    (room.story_dir(SLUG) / "factcheck.yaml").write_text("claims: []\n")
    room.commit_all("no claims yet")
    result = room.run("claim", SLUG, "suggest")
    assert result.code == 0, result.text
    assert "16:" in result.out and "$42" in result.out and "2.4" in result.out
    assert "Whitfield said after the vote" not in result.out


def test_stranger_is_refused(room: Clone) -> None:
    _story(room)
    room.git("config", "user.email", "stranger@example.org")
    before = snapshot(room.path)
    result = room.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    assert result.code == 1 and "not in the roster" in result.err
    assert snapshot(room.path) == before


def test_claim_waive_covers_a_statement(room: Clone) -> None:
    _story(room)
    (room.story_dir(SLUG) / "factcheck.yaml").write_text("claims: []\n")
    room.commit_all("no claims yet")
    room.act_as("lpark")
    before = snapshot(room.path)
    for args, expected in [
        (("waive", "9.9 miles", "--reason", "measured on the map"), "not in the body"),
        (("waive", "2.4 miles", "--reason", "ok"), "say why"),
    ]:
        result = room.run("claim", SLUG, *args)
        assert result.code == 2 and expected in result.err, result.text
    assert snapshot(room.path) == before
    done = room.run("claim", SLUG, "waive", "2.4 miles", "--reason", "measured on the city map")
    assert done.code == 0, done.text
    assert _data(room, "factcheck.yaml")["waivers"] == [
        {"text": "2.4 miles", "reason": "measured on the city map"}
    ]
    assert "2.4" not in room.run("claim", SLUG, "suggest").out
    room.act_as("rtorres")
    assert room.run("claim", SLUG, "waive", "3,200 homes", "--reason", "x y z").code == 1


def test_a_failed_commit_leaves_the_file_as_it_was(room: Clone) -> None:
    _story(room)
    before = snapshot(room.path)
    lock = room.path / ".git" / "index.lock"
    lock.write_text("")  # another git process holds the index
    try:
        result = room.run("credit", SLUG, "add", "Ana Ruiz", "--role", "research")
    finally:
        lock.unlink()
    assert result.code == 2 and ".git/index.lock" in result.err, result.text
    assert "if no git command is running, remove it" in result.err
    assert snapshot(room.path) == before
    assert room.git("status", "--porcelain") == ""


def test_edits_keep_the_files_comments(room: Clone) -> None:
    """A fact-checker's notes in YAML comments survive every edit the commands make."""
    _story(room)
    folder = room.story_dir(SLUG)
    factcheck = folder / "factcheck.yaml"
    text = factcheck.read_text()
    text = "# Lena: call the state back about the cost share.\n" + text.replace(
        "  - id: debate\n", "  # the two-year figure is from the 2024 minutes\n  - id: debate\n", 1
    )
    factcheck.write_text(text)
    credits = folder / "credits.yaml"
    credits.write_text(credits.read_text() + "  # Ana is a stringer; invoice 1142\n")
    room.commit_all("notes")
    room.act_as("lpark")
    assert room.run("claim", SLUG, "verify", "debate", "--status", "disputed").code == 0
    assert room.run("claim", SLUG, "add", "$42 million", "--source", "council-minutes").code == 0
    room.act_as("eokafor")
    assert room.run("credit", SLUG, "add", "Ana Ruiz", "--role", "additional-reporting").code == 0
    assert room.run("credit", SLUG, "remove", "Ana Ruiz").code == 0
    after = factcheck.read_text()
    assert after.startswith("# Lena: call the state back about the cost share.\n")
    assert "  # the two-year figure is from the 2024 minutes\n  - id: debate\n" in after
    claims = {c["id"]: c for c in _data(room, "factcheck.yaml")["claims"]}
    assert claims["debate"]["status"] == "disputed" and claims["debate"]["checked_by"] == "lpark"
    assert any(c["text"] == "$42 million" for c in claims.values())
    assert "# Ana is a stringer; invoice 1142" in credits.read_text()
    assert "Ana Ruiz" not in credits.read_text()
    assert room.git("status", "--porcelain") == ""
    checked = room.run("check", SLUG, "--format", "json")
    assert checked.code in (0, 1), checked.text

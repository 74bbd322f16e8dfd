"""require_signed: sign-offs are SSH-signed with the signer's roster key, and verify knows."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, PEOPLE, Clone, edit_story, snapshot
from tests.workflow.conftest import SLUG, Team, make_team, signed_through

SIGNERS = ("rtorres", "eokafor", "lpark", "gbell")


def keygen(folder: Path, person: str) -> Path:
    key = folder / f"{person}_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", person, "-f", str(key)],
                   check=True, capture_output=True)
    return key


def use_key(clone: Clone, key: Path) -> None:
    clone.git("config", "gpg.format", "ssh")
    clone.git("config", "user.signingkey", str(key))


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "keys"
    folder.mkdir()
    return {person: keygen(folder, person) for person in SIGNERS}


@pytest.fixture
def signed_team(tmp_path: Path, env: dict[str, str], keys: dict[str, Path]) -> Team:
    config = (FIXTURES / "newsroom.yaml").read_text().replace(
        "require_signed: false", "require_signed: true")
    for person, key in keys.items():
        email = PEOPLE[person][1]
        public = key.with_suffix(".pub").read_text().strip()
        config = config.replace(f"    email: {email}\n",
                                f"    email: {email}\n    signing_key: \"{public}\"\n")
    team = make_team(tmp_path, env, config, checker_key=keys["lpark"])
    for clone, person in ((team.reporter, "rtorres"), (team.editor, "eokafor"),
                          (team.checker, "lpark"), (team.chief, "gbell")):
        use_key(clone, keys[person])
    return team


def findings(clone: Clone) -> list[dict[str, str]]:
    result = clone.run("verify", "--format", "json")
    return list(json.loads(result.out)["findings"])


def test_signed_path_verifies(signed_team: Team) -> None:
    signed_through(signed_team, "published")
    grace = signed_team.chief
    for ref in ("HEAD", "HEAD~1", "HEAD~2", "HEAD~3"):
        assert "-----BEGIN SSH SIGNATURE-----" in grace.git("cat-file", "commit", ref)
    result = grace.run("verify")
    assert result.code == 0, result.text
    shown = grace.run("history", SLUG)
    assert "good" in shown.out


def test_editors_name_and_email_with_own_key_is_caught(signed_team: Team,
                                                       keys: dict[str, Path]) -> None:
    signed_through(signed_team, "contributor-credit")
    mallory = signed_team.reporter
    mallory.run("sync")
    mallory.act_as("eokafor")  # Rosa pretends to be Emeka, but signs with her own key
    use_key(mallory, keys["rtorres"])
    result = mallory.run("advance", SLUG)
    assert result.code == 1 and "not the key listed for Emeka Okafor" in result.err
    edit_story(mallory.story_dir(SLUG) / "story.md", {"stage": "fact-check"})
    mallory.git("add", "-A")
    mallory.git("commit", "-q", "-S", "-m",
                f"newsroom: {SLUG} contributor-credit -> fact-check\n\n"
                f"Newsroom-Story: {SLUG}\nNewsroom-From: contributor-credit\n"
                "Newsroom-To: fact-check\n")
    found = findings(mallory)
    bad = [f for f in found if f["check"] == "signoff.bad-signature"]
    assert bad and "rosa.torres@coastal.example" in bad[0]["message"]


def test_unsigned_signoff_is_caught(signed_team: Team) -> None:
    emeka = signed_team.editor
    edit_story(emeka.story_dir(SLUG) / "story.md", {"stage": "contributor-credit"})
    emeka.git("add", "-A")
    emeka.git("commit", "-q", "--no-gpg-sign", "-m",
              f"newsroom: {SLUG} draft -> contributor-credit\n\nNewsroom-Story: {SLUG}\n"
              "Newsroom-From: draft\nNewsroom-To: contributor-credit\n")
    assert [f["check"] for f in findings(emeka)] == ["signoff.unsigned"]


def test_signoff_that_cannot_be_signed_is_refused_before_writing(signed_team: Team) -> None:
    rosa = signed_team.reporter
    rosa.git("config", "--unset", "user.signingkey")
    before = snapshot(rosa.path)
    result = rosa.run("advance", SLUG)
    assert result.code == 1 and "no SSH signing key" in result.err
    assert snapshot(rosa.path) == before
    rosa.git("config", "user.signingkey", str(rosa.path.parent / "missing_key"))
    before = snapshot(rosa.path)
    result = rosa.run("advance", SLUG)
    assert result.code == 1
    assert snapshot(rosa.path) == before


def test_person_without_roster_key_is_refused(signed_team: Team, keys: dict[str, Path]) -> None:
    mchen = signed_team.clone("maria", "mchen")
    use_key(mchen, keys["rtorres"])
    edit_story(mchen.story_dir(SLUG) / "story.md", {"byline": ["rtorres", "mchen"]})
    mchen.commit_all("Maria joins the byline")
    before = snapshot(mchen.path)
    result = mchen.run("advance", SLUG)
    assert result.code == 1 and "has no signing_key" in result.err
    assert snapshot(mchen.path) == before


def test_claim_verdict_is_signed_with_the_checkers_key(signed_team: Team) -> None:
    lena = signed_team.checker
    result = lena.run("claim", SLUG, "verify", "debate", "--status", "disputed",
                      "--note", "the minutes show three years")
    assert result.code == 0, result.text
    assert "-----BEGIN SSH SIGNATURE-----" in lena.git("cat-file", "commit", "HEAD")
    assert "Newsroom-Verdict: disputed" in lena.git("log", "-1", "--format=%B")
    assert lena.run("verify").code == 0


def test_claim_verdict_that_cannot_be_signed_is_refused_before_writing(
        signed_team: Team) -> None:
    lena = signed_team.checker
    lena.git("config", "--unset", "user.signingkey")
    before = snapshot(lena.path)
    result = lena.run("claim", SLUG, "verify", "debate", "--status", "disputed")
    assert result.code == 1 and "no SSH signing key" in result.err
    assert snapshot(lena.path) == before


def test_roster_change_is_signed_with_the_editors_key(signed_team: Team) -> None:
    emeka = signed_team.editor
    result = emeka.run("person", "add", "jdoe", "--name", "Jane Doe", "--email",
                       "jane@example.org", "--role", "reporter")
    assert result.code == 0, result.text
    assert "-----BEGIN SSH SIGNATURE-----" in emeka.git("cat-file", "commit", "HEAD")
    assert findings(emeka) == []
    # with no signing key, the next change is refused before anything is written
    emeka.git("config", "--unset", "user.signingkey")
    before = snapshot(emeka.path)
    refused = emeka.run("person", "remove", "jdoe")
    assert refused.code == 1 and "no SSH signing key" in refused.err, refused.text
    assert snapshot(emeka.path) == before

"""Single-commit tamperings of one honest history, generated field by field.

The honest history is built once per module with the real commands: a story signed off
through fact-check (at `publish`, every claim verified by the fact-checker with `claim
verify`), and a second story still at draft with an anonymous source an editor approved.
Each case copies that repository, makes one plain-git commit (as the reporter unless said
otherwise) and runs `newsroom verify`: a tampering must exit 1, an honest change 0."""

from __future__ import annotations

import re
import shutil
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import CLEAN_STORY, Clone, git, isolated_env, make_newsroom
from tests.workflow.conftest import clone_as
from tests.workflow.test_forgeries import checks, forge, verify

SLUG = "harbor-seawall"  # at publish: signed off through fact-check
DRAFT = "tide-gauge"  # at draft
AIDE = {
    "id": "council-aide",
    "name": "A council aide familiar with the negotiations",
    "kind": "person",
    "anonymous": True,
    "why_anonymous": "She would lose her job for disclosing negotiations that are not public.",
}


# The honest history ----------------------------------------------------------------------


def fixture_claims() -> list[dict[str, Any]]:
    return yaml.safe_load((CLEAN_STORY / "factcheck.yaml").read_text())["claims"]


def unverified_claims() -> dict[str, Any]:
    """The fixture's claims as a reporter files them: no verdicts yet."""
    return {"claims": [{"id": c["id"], "text": c["text"], "sources": c["sources"],
                        "status": "unverified"} for c in fixture_claims()]}


def ok(clone: Clone, *args: str) -> None:
    result = clone.run(*args)
    assert result.code == 0, f"{args}: {result.text}"


def sub_line(path: Path, pattern: str, replacement: str) -> None:
    """Replace exactly one whole line matching `pattern` (a regex), byte for byte."""
    text = path.read_bytes().decode("utf-8")
    new, count = re.subn(pattern, lambda _: replacement, text, count=1, flags=re.M)
    assert count == 1, f"no line {pattern!r} in {path}"
    path.write_bytes(new.encode("utf-8"))


@pytest.fixture(scope="module")
def honest(tmp_path_factory: pytest.TempPathFactory) -> Clone:
    tmp = tmp_path_factory.mktemp("honest")
    env = isolated_env(tmp / "home")
    seed = make_newsroom(tmp / "seed", env).act_as("rtorres")
    seed.write_story(SLUG, files={"factcheck.yaml": unverified_claims()})
    seed.commit_all(f"file {SLUG}")
    remote = tmp / "remote.git"
    git(tmp, "clone", "-q", "--bare", str(seed.path), str(remote), env=env)
    rosa = clone_as(remote, "rosa", "rtorres", env)
    emeka = clone_as(remote, "emeka", "eokafor", env)
    lena = clone_as(remote, "lena", "lpark", env)

    ok(rosa, "advance", SLUG)
    rosa.write_story(DRAFT, files={"factcheck.yaml": unverified_claims()})
    sub_line(rosa.story_dir(DRAFT) / "story.md", r"^headline: .*$",
             "headline: Harbor City installs a tide gauge at the Pelican Street pier")
    rosa.commit_all(f"file {DRAFT}")
    ok(rosa, "sync")

    ok(emeka, "sync")
    ok(emeka, "source", DRAFT, "add", AIDE["id"], AIDE["name"], "--anonymous",
       "--why", AIDE["why_anonymous"], "--approved-by", "eokafor")
    ok(emeka, "advance", SLUG)
    ok(emeka, "sync")

    ok(lena, "sync")
    for claim in fixture_claims():
        note = ("--note", claim["note"]) if claim.get("note") else ()
        ok(lena, "claim", SLUG, "verify", claim["id"], "--status", claim["status"], *note)
    ok(lena, "advance", SLUG, "--note", "claims verified")
    ok(lena, "sync")

    ok(rosa, "sync")
    return rosa


@pytest.fixture
def case_clone(honest: Clone, tmp_path: Path) -> Clone:
    path = tmp_path / "case"
    shutil.copytree(honest.path, path, symlinks=True)
    return Clone(path, honest.env)


# Ways to change one thing ----------------------------------------------------------------


def story_md(clone: Clone, slug: str = SLUG) -> Path:
    return clone.story_dir(slug) / "story.md"


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000),
                    encoding="utf-8")


def by_id(items: list[dict[str, Any]], item_id: str) -> dict[str, Any]:
    return next(i for i in items if i.get("id") == item_id or i.get("person") == item_id)


def stage(spelling: str, slug: str = SLUG, now: str = "publish") -> Callable[[Clone], None]:
    return lambda c: sub_line(story_md(c, slug), rf"^stage: {now}$", spelling)


def body(old: str, new: str, slug: str = SLUG) -> Callable[[Clone], None]:
    return lambda c: replace_once(story_md(c, slug), old, new)


def front_line(key: str, line: str, slug: str = SLUG) -> Callable[[Clone], None]:
    return lambda c: sub_line(story_md(c, slug), rf"^{key}: .*$", line)


def claim(claim_id: str, slug: str = SLUG, **changes: str) -> Callable[[Clone], None]:
    return lambda c: edit_yaml(c.story_dir(slug) / "factcheck.yaml",
                               lambda d: by_id(d["claims"], claim_id).update(changes))


def new_claim(slug: str, **fields: str) -> Callable[[Clone], None]:
    entry = {"id": "deciding-vote", "text": "cast the deciding vote", "sources": ["whitfield"],
             **fields}
    return lambda c: edit_yaml(c.story_dir(slug) / "factcheck.yaml",
                               lambda d: d["claims"].append(entry))


def source(slug: str, source_id: str, **changes: Any) -> Callable[[Clone], None]:
    return lambda c: edit_yaml(c.story_dir(slug) / "sources.yaml",
                               lambda d: by_id(d["sources"], source_id).update(changes))


def new_source(slug: str, entry: dict[str, Any]) -> Callable[[Clone], None]:
    return lambda c: edit_yaml(c.story_dir(slug) / "sources.yaml",
                               lambda d: d["sources"].append(entry))


def credits(change: Callable[[list[dict[str, Any]]], None],
            slug: str = SLUG) -> Callable[[Clone], None]:
    return lambda c: edit_yaml(c.story_dir(slug) / "credits.yaml",
                               lambda d: change(d["contributors"]))


def roster(old: str, new: str) -> Callable[[Clone], None]:
    def change(c: Clone) -> None:
        path = c.path / "newsroom.yaml"
        text = path.read_text()
        edited, count = re.subn(old, lambda m: m.expand(new), text, count=1)
        assert count == 1, f"{old!r} not in newsroom.yaml"
        path.write_text(edited)

    return change


def roles_of(person: str) -> str:
    return rf"(  - id: {person}\n(?:    .*\n)*?    roles: )\[([^\]]*)\]"


def png(rgb: tuple[int, int, int], width: int = 8, height: int = 6) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def swap_image(c: Clone) -> None:
    image = c.story_dir(SLUG) / "media" / "crews.png"
    assert image.exists()
    image.write_bytes(png((30, 120, 200)))


def git_op(*args: str) -> Callable[[Clone], None]:
    return lambda c: c.git(*args) and None


def write(rel: str, text: str) -> Callable[[Clone], None]:
    def change(c: Clone) -> None:
        (c.path / rel).parent.mkdir(parents=True, exist_ok=True)
        (c.path / rel).write_text(text)

    return change


def file_new_draft(c: Clone) -> None:
    c.write_story("pier-repairs", files={"factcheck.yaml": unverified_claims()})
    sub_line(story_md(c, "pier-repairs"), r"^headline: .*$",
             "headline: Pelican Street pier to close for repairs")


def both(*changes: Callable[[Clone], None]) -> Callable[[Clone], None]:
    def change(c: Clone) -> None:
        for one in changes:
            one(c)

    return change


# The cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    change: Callable[[Clone], None]
    expect: int  # verify's exit code: 1 for a tampering, 0 for an honest change
    why: str  # the finding a tampering should raise (for the failure message only)
    author: str = "rtorres"


STAGE_SPELLINGS = {
    "plain": "stage: published",
    "quoted key": '"stage": published',
    "single-quoted value": "stage: 'published'",
    "double-quoted value": 'stage: "published"',
    "str tag": "stage: !!str published",
    "local tag": "stage: !<tag:yaml.org,2002:str> published",
    "anchor": "stage: &s published",
    "trailing comment": "stage: published   # done",
    "trailing carriage return": "stage: published\r",
    "block scalar": "stage: |-\n  published",
    "folded scalar": "stage: >-\n  published",
    "complex key": "? stage\n: published",
    "value on next line": "stage:\n  published",
    "escaped in double quotes": 'stage: "publ\\x69shed"',
}

HAND = "signoff.hand-edited-stage"
CONTENT = "signoff.content-changed"
VERDICT = "claim.forged-verdict"
APPROVAL = "source.forged-approval"
ROSTER = "roster.unauthorized-change"

FORGED: dict[str, Case] = {
    **{f"stage {name}": Case(stage(line), 1, HAND) for name, line in STAGE_SPELLINGS.items()},
    "stage back to draft": Case(stage("stage: draft"), 1, HAND),
    "stage killed": Case(stage("stage: killed"), 1, HAND),
    "draft story moved on": Case(stage("stage: contributor-credit", DRAFT, "draft"), 1, HAND),
    "byline added to": Case(front_line("byline", "byline: [rtorres, mchen]"), 1,
                            "signoff.byline-changed"),
    "byline replaced": Case(front_line("byline", "byline: [mchen]"), 1,
                            "signoff.byline-changed"),
    "claim verdict changed": Case(claim("vote", status="disputed"), 1, VERDICT),
    "claim not-checkable made verified": Case(claim("most-expensive", status="verified"), 1,
                                              VERDICT),
    "claim checker changed": Case(claim("vote", checked_by="gbell"), 1, VERDICT),
    "claim text changed": Case(claim("vote", text="cast the deciding vote"), 1, CONTENT),
    "draft claim marked verified": Case(
        claim("vote", DRAFT, status="verified", checked_by="lpark"), 1, VERDICT),
    "draft verified claim appended": Case(
        new_claim(DRAFT, status="verified", checked_by="lpark"), 1, VERDICT),
    "anonymous source approver changed": Case(
        source(DRAFT, AIDE["id"], anonymity_approved_by="gbell"), 1, APPROVAL),
    "anonymous source added approved (draft)": Case(
        new_source(DRAFT, {**AIDE, "id": "harbor-pilot", "anonymity_approved_by": "eokafor"}),
        1, APPROVAL),
    "anonymous source added approved (publish)": Case(
        new_source(SLUG, {**AIDE, "anonymity_approved_by": "eokafor"}), 1, APPROVAL),
    "credit added": Case(
        credits(lambda cs: cs.append({"name": "Maria Chen", "role": "reporting",
                                      "person": "mchen"})), 1, "signoff.credits-changed"),
    "credit removed": Case(credits(lambda cs: cs.remove(by_id(cs, "skhan"))), 1,
                           "signoff.credits-changed"),
    "credit role changed": Case(credits(lambda cs: by_id(cs, "eokafor").update(role="writing")),
                                1, "signoff.credits-changed"),
    "roster self-promotion": Case(roster(roles_of("rtorres"), r"\1[\2, editor]"), 1, ROSTER),
    "roster new fact-checker": Case(
        roster(r"(  - id: skhan\n(?:    .*\n)*)",
               r"\1  - id: mallory\n    name: Mallory Moss\n    email: mallory@example.org\n"
               r"    roles: [fact-checker]\n"), 1, ROSTER),
    "roster colleague made fact-checker": Case(
        roster(roles_of("mchen"), r"\1[\2, fact-checker]"), 1, ROSTER),
    "roster editor demoted": Case(roster(roles_of("gbell"), r"\1[reporter]"), 1, ROSTER),
    "body word": Case(body("next hurricane", "next typhoon"), 1, CONTENT),
    "body paragraph added": Case(
        body("according to the city's public works department.",
             "according to the city's public works department.\n\nThe mayor resigned.\n"), 1,
        CONTENT),
    "headline": Case(front_line("headline", "headline: Harbor City Council rejects seawall"),
                     1, CONTENT),
    "dek": Case(front_line("dek", "dek: The 5-2 vote ends the debate for good."), 1, CONTENT),
    "caption": Case(body("Crews survey the eastern waterfront",
                         "Crews abandon the eastern waterfront"), 1, CONTENT),
    "image bytes": Case(swap_image, 1, CONTENT),
    "story renamed": Case(git_op("mv", f"stories/{SLUG}", f"stories/{SLUG}-vote"), 1,
                          "a new story past draft"),
    "story deleted": Case(git_op("rm", "-r", "-q", f"stories/{SLUG}"), 1,
                          "a story removed without a sign-off"),
}

HONEST: dict[str, Case] = {
    "draft body edit": Case(body("next hurricane", "next typhoon", DRAFT), 0, ""),
    "draft headline and dek": Case(
        both(front_line("headline", "headline: Tide gauge goes up at the pier", DRAFT),
             front_line("dek", "dek: It will measure the surge.", DRAFT)), 0, ""),
    "draft byline and credits": Case(
        both(front_line("byline", "byline: [rtorres, mchen]", DRAFT),
             credits(lambda cs: cs.append({"name": "Maria Chen", "role": "reporting",
                                           "person": "mchen"}), DRAFT)), 0, ""),
    "draft unverified claim added": Case(new_claim(DRAFT, status="unverified"), 0, ""),
    "draft named source added": Case(
        new_source(DRAFT, {"id": "harbor-master", "name": "Ana Ruiz", "kind": "person",
                           "affiliation": "Harbor City harbor master"}), 0, ""),
    "new draft story": Case(file_new_draft, 0, ""),
    "file outside stories": Case(write("docs/style-notes.md", "# Style notes\n\nUse AP.\n"),
                                 0, ""),
    "comment line in front matter": Case(
        front_line("desk", "desk: metro\n# stage: published once the mayor responds"), 0, ""),
    "comment after the stage": Case(stage("stage: publish   # waiting for the editor"), 0, ""),
    "editor changes the roster": Case(roster(roles_of("mchen"), r"\1[\2, fact-checker]"), 0, "",
                                      author="eokafor"),
}

CASES = {**{f"forged: {k}": v for k, v in FORGED.items()},
         **{f"honest: {k}": v for k, v in HONEST.items()}}


def test_the_honest_history_verifies(honest: Clone) -> None:
    assert verify(honest) == (0, [])
    assert "\nstage: publish\n" in story_md(honest).read_text()
    assert "\nstage: draft\n" in story_md(honest, DRAFT).read_text()


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_one_commit(case_clone: Clone, case: Case) -> None:
    before = case_clone.git("rev-parse", "HEAD")
    case.change(case_clone)
    forge(case_clone, case.author, "small fixes")
    assert case_clone.git("rev-parse", "HEAD~1") == before
    code, found = verify(case_clone)
    assert code == case.expect, (
        f"expected exit {case.expect} ({case.why or 'honest'}), got {code}: {sorted(checks(found))}"
    )

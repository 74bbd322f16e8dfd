"""Every value a person can type into a story file or newsroom.yaml leaves the newsroom whole:
it is read as written, or refused with exit 2 and one line naming the file, the line and what
to do. Never exit 3, never a traceback, in any command that reads it."""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers import (
    ALL_STORY_READERS,
    FIXTURES,
    Clone,
    Result,
    never_crashed,
    story_readers,
)

CLEAN = (FIXTURES / "clean-story" / "story.md").read_text(encoding="utf-8")
HEADLINE = "headline: Harbor City Council approves $42 million seawall"


def one_error(result: Result, pattern: str) -> None:
    """Exit 2 and exactly one error line, matching `pattern`."""
    assert result.code == 2, result.text
    errors = [line for line in result.text.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.text
    assert re.search(pattern, errors[0]), errors[0]


# story.md with one line changed, and the message that must name it (after the path).
UNREADABLE_STORIES = {
    "impossible-date": (
        "embargo: 2024-02-30",
        r":6:10: cannot read '2024-02-30' \(day is out of range for month\); write a real "
        r"date, e\.g\. 2026-03-01, or put it in quotes to keep it as text$",
    ),
    "float-tag-on-a-word": (
        "desk: !!float abc",
        r":5:7: cannot read 'abc' \(not a number\); write one, e\.g\. 3\.5, or remove the "
        r"'!!float' tag$",
    ),
    "int-tag-on-a-word": (
        "desk: !!int 0xZZ",
        r":5:7: cannot read '0xZZ' \(not a whole number\); write one, e\.g\. 42, or remove "
        r"the '!!int' tag$",
    ),
    "int-tag-on-nothing": (
        "desk: !!int ''",
        r":5:7: cannot read '' \(not a whole number\); .*'!!int' tag$",
    ),
    "float-tag-on-nothing": ("desk: !!float ''", r":5:7: cannot read '' \(not a number\); "),
    "bool-tag-on-a-word": (
        "desk: !!bool maybe",
        r":5:7: cannot read 'maybe' \(not true or false\); write true or false, or remove the "
        r"'!!bool' tag$",
    ),
    "impossible-timestamp": (
        "embargo: !!timestamp 2024-99-99",
        r":6:10: cannot read '2024-99-99' \(month must be in 1\.\.12\); write a real date, "
        r"e\.g\. 2026-03-01, or remove the '!!timestamp' tag$",
    ),
    "timestamp-tag-on-a-word": (
        "embargo: !!timestamp soon",
        r":6:10: cannot read 'soon' \(not a date\); write a real date, e\.g\. 2026-03-01, or "
        r"remove the '!!timestamp' tag$",
    ),
    "integer-of-4301-digits": (
        "desk: " + "9" * 4301,
        r":5:7: cannot read '9{37}\.\.\.' \(a number too long to read\); shorten it, or put "
        r"it in quotes to keep it as text$",
    ),
    "hex-integer-of-4800-digits": (
        "desk: 0x" + "f" * 4000,
        r":5:7: cannot read '0xf{35}\.\.\.' \(a number too long to read\); shorten it, or "
        r"put it in quotes to keep it as text$",
    ),
    "sexagesimal-integer-of-4400-digits": (
        "desk: " + ":".join(["59"] * 2500),
        r":5:7: cannot read '59:59:59:.*' \(a number too long to read\)",
    ),
    "flow-lists-1500-deep": (
        "notes: " + "[" * 1500 + "]" * 1500,
        r":6:\d+: values nested more than 64 levels deep; flatten them$",
    ),
    "block-lists-1500-deep": (
        "notes:" + "".join("\n" + " " * i + "-" for i in range(1, 1500)),
        r":\d+:\d+: values nested more than 64 levels deep; flatten them$",
    ),
    "binary-headline": (
        "headline: !!binary SGFyYm9yIENpdHkgQ291bmNpbCBhcHByb3ZlcyBzZWF3YWxs",
        r":2:11: the tag '!!binary' is not allowed; write the value as plain text, without a "
        r"tag$",
    ),
    "set-desk": (
        "desk: !!set {metro, sports}",
        r":5:7: the tag '!!set' is not allowed; write the value as plain text, without a tag$",
    ),
    "number-headline": (
        "headline: 12:30",
        r":2:11: 'headline' must be text, not the number 750; put it in quotes$",
    ),
    "date-dateline": (
        "dateline: 2026-03-01",
        r":8:11: 'dateline' must be text, not the date 2026-03-01; put it in quotes$",
    ),
    "control-character": (
        "headline: Harbor City Council\x01 approves $42 million seawall",
        r":2:30: character U\+0001 is not allowed in YAML; delete it$",
    ),
    "conflict-in-front-matter": (
        "<<<<<<< HEAD",
        r":6:1: an unresolved git merge conflict \(a '<<<<<<<' line\); keep the right version "
        r"and delete the conflict marker lines$",
    ),
}


def _with(line: str) -> str:
    """The clean story.md with `line` in place of the line of the same key, or added after
    the desk (line 6)."""
    key = line.split(":", 1)[0]
    found = re.search(rf"(?m)^{key}:.*$", CLEAN)
    if found is None:
        return CLEAN.replace("desk: metro\n", f"desk: metro\n{line}\n", 1)
    return CLEAN[: found.start()] + line + CLEAN[found.end() :]


@pytest.fixture(scope="module")
def unreadable(tmp_path_factory: pytest.TempPathFactory) -> Clone:
    """One newsroom with one story per unreadable value (slug: the case's name)."""
    from tests.helpers import isolated_env, make_newsroom

    base = tmp_path_factory.mktemp("typed")
    room = make_newsroom(base / "newsroom", isolated_env(base / "home"))
    for slug, (line, _) in UNREADABLE_STORIES.items():
        room.write_story(slug)
        (room.story_dir(slug) / "story.md").write_text(_with(line), encoding="utf-8")
    room.commit_all("unreadable values")
    return room


@pytest.mark.parametrize("slug", UNREADABLE_STORIES)
def test_an_unreadable_value_is_refused_on_its_line(unreadable: Clone, slug: str) -> None:
    pattern = re.escape(f"error: stories/{slug}/story.md") + UNREADABLE_STORIES[slug][1]
    one_error(unreadable.run("check", slug), pattern)


def test_no_reading_command_crashes_on_an_unreadable_value(unreadable: Clone) -> None:
    commands = [c for slug in UNREADABLE_STORIES for c in story_readers(slug)]
    commands += ALL_STORY_READERS
    never_crashed(commands, unreadable.run_many(commands))


CONFIG_VALUES = {
    "min_words: 1e999": r"'options\.body\.min_words' must be a whole number, e\.g\. 150, not "
    r"'1e999'$",
    "min_words: 1.0e+999": r"'options\.body\.min_words' must be a whole number, e\.g\. 150, "
    r"not inf$",
    "min_words: !!int 1e999": r"cannot read '1e999' \(not a whole number\); write one, e\.g\. 42, "
    r"or remove the '!!int' tag$",
    "min_words: 0x" + "f" * 4000: r"cannot read '0xf{35}\.\.\.' \(a number too long to read\)",
    "min_words: !!binary MTUw": r"the tag '!!binary' is not allowed",
    "min_words: " + "[" * 1500 + "]" * 1500: r"values nested more than 64 levels deep",
}


@pytest.mark.parametrize("line", CONFIG_VALUES, ids=lambda v: v[:30])
def test_an_unreadable_check_option_is_refused_on_its_line(room: Clone, line: str) -> None:
    config = room.path / "newsroom.yaml"
    config.write_text(config.read_text() + f"options:\n  body:\n    {line}\n")
    one_error(room.run("check", "--all"), r"^error: newsroom\.yaml:\d+:\d+: " + CONFIG_VALUES[line])
    commands = [("status",), ("verify",), ("ci",), ("check", "--all", "--format", "json")]
    never_crashed(commands, room.run_many(commands))


def test_a_crlf_story_reads_as_its_lf_twin(room: Clone) -> None:
    """A story saved with CRLF line endings (or a byte order mark too) reads exactly as the
    same story with LF: the same findings on the same lines, the same card and claims, and
    the same content, so the fact-check pin taken on the LF text still holds."""
    body = CLEAN.split("---\n", 2)[2].replace("approve a", "approve a a", 1)
    for slug in ("lf-twin", "crlf-twin", "bom-twin"):
        room.write_story(slug, front={"stage": "publish"})  # pinned on the LF text
        room.write_story(f"{slug}-edited", body=body)
    for slug, bom in (("crlf-twin", ""), ("bom-twin", "\ufeff")):
        for folder in (room.story_dir(slug), room.story_dir(f"{slug}-edited")):
            for name in ("story.md", "credits.yaml", "sources.yaml", "factcheck.yaml"):
                text = (folder / name).read_text(encoding="utf-8")
                (folder / name).write_bytes((bom + text.replace("\n", "\r\n")).encode("utf-8"))
    room.commit_all("the same stories three ways")

    def seen(slug: str) -> tuple[int, list[object], str, str]:
        check = room.run("check", slug, "--stage", "publish", "--format", "json")
        found = [(f["check"], f["line"], f["column"], f["message"].replace(slug, "SLUG"))
                 for f in json.loads(check.out)["findings"]]
        show = room.run("show", slug).out.replace(slug, "SLUG")
        claims = room.run("claim", slug, "list").out.replace(slug, "SLUG")
        return check.code, found, show, claims

    lf, lf_edited = seen("lf-twin"), seen("lf-twin-edited")
    assert lf[0] == 0 and not lf[1], lf
    assert lf_edited[0] == 1 and "body.repeated-word" in [f[0] for f in lf_edited[1]]
    for twin in ("crlf-twin", "bom-twin"):
        assert seen(twin) == lf
        assert seen(f"{twin}-edited") == lf_edited


def test_crlf_front_matter_without_a_body_is_closed(room: Clone) -> None:
    front = CLEAN.split("---\n", 2)[1]
    for slug, text in (("crlf-bare", f"---\r\n{front}---"), ("crlf-end", f"---\r\n{front}---\r\n")):
        folder = room.write_story(slug)
        (folder / "story.md").write_bytes(text.replace("\n", "\r\n").replace("\r\r", "\r")
                                          .encode("utf-8"))
        result = room.run("check", slug, "--format", "json")
        assert result.code == 0 and not json.loads(result.out)["problems"], result.text


MARKERS = ("<<<<<<< HEAD\nThe council voted 5-2.\n=======\nThe council voted 6-1.\n"
           ">>>>>>> fact-check-fixes\n\n")


def test_conflict_markers_in_the_body_fail_the_draft_gate(room: Clone) -> None:
    body = CLEAN.split("---\n", 2)[2]
    paragraphs = body.split("\n\n")
    room.write_story("merged-story", body="\n\n".join(paragraphs[:3]) + "\n\n" + MARKERS
                     + "\n\n".join(paragraphs[3:]))
    room.commit_all("a merge left its markers")
    result = room.run("check", "merged-story", "--stage", "draft", "--format", "json")
    assert result.code == 1, result.text
    found = [(f["check"], f["line"], f["column"], f["severity"])
             for f in json.loads(result.out)["findings"]]
    lines = [n for n, text in enumerate(
        (room.story_dir("merged-story") / "story.md").read_text().split("\n"), 1)
        if text[:7] in ("<<<<<<<", "=======", ">>>>>>>")]
    assert len(lines) == 3
    assert found == [("body.conflict-marker", n, 1, "error") for n in lines]
    text = room.run("check", "merged-story", "--stage", "draft")
    assert "resolve the git merge conflict" in text.out
    # a story past the draft gate with markers in its body fails its gates
    room.write_story("merged-later", front={"stage": "contributor-credit"},
                     body=MARKERS + body)
    room.commit_all("another merge")
    assert room.run("check", "merged-later").code == 1


def test_an_equals_line_alone_is_a_heading_not_a_conflict(room: Clone) -> None:
    body = CLEAN.split("---\n", 2)[2]
    room.write_story("setext", body="The vote\n=======\n\n" + body)
    result = room.run("check", "setext", "--stage", "draft", "--format", "json")
    assert "body.conflict-marker" not in {f["check"] for f in json.loads(result.out)["findings"]}


# Characters on which the fast reader and the full parser once disagreed. A headline holding
# one is read the same, or refused the same, whether or not an unrelated comment elsewhere in
# the front matter sends the file down the other reader.
ODD = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x85", "\x9f", "\u2028",
       "\u2029", "\ufeff", "\ufffe", "\uffff", "\t", "\r", "\xa0", "\u200b"]


def test_odd_characters_read_the_same_with_or_without_a_comment(room: Clone) -> None:
    cases = {}
    for i, char in enumerate(ODD):
        for q, (open_, close) in enumerate((("", ""), ("'", "'"), ('"', '"'))):
            line = f"headline: {open_}Harbor City{char}Council approves seawall{close}"
            for comment in ("", "# filed from the harbor\n"):
                slug = f"odd-{i}-{q}-{'comment' if comment else 'plain'}"
                cases[slug] = (i, q)
                room.write_story(slug)
                text = _with(line).replace("---\n", "---\n" + comment, 1)
                (room.story_dir(slug) / "story.md").write_text(text, encoding="utf-8")
    room.commit_all("odd characters")
    result = room.run("check", "--all", "--stage", "draft", "--format", "json")
    assert result.code in (1, 2), result.text
    data = json.loads(result.out)
    problems = {p.split("/")[1]: p.split(":", 3)[1:] for p in data["problems"]}
    headlines = {}
    for f in data["findings"]:
        if f["check"].startswith("headline."):
            headlines.setdefault(f["story"], set()).add((f["check"], f["excerpt"]))
    for slug in cases:
        if slug.endswith("-plain"):
            twin = slug.replace("-plain", "-comment")
            assert (slug in problems) == (twin in problems), (slug, problems.get(slug),
                                                              problems.get(twin))
            if slug in problems:  # refused both ways, each on its line
                assert problems[slug][0].isdigit() and problems[twin][0].isdigit()
            assert headlines.get(slug) == headlines.get(twin), slug


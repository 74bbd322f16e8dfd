"""Story text is data, whatever it holds: every output format stays valid for generated text
with every class of character (C0 and C1 controls, DEL, terminal escapes, non-characters,
lone surrogates, line and paragraph separators, bidi controls, markup, the formats' own
metacharacters), fed straight to each emitter. tests/workflow/test_hostile_output.py sends a
handful of such stories through the real command."""

from __future__ import annotations

import io
import json
import re
from itertools import groupby
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from newsroom.models import Finding, Severity, Stage
from newsroom.reporting import diff as diff_report
from newsroom.reporting import emit, formats, summary, text
from newsroom.reporting.safe import visible
from newsroom.services.diff import Change, Section, StoryDiff, Words
from newsroom.services.stories import Board, BoardRow
from tests import valid_output as valid

SPECIALS = [
    "\x1b[2J", "\x1b[31m", "\x1b]8;;https://evil.example\x1b\\", "\x1b]0;title\x07", "\x9b2J",
    "\x1bP", "\r", "\n", "\r\n", "\t", "\x00", "\x07", "\x08", "\x7f", "\x85", "\x9b",
    "\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\udcff", "\ud800",
    "\udfff", "\u2028", "\u2029", "\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u061c",
    "\ufeff", "\u200b", "%", "%0A", "%25", "::", "::error::forged", ":", ",", "=", "]]>",
    "<", ">", "&", "&amp;", '"', "'", "[bold]", "[/]", "[link=https://evil.example]x[/link]",
    "|", "`", "*", "_", "#", "![x](https://evil.example/pixel.png)", "<script>", "\\",
    "\\x1b", "é", "漢字", "🏴‍☠️", " ",
]
hostile = st.lists(
    st.one_of(st.characters(exclude_categories=()), st.sampled_from(SPECIALS)), max_size=24
).map("".join)
findings = st.lists(
    st.builds(
        Finding,
        story=hostile,
        file=hostile,
        line=st.integers(0, 10**6),
        column=st.integers(0, 10**4),
        check=st.one_of(st.just("body.repeated-word"), hostile),
        severity=st.sampled_from(Severity),
        message=hostile,
        excerpt=hostile,
        gate=st.sampled_from(Stage),
        blocking=st.booleans(),
    ),
    max_size=6,
)
problems = st.lists(hostile, max_size=3)
EXAMPLES = settings(max_examples=100, deadline=None)
# capsys is read empty at the start of each example
WITH_CAPSYS = settings(EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])


def exact(value: str) -> str:
    """What JSON gives back for story text: the text itself, a lone surrogate (a byte that
    was not UTF-8, not a character) as the text of its escape."""
    return "".join(
        c.encode("unicode_escape").decode() if 0xD800 <= ord(c) <= 0xDFFF else c for c in value
    )


@EXAMPLES
@given(findings, problems)
def test_json_is_valid_and_gives_back_the_text(found: list[Finding], bad: list[str]) -> None:
    doc = valid.json_document(formats.as_json(found, bad, len(found)))
    assert [(f["story"], f["file"], f["message"], f["excerpt"]) for f in doc["findings"]] == [
        (exact(f.story), exact(f.file), exact(f.message), exact(f.excerpt)) for f in found
    ]
    assert doc["problems"] == [exact(p) for p in bad]


@EXAMPLES
@given(findings, problems)
def test_sarif_is_valid(found: list[Finding], bad: list[str]) -> None:
    doc = valid.sarif_document(formats.as_sarif(found, bad, len(found)))
    results = doc["runs"][0]["results"]
    assert [r["message"]["text"] for r in results] == [
        exact(f.message or f.check or "?") for f in found
    ]


@EXAMPLES
@given(findings, problems, st.lists(hostile, max_size=3))
def test_junit_parses_with_a_strict_parser(
    found: list[Finding], bad: list[str], slugs: list[str]
) -> None:
    root = valid.junit_document(formats.as_junit(found, bad, len(found), slugs))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len({*slugs, *(f.story for f in found)}) + len(bad)


@EXAMPLES
@given(findings, problems)
def test_github_annotations_are_one_command_a_line(found: list[Finding], bad: list[str]) -> None:
    valid.github_commands(formats.as_github(found, bad, len(found)), len(found) + len(bad))


@EXAMPLES
@given(findings, problems)
def test_the_text_report_shows_escapes_and_markup_as_text(
    found: list[Finding], bad: list[str]
) -> None:
    rows = text.finding_rows(found, bad, len(found))
    piped = "".join("".join(piece for piece, _ in row) + "\n" for row in rows)
    valid.text_report(piped)
    # a file's name, then one line a finding (and one for its excerpt) and a blank line; a
    # line break in story text cannot forge a line
    files = len([file for file, _ in groupby(f.file for f in found)])
    expected = 2 * files + sum(1 + bool(f.excerpt) for f in found) + len(bad) + 1
    assert len(piped.split("\n")) - 1 == expected
    terminal = io.StringIO()
    console = Console(file=terminal, force_terminal=True, color_system="truecolor", width=80)
    text.show(console, rows)
    valid.text_report(re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue()))  # but rich's colours


@EXAMPLES
@given(findings, problems)
def test_the_job_summary_is_markdown_that_shows_story_text_as_text(
    found: list[Finding], bad: list[str]
) -> None:
    markdown = summary.as_markdown(found, bad, len(found), 3)
    valid.no_raw(markdown)
    lines = markdown.splitlines()
    rows = [line for line in lines if line.startswith("| ") and not line.startswith("| story")]
    assert len(rows) == len(found)
    for line in rows:  # six cells, whatever the story says
        assert unescaped(line).count("|") == 7, line
    for line in [*rows, *(line for line in lines if line.startswith("- error: "))]:
        active = set(unescaped(line)) & set("<>[]*_!&\\`~#")
        assert not active, (active, line)


def unescaped(line: str) -> str:
    """The characters of a Markdown line that are not backslash-escaped, without the check
    id's code span."""
    line = re.sub(r"`[a-z0-9.-]+`", "", line)
    return "".join(token for token in re.findall(r"\\.|.", line) if len(token) == 1)


@EXAMPLES
@given(hostile, hostile, st.lists(st.tuples(st.sampled_from(Words), hostile), max_size=5))
def test_diff_text_and_json_stay_valid(old: str, new: str, words: list[Any]) -> None:
    changes = (
        Change(Section.HEADLINE, "changed", old=old, new=new),
        Change(Section.CLAIMS, "changed", item=old, field="text", old=old, new=new),
        Change(Section.BODY, "changed", field="text", line=3, old_line=2, words=tuple(words)),
    )
    d = StoryDiff(old, Stage.FACT_CHECK, "0" * 40, new, "2026-01-01T00:00:00", (old,), changes)
    doc = valid.json_document(diff_report.as_json(d))
    assert doc["changes"][0]["new"] == exact(new)
    for colour in (False, True):
        rows = diff_report.rows(d, colour)
        valid.text_report("\n".join("".join(piece for piece, _ in row) for row in rows))


@WITH_CAPSYS
@given(st.lists(hostile, min_size=1, max_size=4))
def test_the_board_and_tables_stay_valid(
    capsys: pytest.CaptureFixture[str], cells: list[str]
) -> None:
    capsys.readouterr()
    first, last = cells[0], cells[-1]
    row = BoardRow(first, None, last, tuple(cells), 0, 0, first, last, "-", last)
    emit.board_json(Board((row,)))
    doc = valid.json_document(capsys.readouterr().out)
    assert doc["stories"][0]["headline"] == exact(cells[-1])
    text.table(cells[0], ("a", "b"), [(c, c) for c in cells], footer=cells[-1])
    text.fields(cells[0], [(c, c) for c in cells])
    text.done(cells[0])
    valid.text_report(capsys.readouterr().out)


@WITH_CAPSYS
@given(findings, st.lists(st.tuples(hostile, hostile, hostile, hostile, hostile), max_size=3))
def test_verify_with_repairs_stays_valid(
    capsys: pytest.CaptureFixture[str], found: list[Finding], repairs: list[Any]
) -> None:
    capsys.readouterr()
    emit.with_repairs(found, 1, "json", repairs)
    doc = valid.json_document(capsys.readouterr().out)
    assert [r["reason"] for r in doc["repairs"]] == [exact(r[3]) for r in repairs]
    emit.with_repairs(found, 1, "github", repairs)
    valid.github_commands(capsys.readouterr().out.rstrip("\n"), len(found) + len(repairs))
    emit.with_repairs(found, 1, "text", repairs)
    valid.text_report(capsys.readouterr().out)


@pytest.mark.parametrize("char", ["\x1b", "\x9b", "\x00", "\x7f", "\ufffe", "\uffff", "\ud800",
                                  "\udcff", "\u2028", "\u2029", "\u202e", "\u2066", "\ufdd0",
                                  "\U0001fffe", "\U0010ffff", "\r"])
def test_visible_escapes_each_kind_of_character(char: str) -> None:
    shown = visible(f"a{char}b")
    assert shown == "a" + char.encode("unicode_escape").decode("ascii") + "b"


def test_visible_keeps_ordinary_text() -> None:
    ordinary = "Café — 漢字 🏴‍☠️ [bold]x[/bold] <b>&amp; 50% \\x1b tab\there\nnext"
    assert visible(ordinary) == ordinary
    assert json.loads(formats.as_json([], [ordinary], 0))["problems"] == [ordinary]

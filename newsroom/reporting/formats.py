"""The output formats for findings, by name: text (rich), json, GitHub workflow commands,
SARIF 2.1.0 and JUnit XML."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote
from xml.etree import ElementTree as ET

from newsroom import __version__
from newsroom.english import counted
from newsroom.errors import placed
from newsroom.models import Finding
from newsroom.reporting.safe import json_document, one_line, visible

if TYPE_CHECKING:
    from newsroom.checks.engine import Check


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "story": f.story,
        "file": f.file,
        "line": f.line,
        "column": f.column,
        "check": f.check,
        "severity": f.severity.value,
        "message": f.message,
        "excerpt": f.excerpt,
        "gate": f.gate.value,
        "blocking": f.blocks,
        "todo": not f.blocking,
    }


def as_json(findings: Sequence[Finding], problems: Sequence[str], checked: int) -> str:
    errors = sum(1 for f in findings if f.blocks)
    return json_document(
        {
            "version": 1,
            "stories_checked": checked,
            "blocking_errors": errors,
            "findings": [_finding_dict(f) for f in findings],
            "problems": list(problems),
        }
    )


def gh_escape(text: str, prop: bool = False) -> str:
    """Text made visible, then escaped as GitHub's runner reads a workflow command's data
    (%, CR, LF) or, with `prop`, a property's value (also : and ,)."""
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_level(f: Finding) -> str:
    if not f.blocking:
        return "notice"
    return {"error": "error", "warning": "warning", "suggestion": "notice"}[f.severity.value]


def _with_excerpt(f: Finding) -> str:
    """The message, then the offending text (clipped), on one line, with controls made
    visible."""
    if not f.excerpt:
        return one_line(f.message)
    excerpt = " ".join(f.excerpt.split())
    if len(excerpt) > 200:
        excerpt = excerpt[:199] + "…"
    return one_line(f"{f.message}: {excerpt}")


def as_github(findings: Sequence[Finding], problems: Sequence[str], checked: int) -> str:
    out = []
    for f in findings:
        title = f.check + ("" if f.blocking else " (to-do)")
        out.append(
            f"::{github_level(f)} file={gh_escape(f.file, True)},line={f.line},"
            f"col={f.column},title={gh_escape(title, True)}::{gh_escape(_with_excerpt(f))}"
        )
    out += [_github_problem(p) for p in problems]
    return "\n".join(out)


def _github_problem(problem: str) -> str:
    """A story that could not be read, annotated on its file (and line) when the message
    names them, so the host marks the line to mend."""
    path, line, column, message = placed(problem)
    if not path:
        return f"::error::{gh_escape(problem)}"
    where = f"file={gh_escape(path, True)}"
    if line is not None:
        where += f",line={line}" + (f",col={column}" if column is not None else "")
    return f"::error {where},title=unreadable::{gh_escape(message)}"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def as_sarif(
    findings: Sequence[Finding],
    problems: Sequence[str],
    checked: int,
    catalog: Sequence[Check] = (),
) -> str:
    notifications = [_sarif_notification(p) for p in problems]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newsroom",
                        "version": __version__,
                        "rules": [_sarif_rule(c) for c in catalog],
                    }
                },
                "results": [_sarif_result(f) for f in findings],
                "invocations": [
                    {
                        "executionSuccessful": not problems,
                        "toolExecutionNotifications": notifications,
                    }
                ],
            }
        ],
    }
    return json_document(doc)


def _sarif_notification(problem: str) -> dict[str, Any]:
    """A story that could not be read, with the place its message names."""
    path, line, column, _ = placed(problem)
    notification: dict[str, Any] = {"level": "error", "message": {"text": problem or "?"}}
    if path:
        physical: dict[str, Any] = {"artifactLocation": {"uri": sarif_uri(path)}}
        if line is not None:
            physical["region"] = {"startLine": line}
            if column is not None:
                physical["region"]["startColumn"] = column
        notification["locations"] = [{"physicalLocation": physical}]
    return notification


def _sarif_rule(c: Check) -> dict[str, Any]:
    return {
        "id": c.id,
        "shortDescription": {"text": c.message},
        "help": {"text": f"{c.message} (rule: {c.source})"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity.value]},
        "properties": {"gate": c.gate.value, "source": c.source},
    }


def _sarif_result(f: Finding) -> dict[str, Any]:
    """A finding as SARIF's schema asks: texts as they are (JSON escapes what must be) and
    never empty, the file as a URI reference (percent-encoded), lines and columns from 1."""
    region: dict[str, Any] = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    return {
        "ruleId": f.check or "?",
        "level": _SARIF_LEVEL[f.severity.value] if f.blocking else "note",
        "message": {"text": f.message or f.check or "?"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": sarif_uri(f.file)}, "region": region}}
        ],
        "properties": {"story": f.story, "blocking": f.blocks, "gate": f.gate.value},
    }


def sarif_uri(path: str) -> str:
    """A path relative to the repository as a URI reference: every byte but the unreserved
    characters and / percent-encoded (a byte that was not UTF-8 as itself: %FF)."""
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        raw = visible(path).encode("utf-8")
    return quote(raw, safe="/")


def as_junit(
    findings: Sequence[Finding], problems: Sequence[str], checked: int, slugs: Sequence[str] = ()
) -> str:
    by_story: dict[str, list[Finding]] = {s: [] for s in slugs}
    for f in findings:
        by_story.setdefault(f.story, []).append(f)
    suites = ET.Element("testsuites", name="newsroom check")
    suite = ET.SubElement(suites, "testsuite", name="stories")
    failures = 0
    for slug, found in by_story.items():
        case = ET.SubElement(suite, "testcase", classname="stories", name=one_line(slug))
        blocking = [f for f in found if f.blocks]
        if blocking:
            failures += 1
            fail = ET.SubElement(
                case, "failure", type="newsroom", message=counted(len(blocking), "blocking error")
            )
            fail.text = "\n".join(
                f"{one_line(f.file)}:{f.line}:{f.column}: {one_line(f.check)} {_with_excerpt(f)}"
                for f in blocking
            )
        others = [f for f in found if f not in blocking]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{one_line(f.file)}:{f.line}:{f.column}: {f.severity.value} "
                f"{one_line(f.check)} {_with_excerpt(f)}"
                for f in others
            )
    for problem in problems:
        case = ET.SubElement(suite, "testcase", classname="stories", name="input")
        ET.SubElement(case, "error", type="input", message=one_line(problem))
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(len(problems)))
    return ET.tostring(suites, encoding="unicode", xml_declaration=True)


@dataclass(frozen=True)
class Results:
    """What a run found, as every format takes it."""

    findings: Sequence[Finding]
    problems: Sequence[str]  # one-line reasons stories could not be read
    checked: int  # how many stories were checked
    slugs: Sequence[str] = ()  # the stories checked, in order, when the caller knows them


def write_out(out: str) -> None:
    """Write a document and a newline to standard output as UTF-8, whatever the locale says
    (JSON is UTF-8 by its RFC, and the JUnit XML declares it)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()


def write_text(r: Results) -> None:
    from newsroom.reporting import text

    text.findings(r.findings, r.problems, r.checked)


def write_json(r: Results) -> None:
    write_out(as_json(r.findings, r.problems, r.checked))


def write_github(r: Results) -> None:
    annotations = as_github(r.findings, r.problems, r.checked)
    if annotations:  # nothing found: not even an empty line
        write_out(annotations)


def write_sarif(r: Results) -> None:
    from newsroom.checks.catalog import CATALOG

    write_out(as_sarif(r.findings, r.problems, r.checked, CATALOG))


def write_junit(r: Results) -> None:
    slugs = r.slugs or sorted({f.story for f in r.findings})
    write_out(as_junit(r.findings, r.problems, r.checked, slugs))


# Every output format by the name `--format` takes, each with what writes it to standard output.
FORMATS: Final[dict[str, Callable[[Results], None]]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
    "junit": write_junit,
}

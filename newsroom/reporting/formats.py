"""The output formats for findings, by name: text (rich), json, GitHub workflow commands,
SARIF 2.1.0 and JUnit XML."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final
from xml.etree import ElementTree as ET

from newsroom import __version__
from newsroom.checks.engine import Check
from newsroom.models import Finding, Severity
from newsroom.reporting.safe import visible


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
        "blocking": f.blocking,
    }


def as_json(findings: Sequence[Finding], problems: Sequence[str], checked: int) -> str:
    errors = sum(1 for f in findings if f.blocking and f.severity is Severity.ERROR)
    return json.dumps(
        {
            "version": 1,
            "stories_checked": checked,
            "blocking_errors": errors,
            "findings": [_finding_dict(f) for f in findings],
            "problems": list(problems),
        },
        indent=2,
        ensure_ascii=False,
    )


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_level(f: Finding) -> str:
    if not f.blocking:
        return "notice"
    return {"error": "error", "warning": "warning", "suggestion": "notice"}[f.severity.value]


def _with_excerpt(f: Finding) -> str:
    """The message, then the offending text (one line, clipped), with controls made visible."""
    if not f.excerpt:
        return visible(f.message)
    excerpt = " ".join(f.excerpt.split())
    if len(excerpt) > 200:
        excerpt = excerpt[:199] + "…"
    return visible(f"{f.message}: {excerpt}")


def as_github(findings: Sequence[Finding], problems: Sequence[str], checked: int) -> str:
    out = []
    for f in findings:
        title = f.check + ("" if f.blocking else " (to-do)")
        out.append(
            f"::{github_level(f)} file={_gh_escape(visible(f.file), True)},line={f.line},"
            f"col={f.column},title={_gh_escape(title, True)}::{_gh_escape(_with_excerpt(f))}"
        )
    out += [f"::error::{_gh_escape(visible(p))}" for p in problems]
    return "\n".join(out)


_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def as_sarif(
    findings: Sequence[Finding],
    problems: Sequence[str],
    checked: int,
    catalog: Sequence[Check] = (),
) -> str:
    notifications = [{"level": "error", "message": {"text": p}} for p in problems]
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
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _sarif_rule(c: Check) -> dict[str, Any]:
    return {
        "id": c.id,
        "shortDescription": {"text": c.message},
        "help": {"text": f"{c.message} (rule: {c.source})"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity.value]},
        "properties": {"gate": c.gate.value, "source": c.source},
    }


def _sarif_result(f: Finding) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    return {
        "ruleId": f.check,
        "level": _SARIF_LEVEL[f.severity.value] if f.blocking else "note",
        "message": {"text": f.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": f.file}, "region": region}}
        ],
        "properties": {"story": f.story, "blocking": f.blocking, "gate": f.gate.value},
    }


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
        case = ET.SubElement(suite, "testcase", classname="stories", name=visible(slug))
        blocking = [f for f in found if f.blocking and f.severity is Severity.ERROR]
        if blocking:
            failures += 1
            fail = ET.SubElement(
                case, "failure", type="newsroom", message=f"{len(blocking)} blocking error(s)"
            )
            fail.text = "\n".join(
                f"{visible(f.file)}:{f.line}:{f.column}: {f.check} {_with_excerpt(f)}"
                for f in blocking
            )
        others = [f for f in found if f not in blocking]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{visible(f.file)}:{f.line}:{f.column}: {f.severity.value} {f.check} "
                f"{_with_excerpt(f)}"
                for f in others
            )
    for problem in problems:
        case = ET.SubElement(suite, "testcase", classname="stories", name="input")
        ET.SubElement(case, "error", type="input", message=visible(problem))
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


def _write(out: str) -> None:
    sys.stdout.write(out + "\n")


def write_text(r: Results) -> None:
    from newsroom.reporting import text

    text.findings(r.findings, r.problems, r.checked)


def write_json(r: Results) -> None:
    _write(as_json(r.findings, r.problems, r.checked))


def write_github(r: Results) -> None:
    _write(as_github(r.findings, r.problems, r.checked))


def write_sarif(r: Results) -> None:
    from newsroom.checks.catalog import CATALOG

    _write(as_sarif(r.findings, r.problems, r.checked, CATALOG))


def write_junit(r: Results) -> None:
    slugs = r.slugs or sorted({f.story for f in r.findings})
    _write(as_junit(r.findings, r.problems, r.checked, slugs))


# Every output format by the name `--format` takes, each with what writes it to standard output.
FORMATS: Final[dict[str, Callable[[Results], None]]] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
    "junit": write_junit,
}

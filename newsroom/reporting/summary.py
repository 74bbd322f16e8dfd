"""A Markdown summary of a CI run, for GitHub's job summary page."""

from __future__ import annotations

from collections.abc import Sequence

from newsroom.models import Finding, Severity
from newsroom.reporting.safe import visible


def _cell(text: str) -> str:
    return visible(text).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def as_markdown(
    findings: Sequence[Finding], problems: Sequence[str], checked: int, commits: int
) -> str:
    blocking = [f for f in findings if f.blocking and f.severity is Severity.ERROR]
    verdict = "failed" if blocking or problems else "passed"
    lines = [
        f"## newsroom ci: {verdict}",
        "",
        f"{checked} stories checked, {commits} commits of sign-off history verified: "
        f"{len(blocking)} blocking errors, {len(findings) - len(blocking)} other findings, "
        f"{len(problems)} unreadable.",
        "",
    ]
    if findings:
        lines += [
            "| story | file | line | check | severity | message |",
            "|---|---|---|---|---|---|",
        ]
        for f in findings:
            label = f.severity.value if f.blocking else "to-do"
            lines.append(
                f"| {_cell(f.story)} | {_cell(f.file)} | {f.line} | `{f.check}` | {label} "
                f"| {_cell(f.message)} |"
            )
    lines += [f"- error: {_cell(p)}" for p in problems]
    return "\n".join(lines) + "\n"

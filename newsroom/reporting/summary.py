"""A Markdown summary of a CI run, for GitHub's job summary page. Story text in it is shown
literally: every punctuation mark escaped, so nothing in a story becomes a link, an image,
HTML, emphasis or a table cell."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsroom.english import counted
from newsroom.models import Finding
from newsroom.reporting.safe import markdown

_CHECK_ID = re.compile(r"[a-z0-9][a-z0-9.-]*")


def _check(check: str) -> str:
    """A check's id as code; anything else as escaped text."""
    return f"`{check}`" if _CHECK_ID.fullmatch(check) else markdown(check)


def as_markdown(
    findings: Sequence[Finding], problems: Sequence[str], checked: int, commits: int
) -> str:
    blocking = [f for f in findings if f.blocks]
    verdict = "failed" if blocking or problems else "passed"
    lines = [
        f"## newsroom ci: {verdict}",
        "",
        f"{counted(checked, 'story')} checked, {counted(commits, 'commit')} of sign-off "
        f"history verified: {counted(len(blocking), 'blocking error')}, "
        f"{counted(len(findings) - len(blocking), 'other finding')}, "
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
                f"| {markdown(f.story)} | {markdown(f.file)} | {f.line} | {_check(f.check)} "
                f"| {label} | {markdown(f.message)} |"
            )
    lines += [f"- error: {markdown(p)}" for p in problems]
    return "\n".join(lines) + "\n"

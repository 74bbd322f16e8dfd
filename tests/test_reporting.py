"""The text report: what goes to a pipe is exactly what rich would have rendered."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.text import Text

from newsroom.models import Finding, Severity, Stage
from newsroom.reporting import text


def _findings() -> list[Finding]:
    return [
        Finding(
            "harbor",
            "stories/harbor/story.md",
            3,
            7,
            "body.repeated-word",
            Severity.ERROR,
            "delete the repeated word",
            excerpt="the the [red]council[/red] \x1b[2J voted " + "long " * 40,
        ),
        Finding(
            "harbor",
            "stories/harbor/factcheck.yaml",
            9,
            11,
            "factcheck.unverified",
            Severity.ERROR,
            "verify the claim",
            gate=Stage.FACT_CHECK,
            blocking=False,
        ),
        Finding(
            "bus", "stories/bus/story.md", 1, 1, "headline.case", Severity.WARNING, "sentence case"
        ),
    ]


def test_piped_report_is_what_rich_renders(capsys: pytest.CaptureFixture[str]) -> None:
    rows = text.finding_rows(_findings(), ["stories/x/story.md:2: invalid YAML"], 3)
    rendered = io.StringIO()
    Console(file=rendered, highlight=False, soft_wrap=True, emoji=False).print(
        Text("\n").join(text.as_text(row) for row in rows)
    )
    text.findings(_findings(), ["stories/x/story.md:2: invalid YAML"], 3)
    out = capsys.readouterr().out
    assert out == rendered.getvalue()
    assert "\x1b" not in out and "[red]council[/red]" in out and "\\x1b[2J" in out
    assert out.rstrip().endswith(
        "3 stories checked: 1 error, 1 warning, 0 suggestions, "
        "1 to-do for the current stage, 1 unreadable"
    )

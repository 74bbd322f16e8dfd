"""`newsroom check`."""

from __future__ import annotations

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import Format, Gate, story_slugs


@app.command()
def check(
    targets: list[str] = typer.Argument(
        None, help="Story slugs or folders (or files in them).", autocompletion=story_slugs
    ),
    all_: bool = typer.Option(False, "--all", help="Check every story under stories/."),
    stage: Gate | None = typer.Option(
        None, help="Hold stories to every gate up to and including this stage's."
    ),
    changed_since: str = typer.Option(
        "", help="Only stories changed since this git ref (all when newsroom.yaml changed)."
    ),
    format: Format = typer.Option(Format.TEXT, "--format", help="How to write the findings."),
    select: list[str] = typer.Option([], help="Only these check ids or groups (repeatable)."),
    ignore: list[str] = typer.Option([], help="Skip these check ids or groups (repeatable)."),
    jobs: int = typer.Option(0, help="Processes to use (0: one per core)."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Check every story afresh; don't read or write .newsroom-cache/."
    ),
) -> None:
    """Check stories against the gates of their stage and show what to fix.

    A story in stage S must pass every gate before S; S's own checks are shown as its
    to-do list. Exit codes: 0 clean, 1 blocking errors, 2 bad input, 3 bug.

    Example: newsroom check --all --format github
    """
    from newsroom.models import Stage
    from newsroom.services import checking
    from newsroom.services.workspace import Workspace

    ws = Workspace.find()
    slugs = checking.choose(ws, targets or (), all_, changed_since)
    if changed_since:  # as CI runs it
        checking.refuse_unlike_the_commit(ws, slugs, cached=not no_cache)
    request = checking.CheckRequest(
        slugs=tuple(slugs),
        stage=Stage(stage.value) if stage else None,
        select=tuple(_split(select)),
        ignore=tuple(_split(ignore)),
        jobs=jobs,
        cache=not no_cache,
    )
    report = checking.run_checks(ws.config, request)
    _render(report, format.value, [r.slug for r in report.results])
    raise typer.Exit(report.exit_code())


def _split(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _render(report: object, format: str, slugs: list[str]) -> None:
    from newsroom.reporting import emit
    from newsroom.services.checking import CheckReport

    assert isinstance(report, CheckReport)
    emit.findings(report.findings, report.problems, len(report.results), format, slugs)

"""`newsroom verify`, `newsroom ci`, `newsroom sync`: the audit trail, in CI and between clones."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import Format
from newsroom.models import Finding


def _render(found: Sequence[Finding], problems: Sequence[str], n: int, format: str) -> None:
    from newsroom.reporting import emit

    emit.findings(found, problems, n, format)


@app.command()
def verify(
    since: str = typer.Option(
        "", help="Only check commits after this git ref (HEAD itself has none: refused)."
    ),
    format: Format = typer.Option(Format.TEXT, "--format", help="How to write the findings."),
) -> None:
    """Replay the history and report every change to a story that no one allowed made.

    Replays every commit (merges included) and reads each story before and after it with
    the same reader as check: a stage, byline, credit, claim verdict, source approval,
    roster or fact-checked content changed by someone the roster before the commit did not
    allow (or, with require_signed, without their key) is a finding. It stands until the
    commit is reverted or an editor runs 'newsroom repair'; repairs are listed. Exit 1 on
    any finding.

    Example: newsroom verify --format github
    """
    from newsroom.reporting import emit
    from newsroom.services import verify as service
    from newsroom.services.workspace import Workspace

    report = service.verify(Workspace.find(), since)
    repairs = [(r.story, r.commit, r.by, r.reason, r.to) for r in report.repairs]
    emit.with_repairs(report.findings, report.stories, format.value, repairs)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def ci(
    changed_since: str = typer.Option(
        "",
        help="Only check stories changed, and verify commits made, since this git ref (its "
        "history is taken as verified: a pull request's base branch, never HEAD itself).",
    ),
    format: Format | None = typer.Option(
        None,
        "--format",
        help="How to write the findings (default: github in GitHub Actions, else text).",
        show_default=False,
    ),
) -> None:
    """What CI runs: every story against its stage's gates, plus verify of the sign-offs.

    With GITHUB_ACTIONS set, findings become workflow annotations and a summary is
    written to $GITHUB_STEP_SUMMARY. Exit 1 when a story or a sign-off fails.

    Example: newsroom ci --changed-since origin/main
    """
    from newsroom.reporting.summary import as_markdown
    from newsroom.services import checking
    from newsroom.services import verify as service
    from newsroom.services.workspace import Workspace

    in_actions = bool(os.environ.get("GITHUB_ACTIONS"))
    format = format or (Format.GITHUB if in_actions else Format.TEXT)
    ws = Workspace.find()
    slugs = checking.choose(ws, (), not changed_since, changed_since)
    checking.refuse_unlike_the_commit(ws, slugs, cached=True)
    report = checking.run_checks(ws.config, checking.CheckRequest(tuple(slugs)))
    audit = service.verify(ws, changed_since)
    found = [*report.findings, *audit.findings]
    _render(found, report.problems, len(report.results), format.value)
    summary = os.environ.get("GITHUB_STEP_SUMMARY", "")
    if in_actions and summary:
        markdown = as_markdown(found, report.problems, len(report.results), audit.commits)
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write(markdown)
    raise typer.Exit(max(report.exit_code(), 1 if audit.failed else 0))


@app.command()
def sync() -> None:
    """Pull others' work (rebasing yours on it) and push yours, retrying if the remote moves.

    Changes to the roster or to a story's claims, sources and credits made in two clones are
    merged entry by entry (a true conflict, one entry changed two ways, is left to you). If
    someone else signed off a story you also signed off, or your commits no longer hold on
    top of the remote's (a role you signed with was taken away), yours are not pushed: they
    are kept on a branch, this clone is reset to the remote, and you are told.

    Example: newsroom sync
    """
    from newsroom.english import counted
    from newsroom.reporting import text
    from newsroom.services import sync as service
    from newsroom.services.workspace import Workspace

    result = service.sync(Workspace.find())
    text.done(
        f"in sync with {result.remote}/{result.branch}: "
        f"{counted(result.pulled, 'commit')} pulled, {result.pushed} pushed"
    )

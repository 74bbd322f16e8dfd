"""`newsroom advance`, `return`, `publish`, `kill`, `correct`: sign-offs from the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import Gate, StageName, story_slugs

if TYPE_CHECKING:
    from newsroom.services.workflow import Outcome


def _signed(make: Callable[[], Outcome]) -> None:
    """Run a sign-off; show the gate's findings when it refuses, then the one-line reason."""
    from newsroom.errors import GateFailed
    from newsroom.reporting import text

    try:
        outcome = make()
    except GateFailed as exc:
        text.findings(exc.findings, (), 1)
        raise
    s = outcome.signoff
    move = (
        f"{s.action.value}ed" if s.from_stage == s.to_stage else f"{s.from_stage} -> {s.to_stage}"
    )
    tagged = f", tagged {outcome.tag}" if outcome.tag else ""
    text.done(
        f"{s.story}: {move}, signed off by {outcome.signer} "
        f"(commit {outcome.commit[:10]}{tagged}); share it with 'newsroom sync'"
    )


@app.command()
def advance(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    note: str = typer.Option("", help="A note for the sign-off, kept in the history."),
) -> None:
    """Sign off the story's current stage and move it to the next one.

    Runs the stage's gate first; refuses, changing nothing, when errors remain, when you
    may not sign off this stage, or when the story folder has uncommitted edits.

    Example: newsroom advance harbor-seawall-vote --note "credits checked"
    """
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    _signed(lambda: workflow.advance(Workspace.find(), slug, note))


@app.command(name="return")
def return_(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    to: Gate = typer.Option(..., "--to", help="The earlier stage to send it back to."),
    reason: str = typer.Option(..., help="Why it goes back (kept in the history)."),
) -> None:
    """Send a story back to an earlier stage (editors).

    Example: newsroom return harbor-seawall-vote --to draft --reason "needs the mayor's response"
    """
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    _signed(lambda: workflow.return_to(Workspace.find(), slug, to.value, reason))


@app.command()
def publish(
    slug: str = typer.Argument("", help="The story's slug.", autocompletion=story_slugs),
    due: bool = typer.Option(
        False, "--due", help="Publish every story at the publish stage whose embargo has passed."
    ),
) -> None:
    """Publish a story that is at the publish stage (an editor not on the byline).

    Every gate must pass, the content must be what the fact-check signed off (its pinned
    hash), and any embargo must have passed. Tags the commit published/SLUG. With --due
    (for a scheduled CI job), publishes every embargoed story whose time has come.

    Example: newsroom publish harbor-seawall-vote
    """
    from newsroom.english import counted
    from newsroom.errors import Refused, UsageError
    from newsroom.reporting import text
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    if bool(slug) == due:
        raise UsageError("name one story to publish, or use --due (not both)")
    if slug:
        _signed(lambda: workflow.publish(Workspace.find(), slug))
        return
    run = workflow.publish_due(Workspace.find())
    for outcome in run.published:
        text.done(f"{outcome.signoff.story}: published (commit {outcome.commit[:10]})")
    for name, reason in run.refused:
        text.error(f"{name}: {reason}")
    if run.refused:
        refused = counted(len(run.refused), "due story", "due stories")
        raise Refused(f"{refused} could not be published; see above")
    if not run.published:
        text.done("no embargoed story is due")


@app.command()
def kill(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    reason: str = typer.Option(..., help="Why the story is killed (kept in the history)."),
) -> None:
    """Kill a story: spike it, or withdraw it after publication (editors).

    Example: newsroom kill harbor-seawall-vote --reason "the vote was postponed"
    """
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    _signed(lambda: workflow.kill(Workspace.find(), slug, reason))


@app.command()
def correct(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    note: str = typer.Option(..., help="The correction note readers will see."),
) -> None:
    """Correct a published story (editors): your edits to it plus a dated correction note.

    Edit the story's files, then run this; the edits and the note become one sign-off.

    Example: newsroom correct harbor-seawall-vote --note "The wall is 2.4 miles, not 4.2."
    """
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    _signed(lambda: workflow.correct(Workspace.find(), slug, note))


@app.command()
def repair(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    to: StageName = typer.Option(..., "--to", help="The stage the story should be at."),
    reason: str = typer.Option(..., help="What is repaired and why (kept in the history)."),
) -> None:
    """Repair a story after a change no one was allowed to make (editors).

    A hand-edited stage, a forged verdict or an edit after fact-check keeps `verify` and
    CI failing until it is reverted or repaired. This sets the stage and signs for the story
    as it now is; verify accepts it from then on and names the repair and who made it.

    Example: newsroom repair harbor-seawall-vote --to fact-check --reason "stage was edited by hand"
    """
    from newsroom.services import workflow
    from newsroom.services.workspace import Workspace

    _signed(lambda: workflow.repair(Workspace.find(), slug, to.value, reason))


@app.command()
def history(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    all: bool = typer.Option(
        False, "--all", help="Every commit that touched the story, hand edits included."
    ),
) -> None:
    """Show a story's timeline from git: who signed off what, when, with which note.

    By default, the sign-offs and the changes newsroom's commands recorded (claims, sources,
    credits, the filing); --all adds every other commit that touched the story's folder.

    Example: newsroom history harbor-seawall-vote --all
    """
    from newsroom.english import counted
    from newsroom.reporting import text
    from newsroom.services import timeline
    from newsroom.services.workspace import Workspace

    events = timeline.history(Workspace.find(), slug)
    shown = events if all else [e for e in events if e.audited]
    signed = any(e.signature for e in shown)
    rows = [
        (
            e.date[:16].replace("T", " "),
            e.who,
            e.action,
            f"{e.from_stage} -> {e.to_stage}" if e.from_stage else "-",
            e.note or "-",
            e.commit[:10],
            *((e.signature or "-",) if signed else ()),
        )
        for e in shown
    ]
    hidden = len(events) - len(shown)
    footer = (
        f"{counted(hidden, 'other commit')} touched {slug} outside newsroom's commands; "
        f"'newsroom history {slug} --all' shows them"
        if hidden
        else ""
    )
    columns = ("when", "who", "action", "move", "note", "commit")
    text.table(
        f"History of {slug}",
        (*columns, *(("signature",) if signed else ())),
        rows,
        footer=footer,
    )

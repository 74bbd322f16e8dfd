"""`newsroom new`, `newsroom status`, `newsroom show`, `newsroom diff`."""

from __future__ import annotations

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import Gate, StageName, TextOrJson, story_slugs


@app.command()
def new(
    slug: str = typer.Argument(..., help="Folder name: lowercase letters, digits, hyphens."),
    headline: str = typer.Option(..., help="The working headline."),
    dek: str = typer.Option("", help="One-line summary under the headline."),
    byline: list[str] = typer.Option(
        [], help="Roster id or name; repeat for each author (default: you)."
    ),
    desk: str = typer.Option("", help="Desk, e.g. metro, politics, sports."),
    type: str = typer.Option("news", "--type", help="news, analysis, opinion, fact-check..."),
) -> None:
    """File a new draft story from the template and commit it as you.

    Example: newsroom new harbor-seawall-vote --headline "Harbor City approves seawall"
    --dek "The council voted 5-2." --desk metro
    """
    from newsroom.reporting import text
    from newsroom.services import stories
    from newsroom.services.workspace import Workspace

    ws = Workspace.find()
    folder = stories.create(ws, stories.NewStory(slug, headline, dek, tuple(byline), desk, type))
    text.done(
        f"filed {folder.relative_to(ws.root)} as a draft; write it with 'newsroom edit "
        f"{slug}' (the draft gate runs when you save), or edit story.md and run 'newsroom "
        f"check {slug}'"
    )


@app.command()
def edit(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
) -> None:
    """Open a story's story.md in your editor ($VISUAL or $EDITOR), then run the draft gate.

    The gate's findings are shown when the editor closes (exit 1 if any blocks the draft);
    the edit stays in the working tree for you to commit.

    Example: newsroom edit harbor-seawall-vote
    """
    import os

    from newsroom.reporting import emit, text
    from newsroom.services import editing
    from newsroom.services.workspace import Workspace

    done = editing.edit(Workspace.find(), slug, os.environ)
    report = done.report
    emit.findings(report.findings, report.problems, len(report.results), "text", [slug])
    if done.changed and not report.problems:  # (a story no command can read: fix it first)
        story_md = f"stories/{slug}/story.md"
        text.done(editing.next_step(slug, done.stage, story_md))
    raise typer.Exit(report.exit_code())


@app.command()
def status(
    stage: list[StageName] = typer.Option(
        [], "--stage", help="Only stories at this stage; repeat for more (published works too)."
    ),
    desk: str = typer.Option("", "--desk", help="Only this desk's stories, e.g. metro."),
    mine: bool = typer.Option(
        False, "--mine", help="Only stories you are on the byline of or may sign off next."
    ),
    blocked: bool = typer.Option(False, "--blocked", help="Only stories whose gates fail."),
    all: bool = typer.Option(False, "--all", help="Published and killed stories too."),
    format: TextOrJson = typer.Option(TextOrJson.TEXT, "--format", help="text or json."),
) -> None:
    """Show the board: the stories in progress by stage, their blockers, last change and
    who must act next (by name).

    Published and killed stories leave the board (--all shows them). The text fits the
    terminal's width; with --format json, each story also lists the checks that block it,
    and the filters apply the same way.

    Example: newsroom status --stage fact-check --desk metro
    """
    from newsroom.english import counted
    from newsroom.models import Stage
    from newsroom.services import stories
    from newsroom.services.workspace import Workspace

    wanted = stories.BoardFilter(
        tuple(Stage(s.value) for s in stage), desk, mine, blocked, everything=all
    )
    board = stories.board(Workspace.find(), wanted)
    if format is TextOrJson.JSON:
        from newsroom.reporting import emit

        emit.board_json(board)
        return
    from newsroom.reporting import board as report

    hidden = sum(board.counts()[s.value] for s in stories.OFF_THE_BOARD)
    left_out = (
        f"; {counted(hidden, 'published or killed story', 'published or killed stories')} "
        "left out ('newsroom status --all' lists them)"
        if hidden and not all and not stage
        else ""
    )
    report.write(board, left_out)


@app.command()
def show(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
) -> None:
    """Show one story's card: stage, what is left to do before it can move on, and counts.

    Example: newsroom show harbor-seawall-vote
    """
    from newsroom.reporting import text
    from newsroom.services import stories
    from newsroom.services.workspace import Workspace

    c = stories.card(Workspace.find(), slug)
    verified = f"{c.claims_verified} of {c.claims} verified" if c.claims else "none"
    if c.claims_stale:
        verified += f" ({c.claims_stale} stale: verify again)"
    text.fields(
        c.headline or c.slug,
        [
            ("story", c.slug),
            ("stage", c.stage.value),
            ("next", f"{c.next_stage.value} (signed off by: {c.signers})" if c.next_stage else "-"),
            *((("stuck", f"it can never move on: {c.stuck}"),) if c.stuck else ()),
            ("dek", c.dek),
            ("byline", ", ".join(c.byline)),
            ("desk", c.desk or "-"),
            ("type", c.type),
            ("images", str(c.images)),
            ("sources", str(c.sources)),
            ("claims", verified),
        ],
    )
    if c.findings:
        text.findings(c.findings, (), 1)
    else:
        text.done("nothing left to do at this stage")


@app.command()
def diff(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    since: Gate = typer.Option(
        Gate.FACT_CHECK,
        "--since",
        help="Compare with the story as its sign-off out of this stage left it.",
    ),
    format: TextOrJson = typer.Option(
        TextOrJson.TEXT, "--format", help="How to write the changes."
    ),
) -> None:
    """Show what changed in a story since the newest sign-off out of a stage.

    Headline, dek, byline and stage; the body word by word, with line numbers in story.md;
    claims, sources, credits and images (captions, credits, and files whose bytes changed).
    Uncommitted edits count. For the fact-checker who gets a story back, and the editor
    deciding whether it needs checking again.

    Example: newsroom diff harbor-seawall-vote --since fact-check
    """
    from newsroom.models import Stage
    from newsroom.reporting import diff as report
    from newsroom.services import diff as service
    from newsroom.services.workspace import Workspace

    report.write(service.diff(Workspace.find(), slug, Stage(since.value)), format.value)

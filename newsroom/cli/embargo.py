"""`newsroom embargo`: hold a story until a time, or lift the hold."""

from __future__ import annotations

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import story_slugs

embargo_app = typer.Typer(
    name="embargo",
    help="Hold a story until a time (publish refuses it before), or lift the hold.\n\n"
    "Example: newsroom embargo harbor-seawall set 2026-03-02T09:00-05:00",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(embargo_app, name="embargo")


@embargo_app.callback()
def _story(
    ctx: typer.Context,
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
) -> None:
    ctx.obj = slug


@embargo_app.command("set")
def embargo_set(
    ctx: typer.Context,
    when: list[str] = typer.Argument(
        ..., metavar="TIME", help="An ISO time with its offset, or a time and a zone name."
    ),
) -> None:
    """Hold the story until TIME and commit story.md.

    TIME carries its zone: an offset (2026-03-02T09:00-05:00, 2026-03-02T14:00Z) or a zone
    name after it (2026-03-02 09:00 America/New_York). 'publish' refuses the story before
    then; 'publish --due' publishes it after.

    Example: newsroom embargo harbor-seawall set 2026-03-02 09:00 America/New_York
    """
    from newsroom.reporting import text
    from newsroom.services import embargo
    from newsroom.services.workspace import Workspace

    done = embargo.set_embargo(Workspace.find(), ctx.obj, " ".join(when))
    assert done.until is not None
    text.done(
        f"{ctx.obj} is under embargo until {done.until.isoformat()}; committed ({done.commit[:8]})"
    )


@embargo_app.command("clear")
def embargo_clear(ctx: typer.Context) -> None:
    """Lift the story's embargo and commit story.md.

    Example: newsroom embargo harbor-seawall clear
    """
    from newsroom.reporting import text
    from newsroom.services import embargo
    from newsroom.services.workspace import Workspace

    done = embargo.clear_embargo(Workspace.find(), ctx.obj)
    text.done(f"lifted the embargo on {ctx.obj}; committed ({done.commit[:8]})")

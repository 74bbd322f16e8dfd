"""`newsroom init`."""

from __future__ import annotations

from pathlib import Path

import typer

from newsroom.cli.app import app
from newsroom.services.hooks import Hook

_HOOK_SAID = {
    Hook.PRE_COMMIT: "commits are checked by pre-commit once each clone runs 'pre-commit install' "
    "({file})",
    Hook.GIT: "commits in this clone are checked by the git hook {file}",
    Hook.NONE: "no commit hook was set up",
}


@app.command()
def init(
    path: Path = typer.Argument(Path("."), help="Folder for the newsroom (made if missing)."),
    name: str = typer.Option("", help="The newsroom's name (default: the folder's name)."),
    hook: Hook = typer.Option(
        Hook.PRE_COMMIT,
        help="How commits get their stories checked: a pre-commit configuration (committed, "
        "for every clone), a plain git hook in this clone, or none.",
    ),
) -> None:
    """Create a newsroom: newsroom.yaml, stories/, a CI workflow and a commit hook.

    You become the first person on the roster (from git's user.name and user.email). An
    existing git hook is never replaced.

    Example: newsroom init coastal-daily --name "Coastal Daily Press"
    """
    from newsroom.reporting import text
    from newsroom.services import setup

    result = setup.init(path, name, hook)
    text.done(
        f"newsroom created in {result.root} ({', '.join(result.files)}); you are "
        f"'{result.person_id}' on the roster"
    )
    text.done(_HOOK_SAID[result.hook].format(file=result.hook_file))

"""`newsroom init`."""

from __future__ import annotations

from pathlib import Path

import typer

from newsroom.cli.app import app


@app.command()
def init(
    path: Path = typer.Argument(Path("."), help="Folder for the newsroom (made if missing)."),
    name: str = typer.Option("", help="The newsroom's name (default: the folder's name)."),
) -> None:
    """Create a newsroom: newsroom.yaml, stories/, a CI workflow and a pre-commit hook.

    You become the first person on the roster (from git's user.name and user.email).

    Example: newsroom init coastal-daily --name "Coastal Daily Press"
    """
    from newsroom.reporting import text
    from newsroom.services import setup

    result = setup.init(path, name)
    text.done(
        f"newsroom created in {result.root} ({', '.join(result.files)}); you are "
        f"'{result.person_id}' on the roster"
    )

"""`newsroom person`: the roster in newsroom.yaml, changed by an editor."""

from __future__ import annotations

import typer

from newsroom.cli.app import app

person_app = typer.Typer(
    name="person",
    help="Add, change, remove and list the people on the roster (an editor's change).\n\n"
    'Example: newsroom person add jdoe --name "Jane Doe" --email jane@example.org --role '
    "reporter",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(person_app, name="person")

ID = typer.Argument(..., help="Their roster id, e.g. jdoe.")


def _done(what: str, commit: str) -> None:
    from newsroom.reporting import text

    text.done(f"{what}; committed newsroom.yaml ({commit[:8]})")


@person_app.command("add")
def person_add(
    id: str = ID,
    name: str = typer.Option(..., help="Their name as bylines and credits show it."),
    email: str = typer.Option(..., help="The email their git commits use."),
    role: list[str] = typer.Option(..., help="reporter, editor, fact-checker, ... (repeatable)"),
    signing_key: str = typer.Option("", help="Their SSH public key, for require_signed."),
) -> None:
    """Put a colleague on the roster and commit newsroom.yaml (as an editor).

    Example: newsroom person add jdoe --name "Jane Doe" --email jane@example.org --role
    reporter
    """
    from newsroom.services import roster
    from newsroom.services.workspace import Workspace

    change = roster.PersonChange(id, name, email, tuple(role), signing_key)
    done = roster.add_person(Workspace.find(), change)
    _done(f"added {done.person} ({', '.join(role)})", done.commit)


@person_app.command("edit")
def person_edit(
    id: str = ID,
    name: str = typer.Option(None, help="A new name."),
    email: str = typer.Option(None, help="A new email (the one their commits use)."),
    role: list[str] = typer.Option(None, help="Their roles (repeatable; replaces them all)."),
    signing_key: str = typer.Option(None, help="Their SSH public key ('' clears it)."),
) -> None:
    """Change a person's name, email, roles or signing key and commit newsroom.yaml.

    Example: newsroom person edit jdoe --role reporter --role editor
    """
    from newsroom.services import roster
    from newsroom.services.workspace import Workspace

    change = roster.PersonChange(id, name, email, tuple(role) if role else None, signing_key)
    _done(f"changed {id}", roster.edit_person(Workspace.find(), change).commit)


@person_app.command("remove")
def person_remove(id: str = ID) -> None:
    """Take someone off the roster and commit newsroom.yaml (refused while a story relies
    on them, or for the last editor).

    Example: newsroom person remove jdoe
    """
    from newsroom.services import roster
    from newsroom.services.workspace import Workspace

    _done(f"removed {id}", roster.remove_person(Workspace.find(), id).commit)


@person_app.command("list")
def person_list() -> None:
    """Show the roster: id, name, email and roles.

    Example: newsroom person list
    """
    from newsroom.reporting import text
    from newsroom.services import roster
    from newsroom.services.workspace import Workspace

    rows = [
        (p.id, p.name, p.email, ", ".join(p.roles), "yes" if p.signing_key else "")
        for p in roster.people(Workspace.find())
    ]
    text.table("Roster", ("id", "name", "email", "roles", "signing key"), rows)

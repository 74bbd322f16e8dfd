"""`newsroom credit`, `newsroom source`, `newsroom claim`: one story's credits, sources, claims."""

from __future__ import annotations

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import SourceKind, Verdict, story_slugs


def _group(name: str, help: str) -> typer.Typer:
    group = typer.Typer(
        name=name, help=help, no_args_is_help=True, add_completion=False, rich_markup_mode=None
    )
    app.add_typer(group, name=name)
    return group


credit_app = _group(
    "credit",
    "Credit the people who worked on a story (credits.yaml).\n\n"
    'Example: newsroom credit harbor-seawall add "Maria Chen" --role additional-reporting',
)
source_app = _group(
    "source",
    "List who and what a story relies on (sources.yaml).\n\n"
    'Example: newsroom source harbor-seawall add whitfield "Dana Whitfield" --kind person',
)
claim_app = _group(
    "claim",
    "Record and verify the claims a story makes (factcheck.yaml).\n\n"
    'Example: newsroom claim harbor-seawall add "voted 5-2 on Tuesday" --source council-minutes',
)

SLUG = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs)


@credit_app.callback()
@source_app.callback()
@claim_app.callback()
def _story(ctx: typer.Context, slug: str = SLUG) -> None:
    ctx.obj = slug


def _done(edited: object, what: str) -> None:
    from newsroom.reporting import text
    from newsroom.services.contributions import Edited

    assert isinstance(edited, Edited)
    text.done(f"{what}; committed {edited.file} ({edited.commit[:8]})")


@credit_app.command("add")
def credit_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The contributor's name as it should appear."),
    role: str = typer.Option(..., help="reporting, additional-reporting, photography, ..."),
    person: str = typer.Option("", help="Their roster id, if they are on the roster."),
    note: str = typer.Option("", help="A note, e.g. what they contributed."),
) -> None:
    """Credit a contributor with a role and commit credits.yaml.

    Example: newsroom credit harbor-seawall add "Maria Chen" --role additional-reporting
    --person mchen
    """
    from newsroom.models import Contributor
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    edited = svc.add_credit(Workspace.find(), ctx.obj, Contributor(name, role, person, note))
    _done(edited, f"credited {name.strip()} for {role}")


@credit_app.command("remove")
def credit_remove(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The contributor's name as credited."),
    role: str = typer.Option("", help="Only this role (default: every role)."),
) -> None:
    """Remove a contributor's credit and commit credits.yaml.

    Example: newsroom credit harbor-seawall remove "Maria Chen"
    """
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    _done(svc.remove_credit(Workspace.find(), ctx.obj, name, role), f"removed {name}")


@credit_app.command("list")
def credit_list(ctx: typer.Context) -> None:
    """Show who is credited on a story and for what.

    Example: newsroom credit harbor-seawall list
    """
    from newsroom.reporting import text
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    rows = [
        (c.name, c.role, c.person or "-", c.note) for c in svc.credits(Workspace.find(), ctx.obj)
    ]
    text.table(f"Credits: {ctx.obj}", ("name", "role", "roster id", "note"), rows)


@source_app.command("add")
def source_add(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="A short id for claims to cite, e.g. city-engineer."),
    name: str = typer.Argument(..., help="Name, or a description for an anonymous source."),
    kind: SourceKind = typer.Option(SourceKind.PERSON, help="What the source is."),
    affiliation: str = typer.Option("", help="Title and organization."),
    contact: str = typer.Option("", help="How to reach the source (kept in the newsroom)."),
    url: str = typer.Option("", help="Where a document or dataset can be found."),
    anonymous: bool = typer.Option(False, "--anonymous", help="The story does not name them."),
    why: str = typer.Option("", help="Why anonymity was granted (what naming would risk)."),
    approved_by: str = typer.Option("", help="Roster id of the editor who approved anonymity."),
) -> None:
    """List a source the story relies on and commit sources.yaml.

    Anonymous sources need the real reason (--why) and the approving editor (--approved-by).

    Example: newsroom source harbor-seawall add ortega "Luis Ortega" --affiliation
    "Florida Department of Environmental Protection"
    """
    from newsroom.models import Source
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    new = Source(id, name, kind.value, affiliation, contact, url, anonymous, why, approved_by)
    _done(svc.add_source(Workspace.find(), ctx.obj, new), f"added source {id}")


@source_app.command("edit")
def source_edit(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="The source's id (see 'source SLUG list')."),
    name: str = typer.Option(None, help="A new name (or description, if anonymous)."),
    kind: SourceKind = typer.Option(None, help="What the source is."),
    affiliation: str = typer.Option(None, help="Title and organization ('' clears it)."),
    contact: str = typer.Option(None, help="How to reach the source ('' clears it)."),
    url: str = typer.Option(None, help="Where a document or dataset can be found."),
    anonymous: bool = typer.Option(
        None, "--anonymous/--named", help="The story does not name them / now names them."
    ),
    why: str = typer.Option(None, help="Why anonymity was granted (what naming would risk)."),
    approved_by: str = typer.Option(None, help="Roster id of the editor approving anonymity."),
) -> None:
    """Change a source's name, kind, details or anonymity and commit sources.yaml.

    Only the options given change. An anonymity approval is recorded by the editor who
    gives it (--approved-by with their own roster id).

    Example: newsroom source harbor-seawall edit ortega --affiliation "Florida Department
    of Environmental Protection, spokesman"
    """
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    change = svc.SourceChange(
        id,
        name,
        kind.value if kind else None,
        affiliation,
        contact,
        url,
        anonymous,
        why,
        approved_by,
    )
    _done(svc.edit_source(Workspace.find(), ctx.obj, change), f"changed source {id}")


@source_app.command("remove")
def source_remove(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="The source's id (see 'source SLUG list')."),
) -> None:
    """Take a source off a story and commit sources.yaml (refused while a claim cites it).

    Example: newsroom source harbor-seawall remove malone
    """
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    _done(svc.remove_source(Workspace.find(), ctx.obj, id), f"removed source {id}")


@source_app.command("list")
def source_list(ctx: typer.Context) -> None:
    """Show the sources a story relies on.

    Example: newsroom source harbor-seawall list
    """
    from newsroom.reporting import text
    from newsroom.services import contributions as svc
    from newsroom.services.workspace import Workspace

    rows = [
        (
            s.id,
            s.name,
            s.kind,
            s.affiliation,
            f"anonymous (approved by {s.anonymity_approved_by or '-'})" if s.anonymous else "",
        )
        for s in svc.sources(Workspace.find(), ctx.obj)
    ]
    text.table(f"Sources: {ctx.obj}", ("id", "name", "kind", "affiliation", "note"), rows)


@claim_app.command("add")
def claim_add(
    ctx: typer.Context,
    text_: str = typer.Argument(..., metavar="TEXT", help="The claim's exact words from the body."),
    source: list[str] = typer.Option(..., help="Source id that supports it (repeatable)."),
    id: str = typer.Option("", help="Claim id (default: made from the text)."),
    note: str = typer.Option("", help="A note for the fact-checker."),
) -> None:
    """Record a claim: words quoted exactly once from the body, with its sources.

    Example: newsroom claim harbor-seawall add "voted 5-2 on Tuesday" --source council-minutes
    """
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    edited, cid = claims.add_claim(
        Workspace.find(), ctx.obj, claims.NewClaim(text_, tuple(source), id, note)
    )
    _done(edited, f"added claim {cid} (unverified)")


@claim_app.command("edit")
def claim_edit(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="The claim's id (see 'claim SLUG list')."),
    text_: str = typer.Option(
        None, "--text", help="The claim's new words, exactly as they stand in the body."
    ),
    source: list[str] = typer.Option(
        None, help="Source id that supports it (repeatable; replaces the list)."
    ),
    note: str = typer.Option(None, help="A note for the fact-checker ('' clears it)."),
) -> None:
    """Change a claim's words, sources or note and commit factcheck.yaml.

    A verdict on the claim stays as it was given, and turns stale when the words change: the
    claim counts as unverified until a fact-checker verifies it again.

    Example: newsroom claim harbor-seawall edit vote --text "voted 5-2 on Tuesday" --source
    council-minutes
    """
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    change = claims.ClaimChange(id, text_, tuple(source) if source else None, note)
    _done(claims.edit_claim(Workspace.find(), ctx.obj, change), f"changed claim {id}")


@claim_app.command("remove")
def claim_remove(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="The claim's id (see 'claim SLUG list')."),
) -> None:
    """Take a claim off a story and commit factcheck.yaml.

    A claim that carries a verdict is removed by a fact-checker who is not on the byline.

    Example: newsroom claim harbor-seawall remove most-expensive
    """
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    _done(claims.remove_claim(Workspace.find(), ctx.obj, id), f"removed claim {id}")


@claim_app.command("verify")
def claim_verify(
    ctx: typer.Context,
    id: str = typer.Argument(..., help="The claim's id (see 'claim SLUG list')."),
    status: Verdict = typer.Option(..., help="Your verdict."),
    evidence: str = typer.Option("", help="URL of the evidence."),
    note: str = typer.Option("", help="What was checked, or why it is not checkable."),
) -> None:
    """Record your verdict on a claim as the fact-checker (you must not be on the byline).

    The verdict is committed on its own, as you (signed when require_signed is on), and
    pins the claim's words and the body sentence they stand in: if either changes, the
    verdict turns stale and the claim must be verified again.

    Example: newsroom claim harbor-seawall verify vote --status verified --evidence
    https://harborcity.example/council/minutes
    """
    from newsroom.models import ClaimStatus
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    verdict = claims.Verdict(id, ClaimStatus(status), evidence, note)
    _done(claims.verify_claim(Workspace.find(), ctx.obj, verdict), f"claim {id} is {status}")


@claim_app.command("waive")
def claim_waive(
    ctx: typer.Context,
    text_: str = typer.Argument(..., metavar="TEXT", help="The words from the body to waive."),
    reason: str = typer.Option(..., help="Why this statement needs no claim."),
) -> None:
    """Record that a checkable statement needs no claim, and why (as the fact-checker).

    Example: newsroom claim harbor-seawall waive "2.4 miles" --reason "measured on the
    city's published map"
    """
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    _done(claims.waive(Workspace.find(), ctx.obj, text_, reason), f"waived '{text_}'")


@claim_app.command("list")
def claim_list(ctx: typer.Context) -> None:
    """Show a story's claims: status, who checked them, sources, and where they stand.

    A verdict whose claim or body sentence changed since it was given is shown as stale
    and counts as unverified.

    Example: newsroom claim harbor-seawall list
    """
    from newsroom.reporting import text
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    found = claims.claim_rows(Workspace.find(), ctx.obj)
    rows = [
        (
            r.claim.id,
            f"stale ({r.claim.status.value} before)" if r.stale else r.claim.status.value,
            r.claim.checked_by or "-",
            ", ".join(r.claim.sources) or "-",
            f"{r.line}:{r.column}" if r.line else "stale: not in the body",
            r.claim.text,
        )
        for r in found
    ]
    stale = [r.claim.id for r in found if r.stale]
    text.table(
        f"Claims: {ctx.obj}",
        ("id", "status", "checked by", "sources", "story.md", "text"),
        rows,
        footer=f"stale verdicts ({', '.join(stale)}): the words they vouched for changed, so "
        f"they count as unverified; verify again with 'newsroom claim {ctx.obj} verify "
        f"{stale[0]} --status ...'"
        + (f", and likewise {', '.join(stale[1:])}" if stale[1:] else "")
        if stale
        else "",
    )


@claim_app.command("suggest")
def claim_suggest(ctx: typer.Context) -> None:
    """Show the checkable statements in the body that no claim covers yet.

    Example: newsroom claim harbor-seawall suggest
    """
    from newsroom.english import one_of
    from newsroom.reporting import text
    from newsroom.services import claims
    from newsroom.services.workspace import Workspace

    found = claims.suggest(Workspace.find(), ctx.obj)
    rows = [(f"{s.line}:{s.column}", s.kind, s.what, s.sentence) for s in found.statements]
    sources = one_of("source-id", found.sources) or f"add one: newsroom source {ctx.obj} add ..."
    text.table(
        f"Checkable statements without a claim: {ctx.obj}",
        ("story.md", "kind", "checkable", "sentence"),
        rows,
        footer=f'{len(rows)} to cover with \'newsroom claim {ctx.obj} add "..." --source '
        f"<source-id>' ({sources})"
        if rows
        else "every checkable statement is covered",
    )

"""`newsroom build`, `preview`, `export`: the published site and what syndication takes."""

from __future__ import annotations

from pathlib import Path

import typer

from newsroom.cli.app import app


@app.command()
def build(
    out: Path = typer.Option(
        None, "--out", help="The folder for the site (default: public/ in the newsroom)."
    ),
    base_url: str = typer.Option(
        "", "--base-url", help="The site's public address (default: 'url' in newsroom.yaml)."
    ),
) -> None:
    """Build the site from the last commit: a page per published story, the index and feeds.

    Renders again only what changed since the last build into the same folder; the same
    commit always gives the same files. Stories under embargo are left out until it passes.

    Example: newsroom build --out public/ --base-url https://news.example.org/
    """
    from newsroom.reporting import text
    from newsroom.services.workspace import Workspace
    from newsroom.site.build import build as build_site

    ws = Workspace.find()
    built = build_site(ws.root, out or ws.root / "public", base_url)
    for problem in built.unreadable:
        text.error(f"not on the site: {problem}")
    held = f"; {len(built.embargoed)} under embargo" if built.embargoed else ""
    text.done(
        f"built {built.out} from commit {built.commit[:10]}: {built.on_site} stor(ies) on the "
        f"site, {built.rendered} rendered, {built.removed} taken down{held}"
    )

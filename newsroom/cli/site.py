"""`newsroom build`, `preview`, `export`: the published site and what syndication takes."""

from __future__ import annotations

import enum
import shutil
from pathlib import Path

import typer

from newsroom.cli.app import app
from newsroom.cli.choices import story_slugs


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
    from newsroom.english import counted
    from newsroom.reporting import text
    from newsroom.services.workspace import Workspace
    from newsroom.site.build import build as build_site

    ws = Workspace.find()
    built = build_site(ws.root, out or ws.root / "public", base_url)
    if built.undated:
        text.error(
            f"{counted(built.undated, 'story')} on the site "
            f"{'has' if built.undated == 1 else 'have'} no publication sign-off in the history "
            "read, so no publication time; build in a clone with the whole history (fetch-depth: 0)"
        )
    held = f"; {len(built.embargoed)} under embargo" if built.embargoed else ""
    text.done(
        f"built {built.out} from commit {built.commit[:10]}: {counted(built.on_site, 'story')} on "
        f"the site, {built.rendered} rendered, {built.removed} taken down{held}"
    )
    if built.unreadable:  # the rest is built; this one is not, and says why in one line
        from newsroom.errors import InputError

        more = len(built.unreadable) - 1
        others = f" (and {counted(more, 'more story', 'more stories')} that cannot be read)"
        raise InputError(f"not on the site: {built.unreadable[0]}" + (others if more else ""))


class ExportFormat(enum.StrEnum):
    NINJS = "ninjs"


@app.command()
def export(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    format: ExportFormat = typer.Option(..., "--format", help="The format to write."),
    out: Path = typer.Option(None, "--out", help="Write to this file (default: the output)."),
    base_url: str = typer.Option(
        "", "--base-url", help="The site's public address (default: 'url' in newsroom.yaml)."
    ),
) -> None:
    """Export a published story for syndication: IPTC ninjs 2.1 JSON, from the last commit.

    Example: newsroom export harbor-seawall-vote --format ninjs --out harbor-seawall-vote.json
    """
    from newsroom.errors import UsageError
    from newsroom.reporting import text
    from newsroom.services.workspace import Workspace
    from newsroom.site import single
    from newsroom.site.build import check_output_place, web_address
    from newsroom.site.structured import document

    ws = Workspace.find()
    if out is not None:
        check_output_place(ws.root, out, "--out")
    item = document(single.export_ninjs(ws.root, slug, web_address(base_url)))
    if out is None:
        text.document(item)
        return
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give the file to write, e.g. {slug}.json")
    try:
        out.write_text(item, encoding="utf-8")
    except OSError as exc:
        raise UsageError(
            f"cannot write {out} ({exc.strerror or exc}); give --out a file in "
            "a folder that exists and can be written"
        ) from None
    text.done(f"{slug}: ninjs written to {out}")


@app.command()
def preview(
    slug: str = typer.Argument(..., help="The story's slug.", autocompletion=story_slugs),
    serve: bool = typer.Option(
        True, "--serve/--no-serve", help="Serve it on this machine, or only print its folder."
    ),
) -> None:
    """Render a story at any stage, as it would be published, and show it in a browser.

    The page is made from the working folder (uncommitted edits included) into a temporary
    folder, and served on 127.0.0.1 until Ctrl-C; with --no-serve, its folder is printed.

    Example: newsroom preview harbor-seawall-vote
    """
    from newsroom.reporting import text
    from newsroom.services.workspace import Workspace
    from newsroom.site import single

    shown = single.preview(Workspace.find().root, slug)
    if not serve:
        text.document(str(shown.folder / "index.html") + "\n")
        return
    with single.server(shown.folder.parent) as httpd:
        port = httpd.server_address[1]
        text.done(
            f"preview of {slug} ({shown.stage.value}): http://127.0.0.1:{port}/{slug}/ "
            "(Ctrl-C stops it)"
        )
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            text.done("preview stopped")
        finally:
            shutil.rmtree(shown.folder.parent, ignore_errors=True)

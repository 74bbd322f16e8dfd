"""`newsroom file`: file a story from a reporter's document."""

from __future__ import annotations

from pathlib import Path

import typer

from newsroom.cli.app import app


@app.command("file")
def file_(
    path: Path = typer.Argument(
        ..., help="The document: .txt, .md, .mdx, .svx, .html, .htm or .docx."
    ),
    slug: str = typer.Option("", help="Folder name (default: made from the headline)."),
    desk: str = typer.Option("", help="Desk, e.g. metro, politics, sports."),
    byline: list[str] = typer.Option(
        [], help="Roster id or name; repeat for each author (default: the document's, or you)."
    ),
    type: str = typer.Option("news", "--type", help="news, analysis, opinion, fact-check..."),
) -> None:
    """File a draft story from a document: pasted text, Markdown, a saved web page or a
    Word file.

    The headline, dek, byline, dateline, body, images (caption, credit, alt text) and
    contributor lines are found and placed; web-page chrome (navigation, share buttons,
    newsletter prompts, related stories, footers) is left out. The original is kept
    unchanged in the story's source/ folder with a report of what went where, the story is
    committed as a draft by you, and the draft gate's findings are shown.

    Example: newsroom file ~/Downloads/seawall-vote.docx --desk metro
    """
    from newsroom.reporting import text
    from newsroom.services import filing
    from newsroom.services.workspace import Workspace

    ws = Workspace.find()
    request = filing.FileRequest(path, slug, desk, tuple(byline), type)
    filed = filing.file_story(ws, request)
    text.table(
        f"Filed {filed.slug}",
        ("part", "went to", "text"),
        [(r.part, r.went, r.text) for r in filed.summary],
        footer=f"this report, with every piece left out, is kept in {filed.report}",
    )
    text.findings(filed.findings, (), 1)
    text.done(
        f"filed stories/{filed.slug} as a draft; edit story.md, then run "
        f"'newsroom check {filed.slug}'"
    )

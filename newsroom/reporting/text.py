"""Human output. The only module that imports rich; story text always goes in as plain Text."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsroom.models import Finding, Severity
from newsroom.reporting.safe import one_line, visible

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.SUGGESTION: "cyan"}


def console(stderr: bool = False) -> Console:
    return Console(
        stderr=stderr,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        file=sys.stderr if stderr else sys.stdout,
    )


def plain(text: str) -> Text:
    """Story text as inert Text: no markup, no escapes reaching the terminal."""
    return Text(visible(text))


def error(message: str) -> None:
    out = console(stderr=True)
    out.print(Text("error: ", style="bold red") + plain(message))


def done(message: str) -> None:
    console().print(Text("✓ ", style="green") + plain(message))


def findings(found: Sequence[Finding], problems: Sequence[str], checked: int) -> None:
    show(console(), finding_rows(found, problems, checked))


# A line of a report: pieces of text, each with its rich style ("" for none).
Row = list[tuple[str, str]]


def as_text(row: Row) -> Text:
    return Text.assemble(*row)


def show(out: Console, rows: Sequence[Row]) -> None:
    """Print rows. A report can run to thousands of lines: when nothing will draw the styles
    (output to a file or a pipe) the text goes out as it is, without rich's rendering per line,
    which would take longer than the checks."""
    if out.is_terminal:
        out.print(Text("\n").join(as_text(row) for row in rows))
        return
    out.file.write("".join("".join(piece for piece, _ in row) + "\n" for row in rows))
    out.file.flush()


def finding_rows(found: Sequence[Finding], problems: Sequence[str], checked: int) -> list[Row]:
    """The report's lines; story text in them is made visible (escapes shown, not run) and
    kept on its line (a line break in it shown as \\n)."""
    rows: list[Row] = []
    for file, group in groupby(found, key=lambda f: f.file):
        rows.append([(one_line(file), "bold underline")])
        for f in group:
            label = f.severity.value if f.blocking else "to-do"
            rows.append(
                [
                    (f"  {f.line}:{f.column}".ljust(10), ""),
                    (label.ljust(11), _STYLE[f.severity] if f.blocking else "dim"),
                    (one_line(f.check).ljust(30) + " ", "bold"),
                    (one_line(f.message), ""),
                ]
            )
            if f.excerpt:
                rows.append([("            │ ", "dim"), (visible(_clip(f.excerpt)), "")])
        rows.append([])
    for problem in problems:
        rows.append([("error: ", "bold red"), (one_line(problem), "")])
    blocking = [f for f in found if f.blocking]
    counts = {s: sum(1 for f in blocking if f.severity is s) for s in Severity}
    todo = sum(1 for f in found if not f.blocking)
    errors = counts[Severity.ERROR]
    summary: Row = [
        (f"{checked} {'story' if checked == 1 else 'stories'} checked: ", ""),
        (f"{errors} errors", _STYLE[Severity.ERROR] if errors else "green"),
        (
            f", {counts[Severity.WARNING]} warnings, "
            f"{counts[Severity.SUGGESTION]} suggestions, {todo} to-do for the current stage",
            "",
        ),
    ]
    if problems:
        summary.append((f", {len(problems)} unreadable", "bold red"))
    rows.append(summary)
    return rows


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(
    title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], footer: str = ""
) -> None:
    out = console()
    if not out.is_terminal:
        out.width = 240  # piped or in CI: let rows keep their length instead of folding
    grid = Table(title=plain(title), title_justify="left", show_lines=False, expand=False)
    for column in columns:
        grid.add_column(plain(column), overflow="fold")
    for row in rows:
        grid.add_row(*(plain(cell) for cell in row))
    out.print(grid)
    if footer:
        out.print(plain(footer))


def fields(title: str, pairs: Sequence[tuple[str, str]]) -> None:
    out = console()
    out.print(Text(visible(title), style="bold"))
    keys = [visible(k) for k, _ in pairs]
    width = max(map(len, keys), default=0)
    for key, (_, value) in zip(keys, pairs, strict=True):
        out.print(Text(f"  {key.ljust(width)}  ", style="dim") + plain(value))


def document(content: str) -> None:
    """A document (a story's export, a path) on standard output exactly as made, in UTF-8
    whatever the locale: a machine reads it."""
    sys.stdout.flush()
    sys.stdout.buffer.write(content.encode("utf-8"))
    sys.stdout.buffer.flush()

"""The `newsroom` command and its one error boundary."""

from __future__ import annotations

import contextlib
import inspect
import re
import sys
from collections.abc import Iterator
from typing import Any

import typer
import typer.core

from newsroom import __version__


class _Group(typer.core.TyperGroup):
    """The `newsroom` command: every usage error under it (an unknown command or option, a
    missing argument, a bad value) becomes one line naming the problem and the command's
    --help, exit 2, as every other usage error of newsroom is, rather than click's usage
    block."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        with _one_line_usage():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _one_line_usage():
            return super().invoke(ctx)


class _Command(typer.core.TyperCommand):
    """A command whose usage errors all name it: click's parser raises some (an option
    missing its value) without saying which command it was parsing."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from typer._click.exceptions import UsageError as ClickUsageError

        try:
            return super().parse_args(ctx, args)
        except ClickUsageError as exc:
            exc.ctx = exc.ctx or ctx
            raise


@contextlib.contextmanager
def _one_line_usage() -> Iterator[None]:
    # typer's own copy of click, which typer bundles (there is no click to import)
    from typer._click.exceptions import NoArgsIsHelpError
    from typer._click.exceptions import UsageError as ClickUsageError

    from newsroom.errors import UsageError

    try:
        yield
    except NoArgsIsHelpError:
        raise  # a command group run bare: its help is the answer
    except ClickUsageError as exc:
        said = _one_sentence(exc.format_message())
        ctx = exc.ctx
        if ctx is None:
            raise UsageError(f"newsroom: {said}; see 'newsroom --help'") from None
        raise UsageError(f"{_command(ctx)}: {said}; see '{_help(ctx)}'") from None


def _one_sentence(message: str) -> str:
    """Click's words as one clause: "Missing option '--to'. Choose from: draft, ..." as
    "missing option '--to' (choose from: draft, ...)" ("Value error, " is how typer's
    validation labels a bad value)."""
    said = " ".join(message.replace("Value error, ", "").split())
    first, *more = re.split(r"(?<=[.?])\s+(?=[A-Z])", said)
    asides = "".join(f" ({m[:1].lower()}{m[1:].rstrip('.')})" for m in more)
    return f"{first[:1].lower()}{first[1:].rstrip('.')}{asides}"


def _command(ctx: Any) -> str:
    """The command's words, e.g. 'newsroom claim verify'."""
    return f"{_command(ctx.parent)} {ctx.info_name}" if ctx.parent else str(ctx.info_name)


def _help(ctx: Any) -> str:
    """How to ask for the command's help: its words with the story a group was given, e.g.
    'newsroom claim harbor-seawall verify --help'."""
    words = [str(ctx.info_name)]
    while ctx.parent is not None:
        ctx = ctx.parent
        slug = ctx.params.get("slug")
        words[:0] = [str(ctx.info_name), *([str(slug)] if slug else [])]
    return " ".join([*words, "--help"])


app = typer.Typer(
    name="newsroom",
    help="Move stories from draft to publication: checks for headlines, captions and sources, "
    "and sign-offs recorded in git.",
    epilog="Example: newsroom check --all",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=_Group,
)


def _version(value: bool) -> None:
    if value:
        from newsroom import build

        typer.echo(f"newsroom {__version__}, {build()}")
        typer.echo(f"Python {sys.version.split()[0]} ({sys.executable})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help="Show the version and the build (compiled or pure Python), and exit.",
    ),
) -> None:
    """Move stories from draft to publication, with sign-offs recorded in git."""


def _register() -> None:
    from newsroom.cli import (  # noqa: F401  (commands register on import)
        audit,
        check,
        contributions,
        embargo,
        filing,
        images,
        roster,
        setup,
        site,
        stories,
        workflow,
    )

    groups = [app, *(g.typer_instance for g in app.registered_groups if g.typer_instance)]
    for command in (c for group in groups for c in group.registered_commands):
        command.cls = _Command
        _example_last(command)


def _example_last(command: typer.models.CommandInfo) -> None:
    """Show a command's 'Example: newsroom ...' paragraph as the last lines of its --help."""
    doc = command.help or (command.callback.__doc__ if command.callback else None) or ""
    # without the docstring's indentation, which click would keep inside re-wrapped lines
    parts = [p.strip() for p in inspect.cleandoc(doc).split("\n\n")]
    examples = [p for p in parts if p.startswith("Example:")]
    if not examples or command.epilog:
        return
    lines = " ".join(examples[-1].split())
    command.help = "\n\n".join(p for p in parts if p is not examples[-1])
    command.epilog = "\b\n" + lines  # \b: shown as written, not re-wrapped


def main() -> None:
    """Entry point: run the command; map errors to exit codes and one-line messages."""
    from newsroom.errors import NewsroomError

    try:
        _refuse_bytes_not_utf8(sys.argv[1:])
        _register()
        app(prog_name="newsroom")
    except NewsroomError as exc:
        from newsroom.reporting import text

        text.error(exc.one_line())
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; nothing half-written was kept\n")
        sys.exit(130)
    except Exception as exc:  # the boundary for bugs: exit 3, the traceback in a log file
        sys.exit(_crashed(exc))


def _refuse_bytes_not_utf8(args: list[str]) -> None:
    """An argument with a byte that is not UTF-8 reaches Python as a lone surrogate (0xFF as
    \\udcff), which no story file can hold: refuse it before anything runs."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            from newsroom.errors import UsageError
            from newsroom.reporting.safe import visible

            raise UsageError(
                f"the argument '{visible(arg)}' is not UTF-8 text; type it again in UTF-8, or "
                "set your terminal or script to UTF-8"
            ) from None


def _crashed(exc: Exception) -> int:
    """Say that newsroom hit a bug, in one line naming the log with the traceback."""
    from newsroom.cli import crashlog
    from newsroom.reporting.safe import visible

    said = visible(" ".join(str(exc).split()))
    what = f"newsroom: internal error ({type(exc).__name__}: {said}). This is a bug"
    try:
        path = crashlog.write(exc)
    except OSError as problem:
        sys.stderr.write(crashlog.report(exc) + "\n")
        sys.stderr.write(f"{what}; please report it with the log above ({problem}).\n")
    else:
        sys.stderr.write(f"{what}; please report it with the log in {path}\n")
    return 3

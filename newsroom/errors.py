"""One error hierarchy; the CLI boundary maps each class to an exit code and one line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsroom.models import Finding


class NewsroomError(Exception):
    """Base of every error newsroom raises on purpose. Exit code 2 unless a subclass says."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def one_line(self) -> str:
        """The message as one line: `file:line:col: message`."""
        where = ""
        if self.path:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return (where + self.message).replace("\n", " ")


_PLACE = re.compile(r"(?P<path>[^\s:]+\.(?:md|ya?ml))(?::(?P<line>\d+)(?::(?P<column>\d+))?)?: ")


def placed(line: str) -> tuple[str, int | None, int | None, str]:
    """A one-line message read back into its place and text: `(path, line, column,
    message)`, the inverse of `NewsroomError.one_line`. A message that names no file gives
    `("", None, None, line)`."""
    m = _PLACE.match(line)
    if m is None:
        return "", None, None, line
    row, column = m["line"], m["column"]
    return (
        m["path"],
        int(row) if row else None,
        int(column) if column else None,
        line[m.end() :],
    )


class InputError(NewsroomError):
    """A file in the newsroom cannot be read as what it should be."""


class UsageError(NewsroomError):
    """The command was asked for something that cannot be done as asked."""


class NotANewsroom(NewsroomError):
    """No newsroom.yaml above the working directory."""


class GitError(NewsroomError):
    """git failed or the repository is not in a state the command can work with."""


class Refused(NewsroomError):
    """A workflow rule forbids what was asked (wrong role, failing gate, dirty story)."""

    exit_code = 1


class Conflict(NewsroomError):
    """Someone else changed the same story first; nothing of ours was lost."""

    exit_code = 1


class GateFailed(Refused):
    """A story cannot leave its stage: its gate still has errors (carried as findings)."""

    def __init__(self, message: str, findings: Sequence[Finding]) -> None:
        super().__init__(message)
        self.findings = tuple(findings)

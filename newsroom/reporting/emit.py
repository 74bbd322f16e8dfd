"""Writing findings to standard output in the format asked for."""

from __future__ import annotations

from collections.abc import Sequence

from newsroom.models import Finding


def findings(
    found: Sequence[Finding],
    problems: Sequence[str],
    checked: int,
    format: str,
    slugs: Sequence[str] = (),
) -> None:
    """Print findings as text (rich), json, github, sarif or junit."""
    from newsroom.reporting.formats import FORMATS, Results

    write = FORMATS.get(format)
    if write is None:
        from newsroom.errors import UsageError

        raise UsageError(f"unknown format '{format}'; use one of: {', '.join(FORMATS)}")
    write(Results(found, problems, checked, slugs))

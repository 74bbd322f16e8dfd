"""Writing findings to standard output in the format asked for."""

from __future__ import annotations

import sys
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
    from newsroom.checks.catalog import CATALOG
    from newsroom.reporting import formats, text

    if format not in formats.FORMATS:
        from newsroom.errors import UsageError

        raise UsageError(f"unknown format '{format}'; use one of: {', '.join(formats.FORMATS)}")
    if format == "text":
        text.findings(found, problems, checked)
        return
    if format == "json":
        out = formats.as_json(found, problems, checked)
    elif format == "github":
        out = formats.as_github(found, problems, checked)
    elif format == "sarif":
        out = formats.as_sarif(found, problems, checked, CATALOG)
    else:
        out = formats.as_junit(found, problems, checked, slugs or sorted({f.story for f in found}))
    sys.stdout.write(out + "\n")

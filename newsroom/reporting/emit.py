"""Writing findings to standard output in the format asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsroom.models import Finding

if TYPE_CHECKING:
    from newsroom.services.stories import Board


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


# A repair verify accepted: (story, commit, who, reason, stage it was set to).
RepairRow = tuple[str, str, str, str, str]


def with_repairs(
    found: Sequence[Finding],
    checked: int,
    format: str,
    repairs: Sequence[RepairRow],
) -> None:
    """`findings` for verify, then the repairs that cleared earlier findings: in the JSON
    document's `repairs`, as notices in GitHub's format, as lines of text."""
    if format == "json":
        import json

        from newsroom.reporting.formats import as_json, write_out
        from newsroom.reporting.safe import json_document

        document = json.loads(as_json(found, (), checked))
        document["repairs"] = [
            {"story": s, "commit": c, "by": by, "reason": why, "to": to}
            for s, c, by, why, to in repairs
        ]
        write_out(json_document(document))
        return
    findings(found, (), checked, format)
    if not repairs or format not in ("text", "github"):
        return
    from newsroom.reporting.formats import gh_escape, write_out
    from newsroom.reporting.safe import one_line

    for story, commit, by, why, to in repairs:
        line = f"{story} was repaired to {to} by {by} in {commit[:10]}: {why}"
        if format == "github":
            write_out(f"::notice title=newsroom repair::{gh_escape(line)}")
        else:
            from newsroom.reporting import text

            text.done(one_line(line))


def board_json(board: Board) -> None:
    """The board as one JSON document (story text as data: json escapes it)."""
    from newsroom.reporting.formats import write_out
    from newsroom.reporting.safe import json_document

    stories = [
        {
            "story": r.slug,
            "stage": r.stage.value if r.stage else None,
            "headline": r.headline,
            "byline": list(r.byline),
            "blockers": r.blockers,
            "blocking_checks": list(r.blocking),
            "todo": r.todo,
            "last_change": r.changed,
            "changed_by": r.changed_by,
            "with": r.holder,
            "problem": r.problem,
            "desk": r.desk,
            "stuck": r.stuck,
        }
        for r in board.rows
    ]
    document = {"version": 1, "stories": stories, "counts": board.counts()}
    write_out(json_document(document))

"""The table of every check, for docs/checks.md: `python -m newsroom.checks.docs [--check]`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from newsroom.checks.engine import SUPPRESSION_CHECK, Check

HEADER = """\
# Checks

Every check newsroom runs, by gate. A story in a stage must pass the gates of every stage
before it; the checks of its own stage are its to-do list. `newsroom.yaml` can change a
check's severity or turn it off (`checks:`, per desk under `desks:`, per story type under
`types:`), and a line of story.md can carry `<!-- newsroom-ignore CHECK-ID: reason -->`.

This file is generated from the check catalog by `python -m newsroom.checks.docs`;
do not edit it by hand.

"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(catalog: Sequence[Check]) -> str:
    """The Markdown page: one row per check, in catalog order, grouped by gate."""
    rows = [
        "| check | gate | severity | what to do | rule source |",
        "| --- | --- | --- | --- | --- |",
    ]
    gates: list[str] = []
    for c in catalog:
        if c.gate.value not in gates:
            gates.append(c.gate.value)
    for gate in gates:
        rows += [
            f"| `{c.id}` | {gate} | {c.severity.value} | {_cell(c.message)} | {_cell(c.source)} |"
            for c in catalog
            if c.gate.value == gate
        ]
    rows.append(
        f"| `{SUPPRESSION_CHECK}` | draft | error | give every newsroom-ignore marker a reason: "
        "'newsroom-ignore CHECK-ID: why this is right here' | house style |"
    )
    return HEADER + "\n".join(rows) + f"\n\n{len(catalog) + 1} checks.\n"


def main(argv: Sequence[str] = ()) -> int:
    from newsroom.checks.catalog import CATALOG

    target = Path(__file__).resolve().parents[2] / "docs" / "checks.md"
    text = table(CATALOG)
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            sys.stderr.write(f"{target} is out of date; run: python -m newsroom.checks.docs\n")
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {target} ({len(CATALOG)} checks)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

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

The attribution and sources checks read the body with word lists (verbs of saying, groups
that name no one, titles...) kept as data in `newsroom/checks/words.yaml`, where each list
says what it is for and how its entries are written. A newsroom adds words to a list or
takes words out under `words:` in `newsroom.yaml`, without a new release:

```yaml
words:
  opinion_verbs: {add: [posit], remove: [welcome]}   # 'critics posit' is vague attribution
  vague_groups: {add: [townsfolk]}
```

An entry is written as its list's syntax says (verbs: the base form, with an irregular past
after a colon, 'say:said'); a list name that does not exist, an entry that is not written
that way, or a word taken out that the list does not have stops every command with the
line of newsroom.yaml. The lists are at the end of this page.

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
    return (
        HEADER
        + "\n".join(rows)
        + f"\n\n{len(catalog) + 1} checks.\n"
        + _false_alarms(catalog)
        + _word_lists()
    )


# Professional stories on which each check that reads the body like a copy desk raised a
# false alarm (a warning or an error on a sentence whose label says otherwise), measured by
# benchmarks/corpus.py on every part of the corpus the rules have been developed on (dev,
# held-out, held-out-2, held-out-3, held-out-4: 31 + 29 + 16 + 16 + 16 stories); an error must
# stay at 0.
FALSE_ALARMS = {
    "attribution.quote-no-speaker": 2,
    "attribution.vague": 12,
    "attribution.anonymous-unjustified": 10,
    "sources.named-missing": 5,
    "factcheck.uncovered-statement": 29,
    "credits.contributor-line-uncredited": 0,
    "body.web-chrome": 0,
    "body.pasted-caption": 0,
}
MEASURED_STORIES = 124


def _false_alarms(catalog: Sequence[Check]) -> str:
    """The section on how often the reading checks are wrong on professional copy."""
    severity = {c.id: c.severity.value for c in catalog}
    rows = [
        "\n## How often the reading checks are wrong\n",
        f"Measured on the {MEASURED_STORIES} professionally edited stories of the parts of the "
        "labelled corpus the rules were developed on (`tests/accuracy/corpus/`, "
        "`python benchmarks/corpus.py`): "
        "the share of stories on which the check raised a false alarm. A check blocks a stage "
        "(error) only when it raised none (the target: at most 1 story in 100). The others "
        "warn; a newsroom that wants one to block sets it to error under `checks:` in "
        "newsroom.yaml. Precision "
        "and recall, and the held-out part, are in docs/benchmarks-accuracy.md.\n",
        "| check | severity | stories with a false alarm | rate |",
        "| --- | --- | --- | --- |",
    ]
    rows += [
        f"| `{check}` | {severity[check]} | {n} of {MEASURED_STORIES} | "
        f"{n / MEASURED_STORIES:.1%} |"
        for check, n in FALSE_ALARMS.items()
    ]
    return "\n".join(rows) + "\n"


def _word_lists() -> str:
    """The section on the word lists: one row per list of words.yaml."""
    from newsroom.checks.lexicon import LISTS

    rows = [
        "\n## Word lists\n",
        "The lists of `newsroom/checks/words.yaml`, which a newsroom changes under `words:`. "
        "Syntax: `words`, one lowercase word; `verbs`, a verb's base form (`warn` is warn, "
        "warns, warned), an irregular past after a colon (`say:said`), a participle after a "
        "second (`show:showed:shown`), a form alone after `=` (`=according`); `names`, one "
        "capitalized word; `endings`, the end of a word.\n",
        "| list | syntax | what it is for | entries |",
        "| --- | --- | --- | --- |",
    ]
    rows += [
        f"| `{w.name}` | {w.syntax} | {_cell(w.about)} | {len(w.entries)} |" for w in LISTS.values()
    ]
    return "\n".join(rows) + "\n"


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

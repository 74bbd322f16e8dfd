"""How well the checks read real copy: precision and recall on the labelled corpus.

Each story of tests/accuracy/corpus/ (see its README) is filed as a story folder and read two
ways. The statement analysis that the fact-check checks share says, per sentence, who is
cited (named, anonymous, vague), whether a quotation has no speaker and whether a statement
is checkable; the whole check catalog is run over the story, and each finding is placed on
the sentence at its line and column. Both are scored against the writers' labels, and a
professional story counts as blocked by a false alarm when an error-severity finding of a
judged check lands on a sentence whose label says otherwise.

    python benchmarks/corpus.py                 # both parts
    python benchmarks/corpus.py --part held-out # one part
    python benchmarks/corpus.py --misses vague  # list the disagreements of one category
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsroom.checks import engine  # noqa: E402
from newsroom.checks.catalog import CATALOG  # noqa: E402
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE  # noqa: E402
from newsroom.checks.statements import analyze_body  # noqa: E402
from newsroom.checks.view import Roster, StoryView  # noqa: E402
from newsroom.models import PIPELINE, Severity, Stage  # noqa: E402
from newsroom.store.config import load_config  # noqa: E402
from newsroom.store.stories import read_story  # noqa: E402

CORPUS = ROOT / "tests" / "accuracy" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"

# What a label means for each category scored (a sentence is in the category or not).
LABELLED = {
    "named": lambda s: s["attribution"] in ("named-person", "named-org"),
    "anonymous": lambda s: s["attribution"] == "anonymous",
    "vague": lambda s: s["attribution"] == "vague",
    "quote-no-speaker": lambda s: s["attribution"] == "quote-no-speaker",
    "checkable": lambda s: s["checkable"] not in (False, "no", None),
    "contributor-line": lambda s: bool(s["contributor_line"]),
    "chrome": lambda s: bool(s["chrome"]),
}
# The checks whose findings say a sentence is in a category: their precision is what a user
# sees, and a false one at error severity blocks a story for nothing. Recall means something
# only for the checks that should flag every such sentence: the named-source and anonymity
# checks flag only sources missing from sources.yaml or without a reason, so only their
# precision is read.
CHECKS = {
    "attribution.quote-no-speaker": "quote-no-speaker",
    "attribution.vague": "vague",
    "attribution.anonymous-unjustified": "anonymous",
    "sources.named-missing": "named",
    "factcheck.uncovered-statement": "checkable",
    "credits.contributor-line-uncredited": "contributor-line",
    "body.web-chrome": "chrome",
    "body.pasted-caption": "chrome",
}
PRECISION_ONLY = ("attribution.anonymous-unjustified", "sources.named-missing")
CHROME = ("body.web-chrome", "body.pasted-caption")  # scored together as one category


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, want: bool, got: bool, text: str) -> None:
        self.tp += want and got
        self.fp += got and not want
        self.fn += want and not got
        if want != got:
            self.misses.append(f"{'missed' if want else 'false'}: {text}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Placed:
    """A labelled sentence and where it stands in story.md."""

    label: dict[str, Any]
    line: int  # 1-based line of story.md
    start: int  # columns in that line, 0-based, end exclusive
    end: int
    para: int  # index of its paragraph among the body's paragraphs
    offset: int  # start in its paragraph's text


def story_md(item: dict[str, Any]) -> tuple[str, int]:
    """story.md for a corpus story, and the line its body starts on."""
    meta = {
        "headline": item["headline"],
        "dek": item.get("dek") or "",
        "byline": list(item.get("byline") or []),
        "desk": "news",
        "stage": Stage.DRAFT.value,
        "type": "news",
        "images": [
            {
                "file": f"media/image-{n}.png",
                "caption": i.get("caption", ""),
                "credit": i.get("credit", ""),
                "alt": "An image.",
            }
            for n, i in enumerate(item.get("images") or [])
        ],
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000)
    head = f"---\n{front}---\n\n"
    return head + item["body"], head.count("\n") + 1


def place(item: dict[str, Any], body_line: int) -> list[Placed]:
    """Each labelled sentence with its line, columns and paragraph in story.md."""
    lines = item["body"].split("\n")
    placed = []
    cursor = (0, 0)  # (line index in body, column) from which the next sentence is sought
    for label in item["sentences"]:
        text = label["text"]
        row, col = cursor
        while row < len(lines) and lines[row].find(text, col) < 0:
            row, col = row + 1, 0
        if row == len(lines):
            raise SystemExit(f"{item['id']}: sentence not found in order: {text[:60]!r}")
        start = lines[row].find(text, col)
        placed.append(Placed(label, body_line + row, start, start + len(text), row, start))
        cursor = (row, start + len(text))
    return placed


def paragraphs(body: str) -> list[tuple[int, str]]:
    """(first body line, text) of each blank-line-separated paragraph, its lines kept apart
    by their line breaks as the checks read them (story.md's paragraphs keep them)."""
    out: list[tuple[int, str]] = []
    block: list[str] = []
    first = 0
    for n, line in enumerate([*body.split("\n"), ""]):
        if line.strip():
            if not block:
                first = n
            block.append(line)
        elif block:
            out.append((first, "\n".join(block)))
            block = []
    return out


def analysed(item: dict[str, Any], placed: list[Placed]) -> dict[int, set[str]]:
    """The categories the statement analysis sees in each labelled sentence (by index)."""
    paras = paragraphs(item["body"])
    facts = analyze_body([t for _, t in paras])
    lines = item["body"].split("\n")
    where: dict[int, tuple[int, int]] = {}  # body line: (paragraph, where the line starts in it)
    for n, (first, _) in enumerate(paras):
        row, offset = first, 0
        while row < len(lines) and lines[row].strip():
            where[row] = (n, offset)
            offset += len(lines[row]) + 1  # (and a line break between lines)
            row += 1
    out: dict[int, set[str]] = {i: set() for i in range(len(placed))}
    for i, p in enumerate(placed):
        n, offset = where[p.para]
        start, end = p.start + offset, p.end + offset
        for s in facts[n].sentences:
            if s.end <= start or s.start >= end:
                continue
            kinds = {a.kind for a in s.attributions}
            out[i] |= {
                c
                for c, k in (("named", NAMED), ("anonymous", ANONYMOUS), ("vague", VAGUE))
                if k in kinds
            }
            if s.unattributed_quotes:
                out[i].add("quote-no-speaker")
            if s.checkable:
                out[i].add("checkable")
    return out


def findings(item: dict[str, Any], work: Path) -> list[Any]:
    """Every finding of the whole catalog, every gate, on the story filed as a folder."""
    folder = work / "stories" / item["id"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    text, _ = story_md(item)
    (folder / "story.md").write_text(text, encoding="utf-8")
    byline = [{"name": n, "role": "reporting"} for n in item.get("byline") or []]
    (folder / "credits.yaml").write_text(
        yaml.safe_dump({"contributors": byline}, allow_unicode=True), encoding="utf-8"
    )
    config = load_config(work)
    story = read_story(work, item["id"])
    view = StoryView(story, config.checks, Roster(config.people), config.credit_roles)
    plan = engine.Plan(CATALOG, config.checks)
    return engine.run(view, plan, frozenset(PIPELINE))


def sentence_at(placed: list[Placed], line: int, column: int) -> int | None:
    on_line = [i for i, p in enumerate(placed) if p.line == line]
    for i in on_line:
        if placed[i].start <= column - 1 < placed[i].end:
            return i
    return on_line[0] if len(on_line) == 1 else (on_line[-1] if on_line else None)


def score(
    part: str,
) -> tuple[dict[str, Tally], dict[str, Tally], Counter[str], int, int, Counter[str]]:
    items = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((CORPUS / part).glob("*.yaml"))
    ]
    analysis = {c: Tally() for c in LABELLED}
    checks = {c: Tally() for c in [*CHECKS, "chrome"] if c not in CHROME}
    blockers: Counter[str] = Counter()
    blocked = professional = 0
    alarms: Counter[str] = Counter()  # professional stories with a false alarm, per check
    # named-source findings, and those on a sentence naming no person (neither a person as
    # the source nor as the subject of the news): names that are not people's
    alarms["named findings"] = alarms["named findings not people"] = 0
    work = Path(tempfile.mkdtemp(prefix="newsroom-corpus-"))
    try:
        (work / "stories").mkdir()
        shutil.copy(FIXTURES / "newsroom.yaml", work / "newsroom.yaml")
        for item in items:
            _, body_line = story_md(item)
            placed = place(item, body_line)
            seen = analysed(item, placed)
            for i, p in enumerate(placed):
                if p.label.get("chrome"):
                    continue  # (debris, which the checks never read as reporting: see 'chrome')
                for c, labelled in LABELLED.items():
                    if c in ("contributor-line", "chrome"):
                        continue
                    analysis[c].add(
                        labelled(p.label), c in seen[i], f"{item['id']}: {p.label['text']}"
                    )
            flagged: dict[str, set[int]] = {c: set() for c in CHECKS}
            false_errors, false_alarms = set(), set()
            for f in findings(item, work):
                if f.check not in CHECKS or not f.file.endswith("/story.md"):
                    continue
                i = sentence_at(placed, f.line, f.column)
                if i is None:
                    continue
                flagged[f.check].add(i)
                if f.check in CHROME:
                    # a chrome finding says "delete this line": every labelled sentence on
                    # the line is found, however the writer cut the line into sentences
                    flagged[f.check].update(j for j, p in enumerate(placed) if p.line == f.line)
                if f.check == "sources.named-missing":
                    alarms["named findings"] += 1
                    person = placed[i].label["attribution"] in ("named-person", "bystander")
                    alarms["named findings not people"] += not person
                wrong = not LABELLED[CHECKS[f.check]](placed[i].label)
                if wrong and f.severity is not Severity.SUGGESTION:
                    false_alarms.add(f.check)
                if wrong and f.severity is Severity.ERROR:
                    false_errors.add(f.check)
            flagged["chrome"] = set().union(*(flagged[c] for c in CHROME))
            for check in checks:
                category = CHECKS.get(check, check)
                for i, p in enumerate(placed):
                    checks[check].add(
                        LABELLED[category](p.label),
                        i in flagged[check],
                        f"{item['id']}: {p.label['text']}",
                    )
            if item["kind"] == "professional":
                professional += 1
                blocked += bool(false_errors)
                blockers.update(false_errors)
                alarms.update(false_alarms)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return analysis, checks, blockers, blocked, professional, alarms


def table(title: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{title}\n")
    print("| category | precision | recall | true pos. | false pos. | false neg. |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, t in tallies.items():
        recall = "-" if name in PRECISION_ONLY else f"{t.recall:.2f}"
        print(f"| {name} | {t.precision:.2f} | {recall} | {t.tp} | {t.fp} | {t.fn} |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        choices=sorted(p.name for p in CORPUS.iterdir() if p.is_dir()),
        action="append",
    )
    parser.add_argument("--misses", metavar="CATEGORY_OR_CHECK")
    args = parser.parse_args(argv)
    for part in args.part or ["dev", "held-out"]:
        analysis, checks, blockers, blocked, professional, alarms = score(part)
        print(f"\n## {part}")
        table(
            "Statement analysis, per labelled sentence",
            {c: t for c, t in analysis.items() if c not in ("contributor-line", "chrome")},
        )
        table("Findings of the checks, per labelled sentence", checks)
        print(
            f"\nProfessional stories blocked by a false error: {blocked} of {professional}"
            + (f" ({', '.join(f'{c} {n}' for c, n in blockers.most_common())})" if blockers else "")
        )
        print(
            f"\nNamed-source findings on a sentence that names no person: "
            f"{alarms['named findings not people']} of {alarms['named findings']}"
        )
        print("\nFalse alarms (a warning or error on a sentence labelled otherwise), per check\n")
        print("| check | severity | professional stories with one | rate |")
        print("| --- | --- | --- | --- |")
        for check in CHECKS:
            severity = next(c.severity.value for c in CATALOG if c.id == check)
            n = alarms[check]
            print(f"| {check} | {severity} | {n} of {professional} | {n / professional:.1%} |")
        if args.misses:
            found = checks.get(args.misses) or analysis.get(args.misses)
            for line in found.misses if found else []:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

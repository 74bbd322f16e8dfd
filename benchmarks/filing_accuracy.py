"""How well `newsroom file` reads documents: per-field accuracy against answer keys.

    python benchmarks/filing_accuracy.py DOCUMENTS [--verbose]

DOCUMENTS holds pairs `<name>.<ext>` and `<name>.expected.yaml` (tests/filing/FORMAT.md).
Each document is filed, with the service the command calls, into a new temporary newsroom
(the document is only read, never changed), and the story as written is read back and
scored as FORMAT.md says: headline, dek and dateline exact after collapsing whitespace and
straightening quotes; the byline as a set of names (roster ids read as their names); per
expected image, caption, credit and alt exact; contributors as a set of names; body
paragraphs: each expected one must be a paragraph of the filed body once Markdown is taken
off (missing or cut is lost); chrome: no expected chrome string anywhere in the filed
headline, dek or body. --verbose lists each document's failures.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FILER = ("fdesk", "Filing Desk", "filing.desk@example.org")
CONFIG = f"""name: Accuracy Newsroom
people:
  - id: {FILER[0]}
    name: {FILER[1]}
    email: {FILER[2]}
    roles: [reporter, editor]
require_signed: false
checks: {{}}
"""
FORMATS = ("txt", "md", "html", "htm", "docx")
FIELDS = ("headline", "dek", "byline", "dateline", "captions", "credits", "alt", "contributors")


@dataclass
class Score:
    """Hits and totals per field, and what failed in each document."""

    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    paragraphs: int = 0
    lost: int = 0
    docs_losing: int = 0
    docs_with_chrome: int = 0
    chrome_left: int = 0
    chrome_listed: int = 0
    documents: int = 0
    failures: dict[str, list[str]] = field(default_factory=dict)

    def count(self, doc: str, name: str, ok: bool, detail: str) -> None:
        self.totals[name] += 1
        self.hits[name] += ok
        if not ok:
            self.failures.setdefault(doc, []).append(f"{name}: {detail}")


def norm(text: Any) -> str:
    text = str(text or "").translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split())


_MARKUP = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)"), ""),
    (re.compile(r"(\*\*|\*|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    # (an underscore inside a word is no emphasis, as CommonMark reads it: 'lead_results_2025')
    (re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)"), r"\2"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)


def plain(paragraph: str) -> str:
    """A body paragraph with its Markdown markup taken off."""
    text = paragraph
    for pattern, into in _MARKUP:
        text = pattern.sub(into, text)
    return norm(text)


def newsroom(folder: Path) -> Path:
    folder.mkdir(parents=True)
    run = {"cwd": folder, "check": True, "capture_output": True}
    subprocess.run(["git", "init", "-q"], **run)  # type: ignore[call-overload]
    for key, value in (("user.name", FILER[1]), ("user.email", FILER[2])):
        subprocess.run(["git", "config", key, value], **run)  # type: ignore[call-overload]
    (folder / "newsroom.yaml").write_text(CONFIG)
    (folder / "stories").mkdir()
    (folder / "stories" / ".gitkeep").write_text("")
    subprocess.run(["git", "add", "-A"], **run)  # type: ignore[call-overload]
    subprocess.run(["git", "commit", "-q", "-m", "newsroom: init"], **run)  # type: ignore[call-overload]
    return folder


def documents(folder: Path) -> Iterable[tuple[str, Path, dict[str, Any]]]:
    for key in sorted(folder.glob("*.expected.yaml")):
        name = key.name.removesuffix(".expected.yaml")
        found = [p for ext in FORMATS if (p := folder / f"{name}.{ext}").is_file()]
        if found:
            yield name, found[0], yaml.safe_load(key.read_text(encoding="utf-8")) or {}


def file_one(root: Path, name: str, path: Path) -> tuple[Any, Any]:
    """(the filed story, the service's result), or raise the error filing gave."""
    from newsroom.services.filing import FileRequest, file_story
    from newsroom.services.workspace import Workspace
    from newsroom.store import stories

    # Long names that share their first 80 characters still get slugs of their own.
    digest = hashlib.sha1(name.encode()).hexdigest()[:6]
    slug = name if len(name) <= 80 else f"{name[:72].rstrip('-')}-{digest}"
    filed = file_story(Workspace.find(root), FileRequest(path, slug=slug))
    return stories.read_story(root, slug), filed


def score_one(score: Score, name: str, story: Any, filed: Any, want: dict[str, Any]) -> None:
    meta = story.meta
    for key in ("headline", "dek", "dateline"):
        got, exp = norm(getattr(meta, key)), norm(want.get(key, ""))
        score.count(name, key, got == exp, f"got {got!r}, expected {exp!r}")
    people = {FILER[0]: FILER[1]}
    byline = {norm(people.get(b, b)) for b in meta.byline}
    if not filed.byline_found:
        byline.discard(FILER[1])
    expected = {norm(n) for n in want.get("byline") or []}
    said = f"got {sorted(byline)}, expected {sorted(expected)}"
    score.count(name, "byline", byline == expected, said)
    images = list(meta.images)
    for i, exp in enumerate(want.get("images") or []):
        got = images[i] if i < len(images) else None
        for key, attr in (("captions", "caption"), ("credits", "credit"), ("alt", "alt")):
            value = norm(getattr(got, attr)) if got is not None else None
            wanted = norm(exp.get(attr, ""))
            said = f"image {i + 1}: got {value!r}, expected {wanted!r}"
            score.count(name, key, value == wanted, said)
    extra = len(images) - len(want.get("images") or [])
    if extra > 0:
        score.failures.setdefault(name, []).append(f"images: {extra} more than expected")
    credited = {norm(c.name) for c in story.credits if c.note} | {
        norm(c.name) for c in story.credits if c.role != "reporting"
    }
    wanted = {norm(c.get("name", "")) for c in want.get("contributors") or []}
    said = f"got {sorted(credited)}, expected {sorted(wanted)}"
    score.count(name, "contributors", credited == wanted, said)
    _body(score, name, story, want)


def _body(score: Score, name: str, story: Any, want: dict[str, Any]) -> None:
    paragraphs = {plain(p) for p in re.split(r"\n\s*\n", story.body) if p.strip()}
    expected = [norm(p) for p in want.get("body") or []]
    lost = [p for p in expected if p not in paragraphs]
    score.paragraphs += len(expected)
    score.lost += len(lost)
    score.docs_losing += bool(lost)
    for p in lost:
        score.failures.setdefault(name, []).append(f"body lost: {p[:100]!r}")
    filed = norm(" ".join((story.meta.headline, story.meta.dek, story.body)))
    left = [c for c in want.get("chrome") or [] if norm(c) in filed]
    score.docs_with_chrome += bool(left)
    score.chrome_left += len(left)
    score.chrome_listed += len(want.get("chrome") or [])
    for c in left:
        score.failures.setdefault(name, []).append(f"chrome left: {c!r}")


def table(score: Score) -> str:
    rows = [("field", "accuracy", "")]
    for key in FIELDS:
        hits, total = score.hits[key], score.totals[key]
        pct = f"{100 * hits / total:.1f}%" if total else "-"
        rows.append((key, pct, f"{hits}/{total}"))
    rows.append(("body: paragraphs lost", str(score.lost), f"of {score.paragraphs} "
                 f"({score.docs_losing} documents)"))
    rows.append(("chrome left", str(score.docs_with_chrome), f"of {score.documents} documents"))
    rows.append(("chrome lines left", str(score.chrome_left), f"of {score.chrome_listed} listed"))
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [" | ".join(cell.ljust(width[i]) for i, cell in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in width))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list each document's failures")
    args = parser.parse_args()
    from newsroom.errors import NewsroomError

    score = Score()
    with tempfile.TemporaryDirectory() as tmp:
        root = newsroom(Path(tmp) / "room")
        for name, path, want in documents(args.documents):
            score.documents += 1
            try:
                story, filed = file_one(root, name, path)
            except NewsroomError as exc:
                score.failures.setdefault(name, []).append(f"not filed: {exc.one_line()}")
                images = len(want.get("images") or [])
                for key in FIELDS:
                    score.totals[key] += images if key in ("captions", "credits", "alt") else 1
                score.paragraphs += len(want.get("body") or [])
                score.lost += len(want.get("body") or [])
                score.docs_losing += 1
                continue
            score_one(score, name, story, filed, want)
    shown = args.documents.resolve()
    shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else Path(shown.name)
    print(f"{score.documents} documents in {shown}")
    print(table(score))
    if args.verbose:
        for name, problems in sorted(score.failures.items()):
            print(f"\n{name}:")
            for problem in problems:
                print(f"  {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

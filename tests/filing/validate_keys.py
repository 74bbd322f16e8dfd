"""Check the answer keys in documents/ against their documents.

Run: python tests/filing/validate_keys.py [name ...]
Every key must parse, have every field of FORMAT.md, and every string it quotes from the
document (headline, dek, byline names, dateline, body paragraphs, captions, credits, alt
text, contributor lines, chrome) must occur in the document's text, after collapsing
whitespace. Chrome must not occur (case-insensitively) in the headline, dek, body or
captions of the same key.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent / "documents"
KEYS = ("headline", "dek", "byline", "dateline", "body", "images", "contributors", "chrome")


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def strip_markdown(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"(?m)^[ \t]{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = re.sub(r"(?<!\w)_([^_]+)_(?!\w)", r"\1", text)
    return text


def document_texts(path: Path) -> list[str]:
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(c.text for c in row.cells)
        for section in d.sections:  # page headers and footers
            for part in (section.header, section.footer, section.first_page_header):
                parts.extend(p.text for p in part.paragraphs)
        parts.extend(c.text for c in d.comments)  # Word comments (an editor's notes)
        # a picture's alt text: the descr (and title) of its drawing's docPr
        for pr in d.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            parts.extend(v for v in (pr.get("descr"), pr.get("title")) if v)
        return [collapse("\n".join(parts))]
    raw = path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        no_scripts = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        with_scripts = raw
        out = []
        for src in (no_scripts, with_scripts):
            blocky = re.sub(r"(?i)<(br|/p|/div|/h\d|/li|/figcaption|/td|/tr)\b[^>]*>", "\n", src)
            out.append(collapse(html.unescape(re.sub(r"<[^>]+>", "", blocky))))
        out.append(collapse(html.unescape(raw)))
        return out
    if ext in (".md", ".markdown", ".mdx"):
        return [collapse(raw), collapse(strip_markdown(raw))]
    return [collapse(raw)]


def check(name: str) -> list[str]:
    key_path = HERE / f"{name}.expected.yaml"
    docs = [p for p in HERE.glob(f"{name}.*") if not p.name.endswith(".expected.yaml")]
    if len(docs) != 1:
        return [f"{name}: expected one document, found {len(docs)}"]
    key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    if not isinstance(key, dict) or set(key) != set(KEYS):
        return [f"{name}: keys {sorted(key) if isinstance(key, dict) else key!r} != {KEYS}"]
    all_texts = document_texts(docs[0])
    # for HTML the last text is the unescaped source, attributes included: only alt text
    # (and nothing else) may be found there alone
    texts = all_texts[:-1] if docs[0].suffix.lower() in (".html", ".htm") else all_texts

    def occurs(label: str, s: str) -> None:
        pool = all_texts if label.endswith(".alt") else texts
        if not isinstance(s, str):
            problems.append(f"{label}: not a string: {s!r}")
        elif s and not any(collapse(s) in t for t in pool):
            problems.append(f"{label} not in document: {s[:90]!r}")

    for field in ("headline", "dek", "dateline"):
        occurs(field, key[field])
    if not key["headline"]:
        problems.append("headline empty")
    for n in key["byline"]:
        occurs("byline", n)
    if not key["body"]:
        problems.append("body empty")
    for i, p in enumerate(key["body"]):
        occurs(f"body[{i}]", p)
        if p != collapse(p):
            problems.append(f"body[{i}] whitespace not collapsed")
    if key["dateline"] and not key["body"][0].startswith(key["dateline"]):
        problems.append("first paragraph does not start with the dateline")
    for i, im in enumerate(key["images"]):
        if set(im) != {"caption", "credit", "alt"}:
            problems.append(f"images[{i}] keys {sorted(im)}")
            continue
        for f in ("caption", "credit", "alt"):
            occurs(f"images[{i}].{f}", im[f])
    for i, c in enumerate(key["contributors"]):
        if set(c) != {"name", "line"}:
            problems.append(f"contributors[{i}] keys {sorted(c)}")
            continue
        occurs(f"contributors[{i}].name", c["name"])
        occurs(f"contributors[{i}].line", c["line"])
        if c["name"] not in c["line"]:
            problems.append(f"contributors[{i}] name not in its line")
    kept = [key["headline"], key["dek"], *key["body"], *(im["caption"] for im in key["images"])]
    kept_l = [collapse(k).lower() for k in kept]
    for i, ch in enumerate(key["chrome"]):
        occurs(f"chrome[{i}]", ch)
        if isinstance(ch, str) and any(collapse(ch).lower() in k for k in kept_l):
            problems.append(f"chrome[{i}] occurs in kept text: {ch!r}")
    return [f"{name}: {p}" for p in problems]


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name[: -len(".expected.yaml")] for p in HERE.glob("*.expected.yaml"))
    problems = [p for n in names for p in check(n)]
    print("\n".join(problems) if problems else f"{len(names)} keys OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

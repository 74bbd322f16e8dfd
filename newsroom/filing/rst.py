"""A story kept as reStructuredText (a Pelican or Sphinx site's page source), filed as text,
read as the Markdown it would render to.

reStructuredText sets its title between lines of punctuation ('####' over and under it, or
'====' under it), its metadata in a field list (':authors: A; B', ':summary: ...'), and its
pictures, notes and embeds as directives ('.. figure:: path' with ':alt:' options and the
caption indented under them, '.. note::', '.. raw:: html'). A line of two dots and words is a
comment, '.. [#]' a footnote and '[#]_' its mark in the text. What the rendered page shows
becomes Markdown under a front matter; what it keeps from readers becomes HTML comments,
which the Markdown reader lists in the filing report and keeps out of the body.
"""

from __future__ import annotations

import re
from typing import Final

import yaml

# a line of one punctuation mark repeated, over or under a title: '#####', '=====', '-----'
_ADORNMENT: Final = re.compile(r"^([!-/:-@\[-`{-~])\1{3,}[ \t]*$")
_DIRECTIVE: Final = re.compile(r"^\.\.[ \t]+(?P<name>[\w-]+(?::[\w-]+)?)::(?:[ \t]+(?P<arg>.*))?$")
_FIELD: Final = re.compile(r"^:(?P<name>[\w -]+):(?:[ \t]+(?P<value>.*))?$")
_FOOTNOTE: Final = re.compile(r"^\.\.[ \t]+\[(?:#[\w-]*|\*|\d+)\]")
_TARGET: Final = re.compile(r"^\.\.[ \t]+_[^:]*:")
_BULLET: Final = re.compile(r"^(?P<mark>[-*+•]|\d+[.)]|#\.)[ \t]+(?P<text>.*)$")
# directives whose lines are the story's text, read as paragraphs ('.. class:: lead')
_TEXT_DIRECTIVES: Final = frozenset(("class", "rst-class", "container", "compound"))
_PICTURES: Final = frozenset(("figure", "image"))
# the field list's names for the front matter's: Pelican's and docutils' bibliographic fields
_FIELDS: Final = {
    "title": "title",
    "subtitle": "subtitle",
    "author": "authors",
    "authors": "authors",
    "summary": "summary",
    "description": "summary",
}
# inline markup: '`words <url>`_', '`words`_', '``literal``', ':role:`text`', '[#]_', 'word_'
_LINK: Final = re.compile(r"`(?P<words>[^`<]*?)\s*<[^<>`]*>`__?")
_REFERENCE: Final = re.compile(r"`(?P<words>[^`]+)`__?")
_ROLE: Final = re.compile(r":[\w-]+:`(?P<words>[^`]+)`")
_LITERAL: Final = re.compile(r"``(?P<words>[^`]+)``")
_FOOTNOTE_MARK: Final = re.compile(r"[ \t]*\[(?:#[\w-]*|\*|\d+)\]_")
_WORD_REFERENCE: Final = re.compile(r"(?<=\w)__?(?=[\s.,;:!?)]|$)")


def is_rst(text: str) -> bool:
    """Whether a text file is reStructuredText's source: a title set off by a line of
    punctuation under it and, among its first lines, a directive ('.. figure::') or a field
    list of two fields or more (':date:', ':authors:')."""
    head = text.lstrip("\ufeff").split("\n", 80)[:80]
    titled = any(
        _ADORNMENT.match(line) and head[n - 1].strip() and not _ADORNMENT.match(head[n - 1])
        for n, line in enumerate(head)
        if n
    )
    fields = sum(1 for line in head if _FIELD.match(line) and line.startswith(":"))
    lines = text.split("\n")
    directive = any(_page_directive(lines, n) for n, line in enumerate(lines) if line[:2] == "..")
    return titled and (fields >= 2 or directive)


def _page_directive(lines: list[str], n: int) -> bool:
    """Whether line `n` is a page's directive: one with a path or no argument on its line, or
    a block indented under it. A line of a story that quotes the markup ('.. warning:: Bins
    must be out by 7am.') holds a sentence on its line and nothing under it."""
    directive = _DIRECTIVE.match(lines[n])
    if directive is None:
        return False
    block = n + 1 < len(lines) and lines[n + 1].startswith(" ")
    block = block or (
        n + 2 < len(lines) and not lines[n + 1].strip() and lines[n + 2].startswith(" ")
    )
    return block or len((directive.group("arg") or "").split()) <= 1


def rst_markdown(text: str) -> str:
    """The Markdown a reStructuredText page renders to: its title and fields as a front
    matter, its pictures as images with their captions, what readers never see as comments."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\t", "    ").split("\n")
    front: dict[str, object] = {}
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend(["", _inline(" ".join(run)), ""])
            run.clear()

    shown, seen = False, 0  # whether the page has shown readers text yet; up to where
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if title := _title(lines, i):
            flush()
            words, i = title
            if "title" not in front:
                front["title"] = words
            else:
                out.extend(["", f"## {words}", ""])
            continue
        if _ADORNMENT.match(line):  # a transition between parts of the page
            flush()
            out.append(_comment(stripped))
            i += 1
            continue
        if line.startswith(":") and (field := _FIELD.match(line)) and not run:
            held, i = _indented(lines, i + 1)
            value = " ".join([field.group("value") or "", *held]).strip()
            shown = shown or any(o and not o.startswith("<!--") for o in out[seen:])
            seen = len(out)  # (each line of `out` looked at once: a page of fields is long)
            if shown:
                # a field list in the body (a timetable's days) is shown, a line a field:
                # only the one under the title, before the text, is the page's metadata
                out.extend(["", _inline(f"{field.group('name').strip()}: {value}"), ""])
                continue
            name = field.group("name").strip().lower()
            if name in _FIELDS and _FIELDS[name] not in front:
                front[_FIELDS[name]] = _authors(value) if name.startswith("author") else value
            out.append(_comment(" ".join([line, *held])))
            continue
        if line.startswith(".."):
            flush()
            i = _explicit(lines, i, front, out)
            continue
        if not run and (bullet := _BULLET.match(line)):  # (never '81.' wrapped to a line's start)
            flush()
            held, i = _indented(lines, i + 1)
            out.append("- " + _inline(" ".join([bullet.group("text"), *held])))
            continue
        if not stripped:
            flush()
            i += 1
            continue
        run.append(stripped)
        i += 1
    flush()
    if "dek" not in front and front.get("summary"):
        front["dek"] = front["summary"]  # (a lead paragraph, when there is one, comes first)
    front.pop("summary", None)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    matter = yaml.safe_dump(front, allow_unicode=True, sort_keys=False) if front else ""
    return f"---\n{matter}---\n\n{body}\n" if matter else f"{body}\n"


def _title(lines: list[str], i: int) -> tuple[str, int] | None:
    """A section title at line `i`: its words and the line after it, with a line of marks
    over and under it or under it alone (at least as long as the words)."""
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if _ADORNMENT.match(line) and i + 2 < len(lines):
        words, under = lines[i + 1].strip(), lines[i + 2]
        if words and not _ADORNMENT.match(words) and under.strip() == line.strip():
            return words, i + 3
    if (
        line.strip()
        and not line.startswith((" ", ".."))
        and _ADORNMENT.match(after)
        and len(after.strip()) >= len(line.strip())
        and (i == 0 or not lines[i - 1].strip())
    ):
        return line.strip(), i + 2
    return None


def _indented(lines: list[str], i: int) -> tuple[list[str], int]:
    """The indented lines from `i` on (blank lines among them kept as ''), and the line
    after them: a directive's options and content, a field's or an item's wrapped value."""
    held: list[str] = []
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
        if not lines[i].strip() and (i + 1 >= len(lines) or not lines[i + 1].startswith(" ")):
            break
        held.append(lines[i].strip())
        i += 1
    return held, i


def _explicit(lines: list[str], i: int, front: dict[str, object], out: list[str]) -> int:
    """An explicit markup block at line `i` (a directive, a footnote, a link target or a
    comment) written into `out`; the line after it."""
    line = lines[i]
    held, after = _indented(lines, i + 1)
    directive = _DIRECTIVE.match(line)
    whole = "\n".join([line, *held])
    if directive is None or _FOOTNOTE.match(line) or _TARGET.match(line):
        out.append(_comment(whole))  # a comment to the desk, a footnote, a link's address
        return after
    name = directive.group("name").lower()
    options = [h for h in held if h.startswith(":") and _FIELD.match(h)]
    content = _paragraphs(held[len(options) :] if held[: len(options)] == options else held)
    if name in _PICTURES:
        alt = _option(options, "alt")
        out.append(_comment(" ".join(h for h in [line, *options] if not h.startswith(":alt:"))))
        out.extend(["", f"![{_escaped(alt)}](<{(directive.group('arg') or '').strip()}>)"])
        if name == "figure" and content:
            out.append(f"*{_inline(content[0])}*")
        out.append("")
        return after
    if name in _TEXT_DIRECTIVES:
        out.append(_comment(line))
        lead = name.endswith("class") and "lead" in (directive.group("arg") or "").split()
        if lead and "dek" not in front and content:
            front["dek"] = _inline(content[0])  # the page's standfirst, set under its title
            content = content[1:]
        for paragraph in content:
            out.extend(["", _inline(paragraph), ""])
        return after
    out.append(_comment(whole))  # a note, an embed, a table of contents: not the story
    return after


def _option(options: list[str], name: str) -> str:
    """The value of a directive's option (':alt: words'), or ''."""
    for option in options:
        field = _FIELD.match(option)
        if field and field.group("name").lower() == name:
            return (field.group("value") or "").strip()
    return ""


def _paragraphs(held: list[str]) -> list[str]:
    """A directive's content lines as paragraphs (blank lines between them)."""
    text = "\n".join(held).strip()
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _authors(value: str) -> list[str]:
    """Pelican's ':authors:' names, apart by semicolons (or by commas when there is none)."""
    parts = value.split(";") if ";" in value else value.split(",")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _inline(text: str) -> str:
    """A paragraph's inline markup as Markdown: links and roles as their words, footnote
    marks dropped, literals plain, emphasis as it is (Markdown writes it alike)."""
    text = _FOOTNOTE_MARK.sub("", text)
    text = _LINK.sub(lambda m: m.group("words"), text)
    text = _ROLE.sub(lambda m: m.group("words"), text)
    text = _LITERAL.sub(lambda m: m.group("words"), text)
    text = _REFERENCE.sub(lambda m: m.group("words"), text)
    text = _WORD_REFERENCE.sub("", text)
    if text.endswith("::"):  # a paragraph introducing a literal block: one colon shown
        text = text[:-2].rstrip() + ("" if text.endswith(" ::") else ":")
    return text.strip()


def _escaped(alt: str) -> str:
    return alt.replace("[", "(").replace("]", ")")


def _comment(text: str) -> str:
    return f"<!-- {text.replace('-->', '-- >')} -->"

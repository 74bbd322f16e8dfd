"""A page written in MDX, as a Next.js or Astro site keeps a story ('page.mdx'): Markdown
with the site's JavaScript around it and its components inside it.

    import { Dek } from '@/components/story'
    import kennels from './kennels.jpg'

    export const metadata = {
      title: 'Shelter at triple capacity | The Report',
      authors: [{ name: 'Ana Ruiz' }],
      openGraph: { title: 'A shelter built for 60 dogs is holding 180' },
    }

    {/* DESK: hold for Tuesday */}

    # A shelter built for 60 dogs is holding 180

    <Dek>County officials say they may stop taking in strays.</Dek>

    <Byline authors={['Ana Ruiz', 'Li Wei']} />

    <StoryFigure src={kennels} caption="..." credit="Photo: Ana Ruiz" alt="..." />

    <Dateline>CERRO BLANCO, N.M.</Dateline> — The barking starts ...

The file is read as the Markdown it holds: its imports and exports as code (the metadata's
social title and authors as a front matter would give them), its comments as comments, and
each component on lines of its own as the Nuxt Content (MDC) component of its name
('StoryFigure' as '::story-figure'), its props that are words or an imported file given as
words, so that both kinds of component are read alike: a figure by its props, a note to the
desk, a widget with its words, a dek or byline by its name. A component inside a line of
text ('<Dateline>') keeps its words.
"""

from __future__ import annotations

import json
import re
from typing import Final

# an ES module's statement at a line's start: 'import Figure from "..."', 'export const ...'
_STATEMENT: Final = re.compile(
    r"^(?:import\s+(?:[\w{},*\s]+\s+from\s+)?['\"][^'\"\n]+['\"]|"
    r"export\s+(?:const|let|default|function|async)\b)",
    re.M,
)
_COMPONENT_LINE: Final = re.compile(r"^<[A-Z]\w*(?:\.\w+)*(?:[\s/>]|$)", re.M)
_DEFAULT_IMPORT: Final = re.compile(r"^import\s+(?P<name>\w+)\s+from\s+['\"](?P<path>[^'\"]+)['\"]")
_STRINGS: Final = re.compile(r"'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`")
_JSX_COMMENT: Final = re.compile(r"\{/\*(?P<said>.*?)\*/\}", re.S)
_OPENING: Final = re.compile(r"<(?P<name>[A-Z]\w*(?:\.\w+)*)(?=[\s/>])")
# a prop: 'alt="..."', "caption='...'", 'src={kennels}', 'authors={['A', 'B']}', 'priority'
_PROP: Final = re.compile(
    r"(?P<key>[\w:-]+)(?:=(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|\{(?P<held>[^{}]*"
    r"(?:\{[^{}]*\}[^{}]*)*)\}))?"
)
_INLINE_TAG: Final = re.compile(r"</?[A-Z]\w*(?:\.\w+)*(?:\s[^<>]*)?/?>")
_QUOTED: Final = re.compile(r"'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\"")
_TITLE: Final = re.compile(r"\btitle\s*:\s*(?:'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\")")
_OPEN_GRAPH: Final = re.compile(r"\bopenGraph\s*:\s*\{(?P<held>[^{}]*)")
_AUTHORS: Final = re.compile(r"\bauthors\s*:\s*\[(?P<held>[^\[\]]*)\]")
_NAMED: Final = re.compile(r"\bname\s*:\s*(?:'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\")")


def is_mdx(text: str) -> bool:
    """Whether a Markdown file is MDX: an import or export statement of its own at a line's
    start, and a component (a tag named in capitals) opening a line."""
    return _STATEMENT.search(text) is not None and _COMPONENT_LINE.search(text) is not None


def mdx_markdown(text: str) -> str:
    """An MDX file as the Markdown it holds, its components as MDC components."""
    lines = text.split("\n")
    out: list[str] = []
    front: dict[str, object] = {}
    imported: dict[str, str] = {}
    n = 0
    if lines[:1] == ["---"]:  # a front matter of its own: kept as it is, first
        close = next((i for i in range(1, len(lines)) if lines[i] in ("---", "...")), 0)
        out, n = lines[: close + 1], close + 1
    start = len(out)
    while n < len(lines):
        line = lines[n]
        if _STATEMENT.match(line):
            end = _statement_end(lines, n)
            statement = "\n".join(lines[n : end + 1])
            if found := _DEFAULT_IMPORT.match(statement):
                imported[found.group("name")] = found.group("path")
            if statement.startswith("export const metadata"):
                front = _metadata(statement)
            if out[-2:] == ["```", ""]:  # (one block of the statements that follow one another)
                del out[-2:]
                out += lines[n : end + 1]
            else:
                out += ["", "```js", *lines[n : end + 1]]
            out += ["```", ""]
            n = end + 1
            continue
        if not line.strip() and out[-2:] == ["```", ""]:
            n += 1
            continue
        if line.startswith("{/*") and (close := _comment_end(lines, n)) >= 0:
            said = " ".join(" ".join(lines[n : close + 1]).split())
            for comment in _JSX_COMMENT.finditer(said):  # (read as the comments they are)
                words = comment.group("said").strip().replace("--", "- -")
                out += ["", f"<!-- {words} -->", ""]
            n = close + 1
            continue
        if _COMPONENT_LINE.match(line) and (n == 0 or not lines[n - 1].strip()):
            read = _component(lines, n, imported)
            if read is not None:
                mdc, n = read
                out += ["", *mdc, ""]
                continue
        out.append(_INLINE_TAG.sub("", line) if "<" in line else line)
        n += 1
    if front and start == 0:
        head = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        out = ["---", *head, "---", *out]
    return "\n".join(out)


def _depth(line: str) -> int:
    """How many more brackets a line opens than it closes, its strings left out."""
    bare = _STRINGS.sub("", line)
    return sum(bare.count(c) for c in "{[(") - sum(bare.count(c) for c in "}])")


def _statement_end(lines: list[str], n: int) -> int:
    """The last line of the statement opening at line `n`: where its brackets close."""
    depth = 0
    for i in range(n, min(len(lines), n + 400)):
        depth += _depth(lines[i])
        if depth <= 0:
            return i
    return n


def _comment_end(lines: list[str], n: int) -> int:
    """The line closing a comment ('{/* ... */}') opened at line `n`, or -1."""
    for i in range(n, min(len(lines), n + 200)):
        if "*/}" in lines[i]:
            return i
    return -1


def _words(value: str) -> str:
    """What a quoted string says: its quotes and escapes taken off."""
    return value[1:-1].replace("\\'", "'").replace('\\"', '"')


def _metadata(statement: str) -> dict[str, object]:
    """What a Next.js page's metadata says as a front matter would: the title it gives for
    sharing (its SEO title carries the site's name) and its authors."""
    front: dict[str, object] = {}
    shared = _OPEN_GRAPH.search(statement)
    title = _TITLE.search(shared.group("held")) if shared else None
    if title:
        front["title"] = title.group(1) if title.group(1) is not None else title.group(2)
    authors = _AUTHORS.search(statement)
    if authors:
        named = [m.group(1) or m.group(2) for m in _NAMED.finditer(authors.group("held"))]
        said = named or [m.group(1) or m.group(2) for m in _QUOTED.finditer(authors.group("held"))]
        if said:
            front["authors"] = [s for s in said if s]
    return front


def _component(lines: list[str], n: int, imported: dict[str, str]) -> tuple[list[str], int] | None:
    """The component opening line `n` as an MDC component's lines, and the line after it;
    None when it does not close (left as text)."""
    tag_end, at = _tag_end(lines, n)
    if tag_end < 0:
        return None
    opening = " ".join(x.strip() for x in [*lines[n:tag_end], lines[tag_end][: at + 1]])
    found = _OPENING.match(opening)
    if not found:
        return None
    name = found.group("name")
    props = _props(opening[found.end() : -1].rstrip("/"), imported)
    rest = lines[tag_end][at + 1 :]
    closing = f"</{name}>"
    if opening.endswith("/>"):
        held: list[str] = []
        after = tag_end + 1
    elif closing in rest:
        inner, _, tail = rest.partition(closing)
        if tail.strip():
            return None  # a component inside a line of text: its words kept
        held, after = [inner.strip()], tag_end + 1
    else:
        close = next(
            (i for i in range(tag_end + 1, min(len(lines), tag_end + 400)) if closing in lines[i]),
            -1,
        )
        if close < 0:
            return None
        held = [rest, *lines[tag_end + 1 : close], lines[close].partition(closing)[0]]
        after = close + 1
    shown = " ".join(f"{key}={_quoted(value)}" for key, value in props.items() if "\n" not in value)
    mdc = f"::{_kebab(name)}{{{shown}}}" if shown else f"::{_kebab(name)}"
    return [mdc, *(x for x in held if x.strip()), "::"], after


def _tag_end(lines: list[str], n: int) -> tuple[int, int]:
    """Where the opening tag at line `n` ends: its line and the column of its '>' (props in
    braces and quotes may hold one); (-1, -1) when it does not."""
    depth, quote = 0, ""
    for i in range(n, min(len(lines), n + 60)):
        for at, c in enumerate(lines[i]):
            if quote:
                quote = "" if c == quote else quote
            elif c in "\"'" and depth == 0:
                quote = c
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == ">" and depth == 0:
                return i, at
    return -1, -1


def _props(said: str, imported: dict[str, str]) -> dict[str, str]:
    """A component's props that are words: a string, an imported file's path ('src={kennels}':
    './kennels.jpg'), the strings of a list ('authors={['A', 'B']}': 'A and B')."""
    props: dict[str, str] = {}
    for m in _PROP.finditer(said):
        key, held = m.group("key"), m.group("held")
        if m.group("double") is not None or m.group("single") is not None:
            props[key] = m.group("double") if m.group("double") is not None else m.group("single")
        elif held is not None and held.strip() in imported:
            props[key] = imported[held.strip()]
        elif held is not None and (strings := [_words(s.group()) for s in _QUOTED.finditer(held)]):
            props[key] = strings[0] if len(strings) == 1 else _listed(strings)
    return props


def _listed(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _quoted(value: str) -> str:
    return f'"{value}"' if '"' not in value else f"'{value.replace(chr(39), '’')}'"


def _kebab(name: str) -> str:
    """A component's name as MDC writes one: 'StoryFigure' as 'story-figure'."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.replace(".", "-")).lower()

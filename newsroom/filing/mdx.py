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
social title and authors as a front matter would give them), its comments as comments (one
that opens a line of text or stands inside it taken out of it), its fenced code as it is,
and each component on lines of its own as the Nuxt Content (MDC) component of its name
('StoryFigure' as '::story-figure'), its props that are words (quoted or a template literal)
or an imported file given as words, so that both kinds of component are read alike: a figure
by its props, a note to the desk, a widget with its words, a dek or byline by its name; the
components inside one (a figure in a layout's '<FullBleed>') are read as its own, one colon
more. A component that holds no words is one on a line of its own under a line of text too;
a component inside a line of text ('<Dateline>') keeps its words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Final

# an ES module's statement at a line's start, as the language writes one: 'import Figure from
# "./Figure"', 'import { A, B } from "..."' (its names perhaps on lines of their own), 'import
# "./styles.css"', each to the end of its line; 'export const ...'. (Each part of an import
# is matched one way only, so a line of 'import' and spaces is read in linear time; a line of
# copy, 'import cargo from 'friendly' nations, ...', goes on after its quotes.)
_STATEMENT: Final = re.compile(
    r"^(?:import[ \t]+(?:type[ \t]+)?(?:(?:[\w$]+[ \t]*,[ \t]*)?(?:\{[^{}]{0,2000}\}[ \t]*|"
    r"(?:\*[ \t]*as[ \t]+)?[\w$]+[ \t]+)from[ \t]*)?['\"][^'\"\s]+['\"][ \t]*;?[ \t]*(?://.*)?$|"
    r"export[ \t]+(?:const|let|default|function|async)\b)",
    re.M,
)
_COMPONENT_LINE: Final = re.compile(r"^[ \t]*<[A-Z]\w*(?:\.\w+)*(?:[\s/>]|$)", re.M)
_DEFAULT_IMPORT: Final = re.compile(r"^import\s+(?P<name>\w+)\s+from\s+['\"](?P<path>[^'\"]+)['\"]")
_STRINGS: Final = re.compile(r"'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`")
# an MDX comment on a line of its own, which only MDX reads: Markdown would print it (each
# comment read to its own close only, and not past another's opening: a file of lines like
# '{/* x */} y' is read in linear time)
_COMMENT_LINE: Final = re.compile(
    r"^[ \t]*\{/\*(?:(?!\*/\}|\{/\*)[\s\S]){0,4000}\*/\}[ \t]*$", re.M
)
_JSX_COMMENT: Final = re.compile(r"\{/\*(?P<said>.*?)\*/\}", re.S)
# a comment taken out of a line with the space it leaves: 'said {/* check */}.', '{/* TK */} The'
_COMMENT_SPACE: Final = re.compile(
    r"[ \t]*\{/\*.*?\*/\}(?=[.,;:!?)\]’”\"']|[ \t]*$)|\{/\*.*?\*/\}[ \t]*", re.S
)
_FENCE: Final = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")
_OPENING: Final = re.compile(r"<(?P<name>[A-Z]\w*(?:\.\w+)*)(?=[\s/>])")
# a prop: 'alt="..."', "caption='...'", 'src={kennels}', 'authors={['A', 'B']}', 'priority'
_PROP: Final = re.compile(
    r"(?P<key>[\w:-]+)(?:=(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|\{(?P<held>[^{}]*"
    r"(?:\{[^{}]*\}[^{}]*)*)\}))?"
)
_INLINE_TAG: Final = re.compile(r"</?[A-Z]\w*(?:\.\w+)*(?:\s[^<>]*)?/?>")
_HTML_TAG: Final = re.compile(r"</?[a-z][\w:-]*(?:\s[^<>]*)?/?>")
# a string in the page's code: quoted, or a template literal without an expression in it
_QUOTED: Final = re.compile(
    r"'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\"|`((?:\\.|[^`\\$]|\$(?!\{))*)`"
)
_TITLE: Final = re.compile(r"\btitle\s*:\s*(?:'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\")")
_OPEN_GRAPH: Final = re.compile(r"\bopenGraph\s*:\s*\{(?P<held>[^{}]*)")
_AUTHORS: Final = re.compile(r"\bauthors\s*:\s*\[(?P<held>[^\[\]]*)\]")
_NAMED: Final = re.compile(r"\bname\s*:\s*(?:'((?:\\.|[^'\\])*)'|\"((?:\\.|[^\"\\])*)\")")
_ESCAPE: Final = re.compile(
    r"\\(?:u\{(?P<code>[0-9a-fA-F]{1,6})\}|u(?P<four>[0-9a-fA-F]{4})|(?P<char>.))", re.S
)


# mdsvex's Markdown compiled into a Svelte component, as a SvelteKit site keeps a story: its
# code in a '<script>' block, the page's head in '<svelte:head>', and Svelte's logic blocks
# around a part of the page ('{#if showDonate}' ... '{/if}'), each on lines of its own
_SCRIPT_OPEN: Final = re.compile(r"^<script(?:\s[^<>]{0,200})?>[ \t]*$")
_SCRIPT_CLOSE: Final = "</script>"
_SCRIPT_BLOCK: Final = re.compile(
    r"^<script(?:[ \t][^<>\n]{0,200})?>[ \t]*\n(?P<code>(?:(?!</script>)[^\n]*\n){0,400})</script>",
    re.M,
)
_SVELTE_HEAD: Final = re.compile(r"^<svelte:head>")
_LOGIC: Final = re.compile(r"^\{[#:/](?:if|else|each|await|then|catch|key)\b[^{}]*\}$")
_LOGIC_TAG: Final = re.compile(r"\{[#:/](?:if|else|each|await|then|catch|key)\b[^{}]*\}")
_STYLE_OPEN: Final = re.compile(r"^<style(?:\s[^<>]{0,200})?>")
# a block shown only while the site runs on a writer's machine: a note to the desk
_DEV_ONLY: Final = re.compile(r"^\{#if\s+(?:dev|import\.meta\.env\.DEV|\$dev)\s*\}$")


def is_mdx(text: str) -> bool:
    """Whether a Markdown file is MDX: an import or export statement of its own at a line's
    start (or in a Svelte page's '<script>' block), and a component (a tag named in
    capitals) opening a line, neither in a fenced block of code (a Markdown story may quote
    a few lines of code)."""
    if "```" in text or "~~~" in text:
        lines = text.split("\n")
        inside = {n for start, end in _fenced(lines).items() for n in range(start, end + 1)}
        text = "\n".join("" if n in inside else line for n, line in enumerate(lines))
    if _COMPONENT_LINE.search(text) is None:
        return False
    if _STATEMENT.search(text) is not None:
        return True
    if _COMMENT_LINE.search(text) is not None:
        return True  # (a CMS's content file, TinaCMS's: its components known by their names)
    # (a Svelte page's statements, indented in its script block)
    return any(
        _STATEMENT.search("\n".join(x.strip() for x in script.group("code").split("\n")))
        for script in _SCRIPT_BLOCK.finditer(text)
    )


def _fenced(lines: list[str]) -> dict[int, int]:
    """The fenced blocks of code: the line opening each, and the line closing it (the last
    line, for one never closed)."""
    blocks: dict[int, int] = {}
    n = 0
    while n < len(lines):
        opening = _FENCE.match(lines[n])
        if opening is None:
            n += 1
            continue
        fence = opening.group("fence")
        end = next(
            (
                i
                for i in range(n + 1, len(lines))
                if lines[i].strip().startswith(fence[0] * len(fence))
                and not lines[i].strip().strip(fence[0])
            ),
            len(lines) - 1,
        )
        blocks[n] = end
        n = end + 1
    return blocks


@dataclass
class _Page:
    """What the page's code says: the files its imports name, and its metadata."""

    imported: dict[str, str] = field(default_factory=dict)
    front: dict[str, object] = field(default_factory=dict)


def mdx_markdown(text: str) -> str:
    """An MDX file as the Markdown it holds, its components as MDC components."""
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    if lines[:1] == ["---"]:  # a front matter of its own: kept as it is, first
        close = next((i for i in range(1, len(lines)) if lines[i] in ("---", "...")), 0)
        out, n = lines[: close + 1], close + 1
    start = len(out)
    page = _Page()
    out += _markdown(page, lines[n:], "::")
    if page.front and start == 0:
        front = page.front.items()
        head = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front]
        out = ["---", *head, "---", *out]
    return "\n".join(out)


def _markdown(page: _Page, lines: list[str], colons: str) -> list[str]:
    """MDX lines as Markdown, each component on lines of its own an MDC component opened and
    closed by `colons` (one inside another by one colon more)."""
    out: list[str] = []
    code = _fenced(lines) if any("```" in x or "~~~" in x for x in lines) else {}
    later: list[str] = []  # the comments inside a paragraph's lines, for after it
    n = 0
    while n < len(lines):
        line = lines[n]
        if n in code:  # a fenced block of code, as it is
            out += lines[n : code[n] + 1]
            n = code[n] + 1
            continue
        if not line.strip():
            out += [x for comment in later for x in ("", comment)]
            later = []
            if out[-2:] != ["```", ""]:  # (one block of the statements that follow one another)
                out.append(line)
            n += 1
            continue
        if _SCRIPT_OPEN.match(line) and (close := _closing(lines, n, _SCRIPT_CLOSE)) > n:
            # a Svelte page's script: its imports and exports read as the page's own, its
            # other code ('let open = false;', 'function toggle() {') no text of the page
            lines[n : close + 1] = ["", *_script_statements(lines[n + 1 : close]), ""]
            continue
        if _STYLE_OPEN.match(line) and (close := _closing(lines, n, "</style>")) >= n:
            out.append("")  # a Svelte page's styles: no text of the page
            n = close + 1
            continue
        if _SVELTE_HEAD.match(line) and (close := _closing(lines, n, "</svelte:head>")) >= n:
            out += ["", "```html", *lines[n : close + 1], "```", ""]  # (the page's head: code)
            n = close + 1
            continue
        if "{" in line and not _LOGIC.match(line.strip()) and _LOGIC_TAG.search(line):
            # a logic block on one line, around a component or words: '{#if a}<Box />{/if}'
            lines[n] = line = _LOGIC_TAG.sub("", line)
            if not line.strip():
                continue
        if _LOGIC.match(line.strip()):
            if _DEV_ONLY.match(line.strip()) and (close := _closing(lines, n, "{/if}")) > n:
                # (its '{:else}' branch, what the published page shows, is the page's)
                other = _closing(lines[: close + 1], n, "{:else}")
                note = other if other > n else close
                said = " ".join(
                    _INLINE_TAG.sub("", _HTML_TAG.sub(" ", x)).strip() for x in lines[n + 1 : note]
                )
                out += ["", f"<!-- {' '.join(said.split()).replace('--', '- -')} -->", ""]
                if other > n:
                    lines[close] = ""
                n = note + 1
                continue
            out.append("")  # a logic block's tag: what it holds is read as the page's
            n += 1
            continue
        if line.startswith(("import", "export")) and _STATEMENT.match("\n".join(lines[n : n + 60])):
            end = _statement_end(lines, n)
            statement = "\n".join(lines[n : end + 1])
            if found := _DEFAULT_IMPORT.match(statement):
                page.imported[found.group("name")] = found.group("path")
            if statement.startswith("export const metadata"):
                page.front = _metadata(statement)
            if out[-2:] == ["```", ""]:
                del out[-2:]
                out += lines[n : end + 1]
            else:
                out += ["", "```js", *lines[n : end + 1]]
            out += ["```", ""]
            n = end + 1
            continue
        if "{/*" in line and (close := _comment_end(lines, n)) >= 0:
            said = "\n".join(lines[n : close + 1])
            comments = [
                f"<!-- {' '.join(c.group('said').split()).replace('--', '- -')} -->"
                for c in _JSX_COMMENT.finditer(said)
            ]
            rest = _COMMENT_SPACE.sub("", said)
            words = " ".join(x.strip() for x in rest.split("\n") if x.strip())
            if not words:  # comments alone: read as the comments they are
                out += [x for comment in comments for x in ("", comment)] + [""]
                n = close + 1
                continue
            later += comments  # (a comment in a line of text: the line read without it)
            lines[close] = rest[: len(rest) - len(rest.lstrip())] + words
            n = close
            continue
        if _COMPONENT_LINE.match(line):
            read = _component(page, lines, n, colons, alone=not out or not out[-1].strip())
            if read is not None:
                mdc, n = read
                out += ["", *mdc, ""]
                continue
        out.append(_INLINE_TAG.sub("", line) if "<" in line else line)
        n += 1
    out += [x for comment in later for x in ("", comment)]
    return out


def _closing(lines: list[str], n: int, closing: str) -> int:
    """The line at or after line `n` that opens with `closing` (within 400 lines), or -1."""
    for i in range(n, min(len(lines), n + 400)):
        if lines[i].strip().startswith(closing):
            return i
    return -1


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
    """The line closing the comments ('{/* ... */}') opened on line `n`, or -1."""
    for i in range(n, min(len(lines), n + 200)):
        if "*/}" in lines[i] and "{/*" not in _JSX_COMMENT.sub("", "\n".join(lines[n : i + 1])):
            return i
    return -1


def _unescaped(said: str) -> str:
    """A string of the page's code as it reads, its escapes taken off ('O\\'Brien')."""
    if "\\" not in said:
        return said

    def read(escape: re.Match[str]) -> str:
        code = escape.group("code") or escape.group("four")
        if code:
            return chr(int(code, 16)) if int(code, 16) <= 0x10FFFF else ""
        char = escape.group("char")
        return {"n": " ", "t": " ", "r": "", "\n": ""}.get(char, char)

    return _ESCAPE.sub(read, said)


def _words(value: str) -> str:
    """What a quoted string says: its quotes and escapes taken off."""
    return _unescaped(value[1:-1])


def _said(found: re.Match[str]) -> str:
    """The words of a string a pattern found in one of its groups, its escapes taken off."""
    return _unescaped(next((g for g in found.groups() if g is not None), ""))


def _metadata(statement: str) -> dict[str, object]:
    """What a Next.js page's metadata says as a front matter would: the title it gives for
    sharing (its SEO title carries the site's name) and its authors."""
    front: dict[str, object] = {}
    shared = _OPEN_GRAPH.search(statement)
    title = _TITLE.search(shared.group("held")) if shared else None
    if title:
        front["title"] = _said(title)
    authors = _AUTHORS.search(statement)
    if authors:
        named = [_said(m) for m in _NAMED.finditer(authors.group("held"))]
        said = named or [_said(m) for m in _QUOTED.finditer(authors.group("held"))]
        if said:
            front["authors"] = [s for s in said if s]
    return front


def _component(
    page: _Page, lines: list[str], n: int, colons: str, alone: bool
) -> tuple[list[str], int] | None:
    """The component opening line `n` as an MDC component's lines, and the line after it;
    None when it does not close, or stands inside a line of text (left as text). A
    component on a line of its own under a line of text (`alone` false) is one when it holds
    no words (a figure: '<StoryFigure ... />'); the components inside one are read too."""
    tag_end, at = _tag_end(lines, n)
    if tag_end < 0:
        return None
    opening = " ".join(x.strip() for x in [*lines[n:tag_end], lines[tag_end][: at + 1]])
    found = _OPENING.match(opening)
    if not found:
        return None
    name = found.group("name")
    props = _props(opening[found.end() : -1].rstrip("/"), page.imported)
    rest = lines[tag_end][at + 1 :]
    closing = f"</{name}>"
    if opening.endswith("/>"):
        if rest.strip():
            return None  # a component inside a line of text
        held: list[str] = []
        after = tag_end + 1
    elif not alone:
        return None
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
        if close < 0 or lines[close].partition(closing)[2].strip():
            return None
        held = [rest, *lines[tag_end + 1 : close], lines[close].partition(closing)[0]]
        held = _markdown(page, _dedented(held), colons + ":")
        after = close + 1
    shown = " ".join(f"{key}={_quoted(value)}" for key, value in props.items() if "\n" not in value)
    mdc = f"{colons}{_kebab(name)}{{{shown}}}" if shown else f"{colons}{_kebab(name)}"
    while held and not held[-1].strip():
        held.pop()
    while held and not held[0].strip():
        held.pop(0)
    return [mdc, *held, colons], after


def _script_statements(lines: list[str]) -> list[str]:
    """A Svelte page's script as its import and export statements alone, one after another."""
    lines = _dedented(lines)
    kept: list[str] = []
    n = 0
    while n < len(lines):
        if lines[n].startswith(("import", "export")):
            end = _statement_end(lines, n)
            kept += lines[n : end + 1]
            n = end + 1
        else:
            n += 1
    return kept


def _dedented(lines: list[str]) -> list[str]:
    """A component's lines without the indent they share."""
    indents = [len(x) - len(x.lstrip()) for x in lines if x.strip()]
    cut = min(indents, default=0)
    return [x[cut:] for x in lines]


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
    """A component's props that are words: a string, a template literal ('caption={`...`}'),
    an imported file's path ('src={kennels}': './kennels.jpg'), the strings of a list
    ('authors={['A', 'B']}': 'A and B')."""
    props: dict[str, str] = {}
    for m in _PROP.finditer(said):
        key, held = m.group("key"), m.group("held")
        if m.group("double") is not None or m.group("single") is not None:
            props[key] = m.group("double") if m.group("double") is not None else m.group("single")
        elif held is not None and held.strip() in imported:
            props[key] = imported[held.strip()]
        elif held is not None and (
            strings := [" ".join(_words(s.group()).split()) for s in _QUOTED.finditer(held)]
        ):
            props[key] = strings[0] if len(strings) == 1 else _listed(strings)
    return props


def _listed(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _quoted(value: str) -> str:
    return f'"{value}"' if '"' not in value else f"'{value.replace(chr(39), '’')}'"


def _kebab(name: str) -> str:
    """A component's name as MDC writes one: 'StoryFigure' as 'story-figure'."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.replace(".", "-")).lower()

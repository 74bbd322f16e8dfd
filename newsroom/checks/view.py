"""A story as the checks see it: fields with positions, and the body's prose by paragraph."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from functools import cached_property
from typing import Any, Final, NamedTuple

from mypy_extensions import mypyc_attr

from newsroom.checks import pins
from newsroom.checks.chrome import debris
from newsroom.checks.lexicon import Lexicon
from newsroom.checks.speakers import Attribution
from newsroom.checks.statements import ParagraphFacts, Sentence, analyze_body, flatten, words
from newsroom.models import Person, Story, name_key
from newsroom.store.config import CheckSettings, Config


@functools.cache
def _markdown() -> Any:
    """The CommonMark block parser, loaded the first time a body uses Markdown blocks."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable(["inline", "text_join"])


# A line that could start anything but a paragraph in CommonMark (heading, quote, list, rule,
# fence, HTML, link definition, indented code). A body with none of these, which is most
# filed prose, is only paragraphs separated by blank lines, and is split without a parser.
# The pattern for the first line, and one for every other (starting with the line break, a
# literal, so the search skips from line to line instead of trying every character).
_BLOCK_LINE: Final = r"(?: {0,3}(?:[#>*+\-=_`~<|\[]|\d{1,9}[.)](?:[ \t]|$))| {4}| +$)"
_BLOCK_FIRST: Final = re.compile(_BLOCK_LINE, re.M)
_BLOCK_NEXT: Final = re.compile("\n" + _BLOCK_LINE, re.M)
# a heading of one line ('## What comes next'): CommonMark's ATX heading, whose closing '#'s
# after a space are marks too
_ATX_HEADING: Final = re.compile(r" {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*")


def _heading(block: str) -> str | None:
    """The words of a paragraph that is a heading of one line and nothing else, as the parser
    reads them; None for anything else, and for a heading the parser may read otherwise (a
    space other than a space or a tab, an escape, marks alone), which the parser reads."""
    line = block.strip("\n")
    if "\n" in line or not line.lstrip(" ").startswith("#") or "\\" in line:
        return None
    if any(c.isspace() and c not in " \t" for c in line):
        return None
    found = _ATX_HEADING.fullmatch(line)
    text = found.group("text") if found else ""
    return text if text.strip("#") else None


class Roster:
    """The newsroom's people, found by id or by exact name, and the newsroom's own name (the
    supplier of its staff's work). Made once for a check run and shared by the views of all
    its stories."""

    def __init__(self, people: Iterable[Person] = (), outlet: str = "") -> None:
        self.people = tuple(people)
        self.outlet = outlet
        self._by_id_or_name: dict[str, Person] = {}
        for person in self.people:  # the first in the roster wins, as listed
            self._by_id_or_name.setdefault(person.id, person)
            self._by_id_or_name.setdefault(person.name, person)

    @classmethod
    def of(cls, config: Config) -> Roster:
        return cls(config.people, config.name)

    def find(self, ident: str) -> Person | None:
        return self._by_id_or_name.get(ident)


class Paragraph(NamedTuple):
    """One block of body prose: its text, and where it stands in story.md.

    Positions are worked out only when a check asks for one (most paragraphs have no finding).
    A tuple, as a story has dozens and they are made on every check.
    """

    text: str
    kind: str  # paragraph, heading, quote, item
    first_line: int  # 1-based line in story.md of the paragraph's first line
    raw: list[str]  # story.md's lines, shared by every paragraph of the story

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in story.md of character `offset` of this paragraph's text."""
        index = self.text.count("\n", 0, offset)
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", start)
        part = self.text[start : end if end >= 0 else len(self.text)]
        line = self.first_line + index
        source = self.raw[line - 1] if 0 < line <= len(self.raw) else part
        found = source.find(part) if part else 0
        return line, (found if found >= 0 else 0) + 1 + offset - start


class SentenceAt(NamedTuple):
    """One sentence of the body with the paragraph it stands in."""

    paragraph: int  # the paragraph's index in StoryView.prose
    para: Paragraph
    facts: ParagraphFacts
    sentence: Sentence


@mypyc_attr(native_class=False)  # compiled, it keeps an instance dict for cached_property
class StoryView:
    """Everything a check may look at for one story, computed once and shared by all checks."""

    def __init__(
        self,
        story: Story,
        settings: CheckSettings,
        roster: Roster | None = None,
        credit_roles: tuple[str, ...] = (),
        rel: str = "",
        lexicon: Lexicon | None = None,
    ) -> None:
        """`roster` and `lexicon` are made once for a run and shared; without them the view
        makes its own from `settings` (the newsroom's word lists: `words` in newsroom.yaml)."""
        self.story = story
        self.meta = story.meta
        self.settings = settings
        self.roster = roster if roster is not None else Roster()
        self.credit_roles = credit_roles
        self.rel = rel or f"stories/{story.slug}"
        self.lexicon = lexicon if lexicon is not None else Lexicon.with_changes(settings.words)

    def option(self, group: str, key: str) -> int | str:
        return self.settings.option(group, key)

    def field(self, *keys: str | int) -> tuple[int, int]:
        """(line, column) of a front-matter value, or of its closest parent."""
        return self.story.story_file.where(*keys)

    def field_text_column(self, *keys: str | int) -> tuple[int, int]:
        """Like `field` but past an opening quote, so columns point at the text itself."""
        line, col = self.field(*keys)
        raw_lines = self.raw_lines
        if 0 < line <= len(raw_lines):
            text = raw_lines[line - 1]
            if col - 1 < len(text) and text[col - 1] in "'\"":
                col += 1
        return line, col

    @cached_property
    def raw_lines(self) -> list[str]:
        return self.story.raw.split("\n")

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The body's prose blocks (paragraphs, headings, quotes, list items), not code or HTML."""
        body = self.story.body
        headed = not self._plain_prose and self._headed_prose
        if not self._plain_prose and not headed:
            return self._parsed_paragraphs()
        out: list[Paragraph] = []
        raw = self.raw_lines
        line = self.story.body_line
        for block in body.split("\n\n"):
            content = block.strip()
            if content:
                skipped = len(block) - len(block.lstrip())
                start = line + block.count("\n", 0, skipped)
                heading = _heading(block) if headed else None
                if heading is not None:  # (as the parser reads it: the words between the marks)
                    out.append(Paragraph(heading, "heading", start, raw))
                else:
                    out.append(Paragraph(content, "paragraph", start, raw))
            line += block.count("\n") + 2
        return out

    def _parsed_paragraphs(self) -> list[Paragraph]:
        """Paragraphs found by a CommonMark parser, for bodies that use Markdown blocks."""
        out: list[Paragraph] = []
        raw = self.raw_lines
        first = self.story.body_line
        kind = "paragraph"
        depth_quote = 0
        for token in _markdown().parse(self.story.body):
            if token.type == "blockquote_open":
                depth_quote += 1
            elif token.type == "blockquote_close":
                depth_quote -= 1
            elif token.type == "heading_open":
                kind = "heading"
            elif token.type == "list_item_open":
                kind = "item"
            elif token.type == "inline" and token.map is not None:
                line = token.map[0] + first
                text = token.content
                if not text and kind == "heading" and 0 < line <= len(raw):
                    text = raw[line - 1].strip()  # marks alone: a press release's '###'
                out.append(Paragraph(text, "quote" if depth_quote else kind, line, raw))
                kind = "paragraph"
        return out

    @cached_property
    def lines(self) -> list[tuple[Paragraph, int, str]]:
        """(paragraph, offset, text) of each source line of body prose, headings included."""
        out = []
        for para in self.paragraphs:
            offset = 0
            for part in para.text.split("\n"):
                out.append((para, offset, part))
                offset += len(part) + 1
        return out

    @cached_property
    def debris(self) -> list[tuple[Paragraph, int, str, str]]:
        """(paragraph, offset, text, kind) of each line of the body pasted from the web page
        around the story (`chrome.debris`), pasted image captions and credits included."""
        lines = self.lines
        kinds = debris(
            [(para.first_line, text) for para, _, text in lines],
            [image.caption for image in self.meta.images],
        )
        return [
            (para, offset, text, kind)
            for (para, offset, text), kind in zip(lines, kinds, strict=True)
            if kind is not None
        ]

    @cached_property
    def _debris_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Per paragraph (by its first line), the spans of its text that are debris."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for para, offset, text, _ in self.debris:
            spans.setdefault(para.first_line, []).append((offset, offset + len(text)))
        return spans

    @cached_property
    def prose(self) -> list[Paragraph]:
        """Paragraphs that are running text (not headings)."""
        return [p for p in self.paragraphs if p.kind != "heading"]

    @cached_property
    def word_count(self) -> int:
        if self._plain_prose:
            return len(self.story.body.split())  # the same words, counted in one go
        return sum(len(p.text.split()) for p in self.paragraphs)

    def has_words(self, wanted: int) -> bool:
        """True when the body has at least `wanted` words (counting stops there)."""
        if self._plain_prose:
            # At most wanted + 1 parts: all the words, or `wanted` of them and the rest.
            return len(self.story.body.split(maxsplit=wanted)) >= wanted
        return self.word_count >= wanted

    @cached_property
    def _plain_prose(self) -> bool:
        """True when the body is only paragraphs (no Markdown blocks), see `paragraphs`."""
        body = self.story.body
        return not (
            "\t" in body or "\r" in body or _BLOCK_FIRST.match(body) or _BLOCK_NEXT.search(body)
        )

    @cached_property
    def _headed_prose(self) -> bool:
        """True when the body is paragraphs and headings of one line set apart by blank
        lines ('## What comes next'), read as the parser reads them without it."""
        body = self.story.body
        if "#" not in body or "\r" in body:
            return False
        masked = "\n\n".join(
            "heading" if _heading(block) is not None else block for block in body.split("\n\n")
        )
        return not (
            "\t" in masked
            or "\r" in masked
            or _BLOCK_FIRST.match(masked)
            or _BLOCK_NEXT.search(masked)
        )

    @cached_property
    def prose_words(self) -> list[str]:
        """The prose's words in order, lowercased, split at punctuation (`statements.words`):
        for quick tests before a regex."""
        return words([p.text for p in self.prose])

    @cached_property
    def facts(self) -> list[tuple[Paragraph, ParagraphFacts]]:
        """Each prose paragraph with its sentences, attributions and checkable statements."""
        prose = self.prose
        facts = analyze_body([p.text for p in prose], found=self.prose_words, lexicon=self.lexicon)
        return list(zip(prose, facts, strict=True))

    @cached_property
    def sentences(self) -> list[SentenceAt]:
        """Every sentence of the body's prose that is reporting, in order, each with its
        paragraph: the sentences of web-page debris (`debris`) are left out."""
        spans = self._debris_spans
        return [
            SentenceAt(i, para, facts, s)
            for i, (para, facts) in enumerate(self.facts)
            for s in facts.sentences
            if not spans or not _within(s.start, spans.get(para.first_line))
        ]

    @cached_property
    def attributions(self) -> list[tuple[int, Paragraph, Sentence, Attribution]]:
        """(paragraph index in `prose`, paragraph, sentence, attribution) of every attribution
        of the body, in order."""
        return [(i, para, s, a) for i, para, _, s in self.sentences for a in s.attributions]

    @cached_property
    def prose_text(self) -> tuple[str, list[int]]:
        """The prose paragraphs on one line each with straight quotes, joined by NUL
        characters (which no quoted text contains), and where each paragraph starts."""
        texts = [p.text for p in self.prose]
        starts, at = [], 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        return flatten("\0".join(texts)), starts

    def occurrences(self, text: str, most: int = 0) -> list[tuple[int, int, int]]:
        """(paragraph index in `prose`, start, end) of each place `text` stands in the body,
        ignoring line breaks, runs of spaces and curly versus straight quotes; the first
        `most` of them when that is more than 0 (all there are, else)."""
        wanted = flatten(" ".join(text.split()))
        found: list[tuple[int, int, int]] = []
        if not wanted:
            return found
        doc, starts = self.prose_text
        at = doc.find(wanted)
        while at >= 0 and (most <= 0 or len(found) < most):
            i = bisect.bisect_right(starts, at) - 1
            found.append((i, at - starts[i], at - starts[i] + len(wanted)))
            at = doc.find(wanted, at + 1)
        return found

    @cached_property
    def claim_places(self) -> dict[str, list[tuple[int, int, int]]]:
        """Where each claim's text stands in the body (empty: the claim is stale)."""
        return {c.id: self.occurrences(c.text) for c in self.story.claims}

    def claim_sentences(self, text: str) -> list[str]:
        """The body sentences that `text` stands in (each place it stands), in order."""
        return self._sentences_at(self.occurrences(text))

    def _sentences_at(self, places: list[tuple[int, int, int]]) -> list[str]:
        out: list[str] = []
        facts = self.facts
        for i, start, end in places:
            out += [s.text for s in facts[i][1].sentences if s.start < end and s.end > start]
        return out

    def claim_pin(self, text: str) -> str:
        """What a verdict on a claim quoting `text` pins in the body as it is now."""
        return pins.pin(text, self.claim_sentences(text))

    @cached_property
    def stale_verdicts(self) -> frozenset[str]:
        """Ids of the claims whose verdict no longer matches its pin (or has none)."""
        places = self.claim_places
        return frozenset(
            c.id
            for c in self.story.claims
            if pins.has_verdict(c)
            and pins.is_stale(c, pins.pin(c.text, self._sentences_at(places[c.id])))
        )

    def side(self, name: str, *keys: str | int) -> tuple[int, int]:
        """(line, column) of a value in credits.yaml, sources.yaml or factcheck.yaml."""
        story = self.story
        files = {
            "credits.yaml": story.credits_file,
            "sources.yaml": story.sources_file,
            "factcheck.yaml": story.factcheck_file,
        }
        found = files.get(name)
        return found.where(*keys) if found is not None else (1, 1)

    def person(self, ident: str) -> Person | None:
        """A roster person by id or by exact name (the first in the roster, as listed)."""
        return self.roster.find(ident)

    @cached_property
    def byline_people(self) -> frozenset[str]:
        """Ids and names of everyone on the byline, for separation of duties, as `name_key`
        gives them (a name in other letters is the same person)."""
        out: set[str] = set()
        for entry in self.meta.byline:
            out.add(name_key(entry))
            person = self.person(entry) or next(
                (p for p in self.roster.people if p.named_in((entry,))), None
            )
            if person is not None:
                out |= {name_key(person.id), name_key(person.name)}
        return frozenset(out)


def _within(offset: int, spans: list[tuple[int, int]] | None) -> bool:
    return spans is not None and any(a <= offset < b for a, b in spans)

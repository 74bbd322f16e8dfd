"""A story as the checks see it: fields with positions, and the body's prose by paragraph."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from markdown_it import MarkdownIt

from newsroom.checks.statements import ParagraphFacts, Sentence, analyze_body, flatten
from newsroom.models import Person, Story
from newsroom.store.config import CheckSettings

_MD = MarkdownIt("commonmark").disable(["inline", "text_join"])


@dataclass(frozen=True)
class Paragraph:
    """One block of body prose: its text, and where each of its lines stands in story.md."""

    text: str
    kind: str  # paragraph, heading, quote, item
    starts: tuple[int, ...]  # offset in `text` where each source line starts
    lines: tuple[int, ...]  # 1-based line in story.md of each source line
    columns: tuple[int, ...]  # 1-based column in story.md where each source line's text starts

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in story.md of character `offset` of this paragraph's text."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[i], self.columns[i] + offset - self.starts[i]


class SentenceAt(NamedTuple):
    """One sentence of the body with the paragraph it stands in."""

    paragraph: int  # the paragraph's index in StoryView.prose
    para: Paragraph
    facts: ParagraphFacts
    sentence: Sentence


class StoryView:
    """Everything a check may look at for one story, computed once and shared by all checks."""

    def __init__(
        self,
        story: Story,
        settings: CheckSettings,
        roster: tuple[Person, ...] = (),
        credit_roles: tuple[str, ...] = (),
        rel: str = "",
    ) -> None:
        self.story = story
        self.meta = story.meta
        self.settings = settings
        self.roster = roster
        self.credit_roles = credit_roles
        self.rel = rel or f"stories/{story.slug}"

    def option(self, family: str, key: str, default: Any) -> Any:
        return self.settings.option(family, key, default)

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
        out: list[Paragraph] = []
        raw = self.raw_lines
        first = self.story.body_line
        kind = "paragraph"
        depth_quote = 0
        for token in _MD.parse(self.story.body):
            if token.type == "blockquote_open":
                depth_quote += 1
            elif token.type == "blockquote_close":
                depth_quote -= 1
            elif token.type == "heading_open":
                kind = "heading"
            elif token.type == "list_item_open":
                kind = "item"
            elif token.type == "inline" and token.map is not None:
                out.append(
                    self._paragraph(
                        token.content, token.map[0] + first, raw, "quote" if depth_quote else kind
                    )
                )
                kind = "paragraph"
        return out

    @staticmethod
    def _paragraph(content: str, first_line: int, raw: list[str], kind: str) -> Paragraph:
        starts, lines, columns = [], [], []
        offset = 0
        for i, part in enumerate(content.split("\n")):
            line = first_line + i
            source = raw[line - 1] if line - 1 < len(raw) else part
            col = source.find(part) + 1 if part else 1
            starts.append(offset)
            lines.append(line)
            columns.append(col if col > 0 else 1)
            offset += len(part) + 1
        return Paragraph(content, kind, tuple(starts), tuple(lines), tuple(columns))

    @cached_property
    def prose(self) -> list[Paragraph]:
        """Paragraphs that are running text (not headings)."""
        return [p for p in self.paragraphs if p.kind != "heading"]

    @cached_property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    @cached_property
    def facts(self) -> list[tuple[Paragraph, ParagraphFacts]]:
        """Each prose paragraph with its sentences, attributions and checkable statements."""
        prose = self.prose
        return list(zip(prose, analyze_body([p.text for p in prose]), strict=True))

    @cached_property
    def sentences(self) -> list[SentenceAt]:
        """Every sentence of the body's prose, in order, each with its paragraph."""
        return [
            SentenceAt(i, para, facts, s)
            for i, (para, facts) in enumerate(self.facts)
            for s in facts.sentences
        ]

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

    def occurrences(self, text: str) -> list[tuple[int, int, int]]:
        """(paragraph index in `prose`, start, end) of each place `text` stands in the body,
        ignoring line breaks, runs of spaces and curly versus straight quotes."""
        wanted = flatten(" ".join(text.split()))
        found: list[tuple[int, int, int]] = []
        if not wanted:
            return found
        doc, starts = self.prose_text
        at = doc.find(wanted)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.append((i, at - starts[i], at - starts[i] + len(wanted)))
            at = doc.find(wanted, at + 1)
        return found

    @cached_property
    def claim_places(self) -> dict[str, list[tuple[int, int, int]]]:
        """Where each claim's text stands in the body (empty: the claim is stale)."""
        return {c.id: self.occurrences(c.text) for c in self.story.claims}

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
        """A roster person by id or by exact name."""
        return next((p for p in self.roster if ident in (p.id, p.name)), None)

    @cached_property
    def byline_people(self) -> frozenset[str]:
        """Ids and names of everyone on the byline, for separation of duties."""
        out: set[str] = set()
        for entry in self.meta.byline:
            out.add(entry)
            person = self.person(entry)
            if person is not None:
                out |= {person.id, person.name}
        return frozenset(out)

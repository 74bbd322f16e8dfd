"""The words the attribution reader knows: verbs of saying, thinking and feeling, and the
nouns that say who a source is.

The lists are data, in words.yaml beside this module, where each says what it is for and how
its entries are written. A newsroom adds words to them or takes words out in newsroom.yaml
(`words:`, read in newsroom.store.check_settings); `Lexicon` holds one newsroom's lists, made
once for a run and handed to the reading (`statements.analyze_body`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from newsroom.checks.checkable import VOCABULARY
from newsroom.checks.text import verb_forms
from newsroom.errors import InputError
from newsroom.store import yamlio
from newsroom.store.check_settings import WordChange

DATA_FILE: Final = Path(__file__).with_name("words.yaml")

# How the entries of a list are written, by the list's syntax (words.yaml explains each).
SYNTAXES: Final[Mapping[str, re.Pattern[str]]] = {
    "words": re.compile(r"[a-z][a-z'’.\-]*\Z"),
    "verbs": re.compile(r"(?:[a-z]+(?::[a-z]+){0,2}|=[a-z]+)\Z"),
    "names": re.compile(r"[A-Z][A-Za-z'’.\-]*\Z"),
    "endings": re.compile(r"[a-z]+\Z"),
}
# What each syntax asks for, in the words of an error message.
SYNTAX_HELP: Final[Mapping[str, str]] = {
    "words": "one lowercase word, e.g. 'critics'",
    "verbs": "a verb's base form, e.g. 'contend', or with its irregular past, e.g. 'say:said'",
    "names": "one capitalized word, e.g. 'Gov.'",
    "endings": "the lowercase end of a word, e.g. 'ists'",
}


@dataclass(frozen=True)
class WordList:
    """One list of words.yaml: its name, how its entries are written, what it is for, and its
    entries as written there."""

    name: str
    syntax: str
    about: str
    entries: tuple[str, ...]

    def valid(self, entry: str) -> bool:
        return SYNTAXES[self.syntax].match(entry) is not None

    def has(self, entry: str) -> bool:
        """Whether the list has `entry` (for a verb, the verb of that base form)."""
        wanted = entry_key(self.syntax, entry)
        return any(entry_key(self.syntax, e) == wanted for e in self.entries)

    def changed(self, change: WordChange) -> WordList:
        """The list with the entries of `change` added and taken out."""
        gone = {entry_key(self.syntax, e) for e in change.remove}
        kept = [e for e in self.entries if entry_key(self.syntax, e) not in gone]
        return WordList(self.name, self.syntax, self.about, (*kept, *change.add))

    def words(self) -> frozenset[str]:
        """Every word the list stands for (all the forms of each verb)."""
        if self.syntax != "verbs":
            return frozenset(self.entries)
        alone = [e[1:] for e in self.entries if e.startswith("=")]
        return verb_forms(" ".join(e for e in self.entries if not e.startswith("="))) | set(alone)


def entry_key(syntax: str, entry: str) -> str:
    """What names an entry when a newsroom takes it out: a verb's base form ('see' for
    'see:saw'), any other entry as written."""
    return entry.lstrip("=").split(":", 1)[0] if syntax == "verbs" else entry


def read_lists(text: str, path: str = "words.yaml") -> dict[str, WordList]:
    """The lists of a words.yaml text, by name; an InputError names a list that is not
    well-formed."""
    data, positions = yamlio.load(text, path=path)
    if not isinstance(data, dict):
        raise InputError(f"{path} must be a mapping of word lists", path=path)
    lists = {}
    for name, spec in data.items():
        line = positions.get((name,), (1, 1))[0]
        if not (isinstance(spec, dict) and spec.get("syntax") in SYNTAXES):
            raise InputError(
                f"list '{name}' needs 'syntax' ({', '.join(SYNTAXES)}), 'about' and 'words'",
                path=path,
                line=line,
            )
        found = WordList(
            name,
            spec["syntax"],
            str(spec.get("about", "")),
            tuple(str(spec.get("words", "")).split()),
        )
        bad = [e for e in found.entries if not found.valid(e)]
        if bad:
            raise InputError(
                f"list '{name}': '{bad[0]}' is not {SYNTAX_HELP[found.syntax]}",
                path=path,
                line=line,
            )
        lists[name] = found
    return lists


# The lists as newsroom ships them.
LISTS: Final = read_lists(DATA_FILE.read_text(encoding="utf-8"))


class Lexicon:
    """One newsroom's word lists, as sets of words (every form of each verb), and the sets
    the reader derives from them. Made from words.yaml's lists, changed by the newsroom's
    `words:`; compared by identity, so a cache keyed by a lexicon keeps each newsroom's
    results apart."""

    def __init__(self, lists: Mapping[str, WordList]) -> None:
        def words(name: str) -> frozenset[str]:
            return lists[name].words()

        self.speech_verbs = words("speech_verbs")
        self.reporting_verbs = words("reporting_verbs")
        self.plain_speech_forms = words("plain_speech_forms")
        self.noun_forms = words("noun_forms")
        self.noun_compounds = words("noun_compounds")
        self.kin = words("kin")
        self.listener_verbs = words("listener_verbs")
        self.quote_verbs = words("quote_verbs")
        self.finding_verbs = words("finding_verbs")
        self.opinion_verbs = words("opinion_verbs")
        self.written_things = words("written_things")
        self.feelings = words("feelings")
        self.degree_words = words("degree_words")
        self.editorial_forms = words("editorial_forms")
        self.speech_participles = words("speech_participles")
        self.anonymity_forms = words("anonymity_forms")
        self.auxiliaries = words("auxiliaries")
        self.be_forms = words("be_forms")
        self.not_names = words("not_names")
        self.negations = words("negations")
        self.request_forms = words("request_forms")
        self.softeners = words("softeners")
        self.clause_openers = words("clause_openers")
        self.speaker_enders = words("speaker_enders")
        self.quantifiers = words("quantifiers")
        self.counts = words("counts")
        self.determiners = words("determiners")
        self.articles = words("articles")
        self.not_before_verbs = words("not_before_verbs")
        self.pronouns = words("pronouns")
        self.singular_pronouns = words("singular_pronouns")
        self.anonymous_heads = words("anonymous_heads")
        self.vague_groups = words("vague_groups")
        self.people_plural_endings = tuple(sorted(words("people_plural_endings")))
        self.unnamed_heads = words("unnamed_heads")
        self.role_heads = words("role_heads")
        self.document_heads = words("document_heads")
        self.unspecific_documents = words("unspecific_documents")
        self.organization_heads = words("organization_heads")
        self.organization_words = words("organization_words")
        self.titles = words("titles")
        self.abbreviations = words("abbreviations")
        self.prepositions = words("prepositions")
        self.place_prepositions = words("place_prepositions")
        self.title_cues = words("title_cues")
        self.claim_verbs = words("claim_verbs")
        self.spokesperson_heads = words("spokesperson_heads")
        self.organization_plurals = words("organization_plurals")
        self.body_names = words("body_names")
        self.thing_nouns = words("thing_nouns")

        # Every word that can make an attribution.
        self.triggers = (
            self.speech_verbs
            | self.reporting_verbs
            | self.finding_verbs
            | self.opinion_verbs
            | self.editorial_forms
            | self.feelings
            | self.anonymity_forms
            | self.speech_participles
            | self.quote_verbs
        )
        # Verbs that say where a statement comes from, not what someone thinks of it.
        self.sourcing_verbs = self.speech_verbs | self.reporting_verbs | self.finding_verbs
        # The words the body's reading looks up (these and the checkable statements'): a
        # quick test of whether each can be there at all.
        self.vocabulary = self.triggers | VOCABULARY | self.claim_verbs
        # Plural bystanders are a group that names no one: 'shop owners worry', 'parents say'.
        self.vague_heads = (
            self.vague_groups
            | {
                w + ("es" if w.endswith(("s", "sh", "ch", "x")) else "s")
                for w in self.unnamed_heads
            }
            | frozenset(("women", "men", "neighbours"))
        )
        # Words that cannot begin a subject: 'Under state law'.
        self.not_first = self.prepositions | (
            self.not_before_verbs - self.determiners - self.articles
        )
        # Forms of 'be' (and 'had', 'has', 'would') that make a clause of what follows.
        self.finite = (self.be_forms - frozenset(("be", "been", "being"))) | frozenset(
            ("had", "has", "would")
        )
        self.possessives = self.determiners - frozenset(("the", "this", "that", "these", "those"))

    @classmethod
    def with_changes(cls, changes: Mapping[str, WordChange]) -> Lexicon:
        """The shipped lists with a newsroom's changes (the shipped lexicon when none)."""
        if not changes:
            return DEFAULT
        return cls({n: w.changed(changes[n]) if n in changes else w for n, w in LISTS.items()})


DEFAULT: Final = Lexicon(LISTS)

"""The check part of newsroom.yaml: severities (`checks`, per desk under `desks`, per story
type under `types`), the options of check groups (`options`) and the newsroom's changes to
the word lists the checks read (`words`).

Every name is one that exists (a check id or group, an option a check reads) and every value
has its type; a mistake is refused with the file, line and column and the closest names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, TypeAlias

from newsroom.store.shape import Shape, did_you_mean, shown

SEVERITY_WORDS: Final = ("error", "warning", "suggestion", "off")


@dataclass(frozen=True)
class Whole:
    """An option that is a whole number from `low` to `high`."""

    default: int
    low: int
    high: int

    def read(self, s: Shape, key: str, name: str) -> int:
        value = s.data[key]
        if type(value) is not int:  # not a bool, not 150.0
            quoted = isinstance(value, str) and value.strip().lstrip("+-").isdigit()
            raise s.error(
                (*s.at, key),
                f"'{name}' must be a whole number, e.g. {self.default}, not {shown(value)}"
                + ("; write it without quotes" if quoted else ""),
            )
        if not self.low <= value <= self.high:
            raise s.error(
                (*s.at, key),
                f"'{name}' must be a whole number from {self.low} to {self.high}, "
                f"not {shown(value)}",
            )
        return value


@dataclass(frozen=True)
class Choice:
    """An option that is one of a few words."""

    default: str
    allowed: tuple[str, ...]

    def read(self, s: Shape, key: str, name: str) -> str:
        value = s.data[key]
        if isinstance(value, str) and value in self.allowed:
            return value
        raise s.error(
            (*s.at, key),
            f"'{name}' must be one of: {', '.join(self.allowed)}, not {shown(value)}"
            + (did_you_mean(value, self.allowed) if isinstance(value, str) else ""),
        )


Option: TypeAlias = Whole | Choice

# The options a newsroom can set for a check group, with their types and defaults. The checks
# read them by these names: headline.length (min_length, max_length), headline.case and
# dek.case (case), body.length (min_words).
OPTIONS: Final[Mapping[str, Mapping[str, Option]]] = {
    "headline": {
        "min_length": Whole(20, low=1, high=1000),
        "max_length": Whole(100, low=1, high=1000),
        "case": Choice("sentence", ("sentence", "title")),
    },
    "body": {"min_words": Whole(150, low=0, high=100_000)},
}


@dataclass(frozen=True)
class WordChange:
    """A newsroom's change to one word list: the entries it adds and those it takes out."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckSettings:
    """Severity overrides (check id or group -> severity or 'off'): for every story, per desk
    and per story type; the check options the newsroom set; and its changes to the word
    lists, by list name (the checks read them through `newsroom.checks.lexicon.Lexicon`)."""

    severities: Mapping[str, str] = field(default_factory=dict)
    by_desk: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    by_type: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, int | str]] = field(default_factory=dict)
    words: Mapping[str, WordChange] = field(default_factory=dict)

    def severity_for(self, check_id: str, desk: str, story_type: str) -> str | None:
        """The configured severity (or 'off') for a check in a story, most specific first."""
        for table in (
            self.by_type.get(story_type, {}),
            self.by_desk.get(desk, {}),
            self.severities,
        ):
            found = _most_specific(table, check_id)
            if found is not None:
                return found
        return None

    def option(self, group: str, key: str) -> int | str:
        """A check option: as the newsroom set it, or its default."""
        configured = self.options.get(group, {})
        return configured[key] if key in configured else OPTIONS[group][key].default


def _most_specific(table: Mapping[str, str], check_id: str) -> str | None:
    parts = check_id.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in table:
            return table[key]
    return None


def read_check_settings(s: Shape) -> CheckSettings:
    """The `checks`, `desks`, `types`, `options` and `words` parts of newsroom.yaml (`s`, the
    file)."""
    everywhere = s.mapping("checks")
    desks = _tables(s, "desks", "desk")
    types = _tables(s, "types", "story type")
    named = any(t.data for t in (everywhere, *desks.values(), *types.values()))
    names = _check_names() if named else frozenset[str]()
    return CheckSettings(
        severities=_severities(everywhere, names),
        by_desk={desk: _severities(t, names) for desk, t in desks.items()},
        by_type={kind: _severities(t, names) for kind, t in types.items()},
        options=_options(s.mapping("options")),
        words=_words(s.mapping("words")),
    )


def _check_names() -> frozenset[str]:
    """Every check id and check group. (Imported here, when the file names a check at all:
    the check modules import this one.)"""
    from newsroom.checks.catalog import CATALOG

    return frozenset(c.id for c in CATALOG) | frozenset(c.id.split(".")[0] for c in CATALOG)


def _tables(s: Shape, part: str, what: str) -> dict[str, Shape]:
    """The `checks` table of each desk (or story type) under `part`, by its name."""
    group = s.mapping(part)
    tables = {}
    for name in group.data:
        entry = group.mapping(name)
        for key in entry.data:
            if key != "checks":
                example = key if "." in key else "headline.length"
                raise entry.key_error(
                    key,
                    f"'{part}.{name}.{key}' is not a setting of a {what}"
                    + did_you_mean(
                        key,
                        ("checks",),
                        f"severities go under 'checks', e.g. "
                        f"'{name}: {{checks: {{{example}: off}}}}'",
                    ),
                )
        tables[name] = entry.mapping("checks")
    return tables


def _severities(s: Shape, names: frozenset[str]) -> dict[str, str]:
    where = ".".join(str(p) for p in s.at)
    table = {}
    for key, value in s.data.items():
        if key not in names:
            raise s.key_error(
                key,
                f"'{key}' under '{where}' is not a check id or group"
                + did_you_mean(key, names, "docs/checks.md lists every check id"),
            )
        # YAML 1.1 reads a bare `off` as false; it is what people write to turn a check off.
        word = "off" if value is False else value
        if not (isinstance(word, str) and word in SEVERITY_WORDS):
            raise s.error(
                (*s.at, key),
                f"'{where}.{key}' is {shown(value)}; use one of: {', '.join(SEVERITY_WORDS)}"
                + (did_you_mean(word, SEVERITY_WORDS) if isinstance(word, str) else ""),
            )
        table[key] = word
    return table


def _options(s: Shape) -> dict[str, dict[str, int | str]]:
    s.only(OPTIONS, "a check group with options")
    options: dict[str, dict[str, int | str]] = {}
    for group in s.data:
        values = s.mapping(group)
        declared = OPTIONS[group]
        values.only(declared, f"an option of the {group} checks")
        options[group] = {
            key: declared[key].read(values, key, f"options.{group}.{key}") for key in values.data
        }
    _lengths_in_order(s, options.get("headline", {}))
    return options


def _lengths_in_order(s: Shape, headline: Mapping[str, int | str]) -> None:
    declared = OPTIONS["headline"]
    low = headline.get("min_length", declared["min_length"].default)
    high = headline.get("max_length", declared["max_length"].default)
    if int(low) > int(high):
        at = "max_length" if "max_length" in headline else "min_length"
        raise s.error(
            ("options", "headline", at),
            f"'options.headline.min_length' ({low}) is more than max_length ({high}); "
            "no headline could pass",
        )


def _words(s: Shape) -> dict[str, WordChange]:
    """`words:`: for each list named, the entries to add and to take out, each written as
    the list's syntax asks; an entry taken out must be in the list."""
    if not s.data:
        return {}
    # Imported here, when the file changes a list at all: the word lists are the checks' data.
    from newsroom.checks.lexicon import LISTS, SYNTAX_HELP

    changes = {}
    for name in s.data:
        if name not in LISTS:
            raise s.key_error(
                name,
                f"'words.{name}' is not a word list"
                + did_you_mean(name, LISTS, "docs/checks.md lists the word lists"),
            )
        change = s.mapping(name)
        change.only(("add", "remove"), "a change to a word list (use add, remove)")
        listed = LISTS[name]
        for key in ("add", "remove"):
            for i, entry in enumerate(change.texts(key)):
                if not listed.valid(entry):
                    raise change.error(
                        (*change.at, key, i),
                        f"'words.{name}.{key}': {shown(entry)} is not an entry of this list; "
                        f"write {SYNTAX_HELP[listed.syntax]}",
                    )
                if key == "remove" and not listed.has(entry):
                    raise change.error(
                        (*change.at, key, i),
                        f"'words.{name}.remove': {shown(entry)} is not in the list"
                        + did_you_mean(entry, listed.entries, "nothing to take out"),
                    )
        changes[name] = WordChange(change.texts("add"), change.texts("remove"))
    return changes

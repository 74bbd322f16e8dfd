"""Generated story files: the shapes story files take, with edge values anywhere.

Shapes: story.md front matter (a mapping of fields, images as a list of mappings), the side
files' lists of mappings (credits, sources, factcheck), block and flow lists, plain, quoted
and block scalars, comments and blank lines. Edge values: impossible dates, numbers too large
to print, tags (binary, sets, unknown ones, wrong values under the standard ones), anchors,
control characters and the other line breaks, deep nesting, a byte order mark, CRLF and CR
line endings, bytes that are not UTF-8, git conflict markers.

Everything is drawn from a `random.Random`, so that a hypothesis test (`st.randoms()`, which
shrinks) and a seeded test through the real command draw the same shapes. Each file has its
own hostility: some are the plain YAML nearly every story file is (which the fast reader
takes), others are full of odd values.
"""

from __future__ import annotations

import random

WORDS = [
    "Council approves seawall", "rtorres", "news", "Harbor City, Fla.", "It's done", "a/b",
    "x#y", "5-2 vote", "metro", "draft", "fact-check", "published", "verified", "reporting",
    "Jane Roe/Reuters", "media/crews.png", "council-minutes", "é ü 中 😀", "https://a.example/b#c",
]
DATES = [
    "2026-03-01", "2024-02-29", "2026-03-01T09:00:00-05:00", "2026-03-01 09:00:00",
    "9999-12-31T23:59:59Z", "10:30", "12:30:00",
]
NUMBERS = ["42", "0", "007", "0x1F", "0o17", "0b101", "1_000", "1e999", "3.5", "1.10", "1" * 20]
# Values that look like dates or numbers and that no one can read, or that read as numbers
# too long to print, or that the fast reader leaves to the full parser (a leading sign).
IMPOSSIBLE = [
    "2024-02-30", "2023-02-29", "2024-99-99", "2026-3-1", "2026-03-01T25:00:00", "0000-01-01",
    "2026-03-01T09:00:00+99:00", "-1", "+1", "09", "1.0e+999", "-.inf", ".NaN", "6e-999",
    "190:20:30.15", "9" * 4301, "0x" + "f" * 3600, "0b" + "1" * 14500, ":".join(["59"] * 2500),
    ":".join(["59"] * 200) + ".5",
]
WORDS_YAML_READS = ["yes", "No", "off", "ON", "~", "null", "Null", "true", "y", "n", "=", "<<"]
TAGGED = [
    "!!str 42", "!!int 42", "!!int 0xZZ", "!!int ''", "!!int '-'", "!!int 1e5", "!!float abc",
    "!!float 1e999", "!!float ''", "!!float '_'", "!!bool maybe", "!!bool ''", "!!null x",
    "!!timestamp 2024-99-99", "!!timestamp abc", "!!timestamp ''", "!!timestamp 2024-02-30",
    "!!binary aGVsbG8=", "!!binary ''", "!!binary !!", "!!set {a, b}", "!!set x", "!!omap x",
    "!!omap [a: 1]", "!!pairs [a: 1]", "!foo x", "!<tag:yaml.org,2002:str> x", "!!seq [a]",
    "!!map {a: 1}", "!!python/name:os.system ''", "!!merge x", "!!value x", "!!str",
    "!!int " + "9" * 5000, "!!float " + "9" * 400,
]
QUOTED = [
    "'quoted'", "'It''s'", '"double"', '"esc \\u00e9 \\x41 \\t"', '"\\e[31mred"', '"\\q"',
    "''", '""', "'unclosed", '"a # b"', "'a' # c", '"\\uD800"', '"\\U0010FFFF"', '"\\0"',
]
FLOW = [
    "[a, b]", "[]", "{}", "{a: 1}", "[a, [b]]", "[1, 2024-01-01, yes]", "[a:b, c]", "[a, ]",
    "[ a ,  b ]", "{a: [1, {b: 2}]}", "[!!binary aGk=]", "[2024-02-30]", "[a", "{a: 1, a: 2}",
]
SPECIAL = [
    "&a x", "*a", "&a [1]", "- item", "x: y", "a # c", "#", "?", ":", "-", "---", "...", "%x",
    "@x", "`x`", "<<<<<<< HEAD", "=======", ">>>>>>> theirs", "|", ">-", "[", "}", "a\tb",
]
ODD_CHARACTERS = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x85", "\x9f",
    "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\t", "\r", "\xa0", "\u200b", "\ud7ff",
    "\ue000", "\U0010ffff", "😀", "é", "'", '"', "\\", "#", ":", "\n",
]
# What a file usually holds (which the fast reader takes, dates and numbers included), and
# what sends it to the full parser or makes it refuse the file.
USUAL = [WORDS, WORDS, WORDS, DATES, NUMBERS, WORDS_YAML_READS]
ODD = [IMPOSSIBLE, IMPOSSIBLE, TAGGED, TAGGED, TAGGED, QUOTED, FLOW, SPECIAL]
# The words a field takes (usually), and the fields that hold lists.
WORDS_OF = {
    "stage": ["draft", "contributor-credit", "fact-check", "publish", "published"],
    "type": ["news", "analysis", "opinion"], "status": ["unverified", "verified", "disputed"],
    "kind": ["person", "document", "organization"], "anonymous": ["true", "false"],
    "embargo": DATES[:5], "byline": ["rtorres", "mchen"], "role": ["reporting", "editing"],
}
LISTS = ("byline", "sources")
REQUIRED = {"id": 2, "name": 1, "file": 1}  # the keys each entry needs, by its first key
FRONT_KEYS = ["headline", "dek", "byline", "desk", "stage", "type", "dateline", "embargo",
              "fact_checked", "notes"]
IMAGE_KEYS = ["file", "caption", "credit", "alt", "rights"]
SIDE_LISTS = {
    "credits.yaml": ("contributors", ["name", "role", "person", "note"]),
    "sources.yaml": ("sources", ["id", "name", "kind", "affiliation", "url", "anonymous",
                                 "why_anonymous", "anonymity_approved_by"]),
    "factcheck.yaml": ("claims", ["id", "text", "sources", "status", "checked_by", "note"]),
}


BODY_LINES = [
    "The council voted 5-2 on Tuesday to approve the seawall, the mayor said.", "",
    "", "<<<<<<< HEAD", "=======", ">>>>>>> theirs", "|||||||", "---", "...",
    "It is the the largest project.", "# A heading", "> a quote", "    code", "\t", "\x1b[31m",
]



class Shapes:
    """Files drawn from `rng`, odd values in them about `hostility` of the time."""

    def __init__(self, rng: random.Random, hostility: float | None = None) -> None:
        self.rng = rng
        self.odd = rng.choice([0.0, 0.0, 0.02, 0.05, 0.15, 0.4]) if hostility is None else (
            hostility)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def scalar(self) -> str:
        """One value as written after `key: `: usually ordinary, now and then odd."""
        rng = self.rng
        text = rng.choice(rng.choice(ODD if self.chance(self.odd) else USUAL))
        if self.chance(self.odd / 5):  # a stray character somewhere in it
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(ODD_CHARACTERS) + text[at:]
        return text

    def block_scalar(self, indent: str) -> str:
        head = self.rng.choice(["|", ">", "|-", ">+", "|2", "|-\t"])
        lines = [self.rng.choice(WORDS) for _ in range(self.rng.randint(0, 3))]
        return head + "".join(f"\n{indent}  {line}" for line in lines)

    def value(self, indent: str, depth: int = 0, key: str = "") -> str:
        """The value of `key` after `key:` (with its leading space or line break): mostly
        one the field takes, a list where it takes a list; now and then another shape."""
        rng = self.rng
        if key in LISTS and not self.chance(self.odd):
            return self.block_list(indent) if self.chance(0.5) else self.flow_list()
        if depth > 3 or not self.chance(0.02 + self.odd):
            if key in WORDS_OF and not self.chance(self.odd):
                return " " + rng.choice(WORDS_OF[key])
            return " " + self.scalar()
        roll = rng.random()
        if roll < 0.25:
            return " " + self.block_scalar(indent)
        if roll < 0.5:
            return self.block_list(indent)
        if roll < 0.75:
            return self.flow_list()
        return "".join(f"\n{indent}  {k}:{self.value(indent + '  ', depth + 1)}"
                       for k in rng.sample(FRONT_KEYS, rng.randint(1, 3)))

    def block_list(self, indent: str) -> str:
        items = [self.scalar() for _ in range(self.rng.randint(1, 3))]
        dash = self.rng.choice(["  - ", "- ", "    - "])
        return "".join(f"\n{indent}{dash}{item}" for item in items)

    def flow_list(self) -> str:
        return " [" + ", ".join(self.scalar() for _ in range(self.rng.randint(0, 3))) + "]"

    def entries(self, keys: list[str], indent: str) -> list[str]:
        """A list of mappings, as credits, sources, claims and images are written."""
        rng = self.rng
        lines = []
        dash = rng.choice(["- ", "  - "])
        required = 0 if self.chance(self.odd) else REQUIRED.get(keys[0], 1)
        for _ in range(rng.randint(0 if self.chance(self.odd) else 1, 3)):
            chosen = keys[:required] + rng.sample(keys[required:], rng.randint(1, 3))
            pad = indent + " " * len(dash)
            lines.append(f"{indent}{dash}{chosen[0]}:{self.value(pad, key=chosen[0])}")
            lines += [f"{pad}{key}:{self.value(pad, key=key)}" for key in chosen[1:]]
        return lines

    def nested(self) -> str:
        """Values nested a little, about as deep as allowed, or far too deep."""
        depth = self.rng.choice([2, 5, 63, 64, 65, 66, 200, 1500])
        form = self.rng.randrange(3)
        if form == 0:
            return "x: " + "[" * depth + "]" * depth
        if form == 1:
            return "x: " + "{a: " * depth + "1" + "}" * depth
        return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v: 1"

    def comment(self) -> str:
        if self.chance(self.odd):
            return "#" + self.rng.choice(ODD_CHARACTERS)
        return self.rng.choice(["# note", "", "  # indented", " "])

    def front_matter(self) -> str:
        """story.md's front matter: the fields a story has, in some order, some of them odd."""
        rng = self.rng
        lines = []
        for key in rng.sample(FRONT_KEYS, rng.randint(1, len(FRONT_KEYS))):
            if key == "byline" and self.chance(0.5):
                lines.append(f"byline: [{', '.join(rng.sample(['rtorres', 'mchen', 'x'], 2))}]")
            else:
                lines.append(f"{key}:{self.value('', key=key)}")
            if self.chance(0.2):
                lines.append(self.comment())
        if self.chance(0.5):
            lines.append("images:")
            lines += self.entries(IMAGE_KEYS, rng.choice(["", "  "]))
        if self.chance(self.odd / 2):
            lines.append(self.nested())
        return "\n".join(lines)

    def side_file(self, name: str) -> str:
        key, fields = SIDE_LISTS[name]
        lines = [f"{key}:", *self.entries(fields, self.rng.choice(["", "  "]))]
        if self.chance(0.2):
            lines.insert(self.rng.randrange(len(lines) + 1), self.comment())
        if self.chance(self.odd / 2):
            lines.append(self.nested())
        if self.chance(self.odd / 4):
            lines = [self.rng.choice(["- a list", "just text", "{}", "[]", "", "~"])]
        return "\n".join(lines)

    def document(self) -> str:
        """A YAML document of one of the shapes story files take."""
        name = self.rng.choice(["front", *SIDE_LISTS])
        return self.front_matter() if name == "front" else self.side_file(name)

    def story_md(self, front: str) -> str:
        lines = BODY_LINES if self.chance(self.odd) else BODY_LINES[:2]
        body = "\n".join(self.rng.choice(lines) for _ in range(self.rng.randint(0, 6)))
        return f"---\n{front}\n---\n\n{body}\n"

    def encoded(self, text: str) -> bytes:
        """`text` as a file's bytes: line endings, a byte order mark, now and then not
        UTF-8."""
        rng = self.rng
        ending = "\r" if self.chance(self.odd / 4) else rng.choice(["\n", "\n", "\r\n"])
        if ending != "\n":
            text = text.replace("\n", ending)
        if self.chance(0.1):
            text = "\ufeff" + text
        if self.chance(0.1):
            text = text.rstrip("\r\n")
        if self.chance(self.odd / 4):
            return rng.choice([
                text.encode("utf-16"), text.encode("latin-1", "replace"),
                text.encode("utf-8") + b"\xff\xfe",
            ])
        return text.encode("utf-8")



"""The story-file module's fast reader for plain YAML gives exactly what the full parser gives,
rejections included, or steps aside."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import synth
from newsroom.errors import InputError
from newsroom.store import _fastyaml, yamlio
from newsroom.store.stories import split_front_matter, story_from_files
from tests import yaml_shapes
from tests.helpers import FIXTURES


def same_as_full(text: str, offset: int = 0) -> bool:
    """True when the fast reader took the text; asserts it agrees with the full parser."""
    fast = _fastyaml.load(text, offset, yamlio.MAX_NODES)
    if fast is None:
        return False
    full = yamlio.load(text, path="x.yaml", line_offset=offset)
    assert fast[0] == full[0], text
    assert fast[1] == full[1], text
    return True


def corpus() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix == ".yaml":
            out.append((str(path), path.read_text(encoding="utf-8"), 0))
        elif path.name == "story.md":
            out.append((str(path), split_front_matter(path.read_text(), "x")[0], 1))
    rng = random.Random(7)
    for i in range(40):
        story = synth.story(rng, i)
        sentences = [s for p in str(story["body"]).split("\n\n") for s in p.split(". ")]
        story["factcheck"] = {
            "claims": [
                {"id": f"claim-{j}", "text": text, "sources": ["minutes"], "status": "verified"}
                for j, text in enumerate(sentences[:10])
            ]
        }
        for key in ("sources", "factcheck", "credits"):
            out.append((f"synth-{i}-{key}", synth._dump(story[key]), 0))
        out.append((f"synth-{i}-front", synth._dump(story["front"]), 1))
    return out


@pytest.mark.parametrize(("name", "text", "offset"), corpus(), ids=lambda v: "")
def test_story_files_take_the_fast_path_and_agree(name: str, text: str, offset: int) -> None:
    assert same_as_full(text, offset), f"{name} fell back to the full parser"


AGREE = [
    "a: 1\nb: 2.5\nc: true\nd: off\ne: null\nf: ~\ng: 2026-03-01\nh: 2026-03-01T09:00:00-05:00\n",
    "headline: Council approves seawall\n# a comment\n\n  # indented comment\ndek: x # trailing\n",
    "byline: [rtorres, mchen]\nempty: []\nmap: {}\nspaced: [ a ,  b ]\n",
    "q1: 'It''s done'\nq2: \"plain double\"\n",
    "people:\n- id: a\n  roles: [x]\n- id: b\n  roles:\n  - y\n  - z\nafter: 1\n",
    "images:\n  - file: a.png\n    caption: Crews work, in Harbor City.\n    credit: A/B\n",
    "nested:\n  deeper:\n    deepest: value\n  back: here\ntop: again\n",
    "list:\n-   wide: 1\n    same: 2\n",
    "url: https://example.org/a#b\ntime: 10:30\nyes_word: yes\nversion: 1.10\n",
    "k:   spaced value  \n",
    "- a\n- b\n",
    "key : value\n",
]


@pytest.mark.parametrize("text", AGREE)
def test_fast_reader_agrees_with_full_parser(text: str) -> None:
    assert same_as_full(text)
    assert same_as_full(text, offset=3)


STEP_ASIDE = [
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: |\n  block\n",
    "a: >\n  folded\n",
    "a: plain\n  continued\n",
    'a: "escaped \\" quote"\n',
    "a: 'two'' \n  lines'\n",
    "a: 1\na: 2\n",
    "a:\tb\n",
    "a:\n",
    "a: [1, [2]]\n",
    "a: {b: 1}\n",
    "a: x: y\n",
    "a: 'x' # comment\n",
    "q3: 'a # not a comment'\n",
    "---\na: 1\n",
    "? complex\n: key\n",
    "a:\n  - b\n c: 1\n",
    "\"quoted key\": 1\n",
    "a: -1\n",
    "a: [b,]\n",
]


@pytest.mark.parametrize("text", STEP_ASIDE)
def test_fast_reader_steps_aside(text: str) -> None:
    assert _fastyaml.load(text, 0, yamlio.MAX_NODES) is None


def test_load_still_refuses_aliases_and_reports_lines() -> None:
    from newsroom.errors import InputError

    with pytest.raises(InputError, match="aliases"):
        yamlio.load("a: &x [1]\nb: *x\n", path="s.yaml")
    with pytest.raises(InputError) as info:
        yamlio.load("a: 1\nb: [2\n", path="s.yaml", line_offset=1)
    assert info.value.path == "s.yaml" and info.value.line is not None


# Characters on which a reader that splits lines at "\n" alone could disagree with YAML: the
# other line breaks, controls, non-characters, a byte order mark in the middle.
ODD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x85", "\x9f",
       "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\t", "\r", "\ud7ff", "\ue000"]


@pytest.mark.parametrize("char", ODD, ids=repr)
def test_both_readers_agree_on_odd_characters_rejections_included(char: str) -> None:
    for text in (f"headline: a{char}b\n", f"a: 1\n# note{char}\nb: 2\n", f"k{char}: v\n"):
        agree(text)


def agree(text: str, offset: int = 0) -> bool:
    """What the story-file module's reader gives (fast or full) is what the full parser
    gives, value for value and type for type (1, 1.0 and true are not the same value); when
    the full parser refuses the text, the fast reader does not accept it. True when the fast
    reader took the text."""
    fast = _fastyaml.load(text, offset, yamlio.MAX_NODES)
    try:
        full = yamlio.load(text, path="x.yaml", line_offset=offset)
    except InputError as exc:
        assert fast is None, f"fast reader accepted what the full parser refuses: {text!r}"
        assert exc.path == "x.yaml" and exc.line is not None, exc.one_line()
        return False
    if fast is None:
        return False
    assert typed(fast[0]) == typed(full[0]), text
    assert fast[1] == full[1], text
    return True


def typed(value: object) -> object:
    """`value` with the type of every scalar beside it, floats by their spelling (nan)."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return type(value).__name__, repr(value) if isinstance(value, float) else value


PLAIN = st.sampled_from(["Council approves seawall", "rtorres", "news", "Harbor City, Calif.",
                        "2026-03-01", "42", "3.5", "true", "It's done", "a/b", "x#y", "10:30"])
SCALARS = st.one_of(
    PLAIN,
    PLAIN,
    PLAIN,
    st.sampled_from(["draft", "fact-check", "2024-02-30", "2026-03-01T09:00:00-05:00", "yes",
                     "off", "~", "null", "1e999", "0x1F", "0o17", "1_000", ".inf", "-.5",
                     "12:30:00", "'quoted'", '"double"', "[a, b]", "{}", "[]", "a # c",
                     "x: y", "- item", "é ü 中 😀", "!!str x", "&a x", "*a", "|", ">-"]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
)
KEYS = st.sampled_from(["headline", "dek", "stage", "byline", "type", "id", "k", "a b"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Block YAML of the shapes story files take, with edge values anywhere."""
    lines = []
    for key in draw(st.lists(KEYS, min_size=1, max_size=6, unique=True)):
        form = draw(st.integers(0, 3))
        if form == 0:
            lines.append(f"{key}: {draw(SCALARS)}")
        elif form == 1:
            items = draw(st.lists(SCALARS, min_size=1, max_size=3))
            lines.append(f"{key}:")
            lines += [f"  - {item}" for item in items]
        elif form == 2:
            lines.append(f"{key}: [{', '.join(draw(st.lists(SCALARS, max_size=3)))}]")
        else:
            lines.append(f"{key}:")
            lines.append(f"  - id: {draw(SCALARS)}")
            lines.append(f"    text: {draw(SCALARS)}")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["# note", "", "  # indented", "\r", " "])))
    ending = draw(st.sampled_from(["\n", "\n", "\n", "\r\n", "\n\u2028", "\n\x85"]))
    return ending.join(lines) + ending


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_readers_agree_on_generated_documents(text: str) -> None:
    agree(text)
    agree(text, offset=1)


DEEP_OR_HUGE = {
    "block mapping 400 deep": "".join("  " * i + f"k{i}:\n" for i in range(400))
    + "  " * 400 + "v: 1\n",
    "flow list 700 deep": "a: " + "[" * 700 + "]" * 700 + "\n",
    "sexagesimal float of 175 groups": "runtime: " + ":".join(["59"] * 175) + ".5\n",
    "impossible date": "when: 2024-02-30\n",
    # (a value one level below the deepest mapping either reader takes)
    "block mapping 64 deep with a value": "".join("  " * i + f"k{i}:\n" for i in range(64))
    + "  " * 64 + "v: 1\n",
}


@pytest.mark.parametrize("text", DEEP_OR_HUGE.values(), ids=list(DEEP_OR_HUGE))
def test_values_no_one_can_read_are_refused_on_their_line(text: str) -> None:
    from newsroom.store.stories import load_yaml

    with pytest.raises(InputError) as info:
        load_yaml(text, "stories/x/credits.yaml")
    assert info.value.line is not None
    agree(text)


# Generated story files (tests/yaml_shapes.py): front matter, the side files' lists of
# mappings, flow lists, plain, quoted and block scalars, with edge values, encodings, a byte
# order mark and line endings. Both readers agree on every one, rejections included.


def decoded(data: bytes) -> str | None:
    """The text the story-file module reads from a file's bytes (None: refused as a file,
    before any YAML, the same for both readers)."""
    try:
        return yamlio.decode(data, "x.yaml")
    except InputError:
        return None


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_readers_agree_on_generated_story_files(rng: random.Random) -> None:
    shapes = yaml_shapes.Shapes(rng)
    text = decoded(shapes.encoded(shapes.document()))
    if text is not None:
        agree(text, offset=rng.choice([0, 1]))


def test_generated_story_files_often_take_the_fast_path() -> None:
    """The generated files exercise the fast reader, not only the full parser."""
    rng = random.Random(11)
    shapes = [yaml_shapes.Shapes(rng) for _ in range(400)]
    texts = [decoded(s.encoded(s.document())) for s in shapes]
    fast = sum(agree(text) for text in texts if text is not None)
    assert fast >= 100, f"only {fast} of 400 generated files took the fast path"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_generated_stories_are_read_or_refused_on_their_line(rng: random.Random) -> None:
    """The story-file module reads a generated story, or refuses it with an InputError naming
    the file and the line (a file refused whole, as binary or too large, names only the file);
    it never fails any other way."""
    shapes = yaml_shapes.Shapes(rng)
    files = {"story.md": shapes.encoded(shapes.story_md(shapes.front_matter()))}
    for name in rng.sample(sorted(yaml_shapes.SIDE_LISTS), rng.randint(0, 3)):
        files[name] = shapes.encoded(shapes.side_file(name))
    try:
        story = story_from_files("a-story", files, "stories/a-story")
    except InputError as exc:
        assert exc.path and exc.path.startswith("stories/a-story/"), exc.one_line()
        whole = "binary file" in exc.message or "MB limit" in exc.message
        assert exc.line is not None or whole, exc.one_line()
        assert "\n" not in exc.one_line(), exc.one_line()
        return
    for text in (story.meta.headline, story.meta.dek, *(c.text for c in story.claims)):
        assert type(text) is str


@pytest.mark.parametrize("loader", ["C", "pure Python"])
def test_refusals_name_the_line_with_either_parser(loader: str, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    """PyYAML without libyaml (the pure-Python parser) refuses nesting far too deep on its
    line, as libyaml does, not with a RecursionError; and a character YAML does not allow is
    refused on its line by both."""
    import yaml

    if loader == "pure Python":
        monkeypatch.setattr(yamlio, "_Loader", yaml.SafeLoader)
    cases = {
        "a: 1\nb: " + "[" * 1500 + "]" * 1500 + "\n": (2, "nested more than 64 levels deep"),
        "a: 1\nb: " + "{c: " * 1500 + "1" + "}" * 1500 + "\n": (2, "nested more than 64"),
        "a: 1\nb: é😀\x01\n": (2, "character U+0001 is not allowed in YAML; delete it"),
        "a: 1\nb: x\ufffe\n": (2, "character U+FFFE is not allowed"),
    }
    for text, (line, message) in cases.items():
        with pytest.raises(InputError) as info:
            yamlio.load(text, path="s.yaml", line_offset=1)
        assert (info.value.line, message in info.value.message) == (line + 1, True), (
            info.value.one_line())
    with pytest.raises(InputError) as info:
        yamlio.load("a: 1\nb: é😀\x01\n", path="s.yaml")
    assert info.value.column == 6


def test_a_plain_equals_sign_or_double_angle_is_text() -> None:
    """YAML 1.1 gives a plain '=' and '<<' tags of their own (default value, merge key) that
    no safe reader can build; in a value they are the text written. Written with those tags,
    they are refused like any tag beyond plain YAML."""
    data, _ = yamlio.load("desk: =\nnote: <<\nitems: [=, <<]\n", path="x.yaml")
    assert typed(data) == typed({"desk": "=", "note": "<<", "items": ["=", "<<"]})
    for text in ("desk: !!value =\n", "desk: !!merge <<\n"):
        with pytest.raises(InputError, match=r"the tag '!!(value|merge)' is not allowed"):
            yamlio.load(text, path="x.yaml")

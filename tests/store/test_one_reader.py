"""`verify` reads each version of story.md exactly as `status` and `check` read the file:
the same stage and byline for every YAML spelling, or a refusal by both."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.errors import InputError
from newsroom.services.verify import read_front
from newsroom.store import stories as store

STAGES = ["draft", "contributor-credit", "fact-check", "publish", "published", "killed",
          "publishd", "Draft", ""]


@st.composite
def stage_lines(draw: st.DrawFn) -> str:
    stage = draw(st.sampled_from(STAGES))
    return draw(st.sampled_from([
        f"stage: {stage}", f"'stage': {stage}", f'"stage": "{stage}"', f"stage: !!str {stage}",
        f"stage: &s {stage}", f"stage: {stage} # note", f"stage: {stage}\r", f"? stage\n: {stage}",
        f"stage: |-\n  {stage}", f"stage: >\n  {stage}\n", f"stage:\n  {stage}", "stage:",
        f"stage: [{stage}]", "",
    ]))


@st.composite
def byline_lines(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(["rtorres", "mchen", "Jo Doe", "eokafor"]),
                          max_size=3))
    block = "".join(f"\n  - {n}" for n in names)
    dicts = "".join(f"\n  - name: {n}\n    outside: true" for n in names)
    return draw(st.sampled_from([
        f"byline: [{', '.join(names)}]", f"byline:{block}" if names else "byline: []",
        f"byline:{dicts}" if names else "byline: []", f"byline: {names[0] if names else '~'}",
        f"byline: !!seq [{', '.join(names)}]", "",
    ]))


DECOYS = ["", 'dek: "Long dek.\n  stage: published\n  byline: [mallory]\n  end."',
          "dek: 'x\n  stage: killed'", "# stage: published", "dek: |\n  stage: published",
          "notes: {stage: published, byline: [mallory]}"]


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    parts = ["headline: Council approves seawall", draw(st.sampled_from(DECOYS)),
             draw(stage_lines()), draw(byline_lines()), "type: news"]
    parts = draw(st.permutations(parts))
    ending = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return "---" + ending + ending.join(p for p in parts if p) + ending + "---" + ending + "Body."


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(front_matters())
def test_verify_reads_what_the_store_reads(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "stories" / "a-story"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.md").write_bytes(text.encode("utf-8"))
    seen = read_front(text.encode("utf-8"))
    try:
        meta = store.read_story(tmp_path, "a-story").meta
    except InputError:
        assert seen.stage is None, text  # what the board cannot read, verify cannot trust
        return
    assert seen.stage is meta.stage, text
    assert seen.byline == meta.byline, text


def test_a_version_too_large_for_the_board_is_one_verify_cannot_trust(tmp_path: Path) -> None:
    text = "---\nheadline: Big\nstage: published\n---\n\n" + "word " * 450_000
    folder = tmp_path / "stories" / "a-story"
    folder.mkdir(parents=True)
    (folder / "story.md").write_text(text, encoding="utf-8")
    try:
        store.read_story(tmp_path, "a-story")
    except InputError as exc:
        assert "limit" in exc.message
    else:
        raise AssertionError("the store read a story over the size limit")
    assert read_front(text.encode("utf-8")).stage is None

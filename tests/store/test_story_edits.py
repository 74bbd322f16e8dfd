"""The story-file module's stage edit changes the stage and nothing else, in any spelling."""

from __future__ import annotations

import pytest

from newsroom.errors import InputError
from newsroom.models import Stage
from newsroom.store import stories as store

FRONTS = {
    "plain": "headline: Hi\nstage: draft\ntype: news\n",
    "quoted key, comment": '"stage": draft # keep\ntype: news\n',
    "tag": "stage: !!str draft\n",
    "anchor": "stage: &s draft\n",
    "block scalar": "stage: |-\n  draft\ntype: news\n",
    "folded, kept blank line": "stage: >-\n  draft\n\ntype: news\n",
    "complex key": "? stage\n: draft\ntype: news\n",
    "empty value": "headline: Hi\nstage:\ntype: news\n",
    "null value": "headline: Hi\nstage: ~\n",
    "no stage": "headline: Hi\ntype: news\n",
    "no newline at the end": "headline: Hi\ntype: news",
    "flow mapping, no stage": "{headline: Hi, type: news}\n",
    "flow mapping over lines": "{headline: Hi,\n type: news}\n",
    "decoy in a quoted dek": 'dek: "A.\nstage: published\nB."\nstage: draft\n',
    "crlf": "headline: Hi\r\nstage: draft\r\ntype: news\r\n",
}


@pytest.mark.parametrize("front", FRONTS.values(), ids=list(FRONTS))
def test_the_stage_edit_changes_the_stage_alone(front: str) -> None:
    text = f"---\n{front}\n---\n\nThe body.\n" if not front.endswith("\n") else (
        f"---\n{front}---\n\nThe body.\n")
    changed = store.with_stage(text, Stage.FACT_CHECK)
    meta = store.read_front(changed, "story.md")[0]
    assert meta.stage is Stage.FACT_CHECK
    before = store.split(text, "story.md")
    after = store.split(changed, "story.md")
    assert (after.head, after.rest) == (before.head, before.rest)
    if "decoy" in front:
        assert "stage: published" in after.front


def test_a_front_matter_it_cannot_edit_safely_is_refused_with_a_way_out() -> None:
    text = "---\n[not, a, mapping]\n---\n\nBody.\n"
    with pytest.raises(InputError):
        store.with_stage(text, Stage.FACT_CHECK)


def test_a_new_entry_that_yaml_would_read_as_a_boolean_keeps_the_files_comments() -> None:
    old = "# Credits for the seawall story\ncontributors:\n  - name: Rosa Torres  # lead\n"

    def add(items: list[dict[str, object]]) -> None:
        items.append({"name": "Yes", "role": "No", "note": "10:30"})

    text = store.edit_list(old, "contributors", add, "credits.yaml")
    assert "# Credits for the seawall story" in text and "# lead" in text
    data, _ = store.load_yaml(text, "credits.yaml")
    assert data["contributors"][1] == {"name": "Yes", "role": "No", "note": "10:30"}

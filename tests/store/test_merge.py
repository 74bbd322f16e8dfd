"""Two clones' changes to one YAML file merged by meaning (newsroom/store/merge.py): each
entry of a list known by its id, a true conflict left to the person."""

from __future__ import annotations

from newsroom.store import yamlio
from newsroom.store.merge import merge

ROSTER = """\
# the newsroom's people
name: Coastal Ledger
people:
  - id: eokafor
    name: Emeka Okafor
    email: eokafor@coastal.example
    roles: [editor]
  - id: rtorres
    name: Rosa Torres
    email: rtorres@coastal.example
    roles: [reporter]
"""
JANE = """\
  - id: jdoe
    name: Jane Doe
    email: jdoe@coastal.example
    roles: [reporter]
"""
AL = """\
  - id: asmith
    name: Al Smith
    email: asmith@coastal.example
    roles: [reporter]
"""


def _people(text: str) -> list[str]:
    data, _ = yamlio.load(text, path="newsroom.yaml")
    return [p["id"] for p in data["people"]]


def test_two_people_added_in_two_clones_are_both_kept_with_the_comments() -> None:
    merged = merge("newsroom.yaml", ROSTER, ROSTER + JANE, ROSTER + AL)
    assert merged is not None
    assert _people(merged) == ["eokafor", "rtorres", "jdoe", "asmith"]
    assert merged.startswith("# the newsroom's people")


def test_an_edit_and_an_add_in_two_clones() -> None:
    promoted = ROSTER.replace("roles: [reporter]", "roles: [reporter, editor]")
    merged = merge("newsroom.yaml", ROSTER, promoted, ROSTER + AL)
    assert merged is not None
    data, _ = yamlio.load(merged, path="newsroom.yaml")
    assert data["people"][1]["roles"] == ["reporter", "editor"]
    assert _people(merged) == ["eokafor", "rtorres", "asmith"]


def test_one_entry_changed_two_ways_is_a_conflict() -> None:
    one = ROSTER.replace("rtorres@coastal.example", "rosa@coastal.example")
    other = ROSTER.replace("rtorres@coastal.example", "torres@coastal.example")
    assert merge("newsroom.yaml", ROSTER, one, other) is None


def test_an_entry_removed_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    removed = ROSTER.split("  - id: rtorres")[0]
    changed = ROSTER.replace("roles: [reporter]", "roles: [fact-checker]")
    assert merge("newsroom.yaml", ROSTER, removed, changed) is None
    assert merge("newsroom.yaml", ROSTER, changed, removed) is None


def test_the_same_entry_added_alike_on_both_sides_is_taken_once() -> None:
    merged = merge("newsroom.yaml", ROSTER, ROSTER + JANE, ROSTER + JANE)
    assert merged is not None and _people(merged) == ["eokafor", "rtorres", "jdoe"]


CLAIMS = """\
claims:
  - id: vote
    text: voted 5-2 on Tuesday
    sources: [council-minutes]
    status: unverified
"""


def test_a_claim_added_while_another_is_verified() -> None:
    verified = CLAIMS.replace("status: unverified", "status: verified\n    checked_by: lpark")
    added = CLAIMS + "  - id: mayor\n    text: the mayor cast the deciding vote\n"
    merged = merge("stories/harbor/factcheck.yaml", CLAIMS, verified, added)
    assert merged is not None
    data, _ = yamlio.load(merged, path="factcheck.yaml")
    assert [c["id"] for c in data["claims"]] == ["vote", "mayor"]
    assert data["claims"][0]["status"] == "verified"


def test_only_the_files_of_the_model_are_merged() -> None:
    assert merge("stories/harbor/story.md", "a\n", "b\n", "c\n") is None
    assert merge("notes/newsroom.yaml", ROSTER, ROSTER + JANE, ROSTER + AL) is None
    # entries without ids, or a value that is no list, are left to the person
    assert (
        merge("stories/h/factcheck.yaml", "claims: []\n", "claims: [1]\n", "claims: [2]\n") is None
    )
    assert merge("newsroom.yaml", "name: A\n", "name: B\n", "name: C\n") is None
    # a file that does not parse is never merged
    assert merge("newsroom.yaml", ROSTER, ROSTER + JANE, "people: [\n") is None

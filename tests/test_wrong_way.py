"""Messages that pointed the wrong way: each says what is really wrong, in plain English."""

from __future__ import annotations

import json

from tests.helpers import Clone, edit_story

SLUG = "harbor-seawall"
NOT_CREDITED = {"contributors": [{"name": "Rosa Torres", "role": "reporting", "person": "rtorres"}]}


def _checks(room: Clone) -> dict[str, str]:
    result = room.run("check", SLUG, "--stage", "contributor-credit", "--format", "json")
    assert result.code in (0, 1), result.text
    return {f["check"]: f["message"] for f in json.loads(result.out)["findings"]}


def test_a_staff_photo_without_its_photographer_asks_for_the_credit(room: Clone) -> None:
    # Jana Ruiz shoots for the newsroom (the supplier is the newsroom's own name) but is not
    # on the roster: the photo is the newsroom's own, not a third party's
    room.write_story(SLUG, files={"credits.yaml": NOT_CREDITED})
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Samir Khan/Coastal", "Jana Ruiz/Coastal"))
    found = _checks(room)
    assert "captions.rights-missing" not in found, found
    assert (
        'newsroom credit harbor-seawall add "Jana Ruiz" --role photography'
        in found["credits.photo-uncredited"]
    )


def test_a_third_party_photo_still_needs_its_rights_note(room: Clone) -> None:
    room.write_story(SLUG, files={"credits.yaml": NOT_CREDITED})
    story = room.story_dir(SLUG) / "story.md"
    story.write_text(story.read_text().replace("Samir Khan/Coastal Daily Press", "Jana Ruiz/AP"))
    found = _checks(room)
    assert "captions.rights-missing" in found and "credits.photo-uncredited" not in found


def test_correcting_a_published_story_with_a_failing_gate_says_it_cannot_be_corrected(
    room: Clone,
) -> None:
    room.write_story(SLUG, front={"stage": "published"})
    room.commit_all("published story")
    edit_story(room.story_dir(SLUG) / "story.md", {"headline": ""})
    result = room.run("correct", SLUG, "--note", "The headline was lost.")
    assert result.code != 0
    assert "cannot leave" not in result.text, result.text
    assert f"{SLUG} cannot be corrected" in result.text, result.text
    assert "error(s)" not in result.text


def test_show_names_who_signs_off_not_a_role(room: Clone) -> None:
    room.write_story(SLUG, front={"stage": "contributor-credit"})
    room.commit_all("story")
    result = room.run("show", SLUG)
    assert result.code in (0, 1), result.text
    line = next(x for x in result.out.splitlines() if x.strip().startswith("next"))
    assert "signed off by: editor" not in line
    assert "Emeka Okafor" in line and "Grace Bell" in line, line


def test_counts_are_singular_when_there_is_one(room: Clone) -> None:
    room.write_story(SLUG, front={"headline": "", "stage": "contributor-credit"})
    room.commit_all("story")
    checked = room.run("check", SLUG)
    assert "1 story checked: 1 error," in checked.out, checked.out
    assert "1 errors" not in checked.out and "1 warnings" not in checked.out
    board = room.run("status")
    assert "1 story (" in board.out, board.out
    assert "1 stories" not in board.out

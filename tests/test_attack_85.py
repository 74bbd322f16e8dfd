# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the eighty-fifth pass, aimed at the thirty-sixth checks round
and the fifty-ninth and sixtieth filing rounds.

Precision holes (ordinary copy misread):

- An official the story names by a title alone, in a clause set off by a comma saying they
  were at a closed meeting ('The city manager, who attended the closed-door session with
  state officials, said ...'), was read as a source not named and warned about as an
  anonymous source missing from sources.yaml: the round's people inside a meeting behind
  closed doors are those the clause picks out ('two people who attended the closed-door
  session'), not someone it describes after a comma.

Recall holes (a finding that was right before, lost):

- A quotation after 'saying' as a verb ('A clip posted online shows a man saying "they have
  ruined the harbour ..."', 'the residents saying, "..."', 'a man in a red cap saying "..."')
  was read as a saying's words and lost its finding that no one a reader can identify says
  it: the noun 'saying' names a saying only with a comma, a colon or 'goes' after it, and
  not after a word for who speaks.
"""

from __future__ import annotations

import json
from typing import Any

from tests.helpers import Clone

# --- the checks

OPENING = (
    "HARBOR CITY, Fla. — The Harbor City Council voted 5-2 on Tuesday to approve a $42 "
    "million seawall along the eastern waterfront."
)


def _findings(room: Clone, paragraph: str, check: str) -> list[dict[str, Any]]:
    """What `newsroom check` reports under `check` on the clean story cut to its opening
    paragraph and `paragraph` (nothing in between for a speaker to be carried from)."""
    room.write_story("harbor-seawall", body=f"{OPENING}\n\n{paragraph}\n")
    result = room.run("check", "harbor-seawall", "--stage", "publish", "--format", "json")
    assert result.code in (0, 1), result.text
    return [f for f in json.loads(result.out)["findings"] if f["check"] == check]


def test_an_official_named_by_title_who_was_at_a_closed_session_is_no_anonymous_source(
    room: Clone,
) -> None:
    paragraph = (
        "The city manager, who attended the closed-door session with state officials, said "
        "the money was secure."
    )
    assert _findings(room, paragraph, "attribution.anonymous-unjustified") == []


def test_people_inside_a_closed_session_are_still_anonymous(room: Clone) -> None:
    paragraph = (
        "Two people who attended the closed-door session with state officials said the money "
        "was secure."
    )
    assert len(_findings(room, paragraph, "attribution.anonymous-unjustified")) == 1


def test_a_quotation_after_saying_as_a_verb_still_needs_its_speaker(room: Clone) -> None:
    for paragraph in (
        'A clip posted online shows a man saying "they have ruined the harbour for all of us" as the council members left.',
        'A clip posted online shows the residents saying, "we will not move for anyone at all."',
        'A clip posted online shows a man in a red cap saying "they have ruined the harbour for all of us."',
    ):
        assert len(_findings(room, paragraph, "attribution.quote-no-speaker")) == 1, paragraph


def test_a_saying_s_words_still_need_no_speaker(room: Clone) -> None:
    for paragraph in (
        "As the old saying goes, “the sea always takes back what it is owed, and then some.”",
        'Her grandmother had a saying: "the sea always takes back what it is owed, and more."',
        'There is an old Gaelic saying in the islands, "the sea always takes back what it is owed."',
    ):
        assert _findings(room, paragraph, "attribution.quote-no-speaker") == [], paragraph

"""Holes an attacker found in the thirty-fourth pass, aimed at the seventeenth checks round
(naming.py: `_INSTITUTIONS`; statements.py: the quotation after 'called out,'; credits.py:
the new CONTRIBUTOR_ROLES; chrome.py: 'Back to News', the alert's pitch and a results
page's row of links). Each hole is real reporting deleted as page debris, members of the
public or a club's players read as anonymous sources, a contributor line that credits a
piece of an agency's name, or a quotation with no speaker let through. Long and
adversarial lines (100 KB of bars, 'Get' lists, roles, 'called out') were timed and read
in well under a second; no crash was found. Each test was seen to fail for the reason it
names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import filed_draft as _read
from tests.helpers import paragraph_kinds as _kinds

HED = "Scam texts promise fast tax refunds"
BYLINE = "By Renata Solberg"
LEDE = (
    "HARLOW, Iowa — Police in Harlow warned residents on Monday about a wave of text "
    "messages that promise fast tax refunds."
)
LAST = "Detective Dana Whitfield said no one had lost money so far."


def _story(*middle: str) -> str:
    return "\n\n".join((HED, BYLINE, LEDE, *middle, LAST)) + "\n"


# --- page debris that swallows the story's own sentences


def test_a_scam_text_s_pitch_quoted_in_a_story_is_kept(tmp_path: Path) -> None:
    news = "Get your refund sent straight to your phone, the texts promised."
    draft = _read(tmp_path, "a1.txt", _story(news))
    assert any("the texts promised" in p for p in draft.paragraphs)


# --- members of the public and a club's players turned anonymous


@pytest.mark.parametrize(
    "sentence",
    [
        "County voters said the levy was too high.",
        "Town taxpayers said the new library cost too much.",
        "Utility customers said their bills had doubled.",
        "School parents said the buses were late all week.",
    ],
)
def test_members_of_the_public_beside_a_body_stay_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


def test_a_club_s_players_stay_vague() -> None:
    sentence = "City players said the referee had cost them the match."
    assert _kinds(sentence) == [[VAGUE]]


# --- contributor lines


def test_a_volunteer_fire_department_is_not_cut_to_fire_department() -> None:
    line = "The Harlow Volunteer Fire Department contributed to this report."
    assert "Fire Department" not in contributor_names(line)


def test_a_source_of_a_compiled_report_is_no_contributor() -> None:
    line = "Compiled by Ana Lee from reports by the Harlow Volunteer Fire Department."
    assert "Fire Department" not in contributor_names(line)


# --- a quotation with no speaker


def test_a_quotation_after_the_report_out_still_needs_its_speaker() -> None:
    (para,) = analyze_body(['With the audit report out, "the board has nowhere left to hide."'])
    assert para.sentences[0].unattributed_quotes

"""Holes an attacker found in the seventieth pass, aimed at the thirty-second round of the
checks: a group's own clause with a verb of saying, 'Many <Capitalised>' groups, 'Two of
the X' counted people, a group's report inside a closing named attribution, 'concluded
that' by a group, what is thought to be so, and the round's chrome and contributor forms.

Precision holes, where a plain story is misread:
- 'Residents who complained the council said nothing have gone to court.' read the
  residents as the ones who said, 'Residents who complained the council': the round took
  a relative clause's verb of saying as inside the subject even when the words after it are
  the subject of what it reports (a body or a person, then the later verb);
- 'Two of the banks said', 'One of the reports said', 'Five of the schools said' were
  people the story has met, unnamed (an anonymous source to justify): the round counted any
  head after 'of the', not only people;
- 'All Blacks coach Scott Robertson said' was a vague group, as any capitalised head after
  a quantifier was a people, and 'Both Mitchell and Ng said' lost Mitchell, a named
  source, to 'Both Mitchell', a people;
- 'Jurors concluded that the driver was negligent', 'Inspectors concluded that the school
  was failing', 'Doctors concluded that he had died of natural causes': a court's, an
  inspection's or a post-mortem's finding was a vague group's view: the round read any
  group's conclusion as vague, where it meant a public's ('Many voters have concluded');
- 'Get an alert when the water returns, the utility advised residents.' was a newsletter
  prompt: the round's e-mail prompt let an attribution run on after a comma;
- 'Also on Tuesday', a roundup's subhead, was a teaser heading of another site.

Recall holes, near forms of the round's own that real pages or copy print:
- a group's report inside a closing named attribution with a time, a place or a listener
  after the verb ('..., Woods said on Tuesday.', '..., Woods said in a statement.',
  '..., Woods told the Gazette.') was still read as a vague group's;
- 'Lame Kgosiemang also helped with research for this article.' credited no one: the
  round's 'helped' form was only tried on a line with 'assisted' in it;
- 'Residents of Mochudi who had complained about the plots said' and 'Employees at the
  plant who complained said' read no one: a group placed by a phrase before its own clause;
- 'Many Zimbabweans who fled the crisis said', 'Many Zimbabweans in South Africa say' and
  'Some Bermudians living abroad say' named someone: a people by a quantifier was read only
  with nothing after it.

Left open: 'Farmers who had warned the ministry said' is the farmers' (a listener after
'warned'), as the round reads it, though it may be the ministry's; 'Never miss a beat!' or
'Never miss a chance!' on a line of its own is a sign-up prompt, the price of the round's
'Never miss a race!'; 'Keep up with Parliament' or 'Keep up with Manchester United' as a
line of its own is a follow prompt; 'Two of the candidates', 'Two of the victims' and
'Two of the guests' stay a vague group, their heads no words for people the checks know;
a closing attribution with a longer tail ('..., Woods said in an interview with the
Gazette.') still leaves the group's report read apart from his; 'Those who knew her said'
reads no one, before the round and after."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers

# --- a group's own clause


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Residents who complained the council said nothing have now gone to court.",
            "the council",
        ),
        (
            "Shareholders who claimed the board announced the deal too late have sued.",
            "the board",
        ),
    ],
)
def test_what_a_group_s_clause_reports_has_its_own_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who had complained about the allocations said they felt vindicated.",
        "Neighbours who reported the fire said it started in the kitchen.",
        "Residents of Mochudi who had complained about the plots said they felt vindicated.",
        "Employees at the plant who complained said they were ignored.",
    ],
)
def test_a_group_s_own_clause_is_still_part_of_who_speaks(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


# --- counted groups and quantified peoples


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of the banks said they would raise rates.",
        "One of the reports said the bridge was unsafe.",
        "Five of the schools said they had no heating.",
        "Two of the unions said they would strike.",
    ],
)
def test_a_count_of_bodies_or_documents_is_no_unnamed_source(sentence: str) -> None:
    assert ANONYMOUS not in [kind for kind, _ in _speakers(sentence)]


def test_a_count_of_people_met_is_still_unnamed() -> None:
    found = _speakers("Two of the jurors told the court they had read about the case.")
    assert found == [(ANONYMOUS, "Two of the jurors")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "All Blacks coach Scott Robertson said the team was ready.",
            [(NAMED, "All Blacks coach Scott Robertson")],
        ),
        (
            "Both Mitchell and Ng said the board had acted properly.",
            [(NAMED, "Both Mitchell"), (NAMED, "Ng")],
        ),
    ],
)
def test_a_name_after_a_quantifier_is_no_people(sentence: str, found: list[object]) -> None:
    assert _speakers(sentence) == found


def test_a_people_after_a_quantifier_is_still_a_group() -> None:
    found = _speakers("Many Family Islanders believe that Nassau does not see them.")
    assert [kind for kind, _ in found] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many Zimbabweans who fled the crisis said they would not return.",
        "Many Zimbabweans in South Africa say they would not return.",
        "Some Bermudians living abroad say they cannot afford to come home.",
    ],
)
def test_a_people_with_its_own_clause_or_place_is_a_group(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


# --- what a panel concluded


@pytest.mark.parametrize(
    "sentence",
    [
        "Jurors concluded that the driver was negligent.",
        "Inspectors concluded that the school was failing.",
        "Doctors concluded that he had died of natural causes.",
    ],
)
def test_a_panel_s_finding_is_no_vague_view(sentence: str) -> None:
    assert VAGUE not in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many voters have concluded that the party has lost its way.",
        "Some economists have concluded that the boom is over.",
        "Critics concluded that the plan was doomed.",
    ],
)
def test_a_public_s_or_a_vague_group_s_conclusion_is_still_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


# --- a closing named attribution


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents have complained of the smell for years, Woods said on Tuesday.",
        "Residents have complained of the smell for years, Woods said in a statement.",
        "Residents have complained of the smell for years, Woods told the Gazette.",
    ],
)
def test_a_group_inside_a_closing_attribution_with_a_time_or_listener_is_his(
    sentence: str,
) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_named_speaker_s_own_clause_after_the_verb_keeps_the_group() -> None:
    found = _speakers(
        "Residents have complained for years, and Woods said on Tuesday they were right."
    )
    assert VAGUE in [kind for kind, _ in found]


# --- chrome


@pytest.mark.parametrize(
    "line",
    [
        "Get an alert when the water returns, the utility advised residents.",
        "Also on Tuesday",
        "Also on Monday",
    ],
)
def test_story_lines_that_share_the_round_s_chrome_words_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line", ["Get an email when this author's threads are unspooled.", "Also on DikgangNow"]
)
def test_the_round_s_chrome_is_still_chrome(line: str) -> None:
    assert chrome_line(line) is not None


# --- contributor lines


@pytest.mark.parametrize(
    "line",
    [
        "Lame Kgosiemang also helped with research for this article.",
        "Lame Kgosiemang also assisted with research for this article.",
    ],
)
def test_one_who_also_helped_with_research_is_credited(line: str) -> None:
    assert contributor_names(line) == ["Lame Kgosiemang"]

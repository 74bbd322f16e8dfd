"""The thirty-ninth round: what the thirty-sixth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Archive research by Mele Fifita.", ["Mele Fifita"]),
        ("Data research by Ana Ruiz and Li Wei.", ["Ana Ruiz", "Li Wei"]),
        ("Court reporting: Tom Hale", ["Tom Hale"]),
        ("Sports reporting: Kabo Tau and Ana Ruiz.", ["Kabo Tau", "Ana Ruiz"]),
        ("Written summary by Li Wei, Press Office.", ["Li Wei"]),
        ("Summary by Ana Ruiz.", ["Ana Ruiz"]),
        ("Research team: Ana Ruiz, Senior Analyst; Li Wei, Analyst", ["Ana Ruiz", "Li Wei"]),
        ("Audit team: Tom Hale, Senior Auditor; Kabo Tau, Staff Auditor", ["Tom Hale", "Kabo Tau"]),
        ("Reporting team: Mele Fifita and Tom Hale.", ["Mele Fifita", "Tom Hale"]),
        ("Intern Ana Ruiz compiled statistics for this report.", ["Ana Ruiz"]),
        ("Sports intern Li Wei compiled the figures for this story.", ["Li Wei"]),
        ("Tom Hale and Kabo Tau reported from the press launch.", ["Tom Hale", "Kabo Tau"]),
        ("Mele Fifita reported from the hearing.", ["Mele Fifita"]),
    ],
)
def test_a_kind_of_research_or_reporting_a_summary_a_team_statistics_and_an_event(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Court reporting: What the Judges Said",
        "The summary by the committee was published on Monday.",
        "A summary by Ana Ruiz was read to the council.",
        "Home team: Tafuna Marlins",
        "Starting team: Ana Ruiz, Li Wei, Tom Hale",
        "The council compiled statistics for this report.",
        "Ana Ruiz compiled statistics for the council.",
        "Police reported from the scene.",
        "Minister Li Wei reported from the summit.",
        "Ana Ruiz reported from the beach that the fish were dying.",
    ],
)
def test_a_subhead_a_summary_in_prose_a_side_s_line_up_and_a_body_s_report_credit_no_one(
    line: str,
) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "1:15 Road works — Dr. Ana Ruiz",
        "12:40 Questions from Sen. Li Wei",
        "Show more",
        "Load more",
        "Comment on this application",
        "Object to this proposal",
        "Track this application",
        "Add to watchlist",
        "Add to watch list",
        "Ask a question about this lot",
        "Ask a question about this item",
        "Condition reports are provided as a courtesy and do not form part of the terms of sale.",
        "Condition reports are given for guidance only.",
    ],
)
def test_a_chapter_naming_a_doctor_a_toggle_a_register_s_and_a_saleroom_s_buttons_are_chrome(
    line: str,
) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Show more respect to the volunteers, the mayor said.",
        "Residents can comment on this application until Friday.",
        "The council will track this application closely.",
        "She asked a question about this lot at the auction.",
        "Condition reports are given to every bidder, the saleroom said.",
        "9:30 a.m. Dr. Ruiz opened the clinic.",
    ],
)
def test_a_story_s_lines_of_those_words_are_the_story_s(line: str) -> None:
    assert chrome_line(line) is None


def test_a_document_s_running_head_repeated_over_its_pages_is_the_viewer_s() -> None:
    lines = _blocks(
        """
Harbour Board | Annual Report 2024

The board met eleven times in the year.

Page 2 of 40

Harbour Board | Annual Report 2024

Revenue rose by 4% to $2.1 million.
"""
    )
    assert debris(lines) == [
        "running head",
        None,
        "site navigation",
        "running head",
        None,
    ]


def test_a_line_said_twice_in_a_story_with_no_page_numbers_is_the_story_s() -> None:
    lines = _blocks(
        """
Harbour Board | Annual Report 2024

The board met eleven times in the year.

Harbour Board | Annual Report 2024

Revenue rose by 4% to $2.1 million.
"""
    )
    assert debris(lines) == [None, None, None, None]


def _blocks(text: str) -> list[tuple[int, str]]:
    """A pasted body as (paragraph number, line) pairs, paragraphs parted by a blank line."""
    return [
        (n, line)
        for n, block in enumerate(text.strip().split("\n\n"))
        for line in block.splitlines()
    ]


def _unattributed(*paragraphs: str) -> list[bool]:
    """Whether each sentence of a body holds a quotation with no speaker, in order."""
    return [
        bool(s.unattributed_quotes) for p in analyze_body(list(paragraphs)) for s in p.sentences
    ]


@pytest.mark.parametrize("verb", ["shrugged", "grinned", "deadpanned"])
def test_a_verb_that_doubles_its_last_letter_in_the_past_frames_a_quotation(verb: str) -> None:
    found = _unattributed(
        "The skipper, Tom Hale, said the mast had been checked before the race.",
        f'"That is sailing," he {verb}. "Sometimes the wind wins."',
    )
    assert found == [False, False, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many growers blogged that the season had been the worst in memory.",
        "Many residents preferred that the road stay closed.",
    ],
)
def test_a_group_that_blogged_or_preferred_is_read_by_its_verb_s_past(sentence: str) -> None:
    assert VAGUE in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz (34) said the campaign would go on.",
        "Outside the hall, Tom Hale (61), a retired fisherman who has lived on the quay all his "
        "life, said the pier should stay open.",
    ],
)
def test_an_age_in_brackets_after_a_name_leaves_the_name_the_speaker(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_she_said_after_two_unnamed_sources_and_a_gesture_is_no_anonymous_source() -> None:
    found = _speakers(
        "Ana Ruiz was named the best player of the final. She had been the subject of trade "
        "talk, when two people with knowledge of the talks said the club had listened to offers."
        ' Asked about that after the match, Ruiz smiled. "I am not going anywhere," she said.'
    )
    assert found[-1] == (NAMED, "she")


@pytest.mark.parametrize("verb", ["smiled", "laughed", "shrugged"])
def test_a_gesture_before_a_quotation_of_the_next_sentence_is_no_attribution(verb: str) -> None:
    found = _speakers(
        "Tom Hale, the skipper, said the mast had been checked.",
        f'Asked whether he would race again, Hale {verb}. "Ask me in a month," he said.',
    )
    assert found == [(NAMED, "Tom Hale"), (NAMED, "he")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Growers on Tresco and Bryher have complained that the fund favours the larger farms.",
        "Fishermen on St Agnes and St Martin's say the quota is too low.",
    ],
)
def test_islands_after_on_in_a_group_s_description_are_no_speaker(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_verb_s_form_after_without_is_a_noun() -> None:
    sentence = "Two managers who had approved the spending without questions resigned in May."
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The farm paid no dividend last year, the accounts show.",
        "Sales fell by a third, the studies found.",
    ],
)
def test_the_documents_named_before_are_a_source(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Those supporting the plan say the shed has stood empty for years.",
        "Those opposed to the scheme argue that the lane is too narrow.",
        "Those against the closure say the school is the heart of the village.",
    ],
)
def test_those_for_or_against_a_plan_are_a_group_no_one_names(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_figures_pointed_at_stay_a_document() -> None:
    assert [kind for kind, _ in _speakers("Those figures show a fall of a third.")] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        'From the back of the hall, one woman shouted "Sell it!" and was warned by the chair.',
        'One woman shouted "Sell it!" and was cautioned by the chairman.',
        'One man called out "Shame on you!" and was reminded by the chairman to sit down.',
        'A woman at the back called out "Sell it now!" and left the hall.',
    ],
)
def test_one_rebuked_by_the_chair_is_no_speaker_of_the_quotation(sentence: str) -> None:
    assert _unattributed(sentence) == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "The skipper was warned by the coastguard that the tide was turning.",
        "Drivers were told by police that the road would stay closed.",
    ],
)
def test_a_warning_in_words_by_someone_named_stays_theirs(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        'As one Tresco boatman put it to us: "Every family here has a bit of a wreck in the shed."',
        'A Funafuti mother put it simply: "The school is too far for the little ones to walk."',
    ],
)
def test_a_place_before_one_unnamed_is_no_name_of_the_speaker(sentence: str) -> None:
    assert _unattributed(sentence) == [True]
    assert NAMED not in [kind for kind, _ in _speakers(sentence)]


def test_a_named_speaker_before_a_colon_is_still_named() -> None:
    sentence = 'Tom Hale, a Tresco boatman, put it simply: "Every family has a wreck in the shed."'
    assert _unattributed(sentence) == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Family tradition holds that the bell rang as the ship went down.",
        "Local legend has it that the pier was built in a single night.",
        "The club, which has only 40 members, is often described as the oldest on the coast.",
        "The reef is sometimes billed as the finest dive site in the Pacific.",
    ],
)
def test_a_tradition_or_a_description_of_no_one_is_vague(sentence: str) -> None:
    assert VAGUE in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tradition holds up well in the smaller villages.",
        "The ship was described as seaworthy by the harbourmaster in 1890.",
        "The family has kept the tradition for a century.",
    ],
)
def test_a_tradition_kept_or_a_description_by_someone_is_not_vague(sentence: str) -> None:
    assert VAGUE not in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "line",
    [
        "Tom Hale and Kabo Tau reported from the press launch.",
        "Ana Ruiz reported from Lima.",
        "Li Wei contributed reporting from Apia.",
    ],
)
def test_a_contributor_line_is_no_source_and_no_statement_to_check(line: str) -> None:
    [paragraph] = analyze_body([line])
    [sentence] = paragraph.sentences
    assert sentence.attributions == () and sentence.checkable == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor's office had asked the council in March 2024 to freeze the fees.",
        "The mayor asked the council last week to approve the plan.",
    ],
)
def test_a_request_with_its_time_before_to_is_no_statement(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_a_request_to_the_reader_names_no_one() -> None:
    sentence = "Please note that this lot cannot be exported without a licence."
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Reports in the Harbour Gazette that week say the ship sank in minutes.", NAMED),
        ("Studies by the Coral Futures Lab show the pools stay warm.", NAMED),
        ("Reports in local papers say the ship sank in minutes.", VAGUE),
        ("Reports in the area say the ship sank in minutes.", VAGUE),
    ],
)
def test_reports_in_a_named_paper_are_that_paper_s(sentence: str, kind: str) -> None:
    assert [k for k, _ in _speakers(sentence)] == [kind]

"""The thirty-second round: what the twenty-ninth held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.checkable import CLAIM
from newsroom.checks.chrome import RELATED, SPONSOR, chrome_line, debris
from newsroom.checks.contributors import contributor_names, named_in
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In Mochudi, residents who had complained about the plots said they felt vindicated.",
            "residents who had complained about the plots",
        ),
        ("Parents who complained to the board said the plan was rushed.", None),
    ],
)
def test_a_group_s_own_clause_with_a_verb_of_saying_is_part_of_who_speaks(
    sentence: str, speaker: str | None
) -> None:
    found = _speakers(sentence)
    assert [kind for kind, _ in found] == [VAGUE]
    assert speaker is None or found[0][1] == speaker


def test_a_named_speaker_s_clause_is_still_set_off() -> None:
    found = _speakers("The mayor, who complained about the delays, said the plan was sound.")
    assert found == [(NAMED, "The mayor")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many Family Islanders believe that Nassau does not see them.",
        "Many young Batswana have already concluded that the system was not meant for them.",
        "Some Bermudians fear the levy will fall on them.",
    ],
)
def test_a_people_named_by_a_quantifier_is_a_vague_group(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_count_of_people_the_story_has_met_is_unnamed_not_vague() -> None:
    found = _speakers("Two of the buyers testified that they had paid him in cash.")
    assert found == [(ANONYMOUS, "Two of the buyers")]


def test_what_successive_governments_promised_is_no_one_s_view() -> None:
    assert _speakers("Successive governments have promised to fix the problem.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Guides on North Andros have reported smaller catches for years, said Cordell Woods, "
        "the alliance's president.",
        "Residents have complained of the smell for years, Woods said.",
    ],
)
def test_a_group_inside_a_closing_named_attribution_is_what_the_named_source_says(
    sentence: str,
) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_group_before_a_named_source_s_own_report_is_still_read() -> None:
    found = _speakers(
        "Some residents criticized the award, noting that the parent company, Halcyon "
        "Industries, reported a profit of $1.9 billion."
    )
    assert [kind for kind, _ in found] == [VAGUE, NAMED]


def test_a_counted_noun_is_no_verb_of_saying() -> None:
    found = _speakers("Ministers from 11 Caribbean states agreed on Tuesday to seek a levy.")
    assert found == []


def test_a_noun_counted_with_member_before_it_is_no_verb_either() -> None:
    assert _speakers("Envoys of 12 member states met in Nassau on Tuesday.") == []


def test_guides_are_a_group_that_names_no_one() -> None:
    assert [kind for kind, _ in _speakers("Guides across the concession say it hurt.")] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Northern Botswana is thought to hold one of the largest populations left.",
        "The former minister is believed to have left the country in March.",
    ],
)
def test_what_is_thought_or_believed_by_no_one_named_is_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug blocks a receptor that is thought to make the cough reflex sensitive.",
        "The break was reported to the district's after-hours line at 6:15 p.m.",
    ],
)
def test_a_clause_about_a_thing_or_a_report_made_to_someone_is_not(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lame Kgosiemang assisted with research for this article.", ["Lame Kgosiemang"]),
        (
            "Words: Kabelo Thamae, with notes from head guide Oratile Sechele",
            ["Kabelo Thamae", "Oratile Sechele"],
        ),
    ],
)
def test_new_contributor_line_forms(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_a_rights_note_under_a_credit_does_not_run_on_into_it() -> None:
    text = (
        "Words: Kabelo Thamae, with notes from head guide Oratile Sechele\n"
        "All photos © Xaro Pan Camp guides unless stated\n"
        "Posted in Sightings Reports | Tagged: wild dogs"
    )
    assert [name for _, _, name in named_in(text)] == ["Kabelo Thamae", "Oratile Sechele"]


def test_notes_from_aides_in_running_prose_name_no_one() -> None:
    assert contributor_names("The minister, with notes from his aides, said it was sound.") == []


@pytest.mark.parametrize(
    "line",
    [
        "[Follow The Francistown Observer +]",
        "Follow @CulmerRolleMP",
        "Keep up with Janelle Culmer-Rolle MP",
        "👍 214   😮 37   😡 402   💬 96   ↗ Share",
        "Posted in Sightings Reports | Tagged: wild dogs, floods, elephants",
        "Get an email when this author's threads are unspooled.",
        "Full B and C Class results are on our Results page.",
        "Save as PDF",
        "Missing some posts? Refresh this unspool",
    ],
)
def test_an_aggregator_s_a_blog_s_and_a_thread_reader_s_buttons_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Want our monthly sightings in your inbox? Sign up to the Xaro Pan newsletter",
        "Never miss a race! Join our mailing list for regatta news, results and photos.",
        "Posts on X can be deleted at any time. Save this thread as a PDF to keep a copy.",
    ],
)
def test_a_line_of_such_prompts_is_chrome(line: str) -> None:
    assert debris([(0, "The regatta ends on Sunday."), (1, line)])[1] is not None


def test_a_sponsor_s_title_is_a_sponsor_message() -> None:
    assert chrome_line("Island Breeze Beverages – Official Drink of the Heritage Cup") == SPONSOR


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money",
        "Never miss a chance to see the pride, the head guide says.",
        "Posted in 1998, he served three terms.",
        "The results are on our minds, the coach said.",
        "Save as much water as you can, the utility urged.",
    ],
)
def test_story_lines_that_share_those_words_are_not(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize("heading", ["Also on DikgangNow", "More from @CulmerRolleMP"])
def test_an_aggregator_s_or_a_writer_s_other_stories_are_teasers(heading: str) -> None:
    found = debris(
        [
            (0, "The utility will review the schedule if it rains."),
            (1, heading),
            (2, "WUC unveils plan to replace ageing pipes"),
            (3, "Residents march on council offices over outage"),
        ]
    )
    assert found == [None, RELATED, RELATED, RELATED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The findings were published in the Journal of Tropical Fisheries Science.",
        "He was taken to Zomba Central Prison after the hearing.",
        "The plant's opening was delayed by the floods.",
        "The mayor sacked her deputy on Friday.",
        "The bill was introduced in Parliament last week.",
    ],
)
def test_a_specific_claim_with_those_verbs_is_offered_to_the_fact_checker(sentence: str) -> None:
    assert CLAIM in {m.kind for s in analyze(sentence).sentences for m in s.checkable}


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Critics of successive governments have made this point for decades.", [VAGUE]),
        ("Critics have made the case that the levy is unfair.", [VAGUE]),
        ("Ana Ruiz made the point that the roads were worse.", [NAMED]),
        ("The company made a profit of $3 million.", []),
        ("Residents who spoke on Tuesday made the case better than we can.", []),
    ],
)
def test_a_point_made_or_a_case_argued_is_said(sentence: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == kinds

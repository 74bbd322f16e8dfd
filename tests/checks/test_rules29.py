"""The twenty-ninth round: what the twenty-sixth held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers


def test_the_terms_of_anonymity_inside_the_subject_are_not_the_speaker() -> None:
    found = _speakers(
        "A porter who spoke to the inspectors on condition that he not be identified said "
        "the ward had no hoist for a month."
    )
    assert [kind for kind, _ in found] == [ANONYMOUS]
    assert found[0][1].startswith("A porter")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The tournament's hosts, the Lowveld Rugby Union, said every ticket had been sold.",
            "the Lowveld Rugby Union",
        ),
        ("Its landlord, the Harbourside Trust, said the lease would end.", "the Harbourside Trust"),
    ],
)
def test_a_body_named_in_apposition_with_the_is_the_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would say that the people who lose most are the ones with no car.",
        "I would urge anyone who used the ferry to write to the minister before Friday.",
        "We would ask walkers to check the forecast before they set out.",
    ],
)
def test_the_writer_s_own_voice_outside_quotation_marks_is_no_source(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_words_inside_a_quotation_with_a_speaker_stay_theirs() -> None:
    found = _speakers('"We said so at the time," Moira Dunn said.')
    assert found == [(NAMED, "Moira Dunn")]


@pytest.mark.parametrize(
    "sentence",
    [
        "By the audit's estimate, about 9,000 people live in the blocks.",
        "By the council's count, 40 homes flooded.",
        "By her own account, she left the office at six.",
    ],
)
def test_an_estimate_or_account_with_its_owner_is_named(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_an_estimate_with_no_owner_stays_vague() -> None:
    assert [kind for kind, _ in _speakers("By one estimate, 40 homes flooded.")] == [VAGUE]


def test_a_briefing_by_a_named_body_is_a_document_source() -> None:
    found = _speakers(
        "A briefing by the assembly's research unit estimated that the scheme would need "
        "120 more nurses."
    )
    assert [kind for kind, _ in found] == [NAMED]


def test_which_after_a_preposition_opens_a_clause_with_its_own_subject() -> None:
    found = _speakers(
        "The penalty came from a tackle on Okafor in which replays suggested he won the ball."
    )
    assert all(kind != NAMED for kind, _ in found)


def test_who_described_something_in_the_passive_is_the_agent_before_as() -> None:
    assert _speakers("The offer was described by the minister as generous.") == [
        (NAMED, "the minister")
    ]
    found = _speakers('Portugal was described by three delegates as "difficult".')
    assert found == [(ANONYMOUS, "three delegates")]


def test_opposition_parties_are_a_group_that_names_no_one() -> None:
    assert _speakers("Opposition parties warned that the target could not be met.") == [
        (VAGUE, "Opposition parties")
    ]


def test_the_parties_named_before_are_named() -> None:
    assert [kind for kind, _ in _speakers("The parties said talks would resume.")] == [NAMED]


@pytest.mark.parametrize(
    "line",
    [
        "MEDIA STATEMENT",
        "Press release",
        "ENDS",
        "-ENDS-",
        "Issued by: Provincial Legislature Communication Services on behalf of the Chairperson "
        "of the Portfolio Committee on Education, Hon. Thembi Nkosi",
        "Posted by Naledi Khumalo | 4 March 2025 | Community News | 2 Comments",
    ],
)
def test_a_statement_s_furniture_and_a_post_s_meta_line_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ends of the rope were frayed, the inspector said.",
        "Issued by the council in March, the permit allowed two more storeys.",
        "Posted by a neighbour on Facebook, the video was shared 4,000 times.",
    ],
)
def test_story_lines_like_that_furniture_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_commenter_s_name_with_small_words_heads_a_comment() -> None:
    found = debris(
        [
            (0, "Pieter de la Rey"),
            (0, "4 March 2025 at 7:10 pm"),
            (0, "Is the road still closed near the school? Nobody has told us anything!!"),
            (0, "Reply"),
        ]
    )
    assert all(kind is not None for kind in found)


def test_a_sign_up_box_s_heading_pitch_and_call_are_chrome() -> None:
    found = debris(
        [
            (0, "The patrol meets on Thursdays at the bowling club."),
            (1, "JOIN OUR WARD 9 TELEGRAM GROUP"),
            (1, "Get alerts from patrollers as they happen. Join here: [link]"),
            (2, "SUPPORT OUR VOLUNTEERS"),
            (2, "Fuel and radios are paid for by residents' donations."),
            (2, "Donate by EFT or card – reference 'Ward 9'"),
            (3, "Get Club news first"),
            (3, "Sign up to our monthly newsletter for news on fixtures and votes."),
            (3, "Subscribe"),
            (4, "Every rescue is answered by unpaid volunteers. Kit costs £30,000 a year."),
            (4, "Donate now"),
        ]
    )
    assert found[0] is None
    assert all(kind is not None for kind in found[1:])


def test_a_story_paragraph_over_a_share_button_is_not_an_appeal() -> None:
    found = debris(
        [
            (0, "The rescue took nine hours, the team leader said."),
            (0, "Share"),
            (1, "Support the bill"),
            (1, "Ministers will vote on the bill on Tuesday, and the opposition will abstain."),
        ]
    )
    assert found[0] is None and found[3] is None


def test_a_contributor_line_under_a_release_s_end_mark_is_not_its_contact() -> None:
    found = debris(
        [
            (0, "The committee will report back within 30 days."),
            (1, "ENDS"),
            (2, "Additional input: Lerato Dube, committee researcher"),
            (3, "Media enquiries: Sipho Maseko | 082 555 0100"),
        ]
    )
    assert found[1] is not None and found[2] is None and found[3] is not None


def test_whom_a_body_accused_after_its_apposition_is_not_the_speaker() -> None:
    found = _speakers(
        "The Reef Watch Trust, a network of dive clubs, accused the negotiators of "
        '"selling the reef by the tonne."'
    )
    assert found == [(NAMED, "The Reef Watch Trust")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He attributed the delays to staff shortages and a broken lift.",
        "Moyo, who took over in March, has promised investors a leaner company.",
    ],
)
def test_a_cause_given_and_a_promise_made_are_statements(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_cause_given_in_the_passive_has_no_speaker() -> None:
    assert _speakers("The delays were attributed to a broken lift.") == []


def test_what_a_group_agreed_to_do_with_a_time_between_is_an_act() -> None:
    assert _speakers("Negotiators agreed early Sunday to cut the quota by a tenth.") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Additional input: Sipho Ndlovu, committee researcher", ["Sipho Ndlovu"]),
        ("With thanks to patroller Anika van Wyk for photos and information.", ["Anika van Wyk"]),
        (
            "This statement was drafted by Ana Ruiz, with research by Li Wei.",
            ["Ana Ruiz", "Li Wei"],
        ),
    ],
)
def test_a_statement_s_and_a_page_s_credits_name_contributors(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "With thanks to the crews for rescuing us.",
        "Thanks to Ana Ruiz for her kindness.",
        "This statement was drafted in haste.",
    ],
)
def test_thanks_for_other_things_credit_no_one(line: str) -> None:
    assert contributor_names(line) == []


def test_a_time_between_the_verb_and_its_clause_keeps_the_statement() -> None:
    found = _speakers(
        "A report by the assembly's research unit estimated before the debate that the plan "
        "would need 120 more nurses."
    )
    assert [kind for kind, _ in found] == [NAMED]


def test_a_group_joined_to_a_body_that_names_no_one_is_vague() -> None:
    found = _speakers("Opposition parties and the nursing profession warned that it would fail.")
    assert [kind for kind, _ in found] == [VAGUE]

"""The seventeenth round: forms of attribution, contributor lines and page debris that the
sixteenth held-out part's first half showed, as general rules, on sentences written for
them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "District engineers said the main failed because of corrosion.",
        "County inspectors said the roof was unsafe.",
        "City planners said the design would ease traffic.",
    ],
)
def test_a_public_body_s_staff_not_named_are_anonymous(sentence: str) -> None:
    assert _kinds(sentence) == [[ANONYMOUS]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Local residents said the water smelled of sulfur.",  # 'local' is no body
        "County residents said the water smelled of sulfur.",  # residents: a group
    ],
)
def test_groups_beside_a_place_stay_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


def test_a_short_quotation_called_out_needs_its_speaker() -> None:
    (para,) = analyze_body(
        [
            "As deputies led her out, a man near the back of the courtroom called out, "
            '"Twenty-two years, Debbie!"'
        ]
    )
    assert para.sentences[0].unattributed_quotes


def test_a_quoted_name_after_out_is_no_quotation_to_attribute() -> None:
    (para,) = analyze_body(['The lights went out, "Silent Night" still playing.'])
    assert not para.sentences[0].unattributed_quotes


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Communications specialist Jada Whitfield contributed to this update.",
            ["Jada Whitfield"],
        ),
        ("Student assistant Kenji Ward contributed to this report.", ["Kenji Ward"]),
        ("Program coordinator Li Wei contributed to this story.", ["Li Wei"]),
    ],
)
def test_contributor_lines_with_a_staff_job(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Back to News",
        "← Back to all news",
        "Get boil-water notices, outage updates and road news sent straight to your phone.",
        "Box Score | Photo Gallery | Watch Replay | Bracket (PDF)",
        "Championship | vs. Carver University | Sun., Nov. 9 | 1 p.m. | Hollis Field | Buy Tickets",
    ],
)
def test_page_debris(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "UP NEXT",  # an AP game story's own section
        "Back to the drawing board, the coach said.",
        "Get the kids to school on time, he said.",
        "The roster | the schedule | the box score all changed after the trade.",
    ],
)
def test_prose_is_no_debris(line: str) -> None:
    assert chrome_line(line) is None


def test_a_sign_s_words_after_a_place_need_no_speaker() -> None:
    (para,) = analyze_body(
        [
            "The notice went up on the door of the Elm Grove town hall in late September, "
            'printed on plain paper and taped at eye level: "This polling location has moved '
            'to the fire hall."'
        ]
    )
    (sentence,) = para.sentences
    assert not sentence.attributions and not sentence.unattributed_quotes


def test_a_named_person_s_post_before_a_colon_still_speaks() -> None:
    (para,) = analyze_body(
        ['Dorsey posted on X after the trade: "Tacoma, you made me. Birmingham, let us work."']
    )
    assert all(s.attributions for s in para.sentences)
    assert not any(s.unattributed_quotes for s in para.sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "An enrollment study commissioned by the district projected that enrollment would fall.",
        "A state audit released in May flagged $2 million in spending.",
        "A state audit released in May counted 312 vacant jobs.",
    ],
)
def test_what_a_document_projects_counts_or_flags_is_attributed_to_it(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


def test_a_team_that_counts_on_its_defense_is_no_source() -> None:
    assert _kinds("The Cougars counted on their defense.") == [[]]


def test_a_union_local_with_its_number_is_a_named_body_and_no_person() -> None:
    (para,) = analyze_body(
        [
            "Teamsters Local 120, which represents the drivers, said it had not been consulted "
            "before the announcement."
        ]
    )
    (attribution,) = para.sentences[0].attributions
    assert attribution.kind == NAMED and attribution.name == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "State regulators said they had received 41 complaints.",
        "State officials said the road would reopen in May.",
    ],
)
def test_state_at_the_start_of_a_sentence_is_a_body_not_a_verb(sentence: str) -> None:
    assert _kinds(sentence) == [[ANONYMOUS]]

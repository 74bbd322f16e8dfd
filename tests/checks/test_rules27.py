"""The twenty-seventh round: what the twenty-fourth held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import speakers as _speakers


def _unattributed(*paragraphs: str) -> int:
    """How many quotations of the paragraphs the reading finds with no speaker."""
    return sum(
        len(s.unattributed_quotes) for p in analyze_body(list(paragraphs)) for s in p.sentences
    )


@pytest.mark.parametrize(
    "sentence",
    [
        '"Who pays for the new pool?" one woman called out, before the chair asked for order.',
        '"Not again," one man shouted as the mayor read out the rate.',
        '"Best day of the year," one of her neighbours added.',
        '"We waited four hours," one of their cousins said.',
    ],
)
def test_a_bystander_right_after_a_quotation_leaves_it_without_a_speaker(sentence: str) -> None:
    assert _unattributed(sentence) == 1


def test_a_speaker_named_after_the_bystander_does_not_take_the_quotation() -> None:
    kinds = [
        kind for kind, _ in _speakers('"Shame," one man called out, and the mayor warned him.')
    ]
    assert kinds == [UNNAMED, NAMED]


def test_one_of_the_people_named_before_still_speaks() -> None:
    assert _unattributed('"We were never asked," one of the employees said.') == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Some in the public gallery applauded.",
        "Fans cheered as the team bus pulled in.",
        "Several residents protested and then left the hall.",
    ],
)
def test_a_crowd_s_act_with_nothing_it_is_for_is_no_view(sentence: str) -> None:
    assert _speakers(sentence) == []


def test_a_group_applauding_a_decision_is_still_a_view() -> None:
    assert [kind for kind, _ in _speakers("Critics applauded the ruling.")] == [VAGUE]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Independent senators have signalled they will block the levy.", VAGUE),
        ("The Treasurer has signaled she will not move on the rate.", NAMED),
    ],
)
def test_signalling_an_intention_is_a_statement(sentence: str, kind: str) -> None:
    assert [k for k, _ in _speakers(sentence)] == [kind]


def test_traffic_signals_are_not_speakers() -> None:
    assert _speakers("Traffic signals failed across the city on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Friends remember her as a woman who never turned anyone away.",
        "Colleagues describe him as the calmest person in any newsroom.",
        "Relatives say the family had no warning.",
    ],
)
def test_friends_colleagues_and_relatives_name_no_one(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Friends of the Earth said the permit should be withdrawn.",
        "The Friends of the Botanic Garden said it would appeal.",
        "Veterans of Foreign Wars said the hall would stay open.",
    ],
)
def test_a_body_named_for_its_members_is_named(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fossil is older than thought, Okonjo and her colleagues reported.",
        "Lindqvist and his teammates said the pitch was unplayable.",
    ],
)
def test_a_named_person_s_colleagues_are_theirs(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_officials_there_are_officials_not_named() -> None:
    sentence = "Officials there said the border crossing had reopened."
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "The minister has been told to resign, according to senior government figures.",
            ANONYMOUS,
        ),
        ("Rents rose 6 per cent, according to government figures.", NAMED),
    ],
)
def test_senior_figures_are_people_and_government_figures_numbers(sentence: str, kind: str) -> None:
    assert [k for k, _ in _speakers(sentence)] == [kind]


def test_figures_after_unnamed_figures_are_numbers_not_the_same_people() -> None:
    kinds = [
        kind
        for kind, _ in _speakers(
            "The plan is dead, according to senior party figures.",
            "But the venues' own figures, released in June, show takings rose.",
        )
    ]
    assert kinds == [ANONYMOUS, NAMED]


def test_a_titled_name_before_an_aside_is_the_speaker() -> None:
    sentence = (
        "Rovers coach Tania Holt, in her second season, said she told the squad to be patient."
    )
    assert _speakers(sentence)[0] == (NAMED, "Rovers coach Tania Holt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The study, published on Monday in the journal Reef Ecology, found the reefs recovered.",
        "The inquiry, chaired by a retired judge, found that the warnings were ignored.",
        "The lawsuit, filed in March, accused the landlord of ignoring the mould.",
    ],
)
def test_a_document_or_a_body_set_off_by_a_participle_is_the_source(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    ["The company found a buyer for the plant.", "The court found him guilty on all counts."],
)
def test_a_body_finding_a_thing_or_a_verdict_is_an_act(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "line",
    [
        "Share Tribute:",
        "Add to Calendar | Get Directions",
        "Get Directions",
        "Tribute Wall",
        "Load more memories",
        "24 trees have been planted in memory of Margaret.",
        "See the full gallery on our Instagram page [link]",
        "Media enquiries: Tom Hale, Media Adviser, 021 555 0199",
        "Get Council News & Alerts",
    ],
)
def test_a_memorial_page_s_widgets_and_a_page_s_pointers_are_chrome(line: str) -> None:
    assert chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "See the photos on our website.",
        "More than 40 trees have been planted along the creek since 2019.",
        "Directions to the hall were posted at the gate.",
    ],
)
def test_story_lines_like_those_widgets_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_tribute_wall_s_signed_memories_are_debris() -> None:
    lines = [
        "Tribute Wall",
        "Share a memory",
        "She taught half the town to swim. Thank you, Mrs Hale.",
        "— Aroha Tane, Nov. 2, 2025",
        "Load more memories",
    ]
    assert all(debris([(0, line) for line in lines]))  # (the lines of one block)


@pytest.mark.parametrize(
    "line, names",
    [
        ("— with Mere Walker", ["Mere Walker"]),
        ("— With Tom Haig and Ana Petit", ["Tom Haig", "Ana Petit"]),
        (
            "This obituary was written by her nephew Sam Ruiz, with help from Ann's"
            " old friend and fellow volunteer Ivy Chen.",
            ["Sam Ruiz", "Ivy Chen"],
        ),
        ("With help from Ivy Chen.", ["Ivy Chen"]),
    ],
)
def test_a_closing_with_line_and_a_tribute_s_writers_are_credits(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    ["With the vote done, the council moved on.", "— with the best will in the world"],
)
def test_a_sentence_opening_with_with_is_no_credit(line: str) -> None:
    assert contributor_names(line) == []


def test_a_closing_with_line_is_found_in_a_story_s_whole_prose() -> None:
    from newsroom.checks.contributors import may_name_contributors

    assert may_name_contributors("The meeting of creditors is on Monday.\0— with Mere Walker")

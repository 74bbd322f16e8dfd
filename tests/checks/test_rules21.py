"""The twenty-first round: what the nineteenth held-out part's first half showed the checks
misread, as general rules, on sentences and lines written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The land claimed by the band was logged in 1950.",
        "Volunteers will answer calls from the hall in Dunmore Siding.",
        "The grant, announced in the 2023 budget, pays for heat pumps.",
        "The figures were first made public when the board posted its agenda online.",
        "The researchers have posted their transcriptions online.",
        "The family posted photos of the damage.",
        "Prosecutors had asked for eight years.",
        "The department had asked for more inspectors.",
        "Shares rose 4.6 per cent as investors welcomed the cost cuts.",
        "Students protest outside Fenwick Hall on Tuesday.",
        "Dozens of farmers protested at the legislature in March.",
    ],
)
def test_acts_that_use_a_verb_of_saying_are_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_a_noun_after_its_article_and_two_words_is_no_verb() -> None:
    assert _kinds(
        '"We will rebuild," Ruiz told reporters at a makeshift command post.'
    ) == [[NAMED]]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The team posted a statement saying it would appeal.", NAMED),
        ("The sheriff's office posted on Facebook that the road was closed.", NAMED),
        ("Critics asked for an independent inquiry into the contract.", VAGUE),
        ("Some protested that the fee was unfair.", VAGUE),
        ("Critics protested the decision.", VAGUE),
        ("Analysts questioned whether the plant could reopen.", VAGUE),
        ("Some residents have asked whether the plant will reopen.", VAGUE),
        (
            '"Fraud is no innovation," the U.S. attorney, Ravi Desai, said in a statement.',
            NAMED,
        ),
    ],
)
def test_the_same_verbs_that_say_something_still_attribute(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [[kind]]


def test_the_unnamed_source_named_again_after_a_clause_of_others_is_anonymous() -> None:
    text = (
        "One nurse, who asked not to be named because nurses have been told not to speak to "
        "reporters, said several patients had told her they could not pay. "
        '"I had a man in tears last night over a $40 bill," the nurse said.'
    )
    assert _kinds(text) == [[ANONYMOUS, ANONYMOUS, ANONYMOUS]]


def test_someone_by_whose_they_are_who_asked_not_to_be_named_is_anonymous() -> None:
    first = (
        "His widow, who asked that the family's name not be published, told me she still "
        "drives past the clinic."
    )
    assert _kinds(first, '"The lights are on every night," she said.') == [
        [ANONYMOUS],
        [ANONYMOUS],
    ]


def test_a_sign_s_words_and_a_chant_need_no_speaker() -> None:
    paragraphs = [
        '"Emergency department temporarily closed," it reads. "Nearest open emergency '
        'department: Brenford, 68 km."',
        'Students chanted "Rent is too damn high" and held signs reading "Come for the degree, '
        'stay for the debt."',
    ]
    facts = analyze_body(paragraphs)
    assert [s.unattributed_quotes for p in facts for s in p.sentences] == [(), (), ()]


@pytest.mark.parametrize(
    "line",
    [
        "Story",
        "Updates (3)",
        "Words of support (57)",
        "March 9, 2026 by Nadine Arsenault, Organizer",
        "12 March 2026 by Ruth Okafor",
    ],
)
def test_a_fundraiser_s_tabs_and_update_lines_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    ["Story time is at 10 a.m.", "March 9, 2026 — the board met again."],
)
def test_lines_like_them_stay_story(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Among those who quit was the deputy chief, Ana Ruiz, a 22-year veteran who said the "
        "resignations were a warning.",
        "In a report released Thursday, the Parliamentary Budget Officer estimated that the "
        "program will cost $4 billion.",
        "The report blames the delay on a shortage of inspectors.",
        "The audit recommends that the county hire two more clerks.",
        "Monique asked me to say that she has read every message.",
        "The fourth, student trustee Tomás Olivares, abstained, saying he had not read the "
        "statements.",
    ],
)
def test_named_sources_in_these_shapes_are_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The plan calls it a bridge to nowhere.", []),
        ("The mayor asked staff to prepare a report.", []),
        ("An officer said the road was closed.", ["unnamed"]),
    ],
)
def test_shapes_like_them_are_read_as_before(sentence: str, kinds: list[str]) -> None:
    assert _kinds(sentence) == [kinds]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union cut its demands, saying talks had stalled.",
        "The council held a hearing, saying residents deserved a voice.",
        "The company laid off 40 workers, saying demand had slowed.",
    ],
)
def test_a_participle_after_a_past_tense_not_in_ed_gives_the_subject(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


def test_a_body_s_appeal_for_money_is_still_its_own() -> None:
    assert _kinds("The relief network has asked for $12 million to buy hay.") == [[NAMED]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Gov. Janet Mills, a Democrat, signed the bill, saying it cuts costs.", "Janet Mills"),
        ("The challenger, Mark Stein, conceded Tuesday, saying voters had spoken.", "Mark Stein"),
    ],
)
def test_the_speaker_of_a_participle_is_the_person_not_a_party_or_a_day(
    sentence: str, name: str
) -> None:
    facts = analyze_body([sentence])
    assert [a.name for s in facts[0].sentences for a in s.attributions] == [name]

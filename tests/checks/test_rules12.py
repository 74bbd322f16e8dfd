"""The twelfth round: forms of attribution and credit that the eleventh held-out part's first
half showed, as general rules, on sentences written for them."""

from __future__ import annotations

from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


def test_a_wire_s_credit_line_in_parentheses() -> None:
    line = (
        "(Reporting by Katalin Szabo in Budapest, Marko Jovic in Novi Sad and Irina Dumitru in "
        "Bucharest; Editing by Thomas Harlow)"
    )
    assert contributor_names(line) == ["Katalin Szabo", "Marko Jovic", "Irina Dumitru"]
    assert contributor_names("[Reporting by Ana Ruiz]") == ["Ana Ruiz"]
    assert contributor_names("(The council voted 5-2.)") == []


def test_a_group_at_a_named_organization_is_that_organization() -> None:
    [kinds] = _kinds(
        "Forecasters at the Hungarian Meteorological Bureau said on Wednesday that no rain "
        "was expected."
    )
    assert kinds == [NAMED]
    assert _kinds("Forecasters said on Wednesday that no rain was expected.") == [[VAGUE]]


def test_a_surname_that_ends_like_a_group_is_the_person_named_in_full() -> None:
    kinds = _kinds(
        "Judge Carla Bowers presided over the trial.",
        "Bowers on Thursday denied a motion to cap the award, but said she would hear "
        "further arguments in January.",
    )
    assert kinds[1] == [NAMED]
    # with no one of that name in the story, a group it is
    assert _kinds("Landowners on Thursday said the plan was rushed.") == [[VAGUE]]


def test_a_body_s_own_reports_are_a_named_source_and_media_a_vague_one() -> None:
    [own] = _kinds(
        "The office has approved about $74 billion in loans, according to its annual reports."
    )
    assert own == [NAMED]
    assert _kinds("Some reports say the plan is late.") == [[VAGUE]]
    assert _kinds("Ferry crossings at two points were halted, local media reported.") == [[VAGUE]]


def test_a_name_withheld_is_an_anonymous_source_and_her_next_quote_too() -> None:
    kinds = _kinds(
        "One Erie mother, whose name is being withheld to protect her son's privacy, said her "
        "family drove to Cleveland three times in 2024.",
        '"Every time, I slept in my car in a parking garage," she said.',
    )
    assert kinds == [[ANONYMOUS], [ANONYMOUS]]


def test_a_clause_after_said_is_what_was_said_not_who_said_it() -> None:
    kinds = _kinds(
        "A juror who spoke to the Tribune on the condition that her name not be used, because "
        "she feared harassment, said the inspection records weighed heavily in deliberations."
    )
    assert kinds == [[ANONYMOUS]]
    # a participle that describes the speaker keeps them the speaker
    assert _kinds('"We will appeal," said residents affected by the flood.') == [[VAGUE]]


def _checkable(*paragraphs: str) -> list[bool]:
    return [bool(s.checkable) for p in analyze_body(list(paragraphs)) for s in p.sentences]


def test_a_heading_in_capitals_on_its_own_line_is_a_sentence_of_its_own() -> None:
    found = _checkable(
        "WHAT'S NEXT\nThe council will take a second vote on the ordinance Nov. 18.",
    )
    assert found == [False, True]
    # a line that only wraps a sentence stays part of it
    assert _checkable("The council will take a second vote\non the ordinance Nov. 18.") == [True]


def test_an_ordinal_past_the_third_counts_something() -> None:
    assert _checkable("The goal was Okonkwo's ninth of the season.") == [True]
    assert _checkable("Farr's assist was her sixth.") == [True]
    assert _checkable("The Tide scored in the fourth quarter.") == [False]


def test_unnamed_bodies_in_the_plural_are_vague() -> None:
    assert _kinds(
        "Landscaping companies, which would have to replace hundreds of machines, said the "
        "timeline was too short."
    ) == [[VAGUE]]
    # the bodies the story has named are no vague source, and 'Banks' may be a name
    kinds = _kinds("Cascadia and Sonoran agreed to merge.", "The companies said it would close.")
    assert kinds[1] != [VAGUE]
    assert _kinds('"It could wipe it out," Banks warned.') == [[NAMED]]


def test_a_short_quoted_sign_before_said_is_no_one_s_words() -> None:
    [facts] = analyze_body(
        [
            'Supporters, many of them wearing green stickers that read "Quiet Streets Now," '
            "said the machines are loud enough to damage hearing."
        ]
    )
    assert not any(s.unattributed_quotes for s in facts.sentences)
    # a short quotation with its own comma before 'said' is still someone's words
    [spoken] = analyze_body(['"Same stuff, louder," said one man in the crowd.'])
    assert [a.kind for s in spoken.sentences for a in s.attributions]

"""The twenty-third round: what the twentieth held-out part's second half and the
twenty-first's first half showed the checks misread, as general rules, on sentences and lines
written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "The owners will keep a 15 per cent stake in the chain, it is understood.",
        "It is understood that the shortlist of bidders will be published before Easter.",
        "It is also understood the club has asked the league for a second hearing.",
        "Ferry sailings were cancelled until at least noon, it was understood last night.",
    ],
)
def test_what_a_paper_understands_comes_from_someone_it_does_not_name(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_what_is_understood_among_a_crowd_is_still_vague() -> None:
    sentence = "It is understood among supporters that the manager will not see out the season."
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_what_a_court_heard_is_still_cited_to_it_alone() -> None:
    sentence = "The court was told the pair had taken £40,000 from eight pensioners."
    assert _speakers(sentence) == [(NAMED, "the court was told")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A league spokesman said the call would be reviewed as a matter of routine.",
        "A spokesman for Harrow Valley Water told reporters the decision was not taken lightly.",
        "A department spokesperson said every school now had a plan for repairs.",
        "Services should resume by Sunday, a spokeswoman for the operator said.",
    ],
)
def test_a_spokesperson_left_unnamed_is_an_anonymous_source(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_a_spokesperson_named_in_apposition_is_named() -> None:
    sentence = "A spokeswoman for the council, Dana Ruiz, said the plan would go ahead."
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_thanks_for_their_support_is_no_one_speaking() -> None:
    assert _speakers("Thanks to all stallholders and shoppers for their continued support!") == []
    assert _speakers("The club is grateful for their support this season.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Council officers said the new machines would cost £9,000 to install.",
            "Council officers",
        ),
        (
            "Trading standards officers say doorstep scams are badly under-reported.",
            "Trading standards officers",
        ),
        ("Port engineers said the crane had been inspected in May.", "Port engineers"),
    ],
)
def test_a_public_body_s_staff_in_the_plural_are_sources_not_named(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(ANONYMOUS, speaker)]


def test_the_staff_named_before_are_not_anonymous_again() -> None:
    assert _speakers("The county inspectors said the bridge was sound.") == [
        (NAMED, "The county inspectors")
    ]


def test_a_compound_word_is_no_verb_of_saying() -> None:
    assert (
        _speakers(
            "Doorstep fraud is badly under-reported, and the self-styled fixers move on quickly."
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition MPs have accused ministers of moving too slowly.",
        "Conservative councillors warned that the budget would not balance.",
        "Senators from both parties complained that the bill was rushed.",
    ],
)
def test_members_of_a_parliament_or_council_in_the_plural_are_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both were said to be cold but unhurt.",
        "The manager is said to have been furious with the result.",
        "The house was reputed to be the oldest on the street.",
    ],
)
def test_what_is_said_to_be_so_is_said_by_no_one(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_additional_reporting_and_pictures_credit_their_maker() -> None:
    assert contributor_names("Additional reporting and photographs by Nell Ashby and Tom Hale") == [
        "Nell Ashby",
        "Tom Hale",
    ]


@pytest.mark.parametrize(
    "line", ["Share this petition", "Share this fundraiser", "3 days ago", "an hour ago"]
)
def test_a_petition_s_share_button_and_an_update_s_age_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def _debris(block: str) -> list[bool]:
    return [what is not None for what in debris([(0, line) for line in block.split("\n")])]


def test_who_posted_a_page_s_update_and_its_tab_are_chrome() -> None:
    block = "Please sign and share.\nUpdates\nMereana Walsh\n2 days ago\nWe have a meeting date!"
    assert _debris(block) == [False, True, True, True, False]


def test_a_name_over_a_sentence_is_no_update_head() -> None:
    block = "The winners were announced on Friday.\nMereana Walsh\nwon the junior title."
    assert _debris(block) == [False, False, False]


def test_a_noun_made_with_a_verb_of_saying_is_no_verb() -> None:
    assert _speakers("Several credit union members attended the hearing.") == []
    assert _speakers("Residents credit the mayor with the plan.") == [(VAGUE, "Residents")]


def test_documents_a_name_specifies_are_sources() -> None:
    assert _speakers("It closed two plants in 2024, according to earlier WARN notices.") == [
        (NAMED, "earlier WARN notices")
    ]
    assert _speakers("The rate rose, according to earlier studies.") == [(VAGUE, "earlier studies")]


def test_a_group_inside_what_a_named_source_said_is_what_she_said() -> None:
    assert _speakers("She said members still ask her whether their money is safe.") == [
        (NAMED, "She")
    ]
    assert _speakers("The mayor said the plan was sound, but critics say it is flawed.") == [
        (NAMED, "The mayor"),
        (VAGUE, "critics"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Precinct-by-Precinct Statement of Votes (PDF)",
        "Annual Report 2025 (PDF, 2.1 MB)",
        "Questions may be directed to the Elections Division at 231-555-0148.",
        "Inquiries should be sent to records@example.gov.",
        "Share & Bookmark",
    ],
)
def test_a_document_s_link_a_public_office_s_contact_and_a_bookmark_bar_are_chrome(
    line: str,
) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The full audit is online (PDF).",
        "Questions were directed to the mayor, who declined to answer.",
    ],
)
def test_sentences_about_documents_and_questions_stay(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "name",
    [
        "Hexley Chamber",
        "Caledonian Rail",
        "Western Grid Ireland",
        "Natural Resources Wales",
        "Marsh Valley Water",
        "Northfield Housing Trust",
    ],
)
def test_a_body_s_name_is_no_person_s(name: str) -> None:
    from newsroom.checks.lexicon import DEFAULT
    from newsroom.checks.naming import classify

    assert classify(DEFAULT, name) == (NAMED, name, "")


def test_a_relative_of_someone_left_unnamed_is_a_source_not_named() -> None:
    assert _speakers("Outside court, the son of one victim said the sentence was too short.") == [
        (ANONYMOUS, "the son of one victim")
    ]
    assert _speakers("The mother of Dana Ruiz said the family would appeal.")[0][0] == NAMED


@pytest.mark.parametrize(
    "sentence",
    [
        "Calloway targeted 14 victims over three years, Preston Crown Court heard.",
        "Leeds Magistrates' Court was told the van had no insurance.",
        "The driver had been awake for 20 hours, the employment tribunal heard.",
    ],
)
def test_what_a_named_court_heard_is_cited_to_it(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Cabinet member for finance Cllr Ruth Ingleby (Con) said the council had no options.",
            "Cabinet member for finance Cllr Ruth Ingleby",
        ),
        (
            "Opposition leader Cllr Dev Mistry (Lib Dem) said the cabinet had ignored it.",
            "Opposition leader Cllr Dev Mistry",
        ),
    ],
)
def test_a_councillor_named_after_the_post_and_before_the_party_is_named(
    sentence: str, name: str
) -> None:
    assert _speakers(sentence) == [(NAMED, name)]


def test_accounts_filed_somewhere_are_a_document() -> None:
    assert _speakers("Accounts filed at Companies House show the firm made a profit.") == [
        (NAMED, "Accounts filed at Companies House")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board voted to pause new permits, siding with year-round residents who say "
        "weekly rentals are hollowing out their streets.",
        "The vote capped months of protest from angry parents who say the plan will crowd schools.",
    ],
)
def test_a_group_sided_with_or_heard_from_past_its_adjectives_is_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_group_a_lawsuit_is_brought_by_is_not_a_source() -> None:
    assert _speakers("The court revived a lawsuit by parents who say the district erred.") == []

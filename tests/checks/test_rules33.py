"""The thirty-third round: what the thirtieth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.checkable import CLAIM
from newsroom.checks.chrome import CONTACT, DISCLAIMER, NOTE, RELATED, chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze, analyze_body
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Compiled by Ana Ruiz with input from district coordinators Li Wei (Machinga) and "
            "Tom Hale (Nkhata Bay)",
            ["Ana Ruiz", "Li Wei", "Tom Hale"],
        ),
        ("Additional reporting by Kabo Tau (Maun).", ["Kabo Tau"]),
    ],
)
def test_a_contributor_s_place_in_brackets_is_left_off_the_name(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "The authors would like to thank Ana Ruiz, trainee, for her assistance in preparing "
            "this briefing.",
            ["Ana Ruiz"],
        ),
        ("We would also like to thank Li Wei for his help with this report.", ["Li Wei"]),
    ],
)
def test_the_writers_thanks_for_help_with_the_piece_credit_a_contributor(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "The family would like to thank Ana Ruiz for her help in preparing this report.",
        "We would like to thank Ana Ruiz for her help with the move.",
    ],
)
def test_thanks_from_others_or_for_other_help_credit_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: This commentary is provided for information only and does not constitute "
        "investment advice.",
        "This note is for general guidance only and does not constitute legal advice. Specific "
        "advice should be sought on any particular matter.",
        "This update does not constitute financial advice.",
        "Professional advice should be sought before acting on any of the above.",
    ],
)
def test_a_firm_s_or_a_bulletin_s_note_on_what_it_is_not_is_a_disclaimer(line: str) -> None:
    assert chrome_line(line) == DISCLAIMER


@pytest.mark.parametrize(
    "line",
    [
        "This land is for grazing only, the chief said.",
        "The ministry said the circular was for information only.",
        "Legal advice should be sought before signing, the union said.",
        "Press enquiries were referred to the club.",
        "12 views in 10:30",
    ],
)
def test_story_lines_with_such_words_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_the_body_s_own_line_for_the_press_is_a_contact() -> None:
    line = "For media enquiries, please contact the co-operative's office on 441-555-0199."
    assert chrome_line(line) == CONTACT


@pytest.mark.parametrize("line", ["[Image not archived]", "[Video unavailable]"])
def test_an_archive_s_place_for_a_picture_it_did_not_keep_is_a_note(line: str) -> None:
    assert chrome_line(line) == NOTE


@pytest.mark.parametrize("line", ["1.2K views   Ana Ruiz, edited   09:15", "870 views   21:04"])
def test_a_channel_post_s_footer_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_a_firm_s_related_commentary_heads_teasers() -> None:
    found = debris(
        [
            (0, "Prices were firm."),
            (1, "Related commentary"),
            (2, "Cotton prices ease as ginneries open"),
            (3, "Warehouse receipts: what sellers need to know"),
        ]
    )
    assert found == [None, RELATED, RELATED, RELATED]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We lost it in the first hour," said one fan as he walked to the bus stop.',
        'Some supporters booed. "That was never a penalty," said one fan in the club\'s green '
        "and gold as she left the ground. The coach defended the referee, saying the replay "
        "had shown a clear foul.",
    ],
)
def test_a_fan_s_words_after_an_inverted_verb_have_no_speaker_a_reader_can_identify(
    paragraph: str,
) -> None:
    quoted = [s for s in analyze(paragraph).sentences if s.text.startswith('"')]
    assert quoted[0].unattributed_quotes
    assert [a.kind for a in quoted[0].attributions] == [UNNAMED]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Burch defended the decision, saying the forecast had suggested rain.", "Burch"),
        ("Ruiz defended the plan, noting the audit had found no fault.", "Ruiz"),
    ],
)
def test_a_source_inside_a_participle_of_saying_is_what_the_subject_says(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Astwood, 52, of Pembroke, had admitted 14 counts of theft at an earlier hearing.",
        "She admits both charges.",
        "Somerset were bowled out for 198, and Warwick replied with 176.",
    ],
)
def test_a_plea_to_charges_and_a_reply_in_runs_are_no_statements(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He admitted that the plan had failed.", [(NAMED, "He")]),
        (
            "The ministry replied with a statement saying the fee was fair.",
            [(NAMED, "The ministry")],
        ),
    ],
)
def test_an_admission_and_a_reply_in_words_still_attribute(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _speakers(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Two ships are expected to stay away, according to a shipping agent.",
        "The ferry left without its cargo, according to a local fisherman.",
    ],
)
def test_according_to_a_person_not_named_is_anonymous_not_a_document(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [ANONYMOUS]


def test_according_to_someone_with_the_name_set_after_is_named() -> None:
    found = _speakers("The span carries 30 trains a day, according to its owner, Delta Rail.")
    assert [kind for kind, _ in found] == [NAMED]


def test_words_cried_out_in_a_gallery_have_no_speaker_a_reader_can_identify() -> None:
    paragraphs = [
        "Court officials said Banda was taken to prison after the hearing.",
        'Relatives wept, and one man yelled "You will pay for this" as Banda was led away.',
    ]
    facts = analyze_body(paragraphs)[1].sentences[0]
    assert facts.unattributed_quotes
    assert [a.kind for a in facts.attributions] == [UNNAMED]


@pytest.mark.parametrize(
    "sentence",
    ['Mayor Ruiz shouted "Order please" twice.', 'The crowd cried "Shame" as he left.'],
)
def test_a_cry_with_its_speaker_or_of_one_word_needs_no_speaker(sentence: str) -> None:
    assert not analyze(sentence).sentences[0].unattributed_quotes


def test_a_group_of_people_from_a_place_is_a_vague_group() -> None:
    found = _speakers(
        "Outside the court, a group of traders from Limbe who had come to hear the verdict "
        "said it was too lenient."
    )
    assert [kind for kind, _ in found] == [VAGUE]


def test_a_co_operative_is_a_body_that_speaks() -> None:
    found = _speakers("The co-operative, which has 230 members, said the fee was unfair.")
    assert found == [(NAMED, "The co-operative")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The High Court has approved the restructuring plan proposed by Harbour Re, clearing "
        "the way for payments.",
        "The board has adopted the budget proposed by the finance committee.",
        "Farmers sell to middlemen, known locally as vendors, for as little as K350.",
    ],
)
def test_a_participle_after_its_noun_and_a_name_given_are_no_statements(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The firm was paid in full, but an audit report seen by The Lakeshore Times shows "
            "that the work was never done.",
            "an audit report seen by The Lakeshore Times",
        ),
        (
            "On the second point, the tribunal found no evidence that the move was made to "
            "avoid creditors.",
            "the tribunal",
        ),
        (
            "Applicants must pay a fee of $500, the Bill's explanatory memorandum states.",
            "the Bill's explanatory memorandum",
        ),
    ],
)
def test_a_document_seen_by_a_paper_a_finding_of_no_evidence_and_a_memorandum_are_sources(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The authority said it had received notice of the merger.",
        "Most of the stolen equipment was recovered in Blantyre.",
        "The trust has applied for lottery funding for the new hall.",
        "The frog is listed as critically endangered.",
        "The old pumps were replaced with electric ones.",
        "The boats are registered in Panama.",
        "Two protesters were removed from the gallery by security.",
        "The flood gauges were never installed.",
    ],
)
def test_a_specific_claim_with_those_verbs_is_offered_to_the_fact_checker(sentence: str) -> None:
    assert CLAIM in {m.kind for m in analyze(sentence).sentences[0].checkable}


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey will move north of the lake, where stocks are thought to be healthier.",
        "The frog was thought to have died out decades ago until a pair was found in 2021.",
    ],
)
def test_hearsay_in_a_clause_of_its_own_or_since_shown_wrong_is_no_one_s_view(
    sentence: str,
) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Both were said to be cold but unhurt.",
        "Their numbers are thought to have fallen sharply as the water warmed.",
    ],
)
def test_hearsay_with_no_one_behind_it_is_still_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]

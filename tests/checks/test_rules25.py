"""The twenty-fifth round: what the twenty-first held-out part's second half and the
twenty-second's first half showed the checks misread, as general rules, on sentences written
for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Several parents at Monday's meeting said they had heard nothing from the school.",
        "Some residents at Thursday's hearing said the noise began before dawn.",
        "Many shoppers at the March sale said prices had risen.",
    ],
)
def test_a_group_at_a_day_s_meeting_names_no_body(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_group_at_a_named_firm_is_still_the_firm_s() -> None:
    assert [kind for kind, _ in _speakers("Analysts at Pierce Harlow said the deal was dead.")] == [
        NAMED
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some clinicians believe the true figure is higher, because children referred through "
        "schools are not always added to the official list.",
        "Many growers fear the pest, which was added to the watch list in May.",
    ],
)
def test_a_thing_added_to_a_list_says_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


def test_a_speaker_who_adds_a_word_to_reporters_still_speaks() -> None:
    assert _speakers('"It was a shock," she added to reporters.') == [(NAMED, "she")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting heard that the credit union's new loan has funded more than 90 retrofits.",
        "The conference was told that two thirds of the region's buses are more than 15 years old.",
    ],
)
def test_what_a_meeting_heard_is_cited_to_it(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


def test_a_meeting_that_heard_from_residents_cites_no_one() -> None:
    assert _speakers("The meeting heard from residents of both estates.") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Submitted by Tara Sakanee, Communications Officer, with files from Mark Ashkewe",
            ["Tara Sakanee", "Mark Ashkewe"],
        ),
        ("Thanks to Gerry Lavelle for the match notes and stats.", ["Gerry Lavelle"]),
        ("Thanks to Ana Ruiz for the translation.", ["Ana Ruiz"]),
    ],
)
def test_a_submitted_piece_and_thanks_for_notes_credit_their_makers(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Submitted by the Friends of the Library.",
        "Thanks to everyone for the notes.",
        "Submitted photo",
    ],
)
def test_a_body_or_a_crowd_thanked_is_no_contributor(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "More photos from the day in our gallery [link]",
        "For the full health unit advisory click here [link]",
        "Club sponsor: Mulroy Motors, Claremorris",
        "Warning: If you do not meet the repayments on your loan, your account will go into "
        "arrears.",
        "This may affect your credit rating, which may limit your ability to access credit in "
        "the future.",
    ],
)
def test_a_link_s_place_a_sponsor_line_and_a_lender_s_warning_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The council will publish the report here [link] once the board members approve it.",
        "The club's main sponsor pulled out in March, leaving a gap of 40,000 euro.",
        "Warning signs were ignored for years, the inquiry found.",
    ],
)
def test_sentences_about_links_sponsors_and_warnings_stay(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    ["[Image] Shane Durcan in action on Sunday", "[Photo] The panel celebrate at the whistle"],
)
def test_a_picture_s_place_and_its_caption_are_a_pasted_caption(line: str) -> None:
    assert pasted_caption(line)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Mayor Ana Ruiz and Councillor Tom Hale said the plan would fail.",
            ["Ana Ruiz", "Tom Hale"],
        ),
        ("On Tuesday, Ana Ruiz and Tom Hale told reporters it was over.", ["Ana Ruiz", "Tom Hale"]),
        ("Smith and Jones said the plan would fail.", ["Smith", "Jones"]),
    ],
)
def test_two_people_named_before_one_verb_are_both_sources(sentence: str, names: list[str]) -> None:
    found = analyze(sentence).sentences[0].attributions
    assert [a.name for a in found] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "In Galway and Cork, Tom Hale said it was over.",
        "The council met and Tom Hale said it was over.",
    ],
)
def test_places_or_a_clause_before_and_are_no_second_speaker(sentence: str) -> None:
    assert [a.name for a in analyze(sentence).sentences[0].attributions] == ["Tom Hale"]


def test_the_check_reads_a_photo_label_under_a_credit_as_its_own_line(room: Clone) -> None:
    credit = "Words: Sue Pickering, club secretary\nPhotos: Kate Delaney Photography and volunteers"
    found = reported(room, credit, "credits.contributor-line-uncredited")
    assert len(found) == 1, found
    assert "'Sue Pickering'" in found[0]["message"]
    assert "Kate Delaney" not in found[0]["message"]

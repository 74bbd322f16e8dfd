"""The thirty-first round: what the twenty-eighth held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import RELATED, chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, VAGUE
from tests.helpers import speakers as _speakers


def test_a_ministry_named_with_its_portfolios_is_one_name_in_an_unnamed_speaker_s_phrase() -> None:
    found = _speakers(
        "An official in the Ministry of Lands, Water and Sanitation, who was not authorised to "
        "speak publicly, said the dam would be full by March."
    )
    assert found == [(ANONYMOUS, "An official in the Ministry of Lands, Water and Sanitation")]


def test_names_listed_after_a_ministry_are_still_the_speakers() -> None:
    found = _speakers("Officials at the Ministry of Health, Ms Kgosi and Mr Dintwe, said it shut.")
    assert [kind for kind, _ in found] != [ANONYMOUS]


def test_what_describes_the_body_before_a_clause_about_the_speaker_is_not_the_speaker() -> None:
    found = _speakers(
        "A senior technician at Morupule Power Station, the country's main coal plant, who "
        "asked not to be named, said two units were down."
    )
    assert found == [(ANONYMOUS, "A senior technician at Morupule Power Station")]


def test_a_named_person_with_a_post_and_a_clause_after_is_still_named() -> None:
    found = _speakers("Neo Sechele, the union's treasurer, who joined in 2019, said it was empty.")
    assert found[0][1] == "Neo Sechele"


def test_who_said_what_is_the_group_after_what() -> None:
    found = _speakers("The striker limped off with what team officials said was a torn hamstring.")
    assert found == [(ANONYMOUS, "team officials")]


def test_a_group_word_in_a_body_s_name_with_its_possessive_is_no_person_s_surname() -> None:
    found = _speakers(
        "The Tuli Block Citrus Growers' Union met on Monday.",
        "Growers have complained for years of waiting weeks to be paid.",
    )
    assert found == [(VAGUE, "Growers")]


@pytest.mark.parametrize(
    "sentence",
    ["Others in the trade are less sanguine.", "Conservation groups disagree."],
)
def test_a_group_that_disagrees_or_is_not_sanguine_is_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Compiled by Lesego Molefe, Communications Officer, with input from the Research Unit.",
            ["Lesego Molefe"],
        ),
        ("Compiled by Ana Ruiz with help from Kabo Tau.", ["Ana Ruiz", "Kabo Tau"]),
        ("Research on the mine's early years by Onalenna Pule.", ["Onalenna Pule"]),
        (
            "Thanks to our district officers, and to Mpho Seretse for pulling together the "
            "figures in this piece.",
            ["Mpho Seretse"],
        ),
        ("Thanks to Kabo Tau for checking the numbers in this story.", ["Kabo Tau"]),
    ],
)
def test_new_contributor_line_forms(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Research on the disease by university scientists found no link.",
        "Thanks to the rain, the dam filled for the first time in this story's telling.",
        "Compiled by the statistics office, the figures show a rise.",
    ],
)
def test_those_forms_name_no_one_in_running_prose(line: str) -> None:
    assert contributor_names(line) == []


def test_a_writer_s_other_pieces_on_a_network_s_page_are_teasers() -> None:
    found = debris(
        [
            (0, "The co-operative will meet again in May."),
            (1, "More articles by Lorato Gabaake"),
            (1, "What the drought taught our co-operative"),
            (1, "Jan 9, 2025"),
            (1, "Others also viewed"),
            (1, "Beef exports: the year ahead"),
        ]
    )
    assert found[0] is None
    assert found[1:] == [RELATED] * 5


@pytest.mark.parametrize(
    "line",
    [
        "Kondiviżjoni / Share: Facebook | WhatsApp | Email",
        "Aħbarijiet oħra / More news",
        "Issieħeb / Join",
        "Join",
        "Need tax advice?",
        "Need legal help? Call our free helpline on 0800 600 600 or send a WhatsApp message to "
        "71 000 000, any day of the week, from anywhere in the country.",
        "BOOK YOUR SUNSET CRUISE – from €40 per person, drinks included",
    ],
)
def test_a_bilingual_site_s_buttons_a_help_line_and_a_priced_offer_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Tom / Jerry, the cartoon, will be screened on Friday.",
        "2024 / More news of the merger came on Friday.",
        "Need help? That is what the council asked residents in 2023.",
        "BOOK YOUR SEATS EARLY, ORGANISERS URGE",
        "Join the queue early, officials said.",
    ],
)
def test_story_lines_that_share_those_words_are_not(line: str) -> None:
    assert chrome_line(line) is None


def test_local_media_in_a_place_are_a_vague_source() -> None:
    found = _speakers("Local media in Ngamiland reported that the ferry had stopped running.")
    assert [kind for kind, _ in found] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Climate scientists have projected that the Okavango floods will come later.",
        "Researchers have shown that the vaccine protects calves.",
    ],
)
def test_unnamed_scientists_finding_something_out_are_vague(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The same researchers found that scores fell after three years.",
        "Residents found that their taps were dry.",
    ],
)
def test_researchers_the_story_has_met_and_people_who_just_found_something_are_not(
    sentence: str,
) -> None:
    assert VAGUE not in [kind for kind, _ in _speakers(sentence)]


@pytest.mark.parametrize(
    "line",
    [
        "Need help now? Call our helpline on 0800 111 222.",
        "Need advice today? Call us on 555 0100.",
    ],
)
def test_a_help_line_whose_question_says_when_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_advice_whose_question_says_when_is_still_not() -> None:
    assert chrome_line("Need help now? Contact your bank at once if you were scammed.") is None

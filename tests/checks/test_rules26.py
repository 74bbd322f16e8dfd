"""The twenty-sixth round: what the twenty-third held-out part's first half showed the checks
misread, as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Charities say the official count badly understates the problem.",
        "Companies have argued that the levy is too steep.",
        "Organisations representing growers say the rules came too late.",
        "Nonprofits warn that the grants will run out by spring.",
        "Housing charities in Cork and Limerick have long argued that the count is too low.",
    ],
)
def test_a_kind_of_body_opening_a_sentence_names_no_one(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [VAGUE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Banks warned that the rate rise would hurt first-time buyers.",  # a surname
        "The charities said the count was too low.",  # the ones named before
    ],
)
def test_a_surname_or_the_bodies_named_before_are_named(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province's chief negotiator, Marta Fenwick, rejected that account.",
        "Hollis rejected the characterization in an interview on Tuesday.",
        "A union organizer, Dee Parr, rejected the suggestion that members had been misled.",
        "The ministry rejected the findings in a statement.",
    ],
)
def test_rejecting_an_account_is_a_statement(sentence: str) -> None:
    assert [kind for kind, _ in _speakers(sentence)] == [NAMED]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council rejected the developer's request to build on the green.",
        "Voters rejected a school bond in 2021.",
        "Hollis rejected the offer as too low.",
    ],
)
def test_rejecting_a_plan_or_an_offer_is_an_act(sentence: str) -> None:
    assert _speakers(sentence) == []


@pytest.mark.parametrize(
    "line",
    [
        "BOOK NOW AND SAVE 15% – use code WINTER15 at checkout",
        "Book online today and save up to 20 per cent",
        "Never miss a timetable update",
        "Never miss an issue.",
        "Join our mailing list",
        "Join the e-mail list for early tickets",
        "Be the first to hear about new dates, ticket releases and volunteer calls.",
        "Be the first to know when tickets go on sale",
        "Become a Friend of the Gallery from €40 a year and help keep entry free.",
        "Become a patron today",
        "Our funders and partners",
        "Our sponsors",
        "Funders & partners:",
    ],
)
def test_a_page_s_promotions_and_funders_box_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Book sales rose 15% last year, the publishers' association said.",
        "Never miss a chance to thank a volunteer, the mayor told the crowd.",
        "Join the queue early, organizers advised, because the hall holds only 300.",
        "Be the first to admit it, he said: the scheme failed.",
        "Our funders and partners have stood by us, Ms Reid said.",
        "Sponsors pulled out in March.",
    ],
)
def test_story_lines_that_start_the_same_way_are_not_chrome(line: str) -> None:
    assert chrome_line(line) is None


def test_a_box_s_heading_and_the_funders_under_theirs_are_debris() -> None:
    lines = [
        (0, "Support the gallery"),
        (0, "Become a Friend of the Gallery from €40 a year and help keep entry free."),
        (0, "Donate now"),
        (1, "Our funders and partners"),
        (1, "Arts Council · Harbour Credit Union · Quay Street Hotel"),
    ]
    assert all(debris(lines))


def test_a_call_to_support_in_the_story_is_the_story_s() -> None:
    lines = [
        (0, "Support the gallery"),
        (1, "The gallery's board said it would decide on Friday whether to close in winter."),
    ]
    assert debris(lines) == [None, None]

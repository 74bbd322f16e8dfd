"""The thirty-third round: what the thirtieth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.contributors import contributor_names


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

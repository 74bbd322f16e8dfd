"""The thirty-seventh round: what the thirty-fourth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.contributors import contributor_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Data research: Ana Ruiz", ["Ana Ruiz"]),
        ("Picture research: Li Wei and Tom Hale", ["Li Wei", "Tom Hale"]),
        ("Photographs and additional interviews by Kabo Tau.", ["Kabo Tau"]),
        ("Photos and additional research: Mele Fifita", ["Mele Fifita"]),
        ("Ana Ruiz, in Basseterre, also reported for this story.", ["Ana Ruiz"]),
        ("Li Wei also reported for this report.", ["Li Wei"]),
        ("— With reporting by Tomasi Vaka on Vava'u", ["Tomasi Vaka"]),
        ("Reporting by Ana Ruiz on Rodrigues; editing by Li Wei", ["Ana Ruiz"]),
        ("Our Gozo correspondent, Marija Borg, helped with this report.", ["Marija Borg"]),
        ("Kabo Tau also assisted with this story.", ["Kabo Tau"]),
        ("Ana Ruiz of our Lagos bureau contributed reporting.", ["Ana Ruiz"]),
        ("Li Wei also covered the hearing.", ["Li Wei"]),
        ("Ana Ruiz and Tom Hale also covered the count.", ["Ana Ruiz", "Tom Hale"]),
    ],
)
def test_a_kind_of_research_interviews_an_island_a_bureau_and_a_second_reporter_s_credit(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Cancer research: Dogs Can Smell It",
        "Data research: what the figures say",
        "The mayor helped with this report.",
        "Her son helped with this story.",
        "Ana Ruiz reported on Tuesday.",
        "The grant also covered the debate.",
        "Insurance also covered the costs.",
        "Minister Smith also covered the summit.",
        "Prime Minister John Smith also covered the summit.",
        "Ana Ruiz also covered the bills for the trip.",
    ],
)
def test_a_subhead_a_helper_who_is_no_reporter_or_a_sentence_about_covering_costs_credits_no_one(
    line: str,
) -> None:
    assert contributor_names(line) == []

"""The thirty-eighth round: what the thirty-fifth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import debris, pasted_caption
from newsroom.checks.contributors import contributor_names


@pytest.mark.parametrize(
    "line",
    [
        "Photographs by Ana Lauano.",
        "Photos by Tim Roe and Ana Ruiz.",
        "Pictures by Kabo Tau, Li Wei and Mele Fifita.",
        "Photography by Dominic Serra.",
    ],
)
def test_a_story_s_own_credit_for_its_pictures_is_no_pasted_caption(line: str) -> None:
    assert not pasted_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Jane Roe",
        "Photo by Jane Roe.",
        "Photos by @lakeshots on Instagram",
        "Photos: Kate Delaney Photography and club volunteers",
        "Photographs by Getty Images",
        "Photos by Jane Roe/Harbor Daily.",
    ],
)
def test_one_picture_s_credit_or_a_platform_s_stays_a_pasted_caption(line: str) -> None:
    assert pasted_caption(line)


def test_a_story_s_credit_for_its_pictures_at_its_foot_is_no_debris() -> None:
    lines = [
        (0, "The closure will be reviewed at the council's meeting in July next year."),
        (1, "Photos by Tim Roe and Ana Ruiz."),
        (2, "With help from our Hakupu correspondent, Li Wei."),
    ]
    assert debris(lines) == [None, None, None]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("With reporting from Ana Ruiz in Lima.", ["Ana Ruiz"]),
        ("With reporting from Li Wei and Tom Hale.", ["Li Wei", "Tom Hale"]),
        ("— With reporting from Kabo Tau", ["Kabo Tau"]),
        ("Scores compiled with help from Mele Fifita at the results table.", ["Mele Fifita"]),
        ("Figures compiled with the help of Ana Ruiz.", ["Ana Ruiz"]),
        ("Results compiled by Tom Hale at the scorers' table.", ["Tom Hale"]),
        ("Court records for this story were checked by Li Wei.", ["Li Wei"]),
        ("The minutes for this report were verified by Kabo Tau.", ["Kabo Tau"]),
        ("Our nephew Tom Hale helped write this post.", ["Tom Hale"]),
        ("Ana Ruiz helped write this story.", ["Ana Ruiz"]),
        ("My sister Li Wei helped write this article.", ["Li Wei"]),
        ("Photos and extra research: Mele Fifita", ["Mele Fifita"]),
        ("Photographs and further reporting by Kabo Tau.", ["Kabo Tau"]),
    ],
)
def test_reporting_from_compiling_help_checked_records_a_kinsman_s_writing_extra_research(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "With reporting from Kyiv.",
        "With reporting from New York and Washington.",
        "With reporting from Port Moresby.",
        "With reporting from the Associated Press.",
        "Her son helped write this post.",
        "The committee helped write this report.",
        "Court records for this story were sealed by the judge.",
        "The results were compiled with help from volunteers.",
        "Photos and extra seats were provided by the club.",
        "Ana Ruiz helped write the law.",
    ],
)
def test_a_place_a_wire_a_kinsman_with_no_name_or_another_deed_credits_no_one(line: str) -> None:
    assert contributor_names(line) == []


"""The thirty-eighth round: what the thirty-fifth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import debris, pasted_caption


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

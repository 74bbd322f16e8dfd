"""The thirty-fifth round: what the thirty-second held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.contributors import contributor_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Compiled by Ana Ruiz, with reports from Li Wei and Tom Hale",
            ["Ana Ruiz", "Li Wei", "Tom Hale"],
        ),
        (
            "This update was compiled by Kabo Tau (Information Management Unit) with inputs "
            "from the health and shelter clusters.",
            ["Kabo Tau"],
        ),
        ("This bulletin was compiled by Li Wei.", ["Li Wei"]),
        ("Text: Ana Ruiz, press officer", ["Ana Ruiz"]),
        ("Additional research: Tom Hale and Li Wei", ["Tom Hale", "Li Wei"]),
    ],
)
def test_a_compiler_s_line_a_text_label_and_additional_research_credit_contributors(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # (reports from places and agencies name no one)
        ("Compiled by Ana Ruiz, with reports from Nairobi and Kampala", ["Ana Ruiz"]),
        ("Compiled by Ana Ruiz with reports from AFP and Reuters", ["Ana Ruiz"]),
        ("This report was compiled by residents of the estate.", []),
        ("Text: Section 4 of the Act", []),
        ("Text: the minister's full statement", []),
        ("Additional research: Why Bees Matter", []),
    ],
)
def test_a_compiler_s_sources_and_a_subhead_after_text_credit_no_one(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names

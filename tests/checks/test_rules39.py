"""The thirty-ninth round: what the thirty-sixth held-out part showed the checks misread, as
general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.contributors import contributor_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Archive research by Mele Fifita.", ["Mele Fifita"]),
        ("Data research by Ana Ruiz and Li Wei.", ["Ana Ruiz", "Li Wei"]),
        ("Court reporting: Tom Hale", ["Tom Hale"]),
        ("Sports reporting: Kabo Tau and Ana Ruiz.", ["Kabo Tau", "Ana Ruiz"]),
        ("Written summary by Li Wei, Press Office.", ["Li Wei"]),
        ("Summary by Ana Ruiz.", ["Ana Ruiz"]),
        ("Research team: Ana Ruiz, Senior Analyst; Li Wei, Analyst", ["Ana Ruiz", "Li Wei"]),
        ("Audit team: Tom Hale, Senior Auditor; Kabo Tau, Staff Auditor", ["Tom Hale", "Kabo Tau"]),
        ("Reporting team: Mele Fifita and Tom Hale.", ["Mele Fifita", "Tom Hale"]),
        ("Intern Ana Ruiz compiled statistics for this report.", ["Ana Ruiz"]),
        ("Sports intern Li Wei compiled the figures for this story.", ["Li Wei"]),
        ("Tom Hale and Kabo Tau reported from the press launch.", ["Tom Hale", "Kabo Tau"]),
        ("Mele Fifita reported from the hearing.", ["Mele Fifita"]),
    ],
)
def test_a_kind_of_research_or_reporting_a_summary_a_team_statistics_and_an_event(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Court reporting: What the Judges Said",
        "The summary by the committee was published on Monday.",
        "A summary by Ana Ruiz was read to the council.",
        "Home team: Tafuna Marlins",
        "Starting team: Ana Ruiz, Li Wei, Tom Hale",
        "The council compiled statistics for this report.",
        "Ana Ruiz compiled statistics for the council.",
        "Police reported from the scene.",
        "Minister Li Wei reported from the summit.",
        "Ana Ruiz reported from the beach that the fish were dying.",
    ],
)
def test_a_subhead_a_summary_in_prose_a_side_s_line_up_and_a_body_s_report_credit_no_one(
    line: str,
) -> None:
    assert contributor_names(line) == []

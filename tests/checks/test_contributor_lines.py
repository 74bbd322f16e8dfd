"""Contributor lines in their common forms: who they credit, never places, titles or editors."""

from __future__ import annotations

import pytest

from newsroom.checks.contributors import contributor_names

LINES = [
    ("Hana Ito contributed reporting.", ["Hana Ito"]),
    ("Hana Ito contributed research.", ["Hana Ito"]),
    ("Additional reporting by Hana Ito and Omar Said.", ["Hana Ito", "Omar Said"]),
    ("Reporting by Hana Ito; editing by Paul Grey", ["Hana Ito"]),
    (
        "Reporting by Hana Ito in Osaka and Omar Said in Cairo; Editing by Paul Grey",
        ["Hana Ito", "Omar Said"],
    ),
    ("Hana Ito in Osaka contributed to this report.", ["Hana Ito"]),
    ("Staff writer Hana Ito contributed to this story.", ["Hana Ito"]),
    (
        "Wire service writers Hana Ito in Osaka and Omar Said in Cairo contributed to this report.",
        ["Hana Ito", "Omar Said"],
    ),
    ("Reporting from Osaka was contributed by Hana Ito.", ["Hana Ito"]),
    ("Reporter Hana Ito contributed from Osaka.", ["Hana Ito"]),
    ("Hana Ito contributed from Tucson, Arizona.", ["Hana Ito"]),
    (
        "Hana Ito in Mobile, Ala., and Omar Said in Reno, Nev., contributed to this report.",
        ["Hana Ito", "Omar Said"],
    ),
    (
        "Hana Ito contributed reporting from Osaka, and Omar Said from Cairo.",
        ["Hana Ito", "Omar Said"],
    ),
    ("This story was reported by Hana Ito and Omar Said.", ["Hana Ito", "Omar Said"]),
    ("Story by Hana Ito, School of Engineering", ["Hana Ito"]),
    ("Thanks to Hana Ito for reporting help.", ["Hana Ito"]),
    ("Contributing: Hana Ito and Omar Said", ["Hana Ito", "Omar Said"]),
    ("With reporting by Hana Ito in Osaka.", ["Hana Ito"]),
    ("Hana Ito and Omar Said contributed.", ["Hana Ito", "Omar Said"]),
    ("Gazette contributor Hana Ito contributed to this report.", ["Hana Ito"]),
    ("Hana Ito of KXYZ in Osaka contributed to this report.", ["Hana Ito"]),
]


@pytest.mark.parametrize(("line", "names"), LINES)
def test_contributor_line_names_its_people(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Ito reported from Osaka.",
        "Ito, who contributed reporting for a decade, retired in June.",
        "Reporting by the state auditor found missing receipts.",
        "The council voted on Tuesday.",
        "She contributed.",
        "Others contributed reporting, the mayor said.",
    ],
)
def test_running_prose_is_no_contributor_line(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("—With assistance from Hana Ito.", ["Hana Ito"]),
        ("-- With assistance from Hana Ito and Omar Said", ["Hana Ito", "Omar Said"]),
        ("With additional assistance from Hana Ito in Osaka.", ["Hana Ito"]),
    ],
)
def test_an_assistance_line_names_its_people(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_assistance_in_running_prose_is_no_contributor_line() -> None:
    assert contributor_names("With assistance from the state, the town rebuilt the pier.") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hana Ito reported from Osaka.", ["Hana Ito"]),
        (
            "Hana Ito in Osaka and Omar Said at the Vatican also reported.",
            ["Hana Ito", "Omar Said"],
        ),
        ("Hana Ito and Omar Said assisted with reporting from Ottawa.", ["Hana Ito", "Omar Said"]),
        ("Staff writer Hana Ito helped report this story.", ["Hana Ito"]),
        ("Hana Ito helped compile the data in this article.", ["Hana Ito"]),
        ("Research for this article was done by Hana Ito.", ["Hana Ito"]),
        ("This story includes reporting by Hana Ito in Osaka.", ["Hana Ito"]),
        ("Contributing to this story were Hana Ito and Omar Said.", ["Hana Ito", "Omar Said"]),
        ("With additional research by Hana Ito.", ["Hana Ito"]),
        ("Hana Ito of the data desk contributed analysis.", ["Hana Ito"]),
        ("Hana Ito contributed to this column.", ["Hana Ito"]),
    ],
)
def test_contributor_lines_with_everyday_verbs(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Hana Ito reported from the scene that the fire was out.",
        "Police reported a second crash in Osaka.",
        "Firefighters helped rescue two people.",
        "Hana Ito reported a loss of $3 million.",
        "Ito helped report the news to her neighbors, who had not heard.",
        "Neighbors assisted with the research at the library.",
    ],
)
def test_everyday_verbs_in_reporting_name_no_contributor(line: str) -> None:
    assert contributor_names(line) == []

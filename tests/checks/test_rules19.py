"""The nineteenth round: contributor lines and page debris that the seventeenth held-out
part's second half showed, as general rules, on lines written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.credits import contributor_names
from newsroom.checks.speakers import VAGUE
from tests.helpers import paragraph_kinds as _kinds


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Photos and additional reporting by Tess Arbogast.", ["Tess Arbogast"]),
        (
            "Culvert survey photos and additional reporting by Wade Lunn, Harlan County "
            "Engineering",
            ["Wade Lunn"],
        ),
        ("Contributed by: Inez Marrow, RN, Immunization Program", ["Inez Marrow"]),
        ("Contributed by Paul Oyelaran", ["Paul Oyelaran"]),
        ("Additional reporting by Ruth Zeller, Parks Division.", ["Ruth Zeller"]),
        # (a second person after the first is still a person)
        (
            "Additional reporting by Ruth Zeller, Ana Ruiz and Li Wei.",
            ["Ruth Zeller", "Ana Ruiz", "Li Wei"],
        ),
    ],
)
def test_contributor_lines_with_the_office_after_the_name(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Print | Email | Share on Facebook | Share on X",
        "Share on Facebook · Share on LinkedIn · Email",
        "Stay informed — get health alerts delivered to your inbox.",
        "Stay connected: get county news delivered to your inbox",
        "← Previous: Spring Load Limits Take Effect Across the County March 3 | Next: "
        "Patching Crews Head Out on Main Roads →",
        "Previous article: Library board names director for the new branch on Elm Street »",
    ],
)
def test_share_bars_pitches_and_the_links_on_either_side_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook was how the post spread, the sheriff said.",
        "Previous owners had let the barn fall in, and the next owner plans to rebuild it.",
        "Stay informed, the health officer said, and get the shot.",
    ],
)
def test_lines_like_them_stay_story(line: str) -> None:
    assert chrome_line(line) is None


def test_a_pitch_over_its_sign_up_button_is_chrome_and_advice_alone_is_not() -> None:
    found = debris(
        [
            (0, "The bridge will close for four months."),
            (1, "Get road closure alerts by text or email."),
            (1, "Sign up for Road Alerts »"),
            (2, "Get evacuation alerts by text or email."),
            (3, "Keep a go-bag by the door."),
        ]
    )
    assert found[1] is not None and found[2] is not None
    assert found[0] is None and found[3] is None and found[4] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone reads the figures as a crisis.",
        "Critics read the ruling as a retreat from the court's earlier line.",
        "Some residents of the mill town voiced sympathy for the strikers.",
        "Many fans voiced relief after the surgery.",
    ],
)
def test_a_group_s_reading_and_its_voiced_feelings_are_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many read the paper on Sundays.",
        "Analysts read the filing closely.",
        "Actors voiced the characters in the studio.",
    ],
)
def test_reading_and_voicing_that_give_no_view_are_nothing(sentence: str) -> None:
    assert _kinds(sentence) == [[]]

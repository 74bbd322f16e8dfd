"""The nineteenth round: contributor lines and page debris that the seventeenth held-out
part's second half showed, as general rules, on lines written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
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


def test_an_instagram_post_under_its_account_s_name_is_chrome() -> None:
    found = debris(
        [
            (0, "The store will receive a $12,000 bonus."),
            (1, "millstopdeli"),
            (1, "We SOLD a $1 MILLION ticket!!! Congrats to our customers!"),
            (1, "View this post on Instagram"),
            (1, "A post shared by Mill Stop Deli (@millstopdeli)"),
            (2, "The manager said staff had guessed for days."),
        ]
    )
    assert found[0] is None and found[5] is None
    assert all(found[1:5])


def test_a_pull_quote_with_its_speaker_after_a_dash_is_chrome() -> None:
    quote = "Every truck that leaves this yard is a job somewhere down the line."
    found = debris(
        [
            (0, f"“{quote}” said yard manager Ana Ruiz."),
            (1, f"“{quote}” — Ana Ruiz, Yard Manager"),
            (2, "“We hired 40 drivers this year.” — not a repeat, so the story's own words"),
        ]
    )
    assert found == [None, "pull quote", None]


def test_an_alerts_pitch_over_a_sign_up_field_is_chrome() -> None:
    found = debris(
        [
            (0, "Stay informed"),
            (0, "Get Port news releases, public meeting notices and construction alerts by email."),
            (0, "Email address"),
            (0, "Subscribe"),
        ]
    )
    assert found[1] == "newsletter sign-up"


@pytest.mark.parametrize(
    "line",
    [
        "More Winner Stories",
        "More Port News Releases",
        "Play responsibly.",
        "If you or someone you know has a gambling problem, call 1-800-555-0142.",
    ],
)
def test_a_site_s_teaser_heading_and_its_gambling_notice_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize("line", ["More than 40 stories", "More Than 40 Stories", "Play ball."])
def test_counts_and_calls_like_them_stay_story(line: str) -> None:
    assert chrome_line(line) is None


def test_a_contributor_line_for_an_interview() -> None:
    assert contributor_names("Winner interview by Claims Center supervisor Rita Gomez.") == [
        "Rita Gomez"
    ]
    assert contributor_names("The interview by detectives lasted three hours.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The families I have talked to worry about something simpler.",
        "The parents we spoke with said the plan was rushed.",
        "Consumer groups have pressed the commission for years to adopt a safety standard.",
        "Some investors have pushed the company to sell its slower divisions.",
    ],
)
def test_groups_the_writer_met_and_groups_that_press_are_vague(sentence: str) -> None:
    assert _kinds(sentence) == [[VAGUE]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The closing of the plant offered what scientists call a natural experiment.",
        "Workers pushed the cart to the dock.",
        "Local officials have pushed for years to bring new industry to the site.",
        "It leaves out a proposal, pushed by some senators, to block state rules.",
    ],
)
def test_a_term_a_group_uses_and_a_campaign_are_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales fell 18% last year, according to financial statements included in the filing.",
        "The fire destroyed a house in February, according to a lawsuit the homeowners filed "
        "in federal court.",
    ],
)
def test_documents_in_the_plural_and_before_their_own_clause_are_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stroud blamed the jump in shipping costs.",
        "Executive Director Sam Okafor credited the harbor's workforce with the increase.",
        "Coach Tony Bisignano praised his team's late rally.",
        "In the downwind counties, visits fell 27%, the researchers found.",
        "In a report last year, the board found that a third of the failures involved old "
        "equipment.",
        "In the two years before the freeze, the home broke even, the statements show.",
        "Havermill Furniture, the family-owned chain, filed for bankruptcy Tuesday and said it "
        "would close nine stores.",
    ],
)
def test_a_named_source_s_verdicts_and_findings_are_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found a body in the ditch.",
        "Replays were inconclusive, and the goal was credited to Tremblay.",
        "Her assistant would be questioned once doctors allowed it.",
    ],
)
def test_finding_a_thing_and_a_passive_verdict_are_no_attribution(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize("speaker", ["the man told the clerk", "he told the clerk"])
def test_a_quote_after_a_person_who_asked_not_to_be_named_is_anonymous(speaker: str) -> None:
    kinds = _kinds(
        "That winner, a Salina man who asked that his name not be released, claimed the prize "
        f"last week. “I’m going to check my tickets more carefully,” {speaker}.",
    )
    assert kinds[-1][-1] == ANONYMOUS


def test_a_named_person_between_takes_the_pronoun() -> None:
    kinds = _kinds(
        "A Salina man who asked that his name not be released claimed the prize. Mayor Ana Ruiz "
        "was there. “We are proud of him,” she said.",
    )
    assert kinds[-1][-1] == NAMED


def test_a_first_name_before_the_note_that_it_is_all_we_get_is_anonymous() -> None:
    kinds = _kinds(
        '"It was unsafe," said Rogelio, a roofer who asked to be identified only by his first name.'
    )
    assert kinds == [[ANONYMOUS]]


def test_a_post_pasted_from_a_social_page_is_chrome() -> None:
    found = debris(
        [
            (0, "The church agreed to stagger pickup times, the pastor said."),
            (1, "Hillside Community Church"),
            (1, "March 3 at 7:15 PM ·"),
            (1, "Keys in hand 🔑 Our pantry has a new home."),
            (1, "Thank you to everyone who gave 🙏"),
            (1, "👍❤️ 140 · 22 comments · 9 shares"),
            (2, "The building was built in 1911."),
        ]
    )
    assert found[0] is None and found[6] is None
    assert all(found[1:6])


@pytest.mark.parametrize(
    "line",
    [
        "📄 Download this week's bulletin (PDF)",
        "▶ Watch the full video of the pastor's announcement from Sunday's service here: "
        "[insert video link]",
        "👍❤️ 212 · 38 comments · 19 shares",
    ],
)
def test_a_link_s_icon_and_a_post_s_reactions_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line", ["🔥 Fire crews were called at 3 a.m.", "The vote was 212 · 38 comments were filed"]
)
def test_an_icon_before_a_sentence_is_still_the_sentence(line: str) -> None:
    assert chrome_line(line) is None


def _named_missing(tmp_path: Path, body: str) -> list[str]:
    """The names sources.named-missing asks to add, run on a story of `body`."""
    from newsroom.checks import engine
    from newsroom.checks.engine import Example
    from newsroom.checks.sources import named_missing
    from newsroom.models import GATES
    from tests.checks.test_catalog import build

    view = build(tmp_path, Example(body=body))
    found = engine.run(view, engine.Plan([named_missing], view.settings), frozenset(GATES))
    return [f.message.split("'")[1] for f in found]


@pytest.mark.parametrize(
    "body",
    [
        "Heaters sold by Ohio-based Corbin Home Products overheated, the agency said.\n\n"
        "In a statement, Corbin said it had traced the problem to a switch.\n",
        "Retailers including Brightway and Dollar Depot said they had pulled the heaters.\n",
    ],
)
def test_a_company_s_short_name_and_companies_listed_are_no_people(
    tmp_path: Path, body: str
) -> None:
    assert _named_missing(tmp_path, body) == []


def test_a_person_after_her_body_is_still_asked_for(tmp_path: Path) -> None:
    body = 'A spokesperson for the agency, Carla Benning, said it was "far too early" to say.\n'
    assert _named_missing(tmp_path, body) == ["Carla Benning"]

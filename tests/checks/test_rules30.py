"""The thirtieth round: what the twenty-seventh held-out part showed the checks misread,
as general rules, on sentences written for them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import CAPTION, chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, VAGUE
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "line",
    [
        "Like Comment Share",
        "Like · Comment · Send",
        "3h Like Reply 22",
        "Like · Reply · 5d",
        "See translation",
        "Most relevant",
        "Write a comment…",
        "😆👍 1.3K",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Print this page | Share: Facebook | X | Email",
        "#TyphoonWatch #StaySafe #CagayanValley",
    ],
)
def test_a_social_network_s_buttons_and_a_comment_form_s_notes_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Most relevant evidence was never heard.",
        "Like many towns on the river, Aparri was flooded.",
        "Room #B12",
        "#1",
        "Print the forms before the meeting.",
    ],
)
def test_lines_of_a_story_that_share_those_words_are_not(line: str) -> None:
    assert chrome_line(line) is None


def test_a_network_s_comments_under_a_post_are_chrome_name_text_and_buttons() -> None:
    found = debris(
        [
            (0, "The town hall will reopen on Monday, the mayor said."),
            (1, "Like Comment Share"),
            (1, "Most relevant"),
            (1, "Liza Mercado"),
            (1, "Thank you for the update, stay safe po!"),
            (1, "4h Like Reply 31"),
            (1, "Romeo dela Cruz · Top fan"),
            (1, "Is the bridge in Alcala open already?"),
            (1, "3h Like Reply 2"),
            (1, "View more comments"),
        ]
    )
    assert found[0] is None
    assert all(kind is not None for kind in found[1:])


def test_a_name_and_text_with_no_buttons_under_them_stay_the_story_s() -> None:
    found = debris(
        [
            (0, "Liza Mercado"),
            (0, "Mercado, 52, has run the canteen since 1998."),
        ]
    )
    assert found == [None, None]


def test_a_count_of_more_pictures_under_a_post_is_chrome() -> None:
    found = debris([(0, "Like Comment Share"), (0, "+3"), (0, "👍 210")])
    assert None not in found


@pytest.mark.parametrize(
    "line",
    [
        "📸 Rodel Abrenica, rescue team",
        "📷: Ana Ruiz / Town Information Office",
    ],
)
def test_a_post_s_credit_by_its_camera_is_a_pasted_credit(line: str) -> None:
    assert pasted_caption(line)
    assert debris([(0, line)]) == [CAPTION]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("—With a report from Marlon Dizon", ["Marlon Dizon"]),
        ("With reports from Ana Cruz and Ben Ong", ["Ana Cruz", "Ben Ong"]),
        ("📝 Kristine Ocampo, Information Desk", ["Kristine Ocampo"]),
        ("✍️ Ana Ruiz", ["Ana Ruiz"]),
    ],
)
def test_new_contributor_line_forms(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "With reports from the wires",
        "He said the reports from the field were bad.",
        "📝 Notes from the meeting",
    ],
)
def test_those_forms_name_no_one_without_a_name(line: str) -> None:
    assert contributor_names(line) == []


def test_reportedly_with_no_one_behind_it_is_vague() -> None:
    assert _speakers("Some stallholders have reportedly moved their goods to higher ground.") == [
        (VAGUE, "reportedly")
    ]


def test_reportedly_beside_a_source_is_that_source_s() -> None:
    found = _speakers("Fixers have reportedly charged up to P80,000 a slot, police officers said.")
    assert [kind for kind, _ in found] == [ANONYMOUS]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ana Ruiz now says the fire was set deliberately.", "Ana Ruiz"),
        ("Council staff now say the road will reopen in May.", "Council staff"),
        ("Police earlier said two men had been held.", "Police"),
        ("The ministry separately said the fund was empty.", "The ministry"),
    ],
)
def test_an_adverb_of_time_between_speaker_and_verb_is_not_the_speaker_s(
    sentence: str, speaker: str
) -> None:
    assert [found for _, found in _speakers(sentence)] == [speaker]


def test_an_about_blurb_runs_on_line_by_line_in_its_block() -> None:
    found = debris(
        [
            (0, "The tribunal suspended his licence for six months."),
            (1, "About the College"),
            (1, "The College of Home Inspectors regulates inspectors in the public interest."),
            (1, "It licenses inspectors and investigates complaints from the public."),
            (2, "It licenses inspectors, the registrar said."),
        ]
    )
    assert found[0] is None and found[4] is None
    assert None not in found[1:4]


@pytest.mark.parametrize(
    "line",
    [
        "APPLY NOW: Welders for Osaka — NO PLACEMENT FEE!",
        "REGISTER TODAY! Free seminar for first-time applicants",
    ],
)
def test_an_offer_s_call_in_capitals_is_chrome(line: str) -> None:
    assert chrome_line(line) is not None


def test_a_story_line_that_opens_with_apply_is_not() -> None:
    assert chrome_line("Apply now, the agency told workers, before the quota fills.") is None


def test_a_post_s_credit_by_its_pencil_is_read_as_a_line_of_its_own(room: Clone) -> None:
    """A pasted post keeps its lines in one paragraph; the pencil's line ends where its line
    does, not at the next full stop."""
    post = (
        "#FloodWatch #StaySafe\n📸 Rodel Abrenica, Rescue Team\n"
        "📝 Kristine Mae Ocampo, Information Desk\nSee translation\n"
        "May be an image of 6 people, crowd and text that says 'CENTRAL SCHOOL'\n"
        "Like Comment Share"
    )
    found = reported(room, post, "credits.contributor-line-uncredited")
    assert len(found) == 1, found
    assert "'Kristine Mae Ocampo'" in found[0]["message"]

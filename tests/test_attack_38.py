"""Holes an attacker found in the thirty-eighth pass, aimed at the newest commits of the
checks: a group's answer with its verb left out ('Many have not.'), a contributor with a job
set after the name, 'Get ... by email or text' and 'Enter email' as a sign-up box, a
document a sentence opens on as the subject of a finding verb, a body's initials in brackets,
sources.named-missing skipping a name the story writes elsewhere with a further word, 'put it
more bluntly' and 'put its value at' as verbs of saying, and a body named in one word after
what it is ('One exporter, Agrosur, said'). Each test is a realistic news sentence the checks
read wrong now: a story paragraph filed as a credit, a checklist step dropped as page debris,
a reporter's fact read as a group's view, a sports result read as a named source, a first
name alone read as a named source, a quoted person left out of the sources check, or a shape
the new rules mean to cover and miss. Each failed first; each is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, UNNAMED, VAGUE
from tests.helpers import filed_draft as _read
from tests.helpers import paragraph_kinds as _kinds

HED = "Museum opens canal exhibit"
LEDE = "LOCKPORT, N.Y. — The Erie Canal Museum opened a new exhibit Saturday, the museum said."
LAST = "The exhibit runs through June."


def _story(*paragraphs: str) -> str:
    return "\n\n".join((HED, "By Lena Ortiz", LEDE, *paragraphs, LAST)) + "\n"


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


# --- contributor lines: a job set after the name


@pytest.mark.parametrize(
    "paragraph",
    [
        "Local businesses donated $4,000 toward the mural. Ana Ruiz, a retired teacher, also "
        "contributed.",
        "Dana Cole, a historian at Ohio State, contributed research to the exhibit.",
    ],
)
def test_a_story_sentence_on_a_contributor_to_the_subject_stays_in_the_story(
    tmp_path: Path, paragraph: str
) -> None:
    draft = _read(tmp_path, "exhibit.txt", _story(paragraph))
    assert (draft.paragraphs[1:], draft.contributors) == ((paragraph, LAST), ())


def test_a_contributor_whose_job_names_a_city_and_state_is_one_person() -> None:
    line = "Ana Ruiz, a reporter with The Oregonian in Portland, Ore., contributed to this report."
    assert contributor_names(line) == ["Ana Ruiz"]


# --- page debris: 'Get ... by text', 'Enter email'


@pytest.mark.parametrize(
    "steps",
    [
        (
            "The county urged residents to prepare before the storm:",
            "Build an emergency kit",
            "Get evacuation alerts by text",
            "Know your evacuation zone",
        ),
        (
            "To sign a child up for the free bus pass:",
            "Go to the district website.",
            "Enter email addresses for both parents.",
            "Upload proof of address.",
        ),
    ],
)
def test_a_step_about_alerts_or_email_in_a_story_list_stays(
    tmp_path: Path, steps: tuple[str, ...]
) -> None:
    draft = _read(tmp_path, "steps.txt", _story(*steps))
    assert draft.paragraphs[1:5] == steps


# --- sources.named-missing: a name written elsewhere with a further word


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('"We grew up here," said Dana Cole, who owns Dana Cole Realty.\n', "Dana Cole"),
        (
            "Ana Ruiz said the gift would fund 40 scholarships.\n\n"
            "The Ana Ruiz Foundation has given $12 million since 2010.\n",
            "Ana Ruiz",
        ),
    ],
)
def test_a_person_with_a_namesake_business_is_still_a_missing_source(
    tmp_path: Path, body: str, name: str
) -> None:
    assert _named_missing(tmp_path, body) == [name]


# --- a group's answer with its verb left out


@pytest.mark.parametrize(
    "paragraph",
    [
        "Some parents worried that students would not come back after the closure. Most did.",
        "Economists predicted that most retailers would raise prices this spring. Most did.",
    ],
)
def test_what_came_true_after_a_group_s_view_is_no_attribution(paragraph: str) -> None:
    assert _kinds(paragraph) == [[VAGUE]]


def test_but_most_have_not_is_the_group_s_answer() -> None:
    kinds = _kinds("Some parents have told the board they are fine with it. But most have not.")
    assert kinds == [[VAGUE, VAGUE]]


@pytest.mark.parametrize("answer", ["Many others have not.", "Still others have not."])
def test_a_fuller_group_s_elliptical_answer_is_vague(answer: str) -> None:
    kinds = _kinds(f"Some parents have told the board they are fine with it. {answer}")
    assert kinds == [[VAGUE, VAGUE]]


# --- a document a sentence opens on


@pytest.mark.parametrize(
    "sentence",
    [
        "The study of 900 patients was halted in March, after researchers found a spike in "
        "heart attacks.",
        "The report on the crash was released Tuesday, months after investigators concluded "
        "the pilot was at fault.",
    ],
)
def test_a_document_is_not_the_subject_of_a_later_clause_s_finding(sentence: str) -> None:
    assert NAMED not in _kinds(sentence)[0]


# --- a body's initials, a party, in brackets


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Dana Cole (R-Ohio) said the bill would pass.",
        "The American Federation of Labor and Congress of Industrial Organizations (AFL-CIO) "
        "said the bill would cost jobs.",
    ],
)
def test_a_speaker_with_a_bracket_of_another_shape_is_named(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


# --- a body named in one word after what it is


@pytest.mark.parametrize(
    "sentence",
    [
        "Another mother, Keisha, said her son had been suspended twice.",
        "One worker, Maria, said she had not been paid in weeks.",
    ],
)
def test_a_first_name_alone_after_what_someone_is_is_not_a_named_source(sentence: str) -> None:
    assert NAMED not in _kinds(sentence)[0]


def test_a_first_name_with_a_request_for_anonymity_is_not_named() -> None:
    sentence = (
        "One neighbor, Maria, who asked that her last name not be used, said she heard shots."
    )
    assert NAMED not in _kinds(sentence)[0]


# --- 'put' as a verb of saying


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bears put their playoff chances at risk with Sunday's loss.",
        "The Bears put it well out of reach with two fourth-quarter touchdowns.",
    ],
)
def test_a_team_putting_a_game_out_of_reach_says_nothing(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Mayor Dana Ruiz put it, the city cannot afford to wait.",
        "The county put the number of homes destroyed at 212.",
    ],
)
def test_other_shapes_of_put_are_attributions(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


def test_a_value_put_by_an_unnamed_source_is_attributed() -> None:
    assert _kinds("One appraiser put its value at $2.1 million.") == [[UNNAMED]]

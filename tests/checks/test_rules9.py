"""The ninth round: forms of attribution and pasted web debris that the eighth held-out part
showed, as general rules, on sentences written for them."""

from __future__ import annotations

from newsroom.checks import chrome
from newsroom.checks.chrome import chrome_line, debris
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze


def _kinds(text: str) -> list[str]:
    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def test_a_noun_after_an_article_in_the_subject_is_no_verb() -> None:
    # 'recall' is a verb of saying, but 'the recall' is a thing
    assert _kinds("A person familiar with the recall said the deal was off.") == [ANONYMOUS]
    assert _kinds(
        "A person briefed on the recall, who spoke on the condition of anonymity because the "
        "talks were confidential, said the company had agreed."
    )[:1] == [ANONYMOUS]


def test_one_of_the_people_refers_back_to_sources_not_named() -> None:
    assert _kinds("Another bidder dropped out in January, one of the people said.") == [ANONYMOUS]
    assert _kinds("Some of the people said the deal was off.") == [VAGUE]


def test_people_inside_one_organization_are_sources_not_named() -> None:
    assert _kinds(
        "Scouts were in the stands, according to people in the Spokane State athletic department."
    ) == [ANONYMOUS]
    assert _kinds("People at the company said the deal was off.") == [ANONYMOUS]
    # people in a place are a vague group
    assert _kinds("People in the county said the noise was constant.") == [VAGUE]


def test_staff_and_sources_speaking_privately() -> None:
    assert _kinds("City staff disputed that, saying the center was paid for with a bond.") == [
        ANONYMOUS
    ]
    assert _kinds("Some staff said the plan was dead.") == [VAGUE]
    assert _kinds(
        "Hospital executives in several states, speaking privately, described the closures "
        "as a wave."
    ) == [ANONYMOUS]
    assert _kinds("Two aides, speaking on background, said the vote would slip.") == [ANONYMOUS]


def test_a_plural_noun_after_a_quantifier_is_no_verb() -> None:
    assert _kinds("Some states have moved to slow the closures.") == []
    assert _kinds("The report states that the plan failed.") == [NAMED]


def test_a_finding_published_in_a_named_journal_is_sourced() -> None:
    assert _kinds(
        "Bat deaths fell by 54%, researchers reported Wednesday in the journal Ecology North."
    ) == [NAMED]
    assert _kinds("Researchers reported that bat deaths fell.") == [VAGUE]


def test_a_subject_set_off_from_its_verb_by_an_aside() -> None:
    assert _kinds("Plaintiffs' lawyers, on the other hand, said the verdict sends a message.") == [
        VAGUE
    ]
    assert _kinds("The mayor, in a statement, said the plan was dead.") == [NAMED]


def test_by_most_estimates_is_vague_but_it_is_expected_to_is_a_forecast() -> None:
    assert _kinds("Turbines kill thousands of bats a year, by most estimates.") == [VAGUE]
    assert _kinds("By most measures, it worked.") == []
    assert _kinds("The bill sailed through the House, and it is expected to pass.") == []
    assert _kinds("It is expected that the bill will pass.") == [VAGUE]


def test_links_with_arrows_and_membership_pitches_are_debris() -> None:
    for line in (
        "Learn more »",
        "Return to full list >>",
        "Subscribe now »",
        "« Back to news",
        "Posted in: Commodities, Policy, Drought",
        "Reprints & Permissions",
        "Not a member?",
        "Join today",
        "Love stories like this?",
        "Subscribe to Ozark Highlands and get 10 issues a year delivered to your door.",
    ):
        assert chrome_line(line), line
    assert chrome_line("He said the vote was 5-2.") is None
    assert chrome_line("Join the club, the coach told him.") is None


def test_a_police_page_presumption_of_innocence_is_a_disclaimer() -> None:
    assert (
        chrome_line(
            "All persons arrested are presumed innocent until proven guilty in a court of law."
        )
        == chrome.DISCLAIMER
    )
    assert chrome_line("Charges are merely accusations.") == chrome.DISCLAIMER
    assert chrome_line("Ruiz is presumed innocent, her lawyer said.") is None


def test_a_pull_quote_repeats_words_the_story_prints() -> None:
    lines = [
        (0, "The farm grows 400 kinds of apple."),
        (1, "“We’re archivists with dirt under our fingernails.”"),
        (2, "“We’re not farmers. We’re archivists with dirt under our fingernails,” he said."),
    ]
    assert debris(lines) == [None, chrome.PULL_QUOTE, None]
    # a quotation said once is reporting
    assert debris([(0, "Intro."), (1, "“We will build it again, every board of it.”")]) == [
        None,
        None,
    ]


def test_a_conflict_marker_is_no_link_with_an_arrow() -> None:
    assert chrome_line("<<<<<<< HEAD") is None
    assert chrome_line("<< Back to news")

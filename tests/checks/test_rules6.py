"""The sixth round's rules (tuned on held-out-5), each on sentences written for it."""

from __future__ import annotations

from newsroom.checks.speakers import ANONYMOUS, VAGUE
from newsroom.checks.statements import analyze, analyze_body


def _kinds(text: str) -> list[str]:
    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def _body_kinds(paragraphs: list[str]) -> list[list[str]]:
    return [
        [a.kind for s in facts.sentences for a in s.attributions]
        for facts in analyze_body(paragraphs)
    ]


def test_on_condition_a_source_not_be_named_is_anonymous() -> None:
    assert _kinds(
        "Three nurses, who spoke on condition they not be named because they feared "
        "reprisal, said the ward was short of staff."
    ) == [ANONYMOUS]
    assert _kinds(
        "Two clerks, speaking on condition that they not be identified, said the files were gone."
    ) == [ANONYMOUS]


def test_those_people_after_a_source_not_named_is_that_source() -> None:
    assert _body_kinds(
        [
            "Two people familiar with the plan said the vote was delayed.",
            "Most of the cuts would fall on schools, those people said.",
        ]
    ) == [[ANONYMOUS], [ANONYMOUS]]


def test_a_quantifier_before_any_plural_names_a_group() -> None:
    assert _kinds("Some ferry captains have long argued that the channel is too shallow.") == [
        VAGUE
    ]
    assert _kinds("Many dairy farmers complained that the rule came too late.") == [VAGUE]


def test_the_source_named_again_with_its_description_and_someone_new() -> None:
    facts = analyze_body(
        [
            "A former plant manager, who spoke on condition of anonymity, said the line "
            "had been running too fast.",
            '"We never stopped to check," the former manager said.',
            'A spokesman said the owners would "cooperate fully."',
        ]
    )
    kinds = [[a.kind for s in p.sentences for a in s.attributions] for p in facts]
    assert kinds[:2] == [[ANONYMOUS], [ANONYMOUS]]
    # the spokesman is someone new, the company's voice, not the manager again (and, not
    # named, a source of his own to account for)
    (spokesman,) = [a for s in facts[2].sentences for a in s.attributions]
    assert spokesman.speaker == "A spokesman" and not spokesman.carried


def _numbers(text: str) -> list[str]:
    facts = analyze(text)
    return [
        facts.text[m.start : m.end]
        for s in facts.sentences
        for m in s.checkable
        if m.kind == "number"
    ]


def test_the_two_after_a_preposition_before_a_thing_counts_it() -> None:
    assert _numbers("Divers worked through the night on the two ferries.") == ["two"]
    assert _numbers("The pact needs the votes of all four counties.") == ["four"]
    assert _numbers("Talks between the three unions resumed.") == ["three"]
    # people named before, or the number as the subject, still point back
    assert _numbers("Rescuers pulled out the two men. The two were treated at a clinic.") == []
    assert _numbers("The three officers were suspended.") == []
    assert _numbers("Pay rose for all three officers.") == []
    assert _numbers("Because the two firms overlap, a merger is unlikely.") == []


def test_widgets_pasted_run_together_on_one_line() -> None:
    from newsroom.checks import chrome
    from newsroom.checks.chrome import debris, widget_starts

    line = "X  Reddit  Email 31 Comments More from the Desk"
    body = line + "\nFive Ferries Worth Riding This Summer\n\nThe ferry resumed service."
    lines = [(n, t) for n, para in enumerate(body.split("\n\n")) for t in para.split("\n")]
    assert debris(lines) == [chrome.RELATED, chrome.RELATED, None]
    assert [line[i:].split()[0] for i in widget_starts(line)] == [
        "X", "Reddit", "Email", "31", "More"
    ]  # fmt: skip
    assert debris([(0, "Was this helpful? Yes No Updated: March 3, 2026")]) != [None]
    tagged = "Topics: harbor, ferries, Pine County 9 Comments"
    assert [tagged[i:] for i in widget_starts(tagged)][-1] == "9 Comments"
    # running text, and a headline-like line, are not widgets
    assert widget_starts("Ferry Service Resumes After Storm") == []
    assert debris([(0, "Email the council before Tuesday")]) == [None]


def test_a_word_drafts_comments_and_status_and_a_courtesy_credit() -> None:
    from newsroom.checks.chrome import chrome_line, pasted_caption

    assert chrome_line("[Comment [JT4]: check the spelling of her name with the clerk]")
    assert chrome_line("DRAFT 2 — NOT FOR PUBLICATION")
    assert chrome_line("Not for publication — notes for the desk")
    assert pasted_caption("Photo courtesy of the Pine County Historical Society")
    assert not chrome_line("The draft was not published until Monday.")
    assert not pasted_caption("Photos of the flood were shared widely.")


def test_research_or_writing_contributed_by_is_a_contributor_line() -> None:
    from newsroom.checks.contributors import contributor_names

    assert contributor_names("Research was contributed by Pia Lund.") == ["Pia Lund"]
    assert contributor_names("Additional research was contributed by Tomas Berg.") == [
        "Tomas Berg"
    ]

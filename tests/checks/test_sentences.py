"""The sentence splitter and the statement reader on the cases news copy is full of."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.checks.sentences import sentences
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze, analyze_body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HARBOR CITY, Fla. — The council voted. It was close.",
            ["HARBOR CITY, Fla. — The council voted.", "It was close."],
        ),
        (
            "Sen. Mary Ellis said the U.S. Army would help. She moved to Tampa, Fla. "
            "The town grew.",
            [
                "Sen. Mary Ellis said the U.S. Army would help.",
                "She moved to Tampa, Fla.",
                "The town grew.",
            ],
        ),
        ("Gen. Pike left on Jan. 5 at 7 p.m. Tuesday. No one knew.", None),
        ("John F. Kennedy Jr. spoke. It cost 2.4 million.", None),
        (
            '"Why now?" Ocampo asked. Nobody answered.',
            ['"Why now?" Ocampo asked.', "Nobody answered."],
        ),
        ("Prices rose... Then they fell. Is it safe? No.", None),
        (
            'They urged it not to "give up the fight." Ocampo wrote that it was close.',
            ['They urged it not to "give up the fight."', "Ocampo wrote that it was close."],
        ),
        ("It works!  Really.", ["It works!", "Really."]),
    ],
)
def test_splitter(text: str, expected: list[str] | None) -> None:
    got = sentences(text)
    if expected is None:
        assert " ".join(got) == text
        assert len(got) == text.count(". ") + text.count("? ") + 1 - sum(
            text.count(a) for a in ("Gen. ", "Jan. ", "p.m. ", "F. ", "Jr. ")
        )
    else:
        assert got == expected


def _kinds(text: str) -> list[str]:
    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def test_attribution_kinds() -> None:
    assert _kinds("Mayor Dana Whitfield, who cast the deciding vote, said it was time.") == [NAMED]
    assert _kinds('"It is time," said one resident.') == [UNNAMED]
    assert _kinds("A city official who spoke on condition of anonymity said so.") == [ANONYMOUS]
    assert _kinds("Critics say it costs too much, and experts warn it will fail.") == [VAGUE, VAGUE]
    assert _kinds("The city has not said how it will pay.") == []
    assert _kinds("The deal would be announced in March.") == []


def test_named_speaker_loses_titles() -> None:
    facts = analyze("Council member Ruth Ocampo said she was disappointed.")
    assert facts.sentences[0].attributions[0].name == "Ruth Ocampo"


def test_quotes_need_a_speaker_unless_the_paragraph_gave_one() -> None:
    alone = analyze('"We cannot keep waiting for the next storm to decide."')
    assert alone.sentences[0].unattributed_quotes
    after = analyze('Malone said she was worried. "I want to reach my front door."')
    assert not any(s.unattributed_quotes for s in after.sentences)
    continued = analyze_body(["Whitfield said:", '"We cannot keep waiting for the storm."'])
    assert not continued[1].sentences[0].unattributed_quotes
    short = analyze('The plan calls it a "living shoreline" approach.')
    assert not short.sentences[0].unattributed_quotes


def test_checkable_and_relative_dates() -> None:
    facts = analyze("Work begins last Tuesday of next year and costs $42 million.")
    s = facts.sentences[0]
    assert [facts.text[m.start : m.end] for m in s.relative_dates] == ["last Tuesday", "next year"]
    assert {facts.text[m.start : m.end] for m in s.checkable} >= {"$42", "million"}
    plain = analyze("The council meets in a converted schoolhouse near the harbor.")
    assert not plain.sentences[0].checkable
    anchored = analyze("Work begins in March 2027.")
    assert not anchored.sentences[0].relative_dates


def test_offsets_point_into_each_paragraph() -> None:
    first, second = analyze_body(["One line.", "Critics say\nit will fail."])
    attribution = second.sentences[0].attributions[0]
    assert second.text[attribution.start : attribution.start + 3] == "say"
    assert first.sentences[0].text == "One line."


def test_offsets_hold_after_a_letter_that_lowercases_to_two() -> None:
    """'İ' (as in İstanbul) becomes two characters in str.lower(); offsets must not slip."""
    (facts,) = analyze_body(["Flights to İstanbul and İzmir resume. Critics said it was late."])
    (said,) = facts.sentences[1].attributions
    assert (said.kind, said.speaker) == (VAGUE, "Critics")
    assert facts.text[said.start : said.start + 4] == "said"


ALPHABET = "abcdeABİ .,;:?!\"“”‘’'-—()$%0123456789\n"
WORDS = ["said", "according to", "Mr.", "U.S.", "officials", "critics say", "last", "March"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET) | st.sampled_from(WORDS), max_size=30))
def test_reader_never_fails_and_stays_in_bounds(parts: list[str]) -> None:
    texts = [t for t in " ".join(parts).split("\n\n") if t.strip()]
    for facts in analyze_body(texts):
        n = len(facts.text)
        for s in facts.sentences:
            assert 0 <= s.start < s.end <= n
            for mark in (*s.checkable, *s.unattributed_quotes, *s.relative_dates):
                assert 0 <= mark.start <= mark.end <= n
            for a in s.attributions:
                assert 0 <= a.start < n

"""Each quick test that spares a regex is built from the same table as the regex: for every
entry, text the entry's pattern finds passes the quick test, and the pattern's match holds the
text the quick test looks for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from newsroom.checks.chrome import CAPTION_OPENERS, PASTED_CAPTION, pasted_caption
from newsroom.checks.contributors import (
    CONTRIBUTOR_FORMS,
    PLAIN_VERB_FORMS,
    contributor_names,
    may_name_contributors,
)
from newsroom.checks.naming import (
    _ANONYMITY_KEY,
    _ANONYMITY_PHRASE,
    ANONYMITY_PHRASES,
    anonymous,
)
from newsroom.checks.text import PLACEHOLDER_RE, PLACEHOLDERS, may_have_placeholder

PLACEHOLDER_TEXTS = [
    "The bridge cost TK, officials said.",
    "The bridge cost TKTK.",
    "The XX figure is wrong.",
    "See XXX for the total.",
    "TODO: call the mayor.",
    "The budget (FIXME) is short.",
    "The date is TBD.",
    "Lorem ipsum dolor sit amet.",
    "LOREM IPSUM",
    "The mayor [insert quote] said.",
    "[Insert name here]",
    "Headline goes here",
    "HEADLINE HERE",
    "Caption here",
    "caption goes here",
]


def _agree(
    table: Sequence[tuple[str, str]],
    texts: Sequence[str],
    flags: int,
    quick: Callable[[str], bool],
    found: Callable[[str], bool],
) -> None:
    """For every entry of a table: some text is found by its pattern; every such match holds
    the entry's text (lowercased when the pattern ignores case); and each text passes the
    quick test and is found by the whole search behind it."""
    for word, pattern in table:
        compiled = re.compile(pattern, flags)
        matched = [t for t in texts if compiled.search(t)]
        assert matched, f"no example text for {word!r}: add one"
        for text in matched:
            match = compiled.search(text)
            assert match is not None
            held = match.group() if word != word.lower() else match.group().lower()
            assert word in held, f"{pattern!r} matched {match.group()!r} without {word!r}"
            assert quick(text), f"the quick test misses {text!r}"
            assert found(text), f"the search misses {text!r}"


def test_placeholders_quick_test_agrees_with_the_regex() -> None:
    _agree(
        PLACEHOLDERS,
        PLACEHOLDER_TEXTS,
        0,
        may_have_placeholder,
        lambda t: PLACEHOLDER_RE.search(t) is not None,
    )


@pytest.mark.parametrize("word", [w for w, _ in PLACEHOLDERS])
def test_every_placeholder_word_passes_the_quick_test(word: str) -> None:
    assert may_have_placeholder(f"It cost {word}.")
    assert may_have_placeholder(f"It cost {word.upper()}.")


def test_text_without_placeholders_fails_the_quick_test() -> None:
    assert not may_have_placeholder("The council voted 5-2 on Tuesday to approve the wall.")


@pytest.mark.parametrize("word", CAPTION_OPENERS)
def test_every_caption_opener_is_a_pasted_caption(word: str) -> None:
    for line in (f"{word}: Jane Roe/AP", f"{word.title()}s by Jane Roe", f"{word.upper()}: AP"):
        assert pasted_caption(line), line


def test_pasted_caption_quick_test_agrees_with_the_pattern() -> None:
    lines = [
        "Crews at the waterfront (Photo: Facebook)",
        "The view (AP Photo/Jane Roe)",
        "A view (Getty Images)",
        "Photo: Jane Roe/AP",
        "Photograph by Jane Roe",
        "Photo credit: City of Harbor",
        "Courtesy: the family",
        "The council voted on Tuesday.",
        "The photo was taken on Tuesday.",
    ]
    for line in lines:
        assert pasted_caption(line) == bool(PASTED_CAPTION.search(line)), line


ANONYMITY_TEXTS = [
    "a detective who could not be named for operational reasons",
    "two people who attended a caucus meeting last week",
    "people familiar with the negotiations",
    "two people involved in the discussions",
    "a source close to the mayor",
    "an aide briefed on the talks",
    "a person with direct knowledge of the deal",
    "a person with knowledge of the deal",
    "an official knowledgeable about the plan",
    "an official who spoke on condition of anonymity",
    "executives in several states, speaking privately,",
    "two aides, speaking on background,",
    "a lawyer who spoke off the record",
    "an aide who spoke anonymously",
    "an aide not authorized to speak",
    "an aide not authorised to speak",
    "a man who declined to be named",
    "a woman who declined to be identified",
    "a clerk who asked not to be named",
    "an aide who did not want to be identified",
    "a guard who spoke without being named",
    "paramedics spoken to by the sentinel",
    "two commissioners who spoke on the condition that I not name them",
    "a nurse who asked me not to use her name",
    "a neighbor who declined to give his name",
    "residents who declined to give their names",
    "a voter who asked that her name not be used",
    "witnesses who asked that their names not be published",
]


def test_anonymity_quick_test_agrees_with_the_phrases() -> None:
    _agree(
        ANONYMITY_PHRASES,
        ANONYMITY_TEXTS,
        0,
        lambda t: _ANONYMITY_KEY.search(t) is not None,
        lambda t: anonymous(t) and _ANONYMITY_PHRASE.search(t) is not None,
    )
    assert not anonymous("mayor dana whitfield, who voted for the wall")


CONTRIBUTOR_TEXTS = [
    "Reporting and photos by Ava Kettering and Mateo Salgado-Price.",
    "Additional reporting and photographs by Katie Dinsdale",
    "Photographs and additional reporting: Anya Lund",
    "With additional notes by Dr Ana Ruiz, ship's ornithologist",
    "Additional reporting: Nadia Petrova in Hobart",
    "Words: Gail Treloar, club secretary",
    "Words and pictures by Tom Reid.",
    "Archival research for this story by Ines Galvan of the Ardmore Museum.",
    "Staff writer Ann Lee wrote this story, with additional reporting from Tom Reid.",
    "Submitted by Tara Sakanee, Communications Officer",
    "Bridge photos and additional reporting by Dale Pinkerton, County Engineering.",
    "Contributed by: Kayla Brandt, RN, Communicable Disease Program",
    "Research team: Ana Ruiz, Senior Analyst; Li Wei, Analyst",
    "Written summary by Ana Ruiz, Press Office.",
    "Winner interview by Claims Center supervisor Rita Gomez.",
    "Contributions to this release by park geologist Aaron Fiske and facility manager Maren Holt.",
    "Reporting assist from Priya Venkataraman.",
    "Reporting assistance from Port Ellen by Ines Duarte.",
    "Research assistance by county library archivist Della Baker.",
    "Research assistance for this article was provided by Ana Ruiz.",
    "Research: Li Wei",
    "Reporting: Kabo Tau and Li Wei",
    "Research assistance: Ana Ruiz",
    "Compiled with reports from Ana Ruiz in Faro.",
    "Tamil translation by Li Wei.",
    "Additional report by Kehinde Oyelaran, Sagamu.",
    "Additional reporting by Maria Chen in Harbor City.",
    "Additional  reporting  by Maria Chen.",
    "Also contributing reporting was contributed by Ana Ruiz.",
    "Reporting was contributed by Ana Ruiz.",
    "Reporting contributed by Ana Ruiz and Li Wei.",
    "Ana Ruiz in Miami contributed reporting.",
    "Ana Ruiz contributed additional reporting.",
    "Ana Ruiz contributed to this report.",
    "Reporting by Ana Ruiz; editing by Li Wei",
    "Research by Ana Ruiz.",
    "Research on the mine's early years by Ana Ruiz.",
    "Story by Ana Ruiz",
    "Ana Ruiz contributed from Miami.",
    "Market research for this post by Jonah Pelletier.",
    "Museum director Tove Langseth provided archive research for this story.",
    "Lame Kgosiemang assisted with research for this article.",
    "Lame Kgosiemang also helped with research for this article.",
    "Words: Kabelo Thamae, with notes from head guide Oratile Sechele",
    "With notes from head guide Oratile Sechele.",
    "This story was reported by Ana Ruiz.",
    "This article was reported and written by Ana Ruiz.",
    "Thanks to Ana Ruiz for research help.",
    "Contributing: Ana Ruiz",
    "Ana Ruiz and Li Wei contributed.",
    "—With assistance from Ana Ruiz.",
    "— With files from Mara Olsen and The Canadian Press",
    "With information from Owen Pruitt.",
    "Ana Ruiz, the Lab’s faculty adviser, edited this story.",
    "Li Wei translated interviews conducted in Spanish.",
    "Research for this story was done by Ana Ruiz.",
    "This report includes reporting by Ana Ruiz.",
    "Contributing to this report were Ana Ruiz and Li Wei.",
    "With inputs from Ana Ruiz",
    "Medically reviewed by Ana Ruiz, MD",
    "Fact checked by Ana Ruiz",
    "Thanks to Ana Ruiz for her help with this story.",
    "Thanks to our field staff, and to Ana Ruiz for pulling together the figures in this piece.",
    "Data reporting by Ana Ruiz.",
    "Data analysis by Ana Ruiz.",
    "Data cleaning by Ana Ruiz.",
    "The analysis was checked by Li Wei.",
    "Writing by Ana Ruiz; editing by Li Wei",
    "With additional reporting from Ben Asselin, Cold Spur snow reporter.",
    "Compiled by Deputy City Clerk Anna Rusk",
    "Compiled by Ana Ruiz, Information Officer, with input from Li Wei.",
    "* This report, first published in Bangla, has been rewritten in English by Ana Ruiz",
    "Additional information provided by Asst. Chief Tom Yingling and FF/EMT Brianna Kline.",
    "Additional information by Achieng Oduor, Homa Bay.",
    "Field measurements by Lotte Brink and Jens Holm.",
    "Mara Quist, a research assistant at the lab, contributed to the fieldwork for this study.",
    "This summary was prepared by meteorologists Ana Ruiz and Li Wei.",
    "With research assistance from curatorial fellow Ana Ruiz.",
    "With help from Ana Ruiz.",
    "This tribute was written by Ana Ruiz.",
    "This statement was drafted by Ana Ruiz, with research by Li Wei.",
    "Additional input: Ana Ruiz, committee researcher",
    "—With a report from Ana Ruiz",
    "The authors would like to thank Ana Ruiz, trainee, for her assistance in preparing this "
    "briefing.",
    "\U0001f4dd Ana Ruiz, Information Desk",
    "\u270d\ufe0f Ana Ruiz",
    "Text: Ana Ruiz, press officer",
    "Additional research: Ana Ruiz",
    "Compiled by Ana Ruiz, with reports from Li Wei and Tom Hale",
    "This update was compiled by Ana Ruiz (Information Unit) with inputs from the health cluster.",
    "Treasurer Ana Ruiz checked the figures in this story.",
    "Data research: Ana Ruiz",
    "Photographs and additional interviews by Kabo Tau.",
    "Photos and extra research: Mele Fifita",
    "Photographs and further reporting by Kabo Tau.",
    "Our Gozo correspondent, Marija Borg, helped with this report.",
]


PLAIN_VERB_TEXTS = [
    "Patrol report compiled by Jordan Pike and Mia Tupou.",
    "Ana Ruiz reported from Miami.",
    "Ana Ruiz assisted with reporting.",
    "Ana Ruiz helped report this story.",
    "Thanks to Ana Ruiz, who helped clean the inspection records.",
    "Stats compiled by Ana Ruiz.",
    "Intern Ana Ruiz compiled statistics for this report.",
    "Ana Ruiz and Li Wei reported from the press launch.",
    "Data for this story was compiled by data intern Ana Ruiz.",
    "Logbook figures were tallied by news assistant Ana Ruiz.",
    "Data editor Ana Ruiz reviewed the analysis.",
    "Ana Ruiz, in Basseterre, also reported for this story.",
    "Li Wei also covered the hearing.",
    "With reporting from Ana Ruiz in Lima.",
    "Scores compiled with help from Mele Fifita at the results table.",
    "Court records for this story were checked by Li Wei.",
    "Our nephew Tom Hale helped write this post.",
]


def test_contributor_line_quick_test_agrees_with_the_forms() -> None:
    _agree(
        CONTRIBUTOR_FORMS,
        CONTRIBUTOR_TEXTS,
        re.I,
        may_name_contributors,
        lambda t: bool(contributor_names(t)),
    )
    _agree(
        PLAIN_VERB_FORMS,
        PLAIN_VERB_TEXTS,
        re.I,
        may_name_contributors,
        lambda t: bool(contributor_names(t)),
    )
    assert not may_name_contributors("The council voted on Tuesday.")


def test_normalize_reads_ascii_as_its_pattern_does() -> None:
    """normalize() has a quick path for ASCII text (a translation table built from the word
    pattern's characters): on every ASCII character it agrees with the pattern."""
    from newsroom.checks.text import _QUOTES, _WORDS, normalize

    for code in range(128):
        text = f"Ab{chr(code)}cD {chr(code)} e{chr(code)}"
        by_pattern = " ".join(_WORDS.findall(_QUOTES.sub("'", text).lower()))
        assert normalize(text) == by_pattern, repr(text)


APPEAL_TEXTS = [
    "Get the full newspaper on your phone. Subscribe now from $1,150 a month.",
    "We have a small favour to ask of you today.",
    "We have a small favor to ask.",
    "Good journalism costs a lot of money. Donate now.",
    "Support The Daily Clarion’s journalism of integrity and credibility",
    "This show is made possible by listeners like you.",
    "Make your gift before midnight.",
    "Sign up for our free morning newsletter.",
    "Sign up now and never miss a story.",
    "Get the Riverside morning email. Sign up free",
    "Become a member today and support us.",
    "Join as a subscriber today.",
    "Chip in $5 to keep us going.",
    "Become a sustaining member for $5 a month.",
    "Become a supporter from $4 a month.",
    "Our coverage is supported by readers like you.",
    "This reporting was funded in part by the Lake Trust.",
    "Local journalism is underwritten by our members.",
    "Our reporting is made possible by the Ames Fund.",
    "Someone forwarded this to you? Subscribe here.",
    "Welcome to The Harbor Letter, our weekly newsletter.",
]


def test_appeal_quick_test_agrees_with_the_patterns() -> None:
    from newsroom.filing.furniture import APPEALS, appeal

    _agree(APPEALS, APPEAL_TEXTS, re.I, lambda t: appeal(t), appeal)
    assert not appeal("The council voted on Tuesday to approve the seawall.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Harbor Letter | 120 Main St., Harbor City, FL 33101", "postal address"),
        ("Questions? Email him at ana@ledger.example", "writer's contact"),
        ("You can reach her at 555-201-0142 or follow her on X.", "writer's contact"),
        ("Follow them on Bluesky @ledger.example", "writer's contact"),
    ],
)
def test_furniture_found_anywhere_passes_its_quick_test(line: str, kind: str) -> None:
    from newsroom.filing.furniture import furniture

    assert furniture(line) == kind

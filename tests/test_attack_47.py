"""Holes an attacker found in the forty-seventh pass, aimed at the twenty-second checks round:
a subject read past a relative clause with a figure, a source the law keeps unnamed, what a
court or an inquest heard, whom the writer heard speak, a quotation someone shouted, a blog's,
a fundraiser's and a sponsor's lines of chrome, a report compiled by people, and documents that
show nothing or go under a body's name. Each hole is a plain sentence or line a newsroom meets,
misread: an explosion, a video and a draft report made the speakers of the residents, parents
and officials who heard or saw them, and a rumour the speaker of the woman who heard it; the
police made an anonymous source because the victim they speak of cannot be named; a committee
that heard from residents, a jury told to disregard an outburst, a jury that heard nothing and
a court that heard arguments read as citations, which gives an unattributed quotation after
them a speaker; a shout given to the mayor who answered it; a live story's numbered update
and a sentence that opens 'Supported by' deleted as web chrome; the compilers of an audit
asked to be credited as contributors; a report that did not show up read as citing; and a
union lost or misnamed when its relative clause says something, lists places, or is followed
by an adverb, an auxiliary or a time. Each test failed first, for the reason it named; each
is fixed."""

from __future__ import annotations

import json

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import CLEAN_STORY, Clone
from tests.helpers import paragraph_kinds as _kinds
from tests.helpers import speakers as _speakers


def _quotes_without_speaker(paragraph: str) -> int:
    """How many quotations of a paragraph the checks leave with no speaker."""
    return sum(len(s.unattributed_quotes) for p in analyze_body([paragraph]) for s in p.sentences)


def _reported(room: Clone, paragraph: str, check: str) -> list[str]:
    """The excerpts `newsroom check` reports under `check` when the clean story ends with
    `paragraph`."""
    story = (CLEAN_STORY / "story.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    room.write_story("harbor-seawall", body=story.rstrip("\n") + "\n\n" + paragraph + "\n")
    result = room.run(
        "check", "harbor-seawall", "--stage", "fact-check", "--format", "json", "--select", check
    )
    return [f["excerpt"] for f in json.loads(result.out)["findings"] if f["check"] == check]


# --- whom the writer heard speak


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Residents who heard an explosion said the windows shook.", VAGUE),
        (
            "Parents who watched a video of the fight said the school should have acted sooner.",
            VAGUE,
        ),
        ("Commuters who saw two trains collide said the signals were out.", VAGUE),
        ("Officials who saw a draft of the report said it was harsh.", ANONYMOUS),
    ],
)
def test_what_a_group_saw_or_heard_is_not_its_speaker(sentence: str, kind: str) -> None:
    """'Residents who heard an explosion said' is the residents' account, a vague group; the
    rule for 'I listened to a young mother describe' cuts the subject after 'heard' and makes
    'an explosion' (or 'a video of the fight', 'a draft of the report') an unnamed speaker, so
    attribution.vague and attribution.anonymous-unjustified lose the sentence."""
    assert _kinds(sentence) == [[kind]]


def test_a_group_that_heard_an_explosion_is_still_reported_vague(room: Clone) -> None:
    """The same misreading as the real command shows it: the residents' vague account is no
    longer reported."""
    sentence = "Residents who heard an explosion said the windows shook."
    assert _reported(room, sentence, "attribution.vague") == [sentence]


def test_a_rumour_someone_heard_is_not_the_speaker() -> None:
    """'Ruiz heard a rumor that the plant would close and said she was worried': Ruiz speaks;
    the checks give the words to 'a rumor that the plant', an unnamed person."""
    sentence = "Ruiz heard a rumor that the plant would close and said she was worried."
    assert _speakers(sentence) == [(NAMED, "Ruiz")]


# --- a source the law keeps unnamed


@pytest.mark.parametrize(
    "sentence",
    [
        "The girl, who cannot be named for legal reasons, died at the scene, police said.",
        # (the court's voice, named; an unnamed spokesman is a source not named of his own)
        "The boy, who cannot be named for legal reasons, was sentenced on Friday, the court's "
        "press office said.",
    ],
)
def test_a_victim_who_cannot_be_named_makes_no_source_anonymous(sentence: str) -> None:
    """In court and crime reporting 'who cannot be named for legal reasons' is said of a
    victim or a young defendant, not of the source; the phrase is read for the whole sentence,
    so the police or the court's spokesman become anonymous sources."""
    assert ANONYMOUS not in _kinds(sentence)[0]


def test_police_speaking_of_a_victim_who_cannot_be_named_are_no_anonymous_source(
    room: Clone,
) -> None:
    """The same misreading as the real command shows it: attribution.anonymous-unjustified
    asks for 'police' in sources.yaml with 'anonymous: true'."""
    sentence = "The girl, who cannot be named for legal reasons, died at the scene, police said."
    assert _reported(room, sentence, "attribution.anonymous-unjustified") == []


# --- what a court or an inquest heard


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee heard from residents for three hours on Tuesday.",
        "The inquiry heard from 40 witnesses over six weeks.",
    ],
)
def test_a_committee_that_heard_from_residents_cites_nothing(sentence: str) -> None:
    """'The committee heard from residents' says who spoke, not what was said: there is no
    evidence on the record to cite, yet the sentence is given a named citation."""
    assert _kinds(sentence) == [[]]


def test_a_quotation_after_a_committee_heard_from_residents_has_no_speaker() -> None:
    """The false citation is carried to the quotation that follows it, so the quotation,
    which no one is named as saying, is no longer reported by attribution.quote-no-speaker."""
    paragraph = (
        "The committee heard from residents for three hours on Tuesday. "
        '"This tower will block the sun from every yard on Elm Street."'
    )
    assert _quotes_without_speaker(paragraph) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury was told to disregard the remark.",
        "The jury was told not to discuss the case with anyone.",
        "The panel was told to report back by June.",
    ],
)
def test_a_jury_told_to_do_something_cites_nothing(sentence: str) -> None:
    """'The jury was told to disregard the remark' is an order from the judge, not evidence
    the jury heard (the checks already read 'had been told by insurers to stop' as an order),
    yet it is a named citation."""
    assert _kinds(sentence) == [[]]


def test_an_outburst_after_a_jury_told_to_disregard_it_has_no_speaker(room: Clone) -> None:
    """As the real command shows it: the outburst, which no one is named as shouting, is no
    longer reported by attribution.quote-no-speaker."""
    paragraph = (
        'The jury was told to disregard the outburst. "You are all liars, every one of you."'
    )
    assert _reported(room, paragraph, "attribution.quote-no-speaker") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury heard nothing about his previous convictions.",
        "The inquest heard no evidence that the brakes had failed.",
    ],
)
def test_what_a_jury_did_not_hear_cites_nothing(sentence: str) -> None:
    """'The jury heard nothing about his previous convictions' says what was kept from the
    jury; nothing is cited to it, yet the sentence is a named citation."""
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard oral arguments in the case on Tuesday.",
        "The court heard Smith's appeal in March.",
        "The tribunal heard testimony from 12 witnesses.",
    ],
)
def test_a_court_that_heard_arguments_is_no_citation(sentence: str) -> None:
    """'The court heard the appeal' is the court's own act and cites nothing; with no article
    ('heard oral arguments', 'heard testimony') or a possessive ('heard Smith's appeal') the
    sentence is read as a named citation."""
    assert _kinds(sentence) == [[]]


# --- a quotation someone shouted


def test_a_shout_answered_by_the_mayor_is_not_the_mayor_s() -> None:
    """'"Shame!" someone shouted from the gallery, and Mayor Ana Ruiz replied that she would
    not resign': the shout has no speaker, and 'someone' is a bystander, as when the sentence
    ends after 'gallery'; instead the shout goes to the mayor, and 'someone' is reported as
    vague attribution."""
    paragraph = (
        '"Shame!" someone shouted from the gallery, and Mayor Ana Ruiz replied that she would '
        "not resign."
    )
    assert _quotes_without_speaker(paragraph) == 1
    assert VAGUE not in _kinds(paragraph)[0]


# --- lines of chrome


@pytest.mark.parametrize(
    "line",
    [
        "Update 5 - Suspect arrested by Pinedale Police",
        "Update 3 – Road reopened by Caltrans",
        "Update 2 – Bridge closed by State Police",
    ],
)
def test_a_live_story_s_numbered_update_is_no_chrome(line: str) -> None:
    """A live story heads each update with its news: 'Update 5 - Suspect arrested by Pinedale
    Police'. The fundraiser's 'Update #2 · 3 days ago by Name' pattern takes any words before
    'by' and a capitalized name after it, so body.web-chrome asks to delete the news."""
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        'Supported by a crowd of 200, the mayor asked: "What are we waiting for?"',
        'Proudly supported by her family, Ruiz asked the board: "Why not me?"',
        "Supported by donors, can the shelter survive another winter?",
    ],
)
def test_a_sentence_opening_supported_by_is_no_sponsor_line(line: str) -> None:
    """A sponsor line is told from a sentence only by having no full stop; a sentence that
    ends in a question or a quoted question has none, so body.web-chrome asks to delete it as
    an ad marker."""
    assert chrome_line(line) is None


# --- a report compiled by people


@pytest.mark.parametrize(
    "line",
    [
        "The report was compiled by Ana Ruiz and Tom Lee.",
        "Last year's report was compiled by state auditor Dana Ortiz.",
        "The summary was compiled by Human Rights Watch.",
    ],
)
def test_a_report_the_story_reports_on_names_no_contributors(line: str) -> None:
    """'The report was compiled by Ana Ruiz and Tom Lee' tells the reader who wrote the audit
    the story is about; read as a contributor line, it makes
    credits.contributor-line-uncredited a blocking error asking to credit the auditors (and
    Human Rights Watch) for additional reporting."""
    assert contributor_names(line) == []


def test_an_audit_s_compilers_are_not_asked_to_be_credited(room: Clone) -> None:
    """The same misreading as the real command shows it, in a paragraph of the story."""
    paragraph = (
        "The city released its audit of the water department on Tuesday. "
        "The report was compiled by Ana Ruiz and Tom Lee."
    )
    assert _reported(room, paragraph, "credits.contributor-line-uncredited") == []


# --- documents that show nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "The report did not show up in the county's system until Tuesday.",
        "The records do not show up in a public search.",
        "The letter did not find its way to the mayor's desk.",
    ],
)
def test_a_document_that_did_not_show_up_cites_nothing(sentence: str) -> None:
    """'Records do not show' cites the records, but 'the report did not show up in the
    system' says where the report was not, as 'He did not show up' does of a person; the
    sentence is read as a named citation of the report."""
    assert _kinds(sentence) == [[]]


# --- a subject read past a relative clause


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The union, which said last year that it represents 1,300 workers, welcomed the "
            "draft but said it wanted more.",
            "The union",
        ),
        (
            "The mayor, who said in May that she would run again, toured the site and said "
            "repairs would start soon.",
            "The mayor",
        ),
    ],
)
def test_a_relative_clause_that_says_something_keeps_the_subject(
    sentence: str, speaker: str
) -> None:
    """The 'said' inside the relative clause is read as the same speaker already having been
    read, so the statement after 'but said' or 'and said' has no attribution at all."""
    assert set(_speakers(sentence)) == {(NAMED, speaker)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The union, which has members in Ohio, Indiana and Michigan, said it would strike.",
        "The union, which employs 1,300 people in Ohio, Indiana and Michigan, cut its "
        "forecast and said sales fell.",
    ],
)
def test_a_list_in_a_relative_clause_keeps_the_subject(sentence: str) -> None:
    """Only the figure's commas are skipped: a list's comma inside the relative clause ends
    it early, so 'Indiana and Michigan' is a named speaker, or no one is."""
    assert _speakers(sentence) == [(NAMED, "The union")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The union, which represents about 1,300 workers, has welcomed the draft but said "
            "it wanted more.",
            "The union",
        ),
        (
            "The union, which represents about 1,300 workers, quickly welcomed the draft but "
            "said it wanted more.",
            "The union",
        ),
        (
            "The union, which represents about 1,300 workers, on Tuesday welcomed the draft "
            "but said it wanted more.",
            "The union",
        ),
    ],
)
def test_a_subject_read_past_a_relative_clause_skips_an_adverb(sentence: str, speaker: str) -> None:
    """'The union, which represents about 1,300 workers, has welcomed the draft but said' is
    the union's statement; the word between the clause and the first verb ('has', 'quickly',
    'on Tuesday') is read as the speaker."""
    assert _speakers(sentence) == [(NAMED, speaker)]

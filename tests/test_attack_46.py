# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-sixth pass, aimed at the third part of the twenty-first
checks round: the name set off in a participle's subject, past tenses not in -ed ending that
subject, 'saying nothing', 'who said' after a named person, a document that proposes or
recommends, present-tense verdicts, 'asked me to say', and a job after a contributor's name.
Each hole is a plain sentence or line a newsroom meets, misread: a school, two cities, an
airline and a school district asked to be added as people; a shooting's victim, a lawyer's
client and a beaten mayor made the speaker of another's words; two geological faults read as a
speaker; a lawyer and a mother given the words of the person they speak for; a plan proposed by
the mayor and a budget proposed on Tuesday read as speaking; a detective's and a judge's
requests read as statements; a governor's and a union's statements lost because they begin
'saying nothing' or 'saying little'; a quake's and a tornado's death toll read as their claims;
a named teacher's words left without a speaker; and contributors lost when a job after their
names has its article or a semicolon between them. Each test failed first, for the reason it
named; each is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds


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


def _names(paragraph: str) -> list[str]:
    """The people's names the attributions of a paragraph give as their speakers."""
    return [a.name for p in analyze_body([paragraph]) for s in p.sentences for a in s.attributions]


# --- the name set off in a participle's subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor, speaking at Lincoln Elementary, defended the plan, saying it would save money.",
        "The coach, a native of East Lansing, stepped down Friday, saying he wanted to spend more time with his family.",
        "The board, meeting in Grand Rapids, rejected the plan, saying it lacked detail.",
    ],
)
def test_a_place_in_the_subject_is_not_a_source_to_add(tmp_path: Path, sentence: str) -> None:
    assert _named_missing(tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline, a unit of Air Canada, canceled 40 flights, saying a storm was coming.",
        "The district, like Los Angeles Unified, closed its schools, saying the smoke was too thick.",
    ],
)
def test_an_organization_in_the_subject_is_not_a_person_to_add(
    tmp_path: Path, sentence: str
) -> None:
    assert _named_missing(tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The officer, who shot Mark Stein, resigned Friday, saying he had feared for his life.",
        "The attorney, who represents Mark Stein, filed a motion Tuesday, saying the search was illegal.",
        "The challenger, who beat Mayor Mark Stein, took office Monday, saying the city needed a fresh start.",
    ],
)
def test_the_person_a_subject_acts_on_is_not_its_speaker(tmp_path: Path, sentence: str) -> None:
    assert _named_missing(tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The teacher who led the walkout, Ana Ruiz, resigned Friday, saying the district had ignored her.",
        "The resident who organized the recall effort, Ana Ruiz, dropped it, saying she lacked signatures.",
    ],
)
def test_a_name_after_a_relative_clause_is_the_participle_s_speaker(
    tmp_path: Path, sentence: str
) -> None:
    assert _named_missing(tmp_path, sentence) == ["Ana Ruiz"]


# --- past tenses not in -ed, and 'saying nothing'


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake struck at 3 a.m., claiming 40 lives.",
        "The tornado struck the town, claiming two lives.",
        "The truck hit a school bus, claiming the lives of four children.",
        "The heat wave set records across the state, claiming 12 lives.",
        "Floodwaters rose overnight, claiming two lives.",
    ],
)
def test_claiming_lives_is_no_statement(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor defended the plan, saying nothing had changed since the audit.",
        "The union rejected the offer, saying little had been done to address staffing.",
        "The fire marshal closed the hall, saying no more than 40 people could safely attend.",
    ],
)
def test_saying_nothing_happened_is_a_statement(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


def test_a_governor_saying_nothing_in_a_bill_helps_is_a_named_source(tmp_path: Path) -> None:
    body = "Gov. Ana Ruiz vetoed the bill, saying nothing in it would lower rents."
    assert _named_missing(tmp_path, body) == ["Ana Ruiz"]


# --- 'who said' after a named person


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Mark Stein, the lawyer for a woman who says she was fired for being pregnant, filed suit Tuesday.",
            "Mark Stein",
        ),
        (
            "Ana Ruiz, the mother of a student who says he was bullied on the bus, spoke at the meeting.",
            "Ana Ruiz",
        ),
    ],
)
def test_who_says_of_another_person_is_not_the_named_person_s(sentence: str, name: str) -> None:
    assert name not in _names(sentence)


# --- present-tense verdicts, documents that say


@pytest.mark.parametrize(
    "sentence",
    [
        "Geologists mapped the Hayward and Rodgers Creek faults in 2019.",
        "The Hayward and Rodgers Creek faults run beneath the city.",
    ],
)
def test_faults_named_for_places_are_no_speaker(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan proposed by the mayor would cut 40 jobs.",
        "The budget proposed Tuesday includes a 3% raise for teachers.",
        "The report recommended by the committee was shelved.",
    ],
)
def test_a_document_proposed_by_someone_is_no_statement(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


# --- 'asked me to say'


@pytest.mark.parametrize(
    "sentence",
    [
        "The detective asked him to tell the story again.",
        "Police asked them to tell officers anything they had seen.",
        "The judge asked him to say whether he understood the plea.",
        "Officers asked him to say his name.",
        "The teacher asked them to share their stories with the class.",
    ],
)
def test_asking_someone_to_tell_or_say_is_a_request(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


# --- a job after a contributor's name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Contributing: Aaron Fiske, a park geologist, and Maren Holt.",
            ["Aaron Fiske", "Maren Holt"],
        ),
        (
            "Additional reporting by Ana Ruiz, a freelance journalist, and Mark Stein.",
            ["Ana Ruiz", "Mark Stein"],
        ),
        (
            "Contributions to this release by Aaron Fiske, a park geologist, and Maren Holt, a park ranger.",
            ["Aaron Fiske", "Maren Holt"],
        ),
        (
            "Contributing: Dr. Ana Ruiz, a state epidemiologist, and Mark Stein.",
            ["Ana Ruiz", "Mark Stein"],
        ),
    ],
)
def test_a_job_with_its_article_after_a_name_keeps_the_contributors(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Contributors: Ana Ruiz, staff writer; Mark Stein, photographer.",
            ["Ana Ruiz", "Mark Stein"],
        ),
        (
            "Contributing: Aaron Fiske, park geologist; Maren Holt, interpretive ranger.",
            ["Aaron Fiske", "Maren Holt"],
        ),
    ],
)
def test_jobs_after_names_between_semicolons_keep_every_contributor(
    line: str, names: list[str]
) -> None:
    assert contributor_names(line) == names

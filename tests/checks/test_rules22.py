"""The twenty-second round: what the twentieth held-out part's first half and the nineteenth's
second half showed the checks misread, as general rules, on sentences and lines written for
them."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import chrome_line
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import ANONYMOUS, NAMED, UNNAMED, VAGUE
from newsroom.checks.statements import analyze_body
from tests.helpers import paragraph_kinds as _kinds
from tests.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Harbor Pilots Association, which represents about 1,250 pilots on the coast, "
            "said in a statement that it had not been consulted.",
            "The Harbor Pilots Association",
        ),
        (
            "The Rural Clinics Network, which runs most of the valley's clinics, welcomed the "
            "plan but said it would rather see the money go to nurses.",
            "The Rural Clinics Network",
        ),
        (
            "Ostrowski, who has coached 2,140 games since 1988, thanked the crowd and said he "
            "would not coach again.",
            "Ostrowski",
        ),
    ],
)
def test_a_subject_is_read_past_a_relative_clause_and_the_figures_in_it(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A detective on the case, who could not be named for operational reasons, said the "
        "boxes had been weighed twice.",
        "A woman who cannot be named for legal reasons told the court she had been afraid.",
    ],
)
def test_a_source_the_law_or_the_job_keeps_unnamed_is_anonymous(sentence: str) -> None:
    assert _kinds(sentence) == [[ANONYMOUS]]


def test_someone_not_yet_identified_is_no_anonymous_source() -> None:
    assert _kinds("The driver, who could not be identified by Monday night, was 34, police said.")[
        0
    ] != [ANONYMOUS]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard customs officers opened the crates after a dog reacted to them.",
        "Two of the horses had to be put down, the inquest was told.",
        "Magistrates heard the van had no valid insurance.",
        "The jury was told the phone had been wiped the night before.",
    ],
)
def test_what_a_court_or_an_inquest_heard_is_cited_to_it(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard the appeal in March and ruled in May.",
        "The tribunal heard her unfair dismissal case over three days.",
    ],
)
def test_a_court_that_heard_a_case_is_no_citation(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_whom_the_writer_heard_speak_is_who_speaks() -> None:
    speakers = _speakers(
        "At the hearing, I listened to a retired nurse describe waiting four hours for an "
        "ambulance."
    )
    assert speakers == [(UNNAMED, "a retired nurse")]


@pytest.mark.parametrize(
    "text",
    [
        '"Resign!" someone shouted from the back of the hall.',
        '"Not this again, not in this town," somebody yelled as the lights went out.',
    ],
)
def test_a_quotation_that_someone_shouted_has_no_speaker(text: str) -> None:
    sentence = analyze_body([text])[0].sentences[0]
    assert sentence.unattributed_quotes
    assert [a.kind for a in sentence.attributions] == [UNNAMED]


def test_someone_s_claim_is_still_vague() -> None:
    assert _kinds("Someone said the plant would close by June.") == [[VAGUE]]


@pytest.mark.parametrize(
    "line",
    [
        "Like this:",
        "Like Loading...",
        "Read less",
        "Show less",
        "Update #3 · 5 days ago by Marama Ngata",
        "Update #1 · March 3, 2026 by Ana Ruiz, Organizer",
        "Please donate to share words of support.",
        "Proudly supported by Kauri Motors Whangārei",
    ],
)
def test_a_blog_s_likes_a_toggle_a_fundraiser_s_updates_and_a_sponsor_are_chrome(
    line: str,
) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Supported by the union, the measure passed.",
        "Like this, the plan works.",
        "Read less of it.",
        "Update: the road has reopened.",
    ],
)
def test_sentences_that_open_the_same_way_stay(line: str) -> None:
    assert chrome_line(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Patrol report compiled by Jordan Pike and Mia Tupou.", ["Jordan Pike", "Mia Tupou"]),
        ("Weekly recap compiled by Dana Ortiz.", ["Dana Ortiz"]),
        ("Police report compiled by the sheriff's office.", []),
        ("The report compiled by investigators was released.", []),
    ],
)
def test_a_report_compiled_by_people_names_contributors(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The county's records do not show how many permits were revoked.", "The county's records"),
        ("The audit did not find any missing money.", "The audit"),
        (
            "Bureau of Labor Statistics data show wages rose 4 per cent.",
            "Bureau of Labor Statistics data",
        ),
        (
            "The state's broadband map shows that a third of homes lack service.",
            "The state's broadband map",
        ),
        (
            "An evaluation released in May by the Justice Lab found that most graduates "
            "stayed out of jail.",
            "An evaluation",
        ),
    ],
)
def test_a_document_is_cited_when_it_shows_nothing_and_under_its_body_s_name(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [(NAMED, speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not show up for the hearing.",
        "Police did not find a weapon.",
    ],
)
def test_a_person_who_did_not_show_or_find_cites_nothing(sentence: str) -> None:
    assert _kinds(sentence) == [[]]


def test_supporters_of_a_plan_are_no_body_s_documents() -> None:
    assert _kinds("Supporters of the plan argue that circulation is falling.") == [[VAGUE]]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "In 212 of those homes, tenants later called the city to complain again, the "
            "records show.",
            [NAMED],
        ),
        ("Photographs posted on social media on Sunday showed cars floating in the car park.", []),
        ("The Ledger maintains full editorial control of its journalism.", []),
    ],
)
def test_a_call_to_a_body_a_participle_s_noun_and_what_is_kept_are_no_attribution(
    sentence: str, kinds: list[str]
) -> None:
    assert _kinds(sentence) == [kinds]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("He said texts found on the driver's phone showed he had been paid.", [NAMED]),
        ("Okafor has always maintained his innocence.", [NAMED]),
        ("The city maintains that the road is safe.", [NAMED]),
        ("Officials posted on Facebook that the road was closed.", [ANONYMOUS]),
    ],
)
def test_the_speakers_of_the_same_verbs_stay(sentence: str, kinds: list[str]) -> None:
    assert _kinds(sentence) == [kinds]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ruiz, a junior, is projected by most scouts as a first-round pick.", "most scouts"),
        ("The bypass was projected by engineers to cost $4 million.", "engineers"),
    ],
)
def test_who_projects_or_ranks_in_a_passive_is_its_source(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [(VAGUE, speaker)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Board members said the decision came down to money.", ANONYMOUS),
        ("Council members argue that the fee is too low.", ANONYMOUS),
        ("Some board members say families will adjust.", VAGUE),
    ],
)
def test_a_body_s_members_not_named_are_anonymous_and_some_of_them_vague(
    sentence: str, kind: str
) -> None:
    assert _kinds(sentence) == [[kind]]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Mayor Ana Ruiz moved the motion on Tuesday, telling a packed chamber the town could "
            "not wait another year.",
            [NAMED],
        ),
        (
            "The chief stood at the podium for an hour, telling reporters that the fire was set.",
            [NAMED],
        ),
        ("The boat drifted for hours, telling rescuers nothing.", []),
        ("Jess Ngata, who had her second child there in March, put it to me simply.", [NAMED]),
    ],
)
def test_a_participle_that_tells_and_a_speaker_who_put_it_to_the_writer(
    sentence: str, kinds: list[str]
) -> None:
    assert _kinds(sentence) == [kinds]


def test_a_group_after_a_sentence_ending_in_a_capital_is_no_person_s_name() -> None:
    assert _speakers("Rain fell in Chile on Monday. Traders said the market was tight.") == [
        (VAGUE, "Traders")
    ]


def test_a_person_named_in_full_before_is_still_found_by_surname() -> None:
    assert _speakers("Judge Carla Bowers ruled on Friday.", "Bowers said the law was clear.") == [
        (NAMED, "Bowers")
    ]


@pytest.mark.parametrize(
    ("text", "unattributed"),
    [
        (
            'County figures show rips cause most drownings. "Swim between the flags, it is no '
            'suggestion," as one of our older members put it in the clubhouse afterwards.',
            1,
        ),
        ('"It is a long way down from here," as Mayor Ana Ruiz put it on Monday.', 0),
    ],
)
def test_a_document_speaks_no_quotation_and_as_someone_put_it_is_theirs(
    text: str, unattributed: int
) -> None:
    sentences = [s for p in analyze_body([text]) for s in p.sentences]
    assert sum(len(s.unattributed_quotes) for s in sentences) == unattributed


@pytest.mark.parametrize(
    "sentence",
    [
        'When inspectors find a violation classed as "life-safety," city rules say they must '
        "return within 30 days.",
        "The county's guidelines say a permit is needed.",
    ],
)
def test_rules_and_guidelines_are_documents_that_say(sentence: str) -> None:
    assert _kinds(sentence) == [[NAMED]]

"""The attribution reader's rules, each on sentences written for it."""

from __future__ import annotations

from newsroom.checks.speakers import ANONYMOUS, NAMED, VAGUE
from newsroom.checks.statements import analyze, analyze_body


def _kinds(text: str) -> list[str]:
    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def test_any_reporting_verb_and_inversion() -> None:
    assert _kinds('"We will be back," Hal Ruiz quipped.') == [NAMED]
    assert _kinds("Ana Pell recounted walking home in the dark.") == [NAMED]
    assert _kinds('"Stay inside," urged fire Chief Lena Ortiz.') == [NAMED]
    assert _kinds("Roads were closed, said meteorologist Jo Kim of the weather service.") == [NAMED]


def test_nouns_names_and_participles_are_not_verbs() -> None:
    assert _kinds("Tom Lee in Reno contributed to this report.") == []
    assert _kinds("The United States sent aid.") == []
    assert _kinds("A song called Blue Road topped the charts.") == []
    assert _kinds("Ron Diaz added 14 points.") == []


def test_documents_are_sources() -> None:
    assert _kinds("The mill closed in 1990, according to county property records.") == [NAMED]
    assert _kinds("City records show the permit lapsed.") == [NAMED]
    assert _kinds("The survey found that rents rose.") == [NAMED]


def test_abbreviations_do_not_cut_a_speaker() -> None:
    (facts,) = analyze_body(["Aid will flow, according to two U.S. officials familiar with it."])
    assert [a.kind for a in facts.sentences[0].attributions] == [ANONYMOUS]
    named = analyze("The wall will hold, said Dr. Mia Hale.").sentences[0].attributions[0]
    assert named.name == "Mia Hale"


def test_vague_groups_with_any_verb_of_saying_or_feeling() -> None:
    assert _kinds("Forecasters expect more rain.") == [VAGUE]
    assert _kinds("Some in Dayton worry about the cost.") == [VAGUE]
    assert _kinds("Others were more hopeful.") == [VAGUE]
    assert _kinds("Two clerks, Amy Fox and Bo Lin, said the doors were locked.") == [NAMED]
    assert _kinds("Analysts at Crestline Bank wrote that sales would fall.") == [NAMED]


def test_quotations_take_their_speaker_from_the_paragraph_or_the_one_before() -> None:
    first, second = analyze_body(
        ['"We waited. Then we left," Nia Cole said.', '"Nobody came to help us."']
    )
    assert all(s.attributions for s in first.sentences)
    assert second.sentences[0].attributions[0].carried
    assert not second.sentences[0].unattributed_quotes
    ap = analyze("\"We did our part,'' Lou Park said Monday.")
    assert not ap.sentences[0].unattributed_quotes
    sign = analyze('Marchers carried signs that read "Save Our Valley Hospital Now."')
    assert not sign.sentences[0].unattributed_quotes


def test_a_listener_a_short_surname_and_a_described_speaker() -> None:
    told = analyze('"We were ready," Col. Ada Marsh, the base commander, told reporters.')
    assert [a.speaker for a in told.sentences[0].attributions] == ["Col. Ada Marsh"]
    short = analyze('"Sales doubled," said Wen Li, the owner.').sentences[0].attributions[0]
    assert short.name == "Wen Li"
    assert _kinds(
        '"We lost everything," said a man who lives by the river and asked that his name '
        "not be used because he fears his landlord."
    ) == [ANONYMOUS]


def test_a_partial_quotation_after_which_she_called() -> None:
    facts = analyze('Tia Cho voted no on the levy, which she called "a tax on the young."')
    assert [a.kind for a in facts.sentences[0].attributions] == [NAMED]
    assert not facts.sentences[0].unattributed_quotes


def test_a_named_phrase_and_a_fragment_need_no_speaker_of_their_own() -> None:
    term = analyze('Voters stopped believing that "growth pays for itself" is a plan.')
    assert not term.sentences[0].unattributed_quotes
    _, fragment = analyze_body(
        ["The levy failed, the clerk said.", 'Rand is quoted as calling it "a tax on the young."']
    )
    assert not fragment.sentences[0].unattributed_quotes
    alone = analyze('Rand is quoted as calling it "a tax on the young."')
    assert alone.sentences[0].unattributed_quotes


def test_groups_names_and_counts() -> None:
    assert _kinds("Brook Partners advised the seller.") == [NAMED]
    assert _kinds('"It held," said Ines Rivers.') == [NAMED]
    assert _kinds("Three advisers involved in the budget said it would pass.") == [ANONYMOUS]
    assert _kinds("Several advisers said it would pass.") == [VAGUE]
    assert _kinds("One 2019 memo cited in the suit described the leak.") == [NAMED]
    assert _kinds("Three cousins, sisters Amy and Jo Bell, said the roof fell.") == [NAMED]


def test_documents_found_and_nouns_that_look_like_verbs() -> None:
    assert _kinds("Some studies have found the opposite.") == [VAGUE]
    assert _kinds("Jurors found him guilty.") == []
    assert _kinds("The board's revised estimates show that most expect a cut.") == [NAMED]
    assert _kinds("Ohio, like most states, has no such rule.") == []
    assert _kinds("Vi Tran told bankers on a conference call that sales fell.") == [NAMED]
    assert _kinds("Farm ministers agreed Monday to cut tariffs.") == []


def test_acts_and_requests_are_not_statements() -> None:
    assert _kinds("Ana Lowe reported her neighbor to the police.") == []
    assert _kinds('Lowe told an aide to "keep it quiet" before the vote.') == []
    firm = analyze("Sales fell, according to data firm Lumen Metrics.").sentences[0]
    assert [a.name for a in firm.attributions] == [""]


def test_a_described_source_who_is_not_named_is_anonymous() -> None:
    assert _kinds(
        "A former Tillman Mills manager, who spoke on condition of anonymity because she "
        "feared losing her pension, said the logs were rewritten."
    ) == [ANONYMOUS]
    assert _kinds(
        "Two pilots at airlines that fly the jet, who asked not to be named, said they had "
        "not been told."
    ) == [ANONYMOUS]
    assert _kinds("Officials said that residents should leave.") == [ANONYMOUS]


def test_a_speaker_after_an_age_and_a_clause_and_a_document_that_says() -> None:
    aged = analyze("Ana Ruiz, 29, who moved here in 2021, said the rent doubled.")
    assert [a.name for a in aged.sentences[0].attributions] == ["Ana Ruiz"]
    assert _kinds("Cases rose to 4,000, the report said.") == [NAMED]
    assert _kinds("Midland State answered with 12 straight points.") == []


def test_a_described_bystander_however_long_the_description() -> None:
    # the speaker's description goes on past a comma, a participle or a clause of its own,
    # and a 'who said' inside it is the same person, not a second speaker who names them
    for text in (
        '"It is worse," said one man, a retired welder who said he had voted twice.',
        '"It was hot," said one man, who said he had walked a mile to get there.',
        '"I drive 20 minutes now," said one shopper leaving a Pine Hollow grocery on Friday.',
    ):
        (sentence,) = analyze(text).sentences
        assert sentence.unattributed_quotes, text
    named = analyze('"We missed it," said one passenger, Ida Marsh, who had waited all day.')
    assert _kinds('"We missed it," said one passenger, Ida Marsh, who had waited all day.') == [
        NAMED
    ]
    assert named.sentences[0].attributions[0].name == "Ida Marsh"
    assert not named.sentences[0].unattributed_quotes


def test_a_short_quotation_spoken_needs_a_speaker_a_short_term_does_not() -> None:
    assert analyze('"Not again," said one neighbor.').sentences[0].unattributed_quotes
    assert not analyze('"Not again," Tess Ruiz said.').sentences[0].unattributed_quotes
    assert not analyze('Members call themselves the "Bay Caucus," and had waited.').sentences[
        0
    ].unattributed_quotes


def test_a_described_speaker_whose_anonymity_the_sentence_explains() -> None:
    assert _kinds('"It is an opening bid," said one House Democrat, who spoke on condition of '
                  "anonymity to discuss strategy.") == [ANONYMOUS]
    assert _kinds("One, who asked not to be named because talks are private, said the vote "
                  "was close.") == [ANONYMOUS]
    assert _kinds("Mayor Ann Cole's allies argue that the plan works.") == [VAGUE]


def test_a_subject_with_a_clause_set_off_keeps_its_verb() -> None:
    assert _kinds("Two aides involved in the talks, who requested anonymity to discuss them, "
                  "said the group hoped to finish by Friday.") == [ANONYMOUS]
    assert _kinds("Ed Moss, a welder in North Platte, Nebraska, wrote that he would "
                  "wait.") == [NAMED]
    (fact,) = analyze_body(['Ivy Hale thanked the crowd and wrote, "I will miss this town every '
                            'day of my life."'])
    assert fact.sentences[0].attributions[0].name == "Ivy Hale"
    assert not fact.sentences[0].unattributed_quotes


def test_more_ways_of_saying_a_source_is_not_named() -> None:
    assert _kinds("Two commissioners told me, on the condition that I not name them, that "
                  "the vote was close.") == [ANONYMOUS]
    assert _kinds("A utility executive, who did not want to be named, said the bill was "
                  "rushed.") == [ANONYMOUS]


def test_one_of_a_group_granted_anonymity_is_anonymous() -> None:
    _, second = analyze_body(
        [
            "Three engineers spoke on condition of anonymity because they feared reprisal.",
            '"You would refresh the page and watch names go gray," one engineer said. One '
            "added that the cuts came on a Tuesday.",
        ]
    )
    assert [a.kind for s in second.sentences for a in s.attributions] == [ANONYMOUS, ANONYMOUS]
    assert not any(s.unattributed_quotes for s in second.sentences)


def test_groups_described_by_place_by_feeling_and_by_ending() -> None:
    assert _kinds("Outside experts said the data looked thin but cautioned that it was early.") == [
        VAGUE,
        VAGUE,
    ]
    assert _kinds("Investors appeared enthusiastic.") == [VAGUE]
    assert _kinds("Some retirees said the line moved slowly.") == [VAGUE]
    assert _kinds("Ohio, like most states, does not require a permit.") == []
    assert _kinds("Outside the courthouse, Ana Ruiz said the verdict was fair.") == [NAMED]


def test_he_or_she_is_never_a_group_named_before() -> None:
    facts = analyze_body(
        [
            "Many parents had called for the school to stay open. Tom Ruiz did not respond.",
            'In a letter, he said he had "done what the budget allowed."',
        ]
    )
    assert [a.kind for a in facts[1].sentences[0].attributions] == [NAMED]
    they = analyze_body(["Many parents said the vote was rushed.", "They said they would sue."])
    assert [a.kind for a in they[1].sentences[0].attributions] == [VAGUE]


def test_a_named_speaker_with_an_apposition_before_said_and_a_group_after_it() -> None:
    assert _kinds(
        "Ana Ruiz, a nurse who has worked there for a decade, said managers "
        "learned of the cuts from a memo."
    ) == [NAMED]
    assert _kinds(
        "Jo Park, chairman of the Ferry Owners' Association, which represents 90 "
        "boats, said his members wanted more time."
    ) == [NAMED]
    assert _kinds("The pier will close, said residents living near it.") == [VAGUE]


def test_the_same_unnamed_source_named_again_with_the() -> None:
    facts = analyze_body(
        [
            "A lawyer close to the case, who spoke on condition of anonymity because talks "
            "are private, said a deal was near.",
            '"Nobody wants a trial," the lawyer said.',
        ]
    )
    assert [a.kind for a in facts[1].sentences[0].attributions] == [ANONYMOUS]
    named = analyze_body(
        [
            "A lawyer for the city, Jo Park, said a deal was near.",
            '"Nobody wants a trial," the lawyer said.',
        ]
    )
    assert [a.kind for a in named[1].sentences[0].attributions] == [NAMED]


def test_a_sentence_that_says_why_sources_are_not_named() -> None:
    facts = analyze_body(
        [
            "Two people familiar with the audit said the losses were larger. They asked not "
            "to be named because the audit is not public.",
            "A person briefed on the sale said it would close in May. The person was not "
            "authorized to discuss it and spoke on condition of anonymity.",
        ]
    )
    assert [a.kind for s in facts[0].sentences for a in s.attributions] == [ANONYMOUS] * 2
    assert [a.kind for s in facts[1].sentences for a in s.attributions] == [ANONYMOUS] * 2
    assert _kinds("The council asked staff not to draft the plan.") == []


def test_a_speaker_not_named_for_a_reason_that_is_itself_a_clause() -> None:
    assert _kinds(
        "A county clerk who asked not to be named because the case is still open "
        "said the files were missing."
    ) == [ANONYMOUS]


def test_a_source_not_named_who_introduces_a_quotation_with_a_colon() -> None:
    (fact,) = analyze_body(
        [
            "One, who advises two of the firms and asked not to be named because "
            'talks continue, put it plainly: "The deal is dead."'
        ]
    )
    assert [a.kind for a in fact.sentences[0].attributions] == [ANONYMOUS]
    assert not fact.sentences[0].unattributed_quotes


def test_a_company_whose_name_ends_in_apostrophe_s() -> None:
    assert _kinds("Hollister's said it would close 40 stores.") == [NAMED]
    assert _kinds("The mayor's stated goal is a balanced budget.") == []


def test_suspicion_is_an_opinion_and_a_kind_of_report_a_document() -> None:
    assert _kinds("Many voters suspect the count was rigged.") == [VAGUE]
    assert _kinds("The fund spent $2 million, according to campaign disclosure reports.") == [NAMED]
    assert _kinds("The fund spent $2 million, according to some reports.") == [VAGUE]


def test_what_someone_should_say_is_no_attribution() -> None:
    assert _kinds("Critics who disagree should say so on the record.") == []
    assert _kinds("Critics must say where the money would come from.") == []


def test_witnesses_and_more_feelings_of_a_group() -> None:
    assert _kinds("The roof fell in at noon, according to witnesses.") == [VAGUE]
    assert _kinds("Witnesses said the driver ran a red light.") == [VAGUE]
    assert _kinds("Dairy farmers were scathing.") == [VAGUE]
    assert _kinds("Tenant groups were more measured.") == [VAGUE]
    assert _kinds("Some growers are less sure.") == [VAGUE]
    assert _kinds("The gusts were measured at 60 mph.") == []


def test_a_short_cry_with_its_speaker_a_few_words_on() -> None:
    cry = analyze('"Shoot it!" a man behind the home bench yelled.').sentences[0]
    assert cry.unattributed_quotes
    named = analyze('"Shoot it!" coach Ana Ruiz of the Harbor Hawks yelled.').sentences[0]
    assert not named.unattributed_quotes
    term = analyze('They call it "the loop," a route that the city says is safe.').sentences[0]
    assert not term.unattributed_quotes


def test_the_team_named_before_and_a_count_of_people_not_named() -> None:
    assert _kinds("The researchers wrote that the trend could reverse.") == [NAMED]
    assert _kinds("Researchers wrote that the trend could reverse.") == [VAGUE]
    assert _kinds("Three Senate Democrats told me they would vote no.") == [ANONYMOUS]
    assert _kinds("Some Senate Democrats said they would vote no.") == [VAGUE]


def test_a_participle_of_saying_after_a_comma_attributes_to_the_subject() -> None:
    assert _kinds("Tenant unions have made rent their top issue, arguing that costs are "
                  "driving families out.") == [VAGUE]
    assert _kinds("The Harbor Ferry Co. dropped two routes, saying fuel costs had doubled.") == [
        NAMED
    ]
    assert _kinds("The crowd kept singing, saying nothing of the score.") == []
    assert _kinds("An old saying holds that the river always wins.") == []


def test_a_named_person_and_others_with_them() -> None:
    assert _kinds("In a letter, Sen. Ana Ruiz, D-Ore., and 12 other senators urged the "
                  "agency to wait.") == [NAMED]
    assert _kinds("Ana Ruiz and others wrote that the agency should wait.") == [NAMED]


def test_an_industry_is_a_camp_not_a_source() -> None:
    assert _kinds("The industry has long argued that the rule costs too much.") == [VAGUE]
    assert _kinds("The shipping industry says the fee is a tax.") == [VAGUE]
    assert _kinds("The two banks said they would merge in May.") == [NAMED]


def test_a_plea_and_a_name_given_between_commas_are_not_statements() -> None:
    assert _kinds("Ray Dunn, 51, pleaded guilty in May to two counts of fraud.") == []
    assert _kinds("Dunn has pleaded not guilty.") == []
    assert _kinds("Dunn pleaded with the judge for mercy, his lawyer said.") == [NAMED]
    assert _kinds("The plan, called Harbor Commons, would add 300 homes.") == []
    assert _kinds("Patients got the spray, called RX-12, twice a week.") == []
    assert _kinds("Dr. Ana Ruiz, a chemist at Bayview College, called the study careful.") == [
        NAMED
    ]


def test_an_order_given_a_time_phrase_and_more_groups() -> None:
    assert _kinds("Several agents, who asked not to be named, said they had been told by "
                  "insurers to stop selling policies.") == [ANONYMOUS]
    assert _kinds("Some nurses leaving the hospital after the night shift said they were "
                  "tired.") == [VAGUE]
    assert _kinds("After the council voted, the mayor said she was pleased.") == [NAMED]
    assert _kinds("Landlords who spoke at the meeting argued that the cap was unfair.") == [VAGUE]
    assert _kinds("Some dock workers were more guarded.") == [VAGUE]
    assert _kinds("The cuts come weeks after Harbor Foods, a rival grocer, said it would close "
                  "two stores.") == [NAMED]


def test_writing_a_check_or_a_song_is_no_statement() -> None:
    assert _kinds("Dunn wrote checks from the charity's account to his own company.") == []
    assert _kinds("Ruiz wrote a prescription for the pills.") == []
    assert _kinds("Ruiz wrote that the pills were safe.") == [NAMED]
    assert _kinds("Ruiz wrote a letter to the board asking it to wait.") == [NAMED]


def test_a_company_named_by_what_it_does_is_no_person() -> None:
    for text in (
        "Bayline Airlines said the route would end in May.",
        "Crestview Energy told investors that demand had peaked.",
        "Harlan Ratings said in a note that the debt was risky.",
        "Transport Ostia said the rules would change.",
    ):
        (a,) = analyze(text).sentences[0].attributions
        assert (a.kind, a.name) == (NAMED, ""), text
    assert analyze("Dana Holt said the route would end.").sentences[0].attributions[0].name == (
        "Dana Holt"
    )

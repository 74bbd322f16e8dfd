"""The eleventh round: forms of attribution and pasted web debris that the tenth held-out part
showed, as general rules, on sentences written for them."""

from __future__ import annotations

from newsroom.checks.speakers import NAMED
from newsroom.checks.statements import analyze


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.name) for s in analyze(text).sentences for a in s.attributions]


def _unattributed(text: str) -> int:
    return sum(len(s.unattributed_quotes) for s in analyze(text).sentences)


def test_a_speaker_described_then_named_after_an_inverted_verb() -> None:
    for text in (
        '"It is bad," said the lead author, Odalys Ferreira-Quint.',
        '"It is bad," said the study\'s lead author, Dr. Odalys Ferreira-Quint, a disease '
        "ecologist at the Blue Ridge Amphibian Institute.",
        '"We will appeal," said the team\'s general counsel, Marta Liang.',
    ):
        [(kind, name)] = _said(text)
        assert kind == NAMED and name.endswith("Liang" if "Liang" in text else "Ferreira-Quint")
        assert _unattributed(text) == 0, text
    # a quotation that goes on in the next paragraph keeps the speaker
    assert (
        _unattributed(
            '"This is the call we hoped we would never make," said the lead author, Odalys '
            'Ferreira-Quint. "We have sampled these streams for eight years.\n\n'
            '"Now we act," she said.'
        )
        == 0
    )


def test_a_statement_saying_attributes_to_its_subject() -> None:
    for text in (
        'The ministers issued a joint statement saying they would "continue consultations" '
        "and meet again.",
        'The mayor posted a letter Tuesday saying she would "fight this in every court."',
    ):
        assert [k for k, _ in _said(text)] == [NAMED], text
        assert _unattributed(text) == 0, text
    # a participle of saying with no statement before it and no comma is no attribution
    assert _said("The sign saying no parking was removed.") == []


def test_a_quantified_group_with_any_verb_of_thinking_or_feeling_is_vague() -> None:
    from newsroom.checks.speakers import VAGUE

    for text in (
        "Some regulars suspect the building will eventually come down.",
        "Many longtime customers suspect the store will close.",
        "Some parents worried about the cost of child care on Mondays.",
        "Some parents who spoke during public comment worried about the cost of child care.",
        "Many growers fretted that the frost would return.",
    ):
        assert [k for k, _ in _said(text)] == [VAGUE], text
    # a thing, not people; and a worry that is the reporter's own account of one person
    assert _said("Some states suspended the program.") == []
    assert [k for k, _ in _said("Dana Ruiz worried about the cost.")] != [VAGUE]


def test_a_quantified_group_of_bodies_or_inside_a_longer_subject_is_no_group_of_people() -> None:
    assert _said("It is the level at which many health agencies recommend action.") == []
    assert [
        k for k, _ in _said("Some judges approved fewer than 10 percent of the asylum claims.")
    ] == []


def test_reporting_and_photos_by_students_is_a_contributor_line() -> None:
    from newsroom.checks.contributors import contributor_names

    assert contributor_names(
        "Reporting and photos by Ridgeview High School journalism students Ava Kettering and "
        "Mateo Salgado-Price."
    ) == ["Ava Kettering", "Mateo Salgado-Price"]
    assert contributor_names("Reporting and video by Li Wei.") == ["Li Wei"]


def test_a_sign_up_call_after_an_emoji_and_a_paper_s_own_credit_line() -> None:
    from newsroom.checks.chrome import chrome_line, debris, pasted_caption

    assert chrome_line("📲 Get district news first!")
    assert chrome_line("Never miss a story!")
    assert debris([(0, "📲 Get district news first! Sign up for SchoolLink text alerts »")]) != [
        None
    ]
    for line in ("Courtesy photo", "Submitted photo", "File photo"):
        assert pasted_caption(line), line
    # the story's own exclamations stay
    assert chrome_line("Get out and vote!") is None
    assert not pasted_caption("Courtesy of the family, the photo hangs in the hall.")


def test_a_newsletter_s_greeting_contents_and_sponsor() -> None:
    from newsroom.checks.chrome import chrome_line, debris
    from newsroom.checks.contributors import contributor_names

    assert chrome_line("Good morning, Boise! ☕ Snow's coming Thursday, so dig out the scraper.")
    assert chrome_line("In today's Brief:") and chrome_line("In this issue:")
    assert chrome_line("Together with Foothills Credit Union")
    sponsor = debris(
        [
            (0, "Together with Foothills Credit Union"),
            (0, "Holiday loans at 6.9% APR, no payment until March. Apply in 5 minutes →"),
            (1, "Boise will stop picking up glass at the curb on Jan. 5."),
        ]
    )
    assert sponsor[0] and sponsor[1] and sponsor[2] is None
    assert contributor_names("Reporting assist from Priya Venkataraman.") == ["Priya Venkataraman"]
    # a story's own words
    assert chrome_line("In this case, the judge ruled for the city.") is None
    assert chrome_line("Together with the county, the city will repave Main Street.") is None


def _kinds_by_sentence(paragraphs: list[str]) -> list[list[str]]:
    from newsroom.checks.statements import analyze_body

    return [[a.kind for a in s.attributions] for p in analyze_body(paragraphs) for s in p.sentences]


def test_an_interview_s_answers_are_the_person_s_words() -> None:
    kinds = _kinds_by_sentence(
        [
            "Ferreira-Quint answered three questions by phone; her answers have been lightly "
            "edited.",
            "Q: Can the fungus be stopped once it is in a stream? A: Not eradicated, no. But "
            "some populations have held on where the water is warmer.",
            "Q: What should anglers do? A: Clean and dry your boots before you move.",
        ]
    )
    # the questions are the reporter's; each answer, every sentence of it, the person's
    assert kinds[1:] == [[], [NAMED], [NAMED], [], [NAMED]]
    # a letter A with a colon is no answer in a story with no questions
    assert _kinds_by_sentence(["Plan A: build the wall by 2028."]) == [[]]


def test_a_line_of_several_sentences_each_of_them_debris() -> None:
    from newsroom.checks.chrome import debris

    pitch = (
        "Love stories like this? Subscribe to Ozark Highlands and get 10 issues a year "
        "delivered to your door. Subscribe now »"
    )
    assert debris([(0, pitch)]) != [None]
    # one sentence of reporting keeps the line
    assert debris([(0, "Subscribe now. The council voted 5-2 on Tuesday.")]) == [None]


def test_a_reader_s_comment_pasted_with_its_name_date_and_reply_button() -> None:
    from newsroom.checks.chrome import debris

    comment = [
        (0, "Greg Pawlak"),
        (0, "Mar 9"),
        (0, "Traffic on Center is already a nightmare at 5pm."),
        (0, "Reply"),
        (1, "The council voted 5-2 on Tuesday."),
    ]
    assert debris(comment) == ["comment widget"] * 4 + [None]
    # a story's own lines over a 'Reply' it quotes stay
    story = [(0, "Ana Ruiz"), (0, "The council voted 5-2 on Tuesday night."), (0, "Reply")]
    assert debris(story)[:2] == [None, None]


def test_a_greeting_that_ends_in_a_period_and_a_link_kept_as_its_place() -> None:
    from newsroom.checks.chrome import chrome_line

    assert chrome_line("Good morning, Eastside.")
    assert chrome_line("Read the full study here: [link]")
    assert chrome_line("Good morning, Eastside, the council met.") is None
    assert chrome_line("See the report, which the council released Tuesday.") is None


def test_a_post_and_its_signature_pasted_on_one_line() -> None:
    from newsroom.checks.chrome import debris

    post = (
        "🔗 Rep. Carla Jennings on X: We got the bill text at 9 pm and voted at 2 am. "
        "Georgians deserve better than legislating by flashlight. — Rep. Carla Jennings "
        "(@RepCarlaJ) November 20, 2026"
    )
    assert debris([(0, post), (1, "The bill passed 98-77.")]) == [
        "embedded social-media post",
        None,
    ]
    # a long paragraph of reporting that ends on a handle is no post
    reporting = " ".join(["The council voted on the plan after a long debate."] * 8)
    assert debris([(0, f"{reporting} — Ana Ruiz (@anaruiz)")]) == [None]

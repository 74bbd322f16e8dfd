"""Holes an attacker found in the sixty-sixth pass, aimed at the thirtieth round of the
checks: a social network's buttons and comments, a comment form's notes, a camera's credit
and a pencil's contributor line, an about blurb line by line, an offer's call in capitals,
'reportedly' with no one behind it and time adverbs between a speaker and the verb.

Precision holes, where a plain story is misread:
- a voter guide's subhead in its block ('About Measure B' / 'The measure would raise ...' /
  'Supporters, including the mayor, say ...') made every line of the block an 'about' blurb,
  an error that blocks the story: the round runs a blurb on line by line under any heading
  that opens with 'About', though only a blurb that names its body again or opens as one
  ('About the College' / 'The College of Home Inspectors regulates ...') is one;
- a story's subhead in capitals on a buy-now-pay-later scheme ('BUY NOW-PAY LATER: WHAT
  YOU NEED TO KNOW') was an offer's call: a hyphen that joins two words is no break after
  the call;
- an advisory's hotline kept in a typhoon story ('📞 09171234567') was a count of reactions
  under a post: a telephone's mark counts no one, and eleven digits are no count;
- a pasted advisory's list heading by a memo's mark ('📝 Requirements:', '📝 Reminders')
  named a contributor, an error: the round reads any capitalized word after the pencil as a
  name; and '✍️ By Ana Ruiz' named 'By Ana Ruiz', so a credited writer was flagged;
- 'The company reportedly cut 200 jobs, as first reported by Bloomberg.' and 'The guard
  reportedly earns $2 million a year, per Spotrac.' were vague attributions, though the
  sentence says who reports it;
- 'Prices are now said to be falling.' and 'The ship was earlier reported to be sinking.'
  named the subject as the speaker: the round lets 'now' and 'earlier' stand between a
  speaker and the verb, but hearsay in the passive took only 'also', 'widely' and 'still'.

Recall holes, near forms of the round's own that real pages print:
- a professional network's bar ('Like Comment Repost Send', 'Like · Comment · Repost')
  was no button row;
- a comment form's note as themes word it ('Required fields are marked with *', 'Your
  e-mail address will not be published.') was not read;
- a camera's credit by 'by' or a handle ('📸 by Rodel Abrenica', '📷: @jmsantos_photo') or
  by a video camera ('🎥 Rodel Abrenica') was no pasted credit.

Left open: '☎️ 911' and '📞 117' are still a site's notice, as they were before the
round (a short number alone under an icon); '📝 Municipal Disaster Risk Reduction and
Management Office' names 'Municipal Disaster Risk Reduction', a body's name cut at its
'and', as every contributor form cuts it; 'View 3 replies', '👍❤️ Ana Cruz and 2.4K
others' and hashtags with an emoji between them stay unread, forms the corpus has not
shown; 'The building, said to be unsafe, was reopened' names 'The building', a participle
set off by commas that the round did not touch; 'The club reportedly rejected a bid, BBC
Sport understands.' stays vague, as 'understands' is read as no attribution anywhere."""

from __future__ import annotations

import pytest

from newsroom.checks.chrome import CAPTION, chrome_line, debris, pasted_caption
from newsroom.checks.contributors import contributor_names
from newsroom.checks.speakers import NAMED, VAGUE
from tests.helpers import Clone, reported
from tests.helpers import speakers as _speakers

# --- an about blurb line by line


@pytest.mark.parametrize(
    "block",
    [
        [
            "About Measure B",
            "The measure would raise the sales tax by half a cent for 10 years.",
            "Supporters, including the mayor, say it would pay for road repairs.",
            "Opponents say the tax would hit poorer families hardest.",
        ],
        [
            "About Ana Ruiz",
            "Ruiz, 54, is a retired teacher who has served two terms on the council.",
            "She wants to repave Main Street and reopen the library.",
        ],
        [
            "About the Fund",
            "The fund was set up in 2019 after the floods.",
            "It has paid out $2 million to 400 families, the city said.",
        ],
    ],
)
def test_a_subhead_s_block_is_no_blurb_past_its_first_line(block: list[str]) -> None:
    """The heading and the line under it were read as a blurb before the round (a hole of
    their own); the lines after them are the story's."""
    found = debris([(0, "Voters choose a new mayor on Tuesday."), *[(1, x) for x in block]])
    assert found[3:] == [None] * (len(block) - 2)


def test_a_blurb_that_names_its_body_still_runs_on_line_by_line() -> None:
    found = debris(
        [
            (0, "The tribunal suspended his licence."),
            (1, "About Harbor Relief"),
            (1, "Harbor Relief is a nonprofit founded by fishermen in 1998."),
            (1, "It runs two food banks and a boatyard."),
        ]
    )
    assert found[0] is None and None not in found[1:]


# --- an offer's call in capitals


def test_buy_now_pay_later_in_capitals_is_no_offer_s_call() -> None:
    assert chrome_line("BUY NOW-PAY LATER: WHAT YOU NEED TO KNOW") is None


# --- a hotline kept in a story


@pytest.mark.parametrize("line", ["📞 09171234567", "📱 09281234567", "📱 0917 123 4567"])
def test_a_hotline_by_its_telephone_is_no_count_of_reactions(line: str) -> None:
    assert debris([(0, "For rescue, call the town's hotlines:"), (0, line)]) == [None, None]


def test_a_reactions_count_by_its_emoji_is_still_chrome() -> None:
    assert chrome_line("👍❤️😢 2.4K") is not None
    assert chrome_line("❤️ 1,234") is not None


# --- a pencil's contributor line


@pytest.mark.parametrize(
    "line",
    ["📝 Requirements:", "📝 REQUIREMENTS", "📝 Reminders", "📝 Venue: Barangay Hall"],
)
def test_a_list_heading_by_a_memo_mark_names_no_one(line: str) -> None:
    assert contributor_names(line) == []


@pytest.mark.parametrize("line", ["✍️ By Ana Ruiz", "📝 Written by Ana Ruiz", "📝 Text: Ana Ruiz"])
def test_a_pencil_s_credit_with_a_label_names_the_person(line: str) -> None:
    assert contributor_names(line) == ["Ana Ruiz"]


def test_an_advisory_s_list_under_a_memo_mark_is_no_contributor_line(room: Clone) -> None:
    post = (
        "The town opened its scholarship drive on Monday.\n📝 Requirements:\n"
        "- PSA birth certificate\n- Certificate of residency\n#ScholarshipPH #Iskolar"
    )
    assert reported(room, post, "credits.contributor-line-uncredited") == []


# --- 'reportedly' with its reporter named


@pytest.mark.parametrize(
    "sentence",
    [
        "The company reportedly cut 200 jobs, as first reported by Bloomberg.",
        "The company reportedly cut 200 jobs, as reported by Reuters.",
        "The guard reportedly earns $2 million a year, per Spotrac.",
        "Per ESPN, the guard has reportedly agreed a two-year extension.",
    ],
)
def test_reportedly_with_its_reporter_named_is_not_vague(sentence: str) -> None:
    assert VAGUE not in [kind for kind, _ in _speakers(sentence)]


def test_reportedly_alone_stays_vague() -> None:
    assert _speakers("The minister has reportedly resigned, per his Facebook post.") == [
        (VAGUE, "reportedly")
    ]


# --- hearsay in the passive with a time adverb


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices are now said to be falling.",
        "The ship was earlier reported to be sinking.",
        "The striker is now reported to be close to a deal.",
        "The minister was initially thought to have resigned.",
    ],
)
def test_hearsay_with_a_time_adverb_names_no_speaker(sentence: str) -> None:
    assert NAMED not in [kind for kind, _ in _speakers(sentence)]


# --- recall: a professional network's bar, a comment form's notes, a camera's credit


@pytest.mark.parametrize(
    "line",
    [
        "Like Comment Repost Send",
        "Like · Comment · Repost",
        "Required fields are marked with *",
        "Your e-mail address will not be published.",
        "Your email address will not be published. Required fields are marked with *",
    ],
)
def test_near_forms_of_the_round_s_buttons_and_notes_are_chrome(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    ["📸 by Rodel Abrenica", "📷: @jmsantos_photo", "🎥 Rodel Abrenica", "📹 Ana Ruiz, PIO"],
)
def test_a_camera_s_credit_by_by_a_handle_or_a_video_camera_is_a_pasted_credit(
    line: str,
) -> None:
    assert pasted_caption(line)
    assert debris([(0, line)]) == [CAPTION]


@pytest.mark.parametrize(
    "line", ["Like a repost, the bill came back.", "🎥 Video of the crash is below."]
)
def test_story_lines_near_those_forms_are_not_chrome(line: str) -> None:
    assert debris([(0, line)]) == [None]

"""The tenth round: forms of attribution and pasted web debris that the ninth held-out part
showed (a podcast's show notes, a chamber of commerce's member news, a newsletter's
comments), as general rules, on sentences written for them."""

from __future__ import annotations

from newsroom.checks import chrome
from newsroom.checks.chrome import chrome_line, pasted_caption
from newsroom.checks.speakers import NAMED, VAGUE
from newsroom.checks.statements import analyze


def _kinds(text: str) -> list[str]:
    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def _unattributed(text: str) -> int:
    return sum(len(s.unattributed_quotes) for s in analyze(text).sentences)


def test_a_speaker_after_a_quotation_with_a_verb_of_manner() -> None:
    assert _kinds('"Ask me in a month," he laughed.') == [NAMED]
    assert _kinds('"I have never heard it like that," Castellanos beamed, still in pads.') == [
        NAMED
    ]
    assert _kinds('"It is over," she continued.') == [NAMED]
    assert _unattributed('"Ask me in a month," he laughed.') == 0
    # with no quotation, laughing is not speaking
    assert _kinds("The crowd laughed at the idea.") == []


def test_a_group_mostly_upbeat_and_hyphenated_groups() -> None:
    assert _kinds("Analysts were mostly upbeat.") == [VAGUE]
    assert _kinds("Some bird-watchers say they have noticed early arrivals.") == [VAGUE]


def test_a_podcast_page_chapters_episodes_and_sponsor() -> None:
    for line in (
        "Listen on Apple Podcasts | Spotify | Overcast | RSS",
        "In this episode:",
        "00:00 Cold open at the spillway",
        "04:12 A 1987 letter and a missing signature",
        "This episode is supported by Riverbend Outfitters.",
        "Use code TAILWATER for 15% off your next order.",
        "Music by Blue Dot Loops.",
        "More episodes",
        "Episode 46: The Beavers Are Back (Sort Of)",
    ):
        assert chrome_line(line), line
    # a live blog's time stamp and a timeline's sentence are the story's
    assert chrome_line("2:41 PM") is None
    assert chrome_line("10:30 Police arrived at the scene.") is None


def test_member_pages_events_and_comment_threads() -> None:
    for line in (
        "Not a member yet? Join the Harlan Falls Area Chamber and connect with 600+ businesses.",
        "Upcoming Events",
        "View all events",
        "Thank you to our Platinum Investors",
        "Marge T. says: Wonderful news!",
        "Cookie Settings | Accept All",
        "48 Likes ∙ 6 Restacks",
        "Discussion about this post",
        "Reply",
        "Ready for more?",
    ):
        assert chrome_line(line), line
    assert chrome_line("Thank you to our readers, the mayor said.") is None
    assert chrome_line("Marge says the mill will reopen.") is None


def test_a_credit_on_a_line_of_its_own() -> None:
    assert pasted_caption("Maya Cortland/Tailwater")
    assert pasted_caption("(Lakeshore Press)")
    assert pasted_caption("Rendering: Brennan & Vogt Development")
    assert not pasted_caption("The 24/7 center opened.")
    assert not pasted_caption("He and/or she went.")
    assert chrome.CREDIT_ALONE.match("Revenue/Expenses") is None

"""Web-page debris in a pasted body, read line by line and block by block."""

from __future__ import annotations

import pytest

from newsroom.checks import chrome
from newsroom.checks.chrome import chrome_line, debris


def _read(body: str, captions: tuple[str, ...] = ()) -> list[tuple[str | None, str]]:
    """(kind, line) of each non-blank line of `body`, paragraphs split at blank lines."""
    lines = [(n, line) for n, para in enumerate(body.split("\n\n")) for line in para.split("\n")]
    return [(k, t) for (_, t), k in zip(lines, debris(lines, captions), strict=True) if t.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Harbor Town Opens Its New Library",
        "RELATED: Ferry Fares Rise Again",
        "Connect with us",
        "Follow us: Instagram | TikTok | YouTube",
        "Facebook · Instagram · LinkedIn",
        "Share: Facebook | X | Email",
        "Search our archive.",
        "Looking for an older article?",
        "Got a news tip?",
        "Media contact: Ben Low, 555-0100",
        "Sign up for breaking news alerts",
        "Get the week's best stories delivered to your inbox.",
        "Type your email...",
        "Forwarded this newsletter?",
        "You are receiving this email because you signed up at our site.",
        "Unsubscribe | Manage your subscription",
        "Privacy Policy | Terms of Service | Contact Us",
        "Presented by Harbor Savings Bank",
        "Powered by Quillpress",
        "March 3, 2026 · 6 min read",
        "17 Likes",
        "Report a correction",
        "Watch the full video above.",
        "The Harbor Herald — Serving the Bay Since 1911",
        "The Bay Letter is an independent, reader-funded newsletter about the harbor.",
        "Harbor Weekly is published by the Harbor Business Alliance.",
        "Share this:",
        "Tags: ferries, storms, Harbor Town",
        "Already a subscriber? Log in",
        "Support local journalism",
        "Continue reading",
        "This article originally appeared in The Bay Letter.",
        "Do Not Sell My Personal Information",
        "Page 2 of 3",
        "Forward this email to a friend",
        "Was this forwarded to you? Sign up here.",
        "The Bay Letter, PO Box 12, Harbor, ME 04000",
        "For more information about the ferry program, visit [link].",
        "###",
        "[ED: check the spelling of Ruiz]",
        "[PHOTO 2: The pier at dawn after the storm passed through the harbor on Monday night]",
        "Click to share on Reddit (Opens in new window)",
        "Share The Harbor Letter",
        "Get the Evening Edition",
        "Start your morning with the news you need, in your inbox by 6 a.m.",
        "FOR IMMEDIATE RELEASE",
        "Follow Harbor Health on Facebook and LinkedIn.",
        "This email was sent to desk@harbor.example.",
        "To stop receiving releases from Harbor Health, unsubscribe here.",
        "Thanks for reading The Harbor Letter!",
        "Subscribe for free to get new posts.",
    ],
)
def test_debris_line(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The council voted 5-2 on Tuesday to approve the seawall.",
        "Read the full ruling, she said, and you will see the problem.",
        "The mayor said residents should follow the rules.",
        "Harbor Savings Bank is a member-owned lender founded in 1911.",
        "About 120 employees were evacuated.",
        "Search crews found the boat on Sunday.",
        "The letters went to P.O. Box 44 in Dover.",
        "For more information, residents were told to visit the town hall.",
        "The page of the ruling [cited above] was missing.",
        "Share prices fell 4 percent on Monday.",
        "Get the facts before you vote, officials urged.",
        "Followers of the case on Facebook called it a scandal.",
        "UP NEXT",  # the section that ends an AP game story, not a teaser heading
    ],
)
def test_reporting_is_no_debris(line: str) -> None:
    assert chrome_line(line) is None
    assert _read(line) == [(None, line)]


def test_embedded_post_is_debris_text_and_signature() -> None:
    body = (
        "The ferry stopped running at noon.\n\n"
        "Docks are closed until further notice. Stay safe, everyone! #HarborStorm\n"
        "— Harbor Ferries (@HarborFerries) May 4, 2026\n\n"
        "View this post on Instagram\nWaves over the pier this morning.\n"
        "A post shared by Pier Cam (@piercam)\n\n"
        "Best night of the year pic.twitter.com/AbC123"
    )
    kinds = _read(body)
    assert kinds[0][0] is None
    assert all(k == chrome.SOCIAL for k, _ in kinds[1:])


def test_blurb_under_about_heading_is_debris_but_not_the_next_paragraph() -> None:
    body = (
        "About Harbor State College\n"
        "Founded in 1890, the college serves 9,000 students.\n\n"
        "The college did not say when it would reopen."
    )
    assert [k for k, _ in _read(body)] == [chrome.ABOUT, chrome.ABOUT, None]


def test_teasers_under_a_heading_until_running_text() -> None:
    body = (
        "You might also like\nTen Ferries Worth Riding\nPhotos: Storm Damage On The Pier\n"
        "Is The Bridge Safe? We Asked An Engineer\n\n"
        "Officials said the pier would reopen in June."
    )
    kinds = [k for k, _ in _read(body)]
    assert kinds == [chrome.RELATED] * 4 + [None]


def test_ad_copy_under_an_ad_marker() -> None:
    body = "Advertisement\nHarbor Savings — Loans for every boat\n\nThe ferry resumed service."
    assert [k for k, _ in _read(body)] == [chrome.AD, chrome.AD, None]
    body = "Advertisement\nPresented by Harbor Bank\nLoans from 4%. Apply at hb.example.\n\nIt ran."
    assert [k for k, _ in _read(body)] == [chrome.AD] * 3 + [None]


def test_a_press_contact_under_its_heading() -> None:
    body = "Media Contact:\nJo Ray, Harbor Ferries\npress@harbor.example | 555-0100\n\nIt ran."
    assert [k for k, _ in _read(body)] == [chrome.CONTACT] * 3 + [None]


@pytest.mark.parametrize(
    "line",
    [
        "A ferry leaves the dock in 2019. (Jane Roe/The Harbor Herald)",
        "Crowds line the pier on Sunday. (Reuters)",
        "Waves break over the seawall on Monday. Photo via Instagram",
        "Main image credit: Harbor State College",
        "(Image credit: Harbor Ferries)",
        "AP Photo/Jane Roe",
    ],
)
def test_inline_image_credits_are_pasted_captions(line: str) -> None:
    assert _read(line) == [(chrome.CAPTION, line)]


def test_a_line_repeating_an_image_caption_is_a_pasted_caption() -> None:
    caption = "Crews repair the pier after the storm on Monday."
    body = f"{caption}\n\nThe pier reopened on Friday."
    assert [k for k, _ in _read(body, (caption,))] == [chrome.CAPTION, None]


def test_debris_is_never_read_as_reporting() -> None:
    """A superlative or an attribution in an embedded post or a teaser is no checkable
    statement and no source: the fact-check and attribution checks do not see it."""
    from tests.checks.test_view import view

    v = view(
        "The ferry stopped at noon, the port said.\n\n"
        "Biggest storm ever, critics say! #HarborStorm\n"
        "— Pier Cam (@piercam) May 4, 2026\n\n"
        "Read more: The Oldest Ferry In The State Retires\n"
    )
    texts = [s.sentence.text for s in v.sentences]
    assert texts == ["The ferry stopped at noon, the port said."]
    assert [d[3] for d in v.debris] == [chrome.SOCIAL, chrome.SOCIAL, chrome.READ_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing story.",
        "This is a breaking news story. Check back for updates.",
        "Check back later for updates.",
        "Download the free Harbor 5 Weather app for storm alerts.",
        "View this email in your browser",
        "View this post on the web at harborletter.example/p/ferry-fares",
        "You're currently a free subscriber to The Harbor Letter.",
        "Upgrade to paid to get the Friday members-only edition.",
        "Sponsored by Harbor Savings Bank — Banking for the bay. Learn more at hsb.example",
    ],
)
def test_more_debris_lines(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing neighborhood, the planner said.",
        "Check back with the clerk's office before you file.",
        "Download speeds doubled after the upgrade, the co-op said.",
        "Upgrade work on the pier will start in May.",
        "Sponsored by two freshmen, the bill passed 5-2. It goes to the governor next.",
        "You're currently allowed two bags on the ferry.",
    ],
)
def test_reporting_like_those_lines_is_no_debris(line: str) -> None:
    assert chrome_line(line) is None


def test_embedded_post_whose_signature_stands_in_its_own_paragraph() -> None:
    body = (
        "The ferry stopped running at noon.\n\n"
        "Docks closed until further notice. Stay safe, everyone! #HarborStorm\n\n"
        "— Harbor Ferries (@HarborFerries) May 4, 2026\n\n"
        "The port reopened on Tuesday."
    )
    assert [k for k, _ in _read(body)] == [None, chrome.SOCIAL, chrome.SOCIAL, None]


def test_a_long_paragraph_above_a_signature_is_running_text() -> None:
    prose = " ".join(["The ferry line has run between the islands for a century."] * 6)
    body = f"{prose}\n\n— Harbor Ferries (@HarborFerries) May 4, 2026"
    assert [k for k, _ in _read(body)] == [None, chrome.SOCIAL]


def test_a_press_release_contact_and_its_forward_looking_notice_in_paragraphs() -> None:
    body = (
        "Forward-Looking Statements\n\n"
        "This release contains forward-looking statements. Results may differ.\n\n"
        "Media Contact:\n\nJo Ray\n\nHead of Communications, Harbor Ferries\n\n"
        "press@harbor.example | 555-0100"
    )
    assert [k for k, _ in _read(body)] == [chrome.LEGAL] * 2 + [chrome.CONTACT] * 4


def test_running_text_after_a_contact_heading_is_reporting() -> None:
    body = (
        "Media contact: Jo Ray, 555-0100\n\n"
        "The ferry line, which has run between the islands since 1911, will add a boat."
    )
    assert [k for k, _ in _read(body)] == [chrome.CONTACT, None]


def test_an_about_heading_after_a_contact_opens_its_blurb() -> None:
    body = (
        "Media contact: Jo Ray, 555-0100\n\nAbout Harbor Ferries\n"
        "Founded in 1911, Harbor Ferries runs six boats between the islands."
    )
    assert [k for k, _ in _read(body)] == [chrome.CONTACT, chrome.ABOUT, chrome.ABOUT]


def test_a_press_release_end_mark_that_markdown_reads_as_a_heading() -> None:
    from tests.checks.test_view import view

    v = view("The plant opens in May.\n\nMedia Contact:\n\nJo Ray\n\n###\n")
    assert [d[2] for d in v.debris] == ["Media Contact:", "Jo Ray", "###"]
    assert [s.sentence.text for s in v.sentences] == ["The plant opens in May."]


@pytest.mark.parametrize(
    "line",
    [
        "About the Harbor Letter: The Harbor Letter covers the islands and their ferries.",
        "About Bay Weekly: an independent newsletter about the harbor since 2015.",
        "[ Email address ] [ Subscribe ]",
        "[Your email]",
    ],
)
def test_an_about_line_with_its_blurb_and_a_sign_up_form(line: str) -> None:
    assert chrome_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "About 120 residents: most of them renters, the survey found.",
        "[Inaudible] the mayor said, and left.",
    ],
)
def test_lines_like_an_about_blurb_or_a_form_that_are_reporting(line: str) -> None:
    assert chrome_line(line) is None

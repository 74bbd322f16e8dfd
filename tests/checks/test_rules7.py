"""The seventh round: forms of attribution, checkable statements and pasted web debris that
the sixth held-out part showed, as general rules, on sentences written for them."""

from __future__ import annotations

from newsroom.checks import chrome
from newsroom.checks.chrome import chrome_line, debris


def test_a_media_player_line_is_debris() -> None:
    assert chrome_line("Listen • 4:12")
    assert chrome_line("Listen 12:40")
    assert chrome_line("Play (2:31)")
    assert chrome_line("Watch now 1:05:22")
    assert not chrome_line("Listen to the voters.")


def test_an_underwriting_credit_is_a_sponsor_message() -> None:
    assert (
        chrome_line(
            "Support for KXRT comes from listeners like you and from the Dunmore Family Foundation."
        )
        == chrome.SPONSOR
    )
    assert chrome_line("Support for this coverage is provided by the Harlan Trust.")
    # who backs a measure is reporting
    assert chrome_line("Support for the levy came from older voters.") is None
    assert chrome_line("Support for the measure comes from both parties, polls show.") is None


def test_a_free_subscription_pitch_with_a_reason() -> None:
    assert chrome_line("Subscribe to The Ledger — it's free, and it keeps this site alive.")
    assert chrome_line("Subscribe to Porch Notes - it’s free.")
    assert chrome_line("Subscribers to the paper said it was free.") is None


def test_keep_reading_heads_teasers() -> None:
    lines = [(0, "Keep reading"), (1, "Who is running for the open seat?"), (2, "The pier")]
    assert debris(lines) == [chrome.RELATED, chrome.RELATED, chrome.RELATED]


def test_a_contact_line_with_a_phone_number_and_an_email_address() -> None:
    assert chrome_line("Dana Roe, Office of Communications, 555-201-0142, droe@example.edu")
    assert chrome_line("Media: Tom Ng | 312.555.0199 | tom.ng@example.org")
    # a sentence of service copy is reporting
    assert chrome_line("Call 555-201-0142 or write to help@example.gov.") is None


def test_a_contact_run_together_with_its_heading_has_a_finding_per_piece() -> None:
    line = "MEDIA CONTACT Dana Roe, Office of Communications, 555-201-0142, droe@example.edu"
    assert chrome_line(line) == chrome.CONTACT
    assert len(chrome.widget_starts(line)) == 2


def test_an_about_heading_run_into_its_blurb() -> None:
    line = (
        "About Harlan Valley College Founded in 1901, Harlan Valley is a public college "
        "serving 9,000 students."
    )
    assert chrome_line(line) == chrome.ABOUT
    assert chrome_line("About Acme Tools Acme Tools is a maker of hand tools based in Ohio.")
    # a sentence that begins with 'About' is reporting
    assert chrome_line("About 300 people attended, the fire marshal said.") is None
    assert chrome_line("About Main Street, shop owners said little had changed.") is None


def test_a_related_heading_run_into_its_teasers() -> None:
    line = "Related news Chemists win grant for filter research Enrollment reaches record high"
    assert chrome_line(line) == chrome.RELATED
    assert chrome_line("More stories Council delays vote Pool reopens Friday")
    assert chrome_line("Related coverage of the trial is on Page 4.") is None


def test_a_wire_note_to_editors() -> None:
    assert chrome_line("Eds: UPDATES with sheriff's comments, details on injured workers.")
    assert chrome_line("EDS: RECASTS lede; ADDS byline.")
    assert chrome_line("Eds said the plan would work.") is None


def test_teasers_run_together_may_ask_questions_and_run_long() -> None:
    line = (
        "Keep reading Who's running for the open District 4 seat? The port lease nobody "
        "is talking about"
    )
    assert chrome_line(line) == chrome.RELATED
    # a 'Read more:' link is one link, and the line under it is not a teaser
    lines = [(0, "Read more: Why every county wants a data center"), (1, "So what is in it?")]
    assert debris(lines) == [chrome.READ_MORE, None]


def _kinds(text: str) -> list[str]:
    from newsroom.checks.statements import analyze

    return [a.kind for s in analyze(text).sentences for a in s.attributions]


def _body_kinds(paragraphs: list[str]) -> list[list[str]]:
    from newsroom.checks.statements import analyze_body

    return [
        [a.kind for s in facts.sentences for a in s.attributions]
        for facts in analyze_body(paragraphs)
    ]


def test_calls_not_returned_are_no_attribution() -> None:
    assert _kinds("A spokesman for the county did not return calls seeking comment Friday.") == []
    assert _kinds("The agency would not answer emails about the audit.") == []
    assert _kinds("Ruiz calls the plan a giveaway.") == ["named"]


def test_places_joined_after_a_preposition_are_not_the_speaker() -> None:
    from newsroom.checks.speakers import ANONYMOUS

    assert _kinds(
        "School officials in Dayton and Toledo said attendance had fallen since March."
    ) == [ANONYMOUS]
    assert _kinds("Farmers in Iowa and Nebraska said the rain came too late.") == ["vague"]


def test_she_after_a_person_named_since_the_source_not_named_is_that_person() -> None:
    from newsroom.checks.speakers import ANONYMOUS, NAMED

    assert _body_kinds(
        [
            "Two aides who were not authorized to speak publicly said the vote would slip.",
            "Rep. Dana Whitcomb, D-Ore., backed the subpoenas. She said veterans had waited "
            "long enough.",
        ]
    ) == [[ANONYMOUS], [NAMED]]
    # with no one named in between, 'she' is still the source not named
    assert _body_kinds(
        [
            "A nurse, who spoke on condition of anonymity, said the ward was short of staff.",
            "She said the night shift had two nurses for 30 patients.",
        ]
    ) == [[ANONYMOUS], [ANONYMOUS]]


def test_page_furniture_of_podcast_obituary_and_cms_pages() -> None:
    for line in (
        "▶ Play episode",
        "00:00 / 28:14",
        "Subscribe: Apple Podcasts | Spotify | RSS",
        "Read the full transcript",
        "Home  National  Climate  Business  Sport",
        "Table of Contents",
        "Printer-friendly version",
        "You are here",
        "Submitted by webeditor on Tue, 12/01/2026 - 05:30",
        "Have your say",
        "Sign the guest book",
        "Send flowers",
        "Share a memory",
        "Guest book entries (14)",
        "Follow St. Agnes: Facebook | Instagram | LinkedIn",
    ):
        assert chrome_line(line), line
    for line in (
        "Home Prices Rise Again In Denver",
        "Home sales fell 4% in October, the association said.",
        "She was submitted by her coach on Tuesday.",
        "Contents of the safe were never found.",
        "Follow the money: that was the auditor's advice.",
    ):
        assert chrome_line(line) is None, line


def test_long_read_more_links_app_prompts_and_brief_sign_ups() -> None:
    assert (
        chrome_line(
            "Read more: Kansas has lost a third of its rural labor and delivery units since 2010."
        )
        == chrome.READ_MORE
    )
    assert chrome_line(
        "Download the Valley 9 News app to get push alerts on the fire and other breaking news."
    )
    assert chrome_line(
        "Sign up for the Morning Brief: the day's biggest business stories in your inbox by 7."
    )
    assert chrome_line("Republish this story")
    assert chrome_line("Listen to this article · 5 min")
    assert (
        chrome_line("Download speeds in the county doubled after the upgrade, the co-op said.")
        is None
    )


def test_more_contributor_line_forms() -> None:
    from newsroom.checks.contributors import contributor_names

    assert contributor_names("Data reporter Sam Iwu contributed to this analysis.") == ["Sam Iwu"]
    assert contributor_names("Stats compiled by Jake Moreno.") == ["Jake Moreno"]
    assert contributor_names("Figures compiled by the county clerk.") == []


def test_groups_that_noticed_or_are_convinced() -> None:
    from newsroom.checks.speakers import VAGUE

    assert _kinds("Residents have noticed the change.") == [VAGUE]
    assert _kinds("Not everyone is convinced the plan will work.") == [VAGUE]
    assert _kinds("The inspector noticed a crack in the beam.") == []
    # 'notice' is a noun as often as a verb: only 'noticed' is read
    assert _kinds("The law requires employers to give 60 days' notice before a layoff.") == []


def test_furniture_of_uk_indian_health_and_financial_pages_and_an_email() -> None:
    for line in (
        "Home India Cities Business Opinion Sports Entertainment Explained Premium",
        "News / Cities / Pune",
        "Also Read | Roads waterlogged again; commuters stuck for three hours",
        "Video Loading",
        "Tap to play",
        "The video will auto-play soon8Cancel",
        "Join the Evening Post WhatsApp community for the latest news sent to your phone",
        "Do you have a story to share? Email us at desk@example.com",
        "Follow Ashworth Evening Post",
        "Comments are subject to our community guidelines, which can be viewed here.",
        "Privacy Notice | Cookie Notice | Manage cookie preferences | Terms & Conditions",
        "Thanks for your feedback!",
        "The information on this site is not intended to be a substitute for medical advice.",
        "Sent from my iPhone",
        "2 attachments",
        "4.1 MB",
        "To contact the reporters on this story:",
        "(Adds analyst comment in sixth paragraph.)",
        "Sensex 81,204.55 ▲ 312.40 Nifty 24,611.20 ▼ 96.15 Gold ₹76,480",
        "Text size: A- A+",
    ):
        assert chrome_line(line), line
    for line in (
        "Home Prices Rise Again in Denver as Rates Fall",
        "Follow the money.",
        "(Adds up to 12 percent of the bill.)",
        "Join the committee for a tour of the plant.",
    ):
        assert chrome_line(line) is None, line


def test_indian_and_health_publisher_contributor_lines() -> None:
    from newsroom.checks.contributors import contributor_names

    assert contributor_names("With inputs from Rohit Pawar") == ["Rohit Pawar"]
    assert contributor_names("With inputs from agencies") == []
    assert contributor_names("Medically reviewed by Priya Raman, MD") == ["Priya Raman"]
    assert contributor_names("Fact checked by Olu Adebayo") == ["Olu Adebayo"]

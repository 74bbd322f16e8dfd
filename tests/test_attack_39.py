# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the thirty-ninth pass, aimed at the twenty commits of the
twenty-first filing round: copy-desk marks taken out inside paragraphs, an
interview transcript's speaker lines, a chat export's later paragraph, a hold in capitals,
an HTML callout in Markdown, a hard-wrapped text read so though a line in eight runs past the
width, a '(... not for publication)' mark and a transcript's heading. Each hole is a plain
story misread: a real paragraph lost or mangled, or talk to the desk printed as the story.
Each test failed first, for the reason it names; each is fixed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft as _read

BYLINE = "By Ana Ruiz"


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, BYLINE, *paragraphs)) + "\n"


# --- a copy desk's marks taken out inside a paragraph


def test_a_placeholder_a_story_quotes_from_a_leaked_draft_stays(tmp_path: Path) -> None:
    lede = (
        "HARBOR POINT, Wash. — A draft news release obtained by the Record still contained "
        "the placeholder [TODO: insert quote from mayor], showing the statement was written "
        "before the vote."
    )
    text = _story(
        "Leaked draft shows council scripted its response",
        lede,
        "The council's spokesperson said the draft was a routine template.",
        "The final release was sent Tuesday.",
    )
    draft = _read(tmp_path, "draft.txt", text)
    assert draft.paragraphs[0] == lede


def test_an_acronym_cq_in_brackets_is_no_copy_desk_mark(tmp_path: Path) -> None:
    lede = (
        "WASHINGTON — Congressional Quarterly (CQ) rated the senator the most bipartisan "
        "member of the delegation last year."
    )
    text = _story(
        "Senator's votes tracked by trade press",
        lede,
        "Her office said the ranking reflected years of work.",
        "She faces re-election in 2028.",
    )
    draft = _read(tmp_path, "senator.txt", text)
    assert draft.paragraphs[0] == lede


# --- an interview transcript's speaker lines ('Name  0:03')


def test_a_race_s_results_are_no_interview_transcript(tmp_path: Path) -> None:
    text = _story(
        "Harbor 5K draws record field",
        "HARBOR POINT, Wash. — A record 412 runners finished Saturday's Harbor 5K, the race's organizers said.",
        "Olsen, a Harbor Point High senior, led from the first turn and won by 23 seconds.",
        "Women's results",
        "Mara Olsen 17:42",
        "Dana Pike 18:05",
        "Li Wei 18:30",
        "The race raised $14,000 for the food bank, organizers said.",
    )
    draft = _read(tmp_path, "5k.txt", text)
    assert "Mara Olsen 17:42" in draft.paragraphs
    assert "Li Wei 18:30" in draft.paragraphs


def test_an_event_schedule_s_times_and_sentences_are_the_story(tmp_path: Path) -> None:
    text = _story(
        "Fireworks return to the waterfront",
        "HARBOR POINT, Wash. — The Fourth of July fireworks return to the waterfront this year after a three-year pause, the city said.",
        "Saturday's schedule:",
        "Gates open 5:30\nThe Harbor Band plays on the pier from six, and food trucks line Front Street.",
        "Parade steps off 7:15\nThe parade runs from the library to the ferry dock.",
        "Fireworks begin 9:45\nThe show lasts about 20 minutes, the city said.",
        "Parking is free after 5 p.m.",
    )
    draft = _read(tmp_path, "fireworks.txt", text)
    body = "\n".join(draft.paragraphs)
    assert "The parade runs from the library to the ferry dock." in body
    assert "The show lasts about 20 minutes, the city said." in body


# --- a chat's export: a paragraph the writer sends after the story


LINE_EXPORT = (
    "[LINE] Chat history with Ana\n"
    "Saved on: 12/2/2026, 10:21\n"
    "\n"
    "Mon, 11/30/2026\n"
    "08:55\tLee P.\tHi Ana, still ok for the dock piece for Sunday?\n"
    "08:57\tAna\tyes, sending in a minute\n"
    '09:02\tAna\t"Headline: Ferry dock repairs run months past the deadline\n'
    "By Ana Ruiz\n"
    "\n"
    "HARBOR POINT, Wash. — The county closed the ferry dock in May for what it called a six-week repair, and it is still closed.\n"
    "\n"
    "Crews found rot in the 1950s pilings in June, the county's engineer said.\n"
    "\n"
    "Riders will take the water taxi until the dock reopens in March, a spokesperson said.\n"
    'END"\n'
    "09:03\tAna\tabout 400 words\n"
    "09:31\tLee P.\tGreat, thanks! Reading now\n"
    "09:48\tLee P.\tIs the March date firm?\n"
)


def test_the_writer_s_long_reply_to_the_editor_is_talk(tmp_path: Path) -> None:
    reply = (
        "09:52\tAna\tBetter hold off on saying the March date is firm until the engineer "
        "confirms it in writing, which she promised to do by tomorrow morning at the latest.\n"
    )
    draft = _read(tmp_path, "dock.txt", LINE_EXPORT + reply)
    assert draft.paragraphs[-1] == (
        "Riders will take the water taxi until the dock reopens in March, a spokesperson said."
    )


def test_a_later_paragraph_opening_with_a_is_the_story_s(tmp_path: Path) -> None:
    later = (
        "A county spokesperson said Wednesday that the repair will cost at least $2 million, "
        "and that the council will decide next week who pays for it."
    )
    draft = _read(tmp_path, "dock.txt", LINE_EXPORT + f"09:52\tAna\t{later}\n")
    assert draft.paragraphs[-1] == later


# --- a hold in capitals


def test_a_sign_quoted_in_capitals_is_no_hold(tmp_path: Path) -> None:
    sign = (
        "DO NOT USE TAP WATER, read the signs taped to every fountain at Harbor Point High, "
        "which came down Tuesday afternoon."
    )
    text = _story(
        "Boil-water order lifted after three weeks",
        "HARBOR POINT, Wash. — The county lifted its boil-water order Tuesday, three weeks after E. coli was found in the town's water.",
        sign,
        "The county said the source of the contamination was a cracked main on Front Street.",
    )
    draft = _read(tmp_path, "water.txt", text)
    assert sign in draft.paragraphs


# --- a '(... not for publication)' mark and a transcript's heading


def test_a_sentence_about_a_document_marked_not_for_publication_stays(tmp_path: Path) -> None:
    found = (
        "A county draft budget (stamped confidential and not for publication) shows the gap "
        'in a line labeled "detention services," the Record found.'
    )
    text = _story(
        "Jail budget gap far larger than county admitted",
        "HARBOR POINT, Wash. — The county's jail will run $4 million short next year, twice what commissioners have said in public, a draft budget shows.",
        found,
        "County Administrator Joan Pryor said the draft was out of date.",
        "Commissioners will vote on the budget Dec. 15.",
    )
    draft = _read(tmp_path, "jail.txt", text)
    assert found in draft.paragraphs


def test_a_printed_transcript_s_crosshead_stays(tmp_path: Path) -> None:
    text = _story(
        "Dispatcher praised for calm on 911 call",
        "HARBOR POINT, Wash. — A county dispatcher talked a 12-year-old through CPR on her grandfather last week, and the county released the call Tuesday.",
        "Transcript (edited for length)",
        "Dispatcher: 911, what is the address of your emergency?",
        "Caller: My grandpa fell down and he isn't breathing.",
        "The grandfather, 71, is recovering at Harbor General, his family said.",
    )
    draft = _read(tmp_path, "call.txt", text)
    assert draft.paragraphs[1:3] == (
        "Transcript (edited for length)",
        "Dispatcher: 911, what is the address of your emergency?",
    )


# --- an HTML callout in Markdown


def test_a_correction_in_an_alert_box_is_published(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Council delays vote on ferry levy\nauthor: Ana Ruiz\n---\n\n"
        '<div class="alert alert-warning">Correction: An earlier version of this story misstated '
        "the levy's rate. It is 12 cents per $1,000 of assessed value, not 21 cents.</div>\n\n"
        "HARBOR POINT, Wash. — The county council on Tuesday delayed its vote on a ferry levy until January.\n\n"
        "The levy would raise about $3 million a year for new boats, the council said.\n\n"
        "The council meets again Jan. 6.\n"
    )
    draft = _read(tmp_path, "levy.md", text)
    assert any(p.startswith("Correction: An earlier version") for p in draft.paragraphs)


# --- a text read as hard-wrapped though a line in eight runs past the width


def test_a_listing_a_paragraph_a_line_with_one_long_paragraph_is_not_rewrapped(
    tmp_path: Path,
) -> None:
    lines = [
        "Holiday events around Harbor Point this weekend",
        BYLINE,
        "HARBOR POINT, Wash. — The town's holiday season opens this weekend with four free events.",
        "The tree lighting returns to Front Street Park after two years at the ferry terminal.",
        "Tree lighting",
        "Friday, 6 p.m., Front Street Park, with carols from the Harbor Point High choir",
        "Craft fair",
        "Saturday and Sunday, 10 a.m. to 4 p.m., Grange Hall on Vashon Point Road, 60 vendors",
        "Lighted boat parade",
        "Saturday, 5:30 p.m., from the marina to the ferry dock, best seen from Beach Drive",
        "The parade was canceled last year for high winds, and organizers said this year they would decide by noon Saturday whether it goes ahead, posting the decision on the marina's website.",
        "Santa at the library",
        "Sunday, 1 p.m. to 3 p.m., Harbor Point Library, bring your own camera for photos",
    ]
    draft = _read(tmp_path, "events.txt", "\n".join(lines) + "\n")
    assert draft.paragraphs == tuple(lines[2:])

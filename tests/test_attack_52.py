# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the fifty-second pass, aimed at the twenty-ninth filing round:
the end mark under a manuscript ('# # #' set as a section break), a Ruby site's ERB tags (a
desk note left open, a related story's component), a summary box's heading over the story's
own paragraphs, the note offering a story to outlets, a blog's thanks, a partner's byline of
linked writers, a feed reader's saved article, a chat export's story sent in parts and a Word
file's Title paragraph. Each hole is a plain story misread: the story's paragraphs lost as
chrome or swallowed with a note, a link read as a picture, a volunteer credited as the
story's contributor, a writer lost from the byline, a word to the desk left in the story, or
the headline replaced by a series label. Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read

LEDE = "PINEDALE — The county commission voted 4-1 on Tuesday to close the Sage Creek jail by the end of next year, ending a decade of debate over its cost."
SECOND = "The jail has held an average of 31 inmates a day this year, down from 58 in 2015, according to the sheriff's office, and its boiler failed twice last winter."
THIRD = "Commissioner Ray Dunn, the lone vote against closing it, said the county would spend more to house inmates in Lander than it saves by shutting the building."


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, "By Ana Ruiz", *paragraphs)) + "\n"



def _front(*paragraphs: str) -> str:
    return "---\ntitle: Jail to close after decade of debate\nauthor: Ana Ruiz\n---\n\n" + "\n\n".join(paragraphs) + "\n"


# --- the end mark: '# # #' a writer sets between a story's sections


def test_a_story_s_section_after_a_hash_mark_break_is_kept(tmp_path: Path) -> None:
    """A writer who breaks a pasted story's sections with '###' (as others set '* * *')
    loses the whole last section: after three long paragraphs, the break is taken for the
    end mark, and the section's paragraphs, short as news paragraphs are, are read as the
    notes under it."""
    text = _story(
        "Jail to close after decade of debate",
        LEDE, SECOND, THIRD,
        "###",
        "The sheriff said he would move the last inmates in October.",
        "Dunn said he would ask voters to decide.",
        "“We owe them that,” he said.",
    )
    draft = _read(tmp_path, "jail.txt", text)
    body = _body(draft)
    assert "move the last inmates in October" in body, draft.paragraphs
    assert "“We owe them that,” he said." in body, draft.paragraphs


# --- a Ruby site's ERB tags


def test_a_desk_note_left_open_does_not_swallow_the_story(tmp_path: Path) -> None:
    """A writer's ERB note to the desk whose '%>' was forgotten ('<%# DESK: check the vote
    count with the clerk') is matched to the next tag's close several paragraphs down: the
    story's second and third paragraphs vanish into the note."""
    text = _front(
        LEDE,
        "<%# DESK: check the vote count with the clerk",
        SECOND,
        THIRD,
        "<%# DESK: Dunn's title? %>",
        "The sheriff said he would move the last inmates in October.",
    )
    draft = _read(tmp_path, "jail.md", text)
    body = _body(draft)
    assert "31 inmates a day" in body, draft.paragraphs
    assert "Commissioner Ray Dunn" in body, draft.paragraphs


def test_a_related_story_component_is_no_picture(tmp_path: Path) -> None:
    """A render of a related-story box ('render Shared::RelatedStory.new(url:
    "/news/2023/jail-budget-vote", title: ...)') is the page's furniture, but its 'url:'
    argument is taken for a picture's file: the story is filed with a photo named
    'jail-budget-vote' that does not exist."""
    text = _front(
        LEDE,
        SECOND,
        '<%= render Shared::RelatedStory.new(url: "/news/2023/jail-budget-vote", title: "Commission delays jail vote") %>',
        THIRD,
    )
    draft = _read(tmp_path, "jail.md", text)
    assert draft.images == (), draft.images
    assert "RelatedStory" not in _body(draft)


# --- a summary box's heading over the story's own paragraphs


def test_a_key_findings_crosshead_over_the_story_s_paragraphs_is_kept(tmp_path: Path) -> None:
    """An audit story in Markdown with a '## Key findings' crosshead, under it the story's
    own short paragraphs (the only place the findings are told), loses the crosshead and the
    paragraphs: any short lines under the heading are taken for a box that repeats the
    story."""
    text = (
        "# Audit finds county overbilled for paving\n\nBy Ana Ruiz\n\n"
        "PINEDALE — A state audit released Tuesday found the county paid a paving contractor for work that was never done, and recommended the county recover the money.\n\n"
        "The audit covered contracts from 2019 through 2023.\n\n"
        "## Key findings\n\n"
        "The audit found $1.2 million in overbilling.\n\n"
        "Most of it went to one contractor, Bell Paving.\n\n"
        "The county has asked for the money back.\n\n"
        "## What comes next\n\n"
        "Commissioners will take up the audit at their March 4 meeting, the chairman said.\n"
    )
    draft = _read(tmp_path, "audit.md", text)
    body = _body(draft)
    assert "$1.2 million in overbilling" in body, draft.paragraphs
    assert "Bell Paving" in body, draft.paragraphs


# --- the note offering a story to outlets


def test_a_paragraph_about_a_report_available_to_members_is_kept(tmp_path: Path) -> None:
    """A school story's paragraph about a consultant's report ('This report was produced by
    an outside firm at a cost of $40,000 and is available to parents and school board
    members.') is deleted as the note a partner sets under a story it offers free to
    outlets."""
    paragraph = "This report was produced by an outside firm at a cost of $40,000 and is available to parents and school board members."
    text = _story(
        "District's facilities report calls for closing two schools",
        "PINEDALE — A consultant's report on the Pinedale School District's buildings recommends closing two elementary schools within five years, the superintendent said Monday.",
        paragraph,
        "The board will hold a public hearing on the report on March 4.",
    )
    draft = _read(tmp_path, "schools.txt", text)
    assert paragraph in draft.paragraphs, draft.paragraphs


# --- a blog's thanks


def test_a_food_drive_s_thanks_is_no_contributor_line(tmp_path: Path) -> None:
    """A food drive story closing on the pantry's thanks to a volunteer ('Thanks to Jim
    Bell, who helped collect cans from every church in town.') loses its last paragraph, and
    the volunteer is credited with the story's additional reporting."""
    closing = "Thanks to Jim Bell, who helped collect cans from every church in town."
    text = _story(
        "Food pantry's shelves are full for the first time in years",
        "PINEDALE — The Sublette County food pantry has enough food to last the winter for the first time since 2019, its director said Monday, after a drive that brought in 14,000 cans.",
        "The pantry serves about 300 families a month, up from 180 before the pandemic, according to its records.",
        "The drive ran for six weeks and reached every church in the county, the director said, and the high school's students sorted the cans.",
        closing,
    )
    draft = _read(tmp_path, "pantry.txt", text)
    assert draft.paragraphs[-1] == closing, draft.paragraphs
    assert draft.contributors == (), draft.contributors


# --- a partner's byline of linked writers


def test_a_byline_with_one_writer_linked_keeps_both_writers(tmp_path: Path) -> None:
    """'By <a>Ana Ruiz</a> and Li Wei' (a staff writer with a profile page and a freelancer
    without one) is taken for linked writers set beside their outlets: 'and Li Wei' is read
    as an outlet, and Li Wei is lost from the byline."""
    text = (
        "<!doctype html><html><head><title>Jail to close after decade of debate</title></head><body><article>"
        "<h1>Jail to close after decade of debate</h1>"
        '<p class="byline">By <a href="/people/ana-ruiz">Ana Ruiz</a> and Li Wei</p>'
        f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p></article></body></html>"
    )
    draft = _read(tmp_path, "jail.html", text)
    assert draft.byline == ("Ana Ruiz", "Li Wei"), draft.byline


# --- a feed reader's saved article


def test_a_saved_feed_article_s_author_is_the_byline(tmp_path: Path) -> None:
    """An article a feed reader saved names its writer in its 'Author:' field ('Author: Ana
    Ruiz'), the only byline it carries; the field is thrown out with the feed's other fields
    and the story is filed with no byline."""
    text = (
        "Feed: County Standard\nTitle: Jail to close after decade of debate\nAuthor: Ana Ruiz\n"
        "Date: Tue, 04 Mar 2025 10:00:00 -0700\nLink: https://standard.example/jail\n\n"
        + "\n\n".join([LEDE, SECOND, THIRD])
        + "\n\nLinks: \n[1]: https://standard.example/jail (link)\n"
    )
    draft = _read(tmp_path, "jail.txt", text)
    assert draft.headline == "Jail to close after decade of debate"
    assert draft.byline == ("Ana Ruiz",), draft.byline


# --- a chat export's story sent in parts


def test_a_word_to_the_desk_under_a_later_paragraph_stays_out(tmp_path: Path) -> None:
    """The writer answers the desk's question with a new paragraph and, on the next line of
    the same message, a word to the desk ('I'm not sure Ortiz wants that last bit out there,
    can you ask him before we run it?'); the message is read whole as the story's next part,
    and the question to the desk is filed as the story's last paragraph."""
    text = """2/3/2026, 6:02:11 PM - Ike Moss: Lena will file the bus driver piece here
2/3/2026, 6:10:02 PM - Lena Ruiz: here it comes

HED: School district is short 40 bus drivers as routes run late
By Lena Ruiz

PINE HOLLOW, Ore. — The Pine Hollow School District is short 40 bus drivers this winter, and more than a third of its routes ran at least 20 minutes late in January, district records show.

The district pays new drivers $19.50 an hour, about $3 less than the county's transit agency, according to the two agencies' posted wages.

"We have kids standing at stops in the dark for half an hour," said Marta Cole, whose two children ride a route that was late on 14 school days last month.

District spokesperson Ben Ortiz said the board will vote in March on raising drivers' pay to $22 an hour.
2/3/2026, 6:20:00 PM - Ike Moss: is the board vote March 11 or March 18?
2/3/2026, 6:22:10 PM - Lena Ruiz: The board will vote on March 18, a week later than it first planned, because two members will be away on the 11th, Ortiz said Tuesday.
I'm not sure Ortiz wants that last bit out there, can you ask him before we run it?
2/3/2026, 6:25:00 PM - Ike Moss: thanks, got it
"""
    draft = _read(tmp_path, "drivers.txt", text)
    body = _body(draft)
    assert "can you ask him before we run it" not in body, draft.paragraphs
    assert draft.headline == "School district is short 40 bus drivers as routes run late"


# --- a Word file's Title paragraph


def test_a_series_label_in_the_title_style_is_not_the_headline(tmp_path: Path) -> None:
    """A Word story set as a series' part: the series name in the Title style, the headline
    as Heading 1, the part's label ('Part 2 of 3') in the Title style again, then the byline.
    The label over the byline is taken for the headline, and the real headline is dropped
    from the story altogether."""
    import docx

    document = docx.Document()
    document.add_paragraph("THE COST OF CLOSING", style="Title")
    document.add_heading("Jail to close after decade of debate", level=1)
    document.add_paragraph("Part 2 of 3", style="Title")
    document.add_paragraph("By Ana Ruiz")
    for paragraph in (LEDE, SECOND, THIRD):
        document.add_paragraph(paragraph)
    path = tmp_path / "jail.docx"
    document.save(path)
    from newsroom.filing.reader import read_draft

    draft = read_draft(path)[1]
    assert draft.headline == "Jail to close after decade of debate", draft.headline
    assert draft.byline == ("Ana Ruiz",)

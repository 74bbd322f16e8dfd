"""Holes an attacker found in the twenty-fourth pass, aimed at the last two commits' readers
of a Kirby content file and a Logseq page in `newsroom file PATH.md` (paste._kirby,
paste._kirbytag, paste._logseq): ordinary drafts taken for a Logseq page, and Kirby or Logseq
files whose story text, headline, byline or pictures are lost or garbled. Each test was seen
to fail for the reason it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import filed_draft as _read

# --- an ordinary draft opening with two 'key:: value' lines (Obsidian's Dataview fields)

DATAVIEW = """status:: draft
desk:: metro

# Council delays vote on the harbor seawall

By Ana Ruiz

HARBOR CITY, Fla. — The council put off its vote on the seawall until
January, saying it needed the engineers' final report on the old bulkhead

The mayor said the delay would cost the city about $40,000, money that
would come from the reserve fund.

## Photos

![The seawall at high tide](seawall.jpg)

The seawall at high tide on Monday. (Photo: Lee Chan)

The vote is now set for Jan. 14.
"""


def test_a_draft_with_two_inline_fields_keeps_its_paragraph_breaks(tmp_path: Path) -> None:
    """A draft opening with two 'key:: value' lines loses its blank lines; paragraphs merge."""
    draft = _read(tmp_path, "seawall.md", DATAVIEW)
    assert any(p.startswith("The mayor said the delay") for p in draft.paragraphs)


def test_a_draft_with_two_inline_fields_keeps_its_picture_and_last_line(tmp_path: Path) -> None:
    """In such a draft a '## Photos' crosshead sends its picture and the rest to desk notes."""
    draft = _read(tmp_path, "seawall.md", DATAVIEW)
    assert [image.name for image in draft.images] == ["seawall.jpg"]
    assert "The vote is now set for Jan. 14." in draft.paragraphs


# --- a Logseq page

LOGSEQ_TOP = """authors:: [[Odalys Fenwick]]
dek:: The new count nearly doubles the city's estimate

- ## Headline
\t- City finds 4,100 more lead pipes
- ## Story
\t- SAGINAW, Mich. — Saginaw has about 4,100 more lead service lines than it knew about.
"""


def test_a_paragraph_opening_with_the_acronym_now_is_story(tmp_path: Path) -> None:
    """A block opening 'NOW President ...' (the women's group) is filed as a task note."""
    line = "NOW President Christian Nunes said the group would press the city for answers."
    draft = _read(tmp_path, "lead.md", f"{LOGSEQ_TOP}\t- {line}\n")
    assert line in draft.paragraphs


def test_a_block_s_second_line_stays_in_its_paragraph(tmp_path: Path) -> None:
    """A Logseq block with a soft line break is cut into two paragraphs at the break."""
    text = (
        f"{LOGSEQ_TOP}\t- The city said it would publish a map of the lines,\n"
        "\t  the water director said on Tuesday.\n"
    )
    draft = _read(tmp_path, "lead.md", text)
    assert (
        "The city said it would publish a map of the lines, the water director said on Tuesday."
        in draft.paragraphs
    )


def test_an_unclosed_drawer_does_not_swallow_the_story(tmp_path: Path) -> None:
    """A ':LOGBOOK:' with no ':END:' silently drops every block after it from the story."""
    last = "The city said it would publish the map on Monday."
    text = f"{LOGSEQ_TOP}\t  :LOGBOOK:\n\t- {last}\n"
    draft = _read(tmp_path, "lead.md", text)
    assert last in draft.paragraphs


def test_a_sources_section_is_not_filed_as_story(tmp_path: Path) -> None:
    """A page's '## Sources' section (a contact's cell number) is printed as story text."""
    text = (
        f"{LOGSEQ_TOP}- ## Sources\n"
        "\t- Gloria Benavides-Trent, resident, cell 555-0142, do not print her street.\n"
    )
    draft = _read(tmp_path, "lead.md", text)
    assert not any("555-0142" in p or "Sources" in p for p in draft.paragraphs)


def test_a_page_with_a_single_property_is_read_as_a_logseq_page(tmp_path: Path) -> None:
    """A page with one 'title::' property gets ': ...' as headline and '- ' paragraphs."""
    text = (
        "title:: lead pipes\n\n- ## Headline\n\t- City finds 4,100 more lead pipes\n"
        "- ## Story\n\t- SAGINAW, Mich. — Saginaw has about 4,100 more lead service lines.\n"
        "\t- The city said it would publish the map.\n"
    )
    draft = _read(tmp_path, "lead.md", text)
    assert draft.headline == "City finds 4,100 more lead pipes"
    assert "The city said it would publish the map." in draft.paragraphs


def test_a_page_without_a_headline_section_keeps_its_lede(tmp_path: Path) -> None:
    """A page with no Headline section (its title:: set aside) loses its lede to the headline."""
    lede = "SAGINAW, Mich. — Saginaw has about 4,100 more lead service lines than it knew about."
    text = (
        "title:: City finds 4,100 more lead pipes\nauthors:: [[Odalys Fenwick]]\n\n"
        f"- {lede}\n- The city said it would publish the map.\n"
    )
    draft = _read(tmp_path, "lead.md", text)
    assert draft.paragraphs[0] == lede
    assert draft.headline != lede


# --- a Kirby content file


def _kirby(text: str, author: str = "Ines Kowalczyk") -> str:
    return (
        "Title: Tenants told to leave by March 31\n\n----\n\n"
        f"Author: {author}\n\n----\n\n"
        "Text:\n\nSPOKANE, Wash. — The 58 people who live in the Merriwether must move out "
        f"by March 31.\n\n{text}\n"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "From left: Ana Ruiz, Ben Ode and Cy Li wait outside the hotel.",
        "The sign on the door read: closed for renovation.",
    ],
)
def test_a_kirbytag_caption_with_a_colon_is_kept_whole(tmp_path: Path, caption: str) -> None:
    """A Kirbytag caption such as 'From left: ...' is cut at 'left:' and the rest is lost."""
    tag = f"(image: sign.jpg caption: {caption} credit: B. Amsel/Courant)"
    draft = _read(tmp_path, "hotel.md", _kirby(tag))
    [image] = draft.images
    assert (image.caption, image.credit) == (caption, "B. Amsel/Courant")


def test_a_kirby_link_s_text_with_a_colon_is_kept_whole(tmp_path: Path) -> None:
    """A '(link: URL text: the notice, which says: ...)' tag loses the words after 'says:'."""
    line = "See (link: https://example.org/n.pdf text: the notice, which says: leave by March 31)."
    draft = _read(tmp_path, "hotel.md", _kirby(line))
    assert "See the notice, which says: leave by March 31." in draft.paragraphs


def test_kirby_s_escaped_field_separator_is_unescaped(tmp_path: Path) -> None:
    """Kirby writes a '----' line in a text field as '\\----'; it is filed as story text."""
    draft = _read(tmp_path, "hotel.md", _kirby("\\----\n\nThe owner did not return calls."))
    assert not any("\\----" in p for p in draft.paragraphs)


def test_a_kirby_users_field_is_no_byline(tmp_path: Path) -> None:
    """A Kirby users field ('Author: - user://pHLvh9ce') is filed as the byline verbatim."""
    draft = _read(tmp_path, "hotel.md", _kirby("", author="\n\n- user://pHLvh9ce"))
    assert not any("user://" in name for name in draft.byline)


def test_a_kirbytag_with_nested_parentheses_is_read(tmp_path: Path) -> None:
    """'(image: ... caption: The hotel (built 1910 (rebuilt 1931)) ...)' is kept as raw text."""
    tag = "(image: hotel.jpg caption: The hotel (built in 1910 (rebuilt 1931)). credit: B. Amsel)"
    draft = _read(tmp_path, "hotel.md", _kirby(tag))
    [image] = draft.images
    assert image.name == "hotel.jpg"
    assert "(image:" not in image.caption

# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-first pass, aimed at the twelve commits of the
twenty-third filing round: a DokuWiki page's source (found in a Markdown note that is none,
its layout boxes, its pictures from another site or set side by side, and its inline marks
timed on long lines), a 'free to read because readers chip in' appeal, a place set with a
full stop to open the first paragraph, a mail's sign-off, and a Word paragraph's printed line
ends. Each hole is a plain story misread: a real paragraph lost or merged, a picture lost or
its address mangled, a wrong byline or dateline, or a file that takes seconds to read.
Each test failed first, for the reason it names; each is fixed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers import filed_draft as _read

BYLINE = "By Ana Ruiz"


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, BYLINE, *paragraphs)) + "\n"


def _timed(tmp_path: Path, name: str, text: str) -> float:
    started = time.process_time()
    _read(tmp_path, name, text)
    return time.process_time() - started


def _linear(tmp_path: Path, name: str, make: Callable[[int], str], n: int) -> bool:
    """Whether filing a text made with `n` repeats takes less than four times as long as one
    with a quarter of them: linear work takes at most four times as long, quadratic work
    sixteen times (a ratio, which a loaded machine slows on both sides)."""
    for part in ("warm", "small", "big", "small2", "big2"):
        (tmp_path / part).mkdir()
    _timed(tmp_path / "warm", name, make(n // 4))  # (the first filing loads the importer)
    # (the better of two runs each: a busy machine's pause falls on one, not both)
    small = min(_timed(tmp_path / p, name, make(n // 4)) for p in ("small", "small2"))
    big = min(_timed(tmp_path / p, name, make(n)) for p in ("big", "big2"))
    return big < 6 * small + 0.2  # (a floor for work so small that the ratio is noise)


# --- a 'free to read because readers chip in' appeal


def test_a_museum_free_thanks_to_its_donors_is_no_appeal(tmp_path: Path) -> None:
    # A story line about free admission matches the new appeal pattern ('<name> is free for
    # everyone thanks to its donors') and is dropped as page furniture.
    line = (
        "The museum is free for everyone thanks to its donors, who gave $2.1 million last "
        "year, director Lena Park said."
    )
    text = _story(
        "Art museum drops its summer closing",
        "PINEDALE — The county art museum will stay open through the summer for the first "
        "time in a decade, its director said Monday.",
        line,
        "The museum will add evening hours on Thursdays in July and August.",
    )
    draft = _read(tmp_path, "museum.txt", text)
    assert line in draft.paragraphs


# --- a place set with a full stop to open the first paragraph ('Mbale. More than ...')


def test_a_governor_s_title_opening_the_lede_is_no_dateline(tmp_path: Path) -> None:
    # 'Gov' fits the place pattern (a capital and two letters, a full stop, a capital), and
    # the story says 'which Gov. Hochul' later, so the title passes as a place named again.
    text = _story(
        "Hochul signs bill capping insulin costs",
        "Gov. Kathy Hochul on Monday signed a bill that caps the monthly cost of insulin at "
        "$35 for people with state-regulated insurance plans.",
        "The measure, which Gov. Hochul had called a priority in January, takes effect next year.",
        "Insurers had lobbied against the cap.",
    )
    draft = _read(tmp_path, "insulin.txt", text)
    assert draft.dateline == ""


# --- a mail's sign-off ending the story


def test_a_letter_quoted_in_the_story_does_not_end_the_story(tmp_path: Path) -> None:
    # After three long paragraphs, the quoted letter's own sign-off sets the 'signed' state
    # for the rest of the document: the council member's reply and the vote date are lost.
    text = _story(
        "Residents' letter asks council to save the pool",
        "PINEDALE — More than 200 residents have signed a letter asking the town council to "
        "keep the municipal pool open for another summer, a week before the council votes on "
        "whether to close it for good.",
        "The letter, delivered to Town Hall on Monday morning, was written by the swim club's "
        "parents' committee after the council's budget office proposed closing the pool to "
        "save $80,000 a year, and it reads in full:",
        '"We, the undersigned, ask the council to find the $80,000 needed to open the pool this '
        "summer. It is the only place in town where children can learn to swim, and the lake "
        'has no lifeguards on duty."',
        "Yours sincerely,",
        "The Pinedale Swim Club Parents' Committee",
        "Council member Rosa Torres said she would propose paying for the pool from the town's "
        "reserve fund.",
        "The council votes on March 16.",
    )
    draft = _read(tmp_path, "pool.txt", text)
    assert draft.paragraphs[-1] == "The council votes on March 16."


# --- a Word paragraph whose lines break where a printed column's lines ended


def _word(tmp_path: Path, name: str, paragraphs: list[tuple[list[str], bool]]) -> Path:
    import docx

    document = docx.Document()
    for lines, bold in paragraphs:
        paragraph = document.add_paragraph()
        for n, line in enumerate(lines):
            paragraph.add_run(line).bold = bold
            if n + 1 < len(lines):
                paragraph.runs[-1].add_break()  # a line break inside the paragraph (Shift+Enter)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_a_word_byline_with_its_e_mail_under_it_keeps_the_byline(tmp_path: Path) -> None:
    # One break, before a word in lower case (the address), counts as 'half the breaks
    # inside a sentence': 'By Mara Lund mlund@dunvaleledger.com' is no byline any more.
    from newsroom.filing.reader import read_draft

    path = _word(
        tmp_path,
        "elevator.docx",
        [
            (["Grain elevator in Dunvale to close after 90 years"], True),
            (["By Mara Lund", "mlund@dunvaleledger.com"], False),
            (
                [
                    "DUNVALE — The farmers co-op that owns the Dunvale grain elevator will close "
                    "it after this year's harvest, its board said Monday."
                ],
                False,
            ),
            (["The elevator was built in 1936 and took in a million bushels a year at its peak."], False),
        ],
    )
    draft = read_draft(path)[1]
    assert draft.byline == ("Mara Lund",)


def test_a_poem_s_lines_in_a_word_story_stay_lines(tmp_path: Path) -> None:
    # Short lines, every break before a word in lower case: the poem's line ends are read as
    # a scanned column's and the verse becomes one prose sentence.
    from newsroom.filing.reader import read_draft

    path = _word(
        tmp_path,
        "elevator.docx",
        [
            (["Grain elevator in Dunvale to close after 90 years"], True),
            (["By Mara Lund"], False),
            (
                [
                    "DUNVALE — The farmers co-op that owns the Dunvale grain elevator will close "
                    "it after this year's harvest, its board said Monday."
                ],
                False,
            ),
            (["At the last weigh-in, the manager's granddaughter read the poem pinned above the scale:"], False),
            (["the grain comes in", "and the grain goes out", "and the men who weigh it", "grow old"], False),
            (["The co-op will sell the building."], False),
        ],
    )
    draft = read_draft(path)[1]
    assert not any("grain goes out and the men" in p for p in draft.paragraphs)


# --- a DokuWiki page's source


def test_an_obsidian_note_is_no_dokuwiki_page(tmp_path: Path) -> None:
    # The highlight passes for a DokuWiki heading and the wiki link for its second mark; in
    # DokuWiki a list needs two spaces before its mark, so '- Adults: $8.80' lines are joined.
    text = """# Ferry fares to rise 10 percent in May

By Tara Quinn

ISLAND HARBOR — The county ferry will raise fares 10 percent on May 1, the first increase since 2019, the ferry board decided Tuesday.

==Check the 2019 figure with the board clerk==

Board members cited fuel costs, which have doubled since the last increase. See [[Ferry budget 2026]] for the numbers.

The new fares:
- Adults: $8.80
- Children: $4.40
- Cars: $33

Riders can comment at the board's April meeting.
"""
    draft = _read(tmp_path, "ferry.md", text)
    assert "The new fares:" in draft.paragraphs
    assert not any("Adults" in p and "Children" in p for p in draft.paragraphs)


WIKI_HEAD = """====== Library board picks a site for the new branch ======

//The old feed store on Main Street won out over two lots at the edge of town.//

**By Kim Oh**

"""


def test_a_dokuwiki_page_s_layout_columns_are_the_story(tmp_path: Path) -> None:
    # The wrap plugin lays pages out as well as boxing notes; the lede, a paragraph and the
    # picture set in two columns all become comments, and only the last paragraph is left.
    lede = (
        "PINEDALE -- The library board voted 4-1 on Monday to buy the former feed store on "
        "Main Street for the town's second branch."
    )
    text = WIKI_HEAD + f"""<WRAP group>
<WRAP half column>
{lede}

Board members said the site was the only one within walking distance of the middle school.
</WRAP>
<WRAP half column>
{{{{ :photos:feed-store.jpg?300 |A brick storefront}}}}
//The former feed store on Main Street. (Photo: Lee Park/Valley Ledger)//
</WRAP>
</WRAP>

The town council must still approve the purchase, which it will take up on March 16.
"""
    draft = _read(tmp_path, "branch.txt", text)
    assert draft.paragraphs[0] == lede
    assert [i.caption for i in draft.images] == ["The former feed store on Main Street."]


def test_a_dokuwiki_picture_from_a_url_keeps_its_address(tmp_path: Path) -> None:
    # The media id's colons ':photos:a.jpg' become 'photos/a.jpg'; an external URL gets the
    # same treatment and its address is broken.
    text = WIKI_HEAD + """{{https://photos.valleyledger.example/2026/feed-store.jpg?600|A brick storefront with boarded windows}}
//The former feed store on Main Street. (Photo: Lee Park/Valley Ledger)//

PINEDALE -- The library board voted 4-1 on Monday to buy the former feed store on Main Street for the town's second branch.

The town council must still approve the purchase, which it will take up on March 16.
"""
    draft = _read(tmp_path, "branch.txt", text)
    assert [i.source for i in draft.images] == [
        "https://photos.valleyledger.example/2026/feed-store.jpg"
    ]


def test_two_dokuwiki_pictures_side_by_side_are_pictures(tmp_path: Path) -> None:
    # Only a picture alone on its line is read; a line of two is a paragraph, whose '{{...}}'
    # are stripped as inline images, leaving nothing.
    text = WIKI_HEAD + """PINEDALE -- The library board voted 4-1 on Monday to buy the former feed store on Main Street for the town's second branch, as the [[news:2026:01:branch-plan|branch plan]] proposed.

{{ :photos:feed-store.jpg?300 |The feed store on Main Street}} {{ :photos:lots.jpg?300 |The lots on Route 9}}

The town council must still approve the purchase, which it will take up on March 16.
"""
    draft = _read(tmp_path, "branch.txt", text)
    assert len(draft.images) == 2


# --- the new patterns on long lines


def test_a_padded_line_opening_with_equals_signs_reads_fast(tmp_path: Path) -> None:
    # '[ \t]*' before the closing signs and the lazy title share the spaces: each end tried
    # rescans them. Any .txt or .md is tested for DokuWiki, so a pasted table's padded row
    # stalls the command.
    text = _story(
        "Council approves budget",
        "PINEDALE — The council approved the budget on Monday.",
        "== Totals" + " " * 10000 + "|",
    )

    def padded(n: int) -> str:
        return text.replace(" " * 10000, " " * n)

    assert _linear(tmp_path, "budget.txt", padded, 10000)


WIKI_SHORT = """====== Council approves budget ======

**By Ana Ruiz**

PINEDALE -- The council approved the [[news:budget|budget]] on Monday.

"""


def test_a_dokuwiki_line_of_unclosed_italics_reads_fast(tmp_path: Path) -> None:
    assert _linear(tmp_path, "budget.txt", lambda n: WIKI_SHORT + "see //a" * n + "\n", 4300)


def test_a_dokuwiki_line_of_unclosed_footnotes_reads_fast(tmp_path: Path) -> None:
    assert _linear(tmp_path, "budget.txt", lambda n: WIKI_SHORT + "((a " * n + "\n", 5000)


def test_a_dokuwiki_line_of_unclosed_struck_marks_reads_fast(tmp_path: Path) -> None:
    assert _linear(tmp_path, "budget.txt", lambda n: WIKI_SHORT + "<del>a " * n + "\n", 7200)

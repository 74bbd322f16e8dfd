# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the eighty-second pass, aimed at the fifty-seventh and
fifty-eighth filing rounds: threads of posts, their counts and accounts, releases' headings.

Precision holes (ordinary documents misread):

- A restaurant review ending on its rating after its verdict ('Verdict: the best chowder on
  the coast, if you can bear the wait. 4/5') lost the rating as a thread's count of its
  posts: a count is a thread's only when the document counts two posts or more out of the
  same total, rising down the page.
- A story quoting a post, a short paragraph of its own over the account's handle ('Islanders
  did not hold back.' over '@isle_moran_shop'), lost that paragraph as the account's name:
  a name over a handle does not end as a sentence.
- A release with its date in the block of its 'FOR IMMEDIATE RELEASE' heading ('3 March
  2026' under it) lost its headline as a line of the press contact, and took its first
  sentence for the headline: the release's details under its heading leave the line after
  them the headline, as the heading alone does.
- A story mailed as plain text, its headers over a one-line note to the desk ('Story and pics
  below.') and its headline in capitals over the byline, took the note for its headline and
  the real headline for the dek: the round's capitals headline under a desk note was read
  only under a saved page's title, not under a note that heads the mail's text.

Held: a release's contact line in its own paragraph between its heading's date and its
headline ('Contact: Li Wei, Press Officer') is still the contact's, no byline (its short headline under the contact still goes
with it: see what is left open); a thread's posts counted '(1/5)' to '(5/5)' lose their counts; 'Photo courtesy calls
are a tradition, ...' in a story stays a paragraph; 'Categories of spending: roads, ...' and
a sign's words in capitals quoted in a story ('NO SAILINGS TODAY DUE TO ENGINE FAULT') stay
the story's; a desk note in capitals in a mail ('PLEASE HOLD THIS UNTIL ...') heads nothing
over the story's own headline; a story's points numbered '(1/3)' on lines of their own keep
their paragraphs. Each rule read 100,000 characters of near-matches in well under a second.

Left open:

- A release whose contact stands over its headline in a paragraph of its own ('Media
  contact:' over 'Li Wei' / '01 555 0199', or 'Contact: Li Wei, Press Officer', then a
  headline of eight words or fewer) still loses the headline as a line of the contact
  (older than these rounds).
- A credit line standing alone in a typed story under a paragraph ('Photo courtesy Kilcarran
  Harbour Board', as 'Photo: Kilcarran Harbour Board' before it) takes the paragraph over it
  for its picture's caption, as a typed caption over its credit is read (older than these
  rounds; the new 'courtesy' credit only joins it).
- Three buttons' words a story lists one a line ('Like', 'Share', 'More', a survey's
  answers) are taken for a post's buttons.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import body_text
from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread

REVIEW = """Harbour Kitchen review: chowder worth the queue

By Ana Ruiz

KILCARRAN — The queue outside Harbour Kitchen on a wet Tuesday told me most of what I needed to know before I had even seen the menu.

The chowder, thick with smoked haddock and mussels from the bay, came in a bowl the size of a hubcap for €14.

Service was slow but friendly, and the brown bread was still warm from the oven.

Verdict: the best chowder on the coast, if you can bear the wait. 4/5
"""


def test_a_review_s_rating_after_its_verdict_is_no_thread_s_count(tmp_path: Path) -> None:
    draft = _read(tmp_path, "review.txt", REVIEW)
    assert draft.paragraphs[-1] == (
        "Verdict: the best chowder on the coast, if you can bear the wait. 4/5"
    )


QUOTED_POST = """Mayor's post on ferry cuts draws fury

By Ana Ruiz

KILCARRAN — The mayor's post on the ferry cuts drew hundreds of angry replies within an hour on Tuesday.

Islanders did not hold back.

@isle_moran_shop

Maire Dunne, who runs the island's only shop, wrote that she would close if the winter boat stopped.

The council said it would meet islanders next week.
"""


def test_a_short_paragraph_over_a_quoted_handle_is_no_account_s_name(tmp_path: Path) -> None:
    draft = _read(tmp_path, "post.txt", QUOTED_POST)
    text = body_text(draft)
    assert "Islanders did not hold back." in text
    assert "Maire Dunne, who runs the island's only shop" in text


DATED_RELEASE = """FOR IMMEDIATE RELEASE
3 March 2026

Harbour Board appoints new harbour master

Kilcarran Harbour Board has appointed Tom Hale as harbour master.

Mr Hale, 52, was second officer on the Isle Moran ferry for twelve years and takes up the post on 1 April.

"The harbour is the heart of the town," he said.

Media contact: Li Wei, 01 555 0199
"""


def test_a_release_s_date_under_its_heading_leaves_the_headline(tmp_path: Path) -> None:
    draft = _read(tmp_path, "release.txt", DATED_RELEASE)
    assert draft.headline == "Harbour Board appoints new harbour master"
    assert draft.paragraphs[0] == (
        "Kilcarran Harbour Board has appointed Tom Hale as harbour master."
    )
    assert "Li Wei" not in body_text(draft)


MAILED_STORY = """From: Ana Ruiz
To: News desk
Subject: STORY - regatta (3 pics)

Story and pics below.

REGATTA DRAWS RECORD CROWD TO PIER

By Ana Ruiz

KILCARRAN — A record crowd of 3,000 lined the pier on Sunday for the 100th Kilcarran regatta.

Maire Dunne, 71, rowed in her 50th regatta and came second in the veterans' race.

Pics:
IMG_0101.JPG - The senior skiffs round the buoy off the pier. Pic: Ana Ruiz
IMG_0102.JPG - Maire Dunne, 71, rows in her 50th regatta. Pic: Ana Ruiz
IMG_0103.JPG - Spectators on the harbour wall. Pic: Ana Ruiz
"""


def test_a_mailed_story_s_capitals_headline_under_a_note_heads_it(tmp_path: Path) -> None:
    draft = _read(tmp_path, "mail.txt", MAILED_STORY)
    assert draft.headline == "REGATTA DRAWS RECORD CROWD TO PIER"
    assert draft.dek == ""
    assert draft.byline == ("Ana Ruiz",)
    assert len(draft.paragraphs) == 2
    assert [p.caption for p in draft.images] == [
        "The senior skiffs round the buoy off the pier.",
        "Maire Dunne, 71, rows in her 50th regatta.",
        "Spectators on the harbour wall.",
    ]


# --- held


def test_a_release_s_contact_between_its_date_and_headline_is_still_the_contact_s(
    tmp_path: Path,
) -> None:
    text = DATED_RELEASE.replace(
        "3 March 2026\n", "3 March 2026\n\nContact: Li Wei, Press Officer\nli.wei@harbour.example\n"
    )
    draft = _read(tmp_path, "release.txt", text)
    assert draft.byline == ()
    assert "Li Wei" not in body_text(draft)


THREAD = "\n\n".join(
    [
        "Library opens on Sundays",
        "By Ana Ruiz",
        "KELSBY – The town library will open on Sunday afternoons from 3 May, the trustees decided on Tuesday. (1/3)",
        "The trial will run for six months and cost about £18,000. (2/3)",
        '"Sunday is the only day many families can come together," said Mrs Ann Brook. (3/3)',
    ]
)


def test_a_thread_s_counts_still_come_off_its_posts(tmp_path: Path) -> None:
    draft = _read(tmp_path, "thread.txt", THREAD)
    text = body_text(draft)
    assert "(2/3)" not in text and "(3/3)" not in text, text
    assert "The trial will run for six months and cost about £18,000." in text


COURTESY = """Mayor's courtesy calls anger islanders

By Ana Ruiz

KILCARRAN — The mayor's round of courtesy calls on Tuesday skipped Isle Moran altogether.

Photo courtesy calls are a tradition, the mayor's office said, in which the mayor is pictured with each new business.

Categories of spending: roads, housing, the harbour and the library.

The sign at the ticket office read: NO SAILINGS TODAY DUE TO ENGINE FAULT

Islanders said they had been left out again.
"""


def test_story_lines_near_the_new_rules_stay_the_story_s(tmp_path: Path) -> None:
    draft = _read(tmp_path, "calls.txt", COURTESY)
    assert draft.headline == "Mayor's courtesy calls anger islanders"
    assert len(draft.paragraphs) == 5
    assert not draft.images


# --- robustness


def test_the_new_rules_read_near_matches_in_time(tmp_path: Path) -> None:
    near = (
        "Islanders did not hold back.\n\n@isle_moran_shop\n\n",
        "The vote was close. 4/5\n\n",
        "FOR IMMEDIATE RELEASE\n3 March 2026\n\n",
    )
    for unit in near:
        text = QUOTED_POST + "\n" + unit * (100_000 // len(unit))
        start = time.process_time()
        _read(tmp_path, "near.txt", text)
        assert time.process_time() - start < 20

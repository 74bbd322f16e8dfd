# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-fourth filing round reads right: a story polished by a chat assistant
and copied as its Markdown, a Next.js page written in MDX, an ArchieML story document, a
college athletics site's recap, a wire terminal's photo item, a station's credit-only
caption and a WPS Office picture's file-name description."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


ASSISTANT = """Sure! Here's a tightened version of your story, in AP style, with your quotes left as they were.

---

# Ferry Board Delays Vote on Winter Schedule

**Subheadline:** Islanders asked for an earlier morning boat; the board wants a ridership count first

**By Hal Brenner**

**DOVE HARBOR, Maine —** The ferry board put off a vote Thursday on its winter schedule after more than 40 islanders asked for an earlier morning boat.

"We can't get to work on time," said Ada Kent, who commutes to the mainland five days a week.

The board will take up the schedule again Dec. 9.

---

**Photo captions:**

**Photo 1:** Islanders wait for the 7:15 boat at the Dove Harbor landing Thursday. *(Photo: Hal Brenner)*

**Photo 2:** The ferry Osprey leaves the mainland pier. *(Courtesy of the Dove Harbor Ferry Board)*

---

**Suggested SEO headline:** Ferry board puts off winter schedule vote

### Notes on edits

- Cut a repeated sentence about the 2019 schedule.
- Moved Kent's quote up.

Would you like me to write a shorter version for print or a post for social media?
"""


def test_a_chat_assistant_s_polished_copy_as_markdown(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "ferry.md", ASSISTANT)
    assert draft.headline == "Ferry Board Delays Vote on Winter Schedule"
    # the labelled subheadline is the dek, without its label
    assert draft.dek == (
        "Islanders asked for an earlier morning boat; the board wants a ridership count first"
    )
    assert draft.dateline == "DOVE HARBOR, Maine"
    # a bold caption label and an italic credit in brackets: neither left in the caption
    assert [(i.caption, i.credit) for i in draft.images] == [
        (
            "Islanders wait for the 7:15 boat at the Dove Harbor landing Thursday.",
            "Hal Brenner",
        ),
        ("The ferry Osprey leaves the mainland pier.", "Courtesy of the Dove Harbor Ferry Board"),
    ]
    # the assistant's suggested headline, its notes on its edits and its offer are no story
    assert "SEO" not in body and "Photo captions" not in body
    assert "Notes on edits" not in body and "repeated sentence" not in body
    assert "Would you like me" not in body
    assert draft.paragraphs[-1] == "The board will take up the schedule again Dec. 9."


MDX_PAGE = """import { Byline, Dateline, Dek } from '@/components/story'
import { Figure } from '@/components/figure'
import NewsletterBox from '@/components/newsletter-box'
import pier from './pier.jpg'

export const metadata = {
  title: 'Pier repairs to close beach lot | Shore Report',
  description: 'The lot will close for six weeks.',
  authors: [{ name: 'Lena Ortiz' }],
  openGraph: {
    title: 'Pier repairs will close the beach lot in April',
  },
}

{/* DESK: run after the council vote. -LO */}

<DeskNote>
Check the closing date with public works.
</DeskNote>

# Pier repairs will close the beach lot in April

<Dek>
The city says the work cannot wait for the fall.
</Dek>

<Byline authors={['Lena Ortiz', 'Sam Reyes']} />

<Figure
  src={pier}
  alt="Pilings under a wooden pier at low tide."
  caption="Crews inspect the pier's pilings on Monday."
  credit="Photo: Sam Reyes/Shore Report"
  priority
/>

<Dateline>SEA CLIFF, Calif.</Dateline> — The beach parking lot will close for six weeks in April while crews replace 40 pilings under the city pier.

<PullQuote>"We cannot wait another season."</PullQuote>

The council approved the $2.1 million contract on Tuesday.

<NewsletterBox heading="Get the Shore Report every week" />
"""


def test_a_next_js_page_written_in_mdx(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "page.md", MDX_PAGE)
    assert draft.headline == "Pier repairs will close the beach lot in April"
    assert draft.dek == "The city says the work cannot wait for the fall."
    assert set(draft.byline) == {"Lena Ortiz", "Sam Reyes"}
    assert draft.dateline == "SEA CLIFF, Calif."
    # the figure's props, its picture an imported file
    [image] = draft.images
    assert (image.caption, image.credit, image.alt) == (
        "Crews inspect the pier's pilings on Monday.",
        "Sam Reyes/Shore Report",
        "Pilings under a wooden pier at low tide.",
    )
    assert image.name == "pier.jpg"
    assert draft.paragraphs == (
        "SEA CLIFF, Calif. — The beach parking lot will close for six weeks in April while crews replace 40 pilings under the city pier.",
        "The council approved the $2.1 million contract on Tuesday.",
    )
    # the code, the notes to the desk, the pull quote and the widget are no story
    for said in ("import", "metadata", "DESK", "closing date", "cannot wait another", "every week"):
        assert said not in body


ARCHIEML = """STORY DOC -- harbor dredging. Text outside the keys is not published.

slug: harbor-dredge
og_title: The harbor is silting up
headline: Dredging the harbor will take two summers
dek: The channel has lost four feet of depth since 2019, and
the state will pay for only half the work.
:end
byline: By Rosa Vint

:skip
EDITOR NOTES: check the depth figure with the harbor master.
:endskip

{lead_image}
src: img/dredge.jpg
alt: A crane on a barge in a narrow channel.
caption: A barge works the channel off Pier 3 on Monday.
credit: Rosa Vint/Coast Ledger
{}

[+body]
PORT AVERY, Maine — The dredge arrived on Monday.
subhed: Two summers of work
The work will stop each fall for the herring run.
{.list}
[.items]
* 40,000 cubic yards from the inner channel;
* 12,000 from the town landing.
[]
{}
{.quote}
text: "We waited ten years for this."
{}
{.graphic}
title: Depth of the channel
caption: The channel's depth at low tide, 2019 to 2026.
alt: A line chart falling from 12 to 8 feet.
credit: Graphic by Ed Moss/Coast Ledger
{}
[]

contributors: Additional reporting by Jo Park.

:ignore
ALT LEDE: Ten years after the last dredge, the harbor is filling in.
"""


def test_an_archieml_story_document(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "harbor.txt", ARCHIEML)
    assert draft.headline == "Dredging the harbor will take two summers"
    # a value to its ':end', its lines joined
    assert draft.dek == (
        "The channel has lost four feet of depth since 2019, and the state will pay for only half the work."
    )
    assert draft.byline == ("Rosa Vint",)
    assert draft.dateline == "PORT AVERY, Maine"
    assert draft.paragraphs == (
        "PORT AVERY, Maine — The dredge arrived on Monday.",
        "## Two summers of work",
        "The work will stop each fall for the herring run.",
        "- 40,000 cubic yards from the inner channel;",
        "- 12,000 from the town landing.",
    )
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "A barge works the channel off Pier 3 on Monday.",
            "Rosa Vint/Coast Ledger",
            "A crane on a barge in a narrow channel.",
        ),
        (
            "The channel's depth at low tide, 2019 to 2026.",
            "Ed Moss/Coast Ledger",
            "A line chart falling from 12 to 8 feet.",
        ),
    ]
    assert [c.name for c in draft.contributors] == ["Jo Park"]
    # the notes, the page's keys, the pull quote and the ignored lede are no story
    for said in ("STORY DOC", "slug", "silting", "EDITOR", "ten years", "Depth of", "ALT LEDE"):
        assert said not in body and said not in draft.dek


RECAP = """Skip To Main Content

Lakeside College Athletics
Official Athletics Website of the Lakeside Lakers

Tickets
Shop
Menu

Previous Article | Next Article

Men's Soccer
Lakers Top Bay State 2-1 in Double Overtime to Reach Conference Final
11/8/2026 4:05:00 PM | Men's Soccer

Share:
Facebook
Print Friendly Version

Story Links
Box Score (PDF)
Live Stats
Photo Gallery

FAIRPORT, Ohio – Theo Brandt scored in the 104th minute and Lakeside beat Bay State 2-1 on Saturday to reach the conference final for the first time since 2011.

The Lakers (14-3-2) will play at top-seeded Northmoor on Friday.
"""


def test_a_college_athletics_site_s_recap(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "recap.txt", RECAP)
    # the site's name for itself and its links between stories are no headline or dek
    assert draft.headline == "Lakers Top Bay State 2-1 in Double Overtime to Reach Conference Final"
    assert draft.dek == ""  # (the date and the sport's label beside it: the page's date)
    # the recap's links under their heading are no paragraphs, so its dateline is found
    assert draft.dateline == "FAIRPORT, Ohio"
    assert draft.paragraphs[0].startswith("FAIRPORT, Ohio – Theo Brandt scored")
    assert "Box Score" not in body and "Print Friendly" not in body

# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""Shapes the twenty-third filing round reads right: a DokuWiki page's source, a design
system's lead paragraph and a page's date labels, a social site's article copied from its
logged-in view, a scanned page's printed line ends in a Word paragraph, and a mailed story's
picture list."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


WIKI = """~~NOTOC~~
<WRAP round info>
**Desk:** holding for the Friday paper. --- //[[user:kim|Kim Oh]] 2026/03/02 10:12//
</WRAP>

/* Status: needs a second read -- KO */

====== Library board picks a site for the new branch ======

//The old feed store on Main Street won out over two lots at the edge of town.//

**By Kim Oh**

{{ :photos:2026-03:feed-store.jpg?600 |A brick storefront with boarded windows}}
//The former feed store on Main Street, where the branch would open in 2028. (Photo: Lee Park/Valley Ledger)//

PINEDALE -- The library board voted 4-1 on Monday to buy the former feed store on Main Street for the town's second branch. <del>The store closed in 2019.</del> Board members said the site was the only one within walking distance of the middle school.

The purchase price is $410,000((Figure from the board packet, p. 3.)), the board said, and the [[news:2026:01:branch-plan|renovation plan]] is due in the spring.

==== A second vote ====

The town council must still approve the purchase, which it will take up on March 16.

----
{{tag>library pinedale}}
~~DISCUSSION~~
"""


def test_a_dokuwiki_page_s_source(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "branch.txt", WIKI)
    assert draft.headline == "Library board picks a site for the new branch"
    assert draft.dek.startswith("The old feed store on Main Street won out")
    assert draft.byline == ("Kim Oh",)
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.caption.startswith("The former feed store on Main Street")
    assert image.credit == "Lee Park/Valley Ledger"
    assert image.alt == "A brick storefront with boarded windows"
    # the editors' box, comment, struck text and footnote are no text; a link reads as its words
    assert "Desk" not in body and "Status" not in body and "closed in 2019" not in body
    assert "board packet" not in body and "~~" not in body and "tag>" not in body
    assert (
        "The purchase price is $410,000, the board said, and the renovation plan is due in the spring."
        in draft.paragraphs
    )
    assert "## A second vote" in draft.paragraphs

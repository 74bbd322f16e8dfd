# ruff: noqa: E501  (documents as converters set them, a line a paragraph)
"""Shapes the twentieth filing round reads right: a Word file's tracked changes and comments
as Pandoc writes them in Markdown, a WordPress export's escaped shortcodes, a dateline in
bold, Markdown's backslash escapes, and a cover image the body shows."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> tuple[Draft, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path)[1]
    return draft, "\n".join(draft.paragraphs)


PANDOC = """---
author:
- Ana Ruiz
title: Ferry dock repairs run months past the deadline
---

[]{#_GoBack .anchor}The county closed the ferry dock in May for what
it called a six-week repair[, and it is still
closed]{.insertion author="Lee Park" date="2026-12-01T16:42:00Z"}.
Crews found rot in the
[old]{.deletion author="Lee Park" date="2026-12-01T16:42:00Z"}[1950s]{.insertion author="Lee Park" date="2026-12-01T16:43:00Z"}
pilings in June, the county's engineer said.

The repair will cost [Source for this figure?]{.comment-start id="0" author="Lee Park" date="2026-12-01T16:51:00Z"}about
\\$1.2 million[]{.comment-end id="0"}, twice the first estimate. [The
engineer declined to say more.]{.deletion author="Lee Park" date="2026-12-01T16:52:00Z"}

![Workers on a barge beside wooden pilings at a closed ferry
dock](media/image1.jpeg){width="6.5in" height="4.3in"}

*Crews inspect the pilings on Monday. (Photo: Ana Ruiz/The Island Record)*

## []{#_Toc2157 .anchor}What comes next

Riders will take the water taxi until the dock reopens in March, a
spokesperson said.
"""


def test_a_word_file_s_tracked_changes_in_pandoc_markdown_are_accepted(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", PANDOC)
    assert draft.paragraphs[0] == (
        "The county closed the ferry dock in May for what it called a six-week repair, and it "
        "is still closed. Crews found rot in the 1950s pilings in June, the county's engineer said."
    )
    assert (
        draft.paragraphs[1] == "The repair will cost about $1.2 million, twice the first estimate."
    )
    assert "declined" not in body and "Source for this figure" not in body
    assert "## What comes next" in draft.paragraphs
    assert "{" not in body and "anchor" not in body
    assert draft.images[0].caption == "Crews inspect the pilings on Monday."
    assert draft.images[0].credit == "Ana Ruiz/The Island Record"
    assert draft.images[0].alt.startswith("Workers on a barge beside wooden pilings")


WORDPRESS = """---
title: "County to rebuild the ferry dock before summer"
coverImage: "dock-0412.jpg"
---

By Ana Ruiz

\\[caption id="attachment_41" align="aligncenter" width="1024"\\]![Pilings at a closed dock](images/dock-0412.jpg) Crews inspect the pilings on Monday. (Photo: Ana Ruiz/The Island Record)\\[/caption\\]

**HARBOR POINT, Wash. —** The county will rebuild the ferry dock before summer, its engineer said on Tuesday.

\\[gallery ids="42,43,44" columns="3"\\]

The plans are posted as dock\\_plans\\_final.pdf on the county's site.

\\[embed\\]https://www.youtube.com/watch?v=abc123\\[/embed\\]

\\[related\\_posts title="More on the ferry"\\]

Riders will take the water taxi until then.
"""


def test_a_wordpress_export_s_escaped_shortcodes_are_read(tmp_path: Path) -> None:
    draft, body = read(tmp_path, "dock.md", WORDPRESS)
    assert len(draft.images) == 1  # (the cover image is the captioned picture)
    picture = draft.images[0]
    assert picture.caption == "Crews inspect the pilings on Monday."
    assert picture.credit == "Ana Ruiz/The Island Record"
    assert picture.alt == "Pilings at a closed dock"
    assert draft.dateline == "HARBOR POINT, Wash."
    assert draft.paragraphs[0].startswith("HARBOR POINT, Wash. — The county will rebuild")
    assert "dock_plans_final.pdf" in body
    assert "gallery" not in body and "youtube" not in body and "related" not in body
    assert draft.paragraphs[-1] == "Riders will take the water taxi until then."

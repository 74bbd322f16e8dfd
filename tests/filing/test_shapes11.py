"""Shapes the twelfth filing round reads right (found on held-out-10's second half): a data
desk's MyST Markdown for Jupyter Book (code cells, figure directives, comments, targets and
roles), a section of reporting notes under its heading, and a credit for reviewing the
analysis."""

from __future__ import annotations

from pathlib import Path

from newsroom.checks.contributors import contributor_names
from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


MYST = """---
title: One in 12 north side hydrants failed flow tests this year
subtitle: A Record analysis found the failures cluster where mains are oldest
authors:
  - name: Tamsin Okafor-Reilly
kernelspec:
  name: python3
---

% DESK: hold for legal read of the utility-response section. -- TOR

```{code-cell} ipython3
:tags: [remove-cell]

import pandas as pd
```

MILWAUKEE — One of every 12 fire hydrants the utility tested on the north side this year \
could not deliver the flow firefighters count on.

```{figure} images/hydrant-bagged.jpg
:name: fig-bagged
:alt: A fire hydrant covered with an orange bag

A hydrant tagged out of service on Nov. 19. Photo: Sven Abernathy-Cruz/The Cream City Record
```

(response)=
## What the utility says

The utility disputed the comparison, which is described {ref}`above <response>`.

```{code-cell} ipython3
# sanity check against the published summary
tests.groupby("district").mean()
```

+++ {"part": "appendix"}

## Reporting notes (not for publication)

- Records request filed 6/14, fulfilled 10/30.
"""


def test_myst_markdown_code_cells_figures_comments_and_roles(tmp_path: Path) -> None:
    draft = read(tmp_path, "hydrants.md", MYST)
    assert draft.headline == "One in 12 north side hydrants failed flow tests this year"
    assert draft.dek.startswith("A Record analysis")
    assert draft.dateline == "MILWAUKEE"
    [image] = draft.images
    assert image.caption == "A hydrant tagged out of service on Nov. 19."
    assert image.credit == "Sven Abernathy-Cruz/The Cream City Record"
    assert image.alt == "A fire hydrant covered with an orange bag"
    assert draft.paragraphs[-1] == "The utility disputed the comparison, which is described above."
    kept = " ".join((draft.headline, *draft.paragraphs))
    for debris in ("pandas", "sanity", "DESK", "(response)=", "+++", "Records request", "{ref}"):
        assert debris not in kept
    stripped = dict((text, what) for what, text in draft.stripped)
    assert stripped["import pandas as pd"] == "code"
    assert stripped["DESK: hold for legal read of the utility-response section. -- TOR"] == (
        "note to the desk"
    )


def test_a_fence_never_closed_is_text_and_loses_nothing(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "open.md",
        "# Council delays vote on the harbor seawall\n\n"
        "The council put off its vote on the seawall until January.\n\n"
        "```\n\nThe mayor said the delay would cost $40,000.\n",
    )
    assert "The mayor said the delay would cost $40,000." in draft.paragraphs


def test_a_margin_aside_is_no_part_of_the_story(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "margin.md",
        "# Council delays vote on the harbor seawall\n\n"
        "The council put off its vote on the seawall until January.\n\n"
        ":::{margin} Key numbers\nThe seawall is 1,240 feet long and was built in 1961.\n"
        ":::\n\nThe mayor said the delay would cost $40,000.\n",
    )
    assert not any("1,240 feet" in p for p in draft.paragraphs)
    assert len(draft.paragraphs) == 2


def test_a_data_editor_who_reviewed_the_analysis_is_a_contributor() -> None:
    line = "Cream City Record data editor Wendell Amari reviewed the analysis."
    assert contributor_names(line) == ["Wendell Amari"]
    assert contributor_names("Smith reviewed the analysis.") == []
    assert contributor_names("The auditor reviewed the analysis.") == []
    assert contributor_names("Jane Smith reviewed the analysis and called it sound.") == []


LINKEDIN = """Skip to main content
LinkedIn
Articles
People
Join now
Sign in

Ashby terminal will stay shut through spring after conveyor gallery collapse

Marit Solberg-Ames
Marit Solberg-Ames
Senior Reporter at Lakehead Freight Journal | Ports, grain and rail on the Great Lakes
Published Dec 2, 2026
+ Follow

DULUTH, Minn. — The Ashby grain terminal on Rice's Point will not load ships again until \
at least April, its owner told customers Monday, after a conveyor gallery collapsed.

No one was hurt when a 140-foot section of the enclosed gallery, which carries grain from the \
terminal's bins to the ship loaders, fell about 60 feet onto the dock in winds of 58 mph.

The closure comes at the end of a season in which the terminal shipped about 1.1 million tons \
of spring wheat and durum, most of it to mills in Quebec and to buyers in Europe.

Lakehead Freight Journal's Tobiah Karvonen contributed reporting from Thunder Bay.

#GreatLakes #Shipping #Grain

Subscribe to The Lake Trade
By Marit Solberg-Ames · 4,812 subscribers
Subscribe

Like
Comment
Share
24 Comments

Gunnar Thiessen-Lowe
Grain merchandiser
1d
Good reporting, Marit. The insurance question is the one nobody wanted to answer.
Like
Reply
3 Reactions

See more comments
To view or add a comment, sign in

More articles by Marit Solberg-Ames
Ice is late on Lake Superior. Shippers aren't complaining.
Nov 18, 2026

Others also viewed
Five things to watch in the 2027 shipping season

Sign in to view more content
Create your free account or sign in to continue your search
Email or phone
Password
Forgot password?
New to LinkedIn? Join now

LinkedIn © 2026
About
Accessibility
User Agreement
Cookie Policy
Language
"""


def test_an_article_copied_from_a_social_network_logged_out(tmp_path: Path) -> None:
    draft = read(tmp_path, "linkedin.txt", LINKEDIN)
    assert draft.headline.startswith("Ashby terminal will stay shut")
    assert draft.byline == ("Marit Solberg-Ames",)
    assert draft.dek == ""
    assert draft.dateline == "DULUTH, Minn."
    assert [c.name for c in draft.contributors] == ["Tobiah Karvonen"]
    assert len(draft.paragraphs) == 3
    assert draft.paragraphs[-1].startswith("The closure comes")


def test_a_copyright_line_mid_story_strips_nothing_under_it(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "mid.txt",
        "Council delays vote on the harbor seawall\n\nBy Ana Ruiz\n\n"
        "The council put off its vote on the seawall until January, saying it needed the "
        "engineers' final report on the cost of raising the wall by two feet along the harbor.\n\n"
        "© 2026 Harbor Engineering Group\n\nWhat comes next\n\n"
        "The engineers will present the report at a public meeting on Jan. 9, the mayor said, "
        "and the council will vote on the wall's design at its meeting later that month.\n",
    )
    assert "What comes next" in draft.paragraphs


NIGERIAN = """Skip to content
Wednesday, December 2, 2026
E-Paper   Advertise With Us   Contact Us   Privacy Policy
THE DAILY CLARION
Home
News
Metro

Ogun suspends N500 daily levy on tricycle riders after two-day strike

From Adeola Fashanu-Bello, Abeokuta
On December 2, 2026 6:14 am In Metro, News  |  4 Comments

Kindly Share This Story:

The Ogun State Government has suspended the N500 daily levy imposed on commercial tricycle \
operators, following a two-day strike that grounded movement in Abeokuta.

TEXT AD: Own a plot in Mowe Ofada for as low as N3.5m. Call 0809 555 0142

The Commissioner for Transport announced the suspension on Tuesday after a closed-door meeting.

Additional report by Kehinde Oyelaran, Sagamu.

Click here to join the Daily Clarion WhatsApp Channel

Support The Daily Clarion’s journalism of integrity and credibility
Good journalism costs a lot of money. Donate now.
Contact: editor@dailyclarion.ng

4 Comments
Olusegun K.
December 2, 2026 at 8:02 am
Suspended is not cancelled. Watch it come back in January.
Reply
Ifeoma N.
December 2, 2026 at 9:41 am
My children trekked from Lafenwa to school on Monday. Thank God.
Reply
"""


def test_a_nigerian_daily_s_page_with_a_from_byline(tmp_path: Path) -> None:
    draft = read(tmp_path, "clarion.txt", NIGERIAN)
    assert draft.headline == "Ogun suspends N500 daily levy on tricycle riders after two-day strike"
    assert draft.byline == ("Adeola Fashanu-Bello",)
    assert draft.dek == ""
    assert [c.name for c in draft.contributors] == ["Kehinde Oyelaran"]
    assert len(draft.paragraphs) == 2, draft.paragraphs


def test_a_from_line_names_a_byline_only_as_a_name_and_a_place() -> None:
    from newsroom.checks.lexicon import DEFAULT
    from newsroom.filing.lines import byline_names, from_byline

    assert from_byline("From Adeola Fashanu-Bello, Abeokuta", DEFAULT) == ["Adeola Fashanu-Bello"]
    assert from_byline("From Lagos, Nigeria", DEFAULT) == []
    assert from_byline("From: Jane Doe, Editor", DEFAULT) == []
    assert from_byline("From the archives, 1962", DEFAULT) == []
    # (read only under a headline: anywhere else such a line is no byline)
    assert byline_names("From Adeola Fashanu-Bello, Abeokuta", DEFAULT) == []


def test_comments_in_one_paragraph_each_with_its_name_date_and_reply() -> None:
    from newsroom.checks.chrome import debris

    found = debris([(0, line) for line in NIGERIAN.split("4 Comments\n")[-1].splitlines()])
    assert set(found) == {"comment widget"}
    # a story's own line under a name, with a number but no date, stays
    story = [(0, "Ana Ruiz"), (0, "The council voted 5-2 on Tuesday night."), (0, "Reply")]
    assert debris(story)[:2] == [None, None]

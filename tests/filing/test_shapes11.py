"""Shapes the twelfth filing round reads right (found on held-out-10's second half): a data
desk's MyST Markdown for Jupyter Book (code cells, figure directives, comments, targets and
roles), a section of reporting notes under its heading, and a credit for reviewing the
analysis."""

from __future__ import annotations

from pathlib import Path

from newsroom.checks.credits import contributor_names
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

"""Holes an attacker found in the twenty-second pass, aimed at the reading rules of the last
five commits: MyST fences, targets and comments in Markdown, the footer under a copyright
line, the section under a 'not for publication' heading, the writer's job line, the 'From
Name, Place' byline and the 'On <date>' line, the appeals and the reprint notice, the
'reviewed the analysis' credit, and the attribution rules for a group at a named place and a
surname that ends like a group. Each hole is a story paragraph dropped or cut at filing, an
image misread, a source credited as a contributor, a vague source read as named, or a
quadratic slowdown. Each test was seen to fail for the reason it names."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsroom.checks.statements import analyze_body
from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing

HEADLINE = "Council delays vote on the harbor seawall"
FIRST = "The council put off its vote on the seawall until January."
LAST = "The mayor said the delay would cost $40,000."
LONG = (
    "The council voted 5-2 on Tuesday night to approve a $42 million seawall along the eastern "
    "waterfront, after three hours of public comment and a warning from the city's auditor."
)


def _md(inside: str) -> str:
    return f"# {HEADLINE}\n\nBy Ana Ruiz\n\n{FIRST}\n\n{inside}\n\n{LAST}\n"


def _kinds(*paragraphs: str) -> list[list[str]]:
    return [
        [a.kind for s in p.sentences for a in s.attributions]
        for p in analyze_body(list(paragraphs))
    ]


# --- MyST marks in ordinary Markdown (paste._fences, _MYST_LINE)


def test_a_wrapped_line_that_opens_with_a_percent_sign_is_kept(tmp_path: Path) -> None:
    """A hard-wrapped paragraph's line that starts '% of residents' is cut out as a desk note."""
    draft = _read(
        tmp_path,
        "survey.md",
        _md("The survey found that 62\n% of residents backed the wall, the mayor disputed."),
    )
    assert any("of residents backed the wall" in p for p in draft.paragraphs)


def test_a_live_update_line_is_kept_when_the_story_has_a_percent_sign(tmp_path: Path) -> None:
    """A live story's '+++ Update ... +++' line vanishes (not even stripped) once a '%' appears."""
    draft = _read(
        tmp_path,
        "update.md",
        _md(
            "+++ Update, 4:15 p.m.: The council has rescheduled the vote for Jan. 9. +++\n\n"
            "About 62% of residents back the wall, a city survey found."
        ),
    )
    kept = " ".join((draft.dek, *draft.paragraphs))
    assert "rescheduled the vote for Jan. 9" in kept


def test_tilde_section_breaks_do_not_swallow_a_paragraph(tmp_path: Path) -> None:
    """A plain story that uses '~~~' as section breaks loses the paragraph between two as code."""
    draft = _read(
        tmp_path,
        "breaks.md",
        _md("~~~\n\nResidents will get a chance to speak at the next meeting.\n\n~~~"),
    )
    assert "Residents will get a chance to speak at the next meeting." in draft.paragraphs


def test_a_figure_alt_text_with_brackets_is_kept_whole(tmp_path: Path) -> None:
    """':alt: The old wall [1961]' is read as the unbalanced 'The old wall [1961'."""
    draft = _read(
        tmp_path,
        "alt.md",
        _md(
            "```{figure} img/wall.jpg\n:alt: The old wall [1961]\n\n"
            "The wall at high tide. Photo: Jo Lee/Harbor Times\n```"
        ),
    )
    [image] = draft.images
    assert image.alt in ("The old wall [1961]", "The old wall 1961", "The old wall (1961)")


def test_a_figure_whose_file_name_has_a_space(tmp_path: Path) -> None:
    """'```{figure} images/harbor wall.jpg' puts '![...](...)' into the caption and no source."""
    draft = _read(
        tmp_path,
        "space.md",
        _md(
            "```{figure} images/harbor wall.jpg\n:alt: The old wall\n\n"
            "The old wall at high tide. Photo: Jo Lee/Harbor Times\n```"
        ),
    )
    [image] = draft.images
    assert image.caption == "The old wall at high tide."
    assert image.source == "images/harbor wall.jpg"


def test_a_colon_fenced_myst_figure(tmp_path: Path) -> None:
    """':::{figure} images/wall.jpg' loses its image file and keeps ':alt:' in the alt text."""
    draft = _read(
        tmp_path,
        "colon.md",
        _md(
            ":::{figure} images/wall.jpg\n:alt: The old wall\n\n"
            "The old wall at high tide. Photo: Jo Lee/Harbor Times\n:::"
        ),
    )
    [image] = draft.images
    assert image.alt == "The old wall"
    assert image.source == "images/wall.jpg"


def test_many_fences_never_closed_file_in_linear_time(tmp_path: Path) -> None:
    """5,000 '```python' lines with no closing fence take seconds: _fence_end is quadratic."""
    text = _md("```python x\n\n" * 5000)
    warm_filing(tmp_path)
    started = time.process_time()
    _read(tmp_path, "fences.md", text)
    assert time.process_time() - started < 3.0


# --- place.py: the footer, the notes section, the writer's job


def test_a_short_last_paragraph_under_a_photo_copyright_is_kept(tmp_path: Path) -> None:
    """The story's closing short paragraph under a '© 2024 Ana Diaz' credit is a 'page footer'."""
    draft = _read(
        tmp_path,
        "kicker.txt",
        "Harbor City approves $42 million seawall\n\nBy Rosa Torres\n\n" + LONG + "\n\n"
        "A storm surge covers the old wall in 2024.\n\n© 2024 Ana Diaz\n\n"
        "“It is about time,” said Mayor Lena Park.\n\nConstruction starts in May.\n",
    )
    assert draft.paragraphs[-1] == "Construction starts in May."


def test_desk_notes_at_the_top_do_not_swallow_the_story(tmp_path: Path) -> None:
    """Notes under '## Desk notes (not for publication)' then '---' take the byline and lede."""
    draft = _read(
        tmp_path,
        "notes.md",
        f"# {HEADLINE}\n\n## Desk notes (not for publication)\n\n"
        "- Confirm the cost with the clerk.\n\n---\n\nBy Ana Ruiz\n\n"
        f"{FIRST}\n\n{LAST}\n\n### What comes next\n\nResidents will speak in January.\n",
    )
    assert draft.byline == ("Ana Ruiz",)
    assert draft.paragraphs[0] == FIRST


@pytest.mark.parametrize(
    "lede",
    [
        "A reporter, a photographer and a driver for the Harbor Times were detained by police "
        "in Minsk on Tuesday.",
        "The managing editor at the Harbor Times was fired on Tuesday, two days after the paper "
        "ran a story on the mayor.",
    ],
    ids=["reporter-comma", "editor-at"],
)
def test_a_lede_about_a_journalist_is_not_the_writer_s_job(tmp_path: Path, lede: str) -> None:
    """A story's first paragraph about a reporter or editor is stripped as the writer's job."""
    draft = _read(
        tmp_path,
        "press.txt",
        f"Harbor Times staff detained\n\nBy Rosa Torres\n\n{lede}\n\n"
        "The paper said it had not heard from them since.\n",
    )
    assert draft.paragraphs[0] == lede


# --- lines.py: 'From Name, Place' and 'On <date>'


def test_a_from_crosshead_is_not_a_byline(tmp_path: Path) -> None:
    """'## From Refugee Camp, Fine Dining' in a story with no byline is read as its byline."""
    draft = _read(
        tmp_path,
        "chef.md",
        "# Young chef finds fame on the waterfront\n\n" + LONG + "\n\n"
        "## From Refugee Camp, Fine Dining\n\nShe opened her first restaurant in May.\n",
    )
    assert draft.byline == ()
    assert "## From Refugee Camp, Fine Dining" in draft.paragraphs


def test_a_dek_that_opens_on_a_date_is_not_the_page_date(tmp_path: Path) -> None:
    """The dek 'On March 3, 2026 the council finally voted' is stripped as the page's date."""
    draft = _read(
        tmp_path,
        "dek.txt",
        "Harbor City approves $42 million seawall\n\nBy Rosa Torres\n\n"
        "On March 3, 2026 the council finally voted\n\n" + LONG + "\n",
    )
    assert draft.dek == "On March 3, 2026 the council finally voted"


# --- furniture and chrome: appeals and the reprint notice


def test_a_story_sentence_about_donating_now_is_kept(tmp_path: Path) -> None:
    """'Organizers urged residents to donate now, ...' is dropped as a call for money."""
    sentence = "Organizers urged residents to donate now, before the shelter's money runs out."
    draft = _read(
        tmp_path,
        "shelter.txt",
        f"Harbor City shelter runs short of funds\n\nBy Rosa Torres\n\n{LONG}\n\n{sentence}\n\n"
        "The state pays half.\n",
    )
    assert sentence in draft.paragraphs


def test_a_sentence_about_a_ban_on_publishing_is_kept(tmp_path: Path) -> None:
    """'This article may not be published in Russia, the regulator said.' is a site disclaimer."""
    sentence = "This article may not be published in Russia, the regulator said."
    draft = _read(
        tmp_path,
        "ban.txt",
        f"Russia blocks Harbor Times website\n\nBy Rosa Torres\n\n{LONG}\n\n{sentence}\n\n"
        "The paper said it would appeal.\n",
    )
    assert sentence in draft.paragraphs


# --- credits: 'reviewed the analysis'


def test_a_mayor_who_reviewed_the_analysis_is_a_source_not_a_contributor(tmp_path: Path) -> None:
    """'Mayor Lena Park reviewed the analysis.' is cut and credited as a contributor."""
    draft = _read(
        tmp_path,
        "hydrants.txt",
        "One in 12 hydrants failed flow tests\n\nBy Rosa Torres\n\n" + LONG + "\n\n"
        "Mayor Lena Park reviewed the analysis.\n\n"
        "She said the city would retest every failed hydrant by spring.\n",
    )
    assert draft.contributors == ()
    assert "Mayor Lena Park reviewed the analysis." in draft.paragraphs


# --- statements and naming


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters at the State Capitol said police fired tear gas.",
        "Residents at the Harbor City meeting said the plan was rushed.",
    ],
    ids=["protesters", "residents"],
)
def test_a_crowd_at_a_named_place_is_still_vague(sentence: str) -> None:
    """Unnamed protesters or residents at a named place are read as a named source."""
    assert _kinds(sentence) == [["vague"]]


def test_a_group_word_in_an_organization_s_name_is_no_surname() -> None:
    """'Growers said' is named because the story mentions 'The Citrus Growers cooperative'."""
    kinds = _kinds(
        "The Citrus Growers cooperative, which represents 300 farms, declined to comment.",
        "Growers said the frost killed half the crop.",
    )
    assert kinds[1] == ["vague"]

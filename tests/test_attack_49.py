# ruff: noqa: E501  (documents as writers set them, a line a paragraph)
"""Holes an attacker found in the forty-ninth pass, aimed at the twenty-seventh filing round:
a military public-affairs page (its unit's line under the byline, its ranks with their
class, its federal footer and its news-info box), the contributor lines a student newsroom
or a partner's translation closes with ('X edited this story.', 'Y translated interviews',
'Translated from the Spanish by Z.'), a Mexican paper's English edition (its tags' line),
a print page's jump lines, a story written for mdsvex (its script block, its logic blocks,
its file), a dateline whose place alone is in bold before its dash, and a StoryMaps page's
byline field and Credits block. Each hole is a plain story misread: a headline or a
crosshead lost as furniture, chrome left in the story, a source or a book's translator credited as the
story's contributor, a page's code read as its dek and paragraphs, the story's lede lost
with a note to the desk, a label read as the dateline or the byline, or a writer's rank
left in the byline or the name lost. Each test failed first, for the reason it named; each is fixed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text as _body
from tests.helpers import filed_draft as _read


def _story(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, "By Ana Ruiz", *paragraphs)) + "\n"



# --- a military public-affairs page: its unit's line, its footer, its news-info box


def test_a_headline_ending_in_public_affairs_is_the_headline(tmp_path: Path) -> None:
    """The unit's line under a public-affairs byline ('3rd Sustainment Brigade Public
    Affairs') is matched on any short line ending in the words, whatever its case: a pasted
    story's headline about the county's new spokesman is dropped, and the byline line under
    it becomes the headline."""
    text = _story(
        "Former deputy takes over county public affairs",
        "PINEDALE — A former sheriff's deputy will run the county's communications office, the commission said Monday.",
        "She starts in April.",
    )
    draft = _read(tmp_path, "spokesman.txt", text)
    assert draft.headline == "Former deputy takes over county public affairs", draft.headline
    assert draft.byline == ("Ana Ruiz",)


def test_a_crosshead_ending_in_public_affairs_is_kept(tmp_path: Path) -> None:
    """A profile's crosshead 'A career in public affairs' is dropped as the public-affairs
    office a military byline carries, though it stands in the story's body far from any
    byline."""
    text = (
        "# County names new emergency manager\n\nBy Ana Ruiz\n\n"
        "PINEDALE — The county named Tom Bell its emergency manager on Monday, filling a job that has been open since June.\n\n"
        "## A career in public affairs\n\n"
        "Bell spent 20 years as the county's spokesman before he applied for the job.\n\n"
        "He starts in April.\n"
    )
    draft = _read(tmp_path, "manager.md", text)
    assert "## A career in public affairs" in draft.paragraphs, draft.paragraphs


def test_crossheads_that_name_a_federal_footer_s_links_are_kept(tmp_path: Path) -> None:
    """A federal site's footer links ('Accessibility / Section 508', 'Privacy & Security')
    are matched as whole lines anywhere: a story about the county's new alert app loses its
    crossheads 'Privacy and security' and 'Accessibility'."""
    text = (
        "# County unveils new emergency alert app\n\nBy Ana Ruiz\n\n"
        "PINEDALE — The county unveiled a new emergency alert app on Monday that will send warnings about floods, fires and road closures to residents' phones.\n\n"
        "## Privacy and security\n\n"
        "The app does not track a user's location unless the user turns that feature on, the county's emergency manager said.\n\n"
        "## Accessibility\n\n"
        "The app reads alerts aloud and works with screen readers, he said.\n"
    )
    draft = _read(tmp_path, "app.md", text)
    assert "## Privacy and security" in draft.paragraphs, draft.paragraphs
    assert "## Accessibility" in draft.paragraphs, draft.paragraphs


def test_an_event_box_s_location_line_is_kept(tmp_path: Path) -> None:
    """The news-info box's 'Location: FORT ARROYO, NM, US' is matched on any 'Location:'
    line ending in two capitals: the event box at the foot of a story about a library's book
    sale loses where the sale is, and keeps when it is."""
    text = _story(
        "Library book sale returns after two years",
        "PINEDALE — The Friends of the Library will hold their first book sale in two years on Saturday, with about 8,000 books for sale.",
        "Money from the sale pays for the children's summer reading program.",
        "When: Saturday, 9 a.m. to 3 p.m.",
        "Location: Pinedale Public Library, WY",
    )
    draft = _read(tmp_path, "sale.txt", text)
    assert "Location: Pinedale Public Library, WY" in draft.paragraphs, draft.paragraphs


# --- a rank with its class before the name


def test_a_navy_writer_s_rank_with_its_class_is_no_name(tmp_path: Path) -> None:
    """The Navy's public-affairs writers sign with their rate and its class ('Mass
    Communication Specialist 2nd Class'), which the round's ranks leave out: the byline
    line, its class's number read as no name, is taken for the dek and the story has no
    byline."""
    text = """Sailors help county crews clear flood debris

By Mass Communication Specialist 2nd Class Dana Whitfield

NAVAL AIR STATION FALLON, Nev. -- Sailors spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The work ended March 6.
"""
    draft = _read(tmp_path, "crossing.txt", text)
    assert draft.byline == ("Dana Whitfield",), (draft.byline, draft.dek)
    assert draft.dek == ""


def test_a_private_second_class_s_rank_is_no_name(tmp_path: Path) -> None:
    """The Army's lowest ranks with their class ('Pvt. 2nd Class') are left out of the
    round's ranks, so the byline ends at the class's number and names 'Pvt'."""
    text = """Soldiers help county crews clear flood debris

By Pvt. 2nd Class Dana Whitfield

FORT ARROYO, N.M. -- Soldiers spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The work ended March 6.
"""
    draft = _read(tmp_path, "crossing.txt", text)
    assert draft.byline == ("Dana Whitfield",), draft.byline


def test_the_second_writer_s_rank_is_no_part_of_the_name(tmp_path: Path) -> None:
    """A rank is taken off only at the byline's start: 'By Staff Sgt. Dana Whitfield and
    Spc. Tom Bell' names 'Spc. Tom Bell', a rank in a name the roster never matches."""
    text = """Soldiers help county crews clear flood debris

By Staff Sgt. Dana Whitfield and Spc. Tom Bell

FORT ARROYO, N.M. -- Soldiers spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The work ended March 6.
"""
    draft = _read(tmp_path, "crossing.txt", text)
    assert draft.byline == ("Dana Whitfield", "Tom Bell"), draft.byline


def test_a_contributor_line_with_a_rank_and_its_class(tmp_path: Path) -> None:
    """The round reads a rank with its class before a byline's name, not before a
    contributor line's: the closing 'Sgt. 1st Class Rene Ortiz contributed to this story.'
    is left in the story's text and Ortiz is not credited."""
    text = """Soldiers help county crews clear flood debris

By Dana Whitfield

FORT ARROYO, N.M. -- Soldiers spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The work ended March 6.

Sgt. 1st Class Rene Ortiz contributed to this story.
"""
    draft = _read(tmp_path, "crossing.txt", text)
    assert [c.name for c in draft.contributors] == ["Rene Ortiz"], draft.contributors
    assert _body(draft).endswith("The work ended March 6.")


def test_a_contributor_line_naming_a_specialist_is_one_sentence(tmp_path: Path) -> None:
    """'Spc.' is read as a sentence's end: 'Staff Sgt. Rene Ortiz and Spc. Ana Ruiz
    contributed to this story.' leaves 'Staff Sgt. Rene Ortiz and Spc.' as the story's last
    paragraph and credits Ruiz alone."""
    text = """Soldiers help county crews clear flood debris

By Dana Whitfield

FORT ARROYO, N.M. -- Soldiers spent three days last week helping county road crews clear a river crossing that floodwater had buried in debris.

The work ended March 6.

Staff Sgt. Rene Ortiz and Spc. Ana Ruiz contributed to this story.
"""
    draft = _read(tmp_path, "crossing.txt", text)
    assert sorted(c.name for c in draft.contributors) == ["Ana Ruiz", "Rene Ortiz"]
    assert _body(draft).endswith("The work ended March 6."), draft.paragraphs


# --- 'X edited this story.', 'Y translated interviews', 'Translated from the Spanish by Z.'


def test_a_source_who_edited_this_project_s_book_is_no_contributor(tmp_path: Path) -> None:
    """'edited this project' is matched before the possessive's apostrophe: a source who
    edited the project's oral history, in a story about it, is credited as the story's
    editor and her sentence is cut from the story."""
    text = _story(
        "Forty years later, the mill town remembers",
        "When the Harbor Street mill closed in 1986, the historical society began recording the workers who lost their jobs.",
        "Lena Park edited this project's first oral history in 1990 and still keeps the tapes in her basement.",
        '"Nobody here has forgotten it," Park said.',
    )
    draft = _read(tmp_path, "mill.txt", text)
    assert not draft.contributors, draft.contributors
    assert any(p.startswith("Lena Park edited") for p in draft.paragraphs), draft.paragraphs


def test_a_source_s_son_who_translated_for_her_is_no_contributor(tmp_path: Path) -> None:
    """A sentence of the story saying who interpreted for a source is read as the closing
    'Y translated interviews conducted in Spanish.': her son is credited in credits.yaml as
    the story's translator and the sentence is cut."""
    text = _story(
        "Farmworker wins back pay after three-year fight",
        "Rosa Elvira Campos spent three years trying to collect $14,000 in wages a grower owed her.",
        "Her son, Luis Campos, translated the interview.",
        '"I did not give up, because it was my money," she said.',
        "Campos said she would use the money to pay her rent.",
    )
    draft = _read(tmp_path, "wages.txt", text)
    assert not draft.contributors, draft.contributors
    assert "Her son, Luis Campos, translated the interview." in draft.paragraphs


def test_a_review_s_book_details_translator_is_no_contributor(tmp_path: Path) -> None:
    """A paragraph of its own 'Translated from the Spanish by Y.' is taken for a partner's
    note on the story's translation; in a review's details of the book, each set on its own
    line, it names the book's translator, who is credited as the story's and cut from
    the details."""
    text = (
        "# A novel of one long drought\n\nBy Ana Ruiz\n\n"
        "Ferrán's novel follows a family of salt carriers across one dry year in the high desert.\n\n"
        "It is her first book to appear in English.\n\n"
        "**The Salt Road**, by Elena Ferrán\n\n"
        "*Translated from the Spanish by Ruth Ames.*\n\n"
        "*Harbor Books, 288 pages, $27.*\n"
    )
    draft = _read(tmp_path, "review.md", text)
    assert not draft.contributors, draft.contributors
    assert "Translated from the Spanish by Ruth Ames." in draft.paragraphs, draft.paragraphs


# --- a Mexican paper's English edition, and a print page's jump lines

PLAZA = """Market vendors move to new plaza as old lot closes

By Graciela Montaño

NOGALES, Son. — Vendors at the city's Saturday market set up for the first time in a new plaza this weekend after the lot they used for 20 years was sold.

"The first Saturday is always slow, but people found us," said Rosa Elvira Campos, who sells dried chiles.

The association said it expects all 80 stalls to be open by April.

{closing}
"""


def test_a_translator_s_line_after_the_information_line_names_a_contributor(
    tmp_path: Path,
) -> None:
    """'Translated from the Spanish by Y.' is read only as a paragraph of its own: the
    English edition's closing paragraph 'With information from Hugo Valenzuela. Translated
    from the Spanish by Beth Kroll.' credits Valenzuela and leaves the translator's sentence
    as the story's last line, Kroll uncredited."""
    closing = "With information from Hugo Valenzuela. Translated from the Spanish by Beth Kroll."
    draft = _read(tmp_path, "plaza.txt", PLAZA.format(closing=closing))
    assert [(c.name, c.role) for c in draft.contributors] == [
        ("Hugo Valenzuela", "additional-reporting"),
        ("Beth Kroll", "translation"),
    ], draft.contributors
    assert _body(draft).endswith("to be open by April."), draft.paragraphs


def test_a_pasted_tags_line_with_commas_is_chrome(tmp_path: Path) -> None:
    """'Temas:' is read as the tags' line only with its links set apart by bars; pasted from
    the page, the line of tags the paper sets under the story ('Temas: mercado, Nogales,
    comercio') is left as the story's last paragraph."""
    draft = _read(tmp_path, "plaza.txt", PLAZA.format(closing="Temas: mercado, Nogales, comercio"))
    assert _body(draft).endswith("to be open by April."), draft.paragraphs


def test_jump_lines_of_a_section_s_page_numbers_are_chrome(tmp_path: Path) -> None:
    """The jump lines are read with a page's letter before its number ('Page A1'), not
    after it, as many papers print it: 'See FERRY, Page 6A' and 'From Page 1A' are left in
    the story's text between its paragraphs."""
    text = _story(
        "Ferry fares to rise 15 percent on island routes",
        "Fares on the two ferry lines that link the cayes to Belize City will rise by 15 percent from April 1, the operators announced on Wednesday.",
        "See FERRY, Page 6A",
        "From Page 1A",
        "Fishermen who ship their catch on the ferries said they would pay more for freight and for their own tickets.",
    )
    draft = _read(tmp_path, "ferry.txt", text)
    assert not any("Page" in p for p in draft.paragraphs), draft.paragraphs


# --- a story written for mdsvex

SVELTE_HEAD = """---
title: "Library bookmobile returns to county roads"
author: Marisol Ybarra
---

"""
LEDE = "**CAÑADA VERDE, N.M.** — The county library's bookmobile made its first run in four years on Tuesday, stopping at six rural post offices and a senior center."
FIGURE = '<Figure src="/images/van.jpg" alt="A white van." caption="The new van at the post office." credit="Photo: Tomás Reyes" />'
REST = "The old van was retired in 2022 after its transmission failed.\n\nThe bookmobile will visit each stop every two weeks.\n"


def test_a_svelte_script_s_statements_are_no_story(tmp_path: Path) -> None:
    """The round reads a '<script>' block's lines as the page's own statements, but only
    its imports and exports are taken as code: its variables, functions and calls ('let
    open = false;', 'function toggle() {') become the dek and the first paragraphs, and the
    dateline under them is lost."""
    text = (
        SVELTE_HEAD
        + "<script>\n\timport Figure from '$lib/components/Figure.svelte';\n\timport { onMount } from 'svelte';\n\n"
        "\tlet open = false;\n\tfunction toggle() {\n\t\topen = !open;\n\t}\n"
        "\tonMount(() => {\n\t\twindow.scrollTo(0, 0);\n\t});\n</script>\n\n"
        + LEDE
        + "\n\n"
        + FIGURE
        + "\n\n"
        + REST
    )
    draft = _read(tmp_path, "bookmobile.md", text)
    assert draft.dek == "", draft.dek
    assert draft.paragraphs[0].startswith("CAÑADA VERDE, N.M. — The county library"), (
        draft.paragraphs
    )
    assert draft.dateline == "CAÑADA VERDE, N.M."
    for code in ("toggle", "onMount", "open = !open"):
        assert code not in _body(draft)


def test_a_svelte_page_s_style_block_is_no_story(tmp_path: Path) -> None:
    """A Svelte component keeps its styles in a '<style>' block beside its script; the
    round reads the script and '<svelte:head>' as code and leaves the style block's rules
    as the story's dek and first paragraph."""
    text = (
        SVELTE_HEAD
        + "<script>\n\timport Figure from '$lib/components/Figure.svelte';\n</script>\n\n"
        "<style>\n\t.lede { font-size: 1.25rem; color: #333; }\n\tfigure { margin: 0 auto; }\n</style>\n\n"
        + LEDE
        + "\n\n"
        + FIGURE
        + "\n\n"
        + REST
    )
    draft = _read(tmp_path, "bookmobile.md", text)
    assert draft.dek == "", draft.dek
    assert "margin: 0 auto" not in _body(draft), draft.paragraphs


def test_the_else_branch_of_a_dev_only_block_is_the_story(tmp_path: Path) -> None:
    """'{#if dev}' runs to its '{/if}' as a note to the desk, its '{:else}' branch with it:
    the lede the published page shows in place of the writer's placeholder is lost."""
    text = (
        SVELTE_HEAD
        + "<script>\n\timport Figure from '$lib/components/Figure.svelte';\n\timport { dev } from '$app/environment';\n</script>\n\n"
        "{#if dev}\nDESK: check the grant figure with the county before noon.\n{:else}\n"
        + LEDE
        + "\n{/if}\n\n"
        + FIGURE
        + "\n\n"
        + REST
    )
    draft = _read(tmp_path, "bookmobile.md", text)
    assert draft.paragraphs[0].startswith("CAÑADA VERDE, N.M. — The county library"), (
        draft.paragraphs
    )
    assert "DESK" not in _body(draft)


def test_a_logic_block_on_one_line_leaves_no_tags(tmp_path: Path) -> None:
    """The round reads a logic block's tags only on lines of their own: '{#if showDonate}<DonateBox />{/if}'
    leaves '{#if showDonate}{/if}' as a paragraph of the story."""
    text = (
        SVELTE_HEAD
        + "<script>\n\timport Figure from '$lib/components/Figure.svelte';\n\timport DonateBox from '$lib/components/DonateBox.svelte';\n</script>\n\n"
        + LEDE
        + "\n\n"
        + FIGURE
        + "\n\n"
        "The old van was retired in 2022 after its transmission failed.\n\n"
        '{#if showDonate}<DonateBox campaign="spring" />{/if}\n\n'
        "The bookmobile will visit each stop every two weeks.\n"
    )
    draft = _read(tmp_path, "bookmobile.md", text)
    assert not any("{" in p for p in draft.paragraphs), draft.paragraphs


def test_an_mdsvex_file_is_filed(tmp_path: Path) -> None:
    """mdsvex keeps a story in a '.svx' file; the round reads the format but filing refuses
    the file for its extension, and the reporter has to rename it to file it."""
    text = (
        SVELTE_HEAD
        + "<script>\n\timport Figure from '$lib/components/Figure.svelte';\n</script>\n\n"
        + LEDE
        + "\n\n"
        + FIGURE
        + "\n\n"
        + REST
    )
    draft = _read(tmp_path, "bookmobile.svx", text)
    assert draft.headline == "Library bookmobile returns to county roads"
    assert draft.dateline == "CAÑADA VERDE, N.M."


# --- a place alone in bold before its dash


def test_a_bold_update_label_is_no_dateline(tmp_path: Path) -> None:
    """The new reading of a place alone in bold ('**TUCSON, Ariz.** — ') takes any bold
    capitals before a dash: an update note's label opening the story, '**UPDATE** —',
    becomes the dateline 'UPDATE'."""
    text = (
        "# Council delays vote on the bridge\n\nBy Ana Ruiz\n\n"
        "**UPDATE** — This story was updated at 9 p.m. Tuesday with the council's vote on the bridge.\n\n"
        "The council delayed its vote on the Harbor Street bridge on Tuesday night after Mayor Tom Bell asked for more time.\n\n"
        "The state's inspection report is due in March.\n"
    )
    draft = _read(tmp_path, "bridge.md", text)
    assert draft.dateline == "", draft.dateline


def test_a_q_and_a_s_bold_speaker_is_no_dateline(tmp_path: Path) -> None:
    """A Q&A set with each speaker in bold capitals before a dash ('**LEDGER** — Why
    ...?') has its first question's speaker read as the dateline 'LEDGER'."""
    text = (
        "# What the mayor said about the bridge\n\nBy Ana Ruiz\n\n"
        "Mayor Tom Bell spoke with the Ledger on Tuesday about the Harbor Street bridge. This interview was edited for length.\n\n"
        "**LEDGER** — Why delay the vote again on the bridge?\n\n"
        "**BELL** — We do not have the state's inspection report yet, and I will not vote blind on it.\n\n"
        "**LEDGER** — When will it arrive?\n\n"
        "**BELL** — The end of the month, the state says.\n"
    )
    draft = _read(tmp_path, "qa.md", text)
    assert draft.dateline == "", draft.dateline


# --- a StoryMaps page: its byline field and its Credits block


def test_a_column_label_in_a_byline_field_is_no_name(tmp_path: Path) -> None:
    """A byline element without 'By' is read as names before the outlet set off by a bar
    ('A and B | The News Lab'); an opinion page's 'Guest column | Tom Bell' names its label:
    the byline is 'Guest Column', and its writer is lost."""
    page = (
        "<html><head><title>Clinic cuts hours - The Ledger</title></head><body><article>"
        "<h1>Our rural clinic cannot lose its Friday hours</h1>"
        "<div class='byline'>Guest Column | Tom Bell</div>"
        "<p>The county's only clinic east of the river will close on Fridays starting in April, and my neighbors will drive an hour to see a doctor.</p>"
        "<p>The board should find the money to keep it open.</p>"
        "</article></body></html>"
    )
    draft = _read(tmp_path, "column.html", page)
    assert "Guest Column" not in draft.byline, draft.byline


def test_a_credits_block_s_reporting_row_names_a_contributor(tmp_path: Path) -> None:
    """The Credits block is read for its 'Cover photo' row alone, the rest dropped as
    repeats of the credits under the pictures; a row crediting a writer ('Additional
    reporting' — Ana Ruiz) repeats nothing, and its contributor is lost."""
    page = """<html><head><title>Orchard frost night</title></head><body><main>
<section class="cover"><div class="cover__content">
<h1 class="cover__title">The night the valley stayed up to save its apricots</h1>
<div class="cover__byline">Rosa Chávez | Mesa Student Press</div>
</div></section>
<div class="blocks">
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph">The call went out at 9 p.m.: the temperature would fall below freezing by 3 a.m., and the apricot blossoms were open.</p></div>
<div class="block-wrapper" data-block-type="text"><p class="text-block paragraph">By morning the thermometers read 27 degrees, and most of the blossoms had survived.</p></div>
<section class="credits" data-block-type="credits"><h2 class="credits__title">Credits</h2><ul class="credits__list">
<li class="credits__item"><div class="credits__content">Additional reporting</div><div class="credits__attribution">Ana Ruiz</div></li>
</ul></section>
</div></main></body></html>
"""
    draft = _read(tmp_path, "frost.html", page)
    assert [c.name for c in draft.contributors] == ["Ana Ruiz"], draft.contributors

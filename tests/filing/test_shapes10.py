"""Shapes the eleventh filing round reads right (found on held-out-10): a menu pasted with
its spacing, a light site's switches and its title line above the headline, and an author
marked with schema.org's microdata."""

from __future__ import annotations

from pathlib import Path

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


BODY = (
    "Phillips County commissioners voted 2-1 on Monday to close three of the county's six "
    "rural garbage transfer sites on March 1.\n\n"
    '"We\'re not doing this because we want to," said Commissioner Lyle Ostergaard.\n'
)


def test_a_light_site_s_title_switches_and_spaced_menu_stay_out(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "lite.txt",
        "High Line Public Radio : Text-Only News\n\n"
        "Text-Only Version   Go To Full Site\n\n"
        "News   Region   Economy   Sports   Culture   Obituaries\n\n"
        "Phillips County will close three rural garbage sites, leaving some ranchers a "
        "60-mile round trip\n\n"
        "By Corinne Wabash, Tad Ellery\n\n" + BODY,
    )
    assert draft.headline.startswith("Phillips County will close three rural garbage sites")
    assert draft.dek == ""
    assert draft.byline == ("Corinne Wabash", "Tad Ellery")
    assert draft.paragraphs[0].startswith("Phillips County commissioners voted")
    kept = " ".join(draft.paragraphs)
    for chrome in ("Text-Only", "Full Site", "Economy"):
        assert chrome not in kept and chrome not in draft.headline


def test_only_a_menu_s_own_spacing_marks_a_pasted_line_as_one() -> None:
    from newsroom.filing.paste import text_blocks

    [spaced] = text_blocks("News   Sports   Opinion\n")
    [single] = text_blocks("News Sports Opinion\n")
    [prose] = text_blocks("The vote was 5-2.   Critics  said it was rushed.\n")
    assert (spaced.text, spaced.hint) == ("News Sports Opinion", "chrome")
    assert single.hint == "" and prose.hint == ""


def test_an_author_marked_with_microdata(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Christmas swim raises record sum for lake rescue boat</h1>"
        '<div class="footer"><p><span itemprop="author" itemscope '
        'itemtype="http://schema.org/Person">By <span itemprop="name">Aoife Mulvihill</span>'
        "</span></p></div>"
        "<p>More than 340 swimmers ran into Lough Ree at Hodson Bay on Sunday morning.</p>"
        "<p>The water temperature at the jetty was 6.1 degrees.</p></article></body></html>"
    )
    assert read(tmp_path, "swim.html", page).byline == ("Aoife Mulvihill",)


LEDE = (
    "LAS CRUCES, N.M. — The 112 households of Cottonwood Bend became the owners of their "
    "park on Monday, closing on a $9.8 million purchase."
)
MORE = "The cooperative will freeze lot rents for three years, its board said."


def test_zola_front_matter_with_its_extra_table_and_a_figure_call(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "park.md",
        '+++\ntitle = "Residents buy the mobile home park they live in"\n'
        'description = "After a 14-month fight, 112 households closed on the purchase."\n'
        'template = "story.html"\n\n[extra]\nauthors = ["Lupe Carranza", "Devin Achterberg"]\n'
        'lead_image = "vote.jpg"\nlead_alt = "Residents raise paper ballots"\n'
        'lead_caption = "Residents vote in the clubhouse on Nov. 20."\n'
        'lead_credit = "Devin Achterberg/Mesilla Valley Ledger"\n+++\n\n'
        f"{LEDE}\n\n"
        '{{ figure(src="aerial.jpg", alt="Rows of mobile homes seen from above",\n'
        '   caption="The park\'s 112 lots sit along three loops.",\n'
        '   credit="Courtesy of the Cottonwood Bend Cooperative") }}\n\n'
        f"{MORE}\n",
    )
    assert draft.headline == "Residents buy the mobile home park they live in"
    assert draft.dek == "After a 14-month fight, 112 households closed on the purchase."
    assert draft.byline == ("Lupe Carranza", "Devin Achterberg")
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Residents vote in the clubhouse on Nov. 20.",
            "Devin Achterberg/Mesilla Valley Ledger",
            "Residents raise paper ballots",
        ),
        (
            "The park's 112 lots sit along three loops.",
            "Courtesy of the Cottonwood Bend Cooperative",
            "Rows of mobile homes seen from above",
        ),
    ]
    assert draft.paragraphs == (LEDE, MORE)


def test_nikola_metadata_in_a_comment_and_paired_shortcodes(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "waitlist.md",
        "<!--\n.. title: 412 students are waiting for a nursing seat\n"
        ".. slug: nursing-waitlist\n.. date: 2026-12-02 06:00:00 UTC-07:00\n"
        ".. description: The waitlist has tripled since 2022.\n"
        ".. author: Harriet Okonjo and Samir Delacroix\n-->\n\n"
        f"{LEDE}\n\n"
        '{{% thumbnail "/images/sim-lab.jpg" alt="Two students check a manikin\'s pulse" '
        'title="Sim lab" %}}Students practice in the simulation lab on Nov. 18. '
        "(Photo: Samir Delacroix/The Foothills Current){{% /thumbnail %}}\n\n"
        '{{% chart Bar title="Applicants vs. seats" %}}\n'
        "'Qualified applicants', [138, 201, 288, 412]\n'Seats', [96, 96, 96, 96]\n"
        "{{% /chart %}}\n\n"
        f"{MORE}\n",
    )
    assert draft.headline == "412 students are waiting for a nursing seat"
    assert draft.dek == "The waitlist has tripled since 2022."
    assert draft.byline == ("Harriet Okonjo", "Samir Delacroix")
    assert [(i.caption, i.credit, i.alt) for i in draft.images] == [
        (
            "Students practice in the simulation lab on Nov. 18.",
            "Samir Delacroix/The Foothills Current",
            "Two students check a manikin's pulse",
        )
    ]
    assert draft.paragraphs == (LEDE, MORE)


def test_a_page_read_through_a_browser_s_translation(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "translated.txt",
        "Google Translate\nTranslated from: French\nShow original\n\n"
        "Aviation Boréal abandons the Gaspé–Montreal route on January 31\n\n"
        "Geneviève Thériault\nRegional economy journalist\n\n"
        "Published on December 2, 2026 at 5:30 a.m.\n\n"
        "GASPÉ – The regional carrier Aviation Boréal will stop serving the Gaspé airport on "
        "January 31, the company confirmed Tuesday.\n\n"
        "To read also: Sept-Îles airport: the work on the runway postponed to 2028\n\n"
        "The city proposes to buy 20 seats a week in advance, the mayor said.\n\n"
        "To comment, you must be a subscriber.\n\n"
        "Tous droits réservés — Politique de confidentialité\n\n"
        "Rate this translation\n"
        "Your feedback will be used to help improve Google Translate\n",
    )
    assert draft.headline == "Aviation Boréal abandons the Gaspé–Montreal route on January 31"
    assert draft.byline == ("Geneviève Thériault",)
    assert len(draft.paragraphs) == 2
    kept = " ".join(draft.paragraphs)
    for chrome in ("Translate", "read also", "comment", "droits", "Rate this"):
        assert chrome not in kept


def test_how_to_reach_a_named_writer_is_no_paragraph() -> None:
    from newsroom.filing.furniture import furniture

    line = "Reach Signe Lindqvist at slindqvist@centralsandsjournal.com or 715-555-0193."
    assert furniture(line) == "writer's contact"
    assert furniture("The crews reach Main Street at 5 p.m. on Tuesday.") is None


def test_word_s_non_breaking_and_optional_hyphens_read_as_a_reader_sees_them(
    tmp_path: Path,
) -> None:
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Ice rescue team gets a hovercraft").runs[0].bold = True
    document.add_paragraph("By Aune Bergquist")
    paragraph = document.add_paragraph()
    for text, mark in (
        ("They carry a 30", "w:noBreakHyphen"),
        ("foot rope and a john", "w:softHyphen"),
    ):
        run = paragraph.add_run(text)
        run._r.append(OxmlElement(mark))
    paragraph.add_run("boat on the ice.")
    document.add_paragraph("The craft cost $118,000, the captain said.")
    path = tmp_path / "hovercraft.docx"
    document.save(str(path))
    draft = read_draft(path)[1]
    assert "They carry a 30-foot rope and a johnboat on the ice." in draft.paragraphs


def test_a_newsletter_s_authors_one_a_line_over_its_date(tmp_path: Path) -> None:
    draft = read(
        tmp_path,
        "brief.txt",
        "City quietly pauses curbside glass pickup\n\n"
        "Plus: where the 1,100 tons already collected is going\n\n"
        "Jonah Whitcomb\nRosa Ibarra\nDecember 02, 2026\n\n"
        "Boise will stop picking up glass at the curb on Jan. 5, city officials confirmed "
        "Tuesday.\n\n"
        "About 21,000 households pay an extra $4.10 a month for the purple bins.\n",
    )
    assert draft.byline == ("Jonah Whitcomb", "Rosa Ibarra")
    assert draft.dek == "Plus: where the 1,100 tons already collected is going"
    assert draft.paragraphs[0].startswith("Boise will stop picking up glass")

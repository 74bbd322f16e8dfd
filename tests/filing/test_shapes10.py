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

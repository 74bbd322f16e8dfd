"""Reading a filed document into a story's parts, format by format and shape by shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.filing.draft import Draft
from newsroom.filing.reader import read_draft

LABELLED = """slug: pier-fire
for: Sat web
words: 450

HED: Fire destroys bait shop on the city pier
DEK: No one was hurt; the pier stays closed through the weekend
BYLINE: Ana Ruiz

PIER CITY, Fla. -- A fire destroyed the bait shop at the end of the city pier early Sunday.

{photo}

Fire Chief Ana Soto said the cause was under investigation.

Editing by Paul Grey; additional reporting by Omar Said.

END
""".format(
    photo="[PHOTO: pier-fire.jpg | Caption: Smoke rises from the pier on Sunday. | "
    "Credit: Li Wei/Pier Times | Alt: Gray smoke above a wooden pier.]"
)

EMAIL = """From: Dana Cole <dana@example.org>
Sent: Monday, March 16, 2026 9:02 AM
To: Newsdesk <desk@example.org>
Subject: NEWS RELEASE: clinic opens

Good morning,

Please see the release below.

Thanks,
Dana

FOR IMMEDIATE RELEASE

County opens a walk-in clinic in Shoshone Falls after a decade without one

The clinic will offer primary care and lab work starting in June

{lede}

The clinic will have two nurse practitioners and a visiting physician.

###
""".format(
    lede="SHOSHONE FALLS, Idaho, March 16, 2026 -- The county health district will open a "
    "walk-in clinic on Main Street in June, ending a decade without primary care in the town."
)

WRAPPED = """Harbor bridge to close for three weeks of repairs in April

By Lena Park

HARBOR CITY, Fla. -- The Harbor Street bridge will close for three
weeks starting April 6 while crews replace its expansion joints, the
county said Tuesday, sending about 18,000 drivers a day onto a detour
through the downtown grid.

The county said the work could not wait until summer because two of
the joints failed an inspection in January and have been patched
twice since then.

More from Metro
Council delays vote on parking meters
Library extends weekend hours

14 thoughts on "Harbor bridge to close"
Jo says:
This is going to be a mess.
"""

MARKDOWN = """---
title: Harbor pier reopens after storm repairs
images:
  - file: pier.jpg
    caption: Anglers return to the pier on Saturday.
    credit: Li Wei/Pier Times
    alt: People fishing from a wooden pier.
---

<!-- Li: double-check the reopening date with parks -->

By Ana Ruiz

HARBOR CITY, Fla. -- The city pier reopened Saturday after six months of storm repairs.

> **ED (desk), 5/2:** can we get the cost higher?

![Workers on the pier][crew]

The repairs cost $2.1 million, the parks department said.

[crew]: crew.jpg
"""

PAGE = """<!doctype html><html><head>
<title>Pier Times: Harbor pier reopens after storm repairs</title>
<meta property="og:title" content="Pier Times: Harbor pier reopens after storm repairs">
<meta name="description" content="A summary the page never shows.">
</head><body>
<header><h1 class="site">Pier Times</h1></header>
<main><h2 class="entry-title">Harbor pier reopens after storm repairs</h2>
<div class="standfirst"><p>Six months of work, and the anglers are back.</p></div>
<p>Por Ana Ruiz y Li Wei</p>
<p>HARBOR CITY, Fla. — The city pier reopened Saturday after six months of storm repairs.<sup><a
 href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
<figure><img src="pier.jpg" alt="People fishing"><figcaption>Anglers return on Saturday.
Foto: Li Wei/Pier Times</figcaption></figure>
<p>The repairs cost $2.1 million.<br>The parks department paid half.</p>
<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>Confirm the cost with parks. — Ed</p></div>
</main></body></html>
"""


def read(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_draft(path)[1]


def test_labelled_fields_and_a_photo_note(tmp_path: Path) -> None:
    draft = read(tmp_path, "pier.txt", LABELLED)
    assert draft.headline == "Fire destroys bait shop on the city pier"
    assert draft.dek == "No one was hurt; the pier stays closed through the weekend"
    assert draft.byline == ("Ana Ruiz",)
    assert draft.dateline == "PIER CITY, Fla."
    [image] = draft.images
    assert (image.caption, image.credit, image.alt, image.name) == (
        "Smoke rises from the pier on Sunday.",
        "Li Wei/Pier Times",
        "Gray smoke above a wooden pier.",
        "pier-fire.jpg",
    )
    assert draft.paragraphs == (
        "PIER CITY, Fla. -- A fire destroyed the bait shop at the end of the city pier early "
        "Sunday.",
        "Fire Chief Ana Soto said the cause was under investigation.",
    )
    assert {(c.name, c.role) for c in draft.contributors} == {
        ("Paul Grey", "editing"),
        ("Omar Said", "additional-reporting"),
    }
    stripped = {text for _, text in draft.stripped}
    assert {"slug: pier-fire", "for: Sat web", "words: 450", "END"} <= stripped


def test_a_forwarded_release_loses_its_wrapper(tmp_path: Path) -> None:
    draft = read(tmp_path, "release.txt", EMAIL)
    assert draft.headline == (
        "County opens a walk-in clinic in Shoshone Falls after a decade without one"
    )
    assert draft.dek == "The clinic will offer primary care and lab work starting in June"
    assert draft.dateline == "SHOSHONE FALLS, Idaho, March 16, 2026"
    assert len(draft.paragraphs) == 2
    body = " ".join(draft.paragraphs)
    for wrapper in ("From:", "Subject:", "Good morning", "Thanks", "IMMEDIATE", "###"):
        assert wrapper not in body


def test_wrapped_text_teasers_and_comments(tmp_path: Path) -> None:
    draft = read(tmp_path, "bridge.txt", WRAPPED)
    assert draft.headline == "Harbor bridge to close for three weeks of repairs in April"
    assert draft.byline == ("Lena Park",)
    assert len(draft.paragraphs) == 2
    assert draft.paragraphs[0].endswith("through the downtown grid.")
    body = " ".join(draft.paragraphs)
    for chrome in ("More from Metro", "parking meters", "thoughts on", "a mess"):
        assert chrome not in body


def test_markdown_notes_and_front_matter_images(tmp_path: Path) -> None:
    draft = read(tmp_path, "pier.md", MARKDOWN)
    assert draft.headline == "Harbor pier reopens after storm repairs"
    assert draft.byline == ("Ana Ruiz",)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("Anglers return to the pier on Saturday.", "Li Wei/Pier Times"),
        ("", ""),
    ]
    assert draft.images[1].alt == "Workers on the pier" and draft.images[1].name == "crew.jpg"
    body = " ".join(draft.paragraphs)
    assert "double-check" not in body and "ED (desk)" not in body and "[crew]" not in body
    assert "$2.1 million" in body


def test_a_page_read_as_it_shows(tmp_path: Path) -> None:
    draft = read(tmp_path, "pier.html", PAGE)
    assert draft.headline == "Harbor pier reopens after storm repairs"  # not the site's name
    assert draft.dek == "Six months of work, and the anglers are back."  # not the meta tag
    assert draft.byline == ("Ana Ruiz", "Li Wei")
    [image] = draft.images
    assert (image.caption, image.credit) == ("Anglers return on Saturday.", "Li Wei/Pier Times")
    assert draft.paragraphs == (
        "HARBOR CITY, Fla. — The city pier reopened Saturday after six months of storm repairs.",
        "The repairs cost $2.1 million.",
        "The parks department paid half.",
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ana Ruiz and Li Wei | Staff Writers", ("Ana Ruiz", "Li Wei")),
        ("BY ANA RUIZ", ("Ana Ruiz",)),
        ("Posted on March 3, 2026 by Ana Ruiz", ("Ana Ruiz",)),
        ("Author: Ana Ruiz, Li Wei (KXYZ)", ("Ana Ruiz", "Li Wei")),
        ("By Ana Ruiz, Associated Press", ("Ana Ruiz",)),
    ],
)
def test_bylines(tmp_path: Path, line: str, names: tuple[str, ...]) -> None:
    text = f"Harbor pier reopens after storm repairs\n\n{line}\n\nThe pier reopened Saturday.\n"
    assert read(tmp_path, "pier.txt", text).byline == names


PIECES = (
    "<p>",
    "</p>",
    "<div class='share'>",
    "</div>",
    "<h1>",
    "</h1>",
    "<br>",
    "<!-- c -->",
    "<figure><img src='x.jpg' alt='a'>",
    "<figcaption>",
    "</figcaption></figure>",
    "By Ana Ruiz",
    "HARBOR, Fla. — ",
    "(Photo: A/B)",
    "Photo: X",
    "<table><tr><td>",
    "</td></tr></table>",
    "<script>x</script>",
    "Related Stories",
    "\n",
    "\n\n",
    "> ",
    "# ",
    "Additional reporting by Li Wei.",
    "<img src='data:image/png;base64,!!!'>",
    "HED: ",
    "[PHOTO: a.jpg | Caption: c",
    "|",
    "]",
    "**",
    "---\n",
    "title: x\n",
    "\u202e",
    "\x1b[2J",
    "<?xml version='1.0' encoding='utf-8'?>",
    "<a href='#cmnt1' id='cmnt_ref1'>[a]</a>",
    "<a href='#cmnt_ref1'>[a]</a>",
    "<article>",
    "</article>",
    "14 thoughts on x",
    "END",
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": 5, '
    '"author": [null, {"name": [1]}]}</script>',
    "The council voted on Tuesday to approve the plan. ",
)


@pytest.mark.parametrize("ext", [".txt", ".md", ".html"])
def test_generated_documents_read_or_are_refused(tmp_path: Path, ext: str) -> None:
    """Documents made of odd pieces in any order: each is read, or refused in one line."""
    import random

    from newsroom.errors import NewsroomError

    rng = random.Random(ext)
    for n in range(80):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
        path = tmp_path / f"doc-{n}{ext}"
        path.write_text(text, encoding="utf-8")
        try:
            read_draft(path)
        except NewsroomError as exc:
            assert "\n" not in exc.one_line()


@pytest.mark.parametrize(
    "line",
    [
        '"You can reach her at the office," he said.',
        "Do you remember the flood of 1998?",
        "Q: Will buses run?",
        "Section 8 vouchers cover most of the rent.",
        "The mayor covers her own travel costs, the city said.",
    ],
)
def test_story_lines_are_no_furniture(line: str) -> None:
    from newsroom.filing.furniture import furniture

    assert furniture(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ana Ruiz covers schools for the Ledger. Reach her at ana@ledger.example", "writer's bio"),
        ("Can we confirm the 15% figure with the agency? — Lou", "note to the desk"),
        ("From: Dana Cole <dana@example.org>", "e-mail header"),
        ("words: 610", "draft label"),
        ("News | Sports | Opinion | Obituaries", "site navigation"),
        ("[Facebook] [Pinterest] [Email]", "site navigation"),
        ("Tue 3 Mar 2026 17.45 GMT", "page date"),
        ("Lea también: Faltan médicos en el Valle", "web chrome"),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    from newsroom.filing.furniture import furniture

    assert furniture(line) == kind


def test_a_page_whose_head_is_mostly_script_is_read_as_a_page(tmp_path: Path) -> None:
    """Sites inline their scripts, styles and state in the head: the first few hundred
    kilobytes of a saved page can hold no tag of its text, and it is still a page."""
    script = "window.__a=function(n){return n+1};" * 12_000  # 420 KB
    page = (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<script>{script}</script></head><body><article>"
        "<h1>Harbor City approves $42 million seawall</h1>"
        "<p>The council voted 5-2 on Tuesday night to approve the wall.</p>"
        "<p>Supporters say it will protect more than 3,200 homes.</p>"
        "</article></body></html>"
    )
    draft = read(tmp_path, "seawall.html", page)
    assert draft.headline == "Harbor City approves $42 million seawall"
    assert draft.paragraphs == (
        "The council voted 5-2 on Tuesday night to approve the wall.",
        "Supporters say it will protect more than 3,200 homes.",
    )
    assert not draft.notes

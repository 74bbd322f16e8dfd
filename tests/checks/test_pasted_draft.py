"""The draft gate on a story pasted from a web page, and on a clean, professionally written one."""

from __future__ import annotations

import json
import shutil

from tests.helpers import FIXTURES, Clone

PASTED = FIXTURES / "pasted-web-draft"


def findings(room: Clone, slug: str) -> list[dict[str, object]]:
    result = room.run("check", slug, "--stage", "draft", "--format", "json", "--no-cache")
    assert result.code in (0, 1), result.text
    found: list[dict[str, object]] = json.loads(result.out)["findings"]
    return found


def line_of(room: Clone, slug: str, fragment: str, nth: int = 0) -> int:
    lines = (room.story_dir(slug) / "story.md").read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if fragment in line]
    assert len(hits) > nth, f"{fragment!r} is not in the story"
    return hits[nth]


# (check, text on the line where it must be found, which occurrence of that text)
EXPECTED = [
    ("body.web-chrome", "Skip to content", 0),
    ("body.web-chrome", "Menu", 0),
    ("body.web-chrome", "Search this site", 0),
    ("body.web-chrome", "Share this article", 0),
    ("body.web-chrome", "Facebook Twitter Email", 0),
    ("body.web-chrome", "Advertisement", 0),
    ("body.web-chrome", "Sign up for our newsletter", 0),
    ("body.web-chrome", "Enter your email", 0),
    ("body.web-chrome", "Related Stories", 0),
    ("body.web-chrome", "You Won't Believe What This Celebrity Chef", 0),
    ("body.web-chrome", "10 Beaches You Have to See", 0),
    ("body.web-chrome", "Comments (12)", 0),
    ("body.web-chrome", "Log in to comment", 0),
    ("body.web-chrome", "© 2026 Coastal Daily Press", 0),
    # the headline and dek pasted into the body, straight and curly apostrophe alike
    ("body.pasted-headline", "Seawall Despite Residents' Objections", 2),
    ("body.pasted-headline", "Seawall Despite Residents’ Objections", 0),
    ("body.pasted-headline", "Council votes 5-2 to fund seawall", 1),
    # the captions pasted into the body
    ("body.pasted-caption", "(Photo: Facebook)", 0),
    ("body.pasted-caption", "Construction Crews At The Eastern Waterfront (Credit: Getty)", 0),
    ("body.repeated-word", "the the largest", 0),
    ("body.placeholder", "which cost TK.", 0),
    ("body.mixed-quotes", "Seawall Despite Residents’ Objections", 0),
    # the front matter as the reporter pasted it
    ("headline.case", "headline: Harbor City Council Approves", 0),
    ("captions.not-a-sentence", "caption: Construction Crews At The Eastern Waterfront", 0),
    ("captions.not-a-sentence", "caption: Harbor City Council Approves", 0),
    ("captions.repeats-headline", "caption: Harbor City Council Approves", 0),
    ("captions.credit-format", "credit: Facebook", 0),
    ("captions.credit-format", "credit: Getty", 0),
    ("captions.alt-missing", "- file: media/seawall.png", 0),
]


def test_draft_gate_finds_every_problem_of_the_pasted_draft(room: Clone) -> None:
    shutil.copytree(PASTED, room.story_dir("pasted-web-draft"))
    room.commit_all("file the pasted draft")
    found = {(f["check"], f["line"]) for f in findings(room, "pasted-web-draft")}
    missing = [
        (check, text)
        for check, text, nth in EXPECTED
        if (check, line_of(room, "pasted-web-draft", text, nth)) not in found
    ]
    assert not missing, f"not found: {missing}\nfound: {sorted(found)}"
    result = room.run("check", "pasted-web-draft", "--stage", "draft")
    assert result.code == 1


def test_prose_of_the_pasted_draft_is_not_flagged(room: Clone) -> None:
    """The news paragraphs themselves are not chrome, captions or pasted headlines."""
    shutil.copytree(PASTED, room.story_dir("pasted-web-draft"))
    prose = [
        "The Harbor City Council voted 5-2",
        "Supporters say the wall will protect",
        '"We cannot keep waiting',
        "According to people familiar",
        "Residents packed the council chamber",
        "Council member Ruth Ocampo",
        "Additional reporting by Maria Chen",
    ]
    lines = {line_of(room, "pasted-web-draft", p) for p in prose}
    flagged = {
        (f["check"], f["line"])
        for f in findings(room, "pasted-web-draft")
        if f["line"] in lines and f["check"] != "body.mixed-quotes"
    }
    assert not flagged, flagged


OTHER_PAGE = """\
Home > News > Local
Log in
Updated 6:42 p.m.
Listen to this article
Share on Facebook
Twitter

MILLBROOK — The school board voted 4-3 on Monday to close two elementary schools, a decision \
that parents said would lengthen bus rides for hundreds of children.

Millbrook Board Votes To Close Two Schools (Getty Images)

"We did not take this lightly," said board chair Helen Brennan, who voted for the closures. \
The district expects to save about $3.1 million a year, according to its budget office.

Story continues below advertisement

Parents who spoke at the meeting said the board had not explained how it chose the schools. \
Several asked the board to delay the vote until the fall, and one father said his daughter \
would now spend 50 minutes on a bus each way. The district said it would publish new routes \
by July and hold two open meetings for families before the start of the school year.

The closures take effect in August. The board will take up the sale of the buildings next \
month, and officials said any money from a sale would go to repairs at the remaining schools.

You may also like:
Five Things To Know About The New Bus Routes
Millbrook Parents Weigh Their Options

View comments
Copyright 2026 Millbrook Courier
"""


def test_draft_gate_generalizes_to_another_page(room: Clone) -> None:
    """Chrome of the same kinds, worded as another site words it, is found too."""
    room.write_story(
        "school-closures",
        front={
            "headline": "Millbrook school board votes to close two schools",
            "dek": "Parents say the decision will lengthen bus rides.",
        },
        body=OTHER_PAGE,
    )
    room.commit_all("story")
    found = {(f["check"], f["line"]) for f in findings(room, "school-closures")}
    expected = [
        ("body.web-chrome", "Home > News > Local"),
        ("body.web-chrome", "Log in"),
        ("body.web-chrome", "Updated 6:42 p.m."),
        ("body.web-chrome", "Listen to this article"),
        ("body.web-chrome", "Share on Facebook"),
        ("body.web-chrome", "Twitter"),
        ("body.pasted-caption", "(Getty Images)"),
        ("body.web-chrome", "Story continues below advertisement"),
        ("body.web-chrome", "You may also like:"),
        ("body.web-chrome", "Five Things To Know"),
        ("body.web-chrome", "Millbrook Parents Weigh"),
        ("body.web-chrome", "View comments"),
        ("body.web-chrome", "Copyright 2026 Millbrook Courier"),
    ]
    missing = [(c, t) for c, t in expected if (c, line_of(room, "school-closures", t)) not in found]
    assert not missing, f"not found: {missing}\nfound: {sorted(found)}"
    prose = [
        "MILLBROOK — The school board",
        '"We did not take this lightly,"',
        "Parents who spoke",
        "The closures take effect",
    ]
    prose_lines = {line_of(room, "school-closures", p) for p in prose}
    assert not [f for f in found if f[1] in prose_lines]


def test_clean_story_passes_the_draft_gate(room: Clone) -> None:
    room.write_story("harbor-seawall")
    room.commit_all("file story")
    assert findings(room, "harbor-seawall") == []
    assert room.run("check", "harbor-seawall", "--stage", "draft").code == 0

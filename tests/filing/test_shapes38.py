# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Shapes the thirty-eighth filing round reads right: a paste site's page copied whole, a number
before every line of the paste."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import body_text, filed_draft

PASTE_PAGE = """Skip to main content
SNIPDROP
+ new snip
tools   help   api
SIGN IN   JOIN

Ferry copy for the Coast Ledger - Ruth
A GUEST   FEB 9TH, 2026   31   0   1 WEEK
Not a member? Join to keep your snips.
text 2.10 KB | None | 0 0
raw download clone embed print report
1. Hi desk, my ferry story is below, photos went by mail. Ruth
2.
3. HEADLINE: Island ferry returns to Port Wenna after a winter in dry dock
4. SUB: Islanders had relied on a fishing boat for supplies since November
5. By Ruth Calloway
6.
7. Port Wenna, Feb 9: The island ferry Morwen sailed into Port Wenna on Monday for the first time since November, after repairs to her rudder took longer than planned.
8.
9. “We have waited twelve weeks for this,” said Tamsin Hoskin, who runs the island shop.
10.
11. The harbour board said the ferry would run twice a day until Easter.
12.
13. Ned Pascoe contributed reporting from St Kerran.
14.
15. PICS:
16. Pic 1 (IMG-0209-0044.jpg): The Morwen ties up at Port Wenna on Monday. (Pic by Ruth Calloway)
17. Pic 2 (IMG-0209-0051.jpg): The new rudder before it was fitted. (Photo courtesy: Wenna Boatyard)

Advertisement
Public Snips
Untitled
Python | 12 sec ago | 0.41 KB
create new snip  /  archive  /  faq
Site design © 2026 Snipdrop
"""


def test_a_paste_site_page_is_read_as_the_paste_its_numbered_lines_hold(tmp_path: Path) -> None:
    draft = filed_draft(tmp_path, "ferry.txt", PASTE_PAGE)
    assert draft.headline == "Island ferry returns to Port Wenna after a winter in dry dock"
    assert draft.dek == "Islanders had relied on a fishing boat for supplies since November"
    assert draft.byline == ("Ruth Calloway",)
    assert draft.dateline == "Port Wenna, Feb 9"
    assert draft.paragraphs[0].startswith("Port Wenna, Feb 9: The island ferry Morwen sailed")
    assert "The harbour board said the ferry would run twice a day until Easter." in draft.paragraphs
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("The Morwen ties up at Port Wenna on Monday.", "Ruth Calloway"),
        ("The new rudder before it was fitted.", "Photo courtesy: Wenna Boatyard"),
    ]
    assert {c.name for c in draft.contributors} == {"Ned Pascoe"}
    text = "\n".join((draft.headline, draft.dek, body_text(draft)))
    for chrome in ("Ferry copy for the Coast Ledger", "A GUEST", "raw download", "Hi desk", "Public Snips", "Snipdrop", "HEADLINE:"):
        assert chrome not in text
    assert not any(p[:3].rstrip(".").isdigit() for p in draft.paragraphs)


def test_a_numbered_list_in_a_typed_story_keeps_its_numbers(tmp_path: Path) -> None:
    story = (
        "Council sets out three road repairs\n\nBy Ann Lee\n\n"
        "KILCARRAN — The council named the roads it will mend first.\n\n"
        "1. Mill Lane\n2. Quay Street\n3. Church Road\n4. Back Lane\n5. Shore Road\n6. Bell Hill\n\n"
        "Work starts in May.\n"
    )
    draft = filed_draft(tmp_path, "roads.txt", story)
    assert "Work starts in May." in draft.paragraphs
    assert "KILCARRAN — The council named the roads it will mend first." in draft.paragraphs

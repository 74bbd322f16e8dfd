# ruff: noqa: E501  (documents as writers and sites set them, a line a paragraph)
"""Holes an attacker found in the seventy-fourth pass, aimed at the fifty-third and
fifty-fourth filing rounds: QR codes, fundraisers' pages, forms' responses, Word files in two
languages, page builders' components and printed columns.

Precision holes (ordinary documents misread):

- A web page's photograph of a woman holding her phone to the QR code on a memorial bench,
  its alt saying so, was dropped with its caption and credit as a QR code itself: a picture
  is a QR code only when its alt says it is one ('QR code', 'A QR code to our video').
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import filed_draft as _read

# --- precision: ordinary documents misread

BENCHES_PAGE = """<html><head><title>Memorial benches tell the stories of the town's dead</title></head><body>
<article>
<h1>Memorial benches tell the stories of the town's dead</h1>
<p class="byline">By Ana Ruiz</p>
<p>PORTHAVEN — Twelve new benches along the seafront each carry a plaque with a QR code that plays a recording of the person the bench remembers.</p>
<figure><img src="bench.jpg" alt="A woman holds her phone to the QR code on a memorial bench on the seafront"><figcaption>Claire Dunne plays her mother's recording at the bench on Tuesday. Photo: Tom Hale</figcaption></figure>
<p>The recordings were made by the town's library over the past two years, most of them in the residents' own kitchens.</p>
<p>The idea came from Mary Dunne's daughter, Claire, who said she wanted people to hear her mother laugh again.</p>
</article></body></html>
"""


def test_a_photograph_of_someone_scanning_a_qr_code_is_the_story_s(tmp_path: Path) -> None:
    """A photograph whose alt mentions the QR code in it is no QR code: its caption and
    credit stay."""
    draft = _read(tmp_path, "benches.html", BENCHES_PAGE)
    assert [(p.caption, p.credit) for p in draft.images] == [
        ("Claire Dunne plays her mother's recording at the bench on Tuesday.", "Tom Hale")
    ]


def test_a_picture_described_as_a_qr_code_is_still_none_of_the_story_s(tmp_path: Path) -> None:
    page = BENCHES_PAGE.replace(
        "A woman holds her phone to the QR code on a memorial bench on the seafront",
        "QR code to the recordings",
    )
    assert list(_read(tmp_path, "benches.html", page).images) == []

"""Holes found in the thirty-fifth pass, a review of the Org reader (filing/org.py) against the
Org libraries the registry holds: two of its inline patterns read some paragraphs in quadratic
time. A paragraph of many '[[' that close no link, or of many footnote marks that never close,
made the link pattern and the footnote pattern scan to the paragraph's end from each: a 32 KB
paragraph took seconds and a 750 KB file minutes. Each test was seen to fail for the reason it
names."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import filed_draft as _read
from tests.helpers import warm_filing

ORG_HEAD = "#+TITLE: Ferry fares rise for the first time in a decade\n#+AUTHOR: Renata Solberg\n"
ORG_LEDE = (
    "PORT HALE, Wash. — The county ferry board voted Tuesday to raise fares by 15% "
    "starting in March.\n"
)


def test_an_org_paragraph_of_open_link_marks_is_read_in_linear_time(tmp_path: Path) -> None:
    """16,000 '[[' with no ']]' after them: the link pattern tried each as a link's start and
    scanned to the end of the paragraph, about 4 s for 32 KB."""
    warm_filing(tmp_path)
    start = time.process_time()
    _read(tmp_path, "ferry.txt", f"{ORG_HEAD}\n{ORG_LEDE}\n{'[[' * 16000}x.\n")
    assert time.process_time() - start < 2.0


def test_an_org_paragraph_of_open_footnote_marks_is_read_in_linear_time(tmp_path: Path) -> None:
    """8,000 '[fn::' that never close: the footnote pattern scanned to the paragraph's end
    from each, about 2.3 s for 40 KB."""
    warm_filing(tmp_path)
    start = time.process_time()
    _read(tmp_path, "ferry.txt", f"{ORG_HEAD}\n{ORG_LEDE}\n{'[fn::' * 8000}x.\n")
    assert time.process_time() - start < 1.5


def test_org_links_and_footnotes_still_read(tmp_path: Path) -> None:
    draft = _read(
        tmp_path,
        "ferry.txt",
        f"{ORG_HEAD}\n{ORG_LEDE}\nThe [[https://porthale.gov/fares][fare table]] shows the new "
        "prices.[fn:1]\n\n[fn:1] Posted Tuesday.\n",
    )
    assert any("The fare table shows the new prices." in p for p in draft.paragraphs)

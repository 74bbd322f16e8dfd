# ruff: noqa: E501  (documents as writers and converters set them, a line a paragraph)
"""A credit line under the headline that names a desk, not a person: no byline, no dek."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.filing.reader import read_draft

PAGE = """Flood warning lifted for the lower valley

{credit}
Published: 6:42 PM MST December 1, 2026

The National Weather Service lifted the flood warning for the lower valley on Tuesday after the river fell below flood stage.

Crews reopened River Road by the afternoon, the county said.
"""


@pytest.mark.parametrize("credit", ["Author: KTVL Digital Desk", "By Metro Desk", "By Staff"])
def test_a_desk_s_credit_is_neither_byline_nor_dek(tmp_path: Path, credit: str) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(PAGE.format(credit=credit), encoding="utf-8")
    draft = read_draft(path)[1]
    assert not draft.byline and draft.dek == ""
    assert draft.paragraphs[0].startswith("The National Weather Service")
    assert not any(credit.split()[-1] in p for p in draft.paragraphs)

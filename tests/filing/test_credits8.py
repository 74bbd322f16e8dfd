"""Credits in the forms the eighth held-out filing set showed: a label and a slash ('Photo /
Ana Diaz'), two labels ('Foto/Photo: ...'), a graphic's or map's label, and credits whose
words say what the image is, kept whole ('Rendering courtesy of ...', 'Ledger file photo by
...')."""

from __future__ import annotations

import pytest

from newsroom.filing.captions import split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Photo / Gunnar Vale", "", "Gunnar Vale"),
        ("Foto/Photo: Teo Blake/Valley Sentinel", "", "Teo Blake/Valley Sentinel"),
        ("Graphic by Rasmus Cole", "", "Rasmus Cole"),
        ("Map: Ana Diaz", "", "Ana Diaz"),
        (
            "A rendering shows the trail. Rendering courtesy of Sunfield Renewables",
            "A rendering shows the trail.",
            "Rendering courtesy of Sunfield Renewables",
        ),
        (
            "A flare burns at the site. Ledger file photo by Hanne Soroka",
            "A flare burns at the site.",
            "Ledger file photo by Hanne Soroka",
        ),
        # the forms read before stay as they were
        (
            "Photo illustration by Dan Sokol/The Review",
            "",
            "Photo illustration by Dan Sokol/The Review",
        ),
        ("Photo: Courtesy of the Pelletier family", "", "Courtesy of the Pelletier family"),
        ("Crews work. (Photo: Ana Diaz)", "Crews work.", "Ana Diaz"),
        ("The map shows the roads.", "The map shows the roads.", ""),
    ],
)
def test_credit_forms(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)

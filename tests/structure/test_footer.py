"""The outlet of a page's copyright footer (structure/footer.py)."""
from __future__ import annotations

import pytest

from enligt.structure.footer import outlet_from_footer
from enligt.structure.lines import classify

PARAGRAPH = "The storm brought down power lines across the county overnight, and crews worked until dawn to clear roads."
STYCKE = "Stormen fällde träd över vägarna under natten, och räddningstjänsten arbetade fram till gryningen."


@pytest.mark.parametrize(
    ("texts", "outlet"),
    [
        # a copyright sign and a holder with no year between paragraphs: a picture's credit, no footer
        ([PARAGRAPH, "© Shutterstock", PARAGRAPH], None),
        ([STYCKE, "© Polisen", STYCKE], None),
        ([STYCKE, "© iStock", STYCKE, "© 2024 Länsbladet"], "Länsbladet"),
        # the footer: a year, or no running text under it
        ([PARAGRAPH, "© 2023 Harbour Gazette"], "Harbour Gazette"),
        ([STYCKE, "© Länsbladet"], "Länsbladet"),
    ],
)
def test_picture_copyright_no_footer(texts: list[str], outlet: str | None) -> None:
    assert outlet_from_footer([classify(t) for t in texts]) == outlet

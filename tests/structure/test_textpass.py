"""The body pass of a plain-text page (structure/textpass.py): captions read in page order."""
from __future__ import annotations

import pytest

from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.text import structure_text

LEAD = ("Stormen fällde hundratals träd i länet under natten, och flera vägar var stängda på morgonen. "
        "Räddningstjänsten arbetade fram till gryningen.")
MORE = ("Elbolaget räknar med att alla hushåll har ström igen till helgen. Reparationerna har försenats av "
        "det kraftiga snöfallet i inlandet, där flera linjer ligger i terräng som är svår att nå med fordon.")


def _captions(content: str) -> tuple[Caption, ...]:
    return structure_text(Page(input="t.txt", content=content, kind="text"), options=Options()).captions


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a bare credit printed twice in a row: one picture with no caption text
        ("Träd över vägarna efter stormen\n\n" + LEAD + "\n\nFoto: Eva Lund/TT\nFoto: Eva Lund/TT\n\n" + MORE,
         (Caption("", "Eva Lund/TT"),)),
        ("Storm river ned trær i hele fylket\n\nFoto: Kari Moe\nFoto: Kari Moe\n\n" + LEAD + "\n\n" + MORE,
         (Caption("", "Kari Moe"),)),
        # two pictures, each credit printed once: two
        ("Träd över vägarna efter stormen\n\n" + LEAD + "\n\nFoto: Eva Lund/TT\n\n" + MORE
         + "\n\nFoto: Eva Lund/TT\n\nMer information kommer under dagen från länsstyrelsen och kommunerna.",
         (Caption("", "Eva Lund/TT"), Caption("", "Eva Lund/TT"))),
    ],
)
def test_credit_printed_twice(content: str, expected: tuple[Caption, ...]) -> None:
    assert _captions(content) == expected

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


PARAS = ("Kommunstyrelsen i Lindås röstade på måndagen igenom den nya budgeten efter en lång debatt om skolorna.\n\n"
         "Oppositionen ville lägga mer pengar på äldreomsorgen, men förslaget föll med två rösters marginal.")


def _article(content: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.headings, art.body


@pytest.mark.parametrize(
    ("content", "heading", "last"),
    [
        # the page cut by the crawler inside a word the text writes whole: the fragment ends the body, the
        # heading above it stands
        ("Budgeten klubbad i Lindås\n\n" + PARAS + "\n\nOppositionens förslag\n\nOppositione",
         "Oppositionens förslag", "Oppositione"),
        ("Budgeten klubbad i Lindås\n\n" + PARAS + "\n\nSkolorna vinner\n\nKommunstyrelsen rös",
         "Skolorna vinner", "Kommunstyrelsen rös"),
    ],
)
def test_cut_inside_a_word(content: str, heading: str, last: str) -> None:
    headings, body = _article(content)
    assert headings == (heading,) and body[-1] == last


@pytest.mark.parametrize(
    "content",
    [
        # a whole word, a label with a colon, a form under a paragraph that ends in a colon: no cut
        "Budgeten klubbad i Lindås\n\n" + PARAS + "\n\nLäs mer\n\nOppositionen",
        "Budgeten klubbad i Lindås\n\n" + PARAS + "\n\nKälla: Kommunstyrelsen",
        "Budgeten klubbad i Lindås\n\n" + PARAS + "\n\nSkriv en kommentar om budgeten:\n\nSkicka kommentaren",
    ],
)
def test_no_cut_word(content: str) -> None:
    headings, body = _article(content)
    assert not headings and body[-1].startswith(("Oppositionen ville", "Skriv en"))

"""Paragraphs a dump ran together on one long line are cut apart at the glued breaks (gluedparas.py)."""
from __future__ import annotations

import pytest

from enligt.structure.gluedparas import split_glued_paragraphs

LONG = " Saken behandles videre i kommunestyret neste uke, og et vedtak ventes før sommeren tar til." * 3


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (f"Fabrikken stenger i tre uker.{LONG}- Vi har ikke noe valg, sier direktøren.", 2),  # no: a speech dash glued
        (f"Fabriken stänger i tre veckor.{LONG}– Vi har inget val, säger vd:n.", 2),  # sv: an en dash
        (f"Fabrikken lukker i tre uger, siger han.Tillidsmanden er bekymret for de ansatte.{LONG}", 2),  # da: a word
        (f"Die Fabrik schließt für drei Wochen, sagte er.Betriebsrat und Leitung verhandeln.{LONG}", 2),  # de
        (f"The plant will close for three weeks, he said.Union leaders met on Monday.{LONG}", 2),  # en
        (f"Les mer på fvn.no. Direktøren forklarer saken.{LONG}", 1),  # a spaced stop and a web address
        (f"Flyget landade i St.Petersburg på morgonen.{LONG}", 1),  # an abbreviation before a name
        ("Kort linje, sier han.Neste linje følger her.", 1),  # a short line: a caption or a headline
    ],
)
def test_split_glued_paragraphs(line: str, pieces: int) -> None:
    out = split_glued_paragraphs(line)
    assert len(out) == pieces and "".join(out) == line

"""Read-also link lines (structure/readlinks.py); the labels with their marks and separators: test_furniture.py."""
from __future__ import annotations

import pytest

from enligt.structure.readlinks import inline_link, read_here_link


@pytest.mark.parametrize(("line", "expected"), [
    # a link line read here: a read verb first, "here" last, a linked headline between
    ("Læs hele analysen af de tolv klubbers indkøb her", True),
    ("Les den store gjennomgangen av alle lagene her", True),
    ("Läs hela granskningen av kommunens ekonomi här", True),
    ("Lesen Sie den ganzen Bericht zur Wahl hier", True),
    ("Read the full report on the harbour plans here", True),
    # a prompt to read on, a question, a sentence of running text
    ("Læs mere her", False),
    ("Les hele saken her", False),
    ("Read why the council closed the bridge here?", False),
    ("Read more: the council closed the bridge here", False),
])
def test_read_here_link(line: str, expected: bool) -> None:
    assert read_here_link(line) is expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a link in brackets after the paragraph's last sentence: a read-also label or a word in capitals
    ("Der Torwart fällt zwei Wochen aus, teilte der Verein mit. (HINTERGRUND: So plant der Trainer ohne ihn)",
     ("Der Torwart fällt zwei Wochen aus, teilte der Verein mit.", "HINTERGRUND", "So plant der Trainer ohne ihn")),
    ("Keeperen er ute i to uker, opplyser klubben. (Les også: Slik blir laget uten ham)",
     ("Keeperen er ute i to uker, opplyser klubben.", "Les også", "Slik blir laget uten ham")),
    ("The keeper is out for two weeks, the club said. (READ MORE: How the team copes without him)",
     ("The keeper is out for two weeks, the club said.", "READ MORE", "How the team copes without him")),
    # a credit, a source, a notice, a short abbreviation, or no sentence end before the bracket: no link
    ("Der Torwart fällt aus. (Foto: Jana Roth)", None),
    ("Der Torwart fällt aus. (Quelle: Vereinsangaben)", None),
    ("Der Torwart fällt aus. (UPDATE: Der Verein hat korrigiert)", None),
    ("Der Torwart fällt aus. (DFB: keine Angaben)", None),
    ("Das bestätigte der Verband (UEFA: keine Sperre)", None),
])
def test_inline_link(paragraph: str, expected: tuple[str, str, str] | None) -> None:
    assert inline_link(paragraph) == expected

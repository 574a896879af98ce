"""Hard-wrapped dumps with narrow lines: a short line cut mid-clause whose next line goes on in lower case is
one paragraph with it, not a heading (`text._joins`, `text._short_wrap`)."""
from __future__ import annotations

import pytest

from enligt.structure.text import _joins


@pytest.mark.parametrize(
    ("last", "nxt"),
    [
        ("För första gången på tio år går verket ut med en", "varning för hela kusten, enligt myndigheten."),
        ("As the water was rising across the valley, repair", "teams struggled to reach the flooded farms."),
        ("Snart vil alle kommunene i fylket", "bygge nye skoler for de yngste elevene."),
        ("Nu vil hele byrådet pludselig gerne", "bygge et nyt stadion ved havnen."),
        ("Am Montag wollte die Stadt den neuen", "plan für den Hafen vorstellen, hieß es."),
    ],
)
def test_short_wrap_joins(last: str, nxt: str) -> None:
    assert _joins(last, nxt, None)


@pytest.mark.parametrize(
    ("last", "nxt"),
    [
        ("Brann i Oslo", "politiet er på stedet nå."),  # a short heading over a lower-case line
        ("Flere evakuert etter brann i blokk.", "politiet er på stedet nå."),  # a sentence end
        ("Storm over the western coast tonight", "live"),  # a lone lower-case word under it
        ("Meldung vom Montag, den 3. Mai 2021", "aktualisiert um 10 Uhr am Abend"),  # a digit last
        ("Stormen har lagt flere træer ned over vejene", "søndag den 3. marts 2024"),  # a date line under a headline
        ("Uværet har felt mange trær over veiene i natt", "søndag 3. mars 2024 kl. 08.15"),
    ],
)
def test_no_short_wrap(last: str, nxt: str) -> None:
    assert not _joins(last, nxt, None)

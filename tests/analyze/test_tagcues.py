"""Tag cues inside a quotation (analyze/tagcues.py): the first person after a cue is the speaker's own voice."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]


def records(text: str, lang: str) -> list[Row]:
    art = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(art)]


# own_voice: "…, tror jeg", "meiner eg", "Det mener jeg", "anslår vi at", "Eg sa at" inside a quote are no record
# of their own, and no tag that ends the quote (bokmål and nynorsk; "eg" is nynorsk's first person)
NO: list[tuple[str, list[Row]]] = [
    ("– Hallen må rives, tror jeg. Den er for gammel, sier idrettsleder Tone Moe.",
     [("idrettsleder Tone Moe", "sier", "Hallen må rives, tror jeg. Den er for gammel")]),
    ("– Bussen kjem for seint, meiner eg. Det må endrast, seier fylkesrådmannen.",
     [("fylkesrådmannen", "seier", "Bussen kjem for seint, meiner eg. Det må endrast")]),
    ("– Eg sa at ferja burde gå oftare, men ingen lytta, seier ordførar Lise Vik.",
     [("ordførar Lise Vik", "seier", "Eg sa at ferja burde gå oftare, men ingen lytta")]),
    ("– Dersom det regner mer, regner jeg med at veien stenges, sier vaktsjefen.",
     [("vaktsjefen", "sier", "Dersom det regner mer, regner jeg med at veien stenges")]),
    ("– Prisene stiger. Det mener jeg de fleste har merket, sier økonomen.",
     [("økonomen", "sier", "Prisene stiger. Det mener jeg de fleste har merket")]),
    ("– Etter sommeren anslår vi at 40 nye bedrifter har kommet til, skriver næringsforeningen.",
     [("næringsforeningen", "skriver", "Etter sommeren anslår vi at 40 nye bedrifter har kommet til")]),
    ("– Mange sier vi burde ha startet før, sier prosjektlederen.",
     [("prosjektlederen", "sier", "Mange sier vi burde ha startet før"), ("Mange", "sier", "vi burde ha startet før")]),
]


@pytest.mark.parametrize("text,expected", NO)
def test_no_own_voice(text: str, expected: list[Row]) -> None:
    assert sorted(records(text, "no"), key=str) == sorted(expected, key=str)

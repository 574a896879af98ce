"""A tagless dash quote right after a narration paragraph that opens on a person named in full who has not spoken
yet (analyze.introduced, via continuing._bridge_speaker and _new_speaker; sv/no/da): that person speaks in it, not
the last speaker. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

NEW_PERSON = [
    ("sv", ("– Vi behöver fler bussar, säger kommunalrådet Karin Ek.\n\nOckså Per Lindholm vände sig mot "
            "planen i går.\n\n– Det finns inga pengar till fler bussar i år."),
     ("Per Lindholm", None, "Det finns inga pengar till fler bussar i år")),
    ("no", ("– Vi trenger flere busser, sier ordfører Kari Nilsen.\n\nOgså Per Lindholm gikk hardt ut mot "
            "planen i går.\n\n– Det finnes ingen penger til flere busser i år."),
     ("Per Lindholm", None, "Det finnes ingen penger til flere busser i år")),
    ("da", ("– Vi har brug for flere busser, siger borgmester Mette Hansen.\n\nOgså Per Lindholm gik hårdt ud "
            "mod planen i går.\n\n– Der er ingen penge til flere busser i år."),
     ("Per Lindholm", None, "Der er ingen penge til flere busser i år")),
    # a name after its role word, with no earlier speaker near
    ("no", ("Laget tapte søndag.\n\nSkadet\n\nIL-trener Torbrand Vikdal var rolig etter kampen.\n\n"
            "– Han kjente litt i kneet, men det går nok bra."),
     ("Torbrand Vikdal", None, "Han kjente litt i kneet, men det går nok bra")),
    # by the surname of a person the article named in full before, who has not spoken yet
    ("sv", ("Flera politiker kritiserar Karin Lindholm för planen.\n\n– Hon lyssnar inte, säger Per Ek.\n\n"
            "Lindholm går nu till motangrepp.\n\n– Jag har lyssnat på alla som hört av sig."),
     ("Lindholm", None, "Jag har lyssnat på alla som hört av sig")),
    ("da", ("Flere politikere kritiserer Mette Lindholm for planen.\n\n– Hun lytter ikke, siger Per Holm.\n\n"
            "Lindholm går nu til modangreb.\n\n– Jeg har lyttet til alle, der har henvendt sig."),
     ("Lindholm", None, "Jeg har lyttet til alle, der har henvendt sig")),
    # the subject after a fronted adverb and the verb (V2 inversion), perhaps after its role noun
    ("da", ("Sagen kører videre i byretten.\n\nBagefter var Helle Marie Krogh tilfreds med dagen.\n\n"
            "- Vi fik sagt det, vi skulle sige i dag."),
     ("Helle Marie Krogh", None, "Vi fik sagt det, vi skulle sige i dag")),
    ("no", ("Saken fortsetter i tingretten.\n\nEtterpå var advokat Helle Marie Krogh fornøyd med dagen.\n\n"
            "– Vi fikk sagt det vi skulle si i dag."),
     ("Helle Marie Krogh", None, "Vi fikk sagt det vi skulle si i dag")),
    ("sv", ("Målet fortsätter i tingsrätten.\n\nEfteråt var advokaten Helle Marie Krogh nöjd med dagen.\n\n"
            "– Vi fick sagt det vi skulle säga i dag."),
     ("Helle Marie Krogh", None, "Vi fick sagt det vi skulle säga i dag")),
]

NO_NEW_PERSON = [
    # the paragraph opens on a place, not a person: the last speaker goes on
    ("sv", ("– Vi behöver fler bussar, säger kommunalrådet Karin Ek.\n\nI Västra Götaland finns redan "
            "planer.\n\n– Vi vill göra likadant här."),
     ("kommunalrådet Karin Ek", None, "Vi vill göra likadant här")),
    ("no", ("– Vi trenger flere busser, sier ordfører Kari Nilsen.\n\nI Nordre Land finnes allerede "
            "planer.\n\n– Vi vil gjøre det samme her."),
     ("ordfører Kari Nilsen", None, "Vi vil gjøre det samme her")),
]


@pytest.mark.parametrize(("lang", "text", "row"), NEW_PERSON)
def test_a_person_introduced_before_a_quote_speaks_in_it(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


@pytest.mark.parametrize(("lang", "text", "row"), NO_NEW_PERSON)
def test_a_place_before_a_quote_is_no_speaker(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)

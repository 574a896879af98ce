"""Sources that open with a number or a quantifier (issue 10, numsubj17): the count is the determiner of the
source phrase ("19 hospitaler angiver", "Samtidig siger to læger", "nach Angaben von zwei Zeugen"), never a
figure of the content after a source ("Politiet sier 19 personer er skadd") or a time ("To dage senere").
One table per language, end to end, and one of `count_determiner` itself.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.countdet import count_determiner, partitive_count
from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, source_type


def run(text: str, lang: str) -> list[Row]:
    art = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.source_type) for a in attribute(art)]


DA: list[tuple[str, list[Row]]] = [
    # a counted subject after the verb of a V2 clause ("to" is two, not a recipient)
    ("I alt angiver 19 hospitaler, at de har haft smittetilfælde blandt personalet.",
     [("19 hospitaler", "angiver", "organization")]),
    ("Samtidig siger to læger, at patienten er uden for fare.", [("to læger", "siger", "person")]),
    # an adverb of the total fronted: no source itself
    ("Samlet oplyser 12 kommuner, at de mangler pædagoger.", [("12 kommuner", "oplyser", "official")]),
    ("Ifølge 19 hospitaler er ventetiden steget.", [("19 hospitaler", "Ifølge", "organization")]),
    # a partitive count: the counted set is the head
    ("To ud af tre hospitaler vurderer, at personalet er smittet på arbejdet.",
     [("To ud af tre hospitaler", "vurderer", "organization")]),
    ("Flere vidner fortæller, at bilen kørte over for rødt.", [("Flere vidner", "fortæller", "person")]),
    # a figure of the content and a time stay out of the source
    ("Politiet siger, at 19 personer er kommet til skade.", [("Politiet", "siger", "official")]),
    ("To dage senere sagde politiet, at sagen var opklaret.", [("politiet", "sagde", "official")]),
]

NO: list[tuple[str, list[Row]]] = [
    ("Samtidig sier 19 leger at pasienten er utenfor fare.", [("19 leger", "sier", "person")]),
    ("I går fortalte to vitner at bilen kjørte for fort.", [("to vitner", "fortalte", "person")]),
    ("Samlet oppgir 12 kommuner at de mangler lærere.", [("12 kommuner", "oppgir", "official")]),
    ("Mange beboere forteller at de ikke tør gå ut.", [("Mange beboere", "forteller", "person")]),
    ("Politiet sier 19 personer er skadd.", [("Politiet", "sier", "official")]),
    ("Den 5. mai sa politiet at saken er avsluttet.", [("politiet", "sa", "official")]),
]

SV: list[tuple[str, list[Row]]] = [
    ("Sammanlagt uppger 19 sjukhus att de har haft smitta bland personalen.",
     [("19 sjukhus", "uppger", "organization")]),
    ("Samtidigt säger två läkare att patienten är utom fara.", [("två läkare", "säger", "person")]),
    ("Enligt flera vittnen körde bilen mot rött.", [("flera vittnen", "Enligt", "person")]),
    ("Tre av fyra läkare uppger att väntetiderna är för långa.", [("Tre av fyra läkare", "uppger", "person")]),
    ("Polisen säger att 19 personer är skadade.", [("Polisen", "säger", "official")]),
]

DE: list[tuple[str, list[Row]]] = [
    ("Insgesamt gaben 19 Kliniken an, dass sie Fälle beim Personal hatten.",
     [("19 Kliniken", "gaben an", "organization")]),
    ("Zusammen geben zwölf Gemeinden an, dass ihnen Lehrer fehlen.", [("zwölf Gemeinden", "geben an", "official")]),
    # "von" before a count: the count opens the source ("Zeugen" is a noun here, no verb)
    ("Nach Angaben von zwei Zeugen fuhr das Auto bei Rot über die Kreuzung.",
     [("zwei Zeugen", "Nach Angaben von", "person")]),  # (de44: the gold's cue keeps "von")
    ("Nach Angaben von mehreren Anwohnern war der Knall kilometerweit zu hören.",
     [("mehreren Anwohnern", "Nach Angaben von", "person")]),  # (de44: the gold's cue keeps "von")
    ("Am Montag sagten zwei Ärzte, der Patient sei außer Gefahr.", [("zwei Ärzte", "sagten", "person")]),
    ("Die Polizei sagte, 19 Personen seien verletzt worden.", [("Die Polizei", "sagte", "official")]),
]

EN: list[tuple[str, list[Row]]] = [
    ("Many businesses reported that they had no power on Tuesday.",
     [("Many businesses", "reported", "organization")]),
    ("Two out of three hospitals said they had cases among staff.",
     [("Two out of three hospitals", "said", "organization")]),
    ("Three of the companies said they would appeal the ruling.",
     [("Three of the companies", "said", "organization")]),
    ("Two officials said the plan had been dropped.", [("Two officials", "said", "official")]),
    ("The police said 19 people were injured.", [("The police", "said", "official")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         [("da", t, e) for t, e in DA] + [("no", t, e) for t, e in NO] + [("sv", t, e) for t, e in SV]
                         + [("de", t, e) for t, e in DE] + [("en", t, e) for t, e in EN])
def test_counted_sources(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# (language, words, index of the count, whether it is the determiner of a noun after it)
COUNTS: list[tuple[str, str, int, bool]] = [
    ("da", "siger to læger", 1, True),
    ("da", "siger 19 hospitaler", 1, True),
    ("da", "to dage senere", 0, False),  # a span of time
    ("da", "siger 19 af dem", 1, False),  # a preposition: the partitive rule's, not this one's
    ("no", "sier flere vitner", 1, True),
    ("no", "sier 19 er skadd", 1, False),  # a verb after the count
    ("sv", "uppger 1.400 sjukhus", 1, True),
    ("sv", "säger två veckor", 1, False),
    ("de", "von zwei Zeugen", 1, True),  # capitalised: a noun, not the verb "zeugen"
    ("de", "laut vielen Anwohnern", 1, True),
    ("de", "seit zwei Wochen", 1, False),
    ("en", "said two officials", 1, True),
    ("en", "said two years", 1, False),
    ("en", "numerous witnesses", 0, True),
    ("en", "said 19 were", 1, False),
]


@pytest.mark.parametrize(("lang", "text", "k", "expected"), COUNTS)
def test_count_determiner(lang: str, text: str, k: int, expected: bool) -> None:
    toks = tokenize(text)
    assert count_determiner(toks, k, len(toks), lexicon(lang)) is expected


# (language, phrase, index of the preposition, whether it joins a count to the set it counts)
PARTITIVES: list[tuple[str, str, int, bool]] = [
    ("da", "To ud af tre hospitaler", 2, True),
    ("sv", "Tre av fyra läkare", 1, True),
    ("en", "Two of the companies", 1, True),
    ("en", "Two out of three hospitals", 2, True),
    ("sv", "19 sjukhus i Skåne", 2, False),  # a place after the noun
    ("en", "officials at two hospitals", 1, False),
]


@pytest.mark.parametrize(("lang", "text", "k", "expected"), PARTITIVES)
def test_partitive_count(lang: str, text: str, k: int, expected: bool) -> None:
    assert partitive_count(tokenize(text), k, lexicon(lang)) is expected

"""Issue 11, general causes from the numdev9 pages (round num10): parts listed after a part, the death
after a restrictive relative clause, splits of a known figure kept as its parts, death nouns as the set
of a part or as a compound, revisions of one body's toll, differences and things that are not victims.
Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    found = count(Article(title=None, body=(text,), language=lang), ())
    return [(q.measure, q.value, q.key.split("|")[5]) for q in found]


# The items of a list after a part ("including 40 protesters, 42 minors and 39 bystanders") are parts
# of the same toll, even when an item's noun names a role of its own ("protesters").
LISTED_PARTS = [
    ("en", "Medics said 60 people died, including 12 protesters, 9 minors and 4 bystanders.",
     [("killed", 60, ""), ("killed", 12, "subset"), ("killed", 9, "subset"), ("killed", 4, "subset")]),
    ("en", "Police said 50 people were killed, including 10 soldiers and 39 children.",
     [("killed", 50, ""), ("killed", 10, "subset"), ("killed", 39, "subset")]),
    ("sv", "Polisen uppger att 30 personer dödades, däribland tio soldater, fyra kvinnor och tre pojkar.",
     [("killed", 30, ""), ("killed", 10, "subset"), ("killed", 4, "subset"), ("killed", 3, "subset")]),
    ("no", "Politiet sier 30 personer ble drept, deriblant ti soldater, fire kvinner og tre gutter.",
     [("killed", 30, ""), ("killed", 10, "subset"), ("killed", 4, "subset"), ("killed", 3, "subset")]),
    ("da", "Politiet siger 30 personer blev dræbt, herunder ti soldater, fire kvinder og tre drenge.",
     [("killed", 30, ""), ("killed", 10, "subset"), ("killed", 4, "subset"), ("killed", 3, "subset")]),
    ("de", "Die Polizei sagt, 30 Menschen seien getötet worden, darunter zehn Soldaten, vier Frauen und drei Jungen.",
     [("killed", 30, ""), ("killed", 10, "subset"), ("killed", 4, "subset"), ("killed", 3, "subset")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTED_PARTS)
def test_listed_parts(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# "personer som varit smittade … avlidit": the relative clause names the set; the count is of the dead.
DIED_AFTER_RELATIVE = [
    ("sv", "Hittills har 80 personer som testats positivt avlidit i regionen.", [("killed", 80, "")]),
    ("no", "Hittil har 80 personer som var smittet døde i fylket.", [("killed", 80, "")]),
    ("da", "Indtil nu er 80 personer som var smittet død i regionen.", [("killed", 80, "")]),
    ("en", "In all, 300 people who had been infected with the virus have died.", [("killed", 300, "")]),
    ("sv", "Totalt har 400 personer som smittats av viruset lagts in på sjukhus.", [("other", 400, "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DIED_AFTER_RELATIVE)
def test_died_after_a_relative_clause(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# Counts that add up to a figure given before are its parts: kept, never compared with the whole.
SPLITS = [
    ("sv", "Totalt har 90 personer avlidit. Det rör sig om 50 män respektive 40 kvinnor.",
     [("killed", 90, ""), ("killed", 50, "subset"), ("killed", 40, "subset")]),
    ("sv", "Sammanlagt 70 personer vårdas på sjukhus. Av dem är 45 män och 25 kvinnor.",
     [("other", 70, ""), ("other", 45, "subset"), ("other", 25, "subset")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLITS)
def test_splits_of_a_known_figure(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# Death nouns inflected, compounded or as the set of a part ("To av dødsfallene", "koronadødsfall",
# "killings of", "Todesfälle"); week numbers after a plural week word are labels.
DEATH_NOUNS = [
    ("no", "Tre av dødsfallene skjedde i Bergen.", [("killed", 3, "subset")]),
    ("no", "Siste uke er det registrert 30 koronadødsfall.", [("killed", 30, "")]),
    ("sv", "I går rapporterades 40 nya coronadödsfall.", [("killed", 40, "")]),
    ("sv", "Tre av dödsfallen inträffade i Uppsala.", [("killed", 3, "subset")]),
    ("da", "Fire af dødsfaldene skete i Aarhus.", [("killed", 4, "subset")]),
    ("de", "Das Amt meldete 120 Todesfälle.", [("killed", 120, "")]),
    ("en", "The group says it has recorded 310 killings of civilians.", [("killed", 310, "")]),
    ("no", "Tallene gjelder ukene 47, 48 og 49, og viser 17 nye dødsfall.", [("killed", 17, "")]),
    ("da", "Tallene gælder ugerne 10, 11 og 12, og viser 17 nye dødsfald.", [("killed", 17, "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEATH_NOUNS)
def test_death_nouns(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# "put the death toll at", "sætter dødstallet til": a source giving a toll, so two of them disagree.
TOLL_CUES = [
    ("en", "The storm hit hard. The UN agency put the death toll at 259, while OCHA put the death toll at 154.", "The UN agency"),
    ("da", "Stormen ramte hårdt. FN-kontoret sætter dødstallet til 259, mens OCHA opgør dødstallet til 154.", "FN-kontoret"),
    ("no", "Stormen traff hardt. FN-kontoret setter dødstallet til 259, mens OCHA setter dødstallet til 154.", "FN-kontoret"),
    ("sv", "Stormen slog hårt. FN-kontoret sätter dödssiffran till 259, medan OCHA sätter dödssiffran till 154.", "FN-kontoret"),
]


@pytest.mark.parametrize(("lang", "text", "first"), TOLL_CUES)
def test_toll_cues(lang: str, text: str, first: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    assert [(q.value, attributions[q.attribution].source if q.attribution is not None else None) for q in found] == [
        (259, first), (154, "OCHA")]
    assert [sorted(found[i].value for i in c.quantities) for c in find_conflicts(found, attributions)] == [[154, 259]]

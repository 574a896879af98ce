"""Issue 11, general causes from the numdev7 and live6dev pages (round num8): suspended age compounds, an
elided subject that is a thing, the set of a part with a participle of its own, a figure named again
after a statement noun, increments, the place of a report, "alone" parts, an adverb inside a two-word
cue, and evacuation forms. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .test_conflicts import conflicts
from .test_counts import counted

# "35- till 40-årsåldern": the first half of a suspended compound is an age, no count.
AGES = [
    ("sv", "En kvinna i 25- till 30-årsåldern har gripits.", []),
    ("no", "En mann i 40- til 50-årene er pågrepet.", []),
    ("da", "En mand i 20- til 30-årsalderen er anholdt.", []),
    ("de", "Zwei 30- bis 40-jährige Männer wurden festgenommen.", [("other", 2)]),
    ("sv", "Tre personer i 20- och 30-årsåldern greps.", [("other", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGES)
def test_suspended_age_compounds(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# "fyra bilar … och ytterligare två skadades lindrigt": a thing borrowed from the clause before is no
# subject of people hurt with a severity word (before or after the wounded word).
ELIDED = [
    ("sv", "Tre bussar var inblandade och två skadades lindrigt.", [("other", 3), ("wounded", 2)]),
    ("no", "Fire biler var involvert, og to ble skadd alvorlig.", [("other", 4), ("wounded", 2)]),
    ("en", "Three cars crashed and two were slightly injured.", [("other", 3), ("wounded", 2)]),
    ("de", "Drei Autos waren beteiligt und zwei wurden leicht verletzt.", [("other", 3), ("wounded", 2)]),
    ("sv", "Tre bilar krockade och två dödades.", [("destroyed", 3), ("killed", 2)]),
    ("en", "Three cars collided and two were badly damaged.", [("other", 3), ("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ELIDED)
def test_elided_subject_that_is_a_thing(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# "12 of the 30 people hurt were taken to hospital": the set's own participle or relative clause is
# a role; the predicate after it decides the part's measure.
SET_PREDICATE = [
    ("en", "Nine of the 30 people injured were taken to local hospitals.", [("other", 9)]),
    ("en", "Nine of the 30 people injured died later.", [("killed", 9)]),
    ("en", "Two of the 30 people injured were children.", [("wounded", 2)]),
    ("sv", "Nio av de 30 personer som skadades fördes till sjukhus.", [("other", 9)]),
    ("no", "Ni av de 30 personene som ble skadd, ble sendt til sykehus.", [("other", 9)]),
    ("da", "Ni af de 30 personer, der blev såret, blev kørt på hospitalet.", [("other", 9)]),
    ("de", "Neun der 30 Menschen, die verletzt wurden, kamen ins Krankenhaus.", [("other", 9), ("other", 30)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SET_PREDICATE)
def test_set_with_its_own_predicate(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# A figure named again after a statement noun is no new record; "by three to 2,360" is an increment.
RESTATED = [
    ("en", "The official said 500 people were killed. He later returned to his first estimate of 500 dead.",
     [("killed", 500)]),
    ("en", "He gave a figure of 300 dead.", [("killed", 300)]),
    ("de", "Die Polizei meldete 40 Tote. Sie blieb bei ihrer Angabe von 40 Toten.", [("killed", 40)]),
    ("sv", "Polisen uppger att 12 personer dödades. Polisen står fast vid uppgiften 12 döda.", [("killed", 12)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESTATED)
def test_figure_named_again(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


def test_increment_is_extra() -> None:
    from enligt.analyze.quantities import count
    from enligt.models import Article

    for lang, text in [("en", "The toll from the flood has risen by four to 1,200."),
                       ("sv", "Dödssiffran har stigit med fyra till 1 200.")]:
        qs = count(Article(title=None, body=(text,), language=lang), ())
        assert [(q.value, "extra=1" in q.key) for q in qs] == [(4, True), (1200, False)]


# Conflicts: the place of a briefing is the report's; "alone" marks a part of the whole; "sprechen sogar von".
CONFLICTS = [
    ("en", ("Officials in the province said 1,200 people died in the flood. In a briefing at the agency's "
            "headquarters in Geneva, a spokesman said 2,100 people were killed."),
     [("Officials in the province", "1,200 people died in the flood"), ("a spokesman", "2,100 people were killed")],
     [[1200.0, 2100.0]]),
    ("de", "Mindestens 40 Tote wurden laut Medien geborgen. Allein die Polizei in Bonn meldete 25 Tote in Bonn.",
     [("Medien", "Mindestens 40 Tote wurden"), ("die Polizei in Bonn", "25 Tote in Bonn")], []),
    ("sv", "Minst 40 döda har hittats, enligt medier. Bara i Uppsala har polisen räknat 25 döda.",
     [("medier", "Minst 40 döda har hittats")], []),
    ("en", "At least 40 people were killed, the agency said. In Bonn alone, police counted 25 dead.",
     [("the agency", "At least 40 people were killed")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), CONFLICTS)
def test_conflicts(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


def test_adverb_inside_a_two_word_cue() -> None:
    from enligt.pipeline import analyze_text
    from enligt.settings import Options

    text = ("Schweres Unwetter in Bayern\n\nNach Angaben der Regierung starben 30 Menschen. "
            "Die Helfer vor Ort sprechen sogar von 60 Toten.")
    result = analyze_text(text, options=Options())
    assert [a.source for a in result.attributions if "60" in a.content] == ["Die Helfer vor Ort"]


# Evacuation forms: "evakuere" (da, no), "verlegt" (de) are displaced.
EVACUATED = [
    ("da", "Brandvæsenet måtte evakuere fire opgange.", [("displaced", 4)]),
    ("no", "Brannvesenet måtte evakuere fire blokker.", [("displaced", 4)]),
    ("de", "70 Bewohner wurden in eine Turnhalle verlegt.", [("displaced", 70)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EVACUATED)
def test_evacuation_forms(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected

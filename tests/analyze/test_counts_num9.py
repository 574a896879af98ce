"""Issue 11, general causes from the numdev8 pages (round num9): a figure said again by the same body
under another name or by the article's own voice, a toll revised by the body that gave it, parts after
an "include" verb, a toll that is still the same, witness estimates, a change to one, members of a
body, and counterfactual counts. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article, Attribution, Span

from .test_conflicts import conflicts
from .test_counts import counted


def _values(text: str, lang: str, claims: list[tuple[str, str, str | None, str | None]]) -> list[float]:
    """Values of the quantities of `text`, whose claims are (source, content, source type, proper name)."""
    article = Article(title=None, body=(text,), language=lang)
    attributions = []
    for i, (source, content, kind, name) in enumerate(claims):  # the second claim is read from the end
        find = article.text.index if i == 0 else article.text.rindex
        start, s = find(content), find(source)
        attributions.append(Attribution(content=content, content_span=Span(start, start + len(content)), source=source,
                                        source_span=Span(s, s + len(source)), source_type=kind,  # type: ignore[arg-type]
                                        source_name=name))
    return [q.value for q in count(article, tuple(attributions))]


# One figure said again: by a generic reference to the same kind of body, by a person of the body, or
# by the article's own voice; two differently named bodies keep a record each.
RESTATED = [
    ("de", "Die Staatsanwaltschaft teilte mit, 30 Menschen seien gestorben. Nach Behördenangaben starben 30 Menschen.",
     [("Die Staatsanwaltschaft", "30 Menschen seien gestorben", "official", None),
      ("Behördenangaben", "starben 30 Menschen", "official", "Behördenangaben")], [30]),
    ("en", "State media said at least 70 people died. Later Nordpress said about 70 residents were killed.",
     [("State media", "at least 70 people died", "media", None),
      ("Nordpress", "about 70 residents were killed", "organization", "Nordpress")], [70]),
    ("sv", "Åklagarmyndigheten uppger att 14 personer dog. En talesperson för Åklagarmyndigheten säger att 14 personer dog.",
     [("Åklagarmyndigheten", "att 14 personer dog", "official", None),
      ("En talesperson för Åklagarmyndigheten", "att 14 personer dog.", "person", None)], [14]),
    ("no", "Politiet opplyser at 12 personer ble drept i brannen. 12 personer ble drept i brannen.",
     [("Politiet", "at 12 personer ble drept i brannen", "official", None)], [12]),
    ("da", "Ifølge politiet blev 12 personer dræbt. Ifølge Røde Kors blev 12 personer dræbt.",
     [("politiet", "blev 12 personer dræbt", "official", None),
      ("Røde Kors", "blev 12 personer dræbt.", "organization", "Røde Kors")], [12, 12]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), RESTATED)
def test_a_figure_said_again_by_the_same_body(lang: str, text: str, claims: list[tuple[str, str, str | None, str | None]],
                                              expected: list[float]) -> None:
    assert _values(text, lang, claims) == expected


# "tiotalet döda" (a definite tens word, no article) and "kanske 80" (an approximator) are estimates.
ESTIMATES = [
    ("sv", "Vittnen talade om tiotalet skadade vid olyckan.", [("wounded", 10, True)]),
    ("no", "Vitner snakket om titallet skadde etter ulykken.", [("wounded", 10, True)]),
    ("da", "Vidner talte om titallet sårede efter ulykken.", [("wounded", 10, True)]),
    ("sv", "Det kan röra sig om kanske 40 döda.", [("killed", 40, True)]),
    ("no", "Det kan være kanskje 40 døde.", [("killed", 40, True)]),
    ("da", "Der kan være måske 40 døde.", [("killed", 40, True)]),
    ("de", "Es könnten vielleicht 40 Tote sein.", [("killed", 40, True)]),
    ("en", "There may be perhaps 40 dead.", [("killed", 40, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ESTIMATES)
def test_estimates(lang: str, text: str, expected: list[tuple[str, float, bool]]) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [(q.measure, q.value, q.approx) for q in found] == expected


# "från fem till en": the article after the "to" of a change is the numeral one, the new value.
CHANGE_TO_ONE = [
    ("sv", "Polisen har räknat ner antalet saknade från fyra till en.", [("missing", 1)]),
    ("no", "Politiet har justert ned antallet savnede fra fire til en.", [("missing", 1)]),
    ("da", "Politiet har nedjusteret antallet af savnede fra fire til en.", [("missing", 1)]),
    ("de", "Die Zahl der Vermissten sank von vier auf einen.", [("missing", 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGE_TO_ONE)
def test_a_change_to_one(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# A count in a counterfactual clause is hypothetical: no toll.
COUNTERFACTUAL = [
    ("sv", "Enligt läkarna hade ett trettiotal döda kunnat räddas om hjälpen kommit tidigare."),
    ("no", "Legene mener at rundt 30 døde kunne ha blitt reddet."),
    ("da", "Lægerne mener, at omkring 30 døde kunne have været reddet."),
    ("de", "Die Ärzte meinen, etwa 30 Tote hätten gerettet werden können."),
    ("en", "Doctors said about 30 of the dead could have been saved."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTERFACTUAL)
def test_a_counterfactual_count(lang: str, text: str) -> None:
    found = count(Article(title=None, body=(text,), language=lang), ())
    assert [q.value for q in found] == [30] and "period=hypothetical" in found[0].key


# Conflicts: parts after an "include" verb, members of a body, a toll that is still the same, a toll
# revised by the body that gave it, estimates one after another, a counterfactual count.
CONFLICTS = [
    ("en", "Officials said 90 people were killed. Activists said the dead included 12 soldiers and 30 civilians.",
     [("Officials", "90 people were killed"), ("Activists", "the dead included 12 soldiers and 30 civilians")], []),
    ("sv", "Polisen uppger att 90 personer dödades. Enligt aktivisterna inkluderade de döda 12 soldater och 30 civila.",
     [("Polisen", "att 90 personer dödades"), ("aktivisterna", "inkluderade de döda 12 soldater och 30 civila")], []),
    ("en", "Activists say 900 people have been killed. The government says 400 members of the security forces have died.",
     [("Activists", "900 people have been killed"), ("The government", "400 members of the security forces have died")],
     []),
    ("no", "Sykehuset sier at 20 personer er drept. Det offisielle dødstallet var fortsatt åtte.",
     [("Sykehuset", "at 20 personer er drept")], [[8, 20]]),
    ("de", "Die Polizei sprach am Abend von 40 Toten. Die Behörden hatten zuvor von 60 Toten gesprochen.",
     [("Die Polizei", "von 40 Toten")], []),
    ("da", "Politiet siger, at 40 er dræbt. Tidligere blev der meldt om 60 dræbte.",
     [("Politiet", "at 40 er dræbt")], []),
    ("sv", "Sjukhuset uppger att 58 personer dog. Vittnen talade om tiotalet döda, men senare kanske 60, säger polisen.",
     [("Sjukhuset", "att 58 personer dog"), ("polisen", "Vittnen talade om tiotalet döda, men senare kanske 60")],
     [[10, 58, 60]]),
    ("sv", "Myndigheterna uppger att 90 personer dog. Enligt läkarna hade ett trettiotal döda kunnat räddas.",
     [("Myndigheterna", "att 90 personer dog"), ("läkarna", "hade ett trettiotal döda kunnat räddas")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), CONFLICTS)
def test_conflicts_num9(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected

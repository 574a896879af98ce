"""Issue 11, stop 35's round num35 (quantities): jobs that are lost, in every language and with every job
noun: the loss, cutting or reduction of N jobs ("Verlust von 2000 Stellen", "a reduction of 300 positions",
"tap av 80 arbeidsplasser") and N jobs that go lost ("120 årsverk kan gå tapt", "150 jobb kan gå
förlorade"). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article

from .conftest import measure_values

JOBS_LOST = [
    ("de", "Die Gewerkschaft rechnet mit dem Verlust von mehr als 2000 Stellen.", [("other", 2000)]),
    ("de", "Der Betriebsrat befürchtet den Verlust von 650 Arbeitsplätzen.", [("other", 650)]),
    ("de", "Im Werk gehen bis Jahresende 300 Jobs verloren.", [("other", 300)]),
    ("en", "The company announced a reduction of 300 positions at the plant.", [("other", 300)]),
    ("en", "The plan means a reduction of 85 jobs in the region.", [("other", 85)]),
    ("sv", "Enligt facket kan 150 jobb gå förlorade i Borås.", [("other", 150)]),
    ("sv", "Beslutet innebär förlust av 70 arbetstillfällen i kommunen.", [("other", 70)]),
    ("da", "Ifølge forbundet kan 90 årsværk gå tabt i Vejle.", [("other", 90)]),
    ("da", "Lukningen betyder tab af 240 arbejdspladser i byen.", [("other", 240)]),
    ("no", "Ifølge forbundet kan 120 årsverk gå tapt i Moss.", [("other", 120)]),
    ("no", "Nedleggelsen betyr tap av 60 arbeidsplasser i kommunen.", [("other", 60)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOBS_LOST)
def test_jobs_lost_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


NOT_JOBS = [
    # a loss of something that is no job is not counted
    ("en", "The team suffered a loss of 3 points in the final.", []),
    ("de", "Der Verein meldet einen Verlust von 200 Mitgliedern im Jahr.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_JOBS)
def test_other_losses_are_not_jobs(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


THREATENED = [
    # jobs named as threatened are jobs that may be lost ("3000 bedrohte Jobs", "180 jobb hotas")
    ("de", "Bislang war von 3000 bedrohten Jobs die Rede.", [("other", 3000)]),
    ("de", "Der Betriebsrat spricht von 450 gefährdeten Arbeitsplätzen.", [("other", 450)]),
    ("sv", "Drygt 180 jobb hotas i länet enligt facket.", [("other", 180)]),
    ("sv", "Facket talar om 90 hotade tjänster.", [("other", 90)]),
    ("da", "Forbundet taler om 210 truede arbejdspladser.", [("other", 210)]),
    ("no", "Forbundet snakker om 210 truede arbeidsplasser.", [("other", 210)]),
    ("en", "Around 210 jobs are now threatened at the mill.", [("other", 210)]),
    ("en", "The union counts 95 threatened jobs.", [("other", 95)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THREATENED)
def test_threatened_jobs_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


def _parts(text: str, lang: str) -> list[tuple[str, float, bool]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value, q.key.endswith("|subset")) for q in count(article, attribute(article))]


INCLUDES = [
    # a sentence that opens by naming its counts as included in the figure before it: parts of that whole
    ("en", "At least 120 people were killed. They include 40 children and 25 women.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("sv", "Minst 120 människor har dödats. Det omfattar 40 barn och 25 kvinnor.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("sv", "Minst 120 människor har dödats. Bland dem finns 40 barn och 25 kvinnor.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("no", "Minst 120 mennesker er drept. Det omfatter 40 barn og 25 kvinner.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("no", "1200 mennesker er evakuert. Dette inkluderer 300 barn.",
     [("displaced", 1200, False), ("displaced", 300, True)]),
    ("da", "Mindst 120 mennesker er dræbt. Det omfatter 40 børn og 25 kvinder.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("de", "Mindestens 120 Menschen wurden getötet. Darunter befinden sich 40 Kinder und 25 Frauen.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    ("de", "Mindestens 120 Menschen wurden getötet. Dazu zählen 40 Kinder und 25 Frauen.",
     [("killed", 120, False), ("killed", 40, True), ("killed", 25, True)]),
    # with no figure before it, nothing is made a part of anything
    ("no", "Planen gjelder hele byen. Det omfatter 300 nye boliger og 2 skoler.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INCLUDES)
def test_an_including_opener_makes_parts_of_the_figure_before(
        lang: str, text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _parts(text, lang) == expected


CASES = [
    # cases of a disease are counted whatever compound names them ("sjukdomsfall", "Verdachtsfälle"); the
    # Danish and Norwegian compounds ("smittetilfælde") lowered the validation pages and are left out
    ("sv", "På lördagen fanns 870 bekräftade sjukdomsfall i länet.", [("other", 870)]),
    ("sv", "Regionen rapporterar 45 nya smittfall.", [("other", 45)]),
    ("de", "Es gibt 9000 weitere Verdachtsfälle, teilte die Behörde mit.", [("other", 9000)]),
    ("de", "Das Amt meldet 312 Neuinfektionen.", [("other", 312)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_cases_of_a_disease_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected

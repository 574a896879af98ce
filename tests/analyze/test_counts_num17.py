"""Issue 11, round num17 (causes pooled over the annotated real sets): the day the sentence before
names, a toll "since" an event dated the same day, tested positive. Every sentence here was written
for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# A figure with no day of its own takes the one day the sentence before in its paragraph names: the
# figure of Friday is no rival to the one of Sunday.
DAY_BEFORE = [
    ("sv", ("40 personer vårdas på söndagen på sjukhus, sade ministern.\n\n"
           "Antalet inlagda har ökat sedan fredagen. Då uppgav regionen att 30 personer vårdades på sjukhus.")),
    ("no", ("40 personer er søndag innlagt på sykehus, sa ministeren.\n\n"
           "Tallet på innlagte på sykehus har økt siden fredag. Da opplyste direktoratet at 30 personer var innlagt.")),
    ("da", ("40 personer er søndag indlagt på sygehus, sagde ministeren.\n\n"
           "Antallet af indlagte er steget fra fredag. Her oplyste styrelsen, at 30 personer var indlagt.")),
    ("de", ("40 Menschen liegen am Sonntag im Krankenhaus, sagte der Minister.\n\n"
           "Die Zahl der Kranken ist seit Freitag gestiegen. Damals teilte das Amt mit, 30 Menschen seien erkrankt.")),
    ("en", ("On Sunday 40 people were in hospital, the minister said.\n\n"
           "The number hospitalized has risen since Friday. Then the agency said 30 people were hospitalized.")),
]


@pytest.mark.parametrize(("lang", "text"), DAY_BEFORE)
def test_a_figure_takes_the_day_of_the_sentence_before(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v, _ in found] == [40, 30]
    assert conflicts == []


# A toll "since the storm" dated on Monday meets another toll of that Monday: one day's rival figures.
SINCE_SAME_DAY = [
    ("sv", ("Två personer har omkommit sedan stormen drog in på måndagen, säger polisen.\n\n"
           "I kommunen hittades på måndagskvällen en tredje död. Enligt kommunen är antalet döda därmed tre.")),
    ("no", ("To personer har omkommet siden stormen kom mandag, sier politiet.\n\n"
           "I kommunen ble en tredje person funnet død mandag kveld. Ifølge kommunen er antallet døde dermed tre.")),
    ("da", ("To personer er omkommet siden stormen ramte mandag, siger politiet.\n\n"
           "I kommunen blev en tredje person fundet død mandag aften. Ifølge kommunen er antallet af døde dermed tre.")),
    ("de", ("Zwei Menschen sind seit dem Sturm am Montag ums Leben gekommen, sagt die Polizei.\n\n"
           "In der Gemeinde wurde am Montagabend ein dritter Toter gefunden. Nach Angaben der Gemeinde sind damit drei Menschen tot.")),
    ("en", ("Two people have died since the storm hit on Monday, police said.\n\n"
           "A third body was found on Monday evening in the town. According to the town, three people have now died.")),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_SAME_DAY)
def test_a_toll_since_an_event_meets_one_of_the_same_day(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("killed", 2), ("killed", 3)]
    assert conflicts == [(0, 1)]


# Those tested positive are ill: a count of staff or patients who tested positive.
TESTED = [
    ("sv", "Enligt regionen har 12 anställda testats positivt för viruset."),
    ("no", "Ifølge kommunen er 12 ansatte testet positivt for viruset."),
    ("da", "Ifølge kommunen er 12 ansatte testet positiv for virusset."),
    ("de", "Nach Angaben der Klinik sind 12 Mitarbeiter positiv auf das Virus getestet worden."),
    ("de", "Zudem lägen 12 positiv getestete Patienten auf der Station, sagte ein Sprecher."),
    ("en", "According to the hospital, 12 staff members have tested positive for the virus."),
]


@pytest.mark.parametrize(("lang", "text"), TESTED)
def test_tested_positive_is_ill(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert [(m, v, k.split("|")[1]) for m, v, k in found] == [("other", 12, "ill")]


# Victims counted just after a death toll are the dead: a rival toll. Victims alone say nobody died.
VICTIMS_OF_TOLL = [
    ("sv", "Enligt polisen dödades 80 personer i attacken. Röda korset talar om 50 offer."),
    ("no", "Ifølge politiet ble 80 personer drept i angrepet. Røde Kors snakker om 50 ofre."),
    ("da", "Ifølge politiet blev 80 personer dræbt i angrebet. Røde Kors taler om 50 ofre."),
    ("de", "Nach Angaben der Polizei wurden 80 Menschen bei dem Angriff getötet. Das Rote Kreuz sprach von 50 Opfern."),
    ("en", "Police said 80 people were killed in the attack. The Red Cross spoke of 50 victims."),
]


@pytest.mark.parametrize(("lang", "text"), VICTIMS_OF_TOLL)
def test_victims_after_a_toll_are_the_dead(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("killed", 80), ("killed", 50)]
    assert conflicts == [(0, 1)]


VICTIMS_ALONE = [
    ("sv", "Bedrägeriet hade 50 offer, enligt polisen."),
    ("no", "Svindelen hadde 50 ofre, ifølge politiet."),
    ("da", "Svindlen havde 50 ofre, ifølge politiet."),
    ("de", "Der Betrug hatte nach Angaben der Polizei 50 Opfer."),
    ("en", "The fraud had 50 victims, police said."),
]


@pytest.mark.parametrize(("lang", "text"), VICTIMS_ALONE)
def test_victims_alone_are_no_deaths(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert all(m != "killed" for m, _, _ in found)


# "40 flere ofre end …", "40 more victims than …": a difference, no rival toll.
MORE_THAN_BEFORE = [
    ("sv", "Ministern uppger att 400 personer har omkommit. Det är 40 fler offer än tidigare uppgivet."),
    ("no", "Ministeren sier at 400 mennesker har omkommet. Det er 40 flere ofre enn tidligere oppgitt."),
    ("da", "Ministeren siger, at 400 mennesker har mistet livet. Det er 40 flere ofre end tidligere oplyst."),
    ("en", "The minister said 400 people have died. That is 40 more victims than reported before."),
]


@pytest.mark.parametrize(("lang", "text"), MORE_THAN_BEFORE)
def test_more_victims_than_before_is_no_rival(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v, _ in found][:1] == [400]
    assert conflicts == []


# Two equal figures of one coordination that count different nouns are two counts.
TWO_EQUAL = [
    ("sv", "Enligt sjukhuset har 20 patienter och 20 anställda testats positivt."),
    ("no", "Ifølge sykehuset er 20 pasienter og 20 ansatte testet positivt."),
    ("da", "Ifølge hospitalet er 20 patienter og 20 ansatte testet positiv."),
    ("de", "Nach Angaben der Schule wurden rund 20 Schüler*innen und rund 20 Lehrer*innen positiv getestet."),
    ("en", "About 20 patients and about 20 staff members have tested positive, the hospital said."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_EQUAL)
def test_two_equal_figures_of_different_nouns_are_two_counts(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("other", 20), ("other", 20)]


# A time in the genitive ("to dagers varsel", "100 dages forskel") counts nothing.
DAYS_GENITIVE = [
    ("sv", "Enligt facket permitteras folk med två dagars varsel."),
    ("no", "Ifølge forbundet permitteres folk med to dagers varsel."),
    ("da", "Ifølge forbundet er der op til 100 dages forskel på ventetiden."),
    ("no", "Ifølge forbundet er det opptil 100 ukers forskjell på ventetiden."),
    ("da", "Ifølge forbundet er der op til 100 ugers forskel på ventetiden."),
]


@pytest.mark.parametrize(("lang", "text"), DAYS_GENITIVE)
def test_a_time_in_the_genitive_counts_nothing(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert found == []


# The inhabitants of a place with no measure word are its population, a standing total; inhabitants
# evacuated are a count.
POPULATION = [
    ("sv", "Stadens tre miljoner invånare håller sig inomhus, säger borgmästaren."),
    ("no", "Byens tre millioner innbyggere holder seg innendørs, sier ordføreren."),
    ("da", "Byens tre millioner indbyggere holder sig inden døre, siger borgmesteren."),
    ("de", "Die drei Millionen Einwohner der Stadt bleiben zu Hause, sagt der Bürgermeister."),
    ("en", "The city's three million inhabitants stay indoors, the mayor says."),
]


@pytest.mark.parametrize(("lang", "text"), POPULATION)
def test_inhabitants_are_a_population(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert found == []


EVACUATED = [
    ("sv", "Enligt polisen har 200 invånare evakuerats."),
    ("no", "Ifølge politiet er 200 innbyggere evakuert."),
    ("da", "Ifølge politiet er 200 indbyggere blevet evakueret."),
    ("de", "Nach Angaben der Polizei wurden 200 Einwohner evakuiert."),
    ("en", "Police said 200 inhabitants were evacuated."),
]


@pytest.mark.parametrize(("lang", "text"), EVACUATED)
def test_inhabitants_evacuated_are_a_count(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("displaced", 200)]


# Taken to hospital "with serious injuries": the badly hurt, a part of all taken there, no rival figure.
HOSPITAL_HURT = [
    ("sv", "Enligt polisen har två personer förts till sjukhus med allvarliga skador. Regionen säger att 16 personer förts till sjukhus."),
    ("no", "Politiet sier at to personer er fraktet til sykehus med alvorlige skader. Ifølge AMK ble 16 personer kjørt til sykehus."),
    ("da", "Ifølge politiet er to personer kørt på hospitalet med alvorlige skader. Regionen siger, at 16 personer er kørt på hospitalet."),
    ("en", "Authorities say two people were taken to hospital with serious injuries. Paramedics say 16 people were taken to hospital."),
]


@pytest.mark.parametrize(("lang", "text"), HOSPITAL_HURT)
def test_taken_to_hospital_with_serious_injuries_is_a_part(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("wounded", 2), ("other", 16)]
    assert "/severe" in found[0][2]
    assert conflicts == []


# "All but three": those left out of a set are a part of it, no rival toll.
ALL_BUT = [
    ("sv", "Polisen uppger att 24 personer dödades. Alla utom tre av de döda har identifierats."),
    ("no", "Politiet sier at 24 personer ble drept. Alle unntatt tre av de døde er identifisert."),
    ("da", "Politiet siger, at 24 personer blev dræbt. Alle på nær tre af de døde er identificeret."),
    ("de", "Nach Angaben der Polizei wurden 24 Menschen getötet. Bis auf drei seien alle Toten identifiziert."),
    ("en", "Police said 24 people were killed. All but three of the dead have been identified."),
]


@pytest.mark.parametrize(("lang", "text"), ALL_BUT)
def test_all_but_three_is_a_part(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v, _ in found] == [24, 3]
    assert found[1][2].endswith("|subset")
    assert conflicts == []


# Nouns and predicates a class already had in other languages: signatures, layoffs, homes that lack power.
LISTS = [
    ("sv", "Föräldrarna lämnade in en lista med 3 000 underskrifter.", ("other", 3000, "count")),
    ("de", "Das Werk schließt mit 140 Kündigungen, teilte die Gewerkschaft mit.", ("other", 140, "layoff")),
    ("sv", "Enligt facket väntar 140 uppsägningar på fabriken.", ("other", 140, "layoff")),
    ("da", "Ifølge forbundet venter der 140 fyringer på fabrikken.", ("other", 140, "layoff")),
    ("sv", "Enligt Vattenfall saknar 7 000 hushåll ström.", ("other", 7000, "outage")),
    ("no", "Over 7000 husstander mangler strøm, sier selskapet.", ("other", 7000, "outage")),
    ("da", "Ifølge selskabet mangler 7000 husstande strøm.", ("other", 7000, "outage")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_counted_nouns_and_predicates_of_a_class(lang: str, text: str, expected: tuple[str, float, str]) -> None:
    found, _ = _read(text, lang)
    assert [(m, v, k.split("|")[1]) for m, v, k in found] == [expected]


# The occupants of a vehicle are counted ("and the two occupants of the car were hospitalized"): a
# figure joined to them is one part of a breakdown, no rival to the whole.
OCCUPANTS = [
    ("en", "Thirteen people were hospitalized, police said. Eleven people from the bus and the two occupants of the car were hospitalized, a spokesman said."),
    ("de", "Die Polizei sagt, 13 Menschen seien ins Krankenhaus gebracht worden. Elf Menschen aus dem Bus und zwei Insassen des Autos kamen ins Krankenhaus, sagte ein Sprecher."),
    ("sv", "Enligt polisen fördes 13 personer till sjukhus. Elva personer från bussen och två åkande i bilen fördes till sjukhus, säger en talesperson."),
]


@pytest.mark.parametrize(("lang", "text"), OCCUPANTS)
def test_occupants_are_counted_parts(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v, _ in found] == [13, 11, 2]
    assert conflicts == []

"""Issue 11, round num43 (counts outside the casualty words on the read set): players, "along with",
one of a possessive set, jobs that vanished, the laid off as a noun, the shoot-down paradigm. Every
sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float]], list[tuple[int, ...]]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# Players of a team are people: a count of them with an event of people (quarantine, illness) is a quantity.
PLAYERS = [
    ("sv", "Fyra spelare i laget sattes i karantän efter matchen.", [("other", 4)]),
    ("no", "Sju spillere fra klubben er nå i karantene.", [("other", 7)]),
    ("da", "Fem spillere fra holdet er sendt i karantæne.", [("other", 5)]),
    ("de", "Acht Spieler des Vereins sind in Quarantäne.", [("other", 8)]),
    ("en", "Nine players from the squad are in quarantine.", [("other", 9)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLAYERS)
def test_players_are_counted_people(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# "along with", "tillsammans med": a coordination of counts, not the size of what comes before.
ALONG_WITH = [
    ("sv", "Två elever har tillsammans med fyra anställda testats positivt för viruset.", [("other", 2), ("other", 4)]),
    ("no", "To elever har sammen med fire ansatte testet positivt for viruset.", [("other", 2), ("other", 4)]),
    ("da", "To elever er sammen med fire ansatte testet positiv for virusset.", [("other", 2), ("other", 4)]),
    ("de", "Zwei Schüler wurden zusammen mit vier Mitarbeitern positiv getestet.", [("other", 2), ("other", 4)]),
    ("en", "Two pupils along with four workers who taught them have tested positive for the virus.",
     [("other", 2), ("other", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALONG_WITH)
def test_along_with_is_no_size(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A size stays a size: "a firm with 300 employees" counts nothing.
STILL_SIZED = [
    ("sv", "Ett företag med 300 anställda har gått i konkurs."),
    ("en", "A firm with 300 employees has gone bankrupt."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_SIZED)
def test_a_size_is_still_no_count(lang: str, text: str) -> None:
    assert _read(text, lang)[0] == []


# One of a possessive set ("one of its deputies"): the numeral one, counted by the predicate after it.
ONE_OF_THEIRS = [
    ("sv", "Polisen uppger att en av deras kollegor skadades under natten.", [("wounded", 1)]),
    ("no", "Politiet opplyser at en av deres kolleger ble skadet i natt.", [("wounded", 1)]),
    ("da", "Politiet oplyser, at en af deres kolleger blev såret i nat.", [("wounded", 1)]),
    ("de", "Die Feuerwehr teilte mit, einer ihrer Kameraden sei verletzt worden.", [("wounded", 1)]),
    ("en", "The fire service said one of its crew members was injured overnight.", [("wounded", 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_OF_THEIRS)
def test_one_of_a_possessive_set(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


ONE_OF_THEIRS_NOTHING = [
    ("sv", "Hon åt middag med en av sina grannar."),
    ("en", "She had dinner with one of her neighbours."),
    ("en", "The company said one of its stores would open later."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_OF_THEIRS_NOTHING)
def test_one_of_a_possessive_set_without_event(lang: str, text: str) -> None:
    assert _read(text, lang)[0] == []


# Jobs that vanished are cut jobs, never missing people; the laid off as a noun are a layoff.
JOBS_GONE = [
    ("sv", "Sedan 2019 har omkring 300 jobb försvunnit från bruket.", [("other", 300)]),
    ("sv", "Nu är ytterligare 45 uppsagda vid fabriken.", [("other", 45)]),
    ("no", "I år er ytterligere 45 oppsagte ved fabrikken.", [("other", 45)]),
    ("da", "I år er yderligere 45 opsagte på fabrikken.", [("other", 45)]),
    ("de", "In diesem Jahr kommen weitere 45 Entlassene hinzu.", [("other", 45)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOBS_GONE)
def test_jobs_gone_are_a_layoff(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Shot down: the infinitive and split forms ("managed to shoot eight of them down").
SHOT_DOWN = [
    ("sv", "Armén avfyrade 12 robotar. Luftvärnet lyckades skjuta ned åtta av dem.", [("other", 12), ("destroyed", 8)]),
    ("no", "Hæren sendte 12 droner. Luftvernet klarte å skyte åtte av dem ned.", [("other", 12), ("destroyed", 8)]),
    ("da", "Hæren sendte 12 droner. Luftforsvaret formåede at skyde otte af dem ned.", [("other", 12), ("destroyed", 8)]),
    ("de", "Die Armee schickte 12 Drohnen. Die Luftabwehr schoss acht davon ab.", [("other", 12), ("destroyed", 8)]),
    ("en", "The army launched 12 drones. Air defences managed to shoot down eight of them.",
     [("other", 12), ("destroyed", 8)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHOT_DOWN)
def test_shot_down_forms(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Storeys measure a building: "a block of three or four storeys" counts nothing, the homes before it do.
STOREYS = [
    ("sv", "Kommunen godkände 60 bostäder i fyra våningar vid stationen.", [60]),
    ("no", "Kommunen godkjente 60 boliger på fire etasjer ved stasjonen.", [60]),
    ("da", "Kommunen godkendte 60 boliger i fire etager ved stationen.", [60]),
    ("de", "Die Stadt genehmigte 60 Wohnungen mit vier Stockwerken am Bahnhof.", [60]),
    ("en", "The council approved 60 new homes, all two or three storeys high, near the station.", [60]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STOREYS)
def test_storeys_count_nothing(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# Made to flee is displacement; rescues counted as a noun are rescues.
FLEE_AND_RESCUES = [
    ("sv", "Omkring 400 boende fick fly från översvämningen.", [("displaced", 400)]),
    ("no", "Rundt 400 beboere har måttet flykte fra flommen.", [("displaced", 400)]),
    ("da", "Omkring 400 beboere har måttet flygte fra oversvømmelsen.", [("displaced", 400)]),
    ("en", "About 400 tenants had to flee the flood waters overnight.", [("displaced", 400)]),
    ("sv", "Räddningstjänsten gjorde 45 räddningsinsatser under stormen.", [("other", 45)]),
    ("no", "Brannvesenet gjennomførte 45 redningsaksjoner under stormen.", [("other", 45)]),
    ("da", "Beredskabet gennemførte 45 redningsaktioner under stormen.", [("other", 45)]),
    ("de", "Die Feuerwehr fuhr während des Sturms 45 Rettungseinsätze.", [("other", 45)]),
    ("en", "Fire crews carried out 45 boat rescues during the storm.", [("other", 45)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FLEE_AND_RESCUES)
def test_flee_and_rescues(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A back-reference with the bare measure word ("the official figure is about 900 dead") restates what the
# sentence before counted: the soldiers of the side that lost them, with that side.
BARE_TOLL_AGAIN = [
    ("no", "Ifølge Kyiv har Russland mistet 9.000 soldater. Fra Moskva er det offisielle tallet rundt 900 drepte."),
    ("sv", "Enligt Kiev har Ryssland förlorat 9 000 soldater. Från Moskva är den officiella siffran runt 900 döda."),
    ("en", "According to Kyiv, Russia has lost 9,000 soldiers. Moscow gives an official figure: the number is about 900 dead."),
]


@pytest.mark.parametrize(("lang", "text"), BARE_TOLL_AGAIN)
def test_a_bare_toll_after_a_back_reference_restates_the_subject(lang: str, text: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert [q.value for q in found] == [9000, 900]
    assert found[0].key == found[1].key


# People deployed to the events are counted ("130 staff were deployed"); equipment put to use is not.
DEPLOYED = [
    ("sv", "Under natten har 60 brandmän satts in mot skogsbranden.", [("other", 60)]),
    ("no", "I natt ble 60 mannskaper satt inn mot skogsbrannen.", [("other", 60)]),
    ("da", "I nat var 60 brandfolk indsat ved skovbranden.", [("other", 60)]),
    ("de", "In der Nacht waren 60 Kräfte gegen den Waldbrand im Einsatz.", [("other", 60)]),
    ("en", "Overnight 60 firefighters were deployed against the forest fire.", [("other", 60)]),
    ("de", "Gegen das Wasser wurden drei Pumpen und zwei Sauger eingesetzt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEPLOYED)
def test_people_deployed_are_counted(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A German compound that opens with its severity ("Schwerverletzte", "Leichtverletzte") is the badly or lightly
# hurt, a part of all the injured: it restates "schwer verletzt" and is no rival to the whole.
SEVERITY_COMPOUND = [
    "Nach dem Unfall gab es 12 Verletzte, darunter drei Schwerverletzte.",
    "Bei dem Brand wurden 12 Menschen verletzt. Die Feuerwehr meldete drei Schwerverletzte.",
]


@pytest.mark.parametrize("text", SEVERITY_COMPOUND)
def test_severity_compound_is_a_part(text: str) -> None:
    article = Article(title=None, body=(text,), language="de")
    attributions = attribute(article)
    found = count(article, attributions)
    assert [q.value for q in found] == [12, 3]
    assert found[1].key.split("|")[2].endswith("/severe")
    assert find_conflicts(found, attributions) == ()


# A model's name ("its Boeing 737 jets", "12 Leopard 2 tanks") counts nothing; a source's name before a count
# ("the Red Cross 40 people") and a German noun after its article ("die Polizei 300 Menschen") still count.
MODEL_NUMBERS = [
    ("en", "The carrier grounded its Airbus 320 jets after the incident.", []),
    ("en", "The ministry ordered 14 Falcon 900 planes for the fleet.", []),
    ("sv", "Armén har skickat sina Stridsvagn 122 till övningen.", []),
    ("no", "Selskapet stanset alle sine Dash 8 fly etter ulykken.", []),
    ("de", "Das Heer erhielt 14 Leopard 2 Panzer.", []),
    ("en", "According to the Red Cross 40 people died in the floods.", [40]),
    ("de", "In der Nacht hat die Polizei 30 Menschen festgenommen.", [30]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MODEL_NUMBERS)
def test_model_numbers_count_nothing(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# Fighters are soldiers in every language, as "fighters" already were in English.
FIGHTERS = [
    ("sv", "Vid striderna dödades 40 krigare från milisen.", [("killed", 40)]),
    ("no", "I kampene ble 40 krigere fra militsen drept.", [("killed", 40)]),
    ("da", "Under kampene blev 40 krigere fra militsen dræbt.", [("killed", 40)]),
    ("de", "Nach Angaben der Armee nahmen rund 500 Kämpfer an dem Vorstoß teil.", [("other", 500)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGHTERS)
def test_fighters_are_soldiers(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert [(q.measure, q.value) for q in found] == expected
    assert found[0].key.split("|")[2] == "soldier"


# Those left after the event ("bara två fanns kvar", "only 12 remain") are a standing rest, no count of it; a
# measure word after "remain" still counts ("40 remain missing").
REST = [
    ("sv", "De flesta på lagret har sagts upp och bara fyra är kvar.", []),
    ("no", "De fleste på lageret er sagt opp, og bare fire er igjen.", []),
    ("da", "De fleste på lageret er fyret, og kun fire er tilbage.", []),
    ("de", "Die meisten im Lager wurden entlassen, nur vier sind übrig.", []),
    ("en", "Most of the warehouse staff were laid off and only four remain.", []),
    ("en", "Ten people were evacuated, and 40 remain missing.", [("displaced", 10), ("missing", 40)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REST)
def test_those_left_are_no_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Lacking power is an outage, nobody missing ("1 200 hushåll saknade el").
OUTAGE = [
    ("sv", "Under natten saknade närmare 900 hushåll el i länet.", [("other", 900)]),
    ("no", "I natt manglet nærmere 900 husstander strøm i fylket.", [("other", 900)]),
    ("da", "I nat manglede næsten 900 husstande strøm i regionen.", [("other", 900)]),
    ("de", "In der Nacht hatten fast 900 Haushalte keinen Strom.", [("other", 900)]),
    ("en", "Overnight nearly 900 households had no power across the county.", [("other", 900)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OUTAGE)
def test_lacking_power_is_an_outage(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# "en snes" is a score, 20, like "et dusin" is 12.
SCORE = [
    ("da", "Politiet anholdt i weekenden en snes unge mænd.", [("other", 20)]),
    ("da", "To snese beboere blev evakueret fra blokken.", [("displaced", 40)]),
    ("no", "Politiet pågrep et snes ungdommer i helgen.", [("other", 20)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SCORE)
def test_a_score_is_twenty(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Those shot, some fatally, are one casualty toll; "shot N people" later restates it and is no wounded figure,
# so no rival to a wounded figure of the same event.
SHOT_AGAIN = [
    ("sv", "Fem personer sköts, två av dem dödligt, uppger polisen. – Gärningsmannen sköt fem personer, säger åklagaren."),
    ("no", "Fem personer ble skutt, to av dem dødelig, opplyser politiet. – Gjerningsmannen skjøt fem personer, sier aktor."),
    ("en", "Five people were shot, two fatally, police said. \"The gunman shot five people,\" the prosecutor said."),
]


@pytest.mark.parametrize(("lang", "text"), SHOT_AGAIN)
def test_shot_again_restates_a_casualty_toll(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert ("wounded", 5) not in found
    assert conflicts == []


# "has had N" counts those met over time, no standing total; "has N" stays a standing total.
HAS_HAD = [
    ("sv", "Avdelningen har haft elva patienter med magsjuka sedan i fredags.", [11]),
    ("no", "Avdelingen har hatt elleve pasienter med omgangssyke siden fredag.", [11]),
    ("da", "Afdelingen har haft elleve patienter med roskildesyge siden fredag.", [11]),
    ("en", "The ward has had eleven patients with norovirus since Friday.", [11]),
    ("sv", "Skolan har 450 elever och 40 lärare.", []),
    ("en", "The school has 450 pupils and 40 teachers.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HAS_HAD)
def test_has_had_is_no_standing_total(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# "One of the deputies" after a figure is one member of the set counted, a part of it: no rival toll.
ONE_OF_COUNTED = [
    ("en", "Two deputies were shot on Monday, police said. One of the deputies was shot in the leg, the sheriff said."),
    ("en", "Three guards were injured, the company said. One of them was injured badly, a doctor said."),
    ("no", "Tre vektere ble skadet, opplyser selskapet. En av dem ble skadet i hodet, sier en lege."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_OF_COUNTED)
def test_one_of_those_counted_is_no_rival(lang: str, text: str) -> None:
    assert _read(text, lang)[1] == []


# Complaints to the police counted as a noun, in every language as "anmälningar" and "complaints" were.
COMPLAINTS = [
    ("no", "Etter helgen har politiet fått 38 anmeldelser om tyveri.", [("other", 38)]),
    ("da", "Efter weekenden har politiet fået 38 anmeldelser om tyveri.", [("other", 38)]),
    ("de", "Nach dem Wochenende gingen bei der Polizei 38 Strafanzeigen ein.", [("other", 38)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPLAINTS)
def test_complaints_are_counted(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Call-outs of the emergency services counted as a noun.
CALL_OUTS = [
    ("sv", "Under stormnatten gjorde brandkåren 31 utryckningar i länet.", [("other", 31)]),
    ("no", "I stormnatten hadde brannvesenet 31 utrykninger i fylket.", [("other", 31)]),
    ("da", "I stormnatten havde brandvæsenet 31 udrykninger i regionen.", [("other", 31)]),
    ("en", "During the storm the fire service answered 31 call-outs across the county.", [("other", 31)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CALL_OUTS)
def test_call_outs_are_counted(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# The charged named by a people noun ("tiltalte", "Angeklagte") are counted as "åtalade" and "defendants" are; after
# a determiner ("de tre tiltalte", "the three defendants") they are a set the article knows, no count.
CHARGED_ROLE = [
    ("da", "To af de fem tiltalte mødte ikke op i retten.", [("other", 2)]),
    ("no", "To av de fem tiltalte møtte ikke i retten.", [("other", 2)]),
    ("de", "Zwei der fünf Angeklagten erschienen nicht vor Gericht.", [("other", 2), ("other", 5)]),
    ("da", "Retten hørte i dag de tre tiltalte forklare sig.", []),
    ("en", "The court heard the three defendants speak today.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHARGED_ROLE)
def test_the_charged_by_their_role(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# The other part of a known set joined by "and" is known too ("the panel of six women and four men"); a count joined
# to a count keeps counting ("40 students and 5 teachers were on the bus").
SET_PARTS = [
    ("en", "The panel of six women and four men has already heard the evidence.", []),
    ("sv", "Panelen av sex kvinnor och fyra män har redan hört bevisningen.", []),
    ("en", "About 40 students and 5 teachers were on the bus.", [40, 5]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SET_PARTS)
def test_the_other_part_of_a_known_set(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# "between" with one number and no other end names a place ("homes between two schools"); a range stays a range.
BETWEEN_PLACES = [
    ("sv", "Kommunen vill bygga 30 radhus mellan två skolor.", [30]),
    ("no", "Kommunen vil bygge 30 rekkehus mellom to skoler.", [30]),
    ("da", "Kommunen vil bygge 30 rækkehuse mellem to skoler.", [30]),
    ("de", "Die Stadt will 30 Reihenhäuser zwischen zwei Schulen bauen.", [30]),
    ("en", "The council wants 30 terraced homes built between two schools.", [30]),
    ("en", "Between 30 and 40 homes were flooded.", [30]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BETWEEN_PLACES)
def test_between_one_number_is_a_place(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# German burned out with a split particle closing the clause ("brannten … aus") is lost, as "brannten … ab".
BURNED_OUT = [
    ("de", "In der Nacht brannten sieben Autos vollständig aus.", [("destroyed", 7)]),
    ("de", "Drei Lagerhallen brannten am Montag aus.", [("destroyed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BURNED_OUT)
def test_burned_out(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A rate per unit of time after the counted phrase ("5,000 vehicles a day", "om året", "am Tag") counts no event;
# "a day after the attack", "am Tag nach dem Anschlag" is a date.
PER_UNIT = [
    ("sv", "Omkring 400 fordon om veckan passerar bron.", []),
    ("no", "Rundt 400 biler i døgnet kjører over brua.", []),
    ("da", "Omkring 400 biler i døgnet kører over broen.", []),
    ("de", "Rund 400 Autos am Tag fahren über die Brücke.", []),
    ("en", "Around 400 lorries a day use the bridge.", []),
    ("en", "Eleven people died a day after the flood.", [11]),
    ("de", "Elf Menschen starben am Tag nach der Flut.", [11]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PER_UNIT)
def test_a_rate_per_unit_of_time(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# A poll's sample ("surveyed 2,000 people", "blant 1 000 spurte") counts no event.
POLL_SAMPLES = [
    ("sv", "Opinionsmätningen gjordes bland 1 000 väljare i början av mars.", []),
    ("no", "Meningsmålingen ble gjort blant 1000 velgere i starten av mars.", []),
    ("da", "Meningsmålingen blev lavet blandt 1000 vælgere i starten af marts.", []),
    ("de", "Für die Umfrage wurden Anfang März 1000 Wähler befragt.", []),
    ("en", "The poll surveyed 1,000 voters in early March.", []),
    ("en", "Police said 1,000 voters were turned away from the polling station.", [1000]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POLL_SAMPLES)
def test_a_poll_sample_is_no_count(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# The emergency number before "calls" is dialled, not counted ("911 calls"); other calls count.
EMERGENCY_NUMBER = [
    ("en", "Shortly after noon dispatchers received 911 calls reporting shots.", []),
    ("en", "Dispatchers received 45 calls about the flooding overnight.", [45]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EMERGENCY_NUMBER)
def test_the_emergency_number_is_no_count(lang: str, text: str, expected: list[float]) -> None:
    assert [v for _, v in _read(text, lang)[0]] == expected


# A split verb whose particle closes on the count says more than the bare verb: "shot 12 protesters dead" killed them;
# "shot two men in the leg" and "shot five, leaving two dead" hurt.
SHOT_DEAD_SPLIT = [
    ("en", "Soldiers shot 12 protesters dead outside the ministry.", [("killed", 12)]),
    ("en", "Police shot two men in the leg during the raid.", [("wounded", 2)]),
    ("en", "Gunmen shot five villagers, leaving two dead.", [("wounded", 5), ("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHOT_DEAD_SPLIT)
def test_shot_dead_split(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected

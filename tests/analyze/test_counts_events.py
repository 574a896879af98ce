"""Issue 11, per pattern and per language, continued from test_counts.py: death, damage, rescue and flight, how a
wound or an arrest is said, the scene a sentence before sets, old values of a change, attackers, days, Nynorsk
forms, rates per place, running totals, the places of figures and bodies found. Every sentence here was written
for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article

from .conftest import conflict_values, quantity_keys
from .test_conflicts import conflicts
from .test_counts import counted

# Death, damage, rescue and flight in the words of each language.
TOLL_PHRASES = [
    ("no", "Skredet tok livet av sju personer.", [("killed", 7)]),
    ("no", "Ulykken krevde tre menneskeliv.", [("killed", 3)]),
    ("no", "Flere enn 300 mennesker måtte forlate hjemmene sine.", [("displaced", 300)]),
    ("no", "Politiet har innbrakt fire personer etter slagsmålet.", [("other", 4)]),
    ("da", "Skyderiet kostede to mennesker livet.", [("killed", 2)]),
    ("da", "Jordskælvet beskadigede 120 bygninger.", [("other", 120)]),
    ("da", "Mere end 300 mennesker måtte forlade deres hjem.", [("displaced", 300)]),
    ("sv", "Olyckan krävde tre människoliv.", [("killed", 3)]),
    ("sv", "Skredet tog livet av sju personer.", [("killed", 7)]),
    ("de", "Der Unfall forderte drei Menschenleben.", [("killed", 3)]),
    ("de", "Das Erdbeben beschädigte 120 Gebäude.", [("other", 120)]),
    ("de", "Mehr als 300 Menschen mussten ihre Häuser verlassen.", [("displaced", 300)]),
    ("en", "About 300 people were forced to leave their homes.", [("displaced", 300)]),
    ("en", "Doctors saved 14 lives that night.", []),
    ("en", "Six children are among the dead.", [("killed", 6)]),
    ("no", "Seks barn er blant de omkomne.", [("killed", 6)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOLL_PHRASES)
def test_toll_phrases(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# How a wound or an arrest is said: "shot and wounded" is no death, "stabbed to death" is one,
# "burned down" destroys, "taken into custody" arrests, hostages are captured.
HOW_SAID = [
    ("en", "Two police officers were shot and wounded.", [("wounded", 2)]),
    ("en", "Two men were stabbed to death near the station.", [("killed", 2)]),
    ("en", "Five suspects have been taken into custody.", [("other", 5)]),
    ("en", "Forty homes burned down overnight.", [("destroyed", 40)]),
    ("en", "The gunmen took 30 hostages.", [("captured", 30)]),
    ("sv", "Tre personer har skjutits till döds i Norrvik.", [("killed", 3)]),
    ("sv", "Två män har knivhuggits till döds.", [("killed", 2)]),
    ("sv", "Minst 20 hus har brunnit ner.", [("destroyed", 20)]),
    ("no", "To personer ble skutt og såret i natt.", [("wounded", 2)]),
    ("no", "Tolv hytter brant ned i helgen.", [("destroyed", 12)]),
    ("da", "To mænd blev skudt og såret.", [("wounded", 2)]),
    ("da", "Tre personer blev stukket til døde.", [("killed", 3)]),
    ("de", "Zwei Polizisten wurden angeschossen.", [("wounded", 2)]),
    ("de", "Drei Scheunen sind niedergebrannt.", [("destroyed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOW_SAID)
def test_how_said(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# The sentence before that tells of an event places the figures after it in its paragraph: a toll
# given for one city never meets another city's; a sentence with no event places nothing.
SCENES = [
    ("en", ("Russian strikes hit Kharkiv on Monday. Three people were killed, the governor said. In Odesa, five people "
     "were killed, officials said."),
     [("the governor", "Three people were killed"), ("officials", "In Odesa, five people were killed")], []),
    ("en", ("An explosion tore through a market in Kyiv. Five people were killed, police said. The mayor said seven "
     "people died."), [("police", "Five people were killed"), ("The mayor", "seven people died")], [[5, 7]]),
    ("en", ("The president spoke in Warsaw on Monday. Three people were killed in the strikes, the governor said. "
     "Officials said five people died."),
     [("the governor", "Three people were killed in the strikes"), ("Officials", "five people died")], [[3, 5]]),
    ("sv", ("En explosion inträffade i Malmö under natten. Tre personer dödades, enligt polisen. I Lund dödades fem "
     "personer, uppger räddningstjänsten."),
     [("polisen", "Tre personer dödades"), ("räddningstjänsten", "I Lund dödades fem personer")], []),
    ("no", ("Et russisk angrep rammet Kharkiv mandag. Tre personer ble drept, ifølge guvernøren. I Odesa ble fem "
     "personer drept, melder myndighetene."),
     [("guvernøren", "Tre personer ble drept"), ("myndighetene", "I Odesa ble fem personer drept")], []),
    ("da", ("Et russisk angreb ramte Kharkiv mandag. Tre personer blev dræbt, oplyser guvernøren. I Odesa blev fem "
     "dræbt, oplyser myndighederne."),
     [("guvernøren", "Tre personer blev dræbt"), ("myndighederne", "I Odesa blev fem dræbt")], []),
    ("de", ("Ein russischer Angriff traf Charkiw am Montag. Drei Menschen wurden getötet, sagte der Gouverneur. In "
     "Odessa wurden fünf Menschen getötet, so die Behörden."),
     [("der Gouverneur", "Drei Menschen wurden getötet"), ("die Behörden", "In Odessa wurden fünf Menschen getötet")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), SCENES)
def test_scene_of_the_sentence_before(lang: str, text: str, claims: list[tuple[str | None, str]],
                                      expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


# The old value of a change given after the new one ("rose to 40 from 31") is no figure now.
OLD_VALUES = [
    ("no", "Naboer hørte seks-sju skudd i natt.", [("other", 6)]),
    ("en", "Witnesses heard two-three shots.", [("other", 2)]),
    ("en", "The death toll rose to 40 from 31 on Monday.", [("killed", 40)]),
    ("sv", "Dödssiffran har stigit till 40 från tidigare 31.", [("killed", 40)]),
    ("no", "Dødstallet har steget til 40, opp fra 31.", [("killed", 40)]),
    ("da", "Dødstallet er steget til 40 fra 31.", [("killed", 40)]),
    ("de", "Die Zahl der Toten stieg auf 40, nachdem zuvor von 31 die Rede war.", [("killed", 40)]),
    ("de", "Die Polizei sprach von 3000 Teilnehmern, die Veranstalter von 20000 Teilnehmern.",
     [("other", 3000), ("other", 20000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OLD_VALUES)
def test_old_values(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# Attackers and aftershocks are counted things in every language.
ATTACKERS_AFTERSHOCKS = [
    ("en", "Three militants armed with rifles stormed the compound.", [("other", 3)]),
    ("en", "More than 40 aftershocks were recorded overnight.", [("other", 40)]),
    ("sv", "Fler än 30 efterskalv har registrerats.", [("other", 30)]),
    ("no", "Mer enn 20 etterskjelv har blitt registrert.", [("other", 20)]),
    ("da", "Over 25 efterskælv er blevet registreret.", [("other", 25)]),
    ("de", "Mehr als 40 Nachbeben wurden registriert.", [("other", 40)]),
    ("de", "Zwei Täter wurden am Abend festgenommen.", [("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ATTACKERS_AFTERSHOCKS)
def test_attackers_and_aftershocks(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# Each figure takes the day nearest it; "krävde två liv" is a toll.
DAYS_AND_LIVES = [
    ("sv", "Tre personer greps i lördags och 12 i söndags.", ["time=lördag", "time=söndag"]),
    ("en", "Three people were arrested on Saturday and 12 on Sunday.", ["time=saturday", "time=sunday"]),
    ("no", "Tre personer ble pågrepet lørdag og 12 personer søndag.", ["time=lørdag", "time=søndag"]),
    ("da", "Tre personer blev anholdt lørdag og 12 personer søndag.", ["time=lørdag", "time=søndag"]),
    ("de", "Am Samstag wurden drei Menschen festgenommen, am Sonntag waren es 12.", ["time=samstag", "time=sonntag"]),
    ("de", "Am Samstag wurden drei Menschen festgenommen und am Sonntag 12 Menschen.", ["time=samstag", "time=sonntag"]),
    ("en", "On Saturday three people were arrested and on Sunday 12.", ["time=saturday", "time=sunday"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DAYS_AND_LIVES)
def test_each_figure_takes_its_day(lang: str, text: str, expected: list[str]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    days = [next((q for q in x.key.split("|")[4].split(";") if q.startswith("time=")), "") for x in count(article, ())]
    assert days == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Branden i huset krävde två liv."),
    ("no", "Ulykken krevde to liv."),
    ("da", "Ulykken krævede to liv i går."),
])
def test_lives_claimed(lang: str, text: str) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == [("killed", 2)]


# Nynorsk forms and demonstrations.
NYNORSK = [
    ("no", "Tre personar vart skadde i ulukka.", [("wounded", 3)]),
    ("no", "Fire personar er sakna etter skredet.", [("missing", 4)]),
    ("no", "Politiet har arrestert fem personar.", [("other", 5)]),
    ("no", "To soldatar døydde i angrepet.", [("killed", 2)]),
    ("no", "Rundt 200 mennesker demonstrerte utenfor rådhuset.", [("other", 200)]),
    ("da", "Omkring 300 mennesker demonstrerede foran rådhuset.", [("other", 300)]),
    ("de", "Rund 500 Menschen demonstrierten vor dem Rathaus.", [("other", 500)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NYNORSK)
def test_nynorsk_and_demonstrations(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# A rate per place is no toll; an opener after a semicolon dates the clause after it.
PER_PLACE = [
    ("en", "Two guards were killed at each location.", []),
    ("sv", "Två personer dödades i varje by.", []),
    ("no", "To personer ble drept på hvert sted.", []),
    ("da", "To personer blev dræbt i hver landsby.", []),
    ("de", "Zwei Menschen wurden in jedem Dorf getötet.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PER_PLACE)
def test_per_place(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


def test_an_opener_after_a_semicolon_dates_its_clause() -> None:
    text = "Since last November, troops have killed more than 400 protesters; in August, police shot dead 100 marchers."
    keys = [q.key for q in count(Article(title=None, body=(text,), language="en"), ())]
    assert "since=november" in keys[0] and "time=august" in keys[1]


# A running total since a date never meets the toll of one day; a fire someone opened is a shooting.
RUNNING_TOTALS = [
    ("en", ("Since March, 400 protesters have been killed, a rights group said. On Friday, police killed 90 protesters, "
     "officials said."), [("a rights group", "400 protesters have been killed"), ("officials", "police killed 90 protesters")], []),
    ("sv", "Sedan mars har 400 demonstranter dödats, enligt Amnesty. I fredags dödades 90 demonstranter, uppger polisen.",
     [("Amnesty", "Sedan mars har 400 demonstranter dödats"), ("polisen", "I fredags dödades 90 demonstranter")], []),
    ("no", "Siden mars er 400 demonstranter drept, ifølge Amnesty. Fredag ble 90 demonstranter drept, opplyser politiet.",
     [("Amnesty", "Siden mars er 400 demonstranter drept"), ("politiet", "Fredag ble 90 demonstranter drept")], []),
    ("da", "Siden marts er 400 demonstranter dræbt, oplyser Amnesty. Fredag blev 90 demonstranter dræbt, siger politiet.",
     [("Amnesty", "Siden marts er 400 demonstranter dræbt"), ("politiet", "Fredag blev 90 demonstranter dræbt")], []),
    ("de", ("Seit März wurden 400 Demonstranten getötet, sagte Amnesty. Am Freitag wurden 90 Demonstranten getötet, "
     "sagte die Polizei."), [("Amnesty", "Seit März wurden 400 Demonstranten getötet"),
                           ("die Polizei", "Am Freitag wurden 90 Demonstranten getötet")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), RUNNING_TOTALS)
def test_running_totals(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


@pytest.mark.parametrize(("lang", "text", "cause"), [
    ("en", "The gunman opened fire on the crowd and killed 12 people.", "shooting"),
    ("en", "A fire killed 12 people in the tower.", "fire"),
    ("de", "Der Täter eröffnete das Feuer und tötete drei Menschen.", "shooting"),
])
def test_opened_fire_is_a_shooting(lang: str, text: str, cause: str) -> None:
    keys = [q.key for q in count(Article(title=None, body=(text,), language=lang), ())]
    assert f"cause={cause}" in keys[0]


@pytest.mark.parametrize(("lang", "text", "period"), [
    ("en", "Two men were fatally stabbed last summer outside a bar.", "period=last summer"),
    ("sv", "Tre personer sköts ihjäl i somras i Norrby.", "period=i somras"),
    ("da", "Tre personer blev dræbt sidste sommer.", "period=sidste sommer"),
    ("de", "Drei Menschen wurden im vergangenen Sommer getötet.", "period=im vergangenen sommer"),
])
def test_seasons_past_are_periods(lang: str, text: str, period: str) -> None:
    keys = [q.key for q in count(Article(title=None, body=(text,), language=lang), ())]
    assert period in keys[0]


# "på byen X", "mod havnebyen X", "bei X": the place is X; a place inside a place is one place,
# and figures of two towns in one article never meet.
PLACES = [
    ("da", ("Fire døde og tolv såret efter angreb i Ukraine. Fire personer er dræbt, og 9 personer er såret efter et "
            "droneangreb på havnebyen Odesa, oplyser guvernøren. Desuden er tre personer blevet såret i et "
            "missilangreb på byen Poltava."),
     [("guvernøren", "Fire personer er dræbt, og 9 personer er såret efter et droneangreb på havnebyen Odesa")], []),
    ("no", ("Fem personer er drept på byen Sumy, ifølge guvernøren. I Sumy er sju personer drept, melder NTB."),
     [("guvernøren", "Fem personer er drept på byen Sumy"), ("NTB", "I Sumy er sju personer drept")], [[5, 7]]),
    ("sv", ("Fyra personer dödades och 15 skadades på Storgatan i centrala Norrby, enligt polisen. Sjukhuset uppger att "
            "tolv personer skadades."),
     [("polisen", "Fyra personer dödades och 15 skadades på Storgatan i centrala Norrby"),
      ("Sjukhuset", "tolv personer skadades")], [[12, 15]]),
    ("de", ("Bei Charkiw wurden drei Menschen getötet, sagte der Gouverneur. In Odessa wurden fünf Menschen getötet, "
            "so die Behörden."),
     [("der Gouverneur", "Bei Charkiw wurden drei Menschen getötet"), ("die Behörden", "In Odessa wurden fünf Menschen getötet")],
     []),
    ("en", ("Two people were killed near Lviv, the governor said. Officials said four people died in Kyiv."),
     [("the governor", "Two people were killed near Lviv"), ("Officials", "four people died in Kyiv")], []),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), PLACES)
def test_places_of_figures(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected


# A clause joined to a daily rate is a rate too; the fallen are dead.
DAILY_JOINED = [
    ("no", "Mellom 60 og 100 soldater falt hver dag, og 500 ble såret.", []),
    ("en", "Up to 100 soldiers are killed every day, and 500 are wounded.", []),
    ("sv", "Upp till 100 soldater dödas varje dag, och 500 skadas.", []),
    ("da", "Op til 100 soldater dræbes hver dag, og 500 såres.", []),
    ("de", "Bis zu 100 Soldaten sterben jeden Tag, und 500 werden verletzt.", []),
    ("no", "Ti soldater ble drept i går, og 50 ble såret.", [("killed", 10), ("wounded", 50)]),
    ("no", "Minnesmerket har navnene på 300 falne.", [("killed", 300)]),
    ("de", "Das Ministerium meldete 40 Gefallene.", [("killed", 40)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DAILY_JOINED)
def test_daily_joined(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


@pytest.mark.parametrize("text", [
    "Zwei weitere Menschen starben im Krankenhaus.",
    "Fünf Personen wurden in Krankenhäuser gebracht.",
])
def test_a_hospital_is_no_place(text: str) -> None:
    keys = [q.key for q in count(Article(title=None, body=(text,), language="de"), ())]
    assert keys and "place=" not in keys[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Airstrikes hit Americans and killed four Americans."),
    ("sv", "Attacken drabbade ukrainare och dödade fyra ukrainare."),
])
def test_a_people_noun_is_no_place(lang: str, text: str) -> None:
    keys = [q.key for q in count(Article(title=None, body=(text,), language=lang), ())]
    assert keys and "place=" not in keys[0]


# Bodies found in the rubble are dead, not missing.
BODIES = [
    ("en", "Rescuers recovered 21 bodies from under the rubble.", [("killed", 21)]),
    ("sv", "Räddningsarbetare har hittat 21 kroppar i rasmassorna.", [("killed", 21)]),
    ("no", "Mannskapene har funnet 21 lik i ruinene.", [("killed", 21)]),
    ("da", "Redningsfolk har fundet 21 lig i ruinerne.", [("killed", 21)]),
    ("de", "Rettungskräfte bargen 21 Leichen aus den Trümmern.", [("killed", 21)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BODIES)
def test_bodies_are_dead(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# Those harmed by a fraud or crime ("geschädigte Anleger", "Geschädigte") are its victims: a count of `other`.
HARMED_DE = [
    ("Die Verbraucherzentrale spricht von 480 geschädigten Sparern.", 480),
    ("Laut Gericht gibt es rund 90 Geschädigte.", 90),
]


@pytest.mark.parametrize(("text", "value"), HARMED_DE)
def test_the_harmed_are_victims_de(text: str, value: float) -> None:
    assert [(v, k.split("|")[:2]) for v, k in quantity_keys(text, "de")] == [(value, ["other", "victim"])]


# "Geschädigte" are people: the harmed counted by two sources, more than 10 % apart, are rival figures.
def test_the_harmed_by_two_sources_conflict_de() -> None:
    text = ("Die Anwältin sprach von 480 geschädigten Sparern, sagte Kern. Die Zahl der Geschädigten liege eher bei "
            "300, sagte die Polizei.")
    assert all("|person|" in k for _, k in quantity_keys(text, "de"))
    assert conflict_values(text, "de") == [(300, 480)]


# "had N passengers on board" counts those aboard at the event, no standing total of what the vehicle has.
HAD_ABOARD = [
    ("sv", "Tåget hade ett fyrtiotal resenärer ombord när det spårade ur.", 40),
    ("en", "The coach had 52 passengers aboard when it overturned.", 52),
]


@pytest.mark.parametrize(("lang", "text", "value"), HAD_ABOARD)
def test_those_had_aboard_are_counted(lang: str, text: str, value: float) -> None:
    assert [v for v, _ in quantity_keys(text, lang)] == [value]

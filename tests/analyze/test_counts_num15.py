"""Issue 11, round num15 (live9dev): court steps after an arrest, the unhurt among the hurt, verbs and
days that end a counted phrase. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# Remand in custody and arraignment are court steps taken for some of those arrested: their figures are
# counts of their own (event `remand`, `arraign`), never rival arrest tolls.
REMAND = [
    ("da", "Politiet anholdt 14 personer fredag. Ni af dem blev varetægtsfængslet, oplyser anklageren.", 14, 9),
    ("sv", "Polisen grep tolv personer i helgen. Fyra häktades på måndag, uppger åklagaren.", 12, 4),
    ("no", "Politiet pågrep 15 personer natt til søndag. Seks ble varetektsfengslet, sier politiadvokaten.", 15, 6),
    ("de", "Die Polizei nahm 20 Männer fest. Acht kamen in Untersuchungshaft, sagte ein Sprecher.", 20, 8),
    ("en", "Police arrested 16 people on Saturday. Five were remanded in custody, a prosecutor said.", 16, 5),
]


@pytest.mark.parametrize(("lang", "text", "arrested", "remanded"), REMAND)
def test_remand_is_no_arrest_toll(lang: str, text: str, arrested: float, remanded: float) -> None:
    found, conflicts = _read(text, lang)
    assert ("other", arrested) in [(m, v) for m, v, _ in found]
    assert any(v == remanded and "|remand|" in k for _, v, k in found)
    assert conflicts == []


# A weekday right after the number ends the counted phrase: "otte søndag fremstillet" counts people.
DAY_AFTER = [
    ("da", "Af de anholdte blev otte søndag fremstillet i grundlovsforhør.", 8, "|arraign|"),
    ("sv", "Tre personer greps. Två måndag häktades av tingsrätten.", 2, "|remand|"),
    ("en", "Nine men were detained. Four Monday were arraigned in a city court.", 4, "|arraign|"),
]


@pytest.mark.parametrize(("lang", "text", "value", "event"), DAY_AFTER)
def test_a_weekday_ends_the_counted_phrase(lang: str, text: str, value: float, event: str) -> None:
    assert any(v == value and event in k for _, v, k in _read(text, lang)[0])


# Those unhurt among the hurt ("to af dem er sluppet med skræmmer") are a count of their own, no part of
# the wounded that meets the whole; and a part of the severely wounded never meets its whole.
UNHURT = [
    ("da", ("Politiet siger, at fire personer blev alvorligt kvæstet. »To af dem er sluppet med skrækken«, "
           "siger vagtchefen."), 2),
    ("no", "Politiet sier at fem personer ble hardt skadd. «To av dem er uskadd», sier operasjonslederen.", 2),
    ("sv", "Polisen uppger att sex personer skadades allvarligt. Två av dem är oskadda, säger räddningsledaren.", 2),
    ("de", "Die Polizei sagt, vier Menschen seien schwer verletzt. Zwei von ihnen blieben unverletzt, so die Feuerwehr.", 2),
    ("en", "Police said five people were seriously hurt. Two of them were unhurt, a firefighter said.", 2),
]


@pytest.mark.parametrize(("lang", "text", "value"), UNHURT)
def test_the_unhurt_are_no_wounded(lang: str, text: str, value: float) -> None:
    found, conflicts = _read(text, lang)
    assert not any(m == "wounded" and v == value for m, v, _ in found)
    assert conflicts == []


SEVERE_PART = [
    ("da", ("Politiet siger, at fire personer blev alvorligt kvæstet. »To af dem er alvorligt kvæstet i hovedet«, "
           "siger lægen.")),
    ("en", "Police said five people were seriously injured. Two of them were seriously injured in the head, a doctor said."),
]


@pytest.mark.parametrize(("lang", "text"), SEVERE_PART)
def test_a_part_of_the_severely_wounded_never_meets_its_whole(lang: str, text: str) -> None:
    assert _read(text, lang)[1] == []


# A verb of being somewhere ("befinder sig", "remain") ends the counted phrase: the place after it is the
# predicate ("tre befinder sig på hospitalet": in hospital).
WHERE_VERB = [
    ("da", "Fire personer blev kvæstet. Tre befinder sig på hospitalet.", 3),
    ("no", "Fire personer ble skadd. Tre befinner seg på sykehuset.", 3),
    ("sv", "Fyra personer skadades. Tre befinner sig på sjukhus.", 3),
    ("de", "Vier Menschen wurden verletzt. Drei liegen im Krankenhaus.", 3),
    ("en", "Four people were hurt. Three remain in hospital.", 3),
]


@pytest.mark.parametrize(("lang", "text", "value"), WHERE_VERB)
def test_a_verb_of_being_ends_the_counted_phrase(lang: str, text: str, value: float) -> None:
    assert any(v == value and "|hospital|" in k for _, v, k in _read(text, lang)[0])


# Out of work is a layoff: the headline's "60 mister jobben" and the body's "60 personer uten arbeid" are
# one figure of one voice.
OUT_OF_WORK = [
    ("no", "45 mister jobben etter brannen. Dermed står 45 personer uten arbeid."),
    ("da", "45 mister jobbet efter branden. Dermed står 45 personer uden arbejde."),
    ("sv", "45 förlorar jobbet efter branden. Därmed står 45 personer utan arbete."),
    ("de", "45 verlieren ihren Job nach dem Brand. Damit stehen 45 Menschen ohne Arbeit da."),
    ("en", "45 lose their jobs after the fire. That leaves 45 people out of work."),
]


@pytest.mark.parametrize(("lang", "text"), OUT_OF_WORK)
def test_out_of_work_is_the_layoff_again(lang: str, text: str) -> None:
    found = _read(text, lang)[0]
    assert [(m, v) for m, v, k in found] == [("other", 45)]
    assert "|layoff|" in found[0][2]


# Votes are cast by people: a vote word near a count of houses counts none of them.
VOTE_THINGS = [
    ("sv", "I frågan om bygget av 14 nya radhus var partierna inte eniga, S röstade emot förslaget."),
    ("da", "I sagen om byggeriet af 14 nye rækkehuse var partierne uenige, og S stemte imod forslaget."),
    ("en", "On the plan for 14 new townhouses the parties split, and the Greens voted against it."),
]


@pytest.mark.parametrize(("lang", "text"), VOTE_THINGS)
def test_houses_cast_no_votes(lang: str, text: str) -> None:
    assert _read(text, lang)[0] == []


# Burns are injuries; homes hit by an outage are counted; a passenger car is a vehicle, no person.
MORE_WORDS = [
    ("no", "Én voksen fikk mindre brannskader under evakueringen.", "wounded", 1, ""),
    ("sv", "Två brandmän fick lindriga brännskador vid släckningen.", "wounded", 2, ""),
    ("de", "Zwei Feuerwehrleute erlitten leichte Verbrennungen.", "wounded", 2, ""),
    ("en", "Two firefighters suffered minor burns.", "wounded", 2, ""),
    ("da", "Strømafbrydelsen ramte 1450 hjem i går.", "other", 1450, "household"),
    ("sv", "Tre personbilar krockade på motorvägen.", "other", 3, "vehicle"),
]


@pytest.mark.parametrize(("lang", "text", "measure", "value", "concept"), MORE_WORDS)
def test_more_measure_words_and_things(lang: str, text: str, measure: str, value: float, concept: str) -> None:
    found = _read(text, lang)[0]
    assert any(m == measure and v == value and (not concept or f"|{concept}|" in k) for m, v, k in found)


# An adverbial set off by commas right after the auxiliary ("er, kort før jul, uden strøm") leaves the
# predicate after it to the count.
INSERTED = [
    ("da", "Knap 900 husstande er, kort før weekenden for alvor begynder, uden strøm."),
    ("no", "Rundt 900 husstander er, like før helgen, uten strøm."),
    ("sv", "Drygt 900 hushåll är, strax före helgen, utan ström."),
    ("de", "Rund 900 Haushalte sind, kurz vor dem Wochenende, ohne Strom."),
    ("en", "About 900 households were, as of Tuesday night, without power."),
]


@pytest.mark.parametrize(("lang", "text"), INSERTED)
def test_an_inserted_adverbial_keeps_the_predicate(lang: str, text: str) -> None:
    found = _read(text, lang)[0]
    assert any(v == 900 and "|outage|" in k for _, v, k in found)


# One outage counted in households by one source and in customers by another is one figure: they disagree.
OUTAGE_UNITS = [
    ("no", ("Rundt 2000 husholdninger i Bodø var uten strøm fredag, melder avisen. Over 2600 kunder i Bodø var "
           "uten strøm fredag, skriver nettselskapet.")),
    ("sv", ("Omkring 2000 hushåll i Umeå var utan ström på fredagen, rapporterar tidningen. Över 2600 kunder i Umeå "
           "var utan ström på fredagen, skriver elbolaget.")),
    ("en", ("About 2,000 households in Leeds were without power on Friday, the paper reported. More than 2,600 "
           "customers in Leeds were without power on Friday, the utility said.")),
]


@pytest.mark.parametrize(("lang", "text"), OUTAGE_UNITS)
def test_households_and_customers_of_one_outage_meet(lang: str, text: str) -> None:
    assert _read(text, lang)[1] == [(0, 1)]


# A phrase set off by commas between a long subject and its auxiliary ("60 residents of the park near X,
# south of Y, were evacuated") leaves the predicate to the count.
SET_OFF_SUBJECT = [
    ("en", "About 40 tenants of the Oak Lane complex near Dover, a short drive from the coast, were evacuated."),
    ("sv", "Omkring 40 boende i området vid Ystad, några mil från kusten, har evakuerats."),
    ("no", "Rundt 40 beboere i feltet ved Moss, noen mil fra kysten, ble evakuert."),
    ("de", "Rund 40 Bewohner der Siedlung bei Kiel, einige Kilometer von der Küste, wurden evakuiert."),
]


@pytest.mark.parametrize(("lang", "text"), SET_OFF_SUBJECT)
def test_a_set_off_phrase_keeps_the_predicate(lang: str, text: str) -> None:
    assert any(m == "displaced" and v == 40 for m, v, _ in _read(text, lang)[0])


# The outlet saying again, in the very same words, an approximate figure a source gave ("more than 36")
# names the place only closer (a town of the region): no new record.
SAME_WORDS = [
    ("en", ("More than 48 people were killed in Kano state, the army said. Residents said the fighting began on "
           "Friday. More than 48 people were killed in Bichi after gunmen attacked."), 1),
    ("sv", ("Minst 48 personer dödades i Kanodelstaten, uppger armén. Invånare säger att striderna började i fredags. "
           "Minst 48 personer dödades i Bichi efter attacken."), 1),
    ("en", ("About 48 people were killed in Kano state, the army said. Residents said the fighting began on "
           "Friday. More than 48 people were killed in Bichi after gunmen attacked."), 2),
]


@pytest.mark.parametrize(("lang", "text", "records"), SAME_WORDS)
def test_the_same_words_again_are_no_new_record(lang: str, text: str, records: int) -> None:
    assert len(_read(text, lang)[0]) == records


# "Anfangs … noch von 40": a word of an earlier report ("anfangs", "initially", "inledningsvis") makes
# "noch"/"still" the figure of that time, no state now.
INITIALLY = [
    ("de", "Zunächst hatten die Retter noch von mindestens 30 Verletzten berichtet.", 30),
    ("en", "Initially, police had still spoken of 40 injured.", 40),
    ("sv", "Inledningsvis uppgav polisen att 40 personer fortfarande vårdades för skador.", 40),
]


@pytest.mark.parametrize(("lang", "text", "value"), INITIALLY)
def test_an_earlier_report_is_no_state_now(lang: str, text: str, value: float) -> None:
    found = _read(text, lang)[0]
    assert any(v == value for _, v, _ in found)
    assert not any("still=1" in k for _, _, k in found)


# "erlitt(en) … Verletzungen" is a count of the wounded (German), whatever stands before it ("Durch den Sturz").
SUFFERED_INJURIES = [
    ("Durch den Zusammenstoß erlitten sieben Fahrgäste leichte Verletzungen.", 7),
    ("Bei dem Brand erlitten drei Bewohner schwere Verletzungen.", 3),
    ("Zwei Arbeiter erlitten bei dem Sturz vom Gerüst Verletzungen.", 2),
]


@pytest.mark.parametrize(("text", "wounded"), SUFFERED_INJURIES)
def test_suffered_injuries_are_wounded(text: str, wounded: float) -> None:
    found, _ = _read(text, "de")
    assert ("wounded", wounded) in [(m, v) for m, v, _ in found]


def test_violations_are_no_wounded() -> None:
    found, _ = _read("Die Prüfer fanden bei zwölf Firmen Verletzungen der Vorschriften.", "de")
    assert "wounded" not in [m for m, _, _ in found]

"""Tests of noda: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows, full_rows

# Danish and Norwegian attribution, round da26: a passive report verb with an expletive subject after the
# content ("…, oplyses det i en pressemeddelelse", "…, meldes det fra politiet"), whose medium is the source,
# and a tag speaker whose name opens with a digit ("…, siger 3F", "…, said 3M"). Every sentence is written
# for its test.
PASSIVE_TAGS = [
    # the medium after "i"/"fra" is the source; the tag is cut from the content
    ("Butikken har ikke flere varer, oplyses det i en pressemeddelelse fra kæden.", "da",
     [("en pressemeddelelse fra kæden", "oplyses det", "Butikken har ikke flere varer")]),
    ("Hunden er fundet i god behold, meldes det fra politiet.", "da",
     [("politiet", "meldes det", "Hunden er fundet i god behold")]),
    ("Manden er løsladt igen, meddeltes det i en udtalelse.", "da",
     [("en udtalelse", "meddeltes det", "Manden er løsladt igen")]),
    # an event is no medium: the record stays sourceless
    ("Skolen holder lukket resten af ugen, oplystes det på et pressemøde.", "da",
     [(None, "oplystes det", "Skolen holder lukket resten af ugen")]),
    # with no medium the record stays sourceless, but the tag is no part of the claim
    ("Vejen er spærret i begge retninger, oplyses det.", "da",
     [(None, "oplyses det", "Vejen er spærret i begge retninger")]),
    ("Butikken har ingen varer igjen, opplyses det i en pressemelding fra kjeden.", "no",
     [("en pressemelding fra kjeden", "opplyses det", "Butikken har ingen varer igjen")]),
    ("Veien er sperret i begge retninger, meldes det fra politiet.", "no",
     [("politiet", "meldes det", "Veien er sperret i begge retninger")]),
    ("Skolen holder stengt resten av uken, opplyses det.", "no",
     [(None, "opplyses det", "Skolen holder stengt resten av uken")]),
]

DIGIT_NAMES = [
    # a name that opens with a digit is a speaker after the cue
    ("De ansatte skal hjælpes videre til nye job, lyder det fra 3F.", "da",
     [("3F", "lyder det fra", "De ansatte skal hjælpes videre til nye job")]),
    ("Vi har fundet en løsning med virksomheden, siger 3F.", "da",
     [("3F", "siger", "Vi har fundet en løsning med virksomheden")]),
    ("The new tape holds twice as much weight, said 3M.", "en",
     [("3M", "said", "The new tape holds twice as much weight")]),
    # a bare figure after a comma stays no speaker
    ("Lønnen stiger med to kroner, siger 3 ansatte til avisen.", "da", []),
]


NAMED_UNION = [
    # the union's short name is a known organisation wherever it stands
    ("Vi har fundet en løsning med virksomheden, siger 3F.", "da", [("3F", "organization")]),
    ("Ifølge 3F er fabrikken lukket resten af måneden.", "da", [("3F", "organization")]),
    ("Fagligt Fælles Forbund oplyser, at strejken er slut.", "da", [("Fagligt Fælles Forbund", "organization")]),
]


@pytest.mark.parametrize("text,lang,expected", NAMED_UNION)
def test_a_named_union_is_an_organization(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[0], row[4]) for row in full_rows(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", PASSIVE_TAGS)
def test_passive_report_tags_with_an_expletive(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", DIGIT_NAMES)
def test_tag_speakers_that_open_with_a_digit(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# Danish and Norwegian shapes of real news pages (stop 29, nordic24): a verb of accusing in every tense, its object
# and the charge after "for" are what was said. Every sentence is written for its test.
ACCUSING = [
    ("Fagforbundet beskylder ledelsen for at skjule regnskabet.", "da",
     [("Fagforbundet", "beskylder", "ledelsen for at skjule regnskabet")]),
    ("Naboerne beskyldte kommunen for at have glemt vejen.", "da",
     [("Naboerne", "beskyldte", "kommunen for at have glemt vejen")]),
    ("Oppositionen har beskyldt regeringen for at holde tallene tilbage.", "da",
     [("Oppositionen", "beskyldt", "regeringen for at holde tallene tilbage")]),
    ("Opposisjonen har beskyldt regjeringen for å holde tallene tilbake.", "no",
     [("Opposisjonen", "beskyldt", "regjeringen for å holde tallene tilbake")]),
]


@pytest.mark.parametrize("text,lang,expected", ACCUSING)
def test_an_accusation_and_its_charge_are_what_was_said(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SECOND_THAT_CLAUSE = [
    # ", og at" + a clause with a cue of its own: a second clause of the outer report, the inner cue nested in it
    ("Advokaten har uttalt at bildet bør fjernes, og at klienten synes det er belastende.", "no",
     [("Advokaten", "uttalt", "bildet bør fjernes, og at klienten synes det er belastende"),
      ("klienten", "synes", "det er belastende")]),
    ("Advokaten har udtalt, at billedet bør fjernes, og at klienten mener, at det er belastende.", "da",
     [("Advokaten", "udtalt", "billedet bør fjernes, og at klienten mener, at det er belastende"),
      ("klienten", "mener", "det er belastende")]),
    ("Advokaten har sagt att bilden bör tas bort, och att klienten tycker att det är jobbigt.", "sv",
     [("Advokaten", "sagt", "bilden bör tas bort, och att klienten tycker att det är jobbigt"),
      ("klienten", "tycker", "det är jobbigt")]),
    # a coordinated clause with a speaker of its own and no complementizer still cuts
    ("Advokaten har sagt att bilden bör tas bort, men klienten säger att det är jobbigt.", "sv",
     [("Advokaten", "sagt", "bilden bör tas bort"), ("klienten", "säger", "det är jobbigt")]),
]


@pytest.mark.parametrize("text,lang,expected", SECOND_THAT_CLAUSE)
def test_a_second_that_clause_goes_on_the_outer_report(text: str, lang: str, expected: list[Row]) -> None:
    assert sorted(bylined_rows(text, lang)) == sorted(expected)


SECOND_THAT_CLAUSE_EN = [
    ("Lee said the river was expected to rise, and that officials had confirmed the first evacuations.", "en",
     ("Lee", "said", "the river was expected to rise, and that officials had confirmed the first evacuations")),
    # "but that" + a noun: a determiner, the writer's own clause
    ("Lee said the toll had reached 40, but that figure has not been confirmed by officials.", "en",
     ("Lee", "said", "the toll had reached 40")),
]


@pytest.mark.parametrize("text,lang,row", SECOND_THAT_CLAUSE_EN)
def test_a_second_that_clause_goes_on_the_outer_report_en(text: str, lang: str, row: Row) -> None:
    assert row in bylined_rows(text, lang)


BARE_NAMING = [
    # a naming verb, a definite noun object and the name given it, with no "for"
    ("Ministeren kaller valget ryddig og troverdig.", "no", [("Ministeren", "kaller", "valget ryddig og troverdig")]),
    ("Regjeringen kalte påstanden ren propaganda.", "no", [("Regjeringen", "kalte", "påstanden ren propaganda")]),
    ("Rådmanden kalder forslaget en dårlig idé.", "da", [("Rådmanden", "kalder", "forslaget en dårlig idé")]),
    ("Forbundet kaldte aftalen historisk god.", "da", [("Forbundet", "kaldte", "aftalen historisk god")]),
    # a particle of summoning: no naming
    ("Ordføreren kaller styret inn til et ekstra møte.", "no", []),
    ("Borgmesteren kalder byrådet sammen til et møde.", "da", []),
    ("Treneren kalte laget tilbake til garderoben.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", BARE_NAMING)
def test_a_naming_without_its_particle(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


EXPECTING = [
    # "venter (,) at C": expecting, as "forventer"; only before a clause
    ("Redningsmandskabet venter, at flere bliver fundet i løbet af natten.", "da",
     [("Redningsmandskabet", "venter", "flere bliver fundet i løbet af natten")]),
    ("I forbundet venter formanden, Eva Lund, at strejken slutter fredag.", "da",
     [("formanden", "venter", "strejken slutter fredag")]),
    ("Kommunen venter at broen åpner igjen i mars.", "no", [("Kommunen", "venter", "broen åpner igjen i mars")]),
    ("Kommunen ventar at brua opnar att i mars.", "no", [("Kommunen", "ventar", "brua opnar att i mars")]),
    # waiting: no clause, no claim
    ("Passagererne venter på bussen ved stationen.", "da", []),
    ("Som ventet tapte laget kampen på hjemmebane.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", EXPECTING)
def test_expecting_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert [(s, c, t) for s, c, t in bylined_rows(text, lang)] == expected

"""da45: Danish shapes of unseen pages, one table per cause. Every sentence is written for its test.

- denying a claim about the past ("nægter at have gjort X", "nægter, at C"), never an act refused ("nægter at
  betale", "…, hvilket hun har nægtet": function_words.tsv refusal_verb, admitted.refused_act);
- a report pointing back ("A. Det siger X, …") inside another's report ("…, skriver Y") has Y as via (backrelay.py);
- two genitives joined by "og" before one body noun name one body ("Nordfyns og Østfyns Politi": official);
- "svarer til" states an equivalence, no answer ("Det svarer til en fjerdedel"), unless words are reported after it
  or it tags a quotation (equivalence.py);
- a dash quotation the undashed paragraph below closes with a tag ("– A." + "B, siger X.") is X's, not the speaker
  before it (tagbelow.py);
- making it clear, with or without "det", before a clause ("gjorde klart, at C", "har gjort det klart over for X,
  at C"), never a thing made ready ("gjorde båden klar");
- source types: report nouns in every form, polls, filings and projections are documents; an emergency department
  is its hospital's, an organization;
- a denial's participle reports only in the perfect ("har afvist, at C"): an object's state ("ønskede sagen
  afvist") or a thing got ("har fået afvist et forsøg") is none, and leaves the report around it whole;
- an agentless passive report: a reply participle with "der" or "det" and a clause ("Der bliver peget på, at C"),
  its cue holding the auxiliaries and the formal subject ("bliver der peget på", "er blevet sagt")."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows, full_rows, source_types

DENIALS: list[tuple[str, list[Row]]] = [
    ("Chaufføren nægter at have kørt over for rødt.", [("Chaufføren", "nægter", "have kørt over for rødt")]),
    ("I retten nægtede den tiltalte at have slået sin nabo.",
     [("den tiltalte", "nægtede", "have slået sin nabo")]),
    ("Direktøren har nægtet at have kendt til aftalen.", [("Direktøren", "nægtet", "have kendt til aftalen")]),
    ("Sælgeren nægter stadig at have snydt kunderne.", [("Sælgeren", "nægter", "have snydt kunderne")]),
    ("Formanden nægter, at foreningen har brudt reglerne.",
     [("Formanden", "nægter", "foreningen har brudt reglerne")]),
    # an act refused, not a claim denied
    ("Lejeren nægter at betale huslejen.", []),
    ("Spilleren nægtede at stille op til interview.", []),
    ("Hun blev bedt om at aflevere nøglerne, hvilket hun har nægtet.", []),
    ("Vagten nægtede adgang for journalister.", []),
]


@pytest.mark.parametrize("text,expected", DENIALS)
def test_denials(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected



# (source, via) of each record: the pointing-back report relayed by the medium whose words hold its tag
BACK_RELAYS: list[tuple[str, list[tuple[str | None, tuple[str, ...]]]]] = [
    ("Havnen åbner igen i maj. Det oplyser direktøren i et nyhedsbrev, skriver Ritzau.",
     [("direktøren", ("Ritzau",)), ("Ritzau", ())]),
    ("Antallet af ledige er faldet. Det viser nye tal fra kommunen, skriver Jyllands-Posten.",
     [("nye tal fra kommunen", ("Jyllands-Posten",)), ("Jyllands-Posten", ())]),
    # no outer report: nothing relayed
    ("Havnen åbner igen i maj. Det oplyser direktøren i et nyhedsbrev.", [("direktøren", ())]),
]


@pytest.mark.parametrize("text,expected", BACK_RELAYS)
def test_back_relays(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert [(r[0], r[5]) for r in full_rows(text, "da", outlet="Testbladet")] == expected


SHARED_HEADS: list[tuple[str, dict[str | None, str | None]]] = [
    ("Broen er lukket, oplyser Nordfyns og Østfyns Politi.", {"Nordfyns og Østfyns Politi": "official"}),
    ("Ifølge Vestegnens og Sydhavnens Brandvæsen brænder det stadig.",
     {"Vestegnens og Sydhavnens Brandvæsen": "official"}),
]


@pytest.mark.parametrize("text,expected", SHARED_HEADS)
def test_shared_heads(text: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, "da") == expected


EQUIVALENCES: list[tuple[str, list[Row]]] = [
    ("Huslejen steg med 500 kroner. Det svarer til en fjerdedel af hans pension.", []),
    ("Tabet svarer nogenlunde til to års overskud.", []),
    ("Mængden af regn svarede i juli til et halvt års nedbør.", []),
    # an answer stays an answer
    ("Borgmesteren svarer til lokalavisen, at budgettet holder.",
     [("Borgmesteren", "svarer", "budgettet holder")]),
    ("– Vi gør, hvad vi kan, svarer hun til radioen.", [("hun", "svarer", "Vi gør, hvad vi kan")]),
]


@pytest.mark.parametrize("text,expected", EQUIVALENCES)
def test_equivalences(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


# a dash quote paragraph whose undashed next paragraph ends with the tag of another speaker
TAGS_BELOW: list[tuple[str, list[Row]]] = [
    (("– Skolen mangler lærere, siger rektor Jens Holm.\n\n"
      "Forældrene er utilfredse.\n\n"
      "– Vi har ventet i to år på en løsning.\n\n"
      "Nu må kommunen handle, siger formand Lise Krog."),
     [("rektor Jens Holm", "siger", "Skolen mangler lærere"),
      ("formand Lise Krog", None, "Vi har ventet i to år på en løsning"),
      ("formand Lise Krog", "siger", "Nu må kommunen handle")]),
    # a tag that goes on with a sentence of its own closes no quotation above it
    (("– Skolen mangler lærere, siger rektor Jens Holm.\n\n"
      "– Det er et stort problem.\n\n"
      "Kommunen vil se på sagen, siger Lise Krog. Hun er formand for skolebestyrelsen."),
     [("rektor Jens Holm", "siger", "Skolen mangler lærere"),
      ("rektor Jens Holm", None, "Det er et stort problem"),
      ("Lise Krog", "siger", "Kommunen vil se på sagen")]),
]


@pytest.mark.parametrize("text,expected", TAGS_BELOW)
def test_tags_below(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


MADE_CLEAR: list[tuple[str, list[Row]]] = [
    ("Borgmesteren gjorde klart, at budgettet ikke holder.", [("Borgmesteren", "gjorde klart", "budgettet ikke holder")]),
    ("Klubben har gjort det klart over for spilleren, at kontrakten udløber.",
     [("Klubben", "gjort det klart", "kontrakten udløber")]),
    ("Sygeplejersken gjorde sengen klar til patienten.", []),
    ("Besætningen gjorde klar til afgang.", []),
    ("Mødet må gøre det klart, hvem der vil betale.", []),
    ("Det er udvalget, der skal gøre det klart, hvilke regler der gælder.", []),
    ("Det er de nye tal, der gør det klart, hvor stort problemet er.", []),
]


@pytest.mark.parametrize("text,expected", MADE_CLEAR)
def test_made_clear(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


DOCUMENTS_AND_WARDS: list[tuple[str, dict[str | None, str | None]]] = [
    ("Ventetiden stiger, viser nye redegørelser.", {"nye redegørelser": "document"}),
    ("Ifølge en rundspørge mangler der pædagoger.", {"en rundspørge": "document"}),
    ("Ifølge indberetningerne venter flere patienter.", {"indberetningerne": "document"}),
    ("Ifølge fremskrivningen vil der mangle boliger.", {"fremskrivningen": "document"}),
    ("Patienten har det godt, oplyser skadestuen.", {"skadestuen": "organization"}),
    ("Akutmodtagelsen oplyser, at to er indlagt.", {"Akutmodtagelsen": "organization"}),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS_AND_WARDS)
def test_documents_and_wards(text: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, "da") == expected


UNPERFECTED: list[tuple[str, list[Row]]] = [
    ("Rådmanden sagde på mødet, at partiet ønskede forslaget afvist.",
     [("Rådmanden", "sagde", "partiet ønskede forslaget afvist")]),
    ("Foreningen har to gange fået afvist sin klage over støjen.", []),
    ("Naboerne krævede byggeriet afvist.", []),
    # the perfect reports
    ("Regionen har over for ministeriet afvist, at ventetiden er steget.",
     [("Regionen", "afvist", "ventetiden er steget")]),
    ("Selskabet havde dementeret rygterne.", [("Selskabet", "dementeret", "rygterne")]),
]


@pytest.mark.parametrize("text,expected", UNPERFECTED)
def test_unperfected(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


PASSIVES: list[tuple[str, list[Row]]] = [
    ("Der bliver også peget på, at bussen kører for sjældent.",
     [(None, "bliver peget på", "bussen kører for sjældent")]),
    ("Som forklaring blev der peget på, at vejret var dårligt.",
     [(None, "blev der peget på", "vejret var dårligt")]),
    ("Det er blevet sagt, at banken flytter.", [(None, "er blevet sagt", "banken flytter")]),
    ("Der blev skrevet, at koncerten var aflyst.", [(None, "blev skrevet", "koncerten var aflyst")]),
    # pointing at a thing is no report
    ("Vejlederen har peget på kortet.", []),
]


@pytest.mark.parametrize("text,expected", PASSIVES)
def test_passives(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected

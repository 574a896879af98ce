"""Canonical subject keys across languages."""
from __future__ import annotations

import pytest

from enligt.lang.subjects import concept_of, lemma, nationality_of, subject_key

SV = [
    ("ryska soldater", "russian-soldier"),
    ("ryska trupper", "russian-soldier"),
    ("soldater", "soldier"),
    ("soldaterna", "soldier"),
    ("ukrainska soldater", "ukrainian-soldier"),
    ("ukrainare", "ukrainian-person"),
    ("ryssar", "russian-person"),
    ("personer", "person"),
    ("människor", "person"),
    ("civila", "person"),
    ("döda", "person"),
    ("patienter", "person"),
    ("boende", "person"),
    ("anställda", "employee"),
    ("anställda i Eskilstuna", "employee"),
    ("jobb", "job"),
    ("nya tjänster", "job"),
    ("tjänsterna", "job"),
    ("drönare", "drone"),
    ("drönarna", "drone"),
    ("kryssningsrobotar", "missile"),
    ("attacker", "attack"),
    ("samtal", "call"),
    ("åhörare", "attendee"),
    ("kunder", "customer"),
    ("vägar", "road"),
    ("fall", "case"),
    ("fallen", "case"),
    ("hushåll", "household"),
    ("svenska soldater", "swedish-soldier"),
    ("tankfartyg", "ship"),
    ("hamnarbetare", "worker"),
]
EN = [
    ("Russian soldiers", "russian-soldier"),
    ("Russian troops", "russian-soldier"),
    ("Ukrainian servicemen", "ukrainian-soldier"),
    ("soldiers", "soldier"),
    ("troops", "soldier"),
    ("Ukrainians", "ukrainian-person"),
    ("Russians", "russian-person"),
    ("people", "person"),
    ("civilians", "person"),
    ("residents", "person"),
    ("patients", "person"),
    ("victims", "person"),
    ("the dead", "person"),
    ("the crowd", "person"),
    ("employees", "employee"),
    ("workers", "worker"),
    ("jobs", "job"),
    ("new jobs", "job"),
    ("drones", "drone"),
    ("Ukrainian drones", "ukrainian-drone"),
    ("missiles", "missile"),
    ("tankers", "ship"),
    ("vessels", "ship"),
    ("attacks", "attack"),
    ("Russian attacks", "russian-attack"),
    ("assaults", "attack"),
    ("calls", "call"),
    ("consignments", "shipment"),
    ("customers", "customer"),
    ("households", "household"),
    ("brushless motors", "motor"),
    ("cases", "case"),
]
OTHER = [
    ("no", "russiske soldater", "russian-soldier"),
    ("no", "stillinger", "job"),
    ("no", "ansatte", "employee"),
    ("no", "ukrainere", "ukrainian-person"),
    ("da", "russiske soldater", "russian-soldier"),
    ("da", "personer", "person"),
    ("da", "patienter", "person"),
    ("de", "russische Soldaten", "russian-soldier"),
    ("de", "Menschen", "person"),
    ("de", "Verletzten", "person"),
    ("de", "sturmbedingte Einsätze", "operation"),
    ("de", "Stellen", "job"),
]


@pytest.mark.parametrize(("subject", "key"), SV)
def test_sv_subject_keys(subject: str, key: str) -> None:
    assert subject_key(subject, "sv") == key


@pytest.mark.parametrize(("subject", "key"), EN)
def test_en_subject_keys(subject: str, key: str) -> None:
    assert subject_key(subject, "en") == key


@pytest.mark.parametrize(("lang", "subject", "key"), OTHER)
def test_no_da_de_subject_keys(lang: str, subject: str, key: str) -> None:
    assert subject_key(subject, lang) == key


@pytest.mark.parametrize(("a", "b"), [
    (("ryska soldater", "sv"), ("Russian troops", "en")),
    (("russiske soldater", "no"), ("russische Soldaten", "de")),
    (("personer", "sv"), ("people", "en")),
    (("stillinger", "no"), ("jobs", "en")),
])
def test_same_key_across_languages(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert subject_key(*a) == subject_key(*b)


@pytest.mark.parametrize(("a", "b"), [
    (("ryska soldater", "sv"), ("ukrainska soldater", "sv")),
    (("soldiers", "en"), ("people", "en")),
    (("drones", "en"), ("missiles", "en")),
    (("anställda", "sv"), ("jobb", "sv")),
])
def test_different_things_get_different_keys(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert subject_key(*a) != subject_key(*b)


def test_unknown_language_and_empty_subject() -> None:
    assert subject_key("Venäläiset sotilaat", "fi") == "venäläiset sotilaat"
    assert subject_key("", "sv") == ""


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("motors", "en", "motor"), ("batteries", "en", "battery"), ("fartygen", "sv", "fartyg"),
])
def test_lemma(word: str, lang: str, expected: str) -> None:
    assert lemma(word, lang) == expected


def test_lookups() -> None:
    assert concept_of("soldaterna", "sv") == "soldier"
    assert concept_of("bananer", "sv") is None
    assert nationality_of("ryska", "sv") == ("russian", False)
    assert nationality_of("ukrainare", "sv") == ("ukrainian", True)

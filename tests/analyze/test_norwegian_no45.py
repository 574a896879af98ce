"""Issue 10, no45: Norwegian shapes unseen pages missed. Verb forms the cue paradigms lacked (speculating,
confessing in the perfect and the Nynorsk past, arguing and insisting, making no secret of), bokmål and nynorsk. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

PARADIGMS: list[tuple[str, str, list[Row]]] = [
    ("Fagbladet spekulerer i at fabrikken kan bli solgt.", "no",
     [("Fagbladet", "spekulerer", "fabrikken kan bli solgt")]),
    ("Flere har spekulert i at treneren går av.", "no", [("Flere", "spekulert", "treneren går av")]),
    ("Sjåføren har tilstått to ran i fjor.", "no", [("Sjåføren", "tilstått", "to ran i fjor")]),
    ("Guten tilstod at han hadde knust vindauget.", "no", [("Guten", "tilstod", "han hadde knust vindauget")]),
    ("Forbundet argumenterer for at lønna må opp.", "no",
     [("Forbundet", "argumenterer for", "lønna må opp")]),
    ("Leverandøren insisterte på at varene var levert.", "no",
     [("Leverandøren", "insisterte", "varene var levert")]),
    # making no secret of a claim admits it
    ("Styreleiaren la ikkje skjul på at budsjettet var for stramt.", "no",
     [("Styreleiaren", "la ikkje skjul på", "budsjettet var for stramt")]),
    ("Rektor legger ikke skjul på at skolen mangler lærere.", "no",
     [("Rektor", "legger ikke skjul på", "skolen mangler lærere")]),
    ("Tyven la ikke skjul på sporene.", "no", []),
    # the other senses report nothing: trading, arguing at length, insisting on doing
    ("Banken spekulerer i valuta og råvarer.", "no", []),
    ("Forsvareren argumenterte lenge i lagmannsretten.", "no", []),
    ("Styreleiaren insisterer på å møte revisoren.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", PARADIGMS)
def test_paradigms(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# a fronted medium told named by its kind is the medium the article last named, as after the verb
FRONTED_KIND_TOLD: list[tuple[str, str, list[tuple[str | None, str | None, tuple[str, ...]]]]] = [
    ("Nordlys skreiv i går at taket lak.\n\nTil avisa fortel kyrkjeverja Åse Li at taket må skiftast.", "no",
     [("Nordlys", "skreiv", ()), ("kyrkjeverja Åse Li", "fortel", ("Nordlys",))]),
    ("Fremtiden skriver at skolen stenger.\n\nOverfor avisen bekrefter rektor Jon Lie at skolen stenger i mai.", "no",
     [("Fremtiden", "skriver", ()), ("rektor Jon Lie", "bekrefter", ("Fremtiden",))]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_KIND_TOLD)
def test_fronted_kind_told(text: str, lang: str,
                           expected: list[tuple[str | None, str | None, tuple[str, ...]]]) -> None:
    assert [(a.source, a.cue, a.via) for a in bylined_attributions(text, lang)] == expected


# a content that opens with "om" and a noun phrase names a topic talked of, no claim; a clause after it reports one
TOPIC_ONLY: list[tuple[str, str, list[Row]]] = [
    ("Piloten fortalte om flyturen og om været over fjellet.", "no", []),
    ("Vitnet fortalde om ein bil som køyrde for fort.", "no", []),
    ("Piloten fortalte om hvordan motoren stanset.", "no", [("Piloten", "fortalte", "motoren stanset")]),
    ("Vitnet fortalte om at bilen kjørte for fort.", "no", [("Vitnet", "fortalte", "bilen kjørte for fort")]),
    ("– Om været holder, flyr vi i morgen, sier piloten.", "no",
     [("piloten", "sier", "Om været holder, flyr vi i morgen")]),
]


@pytest.mark.parametrize("text,lang,expected", TOPIC_ONLY)
def test_topic_only(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# a clause after a comma that a participle cue closes is no "…, [speaker] cue" tag when a finite verb stands in what
# would be its speaker ("…, og det er to av disse tyveriene han har innrømt"); a relative there keeps the speaker
VERB_IN_TAG_SUBJECT: list[tuple[str, str, list[Row]]] = [
    ("Fire butikker ble rammet, melder radioen, og det er to av disse tyveriene tenåringen allerede har innrømt.", "no",
     [("radioen", "melder", "Fire butikker ble rammet")]),
    ("Brannen startet i kjelleren, sier en som var der.", "no",
     [("en som var der", "sier", "Brannen startet i kjelleren")]),
]


@pytest.mark.parametrize("text,lang,expected", VERB_IN_TAG_SUBJECT)
def test_verb_in_tag_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# a Nynorsk weekday opening a sentence is a time, no speaker (read as its bokmål name is)
NYNORSK_WEEKDAYS: list[tuple[str, str, list[Row]]] = [
    ("Laurdag sa ordføraren at vegen skulle opnast.", "no", [("ordføraren", "sa", "vegen skulle opnast")]),
    ("Tysdag skriv kommunen at skulen er stengd.", "no", [("kommunen", "skriv", "skulen er stengd")]),
    ("Måndag kritiserte forbundet styret for å ha venta for lenge.", "no", []),  # as bokmål "Mandag kritiserte …"
]


@pytest.mark.parametrize("text,lang,expected", NYNORSK_WEEKDAYS)
def test_nynorsk_weekdays(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# a law, rule or agreement named by a compound on a plan head (or its Nynorsk form) is no source
PLAN_COMPOUNDS: list[tuple[str, str, list[Row]]] = [
    ("Ifølge forurensningsloven må eieren rydde tomta.", "no", []),
    ("Ifølgje opplæringslova har elevane rett på skyss.", "no", []),
    ("Ifølgje lova må søknaden sendast innan mai.", "no", []),
    ("Ifølge Lovise Holm er vannet rent.", "no", [("Lovise Holm", "Ifølge", "er vannet rent")]),
]


@pytest.mark.parametrize("text,lang,expected", PLAN_COMPOUNDS)
def test_plan_compounds(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

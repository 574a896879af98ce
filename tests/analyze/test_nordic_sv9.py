"""Swedish news shapes from a sixth round on real pages (issue 10): believing in something ("tror på"), telling
("talar om att"), a claim about oneself ("säger sig inte ha"), a reason clause ending a noun complement, dash
speech set tight against its first word, and a body named after a role ("vd för X"). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

BELIEVE_IN = [
    # "tror på" + a noun phrase: the noun phrase is the belief, a reason clause after it is not
    ("Facket tror på en uppgörelse före sommaren.", "sv", [("Facket", "tror på", "en uppgörelse före sommaren")]),
    ("Styrelsen trodde på en snabb lösning eftersom mötet redan var bokat.", "sv",
     [("Styrelsen", "trodde på", "en snabb lösning")]),
    ("Ledningen tror på att försäljningen vänder i höst.", "sv",
     [("Ledningen", "tror på", "försäljningen vänder i höst")]),
    ("Forbundet mener det er et dårlig forslag fordi det koster for mye.", "no",
     [("Forbundet", "mener", "det er et dårlig forslag")]),
]


@pytest.mark.parametrize("text,lang,expected", BELIEVE_IN)
def test_a_belief_in_a_noun_phrase_stops_at_its_reason(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TELLING = [
    # "talar om att C" tells C; "talar om" before a noun phrase is talk about a topic
    ("Grannen talar om att det hördes skrik från lägenheten.", "sv",
     [("Grannen", "talar om", "det hördes skrik från lägenheten")]),
    ("Läkaren talade om för familjen att operationen hade gått bra.", "sv",
     [("Läkaren", "talade om", "operationen hade gått bra")]),
    ("Ministern talade om vädret i sitt tal.", "sv", []),
    ("Vi talar om en stor summa pengar.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", TELLING)
def test_talar_om_reports_only_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ABOUT_ONESELF = [
    # "säger sig" + an infinitive: the infinitive phrase is the claim, its negation included
    ("Bolaget säger sig inte ha något emot en ny utredning.", "sv",
     [("Bolaget", "säger sig", "inte ha något emot en ny utredning")]),
    ("Mannen uppger sig ha varit hemma hela kvällen.", "sv",
     [("Mannen", "uppger sig", "ha varit hemma hela kvällen")]),
    ("Hon påstod sig vara läkare.", "sv", [("Hon", "påstod sig", "vara läkare")]),
    ("Det säger sig självt att priset stiger.", "sv", []),  # an idiom: it goes without saying
    ("Bolaget säger inte att det har fel.", "sv", []),  # a negated cue stays negated
]


@pytest.mark.parametrize("text,lang,expected", ABOUT_ONESELF)
def test_a_claim_about_oneself_takes_the_infinitive(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TIGHT_DASH = [
    # a dash paragraph with no space after the dash goes on from the speaker before it
    ("– Vi såg röken tidigt, säger Anna Berg vid räddningstjänsten.\n\n–Det var svårt att ta sig fram.", "sv",
     [("Anna Berg", "säger", "Vi såg röken tidigt"),
      ("Anna Berg", None, "Det var svårt att ta sig fram")]),
    ("– Vi så røyken tidlig, sier Ola Dahl.\n\n–Det var vanskelig å komme fram.", "no",
     [("Ola Dahl", "sier", "Vi så røyken tidlig"), ("Ola Dahl", None, "Det var vanskelig å komme fram")]),
]


@pytest.mark.parametrize("text,lang,expected", TIGHT_DASH)
def test_dash_speech_set_tight_goes_on(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ROLE_BODY = [
    # a name after a role and its preposition is the body the role serves: alone later, an organisation
    ("– Vi tar det på allvar, säger Eva Lind, vd för Kraftnord Elnät.\n\nKraftnord uppger att felet är lagat.",
     "sv", "Kraftnord", "organization"),
    # a name that opens with a first name stays a person's
    ("– Vi överklagar, säger Per Holm, advokat för Anna Lundqvist.\n\nLundqvist uppger att hon är oskyldig.",
     "sv", "Lundqvist", "person"),
]


@pytest.mark.parametrize("text,lang,source,typ", ROLE_BODY)
def test_a_name_after_a_role_is_a_body(text: str, lang: str, source: str, typ: str) -> None:
    found = {a.source: a.source_type for a in bylined_attributions(text, lang)}
    assert found[source] == typ


GENERIC_BEFORE = [
    # "man" before a cue outside a quotation, as after one: the body meant, typed as a body
    ("Skolan stängdes när man bedömde att risken för ras var stor.", "sv",
     [("man", "bedömde", "risken för ras var stor", "organization")]),
    ("Man räknar med att priserna stiger.", "sv", [("Man", "räknar med", "priserna stiger", "organization")]),
    # inside a quotation it stays nobody, and first person stays the writer's own
    ("– Nu säger man att vägen är farlig, säger Eva Ek.", "sv",
     [("Eva Ek", "säger", "Nu säger man att vägen är farlig", "person")]),
    ("Det blev dyrare än vi hade räknat med.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", GENERIC_BEFORE)
def test_man_before_a_cue_is_the_source(text: str, lang: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(a.source, a.cue, a.content, a.source_type) for a in bylined_attributions(text, lang)] == expected

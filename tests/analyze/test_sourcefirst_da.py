"""Tests of `enligt.analyze.sourcefirst` (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows

# da42: the speaker of a coordinated cue in Danish (sourcefirst.py). Every sentence is written for its test.

# da42: a preposition spelt like a subordinator ("efter", "før") before a noun phrase opens no clause: the first
# conjunct's subject speaks (sourcefirst._past_preposition)
COORDINATED: list[tuple[str, list[Row]]] = [
    ("Formanden var lettet efter afstemningen og sagde, at aftalen holder.",
     [("Formanden", "sagde", "aftalen holder")]),
    ("Lægen var træt før vagten og fortalte, at afdelingen mangler folk.",
     [("Lægen", "fortalte", "afdelingen mangler folk")]),
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_a_preposition_before_the_coordinator_keeps_the_subject(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected


# da42: a past participle used as a noun after an article ("den tiltalte", "de ansatte") is no finite verb: it ends
# neither the speaker before the cue nor the one after it (sources.forward_np, inverted.v2_subject)
PARTICIPLE_NOUNS: list[tuple[str, list[Row]]] = [
    ("Under afhøringen fortalte den sigtede, at bilen var lånt.",
     [("den sigtede", "fortalte", "bilen var lånt")]),
    ("Ifølge de ansatte blev maskinen aldrig efterset.",
     [("de ansatte", "Ifølge", "blev maskinen aldrig efterset")]),
    ("I Sønderborg mener de fleste, at havnen skal bygges om.",
     [("de fleste", "mener", "havnen skal bygges om")]),
    ("De to anholdte nægter at kende hinanden, oplyser politiet.",
     [("politiet", "oplyser", "De to anholdte nægter at kende hinanden")]),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_NOUNS)
def test_a_participle_after_an_article_is_a_noun(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected


# da42: a cue coordinated by "men" after a first conjunct that ends in an object clause, an adverb after the cue
# ("X gav ingen grunde til, at A, men nævnte blot, at C"): X speaks (sourcefirst._past_object_clause)
OBJECT_CLAUSE: list[tuple[str, list[Row]]] = [
    ("Direktøren ville ikke forklare, hvorfor fabrikken lukkede, men oplyste dog, at ingen bliver fyret.",
     [("Direktøren", "oplyste", "ingen bliver fyret")]),
    ("Dommeren nævnte ingen grund til, at sagen blev udsat, men sagde blot, at der mangler et vidne.",
     [("Dommeren", "sagde", "der mangler et vidne")]),
]


@pytest.mark.parametrize("text,expected", OBJECT_CLAUSE)
def test_a_coordinated_cue_after_an_object_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected


# da42: a kin or role noun after a possessive opening a sentence, its name in apposition ("Hans kone, X Y, er …"):
# X Y is a person a later pronoun points to (resolve._note_subject_name)
KIN_NAMES: list[tuple[str, str | None]] = [
    (("Fiskeren Ole Dam har mistet sin båd i stormen.\n\nHans søster, Grethe Dam, har hjulpet ham. Hun siger, at "
     "familien står sammen."), "Grethe Dam"),
]


@pytest.mark.parametrize("text,name", KIN_NAMES)
def test_a_name_in_apposition_to_a_kin_noun(text: str, name: str | None) -> None:
    assert [a.source_name for a in attributions(text, "da")] == [name]


# da42: a possessive owner of a statement noun points to the latest person ("Hendes vurdering er, at C"; owner_person)
OWNERS: list[tuple[str, str | None]] = [
    ("Lægen Karen Holt er bekymret for ventelisterne. Hendes vurdering er, at flere bør ansættes.", "Karen Holt"),
]


@pytest.mark.parametrize("text,name", OWNERS)
def test_a_possessive_owner_is_the_latest_person(text: str, name: str | None) -> None:
    assert [a.source_name for a in attributions(text, "da")] == [name]


# da42: a claim inside a fronted subordinate clause ends before "så" and the main clause's verb ("Hvis X siger, at A,
# så protesterer vi": A; v2clauses.in_fronted_subclause)
RESUMED: list[tuple[str, list[Row]]] = [
    ("Når meteorologerne varsler, at isen er usikker, så holder vi os på land.",
     [("meteorologerne", "varsler", "isen er usikker")]),
]


@pytest.mark.parametrize("text,expected", RESUMED)
def test_a_claim_ends_before_the_resumed_main_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected

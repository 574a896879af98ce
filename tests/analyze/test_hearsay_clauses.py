"""Hearsay and sourceless reporting (issue 10): a marker in a relative or subordinate clause claims only that
clause; a claim ends before ", och" and a fronted phrase that opens a main clause of its own; reports coming in
("kommer rapporter om", "there were reports of") have the reports as their source; German passive reporting
with no agent ("Es wurde berichtet, dass C") has none. Future, plan and duty readings of the modals stay
unreported. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

COUNCIL = ("The council said the contractor, who reportedly went bankrupt, had left the building site in the harbour "
           "without paying its workers.")
GUARD = ("A security guard at the northern warehouse was taken to hospital after two men allegedly pushed him, the "
         "company said.")

CASES: list[tuple[str, str, list[Row]]] = [
    # a relative clause holds the marker: it and its antecedent are the claim, not the reporter's main clause
    ("Vakterna söker en kvinna som ska ha stulit en cykel.", "sv",
     [(None, "ska ha", "en kvinna som ska ha stulit en cykel")]),
    ("Bilen, som ska ha varit stulen, hittades i en skog.", "sv",
     [(None, "ska ha", "Bilen, som ska ha varit stulen")]),
    ("Vekterne leter etter en kvinne som skal ha stjålet en sykkel.", "no",
     [(None, "skal ha", "en kvinne som skal ha stjålet en sykkel")]),
    ("Vagterne leder efter en kvinde, der skal have stjålet en cykel.", "da",
     [(None, "skal have", "en kvinde, der skal have stjålet en cykel")]),
    ("Branden startede i kælderen, hvor der angiveligt også lå gamle aviser.", "da",
     [(None, "angiveligt", "hvor der angiveligt også lå gamle aviser")]),
    ("Die Wachleute suchen eine Frau, die ein Fahrrad gestohlen haben soll.", "de",
     [(None, "soll", "eine Frau, die ein Fahrrad gestohlen haben soll")]),
    ("Der Abend, an dem sich der Streit entzündet haben soll, bleibt unklar.", "de",
     [(None, "soll", "an dem sich der Streit entzündet haben soll")]),
    ("Guards are looking for a woman who allegedly stole a bicycle.", "en",
     [(None, "allegedly", "a woman who allegedly stole a bicycle")]),
    ("Bussen som sägs ha kört mot rött ljus står nu i en verkstad.", "sv",
     [(None, "sägs", "Bussen som sägs ha kört mot rött ljus")]),
    ("The man who allegedly set the fire was arrested on Monday.", "en",
     [(None, "allegedly", "The man who allegedly set the fire")]),
    # a negation or sentence adverb between the relative word and the marker (colon43)
    ("Tre barn fördes till vårdcentralen med brännskador som inte ska vara livshotande.", "sv",
     [(None, "ska vara", "brännskador som inte ska vara livshotande")]),
    ("Politiet leter etter en varebil som også skal ha kjørt inn i et gjerde.", "no",
     [(None, "skal ha", "en varebil som også skal ha kjørt inn i et gjerde")]),
    # a German relative after a comma other than der/die/das, "was" for the clause before it (colon43)
    ("Der Kassierer öffnete den Tresor ohne Zeugen, was gegen die Vorschriften verstoßen haben soll.", "de",
     [(None, "soll", "was gegen die Vorschriften verstoßen haben soll")]),
    ("Gesucht wird ein Radfahrer, dessen Hund ein Kind gebissen haben soll.", "de",
     [(None, "soll", "ein Radfahrer, dessen Hund ein Kind gebissen haben soll")]),
    ("Bussen stod kvar vid hållplatsen i en timme, vilket ska ha försenat flera tåg.", "sv",
     [(None, "ska ha", "vilket ska ha försenat flera tåg")]),
    # a comparison put after the perfect infinitive (colon43)
    ("Im Sommer soll die Bahn deutlich mehr Fahrgäste befördert haben als im Vorjahr.", "de",
     [(None, "soll", "Im Sommer soll die Bahn deutlich mehr Fahrgäste befördert haben als im Vorjahr")]),
    ("Der Verein soll so viele Mitglieder gewonnen haben wie nie zuvor.", "de",
     [(None, "soll", "Der Verein soll so viele Mitglieder gewonnen haben wie nie zuvor")]),
    # a plan with a comparison stays none
    ("Die neue Halle soll größer werden als die alte.", "de", []),
    # inside another record: its own record, via the outer source
    ("„Der Kassierer öffnete den Tresor allein, was verboten gewesen sein soll“, sagte die Richterin.", "de",
     [("die Richterin", "sagte", "Der Kassierer öffnete den Tresor allein, was verboten gewesen sein soll"),
      (None, "soll", "was verboten gewesen sein soll")]),
    (COUNCIL, "en",
     [("The council", "said", COUNCIL[17:-1]),
      (None, "reportedly", "the contractor, who reportedly went bankrupt")]),
    (GUARD, "en", [("the company", "said", GUARD[:-19]), (None, "allegedly", "two men allegedly pushed him")]),
    # an expletive before the marker opens no relative clause
    ("I nat var der angiveligt uro ved havnen.", "da",
     [(None, "angiveligt", "I nat var der angiveligt uro ved havnen")]),
    # the claim ends before ", och" and a fronted phrase opening its own main clause
    ("Två båtar uppges ha sjunkit vid kusten, och från hamnen i Visby kommer rapporter om fler skadade.", "sv",
     [(None, "uppges", "Två båtar uppges ha sjunkit vid kusten"),
      ("rapporter", "kommer rapporter om", "fler skadade")]),
    # reports coming in
    ("Från norra delen av staden kommer rapporter om strömavbrott.", "sv",
     [("rapporter", "kommer rapporter om", "strömavbrott")]),
    ("Det kommer uppgifter om att vägen är avstängd.", "sv",
     [("uppgifter", "kommer uppgifter om", "vägen är avstängd")]),
    ("Fra nordsiden av byen kommer det meldinger om strømbrudd.", "no",
     [("meldinger", "kommer meldinger om", "strømbrudd")]),
    ("Fra havnen kommer der meldinger om røg over kajen.", "da",
     [(None, "meldinger om", "røg over kajen")]),
    ("There were reports of flooding near the river.", "en",
     [("reports", "reports of", "flooding near the river")]),
    ("The minister denied reports of a rift in the cabinet.", "en",
     [("The minister", "denied", "reports of a rift in the cabinet")]),
    # German passive reporting without an agent
    ("Es wurde berichtet, dass die Brücke gesperrt ist.", "de",
     [(None, "wurde berichtet", "die Brücke gesperrt ist")]),
    ("Zuvor war gemeldet worden, dass der Zug ausfällt.", "de",
     [(None, "war gemeldet worden", "der Zug ausfällt")]),
    # Danish "skulle der … være sket": a reported event
    ("Tirsdag skulle der være sket et indbrud på skolen.", "da",
     [(None, "skulle være", "Tirsdag skulle der være sket et indbrud på skolen")]),
    ("Der skulle være kaffe til alle.", "da", []),
    ("Hvis der skulle være problemer, ringer vi.", "da", []),
    # a cleft with no comma before its relative word, the relative clause an event's state: hearsay
    ("Det ska vara tre passagerare som är lindrigt skadade.", "sv",
     [(None, "ska vara", "Det ska vara tre passagerare som är lindrigt skadade")]),
    ("Det skal være to syklister som er alvorlig skadet.", "no",
     [(None, "skal være", "Det skal være to syklister som er alvorlig skadet")]),
    ("Det ska vara föräldrarna som väljer skola.", "sv", []),
    # plans, duties and the future are no hearsay
    ("Vakterna ska patrullera hela natten.", "sv", []),
    ("Vekterne skal patruljere hele natten.", "no", []),
    ("Vagterne skal patruljere hele natten.", "da", []),
    ("Die Wachleute sollen die ganze Nacht patrouillieren.", "de", []),
    ("Die Brücke soll im Herbst fertig sein.", "de", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsay_clauses(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

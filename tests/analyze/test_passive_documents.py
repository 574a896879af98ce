"""Agentless passives of reporting verbs and documents as sources (issue 10, stop 23): a confirming participle in
an agentless passive with no clause states a status, not a report ("er bekreftet smittet"); a German passive
auxiliary before a reporting participle leaves the words before it no speaker ("Bisher wurden fünf Tote
gemeldet"), a fronted time phrase before it opens a sourceless report ("Am Abend wurde mitgeteilt, dass C") and a
fronted agent names the source ("Von der Stadt wurde mitgeteilt, dass C"); an evidence verb with an expletive
takes the clause after its document ("Det framgår av domen att C"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

LEAD = {"sv": "Fabriken stängde i våras.", "no": "Fabrikken stengte i vår.", "da": "Fabrikken lukkede i foråret.",
        "de": "Die Fabrik schloss im Frühjahr.", "en": "The plant closed in the spring."}

CASES: list[tuple[str, str, list[Row]]] = [
    # a confirming participle with a status after it and no clause: a count's status, no report
    ("Ingen av de ansatte er bekreftet smittet.", "no", []),
    ("Fire passasjerer ble senere bekreftet omkommet.", "no", []),
    ("Ingen af gæsterne er bekræftet smittet.", "da", []),
    ("I regionen er der indtil nu bekræftet mindst 30 dødsfald.", "da", []),
    # with a clause it still reports that clause, with no source
    ("Det ble bekreftet at to av de ansatte er smittet.", "no", [(None, "bekreftet", "to av de ansatte er smittet")]),
    ("Det blev bekræftet, at to af gæsterne er smittet.", "da", [(None, "blev bekræftet", "to af gæsterne er smittet")]),
    # German: a passive auxiliary before a reporting participle, no speaker before it
    ("Bis zum Abend wurden drei Verletzte gemeldet.", "de", []),
    ("In dem Haus sind zwölf Mieter gemeldet.", "de", []),
    ("Gestern Nachmittag wurde der Brand bestätigt.", "de", []),
    # a fronted time phrase opens a sourceless report; a fronted agent is the source
    ("Am Dienstag wurde mitgeteilt, dass die Halle geschlossen bleibt.", "de",
     [(None, "wurde mitgeteilt", "die Halle geschlossen bleibt")]),
    ("Gegen 9 Uhr wurde dann gemeldet, dass die Straße gesperrt ist.", "de",
     [(None, "wurde gemeldet", "die Straße gesperrt ist")]),
    ("Von der Stadt wurde mitgeteilt, dass die Halle geschlossen bleibt.", "de",
     [("der Stadt", "wurde mitgeteilt", "die Halle geschlossen bleibt")]),
    # a subject is still no opener; the active keeps its speaker
    ("Die Stadt hat mitgeteilt, dass die Halle geschlossen bleibt.", "de",
     [("Die Stadt", "mitgeteilt", "die Halle geschlossen bleibt")]),
    ("Ihm wird vorgeworfen, die Kasse geleert zu haben.", "de",
     [(None, "wird vorgeworfen", "die Kasse geleert zu haben")]),
    # an agentless s-passive of a reporting verb reports the clause right after it, with no source
    ("I fredags redovisades att elva tjänster försvinner.", "sv", [(None, "redovisades", "elva tjänster försvinner")]),
    ("Det meddelades att skolan stänger i juni.", "sv", [(None, "meddelades", "skolan stänger i juni")]),
    ("Senare tillkännagavs att skolan stänger i juni.", "sv", [(None, "tillkännagavs", "skolan stänger i juni")]),
    ("Det bekreftes at skolen stenger i juni.", "no", [(None, "bekreftes", "skolen stenger i juni")]),
    ("Det meddeles, at skolen lukker i juni.", "da", [(None, "meddeles", "skolen lukker i juni")]),
    # without its clause it is no report
    ("Siffrorna redovisades på ett möte i fredags.", "sv", []),
    ("Beslutet meddelades under förmiddagen.", "sv", []),
    ("Resultatet kunngjøres neste uke.", "no", []),
    ("Resultatet bekendtgøres i næste uge.", "da", []),
    # a document "reads so": the fronted document, or the one after the tag's preposition, is the source
    ("I sammendraget står det at to skoler stenger.", "no", [("sammendraget", "står det", "to skoler stenger")]),
    ("To skoler stenger, står det i notatet.", "no", [("notatet", "står det", "To skoler stenger")]),
    ("Av vedtaket går det fram at to skoler stenger.", "no", [("vedtaket", "går det fram", "to skoler stenger")]),
    ("I en rapport fra kommunen, går det fram at to skoler stenger.", "no",
     [("en rapport fra kommunen", "går det fram", "to skoler stenger")]),
    ("I notatet står der, at to skoler lukker.", "da", [("notatet", "står der", "to skoler lukker")]),
    ("To skoler lukker, står der i afgørelsen.", "da", [("afgørelsen", "står der", "To skoler lukker")]),
    ("Der står en bil foran skolen.", "da", []),
    # an evidence verb with its expletive: the clause after the document, else the sentence before
    ("Det framgår av beslutet att hallen ska rivas.", "sv", [("beslutet", "framgår", "hallen ska rivas")]),
    ("Nu framgår det av en rapport från kommunen att hallen ska rivas.", "sv",
     [("en rapport från kommunen", "framgår", "hallen ska rivas")]),
    ("Det fremgår av vedtaket at hallen skal rives.", "no", [("vedtaket", "fremgår", "hallen skal rives")]),
    ("Nu fremgår det af afgørelsen, at hallen skal rives.", "da", [("afgørelsen", "fremgår", "hallen skal rives")]),
    ("Hallen skal rives, fremgår det af afgørelsen.", "da", [("afgørelsen", "fremgår", "Hallen skal rives")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_passive_documents(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


BACK: list[tuple[str, str, list[Row]]] = [
    ("Det framgår av beslutet.", "sv", [("beslutet", "framgår", LEAD["sv"][:-1])]),
    ("Det fremgår af afgørelsen.", "da", [("afgørelsen", "fremgår", LEAD["da"][:-1])]),
    ("Detta bekräftas av kommunen.", "sv", [("kommunen", "bekräftas", LEAD["sv"][:-1])]),
    ("Dette bekreftes av kommunen.", "no", [("kommunen", "bekreftes", LEAD["no"][:-1])]),
]


@pytest.mark.parametrize("text,lang,expected", BACK)
def test_evidence_points_back(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(f"{LEAD[lang]} {text}", lang) == expected


TYPES: list[tuple[str, str, str]] = [
    ("Enligt åtalet hotade mannen två grannar.", "sv", "document"),
    ("Ifølge kendelsen truede manden to naboer.", "da", "document"),
    ("Ifølge estimater fra regeringen er to tusind flygtet.", "da", "document"),
    ("Ifølge kjennelsen truet mannen to naboer.", "no", "document"),
    ("Laut Polizeibericht bedrohte der Mann zwei Nachbarn.", "de", "document"),
    ("The lawsuit alleges that the company hid the defects.", "en", "document"),
    ("According to the affidavit, the man threatened two neighbours.", "en", "document"),
    ("Tests showed that the water was safe to drink.", "en", "document"),
    ("Eine Videoaufnahme zeigt, dass der Mann durch den Hof flüchtete.", "de", "document"),
]


@pytest.mark.parametrize("text,lang,expected", TYPES)
def test_document_words(text: str, lang: str, expected: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == [expected]

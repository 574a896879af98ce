"""German constructions found on unannotated news pages (de40, issue 10): a participle between an article, a short
phrase and its noun is an adjective ("die seit Wochen erwartete Flut"), also at the start of a sentence ("Die
erwarteten Gewitter"); a cue that is an infinitive after "zu" or before a modal reports nothing said ("jeden Fall
melden müssen"); a connective adverb after a named subject is no part of the source ("Wie Kowalski weiter sagt");
"machte … klar" is a split cue like "stellte … klar"; a passive with its agent before the participle reports the
sentence before ("Dies wurde von der Stadt bestätigt."); the source of "zufolge" starts after the adverbial phrases
before it ("hat bei dem Sturm | Angaben von X zufolge"); a fronted question put to the speaker ("Auf die Frage, ob
A, sagte er, C") gives C; a reflexive is no source ("wie sich herausstellte"); the perfect of a warning names its object after "vor"
("hatte vor Staus gewarnt").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")


ATTRIBUTIVE = [
    ("Die erwarteten Gewitter haben im Osten viele Keller geflutet.", []),
    ("Die befürchteten Schäden blieben am Ende aus.", []),
    ("Offen blieb, ob die seit Wochen befürchtete Flut schon begonnen habe.", []),
    ("Die seit langem angekündigte Reform tritt im Mai in Kraft.", []),
    # a finite verb before its subject or object stays a cue
    ("Dann bestätigten Ärzte, dass die Frau außer Lebensgefahr sei.",
     [("Ärzte", "bestätigten", "die Frau außer Lebensgefahr sei")]),
    ("Die Experten erwarteten Verluste in Millionenhöhe.",
     [("Die Experten", "erwarteten", "Verluste in Millionenhöhe")]),
]

INFINITIVE = [
    ("Künftig sollen Ärzte jeden Fall dem Amt melden müssen.", []),
    ("Die Firmen werden jeden Schaden melden müssen.", []),
    ("Wie Kowalski weiter sagt, sollen Kliniken künftig jeden Fall dem Amt melden müssen.",
     [("Kowalski", "sagt", "sollen Kliniken künftig jeden Fall dem Amt melden müssen")]),
    ("Auf die Frage, ob es klug sei, den Sommer mit einem Fest zu begrüßen, lachte die Bürgermeisterin.", []),
    # a present plural cue with no modal after it stays a cue
    ("Die Ärzte berichten, die Lage sei ernst.", [("Die Ärzte", "berichten", "die Lage sei ernst")]),
]

ADVERB_TAIL = [
    ("Wie Kowalski weiter sagt, sollen die Betten knapp werden.",
     [("Kowalski", "sagt", "sollen die Betten knapp werden")]),
    ("Der Verband hingegen erklärte, die Preise blieben stabil.",
     [("Der Verband", "erklärte", "die Preise blieben stabil")]),
]


BACK_REPORTS = [
    ("Die Fähre fährt ab Juni wieder. Dies machte die Reederei am Montag klar.",
     [("die Reederei", "machte klar", "Die Fähre fährt ab Juni wieder")]),
    ("Die Trainerin machte am Abend klar, dass sie bleiben wolle.",
     [("Die Trainerin", "machte klar", "sie bleiben wolle")]),
    ("Die Fähre fährt ab Juni wieder. Das wurde von der Reederei bestätigt.",
     [("der Reederei", "bestätigt", "Die Fähre fährt ab Juni wieder")]),
    ("Die Fähre fährt ab Juni wieder. Dies wurde am Montag von einem Sprecher des Hafens mitgeteilt.",
     [("einem Sprecher des Hafens", "mitgeteilt", "Die Fähre fährt ab Juni wieder")]),
    # a decision is no report; a clause after the participle is a claim of its own; no sentence before, no record
    ("Die Fähre fährt ab Juni wieder. Das wurde vom Stadtrat beschlossen.", []),
    ("Das wurde von der Reederei bestätigt.", []),
]


POSTPOSED = [
    # the source of "zufolge" starts after an adverbial phrase before it, not with it
    ("Die Bahn hat bei dem Sturm Angaben von Sprecherin Eva Kolb zufolge keine Schäden erlitten.",
     [("Angaben von Sprecherin Eva Kolb", "zufolge", "Die Bahn hat bei dem Sturm keine Schäden erlitten")]),
    ("Die Fähre ist bei dem Sturm amtlichen Angaben zufolge nicht beschädigt worden.",
     [("amtlichen Angaben", "zufolge", "Die Fähre ist bei dem Sturm nicht beschädigt worden")]),
    ("Die Fähre hat bei ihrer letzten Fahrt Angaben von Kapitänin Eva Kolb zufolge kaum Passagiere gehabt.",
     [("Angaben von Kapitänin Eva Kolb", "zufolge", "Die Fähre hat bei ihrer letzten Fahrt kaum Passagiere gehabt")]),
    # nor with a pronoun before it: "beläuft sich | Schätzungen zufolge"
    ("Der Schaden am Deich beläuft sich ersten Schätzungen zufolge auf eine Million Euro.",
     [("ersten Schätzungen", "zufolge", "Der Schaden am Deich beläuft sich auf eine Million Euro")]),
    ("Im Keller hat es der Feuerwehr zufolge zweimal gebrannt.",
     [("der Feuerwehr", "zufolge", "Im Keller hat es zweimal gebrannt")]),
    # an article after "aus": the source phrase runs on ("laut Aussagen aus dem Vorstand")
    ("Laut Aussagen aus dem Vorstand fallen 300 Stellen weg.",
     [("dem Vorstand", "Laut Aussagen aus", "fallen 300 Stellen weg")]),  # (de44: "aus" in the cue, as the gold's "nach Angaben aus")
    ("Im Hafen sind Medienberichten zufolge zwei Boote gesunken.",
     [("Medienberichten", "zufolge", "Im Hafen sind zwei Boote gesunken")]),
]


FRONTED_QUESTION = [
    # a question put to the speaker, fronted with its embedded clause: the cue's claim follows the speaker
    ("Auf die Frage, ob die Fähre bald fahre, sagte die Sprecherin, das hänge vom Wetter ab.",
     [("die Sprecherin", "sagte", "das hänge vom Wetter ab")]),
    ("Gefragt, wann der Hafen öffne, sagte der Sprecher, das sei noch offen.",
     [("der Sprecher", "sagte", "das sei noch offen")]),
    ("Auf die Frage, wie lange die Sperrung dauere, sagte der Sprecher, das sei offen.",
     [("der Sprecher", "sagte", "das sei offen")]),
    # a reflexive is no speaker: "wie sich herausstellte"
    ("Wie sich später herausstellte, war die Hintertür offen.", []),
]


QUOTE_THEN_NOUN = [
    # a capitalised report noun in the sentence after a quotation is no tag's cue
    ("„Wir sind bereit.“ Insgesamt gab es nach Angaben der Armee 40 Angriffe.",
     [("der Armee", "nach Angaben", "Insgesamt gab es 40 Angriffe")]),
    ("„Wir sind bereit“, teilte die Stadt mit.", [("die Stadt", "teilte mit", "Wir sind bereit")]),
]


@pytest.mark.parametrize("text,expected", QUOTE_THEN_NOUN)
def test_german_de40_quote_then_noun(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PERFECT_AFTER_PHRASE = [
    # a prepositional phrase between the auxiliary and the subject is no part of the subject
    ("Außerdem hatte am Abend die Reederei den Fahrplan kritisiert.",
     [("die Reederei", "kritisiert", "den Fahrplan")]),
    ("Zuvor hatten nach dem Spiel Fans den Schiedsrichter kritisiert.",
     [("Fans", "kritisiert", "den Schiedsrichter")]),
]


@pytest.mark.parametrize("text,expected", PERFECT_AFTER_PHRASE)
def test_german_de40_perfect_after_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


WARNED_PERFECT = [
    # the perfect of a warning: its object after its own "vor", also after a fronted adverb
    ("Die Bergwacht hat vor Lawinen gewarnt.", [("Die Bergwacht", "gewarnt", "Lawinen")]),
    ("Vorab hatte der Verband vor langen Wartezeiten gewarnt.", [("der Verband", "gewarnt", "langen Wartezeiten")]),
    ("Die Ärztin hatte davor gewarnt, dass die Betten knapp würden.",
     [("Die Ärztin", "gewarnt", "die Betten knapp würden")]),
]


@pytest.mark.parametrize("text,expected", WARNED_PERFECT)
def test_german_de40_warned(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected",
                         ATTRIBUTIVE + INFINITIVE + ADVERB_TAIL + BACK_REPORTS + POSTPOSED + FRONTED_QUESTION)
def test_german_de40(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

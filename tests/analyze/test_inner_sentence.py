"""A report inside a quotation of several sentences takes its own sentence only (issue 10, nested records): the
splitter keeps the quotation whole, so "»I går blev det oplyst, at A. Men B,« siger X" read the inner report's
content on to the quotation's end ("A. Men B"), and the record, which then looked like the quotation restated,
was dropped. Also: a hearsay passive after a quotation's opening mark ("»I går uppgavs det att C"), one fronted
adverb after an opening mark ("„Gestern sagte die Polizei, C“"), a report that ran on over the quotation's tag is no
restatement of it, and a nested cue is no medium's "shared" ("„Gestern teilte X mit"). Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CASES = [
    ("da", "»I går blev det oplyst, at skaden var mindre end frygtet. Men nu ser det anderledes ud,« siger Peter Hansen.",
     [("Peter Hansen", "siger", "I går blev det oplyst, at skaden var mindre end frygtet. Men nu ser det anderledes ud"),
      (None, "blev det oplyst", "skaden var mindre end frygtet")]),
    ("da", "»Vi fik at vide, at skaden var lille. Men nu ser det anderledes ud,« siger Peter Hansen.",
     [("Peter Hansen", "siger", "Vi fik at vide, at skaden var lille. Men nu ser det anderledes ud"),
      (None, "fik at vide", "skaden var lille")]),
    ("da", ("- Vi var der kvart over ni. Tre personer er kommet til skade, og vi har lige fået besked om, at en af dem er "
            "alvorligt såret, sagde vagthavende Lene Dal torsdag ved 18-tiden:\n\n- Mere har jeg ikke at fortælle, "
            "tilføjede hun."),
     [("vagthavende Lene Dal", "sagde",
       ("Vi var der kvart over ni. Tre personer er kommet til skade, og vi har lige fået besked om, at en af dem er "
        "alvorligt såret")),
      (None, "fået besked om", "en af dem er alvorligt såret"), ("hun", "tilføjede", "Mere har jeg ikke at fortælle")]),
    ("sv", "»I går uppgavs det att skadan var liten. Men nu ser det annorlunda ut«, säger Peter Holm.",
     [("Peter Holm", "säger", "I går uppgavs det att skadan var liten. Men nu ser det annorlunda ut"),
      (None, "uppgavs", "skadan var liten")]),
    ("sv", "”I går meddelade polisen att skadan var liten. Men nu ser det annorlunda ut”, säger Anna Ek.",
     [("Anna Ek", "säger", "I går meddelade polisen att skadan var liten. Men nu ser det annorlunda ut"),
      ("polisen", "meddelade", "skadan var liten")]),
    ("no", "– Det ble opplyst at skaden var mindre enn fryktet. Men nå ser det annerledes ut, sier Per Olsen.",
     [("Per Olsen", "sier", "Det ble opplyst at skaden var mindre enn fryktet. Men nå ser det annerledes ut"),
      (None, "opplyst", "skaden var mindre enn fryktet")]),
    ("no", "«I går ble det opplyst at skaden var liten. Men nå ser det annerledes ut», sier Per Olsen.",
     [("Per Olsen", "sier", "I går ble det opplyst at skaden var liten. Men nå ser det annerledes ut"),
      (None, "opplyst", "skaden var liten")]),
    ("de", "„Gestern teilte die Polizei mit, der Schaden sei gering. Aber jetzt sieht es anders aus“, sagte Peter Müller.",
     [("Peter Müller", "sagte", "Gestern teilte die Polizei mit, der Schaden sei gering. Aber jetzt sieht es anders aus"),
      ("die Polizei", "teilte mit", "der Schaden sei gering")]),
    ("de", "„Gestern sagte die Polizei, der Schaden sei gering“, sagte Peter Müller.",
     [("Peter Müller", "sagte", "Gestern sagte die Polizei, der Schaden sei gering"),
      ("die Polizei", "sagte", "der Schaden sei gering")]),
    ("en", "\"Officials said the damage was smaller than feared. But now it looks different,\" Peter Smith said.",
     [("Peter Smith", "said", "Officials said the damage was smaller than feared. But now it looks different"),
      ("Officials", "said", "the damage was smaller than feared")]),
    # English too since stop 30: the sourceless passive takes its own sentence and is kept
    ("en", "\"Yesterday it was reported that the damage was small. But now it looks different,\" Peter Smith said.",
     [("Peter Smith", "said", "Yesterday it was reported that the damage was small. But now it looks different"),
      (None, "was reported", "the damage was small")]),
    # the words before a tag at the end of a quotation left open are the tag's own: not cut
    ("da", "»Det var en lang dag. Og det samme skete jo sidste gang, siger han.",
     [("han", "siger", "Det var en lang dag. Og det samme skete jo sidste gang")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_inner_sentence(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected

"""Issue 11, stop 30's round num26 (quantities of the read sets): households and customers left without power, the
adjective "power-less" in every form and the "without electricity" synonyms, in the five languages.
Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import measure_values

# Left without power: "strømløse husstande", "Haushalte … stromlos", "hytter … var strømløse",
# "utan elektricitet", "lost electricity".
OUTAGES = [
    ("no", "I natt var 1.400 husstander strømløse i Levanger.", [("other", 1400)]),
    ("no", "Over 2.000 hytter på Hitra var strømløse søndag.", [("other", 2000)]),
    ("no", "Stormen gjorde 600 husstander straumlause i Sogndal.", [("other", 600)]),
    ("da", "I Vejle var der søndag 1.200 strømløse husstande.", [("other", 1200)]),
    ("da", "Stormen efterlod 500 husstande uden el i Thy.", [("other", 500)]),
    ("de", "In Passau waren am Sonntag 1.200 Haushalte stromlos.", [("other", 1200)]),
    ("de", "Rund 900 Haushalte blieben ohne Stromversorgung.", [("other", 900)]),
    ("sv", "I Sundsvall blev 700 hushåll strömlösa under natten.", [("other", 700)]),
    ("sv", "Stormen lämnade 400 hushåll utan elektricitet i Hudiksvall.", [("other", 400)]),
    ("en", "About 3,000 households lost electricity in the county overnight.", [("other", 3000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OUTAGES)
def test_households_without_power_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# Shops, branches and plants closed or to close: "Filialen dichtgemacht/geschlossen/schließen", "Schließungen",
# "butiker stängs/läggs ned", "butikker stenges/lagt ned/lukkes", "stores will close", "closures".
CLOSURES = [
    ("de", "Die Kette hat in diesem Jahr bereits 45 Filialen dichtgemacht.", [("other", 45)]),
    ("de", "Im Oktober sollen neun weitere Filialen geschlossen werden.", [("other", 9)]),
    ("de", "Für den Herbst kündigte er sieben weitere Schließungen an.", [("other", 7)]),
    ("de", "Im Frühjahr wird die Kette 30 weitere Filialen schließen.", [("other", 30)]),
    ("de", "Die Parteien haben einen Vertrag geschlossen.", []),
    ("sv", "Kedjan meddelade att tolv butiker stängs under våren.", [("other", 12)]),
    ("sv", "Under fjolåret lades 14 butiker ned.", [("other", 14)]),
    ("no", "Kjeden opplyser at tolv butikker stenges i løpet av våren.", [("other", 12)]),
    ("no", "I fjor ble 14 butikker lagt ned.", [("other", 14)]),
    ("da", "Kæden oplyser, at tolv butikker lukkes i løbet af foråret.", [("other", 12)]),
    ("en", "The chain said 12 stores will close by the spring.", [("other", 12)]),
    ("en", "Last year the company announced 14 closures.", [("other", 14)]),
    ("en", "The grocer plans to shut 18 stores in the north.", [("other", 18)]),
    ("en", "The bank confirmed the closure of 60 branches.", [("other", 60)]),
    ("sv", "Totalt är det 23 butiker som kommer att stänga.", [("other", 23)]),
    ("no", "Kjeden skal stenge 23 butikker i år.", [("other", 23)]),
    ("da", "Kæden vil lukke 23 butikker i år.", [("other", 23)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLOSURES)
def test_closures_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected

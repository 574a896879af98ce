"""Danish and Norwegian attribution shapes (issue 10, nordic19). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

PLEA_FORMS = [
    # pleading guilty or not guilty in the perfect: the charge is the claim, and a first report coordinated
    # before it ends at ", men har …"
    ("Chaufføren har erkendt at han kørte bilen, men har nægtet sig skyldig i vold.", "da",
     [("Chaufføren", "erkendt", "han kørte bilen"), ("Chaufføren", "nægtet sig skyldig i", "vold")]),
    ("Kvinden har nægtet sig skyldig i bedrageri.", "da", [("Kvinden", "nægtet sig skyldig i", "bedrageri")]),
    ("Manden har erkendt sig skyldig i tyveri.", "da", [("Manden", "erkendt sig skyldig i", "tyveri")]),
    ("Den tiltalte har erklæret sig skyldig i hærværk.", "da",
     [("Den tiltalte", "erklæret sig skyldig i", "hærværk")]),
    ("Sjåføren har erklært seg skyldig i uaktsomt drap.", "no",
     [("Sjåføren", "erklært seg skyldig i", "uaktsomt drap")]),
    ("Mannen nekta straffskuld for ranet.", "no", [("Mannen", "nekta straffskuld for", "ranet")]),
]


@pytest.mark.parametrize("text,lang,expected", PLEA_FORMS)
def test_plea_forms(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CLOCK_TIME = [
    # a number after a clock word is a time, not a count before an adjective: the verb after it is the cue
    ("Klokka 19 meldte politiet om en brann i et bolighus.", "no",
     [("politiet", "meldte om", "en brann i et bolighus")]),
    ("Klokken 21.10 meldte politiet om en ulykke på riksveien.", "no",
     [("politiet", "meldte om", "en ulykke på riksveien")]),
    ("Klokken 14 meldte politiet om et færdselsuheld på motorvejen.", "da",
     [("politiet", "meldte om", "et færdselsuheld på motorvejen")]),
    # after a count, the past form is still an adjective before its noun
    ("Det var 14 meldte tilfeller i helgen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CLOCK_TIME)
def test_clock_time_before_a_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


BRUSHING_ASIDE = [
    # "avfeie"/"affeje" as "avvise"/"afvise": the noun object or the clause is what the speaker rejects
    ("Ministeren avfeier kritikken.", "no", [("Ministeren", "avfeier", "kritikken")]),
    ("Selskapet avfeide påstandene fra naboene.", "no", [("Selskapet", "avfeide", "påstandene fra naboene")]),
    ("Lederen avfeier at det var en feil.", "no", [("Lederen", "avfeier", "det var en feil")]),
    ("Ministeren affejer kritikken fra oppositionen.", "da",
     [("Ministeren", "affejer", "kritikken fra oppositionen")]),
    ("Selskabet affejede påstandene om snyd.", "da", [("Selskabet", "affejede", "påstandene om snyd")]),
    # a coordinated naming after it keeps the same speaker
    ("Rektoren avfeier kritikken og karakteriserer planen som ansvarlig.", "no",
     [("Rektoren", "avfeier", "kritikken"), ("Rektoren", "karakteriserer", "planen som ansvarlig")]),
]


@pytest.mark.parametrize("text,lang,expected", BRUSHING_ASIDE)
def test_brushing_aside(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

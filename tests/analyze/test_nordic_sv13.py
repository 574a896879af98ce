"""Swedish and Norwegian shapes of fresh news pages, a thirteenth round (issue 10): a prepositional object after a
speech verb with nothing said about it, and more. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

OBJECT_PHRASE = [
    # "svarar på X", "berättar om X" with no clause after the object: what was answered or told about
    ("Regeringen svarar på kritiken med nya nedskärningar i budgeten.", "sv", []),
    ("Ministern svarade på frågor från oppositionen under tisdagen.", "sv", []),
    ("Rektorn berättar om sin uppväxt i en liten by i Norrland.", "sv", []),
    ("Regjeringen svarer på kritikken med nye kutt i budsjettet.", "no", []),
    ("Myndighetene svarer på deres fredelige protester med tåregass.", "no", []),
    ("Treneren forteller om en tøff oppvekst i en liten bygd.", "no", []),
    ("– Folk vil ha trygghet. Ledelsen svarer på deres krav med tomme løfter, sier tillitsvalgt Ola Dahl.", "no",
     [("tillitsvalgt Ola Dahl", "sier", "Folk vil ha trygghet. Ledelsen svarer på deres krav med tomme løfter")]),
    # a clause, a colon or a complementizer after the object: a claim
    ("Ministern svarade på frågan att regeringen inte tänker ändra sig.", "sv",
     [("Ministern", "svarade", "regeringen inte tänker ändra sig")]),
    ("Ministeren svarte på spørsmålet at regjeringen ikke vil endre kurs.", "no",
     [("Ministeren", "svarte", "regjeringen ikke vil endre kurs")]),
]


@pytest.mark.parametrize("text,lang,expected", OBJECT_PHRASE)
def test_a_prepositional_object_says_nothing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


DETAILS_REFUSED = [
    # declining to give details, or naming what was asked as something not commented on: no claim
    ("– Vi kan i dag inte ge några närmare detaljer om vad utredningen gäller, säger Eva Berg.", "sv", []),
    ("– Det är inget som vi kommenterar, säger presschefen Lars Ek.", "sv", []),
    ("– Vi kan ikke gi flere detaljer om hva saken gjelder nå, sier Kari Moe.", "no", []),
    ("– Det er ikke noe vi kommenterer, sier pressesjef Per Lie.", "no", []),
    # a refusal that goes on to say something stays
    ("– Vi kan inte ge några detaljer, men ingen är skadad, säger Eva Berg.", "sv",
     [("Eva Berg", "säger", "Vi kan inte ge några detaljer, men ingen är skadad")]),
]


@pytest.mark.parametrize("text,lang,expected", DETAILS_REFUSED)
def test_details_refused_are_no_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


COLON_POINTER = [
    # "følgende"/"följande" before a colon points to the next paragraph: no content of its own
    ("Deretter la hun til følgende:", "no", []),
    ("Senare sa ministern följande:", "sv", []),
    ("Efter mødet tilføjede hun følgende:", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", COLON_POINTER)
def test_a_pointer_before_a_colon_is_no_content(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


REFERRING = [
    # "viser til at C" (Norwegian, as Swedish "hänvisar till att C"): a claim; before a noun, no words reported
    ("– Det går for sakte, sier Kari Moe og viser til at køene har vokst i år.", "no",
     [("Kari Moe", "sier", "Det går for sakte"), ("Kari Moe", "viser til", "køene har vokst i år")]),
    ("Kommunen viste til at budsjettet allerede er vedtatt.", "no",
     [("Kommunen", "viste til", "budsjettet allerede er vedtatt")]),
    ("Sjefen viser til den nye planen for sykehuset.", "no", []),
    ("Kommunen hänvisar till att budgeten redan är antagen.", "sv",
     [("Kommunen", "hänvisar till", "budgeten redan är antagen")]),
]


@pytest.mark.parametrize("text,lang,expected", REFERRING)
def test_referring_to_a_fact(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CITE_INSIDE_QUOTE = [
    # "Enligt X" opening one sentence of a quotation that holds several: its content is that sentence alone
    ('"Larm i staden. Enligt polisen är två personer skadade. Vägen är avstängd", säger Eva Berg.', "sv",
     [("Eva Berg", "säger", "Larm i staden. Enligt polisen är två personer skadade. Vägen är avstängd"),
      ("polisen", "Enligt", "är två personer skadade")]),
    ("– Det var kaos. Ifølge politiet er to personer skadd. Veien er stengt, sier Kari Moe.", "no",
     [("Kari Moe", "sier", "Det var kaos. Ifølge politiet er to personer skadd. Veien er stengt"),
      ("politiet", "Ifølge", "er to personer skadd")]),
    # outside a quotation, as before
    ("Enligt polisen är två personer skadade. Vägen är avstängd.", "sv", [("polisen", "Enligt", "är två personer skadade")]),
]


@pytest.mark.parametrize("text,lang,expected", CITE_INSIDE_QUOTE)
def test_a_cite_inside_a_quote_reads_its_own_sentence(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

"""Swedish and Norwegian shapes (issue 10, round 12): a present-tense verb right after an insert set off by
commas makes the sentence before an inverted tag a clause ("X, norr om Y, varslar 30 anställda, uppger Z"), and a
report noun only points back at the sentence before with its own preposition ("Uppgifterna kommer från X", not
"Beskedet kom helt oväntat"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

INSERT_THEN_VERB = [
    # a present-tense verb after an insert of place or a relative clause: the sentence is the tag's content
    ("Fabriken i Kumla, norr om Örebro, varslar 30 anställda om uppsägning, uppger Nerikes Allehanda.", "sv",
     [("Nerikes Allehanda", "uppger", "Fabriken i Kumla, norr om Örebro, varslar 30 anställda om uppsägning")]),
    ("Bolaget, som har sitt säte i Kumla, stänger fabriken i höst, skriver Nerikes Allehanda.", "sv",
     [("Nerikes Allehanda", "skriver", "Bolaget, som har sitt säte i Kumla, stänger fabriken i höst")]),
    ("Fabrikken i Moss, sør for Oslo, varsler 30 ansatte om oppsigelse, opplyser Moss Avis.", "no",
     [("Moss Avis", "opplyser", "Fabrikken i Moss, sør for Oslo, varsler 30 ansatte om oppsigelse")]),
    # a role noun after a speaker's age stays an apposition: the speaker comes first
    ("Anna Berg, 45, minister för skolfrågor, säger att skolan stängs.", "sv",
     [("Anna Berg", "säger", "skolan stängs")]),
    ("Per Lind, 45, ledare för klubben, uppger att skolan stängs.", "sv", [("Per Lind", "uppger", "skolan stängs")]),
    ("Per Lind, 45, leder for klubben, sier at skolen stenger.", "no", [("Per Lind", "sier", "skolen stenger")]),
]


@pytest.mark.parametrize("text,lang,expected", INSERT_THEN_VERB)
def test_a_present_verb_after_an_insert(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


REPORT_ORIGIN = [
    # a report noun and "kom" with no "från" after it: an event, nothing reported
    ("Skolan stänger i höst. Beskedet kom helt oväntat för föräldrarna.", "sv", []),
    ("Skolen stenger i høst. Beskjeden kom svært overraskende på foreldrene.", "no", []),
    # with its preposition it names where the sentence before came from
    ("Skolan stänger i höst. Uppgifterna kommer från kommunen.", "sv",
     [("kommunen", "kommer från", "Skolan stänger i höst")]),
]


@pytest.mark.parametrize("text,lang,expected", REPORT_ORIGIN)
def test_a_report_noun_needs_its_preposition(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


WRITTEN_OBJECT = [
    # "skriva" with a noun as its object: a thing written, nothing said
    ("Hon skriver böcker om kriget i Ukraina.", "sv", []),
    ("Mannen nekar till att han har skrivit inläggen.", "sv",
     [("Mannen", "nekar till", "han har skrivit inläggen")]),
    ("Hun skriver bøker om krigen i Ukraina.", "no", []),
    # a clause after it, with or without the complementizer, is reported
    ("Polisen skriver att tre personer har skadats.", "sv", [("Polisen", "skriver", "tre personer har skadats")]),
    ("Polisen skriver flera personer har skadats.", "sv", [("Polisen", "skriver", "flera personer har skadats")]),
    ("Politiet skriver på Twitter at tre personer er skadet.", "no",
     [("Politiet", "skriver", "tre personer er skadet")]),
]


@pytest.mark.parametrize("text,lang,expected", WRITTEN_OBJECT)
def test_a_thing_written(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


QUESTION_FRONT = [
    # a question put to the speaker, fronted before a V2 cue: the answer after "att"/"at" is the content
    ("På frågan om när skolan öppnar svarar rektor Per Lind att det är oklart.", "sv",
     [("rektor Per Lind", "svarar", "det är oklart")]),
    ("På frågan om hur länge han tror att striden varar, svarar Per Lind att det är upp till styrelsen.", "sv",
     [("Per Lind", "svarar", "det är upp till styrelsen")]),
    ("På spørsmål om hvor lenge han tror stengingen vil vare, svarer Per Lind at det er opp til styret.", "no",
     [("Per Lind", "svarer", "det er opp til styret")]),
    ("På spørsmål om skolen åpner igjen, svarer rektor Per Lind at det er uklart.", "no",
     [("rektor Per Lind", "svarer", "det er uklart")]),
    # a fronted phrase of no question before a comma keeps the inverted tag
    ("Skolen åpner igjen etter påske, svarer rektor Per Lind.", "no",
     [("rektor Per Lind", "svarer", "Skolen åpner igjen etter påske")]),
]


@pytest.mark.parametrize("text,lang,expected", QUESTION_FRONT)
def test_a_fronted_question(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FRONTED_AFTER_COMMA = [
    # "enligt X" / "ifølge X" right before a finite verb after a comma: fronted in a main clause of its own
    ("Polisen grep en person i lägenheten, enligt uppgifter rör det sig om en kvinna.", "sv",
     [("uppgifter", "enligt", "rör det sig om en kvinna")]),
    ("Politiet pågrep en person i leiligheten, ifølge avisen er det en kvinne.", "no",
     [("avisen", "ifølge", "er det en kvinne")]),
    # set off by commas inside a clause, or a tag at its end, it stays that clause's
    ("Bolaget har, enligt tidningen, vuxit snabbt.", "sv", [("tidningen", "enligt", "Bolaget har vuxit snabbt")]),
    ("Bolaget växer snabbt, enligt tidningen.", "sv", [("tidningen", "enligt", "Bolaget växer snabbt")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_AFTER_COMMA)
def test_a_prepositional_cue_fronted_after_a_comma(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

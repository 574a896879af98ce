"""Cue words the lists lacked when compared with outside lists of reporting verbs (round lex25): verbs one Nordic
list had and another lacked, supines and present forms beside listed forms, German tag verbs, the abbreviation
"iflg." and the Norwegian hearsay adverb "visstnok". Verbs with another common sense are class reply (sv/no/da),
clause (de) or that (en): a report only before a clause or in a quotation's tag. Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


SV = [
    # mentioning and speculating: before a clause
    ("Rektorn nämnde att bygget kan bli försenat.", [("Rektorn", "nämnde", "bygget kan bli försenat")]),
    ("Forskarna spekulerar i att priset stiger.", [("Forskarna", "spekulerar i", "priset stiger")]),
    ("Rapporten framhäver att kostnaderna ökar.", [("Rapporten", "framhäver", "kostnaderna ökar")]),
    ("Rektorn nämnde flera exempel på problem.", []),
    ("Banken spekulerar i aktier.", []),
    # supines of listed opinion verbs
    ("Kommunen har länge ansett att skolan behövs.", [("Kommunen", "ansett", "skolan behövs")]),
    ("Föräldrarna har tyckt att avgiften är för hög.", [("Föräldrarna", "tyckt", "avgiften är för hög")]),
]

DA = [
    ("Rektoren nævnte, at byggeriet kan blive forsinket.", [("Rektoren", "nævnte", "byggeriet kan blive forsinket")]),
    ("Formanden indvendte, at planen er for dyr.", [("Formanden", "indvendte", "planen er for dyr")]),
    ("- Det er for dyrt, indvender Eva Berg.", [("Eva Berg", "indvender", "Det er for dyrt")]),
    ("Økonomen argumenterer for, at skatten bør sænkes.",
     [("Økonomen", "argumenterer for", "skatten bør sænkes")]),
    ("Nye tal antyder, at prisen stiger.", [("Nye tal", "antyder", "prisen stiger")]),
    ("Rapporten konkluderer, at skolen er for lille.", [("Rapporten", "konkluderer", "skolen er for lille")]),
    ("Politiet mistænker, at branden var påsat.", [("Politiet", "mistænker", "branden var påsat")]),
    ("Rektoren nævnte flere eksempler.", []),
    ("Politiet anholdt den mistænkte mand i går.", []),
    # the abbreviation of "ifølge", its point kept inside the sentence
    ("Skolen koster iflg. kommunen 200 millioner kroner.", [("kommunen", "iflg.", "Skolen koster 200 millioner kroner")]),
]

NO = [
    ("Modellen forutsier at prisene faller.", [("Modellen", "forutsier", "prisene faller")]),
    ("Skolen koster iflg. kommunen 200 millioner kroner.", [("kommunen", "iflg.", "Skolen koster 200 millioner kroner")]),
    ("Mannen er visstnok flyttet til Bergen.", [(None, "visstnok", "Mannen er visstnok flyttet til Bergen")]),
]

DE = [
    # tag verbs: a quotation before them, or a clause after a comma
    ("„Das wird teuer“, scherzte der Bürgermeister.", [("der Bürgermeister", "scherzte", "Das wird teuer")]),
    ("„Hilfe!“, rief eine Frau.", [("eine Frau", "rief", "Hilfe!")]),
    ("„Wer bezahlt das?“, fragte ein Anwohner.", [("ein Anwohner", "fragte", "Wer bezahlt das?")]),
    ("Die Kämmerin fragte, ob das Geld reicht.", [("Die Kämmerin", "fragte", "ob das Geld reicht")]),
    ("Der Verband hat gefolgert, dass die Kosten steigen.", [("Der Verband", "gefolgert", "die Kosten steigen")]),
    # no words reported: an object or a particle after the verb
    ("Ein Nachbar rief die Polizei.", []),
    ("Der Verein rief zu Spenden auf.", []),
    ("Ein Tourist fragte nach dem Weg.", []),
]

EN = [
    ("The senator boasts that his state has the lowest taxes.",
     [("The senator", "boasts", "his state has the lowest taxes")]),
    ("The region boasts a long coastline.", []),
]


@pytest.mark.parametrize(("text", "expected"), SV)
def test_swedish(text: str, expected: list[Row]) -> None:
    assert run(text, "sv") == expected


@pytest.mark.parametrize(("text", "expected"), DA)
def test_danish(text: str, expected: list[Row]) -> None:
    assert run(text, "da") == expected


@pytest.mark.parametrize(("text", "expected"), NO)
def test_norwegian(text: str, expected: list[Row]) -> None:
    assert run(text, "no") == expected


@pytest.mark.parametrize(("text", "expected"), DE)
def test_german(text: str, expected: list[Row]) -> None:
    assert run(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text: str, expected: list[Row]) -> None:
    assert run(text, "en") == expected

"""Round de27: German source phrases with more than one inflected adjective between the article and the noun
("laut der örtlichen städtischen Feuerwehr"), also after a genitive article ("eines Sprechers der städtischen
Feuerwehr") and as the subject after a tag verb ("…, berichtete die halbamtliche spanische Agentur"). Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

ADJECTIVE_RUNS = [
    # two adjectives after the article of a "laut" / "nach Angaben" / "zufolge" source
    ("de", "Laut der zuständigen regionalen Behörde waren 40 Helfer im Einsatz.",
     [("der zuständigen regionalen Behörde", "Laut", "waren 40 Helfer im Einsatz")]),
    ("de", "Der Damm hielt laut der staatlichen polnischen Wasserbehörde bis zum Morgen.",
     [("der staatlichen polnischen Wasserbehörde", "laut", "Der Damm hielt bis zum Morgen")]),
    ("de", "Nach Angaben der örtlichen kommunalen Verwaltung blieb die Schule geschlossen.",
     [("der örtlichen kommunalen Verwaltung", "Nach Angaben", "blieb die Schule geschlossen")]),
    # an adjective after a genitive article inside the source phrase
    ("de", "Nach Angaben eines Sprechers der städtischen Wasserwerke war das Netz am Abend wieder in Betrieb.",
     [("eines Sprechers der städtischen Wasserwerke", "Nach Angaben",
       "war das Netz am Abend wieder in Betrieb")]),
    ("de", "Laut einer Sprecherin der örtlichen Polizei wurde niemand verletzt.",
     [("einer Sprecherin der örtlichen Polizei", "Laut", "wurde niemand verletzt")]),
    # the subject after a tag verb with two adjectives: source and content not swapped
    ("de", "Rund 30 Häuser seien beschädigt worden, berichtete die halbamtliche spanische Agentur Efe.",
     [("die halbamtliche spanische Agentur Efe", "berichtete", "Rund 30 Häuser seien beschädigt worden")]),
    # one adjective, as before
    ("de", "Laut der regionalen Polizei waren 40 Helfer im Einsatz.",
     [("der regionalen Polizei", "Laut", "waren 40 Helfer im Einsatz")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADJECTIVE_RUNS)
def test_source_with_adjective_run(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


COUNTED_OBJECTS = [
    # a number word before the noun of a perfect's object is part of what was reported
    ("de", "Die Bergwacht hat am Nachmittag drei Vermisste gemeldet.",
     [("Die Bergwacht", "gemeldet", "drei Vermisste")]),
    ("de", "Die Klinik hat zwölf neue Fälle bestätigt.", [("Die Klinik", "bestätigt", "zwölf neue Fälle")]),
    # a place phrase after a counted noun goes on from it
    ("de", "Die Behörden haben vier Tote in der Provinz Latina gemeldet.",
     [("Die Behörden", "gemeldet", "vier Tote in der Provinz Latina")]),
    ("de", "Die Küstenwache hat 14 Gerettete auf der Insel Lampedusa gemeldet.",
     [("Die Küstenwache", "gemeldet", "14 Gerettete auf der Insel Lampedusa")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED_OBJECTS)
def test_counted_perfect_object(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


SPOKEN_OF = [
    # "von dem" contracted: every two-word speech cue in "von" also reads "vom"
    ("de", "Die Bürgermeisterin sprach vom Ende einer langen Durststrecke.",
     [("Die Bürgermeisterin", "sprach vom", "Ende einer langen Durststrecke")]),
    ("de", "Der Bergführer berichtete vom Abbruch der Tour.", [("Der Bergführer", "berichtete vom", "Abbruch der Tour")]),
    # a place of more than one word inside the phrases between the verb and "von"
    ("de", "Der Trainer sprach nach dem Spiel in Bad Kissingen von einem verdienten Sieg.",
     [("Der Trainer", "sprach von", "einem verdienten Sieg")]),
    # an inverted subject after an adverb, and time or place phrases after it
    ("de", "In Erfurt sprach auch die Feuerwehr letztlich von 30 Einsätzen.",
     [("die Feuerwehr", "sprach von", "30 Einsätzen")]),
    ("de", "In Jena sprach die Feuerwehr am Ende des Tages von 12 Einsätzen.",
     [("die Feuerwehr", "sprach von", "12 Einsätzen")]),
    ("de", "In Gera sprach die Feuerwehr am Abend von 8 Einsätzen.", [("die Feuerwehr", "sprach von", "8 Einsätzen")]),
    # the inverted cue's content stops before a coordinated clause with a source of its own
    ("de", "In Suhl sprach die Polizei von 500 Teilnehmern, in Gotha von 300, und in Weimar kamen laut Polizei 200.",
     [("die Polizei", "sprach von", "500 Teilnehmern, in Gotha von 300"), ("Polizei", "laut", "in Weimar kamen 200")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPOKEN_OF)
def test_spoken_of_with_words_between(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


OWN_ACCOUNT = [
    # "nach eigenen Angaben": the subject after the verb of a clause opened by a long fronted phrase with an adjective
    ("de", ("Bei einem Vorstoß auf die nordsyrische Stadt Manbidsch haben kurdische Kämpfer nach eigenen Angaben "
           "zwölf Dörfer eingenommen."),
     [("kurdische Kämpfer", "nach eigenen Angaben",
       "Bei einem Vorstoß auf die nordsyrische Stadt Manbidsch haben zwölf Dörfer eingenommen")]),
    ("de", "Am Freitag haben französische Zöllner nach eigenen Angaben zwei Tonnen Kokain beschlagnahmt.",
     [("französische Zöllner", "nach eigenen Angaben", "Am Freitag haben zwei Tonnen Kokain beschlagnahmt")]),
    # a leading "Denn" and a focus adverb before the subject are no part of it
    ("de", "Denn auch die Kassen zahlen nach eigenen Angaben nur einen Teil der Kosten.",
     [("die Kassen", "nach eigenen Angaben", "zahlen nur einen Teil der Kosten")]),
    ("de", "Denn die Schule verzichtet auf Noten, sagte der Rektor.",
     [("der Rektor", "sagte", "Denn die Schule verzichtet auf Noten")]),
    ("de", "Denn der Verband erklärte, die Mittel seien aufgebraucht.",
     [("der Verband", "erklärte", "die Mittel seien aufgebraucht")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_ACCOUNT)
def test_own_account_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


DEMNACH_AFTER_NARRATION = [
    # "Demnach" after a sentence with no record whose subject is a source goes back to that subject
    ("de", ("Es gab keine weiteren Angaben. Zuerst hatte die Zeitung „Nordkurier“ berichtet. "
           "Demnach galt die Razzia einer Schleuserbande."),
     [("die Zeitung „Nordkurier“", "Demnach", "galt die Razzia einer Schleuserbande")]),
    ("de", "Es gab keine weiteren Angaben. Zuvor hatte der „Kurier“ darüber berichtet. Demnach galt die Razzia einer Bande.",
     [("der „Kurier“", "Demnach", "galt die Razzia einer Bande")]),
    ("de", "Das Institut veröffentlichte am Dienstag seine Jahreszahlen. Demnach sank die Zahl der Unfälle um ein Zehntel.",
     [("Das Institut", "Demnach", "sank die Zahl der Unfälle um ein Zehntel")]),
    # a title in quotation marks after a medium's noun is part of the source phrase, not what was said (a
    # publication event, no record)
    ("de", "Zuerst hatte die Zeitung „Neue Presse“ berichtet.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEMNACH_AFTER_NARRATION)
def test_demnach_after_narration(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected

"""Issue 10, hearsay20: sourceless hearsay markers pooled over the annotated sets. German hearsay "soll/sollen …
haben" over a list of coordinated participles ("belästigt, bedroht oder beraubt haben") reads past the list's
commas to its perfect infinitive; a plan over a list of infinitives stays no record. A Swedish perfect passive of
informing whose subject is its recipient ("De anställda har meddelats att C": they were told) reports nothing to
the reader; with the expletive ("Det har meddelats att C") it stays hearsay. A Danish s-passive with "at" and an
infinitive ("Manden siges at have …") keeps its subject in the claim. English passives of reporting and rumour with
a raised infinitive ("is reported to have", "are rumoured to be", "was alleged to") are hearsay, "was reported to
the police" is not. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES: list[tuple[str, str, list[Row]]] = [
    # a perfect infinitive after coordinated participles: hearsay
    ("Der Angeklagte soll vor der Tat drei Frauen belästigt, bedroht oder beraubt haben.", "de",
     [(None, "soll", "Der Angeklagte soll vor der Tat drei Frauen belästigt, bedroht oder beraubt haben")]),
    ("Zwei Jugendliche sollen den Kiosk betreten, Geld gestohlen und die Kasse zerstört haben.", "de",
     [(None, "sollen", "Zwei Jugendliche sollen den Kiosk betreten, Geld gestohlen und die Kasse zerstört haben")]),
    ("Der Fahrer soll den Wagen gewendet, beschleunigt und die Absperrung durchbrochen haben.", "de",
     [(None, "soll", "Der Fahrer soll den Wagen gewendet, beschleunigt und die Absperrung durchbrochen haben")]),
    # a plan over a list of infinitives, or a relative clause with a finite "haben": no hearsay
    ("Die Stadt soll die Halle renovieren, erweitern und neu eröffnen.", "de", []),
    ("Die Polizei soll morgen befragen, die den Unfall gesehen haben.", "de", []),
    ("Der Verein soll gegründet, beworben und finanziert werden.", "de", []),
    # a perfect passive of informing with its recipient as subject: no report to the reader
    ("De anställda på fabriken har också meddelats att deras jobb försvinner.", "sv", []),
    ("I dag har personalen meddelats att lönen dröjer.", "sv", []),
    ("Flera hyresgäster hade meddelats om rivningen redan i våras.", "sv", []),
    # with the expletive or in an as-clause: hearsay
    ("Det har tidigare meddelats att fabriken ska stänga.", "sv",
     [(None, "meddelats", "fabriken ska stänga")]),
    ("I dag har det meddelats att ägaren säljer bolaget.", "sv",
     [(None, "meddelats", "ägaren säljer bolaget")]),
    # Danish s-passive with "at" and an infinitive: the subject belongs to the claim
    ("Tre passagerer siges at være blevet lettere såret ved uheldet.", "da",
     [(None, "siges", "Tre passagerer siges at være blevet lettere såret ved uheldet")]),
    ("Kassereren påstås at have taget pengene fra kassen.", "da",
     [(None, "påstås", "Kassereren påstås at have taget pengene fra kassen")]),
    ("Det siges, at kassereren har taget pengene.", "da", [(None, "siges", "kassereren har taget pengene")]),
    # English passives of reporting and rumour with a raised infinitive: hearsay; with a recipient: none
    ("The mayor is reported to have resigned on Friday.", "en",
     [(None, "is reported to", "The mayor is reported to have resigned on Friday")]),
    ("The two suspects are rumoured to be hiding abroad.", "en",
     [(None, "are rumoured to", "The two suspects are rumoured to be hiding abroad")]),
    ("The ship was purported to have sunk near the coast.", "en",
     [(None, "was purported to", "The ship was purported to have sunk near the coast")]),
    ("The coach was alleged to have hit a player.", "en",
     [(None, "was alleged to", "The coach was alleged to have hit a player")]),
    ("The burglary was reported to the police on Sunday.", "en", []),
    ("Two cars were reported to police as stolen.", "en", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsay20(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

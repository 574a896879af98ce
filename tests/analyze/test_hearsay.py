"""Tests of `enligt.analyze.hearsay`: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# Issue 10, stop 23 (hearsay11): time and place words kept out of the source. A V2 perfect with adverbs between its
# inverted subject and the participle ("hatte die Stadt zuvor mitgeteilt", "har politiet også oplyst"), an article
# that looks like the expletive ("Omvendt meddeler det danske ministerium"), a weekday between an impersonal cue and
# its source ("hieß es am Mittwoch aus …"), a time phrase after a subject before its verb in a Nordic subordinate
# clause ("efter at X onsdag aften havde meldt"), and an ordinal date inside German modal hearsay ("soll am 3. Mai …
# gestohlen haben"). A Nordic split cue ("meldte X ud, at C", "slo X fast at C"). Every sentence is written for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    # a V2 perfect: adverbs between the inverted subject and the participle cue are no part of the source
    ("Am Morgen hatte die Stadt zuvor mitgeteilt, dass die Brücke gesperrt bleibt.", "de",
     [("die Stadt", "mitgeteilt", "die Brücke gesperrt bleibt")]),
    ("Im Netz hat der Verein bereits erklärt, dass das Spiel ausfällt.", "de",
     [("der Verein", "erklärt", "das Spiel ausfällt")]),
    ("Tidligere har kommunen også oplyst, at broen forbliver lukket.", "da",
     [("kommunen", "oplyst", "broen forbliver lukket")]),
    ("Søndag har fylket tidligere opplyst at brua blir stengt.", "no",
     [("fylket", "opplyst", "brua blir stengt")]),
    ("I helgen har kommunen redan meddelat att bron förblir stängd.", "sv",
     [("kommunen", "meddelat", "bron förblir stängd")]),
    # an article that looks like the expletive opens the inverted subject
    ("Omvendt meddeler det danske ministerium, at der ikke er flere ventende.", "da",
     [("det danske ministerium", "meddeler", "der ikke er flere ventende")]),
    ("Derimot melder det svenske direktoratet at køen er borte.", "no",
     [("det svenske direktoratet", "melder", "køen er borte")]),
    # a weekday or bare time phrase between an impersonal cue and its source
    ("Geschlossen bleibe auch die Kantine, hieß es am Mittwoch aus dem Rathaus.", "de",
     [("dem Rathaus", "hieß es", "Geschlossen bleibe auch die Kantine")]),
    ("Skolen holder stengt, heter det onsdag i en melding fra kommunen.", "no",
     [("kommunen", "heter det", "Skolen holder stengt")]),
    # a time phrase after the subject of a Nordic subordinate clause
    ("Bussen kørte igen, efter at borgmester Eva Holm sent onsdag aften havde meddelt, at vejen var ryddet.", "da",
     [("borgmester Eva Holm", "meddelt", "vejen var ryddet")]),
    ("Bussen gikk igjen etter at ordfører Per Lie tirsdag kveld hadde opplyst at veien var ryddet.", "no",
     [("ordfører Per Lie", "opplyst", "veien var ryddet")]),
    # German modal hearsay with an ordinal date inside its clause
    ("Der Mann soll am 3. Mai in der Altstadt zwei Fahrräder gestohlen und verkauft haben.", "de",
     [(None, "soll", "Der Mann soll am 3. Mai in der Altstadt zwei Fahrräder gestohlen und verkauft haben")]),
    # a Nordic split cue: the particle before the complementizer, a subject or adverbs between (separable.tsv)
    ("I morges meldte rederiet ud, at 40 sømænd skal afskediges.", "da",
     [("rederiet", "meldte ud", "40 sømænd skal afskediges")]),
    ("Rederiet meldte i morges ud, at 40 sømænd skal afskediges.", "da",
     [("Rederiet", "meldte ud", "40 sømænd skal afskediges")]),
    ("I dommen slo lagmannsretten fast at kontrakten var ugyldig.", "no",
     [("lagmannsretten", "slo fast", "kontrakten var ugyldig")]),
    ("Hovrätten slog på fredagen fast att avtalet var ogiltigt.", "sv",
     [("Hovrätten", "slog fast", "avtalet var ogiltigt")]),
    ("I rapporten pekade granskarna också på att skolan saknar lärare.", "sv",
     [("granskarna", "pekade på", "skolan saknar lärare")]),
    # kept out: a negated perfect, a plan with a date, a split verb of another sense
    ("Han slo broren i hodet fordi han var sint.", "no", []),
    ("Tidligere har kommunen ikke oplyst, at broen forbliver lukket.", "da", []),
    ("Die Arbeiten sollen am 3. Mai beginnen.", "de", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsay11(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# Issue 10, hearsay20: sourceless hearsay markers pooled over the annotated sets. German hearsay "soll/sollen …
# haben" over a list of coordinated participles ("belästigt, bedroht oder beraubt haben") reads past the list's
# commas to its perfect infinitive; a plan over a list of infinitives stays no record. A Swedish perfect passive of
# informing whose subject is its recipient ("De anställda har meddelats att C": they were told) reports nothing to
# the reader; with the expletive ("Det har meddelats att C") it stays hearsay. A Danish s-passive with "at" and an
# infinitive ("Manden siges at have …") keeps its subject in the claim. English passives of reporting and rumour with
# a raised infinitive ("is reported to have", "are rumoured to be", "was alleged to") are hearsay, "was reported to
# the police" is not. Every sentence is written for its test.
CASES_2: list[tuple[str, str, list[Row]]] = [
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


@pytest.mark.parametrize("text,lang,expected", CASES_2)
def test_hearsay20(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

"""German constructions from real pages (issues 10 and 11, round 12): a subordinate tag whose speaker is
followed by an adverb ("wie der Sender online berichtet") or ends in a short parenthesis ("(BR)"), and
look-alikes that report nothing: "fürchten um" (a fear for something) and "meldet … an" (files for).
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.cue, a.content) for a in attribute(article)]


TAG_SPEAKERS = [
    # a lower-case adverb between the speaker and the verb is no part of the speaker
    ("Die Brauerei hat den Betrieb eingestellt, wie der Hessische Rundfunk online berichtet.",
     [("der Hessische Rundfunk", "berichtet", "Die Brauerei hat den Betrieb eingestellt")]),
    ("Die Brücke bleibt bis Mai gesperrt, wie die Stadt gestern mitteilte.",
     [("die Stadt", "mitteilte", "Die Brücke bleibt bis Mai gesperrt")]),
    ("Der Zug fiel aus, wie mehrere Fahrgäste übereinstimmend berichten.",
     [("mehrere Fahrgäste", "berichten", "Der Zug fiel aus")]),
    # a short parenthesis (an abbreviation) belongs to the speaker, also with an adverb after it
    ("Die Brauerei hat den Betrieb eingestellt, wie der Hessische Rundfunk (HR) online berichtet.",
     [("der Hessische Rundfunk (HR)", "berichtet", "Die Brauerei hat den Betrieb eingestellt")]),
    ("Der Hafen bleibt geschlossen, wie die Deutsche Presse-Agentur (dpa) berichtet.",
     [("die Deutsche Presse-Agentur (dpa)", "berichtet", "Der Hafen bleibt geschlossen")]),
]

LOOK_ALIKES = [
    # "fürchten um": a fear for something, no claim; a clause after it still is one
    ("Viele Bauern fürchten nun um ihre Ernte.", []),
    ("Die Angestellten fürchteten um ihre Stellen.", []),
    ("Der Betriebsrat fürchtet einen Abbau von Stellen.",
     [("Der Betriebsrat", "fürchtet", "einen Abbau von Stellen")]),
    # "meldet … an": files for (insolvency, a patent), not a report
    ("Der Zulieferer meldete am Montag Insolvenz an.", []),
    ("Die Firma meldet ein Patent an.", []),
    ("Die Firma meldet, dass die Produktion weiterläuft.",
     [("Die Firma", "meldet", "die Produktion weiterläuft")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_SPEAKERS)
def test_tag_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPEATS = [
    # a paragraph printed twice reports its claim once; the sentence after it still goes on from the speaker
    (("Die Halle bleibt gesperrt, sagte die Bürgermeisterin.\n\n"
      "Die Halle bleibt gesperrt, sagte die Bürgermeisterin. Ein Gutachten werde erstellt."),
     [("die Bürgermeisterin", "sagte", "Die Halle bleibt gesperrt"),
      ("die Bürgermeisterin", None, "Ein Gutachten werde erstellt")]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATS)
def test_repeated_paragraph(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


Full = tuple[str | None, str | None, str | None, str]  # source, source_name, cue, content


def run_named(text: str) -> list[Full]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.source_name, a.cue, a.content) for a in attribute(article)]


CONTINUATIONS = [
    # a fronted dependent clause before the Konjunktiv verb; "So sei …" (no "so" tag); singular Konjunktiv II
    (("Die Lage sei ruhig, sagte die Leiterin.\n\n"
      "Wie die Schule mit dem Brand umgegangen sei, sei vorbildlich. So sei niemand verletzt worden."),
     [("die Leiterin", None, "sagte", "Die Lage sei ruhig"),
      ("die Leiterin", "die Leiterin", None, "Wie die Schule mit dem Brand umgegangen sei, sei vorbildlich"),
      ("die Leiterin", "die Leiterin", None, "So sei niemand verletzt worden")]),
    ("Das Team sei bereit, sagte der Trainer. Ohne den Regen wäre das Spiel anders gelaufen.",
     [("der Trainer", None, "sagte", "Das Team sei bereit"),
      ("der Trainer", "der Trainer", None, "Ohne den Regen wäre das Spiel anders gelaufen")]),
    # an indicative sentence after it goes on from nobody
    ("Das Team sei bereit, sagte der Trainer. Das Spiel beginnt um acht Uhr.",
     [("der Trainer", None, "sagte", "Das Team sei bereit")]),
]

SURNAME_ROLES = [
    # a surname with a copula and a role names the person introduced before, for a later pronoun
    (("Den Vorwurf lässt Theresa Korte nicht gelten. Korte ist Ärztin im Kreis. "
      "„Wir warten ab“, sagt sie."),
     [("Theresa Korte", "Theresa Korte", "lässt nicht gelten", "Den Vorwurf"),  # a fronted object (round 13)
      ("sie", "Theresa Korte", "sagt", "Wir warten ab")]),
    (("Den Vorwurf lässt Theresa Korte nicht gelten. Korte ist die Ärztin im Kreis. "
      "„Wir warten ab“, sagt sie."),
     [("Theresa Korte", "Theresa Korte", "lässt nicht gelten", "Den Vorwurf"),  # a fronted object (round 13)
      ("sie", "Theresa Korte", "sagt", "Wir warten ab")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUATIONS)
def test_konjunktiv_continuations(text: str, expected: list[Full]) -> None:
    assert run_named(text) == expected


@pytest.mark.parametrize(("text", "expected"), SURNAME_ROLES)
def test_surname_role(text: str, expected: list[Full]) -> None:
    assert run_named(text) == expected

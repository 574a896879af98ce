"""da44: Danish shapes of unseen pages, one table per cause. Every sentence is written for its test.

- a negated cue with a sentence adverb inside it ("kan heller ikke udelukke", "kan dog ikke udelukke");
- a negated verb of recognising as a denial of a claim noun (class `seen`, `judged_nouns.txt`: "kan ikke genkende
  kritikken"), never a thing or a person recognised;
- a split cue whose subject has a name in apposition, a party in brackets or not ("peger formanden, Ole Hansen (V),
  dog på, at C"; phrases.particle_stop);
- a subject with a relative clause of place between commas (`subject_relative_adverb`: "X fra Y, hvor …, siger");
- asking is no report ("spørger", "spurgte": no cue);
- the past modal read as unreal after a free relative anywhere and after more sentence adverbs ("måske", "nok")."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("da")

NEGATED_ADVERB: list[tuple[str, list[Row]]] = [
    ("Lægen kan heller ikke udelukke, at patienten får varige mén.",
     [("Lægen", "kan heller ikke udelukke", "patienten får varige mén")]),
    ("Havnefogeden vil heller ikke udelukke, at skibet sejler i morgen.",
     [("Havnefogeden", "vil heller ikke udelukke", "skibet sejler i morgen")]),
    ("Beredskabet kan dog ikke udelukke, at gassen slap ud om natten.",
     [("Beredskabet", "kan ikke udelukke", "gassen slap ud om natten")]),
]

NOT_RECOGNISED: list[tuple[str, list[Row]]] = [
    ("Rektor kan ikke genkende det billede, som de studerende tegner.",
     [("Rektor", "kan ikke genkende", "det billede, som de studerende tegner")]),
    ("Formanden kan dog ikke genkende kritikken fra naboerne.",
     [("Formanden", "kan ikke genkende", "kritikken fra naboerne")]),
    ("Kommunen genkender ikke beskrivelsen af forløbet.",
     [("Kommunen", "genkender ikke", "beskrivelsen af forløbet")]),
    ("Direktøren genkender ikke mediebilledet af firmaet.",
     [("Direktøren", "genkender ikke", "mediebilledet af firmaet")]),
    # a thing or a person recognised: nothing reported
    ("Han kunne ikke genkende sin egen bil på billedet.", []),
    ("Vidnet kunne ikke genkende manden i retten.", []),
]

APPOSED_SPLIT: list[tuple[str, list[Row]]] = [
    ("Her peger formanden for skoleudvalget, Ole Hansen (V), dog på, at klasserne er fyldt.",
     [("formanden for skoleudvalget", "peger på", "klasserne er fyldt")]),
    ("I dag peger borgmesteren, Eva Lund, på, at vejene er glatte.",
     [("borgmesteren", "peger på", "vejene er glatte")]),
]

PLACE_RELATIVE: list[tuple[str, list[Row]]] = [
    ("Direktør Hans Jensen fra Nordea, hvor kunderne ofte er unge, siger, at renten stiger i år.",
     [("Direktør Hans Jensen fra Nordea", "siger", "renten stiger i år")]),
    ("Lederen af skolen, hvor eleverne blev syge, peger på, at maden var dårlig.",
     [("Lederen af skolen", "peger på", "maden var dårlig")]),
    # an embedded question after a verb or a negation stays the content of a tag after it
    ("Han ved ikke, hvor hunden er, siger ejeren.", [("ejeren", "siger", "Han ved ikke, hvor hunden er")]),
    # the relative's own verb as the cue: its subject is the source
    ("Stormen skulle være ovre fredag, hvor meteorologen regner med at kunne afblæse varslet.",
     [("meteorologen", "regner med", "kunne afblæse varslet")]),
]

ASKED: list[tuple[str, list[Row]]] = [
    ("Dommeren spørger, hvordan bilen endte i grøften.", []),
    ("Journalisten spurgte, om ministeren vil gå af.", []),
]

UNREAL_PAST: list[tuple[str, list[Row]]] = [
    ("Ikke mindst hvad der skulle have været en fest for byen, endte i regn.", []),
    ("Træneren mener, at vi måske skulle have lukket kampen før.",
     [("Træneren", "mener", "vi måske skulle have lukket kampen før")]),
    ("Hun tror, at jeg nok skulle have ringet tidligere.",
     [("Hun", "tror", "jeg nok skulle have ringet tidligere")]),
    # hearsay stays hearsay
    ("Sælgeren skulle angiveligt have snydt kunderne i flere år.",
     [(None, "skulle have", "Sælgeren skulle angiveligt have snydt kunderne i flere år")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_ADVERB)
def test_negated_cue_with_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_RECOGNISED)
def test_not_recognised_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSED_SPLIT)
def test_split_cue_past_apposed_name(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACE_RELATIVE)
def test_subject_with_place_relative(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_asking_is_no_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNREAL_PAST)
def test_unreal_past_modal(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

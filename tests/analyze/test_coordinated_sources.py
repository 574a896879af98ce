"""Two sources joined by "and" (och/og/und/and) are one source phrase, in all five languages: after the cue
("…, uppger TV4 och Expressen."), before it ("Hun og en venninne fortalte"), after a comma before it ("…, the
BBC and the Post reported") and after a prepositional cue ("according to Amtrak and local officials"). "And"
and a verb after the speaker is the speaker's second predicate ("…, said Smith and added"), and a clause
before "and" is no first source ("The town flooded and the mayor said"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

COORDINATED = [
    # after the cue (an inverted tag)
    ("Fabriken varslar 40 anställda, uppger Radio Norr och Norrlandskuriren.", "sv",
     [("Radio Norr och Norrlandskuriren", "uppger", "Fabriken varslar 40 anställda")]),
    ("Fabriken varslar 40 anställda, uppger polisen och räddningstjänsten.", "sv",
     [("polisen och räddningstjänsten", "uppger", "Fabriken varslar 40 anställda")]),
    ("Fabrikken sier opp 40 ansatte, opplyser NRK og Bergens Tidende.", "no",
     [("NRK og Bergens Tidende", "opplyser", "Fabrikken sier opp 40 ansatte")]),
    ("Fabrikken fyrer 40 ansatte, oplyser TV Midt og Herning Folkeblad.", "da",
     [("TV Midt og Herning Folkeblad", "oplyser", "Fabrikken fyrer 40 ansatte")]),
    ("Das Werk streicht 40 Stellen, berichten der Lokalfunk und die Abendzeitung.", "de",
     [("der Lokalfunk und die Abendzeitung", "berichten", "Das Werk streicht 40 Stellen")]),
    ("The plant is cutting 40 jobs, reported the Ledger and the Evening Star.", "en",
     [("the Ledger and the Evening Star", "reported", "The plant is cutting 40 jobs")]),
    # before the cue
    ("Hun og en venninne fortalte at mannen løp mot sentrum.", "no",
     [("Hun og en venninne", "fortalte", "mannen løp mot sentrum")]),
    ("Venstre og Lokallisten skriver i en pressemeddelelse, at de forlader forliget.", "da",
     [("Venstre og Lokallisten", "skriver", "de forlader forliget")]),
    ("The mayor and the fire chief said the bridge would stay closed.", "en",
     [("The mayor and the fire chief", "said", "the bridge would stay closed")]),
    ("Police and firefighters said the bridge would stay closed.", "en",
     [("Police and firefighters", "said", "the bridge would stay closed")]),
    # after a comma, before the cue
    ("The plant is cutting 40 jobs, the Ledger and the Evening Star reported.", "en",
     [("the Ledger and the Evening Star", "reported", "The plant is cutting 40 jobs")]),
    # after a prepositional cue
    ("All cars stayed on the track, according to Amtrak and local officials.", "en",
     [("Amtrak and local officials", "according to", "All cars stayed on the track")]),
    ("Enligt polisen och räddningstjänsten var det lugnt under natten.", "sv",
     [("polisen och räddningstjänsten", "Enligt", "var det lugnt under natten")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), COORDINATED)
def test_two_sources_joined_by_and_are_one_source(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


NOT_COORDINATED = [
    # "and" and a verb after the speaker: the speaker's second predicate, not a second source
    ("The plant is cutting 40 jobs, said Ann Lee and added that it was a sad day.", "en",
     [("Ann Lee", "said", "The plant is cutting 40 jobs"), ("Ann Lee", "added", "it was a sad day")]),
    ("Fabriken varslar 40 anställda, sa polisen och gick därifrån.", "sv",
     [("polisen", "sa", "Fabriken varslar 40 anställda")]),
    ("Fabriken varslar 40 anställda, sa polisen och tillade att det var tungt.", "sv",
     [("polisen", "sa", "Fabriken varslar 40 anställda"), ("polisen", "tillade", "det var tungt")]),
    ("Das Werk streicht 40 Stellen, sagte der Sprecher und die Leute applaudierten.", "de",
     [("der Sprecher", "sagte", "Das Werk streicht 40 Stellen")]),
    # a clause before "and" is no first source
    ("The river flooded and the mayor said the bridge would stay closed.", "en",
     [("the mayor", "said", "the bridge would stay closed")]),
    # a name joined by "and" stays one name
    ("The road is closed, said the Fire and Rescue Service.", "en",
     [("the Fire and Rescue Service", "said", "The road is closed")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_COORDINATED)
def test_and_after_a_source_that_opens_no_second_source(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected



ADVERB_BEFORE_SECOND_CUE = [
    # English: a focusing adverb or a manner adverb in -ly between "and"/"but" and the second cue: the first verb's
    # subject speaks, not the adverb
    ("The coach praised his players and even assured fans that the title was within reach.", "en",
     [("The coach", "praised", "his players"), ("The coach", "assured", "the title was within reach")]),
    ("The mayor toured the dam and quickly added that the water level was falling.", "en",
     [("The mayor", "added", "the water level was falling")]),
    ("The airline cancelled the flights but firmly denied that the pilots were on strike.", "en",
     [("The airline", "denied", "the pilots were on strike")]),
    ("Ann Lee left the meeting early and only said that the vote would wait.", "en",
     [("Ann Lee", "said", "the vote would wait")]),
    ("The minister visited the school and publicly promised that the roof would be fixed.", "en",
     [("The minister", "promised", "the roof would be fixed")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ADVERB_BEFORE_SECOND_CUE)
def test_adverb_between_and_and_second_cue_keeps_first_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


def test_a_subject_between_but_and_a_focused_cue_is_read() -> None:
    # "this" after "but" is the second clause's subject, not an adverb before a coordinated cue
    text = "Prices rose in May. But this only explains why the shops closed early."
    assert all(row[0] != "only" for row in rows(text, "en"))

"""Tests of affiliation tags: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# An inverted tag whose speaker carries a prepositional phrase (stop 33, tail34): "C, säger X på Y.", "C, siger X fra
# Y.", "C, said X of the Y." The phrase after the speaker (where X serves, when or where X spoke) closes the sentence,
# so the tag is inverted and X the source, even when C has no verb of the lists (tails.phrase_tail, read by
# inverted.inverted_order); and a Nordic particle of a phrasal look-alike ("sige fra", "si fra") that opens a
# phrase after the subject is that phrase's preposition, no particle (phrasal.is_phrasal). Every sentence is written for
# its test.
CASES: list[tuple[str, str, list[Row]]] = [
    # sv
    ("Färjan går först i maj, säger Karin Lindqvist på Sjöfartsverket.", "sv",
     [("Karin Lindqvist", "säger", "Färjan går först i maj")]),
    ("Färjan går först i maj, säger presschefen Karin Lindqvist på Sjöfartsverket.", "sv",
     [("presschefen Karin Lindqvist", "säger", "Färjan går först i maj")]),
    ("Färjan går först i maj, säger Lindqvist på Sjöfartsverket.", "sv",
     [("Lindqvist", "säger", "Färjan går först i maj")]),
    ("Färjan går först i maj, säger Karin Lindqvist i ett pressmeddelande.", "sv",
     [("Karin Lindqvist", "säger", "Färjan går först i maj")]),
    # no
    ("Fergen går først i mai, sier Per Dahl på Kystverket.", "no",
     [("Per Dahl", "sier", "Fergen går først i mai")]),
    ("Fergen går først i mai, sa Per Dahl fra Kystverket.", "no",
     [("Per Dahl fra Kystverket", "sa", "Fergen går først i mai")]),
    ("Fergen går først i mai, sier pressesjef Per Dahl hos Kystverket.", "no",
     [("pressesjef Per Dahl hos Kystverket", "sier", "Fergen går først i mai")]),
    # da
    ("Færgen sejler først i maj, siger Jens Krog fra Kystdirektoratet.", "da",
     [("Jens Krog fra Kystdirektoratet", "siger", "Færgen sejler først i maj")]),
    ("Færgen sejler først i maj, sagde Jens Krog på Kystdirektoratet.", "da",
     [("Jens Krog", "sagde", "Færgen sejler først i maj")]),
    ("Færgen sejler først i maj, siger presseansvarlig Jens Krog fra det lokale rederi.", "da",
     [("presseansvarlig Jens Krog", "siger", "Færgen sejler først i maj")]),
    # de (read right before this stop too: kept as the class's German rows)
    ("Die Fähre fährt erst im Mai, sagte Eva Roth bei der Reederei.", "de",
     [("Eva Roth", "sagte", "Die Fähre fährt erst im Mai")]),
    ("Die Fähre fährt erst im Mai, sagte Eva Roth vom Hafenamt.", "de",
     [("Eva Roth vom Hafenamt", "sagte", "Die Fähre fährt erst im Mai")]),
    # en
    ("The ferry runs again in May, said Tom Hale of the harbor authority.", "en",
     [("Tom Hale", "said", "The ferry runs again in May")]),
    ("The ferry runs again in May, said Tom Hale at a news conference.", "en",
     [("Tom Hale", "said", "The ferry runs again in May")]),
    ("The ferry runs again in May, said spokesman Tom Hale from the port office.", "en",
     [("spokesman Tom Hale", "said", "The ferry runs again in May")]),
]

# the particle of "sige fra" / "si fra" still makes no cue where it closes the clause
PARTICLES: list[tuple[str, str, list[Row]]] = [
    ("I går sagde Jens Krog fra.", "da", []),
    ("Per Dahl sa fra om forholdene på kaia.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES + PARTICLES)
def test_affiliation_tag(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


# a figure after the preposition, or more after the phrase, keeps the subject-first reading
FIRST: list[tuple[str, str, list[Row]]] = [
    ("A new survey, run by two firms, shows Tom Hale with 41 percent, ahead of his rival.", "en",
     [("A new survey", "shows", "Tom Hale with 41 percent, ahead of his rival")]),
]


@pytest.mark.parametrize("text,lang,expected", FIRST)
def test_subject_first_kept(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

"""English clauses an interpolated tag interrupts (interrupted.py, contentfirst.py): the content is the words before
the tag and the rest of their clause after it, for an inverted tag with or without an apposition to its speaker,
and for a clause the words before the tag announce, opened by a complementizer ("It is no accident, X said, that C").
End to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows_in

run = rows_in("en")


EXTRAPOSED: list[tuple[str, list[Row]]] = [
    # an extraposed clause after the tag: "It is N, X said, that C", "There is N, X said, that C"
    ("It is no accident, Ms. Larsen said, that the mayor left the room before the vote.",
     [("Ms. Larsen", "said", "It is no accident that the mayor left the room before the vote")]),
    ("There is a danger, several members said, that the plan would raise rents in the old town.",
     [("several members", "said", "There is a danger that the plan would raise rents in the old town")]),
    # a verb of thinking before the tag, and a quote after the complementizer
    ("He hoped, he said, that the board would drop the case.",
     [("he", "said", "He hoped that the board would drop the case")]),
    ("It's a warning, Reed said, that “nobody should ignore this year.”",
     [("Reed", "said", "It's a warning that “nobody should ignore this year.”")]),
    # a relative "that" of the noun before the tag goes on with it as well
    ("The harbor is a bargain, they say, that would pay for itself within five years.",
     [("they", "say", "The harbor is a bargain that would pay for itself within five years")]),
    # an inverted tag
    ("It is no accident, said Ms. Larsen, that the mayor left the room before the vote.",
     [("Ms. Larsen", "said", "It is no accident that the mayor left the room before the vote")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTRAPOSED)
def test_a_complementizer_after_the_tag_goes_on_with_the_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INVERTED: list[tuple[str, list[Row]]] = [
    # a subject before an inverted tag, its verb after it
    ("The real danger, said Tom Reed, is that the ferry will stop.",
     [("Tom Reed", "said", "The real danger is that the ferry will stop")]),
    ("The mayor, said Lisa Holm, does not forget a slight.",
     [("Lisa Holm", "said", "The mayor does not forget a slight")]),
    # past an apposition to the speaker, a relative clause in it
    ("The trouble with the harbor, says Anna Berg, a planner at the regional office, is that nobody wants it.",
     [("Anna Berg", "says", "The trouble with the harbor is that nobody wants it")]),
    ("Any honest reading of the accounts, said Tom Reed, an economist who has studied the port, would show a deficit.",
     [("Tom Reed", "said", "Any honest reading of the accounts would show a deficit")]),
    # coordinated speakers
    ("The contrast with the old plan, said Reed and others, would be clear to every voter.",
     [("Reed and others", "said", "The contrast with the old plan would be clear to every voter")]),
    # not when the words before the tag are a clause of their own and no complementizer follows
    ("The ferry will stop, said Tom Reed, a planner who knows the port.",
     [("Tom Reed", "said", "The ferry will stop")]),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_an_inverted_tag_interrupts_its_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


# da42: Danish: words before a tag that end in a finite auxiliary wait for its participle or infinitive after the
# tag, long or short, the tag plain, inverted or an as-clause; a time word after the speaker is no part of it
# (tails.cut_time); a daily named by its kind is a medium
AUXILIARY_WAITS: list[tuple[str, list[tuple[str | None, str | None, str, str | None]]]] = [
    ("En 61-årig kvinde fra Sydfyn er, som dagbladet Vestposten mandag kunne fortælle, blevet dømt for bedrageri.",
     [("dagbladet Vestposten", "kunne fortælle", "En 61-årig kvinde fra Sydfyn er blevet dømt for bedrageri",
       "media")]),
    ("Færgen har, som rederiet oplyser, ligget stille i tre dage.",
     [("rederiet", "oplyser", "Færgen har ligget stille i tre dage", "organization")]),
    ("Borgmesteren vil, siger hans rådgiver, fremlægge planen i næste uge.",
     [("hans rådgiver", "siger", "Borgmesteren vil fremlægge planen i næste uge", "person")]),
    ("Vejdirektoratet for nylig meldte ud, at broen skal lukkes.",
     [("Vejdirektoratet", "meldte ud", "broen skal lukkes", "official")]),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARY_WAITS)
def test_a_danish_auxiliary_waits_past_the_tag(text: str, expected: list[tuple[str | None, str | None, str, str | None]]
                                               ) -> None:
    assert [(a.source, a.cue, a.content, a.source_type) for a in attributions(text, "da")] == expected

"""English constructions found on unseen real pages (issue 10, endev8), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("en")


def types(text: str) -> list[tuple[str | None, str | None]]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.source_type) for a in attribute(art)]


SECOND_SPEAKER: list[tuple[str, list[Row]]] = [
    # "and" + a noun phrase + its own reporting verb, no comma: a second record, not part of the first content
    ("The mayor said 40 houses had burned and her deputy revealed there was no water left in the town.",
     [("The mayor", "said", "40 houses had burned"),
      ("her deputy", "revealed", "there was no water left in the town")]),
    ("The coach said the team was tired and the captain said they would rest on Monday.",
     [("The coach", "said", "the team was tired"), ("the captain", "said", "they would rest on Monday")]),
    # a first-person clause after "and" is the speaker's own words going on
    ("He asked where the dog was and I said it was in the garden.",
     [("He", "asked", "where the dog was and I said it was in the garden")]),
    # the same speaker going on ("and said") is not another speaker
    ("The coach said the team was tired and that the captain was injured.",
     [("The coach", "said", "the team was tired and that the captain was injured")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_SPEAKER)
def test_second_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MEDIUM_AND_RECIPIENT: list[tuple[str, list[Row]]] = [
    # "by phone" is how it was said, not a passive agent
    ("Ruth Ollis, who runs the ferry, said by phone that the crossing was cancelled.",
     [("Ruth Ollis", "said", "the crossing was cancelled")]),
    # a recipient named before "that": "that" opens the content, not a noun phrase ("PTI that reports")
    ("The district officer told PTI that reports of two deaths came in overnight.",
     [("The district officer", "told", "reports of two deaths came in overnight")]),
    # a body's bracketed abbreviation inside the speaker's title
    ("The Lakeland Water Board (LWB) Chief Engineer Rosa Dunn said that the dam was safe.",
     [("The Lakeland Water Board (LWB) Chief Engineer Rosa Dunn", "said", "the dam was safe")]),
    # "told of" a deed
    ("The driver told of swerving to miss a deer.", [("The driver", "told of", "swerving to miss a deer")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_AND_RECIPIENT)
def test_medium_and_recipient(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PASSIVE: list[tuple[str, list[Row]]] = [
    # "it was announced that C": sourceless, the cue with its auxiliaries
    ("The count rose again, a day after it was announced that nine people had died.",
     [(None, "was announced", "nine people had died")]),
    ("It has been reported that the bridge will stay shut.", [(None, "has been reported", "the bridge will stay shut")]),
    # negated, a belief, or no clause: none
    ("It was not confirmed that the bridge would reopen.", []),
    ("It is believed that the bridge will reopen.", []),
    ("The new timetable was announced that morning.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_expletive_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TITLES: list[tuple[str, str, list[Row]]] = [
    # "claim - police" / "claim: police": a trailing source word after a spaced dash or a colon
    ("Three hurt as scaffolding falls in high street - police", "Three people were hurt on Monday.",
     [("police", "-", "Three hurt as scaffolding falls in high street")]),
    ("Two missing after boat capsizes off the coast: coastguard", "Two people are missing.",
     [("coastguard", ":", "Two missing after boat capsizes off the coast")]),
    # a page section or a site name after a dash is no source
    ("Storm batters the east coast overnight – Live updates", "The storm hit on Monday.", []),
    ("Storm batters the east coast overnight - Harbour Times", "The storm hit on Monday.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), TITLES)
def test_title_trailing_source(title: str, body: str, expected: list[Row]) -> None:
    assert [r for r in run(body, title=title) if r[2] == title.rsplit(" ", 2)[0] or r[1] in (":", "-")] == expected


DATELINES: list[tuple[str, list[Row]]] = [
    # "CITY, Country (AP) Source say …" without a dash: the dateline is no part of the source
    ("PORTVILLE, Westland (AP) Officials in Westland say the flood has cut off four villages.",
     [("Officials in Westland", "say", "the flood has cut off four villages")]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_without_dash(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TYPES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # a role word at the head makes a person, also after a body's name
    ("The state fire service commissioner, Dan Rourke, said 50 homes were lost.",
     [("The state fire service commissioner, Dan Rourke", "person")]),
    ("White House deputy press secretary Ann Vale told reporters the vote was delayed.",
     [("White House deputy press secretary Ann Vale", "person")]),
    ("The county sheriff said the road was closed.", [("The county sheriff", "person")]),
    ("The regional premier said the border would stay open.", [("The regional premier", "person")]),
    ("The White House pool report said the meeting ended early.", [("The White House pool report", "document")]),
]


@pytest.mark.parametrize(("text", "expected"), TYPES)
def test_source_types(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert types(text) == expected


COURT_PASSIVE: list[tuple[str, list[Row]]] = [
    # the hearer of a passive "was told" is its subject: the noun phrase after the cue opens the content
    ("Jurors were told the porter had been paid in cash.", [(None, "told", "the porter had been paid in cash")]),
    ("The court has been told the van was never insured.", [(None, "told", "the van was never insured")]),
    ("She told the court the van was never insured.", [("She", "told", "the van was never insured")]),
]


@pytest.mark.parametrize(("text", "expected"), COURT_PASSIVE)
def test_court_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPEAKER_EVIDENCE: list[tuple[str, list[Row]]] = [
    # "indicated" reports a person's words with a person as subject, a document's with a document
    ("He indicated the council would vote in June.", [("He", "indicated", "the council would vote in June")]),
    ("Senator Ruth Alder indicated that she would back the bill.",
     [("Senator Ruth Alder", "indicated", "she would back the bill")]),
    ("The survey indicated that rents were rising.", [("The survey", "indicated", "rents were rising")]),
    ("The rise in rents indicated that demand was strong.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_EVIDENCE)
def test_speaker_evidence(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ACRONYM_TYPES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # an acronym opens a body's name; "The" before a name is no part of it
    ("The RNLI said the crew had been stood down.", [("The RNLI", "organization")]),
    ("NHS Wales said waiting times had fallen.", [("NHS Wales", "organization")]),
    # a bureau is a state body
    ("The Bureau of Statistics said prices rose.", [("The Bureau of Statistics", "official")]),
    ("Tom Birch said waiting times had fallen.", [("Tom Birch", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_TYPES)
def test_acronym_types(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert types(text) == expected


APPOSED_NAME: list[tuple[str, list[Row]]] = [
    # a subject, its name with an abbreviated rank between commas, then the cue and its object: no inverted tag
    ("The spokesman for the port, Capt. Rob Hale, confirmed the closure on Monday.",
     [("The spokesman for the port", "confirmed", "the closure on Monday")]),
    # an adjective between a verb and a plural cue form makes it a noun
    ("The count rose, a day after the agency issued conflicting reports on how many boats sank.", []),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_NAME)
def test_apposed_name_and_noun(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def names(text: str) -> list[tuple[str | None, str | None, str | None]]:
    art = Article(title=None, body=(text,), language="en")
    return [(a.source, a.source_name, a.source_type) for a in attribute(art)]


UK_RANKS: list[tuple[str, list[tuple[str | None, str | None, str | None]]]] = [
    # abbreviated UK police and council ranks are titles, not part of the name
    ("Det Insp Lee Ward said the search would go on.", [("Det Insp Lee Ward", "Lee Ward", "person")]),
    ("Cllr Ruth Bell said the plan was unfair.", [("Cllr Ruth Bell", "Ruth Bell", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), UK_RANKS)
def test_uk_ranks(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert names(text) == expected


def vias(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    art = Article(title=None, body=(text,), language="en")
    return [(a.source, tuple(a.via)) for a in attribute(art)]


INTERVIEWS: list[tuple[str, list[tuple[str | None, tuple[str, ...]]]]] = [
    # the medium that held an interview relayed the words, fronted or after the cue
    ("In an interview with CNN, the governor said the levee would hold.", [("the governor", ("CNN",))]),
    ("The governor said in an interview with CNN that the levee would hold.", [("The governor", ("CNN",))]),
    ("Speaking to the BBC, the mayor said the levee would hold.", [("the mayor", ("BBC",))]),
    # reporters and statements are no media
    ("Speaking to reporters, the mayor said the levee would hold.", [("the mayor", ())]),
    ("In a statement, the council said the levee would hold.", [("the council", ())]),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEWS)
def test_interview_via(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert vias(text) == expected


INSERTS: list[tuple[str, list[Row]]] = [
    # a place or time phrase between commas after the cue, then the clause
    ("The agency said, in the north, three people have died.", [("The agency", "said", "three people have died")]),
    ("Giving details, the agency said, in the south, two bridges had collapsed.",
     [("the agency", "said", "two bridges had collapsed")]),
    # a fronted participle phrase with no comma: the subject is the last noun phrase before the cue
    ("Giving the figures the agency said, in the west, four roads were shut.",
     [("the agency", "said", "four roads were shut")]),
    ("Addressing the media the minister said the talks had failed.",
     [("the minister", "said", "the talks had failed")]),
    ("She said with the new arrests, the total has risen to 12.",
     [("She", "said", "with the new arrests, the total has risen to 12")]),
    # a tag in the middle keeps the content before it
    ("The bridge is shut, he said in a statement, the company will repair it.",
     [("he", "said", "The bridge is shut")]),
    ("Two men were held, the agency said, in a statement.", [("the agency", "said", "Two men were held")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTS)
def test_inserts_after_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_abbreviation_takes_the_type_of_its_expansion() -> None:
    text = "The Coastal Flood Authority (CFA) warned of rising water.\n\nThe CFA said three villages were cut off."
    assert types(text) == [("The Coastal Flood Authority", "official"), ("The CFA", "official")]


def test_elapsed_time_frame_ends_content() -> None:
    assert run("Officials said the pier was shut, days after the storm hit.") == [
        ("Officials", "said", "the pier was shut")]


RELATIVE_PASSIVE: list[tuple[str, list[Row]]] = [
    # a passive or negation inside the subject's relative clause does not make the cue passive or negated
    ("A driver who was not identified said the lorry had no brakes.",
     [("A driver who was not identified", "said", "the lorry had no brakes")]),
    ("A nurse who asked not to be named said the ward was full.",
     [("A nurse who asked not to be named", "said", "the ward was full")]),
    # the cue's own passive and negation still hold
    ("The closure could not be confirmed.", []),
    ("The ferry was not reported missing until noon.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_PASSIVE)
def test_relative_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_body_named_for_its_country() -> None:
    assert types("Highways Wales said the road was shut.") == [("Highways Wales", "organization")]
    assert types("Tom Wales said the road was shut.") == [("Tom Wales", "person")]


def test_us_state_dateline_and_deputies() -> None:
    text = ("DOVER, Tenn. (AP) — A bridge collapsed on Monday and two cars fell into the river, said county police, "
            "who gave no names.\n\nDeputies said the drivers were rescued.")
    assert run(text) == [
        ("county police", "said", "A bridge collapsed on Monday and two cars fell into the river"),
        ("Deputies", "said", "the drivers were rescued")]
    assert types(text)[1] == ("Deputies", "person")

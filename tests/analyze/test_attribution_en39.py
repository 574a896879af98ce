"""English round en39 (PolNeAR train, missed records grouped by construction), end to end, one table per rule:
adverbs in -ly alone between a cue and the comma before its quotation are the manner of the saying, and a bracketed
acronym after the one told adds no distance (leadtags._manner_before_comma, leadtags._before_acronym); a cue after
a comma and a coordinator with "that" takes the main clause's subject as one without "that" does
(englishshapes.comma_coordinator); a tag after a comma followed by an adverbial clause ("…, she said as she left")
or by a dash closing its adverbial, or a short phrase after the one told ("…, he told the court in his filing"), keeps
the content before it (timedclause.clause_after_tag, `tag_clause`, cueobject.is_type_b);
"continues to" or "began to" before a cue and a clause is a saying that took place (cueguards.unreal,
`ongoing_verb`); "it was revealed in March that C" reads past the time phrase (englishshapes._that_past_time); a
free relative opening its clause before a verb ("What she says is unfair") is that verb's subject, no report
(englishshapes.free_subject); a relative clause in a tag after its content ("…, Ann Lee, who leads the union,
said") is no question word (contentfirst.content_first); a participle before its agent in a closing tag's subject
("…, records compiled by X show.") is no finite verb (wordclass._tag_subject); a fronted clause's report ends before a
main clause whose verb reports before "that" (mainclause._noun_speaker); a quoted title closing an apposition ("Ann
Lee, the author of “The Long Road,” said that C") is no quotation with a tag (direct._after_tag,
englishshapes.past_closing_quote); one name right after a quotation's comma, then a description, speaks
(contentfirst._name_before); a time phrase before ", which" leaves the relative's antecedent the phrase before it
("released its audit in May, which showed C": cuesubject._time_after); one sentence adverb alone before a tag with
nothing after it ("Now, X has responded to Y.") is no content (contentfirst._lone_adverb_before).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


MANNER_BEFORE_QUOTE: list[tuple[str, list[Row]]] = [
    # one or two adverbs in -ly, then a comma and the quotation: the quotation is the content
    ("The coach replied calmly, “We will play the same way next week.”",
     [("The coach", "replied", "We will play the same way next week")]),
    ("Ms. Berg said flatly, “The ferry will not run in winter.”",
     [("Ms. Berg", "said", "The ferry will not run in winter")]),
    # a bracketed acronym after the one told adds no distance
    ("As the harbour master told the Port Workers Union (PWU), “The cranes stay idle until May.”",
     [("the harbour master", "told", "The cranes stay idle until May")]),
    # before a colon as before
    ("The mayor replied briefly: “The budget is not ready.”",
     [("The mayor", "replied", "The budget is not ready")]),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_BEFORE_QUOTE)
def test_manner_adverbs_before_a_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COMMA_COORDINATOR: list[tuple[str, list[Row]]] = [
    # "…, but said that C": the main clause's subject, as without "that"
    ("The ferry company raised its fares, but said that the winter timetable would stay the same.",
     [("The ferry company", "said", "the winter timetable would stay the same")]),
    ("Ms. Holm has rejected both complaints, but says that the school could have acted sooner.",
     [("Ms. Holm", "says", "the school could have acted sooner")]),
    ("The coach left the field early, and said that his knee was fine.",
     [("The coach", "said", "his knee was fine")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_COORDINATOR)
def test_a_coordinated_cue_after_a_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CLAUSE_AFTER_TAG: list[tuple[str, list[Row]]] = [
    # a tag after a comma, then an adverbial clause: the content is before the tag
    ("The harbour will stay closed until spring, the port director said as he left the meeting.",
     [("the port director", "said", "The harbour will stay closed until spring")]),
    ("This is a fight for the whole valley, the farmer told his neighbours while they waited outside.",
     [("the farmer", "told", "This is a fight for the whole valley")]),
    ("The blaze started in a kitchen, fire officials said as crews worked through the night.",
     [("fire officials", "said", "The blaze started in a kitchen")]),
    # a dash closing the tag's adverbial, as a comma does
    ("Bus fares will rise by a third, the council announced on Monday -- a step few riders welcomed.",
     [("the council", "announced", "Bus fares will rise by a third")]),
    # a short phrase after the one told, to the sentence's end: a tag
    ("The county was only following the rules, the clerk told the court in his filing.",
     [("the clerk", "told", "The county was only following the rules")]),
    # no clause before the comma: the words after the cue are what was said
    ("On Monday, the senator said when he arrived the door was open.",
     [("the senator", "said", "when he arrived the door was open")]),
    # "as" with a description, no clause: no tag of its own
    ("Most of the stalls are run by families, the market manager said as many as forty of them.",
     [("the market manager", "said", "as many as forty of them")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_TAG)
def test_an_adverbial_clause_after_a_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ONGOING_SAYING: list[tuple[str, list[Row]]] = [
    # "continues to" or "began to" before a cue and a clause: a saying that took place
    ("The mayor continues to insist that the tunnel will open in May.",
     [("The mayor", "insist", "the tunnel will open in May")]),
    ("Several farmers began to argue the new dam had dried their wells.",
     [("Several farmers", "argue", "the new dam had dried their wells")]),
    ("Recent surveys continue to show that the ferry is losing riders.",
     [("Recent surveys", "show", "the ferry is losing riders")]),
    # a noun object after it, or another verb before "to": nothing reported
    ("The union has begun to rebut that criticism, holding rallies in three towns.", []),
    ("The mayor wants to insist that the tunnel will open in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), ONGOING_SAYING)
def test_a_saying_that_goes_on(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PASSIVE_AFTER_TIME: list[tuple[str, list[Row]]] = [
    # "it was revealed in March that C": a short time phrase between the passive cue and "that"
    ("The coach quit after it was revealed in May that he had kept a second contract.",
     [(None, "was revealed", "he had kept a second contract")]),
    ("It was announced on Friday that the old pier would be torn down.",
     [(None, "was announced", "the old pier would be torn down")]),
    ("It was reported last week that the sawmill would close.",
     [(None, "was reported", "the sawmill would close")]),
    # a place or a document between them: none, as before
    ("It was revealed in the audit that the sawmill would close.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_AFTER_TIME)
def test_an_expletive_passive_after_a_time(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FREE_RELATIVE_SUBJECT: list[tuple[str, list[Row]]] = [
    # a free relative opening its clause, then a verb: the relative is that verb's subject, nothing reported
    ("The coach knows that what he says is not always fair.", []),
    ("What the mayor says is rarely what the council does.", []),
    # after a preposition it is an object, its verb the report's
    ("The ferry sank in what officials said was the worst storm in years.",
     [("officials", "said", "was the worst storm in years")]),
    # a pseudo-cleft reports the clause after "is that"
    ("What the mayor is saying is that the bridge must close.",
     [("the mayor", "saying", "the bridge must close")]),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVE_SUBJECT)
def test_a_free_relative_as_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RELATIVE_IN_TAG: list[tuple[str, list[Row]]] = [
    # a name, then a relative clause between commas, then the cue: the name speaks
    ("The ferry will not run in winter, Ann Holm, who has run the line since 2009, said on Monday.",
     [("Ann Holm", "said", "The ferry will not run in winter")]),
    # a restrictive relative inside the tag's source after a comma
    ("The ward is short of beds, a nurse who works nights at the clinic said.",
     [("a nurse who works nights at the clinic", "said", "The ward is short of beds")]),
    # no comma before it: a contact clause, nothing reported
    ("He treats voters as fools who will believe anything he says.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_IN_TAG)
def test_a_relative_clause_in_a_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AGENT_IN_TAG: list[tuple[str, list[Row]]] = [
    # a participle before its agent inside a closing tag's subject: "…, records compiled by X show."
    ("The mill has not paid any fines, court records compiled by a local paper show.",
     [("court records compiled by a local paper", "show", "The mill has not paid any fines")]),
    # a participle with no agent still opens no subject
    ("He won the race, beating his rival in the state.", []),
]


@pytest.mark.parametrize(("text", "expected"), AGENT_IN_TAG)
def test_an_agent_in_a_closing_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_CLAUSE_THAT_VERB: list[tuple[str, list[Row]]] = [
    # a fronted "while" clause ends before a main clause whose verb reports only before "that"
    ("While the mayor claimed that the pier was safe, local engineers affirm that it is sinking.",
     [("the mayor", "claimed", "the pier was safe"), ("local engineers", "affirm", "it is sinking")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_THAT_VERB)
def test_a_fronted_clause_before_a_that_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_NAME_IN_APPOSITION: list[tuple[str, list[Row]]] = [
    # a quoted title closing an apposition, its comma inside the quote: no quotation tagged, the cue reports C
    ("Ann Lee, the author of “The Long Road,” said that the case was weak.",
     [("Ann Lee", "said", "the case was weak")]),
    # a quotation's own tag as before, also with "that" before a time
    ("“The case is weak,” Ann Lee said.", [("Ann Lee", "said", "The case is weak")]),
    ("“The river is rising,” the warden said that night.", [("the warden", "said", "The river is rising")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAME_IN_APPOSITION)
def test_a_quoted_name_in_an_apposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ONE_NAME_AFTER_QUOTE: list[tuple[str, list[Row]]] = [
    # one name right after a quotation, then a long description with "and": the name speaks
    ("“The river is rising fast,” Holm, the county's flood officer and a former harbour pilot, said.",
     [("Holm", "said", "The river is rising fast")]),
    ("“The river is rising fast,” Holm, the county's flood officer, said.",
     [("Holm", "said", "The river is rising fast")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_NAME_AFTER_QUOTE)
def test_one_name_after_a_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RELATIVE_AFTER_TIME: list[tuple[str, list[Row]]] = [
    # a time phrase between a document and ", which": the relative stands for the document
    ("The council published its audit in May, which showed the pool had lost money for years.",
     [("which", "showed", "the pool had lost money for years")]),
    ("The council published its audit on Monday, which showed that the pool had lost money.",
     [("which", "showed", "the pool had lost money")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AFTER_TIME)
def test_a_relative_after_a_time_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


LONE_ADVERB_BEFORE_TAG: list[tuple[str, list[Row]]] = [
    # one sentence adverb before the comma, nothing after the cue: the sentence's frame, nothing reported
    ("Now, the harbour master has responded to the complaints.", []),
    # an interpolated tag keeps the words after it
    ("Still, the warden said, the dam will hold.", [("the warden", "said", "Still the dam will hold")]),
]


@pytest.mark.parametrize(("text", "expected"), LONE_ADVERB_BEFORE_TAG)
def test_a_lone_adverb_before_a_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

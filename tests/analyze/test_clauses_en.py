"""English clause shapes around a cue (clauses.py, rules.py, sourcefirst.py): a second cue after a reported
copula, an insert right after the cue, restrictive relatives; end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


COORDINATED_CUE_AFTER_A_REPORTED_COPULA: list[tuple[str, list[Row]]] = [
    # "said A was B and added that C": the copula is inside what was said, so the second cue is no passive
    ("Ann Lee said the plan was dead and added that the council would vote again in May.",
     [("Ann Lee", "said", "the plan was dead"), ("Ann Lee", "added", "the council would vote again in May")]),
    ("Tom Berg said the road was closed but warned that it could open soon.",
     [("Tom Berg", "said", "the road was closed"), ("Tom Berg", "warned", "it could open soon")]),
    # a passive inside the content stays part of it
    ("Ann Lee said he was warned against doing so.", [("Ann Lee", "said", "he was warned against doing so")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_CUE_AFTER_A_REPORTED_COPULA)
def test_a_coordinated_cue_after_a_reported_copula(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERT_BEFORE_A_PRONOUN_CLAUSE: list[tuple[str, list[Row]]] = [
    # "says, win or lose, he is staying": a short insert after the cue, then a clause with a pronoun subject
    ("Tom Berg says, win or lose, he is staying in the race for the seat.",
     [("Tom Berg", "says", "win or lose, he is staying in the race for the seat")]),
    ("The minister said, at length, they had failed.", [("The minister", "said", "they had failed")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERT_BEFORE_A_PRONOUN_CLAUSE)
def test_an_insert_before_a_pronoun_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RESTRICTIVE_RELATIVES: list[tuple[str, list[Row]]] = [
    # a relative with its clitic ("who've"), a coordinated antecedent ("members and residents who"), an antecedent
    # after a verb no list knows ("needs voters who"), a content whose verb no list knows ("the new rule hurts trade")
    ("The members who've already said they would back the bill met on Monday.",
     [("who've", "said", "they would back the bill")]),
    ("The survey counts both members and older residents who said they would move away soon.",
     [("who", "said", "they would move away soon")]),
    ("The campaign needs voters who said they would stay home in the last election.",
     [("who", "said", "they would stay home in the last election")]),
    ("The city faces anger from shop owners and local residents who say the new rule hurts trade.",
     [("who", "say", "the new rule hurts trade")]),
    ("Ann Lee is a writer who wrote the profile of the mayor.", []),
]


@pytest.mark.parametrize(("text", "expected"), RESTRICTIVE_RELATIVES)
def test_restrictive_relatives(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPEAKERS_NEXT_ACT: list[tuple[str, list[Row]]] = [
    # ", and" with a past form in -ed (alone or after "has"/"had") and no subject: the speaker's next act, not the
    # content going on; inside a quotation it stays
    ("Ann Lee insists the club must be a club for everyone, and has backed a plan that lowers fees.",
     [("Ann Lee", "insists", "the club must be a club for everyone")]),
    ("Tom Berg called the plan a disgrace, and threatened to impose a tax on cars.",
     [("Tom Berg", "called", "the plan a disgrace")]),
    ("Tom Berg said the mayor was “a fine man, and worked hard for the town.”",
     [("Tom Berg", "said", "the mayor was “a fine man, and worked hard for the town.”")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS_NEXT_ACT)
def test_the_speakers_next_act(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AFTER_THE_CUE: list[tuple[str, list[Row]]] = [
    # a longer insert before a pronoun's clause; a time after the cue before a pronoun's clause; "that" ending the
    # sentence is a pronoun, not a complementizer; a left quote mark after a comma with the space left out
    ("Ann Lee says, win or lose in the long fight for the seat, she’s staying in the race.",
     [("Ann Lee", "says", "win or lose in the long fight for the seat, she’s staying in the race")]),
    ("Tom Berg, who on Monday backed Lund, said Tuesday he agrees with the plan.",
     [("Tom Berg", "said", "Tuesday he agrees with the plan")]),
    ("Ann Lee told a town meeting they are “laying the ground” to do that.",
     [("Ann Lee", "told", "they are “laying the ground” to do that")]),
    ("Tom Berg said,“Look, the plan has no place in this town.”",
     [("Tom Berg", "said", "Look, the plan has no place in this town")]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_CUE)
def test_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_cue_after_a_quote_closed_by_its_own_mark() -> None:
    # the "!" inside the quote ends the sentence; "and said that C" goes on with the subject before the quote
    assert run("She declared “What a win!” and said that her team would go on.") == [
        ("She", "declared", "What a win!"), ("She", "said", "her team would go on")]
    assert run("The hall was loud. “Go home!” and said that the vote must wait.") == []


SUBJECT_BEFORE_AN_INTERPOLATED_TAG: list[tuple[str, list[Row]]] = [
    # "NP, X said, “rest of the clause”": the subject before the tag is part of the content; not a fronted
    # adverbial, nor a subject whose cue comes later
    ("The new bridge over the river, Ann Lee said, “is a fine example of planning.”",
     [("Ann Lee", "said", "The new bridge over the river is a fine example of planning")]),
    ("After the vote, Ann Lee said, “the town is fine.”", [("Ann Lee", "said", "the town is fine")]),
    ("Before the vote, Ann Lee lobbied to end the rule, saying, “The fewer cars, the better.”",
     [("Ann Lee", "saying", "The fewer cars, the better")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_BEFORE_AN_INTERPOLATED_TAG)
def test_the_subject_before_an_interpolated_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAG_WITH_A_RECIPIENT_OR_PLACE: list[tuple[str, list[Row]]] = [
    # an interpolated tag with a recipient or a prepositional phrase before its comma: the clause goes on after it
    ("Instead, Ann Lee told CNN, her plan would be “to wait and see” if she wins.",
     [("Ann Lee", "told", "Instead her plan would be “to wait and see” if she wins")]),
    ("The plan is dead, Ann Lee told CNN, adding that it was sad.",
     [("Ann Lee", "told", "The plan is dead"), ("Ann Lee", "adding", "it was sad")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_WITH_A_RECIPIENT_OR_PLACE)
def test_a_tag_with_a_recipient_or_place(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NOUN_OBJECT_BEFORE_A_COORDINATED_PASSIVE: list[tuple[str, list[Row]]] = [
    # a noun-phrase object ends at "and" with a passive or perfect of the subject's; a clause object goes on
    ("Ann Lee claimed self-defense and was acquitted of murder the next year.",
     [("Ann Lee", "claimed", "self-defense")]),
    ("Ann Lee denied the charge and has since resigned.", [("Ann Lee", "denied", "the charge")]),
    ("Ann Lee said she fell ill last year and was dismayed by the rules.",
     [("Ann Lee", "said", "she fell ill last year and was dismayed by the rules")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_OBJECT_BEFORE_A_COORDINATED_PASSIVE)
def test_a_noun_object_before_a_coordinated_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAMING_BY_A_TERM: list[tuple[str, list[Row]]] = [
    # a degree adverb opens the complement after the object ("called the figures very low")
    ("The fire marshal called the early counts of damaged homes very low.",
     [("The fire marshal", "called", "the early counts of damaged homes very low")]),
    ("Ann Lee called the new budget far too optimistic.", [("Ann Lee", "called", "the new budget far too optimistic")]),
    # "termed" with or without "as"
    ("The union leader termed the pay offer an insult.", [("The union leader", "termed", "the pay offer an insult")]),
    ("Tom Berg termed the protests as a passing storm.", [("Tom Berg", "termed", "the protests as a passing storm")]),
    ("The inspectors called the old bridge extremely dangerous.",
     [("The inspectors", "called", "the old bridge extremely dangerous")]),
    # "term" and "terms" are nouns as often: no cue
    ("The terms the union accepted were generous.", []),
    # a second cue joined to a trailing tag takes the tag's speaker
    ("The talks had failed, the mayor said and termed the offer a joke.",
     [("the mayor", "termed", "the offer a joke")]),
    # no complement, no naming: an object alone, a time or place after it, "as" after "called", a passive
    ("The council will consider the proposal on Monday.", []),
    ("The board considered the request.", []),
    ("Neighbours called the police as the fire spread.", []),
    ("The river is considered a danger to swimmers.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_BY_A_TERM)
def test_naming_by_a_term(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


# English round en32: a message verb with the place it went up on before "that" (englishshapes.message_that), a
# tag with a recipient and a frame far before its quote (leadtags._far_frame), a broadcaster's number before a cue
# that is also a noun (wordclass._station_number); end to end, one table per rule.
#
# Every sentence here is written for these tests.
run_2 = rows_in("en")


MESSAGE_THAT: list[tuple[str, list[Row]]] = [
    # a message verb, the place it went up on, then "that" and a clause
    ("Ann Berg, a local farmer, posted on social media that the council made a poor choice.",
     [("Ann Berg", "posted", "the council made a poor choice")]),
    ("The club posted on Facebook that the match would go ahead.",
     [("The club", "posted", "the match would go ahead")]),
    ("Tom Reed posted on his Instagram account that the dam had burst.",
     [("Tom Reed", "posted", "the dam had burst")]),
    ("The head teacher emailed that the school would stay shut.",
     [("The head teacher", "emailed", "the school would stay shut")]),
    # an object with a relative clause, or a result posted: nothing reported
    ("Tom Reed posted a photo that showed the flooded street.", []),
    ("The mill posted a loss that shocked investors.", []),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGE_THAT)
def test_a_message_verb_before_that(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected


FAR_FRAME_BEFORE_QUOTE: list[tuple[str, list[Row]]] = [
    # a recipient and a frame of where, when or how between the cue and the comma before the quote
    ("Tom Reed told the Daily Post in a written statement, “The plant will stay open.”",
     [("Tom Reed", "told", "The plant will stay open")]),
    ("The prosecutor told the jury in her closing argument, “Nobody else had a motive.”",
     [("The prosecutor", "told", "Nobody else had a motive")]),
    ("Ann Berg said during the hearing on Monday in the town hall, “Nobody should doubt our support.”",
     [("Ann Berg", "said", "Nobody should doubt our support")]),
    ("Tom Reed told the crowd outside the court near the old harbour, “We will win this case.”",
     [("Tom Reed", "told", "We will win this case")]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_FRAME_BEFORE_QUOTE)
def test_a_far_frame_before_the_quote(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected


STATION_NUMBER: list[tuple[str, list[Row]]] = [
    # a broadcaster's number before a cue that is also a noun: the name's, not a count of reports
    ("The crowd grew after dark, ABC 6 reports.", [("ABC 6", "reports", "The crowd grew after dark")]),
    ("The bridge stayed shut all night, Channel 4 reports.",
     [("Channel 4", "reports", "The bridge stayed shut all night")]),
    ("Channel 9 claims that the mayor knew of the leak.", [("Channel 9", "claims", "the mayor knew of the leak")]),
    # a date or a determiner before the number: a count, no cue
    ("On March 12 reports emerged of a leak at the mill.", []),
    ("The 20 states the survey lists hold most of the seats.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATION_NUMBER)
def test_a_station_number_before_a_noun_cue(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected


def test_a_far_frame_leaves_a_split_quote_to_its_first_part() -> None:
    # "''A,'' he told X after Y, ''B''": the second part is no quote of its own with the tag before it
    text = ("The ''anger is like nothing I have seen before,'' he told Ann Lee of the Daily Post after the debate, "
            "''and I hope we can fix it.''")
    assert all(content != "and I hope we can fix it" for _, _, content in run_2(text))

"""Where an English content read after a cue ends (contentstop.py): a dash before a reporting participle, a clause
the writer narrates after a closed quotation, a coordinated reporting participle with "that", a dash and a
coordinator before a second report, an honorific in a contrasted subject, a closing phrase of the medium ("in a
tweet Sunday"); end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


DASH_BEFORE_A_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # "… — adding that B": the dash opens the speaker's next report, as a comma does
    ("Ann Lee said the bridge would close in May — adding that the ferry would run all summer.",
     [("Ann Lee", "said", "the bridge would close in May"), ("Ann Lee", "adding", "the ferry would run all summer")]),
    ("Tom Berg said the vote was fair - insisting that no ballots were lost.",
     [("Tom Berg", "said", "the vote was fair"), ("Tom Berg", "insisting", "no ballots were lost")]),
    # a dash before anything else stays inside what was said
    ("Ann Lee said the bridge would close — and the ferry with it.",
     [("Ann Lee", "said", "the bridge would close — and the ferry with it")]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_BEFORE_A_PARTICIPLE)
def test_a_dash_before_a_reporting_participle(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NARRATED_AFTER_A_CLOSED_QUOTE: list[tuple[str, list[Row]]] = [
    # "… was ''a disgrace,'' and he repeated …": the comma inside the marks, then the writer's clause
    ("The senator said the budget was ''a disgrace,'' and he repeated his demand for an audit.",
     [("The senator", "said", "the budget was ''a disgrace,''")]),
    ("Ann Lee said the report was “a fair summary,” and she later praised its authors.",
     [("Ann Lee", "said", "the report was “a fair summary,”"), ("she", "praised", "its authors")]),
    # a modal after the pronoun keeps the report going
    ("Ann Lee said the report was “a fair summary,” and she would sign it.",
     [("Ann Lee", "said", "the report was “a fair summary,” and she would sign it")]),
]


@pytest.mark.parametrize(("text", "expected"), NARRATED_AFTER_A_CLOSED_QUOTE)
def test_the_writer_narrates_after_a_closed_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED_PARTICIPLE_WITH_THAT: list[tuple[str, list[Row]]] = [
    # "warning that A and implying that B": a reporting verb's participle no cue list holds, with "that"
    ("The mayor spoke in the square, warning that the mill could close and implying that the owners were to blame.",
     [("The mayor", "warning", "the mill could close")]),
    # a progressive inside the content may go on ("was shouting and suggesting that …" stays with the clause)
    ("Tom Berg said the guard was shouting and implying that he would shoot.",
     [("Tom Berg", "said", "the guard was shouting and implying that he would shoot")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_PARTICIPLE_WITH_THAT)
def test_a_coordinated_reporting_participle_with_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DASH_AND_COORDINATOR_BEFORE_A_REPORT: list[tuple[str, list[Row]]] = [
    # "— but he said B", "— and later insisted that B": a second report after a dash
    ("Ann Lee said the plan was sound - but he said the town could not pay for it.",
     [("Ann Lee", "said", "the plan was sound"), ("he", "said", "the town could not pay for it")]),
    ("Tom Berg said the school would stay open — but she told parents that fees would rise.",
     [("Tom Berg", "said", "the school would stay open"), ("she", "told", "fees would rise")]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_AND_COORDINATOR_BEFORE_A_REPORT)
def test_a_dash_and_coordinator_before_a_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


HONORIFIC_IN_A_CONTRASTED_SUBJECT: list[tuple[str, list[Row]]] = [
    # ", but Mr. Berg was …": the writer's clause with a subject of its own; the honorific's period is no boundary
    ("Ann Lee told the board the cuts were needed, but Mr. Berg was furious about the plan.",
     [("Ann Lee", "told", "the cuts were needed")]),
    ("Ann Lee said the cuts were needed, but Dr. Berg insists they are not.",
     [("Ann Lee", "said", "the cuts were needed"), ("Dr. Berg", "insists", "they are not")]),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFIC_IN_A_CONTRASTED_SUBJECT)
def test_an_honorific_in_a_contrasted_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ASIDE_PARTICIPLES: list[tuple[str, list[Row]]] = [
    # "…, echoing a letter", "…, citing three crashes": the speaker's act or the writer's comment after the report
    # (`aside_participles.txt`)
    ("Ann Lee said the school should close, echoing a letter from the parents.",
     [("Ann Lee", "said", "the school should close")]),
    # (the reason cited is the speaker's own record: en41, citedreason.reason_cited)
    ("Tom Berg said the road was unsafe, citing three crashes last year.",
     [("Tom Berg", "said", "the road was unsafe"), ("Tom Berg", "citing", "three crashes last year")]),
    ("The council denied the claims, pointing to a survey of its tenants.",
     [("The council", "denied", "the claims")]),
    # a participle of no such act stays inside what was said
    ("Ann Lee said the team was tired, having played three games in a week.",
     [("Ann Lee", "said", "the team was tired, having played three games in a week")]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDE_PARTICIPLES)
def test_an_aside_participle_ends_the_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONCESSIVE_CLAUSE_OF_THE_WRITER: list[tuple[str, list[Row]]] = [
    # "…, though police refused …": a contrasted subject of its own with a past verb in -ed ends the report
    ("The organisers said 3,000 people joined the march, though police refused to give a figure.",
     [("The organisers", "said", "3,000 people joined the march")]),
    ("Ann Lee said the clinic had reopened, although officials declined to confirm it.",
     [("Ann Lee", "said", "the clinic had reopened")]),
    # "…, although it is unclear whether …": the writer's hedge ends the report
    ("The agency said 40 homes were damaged, although it is unclear whether any were destroyed.",
     [("The agency", "said", "40 homes were damaged")]),
    ("Tom Berg said the bridge would reopen in May, though it was not immediately clear how the repairs would be paid.",
     [("Tom Berg", "said", "the bridge would reopen in May")]),
    ("The hospital said two patients had tested positive, though it remains unknown where they were infected.",
     [("The hospital", "said", "two patients had tested positive")]),
    # "it" with an adjective of no unknowing stays inside what was said
    ("The company said the plant would close, though it is cheaper to keep it open.",
     [("The company", "said", "the plant would close, though it is cheaper to keep it open")]),
]


@pytest.mark.parametrize(("text", "expected"), CONCESSIVE_CLAUSE_OF_THE_WRITER)
def test_a_concessive_clause_of_the_writer(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MEDIUM_AT_THE_END: list[tuple[str, list[Row]]] = [
    # "… in a tweet Sunday", "… in an interview with X": the medium frames the saying, not what was said
    ("Ann Lee called the new toll “a scandal” in a tweet on Sunday.",
     [("Ann Lee", "called", "the new toll “a scandal”")]),
    ("Tom Berg said the strike would end soon in an interview with the local radio station.",
     [("Tom Berg", "said", "the strike would end soon")]),
    ("The governor described the levy as unfair in a separate television interview Friday.",
     [("The governor", "described", "the levy as unfair")]),
    ("The mayor said the pool would stay shut in his statement last week.",
     [("The mayor", "said", "the pool would stay shut")]),
    # a place, a clause after the medium, "the" before it or a medium inside a quotation stays inside what was said
    ("Ann Lee said the plan would work in a small town near the coast.",
     [("Ann Lee", "said", "the plan would work in a small town near the coast")]),
    ("Tom Berg said he had first seen the photo in a tweet that was later deleted.",
     [("Tom Berg", "said", "he had first seen the photo in a tweet that was later deleted")]),
    ("Ann Lee said the cheque was lost in the post.",
     [("Ann Lee", "said", "the cheque was lost in the post")]),
    ("Ann Lee said she had “read it in a tweet” before the meeting.",
     [("Ann Lee", "said", "she had “read it in a tweet” before the meeting")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_AT_THE_END)
def test_a_medium_phrase_at_the_end(text: str, expected: list[Row]) -> None:
    assert run(text) == expected



WHILE_ANOTHER_REPORTS: list[tuple[str, list[Row]]] = [
    # ", while/whereas" and a clause with a cue of its own: another source's report, not more of the first
    (("Provincial officials told reporters that just 12 people had been killed, while other media reported tolls "
     "above 100."), [("Provincial officials", "told", "just 12 people had been killed"),
                    ("other media", "reported", "tolls above 100")]),
    ("The governor said 40 homes were lost, whereas local newspapers reported far higher figures.",
     [("The governor", "said", "40 homes were lost"), ("local newspapers", "reported", "far higher figures")]),
    # ", while" with no cue after it stays inside what was said
    ("The mayor said the pool would close, while the library would stay open.",
     [("The mayor", "said", "the pool would close, while the library would stay open")]),
]


@pytest.mark.parametrize(("text", "expected"), WHILE_ANOTHER_REPORTS)
def test_while_and_another_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


WHILE_A_NOUN: list[tuple[str, list[Row]]] = [
    # a cue word after a determiner is a noun ("the recall list"): no other source's report
    ("The manager said a few staff have left, while others stay on the recall list for now.",
     [("The manager", "said", "a few staff have left, while others stay on the recall list for now")]),
]


@pytest.mark.parametrize(("text", "expected"), WHILE_A_NOUN)
def test_while_and_a_cue_word_as_a_noun(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

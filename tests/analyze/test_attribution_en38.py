"""English round en38 (PolNeAR train, missed records grouped by construction): a restrictive relative on the
object of "including", "among" or an aside participle has no main verb after it (clauses.restrictive_end,
`object_opener`); "suggest" with a person as subject reports only before a clause (sourcefirst._speaker_evidence,
`speaker_clause_evidence`); naming and questions in a relative clause between commas take the relative pronoun and
its antecedent as speaker and end where the main clause's verb comes (clauses._relative_subject,
clauses._relative_close); a person's sentence with no reporting verb closing on a colon before a quotation that ends
the paragraph gives them the quotation, cue ":" (leadtags.verb_colon); end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


OBJECT_RELATIVE: list[tuple[str, list[Row]]] = [
    # the antecedent is an object: the content runs to the comma or the sentence's end
    ("Most tenants backed the rent freeze, including many who say they would be forced to move.",
     [("who", "say", "they would be forced to move")]),
    ("The mayor sounded the alarm, echoing engineers who say the bridge has been known to sway in high winds.",
     [("who", "say", "the bridge has been known to sway in high winds")]),
    ("Few backed the plan, among them nurses who said they would be working longer shifts.",
     [("who", "said", "they would be working longer shifts")]),
    # a subject antecedent still ends before the main verb
    ("Parents who said they would be moving away backed the new school.",
     [("who", "said", "they would be moving away")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_RELATIVE)
def test_a_relative_on_an_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPEAKER_SUGGESTS: list[tuple[str, list[Row]]] = [
    # a person, a role or a name suggests a clause: what they said
    ("Dr. Vale suggests that the old dam was a large part of the problem.",
     [("Dr. Vale", "suggests", "the old dam was a large part of the problem")]),
    ("Several harbour engineers suggest the new pier could sink within a decade.",
     [("Several harbour engineers", "suggest", "the new pier could sink within a decade")]),
    # a document as before
    ("Recent surveys suggest that the ferry is losing riders.",
     [("Recent surveys", "suggest", "the ferry is losing riders")]),
    # a noun object or a bare verb after it: a proposal, nothing reported
    ("The coach suggests a long walk before every match.", []),
    ("The planner suggests the board meet again in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_SUGGESTS)
def test_suggests_with_a_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RELATIVE_NAMING: list[tuple[str, list[Row]]] = [
    # naming inside a relative between commas: the relative speaks for its antecedent, up to the main verb
    ("The former mayor, who has called the tunnel plan “a costly farce,” spoke at the meeting on Monday.",
     [("who", "called", "the tunnel plan “a costly farce,”")]),
    ("Ann Berg, who called the budget a disgrace, resigned from the board.",
     [("who", "called", "the budget a disgrace")]),
    # a question word at the start asks; no relative, no record
    ("Who called the budget a disgrace?", []),
    # the main clause names as before
    ("The union called the offer an insult.",
     [("The union", "called", "the offer an insult")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_NAMING)
def test_naming_in_a_relative_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERB_COLON: list[tuple[str, list[Row]]] = [
    # a person as subject, any verb, a colon, a quotation to the paragraph's end
    ("The coach went even further: “If we lose again, the season is over.”",
     [("The coach", ":", "If we lose again, the season is over")]),
    ("And Mr. Vale gave his rival a grudging compliment: “You always know where he stands.”",
     [("Mr. Vale", ":", "You always know where he stands")]),
    ("She has since apologized for the delay: “We should have warned the families sooner.”",
     [("She", ":", "We should have warned the families sooner")]),
    # no person, the first person, a shouted label, or words after the quotation: nothing
    ("The message on the gate was clear: “Keep out.”", []),
    ("I had one request: “Keep the gate shut.”", []),
    ("THE TOWN TURNS RED: “Every ward voted for the change.”", []),
]


@pytest.mark.parametrize(("text", "expected"), VERB_COLON)
def test_a_person_before_a_colon_and_a_quotation(text: str, expected: list[Row]) -> None:
    assert run(f"{OPENING}\n\n{text}") == expected


OPENING = "The council met on Monday to discuss the harbour budget."  # (the lead paragraph is read apart)

"""English attribution on real text (issue 10, en42), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str, tuple[str, ...]]  # source, cue, content, via


def run(text: str) -> list[Row]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content, tuple(a.via)) for a in attribute(art)]


OWN_TELLING: list[tuple[str, list[Row]]] = [
    # a speaker's account of an earlier telling of their own to someone: a record of its own, the speaker its via
    ("The farmer said he told inspectors the well had been dry for weeks.",
     [("The farmer", "said", "he told inspectors the well had been dry for weeks", ()),
      ("he", "told", "the well had been dry for weeks", ("The farmer",))]),
    ("Ms. Ortiz says she had told her manager that the machine was unsafe.",
     [("Ms. Ortiz", "says", "she had told her manager that the machine was unsafe", ()),
      ("she", "told", "the machine was unsafe", ("Ortiz",))]),
    # the same words restated by their speaker: one record
    ("The farmer said he believes the well will fill again in spring.",
     [("The farmer", "said", "he believes the well will fill again in spring", ())]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TELLING)
def test_own_telling(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FINDING_THAT: list[tuple[str, list[Row]]] = [
    # a verb of finding before "that" and a clause reports a finding, whoever the subject
    ("Economists at two colleges found that rents rose fastest near the new stations.",
     [("Economists at two colleges", "found", "rents rose fastest near the new stations", ())]),
    ("The safety inspectors found that two exits had been blocked.",
     [("The safety inspectors", "found", "two exits had been blocked", ())]),
    # a thing come upon, or "that" a pronoun before a preposition: no finding reported
    ("The safety inspectors found two blocked exits.", []),
    ("She enjoys her job and finds that in her garden too.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDING_THAT)
def test_finding_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPORTING: list[tuple[str, list[Row]]] = [
    # "reporting" before a clause: the phrase after "with", or the main clause's subject, reports it
    ("Prices kept rising, with the Valley Courier reporting that rents doubled in a year.",
     [("the Valley Courier", "reporting", "rents doubled in a year", ())]),
    ("The health board updated its figures on Friday, reporting that nine wards were closed.",
     [("The health board", "reporting", "nine wards were closed", ())]),
    # with a noun object: a thing reported or an act, no record
    ("The station was the first to air the footage, reporting the crash minutes after it happened.", []),
    ("She won an award for reporting on the floods.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTING)
def test_reporting_participle(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


HEDGED: list[tuple[str, list[Row]]] = [
    # a hedging verb and "to" before a cue and its clause: the saying took place; the cue is read with them
    ("The chairman appeared to confirm that the sale would go ahead.",
     [("The chairman", "appeared to confirm", "the sale would go ahead", ())]),
    ("Early results seem to show the new drug is safe for older patients.",
     [("Early results", "seem to show", "the new drug is safe for older patients", ())]),
    # with no clause after the cue, nothing reported
    ("The chairman seemed to say very little at the meeting.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_hedged_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BARE_CLAIM: list[tuple[str, list[Row]]] = [
    # a rejected claim noun and its clause with no "that": the clause is the claim
    ("The club has firmly rejected reports it was about to sell its stadium.",
     [("The club", "rejected", "it was about to sell its stadium", ())]),
    ("The ministry dismissed suggestions the border would close in May.",
     [("The ministry", "dismissed", "the border would close in May", ())]),
    # a relative clause after the noun: the claims themselves, as before
    ("The senator dismissed the claims her rival made on Sunday.",
     [("The senator", "dismissed", "the claims her rival made", ())]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_CLAIM)
def test_bare_claim_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MANNER_ADVERB: list[tuple[str, list[Row]]] = [
    # a manner adverb in -ly between an organisation's noun or a pronoun and its cue is no part of the source
    ("The bank swiftly denied that it had lost client data.",
     [("The bank", "denied", "it had lost client data", ())]),
    ("They flatly said that the deal was off.", [("They", "said", "the deal was off", ())]),
    # a noun in -ly is the source's head
    ("The town assembly said the vote would go ahead.", [("The town assembly", "said", "the vote would go ahead", ())]),
    ("The Okafor family said they were grateful for the help.",
     [("The Okafor family", "said", "they were grateful for the help", ())]),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_ADVERB)
def test_manner_adverb_after_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTRASTED_NAMES: list[tuple[str, list[Row]]] = [
    # ", while" and a run of titled names, then their own cue: a second speaker, the first content ends at the comma
    ("Gov. Ada Stone said the tax would stay, while Sen. Lu Park and Rep. Ed Kahn said it would go.",
     [("Gov. Ada Stone", "said", "the tax would stay", ()),
      ("Sen. Lu Park and Rep. Ed Kahn", "said", "it would go", ())]),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_NAMES)
def test_contrasted_names(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REFUSALS: list[tuple[str, list[Row]]] = [
    # a refusal in the progressive is no attribution
    ("\"We're not commenting on market rumours,\" a bank spokesman told the Courier.", []),
    ("\"We will not be commenting while the case is open,\" the club said.", []),
    # a refusal with something said after it stays
    ("\"We're not commenting on rumours, but the plant will stay open,\" she said.",
     [("she", "said", "We're not commenting on rumours, but the plant will stay open", ())]),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_progressive_refusals(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POINTED_OUT: list[tuple[str, list[Row]]] = [
    # "pointed out" before a clause with no "that"
    ("The coroner pointed out the road had no lights at the time.",
     [("The coroner", "pointed out", "the road had no lights at the time", ())]),
    # a second verb of the same speaker with no "that", joined by "and"
    ("The mayor said the budget was tight and conceded some posts would go.",
     [("The mayor", "said", "the budget was tight", ()), ("The mayor", "conceded", "some posts would go", ())]),
    # a thing pointed at, or an adjective in a series of nouns: no record
    ("The guide pointed out the old mill on the river.", []),
    ("Reports of his debts and alleged bribes have not hurt him.", []),
]


@pytest.mark.parametrize(("text", "expected"), POINTED_OUT)
def test_pointed_out_and_joined_bare_clauses(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SURNAME_LABELS: list[tuple[str, list[Row]]] = [
    # a surname of a full name the article gives, as a label before a colon and a quote: that speaker's words
    (("Mayor Ana Ruiz and Ben Okoro, a councillor, disagree on the plan.\n\n"
      "Ruiz: \"The bridge must be rebuilt this year.\"\n\nOkoro: \"We cannot pay for it.\""),
     [("Ruiz", ":", "The bridge must be rebuilt this year", ()), ("Okoro", ":", "We cannot pay for it", ())]),
    # a word the article gives as no name: a heading, no speaker
    ("Mayor Ana Ruiz spoke on Monday.\n\nVerdict: \"A bridge too far.\"", []),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_LABELS)
def test_surname_labels(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RUMOURED_CLAIMS: list[tuple[str, list[Row]]] = [
    # a preposition of circumstance, a claim noun, "that" and a clause: a claim nobody is named for
    ("Bond prices slid amid reports that the central bank would raise rates.",
     [(None, "reports", "the central bank would raise rates", ())]),
    ("Despite claims that the ferry was overloaded, the operator kept sailing.",
     [(None, "claims", "the ferry was overloaded", ())]),
    # a relative clause after the noun: no claim
    ("Bond prices slid amid reports that were later withdrawn.", []),
]


@pytest.mark.parametrize(("text", "expected"), RUMOURED_CLAIMS)
def test_rumoured_claims(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUESTION_TOPIC: list[tuple[str, list[Row]]] = [
    # "asked" the person, then "about" and a question word: a topic, no question put
    ("The prosecutor asked the driver about where he had spent the night.", []),
    # a question put, with or without the person asked
    ("The prosecutor asked the driver where he had spent the night.",
     [("The prosecutor", "asked", "where he had spent the night", ())]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_TOPIC)
def test_question_topic(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RECIPIENT_ONLY: list[tuple[str, list[Row]]] = [
    # a speech cue, "to" and the one told, and no words reported after them (its object is a relative's gap)
    ("She repeated the figures that the agent suggested to her over several earlier calls.", []),
    # an infinitive after the cue, or words reported after the recipient, are no recipient alone
    ("Both candidates are vowing to restore the rail link.",
     [("Both candidates", "vowing", "to restore the rail link", ())]),
    ("The coach said to reporters that the team was tired.", [("The coach", "said", "the team was tired", ())]),
]


@pytest.mark.parametrize(("text", "expected"), RECIPIENT_ONLY)
def test_recipient_only(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

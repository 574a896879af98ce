"""English round en41 (issue 10, a lexicon audit of news reporting verbs, written from general English usage): one
table per word class. Signalling reports before "that" (lang/en/cues_speech.tsv, class `that`), never
as a noun; "believed" is no cue (a participle of description as often); the one warned or promised before "that" is no part of the
claim (recipientobj._told_before_that, function_words `recipient_cue`); the verbs and phrases the audit found
already covered stay covered; "contend" takes a clause with or without "that" (class `opinion`); a tag verb after
"and" with an infinitive, a gerund or a preposition is an act inside the reported clause, not a second report
(contentstop._tag_verb_acting: "… and continued to fire"); and a participle after its noun and a time phrase, before
a modal or a comma closing a prepositional opener, reports nothing (cueguards.reduced_relative: "With the cuts
announced Wednesday, …"); a tagless quotation the page's text breaks off in gives no continuation record
(continuing._cut_off); "X was quoted as saying C" is X's report (tails._quoted_passive); listed `that` cues ("conceded", "maintains") take a clause with no
"that" as well, never a noun object (bareclause.bare_that_clause); a reason after "citing" (no capital, no source word) is the
main clause subject's claim (citedreason.reason_cited).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


SIGNAL: list[tuple[str, list[Row]]] = [
    ("The coach signaled that he would stay another season.",
     [("The coach", "signaled", "he would stay another season")]),
    ("The central bank signalled that rates would hold.",
     [("The central bank", "signalled", "rates would hold")]),
    # nouns and objects report nothing
    ("The vote was a signal that the party is divided.", []),
    ("The ship signalled its position to the harbour.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNAL)
def test_signalling(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BELIEVED_DESCRIBES: list[tuple[str, list[Row]]] = [
    # "believed" is no cue: mostly a participle of description or a passive
    ("Police said the driver, believed to be in his 30s, left the scene.",
     [("Police", "said", "the driver, believed to be in his 30s, left the scene")]),
    ("Firefighters said the blaze began in a barn and was believed to have spread fast.",
     [("Firefighters", "said", "the blaze began in a barn and was believed to have spread fast")]),
    ("The missing hikers are believed to be safe.", []),
]


@pytest.mark.parametrize(("text", "expected"), BELIEVED_DESCRIBES)
def test_believed_describes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RECIPIENT_BEFORE_THAT: list[tuple[str, list[Row]]] = [
    ("The health board warned residents that the tap water was unsafe.",
     [("The health board", "warned", "the tap water was unsafe")]),
    ("The governor promised voters that no hospital would close.",
     [("The governor", "promised", "no hospital would close")]),
    ("Engineers warned the city council that the bridge could fail.",
     [("Engineers", "warned", "the bridge could fail")]),
    # no recipient: the clause right after "that"
    ("Forecasters warned that the river could flood.",
     [("Forecasters", "warned", "the river could flood")]),
]


@pytest.mark.parametrize(("text", "expected"), RECIPIENT_BEFORE_THAT)
def test_the_one_warned_or_promised(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AUDITED: list[tuple[str, list[Row]]] = [
    ("The shepherd recounted how the storm tore the roof off his hut.",
     [("The shepherd", "recounted", "the storm tore the roof off his hut")]),
    ("The pilot testified that the radio had failed.",
     [("The pilot", "testified", "the radio had failed")]),
    ("The landlord insisted that the rent was fair.",
     [("The landlord", "insisted", "the rent was fair")]),
    ("The referee conceded that the goal should have stood.",
     [("The referee", "conceded", "the goal should have stood")]),
    ("The trainer has maintained that the horse was healthy.",
     [("The trainer", "maintained", "the horse was healthy")]),
    ("The harbour master reiterated that the ferry would sail.",
     [("The harbour master", "reiterated", "the ferry would sail")]),
    ("The surveyor pointed out that the wall was older than the house.",
     [("The surveyor", "pointed out", "the wall was older than the house")]),
    ("\u201cWe stay open,\u201d said Okafor.",
     [("Okafor", "said", "We stay open")]),
    ("\u201cThe pool is closed,\u201d the notice continued. \u201cSwimmers should use the lake.\u201d",
     [("the notice", "continued", "The pool is closed Swimmers should use the lake")]),
    ("The singer reportedly cancelled the tour.",
     [(None, "reportedly", "The singer reportedly cancelled the tour")]),
    ("It has been claimed that the mill polluted the stream.",
     [(None, "has been claimed", "the mill polluted the stream")]),
    # not attributions: a refusal to comment, a directive
    ("The spokeswoman declined to comment.", []),
    ("The council urged drivers to stay off the roads.", []),
]


@pytest.mark.parametrize(("text", "expected"), AUDITED)
def test_audited_reporting_forms(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTEND: list[tuple[str, list[Row]]] = [
    # contending takes a clause with or without "that", as arguing does
    ("Defence lawyers contend the search broke the rules.",
     [("Defence lawyers", "contend", "the search broke the rules")]),
    ("The landlord contended that the flat was let legally.",
     [("The landlord", "contended", "the flat was let legally")]),
    # "contend with", "contend for": no clause, no report
    ("Coastal towns must contend with rising seas.", []),
    ("Four clubs will contend for the cup.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTEND)
def test_contending(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAG_VERB_ACTING: list[tuple[str, list[Row]]] = [
    # a tag verb after "and" with an infinitive, a gerund or a preposition is an act in the reported clause
    ("Police say the crew left the boat and continued to signal for help.",
     [("Police", "say", "the crew left the boat and continued to signal for help")]),
    ("The ranger said the bears crossed the road and went on eating berries.",
     [("The ranger", "said", "the bears crossed the road and went on eating berries")]),
    ("The union says the strike began at dawn and continued into the evening.",
     [("The union", "says", "the strike began at dawn and continued into the evening")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_VERB_ACTING)
def test_a_tag_verb_acting_in_the_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REDUCED_RELATIVE: list[tuple[str, list[Row]]] = [
    # a participle after its noun, a time phrase, then a modal, an auxiliary or "be": no report
    ("The closures announced today will affect three schools.", []),
    ("The fares announced last week are the highest yet.", []),
    # after a prepositional opener, closed by a comma
    ("With the savings announced Friday, the council will balance its budget.", []),
    # a report with a time phrase stays one
    ("The council announced Friday that the library would close.",
     [("The council", "announced", "the library would close")]),
    ("The agency said today the border would reopen.",
     [("The agency", "said", "the border would reopen")]),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED_RELATIVE)
def test_a_participle_after_its_noun(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CUT_OFF: list[tuple[str, list[Row]]] = [
    # a tagless quotation the text breaks off in (no closing mark at its end): no continuation record for its cut sentence
    (("The coach spoke after the game.\n\n\u201cWe played well,\u201d the coach said.\n\n"
      "\u201cWe will not stop until the last ga"),
     [("the coach", "said", "We played well")]),
    # its whole sentences before the one broken off continue the speaker
    (("The coach spoke after the game.\n\n\u201cWe played well,\u201d the coach said.\n\n"
      "\u201cThe fans were loud. Mr. Hale kept us calm. We will not stop until the last ga"),
     [("the coach", "said", "We played well"), ("the coach", None, "The fans were loud. Mr. Hale kept us calm.")]),
    # a whole one continues the speaker
    (("The coach spoke after the game.\n\n\u201cWe played well,\u201d the coach said.\n\n"
      "\u201cWe will not stop until the last game.\u201d"),
     [("the coach", "said", "We played well"), ("the coach", None, "We will not stop until the last game")]),
]


@pytest.mark.parametrize(("text", "expected"), CUT_OFF)
def test_a_quotation_the_text_breaks_off_in(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_PASSIVE: list[tuple[str, list[Row]]] = [
    # "X was quoted as saying C": the subject before "be" speaks, the cue runs from "be" over "as saying"
    ("The harbour master was quoted as saying the ferry would sail.",
     [("The harbour master", "was quoted as saying", "the ferry would sail")]),
    ("On Friday, the ministers were quoted as saying that talks had stalled.",
     [("the ministers", "were quoted as saying", "talks had stalled")]),
    # the active form as before: the one quoted speaks
    ("The weekly quoted the harbour master as saying the ferry would sail.",
     [("the harbour master", "as saying", "the ferry would sail")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_PASSIVE)
def test_quoted_as_saying_in_the_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BARE_THAT: list[tuple[str, list[Row]]] = [
    # listed `that` cues (function_words bare_that) take a clause with no "that" too
    ("The referee conceded the penalty was a mistake.",
     [("The referee", "conceded", "the penalty was a mistake")]),
    ("The landlord maintains he never received the letter.",
     [("The landlord", "maintains", "he never received the letter")]),
    ("Tenants complained the heating had failed again.",
     [("Tenants", "complained", "the heating had failed again")]),
    # a noun object reports nothing
    ("The visitors conceded three goals before half-time.", []),
    ("The county maintained the bridge for decades.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_THAT)
def test_a_clause_with_no_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CITED_REASON: list[tuple[str, list[Row]]] = [
    # a reason cited (no capital, no source word): the main clause's subject gives it
    ("The dockers walked off the job, citing broken cranes on the quay.",
     [("The dockers", "citing", "broken cranes on the quay")]),
    ("The singer cancelled the tour, citing exhaustion.",
     [("The singer", "citing", "exhaustion")]),
    # a source cited keeps its record as before
    ("Prices will rise, citing officials at the port.", [("officials at the port", "citing", "Prices will rise")]),
    ("The ferry stopped running, citing Harbour Radio.", [("Harbour Radio", "citing", "The ferry stopped running")]),
]


@pytest.mark.parametrize(("text", "expected"), CITED_REASON)
def test_a_reason_cited(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

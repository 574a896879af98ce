"""Danish shapes of real news pages, issue 10 (da13): hearsay "skulle være" before an event's state or in a cleft
("Det skulle være føreren, der er dræbt"), and a hearsay claim ending before the speaker's own inverted main clause
("…, og mere kan jeg ikke sige"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

SKULLE_VAERE = [
    # past "skulle være" before a state an event left: hearsay, nobody's
    ("Der skulle være tale om to unge mænd fra byen.", "da",
     [(None, "skulle være", "Der skulle være tale om to unge mænd fra byen")]),
    ("Ingen skulle være kommet alvorligt til skade ved branden.", "da",
     [(None, "skulle være", "Ingen skulle være kommet alvorligt til skade ved branden")]),
    ("Røveriet skulle være sket ved midnat.", "da", [(None, "skulle være", "Røveriet skulle være sket ved midnat")]),
    # a cleft whose relative clause names the state: hearsay too
    ("Det skulle være kvinden, der er såret.", "da", [(None, "skulle være", "Det skulle være kvinden, der er såret")]),
    ("Det skulle være den yngste af de to, som er anholdt.", "da",
     [(None, "skulle være", "Det skulle være den yngste af de to, som er anholdt")]),
    # a plan, a duty or a wish: no report, also in a relative clause or a cleft without a state
    ("Mødet skulle være færdigt klokken ti.", "da", []),
    ("Han skulle være i skole klokken otte, men kom for sent.", "da", []),
    ("Det skulle være en hyggelig aften for hele familien.", "da", []),
    ("Det var formanden, som skulle være vært ved mødet.", "da", []),
    ("Det skulle være borgmesteren, der åbnede festen.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", SKULLE_VAERE)
def test_skulle_vaere_is_hearsay_before_a_state(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


OWN_CLAUSE = [
    # the hearsay claim ends before "og" and an inverted main clause of the speaker's own (a word, a finite verb,
    # a personal pronoun)
    ("Det skal være føreren, der er død, og mere kan vi ikke sige.", "da",
     [(None, "skal være", "Det skal være føreren, der er død")]),
    ("Manden skal være anholdt i nat, og mere kan jeg ikke sige.", "da",
     [(None, "skal være", "Manden skal være anholdt i nat")]),
    ("Mannen skal være pågrepet, og mer kan jeg ikke si.", "no", [(None, "skal være", "Mannen skal være pågrepet")]),
    ("Huset skal være nedbrændt, og nu venter vi på teknikerne.", "da",
     [(None, "skal være", "Huset skal være nedbrændt")]),
    # a second clause with no pronoun after its verb stays in the claim
    ("Manden skal være anholdt, og senere kom hans bror til.", "da",
     [(None, "skal være", "Manden skal være anholdt, og senere kom hans bror til")]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_CLAUSE)
def test_a_hearsay_claim_ends_before_the_speakers_own_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SUBJECT_ADVERBS = [
    # a sentence adverb between the subject and its verb is no part of the source
    ("Selvom kommunen ellers har oplyst, at skolen lukker, er den stadig åben.", "da",
     [("kommunen", "oplyst", "skolen lukker")]),
    ("Ministeriet har dog oplyst, at fristen holder.", "da", [("Ministeriet", "oplyst", "fristen holder")]),
    ("Kommunen ellers har opplyst at skolen stenges.", "no", [("Kommunen", "opplyst", "skolen stenges")]),
    # after the cue, a sentence adverb before "at" is no part of the claim
    ("Borgmesteren mener faktisk, at budgettet holder.", "da", [("Borgmesteren", "mener", "budgettet holder")]),
    ("Ordføreren mener egentlig at budsjettet holder.", "no", [("Ordføreren", "mener", "budsjettet holder")]),
]


@pytest.mark.parametrize("text,lang,expected", SUBJECT_ADVERBS)
def test_a_sentence_adverb_is_no_part_of_source_or_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

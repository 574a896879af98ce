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


CLEFT_STATEMENTS = [
    # an expletive and a copula, an owner's statement noun and its clause: the owner the source, the noun the cue
    ("Det er politiets vurdering, at branden er påsat.", "da", [("politiets", "vurdering", "branden er påsat")]),
    ("Overordnet set er det udvalgets opfattelse, at fristen er for kort.", "da",
     [("udvalgets", "opfattelse", "fristen er for kort")]),
    ("Det er Foreningen for Lærernes holdning, at klasserne er for store.", "da",
     [("Foreningen for Lærernes", "holdning", "klasserne er for store")]),
    ("Det er hans påstand, at pengene aldrig kom frem.", "da", [("hans", "påstand", "pengene aldrig kom frem")]),
    ("Det er politiets vurdering at brannen er påsatt.", "no", [("politiets", "vurdering", "brannen er påsatt")]),
    # no owner or no statement noun: no report
    ("Det er kommunens ansvar, at vejen bliver ryddet.", "da", []),
    ("Det er en udbredt opfattelse, at skatten er for høj.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", CLEFT_STATEMENTS)
def test_a_cleft_statement_noun_labels_its_owners_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_cleft_statement_inside_a_quotation_is_its_owners_claim() -> None:
    text = "'Det er politiets vurdering, at branden er påsat,' står der i rapporten fra kommunen."
    assert ("politiets", "vurdering", "branden er påsat") in bylined_rows(text, "da")


DECLARED_STATUS = [
    # "erklæret død", "erklæret konkurs": a status a declaration gives, not a report
    ("Manden blev erklæret død på stedet.", "da", []),
    ("Kvinden er nu officielt erklæret død af en læge.", "da", []),
    ("Firmaet blev erklæret konkurs i sidste uge.", "da", []),
    ("Mannen ble erklært død på stedet.", "no", []),
    # a declaration with its clause stays a report
    ("Ministeren erklærede, at krisen var ovre.", "da", [("Ministeren", "erklærede", "krisen var ovre")]),
]


@pytest.mark.parametrize("text,lang,expected", DECLARED_STATUS)
def test_a_declared_status_is_no_report(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ATTRIBUTIVE_AFTER_OM = [
    # a past form between the topic preposition "om" and its noun is an adjective, also after a passive's auxiliary
    ("Kilden er anonym, og der er ikke tale om bekræftede oplysninger.", "da", []),
    ("Der er tale om bekræftede tilfælde i tre kommuner.", "da", []),
    ("Kilden er anonym, og det er ikke snakk om bekreftede opplysninger.", "no", []),
    # "om" before a clause stays a report's topic
    ("Politiet har meldt om, at to er anholdt.", "da", [("Politiet", "meldt om", "to er anholdt")]),
]


@pytest.mark.parametrize("text,lang,expected", ATTRIBUTIVE_AFTER_OM)
def test_a_past_form_after_om_before_its_noun_is_an_adjective(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FRONTED_BEFORE_PASSIVE = [
    # a phrase with "fra" fronted before the passive's auxiliary is no agent: the report is nobody's
    ("Helt fra starten blev der slået fast, at to var døde.", "da", [(None, "blev der slået fast", "to var døde")]),
    ("Lige fra begyndelsen blev det oplyst, at vejen var spærret.", "da", [(None, "blev det oplyst", "vejen var spærret")]),
    # "fra" after the auxiliary names the body the report came from
    ("I går blev der fra politiets side meldt om, at to var anholdt.", "da",
     [("politiets side", "meldt om", "to var anholdt")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_BEFORE_PASSIVE)
def test_a_fronted_fra_phrase_is_no_passive_agent(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

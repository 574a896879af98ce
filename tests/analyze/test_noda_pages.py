"""Norwegian and Danish shapes of real news pages, a fifth round (issue 10): an adjective "enkelt" inside the
subject after a fronted phrase, a relative clause on an object with a place, a split "kunne … fortælle" with a
time phrase or an indirect object inside, "Sådan lød ordene fra X" about the quotation before, a quotation after
a paragraph that names its speaker, and website nouns typed media. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.wordtypes import word_type

from .conftest import Row, bylined_attributions, bylined_rows

ADJECTIVE_IN_SUBJECT = [
    # "en enkelt X" is one phrase: after a fronted phrase it is the subject, not the fronted words
    ("Blandt andet forklarer en enkelt kunde, at han ventede i to timer.", "da",
     [("en enkelt kunde", "forklarer", "han ventede i to timer")]),
    ("Senere fortalte en enkelt beboer, at vinduerne sprang.", "da",
     [("en enkelt beboer", "fortalte", "vinduerne sprang")]),
    ("Senere forteller en enkelt beboer at vinduene knuste.", "no",
     [("en enkelt beboer", "forteller", "vinduene knuste")]),
]


@pytest.mark.parametrize("text,lang,expected", ADJECTIVE_IN_SUBJECT)
def test_an_adjective_inside_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


RELATIVE_ON_OBJECT = [
    # "havde en medarbejder på stedet, som kunne fortælle": the relative stands for the object and its place
    ("Avisen havde en fotograf på stedet, som kunne fortælle, at der lå glas overalt.", "da",
     ["en fotograf på stedet"]),
    ("Kanalen hadde en reporter på stedet, som kunne fortelle at det var mye røyk.", "no",
     ["en reporter på stedet"]),
    # the agent of a passive before the comma stays the antecedent
    ("Planen blev rost af Dansk Industri, der fortalte, at den skaber job.", "da", ["Dansk Industri"]),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_ON_OBJECT)
def test_a_relative_on_an_object_with_a_place(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source_name for a in bylined_attributions(text, lang)] == expected


SPLIT_MODAL = [
    # "kunne … fortælle" with a time phrase, a date or an indirect object inside: the cue is its two words
    ("Avisen kunne tirsdag fortælle, at direktøren stopper.", "da",
     [("Avisen", "kunne fortælle", "direktøren stopper")]),
    ("Bladet kunne den 3. marts fortælle sine læsere, at fabrikken lukker.", "da",
     [("Bladet", "kunne fortælle", "fabrikken lukker")]),
    ("Han kan også fortælle, at vejen var spærret.", "da", [("Han", "kan fortælle", "vejen var spærret")]),
    ("Avisen kunne mandag fortelle at rektor går av.", "no", [("Avisen", "fortelle", "rektor går av")]),
    ("Selskapet fortalte sine ansatte at fabrikken legges ned.", "no",
     [("Selskapet", "fortalte", "fabrikken legges ned")]),
]


@pytest.mark.parametrize("text,lang,expected", SPLIT_MODAL)
def test_a_split_modal_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SOUNDED = [
    # "Sådan lød (de korte) ord(ene) fra X": the quotation before is X's
    ("»Vi har styr på branden.«\n\nSådan lød de korte ord fra vagtchefen ved Fyns Politi, da avisen ringede.", "da",
     [("vagtchefen ved Fyns Politi", "lød", "Vi har styr på branden")]),
    ("»Alle er kommet ud.«\n\nSådan lyder meldingen fra beredskabet.", "da",
     [("beredskabet", "lyder", "Alle er kommet ud")]),
    ("– Alle er kommet ut.\n\nSlik lød beskjeden fra brannvesenet.", "no",
     [("brannvesenet", "lød", "Alle er kommet ut")]),
    # "lyder" with no source phrase reports nothing
    ("Navnet lyder kendt for mange.", "da", []),
    ("Det lyder godt, mener formanden.", "da", [("formanden", "mener", "Det lyder godt")]),
]


@pytest.mark.parametrize("text,lang,expected", SOUNDED)
def test_words_that_sounded_from_a_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


BRIDGE = [
    # a paragraph with no record that names one earlier speaker hands the next tagless quotation to that speaker
    (("– Svaret var svakt, sier økonom Lise Dahl.\n\n– Vi ser på saken, sier Per Holm.\n\n"
     "Dette får Dahl til å reagere.\n\n– Det er ikke godt nok."), "no",
     ["Lise Dahl", "Per Holm", "Lise Dahl"]),
    (("- Svaret var svagt, siger økonom Lise Dahl.\n\n- Vi ser på sagen, siger Per Holm.\n\n"
     "Det får Dahl til at reagere.\n\n- Det er ikke godt nok."), "da",
     ["Lise Dahl", "Per Holm", "Lise Dahl"]),
    # a paragraph naming the last speaker, or two speakers, keeps the last speaker
    (("– Svaret var svakt, sier økonom Lise Dahl.\n\n– Vi ser på saken, sier Per Holm.\n\n"
     "Holm og Dahl møttes i går.\n\n– Vi gjør det vi kan."), "no",
     ["Lise Dahl", "Per Holm", "Per Holm"]),
]


@pytest.mark.parametrize("text,lang,expected", BRIDGE)
def test_a_quotation_after_a_paragraph_naming_its_speaker(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source_name for a in bylined_attributions(text, lang)] == expected


@pytest.mark.parametrize("word,lang,typ", [
    ("aktiesite", "da", "media"), ("nyhedssitet", "da", "media"), ("nettstedet", "no", "media"),
])
def test_website_nouns_are_media(word: str, lang: str, typ: str) -> None:
    assert word_type(word, lang) == typ


QUESTION_AND_ANSWER = [
    # a paragraph of one question, answered in the next dash paragraph, is the interviewer's (no second person)
    ("– Vi bygger skolen, sier rektor Eva Lie.\n\n– Hvor skal pengene komme fra?\n\n– Fra budsjettet, svarer Lie.",
     "no", [("rektor Eva Lie", "sier", "Vi bygger skolen"), ("Lie", "svarer", "Fra budsjettet")]),
    ("- Vi bygger skolen, siger rektor Eva Lie.\n\n- Hvornår står den klar?\n\n- Til sommer, svarer Lie.",
     "da", [("rektor Eva Lie", "siger", "Vi bygger skolen"), ("Lie", "svarer", "Til sommer")]),
    # a question inside a longer quotation paragraph stays the speaker's
    ("– Vi bygger skolen, sier rektor Eva Lie.\n\n– Hvem skal ellers gjøre det? Det er vår jobb.", "no",
     [("rektor Eva Lie", "sier", "Vi bygger skolen"),
      ("rektor Eva Lie", None, "Hvem skal ellers gjøre det? Det er vår jobb")]),
]


@pytest.mark.parametrize("text,lang,expected", QUESTION_AND_ANSWER)
def test_an_interviewers_question(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NOT_REPORTS = [
    # "efter det oplyste"/"etter det opplyste" (by what was stated): a participle used as a noun, no speaker
    ("Efter det oplyste er manden anholdt.", "da", []),
    ("Han skal efter det oplyste have sagt op.", "da",
     [(None, "skal have", "Han skal efter det oplyste have sagt op")]),
    ("Han skal etter det opplyste ha sagt opp.", "no", [(None, "skal ha", "Han skal etter det opplyste ha sagt opp")]),
    # but a fronted "Efter det" with a subject after the verb is V2
    ("Efter det oplyste politiet, at vejen var spærret.", "da", [("politiet", "oplyste", "vejen var spærret")]),
    # "forklare seg/sig" (give one's statement) reports no words
    ("Han forklarte seg for retten i går.", "no", []),
    ("Hun forklarede sig i retten tirsdag.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", NOT_REPORTS)
def test_not_reports(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_an_outlet_abbreviation_before_a_verb_is_media() -> None:
    assert [a.source_type for a in bylined_attributions("Ifølge B.T. skal manden have været beruset.", "da")] == ["media"]


def test_overfor_after_an_affiliation_names_the_medium() -> None:
    (a,) = bylined_attributions("Mannen er pågrepet.\n\nDet bekrefter Kari Lund i Oslo politidistrikt overfor TV 2.", "no")
    assert a.via == ("TV 2",)


TAG_THEN_COORDINATED_CUE = [
    # "– Q, sier X og legger til at C": the second cue's speaker is X, not "sier X"
    ("– Vi har kontroll, sier Trond Aas og legger til at veien snart åpner.", "no",
     [("Trond Aas", "sier", "Vi har kontroll"), ("Trond Aas", "legger til", "veien snart åpner")]),
    ("- Vi har styr på det, siger Ole Lund og tilføjer, at vejen snart åbner.", "da",
     [("Ole Lund", "siger", "Vi har styr på det"), ("Ole Lund", "tilføjer", "vejen snart åbner")]),
]


@pytest.mark.parametrize("text,lang,expected", TAG_THEN_COORDINATED_CUE)
def test_a_tag_then_a_coordinated_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("– Det smalt, sier en nabo, som ikke vil stå fram med navn, til NRK.", "no"),
    ("- Det bragede, siger en mand, der ikke ønsker at stå frem med navn, til TV 2.", "da"),
    ("– Det smalt, sier en mann, som ikke vil ha navnet sitt i avisen.", "no"),
])
def test_an_anonymous_speaker_after_a_comma(text: str, lang: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == ["unnamed"]


@pytest.mark.parametrize("text,lang,source", [
    ("Også Norsk Folkehjelp bekrefter at de var på stedet.", "no", "Norsk Folkehjelp"),
    ("Også Dansk Røde Kors bekræfter, at de var til stede.", "da", "Dansk Røde Kors"),
])
def test_a_focus_adverb_is_no_part_of_the_source(text: str, lang: str, source: str) -> None:
    assert [a.source for a in bylined_attributions(text, lang)] == [source]


def test_a_time_phrase_after_ifolge_stays_in_the_claim() -> None:
    (a,) = bylined_attributions("Ulykken skjedde ifølge politiet ved 02-tiden.", "no")
    assert (a.source, a.content) == ("politiet", "Ulykken skjedde ved 02-tiden")


WARNS = [
    # "varsler at C" (warns, forecasts) reports a claim; "varsler oppsigelser" (gives notice of) does not
    ("Meteorologisk institutt varsler at det blir storm.", "no",
     [("Meteorologisk institutt", "varsler", "det blir storm")]),
    ("Bedriften varsler oppsigelser.", "no", []),
    ("Instituttet varsler, at der kommer storm.", "da", [("Instituttet", "varsler", "der kommer storm")]),
    ("Virksomheden varsler fyringer.", "da", []),
    ("Politiet ble varslet om at en mann lå i veien.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", WARNS)
def test_warnings_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_health_trust_name_is_an_organisation() -> None:
    assert [a.source_type for a in bylined_attributions("Helse Vestby opplyser at pasienten er stabil.", "no")] == [
        "organization"]


@pytest.mark.parametrize("text", [
    "Branden startede i et køkken, melder TV 2 Vestegn.",
    "TV 2 Nordkysten skriver, at vejen er spærret.",
])
def test_a_regional_channel_of_a_numbered_outlet_is_media(text: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, "da")] == ["media"]


SHARED_SUBJECT_AFTER_COMMA = [
    # ", men <cue> at C": the subject of the clause before the comma speaks
    ("Politiet stengte veien, men bekrefter at ingen er skadet.", "no",
     [("Politiet", "bekrefter", "ingen er skadet")]),
    ("Politiet vil ikke si noe, men bekrefter at ingen er skadet.", "no",
     [("Politiet", "bekrefter", "ingen er skadet")]),
    ("Politiet spærrede vejen, men bekræfter, at ingen er kommet til skade.", "da",
     [("Politiet", "bekræfter", "ingen er kommet til skade")]),
]


@pytest.mark.parametrize("text,lang,expected", SHARED_SUBJECT_AFTER_COMMA)
def test_a_shared_subject_after_a_comma(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # "vurderer" (assesses) only before a clause: "vurderer siktelse" (considers a charge) reports nothing
    ("Påtalemyndigheten vurderer siktelse for grov vold.", "no", []),
    ("Politiet vurderer at faren er over.", "no", [("Politiet", "vurderer", "faren er over")]),
    ("Anklagemyndigheden vurderer en sigtelse.", "da", []),
])
def test_assessing_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FRONTED_MEDIUM = [
    # "Ifølge X <cue> Y(,) at C": X's record of the whole, and Y's, told through the medium X
    ("Ifølge NTB sier politiet at to personer er pågrepet.", "no",
     [("NTB", "Ifølge", "sier politiet at to personer er pågrepet", ()),
      ("politiet", "sier", "to personer er pågrepet", ("NTB",))]),
    ("Ifølge Ritzau oplyser politiet, at to personer er anholdt.", "da",
     [("Ritzau", "Ifølge", "oplyser politiet, at to personer er anholdt", ()),
      ("politiet", "oplyser", "to personer er anholdt", ("Ritzau",))]),
    ("Ifølge politiet er to personer pågrepet.", "no", [("politiet", "Ifølge", "er to personer pågrepet", ())]),
    # a fronted "overfor/over for X"
    ("Overfor NRK bekrefter lensmannen at en mann er død.", "no",
     [("lensmannen", "bekrefter", "en mann er død", ("NRK",))]),
    ("Over for Ritzau bekræfter vagtchefen, at en mand er død.", "da",
     [("vagtchefen", "bekræfter", "en mand er død", ("Ritzau",))]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_MEDIUM)
def test_a_fronted_medium(text: str, lang: str, expected: list[tuple[str, str, str, tuple[str, ...]]]) -> None:
    assert [(a.source, a.cue, a.content, a.via) for a in bylined_attributions(text, lang)] == expected

"""Danish reporting vocabulary, issue 10 (da16): a thesaurus pass over the verbs of stating, replying, denying,
doubting, estimating, admitting and characterising (every tense and the participle; a verb with other senses only
before a clause), reports there are or were ("Der er meldinger om X", a noun phrase or a clause), and a medical
state that is no declaration ("er erklæret uden for livsfare"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

VERBS = [
    # stating and replying
    ("Direktøren bemærker, at salget er faldet i år.", "da",
     [("Direktøren", "bemærker", "salget er faldet i år")]),
    ("Borgmesteren bemærkede, at budgettet holder.", "da", [("Borgmesteren", "bemærkede", "budgettet holder")]),
    ("Lægen fremholder, at vaccinen er sikker.", "da", [("Lægen", "fremholder", "vaccinen er sikker")]),
    ("Formanden replicerede, at forslaget er for dyrt.", "da",
     [("Formanden", "replicerede", "forslaget er for dyrt")]),
    ("Advokaten fremførte, at hans klient var uskyldig.", "da",
     [("Advokaten", "fremførte", "hans klient var uskyldig")]),
    ("Sådan kan man ikke føre en sag uden beviser, fremførte advokaten.", "da",
     [("advokaten", "fremførte", "Sådan kan man ikke føre en sag uden beviser")]),
    ("Forsvareren har gjort gældende, at tiltalte handlede i nødværge.", "da",
     [("Forsvareren", "gjort gældende", "tiltalte handlede i nødværge")]),
    ("Ministeren tilkendegav, at hun vil genopstille.", "da",
     [("Ministeren", "tilkendegav", "hun vil genopstille")]),
    # denying, doubting
    ("Kommunen afkræfter, at skolen skal lukkes næste år.", "da",
     [("Kommunen", "afkræfter", "skolen skal lukkes næste år")]),
    ("Der gik rygter om en fyringsrunde. Det afkræftede ledelsen.", "da",
     [("ledelsen", "afkræftede", "Der gik rygter om en fyringsrunde"),
      ("rygter", "gik rygter om", "en fyringsrunde")]),  # (the rumour is a report of its own: class news, nordic22)
    ("Eksperten betvivler, at tallet er korrekt.", "da", [("Eksperten", "betvivler", "tallet er korrekt")]),
    ("En forsker sår tvivl om det officielle tal for deltagere.", "da",
     [("En forsker", "sår tvivl om", "det officielle tal for deltagere")]),
    ("Flere økonomer stiller spørgsmålstegn ved regeringens prognose.", "da",
     [("Flere økonomer", "stiller spørgsmålstegn ved", "regeringens prognose")]),
    # estimating, forecasting, admitting
    ("Banken estimerer, at renten stiger til foråret.", "da",
     [("Banken", "estimerer", "renten stiger til foråret")]),
    ("Meteorologen forudsagde, at stormen rammer kysten i nat.", "da",
     [("Meteorologen", "forudsagde", "stormen rammer kysten i nat")]),
    ("Træneren vedgår, at holdet spillede dårligt.", "da", [("Træneren", "vedgår", "holdet spillede dårligt")]),
    # perfect participles
    ("Ministeren har erkendt, at fejlen var hans.", "da", [("Ministeren", "erkendt", "fejlen var hans")]),
    ("Eksperten har spået, at priserne falder.", "da", [("Eksperten", "spået", "priserne falder")]),
    ("Direktøren har redegjort for, at regnskabet holder.", "da",
     [("Direktøren", "redegjort for", "regnskabet holder")]),
    ("Det er en erkendt fejl i systemet.", "da", []),
    # characterising needs its particle
    ("Lægen karakteriserer situationen som kritisk.", "da",
     [("Lægen", "karakteriserer", "situationen som kritisk")]),
    # other senses: an object or an infinitive, no report
    ("Skuespilleren fremførte et digt på scenen.", "da", []),
    ("Eleverne bemærkede ikke noget usædvanligt.", "da", []),
    ("Selskabet offentliggjorde sit regnskab i går.", "da", []),
    # revealing a thing is no claim; revealing that C is ("afslører", "røber" only before a clause or as a tag)
    ("Avisen afslører et hemmeligt notat om sagen.", "da", []),
    ("Ministeren afslørede planerne på et pressemøde.", "da", []),
    ("Avisen afslører, at ministeren kendte til sagen.", "da",
     [("Avisen", "afslører", "ministeren kendte til sagen")]),
    ("Direktøren røber, at firmaet skal sælges.", "da", [("Direktøren", "røber", "firmaet skal sælges")]),
    ("Sådan gik det til, afslører en kilde til avisen.", "da", [("en kilde", "afslører", "Sådan gik det til")]),
]


@pytest.mark.parametrize("text,lang,expected", VERBS)
def test_danish_verbs_of_saying_doubting_and_estimating(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


REPORTS = [
    # reports there are or were: the report noun the source, its noun phrase or clause the claim (da42: Danish
    # "meldinger" names nobody: no source, "meldinger om" the cue, as the annotated pages have it)
    ("Der er meldinger om store skader på havnen.", "da",
     [(None, "meldinger om", "store skader på havnen")]),
    ("Der er samtidig meldinger om oversvømmelser i flere byer.", "da",
     [(None, "meldinger om", "oversvømmelser i flere byer")]),
    ("Der var meldinger om, at en bil var kørt i vandet.", "da",
     [(None, "meldinger om", "en bil var kørt i vandet")]),
    ("Der er rapporter om skud nær grænsen.", "da", [("rapporter", "er rapporter om", "skud nær grænsen")]),
    # no report: none there ("ingen", "ikke"), a question, the noun as a subject
    ("Der er ingen meldinger om tilskadekomne efter branden.", "da", []),
    ("Der er endnu ikke meldinger om tilskadekomne efter branden.", "da", []),
    ("Er der meldinger om skader på bygningerne?", "da", []),
    ("Meldinger om skader kan sendes til kommunen.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", REPORTS)
def test_danish_reports_there_are_or_were(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


STATES = [
    # a medical state after "erklæret" is no declaration
    ("Kvinden er erklæret uden for livsfare efter ulykken.", "da", []),
    ("Drengen blev erklæret ude af livsfare i nat.", "da", []),
    ("Spilleren er erklæret rask og kan spille lørdag.", "da", []),
    # a declaration before a clause still is one
    ("Ministeren erklærede, at krisen var overstået.", "da",
     [("Ministeren", "erklærede", "krisen var overstået")]),
]


@pytest.mark.parametrize("text,lang,expected", STATES)
def test_danish_erklaeret_before_a_state(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


STANCE = [
    # a belief, a fear, an awareness or an agreement held: the adjective and its preposition after the copula
    ("Formanden er bekymret for, at skolen skal lukke.", "da",
     [("Formanden", "bekymret for", "skolen skal lukke")]),
    ("Forældrene er nervøse for, at klasserne bliver for store.", "da",
     [("Forældrene", "nervøse for", "klasserne bliver for store")]),
    ("Politiet er overbevist om, at branden var påsat.", "da", [("Politiet", "overbevist om", "branden var påsat")]),
    ("Ministeren er klar over, at forslaget er upopulært.", "da",
     [("Ministeren", "klar over", "forslaget er upopulært")]),
    ("Eksperterne er enige i, at renten vil stige.", "da", [("Eksperterne", "enige i", "renten vil stige")]),
    # no clause, or the speaker's own words (as "Jeg mener, at C")
    ("Hun er bange for hunden ved siden af.", "da", []),
    ("Han er sikker på sejren i aften.", "da", []),
    ("Vi er overbevist om, at branden var påsat.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", STANCE)
def test_danish_stance_adjectives_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


EVIDENCE = [
    # an evidence verb closing its sentence with only its expletive: the clause before, no source
    ("Skolen lukker til sommer, fremgår det.", "da", [(None, "fremgår det", "Skolen lukker til sommer")]),
    ("Skolen stenger til sommeren, framgår det.", "no", [(None, "framgår det", "Skolen stenger til sommeren")]),
    ("Skolan stänger i sommar, framgår det.", "sv", [(None, "framgår det", "Skolan stänger i sommar")]),
    # with its source after the preposition, as before
    ("Skolen lukker til sommer, fremgår det af en rapport fra kommunen.", "da",
     [("en rapport fra kommunen", "fremgår", "Skolen lukker til sommer")]),
    # relayed: "Ifølge Y fremgår det af X." points back at the sentence before (X's, via Y); Y reports the same
    # sentence, not the frame's words (framecite.py)
    ("Skolen lukker til sommer. Ifølge avisen fremgår det af en rapport fra kommunen.", "da",
     [("avisen", "Ifølge", "Skolen lukker til sommer"),
      ("en rapport fra kommunen", "fremgår", "Skolen lukker til sommer")]),
    # a clause after the source: the clause is the claim, nothing points back
    ("Skolen er gammel. Ifølge avisen fremgår det af rapporten, at den lukker.", "da",
     [("avisen", "Ifølge", "fremgår det af rapporten, at den lukker"), ("rapporten", "fremgår", "den lukker")]),
]


@pytest.mark.parametrize("text,lang,expected", EVIDENCE)
def test_evidence_verb_as_a_bare_tag_or_relayed(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

"""Norwegian and Danish shapes of real news pages, an eighth round (issues 10 and 11): negated beliefs before a
clause, pleas of guilt, a report noun with its copula ("Meldingen er, at C"), evidence in a relative clause
with a comma before "at", a tagless quote right above its speaker's tagged one, people named by what they
are, and the legal "påstår sig frifundet". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

NEGATED_BELIEFS = [
    # a negated belief before a clause reports it, the negation part of the cue
    ("Forsvareren mener ikke, at sagen er belyst godt nok.", "da",
     [("Forsvareren", "mener ikke", "sagen er belyst godt nok")]),
    ("Byen fik ret, men naboerne mente ikke, at planen var lovlig.", "da",
     [("naboerne", "mente ikke", "planen var lovlig")]),
    ("Advokaten mener ikke at saken er godt nok opplyst.", "no",
     [("Advokaten", "mener ikke", "saken er godt nok opplyst")]),
    ("Han trodde ikke at brua ville holde.", "no", [("Han", "trodde ikke", "brua ville holde")]),
    # without a clause it reports nothing
    ("Det mener han ikke.", "da", []),
    ("Hun tror ikke på det.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED_BELIEFS)
def test_a_negated_belief_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PLEAS = [
    ("Manden nægter sig skyldig i anklagerne om bedrageri.", "da",
     [("Manden", "nægter sig skyldig i", "anklagerne om bedrageri")]),
    # an adverb after the reflexive stays out of the cue
    ("Hun nægtede sig dog skyldig i røveriet.", "da", [("Hun", "nægtede sig skyldig i", "røveriet")]),
    ("Den tiltalte erkendte sig skyldig i tyveri.", "da", [("Den tiltalte", "erkendte sig skyldig i", "tyveri")]),
]


@pytest.mark.parametrize("text,lang,expected", PLEAS)
def test_a_plea_of_guilt_reports_the_charge(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


MESSAGES = [
    ("Meldingen er, at vejen ikke er spærret.", "da", [("Meldingen", "er", "vejen ikke er spærret")]),
    ("De seneste meldinger var, at ingen kom til skade.", "da",
     [("De seneste meldinger", "var", "ingen kom til skade")]),
    ("Beskjeden er at alle må holde seg inne.", "no", [("Beskjeden", "er", "alle må holde seg inne")]),
    # no clause, or the noun after a preposition: no report
    ("Beskeden er klar.", "da", []),
    ("Grunnlaget for meldingen er at en nabo så røyk.", "no", []),
    ("I meldingen er der ingen navne.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", MESSAGES)
def test_a_report_noun_and_its_copula(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_report_noun_is_an_unnamed_source() -> None:
    found = bylined_attributions("Meldingen er, at vejen ikke er spærret.", "da")
    assert [a.source_type for a in found] == ["unnamed"]


RELATIVE_EVIDENCE = [
    ("Avisen henviser til selskabets hjemmeside, hvorpå det fremgår, at årsagen er ukendt.", "da",
     [("selskabets hjemmeside", "fremgår", "årsagen er ukendt")]),
    ("Firmaet har sendt en pressemeddelelse, hvoraf det fremgår, at fabrikken lukker.", "da",
     [("en pressemeddelelse", "fremgår", "fabrikken lukker")]),
    ("Kommunen viser til en rapport, hvor det fremgår at brua er svak.", "no",
     [("en rapport", "fremgår", "brua er svak")]),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVE_EVIDENCE)
def test_evidence_in_a_relative_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert [r for r in bylined_rows(text, lang) if r[1] == "fremgår"] == expected


ANTICIPATED = [
    # a tagless quote paragraph with no speaker before it, right above a tagged one: that speaker's
    (("Ti personer blev anholdt.\n\nDe er alle sigtet for vold.\n\n»Vi havde ventet uro.«\n\n"
     "»Derfor var vi mange«, siger politikommissær Eva Lund."), "da",
     [(None, None, "Vi havde ventet uro"), ("politikommissær Eva Lund", "siger", "Derfor var vi mange")]),
    (("Ti personer ble pågrepet.\n\nDe er alle siktet for vold.\n\n– Vi hadde ventet uro.\n\n"
     "– Derfor var vi mange, sier innsatsleder Eva Lund."), "no",
     [(None, None, "Vi hadde ventet uro"), ("innsatsleder Eva Lund", "sier", "Derfor var vi mange")]),
]


@pytest.mark.parametrize("text,lang,expected", ANTICIPATED)
def test_a_tagless_quote_above_its_tag_is_that_speakers(text: str, lang: str, expected: list[Row]) -> None:
    found = bylined_attributions(text, lang)
    assert [(a.cue, a.content) for a in found] == [(cue, content) for _, cue, content in expected]
    assert found[0].source_name == found[1].source_name == "Eva Lund"


PEOPLE = [
    ("Ansatte frykter at de ikke får lønn.", "no", [("Ansatte", "person")]),
    ("Beboerne siger, at de er bange.", "da", [("Beboerne", "person")]),
    ("Manden siger, at han er uskyldig.", "da", [("Manden", "person")]),
    ("Kvinnen sier at hun så bilen.", "no", [("Kvinnen", "person")]),
]


@pytest.mark.parametrize("text,lang,expected", PEOPLE)
def test_people_named_by_what_they_are(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.source_type) for a in bylined_attributions(text, lang)] == expected


def test_claiming_an_acquittal_is_a_plea_not_a_report() -> None:
    text = "– Han påstår sig frifundet, så vi går efter en dom for vold, siger advokat Mia Holm."
    assert [r[0] for r in bylined_rows(text, "da")] == ["advokat Mia Holm"]


SUBCLAUSES = [
    # a record inside a fronted subordinate clause: no subordinator in the source, no main clause in the content
    ("Selvom kvinden benægter anklagerne mod hende, ønskede hun ikke at møde op.", "da",
     [("kvinden", "benægter", "anklagerne mod hende")]),
    ("Fordi forsvareren mener, at beviserne er svage, vil han anke dommen.", "da",
     [("forsvareren", "mener", "beviserne er svage")]),
    ("Da politiet kom, sagde manden, at han var uskyldig.", "da", [("manden", "sagde", "han var uskyldig")]),
]


@pytest.mark.parametrize("text,lang,expected", SUBCLAUSES)
def test_a_record_inside_a_fronted_subclause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


POINTING_AND_ACCUSING = [
    ("Formanden peger på, at ventetiderne er faldet.", "da", [("Formanden", "peger på", "ventetiderne er faldet")]),
    ("Hun anerkjenner at det finnes et problem.", "no", [("Hun", "anerkjenner", "det finnes et problem")]),
    ("Demonstranter beskylder vagterne for hård fremfærd.", "da",
     [("Demonstranter", "beskylder", "vagterne for hård fremfærd")]),
    # without a clause, pointing and acknowledging report nothing
    ("Guiden peger på kortet.", "da", []),
    ("Ministeren anerkjenner innsatsen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", POINTING_AND_ACCUSING)
def test_pointing_out_acknowledging_and_accusing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

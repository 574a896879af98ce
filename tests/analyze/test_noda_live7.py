"""Norwegian and Danish shapes of real news pages, a sixth round (issue 10): a modal cue around an inverted
subject ("Senere kunne politiet opplyse at C"), a fronted phrase led by adverbs or words of time ("Kort tid
etter meldingen sa X at C"), a phrase of contrast after a subject, a negation inside a clause without
complementizer, stance adjectives ("tydelig på at C"), hearsay of being on the way, naming without "for", a
role with its body and name in a tag or a fronted phrase, a quotation after a body named through a person,
source names and types, and warnings against doing something. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

MODAL_CUE = [
    # "kunne/kan" with an infinitive of informing or confirming is one cue, in both orders
    ("Brannvesenet kunne opplyse at ingen var skadd.", "no",
     [("Brannvesenet", "opplyse", "ingen var skadd")]),
    ("Senere kunne kommunen bekrefte at skolen stenges.", "no",
     [("kommunen", "bekrefte", "skolen stenges")]),
    ("I kveld kunne rederiet fortelle at fergen går igjen.", "no",
     [("rederiet", "fortelle", "fergen går igjen")]),
    ("Om aftenen kunne beredskabet oplyse, at alle var reddet.", "da",
     [("beredskabet", "kunne oplyse", "alle var reddet")]),
    ("Hospitalet kan bekræfte, at to patienter er udskrevet.", "da",
     [("Hospitalet", "kan bekræfte", "to patienter er udskrevet")]),
    # a modal before another verb reports nothing
    ("Han kan melde seg på kurset.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", MODAL_CUE)
def test_a_modal_cue_around_its_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


LED_FRONTED = [
    # adverbs and words of time or measure before the preposition of a fronted phrase: the subject follows the cue
    ("Kort tid etter ulykken sa sjåføren at bremsene sviktet.", "no",
     [("sjåføren", "sa", "bremsene sviktet")]),
    ("Ikke lang tid etter kunngjorde klubben at treneren går.", "no",
     [("klubben", "kunngjorde", "treneren går")]),
    ("Ikke lenge etter møtet skrev forbundet at streiken er over.", "no",
     [("forbundet", "skrev", "streiken er over")]),
    ("Kort tid efter ulykken fortalte chaufføren, at bremserne svigtede.", "da",
     [("chaufføren", "fortalte", "bremserne svigtede")]),
    ("Ikke længe efter mødet skrev forbundet, at strejken er slut.", "da",
     [("forbundet", "skrev", "strejken er slut")]),
    # a subject that opens with a word of degree stays the subject
    ("Ikke alle i styret sier at planen er god.", "no", [("Ikke alle i styret", "sier", "planen er god")]),
]


@pytest.mark.parametrize("text,lang,expected", LED_FRONTED)
def test_a_fronted_phrase_led_by_adverbs(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


OWN_PART = [
    # "på sin side", "for sin del" after a subject mark a contrast; they are no part of the source
    ("Forsvareren på sin side sier at dommen er for streng.", "no",
     [("Forsvareren", "sier", "dommen er for streng")]),
    ("Selskapet for sin del mener at avtalen holder.", "no", [("Selskapet", "mener", "avtalen holder")]),
    ("Anklageren på sin side siger, at straffen er rimelig.", "da",
     [("Anklageren", "siger", "straffen er rimelig")]),
    ("Kommunen for sit vedkommende oplyser, at vejen åbner igen.", "da",
     [("Kommunen", "oplyser", "vejen åbner igen")]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_PART)
def test_a_phrase_of_contrast_after_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NEGATED_CLAUSE = [
    # a clause without its complementizer puts the negation before its verb: the cue itself is not negated
    ("Hun sier det ikke er rart at klubben anker.", "no",
     [("Hun", "sier", "det ikke er rart at klubben anker")]),
    ("Treneren sier laget ikke har tapt motet.", "no", [("Treneren", "sier", "laget ikke har tapt motet")]),
    ("Han siger det ikke er for sent at melde sig.", "da",
     [("Han", "siger", "det ikke er for sent at melde sig")]),
    # the cue negated: nothing said
    ("Hun sier det ikke.", "no", []),
    ("Politiet bekrefter ikke at to er døde.", "no", []),
    ("Han bekræftede det ikke over for avisen.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED_CLAUSE)
def test_a_negation_inside_a_clause_without_complementizer(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


STANCE = [
    # "tydelig/klar på at C" after a copula: the subject's stance, in both orders
    ("Rektor er tydelig på at skolen må bestå.", "no", [("Rektor", "tydelig på", "skolen må bestå")]),
    ("Hun har vært helt klar på at hun vil gå av.", "no", [("Hun", "klar på", "hun vil gå av")]),
    ("I går var ordføreren tydelig på at budsjettet holder.", "no",
     [("ordføreren", "tydelig på", "budsjettet holder")]),
    # a relative: the clause ends with the relative
    ("Lederen, som er tydelig på at planen er god, sier at den vedtas.", "no",
     [("som", "tydelig på", "planen er god"), ("Lederen", "sier", "den vedtas")]),
    # no clause: no stance reported
    ("Skiltet var tydelig på engelsk.", "no", []),
    ("Laget er klar for kampen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", STANCE)
def test_a_stance_adjective_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ON_THE_WAY = [
    # "skal være på vei/vej": a state reported, hearsay outside a relative clause too
    ("Flere hundre soldater skal være på vei mot grensen.", "no",
     [(None, "skal være", "Flere hundre soldater skal være på vei mot grensen")]),
    ("Hjælpen skal være på vej til øen.", "da", [(None, "skal være", "Hjælpen skal være på vej til øen")]),
    # a plan stays none
    ("Bussen skal være på plass i morgen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", ON_THE_WAY)
def test_hearsay_of_being_on_the_way(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NAMING_WITHOUT_PARTICLE = [
    # "kalle det X" without "for": a pronoun object, then an indefinite article or an adjective
    ("Ordføreren kaller det et historisk vedtak.", "no", [("Ordføreren", "kaller", "det et historisk vedtak")]),
    ("Hun kalte dette uansvarlig av styret.", "no", [("Hun", "kalte", "dette uansvarlig av styret")]),
    ("Ministeren kalder det et gennembrud.", "da", [("Ministeren", "kalder", "det et gennembrud")]),
    ("Hun kaldte det uansvarligt.", "da", [("Hun", "kaldte", "det uansvarligt")]),
    # a summons is no naming
    ("Hun kalte dem inn til et møte.", "no", []),
    ("Han kaldte dem ind til et møde.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", NAMING_WITHOUT_PARTICLE)
def test_naming_without_its_particle(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ROLE_BODY_NAME = [
    # a tag's role, its lower-case body and the name after a comma are one speaker
    ("– Alle er ute, sier vaktleder ved brannvesenet, Kari Nes.", "no",
     ["vaktleder ved brannvesenet, Kari Nes"]),
    ("– Alle er ute, forteller vaktleder ved 110-sentralen, Kari Nes.", "no",
     ["vaktleder ved 110-sentralen, Kari Nes"]),
    ("- Alle er ude, siger vagtchef ved beredskabet, Ole Dam.", "da", ["vagtchef ved beredskabet, Ole Dam"]),
    # with no name after it the body is an adverbial
    ("– Alt er rolig, sier vaktleder i kveld.", "no", ["vaktleder"]),
]


@pytest.mark.parametrize("text,lang,expected", ROLE_BODY_NAME)
def test_a_role_its_body_and_a_name_in_a_tag(text: str, lang: str, expected: list[str]) -> None:
    assert [a.source for a in bylined_attributions(text, lang)] == expected


FRONTED_APPOSITION = [
    # "Ifølge role, Name, V X at C": the name inside the fronted phrase, the subject after the cue
    ("Ifølge lederen i forbundet, Kari Nes, sier medlemmene at de vil streike.", "no",
     [("lederen i forbundet, Kari Nes", "Ifølge", "sier medlemmene at de vil streike"),
      ("medlemmene", "sier", "de vil streike")]),
    ("Ifølge direktør i selskabet, Ole Dam, mener ledelsen, at salget stiger.", "da",
     [("direktør i selskabet, Ole Dam", "Ifølge", "mener ledelsen, at salget stiger"),
      ("ledelsen", "mener", "salget stiger")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_APPOSITION)
def test_a_name_in_apposition_inside_a_fronted_phrase(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_quote_after_a_body_named_through_a_person_is_the_persons() -> None:
    text = ("Ifølge politiinspektør i kredsen, Ole Dam, mener politiet at have stoppet en bande.\n\n"
            "- Vi ser en stor fare for borgerne.")
    quote = [a for a in bylined_attributions(text, "da") if a.kind == "direct"]
    assert [(a.source_name, a.source_type) for a in quote] == [("Ole Dam", "person")]


NAMES_AND_TYPES = [
    # an outlet spelt in lower case after its kind is part of the source and its name
    ("En mand døde i går, skriver nyhedsbureauet dpa.", "da", [("nyhedsbureauet dpa", "dpa", "media")]),
    # a name after a preposition and a nationality adjective is no name of the person
    ("En reporter fra norske NRK fortæller, at der var panik.", "da",
     [("En reporter fra norske NRK", None, "person")]),
    # charges are documents, committees official
    ("Ifølge sigtelsen har de solgt piller.", "da", [("sigtelsen", None, "document")]),
    ("Oppvekstutvalget skriver at skolen legges ned.", "no", [("Oppvekstutvalget", "Oppvekstutvalget", "official")]),
    ("Ifølge siktelsen har de solgt piller.", "no", [("siktelsen", None, "document")]),
    # a definite body is no anaphor of a compound whose head is another noun
    ("Ifølge politiinspektør Ole Dam mener politiet at have stoppet en bande.", "da",
     [("politiinspektør Ole Dam", "Ole Dam", "person"), ("politiet", None, "official")]),
    # nordic42: plurals and court roles beside their listed singulars are people
    ("Forskarna tror att isen smälter fortare.", "sv", [("Forskarna", None, "person")]),
    ("Målsäganden berättar att hon blev slagen.", "sv", [("Målsäganden", None, "person")]),
    ("Fornærmede forklarte at han ble slått.", "no", [("Fornærmede", None, "person")]),
    ("Analytikerne tror at aksjen faller.", "no", [("Analytikerne", None, "person")]),
    # nordic42: clubs, teams, boards and schools are organisations
    ("Klubben bekräftar att målvakten stannar.", "sv", [("Klubben", "Klubben", "organization")]),
    ("Ifølge styret er regnskapet i orden.", "no", [("styret", None, "organization")]),
    ("Skolen opplyser at ingen elever ble skadet.", "no", [("Skolen", "Skolen", "organization")]),
]


@pytest.mark.parametrize("text,lang,expected", NAMES_AND_TYPES)
def test_source_names_and_types(text: str, lang: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(a.source, a.source_name, a.source_type) for a in bylined_attributions(text, lang)] == expected


WARNED_AGAINST = [
    # a warning against doing something is advice: nothing claimed
    ("Politiet advarer folk mot å gå ut på isen.", "no", []),
    ("Hun advarer kraftigt andre mod at forsøge noget lignende.", "da", []),
    # a warning that something happens is a claim (the cue keeps its own "om")
    ("Eksperter advarer om, at priserne stiger.", "da", [("Eksperter", "advarer om", "priserne stiger")]),
    ("– Hold dere unna isen, advarer politiet.", "no", [("politiet", "advarer", "Hold dere unna isen")]),
    # nordic42: the cue holding its preposition ("varnar för") before the infinitive marker is advice too; a clause
    # after the marker (a definite plural in "-rna", or a finite verb after its subject) is a claim, also inverted
    ("Kustbevakningen varnar för att bada vid piren.", "sv", []),
    ("Nu varnar bankerna för att lånen blir dyrare.", "sv", [("bankerna", "varnar för", "lånen blir dyrare")]),
    ("I dag varnar meteorologerna för att vägarna kan bli hala.", "sv",
     [("meteorologerna", "varnar för", "vägarna kan bli hala")]),
    ("Samtidig advarer økonomer om at lønningene kan falle.", "no",
     [("økonomer", "advarer om", "lønningene kan falle")]),
]


@pytest.mark.parametrize("text,lang,expected", WARNED_AGAINST)
def test_a_warning_against_doing_something(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

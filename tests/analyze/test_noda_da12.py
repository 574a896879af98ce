"""Danish and Norwegian shapes of real news pages, issue 10 (da12): a fronted time or reason clause before a V2
cue ("Kort efter, at X skete, siger Y, at C"), an impersonal cue after a place adverb pointing back ("Her lyder
det også, at C") and a relative of place about a document ("en pressemeddelelse, hvori det lyder, at C").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows, full_rows

FRONTED_CLAUSES = [
    # a clause opened by a subordinator (perhaps "at" after it, a Danish comma, lead words before it) is no content:
    # the subject follows the cue, the claim is the clause after "at"
    ("Kort efter, at mødet var slut, siger borgmesteren, at planen er vedtaget.", "da",
     [("borgmesteren", "siger", "planen er vedtaget")]),
    ("Efter at regeringen havde fremlagt sit udspil, sagde formanden, at det var for sent.", "da",
     [("formanden", "sagde", "det var for sent")]),
    ("Før kampen begyndte, fortalte træneren, at to spillere var skadede.", "da",
     [("træneren", "fortalte", "to spillere var skadede")]),
    ("Mens retsmødet stod på, skrev forsvareren, at beviserne var svage.", "da",
     [("forsvareren", "skrev", "beviserne var svage")]),
    ("Lige inden vagten sluttede, oplyste politiet, at vejen var åben igen.", "da",
     [("politiet", "oplyste", "vejen var åben igen")]),
    ("Etter at styret hadde møttes, sa lederen at klubben må spare.", "no",
     [("lederen", "sa", "klubben må spare")]),
    ("Kort tid etter at brannen startet, opplyste brannvesenet at huset var tomt.", "no",
     [("brannvesenet", "opplyste", "huset var tomt")]),
    ("Mens forhandlingene pågikk, skrev forbundet at kravet sto fast.", "no",
     [("forbundet", "skrev", "kravet sto fast")]),
    # a quotation before its tag stays the content, also when it opens with such a word
    ("- Før vi fik pengene, var alt svært, siger hun.", "da", [("hun", "siger", "Før vi fik pengene, var alt svært")]),
    ("- Mens vi venter, gjør vi klar båtene, sier han.", "no", [("han", "sier", "Mens vi venter, gjør vi klar båtene")]),
    # a free relative with its own cue ("Etter det X får opplyst"): no content before the comma
    ("Etter det avisen får opplyst, mener politiet at brannen var påsatt.", "no",
     [("politiet", "mener", "brannen var påsatt")]),
    ("Efter det avisen har fået oplyst, mener politiet, at branden var påsat.", "da",
     [("politiet", "mener", "branden var påsat")]),
    # a preposition's phrase, no clause, still fronted: the subject after the cue
    ("Efter mødet i går sagde formanden, at alle var enige.", "da", [("formanden", "sagde", "alle var enige")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_CLAUSES)
def test_a_fronted_time_clause_is_no_content(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PLACE_BACK = [
    # a place adverb pointing back at the document just named, before an impersonal cue: the adverb is the source
    ("Kommunen har lagt et opslag på Facebook. Her lyder det også, at to veje er lukket.", "da",
     [("Her", "lyder det", "to veje er lukket")]),
    ("Styrelsen har sendt et brev. Heri hedder det blandt andet, at fristen er overskredet.", "da",
     [("Heri", "hedder det", "fristen er overskredet")]),
    ("Kommunen har sendt ut en melding. Her heter det blant annet at tre skoler er stengt.", "no",
     [("Her", "heter det", "tre skoler er stengt")]),
    # no clause after the cue: no report
    ("Her lyder musikken godt om aftenen.", "da", []),
    ("Her heter alle gatene noe med fugler.", "no", []),
    # a relative of place about a document: the document is the source
    ("Politiet har udsendt en pressemeddelelse, hvori det også lyder, at to mænd er anholdt.", "da",
     [("en pressemeddelelse", "lyder", "to mænd er anholdt")]),
    ("Skolen skrev i et brev, hvor det lyder, at undervisningen er aflyst.", "da",
     [("et brev", "lyder", "undervisningen er aflyst")]),
    ("Kommunen la ut et innlegg, hvor det lyder at skolen er stengt.", "no",
     [("et innlegg", "lyder", "skolen er stengt")]),
    # a sound, no clause: no report
    ("Vi bor i et hus, hvor det lyder højt, når det regner.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", PLACE_BACK)
def test_an_impersonal_cue_about_a_document_names_it(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


GOT_DONE = [
    # a participle cue after a form of "få" and its object: something gets confirmed or told, no claim
    ("Det har ikke været muligt at få tallene bekræftet af en uafhængig kilde.", "da", []),
    ("Medarbejderne læste om lukningen i avisen, før de selv havde fået den meddelt.", "da", []),
    ("Avisen har ikke fått opplysningene bekreftet av politiet.", "no", []),
    ("Hun fikk saken forklart av en advokat.", "no", []),
    # "fået oplyst, at C" stays a report, and so does a participle with its own clause
    ("Vi har fået oplyst, at to mænd er anholdt.", "da", [(None, "fået oplyst", "to mænd er anholdt")]),
]


@pytest.mark.parametrize("text,lang,expected", GOT_DONE)
def test_a_participle_after_get_and_its_object_reports_nothing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NOTIFYING = [
    # "melde fra" (notify, withdraw) reports a claim only before a clause
    ("En ansatt som meldte fra om feilen, ble flyttet til en annen avdeling.", "no", []),
    ("Vekteren som meldte ifra til politiet, løp etter tyven.", "no", []),
    ("Naboen meldte fra om at hun hadde sett røyk.", "no", [("Naboen", "meldte fra", "hun hadde sett røyk")]),
    ("Flere spillere meldte fra til træningen i går.", "da", []),
    ("Politiet meldte at to personer var pågrepet.", "no", [("Politiet", "meldte", "to personer var pågrepet")]),
]


@pytest.mark.parametrize("text,lang,expected", NOTIFYING)
def test_notifying_reports_only_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


QUESTION_FRONT = [
    # a fronted "På spørsmål om" with an embedded question before the comma: the answer after the subject's "at"
    ("På spørsmål om hvor lenge han tror streiken vil vare, svarer Hansen at det er opp til partene.", "no",
     [("Hansen", "svarer", "det er opp til partene")]),
    ("På spørsmål om når skolen åpner, sier rektor at det blir neste uke.", "no",
     [("rektor", "sier", "det blir neste uke")]),
    ("På spørgsmålet om, hvor længe strejken varer, svarer formanden, at det er op til parterne.", "da",
     [("formanden", "svarer", "det er op til parterne")]),
    ("Adspurgt om, hvornår skolen åbner, siger rektor, at det bliver i næste uge.", "da",
     [("rektor", "siger", "det bliver i næste uge")]),
    # no comma after a plain topic: as before
    ("På spørsmål om prisen svarer Hansen at den er for høy.", "no", [("Hansen", "svarer", "den er for høy")]),
]


@pytest.mark.parametrize("text,lang,expected", QUESTION_FRONT)
def test_a_fronted_question_is_no_content(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ABLE_TO_REPORT = [
    # "kunne"/"kan" with a reporting verb is a report, also with a time phrase between ("forrige helg", "i sidste uge")
    ("Lokalavisen kunne forrige helg rapportere at kommunen vurderer å stenge skolen.", "no",
     [("Lokalavisen", "rapportere", "kommunen vurderer å stenge skolen")]),
    ("Avisen kunne i forrige uke avsløre at direktøren hadde fått bonus.", "no",
     [("Avisen", "avsløre", "direktøren hadde fått bonus")]),
    ("Bladet kunne i sidste uge fortælle, at butikken lukker.", "da",
     [("Bladet", "kunne fortælle", "butikken lukker")]),
    ("Ugeavisen kan berette, at byrådet har sagt ja.", "da", [("Ugeavisen", "kan berette", "byrådet har sagt ja")]),
]


@pytest.mark.parametrize("text,lang,expected", ABLE_TO_REPORT)
def test_able_to_report_is_a_report(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


REFUSALS = [
    # a report that only refuses to comment is no attribution
    ("Direktøren fortæller, at man ikke kommer til at kommentere på sagen.", "da", []),
    ("Kommunen skriver, at den ikke ønsker at udtale sig om forløbet.", "da", []),
    ("Advokaten sier at hun ikke vil uttale seg om saken nå.", "no", []),
    # a refusal with a claim after it stays
    ("Direktøren siger, at han ikke vil udtale sig, men at fabrikken lukker.", "da",
     [("Direktøren", "siger", "han ikke vil udtale sig, men at fabrikken lukker")]),
]


@pytest.mark.parametrize("text,lang,expected", REFUSALS)
def test_a_refusal_to_comment_is_no_attribution(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_place_adverb_source_takes_the_name_and_type_of_the_source_before() -> None:
    rows = full_rows("Tre huse er oversvømmet. Det oplyser kommunalbestyrelsen i et opslag på Facebook. Her lyder det "
                     "også, at to veje er lukket.", "da")
    assert ("Her", "kommunalbestyrelsen", "lyder det", "to veje er lukket", "official", ()) in rows

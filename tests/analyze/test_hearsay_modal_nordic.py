"""Tests of hearsay modal (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# Nordic modal hearsay (nordic36): a first- or second-person subject next to "skal have"/"ska ha"/"skal være" makes
# the modal the speaker's plan or duty, not hearsay; "skulle ellers have" is a plan that fell through; a marker inside
# an at-clause has that clause as its claim; a claim ends before "men" and a clause of its own; and a sentence adverb
# fronted before a reporting verb is no source ("Desværre frygter vi, at C"). Every sentence is written for its test.
Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


SPEAKER_MODAL = [
    ("da", "Nu skal vi have undersøgt hele området.", []),
    ("da", "I morgen skal jeg have talt med ham.", []),
    ("no", "Nå skal vi ha kartlagt hele området.", []),
    ("no", "Før jul skal eg ha lest boka.", []),
    ("sv", "Nu ska vi ha gått igenom hela området.", []),
    ("sv", "Till hösten ska jag ha flyttat.", []),
    ("da", "Manden skal have stjålet en bil.", [(None, "skal have", "Manden skal have stjålet en bil")]),
    ("no", "Mannen skal ha stjålet en bil.", [(None, "skal ha", "Mannen skal ha stjålet en bil")]),
    ("sv", "Mannen ska ha stulit en bil.", [(None, "ska ha", "Mannen ska ha stulit en bil")]),
]


@pytest.mark.parametrize("lang,text,expected", SPEAKER_MODAL)
def test_speaker_subject_makes_no_hearsay(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


ELLERS = [
    ("da", "Hun skulle ellers have rejst til Paris i går.", []),
    ("no", "Han skulle ellers ha reist til Bergen i går.", []),
]


@pytest.mark.parametrize("lang,text,expected", ELLERS)
def test_ellers_is_a_plan(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


AT_CLAUSE = [
    ("da", "Der var ingen spor af, at tyvene skulle have gemt sig i laden.",
     [(None, "skulle have", "tyvene skulle have gemt sig i laden")]),
    ("no", "Det var ingen spor av at tyvene skal ha gjemt seg i låven.",
     [(None, "skal ha", "tyvene skal ha gjemt seg i låven")]),
    ("sv", "Det fanns inga spår av att tjuvarna ska ha gömt sig i ladan.",
     [(None, "ska ha", "tjuvarna ska ha gömt sig i ladan")]),
]


@pytest.mark.parametrize("lang,text,expected", AT_CLAUSE)
def test_marker_in_an_at_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


BUT_CLAUSE = [
    ("da", "Cyklisten skal være lettere såret men der er ingen nye oplysninger.",
     [(None, "skal være", "Cyklisten skal være lettere såret")]),
    ("no", "Syklisten skal være lettere skadet men det finnes ingen nye opplysninger.",
     [(None, "skal være", "Syklisten skal være lettere skadet")]),
    ("sv", "Cyklisten ska vara lindrigt skadad men det finns inga nya uppgifter.",
     [(None, "ska vara", "Cyklisten ska vara lindrigt skadad")]),
]


@pytest.mark.parametrize("lang,text,expected", BUT_CLAUSE)
def test_claim_ends_before_but_and_a_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


FRONTED_ADVERB = [
    ("da", "Desværre frygter vi, at flere er savnet.", []),
    ("da", "Heldigvis oplyser politiet, at ingen kom til skade.", [("politiet", "oplyser", "ingen kom til skade")]),
    ("no", "Dessverre frykter vi at flere er savnet.", []),
    ("no", "Heldigvis opplyser politiet at ingen ble skadd.", [("politiet", "opplyser", "ingen ble skadd")]),
    ("sv", "Tyvärr befarar vi att fler är saknade.", []),
    ("sv", "Lyckligtvis uppger polisen att ingen skadades.", [("polisen", "uppger", "ingen skadades")]),
]


@pytest.mark.parametrize("lang,text,expected", FRONTED_ADVERB)
def test_fronted_sentence_adverb_is_no_source(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_sourced_hearsay_stays_one_record_before_men() -> None:
    got = run("Enligt polisen ska kvinnan inte vara skadad, men hon fördes till sjukhus.", "sv")
    assert [r for r in got if r[0] is None] == []


# nordic42: "skal dreie seg om" (as "ska röra sig om"), whose a thing is ("skal tilhøre", "ska tillhöra"), and people
# at the scene after "skal (ikke) være" are hearsay; a plan with "skal være" stays none
WHAT_AND_WHOSE = [
    ("no", "Ifølge naboer skal det dreie seg om en gasslekkasje.",
     [("naboer", "Ifølge", "skal det dreie seg om en gasslekkasje")]),
    ("no", "Funnet skal dreie seg om flere kilo hasj.", [(None, "skal", "Funnet skal dreie seg om flere kilo hasj")]),
    ("no", "Hytta skal tilhøre en familie fra Hamar.", [(None, "skal", "Hytta skal tilhøre en familie fra Hamar")]),
    ("sv", "Båten ska tillhöra en fiskare från orten.", [(None, "ska", "Båten ska tillhöra en fiskare från orten")]),
    ("no", "Det skal ikke være personer i bygget.", [(None, "skal være", "Det skal ikke være personer i bygget")]),
    ("no", "Brua skal være ferdig til sommeren.", []),
    # taken to hospital is a state an event left
    ("no", "Tre passasjerer skal være fraktet til legevakten.",
     [(None, "skal være", "Tre passasjerer skal være fraktet til legevakten")]),
    ("sv", "Föraren ska vara förd till sjukhus i Visby.", [(None, "ska vara", "Föraren ska vara förd till sjukhus i Visby")]),
    ("no", "Brevet skal være sendt innen fredag.", []),
]


@pytest.mark.parametrize("lang,text,expected", WHAT_AND_WHOSE)
def test_what_or_whose_a_thing_is_is_hearsay(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# att47: a modal hearsay marker opening a clause of its own after "og at"/"att" or a comma inside a larger sourced
# content is its own record, source null, via the outer speaker (passes._later_clause); the marker in the sourced
# clause itself stays one record. Every sentence is written for its test.
LATER_CLAUSE = [
    ("no", "Rektor sier at skolen er stengt, og at to lærere skal ha blitt syke i helgen.",
     [("Rektor", "sier", "skolen er stengt, og at to lærere skal ha blitt syke i helgen", ()),
      (None, "skal ha", "to lærere skal ha blitt syke i helgen", ("Rektor",))]),
    ("sv", "– Vi vet att två chefer ska ha lämnat bolaget i våras, säger Eva Lind.",
     [("Eva Lind", "säger", "Vi vet att två chefer ska ha lämnat bolaget i våras", ()),
      (None, "ska ha", "två chefer ska ha lämnat bolaget i våras", ("Eva Lind",))]),
    ("no", "Rektor sier at to lærere skal ha blitt syke i helgen.",
     [("Rektor", "sier", "to lærere skal ha blitt syke i helgen", ())]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LATER_CLAUSE)
def test_hearsay_in_later_clause(lang: str, text: str,
                                 expected: list[tuple[str | None, str | None, str, tuple[str, ...]]]) -> None:
    found = attribute(Article(title=None, body=(text,), language=lang, outlet=None))
    assert [(a.source, a.cue, a.content, tuple(a.via)) for a in found] == expected

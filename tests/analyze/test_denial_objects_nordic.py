"""Tests of denial objects (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# Denials with a noun-phrase object (nordic35): a verb of denying or disputing (class reject: avvist/afvist/avvisat,
# bestrider/bestred, dementerer, avkrefter/afkræfter, nekter) takes a clause or a claim noun as its object
# (function_words.tsv claim_noun, every form); any other object is an act, not a report. A subject with its
# relative clause before a comma speaks for the cue after it, and a ", men" + denial cuts the content before it.
# Every sentence is written for its test.
Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


CLAIM_OBJECTS = [
    ("no", "Advokaten bestred tallene fra politiet.", [("Advokaten", "bestred", "tallene fra politiet")]),
    ("no", "Bonden i Lunde nekter straffskyld.", [("Bonden i Lunde", "nekter", "straffskyld")]),
    ("no", "Departementet har avvist beskyldningene.", [("Departementet", "avvist", "beskyldningene")]),
    ("no", "Selskapet avkrefter ryktene om salg.", [("Selskapet", "avkrefter", "ryktene om salg")]),
    ("da", "Ministeriet har afvist beskyldningerne.", [("Ministeriet", "afvist", "beskyldningerne")]),
    ("da", "Advokaten bestred tallene fra politiet.", [("Advokaten", "bestred", "tallene fra politiet")]),
    ("da", "Selskabet afkræfter rygterne om et salg.", [("Selskabet", "afkræfter", "rygterne om et salg")]),
    ("sv", "Ledaren avvisar påståendena om fusk.", [("Ledaren", "avvisar", "påståendena om fusk")]),
    ("sv", "Ministeriet har avvisat anklagelserna.", [("Ministeriet", "avvisat", "anklagelserna")]),
    ("sv", "Bolaget dementerar uppgifterna om en försäljning.", [("Bolaget", "dementerar", "uppgifterna om en försäljning")]),
]


@pytest.mark.parametrize("lang,text,expected", CLAIM_OBJECTS)
def test_denial_of_a_claim_noun(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


NO_CLAIM = [
    ("no", "Kommunen nekter innsyn i dokumentene."),
    ("no", "Rådmannen nekter å svare på spørsmålene."),
    ("no", "Styret har avvist søknaden fra klubben."),
    ("no", "Saken ble avvist av tingretten."),
    ("da", "Bestyrelsen har afvist ansøgningen fra klubben."),
    ("da", "Sagen blev afvist af byretten."),
    ("sv", "Kommunen avvisade kravet från grannarna."),
    ("sv", "Styrelsen har avvisat ansökan från klubben."),
]


@pytest.mark.parametrize("lang,text", NO_CLAIM)
def test_denial_verb_without_a_claim(lang: str, text: str) -> None:
    assert run(text, lang) == []


CLAUSES = [
    ("da", "Lederen bestrider, at der var snyd.", [("Lederen", "bestrider", "der var snyd")]),
    ("no", "Han bekreftet at han var der, men bestred at han hadde kniv.",
     [("Han", "bekreftet", "han var der"), ("Han", "bestred", "han hadde kniv")]),
    ("sv", "Hon bekräftade att hon var där, men bestred att hon hade kniv.",
     [("Hon", "bekräftade", "hon var där"), ("Hon", "bestred", "hon hade kniv")]),
]


@pytest.mark.parametrize("lang,text,expected", CLAUSES)
def test_denial_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


RELATIVE_SUBJECTS = [
    ("no", "Mannen i 40-årene som er tiltalt for ran i Bergen, avviser anklagene.", "avviser", "anklagene"),
    ("da", "Manden i 40erne der er tiltalt for røveri i Aalborg, afviser anklagerne.", "afviser", "anklagerne"),
    ("sv", "Kvinnan som är misstänkt för bedrägeri, förnekar anklagelserna.", "förnekar", "anklagelserna"),
]


@pytest.mark.parametrize("lang,text,cue,content", RELATIVE_SUBJECTS)
def test_subject_with_relative_clause_before_comma(lang: str, text: str, cue: str, content: str) -> None:
    rows = run(text, lang)
    assert len(rows) == 1 and rows[0][1:] == (cue, content) and rows[0][0] is not None \
        and text.startswith(rows[0][0])


def test_modal_clause_before_tag_keeps_its_speaker() -> None:
    text = "Landene bør raskt finne de som er smittet og isolere dem, sa Hansen."
    assert [r[:2] for r in run(text, "no")] == [("Hansen", "sa")]

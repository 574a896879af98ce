"""The cue inventory of issue 10 (German and English): verbs of saying added as a class from the language, not from
pages, in every inflected form. German `clause` verbs report a clause or close a tag, never the object after them
("korrigierte die Zahl"); English `that` verbs report before "that", a colon or a quote, or in a closing tag.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


DE = [
    # correcting, reading out, complaining: a clause after a comma, "dass", or a closing tag
    ("Der Verband monierte, die Regelung sei unklar.", [("Der Verband", "monierte", "die Regelung sei unklar")]),
    ("Die Lage sei ernst, korrigierte der Sprecher.", [("der Sprecher", "korrigierte", "Die Lage sei ernst")]),
    ("Die Lage sei ernst, wie der Sprecher korrigierte.", [("der Sprecher", "korrigierte", "Die Lage sei ernst")]),
    ("Am Montag korrigierte der Sprecher, die Lage sei ernst.",
     [("der Sprecher", "korrigierte", "die Lage sei ernst")]),
    ("Die Ärztin bemängelte, dass die Betten fehlten.", [("Die Ärztin", "bemängelte", "die Betten fehlten")]),
    ("Die Behörde bezweifelte, dass die Zahl stimmt.", [("Die Behörde", "bezweifelte", "die Zahl stimmt")]),
    # believing and knowing with a clause
    ("Die Anwältin weiß, dass der Zeuge gelogen hat.", [("Die Anwältin", "weiß", "der Zeuge gelogen hat")]),
    # separable verbs of saying, split and joined
    ("Der Sprecher las vor, die Lage sei stabil.", [("Der Sprecher", "las vor", "die Lage sei stabil")]),
    ("Die Ministerin legte dar, dass die Kosten steigen.", [("Die Ministerin", "legte dar", "die Kosten steigen")]),
    ("Der Anwalt wandte ein, das Gutachten sei veraltet.", [("Der Anwalt", "wandte ein", "das Gutachten sei veraltet")]),
    ("Die Frist sei zu kurz, wie die Kammer anmerkte.", [("die Kammer", "anmerkte", "Die Frist sei zu kurz")]),
    ("Der Trainer äußerte, das Team werde gewinnen.", [("Der Trainer", "äußerte", "das Team werde gewinnen")]),
    # a reflexive cue: the pronoun is part of the cue, the subject follows it
    ("Später erinnerte sich die Zeugin, der Mann sei ruhig gewesen.",
     [("die Zeugin", "erinnerte sich", "der Mann sei ruhig gewesen")]),
    ("Die Zeugin erinnerte sich, dass der Mann ruhig war.", [("Die Zeugin", "erinnerte sich", "der Mann ruhig war")]),
    ("Er erinnerte sich an den Tag.", []),
    # no words reported: an object after the verb, a verb-final perfect, a participle with an auxiliary
    ("Die Stadt korrigierte am Montag die Zahl der Toten.", []),
    ("Der Richter verlas eine Erklärung.", []),
    ("Der Minister hat die Arbeit der Helfer gelobt.", []),
    ("Die Polizei fand die Leiche am Morgen.", []),
    ("Die Feiern fanden in drei Städten statt.", []),
    ("Die Klinik hat die Pflicht, die Eltern zu informieren.", []),
]

EN = [
    # agreeing, disputing, thinking, informing: before "that" or in a closing tag
    ("The mayor disputed that the bridge was closed.", [("The mayor", "disputed", "the bridge was closed")]),
    ("“It is fine,” the mayor agreed.", [("the mayor", "agreed", "It is fine")]),
    ("The minister informed staff that the office would close.",
     [("The minister", "informed", "the office would close")]),
    ("She reassured voters that the count was fair.", [("She", "reassured", "the count was fair")]),
    ("The governor reaffirmed that the plant will stay open.",
     [("The governor", "reaffirmed", "the plant will stay open")]),
    ("Analysts speculated that the bank would cut rates.", [("Analysts", "speculated", "the bank would cut rates")]),
    ("The coach conceded that the team had played badly.", [("The coach", "conceded", "the team had played badly")]),
    # nouns and adjectives spelt like the verbs report nothing
    ("Informed sources said the deal was off.", [("Informed sources", "said", "the deal was off")]),
    ("The disputed border was quiet.", []),
    ("The thought that he might lose was new to him.", []),
    ("She thinks that the vote was rigged.", []),  # thinking: often a belief inside another's report (PolNeAR)
    ("The board agreed to a new contract.", []),
]


@pytest.mark.parametrize("text,expected", DE)
def test_german_inventory(text: str, expected: list[Row]) -> None:
    assert run(text, "de") == expected


@pytest.mark.parametrize("text,expected", EN)
def test_english_inventory(text: str, expected: list[Row]) -> None:
    assert run(text, "en") == expected

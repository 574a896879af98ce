"""A past participle before its noun is no cue ("the 40 confirmed cases", analyze/wordclass.py `attributive`),
and a participle clause after a comma is no source ("…, bringing to 12 the number of cases reported",
analyze/contentfirst.py): English."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import tokenize
from enligt.analyze.verbcues import verb_rules
from enligt.analyze.via import ViaContext
from enligt.analyze.wordclass import attributive

Row = tuple[str | None, str | None, str]


def is_adjective(sentence: str) -> bool:
    """Whether the participle in [brackets] reads as an adjective before its noun."""
    word = sentence[sentence.index("[") + 1:sentence.index("]")]
    text = sentence.replace("[", "").replace("]", "")
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word and t.start == sentence.index("["))
    return attributive(toks, 0, i, len(toks), lexicon("en"))


@pytest.mark.parametrize(
    ("sentence", "adjective"),
    [
        # adjectives: after a determiner, a number or a quantifier (perhaps past an adverb in -ly), before a noun
        ("The region now has 48 [confirmed] cases of the virus.", True),
        ("Two toddlers were the other newly [reported] infections.", True),
        ("The [reported] attack took place at dawn.", True),
        ("Doctors are treating a [confirmed] case of cholera.", True),
        ("Officials counted 1,200 [suspected] infections by Friday.", True),
        ("Several [alleged] victims came forward later.", True),
        ("There were no [reported] injuries in the crash.", True),
        # en44: a quantifier after a verb or "or" ("has more confirmed cases", "five or more reported deaths")
        ("The valley now has more [confirmed] infections than the coast.", True),
        ("A cluster means five or more [suspected] infections in a ward.", True),
        # a noun of testing right before it (`test_noun`): one adjective with it, whatever follows
        ("Only three lab [confirmed] were among the pupils.", True),
        ("The ward holds six laboratory [confirmed] patients.", True),
        # verbs: after a subject, or before a clause, a gerund, an object's determiner or a preposition
        ("Officials [confirmed] two more cases on Monday.", False),
        ("Some [reported] seeing smoke over the hills.", False),
        ("Many [confirmed] that the road was closed.", False),
        ("Most [said] the plan was too costly.", False),
        ("Few [reported] to the police at all.", False),
        ("In 2019 [reported] crimes fell sharply.", False),
        ("All [confirmed] the account given by the driver.", False),
        ("The agency [reported] losses for the year.", False),
    ],
)
def test_attributive(sentence: str, adjective: bool) -> None:
    assert is_adjective(sentence) is adjective


def rules(text: str) -> list[Row]:
    toks = tokenize(text)
    ctx = Ctx(text, "en", lexicon("en"), ViaContext(frozenset()))
    return [(d.source_text(), d.cue_text, " ".join(text[a:b] for a, b in d.parts))
            for d in verb_rules(ctx, toks, 0, len(toks), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state has 30 confirmed cases, the agency said.", [("the agency", "said", "The state has 30 confirmed cases")]),
        ("Doctors said two more pupils fell ill, bringing to eight the number of cases reported at the school.",
         [("Doctors", "said", "two more pupils fell ill, bringing to eight the number of cases reported at the school")]),
        ("The river rose again overnight, raising the toll counted by rescuers.", []),
        ("The rules will change next year, leading experts said.",
         [("leading experts", "said", "The rules will change next year")]),
    ],
)
def test_participle_clause(text: str, expected: list[Row]) -> None:
    assert rules(text) == expected

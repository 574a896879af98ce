"""A second source after a conjunction with an apposition or relative clause set off by commas before its
cue ("…, while OCHA, which counts the dead, puts the death toll at 154"): the subject is the phrase
before the commas, not a speaker after the cue. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

APPOSITION = [
    ("da", "Ministeriet sætter dødstallet til 80, mens hjælpeorganisationen, Nødhjælpen, opgør dødstallet til 60.",
     "hjælpeorganisationen", "60"),
    ("da", "Ministeriet sætter dødstallet til 80, mens Nødhjælpen, som tæller de døde, opgør dødstallet til 60.",
     "Nødhjælpen", "60"),
    ("no", "Departementet setter dødstallet til 80, mens Nødhjelpen, som teller de døde, setter dødstallet til 60.",
     "Nødhjelpen", "60"),
    ("sv", "Ministeriet uppger att 80 dog, medan Nödhjälpen, som räknar de döda, uppger att 60 dog.",
     "Nödhjälpen", "60 dog"),
    ("en", "The ministry puts the death toll at 80, while the aid group, Reliefnet, puts the death toll at 60.",
     "the aid group, Reliefnet", "the death toll at 60"),  # English: the source phrase runs over the name (profile name_apposition_source)
    ("en", "The ministry said 80 people died, while Reliefnet, which counts the dead, said 60 people died.",
     "Reliefnet", "60 people died"),
]


@pytest.mark.parametrize(("lang", "text", "source", "content"), APPOSITION)
def test_a_second_source_before_an_apposition(lang: str, text: str, source: str, content: str) -> None:
    found = [(a.source, a.content) for a in attribute(Article(title=None, body=(text,), language=lang))]
    assert (source, content) in found


# A speaker after the cue stays the speaker: "C, says X" and an inserted name with no conjunction before it.
NOT_APPOSITION = [
    ("en", "Prices will rise, the minister, Ann Lee, said on Monday.", "the minister"),
    ("en", "The plan, critics say, will fail.", "critics"),
    # a subordinate clause and a relative clause before a V2 tag: the tag's speaker after the cue
    ("da", "En mand døde, da han blev ramt af et træ, der var væltet i stormen, skriver avisen Nordposten.",
     "avisen Nordposten"),
    ("sv", "En kvinna skadades, när hon träffades av en skylt, som hade lossnat i blåsten, skriver tidningen Kusten.",
     "tidningen Kusten"),
]


@pytest.mark.parametrize(("lang", "text", "source"), NOT_APPOSITION)
def test_a_tag_after_the_content_stays(lang: str, text: str, source: str) -> None:
    found = [a.source for a in attribute(Article(title=None, body=(text,), language=lang))]
    assert source in found


# att47: English "That was confirmed by X." points back like "Dette blir bekreftet av X.": the content is the sentence
# before (shapes.agent_back; function words back_passive_opener, back_passive_aux); one told or a clause after the
# agent is not this shape. Every sentence is written for its test.
BACK_PASSIVE_EN = [
    ("The pool will stay shut until May. That was confirmed by the leisure centre manager.",
     [("the leisure centre manager", "confirmed", "The pool will stay shut until May")]),
    ("Two wards have been closed to visitors. This has been confirmed by the hospital trust on Friday.",
     [("the hospital trust", "confirmed", "Two wards have been closed to visitors")]),
    ("The bridge reopened. That was decided by the council.", []),
]


@pytest.mark.parametrize(("text", "expected"), BACK_PASSIVE_EN)
def test_back_passive_en(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    found = attribute(Article(title=None, body=(text,), language="en", outlet=None))
    assert [(a.source, a.cue, a.content) for a in found] == expected

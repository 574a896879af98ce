"""Tests for structure/htmllang.py: the page language from function words, the model only when needed."""
from __future__ import annotations

import pytest

from enligt.structure import htmllang

EN = ("The council said on Monday that the new budget would not be enough, and the mayor was asked "
      "whether the plan had been changed after the vote. It is the second time this year that the "
      "city has cut its spending, because the tax income fell when the factory closed.")
SV = ("Kommunen meddelade på måndagen att den nya budgeten inte räcker, och kommunstyrelsens ordförande "
      "fick frågan om planen hade ändrats efter omröstningen. Det är andra gången i år som staden "
      "minskar sina utgifter, eftersom skatteintäkterna föll när fabriken stängdes och några jobb försvann.")
DE = ("Der Stadtrat teilte am Montag mit, dass der neue Haushalt nicht ausreiche, und die Bürgermeisterin "
      "wurde gefragt, ob der Plan nach der Abstimmung geändert worden sei. Es ist bereits das zweite Mal "
      "in diesem Jahr, dass die Stadt ihre Ausgaben kürzt, weil die Steuereinnahmen gesunken sind.")
KO = "시의회는 월요일 새 예산이 충분하지 않다고 밝혔다 " * 6
SCORES = "Palm Bay d. Rockledge 70-44 Rockledge 12 18 9 5 Palm Bay 20 15 21 14 " * 3


@pytest.mark.parametrize(("text", "declared", "expected"), [
    (EN, None, "en"),
    (EN, "de", "en"),  # a wrong declaration loses against clear prose
    (SV, None, "sv"),
    (DE, "en", "de"),
    (KO, "ko", "ko"),  # a declared language without word lists, and no supported function words
    (KO, None, None),  # nothing declared: the model decides
    (EN, "ko", "en"),
    (SCORES, "en", None),  # list-like text does not settle it
    ("The mayor said no.", "en", None),  # too short
])
def test_by_function_words(text: str, declared: str | None, expected: str | None) -> None:
    assert htmllang.by_function_words(text, declared) == expected


def test_own_words_are_exclusive() -> None:
    own = htmllang._own_words()
    assert "och" in own["sv"] and "the" in own["en"]
    for code, words in own.items():
        for other, other_words in own.items():
            if other != code:
                assert not words & other_words


def test_page_language_falls_back_to_model() -> None:
    assert htmllang.page_language("Calendário", ["Nesta página você terá sempre a classificação "
                                                 "atualizada da temporada de corridas do campeonato."], None) == "pt"

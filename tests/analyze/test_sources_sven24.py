"""Source phrases read on real pages in round sven24: a Swedish focusing adverb before the subject ("Även
partisekreteraren instämmer", "Också polisen bekräftar": `focus` in function_words.tsv) is no part of the source;
a relative clause naming a document's maker is part of it ("en genomgång som SVT har gjort", docrelative.py).
End to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

FOCUS_BEFORE_A_SUBJECT: list[tuple[str, list[Row]]] = [
    ("Även partisekreteraren Anna Berg instämmer i kritiken.",
     [("partisekreteraren Anna Berg", "instämmer i", "kritiken")]),
    ("Också polisen bekräftar att två personer greps under natten.",
     [("polisen", "bekräftar", "två personer greps under natten")]),
    ("Även de andra vittnena uppgav att bilen körde mot rött.",
     [("de andra vittnena", "uppgav", "bilen körde mot rött")]),
    # inside the sentence, after the verb, the adverb is the verb's
    ("Han har även sagt att skolan ska stänga.",
     [("Han", "sagt", "skolan ska stänga")]),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS_BEFORE_A_SUBJECT)
def test_a_swedish_focusing_adverb_is_no_part_of_the_source(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected


DOCUMENT_AND_ITS_MAKER: list[tuple[str, str, list[Row]]] = [
    # after "Det visar" / "Det framgår av": the relative clause and its phrase, to the sentence's end
    ("sv", "Minst 40 personer skadades under helgen. Det visar en genomgång som tidningen har gjort av polisens rapporter.",
     [("en genomgång som tidningen har gjort av polisens rapporter", "visar", "Minst 40 personer skadades under helgen")]),
    ("sv", "Kostnaderna har ökat kraftigt. Det framgår av en granskning som TT har gjort.",
     [("en granskning som TT har gjort", "framgår", "Kostnaderna har ökat kraftigt")]),
    ("sv", "Det framgår av en rapport som myndigheten tagit fram att utsläppen ökade.",
     [("en rapport som myndigheten tagit fram", "framgår", "utsläppen ökade")]),
    # a fronted "enligt": up to the main clause's verb
    ("sv", "Enligt en sammanställning som TT har gjort har 30 personer dött.",
     [("en sammanställning som TT har gjort", "Enligt", "har 30 personer dött")]),
    ("sv", "Enligt en undersökning som Novus gjort vill hälften av väljarna byta regering.",
     [("en undersökning som Novus gjort", "Enligt", "vill hälften av väljarna byta regering")]),
    # a closing "enligt": to the comma
    ("sv", "Totalt har 30 personer dött, enligt en sammanställning som TT har gjort, men siffran kan stiga.",
     [("en sammanställning som TT har gjort", "enligt", "Totalt har 30 personer dött")]),
    ("en", "The two men met in May, according to figures that were released on Thursday by the Treasury.",
     [("figures that were released on Thursday by the Treasury", "according to", "The two men met in May")]),
    # a relative clause that names no maker, or reports a claim of its own, stays out
    ("sv", "Bolaget varslar 300 anställda. Det framgår av bolagets rapport som publicerades på fredagsmorgonen.",
     [("bolagets rapport", "framgår", "Bolaget varslar 300 anställda")]),
    ("en", "Two candidates would win, according to a new poll that shows most voters are undecided.",
     [("a new poll", "according to", "Two candidates would win")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DOCUMENT_AND_ITS_MAKER)
def test_a_relative_clause_naming_a_documents_maker_is_part_of_the_source(lang: str, text: str,
                                                                            expected: list[Row]) -> None:
    assert rows(text, lang) == expected

"""Tests of `enligt.analyze.quantities` (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


# Issue 11: a figure before the abbreviation "pct." (Danish and Norwegian, as Swedish and English already) is a
# share, no count (lang/da/not_countable.txt, lang/no/not_countable.txt). Every sentence here was written for this file.
def _values(text: str, lang: str) -> list[float]:
    article = Article(title=None, body=(text,), language=lang)
    return [q.value for q in count(article, attribute(article))]


PCT_SHARES = [
    ("da", "Med et salgsfald på 30 pct. bliver der tale om en stor reduktion af medarbejdere, siger direktøren.", []),
    ("no", "Med et salgsfall på 30 pct. blir det snakk om en stor reduksjon av ansatte, sier direktøren.", []),
    ("da", "Omsætningen faldt 12 pct., og 40 ansatte mister jobbet, oplyser selskabet.", [40]),
    ("no", "Omsetningen falt 12 pct., og 40 ansatte mister jobben, opplyser selskapet.", [40]),
]


@pytest.mark.parametrize(("lang", "text", "values"), PCT_SHARES)
def test_a_figure_before_pct_is_a_share(lang: str, text: str, values: list[float]) -> None:
    assert _values(text, lang) == values


# Issue 11, stop 33's round num33 (quantities): a part opened by a partitive relative ("varav", "hvorav",
# "hvoraf", "davon", "of whom") is a part of the nearest figure before it, not of the first figure of the
# sentence ("fire dræbte samt tolv sårede, hvoraf fem var børn": five of the wounded), nor of a word before it
# that only says where ("telte ved hospitalet": the part is no hospital admission). A part with a predicate of
# its own keeps it. Every sentence here was written for this file.
def _counts(text: str, lang: str) -> list[tuple[str, float, bool]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value, q.key.endswith("|subset")) for q in count(article, attribute(article))]


NEAREST_WHOLE = [
    ("da", "Angrebet på markedet kostede mindst fire dræbte samt tolv sårede, hvoraf fem var børn, oplyser lokale kilder.",
     [("killed", 4, False), ("wounded", 12, False), ("wounded", 5, True)]),
    ("sv", "Attacken mot marknaden krävde minst fyra döda och tolv skadade, varav fem var barn, uppger lokala källor.",
     [("killed", 4, False), ("wounded", 12, False), ("wounded", 5, True)]),
    ("no", "Angrepet på markedet krevde minst fire drepte og tolv skadde, hvorav fem var barn, opplyser lokale kilder.",
     [("killed", 4, False), ("wounded", 12, False), ("wounded", 5, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEAREST_WHOLE)
def test_a_partitive_relative_takes_its_part_from_the_nearest_figure(
        lang: str, text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(text, lang) == expected


HOSPITAL_BEFORE = [
    # a hospital named before the whole is where the attack struck, not the whole the part is taken from
    ("da", ("Angrebet ramte teltene ved hospitalet og kostede mindst fire dræbte samt tolv sårede, hvoraf fem var "
     "læger, oplyser lokale kilder."), [("killed", 4, False), ("wounded", 12, False), ("wounded", 5, True)]),
    ("sv", ("Attacken träffade tälten vid sjukhuset och krävde minst fyra döda och tolv skadade, varav fem var "
     "läkare, uppger lokala källor."), [("killed", 4, False), ("wounded", 12, False), ("wounded", 5, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOSPITAL_BEFORE)
def test_a_hospital_before_the_whole_is_no_whole_of_its_part(
        lang: str, text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(text, lang) == expected


KEEPS_ITS_OWN = [
    # a part keeps its own predicate: a hospital admission is `other` (named with "av" or with "varav")
    ("sv", "Tre personer skadades vid bråket. Två av de skadade personerna fördes till sjukhus.",
     [("wounded", 3, False), ("other", 2, True)]),
    ("sv", "Totalt skadades sex personer vid olyckan, varav tre fördes till sjukhuset i Umeå.",
     [("wounded", 6, False), ("other", 3, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEEPS_ITS_OWN)
def test_a_part_named_with_of_keeps_its_own_predicate(lang: str, text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(text, lang) == expected

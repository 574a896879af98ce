"""Issue 11, round conf25: a "but" between two figures of a sentence sets them against each other ("3.000 Menschen,
laut Polizei aber nur 1.200"): a bare number after it is a rival figure for the same count, and the two are no
breakdown of one source's count (analyze/backrefs.py `rivals`, `_but_between`). Every sentence here was written
for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[float], int, list[str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [q.value for q in found], len(find_conflicts(found, attributions)), [q.key for q in found]


# The bare number after "but" counts what the figure before it counts: a rival figure, a conflict.
RIVALS = [
    ("de", "Nach Angaben der Veranstalter nahmen 3.000 Menschen an der Kundgebung teil, laut Polizei aber nur 1.200.",
     [3000, 1200]),
    ("sv", "Arrangörerna räknade 3 000 deltagare i tåget, men enligt polisen bara 1 200.", [3000, 1200]),
]


@pytest.mark.parametrize(("lang", "text", "values"), RIVALS)
def test_bare_number_after_but_is_a_rival(lang: str, text: str, values: list[float]) -> None:
    found, conflicts, _ = _read(text, lang)
    assert found == values and conflicts == 1


# Two figures of one count set against each other by "but" or a contrast conjunction are no breakdown, even
# from one voice: "the agency said 42 had died but that in fact 97 had died".
NO_BREAKDOWN = [
    ("sv", "Myndigheten rapporterade 42 döda, men i själva verket hade 97 personer dött."),
    ("no", "Myndigheten sa at 42 personer var døde, men at 97 personer egentlig var døde."),
    ("da", "Myndigheden meldte om 42 døde, men i virkeligheden var 97 personer døde."),
    ("de", "Die Behörde teilte mit, 42 Menschen seien gestorben, aber tatsächlich seien 97 Menschen gestorben."),
    ("en", "The agency said 42 people had died but that in fact 97 people had died."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BREAKDOWN)
def test_figures_set_against_each_other_are_no_breakdown(lang: str, text: str) -> None:
    found, _, keys = _read(text, lang)
    assert found == [42, 97]
    assert not any("breakdown=1" in k for k in keys)

"""Issue 11, round num15 (live9dev): court steps after an arrest, the unhurt among the hurt, verbs and
days that end a counted phrase. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# Remand in custody and arraignment are court steps taken for some of those arrested: their figures are
# counts of their own (event `remand`, `arraign`), never rival arrest tolls.
REMAND = [
    ("da", "Politiet anholdt 14 personer fredag. Ni af dem blev varetægtsfængslet, oplyser anklageren.", 14, 9),
    ("sv", "Polisen grep tolv personer i helgen. Fyra häktades på måndag, uppger åklagaren.", 12, 4),
    ("no", "Politiet pågrep 15 personer natt til søndag. Seks ble varetektsfengslet, sier politiadvokaten.", 15, 6),
    ("de", "Die Polizei nahm 20 Männer fest. Acht kamen in Untersuchungshaft, sagte ein Sprecher.", 20, 8),
    ("en", "Police arrested 16 people on Saturday. Five were remanded in custody, a prosecutor said.", 16, 5),
]


@pytest.mark.parametrize(("lang", "text", "arrested", "remanded"), REMAND)
def test_remand_is_no_arrest_toll(lang: str, text: str, arrested: float, remanded: float) -> None:
    found, conflicts = _read(text, lang)
    assert ("other", arrested) in [(m, v) for m, v, _ in found]
    assert any(v == remanded and "|remand|" in k for _, v, k in found)
    assert conflicts == []


# A weekday right after the number ends the counted phrase: "otte søndag fremstillet" counts people.
DAY_AFTER = [
    ("da", "Af de anholdte blev otte søndag fremstillet i grundlovsforhør.", 8, "|arraign|"),
    ("sv", "Tre personer greps. Två måndag häktades av tingsrätten.", 2, "|remand|"),
    ("en", "Nine men were detained. Four Monday were arraigned in a city court.", 4, "|arraign|"),
]


@pytest.mark.parametrize(("lang", "text", "value", "event"), DAY_AFTER)
def test_a_weekday_ends_the_counted_phrase(lang: str, text: str, value: float, event: str) -> None:
    assert any(v == value and event in k for _, v, k in _read(text, lang)[0])


# Those unhurt among the hurt ("to af dem er sluppet med skræmmer") are a count of their own, no part of
# the wounded that meets the whole; and a part of the severely wounded never meets its whole.
UNHURT = [
    ("da", ("Politiet siger, at fire personer blev alvorligt kvæstet. »To af dem er sluppet med skrækken«, "
           "siger vagtchefen."), 2),
    ("no", "Politiet sier at fem personer ble hardt skadd. «To av dem er uskadd», sier operasjonslederen.", 2),
    ("sv", "Polisen uppger att sex personer skadades allvarligt. Två av dem är oskadda, säger räddningsledaren.", 2),
    ("de", "Die Polizei sagt, vier Menschen seien schwer verletzt. Zwei von ihnen blieben unverletzt, so die Feuerwehr.", 2),
    ("en", "Police said five people were seriously hurt. Two of them were unhurt, a firefighter said.", 2),
]


@pytest.mark.parametrize(("lang", "text", "value"), UNHURT)
def test_the_unhurt_are_no_wounded(lang: str, text: str, value: float) -> None:
    found, conflicts = _read(text, lang)
    assert not any(m == "wounded" and v == value for m, v, _ in found)
    assert conflicts == []


SEVERE_PART = [
    ("da", ("Politiet siger, at fire personer blev alvorligt kvæstet. »To af dem er alvorligt kvæstet i hovedet«, "
           "siger lægen.")),
    ("en", "Police said five people were seriously injured. Two of them were seriously injured in the head, a doctor said."),
]


@pytest.mark.parametrize(("lang", "text"), SEVERE_PART)
def test_a_part_of_the_severely_wounded_never_meets_its_whole(lang: str, text: str) -> None:
    assert _read(text, lang)[1] == []


# A verb of being somewhere ("befinder sig", "remain") ends the counted phrase: the place after it is the
# predicate ("tre befinder sig på hospitalet": in hospital).
WHERE_VERB = [
    ("da", "Fire personer blev kvæstet. Tre befinder sig på hospitalet.", 3),
    ("no", "Fire personer ble skadd. Tre befinner seg på sykehuset.", 3),
    ("sv", "Fyra personer skadades. Tre befinner sig på sjukhus.", 3),
    ("de", "Vier Menschen wurden verletzt. Drei liegen im Krankenhaus.", 3),
    ("en", "Four people were hurt. Three remain in hospital.", 3),
]


@pytest.mark.parametrize(("lang", "text", "value"), WHERE_VERB)
def test_a_verb_of_being_ends_the_counted_phrase(lang: str, text: str, value: float) -> None:
    assert any(v == value and "|hospital|" in k for _, v, k in _read(text, lang)[0])

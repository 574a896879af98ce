"""Issue 11, round num19 (causes pooled over the annotated real sets): a layoff named by a noun before
the figure ("den Abbau von 1600 Stellen", "the elimination of 300 jobs"). Every sentence here was
written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# A cut of jobs named by a noun (a nominalised layoff verb) before "of/von/af/av" and the jobs.
NOMINAL_LAYOFFS = [
    ("de", "Der Konzern kündigte am Montag den Abbau von 1200 Stellen an.", 1200),
    ("de", "Die Bank plant die Streichung von rund 800 Arbeitsplätzen im Inland.", 800),
    ("de", "Beim Zulieferer sind nach Angaben der Gewerkschaft 450 Stellen gefährdet.", 450),
    ("en", "The carmaker announced the elimination of 900 jobs at its plants.", 900),
    ("da", "Koncernen varsler en nedskæring på 300 stillinger i Danmark.", 300),
    ("no", "Selskapet varsler en nedbemanning på 250 stillinger i Norge.", 250),
    ("sv", "Företaget meddelade en neddragning av 400 tjänster i Sverige.", 400),
]


@pytest.mark.parametrize(("lang", "text", "value"), NOMINAL_LAYOFFS)
def test_a_layoff_noun_before_the_jobs_counts_a_layoff(lang: str, text: str, value: float) -> None:
    found, _ = _read(text, lang)
    assert [(m, v, k.split("|")[1]) for m, v, k in found] == [("other", value, "layoff")]


# German medical care of the hurt ("ambulant behandelt", "medizinisch versorgt") counts the wounded, and
# an evacuation in the infinitive after a modal ("mussten 30 Menschen in Sicherheit bringen") the displaced.
CARE = [
    ("de", "Nach dem Unfall wurden fünf Fahrgäste ambulant behandelt.", ("wounded", 5)),
    ("de", "Zwei Polizisten ließen sich nach dem Einsatz ambulant behandeln.", ("wounded", 2)),
    ("de", "Vor Ort wurden insgesamt neun Menschen medizinisch versorgt.", ("wounded", 9)),
    ("de", "Die Helfer mussten in der Nacht 30 Menschen in Sicherheit bringen.", ("displaced", 30)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARE)
def test_medical_care_counts_the_wounded(lang: str, text: str, expected: tuple[str, float]) -> None:
    found, _ = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [expected]


# "in Sicherheit" and "im Zuge" name no place.
NOT_PLACES = [
    ("de", "Die Feuerwehr hat 40 Bewohner in Sicherheit gebracht."),
    ("de", "Im Zuge der Fusion sind beim Konzern 900 Stellen gefährdet."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PLACES)
def test_safety_and_course_are_no_place(lang: str, text: str) -> None:
    found, _ = _read(text, lang)
    assert len(found) == 1 and "place=" not in found[0][2]


# A part's own measure noun right after its number ("Blandt dem 25 dræbte og 102 sårede") is its measure,
# also where the noun before it is a verb form too (Danish/Norwegian "dræbte", "drepte").
PART_NOUNS = [
    ("da", "Tallet var mindst 90 civile ofre. Blandt dem 20 dræbte og 70 sårede.", [("other", 90), ("killed", 20), ("wounded", 70)]),
    ("no", "Tallet var minst 90 sivile ofre. Blant dem 20 drepte og 70 sårede.", [("other", 90), ("killed", 20), ("wounded", 70)]),
    ("sv", "Siffran var minst 90 civila offer. Bland dem 20 döda och 70 skadade.", [("other", 90), ("killed", 20), ("wounded", 70)]),
    ("de", "Die Zahl lag bei 90 zivilen Opfern, darunter 20 Tote und 70 Verletzte.", [("other", 90), ("killed", 20), ("wounded", 70)]),
    ("en", "The count stood at 90 civilian victims, among them 20 dead and 70 wounded.", [("other", 90), ("killed", 20), ("wounded", 70)]),
    # the set a part is taken from stays a role: the predicate decides
    ("sv", "Tio personer smittades. Sju av de smittade har avlidit.", [("other", 10), ("killed", 7)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PART_NOUNS)
def test_a_parts_own_measure_noun_is_its_measure(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    found, _ = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == expected


# Occasions of an event are counted ("vid fyra olika tillfällen", "on two occasions"): other, never the
# toll of a measure word beside them.
OCCASIONS = [
    ("sv", "Enligt guvernören skedde dödsfallen och skadorna vid fyra olika tillfällen.", 4),
    ("no", "Det ble løsnet varselskudd ved to anledninger i løpet av dagen, sier politiet.", 2),
    ("en", "Police fired warning shots on two occasions during the day, a spokesman said.", 2),
    ("de", "Die Polizei gab bei zwei Gelegenheiten Warnschüsse ab, sagte ein Sprecher.", 2),
]


@pytest.mark.parametrize(("lang", "text", "value"), OCCASIONS)
def test_occasions_are_counted(lang: str, text: str, value: float) -> None:
    found, _ = _read(text, lang)
    assert [(m, v, k.split("|")[1]) for m, v, k in found] == [("other", value, "occasion")]
    assert "place=" not in found[0][2]


# A collision noun after "beim" is no place ("Beim Zusammenprall wurden 20 Menschen verletzt").
def test_a_collision_is_no_place() -> None:
    found, _ = _read("Beim Zusammenprall der Busse wurden mindestens 20 Menschen verletzt.", "de")
    assert [(m, v) for m, v, _ in found] == [("wounded", 20)] and "place=" not in found[0][2]

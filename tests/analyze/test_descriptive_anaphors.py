"""A definite description as a quote's speaker ("sier RBK-kapteinen", "the company said", "sagte die Sprecherin")
with no earlier mention headed by its role noun: the name of the latest named person (or company) before it is its
source_name, and the tagless quote paragraph after it goes to that name (analyze.anaphors). Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

NamedRow = tuple[str | None, str | None, str | None, str]  # source, source_name, cue, content

RESOLVED = [
    ("no", ("Laget taper igjen, sier Kari Nordmann etter kampen.\n\n– Vi må trene mer, sier Lyn-kapteinen.\n\n"
            "– Det blir en lang høst."),
     [("Lyn-kapteinen", "Kari Nordmann", "sier", "Vi må trene mer"),
      ("Lyn-kapteinen", "Kari Nordmann", None, "Det blir en lang høst")]),
    ("da", ("- Broen åbner til sommer, siger Peter Holm fra kommunen.\n\n- Vi venter på stål, siger "
            "Vejdirektoratet-chefen.\n\n- Det kan tage måneder."),
     [("Vejdirektoratet-chefen", "Peter Holm", "siger", "Vi venter på stål"),
      ("Vejdirektoratet-chefen", "Peter Holm", None, "Det kan tage måneder")]),
    ("sv", ("– Bron öppnar i sommar, säger Lena Ek på kommunen.\n\n– Vi väntar på stål, säger "
            "Trafikverket-chefen.\n\n– Det kan ta månader."),
     [("Trafikverket-chefen", "Lena Ek", "säger", "Vi väntar på stål"),
      ("Trafikverket-chefen", "Lena Ek", None, "Det kan ta månader")]),
    ("de", ("Das Werk schließt im Herbst, sagte Jana Roth am Montag.\n\n„Wir bedauern das sehr“, sagte die "
            "Sprecherin.\n\n„Wir suchen nach neuen Stellen.“"),
     [("die Sprecherin", "Jana Roth", "sagte", "Wir bedauern das sehr"),
      ("die Sprecherin", "Jana Roth", None, "Wir suchen nach neuen Stellen")]),
    ("en", ("The mill will shut in May, Northfield Industries said on Friday.\n\n“We regret this step,” the company "
            "said.\n\n“We will help every worker find a new post.”"),
     [("the company", "Northfield Industries", "said", "We regret this step"),
      ("the company", "Northfield Industries", None, "We will help every worker find a new post")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESOLVED)
def test_a_definite_description_takes_the_name_before_it(lang: str, text: str, expected: list[NamedRow]) -> None:
    found = [(a.source, a.source_name, a.cue, a.content) for a in attributions(text, lang)]
    for row in expected:
        assert row in found


# a nationality noun gives no role of its own, so it takes the latest named person whatever role the text gave
# them; a coach's titles point back to one another (colon43)
NATIONALITY = [
    ("en", ("Leeds boss Marco Silva said on Saturday that his defence had improved.\n\n“We were solid all afternoon,” the "
            "Portuguese said.\n\n“The clean sheet matters most.”"),
     [("the Portuguese", "Marco Silva", "said", "We were solid all afternoon"),
      ("the Portuguese", "Marco Silva", None, "The clean sheet matters most")]),
    ("en", ("Head coach Luis Ortega expects a hard game on Sunday.\n\n“They press high,” the Spaniard told "
            "reporters."),
     [("the Spaniard", "Luis Ortega", "told", "They press high")]),
    ("en", ("Manager Tom Reid was pleased after the draw.\n\n“It was a fair result,” the coach said."),
     [("the coach", "Tom Reid", "said", "It was a fair result")]),
    ("de", ("Mannschaftsarzt Pavel Novak äußerte sich am Montag.\n\n„Die Pause dauert zwei Wochen“, sagte "
            "der Tscheche."),
     [("der Tscheche", "Pavel Novak", "sagte", "Die Pause dauert zwei Wochen")]),
    ("de", ("Trainer Jan Brückner wirkte nach dem Spiel müde.\n\n„Wir hatten keine Kraft mehr“, sagte der Coach."),
     [("der Coach", "Jan Brückner", "sagte", "Wir hatten keine Kraft mehr")]),
    ("sv", ("Förbundskaptenen Ola Berg var nöjd efter matchen.\n\n– Vi försvarade oss bra, säger norrmannen."),
     [("norrmannen", "Ola Berg", "säger", "Vi försvarade oss bra")]),
    ("no", ("Landslagssjef Erik Lund var fornøyd etter kampen.\n\n– Vi forsvarte oss godt, sier svensken."),
     [("svensken", "Erik Lund", "sier", "Vi forsvarte oss godt")]),
    ("da", ("Landstræner Mads Krog var tilfreds efter kampen.\n\n- Vi forsvarede os godt, siger svenskeren."),
     [("svenskeren", "Mads Krog", "siger", "Vi forsvarede os godt")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NATIONALITY)
def test_a_nationality_noun_takes_the_person_named_before(lang: str, text: str, expected: list[NamedRow]) -> None:
    found = [(a.source, a.source_name, a.cue, a.content) for a in attributions(text, lang)]
    for row in expected:
        assert row in found


UNRESOLVED = [
    # nobody named before: the description stays nameless
    ("no", "– Vi må trene mer, sier Lyn-kapteinen.", ("Lyn-kapteinen", None, "sier", "Vi må trene mer")),
    ("en", "“We regret this step,” the company said.", ("the company", None, "said", "We regret this step")),
    # a plural description is no one person
    ("en", ("The mill will shut in May, Anna Lee said on Friday.\n\n“We are angry,” the workers said."),
     ("the workers", None, "said", "We are angry")),
]


@pytest.mark.parametrize(("lang", "text", "row"), UNRESOLVED)
def test_a_description_with_no_name_before_stays_nameless(lang: str, text: str, row: NamedRow) -> None:
    found = [(a.source, a.source_name, a.cue, a.content) for a in attributions(text, lang)]
    assert row in found


PLURAL = [
    # a plural description ("vittnen", "Vitner", "die Ermittler") points at no one person named before
    ("sv", "Branden startade i natt, säger Karl Berg på räddningstjänsten.\n\nEnligt vittnen hördes en smäll.",
     ("vittnen", None, "Enligt", "hördes en smäll")),
    ("no", "Brannen startet i natt, sier Per Dahl i brannvesenet.\n\nVitner forteller at de hørte et smell.",
     ("Vitner", None, "forteller", "de hørte et smell")),
    ("de", "Das Feuer brach in der Nacht aus, sagte Jana Roth.\n\nDie Ermittler berichten von einem Knall.",
     ("Die Ermittler", None, "berichten von", "einem Knall")),
]


@pytest.mark.parametrize(("lang", "text", "row"), PLURAL)
def test_a_plural_description_takes_no_name(lang: str, text: str, row: NamedRow) -> None:
    found = [(a.source, a.source_name, a.cue, a.content) for a in attributions(text, lang)]
    assert row in found

"""A source given by surname alone takes the full name the article gave earlier in passing, with no cue of its
own (all languages): "sagte Berg" after "Ministerin Anna von Berg (SPD)". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

FULL_NAME_BEFORE = [
    # (text, lang, source_name of the last record)
    (("Am Montag reiste Verkehrsministerin Johanna von Hollberg (SPD) nach Kiel. Die Brücke werde im Mai "
      "fertig, sagte Hollberg."), "de", "Johanna von Hollberg"),
    ("Auch Innensenator Thomas de Brunnholt (CDU) war dabei. De Brunnholt sagte, die Lage sei ruhig.", "de",
     "Thomas de Brunnholt"),
    ("Am Abend sprach SPD-Fraktionschef Frank-Peter Rendsholm. „Die Koalition ist am Ende“, sagte Rendsholm.", "de",
     "Frank-Peter Rendsholm"),
    ("Yesterday fire chief John Walloway toured the site. The roof will be repaired, Walloway said.", "en",
     "John Walloway"),
    ("I går besøkte konsernsjef Eldar Vindheim fabrikken. – Vi skal bygge en ny hall, sier Vindheim.", "no",
     "Eldar Vindheim"),
    ("I går besökte vd Anna Strömgård fabriken. – Vi ska bygga en ny hall, säger Strömgård.", "sv",
     "Anna Strömgård"),
]

NO_FULL_NAME = [
    # a surname the article never gave in full keeps itself
    ("Die Brücke werde im Mai fertig, sagte Hollberg.", "de", "Hollberg"),
    ("The roof will be repaired, Walloway said.", "en", "Walloway"),
]


@pytest.mark.parametrize("text,lang,name", FULL_NAME_BEFORE + NO_FULL_NAME)
def test_surname_takes_the_full_name_given_before(text: str, lang: str, name: str) -> None:
    assert attributions(text, lang)[-1].source_name == name

"""Nordic subjects before a cue (cuesubject.py, verbfirst.py): a time phrase alone between a relative pronoun and the cue
("Per Holm, der 3. maj fortalte, at C") leaves the pronoun the source, standing for the name before it; a perfect
pointing back keeps its subject when the medium told closes it ("Det har en talsmand sagt til avisen.") and when
the subject is a Norwegian neuter noun ending like a past ("Det har rederiet opplyst."). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=("Innledning", text), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


RELATIVE_AFTER_TIME = [
    ("da", "Sagen blev rejst af Per Holm, der 3. maj fortalte avisen, at bilen var stjålet.",
     [("der", "fortalte", "bilen var stjålet")]),
    ("da", "Sagen blev rejst af Per Holm, der i går fortalte avisen, at bilen var stjålet.",
     [("der", "fortalte", "bilen var stjålet")]),
    ("no", "Saken ble tatt opp av Kari Dahl, som 3. mai fortalte avisen at bilen var stjålet.",
     [("som", "fortalte", "bilen var stjålet")]),
    ("sv", "Frågan togs upp av Eva Ek, som i maj berättade för tidningen att bilen var stulen.",
     [("som", "berättade", "bilen var stulen")]),
]


@pytest.mark.parametrize("lang,text,expected", RELATIVE_AFTER_TIME)
def test_a_time_after_a_relative_pronoun_leaves_the_pronoun_the_source(lang: str, text: str,
                                                                        expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_the_relative_pronoun_names_its_antecedent() -> None:
    text = "Sagen blev rejst af Per Holm, der 3. maj fortalte avisen, at bilen var stjålet."
    article = Article(title=None, body=(text,), language="da")
    assert [a.source_name for a in attribute(article)] == ["Per Holm"]


POINTING_BACK_TOLD = [
    ("da", ("Færgen sejler igen fra mandag.", "Det har en talsmand sagt til avisen."),
     ("en talsmand", "sagt", "Færgen sejler igen fra mandag")),
    ("sv", ("Färjan går igen från måndag.", "Det har en talesperson sagt till tidningen."),
     ("en talesperson", "sagt", "Färjan går igen från måndag")),
    ("sv", ("Färjan går igen från måndag.", "Det har rederiet uppgett för lokalradion."),
     ("rederiet", "uppgett", "Färjan går igen från måndag")),
    ("no", ("Ferja går igjen fra mandag.", "Det har en talsperson sagt til avisen."),
     ("en talsperson", "sagt", "Ferja går igjen fra mandag")),
    # a neuter noun in the definite form ends like a Norwegian past ("-et"): still the subject
    ("no", ("Ferja går igjen fra mandag.", "Det har rederiet opplyst."), ("rederiet", "opplyst", "Ferja går igjen fra mandag")),
    ("no", ("Ferja går igjen fra mandag.", "Det har sykehuset sagt til lokalavisen."),
     ("sykehuset", "sagt", "Ferja går igjen fra mandag")),
]


@pytest.mark.parametrize("lang,paras,expected", POINTING_BACK_TOLD)
def test_a_perfect_pointing_back_with_the_medium_told(lang: str, paras: tuple[str, str], expected: Row) -> None:
    rows = [(a.source, a.cue, a.content) for a in attribute(Article(title=None, body=paras, language=lang))]
    assert rows == [expected]

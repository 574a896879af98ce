"""Nordic subjects before a cue (cuesubject.py): a time phrase alone between a relative pronoun and the cue
("Per Holm, der 3. maj fortalte, at C") leaves the pronoun the source, standing for the name before it. Every
sentence is written for its test."""
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

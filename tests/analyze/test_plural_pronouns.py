"""Plural pronouns as sources (issue 10, sv/no/da/de/en): "De", "they" and German "sie" with a plural verb
resolve to the latest body or group (a sentence's subject or an earlier source), never to one named person;
a singular pronoun skips a group. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def _by_source(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    """content -> (source_name, source_type) of each attribution."""
    arts = attribute(Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang))
    return {a.content: (a.source_name, a.source_type) for a in arts}


PLURAL = [
    # a body as a sentence's subject, then a named person's quote, then "De": the body
    ("Oppositionen är kritisk till beslutet.\n\n– Det är fel, säger Kalle Nord.\n\nDe menar att frågan har skyndats på.",
     "sv", "frågan har skyndats på", ("Oppositionen", "organization")),
    ("Polisen har stängt vägen.\n\n– Vi vet inget, säger Eva Strand.\n\nDe uppger att ingen skadades.",
     "sv", "ingen skadades", ("Polisen", "official")),
    ("Fagforbundet er misfornøyd.\n\n– Dette er trist, sier Ola Berge.\n\nDe mener at ledelsen har sviktet.",
     "no", "ledelsen har sviktet", ("Fagforbundet", "organization")),
    ("Politiet har afspærret området.\n\n– Vi ved intet, siger Jens Holm.\n\nDe oplyser, at ingen kom til skade.",
     "da", "ingen kom til skade", ("Politiet", "official")),
    ("Police closed the bridge.\n\n\"It is a mess,\" said Tom Reed.\n\nThey said no one was hurt.",
     "en", "no one was hurt", ("Police", "official")),
    ("The union is critical of the plan.\n\n\"It is bad,\" said Tom Reed.\n\nThey said the talks had failed.",
     "en", "the talks had failed", ("The union", "organization")),
    # German "sie" with a plural verb: the body, not the woman named last
    ("Die Gewerkschaft kritisiert den Plan.\n\nAnna Weber sagte, das sei falsch.\n\nSie sagten, die Gespräche seien gescheitert.",
     "de", "die Gespräche seien gescheitert", ("Die Gewerkschaft", "organization")),
    # none before it: the pronoun stays a person's, with no name
    ("– Det är fel, säger Kalle Nord.\n\nDe menar att frågan har skyndats på.",
     "sv", "frågan har skyndats på", (None, "person")),
]


@pytest.mark.parametrize(("text", "lang", "content", "expected"), PLURAL)
def test_plural_pronoun_means_a_body_or_group(text: str, lang: str, content: str,
                                              expected: tuple[str | None, str]) -> None:
    assert _by_source(text, lang)[content] == expected


SINGULAR = [
    # German "sie" with a singular verb may still be the woman
    ("Anna Weber sagte, das sei falsch.\n\nSie sagte, die Gespräche seien gescheitert.",
     "de", "die Gespräche seien gescheitert", "Anna Weber"),
    # "han" never means a group named after the man
    ("– Jag var där, säger Per Ek.\n\nFlera grannar säger att de hörde skott.\n\nHan säger att polisen kom sent.",
     "sv", "polisen kom sent", "Per Ek"),
]


@pytest.mark.parametrize(("text", "lang", "content", "name"), SINGULAR)
def test_singular_pronoun_keeps_its_person(text: str, lang: str, content: str, name: str) -> None:
    assert _by_source(text, lang)[content][0] == name

"""Which counted subjects the numbers stage compares: the subject lookups and the families of people.

The cross-language lookups (`subject_key`, `concept_of`, `nationality_of`, `lemma`) live in
`enligt.lang.subjects`, below both this package and the corpus store, which keys figures with them.
"""
from __future__ import annotations

from typing import Final

from enligt.lang.subjects import concept_of, lemma, nationality_of, subject_key

__all__ = ["PEOPLE", "concept_of", "family", "lemma", "nationality_adjective", "nationality_of", "subject_key"]

# People counted by a role are people: "sex arbetare har omkommit" and "fyra personer dödades"
# count the same dead, and so do passengers ("three passengers were killed" vs "six people died").
# Soldiers and officers are kept apart from civilians; children and students are a part of the people.
PEOPLE: Final = frozenset({"person", "worker", "employee", "member", "attendee", "defendant", "passenger", "inhabitant",
                           "player"})


def family(concept: str) -> str:
    """The concept two figures are compared on: "person" for every kind of people in `PEOPLE`."""
    return "person" if concept in PEOPLE else concept


def nationality_adjective(word: str, lang: str) -> bool:
    """Whether a word is a nationality adjective ("ukrainska", "Russian"), not a noun naming its people."""
    found = nationality_of(word, lang)
    return bool(found) and not found[1]  # type: ignore[index]

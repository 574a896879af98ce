"""Tests of `enligt.analyze.numnames`: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.numnames import national

from .test_quantities import _values

# Issue 11, round num28: the same figure restated by a second source. Two bodies of one country share
# its nationality or name ("the Norwegian Road Administration" and "the Norwegian Ministry of Health"),
# which makes neither a generic reference to the other: each keeps its record. Every sentence here was
# written for this file.

# (lang, text, claims as (source, content, source type, proper name), values expected)
NATIONAL_BODIES = [
    ("en", ("The Norwegian rail company said 30 passengers were injured. The Norwegian Health Ministry said "
           "30 people were injured."),
     [("The Norwegian rail company", "30 passengers were injured", "organization", None),
      ("The Norwegian Health Ministry", "30 people were injured.", "official", "The Norwegian Health Ministry")],
     [30, 30]),
    ("sv", ("Det ukrainska tågbolaget uppger att 30 passagerare skadades. Ukrainska hälsoministeriet uppger att "
           "30 personer skadades."),
     [("Det ukrainska tågbolaget", "att 30 passagerare skadades", "organization", None),
      ("Ukrainska hälsoministeriet", "att 30 personer skadades.", "official", "Ukrainska hälsoministeriet")],
     [30, 30]),
    ("no", ("Det svenske jernbaneselskapet sier at 30 passasjerer ble skadet. Det svenske helsedepartementet "
           "sier at 30 personer ble skadet."),
     [("Det svenske jernbaneselskapet", "at 30 passasjerer ble skadet", "organization", None),
      ("Det svenske helsedepartementet", "at 30 personer ble skadet.", "official", "Det svenske helsedepartementet")],
     [30, 30]),
    ("da", ("Det tyske jernbaneselskab oplyser, at 30 passagerer blev såret. Det tyske sundhedsministerium "
           "oplyser, at 30 personer blev såret."),
     [("Det tyske jernbaneselskab", "at 30 passagerer blev såret", "organization", None),
      ("Det tyske sundhedsministerium", "at 30 personer blev såret.", "official", "Det tyske sundhedsministerium")],
     [30, 30]),
    ("de", ("Die russische Bahngesellschaft teilte mit, 30 Fahrgäste seien verletzt worden. Das russische "
           "Gesundheitsministerium teilte mit, 30 Menschen seien verletzt worden."),
     [("Die russische Bahngesellschaft", "30 Fahrgäste seien verletzt worden", "organization", None),
      ("Das russische Gesundheitsministerium", "30 Menschen seien verletzt worden.", "official",
       "Das russische Gesundheitsministerium")],
     [30, 30]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), NATIONAL_BODIES)
def test_bodies_sharing_a_nationality_each_give_the_figure(
        lang: str, text: str, claims: list[tuple[str, str, str | None, str | None]], expected: list[float]) -> None:
    assert _values(text, lang, claims) == expected


# The same body named again by a generic reference still gives the figure once.
SAME_BODY = [
    ("en", ("The Norwegian rail company said 30 passengers were injured. Later the rail company said 30 "
           "passengers were injured."),
     [("The Norwegian rail company", "30 passengers were injured", "organization", None),
      ("the rail company", "30 passengers were injured.", "organization", None)], [30]),
    ("de", ("Die russische Bahngesellschaft teilte mit, 30 Fahrgäste seien verletzt worden. Später teilte die "
           "Bahngesellschaft mit, 30 Fahrgäste seien verletzt worden."),
     [("Die russische Bahngesellschaft", "30 Fahrgäste seien verletzt worden", "organization", None),
      ("die Bahngesellschaft", "30 Fahrgäste seien verletzt worden.", "organization", None)], [30]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), SAME_BODY)
def test_one_body_named_again_gives_the_figure_once(
        lang: str, text: str, claims: list[tuple[str, str, str | None, str | None]], expected: list[float]) -> None:
    assert _values(text, lang, claims) == expected


# A nationality or a country in a source's words, in every language.
NATIONAL_WORDS = [
    ("en", "russian", True), ("en", "ministry", False),
    ("sv", "ryska", True), ("sv", "departementet", False),
    ("no", "svenske", True), ("no", "politiet", False),
    ("da", "tyske", True), ("da", "ministeriet", False),
    ("de", "russischen", True), ("de", "gesundheitsministerium", False),
]


@pytest.mark.parametrize(("lang", "word", "expected"), NATIONAL_WORDS)
def test_national_words(lang: str, word: str, expected: bool) -> None:
    assert national(word, lang) is expected

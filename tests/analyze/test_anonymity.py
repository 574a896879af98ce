"""anonymity.adverbial_at tests a word against the first words of the openers before it reads any opener (speed:
the rule is tried at every word of an object content); its answers are those of the full reading."""
from __future__ import annotations

import pytest

from enligt.analyze import anonymity
from enligt.analyze.cues import lexicon
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import tokenize
from enligt.analyze.via import ViaContext
from enligt.lang import function_words

from ..conftest import kept


def _ctx(text: str, lang: str) -> Ctx:
    return Ctx(text, lang, lexicon(lang), ViaContext(frozenset()))


def _full_reading(ctx: Ctx, toks: list, k: int, e: int) -> bool:
    """adverbial_at as it read before the first-word test: every opener tried at every word."""
    if ctx.lex.profile.v2 or k >= e or not toks[k].is_word:
        return False
    words = [t.low for t in toks[k:min(e, k + anonymity.REACH + 3)]]
    opener = next((o for o in function_words(ctx.lang, "anonymity_opener") if words[:len(o.split())] == o.split()), None)
    if opener is None:
        return False
    rest = " ".join(words[len(opener.split()):len(opener.split()) + anonymity.REACH])
    return any(mark in rest for mark in ctx.lex.closed.anonymity)


SENTENCES: list[tuple[str, str, set[str]]] = [  # (text, language, the words an adverbial opens at)
    ("The clerk confirmed the closure on condition of anonymity because she was not allowed to comment.", "en", {"on"}),
    ("A guard described the night under the condition that he not be named in print.", "en", {"under"}),
    ("The bank agreed to lend the money on condition that the loan is repaid within a year.", "en", set()),
    ("Under the new rules the council said nothing on the matter.", "en", set()),
    ("Vakten sa på villkor att han inte namnges att dörren var öppen.", "sv", set()),
]


@pytest.mark.parametrize(("text", "lang", "opens"), SENTENCES)
def test_adverbial_at_reads_as_before(text: str, lang: str, opens: set[str]) -> None:
    ctx = _ctx(text, lang)
    toks = tokenize(text)
    e = len(toks)
    found = {toks[k].low for k in range(e) if anonymity.adverbial_at(ctx, toks, k, e)}
    assert found == opens
    assert all(anonymity.adverbial_at(ctx, toks, k, e) == _full_reading(ctx, toks, k, e) for k in range(e + 1))


@pytest.mark.parametrize("lang", ["en", "sv", "no", "da", "de"])
def test_opener_first_words(lang: str) -> None:
    firsts = anonymity._opener_firsts(lang)
    assert firsts == {o.split()[0] for o in function_words(lang, "anonymity_opener")}
    assert kept(firsts, anonymity._opener_firsts(lang))  # built once, kept


def test_english_openers_open_with_a_preposition() -> None:
    assert anonymity._opener_firsts("en") == {"on", "under"}

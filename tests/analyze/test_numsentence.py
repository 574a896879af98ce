"""Sentence preparation in analyze/numsentence.py against its definitions."""
from __future__ import annotations

import pytest

from enligt.analyze import lexicon as lx
from enligt.analyze.numbers import find_numbers
from enligt.analyze.numsentence import SourceSpans, make_sentence

_CAUSES = [("en", "Two bombs went off and the blast killed 12 people."), ("en", "The bombers fled; 3 were held."),
           ("en", "Superbomb 12 dead."), ("en", "Nothing happened to the 40 guests."),
           ("en", "xbomb 7 and bomb 8"), ("sv", "Explosionen dödade 12 personer, uppger polisen."),
           ("sv", "Minst 5 skadades i smällen."), ("en", "BOMBS 4 and Blasts 5")]


def _by_definition(text: str, start: int, end: int, lang: str) -> tuple[tuple[int, str], ...]:
    """The events a sentence names: its tokens' events where the case-blind word-start regex finds one."""
    s = make_sentence(text, start, end, [], lang, SourceSpans([]))
    if not lx.cause_pattern(lang).search(text, start, end):
        return ()
    heads = lx.cause_heads(lang)
    return tuple((k, c) for k, low in enumerate(s.lows) if low[:3] in heads and (c := lx.cause_of(low, lang)))


@pytest.mark.parametrize(("lang", "text"), _CAUSES)
def test_causes_are_read_as_defined_from_every_cut(lang: str, text: str) -> None:
    for start in range(len(text)):  # a sentence may start inside a word (cut at `numspans.MAX_SENTENCE`)
        got = make_sentence(text, start, len(text), find_numbers(text, lang), lang, SourceSpans([])).causes
        assert got == _by_definition(text, start, len(text), lang), start


def test_a_cut_inside_an_event_word_names_no_event() -> None:
    text = "Superbomb 12 dead."
    assert make_sentence(text, 5, len(text), [], "en", SourceSpans([])).causes == ()
    assert make_sentence(text, 0, len(text), [], "en", SourceSpans([])).causes == ()
    assert make_sentence("A bomb: 12 dead.", 0, 16, [], "en", SourceSpans([])).causes == ((1, "explosion"),)


@pytest.mark.parametrize(("lang", "text"), _CAUSES)
def test_a_sentence_read_from_its_block_tokens_is_the_one_tokenised(lang: str, text: str) -> None:
    """`make_sentence` with its paragraph's tokens (`sentences.Known`) prepares the same sentence as on its own."""
    from enligt.analyze.sentences import Known, tokenize

    block = Known(tokenize(text))
    numbers = find_numbers(text, lang)
    for start in range(len(text)):
        alone = make_sentence(text, start, len(text), numbers, lang, SourceSpans([]))
        read = make_sentence(text, start, len(text), numbers, lang, SourceSpans([]), block)
        assert (read.texts, read.lows, read.starts, read.ends, read.causes, read.numtoks, read.triggers) == (
            alone.texts, alone.lows, alone.starts, alone.ends, alone.causes, alone.numtoks, alone.triggers), start

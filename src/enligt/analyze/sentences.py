"""Tokens and sentences of one paragraph, with character offsets into `Article.text`.

The attribution rules work on token lists, never on raw regexes over a whole paragraph, so their
cost stays linear. Sentence splitting respects abbreviations ("Capt.", "bl.a."), initials
("J. Smith"), numbers ("6 000", "3.5", German ordinals "19. Januar") and quotation marks (a
quote that runs over several sentences stays one sentence when `quotes` are given).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Final

from enligt.lang import all_function_words, profile, table, wordset

# A word (with inner hyphens, apostrophes, colons, dots or slashes: "SMHI:s", "Russia's", "1.200",
# "A/S"; a number's comma before a group of three digits: "2,000", so no clause breaks inside it) or one
# non-space character. Each alternative consumes at least one character and the
# optional groups start with a separator \w+ cannot match, so the scan is linear.
_GLUED_STOP: Final = r"(?<=[a-zåäöæøüßéè]{3}\.)(?<!www\.)[A-ZÅÄÖÆØÜ][a-zåäöæøüßéè]{2}"  # "…ort.Ein…", not "www.Vg"
_TOKEN: Final = re.compile(r"\w++(?:[-'’/]\w++|\.(?!" + _GLUED_STOP + r")\w++|:(?![A-ZÅÄÖÆØÜ])\w++|(?<=\d),\d{3}(?!\w))*+|[^\w\s]")
# possessive: the same tokens, no backtracking; a colon before a capital is no genitive ("SVT:s") but a glued
# dateline ("Kabul:The"), and a full stop between a lower-case word and a capitalised one is a sentence end
# that lost its space ("kommunen.Räddningstjänsten", "the game.Police"), not a dotted name ("Aftonbladet.se")
_ENDERS: Final = frozenset(".!?…")
_CLOSER_CHARS: Final = "”\"’'»“«"  # ("«" closes the German and Danish »Q.«)
_CLOSERS: Final = frozenset(_CLOSER_CHARS)
_DASHES: Final = frozenset("–—-")


class Tok:
    """One token: its text, lower-cased text, [start, end) offsets into the article text, and whether
    it is a word (starts with a letter or digit) and starts with a capital.

    A plain class rather than a tuple: compiled (mypyc), reading a field is a struct read, and the
    rules read token fields more than anything else."""

    __slots__ = ("end", "is_word", "low", "start", "text", "upper")

    def __init__(self, text: str, low: str, start: int, end: int, is_word: bool = False, upper: bool = False) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end
        self.is_word = is_word
        self.upper = upper

    def _fields(self) -> tuple[str, str, int, int, bool, bool]:
        return (self.text, self.low, self.start, self.end, self.is_word, self.upper)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


_SPLIT: Final = re.compile("(" + _TOKEN.pattern + ")")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of `text[start:end]`, offsets relative to `text`.

    Tokens never span whitespace, so the text is cut at whitespace first (`str.split`, in C); a
    chunk that is one plain word is one token, and so is each mark around it ("(word),": a mark is
    no word character, and a word ends before one the token regex cannot join to a word after it);
    only chunks with marks inside go through the token regex (`split` with a capturing group:
    separators and tokens alternately)."""
    stop = len(text) if end is None else end
    out: list[Tok] = []
    pos = start
    for chunk in text[start:stop].split():
        while text[pos].isspace():  # only whitespace stands between `pos` and the chunk (`find`, in C, costs more)
            pos += 1
        if chunk.isalnum():
            after = pos + len(chunk)
            first = chunk[0]  # `_upper(first)` written out: the one test every plain word makes
            out.append(Tok(chunk, chunk.lower(), pos, after, True,
                           first in _LATIN1_UPPER if ord(first) < 256 else first.isupper()))
            pos = after
            continue
        n = len(chunk)
        a, b = _core(chunk)
        if a == b or chunk[a:b].isalnum():  # marks, around at most one plain word
            for i in range(a):
                out.append(_mark(chunk[i], pos + i))
            if a < b:
                word = chunk[a:b]
                out.append(Tok(word, word.lower(), pos + a, pos + b, True, _upper(word[0])))
            for i in range(b, n):
                out.append(_mark(chunk[i], pos + i))
            pos += n
            continue
        parts = _SPLIT.split(chunk)
        n = len(parts)
        i = 1
        while i < n:
            pos += len(parts[i - 1])
            word = parts[i]
            after = pos + len(word)
            first = word[0]
            out.append(Tok(word, word.lower(), pos, after, first.isalnum(), _upper(first)))
            pos = after
            i += 2
        pos += len(parts[n - 1])
    return out


def token_bounds(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]]:
    """The start and end offsets of the tokens of `text[start:end]` (those of `tokenize`, read the
    same way), for readers that need no token objects (`numsentence.make_sentence`)."""
    stop = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    pos = start
    for chunk in text[start:stop].split():
        while text[pos].isspace():
            pos += 1
        n = len(chunk)
        if chunk.isalnum():
            starts.append(pos)
            ends.append(pos + n)
            pos += n
            continue
        a, b = _core(chunk)
        if a == b or chunk[a:b].isalnum():  # marks, around at most one plain word
            for i in range(a):
                starts.append(pos + i)
                ends.append(pos + i + 1)
            if a < b:
                starts.append(pos + a)
                ends.append(pos + b)
            for i in range(b, n):
                starts.append(pos + i)
                ends.append(pos + i + 1)
            pos += n
            continue
        parts = _SPLIT.split(chunk)
        k = len(parts)
        i = 1
        while i < k:
            pos += len(parts[i - 1])
            starts.append(pos)
            pos += len(parts[i])
            ends.append(pos)
            i += 2
        pos += len(parts[k - 1])
    return starts, ends


class Known:
    """The tokens of one block (title or paragraph) as the attribution stage read them, with their start
    offsets: the number stage reads its sentences from them instead of tokenising each sentence again."""

    __slots__ = ("starts", "toks")

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.starts = [t.start for t in toks]

    def within(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indexes [a, b) of text[start:end], or None when a token crosses either end (a sentence
        cut inside a word): then `tokenize(text, start, end)` would read other tokens there."""
        a = bisect_left(self.starts, start)
        b = bisect_left(self.starts, end)
        toks = self.toks
        if (a > 0 and toks[a - 1].end > start) or (b > 0 and toks[b - 1].end > end):
            return None
        return a, b


def known(tokens: Mapping[tuple[int, int], list[Tok]] | None, start: int, end: int) -> Known | None:
    """The attribution stage's tokens of the block text[start:end] (`Analysis.tokens`, by the block's
    offsets), or None when that block was not tokenised."""
    toks = tokens.get((start, end)) if tokens is not None else None
    return Known(toks) if toks is not None else None


def _core(chunk: str) -> tuple[int, int]:
    """Where the word characters of `chunk` begin and end: the marks before `a` and after `b` are
    tokens of their own (`a == b` when the chunk holds no word character)."""
    a, b = 0, len(chunk)
    while a < b and not _is_word_char(chunk[a]):
        a += 1
    while b > a and not _is_word_char(chunk[b - 1]):
        b -= 1
    return a, b


def _is_word_char(c: str) -> bool:
    """`\\w` of the token regex, for one character."""
    return c.isalnum() or c == "_"


def _mark(c: str, pos: int) -> Tok:
    """The token of one non-word character at `pos`."""
    return Tok(c, c.lower(), pos, pos + 1, False, c.isupper())


# `c.isupper()` of the first 256 characters, read from a set: compiled, a method call (`isupper` has no
# compiled form) costs more than a lookup, and the tokenizer asks once a word
_LATIN1_UPPER: Final[frozenset[str]] = frozenset(chr(i) for i in range(256) if chr(i).isupper())


def _upper(c: str) -> bool:
    """`c.isupper()` for one character."""
    return c in _LATIN1_UPPER if ord(c) < 256 else c.isupper()


def _abbreviations(lang: str) -> frozenset[str]:
    return wordset(lang, "abbreviations")


def decimal_comma(toks: list[Tok], k: int) -> bool:
    """Whether the comma at toks[k] is a decimal mark, digits touching it on both sides ("1,8 Promille")."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text[-1:].isdigit() and toks[k + 1].text[:1].isdigit() \
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def is_abbreviation(prev: Tok, lang: str) -> bool:
    """Whether a full stop after `prev` belongs to it: an initial ("J. Smith"), a listed abbreviation
    ("Mr.", "Capt."), or a dotted one ("U.S.", "F.A.A.")."""
    if len(prev.text) == 1 and prev.text.isupper():  # an initial: "J. Smith"
        return True
    if "." in prev.text and prev.text.replace(".", "").isupper() and all(len(p) == 1 for p in prev.text.split(".")):
        return True
    return prev.low in _abbreviations(lang) or "." in prev.text and prev.low.rstrip(".") in _abbreviations(lang)


def _boundary_after(toks: list[Tok], i: int, lang: str) -> bool:
    """Whether the sentence-ending mark at toks[i] really ends a sentence."""
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    if toks[i].text == "." and i > 0:
        prev = toks[i - 1]
        if is_abbreviation(prev, lang) and not (prev.low in all_function_words("number_abbreviation")
                                                 and not nxt.text[0].isdigit()) and not ("." in prev.text and _pronoun_opens(nxt, lang)):
            return False
        if 1 < i < DATELINE_TOKENS and (nxt.text in _DASHES or nxt.text == "(") and prev.upper and len(prev.text) <= STATE_LETTERS \
                and toks[i - 2].text == "," and not profile(lang).dash_speech:
            return False  # "EAST STROUDSBURG, Pa. - Police …", "Wash. (AP) —": a dateline's state (no dash opens speech)
        if prev.text.isdigit() and nxt.upper and _ordinal_before_noun(lang) and nxt.low not in _clause_openers(lang):
            return False  # "am 19. Januar"; "… auf 110. Die Behörde …" ends its sentence
        if prev.low in all_function_words("clock_suffix") and nxt.text in _time_zones():
            return False  # "at 1:00 a.m. EST, according to X": the time's zone, not a new sentence
    if nxt.text == ")" and i + 2 < len(toks) and nxt.start == toks[i].end:
        nxt = toks[i + 2]  # "(State law bars it.) Sources said": the bracket closes the sentence
    first = nxt.text[0]
    return first.isupper() or first.isdigit() or first in _DASHES or first in "”“\"'‘’«»„‚(" or first in _BULLETS


def _pronoun_opens(nxt: Tok, lang: str) -> bool:
    """A capitalised personal pronoun after a dotted abbreviation's full stop opens a sentence ("… in Washington
    D.C. He recalled …"); after a title it may be a name ("Dr. He Wei")."""
    return nxt.upper and nxt.low in _person_pronouns(lang)


@cache
def _time_zones() -> frozenset[str]:
    """Time zones as written after a clock time ("EST", "GMT"; `time_zone` in function_words.tsv), upper case."""
    return frozenset(w.upper() for w in all_function_words("time_zone"))


@cache
def _person_pronouns(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in table(lang, "pronouns") if len(row) > 1 and row[1] == "person")


DATELINE_TOKENS: Final = 10  # tokens of a paragraph's opening dateline ("PRINCE GEORGE, B.C. —")
STATE_LETTERS: Final = 4  # a state's abbreviation before a dateline's dash ("Pa.", "Ind.", "Wash.")
_BULLETS: Final = "■•▪●►"  # a bullet after a full stop opens the next item: "… där. ■ Vid 11 …"


@cache
def _clause_openers(lang: str) -> frozenset[str]:
    """Articles, pronouns, prepositions and the adverbs and prepositions that open a fronted phrase (`fronted`):
    words that never follow an ordinal, so a full stop before them ends a sentence ("laut Polizei nur 750. In
    Kiel …", "… sowie in Heide 500. Insgesamt …")."""
    fronted = frozenset(row[0].lower() for row in table(lang, "fronted") if len(row) > 1 and row[1] in ("adv", "prep"))
    return wordset(lang, "determiners") | wordset(lang, "prepositions") | fronted \
        | frozenset(row[0] for row in table(lang, "pronouns") if row)


@cache
def _ordinal_before_noun(lang: str) -> bool:
    """A full stop after a number may make it ordinal, and the noun after it is capitalised ("am 19. Januar")."""
    prof = profile(lang)
    return prof.ordinal_dot and prof.capitalised_nouns


def _aside_closes(toks: list[Tok], begin: int, i: int) -> bool:
    """Whether the bracket closing at toks[i] closes one that opened the sentence, a capitalised word after it (a note
    between two sentences: "… unterwegs. (Quelle: X) Diese Information …", "(Foto: Y) Die Polizei …")."""
    return begin + 1 < i < len(toks) - 1 and toks[begin].text == "(" and toks[i + 1].text[:1].isupper() \
        and not any(t.text in "()" for t in toks[begin + 1:i])


def split(text: str, toks: list[Tok], lang: str, quotes: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans (token index ranges [i, j)) of a paragraph's tokens.

    `quotes` are character ranges of quotations; no sentence ends inside one.
    """
    out: list[tuple[int, int]] = []
    begin = 0
    qi = 0
    n = len(toks)
    for i in range(n):
        tok = toks[i]
        if tok.text == ")" and _aside_closes(toks, begin, i):
            out.append((begin, i + 1))  # "… unterwegs. (Quelle: X) Diese Information …": the aside is a sentence
            begin = i + 1
            continue
        if len(tok.text) != 1 or tok.text not in _ENDERS:  # only full stops etc. (one character: no word is hashed)
            continue
        while qi < len(quotes) and quotes[qi][1] <= tok.start:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] < tok.start < quotes[qi][1] - 2 \
                and text[tok.end:quotes[qi][1]].strip(_CLOSER_CHARS):  # inside, not right before the close ('' too)
            continue
        if not _boundary_after(toks, i, lang):
            continue
        j = i + 1
        while j < n and (toks[j].text in _CLOSERS or toks[j].text == ")") and toks[j].start == toks[j - 1].end:
            j += 1  # a closing quote or bracket right after the full stop belongs to this sentence
        if j < n and toks[j].text in _ENDERS:
            continue
        out.append((begin, j))
        begin = j
    if begin < n:
        out.append((begin, n))
    return [s for s in out if s[1] > s[0]]

"""The side a sentence implies: a country that admits or gives its own losses ("räumt Russland eigene Opfer
ein", "Moscow put its own losses at", "Ryssland medger egna förluster") makes the casualty figures that
follow (in its sentence and the next) that country's side, when they name no nationality or side of their
own: "Knapp 500 Tote und rund 1600 Verletzte" after it are Russian, no rival to the Ukrainian toll.

`lang/<code>/own_losses.tsv`: `own` rows (the phrase of one's own losses, lower case) and `side` rows (a
country or capital and its nationality).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numkey import key_parts, with_qualifiers
from enligt.analyze.numscene import rekeyed
from enligt.analyze.subjects import nationality_of
from enligt.lang import table
from enligt.models import Attribution, Quantity

_CASUALTIES: Final = frozenset({"killed", "wounded", "missing", "captured"})
_BEFORE: Final = 6  # words of its sentence before the phrase where the country stands ("Moskau gibt die eigenen
# Verluste", "Ryssland medger för första gången egna förluster")
_SENTENCES: Final = 2  # the phrase's sentence and the next
_END: Final = re.compile(r"[.!?](?=\s)|\n")
_WORDS: Final = re.compile(r"\w+")


@cache
def _lists(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The `own` phrases as one pattern (a word boundary after them; the one before is `_opens_word`'s: with a
    leading `\\b` sre tries the pattern at every position, without it the phrases' shared first word, which
    the parser factors out, is searched for in C) and the `side` words."""
    rows = table(lang, "own_losses")
    phrases = sorted({r[1].lower() for r in rows if len(r) > 1 and r[0] == "own"}, key=len, reverse=True)
    sides = {r[1].lower(): r[2] for r in rows if len(r) > 2 and r[0] == "side"}
    if not phrases or not sides:
        return None, sides
    return re.compile(r"(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"), sides


def _opens_word(low: str, k: int) -> bool:
    """Whether a word boundary stands before offset `k` (a phrase opens with a letter): `\\b` there."""
    return k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "_")


def own_sides(low: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, nationality) of each stretch of `low` (the lower-cased text) a country's own losses cover."""
    pattern, sides = _lists(lang)
    if pattern is None:
        return []
    out = []
    pos = 0
    while (m := pattern.search(low, pos)) is not None:  # `finditer` of "\\b(?:phrases)\\b", read a match at a time
        if not _opens_word(low, m.start()):
            pos = m.start() + 1
            continue
        pos = m.end()
        side = next((sides[w] for w in reversed(_words_before(low, m.start())) if w in sides), "")
        if not side:
            continue
        end = m.end()
        for _ in range(_SENTENCES):
            stop = _END.search(low, end)
            end = len(low) if stop is None else stop.end()
        out.append((m.end(), end, side))
    return out


def _words_before(low: str, start: int) -> list[str]:
    """The last words of the sentence before offset `start`."""
    before = low[max(0, start - 80) : start]
    cut = 0
    for stop in _END.finditer(before):
        cut = stop.end()
    return _WORDS.findall(before[cut:])[-_BEFORE:]


def own_losses(out: list[Quantity], low: str, lang: str) -> list[Quantity]:
    """`out` with each casualty figure of no side of its own that follows a country's own losses made its side."""
    if not out:
        return out
    spans = own_sides(low, lang)
    if not spans:
        return out
    return [_sided(q, spans) for q in out]


def _sided(q: Quantity, spans: list[tuple[int, int, str]]) -> Quantity:
    parts = key_parts(q.key)
    if q.measure not in _CASUALTIES or parts[3] or "side=" in parts[4]:
        return q
    side = next((s for a, b, s in spans if a <= q.number_span.start < b), "")
    return rekeyed(q, with_qualifiers(q.key, ["side=" + side])) if side else q


_SOLDIER: Final = "soldier"
_LOST_AFTER: Final = 3  # words after a number where a `lost` verb closes the clause ("20.100 Soldaten verloren")
_AUX_AFTER: Final = 5  # words after a number where the auxiliary of its own clause stands ("soldater er drept")
_LOSER_REACH: Final = 3  # words before a `lost` verb (or its number) where the country that lost them stands


def source_sides(out: list[Quantity], attributions: tuple[Attribution, ...], text: str, lang: str) -> list[Quantity]:
    """`out` with each toll of soldiers of no side of its own made the side of whoever lost them: the country
    before a `lost` verb ("Russland har mistet 20.100 soldater", "Russia has lost 20,100 soldiers"), else the
    country, capital or army that gives the figure ("Ukrainas president sa at 2.500 soldater er drept"): an army
    gives its own losses. A figure after the source's own verb of killing ("sier de har drept 500 soldater") is
    the other side's, and is left alone."""
    if not out:
        return out
    return [_source_sided(q, attributions, text, lang) for q in out]


def _source_sided(q: Quantity, attributions: tuple[Attribution, ...], text: str, lang: str) -> Quantity:
    parts = key_parts(q.key)
    if q.measure != "killed" or parts[2] != _SOLDIER or parts[3] or "side=" in parts[4] or parts[5]:
        return q
    words = [w.lower() for w in _words_before(text, q.number_span.start)]  # the words where the source's verb would be
    rest = text[q.number_span.end : q.number_span.end + 60].lower()
    stop = _END.search(rest)
    following = _WORDS.findall(rest if stop is None else rest[: stop.start()])[:_AUX_AFTER]  # its sentence only
    after = following[:_LOST_AFTER]
    lost = [i for i, w in enumerate(words) if w in lx.words_of(lang, "lost")]
    if lost or not lx.words_of(lang, "lost").isdisjoint(after):  # "dass Russland 20.100 Soldaten verloren hat"
        loser = words[max(0, lost[-1] - _LOSER_REACH) : lost[-1]] if lost else words[-_LOSER_REACH:]
        side = _side_of(loser[::-1], lang)  # the country nearest the verb: "Ifølge Kyiv har Russland mistet" is Russia
    elif any(lx.trigger_at(words, i, lang) for i in range(len(words))):
        return q  # "hevder å ha drept 500 soldater": the source's own kills, the other side's dead
    elif lx.words_of(lang, "subject_aux").isdisjoint(following):
        return q  # "Russland sprach von 450 getöteten Soldaten": no clause of their own, whose soldiers is unsaid
    else:
        a = q.attribution
        src = attributions[a] if a is not None and 0 <= a < len(attributions) else None
        side = _side_of(_WORDS.findall(f"{src.source_name or ''} {src.source}".lower()), lang) if src else ""
    return rekeyed(q, with_qualifiers(q.key, ["side=" + side])) if side else q


def _side_of(words: list[str], lang: str) -> str:
    """The nationality a country, capital or nationality adjective among `words` names ("ukrainas", "russland",
    "ukrainske"); a genitive "s" is read off ("Ukrainas president")."""
    _, sides = _lists(lang)
    for w in words:
        for form in (w, w.removesuffix("s")):
            if form in sides:
                return sides[form]
        found = nationality_of(w, lang)
        if found is not None and not found[1]:
            return found[0]
    return ""

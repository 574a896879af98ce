"""A German kicker printed on the headline's own line: "Kollision mit Krankenwagen Rettungshubschrauber bei
Einsatz beschädigt" is the kicker "Kollision mit Krankenwagen" and the headline after it.

A text dump often runs a page's kicker (Dachzeile, the topic line over a German headline) and the headline
into one line, with no mark between them, or glued into one word ("Stellenabbau bei SchoellerBetriebsrat
fühlt sich hintergangen"). German writes every noun in capitals, so the boundary is read from the kicker's
shape: a noun, a preposition or article (`lang/de/kicker_links.txt`), a noun, and then a capitalised word
that opens the headline, with no punctuation between. The kicker has no verb and at most five words; the
headline left has three words or more. A kicker's last word that may be a place's adjective ("Hamburger
Hafen") or a determiner ("Mehrere Verletzte"), and a first name on either side ("mit Olaf Scholz"), are no
boundary.
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import SUPPORTED, profile, wordset

GLUED = re.compile(r"(?<=[a-zäöüß]{4})(?=[A-ZÄÖÜ][a-zäöüß]{3})")
MAX_KICKER_WORDS = 5
MIN_HEADLINE_WORDS = 3


@cache
def _lists(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (wordset(lang, "kicker_links"), wordset(lang, "determiners"), wordset(lang, "first_names"),
            wordset(lang, "finite_verbs"))


def _capital_noun(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def split_kicker(title: str, lang: str | None) -> tuple[str, str] | None:
    """(kicker, headline) of a title that opens with a kicker on the same line, else None. Only in a language
    that capitalises every noun (`capitalised_nouns` in its profile) does the kicker's shape show the boundary."""
    if lang not in SUPPORTED or not profile(lang).capitalised_nouns:
        return None
    words = title.split()
    if len(words) < 2 + MIN_HEADLINE_WORDS:
        return None
    glue = next((k + 1 for k, part in enumerate(words[:MAX_KICKER_WORDS]) if GLUED.search(part)), 0)
    if glue:
        words = [*words[:glue - 1], *GLUED.split(words[glue - 1], 1), *words[glue:]]
    links, determiners, first_names, verbs = _lists(lang)
    if not _capital_noun(words[0]):
        return None
    for i in range(2, min(MAX_KICKER_WORDS, len(words) - MIN_HEADLINE_WORDS) + 1):
        kicker, head = words[:i], words[i]
        word = kicker[-1]
        if word[:1].islower() and word not in links or not word.replace("-", "").isalpha():
            return None  # a lower-case word that joins no kicker (a verb, an adjective), or punctuation
        if not (_capital_noun(word) and _capital_noun(head)):
            continue
        if not any(w in links for w in kicker[1:-1]):
            continue
        if i != glue and (word.endswith("er") or word.lower() in determiners or word.lower() in first_names
                          or head.lower() in first_names) or any(w.lower() in verbs for w in kicker):
            continue
        return " ".join(kicker), " ".join(words[i:])
    return None

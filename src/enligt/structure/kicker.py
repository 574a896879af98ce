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

A one-word kicker (`_one_word_kicker`) shows itself otherwise: glued to the headline by a colon with no space
("Konflikte:Russland bestreitet …"), over a headline that is one quotation ("Bahn \"Ein schwarzer Tag\""), as a
place over a headline that opens with its people ("Bremen Bremer Senat …"), or as a country over a headline
that opens with another capitalised word ("Polen Warschau schickt …").
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import SUPPORTED, profile, wordset

GLUED = re.compile(r"(?<=[a-zäöüß]{4})(?=[A-ZÄÖÜ][a-zäöüß]{3})")
MAX_KICKER_WORDS = 5
MIN_HEADLINE_WORDS = 3
QUOTE_OPENERS = "\"„“»«"
QUOTE_CLOSERS = "\"“”«»"
GLUED_COLON = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}):(?=[A-ZÄÖÜ\"„])")


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
    if len(words) >= 3 and (one := _one_word_kicker(title, words, lang)) is not None:
        return one
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


def _one_word_kicker(title: str, words: list[str], lang: str) -> tuple[str, str] | None:
    """(kicker, headline) when the title's first word is a kicker of its own (see the module's docstring)."""
    glued = GLUED_COLON.match(title)
    if glued:
        return glued.group(1), title[glued.end():]
    first, second = words[0], words[1]
    if not first.isalpha() or not first[:1].isupper():
        return None
    if second[:1] in QUOTE_OPENERS and title[-1:] in QUOTE_CLOSERS and len(words) >= 3 \
            and not any(c in second for c in QUOTE_CLOSERS[1:]):
        return first, " ".join(words[1:])  # Bahn "Ein schwarzer Tag"
    if not (_capital_noun(second) and len(words) > MIN_HEADLINE_WORDS):
        return None
    if _people_of(first, second):
        return first, " ".join(words[1:])  # Bremen Bremer Senat …
    if first.lower() in wordset(lang, "countries") and second.isalpha() and words[2][:1].islower():
        return first, " ".join(words[1:])  # Polen Warschau schickt …
    return None


def _people_of(place: str, word: str) -> bool:
    """Whether `word` names the people of `place` or is its adjective ("Landau Landauer", "Bremen Bremer",
    "München Münchner"): the place's stem but its last two letters, then -er."""
    stem = place[:-2]
    return len(stem) >= STEM_LETTERS and word.startswith(stem) and word.endswith(PEOPLE_SUFFIXES) \
        and len(word) <= len(place) + PEOPLE_EXTRA


STEM_LETTERS = 3
PEOPLE_SUFFIXES = ("er", "erin", "erinnen", "ern", "ers")  # Bremen → Bremer, Bremerin
PEOPLE_EXTRA = 5  # letters the people's word adds to the place's name at most ("Landau" → "Landauerinnen")

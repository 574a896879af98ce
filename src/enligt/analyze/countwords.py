"""The word lists of `count_words.tsv` the number rules read for every number, looked up once per
language: `count_words(lang)` is one cached call where a rule would make a dozen (`lexicon.words_of`,
`lexicon.category`, ... each a cached call of its own)."""
from __future__ import annotations

from functools import cache

from enligt.analyze import lexicon as lx
from enligt.lang import function_words, wordset


class CountWords:
    """One language's word lists for the number rules (see `lexicon.words_of`, `lexicon.category`)."""

    def __init__(self, lang: str) -> None:
        w = lx.words_of
        self.det = w(lang, "det")
        self.of = w(lang, "of")
        self.rate = w(lang, "rate")
        self.condition = w(lang, "condition")
        self.all = w(lang, "all")
        self.conj = w(lang, "conj")
        self.relative = w(lang, "relative")
        self.standing = w(lang, "standing")
        self.having = w(lang, "having")
        self.speaker = w(lang, "speaker")
        self.extra = w(lang, "extra")
        self.extra_after = w(lang, "extra_after")
        self.another = w(lang, "another")
        self.ratio = w(lang, "ratio")
        self.possessive = w(lang, "possessive")
        self.age = w(lang, "age")
        self.earlier = w(lang, "earlier")
        self.rangefrom = w(lang, "rangefrom")
        self.range = w(lang, "range")
        self.changes_to = w(lang, "rangeto") | w(lang, "changeto")
        self.when = w(lang, "when")
        self.where = w(lang, "where")
        self.place = w(lang, "place")
        self.struck = w(lang, "struck")
        self.since = w(lang, "since")
        self.stop = w(lang, "stop")
        self.pronoun = w(lang, "pronoun")
        self.countof = w(lang, "countof")
        self.skip = w(lang, "skip")
        self.barelead = w(lang, "barelead")
        self.rangeto = w(lang, "rangeto")
        self.aux = w(lang, "aux")
        self.areas = w(lang, "areas")
        self.notplace = w(lang, "notplace")
        self.participle = tuple(w(lang, "participle"))  # for str.endswith
        self.indefinite = function_words(lang, "indefinite")
        self.extra_tuple = tuple(self.extra)  # for str.startswith
        self.labels = wordset(lang, "number_labels")
        self.months = lx.months(lang)
        self.month_forms = lx.month_forms(lang)
        self.currency = lx.category(lang, "currency")
        self.clock_first, self.clock = lx.first_words(lang, "clock"), lx.category(lang, "clock")
        self.total_first, self.total = lx.first_words(lang, "total"), lx.category(lang, "total")
        self.still_first, self.still = lx.first_words(lang, "still"), lx.category(lang, "still")
        # a phrase of a category starts only at one of its first words: tested before `lexicon.phrase_at`
        self.national_first, self.national = lx.first_words(lang, "national"), lx.category(lang, "national")
        self.period_first, self.period = lx.first_words(lang, "period"), lx.category(lang, "period")
        self.time_first, self.time = lx.first_words(lang, "time"), lx.category(lang, "time")
        self.region_first, self.region = lx.first_words(lang, "region"), lx.category(lang, "region")


@cache
def count_words(lang: str) -> CountWords:
    """The word lists of `lang` for the number rules, built once."""
    return CountWords(lang)

"""The word lists of `count_words.tsv` the number rules read for every number, looked up once per
language: `count_words(lang)` is one cached call where a rule would make a dozen (`lexicon.words_of`,
`lexicon.category`, ... each a cached call of its own)."""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.lang import function_words, wordset


class CountWords:
    """One language's word lists for the number rules (see `lexicon.words_of`, `lexicon.category`)."""

    def __init__(self, lang: str) -> None:
        listed = lx.words_of
        self.det = listed(lang, "det")
        self.of = listed(lang, "of")
        self.of_lead = listed(lang, "of_lead")  # "18 out of 24", "18 ud af 24": a word that opens a partitive "of"
        self.rate = listed(lang, "rate")
        self.condition = listed(lang, "condition")
        self.all = listed(lang, "all")
        self.partof_first = lx.first_words(lang, "partof")  # "including", "all of them": an apposition opens
        self.conj = listed(lang, "conj")
        self.relative = listed(lang, "relative")
        self.standing = listed(lang, "standing")
        self.having = listed(lang, "having")
        self.registered, self.dwelling = listed(lang, "registered"), listed(lang, "dwelling")
        self.sized, self.resident = listed(lang, "sized"), listed(lang, "resident")  # "med 40 fast boende": a size
        self.household = listed(lang, "household")  # "en familj med tre barn": the size of a family
        self.speaker = listed(lang, "speaker")
        self.extra = listed(lang, "extra")
        self.losses = listed(lang, "losses")  # "bezifferte die Verluste auf 400 Tote": the dead of an army
        self.extra_after = listed(lang, "extra_after")
        self.also = listed(lang, "also")  # "Eight people also were taken": others than those counted
        self.another = listed(lang, "another")
        self.ratio = listed(lang, "ratio")
        self.possessive = listed(lang, "possessive")
        self.age = listed(lang, "age")
        self.earlier = listed(lang, "earlier")
        self.rangefrom = listed(lang, "rangefrom")
        self.range = listed(lang, "range")
        self.changes_to = listed(lang, "rangeto") | listed(lang, "changeto")
        self.when = listed(lang, "when")
        self.where = listed(lang, "where")
        self.place = listed(lang, "place")
        self.struck = listed(lang, "struck")
        self.since = listed(lang, "since")
        self.stop = listed(lang, "stop") | wordset(lang, "weekdays")  # "otte søndag fremstillet": a day ends the phrase
        self.pronoun = listed(lang, "pronoun")
        self.countof = listed(lang, "countof")
        self.increment = listed(lang, "increment")  # "risen by three to 2,360": the three is an increment
        self.report = listed(lang, "report")  # "In a briefing in New York, X said": the report's place
        self.reported = listed(lang, "reported") | self.report | self.speaker  # "Lørdag blev der meldt om …": the report's day
        self.attributive = tuple(sorted(listed(lang, "attributive")))  # "5.000 dræbte russiske soldater": a participle as attribute
        self.statement = listed(lang, "statement")
        self.here = listed(lang, "here")  # "Her blev én person dræbt": a sentence set at the place just named
        self.here_report = listed(lang, "here_report") | self.reported  # "Her lyder det, at 31": a text, no place
        self.alone = listed(lang, "alone")  # "Alleine die Kölner Polizei meldete 20": a part of the whole  # "his original statement of 4,460": a figure given before
        self.skip = listed(lang, "skip")
        self.barelead = listed(lang, "barelead")
        self.listjoin = listed(lang, "listjoin")  # "sowie", "samt", "as well as": a word that joins list items
        self.contrast = listed(lang, "contrast")  # "while", "während", "medan": a rival figure in the other clause
        self.rival_but = listed(lang, "rival_but")  # "aber", "but", "men": "3.000 …, laut Polizei aber nur 1.200"
        self.reason = listed(lang, "reason")  # "for", "wegen": "to for vold" after "fem anholdt for tyveri", a gapped item
        self.rangeto = listed(lang, "rangeto")
        self.aux = listed(lang, "aux")
        self.collective = listed(lang, "collective")  # "eine Gruppe von 20 bis 30": a count after "of", no known set
        self.aboard = listed(lang, "aboard")  # "103 people onboard": where the counted are, no predicate
        self.preps = wordset(lang, "prepositions")  # "6 000 underskrifter på et opprop": a phrase of the noun, no predicate
        self.dets = wordset(lang, "determiners")
        self.partclause = listed(lang, "partclause")  # "varav", "davon", "of whom": a part with a predicate of its own
        self.areas = listed(lang, "areas")
        self.fromplace = listed(lang, "fromplace")  # "från staden Kryvyj Rih": "from" before a town word and a name
        self.notplace = listed(lang, "notplace")
        self.seat, self.seat_after = listed(lang, "seat"), listed(lang, "seat_after")
        self.notplace_ending = tuple(listed(lang, "notplace_ending"))  # for str.endswith
        self.participle = tuple(listed(lang, "participle"))  # for str.endswith
        self.people_ending = tuple(listed(lang, "people_ending"))  # "pågrepne", "festgenommene": the people
        self.indefinite = function_words(lang, "indefinite")
        self.extra_tuple = tuple(self.extra)  # for str.startswith
        self.labels = wordset(lang, "number_labels")
        self.months = lx.months(lang)
        self.month_forms = lx.month_forms(lang)
        self.currency = lx.category(lang, "currency")
        self.clock_first, self.clock = lx.first_words(lang, "clock"), lx.category(lang, "clock")
        self.total_first, self.total = lx.first_words(lang, "total"), lx.category(lang, "total")
        self.still_first, self.still = lx.first_words(lang, "still"), lx.category(lang, "still")
        self.hidden = lx.words_of(lang, "hidden")
        self.fewer = listed(lang, "fewer")  # "hundert Menschen weniger", "100 fewer people": a difference
        self.projection_first, self.projection = lx.first_words(lang, "projection"), lx.category(lang, "projection")
        self.raising = listed(lang, "raising")  # "taking the toll to 21": what an increment does to a toll
        self.revised = listed(lang, "revised")  # "risen", "stigit", "gestiegen": a toll changed to a new figure
        self.recent = listed(lang, "recent")  # "de siste tre ukene", "in the past 24 hours": a span up to now
        self.span = tuple(listed(lang, "span"))  # for str.startswith: "uke", "week", "døgn"
        self.besides_first, self.besides = lx.first_words(lang, "besides"), lx.category(lang, "besides")
        self.elsewhere_first, self.elsewhere = lx.first_words(lang, "elsewhere"), lx.category(lang, "elsewhere")
        # a phrase of a category starts only at one of its first words: tested before `lexicon.phrase_at`
        self.national_first, self.national = lx.first_words(lang, "national"), lx.category(lang, "national")
        self.period_first, self.period = lx.first_words(lang, "period"), lx.category(lang, "period")
        self.time_first, self.time = lx.first_words(lang, "time"), lx.category(lang, "time")
        self.region_first, self.region = lx.first_words(lang, "region"), lx.category(lang, "region")
        self.town = lx.category(lang, "town")  # "i byen", "the city": the place named before
        self.counted_only = listed(lang, "counted_only")  # "one death": a measure noun only right after its number


def count_words(lang: str) -> CountWords:
    """The word lists of `lang` for the number rules, built once (kept in a dict: the number rules ask often, and
    compiled, a dict read costs a third of a `functools.cache` call)."""
    got = _COUNT_WORDS.get(lang)
    if got is None:
        got = _COUNT_WORDS.setdefault(lang, CountWords(lang))
    return got


_COUNT_WORDS: Final[dict[str, CountWords]] = {}

"""Qualifiers of a figure: the place, day and starting point that make two counts different subjects.

"11 wounded in Kalynivka on Wednesday" and "14 wounded last Saturday" are different days;
"48 000 kunder i länet" and "tolvtusen kunder i norra Hälsingland" are different places; "2 500
ukrainare sedan februari 2022" is a cumulative total. The qualifiers are read from the clause of
the number, with the word lists of `count_words.tsv` (place, region, national, time, since) and
the weekday names of `weekdays.txt`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import CountWords, count_words
from enligt.analyze.numwords import number_entries
from enligt.analyze.subjects import concept_of, nationality_of
from enligt.lang import all_function_words, profile, wordset


def qualifiers(toks: list[str], lows: list[str], clause: tuple[int, int], lang: str,
               skip: frozenset[int] = frozenset(), near: int | None = None) -> frozenset[str]:
    """For tokens `toks` (as written) and `lows` (lower-cased): `place=…`, `time=…`, `period=…` (a past year or period) and `since=…` strings found in
    tokens `clause` of a sentence, except the tokens in `skip` (a source: "Police in the
    Helgådalen region" places the police, not the dead). With `near` (the number's token), a clause
    that names several places ("27 wounded in Kyiv and 41 in Kharkiv") gives the one nearest after
    it, else nearest before."""
    w = count_words(lang)
    lo, hi = clause
    out: set[str] = set()
    places: list[tuple[int, str]] = []
    times: list[tuple[int, str]] = []
    if lo < hi and lows[lo] in w.when:  # "since 2020, when some 10,000 marched"
        year = next((y for y in reversed(lows[max(0, lo - 6) : lo]) if _is_year(y)), None)
        if year:
            out.add("period=" + year)
    if 2 <= lo < hi and lows[lo] in w.where and toks[lo - 1] == "," and _name(toks[lo - 2]) and (
            lo - 2 not in skip and not _adjective(lows[lo - 2], lang)):
        places.append((lo - 2, "place=" + lows[lo - 2]))  # "its capital, Muzaffarabad, where 11,000 died"
    firsts, days = _firsts(lang), lx.weekdays(lang)
    months, preps = w.months, w.place
    opening, initials = _openings(lang)
    for k in range(lo, hi):
        low = lows[k]
        if not (low in opening or low[:1] in initials or _is_year(low)) or k in skip:
            continue  # no month, weekday, year or word that opens a qualifier (the tests below, at once)
        if low in months and k > lo and lows[k - 1] in preps:
            times.append((k, "time=" + low))  # "in March", "i januar": the month of the events
        elif low in months and (date := _day_of_month(lows, k, lo, hi, w.since)):
            times.append((k, "time=" + date + " " + low))  # "13. april", "am 3. März", "on April 13": the date
        if low[:3] in days:
            day = next((d for d in days[low[:3]] if low.startswith(d)), None)
            if day:
                times.append((k, "time=" + day))
        if low in firsts or _is_year(low):
            found: set[str] = set()
            _read_at(toks, lows, k, hi, lang, found)
            places += [(k, q) for q in found if q.startswith("place=")]
            times += [(k, q) for q in found if q.startswith("time=")]
            out |= {q for q in found if not q.startswith(("place=", "time="))}
    for named in (places, times):  # "3 greps i lördags och 12 i söndags": the day nearest the number
        if near is not None and len(named) > 1 and len({q for _, q in named}) > 1:
            own = [p for p in named if not _next_conjunct(lows, near, p[0], hi, lang)] or named
            named[:] = [min(own, key=lambda p: (p[0] < near, abs(p[0] - near)))]
        out |= {q for _, q in named}
    return frozenset(out)


def _day_of_month(lows: list[str], k: int, lo: int, hi: int, since: frozenset[str]) -> str:
    """The day written with the month at token k ("13. april", "13 April", "April 13"), or "" (also for a date after
    "since", "siden", "seit": the starting point of a running total, no day of the figure)."""
    j = k - 2 if k - 2 >= lo and lows[k - 1] == "." else k - 1
    for d in (j, k + 1):
        if lo <= d < hi and d != k and lows[d].isdigit() and 0 < int(lows[d]) <= MONTH_DAYS:
            first = min(d, k)
            return "" if first > 0 and lows[first - 1] in since else lows[d]
    return ""


MONTH_DAYS: Final = 31


def _next_conjunct(lows: list[str], near: int, k: int, hi: int, lang: str) -> bool:
    """Whether token k, after the number at `near`, belongs to the next conjunct: an "and"/"und"
    stands between, and another number follows the "and" ("Am Samstag drei …, und am Sonntag 12"; "In
    Kyiv 27 were wounded, and 41 in Kharkiv")."""
    if k <= near:
        return False
    conj, numbers = lx.words_of(lang, "conj"), number_entries(lang)
    c = next((j for j in range(near + 1, k) if lows[j] in conj), None)
    return c is not None and any(lows[j][:1].isdigit() or lows[j] in numbers for j in range(c + 1, hi) if j != k)


def _firsts(lang: str) -> frozenset[str]:
    """`_firsts_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _FIRSTS_KEPT.get(lang)
    if got is None:
        got = _FIRSTS_KEPT.setdefault(lang, _firsts_built(lang))
    return got


_FIRSTS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _firsts_built(lang: str) -> frozenset[str]:
    return lx.first_words(lang, "national", "time", "since", "period") | lx.words_of(lang, "place") | lx.words_of(
        lang, "struck") | lx.words_of(lang, "recent") | lx.words_of(lang, "fromplace")


def _openings(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """`_openings_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _OPENINGS_KEPT.get(lang)
    if got is None:
        got = _OPENINGS_KEPT.setdefault(lang, _openings_built(lang))
    return got


_OPENINGS_KEPT: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {}


def _openings_built(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a qualifier of `qualifiers` may start at (months and `_firsts`), and the first
    letters of the weekday names: a token that is none of them and no year is passed over."""
    return lx.months(lang) | _firsts(lang), frozenset(key[:1] for key in lx.weekdays(lang))


def _read_at(toks: list[str], lows: list[str], k: int, hi: int, lang: str, out: set[str]) -> None:
    """The qualifiers that start at token k: a place, a period, a time word, a year, a since."""
    w = count_words(lang)
    low = lows[k]
    if low in w.national_first and lx.phrase_at(lows, k, w.national):
        out.add("place=national")
    elif (low in w.place and not _seat(lows, k, hi, w)) or (low in w.struck and k + 1 < hi and (
            _name(toks[k + 1]) or lows[k + 1] in all_function_words("place_determiner"))) or _from_town(toks, lows, k, hi, w):
        place = _places_after(toks, lows, k + 1, hi, lang)  # "i Kalynivka"; "struck Pakistan and India"
        if place:
            town = place.startswith("@") and SEVERAL not in place
            out.add((TOWN + "=" + place[1:]) if town else "place=" + place.replace("@", ""))
    n = lx.phrase_at(lows, k, w.period) if low in w.period_first else 0
    if n:
        out.add("period=" + " ".join(lows[k : k + n]))
    n = lx.phrase_at(lows, k, w.time) if low in w.time_first else 0
    if n:
        out.add("time=" + " ".join(lows[k : k + n + (1 if low in all_function_words("time_extend") else 0)]))
    if low in w.recent and (span := _recent(lows, k, hi, lang, n > 0)):
        out.add("period=" + span)
    since = w.since
    if _is_year(low) and not (k > 0 and lows[k - 1] in since):
        out.add("period=" + low)  # "under 2022", "in 2021"
    if low in since and k + 1 < hi and lows[k + 1] not in wordset(lang, "finite_verbs"):  # "sedan 2018", "since the war began"; not "sedan sa man tre": then
        j = k + 2 if lows[k + 1] in all_function_words("since_skip") and k + 2 < hi else k + 1
        out.add("since=" + lows[j])


def _recent(lows: list[str], k: int, hi: int, lang: str, timed: bool) -> str:
    """The span up to now that a `recent` word at token k opens ("siste døgn", "de senaste tre veckorna",
    "in the past 24 hours", "in den letzten drei Tagen"): "recent:<count>:<unit>", a period of its own,
    so the toll of the last day never meets that of the last three weeks. A time phrase with no
    count ("last week") stays a day."""
    w = count_words(lang)
    j, count = k + 1, "1"
    if j < hi and (lows[j].isdigit() or lows[j] in number_entries(lang)):
        j, count = j + 1, lows[j]
    elif timed:
        return ""
    if j >= hi or not lows[j].startswith(w.span) or "'" in lows[j] or "’" in lows[j]:
        return ""  # "last week's massacre" names the event, no span
    unit = next(u for u in w.span if lows[j].startswith(u))
    return f"recent:{count}:{unit}"


def _seat(lows: list[str], k: int, hi: int, w: CountWords) -> bool:
    """Whether the place preposition at token k names where an organisation sits, not where the
    events were: "based in London", "mit Sitz in Norwegen" (`seat` before), "der in den USA
    ansässigen Organisation" (`seat_after` within three words after)."""
    return (k > 0 and lows[k - 1] in w.seat) or bool(w.seat_after) and not w.seat_after.isdisjoint(lows[k + 1 : min(hi, k + 5)])


TOWN: Final = "town"  # "i byen", "the city" with no name: the scene of the sentence before, else its own place
MAX_PLACES: Final = 4  # places joined in one qualifier: "in Turkey and Syria", "in A, B and C"
SEVERAL: Final = "+"  # joins the places of one figure ("syrien+turkiet"): a whole over them all


def _places_after(toks: list[str], lows: list[str], k: int, hi: int, lang: str) -> str:
    """The place(s) after a place preposition; places joined by "and"/"och"/"," are one qualifier
    ("i Turkiet och Syrien": "syrien+turkiet"), never equal to one of them."""
    place, end = _place_after(toks, lows, k, hi, lang)
    found = [place] if place else []
    joins = lx.words_of(lang, "conj") | {","}
    while found and len(found) < MAX_PLACES and end + 1 < hi and lows[end] in joins:
        more, end = _place_after(toks, lows, end + 1, hi, lang)
        if not more:
            break
        found.append(more)
    return SEVERAL.join(sorted(set(found)))


def _from_town(toks: list[str], lows: list[str], k: int, hi: int, w: CountWords) -> bool:
    """Whether "from" opens a place: a region or town word and a name after it ("från staden Kryvyj Rih",
    "fra byen Kharkiv", "aus der Stadt Charkiw")."""
    if lows[k] not in w.fromplace:
        return False
    j = k + 1 + (k + 1 < hi and lows[k + 1] in all_function_words("place_determiner"))
    n = lx.phrase_at(lows, j, w.region) if j < hi and lows[j] in w.region_first else 0
    return bool(n) and j + n < hi and _name(toks[j + n])


def _place_after(toks: list[str], lows: list[str], k: int, hi: int, lang: str) -> tuple[str, int]:
    """The place named after a place preposition ("Kalynivka", "norra hälsingland", "länet") and
    the token after it."""
    start = k
    if k < hi and lows[k] in all_function_words("place_determiner"):
        k += 1
    if k >= hi or _dated(lows[k], lang):
        return "", k  # "i onsdags uppgav Ryssland": a day, no place
    w = count_words(lang)
    n = lx.phrase_at(lows, k, w.region) if lows[k] in w.region_first else 0
    if n:
        if k + n < hi and _name(toks[k + n]):  # "på byen Kryvyi Rih" is "i Kryvyi Rih"
            two = k + n + 1 < hi and _name(toks[k + n + 1])
            return " ".join(lows[k + n : k + n + (2 if two else 1)]), k + n + (2 if two else 1)
        if tuple(lows[k : k + n]) in w.town:
            return "@" + " ".join(lows[k : k + n]), k + n  # "i byen" after "i Derna": that city again (`TOWN`)
        return " ".join(lows[k : k + n]), k + n
    if k + 1 < hi and lows[k + 1] in w.areas and (toks[k][:1].isdigit() or lows[k] in number_entries(lang)):
        return lows[k] + " " + lows[k + 1], k + 2  # "i 15 regioner": a whole over several places
    named = _region_named(toks, lows, k, hi, lang)
    if named[0]:
        return named
    if _adjective(lows[k], lang) and k + 1 < hi and _name(toks[k + 1]) and not profile(lang).capitalised_nouns and (
            not nationality_of(lows[k + 1], lang) and not _no_place(lows[k + 1], lang, True)):
        return lows[k + 1], k + 2  # "i den ukrainske Dnipropetrovsk-regionen": the name after the nationality
    if _adjective(lows[k], lang) or not toks[k][:1].isalpha() or _no_place(lows[k], lang, k > start) or (
            lows[k] in lx.months(lang)):  # "in November": a time
        return "", k  # "in Swedish mill blast": a nationality; "in 52 Fällen", "im Jahr 2013": no place
    if _name(toks[k]) and not nationality_of(lows[k], lang):  # "hit Americans": people, no place
        two = k + 1 < hi and _name(toks[k + 1])
        return lows[k] + (" " + lows[k + 1] if two else ""), k + (2 if two else 1)
    if k + 1 < hi and _name(toks[k + 1]) and toks[k][:1].isalnum() and not _no_place(lows[k + 1], lang, True) and (
            not _dated(lows[k + 1], lang)):
        return lows[k] + " " + lows[k + 1], k + 2  # "i norra Hälsingland", not "im vergangenen Monat", "in einem am Freitag …"
    if k + 2 < hi and _name(toks[k + 2]) and toks[k].isalpha() and toks[k + 1].isalpha() and toks[k + 1].islower() and (
            not profile(lang).capitalised_nouns) and not _dated(lows[k + 2], lang) and (
            lows[k + 1] not in lx.words_of(lang, "opponent")) and lows[k + 1] not in lx.words_of(lang, "agent"):
        # not "in the province on Monday", "i krigen mot Russland", "in a clash with Islamist militants"
        return lows[k + 2], k + 3  # "i hårt drabbade Turkiet"
    return "", k


def _region_named(toks: list[str], lows: list[str], k: int, hi: int, lang: str) -> tuple[str, int]:
    """The name after a determiner, an adjective and a region word ("i den russiske regionen Brjansk", "in the
    southern province of Oruzgan", "in der russischen Region Brjansk": `region_det`, `region_noun`, `region_of`)."""
    k += k < hi and lows[k] in lx.words_of(lang, "region_det")
    adjective = k + 1 < hi and toks[k].isalpha() and toks[k].islower() and lows[k + 1] in lx.words_of(lang, "region_noun")
    j = k + 1 if adjective else k
    if j + 1 >= hi or lows[j] not in lx.words_of(lang, "region_noun"):
        return "", k
    of = lows[j + 1] in lx.words_of(lang, "region_of")
    if not (adjective or of):
        return "", k  # "i regionen Brjansk" is read with `region`; "the province of Oruzgan" here
    j += 1 + of
    if j >= hi or not _name(toks[j]) or _dated(lows[j], lang) or _no_place(lows[j], lang, True):
        return "", k
    two = j + 1 < hi and _name(toks[j + 1])
    return " ".join(lows[j : j + (2 if two else 1)]), j + (2 if two else 1)


def _dated(low: str, lang: str) -> bool:
    """Whether a word is a weekday or a month: a time, never a place."""
    return low in lx.months(lang) or any(low.startswith(d) for d in lx.weekdays(lang).get(low[:3], ()))


def _no_place(low: str, lang: str, after_det: bool = False) -> bool:
    """A capitalised word after a place preposition that names no place: a German common noun of
    `notplace`, one with an abstract ending after a determiner ("bei seiner Darstellung", "nach
    ihrer Zählung": `notplace_ending`; not "in Bandung") or a word for what happened ("in der Flut", "bei dem Angriff")."""
    w = count_words(lang)
    return low in w.notplace or (after_det and low.endswith(w.notplace_ending)) or (
        profile(lang).capitalised_nouns and (lx.names_cause(low, lang) or concept_of(low, lang) == "attack"))


def same_place(x: str, y: str) -> bool:
    """Whether two place qualifiers name the same place; several places match by their names
    ("northwest pakistan+pakistan-controlled kashmir" = "northwestern pakistan+…")."""
    if x == y:
        return True
    xs, ys = x.split(SEVERAL), y.split(SEVERAL)
    return len(xs) == len(ys) > 1 and sorted(p.split()[-1] for p in xs) == sorted(p.split()[-1] for p in ys)


def _name(token: str) -> bool:
    """A capitalised word that is no possessive ("in Sunday's explosion" names no place)."""
    return token[:1].isupper() and not token.endswith(("'s", "’s"))


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _adjective(word: str, lang: str) -> bool:
    found = nationality_of(word, lang)
    return found is not None and not found[1]

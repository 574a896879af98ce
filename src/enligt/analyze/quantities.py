"""Quantities stage: the countable claims of an article (killed, wounded, ..., other).

For every number (`enligt.analyze.numbers`) in the title and body, the stage decides, from word
lists only, whether it counts an event's toll or scale and what it counts:

1. it drops numbers that count nothing: times, dates, years, ordinals, ages ("Pell, 56,"), money,
   percentages, units and durations (`not_countable.txt`), labels ("väg 83", `number_labels.txt`),
   back-references to another figure ("9 av de 143 fallen"), numbers inside a source ("three
   diplomats told Reuters");
2. it reads the counted noun phrase after the number ("ryska soldater", "av de döda", "38 av 44
   drönare") and takes the measure from it when it is a measure noun ("döda", "deaths",
   "consignments"), else from the nearest predicate of the clause, else from one at most
   `measureword.NEAR` tokens away, else from a people noun of the phrase ("demonstranter")
   (`measures.tsv`);
3. a number with no measure word that restates an earlier figure ("Enligt polisen handlar det
   om ungefär 300 personer", "antalet är närmare 25") takes the measure and subject of the
   latest quantity before it; any other number is incidental and dropped;
4. the carrying attribution is the innermost one whose content contains the number;
5. one record per distinct figure per source, at its first mention; a sourced title figure that
   the same source restates in the lead or body is recorded there only.

The per-number rules live in `enligt.analyze.reading` (the sentence they read in `enligt.analyze.numsentence`). Each quantity gets a `key` that names
what it counts (measure, event, canonical subject, nationality, place/time/period/since
qualifiers, subset): `enligt.analyze.conflicts` compares keys. See docs/numbers.md.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.backrefs import rivals
from enligt.analyze.numbermatch import NumberMatch
from enligt.analyze.numbers import find_numbers
from enligt.analyze.numgapped import gapped
from enligt.analyze.numkey import figures_of, key_parts, key_qualifiers
from enligt.analyze.numnames import NAME_WORD, national, shared_root, words_within
from enligt.analyze.numowned import own_losses, source_sides
from enligt.analyze.numscene import (
    elsewhere,
    fronted_region,
    headline_restated,
    place_items,
    placed,
    placeless,
    scene_of,
    scope_of,
    setting,
)
from enligt.analyze.numsentence import Sentence, SourceSpans, make_sentence
from enligt.analyze.numspans import compound_after, last_sentence, pieces, quick_skip, sentence_spans
from enligt.analyze.numsplit import kinds_of_known, split_of_known
from enligt.analyze.numtown import placed_towns
from enligt.analyze.numwiden import widened
from enligt.analyze.officialplace import described_source, hospital_place, official_place
from enligt.analyze.outputs import make_quantity, make_span
from enligt.analyze.qualifiers import same_place
from enligt.analyze.reading import Memory, Reading, read_number
from enligt.analyze.reportzone import relay_zone, report_zone
from enligt.analyze.sentences import Known, known
from enligt.analyze.subjects import family
from enligt.lang import SUPPORTED, table, wordset
from enligt.models import Article, Attribution, BlockTokens, Quantity, Span

MAX_NUMBERS: Final = 2000  # an article with more numbers is a table or a dump: only the first are read


def count(article: Article, attributions: tuple[Attribution, ...], tokens: BlockTokens | None = None) -> tuple[Quantity, ...]:
    """The quantities of `article`, each tied to the attribution that carries it (or None); `tokens`: the
    attribution stage's tokens of its blocks (`Analysis.tokens`), else each sentence is tokenised here."""
    lang = article.language
    if lang not in SUPPORTED:
        return ()
    text = article.text
    low = text.lower()  # read by the number finder and the sentence hints
    numbers = find_numbers(text, str(lang), MAX_NUMBERS, low)
    if not numbers:
        return ()
    spans = ([article.title_span] if article.title_span else []) + list(article.paragraph_spans)
    starts = [n.num_start for n in numbers]
    carrying = [a for a in attributions  # only the reports that carry a number have a zone that matters
                if bisect_left(starts, a.content_span.start) < bisect_left(starts, a.content_span.end)]
    sources = SourceSpans([a.source_span for a in attributions if a.source_span is not None]
                          + [z for a in carrying if (z := report_zone(a, text)) is not None]
                          + [z for a in carrying if (z := relay_zone(a, text, attributions)) is not None])
    memory = Memory()
    carriers = Carriers(attributions, article.title_span.end if article.title_span else 0)
    same = len(low) == len(text)  # else lower-casing shifted offsets ("İ"): lower each sentence
    out: list[Quantity] = []
    idents: dict[tuple[str, float], list[tuple[str, int]]] = {}
    ni = 0
    last: tuple[int, int] | None = None  # the paragraph before: its last sentence may set the scene
    for span in spans:
        first = ni
        while ni < len(numbers) and numbers[ni].num_start < span.end:
            ni += 1
        inside = numbers[first:ni]
        live = {id(n) for n in inside if not quick_skip(text, n, str(lang))}
        para, last = last, (None if span == article.title_span else (span.start, span.end))
        if not live:
            continue  # no number here can count anything: no sentence splitting needed
        k = 0
        memory.paragraph = span.start
        block = known(tokens, span.start, span.end)  # the paragraph's tokens, as the attribution stage read them
        prev: tuple[int, int] | None = None
        made: Sentence | None = None  # the sentence read last: `setting` reads it again when it is `prev`
        before: list[Quantity] = []  # the figures of the sentence before
        for start, end in pieces(sentence_spans(text, span.start, span.end, str(lang)), text):
            here = []
            while k < len(inside) and inside[k].num_start < end:
                here.append(inside[k])
                k += 1
            if any(id(n) in live for n in here) and (_hinted(text, low if same else None, start, end, str(lang))
                                                     or any(_bare(text, n) or compound_after(text, n.end, str(lang)) for n in here)):
                first = len(out)
                sentence = _read_sentence(text, start, end, here, live, str(lang), sources, memory, carriers, idents, out,
                                          block)
                own = prev is not None  # the scene is the sentence before in this paragraph (a flag: tuples compiled
                # by mypyc are values, so `scene is prev` would be False there)
                scene = prev if prev is not None else _told(text, low if same else None, last_sentence(
                    text, para, str(lang)), str(lang)) if any(placeless(q) for q in out[first:]) else None
                if scene is not None and any(placeless(q) for q in out[first:]):
                    place, day = setting(text, scene, str(lang), sources, made, block if own else None)
                    out[first:] = placed(out[first:], scene_of(place, before), day if own else "")
                made, before = sentence, fronted_region(sentence, out[first:], before, str(lang))  # "In Bayern …" after a whole
                out[first:] = before
            else:
                made, before = None, []
            prev = (start, end)
    out = widened(placed_towns(out, text, str(lang)), text, str(lang), low)  # (`low`: the number finder's)
    if same:
        out = own_losses(out, low, str(lang))  # "räumt Russland eigene Opfer ein. … 500 Tote": Russia's side
    out = source_sides(out, attributions, text, str(lang))  # "Ukrainas president sa at 2.500 soldater er drept"
    lead = article.paragraph_spans[0] if article.lead and article.paragraph_spans else None
    for headline in (article.title_span, lead):  # the title's figures, then the lead's, restated after them
        out = _drop_title_restated(out, headline, attributions)
    return tuple(_drop_restated(out, article.title_span, attributions, str(lang)))


def _told(text: str, low: str | None, span: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """The last sentence of the paragraph before (`span`) as a scene for a paragraph's first figures, when
    a measure word or counted noun in it may tell of an event (a cheap test before it is tokenised)."""
    return span if span is not None and _hinted(text, low, span[0], span[1], lang) else None


def _hinted(text: str, low: str | None, start: int, end: int, lang: str) -> bool:
    """`lexicon.hinted` on the sentence text[start:end], read in `low` (the lower-cased text) when
    lower-casing kept the offsets, else lower-cased on its own."""
    if low is not None:
        return lx.hinted(low, start, end, lang)
    piece = text[start:end].lower()
    return lx.hinted(piece, 0, len(piece), lang)


def _drop_title_restated(out: list[Quantity], title: Span | None,
                         attributions: tuple[Attribution, ...]) -> list[Quantity]:
    """Rule 5 for headlines: a sourced figure of the title or lead (`title`: their span) that the same
    source states again in the body ("…, union says" over "the GMB union said … about 900") is one record,
    kept where the body states it; a headline names its source short, so a body source sharing a root with it that
    gives the figure of the same event is the same ("Russisk TV: Fem drept" over "Fem personer er drept
    …, melder russisk fjernsyn"). A title in the outlet's own voice is a source of its own and stays."""
    if title is None or not any(title.start <= q.number_span.start < title.end and q.attribution is not None for q in out):
        return out
    body = [(q.measure, q.value, _source_words(q, attributions), key_parts(q.key)[1]) for q in out
            if q.number_span.start >= title.end]

    def restated(q: Quantity) -> bool:
        words = _source_words(q, attributions)
        return bool(words) and any(m == q.measure and v == q.value and (
            words_within(words, w) or (e == key_parts(q.key)[1] and shared_root(words, w))) for m, v, w, e in body)

    return [q for q in out if not title.start <= q.number_span.start < title.end or q.attribution is None
            or not restated(q)]


def _source_words(q: Quantity, attributions: tuple[Attribution, ...]) -> set[str]:
    """The words of a figure's source, each without a genitive ending: the headline "Ukraine: …" is
    restated by "Ukraines forsvarsministerium siger"."""
    return {w[:-2] if w.endswith(("'s", "’s")) else w.removesuffix("s")
            for w in source_id(q.attribution, attributions).split()}


def _drop_restated(out: list[Quantity], title: Span | None, attributions: tuple[Attribution, ...],
                   lang: str = "") -> list[Quantity]:
    """A body figure equal to one a source gave before it in the body (same measure, kind of thing,
    value, part or whole, no other place, day or cause) is only said again when the article's own
    voice says it with the same approximation ("45 personer …, enligt uppgifter till tidningen. De
    ytterligare 45 som dött"), or when one of the two sources is a generic reference that may be the
    same body ("Syrian-controlled media" then "SANA"; "die Staatsanwaltschaft" then "nach
    Behördenangaben"): no new record. Two sources named differently that give one figure ("Darwish …
    about 200", "al-Hamwi … more than 200") are two claims; a source confirming the outlet's figure
    is one more."""
    start = title.end if title is not None else -1
    seen: dict[tuple[str, str, float], list[int]] = {}
    kept: list[Quantity] = []
    for q in out:
        if q.number_span.start < start:
            kept.append(q)
            continue
        parts = key_parts(q.key)
        given = seen.setdefault((q.measure + "|" + family(parts[2]), parts[5], q.value), [])
        said = next((i for i in given if kept[i].attribution is not None and _said_again(q, kept[i], attributions, lang)
                     and not _coordinated(kept[i], q) and not place_items(kept[i], q, _NEAR)), None)
        if said is not None:
            kept[said] = with_marks(kept[said], q)
            continue
        given.append(len(kept))
        kept.append(q)
    return kept


# Marks a restatement gives the figure it says again: "Zuvor war von 91 Toten die Rede" (revised since), "Totalt blir det 91 døde" (the whole).
_CARRIED = ("earlier=1", "total=1")


_NEAR: Final = 60  # characters between two figures of one coordination ("rund 20 Patienten und rund 20 Mitarbeiter")


def _coordinated(g: Quantity, q: Quantity) -> bool:
    """Whether two equal figures close together count things by different nouns: "rund 20 Patienten
    und rund 20 Mitarbeiter" are two counts, not one said again."""
    return q.number_span.start - g.number_span.end < _NEAR and g.key.split("|")[2] != q.key.split("|")[2]


def _list_items(g: Quantity, q: Quantity, same_sentence: bool) -> bool:
    """Whether two equal figures of one sentence are items of one list, the later a gapped item (`numgapped`):
    "én for tyveri, én for vold" are two counts."""
    return same_sentence and gapped(q.key)


def with_marks(kept: Quantity, again: Quantity) -> Quantity:
    """`kept` with the marks of `_CARRIED` that `again`, a restatement of it, adds."""
    parts = key_parts(kept.key)
    have = set(filter(None, parts[4].split(";")))
    add = [m for m in _CARRIED if m not in have and m in key_qualifiers(again.key).split(";")]
    if not add or len(kept.key.split("|")) != 6:
        return kept
    parts[4] = ";".join(sorted(have | set(add)))
    return replace(kept, key="|".join(parts), scope=scope_of("|".join(parts)))


_PART_MARKS: Final = ("regional", "breakdown", "extra", "rel", "reason")  # "reason": a gapped item (`numgapped`)
_SCOPE_MARKS: Final = frozenset({"place", "time", "period", "since", "side", "cause"})


def _said_again(q: Quantity, g: Quantity, attributions: tuple[Attribution, ...], lang: str = "") -> bool:
    """Whether `q` says again the figure `g` a source gave (see `_drop_restated`)."""
    qa, ga = _quals(q.key), _quals(g.key)
    if any(qa.get(k, "") != ga.get(k, "") for k in _PART_MARKS):
        return False  # "15 in Euskirchen" of a breakdown, "two more": another count
    if q.attribution is not None:
        return (_one_body(q.attribution, g.attribution, attributions, lang)
                or _relayed(q.attribution, g.attribution, attributions))
    # the outlet's own voice: the very same count, no other place, day or cause
    same_words = q.approx and q.text.lower() == g.text.lower()  # "more than 36" again: a place is only named closer
    return q.approx == g.approx and q.key.split("|")[2] == g.key.split("|")[2] and all(
        qa[k] == ga[k] or (k == "place" and (same_words or same_place(qa[k], ga[k])))
        for k in _SCOPE_MARKS if k in qa and k in ga)


def _quals(key: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in key_qualifiers(key).split(";") if "=" in p)


def _one_body(x: int, y: int | None, attributions: tuple[Attribution, ...], lang: str = "") -> bool:
    """Whether two sources may be one body: one names no one in particular, and both are of one kind
    (official, or an organisation or its media: "Syrian-controlled media" and "SANA") or share the
    body's name ("die Staatsanwaltschaft", "ein Vertreter der Generalstaatsanwaltschaft"). A shared
    nationality or country names no body when each source names one beside it ("the Russian Railways
    company", "the Russian Health Ministry"); alone ("ukrainsk side") it stands for the country's side."""
    if y is None or not (generic_source(x, attributions) or generic_source(y, attributions)):
        return False
    a, b = attributions[x], attributions[y]
    ka, kb = _KIND.get(a.source_type or "", ""), _KIND.get(b.source_type or "", "")
    if ka and ka == kb:
        return True
    wa = [w for w in (a.source or "").lower().split() if len(w) >= NAME_WORD]
    wb = [w for w in (b.source or "").lower().split() if len(w) >= NAME_WORD]
    na, nb = [w for w in wa if not national(w, lang)], [w for w in wb if not national(w, lang)]
    if na and nb:  # each names a body beside its country; a bare "ukrainsk side" is the country's side
        wa, wb = na, nb
    return any(u.endswith(v) or v.endswith(u) or _inflected(u, v) for u in wa for v in wb)


def _inflected(u: str, v: str) -> bool:
    """Whether two words are one adjective or noun with another ending ("ukrainsk side" and "de ukrainske
    forsvarsstyrker", "russische"/"russischen"): the shorter is the start of the longer, at most two letters short."""
    short, long = sorted((u, v), key=len)
    return len(short) >= NAME_WORD + 2 and long.startswith(short) and len(long) - len(short) <= 2


def _relayed(x: int, y: int | None, attributions: tuple[Attribution, ...]) -> bool:
    """Whether the source that gave a figure before relays the report of `x` ("the U.S. military
    estimated that 20 to 30 …" then "'The investigation team estimates … 20-30 …,' the U.S. military
    statement said"): its own figure passed on by a part of it, no second claim."""
    if y is None or not 0 <= x < len(attributions):
        return False
    giver = source_id(y, attributions)
    return bool(giver) and any(same_source(" ".join(v.replace(" .", ".").lower().split()), giver)
                               for v in attributions[x].via or ())


_KIND: Final = {"official": "official", "organization": "body", "media": "body"}


def generic_source(carrier: int | None, attributions: tuple[Attribution, ...]) -> bool:
    """Whether a source names no one in particular: a description with no proper name ("die
    Staatsanwaltschaft", "Syrian-controlled media", "police")."""
    if carrier is None or not 0 <= carrier < len(attributions):
        return False  # the article's own voice is no reference to a source
    return not (attributions[carrier].source_name or "")[:1].isupper()


def _read_sentence(text: str, start: int, end: int, here: list[NumberMatch], live: set[int], lang: str,
                   sources: SourceSpans, memory: Memory, carriers: Carriers,
                   idents: dict[tuple[str, float], list[tuple[str, int]]], out: list[Quantity],
                   block: Known | None = None) -> Sentence:
    """Read the numbers of one sentence (`live`: those `quick_skip` left); keep the first record
    of each figure per source."""
    sentence = make_sentence(text, start, end, here, lang, sources, block)
    first = len(out)
    known = set(memory.values)
    for n in here:
        reading = read_number(sentence, n, lang, sources, memory) if id(n) in live else None
        memory.note(start, reading, n.value)
        if reading is not None:
            q = _quantity(n, reading, carriers, lang, text)
            # one record per figure per source: same measure, same kind of thing or event, same value
            who = source_id(q.attribution, carriers.attributions)
            lists = [idents.setdefault((f, q.value), []) for f in figures_of(q.key)]
            said = next((i for given in lists for other, i in given if same_source(who, other) and not _coordinated(
                out[i], q) and not (elsewhere(out[i], q) and not headline_restated(out[i], q, carriers.title_end))
                and not _list_items(out[i], q, i >= first)), None)
            if said is not None:
                out[said] = with_marks(out[said], q)  # "Totalt blir det 91 døde": the 91 given before is the total
            elif not (lists[0] and _anaphoric(q.attribution, carriers.attributions, lang)):  # "the group said … 34"
                for given in lists:
                    given.append((who, len(out)))
                out.append(q)
    if len(out) - first > 1:
        found = kinds_of_known(split_of_known(out[first:], known, sentence.backref >= 0), out[:first])
        out[first:] = found if _successive(sentence, found, lang) or rivals(sentence, found, lang) else _breakdown(
            found, carriers.attributions)
    return sentence


def _anaphoric(carrier: int | None, attributions: tuple[Attribution, ...], lang: str) -> bool:
    """Whether the source as written points back to an organisation named before ("the group", "the
    rights group", "gruppen", "die Organisation"): a determiner or none, then a word of `anaphor`.
    A figure it gives that was already given is that organisation's figure restated."""
    if carrier is None:
        return False
    words = (attributions[carrier].source or "").lower().split()
    if len(words) == 1 and words[0] in _org_pronouns(lang):
        return True  # "… 135 people died, it said": the organisation named before
    if not words or len(words) > 4 or words[-1] not in lx.words_of(lang, "anaphor"):
        return False
    return len(words) == 1 or words[0] in lx.words_of(lang, "anaphor_det")


@cache
def _org_pronouns(lang: str) -> frozenset[str]:
    """Pronouns that stand for an organisation ("it"; `pronouns.tsv`)."""
    return frozenset(r[0].lower() for r in table(lang, "pronouns") if len(r) > 1 and r[1] == "organization")


def _successive(s: Sentence, found: list[Quantity], lang: str) -> bool:
    """Whether a word of a later version (`sequel`: "sedan", "then", "dann") stands between the figures of
    the sentence: "Från början sa man två bilar, sedan sa räddningstjänsten tre bilar, sedan fyra" gives
    successive versions of one count, no breakdown."""
    sequel = lx.words_of(lang, "sequel")
    if sequel.isdisjoint(s.lows):
        return False
    lo, hi = min(q.number_span.start for q in found), max(q.number_span.start for q in found)
    return any(lo < s.starts[k] < hi for k, low in enumerate(s.lows) if low in sequel)


def _breakdown(found: list[Quantity], attributions: tuple[Attribution, ...]) -> list[Quantity]:
    """Figures one source gives together in one sentence for the same count are its parts: "Five
    people were arrested on felony charges and 53 on misdemeanors" (a breakdown of the 250 arrested)."""
    groups: dict[tuple[str, str, str], set[float]] = {}
    whole = [q for q in found if not q.key.endswith("|subset") and "extra=1" not in q.key  # "31 after five more died"
             and "period=projection" not in q.key]  # "3,428 … the final toll risks reaching 25,000": no part
    if all(q.approx for q in whole):
        return found  # "talade om tiotalet döda, men … kanske 80": estimates, one after another, no parts
    for q in whole:
        groups.setdefault(_base(q, attributions), set()).add(q.value)
    out = []
    for q in found:
        parts = q.key.split("|")
        if q in whole and len(groups[_base(q, attributions)]) > 1 and len(parts) == 6 and "breakdown=1" not in parts[4]:
            parts[4] = ";".join(sorted(filter(None, [*parts[4].split(";"), "breakdown=1"])))
            q = replace(q, key="|".join(parts), scope=scope_of("|".join(parts)))
        out.append(q)
    return out


def _base(q: Quantity, attributions: tuple[Attribution, ...]) -> tuple[str, str, str]:
    """Who gives a figure and what it counts (measure, event, cause, kind of thing)."""
    parts = (q.key.split("|") + [""] * 5)[:5]
    cause = next((c for c in parts[4].split(";") if c.startswith("cause=")), "")
    return source_id(q.attribution, attributions), f"{q.measure}|{parts[1]}|{cause}", family(parts[2])


def _quantity(n: NumberMatch, r: Reading, carriers: Carriers, lang: str, text: str) -> Quantity:
    carrier = carriers.of(n)
    source = carriers.attributions[carrier].source if carrier is not None else None
    key = _country_place(r.key, source, lang)
    if carrier is not None and "place=" not in key:
        key = _official_place(key, described_source(carriers.attributions[carrier], text), lang)
    return make_quantity(n.value, r.measure, r.subject, make_span(n.start, n.end), n.approx,  # type: ignore[arg-type]
                         carrier, n.text, key, n.high, scope_of(key))


def _official_place(key: str, source: str | None, lang: str) -> str:
    """A figure with no place of its own that the head of a territory or a hospital gives is that territory's or
    hospital's (`officialplace`): "sa lederen for Donetsk-regionen" places it in "donetsk-regionen"."""
    parts = key_parts(key)
    if not source or "place=" in parts[4] or len(key.split("|")) != 6:
        return key
    place = official_place(source, lang)
    site = "" if place else hospital_place(source, lang)  # a hospital's own patients: a `site`, which names no place
    if not place and not site:
        return key
    parts[4] = ";".join(sorted(filter(None, [*parts[4].split(";"), "place=" + place if place else "site=" + site])))
    return "|".join(parts)


def _country_place(key: str, source: str | None, lang: str) -> str:
    """A count of people a country gives with no place, side or nationality of its own is that
    country's ("India reported 360 killed": place=india), so it never meets a figure for another place."""
    if not source or source.lower() not in wordset(lang, "countries"):
        return key
    parts = key_parts(key)
    quals = [q for q in parts[4].split(";") if q]
    if any(q.startswith(("place=", "side=")) for q in quals) or parts[3] or family(parts[2]) != "person":
        return key  # soldiers, things and a named side are often the other country's
    parts[4] = ";".join(sorted([*quals, "place=" + source.lower()]))
    return "|".join(parts)


class Carriers:
    """Which attribution carries a number: the innermost one whose content contains it.

    Content spans sorted by start: a number is compared only with the spans that start at most the
    longest span's length before it, so an article with thousands of records stays linear."""

    def __init__(self, attributions: tuple[Attribution, ...], title_end: int = 0) -> None:
        self.attributions = attributions
        self.title_end = title_end  # where the headline ends (0 without one): its figures are restated below
        self.spans = sorted((a.content_span.start, a.content_span.end, i) for i, a in enumerate(attributions))
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)

    def of(self, n: NumberMatch) -> int | None:
        """Index of the innermost carrier of `n` (the shortest content; the first record on a tie), or None."""
        best: int | None = None
        best_key = (0, 0)
        lo = bisect_left(self.starts, n.num_start - self.longest)
        for s, e, i in self.spans[lo:bisect_right(self.starts, n.num_start)]:
            if n.end <= e and (best is None or (e - s, i) < best_key):
                best, best_key = i, (e - s, i)
        return best


def source_id(attribution: int | None, attributions: tuple[Attribution, ...]) -> str:
    """Who gives a figure: "" for the outlet's own voice, `HEARSAY` for sourceless hearsay, else the
    source's proper name when the attribution resolved one ("hon" -> "Anna Wallin"), else the source as written. A resolved name
    that is no proper name ("olika källor") is not trusted over two differently written sources."""
    if attribution is None or not 0 <= attribution < len(attributions):
        return ""
    a = attributions[attribution]
    name = (a.source_name or "").strip()
    if name[:1].isupper():
        return name.lower()
    return (a.source or name).strip().lower() or HEARSAY


def same_source(a: str, b: str) -> bool:
    """Whether two source ids (`source_id`) name one source: equal, or the words of one are all words
    of the other ("räddningstjänsten" and "den ukrainska räddningstjänsten")."""
    if a == b:
        return True
    if not a or not b or HEARSAY in (a, b):
        return False
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


HEARSAY: Final = "?"  # the source of sourceless hearsay ("uppgavs att 15 personer …"): not the outlet's own voice


def _bare(text: str, n: NumberMatch) -> bool:
    """Whether punctuation closes the clause right after the number ("The union said at least 13.")."""
    return text[n.end : n.end + 1] in (".", ",", ";", "")

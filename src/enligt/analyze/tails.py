"""What stands around a speaker phrase and is no part of it (German mostly): a time or place adverbial
("die Polizei | am Montag", "wie X | am Rande der Kundgebung sagte"), a dative medium told ("ein Sprecher | der
dpa", "| gegenüber dem Sender"), a fronted dative medium ("Dem Sender RBB sagte X") and a citing phrase ("das
„Handelsblatt“ | unter Berufung auf Y"), and a Nordic phrase of contrast ("Forsvareren | på sin side")."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.phrases import np_end, only_punct, time_word
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.tagmedium import asked_medium
from enligt.analyze.via import dative_recipient, media_name, recipient, relay
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


def cut_time(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """A source phrase without a trailing time phrase ("die Polizei | am frühen Donnerstagabend")."""
    own, days = function_words(ctx.lang, "tag_stop"), ctx.lex.weekdays
    of = function_words(ctx.lang, "source_preposition")  # "Der Gouverneur von Luhansk": whose role, no place
    for k in range(1, len(src)):
        if src[k].low in ctx.lex.closed.tag_stop and any(time_word(t.low, ctx.lex.times) or t.low in days
                                                          for t in src[k + 1:k + 3]):  # "am Montag"
            return src[:k]
        if ctx.lex.profile.capitalised_nouns and (src[k].low in own or src[k].low in ctx.lex.prepositions) \
                and src[k].low not in of and k + 1 < len(src) and not any(word_type(t.low, ctx.lang) for t in src[k + 1:]):
            return src[:k]  # "wie X am Rande der Demonstration sagte": a place, not the speaker's body
    src = src[:-1] if len(src) > 1 and src[-1].low in own else src  # the "am" of "am Montag"
    return _cut_adverbs(ctx, _cut_time_tail(ctx, src))


def _cut_time_tail(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """A source phrase without trailing lower-case time words (`source_time_tail`, with the preposition before
    them, `source_time_prep`): "som avisen Nordposten | tirsdag kunne fortælle", "Rederiet | for nylig meldte
    ud"; the time is when it was said, not who said it."""
    tail = function_words(ctx.lang, "source_time_tail")
    k = len(src)
    while k > 1 and src[k - 1].text.islower() and src[k - 1].low in tail:
        k -= 1
    if k < len(src) and k > 1 and src[k - 1].low in function_words(ctx.lang, "source_time_prep"):
        k -= 1
    return src[:k]


def _cut_adverbs(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """A source phrase without trailing lower-case adverbs ("wie der Sender | online berichtet", "wie die
    Zeitung | gestern berichtete"): German nouns are capitalised, so such a word is no part of the speaker."""
    if not ctx.lex.profile.capitalised_nouns:
        return src  # "the council last week": an English noun can be lower-case
    adverbs = function_words(ctx.lang, "tag_adverb")
    k = len(src)
    while k > 1 and src[k - 1].text.islower() and (src[k - 1].low in adverbs or time_word(src[k - 1].low, ctx.lex.times)):
        k -= 1
    return src[:k]


def cut_inquiry(ctx: Ctx, src: list[Tok]) -> tuple[list[Tok], list[str]]:
    """A speaker phrase without the inquiry it answered ("wie die Airline | auf Anfrage der Agentur X bekannt gab",
    "wie ein Sprecher | auf Nachfrage sagte"), and the medium named as the one who asked, which relayed the words
    (`inquiry_words`: the nouns of asking)."""
    heads, lex = tuple(wordset(ctx.lang, "inquiry_words")), ctx.lex
    if not heads:
        return src, []
    for k in range(1, len(src) - 1):
        j = k + 2 if src[k + 1].low in lex.determiners and k + 2 < len(src) else k + 1  # "auf eine Anfrage"
        if src[k].low in lex.prepositions and src[j].low.endswith(heads):
            media = asked_medium(src, k, len(src), lex) or media_name(src[j + 1:], lex)  # "der Agentur Reuters",
            # "des Senders RBB", "auf dpa-Anfrage", "auf Nachfrage von t-online"
            return src[:k], [media] if media else []
    return src, []


def inquiry_head(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether a phrase after a preposition is the inquiry a statement answered ("hieß es auf Anfrage", "heißt es
    auf WR-Nachfrage", "Auf Nachfrage unserer Zeitung hieß es"): its first noun ends in a noun of asking."""
    heads = tuple(wordset(ctx.lang, "inquiry_words"))
    k = 1 if len(src) > 1 and src[0].low in ctx.lex.determiners else 0
    return bool(heads) and k < len(src) and src[k].low.endswith(heads)


def asked_phrase_end(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """German: the end of a phrase of the inquiry answered or of the one told at toks[k] ("dies | auf Anfrage
    (unserer Zeitung)", "das | gegenüber der Zeitung"), so a pointing object before it still closes its clause;
    else k."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns or k + 1 >= e or (
            toks[k].low not in lex.prepositions and toks[k].low not in lex.dative_preposition):
        return k
    owners = function_words(ctx.lang, "possessive_determiner")
    j = k + 2 if toks[k + 1].low in lex.determiners or toks[k + 1].low in owners else k + 1
    if j >= e or not (inquiry_head(ctx, toks[j:j + 1]) or toks[k].low in lex.dative_preposition):
        return k
    while j < e and toks[j].is_word and (toks[j].upper or toks[j].low in lex.determiners or toks[j].low in owners):
        j += 1  # ("auf Anfrage | unserer Zeitung")
    return j


def dative_via(ctx: Ctx, src: list[Tok]) -> tuple[list[Tok], list[str]]:
    """"ein Polizeisprecher der dpa": German dative recipient inside a subordinate tag."""
    for k in range(1, len(src) - 1):
        if src[k].low in ctx.lex.dative_preposition:  # "gegenüber dem Sender"
            media = media_name(src[k + 1:], ctx.lex)
            return src[:k], [media] if media else []
    for k in range(len(src) - 2, 0, -1):  # the last article: "ein Sprecher der Stadt | der Zeitung"
        if src[k].low in ctx.lex.closed.dative_definite:
            media = media_name(src[k + 1:], ctx.lex)
            if not media and src[k + 1].text in "„“\"»«":  # a quoted title: "ein Sprecher dem „Kurier“"
                end, media = dative_recipient(src, k, len(src), ctx.lex)
                media = media if end == len(src) else None
            if media:
                return src[:k], [media]
    return src, []


def fronted_medium(ctx: Ctx, toks: list[Tok], b: int, i: int) -> str | None:
    """The medium of a fronted German dative that fills toks[b:i] ("Dem Sender RBB", "Gegenüber der „Nordpost“"),
    else None."""
    lex = ctx.lex
    if not lex.dative_preposition or i - b < 2:
        return None
    start = b + 1 if toks[b].low in lex.dative_preposition else b
    if toks[start].low not in lex.dative_definite:
        return None
    end, media = dative_recipient(toks, start, i, lex)
    return media if end == i else None


def cut_citing(lex: Lexicon, src: list[Tok]) -> list[Tok]:
    """A speaker phrase without the citing phrase after it ("das „Handelsblatt“ | unter Berufung auf Y")."""
    k = next((k for k in range(1, len(src)) if citing(lex, src, k, len(src))), len(src))
    return src[:k]


def citing(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """The length of a citing cue at toks[a] ("unter Berufung auf"), else 0."""
    m = match_phrase(toks, a, e, lex.prep) if a < e and toks[a].low in lex.prep else None
    return m[0] if m and m[1] == "cite" else 0


def relaying(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """The length of a one-source preposition at toks[a] after a speech tag ("…, siger politiet ifølge Reuters",
    "…, police said, according to Reuters"): the medium after it relayed the speaker's words. 0 if none."""
    b = a + 1 if a + 1 < e and toks[a].text == "," else a
    m = match_phrase(toks, b, e, lex.prep) if b < e and toks[b].low in lex.prep else None
    return b - a + m[0] if m and m[1] == "pre" else 0


def relayed_by(lex: Lexicon, toks: list[Tok], k: int, e: int) -> list[str]:
    """The medium named after a one-source preposition that closes a tag, past a place or a time ("Det oplyser
    beredskabet på Fyn fredag ifølge Ritzau.", "…, säger X till TV4 enligt Expressen."), as a via; [] if
    none. Only words (no comma, no complementizer) stand between."""
    for m in range(k, min(e, k + RELAY_REACH)):
        if (n := relaying(lex, toks, m, e)) and (toks[m].text != "," or m == k):
            media = recipient(toks, m + n, e, lex)
            return [media[1]] if media[1] and only_punct(toks, media[0], e) else []
        if not toks[m].is_word or toks[m].low in lex.complementizers:
            return []
    return []


def relay_after_tag(lex: Lexicon, toks: list[Tok], k: int, e: int) -> list[str]:
    """The name of a relay phrase that closes a tag after its cue at toks[k], past a comma or a short adverbial
    ("…, the ministry said, as quoted by Tass", "…, the ministry said in a statement cited by Reuters"), as a via;
    [] if none (a complementizer or a second comma first: the words go on)."""
    for m in range(k, min(e, k + RELAY_REACH)):
        if (found := relay(toks, m, e, lex)) is not None:
            return [found[1]] if found[1] and only_punct(toks, found[0], e) else []
        if toks[m].low in lex.complementizers or toks[m].text in ";:" or toks[m].text == "," and m != k:
            return []
    return []


RELAY_REACH: Final = 6  # tokens of a place or time between a tag and its "ifølge X"
QUOTED_REACH: Final = 12  # the longest speaker phrase read between a quoting verb and "as saying"


def quoted_as(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, content: Span2 | None) -> Draft | None:
    """"The Star quoted Ivo Brandt as saying C": the one quoted speaks ("as saying" is the cue), the quoting
    subject relays it (via). None unless "as" and a quoting verb (`quoting`) stand before the participle."""
    if content is None or i - 3 < s or toks[i - 1].low not in function_words(ctx.lang, "as"):
        return None
    quoting = function_words(ctx.lang, "quoting")
    q = next((k for k in range(i - 2, max(s, i - QUOTED_REACH) - 1, -1) if toks[k].low in quoting), None)
    if q is not None and q == i - 2 and q - 1 > s and toks[q - 1].low in ctx.lex.closed.be:
        return _quoted_passive(ctx, toks, s, q, i, n, content)  # "Officials were quoted as saying C"
    if q is None or q + 1 >= i - 1 or any(t.text in ",;:" for t in toks[q + 1:i - 1]):
        return None
    b = next((k + 1 for k in range(q - 1, s - 1, -1) if toks[k].text in ",;:"), s)
    relay = toks[b:q]
    via = (media_name(relay, ctx.lex) or " ".join(t.text for t in relay),) if relay else ()
    cue = (toks[i - 1].start, toks[i + n - 1].end)
    cue_text = " ".join(t.text for t in toks[i - 1:i + n])
    return Draft((content,), cue, cue_text, tuple(toks[q + 1:i - 1]), via=via)


def _quoted_passive(ctx: Ctx, toks: list[Tok], s: int, q: int, i: int, n: int, content: Span2) -> Draft | None:
    """English: "Officials were quoted as saying C": the subject before the form of "be" at toks[q - 1] speaks (back to
    the clause's comma); the cue runs from "be" over "as saying". None when no word stands before "be"."""
    b = next((k + 1 for k in range(q - 2, s - 1, -1) if toks[k].text in ",;:"), s)
    src = toks[b:q - 1]
    if not src or not all(t.is_word or t.text in ".'’" for t in src):
        return None
    cue = (toks[q - 1].start, toks[i + n - 1].end)
    return Draft((content,), cue, " ".join(t.text for t in toks[q - 1:i + n]), tuple(src))


def own_part(src: list[Tok], lang: str) -> list[Tok]:
    """A subject without a closing phrase of contrast (`own_part` in function_words.tsv: "på sin side", "for sin
    del"): "Forsvareren for sin del mener" -> "Forsvareren"."""
    for phrase in _own_parts(lang):
        n = len(phrase)
        if len(src) > n and tuple(t.low for t in src[-n:]) == phrase:
            return src[:-n]
    return src


def own_part_at(toks: list[Tok], j: int, e: int, lang: str) -> int:
    """The length of a phrase of contrast at toks[j] after a speaker who follows the cue ("…, sagte der
    Verteidiger | seinerseits.", "…, säger försvararen | å sin sida."), else 0."""
    for phrase in _own_parts(lang):
        n = len(phrase)
        if j + n <= e and tuple(t.low for t in toks[j:j + n]) == phrase:
            return n
    return 0


def _own_parts(lang: str) -> tuple[tuple[str, ...], ...]:
    """`_own_parts_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _OWN_PARTS_KEPT.get(lang)
    if got is None:
        got = _OWN_PARTS_KEPT.setdefault(lang, _own_parts_built(lang))
    return got


_OWN_PARTS_KEPT: Final[dict[str, tuple[tuple[str, ...], ...]]] = {}


def _own_parts_built(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(function_words(lang, "own_part")))


def tag_lead(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> int:
    """German: the cue's length taken past adverbs and a short time phrase between a tag's verb and its subject
    ("…, sagte später ein Sprecher", "…, ergänzte am Abend die Polizei"); n when none stands there or no subject
    (a capitalised word or an article) follows them."""
    lex = ctx.lex
    if not lex.konjunktiv:
        return _listed_lead(ctx, toks, i, n, e)
    k = adverbs_end(lex, toks, i + n, e)
    if k + 2 < e and toks[k].low in lex.closed.tag_stop \
            and (toks[k + 1].low in lex.weekdays or time_word(toks[k + 1].low, lex.times)):
        k += 2  # "am Abend", "am Freitag"
    if k == i + n or k + 1 >= e or not (toks[k].upper or toks[k].low in lex.determiners or toks[k + 1].upper
                                         and toks[k].low in function_words(ctx.lang, "third_possessive")):
        return n
    return k - i


def _listed_lead(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> int:
    """The cue's length taken past the listed adverbs (`tag_lead_adverb`, one to three words, at most TAG_LEAD of
    them) between an inverted tag's verb and a subject that opens with a word ("…, siger dog formanden", "…, siger
    i øvrigt X"); n when none stands there or no such word follows them."""
    lead = function_words(ctx.lang, "tag_lead_adverb")
    if not lead:
        return n
    k, steps = i + n, 0
    while steps < TAG_LEAD:
        m = next((m for m in (3, 2, 1) if k + m < e and " ".join(t.low for t in toks[k:k + m]) in lead), 0)
        if not m:
            break
        k, steps = k + m, steps + 1
    if k == i + n or not toks[k].is_word or toks[k].low in ctx.lex.complementizers \
            or toks[k].low in ctx.lex.prepositions or is_finite_verb(toks[k], ctx.lex):
        return n
    return k - i


def adverbs_end(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """Past the lower-case adverbs at toks[a] (at most TAG_LEAD; `fronted` class adv): where a German tag's or
    inverted cue's subject may start ("sagte später ein Sprecher", "sagte auch der Minister")."""
    k = a
    while k + 1 < e and k - a < TAG_LEAD and not toks[k].upper and lex.fronted.get(toks[k].low) == "adv":
        k += 1
    return k


TAG_LEAD: Final = 2  # adverbs read between a tag's verb and its subject


def v2_adverbs_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """Past the sentence adverbs at toks[a] between a Nordic V2 cue and its subject (`fronted` class adv, and the
    two-word `adverb_phrase` entries: "meldte for eksempel helsemyndighetene at", "sagde dog politiet, at"): where
    the subject may start, or a."""
    lex, k = ctx.lex, a
    phrases = function_words(ctx.lang, "adverb_phrase")
    while k + 1 < e and k - a < TAG_LEAD:
        if not toks[k].upper and lex.fronted.get(toks[k].low) == "adv":
            k += 1
        elif k + 2 < e and f"{toks[k].low} {toks[k + 1].low}" in phrases:
            k += 2
        elif k + 3 < e and f"{toks[k].low} {toks[k + 1].low} {toks[k + 2].low}" in phrases:
            k += 3  # "Det mener i hvert fald X"
        else:
            break
    return k


def cut_auxiliary(lex: Lexicon, src: list[Tok]) -> tuple[list[Tok], str]:
    """An inverted tag's speaker without the perfect auxiliary before it ("…, hatte | der Minister gesagt"): the
    speaker and the auxiliary's text for the cue, or the phrase unchanged and ""."""
    if lex.profile.capitalised_nouns and len(src) > 1 and src[0].low in lex.perfect_aux \
            and (src[1].upper or src[1].low in lex.determiners):
        return src[1:], src[0].text
    return src, ""


def phrase_tail(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """The end of the prepositional phrases after an inverted speaker that close the sentence:
    where the speaker serves, when or where the words were said ("…, säger Anna Svensson på Trafikverket.", "…, siger
    Mette Hansen fra Vejdirektoratet.", "…, said Lena Ek of the roads agency.", "…, said Lena Ek at a news
    conference."); j when toks[j] opens none, the words after the preposition are no noun phrase (a verb, a clause,
    a figure) or more follows them."""
    lex, k = ctx.lex, j
    if not any(t.upper or word_type(t.low, lex.lang) in _SPEAKERS for t in toks[:j][-SPEAKER_WORDS:] if t.is_word):
        return j  # (not "…, tweeted praise for the police on Friday": no speaker before the phrase)
    own = function_words(lex.lang, "speaker_affiliation")
    while k + 1 < e and toks[k].low in own and toks[k + 1].is_word and not toks[k + 1].text[:1].isdigit():
        m = np_end(ctx, toks, k + 1, e, lex.closed.recipient)  # (not "shows Ann Lee with 47 percent, …": a figure)
        if m == k + 1 or any(not t.upper and is_finite_verb(t, lex) and t.low not in lex.prepositions
                             for t in toks[k + 1:m]):
            return j
        k = m
    return k if k > j and only_punct(toks, k, e) else j


_SPEAKERS: Final = frozenset({"person", "official", "organization", "media"})
SPEAKER_WORDS: Final = 3  # the last words before a speaker's prepositional phrase read for a name or a speaker noun


def past_tag_adverbial(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """The comma after a short adverbial that closes an interrupting tag after its speaker ("…, sagte sie am
    Telefon, …", "…, so der Sprecher später, …": a preposition or an adverb first, words only), else j."""
    lex = ctx.lex
    if j >= e or not (toks[j].low in lex.prepositions or lex.fronted.get(toks[j].low) == "adv"):
        return j
    m = next((k for k in range(j + 1, min(e, j + TAG_ADVERBIAL_WORDS + 1)) if not toks[k].is_word), None)
    return m if m is not None and toks[m].text == "," else j


TAG_ADVERBIAL_WORDS: Final = 4  # words of an adverbial read after an interrupting tag's speaker ("am frühen Abend")


def before_day(ctx: Ctx, toks: list[Tok], a: int, j: int) -> int:
    """The end of an inverted speaker's phrase toks[a:j] before a lower-case weekday in it (V2 without capitalised
    nouns: "borgmesteren | torsdag"), else j."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return j
    return next((k for k in range(a + 1, j) if not toks[k].upper and toks[k].low in lex.weekdays), j)


def past_day(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """Past a lower-case weekday and the time words after it at toks[j] ("torsdag", "onsdag aften") or a phrase of
    the day (`day_phrase`: "i går"), when a recipient, a comma or the sentence's end follows (V2: "…, siger X
    torsdag til Ritzau."); else j."""
    lex = ctx.lex
    d = j + 1 if j + 1 < e and toks[j].low in function_words(ctx.lang, "day_adverb") and not toks[j + 1].upper \
        and toks[j + 1].low in lex.weekdays else j  # "sent torsdag aften"
    if d + 2 < e and f"{toks[d].low} {toks[d + 1].low}" in function_words(ctx.lang, "day_phrase"):
        k = d + 2  # "…, siger X i går (til TV 2)."
        return k if only_punct(toks, k, e) or toks[k].text == "," or toks[k].low in lex.closed.recipient else j
    if d >= e or toks[d].upper or toks[d].low not in lex.weekdays:
        return j
    k = d + 1
    while k < e and toks[k].is_word and not toks[k].upper and time_word(toks[k].low, lex.times):
        k += 1
    return k if only_punct(toks, k, e) or toks[k].text == "," or toks[k].low in lex.closed.recipient else j


def medium_told_inside(ctx: Ctx, toks: list[Tok], a: int, j: int) -> int:
    """Where a tag's speaker toks[a:j] ends before a recipient the phrase took in ("…, berättar ett vittne för
    Sydsvenskan": "för" and a known medium closing the phrase, the medium told, a via); j when there is none, and
    never after a role ("en reporter för SVT"). Swedish, Norwegian and Danish."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return j
    for k in range(a + 1, j - 1):
        if toks[k].low in lex.recipient_prep and toks[k - 1].is_word and not toks[k - 1].upper \
                and (toks[k - 1].low not in wordset(ctx.lang, "roles") or _owned_role(ctx, toks, a, k - 1)) \
                and media_name(toks[k + 1:j], lex):
            return k
    return j


def _owned_role(ctx: Ctx, toks: list[Tok], a: int, r: int) -> bool:
    """Whether the role at toks[r] follows its employer's genitive ("kommunens presschef", "Volvos presschef"):
    the medium after "för" is the one told, not the employer."""
    if r - 1 < a:
        return False
    owner = toks[r - 1]
    return owner.is_word and owner.low.endswith("s") and len(owner.low) > OWNER_GENITIVE and (
        owner.upper or word_type(owner.low, ctx.lang) in ("official", "organization"))


OWNER_GENITIVE: Final = 3  # letters of an employer's genitive before a role ("SAS" is no genitive of "SA")


def role_body_after(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int) -> int:
    """Where a tag's speaker toks[a:j] ends when a role noun (`role_for`) closes it and "för" and a body that is no medium follow
    ("…, säger en talesperson för polisen", "…, uppger ordföranden för föreningen"): past the body; else j.
    Swedish, Norwegian and Danish (where "för"/"for" also brings the one told: `medium_told_inside`)."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or not a < j < e - 1 or toks[j].low not in lex.recipient_prep \
            or toks[j - 1].low not in function_words(ctx.lang, "role_for"):
        return j
    end = np_end(ctx, toks, j + 1, e, lex.closed.tag_stop)
    body = toks[j + 1:end]
    if not body or media_name(body, lex) or not any(word_type(t.low, ctx.lang) in _BODY_TYPES for t in body):
        return j
    return end


_BODY_TYPES: Final = frozenset({"official", "organization"})


def sources_told(lex: Lexicon, src: list[Tok]) -> list[str]:
    """The medium that source nouns before a recipient word talked to ("Källor till DN uppger att C", "Kilder til VG
    sier at C"; `told_preps`): the via of their claim; [] if none."""
    k = next((k for k in range(1, len(src) - 1) if src[k].low in wordset(lex.lang, "told_preps")), None)
    if k is None or word_type(src[k - 1].low, lex.lang) != "unnamed":
        return []
    media = recipient(src, k + 1, len(src), lex)[1]
    return [media] if media else []

"""Content before the cue: the tag after it ("C, the governor said", "…, wie ein Sprecher der dpa sagte",
"The town, officials said, has …"), with its source between the comma and the cue. Split out of rules.py,
which calls `content_first` from `rules.verb_one` when no real content follows the cue."""
from __future__ import annotations

from typing import Final

from enligt.analyze import clauses
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.interrupted import open_clause
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.perfecttag import perfect_before_relative
from enligt.analyze.phrases import coordinated_start, only_punct, seg_start, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import is_name_tok
from enligt.analyze.subjectwords import lone_adverb
from enligt.analyze.tails import cut_auxiliary, cut_citing, cut_inquiry, cut_time, dative_via
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_function_words, function_words


def content_first(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int, pre_end: int,
                  cue: Span2, cue_text: str, vias: list[str]) -> Draft | None:
    """The cue at toks[i:i + n] as a tag after its content: the source between the segment start `b` and the
    cue (toks[b:pre_end]), the content before it (and after it when the tag interrupts a clause)."""
    lex = ctx.lex
    k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
    if toks[s].low in lex.closed.as_clause and pre_end > s + 1 and not (k is None and _as_opener(lex, toks, s, pre_end)):
        c = span(ctx, toks, k + 1, e) if k is not None else None  # "Wie der DWD (am Abend) mitteilte, soll sich …"
        src, asked = cut_inquiry(ctx, cut_time(ctx, toks[s + 1:pre_end]))  # "Wie X auf Anfrage sagte"
        src, more = dative_via(ctx, cut_citing(lex, src))  # "Wie X der dpa sagte"
        return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias + asked + more)) if c and src else None
    if b > s and _clause_opener(lex, toks[b - 1].low):
        return None  # "…, als das Gericht das Urteil verkündete", "…, after officers responded": no tag
    b = _past_parenthesis(toks, s, b, pre_end)
    closed = pre_end == b and b > s + 1 and toks[b - 1].text == ","
    if closed:  # "…, its coordinator, Natalia Bondarenko, told X."
        pre_end = b - 1
        b = seg_start(toks, s, pre_end)
        if b > s + 1 and toks[b - 1].text == "," and _credential(ctx, toks, b, pre_end):
            pre_end = b - 1  # "…, Ann Lee, MD, told X": the degree after the name is no speaker
            b = seg_start(toks, s, pre_end)
    if b <= s and pre_end > s:
        return None  # "X said." with nothing before: no content
    if lex.profile.tag_verb_first and _subject_first(lex, toks, b, pre_end):
        return None  # "Eine Kritik, die die Regierung zurückweist", "…, der Zeuge habe gelogen": a clause, no tag
    if pre_end > b:  # "…, the regional governor said" / "…, wie ein Polizeisprecher der dpa sagte"
        b = coordinated_start(ctx, toks, s, _name_with_and(toks, s, b, pre_end, lex), pre_end)  # "…, X and Y said"
        marks = b  # a quote closed after the comma belongs to the content: "…, “we are tired,” he said"
        while marks < pre_end and toks[marks].text in QUOTE_STRIP:
            marks += 1
        src = cut_time(ctx, toks[marks:pre_end])  # "…, wie eine Sprecherin am Freitag sagte": no time in the source
        src, asked = cut_inquiry(ctx, src)  # "…, wie die Airline auf Anfrage der Agentur X bekannt gab"
        vias = vias + asked
        src, aux = cut_auxiliary(lex, src)  # "…, hatte der Sprecher gesagt"
        if aux:
            src, cue_text = cut_citing(lex, src), f"{aux} {cue_text}"  # "…, hatte X unter Berufung auf Y berichtet"
        elif lex.profile.capitalised_nouns:
            src = cut_citing(lex, src)  # "…, wie X unter Berufung auf Y berichten": Y is the via's, not the source
        if src and src[0].low in lex.closed.as_:
            src = src[1:]
        src, more = dative_via(ctx, src)
        named_relative = bool(src) and src[0].low in lex.relatives and b - 1 > s and toks[b - 1].text == "," \
            and _name_before(toks, s, b - 1) is not None  # "…, Ann Lee, who leads the union, said": Ann Lee
        # (a relative after a noun is no question word either: "…, a nurse who works at the clinic said")
        after_comma = b - 1 > s and toks[b - 1].text == ","
        if any(t.low in lex.first_person and not (j and after_comma and t.low in lex.relatives)
               for j, t in enumerate(src[named_relative:])) \
                or len(src) == 1 and lone_adverb(lex, src[0]) \
                or _participle_clause(lex, src) or _verb_inside(lex, src):
            return None  # (nor "…, wrongfully claimed from the towns,": a participle after its adverb)
        vias = vias + more
        name_toks: list[Tok] = []
        cut = b - 1
        interpolated = not closed and i + n < e and toks[i + n].text == ","  # "the two nations, Lund said, now have"
        if src and all(is_name_tok(t) for t in src) and cut > s and not interpolated:
            b2 = seg_start(toks, s, cut)
            role = toks[b2:cut]
            noun_phrase = b2 > s and not any(t.low in lex.closed.be or is_finite_verb(t, lex) for t in role)
            if 0 < len(role) <= 6 and noun_phrase and (any(word_type(t.low, lex.lang) for t in role)
                                                        or role[0].low in lex.determiners
                                                        or role[0].low.endswith(("'s", "’s"))):
                name_toks, src, cut = src, role, b2 - 1
        elif src and not src[0].upper and cut > s and toks[cut].text == ",":  # "…," Ann Lee, a lawyer for X, said
            named = _name_before(toks, s, cut)
            if named is not None:
                src, cut, marks, b = toks[named[0]:cut], named[1], named[1], named[1] + 1
        if src and toks[b].low in lex.relatives and (inv := perfect_before_relative(ctx, toks, s, b)) is not None:
            src, cut = toks[inv[0]:inv[1]], inv[2]  # "C, har rektor X, som ledet skolen, sagt": X, not the relative
        if toks[b].low in lex.closed.as_clause and b == s:  # "Wie der DWD mitteilte, C"
            k = next((k for k in range(i + n, e) if toks[k].text == ","), None)
            c = span(ctx, toks, k + 1, e) if k is not None else None
            return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias)) if c else None
        c = span(ctx, toks, s, marks if cut == b - 1 and marks > b else cut)
        if not c or not src or _lone_adverb_before(lex, toks, s, cut, i + n, e):
            return None
        a = i + n
        while a < e and toks[a].is_word and (toks[a].low in lex.prepositions or toks[a].low in lex.closed.time_preposition
                                             or toks[a].low in lex.times):
            a += 1
        if toks[s].low in lex.subordinators or open_clause(lex, toks, s, cut):  # (not "The bridge is shut, he said
            a = _past_tag_words(lex, toks, i + n, a, e)  # in a statement, …"); "Instead, Ann Lee told CNN, …"
        before = sum(t.is_word for t in toks[s:cut])  # "The town, officials said, has …"; longer before a verb:
        verb_next = a + 1 < e and (is_finite_verb(toks[a + 1], lex)  # "The good news for the town, she said, is …"
                                   or toks[cut - 1].low in function_words(lex.lang, "waiting_aux"))  # "X er, som Y skriver, …"
        if a < e and toks[a].text == "," and not only_punct(toks, a, e) and (_extraposed(lex, toks, a + 1, e) or _goes_on(
                ctx, toks, a + 1, e) and ((before <= 4 or (verb_next and before <= INTERPOLATED_SUBJECT))
                                          and open_clause(lex, toks, s, cut) or _clause_goes_on(ctx, toks, s, a + 1, e))):
            rest = span(ctx, toks, a + 1, e)  # "The town, officials said, has been …"
            if rest:
                return Draft((c, rest), cue, cue_text, tuple(src), via=tuple(vias))
        name = " ".join(t.text for t in name_toks) if name_toks else None
        return Draft((c,), cue, cue_text, tuple(src), via=tuple(vias), name=name)
    return None


def _verb_inside(lex: Lexicon, src: list[Tok]) -> bool:
    """A Nordic finite verb inside a tag's subject, before any relative ("…, og det er ni av dem mannen nå har
    innrømt"): a clause whose participle closes it, no speaker ("…, sier en som var der" keeps its relative)."""
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return False
    for t in src[1:]:
        if t.low in lex.relatives:
            return False
        if t.low in lex.finite_verbs:
            return True
    return False


def _lone_adverb_before(lex: Lexicon, toks: list[Tok], s: int, cut: int, a: int, e: int) -> bool:
    """English: one sentence adverb or coordinator alone before the tag's comma, and no comma after the cue ("Now,
    Carson has responded to the rant."): the sentence's frame, not what was said (but "Still, he said, C" and
    "Instead, X told CNN, C": an interpolated tag, its content after it)."""
    if lex.profile.v2 or cut != s + 1 or any(t.text == "," for t in toks[a:e]):
        return False
    return toks[s].low in lex.coordinators or toks[s].low in lex.sentence_adverbs


def _subject_first(lex: Lexicon, toks: list[Tok], b: int, pre_end: int) -> bool:
    """Whether the words between a comma and a cue open with no verb (`tag_verb_first` languages): a tag after
    its content puts the verb first ("…, sagte der Sprecher", "…, hatte die Polizei mitgeteilt", "…, soll er
    gesagt haben") or opens with "wie" ("…, wie X sagte"); words before the cue that open with anything else
    make a clause of their own, relative, reported or verb-final ("…, die die Regierung zurückweist", "…, in
    der er die Vorwürfe bestätigte", "…, der Angeklagte habe alles gestanden"), whose cue tags nothing."""
    k = b
    while k < pre_end and toks[k].text in QUOTE_STRIP:
        k += 1
    if k >= pre_end or b == 0 or toks[b - 1].low in lex.closed.as_clause or toks[b - 1].low in lex.closed.as_:
        return False  # (a segment opened by "wie": "…, wie X sagte")
    first = toks[k].low
    return not (first in lex.auxiliaries or first in lex.finite_verbs or first in lex.hearsay_modal
                or first in lex.speech or first in lex.closed.as_clause or first in lex.closed.as_)


def _as_opener(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> bool:
    """English: whether an "as" opening the sentence opens a part of the content, not the tag: a comma closes it
    before the tag's segment and the tag ends the sentence ("As the storm moved north, the town lost power, officials
    said", "As a rule, the harbor closes in winter, the mayor said"; not "As the mayor said, C"). Not in V2 order,
    where a verb ending the sentence is the main clause's ("Wie X mitteilte, hat der Mann die Tat eingeräumt")."""
    return not lex.profile.v2 and any(t.text == "," for t in toks[s + 1:pre_end])


def _clause_opener(lex: Lexicon, low: str) -> bool:
    """Whether a word opening the segment of a tag's source is a subordinator of time, cause or condition
    ("als", "when", "after", "når", "när", "weil"): the cue is that clause's verb, the words before it the
    main clause, not what was said. An "as" clause ("…, as X said", "…, wie X sagte") and a coordinator
    ("…, and X said") are not such openers."""
    return low in lex.subordinators and low not in lex.coordinators and low not in lex.closed.as_ \
        and low not in lex.closed.as_clause


def _participle_clause(lex: Lexicon, src: list[Tok]) -> bool:
    """Whether the words before the cue open a participle clause, not a subject: a lower-case word in -ing
    and its object or "to" ("…, bringing to 12 the number of cases reported", "…, raising the toll
    counted"); a source may open with such a word used as an adjective ("…, leading experts said").
    English only (`noun_openers`)."""
    if len(src) < 2 or src[0].upper or not src[0].low.endswith("ing") or not lex.noun_openers:
        return False
    nxt = src[1].low
    return nxt == "to" or lex.noun_openers.get(nxt) == "det" or nxt.replace(",", "").isdigit()


def _credential(ctx: Ctx, toks: list[Tok], b: int, pre_end: int) -> bool:
    """Whether toks[b:pre_end] is a degree or suffix after a name between commas ("MD", "Ph.D.", "Jr.")."""
    words = "".join(t.text for t in toks[b:pre_end] if t.text != ",").rstrip(".").lower()
    return 0 < pre_end - b <= CREDENTIAL_TOKENS and words in function_words(ctx.lang, "credential")


CREDENTIAL_TOKENS: Final = 4  # tokens of a written-out degree ("Ph", ".", "D", ".")


def _name_before(toks: list[Tok], s: int, cut: int) -> tuple[int, int] | None:
    """A person's name in apposition before a role and the tag ("…,” Ann Lee, a lawyer for the family,
    said"): (start of the name, end of the content before it), else None."""
    k, particles = cut, all_function_words("name_particle")
    while k > s and cut - k < 4 and (is_name_tok(toks[k - 1]) or k - 2 > s and k < cut and toks[k - 1].low in particles
                                     and is_name_tok(toks[k - 2])):  # "Eduardo del Rosario"
        k -= 1
    if cut - k < 1 or cut - k < 2 and toks[k - 1].text not in QUOTE_STRIP or k <= s:
        return None  # (one name only right after a quotation: "“Q,” Trump, the party's front-runner, said")
    j = k
    while j > s and toks[j - 1].text in QUOTE_STRIP:
        j -= 1
    if j == k and toks[k - 1].text != ",":
        return None
    return k, (j if j < k else k - 1)


def _goes_on(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the words after an interpolated tag go on with the sentence before it ("The town, officials said,
    has …"; in English whatever the part before: "Unless X, the experts say, the world could …", "By closing
    the gate, she said, the town …", "Things changed, she says, especially …"): not when they open a participle,
    a coordinated or relative clause or another cue ("…, she said, adding …", "…, and …", "…, which …",
    "…, according to …")."""
    lex = ctx.lex
    if a >= e or not toks[a].is_word:
        return False
    low = toks[a].low
    return lex.profile.v2 or bool(lex.konjunktiv) or not (
        low.endswith("ing") or low in lex.coordinators or low in lex.relatives or low in lex.prep or low in lex.speech)


def _extraposed(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the words after an interpolated tag are the clause the words before it announce, opened by a
    complementizer ("It is no accident, Ann Lee said, that C", "There is a risk, critics say, that C", "Det är
    ingen slump, säger hon, att C", "Es sei kein Zufall, sagte er, dass C", "It's a warning, he said, that “Q”"): the
    rest of what was said."""
    return toks[a].low in lex.complementizers and a + 2 < e and (toks[a + 1].is_word or toks[a + 1].text in QUOTE_STRIP)


def _clause_goes_on(ctx: Ctx, toks: list[Tok], s: int, a: int, e: int) -> bool:
    """English: a sentence part before the tag that needs the rest ("Unless X,", "By closing the gate,") or
    a verb after it ("…, the experts say, the river could …"); not an apposition to the content ("…, the
    governor said, the third attack this week", "…, more than the two injuries confirmed by the hospital")."""
    lex = ctx.lex
    if lex.profile.v2 or lex.konjunktiv or toks[s].text in QUOTE_STRIP:
        return False
    first = toks[s].low
    if (first in lex.subordinators and first not in lex.coordinators) or first in lex.prepositions \
            or (first.endswith("ing") and not toks[s].upper):
        return True
    end = next((k for k in range(a, e) if toks[k].text in ",;:"), e)
    return any(clauses.verb_like(toks[k], lex) and not (k + 1 < e and toks[k + 1].low in lex.agent)
               for k in range(a, end))


def _past_parenthesis(toks: list[Tok], s: int, b: int, pre_end: int) -> int:
    """The segment start before a short parenthesis that ends it, when a speaker's words go on after it
    ("…, wie der Saarländische Rundfunk (SR) online berichtet": "(SR)" is part of the speaker)."""
    if not (s < b <= pre_end and toks[b - 1].text == ")"):
        return b
    k = b - 2
    while k > s and b - 1 - k <= 4 and toks[k].text != "(":
        k -= 1
    if toks[k].text != "(" or k <= s or not toks[k - 1].is_word:
        return b
    return seg_start(toks, s, k)


def _name_with_and(toks: list[Tok], s: int, b: int, pre_end: int, lex: Lexicon) -> int:
    """Start of a name joined by "and" after a comma ("…, Northumberland Fire and Rescue Service said"), else b."""
    if not (b - 2 > s and toks[b - 1].low in lex.closed.name_and and toks[b - 2].upper
            and all(is_name_tok(t) for t in toks[b:pre_end])):
        return b
    k = b - 1
    while k - 1 > s and toks[k - 1].upper:
        k -= 1
    if k - 1 > s and k < b - 1 and toks[k - 1].low in lex.closed.name_article:
        k -= 1  # "…, the Fire and Rescue Service said"
    return k if k < b - 1 and toks[k - 1].text == "," else b


INTERPOLATED_SUBJECT: Final = 10  # words of a subject that a tag may interrupt before its verb


def subject_before_tag(ctx: Ctx, toks: list[Tok], ps: int, m: int, o: int, src: tuple[Tok, ...]) -> Span2 | None:
    """English: the subject before an interpolated tag whose quote at toks[o] holds the rest of its clause ("The
    new park, Ann Lee said, “is a fine thing”"): part of the content; else None (a fronted adverbial, a clause)."""
    lex = ctx.lex
    if lex.profile.v2 or lex.konjunktiv or not src or o < 1 or toks[o - 1].text != "," or m < 1 \
            or toks[m - 1].end != src[-1].end:
        return None  # (the tag is the speaker and the cue: "X lobbied for Y, saying, “Q”" is none)
    b = next((k for k in range(ps, o) if toks[k].start == src[0].start), None)
    if b is None or b - 2 < ps or toks[b - 1].text != ",":
        return None
    first = toks[ps].low
    if first in lex.prepositions or first in lex.subordinators or first in lex.sentence_adverbs \
            or first.endswith("ing") or any(t.text in QUOTE_STRIP for t in toks[ps:b - 1]) \
            or not open_clause(lex, toks, ps, b - 1):
        return None
    return span(ctx, toks, ps, b - 1)


def _past_tag_words(lex: Lexicon, toks: list[Tok], c: int, a: int, e: int) -> int:
    """English: the comma closing a short recipient or prepositional phrase after a tag's cue at toks[c] ("told
    CNN,", "suggested in a tweet,"), so that the clause after it can go on; else a."""
    if lex.profile.v2 or a >= e or toks[a].text == "," or not (toks[c].upper or toks[c].low in lex.prepositions):
        return a
    k = next((k for k in range(a, min(e, a + TAG_WORDS)) if not toks[k].is_word), e)
    if k >= e or toks[k].text != "," or any(clauses.verb_like(t, lex) or t.low in lex.weekdays for t in toks[a:k]):
        return a  # (not a day: "…, X declared on Thursday, two days after …" ends the tag)
    return k


TAG_WORDS: Final = 4  # words of a recipient or place after a tag's cue before its comma ("told CNN,", "in a tweet,")

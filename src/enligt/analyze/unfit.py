"""Records whose source or content no report has (a rule pass, passes.PASSES): a source that runs into a
quotation ("han 'helt klart tror, at C'": the speaker's own words, not a subject), a source of adverbs alone
("… og derfor kun sjældent talt om X": the subject stood before a coordination), a lone pointing pronoun as the
subject of a verb of showing in a V2 language ("Stemmer tallet, viser det at C": the speaker's inference, nobody
reports), a lone dative pronoun ("Ihm habe ein Bericht vorgelegen"), a reflexive ("wie sich herausstellte"), a
comparison's clause ("end nogen havde ventet"), and a content that is only a pointing pronoun before a comma
("papirer, der bekræfter det, men …": an object, no claim)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset

QUOTE_MARKS: Final = frozenset("\"'«»“”„‘’‚‹›")


def drop_unfit(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose source or content cannot be a report's."""
    return [d for d in drafts if not (_unfit_source(ctx, d) or _pointer_content(ctx, d))]


def _unfit_source(ctx: Ctx, d: Draft) -> bool:
    words = [t for t in d.source if t.is_word]
    if not words:
        return False
    if _opens_quotation(d.source):
        return True
    if len(words) > 1 and all(ctx.lex.fronted.get(t.low) == "adv" and t.low not in ctx.lex.relatives for t in words):
        return True  # (not one pointing adverb, "Her lyder det, at C", nor a relative: "en præst, der siger, at C")
    if words[0].low in function_words(ctx.lang, "reflexive_pronoun"):
        return True  # "wie sich später herausstellte": a reflexive is no speaker
    if words[0].low in function_words(ctx.lang, "comparison_opener"):
        return True  # "hurtigere, end nogen havde regnet med": a comparison's clause, nobody reports
    if len(words) == 1 and words[0].low in function_words(ctx.lang, "dative_pronoun"):
        return True  # "Ihm habe ein Bericht vorgelegen": a dative is no speaker
    if len(words) == 1 and words[0].low in function_words(ctx.lang, "generic_no_source") \
            and not _hosted(ctx, words[0].start):
        return True  # Danish "forventer man at være færdige": the generic pronoun alone names no speaker (dan46)
    if _clause_source(ctx, words):
        return True  # "trots att rättsläkaren …", a lone "I" or "Mot": a clause or a phrase's head, no speaker
    if _expletive_clause(ctx, words) and (not _cleft(ctx, d, words[-1])
                                          or all(t.low in wordset(ctx.lang, "negative_subjects") for t in words[2:])):
        return True  # "Det var ett tungt beslut menar hon", a cleft of nobody ("det är ingen som tycker"): no speaker
    return len(words) == 1 and not d.hearsay and _pointer_shows(ctx, d, words[0].low)


def _hosted(ctx: Ctx, start: int) -> bool:
    """Whether the sentence holding offset `start` opens with a place phrase's preposition (`host_preposition`: "Hos
    klubben mener man", "I Danmark mener man"): the place names whom the generic pronoun stands for."""
    b = max(ctx.text.rfind(m, 0, start) for m in ".!?\n") + 1
    first = ctx.text[b:start].split(maxsplit=1)
    return bool(first) and first[0].lower() in function_words(ctx.lang, "host_preposition")


def _clause_source(ctx: Ctx, words: list[Tok]) -> bool:
    """A source that opens a clause or holds a complementizer (`clause_source_opener`: "trots att X", "eftersom X"),
    or is one preposition alone ("I", "Mot"): read from the wrong side of its cue."""
    openers = function_words(ctx.lang, "clause_source_opener")
    if not openers:
        return False
    if len(words) == 1 and words[0].low in ctx.lex.prepositions:
        return True
    return words[0].low in openers or any(t.low in ctx.lex.complementizers for t in words)


def _expletive_clause(ctx: Ctx, words: list[Tok]) -> bool:
    """A source that opens with an expletive and a finite verb and holds no relative pronoun
    (`expletive_clause_source`: "Det är frågan då X", "Det borde gå om X"): a clause read as a subject; a cleft
    keeps its relative ("Det var tidningen som")."""
    return len(words) > 2 and words[0].low in function_words(ctx.lang, "expletive_clause_source") \
        and words[1].low in ctx.lex.finite_verbs and not any(t.low in ctx.lex.relatives for t in words)


def _cleft(ctx: Ctx, d: Draft, last: Tok) -> bool:
    """Whether a relative pronoun stands between the source and its cue: a cleft ("Det var polisen som uppgav
    att C"), whose source is the noun in it."""
    if d.cue is None or d.cue[0] <= last.end:
        return False
    return any(w.lower() in ctx.lex.relatives for w in ctx.text[last.end:d.cue[0]].split())


def _opens_quotation(src: tuple[Tok, ...]) -> bool:
    """Whether a quotation mark opens inside the source before a lower-case word and no mark closes it there
    ("han 'helt"); not a quoted name ("der »MDR«"), a quoted word ("self-identified "liberals""), nor an
    apostrophe after a word ("Sanders’ aides")."""
    for k in range(1, len(src) - 1):
        t, nxt = src[k], src[k + 1]
        if t.text in QUOTE_MARKS and t.start > src[k - 1].end and nxt.start == t.end and nxt.text[:1].islower():
            return not any(m.text in QUOTE_MARKS for m in src[k + 2:])
    return False


def _pointer_shows(ctx: Ctx, d: Draft, low: str) -> bool:
    """A lone pointing pronoun ("det") as the subject of a verb of showing ("viser"), in a V2 language with
    lower-case nouns: a document it would name is a noun ("Tallene viser at C")."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or low not in function_words(ctx.lang, "expletive_back"):
        return False
    cue = (d.cue_text or "").lower().split()
    return bool(cue) and any(cls == "evidence" and len(phrase) == len(cue) for phrase, cls in lex.speech.get(cue[0], ()))


def _pointer_content(ctx: Ctx, d: Draft) -> bool:
    if d.direct or not d.parts:
        return False
    a, b = d.parts[0]
    head = ctx.text[a:b].lstrip()
    word, sep, _ = head.partition(",")
    return bool(sep) and word.strip().lower() in function_words(ctx.lang, "expletive_back")

"""A paragraph that ends on a colon after a cue ("Breitbart News responded:", "Efter mötet rapporterar X i ett
pressmeddelande:"): its cue and speaker, and the paragraph after it that they introduce. A split of reader.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import match_phrase, negated
from enligt.analyze.cuesubject import subject
from enligt.analyze.fronting import colon_speaker, forward_intro
from enligt.analyze.leadtags import label_tag
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.v2clauses import continuing_tag
from enligt.analyze.via import recipient
from enligt.analyze.wordclass import nominal
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words
from enligt.models import Span

COLON_SENTENCE: Final = 150  # tokens read back from the colon for the sentence it ends (reader.MAX_SENTENCE)
COLON_CUE_REACH: Final = 4  # tokens between a cue and the colon that ends its paragraph ("X said in a statement:")
COLON_SPEAKER_WORDS: Final = 4  # more tokens there for a speaker after a V2 cue ("rapporterar X i ett pressmeddelande:")


def colon_intro(ctx: Ctx, toks: list[Tok], persons: frozenset[str] | set[str] = frozenset()) -> Draft | None:
    """A paragraph that ends "Breitbart News responded:" / "He declared:": its cue and speaker, for the
    paragraph after it (a draft without content); or a paragraph that is a speaker's label alone
    (`label_intro`: "Captain Joe Banks:")."""
    e = len(toks)
    if e < 3 or (toks[e - 1].text != ":" and not forward_intro(ctx, toks, 0, e)):
        return None  # (or "Så här sa X efter matchen.": a full stop after a word pointing forward)
    if toks[e - 2].low in function_words(ctx.lang, "colon_pointer"):
        toks, e = toks[:e - 2] + toks[e - 1:], e - 1  # "sagde følgende:": the pointer stands for the colon's paragraph
    s = e - 1
    while s > 0 and toks[s - 1].text not in ".!?" and e - s < COLON_SENTENCE:
        s -= 1
    lex = ctx.lex
    if (a := continuing_tag(ctx, toks, s, e - 1)) is not None:  # "Lund weiter:" closing its paragraph
        cue = (toks[a].start, toks[a].end)
        return Draft((cue,), cue, toks[a].text, tuple(toks[s:a]))
    reach = COLON_CUE_REACH + (COLON_SPEAKER_WORDS if lex.profile.v2 else 0)
    for i in range(e - 2, max(s, e - 2 - reach) - 1, -1):
        m = match_phrase(toks, i, e - 1, lex.speech) if toks[i].low in lex.speech else None
        if m is None or (toks[i].upper and i > s) or negated(toks, i, m[0], e, lex) or nominal(toks, s, i, e, lex):
            continue
        after = colon_speaker(ctx, toks, s, i, i + m[0], e)  # "Efter mötet rapporterar X i ett pressmeddelande:"
        if not after and i < e - 2 - COLON_CUE_REACH - _phrase_more(ctx, toks, i + m[0]):
            continue  # only a speaker after a V2 cue stands between the cue and a farther colon
        src, tail, _, _ = (after, "", None, None) if after else _tag_speaker(ctx, toks, s, i) or subject(ctx, toks, s, i)
        if not src or any(t.low in lex.first_person for t in src) or src[0].low in lex.expletives:
            return None  # "Here's what I wish someone told me:", "These states:"
        cue = (toks[i].start, toks[i + m[0] - 1].end)
        return Draft((cue,), cue, " ".join(t.text for t in toks[i:i + m[0]]), tuple(src), tail=tail,
                     via=_told_medium(ctx, toks, i + m[0], e - 1))
    return label_intro(ctx, toks, persons)


def label_intro(ctx: Ctx, toks: list[Tok], persons: frozenset[str] | set[str]) -> Draft | None:
    """A paragraph that is a speaker's label and a colon alone, perhaps with a phrase of a preposition after the
    name ("Captain Joe Banks:", "Freiburgs Trainer Jan Roth nach dem Spiel:", "Lagkaptenen Jonas Berg efter
    matchen:"), as `leadtags.label_tag` reads a label: it introduces the next paragraph's quote, cue ":"."""
    e = len(toks)
    if e > LABEL_LINE or not all(t.is_word for t in toks[:e - 1]):
        return None
    end = next((k for k in range(2, e - 1) if not toks[k].upper), e - 1)  # (the phrase's first word in lower case)
    if e - 1 - end > LABEL_PHRASE:
        return None  # (a long sentence, no label)
    a = 1 if end > 3 and toks[0].low in ctx.lex.determiners and word_type(toks[1].low, ctx.lang) == "person" else 0
    line = [*toks[a:end], toks[e - 1]]  # (past an article before a role: "Der Kapitän Max Weber nach dem Spiel:")
    d = label_tag(ctx, line, 0, len(line), (toks[e - 1].start, toks[e - 1].end), 0, persons)
    return Draft((d.cue,), d.cue, ":", d.source) if d is not None and d.cue is not None else None


LABEL_LINE: Final = 10  # the most tokens of a paragraph read as a speaker's label with its colon
LABEL_PHRASE: Final = 4  # the most words of a phrase of a preposition after the label's name ("nach dem Spiel")


def _told_medium(ctx: Ctx, toks: list[Tok], a: int, e: int) -> tuple[str, ...]:
    """The medium told between a Nordic cue and its colon ("skriver i ett mejl till Aftonbladet:"): a via."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return ()
    k = next((k for k in range(a, e) if toks[k].low in lex.recipient_prep), None)
    media = recipient(toks, k + 1, e, lex)[1] if k is not None else None
    return (media,) if media else ()


def _phrase_more(ctx: Ctx, toks: list[Tok], a: int) -> int:
    """More tokens allowed between a Nordic cue and its colon when a phrase of a preposition follows the cue ("skriver
    i ett mejl till tidningen:", "sier i en e-post til NTB:")."""
    lex = ctx.lex
    return COLON_PHRASE_MORE if lex.profile.v2 and not lex.profile.capitalised_nouns and a < len(toks) \
        and toks[a].low in lex.prepositions else 0


COLON_PHRASE_MORE: Final = 3  # ("i ett mejl till tidningen": seven tokens from the cue to the colon)


def _tag_speaker(ctx: Ctx, toks: list[Tok], s: int, i: int) -> tuple[list[Tok], str, None, None] | None:
    """The speaker of a tag that a cue at toks[i] is coordinated to ("– Q, säger Nika och fortsätter:"), else None."""
    lex = ctx.lex
    if not (i - 2 > s and toks[i - 1].low in lex.coordinators):
        return None
    for c in range(i - 2, max(s, i - 2 - TAG_SPEAKER_WORDS) - 1, -1):
        if toks[c - 1].text == "," and (m := match_phrase(toks, c, i - 1, lex.speech)) is not None:
            return (list(toks[c + m[0]:i - 1]), "", None, None) if c + m[0] < i - 1 else None
    return None


TAG_SPEAKER_WORDS: Final = 6  # the longest speaker between a tag's cue and a coordinated cue ("säger X och fortsätter:")


def introduced(ctx: Ctx, intro: Draft, drafts: list[Draft], sp: Span) -> list[Draft]:
    """The paragraph after "X responded:": its opening quote (or, with none, the whole paragraph) is X's."""
    for k, d in enumerate(drafts):
        if d.continuation and d.start <= sp.start + 3:  # the quote opens the paragraph (marks trimmed)
            return [*drafts[:k], replaced(d, cue=intro.cue, cue_text=intro.cue_text, source=intro.source,
                                          tail=intro.tail, continuation=False, via=intro.via), *drafts[k + 1:]]
    if any(d.start <= sp.start + 3 for d in drafts):
        return drafts  # the paragraph has a record of its own from its start
    toks = tokenize(ctx.text, sp.start, sp.end)
    c = span(ctx, toks, 0, len(toks))
    if c is None:
        return drafts
    return [Draft((c,), intro.cue, intro.cue_text, intro.source, tail=intro.tail, via=intro.via), *drafts]

"""The speaker's tag before a quotation: "X told jurors: “Q”", "en soldat som säger ”Q”" (a cue right before
the quote), German verb-second before a colon ("Am Morgen erklärte der Sprecher: „Q“"), a colon tag with no verb
("Lund weiter: „Q“"), a speaker's label ("Anwohnerin Jana Berg: „Q“") and a cue opening the sentence ("Said X,
…, “Q”"). Split out of direct.py, whose `quote_records` tries these before a tag after the quote."""
from __future__ import annotations

from typing import Final

from enligt.analyze import clauses, frames, namingwords, participles, v2clauses
from enligt.analyze.contentfirst import subject_before_tag
from enligt.analyze.cues import SPLIT_PHRASE_WORDS, is_finite_verb, split_phrase
from enligt.analyze.cuesubject import subject
from enligt.analyze.englishshapes import fronted_interview
from enligt.analyze.fronting import fronted
from enligt.analyze.nearclause import near_clause_subject
from enligt.analyze.phrases import apposed_name, np_end, past_verb_adverbs, time_word
from enligt.analyze.quotes import trim
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.tagcues import cue_at
from enligt.analyze.titles import title_case
from enligt.analyze.via import recipient
from enligt.analyze.wordclass import name_form
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words, function_words

_ENDS: Final = frozenset(".!?")


def before_tag(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int,
               taken: set[int]) -> Draft | None:
    """"X told jurors: “Q”", "en soldat som säger ”Q”": a cue right before the quote."""
    k = o - 1
    if k >= ps and toks[k].text in ":,":
        k -= 1
    elif _quote_opens_clause(ctx, toks, o, inner):
        return None  # "said “significant” progress had been made": the quoted words open the reported clause
    reach = _before_acronym(toks, ps, k)  # "told the Associated Press (AP), “Q”": the bracket adds no distance
    for m in range(k, max(ps - 1, k - _FAR_PHRASE), -1):
        if toks[m].upper and m > ps and toks[m - 1].is_word and (
                toks[m].low in ctx.lex.noun_verbs or not title_case(toks[ps:o])):
            continue  # a name or a noun: "the United States “must …”", "Secretary of State “…”"
        hit = cue_at(ctx, toks, m, o, taken)
        if not hit or (m <= reach - _NEAR and not _far_phrase(ctx, toks, m, hit[0], o)
                       and (_split_before(toks, m) or not _far_frame(ctx, toks, m + hit[0], k + 1))):
            continue
        n, cls = hit
        vias: list[str] = []
        if m + n <= k:
            lex = ctx.lex
            after = toks[m + n].low
            if cls != "told" and after not in lex.prepositions and after not in lex.closed.tag_stop \
                    and after not in function_words(ctx.lang, "about") and not (
                    lex.fronted.get(after) == "adv" or time_word(after, lex.times)  # ("sagte nach dem Spiel:")
                    or (after.endswith("ly") and not toks[m + n].upper
                        and (toks[o - 1].text == ":" or _manner_before_comma(toks, m + n, o)))):
                return None  # words between cue and quote that are neither a recipient, a place nor a time
            if cls == "told":
                _, media = recipient(toks, m + n, k + 1, ctx.lex)
                vias = [media] if media else []
        if m + n <= k and toks[o - 1].text not in ":,":
            return None  # "told her supporters, “Q”", "said in a speech: “Q”"
        src, tail, ante, _ = subject(ctx, toks, ps, m)
        if past_verb_adverbs(ctx.lex, toks, ps, m) < m or (m > ps and toks[m - 1].low in ctx.lex.coordinators) or (
                cls.startswith("participle") and m > ps and (toks[m - 1].text == ","
                                                             or toks[m - 1].low in ctx.lex.participle_openers
                                                             or participles.statement_before(ctx, toks[m - 1])
                                                             or _verb_object(ctx, toks, ps, m, src))):
            # "…, he said, and then predicted: “Q”", "… and added: “Q”", "X opened the bridge, saying: “Q”"
            coord = past_verb_adverbs(ctx.lex, toks, ps, m) - 1  # "as she thanked the town and then boomed, “Q”"
            inner_src = clauses.subordinate_subject(ctx, toks, ps, coord) if toks[coord].low in ctx.lex.coordinators \
                else []
            ss = _sentence_start(toks, ps)
            near = near_clause_subject(ctx, toks, ss, ss, coord + 1 if toks[coord].low in ctx.lex.coordinators else m)
            series = frames.coordinated_subject(ctx, toks, ss, m) if ctx.lex.profile.capitalised_nouns else []
            # ("Sie nahm das Wort vom „X“ in den Mund, sprach von Y und behauptete: „Q“": the sentence's subject)
            src, tail, ante = series or inner_src or near or clauses.main_subject(ctx, toks, ps, m, []), "", None
            if clauses.lone_coordinator(ctx.lex, src) and ss < ps:  # "He told X that A and said “B”": He
                src = clauses.main_subject(ctx, toks, ss, m, [])
        if cls == "naming" and namingwords.naming_participle(ctx.lex, toks, ps, m):
            src, tail, ante = [], "", None  # "set up a website called “X”": nobody in the sentence names it
        elif not src or src[-1].low in ctx.lex.first_person:
            return None
        if not vias and not ctx.lex.profile.v2:
            vias = fronted_interview(ctx, toks, ps, m)  # "X, in a statement carried by the BBC, said “Q”"
        cue_text = " ".join(t.text for t in toks[m:m + n])
        pre = subject_before_tag(ctx, toks, ps, m, o, tuple(src))  # "The new park, Ann Lee said, “is a fine thing”"
        return Draft((pre, inner) if pre else (inner,), (toks[m].start, toks[m + n - 1].end), cue_text, tuple(src),
                     tail=tail, via=tuple(vias), block=block, direct=True, antecedent=None if ante is None else tuple(ante))
    return None


def _before_acronym(toks: list[Tok], ps: int, k: int) -> int:
    """The token before a bracketed acronym that closes the words before a quote's comma ("told the Associated
    Press (AP), “Q”"), else k."""
    if k - 3 >= ps and toks[k].text == ")" and toks[k - 2].text == "(" and toks[k - 1].is_word \
            and toks[k - 1].text.isupper():
        return k - 3
    return k


def _manner_before_comma(toks: list[Tok], a: int, o: int) -> bool:
    """English: adverbs in -ly alone between a cue and the comma before its quote ("Lee replied calmly, “Q”",
    "she said flatly, “Q”"): the manner of the saying, not a clause of the writer's."""
    return toks[o - 1].text == "," and 0 < o - 1 - a <= _MANNER_WORDS and all(
        t.is_word and not t.upper and t.low.endswith("ly") for t in toks[a:o - 1])


_MANNER_WORDS: Final = 2  # adverbs between a cue and the comma before its quote


def _quote_opens_clause(ctx: Ctx, toks: list[Tok], o: int, inner: Span2) -> bool:
    """English: a short quotation right after a word, with no comma nor stop inside it, followed by lower-case words
    and a finite verb ("said “significant” progress had been made", "said "local forces" must lead"): the quoted
    words are the reported clause's subject, so the whole clause is the content (mixed), not the quote alone."""
    lex = ctx.lex
    if lex.profile.v2 or not toks[o - 1].is_word or ctx.text[inner[1] - 1:inner[1]] in _QUOTE_INNER_ENDS:
        return False
    c = next((j for j in range(o + 1, min(len(toks), o + CLAUSE_QUOTE_WORDS + 2)) if toks[j].start >= inner[1]), None)
    if c is None:
        return _sentence_goes_on(ctx, toks, o, inner)
    for j in range(c + 1, min(len(toks), c + 1 + CLAUSE_VERB_REACH)):
        t = toks[j]
        if not t.is_word or t.upper:
            return False
        if t.low in lex.modals or t.low in lex.auxiliaries or t.low in lex.finite_verbs:
            return True
    return _sentence_goes_on(ctx, toks, o, inner)


def quote_runs_on(ctx: Ctx, toks: list[Tok], o: int, inner: Span2) -> bool:
    """Whether the quotation at toks[o], right after a cue word, is part of a reported clause that goes on past it
    (`_quote_opens_clause`): the sentence rules read that clause, so the quote is no record of its own."""
    return o > 0 and bool(ctx.lex.speech.get(toks[o - 1].low)) and _quote_opens_clause(ctx, toks, o, inner)


def _sentence_goes_on(ctx: Ctx, toks: list[Tok], o: int, inner: Span2) -> bool:
    """English: a quotation right after its cue that closes inside the sentence, which goes on in the writer's
    words ("found “evidence” that C", "said “it makes me angry” every time …", "admitted “two mistakes” in the
    report"): the quoted words are part of the reported words, the content runs on (mixed)."""
    if any("naming" in cls or "evidence" in cls for _, cls in ctx.lex.speech.get(toks[o - 1].low, ())):
        return False  # a name in quotes ("a series called “Q” in which …"), a document's quoted words ("show “Q” …")
    c = next((j for j in range(o + 1, len(toks)) if toks[j].start >= inner[1]), None)
    while c is not None and c < len(toks) and not toks[c].is_word and toks[c].text in _CLOSE_MARKS:
        c += 1
    if c is None or c >= len(toks):
        return False
    t, lex = toks[c], ctx.lex
    return t.is_word and not t.upper and t.low not in lex.coordinators and t.low not in lex.subordinators \
        and t.low not in lex.recipient_prep and t.low not in function_words(ctx.lang, "quote_close_stop") \
        and t.low not in function_words(ctx.lang, "frequency_adverb") and not clauses.verb_like(t, lex)
    # (not "said “no” and left", "“yes” before the vote", "“thanks” to X", "“no” twice", "saying “Q” rose by …")


_CLOSE_MARKS: Final = frozenset("”’\"'»")


_QUOTE_INNER_ENDS: Final = frozenset(",.!?;:")
CLAUSE_QUOTE_WORDS: Final = 5  # words of a quotation that may open a reported clause
CLAUSE_VERB_REACH: Final = 3  # words after it read for the clause's verb ("“zero” voters would")


def _verb_object(ctx: Ctx, toks: list[Tok], ps: int, m: int, src: list[Tok]) -> bool:
    """English: the phrase before a participle is the object of a verb before it ("The mayor emailed residents
    saying: “Q”", "wrote to staff saying: “Q”"): the verb's subject speaks, not the one written to."""
    lex = ctx.lex
    if lex.profile.v2 or not src:
        return False
    if src[0].low in lex.prepositions:
        return src[0].low in lex.recipient_prep  # not "ends with footage of Ann Lee saying": she speaks
    b = next((k for k in range(m - 1, ps - 1, -1) if toks[k] is src[0]), ps)
    t = toks[b - 1] if b > ps else None
    return t is not None and t.is_word and not t.upper and (
        is_finite_verb(t, lex) or len(t.low) > 4 and t.low.endswith("ed"))


def _sentence_start(toks: list[Tok], ps: int) -> int:
    """Where the sentence holding toks[ps] starts, back past an earlier quotation in it."""
    k = ps
    while k > 0 and ps - k < _SENTENCE_BACK and toks[k - 1].text not in _ENDS:
        k -= 1
    return k


_SENTENCE_BACK: Final = 60  # tokens read back for the start of a sentence
_NEAR: Final = 6  # tokens from a one- or two-word cue back from its quote ("X told jurors: “Q”")
_FAR_PHRASE: Final = 14  # tokens from a speech phrase back from its colon and quote


def _far_phrase(ctx: Ctx, toks: list[Tok], m: int, n: int, o: int) -> bool:
    """A speech phrase of three or more words further back from its colon, the words between about what and where
    ("Kommunen går ut med uppgifter om stängningen av skolan på sin hemsida: ”Q”"): no clause, no other quote."""
    lex = ctx.lex
    return n >= SPLIT_PHRASE_WORDS and toks[o - 1].text == ":" and m + n < o - 1 \
        and toks[m + n].low in function_words(ctx.lang, "about") and not any(
            t.low in lex.complementizers or t.text in _ENDS or t.text in ",;:" or is_finite_verb(t, lex)
            for t in toks[m + n:o - 1])


_SPLIT_BACK: Final = 8  # tokens read back from a cue for the close of a first quote ("“A,” he told X …, “B”")


def _split_before(toks: list[Tok], m: int) -> bool:
    """A quote closed with a comma shortly before the cue at toks[m] ("“A,” he told X after the debate, “B”"): a
    split quote, whose second part joins the tag of its first (direct._join_following), not a tag of its own. Read
    back past `ps`, which starts after the first quote."""
    return any(toks[j].text in _CLOSE_MARKS | {"''"} and toks[j - 1].text == "," or toks[j].text == ","
               and toks[j - 1].text in _CLOSE_MARKS | {"''"} for j in range(max(1, m - _SPLIT_BACK), m))


def _far_frame(ctx: Ctx, toks: list[Tok], a: int, b: int) -> bool:
    """English: a recipient and a frame of where, when or how between a cue and the comma or colon before its quote,
    further back than `_NEAR` ("X told the Daily Post in a written statement, “Q”", "told the jury in his closing
    argument, “Q”"): phrases with a preposition and no clause (no finite verb, relative or "that"), no stop and no
    noun phrase that no preposition opens past the first (the recipient)."""
    lex = ctx.lex
    if lex.profile.v2 or b >= len(toks) or toks[b].text not in ":,":
        return False
    words = toks[a:b]
    preps = lex.prepositions | function_words(ctx.lang, "frame_preposition")
    if any(t.low in lex.determiners and j and words[j - 1].low not in preps for j, t in enumerate(words)):
        return False  # "noted on Twitter the change from the slogan, “Q”": an object after the frame, the quote its name
    return any(t.low in preps for t in words) and not any(
        not t.is_word or t.low in lex.complementizers or t.low in lex.relatives or t.low in lex.coordinators
        or (not t.upper and is_finite_verb(t, lex)) for t in words)


def v2_colon_tag(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int,
                 taken: set[int]) -> Draft | None:
    """German verb-second before a colon and the quote: a fronted phrase, the cue, then the speaker ("Am Morgen
    erklärte der Sprecher: „Q“"), and a split cue whose particle ends the tag ("Der Sprecher teilte mit: „Q“",
    "Später gab eine Sprecherin Entwarnung: „Q“", `separable.tsv`)."""
    lex = ctx.lex
    colon = o - 1
    if not lex.profile.v2 or colon <= ps + 1 or toks[colon].text != ":":
        return None
    for m in range(ps + 1, colon):
        if toks[m].upper or not toks[m].is_word:
            continue
        hit = cue_at(ctx, toks, m, colon, taken)
        split = toks[colon - 1].low in lex.separable.get(toks[m].low, ()) and colon - 1 > m
        if not hit and not split:
            if (apart := split_phrase(toks, m, colon, lex.speech)) and m > ps and fronted(ctx, toks, ps, m):
                p, k, _ = apart  # "Vid 16 går polisen ut med uppgifter om X: ”Q”": the subject between verb and rest
                return Draft((inner,), (toks[m].start, toks[k - 1].end), " ".join(
                    t.text for t in (toks[m], *toks[p:k])), tuple(toks[m + 1:p]), block=block, direct=True)
            continue
        end = colon - 1 if split else colon
        if any(toks[k].low in lex.closed.and_ and toks[k + 1].is_word and not toks[k + 1].upper
               for k in range(m + 1, end - 1)):
            return None  # "…, sprach von X und behauptete: „Q“": the verb before the colon speaks, its subject before
        first = toks[ps].low
        if first in lex.prepositions or lex.fronted.get(first) in ("prep", "topic", "adv") \
                or time_word(first, lex.times) or m == ps + 1 and first in function_words(ctx.lang, "pointing_dative"):
            a = m + (hit[0] if hit and not split else 1)
            j = np_end(ctx, toks, a, end, lex.closed.tag_stop)
            if j + 1 < end and toks[j].low in lex.genitive_article and word_type(toks[j + 1].low, ctx.lang) in (
                    "official", "organization"):  # "ein Sprecher | der Polizei": a genitive, no recipient
                j = np_end(ctx, toks, j + 1, end, lex.closed.tag_stop)
            src = toks[a:j]
            name = apposed_name(ctx, toks, j, end + 1)  # "Am Abend sagte der Sprecher, Hans Maier: „Q“"
        elif split:
            src, name = frames.coordinated_subject(ctx, toks, ps, m) or list(subject(ctx, toks, ps, m)[0]), None
        else:
            return None  # "Der Sprecher erklärte: „Q“" (before_tag)
        if not src or src[-1].low in lex.first_person:
            return None
        cue = (toks[m].start, toks[end].end) if split else (toks[m].start, toks[m + hit[0] - 1].end) if hit else None
        cue_text = f"{toks[m].text} {toks[end].text}" if split else " ".join(t.text for t in toks[m:m + hit[0]]) \
            if hit else None
        return Draft((inner,), cue, cue_text, tuple(src), block=block, direct=True, name=name) if cue else None
    return None


def continuing(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int) -> Draft | None:
    """"Lund weiter: „Q“", "Ek vidare: ”Q”": a colon tag with no verb (v2clauses.continuing_tag)."""
    a = v2clauses.continuing_tag(ctx, toks, ps, o - 1) if o - 1 > ps else None
    if a is None:
        return None
    return Draft((inner,), (toks[a].start, toks[a].end), toks[a].text, tuple(toks[ps:a]), block=block, direct=True)


def label_tag(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int,
              persons: frozenset[str] | set[str] = frozenset()) -> Draft | None:
    """A speaker's label before a colon and the quote, as transcripts and live blogs write it: "Anwohnerin Jana
    Berg: „Q“", "Jana Berg / Anwohnerin: "Q"" (the name before the slash). A name of two or three words,
    perhaps after a role; never a determiner, a pronoun or a lower-case word ("Die Bilanz:", "Hochwasser in X:").
    One word names a speaker when the article gives it as part of a full name (`persons`: "Berg: „Q“")."""
    lex = ctx.lex
    if o - 1 <= ps or toks[o - 1].text != ":":
        return None
    end = next((k for k in range(ps, o - 1) if toks[k].text == "/"), o - 1)
    end = _before_age(toks, ps, end)
    label = toks[ps:end]
    if not lex.profile.capitalised_nouns:  # (English title case makes labels of headings: "Key Quote:")
        return _known_label(ctx, toks, label, o, inner, block, persons)
    first = 1 if label and word_type(label[0].low, ctx.lang) == "person" else 0
    if not first and len(label) > 3 and _genitive_owner(ctx, label[0]) and word_type(label[1].low, ctx.lang) == "person":
        first = 2  # "Freiburgs Trainer Jan Roth: „Q“": a team's or town's genitive before the role
    name = label[first:]
    if len(name) == 1 and not first and name[0].is_word and name[0].upper and name[0].low in persons:
        return Draft((inner,), (toks[o - 1].start, toks[o - 1].end), ":", tuple(label), block=block, direct=True)
    if not 2 <= len(name) <= LABEL_NAME_WORDS or not all(
            t.is_word and t.upper and t.low not in lex.determiners and t.low not in lex.pronouns
            and t.low not in lex.prepositions  # (a topic line: "Zum Alibi: „Q“", "Im Detail: „Q“")
            and t.low not in lex.first_person and t.low not in function_words(ctx.lang, "possessive")
            and not word_type(t.low, ctx.lang) for t in name):
        return None
    if not name_form([t.text for t in name], ctx.lang):
        return None  # "Wichtige Frage:", "Die Entscheidung:": an adjective or a noun, not a name
    return Draft((inner,), (toks[o - 1].start, toks[o - 1].end), ":", tuple(label), block=block, direct=True)


LABEL_NAME_WORDS: Final = 3  # the longest name read as a speaker's label before a colon


def _genitive_owner(ctx: Ctx, t: Tok) -> bool:
    """A capitalised name in the German genitive in -s that opens a label, the role's team or town ("Freiburgs",
    "Huckardes"); not an article, a pronoun or a word of the source-type lexicon."""
    return t.is_word and t.upper and t.low.endswith("s") and len(t.low) > 3 and t.low not in ctx.lex.determiners \
        and t.low not in ctx.lex.pronouns and not word_type(t.low, ctx.lang)


def _named_elsewhere(ctx: Ctx, label: list[Tok], persons: frozenset[str] | set[str]) -> bool:
    """Whether a label's words are a full name the article gives in another place too ("Councillor Priya Anand
    said …" before "Priya Anand: “Q”"), not only in the label ("Key Quote:")."""
    return all(t.low in persons for t in label) and ctx.text.count(ctx.text[label[0].start:label[-1].end]) > 1


def dash_label(ctx: Ctx, toks: list[Tok], start: int, end: int, block: int,
               persons: frozenset[str] | set[str]) -> Draft | None:
    """A paragraph that opens on a speaker's label, a colon and a dash quote ("Anna Ek: – Q", "Kari Lie (52): – Q"):
    the label's record, cue ":", as `_known_label` reads a label (a first name or an honorific and a surname, or a
    full name the article gives)."""
    k = next((k for k in range(min(len(toks), LABEL_NAME_WORDS + 4)) if toks[k].text == ":"), None)
    if k is None or k == 0 or toks[0].start != start:
        return None
    after = ctx.text[toks[k].end:end].lstrip(" \u00a0")
    if not after[:1] in _LABEL_DASHES or not after[1:2].isspace():
        return None
    dash = end - len(after) + 2
    inner = trim(ctx.text, dash, end)
    if inner[1] <= inner[0]:
        return None
    return _known_label(ctx, toks, toks[:_before_age(toks, 0, k)], k + 1, inner, block, persons)


_LABEL_DASHES: Final = frozenset("–—-")


def _before_age(toks: list[Tok], ps: int, end: int) -> int:
    """The end of a label without the age in brackets after its name ("Gregor Lenz (53):")."""
    if end - 3 > ps and toks[end - 1].text == ")" and toks[end - 3].text == "(" and toks[end - 2].text.isdigit():
        return end - 3
    return end


def _known_label(ctx: Ctx, toks: list[Tok], label: list[Tok], o: int, inner: Span2, block: int,
                 persons: frozenset[str] | set[str]) -> Draft | None:
    """A speaker's label where not every noun is capitalised (title case makes labels of headings: "Key Quote:"):
    an honorific and a surname ("Mr Lane: “Q”"), a first name and a surname ("Ann Lane: “Q”"), or one word of a full
    name the article gives (`persons`: "Lane: “Q”" after "Ann Lane")."""
    lex = ctx.lex
    if len(label) == 1 and label[0].is_word and label[0].upper and label[0].low in persons \
            and not word_type(label[0].low, ctx.lang):
        return Draft((inner,), (toks[o - 1].start, toks[o - 1].end), ":", tuple(label), block=block, direct=True)
    role = 1 if len(label) > 2 and label[0].upper and word_type(label[0].low, ctx.lang) == "person" else 0
    name = label[role:]  # (after a role: "Captain Joe Banks:", "Lagkaptenen Jonas Berg:")
    if not 2 <= len(name) <= LABEL_NAME_WORDS or not all(t.is_word and t.upper for t in name):
        return None
    if name[0].low not in lex.closed.honorific and not _first_name(name[0], all_languages_words("first_names")) \
            and not _named_elsewhere(ctx, name, persons):  # (or a full name the article gives: "Priya Anand:")
        return None
    if any(t.low in lex.determiners or t.low in lex.pronouns or word_type(t.low, ctx.lang) for t in name[1:]):
        return None
    return Draft((inner,), (toks[o - 1].start, toks[o - 1].end), ":", tuple(label), block=block, direct=True)


def named_colon(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int,
                persons: frozenset[str] | set[str]) -> Draft | None:
    """German: a sentence with no cue that names one person and closes on a colon before the quote ("Für
    Staatsanwältin Eva Roth war der Fall klar: „Q“", "Dagegen will Jan Lenz protestieren: „Q“"): theirs, cue ":".
    The name is a run of two or three words of the article's full names (`persons`) or a first name and a
    surname, a role word before it kept."""
    if o - 1 <= ps or toks[o - 1].text != ":" or not ctx.lex.profile.capitalised_nouns:
        return None
    runs: list[tuple[int, int]] = []
    firsts = all_languages_words("first_names")
    k = ps + 1  # (the sentence's first word is capitalised anyway)
    while k < o - 1:
        j = k
        while j < o - 1 and toks[j].is_word and toks[j].upper and (toks[j].low in persons or (
                j == k and _first_name(toks[j], firsts))) and not word_type(toks[j].low, ctx.lang):
            j += 1
        if j == k + 1 and _first_name(toks[k], firsts) and j < o - 1 and toks[j].is_word and toks[j].upper \
                and not word_type(toks[j].low, ctx.lang):
            j += 1  # "Michael Mächtel": a first name, then a surname the article gives no other time
        if j - k >= 2 and toks[k - 1].low not in function_words(ctx.lang, "topic_preposition"):
            runs.append((k, j))  # (not a name talked about: "berichtete der Coach über Pechvogel Reyna, der …:")
        k = max(j, k + 1)
    if len(runs) != 1 or runs[0][1] - runs[0][0] > LABEL_NAME_WORDS:
        return None
    a, b = runs[0]
    if a - 1 > ps and toks[a - 1].upper and word_type(toks[a - 1].low, ctx.lang) == "person":
        a -= 1  # "Oberstaatsanwältin Eva Roth"
    return Draft((inner,), (toks[o - 1].start, toks[o - 1].end), ":", tuple(toks[a:b]), block=block, direct=True)


def verb_colon(ctx: Ctx, toks: list[Tok], ps: int, o: int, c: int, inner: Span2, block: int, end: int) -> Draft | None:
    """English: a sentence with no reporting verb whose subject is a person and which closes on a colon before a
    quotation that ends the paragraph ("Berg went even further: “Q”", "She had one request: “Q”"): the subject's
    words, cue ":". Not a first-person or non-person subject ("The message was clear: “Q”")."""
    lex = ctx.lex
    if lex.profile.v2 and not lex.konjunktiv or o - 2 <= ps or toks[o - 1].text != ":" \
            or any(t.is_word for t in toks[c + 1:end]):
        return None  # (English, and German: "Der Trainer war zufrieden: „Q“")
    reflexive = function_words(ctx.lang, "reflexive_pronoun")
    said = [(k, cls) for k in range(ps, o - 1) for phrase, cls in lex.speech.get(toks[k].low, ())
            if len(phrase) == 1 and toks[k + 1].low not in reflexive]
    if said and not (lex.konjunktiv and len(said) == 1 and said[0][1] == "clause" and not toks[said[0][0]].upper):
        return None  # a reporting verb there: the cue rules have read it ("He said goodbye: “Q”" is no tag)
        # (but German "zeigte sich zufrieden:" shows nothing; "lobte die Helfer: „Q“": a verb of a tag, its cue)
    v = said[0][0] if said else next(
        (k for k in range(ps + 1, o - 1) if clauses.verb_like(toks[k], lex) or is_finite_verb(toks[k], lex)), None)
    if v is None or any(t.text in ",;" or t.text in _QUOTES for t in toks[ps:v]):
        return None  # (a fronted phrase or an inner quote before the verb: whose words is unclear)
    src = _colon_subject(ctx, toks, ps, v, o)
    if not src or any(t.is_word and t.low not in lex.closed.honorific and t.low not in lex.coordinators
                      and not (lex.konjunktiv and (lex.fronted.get(t.low) == "adv"  # "Auch die Polizei zog …:"
                                                   or t.low in function_words(ctx.lang, "experiencer_preposition")))
                      for t in toks[ps:v] if t.start < src[0].start < toks[v].start) or not _person_like(ctx, src):
        return None  # (the subject opens the sentence, after "And" or an honorific: "Mr. Lee")
    cue = (toks[v].start, toks[v].end) if said else (toks[o - 1].start, toks[o - 1].end)
    return Draft((inner,), cue, toks[v].text if said else ":", tuple(src), block=block, direct=True)


_QUOTES: Final = frozenset("\"“”‘’'«»„")


def _colon_subject(ctx: Ctx, toks: list[Tok], ps: int, v: int, o: int) -> list[Tok]:
    """The subject of the colon sentence's verb at toks[v]: before it, past German "für" ("Für die Ärztin ist
    klar:"), or after it when a phrase is fronted ("Nach dem Spiel war der Trainer bedient:")."""
    lex = ctx.lex
    src = list(subject(ctx, toks, ps, v)[0])
    if not lex.konjunktiv or not src:
        return src
    if src[0].low in function_words(ctx.lang, "experiencer_preposition"):
        return src[1:]
    if v > ps and fronted(ctx, toks, ps, v):
        return list(toks[v + 1:np_end(ctx, toks, v + 1, o - 1, lex.closed.tag_stop)])
    return src


def _person_like(ctx: Ctx, src: list[Tok]) -> bool:
    """A subject that can speak: a personal pronoun (not the first person), a person's role, or a name of up to
    four words."""
    last = src[-1]
    if last.low in ctx.lex.first_person or all(t.text.isupper() for t in src if t.is_word):
        return False  # (nor a shouted label: "MORE STATES TURN RED:")
    typ = word_type(last.low, ctx.lang)  # (German also a body of the state: "Auch die Polizei zog Bilanz: „Q“")
    return ctx.lex.pronouns.get(last.low) == "person" or typ == "person" or ctx.lex.konjunktiv and typ == "official" \
        or (len(words := [t for t in src if t.is_word]) <= NAME_WORDS and all(t.upper for t in words)
            and typ is None and not ctx.lex.profile.capitalised_nouns)
    # (German capitalises every noun: "Die Stimmung im Dorf ist gedrückt:" names nobody; named_colon reads names)


NAME_WORDS: Final = 4  # words of a name read as the subject of a colon sentence ("Mr. Ann Lee")


def _first_name(t: Tok, firsts: frozenset[str]) -> bool:
    """A first name, also a double one joined by a hyphen whose first part is one ("Hans-Jörg", "Lars-Erik")."""
    head, _, rest = t.low.partition("-")
    return t.low in firsts or (head in firsts and rest[:1].isalpha() and t.text[len(head) + 1:][:1].isupper())


def fronted_tag(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int,
                taken: set[int]) -> Draft | None:
    """"Said Dorothy Poynter, who grew up with him, “We were so proud.”": the cue opens the sentence, the
    speaker follows it, the quote closes it."""
    hit = cue_at(ctx, toks, ps, o, taken) if toks[ps].upper else None
    if hit is None:
        return None
    n = hit[0]
    a = np_end(ctx, toks, ps + n, o, ctx.lex.closed.tag_stop)
    if a == ps + n or toks[o - 1].text not in ":,":
        return None
    tail = ctx.text[toks[a].start:toks[o - 1].start] if a < o - 1 else ""
    cue_text = " ".join(t.text for t in toks[ps:ps + n])
    return Draft((inner,), (toks[ps].start, toks[ps + n - 1].end), cue_text, tuple(toks[ps + n:a]), tail=tail.strip(" ,"),
                 block=block, direct=True)

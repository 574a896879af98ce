"""The subject before a cue: `subject` finds it in the clause's comma segments.

It drops intro phrases ("Writing on Telegram,"), fronted clauses, appositions, parties ("(D-Ohio)")
and relative clauses (their words become the tail), reads "X som sa" and ", which said" with their
antecedent, and takes "role, Name," as source + source_name.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.fronting import fronted
from enligt.analyze.lexicon import months
from enligt.analyze.mediumcut import before_medium
from enligt.analyze.phrases import np_before, seg_start, time_phrase
from enligt.analyze.prepphrase import talked_subject
from enligt.analyze.records import Ctx, Span2
from enligt.analyze.segkinds import (
    PLACE_WORDS,
    TIME_PHRASE,
    fronted_clause,
    fronted_lead,
    insert_segment,
    is_intro,
    opens_verb_group,
    ordinal_adverbs,
    pronoun_segment,
    time_tail,
    time_then_subject,
    verb_group,
    verbal_adverb,
)
from enligt.analyze.segments import closed_relative, comma_segments
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np, is_name_tok, weak_adjective
from enligt.analyze.subjectwords import (
    CONTACT_NAME,
    after_modal,
    capitalised_one,
    contact_subject,
    coordinated_names,
    fronted_report,
    graded_adverb,
    manner_adverb,
    name_series,
    party,
)
from enligt.analyze.tails import own_part
from enligt.analyze.wordclass import nominal
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

REPORTED_SUBJECT: Final = 6  # words of a subject inside a reported clause ("said | most local residents fear")


Subject = tuple[list[Tok], str, list[Tok] | None, Span2 | None]


def subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> Subject:
    """The subject before a cue: (source tokens, dropped relative clause, antecedent, content prefix).

    Drops intro phrases ("Writing on Telegram,"), appositions and relative clauses
    ("Systern till en av de åtalade, som inte vill synas med namn,"); handles "X som sa", ", which said",
    ", which it says".
    """
    segs = comma_segments(ctx, toks, s, pre_end)
    if not segs:
        return [], "", None, None
    free = free_subject(ctx, toks, s, pre_end) or talked_subject(ctx, toks, s, pre_end)
    if free:
        return free, "", None, None  # (or "Två ekonomer DN talat med tror att C": the people, with the clause)
    gap = _gap_subject(ctx, toks, s, pre_end, segs[-1])
    if gap:
        return gap, "", None, None
    found = _insert_after_relative(ctx, toks, s, pre_end, segs) or _sentential_relative(ctx, toks, s, segs) \
        or _relative_subject(ctx, toks, s, pre_end, segs)
    if found is not None:
        return found
    main = _main_subject(ctx, toks, s, segs)
    return (before_medium(ctx, main[0]), *main[1:])  # "The clinic in a statement said": the clinic (en44)


def _sentential_relative(ctx: Ctx, toks: list[Tok], s: int, segs: list[tuple[int, int]]) -> Subject | None:
    """A relative pronoun standing for the clause before it, as the cue's object, then the cue's subject ("C, noe
    han begrunner med høye renter": class `sentential_relative` in `function_words.tsv`): the subject, else None."""
    a, b = segs[-1]
    if b - a < 2 or a <= s or toks[a - 1].text != "," \
            or toks[a].low not in function_words(ctx.lang, "sentential_relative") \
            or b - a - 1 > SENTENTIAL_SUBJECT or not all(t.is_word for t in toks[a + 1:b]):
        return None
    return toks[a + 1:b], "", None, None


SENTENTIAL_SUBJECT: Final = 4  # words of the subject after a sentential relative ("noe ordføreren i Bodø")


def _insert_after_relative(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, segs: list[tuple[int, int]]) -> Subject | None:
    """English: a relative pronoun after a comma, then a fronted phrase set off by commas, then the cue ("Ann Lee,
    who, after a long debate, said"): the pronoun, standing for the phrase before it; else None."""
    lex = ctx.lex
    if lex.profile.v2 or len(segs) < 2 or any(t.text != "," for t in toks[segs[-1][1]:pre_end]):
        return None
    a, b = segs[-2]
    if b - a != 1 or toks[a].low not in lex.relatives or toks[a].low == "that" or a - 1 <= s \
            or toks[a - 1].text != "," or not is_intro(toks, segs[-1], lex):
        return None
    return [toks[a]], "", _antecedent(ctx, toks, s, a), None


def _gap_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, last: tuple[int, int]) -> list[Tok]:
    """English: a cue whose clause lacks its subject ("said could hurt", "say was safe") inside a relative or contact
    clause: the noun phrase between the relative pronoun or the noun it modifies and the cue ("the strike that
    company executives said could hurt earnings", "a dynamic Ann Lee said could drive voters away"); else none."""
    lex = ctx.lex
    a, b = last
    if lex.profile.v2 or b != pre_end or pre_end + 1 >= len(toks) or b - a < 2:
        return []
    nxt = toks[pre_end + 1]
    if nxt.upper or not (nxt.low in lex.modals or nxt.low in lex.auxiliaries or nxt.low in lex.closed.be):
        return []
    seg = toks[a:b]
    rel = next((k for k in range(len(seg) - 2, 0, -1) if seg[k].low in lex.relatives), None)
    if rel is not None:
        src = seg[rel + 1:]
        return src if _opens_phrase(src[0], lex) else []
    k = len(seg)
    while k > 1 and seg[k - 1].is_word and (seg[k - 1].upper or k < len(seg)) and len(seg) - k < CONTACT_NAME:
        if seg[k - 1].upper and not seg[k - 2].upper:
            return seg[k - 1:] if seg[k - 2].is_word and seg[k - 2].low not in lex.prepositions else []
        k -= 1
    return []


def _opens_phrase(t: Tok, lex: Lexicon) -> bool:
    return t.is_word and (t.upper or t.low in lex.determiners or lex.pronouns.get(t.low) in ("person", "organization")
                          or not is_finite_verb(t, lex))


def free_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> list[Tok]:
    """The subject of a free relative right before the cue ("shedding what Ann Lee called “a …”", "in what Ann
    Lee, a former aide, called …"): the words after "what" up to a comma; none after a lone pronoun ("X denounced
    what he called …": X speaks, read by the caller) or outside English word order."""
    lex = ctx.lex
    if lex.profile.v2:
        return []
    free = next((k for k in range(pre_end - 1, max(s, pre_end - FREE_REACH) - 1, -1)
                 if toks[k].low in lex.free_relatives), None)
    if free is None or free + 1 >= pre_end:
        return []
    end = next((k for k in range(free + 1, pre_end) if toks[k].text == ","), pre_end)
    if end < pre_end and toks[pre_end - 1].text != ",":
        return []  # "Asked what the plan costs, Berg replied": a fronted clause; its comma closes no apposition
    src = toks[free + 1:end]
    if not src or (len(src) == 1 and src[0].low in lex.pronouns) or not (src[0].upper or src[0].low in lex.determiners) \
            or any(is_finite_verb(t, lex) and not t.upper for t in src[1:]):
        return []
    return src


FREE_REACH: Final = 12  # tokens between "what" and its cue ("what Ann Lee, a former aide, called")


def _relative_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, segs: list[tuple[int, int]]) -> Subject | None:
    """A subject in or before a relative clause right before the cue (", which said", "en annan man som sa",
    "in which a captured soldier says"), else None."""
    lex = ctx.lex
    last = segs[-1]
    seg = toks[last[0]:last[1]]
    closed = last[1] < pre_end or (last[1] < len(toks) and toks[last[1]].text == ",")
    if seg[0].low in lex.relatives and not closed and last[0] > s and toks[last[0] - 1].text == ",":
        if lex.profile.capitalised_nouns and len(seg) > 1 and seg[1].upper and seg[0].low in lex.determiners:
            return seg, "", None, None  # "…, die Polizei sprach von C": an article, a main clause of its own
        if len(seg) == 1 or all(lex.fronted.get(t.low) == "adv" or t.low in lex.sentence_adverbs for t in seg[1:]) \
                or (not lex.profile.v2 and verb_group(seg[1:], lex)) \
                or _time_after_relative(ctx, toks, last):  # "politiet, der (3. maj) bekræfter"
            return [seg[0]], "", _antecedent(ctx, toks, s, last[0]), None  # "politiet, der (dermed) bekræfter"
        return seg[1:], "", toks[s:forward_np(toks, s, last[0], lex)], (seg[0].start, seg[0].end)
    rel = next((k for k in range(len(seg) - 1, 0, -1) if seg[k].low in lex.relatives), None)
    if rel is not None and rel < len(seg) - 1 and not closed and seg[rel - 1].low in lex.prepositions and (
            not lex.profile.relative_after_comma or rel == 1 and last[0] > s and toks[last[0] - 1].text == ","):
        return seg[rel + 1:], "", None, None  # "in which a captured soldier says" (not "der Polizei in der Stadt")
    if rel is not None and rel < len(seg) - 1 and lex.profile.v2 and not lex.profile.capitalised_nouns and any(
            is_finite_verb(t, lex) and not t.upper for t in seg[1:rel]) and (
            forward_np(seg, rel + 1, len(seg), lex) == len(seg)):
        return seg[rel + 1:], "", None, None  # the clause has its verb: "Då kvarstår fakta som rätten anser räcker"
    if rel is not None and rel < len(seg) - 1 and len(segs) == 1 and not lex.profile.relative_after_comma:
        return seg, "", None, None  # a restrictive relative stays: "En granne som tidningen har talat med säger"
        # (German relatives follow a comma: "Dabei soll die Frau gesagt haben" holds an article, no relative)
    if rel is not None and (rel == len(seg) - 1 or lex.profile.v2 and all(  # "en annan man som (dock) sa"
            lex.fronted.get(t.low) == "adv" or t.low in lex.sentence_adverbs for t in seg[rel + 1:])):
        k = rel
        while k > 0 and seg[k - 1].low not in lex.prepositions and seg[k - 1].low not in lex.speech and (
                lex.profile.v2 or not (seg[k - 1].low in lex.sentence_adverbs or is_finite_verb(seg[k - 1], lex))):
            k -= 1  # not past a verb or preposition: "Hart won among | voters who said"
            if lex.profile.v2 and not lex.profile.capitalised_nouns and seg[k].low in lex.closed.indefinite:
                break  # the phrase opens at its indefinite article: "Ministern har delat | en bild som visar"
        if k == rel:
            return None
        if not lex.profile.v2:  # "voters who said C": "who", standing for the voters
            return [seg[rel]], "", seg[k:rel], None
        if k == 0 and (name := _name_before_role(toks, segs)):
            return name, "", None, None  # "Pelle Pellby, kommunalråd som betecknar": the name the role is apposed to
        end = next((m for m in range(k + 1, rel) if time_phrase(ctx, seg, m, rel)), rel)
        return seg[k:end], "", None, None  # (not the time after it: "opplysninger | sent torsdag kveld som sier")
    return None


def _time_after_relative(ctx: Ctx, toks: list[Tok], last: tuple[int, int]) -> bool:
    """Nordic: a time phrase alone between the relative pronoun and the cue ("Per Holm, der 3. maj fortalte", "Eva
    Ek, som i maj berättade"): the pronoun is the subject, not the time after it."""
    lex = ctx.lex
    return lex.profile.v2 and not lex.profile.capitalised_nouns and fronted(ctx, toks, last[0] + 1, last[1])


def _name_before_role(toks: list[Tok], segs: list[tuple[int, int]]) -> list[Tok]:
    """The full name of the comma segment right before the last one ("Pelle Pellby, | kommunalråd som …"), else none."""
    if len(segs) < 2 or segs[-2][1] != segs[-1][0] - 1 or toks[segs[-2][1]].text != ",":
        return []
    words = toks[segs[-2][0]:segs[-2][1]]
    k = len(words)
    while k > 0 and is_name_tok(words[k - 1]):
        k -= 1
    return words[k:] if len(words) - k >= APPOSED_NAME_WORDS else []


APPOSED_NAME_WORDS: Final = 2  # a first and a last name at least: one capitalised word may be a place


def _main_subject(ctx: Ctx, toks: list[Tok], s: int, segs: list[tuple[int, int]]) -> Subject:
    """The subject phrase of the clause's first kept segment, without intro phrases and relative clauses
    (their words become the tail), cut before a finite verb; "role, Name" becomes "role = Name"."""
    lex = ctx.lex
    if len(segs) > 1 and party(ctx.text, toks, segs[-1]):
        segs = segs[:-1]  # "Sen. Ann Lee (D-Ohio) said": the party and state are no role
    if len(segs) > 1 and any(party(ctx.text, toks, g, ",") for g in segs[1:]):
        segs = segs[:1] + [g for g in segs[1:] if not party(ctx.text, toks, g, ",")]  # "Sen. Ann Lee, D-Ohio, said"
    while len(segs) > 1 and (all(verbal_adverb(t, lex) for t in toks[segs[-1][0]:segs[-1][1]])
                             and not capitalised_one(toks, segs[-1]) or opens_verb_group(toks[segs[-1][0]], lex)):
        segs = segs[:-1]  # "Ann Lee, in fact, even insists", "X, who …, last week said", "X, …, may now ask",
        # "X, who …, has in the past described"
    inserts: list[tuple[int, int]] = []
    while len(segs) > 1 and not lex.profile.v2 and insert_segment(toks, segs[-1], lex):
        inserts.insert(0, segs[-1])  # "Ann Lee, without naming him, accused", "as Berg, contradicting Lund, said"
        segs = segs[:-1]
    rel_adverbs = function_words(ctx.lang, "subject_relative_adverb")  # "X fra Y, hvor …, siger"

    def is_rel(g: tuple[int, int]) -> bool:
        return (toks[g[0]].low in lex.relatives or toks[g[0]].low in rel_adverbs) and g[0] > s \
            and toks[g[0] - 1].text == ","

    while len(segs) > 1 and (is_intro(toks, segs[0], lex) or fronted_clause(toks, s, segs[0], lex)
                             and not all(is_rel(g) for g in segs[1:])):  # "after the Gazette, which …, said"
        place = is_name_tok(toks[segs[0][1] - 1]) and toks[segs[0][1] - 1].low not in lex.weekdays \
            and segs[0][1] - segs[0][0] > 1  # (not "Still, Ann Lee, an aide, said": a capital opening the sentence)
        segs = segs[1:]
        while place and len(segs) > 1 and segs[0][1] - segs[0][0] <= PLACE_WORDS and all(
                is_name_tok(t) or t.text == "." for t in toks[segs[0][0]:segs[0][1]]) \
                and not _apposed_head(ctx, toks, s, segs):
            segs = segs[1:]  # "Since 1990 in Douglas, Ariz., border officials say": the place goes on
    if len(segs) > 1 and (pronoun_segment(toks, segs[-1], lex) or _open_name(toks, segs, lex)):
        segs = segs[-1:]  # "Over lunch, he recalled", "After the vote on taxes and fees, Ann Lee said"

    keep = [g for g in segs if not is_rel(g)] or segs
    dropped = [g for g in segs if is_rel(g)] + keep[1:] + inserts  # "…, speaking on condition of anonymity," marks anonymity too
    tail = " ".join(ctx.text[toks[g[0]].start:toks[g[1] - 1].end] for g in dropped)
    first = keep[0]
    src = _past_clause_opener(toks[first[0]:first[1]], lex)
    cut = next((k for k in range(1, len(src)) if is_finite_verb(src[k], lex) and src[k].low not in lex.determiners
                and not src[k].upper and src[k - 1].low not in lex.determiners
                and not word_type(src[k].low, lex.lang)  # "Det norske militæret": a source noun, not "-et" past
                and not weak_adjective(src, k - 1, lex)  # "Det kinesiske jordskjelvsenteret"
                and not (lex.profile.v2 and src[k - 1].low in lex.prepositions)  # "Bilder fra stedet": a noun
                # after a preposition (English "to" also marks an infinitive)
                and not nominal(toks, first[0], first[0] + k, len(toks), lex)  # "The Reuters report said"
                and not _reduced_relative(src, k, lex)
                and not _restrictive_relative(src, k, lex)), None)
    if cut is not None and not lex.profile.capitalised_nouns:  # there, any lower-case word reads as a verb
        inner = src[cut + 1:]
        if inner and inner[0].low in lex.complementizers:
            inner = inner[1:]
        if src[cut].low in lex.speech and inner and len(inner) <= REPORTED_SUBJECT and not any(
                is_finite_verb(t, lex) for t in inner):
            src = inner  # "The mayor said | residents fear …": the subject of the reported clause
        elif contact := contact_subject(src[cut + 1:], lex):
            src = contact  # "The port is now the place | county officials say C"
        else:
            src = src[:cut]  # "Analytiker | hade i snitt räknat med"
    elif lex.profile.capitalised_nouns:  # "Die Polizei | habe am Abend mitgeteilt": a perfect's auxiliary ends the subject
        aux = next((k for k in range(1, len(src)) if (src[k].low in lex.auxiliaries or src[k].low in lex.hearsay_modal)
                    and not src[k].upper), None)  # (or hearsay "soll": "Der Mann | soll gesagt haben, C")
        if aux is not None and aux + 1 < len(src) and (all(lex.fronted.get(t.low) == "adv" for t in src[:aux])
                                                       or fronted_report(src[:aux], lex)):
            src = after_modal(src[aux + 1:], lex)  # a fronted adverb first: "Dabei soll | der Mann gesagt haben, C"
        else:
            src = src[:aux] if aux is not None else src
    lead = next((k for k in range(min(len(src) - 1, TIME_PHRASE)) if time_then_subject(src, k, lex)), None)
    if lead is not None:
        src = src[lead + 1:]  # "A few minutes later they said": a time phrase without its comma
    if len(src) > 2 and src[0].low in lex.prepositions:  # "In a police interview she said": an intro phrase
        pron = next((m for m in range(2, len(src)) if lex.pronouns.get(src[m].low) == "person"), None)
        src = src[pron:] if pron is not None else src
    if lead := fronted_lead(src, lex):
        src = src[lead:]  # "Then the senator said", "On Friday the senator said": a fronted phrase without its comma
    if src and all(is_name_tok(t) for t in src):
        head = coordinated_names(toks, s, first[0], lex)
        head = head if head is not None else name_series(toks, s, first[0], lex)
        if head is not None:  # "Nina Hale, 41, of Dunmore, and Owen Price deny": both are the source
            src = toks[head:first[0] + len(src)]
    if len(keep) > 1 and not all(is_name_tok(t) for t in src) and (name := _apposed_name(toks, keep[1], lex)):
        # role = name, split in resolve.py; punctuation alone is no role ("=(TT rapporterade att …")
        src = src + [Tok("=", "=", 0, 0)] + name if any(t.is_word for t in src) else name
    src = own_part(src, lex.lang)  # "Påtalemyndigheten på sin side sier": the phrase of contrast is no part of it
    while len(src) > 2 and graded_adverb(src, lex):
        src = src[:-2]  # "The new test more accurately predicted"
    while len(src) > 1 and (src[-1].low in lex.sentence_adverbs or src[-1].low in lex.focus or time_tail(src, lex)
                            or manner_adverb(src, lex) or src[-1].low in lex.question_auxiliaries
                            or src[-1].low in lex.floating and src[-2].low not in lex.determiners
                            and not src[-2].low.endswith("ing")):  # (not "Having both said": a participle)
        src = src[:-2] if len(src) > 2 and src[-1].low in lex.weekdays and src[-2].low in lex.prepositions \
            else src[:-1]  # "He then declared", "He even said", "The senator earlier Thursday said", "Ann Lee on Monday said"
        # (nor a floating quantifier: "The mayors both said")
    if len(src) > 1 and src[0].low in lex.focus:
        src = src[1:]  # "Even Ann Lee said": nor a focusing adverb before it
    if len(src) > 2 and f"{src[0].low} {src[1].low}" in function_words(lex.lang, "focus_pair"):
        src = src[2:]  # "Heller ikke fylket tror at C": nor a negative one
    if len(src) > 1 and not lex.profile.v2 and lex.pronouns.get(src[-1].low) == "person" and src[-2].is_word \
            and src[-2].low not in lex.coordinators and src[-2].low not in lex.prepositions:
        src = src[-1:]  # "a suit in videos he calls …": a contact clause; its pronoun is the subject
    return src, tail, None, None


def _apposed_name(toks: list[Tok], seg: tuple[int, int], lex: Lexicon) -> list[Tok]:
    """The name in an apposition after a role: all of it when every word is capitalised ("the chair, Ann Lee,"),
    else, in English, a full name followed by where the person is from ("one resident, Mary Cole of Elm Street,":
    Mary Cole; `origin` in `function_words.tsv`); else none."""
    words = toks[seg[0]:seg[1]]
    if all(is_name_tok(t) for t in words):
        return words
    if lex.profile.v2 or len(words) < 4:
        return []
    k = next((k for k, t in enumerate(words) if not is_name_tok(t)), len(words))
    if k < 2 or words[k].low not in lex.closed.origin or not all(is_name_tok(t) or t.low in lex.prepositions
                                                                   for t in words[k + 1:]):
        return []
    return words[:k]


def _apposed_head(ctx: Ctx, toks: list[Tok], s: int, segs: list[tuple[int, int]]) -> bool:
    """English: the name segment after a fronted place or month is the head of an apposition or relative clause
    closed by the comma before the cue ("In Ohio, Gov. Ann Lee, a Republican, said", "In May, Mr. Berg, who runs
    a bank, told"): every later segment opens with a relative pronoun or a lower-case word, the last one ends at a
    comma, and the name has two words at least (not "Since 1990 in Douglas, Ariz., officials say")."""
    lex = ctx.lex
    if lex.profile.v2 or len(segs) < 2 or segs[-1][1] >= len(toks) or toks[segs[-1][1]].text != ",":
        return False
    words = [t for t in toks[segs[0][0]:segs[0][1]] if t.is_word]
    return len(words) >= APPOSED_NAME_WORDS and all(
        toks[a].is_word and (toks[a].low in lex.relatives or not toks[a].upper) for a, _ in segs[1:])


def _restrictive_relative(src: list[Tok], k: int, lex: Lexicon) -> bool:
    """English: a finite verb right after a relative pronoun after a noun ("Residents who have listened to …",
    "Officials who are close to the talks"): the restrictive relative clause stays in the subject; not when the cue is
    the clause's own verb ("a professor who has (correctly) predicted C": the auxiliary and adverbs alone)."""
    return not lex.profile.v2 and k >= 2 and src[k - 1].low in lex.relatives and src[k - 1].low != "that" \
        and src[k - 2].is_word and src[k - 2].low not in lex.pronouns \
        and src[k - 2].low not in lex.prepositions and any(
            t.is_word and t.low not in lex.sentence_adverbs and not t.low.endswith("ly") for t in src[k + 1:])


def _reduced_relative(src: list[Tok], k: int, lex: Lexicon) -> bool:
    """English: a past participle and its preposition after a noun ("The man charged with theft at the yard where he
    worked told"): a reduced relative inside the subject, not the subject's verb."""
    return not lex.profile.v2 and k + 1 < len(src) and src[k].low.endswith("ed") and src[k + 1].low in lex.prepositions \
        and src[k - 1].is_word and not src[k - 1].upper and src[k - 1].low not in lex.pronouns \
        and any(t.low in lex.determiners for t in src[:k - 1])


def _past_clause_opener(src: list[Tok], lex: Lexicon) -> list[Tok]:
    """English: the words after a question word or complementizer that opens the cue's clause after a main clause
    ("It is unclear whether | the mayor, who …, has told", "He knew that | the mayor, who …, had said"), else all."""
    if lex.profile.v2:
        return src
    q = next((k for k in range(len(src) - 2, 0, -1) if (src[k].low in lex.question_words or src[k].low in lex.complementizers)
              and src[k].low not in lex.free_relatives and (src[k].low not in lex.relatives or src[k].low in lex.complementizers)
              and not closed_relative(lex, src, k)),
             None)  # (not "what he calls", "who at least said": the subject is the relative's; nor "the mill where he worked")
    if q is None or not any(is_finite_verb(t, lex) and not t.upper for t in src[:q]):
        return src
    return src[q + 1:]


def _open_name(toks: list[Tok], segs: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A noun phrase right before the cue, with no comma after it, after a comma segment that is no name ("After
    the vote on taxes and fees, Ann Lee said", "Back in 2010, the Budget Office cited", "First, officials
    said", "Worse, when asked, 40 percent of voters said"): the subject. Not a list ("The firm, its partners and
    the state said"), an age, a place or an insert ("Tom Vale, 61 said", "…, of Whitby said", "…, speaking on Monday
    said"; a capitalised adverb alone after the comma is a name: "Informed of it, Early said")."""
    a, b = segs[-1]
    if lex.profile.v2 or lex.profile.capitalised_nouns or b >= len(toks) or toks[b].text == "," \
            or toks[a - 1].text != ",":
        return False  # (a V2 clause puts its subject after the verb)
    first = toks[a]
    if not first.is_word or (first.text.isdigit() and b - a == 1) or first.low in lex.prepositions or first.low in lex.relatives \
            or first.low in lex.sentence_adverbs and not (first.upper and b - a == 1) or (not first.upper and first.low.endswith(("ing", "ed"))) \
            or any(t.low in lex.coordinators for t in toks[a:b]):
        return False
    before = toks[segs[-2][0]:segs[-2][1]]
    return not all(is_name_tok(t) or t.text == "." for t in before) or (
        len(before) == 1 and before[0].low in ordinal_adverbs(lex.lang))


def _in_pp(lex: Lexicon, toks: list[Tok], a: int, m: int) -> bool:
    """Whether the noun at toks[m] closes a prepositional phrase ("bei | der Polizei", "an | Bord")."""
    return m > a and (toks[m - 1].low in lex.prepositions or m - 1 > a and toks[m - 1].low in lex.determiners
                      and toks[m - 2].low in lex.prepositions)


def _antecedent(ctx: Ctx, toks: list[Tok], s: int, k: int) -> list[Tok] | None:
    """The phrase a sentence-level "which"/"som" after a comma refers to: the phrase before the comma."""
    end = k - 1
    a = seg_start(toks, s, end)
    if ctx.lex.profile.capitalised_nouns and end - 1 > a and toks[end - 1].is_word and not toks[end - 1].upper:
        m = next((m for m in range(end - 2, a - 1, -1) if toks[m].upper and not _in_pp(ctx.lex, toks, a, m)), None)
        if m is not None:  # "Menschen sind an mir vorbeigerannt, die …": past the verb that closes the clause
            return np_before(ctx, toks, a, m + 1)
    for m in range(a, end):
        j = match_phrase(toks, m, end, ctx.lex.prep)
        if j:
            return toks[m + j[0]:end]
    last_prep = max((m for m in range(a, end) if toks[m].low in ctx.lex.prepositions), default=None)
    if last_prep is not None and last_prep > a + 1 and _time_after(ctx, toks, last_prep + 1, end):
        end = last_prep  # "released her records in July, which showed C": the records, not the month
        last_prep = max((m for m in range(a, end) if toks[m].low in ctx.lex.prepositions), default=None)
    if last_prep is not None and (held := _object_with_pp(ctx, toks, a, last_prep)) is not None:
        return toks[held:end]  # "B.T. havde en medarbejder på stedet, som …": the object and its place
    if last_prep is not None and last_prep + 1 < end:  # "Beslutet välkomnas av Naturskyddsföreningen, som …"
        return toks[last_prep + 1:end]
    verb = next((m for m in range(a, end) if not toks[m].upper and is_finite_verb(toks[m], ctx.lex)), None)
    if verb is not None and verb + 1 < end:  # "Det meddeler politiet, der …", "C, siger X, der …": after the verb
        lex = ctx.lex
        article = max((m for m in range(verb + 1, end) if toks[m].low in lex.closed.indefinite), default=None)
        if article is not None and lex.profile.v2 and not lex.profile.capitalised_nouns:
            return toks[article:end]  # "Ministeren har delt | et billede, der …": the object from its article
        return toks[verb + 1:end]
    return toks[a:end] if end > a else None


def _time_after(ctx: Ctx, toks: list[Tok], k: int, end: int) -> bool:
    """English: whether toks[k:end] is a time phrase or a month ("in July", "on Monday night"), no antecedent."""
    if ctx.lex.profile.v2 or k >= end:
        return False
    return time_phrase(ctx, toks, k, end) or all(t.low in months(ctx.lang) or t.text.isdigit() for t in toks[k:end])


def _object_with_pp(ctx: Ctx, toks: list[Tok], a: int, p: int) -> int | None:
    """V2 languages without capitalised nouns: where an indefinite object opens whose noun the preposition at
    toks[p] modifies ("havde | en medarbejder | på stedet"), else None (the preposition belongs to the verb)."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or p - a < 3:
        return None
    art = p - 2  # the article, one noun, then the preposition
    if toks[art].low not in lex.closed.indefinite or not toks[p - 1].is_word or toks[p - 1].upper \
            or is_finite_verb(toks[p - 1], lex) or toks[p - 1].low in lex.prepositions:
        return None
    return art if any(is_finite_verb(t, lex) and not t.upper for t in toks[a:art]) else None


def tag_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> list[Tok]:
    """English: the speaker of a participle right after a tag that closes its content ("C, Ann Lee said, adding,
    “Q”"): the short subject between the tag's comma and its cue; else none."""
    lex = ctx.lex
    k = i - 1
    if lex.profile.v2 or k - 2 <= s or toks[k].text != "," or toks[k - 1].upper or toks[k - 1].low not in lex.speech:
        return []
    j = k - 1
    b = next((m + 1 for m in range(j - 1, max(s, j - TAG_SUBJECT) - 1, -1) if toks[m].text == ","), None)
    if b is None or b >= j or not (toks[b].upper or toks[b].low in lex.determiners or toks[b].low in lex.pronouns):
        return []
    return list(toks[b:j])


TAG_SUBJECT: Final = 7  # tokens of a tag's subject between its comma and its cue ("…, the state's health minister said")

"""Who a source is: the reader's notes of the people and media an article names, and the resolution of
each draft's source to a name and a source_type, in reading order.

The notes (`prefill_persons`, `note_names`) and `resolve` write the reader's `Memory`; `resolve`
returns the draft with its source, name and type filled in, a new `Draft`.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.abbrtype import abbreviation_type
from enligt.analyze.anaphors import descriptive_kind, named_antecedent
from enligt.analyze.cueguards import no_auxiliary
from enligt.analyze.cues import Lexicon, is_finite_verb, triggers
from enligt.analyze.fullnames import named_person, surname_only
from enligt.analyze.interlocutors import answerer, interlocutor, quoted_interlocutor
from enligt.analyze.interviewer import interviewer
from enligt.analyze.mediakind import described_medium, generic_medium
from enligt.analyze.mentions import Mention, plural_phrase
from enligt.analyze.oralname import says_own_words
from enligt.analyze.quotedby import quoting_relay
from enligt.analyze.records import Ctx, Draft, Memory, replaced, source_text
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.sources import described_name
from enligt.analyze.sourcetype import classify, left_part, name_of, writes_to_medium
from enligt.analyze.via import fronted_recipient
from enligt.analyze.wordclass import name_form
from enligt.analyze.wordtypes import org_name, word_type
from enligt.lang import all_languages_words, function_word_list, function_words
from enligt.lang.gazetteers import outlet_first_words, outlet_names

_NAME_RUN: Final = (2, 3)  # capitalised words in a row that make a full name ("Lars-Erik Strand", "Anna Maria Berg")


def prefill_persons(ctx: Ctx, memory: Memory, block_toks: list[list[Tok]]) -> None:
    """Words of full names anywhere in the article ("Lars-Erik Strand"), so "Strand" alone reads as a person."""
    dets, lang = ctx.lex.determiners, ctx.lang
    compass = function_words(lang, "compass")  # "West Baltimore", "North Varno": a place, no person's name
    lo, hi = _NAME_RUN
    particles = function_words(lang, "name_particle")
    preps, cited = ctx.lex.prepositions, ctx.lex.prep
    for toks in block_toks:  # capitalised words (not genitives) after the first
        ups = [k for k, t in enumerate(toks) if k and t.upper and not t.low.endswith("s")
               and not (len(t.text) > 1 and t.text.isupper())  # an acronym is no part of a name ("DSB")
               and t.low not in preps and t.low not in cited]  # a sentence's first word: "Ifølge Elvia", "Bei Swiss"
        i, nu = 0, len(ups)
        while i < nu:
            j = i
            while j + 1 < nu and ups[j + 1] == ups[j] + 1:
                j += 1
            if lo - 1 <= j - i <= hi - 1:
                run = toks[ups[i]:ups[j] + 1]
                if not any(word_type(t.low, lang) or t.low in dets or t.low in compass for t in run) \
                        and not _role_of(ctx, toks, ups[i]):
                    memory.mentions.persons.update(t.low for t in run)
            i = j + 1
        if particles:
            memory.mentions.persons.update(_particle_surnames(ctx, toks, particles))


def _particle_surnames(ctx: Ctx, toks: list[Tok], particles: frozenset[str]) -> set[str]:
    """Surnames after a first name and a name particle ("Karl-Theodor zu Berg", "Ursula von der Heide"; `particles`
    are the language's function words name_particle, the first no article), so the surname alone ("sagte Berg")
    reads as a person."""
    firsts, dets = all_languages_words("first_names"), ctx.lex.determiners
    out: set[str] = set()
    for k in range(len(toks) - 2):
        if not (toks[k + 1].low in particles and toks[k].upper and toks[k].low.split("-")[0] in firsts
                and toks[k + 1].low not in dets):
            continue
        m = k + 2 + (toks[k + 2].low in particles and k + 3 < len(toks))  # "von der"
        if toks[m].upper and toks[m].is_word and not word_type(toks[m].low, ctx.lang):
            out.add(toks[m].low)
    return out


def _role_of(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Whether the name at toks[k] follows a role and its preposition ("vd för Vattenfall Eldistribution",
    "chef på Region Syd"): the body the role serves, no person's name (one that opens with a first name is:
    "advokat för Anna Berg")."""
    return k >= 2 and toks[k - 1].low in ctx.lex.prepositions and not toks[k - 2].upper \
        and word_type(toks[k - 2].low, ctx.lang) == "person" and toks[k].low not in all_languages_words("first_names")


def note_names(ctx: Ctx, memory: Memory, toks: list[Tok], s: int, e: int, ups: list[int]) -> None:
    """Remember people introduced without a cue ("Valentyna, 78, was …", "Tomas Öberg i Alfta var …")
    and news media named in passing ("The Sun har samlat …"), for later anaphors ("tidningen")."""
    firsts, lang, mentions, cw = outlet_first_words(), ctx.lang, memory.mentions, ctx.lex.closed
    for k in ups:  # only capitalised words (and the word before one) can introduce a name
        p = toks[k - 1]
        if k > s and p.is_word and not p.upper and word_type(p.low, lang) == "media":
            j = k  # "tidningen The Northern Herald", "the newspaper Kvällsekot"
            while j < e and (toks[j].upper or (toks[j].text in cw.name_link and j + 1 < e and toks[j + 1].upper)):
                j += 1
            name = ctx.text[toks[k].start:toks[j - 1].end]
            mentions.add(name, name, "media")
        t = toks[k]
        if k == s + 1 and k + 1 < e and toks[s].low in cw.recipient_prep and toks[k + 1].low in ctx.lex.speech \
                and (told := fronted_recipient(toks[k:k + 1], ctx.lex)):
            mentions.add(told, told, "media")  # "Till Sydöstran säger X …": the medium, for a later "tidningen"
        if t.low in firsts:
            two = f"{t.text} {toks[k + 1].text}" if k + 1 < e else ""
            longer = k + 1 < e and toks[k + 1].upper  # "AP Transport": a company named after no outlet
            for cand in (two, "" if longer else t.text):
                if cand and cand.lower() in outlet_names():
                    mentions.add(cand, cand, "media")
                    break
        if k + 2 < e and toks[k + 1].text == "," and (toks[k + 2].text.isdigit() or toks[k + 2].low in cw.apposition_article):
            mentions.persons.add(t.low)
            if k == s:
                mentions.add(t.text, t.text, "person")
        elif k > s and k + 2 < e and toks[k - 1].upper and toks[k + 1].text == "," and not toks[k + 2].upper \
                and word_type(toks[k + 2].low, lang) == "person":
            _note_role(ctx, memory, toks, k, e)
        elif k > s and toks[k - 1].upper and (r := _relative_role(ctx, toks, k, e)):
            _note_role(ctx, memory, toks, k, e, r)  # "Jesper Holm, der er vagtchef ved X": the role, for "vagtchefen"
        elif k > s + 1 and toks[k - 1].text == "," and toks[k - 2].is_word:
            _note_apposed(ctx, memory, toks, s, k, e)
    if ctx.text.find("-år", toks[s].start, toks[e - 1].end) >= 0:
        for k in range(s, e - 2):
            if toks[k].low in cw.adjective_article and "-år" in toks[k + 1].low:
                _note_description(ctx, memory, toks, k, e)
    _note_subject_name(ctx, memory, toks, s, e)
    _note_surname_role(ctx, memory, toks, s, e)
    _note_group_subject(ctx, memory, toks, s, e)


ROLE_WORDS: Final = 6  # the longest role phrase read after a name ("vagtchef hos Københavns Politi")


def _relative_role(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """Where the role starts in a relative clause that gives the name at toks[k] its role ("Jesper Holm, der er
    vagtchef ved X", "Kari Lie, som er leder for Y": a comma, a relative, a copula, a role noun); 0 when none."""
    r = k + 4
    ok = r < e and toks[k + 1].text == "," and toks[k + 2].low in ctx.lex.relatives \
        and toks[k + 3].low in function_words(ctx.lang, "statement_copula") and not toks[r].upper \
        and word_type(toks[r].low, ctx.lang) == "person"
    return r if ok else 0


def _note_role(ctx: Ctx, memory: Memory, toks: list[Tok], k: int, e: int, r: int = 0) -> None:
    """"Dyre Sønnicksen, vagtchef hos Københavns Politi": the role as a mention of the name, for a later
    "vagtchefen"; `r`: where the role starts when a relative clause gives it ("X, der er vagtchef ved Y")."""
    b = k
    while b - 1 >= 0 and toks[b - 1].upper and k - b < 3:
        b -= 1
    r = r or k + 2
    j = r
    while j < min(e, r + ROLE_WORDS) and toks[j].text not in ",.;:!?»«”\"":
        j += 1
    name = ctx.text[toks[b].start:toks[k].end]
    memory.mentions.add(ctx.text[toks[r].start:toks[j - 1].end], name, "person")


def _note_apposed(ctx: Ctx, memory: Memory, toks: list[Tok], s: int, k: int, e: int) -> None:
    """"Her peger formanden for udvalget, Karin Friis Bach (R), på …": a full name in apposition after a role
    phrase, the person the role names, for a later "hun" or "formanden"."""
    found = described_name(toks, k, e, ctx.lex)
    if found is None or found[0] != k:
        return
    m = k - 2
    while m > s and k - 2 - m < ROLE_WORDS and toks[m - 1].is_word and word_type(toks[m].low, ctx.lang) != "person":
        m -= 1
    if word_type(toks[m].low, ctx.lang) == "person":
        name = ctx.text[toks[k].start:toks[found[1] - 1].end]
        memory.mentions.add(ctx.text[toks[m].start:toks[k - 2].end], name, "person")


def _opener(ctx: Ctx, low: str) -> bool:
    """A word that opens a phrase or clause, never a name ("On Monday", "And Marco Rubio")."""
    lex = ctx.lex
    return low in lex.prepositions or low in lex.subordinators or low in lex.fronted or low in lex.complementizers


def _note_subject_name(ctx: Ctx, memory: Memory, toks: list[Tok], s: int, e: int) -> None:
    """A full name opening a sentence, perhaps after a role ("Åklagaren Eva Lund har …") or in apposition to
    one ("Chefpolitiinspektør i Københavns Politi, Søren Berg, reagerer …"): a person."""
    r = s + 1 if s + 2 < e and toks[s].low in ctx.lex.determiners and ctx.lex.profile.capitalised_nouns else s
    r = s + 1 if s + 2 < e and toks[s].low in function_words(ctx.lang, "kin_owner") else r  # "Hans kone, X Y, er …"
    role = r < e and word_type(toks[r].low, ctx.lang) == "person"  # (German, after its article: "Der Politiker X Y")
    r = r if role else s
    comma = next((m for m in range(r + 1, min(e, r + ROLE_WORDS)) if not toks[m].is_word), e) if role else e
    k = comma + 1 if comma + 1 < e and toks[comma].text == "," and toks[comma + 1].upper else (r + 1 if role else s)
    j = k
    while j < e and j - k < 3 and toks[j].upper:
        j += 1
    if 2 <= j - k <= 3 and j < e and not toks[j].upper and toks[k].low not in ctx.lex.determiners \
            and not _opener(ctx, toks[k].low) \
            and toks[k].low not in triggers(ctx.lang) and not any(word_type(t.low, ctx.lang) for t in toks[k:j]) \
            and name_form([t.text for t in toks[k:j]], ctx.lang):  # not "Betriebsbedingte Kündigungen wolle …"
        name = ctx.text[toks[k].start:toks[j - 1].end]
        memory.mentions.add(name, name, "person")


def _note_surname_role(ctx: Ctx, memory: Memory, toks: list[Tok], s: int, e: int) -> None:
    """A surname opening a sentence with a copula and a role ("Voigt ist Ärztin im Amt"): the full name it
    was introduced with earlier ("… lässt Clarissa Voigt nicht gelten") is a person, for a later pronoun."""
    if s + 2 >= e or not toks[s].upper or not toks[s].is_word:
        return
    if toks[s + 1].low not in ctx.lex.closed.be and toks[s + 1].low not in function_words(ctx.lang, "be_form"):
        return
    role = s + 3 if toks[s + 2].low in ctx.lex.determiners and s + 3 < e else s + 2
    if word_type(toks[role].low, ctx.lang) != "person" or word_type(toks[s].low, ctx.lang):
        return
    found = re.search(r"(?:^|[^\w-])([A-ZÄÖÜÅØÆ][\w-]+ " + re.escape(toks[s].text) + r")\b", ctx.text[:toks[s].start])
    if found and name_form(found.group(1).split(), ctx.lang) and found.group(1).split()[0].lower() not in triggers(ctx.lang):
        memory.mentions.add(found.group(1), found.group(1), "person")


GROUP_REACH = 3  # words read from a sentence's start for the head of a body or group subject


def _note_group_subject(ctx: Ctx, memory: Memory, toks: list[Tok], s: int, e: int) -> None:
    """A body or a group opening a sentence as its subject ("Oppositionen är kritisk", "Police closed the road",
    "The teachers' union is critical", "Fackförbundet Kommunal anser"), for a plural pronoun after it."""
    if s >= e:
        return
    lex = ctx.lex
    pronouns = lex.pronouns
    first = toks[s].low
    if first in pronouns:
        return  # "De sier at ledelsen …": a pronoun is the subject
    k = s + 1 if first in lex.determiners else s
    stop = min(e - 1, k + GROUP_REACH)
    if k >= stop:
        return  # no word to read
    head, typ = -1, None
    complementizers = lex.complementizers
    lang = ctx.lang
    for j in range(k, stop):
        t = toks[j]
        if t.text in _POSSESSIVE_MARKS:
            continue  # "The teachers' union"
        low = t.low
        if not t.is_word or low in pronouns or low in complementizers or (j > k and is_finite_verb(t, lex)):
            break
        kind = word_type(low, lang)
        if kind in ("official", "organization"):
            head, typ = j, kind  # the body, also after a group of people that owns it
            break
        if kind == "person" and head < 0 and plural_phrase(t.text, lang):
            head, typ = j, kind
    if typ is None:
        return
    while head + 1 < e - 1 and toks[head + 1].upper and toks[head + 1].is_word:
        head += 1  # the body's name after its kind: "Fackförbundet Kommunal"
    memory.mentions.note_group(ctx.text[toks[s].start:toks[head].end], typ)


_POSSESSIVE_MARKS = frozenset({"'", "’"})


def _note_description(ctx: Ctx, memory: Memory, toks: list[Tok], k: int, e: int) -> None:
    """"en 84-årig kvinna från Nybro": the fullest description of a person, for "hon"/"kvinnan"."""
    age = toks[k + 1].low
    if "-årig" not in age and "-åring" not in age:
        return
    j = k + 3 if age.endswith(("ig", "ige")) else k + 2
    if j + 1 < e and toks[j].low in ctx.lex.closed.from_place and toks[j + 1].upper:
        j += 2
    desc = ctx.text[toks[k].start:toks[min(j, e) - 1].end]
    memory.mentions.add(desc, desc, "person")


def resolve(ctx: Ctx, memory: Memory, d: Draft, block: int, title: bool, remember: bool = True,
            speaker: str | None = None) -> Draft:
    """The draft of block `block` with its source_name and source_type, from its own words or an
    earlier mention; with `remember`, outside the title, its source becomes a mention in `memory`.
    `speaker`: who speaks the quotation the draft stands in (a pronoun there never means them)."""
    if d.continuation and d.direct and not d.source and not title and (talker := quoted_interlocutor(memory, d.start)):
        return replaced(d.resolved((Tok(talker, talker.lower(), 0, 0),), name_of(tokenize(talker), ctx.lang) or talker,
                                   "person", block, title), continuation=False)  # the reporter's interlocutor speaks
    if not d.source or d.continuation:
        return d if (d.block, d.in_title) == (block, title) else d.resolved(d.source, d.name, d.type, block, title)
    lex = ctx.lex
    src = list(d.source)
    if len(src) > 1 and src[0].upper and (src[0].low in lex.closed.as_ or src[0].low in lex.closed.as_clause) \
            and src[1].is_word:
        src = src[1:]  # "Som Punkt SE tidigare rapporterat": the "as" opens the clause, it is no part of the source
    src = no_auxiliary(ctx, _statement_speaker(ctx, src))  # (not "har han" in "…, har han påpekt")
    if lex.courts and _court_hearing(d, lex) and any(t.low in lex.courts for t in left_part(src, lex)):
        return d.resolved((), d.name, d.type, block, title)  # "the court heard", "the jury was told"
    if d.answer and (asked := answerer(memory, src[0].start)):  # "Svaret blir …" from "Vi frågade ministern"
        return d.resolved((Tok(asked, asked.lower(), 0, 0),), asked, "person", block, title)
    name = d.name
    k = next((k for k, t in enumerate(src) if t.text == "=" and t.start == t.end == 0), None)  # the role = name mark
    named: list[Tok] = []
    if k is not None:  # split by cuesubject.subject (a real "=" in the text has a width: "=(TT rapporterade ...")
        src, named, name = src[:k], src[k + 1:], " ".join(t.text for t in src[k + 1:])
    told = interviewer(ctx, src)  # "två ekonomer DN talat med": the people, told by the medium (a via)
    if told and told[1] and generic_medium(told[1], lex):  # "ansatte avisen har snakket med": the medium last named
        told = (told[0], _medium(memory, told[1], lex) or "")
    if told is None and not d.via and (quoted := quoting_relay(ctx, src)) is not None:  # "Avisen citerer en læge, der siger"
        src = [t for t in src if t.start >= quoted[0]] or src  # past a phrase of time: "siterte i august | kilder"
        told = (len(src), quoted[1])
        if d.antecedent:
            d = replaced(d, antecedent=tuple(t for t in d.antecedent if t.start >= quoted[0]) or d.antecedent)
    name, typ = _name_and_type(ctx, memory, d, src[:told[0]] if told else src, name, speaker)
    if told and told[1] and not title and remember:
        memory.mentions.add(told[1], told[1], "media")  # a later "till tidningen" means that medium
    if not title and remember:  # a speaker quoted inside a quotation is no antecedent for the narrator's "han"
        if d.tail and name and typ == "person":  # "X som är kammaråklagare": the role, for a later "Åklagaren"
            memory.mentions.add(d.tail, name, typ)
        memory.mentions.add(source_text(src) or "", name, typ)
        if typ == "person":
            memory.last_person = max(memory.last_person, src[0].start)
    named_source = bool(named) and lex.profile.name_apposition_source \
        and (src[0].low in function_words(ctx.lang, "role_opener") or not src[0].upper)  # (not "Mr. Lund, whose firm, X,")
    out = d.resolved(tuple(src + named if named_source else src), name, typ, block, title)  # "A third, Ann Lee, said"
    if any(generic_medium(v, lex) for v in d.via):
        out = replaced(out, via=tuple(m for m in (_medium(memory, v, lex) for v in d.via) if m))
    if told and told[1] and told[1] not in out.via:
        out = replaced(out, via=(*out.via, told[1]))
    return out


def _statement_speaker(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """The speaker of a source phrase that names what they said, a statement noun after an article and adjectives
    and then "fra"/"från" (function words statement_from_noun, statement_from): "den første melding fra vagtchef
    X", "en erklæring fra myndighederne", "beskedet från polisen" give "vagtchef X", "myndighederne"."""
    nouns = function_words(ctx.lang, "statement_from_noun")
    if not nouns:
        return src
    k = 0
    while k < min(len(src), STATEMENT_LEAD) and src[k].is_word and not src[k].upper and src[k].low not in nouns \
            and (src[k].low in ctx.lex.determiners or not word_type(src[k].low, ctx.lang)):
        k += 1
    if k + 2 < len(src) and src[k].low in nouns and src[k + 1].low in function_words(ctx.lang, "statement_from") \
            and src[k + 2].is_word:
        return src[k + 2:]
    return src


STATEMENT_LEAD: Final = 3  # article and adjectives before the statement noun ("den første officielle melding")


def _court_hearing(d: Draft, lex: Lexicon) -> bool:
    """A court's cue that reports what was said before it ("the court heard", "the jury was told"), not the
    court's own words ("the court said", "according to a court filing")."""
    words = tuple((d.cue_text or "").lower().split())
    return bool(words) and any(phrase == words and cls in ("court", "told")
                               for phrase, cls in lex.speech.get(words[0], ()))


def _medium(memory: Memory, via: str, lex: Lexicon) -> str | None:
    """A via named by its kind ("told the newspaper") is the medium the article last named (a paper's noun skips
    broadcasters and agencies: `Mentions.last_medium`); with none named, the newspaper is the page's own (no via),
    but for a German kind noun ("der Zeitung"), which is kept as written."""
    if not generic_medium(via, lex) or described_medium(via, lex):
        return via
    named = memory.mentions.last_medium(via.split()[-1].lower())
    return via if named is None and lex.profile.capitalised_nouns else named  # German "der Sender" with no medium
    # named stays as written, as before a name resolved it


def _name_and_type(ctx: Ctx, memory: Memory, d: Draft, src: list[Tok], name: str | None,
                   speaker: str | None = None) -> tuple[str | None, str]:
    """source_name and source_type of source phrase `src`: an antecedent's, an interlocutor's, an earlier
    mention's, or read from its own words."""
    lex, mentions = ctx.lex, memory.mentions
    low = src[-1].low if len(src) == 1 else ""
    mention: Mention | None = None
    typ: str | None = None
    text = False
    if d.answer:  # "Svaret blir …" with nobody asked before it: someone answered
        return None, "person"
    if d.antecedent and (low in lex.relatives or low in lex.closed.antecedent_pronoun
                         or low in function_words(ctx.lang, "document_pronoun")):  # "De viser at C": the figures
        antecedent = list(d.antecedent)
        name = name or name_of(antecedent, ctx.lang) or " ".join(t.text for t in antecedent)
        typ = classify(antecedent, lex, mentions.persons)
    elif not (plural := _plural_pronoun(ctx, src)) and (talker := interlocutor(memory, src, lex)) is not None:
        name, typ = talker, "person"
    elif _report_anaphor(ctx, src) and (mentions.items or (text := _text_cue(ctx, d))):
        last = mentions.items[-1] if mentions.items else None  # "den Angaben zufolge": what the last source said
        name = name or (last.name or last.text if last else None)
        typ = "document" if text or _text_cue(ctx, d) or last is None else last.type  # "Heri står det": a text
    elif (role := _definite_role(ctx, src)) or len(src) <= 2 and (
            src[-1].low in lex.pronouns or not src[-1].upper or len(src) == 1):
        mention = mentions.resolve([src[0], src[-1]] if role else src, lex, speaker, plural)  # "den nye borgmester"
        if mention is None and (role or len(src) == 1 and src[0].upper):  # "der Fraktionschef", "Borgmesteren"
            mention = mentions.introduced_role(src[-1].low, ctx.text, src[0].start)
    elif len(src) > 2 and src[0].is_word and not src[0].upper and src[1].low in lex.prepositions \
            and src[0].low not in lex.determiners:  # (not "der in Bonn ansässigen Gruppe")
        mention = mentions.resolve(src[:1], lex)  # "mannen i rätten"
    if mention is None and not name and speaker is None and (described := descriptive_kind(ctx, src, d.direct)):
        mention = named_antecedent(ctx, mentions, *described, src[0].start, d.direct)  # "sier X-kapteinen" after a name
    if mention is not None and not name:
        name = mention.name or mention.text
        typ = mention.type if src[-1].low in lex.pronouns or mention.type == "unnamed" or (
            src[-1].low in function_words(ctx.lang, "owner_person")) or _untyped(src, lex) else \
            classify(src, lex, mentions.persons)
    if typ is not None:
        return name, "media" if typ not in ("media", "document") and (name or "").lower() in mentions.media else typ
        # (not "its website" after a news site's name: what the owner published)
    return _read_name_and_type(ctx, memory, d, src, name)


def _definite_role(ctx: Ctx, src: list[Tok]) -> bool:
    """A role noun after a definite article and perhaps adjectives ("der Fraktionschef", "die neue Sprecherin",
    "Den ukrainske viceforsvarsminister"): an anaphor of the person named earlier with that role."""
    return 2 <= len(src) <= ROLE_ANAPHOR_WORDS and src[0].low in ctx.lex.closed.definite_article \
        and all(t.is_word and not t.upper and t.low not in ctx.lex.prepositions for t in src[1:-1]) \
        and word_type(src[-1].low, ctx.lang) == "person" and (len(src) > 2 or src[-1].upper)


ROLE_ANAPHOR_WORDS: Final = 4  # the longest definite role phrase read as an anaphor ("die neue stellvertretende Sprecherin")


def _untyped(src: list[Tok], lex: Lexicon) -> bool:
    """An anaphor whose words have no type of their own ("the centers" after "The Centers for Disease Control"):
    it takes the type of the mention it points to, not the default a bare noun would get."""
    return len(src) > 1 and src[0].low in lex.determiners \
        and not any(t.is_word and (t.upper or word_type(t.low, lex.lang)) for t in src[1:])


def _plural_pronoun(ctx: Ctx, src: list[Tok]) -> bool:
    """A plural personal pronoun as the whole source ("De", "they"); where the pronoun is also singular (German
    "sie"), only with a plural finite verb beside it ("Sie sagten", "so erklärten sie", not "sie sagte")."""
    if len(src) != 1 or src[0].low not in function_words(ctx.lang, "plural_pronoun"):
        return False
    endings = function_word_list(ctx.lang, "plural_verb_ending")
    if not endings:
        return True
    verb = _verb_beside(ctx, src[0])
    return verb is not None and (verb in endings or any(verb.endswith(end) for end in endings))


VERB_REACH = 30  # characters read on either side of a pronoun for its verb


def _verb_beside(ctx: Ctx, t: Tok) -> str | None:
    """The lower-case word right after a pronoun (or before it, when that one is no verb: "so sagten sie"),
    when it can be a finite verb (no article, preposition or conjunction)."""
    lex = ctx.lex
    after = ctx.text[t.end:t.end + VERB_REACH].split()[:1]
    before = ctx.text[max(0, t.start - VERB_REACH):t.start].split()[-1:]
    for words in (after, before) if t.upper else (before, after):
        w = words[0].strip(",.;:!?»«\"”“") if words else ""
        if w.isalpha() and w.islower() and w not in lex.determiners and w not in lex.prepositions \
                and w not in lex.subordinators and w not in lex.complementizers:
            return w
    return None


def _text_cue(ctx: Ctx, d: Draft) -> bool:
    """Whether the record's cue says what a text reads ("står det", `text_cue`)."""
    return (d.cue_text or "").lower() in function_words(ctx.lang, "text_cue")


def _report_anaphor(ctx: Ctx, src: list[Tok]) -> bool:
    """A report noun after a definite article alone ("den Angaben", "diesen Informationen") or a place adverb
    pointing back at a document ("Her lyder det"): the words of the source just named."""
    return len(src) == 2 and src[0].low in function_words(ctx.lang, "definite_article") \
        and src[1].low in function_words(ctx.lang, "holding_noun") \
        or len(src) == 1 and src[0].low in function_words(ctx.lang, "back_place")  # "Her lyder det også, at C"


def _read_name_and_type(ctx: Ctx, memory: Memory, d: Draft, src: list[Tok], name: str | None) -> tuple[str | None, str]:
    """source_name and source_type of a source phrase from its own words (no antecedent or mention fits)."""
    lex, mentions = ctx.lex, memory.mentions
    low = src[-1].low if len(src) == 1 else ""
    if not name and not (len(src) == 1 and (low in lex.pronouns or word_type(low, ctx.lang) == "person")):
        name = name_of(src, ctx.lang)  # an unresolved "She" or a capitalised "Residents" names nobody
        left = left_part(src, lex)
        if not name and 1 < len(left) < len(src) and src[len(left)].low in lex.prepositions:
            person = name_of(left, ctx.lang)  # "Operasjonsleiar Stein Walle i Aust politidistrikt": the name before "i"
            if person and " " in person and person.split()[0].lower() in all_languages_words("first_names"):
                name = person
        if name and " " not in name and len(src) > 1:  # "Mr Okafor" -> "Daniel Okafor" named earlier
            full = mentions.by_surname(name)
            name = full.name if full and full.name else name
    typ = classify(src, lex, mentions.persons, d.tail)
    if typ == "person" and name and org_name(name, ctx.lang):
        typ = "organization"  # "The mill's owner, Ljungmora Kemi AB, said": the apposition names a company
    if typ not in ("person", "unnamed") and src[-1].low in lex.pronouns and lex.pronouns[src[-1].low] == "person":
        typ = "person"
    if typ != "unnamed" and (name or source_text(src) or "").lower() in mentions.media:
        typ = "media"  # (not "källor till tidningen X": the sources, the medium their via)
    elif typ == "person" and name and (body := mentions.bodies.get(name.lower())):
        typ = body  # "Danish Crown" after "slagterigiganten Danish Crown": the body the article introduced
    if typ == "organization" and (abbreviated := abbreviation_type(ctx, src)):
        typ = abbreviated  # "the ASDMA" after "Assam State Disaster Management Authority (ASDMA)", "Danmarks
        # Meteorologiske Institut (DMI) skriver": an authority
    if (d.direct or says_own_words(ctx, d, src[0])) and typ == "organization" and len(src) == 1 \
            and not word_type(src[0].low, ctx.lang):
        typ = "person"  # an unknown single name that speaks in quotes or says: "– …, säger Iryna", "…, sagte Huber"
    elif typ == "organization" and len(src) == 1 and src[0].upper and not word_type(src[0].low, ctx.lang) \
            and (d.cue_text or "").lower() in function_words(ctx.lang, "medium_verb"):
        typ = "person" if writes_to_medium(ctx.text, src[-1].end, ctx.lang) else typ if d.via else "media"  # "…,
        # skriver Fjordbladet": an unknown single name that writes or reports; "skrev Hansen til Fjordbladet" writes
        # to one; "I ett mejl till DN skriver Nordbolaget att C": one who writes to a medium named as the via is none
    bare = name or (src[0].text if len(src) == 1 and src[0].upper else None)  # (name_of names no lone "Berg")
    untyped = typ == "organization" and len(src) == 1 and not word_type(src[0].low, ctx.lang)
    if (typ == "person" or untyped) and bare and surname_only(bare, ctx.lang) \
            and (whole := named_person(ctx, bare, src[0].start, mentions.persons)):
        name, typ = whole, "person"  # "sagte Berg" after "Ministerin Anna von Berg (SPD)" named her in passing
    return name, typ

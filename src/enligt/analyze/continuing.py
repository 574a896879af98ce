"""Continuations: tagless quote paragraphs, quote headlines and Konjunktiv I sentences take the speaker of an
earlier record (or of the tagged quotation that closes them); the interviewer's questions and quotations after
an "according to" of nobody quoted before take none. One pass of `passes.PASSES`, with the helpers the other
passes share: `speaker_name`, `cited`, `NEAR`.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.introduced import introduced
from enligt.analyze.lateresolve import late_headline, relayed_hearsay
from enligt.analyze.otherspeaker import foreign_tag, other_name_before, own_tag, question, source_opens
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.analyze.sourcetype import classify, name_of
from enligt.analyze.tagbelow import tag_below
from enligt.analyze.wordtypes import genders, word_type
from enligt.lang import all_languages_words, function_words

NEAR: Final = 40  # how many neighbouring records nesting, hearsay merging and continuations look at
CONTINUATION_BLOCKS: Final = 2  # paragraphs a tagless quote may lie after its speaker's record
HEADLINE_OVERLAP: Final = 0.5  # share of a quote headline's words a body quote must hold to be the one it repeats


def speaker_name(d: Draft) -> str:
    """The name a record's speaker goes by: the resolved name, else the source as written."""
    return d.name or d.source_text() or ""


def _closing_speaker(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A quotation opened and left open to its paragraph's end ("»Q1" + "Q2,« siger X."): the speaker of the
    quotation that closes it at the start of the next paragraph, else None."""
    text = ctx.text
    stop = text.find("\n", d.end)
    rest = text[d.end:stop if stop >= 0 else len(text)]
    if not d.direct or d.start == 0 or text[d.start - 1] not in _OPEN_MARKS or rest.strip(" .,!?"):
        return None  # (a closing mark, or anything else, after the quotation on its line)
    nxt = next((p for p in ordered[i + 1:i + 1 + NEAR] if p.block > d.block), None)
    if nxt is None or nxt.block != d.block + 1 or not nxt.source or nxt.continuation \
            or not any(c in _CLOSE_MARKS for c in text[nxt.end:nxt.end + 3]):
        return None  # (the next paragraph's record must close the quotation: "Q2,« siger X")
    line = text.rfind("\n", 0, nxt.start) + 1
    return nxt if not text[line:nxt.start].strip(" \t»«”“\"„") else None  # ("”Q1" + "”Q2”, säger X")


_OPEN_MARKS: Final = frozenset("»«”“\"„")


_CLOSE_MARKS: Final = frozenset("«»”“\"")


def _echo(ctx: Ctx, d: Draft) -> bool:
    """An echo tag ("…, lyder det."): a cue of class `echo`, which keeps its record with no speaker."""
    if d.cue is None or d.in_title:
        return False
    words = tuple(ctx.text[d.cue[0]:d.cue[1]].lower().split())
    after = [w.strip(".,;:!?»«“”\"") for w in ctx.text[d.cue[1]:d.cue[1] + ECHO_REACH].lower().split()[:1]]
    after += ctx.text[max(0, d.cue[0] - ECHO_REACH):d.cue[0]].lower().split()[-1:]  # "Weiter hieß es, C"
    return any(phrase == words and (cls == "echo" or cls == "impersonal" and any(
        w in function_words(ctx.lang, "echo_adverb") for w in after)) for phrase, cls in ctx.lex.speech.get(words[0], ()))


ECHO_REACH: Final = 12  # characters after an impersonal cue read for its echo adverb ("hieß es | weiter")


def _cut_off(ctx: Ctx, d: Draft) -> bool:
    """A tagless quotation that runs to the end of a text the page cuts off mid-sentence (no closing mark, quotation
    mark or bracket at its end: "“We will not stop until the last fam"): a quote's tag comes at its end, so whose words
    they are is lost with it, and the annotators count a cut-off last sentence only when its attribution is complete.
    All languages (nordic42: the V2 pages' annotators count it so too). Not when the cut line holds a verb after a
    comma that may open the quotation's own tag ("– Q, er rådet fra X, som påpeker at C")."""
    text = ctx.text.rstrip()
    if not d.direct or d.in_title or not text or text[-1] in _CLOSING or d.end < len(text) - 1:
        return False
    line = ctx.text[ctx.text.rfind("\n", 0, d.end) + 1:d.end]
    lex = ctx.lex
    return not any(w.lower() in lex.finite_verbs or w.lower() in lex.speech for w in _AFTER_COMMA.findall(line))


def _dash_heading(ctx: Ctx, d: Draft) -> bool:
    """A short dash line with no closing mark that more text follows ("– Ikke arrogant", "– Tar valgkampen til et
    trist nivå"): a subheading set as a dash quote (Nordic pages; a quote paragraph ends in its stop)."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or not d.direct or d.in_title:
        return False
    text = ctx.text
    start, stop = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
    line = text[start:stop if stop >= 0 else len(text)].strip()
    return stop >= 0 and bool(text[stop:].strip()) and line[:1] in _DASH_MARKS and line[-1:] not in _CLOSING \
        and len(line.split()) <= HEADING_WORDS + 1


HEADING_WORDS: Final = 8  # the longest dash line read as a subheading


def _whole_sentences(ctx: Ctx, d: Draft) -> Draft | None:
    """The draft cut back to the whole sentences before the sentence the page breaks off in, or None when it has none
    ("“We will go on. We will not stop until the last fam" -> "“We will go on.")."""
    start, end = d.parts[-1]
    stops = [m.end() for m in _SENTENCE_STOP.finditer(ctx.text, start, end)]
    if not stops:
        return None
    return replaced(d, parts=d.parts[:-1] + ((start, stops[-1]),))


_SENTENCE_STOP: Final = re.compile(r"(?<=[a-zåäöæøüß0-9)”\"'’])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?](?=\s+[\"“”'‘’]?[A-ZÅÄÖÆØÜ])")
_CLOSING: Final = frozenset(".!?:;…\"”»«’'“)]")  # marks a whole paragraph may end with
_AFTER_COMMA: Final = re.compile(r",\s+(\w+)")


def continuations(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Tagless quote paragraphs, quote headlines and Konjunktiv I sentences take an earlier speaker;
    one that finds none is dropped."""
    ordered = sorted(drafts, key=lambda d: d.start)
    out: list[Draft] = []
    asked: list[int] = []  # the paragraphs of the interviewer's questions
    late: list[Draft] = []  # quote headlines with no tagged body quote repeating them
    for i, d in enumerate(ordered):
        if not d.continuation:
            out.append(d)
            continue
        if not d.in_title and (question(ctx, d) or foreign_tag(ctx, d)):
            asked.append(d.block)
            continue  # "– Hur ser du på kritiken?": the interviewer's question, not the interviewee's claim (also
            # one with its asker's tag: "– Kender du ham?, spørger dommeren.")
        reach = CONTINUATION_BLOCKS + sum(0 < d.block - q <= CONTINUATION_BLOCKS + 1 for q in asked)
        if _dash_heading(ctx, d):
            continue  # "– Tar valgkampen til et trist nivå" between paragraphs: a subheading, no quote
        if _cut_off(ctx, d):
            whole = _whole_sentences(ctx, d)
            if whole is None:
                continue  # "“We will not stop until the last fam": a quotation the page's text breaks off in, no claim read
            d = ordered[i] = whole  # "“We will go on. We will not stop until the last fam": its whole sentences
        if any(o.cue and not o.continuation and (o.parts == d.parts or _tag_inside(o, d))
               for o in ordered[max(0, i - NEAR):i + NEAR]):
            continue  # "- Q.\n\nSådan lyder det fra X.", "»Q, siger han.": the quotation is that record's content
        if own_tag(ctx, d, ordered[max(0, i - NEAR):i + NEAR]):
            continue  # "A sei …. Dagegen warf X der CDU vor, C": a sentence with a speaker and cue of its own
        if _after_sourceless(ctx, d, ordered, i):
            out.append(replaced(d, continuation=False))  # "C, hieß es. D sei …", "A soll … haben. B sei …": no source
            continue
        below = None if d.in_title else tag_below(ctx, d, ordered, i)  # "– A." + "B, siger X.": X's
        speaker = _headline_speaker(ctx, d, ordered) if d.in_title else below or _closing_speaker(ctx, d, ordered, i) or \
            next((p for p in reversed(ordered[max(0, i - NEAR):i]) if p.source and not p.in_title
                  and 0 <= d.block - p.block <= reach and (  # (the answer after a question goes on past it)
                      not p.hearsay or ctx.lex.konjunktiv and not p.direct and p.cue is not None
                      or d.direct and _named_hearsay(ctx, p)) and (
                      p.cue or p.continuation or ctx.lex.konjunktiv and not p.direct)  # (or "X zeigte sich …. A sei …")
                  and not cited(ctx, p) and not _inside(ctx, p, ordered[max(0, i - NEAR):i])), None)
        if speaker is not None and not d.in_title and below is None:
            speaker = _bridge_speaker(ctx, d, ordered, i, speaker) or _body_voice(ctx, d, ordered, i, speaker) \
                or speaker
            speaker = _spoken_of(ctx, d, ordered, i, speaker) or speaker
        elif speaker is None and not d.in_title:
            speaker = _tagged_next(ctx, d, ordered, i) or _new_speaker(ctx, d, ordered, i) \
                or _last_voice(ctx, d, ordered, i)
        relay = _relaying_person(ctx, speaker, ordered[max(0, i - NEAR):i]) if speaker and d.direct else None
        speaker = relay or speaker
        if speaker is not None and d.direct and not d.in_title and not relay and _prepositional(ctx, speaker) \
                and not _quoted_before(speaker, ordered[:i]) and not _named_person_before(speaker, d) \
                and not _full_name(speaker):
            speaker = _last_voice(ctx, d, ordered, i) if _skips_bodies(ctx) else None
            if speaker is None:
                continue  # "Ifølge avisen X er … \n\n – Q": the quotation is nobody's that an "according to" names
        if speaker is None and d.in_title and d.source:  # "Scholz: „…“" with no body quote repeating it
            src = list(d.source)
            known = len(src) == 1 and word_type(src[0].low, ctx.lang) is not None  # "Ordføreren:", not a name
            typ = classify(src, ctx.lex)
            ordered[i] = replaced(d, continuation=False, name=None if known else name_of(src, ctx.lang),
                                  type="person" if typ == "organization" and len(src) == 1 and not known else typ)
            out.append(ordered[i])
            continue
        if speaker is None and d.in_title and not d.source:
            late.append(d)  # a quote headline a tagless body quote repeats: that quote's speaker, once it has one
            continue
        if speaker is None:
            if _echo(ctx, d):
                out.append(replaced(d, continuation=False))  # "…, lyder det." with no speaker before: sourceless
            continue
        who = speaker_name(speaker)
        # the speaker's words as written ("said Ann Lee", "she said"), so the source has a span; the name
        # resolved from a pronoun is the source_name
        named = speaker.source if speaker.source[0].end else (Tok(who, who.lower(), 0, 0),)
        said_by = {t.text for t in speaker.source} | set(who.split())
        if d.in_title and d.cue:  # and the role the body gives that speaker ("Gesundheitsminister Jens Spahn warnte")
            said_by |= {t.text for p in ordered if p.source and not p.in_title and speaker_name(p) == who for t in p.source}
        if d.in_title and d.cue and (any(t.upper and t.text in said_by for t in d.source) or _role_label(ctx, d)
                                     or _role_name(ctx, d)):
            # "Scholz: „Q“" with "…, sagte Olaf Scholz" in the body: the name in the title; "Analytiker: ”Q”": the
            # role the title gives the speaker, as written
            role_name = _role_name(ctx, d) and ctx.lex.pronouns.get(who.lower()) is not None  # "Trainer Müller:", "er"
            ordered[i] = replaced(d, continuation=False, name=d.source[-1].text if role_name else who,
                                  type=speaker.type)
        else:
            keep = (not d.direct or _echo(ctx, d)) and d.cue is not None  # "Demnach …", "lyder det" keep their cue
            ordered[i] = replaced(d, source=named, name=who, type=speaker.type, cue=d.cue if keep else None,
                                  cue_text=d.cue_text if keep else None)
        out.append(ordered[i])  # a later continuation may take this one's speaker
    return relayed_hearsay(out) + [h for d in late if (h := late_headline(ctx, d, out)) is not None]


def _after_sourceless(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> bool:
    """German: a Konjunktiv I sentence (cue null) whose nearest record before it has a cue and no source, in its
    paragraph or the one before: an impersonal tag ("C, hieß es. D sei …"), or sourceless hearsay when no speaker
    has a record in its paragraph or the one before it ("Zwischentitel. A soll … haben. B sei …"; but "X sagte C.
    Dann soll A sein. B sei …" stays X's, also with each in a paragraph of its own): it goes on from that report,
    and so has no source either."""
    if not ctx.lex.konjunktiv or d.direct or d.cue is not None or d.in_title:
        return False
    near = [p for p in ordered[max(0, i - NEAR):i] if not p.in_title and p.end <= d.start]
    p = near[-1] if near else None
    if p is None or p.source or p.cue is None or p.continuation or not 0 <= d.block - p.block <= 1:
        return False
    return not p.hearsay or not any(o.source and p.block - 1 <= o.block <= d.block for o in near)


def _tag_inside(o: Draft, d: Draft) -> bool:
    """Whether a tagged record's content opens where a quote paragraph does and its tag closes inside it ("»A. B,
    siger han." with the closing mark lost): the paragraph is that record, not a continuation."""
    return d.direct and o.start == d.start and o.end < d.end and o.cue is not None and o.end <= o.cue[0] \
        and o.cue[1] <= d.end and bool(o.source) and all(o.end <= t.start < d.end for t in o.source)


def _quoted_before(speaker: Draft, before: list[Draft]) -> bool:
    """Whether the person an "according to" names has spoken in a quotation of their own before it ("– Q1, säger
    Eva Ek." … "Enligt Eva Ek har …" + "– Q2"): the quotation after it goes on in that speaker's words."""
    who = speaker_name(speaker)
    return speaker.type == "person" and bool(who) and any(
        p.direct and p.cue is not None and not p.continuation and not p.in_title and p.type == "person"
        and speaker_name(p) == who for p in before)


def _named_person_before(speaker: Draft, d: Draft) -> bool:
    """Whether an "according to" names a person by name in the paragraph right before a tagless quotation
    ("Ifølge Kari Holm, tillitsvalgt, er … \n\n – Q", "Enligt Eva Ek ska … \n\n – Q"): the quotation goes on in
    that person's words (a medium or a body named so does not speak in it)."""
    return speaker.type == "person" and d.block - speaker.block == 1 and speaker.name is not None \
        and any(t.upper for t in speaker.source) and speaker.name in " ".join(t.text for t in speaker.source)


def _relaying_person(ctx: Ctx, speaker: Draft, near: list[Draft]) -> Draft | None:
    """The person an "according to" names around a body's claim ("Ifølge politiinspektør X mener politiet at C"):
    a quotation after it is that person's, who speaks for the body; else None."""
    if speaker.type not in _BODY_TYPES:
        return None
    return next((o for o in near if o is not speaker and o.type == "person" and o.start <= speaker.start
                 and speaker.end <= o.end and _prepositional(ctx, o)), None)


_BODY_TYPES = frozenset({"official", "organization"})


def _inside(ctx: Ctx, p: Draft, near: list[Draft]) -> bool:
    """Whether a record is a claim inside another's quotation ("„Die Tests haben ergeben, dass …“") or inside
    another's report or continuation ("…, der … ankündigt“, sagte X", "Außerdem könne X kaum einschätzen, ob …"):
    the reporting speaker, not it, goes on in a Konjunktiv sentence after. Not inside an "according to"
    a person speaking for a body ("Ifølge X mener politiet at C": `_relaying_person` finds X from the body's record)."""
    return any(o is not p and o.start <= p.start and p.end <= o.end and (
        o.direct and o.cue is not None or (o.cue is not None or o.continuation) and bool(o.source)
        and (o.start, o.end) != (p.start, p.end) and not _relayed(ctx, p, o)) for o in near)


def _relayed(ctx: Ctx, p: Draft, o: Draft) -> bool:
    """Whether a body's record stands inside an "according to" a person ("Ifølge politiinspektør X mener
    politiet at C"): the person speaks for the body (`_relaying_person`)."""
    return p.type in _BODY_TYPES and o.type == "person" and _prepositional(ctx, o)


def _bridge_speaker(ctx: Ctx, d: Draft, ordered: list[Draft], i: int, speaker: Draft) -> Draft | None:
    """A tagless quote right after a paragraph with no record that names one earlier speaker other than the
    last one ("Dette får Sundfør til å stusse." + "– Q"): that speaker, else None."""
    span = _bridge(ctx, d, ordered, i)
    if span is None:
        return None
    start, end = span
    run = _run_closer(ctx, d, ordered, i)
    if run is not None and speaker_name(run) != speaker_name(speaker):
        return run  # "…, for X er også trist." + "– A" + "– B, siger X": the tag closing the run of quotes speaks
    words = set(_WORDS.findall(ctx.text[start:end]))
    closing = introduced(ctx, d, start, end, last=True) if d.direct else None
    if closing is not None and speaker_name(closing) != speaker_name(speaker):
        return closing  # "Stark hänvisar till Per Ek. Ek avböjer att svara." + "– Q": the last sentence's subject
    last = speaker_name(speaker).split()
    if last and last[-1] in words:
        return None  # the last speaker is named there too
    named = {speaker_name(p): p for p in ordered[max(0, i - NEAR):i] if p.source and not p.in_title and not p.hearsay
             and p.type == "person" and _named_in(speaker_name(p), words)}
    if not named and d.direct:
        return introduced(ctx, d, start, end)  # "Även Karin Berg riktade kritik mot …" + "– Q"
    return next(iter(named.values())) if len(named) == 1 else None


def _run_closer(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """The tagged quote of a person that closes the run of quote paragraphs a tagless one opens ("– A" + "– B" +
    "– C, siger X"): X's record, when every paragraph between is a tagless quote; else None."""
    if not d.direct:
        return None
    block = d.block
    for o in ordered[i + 1:i + 1 + NEAR]:
        if o.start < d.end or o.block == block:
            continue  # a record inside the quote, or another of the same paragraph
        if o.block != block + 1 or not o.direct:
            return None
        if o.continuation:
            block = o.block
            continue
        ok = o.cue is not None and o.source and not o.hearsay and o.type == "person" and not cited(ctx, o)
        return o if ok else None
    return None


def _spoken_of(ctx: Ctx, d: Draft, ordered: list[Draft], i: int, speaker: Draft) -> Draft | None:
    """A tagless quotation that speaks of the last speaker in the third person ("Den tilltalade nekar." + "– Han
    medger våldet, men …": a pronoun record inside it points to them): someone else speaks it, the person last
    quoted under a tag of their own a few paragraphs before (the lawyer), else None."""
    if not d.direct:
        return None
    who = speaker_name(speaker)
    if not any(o is not d and d.start <= o.start and o.end <= d.end and len(o.source) == 1
               and ctx.lex.pronouns.get(o.source[0].low) == "person" and o.source[0].low in genders(ctx.lang)
               and speaker_name(o) == who for o in ordered[i:i + NEAR]):
        return None
    return next((p for p in reversed(ordered[max(0, i - NEAR):i]) if p.direct and p.cue is not None
                 and not p.continuation and not p.in_title and p.type == "person" and speaker_name(p) != who
                 and 0 <= d.block - p.block <= SPOKEN_OF_BLOCKS), None)


SPOKEN_OF_BLOCKS: Final = 4  # paragraphs back a quotation that speaks of the last speaker looks for who said it


def _new_speaker(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A tagless quote with no earlier speaker near, right after a paragraph with no record that opens on a
    person named in full ("Klubbtrener Ola Dahl tror ikke …" + "– Q"): that person, else None."""
    span = _bridge(ctx, d, ordered, i, german=True) if d.direct else None
    if span is None:
        return None
    return introduced(ctx, d, *span) or introduced(ctx, d, *span, last=True)  # ("… Föräldern Anna Berg är kritisk.")


def _bridge(ctx: Ctx, d: Draft, ordered: list[Draft], i: int, german: bool = False) -> tuple[int, int] | None:
    """The paragraph right before a tagless quote when it holds no record and asks no question (Nordic
    dash-quote pages): its [start, end), else None."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns and not german:
        return None  # (Nordic dash-quote pages; German only for a new speaker: "Bürgermeisterin Anna Kurz sprach." + „Q“)
    text = ctx.text
    end = text.rfind("\n", 0, d.start)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)  # past blank lines to the paragraph before
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    if any(start <= p.start < end for p in ordered[max(0, i - NEAR):i]):
        return None  # the paragraph before holds a record of its own
    if text[start:end].rstrip(" »«”“\"").endswith("?"):
        return None  # the interviewer's question ("Varför det? Är fängelserna fulla?"): the last speaker answers
    return start, end


def _body_voice(ctx: Ctx, d: Draft, ordered: list[Draft], i: int, speaker: Draft) -> Draft | None:
    """A tagless quote paragraph after a body's reported words ("Elmea sier de har …" + "– Q"): a quotation is
    a person's words, so the person whose tagged quote opens the next paragraph ("– Q2, sier X"), else the
    person last quoted for that body ("– Q0, sier kommunikasjonssjef X i Elmea"); None when neither is there.
    Swedish, Norwegian and Danish only."""
    if not d.direct or speaker.direct or speaker.type not in _BODY_TYPES or not ctx.lex.profile.v2 \
            or ctx.lex.profile.capitalised_nouns:
        return None  # (Nordic dash-quote pages: an English quote may close one the body's paragraph opened)
    nxt = _tagged_next(ctx, d, ordered, i)
    if nxt is not None and nxt.type == "person":
        return nxt
    body = speaker_name(speaker).split()
    for p in reversed(ordered[max(0, i - NEAR):i]):
        if p.direct and p.cue is not None and not p.continuation and not p.in_title and p.type == "person":
            stop = ctx.text.find("\n", p.end)
            line = _WORDS.findall(ctx.text[p.start:stop if stop >= 0 else len(ctx.text)])
            return p if body and body[-1][:1].isupper() and body[-1] in line else None
    return None


def _named_in(who: str, words: set[str]) -> bool:
    """Whether a speaker's name (its last word, capitalised: a name, not a pronoun like "det") stands among a
    paragraph's words."""
    last = who.split()[-1] if who.split() else ""
    return last[:1].isupper() and last in words


def _last_voice(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A dash quote paragraph with no speaker in reach (Nordic pages): the person last quoted under a tag of their
    own a few paragraphs before, when nobody else has a record since (the writer's paragraphs between: "– Q1, siger
    X." + two paragraphs of figures + "– Q2"); else None."""
    if not d.direct or not ctx.lex.profile.dash_speech:
        return None
    for p in reversed(ordered[max(0, i - NEAR):i]):
        if p.in_title or p.end > d.start:
            continue
        if d.block - p.block > LAST_VOICE_BLOCKS:
            return None
        if p.direct and p.cue is not None and p.source and p.type == "person" and not p.hearsay and not cited(ctx, p):
            return None if other_name_before(ctx, d, speaker_name(p)) or source_opens(ctx, p.end, d.start) else p
        if _skips_bodies(ctx) and (_inside(ctx, p, ordered[max(0, i - NEAR):i]) or p.type in _BODY_TYPES
                                   and _prepositional(ctx, p)):
            continue  # (sv: a claim inside the last speaker's quote, or "Enligt SMHI är …": no new voice)
        if _skips_bodies(ctx) and p.direct and p.cue is None and p.source and p.type == "person" and not p.hearsay:
            return None if other_name_before(ctx, d, speaker_name(p)) else p  # (sv: that voice's own continuation)
        if p.source or p.cue is not None:
            return None  # another record since: whose words these are is unclear
    return None


def _skips_bodies(ctx: Ctx) -> bool:
    """Whether a dash quote's last voice is read past a body's "according to" and past claims inside the last
    speaker's own quote (`last_voice_past_bodies` in function_words.tsv: Swedish)."""
    return bool(function_words(ctx.lang, "last_voice_past_bodies"))


LAST_VOICE_BLOCKS: Final = 4  # paragraphs back a dash quote with no speaker in reach looks for the last one quoted


def _tagged_next(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """A tagless quote paragraph with no speaker before it, right above a tagged quote paragraph
    ("»A.«" + "»B«, siger X."): X's, whose tag closes the quotation (Nordic pages); else None."""
    if not d.direct or not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return None
    nxt = next((o for o in ordered[i + 1:i + 1 + NEAR] if o.start >= d.end), None)
    if nxt is None or nxt.block != d.block + 1 or not nxt.direct or nxt.cue is None or not nxt.source \
            or nxt.continuation or nxt.hearsay or cited(ctx, nxt):
        return None
    return nxt


_DASH_MARKS: Final = frozenset("–—-")


_WORDS: Final = re.compile(r"\w+")


def _headline_speaker(ctx: Ctx, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The body quote that a quote headline repeats."""
    words = set(ctx.text[d.start:d.end].lower().split())
    best, score = None, HEADLINE_OVERLAP
    for p in drafts:
        if p is d or not p.direct or not p.source or p.continuation:
            continue
        body = set(" ".join(ctx.text[a:b] for a, b in p.parts).lower().split())
        overlap = len(words & body) / max(1, len(words))
        if overlap > score:
            best, score = p, overlap
    return best


def _role_label(ctx: Ctx, d: Draft) -> bool:
    """Whether a quote headline's speaker is one common noun of a known kind ("Analytiker:", "Ordføreren:")."""
    words = [t for t in d.source if t.is_word]
    return len(words) == 1 and word_type(words[0].low, ctx.lang) is not None


def _role_name(ctx: Ctx, d: Draft) -> bool:
    """Whether a quote headline's speaker is a role and a surname ("Trainer Müller:"): the title's, as written."""
    words = [t for t in d.source if t.is_word]
    return len(words) == 2 and word_type(words[0].low, ctx.lang) == "person" and words[1].upper \
        and word_type(words[1].low, ctx.lang) is None


def _full_name(d: Draft) -> bool:
    """Whether a record's speaker is a person named in full ("ifølge Kari Lie, tillitsvalgt …"): a tagless quotation
    right after their reported words goes on them, as after their own quote."""
    words = (d.name or "").split()
    return d.type == "person" and len(words) >= 2 and all(w[:1].isupper() for w in words) \
        and words[0].lower() in all_languages_words("first_names")  # (not "Røde Kors-lederen")


def _named_hearsay(ctx: Ctx, p: Draft) -> bool:
    """A sourced record marked hearsay by an "according to" a person named in full ("Enligt Eva Ek ska branden ha
    startat i köket"): a quotation right after it may be that person's (`_named_person_before` decides)."""
    words = (p.name or "").split()
    return p.type == "person" and len(words) >= 2 and all(w[:1].isupper() for w in words) and _prepositional(ctx, p)


def _prepositional(ctx: Ctx, d: Draft) -> bool:
    """Whether a record's cue is a prepositional one ("ifølge", "enligt", "according to"): a source named so
    reports, and a quotation after it does not go on its words."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and not d.continuation and any(phrase == tuple(words) for phrase, _ in ctx.lex.prep.get(words[0], ()))


def cited(ctx: Ctx, d: Draft) -> bool:
    """Whether a record is the cited source inside another's report ("unter Berufung auf Y"): the report's
    speaker, not Y, goes on in the sentences after it."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and bool(d.via) and any(cls == "cite" and phrase == tuple(words)
                                               for phrase, cls in ctx.lex.prep.get(words[0], ()))

"""Words at the edges of a subject before a cue, read by cuesubject.py: German, the subject after a hearsay modal
behind a fronted report ("Der Anklage zufolge soll | der Mann …"); English, a contact clause's own noun subject
after a main clause ("is the place | county officials say"); Nordic, a contact clause with its preposition stranded
before the cue ("Alla jag har talat med säger"), a manner adverb in -ly after the speaker ("She famously
said"), and one capitalised word after a comma that is a name, not an adverb ("Informed of it, Early said"). Names
in a series, for any language: a party in brackets ("(D-Ohio)"), names coordinated with their appositions ("A, 34,
of Salem, and B") and a series of names that is one source ("the Ministry of Housing, Communities and Local
Government")."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import seg_start
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np, is_name_tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_languages_words

CONTACT_NAME = 4  # words of a name or noun phrase that a contact clause's cue closes ("Pentagon officials")
_SPEAKER_TYPES = frozenset({"person", "official", "organization"})


def contact_subject(tail: list[Tok], lex: Lexicon) -> list[Tok]:
    """English: the subject of a contact clause that closes a main clause's noun phrase before the cue ("is the place
    | county officials say", "was a plan | the Pentagon's experts say"): a noun phrase of a few words that ends in a
    source noun, after a lower-case noun its determiner opens; else none."""
    if lex.profile.v2 or len(tail) < 4 or word_type(tail[-1].low, lex.lang) not in _SPEAKER_TYPES or tail[-1].upper:
        return []  # (not "in a written statement": a document speaks in no contact clause)
    for k in range(len(tail) - 1, max(1, len(tail) - CONTACT_NAME) - 1, -1):
        noun = tail[k - 1]
        if noun.upper and noun.is_word:
            continue  # a name's word belongs to the subject: "the place | Pentagon officials say"
        if not (noun.is_word and not noun.upper and noun.low not in lex.determiners and noun.low not in lex.prepositions
                and not is_finite_verb(noun, lex) and noun.low not in lex.sentence_adverbs):
            continue
        d = k - 2
        while d >= 0 and tail[d].is_word and not tail[d].upper and tail[d].low not in lex.determiners \
                and not is_finite_verb(tail[d], lex) and tail[d].low not in lex.prepositions:
            d -= 1
        if d >= 0 and tail[d].low in lex.determiners and k - d <= CONTACT_NAME and (
                d == 0 or tail[d - 1].low not in lex.prepositions) and all(
                t.is_word and t.low not in lex.prepositions for t in tail[k:]):
            return tail[k:]
    return []


def manner_adverb(src: list[Tok], lex: Lexicon) -> bool:
    """English: a lower-case word in -ly after a pronoun, a name or a source noun ("She famously", "Lund quickly",
    "The mayor curtly", "The company swiftly"), not a noun in -ly ("the victim's family", "the state assembly")."""
    last, prev = src[-1], src[-2]
    return not lex.profile.v2 and last.is_word and not last.upper and len(last.low) > 4 and last.low.endswith("ly") \
        and not word_type(last.low, lex.lang) and (prev.low in lex.pronouns or (
            prev.upper and prev.is_word and prev.low not in lex.determiners) or word_type(prev.low, lex.lang) is not None)
    # (not a noun after its article: "The family said")


def graded_adverb(src: list[Tok], lex: Lexicon) -> bool:
    """English: a graded adverb closing a subject ("The test more accurately", "She most famously")."""
    return src[-2].low in _GRADES and lone_adverb(lex, src[-1])


_GRADES: Final = frozenset({"more", "most", "less", "least"})


def lone_adverb(lex: Lexicon, t: Tok) -> bool:
    """English: a lower-case word in -ly that names no kind of source ("wrongfully", not "family" or "assembly")."""
    return not lex.profile.v2 and not t.upper and len(t.low) > 5 and t.low.endswith("ly") \
        and not word_type(t.low, lex.lang) and lex.pronouns.get(t.low) is None


def capitalised_one(toks: list[Tok], seg: tuple[int, int]) -> bool:
    """One capitalised word after a comma ("Informed of it, Early said"): a name, not an adverb."""
    return seg[1] - seg[0] == 1 and toks[seg[0]].upper and toks[seg[0]].is_word and toks[seg[0] - 1].text == ","


def fronted_report(front: list[Tok], lex: Lexicon) -> bool:
    """German: a report phrase fronted before the verb ("Der Anklage zufolge | soll der Mann …", "Laut X | sollen sie …")."""
    return len(front) > 1 and (any(c == "post" for p, c in lex.prep.get(front[-1].low, ()) if len(p) == 1)
                               or any(c == "pre" for _, c in lex.prep.get(front[0].low, ())))


def after_modal(rest: list[Tok], lex: Lexicon) -> list[Tok]:
    """The subject after a V2 verb, not the object after it: "sollen sie | den Opfern …", "soll der Mann | ihm …"."""
    if rest and lex.pronouns.get(rest[0].low) == "person":
        return rest[:1]
    return rest[:forward_np(rest, 0, len(rest), lex)] or rest


_PARTY = re.compile(r"[DRI](?:-[A-Z][\w.]*(?: [A-Z][\w.]*)?)?")  # "(D)", "(R-Texas)", "(D-N.Y.)", "(I-Vt.)"


def party(text: str, toks: list[Tok], seg: tuple[int, int], marks: str = "()") -> bool:
    """A party and state in brackets ("(D-Ohio)", "(R)") or, with `marks` ",", with the state between commas
    (", D-Ohio,")."""
    a, b = seg
    if not (0 < a < b < len(toks)):
        return False
    party = _PARTY.fullmatch(text, toks[a].start, toks[b - 1].end) is not None
    if marks == ",":
        return party and toks[a - 1].text == toks[b].text == "," and "-" in text[toks[a].start:toks[b - 1].end]
    return (toks[a - 1].text, toks[b].text) == ("(", ")") and (
        party or text[toks[a].start:toks[b - 1].end].lower() in all_languages_words("parties"))  # "Karl Roth (SPD)"


def coordinated_names(toks: list[Tok], s: int, a: int, lex: Lexicon) -> int | None:
    """Start of a name (with its age and origin appositions) coordinated before toks[a] by ", and"."""
    cw = lex.closed
    if a - 2 < s or toks[a - 1].low not in cw.and_ or toks[a - 2].text != ",":
        return None
    k = a - 2
    for _ in range(4):  # at most: name, age, origin
        b = seg_start(toks, s, k)
        piece = toks[b:k]
        if not piece:
            return None
        if all(is_name_tok(t) for t in piece) and len(piece) <= 4:
            return b
        if not (len(piece) == 1 and piece[0].text.isdigit()) and not (
                piece[0].low in cw.origin and len(piece) <= 4 and all(is_name_tok(t) for t in piece[1:])):
            return None
        if b - 1 < s or toks[b - 1].text != ",":
            return None
        k = b - 1
    return None


def name_series(toks: list[Tok], s: int, a: int, lex: Lexicon) -> int | None:
    """Start of a series of names "A, B and C" / "A and B" that ends at toks[a] ("the Ministry of Housing,
    Communities and Local Government", "Russia, Ukraine and Belarus"): one source, not its last item."""
    cw = lex.closed
    if a - 1 <= s or toks[a - 1].low not in cw.and_ or toks[a - 2].text == ",":
        return None
    k = a - 1
    for commas in range(6):
        b = seg_start(toks, s, k)
        piece = toks[b:k]
        if not piece or not piece[-1].upper:
            return None
        names = all(is_name_tok(t) or t.text in cw.name_link for t in piece)
        more = b - 1 > s and toks[b - 1].text == "," and toks[b - 2].upper
        if not names:
            return b if commas else None  # the first item may carry words before its name: "the Ministry of X"
        if not more:
            return b
        k = b - 1
    return None


def stranded_contact(lex: Lexicon, toks: list[Tok], src: list[Tok], pre_end: int) -> list[Tok]:
    """Swedish, Norwegian, Danish: a subject with a relative clause without "som" whose preposition is stranded
    before the cue ("Alla jag har talat med säger", "De fleste vi snakket med sier"): a pronoun after the head opens
    it; the subject is the whole phrase up to the cue (no punctuation inside). Else []."""
    if not lex.profile.v2 or lex.profile.capitalised_nouns or len(src) < 2 or pre_end < 1 \
            or not (src[-1].low in lex.pronouns or src[-1].low in lex.first_person) \
            or toks[pre_end - 1].low not in lex.prepositions:
        return []
    b = next((k for k in range(pre_end - 1, max(-1, pre_end - STRANDED_REACH), -1) if toks[k].start == src[0].start), None)
    return [] if b is None or any(not t.is_word for t in toks[b:pre_end]) else toks[b:pre_end]


STRANDED_REACH = 8  # words from the head of a stranded contact clause to its cue ("De flesta vi har pratat med")

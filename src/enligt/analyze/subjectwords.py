"""Words at the edges of a subject before a cue, read by cuesubject.py: German, the subject after a hearsay modal
behind a fronted report ("Der Anklage zufolge soll | der Mann …"); English, a contact clause's own noun subject
after a main clause ("is the place | county officials say"), a manner adverb in -ly after the speaker ("She famously
said"), and one capitalised word after a comma that is a name, not an adverb ("Informed of it, Early said")."""
from __future__ import annotations

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.wordtypes import word_type

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
    """English: a lower-case word in -ly after a pronoun, a name or a role noun ("She famously", "Lund quickly",
    "The mayor curtly"), not a noun in -ly ("the victim's family", "the state assembly")."""
    last, prev = src[-1], src[-2]
    return not lex.profile.v2 and last.is_word and not last.upper and len(last.low) > 4 and last.low.endswith("ly") \
        and not word_type(last.low, lex.lang) and (lex.pronouns.get(prev.low) == "person" or (
            prev.upper and prev.is_word) or word_type(prev.low, lex.lang) == "person")


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

"""Danish and Norwegian past modal hearsay ("skulle … have/ha" + participle: "Firmaet skulle have betalt X") and
the readings it shares its words with: a plan or a wish that did not come true ("Kampen skulle have været spillet
søndag, men …", "Vi skulle have taget en anden vej", "Hvis han skulle have vundet, …"); hearsay.py asks."""
from __future__ import annotations

from typing import Final

from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_OPENERS: Final = frozenset({"»", "«", "\"", "”", "“", "-", "–", "—", "'", "’"})  # a quotation's opening mark or dash


def unreal_past(lang: str | None, cue: str, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """Whether the past modal marker `cue` at toks[i] (`hearsay_past_modal`: "skulle have") reads as unreal, not
    as hearsay: a speaker's or expletive subject right before or after it (`unreal_subject`: "jeg", "vi", "det"),
    a condition before it in its sentence (`unreal_conditional`: "hvis", "dersom"), or a plan word
    (`unreal_adverb`: "egentlig", "oprindelig") or a contrast (", men") after it."""
    if _speaker_subject(lang, cue, toks, s, i, e):
        return True
    if cue.lower() not in function_words(lang, "hearsay_past_modal"):
        return False
    subjects = function_words(lang, "unreal_subject")
    if (i > s and toks[i - 1].low in subjects) or (i + 1 < e and toks[i + 1].low in subjects):
        return True  # (after it, past a fronted adverbial: "Derfor skulle vi have …")
    if any(t.low in function_words(lang, "unreal_conditional") for t in toks[s:i]):
        return True
    if _free_relative(lang, toks, s, i):
        return True
    plans = function_words(lang, "unreal_adverb")
    return any(t.low in plans for t in toks[i + 1:e]) or _contrast_after(lang, toks, i, e)


def _speaker_subject(lang: str | None, cue: str, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """Whether a modal marker of any tense ("skal have", "ska ha", "skal være", `hearsay_modal_word`) has a first- or
    second-person subject right before or after it (`modal_person`: "jeg", "vi", "du"): "Nu skal vi have afdækket
    C", "Jag ska ha hunnit …" state the speaker's own plan or duty, and nobody's report."""
    words = cue.lower().split()
    if not words or words[0] not in function_words(lang, "hearsay_modal_word"):
        return False
    people = function_words(lang, "modal_person")
    if i > s + 1 and toks[i - 2].low in people and toks[i - 1].low in function_words(lang, "modal_adverb"):
        return True  # one adverb between: "fordi du først skal have ryddet op"
    return (i > s and toks[i - 1].low in people) or (i + 1 < e and toks[i + 1].low in people)


def _free_relative(lang: str | None, toks: list[Tok], s: int, i: int) -> bool:
    """Whether the past modal stands in a relative clause on the sentence's opening pronoun (`unreal_head` and
    `unreal_relative`, a comma between or none): "Hvad der skulle have været en rolig dag, endte …", "Det, der
    skulle have været en fest, …" name what a thing was meant to be, no report; a free relative pronoun
    (`unreal_free_head`: "hvad") does so anywhere in it."""
    if i < s + 2 or toks[i - 1].low not in function_words(lang, "unreal_relative"):
        return False
    if toks[i - 2].low in function_words(lang, "unreal_free_head"):
        return True  # anywhere in the sentence: "Netop hvad der skulle have været årets højdepunkt, …"
    k = s + 1 if toks[s].text in _OPENERS else s
    return toks[k].low in function_words(lang, "unreal_head") and all(t.text == "," for t in toks[k + 1:i - 1])


def _contrast_after(lang: str | None, toks: list[Tok], i: int, e: int) -> bool:
    """A clause of contrast after the modal in its sentence (", men blev aflyst"): the plan fell through."""
    buts = function_words(lang, "unreal_contrast")
    return any(toks[k].text == "," and toks[k + 1].low in buts for k in range(i + 1, e - 1))

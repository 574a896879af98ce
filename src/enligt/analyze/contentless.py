"""Records that report no words: a content with no letter or digit ("siger de, at … ”Q”": the "…"), or one adverb
alone ("sier Vedum og sier videre:", the colon's paragraph carrying its own tag), or the word that points to the
paragraph after a colon ("la hun til følgende:", class colon_pointer: that paragraph is what was said).
`drop_contentless` is the first rule pass (passes.PASSES), so no later pass takes such a record's speaker or nests a
claim in it."""
from __future__ import annotations

from enligt.analyze.numwords import number_words
from enligt.analyze.records import Ctx, Draft
from enligt.lang import function_words, wordset


def drop_contentless(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose content holds no word, or a single adverb of the V2 openers (class adv)."""
    return [d for d in drafts if not _contentless(ctx, d)]


def _contentless(ctx: Ctx, d: Draft) -> bool:
    pieces = [ctx.text[a:b] for a, b in d.parts]
    if not any(ch.isalnum() for p in pieces for ch in p):
        return True
    if d.direct:
        return False  # (a told event and a lone adverb are reported speech)
    if _bare_cue(ctx, d) in function_words(ctx.lang, "told_event_cue") and _told_event(
            ctx, d, [w for p in pieces for w in p.split()]):  # (the content's words only for such a cue)
        return True
    if _topic_only(ctx, pieces[0].split(None, 2)):
        return True
    if _topic_report(ctx, d, pieces[0].split(None, 1)):
        return True  # "Polisen rapporterar om rattfylleri": what a report was about, no count, no clause
    word = _only_word(pieces)
    if word is None:
        return False
    word = word.strip(".,:;!?").lower()
    return ctx.lex.fronted.get(word) == "adv" or word in function_words(ctx.lang, "colon_pointer") \
        or word in function_words(ctx.lang, "object_pronoun_only")  # "hur åklagaren beskriver det": no claim


def _topic_report(ctx: Ctx, d: Draft, words: list[str]) -> bool:
    """A cue of `count_only_cue` ("rapporterar om") before neither a clause ("om att C") nor a count ("om tre
    skadade", "om cirka 40"): the topic a report was about, nothing claimed."""
    if not words or d.cue is None or _bare_cue(ctx, d) not in function_words(ctx.lang, "count_only_cue"):
        return False
    if any(w.lower() in ctx.lex.complementizers for w in ctx.text[d.cue[1]:d.parts[0][0]].split()):
        return False
    first = words[0].strip(".,:;!?").lower()
    return not (first[:1].isdigit() or first in number_words(ctx.lang) or first in wordset(ctx.lang, "approx"))


def _topic_only(ctx: Ctx, words: list[str]) -> bool:
    """A content that opens with a preposition of topic in lower case and a noun phrase (class topic_only: "Hun
    fortalte om oppveksten sin"): what was talked of, no claim; "om at C", "om hvordan C" report one."""
    if len(words) < 2 or words[0] not in function_words(ctx.lang, "topic_only"):
        return False
    second = words[1].strip(".,:;!?«»\"").lower()
    return second not in ctx.lex.complementizers and second not in wordset(ctx.lang, "interrogatives") \
        and second not in function_words(ctx.lang, "topic_question")


def _only_word(pieces: list[str]) -> str | None:
    """The one word of `pieces` (split at whitespace), or None when they hold none or several: each piece is
    split at its first space only, not into all its words."""
    found: str | None = None
    for piece in pieces:
        words = piece.split(None, 1)
        if not words:
            continue
        if found is not None or len(words) > 1:
            return None
        found = words[0]
    return found


def _told_event(ctx: Ctx, d: Draft, words: list[str]) -> bool:
    """A report that an event took place, naming it with a definite noun ("Vitner meldte om hendelsen til
    politiet", "Politiet meldte om brannen klokka 03"): class `told_event_cue` in `function_words.tsv` and
    the noun in `told_event`, with no clause after it (no finite word read: at most a time or a place)."""
    if d.direct or not words or _bare_cue(ctx, d) not in function_words(ctx.lang, "told_event_cue"):
        return False
    return words[0].strip(".,:;!?").lower() in function_words(ctx.lang, "told_event") \
        and not any(w.strip(".,:;!?").lower() in ctx.lex.complementizers for w in words[1:])


def _bare_cue(ctx: Ctx, d: Draft) -> str:
    """The cue's words in lower case without the sentence adverbs inside it (class adv: "meldte først om" is
    "meldte om")."""
    return " ".join(w for w in (d.cue_text or "").lower().split() if ctx.lex.fronted.get(w) != "adv")

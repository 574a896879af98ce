"""A medium that spoke to the source, named in a contact clause right after the source's noun ("två ekonomer
DN talat med", "analytikere NRK har snakket med", "analysts Reuters spoke to"): the words reached the text through
that medium, a via, and the source is the people described, not the medium."""
from __future__ import annotations

from typing import Final

from enligt.analyze.mediakind import generic_medium
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.via import keep, media_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_word_list


def interviewer(ctx: Ctx, src: list[Tok]) -> tuple[int, str] | None:
    """(where the medium starts in `src`, its name) when `src` ends in a medium after a lower-case noun and the text
    goes on with the language's talked_with words ("pratat med", "spoke to"); else None. A medium that is the page's
    own is returned with an empty name (no via, but still no source of its own)."""
    phrases = talked_phrases(ctx.lang)
    if len(src) < 2 or not phrases or not src[-1].end:
        return None
    held = next((len(p) for p in phrases if len(src) > len(p) + 1 and tuple(t.low for t in src[-len(p):]) == p), 0)
    src = src[:len(src) - held]  # "vitner VG har snakket med": the source phrase holds the clause (prepphrase)
    if held and any(t.low in ctx.lex.relatives for t in src):
        return None  # "en lärare som TT har talat med": a restrictive relative, no via (test_via_relayed)
    after = ctx.text[src[-1].end:src[-1].end + AFTER_CHARS].lower().split()
    if not held and not any(tuple(after[:len(p)]) == p or tuple(w.strip(".,;:") for w in after[:len(p)]) == p
                            for p in phrases):
        return None
    for k in range(1, min(len(src), MEDIUM_WORDS + 1)):
        m = len(src) - k
        opening = m == 1 and word_type(src[0].low, ctx.lang) == "person"  # "Ekonomer DN talat med" opening a sentence
        if src[m - 1].upper and not opening or not src[m - 1].is_word or not src[m].upper:
            continue
        if (media := media_name(src[m:], ctx.lex)) is not None:
            return m, media if keep(media, ctx.via) else ""
    last = src[-1]
    if not last.upper and src[-2].is_word and not src[-2].upper and generic_medium(last.text, ctx.lex):
        return len(src) - 1, last.text  # "ansatte avisen har snakket med": the medium last named (resolve._medium)
    return None


_PHRASES: Final[dict[str, tuple[tuple[str, ...], ...]]] = {}
AFTER_CHARS: Final = 40  # characters after the source read for its contact clause
MEDIUM_WORDS: Final = 4  # the longest medium's name read at the end of a source ("SvD Näringsliv")


def talked_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's talked_with phrases (lang/<code>/function_words.tsv), as word tuples."""
    got = _PHRASES.get(lang)
    if got is None:
        got = _PHRASES.setdefault(lang, tuple(tuple(p.split()) for p in function_word_list(lang, "talked_with")))
    return got

"""A news medium named by its kind, not its name: a reference back ("avisen", "the newspaper", German "der Zeitung":
`generic_medium`, which resolve.py names from the article) or a description kept as written ("en lokal tv-station",
"local media": `described_medium`). Split from via.py (round via43)."""
from __future__ import annotations

from enligt.analyze.cues import Lexicon
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words
from enligt.lang.gazetteers import outlet_names


def generic_medium(text: str, lex: Lexicon) -> bool:
    """A medium named by its kind only: "the newspaper", "the broadcaster" (no capitalised word but a German
    noun: "der Zeitung")."""
    words_ = text.split()
    if lex.profile.capitalised_nouns and (len(words_) != 2 or words_[0].lower() not in function_words(
            lex.lang, "definite_article")):
        return False  # a German noun is capitalised: only "der Zeitung" (not "mehrere Medien", "der Spiegel")
    return bool(words_) and len(words_) <= 3 and not any(w[:1].isupper() for w in words_[:-1]) \
        and (words_[-1][:1].islower() or lex.profile.capitalised_nouns) \
        and word_type(words_[-1].lower(), lex.lang) == "media" and words_[-1].lower() not in outlet_names()


def described_medium(text: str, lex: Lexicon) -> bool:
    """A medium named by its kind that is no reference back: indefinite ("en lokal tv-station", "a local TV
    station") or described with no determiner ("ukrainsk tv", "amerikanske medier", "local media"). It is kept
    as written; "avisen", "the newspaper" mean the medium the article last named (`resolve._medium`)."""
    words_ = text.lower().split()
    return len(words_) > 1 and (words_[0] in lex.closed.indefinite or words_[0] not in lex.determiners)

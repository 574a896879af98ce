"""Mentions: who spoke so far in an article, so a pronoun or an anaphor resolves to a source_name.

`Mentions` remembers the sources and names seen so far; `Mentions.resolve` finds the one "hon",
"tidningen", "the group" or "which" points to (by gender, surname, or a definite noun's stem).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from enligt.analyze.cues import Lexicon, lexicon
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import genders, word_type
from enligt.lang import all_languages_words, function_word_list, function_words, wordset
from enligt.lang.gazetteers import is_agency, is_broadcaster, outlet_names, press_noun


@dataclass(slots=True, init=False)
class Mention:
    text: str
    name: str | None
    type: str
    low: str = ""  # text lower-cased once, for the anaphor scans

    def __init__(self, text: str, name: str | None, type: str, low: str = "") -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        self.text = text
        self.name = name
        self.type = type
        self.low = low


_LOOKBACK: Final = 120  # mentions an anaphor may reach back over: a few paragraphs, and a bounded cost per lookup


@dataclass(init=False)
class Mentions:
    """Sources and names seen so far in an article, for pronouns and anaphors ("hon", "sajten", "the group")."""

    lang: str
    items: list[Mention]
    persons: set[str]
    media: set[str]  # names introduced as media ("tidningen The Northern Herald")
    bodies: dict[str, str]  # names introduced as bodies ("slagterigiganten Danish Crown")
    group: Mention | None  # the latest body or group, for a plural pronoun ("Oppositionen är kritisk. De …")

    def __init__(self, lang: str, items: list[Mention] | None = None, persons: set[str] | None = None,
                 media: set[str] | None = None, bodies: dict[str, str] | None = None, group: Mention | None = None) -> None:
        # spelt out (each container new unless given, as `field(default_factory=...)` made it): compiled, a field
        # store each (see records.Draft)
        self.lang = lang
        self.items = [] if items is None else items
        self.persons = set() if persons is None else persons
        self.media = set() if media is None else media
        self.bodies = {} if bodies is None else bodies
        self.group = group

    def add(self, text: str, name: str | None, typ: str) -> None:
        items = self.items
        for k in range(len(items) - 1, max(-1, len(items) - 9), -1):  # a repeated mention moves to the end
            m = items[k]
            if m.text == text and m.name == name and m.type == typ:
                del items[k]
                break
        mention = Mention(text, name, typ, text.lower())
        items.append(mention)
        if (typ in _BODIES or plural_phrase(text, self.lang)) \
                and (name or mention.low not in function_words(self.lang, "plural_pronoun")):  # no unresolved "De"
            self.group = mention
        if typ == "media" and name:
            self.media.add(name.lower())
        if typ in ("organization", "official") and name and _named_after_body_noun(text, name, self.lang):
            self.bodies.setdefault(name.lower(), typ)
        if len(items) > 2 * _LOOKBACK:  # anaphors point back a few paragraphs at most; keeps lookups bounded
            del items[:_LOOKBACK]
        if typ == "person" and name:
            self.persons.update(p.lower() for p in name.split())

    def note_group(self, text: str, typ: str) -> None:
        """A body or group the article names as a sentence's subject ("Oppositionen är kritisk"), for a plural
        pronoun after it; no source, so no mention for other anaphors."""
        self.group = Mention(text, text, typ, text.lower())

    def resolve(self, toks: list[Tok], lex: Lexicon, speaker: str | None = None, plural: bool = False) -> Mention | None:
        """The earlier mention a pronoun or definite role noun points to, if any; inside a quotation a
        personal pronoun never means its `speaker` ("– Han nekar, säger hon": "han" is someone else).
        A `plural` pronoun ("de", "they", "sie sagten") means the latest body or group, never one person."""
        if not toks:
            return None
        if plural:
            return self.group
        low = toks[-1].low if len(toks) <= 2 else ""
        if not low:
            return None
        ptype = lex.pronouns.get(low) or ("person" if low in function_words(self.lang, "owner_person") else None)
        if ptype == "person":  # (also a possessive that owns a statement: "Hans kommentar var att C")
            sex = genders(self.lang).get(low)
            person = next((m for m in reversed(self._recent()) if self._is_person(m, lex)
                           and not (speaker and speaker in (m.name, m.text)) and not plural_phrase(m.text, self.lang)
                           and not (sex and gender_of(m.low, self.lang) not in (None, sex))), None)
            if person is None and lex.profile.capitalised_nouns and sex != "m":  # German "sie", "ihren Angaben nach":
                return next((m for m in reversed(self._recent()) if m.type in _BODIES), None)  # a body (feminine, plural)
            return person
        if ptype in ("organization", "relative"):
            return self.items[-1] if self.items else None
        if toks[-1].upper and len(toks) == 1 and low not in ("the",):  # "Strand", else a role: "Borgmesteren"
            return self.by_surname(toks[-1].text) or (self._by_noun(low) if word_type(low, self.lang) == "person" or (
                word_type(low, self.lang) == "media" and low not in outlet_names()) else None)  # "Avisen hevder"
        if len(toks) == 2 and toks[0].is_word and toks[0].low not in lex.determiners and not toks[-1].upper \
                and toks[0].low not in lex.pronouns:
            return None  # an adjective before a bare noun is no anaphor: "Lokale medier", "local officials"
        return self._by_noun(low)

    def introduced_role(self, low: str, text: str, end: int) -> Mention | None:
        """A definite role noun no mention is headed by ("der Fraktionschef"): the person named first, shortly
        after the role's first use in `text[:end]` ("möchte der CSU-Fraktionschef nicht … . …, sagte Joachim
        Herrmann"), else None."""
        stem = role_stems(low, self.lang)[0]
        if len(stem) < ROLE_STEM or word_type(low, self.lang) != "person":
            return None
        found = re.search(r"(?<![\w-])[\w-]*" + re.escape(stem) + r"\w{0,3}(?![\w-])", text[:end], re.IGNORECASE)
        if found is None:
            return None
        window = text[found.end():min(end, found.end() + ROLE_REACH)]
        best: tuple[int, Mention] | None = None
        for m in self._recent():
            if m.type == "person" and m.name and " " in m.name and (at := window.find(m.name)) >= 0 \
                    and (best is None or at < best[0]):
                best = (at, m)
        return best[1] if best else None

    def _is_person(self, m: Mention, lex: Lexicon) -> bool:
        """A mention a personal pronoun can point to: a person, or an anonymous one ("en granne, som vill vara
        anonym"), but not an anonymous source noun ("källor")."""
        if m.type == "person":
            return bool(m.name) or m.low not in lex.pronouns
        if m.type != "unnamed" or not m.low or m.low in lex.pronouns:
            return False
        head = m.low.split()[-1]
        return word_type(head, self.lang) in (None, "person")

    def _recent(self) -> list[Mention]:
        return self.items[-_LOOKBACK:]

    def by_surname(self, word: str) -> Mention | None:
        for m in reversed(self._recent()):
            if m.name and word in m.name.split() and m.name != word \
                    and (m.type in ("person", "media") or m.name.split()[-1] == word):  # not "Sanders" for "the Sanders campaign"
                return m
        return None

    def _by_noun(self, low: str) -> Mention | None:
        recent = self._recent()
        heads = _HEADS.get(self.lang)
        if heads is None or len(heads) >= HEAD_MEMO:
            heads = _HEADS[self.lang] = {}
        for stem in role_stems(low, self.lang):
            for m in reversed(recent):
                text = heads.get(m.low)  # "politiet" is not "en talsmann for Stockholm-politiet"
                if text is None:
                    text = heads[m.low] = _head_text(m.low, lexicon(self.lang).prepositions)
                if stem in text and m.low != low and (len(stem) >= 5 or stem in text.split()) and _headed_by(text, stem, self.lang):
                    return m
        if word_type(low, self.lang) == "media":
            return self._medium_mention(low, recent)
        return None

    def last_medium(self, low: str) -> str | None:
        """The name of the medium a kind noun (`low`: "avisen", "the newspaper", "kanalen") points back to, else None."""
        m = self._medium_mention(low, self.items)
        return m.name if m else None

    def _medium_mention(self, low: str, items: list[Mention]) -> Mention | None:
        """The last named medium; a newspaper's noun ("tidningen", "the newspaper", "der Zeitung") skips a broadcaster
        or an agency named after the paper ("Det skriver DN. … Sveriges Radio … säger X till tidningen": DN)."""
        press = press_noun(low, self.lang)
        return next((m for m in reversed(items) if m.type == "media" and m.name
                     and not (press and (is_broadcaster(m.name) or is_agency(m.name)))), None)


_BODIES: Final = frozenset({"organization", "official", "media"})


def _named_after_body_noun(text: str, name: str, lang: str) -> bool:
    """A name of several words that ends its phrase right after a body's noun ("slagterigiganten Danish Crown",
    "the retailer Harbor Goods"): the article will use the name alone for the body (not "Bernie Sanders' campaign")."""
    before = text[:-len(name)].split() if " " in name and text.endswith(name) else []
    return bool(before) and name.split()[0].lower() not in all_languages_words("first_names") \
        and word_type(before[-1].lower(), lang) in ("organization", "official")
ROLE_STEM: Final = 5  # the shortest role stem looked up in the text ("man" is no role)
ROLE_REACH: Final = 300  # characters after a role's first use in which the person it introduces is named


@lru_cache(maxsize=8192)
def plural_phrase(text: str, lang: str) -> bool:
    """Whether a noun phrase names more than one ("de anhöriga", "flere lokale", "the investigators", "Anna Berg
    och Per Lind"): a plural word first, an 'and' before any preposition, or a plural ending on a lower-case head
    noun (a capitalised one is a name: "Jones")."""
    words = _head_text(text, lexicon(lang).prepositions).split()
    if not words:
        return False
    low = [w.lower() for w in words]
    if low[0] in function_words(lang, "plural_marker") or low[0].isdigit() \
            or any(w in function_words(lang, "and") for w in low[1:]):
        return True
    head = words[-1].strip(",.;:")
    if not head.isalpha() or (head[0].isupper() and (len(words) > 1 or not word_type(head.lower(), lang))):
        return False
    head = head.lower()
    return head not in wordset(lang, "not_plural") and any(
        head.endswith(end) and len(head) > len(end) + 2 for end in function_word_list(lang, "plural_ending"))


_HEADS: Final[dict[str, dict[str, str]]] = {}  # lang -> a mention's words -> its `_head_text`
HEAD_MEMO: Final = 8192  # mentions remembered a language; the memo starts over when full


def _headed_by(text: str, stem: str, lang: str) -> bool:
    """Whether a word of `text` ends in `stem` and perhaps an article suffix: "stockholm-politiet" for "politi", not
    the compound "politiinspektør", whose head is another noun, nor the name "politiken"."""
    ends = function_word_list(lang, "anaphor_suffix")
    rests = (w[w.rfind(stem) + len(stem):] for w in text.split() if stem in w)
    return any(len(rest) <= STEM_REST or rest in ends for rest in rests)


STEM_REST = 2  # letters after a stem that end its word, not a compound's head ("ministeri|um")


def _head_text(low: str, preps: frozenset[str]) -> str:
    """A mention's words before its first preposition ("en talsmann | for Stockholm-politiet")."""
    words = low.split()
    cut = next((k for k, w in enumerate(words) if k and w in preps), len(words))
    return " ".join(words[:cut])


@lru_cache(maxsize=8192)
def gender_of(low: str, lang: str) -> str | None:
    """The gender a lower-cased mention's words tell ("en 84-årig kvinna från Nybro" -> "f"), else None."""
    known = genders(lang)
    return next((known[w] for w in low.replace(".", " ").split() if w in known), None)


@lru_cache(maxsize=8192)
def role_stems(low: str, lang: str) -> tuple[str, ...]:
    """A definite noun without its article suffix: "ministeriet" -> "ministeri", "mannen" -> "man"."""
    out = [low[: -len(suf)] for suf in function_word_list(lang, "anaphor_suffix")
           if low.endswith(suf) and len(low) - len(suf) >= 3]
    return tuple(sorted(out, key=len, reverse=True)) or (low,)

"""What the attribution rules share: the immutable `Draft` they build, the article's `Ctx`, and the
reader's `Memory`.

A `Draft` holds character spans only and never changes: a rule pass that changes one returns a new
one (`replaced`, `dataclasses.replace` spelt out) in a new list. `Ctx` holds what every rule may read about one article
(its text, the language's lexicon, its own outlet for the via chains), also frozen. `Memory` is the
one thing that changes while an article is read: the people and media named so far and the
reporter's latest interlocutor, noted in reading order by the reader (reader.py, resolve.py)
for the pronouns and anaphors that come after them.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from itertools import pairwise
from typing import Any, Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.mentions import Mentions
from enligt.analyze.sentences import Tok
from enligt.analyze.via import ViaContext
from enligt.errors import InternalError

Span2 = tuple[int, int]


@dataclass(frozen=True, slots=True, init=False)
class Draft:
    """One attribution under construction: spans into the article text plus what resolution adds."""

    parts: tuple[Span2, ...]  # content pieces (a quote split by its tag has two)
    cue: Span2 | None
    cue_text: str | None
    source: tuple[Tok, ...]
    name: str | None
    type: str | None
    via: tuple[str, ...]
    hearsay: bool
    tail: str  # a dropped relative clause ("som vill vara anonym"), for anonymity
    block: int
    direct: bool  # the content is a quotation
    antecedent: tuple[Tok, ...] | None  # for "which"/"som"/"it" sources
    continuation: bool
    in_title: bool
    answer: bool  # "Svaret blir att …": the source is the person asked (the reader's interlocutor)
    follows: bool  # a tagless quote inside a paragraph: part of the record before it (passes.join_follows)
    mixed: bool  # reported speech with a quotation joined to it (passes.join_follows)

    def __init__(self, parts: tuple[Span2, ...], cue: Span2 | None, cue_text: str | None, source: tuple[Tok, ...] = (),
                 name: str | None = None, type: str | None = None, via: tuple[str, ...] = (), hearsay: bool = False,
                 tail: str = "", block: int = 0, direct: bool = False, antecedent: tuple[Tok, ...] | None = None,
                 continuation: bool = False, in_title: bool = False, answer: bool = False,
                 follows: bool = False, mixed: bool = False) -> None:
        # The `__init__` dataclasses writes for a frozen class, spelt out: compiled (mypyc), each
        # `object.__setattr__` becomes a plain field store, and a draft costs a tenth as much to make.
        object.__setattr__(self, "parts", parts)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "cue_text", cue_text)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "via", via)
        object.__setattr__(self, "hearsay", hearsay)
        object.__setattr__(self, "tail", tail)
        object.__setattr__(self, "block", block)
        object.__setattr__(self, "direct", direct)
        object.__setattr__(self, "antecedent", antecedent)
        object.__setattr__(self, "continuation", continuation)
        object.__setattr__(self, "in_title", in_title)
        object.__setattr__(self, "answer", answer)
        object.__setattr__(self, "follows", follows)
        object.__setattr__(self, "mixed", mixed)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def pos(self) -> int:
        return self.cue[0] if self.cue else self.start

    def source_text(self) -> str | None:
        return source_text(self.source)

    def resolved(self, source: tuple[Tok, ...], name: str | None, type: str | None, block: int,
                 in_title: bool) -> Draft:
        """A copy with its source resolved and its place (block, title) set: `dataclasses.replace` spelt
        out, as the reader makes one for every record (compiled, a constructor call instead of a lookup
        of each field by name)."""
        return Draft(self.parts, self.cue, self.cue_text, source, name, type, self.via, self.hearsay, self.tail, block,
                     self.direct, self.antecedent, self.continuation, in_title, self.answer,
                     self.follows, self.mixed)


def replaced(d: Draft, **changes: Any) -> Draft:
    """`dataclasses.replace` for a draft, spelt out: compiled (mypyc), a constructor call and a dict
    lookup a field, instead of `replace`'s reading of every field by name in Python."""
    if not _DRAFT_FIELDS.issuperset(changes):
        raise InternalError(f"Draft has no field {sorted(set(changes) - _DRAFT_FIELDS)}")  # a bug in a rule
    get = changes.get
    return Draft(get("parts", d.parts), get("cue", d.cue), get("cue_text", d.cue_text), get("source", d.source),
                 get("name", d.name), get("type", d.type), get("via", d.via), get("hearsay", d.hearsay),
                 get("tail", d.tail), get("block", d.block), get("direct", d.direct), get("antecedent", d.antecedent),
                 get("continuation", d.continuation), get("in_title", d.in_title), get("answer", d.answer),
                 get("follows", d.follows), get("mixed", d.mixed))


_DRAFT_FIELDS: Final = frozenset(f.name for f in fields(Draft))


def source_text(source: tuple[Tok, ...] | list[Tok]) -> str | None:
    """The words of a source phrase joined by spaces, none before the "-" of a shared compound part that touches
    its word ("Midt- og Vestsjællands Politi"); None for no source."""
    if not source:
        return None
    out = [source[0].text]
    for prev, t in pairwise(source):
        out.append(t.text if t.text == "-" and t.start == prev.end and t.start > 0 else " " + t.text)
    return "".join(out)


@dataclass(frozen=True, slots=True, init=False)
class Ctx:
    """What every rule may read about one article."""

    text: str
    lang: str
    lex: Lexicon
    via: ViaContext

    def __init__(self, text: str, lang: str, lex: Lexicon, via: ViaContext) -> None:
        # spelt out: compiled, a field store each (see Draft)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "lang", lang)
        object.__setattr__(self, "lex", lex)
        object.__setattr__(self, "via", via)


class Memory:
    """What the reader has seen so far in an article, for the pronouns and anaphors that follow."""

    __slots__ = ("interlocutor", "last_person", "mentions")

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        # the person the reporter last introduced as talked to ("har talat med en arbetare"): (offset, description)
        self.interlocutor: tuple[int, str] | None = None
        self.last_person = -1  # offset of the latest resolved person source, so "han" prefers a newer interlocutor
